//! Image names as users write them. Parsing is oci-spec's; what is ours is podman's local
//! convention: a name without a registry that is created here (import, tag, commit) lives
//! under `localhost/`, and a short name matches any registry's image of that path.

use super::{ImageError, Result};
use oci_spec::distribution::Reference;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageName {
    pub registry: String,
    pub repository: String,
    pub tag: Option<String>,
    pub digest: Option<String>,
}

/// True when the first path component names a registry (docker's rule).
pub fn has_registry(s: &str) -> bool {
    match s.split_once('/') {
        Some((first, _)) => first.contains('.') || first.contains(':') || first == "localhost",
        None => false,
    }
}

impl ImageName {
    /// Parse a full or short reference. `local` puts a registry-less name under `localhost/`
    /// (names created here); otherwise docker.io is the default, as docker and podman do.
    pub fn parse(s: &str, local: bool) -> Result<ImageName> {
        let bad = |reason: String| ImageError::BadReference {
            name: s.to_string(),
            reason,
        };
        if s.is_empty() {
            return Err(bad("empty name".into()));
        }
        let full = if !has_registry(s) && local {
            format!("localhost/{s}")
        } else {
            s.to_string()
        };
        let r: Reference = full
            .parse()
            .map_err(|e: oci_spec::distribution::ParseError| bad(e.to_string()))?;
        let tag = r.tag().map(str::to_string);
        let digest = r.digest().map(str::to_string);
        Ok(ImageName {
            registry: r.registry().to_string(),
            repository: r.repository().to_string(),
            tag: if tag.is_none() && digest.is_none() {
                Some("latest".into())
            } else {
                tag
            },
            digest,
        })
    }

    /// `registry/repository:tag` (or `@digest`)
    pub fn full(&self) -> String {
        let mut s = format!("{}/{}", self.registry, self.repository);
        if let Some(t) = &self.tag {
            s.push(':');
            s.push_str(t);
        }
        if let Some(d) = &self.digest {
            s.push('@');
            s.push_str(d);
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(
            ImageName::parse("busybox", false).unwrap().full(),
            "docker.io/library/busybox:latest"
        );
        assert_eq!(
            ImageName::parse("busybox", true).unwrap().full(),
            "localhost/busybox:latest"
        );
        assert_eq!(
            ImageName::parse("me/app:1", true).unwrap().full(),
            "localhost/me/app:1"
        );
        assert_eq!(
            ImageName::parse("reg.io:5000/a/b:v2", true).unwrap().full(),
            "reg.io:5000/a/b:v2"
        );
        assert!(ImageName::parse("Bad/Name", false).is_err());
        assert!(ImageName::parse("", false).is_err());
    }
}
