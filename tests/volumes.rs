//! `rcon volume ...`: volumes as objects. Create, list (filters, formats), inspect, remove,
//! prune, exists, export/import, volumes with mount options (tmpfs, bind-backed), bad input
//! leaving nothing, a removal that never follows a link out of the volume, parallel creates
//! of one name, rootless, and a thousand volumes listed.

mod common;
use common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Stdio;

fn volumes_dir(r: &Rcon) -> PathBuf {
    r.root.join("volumes")
}

/// Nothing of a volume is left anywhere in the store: its directory, its name, a staged copy.
fn assert_nothing_left(r: &Rcon) {
    for d in ["volumes", "volume-names", "tmp"] {
        let p = r.root.join(d);
        let n = std::fs::read_dir(&p).map(|rd| rd.count()).unwrap_or(0);
        assert_eq!(n, 0, "{} is not empty", p.display());
    }
}

fn inspect(r: &Rcon, name: &str) -> Value {
    let out = r.ok(&["volume", "inspect", name]);
    let v: Value = serde_json::from_str(&out).unwrap();
    v[0].clone()
}

/// A container that uses `vol`.
fn container_using(r: &Rcon, vol: &str) -> String {
    r.ok(&["create", "-v", &format!("{vol}:/v"), "busybox", "true"])
        .trim()
        .to_string()
}

#[test]
fn create_list_inspect_exists_remove() {
    let r = Rcon::empty();
    assert_eq!(r.ok(&["volume", "create", "data"]).trim(), "data");
    let anon = r.ok(&["volume", "create"]).trim().to_string();
    assert_eq!(anon.len(), 64);
    assert!(anon.bytes().all(|b| b.is_ascii_hexdigit()));
    let err = r.fails(125, &["volume", "create", "data"]);
    assert_eq!(
        err.trim(),
        "Error: volume with name data already exists: volume already exists"
    );

    let ls = r.ok(&["volume", "ls"]);
    let lines: Vec<&str> = ls.lines().collect();
    assert_eq!(lines[0], "DRIVER      VOLUME NAME");
    assert!(lines.contains(&"local       data"), "{ls}");
    assert_eq!(lines.len(), 3);
    assert!(!r.ok(&["volume", "ls", "--noheading"]).contains("DRIVER"));
    let q = r.ok(&["volume", "ls", "-q"]);
    let mut names: Vec<&str> = q.lines().collect();
    names.sort();
    let mut want = vec![anon.as_str(), "data"];
    want.sort();
    assert_eq!(names, want);
    assert_eq!(
        r.ok(&[
            "volume",
            "list",
            "--format",
            "{{.Name}}:{{.Driver}}",
            "-f",
            "name=^data$"
        ]),
        "data:local\n"
    );
    let table = r.ok(&[
        "volume",
        "ls",
        "--format",
        "table {{.Name}}",
        "-f",
        "name=data",
    ]);
    assert_eq!(table, "VOLUME NAME\ndata\n");
    let json: Value = serde_json::from_str(&r.ok(&["volume", "ls", "--format", "json"])).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 2);

    let v = inspect(&r, "data");
    assert_eq!(v["Name"], "data");
    assert_eq!(v["Driver"], "local");
    assert_eq!(v["Scope"], "local");
    assert_eq!(v["MountCount"], 0);
    assert_eq!(v["NeedsCopyUp"], true);
    let mp = PathBuf::from(v["Mountpoint"].as_str().unwrap());
    assert_eq!(mp, volumes_dir(&r).join("data/_data"));
    assert!(mp.is_dir());
    assert!(v["CreatedAt"].as_str().unwrap().starts_with("20"));
    // a unique prefix names a volume
    assert_eq!(
        r.ok(&["volume", "inspect", "--format", "{{.Name}}", "dat"]),
        "data\n"
    );
    assert_eq!(
        r.ok(&["volume", "inspect", "-a", "--format", "{{.Driver}}"]),
        "local\nlocal\n"
    );
    r.fails(125, &["volume", "inspect", "nope"]);

    r.ok(&["volume", "exists", "data"]);
    r.fails(1, &["volume", "exists", "nope"]);

    assert_eq!(r.ok(&["volume", "rm", "data"]), "data\n");
    assert!(!volumes_dir(&r).join("data").exists());
    let err = r.fails(1, &["volume", "rm", "data"]);
    assert!(err.contains("no such volume"), "{err}");
    r.fails(125, &["volume", "rm"]);
    assert_eq!(r.ok(&["volume", "remove", "--all"]).trim(), anon);
    assert_nothing_left(&r);
    // the name is free again, and a container may have a volume's name
    r.ok(&["volume", "create", "data"]);
}

