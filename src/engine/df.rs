//! `system df`: the space images, containers and volumes take, and what could be reclaimed,
//! in podman's report shape.

use super::error::Result;
use super::images::ImageListOptions;
use super::lifecycle::effective_status;
use super::Engine;
use serde::Serialize;
use std::collections::HashMap;

/// An image under one of its names, as `system df -v` lists it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DfImage {
    pub repository: String,
    pub tag: String,
    #[serde(rename = "ImageID")]
    pub image_id: String,
    pub created: String,
    pub size: u64,
    /// the bytes of its layers that other images share
    pub shared_size: u64,
    pub unique_size: u64,
    pub containers: usize,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DfContainer {
    #[serde(rename = "ContainerID")]
    pub container_id: String,
    /// the image's id
    pub image: String,
    pub command: Vec<String>,
    pub local_volumes: usize,
    /// the root filesystem: image and writes
    pub size: u64,
    #[serde(rename = "RWSize")]
    pub rw_size: u64,
    pub created: String,
    pub status: String,
    pub names: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DfVolume {
    pub volume_name: String,
    /// the containers using it
    pub links: usize,
    pub size: u64,
    pub reclaimable_size: u64,
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DfReport {
    pub images: Vec<DfImage>,
    pub containers: Vec<DfContainer>,
    pub volumes: Vec<DfVolume>,
}

impl Engine {
    /// Every image (per name), container and volume with its sizes.
    pub fn system_df(&self) -> Result<DfReport> {
        let (rows, _) = self.image_rows(&ImageListOptions {
            all: true,
            ..Default::default()
        })?;
        // how many images hold each layer
        let mut holders: HashMap<&str, usize> = HashMap::new();
        let mut seen = std::collections::HashSet::new();
        for r in rows.iter().filter(|r| seen.insert(&r.img.id)) {
            for l in &r.img.layers {
                *holders.entry(l.chain_id.as_str()).or_default() += 1;
            }
        }
        let images = rows
            .iter()
            .map(|r| {
                let shared: u64 = r
                    .img
                    .layers
                    .iter()
                    .filter(|l| holders.get(l.chain_id.as_str()).copied().unwrap_or(0) > 1)
                    .map(|l| l.size)
                    .sum();
                DfImage {
                    repository: r.repository.clone(),
                    tag: r.tag.clone(),
                    image_id: r.img.id.clone(),
                    created: r.img.created.clone(),
                    size: r.img.size,
                    shared_size: shared,
                    unique_size: r.img.size.saturating_sub(shared),
                    containers: r.containers,
                }
            })
            .collect();
        let mut containers = vec![];
        // a damaged record is left out (system check reports it)
        for rec in self.containers.list()? {
            let size = self.container_size(&rec);
            containers.push(DfContainer {
                container_id: rec.id.clone(),
                image: rec.config.image_id.clone(),
                command: rec.config.args.clone(),
                local_volumes: rec.config.volumes.len(),
                size: size.root_fs,
                rw_size: size.rw,
                created: rec.created.clone(),
                status: effective_status(&rec).0.as_str().to_string(),
                names: rec.name.clone(),
            });
        }
        containers.sort_by(|a, b| b.created.cmp(&a.created));
        let mut volumes = vec![];
        for v in self.volumes().list()?.0 {
            let links = self.volume_users(&v.name)?.len();
            let size = super::size::tree_size(&v.mountpoint);
            volumes.push(DfVolume {
                volume_name: v.name,
                links,
                size,
                reclaimable_size: if links == 0 { size } else { 0 },
            });
        }
        Ok(DfReport {
            images,
            containers,
            volumes,
        })
    }
}

/// `system prune`'s options.
#[derive(Debug, Clone, Default)]
pub struct SystemPruneOptions {
    /// every image no container uses, not only dangling ones
    pub all: bool,
    /// volumes no container uses too
    pub volumes: bool,
    /// podman's `label=`, `label!=` and `until=` filters, for each kind
    pub filters: Vec<String>,
}

/// What `system prune` removed, told as it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pruned {
    Container,
    Volume,
    Image,
}

impl Engine {
    /// The bytes the store holds: each layer once, the containers' writes, the volumes.
    fn store_bytes(&self) -> Result<u64> {
        let mut layers = HashMap::new();
        for img in self.images.list()? {
            for l in img.layers {
                layers.insert(l.chain_id, l.size);
            }
        }
        let mut total: u64 = layers.values().sum();
        for rec in self.containers.list()? {
            total += self.container_size(&rec).rw;
        }
        for v in self.volumes().list()?.0 {
            total += super::size::tree_size(&v.mountpoint);
        }
        Ok(total)
    }

    /// `system prune`: stopped containers, then (with `volumes`) unused volumes, then
    /// dangling (with `all`: unused) images, each told to `removed`; returns the bytes
    /// reclaimed.
    pub fn system_prune(
        &self,
        o: &SystemPruneOptions,
        removed: &mut dyn FnMut(Pruned, &str),
    ) -> Result<u64> {
        for f in &o.filters {
            let key = f.split_once('=').map(|(k, _)| k).unwrap_or(f);
            if !["label", "label!", "until"].contains(&key) {
                return Err(super::EngineError::invalid(format!(
                    "invalid filter \"{f}\": system prune takes label=, label!= and until="
                )));
            }
        }
        let before = self.store_bytes()?;
        self.prune(&o.filters, &mut |id| removed(Pruned::Container, id))?;
        if o.volumes {
            let (names, errors) = self.volume_prune(&o.filters)?;
            for n in names {
                removed(Pruned::Volume, &n);
            }
            if let Some(e) = errors.into_iter().next() {
                return Err(e);
            }
        }
        self.prune_images(
            &super::images::ImagePruneOptions {
                all: o.all,
                filters: o.filters.clone(),
            },
            &mut |id| removed(Pruned::Image, id),
        )?;
        Ok(before.saturating_sub(self.store_bytes()?))
    }
}
