//! Creating a container: clone into new namespaces, then, in the child, build the rootfs,
//! drop privileges and exec. Start errors travel back over a close-on-exec pipe, so the
//! parent knows synchronously whether the exec happened (EOF) or what failed (a message).
#![allow(unsafe_code)]

use super::{caps, mounts, seccomp, sys, tty, user, Rootfs, StartError};
use nix::sched::{clone, setns, unshare, CloneFlags};
use nix::sys::signal::{SigSet, Signal};
use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
use nix::unistd::Pid;
use oci_spec::runtime::{LinuxNamespaceType, Spec};
use std::ffi::CString;
use std::io::{Read, Write};
use std::os::fd::{AsFd, AsRawFd, OwnedFd, RawFd};
use std::path::{Path, PathBuf};

/// The container's standard streams as the supervisor prepared them.
pub struct Stdio {
    pub stdin: RawFd,
    pub stdout: RawFd,
    pub stderr: RawFd,
    /// stdin/stdout/stderr are a pty slave: make it the controlling terminal
    pub tty: bool,
    /// create the terminal inside the container (its own devpts) and send the master here;
    /// stdin/stdout/stderr are then ignored
    pub console_socket: Option<RawFd>,
    pub console_size: Option<(u16, u16)>,
    /// --preserve-fds: the fds that go to 3, 4, ... of the container's process (at 3+len or
    /// above, see `sys::take_fds`)
    pub preserved: Vec<RawFd>,
}

/// Annotation carrying the user as given (`name[:group]`), resolved inside the container.
pub const USER_ANNOTATION: &str = "io.rcon.user";
/// Annotation asking for rcon's own init as PID 1 (`--init`).
pub const INIT_ANNOTATION: &str = "io.rcon.init";
/// Annotation with the groups (names or gids, comma-separated) added to the process's
/// supplementary groups (`--group-add`), names resolved in the container.
pub const GROUP_ADD_ANNOTATION: &str = "io.rcon.group-add";
/// Annotation asking to keep the caller's supplementary groups (`--group-add keep-groups`).
pub const KEEP_GROUPS_ANNOTATION: &str = "io.rcon.keep-groups";

pub fn ns_flag(t: LinuxNamespaceType) -> CloneFlags {
    match t {
        LinuxNamespaceType::Mount => CloneFlags::CLONE_NEWNS,
        LinuxNamespaceType::Cgroup => CloneFlags::CLONE_NEWCGROUP,
        LinuxNamespaceType::Uts => CloneFlags::CLONE_NEWUTS,
        LinuxNamespaceType::Ipc => CloneFlags::CLONE_NEWIPC,
        LinuxNamespaceType::User => CloneFlags::CLONE_NEWUSER,
        LinuxNamespaceType::Pid => CloneFlags::CLONE_NEWPID,
        LinuxNamespaceType::Network => CloneFlags::CLONE_NEWNET,
        _ => CloneFlags::empty(),
    }
}

