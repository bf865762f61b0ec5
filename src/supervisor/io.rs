//! The supervisor's event loop, for as long as the container runs: its output to the log and
//! to every attach client, the clients' input to its stdin (and their resizes and signals),
//! termination signals passed on to it, and its exit (SIGCHLD on the signalfd).

use super::log::LogWriter;
use super::memory;
use super::protocol::{self, FrameReader};
use super::setup::RelayEnds;
use super::SupervisorError;
use crate::runtime::tty;
use nix::poll::{PollFd, PollFlags, PollTimeout};
use nix::sys::signal::Signal;
use nix::sys::signalfd::SignalFd;
use nix::sys::wait::{waitpid, WaitPidFlag};
use nix::unistd::Pid;
use std::io::{Read, Write};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};
use std::os::unix::net::{UnixListener, UnixStream};
use std::time::Instant;

/// An attach client, and what it is sent beyond what its socket accepts right now.
pub struct Client {
    pub sock: UnixStream,
    reader: FrameReader,
    pub outbox: Vec<u8>,
}

impl Client {
    pub fn new(sock: UnixStream) -> Client {
        // a socket left blocking is only slower to serve: the poll says when it is ready
        let _ = sock.set_nonblocking(true);
        Client {
            sock,
            reader: FrameReader::default(),
            outbox: vec![],
        }
    }
}

/// A client further behind than this is dropped.
const MAX_OUTBOX: usize = 4 << 20;

/// The relay's state between two polls.
pub struct Relay {
    /// the container's init
    pid: Pid,
    tty: bool,
    signals: SignalFd,
    listener: UnixListener,
    log: LogWriter,
    /// its stdout or the pty's master, kept open after EOF for resizes (`out_open` says)
    out: OwnedFd,
    out_open: bool,
    err: Option<OwnedFd>,
    stdin: Option<OwnedFd>,
    /// what clients sent for its stdin, not yet written
    stdin_outbox: Vec<u8>,
    /// a client closed its stdin: close the container's once all was delivered
    stdin_eof: bool,
    pub clients: Vec<Client>,
    exit_code: Option<i32>,
    /// when the start-up memory is given back (`memory::trim`)
    trim_at: Option<Instant>,
    /// --timeout: when the container is killed
    kill_at: Option<Instant>,
    buf: Vec<u8>,
}

/// Which of the polled fds are ready.
struct Ready {
    signals: bool,
    listener: bool,
    out: bool,
    err: bool,
    clients: Vec<bool>,
}

impl Relay {
    pub fn new(
        pid: Pid,
        tty: bool,
        signals: SignalFd,
        listener: UnixListener,
        log: LogWriter,
        ends: RelayEnds,
    ) -> Relay {
        if let Some(f) = &ends.stdin {
            // a blocking stdin only delays the relay when the container does not read
            let _ = nix::fcntl::fcntl(
                f.as_raw_fd(),
                nix::fcntl::FcntlArg::F_SETFL(nix::fcntl::OFlag::O_NONBLOCK),
            );
        }
        Relay {
            pid,
            tty,
            signals,
            listener,
            log,
            out: ends.out,
            out_open: true,
            err: ends.err,
            stdin: ends.stdin,
            stdin_outbox: vec![],
            stdin_eof: false,
            clients: vec![],
            exit_code: None,
            // not at once, so that a short-lived container (`run --rm IMG true`) does not
            // wait for it
            trim_at: Some(Instant::now() + memory::TRIM_DELAY),
            kill_at: None,
            buf: vec![0u8; 64 * 1024],
        }
    }

    /// --timeout: SIGKILL the container once `after` has passed.
    pub fn kill_after(&mut self, after: std::time::Duration) {
        self.kill_at = Some(Instant::now() + after);
    }

    /// Relay until the container exited and its output is drained; its exit code.
    pub fn run(&mut self) -> Result<i32, SupervisorError> {
        loop {
            let Some(ready) = self.poll()? else {
                continue;
            };
            if self.trim_at.is_some_and(|t| Instant::now() >= t) && self.exit_code.is_none() {
                self.trim_at = None;
                memory::trim();
            }
            if self.kill_at.is_some_and(|t| Instant::now() >= t) && self.exit_code.is_none() {
                self.kill_at = None;
                // it may have exited meanwhile: SIGCHLD tells either way
                let _ = nix::sys::signal::kill(self.pid, Signal::SIGKILL);
            }
            let got_output = self.read_output(ready.out, false) | self.read_output(ready.err, true);
            if ready.listener {
                self.accept();
            }
            self.serve_clients(&ready.clients);
            self.flush_clients();
            self.feed_stdin();
            if ready.signals {
                self.handle_signals();
            }
            if let Some(code) = self.exit_code {
                let outputs_done = !self.out_open && self.err.is_none();
                if outputs_done || !got_output {
                    return Ok(code);
                }
            }
        }
    }

