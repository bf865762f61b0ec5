//! `container clone`: a new container with the original's configuration, podman's names,
//! --destroy, --run, another image, and the resource flags refused.

mod common;
use common::*;

fn inspect(r: &Rcon, ctr: &str, format: &str) -> String {
    r.ok(&["inspect", "--format", format, ctr])
        .trim()
        .to_string()
}

fn names(r: &Rcon) -> Vec<String> {
    let mut v: Vec<String> = r
        .ok(&["ps", "-a", "--format", "{{.Names}}"])
        .lines()
        .map(str::to_string)
        .collect();
    v.sort();
    v
}

#[test]
fn clone_runs_with_the_original_configuration() {
    let r = Rcon::new();
    let orig = r.ok(&[
        "create",
        "--name",
        "orig",
        "-e",
        "FOO=bar",
        "-w",
        "/tmp",
        "-u",
        "7:8",
        "--label",
        "team=blue",
        "--cap-drop",
        "ALL",
        "--cap-add",
        "NET_ADMIN",
        "busybox",
        "sh",
        "-c",
        "echo $FOO $(pwd) $(id -u):$(id -g); grep CapBnd /proc/self/status; hostname",
    ]);
    let clone = r.ok(&["container", "clone", "orig"]);
    let clone = clone.trim();
    assert_eq!(clone.len(), 64, "{clone}");
    assert_ne!(clone, orig.trim());
    assert_eq!(inspect(&r, clone, "{{.Name}}"), "orig-clone");
    assert_eq!(inspect(&r, clone, "{{.State.Status}}"), "created");
    assert_eq!(
        inspect(&r, clone, "{{.Config.Labels.team}}"),
        inspect(&r, "orig", "{{.Config.Labels.team}}")
    );
    for f in [
        "{{.Path}} {{.Args}}",
        "{{.Config.User}}",
        "{{.Config.WorkingDir}}",
    ] {
        assert_eq!(inspect(&r, clone, f), inspect(&r, "orig", f), "{f}");
    }
    let out = r.ok(&["start", "-a", "orig-clone"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "bar /tmp 7:8", "{out}");
    // NET_ADMIN alone in the bounding set: bit 12
    assert_eq!(
        lines[1].split_whitespace().nth(1),
        Some("0000000000001000"),
        "{out}"
    );
    // its own hostname (its short id), not the original's
    assert_eq!(lines[2], &clone[..12], "{out}");
    // the original is untouched
    assert_eq!(r.status("orig"), "created");

    // podman's numbering: -clone1, -clone2
    let c1 = r.ok(&["container", "clone", "orig"]);
    assert_eq!(inspect(&r, c1.trim(), "{{.Name}}"), "orig-clone1");
    let c2 = r.ok(&["container", "clone", "orig"]);
    assert_eq!(inspect(&r, c2.trim(), "{{.Name}}"), "orig-clone2");
    assert_eq!(
        names(&r),
        ["orig", "orig-clone", "orig-clone1", "orig-clone2"]
    );
}

#[test]
fn clone_takes_a_name_and_another_image() {
    let r = Rcon::new();
    r.ok(&["tag", "busybox", "other:1"]);
    r.ok(&["create", "--name", "a", "busybox", "echo", "hi"]);
    r.ok(&["container", "clone", "--name", "b", "a"]);
    assert_eq!(r.ok(&["start", "-a", "b"]), "hi\n");
    let id = r.ok(&["container", "clone", "a", "c", "other:1"]);
    assert_eq!(inspect(&r, id.trim(), "{{.Name}}"), "c");
    assert_eq!(inspect(&r, "c", "{{.ImageName}}"), "other:1");
    assert_eq!(r.ok(&["start", "-a", "c"]), "hi\n");
    // a name in use: podman's error, nothing made
    let err = r.fails(125, &["container", "clone", "a", "b"]);
    assert!(err.contains("already in use"), "{err}");
    assert_eq!(names(&r), ["a", "b", "c"]);
    let err = r.fails(125, &["container", "clone", "nosuch"]);
    assert!(err.contains("no such container"), "{err}");
}

#[test]
fn clone_destroy_removes_the_original_and_run_starts_the_clone() {
    let r = Rcon::new();
    r.ok(&["run", "-d", "--name", "srv", "busybox", "sleep", "300"]);
    // --force is --destroy's
    let err = r.fails(125, &["container", "clone", "-f", "srv"]);
    assert_eq!(err.trim(), "Error: cannot set --force without --destroy");
    assert_eq!(names(&r), ["srv"]);
    // a running original is not removed without -f (the clone is made first, as podman)
    r.fails(125, &["container", "clone", "--destroy", "srv", "first"]);
    assert_eq!(r.status("srv"), "running");
    let id = r.ok(&["container", "clone", "--destroy", "-f", "--run", "srv"]);
    assert_eq!(names(&r), ["first", "srv-clone"]);
    assert_eq!(inspect(&r, id.trim(), "{{.Name}}"), "srv-clone");
    assert_eq!(r.status("srv-clone"), "running");
    let top = r.ok(&["top", "srv-clone"]);
    assert!(top.contains("sleep 300"), "{top}");
    r.ok(&["rm", "-f", "-t", "0", "srv-clone"]);

    r.ok(&["create", "--name", "idle", "busybox", "true"]);
    r.ok(&["container", "clone", "--destroy", "idle", "idle2"]);
    assert_eq!(names(&r), ["first", "idle2"]);
}

#[test]
fn clone_refuses_the_resource_flags_and_makes_nothing() {
    let r = Rcon::new();
    r.ok(&["create", "--name", "a", "busybox", "true"]);
    let cases: &[(&[&str], &str)] = &[
        (&["-m", "10m"], "--memory"),
        (&["--cpus", "1"], "--cpus"),
        (&["-c", "10"], "--cpu-shares"),
        (&["--memory-swap", "-1"], "--memory-swap"),
        (&["--device-read-bps", "/dev/sda:1mb"], "--device-read-bps"),
        (&["--pod", "p"], "--pod"),
    ];
    for (flags, name) in cases {
        let mut args = vec!["container", "clone"];
        args.extend_from_slice(flags);
        args.push("a");
        let err = r.fails(125, &args);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains(name) && err.contains("not available yet"),
            "{err}"
        );
    }
    assert_eq!(names(&r), ["a"]);
}

#[test]
fn clone_as_rootless() {
    let r = Rcon::rootless();
    r.ok(&[
        "create", "--name", "a", "-e", "X=1", "busybox", "sh", "-c", "echo $X",
    ]);
    r.ok(&["container", "clone", "a"]);
    assert_eq!(r.ok(&["start", "-a", "a-clone"]), "1\n");
    let id = r.ok(&["container", "clone", "--run", "--destroy", "a"]);
    r.wait_for("the clone to exit", || r.status(id.trim()) == "exited");
    assert_eq!(r.ok(&["logs", "a-clone1"]), "1\n");
    assert_eq!(names(&r), ["a-clone", "a-clone1"]);
}
