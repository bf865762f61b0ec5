//! Seccomp syscall filtering for containers.
//!
//! * [`default_profile`] builds the allowlist every container gets unless it runs with
//!   `--security-opt seccomp=unconfined`. It is an ordinary OCI [`LinuxSeccomp`] value, so it
//!   is stored in the container's `config.json` and shown by `inspect`.
//! * [`load_profile`] / [`load_profile_with_caps`] read a profile file given with
//!   `--security-opt seccomp=FILE`, in docker/podman's `seccomp.json` format (with `archMap`,
//!   `includes`/`excludes`, ...) or as a plain OCI `LinuxSeccomp` JSON.
//! * [`apply`] compiles an OCI profile with libseccomp and loads it into the calling thread.

#![allow(unsafe_code)]

use std::collections::HashSet;

use libseccomp::{
    error::SeccompErrno, ScmpAction, ScmpArch, ScmpArgCompare, ScmpCompareOp, ScmpFilterContext,
    ScmpSyscall,
};
use oci_spec::runtime::{
    Arch, LinuxSeccomp, LinuxSeccompAction, LinuxSeccompArg, LinuxSeccompArgBuilder,
    LinuxSeccompFilterFlag, LinuxSeccompOperator, LinuxSyscall,
};
use serde::Deserialize;

