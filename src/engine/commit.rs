//! `rcon commit`: a container's changes become a new layer on top of its image's layers, with a
//! config taken from the container (env, cmd, entrypoint, workdir, user, labels) and `--change`.
//!
//! The layer is a tar of the changes as OCI layers express them: what the container added or
//! changed, `.wh.NAME` for what it deleted, `.wh..wh..opq` in a directory it replaced. With the
//! overlay driver that is its upper dir (whiteouts are 0/0 character devices there, replaced
//! directories carry the opaque xattr); with vfs, its rootfs compared against the image's
//! layers merged.

use super::error::{EngineError, Result};
use super::lifecycle::effective_status;
use super::Engine;
use crate::image::commit::{commit_image, CommitSpec};
use crate::image::media::ManifestFormat;
use crate::image::{ImageName, ImageRecord};
use crate::store::ContainerStatus;
use serde_json::{json, Map, Value};
use std::fs;
use std::io::{self, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};

/// What `commit` is asked for.
#[derive(Debug, Default)]
pub struct CommitOptions {
    pub container: String,
    pub image: Option<String>,
    pub author: Option<String>,
    pub changes: Vec<String>,
    pub format: Option<ManifestFormat>,
    pub message: Option<String>,
    pub pause: bool,
    pub squash: bool,
}

/// Paths rcon itself creates in a container's rootfs (mount points of its own files): not
/// changes the user made.
pub(crate) const OWN_MOUNT_POINTS: [&str; 6] = [
    "/etc/hostname",
    "/etc/hosts",
    "/etc/resolv.conf",
    "/proc",
    "/sys",
    "/dev",
];

impl Engine {
    /// `rcon commit`: the new image's record.
    pub fn commit(&self, o: &CommitOptions) -> Result<ImageRecord> {
        let rec = self.container(&o.container)?;
        let names = match &o.image {
            Some(n) => vec![ImageName::parse(n, true)?.full()],
            None => vec![],
        };
        let running = matches!(effective_status(&rec).0, ContainerStatus::Running);
        let paused = o.pause && running;
        if paused {
            self.pause(&rec.id, true)?;
        }
        let res = self.commit_paused(o, &rec, names);
        if res.is_ok() {
            self.container_events(&["commit"], &rec);
        }
        if paused {
            if let Err(e) = self.pause(&rec.id, false) {
                self.reporter
                    .warning(&format!("unpausing container {}: {e}", rec.name));
            }
        }
        res
    }

    fn commit_paused(
        &self,
        o: &CommitOptions,
        rec: &crate::store::ContainerRecord,
        names: Vec<String>,
    ) -> Result<ImageRecord> {
        self.images.sweep_tmp();
        let base = self.images.get(&rec.config.image_id).ok();
        let tmp = self.paths.tmp().join(crate::image::tmp_name("commit"));
        let res = (|| {
            let mut f = fs::File::create(&tmp)
                .map_err(|e| EngineError::failed(format!("{}: {e}", tmp.display())))?;
            if o.squash {
                self.export(&rec.id, &mut f)?;
            } else if rec.config.is_vfs() {
                let rootfs = self.paths.container_dir(&rec.id).join("rootfs");
                vfs_diff_tar(&rootfs, &self.paths.layer_dirs(rec), &mut f)?;
            } else {
                let upper = self.paths.container_dir(&rec.id).join("upper");
                let xattr = if self.paths.rootless {
                    "user.overlay.opaque"
                } else {
                    "trusted.overlay.opaque"
                };
                upper_tar(&upper, xattr, &mut f)?;
            }
            f.sync_all()?;
            let f = fs::File::open(&tmp)?;
            let spec = CommitSpec {
                base: base.as_ref(),
                parent_layers: if o.squash {
                    vec![]
                } else {
                    rec.config.layers.clone()
                },
                config: container_config(rec),
                changes: o.changes.clone(),
                author: o.author.clone(),
                comment: o.message.clone(),
                created_by: created_by(rec),
                format: o.format.unwrap_or(ManifestFormat::Oci),
                names,
            };
            Ok(commit_image(&self.images, f, spec)?)
        })();
        crate::image::remove_file_or_warn(&tmp);
        res
    }
}

/// What the container runs, as its history entry says.
fn created_by(rec: &crate::store::ContainerRecord) -> String {
    let args = if rec.config.args.is_empty() {
        rec.config.cmd.clone()
    } else {
        rec.config.args.clone()
    };
    args.join(" ")
}

