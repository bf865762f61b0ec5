//! Pushing to a repository: blobs (mounted from another repository, in one PUT, or in chunks
//! that resume where the registry says the upload stands) and manifests.

use super::{check, other, RegistryClient, RegistryError, Repo, Result};
use crate::image::blobs::sha256_digest;
use reqwest::blocking::Response;
use reqwest::StatusCode;
use std::path::Path;

/// Pushing.
impl RegistryClient {
    /// Is the blob in the repository already?
    pub fn blob_exists(&self, repo: &Repo, digest: &str) -> Result<bool> {
        let r = self.send(repo, "pull,push", |c, base| {
            c.head(format!("{base}/v2/{}/blobs/{digest}", repo.name))
        })?;
        match r.status() {
            s if s.is_success() => Ok(true),
            StatusCode::NOT_FOUND => Ok(false),
            _ => check(r, || format!("blob {digest} of {}", repo.describe())).map(|_| false),
        }
    }

    /// Start an upload; with `mount_from`, ask the registry to link the blob from another of
    /// its repositories instead. Ok(None): mounted, nothing to upload.
    fn start_upload(
        &self,
        repo: &Repo,
        digest: &str,
        mount_from: Option<&str>,
    ) -> Result<Option<Upload>> {
        let r = self.send(repo, "pull,push", |c, base| {
            let mut url = format!("{base}/v2/{}/blobs/uploads/", repo.name);
            if let Some(from) = mount_from {
                url.push_str(&format!("?mount={digest}&from={from}"));
            }
            c.post(url).header(reqwest::header::CONTENT_LENGTH, "0")
        })?;
        if mount_from.is_some() && r.status() == StatusCode::CREATED {
            return Ok(None);
        }
        let r = check(r, || {
            format!("starting the upload of {digest} to {}", repo.describe())
        })?;
        let location = location(&r)
            .ok_or_else(|| other(format!("{}: the upload has no Location", repo.describe())))?;
        // a registry may ask for chunks of at least some size (distribution spec 1.1)
        let min = r
            .headers()
            .get("oci-chunk-min-length")
            .and_then(|v| v.to_str().ok()?.parse::<u64>().ok())
            .unwrap_or(0);
        Ok(Some(Upload {
            location,
            chunk: CHUNK_SIZE.max(min),
        }))
    }

    /// Upload the blob at `path` unless the registry has it or can mount it from
    /// `mount_from`: in one PUT when it fits in a chunk, else in chunks (PATCH with
    /// Content-Range), resuming from where the registry says the upload stands when a chunk
    /// fails. `sent` hears how many bytes of the blob have gone.
    pub fn push_blob(
        &self,
        repo: &Repo,
        digest: &str,
        size: u64,
        path: &Path,
        mount_from: Option<&str>,
        sent: &SentBytes,
    ) -> Result<BlobPush> {
        if self.blob_exists(repo, digest)? {
            return Ok(BlobPush::Exists);
        }
        let Some(up) = self.start_upload(repo, digest, mount_from)? else {
            return Ok(BlobPush::Mounted);
        };
        let what = || format!("uploading {digest} to {}", repo.describe());
        if size <= up.chunk {
            let r = self.send(repo, "pull,push", |c, base| {
                c.put(upload_url(&up.location, base, Some(digest)))
                    .header(reqwest::header::CONTENT_TYPE, "application/octet-stream")
                    .body(file_part(path, 0, size, sent.clone()))
            })?;
            check(r, what)?;
            return Ok(BlobPush::Uploaded);
        }
        let mut loc = up.location;
        let mut offset = 0;
        let mut failures = 0;
        while offset < size {
            let len = up.chunk.min(size - offset);
            let res = self.send(repo, "pull,push", |c, base| {
                c.patch(upload_url(&loc, base, None))
                    .header(reqwest::header::CONTENT_TYPE, "application/octet-stream")
                    .header(
                        reqwest::header::CONTENT_RANGE,
                        format!("{offset}-{}", offset + len - 1),
                    )
                    .body(file_part(path, offset, len, sent.clone()))
            });
            let why = match res {
                Ok(r) if r.status().is_success() => {
                    loc = location(&r).unwrap_or(loc);
                    let now = uploaded(&r).unwrap_or(offset + len);
                    if now > offset {
                        offset = now;
                        continue;
                    }
                    // an answer that says nothing was added would loop forever
                    format!("the registry accepted the chunk at byte {offset} but holds only {now} bytes")
                }
                Ok(r)
                    if r.status() == StatusCode::RANGE_NOT_SATISFIABLE
                        || r.status().is_server_error() =>
                {
                    format!("the registry answered {}", r.status())
                }
                Ok(r) => return check(r, what).map(|_| BlobPush::Uploaded),
                Err(RegistryError::Transport(e)) => e,
                Err(e) => return Err(e),
            };
            failures += 1;
            if failures > UPLOAD_RETRIES {
                return Err(other(format!(
                    "{}: {why} (gave up after {failures} failed chunks)",
                    what()
                )));
            }
            tracing::info!("{}: {why}; resuming", what());
            // where does the upload stand? A registry that lost it (or cancelled it, as
            // distribution does when the bytes it holds disagree with the session) gets asked
            // for a new one, which starts from the beginning
            let st = self.send(repo, "pull,push", |c, base| {
                c.get(upload_url(&loc, base, None))
            })?;
            if st.status().is_success() {
                loc = location(&st).unwrap_or(loc);
                offset = uploaded(&st).unwrap_or(0);
            } else if let Some(again) = self.start_upload(repo, digest, None)? {
                loc = again.location;
                offset = 0;
            }
        }
        let r = self.send(repo, "pull,push", |c, base| {
            c.put(upload_url(&loc, base, Some(digest)))
                .header(reqwest::header::CONTENT_LENGTH, "0")
        })?;
        check(r, what)?;
        Ok(BlobPush::Uploaded)
    }

