//! Images as a user handles them: import, load (docker-archive, OCI archive and layout),
//! hostile layers, images, tag/untag, rmi, prune and inspect, checked against podman's
//! behaviour with the real binary.

mod common;
use common::images::*;
use common::*;
use serde_json::{json, Value};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

// ---------------------------------------------------------------------------------------
// helpers: tarballs, archives, store inspection

/// The layer a user builds on busybox: a new file, a whiteout and an opaque directory.
fn upper_layer() -> Vec<u8> {
    Tar::new()
        .file("etc/added", b"from the upper layer\n")
        .file("etc/.wh.group", b"")
        .dir("home")
        .file("home/.wh..wh..opq", b"")
        .file("home/fresh", b"new\n")
        .bytes()
}

fn count(dir: &Path) -> usize {
    std::fs::read_dir(dir).map(|d| d.count()).unwrap_or(0)
}

fn layers(r: &Rcon) -> usize {
    count(&r.root.join("layers"))
}

/// What is left in ROOT/tmp. A removed container's directory is renamed into tmp/ and
/// deleted after the CLI has answered: those are waited for, not counted.
fn tmp_entries(r: &Rcon) -> Vec<String> {
    let list = || -> Vec<String> {
        std::fs::read_dir(r.root.join("tmp"))
            .map(|d| {
                d.flatten()
                    .map(|e| e.file_name().to_string_lossy().to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    r.wait_for("removed containers' directories to go", || {
        !list().iter().any(|e| e.starts_with("rm-"))
    });
    list()
}

fn image_ids(r: &Rcon) -> Vec<String> {
    r.ok(&["images", "-q", "--no-trunc"])
        .lines()
        .map(str::to_string)
        .collect()
}

fn write(r: &Rcon, name: &str, data: &[u8]) -> PathBuf {
    let p = r.dir.join(name);
    std::fs::write(&p, data).unwrap();
    p
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Run with `input` on stdin.
fn run_stdin(r: &Rcon, args: &[&str], input: &[u8]) -> Output {
    let mut c = r.cmd(args);
    c.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let data = input.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    out
}

/// A failure as the user sees it: exit 125 and one line starting with "Error: ".
#[track_caller]
fn one_line_125(out: &Output) -> String {
    one_line(out, 125)
}

/// A failure with exit `code` and one line starting with "Error: ".
#[track_caller]
fn one_line(out: &Output, code: i32) -> String {
    let err = stderr(out);
    assert_eq!(
        out.status.code(),
        Some(code),
        "stdout: {}\nstderr: {err}",
        stdout(out)
    );
    assert_eq!(err.trim_end().lines().count(), 1, "not one line: {err}");
    assert!(err.starts_with("Error: "), "{err}");
    err.trim_end().to_string()
}

/// The store holds what it held before a failed import/load, and no scratch files.
#[track_caller]
fn nothing_left(r: &Rcon, images: &[String], n_layers: usize) {
    assert_eq!(&image_ids(r), images, "images changed");
    assert_eq!(layers(r), n_layers, "layers changed");
    assert_eq!(tmp_entries(r), Vec::<String>::new(), "left in ROOT/tmp");
}

fn json_of(out: &str) -> Value {
    serde_json::from_str(out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

// ---------------------------------------------------------------------------------------
// import

#[test]
fn import_plain_gzip_zstd_from_file_and_stdin_shares_the_layer() {
    let r = Rcon::new();
    assert_eq!(layers(&r), 1);
    let plain = busybox_bytes();
    let gz = write(&r, "rootfs.tar.gz", &gzip(&plain));
    let zst = zstd(&plain);

    let id_file = r.ok(&["import", s(&gz), "fromgz"]);
    assert!(id_file.trim().starts_with("sha256:"), "{id_file}");
    assert_eq!(id_file.trim().len(), 71);
    let out = run_stdin(&r, &["import", "-", "fromzstd"], &zst);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = run_stdin(&r, &["import", "-", "fromstdin"], &plain);
    assert!(out.status.success(), "{}", stderr(&out));
    r.ok(&["import", s(busybox_tar()), "again"]);

    for name in ["busybox", "fromgz", "fromzstd", "fromstdin", "again"] {
        let passwd = r.ok(&["run", "--rm", name, "cat", "/etc/passwd"]);
        assert!(passwd.starts_with("root:x:0:0:"), "{name}: {passwd}");
        assert_eq!(
            r.ok(&["images", "--format", "{{.Repository}}:{{.Tag}}", name])
                .trim(),
            format!("localhost/{name}:latest")
        );
    }
    // the same rootfs, however compressed, is one layer on disk
    assert_eq!(layers(&r), 1);
    assert_eq!(tmp_entries(&r), Vec::<String>::new());
    // and one layer blob: a config and a manifest per image besides it, no stray copies
    assert_eq!(count(&r.root.join("blobs/sha256")), 2 * 5 + 1);
    // the id printed is the image's id
    assert_eq!(
        r.ok(&["image", "inspect", "--format", "{{.Id}}", "fromgz"])
            .trim(),
        hex_of(id_file.trim())
    );
}

#[test]
fn import_changes_and_message_configure_the_image() {
    let r = Rcon::new();
    r.ok(&[
        "import",
        "--change",
        "ENTRYPOINT [\"/bin/sh\", \"-c\"]",
        "--change",
        "CMD [\"echo $GREETING from $(pwd) as $(whoami)\"]",
        "--change",
        "ENV GREETING=hello",
        "--change",
        "ENV OTHER two words",
        "--change",
        "WORKDIR /home/user",
        "--change",
        "USER user",
        "--change",
        "LABEL org.example.role=test",
        "--change",
        "EXPOSE 8080",
        "--change",
        "EXPOSE 53/udp",
        "--message",
        "imported by the test",
        s(busybox_tar()),
        "configured",
    ]);
    assert_eq!(
        r.ok(&["run", "--rm", "configured"]).trim(),
        "hello from /home/user as user"
    );
    assert_eq!(
        r.ok(&["run", "--rm", "configured", "echo $OTHER"]).trim(),
        "two words"
    );
    let v = json_of(&r.ok(&["image", "inspect", "configured"]));
    let img = &v[0];
    let cfg = &img["Config"];
    assert_eq!(cfg["Entrypoint"], json!(["/bin/sh", "-c"]));
    assert_eq!(
        cfg["Cmd"],
        json!(["echo $GREETING from $(pwd) as $(whoami)"])
    );
    assert_eq!(cfg["Env"], json!(["GREETING=hello", "OTHER=two words"]));
    assert_eq!(cfg["WorkingDir"], "/home/user");
    assert_eq!(cfg["User"], "user");
    assert_eq!(cfg["Labels"], json!({"org.example.role": "test"}));
    assert_eq!(cfg["ExposedPorts"], json!({"8080/tcp": {}, "53/udp": {}}));
    assert_eq!(img["Comment"], "imported by the test");
    assert_eq!(img["Labels"], json!({"org.example.role": "test"}));
    // a plain CMD runs under a shell, as podman's import does
    r.ok(&[
        "import",
        "--change",
        "CMD echo shell form",
        s(busybox_tar()),
        "shellform",
    ]);
    assert_eq!(
        r.ok(&[
            "image",
            "inspect",
            "--format",
            "{{json .Config.Cmd}}",
            "shellform"
        ])
        .trim(),
        r#"["/bin/sh","-c","echo shell form"]"#
    );
    assert_eq!(r.ok(&["run", "--rm", "shellform"]).trim(), "shell form");
    // an instruction import cannot apply is refused before anything is written
    let before = image_ids(&r);
    let out = r.run(&[
        "import",
        "--change",
        "RUN rm -rf /",
        s(busybox_tar()),
        "bad",
    ]);
    let e = one_line_125(&out);
    assert!(e.contains("RUN"), "{e}");
    nothing_left(&r, &before, 1);
}

#[test]
fn import_of_a_corrupt_or_truncated_tarball_leaves_nothing() {
    let r = Rcon::empty();
    let plain = busybox_bytes();
    let gz = gzip(&plain);
    let zst = zstd(&plain);
    let mut garbage = vec![0u8; 4096];
    for (i, b) in garbage.iter_mut().enumerate() {
        *b = (i * 7 + 13) as u8 ^ 0x5a;
    }
    garbage[0] = 0x0a; // a newline in the "header" must not split the error message
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("half.tar.gz", gz[..gz.len() / 2].to_vec()),
        ("half.tar.zst", zst[..zst.len() / 2].to_vec()),
        ("half.tar", plain[..plain.len() / 2].to_vec()),
        ("garbage.tar", garbage),
        ("bad.gz", b"\x1f\x8b\x08\x00not really gzip".to_vec()),
    ];
    for (name, data) in &cases {
        let p = write(&r, name, data);
        let e = one_line_125(&r.run(&["import", s(&p), "broken"]));
        assert!(
            e.contains("corrupt") || e.contains("truncated") || e.contains("malformed"),
            "{name}: {e}"
        );
        // the cause is said once, not repeated by every layer of context
        let tail = e.rsplit(": ").next().unwrap();
        assert_eq!(e.matches(tail).count(), 1, "{name}: repeated: {e}");
        nothing_left(&r, &[], 0);
        // and through stdin
        let out = run_stdin(&r, &["import", "-", "broken"], data);
        one_line_125(&out);
        nothing_left(&r, &[], 0);
    }
    assert_eq!(count(&r.root.join("blobs/sha256")), 0);
    // a missing file is named; a directory is not a tarball
    let e = one_line_125(&r.run(&["import", "/nonexistent/rootfs.tar", "x"]));
    assert!(e.contains("/nonexistent/rootfs.tar"), "{e}");
    let e = one_line_125(&r.run(&["import", s(&r.dir), "x"]));
    assert!(e.contains("is a directory"), "{e}");
    nothing_left(&r, &[], 0);
}

// ---------------------------------------------------------------------------------------
// load

#[test]
fn load_docker_archive_applies_whiteouts_and_opaque_dirs() {
    let r = Rcon::new();
    let base = busybox_bytes();
    let upper = upper_layer();
    let extra = Tar::new().file("etc/extra", b"second image\n").bytes();
    let ar = docker_archive(&[
        (&["example.com/layered:v1"], &[&base, &upper]),
        // the base layer again: written as a symlink to the first copy
        (&["other:2"], &[&base, &extra]),
    ]);
    assert!(!ar.1.is_empty());
    let p = write(&r, "docker.tar", &ar.tar());
    let out = r.ok(&["load", "-i", s(&p)]);
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        vec![
            "Loaded image: example.com/layered:v1",
            "Loaded image: docker.io/library/other:2"
        ]
    );
    // busybox's layer is shared: two new layers only
    assert_eq!(layers(&r), 3);
    assert_eq!(tmp_entries(&r), Vec::<String>::new());
    let out = r.ok(&[
        "run",
        "--rm",
        "example.com/layered:v1",
        "sh",
        "-c",
        "cat /etc/added; test -e /etc/group && echo group present || echo group gone; ls -A /home; test -e /etc/passwd && echo passwd present",
    ]);
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        vec![
            "from the upper layer",
            "group gone",
            "fresh",
            "passwd present"
        ]
    );
    // the whiteout and the opaque dir belong to that image only
    let out = r.ok(&[
        "run",
        "--rm",
        "other:2",
        "sh",
        "-c",
        "cat /etc/extra; ls /home; test -e /etc/group && echo group present",
    ]);
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        vec!["second image", "user", "group present"]
    );
    let v = json_of(&r.ok(&["image", "inspect", "example.com/layered:v1"]));
    assert_eq!(
        v[0]["RootFS"]["Layers"],
        json!([sha256(&base), sha256(&upper)])
    );
    // from stdin too, with the same result (already present: same ids, no new layers)
    let out = run_stdin(&r, &["load"], &ar.tar());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Loaded image: example.com/layered:v1"));
    assert_eq!(layers(&r), 3);
    assert_eq!(image_ids(&r).len(), 3);
    // the image keeps its own creation time
    assert_eq!(
        r.ok(&["image", "inspect", "--format", "{{.Created}}", "other:2"])
            .trim(),
        "2024-01-02T03:04:05Z"
    );

    // `docker save | gzip` output loads as well
    let r = Rcon::empty();
    let p = write(&r, "docker.tar.gz", &gzip(&ar.tar()));
    let out = r.ok(&["load", "-q", "-i", s(&p)]);
    assert_eq!(out, "", "-q prints nothing");
    assert_eq!(
        r.ok(&["run", "--rm", "other:2", "cat", "/etc/extra"]),
        "second image\n"
    );
    assert_eq!(layers(&r), 3);
}

#[test]
fn load_oci_archive_and_layout_directory() {
    let r = Rcon::new();
    let base = busybox_bytes();
    let top = Tar::new().file("etc/motd", b"oci image\n").bytes();
    let mut oci = Oci::new();
    let m = oci.image(&[&base, &top], host_arch(), &["cat", "/etc/motd"]);
    oci.tag(m.clone(), "example.com/oci/app:1.0");
    let files = oci.finish();

    let p = write(&r, "oci.tar", &files.tar());
    let out = r.ok(&["load", "-i", s(&p)]);
    assert_eq!(out.trim(), "Loaded image: example.com/oci/app:1.0");
    assert_eq!(
        r.ok(&["run", "--rm", "example.com/oci/app:1.0"]),
        "oci image\n"
    );
    let v = json_of(&r.ok(&["image", "inspect", "example.com/oci/app:1.0"]));
    assert_eq!(v[0]["Digest"], m["digest"]);
    assert_eq!(
        v[0]["RepoDigests"],
        json!([format!(
            "example.com/oci/app@{}",
            m["digest"].as_str().unwrap()
        )])
    );
    assert_eq!(v[0]["Config"]["Labels"], json!({"from": "test"}));
    assert_eq!(layers(&r), 2);

    // the same image as a layout directory with zstd layers, under another name
    let r2 = Rcon::new();
    let dir = r2.dir.join("layout");
    let mut oci = Oci::new();
    oci.zstd = true;
    let m = oci.image(&[&base, &top], host_arch(), &["cat", "/etc/motd"]);
    oci.tag(m, "localhost/from-dir:latest");
    oci.finish().write_dir(&dir);
    let out = r2.ok(&["load", "-i", s(&dir)]);
    assert_eq!(out.trim(), "Loaded image: localhost/from-dir:latest");
    assert_eq!(r2.ok(&["run", "--rm", "from-dir"]), "oci image\n");
    assert_eq!(layers(&r2), 2);
    assert_eq!(tmp_entries(&r2), Vec::<String>::new());
    // the layout directory is left as it was
    assert!(dir.join("index.json").is_file());
}

#[test]
fn load_oci_archive_names_images_as_podman_does() {
    let r = Rcon::empty();
    let mut oci = Oci::new();
    let layer = |n: &str| Tar::new().file("id", n.as_bytes()).bytes();
    // (ref.name, io.containerd.image.name, the name podman gives)
    let cases = [
        (Some("latest"), None, "localhost/latest:latest"),
        (Some("1.0"), None, "localhost/1.0:latest"),
        (Some("app:2"), None, "localhost/app:2"),
        (
            Some("example.com/team/app:1.0"),
            None,
            "example.com/team/app:1.0",
        ),
        (
            Some("3"),
            Some("docker.io/library/web:3"),
            "docker.io/library/web:3",
        ),
    ];
    for (i, (ref_name, containerd, _)) in cases.iter().enumerate() {
        let mut d = oci.image(&[&layer(&i.to_string())], host_arch(), &["true"]);
        let mut a = serde_json::Map::new();
        if let Some(n) = ref_name {
            a.insert("org.opencontainers.image.ref.name".into(), json!(n));
        }
        if let Some(n) = containerd {
            a.insert("io.containerd.image.name".into(), json!(n));
        }
        d["annotations"] = Value::Object(a);
        oci.index.push(d);
    }
    // and one without a name
    let unnamed = oci.image(&[&layer("unnamed")], host_arch(), &["true"]);
    oci.index.push(unnamed);
    let p = write(&r, "oci.tar", &oci.finish().tar());
    let out = r.ok(&["load", "-i", s(&p)]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), cases.len() + 1, "{out}");
    for (line, (_, _, name)) in lines.iter().zip(&cases) {
        assert_eq!(*line, format!("Loaded image: {name}"));
    }
    assert!(
        lines[cases.len()].starts_with("Loaded image: sha256:"),
        "{out}"
    );
    let listed = r.ok(&["images", "--format", "{{.Repository}}:{{.Tag}}"]);
    let mut listed: Vec<&str> = listed.lines().collect();
    listed.sort();
    let mut expected: Vec<&str> = cases.iter().map(|c| c.2).collect();
    expected.push("<none>:<none>");
    expected.sort();
    assert_eq!(listed, expected);
    // a name that is no image name is refused before anything is stored
    let r = Rcon::empty();
    let mut oci = Oci::new();
    let m = oci.image(&[&layer("bad")], host_arch(), &["true"]);
    oci.tag(m, "Not A Name");
    let p = write(&r, "bad.tar", &oci.finish().tar());
    let e = one_line_125(&r.run(&["load", "-i", s(&p)]));
    assert!(e.contains("\"Not A Name\""), "{e}");
    nothing_left(&r, &[], 0);
}

#[test]
fn storage_driver_given_to_import_or_load_is_kept() {
    let driver = |r: &Rcon| {
        r.ok(&["info", "--format", "{{.Store.GraphDriverName}}"])
            .trim()
            .to_string()
    };
    let ar = docker_archive(&[(&["example.com/box:1"], &[&busybox_bytes()])]);
    for verb in ["import", "load"] {
        let r = Rcon::empty();
        let p = write(&r, "box.tar", &ar.tar());
        match verb {
            "import" => r.ok(&[
                "--storage-driver",
                "vfs",
                "import",
                s(busybox_tar()),
                "example.com/box:1",
            ]),
            _ => r.ok(&["--storage-driver", "vfs", "load", "-i", s(&p)]),
        };
        assert_eq!(driver(&r), "vfs", "after {verb}");
        // the next commands, without the flag, use it
        r.ok(&["run", "--name", "c", "example.com/box:1", "true"]);
        let id = r.ok(&["inspect", "--format", "{{.Id}}", "c"]);
        assert!(r
            .root
            .join("containers")
            .join(id.trim())
            .join("rootfs/bin")
            .is_dir());
        assert_eq!(
            r.ok(&["inspect", "--format", "{{.GraphDriver.Name}}", "c"])
                .trim(),
            "vfs"
        );
        // and another driver is refused, whatever the command
        let e = one_line_125(&r.run(&["--storage-driver", "overlay", "images"]));
        assert!(
            e.contains("uses the vfs storage driver, not overlay"),
            "{e}"
        );
    }
    // a store that has not chosen says it will use overlay, and a bad name is refused
    let r = Rcon::empty();
    assert_eq!(driver(&r), "overlay");
    let e = one_line_125(&r.run(&["--storage-driver", "btrfs", "images"]));
    assert!(e.contains("unknown storage driver \"btrfs\""), "{e}");
    assert!(!r.root.join("storage.json").exists());
}

/// Every entry of a container's exported tree: path, type, mode, owner, mtime, link target
/// and the digest of its contents.
fn exported_tree(r: &Rcon, ctr: &str) -> Vec<String> {
    let p = r.dir.join("export.tar");
    r.ok(&["export", "-o", s(&p), ctr]);
    let data = std::fs::read(&p).unwrap();
    let mut ar = tar::Archive::new(&data[..]);
    let mut out = Vec::new();
    for e in ar.entries().unwrap() {
        let mut e = e.unwrap();
        let mut content = Vec::new();
        std::io::Read::read_to_end(&mut e, &mut content).unwrap();
        let h = e.header();
        out.push(format!(
            "{} {:?} {:o} {}:{} {} {:?} {}",
            e.path().unwrap().display(),
            h.entry_type(),
            h.mode().unwrap() & 0o7777,
            h.uid().unwrap(),
            h.gid().unwrap(),
            h.mtime().unwrap(),
            e.link_name().unwrap(),
            sha256(&content)
        ));
    }
    out.sort();
    out
}

#[test]
fn vfs_and_overlay_give_the_same_tree() {
    // busybox; a symlinked directory; then whiteouts and opaque dirs, well formed or not
    let base = busybox_bytes();
    let mid = Tar::new().symlink("lnk", "usr").bytes();
    let upper = Tar::new()
        .dir("etc")
        .file("etc/added", b"added\n")
        .file("etc/.wh.group", b"")
        .dir("home")
        .file("home/.wh..wh..opq", b"")
        .file("home/fresh", b"new\n")
        // a whiteout in a directory the layer does not list (/tmp is 1777 below)
        .file("tmp/.wh.gone", b"")
        // a file, then its whiteout in the same layer
        .file("etc/twice", b"twice\n")
        .file("etc/.wh.twice", b"")
        // a directory written into, then whited out
        .dir("var")
        .file("var/tmp/new", b"n\n")
        .file("var/.wh.tmp", b"")
        // an opaque directory the layer does not list
        .file("newdir/.wh..wh..opq", b"")
        // a file below the lower layer's symlink
        .file("lnk/viasym", b"via\n")
        .dir("bin")
        .file_mode("bin/setuid", b"s", 0o4755)
        .hardlink("bin/setuid-link", "bin/setuid")
        .bytes();
    let ar = docker_archive(&[(&["example.com/wh:1"], &[&base, &mid, &upper])]);
    let mut trees = Vec::new();
    for driver in ["overlay", "vfs"] {
        let r = Rcon::empty();
        let p = write(&r, "wh.tar", &ar.tar());
        r.ok(&["--storage-driver", driver, "load", "-i", s(&p)]);
        r.ok(&["create", "--name", "c", "example.com/wh:1"]);
        let tree = exported_tree(&r, "c");
        // what overlayfs shows
        let has = |prefix: &str| tree.iter().any(|l| l.starts_with(prefix));
        assert!(has("etc/added "), "{driver}");
        assert!(!has("etc/group ") && !has("etc/twice "), "{driver}");
        assert!(!has("home/user") && has("home/fresh "), "{driver}");
        assert!(!has("var/tmp") && has("newdir Directory"), "{driver}");
        assert!(
            has("lnk Directory") && has("lnk/viasym ") && !has("usr/viasym"),
            "{driver}"
        );
        assert!(has("tmp Directory 755 "), "{driver}");
        assert!(has("bin/setuid Regular 4755 "), "{driver}");
        // the hard link stays one file
        let out = r.ok(&[
            "run",
            "--rm",
            "example.com/wh:1",
            "sh",
            "-c",
            "stat -c %i /bin/setuid /bin/setuid-link | uniq | wc -l; stat -c %a /",
        ]);
        assert_eq!(out, "1\n755\n", "{driver}");
        trees.push(tree);
    }
    // directories a layer does not list are made when it is unpacked, in each store at its
    // own time: their mtimes differ between the two stores, not between the drivers
    for t in &mut trees {
        for l in t.iter_mut() {
            if ["lnk ", "tmp ", "newdir "].iter().any(|p| l.starts_with(p)) {
                let f: Vec<&str> = l.split(' ').collect();
                *l = format!("{} {} {} {} - {}", f[0], f[1], f[2], f[3], f[5..].join(" "));
            }
        }
    }
    assert_eq!(trees[0], trees[1]);
}

#[test]
fn load_oci_index_picks_the_host_platform() {
    let r = Rcon::new();
    let base = busybox_bytes();
    let host = Tar::new().file("etc/arch", host_arch().as_bytes()).bytes();
    let other = Tar::new().file("etc/arch", other_arch().as_bytes()).bytes();

    // a nested image index (what `skopeo copy --all` writes)
    let mut oci = Oci::new();
    let mo = oci.image(&[&base, &other], other_arch(), &["cat", "/etc/arch"]);
    let mh = oci.image(&[&base, &host], host_arch(), &["cat", "/etc/arch"]);
    let idx = oci.platform_index(&[(mo.clone(), other_arch()), (mh.clone(), host_arch())]);
    oci.tag(idx, "example.com/multi:1");
    let p = write(&r, "multi.tar", &oci.finish().tar());
    assert_eq!(
        r.ok(&["load", "-i", s(&p)]).trim(),
        "Loaded image: example.com/multi:1"
    );
    assert_eq!(r.ok(&["run", "--rm", "example.com/multi:1"]), host_arch());
    let v = json_of(&r.ok(&["image", "inspect", "example.com/multi:1"]));
    assert_eq!(v[0]["Architecture"], host_arch());
    assert_eq!(v[0]["Digest"], mh["digest"]);
    assert_eq!(image_ids(&r).len(), 2);

    // platform manifests listed in index.json itself, both under one name
    let r = Rcon::new();
    let mut oci = Oci::new();
    let mo = oci.image(&[&base, &other], other_arch(), &["cat", "/etc/arch"]);
    let mh = oci.image(&[&base, &host], host_arch(), &["cat", "/etc/arch"]);
    for (m, arch) in [(mh, host_arch()), (mo, other_arch())] {
        let mut m = m;
        m["platform"] = json!({"architecture": arch, "os": "linux"});
        oci.tag(m, "example.com/flat:1");
    }
    let p = write(&r, "flat.tar", &oci.finish().tar());
    let out = r.ok(&["load", "-i", s(&p)]);
    assert_eq!(out.trim(), "Loaded image: example.com/flat:1");
    assert_eq!(r.ok(&["run", "--rm", "example.com/flat:1"]), host_arch());
    assert_eq!(image_ids(&r).len(), 2, "only the host's image is loaded");

    // an index without the host's platform is refused, naming it
    let r = Rcon::empty();
    let mut oci = Oci::new();
    let mo = oci.image(&[&base, &other], other_arch(), &["true"]);
    let idx = oci.platform_index(&[(mo, other_arch())]);
    oci.tag(idx, "example.com/foreign:1");
    let p = write(&r, "foreign.tar", &oci.finish().tar());
    let e = one_line_125(&r.run(&["load", "-i", s(&p)]));
    assert!(e.contains(&format!("linux/{}", host_arch())), "{e}");
    nothing_left(&r, &[], 0);
}

#[test]
fn load_refuses_blobs_and_layers_that_do_not_match_their_digests() {
    let base = busybox_bytes();
    let top = Tar::new().file("etc/motd", b"x\n").bytes();

    // a gzip layer with a flipped byte in the middle of its compressed data
    let r = Rcon::empty();
    let mut oci = Oci::new();
    let m = oci.image(&[&base, &top], host_arch(), &["true"]);
    oci.tag(m, "example.com/flipped:1");
    let mut files = oci.finish();
    let layer0 = format!("blobs/sha256/{}", hex_of(&sha256(&gzip(&base))));
    let blob = files.get_mut(&layer0);
    let mid = blob.len() / 2;
    blob[mid] ^= 0x55;
    let p = write(&r, "flipped.tar", &files.tar());
    let e = one_line_125(&r.run(&["load", "-i", s(&p)]));
    assert!(e.contains("digest mismatch"), "{e}");
    assert!(e.contains(hex_of(&sha256(&gzip(&base)))), "{e}");
    nothing_left(&r, &[], 0);

    // the top layer's gzip header changed: decompresses fine, still not the blob named
    let r = Rcon::empty();
    let mut oci = Oci::new();
    let m = oci.image(&[&base, &top], host_arch(), &["true"]);
    oci.tag(m, "example.com/flipped:2");
    let mut files = oci.finish();
    let top_gz = gzip(&top);
    let blob = files.get_mut(&format!("blobs/sha256/{}", hex_of(&sha256(&top_gz))));
    blob[4] ^= 0x01; // the gzip mtime field
    let p = write(&r, "flipped2.tar", &files.tar());
    let e = one_line_125(&r.run(&["load", "-i", s(&p)]));
    assert!(e.contains("digest mismatch"), "{e}");
    assert!(e.contains(hex_of(&sha256(&top_gz))), "{e}");
    // the busybox layer ingested before the failure is not left behind
    nothing_left(&r, &[], 0);
    assert_eq!(count(&r.root.join("blobs/sha256")), 0);

    // a blob swapped for another well-formed layer: the blob named is what is missing
    let r = Rcon::new();
    let before = image_ids(&r);
    let mut oci = Oci::new();
    let m = oci.image(&[&base, &top], host_arch(), &["true"]);
    oci.tag(m, "example.com/swapped:1");
    let mut files = oci.finish();
    *files.get_mut(&format!("blobs/sha256/{}", hex_of(&sha256(&top_gz)))) =
        gzip(&Tar::new().file("etc/motd", b"swapped\n").bytes());
    let p = write(&r, "swapped.tar", &files.tar());
    let e = one_line_125(&r.run(&["load", "-i", s(&p)]));
    assert!(
        e.contains("digest mismatch") && e.contains(&format!("expected {}", sha256(&top_gz))),
        "{e}"
    );
    // busybox's layer, shared, stays
    nothing_left(&r, &before, 1);

    // a docker-archive whose config's diff_ids do not match its layers
    let r = Rcon::empty();
    let mut ar = docker_archive(&[(&["example.com/liar:1"], &[&base, &top])]);
    let manifest: Value =
        serde_json::from_slice(&ar.0.iter().find(|(n, _)| n == "manifest.json").unwrap().1)
            .unwrap();
    let cfg_name = manifest[0]["Config"].as_str().unwrap().to_string();
    let wrong = sha256(b"not the layer");
    let cfg = image_config(&[sha256(&base), wrong.clone()], host_arch(), &["true"]);
    *ar.get_mut(&cfg_name) = cfg;
    let p = write(&r, "liar.tar", &ar.tar());
    let e = one_line_125(&r.run(&["load", "-i", s(&p)]));
    assert!(e.contains("digest mismatch") && e.contains(&wrong), "{e}");
    nothing_left(&r, &[], 0);

    // and a docker-archive with a flipped byte inside a layer tar
    let r = Rcon::empty();
    let mut ar = docker_archive(&[(&["example.com/bitrot:1"], &[&base, &top])]);
    let name =
        ar.0.iter()
            .find(|(n, d)| n.ends_with("layer.tar") && d.len() > 100_000)
            .unwrap()
            .0
            .clone();
    let layer = ar.get_mut(&name);
    let n = layer.len();
    layer[n / 2] ^= 0x01;
    let p = write(&r, "bitrot.tar", &ar.tar());
    let e = one_line_125(&r.run(&["load", "-i", s(&p)]));
    assert!(
        e.contains("digest mismatch") && e.contains(hex_of(&sha256(&base))),
        "{e}"
    );
    nothing_left(&r, &[], 0);

    // an OCI config blob that is not what the manifest names
    let r = Rcon::empty();
    let mut oci = Oci::new();
    let m = oci.image(&[&top], host_arch(), &["true"]);
    oci.tag(m, "example.com/badcfg:1");
    let mut files = oci.finish();
    let cfg = image_config(&[sha256(&top)], host_arch(), &["true"]);
    let cfg_blob = files.get_mut(&format!("blobs/sha256/{}", hex_of(&sha256(&cfg))));
    let n = cfg_blob.len();
    cfg_blob[n - 3] = b' ';
    let p = write(&r, "badcfg.tar", &files.tar());
    let e = one_line_125(&r.run(&["load", "-i", s(&p)]));
    assert!(
        e.contains("digest mismatch") && e.contains(hex_of(&sha256(&cfg))),
        "{e}"
    );
    nothing_left(&r, &[], 0);
}

#[test]
fn load_of_a_missing_or_truncated_archive_fails_cleanly() {
    let r = Rcon::empty();
    let base = busybox_bytes();
    let ar = docker_archive(&[(&["example.com/cut:1"], &[&base])]).tar();
    let p = write(&r, "cut.tar", &ar[..ar.len() / 2]);
    one_line_125(&r.run(&["load", "-i", s(&p)]));
    nothing_left(&r, &[], 0);
    let e = one_line_125(&r.run(&["load", "-i", "/nonexistent/archive.tar"]));
    assert!(e.contains("/nonexistent/archive.tar"), "{e}");
    // not a tar at all: the parser's complaint would quote the text; still one line
    let e = one_line_125(&r.run(&["load", "-i", "/etc/passwd"]));
    assert!(e.contains("archive"), "{e}");
    let p = write(
        &r,
        "notanarchive.tar",
        &Tar::new().file("hello", b"x").bytes(),
    );
    let e = one_line_125(&r.run(&["load", "-i", s(&p)]));
    assert!(
        e.contains("manifest.json") || e.contains("index.json"),
        "{e}"
    );
    nothing_left(&r, &[], 0);
}

// ---------------------------------------------------------------------------------------
// hostile layers

/// A host directory a hostile layer aims at; it must stay empty.
struct Sentinel(tempfile::TempDir);

impl Sentinel {
    fn new() -> Sentinel {
        Sentinel(
            tempfile::Builder::new()
                .prefix("rcon-esc")
                .tempdir_in("/tmp")
                .unwrap(),
        )
    }
    fn path(&self) -> &str {
        self.0.path().to_str().unwrap()
    }
    #[track_caller]
    fn untouched(&self) {
        assert_eq!(count(self.0.path()), 0, "a layer wrote outside the store");
    }
}

/// Entries that try to get out of the layer and must be refused; the name that each error
/// must carry.
fn rejected_layers() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("../escape", Tar::new().file("../escape", b"x").bytes()),
        (
            "etc/../../escape",
            Tar::new().file("etc/../../escape", b"x").bytes(),
        ),
        (
            "/etc/abs-escape",
            Tar::new().file("/etc/abs-escape", b"x").bytes(),
        ),
        (
            "../../etc/passwd",
            Tar::new()
                .hardlink("etc/stolen", "../../etc/passwd")
                .bytes(),
        ),
        (
            "/etc/shadow",
            Tar::new().hardlink("etc/stolen", "/etc/shadow").bytes(),
        ),
    ]
}