#[test]
fn labels_options_and_filters() {
    let r = Rcon::new();
    r.ok(&["volume", "create", "-l", "env=prod", "--label", "tier", "a"]);
    r.ok(&["volume", "create", "--label", "env=dev", "b"]);
    r.ok(&["volume", "create", "-o", "o=uid=1234,gid=4321", "c"]);
    let c = inspect(&r, "c");
    assert_eq!(c["UID"], 1234);
    assert_eq!(c["GID"], 4321);
    assert_eq!(c["Options"]["o"], "uid=1234,gid=4321");
    assert_eq!(c["Options"]["UID"], "1234");
    use std::os::unix::fs::MetadataExt;
    let md = std::fs::metadata(volumes_dir(&r).join("c/_data")).unwrap();
    assert_eq!((md.uid(), md.gid()), (1234, 4321));
    assert_eq!(inspect(&r, "a")["Labels"]["tier"], "");

    let ls = |f: &[&str]| {
        let mut args = vec!["volume", "ls", "-q"];
        for x in f {
            args.extend(["--filter", x]);
        }
        let mut v: Vec<String> = r.ok(&args).lines().map(str::to_string).collect();
        v.sort();
        v.join(" ")
    };
    assert_eq!(ls(&["label=env"]), "a b");
    assert_eq!(ls(&["label=env=prod"]), "a");
    assert_eq!(ls(&["label=env", "label=tier"]), "a");
    assert_eq!(ls(&["label!=env"]), "c");
    assert_eq!(ls(&["name=a", "name=b"]), "a b");
    assert_eq!(ls(&["driver=local", "label=env=dev"]), "b");
    assert_eq!(ls(&["opt=UID=1234"]), "c");
    assert_eq!(ls(&["opt=o"]), "c");
    assert_eq!(ls(&["until=1h"]), "");
    assert_eq!(ls(&["until=2100-01-01"]), "a b c");
    assert_eq!(ls(&["dangling=true"]), "a b c");
    container_using(&r, "b");
    assert_eq!(ls(&["dangling=false"]), "b");
    assert_eq!(ls(&["dangling=1"]), "a c");
    let err = r.fails(125, &["volume", "ls", "-f", "bogus=1"]);
    assert!(
        err.contains("\"bogus\" is an invalid volume filter"),
        "{err}"
    );
    let err = r.fails(125, &["volume", "ls", "-f", "dangling=maybe"]);
    assert!(err.contains("must be true or false"), "{err}");
}

#[test]
fn a_volume_in_use_is_refused_and_force_removes_its_users() {
    let r = Rcon::new();
    r.ok(&["volume", "create", "used"]);
    r.ok(&["volume", "create", "free"]);
    let id = container_using(&r, "used");
    let err = r.fails(2, &["volume", "rm", "used"]);
    assert_eq!(
        err.trim(),
        format!(
            "Error: volume used is being used by the following container(s): {id}: volume is being used"
        )
    );
    // prune leaves it, and removes the unused one
    assert_eq!(r.ok(&["volume", "prune", "-f"]), "free\n");
    r.ok(&["volume", "exists", "used"]);
    // forced: its container goes first
    assert_eq!(r.ok(&["volume", "rm", "-f", "-t", "0", "used"]), "used\n");
    r.fails(1, &["container", "exists", &id]);
    assert_nothing_left(&r);
}