    /// Put a manifest under a tag (or its digest); returns the digest the registry names.
    pub fn put_manifest(
        &self,
        repo: &Repo,
        reference: &str,
        media: &str,
        body: &[u8],
    ) -> Result<String> {
        let r = self.send(repo, "pull,push", |c, base| {
            c.put(format!("{base}/v2/{}/manifests/{reference}", repo.name))
                .header(reqwest::header::CONTENT_TYPE, media)
                .body(body.to_vec())
        })?;
        let r = check(r, || format!("manifest {}:{reference}", repo.describe()))?;
        Ok(r.headers()
            .get("docker-content-digest")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
            .unwrap_or_else(|| sha256_digest(body)))
    }
}

/// What pushing a blob took.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlobPush {
    /// the repository has it
    Exists,
    /// linked from another repository of the registry
    Mounted,
    Uploaded,
}

/// Blobs up to this size go in one PUT; larger ones in chunks of this size, so that a broken
/// connection costs one chunk, not the whole blob.
pub const CHUNK_SIZE: u64 = 16 << 20;

/// How many chunks of one blob may fail before its upload gives up.
const UPLOAD_RETRIES: u32 = 4;

/// An upload session the registry opened.
struct Upload {
    location: String,
    chunk: u64,
}

/// The Location a response names.
fn location(r: &Response) -> Option<String> {
    r.headers()
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// How many bytes an upload holds, from its Range header (`0-LAST`). distribution writes
/// `0-0` for an empty upload, so `0-0` counts as nothing.
fn uploaded(r: &Response) -> Option<u64> {
    let v = r.headers().get(reqwest::header::RANGE)?.to_str().ok()?;
    let last: u64 = v
        .trim_start_matches("bytes=")
        .split_once('-')?
        .1
        .parse()
        .ok()?;
    Some(if last == 0 { 0 } else { last + 1 })
}

/// An upload URL (the registry's Location, absolute or a path) with the digest that closes it.
fn upload_url(loc: &str, base: &str, digest: Option<&str>) -> String {
    let mut url = if loc.starts_with("http://") || loc.starts_with("https://") {
        loc.to_string()
    } else {
        format!("{base}{loc}")
    };
    if let Some(d) = digest {
        url.push(if url.contains('?') { '&' } else { '?' });
        url.push_str(&format!("digest={d}"));
    }
    url
}

/// `len` bytes of the file at `path` from `offset`, as a request body; opened for each
/// attempt (an answered challenge sends the body again). `sent` hears the position reached.
fn file_part(path: &Path, offset: u64, len: u64, sent: SentBytes) -> reqwest::blocking::Body {
    use std::io::{Read, Seek, SeekFrom};
    let open = || -> std::io::Result<std::fs::File> {
        let mut f = std::fs::File::open(path)?;
        f.seek(SeekFrom::Start(offset))?;
        Ok(f)
    };
    let body: Box<dyn Read + Send> = match open() {
        Ok(f) => Box::new(Sent {
            inner: f.take(len),
            at: offset,
            sent,
        }),
        Err(e) => Box::new(FailingReader(Some(e))),
    };
    reqwest::blocking::Body::sized(body, len)
}

/// Told the position an upload has reached in its blob.
pub type SentBytes = std::sync::Arc<dyn Fn(u64) + Send + Sync>;

/// A body that reports the position it has reached.
struct Sent<R> {
    inner: R,
    at: u64,
    sent: SentBytes,
}

impl<R: std::io::Read> std::io::Read for Sent<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.at += n as u64;
        (self.sent)(self.at);
        Ok(n)
    }
}

/// A body whose source could not be opened: the upload fails with that error.
struct FailingReader(Option<std::io::Error>);

impl std::io::Read for FailingReader {
    fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
        Err(self
            .0
            .take()
            .unwrap_or_else(|| std::io::Error::other("blob unavailable")))
    }
}
