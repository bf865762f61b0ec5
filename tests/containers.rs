//! Running containers as root: the process, its isolation, exit codes, lifecycle verbs.

mod common;
use common::*;
use std::time::{Duration, Instant};

#[test]
fn runs_as_pid_1_with_its_hostname_env_workdir_and_user() {
    let r = Rcon::new();
    assert_eq!(
        r.ok(&["run", "--rm", "busybox", "sh", "-c", "echo $$"])
            .trim(),
        "1"
    );
    assert_eq!(
        r.ok(&["run", "--rm", "--hostname", "box1", "busybox", "hostname"])
            .trim(),
        "box1"
    );
    let out = r.ok(&[
        "run",
        "--rm",
        "-e",
        "FOO=bar",
        "-w",
        "/tmp/work",
        "-u",
        "user",
        "busybox",
        "sh",
        "-c",
        "echo $FOO; pwd; id -u; id -g; id -Gn; echo $HOME",
    ]);
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        vec![
            "bar",
            "/tmp/work",
            "1000",
            "1000",
            "user wheel",
            "/home/user"
        ]
    );
    assert!(r
        .ok(&["run", "--rm", "-u", "1:10", "busybox", "id"])
        .starts_with("uid=1(daemon) gid=10(wheel)"));
    // the default hostname is the short id, and /etc/hostname agrees
    let out = r.ok(&[
        "run",
        "--name",
        "named",
        "busybox",
        "sh",
        "-c",
        "hostname; cat /etc/hostname",
    ]);
    let id = r.ok(&["inspect", "--format", "{{.Id}}", "named"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines, vec![&id[..12], &id[..12]]);
}

#[test]
fn env_file_and_image_config() {
    let r = Rcon::new();
    let f = r.dir.join("env");
    std::fs::write(&f, "# comment\nA=1\nB=two words\n").unwrap();
    let out = r.ok(&[
        "run",
        "--rm",
        "--env-file",
        f.to_str().unwrap(),
        "-e",
        "A=override",
        "busybox",
        "sh",
        "-c",
        "echo $A; echo $B; echo $PATH",
    ]);
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        vec![
            "override",
            "two words",
            "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
        ]
    );
    // an image's Entrypoint, Cmd, Env, WorkingDir and User are honoured
    let out = r.ok(&[
        "import",
        "--change",
        "ENTRYPOINT [\"/bin/echo\", \"from-entrypoint\"]",
        "--change",
        "CMD [\"default-arg\"]",
        "--change",
        "ENV GREETING=hi",
        "--change",
        "WORKDIR /home/user",
        "--change",
        "USER user",
        busybox_tar().to_str().unwrap(),
        "configured",
    ]);
    assert!(out.starts_with("sha256:"));
    assert_eq!(
        r.ok(&["run", "--rm", "configured"]).trim(),
        "from-entrypoint default-arg"
    );
    assert_eq!(
        r.ok(&["run", "--rm", "configured", "other"]).trim(),
        "from-entrypoint other"
    );
    let out = r.ok(&[
        "run",
        "--rm",
        "--entrypoint",
        "/bin/sh",
        "configured",
        "-c",
        "echo $GREETING; pwd; whoami",
    ]);
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        vec!["hi", "/home/user", "user"]
    );
}

#[test]
fn exit_codes_follow_podman() {
    let r = Rcon::new();
    r.ok(&["run", "--rm", "busybox", "true"]);
    r.fails(1, &["run", "--rm", "busybox", "false"]);
    r.fails(42, &["run", "--rm", "busybox", "sh", "-c", "exit 42"]);
    let e = r.fails(127, &["run", "--rm", "busybox", "no-such-command"]);
    assert!(
        e.contains("not found") && e.contains("no-such-command"),
        "{e}"
    );
    let e = r.fails(126, &["run", "--rm", "busybox", "/etc/passwd"]);
    assert!(e.contains("/etc/passwd"), "{e}");
    r.fails(126, &["run", "--rm", "busybox", "/etc"]);
    let e = r.fails(125, &["run", "--rm", "no-such-image"]);
    assert!(e.contains("no-such-image"), "{e}");
    r.fails(125, &["run", "--rm", "--bogus-flag", "busybox"]);
    // PID 1 cannot SIGKILL itself; under --init the shell is an ordinary child
    r.fails(
        137,
        &["run", "--rm", "--init", "busybox", "sh", "-c", "kill -9 $$"],
    );
    // killed by a signal from outside: 128 + N
    let id = r
        .ok(&["run", "-d", "busybox", "sleep", "100"])
        .trim()
        .to_string();
    r.ok(&["kill", "-s", "KILL", &id]);
    assert_eq!(r.ok(&["wait", &id]).trim(), "137");
    // nothing failed to start is left behind
    assert_eq!(r.ok(&["ps", "-a", "-q"]).lines().count(), 1);
}