    /// Wait for the next event; None if interrupted.
    fn poll(&self) -> Result<Option<Ready>, SupervisorError> {
        // once the container exited, drain what is left without waiting for new data
        let next = match (self.trim_at, self.kill_at) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let timeout = match (self.exit_code, next) {
            (Some(_), _) => PollTimeout::ZERO,
            (None, Some(t)) => {
                let ms = t.saturating_duration_since(Instant::now()).as_millis();
                PollTimeout::try_from(ms.min(i32::MAX as u128 - 1) as i32 + 1)
                    .unwrap_or(PollTimeout::NONE)
            }
            (None, None) => PollTimeout::NONE,
        };
        let mut fds: Vec<PollFd> = vec![
            PollFd::new(self.signals.as_fd(), PollFlags::POLLIN),
            PollFd::new(self.listener.as_fd(), PollFlags::POLLIN),
        ];
        let mut out_idx = None;
        if self.out_open {
            fds.push(PollFd::new(self.out.as_fd(), PollFlags::POLLIN));
            out_idx = Some(fds.len() - 1);
        }
        let mut err_idx = None;
        if let Some(e) = &self.err {
            fds.push(PollFd::new(e.as_fd(), PollFlags::POLLIN));
            err_idx = Some(fds.len() - 1);
        }
        // woken when the container's stdin takes what is waiting for it (`feed_stdin`)
        if let (Some(f), false) = (&self.stdin, self.stdin_outbox.is_empty()) {
            fds.push(PollFd::new(f.as_fd(), PollFlags::POLLOUT));
        }
        let client_base = fds.len();
        let client_fds: Vec<BorrowedFd> = self.clients.iter().map(|c| c.sock.as_fd()).collect();
        for (c, fd) in self.clients.iter().zip(&client_fds) {
            let mut fl = PollFlags::POLLIN;
            if !c.outbox.is_empty() {
                fl |= PollFlags::POLLOUT;
            }
            fds.push(PollFd::new(*fd, fl));
        }
        match nix::poll::poll(&mut fds, timeout) {
            Ok(_) => {}
            Err(nix::errno::Errno::EINTR) => return Ok(None),
            Err(e) => return Err(SupervisorError::Poll(e)),
        }
        let ready = |i: usize| fds[i].revents().map(|r| !r.is_empty()).unwrap_or(false);
        Ok(Some(Ready {
            signals: ready(0),
            listener: ready(1),
            out: out_idx.map(ready).unwrap_or(false),
            err: err_idx.map(ready).unwrap_or(false),
            clients: (0..self.clients.len())
                .map(|i| ready(client_base + i))
                .collect(),
        }))
    }

    /// Read what the container wrote to stdout (or stderr) into the log and the clients'
    /// outboxes; true if there was some.
    fn read_output(&mut self, ready: bool, is_err: bool) -> bool {
        if !ready {
            return false;
        }
        let fd = if is_err {
            self.err.as_ref().map(|f| f.as_raw_fd())
        } else {
            Some(self.out.as_raw_fd())
        };
        let Some(fd) = fd else {
            return false;
        };
        match nix::unistd::read(fd, &mut self.buf) {
            Ok(0) | Err(nix::errno::Errno::EIO) => self.close_output(is_err),
            Ok(n) => {
                let stream = if is_err { "stderr" } else { "stdout" };
                if let Err(e) = self.log.write_chunk(stream, &self.buf[..n]) {
                    tracing::warn!("writing the log: {e}");
                }
                let kind = if is_err {
                    protocol::STDERR
                } else {
                    protocol::STDOUT
                };
                let f = protocol::frame(kind, &self.buf[..n]);
                for c in self.clients.iter_mut() {
                    c.outbox.extend_from_slice(&f);
                }
                return true;
            }
            Err(nix::errno::Errno::EAGAIN) | Err(nix::errno::Errno::EINTR) => {}
            Err(_) => self.close_output(is_err),
        }
        false
    }

    fn close_output(&mut self, is_err: bool) {
        if is_err {
            self.err = None
        } else {
            self.out_open = false
        }
    }

