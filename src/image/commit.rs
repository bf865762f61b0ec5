//! A new image from a layer tar on top of a base image's layers (`rcon commit`): the layer is
//! ingested as any other, the config is the base's with a new `config` section, the new
//! diff id and a history entry, and the manifest names every layer.

use super::archive::{apply_change, host_arch};
use super::compress::Compression;
use super::layers::{LayerRecord, LayerSource};
use super::media::{image_manifest, LayerDesc, ManifestFormat};
use super::store::{ImageRecord, ImageStore};
use super::{ImageError, Result};
use serde_json::{json, Map, Value};
use std::io::Read;

/// What the new image is made of, besides its layer.
pub struct CommitSpec<'a> {
    /// the image the container was created from (its config and history), if still stored
    pub base: Option<&'a ImageRecord>,
    /// the chain ids under the new layer, top first (the container's); empty to squash
    pub parent_layers: Vec<String>,
    /// the config's `config` section before `changes`
    pub config: Map<String, Value>,
    /// Dockerfile-style instructions (`--change`)
    pub changes: Vec<String>,
    pub author: Option<String>,
    pub comment: Option<String>,
    pub created_by: String,
    pub format: ManifestFormat,
    /// full names the image takes
    pub names: Vec<String>,
}

/// Ingest `tar` as a layer over `spec.parent_layers` and store the image.
pub fn commit_image<R: Read>(store: &ImageStore, tar: R, spec: CommitSpec) -> Result<ImageRecord> {
    let mut cfg_section = spec.config.clone();
    for c in &spec.changes {
        apply_change(&mut cfg_section, c)?;
    }
    let mut parents: Vec<LayerRecord> = Vec::new();
    for chain in spec.parent_layers.iter().rev() {
        let l = store.layers.get(chain).ok_or_else(|| {
            ImageError::Format(format!(
                "layer {chain} of the container's image is missing: the store is damaged (rcon system check)"
            ))
        })?;
        parents.push(l);
    }
    let layer = store.layers.ingest(
        &store.blobs,
        tar,
        LayerSource {
            parent: parents.last().map(|l| l.chain_id.as_str()),
            expected_blob: None,
            expected_diff_id: None,
            what: "of the container's changes".into(),
        },
    )?;
    let squash = spec.parent_layers.is_empty();
    let base_cfg: Value = match spec.base {
        Some(b) => store
            .blobs
            .read(&b.config_digest)
            .ok()
            .and_then(|d| serde_json::from_slice(&d).ok())
            .unwrap_or_else(|| json!({})),
        None => json!({}),
    };
    let mut cfg = match base_cfg {
        Value::Object(m) => m,
        _ => Map::new(),
    };
    let created = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Nanos, true);
    cfg.insert("created".into(), json!(created));
    if let Some(a) = &spec.author {
        cfg.insert("author".into(), json!(a));
    } else {
        cfg.remove("author");
    }
    cfg.entry("architecture")
        .or_insert_with(|| json!(host_arch()));
    cfg.entry("os").or_insert_with(|| json!("linux"));
    cfg.insert("config".into(), Value::Object(cfg_section));
    let mut layers = parents;
    layers.push(layer);
    cfg.insert(
        "rootfs".into(),
        json!({"type": "layers", "diff_ids": layers.iter().map(|l| l.diff_id.clone()).collect::<Vec<_>>()}),
    );
    let mut history: Vec<Value> = if squash {
        vec![]
    } else {
        cfg.get("history")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let mut entry = json!({"created": created, "created_by": spec.created_by});
    if let Some(a) = &spec.author {
        entry["author"] = json!(a);
    }
    if let Some(m) = &spec.comment {
        entry["comment"] = json!(m);
    }
    history.push(entry);
    cfg.insert("history".into(), json!(history));
    if spec.format == ManifestFormat::V2s2 {
        if let Some(m) = &spec.comment {
            cfg.insert("comment".into(), json!(m));
        }
    }
    let config = serde_json::to_vec(&Value::Object(cfg)).expect("json");
    let config_digest = super::blobs::sha256_digest(&config);
    let mut descs = Vec::with_capacity(layers.len());
    for l in &layers {
        let media = spec
            .format
            .layer_media(Compression::of_layer_media_type(&l.media_type))
            .ok_or_else(|| {
                ImageError::Format(format!(
                    "layer {} is zstd-compressed, which a docker manifest cannot name: use --format oci",
                    l.diff_id
                ))
            })?;
        descs.push(LayerDesc {
            media,
            digest: &l.blob,
            size: l.blob_size,
        });
    }
    let manifest = image_manifest(
        spec.format.media_type(),
        &config_digest,
        config.len() as u64,
        &descs,
    );
    store.commit(
        &config,
        &manifest,
        spec.format.media_type(),
        &layers,
        &spec.names,
    )
}
