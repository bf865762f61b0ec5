//! Pulling from a real registry (Debian's docker-registry on 127.0.0.1): open, behind htpasswd
//! basic auth and behind a bearer token server; images put there by skopeo, an independent
//! client. Multi-layer, gzip and zstd, platform indexes, the layer cache, corrupt blobs,
//! logins, and a pull killed midway.

mod common;
use common::images::*;
use common::registry::{cutting_proxy, Auth, Cut, Registry, PASSWORD, USER};
use common::*;
use serde_json::Value;
use std::path::Path;
use std::process::Stdio;

/// A store whose commands see `reg` as an insecure registry (and the only search registry),
/// with an auth file of their own.
fn store_for(reg: &Registry) -> Rcon {
    let mut r = Rcon::empty();
    let conf = r.dir.join("registries.conf");
    std::fs::write(
        &conf,
        format!(
            "unqualified-search-registries = [\"{h}\"]\n\n[[registry]]\nlocation = \"{h}\"\ninsecure = true\n",
            h = reg.host
        ),
    )
    .unwrap();
    r.env
        .push(("RCON_REGISTRIES_CONF".into(), conf.display().to_string()));
    r.env.push((
        "REGISTRY_AUTH_FILE".into(),
        r.dir.join("auth.json").display().to_string(),
    ));
    r
}

/// An OCI layout with one image: busybox under `layers` more small layers.
fn layout(dir: &Path, extra_layers: usize, zstd: bool, marker: &str) -> Value {
    let tops: Vec<Vec<u8>> = (0..extra_layers).map(|i| small_layer(marker, i)).collect();
    layout_of(dir, &[busybox_bytes()], &tops, zstd)
}

/// A layer with one small file, /etc/layer{i}, that says "{marker} {i}".
fn small_layer(marker: &str, i: usize) -> Vec<u8> {
    Tar::new()
        .file(
            &format!("etc/layer{i}"),
            format!("{marker} {i}\n").as_bytes(),
        )
        .bytes()
}

/// An OCI layout with one image of `base` then `tops` layers, which runs cat /etc/layer0.
fn layout_of(dir: &Path, base: &[Vec<u8>], tops: &[Vec<u8>], zstd: bool) -> Value {
    let mut oci = Oci::new();
    oci.zstd = zstd;
    let all: Vec<&[u8]> = base.iter().chain(tops).map(Vec::as_slice).collect();
    let m = oci.image(&all, host_arch(), &["cat", "/etc/layer0"]);
    oci.tag(m.clone(), "latest");
    oci.finish().write_dir(dir);
    m
}

/// A directory of this test process for a registry (or its files) named `tag`.
fn reg_dir(tag: &str) -> std::path::PathBuf {
    scratch_base().join(format!("reg-{tag}-{}", std::process::id()))
}

fn layers_in(r: &Rcon) -> usize {
    std::fs::read_dir(r.root.join("layers"))
        .map(|d| d.count())
        .unwrap_or(0)
}

#[test]
fn pull_multi_layer_image_pushed_by_skopeo_and_run_it() {
    let reg = Registry::start(&reg_dir("multi"), Auth::None);
    let r = store_for(&reg);
    let lay = r.dir.join("layout");
    layout(&lay, 3, false, "gzip");
    reg.push_layout(&lay, "latest", "test/multi:1.0", false);

    let name = format!("{}/test/multi:1.0", reg.host);
    let out = r.run(&["pull", &name]);
    assert!(out.status.success(), "{}", stderr(&out));
    let id = stdout(&out).trim().to_string();
    assert_eq!(id.len(), 64, "pull prints the image id: {id}");
    // not a terminal: one plain line per layer, no progress bar
    let err = stderr(&out);
    assert_eq!(err.matches("Copying blob").count(), 4, "{err}");
    assert!(!err.contains('\r'), "no progress bar on a pipe: {err:?}");
    assert_eq!(layers_in(&r), 4);
    assert_eq!(r.ok(&["run", "--rm", &name]), "gzip 0\n");
    // RepoDigests name the manifest the registry serves (checked with skopeo)
    let digest = skopeo_digest(&reg, "test/multi:1.0");
    let rd = r.ok(&[
        "image",
        "inspect",
        "--format",
        "{{json .RepoDigests}}",
        &name,
    ]);
    assert!(
        rd.contains(&format!("{}/test/multi@{digest}", reg.host)),
        "{rd} vs {digest}"
    );
    assert!(r.ok(&["images", "--digests"]).contains(&digest));

    // pulling again fetches no layer
    let again = r.run(&["pull", &name]);
    assert!(again.status.success());
    assert_eq!(
        stderr(&again).matches("skipped: already exists").count(),
        4,
        "{}",
        stderr(&again)
    );
    // -q: only the id (and Docker's content trust switch does nothing, as in podman)
    let q = r.run(&["pull", "-q", "--disable-content-trust", &name]);
    assert_eq!(stdout(&q).trim(), id);
    assert_eq!(stderr(&q), "");
    // by digest, and by short name through the search registries
    r.ok(&["rmi", &name]);
    assert_eq!(
        r.ok(&["pull", "-q", &format!("{}/test/multi@{digest}", reg.host)])
            .trim(),
        id
    );
    assert_eq!(r.ok(&["pull", "-q", "test/multi:1.0"]).trim(), id);
    assert!(r
        .ok(&["images"])
        .contains(&format!("{}/test/multi", reg.host)));
}

