//! A client of the OCI distribution API (what Docker Hub, ghcr.io, quay.io and the reference
//! registry serve), on reqwest with rustls: the auth handshake (anonymous, basic, bearer
//! tokens), manifests and indexes with platform selection, blobs as verified streams. It never
//! unpacks anything: `engine::pull` feeds the streams to the layer store.
//!
//! The blocking client runs its own single-threaded runtime on one thread, joined when the
//! client is dropped: callers drop it before anything forks into namespaces.

pub mod auth;
pub mod certs;
pub mod config;
pub mod manifest;

use crate::image::blobs::sha256_digest;
use auth::{Challenge, Credentials};
pub use config::RegistriesConfig;
use reqwest::blocking::{Client, RequestBuilder, Response};
use reqwest::StatusCode;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

/// Manifest media types we read, most specific first.
pub const MANIFEST_ACCEPT: &[&str] = &[
    manifest::OCI_INDEX,
    manifest::DOCKER_LIST,
    manifest::OCI_MANIFEST,
    manifest::DOCKER_MANIFEST,
];

#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    /// the repository or the tag/digest does not exist there
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Unauthorized(String),
    /// the connection failed or broke: the request may be tried again
    #[error("{0}")]
    Transport(String),
    #[error("{0}")]
    Other(String),
}

pub type Result<T> = std::result::Result<T, RegistryError>;

fn other(e: impl std::fmt::Display) -> RegistryError {
    RegistryError::Other(e.to_string())
}

/// How to reach a registry host, learnt from the first request to `/v2/`.
#[derive(Debug, Clone)]
struct HostInfo {
    base: String,
    /// the client for this host: checking certificates or not (`--tls-verify=false`, an
    /// insecure registry), with its certs.d material if it has any
    client: Client,
    challenge: Option<Challenge>,
}

/// A repository on one endpoint (a mirror or the registry itself).
#[derive(Debug, Clone)]
pub struct Repo {
    /// the registry as named in the image reference (credentials are looked up by it)
    pub registry: String,
    /// host[:port] to connect to
    pub host: String,
    pub name: String,
    pub insecure: bool,
}

impl Repo {
    pub fn describe(&self) -> String {
        format!("{}/{}", self.registry, self.name)
    }
}

pub struct ClientOptions {
    pub authfile: Option<PathBuf>,
    /// `--tls-verify`: None follows the configuration
    pub tls_verify: Option<bool>,
    /// `--creds user:password`
    pub creds: Option<Credentials>,
    /// `--cert-dir`: the certs.d directory for every registry, instead of the default ones
    pub cert_dir: Option<PathBuf>,
}

pub struct RegistryClient {
    strict: Client,
    lax: Client,
    pub config: RegistriesConfig,
    opts: ClientOptions,
    hosts: Mutex<HashMap<String, HostInfo>>,
    /// clients with a certs.d directory's material, by directory and laxness
    with_certs: Mutex<HashMap<(PathBuf, bool), Client>>,
    tokens: Mutex<HashMap<(String, String), String>>,
}

/// Docker Hub's API lives on another host than its name.
pub fn api_host(host: &str) -> &str {
    match host {
        "docker.io" | "index.docker.io" => "registry-1.docker.io",
        h => h,
    }
}

fn is_loopback(host: &str) -> bool {
    let h = host
        .rsplit_once(':')
        .filter(|(_, p)| p.bytes().all(|b| b.is_ascii_digit()))
        .map(|(h, _)| h)
        .unwrap_or(host);
    let h = h.trim_start_matches('[').trim_end_matches(']');
    h == "localhost" || h.starts_with("127.") || h == "::1"
}

fn install_crypto() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // Err only when a provider is installed already, which is as good
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

impl RegistryClient {
    pub fn new(config: RegistriesConfig, opts: ClientOptions) -> Result<RegistryClient> {
        install_crypto();
        Ok(RegistryClient {
            strict: build_client(false, None)?,
            lax: build_client(true, None)?,
            config,
            opts,
            hosts: Mutex::new(HashMap::new()),
            with_certs: Mutex::new(HashMap::new()),
            tokens: Mutex::new(HashMap::new()),
        })
    }

    /// The endpoints to try for `registry/repository`: mirrors, then the registry.
    pub fn repos(&self, registry: &str, repository: &str) -> Result<Vec<Repo>> {
        let eps = self.config.endpoints(registry, repository).map_err(other)?;
        Ok(eps
            .into_iter()
            .map(|(ep, name)| Repo {
                registry: registry.to_string(),
                host: ep.location,
                name,
                insecure: ep.insecure,
            })
            .collect())
    }

