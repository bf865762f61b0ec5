//! The low level: given an OCI runtime `Spec` and a rootfs, create namespaces, mount the
//! rootfs, apply the security settings and exec the process. Knows nothing of the store.

pub mod caps;
pub mod cgroup;
pub mod exec;
pub mod fsaccess;
pub mod init;
pub mod isolation;
pub mod mounts;
pub mod net;
pub mod passwd;
pub mod proc;
pub mod seccomp;
pub mod sys;
pub mod tree;
pub mod tty;
pub mod user;
pub mod userns;

use oci_spec::runtime::{Mount, Spec};
use std::path::{Path, PathBuf};

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

/// The options of the rootfs mount in a spec (see [`Rootfs::spec_mount`]).
const UPPERDIR: &str = "upperdir=";
const WORKDIR: &str = "workdir=";
/// one per lower dir, top first: a path may hold any character but a NUL, `:` included
const LOWERDIR: &str = "lowerdir+=";

impl Rootfs {
    /// How the spec carries the rootfs: `root.path` is where it is mounted (overlay) or the
    /// directory itself; an overlay adds a mount on `/`, its directories in its options, which
    /// the runtime mounts on `root.path` before the other mounts.
    pub fn root_path(&self) -> &Path {
        match self {
            Rootfs::Overlay { target, .. } => target,
            Rootfs::Dir(dir) => dir,
        }
    }

    /// The spec's mount on `/`, for an overlay (see [`Rootfs::root_path`]).
    pub fn spec_mount(&self) -> Option<Mount> {
        let Rootfs::Overlay {
            lower,
            upper,
            work,
            userxattr,
            volatile,
            ..
        } = self
        else {
            return None;
        };
        let mut options = vec![
            format!("{UPPERDIR}{}", upper.display()),
            format!("{WORKDIR}{}", work.display()),
        ];
        options.extend(lower.iter().map(|l| format!("{LOWERDIR}{}", l.display())));
        if *userxattr {
            options.push("userxattr".to_string());
        }
        if *volatile {
            options.push("volatile".to_string());
        }
        let mut m = Mount::default();
        m.set_destination(PathBuf::from("/"))
            .set_typ(Some("overlay".to_string()))
            .set_source(Some(PathBuf::from("overlay")))
            .set_options(Some(options));
        Some(m)
    }

    /// The rootfs a spec describes (see [`Rootfs::root_path`]).
    pub fn from_spec(spec: &Spec) -> Result<Rootfs, StartError> {
        let root = spec
            .root()
            .as_ref()
            .ok_or_else(|| StartError::engine("the spec has no root"))?
            .path()
            .clone();
        let Some(m) = spec.mounts().iter().flatten().find(|m| is_rootfs_mount(m)) else {
            return Ok(Rootfs::Dir(root));
        };
        let (mut lower, mut upper, mut work) = (vec![], None, None);
        let (mut userxattr, mut volatile) = (false, false);
        for o in m.options().iter().flatten() {
            if let Some(p) = o.strip_prefix(LOWERDIR) {
                lower.push(PathBuf::from(p));
            } else if let Some(p) = o.strip_prefix(UPPERDIR) {
                upper = Some(PathBuf::from(p));
            } else if let Some(p) = o.strip_prefix(WORKDIR) {
                work = Some(PathBuf::from(p));
            } else if o == "userxattr" {
                userxattr = true;
            } else if o == "volatile" {
                volatile = true;
            }
        }
        let (Some(upper), Some(work)) = (upper, work) else {
            return Err(StartError::engine(
                "the spec's overlay rootfs has no upperdir or workdir",
            ));
        };
        Ok(Rootfs::Overlay {
            lower,
            upper,
            work,
            target: root,
            userxattr,
            volatile,
        })
    }
}

/// Whether `m` is the spec's rootfs (an overlay on `/`), which is mounted first, on its own.
pub fn is_rootfs_mount(m: &Mount) -> bool {
    m.destination() == Path::new("/") && m.typ().as_deref() == Some("overlay")
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
