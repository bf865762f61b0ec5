//! Thin wrappers over the raw `*at` calls.

use std::ffi::CStr;
use std::io;
use std::os::fd::{FromRawFd, OwnedFd, RawFd};

fn cvt(r: libc::c_int) -> io::Result<()> {
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(())
    }
}

fn cvt_fd(r: libc::c_long) -> io::Result<OwnedFd> {
    if r < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: a non-negative return from open/openat2 is a new fd that nothing else owns.
    Ok(unsafe { OwnedFd::from_raw_fd(r as RawFd) })
}

pub fn open(
    dirfd: RawFd,
    path: &CStr,
    flags: libc::c_int,
    mode: libc::mode_t,
) -> io::Result<OwnedFd> {
    openat(dirfd, path, flags, mode)
}

pub fn openat(
    dirfd: RawFd,
    path: &CStr,
    flags: libc::c_int,
    mode: libc::mode_t,
) -> io::Result<OwnedFd> {
    loop {
        // SAFETY: path is NUL-terminated and outlives the call.
        let r = unsafe { libc::openat(dirfd, path.as_ptr(), flags | libc::O_CLOEXEC, mode) };
        match cvt_fd(r.into()) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            r => return r,
        }
    }
}

/// Open `path` below `root` as if `root` were `/`: `..` and absolute
/// symlinks (planted by earlier entries) cannot climb out of it.
pub fn openat2_in_root(root: RawFd, path: &CStr, flags: libc::c_int) -> io::Result<OwnedFd> {
    // SAFETY: open_how is plain integers, for which all-zero is valid.
    let mut how: libc::open_how = unsafe { std::mem::zeroed() };
    how.flags = (flags | libc::O_CLOEXEC) as u64;
    how.resolve = libc::RESOLVE_IN_ROOT | libc::RESOLVE_NO_MAGICLINKS;
    let mut tries = 0;
    loop {
        // SAFETY: path is NUL-terminated; `how` is a valid open_how and its exact size is passed.
        let r = unsafe {
            libc::syscall(
                libc::SYS_openat2,
                root,
                path.as_ptr(),
                &how as *const libc::open_how,
                std::mem::size_of::<libc::open_how>(),
            )
        };
        match cvt_fd(r) {
            // EAGAIN: a concurrent rename/mount raced the in-root lookup.
            Err(e)
                if tries < 64 && matches!(e.raw_os_error(), Some(libc::EAGAIN | libc::EINTR)) =>
            {
                tries += 1;
            }
            r => return r,
        }
    }
}

pub fn mkdirat(dirfd: RawFd, name: &CStr, mode: libc::mode_t) -> io::Result<()> {
    // SAFETY: name is NUL-terminated and outlives the call.
    cvt(unsafe { libc::mkdirat(dirfd, name.as_ptr(), mode) })
}

pub fn mknodat(dirfd: RawFd, name: &CStr, mode: libc::mode_t, dev: libc::dev_t) -> io::Result<()> {
    // SAFETY: name is NUL-terminated and outlives the call.
    cvt(unsafe { libc::mknodat(dirfd, name.as_ptr(), mode, dev) })
}

pub fn symlinkat(target: &CStr, dirfd: RawFd, name: &CStr) -> io::Result<()> {
    // SAFETY: both strings are NUL-terminated and outlive the call.
    cvt(unsafe { libc::symlinkat(target.as_ptr(), dirfd, name.as_ptr()) })
}

pub fn linkat(olddir: RawFd, old: &CStr, newdir: RawFd, new: &CStr) -> io::Result<()> {
    // SAFETY: both strings are NUL-terminated and outlive the call.
    cvt(unsafe { libc::linkat(olddir, old.as_ptr(), newdir, new.as_ptr(), 0) })
}

pub fn unlinkat(dirfd: RawFd, name: &CStr, flags: libc::c_int) -> io::Result<()> {
    // SAFETY: name is NUL-terminated and outlives the call.
    cvt(unsafe { libc::unlinkat(dirfd, name.as_ptr(), flags) })
}

pub fn fstatat(dirfd: RawFd, name: &CStr) -> io::Result<libc::stat> {
    let mut st = std::mem::MaybeUninit::<libc::stat>::uninit();
    // SAFETY: name is NUL-terminated; st points to writable memory for one stat.
    cvt(unsafe {
        libc::fstatat(
            dirfd,
            name.as_ptr(),
            st.as_mut_ptr(),
            libc::AT_SYMLINK_NOFOLLOW,
        )
    })?;
    // SAFETY: fstatat succeeded, so the kernel filled st.
    Ok(unsafe { st.assume_init() })
}

pub fn fchownat(
    dirfd: RawFd,
    name: &CStr,
    uid: u32,
    gid: u32,
    flags: libc::c_int,
) -> io::Result<()> {
    // SAFETY: name is NUL-terminated and outlives the call.
    cvt(unsafe { libc::fchownat(dirfd, name.as_ptr(), uid, gid, flags) })
}

pub fn fchown(fd: RawFd, uid: u32, gid: u32) -> io::Result<()> {
    // SAFETY: plain syscall on an fd the caller keeps open.
    cvt(unsafe { libc::fchown(fd, uid, gid) })
}

pub fn fchmod(fd: RawFd, mode: u32) -> io::Result<()> {
    // SAFETY: plain syscall on an fd the caller keeps open.
    cvt(unsafe { libc::fchmod(fd, mode as libc::mode_t) })
}

