//! Bind mounts and tmpfs of run/create (-v, --mount, --tmpfs, --image-volume), as root and
//! rootless: what the container sees, what the host sees, podman's errors, inspect and ps.

mod common;
use common::Rcon;
use std::path::{Path, PathBuf};

/// A host directory for binds, owned by whoever runs `r`'s containers.
fn host_dir(r: &Rcon, name: &str) -> PathBuf {
    let d = r.dir.join(name);
    std::fs::create_dir_all(&d).unwrap();
    if let Some((uid, gid)) = r.user {
        nix::unistd::chown(&d, Some(uid.into()), Some(gid.into())).unwrap();
    }
    d
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn bind_both_ways(r: &Rcon) {
    let d = host_dir(r, "shared");
    std::fs::write(d.join("from-host"), "hello\n").unwrap();
    let v = format!("{}:/data", s(&d));
    let out = r.ok(&[
        "run",
        "--rm",
        "-v",
        &v,
        "busybox",
        "sh",
        "-c",
        "cat /data/from-host; echo back > /data/from-ctr",
    ]);
    assert_eq!(out, "hello\n");
    assert_eq!(
        std::fs::read_to_string(d.join("from-ctr")).unwrap(),
        "back\n"
    );
    // a change made while the container runs is seen inside
    r.ok(&[
        "run", "-d", "--name", "live", "-v", &v, "busybox", "sleep", "1000",
    ]);
    std::fs::write(d.join("later"), "later\n").unwrap();
    assert_eq!(r.ok(&["exec", "live", "cat", "/data/later"]), "later\n");
    r.ok(&["rm", "-f", "-t", "0", "live"]);
}

fn ro_refuses_writes(r: &Rcon) {
    let d = host_dir(r, "ro");
    let v = format!("{}:/data:ro", s(&d));
    let out = r.run(&[
        "run",
        "--rm",
        "-v",
        &v,
        "busybox",
        "sh",
        "-c",
        "echo x > /data/f",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        common::stderr(&out).contains("Read-only file system"),
        "{}",
        common::stderr(&out)
    );
    assert!(!d.join("f").exists());
    let m = format!("type=bind,src={},target=/m,readonly", s(&d));
    let out = r.run(&["run", "--rm", "--mount", &m, "busybox", "touch", "/m/f"]);
    assert!(
        common::stderr(&out).contains("Read-only file system"),
        "{}",
        common::stderr(&out)
    );
}

fn tmpfs_fresh_and_limited(r: &Rcon) {
    let out = r.ok(&[
        "run",
        "--name",
        "t1",
        "--tmpfs",
        "/t:size=1m",
        "busybox",
        "sh",
        "-c",
        "ls -A /t; echo data > /t/f; cat /t/f",
    ]);
    assert_eq!(out, "data\n");
    // each start gets an empty tmpfs
    assert_eq!(r.ok(&["start", "-a", "t1"]), "data\n");
    let out = r.run(&[
        "run",
        "--rm",
        "--tmpfs",
        "/t:size=1m",
        "busybox",
        "dd",
        "if=/dev/zero",
        "of=/t/big",
        "bs=1k",
        "count=2048",
    ]);
    assert_ne!(out.status.code(), Some(0));
    assert!(
        common::stderr(&out).contains("No space left on device"),
        "{}",
        common::stderr(&out)
    );
    // podman's default options
    let m = r.ok(&[
        "run",
        "--rm",
        "--tmpfs",
        "/t",
        "busybox",
        "grep",
        " /t ",
        "/proc/mounts",
    ]);
    assert!(m.contains("tmpfs /t tmpfs rw,nosuid,nodev"), "{m}");
    r.ok(&["rm", "t1"]);
}

#[test]
fn binds_see_host_changes_both_ways() {
    bind_both_ways(&Rcon::new());
}

#[test]
fn rootless_binds_see_host_changes_both_ways() {
    bind_both_ways(&Rcon::rootless());
}

#[test]
fn read_only_binds_refuse_writes() {
    ro_refuses_writes(&Rcon::new());
}

#[test]
fn rootless_read_only_binds_refuse_writes() {
    ro_refuses_writes(&Rcon::rootless());
}

#[test]
fn tmpfs_is_empty_at_each_start_and_size_limited() {
    tmpfs_fresh_and_limited(&Rcon::new());
}

#[test]
fn rootless_tmpfs_is_empty_at_each_start_and_size_limited() {
    tmpfs_fresh_and_limited(&Rcon::rootless());
}

#[test]
fn tmpfs_copies_up_the_directory_it_covers() {
    let r = Rcon::new();
    // the image's /etc is copied into the tmpfs (podman's tmpcopyup), writes stay there
    let out = r.ok(&[
        "run",
        "--rm",
        "--tmpfs",
        "/etc",
        "busybox",
        "sh",
        "-c",
        "grep -c root /etc/passwd; grep ' /etc ' /proc/mounts | cut -d' ' -f3",
    ]);
    assert_eq!(out, "1\ntmpfs\n");
    // without copy-up only rcon's own files (bound on top) are there
    let out = r.ok(&[
        "run",
        "--rm",
        "--mount",
        "type=tmpfs,target=/etc,notmpcopyup",
        "busybox",
        "sh",
        "-c",
        "test -e /etc/passwd || echo no-passwd; cat /etc/hostname",
    ]);
    assert!(out.starts_with("no-passwd\n"), "{out}");
}

#[test]
fn bad_mounts_are_refused_and_leave_nothing() {
    let r = Rcon::new();
    let missing = r.dir.join("missing");
    let v = format!("{}:/d", s(&missing));
    let err = r.fails(125, &["run", "--rm", "-v", &v, "busybox", "true"]);
    assert!(
        err.contains(&format!(
            "statfs {}: no such file or directory",
            s(&missing)
        )),
        "{err}"
    );
    let m = format!("type=bind,src={},target=/d", s(&missing));
    r.fails(125, &["create", "--mount", &m, "busybox"]);
    let err = r.fails(125, &["run", "--rm", "-v", "rel/dir:/d", "busybox", "true"]);
    assert!(err.contains("names must match"), "{err}");
    let err = r.fails(125, &["run", "--rm", "-v", "/tmp:rel", "busybox", "true"]);
    assert!(
        err.contains("invalid container path \"rel\", must be an absolute path"),
        "{err}"
    );
    let err = r.fails(
        125,
        &[
            "run", "--rm", "-v", "/tmp:/d", "--tmpfs", "/d", "busybox", "true",
        ],
    );
    assert!(err.contains("/d: duplicate mount destination"), "{err}");
    let err = r.fails(
        125,
        &[
            "run",
            "--rm",
            "--mount",
            "type=bind,target=/d,bogus",
            "busybox",
            "true",
        ],
    );
    assert!(err.contains("bogus: invalid mount option"), "{err}");
    let err = r.fails(125, &["run", "--rm", "-v", "/tmp:/d:O", "busybox", "true"]);
    assert!(err.contains("overlay volumes"), "{err}");
    let err = r.fails(
        125,
        &["run", "--rm", "--image-volume", "bogus", "busybox", "true"],
    );
    assert!(err.contains("invalid ImageVolumeMode \"bogus\""), "{err}");
    assert_eq!(r.ok(&["ps", "-a", "-q"]), "");
}

#[test]
fn hostile_symlink_target_stays_inside_the_rootfs() {
    let r = Rcon::new();
    r.ok(&[
        "run", "--name", "mk", "busybox", "ln", "-s", "/etc", "/data",
    ]);
    r.ok(&["commit", "-q", "mk", "hostile"]);
    let d = host_dir(&r, "payload");
    let marker = format!("rcon-hostile-{}", std::process::id());
    std::fs::write(d.join(&marker), "inside\n").unwrap();
    let v = format!("{}:/data", s(&d));
    let cmd = format!("cat /etc/{marker}; readlink /data");
    // the mount lands on the container's /etc, the symlink's target inside the rootfs
    assert_eq!(
        r.ok(&["run", "--rm", "-v", &v, "hostile", "sh", "-c", &cmd]),
        "inside\n/etc\n"
    );
    assert!(!Path::new("/etc").join(&marker).exists());
    let host_mounts = std::fs::read_to_string("/proc/self/mountinfo").unwrap();
    assert!(!host_mounts.contains(s(&d)), "{host_mounts}");
}

#[test]
fn inspect_and_ps_show_the_mounts() {
    let r = Rcon::new();
    let d = host_dir(&r, "insp");
    let v = format!("{}:/data:ro,z", s(&d));
    let m = format!("type=bind,src={},target=/m,bind-propagation=rshared", s(&d));
    r.ok(&[
        "create",
        "--name",
        "c1",
        "-v",
        &v,
        "--mount",
        &m,
        "--tmpfs",
        "/t:size=1m",
        "busybox",
        "sh",
        "-c",
        "grep ' /m ' /proc/self/mountinfo",
    ]);
    let out = r.ok(&["inspect", "--format", "{{json .Mounts}}", "c1"]);
    let mounts: serde_json::Value = serde_json::from_str(&out).unwrap();
    let data = &mounts[0];
    assert_eq!(data["Type"], "bind");
    assert_eq!(data["Source"], s(&d));
    assert_eq!(data["Destination"], "/data");
    assert_eq!(data["RW"], false);
    assert_eq!(data["Mode"], "z");
    assert_eq!(data["Propagation"], "rprivate");
    assert_eq!(data["Options"], serde_json::json!(["rbind"]));
    assert_eq!(mounts[1]["Propagation"], "rshared");
    assert_eq!(
        mounts.as_array().unwrap().len(),
        2,
        "tmpfs is not in Mounts: {out}"
    );
    let binds = r.ok(&["inspect", "--format", "{{json .HostConfig.Binds}}", "c1"]);
    assert!(
        binds.contains(&format!("{}:/data:ro,z,rprivate,rbind", s(&d))),
        "{binds}"
    );
    let tmpfs = r.ok(&["inspect", "--format", "{{json .HostConfig.Tmpfs}}", "c1"]);
    assert_eq!(
        tmpfs.trim(),
        r#"{"/t":"size=1m,rw,rprivate,nosuid,nodev,tmpcopyup"}"#
    );
    assert_eq!(
        r.ok(&["ps", "-a", "--format", "{{.Mounts}}"]),
        "[/data /m /t]\n"
    );
    // the propagation asked for is the mount's
    let info = r.ok(&["start", "-a", "c1"]);
    assert!(info.contains("shared:"), "{info}");
    // a clone has the same mounts
    r.ok(&["container", "clone", "c1", "c2"]);
    let b2 = r.ok(&["inspect", "--format", "{{json .HostConfig.Binds}}", "c2"]);
    assert_eq!(binds, b2);
}

fn chown_to_user(r: &Rcon, expect_host_uid: u32) {
    let d = host_dir(r, "owned");
    std::fs::write(d.join("f"), "x").unwrap();
    if let Some((uid, gid)) = r.user {
        nix::unistd::chown(&d.join("f"), Some(uid.into()), Some(gid.into())).unwrap();
    }
    let v = format!("{}:/d:U", s(&d));
    let out = r.ok(&[
        "run",
        "--rm",
        "--user",
        "1000:1000",
        "-v",
        &v,
        "busybox",
        "stat",
        "-c",
        "%u:%g",
        "/d",
        "/d/f",
    ]);
    assert_eq!(out, "1000:1000\n1000:1000\n");
    use std::os::unix::fs::MetadataExt;
    assert_eq!(
        std::fs::metadata(d.join("f")).unwrap().uid(),
        expect_host_uid
    );
}

#[test]
fn u_option_chowns_the_source_to_the_container_user() {
    chown_to_user(&Rcon::new(), 1000);
}

#[test]
fn rootless_u_option_chowns_to_the_mapped_ids() {
    let r = Rcon::rootless();
    // the container's uid 1 is the first of the test user's /etc/subuid range
    let subuid = std::fs::read_to_string("/etc/subuid").unwrap();
    let start: u32 = subuid
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{}:", common::TEST_USER)))
        .and_then(|rest| rest.split(':').next())
        .and_then(|n| n.parse().ok())
        .expect("the test user's /etc/subuid range");
    chown_to_user(&r, start + 999);
}

#[test]
fn image_volumes_as_tmpfs_or_ignored() {
    let r = Rcon::new();
    r.ok(&["run", "--name", "mk", "busybox", "true"]);
    r.ok(&["commit", "-q", "--change", "VOLUME /vol", "mk", "withvol"]);
    let out = r.ok(&[
        "run",
        "--rm",
        "--image-volume",
        "tmpfs",
        "withvol",
        "sh",
        "-c",
        "grep ' /vol ' /proc/mounts | cut -d' ' -f3",
    ]);
    assert_eq!(out, "tmpfs\n");
    let out = r.ok(&[
        "run",
        "--rm",
        "--image-volume",
        "ignore",
        "withvol",
        "sh",
        "-c",
        "grep -c ' /vol ' /proc/mounts || true",
    ]);
    assert_eq!(out, "0\n");
}

#[test]
fn volumes_from_copies_the_other_containers_binds() {
    let r = Rcon::new();
    let d = host_dir(&r, "vf");
    std::fs::write(d.join("f"), "shared\n").unwrap();
    let v = format!("{}:/data", s(&d));
    r.ok(&[
        "create", "--name", "src", "-v", &v, "--tmpfs", "/t", "busybox",
    ]);
    let out = r.ok(&[
        "run",
        "--rm",
        "--volumes-from",
        "src",
        "busybox",
        "sh",
        "-c",
        "cat /data/f; grep -c ' /t ' /proc/mounts || true",
    ]);
    assert_eq!(out, "shared\n0\n");
    let out = r.run(&[
        "run",
        "--rm",
        "--volumes-from",
        "src:ro",
        "busybox",
        "touch",
        "/data/g",
    ]);
    assert!(
        common::stderr(&out).contains("Read-only file system"),
        "{}",
        common::stderr(&out)
    );
    let err = r.fails(
        125,
        &["run", "--rm", "--volumes-from", "nosuch", "busybox", "true"],
    );
    assert!(
        err.contains("looking up container \"nosuch\" for volumes-from"),
        "{err}"
    );
    let err = r.fails(
        125,
        &[
            "run",
            "--rm",
            "--volumes-from",
            "src:nosuid",
            "busybox",
            "true",
        ],
    );
    assert!(err.contains("can only use z,ro,rw options"), "{err}");
}

#[test]
fn a_bind_over_etc_keeps_rcons_etc_files_on_top() {
    let r = Rcon::new();
    let d = host_dir(&r, "etc");
    std::fs::write(d.join("mine"), "mine\n").unwrap();
    let v = format!("{}:/etc", s(&d));
    let out = r.ok(&[
        "run",
        "--rm",
        "--hostname",
        "hh",
        "-v",
        &v,
        "busybox",
        "cat",
        "/etc/mine",
        "/etc/hostname",
    ]);
    assert_eq!(out, "mine\nhh\n");
}