/// Create the container process, in `cgroup` if any: born in it (v2, clone3), or joining it
/// as the first thing it does (v1, or where clone3 fails), so that the caller never is in the
/// container's cgroup. `net_ready`: the caller's network namespace is the new one the spec
/// asks for (`net::FreshNetns`), so the child stays in it instead of making one.
///
/// Unless it is born by clone3 or runs an init of ours, the child is made as vfork makes one
/// (see `shares_our_memory` below); otherwise it gets a copy of our address space.
pub fn spawn(
    spec: &Spec,
    rootfs: &Rootfs,
    stdio: &Stdio,
    cgroup: Option<&super::cgroup::Join>,
    net_ready: bool,
) -> Result<Spawned, StartError> {
    let mut flags = CloneFlags::empty();
    let mut cgroup_ns = false;
    let mut joins: Vec<(OwnedFd, CloneFlags)> = vec![];
    for ns in spec
        .linux()
        .as_ref()
        .and_then(|l| l.namespaces().clone())
        .unwrap_or_default()
    {
        let f = ns_flag(ns.typ());
        match ns.path() {
            Some(p) => {
                let fd = std::fs::File::open(p).map_err(|e| {
                    StartError::engine(format!("opening namespace {}: {e}", p.display()))
                })?;
                // a pid namespace joined counts only for children: we join it (for our
                // children from now on), so that the container is born in it
                if f == CloneFlags::CLONE_NEWPID {
                    setns(&fd, f).map_err(super::sys_err("joining the pid namespace"))?;
                    continue;
                }
                joins.push((fd.into(), f));
            }
            // the cgroup namespace is unshared by the child after it was moved into its cgroup,
            // so that its cgroup becomes the namespace's root
            None if f == CloneFlags::CLONE_NEWCGROUP => cgroup_ns = true,
            // ours is the new one the container is to have (`net::FreshNetns`)
            None if f == CloneFlags::CLONE_NEWNET && net_ready => {}
            // its own user namespace is made last, by the child (`isolation::UsernsChild`)
            None if f == CloneFlags::CLONE_NEWUSER => {}
            None => flags |= f,
        }
    }
    let (report_r, report_w) =
        nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).map_err(super::sys_err("pipe"))?;
    // above the fds the preserved ones will take, so that the report still reaches us
    let report_w = above(report_w, 3 + stdio.preserved.len() as RawFd)?;
    let (go_r, go_w) =
        nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).map_err(super::sys_err("pipe"))?;
    let mut stack = vec![0u8; 512 * 1024];
    let runs_init = runs_init(spec);
    // CLONE_VM | CLONE_VFORK: no copy of our page tables to make, no page of ours copied on
    // write, nothing to tear down at its exec; about 6% of a start. We are suspended until
    // the child execs or exits, so it may use our memory as its own meanwhile: it runs on its
    // own stack, never returns into our frames (it ends in execve or _exit), has its own fd
    // table and signal handlers (no CLONE_FILES, no CLONE_SIGHAND); what it allocates and
    // does not free stays allocated here (a few kB, once). Killed in the middle of an
    // allocation it would leave our heap inconsistent: nothing signals it before its exec, as
    // its pid is recorded only after. Not when clone3 makes it in its cgroup (fork-like), nor
    // with --init, whose PID 1 is rcon code that never execs.
    // nor when the container gets a user namespace of its own: we write its maps meanwhile
    let userns = super::isolation::userns_pipes(spec)?;
    let vfork_like = !runs_init && userns.is_none();
    let (userns_child, userns_parent) = match userns {
        Some((c, p)) => (Some(c), Some(p)),
        None => (None, None),
    };
    // `in_cgroup`: born there by clone3; the other children join theirs first thing (as a
    // thread, see cgroup::Join), before they make anything the cgroup is to count or limit
    let child_fn = |in_cgroup: bool| -> isize {
        // the parent's ends (EBADF at worst: nothing to log from here, before exec)
        let _ = nix::unistd::close(report_r.as_raw_fd());
        let _ = nix::unistd::close(go_w.as_raw_fd());
        if let Some(p) = &userns_parent {
            p.close_in_child();
        }
        let joined = match cgroup.filter(|_| !in_cgroup) {
            Some(cg) => join_cgroup(cg),
            None => Ok(()),
        };
        if in_cgroup || !vfork_like {
            let mut b = [0u8; 1];
            let mut go = std::fs::File::from(go_r.try_clone().expect("dup"));
            if go.read(&mut b).unwrap_or(0) != 1 || b[0] != b'1' {
                sys::exit_now(125);
            }
        }
        let result = joined.and_then(|()| {
            child(
                spec,
                rootfs,
                stdio,
                cgroup_ns,
                flags.contains(CloneFlags::CLONE_NEWNET),
                &joins,
                userns_child.as_ref(),
            )
        });
        let err = match result {
            Ok(never) => match never {},
            Err(e) => e,
        };
        let mut w = std::fs::File::from(report_w.try_clone().expect("dup"));
        // if the report cannot be written, the parent still sees EOF and our exit
        let _ = w.write_all(&err.encode());
        sys::exit_now(err.code)
    };
    let mut born_in_cgroup = None;
    if let Some(dir) = cgroup.and_then(|c| c.dir.as_ref()) {
        match clone3_into_cgroup(flags, dir.as_raw_fd()) {
            Ok(0) => {
                child_fn(true);
                sys::exit_now(125)
            }
            Ok(p) => born_in_cgroup = Some(Pid::from_raw(p)),
            // older kernels, or a cgroup we may not create into: the child joins it
            Err(e) => tracing::debug!("clone3 into the cgroup: {e}: the child joins it instead"),
        }
    }
    let shares_our_memory = born_in_cgroup.is_none() && vfork_like;
    let pid = match born_in_cgroup {
        Some(p) => p,
        // SAFETY: the supervisor is single-threaded; the child has its own stack and either a
        // copy of the address space, as with fork, or ours while we wait, as with vfork
        // (shares_our_memory above).
        None => unsafe {
            let vm = if shares_our_memory {
                CloneFlags::CLONE_VM | CloneFlags::CLONE_VFORK
            } else {
                CloneFlags::empty()
            };
            clone(
                Box::new(|| child_fn(false)),
                &mut stack,
                flags | vm,
                Some(Signal::SIGCHLD as i32),
            )
        }
        .map_err(super::sys_err("creating the container's namespaces"))?,
    };
    drop(report_w);
    drop(go_r);
    // our copies of the child's ends: its exit must read as EOF
    drop(userns_child);
    let mut go = std::fs::File::from(go_w);
    // its mount namespace (see Spawned); a child that shared our memory has exec'd by now,
    // and one that exits at once may take its namespace with it before we get here
    let mount_ns = flags
        .contains(CloneFlags::CLONE_NEWNS)
        .then(|| std::fs::File::open(format!("/proc/{pid}/ns/mnt")).ok())
        .flatten()
        .map(OwnedFd::from);
    if !shares_our_memory {
        // a child that is gone fails at its read, and so reports through the report pipe
        let _ = go.write_all(b"1");
    }
    drop(go);
    if let Some(p) = userns_parent {
        p.map(pid);
    }
    let mut msg = Vec::new();
    // a read error reads as EOF: exec happened
    let _ = std::fs::File::from(report_r).read_to_end(&mut msg);
    if !msg.is_empty() {
        // reap the child that failed; it exits right after its report
        let _ = waitpid(pid, None);
        return Err(StartError::decode(&msg));
    }
    Ok(Spawned { pid, mount_ns })
}

