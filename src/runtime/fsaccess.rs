//! Reaching a container's filesystem from the host side (cp, export): a forked child whose
//! root directory is the container's, so every path it opens, symlinks included, resolves
//! inside the container. The host side stays in the parent, talking through a pipe.
#![allow(unsafe_code)]

use super::{mounts, Rootfs};
use nix::sched::{unshare, CloneFlags};
use nix::sys::wait::{waitpid, WaitStatus};
use nix::unistd::{fork, ForkResult, Pid};
use std::io::{Read, Write};
use std::os::fd::OwnedFd;

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
/// and then calls `wait`. The caller must be single-threaded.
pub fn spawn_in_container_root<F: FnOnce() -> Result<(), String>>(
    access: RootAccess,
    f: F,
) -> Result<RootChild, String> {
    let (err_r, err_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC)
        .map_err(|e| format!("creating a pipe: {e}"))?;
    // SAFETY: single-threaded caller (the CLI); the child runs ordinary code and exits.
    match unsafe { fork() }.map_err(|e| format!("fork: {e}"))? {
        ForkResult::Child => {
            drop(err_r);
            // never unwind in the child: it shares the parent's fds and would close them twice
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                enter(&access).and_then(|_| f())
            }))
            .unwrap_or_else(|_| Err("the copy process failed".into()));
            match r {
                Ok(()) => super::sys::exit_now(0),
                Err(e) => {
                    // the parent reports it: one error line, not one per process
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
    pub fn wait(self) -> Result<(), String> {
        // EOF once the child exited: the caller has drained or closed the data pipe, so the
        // child cannot be blocked on it
        let mut msg = String::new();
        let _ = std::fs::File::from(self.errors).read_to_string(&mut msg);
        loop {
            match waitpid(self.pid, None) {
                Ok(WaitStatus::Exited(_, 0)) => return Ok(()),
                Ok(WaitStatus::Exited(_, _)) if !msg.is_empty() => return Err(msg),
                Ok(WaitStatus::Exited(_, c)) => {
                    return Err(format!("the copy process failed with exit code {c}"))
                }
                Ok(WaitStatus::Signaled(_, s, _)) => {
                    return Err(format!("the copy process was killed by {s}"))
                }
                Ok(_) => continue,
                Err(nix::errno::Errno::EINTR) => continue,
                Err(e) => return Err(format!("waiting for the copy process: {e}")),
            }
        }
    }
}

/// Rootless, a running container's root is reachable (ptrace access to its init) only from
/// its own user namespace: join it, as root there, like exec. Nothing to do as root on the
/// host, where the container shares our user namespace.
fn join_user_namespace(pid: i32) -> Result<(), String> {
    use std::os::unix::fs::MetadataExt;
    let theirs = format!("/proc/{pid}/ns/user");
    let (Ok(a), Ok(b)) = (
        std::fs::metadata(&theirs),
        std::fs::metadata("/proc/self/ns/user"),
    ) else {
        return Err(format!("the container's process {pid} is gone"));
    };
    if a.ino() == b.ino() && a.dev() == b.dev() {
        return Ok(());
    }
    let ns = std::fs::File::open(&theirs).map_err(|e| format!("opening {theirs}: {e}"))?;
    // nothing in the container may ptrace this process, which holds host files open
    let _ = nix::sys::prctl::set_dumpable(false);
    nix::sched::setns(&ns, CloneFlags::CLONE_NEWUSER)
        .map_err(|e| format!("joining the container's user namespace: {e}"))?;
    nix::unistd::setresgid(0.into(), 0.into(), 0.into()).map_err(|e| format!("setgid: {e}"))?;
    nix::unistd::setresuid(0.into(), 0.into(), 0.into()).map_err(|e| format!("setuid: {e}"))?;
    Ok(())
}

fn enter(access: &RootAccess) -> Result<(), String> {
    let root = match access {
        RootAccess::Running(pid) => {
            join_user_namespace(*pid)?;
            format!("/proc/{pid}/root")
        }
        RootAccess::Stopped(rootfs) => {
            unshare(CloneFlags::CLONE_NEWNS)
                .map_err(|e| format!("creating a mount namespace: {e}"))?;
            let t = mounts::mount_rootfs(rootfs).map_err(|e| e.msg)?;
            t.display().to_string()
        }
    };
    nix::unistd::chroot(root.as_str())
        .map_err(|e| format!("entering the container's root: {e}"))?;
    nix::unistd::chdir("/").map_err(|e| format!("chdir: {e}"))?;
    Ok(())
}
