//! The low level: given an OCI runtime `Spec` and a rootfs, create namespaces, mount the
//! rootfs, apply the security settings and exec the process. Knows nothing of the store.

pub mod caps;
pub mod cgroup;
pub mod exec;
pub mod fsaccess;
pub mod init;
pub mod mounts;
pub mod net;
pub mod proc;
pub mod seccomp;
pub mod sys;
pub mod tty;
pub mod user;
pub mod userns;

use std::path::PathBuf;

/// What the container's `/` is made of.
#[derive(Debug, Clone)]
pub enum Rootfs {
    /// overlay of read-only layer dirs (top first) under a writable upper dir
    Overlay {
        lower: Vec<PathBuf>,
        upper: PathBuf,
        work: PathBuf,
        target: PathBuf,
        /// overlay's `userxattr` option, needed inside a user namespace
        userxattr: bool,
        /// overlay's `volatile` option (no syncs of the upper dir, none at unmount either): for
        /// `--rm` containers, whose writes die with them, as podman does
        volatile: bool,
    },
    /// an existing directory (the copy fallback), bind-mounted
    Dir(PathBuf),
}

/// A start failure, with the exit code `run` reports for it (125 engine, 126 cannot execute,
/// 127 not found).
#[derive(Debug, Clone, thiserror::Error)]
#[error("{msg}")]
pub struct StartError {
    pub code: i32,
    pub msg: String,
}

impl StartError {
    pub fn new(code: i32, msg: impl Into<String>) -> StartError {
        StartError {
            code,
            msg: msg.into(),
        }
    }
    pub fn engine(msg: impl Into<String>) -> StartError {
        StartError::new(125, msg)
    }
    /// encode for the report pipe: "<code>\n<message>"
    pub fn encode(&self) -> Vec<u8> {
        format!("{}\n{}", self.code, self.msg).into_bytes()
    }
    pub fn decode(data: &[u8]) -> StartError {
        let s = String::from_utf8_lossy(data);
        match s.split_once('\n') {
            Some((c, m)) => StartError::new(c.parse().unwrap_or(125), m),
            None => StartError::engine(s.to_string()),
        }
    }
}

/// Errno with what we were doing, for one-line messages.
pub fn sys_err(what: impl std::fmt::Display) -> impl FnOnce(nix::errno::Errno) -> StartError {
    move |e| StartError::engine(format!("{what}: {}", e.desc().to_lowercase()))
}
