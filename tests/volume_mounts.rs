//! Volumes in containers: named ones made on first use and kept, anonymous ones (`-v /path`,
//! the image's VOLUME) removed with `rm -v` and `--rm`, copy-up of a fresh volume from the
//! image (owners and modes kept) and never of one that has data, `--volumes-from`, `:ro`,
//! `nocopy`, in use, `system df` and `system prune --volumes`; root and rootless.

mod common;
use common::*;

fn volumes(r: &Rcon) -> Vec<String> {
    let mut v: Vec<String> = r
        .ok(&["volume", "ls", "-q"])
        .lines()
        .map(str::to_string)
        .collect();
    v.sort();
    v
}

/// What a user checks of a named volume: data outlives the container, a new one sees it,
/// `rm -v` keeps it, it cannot go while used.
fn named_volume_keeps_data(r: &Rcon) {
    r.ok(&[
        "run",
        "--rm",
        "-v",
        "data:/d",
        "busybox",
        "sh",
        "-c",
        "echo kept > /d/f",
    ]);
    assert_eq!(
        r.ok(&["run", "--rm", "-v", "data:/d", "busybox", "cat", "/d/f"]),
        "kept\n"
    );
    r.ok(&["create", "--name", "c", "-v", "data:/d", "busybox", "true"]);
    let err = r.fails(2, &["volume", "rm", "data"]);
    assert!(err.contains("volume is being used"), "{err}");
    r.ok(&["rm", "-v", "c"]);
    assert_eq!(volumes(r), ["data"]);
    let ro = r.run(&[
        "run",
        "--rm",
        "-v",
        "data:/d:ro",
        "busybox",
        "sh",
        "-c",
        "echo x > /d/g",
    ]);
    assert!(!ro.status.success());
    assert!(
        stderr(&ro).contains("Read-only file system"),
        "{}",
        stderr(&ro)
    );
    r.ok(&["volume", "rm", "data"]);
}

#[test]
fn named_volumes_outlive_their_containers() {
    named_volume_keeps_data(&Rcon::new());
}

#[test]
fn rootless_named_volumes_outlive_their_containers() {
    let r = Rcon::rootless();
    named_volume_keeps_data(&r);
    // the files are the user's own on the host (container root is the user)
    r.ok(&["run", "--rm", "-v", "mine:/d", "busybox", "touch", "/d/f"]);
    let f = r.root.join("volumes/mine/_data/f");
    let (uid, _) = ensure_test_user();
    use std::os::unix::fs::MetadataExt;
    assert_eq!(std::fs::metadata(&f).unwrap().uid(), uid);
}

#[test]
fn anonymous_volumes_go_with_rm_v_and_rm() {
    let r = Rcon::new();
    r.ok(&[
        "run",
        "--name",
        "a",
        "-v",
        "/scratch",
        "busybox",
        "touch",
        "/scratch/x",
    ]);
    let v = volumes(&r);
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].len(), 64, "{v:?}");
    let anon = r.ok(&["volume", "inspect", "--format", "{{.Anonymous}}", &v[0]]);
    assert_eq!(anon, "true\n");
    let m = r.ok(&[
        "inspect",
        "--format",
        "{{range .Mounts}}{{.Type}} {{.Name}} {{.Destination}}{{end}}",
        "a",
    ]);
    assert_eq!(m, format!("volume {} /scratch\n", v[0]));
    // rm without -v keeps it, as podman's
    r.ok(&["create", "--name", "b", "-v", "/keep", "busybox", "true"]);
    r.ok(&["rm", "b"]);
    assert_eq!(volumes(&r).len(), 2);
    r.ok(&["rm", "-v", "a"]);
    assert_eq!(volumes(&r).len(), 1);
    // --rm: the anonymous one goes, a named one beside it stays
    r.ok(&[
        "run", "--rm", "-v", "/tmpvol", "-v", "named:/n", "busybox", "true",
    ]);
    let left = volumes(&r);
    assert_eq!(left.len(), 2, "{left:?}");
    assert!(left.contains(&"named".to_string()));
}

#[test]
fn copy_up_fills_a_fresh_volume_once_keeping_owners_and_modes() {
    let r = Rcon::new();
    r.ok(&[
        "run",
        "--name",
        "mk",
        "busybox",
        "sh",
        "-c",
        "mkdir -p /srv/app && echo v1 > /srv/app/conf && chown -R 1000:1000 /srv/app && chmod 750 /srv/app",
    ]);
    r.ok(&["commit", "-q", "mk", "app"]);
    let out = r.ok(&[
        "run",
        "--rm",
        "-v",
        "appdata:/srv/app",
        "app",
        "sh",
        "-c",
        "stat -c '%u:%g %a' /srv/app; cat /srv/app/conf; echo v2 > /srv/app/conf",
    ]);
    assert_eq!(out, "1000:1000 750\nv1\n");
    // not again: the volume has its own data now
    assert_eq!(
        r.ok(&[
            "run",
            "--rm",
            "-v",
            "appdata:/srv/app",
            "app",
            "cat",
            "/srv/app/conf"
        ]),
        "v2\n"
    );
    // nocopy: left empty
    assert_eq!(
        r.ok(&[
            "run",
            "--rm",
            "-v",
            "bare:/srv/app:nocopy",
            "app",
            "ls",
            "-A",
            "/srv/app"
        ]),
        ""
    );
    // a volume that already has data is not filled
    r.ok(&[
        "run", "--rm", "-v", "full:/x", "busybox", "touch", "/x/mine",
    ]);
    assert_eq!(
        r.ok(&[
            "run",
            "--rm",
            "-v",
            "full:/srv/app",
            "app",
            "ls",
            "/srv/app"
        ]),
        "mine\n"
    );
}

