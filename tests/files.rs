//! Files in and out of containers: `cp` (destination rules, tar streams, symlink safety),
//! `export` and `diff`, with docker/podman semantics.

mod common;
use common::*;
use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

/// A host tree to copy: dir/{f (0751), sub/ (0700), sub/g, l -> f}, and a plain file.
fn host_tree(r: &Rcon) -> (PathBuf, PathBuf) {
    let src = r.dir.join("src");
    let dir = src.join("dir");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("f"), "eff\n").unwrap();
    chmod(&dir.join("f"), 0o751);
    std::fs::write(dir.join("sub/g"), "gee\n").unwrap();
    chmod(&dir.join("sub/g"), 0o644);
    chmod(&dir.join("sub"), 0o700);
    chmod(&dir, 0o755);
    std::os::unix::fs::symlink("f", dir.join("l")).unwrap();
    let file = src.join("file.txt");
    std::fs::write(&file, "file contents\n").unwrap();
    chmod(&file, 0o640);
    (dir, file)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// `stat` of paths inside a running container: "MODE TYPE NAME" lines.
fn ctr_stat(r: &Rcon, ctr: &str, paths: &[&str]) -> Vec<String> {
    let mut args = vec!["exec", ctr, "stat", "-c", "%a %F %n"];
    args.extend_from_slice(paths);
    r.ok(&args).lines().map(str::to_string).collect()
}

fn mode(p: &Path) -> u32 {
    std::fs::symlink_metadata(p).unwrap().permissions().mode() & 0o7777
}

/// Assert a failed rcon call exited 125 and said why in one line naming `what`.
#[track_caller]
fn fails_with_one_line(r: &Rcon, args: &[&str], what: &str) {
    let err = r.fails(125, args);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 1, "rcon {args:?}: expected one line:\n{err}");
    assert!(
        lines[0].starts_with("Error: ") && lines[0].contains(what),
        "rcon {args:?}: expected an error naming {what:?}, got {err:?}"
    );
}

#[test]
fn cp_into_a_running_container_follows_the_destination_rules() {
    let r = Rcon::new();
    let (dir, file) = host_tree(&r);
    r.ok(&["run", "-d", "--name", "c", "busybox", "sleep", "1000"]);
    r.ok(&["exec", "c", "mkdir", "-p", "/dst/existing"]);
    // a file into an existing directory keeps its name; to a new path it takes that name
    r.ok(&["cp", s(&file), "c:/dst/existing"]);
    r.ok(&["cp", s(&file), "c:/dst/renamed.txt"]);
    // a relative container path is taken from /
    r.ok(&["cp", s(&file), "c:dst/relative.txt"]);
    // a directory into an existing directory, and to a new name
    r.ok(&["cp", s(&dir), "c:/dst/existing"]);
    r.ok(&["cp", s(&dir), "c:/dst/newdir"]);
    // DIR/. copies the contents, into a new or an existing directory
    r.ok(&["cp", &format!("{}/.", s(&dir)), "c:/dst/contents"]);
    r.ok(&["cp", &format!("{}/.", s(&dir)), "c:/dst/existing"]);
    // an existing file is overwritten
    std::fs::write(r.dir.join("new.txt"), "new\n").unwrap();
    chmod(&r.dir.join("new.txt"), 0o644);
    r.ok(&["cp", s(&r.dir.join("new.txt")), "c:/dst/renamed.txt"]);

    assert_eq!(
        ctr_stat(
            &r,
            "c",
            &[
                "/dst/existing/file.txt",
                "/dst/renamed.txt",
                "/dst/relative.txt",
                "/dst/existing/dir",
                "/dst/existing/dir/f",
                "/dst/existing/dir/sub",
                "/dst/existing/dir/sub/g",
                "/dst/existing/dir/l",
                "/dst/newdir/f",
                "/dst/newdir/sub/g",
                "/dst/newdir/l",
                "/dst/contents/f",
                "/dst/contents/sub",
                "/dst/contents/l",
                "/dst/existing/f",
            ]
        ),
        vec![
            "640 regular file /dst/existing/file.txt",
            "644 regular file /dst/renamed.txt",
            "640 regular file /dst/relative.txt",
            "755 directory /dst/existing/dir",
            "751 regular file /dst/existing/dir/f",
            "700 directory /dst/existing/dir/sub",
            "644 regular file /dst/existing/dir/sub/g",
            "777 symbolic link /dst/existing/dir/l",
            "751 regular file /dst/newdir/f",
            "644 regular file /dst/newdir/sub/g",
            "777 symbolic link /dst/newdir/l",
            "751 regular file /dst/contents/f",
            "700 directory /dst/contents/sub",
            "777 symbolic link /dst/contents/l",
            "751 regular file /dst/existing/f",
        ]
    );
    assert_eq!(r.ok(&["exec", "c", "cat", "/dst/renamed.txt"]), "new\n");
    assert_eq!(r.ok(&["exec", "c", "cat", "/dst/newdir/sub/g"]), "gee\n");
    assert_eq!(r.ok(&["exec", "c", "readlink", "/dst/newdir/l"]), "f\n");
    // nothing else was created: no dir/ inside the contents copy, no temporary leftovers
    assert_eq!(
        r.ok(&["exec", "c", "ls", "-A", "/dst/contents"]),
        "f\nl\nsub\n"
    );
    assert_eq!(
        r.ok(&["exec", "c", "ls", "-A", "/dst"]),
        "contents\nexisting\nnewdir\nrelative.txt\nrenamed.txt\n"
    );
}

