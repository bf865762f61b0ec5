//! `rcon login` and `rcon logout`: credentials checked against the registry, kept in the
//! credentials file (auth.json). Asking for them is the front end's part.

use super::error::{EngineError, Result};
use super::pull::PullOptions;
use super::Engine;
use crate::registry::auth::{self, Credentials};
use std::path::{Path, PathBuf};

/// The key a registry's credentials are stored under: docker.io for Docker Hub's aliases.
pub fn registry_key(r: &str) -> String {
    let r = r
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_end_matches('/');
    match r {
        "index.docker.io" | "registry-1.docker.io" | "index.docker.io/v1" => "docker.io".into(),
        r => r.to_string(),
    }
}

impl Engine {
    /// `login --get-login`: the user name stored for `registry`.
    pub fn login_user(&self, authfile: Option<&Path>, registry: &str) -> Result<String> {
        let key = registry_key(registry);
        let host = key.split('/').next().unwrap_or(&key);
        match auth::lookup(
            authfile,
            host,
            key.split_once('/').map(|x| x.1).unwrap_or(""),
        ) {
            Some(c) => Ok(c.username),
            None => Err(EngineError::not_found(format!("not logged into {key}"))),
        }
    }

    /// `rcon login`: checks `creds` against `registry` (reached as `o` says) and stores them.
    /// Returns the credentials file.
    pub fn login(&self, registry: &str, creds: Credentials, o: &PullOptions) -> Result<PathBuf> {
        if creds.username.is_empty() || creds.password.is_empty() {
            return Err(EngineError::invalid(
                "login needs a username and a password",
            ));
        }
        let key = registry_key(registry);
        let host = key.split('/').next().unwrap_or(&key);
        let file = auth::auth_file(o.authfile.as_deref());
        let mut o = o.clone();
        o.creds = Some(creds.clone());
        self.check_login(host, &o)?;
        auth::store(&file, &key, &creds).map_err(|e| EngineError::failed(e.to_string()))?;
        Ok(file)
    }

    /// `rcon logout REGISTRY`: removes its credentials; returns the key they were under.
    pub fn logout(&self, authfile: Option<&Path>, registry: &str) -> Result<String> {
        let key = registry_key(registry);
        let file = auth::auth_file(authfile);
        if auth::remove(&file, Some(&key)).map_err(|e| EngineError::failed(e.to_string()))? {
            Ok(key)
        } else {
            Err(EngineError::not_found(format!("not logged into {key}")))
        }
    }

    /// `rcon logout --all`: removes the credentials of every registry.
    pub fn logout_all(&self, authfile: Option<&Path>) -> Result<()> {
        let file = auth::auth_file(authfile);
        auth::remove(&file, None).map_err(|e| EngineError::failed(e.to_string()))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn docker_hub_aliases() {
        assert_eq!(
            super::registry_key("https://index.docker.io/v1/"),
            "docker.io"
        );
        assert_eq!(super::registry_key("quay.io/ns"), "quay.io/ns");
    }
}