#[test]
fn hostile_import_entries_are_refused_and_leave_nothing() {
    let r = Rcon::empty();
    for (name, extra) in rejected_layers() {
        let p = write(&r, "hostile.tar", &busybox_plus(&extra));
        let e = one_line_125(&r.run(&["import", s(&p), "hostile"]));
        assert!(
            e.contains(&format!("\"{name}\"")),
            "does not name {name}: {e}"
        );
        nothing_left(&r, &[], 0);
    }
    assert!(!Path::new("/escape").exists());
    assert!(!Path::new("/etc/abs-escape").exists());
}

#[test]
fn hostile_load_entries_are_refused_and_leave_nothing() {
    let r = Rcon::empty();
    let base = busybox_bytes();
    for (name, extra) in rejected_layers() {
        // docker-archive: busybox, then the hostile layer
        let ar = docker_archive(&[(&["example.com/hostile:1"], &[&base, &extra])]);
        let p = write(&r, "hostile.tar", &ar.tar());
        let e = one_line_125(&r.run(&["load", "-i", s(&p)]));
        assert!(
            e.contains(&format!("\"{name}\"")),
            "does not name {name}: {e}"
        );
        nothing_left(&r, &[], 0);
        // OCI archive, gzip layers
        let mut oci = Oci::new();
        let m = oci.image(&[&base, &extra], host_arch(), &["true"]);
        oci.tag(m, "example.com/hostile:2");
        let p = write(&r, "hostile-oci.tar", &oci.finish().tar());
        let e = one_line_125(&r.run(&["load", "-i", s(&p)]));
        assert!(
            e.contains(&format!("\"{name}\"")),
            "does not name {name}: {e}"
        );
        nothing_left(&r, &[], 0);
    }
    // an archive member that climbs out of the archive itself
    let mut f = Files::default();
    f.add(
        "manifest.json",
        serde_json::to_vec(
            &json!([{"Config": "c.json", "RepoTags": ["x:1"], "Layers": ["../../../etc/passwd"]}]),
        )
        .unwrap(),
    );
    f.add(
        "c.json",
        image_config(&[sha256(b"")], host_arch(), &["true"]),
    );
    let p = write(&r, "climb.tar", &f.tar());
    one_line_125(&r.run(&["load", "-i", s(&p)]));
    nothing_left(&r, &[], 0);
    // a layer file that is a symlink out of the archive
    let mut f = Files::default();
    f.add(
        "manifest.json",
        serde_json::to_vec(
            &json!([{"Config": "c.json", "RepoTags": ["x:1"], "Layers": ["abc/layer.tar"]}]),
        )
        .unwrap(),
    );
    f.add(
        "c.json",
        image_config(&[sha256(b"")], host_arch(), &["true"]),
    );
    f.symlink("abc/layer.tar", "../../../../etc/passwd");
    let p = write(&r, "symlink-out.tar", &f.tar());
    let e = one_line_125(&r.run(&["load", "-i", s(&p)]));
    assert!(e.contains("abc/layer.tar"), "{e}");
    nothing_left(&r, &[], 0);
    // an OCI layout directory whose blob is a symlink to a host file
    let dir = r.dir.join("layout");
    let mut oci = Oci::new();
    let m = oci.image(
        &[&Tar::new().file("a", b"a").bytes()],
        host_arch(),
        &["true"],
    );
    oci.tag(m, "example.com/symlinked:1");
    let mut files = oci.finish();
    let gz = gzip(&Tar::new().file("a", b"a").bytes());
    let blob = format!("blobs/sha256/{}", hex_of(&sha256(&gz)));
    files.0.retain(|(n, _)| *n != blob);
    files.symlink(&blob, "/etc/passwd");
    files.write_dir(&dir);
    let e = one_line_125(&r.run(&["load", "-i", s(&dir)]));
    assert!(e.contains("symlink"), "{e}");
    nothing_left(&r, &[], 0);
}

