//! Reading from a repository: manifests (verified against a digest reference) and blobs.

use super::{check, manifest, other, read_limited, RegistryClient, Repo, Result, MANIFEST_ACCEPT};
use crate::image::blobs::sha256_digest;
use reqwest::blocking::Response;

impl RegistryClient {
    /// A manifest (or index) by tag or digest: its bytes, media type and digest. A digest
    /// reference is verified against the bytes.
    pub fn manifest(&self, repo: &Repo, reference: &str) -> Result<(Vec<u8>, String, String)> {
        let accept = MANIFEST_ACCEPT.join(", ");
        let r = self.send(repo, "pull", |c, base| {
            c.get(format!("{base}/v2/{}/manifests/{reference}", repo.name))
                .header(reqwest::header::ACCEPT, &accept)
        })?;
        let r = check(r, || format!("manifest {}:{reference}", repo.describe()))?;
        let ct = r
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(|s| s.split(';').next().unwrap_or("").trim().to_string());
        let body = read_limited(r, 4 << 20, "manifest")?;
        let digest = sha256_digest(&body);
        if reference.starts_with("sha256:") && reference != digest {
            return Err(other(format!(
                "manifest {}@{reference}: digest mismatch: the registry sent {digest}",
                repo.describe()
            )));
        }
        let media = manifest::media_type(&body, ct.as_deref()).map_err(other)?;
        Ok((body, media, digest))
    }

    /// The digest a tag points to now (HEAD), if the registry says.
    pub fn manifest_digest(&self, repo: &Repo, reference: &str) -> Result<Option<String>> {
        let accept = MANIFEST_ACCEPT.join(", ");
        let r = self.send(repo, "pull", |c, base| {
            c.head(format!("{base}/v2/{}/manifests/{reference}", repo.name))
                .header(reqwest::header::ACCEPT, &accept)
        })?;
        let r = check(r, || format!("manifest {}:{reference}", repo.describe()))?;
        Ok(r.headers()
            .get("docker-content-digest")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string))
    }

    /// A blob's body as a stream (the caller verifies its digest as it reads).
    pub fn blob(&self, repo: &Repo, digest: &str) -> Result<Response> {
        let r = self.send(repo, "pull", |c, base| {
            c.get(format!("{base}/v2/{}/blobs/{digest}", repo.name))
        })?;
        check(r, || format!("blob {digest} of {}", repo.describe()))
    }

    /// A small blob (an image config), read whole and verified.
    pub fn blob_bytes(&self, repo: &Repo, digest: &str) -> Result<Vec<u8>> {
        let body = read_limited(self.blob(repo, digest)?, 64 << 20, "image config")?;
        let actual = sha256_digest(&body);
        if actual != digest {
            return Err(other(format!(
                "blob {digest} of {}: digest mismatch: got {actual}",
                repo.describe()
            )));
        }
        Ok(body)
    }
}