#[test]
fn bad_input_is_one_line_125_and_leaves_nothing() {
    let r = Rcon::new();
    for args in [
        vec!["run", "--rm", "--ulimit", "nofile=x", "busybox", "true"],
        vec!["run", "--rm", "--ulimit", "bogus=1", "busybox", "true"],
        vec!["run", "--rm", "--network", "bridge", "busybox", "true"],
        vec!["run", "--rm", "--log-opt", "color=blue", "busybox", "true"],
        vec!["run", "--rm", "--stop-signal", "SIGNOPE", "busybox", "true"],
        vec!["run", "--rm", "-w", "relative", "busybox", "true"],
        vec!["run", "--rm", "--name", "bad/name", "busybox", "true"],
        vec!["run", "--rm", "-u", "nosuchuser", "busybox", "true"],
        vec!["start", "nope"],
        vec!["exec", "nope", "true"],
        vec!["logs", "nope"],
        vec!["import", "/nonexistent.tar"],
    ] {
        let e = r.fails(125, &args);
        assert_eq!(
            e.trim_end().lines().count(),
            1,
            "{args:?}: not one line: {e}"
        );
        assert!(e.starts_with("Error: "), "{args:?}: {e}");
    }
    assert_eq!(r.ok(&["ps", "-a", "-q"]), "");
    // name in use
    r.ok(&["create", "--name", "taken", "busybox"]);
    let e = r.fails(125, &["run", "--name", "taken", "busybox", "true"]);
    // podman's wording, which scripts grep for
    assert!(e.contains("that name is already in use"), "{e}");
    assert_eq!(r.ok(&["ps", "-a", "-q"]).lines().count(), 1);
    let e = r.fails(125, &["stop", "nosuch"]);
    assert!(
        e.contains("no container with name or ID \"nosuch\" found: no such container"),
        "{e}"
    );
    // a running container is not removed without -f; exec into a stopped one fails
    r.ok(&["run", "-d", "--name", "up", "busybox", "sleep", "100"]);
    // podman's words and status (2: the container is in the wrong state)
    let e = r.fails(2, &["rm", "up"]);
    assert!(
        e.contains("cannot remove container") && e.contains("as it is running"),
        "{e}"
    );
    r.fails(125, &["exec", "taken", "true"]);
    r.ok(&["rm", "-f", "-t", "0", "up", "taken"]);
    // no stray supervisor, cgroup or mount
    let check = r.run(&["system", "check"]);
    assert!(check.status.success(), "{}", stdout(&check));
}

#[test]
fn rm_flag_leaves_nothing_behind() {
    let r = Rcon::new();
    r.ok(&["run", "--rm", "busybox", "true"]);
    r.ok(&["run", "--rm", "-d", "--name", "quick", "busybox", "true"]);
    r.wait_for("the --rm container to disappear", || {
        r.ok(&["ps", "-a", "-q"]).is_empty()
    });
    // the supervisor deletes the runtime directory just after it answered `run`
    r.wait_for("the --rm containers' runtime dirs to be deleted", || {
        std::fs::read_dir(r.runroot.join("containers"))
            .unwrap()
            .next()
            .is_none()
    });
    let left: Vec<_> = std::fs::read_dir(r.root.join("containers"))
        .unwrap()
        .collect();
    assert!(left.is_empty(), "container dirs left: {left:?}");
    let names: Vec<_> = std::fs::read_dir(r.root.join("names")).unwrap().collect();
    assert!(names.is_empty(), "names left: {names:?}");
    // its name is free again
    r.ok(&["run", "--rm", "--name", "quick", "busybox", "true"]);
}

