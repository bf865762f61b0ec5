//! The mounts a container's record keeps of `-v`, `--mount`, `--tmpfs` and `--image-volume`
//! (`engine::mounts` parses and checks them; the spec mounts binds and tmpfs). One list in
//! [`super::ContainerConfig`], defaulted, so older records read.

use serde::{Deserialize, Serialize};

/// What a mount is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MountKind {
    /// a host path bound in
    Bind,
    /// a fresh tmpfs at each start
    Tmpfs,
    /// a devpts instance (`--mount type=devpts`)
    Devpts,
    /// a named volume (`source` its name) or an anonymous one (`source` empty): resolved to
    /// its data dir when volumes come
    Volume,
}

impl MountKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MountKind::Bind => "bind",
            MountKind::Tmpfs => "tmpfs",
            MountKind::Devpts => "devpts",
            MountKind::Volume => "volume",
        }
    }
}

/// One mount as given by the user, its options completed as podman does (`rw`, the
/// propagation, `rbind`, the source filesystem's nosuid/nodev/noexec, `tmpcopyup`): what
/// inspect shows and the spec gets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MountSpec {
    pub kind: MountKind,
    /// the absolute host path (bind), the volume's name (empty: anonymous), or the
    /// filesystem type (tmpfs, devpts)
    pub source: String,
    /// the absolute path inside the container
    pub destination: String,
    #[serde(default)]
    pub options: Vec<String>,
    /// made for one of the image's VOLUME entries (`--image-volume`), not asked for by the
    /// user: left out of inspect's user mounts, as podman does
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub from_image: bool,
}
