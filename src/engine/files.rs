//! Files in and out of containers: `cp` (both ways, tar archives with `-`), `export`, `diff`.
//! The container side always runs in a child chrooted into the container (runtime::fsaccess),
//! the host side in the CLI, with a tar stream between them.

use super::lifecycle::effective_status;
use super::{coded, Engine};
use crate::image::unpack::{unpack_layer, UnpackOptions, WhiteoutMode};
use crate::runtime::fsaccess::{spawn_in_container_root, wait, RootAccess};
use crate::runtime::Rootfs;
use crate::store::{ContainerRecord, ContainerStatus};
use anyhow::Result;
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
};

/// Append `path` (and below, not crossing into other mounts) as `name`.
fn tar_tree<W: Write>(
    b: &mut tar::Builder<W>,
    path: &Path,
    name: &Path,
    dev: u64,
) -> io::Result<()> {
    let md = fs::symlink_metadata(path)?;
    if name.as_os_str().is_empty() || name == Path::new(".") {
        // the root of the archive itself: only its children
    } else {
        b.append_path_with_name(path, name)?;
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
            tar_tree(b, &e.path(), &name.join(e.file_name()), dev)?;
        }
    }
    Ok(())
}

/// Write a tar of `src` to `w`; the top entry is named after src's last component, or the
/// archive holds src's contents when it ends in "/." (docker's rule).
fn tar_source<W: Write>(w: W, src: &Path) -> io::Result<()> {
    let mut b = tar::Builder::new(w);
    b.follow_symlinks(false);
    b.mode(tar::HeaderMode::Complete);
    let contents_only = src.as_os_str().to_string_lossy().ends_with("/.");
    let md = fs::symlink_metadata(src)
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", src.display())))?;
    let name = if contents_only {
        PathBuf::from(".")
    } else {
        PathBuf::from(src.file_name().unwrap_or_else(|| std::ffi::OsStr::new(".")))
    };
    tar_tree(&mut b, src, &name, md.dev())?;
    b.into_inner()?.flush()
}

/// Extract the tar `r` so that its top entry becomes `dest` (or lands inside `dest` when it
/// is an existing directory).
fn extract_to(
    r: impl Read,
    dest: &Path,
    contents_only_stream: bool,
) -> std::result::Result<(), String> {
    let is_dir = fs::metadata(dest).map(|m| m.is_dir()).unwrap_or(false);
    if is_dir || contents_only_stream {
        fs::create_dir_all(dest).map_err(|e| format!("{}: {e}", dest.display()))?;
        unpack_layer(r, dest, &PLAIN).map_err(|e| e.to_string())?;
        return Ok(());
    }
    let parent = dest
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !parent.is_dir() {
        return Err(format!("{}: no such directory", parent.display()));
    }
    let tmp = parent.join(format!(".rcon-cp-{}", crate::image::random_hex(6)));
    fs::create_dir(&tmp).map_err(|e| format!("{}: {e}", tmp.display()))?;
    let res = (|| {
        unpack_layer(r, &tmp, &PLAIN).map_err(|e| e.to_string())?;
        let mut top = fs::read_dir(&tmp).map_err(|e| e.to_string())?.flatten();
        let first = top.next().ok_or("nothing to copy")?;
        if let Ok(md) = fs::symlink_metadata(dest) {
            if !md.is_dir() {
                fs::remove_file(dest).map_err(|e| format!("{}: {e}", dest.display()))?;
            }
        }
        fs::rename(first.path(), dest).map_err(|e| format!("{}: {e}", dest.display()))
    })();
    let _ = fs::remove_dir_all(&tmp);
    res
}

impl Engine {
    fn root_access(&self, rec: &ContainerRecord) -> (Option<i32>, Rootfs) {
        let dir = self.paths.container_dir(&rec.id);
        let rootfs = Rootfs::Overlay {
            lower: rec
                .config
                .layers
                .iter()
                .map(|l| {
                    self.paths
                        .layers()
                        .join(l.trim_start_matches("sha256:"))
                        .join("diff")
                })
                .collect(),
            upper: dir.join("upper"),
            work: dir.join("work"),
            target: dir.join("merged"),
            userxattr: self.paths.rootless,
        };
        let running = matches!(
            effective_status(rec).0,
            ContainerStatus::Running | ContainerStatus::Paused
        ) && crate::runtime::proc::alive(rec.state.pid, rec.state.pid_start);
        (running.then_some(rec.state.pid), rootfs)
    }

    pub fn cp(&self, src: &str, dest: &str) -> Result<()> {
        match (parse_cp_path(src), parse_cp_path(dest)) {
            (CpPath::Container(c, p), CpPath::Host(h)) => self.cp_out(&c, &p, &h),
            (CpPath::Host(h), CpPath::Container(c, p)) => self.cp_in(&h, &c, &p),
            (CpPath::Container(..), CpPath::Container(..)) => Err(coded(
                125,
                "copying between containers is not supported: copy to the host first",
            )),
            (CpPath::Host(..), CpPath::Host(..)) => {
                Err(coded(125, "one of SRC and DEST must be CONTAINER:PATH"))
            }
        }
    }