#[test]
fn logs_are_written_without_the_cli_and_follow_works() {
    let r = Rcon::new();
    let id = r
        .ok(&[
            "run",
            "-d",
            "busybox",
            "sh",
            "-c",
            "echo out; echo err >&2; sleep 1; echo late; printf partial",
        ])
        .trim()
        .to_string();
    r.wait_for("exit", || r.status(&id) == "exited");
    let out = r.run(&["logs", &id]);
    assert_eq!(stdout(&out), "out\nlate\npartial\n");
    assert_eq!(stderr(&out), "err\n");
    assert_eq!(r.ok(&["logs", "--tail", "1", &id]), "partial\n");
    let ts = r.ok(&["logs", "-t", "--tail", "1", &id]);
    assert!(ts.contains('T') && ts.ends_with(" partial\n"), "{ts}");
    assert_eq!(
        r.ok(&[
            "logs",
            "--since",
            "2000-01-01T00:00:00Z",
            "--until",
            "2000-01-02T00:00:00Z",
            &id
        ]),
        ""
    );
    // -f follows a running container until it exits
    let id = r
        .ok(&[
            "run",
            "-d",
            "busybox",
            "sh",
            "-c",
            "for i in 1 2 3; do echo n$i; sleep 0.3; done",
        ])
        .trim()
        .to_string();
    let start = Instant::now();
    let out = r.ok(&["logs", "-f", &id]);
    assert_eq!(out, "n1\nn2\nn3\n");
    assert!(
        start.elapsed() >= Duration::from_millis(300),
        "logs -f returned before the container finished"
    );
}

#[test]
fn log_rotation_keeps_max_file_files() {
    let r = Rcon::new();
    let id = r
        .ok(&[
            "run",
            "-d",
            "--log-opt",
            "max-size=2k",
            "--log-opt",
            "max-file=2",
            "busybox",
            "sh",
            "-c",
            "i=0; while [ $i -lt 200 ]; do echo line-$i-xxxxxxxxxxxxxxxx; i=$((i+1)); done",
        ])
        .trim()
        .to_string();
    r.wait_for("exit", || r.status(&id) == "exited");
    let dir = r.root.join("containers").join(&id);
    assert!(dir.join("ctr.log.1").exists());
    assert!(!dir.join("ctr.log.2").exists());
    assert!(std::fs::metadata(dir.join("ctr.log")).unwrap().len() <= 2048);
    let out = r.ok(&["logs", &id]);
    assert!(out.ends_with("line-199-xxxxxxxxxxxxxxxx\n"), "{out}");
    assert!(!out.contains("line-0-"), "rotated-out lines are gone");
}

