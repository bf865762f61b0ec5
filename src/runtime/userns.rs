//! Rootless: every invocation that touches the store runs in a user namespace with the same
//! mapping (root → the user, 1.. → the user's /etc/subuid range), so files written by one
//! invocation keep their owners for the next. Must run while the process is single-threaded.
#![allow(unsafe_code)]

use nix::errno::Errno;
use nix::sched::{unshare, CloneFlags};
use nix::unistd::{fork, ForkResult, Pid};
use std::io::{Read, Write};
use std::sync::atomic::{AtomicI32, Ordering};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SubIds {
    pub start: u32,
    pub count: u32,
}

/// The first range for `user`/`uid` in an /etc/subuid-style file.
pub fn subids(file: &str, user: &str, uid: u32) -> Option<SubIds> {
    let data = std::fs::read_to_string(file).ok()?;
    data.lines().find_map(|l| {
        let f: Vec<&str> = l.trim().split(':').collect();
        if f.len() == 3 && (f[0] == user || f[0] == uid.to_string()) {
            Some(SubIds {
                start: f[1].parse().ok()?,
                count: f[2].parse().ok()?,
            })
        } else {
            None
        }
    })
}

pub fn user_name(uid: u32) -> String {
    nix::unistd::User::from_uid(nix::unistd::Uid::from_raw(uid))
        .ok()
        .flatten()
        .map(|u| u.name)
        .unwrap_or_else(|| uid.to_string())
}

/// True when this process is already in a user namespace other than the initial one.
pub fn in_child_userns() -> bool {
    std::fs::read_to_string("/proc/self/uid_map")
        .map(|m| m.split_whitespace().collect::<Vec<_>>() != ["0", "0", "4294967295"])
        .unwrap_or(false)
}

static CHILD: AtomicI32 = AtomicI32::new(0);

extern "C" fn forward(sig: libc::c_int) {
    let pid = CHILD.load(Ordering::Relaxed);
    if pid > 0 {
        // SAFETY: kill is async-signal-safe.
        unsafe { libc::kill(pid, sig) };
    }
}

/// Entering the user namespace failed.
#[derive(Debug, thiserror::Error)]
pub enum UsernsError {
    #[error("pipe: {0}")]
    Pipe(Errno),
    #[error("fork: {0}")]
    Fork(Errno),
    #[error("joining the user namespace of a running container: {0}")]
    Join(Errno),
    #[error("creating a user namespace: {0} (are unprivileged user namespaces enabled? sysctl kernel.unprivileged_userns_clone / user.max_user_namespaces)")]
    Unshare(Errno),
    /// telling the parent that the namespace is there, for newuidmap
    #[error("sync: {0}")]
    Sync(std::io::Error),
    #[error("newuidmap/newgidmap failed to set up the user namespace: check /etc/subuid and /etc/subgid")]
    Helpers,
    /// setgroups, uid_map or gid_map of the single-id mapping
    #[error("writing {file}: {error}")]
    Map {
        file: &'static str,
        error: std::io::Error,
    },
    /// setuid or setgid to root in the namespace
    #[error("{call} in user namespace: {error}")]
    SetId { call: &'static str, error: Errno },
}

/// How the mapping went, for the one-time notice.
pub enum Mapped {
    SubIds,
    SingleUser,
}

/// Enter a new user namespace. Returns in the child, now uid 0 there; the original process
/// stays outside, waits, and exits with the child's status (forwarding termination signals).
pub fn enter(
    uid: u32,
    gid: u32,
    subuid: Option<SubIds>,
    subgid: Option<SubIds>,
) -> Result<Mapped, UsernsError> {
    let (ready_r, ready_w) = nix::unistd::pipe().map_err(UsernsError::Pipe)?;
    let (go_r, go_w) = nix::unistd::pipe().map_err(UsernsError::Pipe)?;
    let use_helpers = subuid.is_some()
        && subgid.is_some()
        && helper_exists("newuidmap")
        && helper_exists("newgidmap");
    // SAFETY: we are single-threaded (called first thing in main).
    match unsafe { fork() }.map_err(UsernsError::Fork)? {
        ForkResult::Child => {
            drop(ready_r);
            drop(go_w);
            unshare(CloneFlags::CLONE_NEWUSER).map_err(UsernsError::Unshare)?;
            let mapped = if use_helpers {
                std::fs::File::from(ready_w)
                    .write_all(b"1")
                    .map_err(UsernsError::Sync)?;
                let mut b = [0u8; 1];
                let n = std::fs::File::from(go_r).read(&mut b).unwrap_or(0);
                if n != 1 || b[0] != b'1' {
                    return Err(UsernsError::Helpers);
                }
                Mapped::SubIds
            } else {
                drop(ready_w);
                drop(go_r);
                let map = |file: &'static str, data: String| {
                    std::fs::write(format!("/proc/self/{file}"), data)
                        .map_err(|error| UsernsError::Map { file, error })
                };
                map("setgroups", "deny".to_string())?;
                map("uid_map", format!("0 {uid} 1"))?;
                map("gid_map", format!("0 {gid} 1"))?;
                Mapped::SingleUser
            };
            nix::unistd::setresgid(0.into(), 0.into(), 0.into()).map_err(|error| {
                UsernsError::SetId {
                    call: "setgid",
                    error,
                }
            })?;
            nix::unistd::setresuid(0.into(), 0.into(), 0.into()).map_err(|error| {
                UsernsError::SetId {
                    call: "setuid",
                    error,
                }
            })?;
            Ok(mapped)
        }
        ForkResult::Parent { child } => {
            drop(ready_w);
            drop(go_r);
            CHILD.store(child.as_raw(), Ordering::Relaxed);
            // SAFETY: installing plain handlers; forward() only calls kill.
            unsafe {
                for s in [libc::SIGTERM, libc::SIGHUP, libc::SIGUSR1, libc::SIGUSR2] {
                    libc::signal(s, forward as *const () as libc::sighandler_t);
                }
                // the terminal sends these to the whole process group: the child gets its own
                libc::signal(libc::SIGINT, libc::SIG_IGN);
                libc::signal(libc::SIGQUIT, libc::SIG_IGN);
                libc::signal(libc::SIGTSTP, libc::SIG_IGN);
            }
            if use_helpers {
                let mut b = [0u8; 1];
                let mut r = std::fs::File::from(ready_r);
                if r.read(&mut b).unwrap_or(0) == 1 {
                    let ok = map_with("newuidmap", child, uid, subuid.unwrap())
                        && map_with("newgidmap", child, gid, subgid.unwrap());
                    // a child that is gone reads EOF, which it takes for "failed", as it is
                    let _ = std::fs::File::from(go_w).write_all(if ok { b"1" } else { b"0" });
                }
            } else {
                drop(ready_r);
                drop(go_w);
            }
            std::process::exit(super::proc::wait_exit_code(child));
        }
    }
}

