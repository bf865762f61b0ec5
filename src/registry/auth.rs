//! Credentials: the `auths` of podman's auth.json and docker's config.json (`{"auths":
//! {"registry": {"auth": base64("user:password")}}}`), and the registry's authentication
//! challenge (`WWW-Authenticate: Bearer realm=...,service=...,scope=...` or `Basic`).
//!
//! rcon writes where podman does: `--authfile`, else `$REGISTRY_AUTH_FILE`, else
//! `$XDG_RUNTIME_DIR/containers/auth.json` (`/run/containers/0/auth.json` for root). It reads
//! that file, then `~/.config/containers/auth.json` and docker's `~/.docker/config.json`.
//!
//! A file may hand a registry's credentials to a credential helper (`"credHelpers":
//! {"registry": "NAME"}`, or docker's `"credsStore": "NAME"` for every registry): the program
//! `docker-credential-NAME` then gets, stores and erases them (docker's helper protocol: the
//! verb as argument, the server on stdin, JSON `{ServerURL, Username, Secret}`).

use base64::Engine as _;
use serde_json::{json, Map, Value};
use std::path::{Path, PathBuf};

/// The credentials file or a credential helper failed; the message names which and the fix.
#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    /// the file cannot be read, parsed or written
    #[error("{0}")]
    File(String),
    /// a credential helper is missing or failed
    #[error("{0}")]
    Helper(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credentials {
    pub username: String,
    pub password: String,
}

/// The file `login` writes and that is read first.
pub fn auth_file(flag: Option<&Path>) -> PathBuf {
    if let Some(p) = flag {
        return p.to_path_buf();
    }
    if let Some(p) = std::env::var_os("REGISTRY_AUTH_FILE") {
        return PathBuf::from(p);
    }
    let uid = nix::unistd::getuid().as_raw();
    match std::env::var_os("XDG_RUNTIME_DIR") {
        Some(d) if uid != 0 => PathBuf::from(d).join("containers/auth.json"),
        _ => PathBuf::from(format!("/run/containers/{uid}/auth.json")),
    }
}

fn read_files(flag: Option<&Path>) -> Vec<PathBuf> {
    let mut v = vec![auth_file(flag)];
    if flag.is_none() && std::env::var_os("REGISTRY_AUTH_FILE").is_none() {
        if let Some(h) = std::env::var_os("HOME").map(PathBuf::from) {
            let cfg = std::env::var_os("XDG_CONFIG_HOME")
                .map(PathBuf::from)
                .unwrap_or_else(|| h.join(".config"));
            v.push(cfg.join("containers/auth.json"));
            v.push(h.join(".docker/config.json"));
        }
    }
    v
}

/// The keys a registry's credentials may be stored under (docker's legacy forms for Docker Hub).
fn keys_for(registry: &str) -> Vec<String> {
    let mut k = vec![registry.to_string()];
    if registry == "docker.io" {
        k.extend(
            [
                "https://index.docker.io/v1/",
                "index.docker.io",
                "registry-1.docker.io",
            ]
            .map(String::from),
        );
    }
    k.push(format!("https://{registry}"));
    k.push(format!("http://{registry}"));
    k
}

fn decode(entry: &Value) -> Option<Credentials> {
    let auth = entry.get("auth")?.as_str()?;
    let raw = base64::engine::general_purpose::STANDARD
        .decode(auth.trim())
        .ok()?;
    let s = String::from_utf8(raw).ok()?;
    let (u, p) = s.split_once(':')?;
    Some(Credentials {
        username: u.to_string(),
        password: p.to_string(),
    })
}

/// The credential helper a file names for `registry`.
fn helper_in(file: &Map<String, Value>, registry: &str) -> Option<String> {
    file.get("credHelpers")
        .and_then(|h| h.get(registry))
        .or_else(|| file.get("credsStore"))
        .and_then(Value::as_str)
        .filter(|h| !h.is_empty())
        .map(str::to_string)
}

/// Run `docker-credential-HELPER VERB` with `input` on stdin; Ok(None) when it says it has
/// no such credentials.
fn run_helper(helper: &str, verb: &str, input: &[u8]) -> Result<Option<Vec<u8>>, AuthError> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let prog = format!("docker-credential-{helper}");
    let mut child = Command::new(&prog)
        .arg(verb)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            AuthError::Helper(format!(
                "credential helper {prog}: {e}: install it or remove it from the auth file"
            ))
        })?;
    let mut stdin = child.stdin.take().expect("piped");
    // a helper that does not read its input says so in its answer, read below
    let _ = stdin.write_all(input);
    drop(stdin);
    let out = child
        .wait_with_output()
        .map_err(|e| AuthError::Helper(format!("credential helper {prog}: {e}")))?;
    if out.status.success() {
        return Ok(Some(out.stdout));
    }
    let said = String::from_utf8_lossy(if out.stdout.is_empty() {
        &out.stderr
    } else {
        &out.stdout
    })
    .trim()
    .to_string();
    if said.contains("credentials not found") {
        return Ok(None);
    }
    Err(AuthError::Helper(format!(
        "credential helper {prog} {verb} failed: {said}"
    )))
}