    /// The client for `host`: the shared one, or one with the host's certs.d material.
    fn client_for(&self, host: &str, lax: bool) -> Result<Client> {
        let Some(dir) = certs::dir_for(host, self.opts.cert_dir.as_deref()) else {
            return Ok(if lax { &self.lax } else { &self.strict }.clone());
        };
        let mut cache = self.with_certs.lock().unwrap();
        if let Some(c) = cache.get(&(dir.clone(), lax)) {
            return Ok(c.clone());
        }
        let material = certs::load(&dir).map_err(other)?;
        tracing::debug!("{host}: certificates from {}", dir.display());
        let c = build_client(lax, Some(material))?;
        cache.insert((dir, lax), c.clone());
        Ok(c)
    }

    fn credentials(&self, repo: &Repo) -> Option<Credentials> {
        self.opts
            .creds
            .clone()
            .or_else(|| auth::lookup(self.opts.authfile.as_deref(), &repo.registry, &repo.name))
    }

    /// Find how to talk to the host: https, or http where allowed (insecure registries,
    /// `--tls-verify=false`, loopback addresses), and the auth challenge of its `/v2/`.
    fn host(&self, repo: &Repo) -> Result<HostInfo> {
        let host = api_host(&repo.host).to_string();
        if let Some(h) = self.hosts.lock().unwrap().get(&host) {
            return Ok(h.clone());
        }
        let insecure = repo.insecure || self.config.insecure(&repo.host);
        let lax = match self.opts.tls_verify {
            Some(v) => !v,
            None => insecure,
        };
        let http_ok = lax || is_loopback(&host);
        let client = self.client_for(&repo.host, lax)?;
        let mut errors = vec![];
        for scheme in ["https", "http"] {
            if scheme == "http" && !http_ok {
                break;
            }
            let base = format!("{scheme}://{host}");
            match client.get(format!("{base}/v2/")).send() {
                Ok(r) => {
                    let challenge = if r.status() == StatusCode::UNAUTHORIZED {
                        r.headers()
                            .get(reqwest::header::WWW_AUTHENTICATE)
                            .and_then(|v| v.to_str().ok())
                            .and_then(auth::parse_challenge)
                    } else {
                        None
                    };
                    if !(r.status().is_success() || r.status() == StatusCode::UNAUTHORIZED) {
                        errors.push(format!("{base}/v2/ answered {}", r.status()));
                        continue;
                    }
                    let info = HostInfo {
                        base,
                        client,
                        challenge,
                    };
                    self.hosts.lock().unwrap().insert(host, info.clone());
                    return Ok(info);
                }
                Err(e) => errors.push(describe_http_error(&e, &base)),
            }
        }
        // the https attempt says most: a plain HTTP fallback fails on any TLS registry
        let first = errors.first().cloned().unwrap_or_default();
        let tls_trouble = ["certificate", "tls", "ssl", "handshake", "corrupt message"]
            .iter()
            .any(|w| first.to_ascii_lowercase().contains(w));
        // a registry that wants a client certificate says so with an alert, or (TLS 1.3) only
        // by closing the connection after the handshake
        let refused_us = [
            "received fatal alert",
            "broken pipe",
            "connection reset",
            "connection closed",
        ]
        .iter()
        .any(|w| first.to_ascii_lowercase().contains(w));
        let hint = if (tls_trouble && lax) || refused_us {
            format!(
                " (if the registry requires a client certificate, put it in {} as NAME.cert and NAME.key, or use --cert-dir)",
                certs_dir_hint(&repo.host)
            )
        } else if tls_trouble {
            format!(
                " (to trust the registry's own certificate authority, put it in {} as ca.crt, or use --cert-dir; a registry without TLS must be marked insecure in registries.conf, or use --tls-verify=false)",
                certs_dir_hint(&repo.host)
            )
        } else {
            String::new()
        };
        Err(other(format!(
            "cannot reach registry {host}: {first}{hint}"
        )))
    }

