//! `system df` (-v, --format) and `system prune` (-a, --volumes, --filter, -f), as podman's.

mod common;
use common::*;

fn du_bytes(path: &std::path::Path) -> u64 {
    let out = std::process::Command::new("du")
        .args(["-s", "-b", "--apparent-size"])
        .arg(path)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

#[test]
fn df_reports_images_containers_and_reclaimable() {
    let r = Rcon::new();
    r.ok(&[
        "run",
        "--name",
        "w",
        "busybox",
        "sh",
        "-c",
        "head -c 300000 /dev/zero > /big",
    ]);
    r.ok(&["run", "-d", "--name", "up", "busybox", "sleep", "1000"]);
    let out = r.ok(&["system", "df"]);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("TYPE"), "{out}");
    assert!(lines[0].contains("RECLAIMABLE"), "{out}");
    assert!(lines[1].starts_with("Images"), "{out}");
    assert!(lines[2].starts_with("Containers"), "{out}");
    assert!(lines[3].starts_with("Local Volumes"), "{out}");
    let json = r.ok(&["system", "df", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let containers = &v[1];
    assert_eq!(containers["Total"], 2, "{json}");
    assert_eq!(containers["Active"], 1, "{json}");
    // the exited container's writes are reclaimable, and they are what du counts
    let id = r.ok(&["inspect", "--format", "{{.Id}}", "w"]);
    let upper = r.root.join("containers").join(id.trim()).join("upper");
    let du = du_bytes(&upper);
    let reclaim = containers["Reclaimable"].as_u64().unwrap();
    assert!(reclaim >= 300_000 && reclaim <= du, "{json} du {du}");
    assert_eq!(
        r.ok(&["system", "df", "--format", "{{.Type}}:{{.Total}}"]),
        "Images:1\nContainers:2\nLocal Volumes:0\n"
    );
    let verbose = r.ok(&["system", "df", "-v"]);
    assert!(
        verbose.starts_with("Images space usage:\n\nREPOSITORY"),
        "{verbose}"
    );
    assert!(
        verbose.contains("\nContainers space usage:\n\nCONTAINER ID"),
        "{verbose}"
    );
    assert!(
        verbose.contains("\nLocal Volumes space usage:\n\nVOLUME NAME"),
        "{verbose}"
    );
    let w = verbose.lines().find(|l| l.ends_with(" w")).unwrap();
    assert!(w.contains("300kB") && w.contains("exited"), "{verbose}");
    r.ok(&["rm", "-f", "-t", "0", "-a"]);
}

#[test]
fn prune_removes_stopped_containers_and_dangling_then_unused_images() {
    let r = Rcon::new();
    r.ok(&["create", "--name", "stopped", "busybox", "true"]);
    r.ok(&["run", "-d", "--name", "up", "busybox", "sleep", "1000"]);
    r.ok(&["tag", "busybox", "spare:1"]);
    // a dangling image: committed, then its name moved away
    r.ok(&["commit", "-q", "stopped", "dang:1"]);
    r.ok(&["untag", "dang:1"]);
    // the answer no: nothing removed
    let out = r
        .cmd(&["system", "prune"])
        .stdin(std::process::Stdio::piped())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("- all dangling images"));
    assert_eq!(r.ok(&["ps", "-aq"]).lines().count(), 2);

    let out = r.ok(&["system", "prune", "-f"]);
    assert!(out.starts_with("Deleted Containers\n"), "{out}");
    assert!(out.contains("Deleted Images\n"), "{out}");
    assert!(
        out.lines()
            .last()
            .unwrap()
            .starts_with("Total reclaimed space: "),
        "{out}"
    );
    assert_eq!(r.ok(&["ps", "-a", "--format", "{{.Names}}"]), "up\n");
    // busybox is used by `up`: -a removes no image in use, so nothing more
    let out = r.ok(&["system", "prune", "-f", "-a"]);
    assert!(!out.contains("Deleted Containers"), "{out}");
    r.ok(&["image", "exists", "busybox"]);
    r.ok(&["rm", "-f", "-t", "0", "up"]);
    let out = r.ok(&["system", "prune", "-af"]);
    assert!(out.contains("Deleted Images"), "{out}");
    assert_eq!(r.ok(&["images", "-q"]), "");
    let err = r.fails(125, &["system", "prune", "-f", "--filter", "bogus=1"]);
    assert!(err.contains("bogus"), "{err}");
}
