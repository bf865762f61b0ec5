//! `container runlabel`: the command of an image's label, with podman's substitutions, run by
//! this rcon on the same store; --display, --name, --replace, --quiet, and podman's errors.

mod common;
use common::*;

const RUN: &str = "LABEL RUN=\"podman run --rm --name NAME -e N=$NAME IMAGE sh -c 'echo hi' NAME\"";

/// An image `app` whose config has `label` (a Dockerfile LABEL instruction).
fn image_with(r: &Rcon, image: &str, label: &str) {
    if r.run(&["container", "exists", "base"]).status.code() != Some(0) {
        r.ok(&["create", "--name", "base", "busybox"]);
    }
    r.ok(&["commit", "-q", "--change", label, "base", image]);
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
fn runlabel_runs_the_label_with_podmans_substitutions() {
    let r = Rcon::new();
    image_with(&r, "app", RUN);
    let root = r.root.to_str().unwrap();
    let runroot = r.runroot.to_str().unwrap();
    // the label's `podman` is this rcon, on this store; quoting does not survive (as podman)
    assert_eq!(
        r.ok(&["container", "runlabel", "--display", "RUN", "app"]),
        format!("command: {BIN} --root {root} --runroot {runroot} run --rm --name app -e N=app localhost/app:latest sh -c echo hi app\n")
    );
    // the label's name is matched in any case; the arguments are appended
    assert_eq!(
        r.ok(&["container", "runlabel", "run", "app", "extra", "-x"]),
        "\n"
    );
    image_with(
        &r,
        "app2",
        "LABEL RUN=\"podman run --rm --name NAME IMAGE echo NAME $NAME ${IMAGE}\"",
    );
    assert_eq!(
        r.ok(&["container", "runlabel", "RUN", "app2", "and", "more"]),
        "app2 app2 localhost/app2:latest and more\n"
    );
    assert_eq!(
        r.ok(&["container", "runlabel", "-n", "other", "RUN", "app2"]),
        "other other localhost/app2:latest\n"
    );
    // --quiet: nothing of the command's output
    assert_eq!(r.ok(&["container", "runlabel", "-q", "RUN", "app2"]), "");
    // --rm: nothing is left
    assert_eq!(names(&r), ["base"]);
}

#[test]
fn runlabel_errors_as_podman() {
    let r = Rcon::new();
    image_with(&r, "app", RUN);
    let err = r.fails(125, &["container", "runlabel", "INSTALL", "app"]);
    assert_eq!(
        err.trim(),
        "Error: cannot find the value of label: INSTALL in image: app"
    );
    let err = r.fails(125, &["container", "runlabel", "INSTALL", "busybox"]);
    assert_eq!(
        err.trim(),
        "Error: cannot find the value of label: INSTALL in image: busybox"
    );
    // a command that fails: podman's "exit status N"
    image_with(&r, "failing", "LABEL INSTALL=false");
    let err = r.fails(125, &["container", "runlabel", "install", "failing"]);
    assert_eq!(err.trim(), "Error: exit status 1");
    // a path that is not there
    image_with(&r, "nopath", "LABEL INSTALL=/no/such/program");
    let err = r.fails(125, &["container", "runlabel", "install", "nopath"]);
    assert!(err.contains("/no/such/program"), "{err}");
}

#[test]
fn runlabel_replace_removes_the_named_container_first() {
    let r = Rcon::new();
    image_with(
        &r,
        "svc",
        "LABEL RUN=\"podman run -d --name NAME IMAGE sleep 300\"",
    );
    let first = r.ok(&["container", "runlabel", "RUN", "svc"]);
    assert_eq!(r.status("svc"), "running");
    // the name is taken: rcon run's error, through runlabel
    let err = r.fails(125, &["container", "runlabel", "RUN", "svc"]);
    assert!(err.contains("already in use"), "{err}");
    let second = r.ok(&["container", "runlabel", "--replace", "RUN", "svc"]);
    assert_ne!(first, second);
    assert_eq!(names(&r), ["base", "svc"]);
    assert_eq!(r.status("svc"), "running");
    assert_eq!(r.ok(&["inspect", "--format", "{{.Id}}", "svc"]), second);
    r.ok(&["rm", "-f", "-t", "0", "svc"]);
}

#[test]
fn runlabel_as_rootless() {
    let r = Rcon::rootless();
    image_with(&r, "app", "LABEL RUN=\"podman run --rm IMAGE echo NAME\"");
    assert_eq!(r.ok(&["container", "runlabel", "RUN", "app"]), "app\n");
    assert_eq!(names(&r), ["base"]);
}