/// Errors from building, parsing, compiling or loading a seccomp profile.
#[derive(Debug, thiserror::Error)]
pub enum SeccompError {
    /// The profile file is not valid JSON or does not have the expected shape.
    #[error("invalid seccomp profile json: {0}")]
    Json(#[from] serde_json::Error),
    /// The profile is well-formed JSON but describes something impossible.
    #[error("invalid seccomp profile: {0}")]
    Invalid(String),
    /// The profile asks for something this runtime does not implement.
    #[error("unsupported seccomp profile feature: {0}")]
    Unsupported(String),
    /// libseccomp refused an operation while building the filter.
    #[error("seccomp: {context}: {source}")]
    Libseccomp {
        context: String,
        #[source]
        source: libseccomp::error::SeccompError,
    },
    /// The kernel refused the filter because neither no_new_privs nor CAP_SYS_ADMIN was held.
    #[error("loading seccomp filter: permission denied (set no_new_privs or keep CAP_SYS_ADMIN until the filter is loaded)")]
    LoadDenied,
}

fn lib_err(
    context: impl Into<String>,
) -> impl FnOnce(libseccomp::error::SeccompError) -> SeccompError {
    let context = context.into();
    move |source| SeccompError::Libseccomp { context, source }
}

// ---------------------------------------------------------------------------------------------
// Default profile
// ---------------------------------------------------------------------------------------------

/// Syscalls any container process may make. Mostly file, memory, signal, time, IPC and socket
/// operations whose permission checks are done by the kernel per namespace.
const ALLOWED: &[&str] = &[
    // files and directories
    "access",
    "chdir",
    "chmod",
    "chown",
    "chown32",
    "close",
    "close_range",
    "copy_file_range",
    "creat",
    "dup",
    "dup2",
    "dup3",
    "faccessat",
    "faccessat2",
    "fadvise64",
    "fadvise64_64",
    "fallocate",
    "fchdir",
    "fchmod",
    "fchmodat",
    "fchmodat2",
    "fchown",
    "fchown32",
    "fchownat",
    "fcntl",
    "fcntl64",
    "fdatasync",
    "flock",
    "fstat",
    "fstat64",
    "fstatat64",
    "fstatfs",
    "fstatfs64",
    "fsync",
    "ftruncate",
    "ftruncate64",
    "futimesat",
    "getcwd",
    "getdents",
    "getdents64",
    "lchown",
    "lchown32",
    "link",
    "linkat",
    "_llseek",
    "lseek",
    "lstat",
    "lstat64",
    "mkdir",
    "mkdirat",
    "mknod",
    "mknodat",
    "name_to_handle_at",
    "newfstatat",
    "open",
    "openat",
    "openat2",
    "pread64",
    "preadv",
    "preadv2",
    "pwrite64",
    "pwritev",
    "pwritev2",
    "read",
    "readahead",
    "readlink",
    "readlinkat",
    "readv",
    "rename",
    "renameat",
    "renameat2",
    "rmdir",
    "sendfile",
    "sendfile64",
    "splice",
    "stat",
    "stat64",
    "statfs",
    "statfs64",
    "statx",
    "symlink",
    "symlinkat",
    "sync",
    "sync_file_range",
    "syncfs",
    "tee",
    "truncate",
    "truncate64",
    "umask",
    "unlink",
    "unlinkat",
    "utime",
    "utimensat",
    "utimensat_time64",
    "utimes",
    "vmsplice",
    "write",
    "writev",
    "cachestat",
    // extended attributes
    "fgetxattr",
    "flistxattr",
    "fremovexattr",
    "fsetxattr",
    "getxattr",
    "lgetxattr",
    "listxattr",
    "llistxattr",
    "lremovexattr",
    "lsetxattr",
    "removexattr",
    "setxattr",
    // file change notification
    "fanotify_mark",
    "inotify_add_watch",
    "inotify_init",
    "inotify_init1",
    "inotify_rm_watch",
    // polling, events, asynchronous io
    "epoll_create",
    "epoll_create1",
    "epoll_ctl",
    "epoll_ctl_old",
    "epoll_pwait",
    "epoll_pwait2",
    "epoll_wait",
    "epoll_wait_old",
    "eventfd",
    "eventfd2",
    "io_cancel",
    "io_destroy",
    "io_getevents",
    "io_pgetevents",
    "io_pgetevents_time64",
    "io_setup",
    "io_submit",
    "ioctl",
    "_newselect",
    "pause",
    "poll",
    "ppoll",
    "ppoll_time64",
    "pselect6",
    "pselect6_time64",
    "select",
    // memory
    "brk",
    "madvise",
    "map_shadow_stack",
    "membarrier",
    "memfd_create",
    "memfd_secret",
    "mincore",
    "mlock",
    "mlock2",
    "mlockall",
    "mmap",
    "mmap2",
    "mprotect",
    "mremap",
    "msync",
    "munlock",
    "munlockall",
    "munmap",
    "pkey_alloc",
    "pkey_free",
    "pkey_mprotect",
    "remap_file_pages",
    "mseal",
    // processes and threads
    "capget",
    "capset",
    "execve",
    "execveat",
    "exit",
    "exit_group",
    "fork",
    "getcpu",
    "get_robust_list",
    "get_thread_area",
    "getpgid",
    "getpgrp",
    "getpid",
    "getppid",
    "getpriority",
    "getrlimit",
    "getrusage",
    "getsid",
    "gettid",
    "ioprio_get",
    "ioprio_set",
    "pidfd_open",
    "pidfd_send_signal",
    "prctl",
    "prlimit64",
    "process_mrelease",
    "restart_syscall",
    "rseq",
    "sched_get_priority_max",
    "sched_get_priority_min",
    "sched_getaffinity",
    "sched_getattr",
    "sched_getparam",
    "sched_getscheduler",
    "sched_rr_get_interval",
    "sched_rr_get_interval_time64",
    "sched_setaffinity",
    "sched_setattr",
    "sched_setparam",
    "sched_setscheduler",
    "sched_yield",
    "seccomp",
    "set_robust_list",
    "set_thread_area",
    "set_tid_address",
    "setpgid",
    "setpriority",
    "setrlimit",
    "setsid",
    "ugetrlimit",
    "vfork",
    "wait4",
    "waitid",
    "waitpid",
    "landlock_add_rule",
    "landlock_create_ruleset",
    "landlock_restrict_self",
    // credentials
    "getegid",
    "getegid32",
    "geteuid",
    "geteuid32",
    "getgid",
    "getgid32",
    "getgroups",
    "getgroups32",
    "getresgid",
    "getresgid32",
    "getresuid",
    "getresuid32",
    "getuid",
    "getuid32",
    "setfsgid",
    "setfsgid32",
    "setfsuid",
    "setfsuid32",
    "setgid",
    "setgid32",
    "setgroups",
    "setgroups32",
    "setregid",
    "setregid32",
    "setresgid",
    "setresgid32",
    "setresuid",
    "setresuid32",
    "setreuid",
    "setreuid32",
    "setuid",
    "setuid32",
    // signals
    "kill",
    "rt_sigaction",
    "rt_sigpending",
    "rt_sigprocmask",
    "rt_sigqueueinfo",
    "rt_sigreturn",
    "rt_sigsuspend",
    "rt_sigtimedwait",
    "rt_sigtimedwait_time64",
    "rt_tgsigqueueinfo",
    "sigaltstack",
    "signalfd",
    "signalfd4",
    "sigprocmask",
    "sigreturn",
    "tgkill",
    "tkill",
    // time and timers
    "adjtimex",
    "alarm",
    "clock_adjtime",
    "clock_adjtime64",
    "clock_getres",
    "clock_getres_time64",
    "clock_gettime",
    "clock_gettime64",
    "clock_nanosleep",
    "clock_nanosleep_time64",
    "getitimer",
    "gettimeofday",
    "nanosleep",
    "setitimer",
    "time",
    "timer_create",
    "timer_delete",
    "timer_getoverrun",
    "timer_gettime",
    "timer_gettime64",
    "timer_settime",
    "timer_settime64",
    "timerfd_create",
    "timerfd_gettime",
    "timerfd_gettime64",
    "timerfd_settime",
    "timerfd_settime64",
    "times",
    // futexes
    "futex",
    "futex_requeue",
    "futex_time64",
    "futex_wait",
    "futex_waitv",
    "futex_wake",
    // System V and POSIX IPC
    "ipc",
    "mq_getsetattr",
    "mq_notify",
    "mq_open",
    "mq_timedreceive",
    "mq_timedreceive_time64",
    "mq_timedsend",
    "mq_timedsend_time64",
    "mq_unlink",
    "msgctl",
    "msgget",
    "msgrcv",
    "msgsnd",
    "semctl",
    "semget",
    "semop",
    "semtimedop",
    "semtimedop_time64",
    "shmat",
    "shmctl",
    "shmdt",
    "shmget",
    // sockets (socket(2) itself has its own rule)
    "accept",
    "accept4",
    "bind",
    "connect",
    "getpeername",
    "getsockname",
    "getsockopt",
    "listen",
    "pipe",
    "pipe2",
    "recv",
    "recvfrom",
    "recvmmsg",
    "recvmmsg_time64",
    "recvmsg",
    "send",
    "sendmmsg",
    "sendmsg",
    "sendto",
    "setsockopt",
    "shutdown",
    "socketcall",
    "socketpair",
    // system information
    "getrandom",
    "sysinfo",
    "uname",
];

/// Architecture-specific syscalls for the architecture rcon was built for.
#[cfg(any(target_arch = "x86_64", target_arch = "x86"))]
const ALLOWED_ARCH: &[&str] = &["arch_prctl", "modify_ldt"];
#[cfg(any(target_arch = "aarch64", target_arch = "arm"))]
const ALLOWED_ARCH: &[&str] = &[
    "arm_fadvise64_64",
    "arm_sync_file_range",
    "breakpoint",
    "cacheflush",
    "set_tls",
    "sync_file_range2",
];
#[cfg(target_arch = "powerpc64")]
const ALLOWED_ARCH: &[&str] = &["sync_file_range2"];
#[cfg(target_arch = "riscv64")]
const ALLOWED_ARCH: &[&str] = &["riscv_flush_icache", "riscv_hwprobe"];
#[cfg(target_arch = "s390x")]
const ALLOWED_ARCH: &[&str] = &[
    "s390_pci_mmio_read",
    "s390_pci_mmio_write",
    "s390_runtime_instr",
];
#[cfg(not(any(
    target_arch = "x86_64",
    target_arch = "x86",
    target_arch = "aarch64",
    target_arch = "arm",
    target_arch = "powerpc64",
    target_arch = "riscv64",
    target_arch = "s390x"
)))]
const ALLOWED_ARCH: &[&str] = &[];