#[test]
fn cp_out_of_a_running_container_follows_the_destination_rules() {
    let r = Rcon::new();
    r.ok(&["run", "-d", "--name", "c", "busybox", "sleep", "1000"]);
    r.ok(&[
        "exec",
        "c",
        "sh",
        "-c",
        "mkdir -p /data/sub && echo a > /data/a && chmod 604 /data/a && chmod 710 /data/sub \
         && echo b > /data/sub/b && ln -s /etc/passwd /data/abs && ln -s a /data/rel",
    ]);
    let out = r.dir.join("out");
    std::fs::create_dir(&out).unwrap();
    // a file into an existing directory, and to a new name
    r.ok(&["cp", "c:/data/a", s(&out)]);
    r.ok(&["cp", "c:/data/a", s(&out.join("a2"))]);
    assert_eq!(std::fs::read_to_string(out.join("a")).unwrap(), "a\n");
    assert_eq!(std::fs::read_to_string(out.join("a2")).unwrap(), "a\n");
    assert_eq!(mode(&out.join("a")), 0o604);
    // a directory into an existing directory, and to a new name
    r.ok(&["cp", "c:/data", s(&out)]);
    r.ok(&["cp", "c:/data", s(&out.join("data2"))]);
    for d in ["data", "data2"] {
        let d = out.join(d);
        assert_eq!(std::fs::read_to_string(d.join("sub/b")).unwrap(), "b\n");
        assert_eq!(mode(&d.join("sub")), 0o710);
        assert_eq!(mode(&d.join("a")), 0o604);
        // symlinks come out as symlinks, absolute ones unchanged and not followed
        assert_eq!(
            std::fs::read_link(d.join("abs")).unwrap(),
            Path::new("/etc/passwd")
        );
        assert_eq!(std::fs::read_link(d.join("rel")).unwrap(), Path::new("a"));
    }
    // DIR/. : the contents, into a new directory
    r.ok(&["cp", "c:/data/.", s(&out.join("contents"))]);
    let mut names: Vec<String> = std::fs::read_dir(out.join("contents"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, vec!["a", "abs", "rel", "sub"]);
    // the root has no name of its own: its contents become the new directory
    r.ok(&["cp", "c:/", s(&out.join("root"))]);
    assert!(out.join("root/bin/busybox").is_file());
    assert_eq!(
        std::fs::read_to_string(out.join("root/data/sub/b")).unwrap(),
        "b\n"
    );
    // a symlink named as the source is copied as the link itself
    r.ok(&["cp", "c:/data/abs", s(&out.join("link"))]);
    assert_eq!(
        std::fs::read_link(out.join("link")).unwrap(),
        Path::new("/etc/passwd")
    );
    // an existing file is overwritten
    std::fs::write(out.join("over"), "old\n").unwrap();
    r.ok(&["cp", "c:/data/sub/b", s(&out.join("over"))]);
    assert_eq!(std::fs::read_to_string(out.join("over")).unwrap(), "b\n");
    // no temporary leftovers on the host
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        vec!["a", "a2", "contents", "data", "data2", "link", "over", "root"]
    );
}

