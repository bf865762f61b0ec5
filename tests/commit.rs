//! commit, history, image diff/exists/tree, container exists/init, mount/unmount, unshare.

mod common;
use common::Rcon;

const CHANGES: &str =
    "echo new > /newfile; echo changed > /etc/motd-x; rm /bin/ls; mkdir -p /d/e; echo deep > /d/e/f";

fn commit_sees_changes(r: &Rcon) {
    r.ok(&["run", "--name", "c1", "busybox", "sh", "-c", CHANGES]);
    let id = r.ok(&["commit", "-q", "c1", "img1"]);
    let id = id.trim();
    assert_eq!(id.len(), 64, "commit prints the full image id: {id}");
    assert!(r.ok(&["images", "--no-trunc", "-q"]).contains(id));
    let out = r.ok(&[
        "run",
        "--rm",
        "img1",
        "sh",
        "-c",
        "cat /newfile /etc/motd-x /d/e/f; test -e /bin/ls && echo ls-still-there; echo done",
    ]);
    assert_eq!(out, "new\nchanged\ndeep\ndone\n");
    // the image the container came from is untouched
    let base = r.ok(&[
        "run",
        "--rm",
        "busybox",
        "sh",
        "-c",
        "test -e /bin/ls && echo has-ls; test -e /newfile || echo no-newfile",
    ]);
    assert_eq!(base, "has-ls\nno-newfile\n");
}

#[test]
fn commit_carries_added_changed_and_deleted_files() {
    let r = Rcon::new();
    commit_sees_changes(&r);
    // image diff: the new layer against the image's
    let diff = r.ok(&["image", "diff", "img1"]);
    assert!(diff.contains("A /newfile"), "{diff}");
    assert!(diff.contains("D /bin/ls"), "{diff}");
    // save exports both layers
    let tar = r.dir.join("img1.tar");
    r.ok(&["save", "-o", tar.to_str().unwrap(), "img1"]);
    let list = std::process::Command::new("tar")
        .arg("tf")
        .arg(&tar)
        .output()
        .unwrap();
    let list = String::from_utf8_lossy(&list.stdout);
    assert_eq!(list.matches("layer.tar").count(), 2, "{list}");
}

#[test]
fn commit_with_the_vfs_driver() {
    let r = Rcon::empty();
    r.ok(&["--storage-driver", "vfs", "info"]);
    r.import_busybox("busybox");
    commit_sees_changes(&r);
}

#[test]
fn commit_changes_take_effect_and_history_shows_the_message() {
    let r = Rcon::new();
    r.ok(&[
        "run",
        "--name",
        "c1",
        "busybox",
        "sh",
        "-c",
        "echo hi > /greeting",
    ]);
    let out = r.run(&[
        "commit",
        "-c",
        "CMD [\"cat\", \"/greeting\"]",
        "-c",
        "ENV FOO=bar",
        "-m",
        "my message",
        "-a",
        "me",
        "c1",
        "img2",
    ]);
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.trim().len(), 64);
    assert!(String::from_utf8_lossy(&out.stderr).contains("Writing manifest to image destination"));
    assert_eq!(r.ok(&["run", "--rm", "img2"]), "hi\n");
    assert_eq!(
        r.ok(&["run", "--rm", "img2", "sh", "-c", "echo $FOO"]),
        "bar\n"
    );
    let hist = r.ok(&["history", "img2"]);
    let lines: Vec<&str> = hist.lines().collect();
    assert_eq!(lines.len(), 3, "{hist}");
    assert!(lines[0].starts_with("ID") && lines[0].contains("CREATED BY"));
    assert!(lines[1].starts_with(&stdout.trim()[..12]), "{hist}");
    assert!(lines[1].contains("my message"), "{hist}");
    let comments = r.ok(&["image", "history", "--format", "{{.Comment}}", "img2"]);
    assert_eq!(comments, "my message\n\n");
    assert_eq!(
        r.ok(&["image", "inspect", "--format", "{{.Author}}", "img2"]),
        "me\n"
    );
    // -q: ids; the base's own layer tops the busybox image
    let busybox = r.ok(&["images", "-q", "--no-trunc", "busybox"]);
    let ids = r.ok(&["history", "-q", "--no-trunc", "img2"]);
    assert_eq!(
        ids,
        format!(
            "{}\n{}\n",
            stdout.trim(),
            busybox.trim().trim_start_matches("sha256:")
        )
    );
    // an unknown instruction is refused
    r.fails(125, &["commit", "-c", "FROM x", "c1", "img3"]);
    let tree = r.ok(&["image", "tree", "img2"]);
    assert!(
        tree.contains("Image Layers") && tree.contains("localhost/img2:latest"),
        "{tree}"
    );
}