/// Syscalls that are only allowed while the container holds the named capability.
const CAP_GATED: &[(&str, &[&str])] = &[
    (
        "CAP_SYS_ADMIN",
        &[
            "bpf",
            "fanotify_init",
            "fsconfig",
            "fsmount",
            "fsopen",
            "fspick",
            "lookup_dcookie",
            "mount",
            "mount_setattr",
            "move_mount",
            "open_tree",
            "perf_event_open",
            "pivot_root",
            "quotactl",
            "quotactl_fd",
            "setdomainname",
            "sethostname",
            "setns",
            "syslog",
            "umount",
            "umount2",
            "unshare",
        ],
    ),
    ("CAP_BPF", &["bpf"]),
    ("CAP_PERFMON", &["perf_event_open"]),
    ("CAP_SYSLOG", &["syslog"]),
    ("CAP_SYS_BOOT", &["reboot"]),
    ("CAP_SYS_CHROOT", &["chroot"]),
    (
        "CAP_SYS_MODULE",
        &["delete_module", "finit_module", "init_module"],
    ),
    ("CAP_SYS_PACCT", &["acct"]),
    (
        "CAP_SYS_PTRACE",
        &[
            "kcmp",
            "pidfd_getfd",
            "process_madvise",
            "process_vm_readv",
            "process_vm_writev",
            "ptrace",
            "userfaultfd",
        ],
    ),
    ("CAP_SYS_RAWIO", &["ioperm", "iopl"]),
    (
        "CAP_SYS_TIME",
        &["clock_settime", "clock_settime64", "settimeofday", "stime"],
    ),
    ("CAP_SYS_TTY_CONFIG", &["vhangup"]),
    (
        "CAP_SYS_NICE",
        &[
            "get_mempolicy",
            "mbind",
            "set_mempolicy",
            "set_mempolicy_home_node",
        ],
    ),
];

/// Allowed without CAP_SYS_PTRACE on kernels >= 4.8, where a traced process can no longer use
/// ptrace to bypass the seccomp filter. The kernel's own ptrace access checks still apply.
const PTRACE_SAFE_SINCE_4_8: &[&str] = &["ptrace", "process_vm_readv", "process_vm_writev"];

/// clone(2) flags that create namespaces; refused unless the container has CAP_SYS_ADMIN.
/// (CLONE_NEWTIME is not listed: for clone(2) that bit belongs to the exit-signal field.)
const CLONE_NAMESPACE_FLAGS: u64 = (libc::CLONE_NEWNS
    | libc::CLONE_NEWUTS
    | libc::CLONE_NEWIPC
    | libc::CLONE_NEWUSER
    | libc::CLONE_NEWPID
    | libc::CLONE_NEWNET
    | libc::CLONE_NEWCGROUP) as u64;

/// personality(2) values allowed: PER_LINUX, PER_LINUX32, UNAME26, UNAME26|PER_LINUX32 and the
/// 0xffffffff query.
const PERSONALITY_ALLOWED: &[u64] = &[0x0, 0x8, 0x2_0000, 0x2_0008, 0xffff_ffff];

/// socket(2) address family refused to containers (the host's vsock transport).
const AF_VSOCK: u64 = libc::AF_VSOCK as u64;

/// The default filter every container gets unless `--security-opt seccomp=unconfined`: an
/// allowlist whose default action is `ERRNO(EPERM)`, with the semantics of docker's and podman's
/// default profile. `caps` is the container's capability set (`"CAP_SYS_ADMIN"`; the `CAP_`
/// prefix and case are optional, `"ALL"` means every capability); syscalls that need a
/// capability are allowed only with it.
///
/// Without CAP_SYS_ADMIN, clone(2) may not create namespaces and clone3(2) fails with ENOSYS
/// (libc then uses clone). keyctl, add_key, request_key, kexec_*, open_by_handle_at and the
/// like are always refused. As in docker, ptrace and process_vm_readv/writev are allowed on
/// kernels from 4.8 on (earlier ones only with CAP_SYS_PTRACE); kcmp, pidfd_getfd,
/// process_madvise and userfaultfd need CAP_SYS_PTRACE.
pub fn default_profile(caps: &[String]) -> LinuxSeccomp {
    let sys_admin = has_cap(caps, "CAP_SYS_ADMIN");

    let mut seen: HashSet<&str> = HashSet::new();
    let mut allowed: Vec<String> = Vec::new();
    let mut allow = |name: &'static str| {
        if seen.insert(name) {
            allowed.push(name.to_string());
        }
    };
    ALLOWED.iter().chain(ALLOWED_ARCH).for_each(|n| allow(n));
    if kernel_at_least((4, 8)) {
        PTRACE_SAFE_SINCE_4_8.iter().for_each(|n| allow(n));
    }
    for (cap, names) in CAP_GATED {
        if has_cap(caps, cap) {
            names.iter().for_each(|n| allow(n));
        }
    }
    if sys_admin {
        allow("clone");
        allow("clone3");
    }

    let mut syscalls = vec![syscall_rule(
        allowed,
        LinuxSeccompAction::ScmpActAllow,
        None,
        vec![],
    )];

    if !sys_admin {
        // clone(2) without namespace flags; the flags are the second argument on s390.
        let flags_index = if cfg!(target_arch = "s390x") { 1 } else { 0 };
        syscalls.push(syscall_rule(
            vec!["clone".into()],
            LinuxSeccompAction::ScmpActAllow,
            None,
            vec![arg(
                flags_index,
                CLONE_NAMESPACE_FLAGS,
                Some(0),
                LinuxSeccompOperator::ScmpCmpMaskedEq,
            )],
        ));
        // The flags of clone3(2) live in memory the filter cannot inspect: report ENOSYS so libc
        // falls back to clone(2), which the rule above checks.
        syscalls.push(syscall_rule(
            vec!["clone3".into()],
            LinuxSeccompAction::ScmpActErrno,
            Some(libc::ENOSYS as u32),
            vec![],
        ));
    }
    for &value in PERSONALITY_ALLOWED {
        syscalls.push(syscall_rule(
            vec!["personality".into()],
            LinuxSeccompAction::ScmpActAllow,
            None,
            vec![arg(0, value, None, LinuxSeccompOperator::ScmpCmpEq)],
        ));
    }
    syscalls.push(syscall_rule(
        vec!["socket".into()],
        LinuxSeccompAction::ScmpActAllow,
        None,
        vec![arg(0, AF_VSOCK, None, LinuxSeccompOperator::ScmpCmpNe)],
    ));

    let mut profile = LinuxSeccomp::default();
    profile.set_default_action(LinuxSeccompAction::ScmpActErrno);
    profile.set_default_errno_ret(Some(libc::EPERM as u32));
    profile.set_architectures(Some(default_architectures()));
    profile.set_syscalls(Some(syscalls));
    profile
}