fn skopeo_digest(reg: &Registry, repo_tag: &str) -> String {
    let out = std::process::Command::new("skopeo")
        .args(["inspect", "--tls-verify=false", "--raw"])
        .arg(format!("docker://{}/{repo_tag}", reg.host))
        .output()
        .unwrap();
    assert!(out.status.success());
    format!(
        "sha256:{:x}",
        <sha2::Sha256 as sha2::Digest>::digest(&out.stdout)
    )
}

#[test]
fn zstd_layers_and_platform_index() {
    let reg = Registry::start(&reg_dir("idx"), Auth::None);
    let r = store_for(&reg);
    // zstd
    let lay = r.dir.join("zstd");
    layout(&lay, 1, true, "zstd");
    reg.push_layout(&lay, "latest", "test/zstd:latest", false);
    assert_eq!(
        r.ok(&["run", "--rm", &format!("{}/test/zstd", reg.host)]),
        "zstd 0\n"
    );

    // an index with the host's platform and another: run picks the host's
    let idx_dir = r.dir.join("index");
    let mut oci = Oci::new();
    let base = busybox_bytes();
    let mine = Tar::new().file("etc/layer0", b"host platform\n").bytes();
    let theirs = Tar::new().file("etc/layer0", b"other platform\n").bytes();
    let a = oci.image(&[&base, &mine], host_arch(), &["cat", "/etc/layer0"]);
    let b = oci.image(&[&base, &theirs], other_arch(), &["cat", "/etc/layer0"]);
    let idx = oci.platform_index(&[(a, host_arch()), (b, other_arch())]);
    oci.tag(idx, "latest");
    oci.finish().write_dir(&idx_dir);
    reg.push_layout(&idx_dir, "latest", "test/multiarch:latest", false);
    let name = format!("{}/test/multiarch", reg.host);
    assert_eq!(r.ok(&["run", "--rm", &name]), "host platform\n");
    // the other platform on request; its config says so
    let other = format!("linux/{}", other_arch());
    r.ok(&["pull", "-q", "--platform", &other, &name]);
    let arch = r.ok(&["image", "inspect", "--format", "{{.Architecture}}", &name]);
    assert_eq!(arch.trim(), other_arch());
    let e = r.fails(125, &["pull", "--platform", "linux/s390x", &name]);
    assert!(
        e.contains("no image for linux/s390x") && e.contains(host_arch()),
        "{e}"
    );
}

#[test]
fn corrupt_blob_is_rejected_and_leaves_nothing() {
    let reg = Registry::start(&reg_dir("bad"), Auth::None);
    let r = store_for(&reg);
    let lay = r.dir.join("layout");
    let m = layout(&lay, 1, false, "bad");
    reg.push_layout(&lay, "latest", "test/bad:latest", false);
    // the top layer's bytes at the registry replaced by other valid gzip
    let manifest: Value = serde_json::from_slice(
        &std::fs::read(
            lay.join("blobs/sha256")
                .join(m["digest"].as_str().unwrap().trim_start_matches("sha256:")),
        )
        .unwrap(),
    )
    .unwrap();
    let top = manifest["layers"][1]["digest"].as_str().unwrap();
    std::fs::write(
        reg.blob_path(top),
        gzip(&Tar::new().file("etc/evil", b"x").bytes()),
    )
    .unwrap();
    let e = r.fails(125, &["pull", &format!("{}/test/bad", reg.host)]);
    assert!(e.contains("digest mismatch") && e.contains(top), "{e}");
    assert_eq!(r.ok(&["images", "-q"]), "");
    assert_eq!(
        layers_in(&r),
        0,
        "the layers this pull added are gone again"
    );
    let tmp = std::fs::read_dir(r.root.join("tmp")).unwrap().count();
    assert_eq!(tmp, 0, "staging left behind");
    assert_eq!(r.ok(&["system", "check"]).trim(), "no problems found");
}

#[test]
fn unknown_image_and_unreachable_registry() {
    let reg = Registry::start(&reg_dir("none"), Auth::None);
    let r = store_for(&reg);
    let e = r.fails(125, &["pull", &format!("{}/test/nothing:here", reg.host)]);
    assert!(e.contains("not found"), "{e}");
    let e = r.fails(
        125,
        &[
            "run",
            "--rm",
            &format!("{}/test/nothing:here", reg.host),
            "true",
        ],
    );
    assert!(e.contains("not found"), "{e}");
    let e = r.fails(
        125,
        &[
            "run",
            "--pull",
            "never",
            "--rm",
            &format!("{}/test/nothing", reg.host),
        ],
    );
    assert!(e.contains("image not known"), "{e}");
    // a port nothing listens on
    let e = r.fails(125, &["pull", "127.0.0.1:1/x/y"]);
    assert!(e.contains("cannot reach registry 127.0.0.1:1"), "{e}");
    assert_eq!(
        e.lines().filter(|l| l.starts_with("Error")).count(),
        1,
        "one error line: {e}"
    );
    let e = r.fails(125, &["push", "--sign-by", "me@example.com", "busybox"]);
    assert!(e.contains("signing images is not supported"), "{e}");
    let e = r.fails(125, &["run", "--pull", "sometimes", "busybox"]);
    assert!(e.contains("invalid --pull policy \"sometimes\""), "{e}");
    assert_eq!(r.ok(&["ps", "-aq"]), "");
}