/// The image config's `config` section from the container's.
fn container_config(rec: &crate::store::ContainerRecord) -> Map<String, Value> {
    let c = &rec.config;
    let mut m = Map::new();
    let env: Vec<&String> = c
        .env
        .iter()
        .filter(|e| !e.starts_with("container="))
        .collect();
    if !env.is_empty() {
        m.insert("Env".into(), json!(env));
    }
    if !c.entrypoint.is_empty() {
        m.insert("Entrypoint".into(), json!(c.entrypoint));
    }
    if !c.cmd.is_empty() {
        m.insert("Cmd".into(), json!(c.cmd));
    }
    if !c.workdir.is_empty() {
        m.insert("WorkingDir".into(), json!(c.workdir));
    }
    if !c.user.is_empty() {
        m.insert("User".into(), json!(c.user));
    }
    if !c.labels.is_empty() {
        m.insert("Labels".into(), json!(c.labels));
    }
    if c.stop_signal > 0 && c.stop_signal != libc::SIGTERM {
        m.insert(
            "StopSignal".into(),
            json!(super::signal_name(c.stop_signal)),
        );
    }
    m
}

fn new_builder<W: Write>(w: W) -> tar::Builder<W> {
    let mut b = tar::Builder::new(w);
    b.follow_symlinks(false);
    b.mode(tar::HeaderMode::Complete);
    b
}

/// An empty regular file entry (a whiteout marker).
fn append_marker<W: Write>(b: &mut tar::Builder<W>, name: &Path) -> io::Result<()> {
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(tar::EntryType::Regular);
    h.set_size(0);
    h.set_mode(0o644);
    h.set_mtime(0);
    b.append_data(&mut h, name, io::empty())
}

fn is_whiteout(md: &fs::Metadata) -> bool {
    md.file_type().is_char_device() && md.rdev() == 0
}

fn is_own_mount_point(rel: &Path) -> bool {
    let s = Path::new("/").join(rel);
    OWN_MOUNT_POINTS.iter().any(|p| Path::new(p) == s)
}

/// The overlay upper dir as an OCI layer.
pub(crate) fn upper_tar<W: Write>(upper: &Path, opaque_xattr: &str, w: W) -> Result<()> {
    let mut b = new_builder(w);
    walk_upper(&mut b, upper, Path::new(""), opaque_xattr)
        .map_err(|e| EngineError::failed(format!("reading the container's changes: {e}")))?;
    b.into_inner()?.flush()?;
    Ok(())
}

fn sorted_entries(dir: &Path) -> io::Result<Vec<fs::DirEntry>> {
    let mut v: Vec<_> = fs::read_dir(dir)?.collect::<io::Result<_>>()?;
    v.sort_by_key(|e| e.file_name());
    Ok(v)
}

fn walk_upper<W: Write>(
    b: &mut tar::Builder<W>,
    dir: &Path,
    rel: &Path,
    xattr: &str,
) -> io::Result<()> {
    for e in sorted_entries(dir)? {
        let name = rel.join(e.file_name());
        let md = fs::symlink_metadata(e.path())?;
        if is_whiteout(&md) {
            let mut marker = b".wh.".to_vec();
            marker.extend_from_slice(e.file_name().as_bytes());
            append_marker(b, &rel.join(std::ffi::OsStr::from_bytes(&marker)))?;
            continue;
        }
        if md.file_type().is_socket()
            || (md.is_file() && md.len() == 0 && is_own_mount_point(&name))
        {
            continue;
        }
        if md.is_dir() && is_own_mount_point(&name) && fs::read_dir(e.path())?.next().is_none() {
            continue;
        }
        b.append_path_with_name(e.path(), &name)?;
        if md.is_dir() {
            if opaque(&e.path(), xattr) {
                append_marker(b, &name.join(".wh..wh..opq"))?;
            }
            walk_upper(b, &e.path(), &name, xattr)?;
        }
    }
    Ok(())
}

