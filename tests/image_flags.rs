//! Every podman 4.3.1 flag of the image verbs, as a user sees it: `images` filters, sorting,
//! headings and the name history; `rmi` -i and --no-prune and its exit codes; `image prune`
//! -a and --filter; `import --arch/--os/--variant`; and a reloaded image leaving no
//! manifest blob behind.

mod common;
use common::images::*;
use common::*;
use serde_json::{json, Value};
use std::path::PathBuf;

// ---------------------------------------------------------------------------------------
// helpers

/// One image of a test archive: its tags, layers (bottom first), creation time and labels.
struct Img<'a> {
    tags: &'a [&'a str],
    layers: Vec<Vec<u8>>,
    created: &'a str,
    labels: Value,
}

/// A docker-archive of `images`, each with its own config (created, labels).
fn archive(images: &[Img]) -> Vec<u8> {
    let mut f = Files::default();
    let mut manifest = vec![];
    for img in images {
        let diff_ids: Vec<String> = img.layers.iter().map(|l| sha256(l)).collect();
        let mut layer_files = vec![];
        for l in &img.layers {
            let name = format!("{}/layer.tar", hex_of(&sha256(l)));
            f.add(&name, l.clone());
            layer_files.push(name);
        }
        let config = serde_json::to_vec(&json!({
            "architecture": host_arch(),
            "os": "linux",
            "created": img.created,
            "config": {"Cmd": ["/bin/sh"], "Labels": img.labels},
            "rootfs": {"type": "layers", "diff_ids": diff_ids},
            "history": diff_ids.iter().map(|_| json!({"created_by": "test"})).collect::<Vec<_>>(),
        }))
        .unwrap();
        let config_name = format!("{}.json", hex_of(&sha256(&config)));
        f.add(&config_name, config);
        manifest.push(json!({"Config": config_name, "RepoTags": img.tags, "Layers": layer_files}));
    }
    f.add("manifest.json", serde_json::to_vec(&manifest).unwrap());
    f.tar()
}

/// A small layer with one file of `size` bytes.
fn layer(name: &str, size: usize) -> Vec<u8> {
    Tar::new().file(name, &vec![b'x'; size]).bytes()
}

fn load(r: &Rcon, name: &str, data: &[u8]) {
    let p = r.dir.join(name);
    std::fs::write(&p, data).unwrap();
    r.ok(&["load", "-i", p.to_str().unwrap()]);
}

/// The id of `image`.
fn id(r: &Rcon, image: &str) -> String {
    r.ok(&["image", "inspect", "--format", "{{.Id}}", image])
        .trim()
        .to_string()
}

/// `images` listed as REPOSITORY:TAG, one per row, with these extra arguments.
fn listed(r: &Rcon, args: &[&str]) -> Vec<String> {
    let mut a = vec!["images", "--format", "{{.Repository}}:{{.Tag}}"];
    a.extend_from_slice(args);
    r.ok(&a).lines().map(str::to_string).collect()
}

/// Three images of known dates, sizes, labels and names: old (2020, small, label
/// tier=base), mid (2022, large, label tier=app and extra) and new (2024, middling, no
/// labels).
fn three_images() -> Rcon {
    let r = Rcon::empty();
    let ar = archive(&[
        Img {
            tags: &["example.com/old:1.0"],
            layers: vec![layer("old", 10)],
            created: "2020-01-01T00:00:00Z",
            labels: json!({"tier": "base"}),
        },
        Img {
            tags: &["quay.io/team/mid:2.0"],
            layers: vec![layer("mid", 300_000)],
            created: "2022-01-01T00:00:00Z",
            labels: json!({"tier": "app", "extra": "yes"}),
        },
        Img {
            tags: &["example.com/new:3.0"],
            layers: vec![layer("new", 50_000)],
            created: "2024-01-01T00:00:00Z",
            labels: json!({}),
        },
    ]);
    load(&r, "three.tar", &ar);
    r
}

