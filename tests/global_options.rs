//! podman's global options and `version`: what rcon takes, and one clear line for what it
//! does not.

mod common;
use common::*;

/// `version` as podman prints it, and its `Client` fields for `--format`.
#[test]
fn version_speaks_podmans_fields() {
    let r = Rcon::empty();
    let out = r.ok(&["version"]);
    let want = env!("CARGO_PKG_VERSION");
    assert!(out.contains(&format!("Version:      {want}\n")), "{out}");
    assert!(out.contains("OS/Arch:      linux/"), "{out}");
    assert_eq!(
        r.ok(&["version", "--format", "{{.Client.Version}}"]).trim(),
        want
    );
    let json: serde_json::Value = serde_json::from_str(&r.ok(&["version", "-f", "json"])).unwrap();
    assert_eq!(json["Client"]["APIVersion"], want);
    assert_eq!(json["Client"]["Os"], "linux");
    let err = r.fails(125, &["version", "--format", "{{.Client.Nope}}"]);
    assert!(err.contains("Nope"), "{err}");
}

/// `--log-level` takes podman's levels and refuses another as podman does (exit 1).
#[test]
fn log_level_takes_podmans_levels() {
    let r = Rcon::empty();
    for level in [
        "trace", "debug", "info", "warn", "warning", "error", "fatal", "panic", "ERROR",
    ] {
        r.ok(&["--log-level", level, "ps", "-a"]);
    }
    let err = r.fails(1, &["--log-level", "loud", "ps"]);
    assert_eq!(
        err.trim(),
        "Log Level \"loud\" is not supported, choose from: trace, debug, info, warn, warning, error, fatal, panic"
    );
}

/// The global options rcon accepts work; the others are refused with one line naming them,
/// exit 125, before anything is done.
#[test]
fn global_options_accepted_or_refused_clearly() {
    let r = Rcon::new();
    r.ok(&[
        "--cgroup-manager",
        "cgroupfs",
        "--events-backend",
        "file",
        "--storage-opt",
        "",
        "ps",
    ]);
    r.ok(&["--events-backend", "none", "ps", "-a"]);
    let ran = r.ok(&[
        "--cgroup-manager",
        "cgroupfs",
        "run",
        "--rm",
        "busybox",
        "echo",
        "hi",
    ]);
    assert_eq!(ran, "hi\n");
    // --noout: nothing on stdout, the command still done
    assert_eq!(
        r.ok(&["--noout", "create", "--name", "quiet", "busybox"]),
        ""
    );
    assert_eq!(
        r.ok(&["ps", "-a", "--format", "{{.Names}}"]).trim(),
        "quiet"
    );
    for (args, word) in [
        (
            vec!["--cgroup-manager", "systemd"],
            "--cgroup-manager systemd",
        ),
        (vec!["--cgroup-manager", "other"], "--cgroup-manager other"),
        (
            vec!["--events-backend", "journald"],
            "--events-backend journald",
        ),
        (
            vec!["--storage-opt", "overlay.mount_program=/x"],
            "--storage-opt",
        ),
        (vec!["--tmpdir", "/x"], "--tmpdir"),
        (vec!["--volumepath", "/x"], "--volumepath"),
        (vec!["--network-cmd-path", "/x"], "--network-cmd-path"),
    ] {
        let mut a = args.clone();
        a.extend(["create", "busybox"]);
        let err = r.fails(125, &a);
        assert!(
            err.starts_with("Error: ") && err.contains(word),
            "{args:?}: {err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    assert_eq!(
        r.ok(&["ps", "-a", "-q"]).lines().count(),
        1,
        "a refused option created a container"
    );
}

/// `rcon help [COMMAND...]` is `rcon COMMAND... --help`, and help uses podman's section names
/// (`Usage:` on its own line, `Available Commands:`, `Options:`), which scripts grep for.
#[test]
fn help_verb_and_podmans_sections() {
    let r = Rcon::empty();
    let top = r.ok(&["help"]);
    assert!(
        top.contains("\nUsage:\n  rcon [OPTIONS] <COMMAND>\n"),
        "{top}"
    );
    assert!(top.contains("\nAvailable Commands:\n  run "), "{top}");
    assert!(top.contains("\nOptions:\n"), "{top}");
    assert_eq!(top, r.ok(&["--help"]));
    let run = r.ok(&["help", "container", "run"]);
    assert!(
        run.starts_with("Run a command in a new container\n"),
        "{run}"
    );
    assert!(
        run.contains("\nUsage:\n  rcon ") && run.contains(" run [OPTIONS] IMAGE"),
        "{run}"
    );
    assert!(run.contains("--entrypoint"), "{run}");
    assert_eq!(
        r.ok(&["--root", "/nonexistent", "help", "ps"]),
        r.ok(&["ps", "--help"])
    );
    let err = r.fails(125, &["help", "nosuchverb"]);
    assert!(err.contains("nosuchverb"), "{err}");
}
