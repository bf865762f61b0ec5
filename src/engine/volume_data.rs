//! A volume's data: mounting a volume made with `--opt type=…,device=…,o=…` (by mount(8), as
//! podman does, on the volume's data directory, counted so that the last user unmounts it),
//! `volume mount`/`unmount`, `volume export` (a tar of the data) and `volume import`.

use super::error::{EngineError, Result};
use super::images::StdoutStream;
use super::Engine;
use crate::store::VolumeRecord;
use std::io::{Read, Write};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

/// Does the volume need a mount before use? (podman's rule: options other than UID, GID,
/// SIZE, NOQUOTA, copy and nocopy, and o when those came from it.)
pub fn needs_mount(rec: &VolumeRecord) -> bool {
    let mut ignored = ["UID", "GID", "SIZE", "NOQUOTA", "nocopy", "copy"]
        .iter()
        .filter(|k| rec.options.contains_key(**k))
        .count();
    if ignored > 0 {
        // uid= and gid= come with an o= as well
        ignored += 1;
    }
    rec.options.len() > ignored
}

/// Is `p` a mount point (in /proc/self/mountinfo)? A bind of a directory of the same
/// filesystem has the same st_dev, so the mount table is asked.
pub fn is_mounted(p: &Path) -> bool {
    let Ok(info) = std::fs::read_to_string("/proc/self/mountinfo") else {
        return false;
    };
    let want = p.to_string_lossy();
    info.lines()
        .filter_map(|l| l.split(' ').nth(4))
        .any(|m| unescape_mountinfo(m) == want)
}

/// mountinfo's octal escapes (`\040` for a space).
fn unescape_mountinfo(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' && i + 4 <= b.len() {
            if let Ok(n) = u8::from_str_radix(&s[i + 1..i + 4], 8) {
                out.push(n);
                i += 4;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A size as go-units' FromHumanSize reads it ("64m", "2G", "1.5k", "100"): bytes.
pub fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    let split = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let n: f64 = num.parse().ok()?;
    let unit = unit.trim().to_ascii_lowercase();
    let unit = unit.trim_end_matches('b').trim_end_matches('i');
    let mult = match unit {
        "" => 1.0,
        "k" => 1e3,
        "m" => 1e6,
        "g" => 1e9,
        "t" => 1e12,
        "p" => 1e15,
        _ => return None,
    };
    Some((n * mult) as u64)
}

/// The checks of a new volume's options that need the host: a bind's device must exist; a
/// size without a type would be a disk quota, which rcon does not set.
pub fn check_mount_options(rec: &VolumeRecord) -> Result<()> {
    let typ = option(rec, "type").unwrap_or_default().to_ascii_lowercase();
    if typ == "bind" {
        if let Some(dev) = option(rec, "device") {
            if let Err(e) = std::fs::metadata(&dev) {
                return Err(EngineError::invalid(format!(
                    "invalid volume option device for driver 'local': stat {dev}: {}",
                    super::files::describe(&e)
                )));
            }
        }
    }
    if typ.is_empty() && (rec.options.contains_key("SIZE") || rec.options.contains_key("INODES")) {
        return Err(EngineError::unsupported(
            "--opt o=size=/inodes=: rcon sets no disk quotas on volumes: add --opt type=tmpfs for a size-limited volume in memory",
        ));
    }
    Ok(())
}

/// An option by its key, any case.
fn option(rec: &VolumeRecord, key: &str) -> Option<String> {
    rec.options
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(key))
        .map(|(_, v)| v.clone())
}

/// The host directory of a bind-backed volume (type=bind, or o= naming bind or rbind).
fn bind_device(rec: &VolumeRecord) -> Option<PathBuf> {
    let typ = option(rec, "type").unwrap_or_default();
    let o = option(rec, "o").unwrap_or_default();
    let bind = typ == "bind" || o.split(',').any(|x| x == "bind" || x == "rbind");
    option(rec, "device")
        .filter(|d| bind && d.starts_with('/'))
        .map(PathBuf::from)
}