/// Move the calling (single-threaded) child into its cgroup: "0" is the writer itself.
fn join_cgroup(cg: &super::cgroup::Join) -> Result<(), StartError> {
    for f in &cg.files {
        let mut f: &std::fs::File = f;
        f.write_all(b"0")
            .map_err(|e| StartError::engine(format!("joining the container's cgroup: {e}")))?;
    }
    Ok(())
}

/// A container process that has exec'd its program.
pub struct Spawned {
    pub pid: Pid,
    /// A reference to the container's mount namespace. Whoever drops the last one tears the
    /// namespace down (every mount in it unmounted, then an RCU grace period): held here, that
    /// is not the exiting container, whose parent learns of its exit only after its
    /// namespaces are gone, but the supervisor, after it reported the exit.
    pub mount_ns: Option<OwnedFd>,
}

/// clone3 with CLONE_INTO_CGROUP: the child is born in its cgroup, so it never migrates (a
/// migration waits for an RCU grace period, milliseconds of every start). Fork-like: returns
/// 0 in the child, which continues on a copy of our stack.
fn clone3_into_cgroup(flags: CloneFlags, cgroup: RawFd) -> Result<i32, nix::errno::Errno> {
    #[repr(C)]
    #[derive(Default)]
    struct CloneArgs {
        flags: u64,
        pidfd: u64,
        child_tid: u64,
        parent_tid: u64,
        exit_signal: u64,
        stack: u64,
        stack_size: u64,
        tls: u64,
        set_tid: u64,
        set_tid_size: u64,
        cgroup: u64,
    }
    const CLONE_INTO_CGROUP: u64 = 0x2_0000_0000;
    let args = CloneArgs {
        flags: flags.bits() as u64 | CLONE_INTO_CGROUP,
        exit_signal: libc::SIGCHLD as u64,
        cgroup: cgroup as u64,
        ..Default::default()
    };
    // SAFETY: clone3 reads `args` (of the size we pass); with no stack given it returns twice
    // like fork, and the caller is single-threaded.
    let r = unsafe {
        libc::syscall(
            libc::SYS_clone3,
            &args as *const CloneArgs,
            std::mem::size_of::<CloneArgs>(),
        )
    };
    if r < 0 {
        Err(nix::errno::Errno::last())
    } else {
        Ok(r as i32)
    }
}

