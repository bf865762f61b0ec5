//! Running another process in a live container: join every namespace of its init (the user
//! namespace first when rootless), join its cgroup, then fork the process that execs, so it
//! is inside the pid namespace too. The caller must be single-threaded.
#![allow(unsafe_code)]

use super::init::{exec_process, prepare_process, Stdio};
use super::{sys_err, tty, user, StartError};
use nix::sched::{setns, CloneFlags};
use nix::unistd::{fork, ForkResult, Pid};
use oci_spec::runtime::Process;
use std::io::{Read, Write};
use std::os::fd::AsFd;
use std::os::unix::fs::MetadataExt;
use std::path::PathBuf;

pub struct ExecRequest<'a> {
    pub target_pid: i32,
    /// the container's cgroup files to write "0" into (cgroup::Cgroup::join_paths)
    pub cgroup_procs: Vec<PathBuf>,
    pub process: &'a Process,
    /// `-u` as given, resolved in the container
    pub user: &'a str,
    /// the filter, prepared (runtime::init::prepare_seccomp) before entering the container
    pub seccomp: Option<&'a super::seccomp::Prepared>,
    /// --preserve-fds: the caller's fds 3..3+N, inherited, stay open in the process
    pub preserve_fds: u32,
}

const ORDER: &[(&str, CloneFlags)] = &[
    ("cgroup", CloneFlags::CLONE_NEWCGROUP),
    ("ipc", CloneFlags::CLONE_NEWIPC),
    ("uts", CloneFlags::CLONE_NEWUTS),
    ("net", CloneFlags::CLONE_NEWNET),
    ("pid", CloneFlags::CLONE_NEWPID),
    // last but the container's own user namespace: after it, paths are the container's
    ("mnt", CloneFlags::CLONE_NEWNS),
];

/// The container's cgroup files, opened before we left the host's mount namespace.
pub struct Joined {
    cgroup_files: Vec<std::fs::File>,
}

fn same_ns(a: &std::fs::File, mine: &str) -> bool {
    match (a.metadata(), std::fs::metadata(mine)) {
        (Ok(a), Ok(b)) => a.ino() == b.ino() && a.dev() == b.dev(),
        _ => false,
    }
}

/// The user namespace that owns namespace `ns` (ioctl NS_GET_USERNS).
fn owner_userns(ns: &std::fs::File) -> Result<std::fs::File, StartError> {
    use std::os::fd::{AsRawFd, FromRawFd};
    const NS_GET_USERNS: libc::c_ulong = 0xb701;
    // SAFETY: the ioctl takes no argument and returns a new fd or -1.
    let fd = unsafe { libc::ioctl(ns.as_raw_fd(), NS_GET_USERNS as _) };
    if fd < 0 {
        return Err(sys_err("finding the owner of the container's namespaces")(
            nix::errno::Errno::last(),
        ));
    }
    // SAFETY: a fresh fd that we own.
    Ok(unsafe { std::fs::File::from_raw_fd(fd) })
}

fn join_userns(f: &std::fs::File) -> Result<(), StartError> {
    setns(f.as_fd(), CloneFlags::CLONE_NEWUSER)
        .map_err(sys_err("joining the container's user namespace"))?;
    nix::unistd::setresgid(0.into(), 0.into(), 0.into()).map_err(sys_err("setgid"))?;
    nix::unistd::setresuid(0.into(), 0.into(), 0.into()).map_err(sys_err("setuid"))?;
    Ok(())
}

/// Enter the container's namespaces: this process, for good. First the user namespace that
/// owns them (rootless: rcon's), then each, the mount namespace last of those; then the
/// container's own user namespace if it has one (--userns, --uidmap), made after its mounts.
pub fn enter(req: &ExecRequest) -> Result<Joined, StartError> {
    let open = |name: &str| -> Result<std::fs::File, StartError> {
        std::fs::File::open(format!("/proc/{}/ns/{name}", req.target_pid)).map_err(|_| {
            StartError::engine(format!(
                "the container's process {} is gone",
                req.target_pid
            ))
        })
    };
    let theirs_user = open("user")?;
    let mnt = open("mnt")?;
    let owner = owner_userns(&mnt)?;
    let mut fds = vec![];
    for (name, flag) in ORDER {
        fds.push((open(name)?, *flag));
    }
    let cgroup_files: Vec<std::fs::File> = req
        .cgroup_procs
        .iter()
        .filter_map(|p| std::fs::OpenOptions::new().write(true).open(p).ok())
        .collect();
    // PR_SET_DUMPABLE 0 cannot fail: nothing to report
    let _ = nix::sys::prctl::set_dumpable(false);
    if !same_ns(&owner, "/proc/self/ns/user") {
        join_userns(&owner)?;
    }
    let own_user = !same_ns(&theirs_user, "/proc/self/ns/user");
    for (f, flag) in &fds {
        let name = ORDER
            .iter()
            .find(|o| o.1 == *flag)
            .map(|o| o.0)
            .unwrap_or("");
        if same_ns(f, &format!("/proc/self/ns/{name}")) {
            continue;
        }
        setns(f.as_fd(), *flag)
            .map_err(sys_err(format!("joining the container's {name} namespace")))?;
    }
    if own_user {
        join_userns(&theirs_user)?;
    }
    drop(fds);
    Ok(Joined { cgroup_files })
}

