//! Where things live, rootful and rootless (see docs/ARCHITECTURE.md): the store's two roots
//! as flags, the configuration file or the defaults name them, and every path below them.

use super::{io_err, ContainerRecord, Result};
use crate::runtime::Rootfs;
use std::fs;
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct StorePaths {
    /// persistent state: images, layers, containers
    pub root: PathBuf,
    /// runtime state: sockets, exit files (tmpfs in the defaults)
    pub runroot: PathBuf,
    /// true when rcon runs for an unprivileged user inside its own user namespace
    pub rootless: bool,
    /// `--events-backend none`: no event is written (`store::events`)
    pub no_events: bool,
}

impl StorePaths {
    pub fn new(root: PathBuf, runroot: PathBuf, rootless: bool) -> StorePaths {
        StorePaths {
            root,
            runroot,
            rootless,
            no_events: false,
        }
    }

    /// The store of this user: `root` and `runroot` as given (the global flags), else as the
    /// configuration file says, else /var/lib/rcon and /run/rcon for root and the XDG
    /// directories for anyone else.
    pub fn resolve(root: Option<PathBuf>, runroot: Option<PathBuf>) -> StorePaths {
        let rootless = !nix::unistd::geteuid().is_root();
        let (cfg_root, cfg_runroot) = config_paths();
        let uid = nix::unistd::getuid().as_raw();
        let root = root.or(cfg_root).unwrap_or_else(|| {
            if rootless {
                std::env::var_os("XDG_DATA_HOME")
                    .map(PathBuf::from)
                    .or_else(|| home().map(|h| h.join(".local/share")))
                    .unwrap_or_else(|| PathBuf::from("."))
                    .join("rcon")
            } else {
                PathBuf::from("/var/lib/rcon")
            }
        });
        let runroot = match runroot.or(cfg_runroot) {
            Some(r) => r,
            None if !rootless => PathBuf::from("/run/rcon"),
            None => {
                let xdg = std::env::var_os("XDG_RUNTIME_DIR")
                    .map(PathBuf::from)
                    .filter(|p| p.is_dir());
                let run_user = PathBuf::from(format!("/run/user/{uid}"));
                match xdg.or_else(|| {
                    nix::unistd::access(&run_user, nix::unistd::AccessFlags::W_OK)
                        .is_ok()
                        .then_some(run_user)
                }) {
                    Some(d) => d.join("rcon"),
                    // no runtime dir (a su session): keep runtime state beside the storage
                    None => root.join("run"),
                }
            }
        };
        StorePaths::new(root, runroot, rootless)
    }

    pub fn blobs(&self) -> PathBuf {
        self.root.join("blobs/sha256")
    }
    pub fn layers(&self) -> PathBuf {
        self.root.join("layers")
    }
    pub fn images(&self) -> PathBuf {
        self.root.join("images")
    }
    pub fn containers(&self) -> PathBuf {
        self.root.join("containers")
    }
    pub fn container_dir(&self, id: &str) -> PathBuf {
        self.containers().join(id)
    }
    /// volumes: `<name>/volume.json` and `<name>/_data` (podman's layout)
    pub fn volumes(&self) -> PathBuf {
        self.root.join("volumes")
    }
    /// the volume names' reservations (`store::names`)
    pub fn volume_names(&self) -> PathBuf {
        self.root.join("volume-names")
    }
    /// runtime state of volumes: how many times each is mounted
    pub fn run_volumes(&self) -> PathBuf {
        self.runroot.join("volumes")
    }
    pub fn names(&self) -> PathBuf {
        self.root.join("names")
    }
    pub fn tmp(&self) -> PathBuf {
        self.root.join("tmp")
    }
    /// lock files: on the runtime tmpfs, as locks never outlive a boot (and creating them
    /// there costs nothing, unlike on a disk)
    pub fn locks(&self) -> PathBuf {
        self.runroot.join("locks")
    }
    pub fn run_containers(&self) -> PathBuf {
        self.runroot.join("containers")
    }
    pub fn run_container_dir(&self, id: &str) -> PathBuf {
        self.run_containers().join(id)
    }
    pub fn exits(&self) -> PathBuf {
        self.runroot.join("exits")
    }
    /// The container's runtime files: attach socket, the generated /etc files, the mount
    /// point of its rootfs.
    pub fn run_etc_dir(&self, id: &str) -> PathBuf {
        self.run_container_dir(id).join("etc")
    }
    pub fn merged_dir(&self, id: &str) -> PathBuf {
        self.run_container_dir(id).join("merged")
    }
    /// The OCI runtime spec built at create.
    pub fn spec_path(&self, id: &str) -> PathBuf {
        self.container_dir(id).join("config.json")
    }
    /// The container's log (k8s-file), rotated beside itself.
    pub fn container_log(&self, id: &str) -> PathBuf {
        self.container_dir(id).join("ctr.log")
    }
    /// The supervisor's attach socket: output, input, resizes and signals (`supervisor::protocol`).
    pub fn attach_socket(&self, id: &str) -> PathBuf {
        self.run_container_dir(id).join("attach.sock")
    }
    /// The supervisor's own diagnostics (its stderr, once it knows its container).
    pub fn supervisor_log(&self, id: &str) -> PathBuf {
        self.run_container_dir(id).join("supervisor.log")
    }
    /// The supervisor's pid and start time ("PID START"), beside the record.
    pub fn supervisor_pid_file(&self, id: &str) -> PathBuf {
        self.run_container_dir(id).join("supervisor.pid")
    }
    /// The container's exit status, written by its supervisor; it outlives a `--rm` container
    /// for a while (for `rcon wait`).
    pub fn exit_file(&self, id: &str) -> PathBuf {
        self.exits().join(id)
    }
    /// The events log (`store::events`), on the runtime tmpfs as podman's; rotated beside
    /// itself into `events.log.1`.
    pub fn events_log(&self) -> PathBuf {
        self.runroot.join("events/events.log")
    }
    /// The mark of the last look for old exit files (its mtime).
    pub fn exits_pruned_marker(&self) -> PathBuf {
        self.exits().join(".pruned")
    }

