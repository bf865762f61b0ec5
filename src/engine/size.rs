//! Container sizes for `ps --size` and `inspect --size`, as podman counts them: the
//! writable layer's files (`SizeRw`) and that plus the image's layers (`SizeRootFs`, the
//! layers' uncompressed sizes as recorded at pull, like containers/storage's).

use super::Engine;
use crate::runtime::Rootfs;
use crate::store::ContainerRecord;
use std::collections::HashSet;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ContainerSize {
    /// bytes of the files the container wrote (its upper dir)
    pub rw: u64,
    /// `rw` plus the image's layers: what the container's root filesystem holds
    pub root_fs: u64,
}

impl Engine {
    /// The sizes of `rec`'s root filesystem. Walks its writable layer (never following a
    /// symlink, never leaving its filesystem); unreadable directories count as empty.
    pub fn container_size(&self, rec: &ContainerRecord) -> ContainerSize {
        match self.paths.rootfs_of(rec) {
            Rootfs::Overlay { lower, upper, .. } => {
                let rw = tree_size(&upper);
                let lower_size: u64 = if rec.config.isolation.rootfs.is_empty() {
                    rec.config
                        .layers
                        .iter()
                        .filter_map(|l| self.images.layers.get(l.trim_start_matches("sha256:")))
                        .map(|l| l.size)
                        .sum()
                } else {
                    lower.iter().map(|d| tree_size(d)).sum()
                };
                ContainerSize {
                    rw,
                    root_fs: rw + lower_size,
                }
            }
            Rootfs::Dir(dir) => {
                let root_fs = tree_size(&dir);
                // --rootfs DIR is all the container's; a vfs copy holds the image too
                let image: u64 = match rec.config.isolation.rootfs.is_empty() {
                    true => self
                        .images
                        .lookup(&rec.config.image_id)
                        .map(|i| i.size)
                        .unwrap_or(0),
                    false => 0,
                };
                ContainerSize {
                    rw: root_fs.saturating_sub(image),
                    root_fs,
                }
            }
        }
    }
}

/// The apparent size of the regular files and symlinks under `root`, each inode once.
pub fn tree_size(root: &Path) -> u64 {
    let Ok(top) = std::fs::symlink_metadata(root) else {
        return 0;
    };
    let dev = top.dev();
    let mut seen = HashSet::new();
    let mut total = 0u64;
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let Ok(md) = e.metadata() else { continue };
            if md.is_dir() {
                if md.dev() == dev {
                    stack.push(e.path());
                }
            } else if (md.is_file() || md.is_symlink())
                && (md.nlink() < 2 || seen.insert((md.dev(), md.ino())))
            {
                total += md.len();
            }
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use super::tree_size;

    #[test]
    fn counts_files_once_and_skips_nothing_else() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("a"), vec![0u8; 1000]).unwrap();
        std::fs::create_dir(d.path().join("sub")).unwrap();
        std::fs::write(d.path().join("sub/b"), vec![0u8; 234]).unwrap();
        std::fs::hard_link(d.path().join("a"), d.path().join("sub/a2")).unwrap();
        std::os::unix::fs::symlink("a", d.path().join("l")).unwrap();
        assert_eq!(tree_size(d.path()), 1000 + 234 + 1);
        assert_eq!(tree_size(&d.path().join("missing")), 0);
    }
}