/// Start the process (after `enter`). Returns the child's pid; its start errors come back
/// through the report pipe.
pub fn spawn(req: &ExecRequest, joined: Joined, stdio: &Stdio) -> Result<Pid, StartError> {
    let cgroup_files = joined.cgroup_files;
    let (report_r, report_w) =
        nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).map_err(sys_err("pipe"))?;
    // SAFETY: the caller is single-threaded.
    match unsafe { fork() }.map_err(sys_err("fork"))? {
        ForkResult::Child => {
            drop(report_r);
            let err = match child(req, stdio, &cgroup_files) {
                Ok(never) => match never {},
                Err(e) => e,
            };
            // the parent sees EOF and our exit code if the report cannot be written
            let _ = std::fs::File::from(report_w).write_all(&err.encode());
            super::sys::exit_now(err.code);
        }
        ForkResult::Parent { child } => {
            drop(report_w);
            drop(cgroup_files);
            let mut msg = vec![];
            // a read error reads as EOF: exec happened, and the caller waits for the child
            let _ = std::fs::File::from(report_r).read_to_end(&mut msg);
            if !msg.is_empty() {
                // reap the child that failed; it exits right after its report
                let _ = nix::sys::wait::waitpid(child, None);
                return Err(StartError::decode(&msg));
            }
            Ok(child)
        }
    }
}

fn child(
    req: &ExecRequest,
    stdio: &Stdio,
    cgroups: &[std::fs::File],
) -> Result<super::init::NeverExec, StartError> {
    // "0": this process, which is single-threaded (see cgroup::Join)
    for mut f in cgroups {
        f.write_all(b"0")
            .map_err(|e| StartError::engine(format!("joining the container's cgroup: {e}")))?;
    }
    // a session of its own, always: in the caller's, it could open /dev/tty (the caller's
    // terminal) and inject input into the caller's shell with TIOCSTI
    nix::unistd::setsid().map_err(sys_err("setsid"))?;
    for (from, to) in [(stdio.stdin, 0), (stdio.stdout, 1), (stdio.stderr, 2)] {
        if from != to {
            nix::unistd::dup2(from, to).map_err(sys_err("setting up stdio"))?;
        }
    }
    if stdio.tty {
        tty::make_controlling(0).map_err(sys_err("making the terminal controlling"))?;
    }
    let u = user::resolve(req.user)?;
    let mut env = req.process.env().clone().unwrap_or_default();
    if !env.iter().any(|e| e.starts_with("HOME=")) {
        env.push(format!(
            "HOME={}",
            u.home.clone().unwrap_or_else(|| "/".into())
        ));
    }
    let nnp = req.process.no_new_privileges().unwrap_or(false);
    let late = super::init::early_seccomp(req.seccomp, nnp)?;
    prepare_process(req.process, &u)?;
    let args = req.process.args().clone().unwrap_or_default();
    // inherited from the caller at their numbers already
    let preserved: Vec<std::os::fd::RawFd> = (3..3 + req.preserve_fds as i32).collect();
    let tail = super::init::ExecTail {
        seccomp: late,
        no_new_privs: nnp,
        init: false,
        preserved: &preserved,
    };
    exec_process(&args, &env, &tail)
}

/// A pty in the container's own devpts: call after `enter`.
pub fn container_pty() -> Result<tty::Pty, StartError> {
    let master = nix::fcntl::open(
        "/dev/ptmx",
        nix::fcntl::OFlag::O_RDWR | nix::fcntl::OFlag::O_NOCTTY | nix::fcntl::OFlag::O_CLOEXEC,
        nix::sys::stat::Mode::empty(),
    )
    .map_err(sys_err("opening the container's /dev/ptmx"))?;
    // SAFETY: open returned a fresh fd.
    let master = unsafe { <std::os::fd::OwnedFd as std::os::fd::FromRawFd>::from_raw_fd(master) };
    // the slave through the master, not through a path in the container
    let slave = tty::peer(&master).map_err(sys_err("opening the pty peer"))?;
    Ok(tty::Pty { master, slave })
}
