//! Image introspection: `history` (the config's history entries with their layers), `image
//! tree` (the layers, and which images they top), `image diff` (the top layer's changes) and
//! `image exists` / `container exists`.

use super::error::{EngineError, Result};
use super::Engine;
use crate::image::{ImageError, ImageRecord};
use crate::store::StoreError;
use serde_json::Value;
use std::path::Path;

/// One history entry as podman lists it, newest first.
#[derive(Debug, Clone)]
pub struct HistoryEntry {
    /// the full id of an image this entry's layer is the top of, or "<missing>"
    pub id: String,
    pub created: String,
    pub created_by: String,
    /// the layer's uncompressed size, 0 for an entry without a layer
    pub size: u64,
    pub comment: String,
    /// the names of the images this entry's layer is the top of
    pub tags: Vec<String>,
}

/// One layer of an image as `image tree` shows it, bottom first.
#[derive(Debug, Clone)]
pub struct TreeLayer {
    pub chain_id: String,
    pub size: u64,
    /// names (or short ids, for images without names) of the images whose top layer it is
    pub top_of: Vec<String>,
}

/// `image tree`'s data.
#[derive(Debug, Clone)]
pub struct ImageTree {
    pub image: ImageRecord,
    pub layers: Vec<TreeLayer>,
    /// with --whatrequires: the images built on this image's top layer, and their layers above
    pub children: Vec<TreeLayer>,
}

fn top_chain(img: &ImageRecord) -> Option<&str> {
    img.layers.last().map(|l| l.chain_id.as_str())
}

fn image_label(img: &ImageRecord) -> Vec<String> {
    if img.names.is_empty() {
        vec![img.id[..12].to_string()]
    } else {
        img.names.clone()
    }
}

impl Engine {
    /// The image's config (its JSON), read from the blob store.
    fn image_config(&self, img: &ImageRecord) -> Result<Value> {
        let data = self.images.blobs.read(&img.config_digest)?;
        serde_json::from_slice(&data)
            .map_err(|e| EngineError::failed(format!("image {}'s config: {e}", &img.id[..12])))
    }

    /// `rcon history`: newest first.
    pub fn history(&self, reference: &str) -> Result<Vec<HistoryEntry>> {
        let img = self.images.lookup(reference)?;
        let cfg = self.image_config(&img)?;
        let all = self.images.list()?;
        // the images a layer is the top of: this image first
        let images_topped_by = |chain: &str| -> Vec<&ImageRecord> {
            let mut v: Vec<&ImageRecord> =
                all.iter().filter(|i| top_chain(i) == Some(chain)).collect();
            v.sort_by_key(|i| i.id != img.id);
            v
        };
        let history = cfg["history"].as_array().cloned().unwrap_or_default();
        let mut layer = img.layers.len();
        let mut used = std::collections::HashSet::new();
        let mut out = vec![];
        for h in history.iter().rev() {
            let empty = h["empty_layer"].as_bool().unwrap_or(false);
            let mut e = HistoryEntry {
                id: "<missing>".into(),
                created: h["created"].as_str().unwrap_or("").to_string(),
                created_by: h["created_by"].as_str().unwrap_or("").to_string(),
                size: 0,
                comment: h["comment"].as_str().unwrap_or("").to_string(),
                tags: vec![],
            };
            if layer > 0 {
                let l = &img.layers[layer - 1];
                if !empty {
                    e.size = l.size;
                }
                let topped = images_topped_by(&l.chain_id);
                if let Some(first) = topped.first() {
                    if used.insert(first.id.clone()) {
                        e.id = first.id.clone();
                    }
                }
                e.tags = topped.iter().flat_map(|i| i.names.clone()).collect();
                if !empty {
                    layer -= 1;
                }
            }
            out.push(e);
        }
        Ok(out)
    }

    /// `rcon image tree`.
    pub fn image_tree(&self, reference: &str, what_requires: bool) -> Result<ImageTree> {
        let img = self.images.lookup(reference)?;
        let all = self.images.list()?;
        let layer_of = |chain: &str, size: u64| TreeLayer {
            chain_id: chain.to_string(),
            size,
            top_of: all
                .iter()
                .filter(|i| top_chain(i) == Some(chain))
                .flat_map(image_label)
                .collect(),
        };
        let layers = img
            .layers
            .iter()
            .map(|l| layer_of(&l.chain_id, l.size))
            .collect();
        let mut children = vec![];
        if what_requires {
            let n = img.layers.len();
            let mut seen = std::collections::HashSet::new();
            for other in &all {
                if other.id == img.id || other.layers.len() <= n {
                    continue;
                }
                let same_base = other.layers[..n]
                    .iter()
                    .zip(&img.layers)
                    .all(|(a, b)| a.chain_id == b.chain_id);
                if same_base {
                    for l in &other.layers[n..] {
                        if seen.insert(l.chain_id.clone()) {
                            children.push(layer_of(&l.chain_id, l.size));
                        }
                    }
                }
            }
        }
        Ok(ImageTree {
            image: img,
            layers,
            children,
        })
    }

    /// `rcon image diff`: the changes of the image's top layer against the layers below.
    pub fn image_diff(&self, reference: &str) -> Result<Vec<(char, String)>> {
        let img = self.images.lookup(reference)?;
        let dirs: Vec<std::path::PathBuf> = img
            .layers
            .iter()
            .rev()
            .map(|l| self.images.layers.diff_dir(&l.chain_id))
            .collect();
        let Some((top, lowers)) = dirs.split_first() else {
            return Ok(vec![]);
        };
        let mut out = vec![];
        super::files::walk_upper(top, Path::new("/"), lowers, &mut out)?;
        out.sort_by(|a, b| a.1.cmp(&b.1));
        Ok(out)
    }

    /// `container exists`: Ok(false) when no container has that name or id.
    pub fn container_exists(&self, reference: &str) -> Result<bool> {
        match self.containers.lookup(reference) {
            Ok(_) => Ok(true),
            Err(StoreError::NoSuchContainer(_)) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// `image exists`: Ok(false) when no image has that name or id.
    pub fn image_exists(&self, reference: &str) -> Result<bool> {
        match self.images.lookup(reference) {
            Ok(_) => Ok(true),
            Err(ImageError::NotFound(_)) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }
}