fn syscall_rule(
    names: Vec<String>,
    action: LinuxSeccompAction,
    errno_ret: Option<u32>,
    args: Vec<LinuxSeccompArg>,
) -> LinuxSyscall {
    let mut rule = LinuxSyscall::default();
    rule.set_names(names);
    rule.set_action(action);
    rule.set_errno_ret(errno_ret);
    rule.set_args(if args.is_empty() { None } else { Some(args) });
    rule
}

fn arg(
    index: usize,
    value: u64,
    value_two: Option<u64>,
    op: LinuxSeccompOperator,
) -> LinuxSeccompArg {
    let builder = LinuxSeccompArgBuilder::default()
        .index(index)
        .value(value)
        .op(op);
    let builder = match value_two {
        Some(v) => builder.value_two(v),
        None => builder,
    };
    // Every field has a default, so building cannot fail.
    builder
        .build()
        .expect("seccomp arg builder has defaults for every field")
}

/// The native architecture plus the compatibility ABIs its kernel can run.
fn default_architectures() -> Vec<Arch> {
    if cfg!(target_arch = "x86_64") {
        vec![Arch::ScmpArchX86_64, Arch::ScmpArchX86, Arch::ScmpArchX32]
    } else if cfg!(target_arch = "aarch64") {
        vec![Arch::ScmpArchAarch64, Arch::ScmpArchArm]
    } else if cfg!(target_arch = "s390x") {
        vec![Arch::ScmpArchS390x, Arch::ScmpArchS390]
    } else {
        vec![Arch::ScmpArchNative]
    }
}

/// Whether `caps` holds `cap` ("CAP_SYS_ADMIN"); entries may omit "CAP_" and use any case, and
/// "ALL" holds every capability.
fn has_cap(caps: &[String], cap: &str) -> bool {
    let want = strip_cap_prefix(cap);
    caps.iter()
        .map(|c| strip_cap_prefix(c.trim()))
        .any(|c| c.eq_ignore_ascii_case(want) || c.eq_ignore_ascii_case("all"))
}

fn strip_cap_prefix(cap: &str) -> &str {
    match cap.get(..4) {
        Some(p) if p.eq_ignore_ascii_case("cap_") => &cap[4..],
        _ => cap,
    }
}

/// The running kernel's (major, minor), or None when it cannot be read.
fn kernel_version() -> Option<(u32, u32)> {
    let release = std::fs::read_to_string("/proc/sys/kernel/osrelease").ok()?;
    parse_version(&release)
}

fn parse_version(s: &str) -> Option<(u32, u32)> {
    let mut parts = s.trim().split(|c: char| !c.is_ascii_digit());
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next().and_then(|m| m.parse().ok()).unwrap_or(0);
    Some((major, minor))
}

/// True when the running kernel is at least `min` (or its version is unknown).
fn kernel_at_least(min: (u32, u32)) -> bool {
    kernel_version().is_none_or(|v| v >= min)
}

// ---------------------------------------------------------------------------------------------
// Profile files
// ---------------------------------------------------------------------------------------------

