//! Reaching a container's filesystem from the host side (cp, export): a forked child whose
//! root directory is the container's, so every path it opens, symlinks included, resolves
//! inside the container. The host side stays in the parent, talking through a pipe.
#![allow(unsafe_code)]

use super::{mounts, Rootfs};
use nix::errno::Errno;
use nix::sched::{unshare, CloneFlags};
use nix::sys::wait::{waitpid, WaitStatus};
use nix::unistd::{fork, ForkResult, Pid};
use std::io::{Read, Write};
use std::os::fd::OwnedFd;

/// Reaching the container's root failed, in the parent or (sent back as text) in the child.
#[derive(Debug, thiserror::Error)]
pub enum FsAccessError {
    #[error("creating a pipe: {0}")]
    Pipe(Errno),
    #[error("fork: {0}")]
    Fork(Errno),
    /// what the child reported: its own error, or one of the others below, as text
    #[error("{0}")]
    Child(String),
    #[error("the copy process failed")]
    Panicked,
    #[error("the copy process failed with exit code {0}")]
    ExitCode(i32),
    #[error("the copy process was killed by {0}")]
    Killed(nix::sys::signal::Signal),
    #[error("waiting for the copy process: {0}")]
    Wait(Errno),
    #[error("the container's process {0} is gone")]
    Gone(i32),
    #[error("opening {path}: {error}")]
    OpenNs { path: String, error: std::io::Error },
    #[error("joining the container's user namespace: {0}")]
    JoinUserns(Errno),
    /// setuid or setgid to root in the container's user namespace
    #[error("{call}: {error}")]
    SetId { call: &'static str, error: Errno },
    #[error("creating a mount namespace: {0}")]
    MountNs(Errno),
    #[error("{0}")]
    Rootfs(super::StartError),
    #[error("entering the container's root: {0}")]
    Chroot(Errno),
    #[error("chdir: {0}")]
    Chdir(Errno),
}

pub enum RootAccess<'a> {
    /// a running container: its init's root, through /proc/PID/root
    Running(i32),
    /// a stopped one: mount its rootfs in a private mount namespace
    Stopped(&'a Rootfs),
}

/// The chrooted child; `wait` for it once the data pipe is drained or closed.
pub struct RootChild {
    pid: Pid,
    /// read end of the pipe on which the child reports why it failed
    errors: OwnedFd,
}

/// Start `f` in a child chrooted into the container; the caller does its side of the work
/// and then calls `wait`. The caller must be single-threaded. `f`'s error is what `wait`
/// reports.
pub fn spawn_in_container_root<F, E>(access: RootAccess, f: F) -> Result<RootChild, FsAccessError>
where
    F: FnOnce() -> Result<(), E>,
    E: std::fmt::Display,
{
    let (err_r, err_w) =
        nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).map_err(FsAccessError::Pipe)?;
    // SAFETY: single-threaded caller (the CLI); the child runs ordinary code and exits.
    match unsafe { fork() }.map_err(FsAccessError::Fork)? {
        ForkResult::Child => {
            drop(err_r);
            // never unwind in the child: it shares the parent's fds and would close them twice
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                enter(&access)
                    .map_err(|e| e.to_string())
                    .and_then(|_| f().map_err(|e| e.to_string()))
            }))
            .unwrap_or_else(|_| Err(FsAccessError::Panicked.to_string()));
            match r {
                Ok(()) => super::sys::exit_now(0),
                Err(e) => {
                    // the parent reports it: one error line, not one per process; if the
                    // pipe fails, the parent still reports the exit code
                    let _ = std::fs::File::from(err_w).write_all(e.as_bytes());
                    super::sys::exit_now(125)
                }
            }
        }
        ForkResult::Parent { child } => Ok(RootChild {
            pid: child,
            errors: err_r,
        }),
    }
}

impl RootChild {
    /// Wait for the child; Err with its reason when it failed.
    pub fn wait(self) -> Result<(), FsAccessError> {
        // EOF once the child exited: the caller has drained or closed the data pipe, so the
        // child cannot be blocked on it
        let mut msg = String::new();
        // a message that cannot be read leaves the exit code to report
        let _ = std::fs::File::from(self.errors).read_to_string(&mut msg);
        loop {
            match waitpid(self.pid, None) {
                Ok(WaitStatus::Exited(_, 0)) => return Ok(()),
                Ok(WaitStatus::Exited(_, _)) if !msg.is_empty() => {
                    return Err(FsAccessError::Child(msg))
                }
                Ok(WaitStatus::Exited(_, c)) => return Err(FsAccessError::ExitCode(c)),
                Ok(WaitStatus::Signaled(_, s, _)) => return Err(FsAccessError::Killed(s)),
                Ok(_) => continue,
                Err(Errno::EINTR) => continue,
                Err(e) => return Err(FsAccessError::Wait(e)),
            }
        }
    }
}

/// Rootless, a running container's root is reachable (ptrace access to its init) only from
/// its own user namespace: join it, as root there, like exec. Nothing to do as root on the
/// host, where the container shares our user namespace.
fn join_user_namespace(pid: i32) -> Result<(), FsAccessError> {
    use std::os::unix::fs::MetadataExt;
    let theirs = format!("/proc/{pid}/ns/user");
    let (Ok(a), Ok(b)) = (
        std::fs::metadata(&theirs),
        std::fs::metadata("/proc/self/ns/user"),
    ) else {
        return Err(FsAccessError::Gone(pid));
    };
    if a.ino() == b.ino() && a.dev() == b.dev() {
        return Ok(());
    }
    let ns = std::fs::File::open(&theirs).map_err(|error| FsAccessError::OpenNs {
        path: theirs.clone(),
        error,
    })?;
    // nothing in the container may ptrace this process, which holds host files open (it
    // cannot fail for PR_SET_DUMPABLE 0)
    let _ = nix::sys::prctl::set_dumpable(false);
    nix::sched::setns(&ns, CloneFlags::CLONE_NEWUSER).map_err(FsAccessError::JoinUserns)?;
    let set_id = |call| move |error| FsAccessError::SetId { call, error };
    nix::unistd::setresgid(0.into(), 0.into(), 0.into()).map_err(set_id("setgid"))?;
    nix::unistd::setresuid(0.into(), 0.into(), 0.into()).map_err(set_id("setuid"))?;
    Ok(())
}

fn enter(access: &RootAccess) -> Result<(), FsAccessError> {
    let root = match access {
        RootAccess::Running(pid) => {
            join_user_namespace(*pid)?;
            format!("/proc/{pid}/root")
        }
        RootAccess::Stopped(rootfs) => {
            unshare(CloneFlags::CLONE_NEWNS).map_err(FsAccessError::MountNs)?;
            let t = mounts::mount_rootfs(rootfs).map_err(FsAccessError::Rootfs)?;
            t.display().to_string()
        }
    };
    nix::unistd::chroot(root.as_str()).map_err(FsAccessError::Chroot)?;
    nix::unistd::chdir("/").map_err(FsAccessError::Chdir)?;
    Ok(())
}
