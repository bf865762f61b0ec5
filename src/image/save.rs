//! `rcon save`: images out of the store as a docker-archive (what `docker save` writes and
//! `docker load`/`rcon load` read: uncompressed layer tars, manifest.json) or an OCI archive
//! (the stored blobs, compressed as they are), or one image as a directory: an OCI layout
//! (oci-dir) or the directory format of containers/image's `dir:` transport (docker-dir).

use super::blobs::digest_hex;
use super::compress::{decompress, recompress, Compression};
use super::media::{LayerDesc, ManifestFormat, OCI_MANIFEST};
use super::store::{manifest_for, ImageRecord, ImageStore};
use super::{io_err, ImageError, Result};
use serde_json::json;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveFormat {
    DockerArchive,
    OciArchive,
    OciDir,
    DockerDir,
}

impl SaveFormat {
    pub fn parse(s: &str) -> Option<SaveFormat> {
        Some(match s {
            "docker-archive" => SaveFormat::DockerArchive,
            "oci-archive" => SaveFormat::OciArchive,
            "oci-dir" => SaveFormat::OciDir,
            "docker-dir" => SaveFormat::DockerDir,
            _ => return None,
        })
    }

    /// A directory rather than one archive file.
    pub fn is_dir(self) -> bool {
        matches!(self, SaveFormat::OciDir | SaveFormat::DockerDir)
    }
}

/// How the directory formats write layers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirLayers {
    AsStored,
    /// `--uncompressed`
    Uncompressed,
    /// `--compress`: gzip the layers stored uncompressed
    Compressed,
}

/// Reads `left` bytes, and fails if the stream ends before.
struct Exact<R> {
    inner: R,
    left: u64,
}

impl<R: std::io::Read> std::io::Read for Exact<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n == 0 && self.left > 0 && !buf.is_empty() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::UnexpectedEof,
                "the layer is shorter than recorded",
            ));
        }
        self.left -= n as u64;
        Ok(n)
    }
}

/// Tags as `docker save` records them (names without `localhost/` stay as they are).
fn repo_tags(img: &ImageRecord, asked: &str) -> Vec<String> {
    let mut tags: Vec<String> = img
        .names
        .iter()
        .filter(|n| {
            *n == asked
                || **n == format!("{asked}:latest")
                || super::store::short_name_matches(n, asked)
        })
        .cloned()
        .collect();
    if tags.is_empty() && !img.id.starts_with(asked) {
        tags = img.names.clone();
    }
    tags
}

fn add_file<W: Write>(tar: &mut tar::Builder<W>, name: &str, data: &[u8]) -> Result<()> {
    let mut h = tar::Header::new_gnu();
    h.set_size(data.len() as u64);
    h.set_mode(0o644);
    h.set_mtime(0);
    h.set_entry_type(tar::EntryType::Regular);
    tar.append_data(&mut h, name, data)
        .map_err(|e| ImageError::Format(format!("writing {name}: {e}")))
}

fn add_dir<W: Write>(tar: &mut tar::Builder<W>, name: &str) -> Result<()> {
    let mut h = tar::Header::new_gnu();
    h.set_size(0);
    h.set_mode(0o755);
    h.set_mtime(0);
    h.set_entry_type(tar::EntryType::Directory);
    tar.append_data(&mut h, name, std::io::empty())
        .map_err(|e| ImageError::Format(format!("writing {name}: {e}")))
}

fn add_blob<W: Write>(tar: &mut tar::Builder<W>, store: &ImageStore, digest: &str) -> Result<()> {
    let p = store.blobs.path(digest)?;
    let mut f = std::fs::File::open(&p).map_err(io_err(&p))?;
    let len = f.metadata().map_err(io_err(&p))?.len();
    let mut h = tar::Header::new_gnu();
    h.set_size(len);
    h.set_mode(0o644);
    h.set_mtime(0);
    h.set_entry_type(tar::EntryType::Regular);
    tar.append_data(
        &mut h,
        format!("blobs/sha256/{}", digest_hex(digest)?),
        &mut f,
    )
    .map_err(|e| ImageError::Format(format!("writing blob {digest}: {e}")))
}

