//! Environment variables given by the user (`--env-file`, `-e`), parsed by podman's rules for
//! `run`, `create` and `exec` alike: `NAME=VALUE` sets a variable, `NAME` passes the host's
//! value through (if it has one), `PREFIX*` passes every host variable starting with PREFIX.
//! A file's lines lose their leading whitespace; empty lines and `#` comments are skipped.

use super::error::{EngineError, Result};
use std::path::{Path, PathBuf};

const WHITESPACE: &[char] = &[' ', '\t'];

/// `NAME=VALUE` entries from the env files, then from `-e`, in order: later ones win.
pub fn user_env(files: &[PathBuf], env: &[String]) -> Result<Vec<String>> {
    let mut out = vec![];
    for f in files {
        read_file(f, &mut out)?;
    }
    for e in env {
        parse(e, &mut out)?;
    }
    Ok(out)
}

/// Put `entry` (`NAME=VALUE`) into `env`, replacing the variable's earlier value.
pub fn merge(env: &mut Vec<String>, entry: String) {
    let key = entry.split('=').next().unwrap_or("").to_string();
    env.retain(|e| e.split('=').next() != Some(key.as_str()));
    env.push(entry);
}

fn read_file(path: &Path, out: &mut Vec<String>) -> Result<()> {
    let data = std::fs::read_to_string(path)
        .map_err(|e| EngineError::failed(format!("reading env file {}: {e}", path.display())))?;
    for line in data.lines() {
        let line = line.trim_start_matches(WHITESPACE);
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        // podman's wording
        parse(line, out).map_err(|m| {
            EngineError::invalid(format!("parsing env file {:?}: {m}", path.display()))
        })?;
    }
    Ok(())
}

/// One entry, appended to `out` (several for `PREFIX*`, none for an unset pass-through).
fn parse(entry: &str, out: &mut Vec<String>) -> Result<()> {
    let (name, value) = match entry.split_once('=') {
        Some((n, v)) => (n.trim_start_matches(WHITESPACE), Some(v)),
        None => (entry.trim_start_matches(WHITESPACE), None),
    };
    // "=VALUE" has no name; a name with whitespace in it is no variable a shell could use
    // (podman takes it as it is; docker refuses it, as we do)
    if name.is_empty() || name.contains(WHITESPACE) {
        return Err(EngineError::invalid(format!(
            "invalid environment variable: {entry:?}"
        )));
    }
    match (value, name.strip_suffix('*')) {
        (Some(v), _) => out.push(format!("{name}={v}")),
        (None, Some(prefix)) => {
            let mut host: Vec<(String, String)> = std::env::vars()
                .filter(|(k, _)| k.starts_with(prefix))
                .collect();
            host.sort();
            out.extend(host.into_iter().map(|(k, v)| format!("{k}={v}")));
        }
        (None, None) => {
            if let Ok(v) = std::env::var(name) {
                out.push(format!("{name}={v}"));
            }
        }
    }
    Ok(())
}

/// The search path a process gets when its image sets none.
pub const DEFAULT_PATH: &str = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/// A container process's environment (`run`, `create`, `exec`): `base` (the image's, or the
/// container's), PATH defaulted, the user's env files and `-e` merged in, and TERM=xterm with
/// a terminal.
pub fn process_env(
    mut env: Vec<String>,
    files: &[PathBuf],
    user: &[String],
    tty: bool,
) -> Result<Vec<String>> {
    if !env.iter().any(|e| e.starts_with("PATH=")) {
        env.insert(0, DEFAULT_PATH.to_string());
    }
    for e in user_env(files, user)? {
        merge(&mut env, e);
    }
    if tty && !env.iter().any(|e| e.starts_with("TERM=")) {
        env.push("TERM=xterm".into());
    }
    Ok(env)
}

/// The host's proxy variables that --http-proxy (podman's default) passes in.
const PROXY_VARS: &[&str] = &[
    "http_proxy",
    "https_proxy",
    "ftp_proxy",
    "no_proxy",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "FTP_PROXY",
    "NO_PROXY",
];

fn key(entry: &str) -> &str {
    entry.split('=').next().unwrap_or("")
}

/// `$NAME` and `${NAME}` replaced by their values in `env` (unset: empty), as --env-merge
/// does.
fn expand(word: &str, env: &[String]) -> String {
    let value = |name: &str| {
        env.iter()
            .find(|e| key(e) == name)
            .and_then(|e| e.split_once('='))
            .map(|(_, v)| v.to_string())
            .unwrap_or_default()
    };
    let mut out = String::new();
    let mut rest = word;
    while let Some(i) = rest.find('$') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        if let Some(braced) = after.strip_prefix('{') {
            if let Some(end) = braced.find('}') {
                out.push_str(&value(&braced[..end]));
                rest = &braced[end + 1..];
                continue;
            }
        }
        let n = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        if n == 0 {
            out.push('$');
        } else {
            out.push_str(&value(&after[..n]));
        }
        rest = &after[n..];
    }
    out.push_str(rest);
    out
}

