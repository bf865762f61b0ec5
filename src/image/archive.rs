//! Image archives: `import` (a root filesystem tarball becomes a one-layer image) and `load`
//! (docker-archive as written by `docker save`, OCI archives and OCI layout directories).

use super::layers::{LayerRecord, LayerSource};
use super::media::{image_manifest, LayerDesc, DOCKER_LIST, OCI_INDEX, OCI_MANIFEST};
use super::reference::ImageName;
use super::store::{ImageRecord, ImageStore};
use super::{io_err, ImageError, Result};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Component, Path, PathBuf};

pub fn host_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        "x86" => "386",
        "powerpc64" => "ppc64le",
        other => other,
    }
}

/// The OCI manifest for a config and its layers as stored.
pub fn oci_manifest(config: &[u8], config_digest: &str, layers: &[LayerRecord]) -> Vec<u8> {
    let descs: Vec<LayerDesc> = layers.iter().map(LayerRecord::desc).collect();
    image_manifest(OCI_MANIFEST, config_digest, config.len() as u64, &descs)
}

/// Dockerfile-style instructions accepted by `import --change`.
pub fn apply_change(cfg: &mut serde_json::Map<String, Value>, change: &str) -> Result<()> {
    let (instr, rest) = change
        .trim()
        .split_once(char::is_whitespace)
        .unwrap_or((change.trim(), ""));
    let rest = rest.trim();
    let list = |s: &str| -> Value {
        match serde_json::from_str::<Vec<String>>(s) {
            Ok(v) => json!(v),
            Err(_) => json!(["/bin/sh", "-c", s]),
        }
    };
    match instr.to_ascii_uppercase().as_str() {
        "CMD" => {
            cfg.insert("Cmd".into(), list(rest));
        }
        "ENTRYPOINT" => {
            cfg.insert("Entrypoint".into(), list(rest));
        }
        "WORKDIR" => {
            cfg.insert("WorkingDir".into(), json!(rest));
        }
        "USER" => {
            cfg.insert("User".into(), json!(rest));
        }
        "STOPSIGNAL" => {
            cfg.insert("StopSignal".into(), json!(rest));
        }
        "ONBUILD" => {
            let onbuild = cfg.entry("OnBuild").or_insert_with(|| json!([]));
            if let Some(a) = onbuild.as_array_mut() {
                a.push(json!(rest));
            }
        }
        "ENV" => {
            let (k, v) = rest
                .split_once('=')
                .or_else(|| rest.split_once(char::is_whitespace))
                .ok_or_else(|| {
                    ImageError::Format(format!("--change \"{change}\": ENV needs NAME=VALUE"))
                })?;
            let env = cfg.entry("Env").or_insert_with(|| json!([]));
            if let Some(a) = env.as_array_mut() {
                a.retain(|e| !e.as_str().is_some_and(|e| e.starts_with(&format!("{}=", k.trim()))));
                a.push(json!(format!("{}={}", k.trim(), v.trim().trim_matches('"'))));
            }
        }
        "LABEL" => {
            let (k, v) = rest
                .split_once('=')
                .ok_or_else(|| {
                    ImageError::Format(format!("--change \"{change}\": LABEL needs KEY=VALUE"))
                })?;
            let labels = cfg.entry("Labels").or_insert_with(|| json!({}));
            if let Some(m) = labels.as_object_mut() {
                m.insert(k.trim().to_string(), json!(v.trim().trim_matches('"')));
            }
        }
        "EXPOSE" => {
            let ports = cfg.entry("ExposedPorts").or_insert_with(|| json!({}));
            for p in rest.split_whitespace() {
                let p = if p.contains('/') { p.to_string() } else { format!("{p}/tcp") };
                if let Some(m) = ports.as_object_mut() {
                    m.insert(p, json!({}));
                }
            }
        }
        "VOLUME" => {
            let vols = cfg.entry("Volumes").or_insert_with(|| json!({}));
            let paths: Vec<String> = serde_json::from_str(rest).unwrap_or_else(|_| rest.split_whitespace().map(str::to_string).collect());
            for p in paths {
                if let Some(m) = vols.as_object_mut() {
                    m.insert(p, json!({}));
                }
            }
        }
        other => {
            return Err(ImageError::Format(format!(
                "--change \"{change}\": {other} is not supported; use CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, STOPSIGNAL, USER, VOLUME or WORKDIR"
            )))
        }
    }
    Ok(())
}