/// A profile file: docker/podman's `seccomp.json`, of which the OCI `LinuxSeccomp` JSON is a
/// subset.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ProfileFile {
    default_action: LinuxSeccompAction,
    #[serde(default)]
    default_errno_ret: Option<u32>,
    #[serde(default)]
    architectures: Option<Vec<String>>,
    #[serde(default)]
    arch_map: Option<Vec<ArchMapEntry>>,
    #[serde(default)]
    flags: Option<Vec<String>>,
    #[serde(default)]
    listener_path: Option<std::path::PathBuf>,
    #[serde(default)]
    listener_metadata: Option<String>,
    #[serde(default)]
    syscalls: Option<Vec<SyscallEntry>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ArchMapEntry {
    architecture: String,
    #[serde(default)]
    sub_architectures: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct SyscallEntry {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    names: Option<Vec<String>>,
    action: LinuxSeccompAction,
    #[serde(default)]
    errno_ret: Option<u32>,
    #[serde(default)]
    args: Option<Vec<LinuxSeccompArg>>,
    #[serde(default)]
    includes: Option<Condition>,
    #[serde(default)]
    excludes: Option<Condition>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct Condition {
    #[serde(default)]
    caps: Option<Vec<String>>,
    #[serde(default)]
    arches: Option<Vec<String>>,
    #[serde(default)]
    min_kernel: Option<String>,
}

/// Load a profile JSON in docker/podman's seccomp.json format (or an OCI LinuxSeccomp JSON)
/// from `--security-opt seccomp=FILE`, for a container without extra capabilities: rules that
/// docker's format conditions on capabilities are resolved against an empty capability set.
/// Use [`load_profile_with_caps`] when the container's capability set is known.
#[cfg(test)]
pub fn load_profile(json: &[u8]) -> Result<LinuxSeccomp, SeccompError> {
    load_profile_with_caps(json, &[])
}

/// Like [`load_profile`], resolving docker's `includes`/`excludes` conditions (`caps`, `arches`,
/// `minKernel`) against `caps`, the running architecture and the running kernel.
pub fn load_profile_with_caps(json: &[u8], caps: &[String]) -> Result<LinuxSeccomp, SeccompError> {
    let file: ProfileFile = serde_json::from_slice(json)?;
    let kernel = kernel_version();

    let mut arch_names: Vec<String> = file.architectures.unwrap_or_default();
    for entry in file.arch_map.unwrap_or_default() {
        if entry.architecture == native_scmp_arch_name() {
            arch_names.push(entry.architecture);
            arch_names.extend(entry.sub_architectures.unwrap_or_default());
        }
    }
    let mut architectures = Vec::new();
    for name in arch_names {
        match parse_arch(&name) {
            Some(a) if !architectures.contains(&a) => architectures.push(a),
            Some(_) => {}
            None => tracing::debug!(arch = %name, "seccomp: skipping unknown architecture"),
        }
    }

    let mut flags = Vec::new();
    for name in file.flags.unwrap_or_default() {
        match serde_json::from_value::<LinuxSeccompFilterFlag>(serde_json::Value::String(
            name.clone(),
        )) {
            Ok(f) => flags.push(f),
            Err(_) => return Err(SeccompError::Unsupported(format!("filter flag {name}"))),
        }
    }

    let mut syscalls = Vec::new();
    for entry in file.syscalls.unwrap_or_default() {
        if !condition_met(
            entry.includes.as_ref(),
            entry.excludes.as_ref(),
            caps,
            kernel,
        ) {
            continue;
        }
        let mut names = entry.names.unwrap_or_default();
        names.extend(entry.name);
        if names.is_empty() {
            continue;
        }
        let args = entry.args.filter(|a| !a.is_empty());
        let mut rule = syscall_rule(names, entry.action, entry.errno_ret, vec![]);
        rule.set_args(args);
        syscalls.push(rule);
    }

    let mut profile = LinuxSeccomp::default();
    profile.set_default_action(file.default_action);
    profile.set_default_errno_ret(file.default_errno_ret);
    profile.set_architectures((!architectures.is_empty()).then_some(architectures));
    profile.set_flags((!flags.is_empty()).then_some(flags));
    profile.set_listener_path(file.listener_path);
    profile.set_listener_metadata(file.listener_metadata);
    profile.set_syscalls(Some(syscalls));
    Ok(profile)
}

/// Evaluate docker's `includes` (all must hold) and `excludes` (none may hold) of one rule.
fn condition_met(
    includes: Option<&Condition>,
    excludes: Option<&Condition>,
    caps: &[String],
    kernel: Option<(u32, u32)>,
) -> bool {
    let arch_matches = |arches: &[String]| arches.iter().any(|a| is_native_arch_name(a));
    let kernel_ok = |min: &str| match (parse_version(min), kernel) {
        (Some(min), Some(k)) => k >= min,
        _ => true,
    };
    if let Some(inc) = includes {
        if let Some(want) = &inc.caps {
            if !want.iter().all(|c| has_cap(caps, c)) {
                return false;
            }
        }
        if let Some(arches) = inc.arches.as_deref().filter(|a| !a.is_empty()) {
            if !arch_matches(arches) {
                return false;
            }
        }
        if let Some(min) = &inc.min_kernel {
            if !kernel_ok(min) {
                return false;
            }
        }
    }
    if let Some(exc) = excludes {
        if let Some(not) = &exc.caps {
            if not.iter().any(|c| has_cap(caps, c)) {
                return false;
            }
        }
        if let Some(arches) = exc.arches.as_deref() {
            if arch_matches(arches) {
                return false;
            }
        }
        if let Some(min) = &exc.min_kernel {
            if kernel_ok(min) {
                return false;
            }
        }
    }
    true
}

fn parse_arch(name: &str) -> Option<Arch> {
    serde_json::from_value(serde_json::Value::String(name.to_string())).ok()
}

/// The libseccomp name of the architecture rcon was built for.
fn native_scmp_arch_name() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "SCMP_ARCH_X86_64",
        "x86" => "SCMP_ARCH_X86",
        "aarch64" => "SCMP_ARCH_AARCH64",
        "arm" => "SCMP_ARCH_ARM",
        "riscv64" => "SCMP_ARCH_RISCV64",
        "s390x" => "SCMP_ARCH_S390X",
        "powerpc64" if cfg!(target_endian = "little") => "SCMP_ARCH_PPC64LE",
        "powerpc64" => "SCMP_ARCH_PPC64",
        "loongarch64" => "SCMP_ARCH_LOONGARCH64",
        "mips64" if cfg!(target_endian = "little") => "SCMP_ARCH_MIPSEL64",
        "mips64" => "SCMP_ARCH_MIPS64",
        _ => "SCMP_ARCH_NATIVE",
    }
}

/// Whether an `arches` entry of docker's format (Go or kernel spelling) names this machine.
fn is_native_arch_name(name: &str) -> bool {
    let aliases: &[&str] = match std::env::consts::ARCH {
        "x86_64" => &["amd64", "x86_64"],
        "x86" => &["386", "x86", "i386"],
        "aarch64" => &["arm64", "aarch64"],
        "arm" => &["arm"],
        "riscv64" => &["riscv64"],
        "s390x" => &["s390x"],
        "powerpc64" if cfg!(target_endian = "little") => &["ppc64le"],
        "powerpc64" => &["ppc64"],
        "loongarch64" => &["loong64", "loongarch64"],
        "mips64" if cfg!(target_endian = "little") => &["mips64le"],
        "mips64" => &["mips64"],
        _ => &[],
    };
    aliases.iter().any(|a| a.eq_ignore_ascii_case(name)) || name == native_scmp_arch_name()
}

