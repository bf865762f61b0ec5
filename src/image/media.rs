//! Media types of manifests, indexes and configs, and the writing of image manifests (for
//! import and load, save, and push; an image's own manifest, reused where it fits, is
//! `store::manifest_for`).

use super::compress::Compression;
use serde_json::json;

pub const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";
pub const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
pub const OCI_CONFIG: &str = "application/vnd.oci.image.config.v1+json";
pub const DOCKER_LIST: &str = "application/vnd.docker.distribution.manifest.list.v2+json";
pub const DOCKER_MANIFEST: &str = "application/vnd.docker.distribution.manifest.v2+json";
pub const DOCKER_CONFIG: &str = "application/vnd.docker.container.image.v1+json";

/// A layer as a manifest names it.
pub struct LayerDesc<'a> {
    pub media: &'a str,
    pub digest: &'a str,
    pub size: u64,
}

/// An image manifest of type `media` (OCI, or Docker schema 2), its config typed to match.
pub fn image_manifest(
    media: &str,
    config_digest: &str,
    config_size: u64,
    layers: &[LayerDesc],
) -> Vec<u8> {
    let config_media = if media == DOCKER_MANIFEST {
        DOCKER_CONFIG
    } else {
        OCI_CONFIG
    };
    let m = json!({
        "schemaVersion": 2,
        "mediaType": media,
        "config": {"mediaType": config_media, "digest": config_digest, "size": config_size},
        "layers": layers.iter().map(|l| json!({
            "mediaType": l.media, "digest": l.digest, "size": l.size,
        })).collect::<Vec<_>>(),
    });
    serde_json::to_vec(&m).expect("a manifest serializes")
}

/// The kind of image manifest to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ManifestFormat {
    Oci,
    V2s2,
}

impl ManifestFormat {
    pub fn media_type(self) -> &'static str {
        match self {
            ManifestFormat::Oci => OCI_MANIFEST,
            ManifestFormat::V2s2 => DOCKER_MANIFEST,
        }
    }

    /// A layer's media type in a manifest of this format; None where the format has none
    /// (zstd in a Docker manifest).
    pub fn layer_media(self, c: Compression) -> Option<&'static str> {
        match (self, c) {
            (ManifestFormat::Oci, c) => Some(c.layer_media_type()),
            (ManifestFormat::V2s2, Compression::Gzip) => {
                Some("application/vnd.docker.image.rootfs.diff.tar.gzip")
            }
            (ManifestFormat::V2s2, Compression::None) => {
                Some("application/vnd.docker.image.rootfs.diff.tar")
            }
            (ManifestFormat::V2s2, Compression::Zstd) => None,
        }
    }
}
