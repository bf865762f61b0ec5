//! Directory trees walked through fds, never following a symlink: the copy of a directory's
//! contents into a fresh mount (a tmpfs's `tmpcopyup`, a new volume's copy-up) and the
//! recursive chown of a bind source (`:U`). The image's content is the container's to
//! choose, so every entry is opened below its parent's fd with O_NOFOLLOW.

use nix::errno::Errno;
use nix::fcntl::{openat, AtFlags, OFlag};
use nix::sys::stat::{fchmodat, fstatat, mkdirat, mknodat, FchmodatFlags, Mode, SFlag};
use nix::unistd::{fchownat, Gid, Uid};
use std::ffi::OsStr;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

/// Deep enough for any real tree; a deeper one is refused rather than exhausting the stack.
const MAX_DEPTH: usize = 256;

/// Take ownership of a fd an open call just returned.
#[allow(unsafe_code)]
fn owned(fd: RawFd) -> OwnedFd {
    // SAFETY: called only with a fresh fd from open/openat, owned by nobody else.
    unsafe { OwnedFd::from_raw_fd(fd) }
}

fn open_at(dir: RawFd, name: &OsStr, flags: OFlag, mode: Mode) -> Result<OwnedFd, Errno> {
    let fd = openat(
        Some(dir),
        name,
        flags | OFlag::O_CLOEXEC | OFlag::O_NOFOLLOW,
        mode,
    )?;
    Ok(owned(fd))
}

/// The names in a directory, but `.` and `..`.
fn entries(dir: RawFd) -> Result<Vec<Vec<u8>>, Errno> {
    let fd = open_at(
        dir,
        OsStr::new("."),
        OFlag::O_RDONLY | OFlag::O_DIRECTORY,
        Mode::empty(),
    )?;
    let mut d = nix::dir::Dir::from(fd)?;
    let mut names = vec![];
    for e in d.iter() {
        let name = e?.file_name().to_bytes().to_vec();
        if name != b"." && name != b".." {
            names.push(name);
        }
    }
    Ok(names)
}

fn set_owner(dir: RawFd, name: &OsStr, uid: u32, gid: u32) -> Result<(), Errno> {
    match fchownat(
        Some(dir),
        name,
        Some(Uid::from_raw(uid)),
        Some(Gid::from_raw(gid)),
        AtFlags::AT_SYMLINK_NOFOLLOW,
    ) {
        // an owner this user namespace does not map: the entry keeps ours
        Err(Errno::EINVAL) => Ok(()),
        r => r,
    }
}

/// Copy the contents of directory `from` into directory `to` (owners, modes, symlinks,
/// device nodes where allowed), never following a symlink on either side.
pub fn copy_dir_contents(from: RawFd, to: RawFd) -> Result<(), Errno> {
    copy_level(from, to, 0)
}

fn copy_level(from: RawFd, to: RawFd, depth: usize) -> Result<(), Errno> {
    if depth > MAX_DEPTH {
        return Err(Errno::ELOOP);
    }
    for raw in entries(from)? {
        let name = OsStr::from_bytes(&raw);
        let st = fstatat(Some(from), name, AtFlags::AT_SYMLINK_NOFOLLOW)?;
        let perm = Mode::from_bits_truncate(st.st_mode & 0o7777);
        let kind = SFlag::from_bits_truncate(st.st_mode & SFlag::S_IFMT.bits());
        match kind {
            SFlag::S_IFDIR => {
                match mkdirat(Some(to), name, Mode::from_bits_truncate(0o700)) {
                    Ok(()) | Err(Errno::EEXIST) => {}
                    Err(e) => return Err(e),
                }
                let flags = OFlag::O_RDONLY | OFlag::O_DIRECTORY;
                let src = open_at(from, name, flags, Mode::empty())?;
                let dst = open_at(to, name, flags, Mode::empty())?;
                copy_level(src.as_raw_fd(), dst.as_raw_fd(), depth + 1)?;
            }
            SFlag::S_IFREG => {
                let src = open_at(from, name, OFlag::O_RDONLY, Mode::empty())?;
                let dst = open_at(
                    to,
                    name,
                    OFlag::O_WRONLY | OFlag::O_CREAT | OFlag::O_EXCL,
                    Mode::from_bits_truncate(0o600),
                )?;
                let (mut r, mut w) = (std::fs::File::from(src), std::fs::File::from(dst));
                std::io::copy(&mut r, &mut w)
                    .map_err(|e| Errno::from_raw(e.raw_os_error().unwrap_or(libc::EIO)))?;
            }
            SFlag::S_IFLNK => {
                let target = nix::fcntl::readlinkat(Some(from), name)?;
                nix::unistd::symlinkat(target.as_os_str(), Some(to), name)?;
            }
            _ => match mknodat(Some(to), name, kind, perm, st.st_rdev) {
                // device nodes cannot be made in a user namespace: left out, as a copy by
                // an unprivileged user would
                Err(Errno::EPERM) => continue,
                r => r?,
            },
        }
        set_owner(to, name, st.st_uid, st.st_gid)?;
        if kind != SFlag::S_IFLNK {
            fchmodat(Some(to), name, perm, FchmodatFlags::NoFollowSymlink).or_else(|e| {
                if e == Errno::EOPNOTSUPP {
                    Ok(())
                } else {
                    Err(e)
                }
            })?;
        }
    }
    Ok(())
}

/// `chown -R uid:gid path`, the path itself resolved (a symlink given by the user is
/// followed, as the bind mount follows it), nothing below it followed.
pub fn chown_tree(path: &Path, uid: u32, gid: u32) -> Result<(), Errno> {
    nix::unistd::chown(path, Some(Uid::from_raw(uid)), Some(Gid::from_raw(gid)))?;
    let flags = OFlag::O_RDONLY | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC;
    let dir = match nix::fcntl::open(path, flags, Mode::empty()) {
        Ok(fd) => owned(fd),
        // a file: nothing below it
        Err(Errno::ENOTDIR) => return Ok(()),
        Err(e) => return Err(e),
    };
    chown_level(dir.as_raw_fd(), uid, gid, 0)
}

fn chown_level(dir: RawFd, uid: u32, gid: u32, depth: usize) -> Result<(), Errno> {
    if depth > MAX_DEPTH {
        return Err(Errno::ELOOP);
    }
    for raw in entries(dir)? {
        let name = OsStr::from_bytes(&raw);
        set_owner(dir, name, uid, gid)?;
        let st = fstatat(Some(dir), name, AtFlags::AT_SYMLINK_NOFOLLOW)?;
        if SFlag::from_bits_truncate(st.st_mode & SFlag::S_IFMT.bits()) == SFlag::S_IFDIR {
            let sub = open_at(
                dir,
                name,
                OFlag::O_RDONLY | OFlag::O_DIRECTORY,
                Mode::empty(),
            )?;
            chown_level(sub.as_raw_fd(), uid, gid, depth + 1)?;
        }
    }
    Ok(())
}
