//! Terminals: `run -it`, `attach`, `exec -it` on a real pseudo-terminal, window sizes, detach
//! keys, and signal proxying without a terminal.

mod common;
use common::term::*;
use common::*;
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::Duration;

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
