//! Which registries exist for rcon: the short-name search list, registries marked insecure
//! (plain HTTP, no certificate check), blocked ones, and mirrors. The file has the shape of
//! containers-registries.conf(5) (v2), so a podman user's file works as it is:
//!
//! ```toml
//! unqualified-search-registries = ["docker.io", "quay.io"]
//!
//! [[registry]]
//! location = "registry.example:5000"
//! insecure = true
//!
//! [[registry.mirror]]
//! location = "mirror.example:5000"
//! ```
//!
//! Looked up in `$RCON_REGISTRIES_CONF`, then `~/.config/rcon/registries.conf` (rootless) or
//! `/etc/rcon/registries.conf`, then podman's `/etc/containers/registries.conf`.

use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
struct File {
    #[serde(default)]
    unqualified_search_registries: Option<Vec<String>>,
    #[serde(default)]
    registry: Vec<RegistryEntry>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct RegistryEntry {
    /// what the entry applies to (a host, or host/namespace); defaults to `location`
    #[serde(default)]
    pub prefix: Option<String>,
    #[serde(default)]
    pub location: String,
    #[serde(default)]
    pub insecure: bool,
    #[serde(default)]
    pub blocked: bool,
    #[serde(default)]
    pub mirror: Vec<Mirror>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Mirror {
    pub location: String,
    #[serde(default)]
    pub insecure: bool,
}

#[derive(Debug, Clone)]
pub struct RegistriesConfig {
    /// where the file came from, for messages (None: built-in defaults)
    pub source: Option<PathBuf>,
    pub search: Vec<String>,
    pub entries: Vec<RegistryEntry>,
}

/// An endpoint to try for a repository: a mirror or the registry itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// host[:port], and a path prefix for mirrors of a namespace
    pub location: String,
    pub insecure: bool,
    pub mirror: bool,
}

impl Default for RegistriesConfig {
    fn default() -> Self {
        RegistriesConfig {
            source: None,
            search: vec!["docker.io".into()],
            entries: vec![],
        }
    }
}

fn candidates(rootless: bool) -> Vec<PathBuf> {
    if let Some(p) = std::env::var_os("RCON_REGISTRIES_CONF") {
        return vec![PathBuf::from(p)];
    }
    let mut v = vec![];
    if rootless {
        let base = std::env::var_os("XDG_CONFIG_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")));
        if let Some(b) = base {
            v.push(b.join("rcon/registries.conf"));
        }
    }
    v.push(PathBuf::from("/etc/rcon/registries.conf"));
    v.push(PathBuf::from("/etc/containers/registries.conf"));
    v
}

/// A registries configuration that cannot be used, or a registry it blocks.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{path}: {err}")]
    Read { path: String, err: std::io::Error },
    #[error("{file}: {msg}: fix the registries configuration")]
    Syntax { file: String, msg: String },
    #[error("{0}: a [[registry]] has neither location nor prefix")]
    NoLocation(String),
    #[error("registry {registry} is blocked in {file}")]
    Blocked { registry: String, file: String },
}