/// A new container's environment, in podman's order: the defaults (the image's, PATH,
/// TERM=xterm with a terminal, container=rcon), rewritten by --env-merge, thinned by
/// --unsetenv or emptied by --unsetenv-all; then the caller's variables (--env-host) or its
/// proxy variables (--http-proxy); then --env-file and -e.
pub fn container_env(
    image_env: Vec<String>,
    d: &super::extras::EnvDefaults,
    files: &[PathBuf],
    user: &[String],
    tty: bool,
) -> Result<Vec<String>> {
    let mut env = image_env;
    if !env.iter().any(|e| key(e) == "PATH") {
        env.insert(0, DEFAULT_PATH.to_string());
    }
    if tty && !env.iter().any(|e| key(e) == "TERM") {
        env.push("TERM=xterm".into());
    }
    if !env.iter().any(|e| key(e) == "container") {
        env.push("container=rcon".into());
    }
    for m in &d.merge {
        let word = expand(m, &env);
        let (k, v) = word.split_once('=').unwrap_or((word.as_str(), ""));
        // as podman: only a default that exists is rewritten
        if let Some(e) = env.iter_mut().find(|e| key(e) == k) {
            *e = format!("{k}={v}");
        }
    }
    env.retain(|e| !d.unset.iter().any(|u| u == key(e)));
    if d.unset_all {
        env.clear();
    }
    if d.host {
        let mut host: Vec<(String, String)> = std::env::vars().collect();
        host.sort();
        for (k, v) in host {
            merge(&mut env, format!("{k}={v}"));
        }
    } else if d.http_proxy {
        for k in PROXY_VARS {
            if let Ok(v) = std::env::var(k) {
                merge(&mut env, format!("{k}={v}"));
            }
        }
    }
    for e in user_env(files, user)? {
        merge(&mut env, e);
    }
    Ok(env)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(entry: &str) -> Result<Vec<String>> {
        let mut out = vec![];
        parse(entry, &mut out).map(|_| out)
    }

    #[test]
    fn entries() {
        assert_eq!(parsed("A=1").unwrap(), vec!["A=1"]);
        assert_eq!(parsed("A=").unwrap(), vec!["A="]);
        assert_eq!(parsed("A=b=c ").unwrap(), vec!["A=b=c "]);
        assert_eq!(parsed("  A=1").unwrap(), vec!["A=1"]);
        assert_eq!(
            parsed("RCON_SURELY_UNSET_VARIABLE").unwrap(),
            Vec::<String>::new()
        );
        assert_eq!(
            parsed("=novalue").unwrap_err().to_string(),
            "invalid environment variable: \"=novalue\""
        );
        assert!(parsed("=").is_err());
        assert!(parsed("A B=C").is_err());
        assert!(parsed("A\tB").is_err());
    }

    #[test]
    fn container_defaults() {
        use super::super::extras::EnvDefaults;
        let img = vec!["PATH=/bin".to_string(), "A=1".to_string()];
        let d = EnvDefaults {
            merge: vec!["PATH=/x:${PATH}".into(), "NOPE=1".into(), "A=$A$A".into()],
            ..Default::default()
        };
        let env = container_env(img.clone(), &d, &[], &["B=2".into()], true).unwrap();
        assert_eq!(
            env,
            vec![
                "PATH=/x:/bin",
                "A=11",
                "TERM=xterm",
                "container=rcon",
                "B=2"
            ]
        );
        let d = EnvDefaults {
            unset: vec!["PATH".into(), "container".into()],
            ..Default::default()
        };
        let env = container_env(img.clone(), &d, &[], &[], false).unwrap();
        assert_eq!(env, vec!["A=1"]);
        let d = EnvDefaults {
            unset_all: true,
            ..Default::default()
        };
        let env = container_env(img, &d, &[], &["B=2".into()], true).unwrap();
        assert_eq!(env, vec!["B=2"]);
    }

    #[test]
    fn pass_through_and_merge() {
        let path = std::env::var("PATH").unwrap();
        assert_eq!(parsed("PATH").unwrap(), vec![format!("PATH={path}")]);
        assert!(parsed("PAT*").unwrap().contains(&format!("PATH={path}")));
        let mut env = vec!["PATH=/bin".to_string(), "A=1".to_string()];
        merge(&mut env, "A=2".into());
        assert_eq!(env, vec!["PATH=/bin".to_string(), "A=2".to_string()]);
    }
}