// ---------------------------------------------------------------------------------------------
// Compiling and loading
// ---------------------------------------------------------------------------------------------

/// Compile the OCI profile with libseccomp and load it into the calling thread (and so into
/// everything it executes or forks afterwards).
///
/// Call it in the container's init right before execve, with no_new_privs set, or earlier while
/// the process still holds CAP_SYS_ADMIN (then every syscall the init makes afterwards must be
/// allowed by the profile). The filter itself never sets no_new_privs. Syscall names unknown to
/// the installed libseccomp are skipped.
///
/// A profile for several architectures is one filter (syscalls of unlisted architectures are
/// killed). Building it is slower than per-architecture filters, but it is built once per
/// profile and cached (`prepare`), and one filter is cheaper on every syscall.
#[cfg(test)]
pub fn apply(profile: &LinuxSeccomp) -> Result<(), SeccompError> {
    prepare(profile, None)?.load()
}

/// One resolved rule of the profile.
struct Rule<'a> {
    name: &'a str,
    syscall: ScmpSyscall,
    action: ScmpAction,
    comparators: Vec<ScmpArgCompare>,
    /// The comparators are alternatives, each its own rule, instead of all having to hold.
    alternatives: bool,
}

/// Build the filters for `profile` in load order, without loading them.
fn compile(profile: &LinuxSeccomp) -> Result<Vec<ScmpFilterContext>, SeccompError> {
    if profile.listener_path().is_some() {
        return Err(SeccompError::Unsupported("seccomp notify listener".into()));
    }
    let default_action = scmp_action(profile.default_action(), profile.default_errno_ret())?;

    let native = ScmpArch::native();
    let mut arches = vec![native];
    for arch in profile.architectures().iter().flatten() {
        let arch = match scmp_arch(*arch) {
            ScmpArch::Native => native,
            a => a,
        };
        if !arches.contains(&arch) {
            arches.push(arch);
        }
    }

    let mut rules = Vec::new();
    for rule in profile.syscalls().iter().flatten() {
        let action = scmp_action(rule.action(), rule.errno_ret())?;
        if action == default_action {
            // libseccomp refuses rules that repeat the default action; they change nothing.
            continue;
        }
        let args = rule.args().as_deref().unwrap_or_default();
        let comparators = args
            .iter()
            .map(scmp_compare)
            .collect::<Result<Vec<_>, _>>()?;
        // Several conditions on the same argument are alternatives (OCI runtime semantics);
        // conditions on distinct arguments must all hold.
        let mut indexes = HashSet::new();
        let alternatives = !args.iter().all(|a| indexes.insert(a.index()));
        for name in rule.names() {
            match ScmpSyscall::from_name(name) {
                Ok(syscall) => rules.push(Rule {
                    name,
                    syscall,
                    action,
                    comparators: comparators.clone(),
                    alternatives,
                }),
                Err(_) => {
                    tracing::debug!(syscall = %name, "seccomp: skipping syscall unknown to libseccomp")
                }
            }
        }
    }

    // One filter for every architecture: compiled once per profile (the result is cached,
    // see `prepare`), it costs one load at start and one evaluation per syscall, where a
    // filter per architecture would cost one of each per architecture.
    let mut ctx = new_context(profile, default_action)?;
    for &arch in &arches[1..] {
        ctx.add_arch(arch)
            .map_err(lib_err(format!("adding architecture {arch:?}")))?;
    }
    // by descending syscall number: libseccomp inserts at the head of its lists
    let mut ordered: Vec<(i32, &Rule)> = rules
        .iter()
        .map(|r| (r.syscall.as_raw_syscall(), r))
        .collect();
    ordered.sort_by_key(|&(nr, _)| std::cmp::Reverse(nr));
    for (_, rule) in ordered {
        let context = || format!("adding rule for {}", rule.name);
        if rule.alternatives {
            for c in &rule.comparators {
                ctx.add_rule_conditional(rule.action, rule.syscall, std::slice::from_ref(c))
                    .map_err(lib_err(context()))?;
            }
        } else {
            ctx.add_rule_conditional(rule.action, rule.syscall, &rule.comparators)
                .map_err(lib_err(context()))?;
        }
    }
    Ok(vec![ctx])
}

/// A filter context for the native architecture with the profile's attributes and flags.
fn new_context(
    profile: &LinuxSeccomp,
    default_action: ScmpAction,
) -> Result<ScmpFilterContext, SeccompError> {
    let mut ctx = ScmpFilterContext::new(default_action).map_err(lib_err("creating filter"))?;
    // no_new_privs is the caller's decision (--security-opt no-new-privileges), not ours.
    ctx.set_ctl_nnp(false)
        .map_err(lib_err("clearing no_new_privs attribute"))?;
    // Report the kernel's errno from load instead of a generic ECANCELED.
    if let Err(e) = ctx.set_api_sysrawrc(true) {
        tracing::debug!("seccomp: raw return codes unavailable: {e}");
    }
    // Level 2 checks syscall numbers in a binary tree instead of a linear chain: cheaper for
    // every syscall the container makes, but about 2 ms slower to generate. Since Linux 5.11 the
    // kernel caches which syscalls a filter always allows and skips the filter for them, so
    // there the linear chain costs little at run time and the faster start wins.
    let level = if kernel_at_least((5, 11)) { 1 } else { 2 };
    if let Err(e) = ctx.set_ctl_optimize(level) {
        tracing::debug!("seccomp: optimization level {level} unavailable: {e}");
    }
    for flag in profile.flags().iter().flatten() {
        let r = match flag {
            LinuxSeccompFilterFlag::SeccompFilterFlagLog => ctx.set_ctl_log(true),
            LinuxSeccompFilterFlag::SeccompFilterFlagTsync => ctx.set_ctl_tsync(true),
            LinuxSeccompFilterFlag::SeccompFilterFlagSpecAllow => ctx.set_ctl_ssb(true),
            LinuxSeccompFilterFlag::SeccompFilterFlagWaitKillableRecv => ctx.set_ctl_waitkill(true),
        };
        r.map_err(lib_err(format!("setting flag {flag}")))?;
    }
    Ok(ctx)
}