fn helper_get(helper: &str, registry: &str) -> Result<Option<Credentials>, AuthError> {
    let Some(out) = run_helper(helper, "get", registry.as_bytes())? else {
        return Ok(None);
    };
    let v: Value = serde_json::from_slice(&out).map_err(|e| {
        AuthError::Helper(format!("credential helper docker-credential-{helper}: {e}"))
    })?;
    let user = v["Username"].as_str().unwrap_or_default();
    let secret = v["Secret"].as_str().unwrap_or_default();
    if user == "<token>" {
        return Err(AuthError::Helper(format!(
            "credential helper docker-credential-{helper} gave an identity token for {registry}, which rcon does not use: log in with a password"
        )));
    }
    Ok(
        (!user.is_empty() || !secret.is_empty()).then(|| Credentials {
            username: user.to_string(),
            password: secret.to_string(),
        }),
    )
}

/// Credentials for `registry/repository`: from the credential helper of the first file that
/// names one for the registry, or the most specific key (`host/namespace/repo`,
/// `host/namespace`, then `host`) in the first file that has one.
pub fn lookup(flag: Option<&Path>, registry: &str, repository: &str) -> Option<Credentials> {
    for f in read_files(flag) {
        let Ok(data) = std::fs::read(&f) else {
            continue;
        };
        let Ok(v) = serde_json::from_slice::<Value>(&data) else {
            tracing::warn!("{}: not valid JSON, ignored", f.display());
            continue;
        };
        if let Some(h) = v.as_object().and_then(|m| helper_in(m, registry)) {
            match helper_get(&h, registry) {
                Ok(Some(c)) => return Some(c),
                Ok(None) => {}
                Err(e) => tracing::warn!("{e}"),
            }
        }
        let Some(auths) = v.get("auths").and_then(Value::as_object) else {
            continue;
        };
        // podman's namespaced keys: the longest prefix of the repository path wins
        let parts: Vec<&str> = repository.split('/').collect();
        for n in (1..=parts.len()).rev() {
            let key = format!("{registry}/{}", parts[..n].join("/"));
            if let Some(c) = auths.get(&key).and_then(decode) {
                return Some(c);
            }
        }
        for k in keys_for(registry) {
            if let Some(c) = auths.get(&k).and_then(decode) {
                return Some(c);
            }
        }
    }
    None
}

fn load_for_update(path: &Path) -> Result<Map<String, Value>, AuthError> {
    match std::fs::read(path) {
        Ok(d) if d.iter().all(u8::is_ascii_whitespace) => Ok(Map::new()),
        Ok(d) => match serde_json::from_slice::<Value>(&d) {
            Ok(Value::Object(m)) => Ok(m),
            _ => Err(AuthError::File(format!(
                "{}: not a JSON object: fix or remove the file",
                path.display()
            ))),
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Map::new()),
        Err(e) => Err(AuthError::File(format!("{}: {e}", path.display()))),
    }
}

fn save(path: &Path, m: Map<String, Value>) -> Result<(), AuthError> {
    if let Some(dir) = path.parent() {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| AuthError::File(format!("{}: {e}", dir.display())))?;
    }
    let data =
        serde_json::to_vec_pretty(&Value::Object(m)).map_err(|e| AuthError::File(e.to_string()))?;
    // credentials: readable by the owner only, replaced in one rename
    let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
    let write = || -> std::io::Result<()> {
        use std::io::Write;
        use std::os::unix::fs::OpenOptionsExt;
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&tmp)?;
        f.write_all(&data)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    };
    write().map_err(|e| {
        if let Err(e) = std::fs::remove_file(&tmp) {
            tracing::warn!("removing {}: {e}", tmp.display());
        }
        AuthError::File(format!("{}: {e}", path.display()))
    })
}

/// Store `creds` for `key` (a registry, or registry/namespace): with the file's credential
/// helper for the registry if it names one, else in the file.
pub fn store(path: &Path, key: &str, creds: &Credentials) -> Result<(), AuthError> {
    let mut m = load_for_update(path)?;
    let host = key.split('/').next().unwrap_or(key);
    if let Some(h) = helper_in(&m, host) {
        let input =
            json!({"ServerURL": host, "Username": creds.username, "Secret": creds.password});
        return run_helper(&h, "store", input.to_string().as_bytes()).map(|_| ());
    }
    let auths = m
        .entry("auths")
        .or_insert_with(|| json!({}))
        .as_object_mut()
        .ok_or_else(|| {
            AuthError::File(format!("{}: \"auths\" is not an object", path.display()))
        })?;
    let token = base64::engine::general_purpose::STANDARD
        .encode(format!("{}:{}", creds.username, creds.password));
    auths.insert(key.to_string(), json!({ "auth": token }));
    save(path, m)
}