/// An untagged parent image and a tagged child built on it.
fn parent_and_child(r: &Rcon) -> (String, String) {
    let before = image_ids(r);
    let base = layer("base", 100);
    let ar = archive(&[
        Img {
            tags: &[],
            layers: vec![base.clone()],
            created: "2021-01-01T00:00:00Z",
            labels: json!({}),
        },
        Img {
            tags: &["example.com/child:1"],
            layers: vec![base, layer("top", 100)],
            created: "2021-06-01T00:00:00Z",
            labels: json!({}),
        },
    ]);
    load(r, "family.tar", &ar);
    let child = id(r, "example.com/child:1");
    let all = r.ok(&["images", "-a", "-q", "--no-trunc"]);
    let parent = all
        .lines()
        .map(|l| l.trim_start_matches("sha256:").to_string())
        .find(|i| *i != child && !before.contains(i))
        .expect("the parent image");
    (parent, child)
}

fn image_ids(r: &Rcon) -> Vec<String> {
    r.ok(&["images", "-a", "-q", "--no-trunc"])
        .lines()
        .map(|l| l.trim_start_matches("sha256:").to_string())
        .collect()
}

// ---------------------------------------------------------------------------------------
// images: filters

#[test]
fn images_filters_by_time_label_reference_id_and_digest() {
    let r = three_images();
    let all = [
        "example.com/new:3.0",
        "quay.io/team/mid:2.0",
        "example.com/old:1.0",
    ];
    assert_eq!(listed(&r, &[]), all);

    // since/after and before: strictly newer or older than the named image
    assert_eq!(
        listed(&r, &["--filter", "since=example.com/old:1.0"]),
        all[..2]
    );
    assert_eq!(listed(&r, &["-f", "after=quay.io/team/mid:2.0"]), all[..1]);
    assert_eq!(
        listed(&r, &["--filter", "before=example.com/new:3.0"]),
        all[1..]
    );
    let e = r.fails(125, &["images", "--filter", "since=nosuch"]);
    assert!(
        e.contains("could not find local image for filter \"since\"=\"nosuch\""),
        "{e}"
    );
    // until: created before a time
    assert_eq!(
        listed(&r, &["--filter", "until=2023-01-01T00:00:00Z"]),
        all[1..]
    );
    assert_eq!(
        listed(&r, &["--filter", "until=1500000000"]),
        Vec::<String>::new()
    );
    // every filter must pass; podman splits --filter at commas
    assert_eq!(
        listed(
            &r,
            &[
                "--filter",
                "since=example.com/old:1.0,until=2023-01-01T00:00:00Z"
            ]
        ),
        all[1..2]
    );

    // label: set, set to a value, or (!=) not
    assert_eq!(listed(&r, &["--filter", "label=tier"]), all[1..]);
    assert_eq!(listed(&r, &["--filter", "label=tier=app"]), all[1..2]);
    assert_eq!(
        listed(
            &r,
            &["--filter", "label=tier", "--filter", "label=extra=yes"]
        ),
        all[1..2]
    );
    assert_eq!(listed(&r, &["--filter", "label!=tier"]), all[..1]);

    // reference: a glob over the name's forms (full, path, name, with and without tag)
    assert_eq!(listed(&r, &["--filter", "reference=mid"]), all[1..2]);
    assert_eq!(
        listed(&r, &["--filter", "reference=example.com/*"]),
        [all[0], all[2]]
    );
    assert_eq!(listed(&r, &["--filter", "reference=*:[0-2].0"]), all[1..]);
    assert_eq!(
        listed(&r, &["--filter", "reference=team/mid:2.?"]),
        all[1..2]
    );
    assert_eq!(listed(&r, &["--filter", "reference=*"]), all);
    assert_eq!(
        listed(&r, &["--filter", "reference=nomatch*"]),
        Vec::<String>::new()
    );

    // id: a prefix; digest: the manifest digest's prefix, sha256: required
    let mid = id(&r, "quay.io/team/mid:2.0");
    assert_eq!(
        listed(&r, &["--filter", &format!("id={}", &mid[..8])]),
        all[1..2]
    );
    let digest = r
        .ok(&[
            "image",
            "inspect",
            "--format",
            "{{.Digest}}",
            "example.com/old:1.0",
        ])
        .trim()
        .to_string();
    assert_eq!(
        listed(&r, &["--filter", &format!("digest={}", &digest[..20])]),
        all[2..]
    );
    let e = r.fails(125, &["images", "--filter", "digest=abc"]);
    assert!(e.contains("invalid value \"abc\" for digest filter"), "{e}");

    // readonly: no image of rcon's store is read-only
    assert_eq!(listed(&r, &["--filter", "readonly=false"]), all);
    assert_eq!(
        listed(&r, &["--filter", "readonly=true"]),
        Vec::<String>::new()
    );

    // podman's errors, exit 125
    let e = r.fails(125, &["images", "--filter", "colour=red"]);
    assert_eq!(e.trim(), "Error: unsupported image filter \"colour\"");
    let e = r.fails(125, &["images", "--filter", "dangling"]);
    assert!(e.contains("invalid image filter \"dangling\""), "{e}");
    let e = r.fails(125, &["images", "--filter", "dangling=maybe"]);
    assert!(e.contains("non-boolean value \"maybe\""), "{e}");
    let e = r.fails(
        125,
        &[
            "images",
            "--filter",
            "dangling=true",
            "--filter",
            "dangling=false",
        ],
    );
    assert!(e.contains("more than once with different values"), "{e}");
    let e = r.fails(
        125,
        &["images", "--filter", "label=tier", "example.com/old:1.0"],
    );
    assert_eq!(e.trim(), "Error: cannot specify an image and a filter(s)");
}