#[test]
fn image_volumes_become_anonymous_volumes_filled_from_the_image() {
    let r = Rcon::new();
    r.ok(&[
        "run",
        "--name",
        "mk",
        "busybox",
        "sh",
        "-c",
        "mkdir /cache && echo seed > /cache/s",
    ]);
    r.ok(&["commit", "-q", "-c", "VOLUME /cache", "mk", "withvol"]);
    r.ok(&[
        "run",
        "--name",
        "w",
        "withvol",
        "sh",
        "-c",
        "cat /cache/s > /cache/t",
    ]);
    let v = volumes(&r);
    assert_eq!(v.len(), 1, "{v:?}");
    let data = r.root.join("volumes").join(&v[0]).join("_data");
    assert_eq!(std::fs::read_to_string(data.join("t")).unwrap(), "seed\n");
    r.ok(&["rm", "-v", "w"]);
    assert!(volumes(&r).is_empty());
    // ignore: no volume
    r.ok(&["run", "--rm", "--image-volume", "ignore", "withvol", "true"]);
    assert!(volumes(&r).is_empty());
}

#[test]
fn volumes_from_shares_a_containers_volumes() {
    let r = Rcon::new();
    r.ok(&[
        "create",
        "--name",
        "src",
        "-v",
        "shared:/s",
        "-v",
        "/anon",
        "busybox",
        "true",
    ]);
    r.ok(&[
        "run",
        "--rm",
        "--volumes-from",
        "src",
        "busybox",
        "sh",
        "-c",
        "echo a > /s/f; echo b > /anon/f",
    ]);
    assert_eq!(
        r.ok(&[
            "run",
            "--rm",
            "--volumes-from",
            "src:ro",
            "busybox",
            "cat",
            "/s/f",
            "/anon/f"
        ]),
        "a\nb\n"
    );
    let ro = r.run(&[
        "run",
        "--rm",
        "--volumes-from",
        "src:ro",
        "busybox",
        "touch",
        "/s/g",
    ]);
    assert!(!ro.status.success());
}

#[test]
fn parallel_runs_make_one_volume() {
    let r = Rcon::new();
    let children: Vec<_> = (0..20)
        .map(|i| {
            r.cmd(&[
                "run",
                "--rm",
                "-v",
                "same:/d",
                "busybox",
                "sh",
                "-c",
                &format!("touch /d/{i}"),
            ])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    assert_eq!(volumes(&r), ["same"]);
    let files = std::fs::read_dir(r.root.join("volumes/same/_data"))
        .unwrap()
        .count();
    assert_eq!(files, 20);
}

#[test]
fn df_counts_volumes_and_prune_volumes_removes_unused() {
    let r = Rcon::new();
    r.ok(&[
        "run",
        "--rm",
        "-v",
        "big:/d",
        "busybox",
        "sh",
        "-c",
        "head -c 200000 /dev/zero > /d/f",
    ]);
    r.ok(&[
        "create", "--name", "user", "-v", "used:/d", "busybox", "true",
    ]);
    let json = r.ok(&["system", "df", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v[2]["Total"], 2, "{json}");
    assert_eq!(v[2]["Active"], 1, "{json}");
    assert_eq!(v[2]["Reclaimable"], 200_000, "{json}");
    let verbose = r.ok(&["system", "df", "-v"]);
    let line = verbose.lines().find(|l| l.starts_with("big ")).unwrap();
    assert!(line.contains("200kB") && line.contains(" 0 "), "{verbose}");
    // without --volumes none goes (the stopped `user` does)
    r.ok(&["system", "prune", "-f"]);
    assert_eq!(volumes(&r), ["big", "used"]);
    r.ok(&[
        "create", "--name", "user2", "-v", "used:/d", "busybox", "true",
    ]);
    let out = r.ok(&["system", "prune", "-f", "--volumes"]);
    assert!(out.contains("Deleted Volumes\nbig\n"), "{out}");
    assert!(
        volumes(&r).is_empty(),
        "the containers went first, then their volume"
    );
}

/// Rootless: a fresh volume is filled from the image with the image's owners (mapped ids),
/// an anonymous one goes with `--rm`, `--mount type=volume` works.
#[test]
fn rootless_copy_up_and_anonymous_volumes() {
    let r = Rcon::rootless();
    r.ok(&[
        "run",
        "--name",
        "mk",
        "busybox",
        "sh",
        "-c",
        "mkdir /srv && echo v1 > /srv/conf && chown -R 1000:1000 /srv",
    ]);
    r.ok(&["commit", "-q", "mk", "app"]);
    let out = r.ok(&[
        "run",
        "--rm",
        "--mount",
        "type=volume,source=appdata,target=/srv",
        "app",
        "sh",
        "-c",
        "stat -c %u /srv/conf; cat /srv/conf",
    ]);
    assert_eq!(out, "1000\nv1\n");
    r.ok(&[
        "run",
        "--rm",
        "-v",
        "/scratch",
        "busybox",
        "touch",
        "/scratch/x",
    ]);
    assert_eq!(volumes(&r), ["appdata"]);
}