pub enum Never {}
pub type NeverExec = Never;

fn child(
    spec: &Spec,
    rootfs: &Rootfs,
    stdio: &Stdio,
    cgroup_ns: bool,
    new_net: bool,
    joins: &[(OwnedFd, CloneFlags)],
    userns: Option<&super::isolation::UsernsChild>,
) -> Result<Never, StartError> {
    reset_signals();
    for (fd, f) in joins {
        setns(fd.as_fd(), *f).map_err(super::sys_err("joining a namespace"))?;
    }
    if cgroup_ns {
        unshare(CloneFlags::CLONE_NEWCGROUP)
            .map_err(super::sys_err("creating the cgroup namespace"))?;
    }
    // nobody in the container may ptrace us or open our /proc entries while we still hold
    // host resources (and rcon's own binary); execve makes the process dumpable again
    // (PR_SET_DUMPABLE 0 cannot fail)
    let _ = nix::sys::prctl::set_dumpable(false);
    nix::unistd::setsid().map_err(super::sys_err("setsid"))?;
    if stdio.console_socket.is_none() {
        for (from, to) in [(stdio.stdin, 0), (stdio.stdout, 1), (stdio.stderr, 2)] {
            if from != to {
                nix::unistd::dup2(from, to).map_err(super::sys_err("setting up stdio"))?;
            }
        }
        if stdio.tty {
            tty::make_controlling(0).map_err(super::sys_err("making the terminal controlling"))?;
        }
    }
    if new_net {
        super::net::loopback_up()?;
    }
    super::net::set_sysctls(spec)?;
    super::isolation::set_oom_score_adj(spec)?;
    if let Some(h) = spec.hostname() {
        nix::unistd::sethostname(h).map_err(super::sys_err("setting the hostname"))?;
    }
    let cache = spec
        .annotations()
        .as_ref()
        .and_then(|a| a.get(SECCOMP_CACHE_ANNOTATION))
        .map(PathBuf::from);
    let prepared_seccomp = prepare_seccomp(
        spec.linux().as_ref().and_then(|l| l.seccomp().as_ref()),
        cache.as_deref(),
    )?;
    let target = mounts::mount_rootfs(rootfs)?;
    if let Some(pty) = mounts::setup_mounts(spec, &target, stdio.console_socket.is_some())? {
        if let Some((rows, cols)) = stdio.console_size {
            tty::set_size(pty.master.as_raw_fd(), rows, cols);
        }
        let sock = stdio.console_socket.unwrap_or(-1);
        tty::send_fd(sock, pty.master.as_raw_fd())
            .map_err(super::sys_err("handing the terminal to the supervisor"))?;
        let s = pty.slave.as_raw_fd();
        for to in 0..3 {
            nix::unistd::dup2(s, to).map_err(super::sys_err("setting up the terminal"))?;
        }
        tty::make_controlling(0).map_err(super::sys_err("making the terminal controlling"))?;
    }
    mounts::pivot(&target)?;
    mounts::finish(spec)?;
    let process = spec
        .process()
        .as_ref()
        .ok_or_else(|| StartError::engine("the spec has no process"))?;
    let annotations = spec.annotations().clone().unwrap_or_default();
    let mut env: Vec<String> = process.env().clone().unwrap_or_default();
    if let Some(req) = annotations.get(super::passwd::PASSWD_ANNOTATION) {
        let user = annotations
            .get(USER_ANNOTATION)
            .map(String::as_str)
            .unwrap_or("");
        super::passwd::add_entries(req, user, &process.cwd().to_string_lossy())?;
    }
    // last of all, with every mount made: the container's own user namespace
    if let Some(u) = userns {
        u.enter()?;
    }
    let resolved = match annotations.get(USER_ANNOTATION) {
        Some(u) => user::resolve(u)?,
        None => user::ResolvedUser {
            uid: process.user().uid(),
            gid: process.user().gid(),
            additional_gids: process.user().additional_gids().clone().unwrap_or_default(),
            home: None,
            keep_groups: false,
        },
    };
    let mut resolved = resolved;
    super::isolation::add_groups(&annotations, &mut resolved)?;
    if !env.iter().any(|e| e.starts_with("HOME=")) {
        env.push(format!(
            "HOME={}",
            resolved.home.clone().unwrap_or_else(|| "/".into())
        ));
    }
    let nnp = process.no_new_privileges().unwrap_or(false);
    let late = early_seccomp(prepared_seccomp.as_ref(), nnp)?;
    prepare_process(process, &resolved)?;
    let args = process.args().clone().unwrap_or_default();
    super::isolation::set_personality(spec)?;
    let exec = ExecTail {
        seccomp: late,
        no_new_privs: nnp,
        init: runs_init(spec),
        preserved: &stdio.preserved,
    };
    exec_process(&args, &env, &exec)
}