#[test]
fn cp_works_with_created_and_exited_containers() {
    let r = Rcon::new();
    let (dir, file) = host_tree(&r);
    // created, never started: the copy is there when it starts
    r.ok(&[
        "create",
        "--name",
        "created",
        "busybox",
        "sh",
        "-c",
        "cat /file.txt /dir/sub/g; stat -c '%a %n' /dir/f; readlink /dir/l",
    ]);
    r.ok(&["cp", s(&file), "created:/"]);
    r.ok(&["cp", s(&dir), "created:/"]);
    assert_eq!(
        r.ok(&["start", "-a", "created"]),
        "file contents\ngee\n751 /dir/f\nf\n"
    );
    // exited: what it wrote comes out, and copies in and out again
    r.ok(&[
        "run",
        "--name",
        "exited",
        "busybox",
        "sh",
        "-c",
        "mkdir /made && echo made > /made/m && ln -s /made/m /made/link",
    ]);
    assert_eq!(r.status("exited"), "exited");
    let out = r.dir.join("out");
    r.ok(&["cp", "exited:/made", s(&out)]);
    assert_eq!(std::fs::read_to_string(out.join("m")).unwrap(), "made\n");
    assert_eq!(
        std::fs::read_link(out.join("link")).unwrap(),
        Path::new("/made/m")
    );
    r.ok(&["cp", s(&dir), "exited:/made/dir"]);
    let back = r.dir.join("back");
    r.ok(&["cp", "exited:/made/dir", s(&back)]);
    assert_eq!(
        std::fs::read_to_string(back.join("sub/g")).unwrap(),
        "gee\n"
    );
    assert_eq!(mode(&back.join("f")), 0o751);
    assert_eq!(std::fs::read_link(back.join("l")).unwrap(), Path::new("f"));
}

#[test]
fn cp_failures_exit_125_with_a_one_line_message() {
    let r = Rcon::new();
    let (_dir, file) = host_tree(&r);
    r.ok(&["run", "-d", "--name", "c", "busybox", "sleep", "1000"]);
    r.ok(&["create", "--name", "stopped", "busybox"]);
    let missing = r.dir.join("missing");
    for ctr in ["c", "stopped"] {
        // missing source, on either side
        fails_with_one_line(&r, &["cp", s(&missing), &format!("{ctr}:/tmp")], "missing");
        fails_with_one_line(&r, &["cp", &format!("{ctr}:/nope"), s(&r.dir)], "/nope");
        fails_with_one_line(&r, &["cp", &format!("{ctr}:/nope"), "-"], "/nope");
        // missing parent of the destination, on either side
        fails_with_one_line(
            &r,
            &["cp", s(&file), &format!("{ctr}:/no/such/dir")],
            "/no/such",
        );
        fails_with_one_line(
            &r,
            &["cp", &format!("{ctr}:/etc/passwd"), s(&missing.join("x"))],
            "missing",
        );
        // a file to DIR/ when DIR does not exist
        fails_with_one_line(&r, &["cp", s(&file), &format!("{ctr}:/newdir/")], "/newdir");
    }
    assert!(!missing.exists());
    fails_with_one_line(&r, &["cp", s(&file), "nosuchctr:/tmp"], "nosuchctr");
    // nothing was left behind in the container
    assert!(!r.ok(&["exec", "c", "ls", "-A", "/"]).contains(".rcon-cp"));
    assert!(!r.ok(&["exec", "c", "ls", "/"]).contains("newdir"));
}