#[test]
fn detach_and_reattach() {
    let r = Rcon::new();
    r.ok(&[
        "run",
        "-d",
        "--name",
        "talker",
        "busybox",
        "sh",
        "-c",
        "sleep 1; for i in 1 2 3; do echo tick$i; sleep 0.2; done; exit 3",
    ]);
    // attach later: we see the output from now on and get the exit code
    let out = r.run(&["attach", "--no-stdin", "talker"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stdout(&out).contains("tick3"), "{}", stdout(&out));
    // start -a runs a created container attached
    r.ok(&[
        "create",
        "--name",
        "later",
        "busybox",
        "echo",
        "hello from start",
    ]);
    assert_eq!(r.ok(&["start", "-a", "later"]), "hello from start\n");
}

#[test]
fn stdin_is_forwarded_with_i() {
    let r = Rcon::new();
    let mut c = r.cmd(&["run", "--rm", "-i", "busybox", "sh", "-c", "tr a-z A-Z"]);
    c.stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped());
    let mut child = c.spawn().unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(b"shout\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(stdout(&out), "SHOUT\n");
}

#[test]
fn exec_shares_the_containers_namespaces() {
    let r = Rcon::new();
    r.ok(&[
        "run",
        "-d",
        "--name",
        "box",
        "--hostname",
        "inside",
        "busybox",
        "sleep",
        "100",
    ]);
    let out = r.ok(&[
        "exec",
        "box",
        "sh",
        "-c",
        "hostname; ps -o pid,comm | grep sleep",
    ]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "inside");
    assert!(
        lines[1].trim().starts_with("1 "),
        "the container's sleep is pid 1 as seen by exec: {out}"
    );
    assert_eq!(
        r.ok(&[
            "exec",
            "-u",
            "user",
            "-w",
            "/tmp",
            "-e",
            "X=y",
            "box",
            "sh",
            "-c",
            "id -un; pwd; echo $X"
        ]),
        "user\n/tmp\ny\n"
    );
    r.fails(7, &["exec", "box", "sh", "-c", "exit 7"]);
    r.fails(127, &["exec", "box", "nope"]);
    // exec -d leaves a process running
    r.ok(&["exec", "-d", "box", "sleep", "77"]);
    r.wait_for("the detached exec", || {
        r.ok(&["top", "box"]).contains("sleep 77")
    });
}

#[test]
fn stop_waits_for_the_timeout_then_kills() {
    let r = Rcon::new();
    // sh as PID 1 ignores SIGTERM (no handler): stop must wait, then SIGKILL
    r.ok(&[
        "run",
        "-d",
        "--name",
        "stubborn",
        "busybox",
        "sh",
        "-c",
        "trap '' TERM; while true; do sleep 0.1; done",
    ]);
    let start = Instant::now();
    let out = r.run(&["stop", "-t", "2", "stubborn"]);
    let took = start.elapsed();
    assert!(out.status.success(), "{}", stderr(&out));
    // and says so, in podman's words
    assert!(
        stderr(&out).contains(
            "StopSignal SIGTERM failed to stop container stubborn in 2 seconds, resorting to SIGKILL"
        ),
        "{}",
        stderr(&out)
    );
    assert!(
        took >= Duration::from_secs(2),
        "stopped after {took:?}, before the timeout"
    );
    assert_eq!(r.status("stubborn"), "exited");
    assert_eq!(
        r.ok(&["inspect", "--format", "{{.State.ExitCode}}", "stubborn"])
            .trim(),
        "137"
    );
    // a process that handles SIGTERM stops at once
    r.ok(&[
        "run",
        "-d",
        "--name",
        "polite",
        "busybox",
        "sh",
        "-c",
        "trap 'exit 0' TERM; while true; do sleep 0.1; done",
    ]);
    let start = Instant::now();
    r.ok(&["stop", "-t", "10", "polite"]);
    assert!(start.elapsed() < Duration::from_secs(5));
    assert_eq!(
        r.ok(&["inspect", "--format", "{{.State.ExitCode}}", "polite"])
            .trim(),
        "0"
    );
    // --stop-signal is used
    r.ok(&[
        "run",
        "-d",
        "--name",
        "usr1",
        "--stop-signal",
        "USR1",
        "busybox",
        "sh",
        "-c",
        "trap 'exit 9' USR1; while true; do sleep 0.1; done",
    ]);
    r.ok(&["stop", "usr1"]);
    assert_eq!(
        r.ok(&["inspect", "--format", "{{.State.ExitCode}}", "usr1"])
            .trim(),
        "9"
    );
}

#[test]
fn init_reaps_and_forwards_signals() {
    let r = Rcon::new();
    // with --init, PID 1 is rcon's init and the command is its child
    let out = r.ok(&[
        "run",
        "--rm",
        "--init",
        "busybox",
        "sh",
        "-c",
        "echo $$; ps -o pid,args | sed -n 2p",
    ]);
    let lines: Vec<&str> = out.lines().collect();
    assert_ne!(lines[0], "1");
    // named for what it is, the command after it
    assert_eq!(
        lines[1].split_whitespace().collect::<Vec<_>>().join(" "),
        "1 rcon-init -- sh -c echo $$; ps -o pid,args | sed -n 2p",
        "{out}"
    );
    // signals reach the child: a plain sh under init gets TERM and dies of it
    r.ok(&[
        "run", "-d", "--init", "--name", "i", "busybox", "sleep", "100",
    ]);
    let start = Instant::now();
    r.ok(&["stop", "-t", "10", "i"]);
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "init did not forward SIGTERM"
    );
    assert_eq!(
        r.ok(&["inspect", "--format", "{{.State.ExitCode}}", "i"])
            .trim(),
        "143"
    );
    r.fails(
        5,
        &["run", "--rm", "--init", "busybox", "sh", "-c", "exit 5"],
    );
}