#[test]
fn images_dangling_intermediate_and_containers_filters() {
    let r = Rcon::new();
    let (parent, child) = parent_and_child(&r);
    // an untagged image of its own: dangling
    let lone = r
        .ok(&["import", busybox_tar().to_str().unwrap()])
        .trim()
        .trim_start_matches("sha256:")
        .to_string();
    let ids = |args: &[&str]| -> Vec<String> {
        let mut a = vec!["images", "--no-trunc", "--format", "{{.Id}}"];
        a.extend_from_slice(args);
        let mut v: Vec<String> = r.ok(&a).lines().map(str::to_string).collect();
        v.sort();
        v.dedup();
        v
    };
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    let bb = id(&r, "busybox");

    // without -a, the parent (no name, a child) is hidden; -a shows it
    assert!(!ids(&[]).contains(&parent));
    assert!(ids(&["-a"]).contains(&parent));
    assert!(ids(&[]).contains(&lone), "a dangling image is listed");
    assert_eq!(
        ids(&["-a", "--filter", "intermediate=true"]),
        vec![parent.clone()]
    );
    assert_eq!(ids(&["--filter", "dangling=true"]), vec![lone.clone()]);
    assert_eq!(
        ids(&["-a", "--filter", "dangling=false"]),
        sorted(vec![parent.clone(), child.clone(), bb.clone()])
    );

    // containers: images a container uses
    r.ok(&["create", "--name", "user", "busybox"]);
    assert_eq!(ids(&["--filter", "containers=true"]), vec![bb.clone()]);
    assert_eq!(
        ids(&["--filter", "containers=false"]),
        sorted(vec![child.clone(), lone.clone()])
    );
    r.fails(125, &["images", "--filter", "containers=maybe"]);
}

// ---------------------------------------------------------------------------------------
// images: sorting, headings, history

