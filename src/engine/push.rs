//! `push`: an image's blobs, then its manifest, to a registry. Blobs the registry has are
//! skipped (HEAD), blobs in another of its repositories are mounted, the rest uploaded. The
//! stored manifest goes as it is when it fits the requested format; otherwise (another format,
//! recompressed layers) a new one is written.

use super::error::{Context, EngineError, Result};
use super::pull::short;
use super::pull::PullOptions;
use super::Engine;
use crate::image::compress::{recompress, Compression};
pub use crate::image::media::ManifestFormat;
use crate::image::media::{LayerDesc, DOCKER_MANIFEST};
use crate::image::reference::has_registry;
use crate::image::store::manifest_for;
use crate::image::ImageName;
use crate::registry::{BlobPush, RegistryError, SentBytes};
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Debug, Clone)]
pub struct PushOptions {
    pub registry: PullOptions,
    /// None: the format the image has
    pub format: Option<ManifestFormat>,
    /// None: layers as stored
    pub compression: Option<Compression>,
    pub digestfile: Option<PathBuf>,
}

/// A layer's media type in a manifest of `format`.
fn layer_media(format: ManifestFormat, c: Compression) -> Result<&'static str> {
    format.layer_media(c).ok_or_else(|| {
        EngineError::invalid(
            "zstd layers need an OCI manifest: push with --format oci or --compression-format gzip",
        )
    })
}

/// A layer as it will be sent: a stored blob, or a recompressed copy in a temporary file.
struct Outgoing {
    digest: String,
    size: u64,
    media: &'static str,
    path: PathBuf,
    temporary: bool,
}

impl Drop for Outgoing {
    fn drop(&mut self) {
        if self.temporary {
            if let Err(e) = std::fs::remove_file(&self.path) {
                tracing::warn!("removing {}: {e}", self.path.display());
            }
        }
    }
}

impl Engine {
    /// Recompress a stored layer blob into a temporary file.
    fn recompress(&self, blob: &str, to: Compression) -> Result<(PathBuf, String, u64)> {
        let path = self.paths.tmp().join(format!(
            "push-{}-{}",
            std::process::id(),
            &blob.trim_start_matches("sha256:")[..12]
        ));
        let (digest, size) = recompress(self.images.blobs.open(blob)?, to, &path)
            .with_context(|| format!("recompressing layer {blob}"))?;
        Ok((path, digest, size))
    }

    pub fn push(&self, image: &str, dest: Option<&str>, o: &PushOptions) -> Result<String> {
        let img = self.images.lookup(image)?;
        let dest = dest
            .map(|d| d.strip_prefix("docker://").unwrap_or(d).to_string())
            .unwrap_or_else(|| {
                img.names
                    .iter()
                    .find(|n| crate::image::store::short_name_matches(n, image))
                    .cloned()
                    .unwrap_or_else(|| image.to_string())
            });
        if !has_registry(&dest) || dest.starts_with("localhost/") {
            return Err(EngineError::invalid(format!("{dest}: no registry in the name: push to REGISTRY/REPOSITORY[:TAG] (e.g. rcon push {image} registry.example:5000/{})", dest.rsplit('/').next().unwrap_or(&dest))));
        }
        let name = ImageName::parse(&dest, false)?;
        if name.digest.is_some() {
            return Err(EngineError::invalid(format!(
                "{dest}: push to a tag, not a digest"
            )));
        }
        let tag = name.tag.clone().unwrap_or_else(|| "latest".into());
        let client = self.registry_client(&o.registry)?;
        let repo = client
            .repos(&name.registry, &name.repository)
            .map_err(|e| EngineError::failed(e.to_string()))?
            .pop()
            .expect("the registry itself is always an endpoint");
        let progress = super::pull::Progress::new(&*self.reporter, o.registry.quiet);
        let stored_format = if img.manifest_media_type == DOCKER_MANIFEST {
            ManifestFormat::V2s2
        } else {
            ManifestFormat::Oci
        };
        let format = o.format.unwrap_or(stored_format);
        // the layers as they will go
        let mut out = vec![];
        for l in &img.layers {
            let have = Compression::of_layer_media_type(&l.media_type);
            let want = o.compression.unwrap_or(have);
            if want == have {
                out.push(Outgoing {
                    digest: l.blob.clone(),
                    size: l.blob_size,
                    media: layer_media(format, have)?,
                    path: self.images.blobs.path(&l.blob)?,
                    temporary: false,
                });
            } else {
                let (path, digest, size) = self.recompress(&l.blob, want)?;
                out.push(Outgoing {
                    digest,
                    size,
                    media: layer_media(format, want)?,
                    path,
                    temporary: true,
                });
            }
        }
        // a repository of the same registry that has the image: blobs are mounted from it
        let mount_from: Option<String> = img.repo_digests.iter().find_map(|rd| {
            let n = ImageName::parse(rd, false).ok()?;
            (n.registry == name.registry && n.repository != name.repository).then_some(n.repository)
        });
        progress.line("Getting image source signatures");
        let send = |digest: &str, size: u64, path: &std::path::Path| {
            let bar = progress.bar(short(digest), size);
            let sent: SentBytes = match bar.clone() {
                Some(b) => Arc::new(move |n| b.set_position(n)),
                None => Arc::new(|_| {}),
            };
            let r = client
                .push_blob(&repo, digest, size, path, mount_from.as_deref(), &sent)
                .map_err(push_err);
            if let Some(b) = bar {
                b.finish();
            }
            r
        };
        for b in &out {
            let how = send(&b.digest, b.size, &b.path)?;
            progress.line(&format!(
                "Copying blob {} {}",
                short(&b.digest),
                match how {
                    BlobPush::Uploaded => "done",
                    BlobPush::Exists => "skipped: already exists",
                    BlobPush::Mounted => "skipped: mounted",
                }
            ));
        }
        let cfg_path = self.images.blobs.path(&img.config_digest)?;
        let cfg_size = std::fs::metadata(&cfg_path)?.len();
        send(&img.config_digest, cfg_size, &cfg_path)?;
        progress.line(&format!("Copying config {} done", short(&img.id)));
        let media = format.media_type();
        let descs: Vec<LayerDesc> = out
            .iter()
            .map(|l| LayerDesc {
                media: l.media,
                digest: &l.digest,
                size: l.size,
            })
            .collect();
        let body = manifest_for(&self.images, &img, media, &descs)?;
        progress.line("Writing manifest to image destination");
        let digest = client
            .put_manifest(&repo, &tag, media, &body)
            .map_err(push_err)?;
        drop(client);
        self.images
            .add_repo_digests(
                &img.id,
                &[format!("{}/{}@{digest}", name.registry, name.repository)],
            )
            .context("recording the pushed digest")?;
        if let Some(f) = &o.digestfile {
            std::fs::write(f, &digest).with_context(|| format!("writing {}", f.display()))?;
        }
        self.image_event(
            "push",
            &img.id,
            &format!("{}/{}:{tag}", name.registry, name.repository),
        );
        Ok(digest)
    }
}

fn push_err(e: RegistryError) -> EngineError {
    EngineError::failed(e.to_string())
}