/// `fd` at `min` or above (close-on-exec), the original closed.
fn above(fd: OwnedFd, min: RawFd) -> Result<OwnedFd, StartError> {
    use std::os::fd::FromRawFd;
    if fd.as_raw_fd() >= min {
        return Ok(fd);
    }
    let high = nix::fcntl::fcntl(fd.as_raw_fd(), nix::fcntl::FcntlArg::F_DUPFD_CLOEXEC(min))
        .map_err(super::sys_err("dup"))?;
    // SAFETY: a fresh fd that we own.
    Ok(unsafe { OwnedFd::from_raw_fd(high) })
}

/// What the last steps before execve need besides the command (`exec_process`).
pub struct ExecTail<'a> {
    /// the filter to load last (with no_new_privs), else loaded already
    pub seccomp: Option<&'a seccomp::Prepared>,
    pub no_new_privs: bool,
    /// --init: stay PID 1 and run the command as a child
    pub init: bool,
    /// --preserve-fds: the fds that go to 3, 4, ...
    pub preserved: &'a [RawFd],
}

/// --init: PID 1 is rcon's init (`run_init`), the command its child.
fn runs_init(spec: &Spec) -> bool {
    spec.annotations()
        .as_ref()
        .and_then(|a| a.get(INIT_ANNOTATION))
        .is_some_and(|v| v == "true")
}

/// Without no_new_privs the kernel only lets a process holding CAP_SYS_ADMIN load a filter:
/// load it now, while we are still root with every capability (as runc does). With
/// no_new_privs it is loaded last, right before execve; the profile to load then is returned.
pub fn early_seccomp(
    filter: Option<&seccomp::Prepared>,
    nnp: bool,
) -> Result<Option<&seccomp::Prepared>, StartError> {
    match filter {
        Some(p) if !nnp => {
            p.load()
                .map_err(|e| StartError::engine(format!("loading the seccomp filter: {e}")))?;
            Ok(None)
        }
        other => Ok(other),
    }
}

/// Annotation naming the directory of compiled seccomp programs (see seccomp::prepare).
pub const SECCOMP_CACHE_ANNOTATION: &str = "io.rcon.seccomp-cache";

/// Compile (or fetch compiled) the spec's filter while the host's filesystem is visible.
pub fn prepare_seccomp(
    profile: Option<&oci_spec::runtime::LinuxSeccomp>,
    cache: Option<&Path>,
) -> Result<Option<seccomp::Prepared>, StartError> {
    profile
        .map(|p| seccomp::prepare(p, cache))
        .transpose()
        .map_err(|e| StartError::engine(format!("compiling the seccomp filter: {e}")))
}

/// The container starts with every signal unblocked and at its default action: the
/// supervisor blocks some (for its signalfd) and ignores SIGPIPE, and both would survive exec.
pub fn reset_signals() {
    // neither call fails for an empty mask or a valid signal other than KILL and STOP
    let _ = SigSet::empty().thread_set_mask();
    for s in Signal::iterator() {
        if s != Signal::SIGKILL && s != Signal::SIGSTOP {
            // SAFETY: restoring default dispositions in a single-threaded child.
            unsafe {
                let _ = nix::sys::signal::signal(s, nix::sys::signal::SigHandler::SigDfl);
            }
        }
    }
}

