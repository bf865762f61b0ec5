//! The flags of the container lifecycle verbs, as podman 4.3.1's: selection (names, --all,
//! --latest, --cidfile, --filter), rm's exit codes, -t, --depend, wait --condition, ps's
//! columns and sorts, inspect --size and --latest (logs and cp: tests/logs.rs, tests/files.rs).

mod common;
use common::*;
use std::time::{Duration, Instant};

fn lines(s: &str) -> Vec<String> {
    s.lines().map(|l| l.trim().to_string()).collect()
}

/// A sleeping container named `name`, running (sleep as PID 1 ignores SIGTERM).
fn sleeper(r: &Rcon, name: &str) -> String {
    r.ok(&["run", "-d", "--name", name, "busybox", "sleep", "1000"])
        .trim()
        .to_string()
}

#[test]
fn rm_time_all_force_ignore_and_exit_codes() {
    let r = Rcon::new();
    sleeper(&r, "a");
    r.ok(&["create", "--name", "b", "busybox", "true"]);
    // 2: running without -f; 1: no such container (even beside a running one)
    let err = r.fails(2, &["rm", "a"]);
    assert!(
        err.contains("cannot remove container") && err.contains("as it is running"),
        "{err}"
    );
    r.fails(1, &["rm", "nosuch"]);
    r.fails(1, &["rm", "a", "nosuch"]);
    // --ignore: a missing one is fine
    r.ok(&["rm", "--ignore", "nosuch"]);
    // the script's first line: kills at once, without the stop timeout
    let t = Instant::now();
    let out = r.ok(&["rm", "-t", "0", "--all", "--force", "--ignore"]);
    assert!(
        t.elapsed() < Duration::from_secs(5),
        "took {:?}",
        t.elapsed()
    );
    assert_eq!(lines(&out).len(), 2, "{out}");
    assert_eq!(r.ok(&["ps", "-aq"]), "");
    // the stop signal first with -t N: a shell that traps TERM exits at once
    r.ok(&[
        "run",
        "-d",
        "--name",
        "c",
        "busybox",
        "sh",
        "-c",
        "trap 'exit 0' TERM; while true; do sleep 0.1; done",
    ]);
    let t = Instant::now();
    r.ok(&["rm", "-f", "-t", "20", "c"]);
    assert!(t.elapsed() < Duration::from_secs(10));
    // -v: no anonymous volumes exist yet, accepted
    r.ok(&["create", "--name", "d", "busybox"]);
    assert_eq!(r.ok(&["rm", "-v", "d"]).trim(), "d");
}

#[test]
fn rm_force_warns_when_resorting_to_sigkill() {
    let r = Rcon::new();
    sleeper(&r, "s");
    let out = r.run(&["rm", "-f", "-t", "1", "s"]);
    assert!(out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains(
            "StopSignal SIGTERM failed to stop container s in 1 seconds, resorting to SIGKILL"
        ),
        "{err}"
    );
}

#[test]
fn selection_by_latest_cidfile_and_filter() {
    let r = Rcon::new();
    let a = sleeper(&r, "a");
    let b = r
        .ok(&[
            "run", "-d", "--name", "b", "--label", "team=x", "busybox", "sleep", "1000",
        ])
        .trim()
        .to_string();
    let cid = r.dir.join("cid");
    std::fs::write(&cid, format!("{a}\n")).unwrap();
    // podman's checks, exit 125
    let e = r.fails(125, &["stop", "--all", "--latest"]);
    assert!(
        e.contains("--all and --latest cannot be used together"),
        "{e}"
    );
    let e = r.fails(125, &["stop", "--latest", "a"]);
    assert!(
        e.contains("--latest and containers cannot be used together"),
        "{e}"
    );
    let e = r.fails(125, &["kill", "--cidfile", cid.to_str().unwrap(), "a"]);
    assert!(
        e.contains("--cidfile and containers cannot be used together"),
        "{e}"
    );
    r.fails(125, &["stop"]);
    let e = r.fails(125, &["stop", "--filter", "colour=red"]);
    assert!(e.contains("colour is an invalid filter"), "{e}");
    // pause by filter, unpause the latest (b), kill by cidfile (a)
    assert_eq!(r.ok(&["pause", "--filter", "label=team=x"]).trim(), b);
    assert_eq!(r.status("b"), "paused");
    assert_eq!(r.ok(&["unpause", "--all"]).trim(), b);
    r.ok(&["pause", "--latest"]);
    assert_eq!(r.ok(&["unpause", "--latest"]).trim(), b);
    assert_eq!(r.status("b"), "running");
    assert_eq!(
        r.ok(&["kill", "--cidfile", cid.to_str().unwrap()]).trim(),
        a
    );
    r.wait_for("a to exit", || r.status("a") == "exited");
    // stop by filter: only b (a is not running)
    assert_eq!(r.ok(&["stop", "-t", "0", "--filter", "name=^b$"]).trim(), b);
    assert_eq!(r.status("b"), "exited");
    // rm --cidfile; a missing cidfile is an error unless --ignore
    r.ok(&["rm", "--cidfile", cid.to_str().unwrap()]);
    r.fails(125, &["rm", "--cidfile", "/nonexistent/cid"]);
    r.ok(&["rm", "--ignore", "--cidfile", "/nonexistent/cid"]);
    // rm --latest, rm --filter
    r.ok(&["create", "--name", "c1", "--label", "k=v", "busybox"]);
    r.ok(&["create", "--name", "c2", "busybox"]);
    assert_eq!(lines(&r.ok(&["rm", "--filter", "label=k"])).len(), 1);
    r.ok(&["rm", "--latest"]);
    let left = r.ok(&["ps", "-a", "--format", "{{.Names}}"]);
    assert_eq!(lines(&left), vec!["b"], "{left}");
}

