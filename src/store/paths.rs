//! Where things live, rootful and rootless (see docs/ARCHITECTURE.md).

use super::{io_err, Result};
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
}

impl StorePaths {
    pub fn new(root: PathBuf, runroot: PathBuf, rootless: bool) -> StorePaths {
        StorePaths {
            root,
            runroot,
            rootless,
        }
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

pub fn mkdir_p(path: &Path, mode: u32) -> Result<()> {
    fs::DirBuilder::new()
        .recursive(true)
        .mode(mode)
        .create(path)
        .map_err(io_err(path))
}