/// rlimits, working directory, user and capabilities, shared by run and exec.
pub fn prepare_process(
    process: &oci_spec::runtime::Process,
    u: &user::ResolvedUser,
) -> Result<(), StartError> {
    for rl in process.rlimits().iter().flatten() {
        let res =
            rlimit_resource(rl.typ()).ok_or_else(|| StartError::engine("unsupported rlimit"))?;
        nix::sys::resource::setrlimit(res, rl.soft(), rl.hard())
            .map_err(super::sys_err(format!("setting ulimit {:?}", rl.typ())))?;
    }
    if let Some(m) = process.user().umask() {
        nix::sys::stat::umask(nix::sys::stat::Mode::from_bits_truncate(m));
    }
    let cwd = process.cwd();
    // like docker and podman, a missing working directory is created (as root, before the
    // uid change)
    if std::fs::metadata(cwd).is_err() {
        std::fs::create_dir_all(cwd).map_err(|e| {
            StartError::engine(format!("creating working directory {}: {e}", cwd.display()))
        })?;
        // as runc: the directory it made is the user's if it can be; root's does as well
        let _ = nix::unistd::chown(cwd, Some(u.uid.into()), Some(u.gid.into()));
    }
    if let Some(c) = process.capabilities() {
        caps::drop_bounding(c)?;
    }
    let gids: Vec<nix::unistd::Gid> = u.additional_gids.iter().map(|g| (*g).into()).collect();
    // setgroups is denied in a user namespace mapped without newgidmap: only fail if needed
    let set = if u.keep_groups {
        Ok(())
    } else {
        nix::unistd::setgroups(&gids)
    };
    if let Err(e) = set {
        if !gids.is_empty() {
            return Err(super::sys_err("setting supplementary groups")(e));
        }
    }
    nix::unistd::setresgid(u.gid.into(), u.gid.into(), u.gid.into()).map_err(|e| {
        StartError::engine(format!(
            "setting gid {}: {} (is it mapped in this user namespace?)",
            u.gid,
            e.desc().to_lowercase()
        ))
    })?;
    // keep the permitted set across the uid change; apply() then sets exactly what the spec says
    nix::sys::prctl::set_keepcaps(true).map_err(super::sys_err("keepcaps"))?;
    nix::unistd::setresuid(u.uid.into(), u.uid.into(), u.uid.into()).map_err(|e| {
        StartError::engine(format!(
            "setting uid {}: {} (is it mapped in this user namespace?)",
            u.uid,
            e.desc().to_lowercase()
        ))
    })?;
    nix::sys::prctl::set_keepcaps(false).map_err(super::sys_err("keepcaps"))?;
    if let Some(c) = process.capabilities() {
        caps::apply(c)?;
    }
    nix::unistd::chdir(cwd).map_err(|e| {
        StartError::new(
            125,
            format!(
                "entering working directory {}: {}",
                cwd.display(),
                e.desc().to_lowercase()
            ),
        )
    })?;
    Ok(())
}

fn rlimit_resource(t: oci_spec::runtime::PosixRlimitType) -> Option<nix::sys::resource::Resource> {
    use nix::sys::resource::Resource as R;
    use oci_spec::runtime::PosixRlimitType as T;
    Some(match t {
        T::RlimitCpu => R::RLIMIT_CPU,
        T::RlimitFsize => R::RLIMIT_FSIZE,
        T::RlimitData => R::RLIMIT_DATA,
        T::RlimitStack => R::RLIMIT_STACK,
        T::RlimitCore => R::RLIMIT_CORE,
        T::RlimitRss => R::RLIMIT_RSS,
        T::RlimitNproc => R::RLIMIT_NPROC,
        T::RlimitNofile => R::RLIMIT_NOFILE,
        T::RlimitMemlock => R::RLIMIT_MEMLOCK,
        T::RlimitAs => R::RLIMIT_AS,
        T::RlimitLocks => R::RLIMIT_LOCKS,
        T::RlimitSigpending => R::RLIMIT_SIGPENDING,
        T::RlimitMsgqueue => R::RLIMIT_MSGQUEUE,
        T::RlimitNice => R::RLIMIT_NICE,
        T::RlimitRtprio => R::RLIMIT_RTPRIO,
        T::RlimitRttime => R::RLIMIT_RTTIME,
    })
}

