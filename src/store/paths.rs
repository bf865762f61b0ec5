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
    pub fn locks(&self) -> PathBuf {
        self.root.join("locks")
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

    /// Create the directory skeleton (idempotent, cheap: one stat when it exists).
    pub fn ensure(&self) -> Result<()> {
        if self.root.join("locks").is_dir() && self.runroot.join("exits").is_dir() {
            return Ok(());
        }
        for d in [
            self.blobs(),
            self.layers(),
            self.images(),
            self.containers(),
            self.names(),
            self.tmp(),
            self.locks(),
        ] {
            mkdir_p(&d, 0o700)?;
        }
        for d in [self.run_containers(), self.exits()] {
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
