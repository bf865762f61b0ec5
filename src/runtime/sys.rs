//! Thin wrappers over the syscalls nix does not cover the way we need.
#![allow(unsafe_code)]

use nix::errno::Errno;
use nix::fcntl::{openat2, OFlag, OpenHow, ResolveFlag};
use nix::sys::stat::Mode;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::path::{Component, Path};

/// Mark every fd from `first` up close-on-exec, so nothing of ours leaks into the container
/// (CVE-2024-21626 was a leaked directory fd used as a working directory).
pub fn cloexec_from(first: RawFd) -> Result<(), Errno> {
    const CLOSE_RANGE_CLOEXEC: libc::c_uint = 1 << 2;
    // kernels before 5.11 lack CLOSE_RANGE_CLOEXEC: the fd table is walked instead
    // SAFETY: setting FD_CLOEXEC on an fd we may or may not own is harmless.
    close_range_from(first, CLOSE_RANGE_CLOEXEC, |fd| unsafe {
        libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC);
    })
}

/// Close every fd from `first` up; the caller owns them all.
pub fn close_from(first: RawFd) -> Result<(), Errno> {
    // kernels before 5.9 lack close_range: the fd table is walked instead
    // SAFETY: closing fds the caller owns.
    close_range_from(first, 0, |fd| unsafe {
        libc::close(fd);
    })
}

/// close_range(first, ~0, flags); where the kernel refuses it, `each` on every open fd from
/// `first` up.
fn close_range_from(first: RawFd, flags: libc::c_uint, each: impl Fn(RawFd)) -> Result<(), Errno> {
    // SAFETY: close_range touches no memory; it only closes fds or changes their flags.
    let r = unsafe {
        libc::syscall(
            libc::SYS_close_range,
            first as libc::c_uint,
            libc::c_uint::MAX,
            flags,
        )
    };
    if r == 0 {
        return Ok(());
    }
    for fd in list_fds()? {
        if fd >= first {
            each(fd);
        }
    }
    Ok(())
}

/// Make /proc/self/cmdline (what ps shows) read `args`, for a process forked from another
/// command. PR_SET_MM_MAP, which needs no capability for this (the single-field variant
/// wants CAP_SYS_RESOURCE); where it fails nothing changes.
pub fn set_cmdline(args: &[&str]) {
    #[repr(C)]
    struct MmMap {
        start_code: u64,
        end_code: u64,
        start_data: u64,
        end_data: u64,
        start_brk: u64,
        brk: u64,
        start_stack: u64,
        arg_start: u64,
        arg_end: u64,
        env_start: u64,
        env_end: u64,
        auxv: u64,
        auxv_size: u32,
        exe_fd: u32,
    }
    // the map replaces every field: the others are given their current values
    let Some(stat) = super::proc::read("/proc/self/stat") else {
        return;
    };
    let Some((_, rest)) = stat.rsplit_once(')') else {
        return;
    };
    // rest starts at field 3 (state)
    let f: Vec<u64> = rest
        .split_whitespace()
        .map(|v| v.parse().unwrap_or(0))
        .collect();
    let field = |n: usize| f.get(n - 3).copied().unwrap_or(0);
    let mut buf = Vec::new();
    for a in args {
        buf.extend_from_slice(a.as_bytes());
        buf.push(0);
    }
    // the kernel reads it from our memory whenever asked: it must live as long as we do
    let buf: &'static [u8] = Box::leak(buf.into_boxed_slice());
    // SAFETY: sbrk(0) only reads the current break.
    let brk = unsafe { libc::sbrk(0) } as u64;
    let map = MmMap {
        start_code: field(26),
        end_code: field(27),
        start_data: field(45),
        end_data: field(46),
        start_brk: field(47),
        brk,
        start_stack: field(28),
        arg_start: buf.as_ptr() as u64,
        arg_end: buf.as_ptr() as u64 + buf.len() as u64,
        env_start: field(50),
        env_end: field(51),
        auxv: 0,
        auxv_size: 0,
        exe_fd: u32::MAX,
    };
    // SAFETY: the kernel copies the map in; the argument area it points at is never freed.
    unsafe {
        libc::prctl(
            libc::PR_SET_MM,
            libc::PR_SET_MM_MAP,
            &map as *const MmMap,
            std::mem::size_of::<MmMap>(),
            0,
        );
    }
}

