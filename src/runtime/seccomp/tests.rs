//! Tests of runtime::seccomp; filters are loaded in helper processes, never in the harness.
use super::default::PERSONALITY_ALLOWED;
use super::*;
use std::io::Error as IoError;
use std::process::Command;
use std::time::Instant;

/// Names the scenario a re-executed test binary runs in [`helper_process`].
const HELPER_ENV: &str = "RCON_SECCOMP_TEST_HELPER";

fn caps(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

/// Errno of the last failed libc call.
fn errno() -> i32 {
    IoError::last_os_error().raw_os_error().unwrap_or(0)
}

/// Run `scenario` of [`helper_process`] in a fresh copy of this test binary, so the filter
/// lands in a throwaway process, and return its output. Panics if the scenario failed.
fn run_helper(scenario: &str) -> String {
    let module = module_path!();
    let test_name = format!(
        "{}::helper_process",
        module.split_once("::").map_or(module, |(_, rest)| rest)
    );
    let exe = std::env::current_exe().expect("test binary path");
    let out = Command::new(exe)
        .args([
            test_name.as_str(),
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(HELPER_ENV, scenario)
        .output()
        .expect("spawning test helper");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "helper scenario {scenario} failed:\n{text}"
    );
    assert!(
        text.contains("1 passed"),
        "helper did not run the scenario:\n{text}"
    );
    text
}

/// Not a test of its own: does the work of [`run_helper`] when re-executed with HELPER_ENV.
#[test]
fn helper_process() {
    let Ok(scenario) = std::env::var(HELPER_ENV) else {
        return;
    };
    if scenario == "denied" {
        return scenario_denied();
    }
    // no_new_privs lets apply work even without CAP_SYS_ADMIN.
    nix::sys::prctl::set_no_new_privs().expect("set no_new_privs");
    match scenario.as_str() {
        "default" => scenario_default(),
        "sys_admin" => scenario_sys_admin(),
        "custom" => scenario_custom(),
        other => panic!("unknown helper scenario {other}"),
    }
}

fn timed_apply(profile: &LinuxSeccomp) {
    // Compile once untimed so lazy initialization inside libseccomp is not counted.
    drop(compile(profile).expect("compile"));
    let start = Instant::now();
    let filters = compile(profile).expect("compile");
    let compiled = start.elapsed();
    drop(filters);
    let start = Instant::now();
    apply(profile).expect("apply");
    println!(
        "seccomp apply took {:?} (libseccomp rule building {compiled:?}, the rest is BPF generation and loading)",
        start.elapsed()
    );
}

fn scenario_default() {
    timed_apply(&default_profile(&[]));
    unsafe {
        // SAFETY: plain syscalls with integer or null arguments; none touches Rust-owned memory.
        assert!(libc::getpid() > 0);
        assert_eq!(libc::unshare(libc::CLONE_NEWUSER), -1);
        assert_eq!(errno(), libc::EPERM, "unshare");
        let null = std::ptr::null::<libc::c_char>();
        assert_eq!(
            libc::syscall(libc::SYS_mount, null, null, null, 0, null),
            -1
        );
        assert_eq!(errno(), libc::EPERM, "mount");
        // keyctl(KEYCTL_GET_KEYRING_ID, KEY_SPEC_SESSION_KEYRING, 0)
        assert_eq!(libc::syscall(libc::SYS_keyctl, 0, -3, 0), -1);
        assert_eq!(errno(), libc::EPERM, "keyctl");
        assert_eq!(libc::syscall(libc::SYS_open_by_handle_at, -1, null, 0), -1);
        assert_eq!(errno(), libc::EPERM, "open_by_handle_at");
        assert_eq!(libc::syscall(libc::SYS_clone3, null, 0), -1);
        assert_eq!(errno(), libc::ENOSYS, "clone3");
        // clone(2) with a namespace flag; if the filter let it through, the child leaves.
        let pid = libc::syscall(
            libc::SYS_clone,
            libc::CLONE_NEWUTS | libc::SIGCHLD,
            0,
            0,
            0,
            0,
        );
        if pid == 0 {
            libc::_exit(0);
        }
        assert_eq!(pid, -1, "clone(CLONE_NEWUTS) created a process");
        assert_eq!(errno(), libc::EPERM, "clone(CLONE_NEWUTS)");
        assert_ne!(libc::personality(0xffff_ffff), -1);
        assert_eq!(
            libc::personality(libc::READ_IMPLIES_EXEC as libc::c_ulong),
            -1
        );
        assert_eq!(errno(), libc::EPERM, "personality(READ_IMPLIES_EXEC)");
        assert_eq!(libc::socket(libc::AF_VSOCK, libc::SOCK_STREAM, 0), -1);
        assert_eq!(errno(), libc::EPERM, "socket(AF_VSOCK)");
        let fd = libc::socket(libc::AF_UNIX, libc::SOCK_STREAM, 0);
        assert!(fd >= 0, "socket(AF_UNIX): {}", IoError::last_os_error());
        libc::close(fd);
        // podman's answer to audit netlink without CAP_AUDIT_WRITE; other netlink works
        let audit = libc::socket(libc::AF_NETLINK, libc::SOCK_RAW, libc::NETLINK_AUDIT);
        assert_eq!(audit, -1, "socket(AF_NETLINK, NETLINK_AUDIT) let through");
        assert_eq!(errno(), libc::EINVAL, "socket(AF_NETLINK, NETLINK_AUDIT)");
        for (family, kind, proto) in [
            (libc::AF_NETLINK, libc::SOCK_RAW, libc::NETLINK_ROUTE),
            (libc::AF_INET, libc::SOCK_STREAM, 0),
            (libc::AF_INET6, libc::SOCK_DGRAM, 0),
            // families below, between and above AF_NETLINK and AF_VSOCK (AF_SMC is 43)
            (libc::AF_ALG, libc::SOCK_SEQPACKET, 0),
            (43, libc::SOCK_STREAM, 0),
        ] {
            let fd = libc::socket(family, kind, proto);
            assert!(
                fd >= 0 || errno() != libc::EPERM,
                "socket({family}, {kind}, {proto}) refused by the filter"
            );
            libc::close(fd);
        }
    }
    // Threads and child processes still work: libc falls back from clone3 to clone.
    assert_eq!(std::thread::spawn(|| 7).join().unwrap(), 7);
    let status = Command::new("true")
        .status()
        .expect("running true under the filter");
    assert!(status.success());
}

fn scenario_sys_admin() {
    timed_apply(&default_profile(&caps(&["CAP_SYS_ADMIN", "AUDIT_WRITE"])));
    unsafe {
        // SAFETY: plain socket calls; the fd is closed right away.
        let audit = libc::socket(libc::AF_NETLINK, libc::SOCK_RAW, libc::NETLINK_AUDIT);
        assert!(
            audit >= 0,
            "audit netlink with CAP_AUDIT_WRITE: {}",
            IoError::last_os_error()
        );
        libc::close(audit);
        assert_eq!(libc::socket(libc::AF_VSOCK, libc::SOCK_STREAM, 0), -1);
        assert_eq!(errno(), libc::EPERM, "socket(AF_VSOCK)");
    }
    unsafe {
        // SAFETY: plain syscalls with integer or null arguments.
        let null = std::ptr::null::<libc::c_char>();
        // The kernel itself rejects these arguments; the filter must let the call through.
        assert_eq!(
            libc::syscall(libc::SYS_mount, null, null, null, 0, null),
            -1
        );
        assert_ne!(errno(), libc::EPERM, "mount blocked by filter");
        assert_eq!(libc::syscall(libc::SYS_clone3, null, 0), -1);
        assert_ne!(errno(), libc::ENOSYS, "clone3 blocked by filter");
        // This helper process is root with CAP_SYS_ADMIN in CI: unshare really works.
        let r = libc::unshare(libc::CLONE_NEWUTS);
        assert!(
            r == 0 || errno() != libc::EPERM,
            "unshare blocked by filter"
        );
    }
}

/// Without no_new_privs and without CAP_SYS_ADMIN the kernel refuses the filter.
fn scenario_denied() {
    // SAFETY: geteuid has no preconditions; setresuid only changes this throwaway helper's
    // credentials, and losing root drops its effective capabilities.
    if unsafe { libc::geteuid() } == 0 {
        let r = unsafe { libc::setresuid(65534, 65534, 65534) };
        assert_eq!(r, 0, "setresuid: {}", IoError::last_os_error());
    }
    let err = apply(&default_profile(&[])).unwrap_err();
    assert!(matches!(err, SeccompError::LoadDenied), "{err}");
    println!("{err}");
}

fn scenario_custom() {
    let json = br#"{
        "defaultAction": "SCMP_ACT_ALLOW",
        "syscalls": [
            {"names": ["no_such_syscall_rcon", "getppid"], "action": "SCMP_ACT_ERRNO", "errnoRet": 18},
            {"names": ["dup"], "action": "SCMP_ACT_ERRNO", "errnoRet": 31,
             "args": [{"index": 0, "value": 65280, "valueTwo": 256, "op": "SCMP_CMP_MASKED_EQ"}]},
            {"names": ["dup2"], "action": "SCMP_ACT_ERRNO", "errnoRet": 33,
             "args": [{"index": 1, "value": 700, "op": "SCMP_CMP_GT"}]}
        ]
    }"#;
    timed_apply(&load_profile(json).expect("parse"));
    unsafe {
        // SAFETY: plain syscalls with integer arguments; the fds touched are closed right away.
        assert_eq!(libc::syscall(libc::SYS_getppid), -1);
        assert_eq!(errno(), libc::EXDEV, "getppid errnoRet");
        assert_eq!(libc::dup(0x1ff), -1);
        assert_eq!(errno(), 31, "dup masked match");
        assert_eq!(libc::dup(0x2ff), -1);
        assert_eq!(errno(), libc::EBADF, "dup masked mismatch");
        assert_eq!(libc::dup2(0, 800), -1);
        assert_eq!(errno(), 33, "dup2 > 700");
        assert_eq!(libc::dup2(0, 600), 600);
        libc::close(600);
    }
}

#[test]
fn socket_family_ranges() {
    use super::default::aligned_blocks;
    let covered = |lo, hi| -> Vec<u64> {
        (0..64)
            .filter(|x| aligned_blocks(lo, hi).iter().any(|(m, v)| x & m == *v))
            .collect()
    };
    assert_eq!(covered(17, 39), (17..=39).collect::<Vec<_>>());
    assert_eq!(covered(5, 5), vec![5]);
    assert_eq!(covered(0, 7), (0..=7).collect::<Vec<_>>());
    assert_eq!(aligned_blocks(17, 39).len(), 5);
}

#[test]
fn default_profile_blocks_privileged_syscalls() {
    print!("{}", run_helper("default"));
}

#[test]
fn sys_admin_allows_namespace_syscalls() {
    print!("{}", run_helper("sys_admin"));
}

#[test]
fn load_without_privilege_is_denied() {
    print!("{}", run_helper("denied"));
}

#[test]
fn custom_profile_errno_args_and_unknown_names() {
    print!("{}", run_helper("custom"));
}

fn rules_for<'a>(p: &'a LinuxSeccomp, name: &str) -> Vec<&'a LinuxSyscall> {
    p.syscalls()
        .iter()
        .flatten()
        .filter(|r| r.names().iter().any(|n| n == name))
        .collect()
}

