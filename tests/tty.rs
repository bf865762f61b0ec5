//! Terminals: `run -it`, `attach`, `exec -it` on a real pseudo-terminal, window sizes, detach
//! keys, and signal proxying without a terminal.

mod common;
use common::*;
use nix::fcntl::OFlag;
use nix::sys::signal::{kill, killpg, Signal};
use nix::unistd::Pid;
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, IntoRawFd};
use std::os::unix::fs::OpenOptionsExt;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

/// How long any one step may take before the test fails instead of hanging.
const STEP: Duration = Duration::from_secs(20);

fn set_size(fd: i32, rows: u16, cols: u16) {
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
struct Term {
    master: File,
    child: Child,
    out: Arc<Mutex<Vec<u8>>>,
    /// set when the terminal was closed by all its users (nothing more will come)
    closed: Arc<AtomicBool>,
    /// how far `expect` has consumed `out`
    seen: usize,
}

impl Term {
    fn spawn(mut cmd: Command, rows: u16, cols: u16) -> Term {
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
        cmd.stdin(slave.try_clone().unwrap())
            .stdout(slave.try_clone().unwrap())
            .stderr(slave);
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

    fn pid(&self) -> Pid {
        Pid::from_raw(self.child.id() as i32)
    }

    fn transcript(&self) -> String {
        String::from_utf8_lossy(&self.out.lock().unwrap())
            .escape_debug()
            .to_string()
    }

    fn send(&mut self, data: &str) {
        self.master.write_all(data.as_bytes()).unwrap();
    }

    /// Wait until `needle` appears in the output after what earlier calls consumed.
    #[track_caller]
    fn expect(&mut self, needle: &str) {
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
    fn wait(&mut self) -> ExitStatus {
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
    fn resize(&mut self, rows: u16, cols: u16) {
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

fn wait_timeout(child: &mut Child, limit: Duration) -> Option<ExitStatus> {
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

/// busybox sh's prompt as root
const PROMPT: &str = "# ";

#[test]
fn run_it_shell_has_a_terminal_of_the_outer_size_and_returns_its_exit_code() {
    let r = Rcon::new();
    let mut t = Term::spawn(
        r.cmd(&["run", "-it", "--name", "it", "busybox", "sh"]),
        30,
        100,
    );
    t.expect(PROMPT);
    t.send("echo $((6*7))\r");
    t.expect("42\r\n");
    t.send("stty size\r");
    t.expect("30 100\r\n");
    // the new size reaches the container before the next input does
    t.resize(40, 120);
    t.send("stty size\r");
    t.expect("40 120\r\n");
    t.send("exit 5\r");
    assert_eq!(t.wait().code(), Some(5), "{}", t.transcript());
    assert_eq!(r.status("it"), "exited");
    assert_eq!(
        r.ok(&["inspect", "--format", "{{.State.ExitCode}}", "it"])
            .trim(),
        "5"
    );
}

#[test]
fn run_it_terminal_is_a_pts_device_of_the_container() {
    let r = Rcon::new();
    let mut t = Term::spawn(
        r.cmd(&[
            "run",
            "-it",
            "--rm",
            "busybox",
            "sh",
            "-c",
            "t=$(tty); echo \"tty=$t\"; test -c \"$t\" && echo present; exit 6",
        ]),
        24,
        80,
    );
    t.expect("tty=/dev/pts/");
    t.expect("present\r\n");
    assert_eq!(t.wait().code(), Some(6), "{}", t.transcript());
}

#[test]
fn detach_keys_leave_the_container_running_and_attach_returns_its_exit_code() {
    let r = Rcon::new();
    let mut t = Term::spawn(
        r.cmd(&["run", "-it", "--name", "d", "busybox", "sh"]),
        24,
        80,
    );
    t.expect(PROMPT);
    t.send("echo $((6*7))\r");
    t.expect("42\r\n");
    t.send("\x10\x11");
    assert_eq!(t.wait().code(), Some(0), "{}", t.transcript());
    assert_eq!(r.status("d"), "running");
    assert!(r
        .ok(&["ps", "--format", "{{.Names}}"])
        .lines()
        .any(|l| l == "d"));

    let mut a = Term::spawn(r.cmd(&["attach", "d"]), 24, 80);
    a.send("echo $((7*8))\r");
    a.expect("56\r\n");
    a.send("exit 3\r");
    assert_eq!(a.wait().code(), Some(3), "{}", a.transcript());
    r.wait_for("d to be exited", || r.status("d") == "exited");
}

#[test]
fn custom_detach_keys_detach_and_the_default_ones_pass_through() {
    let r = Rcon::new();
    // with ctrl-x as the detach key, ctrl-p ctrl-q are ordinary input
    let mut t = Term::spawn(
        r.cmd(&[
            "run",
            "-it",
            "--name",
            "x",
            "--detach-keys",
            "ctrl-x",
            "busybox",
            "sh",
            "-c",
            "stty raw -echo; echo READY; head -c 3 | od -An -tx1; exec sh",
        ]),
        24,
        80,
    );
    t.expect("READY");
    t.send("\x10\x11z");
    t.expect("10 11 7a");
    t.expect(PROMPT);
    t.send("\x18");
    assert_eq!(t.wait().code(), Some(0), "{}", t.transcript());
    assert_eq!(r.status("x"), "running");
}

#[test]
fn a_lone_ctrl_p_is_passed_through() {
    let r = Rcon::new();
    let mut t = Term::spawn(
        r.cmd(&[
            "run",
            "-it",
            "busybox",
            "sh",
            "-c",
            "stty raw -echo; echo READY; head -c 4 | od -An -tx1; exit 9",
        ]),
        24,
        80,
    );
    t.expect("READY");
    // held back while it could start the detach sequence, then forwarded with what follows,
    // also when that comes in a later read
    t.send("\x10");
    std::thread::sleep(Duration::from_millis(300));
    t.send("x\x10y");
    t.expect("10 78 10 79");
    assert_eq!(t.wait().code(), Some(9), "{}", t.transcript());
}

#[test]
fn exec_it_has_a_terminal_and_exec_i_takes_piped_stdin() {
    let r = Rcon::new();
    r.ok(&["run", "-d", "--name", "e", "busybox", "sleep", "1000"]);
    let mut t = Term::spawn(r.cmd(&["exec", "-it", "e", "sh"]), 25, 90);
    t.expect(PROMPT);
    t.send("tty\r");
    t.expect("/dev/pts/");
    t.send("stty size\r");
    t.expect("25 90\r\n");
    t.resize(33, 77);
    t.send("stty size\r");
    t.expect("33 77\r\n");
    t.send("exit 7\r");
    assert_eq!(t.wait().code(), Some(7), "{}", t.transcript());

    // without -t: stdin is a pipe, its end reaches the process
    let mut c = r
        .cmd(&["exec", "-i", "e", "sh", "-c", "cat; exit 4"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    c.stdin.take().unwrap().write_all(b"data\nmore\n").unwrap();
    let mut out = String::new();
    c.stdout.take().unwrap().read_to_string(&mut out).unwrap();
    let st = wait_timeout(&mut c, STEP).expect("exec -i did not exit");
    assert_eq!(out, "data\nmore\n");
    assert_eq!(st.code(), Some(4));
    assert_eq!(r.status("e"), "running");
}

/// `run` (no terminal) of a shell that reports SIGTERM and SIGINT with an exit code; returns
/// the rcon process and its stdout lines once the trap is set.
fn trapping_run(r: &Rcon, name: &str, extra: &[&str]) -> (Child, mpsc::Receiver<String>) {
    let mut args = vec!["run", "--name", name];
    args.extend_from_slice(extra);
    args.extend_from_slice(&[
        "busybox",
        "sh",
        "-c",
        "trap 'echo got TERM; exit 42' TERM; trap 'echo got INT; exit 43' INT; \
         echo ready; while :; do sleep 0.1; done",
    ]);
    let mut child = r
        .cmd(&args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let (tx, rx) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for l in BufReader::new(stdout).lines() {
            let Ok(l) = l else { break };
            if tx.send(l).is_err() {
                break;
            }
        }
    });
    match rx.recv_timeout(STEP) {
        Ok(l) if l == "ready" => {}
        other => {
            let _ = child.kill();
            panic!("the container did not start: {other:?}");
        }
    }
    (child, rx)
}

/// The remaining lines, until the writer closed its end.
fn rest_of(rx: &mpsc::Receiver<String>) -> Vec<String> {
    let mut out = vec![];
    loop {
        match rx.recv_timeout(STEP) {
            Ok(l) => out.push(l),
            Err(mpsc::RecvTimeoutError::Disconnected) => return out,
            Err(mpsc::RecvTimeoutError::Timeout) => panic!("stdout stayed open; so far {out:?}"),
        }
    }
}

#[test]
fn signals_to_rcon_are_proxied_to_the_container() {
    let r = Rcon::new();
    for (sig, name, code, said) in [
        (Signal::SIGTERM, "term", 42, "got TERM"),
        (Signal::SIGINT, "int", 43, "got INT"),
    ] {
        let (mut child, rx) = trapping_run(&r, name, &[]);
        kill(Pid::from_raw(child.id() as i32), sig).unwrap();
        let st = wait_timeout(&mut child, STEP)
            .unwrap_or_else(|| panic!("rcon run did not exit after {sig}"));
        assert_eq!(st.code(), Some(code), "after {sig}: {st:?}");
        let rest = rest_of(&rx);
        assert_eq!(rest, vec![said.to_string()]);
        assert_eq!(r.status(name), "exited");
    }
}

#[test]
fn without_sig_proxy_signals_stay_with_rcon() {
    let r = Rcon::new();
    let (mut child, _rx) = trapping_run(&r, "np", &["--sig-proxy=false"]);
    kill(Pid::from_raw(child.id() as i32), Signal::SIGTERM).unwrap();
    let st = wait_timeout(&mut child, STEP).expect("rcon run did not exit after SIGTERM");
    // rcon itself was terminated; the container never saw the signal
    assert_eq!(st.signal(), Some(libc::SIGTERM), "{st:?}");
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(r.status("np"), "running");
    assert!(!r.ok(&["logs", "np"]).contains("got"));
}