    fn token(
        &self,
        repo: &Repo,
        realm: &str,
        service: Option<&str>,
        scope: &str,
        client: &Client,
    ) -> Result<String> {
        let key = (realm.to_string(), scope.to_string());
        if let Some(t) = self.tokens.lock().unwrap().get(&key) {
            return Ok(t.clone());
        }
        let mut url = reqwest::Url::parse(realm)
            .map_err(|e| other(format!("the registry's token realm {realm:?}: {e}")))?;
        {
            let mut q = url.query_pairs_mut();
            if let Some(s) = service {
                q.append_pair("service", s);
            }
            for s in scope.split(' ').filter(|s| !s.is_empty()) {
                q.append_pair("scope", s);
            }
        }
        let creds = self.credentials(repo);
        let mut req = client.get(url);
        if let Some(c) = &creds {
            req = req.basic_auth(&c.username, Some(&c.password));
        }
        let r = req
            .send()
            .map_err(|e| other(describe_http_error(&e, realm)))?;
        if r.status() == StatusCode::UNAUTHORIZED || r.status() == StatusCode::FORBIDDEN {
            return Err(RegistryError::Unauthorized(format!(
                "{}: the token server refused {}: {}",
                repo.registry,
                if creds.is_some() {
                    "the stored credentials"
                } else {
                    "anonymous access"
                },
                login_hint(&repo.registry, creds.is_some())
            )));
        }
        if !r.status().is_success() {
            return Err(other(format!("token server {realm}: {}", r.status())));
        }
        let v: serde_json::Value = serde_json::from_slice(&read_limited(r, 1 << 20, "token")?)
            .map_err(|e| other(format!("token server {realm}: {e}")))?;
        let t = v
            .get("token")
            .or_else(|| v.get("access_token"))
            .and_then(|t| t.as_str())
            .ok_or_else(|| other(format!("token server {realm}: no token in its answer")))?
            .to_string();
        self.tokens.lock().unwrap().insert(key, t.clone());
        Ok(t)
    }

    fn authorize(
        &self,
        repo: &Repo,
        info: &HostInfo,
        challenge: Option<&Challenge>,
        actions: &str,
        req: RequestBuilder,
    ) -> Result<RequestBuilder> {
        Ok(match challenge {
            None => req,
            Some(Challenge::Basic) => match self.credentials(repo) {
                Some(c) => req.basic_auth(c.username, Some(c.password)),
                None => req,
            },
            Some(Challenge::Bearer {
                realm,
                service,
                scope,
            }) => {
                let ours = format!("repository:{}:{actions}", repo.name);
                // the challenge of a request names the scope it needs (a blob mount adds the
                // source repository); the /v2/ challenge names none
                let scope = match scope {
                    Some(s) if s.contains(&format!("repository:{}:", repo.name)) => s.clone(),
                    Some(s) if !s.is_empty() => format!("{ours} {s}"),
                    _ => ours,
                };
                let t = self.token(repo, realm, service.as_deref(), &scope, &info.client)?;
                req.bearer_auth(t)
            }
        })
    }

    /// Send a request for `repo` with `actions` (pull, or pull,push) rights, answering one
    /// authentication challenge. `build` makes the request from the endpoint's base URL (it
    /// may be called twice).
    pub fn send(
        &self,
        repo: &Repo,
        actions: &str,
        build: impl Fn(&Client, &str) -> RequestBuilder,
    ) -> Result<Response> {
        let info = self.host(repo)?;
        let first = self.authorize(
            repo,
            &info,
            info.challenge.as_ref(),
            actions,
            build(&info.client, &info.base),
        )?;
        let r = first
            .send()
            .map_err(|e| RegistryError::Transport(describe_http_error(&e, &info.base)))?;
        if r.status() != StatusCode::UNAUTHORIZED {
            return Ok(r);
        }
        let ch = r
            .headers()
            .get(reqwest::header::WWW_AUTHENTICATE)
            .and_then(|v| v.to_str().ok())
            .and_then(auth::parse_challenge);
        let Some(ch) = ch else {
            return Err(self.unauthorized(repo));
        };
        if let Challenge::Bearer { realm, scope, .. } = &ch {
            // a cached token that no longer works: forget it and ask again
            self.tokens
                .lock()
                .unwrap()
                .retain(|(r, s), _| !(r == realm && Some(s) == scope.as_ref()));
        }
        let again = self.authorize(
            repo,
            &info,
            Some(&ch),
            actions,
            build(&info.client, &info.base),
        )?;
        let r = again
            .send()
            .map_err(|e| RegistryError::Transport(describe_http_error(&e, &info.base)))?;
        if r.status() == StatusCode::UNAUTHORIZED {
            return Err(self.unauthorized(repo));
        }
        Ok(r)
    }

    fn unauthorized(&self, repo: &Repo) -> RegistryError {
        let have = self.credentials(repo).is_some();
        RegistryError::Unauthorized(format!(
            "{}: authentication required: {}",
            repo.describe(),
            login_hint(&repo.registry, have)
        ))
    }