/// A 10 KB layer that a tar parser expands to 1 GiB: a GNU sparse member, mostly hole.
fn gnu_sparse_layer() -> Vec<u8> {
    let l = Tar::new()
        .file("etc/hostname", b"sparse\n")
        .gnu_sparse("var/big", &[7u8; 8192], 1 << 30)
        .bytes();
    assert!(l.len() <= 12 << 10, "{}", l.len());
    l
}

/// The same as a PAX sparse file (format 1.0): the member under a made-up name, its real
/// name and size in GNU.sparse.* records, the map ahead of the data.
fn pax_sparse_layer() -> Vec<u8> {
    let mut data = b"1\n0\n8192\n".to_vec();
    data.resize(512, 0);
    data.extend_from_slice(&[7u8; 8192]);
    Tar::new()
        .pax(&[
            ("GNU.sparse.major", b"1"),
            ("GNU.sparse.minor", b"0"),
            ("GNU.sparse.name", b"var/big"),
            ("GNU.sparse.realsize", b"1073741824"),
        ])
        .file("var/GNUSparseFile.0/big", &data)
        .bytes()
}

#[test]
fn sparse_layers_are_refused_and_leave_nothing() {
    let r = Rcon::empty();
    let gnu =
        "layer entry \"var/big\": unhandled tar header type 83: sparse files are not supported";
    let pax = "layer entry \"var/big\": a PAX sparse file (GNU sparse format 1.0): sparse files are not supported";
    for (layer, msg) in [(gnu_sparse_layer(), gnu), (pax_sparse_layer(), pax)] {
        let p = write(&r, "sparse.tar", &layer);
        let e = one_line_125(&r.run(&["import", s(&p), "sparse"]));
        assert!(
            e.starts_with(&format!("Error: layer of the imported tarball: {msg}")),
            "{e}"
        );
        nothing_left(&r, &[], 0);
        let p = write(&r, "sparse.tar.gz", &gzip(&layer));
        one_line_125(&r.run(&["import", s(&p), "sparse"]));
        nothing_left(&r, &[], 0);
    }
    // load: over busybox, as a docker archive and an OCI archive; busybox's layer goes too
    let base = busybox_bytes();
    for (layer, msg) in [(gnu_sparse_layer(), gnu), (pax_sparse_layer(), pax)] {
        let ar = docker_archive(&[(&["example.com/sparse:1"], &[&base, &layer])]);
        let p = write(&r, "sparse-docker.tar", &ar.tar());
        let e = one_line_125(&r.run(&["load", "-i", s(&p)]));
        assert!(e.contains(msg), "{e}");
        nothing_left(&r, &[], 0);
        let mut oci = Oci::new();
        let m = oci.image(&[&base, &layer], host_arch(), &["true"]);
        oci.tag(m, "example.com/sparse:2");
        let p = write(&r, "sparse-oci.tar", &oci.finish().tar());
        let e = one_line_125(&r.run(&["load", "-i", s(&p)]));
        assert!(e.contains(msg), "{e}");
        nothing_left(&r, &[], 0);
    }
}