#[test]
fn cp_tar_streams_on_stdout_and_stdin() {
    let r = Rcon::new();
    r.ok(&["run", "-d", "--name", "c", "busybox", "sleep", "1000"]);
    r.ok(&[
        "exec",
        "c",
        "sh",
        "-c",
        "mkdir -p /data/sub && echo a > /data/a && ln -s /etc/passwd /data/lnk",
    ]);
    // cp CTR:/dir - : a tar archive on stdout
    let archive = r.dir.join("out.tar");
    let st = r
        .cmd(&["cp", "c:/data", "-"])
        .stdout(std::fs::File::create(&archive).unwrap())
        .status()
        .unwrap();
    assert!(st.success());
    let list = std::process::Command::new("tar")
        .arg("-tvf")
        .arg(&archive)
        .output()
        .unwrap();
    assert!(list.status.success(), "{}", stderr(&list));
    let listing = stdout(&list);
    let mut names: Vec<&str> = listing
        .lines()
        .map(|l| l.split_whitespace().nth(5).unwrap().trim_end_matches('/'))
        .collect();
    names.sort();
    assert_eq!(names, vec!["data", "data/a", "data/lnk", "data/sub"]);
    assert!(
        listing.contains("data/lnk -> /etc/passwd"),
        "the symlink is archived as a link:\n{listing}"
    );

    // cp - CTR:/dir : a tar archive from stdin, extracted into the directory
    let src = r.dir.join("tree");
    std::fs::create_dir_all(src.join("in/deep")).unwrap();
    std::fs::write(src.join("in/deep/x"), "x\n").unwrap();
    chmod(&src.join("in/deep/x"), 0o700);
    let tar_in = r.dir.join("in.tar");
    let st = std::process::Command::new("tar")
        .arg("-C")
        .arg(&src)
        .arg("-cf")
        .arg(&tar_in)
        .arg("in")
        .status()
        .unwrap();
    assert!(st.success());
    r.ok(&["exec", "c", "mkdir", "/target"]);
    let st = r
        .cmd(&["cp", "-", "c:/target"])
        .stdin(std::fs::File::open(&tar_in).unwrap())
        .status()
        .unwrap();
    assert!(st.success());
    assert_eq!(
        ctr_stat(&r, "c", &["/target/in/deep/x"]),
        vec!["700 regular file /target/in/deep/x"]
    );
    assert_eq!(r.ok(&["exec", "c", "cat", "/target/in/deep/x"]), "x\n");
    // the archive goes into an existing directory only
    let out = r
        .cmd(&["cp", "-", "c:/nowhere/at/all"])
        .stdin(std::fs::File::open(&tar_in).unwrap())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(125), "{}", stderr(&out));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    assert!(!r.ok(&["exec", "c", "ls", "/"]).contains("nowhere"));
}

/// A name no host path has.
fn sentinel(r: &Rcon) -> String {
    format!(
        "rcon-sentinel-{}",
        r.dir.file_name().unwrap().to_string_lossy()
    )
}

/// Symlinks in the container pointing at host paths: `/tmp/escape -> /`,
/// `/tmp/up -> ../../../../..`, `/tmp/hostdir -> <a host directory>`.
fn plant_escapes(r: &Rcon, ctr: &str, hostdir: &Path) {
    r.ok(&[
        "exec",
        ctr,
        "sh",
        "-c",
        &format!(
            "ln -s / /tmp/escape && ln -s ../../../../.. /tmp/up && ln -s {} /tmp/hostdir",
            s(hostdir)
        ),
    ]);
}

