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
mod download;
mod endpoint;
mod handshake;
pub mod manifest;
mod upload;

pub use config::RegistriesConfig;
pub use upload::{BlobPush, SentBytes};

use auth::Credentials;
use endpoint::{build_client, install_crypto, HostInfo};
use reqwest::blocking::{Client, Response};
use reqwest::StatusCode;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Mutex;

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