#[test]
fn filters_as_podman() {
    let r = Rcon::new();
    r.ok(&["create", "--name", "one", "--label", "a=1", "busybox"]);
    r.ok(&[
        "create", "--name", "two", "--label", "a=2", "--label", "b", "busybox",
    ]);
    r.ok(&["create", "--name", "three", "busybox"]);
    let names = |f: &[&str]| {
        let mut args = vec!["ps", "-a", "--format", "{{.Names}}"];
        for x in f {
            args.push("--filter");
            args.push(x);
        }
        let mut v = lines(&r.ok(&args));
        v.sort();
        v
    };
    // one key's values: any; labels: all; label!: none
    assert_eq!(names(&["name=one", "name=two"]), vec!["one", "two"]);
    assert_eq!(names(&["label=a", "label=b"]), vec!["two"]);
    assert_eq!(names(&["label!=a"]), vec!["three"]);
    assert_eq!(names(&["before=three"]), vec!["one", "two"]);
    assert_eq!(names(&["since=one"]), vec!["three", "two"]);
    assert_eq!(names(&["until=1h"]), Vec::<String>::new());
    assert_eq!(names(&["status=created", "ancestor=busybox"]).len(), 3);
    assert_eq!(names(&["volume=x"]), Vec::<String>::new());
    assert_eq!(names(&["network=x"]), Vec::<String>::new());
    assert_eq!(names(&["pod=x"]), Vec::<String>::new());
    assert_eq!(names(&["health=healthy"]), Vec::<String>::new());
    assert_eq!(names(&["restart-policy=none"]).len(), 3);
    let e = r.fails(125, &["ps", "-a", "--filter", "status=sleeping"]);
    assert!(e.contains("sleeping is not a valid status"), "{e}");
    // container prune: only label, label! and until
    let e = r.fails(125, &["container", "prune", "-f", "--filter", "name=one"]);
    assert!(e.contains("name is an invalid filter"), "{e}");
    let out = r.ok(&["container", "prune", "-f", "--filter", "label=a=1"]);
    assert_eq!(lines(&out).len(), 1);
    assert_eq!(names(&[]), vec!["three", "two"]);
}

#[test]
fn rm_depend_removes_dependents_first() {
    let r = Rcon::new();
    let base = r
        .ok(&["create", "--name", "base", "busybox"])
        .trim()
        .to_string();
    let mid = r
        .ok(&["create", "--name", "mid", "--requires", "base", "busybox"])
        .trim()
        .to_string();
    let top = r
        .ok(&["create", "--name", "top", "--requires", "mid", "busybox"])
        .trim()
        .to_string();
    let out = r.ok(&["rm", "--depend", "base"]);
    assert_eq!(lines(&out), vec![top, mid, "base".to_string()], "{out}");
    let _ = base;
    assert_eq!(r.ok(&["ps", "-aq"]), "");
}

