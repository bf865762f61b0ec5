//! A registry's own TLS material, laid out as podman's certs.d (containers-certs.d(5)): in a
//! directory named after the registry's host[:port], `*.crt` files are certificate
//! authorities to trust besides the system's, and each `NAME.cert` with its `NAME.key` is a
//! client certificate to present.

use reqwest::{Certificate, Identity};
use std::path::{Path, PathBuf};

/// A certs.d directory that cannot be used; each names the file and the fix.
#[derive(Debug, thiserror::Error)]
pub enum CertsError {
    #[error(
        "certificate directory {dir}: {err}: give a directory of *.crt, *.cert and *.key files"
    )]
    Dir { dir: String, err: std::io::Error },
    #[error("{path}: {err}")]
    Read { path: String, err: std::io::Error },
    #[error("{path}: {err}: expected PEM certificates")]
    NotPem { path: String, err: reqwest::Error },
    #[error("client certificate {cert} has no key: put it in {key}")]
    NoKey { cert: String, key: String },
    #[error("client key {key} has no certificate: put it in {cert}")]
    NoCertificate { key: String, cert: String },
    #[error("client certificate {cert} with {key}: {err}")]
    Identity {
        cert: String,
        key: String,
        err: reqwest::Error,
    },
}

/// What a certs.d directory holds.
pub struct HostCerts {
    pub dir: PathBuf,
    pub roots: Vec<Certificate>,
    pub identity: Option<Identity>,
}

/// The directory of `host`'s certificates: `cert_dir` when given (as `--cert-dir`), else the
/// first of `~/.config/containers/certs.d/HOST`, `/etc/containers/certs.d/HOST` and
/// `/etc/docker/certs.d/HOST` that exists.
pub fn dir_for(host: &str, cert_dir: Option<&Path>) -> Option<PathBuf> {
    if let Some(d) = cert_dir {
        return Some(d.to_path_buf());
    }
    let home = std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(|h| PathBuf::from(h).join(".config/containers/certs.d"));
    home.into_iter()
        .chain(["/etc/containers/certs.d", "/etc/docker/certs.d"].map(PathBuf::from))
        .map(|base| base.join(host))
        .find(|d| d.is_dir())
}

/// Read a certs.d directory. A `--cert-dir` that does not exist, an unreadable or malformed
/// file, and a client certificate without its key (or a key without its certificate) are
/// errors that name the file.
pub fn load(dir: &Path) -> Result<HostCerts, CertsError> {
    let entries = std::fs::read_dir(dir).map_err(|err| CertsError::Dir {
        dir: dir.display().to_string(),
        err,
    })?;
    let mut names: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    names.sort();
    let read = |p: &Path| {
        std::fs::read(p).map_err(|err| CertsError::Read {
            path: p.display().to_string(),
            err,
        })
    };
    let bad = |p: &Path, err: reqwest::Error| CertsError::NotPem {
        path: p.display().to_string(),
        err,
    };
    let mut roots = vec![];
    let mut identity = None;
    for p in &names {
        match p.extension().and_then(|e| e.to_str()) {
            Some("crt") => {
                let pem = read(p)?;
                roots.extend(Certificate::from_pem_bundle(&pem).map_err(|e| bad(p, e))?);
            }
            Some("cert") => {
                let key = p.with_extension("key");
                if !key.exists() {
                    return Err(CertsError::NoKey {
                        cert: p.display().to_string(),
                        key: key.display().to_string(),
                    });
                }
                let mut pem = read(p)?;
                pem.push(b'\n');
                pem.extend(read(&key)?);
                identity = Some(
                    Identity::from_pem(&pem).map_err(|err| CertsError::Identity {
                        cert: p.display().to_string(),
                        key: key.display().to_string(),
                        err,
                    })?,
                );
            }
            Some("key") if !p.with_extension("cert").exists() => {
                return Err(CertsError::NoCertificate {
                    key: p.display().to_string(),
                    cert: p.with_extension("cert").display().to_string(),
                });
            }
            _ => {}
        }
    }
    Ok(HostCerts {
        dir: dir.to_path_buf(),
        roots,
        identity,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_without_certificate_and_missing_dir() {
        let d = std::env::temp_dir().join(format!("rcon-certs-{}", std::process::id()));
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(d.join("client.key"), "x").unwrap();
        let e = load(&d).err().unwrap().to_string();
        assert!(e.contains("client.key has no certificate"), "{e}");
        std::fs::remove_file(d.join("client.key")).unwrap();
        std::fs::write(d.join("client.cert"), "x").unwrap();
        let e = load(&d).err().unwrap().to_string();
        assert!(e.contains("client.cert has no key"), "{e}");
        std::fs::remove_dir_all(&d).unwrap();
        let e = load(&d).err().unwrap().to_string();
        assert!(e.contains("certificate directory"), "{e}");
    }
}