const OCI_LAYOUT: &[u8] = br#"{"imageLayoutVersion":"1.0.0"}"#;

/// An OCI index's entry for `img`'s manifest, named as the user asked for it.
fn index_entry(img: &ImageRecord, asked: &str, digest: &str, size: usize) -> serde_json::Value {
    let mut desc = json!({"mediaType": OCI_MANIFEST, "digest": digest, "size": size});
    if let Some(t) = repo_tags(img, asked).first() {
        desc["annotations"] = json!({"org.opencontainers.image.ref.name": t});
    }
    desc
}

fn oci_index(manifests: Vec<serde_json::Value>) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.index.v1+json",
        "manifests": manifests,
    }))
    .expect("an index serializes")
}

/// Write `images` (each with the name the user gave) to `out` in `format`.
pub fn save<W: Write>(
    store: &ImageStore,
    images: &[(ImageRecord, String)],
    format: SaveFormat,
    out: W,
) -> Result<W> {
    let mut tar = tar::Builder::new(out);
    match format {
        SaveFormat::DockerArchive => {
            let mut manifest = vec![];
            let mut written = std::collections::HashSet::new();
            for (img, asked) in images {
                let cfg = store.blobs.read(&img.config_digest)?;
                let cfg_name = format!("{}.json", img.id);
                if written.insert(cfg_name.clone()) {
                    add_file(&mut tar, &cfg_name, &cfg)?;
                }
                let mut layers = vec![];
                for l in &img.layers {
                    let name = format!("{}/layer.tar", digest_hex(&l.diff_id)?);
                    if written.insert(name.clone()) {
                        add_dir(&mut tar, digest_hex(&l.diff_id)?)?;
                        let blob = store.blobs.open(&l.blob)?;
                        let (_, data) = decompress(blob)
                            .map_err(|e| ImageError::Format(format!("layer {}: {e}", l.blob)))?;
                        let mut h = tar::Header::new_gnu();
                        h.set_size(l.size);
                        h.set_mode(0o644);
                        h.set_mtime(0);
                        h.set_entry_type(tar::EntryType::Regular);
                        // exactly the recorded size: a layer that decompresses to less is an
                        // error, never a short (corrupt) entry
                        let exact = Exact {
                            inner: std::io::Read::take(data, l.size),
                            left: l.size,
                        };
                        tar.append_data(&mut h, &name, exact).map_err(|e| {
                            ImageError::Format(format!("writing layer {}: {e}", l.diff_id))
                        })?;
                    }
                    layers.push(name);
                }
                manifest.push(json!({
                    "Config": cfg_name,
                    "RepoTags": repo_tags(img, asked),
                    "Layers": layers,
                }));
            }
            add_file(
                &mut tar,
                "manifest.json",
                &serde_json::to_vec(&manifest).map_err(|e| ImageError::Format(e.to_string()))?,
            )?;
        }
        SaveFormat::OciArchive => {
            add_file(&mut tar, "oci-layout", OCI_LAYOUT)?;
            let mut index = vec![];
            let mut written = std::collections::HashSet::new();
            for (img, asked) in images {
                let descs: Vec<_> = img
                    .layers
                    .iter()
                    .map(|l| LayerDesc {
                        media: &l.media_type,
                        digest: &l.blob,
                        size: l.blob_size,
                    })
                    .collect();
                let manifest = manifest_for(store, img, OCI_MANIFEST, &descs)?;
                let mdigest = super::blobs::sha256_digest(&manifest);
                for d in
                    std::iter::once(&img.config_digest).chain(img.layers.iter().map(|l| &l.blob))
                {
                    if written.insert(d.clone()) {
                        add_blob(&mut tar, store, d)?;
                    }
                }
                if written.insert(mdigest.clone()) {
                    add_file(
                        &mut tar,
                        &format!("blobs/sha256/{}", digest_hex(&mdigest)?),
                        &manifest,
                    )?;
                }
                index.push(index_entry(img, asked, &mdigest, manifest.len()));
            }
            add_file(&mut tar, "index.json", &oci_index(index))?;
        }
        SaveFormat::OciDir | SaveFormat::DockerDir => {
            return Err(ImageError::Format(
                "a directory format is not an archive (save_dir writes it)".into(),
            ))
        }
    }
    tar.into_inner()
        .map_err(|e| ImageError::Format(format!("finishing the archive: {e}")))
}

