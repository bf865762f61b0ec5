//! Reaching a container's filesystem from the host side (cp, export): a forked child whose
//! root directory is the container's, so every path it opens, symlinks included, resolves
//! inside the container. The host side stays in the parent, talking through a pipe.
#![allow(unsafe_code)]

use super::{mounts, Rootfs};
use nix::sched::{unshare, CloneFlags};
use nix::sys::wait::{waitpid, WaitStatus};
use nix::unistd::{fork, ForkResult, Pid};

pub enum RootAccess<'a> {
    /// a running container: its init's root, through /proc/PID/root
    Running(i32),
    /// a stopped one: mount its rootfs in a private mount namespace
    Stopped(&'a Rootfs),
}

/// Start `f` in a child chrooted into the container; the caller does its side of the work
/// and then calls `wait`. The caller must be single-threaded.
pub fn spawn_in_container_root<F: FnOnce() -> Result<(), String>>(
    access: RootAccess,
    f: F,
) -> Result<Pid, String> {
    // SAFETY: single-threaded caller (the CLI); the child runs ordinary code and exits.
    match unsafe { fork() }.map_err(|e| format!("fork: {e}"))? {
        ForkResult::Child => {
            // never unwind in the child: it shares the parent's fds and would close them twice
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                enter(&access).and_then(|_| f())
            }))
            .unwrap_or_else(|_| Err("the copy process failed".into()));
            match r {
                Ok(()) => super::sys::exit_now(0),
                Err(e) => {
                    eprintln!("Error: {e}");
                    super::sys::exit_now(125)
                }
            }
        }
        ForkResult::Parent { child } => Ok(child),
    }
}

/// Wait for the child; Err(empty) when it failed and already said why on stderr.
pub fn wait(child: Pid) -> Result<(), String> {
    loop {
        match waitpid(child, None) {
            Ok(WaitStatus::Exited(_, 0)) => return Ok(()),
            Ok(WaitStatus::Exited(_, _)) => return Err(String::new()),
            Ok(WaitStatus::Signaled(_, s, _)) => {
                return Err(format!("the copy process was killed by {s}"))
            }
            Ok(_) => continue,
            Err(nix::errno::Errno::EINTR) => continue,
            Err(e) => return Err(format!("waiting for the copy process: {e}")),
        }
    }
}

fn enter(access: &RootAccess) -> Result<(), String> {
    let root = match access {
        RootAccess::Running(pid) => format!("/proc/{pid}/root"),
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
