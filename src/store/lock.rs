//! Advisory file locks (flock via std's File::lock). A lock dies with its holder's fd, so a
//! crashed invocation never leaves a lock that blocks the next one.

use super::{io_err, Result};
use std::fs::{File, OpenOptions};
use std::path::Path;

pub struct FileLock {
    _file: File,
}

impl FileLock {
    /// Block until the exclusive lock on `path` (created if missing) is ours.
    pub fn exclusive(path: &Path) -> Result<FileLock> {
        let file = open(path)?;
        file.lock().map_err(io_err(path))?;
        Ok(FileLock { _file: file })
    }

    /// The exclusive lock on `path` if nobody holds it now; None if somebody does.
    pub fn try_exclusive(path: &Path) -> Result<Option<FileLock>> {
        let file = open(path)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(FileLock { _file: file })),
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(e)) => Err(io_err(path)(e)),
        }
    }
}

fn open(path: &Path) -> Result<File> {
    OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
        .map_err(io_err(path))
}
