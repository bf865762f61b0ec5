//! events: lifecycle events in the events log, filtered, formatted and followed.

mod common;
use common::Rcon;
use std::io::{BufRead, BufReader};
use std::process::Stdio;

fn statuses(r: &Rcon, args: &[&str]) -> Vec<String> {
    let mut a = vec!["events", "--stream=false", "--format", "{{.Status}}"];
    a.extend_from_slice(args);
    r.ok(&a).lines().map(str::to_string).collect()
}

fn lifecycle(r: &Rcon) {
    r.ok(&["create", "--name", "c1", "busybox", "true"]);
    r.ok(&["start", "c1"]);
    r.wait_for("c1 to exit", || r.status("c1") == "exited");
    r.wait_for("the died event", || {
        statuses(r, &["-f", "container=c1"]).contains(&"died".to_string())
    });
    r.ok(&["rm", "c1"]);
    let seen = statuses(r, &["--filter", "container=c1"]);
    assert_eq!(seen, ["create", "init", "start", "died", "remove"]);
}

#[test]
fn a_container_life_in_order_filtered_and_formatted() {
    let r = Rcon::new();
    lifecycle(&r);
    r.ok(&["tag", "busybox", "other"]);
    // type and event filters, ORed within a key (the fixture's import is an image event)
    assert_eq!(statuses(&r, &["-f", "type=image"]), ["import", "tag"]);
    assert_eq!(
        statuses(&r, &["-f", "event=create", "-f", "event=die"]),
        ["create", "died"]
    );
    // podman's human line and the exit code in JSON
    let human = r.ok(&["events", "--stream=false", "-f", "event=start"]);
    assert!(
        human.contains(" container start ") && human.contains("(image=busybox, name=c1)"),
        "{human}"
    );
    let json = r.ok(&[
        "events",
        "--stream=false",
        "--format",
        "json",
        "-f",
        "event=died",
    ]);
    let v: serde_json::Value = serde_json::from_str(json.trim()).unwrap();
    assert_eq!(v["ContainerExitCode"], 0);
    assert_eq!(v["Name"], "c1");
    assert_eq!(v["Type"], "container");
    // since/until
    assert!(statuses(&r, &["--since", "2000-01-01", "--until", "1h"]).is_empty());
    assert_eq!(
        statuses(&r, &["--since", "10m", "-f", "type=image"]),
        ["import", "tag"]
    );
    assert!(statuses(&r, &["--until", "2000-01-01"]).is_empty());
    let err = r.fails(125, &["events", "--stream=false", "-f", "nope=1"]);
    assert!(err.contains("nope is an invalid filter"), "{err}");
}

#[test]
fn a_follower_sees_later_events_and_ends_on_sigterm() {
    let r = Rcon::new();
    let mut f = r
        .cmd(&["events", "--format", "{{.Status}} {{.Name}}"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(f.stdout.take().unwrap()).lines();
    r.ok(&["run", "--rm", "--name", "later", "busybox", "true"]);
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for l in lines.by_ref().map_while(|l| l.ok()) {
            if tx.send(l).is_err() {
                break;
            }
        }
    });
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let mut seen = vec![];
    while !seen.contains(&"remove later".to_string()) {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        seen.push(rx.recv_timeout(left).expect("the follower's events"));
    }
    assert_eq!(
        seen,
        [
            "import busybox",
            "create later",
            "init later",
            "start later",
            "attach later",
            "died later",
            "remove later"
        ]
    );
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(f.id() as i32),
        nix::sys::signal::Signal::SIGTERM,
    )
    .unwrap();
    r.wait_for("the follower to end", || f.try_wait().unwrap().is_some());
}

#[test]
fn events_backend_none_writes_nothing() {
    let r = Rcon::new();
    r.ok(&["--events-backend", "none", "run", "--rm", "busybox", "true"]);
    r.ok(&["--events-backend", "none", "tag", "busybox", "x"]);
    // only the fixture's import, made without --events-backend none
    assert_eq!(statuses(&r, &[]), ["import"]);
    let info = r.ok(&[
        "--events-backend",
        "none",
        "info",
        "--format",
        "{{.Host.EventLogger}}",
    ]);
    assert_eq!(info.trim(), "none");
    let info = r.ok(&["info", "--format", "{{.Host.EventLogger}}"]);
    assert_eq!(info.trim(), "file");
}

