//! Crash-safe JSON records: a reader sees the old record or the new one, never half of one.

use super::{io_err, Result, StoreError};
use serde::{de::DeserializeOwned, Serialize};
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

/// Write `value` as JSON to `path`: temp file in the same directory, fsync, rename, fsync the
/// directory. rename(2) alone is atomic but not durable: without the directory fsync a crash
/// can bring back the old name after we reported success.
pub fn write_json_atomic<T: Serialize + ?Sized>(path: &Path, value: &T) -> Result<()> {
    let data = serde_json::to_vec_pretty(value).expect("records always serialize");
    write_bytes_atomic(path, &data)
}

/// Atomic but not durable: a reader sees the old or the new record, and a crash may bring
/// back the old one. For runtime state (pids, running/exited) that a reboot invalidates and
/// `reconcile` repairs, where two fsyncs per update would cost more than the container start.
/// A crash never leaves the record empty or cut short where it replaces one: ext4 and btrfs
/// write a file's data before a rename over another file commits (ext4's auto_da_alloc),
/// tmpfs does not survive the crash, and elsewhere the data is synced first (see
/// `rename_orders_data`). A new file, with no old one to fall back to, has no such guarantee.
pub fn write_json_volatile<T: Serialize + ?Sized>(path: &Path, value: &T) -> Result<()> {
    let data = serde_json::to_vec_pretty(value).expect("records always serialize");
    write_atomic(path, &data, false)
}

pub fn write_bytes_atomic(path: &Path, data: &[u8]) -> Result<()> {
    write_atomic(path, data, true)
}

pub fn write_bytes_volatile(path: &Path, data: &[u8]) -> Result<()> {
    write_atomic(path, data, false)
}

fn write_atomic(path: &Path, data: &[u8], durable: bool) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("record");
    let tmp = dir.join(format!(".{}.tmp-{}", name, std::process::id()));
    let result = (|| {
        let mut f = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o644)
            .open(&tmp)?;
        f.write_all(data)?;
        if durable {
            f.sync_all()?;
        } else if !rename_orders_data(&f) {
            f.sync_data()?;
        }
        fs::rename(&tmp, path)?;
        if durable {
            File::open(dir)?.sync_all()?;
        }
        Ok(())
    })();
    if result.is_err() {
        // the write's error is the one to report; a temporary file left behind is never read
        // (records are read by their own names) and is overwritten by the next write
        let _ = fs::remove_file(&tmp);
    }
    result.map_err(io_err(path))
}

/// Whether a rename of `f` over another file is only committed with `f`'s data, so that a
/// crash leaves the old file or the whole new one (one fstatfs, well under a microsecond).
fn rename_orders_data(f: &File) -> bool {
    use nix::sys::statfs::{fstatfs, BTRFS_SUPER_MAGIC, EXT4_SUPER_MAGIC, TMPFS_MAGIC};
    fstatfs(f).is_ok_and(|s| {
        [EXT4_SUPER_MAGIC, BTRFS_SUPER_MAGIC, TMPFS_MAGIC].contains(&s.filesystem_type())
    })
}

/// Read a JSON record; `Ok(None)` when it does not exist.
pub fn read_json<T: DeserializeOwned>(path: &Path) -> Result<Option<T>> {
    match fs::read(path) {
        Ok(data) => serde_json::from_slice(&data)
            .map(Some)
            .map_err(|err| StoreError::Corrupt {
                path: path.display().to_string(),
                err,
            }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(io_err(path)(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_missing() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("r.json");
        assert!(read_json::<Vec<u32>>(&p).unwrap().is_none());
        write_json_atomic(&p, &vec![1u32, 2, 3]).unwrap();
        assert_eq!(read_json::<Vec<u32>>(&p).unwrap(), Some(vec![1, 2, 3]));
        write_json_atomic(&p, &vec![4u32]).unwrap();
        assert_eq!(read_json::<Vec<u32>>(&p).unwrap(), Some(vec![4]));
        // no temp files are left behind
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn corrupt_record_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("r.json");
        fs::write(&p, b"{\"half").unwrap();
        let err = read_json::<serde_json::Value>(&p).unwrap_err();
        assert!(err.to_string().contains("corrupt record"), "{err}");
    }
}