#[test]
fn lifecycle_verbs() {
    let r = Rcon::new();
    let id = r
        .ok(&[
            "create", "--name", "c1", "-l", "tier=web", "busybox", "sleep", "100",
        ])
        .trim()
        .to_string();
    assert_eq!(id.len(), 64);
    assert_eq!(r.status("c1"), "created");
    assert_eq!(r.ok(&["start", "c1"]).trim(), "c1");
    assert_eq!(r.status(&id[..6]), "running");
    r.ok(&["pause", "c1"]);
    assert_eq!(r.status("c1"), "paused");
    r.fails(125, &["exec", "c1", "true"]);
    r.ok(&["unpause", "c1"]);
    assert_eq!(r.status("c1"), "running");
    let top = r.ok(&["top", "c1"]);
    assert!(top.starts_with("USER"), "{top}");
    assert!(top.contains("sleep 100"), "{top}");
    r.ok(&["restart", "-t", "1", "c1"]);
    assert_eq!(r.status("c1"), "running");
    r.ok(&["rename", "c1", "c2"]);
    assert_eq!(r.status("c2"), "running");
    r.fails(125, &["inspect", "--type", "container", "c1"]);
    r.ok(&["kill", "c2"]);
    r.wait_for("exit", || r.status("c2") == "exited");
    // ps shows it with -a, filters and formats
    assert_eq!(r.ok(&["ps", "-q"]), "");
    assert_eq!(
        r.ok(&[
            "ps",
            "-a",
            "--filter",
            "label=tier=web",
            "--format",
            "{{.Names}}"
        ]),
        "c2\n"
    );
    assert_eq!(r.ok(&["ps", "-a", "--filter", "status=running", "-q"]), "");
    assert_eq!(
        r.ok(&["ps", "-a", "--filter", "name=^c", "--no-trunc", "-q"])
            .trim(),
        id
    );
    let table = r.ok(&["ps", "-a"]);
    assert!(table.starts_with("CONTAINER ID   IMAGE"), "{table}");
    assert!(table.contains("Exited (137)"), "{table}");
    let json: serde_json::Value =
        serde_json::from_str(&r.ok(&["ps", "-a", "--format", "json"])).unwrap();
    assert_eq!(json[0]["Names"][0], "c2");
    assert_eq!(json[0]["State"], "exited");
    let insp: serde_json::Value = serde_json::from_str(&r.ok(&["inspect", "c2"])).unwrap();
    assert_eq!(insp[0]["Config"]["Labels"]["tier"], "web");
    assert_eq!(insp[0]["Name"], "c2");
    r.ok(&["container", "prune", "-f"]);
    assert_eq!(r.ok(&["ps", "-a", "-q"]), "");
}

#[test]
fn fifty_parallel_runs_keep_every_record() {
    let r = Rcon::new();
    let handles: Vec<_> = (0..50)
        .map(|i| {
            let mut c = r.cmd(&[
                "run",
                "-d",
                "--name",
                &format!("p{i}"),
                "busybox",
                "sleep",
                "30",
            ]);
            c.stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped());
            c.spawn().unwrap()
        })
        .collect();
    for h in handles {
        let out = h.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    // and 10 more racing for one name: exactly one wins
    let racers: Vec<_> = (0..10)
        .map(|_| {
            let mut c = r.cmd(&["run", "-d", "--name", "contested", "busybox", "sleep", "30"]);
            c.stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped());
            c.spawn().unwrap()
        })
        .collect();
    let wins = racers
        .into_iter()
        .filter(|_| true)
        .map(|h| h.wait_with_output().unwrap().status.success())
        .filter(|s| *s)
        .count();
    assert_eq!(wins, 1);
    let names = r.ok(&["ps", "--format", "{{.Names}}"]);
    let mut names: Vec<&str> = names.lines().collect();
    names.sort();
    assert_eq!(names.len(), 51, "{names:?}");
    assert_eq!(r.ok(&["ps", "-q"]).lines().count(), 51);
    r.ok(&["rm", "-f", "-t", "0", "-a"]);
    assert_eq!(r.ok(&["ps", "-a", "-q"]), "");
}

#[test]
fn a_dead_supervisor_is_detected() {
    let r = Rcon::new();
    r.ok(&["run", "-d", "--name", "orphan", "busybox", "sleep", "100"]);
    let sup: i32 = r
        .ok(&["inspect", "--format", "{{.State.ConmonPid}}", "orphan"])
        .trim()
        .parse()
        .unwrap();
    assert!(sup > 0);
    // ps names it for what it is, not for the `run` it was forked from
    let cmdline = std::fs::read(format!("/proc/{sup}/cmdline")).unwrap();
    assert_eq!(cmdline, b"rcon\0__supervise\0", "{cmdline:?}");
    nix::sys::signal::kill(nix::unistd::Pid::from_raw(sup), nix::sys::signal::SIGKILL).unwrap();
    r.wait_for("the supervisor to die", || {
        !std::path::Path::new(&format!("/proc/{sup}")).exists()
            || std::fs::read_to_string(format!("/proc/{sup}/stat"))
                .map(|s| s.contains(") Z"))
                .unwrap_or(true)
    });
    assert_eq!(r.status("orphan"), "exited");
    let err = r.ok(&["inspect", "--format", "{{.State.Error}}", "orphan"]);
    assert!(err.contains("supervisor"), "{err}");
    let ps = r.ok(&["ps", "-a", "--format", "{{.Names}} {{.State}}"]);
    assert_eq!(ps, "orphan exited\n");
    // system check reports it, --repair records it and kills the unsupervised process
    let check = r.run(&["system", "check"]);
    assert_eq!(check.status.code(), Some(1));
    assert!(stdout(&check).contains("supervisor"), "{}", stdout(&check));
    r.ok(&["system", "check", "--repair"]);
    r.ok(&["system", "check"]);
    r.ok(&["rm", "orphan"]);
}