    fn cp_out(&self, ctr: &str, path: &str, host: &str) -> Result<()> {
        let rec = self.container(ctr)?;
        let (pid, rootfs) = self.root_access(&rec);
        let access = match pid {
            Some(p) => RootAccess::Running(p),
            None => RootAccess::Stopped(&rootfs),
        };
        let (r, w) = nix::unistd::pipe()?;
        let src = PathBuf::from(if path.starts_with('/') {
            path.to_string()
        } else {
            format!("/{path}")
        });
        let r_raw = r.as_raw_fd();
        let child = spawn_in_container_root(access, || {
            let _ = nix::unistd::close(r_raw);
            tar_source(fs::File::from(w), &src)
                .map_err(|e| format!("copying {} from container {}: {e}", src.display(), rec.name))
        })
        .map_err(|e| coded(125, e))?;
        let mut reader = fs::File::from(r);
        let res = if host == "-" {
            io::copy(&mut reader, &mut io::stdout().lock())
                .map(|_| ())
                .map_err(|e| e.to_string())
        } else {
            extract_to(&mut reader, Path::new(host), false)
        };
        let mut rest = vec![];
        let _ = reader.read_to_end(&mut rest);
        wait(child).map_err(|e| {
            if e.is_empty() {
                coded(125, "copy failed")
            } else {
                coded(125, e)
            }
        })?;
        res.map_err(|e| coded(125, format!("copying to {host}: {e}")))
    }

    fn cp_in(&self, host: &str, ctr: &str, path: &str) -> Result<()> {
        let rec = self.container(ctr)?;
        if host != "-" && fs::symlink_metadata(host).is_err() {
            return Err(coded(125, format!("{host}: no such file or directory")));
        }
        let (pid, rootfs) = self.root_access(&rec);
        let access = match pid {
            Some(p) => RootAccess::Running(p),
            None => RootAccess::Stopped(&rootfs),
        };
        let (r, w) = nix::unistd::pipe()?;
        let dest = PathBuf::from(if path.starts_with('/') {
            path.to_string()
        } else {
            format!("/{path}")
        });
        let stream = host == "-" || host.ends_with("/.");
        let w_raw = w.as_raw_fd();
        let child = spawn_in_container_root(access, || {
            let _ = nix::unistd::close(w_raw);
            extract_to(fs::File::from(r), &dest, stream)
                .map_err(|e| format!("copying into {}:{}: {e}", rec.name, dest.display()))
        })
        .map_err(|e| coded(125, e))?;
        let writer = fs::File::from(w);
        let res = if host == "-" {
            let mut writer = writer;
            io::copy(&mut io::stdin().lock(), &mut writer).map(|_| ())
        } else {
            tar_source(writer, Path::new(host))
        };
        wait(child).map_err(|e| {
            if e.is_empty() {
                coded(125, "copy failed")
            } else {
                coded(125, e)
            }
        })?;
        res.map_err(|e| coded(125, format!("reading {host}: {e}")))
    }

    /// `export`: the container's filesystem as a tar stream.
    pub fn export<W: Write>(&self, ctr: &str, out: &mut W) -> Result<()> {
        let rec = self.container(ctr)?;
        let (pid, rootfs) = self.root_access(&rec);
        let access = match pid {
            Some(p) => RootAccess::Running(p),
            None => RootAccess::Stopped(&rootfs),
        };
        let (r, w) = nix::unistd::pipe()?;
        let r_raw = r.as_raw_fd();
        let child = spawn_in_container_root(access, || {
            let _ = nix::unistd::close(r_raw);
            let mut b = tar::Builder::new(fs::File::from(w));
            b.follow_symlinks(false);
            b.mode(tar::HeaderMode::Complete);
            let dev = fs::symlink_metadata("/")
                .map(|m| m.dev())
                .map_err(|e| e.to_string())?;
            tar_tree(&mut b, Path::new("/"), Path::new(""), dev)
                .map_err(|e| format!("exporting {}: {e}", rec.name))?;
            b.finish().map_err(|e| e.to_string())
        })
        .map_err(|e| coded(125, e))?;
        let mut reader = fs::File::from(r);
        let res = io::copy(&mut reader, out);
        wait(child).map_err(|e| {
            if e.is_empty() {
                coded(125, "export failed")
            } else {
                coded(125, e)
            }
        })?;
        res?;
        Ok(())
    }

    /// `diff`: what the container changed, from its upper dir: (kind A/C/D, path).
    pub fn diff(&self, ctr: &str) -> Result<Vec<(char, String)>> {
        let rec = self.container(ctr)?;
        let upper = self.paths.container_dir(&rec.id).join("upper");
        let lowers: Vec<PathBuf> = rec
            .config
            .layers
            .iter()
            .map(|l| {
                self.paths
                    .layers()
                    .join(l.trim_start_matches("sha256:"))
                    .join("diff")
            })
            .collect();
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

fn walk_upper(
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
