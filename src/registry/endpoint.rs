//! Reaching a registry host: the HTTP clients (certificates checked or not, certs.d material),
//! and the first request to `/v2/` that finds https or http and the auth challenge.

use super::auth::{self, Challenge};
use super::{certs, describe_http_error, other, RegistryClient, Repo, Result};
use reqwest::blocking::Client;
use reqwest::StatusCode;
use std::time::Duration;

/// How to reach a registry host, learnt from the first request to `/v2/`.
#[derive(Debug, Clone)]
pub(super) struct HostInfo {
    pub(super) base: String,
    /// the client for this host: checking certificates or not (`--tls-verify=false`, an
    /// insecure registry), with its certs.d material if it has any
    pub(super) client: Client,
    pub(super) challenge: Option<Challenge>,
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

pub(super) fn install_crypto() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // Err only when a provider is installed already, which is as good
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

impl RegistryClient {
    /// The client for `host`: the shared one, or one with the host's certs.d material.
    pub(super) fn client_for(&self, host: &str, lax: bool) -> Result<Client> {
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

    /// Find how to talk to the host: https, or http where allowed (insecure registries,
    /// `--tls-verify=false`, loopback addresses), and the auth challenge of its `/v2/`.
    pub(super) fn host(&self, repo: &Repo) -> Result<HostInfo> {
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
}

/// An HTTP client; `lax` accepts any certificate; `certs` adds a certs.d directory's
/// authorities and client certificate.
pub(super) fn build_client(lax: bool, certs: Option<certs::HostCerts>) -> Result<Client> {
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