    /// Check credentials against a registry, as `login` does: its `/v2/` must accept them
    /// (basic), or its token server must issue a token for them (bearer).
    pub fn check_login(&self, registry: &str) -> Result<()> {
        let repo = Repo {
            registry: registry.to_string(),
            host: registry.to_string(),
            name: String::new(),
            insecure: false,
        };
        let info = self.host(&repo)?;
        let creds = self.credentials(&repo);
        let ok = match &info.challenge {
            None => true,
            Some(Challenge::Basic) => {
                let mut req = info.client.get(format!("{}/v2/", info.base));
                if let Some(c) = &creds {
                    req = req.basic_auth(&c.username, Some(&c.password));
                }
                req.send()
                    .map_err(|e| other(describe_http_error(&e, &info.base)))?
                    .status()
                    .is_success()
            }
            Some(Challenge::Bearer { realm, service, .. }) => {
                match self.token(&repo, realm, service.as_deref(), "", &info.client) {
                    Ok(_) => true,
                    Err(RegistryError::Unauthorized(_)) => false,
                    Err(e) => return Err(e),
                }
            }
        };
        if ok {
            Ok(())
        } else {
            Err(RegistryError::Unauthorized(format!(
                "{registry}: the registry refused the username or password"
            )))
        }
    }

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

/// An HTTP client; `lax` accepts any certificate; `certs` adds a certs.d directory's
/// authorities and client certificate.
fn build_client(lax: bool, certs: Option<certs::HostCerts>) -> Result<Client> {
    let mut b = Client::builder()
        .user_agent(concat!("rcon/", env!("CARGO_PKG_VERSION")))
        .connect_timeout(Duration::from_secs(30))
        // the blocking client applies this to the answer's headers and to each read of a
        // body: a stalled download fails, a long one does not
        .timeout(Duration::from_secs(120))
        .tls_danger_accept_invalid_certs(lax);
    let mut dir = None;
    if let Some(c) = certs {
        b = b.tls_certs_merge(c.roots);
        if let Some(id) = c.identity {
            b = b.identity(id);
        }
        dir = Some(c.dir);
    }
    b.build().map_err(|e| match dir {
        Some(d) => other(format!("certificates in {}: {e}", d.display())),
        None => other(format!("setting up the HTTP client: {e}")),
    })
}

/// Where a user would put `host`'s certificates.
fn certs_dir_hint(host: &str) -> String {
    if nix::unistd::geteuid().is_root() {
        format!("/etc/containers/certs.d/{host}/")
    } else {
        format!("~/.config/containers/certs.d/{host}/")
    }
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

fn login_hint(registry: &str, had_credentials: bool) -> String {
    if had_credentials {
        format!("the credentials were refused: log in again with rcon login {registry}")
    } else {
        format!("log in with rcon login {registry}")
    }
}

/// A status other than success as an error naming `what`.
fn check(r: Response, what: impl Fn() -> String) -> Result<Response> {
    let st = r.status();
    if st.is_success() {
        return Ok(r);
    }
    let body = r.text().unwrap_or_default();
    let detail = serde_json::from_str::<serde_json::Value>(&body)
        .ok()
        .and_then(|v| v["errors"][0]["message"].as_str().map(str::to_string))
        .unwrap_or_default();
    let detail = if detail.is_empty() {
        String::new()
    } else {
        format!(" ({detail})")
    };
    Err(match st {
        StatusCode::NOT_FOUND => RegistryError::NotFound(format!("{}: not found{detail}", what())),
        StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => {
            RegistryError::Unauthorized(format!("{}: access denied{detail}", what()))
        }
        _ => other(format!("{}: the registry answered {st}{detail}", what())),
    })
}

fn read_limited(r: Response, max: u64, what: &str) -> Result<Vec<u8>> {
    use std::io::Read;
    let mut body = Vec::new();
    r.take(max + 1)
        .read_to_end(&mut body)
        .map_err(|e| other(format!("reading the {what}: {e}")))?;
    if body.len() as u64 > max {
        return Err(other(format!(
            "the {what} is larger than {max} bytes: refused"
        )));
    }
    Ok(body)
}

fn describe_http_error(e: &reqwest::Error, base: &str) -> String {
    use std::error::Error;
    let mut s = format!("{base}: {e}");
    let mut src = e.source();
    while let Some(c) = src {
        s.push_str(&format!(": {c}"));
        src = c.source();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_hosts() {
        assert!(is_loopback("localhost:5000"));
        assert!(is_loopback("127.0.0.1:41234"));
        assert!(is_loopback("[::1]:5000"));
        assert!(!is_loopback("registry.example:5000"));
        assert!(!is_loopback("docker.io"));
        assert_eq!(api_host("docker.io"), "registry-1.docker.io");
    }
}
