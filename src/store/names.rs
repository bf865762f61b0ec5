//! Name reservations, one mechanism for every named object (containers, volumes): a table is a
//! directory of `<name>` files, each holding its owner's id, made with an O_EXCL create under
//! the table's lock file. The lock is held until the owner's record exists, so a reservation
//! whose owner has no record is a crash's leftover, taken over by the next reservation.
//! Each kind of object has its own table: a volume and a container may share a name.

use super::lock::FileLock;
use super::{io_err, Result};
use std::fs;
use std::io::Write;
use std::path::PathBuf;

pub struct NameTable {
    /// one file per reserved name
    pub dir: PathBuf,
    /// held while reserving, and until the owner's record is written
    lock: PathBuf,
}

/// What a reservation found.
#[derive(Debug, PartialEq, Eq)]
pub enum Reservation {
    /// the name is now ours
    Reserved,
    /// the name is held by this owner, whose record exists
    Taken(String),
}

impl NameTable {
    pub fn new(dir: PathBuf, lock: PathBuf) -> NameTable {
        NameTable { dir, lock }
    }

    /// The table's lock: held around `reserve` and the owner's record write.
    pub fn lock(&self) -> Result<FileLock> {
        FileLock::exclusive(&self.lock)
    }

    /// Reserve `name` for `owner`; the caller holds `lock()`. `owner_exists` says whether the
    /// owner of an existing reservation still has its record (else the reservation is stale).
    pub fn reserve(
        &self,
        name: &str,
        owner: &str,
        owner_exists: impl Fn(&str) -> bool,
    ) -> Result<Reservation> {
        let path = self.dir.join(name);
        for _ in 0..2 {
            match fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(mut f) => {
                    if let Err(e) = f.write_all(owner.as_bytes()) {
                        // a full disk: an empty reservation would hold the name for nobody
                        let _ = fs::remove_file(&path);
                        return Err(io_err(&path)(e));
                    }
                    return Ok(Reservation::Reserved);
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let held_by = fs::read_to_string(&path).unwrap_or_default();
                    if !held_by.is_empty() && owner_exists(&held_by) {
                        return Ok(Reservation::Taken(held_by));
                    }
                    // a stale reservation (its owner is gone): the next create_new retries,
                    // and fails with the name's real state if this removal did not happen
                    let _ = fs::remove_file(&path);
                }
                Err(e) => return Err(io_err(&path)(e)),
            }
        }
        Ok(Reservation::Taken(String::new()))
    }

    /// Who holds `name`, if anybody.
    // for `system check` and the tests
    #[allow(dead_code)]
    pub fn owner(&self, name: &str) -> Option<String> {
        fs::read_to_string(self.dir.join(name)).ok()
    }

    /// Give up `name` if `owner` holds it. A reservation that stays is stale once its owner's
    /// record is gone, and the next `reserve` takes it over: failing to remove it is harmless.
    pub fn release(&self, name: &str, owner: &str) {
        let path = self.dir.join(name);
        if fs::read_to_string(&path).is_ok_and(|o| o == owner) {
            let _ = fs::remove_file(&path);
        }
    }
}