#[test]
fn rotation_keeps_reading_across_files() {
    let r = Rcon::new();
    // past the 1 MiB rotation size: padded lines of a prior log, then real events
    let dir = r.runroot.join("events");
    std::fs::create_dir_all(&dir).unwrap();
    let line = format!(
        "{{\"ID\":\"{}\",\"Status\":\"tag\",\"Time\":\"2026-01-01T00:00:00Z\",\"Type\":\"image\",\"Name\":\"pad\"}}\n",
        "0".repeat(64)
    );
    std::fs::write(
        dir.join("events.log"),
        line.repeat((1 << 20) / line.len() + 1),
    )
    .unwrap();
    r.ok(&["tag", "busybox", "after"]);
    assert!(dir.join("events.log.1").exists());
    let names = r.ok(&[
        "events",
        "--stream=false",
        "--format",
        "{{.Name}}",
        "-f",
        "type=image",
    ]);
    assert!(names.lines().count() > 1000, "the old file is read too");
    assert_eq!(names.lines().last(), Some("after"));
}

#[test]
fn rootless_events_in_the_rootless_runroot() {
    let r = Rcon::rootless();
    lifecycle(&r);
    assert!(r.runroot.join("events/events.log").exists());
}

/// `{{.Status}} {{.Name}}` of the events matching `filters`.
fn named(r: &Rcon, filters: &[&str]) -> Vec<String> {
    let mut a = vec![
        "events",
        "--stream=false",
        "--format",
        "{{.Status}} {{.Name}}",
    ];
    a.extend_from_slice(filters);
    r.ok(&a).lines().map(str::to_string).collect()
}

#[test]
fn attach_mount_and_unmount_events() {
    let r = Rcon::new();
    // run and start -a attach (after the start), run -d does not
    r.ok(&["run", "--name", "fg", "busybox", "true"]);
    r.ok(&["run", "-d", "--name", "bg", "busybox", "sleep", "100"]);
    r.ok(&["create", "--name", "sa", "busybox", "true"]);
    r.ok(&["start", "-a", "sa"]);
    let fg = statuses(&r, &["-f", "container=fg"]);
    assert_eq!(fg[..4], ["create", "init", "start", "attach"]);
    assert!(!statuses(&r, &["-f", "container=bg"]).contains(&"attach".to_string()));
    assert_eq!(
        statuses(&r, &["-f", "container=sa"])[..4],
        ["create", "init", "start", "attach"]
    );
    // attach to a running one: its own event
    let mut a = r.cmd(&["attach", "--no-stdin", "bg"]).spawn().unwrap();
    r.wait_for("the attach event", || {
        named(&r, &["-f", "event=attach"]).contains(&"attach bg".to_string())
    });
    a.kill().unwrap();
    a.wait().unwrap();
    // mount and unmount (as podman: each call)
    r.ok(&["mount", "sa"]);
    r.ok(&["unmount", "sa"]);
    assert_eq!(
        named(&r, &["-f", "event=mount", "-f", "event=unmount"]),
        ["mount sa", "unmount sa"]
    );
    r.ok(&["rm", "-f", "-t", "0", "bg"]);
}

#[test]
fn image_remove_save_tag_and_untag_events() {
    let r = Rcon::new();
    let id = r.ok(&["images", "-q", "--no-trunc", "busybox"]);
    let id = id.trim().trim_start_matches("sha256:").to_string();
    // tag: the name as typed; untag: the full name
    r.ok(&["tag", "busybox", "other", "x/y:z"]);
    r.ok(&["untag", "busybox", "other"]);
    // rmi of one name of several: untag, then remove as asked
    r.ok(&["rmi", "x/y:z"]);
    // save: the path written
    let out = r.dir.join("b.tar");
    r.ok(&["save", "-o", out.to_str().unwrap(), "busybox"]);
    // rmi of the last name: removed
    r.ok(&["rmi", "busybox"]);
    let path = out.display().to_string();
    assert_eq!(
        named(&r, &["-f", "type=image"]),
        [
            "import busybox".to_string(),
            "tag other".into(),
            "tag x/y:z".into(),
            "untag localhost/other:latest".into(),
            "untag localhost/x/y:z".into(),
            "remove x/y:z".into(),
            format!("save {path}"),
            "remove busybox".into(),
        ]
    );
    let ids = r.ok(&[
        "events",
        "--stream=false",
        "--format",
        "{{.ID}}",
        "-f",
        "event=remove",
    ]);
    assert!(ids.lines().all(|l| l == id), "{ids}");
    // prune: a remove of each image, without a name
    r.import_busybox("again");
    r.ok(&["untag", "again"]);
    r.ok(&["image", "prune", "-f"]);
    let last = named(&r, &["-f", "type=image"]).pop().unwrap();
    assert_eq!(last, "remove ");
}
