//! Rootless: an unprivileged user (created by the test setup, with /etc/subuid ranges) runs
//! containers with storage of their own, through a user namespace.

mod common;
use common::*;
use std::os::unix::fs::MetadataExt;

#[test]
fn rootless_run_maps_root_to_the_user_and_keeps_image_ownership() {
    let r = Rcon::rootless();
    let (uid, _) = r.user.unwrap();
    // inside: root, with the user's own uid mapped to 0 and the subordinate range after it
    let out = r.ok(&[
        "run",
        "--rm",
        "busybox",
        "sh",
        "-c",
        "id -u; cat /proc/self/uid_map",
    ]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "0");
    let first: Vec<&str> = lines[1].split_whitespace().collect();
    assert_eq!(first, vec!["0", &uid.to_string(), "1"]);
    let second: Vec<u64> = lines[2]
        .split_whitespace()
        .map(|x| x.parse().unwrap())
        .collect();
    assert_eq!(second[0], 1);
    let sub_start = second[1];
    // files in the image keep their ownership as seen inside
    assert_eq!(
        r.ok(&[
            "run",
            "--rm",
            "busybox",
            "stat",
            "-c",
            "%u:%g",
            "/home/user",
            "/bin/busybox"
        ]),
        "1000:1000\n0:0\n"
    );
    // on the host, image root is the user and image uid 1000 is the subordinate id 999 above the range start
    let layers = r.root.join("layers");
    let layer = std::fs::read_dir(&layers)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    assert_eq!(
        std::fs::metadata(layer.join("diff/bin/busybox"))
            .unwrap()
            .uid(),
        uid
    );
    assert_eq!(
        std::fs::metadata(layer.join("diff/home/user"))
            .unwrap()
            .uid() as u64,
        sub_start + 999
    );
    // a file written as a container user lands with the mapped owner in the upper dir
    let id = r
        .ok(&[
            "run",
            "-d",
            "-u",
            "user",
            "busybox",
            "sh",
            "-c",
            "echo data > /tmp/made-by-user",
        ])
        .trim()
        .to_string();
    r.wait_for("exit", || r.status(&id) == "exited");
    let made = r
        .root
        .join("containers")
        .join(&id)
        .join("upper/tmp/made-by-user");
    assert_eq!(
        std::fs::metadata(&made).unwrap().uid() as u64,
        sub_start + 999
    );
    // and the storage itself belongs to the user, not to root
    assert_eq!(std::fs::metadata(&r.root).unwrap().uid(), uid);
    r.ok(&["rm", &id]);
}

#[test]
fn rootless_lifecycle_exec_logs_and_cleanup() {
    let r = Rcon::rootless();
    r.ok(&[
        "run",
        "-d",
        "--name",
        "svc",
        "busybox",
        "sh",
        "-c",
        "trap 'exit 0' TERM; echo started; while true; do sleep 0.1; done",
    ]);
    assert_eq!(r.status("svc"), "running");
    // the container lives on without the CLI; exec joins it, also as another user
    assert_eq!(
        r.ok(&["exec", "svc", "sh", "-c", "ps -o pid,comm | grep -c sleep"])
            .trim(),
        "1"
    );
    assert_eq!(
        r.ok(&["exec", "-u", "user", "svc", "id", "-u"]).trim(),
        "1000"
    );
    r.wait_for("the log line", || r.ok(&["logs", "svc"]) == "started\n");
    let top = r.ok(&["top", "svc"]);
    assert!(top.contains("trap"), "{top}");
    r.ok(&["stop", "svc"]);
    assert_eq!(
        r.ok(&["inspect", "--format", "{{.State.ExitCode}}", "svc"])
            .trim(),
        "0"
    );
    r.ok(&["start", "svc"]);
    assert_eq!(r.status("svc"), "running");
    r.ok(&["rm", "-f", "-t", "0", "svc"]);
    assert_eq!(r.ok(&["ps", "-a", "-q"]), "");
    // --rm and exit codes as for root
    r.fails(3, &["run", "--rm", "busybox", "sh", "-c", "exit 3"]);
    r.fails(127, &["run", "--rm", "busybox", "nope"]);
    assert_eq!(
        std::fs::read_dir(r.root.join("containers"))
            .unwrap()
            .count(),
        0
    );
    let check = r.run(&["system", "check"]);
    assert!(check.status.success(), "{}", stdout(&check));
}

#[test]
fn rootless_pause_without_cgroups_is_a_clear_error() {
    let r = Rcon::rootless();
    r.ok(&["run", "-d", "--name", "p", "busybox", "sleep", "100"]);
    // this host gives unprivileged users no delegated cgroup v2 controllers
    if std::fs::read_to_string("/sys/fs/cgroup/cgroup.controllers").is_err() {
        let e = r.fails(125, &["pause", "p"]);
        assert!(e.contains("cgroup"), "{e}");
        println!("note: rootless pause needs delegated cgroup v2 controllers; this host has none (see README: vmtest)");
    } else {
        // a v2 host: pause works when systemd delegated controllers to the user
        let out = r.run(&["pause", "p"]);
        if out.status.success() {
            assert_eq!(r.status("p"), "paused");
            r.ok(&["unpause", "p"]);
        } else {
            assert!(stderr(&out).contains("cgroup"), "{}", stderr(&out));
        }
    }
    r.ok(&["rm", "-f", "-t", "0", "p"]);
}

