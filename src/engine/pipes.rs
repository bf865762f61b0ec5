//! The CLI side of an `exec`'d process without a terminal: the process gets pipes, never a
//! file descriptor of the caller (a caller's terminal would let it type into the host's shell
//! with TIOCSTI; a caller's file would let it read or truncate what the caller redirected), and
//! rcon relays the pipes to its own stdio until the process exits.

use super::error::{EngineError, Result};
use super::relay::{poll_ready, PROXIED};
use super::report::Terminal;
use crate::runtime::sys;
use nix::fcntl::{fcntl, FcntlArg, OFlag};
use nix::poll::{PollFd, PollFlags, PollTimeout};
use nix::sys::signal::{SigSet, SigmaskHow, Signal};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use nix::unistd::Pid;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};

/// The ends rcon keeps; the process gets the others (see `Pipes::child_ends`).
pub struct Pipes {
    /// our end of the process's stdin, when `-i` forwards ours
    pub stdin: Option<OwnedFd>,
    pub stdout: OwnedFd,
    pub stderr: OwnedFd,
}

/// The ends the process gets as its fds 0, 1 and 2.
pub struct ChildEnds {
    pub stdin: OwnedFd,
    pub stdout: OwnedFd,
    pub stderr: OwnedFd,
}

fn pipe() -> Result<(OwnedFd, OwnedFd)> {
    Ok(nix::unistd::pipe2(OFlag::O_CLOEXEC)?)
}

fn set_nonblocking(fd: &OwnedFd) -> Result<()> {
    let fl = OFlag::from_bits_truncate(fcntl(fd.as_raw_fd(), FcntlArg::F_GETFL)?);
    fcntl(fd.as_raw_fd(), FcntlArg::F_SETFL(fl | OFlag::O_NONBLOCK))?;
    Ok(())
}

impl Pipes {
    /// Three pipes. Without `forward_stdin` the process's stdin is a pipe whose writer is
    /// already closed: it reads end-of-file at once, as from /dev/null.
    pub fn new(forward_stdin: bool) -> Result<(Pipes, ChildEnds)> {
        let (in_r, in_w) = pipe()?;
        let (out_r, out_w) = pipe()?;
        let (err_r, err_w) = pipe()?;
        for fd in [&in_w, &out_r, &err_r] {
            set_nonblocking(fd)?;
        }
        let ours = Pipes {
            stdin: forward_stdin.then_some(in_w),
            stdout: out_r,
            stderr: err_r,
        };
        let theirs = ChildEnds {
            stdin: in_r,
            stdout: out_w,
            stderr: err_w,
        };
        Ok((ours, theirs))
    }
}

/// Writes all of `data` to the caller's `fd` (its stdout or stderr); a closed reader drops the
/// rest, as the attach relay does.
fn write_out(fd: i32, mut data: &[u8]) {
    // SAFETY: the caller keeps its stdout and stderr open while the verb runs (Terminal).
    #[allow(unsafe_code)]
    let out = unsafe { BorrowedFd::borrow_raw(fd) };
    while !data.is_empty() {
        match nix::unistd::write(out, data) {
            Ok(n) => data = &data[n..],
            Err(nix::errno::Errno::EINTR) => continue,
            Err(nix::errno::Errno::EAGAIN) => {
                // our stdout is non-blocking and full: wait until it drains (a failed or timed
                // out wait only means another try at the write)
                let mut p = [PollFd::new(out, PollFlags::POLLOUT)];
                let _ = nix::poll::poll(&mut p, PollTimeout::from(1000u16));
            }
            Err(_) => return,
        }
    }
}

/// Reads what `from` holds now (it is non-blocking) and writes it to our `to`. Returns false
/// at end-of-file.
fn pump(from: &OwnedFd, to: i32, buf: &mut [u8]) -> bool {
    loop {
        match nix::unistd::read(from.as_raw_fd(), buf) {
            Ok(0) => return false,
            Ok(n) => write_out(to, &buf[..n]),
            Err(nix::errno::Errno::EINTR) => continue,
            Err(nix::errno::Errno::EAGAIN) => return true,
            Err(_) => return false,
        }
    }
}

/// Relays our stdin (with `-i`) to the process and its stdout and stderr to ours, forwards
/// termination signals, and returns its exit code once it has exited. What it wrote before
/// it exited is all delivered; a background child that keeps the pipes open does not keep
/// rcon waiting (its later writes find the pipe closed).
pub fn relay(pid: Pid, pipes: Pipes, term: Terminal) -> Result<i32> {
    let mut mask = SigSet::empty();
    for s in PROXIED {
        mask.add(s);
    }
    let mut old = SigSet::empty();
    nix::sys::signal::pthread_sigmask(SigmaskHow::SIG_BLOCK, Some(&mask), Some(&mut old))?;
    let res = SignalFd::with_flags(&mask, SfdFlags::SFD_NONBLOCK | SfdFlags::SFD_CLOEXEC)
        .map_err(EngineError::from)
        .and_then(|sfd| relay_loop(pid, pipes, &sfd, term));
    nix::sys::signal::pthread_sigmask(SigmaskHow::SIG_SETMASK, Some(&old), None)?;
    res
}