#[test]
fn mounts_inside_show_no_host_paths_and_proc_is_masked() {
    let r = Rcon::new();
    let mi = r.ok(&["run", "--rm", "busybox", "cat", "/proc/self/mountinfo"]);
    let root = r.root.to_str().unwrap();
    assert!(
        !mi.contains(root),
        "host storage path visible inside:\n{mi}"
    );
    assert!(!mi.contains(env!("CARGO_MANIFEST_DIR")), "{mi}");
    for l in mi.lines() {
        let mountpoint = l.split(' ').nth(4).unwrap();
        assert!(
            !mountpoint.contains("/proc/self/fd") || l.contains("overlay"),
            "{l}"
        );
    }
    // sensitive /proc paths are masked, /proc/sys read-only, /sys read-only
    let out = r.run(&[
        "run",
        "--rm",
        "busybox",
        "sh",
        "-c",
        "cat /proc/keys | wc -c; echo 1 > /proc/sys/kernel/domainname; touch /sys/x",
    ]);
    assert_eq!(stdout(&out).trim(), "0");
    assert!(
        stderr(&out).contains("Read-only file system"),
        "{}",
        stderr(&out)
    );
    // capabilities: podman's default set, nothing more
    let caps = r.ok(&[
        "run",
        "--rm",
        "busybox",
        "grep",
        "CapBnd",
        "/proc/self/status",
    ]);
    assert_eq!(caps.split_whitespace().nth(1), Some("00000000800405fb"));
    // the default seccomp filter is on
    let st = r.ok(&[
        "run",
        "--rm",
        "busybox",
        "grep",
        "Seccomp:",
        "/proc/self/status",
    ]);
    assert_eq!(st.split_whitespace().nth(1), Some("2"));
    // the network namespace is private with loopback up
    let ip = r.ok(&["run", "--rm", "busybox", "ip", "-o", "link"]);
    assert_eq!(ip.lines().count(), 1, "{ip}");
    assert!(ip.contains("lo:") && ip.contains("UP"), "{ip}");
    // no fd of ours leaks into the container
    let fds = r.ok(&["run", "--rm", "busybox", "ls", "/proc/self/fd"]);
    assert_eq!(
        fds.split_whitespace().collect::<Vec<_>>(),
        vec!["0", "1", "2", "3"],
        "ls itself opens fd 3"
    );
}

#[test]
fn ulimits_are_inherited_or_set() {
    let r = Rcon::new();
    let host = nix::sys::resource::getrlimit(nix::sys::resource::Resource::RLIMIT_NOFILE).unwrap();
    assert_eq!(
        r.ok(&["run", "--rm", "busybox", "sh", "-c", "ulimit -Hn"])
            .trim(),
        host.1.to_string()
    );
    assert_eq!(
        r.ok(&[
            "run",
            "--rm",
            "--ulimit",
            "nofile=512:1024",
            "busybox",
            "sh",
            "-c",
            "ulimit -Sn; ulimit -Hn"
        ]),
        "512\n1024\n"
    );
}

#[test]
fn host_network_sees_host_interfaces() {
    let r = Rcon::new();
    let host_links = std::fs::read_dir("/sys/class/net").unwrap().count();
    let out = r.ok(&[
        "run",
        "--rm",
        "--network",
        "host",
        "busybox",
        "ls",
        "/sys/class/net",
    ]);
    assert_eq!(out.split_whitespace().count(), host_links);
}