#[test]
fn rootless_cp_and_export() {
    let r = Rcon::rootless();
    r.ok(&["create", "--name", "files", "busybox", "true"]);
    let host = r.dir.join("hello.txt");
    std::fs::write(&host, "from the host\n").unwrap();
    nix::unistd::chown(&host, Some(r.user.unwrap().0.into()), None).unwrap();
    r.ok(&["cp", host.to_str().unwrap(), "files:/tmp/hello.txt"]);
    let back = r.dir.join("back.txt");
    r.ok(&["cp", "files:/tmp/hello.txt", back.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(&back).unwrap(), "from the host\n");
    let tar = r.dir.join("export.tar");
    r.ok(&["export", "-o", tar.to_str().unwrap(), "files"]);
    let names: Vec<String> = tar::Archive::new(std::fs::File::open(&tar).unwrap())
        .entries()
        .unwrap()
        .map(|e| e.unwrap().path().unwrap().display().to_string())
        .collect();
    assert!(names.iter().any(|n| n == "tmp/hello.txt"), "{names:?}");
    assert!(names.iter().any(|n| n == "bin/busybox"));
}

/// cp to and from a running container, and its export: they join its user namespace (they
/// failed with "entering the container's root: EACCES").
#[test]
fn rootless_cp_and_export_of_a_running_container() {
    let r = Rcon::rootless();
    r.ok(&["run", "-d", "--name", "live", "busybox", "sleep", "100"]);
    let host = r.dir.join("in.txt");
    std::fs::write(&host, "into a running one\n").unwrap();
    nix::unistd::chown(&host, Some(r.user.unwrap().0.into()), None).unwrap();
    r.ok(&["cp", host.to_str().unwrap(), "live:/tmp/in.txt"]);
    assert_eq!(
        r.ok(&["exec", "live", "cat", "/tmp/in.txt"]),
        "into a running one\n"
    );
    r.ok(&[
        "exec",
        "live",
        "sh",
        "-c",
        "echo made inside > /tmp/out.txt",
    ]);
    let back = r.dir.join("out.txt");
    r.ok(&["cp", "live:/tmp/out.txt", back.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(&back).unwrap(), "made inside\n");
    let tar = r.dir.join("live.tar");
    r.ok(&["export", "-o", tar.to_str().unwrap(), "live"]);
    let names: Vec<String> = tar::Archive::new(std::fs::File::open(&tar).unwrap())
        .entries()
        .unwrap()
        .map(|e| e.unwrap().path().unwrap().display().to_string())
        .collect();
    assert!(names.iter().any(|n| n == "tmp/out.txt"), "{names:?}");
    r.ok(&["rm", "-f", "-t", "0", "live"]);
}

/// A user without /etc/subuid ranges: rcon maps only their own uid, says so once, and runs
/// images whose files all belong to root.
#[test]
fn rootless_without_subordinate_ids_maps_the_user_alone() {
    let name = "rconsolo";
    if nix::unistd::User::from_name(name).ok().flatten().is_none() {
        let st = std::process::Command::new("useradd")
            .args([
                "-K",
                "SUB_UID_COUNT=0",
                "-K",
                "SUB_GID_COUNT=0",
                "--no-create-home",
                "--home-dir",
                "/nonexistent",
                "--user-group",
                name,
            ])
            .status()
            .unwrap();
        assert!(st.success());
    }
    for f in ["/etc/subuid", "/etc/subgid"] {
        let cur = std::fs::read_to_string(f).unwrap_or_default();
        let kept: String = cur
            .lines()
            .filter(|l| !l.starts_with(&format!("{name}:")))
            .map(|l| format!("{l}\n"))
            .collect();
        if kept != cur {
            std::fs::write(f, kept).unwrap();
        }
    }
    let u = nix::unistd::User::from_name(name).unwrap().unwrap();
    let mut r = Rcon::empty();
    nix::unistd::chown(&r.dir, Some(u.uid), Some(u.gid)).unwrap();
    r.user = Some((u.uid.as_raw(), u.gid.as_raw()));
    // an image with root-owned files only
    let tar_path = r.dir.join("rootonly.tar");
    {
        let mut ar = tar::Archive::new(std::fs::File::open(busybox_tar()).unwrap());
        let mut b = tar::Builder::new(std::fs::File::create(&tar_path).unwrap());
        for e in ar.entries().unwrap() {
            let e = e.unwrap();
            let mut h = e.header().clone();
            h.set_uid(0);
            h.set_gid(0);
            let path = e.path().unwrap().into_owned();
            if h.entry_type().is_symlink() {
                let target = e.link_name().unwrap().unwrap().into_owned();
                b.append_link(&mut h, &path, &target).unwrap();
            } else {
                b.append_data(&mut h, &path, e).unwrap();
            }
        }
        b.finish().unwrap();
    }
    chmod(&tar_path, 0o644);
    let first = r.run(&["import", tar_path.to_str().unwrap(), "solo"]);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(
        stderr(&first).contains("no /etc/subuid"),
        "the single-user notice is missing: {}",
        stderr(&first)
    );
    let out = r.run(&[
        "run",
        "--rm",
        "solo",
        "sh",
        "-c",
        "id -u; cat /proc/self/uid_map",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        !stderr(&out).contains("no /etc/subuid"),
        "the notice is said only once"
    );
    let lines: Vec<String> = stdout(&out)
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(lines, vec!["0".to_string(), format!("0 {} 1", u.uid)]);
    // the busybox image owns a file by uid 1000: it cannot be unpacked with one id, clearly
    let e = r.fails(125, &["import", busybox_tar().to_str().unwrap(), "multi"]);
    assert_eq!(e.trim_end().lines().count(), 1, "{e}");
}

#[test]
fn rootless_damaged_records_are_shown_stopped_and_keep_their_layers() {
    let r = Rcon::rootless();
    r.ok(&["run", "-d", "--name", "victim", "busybox", "sleep", "1000"]);
    r.ok(&["create", "--name", "c", "busybox", "echo", "still here"]);
    let id = r
        .ok(&["inspect", "--format", "{{.Id}}", "victim"])
        .trim()
        .to_string();
    let pidfile = r
        .runroot
        .join("containers")
        .join(&id)
        .join("supervisor.pid");
    let sup: i32 = std::fs::read_to_string(pidfile)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let init: i32 = std::fs::read_to_string(format!("/proc/{sup}/task/{sup}/children"))
        .unwrap()
        .split_whitespace()
        .next()
        .expect("the container's init")
        .parse()
        .unwrap();
    // a truncated container record and an empty image record
    let record = r.root.join("containers").join(&id).join("container.json");
    let data = std::fs::read(&record).unwrap();
    std::fs::write(&record, &data[..30]).unwrap();
    let img = r
        .ok(&["image", "inspect", "--format", "{{.Id}}", "busybox"])
        .trim()
        .trim_start_matches("sha256:")
        .to_string();
    std::fs::write(r.root.join("images").join(format!("{img}.json")), b"").unwrap();
    let out = r.run(&["ps", "-a"]);
    assert!(
        stdout(&out).contains("Record damaged (running)"),
        "{}",
        stdout(&out)
    );
    assert_eq!(
        stderr(&out)
            .lines()
            .filter(|l| l.starts_with("WARN"))
            .count(),
        1
    );
    // rm -f stops it through its supervisor
    r.ok(&["rm", "-f", "-t", "0", "victim"]);
    let gone = |pid: i32| {
        std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .map(|s| s.contains(") Z "))
            .unwrap_or(true)
    };
    assert!(gone(sup) && gone(init), "the removed container still runs");
    // --repair keeps the layer the container needs while the image record cannot be read
    let out = r.run(&["system", "check", "--repair"]);
    assert!(
        stdout(&out).contains(&format!("{img}.json")),
        "{}",
        stdout(&out)
    );
    assert_eq!(r.ok(&["start", "-a", "c"]).trim(), "still here");
}

#[test]
fn rootless_vfs_gives_overlays_tree_and_sparse_layers_are_refused() {
    use common::images::*;
    let upper = Tar::new()
        .dir("home")
        .file("home/.wh..wh..opq", b"")
        .file("home/fresh", b"new\n")
        .file("etc/.wh.group", b"")
        .file("tmp/.wh.gone", b"")
        .bytes();
    let ar = docker_archive(&[(&["example.com/wh:1"], &[&busybox_bytes(), &upper])]);
    let mut outs = Vec::new();
    for driver in ["overlay", "vfs"] {
        let r = Rcon::rootless();
        let p = r.dir.join("wh.tar");
        std::fs::write(&p, ar.tar()).unwrap();
        r.ok(&[
            "--storage-driver",
            driver,
            "load",
            "-i",
            p.to_str().unwrap(),
        ]);
        outs.push(r.ok(&[
            "run",
            "--rm",
            "example.com/wh:1",
            "sh",
            "-c",
            "ls -A /home; test -e /etc/group || echo group gone; stat -c %a /tmp",
        ]));
        if driver == "vfs" {
            let sparse = Tar::new()
                .gnu_sparse("var/big", &[7u8; 8192], 1 << 30)
                .bytes();
            let p = r.dir.join("sparse.tar");
            std::fs::write(&p, sparse).unwrap();
            let e = r.fails(125, &["import", p.to_str().unwrap(), "sparse"]);
            assert!(e.contains("unhandled tar header type 83"), "{e}");
            assert_eq!(r.ok(&["images", "-q"]).lines().count(), 2);
        }
    }
    assert_eq!(outs[0], "fresh\ngroup gone\n755\n");
    assert_eq!(outs[0], outs[1]);
}