#[test]
fn basic_auth_login_pull_logout() {
    let reg = Registry::start(&reg_dir("basic"), Auth::Htpasswd);
    let r = store_for(&reg);
    let lay = r.dir.join("layout");
    layout(&lay, 1, false, "basic");
    reg.push_layout(&lay, "latest", "test/private:latest", true);
    let name = format!("{}/test/private", reg.host);

    let e = r.fails(125, &["pull", &name]);
    assert!(
        e.contains("authentication required") && e.contains("rcon login"),
        "{e}"
    );
    let e = r.fails(125, &["login", "-u", USER, "-p", "wrong", &reg.host]);
    assert!(e.contains("refused"), "{e}");
    assert!(
        !r.dir.join("auth.json").exists(),
        "a failed login stores nothing"
    );

    let mut c = r.cmd(&["login", "-u", USER, "--password-stdin", &reg.host]);
    c.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut ch = c.spawn().unwrap();
    use std::io::Write;
    ch.stdin
        .take()
        .unwrap()
        .write_all(format!("{PASSWORD}\n").as_bytes())
        .unwrap();
    let out = ch.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Login Succeeded"));
    // podman's auth.json format, readable by skopeo
    let auth: Value =
        serde_json::from_slice(&std::fs::read(r.dir.join("auth.json")).unwrap()).unwrap();
    assert!(auth["auths"][&reg.host]["auth"].is_string(), "{auth}");
    let sk = std::process::Command::new("skopeo")
        .args(["inspect", "--tls-verify=false", "--authfile"])
        .arg(r.dir.join("auth.json"))
        .arg(format!("docker://{name}"))
        .output()
        .unwrap();
    assert!(
        sk.status.success(),
        "skopeo with rcon's auth file: {}",
        stderr(&sk)
    );
    assert_eq!(r.ok(&["login", "--get-login", &reg.host]).trim(), USER);

    assert_eq!(r.ok(&["run", "--rm", &name]), "basic 0\n");
    r.ok(&["rmi", &name]);
    r.ok(&["logout", &reg.host]);
    let e = r.fails(125, &["pull", &name]);
    assert!(e.contains("authentication required"), "{e}");
    let e = r.fails(125, &["logout", &reg.host]);
    assert!(e.contains("not logged into"), "{e}");
    // --creds for one pull, without a login
    r.ok(&[
        "pull",
        "-q",
        "--creds",
        &format!("{USER}:{PASSWORD}"),
        &name,
    ]);
}

#[test]
fn bearer_token_auth() {
    let reg = Registry::start(&reg_dir("token"), Auth::Token);
    let r = store_for(&reg);
    let lay = r.dir.join("layout");
    layout(&lay, 2, false, "token");
    reg.push_layout(&lay, "latest", "test/tokened:latest", true);
    let name = format!("{}/test/tokened", reg.host);
    let before = reg.tokens_issued.load(std::sync::atomic::Ordering::SeqCst);

    let e = r.fails(125, &["pull", &name]);
    assert!(e.contains("rcon login"), "{e}");
    r.ok(&["login", "-u", USER, "-p", PASSWORD, &reg.host]);
    assert_eq!(r.ok(&["run", "--rm", &name]), "token 0\n");
    let issued = reg.tokens_issued.load(std::sync::atomic::Ordering::SeqCst) - before;
    // the login's token and the pull's: one token serves all of one pull's requests
    assert!((2..=3).contains(&issued), "tokens issued: {issued}");
}

