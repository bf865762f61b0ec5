//! Persistent and runtime state: paths, locks, atomic JSON records.
//!
//! Everything rcon remembers lives here as small JSON files, written by
//! temp-file + fsync + rename + directory fsync, and changed only under a
//! per-object lock. No module below `engine/` reads these files directly.

pub mod atomic;
pub mod container;
pub mod events;
pub mod extras;
pub mod isolation;
pub mod lock;
pub mod mounts;
pub mod names;
pub mod paths;
pub mod volume;

pub use atomic::{read_json, write_json_atomic, write_json_volatile};
pub use container::{
    ContainerConfig, ContainerRecord, ContainerState, ContainerStatus, ContainerStore,
    ContainerSummary, Damaged, HasState, StartedProcess,
};
pub use extras::{ContainerExtras, HostUser};
pub use isolation::{ContainerIsolation, IdMapping, NsMode};
pub use lock::FileLock;
pub use mounts::{MountKind, MountSpec};
pub use paths::StorePaths;
pub use volume::{VolumeRecord, VolumeStore};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    // the cause is part of the message, not a separate source: printed once
    #[error("{path}: {err}")]
    Io { path: String, err: std::io::Error },
    #[error("{path}: no space left on device: free space on its filesystem, then try again")]
    NoSpace { path: String },
    #[error("{path}: corrupt record: {err}")]
    Corrupt {
        path: String,
        err: serde_json::Error,
    },
    #[error("no container with name or ID \"{0}\" found: no such container")]
    NoSuchContainer(String),
    #[error("more than one container matches \"{0}\": give more of the id or the name")]
    Ambiguous(String),
    #[error("the container name \"{name}\" is already in use by {id}. You have to remove that container to be able to reuse that name: that name is already in use")]
    NameInUse { name: String, id: String },
    #[error("invalid container name \"{0}\": names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*")]
    BadName(String),
    #[error("no volume with name \"{0}\" found: no such volume")]
    NoSuchVolume(String),
    #[error("volume with name {0} already exists: volume already exists")]
    VolumeExists(String),
    #[error("more than one result for volume name {0}: volume already exists")]
    AmbiguousVolume(String),
    #[error(
        "volume {name} is being used by the following container(s): {users}: volume is being used"
    )]
    VolumeInUse { name: String, users: String },
    /// podman's words (the name is not in them)
    #[error("running volume create option: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*: invalid argument")]
    BadVolumeName(String),
}

pub type Result<T> = std::result::Result<T, StoreError>;

pub(crate) fn io_err(path: &std::path::Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |err| match err.raw_os_error() {
        Some(libc::ENOSPC) | Some(libc::EDQUOT) => StoreError::NoSpace {
            path: path.display().to_string(),
        },
        _ => StoreError::Io {
            path: path.display().to_string(),
            err,
        },
    }
}
