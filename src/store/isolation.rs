//! What a container's record keeps of run/create's isolation options (`engine::isolation`
//! checks them, `engine::spec` turns them into the runtime spec): namespaces shared or
//! private, the user namespace's mappings, the read-only rootfs, sysctls and the like. One
//! field of [`super::ContainerConfig`], every part defaulted, so older records read.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How one namespace (pid, ipc, uts, cgroup) is had.
#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq)]
#[serde(rename_all = "lowercase")]
pub enum NsMode {
    /// a new one of its own (the default)
    #[default]
    Private,
    /// the host's (none made)
    Host,
    /// another container's: its id; the path is found at each start
    Container(String),
    /// a namespace file (ns:PATH)
    Path(String),
    /// ipc only: a private namespace without /dev/shm
    None,
}

impl NsMode {
    pub fn is_private(&self) -> bool {
        matches!(self, NsMode::Private | NsMode::None)
    }
}

/// One line of a user namespace's uid or gid map.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub struct IdMapping {
    pub container: u32,
    pub host: u32,
    pub size: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq)]
#[serde(default)]
pub struct ContainerIsolation {
    pub pid: NsMode,
    pub ipc: NsMode,
    pub uts: NsMode,
    pub cgroupns: NsMode,
    /// --userns as given ("" for the default), for inspect
    pub userns: String,
    /// the container's own user namespace, made with these maps (empty: none of its own)
    pub uid_map: Vec<IdMapping>,
    pub gid_map: Vec<IdMapping>,
    /// --read-only, and its tmpfs on /run, /tmp and /var/tmp (--read-only-tmpfs)
    pub read_only: bool,
    pub read_only_tmpfs: bool,
    /// --sysctl
    pub sysctls: BTreeMap<String, String>,
    /// --shm-size in bytes; 0 for the default 64 MiB
    pub shm_size: u64,
    pub oom_score_adj: Option<i32>,
    /// --personality: LINUX or LINUX32
    pub personality: String,
    /// --group-add: numeric gids and group names resolved in the container
    pub group_add: Vec<String>,
    /// --group-add keep-groups: the caller's supplementary groups stay
    pub keep_groups: bool,
    /// --chrootdirs: directories whose etc/hosts and etc/resolv.conf rcon also provides
    pub chrootdirs: Vec<String>,
    /// --init-path: the init binary run as PID 1 with --init (rcon's own when empty)
    pub init_path: String,
    /// --rootfs: the directory used as the root filesystem instead of an image's layers
    pub rootfs: String,
    /// --rootfs DIR:O: an overlay over it, its changes kept in the container's upper dir
    pub rootfs_overlay: bool,
}

impl ContainerIsolation {
    /// The containers whose namespaces this one joins.
    pub fn joined_containers(&self) -> Vec<String> {
        let mut out: Vec<String> = vec![];
        for m in [&self.pid, &self.ipc, &self.uts, &self.cgroupns] {
            if let NsMode::Container(id) = m {
                if !out.contains(id) {
                    out.push(id.clone());
                }
            }
        }
        out
    }

    /// --userns keep-id: the user the container runs as by default, the caller's own ids.
    pub fn keep_id_user(&self) -> Option<String> {
        if !self.userns.starts_with("keep-id") {
            return None;
        }
        let inside = |map: &[IdMapping]| map.iter().find(|m| m.host == 0).map(|m| m.container);
        Some(format!(
            "{}:{}",
            inside(&self.uid_map)?,
            inside(&self.gid_map)?
        ))
    }
}
