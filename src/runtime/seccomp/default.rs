//! The default profile: the syscalls every container may make, those gated by a capability,
//! and the argument conditions podman and docker apply.

use super::*;

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
pub(super) const PERSONALITY_ALLOWED: &[u64] = &[0x0, 0x8, 0x2_0000, 0x2_0008, 0xffff_ffff];

/// socket(2) address family refused to containers (the host's vsock transport), as docker does.
const AF_VSOCK: u64 = libc::AF_VSOCK as u64;
const AF_NETLINK: u64 = libc::AF_NETLINK as u64;
const NETLINK_AUDIT: u64 = libc::NETLINK_AUDIT as u64;

/// The socket(2) rules. Docker refuses AF_VSOCK; podman, whose default capabilities (like ours)
/// lack CAP_AUDIT_WRITE, answers socket(AF_NETLINK, *, NETLINK_AUDIT) with EINVAL unless the
/// container has it, so that audit-aware programs (login, sudo, systemd) carry on without
/// auditing. The rules are disjoint: where two rules of different actions match one call,
/// which wins is up to libseccomp. Several conditions on one argument are alternatives, so
/// "any family but AF_NETLINK and AF_VSOCK" is spelled out as ranges.
fn socket_rules(audit_write: bool) -> Vec<LinuxSyscall> {
    let socket = |action, errno, args| syscall_rule(vec!["socket".into()], action, errno, args);
    let allow = LinuxSeccompAction::ScmpActAllow;
    if audit_write {
        return vec![socket(
            allow,
            None,
            vec![arg(0, AF_VSOCK, None, LinuxSeccompOperator::ScmpCmpNe)],
        )];
    }
    let mut rules = vec![
        socket(
            allow,
            None,
            vec![
                arg(0, AF_NETLINK, None, LinuxSeccompOperator::ScmpCmpEq),
                arg(2, NETLINK_AUDIT, None, LinuxSeccompOperator::ScmpCmpNe),
            ],
        ),
        socket(
            allow,
            None,
            vec![arg(0, AF_NETLINK, None, LinuxSeccompOperator::ScmpCmpLt)],
        ),
        socket(
            allow,
            None,
            vec![arg(0, AF_VSOCK, None, LinuxSeccompOperator::ScmpCmpGt)],
        ),
    ];
    for (mask, value) in aligned_blocks(AF_NETLINK + 1, AF_VSOCK - 1) {
        rules.push(socket(
            allow,
            None,
            vec![arg(
                0,
                mask,
                Some(value),
                LinuxSeccompOperator::ScmpCmpMaskedEq,
            )],
        ));
    }
    // last: on x86's socketcall, where no argument can be told, the rules above allow
    rules.push(socket(
        LinuxSeccompAction::ScmpActErrno,
        Some(libc::EINVAL as u32),
        vec![
            arg(0, AF_NETLINK, None, LinuxSeccompOperator::ScmpCmpEq),
            arg(2, NETLINK_AUDIT, None, LinuxSeccompOperator::ScmpCmpEq),
        ],
    ));
    rules
}

/// The values lo..=hi as (mask, value) blocks: x is in a block when x & mask == value.
pub(super) fn aligned_blocks(mut lo: u64, hi: u64) -> Vec<(u64, u64)> {
    let mut blocks = vec![];
    while lo <= hi {
        // the largest power-of-two block starting at lo that lo's alignment allows and
        // that ends within hi
        let mut size = if lo == 0 {
            1 << 63
        } else {
            1 << lo.trailing_zeros()
        };
        while size > 1 && lo + (size - 1) > hi {
            size >>= 1;
        }
        blocks.push((!(size - 1), lo));
        lo += size;
    }
    blocks
}

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
    syscalls.extend(socket_rules(has_cap(caps, "CAP_AUDIT_WRITE")));

    let mut profile = LinuxSeccomp::default();
    profile.set_default_action(LinuxSeccompAction::ScmpActErrno);
    profile.set_default_errno_ret(Some(libc::EPERM as u32));
    profile.set_architectures(Some(default_architectures()));
    profile.set_syscalls(Some(syscalls));
    profile
}