/// Write one image into the new directory `dir` as an OCI layout or in the `dir:` format
/// (manifest.json, version, blobs named by their hex digest).
pub fn save_dir(
    store: &ImageStore,
    img: &ImageRecord,
    asked: &str,
    format: SaveFormat,
    layers: DirLayers,
    dir: &Path,
) -> Result<()> {
    let oci = format == SaveFormat::OciDir;
    let blob_path = |digest: &str| -> Result<PathBuf> {
        let hex = digest_hex(digest)?;
        Ok(if oci {
            dir.join("blobs/sha256").join(hex)
        } else {
            dir.join(hex)
        })
    };
    if oci {
        let b = dir.join("blobs/sha256");
        std::fs::create_dir_all(&b).map_err(io_err(&b))?;
    }
    let copy = |digest: &str| -> Result<()> {
        let from = store.blobs.path(digest)?;
        let to = blob_path(digest)?;
        std::fs::copy(&from, &to).map_err(io_err(&to))?;
        Ok(())
    };
    let mformat = if oci {
        ManifestFormat::Oci
    } else {
        ManifestFormat::V2s2
    };
    let mut descs = vec![];
    for l in &img.layers {
        let have = Compression::of_layer_media_type(&l.media_type);
        let want = match (layers, have) {
            (DirLayers::Uncompressed, _) => Compression::None,
            (DirLayers::Compressed, Compression::None) => Compression::Gzip,
            _ => have,
        };
        let media = mformat.layer_media(want).ok_or_else(|| {
            ImageError::Format(format!(
                "layer {} is zstd-compressed, which a Docker manifest cannot name: save it with --format oci-dir, or with --uncompressed",
                l.blob
            ))
        })?;
        if want == have {
            copy(&l.blob)?;
            descs.push((media, l.blob.clone(), l.blob_size));
        } else {
            let tmp = dir.join(format!(".layer-{}", digest_hex(&l.blob)?));
            let (digest, size) = recompress(store.blobs.open(&l.blob)?, want, &tmp)
                .map_err(|e| ImageError::Format(format!("layer {}: {e}", l.blob)))?;
            let to = blob_path(&digest)?;
            std::fs::rename(&tmp, &to).map_err(io_err(&to))?;
            descs.push((media, digest, size));
        }
    }
    copy(&img.config_digest)?;
    let descs: Vec<LayerDesc> = descs
        .iter()
        .map(|(media, digest, size)| LayerDesc {
            media,
            digest,
            size: *size,
        })
        .collect();
    let manifest = manifest_for(store, img, mformat.media_type(), &descs)?;
    let write = |name: &str, data: &[u8]| -> Result<()> {
        let p = dir.join(name);
        std::fs::write(&p, data).map_err(io_err(&p))
    };
    if oci {
        let mdigest = super::blobs::sha256_digest(&manifest);
        std::fs::write(blob_path(&mdigest)?, &manifest).map_err(io_err(dir))?;
        write("oci-layout", OCI_LAYOUT)?;
        write(
            "index.json",
            &oci_index(vec![index_entry(img, asked, &mdigest, manifest.len())]),
        )?;
    } else {
        write("manifest.json", &manifest)?;
        write("version", b"Directory Transport Version: 1.1\n")?;
    }
    Ok(())
}
