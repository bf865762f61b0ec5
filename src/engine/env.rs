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
    fn pass_through_and_merge() {
        let path = std::env::var("PATH").unwrap();
        assert_eq!(parsed("PATH").unwrap(), vec![format!("PATH={path}")]);
        assert!(parsed("PAT*").unwrap().contains(&format!("PATH={path}")));
        let mut env = vec!["PATH=/bin".to_string(), "A=1".to_string()];
        merge(&mut env, "A=2".into());
        assert_eq!(env, vec!["PATH=/bin".to_string(), "A=2".to_string()]);
    }
}