/// Mount the volume on its data directory as mount(8) would: `-t TYPE` (`-o bind` for
/// type=bind), `-o O`, the device (the type where none is given, as tmpfs needs).
fn mount(rec: &VolumeRecord) -> Result<()> {
    let typ = option(rec, "type").unwrap_or_default();
    let o = option(rec, "o").unwrap_or_default();
    let device = option(rec, "device")
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| typ.clone());
    let mut cmd = std::process::Command::new("mount");
    if !o.is_empty() {
        cmd.args(["-o", &o]);
    }
    match typ.as_str() {
        "" => {}
        "bind" => {
            cmd.args(["-o", "bind"]);
        }
        t => {
            cmd.args(["-t", t]);
        }
    }
    cmd.arg(&device).arg(&rec.mountpoint);
    let out = cmd
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| {
            EngineError::failed(format!("mounting volume {}: running mount: {e}", rec.name))
        })?;
    if !out.status.success() {
        let msg = String::from_utf8_lossy(&out.stderr);
        return Err(EngineError::failed(format!(
            "mounting volume {}: {}",
            rec.name,
            msg.trim().trim_start_matches("mount: ")
        )));
    }
    Ok(())
}

/// Unmount the volume's data directory if it is a mount point (detached: a process still in
/// it does not keep the volume from going).
pub fn unmount(rec: &VolumeRecord) -> Result<()> {
    if !is_mounted(&rec.mountpoint) {
        return Ok(());
    }
    nix::mount::umount2(&rec.mountpoint, nix::mount::MntFlags::MNT_DETACH)
        .map_err(|e| EngineError::failed(format!("unmounting volume {}: {}", rec.name, e.desc())))
}

impl Engine {
    /// The host path a container mounts for volume `name`: its data directory, mounted first
    /// when the volume has mount options (counted: `volume_release` undoes one); rootless, a
    /// bind-backed volume's device itself (nothing is mounted or counted then). For
    /// `run`/`start`.
    pub fn volume_mount_source(&self, name: &str) -> Result<PathBuf> {
        let v = self.volumes();
        let _g = v.lock(name)?;
        let rec = v.load(name)?;
        if !needs_mount(&rec) {
            return Ok(rec.mountpoint);
        }
        if self.paths.rootless {
            // a bind-backed volume needs no mount of its own: the container binds its device
            if let Some(dev) = bind_device(&rec) {
                return Ok(dev);
            }
            return Err(EngineError::unsupported(format!(
                "volume {name} has mount options (type, device, o): mounting it needs root, rootless rcon cannot yet"
            )));
        }
        let n = v.mount_count(name);
        if n == 0 && !is_mounted(&rec.mountpoint) {
            mount(&rec)?;
        }
        if let Err(e) = v.set_mount_count(name, n + 1) {
            if n == 0 {
                // the count failed: the mount made for it goes with the error
                let _ = unmount(&rec);
            }
            return Err(e.into());
        }
        Ok(rec.mountpoint)
    }

    /// One user of volume `name` is done with it: the last unmounts a volume with mount
    /// options. A volume removed meanwhile is no error.
    pub fn volume_release(&self, name: &str) -> Result<()> {
        let v = self.volumes();
        let _g = v.lock(name)?;
        let rec = match v.load(name) {
            Ok(r) => r,
            Err(crate::store::StoreError::NoSuchVolume(_)) => return Ok(()),
            Err(e) => return Err(e.into()),
        };
        if !needs_mount(&rec) {
            return Ok(());
        }
        let n = v.mount_count(name);
        if n <= 1 {
            unmount(&rec)?;
            v.set_mount_count(name, 0)?;
        } else {
            v.set_mount_count(name, n - 1)?;
        }
        Ok(())
    }

    /// `volume mount`: the path of the volume's data, mounted if it has mount options.
    pub fn volume_mount(&self, reference: &str) -> Result<PathBuf> {
        self.check_volume_mount_allowed("volume mount")?;
        let name = self.volumes().lookup(reference)?;
        self.volume_mount_source(&name)
    }

    /// `volume unmount`: undo one `volume mount`. Returns the volume's name.
    pub fn volume_unmount(&self, reference: &str) -> Result<String> {
        self.check_volume_mount_allowed("volume unmount")?;
        let name = self.volumes().lookup(reference)?;
        self.volume_release(&name)?;
        Ok(name)
    }