fn host_side(r: &Rcon) -> PathBuf {
    let hostdir = r.dir.join("hostdir");
    std::fs::create_dir_all(&hostdir).unwrap();
    std::fs::write(hostdir.join("secret"), "host secret\n").unwrap();
    hostdir
}

/// The container's /etc/passwd is busybox's, which the host's is not.
const CTR_PASSWD_LINE: &str = "user:x:1000:1000:User:/home/user:/bin/sh";

fn check_no_escape(r: &Rcon, ctr: &str, hostdir: &Path, running: bool) {
    let name = sentinel(r);
    let file = r.dir.join(&name);
    std::fs::write(&file, "sentinel\n").unwrap();
    // writes through the links land in the container's root
    r.ok(&["cp", s(&file), &format!("{ctr}:/tmp/escape/{name}")]);
    r.ok(&["cp", s(&file), &format!("{ctr}:/tmp/up/{name}.up")]);
    r.ok(&["cp", s(&file), &format!("{ctr}:/tmp/escape")]);
    assert!(
        !Path::new("/").join(&name).exists(),
        "cp wrote to the host's /"
    );
    assert!(!Path::new("/").join(format!("{name}.up")).exists());
    // into the link to a host directory: that directory does not exist in the container
    r.fails(125, &["cp", s(&file), &format!("{ctr}:/tmp/hostdir/x")]);
    r.fails(125, &["cp", s(&file), &format!("{ctr}:/tmp/hostdir/")]);
    assert!(
        !hostdir.join("x").exists(),
        "cp wrote into a host directory"
    );
    assert!(
        !hostdir.join(&name).exists(),
        "cp wrote into a host directory"
    );
    assert_eq!(
        std::fs::read_dir(hostdir).unwrap().count(),
        1,
        "the host directory changed"
    );
    // reads through the links come from the container
    let out = r.dir.join("out");
    std::fs::create_dir_all(&out).unwrap();
    r.ok(&[
        "cp",
        &format!("{ctr}:/tmp/escape/etc/passwd"),
        s(&out.join("passwd")),
    ]);
    let passwd = std::fs::read_to_string(out.join("passwd")).unwrap();
    assert!(
        passwd.contains(CTR_PASSWD_LINE),
        "got the host's passwd:\n{passwd}"
    );
    r.ok(&[
        "cp",
        &format!("{ctr}:/tmp/up/etc/passwd"),
        s(&out.join("passwd2")),
    ]);
    assert_eq!(
        std::fs::read_to_string(out.join("passwd2")).unwrap(),
        passwd
    );
    r.ok(&[
        "cp",
        &format!("{ctr}:/tmp/escape/etc/hostname"),
        s(&out.join("hostname")),
    ]);
    let hostname = std::fs::read_to_string(out.join("hostname")).unwrap();
    let host_hostname = std::fs::read_to_string("/etc/hostname").unwrap_or_default();
    if running {
        assert_eq!(hostname, r.ok(&["exec", ctr, "cat", "/etc/hostname"]));
    }
    if !host_hostname.trim().is_empty() {
        assert_ne!(hostname, host_hostname, "got the host's /etc/hostname");
    }
    r.fails(
        125,
        &[
            "cp",
            &format!("{ctr}:/tmp/hostdir/secret"),
            s(&out.join("secret")),
        ],
    );
    assert!(!out.join("secret").exists());
    // the tree through a link is the container's root, not the host's
    r.ok(&[
        "cp",
        &format!("{ctr}:/tmp/escape/{name}"),
        s(&out.join("back")),
    ]);
    assert_eq!(
        std::fs::read_to_string(out.join("back")).unwrap(),
        "sentinel\n"
    );
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn cp_never_follows_container_symlinks_onto_the_host() {
    let r = Rcon::new();
    let hostdir = host_side(&r);
    r.ok(&["run", "-d", "--name", "c", "busybox", "sleep", "1000"]);
    plant_escapes(&r, "c", &hostdir);
    check_no_escape(&r, "c", &hostdir, true);
    // where the sentinel went: the container's own /
    let name = sentinel(&r);
    r.ok(&["exec", "c", "test", "-f", &format!("/{name}")]);
    r.ok(&["exec", "c", "test", "-f", &format!("/{name}.up")]);

    // the same against a stopped container, whose root is mounted only for the copy
    r.ok(&["stop", "-t", "0", "c"]);
    assert_eq!(r.status("c"), "exited");
    check_no_escape(&r, "c", &hostdir, false);
    assert!(!Path::new("/").join(&name).exists());
}

fn tar_names(archive: &Path) -> Vec<String> {
    let out = std::process::Command::new("tar")
        .arg("-tf")
        .arg(archive)
        .output()
        .unwrap();
    assert!(out.status.success(), "tar -t: {}", stderr(&out));
    stdout(&out)
        .lines()
        .map(|l| l.trim_start_matches("./").trim_end_matches('/').to_string())
        .filter(|l| !l.is_empty() && l != ".")
        .collect()
}

#[test]
fn export_writes_the_filesystem_of_stopped_and_running_containers() {
    let r = Rcon::new();
    r.ok(&[
        "run",
        "--name",
        "stopped",
        "busybox",
        "sh",
        "-c",
        "echo made > /made.txt && mkdir /madedir && ln -s /made.txt /madedir/link",
    ]);
    let a = r.dir.join("a.tar");
    r.ok(&["export", "-o", s(&a), "stopped"]);
    let names = tar_names(&a);
    for n in ["bin/busybox", "made.txt", "madedir/link", "etc/passwd"] {
        assert!(names.iter().any(|x| x == n), "{n} missing from {names:?}");
    }
    // export > FILE
    let b = r.dir.join("b.tar");
    let st = r
        .cmd(&["export", "stopped"])
        .stdout(std::fs::File::create(&b).unwrap())
        .status()
        .unwrap();
    assert!(st.success());
    assert_eq!(tar_names(&b), names);

    // running: its files, but not what is mounted on /proc, /sys, /dev
    r.ok(&[
        "run",
        "-d",
        "--name",
        "running",
        "busybox",
        "sh",
        "-c",
        "echo live > /live.txt && exec sleep 1000",
    ]);
    r.wait_for("/live.txt", || {
        r.run(&["exec", "running", "test", "-f", "/live.txt"])
            .status
            .success()
    });
    let c = r.dir.join("c.tar");
    let st = r
        .cmd(&["export", "running"])
        .stdout(std::fs::File::create(&c).unwrap())
        .status()
        .unwrap();
    assert!(st.success());
    let names = tar_names(&c);
    for n in ["bin/busybox", "live.txt"] {
        assert!(names.iter().any(|x| x == n), "{n} missing from {names:?}");
    }
    let leaked: Vec<&String> = names
        .iter()
        .filter(|n| n.starts_with("proc/") || n.starts_with("sys/"))
        .collect();
    assert!(
        leaked.is_empty(),
        "/proc or /sys contents exported: {leaked:?}"
    );
    // the file's contents are the container's
    let out = std::process::Command::new("tar")
        .arg("-xOf")
        .arg(&c)
        .arg("live.txt")
        .output()
        .unwrap();
    assert_eq!(stdout(&out), "live\n");
    assert_eq!(r.status("running"), "running");

    // a reader that stops early (export | head) does not leave rcon hanging
    let mut child = r
        .cmd(&["export", "running"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut head = [0u8; 512];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut head)
        .unwrap();
    drop(child.stdout.take());
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("export hung after its reader went away");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn export_refuses_a_terminal_and_unknown_containers() {
    let r = Rcon::new();
    r.ok(&["create", "--name", "c", "busybox"]);
    let pty = nix::pty::openpty(None, None).unwrap();
    let out = r
        .cmd(&["export", "c"])
        .stdout(std::fs::File::from(pty.slave))
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(125));
    assert!(stderr(&out).contains("terminal"), "{}", stderr(&out));
    let err = r.fails(125, &["export", "-o", s(&r.dir.join("x.tar")), "nosuch"]);
    assert!(err.contains("nosuch"), "{err}");
    assert!(!r.dir.join("x.tar").exists());
}

#[test]
fn diff_lists_added_changed_and_deleted_paths() {
    let r = Rcon::new();
    r.ok(&["create", "--name", "fresh", "busybox"]);
    assert_eq!(r.ok(&["diff", "fresh"]), "");
    r.ok(&[
        "run",
        "--name",
        "c",
        "busybox",
        "sh",
        "-c",
        "echo x > /new; rm /etc/group; echo y >> /etc/passwd",
    ]);
    let out = r.ok(&["diff", "c"]);
    let mut lines: Vec<&str> = out.lines().collect();
    lines.sort();
    assert_eq!(
        lines,
        vec!["A /new", "C /etc", "C /etc/passwd", "D /etc/group"],
        "diff printed:\n{out}"
    );
    let v: serde_json::Value =
        serde_json::from_str(&r.ok(&["diff", "--format", "json", "c"])).unwrap();
    assert_eq!(v["added"], serde_json::json!(["/new"]));
    assert_eq!(v["changed"], serde_json::json!(["/etc", "/etc/passwd"]));
    assert_eq!(v["deleted"], serde_json::json!(["/etc/group"]));
    assert_eq!(v.as_object().unwrap().len(), 3, "{v}");
}

/// `stat -c '%u:%g %n'` inside a running container.
fn ctr_owners(r: &Rcon, ctr: &str, paths: &[&str]) -> Vec<String> {
    let mut args = vec!["exec", ctr, "stat", "-c", "%u:%g %n"];
    args.extend_from_slice(paths);
    r.ok(&args).lines().map(str::to_string).collect()
}

fn chown_all(p: &Path, uid: u32, gid: u32) {
    std::os::unix::fs::lchown(p, Some(uid), Some(gid)).unwrap();
    if p.is_dir() && !p.is_symlink() {
        for e in std::fs::read_dir(p).unwrap() {
            chown_all(&e.unwrap().path(), uid, gid);
        }
    }
}

#[test]
fn cp_archive_owns_copies_by_the_container_user_unless_false() {
    let r = Rcon::new();
    let (dir, file) = host_tree(&r);
    chown_all(&r.dir.join("src"), 4242, 4243);
    r.ok(&[
        "run",
        "-d",
        "--name",
        "u",
        "--user",
        "1000:1000",
        "busybox",
        "sleep",
        "100",
    ]);
    r.ok(&["cp", s(&file), "u:/tmp/a"]);
    r.ok(&["cp", "-a", s(&dir), "u:/tmp/"]);
    r.ok(&["cp", "--archive=false", s(&file), "u:/tmp/b"]);
    assert_eq!(
        ctr_owners(&r, "u", &["/tmp/a", "/tmp/dir", "/tmp/dir/sub/g", "/tmp/b"]),
        [
            "1000:1000 /tmp/a",
            "1000:1000 /tmp/dir",
            "1000:1000 /tmp/dir/sub/g",
            "4242:4243 /tmp/b"
        ]
    );
    // a container of root: root's
    r.ok(&["run", "-d", "--name", "root", "busybox", "sleep", "100"]);
    r.ok(&["cp", s(&file), "root:/tmp/a"]);
    assert_eq!(ctr_owners(&r, "root", &["/tmp/a"]), ["0:0 /tmp/a"]);
    // out of a container the copies are the caller's, --archive or not (podman's)
    let out = r.dir.join("out");
    r.ok(&["cp", "--archive=false", "u:/tmp/b", s(&out)]);
    let md = std::fs::metadata(&out).unwrap();
    use std::os::unix::fs::MetadataExt;
    assert_eq!((md.uid(), md.gid()), (0, 0));
    r.ok(&["rm", "-f", "-t", "0", "u", "root"]);
}

#[test]
fn cp_overwrite_lets_a_directory_and_a_file_replace_each_other() {
    let r = Rcon::new();
    r.ok(&["run", "-d", "--name", "o", "busybox", "sleep", "100"]);
    r.ok(&[
        "exec",
        "o",
        "sh",
        "-c",
        "mkdir -p /tmp/t/x /tmp/d && echo file > /tmp/d/y",
    ]);
    // host: t/x a file, d/y a directory
    let src = r.dir.join("src");
    std::fs::create_dir_all(src.join("t")).unwrap();
    std::fs::write(src.join("t/x"), "now a file\n").unwrap();
    std::fs::create_dir_all(src.join("d/y")).unwrap();
    std::fs::write(src.join("d/y/z"), "in a dir\n").unwrap();
    let e = r.fails(125, &["cp", s(&src.join("t")), "o:/tmp/"]);
    assert!(
        e.contains("error creating \"/tmp/t/x\"") && e.contains("file exists"),
        "{e}"
    );
    let e = r.fails(125, &["cp", s(&src.join("d")), "o:/tmp/"]);
    assert!(e.contains("mkdir /tmp/d/y: file exists"), "{e}");
    assert_eq!(
        ctr_stat(&r, "o", &["/tmp/t/x", "/tmp/d/y"]),
        ["755 directory /tmp/t/x", "644 regular file /tmp/d/y"]
    );
    r.ok(&["cp", "--overwrite", s(&src.join("t")), "o:/tmp/"]);
    r.ok(&["cp", "--overwrite", s(&src.join("d")), "o:/tmp/"]);
    assert_eq!(
        r.ok(&["exec", "o", "cat", "/tmp/t/x", "/tmp/d/y/z"]),
        "now a file\nin a dir\n"
    );
    // out of the container too: the host's t/x is a directory now
    let out = r.dir.join("out");
    std::fs::create_dir_all(out.join("t/x")).unwrap();
    let e = r.fails(125, &["cp", "o:/tmp/t", s(&out)]);
    assert!(e.contains("file exists"), "{e}");
    assert!(out.join("t/x").is_dir());
    r.ok(&["cp", "--overwrite", "o:/tmp/t", s(&out)]);
    assert_eq!(
        std::fs::read_to_string(out.join("t/x")).unwrap(),
        "now a file\n"
    );
    r.ok(&["rm", "-f", "-t", "0", "o"]);
}

#[test]
fn rootless_cp_archive_owners() {
    let r = Rcon::rootless();
    let (uid, gid) = r.user.unwrap();
    let file = r.dir.join("f.txt");
    std::fs::write(&file, "mine\n").unwrap();
    std::os::unix::fs::lchown(&file, Some(uid), Some(gid)).unwrap();
    // running: the copy joins its user namespace
    r.ok(&[
        "run",
        "-d",
        "--name",
        "live",
        "--user",
        "1000:1000",
        "busybox",
        "sleep",
        "100",
    ]);
    r.ok(&["cp", s(&file), "live:/tmp/a"]);
    r.ok(&["cp", "--archive=false", s(&file), "live:/tmp/b"]);
    assert_eq!(
        ctr_owners(&r, "live", &["/tmp/a", "/tmp/b"]),
        ["1000:1000 /tmp/a", "0:0 /tmp/b"]
    );
    // created: through rcon's user namespace
    r.ok(&[
        "create",
        "--name",
        "new",
        "--user",
        "1000:1000",
        "busybox",
        "stat",
        "-c",
        "%u:%g %n",
        "/tmp/a",
        "/tmp/b",
    ]);
    r.ok(&["cp", s(&file), "new:/tmp/a"]);
    r.ok(&["cp", "--archive=false", s(&file), "new:/tmp/b"]);
    assert_eq!(
        r.ok(&["start", "-a", "new"]),
        "1000:1000 /tmp/a\n0:0 /tmp/b\n"
    );
    r.ok(&["rm", "-f", "-t", "0", "live"]);
}