#[test]
fn prune_asks_first_and_filters() {
    let r = Rcon::empty();
    r.ok(&["volume", "create", "-l", "keep", "k"]);
    r.ok(&["volume", "create", "p"]);
    let ask = |answer: &str, args: &[&str]| {
        let mut c = r.cmd(args);
        c.stdin(Stdio::piped()).stdout(Stdio::piped());
        let mut child = c.spawn().unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(answer.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stdout).to_string()
    };
    let out = ask("n\n", &["volume", "prune"]);
    assert!(out.starts_with("WARNING! This will remove all volumes not used by at least one container. The following volumes will be removed:\n"), "{out}");
    assert!(out.contains("\nk\n") && out.contains("\np\n"), "{out}");
    assert_eq!(r.ok(&["volume", "ls", "-q"]).lines().count(), 2);
    let out = ask("y\n", &["volume", "prune", "--filter", "label!=keep"]);
    assert!(out.ends_with("[y/N] p\n"), "{out}");
    assert_eq!(r.ok(&["volume", "ls", "-q"]), "k\n");
    r.fails(125, &["volume", "prune", "-f", "--filter", "name=k"]);
    let events = r.ok(&["events", "--stream=false", "--filter", "type=volume"]);
    for e in ["volume create k", "volume remove p", "volume prune p"] {
        assert!(events.contains(e), "{events}");
    }
    assert!(r
        .ok(&["events", "--stream=false", "--filter", "volume=k"])
        .lines()
        .all(|l| l.ends_with(" k")));
}

