//! The layer store: `layers/<chain-id hex>/{diff/, layer.json}`. Each layer is unpacked once,
//! into a temporary directory renamed into place when complete, and shared by every image
//! whose chain contains it.

use super::blobs::{digests_in, sha256_digest, BlobStore, HashingReader, TeeReader};
use super::compress::{decompress, Compression};
use super::unpack::{unpack_layer, CountingReader, InflationLimit, UnpackOptions, WhiteoutMode};
use super::{io_err, ImageError, Result};
use crate::store::{read_json, write_json_atomic, FileLock};
use serde::{Deserialize, Serialize};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicU64;
use std::sync::Arc;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LayerRecord {
    pub chain_id: String,
    pub diff_id: String,
    pub parent: Option<String>,
    /// the blob as stored (compressed as it came)
    pub blob: String,
    pub blob_size: u64,
    pub media_type: String,
    /// uncompressed tar size
    pub size: u64,
}

impl LayerRecord {
    /// The layer as a manifest names it (its stored blob).
    pub fn desc(&self) -> super::media::LayerDesc<'_> {
        super::media::LayerDesc {
            media: &self.media_type,
            digest: &self.blob,
            size: self.blob_size,
        }
    }
}

pub struct LayerStore {
    dir: PathBuf,
    tmp: PathBuf,
    locks: PathBuf,
    rootless: bool,
}

pub fn chain_id(parent: Option<&str>, diff_id: &str) -> String {
    match parent {
        None => diff_id.to_string(),
        Some(p) => sha256_digest(format!("{p} {diff_id}").as_bytes()),
    }
}

fn hex_of(digest: &str) -> &str {
    digest.strip_prefix("sha256:").unwrap_or(digest)
}

/// What the caller knows about a layer before fetching it (from a manifest and config).
pub struct LayerSource<'a> {
    pub parent: Option<&'a str>,
    pub expected_blob: Option<&'a str>,
    pub expected_diff_id: Option<&'a str>,
    pub what: String,
}

impl LayerStore {
    pub fn new(dir: PathBuf, tmp: PathBuf, locks: PathBuf, rootless: bool) -> LayerStore {
        LayerStore {
            dir,
            tmp,
            locks,
            rootless,
        }
    }

    pub fn layer_dir(&self, chain_id: &str) -> PathBuf {
        self.dir.join(hex_of(chain_id))
    }

    pub fn diff_dir(&self, chain_id: &str) -> PathBuf {
        self.layer_dir(chain_id).join("diff")
    }

    pub fn get(&self, chain_id: &str) -> Option<LayerRecord> {
        read_json(&self.layer_dir(chain_id).join("layer.json"))
            .ok()
            .flatten()
    }

    pub fn unpack_options(&self) -> UnpackOptions {
        UnpackOptions {
            whiteouts: WhiteoutMode::Overlay,
            opaque_xattr: if self.rootless {
                "user.overlay.opaque"
            } else {
                "trusted.overlay.opaque"
            },
            preserve_owner: true,
            inflation: None,
        }
    }

    /// Stream a layer blob once: store it (verified), decompress, hash the tar for its diff id,
    /// and unpack it; the layer appears under its chain id only when all of that succeeded.
    /// A layer someone else finished meanwhile is reused and ours discarded.
    pub fn ingest<R: Read>(
        &self,
        blobs: &BlobStore,
        raw: R,
        src: LayerSource,
    ) -> Result<LayerRecord> {
        self.ingest_from(blobs, src, || Ok(raw))
    }

    /// Like `ingest`, opening the blob only once the layer's lock is held and it is still
    /// missing: a layer that concurrent pulls both need is downloaded once.
    pub fn ingest_from<R: Read>(
        &self,
        blobs: &BlobStore,
        src: LayerSource,
        open: impl FnOnce() -> Result<R>,
    ) -> Result<LayerRecord> {
        let lock = match src.expected_diff_id {
            Some(d) => {
                let chain = chain_id(src.parent, d);
                if let Some(rec) = self.get(&chain) {
                    return Ok(rec);
                }
                Some((
                    FileLock::exclusive(
                        &self.locks.join(format!("layer-{}.lock", hex_of(&chain))),
                    )?,
                    chain,
                ))
            }
            None => None,
        };
        if let Some((_, chain)) = &lock {
            if let Some(rec) = self.get(chain) {
                return Ok(rec);
            }
        }
        let raw = open()?;
        let tmp = self.tmp.join(super::tmp_name("layer"));
        let diff = tmp.join("diff");
        fs::create_dir_all(&diff).map_err(io_err(&diff))?;
        let res = self.ingest_into(blobs, raw, &src, &tmp, &diff, lock.is_some());
        match res {
            Ok(rec) => Ok(rec),
            Err(e) => {
                // the cause is what the caller reports; a staging directory left behind is
                // swept from tmp/ once this process is gone
                if let Err(cleanup) = remove_tree(&tmp) {
                    tracing::warn!("removing a staged layer: {cleanup}");
                }
                Err(e)
            }
        }
    }