#[test]
fn start_all_filter_latest_and_restart_running() {
    let r = Rcon::new();
    r.ok(&[
        "create", "--name", "x", "--label", "grp=1", "busybox", "sleep", "1000",
    ]);
    r.ok(&["create", "--name", "y", "busybox", "sleep", "1000"]);
    r.ok(&["create", "--name", "z", "busybox", "sleep", "1000"]);
    r.ok(&["start", "--filter", "label=grp=1"]);
    assert_eq!(r.status("x"), "running");
    assert_eq!(r.status("y"), "created");
    r.ok(&["start", "--latest"]);
    assert_eq!(r.status("z"), "running");
    r.ok(&["start", "--all"]);
    assert_eq!(r.status("y"), "running");
    r.ok(&["stop", "-t", "0", "y"]);
    // --running: only those running are restarted
    let out = r.ok(&["restart", "-t", "0", "--running"]);
    assert_eq!(lines(&out).len(), 2, "{out}");
    assert_eq!(r.status("y"), "exited");
    r.ok(&["rm", "-t", "0", "-af"]);
}

#[test]
fn stop_time_zero_kills_at_once() {
    let r = Rcon::new();
    sleeper(&r, "s");
    let t = Instant::now();
    let out = r.run(&["stop", "-t", "0", "s"]);
    assert!(out.status.success());
    assert!(t.elapsed() < Duration::from_secs(5));
    assert!(!stderr(&out).contains("resorting"), "{}", stderr(&out));
    assert_eq!(r.status("s"), "exited");
}

