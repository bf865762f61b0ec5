//! Image manifests and indexes as registries serve them (OCI and Docker schema 2), and the
//! choice of one platform from an index.

use serde_json::Value;

pub use crate::image::media::{DOCKER_LIST, DOCKER_MANIFEST, OCI_INDEX, OCI_MANIFEST};
const DOCKER_V1: &str = "application/vnd.docker.distribution.manifest.v1";

pub fn is_index(media: &str) -> bool {
    media == OCI_INDEX || media == DOCKER_LIST
}

/// A manifest or index rcon cannot use, or a platform it cannot choose. The message says
/// which and what to do.
#[derive(Debug, thiserror::Error)]
pub enum ManifestError {
    /// not JSON, or without a field a manifest must have
    #[error("{0}")]
    Malformed(String),
    /// a kind of manifest or layer rcon does not read
    #[error("{0}")]
    Unsupported(String),
    /// no image in the index for the platform asked for
    #[error("{0}")]
    NoPlatform(String),
    /// a `--platform` that is not OS/ARCH[/VARIANT]
    #[error("{0}")]
    BadPlatform(String),
}

use ManifestError::{Malformed, Unsupported};

/// The media type of a manifest: from its own `mediaType` field, else from the Content-Type
/// the registry sent; schema 1 and unknown types are refused.
pub fn media_type(body: &[u8], content_type: Option<&str>) -> Result<String, ManifestError> {
    let v: Value = serde_json::from_slice(body).map_err(|e| {
        Malformed(format!(
            "the registry sent a manifest that is not JSON: {e}"
        ))
    })?;
    if v.get("schemaVersion").and_then(Value::as_i64) == Some(1) {
        return Err(Unsupported(
            "the image has a Docker schema 1 manifest, which rcon does not read: push it again with a current tool".into(),
        ));
    }
    let m = v
        .get("mediaType")
        .and_then(Value::as_str)
        .map(str::to_string)
        .or_else(|| content_type.map(str::to_string))
        .or_else(|| {
            // an OCI document without a media type: an index has manifests, an image layers
            if v.get("manifests").is_some() {
                Some(OCI_INDEX.into())
            } else if v.get("layers").is_some() {
                Some(OCI_MANIFEST.into())
            } else {
                None
            }
        })
        .ok_or_else(|| Malformed("the registry sent a manifest of unknown type".into()))?;
    if m.starts_with(DOCKER_V1) {
        return Err(Unsupported(
            "the image has a Docker schema 1 manifest, which rcon does not read".into(),
        ));
    }
    if ![OCI_INDEX, OCI_MANIFEST, DOCKER_LIST, DOCKER_MANIFEST].contains(&m.as_str()) {
        return Err(Unsupported(format!("unsupported manifest type {m}")));
    }
    Ok(m)
}

/// A platform to select: os/arch[/variant].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Platform {
    pub os: String,
    pub arch: String,
    pub variant: Option<String>,
}

/// Go's architecture names for this host.
pub fn host_platform() -> Platform {
    let arch = crate::image::archive::host_arch().to_string();
    let variant = match arch.as_str() {
        "arm64" => Some("v8".to_string()),
        "arm" => Some("v7".to_string()),
        _ => None,
    };
    Platform {
        os: "linux".into(),
        arch,
        variant,
    }
}

impl Platform {
    /// `--platform os/arch[/variant]`, with `--os`, `--arch` and `--variant` overriding parts
    /// of the host's.
    pub fn choose(
        platform: Option<&str>,
        os: Option<&str>,
        arch: Option<&str>,
        variant: Option<&str>,
    ) -> Result<Platform, ManifestError> {
        let mut p = host_platform();
        if let Some(s) = platform {
            let parts: Vec<&str> = s.split('/').collect();
            if !(2..=3).contains(&parts.len()) || parts.iter().any(|x| x.is_empty()) {
                return Err(ManifestError::BadPlatform(format!(
                    "invalid platform \"{s}\": use OS/ARCH[/VARIANT], e.g. linux/arm64"
                )));
            }
            p = Platform {
                os: parts[0].into(),
                arch: parts[1].into(),
                variant: parts.get(2).map(|v| v.to_string()),
            };
        }
        if let Some(o) = os {
            p.os = o.into();
        }
        if let Some(a) = arch {
            if a != p.arch {
                p.variant = None;
            }
            p.arch = a.into();
        }
        if let Some(v) = variant {
            p.variant = Some(v.into());
        }
        Ok(p)
    }

    pub fn describe(&self) -> String {
        match &self.variant {
            Some(v) => format!("{}/{}/{v}", self.os, self.arch),
            None => format!("{}/{}", self.os, self.arch),
        }
    }
}

