//! Files in and out of containers: `cp` (both ways, tar archives with `-`), `export`, `diff`.
//! The container side always runs in a child chrooted into the container (runtime::fsaccess),
//! the host side in the CLI, with a tar stream between them.

use super::error::{EngineError, Result};
use super::lifecycle::effective_status;
use super::Engine;
use crate::image::unpack::{unpack_layer, UnpackOptions, WhiteoutMode};
use crate::runtime::fsaccess::{spawn_in_container_root, RootAccess};
use crate::runtime::Rootfs;
use crate::store::{ContainerRecord, ContainerStatus};
use std::fs;
use std::io::{self, Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};

/// A `cp` operand: `CONTAINER:PATH` or a host path (`-` for a tar stream).
pub enum CpPath {
    Container(String, String),
    Host(String),
}

pub fn parse_cp_path(s: &str) -> CpPath {
    if let Some((c, p)) = s.split_once(':') {
        // a host path with a colon must be written with a slash before it (./a:b), as docker
        if !c.is_empty() && !c.contains('/') {
            return CpPath::Container(c.to_string(), p.to_string());
        }
    }
    CpPath::Host(s.to_string())
}

const PLAIN: UnpackOptions = UnpackOptions {
    whiteouts: WhiteoutMode::Plain,
    opaque_xattr: "trusted.overlay.opaque",
    preserve_owner: false,
    inflation: None,
};

/// How `cp` writes what it copies: podman's `--archive` (the copies into a container owned by
/// its user; else the ids of the source) and `--overwrite` (a directory and a non-directory
/// may replace each other).
#[derive(Debug, Clone, Copy)]
pub struct CpOptions {
    pub archive: bool,
    pub overwrite: bool,
}

impl Default for CpOptions {
    fn default() -> Self {
        CpOptions {
            archive: true,
            overwrite: false,
        }
    }
}

/// How the extracting side sets owners and treats what is in the way.
#[derive(Debug, Clone, Copy, Default)]
struct Put {
    /// every copied entry owned by this uid and gid (the container's user)
    owner: Option<(u32, u32)>,
    /// the archive's ids kept (`--archive=false` into a container)
    preserve: bool,
    overwrite: bool,
}

/// Owners shown as root in an archive: the caller's own ids, rootless outside any user
/// namespace, as they are inside its namespace (where podman makes its archives).
type Shift = Option<(u32, u32)>;

/// Append one entry, its owner shifted.
fn append<W: Write>(
    b: &mut tar::Builder<W>,
    path: &Path,
    name: &Path,
    md: &fs::Metadata,
    shift: Shift,
) -> io::Result<()> {
    let Some((uid, gid)) = shift else {
        return b.append_path_with_name(path, name);
    };
    let mut h = tar::Header::new_gnu();
    h.set_metadata_in_mode(md, tar::HeaderMode::Complete);
    if md.uid() == uid {
        h.set_uid(0);
    }
    if md.gid() == gid {
        h.set_gid(0);
    }
    let ft = md.file_type();
    if ft.is_file() {
        b.append_data(&mut h, name, fs::File::open(path)?)
    } else if ft.is_symlink() {
        b.append_link(&mut h, name, fs::read_link(path)?)
    } else {
        h.set_size(0);
        b.append_data(&mut h, name, io::empty())
    }
}

/// Append `path` (and below, not crossing into other mounts) as `name`.
pub(super) fn tar_tree<W: Write>(
    b: &mut tar::Builder<W>,
    path: &Path,
    name: &Path,
    dev: u64,
    shift: Shift,
) -> io::Result<()> {
    let md = fs::symlink_metadata(path)?;
    if name.as_os_str().is_empty() || name == Path::new(".") {
        // the root of the archive itself: only its children
    } else {
        append(b, path, name, &md, shift)?;
    }
    if md.is_dir() && md.dev() == dev {
        let mut entries: Vec<_> = fs::read_dir(path)?.flatten().collect();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let child_md = match e.metadata() {
                Ok(m) => m,
                Err(_) => continue,
            };
            if child_md.file_type().is_socket() {
                continue;
            }
            tar_tree(b, &e.path(), &name.join(e.file_name()), dev, shift)?;
        }
    }
    Ok(())
}

