//! The auth handshake: answering a registry's challenge with basic credentials or a bearer
//! token from its token server (tokens cached by realm and scope), and checking a login.

use super::auth::{self, Challenge, Credentials};
use super::endpoint::HostInfo;
use super::{
    describe_http_error, other, read_limited, RegistryClient, RegistryError, Repo, Result,
};
use reqwest::blocking::{Client, RequestBuilder, Response};
use reqwest::StatusCode;

impl RegistryClient {
    fn credentials(&self, repo: &Repo) -> Option<Credentials> {
        self.opts
            .creds
            .clone()
            .or_else(|| auth::lookup(self.opts.authfile.as_deref(), &repo.registry, &repo.name))
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
}

fn login_hint(registry: &str, had_credentials: bool) -> String {
    if had_credentials {
        format!("the credentials were refused: log in again with rcon login {registry}")
    } else {
        format!("log in with rcon login {registry}")
    }
}