fn list_fds() -> Result<Vec<RawFd>, Errno> {
    let rd = std::fs::read_dir("/proc/self/fd").map_err(|_| Errno::EBADF)?;
    Ok(rd
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse().ok())
        .collect())
}

/// Open `path` inside the tree rooted at `root`, resolving every component (symlinks and
/// `..` included) as if `root` were `/`: a container-controlled symlink can never take us
/// out of the rootfs.
pub fn open_in_root(root: RawFd, path: &Path, flags: OFlag) -> Result<OwnedFd, Errno> {
    let rel = path.strip_prefix("/").unwrap_or(path);
    let rel = if rel.as_os_str().is_empty() {
        Path::new(".")
    } else {
        rel
    };
    let how = OpenHow::new()
        .flags(flags | OFlag::O_CLOEXEC)
        .mode(Mode::empty())
        .resolve(ResolveFlag::RESOLVE_IN_ROOT | ResolveFlag::RESOLVE_NO_MAGICLINKS);
    let fd = openat2(root, rel, how)?;
    // SAFETY: openat2 returned a fresh fd that we now own.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

/// Make sure `path` exists inside `root` (directories created as needed, the last component
/// as a directory or an empty file) and return an O_PATH fd to it, resolved in-root.
pub fn ensure_in_root(root: RawFd, path: &Path, dir: bool) -> Result<OwnedFd, Errno> {
    if let Ok(fd) = open_in_root(root, path, OFlag::O_PATH) {
        return Ok(fd);
    }
    let mut cur = open_in_root(root, Path::new("/"), OFlag::O_PATH | OFlag::O_DIRECTORY)?;
    let comps: Vec<_> = path
        .components()
        .filter(|c| matches!(c, Component::Normal(_)))
        .collect();
    let mut so_far = std::path::PathBuf::from("/");
    for (i, c) in comps.iter().enumerate() {
        let Component::Normal(name) = c else { continue };
        so_far.push(name);
        let last = i + 1 == comps.len();
        match open_in_root(root, &so_far, OFlag::O_PATH) {
            Ok(fd) => cur = fd,
            Err(Errno::ENOENT) => {
                if last && !dir {
                    let f = nix::fcntl::openat(
                        Some(cur.as_raw_fd()),
                        *name,
                        OFlag::O_CREAT
                            | OFlag::O_EXCL
                            | OFlag::O_WRONLY
                            | OFlag::O_NOFOLLOW
                            | OFlag::O_CLOEXEC,
                        Mode::from_bits_truncate(0o644),
                    )?;
                    // just created: its close does not fail
                    let _ = nix::unistd::close(f);
                } else {
                    match nix::sys::stat::mkdirat(
                        Some(cur.as_raw_fd()),
                        *name,
                        Mode::from_bits_truncate(0o755),
                    ) {
                        Ok(()) | Err(Errno::EEXIST) => {}
                        Err(e) => return Err(e),
                    }
                }
                cur = open_in_root(root, &so_far, OFlag::O_PATH)?;
            }
            Err(e) => return Err(e),
        }
    }
    Ok(cur)
}

/// An O_PATH fd of a directory (a mount source or target named by its fd).
pub fn open_dir_path(p: &Path) -> Result<OwnedFd, Errno> {
    let fd = nix::fcntl::open(
        p,
        OFlag::O_PATH | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC,
        Mode::empty(),
    )?;
    // SAFETY: open returned a new fd that we now own.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

/// `/proc/self/fd/N`: mount onto what an O_PATH fd points at, not onto a path that could be
/// swapped for a symlink between our check and the mount.
pub fn fd_path(fd: &OwnedFd) -> String {
    format!("/proc/self/fd/{}", fd.as_raw_fd())
}

pub fn pidfd_open(pid: i32) -> Result<OwnedFd, Errno> {
    // SAFETY: plain syscall returning a new fd.
    let r = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) };
    if r < 0 {
        return Err(Errno::last());
    }
    // SAFETY: the kernel gave us this fd.
    Ok(unsafe { OwnedFd::from_raw_fd(r as RawFd) })
}

/// Send a signal through a pidfd: immune to pid reuse.
pub fn pidfd_send_signal(fd: &OwnedFd, sig: i32) -> Result<(), Errno> {
    // SAFETY: plain syscall on our own fd.
    let r = unsafe {
        libc::syscall(
            libc::SYS_pidfd_send_signal,
            fd.as_raw_fd(),
            sig,
            std::ptr::null::<libc::siginfo_t>(),
            0,
        )
    };
    if r < 0 {
        Err(Errno::last())
    } else {
        Ok(())
    }
}