/// `rcon import`: a rootfs tarball (plain, gzip or zstd) becomes a one-layer image.
/// What `import` sets in the new image's config besides its layer.
#[derive(Default)]
pub struct ImportConfig<'a> {
    /// Dockerfile instructions (CMD, ENV, ...)
    pub changes: &'a [String],
    /// the history entry's comment
    pub message: Option<&'a str>,
    /// the platform (default: the host's architecture, linux, no variant)
    pub arch: Option<&'a str>,
    pub os: Option<&'a str>,
    pub variant: Option<&'a str>,
}

pub fn import_tarball<R: Read>(
    store: &ImageStore,
    input: R,
    name: Option<&str>,
    o: &ImportConfig,
) -> Result<ImageRecord> {
    let (changes, message) = (o.changes, o.message);
    let names = match name {
        Some(n) => vec![ImageName::parse(n, true)?.full()],
        None => vec![],
    };
    let mut cfg = serde_json::Map::new();
    for c in changes {
        apply_change(&mut cfg, c)?;
    }
    let layer = store.layers.ingest(
        &store.blobs,
        input,
        LayerSource {
            parent: None,
            expected_blob: None,
            expected_diff_id: None,
            what: "of the imported tarball".into(),
        },
    )?;
    let created = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Nanos, true);
    let mut history =
        json!({"created": created, "created_by": "/bin/sh -c #(nop) ADD file in / (rcon import)"});
    if let Some(m) = message {
        history["comment"] = json!(m);
    }
    let mut config = json!({
        "created": created,
        "architecture": o.arch.unwrap_or(host_arch()),
        "os": o.os.unwrap_or("linux"),
        "config": cfg,
        "rootfs": {"type": "layers", "diff_ids": [layer.diff_id]},
        "history": [history],
    });
    if let Some(v) = o.variant {
        config["variant"] = json!(v);
    }
    let config = serde_json::to_vec(&config).expect("json");
    let config_digest = super::blobs::sha256_digest(&config);
    let manifest = oci_manifest(&config, &config_digest, std::slice::from_ref(&layer));
    store.commit(&config, &manifest, OCI_MANIFEST, &[layer], &names)
}

/// Files of an archive, extracted to a scratch dir under safe names; symlinks (docker save
/// writes them for repeated layers) are resolved by name inside the archive, never on disk.
struct ArchiveFiles {
    root: PathBuf,
    files: HashMap<String, PathBuf>,
}