#[test]
fn decompression_bombs_are_refused_and_zero_filled_files_are_not() {
    let r = Rcon::empty();
    // 400 MiB of zeros in a few KB of zstd: refused once past 128 MiB + 100x its size
    let bomb = zeros_layer("var/bomb", 400 << 20, true);
    assert!(bomb.len() < 64 << 10, "{}", bomb.len());
    let p = write(&r, "bomb.tar.zst", &bomb);
    let e = one_line_125(&r.run(&["import", s(&p), "bomb"]));
    assert!(
        e.starts_with("Error: layer of the imported tarball: layer entry \"var/bomb\" makes the layer write more than "),
        "{e}"
    );
    assert!(
        e.ends_with("compressed bytes (100x plus 128 MiB): refusing it as a decompression bomb"),
        "{e}"
    );
    nothing_left(&r, &[], 0);
    // a 50 MB zero-filled file (50 KB of gzip, 1000:1) is a real image's
    let zeros = zeros_layer("var/zeros", 50_000_000, false);
    assert!(zeros.len() < 100_000, "{}", zeros.len());
    let p = write(&r, "zeros.tar.gz", &zeros);
    r.ok(&["import", s(&p), "zeros"]);
    assert_eq!(image_ids(&r).len(), 1);
    let layer = std::fs::read_dir(r.root.join("layers"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let m = std::fs::metadata(layer.join("diff/var/zeros")).unwrap();
    assert_eq!(m.len(), 50_000_000);
}

/// Entries that are allowed but must stay inside the layer: symlinks aimed out of it,
/// device nodes (skipped), setuid files (kept).
fn contained_layer(sentinel: &Sentinel, unique: &str) -> Vec<u8> {
    let rel = sentinel.path().trim_start_matches('/');
    Tar::new()
        .symlink("evil", "/")
        .file(&format!("evil/etc/{unique}"), b"inside /etc\n")
        .file(&format!("evil/{rel}/{unique}"), b"inside via /\n")
        .symlink("evil2", sentinel.path())
        .file(&format!("evil2/{unique}"), b"inside via abs\n")
        .symlink("up", "../../../../../..")
        .file(&format!("up/tmp/{unique}"), b"inside via up\n")
        .device("etc/chardev", tar::EntryType::Char, 1, 3)
        .device("etc/blockdev", tar::EntryType::Block, 8, 0)
        .file_mode("bin/suid-tool", b"#!/bin/sh\n", 0o4755)
        .file_mode("bin/sgid-tool", b"#!/bin/sh\n", 0o2755)
        .hardlink("bin/suid-link", "bin/suid-tool")
        .bytes()
}

#[track_caller]
fn check_contained(r: &Rcon, image: &str, sentinel: &Sentinel, unique: &str) {
    sentinel.untouched();
    assert!(!Path::new("/etc").join(unique).exists());
    assert!(!Path::new("/tmp").join(unique).exists());
    let script = format!(
        "cat /etc/{unique} {sentinel}/{unique} /tmp/{unique}; \
         for d in /etc/chardev /etc/blockdev; do test -e $d && echo $d exists; done; \
         stat -c '%a %h %n' /bin/suid-tool /bin/sgid-tool /bin/suid-link",
        sentinel = sentinel.path()
    );
    let out = r.ok(&["run", "--rm", image, "sh", "-c", &script]);
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        vec![
            "inside /etc",
            "inside via abs",
            "inside via up",
            "4755 2 /bin/suid-tool",
            "2755 1 /bin/sgid-tool",
            "4755 2 /bin/suid-link"
        ],
        "{out}"
    );
    // "inside via /" was overwritten by "inside via abs": both named the same layer path
    sentinel.untouched();
}

#[test]
fn hostile_import_symlinks_devices_and_setuid_stay_inside() {
    let r = Rcon::new();
    let sentinel = Sentinel::new();
    let unique = format!("pwned-{}-import", std::process::id());
    let p = write(
        &r,
        "contained.tar",
        &busybox_plus(&contained_layer(&sentinel, &unique)),
    );
    r.ok(&["import", s(&p), "contained"]);
    check_contained(&r, "contained", &sentinel, &unique);
}

#[test]
fn hostile_load_symlinks_devices_and_setuid_stay_inside() {
    let r = Rcon::new();
    let sentinel = Sentinel::new();
    let unique = format!("pwned-{}-load", std::process::id());
    let extra = contained_layer(&sentinel, &unique);
    let ar = docker_archive(&[(&["example.com/contained:1"], &[&busybox_bytes(), &extra])]);
    let p = write(&r, "contained.tar", &ar.tar());
    r.ok(&["load", "-i", s(&p)]);
    check_contained(&r, "example.com/contained:1", &sentinel, &unique);
}

// ---------------------------------------------------------------------------------------
// images

#[test]
fn images_table_quiet_no_trunc_digests_and_filter() {
    let r = Rcon::new();
    r.ok(&["tag", "busybox", "second", "quay.io/me/app:v1"]);
    r.ok(&["import", s(busybox_tar()), "other"]);
    let out = r.ok(&["images"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 5, "{out}");
    let header = lines[0];
    let cols: Vec<&str> = header
        .split("  ")
        .filter(|c| !c.is_empty())
        .map(str::trim)
        .collect();
    assert_eq!(
        cols,
        vec!["REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"]
    );
    // every column starts where its header does
    let starts: Vec<usize> = cols.iter().map(|c| header.find(c).unwrap()).collect();
    for row in &lines[1..] {
        for &st in &starts[1..] {
            assert!(
                row.as_bytes()[st - 1] == b' ' && row.as_bytes()[st] != b' ',
                "misaligned at {st}:\n{header}\n{row}"
            );
        }
    }
    let bb_id = r
        .ok(&["image", "inspect", "--format", "{{.Id}}", "busybox"])
        .trim()
        .to_string();
    let rows: Vec<Vec<&str>> = lines[1..]
        .iter()
        .map(|l| {
            l.split("  ")
                .filter(|c| !c.is_empty())
                .map(str::trim)
                .collect()
        })
        .collect();
    for (repo, tag) in [
        ("localhost/busybox", "latest"),
        ("localhost/second", "latest"),
        ("quay.io/me/app", "v1"),
        ("localhost/other", "latest"),
    ] {
        let row = rows
            .iter()
            .find(|r| r[0] == repo)
            .unwrap_or_else(|| panic!("{repo} missing:\n{out}"));
        assert_eq!(row[1], tag);
        assert_eq!(row[2].len(), 12);
        assert!(row[4].ends_with("MB"), "{row:?}");
        if repo != "localhost/other" {
            assert_eq!(row[2], &bb_id[..12]);
        }
    }

    // -q: one id per image, not per name
    let q = r.ok(&["images", "-q"]);
    let ids: Vec<&str> = q.lines().collect();
    assert_eq!(ids.len(), 2, "{q}");
    assert!(ids.contains(&&bb_id[..12]));
    let q = r.ok(&["images", "-q", "--no-trunc"]);
    assert!(q.lines().any(|l| l == format!("sha256:{bb_id}")), "{q}");
    let full = r.ok(&["images", "--no-trunc"]);
    assert!(full.contains(&format!("sha256:{bb_id}")), "{full}");

    // --digests adds the manifest digest column
    let digest = r
        .ok(&["image", "inspect", "--format", "{{.Digest}}", "busybox"])
        .trim()
        .to_string();
    let out = r.ok(&["images", "--digests", "other"]);
    let lines: Vec<&str> = out.lines().collect();
    let cols: Vec<&str> = lines[0]
        .split("  ")
        .filter(|c| !c.is_empty())
        .map(str::trim)
        .collect();
    assert_eq!(
        cols,
        vec!["REPOSITORY", "TAG", "DIGEST", "IMAGE ID", "CREATED", "SIZE"]
    );
    assert_eq!(lines.len(), 2, "{out}");
    assert!(!lines[1].contains(&digest), "{out}");
    let other_digest = r
        .ok(&["image", "inspect", "--format", "{{.Digest}}", "other"])
        .trim()
        .to_string();
    assert!(lines[1].contains(&other_digest), "{out}");
    // as podman, a reference lists every name of the image it matches
    let out = r.ok(&["images", "--digests", "busybox"]);
    assert_eq!(out.lines().count(), 4, "{out}");
    assert!(out.lines().skip(1).all(|l| l.contains(&digest)), "{out}");

    // a reference argument filters, by short name, full name or id
    for reference in [
        "busybox",
        "localhost/busybox:latest",
        &bb_id[..12],
        "quay.io/me/app:v1",
    ] {
        let out = r.ok(&["images", "--format", "{{.ID}}", reference]);
        let ids: std::collections::HashSet<&str> = out.lines().collect();
        assert_eq!(ids.len(), 1, "{reference}: {out}");
        assert!(ids.contains(&bb_id[..12]), "{reference}: {out}");
    }
    assert_eq!(
        r.ok(&["images", "--format", "{{.Repository}}:{{.Tag}}", "other"]),
        "localhost/other:latest\n"
    );
    let out = r.ok(&["images", "no-such-image"]);
    assert_eq!(out.lines().count(), 1, "only the header: {out}");
}

#[test]
fn images_json_has_podmans_keys() {
    let r = Rcon::new();
    r.ok(&[
        "import",
        "--change",
        "LABEL tier=base",
        s(busybox_tar()),
        "labelled",
    ]);
    r.ok(&["create", "--name", "user1", "labelled", "true"]);
    r.ok(&["tag", "labelled", "alias"]);
    let v = json_of(&r.ok(&["images", "--format", "json"]));
    let arr = v.as_array().unwrap();
    assert_eq!(arr.len(), 2, "one entry per image, not per name: {v}");
    let bb_id = r
        .ok(&["image", "inspect", "--format", "{{.Id}}", "busybox"])
        .trim()
        .to_string();
    let bb = arr.iter().find(|i| i["Id"] == bb_id.as_str()).unwrap();
    assert_eq!(bb["RepoTags"], json!(["localhost/busybox:latest"]));
    assert_eq!(bb["Names"], json!(["localhost/busybox:latest"]));
    let digest = bb["Digest"].as_str().unwrap();
    assert!(
        digest.starts_with("sha256:") && digest.len() == 71,
        "{digest}"
    );
    assert_eq!(
        bb["RepoDigests"],
        json!([format!("localhost/busybox@{digest}")])
    );
    assert!(bb["Size"].as_u64().unwrap() > 1_000_000, "{bb}");
    let created = bb["Created"].as_i64().unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    assert!(
        (now - created).abs() < 600,
        "Created is a unix time: {created}"
    );
    assert_eq!(bb["Containers"], 0);
    // the image's labels and the containers using it
    let l = arr.iter().find(|i| i["Id"] != bb_id.as_str()).unwrap();
    assert_eq!(
        l["RepoTags"],
        json!(["localhost/labelled:latest", "localhost/alias:latest"])
    );
    assert_eq!(l["Labels"], json!({"tier": "base"}));
    assert_eq!(l["Containers"], 1);
}

// ---------------------------------------------------------------------------------------
// tag / untag / rmi / prune

fn names(r: &Rcon, image: &str) -> Vec<String> {
    let v = json_of(&r.ok(&["image", "inspect", image]));
    v[0]["RepoTags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn tag_untag_and_names_moving_between_images() {
    let r = Rcon::new();
    let bb = r
        .ok(&["image", "inspect", "--format", "{{.Id}}", "busybox"])
        .trim()
        .to_string();
    r.ok(&["tag", "busybox", "mine", "quay.io/me/app:v1", "me/tool:2"]);
    assert_eq!(
        names(&r, "busybox"),
        vec![
            "localhost/busybox:latest",
            "localhost/mine:latest",
            "quay.io/me/app:v1",
            "localhost/me/tool:2"
        ]
    );
    for n in ["mine", "localhost/mine", "quay.io/me/app:v1", "me/tool:2"] {
        assert_eq!(
            r.ok(&["image", "inspect", "--format", "{{.Id}}", n]).trim(),
            bb,
            "{n}"
        );
    }
    // a second image takes the name
    r.ok(&["import", s(busybox_tar()), "other"]);
    r.ok(&["tag", "other", "mine"]);
    assert!(!names(&r, "busybox").contains(&"localhost/mine:latest".to_string()));
    assert_eq!(
        names(&r, "other"),
        vec!["localhost/other:latest", "localhost/mine:latest"]
    );
    assert_ne!(
        r.ok(&["image", "inspect", "--format", "{{.Id}}", "mine"])
            .trim(),
        bb
    );
    // untag one name; a name with a similar ending is not touched
    r.ok(&["tag", "busybox", "notmine"]);
    r.ok(&["untag", "other", "mine"]);
    assert_eq!(names(&r, "other"), vec!["localhost/other:latest"]);
    r.ok(&["tag", "other", "mine"]);
    let e = r.fails(125, &["untag", "busybox", "mine"]);
    assert!(e.contains("mine"), "{e}");
    assert!(names(&r, "busybox").contains(&"localhost/notmine:latest".to_string()));
    r.ok(&["untag", "busybox", "quay.io/me/app:v1"]);
    assert!(!names(&r, "busybox").contains(&"quay.io/me/app:v1".to_string()));
    // untag without names removes them all: the image stays, as <none>
    r.ok(&["untag", &bb]);
    assert_eq!(names(&r, &bb), Vec::<String>::new());
    assert_eq!(
        r.ok(&[
            "images",
            "--format",
            "{{.Repository}}:{{.Tag}} {{.ID}}",
            &bb
        ])
        .trim(),
        format!("<none>:<none> {}", &bb[..12])
    );
    // errors
    let e = one_line_125(&r.run(&["tag", "nope", "x"]));
    assert!(e.contains("nope"), "{e}");
    let e = one_line_125(&r.run(&["tag", "other", "Bad/Name"]));
    assert!(e.contains("Bad/Name"), "{e}");
    // a digest is not a name one can give (podman: "tag by digest not supported"); the
    // good name before it is not given either
    let digest = format!("sha256:{}", "1".repeat(64));
    let e = one_line_125(&r.run(&["tag", "other", "fine", &format!("foo@{digest}")]));
    assert!(e.contains("digest"), "{e}");
    assert_eq!(
        names(&r, "other"),
        vec!["localhost/other:latest", "localhost/mine:latest"]
    );
    // the `image` group spells the same verbs
    r.ok(&["image", "tag", "other", "grouped"]);
    assert!(r
        .ok(&["image", "ls", "--format", "{{.Repository}}"])
        .contains("localhost/grouped"));
    assert!(r.ok(&["image", "list", "-q"]).contains(&bb[..12]));
    r.ok(&["image", "untag", "other", "grouped"]);
    assert_eq!(
        r.ok(&["image", "rm", "other"]).trim(),
        "Untagged: localhost/other:latest"
    );
}

#[test]
fn rmi_untags_refuses_images_in_use_and_removes_unused_layers() {
    let r = Rcon::new();
    let bb = r
        .ok(&["image", "inspect", "--format", "{{.Id}}", "busybox"])
        .trim()
        .to_string();
    // a name of an image with two names: untag only
    r.ok(&["tag", "busybox", "alias"]);
    assert_eq!(
        r.ok(&["rmi", "alias"]).trim(),
        "Untagged: localhost/alias:latest"
    );
    assert_eq!(names(&r, "busybox"), vec!["localhost/busybox:latest"]);
    assert_eq!(layers(&r), 1);
    // by id with several names: refused without -f
    r.ok(&["tag", "busybox", "alias"]);
    one_line_125(&r.run(&["rmi", &bb[..12]]));
    r.ok(&["untag", "busybox", "alias"]);

    // a layered image on top of busybox: its removal drops its own layer only
    let ar = docker_archive(&[(
        &["example.com/layered:v1"],
        &[&busybox_bytes(), &upper_layer()],
    )]);
    let p = write(&r, "layered.tar", &ar.tar());
    r.ok(&["load", "-i", s(&p)]);
    assert_eq!(layers(&r), 2);
    let blobs_before = count(&r.root.join("blobs/sha256"));

    // in use by an exited container: refused, naming it (podman's exit 2)
    r.ok(&["run", "--name", "ran", "example.com/layered:v1", "true"]);
    let e = one_line(&r.run(&["rmi", "example.com/layered:v1"]), 2);
    assert!(e.contains("ran"), "{e}");
    r.ok(&["rm", "ran"]);
    // by a created one
    r.ok(&["create", "--name", "holder", "example.com/layered:v1"]);
    let e = one_line(&r.run(&["rmi", "example.com/layered:v1"]), 2);
    assert!(e.contains("holder"), "{e}");
    assert_eq!(layers(&r), 2);
    // -f removes the containers too, a running one included
    r.ok(&[
        "run",
        "-d",
        "--name",
        "runner",
        "example.com/layered:v1",
        "sleep",
        "100",
    ]);
    let out = r.ok(&["rmi", "-f", "example.com/layered:v1"]);
    assert!(out.contains("Untagged: example.com/layered:v1"), "{out}");
    assert!(out.lines().any(|l| l.starts_with("Deleted: ")), "{out}");
    assert_eq!(r.ok(&["ps", "-a", "-q"]), "");
    assert_eq!(layers(&r), 1, "the shared busybox layer is kept");
    assert!(count(&r.root.join("blobs/sha256")) < blobs_before);
    assert_eq!(
        r.ok(&["run", "--rm", "busybox", "echo", "still works"]),
        "still works\n"
    );

    // two images on one layer: the layer goes with the last
    r.ok(&["import", s(busybox_tar()), "twin"]);
    r.ok(&["rmi", "twin"]);
    assert_eq!(layers(&r), 1);
    let out = r.ok(&["rmi", "busybox"]);
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        vec![
            "Untagged: localhost/busybox:latest".to_string(),
            format!("Deleted: {bb}")
        ]
    );
    assert_eq!(layers(&r), 0);
    assert_eq!(count(&r.root.join("blobs/sha256")), 0);
    // a missing image: podman's wording and exit 1
    let e = one_line(&r.run(&["rmi", "busybox"]), 1);
    assert_eq!(e, "Error: busybox: image not known");
}

#[test]
fn rmi_all_and_image_prune() {
    let r = Rcon::new();
    // an unnamed image, one unnamed image in use, and a named one
    let unnamed = r.ok(&["import", s(busybox_tar())]).trim().to_string();
    let used = r
        .ok(&["import", "--change", "CMD [\"true\"]", s(busybox_tar())])
        .trim()
        .to_string();
    r.ok(&["create", "--name", "keeper", &used]);
    let out = r.ok(&["images", "--format", "{{.Repository}}:{{.Tag}}"]);
    assert_eq!(
        out.lines().filter(|l| *l == "<none>:<none>").count(),
        2,
        "{out}"
    );

    let out = r.ok(&["image", "prune", "-f"]);
    assert_eq!(out.trim(), hex_of(&unnamed), "{out}");
    let left = image_ids(&r);
    assert_eq!(left.len(), 2);
    assert!(left.contains(&used));
    assert!(!left.contains(&unnamed));
    assert_eq!(r.ok(&["image", "prune", "-f"]), "");

    // rmi -a: refused for the image in use (naming the container), the rest goes
    let out = r.run(&["rmi", "-a"]);
    let e = one_line(&out, 2);
    assert!(e.contains("keeper"), "{e}");
    assert_eq!(image_ids(&r), vec![used.clone()]);
    r.ok(&["rmi", "-a", "-f"]);
    assert_eq!(image_ids(&r), Vec::<String>::new());
    assert_eq!(r.ok(&["ps", "-a", "-q"]), "");
    assert_eq!(layers(&r), 0);
    assert_eq!(r.ok(&["images"]).lines().count(), 1);
}

// ---------------------------------------------------------------------------------------
// inspect

#[test]
fn image_inspect_is_podman_shaped() {
    let r = Rcon::new();
    r.ok(&[
        "import",
        "--change",
        "CMD [\"/bin/sh\", \"-c\", \"echo hi\"]",
        "--change",
        "ENV A=1",
        "--change",
        "LABEL a=b",
        "--change",
        "LABEL c=d",
        s(busybox_tar()),
        "inspected",
    ]);
    for cmd in [
        &["image", "inspect"][..],
        &["inspect"][..],
        &["inspect", "--type", "image"][..],
    ] {
        let mut args = cmd.to_vec();
        args.push("inspected");
        let v = json_of(&r.ok(&args));
        assert_eq!(v.as_array().unwrap().len(), 1);
        let i = &v[0];
        let id = i["Id"].as_str().unwrap();
        assert_eq!(id.len(), 64, "{i}");
        assert!(i["Digest"].as_str().unwrap().starts_with("sha256:"));
        assert_eq!(i["RepoTags"], json!(["localhost/inspected:latest"]));
        assert_eq!(
            i["RepoDigests"],
            json!([format!(
                "localhost/inspected@{}",
                i["Digest"].as_str().unwrap()
            )])
        );
        assert!(i["Created"].as_str().unwrap().contains('T'), "{i}");
        assert_eq!(i["Config"]["Cmd"], json!(["/bin/sh", "-c", "echo hi"]));
        assert_eq!(i["Config"]["Env"], json!(["A=1"]));
        assert_eq!(i["Architecture"], host_arch());
        assert_eq!(i["Os"], "linux");
        assert!(i["Size"].as_u64().unwrap() > 1_000_000);
        assert_eq!(i["RootFS"]["Type"], "layers");
        assert_eq!(i["RootFS"]["Layers"], json!([sha256(&busybox_bytes())]));
    }
    assert_eq!(
        r.ok(&[
            "image",
            "inspect",
            "--format",
            "{{.Config.Cmd}}",
            "inspected"
        ]),
        "[/bin/sh -c echo hi]\n"
    );
    assert_eq!(
        r.ok(&[
            "inspect",
            "--format",
            "{{json .Config.Labels}}",
            "inspected"
        ]),
        "{\"a\":\"b\",\"c\":\"d\"}\n"
    );
    assert_eq!(
        r.ok(&[
            "image",
            "inspect",
            "--format",
            "{{.Os}}/{{.Architecture}}",
            "inspected",
            "busybox"
        ]),
        format!("linux/{0}\nlinux/{0}\n", host_arch())
    );
    // a container and an image of the same name: inspect --type image picks the image
    r.ok(&["create", "--name", "inspected", "busybox"]);
    let v = json_of(&r.ok(&["inspect", "--type", "image", "inspected"]));
    assert_eq!(v[0]["RepoTags"], json!(["localhost/inspected:latest"]));
    // unknown image: 125, named
    let e = one_line_125(&r.run(&["image", "inspect", "nope"]));
    assert!(e.contains("nope"), "{e}");
}

// ---------------------------------------------------------------------------------------
// concurrency

#[test]
fn parallel_imports_and_loads_share_one_layer() {
    let r = Rcon::empty();
    let gz = write(&r, "rootfs.tar.gz", &gzip(&busybox_bytes()));
    let upper = upper_layer();
    let ar = docker_archive(&[(&["example.com/par:1"], &[&busybox_bytes(), &upper])]);
    let archive = write(&r, "par.tar", &ar.tar());
    let mut children = vec![];
    for i in 0..3 {
        let name = format!("par{i}");
        children.push(
            r.cmd(&["import", s(&gz), &name])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap(),
        );
        children.push(
            r.cmd(&["load", "-i", s(&archive)])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap(),
        );
    }
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    // three imports (three ids) and one loaded image; busybox's layer and the upper one
    assert_eq!(image_ids(&r).len(), 4);
    assert_eq!(layers(&r), 2);
    assert_eq!(tmp_entries(&r), Vec::<String>::new());
    assert_eq!(
        r.ok(&["run", "--rm", "example.com/par:1", "cat", "/etc/added"]),
        "from the upper layer\n"
    );
    assert!(r
        .ok(&["run", "--rm", "par2", "cat", "/etc/passwd"])
        .starts_with("root:"));
}

#[test]
fn save_and_load_round_trip_docker_and_oci() {
    let r = Rcon::new();
    r.ok(&["tag", "busybox", "example.com/app:2"]);
    let id = r
        .ok(&["images", "-q", "--no-trunc", "busybox"])
        .trim()
        .trim_start_matches("sha256:")
        .to_string();
    let docker = r.dir.join("img.tar");
    let oci = r.dir.join("img-oci.tar");
    r.ok(&["save", "-o", docker.to_str().unwrap(), "example.com/app:2"]);
    r.ok(&[
        "save",
        "--format",
        "oci-archive",
        "-o",
        oci.to_str().unwrap(),
        "example.com/app:2",
    ]);
    // an independent reader sees the image in both
    for (kind, p) in [("docker-archive", &docker), ("oci-archive", &oci)] {
        let out = std::process::Command::new("skopeo")
            .args(["inspect", "--format", "{{.Os}}/{{len .Layers}}"])
            .arg(format!("{kind}:{}", p.display()))
            .output()
            .unwrap();
        assert!(out.status.success(), "skopeo {kind}: {}", stderr(&out));
        assert_eq!(stdout(&out).trim(), "linux/1", "{kind}");
    }
    // loaded into a fresh store: the same image id, names, and it runs
    for p in [&docker, &oci] {
        let fresh = Rcon::empty();
        let out = fresh.ok(&["load", "-i", p.to_str().unwrap()]);
        assert!(out.contains("example.com/app:2"), "{out}");
        assert_eq!(
            fresh
                .ok(&["images", "-q", "--no-trunc"])
                .trim()
                .trim_start_matches("sha256:"),
            id
        );
        assert_eq!(
            fresh.ok(&["run", "--rm", "example.com/app:2", "echo", "round trip"]),
            "round trip\n"
        );
    }
    // to stdout when it is not a terminal; several images need -m in a docker-archive
    let out = r.run(&["save", "busybox"]);
    assert!(out.status.success());
    assert!(out.stdout.len() > 1_000_000);
    let e = r.fails(
        125,
        &["save", "-o", "/dev/null", "busybox", "example.com/app:2"],
    );
    assert!(e.contains("--multi-image-archive"), "{e}");
    let e = r.fails(
        125,
        &["save", "--format", "tarball", "-o", "x.tar", "busybox"],
    );
    assert!(e.contains("unsupported save format"), "{e}");
    let e = r.fails(
        125,
        &[
            "save",
            "-o",
            r.dir.join("none.tar").to_str().unwrap(),
            "nosuch",
        ],
    );
    assert!(e.contains("image not known"), "{e}");
    assert!(!r.dir.join("none.tar").exists());
}

#[test]
fn save_into_oci_and_docker_directories() {
    let r = Rcon::new();
    // busybox is stored as an uncompressed tar; in a store of its own (a layer is stored once,
    // as it first came), the same gzipped
    let g = Rcon::empty();
    let gz = g.dir.join("bb.tar.gz");
    std::fs::write(&gz, gzip(&std::fs::read(busybox_tar()).unwrap())).unwrap();
    g.ok(&["import", gz.to_str().unwrap(), "localhost/gz:1"]);
    let d = |n: &str| r.dir.join(n).display().to_string();
    let raw = |kind: &str, dir: &str| -> serde_json::Value {
        let out = std::process::Command::new("skopeo")
            .args(["inspect", "--raw"])
            .arg(format!("{kind}:{dir}"))
            .output()
            .unwrap();
        assert!(out.status.success(), "skopeo {kind}: {}", stderr(&out));
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let layer_media =
        |v: &serde_json::Value| v["layers"][0]["mediaType"].as_str().unwrap().to_string();

    // an OCI layout, layers as stored or uncompressed
    g.ok(&[
        "save",
        "--format",
        "oci-dir",
        "-o",
        &d("oci"),
        "localhost/gz:1",
    ]);
    assert_eq!(
        layer_media(&raw("oci", &d("oci"))),
        "application/vnd.oci.image.layer.v1.tar+gzip"
    );
    g.ok(&[
        "save",
        "--format",
        "oci-dir",
        "--uncompressed",
        "-o",
        &d("oci-plain"),
        "localhost/gz:1",
    ]);
    assert_eq!(
        layer_media(&raw("oci", &d("oci-plain"))),
        "application/vnd.oci.image.layer.v1.tar"
    );
    // containers/image's dir: format, with a Docker manifest; --compress gzips
    r.ok(&["save", "--format", "docker-dir", "-o", &d("dir"), "busybox"]);
    let m = raw("dir", &d("dir"));
    assert_eq!(
        m["mediaType"],
        "application/vnd.docker.distribution.manifest.v2+json"
    );
    assert_eq!(
        layer_media(&m),
        "application/vnd.docker.image.rootfs.diff.tar"
    );
    r.ok(&[
        "save",
        "--format",
        "docker-dir",
        "--compress",
        "-o",
        &d("dir-gz"),
        "busybox",
    ]);
    assert_eq!(
        layer_media(&raw("dir", &d("dir-gz"))),
        "application/vnd.docker.image.rootfs.diff.tar.gzip"
    );

    // each loads into a fresh store as the same image (its config is unchanged) and runs
    let id = g.ok(&["images", "-q", "--no-trunc", "localhost/gz:1"]);
    for layout in [d("oci"), d("oci-plain")] {
        let fresh = Rcon::empty();
        fresh.ok(&["load", "-i", &layout]);
        assert_eq!(fresh.ok(&["images", "-q", "--no-trunc"]), id);
        assert_eq!(
            fresh.ok(&["run", "--rm", "localhost/gz:1", "echo", "ok"]),
            "ok\n"
        );
    }
    // the dir: format names the image's own config; skopeo copies it (converting its
    // manifest, which gives it a new config digest) to a layout that loads and runs
    let bb = r.ok(&["images", "-q", "--no-trunc", "busybox"]);
    assert_eq!(raw("dir", &d("dir-gz"))["config"]["digest"], bb.trim());
    let copied = d("copied");
    let out = std::process::Command::new("skopeo")
        .arg("copy")
        .arg(format!("dir:{}", d("dir-gz")))
        .arg(format!("oci:{copied}:latest"))
        .output()
        .unwrap();
    assert!(out.status.success(), "skopeo copy: {}", stderr(&out));
    let fresh = Rcon::empty();
    fresh.ok(&["load", "-i", &copied]);
    let loaded = fresh.ok(&["images", "-q"]);
    assert_eq!(
        fresh.ok(&["run", "--rm", loaded.trim(), "echo", "from dir"]),
        "from dir\n"
    );

    // refusals, and nothing left behind by them
    r.ok(&["tag", "busybox", "localhost/other:1"]);
    let e = r.fails(
        125,
        &["save", "--format", "oci-dir", "-o", &d("oci"), "busybox"],
    );
    assert!(e.contains("already exists"), "{e}");
    let e = r.fails(
        125,
        &[
            "save",
            "--format",
            "oci-dir",
            "-o",
            &d("two"),
            "busybox",
            "localhost/other:1",
        ],
    );
    assert!(e.contains("holds one image"), "{e}");
    let e = r.fails(
        125,
        &[
            "save",
            "--format",
            "oci-dir",
            "--compress",
            "-o",
            &d("c"),
            "busybox",
        ],
    );
    assert!(e.contains("docker-dir only"), "{e}");
    let e = r.fails(
        125,
        &["save", "--uncompressed", "-o", &d("u.tar"), "busybox"],
    );
    assert!(e.contains("oci-dir and docker-dir only"), "{e}");
    let e = r.fails(
        125,
        &["save", "--format", "docker-dir", "-o", &d("none"), "nosuch"],
    );
    assert!(e.contains("image not known"), "{e}");
    let left: Vec<_> = std::fs::read_dir(&r.dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.starts_with('.') || ["two", "c", "u.tar", "none"].contains(&n.as_str()))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn names_resolve_through_the_index_and_past_a_stale_one() {
    let r = Rcon::new();
    let one = write(&r, "one.tar", &Tar::new().file("f", b"one\n").bytes());
    let two = write(&r, "two.tar", &Tar::new().file("f", b"two\n").bytes());
    let id_one = r.ok(&["import", "-q", s(&one), "one"]).trim().to_string();
    let id_two = r.ok(&["import", "-q", s(&two), "two"]).trim().to_string();
    let id_of = |name: &str| {
        r.ok(&["image", "inspect", "--format", "{{.Id}}", name])
            .trim()
            .trim_start_matches("sha256:")
            .to_string()
    };
    let index = r.root.join("images/.index");
    let indexed = |name: &str, id: &str| -> bool {
        let v: Value = serde_json::from_slice(&std::fs::read(&index).unwrap()).unwrap();
        v.as_array().unwrap().iter().any(|e| {
            e["id"] == id.trim_start_matches("sha256:")
                && e["names"].as_array().unwrap().iter().any(|n| n == name)
        })
    };
    assert!(indexed("localhost/one:latest", &id_one));
    assert_eq!(id_of("one"), id_one.trim_start_matches("sha256:"));
    // tag moves a name: the index follows
    r.ok(&["tag", "one", "moving"]);
    r.ok(&["tag", "two", "moving"]);
    assert!(indexed("localhost/moving:latest", &id_two));
    assert_eq!(id_of("moving"), id_two.trim_start_matches("sha256:"));
    // a crash between a record's write and the index's: the index is missing a name, or
    // names the wrong image; lookups read the records then, and put the index right
    std::fs::write(&index, "[]").unwrap();
    assert_eq!(id_of("two"), id_two.trim_start_matches("sha256:"));
    assert!(indexed("localhost/two:latest", &id_two));
    let wrong = format!(
        r#"[{{"id":"{}","names":["localhost/two:latest"],"digest":""}}]"#,
        id_one.trim_start_matches("sha256:")
    );
    std::fs::write(&index, wrong).unwrap();
    assert_eq!(id_of("two"), id_two.trim_start_matches("sha256:"));
    assert!(indexed("localhost/two:latest", &id_two));
    // rmi takes the names out
    r.ok(&["rmi", "one"]);
    assert!(!indexed("localhost/one:latest", &id_one));
    r.fails(125, &["image", "inspect", "one"]);
}