#[test]
fn wait_conditions_and_interval() {
    let r = Rcon::new();
    r.ok(&[
        "create",
        "--name",
        "w",
        "busybox",
        "sh",
        "-c",
        "sleep 1; exit 3",
    ]);
    assert_eq!(r.ok(&["wait", "--condition", "created", "w"]).trim(), "-1");
    let child = r
        .cmd(&["wait", "--condition", "running", "--interval", "50ms", "w"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    r.ok(&["start", "w"]);
    let out = child.wait_with_output().unwrap();
    assert_eq!(stdout(&out).trim(), "-1");
    assert_eq!(
        r.ok(&[
            "wait",
            "--condition",
            "stopped",
            "--condition",
            "running",
            "w"
        ])
        .trim(),
        "3"
    );
    assert_eq!(r.ok(&["wait", "--latest", "-i", "100"]).trim(), "3");
    let e = r.fails(125, &["wait", "--condition", "sleeping", "w"]);
    assert!(e.contains("invalid condition"), "{e}");
    r.fails(125, &["wait", "--interval", "soon", "w"]);
}

/// `-l/--latest` on the verbs that take one container: the most recently created one.
#[test]
fn latest_on_one_container_verbs() {
    let r = Rcon::new();
    sleeper(&r, "older");
    r.ok(&[
        "run",
        "-d",
        "--name",
        "newest",
        "busybox",
        "sh",
        "-c",
        "touch /mark; exec sleep 1000",
    ]);
    r.wait_for("/mark in newest", || {
        r.ok(&["diff", "newest"]).contains("A /mark")
    });
    assert!(r.ok(&["diff", "-l"]).contains("A /mark"));
    let top = r.ok(&["top", "-l", "pid", "args"]);
    assert!(top.contains("sleep 1000"), "{top}");
    assert!(top.lines().next().unwrap().contains("COMMAND"), "{top}");
    r.ok(&["port", "--latest"]);
    assert_eq!(r.ok(&["exec", "-l", "ls", "/mark"]), "/mark\n");
    assert_eq!(r.ok(&["exec", "-l", "--", "sh", "-c", "echo -n x"]), "x");
    assert_eq!(
        r.ok(&["inspect", "-l", "--format", "{{.Name}}"]),
        "newest\n"
    );
    let err = r.fails(125, &["inspect", "-l", "older"]);
    assert!(err.contains("--latest"), "{err}");
    let err = r.fails(125, &["top", "-l", "newest"]);
    assert!(err.contains("newest"), "{err}");
    r.ok(&["rm", "-f", "-t", "0", "-a"]);
}

/// `ps --noheading` drops the header row (default table and `table` templates); `--external`
/// lists rcon's own containers, stopped ones too; `--sync` is accepted (state is current).
#[test]
fn ps_noheading_external_sync() {
    let r = Rcon::new();
    r.ok(&["create", "--name", "made", "busybox", "true"]);
    let out = r.ok(&["ps", "-a", "--noheading"]);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(
        out.contains("made") && !out.contains("CONTAINER ID"),
        "{out}"
    );
    assert_eq!(
        r.ok(&[
            "ps",
            "--external",
            "--sync",
            "--noheading",
            "--format",
            "table {{.Names}}"
        ]),
        "made\n"
    );
    assert_eq!(
        lines(&r.ok(&["ps", "--external", "--format", "table {{.Names}}"])),
        ["NAMES", "made"]
    );
}

/// `ps --size` and `inspect --size`: the container's written bytes and the image's under
/// them; `--ns` the namespaces' inodes as /proc shows them; `--sort`; `--pod` (no pods: the
/// columns, empty); podman's conflicts.
#[test]
fn ps_size_ns_sort_pod_and_inspect_size() {
    let r = Rcon::new();
    r.ok(&[
        "run",
        "-d",
        "--name",
        "writer",
        "busybox",
        "sh",
        "-c",
        "head -c 100000 /dev/zero > /f; touch /done; exec sleep 1000",
    ]);
    r.wait_for("/done in writer", || {
        r.ok(&["diff", "writer"]).contains("A /done")
    });
    r.ok(&["create", "--name", "again", "busybox", "true"]);
    let out = r.ok(&["ps", "-a", "--size"]);
    let head = out.lines().next().unwrap();
    assert!(head.ends_with("SIZE"), "{out}");
    let row = out.lines().find(|l| l.contains("writer")).unwrap();
    assert!(row.contains("100kB (virtual "), "{out}");
    let size = r.ok(&["ps", "-a", "--size", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&size).unwrap();
    let w = v
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["Names"][0] == "writer")
        .unwrap();
    let rw = w["Size"]["rwSize"].as_u64().unwrap();
    let root = w["Size"]["rootFsSize"].as_u64().unwrap();
    assert!((100_000..110_000).contains(&rw), "{size}");
    assert!(root > rw + 500_000, "busybox under it: {size}");
    let ins = r.ok(&[
        "inspect",
        "--size",
        "--format",
        "{{.SizeRw}} {{.SizeRootFs}}",
        "writer",
    ]);
    assert_eq!(ins, format!("{rw} {root}\n"));
    // without --size, inspect has no sizes (podman's omitempty)
    assert!(!r.ok(&["inspect", "writer"]).contains("SizeRw"));

    let pid = r.ok(&["inspect", "--format", "{{.State.Pid}}", "writer"]);
    let net = std::fs::read_link(format!("/proc/{}/ns/net", pid.trim())).unwrap();
    let net = net.to_string_lossy();
    let inode = net.trim_start_matches("net:[").trim_end_matches(']');
    let ns = r.ok(&["ps", "--ns"]);
    assert!(ns.starts_with("CONTAINER ID"), "{ns}");
    assert!(ns.lines().next().unwrap().contains("CGROUPNS"), "{ns}");
    assert!(ns.contains(inode), "{ns}");
    assert_eq!(
        r.ok(&["ps", "--format", "{{.Namespaces.NET}}"]),
        format!("{inode}\n")
    );

    assert_eq!(
        lines(&r.ok(&["ps", "-a", "--sort", "names", "--format", "{{.Names}}"])),
        ["again", "writer"]
    );
    assert_eq!(
        lines(&r.ok(&["ps", "-a", "--sort", "created", "--format", "{{.Names}}"])),
        ["writer", "again"]
    );
    let err = r.fails(125, &["ps", "--sort", "bogus"]);
    assert!(err.contains("invalid option for --sort"), "{err}");
    let pod = r.ok(&["ps", "-a", "--pod"]);
    assert!(
        pod.lines().next().unwrap().ends_with("POD ID   PODNAME"),
        "{pod}"
    );
    let err = r.fails(125, &["ps", "--size", "--ns"]);
    assert!(err.contains("size and namespace options conflict"), "{err}");
    r.fails(125, &["ps", "-q", "--size"]);
    r.fails(125, &["ps", "-w", "1", "-l"]);
    r.ok(&["rm", "-f", "-t", "0", "-a"]);
}

/// `ps --watch N` lists again every N seconds, clearing the screen as podman does.
#[test]
fn ps_watch_refreshes() {
    use std::io::Read;
    let r = Rcon::new();
    r.ok(&["create", "--name", "watched", "busybox", "true"]);
    let mut child = r
        .cmd(&["ps", "-a", "--watch", "1"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut seen = String::new();
    let start = Instant::now();
    let mut buf = [0u8; 4096];
    while seen.matches("watched").count() < 2 && start.elapsed() < Duration::from_secs(30) {
        let n = out.read(&mut buf).unwrap();
        if n == 0 {
            break;
        }
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(seen.matches("watched").count() >= 2, "{seen:?}");
    assert!(seen.contains("\x1b[2J"), "{seen:?}");
}