fn scmp_action(
    action: LinuxSeccompAction,
    errno_ret: Option<u32>,
) -> Result<ScmpAction, SeccompError> {
    let ret = errno_ret.unwrap_or(libc::EPERM as u32);
    Ok(match action {
        LinuxSeccompAction::ScmpActKill | LinuxSeccompAction::ScmpActKillThread => {
            ScmpAction::KillThread
        }
        LinuxSeccompAction::ScmpActKillProcess => ScmpAction::KillProcess,
        LinuxSeccompAction::ScmpActTrap => ScmpAction::Trap,
        LinuxSeccompAction::ScmpActErrno => {
            // The kernel keeps 16 bits of data, and errno values end at 4095.
            if ret > 4095 {
                return Err(SeccompError::Invalid(format!(
                    "errnoRet {ret} is out of range"
                )));
            }
            ScmpAction::Errno(ret as i32)
        }
        LinuxSeccompAction::ScmpActTrace => {
            let ret = u16::try_from(ret)
                .map_err(|_| SeccompError::Invalid(format!("errnoRet {ret} is out of range")))?;
            ScmpAction::Trace(ret)
        }
        LinuxSeccompAction::ScmpActLog => ScmpAction::Log,
        LinuxSeccompAction::ScmpActAllow => ScmpAction::Allow,
        LinuxSeccompAction::ScmpActNotify => {
            return Err(SeccompError::Unsupported("action SCMP_ACT_NOTIFY".into()))
        }
    })
}

fn scmp_compare(a: &LinuxSeccompArg) -> Result<ScmpArgCompare, SeccompError> {
    let index = u32::try_from(a.index())
        .ok()
        .filter(|i| *i < 6)
        .ok_or_else(|| {
            SeccompError::Invalid(format!(
                "syscall argument index {} is out of range",
                a.index()
            ))
        })?;
    let (op, datum) = match a.op() {
        LinuxSeccompOperator::ScmpCmpNe => (ScmpCompareOp::NotEqual, a.value()),
        LinuxSeccompOperator::ScmpCmpLt => (ScmpCompareOp::Less, a.value()),
        LinuxSeccompOperator::ScmpCmpLe => (ScmpCompareOp::LessOrEqual, a.value()),
        LinuxSeccompOperator::ScmpCmpEq => (ScmpCompareOp::Equal, a.value()),
        LinuxSeccompOperator::ScmpCmpGe => (ScmpCompareOp::GreaterEqual, a.value()),
        LinuxSeccompOperator::ScmpCmpGt => (ScmpCompareOp::Greater, a.value()),
        // value is the mask, valueTwo the value the masked argument must equal.
        LinuxSeccompOperator::ScmpCmpMaskedEq => (
            ScmpCompareOp::MaskedEqual(a.value()),
            a.value_two().unwrap_or(0),
        ),
    };
    Ok(ScmpArgCompare::new(index, op, datum))
}

fn scmp_arch(arch: Arch) -> ScmpArch {
    match arch {
        Arch::ScmpArchNative => ScmpArch::Native,
        Arch::ScmpArchX86 => ScmpArch::X86,
        Arch::ScmpArchX86_64 => ScmpArch::X8664,
        Arch::ScmpArchX32 => ScmpArch::X32,
        Arch::ScmpArchArm => ScmpArch::Arm,
        Arch::ScmpArchAarch64 => ScmpArch::Aarch64,
        Arch::ScmpArchMips => ScmpArch::Mips,
        Arch::ScmpArchMips64 => ScmpArch::Mips64,
        Arch::ScmpArchMips64n32 => ScmpArch::Mips64N32,
        Arch::ScmpArchMipsel => ScmpArch::Mipsel,
        Arch::ScmpArchMipsel64 => ScmpArch::Mipsel64,
        Arch::ScmpArchMipsel64n32 => ScmpArch::Mipsel64N32,
        Arch::ScmpArchPpc => ScmpArch::Ppc,
        Arch::ScmpArchPpc64 => ScmpArch::Ppc64,
        Arch::ScmpArchPpc64le => ScmpArch::Ppc64Le,
        Arch::ScmpArchS390 => ScmpArch::S390,
        Arch::ScmpArchS390x => ScmpArch::S390X,
        Arch::ScmpArchParisc => ScmpArch::Parisc,
        Arch::ScmpArchParisc64 => ScmpArch::Parisc64,
        Arch::ScmpArchRiscv64 => ScmpArch::Riscv64,
        Arch::ScmpArchLoongarch64 => ScmpArch::Loongarch64,
        Arch::ScmpArchM68k => ScmpArch::M68k,
        Arch::ScmpArchSh => ScmpArch::Sh,
        Arch::ScmpArchSheb => ScmpArch::Sheb,
    }
}

#[cfg(test)]
#[allow(unsafe_code)]
#[path = "seccomp_tests.rs"]
mod tests;

/// A filter ready to load: compiled BPF programs in load order, taken from a cache of
/// compiled profiles when one is given (compiling the default profile costs milliseconds on
/// every start; loading a cached program costs microseconds).
pub enum Prepared {
    Programs(Vec<Vec<u8>>),
    /// profiles with filter flags are loaded through libseccomp, which applies them
    Contexts(Vec<ScmpFilterContext>),
}