    fn check_volume_mount_allowed(&self, verb: &str) -> Result<()> {
        if self.paths.rootless && !super::host::in_child_userns() {
            return Err(EngineError::invalid(format!(
                "cannot run command \"rcon {verb}\" in rootless mode, must execute `rcon unshare` first"
            )));
        }
        Ok(())
    }

    /// `volume export`: the volume's data as a tar, to `output` (written beside it and renamed
    /// when complete) or to the caller's `stdout`. Symbolic links are archived, not followed.
    pub fn volume_export(
        &self,
        reference: &str,
        output: Option<&Path>,
        stdout: StdoutStream,
    ) -> Result<()> {
        let name = self.volumes().lookup(reference)?;
        if output.is_none() && stdout.is_terminal {
            return Err(EngineError::invalid(
                "cannot write to terminal, use command-line redirection or the --output flag",
            ));
        }
        let data = self.volume_mount_source(&name)?;
        let res = (|| -> Result<()> {
            match output {
                Some(p) => {
                    let tmp = p.with_extension("rcon-partial");
                    let f = std::fs::File::create(&tmp)
                        .map_err(|e| EngineError::failed(format!("{}: {e}", p.display())))?;
                    let r = tar_data(&data, std::io::BufWriter::new(f));
                    if r.is_err() {
                        crate::image::remove_file_or_warn(&tmp);
                    }
                    r?;
                    std::fs::rename(&tmp, p)?;
                }
                None => tar_data(&data, stdout.writer)?,
            }
            Ok(())
        })();
        let released = self.volume_release(&name);
        res?;
        released
    }

    /// `volume import`: a tar (plain, as `volume export` writes it) unpacked into the volume's
    /// data, whose entries cannot reach out of it (links are resolved inside the data).
    pub fn volume_import(&self, reference: &str, input: &mut dyn Read) -> Result<()> {
        let name = self.volumes().lookup(reference)?;
        let data = self.volume_mount_source(&name)?;
        let opts = crate::image::unpack::UnpackOptions {
            whiteouts: crate::image::unpack::WhiteoutMode::Plain,
            opaque_xattr: "trusted.overlay.opaque",
            preserve_owner: true,
            inflation: None,
        };
        let res = crate::image::unpack::unpack_layer(input, &data, &opts);
        let released = self.volume_release(&name);
        res.map_err(|e| EngineError::failed(format!("importing into volume {name}: {e}")))?;
        released
    }

    /// Unmount every mounted volume (before the store is deleted by `system reset`).
    pub fn volumes_unmount_all(&self) {
        let v = self.volumes();
        let Ok((recs, _)) = v.list() else { return };
        for rec in recs.iter().filter(|r| needs_mount(r)) {
            // what stays mounted makes the store's removal fail, and that error is reported
            let _ = unmount(&rec.clone());
            let _ = v.set_mount_count(&rec.name, 0);
        }
    }
}

/// The tar of a volume's data directory: its contents, named relative to it.
fn tar_data<W: Write>(data: &Path, w: W) -> Result<()> {
    let dev = std::fs::symlink_metadata(data)?.dev();
    super::files::write_archive(w, |b| {
        super::files::tar_tree(b, data, Path::new(""), dev, None)
    })
    .map_err(|e| {
        EngineError::failed(format!(
            "writing the archive: {}",
            super::files::describe(&e)
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("64m"), Some(64_000_000));
        assert_eq!(parse_size("2G"), Some(2_000_000_000));
        assert_eq!(parse_size("100"), Some(100));
        assert_eq!(parse_size("abc"), None);
    }

    #[test]
    fn mount_needed() {
        let mut r = VolumeRecord::default();
        assert!(!needs_mount(&r));
        r.options.insert("o".into(), "uid=1".into());
        r.options.insert("UID".into(), "1".into());
        assert!(!needs_mount(&r));
        r.options.insert("type".into(), "tmpfs".into());
        assert!(needs_mount(&r));
        assert_eq!(unescape_mountinfo("/a\\040b"), "/a b");
    }
}