fn normalize(name: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for c in Path::new(name).components() {
        match c {
            Component::Normal(s) => parts.push(s.to_str()?),
            Component::CurDir => {}
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(parts.join("/"))
}

impl ArchiveFiles {
    fn extract<R: Read>(input: R, scratch: &Path) -> Result<ArchiveFiles> {
        let bad = |e: io::Error| {
            ImageError::Format(format!(
                "reading the archive: {}: is it a docker-archive or OCI archive, and complete?",
                super::unpack::printable(e)
            ))
        };
        let (_, r) = super::compress::decompress(input).map_err(bad)?;
        let mut ar = tar::Archive::new(r);
        let mut files = HashMap::new();
        let mut links: Vec<(String, String)> = Vec::new();
        for (i, entry) in ar.entries().map_err(bad)?.enumerate() {
            let mut entry = entry.map_err(bad)?;
            let raw = entry.path().map_err(bad)?.to_string_lossy().to_string();
            let Some(name) = normalize(&raw) else {
                return Err(ImageError::Format(format!(
                    "archive entry \"{raw}\" points outside the archive"
                )));
            };
            match entry.header().entry_type() {
                tar::EntryType::Regular | tar::EntryType::Continuous => {
                    let dest = scratch.join(format!("f{i}"));
                    let mut f = File::create(&dest).map_err(io_err(&dest))?;
                    io::copy(&mut entry, &mut f).map_err(bad)?;
                    files.insert(name, dest);
                }
                tar::EntryType::Symlink | tar::EntryType::Link => {
                    let target = entry
                        .link_name()
                        .map_err(bad)?
                        .map(|t| t.to_string_lossy().to_string())
                        .unwrap_or_default();
                    let base = if entry.header().entry_type() == tar::EntryType::Symlink {
                        Path::new(&name)
                            .parent()
                            .map(|p| p.to_string_lossy().to_string())
                            .unwrap_or_default()
                    } else {
                        String::new()
                    };
                    let joined = normalize(&format!("{base}/{target}")).ok_or_else(|| {
                        ImageError::Format(format!(
                            "archive link \"{raw}\" points outside the archive"
                        ))
                    })?;
                    links.push((name, joined));
                }
                _ => {}
            }
        }
        for _ in 0..8 {
            for (name, target) in &links {
                if let Some(p) = files.get(target).cloned() {
                    files.entry(name.clone()).or_insert(p);
                }
            }
        }
        Ok(ArchiveFiles {
            root: scratch.to_path_buf(),
            files,
        })
    }

    fn from_dir(dir: &Path) -> ArchiveFiles {
        ArchiveFiles {
            root: dir.to_path_buf(),
            files: HashMap::new(),
        }
    }

    fn path(&self, name: &str) -> Result<PathBuf> {
        if self.files.is_empty() {
            let n = normalize(name).ok_or_else(|| {
                ImageError::Format(format!("\"{name}\" points outside the layout"))
            })?;
            let p = self.root.join(n);
            // an OCI layout directory: refuse symlinks out of it
            let md = fs::symlink_metadata(&p)
                .map_err(|_| ImageError::Format(format!("the archive has no {name}")))?;
            if md.file_type().is_symlink() {
                return Err(ImageError::Format(format!(
                    "{name} is a symlink: refusing to follow it out of the layout"
                )));
            }
            return Ok(p);
        }
        self.files
            .get(&normalize(name).unwrap_or_default())
            .cloned()
            .ok_or_else(|| {
                ImageError::Format(format!(
                    "the archive has no {name}: it is incomplete or not an image archive"
                ))
            })
    }

    fn has(&self, name: &str) -> bool {
        self.path(name).is_ok()
    }

    fn read(&self, name: &str) -> Result<Vec<u8>> {
        let p = self.path(name)?;
        fs::read(&p).map_err(io_err(&p))
    }
}

/// `rcon load`: every image in a docker-archive, OCI archive or OCI layout directory; an
/// `input` of "-" is read from `stdin`.
pub fn load(store: &ImageStore, input: &Path, stdin: &mut dyn Read) -> Result<Vec<ImageRecord>> {
    let scratch = store.paths.tmp().join(super::tmp_name("load"));
    fs::create_dir_all(&scratch).map_err(io_err(&scratch))?;
    let res = (|| {
        let files = if input.is_dir() {
            ArchiveFiles::from_dir(input)
        } else if input == Path::new("-") {
            ArchiveFiles::extract(stdin, &scratch)?
        } else {
            let f = File::open(input).map_err(io_err(input))?;
            ArchiveFiles::extract(f, &scratch)?
        };
        if files.has("manifest.json") && !files.has("index.json") {
            load_docker(store, &files)
        } else if files.has("index.json") {
            load_oci(store, &files)
        } else {
            let what = if input == Path::new("-") {
                "stdin".to_string()
            } else {
                input.display().to_string()
            };
            Err(ImageError::Format(format!(
                "{what}: neither a docker-archive (manifest.json) nor an OCI archive (index.json)"
            )))
        }
    })();
    // the load's own result is what the caller reports; a scratch directory left behind is
    // swept from tmp/ once this process is gone
    if let Err(cleanup) = super::layers::remove_tree(&scratch) {
        tracing::warn!("removing what load extracted: {cleanup}");
    }
    res
}

fn parse_json(data: &[u8], what: &str) -> Result<Value> {
    serde_json::from_slice(data).map_err(|e| ImageError::Format(format!("{what}: {e}")))
}

/// The config's `rootfs.diff_ids`.
pub fn diff_ids(config: &Value) -> Result<Vec<String>> {
    config["rootfs"]["diff_ids"]
        .as_array()
        .ok_or_else(|| ImageError::Format("image config has no rootfs.diff_ids".into()))?
        .iter()
        .map(|v| {
            v.as_str()
                .map(str::to_string)
                .ok_or_else(|| ImageError::Format("bad diff_id in image config".into()))
        })
        .collect()
}

fn ingest_layers(
    store: &ImageStore,
    files: &ArchiveFiles,
    layer_names: &[String],
    blobs: Option<&[String]>,
    config: &Value,
    created: &mut Vec<String>,
) -> Result<Vec<LayerRecord>> {
    let ids = diff_ids(config)?;
    if ids.len() != layer_names.len() {
        return Err(ImageError::Format(format!(
            "the manifest lists {} layers but the config {}: the archive is corrupt",
            layer_names.len(),
            ids.len()
        )));
    }
    let mut out: Vec<LayerRecord> = Vec::new();
    for (i, name) in layer_names.iter().enumerate() {
        let parent = out.last().map(|l| l.chain_id.clone());
        let p = files.path(name)?;
        let f = File::open(&p).map_err(io_err(&p))?;
        let chain = super::layers::chain_id(parent.as_deref(), &ids[i]);
        let existed = store.layers.get(&chain).is_some();
        let rec = store.layers.ingest(
            &store.blobs,
            f,
            LayerSource {
                parent: parent.as_deref(),
                expected_blob: blobs.map(|b| b[i].as_str()),
                expected_diff_id: Some(&ids[i]),
                what: name.clone(),
            },
        )?;
        if !existed {
            created.push(rec.chain_id.clone());
        }
        out.push(rec);
    }
    Ok(out)
}

/// Ingest an image's layers and commit it; on failure, the layers this attempt created and
/// no image uses are removed again.
fn load_one(
    store: &ImageStore,
    ingest: impl FnOnce(&mut Vec<String>) -> Result<Vec<LayerRecord>>,
    commit: impl FnOnce(&[LayerRecord]) -> Result<ImageRecord>,
) -> Result<ImageRecord> {
    let mut created = Vec::new();
    let res = ingest(&mut created).and_then(|layers| commit(&layers));
    if res.is_err() {
        store.discard_unused_layers(&created);
    }
    res
}

fn load_docker(store: &ImageStore, files: &ArchiveFiles) -> Result<Vec<ImageRecord>> {
    let manifest = parse_json(&files.read("manifest.json")?, "manifest.json")?;
    let entries = manifest
        .as_array()
        .ok_or_else(|| ImageError::Format("manifest.json is not a list".into()))?;
    let mut out = Vec::new();
    for e in entries {
        let cfg_name = e["Config"]
            .as_str()
            .ok_or_else(|| ImageError::Format("manifest.json entry without Config".into()))?;
        let config_bytes = files.read(cfg_name)?;
        let config = parse_json(&config_bytes, cfg_name)?;
        let layer_names: Vec<String> = e["Layers"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let mut names = Vec::new();
        for t in e["RepoTags"].as_array().into_iter().flatten() {
            if let Some(t) = t.as_str() {
                names.push(ImageName::parse(t, false)?.full());
            }
        }
        let config_digest = super::blobs::sha256_digest(&config_bytes);
        out.push(load_one(
            store,
            |created| ingest_layers(store, files, &layer_names, None, &config, created),
            |layers| {
                let manifest = oci_manifest(&config_bytes, &config_digest, layers);
                store.commit(&config_bytes, &manifest, OCI_MANIFEST, layers, &names)
            },
        )?);
    }
    Ok(out)
}

fn blob_name(digest: &str) -> Result<String> {
    Ok(format!(
        "blobs/sha256/{}",
        super::blobs::digest_hex(digest)?
    ))
}

fn load_oci(store: &ImageStore, files: &ArchiveFiles) -> Result<Vec<ImageRecord>> {
    let index = parse_json(&files.read("index.json")?, "index.json")?;
    let mut out = Vec::new();
    let descs: Vec<&Value> = index["manifests"]
        .as_array()
        .into_iter()
        .flatten()
        .collect();
    // index.json may list one image per platform itself (with a platform on each
    // descriptor): load the host's, as from a nested image index
    let for_host = |d: &&Value| {
        let p = &d["platform"];
        p.is_null() || (p["architecture"] == host_arch() && p["os"] == "linux")
    };
    if !descs.is_empty() && !descs.iter().any(for_host) {
        return Err(ImageError::Format(format!(
            "index.json has no image for linux/{}",
            host_arch()
        )));
    }
    for desc in descs.into_iter().filter(for_host) {
        let name = name_from_annotations(&desc["annotations"])?;
        let mut digest = desc["digest"].as_str().unwrap_or_default().to_string();
        let mut media = desc["mediaType"]
            .as_str()
            .unwrap_or(OCI_MANIFEST)
            .to_string();
        let mut manifest_bytes = verified(files, &digest)?;
        if media == OCI_INDEX || media == DOCKER_LIST {
            let idx = parse_json(&manifest_bytes, "image index")?;
            let pick = idx["manifests"]
                .as_array()
                .and_then(|ms| {
                    ms.iter().find(|m| {
                        m["platform"]["architecture"] == host_arch()
                            && m["platform"]["os"] == "linux"
                    })
                })
                .ok_or_else(|| {
                    ImageError::Format(format!(
                        "the image index has no manifest for linux/{}",
                        host_arch()
                    ))
                })?;
            digest = pick["digest"].as_str().unwrap_or_default().to_string();
            media = pick["mediaType"]
                .as_str()
                .unwrap_or(OCI_MANIFEST)
                .to_string();
            manifest_bytes = verified(files, &digest)?;
        }
        let manifest = parse_json(&manifest_bytes, "manifest")?;
        let cfg_digest = manifest["config"]["digest"].as_str().unwrap_or_default();
        let config_bytes = verified(files, cfg_digest)?;
        let config = parse_json(&config_bytes, "image config")?;
        let blobs: Vec<String> = manifest["layers"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|l| l["digest"].as_str().map(str::to_string))
            .collect();
        let layer_names = blobs
            .iter()
            .map(|b| blob_name(b))
            .collect::<Result<Vec<_>>>()?;
        let names: Vec<String> = name.into_iter().collect();
        out.push(load_one(
            store,
            |created| ingest_layers(store, files, &layer_names, Some(&blobs), &config, created),
            |layers| store.commit(&config_bytes, &manifest_bytes, &media, layers, &names),
        )?);
    }
    if out.is_empty() {
        return Err(ImageError::Format("index.json lists no images".into()));
    }
    Ok(out)
}

/// The name an OCI index descriptor gives its image, as podman reads it: containerd's
/// `io.containerd.image.name`, else `org.opencontainers.image.ref.name`, normalized as a
/// name made here: a bare tag such as skopeo writes ("latest", "1.0") or a name without a
/// registry ("app:1.0") lives under localhost/ (localhost/latest:latest, localhost/app:1.0).
fn name_from_annotations(annotations: &Value) -> Result<Option<String>> {
    let name = [
        "io.containerd.image.name",
        "org.opencontainers.image.ref.name",
    ]
    .iter()
    .find_map(|k| annotations[*k].as_str().filter(|n| !n.is_empty()));
    match name {
        None => Ok(None),
        Some(n) => Ok(Some(ImageName::parse(n, true)?.full())),
    }
}

/// A blob of an OCI archive, checked against its digest.
fn verified(files: &ArchiveFiles, digest: &str) -> Result<Vec<u8>> {
    let data = files.read(&blob_name(digest)?)?;
    let actual = super::blobs::sha256_digest(&data);
    if actual != digest {
        return Err(ImageError::DigestMismatch {
            what: "archive blob".into(),
            expected: digest.to_string(),
            actual,
        });
    }
    Ok(data)
}