/// Compile `profile`, or read it compiled from `cache_dir` (and store it there when missing).
/// Call while the host's filesystem is still visible.
pub fn prepare(
    profile: &LinuxSeccomp,
    cache_dir: Option<&std::path::Path>,
) -> Result<Prepared, SeccompError> {
    if profile.flags().as_ref().is_some_and(|f| !f.is_empty()) {
        return Ok(Prepared::Contexts(compile(profile)?));
    }
    let key = cache_dir.map(|d| {
        use sha2::Digest;
        let mut h = sha2::Sha256::new();
        h.update(env!("CARGO_PKG_VERSION").as_bytes());
        h.update(
            nix::sys::utsname::uname()
                .map(|u| u.release().to_string_lossy().into_owned())
                .unwrap_or_default()
                .as_bytes(),
        );
        h.update(serde_json::to_vec(profile).unwrap_or_default());
        let hex: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
        d.join(format!("{hex}.bpf"))
    });
    if let Some(path) = &key {
        if let Some(programs) = std::fs::read(path).ok().and_then(|d| decode_programs(&d)) {
            return Ok(Prepared::Programs(programs));
        }
    }
    let mut programs = vec![];
    for ctx in compile(profile)? {
        programs.push(export(&ctx)?);
    }
    if let Some(path) = &key {
        // best effort: a cache we cannot write only costs the next start its compile
        if let Some(dir) = path.parent() {
            use std::os::unix::fs::DirBuilderExt;
            let _ = std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir);
        }
        let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
        if std::fs::write(&tmp, encode_programs(&programs)).is_ok() {
            let _ = std::fs::rename(&tmp, path);
        }
    }
    Ok(Prepared::Programs(programs))
}

/// The compiled BPF of one filter (libseccomp 2.5 exports to an fd only).
fn export(ctx: &ScmpFilterContext) -> Result<Vec<u8>, SeccompError> {
    use std::io::{Read, Seek};
    let fd = nix::sys::memfd::memfd_create(
        c"rcon-seccomp",
        nix::sys::memfd::MemFdCreateFlag::MFD_CLOEXEC,
    )
    .map_err(|e| SeccompError::Invalid(format!("memfd for the filter: {e}")))?;
    ctx.export_bpf(&fd).map_err(|e| SeccompError::Libseccomp {
        context: "exporting the filter".into(),
        source: e,
    })?;
    let mut f = std::fs::File::from(fd);
    let mut out = vec![];
    f.rewind()
        .and_then(|_| f.read_to_end(&mut out))
        .map_err(|e| SeccompError::Invalid(format!("reading the exported filter: {e}")))?;
    Ok(out)
}

fn encode_programs(programs: &[Vec<u8>]) -> Vec<u8> {
    let mut out = vec![];
    for p in programs {
        out.extend_from_slice(&(p.len() as u32).to_le_bytes());
        out.extend_from_slice(p);
    }
    out
}

fn decode_programs(mut data: &[u8]) -> Option<Vec<Vec<u8>>> {
    let mut out = vec![];
    while !data.is_empty() {
        let len = u32::from_le_bytes(data.get(..4)?.try_into().ok()?) as usize;
        let p = data.get(4..4 + len)?;
        // a BPF program is a whole number of 8-byte instructions, at most BPF_MAXINSNS
        if len == 0 || !len.is_multiple_of(8) || len / 8 > 4096 {
            return None;
        }
        out.push(p.to_vec());
        data = &data[4 + len..];
    }
    (!out.is_empty()).then_some(out)
}

impl Prepared {
    /// Load into the calling thread: the last syscall-changing step before execve.
    pub fn load(&self) -> Result<(), SeccompError> {
        match self {
            Prepared::Contexts(ctxs) => {
                for ctx in ctxs {
                    ctx.load().map_err(|e| {
                        if e.errno() == Some(SeccompErrno::EACCES)
                            || e.sysrawrc().is_some_and(|rc| rc.abs() == libc::EACCES)
                        {
                            SeccompError::LoadDenied
                        } else {
                            SeccompError::Libseccomp {
                                context: "loading filter".into(),
                                source: e,
                            }
                        }
                    })?;
                }
                Ok(())
            }
            Prepared::Programs(programs) => {
                for p in programs {
                    let prog = libc::sock_fprog {
                        len: (p.len() / 8) as u16,
                        filter: p.as_ptr() as *mut libc::sock_filter,
                    };
                    // SAFETY: `prog` points at a whole number of sock_filter instructions that
                    // live until the call returns; the kernel copies the program.
                    let r = unsafe {
                        libc::syscall(
                            libc::SYS_seccomp,
                            libc::SECCOMP_SET_MODE_FILTER,
                            0,
                            &prog as *const libc::sock_fprog,
                        )
                    };
                    if r != 0 {
                        let e = nix::errno::Errno::last();
                        return Err(if e == nix::errno::Errno::EACCES {
                            SeccompError::LoadDenied
                        } else {
                            SeccompError::Invalid(format!("loading a cached filter: {e}"))
                        });
                    }
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod cache_tests {
    use super::*;

    #[test]
    fn compiled_programs_are_cached_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let profile = default_profile(&[]);
        let Prepared::Programs(first) = prepare(&profile, Some(dir.path())).unwrap() else {
            panic!("expected programs")
        };
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        let Prepared::Programs(again) = prepare(&profile, Some(dir.path())).unwrap() else {
            panic!("expected programs")
        };
        assert_eq!(first, again);
        assert!(first.iter().all(|p| !p.is_empty() && p.len() % 8 == 0));
        // a damaged cache entry is not trusted: it is compiled again
        let f = std::fs::read_dir(dir.path())
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path();
        std::fs::write(&f, b"\x05\x00\x00\x00junk").unwrap();
        let Prepared::Programs(fresh) = prepare(&profile, Some(dir.path())).unwrap() else {
            panic!("expected programs")
        };
        assert_eq!(fresh, first);
        assert!(decode_programs(b"").is_none());
        assert!(decode_programs(&encode_programs(&[vec![0u8; 7]])).is_none());
    }
}
