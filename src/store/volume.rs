//! Volume records, podman's layout: `volumes/<name>/volume.json` beside `volumes/<name>/_data`,
//! the data a container mounts. A volume is made whole in `tmp/` and renamed into place, and
//! removed by a rename into `tmp/` before it is deleted, so a crash leaves the whole volume or
//! none of it. Names are reserved in `volume-names/` (`store::names`, as containers' are);
//! a record is changed under the volume's own lock; how often a volume is mounted is runtime
//! state, on the runroot.

use super::atomic::{read_json, write_json_atomic};
use super::container::valid_name;
use super::lock::FileLock;
use super::names::{NameTable, Reservation};
use super::paths::{mkdir_p, StorePaths};
use super::{io_err, Result, StoreError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// The record's file name in the volume's directory.
const RECORD: &str = "volume.json";
/// The data directory's name in the volume's directory (podman's).
pub const DATA: &str = "_data";

/// One volume, as created; only the copy-up and chown marks change later.
#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq)]
#[serde(default)]
pub struct VolumeRecord {
    pub name: String,
    /// "local", the only driver
    pub driver: String,
    /// the data directory (what a container mounts)
    pub mountpoint: PathBuf,
    /// RFC 3339, as Go marshals a time
    pub created_at: String,
    pub labels: BTreeMap<String, String>,
    /// the driver's options as podman records them: type, device, o, and UID, GID, SIZE,
    /// INODES, NOQUOTA parsed out of o
    pub options: BTreeMap<String, String>,
    /// o=uid=N: the data directory's owner
    pub uid: Option<u32>,
    pub gid: Option<u32>,
    /// made for one container (`-v /path`), removed with it
    pub anonymous: bool,
    /// the first container to mount it fills it from the image's directory
    pub needs_copy_up: bool,
    /// the first container to mount it chowns it to the container's user
    pub needs_chown: bool,
}

/// A volume whose record cannot be read: its name and what is wrong.
pub type Unreadable = (String, String);

pub struct VolumeStore {
    pub paths: StorePaths,
}

impl VolumeStore {
    pub fn new(paths: StorePaths) -> VolumeStore {
        VolumeStore { paths }
    }

    /// The volume names' table: a separate namespace from containers' (a volume and a
    /// container may share a name, as in podman).
    pub fn name_table(&self) -> NameTable {
        NameTable::new(
            self.paths.volume_names(),
            self.paths.locks().join("volume-names.lock"),
        )
    }

    pub fn dir(&self, name: &str) -> PathBuf {
        self.paths.volumes().join(name)
    }

    pub fn data_dir(&self, name: &str) -> PathBuf {
        self.dir(name).join(DATA)
    }

    fn record_path(&self, name: &str) -> PathBuf {
        self.dir(name).join(RECORD)
    }

    /// The volume's lock: held for a read-modify-write of its record, its removal, its mounts.
    pub fn lock(&self, name: &str) -> Result<FileLock> {
        FileLock::exclusive(&self.paths.locks().join(format!("volume-{name}.lock")))
    }

    pub fn exists(&self, name: &str) -> bool {
        valid_name(name) && self.record_path(name).exists()
    }

    pub fn load(&self, name: &str) -> Result<VolumeRecord> {
        if !valid_name(name) {
            return Err(StoreError::NoSuchVolume(name.to_string()));
        }
        read_json(&self.record_path(name))?.ok_or_else(|| StoreError::NoSuchVolume(name.into()))
    }

    /// Write a record the caller holds the lock for (copy-up and chown done: run's wiring).
    #[allow(dead_code)]
    pub fn save_locked(&self, rec: &VolumeRecord) -> Result<()> {
        write_json_atomic(&self.record_path(&rec.name), rec)
    }

    /// The volumes' names (those with a record), sorted.
    pub fn names(&self) -> Result<Vec<String>> {
        let dir = self.paths.volumes();
        let rd = match fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(vec![]),
            Err(e) => return Err(io_err(&dir)(e)),
        };
        let mut names: Vec<String> = rd
            .flatten()
            .filter_map(|e| e.file_name().to_str().map(str::to_string))
            .filter(|n| valid_name(n))
            .collect();
        names.sort();
        Ok(names)
    }

    /// Every volume's record, and the names of those whose record cannot be read (with what
    /// is wrong): only the small JSON files are read.
    pub fn list(&self) -> Result<(Vec<VolumeRecord>, Vec<Unreadable>)> {
        let mut out = vec![];
        let mut damaged = vec![];
        for name in self.names()? {
            match read_json::<VolumeRecord>(&self.record_path(&name)) {
                Ok(Some(r)) => out.push(r),
                // a directory without a record is a creation cut short: not a volume
                Ok(None) => {}
                Err(e) => damaged.push((name, e.to_string())),
            }
        }
        Ok((out, damaged))
    }

    /// A volume by its full name or a unique prefix of it (podman's lookup).
    pub fn lookup(&self, reference: &str) -> Result<String> {
        if self.exists(reference) {
            return Ok(reference.to_string());
        }
        if reference.is_empty() || !valid_name(reference) {
            return Err(StoreError::NoSuchVolume(reference.to_string()));
        }
        let matches: Vec<String> = self
            .names()?
            .into_iter()
            .filter(|n| n.starts_with(reference) && self.record_path(n).exists())
            .collect();
        match matches.as_slice() {
            [one] => Ok(one.clone()),
            [] => Err(StoreError::NoSuchVolume(reference.to_string())),
            _ => Err(StoreError::AmbiguousVolume(reference.to_string())),
        }
    }

    /// Create `rec` (its name reserved, its directory made whole in tmp/ and renamed into
    /// place); `prepare` readies the new data directory (its owner) before it appears. On any
    /// failure nothing is left behind. `VolumeExists` when the name is taken.
    pub fn create(
        &self,
        rec: &VolumeRecord,
        prepare: impl FnOnce(&Path) -> std::io::Result<()>,
    ) -> Result<()> {
        let name = &rec.name;
        if !valid_name(name) {
            return Err(StoreError::BadVolumeName(name.clone()));
        }
        mkdir_p(&self.paths.volumes(), 0o700)?;
        mkdir_p(&self.paths.volume_names(), 0o700)?;
        let table = self.name_table();
        // held for the reservation and the record: parallel creates of one name make one
        let _names = table.lock()?;
        if let Reservation::Taken(_) = table.reserve(name, name, |n| self.exists(n))? {
            return Err(StoreError::VolumeExists(name.clone()));
        }
        let res = self.create_reserved(rec, prepare);
        if res.is_err() {
            table.release(name, name);
        }
        res
    }

    fn create_reserved(
        &self,
        rec: &VolumeRecord,
        prepare: impl FnOnce(&Path) -> std::io::Result<()>,
    ) -> Result<()> {
        let final_dir = self.dir(&rec.name);
        if final_dir.exists() {
            // a directory without a record: a removal or creation cut short by a crash
            let trash = self.paths.tmp().join(crate::image::tmp_name("volrm"));
            fs::rename(&final_dir, &trash).map_err(io_err(&final_dir))?;
            super::container::remove_dir(&trash)?;
        }
        let staged = self.paths.tmp().join(crate::image::tmp_name("volnew"));
        let res = (|| {
            mkdir_p(&staged, 0o700)?;
            let data = staged.join(DATA);
            fs::create_dir(&data).map_err(io_err(&data))?;
            {
                use std::os::unix::fs::PermissionsExt;
                // not the umask's: podman's data directories are 0755
                fs::set_permissions(&data, fs::Permissions::from_mode(0o755))
                    .map_err(io_err(&data))?;
            }
            prepare(&data).map_err(io_err(&data))?;
            write_json_atomic(&staged.join(RECORD), rec)?;
            fs::rename(&staged, &final_dir).map_err(io_err(&final_dir))?;
            // the rename is durable once the volumes directory is
            let vols = self.paths.volumes();
            fs::File::open(&vols)
                .and_then(|d| d.sync_all())
                .map_err(io_err(&vols))
        })();
        if res.is_err() {
            // the failure is what the caller hears; a staged leftover of this process is
            // swept from tmp/ by `system check --repair`
            let _ = super::container::remove_dir(&staged);
        }
        res
    }

    /// Take the volume out of the store in one step (its directory renamed into tmp/, its name
    /// freed); the caller holds its lock and deletes the returned directory with `remove_dir`
    /// (no symlink below it is followed). A crash in between leaves only a tmp/ entry.
    pub fn detach_locked(&self, name: &str) -> Result<PathBuf> {
        let dir = self.dir(name);
        let trash = self.paths.tmp().join(crate::image::tmp_name("volrm"));
        fs::rename(&dir, &trash).map_err(io_err(&dir))?;
        self.name_table().release(name, name);
        let _ = fs::remove_file(self.mount_count_path(name));
        Ok(trash)
    }

    fn mount_count_path(&self, name: &str) -> PathBuf {
        self.paths.run_volumes().join(format!("{name}.count"))
    }

    /// How many mounts of the volume are in use (0 after a reboot: the file is on the runroot).
    pub fn mount_count(&self, name: &str) -> u32 {
        fs::read_to_string(self.mount_count_path(name))
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(0)
    }

    /// Record the mount count; the caller holds the volume's lock.
    pub fn set_mount_count(&self, name: &str, n: u32) -> Result<()> {
        let p = self.mount_count_path(name);
        if n == 0 {
            return match fs::remove_file(&p) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(io_err(&p)(e)),
                _ => Ok(()),
            };
        }
        mkdir_p(&self.paths.run_volumes(), 0o700)?;
        super::atomic::write_bytes_volatile(&p, n.to_string().as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> (tempfile::TempDir, VolumeStore) {
        let d = tempfile::tempdir().unwrap();
        let p = StorePaths::new(d.path().join("root"), d.path().join("run"), false);
        p.ensure().unwrap();
        (d, VolumeStore::new(p))
    }

    fn rec(name: &str) -> VolumeRecord {
        VolumeRecord {
            name: name.into(),
            driver: "local".into(),
            ..Default::default()
        }
    }

    #[test]
    fn create_lookup_detach() {
        let (_d, s) = store();
        s.create(&rec("data"), |_| Ok(())).unwrap();
        assert!(matches!(
            s.create(&rec("data"), |_| Ok(())),
            Err(StoreError::VolumeExists(_))
        ));
        assert!(s.data_dir("data").is_dir());
        assert_eq!(s.lookup("da").unwrap(), "data");
        s.create(&rec("dat2"), |_| Ok(())).unwrap();
        assert!(matches!(
            s.lookup("dat"),
            Err(StoreError::AmbiguousVolume(_))
        ));
        let trash = s.detach_locked("data").unwrap();
        super::super::container::remove_dir(&trash).unwrap();
        assert!(!s.exists("data"));
        // the name is free again
        s.create(&rec("data"), |_| Ok(())).unwrap();
        assert!(matches!(
            s.create(&rec("-x"), |_| Ok(())),
            Err(StoreError::BadVolumeName(_))
        ));
    }

    #[test]
    fn failed_prepare_leaves_nothing() {
        let (_d, s) = store();
        let err = s.create(&rec("v"), |_| {
            Err(std::io::Error::from_raw_os_error(libc::EPERM))
        });
        assert!(err.is_err());
        assert!(!s.dir("v").exists());
        assert!(s.name_table().owner("v").is_none());
        assert_eq!(fs::read_dir(s.paths.tmp()).unwrap().count(), 0);
    }
}
