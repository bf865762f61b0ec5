//! The CLI side of a container's terminal: relaying between the user's stdio and either the
//! supervisor's attach socket (run, start -a, attach: `lifecycle.rs`) or a pty master (exec -t:
//! `exec.rs`), with raw mode, window resizes, signal proxying and detach keys; the relay of an
//! exec'd process waits for it and returns its exit code. Without a terminal, exec relays pipes
//! instead (`pipes.rs`), with the same signals and the same wait.

use super::error::{EngineError, Result};
use super::report::Terminal;
use crate::runtime::tty;
use crate::supervisor::protocol::{self, FrameReader};
use nix::poll::{PollFd, PollFlags, PollTimeout};
use nix::sys::signal::{SigSet, Signal};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use std::io::{Read, Write};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};
use std::os::unix::net::UnixStream;

#[derive(Debug, Clone)]
pub struct AttachOptions {
    /// forward our stdin
    pub stdin: bool,
    /// write the container's stdout, its stderr (`run -a` may leave either out)
    pub stdout: bool,
    pub stderr: bool,
    pub tty: bool,
    /// the detach sequence; empty disables it
    pub detach_keys: Vec<u8>,
    /// forward signals we receive to the container (not with a tty: ^C is a byte there)
    pub sig_proxy: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttachEnd {
    Exited(i32),
    Detached,
    /// the other side went away without an exit status
    Lost,
}

pub const DEFAULT_DETACH_KEYS: &str = "ctrl-p,ctrl-q";

/// "ctrl-p,ctrl-q" → [0x10, 0x11]; "" → none (detaching disabled).
pub fn parse_detach_keys(s: &str) -> Result<Vec<u8>> {
    let mut out = vec![];
    if s.is_empty() {
        return Ok(out);
    }
    for k in s.split(',') {
        let b = if let Some(c) = k.strip_prefix("ctrl-") {
            match c {
                "@" => 0,
                "[" => 27,
                "\\" => 28,
                "]" => 29,
                "^" => 30,
                "_" => 31,
                c if c.len() == 1 && c.as_bytes()[0].is_ascii_lowercase() => {
                    c.as_bytes()[0] - b'a' + 1
                }
                _ => {
                    return Err(EngineError::invalid(format!(
                    "invalid detach key \"{k}\": use ctrl-<a-z @ [ \\ ] ^ _> or a single character"
                )))
                }
            }
        } else if k.len() == 1 {
            k.as_bytes()[0]
        } else {
            return Err(EngineError::invalid(format!("invalid detach key \"{k}\": use ctrl-<letter> or a single character, comma-separated")));
        };
        out.push(b);
    }
    Ok(out)
}

/// Finds the detach sequence in a byte stream, holding back a partial match.
struct DetachMatcher {
    keys: Vec<u8>,
    held: usize,
}

impl DetachMatcher {
    /// Returns (bytes to forward, detached?)
    fn feed(&mut self, data: &[u8]) -> (Vec<u8>, bool) {
        let mut out = vec![];
        if self.keys.is_empty() {
            return (data.to_vec(), false);
        }
        for &b in data {
            if b == self.keys[self.held] {
                self.held += 1;
                if self.held == self.keys.len() {
                    return (out, true);
                }
            } else {
                out.extend_from_slice(&self.keys[..self.held]);
                self.held = 0;
                if b == self.keys[0] {
                    self.held = 1;
                } else {
                    out.push(b);
                }
            }
        }
        (out, false)
    }
}

pub enum Peer {
    Socket(UnixStream),
    /// a pty master and the process on its slave
    Pty(OwnedFd, nix::unistd::Pid),
}

fn write_all_fd(fd: i32, mut data: &[u8]) {
    while !data.is_empty() {
        // SAFETY: the caller's stdout/stderr (Terminal) and the pty master stay open for the
        // whole relay.
        #[allow(unsafe_code)]
        let b = unsafe { BorrowedFd::borrow_raw(fd) };
        match nix::unistd::write(b, data) {
            Ok(n) => data = &data[n..],
            Err(nix::errno::Errno::EINTR) | Err(nix::errno::Errno::EAGAIN) => continue,
            Err(_) => return,
        }
    }
}

fn resize_frame(term: Terminal) -> Option<Vec<u8>> {
    let (r, c) = tty::size(term.stdin).or_else(|| tty::size(term.stdout))?;
    let mut p = r.to_be_bytes().to_vec();
    p.extend_from_slice(&c.to_be_bytes());
    Some(protocol::frame(protocol::RESIZE, &p))
}

/// Signals forwarded to the process while rcon waits for it, as before with its own stdio.
pub(super) const PROXIED: [Signal; 6] = [
    Signal::SIGINT,
    Signal::SIGTERM,
    Signal::SIGHUP,
    Signal::SIGQUIT,
    Signal::SIGUSR1,
    Signal::SIGUSR2,
];

/// Waits until one of `fds` is ready; false when a signal interrupted the wait (poll again).
pub(super) fn poll_ready(fds: &mut [PollFd]) -> Result<bool> {
    match nix::poll::poll(fds, PollTimeout::NONE) {
        Ok(_) => Ok(true),
        Err(nix::errno::Errno::EINTR) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// Relays the caller's `term` to and from `peer` until the process exits or the caller
/// detaches.
pub fn relay(peer: Peer, opts: &AttachOptions, term: Terminal) -> Result<AttachEnd> {
    let _raw = if opts.tty && opts.stdin && tty::is_tty(term.stdin) {
        tty::RawMode::enable(term.stdin)
    } else {
        None
    };
    let mut mask = SigSet::empty();
    if opts.tty {
        mask.add(Signal::SIGWINCH);
    }
    if opts.sig_proxy && !opts.tty {
        for s in PROXIED {
            mask.add(s);
        }
    }
    let mut old = SigSet::empty();
    nix::sys::signal::pthread_sigmask(
        nix::sys::signal::SigmaskHow::SIG_BLOCK,
        Some(&mask),
        Some(&mut old),
    )?;
    let sfd = SignalFd::with_flags(&mask, SfdFlags::SFD_NONBLOCK | SfdFlags::SFD_CLOEXEC)?;
    let res = relay_loop(&peer, opts, &sfd, term);
    nix::sys::signal::pthread_sigmask(nix::sys::signal::SigmaskHow::SIG_SETMASK, Some(&old), None)?;
    res
}

fn relay_loop(
    peer: &Peer,
    opts: &AttachOptions,
    sfd: &SignalFd,
    term: Terminal,
) -> Result<AttachEnd> {
    let mut stdin_open = opts.stdin;
    let mut matcher = DetachMatcher {
        keys: if opts.stdin {
            opts.detach_keys.clone()
        } else {
            vec![]
        },
        held: 0,
    };
    let mut frames = FrameReader::default();
    let mut buf = vec![0u8; 32 * 1024];
    let peer_fd: BorrowedFd = match peer {
        Peer::Socket(s) => s.as_fd(),
        Peer::Pty(m, _) => m.as_fd(),
    };
    let send = |data: &[u8]| -> bool {
        match peer {
            Peer::Socket(s) => (&*s).write_all(data).is_ok(),
            Peer::Pty(m, _) => {
                write_all_fd(m.as_raw_fd(), data);
                true
            }
        }
    };
    if opts.tty {
        if let Peer::Socket(_) = peer {
            if let Some(f) = resize_frame(term) {
                send(&f);
            }
        }
    }
    // SAFETY: the caller keeps its stdin open while the verb runs (Terminal).
    #[allow(unsafe_code)]
    let stdin = unsafe { BorrowedFd::borrow_raw(term.stdin) };
    loop {
        let mut fds = vec![
            PollFd::new(peer_fd, PollFlags::POLLIN),
            PollFd::new(sfd.as_fd(), PollFlags::POLLIN),
        ];
        if stdin_open {
            fds.push(PollFd::new(stdin, PollFlags::POLLIN));
        }
        if !poll_ready(&mut fds)? {
            continue;
        }
        let r: Vec<bool> = fds
            .iter()
            .map(|f| f.revents().map(|r| !r.is_empty()).unwrap_or(false))
            .collect();
        drop(fds);
        if r[1] {
            while let Ok(Some(si)) = sfd.read_signal() {
                let s = si.ssi_signo as i32;
                if s == libc::SIGWINCH {
                    match peer {
                        Peer::Socket(_) => {
                            if let Some(f) = resize_frame(term) {
                                send(&f);
                            }
                        }
                        Peer::Pty(m, _) => {
                            if let Some((rows, cols)) = tty::size(term.stdin) {
                                tty::set_size(m.as_raw_fd(), rows, cols);
                            }
                        }
                    }
                } else {
                    match peer {
                        Peer::Socket(_) => {
                            send(&protocol::frame(protocol::SIGNAL, &s.to_be_bytes()));
                        }
                        Peer::Pty(_, pid) => {
                            // the process may be gone already: nothing to forward to then
                            let _ = nix::sys::signal::kill(*pid, Signal::try_from(s).ok());
                        }
                    }
                }
            }
        }
        if r.len() > 2 && r[2] {
            let n = nix::unistd::read(term.stdin, &mut buf).unwrap_or(0);
            if n == 0 {
                stdin_open = false;
                if let Peer::Socket(_) = peer {
                    send(&protocol::frame(protocol::STDIN_EOF, &[]));
                }
            } else {
                let (data, detached) = matcher.feed(&buf[..n]);
                if !data.is_empty() {
                    match peer {
                        Peer::Socket(_) => {
                            send(&protocol::frame(protocol::STDIN, &data));
                        }
                        Peer::Pty(..) => {
                            send(&data);
                        }
                    }
                }
                if detached {
                    return Ok(AttachEnd::Detached);
                }
            }
        }
        if r[0] {
            match peer {
                Peer::Socket(s) => {
                    let n = match (&*s).read(&mut buf) {
                        Ok(n) => n,
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                        Err(_) => 0,
                    };
                    if n == 0 {
                        return Ok(AttachEnd::Lost);
                    }
                    frames.push(&buf[..n]);
                    while let Some((kind, payload)) = frames.next_frame() {
                        match kind {
                            protocol::STDOUT if opts.stdout => write_all_fd(term.stdout, &payload),
                            protocol::STDERR if opts.stderr => write_all_fd(term.stderr, &payload),
                            protocol::EXIT if payload.len() == 4 => {
                                return Ok(AttachEnd::Exited(i32::from_be_bytes([
                                    payload[0], payload[1], payload[2], payload[3],
                                ])));
                            }
                            _ => {}
                        }
                    }
                }
                Peer::Pty(m, pid) => match nix::unistd::read(m.as_raw_fd(), &mut buf) {
                    Ok(0) | Err(nix::errno::Errno::EIO) => {
                        let code = crate::runtime::proc::wait_exit_code(*pid);
                        return Ok(AttachEnd::Exited(code));
                    }
                    Ok(n) => write_all_fd(term.stdout, &buf[..n]),
                    Err(nix::errno::Errno::EINTR) | Err(nix::errno::Errno::EAGAIN) => {}
                    Err(e) => return Err(e.into()),
                },
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detach_keys() {
        assert_eq!(parse_detach_keys("ctrl-p,ctrl-q").unwrap(), vec![16, 17]);
        assert_eq!(parse_detach_keys("").unwrap(), Vec::<u8>::new());
        assert_eq!(parse_detach_keys("a,ctrl-@").unwrap(), vec![b'a', 0]);
        assert!(parse_detach_keys("ctrl-pp").is_err());
        let mut m = DetachMatcher {
            keys: vec![16, 17],
            held: 0,
        };
        assert_eq!(m.feed(b"ab\x10"), (b"ab".to_vec(), false));
        assert_eq!(m.feed(b"x"), (b"\x10x".to_vec(), false));
        assert_eq!(m.feed(b"\x10"), (vec![], false));
        assert_eq!(m.feed(b"\x11rest"), (vec![], true));
    }
}