/// Write an archive to `w` with `fill`; a failed one gets no end-of-archive trailer, so a
/// reader sees it truncated instead of complete.
pub(super) fn write_archive<W: Write>(
    w: W,
    fill: impl FnOnce(&mut tar::Builder<W>) -> io::Result<()>,
) -> io::Result<()> {
    let mut b = tar::Builder::new(w);
    b.follow_symlinks(false);
    b.mode(tar::HeaderMode::Complete);
    match fill(&mut b) {
        Ok(()) => b.into_inner()?.flush(),
        Err(e) => {
            // dropping the builder would write the trailer
            std::mem::forget(b);
            Err(e)
        }
    }
}

/// Write a tar of `src` to `w`; the top entry is named after src's last component, or the
/// archive holds src's contents when it ends in "/." (docker's rule) or is "/".
fn tar_source<W: Write>(w: W, src: &Path, shift: Shift) -> io::Result<()> {
    let contents_only = contents_only(src);
    let md = fs::symlink_metadata(src)
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {}", src.display(), describe(&e))))?;
    let name = if contents_only {
        PathBuf::from(".")
    } else {
        PathBuf::from(src.file_name().unwrap_or_else(|| std::ffi::OsStr::new(".")))
    };
    write_archive(w, |b| tar_tree(b, src, &name, md.dev(), shift))
}

/// Does `src` name a directory's contents ("DIR/.", or "/" which has no name of its own)?
fn contents_only(src: &Path) -> bool {
    src.as_os_str().as_encoded_bytes().ends_with(b"/.") || src.file_name().is_none()
}

/// How a tar stream lands at its destination.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Landing {
    /// the archive's top entry becomes `dest`, or goes inside `dest` when that is a directory
    Named,
    /// the archive holds a directory's contents (SRC/.): they go into `dest`, which is
    /// created when missing
    Contents,
    /// an archive from stdin (`cp -`): `dest` must be an existing directory
    Archive,
}