fn relay_loop(pid: Pid, pipes: Pipes, sfd: &SignalFd, term: Terminal) -> Result<i32> {
    let pidfd = sys::pidfd_open(pid.as_raw())?;
    let Pipes {
        mut stdin,
        stdout,
        stderr,
    } = pipes;
    // a pipe at end-of-file leaves the poll set (poll reports POLLHUP whatever we ask for)
    let (mut stdout, mut stderr) = (Some(stdout), Some(stderr));
    // stdin read from the caller's that the process has not taken yet
    let mut pending: Vec<u8> = vec![];
    let mut buf = vec![0u8; 32 * 1024];
    // SAFETY: the caller keeps its stdin open while the verb runs (Terminal).
    #[allow(unsafe_code)]
    let our_stdin = unsafe { BorrowedFd::borrow_raw(term.stdin) };
    loop {
        let mut fds = vec![
            (Slot::Exit, PollFd::new(pidfd.as_fd(), PollFlags::POLLIN)),
            (Slot::Signal, PollFd::new(sfd.as_fd(), PollFlags::POLLIN)),
        ];
        if let Some(f) = &stdout {
            fds.push((Slot::Stdout, PollFd::new(f.as_fd(), PollFlags::POLLIN)));
        }
        if let Some(f) = &stderr {
            fds.push((Slot::Stderr, PollFd::new(f.as_fd(), PollFlags::POLLIN)));
        }
        match &stdin {
            Some(w) if !pending.is_empty() => {
                fds.push((Slot::StdinPipe, PollFd::new(w.as_fd(), PollFlags::POLLOUT)))
            }
            Some(_) => fds.push((Slot::OurStdin, PollFd::new(our_stdin, PollFlags::POLLIN))),
            None => {}
        }
        let mut set: Vec<PollFd> = fds.iter().map(|(_, f)| *f).collect();
        if !poll_ready(&mut set)? {
            continue;
        }
        let ready: Vec<Slot> = fds
            .iter()
            .zip(&set)
            .filter(|(_, p)| p.revents().is_some_and(|r| !r.is_empty()))
            .map(|((s, _), _)| *s)
            .collect();
        drop(set);
        drop(fds);
        for slot in ready {
            match slot {
                Slot::Signal => {
                    while let Ok(Some(si)) = sfd.read_signal() {
                        // the process may be gone already: nothing to forward to then
                        let sig = Signal::try_from(si.ssi_signo as i32).ok();
                        let _ = nix::sys::signal::kill(pid, sig);
                    }
                }
                Slot::Stdout => drain(&mut stdout, term.stdout, &mut buf),
                Slot::Stderr => drain(&mut stderr, term.stderr, &mut buf),
                Slot::OurStdin => match nix::unistd::read(term.stdin, &mut buf) {
                    Ok(n) if n > 0 => {
                        pending.extend_from_slice(&buf[..n]);
                        feed(&mut stdin, &mut pending);
                    }
                    // end of our stdin (or none): the process reads end-of-file
                    _ => stdin = None,
                },
                Slot::StdinPipe => feed(&mut stdin, &mut pending),
                Slot::Exit => {
                    // it has exited: everything it wrote is in the pipes now
                    drain(&mut stdout, term.stdout, &mut buf);
                    drain(&mut stderr, term.stderr, &mut buf);
                    return Ok(crate::runtime::proc::wait_exit_code(pid));
                }
            }
        }
    }
}

#[derive(Clone, Copy)]
enum Slot {
    Exit,
    Signal,
    Stdout,
    Stderr,
    OurStdin,
    StdinPipe,
}

/// Relays what the pipe holds now; forgets it at end-of-file.
fn drain(pipe: &mut Option<OwnedFd>, to: i32, buf: &mut [u8]) {
    if let Some(f) = pipe {
        if !pump(f, to, buf) {
            *pipe = None;
        }
    }
}

/// Writes what the process's stdin pipe takes of `pending` (it is non-blocking).
fn feed(stdin: &mut Option<OwnedFd>, pending: &mut Vec<u8>) {
    let Some(w) = stdin else {
        pending.clear();
        return;
    };
    match nix::unistd::write(&*w, pending) {
        Ok(n) => drop(pending.drain(..n)),
        Err(nix::errno::Errno::EAGAIN) | Err(nix::errno::Errno::EINTR) => {}
        // the process closed its stdin: forward no more
        Err(_) => {
            pending.clear();
            *stdin = None;
        }
    }
}
