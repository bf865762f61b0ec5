//! Terminals: pty pairs, window sizes, raw mode.
#![allow(unsafe_code)]

use nix::sys::termios::{self, SetArg, Termios};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd, RawFd};

nix::ioctl_write_ptr_bad!(set_winsize, libc::TIOCSWINSZ, libc::winsize);
nix::ioctl_read_bad!(get_winsize, libc::TIOCGWINSZ, libc::winsize);

pub struct Pty {
    pub master: OwnedFd,
    pub slave: OwnedFd,
}

pub fn set_size(fd: RawFd, rows: u16, cols: u16) {
    let ws = libc::winsize {
        ws_row: rows,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCSWINSZ reads one winsize from the pointer. A terminal that is gone has
    // no size to set.
    let _ = unsafe { set_winsize(fd, &ws) };
}

/// (rows, cols) of the terminal on `fd`, if it is one.
pub fn size(fd: RawFd) -> Option<(u16, u16)> {
    let mut ws = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCGWINSZ writes one winsize to the pointer.
    unsafe { get_winsize(fd, &mut ws) }.ok()?;
    Some((ws.ws_row, ws.ws_col))
}

pub fn is_tty(fd: RawFd) -> bool {
    nix::unistd::isatty(fd).unwrap_or(false)
}

/// Puts a terminal in raw mode and restores it when dropped.
pub struct RawMode {
    fd: RawFd,
    saved: Termios,
}

impl RawMode {
    pub fn enable(fd: RawFd) -> Option<RawMode> {
        // SAFETY: fd stays open for the guard's lifetime (it is our stdin).
        let b = unsafe { BorrowedFd::borrow_raw(fd) };
        let saved = termios::tcgetattr(b).ok()?;
        let mut raw = saved.clone();
        termios::cfmakeraw(&mut raw);
        termios::tcsetattr(b, SetArg::TCSANOW, &raw).ok()?;
        Some(RawMode { fd, saved })
    }
}

/// Turn echo off on a terminal (a password prompt); restored when dropped.
pub fn no_echo(tty: &std::fs::File) -> std::io::Result<RawMode> {
    use std::os::fd::AsRawFd;
    let saved = termios::tcgetattr(tty).map_err(std::io::Error::from)?;
    let mut quiet = saved.clone();
    quiet.local_flags.remove(termios::LocalFlags::ECHO);
    termios::tcsetattr(tty, SetArg::TCSANOW, &quiet).map_err(std::io::Error::from)?;
    Ok(RawMode {
        fd: tty.as_raw_fd(),
        saved,
    })
}

impl Drop for RawMode {
    fn drop(&mut self) {
        // SAFETY: as in enable
        let b = unsafe { BorrowedFd::borrow_raw(self.fd) };
        if let Err(e) = termios::tcsetattr(b.as_fd(), SetArg::TCSANOW, &self.saved) {
            tracing::warn!("restoring the terminal's mode: {e}");
        }
    }
}

/// Make `fd` (a pty slave) the controlling terminal of this new session.
pub fn make_controlling(fd: RawFd) -> nix::Result<()> {
    nix::ioctl_write_int_bad!(tiocsctty, libc::TIOCSCTTY);
    // SAFETY: TIOCSCTTY takes an int argument.
    unsafe { tiocsctty(fd, 0) }.map(|_| ())
}

/// Unlock a pty master and open its slave through it (TIOCGPTPEER: no path lookup, so no
/// way for a container to swap the device under us).
pub fn peer(master: &OwnedFd) -> nix::Result<OwnedFd> {
    use std::os::fd::FromRawFd;
    let zero: libc::c_int = 0;
    // SAFETY: TIOCSPTLCK reads an int through the pointer (0 = unlock the slave).
    if unsafe { libc::ioctl(master.as_raw_fd(), libc::TIOCSPTLCK, &zero) } < 0 {
        return Err(nix::errno::Errno::last());
    }
    // SAFETY: TIOCGPTPEER returns a new fd.
    let fd = unsafe {
        libc::ioctl(
            master.as_raw_fd(),
            libc::TIOCGPTPEER,
            libc::O_RDWR | libc::O_NOCTTY | libc::O_CLOEXEC,
        )
    };
    if fd < 0 {
        return Err(nix::errno::Errno::last());
    }
    // SAFETY: a fresh fd from the kernel.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

/// Hand a pty master to the process at the other end of a unix socket (SCM_RIGHTS).
pub fn send_fd(sock: RawFd, fd: RawFd) -> nix::Result<()> {
    use nix::sys::socket::{sendmsg, ControlMessage, MsgFlags};
    let fds = [fd];
    sendmsg::<()>(
        sock,
        &[std::io::IoSlice::new(b"t")],
        &[ControlMessage::ScmRights(&fds)],
        MsgFlags::empty(),
        None,
    )?;
    Ok(())
}

/// Receive an fd sent with `send_fd`.
pub fn recv_fd(sock: RawFd) -> nix::Result<OwnedFd> {
    use nix::sys::socket::{recvmsg, ControlMessageOwned, MsgFlags};
    use std::os::fd::FromRawFd;
    let mut buf = [0u8; 1];
    let mut iov = [std::io::IoSliceMut::new(&mut buf)];
    let mut space = nix::cmsg_space!([RawFd; 1]);
    let msg = recvmsg::<()>(sock, &mut iov, Some(&mut space), MsgFlags::MSG_CMSG_CLOEXEC)?;
    for c in msg.cmsgs()? {
        if let ControlMessageOwned::ScmRights(fds) = c {
            if let Some(fd) = fds.first() {
                // SAFETY: the kernel installed this fd for us.
                return Ok(unsafe { OwnedFd::from_raw_fd(*fd) });
            }
        }
    }
    Err(nix::errno::Errno::EBADMSG)
}
