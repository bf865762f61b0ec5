//! Image records (`images/<id>.json`) over the blob and layer stores. The image id is the
//! config digest's hex, as in podman. Names are unique across images: tagging a name moves it.

use super::blobs::BlobStore;
use super::layers::{LayerRecord, LayerStore};
use super::media::{image_manifest, LayerDesc};
use super::reference::{has_registry, ImageName};
use super::{io_err, ImageError, Result};
use crate::store::{read_json, write_json_atomic, FileLock, StorePaths};
use oci_spec::image::ImageConfiguration;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::HashSet;
use std::fs;
use std::path::PathBuf;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LayerInfo {
    pub chain_id: String,
    pub diff_id: String,
    pub blob: String,
    pub media_type: String,
    pub blob_size: u64,
    pub size: u64,
}

impl From<&LayerRecord> for LayerInfo {
    fn from(l: &LayerRecord) -> Self {
        LayerInfo {
            chain_id: l.chain_id.clone(),
            diff_id: l.diff_id.clone(),
            blob: l.blob.clone(),
            media_type: l.media_type.clone(),
            blob_size: l.blob_size,
            size: l.size,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ImageRecord {
    /// config digest hex
    pub id: String,
    pub names: Vec<String>,
    /// manifest digest (sha256:...)
    pub digest: String,
    pub manifest_media_type: String,
    pub config_digest: String,
    /// bottom layer first
    pub layers: Vec<LayerInfo>,
    pub created: String,
    /// unpacked size in bytes
    pub size: u64,
    #[serde(default)]
    pub repo_digests: Vec<String>,
    /// every name the image was given, most recent first (podman's NamesHistory): untagging
    /// keeps a name here
    #[serde(default)]
    pub names_history: Vec<String>,
}

impl ImageRecord {
    /// Put `name` first in the names history.
    fn remember_name(&mut self, name: &str) {
        self.names_history.retain(|n| n != name);
        self.names_history.insert(0, name.to_string());
    }
}

/// What `lookup` matches a reference against, for one image. `images/.index` lists them for
/// every image, rewritten under the images lock after every change of names or digests, so
/// that resolving a name reads one file instead of every image record (a `run` with a
/// hundred images stored read a hundred files). A hit is checked against the record it
/// names; a miss or a hit gone stale (a crash between a record's write and the index's) falls
/// back to reading every record, as without an index.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct IndexEntry {
    id: String,
    names: Vec<String>,
    digest: String,
}

impl From<&ImageRecord> for IndexEntry {
    fn from(r: &ImageRecord) -> Self {
        IndexEntry {
            id: r.id.clone(),
            names: r.names.clone(),
            digest: r.digest.clone(),
        }
    }
}

pub struct ImageStore {
    pub paths: StorePaths,
    pub blobs: BlobStore,
    pub layers: LayerStore,
}

impl ImageStore {
    pub fn new(paths: &StorePaths) -> ImageStore {
        ImageStore {
            blobs: BlobStore::new(paths.blobs(), paths.tmp()),
            layers: LayerStore::new(paths.layers(), paths.tmp(), paths.locks(), paths.rootless),
            paths: paths.clone(),
        }
    }

    /// Remove what killed imports, loads, pulls and pushes left in tmp/ (their process is
    /// gone); what live ones are writing stays.
    pub fn sweep_tmp(&self) {
        let Ok(rd) = std::fs::read_dir(self.paths.tmp()) else {
            return;
        };
        for e in rd.flatten() {
            if super::tmp_owner_gone(&e.file_name().to_string_lossy()) == Some(true) {
                tracing::debug!("removing {}, left by a killed rcon", e.path().display());
                // files (staged blobs) and directories alike
                // what cannot be removed now is tried again by the next sweep
                if let Err(err) = super::layers::remove_tree(&e.path()) {
                    tracing::warn!("removing what a killed rcon left: {err}");
                }
            }
        }
    }

    fn record_path(&self, id: &str) -> PathBuf {
        self.paths.images().join(format!("{id}.json"))
    }

    fn lock_path(&self) -> PathBuf {
        self.paths.locks().join("images.lock")
    }

    fn lock(&self) -> Result<FileLock> {
        Ok(FileLock::exclusive(&self.lock_path())?)
    }

    /// Every readable image record, newest first (see `list_checked`).
    pub fn list(&self) -> Result<Vec<ImageRecord>> {
        Ok(self.list_checked()?.0)
    }

    /// Every readable image record, newest first, and what is wrong with each record that
    /// cannot be read: such an image is damaged, never absent (its layers stay).
    pub fn list_checked(&self) -> Result<(Vec<ImageRecord>, Vec<String>)> {
        let dir = self.paths.images();
        let mut out = Vec::new();
        let mut unreadable = Vec::new();
        let rd = match fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((out, unreadable)),
            Err(e) => return Err(io_err(&dir)(e)),
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.extension().and_then(|x| x.to_str()) == Some("json") {
                match read_json::<ImageRecord>(&p) {
                    Ok(Some(r)) => out.push(r),
                    Ok(None) => {}
                    Err(e) => unreadable.push(e.to_string()),
                }
            }
        }
        out.sort_by(|a, b| b.created.cmp(&a.created));
        Ok((out, unreadable))
    }

    pub fn get(&self, id: &str) -> Result<ImageRecord> {
        read_json(&self.record_path(id))?.ok_or_else(|| ImageError::NotFound(id.to_string()))
    }

    /// Resolve what a user typed: an id or id prefix, a full name, or a short name matched
    /// against every registry's images (localhost/ first, as podman).
    pub fn lookup(&self, s: &str) -> Result<ImageRecord> {
        let s = s.strip_prefix("sha256:").unwrap_or(s);
        if s.len() == 64 {
            if let Ok(r) = self.get(s) {
                return Ok(r);
            }
        }
        // None: no index; Some(None): the index names no image
        let indexed = self.read_index().map(|entries| resolve(&entries, s).ok());
        if let Some(Some(id)) = &indexed {
            // the record must still say what the index said
            if let Ok(rec) = self.get(id) {
                if resolve(&[IndexEntry::from(&rec)], s).is_ok() {
                    return Ok(rec);
                }
            }
        }
        let images = self.list()?;
        let entries: Vec<IndexEntry> = images.iter().map(IndexEntry::from).collect();
        let found = resolve(&entries, s);
        if let Ok(id) = &found {
            // what the index missed is there: it is missing or stale
            if indexed.as_ref().is_none_or(|ix| ix.as_ref() != Some(id)) {
                // not waiting for a writer, which rewrites it anyway (nor for ourselves,
                // should a caller hold the lock)
                if let Ok(Some(_g)) = FileLock::try_exclusive(&self.lock_path()) {
                    // a repair in passing: the lookup has its answer, and an index that stays
                    // stale is bypassed as it was here
                    let _ = self.write_index();
                }
            }
        }
        let id = found?;
        images
            .into_iter()
            .find(|i| i.id == id)
            .ok_or(ImageError::NotFound(s.to_string()))
    }

    fn index_path(&self) -> PathBuf {
        // no .json extension: `list` reads every *.json here as an image record
        self.paths.images().join(".index")
    }

    fn read_index(&self) -> Option<Vec<IndexEntry>> {
        read_json(&self.index_path()).ok().flatten()
    }

    /// Rewrite `images/.index` from the records; the caller holds the images lock.
    fn write_index(&self) -> Result<()> {
        let entries: Vec<IndexEntry> = self.list()?.iter().map(IndexEntry::from).collect();
        write_json_atomic(&self.index_path(), &entries)?;
        Ok(())
    }

    /// Store config and manifest blobs and write the image record, moving `names` to it.
    pub fn commit(
        &self,
        config: &[u8],
        manifest: &[u8],
        manifest_media_type: &str,
        layers: &[LayerRecord],
        names: &[String],
    ) -> Result<ImageRecord> {
        let config_digest = self.blobs.put(config)?;
        let digest = self.blobs.put(manifest)?;
        let cfg: ImageConfiguration = serde_json::from_slice(config)
            .map_err(|e| ImageError::Format(format!("image config: {e}")))?;
        let diff_ids = cfg.rootfs().diff_ids();
        if diff_ids.len() != layers.len()
            || diff_ids.iter().zip(layers).any(|(d, l)| *d != l.diff_id)
        {
            return Err(ImageError::Format(
                "image config's rootfs.diff_ids do not match its layers: the image is corrupt"
                    .into(),
            ));
        }
        let id = config_digest.trim_start_matches("sha256:").to_string();
        let _g = self.lock()?;
        // a layer found in place earlier may have been discarded since by another pull's
        // failure (which holds this lock to do so): never record an image without its layers
        if let Some(l) = layers
            .iter()
            .find(|l| self.layers.get(&l.chain_id).is_none())
        {
            return Err(ImageError::Format(format!(
                "layer {} was removed while this image was stored: try again",
                l.diff_id
            )));
        }
        let mut rec = self.get(&id).unwrap_or(ImageRecord {
            id: id.clone(),
            names: vec![],
            digest: digest.clone(),
            manifest_media_type: manifest_media_type.to_string(),
            config_digest,
            layers: layers.iter().map(LayerInfo::from).collect(),
            created: cfg.created().clone().unwrap_or_default(),
            size: layers.iter().map(|l| l.size).sum(),
            repo_digests: vec![],
            names_history: vec![],
        });
        let replaced = std::mem::replace(&mut rec.digest, digest);
        rec.manifest_media_type = manifest_media_type.to_string();
        self.take_names(names, &id)?;
        for n in names {
            if !rec.names.contains(n) {
                rec.names.push(n.clone());
            }
            rec.remember_name(n);
        }
        write_json_atomic(&self.record_path(&id), &rec)?;
        self.write_index()?;
        if replaced != rec.digest {
            self.drop_unused_manifest(&replaced);
        }
        Ok(rec)
    }

    /// Remove the manifest blob `digest` that an image's record named until it was stored
    /// again with another manifest, unless some image still names it; the caller holds the
    /// images lock.
    fn drop_unused_manifest(&self, digest: &str) {
        let Ok((images, unreadable)) = self.list_checked() else {
            return;
        };
        // a record that cannot be read may name it: keep it, as gc does
        if !unreadable.is_empty() {
            return;
        }
        let (_, used_blobs) = in_use(&images);
        if !used_blobs.contains(digest) {
            self.blobs.remove(digest);
        }
    }

    /// Record the registry digests (`registry/repo@sha256:...`) an image was pulled by.
    pub fn add_repo_digests(&self, id: &str, digests: &[String]) -> Result<ImageRecord> {
        let _g = self.lock()?;
        let mut rec = self.get(id)?;
        let before = rec.repo_digests.len();
        for d in digests {
            if !rec.repo_digests.contains(d) {
                rec.repo_digests.push(d.clone());
            }
        }
        if rec.repo_digests.len() != before {
            write_json_atomic(&self.record_path(id), &rec)?;
        }
        Ok(rec)
    }

    /// Remove `names` from every other image (an image left without names stays, as <none>).
    fn take_names(&self, names: &[String], keep: &str) -> Result<()> {
        for mut other in self.list()? {
            if other.id == keep {
                continue;
            }
            let before = other.names.len();
            other.names.retain(|n| !names.contains(n));
            if other.names.len() != before {
                write_json_atomic(&self.record_path(&other.id), &other)?;
            }
        }
        Ok(())
    }

    pub fn tag(&self, id: &str, name: &str) -> Result<()> {
        let full = ImageName::parse(name, true)?.full();
        let _g = self.lock()?;
        let mut rec = self.get(id)?;
        self.take_names(std::slice::from_ref(&full), id)?;
        rec.remember_name(&full);
        if !rec.names.contains(&full) {
            rec.names.push(full);
        }
        write_json_atomic(&self.record_path(id), &rec)?;
        self.write_index()?;
        Ok(())
    }

    /// Drop one name; returns the record as it is now.
    pub fn untag(&self, id: &str, name: &str) -> Result<ImageRecord> {
        let _g = self.lock()?;
        let mut rec = self.get(id)?;
        rec.names.retain(|n| n != name);
        write_json_atomic(&self.record_path(id), &rec)?;
        self.write_index()?;
        Ok(rec)
    }

    /// Remove the image record, then every layer and blob no other image uses.
    /// Remove image `id`, then the layers and blobs nothing uses any more (see `gc`).
    pub fn remove(&self, id: &str, container_layers: Option<&HashSet<String>>) -> Result<()> {
        let _g = self.lock()?;
        // a missing image is an error of its own, before anything is removed
        self.get(id)?;
        let p = self.record_path(id);
        fs::remove_file(&p).map_err(io_err(&p))?;
        self.write_index()?;
        self.gc_locked(container_layers).map(|_| ())
    }

    /// Remove layers (and their blobs) that a failed load created and no image uses, so that
    /// a refused archive leaves the store as it was. Like `gc`, this cannot see a concurrent
    /// load that found one of these layers and has not committed its image yet.
    pub fn discard_unused_layers(&self, chains: &[String]) {
        if chains.is_empty() {
            return;
        }
        let Ok(_g) = self.lock() else { return };
        let Ok(images) = self.list() else { return };
        let (used_layers, used_blobs) = in_use(&images);
        for chain in chains.iter().rev() {
            if used_layers.contains(chain.as_str()) {
                continue;
            }
            if let Some(rec) = self.layers.get(chain) {
                if let Err(e) = self.layers.remove(chain) {
                    tracing::warn!("removing unused layer {chain}: {e}");
                }
                if !used_blobs.contains(rec.blob.as_str()) {
                    self.blobs.remove(&rec.blob);
                }
            }
        }
    }

    /// Delete layers and blobs that no image references and no container is built on
    /// (`container_layers`: the layers of every container), after an rmi or a crash. Nothing
    /// is deleted while a record cannot be read: an image record (whose layers are unknown),
    /// or a container's (`container_layers` is None). Returns the layers deleted.
    pub fn gc(&self, container_layers: Option<&HashSet<String>>) -> Result<Vec<String>> {
        let _g = self.lock()?;
        self.gc_locked(container_layers)
    }

    fn gc_locked(&self, container_layers: Option<&HashSet<String>>) -> Result<Vec<String>> {
        let (images, unreadable) = self.list_checked()?;
        let Some(containers) = container_layers else {
            tracing::warn!("a container record cannot be read: unused layers are kept");
            return Ok(vec![]);
        };
        if let Some(u) = unreadable.first() {
            tracing::warn!("{u}: unused layers are kept");
            return Ok(vec![]);
        }
        let (used_layers, used_blobs) = in_use(&images);
        let mut removed = vec![];
        for l in self.layers.list() {
            if !used_layers.contains(l.as_str()) && !containers.contains(&l) {
                // a layer being ingested right now holds its lock and is not yet in layers/
                self.layers.remove(&l)?;
                removed.push(l);
            }
        }
        for b in self.blobs.list() {
            if !used_blobs.contains(b.as_str()) {
                self.blobs.remove(&b);
            }
        }
        Ok(removed)
    }
}

/// The id of the image `s` names among `images` (newest first): a full name, a short name
/// (localhost/ preferred when several registries have it), name@digest, or an id prefix.
fn resolve(images: &[IndexEntry], s: &str) -> Result<String> {
    // plain string matching against the stored full names: parsing with oci-spec's
    // reference grammar compiles a large regex (~100 ms), too slow for every `run`
    let (name_part, digest) = match s.split_once('@') {
        Some((n, d)) => (n, Some(d)),
        None => (s, None),
    };
    let want_full = has_registry(name_part).then(|| normalize_full(name_part, digest.is_none()));
    let candidates: Vec<&IndexEntry> = images
        .iter()
        .filter(|img| match digest {
            Some(d) => {
                img.digest == d
                    && img.names.iter().any(|n| match &want_full {
                        Some(f) => repo_of(n) == f.as_str(),
                        None => repo_of(n)
                            .strip_suffix(name_part)
                            .is_some_and(|h| h.ends_with('/')),
                    })
            }
            None => img.names.iter().any(|n| match &want_full {
                Some(f) => n == f,
                None => short_name_matches(n, s),
            }),
        })
        .collect();
    if candidates.len() > 1 {
        // prefer localhost/, as podman's short-name resolution does
        if let Some(c) = candidates.iter().find(|c| {
            c.names
                .iter()
                .any(|n| n.starts_with("localhost/") && short_name_matches(n, s))
        }) {
            return Ok(c.id.clone());
        }
    }
    if let Some(c) = candidates.first() {
        return Ok(c.id.clone());
    }
    if s.len() >= 3 && s.bytes().all(|b| b.is_ascii_hexdigit()) {
        let m: Vec<&IndexEntry> = images.iter().filter(|i| i.id.starts_with(s)).collect();
        match m.len() {
            1 => return Ok(m[0].id.clone()),
            0 => {}
            _ => return Err(ImageError::Ambiguous(s.to_string())),
        }
    }
    Err(ImageError::NotFound(s.to_string()))
}

/// The image's stored manifest when it is of type `media` and names exactly `layers` (so its
/// digest stays the one the image was pulled or pushed by); else a new one.
pub fn manifest_for(
    store: &ImageStore,
    img: &ImageRecord,
    media: &str,
    layers: &[LayerDesc],
) -> Result<Vec<u8>> {
    if img.manifest_media_type == media {
        if let Ok(stored) = store.blobs.read(&img.digest) {
            if let Ok(v) = serde_json::from_slice::<Value>(&stored) {
                let same_layers = v["layers"].as_array().is_some_and(|ls| {
                    ls.len() == layers.len()
                        && ls.iter().zip(layers).all(|(a, b)| {
                            a["digest"].as_str() == Some(b.digest)
                                && a["mediaType"].as_str() == Some(b.media)
                        })
                });
                if same_layers && v["config"]["digest"].as_str() == Some(&img.config_digest) {
                    return Ok(stored);
                }
            }
        }
    }
    let cfg = store.blobs.path(&img.config_digest)?;
    let cfg_size = std::fs::metadata(&cfg)
        .map_err(|e| ImageError::Format(format!("image config {}: {e}", img.config_digest)))?
        .len();
    Ok(image_manifest(media, &img.config_digest, cfg_size, layers))
}

/// The layers (chain ids) and blobs the images refer to.
fn in_use(images: &[ImageRecord]) -> (HashSet<&str>, HashSet<&str>) {
    let mut layers = HashSet::new();
    let mut blobs = HashSet::new();
    for i in images {
        blobs.insert(i.config_digest.as_str());
        blobs.insert(i.digest.as_str());
        for l in &i.layers {
            layers.insert(l.chain_id.as_str());
            blobs.insert(l.blob.as_str());
        }
    }
    (layers, blobs)
}

/// A full name as stored: the default tag added, docker.io's "library/" for one-part paths.
fn normalize_full(s: &str, add_tag: bool) -> String {
    let (reg, path) = s.split_once('/').unwrap_or(("", s));
    let path = if (reg == "docker.io" || reg == "index.docker.io") && !path.contains('/') {
        format!("library/{path}")
    } else {
        path.to_string()
    };
    let reg = if reg == "index.docker.io" {
        "docker.io"
    } else {
        reg
    };
    let tagged = path
        .rsplit('/')
        .next()
        .is_some_and(|last| last.contains(':'));
    if add_tag && !tagged {
        format!("{reg}/{path}:latest")
    } else {
        format!("{reg}/{path}")
    }
}

/// `reg/repo:tag` → `reg/repo`
fn repo_of(n: &str) -> &str {
    match n.rfind(':') {
        Some(i) if !n[i..].contains('/') => &n[..i],
        _ => n,
    }
}

/// `docker.io/library/busybox:latest` matches `busybox`, `library/busybox`, `busybox:latest`.
pub fn short_name_matches(full: &str, short: &str) -> bool {
    let short_tagged = if short
        .rsplit('/')
        .next()
        .is_some_and(|last| last.contains(':') || last.contains('@'))
    {
        short.to_string()
    } else {
        format!("{short}:latest")
    };
    full.strip_suffix(&short_tagged)
        .is_some_and(|head| head.ends_with('/'))
}

#[cfg(test)]
mod tests {
    use super::short_name_matches;

    #[test]
    fn short_names() {
        assert!(short_name_matches(
            "docker.io/library/busybox:latest",
            "busybox"
        ));
        assert!(short_name_matches(
            "docker.io/library/busybox:latest",
            "library/busybox"
        ));
        assert!(short_name_matches("localhost/busybox:1", "busybox:1"));
        assert!(!short_name_matches("localhost/mybusybox:latest", "busybox"));
        assert!(!short_name_matches("localhost/busybox:1", "busybox"));
    }
}