/// Find `cmd` like execvp would, in the container's PATH, so a missing command is reported
/// as 127 and a non-executable one as 126 before we give up our chance to report anything.
pub fn find_executable(cmd: &str, env: &[String]) -> Result<PathBuf, StartError> {
    use std::os::unix::fs::PermissionsExt;
    let check = |p: &Path| -> Result<(), i32> {
        match std::fs::metadata(p) {
            Ok(md) if md.is_dir() => Err(126),
            Ok(md) if md.permissions().mode() & 0o111 == 0 => Err(126),
            Ok(_) => Ok(()),
            Err(_) => Err(127),
        }
    };
    if cmd.contains('/') {
        return match check(Path::new(cmd)) {
            Ok(()) => Ok(PathBuf::from(cmd)),
            Err(126) => Err(StartError::new(
                126,
                format!("{cmd}: permission denied: the file is not executable (or is a directory)"),
            )),
            Err(_) => Err(StartError::new(
                127,
                format!("{cmd}: no such file or directory in the container"),
            )),
        };
    }
    let path = env
        .iter()
        .find_map(|e| e.strip_prefix("PATH="))
        .unwrap_or("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    let mut denied = None;
    for dir in path.split(':').filter(|d| !d.is_empty()) {
        let p = Path::new(dir).join(cmd);
        match check(&p) {
            Ok(()) => return Ok(p),
            Err(126) if denied.is_none() && p.exists() => denied = Some(p),
            Err(_) => {}
        }
    }
    match denied {
        Some(p) => Err(StartError::new(126, format!("{}: permission denied: the file is not executable", p.display()))),
        None => Err(StartError::new(127, format!("executable file `{cmd}` not found in $PATH of the container: no such file or directory"))),
    }
}

fn cstrings(v: &[String]) -> Result<Vec<CString>, StartError> {
    v.iter()
        .map(|s| {
            CString::new(s.as_bytes()).map_err(|_| {
                StartError::engine(format!("argument or variable contains a NUL byte: {s:?}"))
            })
        })
        .collect()
}

/// The last steps, shared by run and exec: no_new_privs, close our fds, seccomp, execve.
pub fn exec_process(args: &[String], env: &[String], t: &ExecTail) -> Result<Never, StartError> {
    let (seccomp_filter, no_new_privs, init) = (t.seccomp, t.no_new_privs, t.init);
    if args.is_empty() {
        return Err(StartError::engine(
            "no command given and the image has neither Cmd nor Entrypoint: give a command",
        ));
    }
    let exe = find_executable(&args[0], env)?;
    let exe_c = CString::new(exe.as_os_str().as_encoded_bytes())
        .map_err(|_| StartError::engine("bad executable path"))?;
    let argv = cstrings(args)?;
    let envp = cstrings(env)?;
    if no_new_privs {
        nix::sys::prctl::set_no_new_privs().map_err(super::sys_err("no_new_privs"))?;
    }
    sys::place_fds(t.preserved).map_err(super::sys_err("passing file descriptors"))?;
    let first = 3 + t.preserved.len() as RawFd;
    sys::cloexec_from(first).map_err(super::sys_err("closing file descriptors"))?;
    if let Some(p) = seccomp_filter {
        p.load()
            .map_err(|e| StartError::engine(format!("loading the seccomp filter: {e}")))?;
    }
    if init {
        return run_init(&exe_c, &argv, &envp);
    }
    let e = nix::unistd::execve(&exe_c, &argv, &envp).unwrap_err();
    Err(exec_error(&args[0], e))
}

pub fn exec_error(cmd: &str, e: nix::errno::Errno) -> StartError {
    use nix::errno::Errno;
    match e {
        Errno::ENOENT => StartError::new(
            127,
            format!("{cmd}: no such file or directory (or its interpreter is missing)"),
        ),
        Errno::EACCES | Errno::EPERM | Errno::ENOEXEC | Errno::EISDIR => StartError::new(
            126,
            format!("{cmd}: cannot execute: {}", e.desc().to_lowercase()),
        ),
        e => StartError::engine(format!("executing {cmd}: {}", e.desc().to_lowercase())),
    }
}

extern "C" fn noop(_: libc::c_int) {}

/// `--init`: stay as PID 1, run the command as our child, forward every signal to it, reap
/// every orphan, and exit with the command's status.
fn run_init(exe: &CString, argv: &[CString], envp: &[CString]) -> Result<Never, StartError> {
    // what ps in the container shows for PID 1 (as docker-init and podman-init show theirs),
    // not the command line of the rcon process this is a copy of
    let shown: Vec<String> = ["rcon-init".to_string(), "--".to_string()]
        .into_iter()
        .chain(argv.iter().map(|a| a.to_string_lossy().into_owned()))
        .collect();
    sys::set_cmdline(&shown.iter().map(String::as_str).collect::<Vec<_>>());
    // only the name ps shows
    let _ = nix::sys::prctl::set_name(c"rcon-init");
    // PID 1 only receives the signals it handles: install a handler, block, and sigwait
    let all = SigSet::all();
    for s in Signal::iterator() {
        if s == Signal::SIGKILL || s == Signal::SIGSTOP {
            continue;
        }
        // SAFETY: a no-op handler is async-signal-safe.
        unsafe {
            let _ = nix::sys::signal::signal(s, nix::sys::signal::SigHandler::Handler(noop));
        }
    }
    nix::sys::signal::sigprocmask(nix::sys::signal::SigmaskHow::SIG_BLOCK, Some(&all), None)
        .map_err(super::sys_err("sigprocmask"))?;
    // SAFETY: we are single-threaded; the child only execs (or reports and exits).
    let child = match unsafe { nix::unistd::fork() }.map_err(super::sys_err("fork"))? {
        nix::unistd::ForkResult::Child => {
            let _ = nix::sys::signal::sigprocmask(
                nix::sys::signal::SigmaskHow::SIG_UNBLOCK,
                Some(&all),
                None,
            );
            for s in Signal::iterator() {
                if s != Signal::SIGKILL && s != Signal::SIGSTOP {
                    // SAFETY: restoring default dispositions before exec.
                    unsafe {
                        let _ = nix::sys::signal::signal(s, nix::sys::signal::SigHandler::SigDfl);
                    }
                }
            }
            // as the container's process without --init: its own session, and the terminal
            // if it has one; a failure leaves it in ours, still able to run
            let _ = nix::unistd::setsid();
            if nix::unistd::isatty(0).unwrap_or(false) {
                let _ = tty::make_controlling(0);
            }
            let e = nix::unistd::execve(exe, argv, envp).unwrap_err();
            return Err(exec_error(&argv[0].to_string_lossy(), e));
        }
        nix::unistd::ForkResult::Parent { child } => child,
    };
    // our copy of the report pipe must not hold it open: the child's exec closes its copy
    // (close_range is missing before 5.11: the loop below closes the usual ones)
    let _ = sys::cloexec_from(3);
    for fd in 3..64 {
        if nix::fcntl::fcntl(fd, nix::fcntl::FcntlArg::F_GETFD).is_ok() {
            // open, as F_GETFD just said: close does not fail
            let _ = nix::unistd::close(fd);
        }
    }
    loop {
        let sig = all.wait().unwrap_or(Signal::SIGCHLD);
        if sig != Signal::SIGCHLD {
            // a child that already exited is reaped below
            let _ = nix::sys::signal::kill(child, sig);
            continue;
        }
        loop {
            match waitpid(Pid::from_raw(-1), Some(WaitPidFlag::WNOHANG)) {
                Ok(WaitStatus::StillAlive) | Err(_) => break,
                Ok(status) if status.pid() == Some(child) => {
                    if let Some(c) = super::proc::exit_code(status) {
                        sys::exit_now(c)
                    }
                }
                Ok(_) => continue,
            }
        }
    }
}