#[test]
fn default_profile_shape() {
    let p = default_profile(&[]);
    assert_eq!(p.default_action(), LinuxSeccompAction::ScmpActErrno);
    assert_eq!(p.default_errno_ret(), Some(libc::EPERM as u32));
    for blocked in [
        "mount",
        "unshare",
        "setns",
        "keyctl",
        "add_key",
        "kexec_load",
        "reboot",
        "open_by_handle_at",
        "init_module",
        "userfaultfd",
        "bpf",
        "perf_event_open",
    ] {
        assert!(
            rules_for(&p, blocked).is_empty(),
            "{blocked} allowed without caps"
        );
    }
    let clone = rules_for(&p, "clone");
    assert_eq!(clone.len(), 1);
    let cond = clone[0].args().as_ref().expect("clone args")[0];
    assert_eq!(cond.op(), LinuxSeccompOperator::ScmpCmpMaskedEq);
    assert_eq!(cond.value(), 0x7E02_0000);
    assert_eq!(cond.value_two(), Some(0));
    let clone3 = rules_for(&p, "clone3");
    assert_eq!(clone3[0].errno_ret(), Some(libc::ENOSYS as u32));
    assert_eq!(
        rules_for(&p, "personality").len(),
        PERSONALITY_ALLOWED.len()
    );

    let admin = default_profile(&caps(&["CAP_SYS_ADMIN", "sys_ptrace", "cap_bpf"]));
    for allowed in [
        "mount",
        "unshare",
        "setns",
        "clone",
        "clone3",
        "bpf",
        "kcmp",
        "userfaultfd",
    ] {
        let rules = rules_for(&admin, allowed);
        assert_eq!(rules.len(), 1, "{allowed}");
        assert_eq!(rules[0].action(), LinuxSeccompAction::ScmpActAllow);
        assert!(rules[0].args().is_none(), "{allowed} is conditional");
    }
    assert!(rules_for(&admin, "keyctl").is_empty());
    compile(&admin).unwrap();
    let all = default_profile(&caps(&["ALL"]));
    assert_eq!(rules_for(&all, "reboot").len(), 1);
    compile(&all).unwrap();

    // The profile survives the trip through config.json.
    let json = serde_json::to_string(&p).unwrap();
    assert_eq!(serde_json::from_str::<LinuxSeccomp>(&json).unwrap(), p);
    assert!(json.contains("\"SCMP_CMP_MASKED_EQ\""));
}