    /// The image layers under a container, top first.
    pub fn layer_dirs(&self, rec: &ContainerRecord) -> Vec<PathBuf> {
        rec.config
            .layers
            .iter()
            .map(|l| {
                self.layers()
                    .join(l.trim_start_matches("sha256:"))
                    .join("diff")
            })
            .collect()
    }

    /// The container's root filesystem as the runtime mounts it: its layers under its upper
    /// dir, or with the vfs driver the copy in its rootfs/ dir.
    pub fn rootfs_of(&self, rec: &ContainerRecord) -> Rootfs {
        let dir = self.container_dir(&rec.id);
        // --rootfs: the directory itself, or an overlay over it (DIR:O)
        let x = &rec.config.isolation;
        if !x.rootfs.is_empty() {
            let root = PathBuf::from(&x.rootfs);
            if !x.rootfs_overlay {
                return Rootfs::Dir(root);
            }
            return Rootfs::Overlay {
                lower: vec![root],
                upper: dir.join("upper"),
                work: dir.join("work"),
                target: self.merged_dir(&rec.id),
                userxattr: self.rootless,
                volatile: rec.config.auto_remove,
            };
        }
        if rec.config.is_vfs() {
            return Rootfs::Dir(dir.join("rootfs"));
        }
        Rootfs::Overlay {
            lower: self.layer_dirs(rec),
            upper: dir.join("upper"),
            work: dir.join("work"),
            target: self.merged_dir(&rec.id),
            userxattr: self.rootless,
            volatile: rec.config.auto_remove,
        }
    }

    /// Create the directory skeleton (idempotent, cheap: one stat when it exists).
    pub fn ensure(&self) -> Result<()> {
        if self.root.join("tmp").is_dir() && self.runroot.join("locks").is_dir() {
            return Ok(());
        }
        for d in [
            self.blobs(),
            self.layers(),
            self.images(),
            self.containers(),
            self.names(),
            self.tmp(),
        ] {
            mkdir_p(&d, 0o700)?;
        }
        for d in [self.run_containers(), self.exits(), self.locks()] {
            mkdir_p(&d, 0o700)?;
        }
        Ok(())
    }
}

/// Configuration file: `key = "value"` lines (TOML), keys `root` and `runroot`; at
/// $RCON_CONFIG, else /etc/rcon/rcon.conf for root and $XDG_CONFIG_HOME/rcon/rcon.conf for
/// anyone else.
fn config_paths() -> (Option<PathBuf>, Option<PathBuf>) {
    let file = std::env::var_os("RCON_CONFIG")
        .map(PathBuf::from)
        .or_else(|| {
            if nix::unistd::geteuid().is_root() {
                Some(PathBuf::from("/etc/rcon/rcon.conf"))
            } else {
                dirs_config().map(|d| d.join("rcon/rcon.conf"))
            }
        });
    let Some(file) = file else {
        return (None, None);
    };
    let Ok(text) = std::fs::read_to_string(&file) else {
        return (None, None);
    };
    let mut root = None;
    let mut runroot = None;
    for line in text.lines() {
        let line = line.trim();
        if let Some((k, v)) = line.split_once('=') {
            let v = PathBuf::from(v.trim().trim_matches('"'));
            match k.trim() {
                "root" => root = Some(v),
                "runroot" => runroot = Some(v),
                _ => {}
            }
        }
    }
    (root, runroot)
}

fn home() -> Option<PathBuf> {
    std::env::var_os("HOME").map(PathBuf::from).or_else(|| {
        nix::unistd::User::from_uid(nix::unistd::getuid())
            .ok()
            .flatten()
            .map(|u| u.dir)
    })
}

fn dirs_config() -> Option<PathBuf> {
    std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| home().map(|h| h.join(".config")))
}

pub fn mkdir_p(path: &Path, mode: u32) -> Result<()> {
    fs::DirBuilder::new()
        .recursive(true)
        .mode(mode)
        .create(path)
        .map_err(io_err(path))
}
