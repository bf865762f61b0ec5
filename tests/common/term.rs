//! A command on a fresh pseudo-terminal, and what it wrote there.

use nix::fcntl::OFlag;
use nix::sys::signal::{killpg, Signal};
use nix::unistd::Pid;
use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, IntoRawFd};
use std::os::unix::fs::OpenOptionsExt;
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, ExitStatus};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long any one step may take before the test fails instead of hanging.
pub const STEP: Duration = Duration::from_secs(20);

pub fn set_size(fd: i32, rows: u16, cols: u16) {
    let ws = libc::winsize {
        ws_row: rows,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCSWINSZ reads one winsize from the pointer.
    let rc = unsafe { libc::ioctl(fd, libc::TIOCSWINSZ, &ws) };
    assert_eq!(rc, 0, "TIOCSWINSZ: {}", std::io::Error::last_os_error());
}

/// A command running on the slave of a fresh pty (its controlling terminal, in its own
/// session), and everything it wrote to the terminal.
pub struct Term {
    pub master: File,
    pub child: Child,
    pub out: Arc<Mutex<Vec<u8>>>,
    /// set when the terminal was closed by all its users (nothing more will come)
    pub closed: Arc<AtomicBool>,
    /// how far `expect` has consumed `out`
    pub seen: usize,
}

impl Term {
    pub fn spawn(cmd: Command, rows: u16, cols: u16) -> Term {
        Term::spawn_on(cmd, rows, cols, true)
    }

    /// As `spawn`, with stdout left to the caller's choice unless `stdout_too`.
    pub fn spawn_on(mut cmd: Command, rows: u16, cols: u16, stdout_too: bool) -> Term {
        // close-on-exec from the start: the other tests' children must not inherit them
        let m = nix::pty::posix_openpt(OFlag::O_RDWR | OFlag::O_NOCTTY | OFlag::O_CLOEXEC)
            .expect("posix_openpt");
        nix::pty::grantpt(&m).expect("grantpt");
        nix::pty::unlockpt(&m).expect("unlockpt");
        let name = nix::pty::ptsname_r(&m).expect("ptsname");
        // SAFETY: a fresh fd we own.
        let master = unsafe { File::from_raw_fd(m.into_raw_fd()) };
        set_size(master.as_raw_fd(), rows, cols);
        let slave = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .custom_flags(libc::O_NOCTTY | libc::O_CLOEXEC)
            .open(&name)
            .expect("opening the pty slave");
        if stdout_too {
            cmd.stdout(slave.try_clone().unwrap());
        }
        // a terminal that redraws, whatever the caller's TERM (cron, env -i, CI runners); a
        // test of another TERM sets (or removes) it on the command it passes
        if cmd.get_envs().all(|(k, _)| k != "TERM") {
            cmd.env("TERM", "xterm");
        }
        cmd.stdin(slave.try_clone().unwrap()).stderr(slave);
        // SAFETY: setsid and ioctl are async-signal-safe.
        unsafe {
            cmd.pre_exec(|| {
                if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY, 0) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = cmd.spawn().expect("spawning rcon on a pty");
        // our copies of the slave go with the Command: the master reads EIO once rcon is gone
        drop(cmd);
        let out = Arc::new(Mutex::new(Vec::new()));
        let mut reader = master.try_clone().unwrap();
        let sink = out.clone();
        let closed = Arc::new(AtomicBool::new(false));
        let eof = closed.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            // EIO once no process has the slave open any more
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
            eof.store(true, Ordering::SeqCst);
        });
        Term {
            master,
            child,
            out,
            closed,
            seen: 0,
        }
    }

    pub fn pid(&self) -> Pid {
        Pid::from_raw(self.child.id() as i32)
    }

    pub fn transcript(&self) -> String {
        String::from_utf8_lossy(&self.out.lock().unwrap())
            .escape_debug()
            .to_string()
    }

    pub fn send(&mut self, data: &str) {
        self.master.write_all(data.as_bytes()).unwrap();
    }

    /// Wait until `needle` appears in the output after what earlier calls consumed.
    #[track_caller]
    pub fn expect(&mut self, needle: &str) {
        let start = Instant::now();
        loop {
            let closed = self.closed.load(Ordering::SeqCst);
            {
                let out = self.out.lock().unwrap();
                let rest = &out[self.seen..];
                if let Some(i) = rest
                    .windows(needle.len())
                    .position(|w| w == needle.as_bytes())
                {
                    self.seen += i + needle.len();
                    return;
                }
            }
            if closed || start.elapsed() > STEP {
                panic!(
                    "{} waiting for {needle:?} on the terminal; it shows:\n{}",
                    if closed {
                        "terminal closed"
                    } else {
                        "timed out"
                    },
                    self.transcript()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The exit status of rcon; fails the test if it does not exit in time.
    #[track_caller]
    pub fn wait(&mut self) -> ExitStatus {
        match wait_timeout(&mut self.child, STEP) {
            Some(st) => st,
            None => panic!(
                "rcon did not exit; the terminal shows:\n{}",
                self.transcript()
            ),
        }
    }

    /// Change the outer terminal's size and tell rcon's process group, as a terminal
    /// emulator does.
    pub fn resize(&mut self, rows: u16, cols: u16) {
        set_size(self.master.as_raw_fd(), rows, cols);
        let _ = killpg(self.pid(), Signal::SIGWINCH);
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

pub fn wait_timeout(child: &mut Child, limit: Duration) -> Option<ExitStatus> {
    let start = Instant::now();
    loop {
        if let Some(st) = child.try_wait().unwrap() {
            return Some(st);
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}