impl RegistriesConfig {
    /// The first configuration file that exists, or the defaults (search docker.io).
    pub fn load(rootless: bool) -> Result<RegistriesConfig, ConfigError> {
        for p in candidates(rootless) {
            match std::fs::read_to_string(&p) {
                Ok(text) => return Self::parse(&text, Some(&p)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(err) => {
                    return Err(ConfigError::Read {
                        path: p.display().to_string(),
                        err,
                    })
                }
            }
        }
        Ok(RegistriesConfig::default())
    }

    pub fn parse(text: &str, source: Option<&Path>) -> Result<RegistriesConfig, ConfigError> {
        let name = source.map(|p| p.display().to_string()).unwrap_or_default();
        let f: File = toml::from_str(text).map_err(|e| ConfigError::Syntax {
            file: name.clone(),
            msg: e.message().to_string(),
        })?;
        let mut entries = f.registry;
        for e in &mut entries {
            if e.location.is_empty() {
                match &e.prefix {
                    Some(p) => e.location = p.clone(),
                    None => return Err(ConfigError::NoLocation(name)),
                }
            }
        }
        Ok(RegistriesConfig {
            source: source.map(Path::to_path_buf),
            search: f
                .unqualified_search_registries
                .unwrap_or_else(|| vec!["docker.io".into()]),
            entries,
        })
    }

    /// The entry whose prefix is the longest match of `repo` (`host/path`).
    fn entry(&self, repo: &str) -> Option<&RegistryEntry> {
        self.entries
            .iter()
            .filter(|e| {
                let p = e.prefix.as_deref().unwrap_or(&e.location);
                repo == p
                    || repo.starts_with(&format!("{p}/"))
                    || (!p.contains('/') && repo.split('/').next() == Some(p))
            })
            .max_by_key(|e| e.prefix.as_deref().unwrap_or(&e.location).len())
    }

    /// Is `host` insecure (plain HTTP allowed, certificates not checked)?
    pub fn insecure(&self, host: &str) -> bool {
        self.entry(host).is_some_and(|e| e.insecure)
    }

    /// Where to fetch `registry/repository` from: its mirrors first, then the registry (or
    /// the location the entry redirects it to). Err when the registry is blocked.
    pub fn endpoints(
        &self,
        registry: &str,
        repository: &str,
    ) -> Result<Vec<(Endpoint, String)>, ConfigError> {
        let full = format!("{registry}/{repository}");
        let Some(e) = self.entry(&full) else {
            return Ok(vec![(
                Endpoint {
                    location: registry.to_string(),
                    insecure: false,
                    mirror: false,
                },
                repository.to_string(),
            )]);
        };
        if e.blocked {
            return Err(ConfigError::Blocked {
                registry: registry.to_string(),
                file: self
                    .source
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|| "the registries configuration".into()),
            });
        }
        let prefix = e.prefix.clone().unwrap_or_else(|| e.location.clone());
        // the part of the name below the prefix, placed under each location instead
        let rest = full
            .strip_prefix(&prefix)
            .unwrap_or(&full)
            .trim_start_matches('/');
        let split = |loc: &str| -> (String, String) {
            let target = if rest.is_empty() {
                loc.to_string()
            } else {
                format!("{loc}/{rest}")
            };
            match target.split_once('/') {
                Some((h, p)) => (h.to_string(), p.to_string()),
                None => (target, repository.to_string()),
            }
        };
        let mut out = vec![];
        for m in &e.mirror {
            let (host, repo) = split(&m.location);
            out.push((
                Endpoint {
                    location: host,
                    insecure: m.insecure,
                    mirror: true,
                },
                repo,
            ));
        }
        let (host, repo) = split(&e.location);
        out.push((
            Endpoint {
                location: host,
                insecure: e.insecure,
                mirror: false,
            },
            repo,
        ));
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONF: &str = r#"
unqualified-search-registries = ["quay.io", "docker.io"]

[[registry]]
location = "127.0.0.1:5000"
insecure = true

[[registry]]
prefix = "docker.io"
location = "docker.io"

[[registry.mirror]]
location = "mirror.local:5001"
insecure = true

[[registry]]
location = "evil.example"
blocked = true
"#;

    #[test]
    fn search_insecure_mirrors_blocked() {
        let c = RegistriesConfig::parse(CONF, None).unwrap();
        assert_eq!(c.search, ["quay.io", "docker.io"]);
        assert!(c.insecure("127.0.0.1:5000"));
        assert!(!c.insecure("docker.io"));
        let e = c.endpoints("docker.io", "library/busybox").unwrap();
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].0.location, "mirror.local:5001");
        assert!(e[0].0.mirror && e[0].0.insecure);
        assert_eq!(e[0].1, "library/busybox");
        assert_eq!(e[1].0.location, "docker.io");
        assert_eq!(e[1].1, "library/busybox");
        assert!(c.endpoints("evil.example", "x/y").is_err());
        let plain = c.endpoints("ghcr.io", "a/b").unwrap();
        assert_eq!(plain[0].0.location, "ghcr.io");
    }

    #[test]
    fn bad_file_is_one_clear_error() {
        let e = RegistriesConfig::parse(
            "unqualified-search-registries = 3",
            Some(Path::new("/x.conf")),
        )
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("/x.conf: "), "{e}");
    }
}
