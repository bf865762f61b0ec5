//! logs of several containers (podman's prefixes), --latest, --names, --color, -f on several.

mod common;
use common::Rcon;

fn id12(r: &Rcon, name: &str) -> String {
    r.ok(&["inspect", "--format", "{{.Id}}", name]).trim()[..12].to_string()
}

#[test]
fn several_containers_prefixed_by_short_id_or_name() {
    let r = Rcon::new();
    r.ok(&["run", "--name", "a", "busybox", "echo", "from-a"]);
    r.ok(&["run", "--name", "b", "busybox", "echo", "from-b"]);
    let (a, b) = (id12(&r, "a"), id12(&r, "b"));
    // one container: no prefix, --names or not
    assert_eq!(r.ok(&["logs", "a"]), "from-a\n");
    assert_eq!(r.ok(&["logs", "--names", "a"]), "from-a\n");
    // several: the short id, or the name with -n, in time order
    assert_eq!(
        r.ok(&["logs", "a", "b"]),
        format!("{a} from-a\n{b} from-b\n")
    );
    assert_eq!(
        r.ok(&["container", "logs", "-n", "b", "a"]),
        "a from-a\nb from-b\n"
    );
    let ts = r.ok(&["logs", "-n", "-t", "a", "b"]);
    let first = ts.lines().next().unwrap();
    assert!(
        first.starts_with("a 20") && first.ends_with(" from-a"),
        "{ts}"
    );
    // --tail -1 (podman's default) is all of it
    assert_eq!(r.ok(&["logs", "--tail", "-1", "a"]), "from-a\n");
    // --tail applies to each container
    r.ok(&[
        "run",
        "--name",
        "c",
        "busybox",
        "sh",
        "-c",
        "echo 1; echo 2; echo 3",
    ]);
    assert_eq!(
        r.ok(&["logs", "-n", "--tail", "1", "c", "a"]),
        "a from-a\nc 3\n"
    );
    // a missing one fails the whole command, one line
    let e = r.fails(125, &["logs", "a", "nope"]);
    assert_eq!(e.trim_end().lines().count(), 1, "{e}");
}

#[test]
fn latest_and_its_conflicts() {
    let r = Rcon::new();
    r.fails(125, &["logs", "-l"]);
    r.ok(&["run", "--name", "a", "busybox", "echo", "from-a"]);
    r.ok(&["create", "--name", "b", "busybox", "echo", "from-b"]);
    r.ok(&["start", "-a", "b"]);
    assert_eq!(r.ok(&["logs", "--latest"]), "from-b\n");
    assert_eq!(r.ok(&["logs", "-l", "-n"]), "from-b\n");
    let e = r.fails(125, &["logs", "-l", "a"]);
    assert!(
        e.contains("--latest and containers cannot be used together"),
        "{e}"
    );
    let e = r.fails(125, &["logs"]);
    assert!(
        e.contains("specify at least one container name or ID to log"),
        "{e}"
    );
}

#[test]
fn color_per_container_in_podman_order() {
    let r = Rcon::new();
    r.ok(&["run", "--name", "a", "busybox", "echo", "from-a"]);
    r.ok(&[
        "run",
        "--name",
        "b",
        "busybox",
        "sh",
        "-c",
        "echo from-b >&2",
    ]);
    assert_eq!(r.ok(&["logs", "--color", "a"]), "\x1b[37mfrom-a\x1b[0m\n");
    let out = r.run(&["logs", "--color", "--names", "a", "b"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "\x1b[37ma from-a\x1b[0m\n"
    );
    // stderr lines stay on stderr, in their container's color
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "\x1b[31mb from-b\x1b[0m\n"
    );
}

#[test]
fn follow_several_until_all_stop() {
    let r = Rcon::new();
    for n in ["a", "b"] {
        r.ok(&[
            "run",
            "-d",
            "--name",
            n,
            "busybox",
            "sh",
            "-c",
            &format!("echo {n}-start; sleep 1; echo {n}-end"),
        ]);
    }
    let start = std::time::Instant::now();
    let out = r.ok(&["logs", "-f", "-n", "a", "b"]);
    for l in ["a a-start", "a a-end", "b b-start", "b b-end"] {
        assert!(out.lines().any(|x| x == l), "{l} missing: {out}");
    }
    assert_eq!(out.lines().count(), 4, "{out}");
    assert!(start.elapsed() < std::time::Duration::from_secs(20));
    assert_eq!(r.status("a"), "exited");
    assert_eq!(r.status("b"), "exited");
}