#[test]
fn images_sort_orders_and_rejects_unknown_keys() {
    let r = three_images();
    let (old, mid, new) = (
        "example.com/old:1.0",
        "quay.io/team/mid:2.0",
        "example.com/new:3.0",
    );
    assert_eq!(listed(&r, &["--sort", "created"]), [new, mid, old]);
    assert_eq!(listed(&r, &["--sort", "size"]), [old, new, mid]);
    assert_eq!(listed(&r, &["--sort", "tag"]), [old, mid, new]);
    assert_eq!(listed(&r, &["--sort", "repository"]), [new, old, mid]);
    let mut by_id: Vec<(String, &str)> = [old, mid, new].iter().map(|n| (id(&r, n), *n)).collect();
    by_id.sort();
    let want: Vec<&str> = by_id.iter().map(|(_, n)| *n).collect();
    assert_eq!(listed(&r, &["--sort", "id"]), want);
    let e = r.fails(125, &["images", "--sort", "name"]);
    assert_eq!(
        e.trim(),
        "Error: \"name\" is not a valid field for sorting. Choose from: created, id, repository, size, tag"
    );
}

#[test]
fn images_noheading_and_history_column() {
    let r = Rcon::new();
    let out = r.ok(&["images"]);
    assert!(out.starts_with("REPOSITORY"), "{out}");
    assert_eq!(out.lines().count(), 2);
    for flag in ["-n", "--noheading"] {
        let out = r.ok(&["images", flag]);
        assert_eq!(out.lines().count(), 1, "{out}");
        assert!(out.starts_with("localhost/busybox "), "{out}");
    }
    // a table template keeps its header unless -n; a plain template has none
    let out = r.ok(&["images", "--format", "table {{.ID}}"]);
    assert_eq!(out.lines().next(), Some("IMAGE ID"));
    let out = r.ok(&["images", "-n", "--format", "table {{.ID}}"]);
    assert_eq!(out.lines().count(), 1);
    assert!(!out.contains("IMAGE ID"));

    // --history: the names the image had, most recent first, kept after untag
    r.ok(&["tag", "busybox", "second"]);
    r.ok(&["untag", "busybox", "second"]);
    let out = r.ok(&["images", "--history"]);
    let header = out.lines().next().unwrap();
    assert!(header.ends_with("HISTORY"), "{header}");
    assert!(header.contains("SIZE"), "{header}");
    let row = out.lines().nth(1).unwrap();
    assert!(
        row.ends_with("localhost/second:latest, localhost/busybox:latest"),
        "{out}"
    );
    assert_eq!(
        r.ok(&["images", "--format", "{{.History}}"]).trim(),
        "localhost/second:latest, localhost/busybox:latest"
    );
    // an image never named: <none>
    let p = r.dir.join("unnamed.tar");
    std::fs::write(
        &p,
        archive(&[Img {
            tags: &[],
            layers: vec![layer("f", 10)],
            created: "2020-01-01T00:00:00Z",
            labels: json!({}),
        }]),
    )
    .unwrap();
    r.ok(&["load", "-i", p.to_str().unwrap()]);
    let out = r.ok(&["images", "--history", "--filter", "dangling=true"]);
    let row = out.lines().nth(1).unwrap();
    assert!(row.starts_with("<none> "), "{out}");
    assert!(row.ends_with("<none>"), "{out}");
}

// ---------------------------------------------------------------------------------------
// rmi