    fn ingest_into<R: Read>(
        &self,
        blobs: &BlobStore,
        raw: R,
        src: &LayerSource,
        tmp: &Path,
        diff: &Path,
        locked: bool,
    ) -> Result<LayerRecord> {
        let corrupt = |e: std::io::Error| {
            ImageError::Format(format!(
                "layer {}: {e}: the archive is corrupt or truncated",
                src.what
            ))
        };
        // the compressed bytes, for the decompression-bomb guard
        let compressed = Arc::new(AtomicU64::new(0));
        let mut tee = TeeReader {
            inner: CountingReader {
                inner: raw,
                count: compressed.clone(),
            },
            sink: blobs.writer()?,
        };
        let opts = UnpackOptions {
            inflation: Some(InflationLimit::new(compressed)),
            ..self.unpack_options()
        };
        let mut detected = None;
        let streamed = (|| {
            let (c, tar_stream) = decompress(&mut tee).map_err(corrupt)?;
            detected = Some(c);
            let mut tar_hash = HashingReader::new(tar_stream);
            unpack_layer(&mut tar_hash, diff, &opts).map_err(|error| {
                if error.is_stream_error() {
                    ImageError::Format(format!(
                        "layer {}: {error}: the archive is corrupt or truncated",
                        src.what
                    ))
                } else {
                    ImageError::Unpack {
                        what: src.what.clone(),
                        error,
                    }
                }
            })?;
            let (d, n) = tar_hash.finish().map_err(corrupt)?;
            Ok((c, d, n))
        })();
        let (compression, diff_id, size) = match streamed {
            Ok(s) => s,
            Err(e) => {
                // bytes that are not the blob named make the decompressor or the tar parser
                // fail somewhere; the cause the user can act on is the digest mismatch.
                // An uncompressed blob is its own diff: its diff id names it too.
                let expected = src.expected_blob.or(src
                    .expected_diff_id
                    .filter(|_| detected == Some(Compression::None)));
                if let Some(exp) = expected {
                    if std::io::copy(&mut tee, &mut std::io::sink()).is_ok() {
                        let actual = tee.sink.digest();
                        if exp != actual {
                            return Err(ImageError::DigestMismatch {
                                what: format!("layer {}", src.what),
                                expected: exp.to_string(),
                                actual,
                            });
                        }
                    }
                }
                return Err(e);
            }
        };
        // whatever follows the compressed stream still belongs to the blob
        std::io::copy(&mut tee, &mut std::io::sink()).map_err(corrupt)?;
        // checked before the blob is stored, so that a wrong layer leaves no blob behind;
        // the blob first: when it is not the one named, its diff id is wrong too
        let actual = tee.sink.digest();
        if let Some(exp) = src.expected_blob.filter(|exp| *exp != actual) {
            return Err(ImageError::DigestMismatch {
                what: format!("layer {}", src.what),
                expected: exp.to_string(),
                actual,
            });
        }
        if let Some(exp) = src.expected_diff_id {
            if exp != diff_id {
                return Err(ImageError::DigestMismatch {
                    what: format!("uncompressed layer {}", src.what),
                    expected: exp.to_string(),
                    actual: diff_id,
                });
            }
        }
        let blob_size = tee.sink.size();
        let blob_was_stored = blobs.has(&tee.sink.digest());
        let blob = tee.sink.commit(src.expected_blob).map_err(|e| match e {
            ImageError::DigestMismatch {
                expected, actual, ..
            } => ImageError::DigestMismatch {
                what: format!("layer {}", src.what),
                expected,
                actual,
            },
            e => e,
        })?;
        let chain = chain_id(src.parent, &diff_id);
        let rec = LayerRecord {
            chain_id: chain.clone(),
            diff_id,
            parent: src.parent.map(str::to_string),
            blob,
            blob_size,
            media_type: compression.layer_media_type().to_string(),
            size,
        };
        // flock is per open file: never take the lock our caller already holds
        let _lock = if locked {
            None
        } else {
            Some(FileLock::exclusive(
                &self.locks.join(format!("layer-{}.lock", hex_of(&chain))),
            )?)
        };
        if let Some(existing) = self.get(&chain) {
            remove_tree(tmp)?;
            // the same layer came before in another compression: the record keeps that blob,
            // and ours, new to the store, would be referenced by nothing
            if existing.blob != rec.blob && !blob_was_stored {
                blobs.remove(&rec.blob);
            }
            return Ok(existing);
        }
        write_json_atomic(&tmp.join("layer.json"), &rec)?;
        let dest = self.layer_dir(&chain);
        // a directory without layer.json is a crash leftover: replace it
        remove_tree(&dest)?;
        fs::rename(tmp, &dest).map_err(io_err(&dest))?;
        Ok(rec)
    }

    pub fn remove(&self, chain_id: &str) -> Result<()> {
        let d = self.layer_dir(chain_id);
        // the record goes first: a half-removed layer is invisible, never half-used
        super::remove_file_or_warn(&d.join("layer.json"));
        remove_tree(&d)
    }

    pub fn list(&self) -> Vec<String> {
        digests_in(&self.dir)
    }
}

/// Remove a tree that may contain read-only directories (as images often have).
pub fn remove_tree(p: &Path) -> Result<()> {
    Ok(crate::store::container::remove_dir(p)?)
}