#[test]
fn vfs_copy_fallback_runs_containers_without_overlay() {
    let r = Rcon::empty();
    let out = r.run(&[
        "--storage-driver",
        "vfs",
        "import",
        busybox_tar().to_str().unwrap(),
        "busybox",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v = |args: &[&str]| {
        let mut a = vec!["--storage-driver", "vfs"];
        a.extend_from_slice(args);
        r.ok(&a)
    };
    assert_eq!(
        v(&[
            "run",
            "--rm",
            "busybox",
            "sh",
            "-c",
            "echo $$; cat /etc/hostname | wc -c"
        ])
        .lines()
        .next(),
        Some("1")
    );
    v(&[
        "run",
        "--name",
        "keep",
        "busybox",
        "sh",
        "-c",
        "echo persisted > /data",
    ]);
    assert_eq!(v(&["start", "-a", "keep"]), "");
    let back = r.dir.join("data");
    v(&["cp", "keep:/data", back.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(&back).unwrap(), "persisted\n");
    // the store remembers its driver: asking for another one is refused
    let e = r.fails(125, &["--storage-driver", "overlay", "create", "busybox"]);
    assert!(e.contains("vfs"), "{e}");
    // and without the flag the recorded driver is used
    r.ok(&["run", "--rm", "busybox", "true"]);
    r.ok(&["rm", "keep"]);
    assert_eq!(
        std::fs::read_dir(r.root.join("containers"))
            .unwrap()
            .count(),
        0
    );
}

#[test]
fn capabilities_and_security_options() {
    let r = Rcon::new();
    let status = |args: &[&str], key: &str| -> String {
        let mut a = vec!["run", "--rm"];
        a.extend_from_slice(args);
        a.extend_from_slice(&["busybox", "grep", key, "/proc/self/status"]);
        r.ok(&a).split_whitespace().nth(1).unwrap_or("").to_string()
    };
    assert_eq!(status(&["--cap-drop", "ALL"], "CapBnd"), "0000000000000000");
    // NET_ADMIN is bit 12
    let with_admin =
        u64::from_str_radix(&status(&["--cap-add", "net_admin"], "CapEff"), 16).unwrap();
    assert_eq!(with_admin & (1 << 12), 1 << 12);
    let without_chown =
        u64::from_str_radix(&status(&["--cap-drop", "CAP_CHOWN"], "CapEff"), 16).unwrap();
    assert_eq!(without_chown & 1, 0);
    // a comma-separated list, as podman takes it: NET_ADMIN (12) and SYS_TIME (25) added,
    // CHOWN (0) and KILL (5) dropped
    let listed = status(
        &[
            "--cap-add",
            "net_admin,SYS_TIME",
            "--cap-drop",
            "chown,KILL",
        ],
        "CapEff",
    );
    let listed = u64::from_str_radix(&listed, 16).unwrap();
    assert_eq!(listed & (1 << 12 | 1 << 25), 1 << 12 | 1 << 25);
    assert_eq!(listed & (1 | 1 << 5), 0);
    assert_eq!(
        status(&["--security-opt", "seccomp=unconfined"], "Seccomp:"),
        "0"
    );
    assert_eq!(
        status(&["--security-opt", "no-new-privileges"], "NoNewPrivs"),
        "1"
    );
    assert_eq!(status(&[], "NoNewPrivs"), "0");
    // with CAP_SYS_ADMIN the default filter lets mount through
    r.ok(&[
        "run",
        "--rm",
        "--cap-add",
        "SYS_ADMIN",
        "busybox",
        "sh",
        "-c",
        "mkdir /m && mount -t tmpfs t /m",
    ]);
    let out = r.run(&[
        "run",
        "--rm",
        "busybox",
        "sh",
        "-c",
        "mkdir /m && mount -t tmpfs t /m",
    ]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("permission denied"),
        "{}",
        stderr(&out)
    );
    // a custom profile in docker's format
    let prof = r.dir.join("profile.json");
    std::fs::write(&prof, r#"{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["mkdir","mkdirat"],"action":"SCMP_ACT_ERRNO","errnoRet":1}]}"#).unwrap();
    let out = r.run(&[
        "run",
        "--rm",
        "--security-opt",
        &format!("seccomp={}", prof.display()),
        "busybox",
        "mkdir",
        "/x",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("Operation not permitted"),
        "{}",
        stderr(&out)
    );
    for bad in [
        vec!["--cap-add", "NOPE"],
        vec!["--security-opt", "label=disable"],
        vec!["--security-opt", "seccomp=/nonexistent.json"],
    ] {
        let mut a = vec!["run", "--rm"];
        a.extend_from_slice(&bad);
        a.extend_from_slice(&["busybox", "true"]);
        r.fails(125, &a);
    }
    assert_eq!(r.ok(&["ps", "-a", "-q"]), "");
}

#[test]
fn a_config_file_sets_the_storage_paths() {
    let r = Rcon::new();
    let conf = r.dir.join("rcon.conf");
    std::fs::write(
        &conf,
        format!(
            "# rcon\nroot = \"{}\"\nrunroot = \"{}\"\n",
            r.root.display(),
            r.runroot.display()
        ),
    )
    .unwrap();
    let out = std::process::Command::new(BIN)
        .env("RCON_CONFIG", &conf)
        .args(["images", "--format", "{{.Repository}}"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "localhost/busybox\n");
    let info = std::process::Command::new(BIN)
        .env("RCON_CONFIG", &conf)
        .args(["info", "--format", "{{.Store.GraphRoot}}"])
        .output()
        .unwrap();
    assert_eq!(stdout(&info).trim(), r.root.display().to_string());
    // the command line wins over the file
    let other = r.dir.join("other");
    let out = std::process::Command::new(BIN)
        .env("RCON_CONFIG", &conf)
        .arg("--root")
        .arg(&other)
        .args(["images", "-q"])
        .output()
        .unwrap();
    assert_eq!(stdout(&out), "");
}

#[test]
fn a_reader_that_goes_away_ends_rcon_as_sigpipe_ends_other_tools() {
    use std::io::Read;
    use std::os::unix::process::ExitStatusExt;
    let r = Rcon::new();
    // `rcon inspect big | head -c 1`: more than a pipe holds, so rcon is still writing when
    // the reader goes (also should another test's child hold a copy of the read end for a
    // moment, between its fork and its exec)
    let big = format!("BIG={}", "x".repeat(100_000));
    r.ok(&["create", "--name", "big", "-e", &big, "busybox", "true"]);
    let mut c = r
        .cmd(&["inspect", "big"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 1];
    c.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let out = c.wait_with_output().unwrap();
    assert_eq!(out.status.signal(), Some(libc::SIGPIPE), "{:?}", out.status);
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    // `rcon completion bash | head -1`: the script is longer than a pipe holds
    let mut c = r
        .cmd(&["completion", "bash"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    c.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let out = c.wait_with_output().unwrap();
    assert_eq!(out.status.signal(), Some(libc::SIGPIPE), "{:?}", out.status);
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}

/// A --format naming a field the data lacks is an error (a typo must not print `<no value>`
/// and exit 0), as on podman's structs; a key missing from a map field stays `<no value>`.
#[test]
fn format_with_an_unknown_field_is_an_error() {
    let r = Rcon::new();
    r.ok(&["create", "--name", "f", "--label", "a=1", "busybox", "true"]);
    for args in [
        &["ps", "-a", "--format", "{{.Nope}}"][..],
        &["inspect", "--format", "{{.State.Nope}}", "f"][..],
        &["images", "--format", "{{.Nope}}"][..],
        &["info", "--format", "{{.Nope}}"][..],
    ] {
        let out = r.run(args);
        assert_eq!(out.status.code(), Some(125), "{args:?}");
        assert!(
            stderr(&out).contains("can't evaluate field Nope"),
            "{args:?}: {}",
            stderr(&out)
        );
        assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    }
    let out = r.ok(&["ps", "-a", "--format", "{{.Labels.a}} {{.Labels.zz}}"]);
    assert_eq!(out.trim(), "1 <no value>");
}

/// `info` in podman's structure: YAML by default, JSON keys as podman's, templates over
/// podman's Go field names.
#[test]
fn info_speaks_podmans_structure() {
    let r = Rcon::new();
    r.ok(&["run", "-d", "--name", "up", "busybox", "sleep", "100"]);
    r.ok(&["create", "busybox", "true"]);
    let yaml = r.ok(&["info"]);
    for line in [
        "host:\n",
        "store:\n",
        "  graphDriverName: ",
        "version:\n",
        "  cgroupVersion: v",
    ] {
        assert!(yaml.contains(line), "{line:?} in {yaml}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&r.ok(&["info", "--format", "json"])).unwrap();
    assert_eq!(json["store"]["containerStore"]["number"], 2);
    assert_eq!(json["store"]["containerStore"]["running"], 1);
    assert_eq!(json["store"]["imageStore"]["number"], 1);
    let root = r.root.display().to_string();
    let t = "{{.Store.GraphRoot}} {{.Host.CgroupsVersion}} {{.Host.Security.Rootless}} {{.Store.ContainerStore.Stopped}}";
    let out = r.ok(&["info", "--format", t]);
    let want_cg = if std::path::Path::new("/sys/fs/cgroup/cgroup.controllers").exists() {
        "v2"
    } else {
        "v1"
    };
    assert_eq!(out.trim(), format!("{root} {want_cg} false 1"));
    r.ok(&["rm", "-f", "-t", "0", "up"]);
}