/// Remove the credentials for `key` (all of them with `all`); false when there were none.
pub fn remove(path: &Path, key: Option<&str>) -> Result<bool, AuthError> {
    let mut m = load_for_update(path)?;
    let helpers: Vec<(String, String)> = match key {
        Some(k) => {
            let host = k.split('/').next().unwrap_or(k);
            helper_in(&m, host)
                .map(|h| (host.to_string(), h))
                .into_iter()
                .collect()
        }
        None => m
            .get("credHelpers")
            .and_then(Value::as_object)
            .map(|hs| {
                hs.iter()
                    .filter_map(|(r, h)| Some((r.clone(), h.as_str()?.to_string())))
                    .collect()
            })
            .unwrap_or_default(),
    };
    let mut erased = false;
    for (registry, h) in &helpers {
        erased |= run_helper(h, "erase", registry.as_bytes())?.is_some();
    }
    if key.is_some() && !helpers.is_empty() {
        return Ok(erased);
    }
    let Some(auths) = m.get_mut("auths").and_then(Value::as_object_mut) else {
        return Ok(erased);
    };
    let removed = match key {
        Some(k) => {
            let mut any = false;
            for alt in keys_for(k) {
                any |= auths.remove(&alt).is_some();
            }
            any
        }
        None => {
            let any = !auths.is_empty();
            auths.clear();
            any
        }
    };
    if removed {
        save(path, m)?;
    }
    Ok(removed || erased)
}

/// A parsed `WWW-Authenticate` header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Challenge {
    Basic,
    Bearer {
        realm: String,
        service: Option<String>,
        scope: Option<String>,
    },
}

/// Parse `Bearer realm="https://auth",service="registry",scope="repository:x:pull"` or `Basic
/// realm="..."`. Parameter values may be quoted (with backslash escapes) or tokens.
pub fn parse_challenge(header: &str) -> Option<Challenge> {
    let header = header.trim();
    let (scheme, rest) = header.split_once(' ').unwrap_or((header, ""));
    let mut params = std::collections::HashMap::new();
    let b = rest.as_bytes();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && (b[i] == b' ' || b[i] == b',') {
            i += 1;
        }
        let ks = i;
        while i < b.len() && b[i] != b'=' {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
        let key = rest[ks..i].trim().to_ascii_lowercase();
        i += 1;
        let mut val = String::new();
        if i < b.len() && b[i] == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'\\' && i + 1 < b.len() {
                    i += 1;
                }
                val.push(b[i] as char);
                i += 1;
            }
            i += 1;
        } else {
            let vs = i;
            while i < b.len() && b[i] != b',' {
                i += 1;
            }
            val = rest[vs..i].trim().to_string();
        }
        params.insert(key, val);
    }
    match scheme.to_ascii_lowercase().as_str() {
        "basic" => Some(Challenge::Basic),
        "bearer" => Some(Challenge::Bearer {
            realm: params.remove("realm")?,
            service: params.remove("service"),
            scope: params.remove("scope"),
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn challenges() {
        assert_eq!(
            parse_challenge(
                r#"Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/busybox:pull""#
            ),
            Some(Challenge::Bearer {
                realm: "https://auth.docker.io/token".into(),
                service: Some("registry.docker.io".into()),
                scope: Some("repository:library/busybox:pull".into()),
            })
        );
        assert_eq!(
            parse_challenge(r#"Basic realm="Registry Realm""#),
            Some(Challenge::Basic)
        );
        assert_eq!(parse_challenge("Negotiate"), None);
        assert_eq!(parse_challenge(r#"Bearer service="x""#), None);
    }

    #[test]
    fn store_lookup_remove() {
        let d = tempfile::tempdir().unwrap();
        let f = d.path().join("sub/auth.json");
        let c = Credentials {
            username: "u".into(),
            password: "p:w".into(),
        };
        store(&f, "127.0.0.1:5000", &c).unwrap();
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&f).unwrap().permissions().mode() & 0o777,
            0o600
        );
        assert_eq!(lookup(Some(&f), "127.0.0.1:5000", "a/b"), Some(c.clone()));
        assert_eq!(lookup(Some(&f), "other:5000", "a/b"), None);
        store(
            &f,
            "127.0.0.1:5000/team",
            &Credentials {
                username: "t".into(),
                password: "x".into(),
            },
        )
        .unwrap();
        assert_eq!(
            lookup(Some(&f), "127.0.0.1:5000", "team/app")
                .unwrap()
                .username,
            "t"
        );
        assert_eq!(
            lookup(Some(&f), "127.0.0.1:5000", "other/app")
                .unwrap()
                .username,
            "u"
        );
        assert!(remove(&f, Some("127.0.0.1:5000")).unwrap());
        assert!(!remove(&f, Some("127.0.0.1:5000")).unwrap());
        assert!(remove(&f, None).unwrap());
        assert_eq!(lookup(Some(&f), "127.0.0.1:5000", "team/app"), None);
    }
}