/// Wait until the process behind `fd` exits, at most `timeout_ms` (-1: forever). True if it did.
pub fn pidfd_wait(fd: &OwnedFd, timeout_ms: i32) -> bool {
    let mut pfd = libc::pollfd {
        fd: fd.as_raw_fd(),
        events: libc::POLLIN,
        revents: 0,
    };
    loop {
        // SAFETY: one valid pollfd on the stack.
        let r = unsafe { libc::poll(&mut pfd, 1, timeout_ms) };
        if r < 0 && Errno::last() == Errno::EINTR {
            continue;
        }
        return r > 0;
    }
}

pub fn exit_now(code: i32) -> ! {
    // SAFETY: _exit skips atexit handlers and stdio flushing, which must not run in a child
    // that shares them with its parent.
    unsafe { libc::_exit(code) }
}

/// --preserve-fds: duplicates of fds 3..3+n of process `pid` (pidfd_getfd: the caller may
/// ptrace it), each placed at `min` or above, so that moving them to 3..3+n later clobbers
/// none of them.
pub fn take_fds(pid: i32, n: u32, min: RawFd) -> Result<Vec<std::os::fd::OwnedFd>, String> {
    use std::os::fd::FromRawFd;
    // SAFETY: pidfd_open takes a pid and flags and returns a new fd or -1.
    let pidfd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) };
    if pidfd < 0 {
        return Err(format!(
            "pidfd_open of the caller: {}",
            Errno::last().desc()
        ));
    }
    // SAFETY: a fresh fd that we own.
    let pidfd = unsafe { std::os::fd::OwnedFd::from_raw_fd(pidfd as RawFd) };
    let mut out = vec![];
    for i in 0..n as RawFd {
        let target = 3 + i;
        // the caller's own fds (close-on-exec, as all of rcon's are) were not passed to it:
        // only those it inherited go on
        let flags = std::fs::read_to_string(format!("/proc/{pid}/fdinfo/{target}"))
            .ok()
            .and_then(|info| {
                let f = info
                    .lines()
                    .find_map(|l| l.strip_prefix("flags:"))?
                    .trim()
                    .to_string();
                u32::from_str_radix(&f, 8).ok()
            });
        if flags.is_none_or(|f| f & libc::O_CLOEXEC as u32 != 0) {
            return Err(format!("file descriptor {target} is not available - the preserve-fds option requires that all file descriptors must be passed"));
        }
        // SAFETY: pidfd_getfd returns a new close-on-exec fd or -1.
        let fd = unsafe {
            libc::syscall(
                libc::SYS_pidfd_getfd,
                std::os::fd::AsRawFd::as_raw_fd(&pidfd),
                target,
                0,
            )
        };
        if fd < 0 {
            let e = Errno::last();
            return Err(if e == Errno::EBADF {
                format!("file descriptor {target} is not available - the preserve-fds option requires that all file descriptors must be passed")
            } else {
                format!(
                    "taking file descriptor {target} of the caller: {}",
                    e.desc()
                )
            });
        }
        // SAFETY: a fresh fd that we own.
        let fd = unsafe { std::os::fd::OwnedFd::from_raw_fd(fd as RawFd) };
        let high = nix::fcntl::fcntl(
            std::os::fd::AsRawFd::as_raw_fd(&fd),
            nix::fcntl::FcntlArg::F_DUPFD_CLOEXEC(min),
        )
        .map_err(|e| format!("duplicating file descriptor {target}: {}", e.desc()))?;
        // SAFETY: a fresh fd that we own.
        out.push(unsafe { std::os::fd::OwnedFd::from_raw_fd(high) });
    }
    Ok(out)
}

/// Put `fds[i]` at 3+i (without close-on-exec), for the process about to exec. The sources
/// are all at 3+fds.len() or above (see `take_fds`).
pub fn place_fds(fds: &[RawFd]) -> Result<(), Errno> {
    for (i, &src) in fds.iter().enumerate() {
        let target = 3 + i as RawFd;
        if src != target {
            nix::unistd::dup2(src, target)?;
        }
    }
    Ok(())
}