fn opaque(dir: &Path, xattr: &str) -> bool {
    let Ok(c) = std::ffi::CString::new(dir.as_os_str().as_bytes()) else {
        return false;
    };
    let Ok(n) = std::ffi::CString::new(xattr) else {
        return false;
    };
    let mut buf = [0u8; 4];
    // SAFETY: both strings are NUL-terminated, and the buffer's length is passed.
    #[allow(unsafe_code)]
    let len =
        unsafe { libc::lgetxattr(c.as_ptr(), n.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
    len == 1 && buf[0] == b'y'
}

/// What the image's layers (`lowers`, top first) show at `rel`, as overlayfs would: the
/// topmost layer's entry, none when a whiteout or an opaque directory above hides it.
fn lower_entry(lowers: &[PathBuf], rel: &Path) -> Option<fs::Metadata> {
    for l in lowers {
        // a whiteout of the path or of a parent in this layer hides what is below
        let mut hidden = false;
        let mut p = PathBuf::new();
        for c in rel.components() {
            p.push(c);
            if fs::symlink_metadata(l.join(&p)).is_ok_and(|m| is_whiteout(&m)) {
                hidden = true;
                break;
            }
        }
        if hidden {
            return None;
        }
        if let Ok(md) = fs::symlink_metadata(l.join(rel)) {
            return Some(md);
        }
        // an opaque parent directory in this layer hides the layers below
        let mut p = PathBuf::new();
        for c in rel.components() {
            let is_opaque = opaque(&l.join(&p), "trusted.overlay.opaque")
                || opaque(&l.join(&p), "user.overlay.opaque");
            if is_opaque && !p.as_os_str().is_empty() {
                return None;
            }
            p.push(c);
        }
    }
    None
}

fn same_entry(a: &fs::Metadata, b: &fs::Metadata, pa: &Path, pb: &Path) -> bool {
    if a.file_type() != b.file_type()
        || a.mode() != b.mode()
        || a.uid() != b.uid()
        || a.gid() != b.gid()
    {
        return false;
    }
    if a.is_dir() {
        return true;
    }
    if a.file_type().is_symlink() {
        return fs::read_link(pa).ok() == fs::read_link(pb).ok();
    }
    a.len() == b.len() && a.mtime() == b.mtime() && a.rdev() == b.rdev()
}

fn find_in_lowers(lowers: &[PathBuf], rel: &Path) -> Option<PathBuf> {
    lowers
        .iter()
        .map(|l| l.join(rel))
        .find(|p| fs::symlink_metadata(p).is_ok())
}

/// The vfs rootfs's changes against the image's layers merged, as an OCI layer.
fn vfs_diff_tar<W: Write>(rootfs: &Path, lowers: &[PathBuf], w: W) -> Result<()> {
    let mut b = new_builder(w);
    walk_vfs(&mut b, rootfs, Path::new(""), lowers)
        .map_err(|e| EngineError::failed(format!("reading the container's changes: {e}")))?;
    b.into_inner()?.flush()?;
    Ok(())
}

fn walk_vfs<W: Write>(
    b: &mut tar::Builder<W>,
    root: &Path,
    rel: &Path,
    lowers: &[PathBuf],
) -> io::Result<()> {
    let here = root.join(rel);
    let mut present = std::collections::HashSet::new();
    for e in sorted_entries(&here)? {
        let name = rel.join(e.file_name());
        present.insert(e.file_name());
        let md = fs::symlink_metadata(e.path())?;
        if md.file_type().is_socket() {
            continue;
        }
        let lower = lower_entry(lowers, &name);
        let unchanged = lower.as_ref().is_some_and(|l| {
            find_in_lowers(lowers, &name).is_some_and(|lp| same_entry(&md, l, &e.path(), &lp))
        });
        if lower.is_none() && is_own_mount_point(&name) {
            continue;
        }
        if !unchanged {
            b.append_path_with_name(e.path(), &name)?;
        }
        if md.is_dir() {
            if lower.as_ref().is_some_and(|l| !l.is_dir()) {
                // a directory where the image has something else: all of it is new
                walk_vfs(b, root, &name, &[])?;
            } else {
                walk_vfs(b, root, &name, lowers)?;
            }
        }
    }
    // what the image has here and the rootfs does not: deleted
    let mut seen = std::collections::HashSet::new();
    for l in lowers {
        let Ok(rd) = fs::read_dir(l.join(rel)) else {
            continue;
        };
        for e in rd.flatten() {
            let n = e.file_name();
            if n.as_bytes().starts_with(b".wh.") || present.contains(&n) || !seen.insert(n.clone())
            {
                continue;
            }
            let name = rel.join(&n);
            if lower_entry(lowers, &name).is_some() {
                let mut marker = b".wh.".to_vec();
                marker.extend_from_slice(n.as_bytes());
                append_marker(b, &rel.join(std::ffi::OsStr::from_bytes(&marker)))?;
            }
        }
    }
    Ok(())
}