    /// Take every client waiting on the attach socket.
    fn accept(&mut self) {
        while let Ok((s, _)) = self.listener.accept() {
            self.clients.push(Client::new(s));
        }
    }

    /// Read what the ready clients sent and act on it; write what they are owed; drop those
    /// that closed, failed or fell too far behind.
    fn serve_clients(&mut self, ready: &[bool]) {
        let mut drop_clients = vec![];
        for (i, ready) in ready.iter().enumerate() {
            if !ready || i >= self.clients.len() {
                continue;
            }
            let mut closed = self.read_client(i);
            let c = &mut self.clients[i];
            if !c.outbox.is_empty() {
                match c.sock.write(&c.outbox) {
                    Ok(n) => {
                        c.outbox.drain(..n);
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
                    Err(_) => closed = true,
                }
            }
            if closed || c.outbox.len() > MAX_OUTBOX {
                drop_clients.push(i);
            }
        }
        for i in drop_clients.into_iter().rev() {
            self.clients.remove(i);
        }
    }

    /// Read client `i`'s frames and act on them; true if it closed its end.
    fn read_client(&mut self, i: usize) -> bool {
        let mut closed = false;
        let c = &mut self.clients[i];
        loop {
            match c.sock.read(&mut self.buf) {
                Ok(0) => {
                    closed = true;
                    break;
                }
                Ok(n) => c.reader.push(&self.buf[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => break,
                Err(_) => {
                    closed = true;
                    break;
                }
            }
        }
        while let Some((kind, payload)) = self.clients[i].reader.next_frame() {
            self.client_frame(kind, &payload);
        }
        closed
    }

    fn client_frame(&mut self, kind: u8, payload: &[u8]) {
        match kind {
            protocol::STDIN => self.stdin_outbox.extend_from_slice(payload),
            protocol::STDIN_EOF if !self.tty => self.stdin_eof = true,
            protocol::RESIZE if payload.len() == 4 && self.tty => {
                tty::set_size(
                    self.out.as_raw_fd(),
                    u16::from_be_bytes([payload[0], payload[1]]),
                    u16::from_be_bytes([payload[2], payload[3]]),
                );
            }
            protocol::SIGNAL if payload.len() == 4 && self.exit_code.is_none() => {
                let sig = i32::from_be_bytes([payload[0], payload[1], payload[2], payload[3]]);
                if let Ok(s) = Signal::try_from(sig) {
                    // the container already gone: its exit is on the way
                    let _ = nix::sys::signal::kill(self.pid, s);
                }
            }
            _ => {}
        }
    }

    /// Pending output to clients that were not readable this round.
    fn flush_clients(&mut self) {
        for c in self.clients.iter_mut() {
            if !c.outbox.is_empty() {
                if let Ok(n) = c.sock.write(&c.outbox) {
                    c.outbox.drain(..n);
                }
            }
        }
    }

    /// Write what clients sent to the container's stdin, as far as it takes it.
    fn feed_stdin(&mut self) {
        let Some(f) = &self.stdin else {
            self.stdin_outbox.clear();
            return;
        };
        if !self.stdin_outbox.is_empty() {
            match nix::unistd::write(f, &self.stdin_outbox) {
                Ok(n) => {
                    self.stdin_outbox.drain(..n);
                }
                Err(nix::errno::Errno::EAGAIN) => {}
                Err(_) => {
                    self.stdin_outbox.clear();
                    self.stdin = None;
                }
            }
        }
        // the client closed its stdin: close the container's once all was delivered
        if self.stdin_eof && self.stdin_outbox.is_empty() {
            self.stdin = None;
        }
    }

    /// Pass termination signals on to the container; reap it once it exited.
    fn handle_signals(&mut self) {
        while let Ok(Some(si)) = self.signals.read_signal() {
            let s = si.ssi_signo as i32;
            if s == libc::SIGCHLD {
                continue;
            }
            if self.exit_code.is_none() {
                // our own stop request (systemd, kill of the supervisor): pass it on; the
                // container already gone, its exit is on the way
                let sig = Signal::try_from(s).unwrap_or(Signal::SIGTERM);
                let _ = nix::sys::signal::kill(self.pid, sig);
            }
        }
        if self.exit_code.is_none() {
            self.exit_code = waitpid(self.pid, Some(WaitPidFlag::WNOHANG))
                .ok()
                .and_then(crate::runtime::proc::exit_code);
        }
    }
}