/// chmod that never follows a symlink at `name`. Plain fchmodat() has no
/// working AT_SYMLINK_NOFOLLOW (it would chase a symlink out of the root);
/// fchmodat2 (linux 6.6) has one.
pub fn chmod_nofollow(dirfd: RawFd, name: &CStr, mode: u32) -> io::Result<()> {
    // SAFETY: name is NUL-terminated and outlives the call.
    let r = unsafe {
        libc::syscall(
            libc::SYS_fchmodat2,
            dirfd,
            name.as_ptr(),
            mode as libc::mode_t,
            libc::AT_SYMLINK_NOFOLLOW,
        )
    };
    if r == 0 {
        return Ok(());
    }
    let e = io::Error::last_os_error();
    match e.raw_os_error() {
        // EPERM: some seccomp profiles answer unknown syscalls with it.
        Some(libc::ENOSYS | libc::EPERM) => {}
        // A symlink: it has no mode of its own.
        Some(libc::EOPNOTSUPP) => return Ok(()),
        _ => return Err(e),
    }
    if fstatat(dirfd, name)?.st_mode & libc::S_IFMT == libc::S_IFLNK {
        return Ok(());
    }
    // SAFETY: name is NUL-terminated and outlives the call.
    cvt(unsafe { libc::fchmodat(dirfd, name.as_ptr(), mode as libc::mode_t, 0) })
}

pub fn utimensat(dirfd: RawFd, name: &CStr, mtime: libc::timespec) -> io::Result<()> {
    let times = [mtime, mtime];
    // SAFETY: name is NUL-terminated; times is an array of two timespecs.
    cvt(unsafe {
        libc::utimensat(
            dirfd,
            name.as_ptr(),
            times.as_ptr(),
            libc::AT_SYMLINK_NOFOLLOW,
        )
    })
}

pub fn futimens(fd: RawFd, mtime: libc::timespec) -> io::Result<()> {
    let times = [mtime, mtime];
    // SAFETY: times is an array of two timespecs; fd is kept open by the caller.
    cvt(unsafe { libc::futimens(fd, times.as_ptr()) })
}

pub fn fsetxattr(fd: RawFd, name: &CStr, value: &[u8]) -> io::Result<()> {
    // SAFETY: name is NUL-terminated; value pointer and length describe a live slice.
    cvt(unsafe { libc::fsetxattr(fd, name.as_ptr(), value.as_ptr().cast(), value.len(), 0) })
}

/// xattr on `name` itself (symlink, fifo) without an fd: an O_PATH fd
/// cannot take fsetxattr, so go through the parent's /proc/self/fd entry.
pub fn lsetxattr_at(dirfd: RawFd, name: &CStr, xname: &CStr, value: &[u8]) -> io::Result<()> {
    let p = proc_path(dirfd, name)?;
    // SAFETY: both strings are NUL-terminated; value pointer and length describe a live slice.
    cvt(unsafe {
        libc::lsetxattr(
            p.as_ptr(),
            xname.as_ptr(),
            value.as_ptr().cast(),
            value.len(),
            0,
        )
    })
}

/// `/proc/self/fd/DIRFD/NAME`: a path for the l*xattr calls, which take no dirfd.
fn proc_path(dirfd: RawFd, name: &CStr) -> io::Result<std::ffi::CString> {
    let mut p = format!("/proc/self/fd/{dirfd}/").into_bytes();
    p.extend_from_slice(name.to_bytes());
    super::cstr(&p)
}

/// The xattr names of `name` itself (never a symlink's target).
pub fn llistxattr_at(dirfd: RawFd, name: &CStr) -> io::Result<Vec<u8>> {
    let p = proc_path(dirfd, name)?;
    let mut buf = vec![0u8; 1024];
    loop {
        // SAFETY: p is NUL-terminated; buf is writable for its length.
        let n = unsafe { libc::llistxattr(p.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
        if n >= 0 {
            buf.truncate(n as usize);
            return Ok(buf);
        }
        let e = io::Error::last_os_error();
        match e.raw_os_error() {
            Some(libc::ERANGE) if buf.len() < 1 << 20 => buf.resize(buf.len() * 4, 0),
            Some(libc::ENOTSUP) => return Ok(Vec::new()),
            _ => return Err(e),
        }
    }
}

/// The value of xattr `xname` of `name` itself; None when it has none.
pub fn lgetxattr_at(dirfd: RawFd, name: &CStr, xname: &CStr) -> io::Result<Option<Vec<u8>>> {
    let p = proc_path(dirfd, name)?;
    let mut buf = vec![0u8; 256];
    loop {
        // SAFETY: both strings are NUL-terminated; buf is writable for its length.
        let n = unsafe {
            libc::lgetxattr(
                p.as_ptr(),
                xname.as_ptr(),
                buf.as_mut_ptr().cast(),
                buf.len(),
            )
        };
        if n >= 0 {
            buf.truncate(n as usize);
            return Ok(Some(buf));
        }
        let e = io::Error::last_os_error();
        match e.raw_os_error() {
            Some(libc::ERANGE) if buf.len() < 1 << 20 => buf.resize(buf.len() * 4, 0),
            Some(libc::ENODATA | libc::ENOTSUP) => return Ok(None),
            _ => return Err(e),
        }
    }
}

pub fn readlinkat(dirfd: RawFd, name: &CStr) -> io::Result<Vec<u8>> {
    let mut buf = vec![0u8; libc::PATH_MAX as usize + 1];
    // SAFETY: name is NUL-terminated; buf is writable for its length.
    let n = unsafe { libc::readlinkat(dirfd, name.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
    if n < 0 {
        return Err(io::Error::last_os_error());
    }
    buf.truncate(n as usize);
    Ok(buf)
}