#[test]
fn load_docker_format() {
    let json = br#"{
        "defaultAction": "SCMP_ACT_ERRNO",
        "defaultErrnoRet": 1,
        "archMap": [
            {"architecture": "SCMP_ARCH_X86_64", "subArchitectures": ["SCMP_ARCH_X86", "SCMP_ARCH_X32"]},
            {"architecture": "SCMP_ARCH_AARCH64", "subArchitectures": ["SCMP_ARCH_ARM"]}
        ],
        "syscalls": [
            {"names": ["read", "write"], "action": "SCMP_ACT_ALLOW", "args": [], "comment": "basic"},
            {"names": ["clone"], "action": "SCMP_ACT_ALLOW",
             "args": [{"index": 0, "value": 2114060288, "valueTwo": 0, "op": "SCMP_CMP_MASKED_EQ"}],
             "excludes": {"caps": ["CAP_SYS_ADMIN"]}},
            {"names": ["mount"], "action": "SCMP_ACT_ALLOW", "includes": {"caps": ["CAP_SYS_ADMIN"]}},
            {"name": "ptrace", "action": "SCMP_ACT_ALLOW", "includes": {"minKernel": "4.8"}},
            {"names": ["future_call"], "action": "SCMP_ACT_ALLOW", "includes": {"minKernel": "999.0"}},
            {"names": ["arch_prctl"], "action": "SCMP_ACT_ALLOW", "includes": {"arches": ["amd64", "arm64"]}},
            {"names": ["only_s390"], "action": "SCMP_ACT_ALLOW", "includes": {"arches": ["s390x"]}}
        ]
    }"#;
    let p = load_profile(json).unwrap();
    assert_eq!(p.default_action(), LinuxSeccompAction::ScmpActErrno);
    assert_eq!(p.default_errno_ret(), Some(1));
    if cfg!(target_arch = "x86_64") {
        assert_eq!(
            p.architectures().as_deref(),
            Some(&[Arch::ScmpArchX86_64, Arch::ScmpArchX86, Arch::ScmpArchX32][..])
        );
    }
    let clone = rules_for(&p, "clone");
    assert_eq!(clone.len(), 1);
    let cond = clone[0].args().as_ref().unwrap()[0];
    assert_eq!(
        (cond.index(), cond.value(), cond.value_two()),
        (0, 2114060288, Some(0))
    );
    assert_eq!(cond.op(), LinuxSeccompOperator::ScmpCmpMaskedEq);
    assert!(rules_for(&p, "read")[0].args().is_none());
    assert!(rules_for(&p, "mount").is_empty());
    assert_eq!(rules_for(&p, "ptrace").len(), 1);
    assert!(rules_for(&p, "future_call").is_empty());
    assert!(rules_for(&p, "only_s390").is_empty() || cfg!(target_arch = "s390x"));
    assert!(!rules_for(&p, "arch_prctl").is_empty() || !cfg!(target_arch = "x86_64"));
    // Docker's profile with an extra capability.
    let admin = load_profile_with_caps(json, &caps(&["CAP_SYS_ADMIN"])).unwrap();
    assert!(rules_for(&admin, "clone").is_empty());
    assert_eq!(rules_for(&admin, "mount").len(), 1);
    // It compiles, and the unknown names are skipped.
    compile(&p).unwrap();
}