/// An io error as one lower-case phrase, without the "(os error N)" tail.
pub(super) fn describe(e: &io::Error) -> String {
    let s = match (e.raw_os_error(), e.kind()) {
        (Some(_), io::ErrorKind::NotFound) => "no such file or directory".to_string(),
        (Some(_), io::ErrorKind::PermissionDenied) => "permission denied".to_string(),
        _ => e.to_string(),
    };
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// Why a copy could not land where it was asked to.
#[derive(Debug, thiserror::Error)]
enum CopyError {
    /// `path` cannot be used: missing, of the wrong type, or an io error (as `describe` words it)
    #[error("{path}: {reason}")]
    Path { path: String, reason: String },
    /// the stream itself: an archive that does not unpack, or nothing in it
    #[error("{0}")]
    Stream(String),
}

fn at(path: impl std::fmt::Display, reason: impl Into<String>) -> CopyError {
    CopyError::Path {
        path: path.to_string(),
        reason: reason.into(),
    }
}

/// Unpack the tar `r` into the new directory `d`, its entries owned as `put` says.
fn unpack_new(r: impl Read, d: &Path, put: Put) -> std::result::Result<(), CopyError> {
    let opts = UnpackOptions {
        preserve_owner: put.preserve,
        ..PLAIN
    };
    unpack_layer(r, d, &opts).map_err(|e| CopyError::Stream(e.to_string()))?;
    match put.owner {
        Some((uid, gid)) if (uid, gid) != (0, 0) => chown_tree(d, uid, gid),
        _ => Ok(()),
    }
}

/// lchown `p` and everything below it (a tree just unpacked: no mounts, no foreign links).
fn chown_tree(p: &Path, uid: u32, gid: u32) -> std::result::Result<(), CopyError> {
    std::os::unix::fs::lchown(p, Some(uid), Some(gid))
        .map_err(|e| at(p.display(), describe(&e)))?;
    if fs::symlink_metadata(p).is_ok_and(|m| m.is_dir()) {
        let rd = fs::read_dir(p).map_err(|e| at(p.display(), describe(&e)))?;
        for e in rd.flatten() {
            chown_tree(&e.path(), uid, gid)?;
        }
    }
    Ok(())
}

/// Move what `from` holds into the directory `to`: directories merge, anything else replaces
/// what has its name; a directory and a non-directory replace each other only with
/// --overwrite, else podman's (buildah's) error.
fn merge_into(from: &Path, to: &Path, overwrite: bool) -> std::result::Result<(), CopyError> {
    let rd = fs::read_dir(from).map_err(|e| CopyError::Stream(describe(&e)))?;
    for e in rd.flatten() {
        let target = to.join(e.file_name());
        let shown = target.display();
        let new_md = fs::symlink_metadata(e.path()).map_err(|e| at(&shown, describe(&e)))?;
        let old = fs::symlink_metadata(&target).ok();
        match old {
            Some(md) if md.is_dir() && new_md.is_dir() => {
                // the archive's mode and owner, as a directory extracted over one
                fs::set_permissions(&target, new_md.permissions())
                    .and_then(|_| {
                        std::os::unix::fs::lchown(&target, Some(new_md.uid()), Some(new_md.gid()))
                    })
                    .map_err(|e| at(&shown, describe(&e)))?;
                merge_into(&e.path(), &target, overwrite)?;
                continue;
            }
            Some(md) if md.is_dir() != new_md.is_dir() && !overwrite => {
                let op = if new_md.is_dir() { "mkdir" } else { "open" };
                return Err(CopyError::Stream(format!(
                    "copier: put: error creating \"{shown}\": {op} {shown}: file exists"
                )));
            }
            Some(md) if md.is_dir() => fs::remove_dir_all(&target),
            Some(_) => fs::remove_file(&target),
            None => Ok(()),
        }
        .map_err(|e| at(&shown, describe(&e)))?;
        fs::rename(e.path(), &target).map_err(|e| at(&shown, describe(&e)))?;
    }
    Ok(())
}

/// Unpack into a new directory beside the destination, run `then` on it, remove it.
fn staged(
    r: impl Read,
    parent: &Path,
    put: Put,
    then: impl FnOnce(&Path) -> std::result::Result<(), CopyError>,
) -> std::result::Result<(), CopyError> {
    let tmp = parent.join(format!(".rcon-cp-{}", crate::image::random_hex(6)));
    fs::create_dir(&tmp).map_err(|e| at(tmp.display(), describe(&e)))?;
    let res = unpack_new(r, &tmp, put).and_then(|_| then(&tmp));
    if let Err(e) = fs::remove_dir_all(&tmp) {
        tracing::warn!("removing {}: {e}", tmp.display());
    }
    res
}

/// Extract the tar `r` at `dest` as `how` says.
fn extract_to(
    r: impl Read,
    dest: &Path,
    how: Landing,
    put: Put,
) -> std::result::Result<(), CopyError> {
    let shown = dest.display();
    // the destination is followed if it is a symlink: inside the container that is safe, the
    // child's root is the container's
    let existing = fs::metadata(dest).ok();
    if let Some(md) = &existing {
        if md.is_dir() {
            return staged(r, dest, put, |tmp| merge_into(tmp, dest, put.overwrite));
        }
    }
    let trailing_slash = dest.as_os_str().as_encoded_bytes().ends_with(b"/");
    match (&existing, how) {
        (Some(_), Landing::Contents | Landing::Archive) => {
            return Err(at(&shown, "not a directory"))
        }
        (None, Landing::Archive) => {
            return Err(at(
                shown,
                "no such directory (an archive is extracted into an existing directory)",
            ))
        }
        _ => {}
    }
    let parent = dest
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !parent.is_dir() {
        return Err(at(parent.display(), "no such directory"));
    }
    if how == Landing::Contents {
        fs::create_dir(dest).map_err(|e| at(&shown, describe(&e)))?;
        return unpack_new(r, dest, put);
    }
    staged(r, parent, put, |tmp| {
        let mut top = fs::read_dir(tmp)
            .map_err(|e| CopyError::Stream(describe(&e)))?
            .flatten();
        let first = top
            .next()
            .ok_or_else(|| CopyError::Stream("nothing to copy".into()))?;
        let from_dir = first.file_type().is_ok_and(|t| t.is_dir());
        if trailing_slash && !from_dir {
            // docker: a file is copied to DIR/ only when DIR exists
            return Err(at(&shown, "no such directory"));
        }
        if let Ok(md) = fs::symlink_metadata(dest) {
            if from_dir {
                return Err(CopyError::Stream(format!(
                    "cannot overwrite non-directory {shown} with a directory"
                )));
            }
            if !md.is_dir() {
                fs::remove_file(dest).map_err(|e| at(&shown, describe(&e)))?;
            }
        }
        fs::rename(first.path(), dest).map_err(|e| at(&shown, describe(&e)))
    })
}

/// A path in the container, absolute.
fn container_path(path: &str) -> PathBuf {
    if path.starts_with('/') {
        PathBuf::from(path)
    } else {
        PathBuf::from(format!("/{path}"))
    }
}

impl Engine {
    fn root_access(&self, rec: &ContainerRecord) -> (Option<i32>, Rootfs) {
        let mut rootfs = self.paths.rootfs_of(rec);
        // a volatile mount marks the work dir so that no later mount succeeds: only the
        // container's own (last) mount may be one
        if let Rootfs::Overlay { volatile, .. } = &mut rootfs {
            *volatile = false;
        }
        let running = matches!(
            effective_status(rec).0,
            ContainerStatus::Running | ContainerStatus::Paused
        ) && crate::runtime::proc::alive(rec.state.pid, rec.state.pid_start);
        (running.then_some(rec.state.pid), rootfs)
    }

    /// Whether `cp` and `export` would reach `reference` as a running container (through its
    /// init's namespaces) rather than by mounting its rootfs.
    pub fn files_of_running(&self, reference: &str) -> bool {
        self.container(reference)
            .map(|rec| self.root_access(&rec).0.is_some())
            .unwrap_or(false)
    }

    /// `rcon cp`: a host path of "-" is a tar stream, read from `stdin` or written to `stdout`.
    pub fn cp(
        &self,
        src: &str,
        dest: &str,
        o: CpOptions,
        stdin: &mut dyn Read,
        stdout: &mut dyn Write,
    ) -> Result<()> {
        match (parse_cp_path(src), parse_cp_path(dest)) {
            (CpPath::Container(c, p), CpPath::Host(h)) => self.cp_out(&c, &p, &h, o, stdout),
            (CpPath::Host(h), CpPath::Container(c, p)) => self.cp_in(&h, &c, &p, o, stdin),
            (CpPath::Container(..), CpPath::Container(..)) => Err(EngineError::unsupported(
                "copying between containers is not supported: copy to the host first",
            )),
            (CpPath::Host(..), CpPath::Host(..)) => Err(EngineError::invalid(
                "one of SRC and DEST must be CONTAINER:PATH",
            )),
        }
    }

    fn access<'a>(&self, rec: &ContainerRecord, rootfs: &'a Rootfs) -> RootAccess<'a> {
        match self.root_access(rec).0 {
            Some(p) => RootAccess::Running(p),
            None => RootAccess::Stopped(rootfs),
        }
    }

    /// Out of a container: the copies are the caller's, whatever --archive says (podman's).
    fn cp_out(
        &self,
        ctr: &str,
        path: &str,
        host: &str,
        o: CpOptions,
        stdout: &mut dyn Write,
    ) -> Result<()> {
        let rec = self.container(ctr)?;
        let rootfs = self.root_access(&rec).1;
        let access = self.access(&rec, &rootfs);
        let (r, w) = nix::unistd::pipe()?;
        let src = container_path(path);
        let r_raw = r.as_raw_fd();
        let child = spawn_in_container_root(access, || {
            // the parent's end of the pipe, in the child: it goes at exit if close fails
            let _ = nix::unistd::close(r_raw);
            tar_source(fs::File::from(w), &src, None)
                .map_err(|e| format!("copying from container {}: {}", rec.name, describe(&e)))
        })
        .map_err(|e| EngineError::failed(e.to_string()))?;
        let mut reader = fs::File::from(r);
        let res = if host == "-" {
            io::copy(&mut reader, stdout)
                .map(|_| ())
                .map_err(|e| CopyError::Stream(describe(&e)))
        } else {
            let how = if contents_only(&src) {
                Landing::Contents
            } else {
                Landing::Named
            };
            let put = Put {
                overwrite: o.overwrite,
                ..Put::default()
            };
            extract_to(&mut reader, Path::new(host), how, put)
        };
        // drain what the child still writes: it must not fail on a closed pipe, its own
        // error (a missing source) is the one to report
        let _ = io::copy(&mut reader, &mut io::sink());
        drop(reader);
        child
            .wait()
            .map_err(|e| EngineError::failed(e.to_string()))?;
        res.map_err(|e| EngineError::failed(format!("copying to {host}: {e}")))
    }

    /// Into a container: with --archive, the copies owned by the container's user.
    fn cp_in(
        &self,
        host: &str,
        ctr: &str,
        path: &str,
        o: CpOptions,
        stdin: &mut dyn Read,
    ) -> Result<()> {
        let rec = self.container(ctr)?;
        if host != "-" && fs::symlink_metadata(host).is_err() {
            return Err(EngineError::not_found(format!(
                "{host}: no such file or directory"
            )));
        }
        let rootfs = self.root_access(&rec).1;
        let access = self.access(&rec, &rootfs);
        let (r, w) = nix::unistd::pipe()?;
        let dest = container_path(path);
        let how = if host == "-" {
            Landing::Archive
        } else if contents_only(Path::new(host)) {
            Landing::Contents
        } else {
            Landing::Named
        };
        let w_raw = w.as_raw_fd();
        let child = spawn_in_container_root(access, || {
            // the parent's end of the pipe, in the child: it goes at exit if close fails
            let _ = nix::unistd::close(w_raw);
            let owner = match o.archive {
                true => {
                    let u = crate::runtime::user::resolve(&rec.config.user)
                        .map_err(|e| format!("copying into {}: {e}", rec.name))?;
                    Some((u.uid, u.gid))
                }
                false => None,
            };
            let put = Put {
                owner,
                preserve: !o.archive,
                overwrite: o.overwrite,
            };
            extract_to(fs::File::from(r), &dest, how, put)
                .map_err(|e| format!("copying into {}:{}: {e}", rec.name, dest.display()))
        })
        .map_err(|e| EngineError::failed(e.to_string()))?;
        let writer = fs::File::from(w);
        let res = if host == "-" {
            let mut writer = writer;
            io::copy(stdin, &mut writer).map(|_| ())
        } else {
            // rootless outside the user namespace (a running container's files): the
            // caller's own files are root's in the container, as in rcon's namespace
            let me = (nix::unistd::geteuid(), nix::unistd::getegid());
            let shift = (!o.archive && !me.0.is_root()).then(|| (me.0.as_raw(), me.1.as_raw()));
            tar_source(writer, Path::new(host), shift)
        };
        let waited = child.wait();
        // a broken pipe only says the child stopped reading: its error tells why
        match res {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
                return Err(EngineError::failed(format!(
                    "reading {host}: {}",
                    describe(&e)
                )))
            }
            _ => waited.map_err(|e| EngineError::failed(e.to_string()))?,
        }
        res.map_err(|e| EngineError::failed(format!("reading {host}: {}", describe(&e))))
    }

    /// `rcon export`: to `output` (written beside it and renamed when complete), or to the
    /// caller's `stdout`.
    pub fn export_to(
        &self,
        ctr: &str,
        output: Option<&Path>,
        stdout: super::images::StdoutStream,
    ) -> Result<()> {
        match output {
            Some(p) => {
                let tmp = p.with_extension("rcon-partial");
                let mut f = fs::File::create(&tmp)
                    .map_err(|e| EngineError::failed(format!("{}: {e}", p.display())))?;
                let r = self.export(ctr, &mut f);
                if r.is_err() {
                    if let Err(e) = fs::remove_file(&tmp) {
                        tracing::warn!("removing {}: {e}", tmp.display());
                    }
                }
                r?;
                fs::rename(&tmp, p)?;
            }
            None => {
                if stdout.is_terminal {
                    return Err(EngineError::invalid(
                        "refusing to write an archive to a terminal: use -o FILE or redirect stdout",
                    ));
                }
                self.export(ctr, stdout.writer)?;
            }
        }
        Ok(())
    }

    /// `export`: the container's filesystem as a tar stream.
    pub fn export<W: Write + ?Sized>(&self, ctr: &str, out: &mut W) -> Result<()> {
        let rec = self.container(ctr)?;
        let rootfs = self.root_access(&rec).1;
        let access = self.access(&rec, &rootfs);
        let (r, w) = nix::unistd::pipe()?;
        let r_raw = r.as_raw_fd();
        let child = spawn_in_container_root(access, || {
            // the parent's end of the pipe, in the child: it goes at exit if close fails
            let _ = nix::unistd::close(r_raw);
            let dev = fs::symlink_metadata("/")
                .map(|m| m.dev())
                .map_err(|e| describe(&e))?;
            // the tree of the root mount only: a running container's /proc, /sys and /dev
            // are other mounts, and only their (empty) mount points are archived
            write_archive(fs::File::from(w), |b| {
                tar_tree(b, Path::new("/"), Path::new(""), dev, None)
            })
            .map_err(|e| format!("exporting {}: {}", rec.name, describe(&e)))
        })
        .map_err(|e| EngineError::failed(e.to_string()))?;
        let mut reader = fs::File::from(r);
        let res = io::copy(&mut reader, out);
        // a reader that went away (export | head) must not leave the child blocked on the pipe
        drop(reader);
        let waited = child.wait();
        if let Err(e) = res {
            return Err(EngineError::failed(format!(
                "writing the archive: {}",
                describe(&e)
            )));
        }
        waited.map_err(|e| EngineError::failed(e.to_string()))?;
        Ok(())
    }

    /// `diff`: what the container changed, from its upper dir: (kind A/C/D, path).
    pub fn diff(&self, ctr: &str) -> Result<Vec<(char, String)>> {
        let rec = self.container(ctr)?;
        if rec.config.is_vfs() {
            return Err(EngineError::unsupported(format!("diff is not available for container {}: it uses the vfs storage driver (a copied rootfs, no layer of changes)", rec.name)));
        }
        let upper = self.paths.container_dir(&rec.id).join("upper");
        let lowers = self.paths.layer_dirs(&rec);
        let mut out = vec![];
        walk_upper(&upper, Path::new("/"), &lowers, &mut out)?;
        // the mount points rcon itself creates are not changes the user made
        out.retain(|(k, p)| {
            !(*k == 'A'
                && [
                    "/etc/hostname",
                    "/etc/hosts",
                    "/etc/resolv.conf",
                    "/proc",
                    "/sys",
                    "/dev",
                ]
                .contains(&p.as_str()))
        });
        out.sort_by(|a, b| a.1.cmp(&b.1));
        Ok(out)
    }
}

fn in_lower(lowers: &[PathBuf], rel: &Path) -> bool {
    let rel = rel.strip_prefix("/").unwrap_or(rel);
    lowers.iter().any(|l| {
        fs::symlink_metadata(l.join(rel))
            .is_ok_and(|m| !(m.file_type().is_char_device() && m.rdev() == 0))
    })
}

pub(crate) fn walk_upper(
    dir: &Path,
    rel: &Path,
    lowers: &[PathBuf],
    out: &mut Vec<(char, String)>,
) -> Result<()> {
    let Ok(rd) = fs::read_dir(dir) else {
        return Ok(());
    };
    for e in rd.flatten() {
        let p = rel.join(e.file_name());
        let md = e.metadata()?;
        let text = p.display().to_string();
        if md.file_type().is_char_device() && md.rdev() == 0 {
            out.push(('D', text));
            continue;
        }
        out.push((if in_lower(lowers, &p) { 'C' } else { 'A' }, text));
        if md.is_dir() {
            walk_upper(&e.path(), &p, lowers, out)?;
        }
    }
    Ok(())
}
