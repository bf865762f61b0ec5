//! A process in a container attacking its caller through `exec`: it must never hold a file
//! descriptor of the caller (a terminal to type into with TIOCSTI, a file to read or truncate)
//! nor have the caller's terminal as its controlling terminal. Root and rootless.

mod common;
use common::images::{busybox_plus, Tar};
use common::term::*;
use common::*;
use std::os::unix::fs::OpenOptionsExt;
use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

/// tests/fixtures/tiocsti.c, built static for the busybox image (once per test binary)
fn probe() -> &'static [u8] {
    static P: OnceLock<Vec<u8>> = OnceLock::new();
    P.get_or_init(|| {
        let out: PathBuf = shared_dir().join("tiocsti");
        let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tiocsti.c");
        let st = Command::new("cc")
            .args(["-static", "-O2", "-o"])
            .arg(&out)
            .arg(&src)
            .status()
            .expect("running cc (just deps installs gcc and libc6-dev)");
        assert!(st.success(), "building {} failed", src.display());
        std::fs::read(&out).unwrap()
    })
}

/// A store with the image `prober` (busybox and /tiocsti) and a running container `c`.
fn setup(rootless: bool) -> Rcon {
    let r = if rootless {
        Rcon::rootless()
    } else {
        Rcon::new()
    };
    let tar = busybox_plus(&Tar::new().file_mode("tiocsti", probe(), 0o755).bytes());
    let file = r.dir.join("prober.tar");
    std::fs::write(&file, tar).unwrap();
    chmod(&file, 0o644);
    r.ok(&["import", file.to_str().unwrap(), "prober"]);
    r.ok(&["run", "-d", "--name", "c", "prober", "sleep", "1000"]);
    r
}

/// The caller's shell on a terminal: runs `rcon ARGS`, then reads the next line typed on
/// its terminal and shows it. Injected input would be that line.
fn shell_running(r: &Rcon, args: &[&str]) -> Term {
    let rcon = r.cmd(args);
    let mut sh = Command::new("sh");
    sh.arg("-c")
        .arg("\"$@\"; echo \"EXEC-RC=$?\"; read line; echo \"FIRST:[$line]\"")
        .arg("sh")
        .arg(rcon.get_program())
        .args(rcon.get_args());
    for (k, v) in rcon.get_envs() {
        match v {
            Some(v) => sh.env(k, v),
            None => sh.env_remove(k),
        };
    }
    Term::spawn(sh, 24, 80)
}

/// The first line the caller's shell read after exec is what the user typed, not the
/// attacker's text.
#[track_caller]
fn shell_reads_only_the_user(t: &mut Term) {
    t.send("typed-by-the-user\r");
    t.expect("FIRST:[");
    t.expect("]");
    let out = t.transcript();
    assert!(
        out.contains("FIRST:[typed-by-the-user]"),
        "the caller's shell read injected input: {out}"
    );
    assert!(t.wait().success(), "{}", t.transcript());
}

fn tiocsti_now(rootless: bool) {
    let r = setup(rootless);
    let mut t = shell_running(&r, &["exec", "c", "/tiocsti", "touch /tmp/PWNED\n"]);
    t.expect("EXEC-RC=0");
    let out = t.transcript();
    assert!(
        !out.contains("INJECTED"),
        "TIOCSTI reached a terminal: {out}"
    );
    // its stdio are pipes (no ioctl of a terminal) and it has no controlling terminal
    assert!(
        out.contains("fd0=Inappropriate ioctl") && out.contains("tty=No such device"),
        "{out}"
    );
    shell_reads_only_the_user(&mut t);
}

/// A child left behind tries once exec has returned (detached with -d, or not).
fn tiocsti_later(rootless: bool, detach: bool) {
    let r = setup(rootless);
    let mut args = vec!["exec"];
    if detach {
        args.push("-d");
    }
    args.extend(["c", "/tiocsti", "touch /tmp/PWNED\n", "300", "/tmp/report"]);
    let mut t = shell_running(&r, &args);
    t.expect("EXEC-RC=0");
    let mut report = String::new();
    r.wait_for("the left-behind child's report", || {
        let o = r.run(&["exec", "c", "cat", "/tmp/report"]);
        report = stdout(&o);
        o.status.success()
    });
    assert!(
        !report.contains("INJECTED"),
        "TIOCSTI reached a terminal: {report}"
    );
    assert!(report.contains("tty=No such device"), "{report}");
    shell_reads_only_the_user(&mut t);
}

#[test]
fn exec_cannot_type_into_the_callers_terminal() {
    tiocsti_now(false);
}

#[test]
fn exec_cannot_type_into_the_callers_terminal_after_it_returned() {
    tiocsti_later(false, false);
    tiocsti_later(false, true);
}

#[test]
fn rootless_exec_cannot_type_into_the_callers_terminal() {
    tiocsti_now(true);
    tiocsti_later(true, false);
}

/// stdout redirected to a host file: the process can neither read what the file held nor
/// truncate it through /proc/self/fd/1; what it writes is appended.
fn redirected_file(rootless: bool) {
    let r = setup(rootless);
    let path = r.dir.join("host-file");
    std::fs::write(&path, "SECRET\n").unwrap();
    let file = std::fs::OpenOptions::new()
        .append(true)
        .custom_flags(libc::O_CLOEXEC)
        .open(&path)
        .unwrap();
    let st = r
        .cmd(&[
            "exec",
            "c",
            "sh",
            "-c",
            "readlink /proc/self/fd/1; { timeout 1 cat </proc/self/fd/1; } 2>/dev/null; echo X >/proc/self/fd/1",
        ])
        .stdout(file)
        .status()
        .unwrap();
    assert!(st.success());
    let got = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = got.lines().collect();
    assert_eq!(lines[0], "SECRET", "the file was truncated: {got:?}");
    assert!(lines[1].starts_with("pipe:"), "fd 1 is not a pipe: {got:?}");
    assert_eq!(lines[2..], ["X"], "{got:?}");
}

#[test]
fn exec_cannot_read_or_truncate_the_file_its_output_goes_to() {
    redirected_file(false);
}

#[test]
fn rootless_exec_cannot_read_or_truncate_the_file_its_output_goes_to() {
    redirected_file(true);
}