#[test]
fn load_oci_format_and_errors() {
    let oci = br#"{"defaultAction": "SCMP_ACT_ALLOW", "architectures": ["SCMP_ARCH_X86_64"],
        "syscalls": [{"names": ["kill"], "action": "SCMP_ACT_KILL_PROCESS"}]}"#;
    let p = load_profile(oci).unwrap();
    assert_eq!(
        p.architectures().as_deref(),
        Some(&[Arch::ScmpArchX86_64][..])
    );
    assert_eq!(
        rules_for(&p, "kill")[0].action(),
        LinuxSeccompAction::ScmpActKillProcess
    );
    assert!(matches!(load_profile(b"{"), Err(SeccompError::Json(_))));
    assert!(matches!(
        load_profile(br#"{"defaultAction": "SCMP_ACT_BOGUS"}"#),
        Err(SeccompError::Json(_))
    ));
    let bad_index = br#"{"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": ["read"],
        "action": "SCMP_ACT_ERRNO", "args": [{"index": 9, "value": 1, "op": "SCMP_CMP_EQ"}]}]}"#;
    let err = compile(&load_profile(bad_index).unwrap()).unwrap_err();
    assert!(matches!(err, SeccompError::Invalid(_)), "{err}");
}

#[test]
fn unknown_syscall_names_are_skipped() {
    let mut p = default_profile(&[]);
    let mut rules = p.syscalls().clone().unwrap();
    rules.push(syscall_rule(
        vec!["definitely_not_a_syscall".into(), "getpid".into()],
        LinuxSeccompAction::ScmpActErrno,
        Some(libc::EXDEV as u32),
        vec![],
    ));
    p.set_syscalls(Some(rules));
    compile(&p).expect("unknown syscall names must not fail the compile");
}

#[test]
fn compile_time_of_default_profile() {
    let p = default_profile(&[]);
    compile(&p).unwrap();
    let runs = 20;
    let start = Instant::now();
    let sink = std::fs::File::create("/dev/null").unwrap();
    for _ in 0..runs {
        // Generating the BPF program is part of every load.
        for ctx in compile(&p).unwrap() {
            ctx.export_bpf(&sink).unwrap();
        }
    }
    println!(
        "seccomp compile of the default profile: {:?} per run",
        start.elapsed() / runs
    );
}

#[test]
fn caps_and_versions() {
    assert!(has_cap(&caps(&["CAP_SYS_ADMIN"]), "CAP_SYS_ADMIN"));
    assert!(has_cap(&caps(&["sys_admin"]), "CAP_SYS_ADMIN"));
    assert!(!has_cap(&caps(&["CAP_SYS_ADMINX"]), "CAP_SYS_ADMIN"));
    assert_eq!(parse_version("6.18.44-fc-v782\n"), Some((6, 18)));
    assert_eq!(parse_version("4.8"), Some((4, 8)));
    assert_eq!(parse_version("5"), Some((5, 0)));
    assert_eq!(parse_version("x"), None);
}