/// Join the user namespace of `pid` (ours, as its owner) and become its root: the
/// namespace of another rcon invocation, whose containers' namespaces a new one shares.
pub fn join(pid: i32) -> Result<(), UsernsError> {
    let f =
        std::fs::File::open(format!("/proc/{pid}/ns/user")).map_err(|error| UsernsError::Map {
            file: "the other container's user namespace",
            error,
        })?;
    nix::sched::setns(&f, CloneFlags::CLONE_NEWUSER).map_err(UsernsError::Join)?;
    nix::unistd::setresgid(0.into(), 0.into(), 0.into()).map_err(|error| UsernsError::SetId {
        call: "setgid",
        error,
    })?;
    nix::unistd::setresuid(0.into(), 0.into(), 0.into()).map_err(|error| UsernsError::SetId {
        call: "setuid",
        error,
    })?;
    Ok(())
}

fn helper_exists(name: &str) -> bool {
    ["/usr/bin", "/bin", "/usr/sbin", "/sbin", "/usr/local/bin"]
        .iter()
        .any(|d| std::path::Path::new(d).join(name).exists())
}

fn map_with(helper: &str, pid: Pid, own: u32, sub: SubIds) -> bool {
    let out = std::process::Command::new(helper)
        .args([
            pid.to_string(),
            "0".into(),
            own.to_string(),
            "1".into(),
            "1".into(),
            sub.start.to_string(),
            sub.count.to_string(),
        ])
        .output();
    match out {
        Ok(o) if o.status.success() => true,
        Ok(o) => {
            eprintln!(
                "rcon: {helper}: {}",
                String::from_utf8_lossy(&o.stderr).trim()
            );
            false
        }
        Err(e) => {
            eprintln!("rcon: running {helper}: {e}");
            false
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn parse_subids() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("subuid");
        std::fs::write(&p, "alice:100000:65536\n1001:200000:1000\n").unwrap();
        let f = p.to_str().unwrap();
        assert_eq!(
            super::subids(f, "alice", 1000),
            Some(super::SubIds {
                start: 100000,
                count: 65536
            })
        );
        assert_eq!(
            super::subids(f, "bob", 1001),
            Some(super::SubIds {
                start: 200000,
                count: 1000
            })
        );
        assert_eq!(super::subids(f, "carol", 1002), None);
    }
}