#[test]
fn pull_killed_midway_then_completes() {
    let reg = Registry::start(&reg_dir("kill"), Auth::None);
    let r = store_for(&reg);
    let lay = r.dir.join("layout");
    // a large incompressible layer, so that the pull is caught downloading
    let mut oci = Oci::new();
    let base = busybox_bytes();
    let big = Tar::new().file("big", &noise(48 << 20, 3)).bytes();
    let top = Tar::new().file("etc/layer0", b"survived\n").bytes();
    let m = oci.image(&[&base, &big, &top], host_arch(), &["cat", "/etc/layer0"]);
    oci.tag(m, "latest");
    oci.finish().write_dir(&lay);
    reg.push_layout(&lay, "latest", "test/big:latest", false);
    let name = format!("{}/test/big", reg.host);

    let mut child = r
        .cmd(&["pull", &name])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // kill it once a layer is being written
    let tmp = r.root.join("tmp");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let busy = std::fs::read_dir(&tmp)
            .map(|d| d.count() > 0)
            .unwrap_or(false);
        if busy || child.try_wait().unwrap().is_some() {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the pull never started writing"
        );
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(
        r.ok(&["images", "-q"]),
        "",
        "no image record from a killed pull"
    );
    // the next pull completes, and the store is consistent after it
    assert_eq!(r.ok(&["run", "--rm", &name]), "survived\n");
    // and what the killed pull was writing is gone with it
    assert_eq!(r.ok(&["system", "check"]).trim(), "no problems found");
    let left: Vec<String> = std::fs::read_dir(&tmp)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        // the run's supervisor may still be deleting its container (rm-PID-ID)
        .filter(|n| !n.starts_with("rm-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn rootless_pull_keeps_ownership_inside() {
    let reg = Registry::start(&reg_dir("user"), Auth::None);
    let lay = reg_dir("user-layout");
    let mut oci = Oci::new();
    let base = busybox_bytes();
    let owned = {
        let mut b = tar::Builder::new(Vec::new());
        let mut h = tar::Header::new_gnu();
        h.set_path("etc/owned").unwrap();
        h.set_mode(0o644);
        h.set_uid(1234);
        h.set_gid(5678);
        h.set_size(5);
        h.set_cksum();
        b.append(&h, &b"mine\n"[..]).unwrap();
        b.into_inner().unwrap()
    };
    let m = oci.image(
        &[&base, &owned],
        host_arch(),
        &["stat", "-c", "%u:%g", "/etc/owned"],
    );
    oci.tag(m, "latest");
    oci.finish().write_dir(&lay);
    reg.push_layout(&lay, "latest", "test/owned:latest", false);

    let mut r = Rcon::rootless();
    let conf = r.dir.join("registries.conf");
    std::fs::write(
        &conf,
        format!(
            "[[registry]]\nlocation = \"{}\"\ninsecure = true\n",
            reg.host
        ),
    )
    .unwrap();
    r.env
        .push(("RCON_REGISTRIES_CONF".into(), conf.display().to_string()));
    assert_eq!(
        r.ok(&["run", "--rm", &format!("{}/test/owned", reg.host)]),
        "1234:5678\n"
    );
}

fn skopeo_raw(reg: &Registry, repo_tag: &str, creds: bool) -> Value {
    let mut c = std::process::Command::new("skopeo");
    c.args(["inspect", "--tls-verify=false", "--raw"]);
    if creds {
        c.arg(format!("--creds={USER}:{PASSWORD}"));
    }
    let out = c
        .arg(format!("docker://{}/{repo_tag}", reg.host))
        .output()
        .unwrap();
    assert!(out.status.success(), "skopeo inspect: {}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn push_then_pull_on_a_fresh_store() {
    let reg = Registry::start(&reg_dir("push"), Auth::Htpasswd);
    let r = store_for(&reg);
    r.import_busybox("localhost/mine:1");
    let dest = format!("{}/team/mine:1", reg.host);
    // a name without a registry is refused with the fix
    let e = r.fails(125, &["push", "localhost/mine:1"]);
    assert!(e.contains("no registry in the name"), "{e}");
    let e = r.fails(125, &["push", "localhost/mine:1", &dest]);
    assert!(e.contains("authentication required"), "{e}");
    r.ok(&["login", "-u", USER, "-p", PASSWORD, &reg.host]);
    let digestfile = r.dir.join("digest");
    r.ok(&[
        "push",
        "--digestfile",
        digestfile.to_str().unwrap(),
        "localhost/mine:1",
        &dest,
    ]);
    let digest = std::fs::read_to_string(&digestfile).unwrap();
    // skopeo sees an OCI manifest with the digest rcon reported
    let raw = skopeo_raw(&reg, "team/mine:1", true);
    assert_eq!(
        raw["mediaType"],
        "application/vnd.oci.image.manifest.v1+json"
    );
    let mut c = std::process::Command::new("skopeo");
    let sk = c
        .args([
            "inspect",
            "--tls-verify=false",
            &format!("--creds={USER}:{PASSWORD}"),
            "--format",
            "{{.Digest}}",
        ])
        .arg(format!("docker://{dest}"))
        .output()
        .unwrap();
    assert_eq!(stdout(&sk).trim(), digest);
    // and copies it, as an independent client
    let copy = r.dir.join("copy");
    let cp = std::process::Command::new("skopeo")
        .args([
            "copy",
            "--quiet",
            "--src-tls-verify=false",
            &format!("--src-creds={USER}:{PASSWORD}"),
        ])
        .arg(format!("docker://{dest}"))
        .arg(format!("oci:{}:x", copy.display()))
        .output()
        .unwrap();
    assert!(cp.status.success(), "{}", stderr(&cp));

    // zstd, and Docker schema 2 with gzip
    r.ok(&[
        "push",
        "--compression-format",
        "zstd",
        "localhost/mine:1",
        &format!("{}/team/mine:zstd", reg.host),
    ]);
    let raw = skopeo_raw(&reg, "team/mine:zstd", true);
    assert_eq!(
        raw["layers"][0]["mediaType"],
        "application/vnd.oci.image.layer.v1.tar+zstd"
    );
    r.ok(&[
        "push",
        "--format",
        "v2s2",
        "localhost/mine:1",
        &format!("{}/team/mine:v2", reg.host),
    ]);
    let raw = skopeo_raw(&reg, "team/mine:v2", true);
    assert_eq!(
        raw["mediaType"],
        "application/vnd.docker.distribution.manifest.v2+json"
    );
    let e = r.fails(
        125,
        &[
            "push",
            "--format",
            "v2s2",
            "--compression-format",
            "zstd",
            "localhost/mine:1",
            &dest,
        ],
    );
    assert!(e.contains("zstd layers need an OCI manifest"), "{e}");

    // a fresh store pulls each and runs it
    let mut fresh = store_for(&reg);
    fresh.env = r.env.clone();
    for tag in ["1", "zstd", "v2"] {
        let out = fresh.ok(&[
            "run",
            "--rm",
            &format!("{}/team/mine:{tag}", reg.host),
            "echo",
            "pushed",
        ]);
        assert_eq!(out, "pushed\n", "tag {tag}");
    }
    // another repository of the registry: layer and config are mounted from the first, not
    // sent
    let other = r.run(&[
        "push",
        "localhost/mine:1",
        &format!("{}/team/other:1", reg.host),
    ]);
    assert!(other.status.success(), "{}", stderr(&other));
    assert!(
        stderr(&other).contains("skipped: mounted"),
        "{}",
        stderr(&other)
    );
    assert_eq!(reg.requests("POST", "/team/other/blobs/uploads/?mount="), 2);
    assert_eq!(reg.requests("PUT", "/team/other/blobs/uploads/"), 0);
    assert_eq!(reg.requests("PATCH", "/team/other/"), 0);
    assert_eq!(
        skopeo_raw(&reg, "team/other:1", true)["layers"],
        skopeo_raw(&reg, "team/mine:1", true)["layers"]
    );
    // pushing again uploads nothing
    let again = r.run(&["push", "localhost/mine:1", &dest]);
    assert!(again.status.success());
    assert!(
        !stderr(&again)
            .lines()
            .any(|l| l.starts_with("Copying blob") && l.ends_with(" done")),
        "{}",
        stderr(&again)
    );
    assert!(
        stderr(&again).contains("skipped: already exists"),
        "{}",
        stderr(&again)
    );
}

#[test]
fn concurrent_pulls_fetch_each_blob_once() {
    let reg = Registry::start(&reg_dir("concurrent"), Auth::None);
    let r = store_for(&reg);
    // two images sharing their base layers (busybox and 16 MiB that take a while to fetch
    // and unpack, so that the pulls overlap), each with a top layer of its own
    let base = [
        busybox_bytes(),
        Tar::new().file("big", &noise(16 << 20, 7)).bytes(),
    ];
    let (a, b) = (r.dir.join("a"), r.dir.join("b"));
    layout_of(&a, &base, &[small_layer("a", 0)], false);
    layout_of(&b, &base, &[small_layer("b", 0)], false);
    reg.push_layout(&a, "latest", "test/shared:a", false);
    reg.push_layout(&b, "latest", "test/shared:b", false);
    let mut layers = vec![];
    for tag in ["a", "b"] {
        for l in skopeo_raw(&reg, &format!("test/shared:{tag}"), false)["layers"]
            .as_array()
            .unwrap()
        {
            let d = l["digest"].as_str().unwrap().to_string();
            if !layers.contains(&d) {
                layers.push(d);
            }
        }
    }
    assert_eq!(layers.len(), 4, "two shared layers, two tops: {layers:?}");

    // four pulls at once into one store: a twice, b twice
    let children: Vec<_> = ["a", "b", "a", "b"]
        .iter()
        .map(|t| {
            r.cmd(&["pull", "-q", &format!("{}/test/shared:{t}", reg.host)])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    for d in &layers {
        assert_eq!(
            reg.requests("GET", &format!("/blobs/{d}")),
            1,
            "layer {d} fetched once"
        );
    }
    assert_eq!(layers_in(&r), 4);
    assert_eq!(
        r.ok(&["run", "--rm", &format!("{}/test/shared:b", reg.host)]),
        "b 0\n"
    );
}

#[test]
fn large_blobs_go_up_in_chunks_and_resume_after_a_broken_connection() {
    let reg = Registry::start(&reg_dir("chunks"), Auth::None);
    let r = store_for(&reg);
    // 40 MiB that do not compress: a layer of three 16 MiB chunks
    let big = noise(40 << 20, 11);
    let sum = hex_of(&sha256(&big)).to_string();
    let tarball = r.dir.join("big.tar");
    std::fs::write(
        &tarball,
        busybox_plus(&Tar::new().file("big", &big).bytes()),
    )
    .unwrap();
    r.ok(&["import", tarball.to_str().unwrap(), "localhost/big:1"]);

    r.ok(&[
        "push",
        "localhost/big:1",
        &format!("{}/test/big:1", reg.host),
    ]);
    assert_eq!(reg.requests("PATCH", "/blobs/uploads/"), 3, "three chunks");
    assert_eq!(
        reg.requests("POST", "/blobs/uploads/"),
        2,
        "layer and config"
    );

    // the connection breaks as the second chunk starts: the upload asks the registry where
    // it stands and goes on from there, in the same upload session
    let resumed = cutting_proxy(&reg.host, Cut::Request("PATCH", 2));
    r.ok(&[
        "push",
        "localhost/big:1",
        &format!("{resumed}/test/resumed:1"),
    ]);
    assert_eq!(reg.requests("PATCH", "/blobs/uploads/"), 3 + 3);
    assert_eq!(reg.requests("POST", "/blobs/uploads/"), 2 + 2);
    assert_eq!(
        reg.requests("GET", "/blobs/uploads/"),
        1,
        "one status query"
    );

    // it breaks in the middle of a chunk: distribution cancels an upload whose bytes
    // disagree with the session, and the upload starts again in a new one
    let restarted = cutting_proxy(&reg.host, Cut::Byte(24 << 20));
    r.ok(&[
        "push",
        "localhost/big:1",
        &format!("{restarted}/test/restarted:1"),
    ]);
    assert_eq!(
        reg.requests("POST", "/blobs/uploads/"),
        4 + 3,
        "a new session"
    );

    // the pushed image pulls on a fresh store with its file intact
    let fresh = store_for(&reg);
    let out = fresh.ok(&[
        "run",
        "--rm",
        &format!("{}/test/restarted:1", reg.host),
        "sha256sum",
        "/big",
    ]);
    assert!(out.starts_with(&sum), "{out} vs {sum}");
}

#[test]
fn pull_policies_of_run() {
    let reg = Registry::start(&reg_dir("policy"), Auth::None);
    let r = store_for(&reg);
    let name = format!("{}/test/app", reg.host);
    let publish = |marker: &str| {
        let lay = r.dir.join(marker);
        layout(&lay, 1, false, marker);
        reg.push_layout(&lay, "latest", "test/app:latest", false);
    };
    publish("one");
    // missing (the default): pulled once, then the local image serves
    assert_eq!(r.ok(&["run", "--rm", &name]), "one 0\n");
    publish("two");
    assert_eq!(r.ok(&["run", "--rm", &name]), "one 0\n");
    assert_eq!(
        r.ok(&["run", "--rm", "--pull", "missing", &name]),
        "one 0\n"
    );
    assert_eq!(r.ok(&["run", "--rm", "--pull=never", &name]), "one 0\n");
    // newer: the tag moved, so it pulls
    assert_eq!(r.ok(&["run", "--rm", "--pull=newer", &name]), "two 0\n");
    // and when it has not moved, only the manifest's digest is asked for
    let blobs = reg.requests("GET", "/blobs/");
    let manifests = reg.requests("GET", "/manifests/");
    assert_eq!(r.ok(&["run", "--rm", "--pull=newer", &name]), "two 0\n");
    assert_eq!(reg.requests("GET", "/blobs/"), blobs);
    assert_eq!(reg.requests("GET", "/manifests/"), manifests);
    assert_eq!(reg.requests("HEAD", "/manifests/latest"), 2);
    // always: pulls even when the tag did not move (the layers are not fetched again)
    let out = r.run(&["create", "--pull=always", "--name", "c1", &name]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("skipped: already exists"),
        "{}",
        stderr(&out)
    );
    assert_eq!(reg.requests("GET", "/manifests/"), manifests + 1);
    publish("three");
    assert_eq!(
        r.ok(&["run", "--rm", "--pull", "always", &name]),
        "three 0\n"
    );
    // the replaced images stay, untagged, while c1 uses one
    assert_eq!(r.ok(&["start", "-a", "c1"]), "two 0\n");
}

#[test]
fn progress_bars_on_a_terminal_lines_on_a_pipe() {
    let reg = Registry::start(&reg_dir("progress"), Auth::None);
    let r = store_for(&reg);
    let lay = r.dir.join("layout");
    let base = [busybox_bytes()];
    layout_of(
        &lay,
        &base,
        &[Tar::new().file("big", &noise(24 << 20, 5)).bytes()],
        false,
    );
    reg.push_layout(&lay, "latest", "test/bars:1", false);
    let name = format!("{}/test/bars:1", reg.host);

    // on a terminal: a bar per layer with bytes and rate, then a line when it is done
    let mut t = common::term::Term::spawn(r.cmd(&["pull", &name]), 24, 120);
    t.expect("Copying blob");
    assert!(t.wait().success(), "{}", t.transcript());
    let shown = t.transcript();
    assert!(
        shown.contains("MiB/s") || shown.contains("KiB/s"),
        "a rate: {shown}"
    );
    assert!(
        shown.contains("/24.0") || shown.contains("/24.1"),
        "bytes of the total: {shown}"
    );
    assert!(
        shown.contains("\\u{1b}["),
        "a bar redrawn in place: {shown}"
    );
    assert_eq!(
        shown.matches(" done").count(),
        3,
        "two blobs and the config: {shown}"
    );

    // a push draws them too
    r.ok(&["tag", &name, "localhost/bars:1"]);
    let mut t = common::term::Term::spawn(
        r.cmd(&[
            "push",
            "localhost/bars:1",
            &format!("{}/test/up:1", reg.host),
        ]),
        24,
        120,
    );
    assert!(t.wait().success(), "{}", t.transcript());
    let shown = t.transcript();
    assert!(shown.contains("/24.0"), "bytes of the total: {shown}");
    assert!(shown.contains("\\u{1b}["), "a bar: {shown}");

    // stdout on a pipe (as in id=$(rcon push ...)): plain lines only, even on a terminal's
    // stderr
    let mut cmd = r.cmd(&[
        "push",
        "localhost/bars:1",
        &format!("{}/test/pushed:1", reg.host),
    ]);
    cmd.stdout(Stdio::piped());
    let mut t = common::term::Term::spawn_on(cmd, 24, 120, false);
    assert!(t.wait().success(), "{}", t.transcript());
    let shown = t.transcript();
    assert!(shown.contains("Copying blob"), "{shown}");
    assert!(!shown.contains("/s"), "no rate: {shown}");
    assert!(!shown.contains("\\u{1b}["), "no bar: {shown}");

    // a terminal that cannot redraw (TERM=dumb, or no TERM at all): the lines a pipe gets
    for term in [Some("dumb"), None] {
        let mut cmd = r.cmd(&[
            "push",
            "localhost/bars:1",
            &format!("{}/test/dumb:1", reg.host),
        ]);
        match term {
            Some(t) => cmd.env("TERM", t),
            None => cmd.env_remove("TERM"),
        };
        let mut t = common::term::Term::spawn(cmd, 24, 120);
        assert!(t.wait().success(), "{}", t.transcript());
        let shown = t.transcript();
        assert!(shown.contains("Copying blob"), "{term:?}: {shown}");
        assert!(!shown.contains("\\u{1b}["), "{term:?}: no bar: {shown}");
    }
}

#[test]
fn tls_registry_with_its_own_authority_and_client_certificates() {
    let reg = Registry::start_with(&reg_dir("tls"), Auth::None, true);
    let tls = reg.dir.join("tls");
    // a store that checks certificates: the registry is not marked insecure
    let store = || {
        let mut r = Rcon::empty();
        let conf = r.dir.join("registries.conf");
        std::fs::write(&conf, "unqualified-search-registries = []\n").unwrap();
        for (k, v) in [
            ("RCON_REGISTRIES_CONF", conf.clone()),
            ("REGISTRY_AUTH_FILE", r.dir.join("auth.json")),
            ("HOME", r.dir.join("home")),
        ] {
            r.env.push((k.into(), v.display().to_string()));
        }
        r
    };
    let r = store();
    r.import_busybox("localhost/tls:1");
    let dest = format!("{}/test/tls:1", reg.host);
    let certs = |name: &str, files: &[&str]| {
        let d = r.dir.join(name);
        std::fs::create_dir_all(&d).unwrap();
        for f in files {
            std::fs::copy(tls.join(f), d.join(f)).unwrap();
        }
        d.display().to_string()
    };

    // an authority the system does not know: refused, with where to put it
    let e = r.fails(125, &["push", "localhost/tls:1", &dest]);
    assert!(
        e.contains("trust the registry's own certificate authority"),
        "{e}"
    );
    assert!(
        e.contains(&format!("/etc/containers/certs.d/{}/", reg.host)),
        "{e}"
    );
    assert_eq!(e.matches("Error").count(), 1, "{e}");
    // the authority alone: the registry wants a client certificate
    let ca_only = certs("ca-only", &["ca.crt"]);
    let e = r.fails(
        125,
        &["push", "--cert-dir", &ca_only, "localhost/tls:1", &dest],
    );
    assert!(e.contains("requires a client certificate"), "{e}");
    // a client certificate without its key is named
    let half = certs("half", &["ca.crt", "client.cert"]);
    let e = r.fails(
        125,
        &["push", "--cert-dir", &half, "localhost/tls:1", &dest],
    );
    assert!(e.contains("client.cert has no key"), "{e}");
    // both: the push goes through, and skopeo sees the image
    let full = certs("full", &["ca.crt", "client.cert", "client.key"]);
    r.ok(&["push", "--cert-dir", &full, "localhost/tls:1", &dest]);
    let out = std::process::Command::new("skopeo")
        .args(["inspect", "--cert-dir", &full, "--format", "{{.Digest}}"])
        .arg(format!("docker://{dest}"))
        .output()
        .unwrap();
    assert!(out.status.success(), "skopeo: {}", stderr(&out));
    assert!(stdout(&out).starts_with("sha256:"));
    let out = r.ok(&[
        "login",
        "-v",
        "--cert-dir",
        &full,
        "-u",
        "u",
        "-p",
        "p",
        &reg.host,
    ]);
    assert!(
        out.contains("Used: ") && out.contains("Login Succeeded"),
        "{out}"
    );

    // a fresh store finds them in ~/.config/containers/certs.d/HOST without --cert-dir
    let fresh = store();
    let d = fresh
        .dir
        .join("home/.config/containers/certs.d")
        .join(&reg.host);
    std::fs::create_dir_all(&d).unwrap();
    for f in ["ca.crt", "client.cert", "client.key"] {
        std::fs::copy(tls.join(f), d.join(f)).unwrap();
    }
    assert_eq!(
        fresh.ok(&["run", "--rm", &dest, "echo", "over tls"]),
        "over tls\n"
    );
}

#[test]
fn credential_helper_gets_stores_and_erases() {
    let reg = Registry::start(&reg_dir("helper"), Auth::Htpasswd);
    let mut r = store_for(&reg);
    let lay = r.dir.join("layout");
    layout(&lay, 1, false, "helped");
    reg.push_layout(&lay, "latest", "test/helped:1", true);
    // a helper speaking docker's protocol, keeping what it is given in files
    let bin = r.dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let helper = bin.join("docker-credential-rcontest");
    std::fs::write(
        &helper,
        r#"#!/bin/sh
keep="$(dirname "$0")/../kept"
case "$1" in
get) read -r url; f="$keep/$(echo "$url" | tr ':/' '__')"
     if [ -f "$f" ]; then cat "$f"; else echo "credentials not found in native keychain"; exit 1; fi ;;
store) mkdir -p "$keep"; data=$(cat)
     url=$(echo "$data" | sed 's/.*"ServerURL":"\([^"]*\)".*/\1/')
     echo "$data" > "$keep/$(echo "$url" | tr ':/' '__')" ;;
erase) read -r url; rm "$keep/$(echo "$url" | tr ':/' '__')" 2>/dev/null || { echo "credentials not found in native keychain"; exit 1; } ;;
*) exit 2 ;;
esac
"#,
    )
    .unwrap();
    chmod(&helper, 0o755);
    r.env.push((
        "PATH".into(),
        format!("{}:{}", bin.display(), std::env::var("PATH").unwrap()),
    ));
    let authfile = r.dir.join("auth.json");
    std::fs::write(
        &authfile,
        format!(r#"{{"credHelpers": {{"{}": "rcontest"}}}}"#, reg.host),
    )
    .unwrap();
    let name = format!("{}/test/helped:1", reg.host);
    let kept = r.dir.join("kept").join(reg.host.replace(':', "_"));

    let e = r.fails(125, &["pull", &name]);
    assert!(e.contains("authentication required"), "{e}");
    r.ok(&["login", "-u", USER, "-p", PASSWORD, &reg.host]);
    assert!(kept.exists(), "the helper stored them");
    let file = std::fs::read_to_string(&authfile).unwrap();
    assert!(!file.contains("auths"), "not in the file: {file}");
    assert_eq!(r.ok(&["login", "--get-login", &reg.host]).trim(), USER);
    assert_eq!(r.ok(&["run", "--rm", &name]), "helped 0\n");
    r.ok(&["logout", &reg.host]);
    assert!(!kept.exists(), "the helper erased them");
    r.ok(&["rmi", &name]);
    let e = r.fails(125, &["pull", &name]);
    assert!(e.contains("authentication required"), "{e}");
    // a helper that is not installed is named
    std::fs::write(
        &authfile,
        format!(r#"{{"credHelpers": {{"{}": "nosuch"}}}}"#, reg.host),
    )
    .unwrap();
    let e = r.fails(125, &["login", "-u", USER, "-p", PASSWORD, &reg.host]);
    assert!(e.contains("docker-credential-nosuch"), "{e}");
}

#[test]
fn mirrors_are_tried_before_the_registry() {
    let upstream = Registry::start(&reg_dir("upstream"), Auth::None);
    let mirror = Registry::start(&reg_dir("mirror"), Auth::None);
    let mut r = Rcon::empty();
    let conf = r.dir.join("registries.conf");
    std::fs::write(
        &conf,
        format!(
            "[[registry]]\nlocation = \"{u}\"\ninsecure = true\n[[registry.mirror]]\nlocation = \"{m}\"\ninsecure = true\n",
            u = upstream.host,
            m = mirror.host
        ),
    )
    .unwrap();
    r.env
        .push(("RCON_REGISTRIES_CONF".into(), conf.display().to_string()));
    // one image only on the mirror, another only upstream
    let (a, b) = (r.dir.join("a"), r.dir.join("b"));
    layout(&a, 1, false, "from-mirror");
    layout(&b, 1, false, "from-upstream");
    mirror.push_layout(&a, "latest", "lib/app:1", false);
    upstream.push_layout(&b, "latest", "lib/app:2", false);

    let app = |tag: &str| format!("{}/lib/app:{tag}", upstream.host);
    assert_eq!(r.ok(&["run", "--rm", &app("1")]), "from-mirror 0\n");
    assert_eq!(
        upstream.requests("GET", "/lib/app/"),
        0,
        "upstream not asked"
    );
    // what the mirror lacks comes from the registry itself
    assert_eq!(r.ok(&["run", "--rm", &app("2")]), "from-upstream 0\n");
    assert_eq!(mirror.requests("GET", "/lib/app/manifests/2"), 1);
    assert!(upstream.requests("GET", "/lib/app/blobs/") > 0);
    // the image keeps the name the user gave
    assert!(r
        .ok(&["images"])
        .contains(&format!("{}/lib/app", upstream.host)));
}