#[test]
fn exists_exit_codes() {
    let r = Rcon::new();
    r.ok(&["create", "--name", "here", "busybox", "true"]);
    assert_eq!(r.ok(&["container", "exists", "here"]), "");
    r.fails(1, &["container", "exists", "nothere"]);
    assert_eq!(r.ok(&["image", "exists", "busybox"]), "");
    r.fails(1, &["image", "exists", "nothere"]);
}

#[test]
fn mount_shows_the_files_and_unmount_releases_them() {
    if !common::is_root() {
        return;
    }
    let r = Rcon::new();
    r.ok(&[
        "run",
        "--name",
        "m1",
        "busybox",
        "sh",
        "-c",
        "echo mounted > /mfile",
    ]);
    let p = r.ok(&["mount", "m1"]).trim().to_string();
    assert_eq!(
        std::fs::read_to_string(format!("{p}/mfile")).unwrap(),
        "mounted\n"
    );
    // counted: a second mount needs a second unmount
    assert_eq!(r.ok(&["container", "mount", "m1"]).trim(), p);
    assert!(r.ok(&["mount"]).contains(&p));
    r.ok(&["unmount", "m1"]);
    assert!(std::fs::metadata(format!("{p}/mfile")).is_ok());
    r.ok(&["umount", "m1"]);
    assert!(std::fs::metadata(format!("{p}/mfile")).is_err());
    assert!(!std::fs::read_to_string("/proc/self/mountinfo")
        .unwrap()
        .contains(&p));
    assert_eq!(r.ok(&["mount"]), "");
}

#[test]
fn init_then_start() {
    let r = Rcon::new();
    r.ok(&["create", "--name", "i1", "busybox", "echo", "ran"]);
    assert_eq!(r.ok(&["init", "i1"]), "i1\n");
    assert_eq!(r.status("i1"), "initialized");
    assert!(r
        .ok(&["ps", "-a", "--format", "{{.Status}}"])
        .contains("Initialized"));
    r.ok(&["start", "i1"]);
    r.wait_for("i1 to exit", || r.status("i1") == "exited");
    assert_eq!(r.ok(&["logs", "i1"]), "ran\n");
    // init on a container that ran is refused
    r.fails(125, &["container", "init", "i1"]);
}

#[test]
fn rootless_unshare_is_root_inside_and_mount_needs_it() {
    if !common::is_root() {
        return;
    }
    let r = Rcon::rootless();
    assert_eq!(r.ok(&["unshare", "id", "-u"]), "0\n");
    let err = r.fails(125, &["mount"]);
    assert!(err.contains("rcon unshare"), "{err}");
    r.ok(&[
        "run",
        "--name",
        "u1",
        "busybox",
        "sh",
        "-c",
        "echo u > /ufile; rm /bin/cat",
    ]);
    r.ok(&["commit", "-q", "u1", "uimg"]);
    assert_eq!(
        r.ok(&[
            "run",
            "--rm",
            "uimg",
            "sh",
            "-c",
            "cat /ufile; test -e /bin/cat || echo gone"
        ]),
        "u\ngone\n"
    );
}