#[test]
fn twenty_parallel_creates_of_one_name_make_one_volume() {
    let r = Rcon::empty();
    let outs: Vec<std::process::Output> = std::thread::scope(|s| {
        let hs: Vec<_> = (0..20)
            .map(|_| s.spawn(|| r.run(&["volume", "create", "same"])))
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let ok = outs.iter().filter(|o| o.status.success()).count();
    assert_eq!(ok, 1);
    for o in outs.iter().filter(|o| !o.status.success()) {
        assert_eq!(o.status.code(), Some(125));
        assert_eq!(
            stderr(o).trim(),
            "Error: volume with name same already exists: volume already exists"
        );
    }
    assert_eq!(r.ok(&["volume", "ls", "-q"]), "same\n");
    assert_eq!(std::fs::read_dir(r.root.join("tmp")).unwrap().count(), 0);
}

#[test]
fn export_import_round_trip() {
    let r = Rcon::empty();
    r.ok(&["volume", "create", "src"]);
    let data = volumes_dir(&r).join("src/_data");
    std::fs::create_dir(data.join("dir")).unwrap();
    std::fs::write(data.join("dir/file"), "payload").unwrap();
    std::os::unix::fs::symlink("/etc/passwd", data.join("link")).unwrap();
    std::os::unix::fs::chown(data.join("dir/file"), Some(42), Some(43)).unwrap();
    let tar = r.dir.join("src.tar");
    r.ok(&["volume", "export", "-o", tar.to_str().unwrap(), "src"]);
    // to stdout too, the same archive
    let out = r.cmd(&["volume", "export", "src"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(out.stdout, std::fs::read(&tar).unwrap());

    r.ok(&["volume", "create", "dst"]);
    r.ok(&["volume", "import", "dst", tar.to_str().unwrap()]);
    let dst = volumes_dir(&r).join("dst/_data");
    assert_eq!(
        std::fs::read_to_string(dst.join("dir/file")).unwrap(),
        "payload"
    );
    assert_eq!(
        std::fs::read_link(dst.join("link")).unwrap(),
        Path::new("/etc/passwd")
    );
    use std::os::unix::fs::MetadataExt;
    assert_eq!(std::fs::metadata(dst.join("dir/file")).unwrap().uid(), 42);

    // from stdin
    r.ok(&["volume", "create", "dst2"]);
    let mut c = r.cmd(&["volume", "import", "dst2", "-"]);
    c.stdin(std::fs::File::open(&tar).unwrap());
    assert!(c.status().unwrap().success());
    assert!(volumes_dir(&r).join("dst2/_data/dir/file").exists());

    let err = r.fails(125, &["volume", "import", "nope", "-"]);
    assert!(err.contains("no such volume"), "{err}");
    let err = r.fails(125, &["volume", "import", "dst", "/nonexistent.tar"]);
    assert!(err.contains("no such file or directory"), "{err}");
    r.fails(125, &["volume", "export", "nope"]);
}

#[test]
fn tmpfs_volume_is_mounted_when_used() {
    let r = Rcon::empty();
    r.ok(&[
        "volume",
        "create",
        "--opt",
        "type=tmpfs",
        "--opt",
        "device=tmpfs",
        "--opt",
        "o=size=64m",
        "mem",
    ]);
    let v = inspect(&r, "mem");
    assert_eq!(v["Options"]["type"], "tmpfs");
    assert_eq!(v["Options"]["SIZE"], "64m");
    let mp = r.ok(&["volume", "mount", "mem"]).trim().to_string();
    assert_eq!(Path::new(&mp), volumes_dir(&r).join("mem/_data"));
    let mounts = std::fs::read_to_string("/proc/self/mountinfo").unwrap();
    let line = mounts
        .lines()
        .find(|l| l.split(' ').nth(4) == Some(mp.as_str()))
        .expect("the volume is mounted");
    assert!(
        line.contains(" - tmpfs ") && line.contains("size=65536k"),
        "{line}"
    );
    // counted: a second mount needs a second unmount
    r.ok(&["volume", "mount", "mem"]);
    assert_eq!(inspect(&r, "mem")["MountCount"], 2);
    // a volume mounted for use is no leak to `system check`
    let check = r.run(&["system", "check"]);
    assert!(!stdout(&check).contains(&mp), "{}", stdout(&check));
    assert!(!stderr(&check).contains(&mp), "{}", stderr(&check));
    assert_eq!(r.ok(&["volume", "unmount", "mem"]), "mem\n");
    assert!(std::fs::read_to_string("/proc/self/mountinfo")
        .unwrap()
        .contains(&mp));
    r.ok(&["volume", "umount", "mem"]);
    assert!(!std::fs::read_to_string("/proc/self/mountinfo")
        .unwrap()
        .contains(&mp));
    // a mounted volume is unmounted by its removal
    r.ok(&["volume", "mount", "mem"]);
    r.ok(&["volume", "rm", "mem"]);
    assert!(!std::fs::read_to_string("/proc/self/mountinfo")
        .unwrap()
        .contains(&mp));
    // a plain volume's mount is its path
    r.ok(&["volume", "create", "plain"]);
    assert_eq!(
        Path::new(r.ok(&["volume", "mount", "plain"]).trim()),
        volumes_dir(&r).join("plain/_data")
    );
    assert_eq!(r.ok(&["volume", "reload"]), "");
}

#[test]
fn bind_backed_volume_shows_the_host_directory() {
    let r = Rcon::empty();
    let host = r.dir.join("hostdir");
    std::fs::create_dir(&host).unwrap();
    std::fs::write(host.join("kept"), "host data").unwrap();
    let dev = format!("device={}", host.display());
    r.ok(&[
        "volume",
        "create",
        "-o",
        "type=none",
        "-o",
        &dev,
        "-o",
        "o=bind",
        "b",
    ]);
    let mp = PathBuf::from(r.ok(&["volume", "mount", "b"]).trim());
    assert_eq!(
        std::fs::read_to_string(mp.join("kept")).unwrap(),
        "host data"
    );
    std::fs::write(mp.join("new"), "from the volume").unwrap();
    assert!(host.join("new").exists());
    // its removal unmounts it and leaves the host's files alone
    r.ok(&["volume", "rm", "b"]);
    assert_eq!(
        std::fs::read_to_string(host.join("kept")).unwrap(),
        "host data"
    );
    assert!(host.join("new").exists());
    // type=bind checks its device at create
    let err = r.fails(
        125,
        &[
            "volume",
            "create",
            "-o",
            "type=bind",
            "-o",
            "device=/bogus",
            "x",
        ],
    );
    assert_eq!(
        err.trim(),
        "Error: invalid volume option device for driver 'local': stat /bogus: no such file or directory"
    );
    assert_nothing_left(&r);
}

#[test]
fn bad_names_drivers_and_options_leave_nothing() {
    let r = Rcon::empty();
    for (args, want) in [
        (vec!["volume", "create", "_bad"], "names must match"),
        (vec!["volume", "create", "a/b"], "names must match"),
        (vec!["volume", "create", ".hidden"], "names must match"),
        (
            vec!["volume", "create", "--driver", "nfsplugin", "v"],
            "no volume plugin with name nfsplugin available",
        ),
        (
            vec!["volume", "create", "--opt", "badOpt=bad", "v"],
            "invalid mount option badOpt for driver 'local': invalid argument",
        ),
        (
            vec!["volume", "create", "-o", "o=uid=abc", "v"],
            "cannot convert UID abc to integer",
        ),
        (
            vec![
                "volume",
                "create",
                "-o",
                "type=tmpfs",
                "-o",
                "o=size=lots",
                "v",
            ],
            "cannot convert size lots",
        ),
    ] {
        let err = r.fails(125, &args);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(want), "{args:?}: {err}");
    }
    assert_nothing_left(&r);
}

#[test]
fn removal_never_follows_a_link_out_of_the_volume() {
    let r = Rcon::empty();
    r.ok(&["volume", "create", "v"]);
    let outside = r.dir.join("outside");
    std::fs::create_dir(&outside).unwrap();
    std::fs::write(outside.join("precious"), "x").unwrap();
    let data = volumes_dir(&r).join("v/_data");
    std::os::unix::fs::symlink("/etc", data.join("etc")).unwrap();
    std::fs::create_dir(data.join("sub")).unwrap();
    std::os::unix::fs::symlink(&outside, data.join("sub/out")).unwrap();
    // a directory without permissions does not stop the removal
    std::fs::create_dir(data.join("locked")).unwrap();
    std::fs::write(data.join("locked/f"), "y").unwrap();
    chmod(&data.join("locked"), 0o000);
    assert_eq!(r.ok(&["volume", "rm", "v"]), "v\n");
    assert!(Path::new("/etc/passwd").exists());
    assert!(outside.join("precious").exists());
    assert_nothing_left(&r);
}

#[test]
fn rootless_volumes() {
    let r = Rcon::rootless();
    assert_eq!(
        r.ok(&["volume", "create", "-l", "who=me", "mine"]),
        "mine\n"
    );
    let mp = inspect(&r, "mine")["Mountpoint"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(mp.starts_with(r.root.to_str().unwrap()), "{mp}");
    use std::os::unix::fs::MetadataExt;
    assert_eq!(std::fs::metadata(&mp).unwrap().uid(), ensure_test_user().0);
    assert_eq!(
        r.ok(&["volume", "ls", "-q", "-f", "label=who=me"]),
        "mine\n"
    );
    r.ok(&["volume", "exists", "mine"]);
    let tar = r.dir.join("mine.tar");
    r.ok(&["volume", "export", "-o", tar.to_str().unwrap(), "mine"]);
    assert_eq!(r.ok(&["volume", "rm", "mine"]), "mine\n");
    r.fails(1, &["volume", "exists", "mine"]);
    let err = r.fails(125, &["volume", "mount", "x"]);
    assert!(err.contains("rootless mode"), "{err}");
    // a bind-backed volume is its host directory: no mount needed
    let host = r.dir.join("hostdir");
    std::fs::create_dir(&host).unwrap();
    std::fs::write(host.join("f"), "x").unwrap();
    let (uid, gid) = ensure_test_user();
    std::os::unix::fs::chown(&host, Some(uid), Some(gid)).unwrap();
    std::os::unix::fs::chown(host.join("f"), Some(uid), Some(gid)).unwrap();
    let dev = format!("device={}", host.display());
    r.ok(&[
        "volume",
        "create",
        "-o",
        "type=none",
        "-o",
        &dev,
        "-o",
        "o=bind",
        "b",
    ]);
    let out = r.cmd(&["volume", "export", "b"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let names: Vec<String> = tar::Archive::new(&out.stdout[..])
        .entries()
        .unwrap()
        .map(|e| e.unwrap().path().unwrap().display().to_string())
        .collect();
    assert_eq!(names, ["f"]);
    r.ok(&["volume", "rm", "b"]);
    assert!(host.join("f").exists());
}

#[test]
fn a_thousand_volumes_are_all_listed() {
    let r = Rcon::empty();
    const TOTAL: usize = 1000;
    const THREADS: usize = 8;
    std::thread::scope(|s| {
        for t in 0..THREADS {
            let r = &r;
            s.spawn(move || {
                for i in (t..TOTAL).step_by(THREADS) {
                    r.ok(&["volume", "create", &format!("vol{i:04}")]);
                }
            });
        }
    });
    let names: Vec<String> = r
        .ok(&["volume", "ls", "-q"])
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(names.len(), TOTAL);
    assert_eq!(names[0], "vol0000");
    assert_eq!(names[TOTAL - 1], format!("vol{:04}", TOTAL - 1));
    assert_eq!(r.ok(&["volume", "ls"]).lines().count(), TOTAL + 1);
}