#[test]
fn rmi_missing_images_exit_codes_and_ignore() {
    let r = Rcon::new();
    let out = r.run(&["rmi", "nosuch"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Error: nosuch: image not known\n"
    );
    // -i: a missing image is no error; the others are still removed
    r.ok(&["tag", "busybox", "extra"]);
    let out = r.ok(&["rmi", "-i", "nosuch", "extra"]);
    assert_eq!(out, "Untagged: localhost/extra:latest\n");
    let out = r.run(&["rmi", "--ignore", "nosuch"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty());
    // without -i, the missing one fails and the other is removed all the same
    r.ok(&["tag", "busybox", "extra"]);
    let out = r.run(&["rmi", "nosuch", "extra"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "Untagged: localhost/extra:latest\n"
    );
    // in use by a container: exit 2
    r.ok(&["create", "--name", "holder", "busybox"]);
    let e = r.fails(2, &["rmi", "busybox"]);
    assert!(e.contains("holder"), "{e}");
    // podman's argument errors
    let e = r.fails(125, &["rmi"]);
    assert_eq!(e.trim(), "Error: image name or ID must be specified");
    let e = r.fails(125, &["rmi", "-a", "busybox"]);
    assert!(
        e.contains("you may not pass any images names or IDs"),
        "{e}"
    );
}

#[test]
fn rmi_prunes_untagged_parents_unless_no_prune() {
    let r = Rcon::empty();
    let (parent, child) = parent_and_child(&r);
    let out = r.ok(&["rmi", "--no-prune", "example.com/child:1"]);
    assert_eq!(
        out,
        format!("Untagged: example.com/child:1\nDeleted: {child}\n")
    );
    assert_eq!(image_ids(&r), vec![parent.clone()], "the parent is kept");
    r.ok(&["rmi", &parent]);

    // without --no-prune the parent, left without names and children, goes too
    let (parent, child) = parent_and_child(&r);
    let out = r.ok(&["rmi", "example.com/child:1"]);
    assert_eq!(
        out,
        format!("Untagged: example.com/child:1\nDeleted: {child}\nDeleted: {parent}\n")
    );
    assert_eq!(image_ids(&r), Vec::<String>::new());
    assert_eq!(
        std::fs::read_dir(r.root.join("layers"))
            .map(|d| d.count())
            .unwrap_or(0),
        0
    );

    // a parent with a name stays
    let (parent, _) = parent_and_child(&r);
    r.ok(&["tag", &parent, "base:kept"]);
    r.ok(&["rmi", "example.com/child:1"]);
    assert_eq!(image_ids(&r), vec![parent]);
}

// ---------------------------------------------------------------------------------------
// image prune

#[test]
fn image_prune_all_removes_unused_tagged_images_and_keeps_used_ones() {
    let r = Rcon::new();
    let (parent, child) = parent_and_child(&r);
    r.ok(&["import", busybox_tar().to_str().unwrap(), "unused"]);
    let unused = id(&r, "unused");
    let bb = id(&r, "busybox");
    r.ok(&["create", "--name", "user", "busybox"]);

    // without -a: nothing is dangling (the parent has a child, the others names)
    assert_eq!(r.ok(&["image", "prune", "-f"]), "");
    // -a: every image no container uses; the parent goes once its child has
    let out = r.ok(&["image", "prune", "-a", "-f"]);
    let mut removed: Vec<&str> = out.lines().collect();
    removed.sort();
    let mut want = vec![parent.as_str(), child.as_str(), unused.as_str()];
    want.sort();
    assert_eq!(removed, want, "{out}");
    assert_eq!(image_ids(&r), vec![bb], "the image in use is kept");
    // --external is accepted: rcon has no external containers
    assert_eq!(
        r.ok(&["image", "prune", "--all", "--external", "--force"]),
        ""
    );
}

#[test]
fn image_prune_filters_by_label_and_until() {
    let r = Rcon::empty();
    let ar = archive(&[
        Img {
            tags: &[],
            layers: vec![layer("a", 10)],
            created: "2020-01-01T00:00:00Z",
            labels: json!({"keep": "no"}),
        },
        Img {
            tags: &[],
            layers: vec![layer("b", 10)],
            created: "2024-01-01T00:00:00Z",
            labels: json!({"keep": "yes"}),
        },
        Img {
            tags: &["example.com/named:1"],
            layers: vec![layer("c", 10)],
            created: "2020-01-01T00:00:00Z",
            labels: json!({"keep": "no"}),
        },
    ]);
    load(&r, "prune.tar", &ar);
    assert_eq!(image_ids(&r).len(), 3);
    // until: dangling images created before the time
    let out = r.ok(&[
        "image",
        "prune",
        "-f",
        "--filter",
        "until=2022-01-01T00:00:00Z",
    ]);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert_eq!(image_ids(&r).len(), 2);
    // label with -a: the named image goes, the other label stays
    let named = id(&r, "example.com/named:1");
    let out = r.ok(&["image", "prune", "-a", "-f", "--filter", "label=keep=no"]);
    assert_eq!(out.trim(), named);
    assert_eq!(image_ids(&r).len(), 1);
    let e = r.fails(125, &["image", "prune", "-f", "--filter", "colour=red"]);
    assert!(e.contains("unsupported image filter \"colour\""), "{e}");
}

// ---------------------------------------------------------------------------------------
// import

#[test]
fn import_arch_os_and_variant_show_in_image_inspect() {
    let r = Rcon::empty();
    let tar = r.dir.join("rootfs.tar");
    std::fs::write(&tar, layer("file", 10)).unwrap();
    let out = r.ok(&[
        "import",
        "--arch",
        "arm",
        "--variant",
        "v7",
        "--os",
        "freebsd",
        "-q",
        tar.to_str().unwrap(),
        "plat",
    ]);
    assert!(out.trim().starts_with("sha256:"), "{out}");
    assert_eq!(
        r.ok(&[
            "image",
            "inspect",
            "--format",
            "{{.Architecture}} {{.Os}}",
            "plat"
        ])
        .trim(),
        "arm freebsd"
    );
    // the variant is in the config itself
    let cfg = config_of(&r, "plat");
    assert_eq!(cfg["variant"], "v7");
    // without them: the host's platform, no variant
    r.ok(&["import", tar.to_str().unwrap(), "host"]);
    assert_eq!(
        r.ok(&[
            "image",
            "inspect",
            "--format",
            "{{.Architecture}} {{.Os}}",
            "host"
        ])
        .trim(),
        format!("{} linux", host_arch())
    );
    assert!(config_of(&r, "host").get("variant").is_none());
}

/// The image's config blob, as stored.
fn config_of(r: &Rcon, image: &str) -> Value {
    let hex = id(r, image);
    serde_json::from_slice(&std::fs::read(r.root.join("blobs/sha256").join(hex)).unwrap()).unwrap()
}

// ---------------------------------------------------------------------------------------
// a reloaded image

fn blob_files(r: &Rcon) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(r.root.join("blobs/sha256"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    v.sort();
    v
}

#[test]
fn reloading_an_image_with_another_manifest_leaves_no_blob_behind() {
    let r = Rcon::empty();
    let l = layer("only", 100);
    let docker = docker_archive(&[(&["example.com/re:1"], &[&l])]);
    load(&r, "docker.tar", &docker.tar());
    let first = r
        .ok(&[
            "image",
            "inspect",
            "--format",
            "{{.Digest}}",
            "example.com/re:1",
        ])
        .trim()
        .to_string();
    // loading the same archive again changes nothing
    load(&r, "docker.tar", &docker.tar());
    // the same image (same config) from an OCI layout: another manifest
    let mut oci = Oci::new();
    let desc = oci.image(&[&l], host_arch(), &["/bin/sh"]);
    oci.tag(desc, "example.com/re:1");
    let dir: PathBuf = r.dir.join("layout");
    oci.finish().write_dir(&dir);
    r.ok(&["load", "-i", dir.to_str().unwrap()]);
    let second = r
        .ok(&[
            "image",
            "inspect",
            "--format",
            "{{.Digest}}",
            "example.com/re:1",
        ])
        .trim()
        .to_string();
    assert_ne!(
        first, second,
        "the OCI layout's manifest replaced the first"
    );
    assert_eq!(image_ids(&r).len(), 1);
    assert!(
        !blob_files(&r).contains(&hex_of(&first).to_string()),
        "the replaced manifest blob is gone: {:?}",
        blob_files(&r)
    );
    assert!(blob_files(&r).contains(&hex_of(&second).to_string()));
    assert_eq!(r.ok(&["system", "check"]).trim(), "no problems found");
}