/// The digest of the index entry for `want`: exact os and arch; a matching variant preferred,
/// an entry without one accepted (as containerd and podman do).
pub fn select(index: &[u8], want: &Platform) -> Result<String, ManifestError> {
    let v: Value =
        serde_json::from_slice(index).map_err(|e| Malformed(format!("image index: {e}")))?;
    let entries = v["manifests"]
        .as_array()
        .ok_or_else(|| Malformed("image index without manifests".into()))?;
    let mut best: Option<(u8, &str)> = None;
    let mut seen = vec![];
    for e in entries {
        let p = &e["platform"];
        let (os, arch) = (
            p["os"].as_str().unwrap_or(""),
            p["architecture"].as_str().unwrap_or(""),
        );
        if os.is_empty() {
            continue;
        }
        let variant = p["variant"].as_str();
        seen.push(match variant {
            Some(va) => format!("{os}/{arch}/{va}"),
            None => format!("{os}/{arch}"),
        });
        if os != want.os || arch != want.arch {
            continue;
        }
        let score = match (variant, want.variant.as_deref()) {
            (Some(a), Some(b)) if a == b => 2,
            (None, _) => 1,
            (Some(_), None) => 1,
            _ => 0,
        };
        let Some(d) = e["digest"].as_str() else {
            continue;
        };
        if score > 0 && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, d));
        }
    }
    best.map(|(_, d)| d.to_string()).ok_or_else(|| {
        ManifestError::NoPlatform(format!(
            "no image for {} in the index (it has {}): choose one with --platform",
            want.describe(),
            if seen.is_empty() {
                "none".to_string()
            } else {
                seen.join(", ")
            }
        ))
    })
}

/// What pulling an image manifest needs: the config and the layers (digest, size, media type).
#[derive(Debug, Clone)]
pub struct ImageManifest {
    pub config: String,
    pub layers: Vec<(String, u64, String)>,
}

pub fn parse_image(body: &[u8]) -> Result<ImageManifest, ManifestError> {
    let v: Value =
        serde_json::from_slice(body).map_err(|e| Malformed(format!("image manifest: {e}")))?;
    let digest_of = |x: &Value, what: &str| -> Result<String, ManifestError> {
        let d = x["digest"]
            .as_str()
            .ok_or_else(|| Malformed(format!("image manifest: {what} without a digest")))?;
        crate::image::blobs::digest_hex(d)
            .map_err(|e| Malformed(format!("image manifest: {e}")))?;
        Ok(d.to_string())
    };
    let config = digest_of(&v["config"], "config")?;
    let mut layers = vec![];
    for l in v["layers"]
        .as_array()
        .ok_or_else(|| Malformed("image manifest without layers".into()))?
    {
        let media = l["mediaType"].as_str().unwrap_or("").to_string();
        if media.contains("foreign") || media.contains("nondistributable") {
            return Err(Unsupported(format!(
                "the image has a non-distributable layer ({media}), which rcon does not fetch"
            )));
        }
        layers.push((
            digest_of(l, "a layer")?,
            l["size"].as_u64().unwrap_or(0),
            media,
        ));
    }
    Ok(ImageManifest { config, layers })
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = r#"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[
        {"digest":"sha256:aaaa","platform":{"os":"linux","architecture":"arm","variant":"v6"}},
        {"digest":"sha256:bbbb","platform":{"os":"linux","architecture":"arm","variant":"v7"}},
        {"digest":"sha256:cccc","platform":{"os":"linux","architecture":"amd64"}},
        {"digest":"sha256:dddd","platform":{"os":"unknown","architecture":"unknown"}}]}"#;

    #[test]
    fn platform_selection() {
        let p = |s| Platform::choose(Some(s), None, None, None).unwrap();
        assert_eq!(
            select(INDEX.as_bytes(), &p("linux/amd64")).unwrap(),
            "sha256:cccc"
        );
        assert_eq!(
            select(INDEX.as_bytes(), &p("linux/arm/v7")).unwrap(),
            "sha256:bbbb"
        );
        assert_eq!(
            select(INDEX.as_bytes(), &p("linux/arm/v6")).unwrap(),
            "sha256:aaaa"
        );
        let e = select(INDEX.as_bytes(), &p("linux/s390x"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("linux/arm/v6, linux/arm/v7, linux/amd64"), "{e}");
        assert!(Platform::choose(Some("linux"), None, None, None).is_err());
        let a = Platform::choose(None, None, Some("arm64"), None).unwrap();
        assert_eq!(a.describe(), "linux/arm64");
    }

    #[test]
    fn media_types() {
        assert_eq!(media_type(INDEX.as_bytes(), None).unwrap(), OCI_INDEX);
        assert_eq!(
            media_type(br#"{"schemaVersion":2,"layers":[]}"#, None).unwrap(),
            OCI_MANIFEST
        );
        assert!(media_type(br#"{"schemaVersion":1}"#, None)
            .unwrap_err()
            .to_string()
            .contains("schema 1"));
        assert!(media_type(b"nope", None).is_err());
    }
}
