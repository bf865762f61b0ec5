use super::*;
use oci_spec::runtime::LinuxDeviceCgroupBuilder;
use std::ffi::CString;

fn rule(
    allow: bool,
    typ: LinuxDeviceType,
    major: Option<i64>,
    minor: Option<i64>,
    access: &str,
) -> LinuxDeviceCgroup {
    let mut b = LinuxDeviceCgroupBuilder::default()
        .allow(allow)
        .typ(typ)
        .access(access);
    if let Some(m) = major {
        b = b.major(m);
    }
    if let Some(m) = minor {
        b = b.minor(m);
    }
    b.build().unwrap()
}

/// deny all, then null (1:3), zero (1:5) and the pts (136:*)
fn default_like() -> Vec<Rule> {
    rules(&[
        rule(false, LinuxDeviceType::A, None, None, "rwm"),
        rule(true, LinuxDeviceType::C, Some(1), Some(3), "rwm"),
        rule(true, LinuxDeviceType::C, Some(1), Some(5), "rw"),
        rule(true, LinuxDeviceType::C, Some(136), None, "rwm"),
        rule(true, LinuxDeviceType::P, None, None, "rwm"),
    ])
}

#[test]
fn v1_lines() {
    let lines: Vec<String> = default_like().iter().map(Rule::v1_line).collect();
    assert_eq!(lines, ["a", "c 1:3 mrw", "c 1:5 rw", "c 136:* mrw"]);
}

#[test]
fn program_shape() {
    let p = program(&default_like());
    // every jump lands inside the program, the last instruction is an exit
    for (i, ins) in p.iter().enumerate() {
        if ins.code == JNE_K || ins.code == JEQ_K {
            let to = i as i64 + 1 + ins.off as i64;
            assert!(
                to > i as i64 + 1 && (to as usize) < p.len(),
                "jump at {i} to {to}"
            );
        }
    }
    assert_eq!(p.last().unwrap().code, EXIT);
    // "deny all" decides last: nothing after it
    let last_two = &p[p.len() - 2..];
    assert_eq!(last_two[0], insn(MOV64_K, R0, 0, 0, 0));
    // with no rule matching everything, an unmatched access is allowed
    let only_null = rules(&[rule(true, LinuxDeviceType::C, Some(1), Some(3), "rwm")]);
    let p = program(&only_null);
    assert_eq!(p[p.len() - 2], insn(MOV64_K, R0, 0, 0, 1));
}

/// In a child moved into a v2 cgroup with the program attached: what may it open or make?
/// Runs where a cgroup2 hierarchy is mounted (the hybrid hosts' /sys/fs/cgroup/unified too)
/// and we are root; else says why it checks nothing.
#[test]
fn program_decides_in_the_kernel() {
    let root = ["/sys/fs/cgroup/unified", "/sys/fs/cgroup"]
        .into_iter()
        .map(Path::new)
        .find(|p| {
            nix::sys::statfs::statfs(*p)
                .is_ok_and(|s| s.filesystem_type() == nix::sys::statfs::CGROUP2_SUPER_MAGIC)
        });
    let (Some(root), true) = (root, nix::unistd::geteuid().is_root()) else {
        eprintln!("no cgroup2 mount or not root: skipped");
        return;
    };
    let dir = root.join(format!("rcon-devtest-{}", std::process::id()));
    std::fs::create_dir(&dir).unwrap();
    attach(&dir, &default_like()).unwrap();
    let tmp = std::env::temp_dir().join(format!("rcon-devtest-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let procs = CString::new(dir.join("cgroup.procs").to_str().unwrap()).unwrap();
    let null = c"/dev/null";
    let kmsg = c"/dev/kmsg";
    let zero = c"/dev/zero";
    let node_ok = CString::new(tmp.join("null").to_str().unwrap()).unwrap();
    let node_bad = CString::new(tmp.join("kmsg").to_str().unwrap()).unwrap();
    // SAFETY: the child makes raw syscalls only (no allocation) and ends in _exit.
    let child = unsafe { libc::fork() };
    if child == 0 {
        // SAFETY: as above; every pointer is a NUL-terminated string made before the fork.
        unsafe {
            let fd = libc::open(procs.as_ptr(), libc::O_WRONLY);
            if fd < 0 || libc::write(fd, b"0".as_ptr().cast(), 1) != 1 {
                libc::_exit(10);
            }
            let open_errno = |p: &std::ffi::CStr, flags| {
                let fd = libc::open(p.as_ptr(), flags);
                if fd >= 0 {
                    libc::close(fd);
                    0
                } else {
                    *libc::__errno_location()
                }
            };
            let checks = [
                open_errno(null, libc::O_RDWR) == 0,
                open_errno(kmsg, libc::O_RDONLY) == libc::EPERM,
                // 1:5 allows rw, and so reading
                open_errno(zero, libc::O_RDONLY) == 0,
                libc::mknod(node_ok.as_ptr(), libc::S_IFCHR | 0o600, libc::makedev(1, 3)) == 0,
                libc::mknod(
                    node_bad.as_ptr(),
                    libc::S_IFCHR | 0o600,
                    libc::makedev(1, 11),
                ) != 0
                    && *libc::__errno_location() == libc::EPERM,
            ];
            for (i, ok) in checks.iter().enumerate() {
                if !ok {
                    libc::_exit(20 + i as i32);
                }
            }
            libc::_exit(0);
        }
    }
    let status = nix::sys::wait::waitpid(nix::unistd::Pid::from_raw(child), None).unwrap();
    let _ = std::fs::remove_dir_all(&tmp);
    // the exited child may still count as in it for a moment
    for _ in 0..500 {
        if std::fs::remove_dir(&dir).is_ok() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    assert_eq!(
        status,
        nix::sys::wait::WaitStatus::Exited(nix::unistd::Pid::from_raw(child), 0)
    );
}
