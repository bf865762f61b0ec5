//! The options of `run` and `create` beyond the basics, as podman has them: checked into what
//! the record keeps (`store::ContainerExtras`), and their part of a start: the containers it
//! requires, the time zone file and the hosts entries, the pid files.

use super::error::{EngineError, Result};
use super::lifecycle::effective_status;
use super::Engine;
use crate::store::{ContainerExtras, ContainerRecord, ContainerStatus, HostUser};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// How the image's environment defaults are changed before -e and --env-file apply.
#[derive(Debug, Clone, Default)]
pub struct EnvDefaults {
    /// --env-host: every variable of the caller
    pub host: bool,
    /// --env-merge NAME=VALUE: a default rewritten, with $NAME or ${NAME} of the defaults
    pub merge: Vec<String>,
    /// --unsetenv NAME: a default dropped
    pub unset: Vec<String>,
    /// --unsetenv-all: every default dropped
    pub unset_all: bool,
    /// --http-proxy (default true): the caller's proxy variables
    pub http_proxy: bool,
}

#[derive(Debug, Clone, Default)]
pub struct ExtraOptions {
    pub annotations: Vec<String>,
    pub attach: Vec<String>,
    pub env: EnvDefaults,
    pub label_files: Vec<PathBuf>,
    pub timezone: Option<String>,
    pub umask: Option<String>,
    pub pidfile: Option<PathBuf>,
    pub conmon_pidfile: Option<PathBuf>,
    /// --replace: remove a container of the same name first
    pub replace: bool,
    pub requires: Vec<String>,
    /// seconds; 0 for no limit
    pub timeout: u32,
    pub add_hosts: Vec<String>,
    pub no_hosts: bool,
    pub hostusers: Vec<String>,
    /// run --passwd (default true)
    pub passwd: bool,
    pub passwd_entry: Option<String>,
    /// run --rmi: remove the image once the (attached) container is gone
    pub rmi: bool,
}

/// The streams `run -a` attaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AttachStreams {
    pub stdin: bool,
    pub stdout: bool,
    pub stderr: bool,
}

/// `-a stdin,stdout` → those streams; none given → all of them.
pub fn attach_streams(names: &[String]) -> Result<AttachStreams> {
    if names.is_empty() {
        return Ok(AttachStreams {
            stdin: true,
            stdout: true,
            stderr: true,
        });
    }
    let mut s = AttachStreams {
        stdin: false,
        stdout: false,
        stderr: false,
    };
    for n in names {
        match n.to_lowercase().as_str() {
            "stdin" => s.stdin = true,
            "stdout" => s.stdout = true,
            "stderr" => s.stderr = true,
            _ => {
                return Err(EngineError::invalid(format!(
                    "invalid stream \"{n}\" for --attach: must be one of stdin, stdout, or stderr"
                )))
            }
        }
    }
    Ok(s)
}

/// `KEY=VALUE` pairs, as --annotation takes them.
fn annotations(list: &[String]) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for a in list {
        match a.split_once('=') {
            Some((k, v)) if !k.is_empty() => {
                out.insert(k.to_string(), v.to_string());
            }
            _ => {
                return Err(EngineError::invalid(format!(
                    "invalid annotation \"{a}\": annotations must be formatted KEY=VALUE"
                )))
            }
        }
    }
    Ok(out)
}

/// The zone file --tz names: the host's own for `local`, else one of /usr/share/zoneinfo.
pub fn zone_file(tz: &str) -> Result<PathBuf> {
    let (path, what) = if tz == "local" {
        (PathBuf::from("/etc/localtime"), "the host's time zone")
    } else {
        if tz.is_empty() || tz.starts_with('/') || tz.split('/').any(|c| c == "..") {
            return Err(EngineError::invalid(format!(
                "invalid time zone \"{tz}\": use a zone such as Europe/Paris, or local"
            )));
        }
        (Path::new("/usr/share/zoneinfo").join(tz), "that zone")
    };
    match fs::canonicalize(&path) {
        Ok(p) if p.is_file() => Ok(p),
        _ => Err(EngineError::invalid(format!(
            "finding time zone \"{tz}\": {} has no file {}: use a zone of /usr/share/zoneinfo",
            what,
            path.display()
        ))),
    }
}

/// `host:ip` (the address may be IPv6, with colons of its own).
fn add_host(s: &str) -> Result<(String, String)> {
    let bad = |why: &str| {
        EngineError::invalid(format!(
            "invalid --add-host \"{s}\": {why}: use HOST:IP, e.g. db:10.0.0.2"
        ))
    };
    let (host, ip) = s.split_once(':').ok_or_else(|| bad("no address"))?;
    if host.is_empty() || host.contains(char::is_whitespace) {
        return Err(bad("no host name"));
    }
    let ip = ip.trim_start_matches('[').trim_end_matches(']');
    ip.parse::<std::net::IpAddr>()
        .map_err(|_| bad("invalid IP address"))?;
    Ok((host.to_string(), ip.to_string()))
}

/// A host account by name or uid.
fn host_user(u: &str) -> Result<HostUser> {
    let found = match u.parse::<u32>() {
        Ok(uid) => nix::unistd::User::from_uid(uid.into()),
        Err(_) => nix::unistd::User::from_name(u),
    };
    let user = found.ok().flatten().ok_or_else(|| {
        EngineError::invalid(format!(
            "invalid --hostuser \"{u}\": no such user on the host"
        ))
    })?;
    Ok(HostUser {
        name: user.name,
        uid: user.uid.as_raw(),
        gid: user.gid.as_raw(),
        gecos: user.gecos.to_string_lossy().into_owned(),
    })
}

/// A path made absolute against the caller's working directory (the start may happen
/// elsewhere).
fn absolute(p: &Path) -> Result<PathBuf> {
    Ok(if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()?.join(p)
    })
}

impl Engine {
    /// The extras checked, as the record keeps them.
    pub fn container_extras(&self, o: &ExtraOptions) -> Result<ContainerExtras> {
        if let Some(u) = &o.umask {
            let ok = !u.is_empty() && u.len() <= 4 && u.chars().all(|c| ('0'..='7').contains(&c));
            if !ok {
                return Err(EngineError::invalid(format!(
                    "invalid umask \"{u}\": use an octal mode such as 0022"
                )));
            }
        }
        if let Some(tz) = &o.timezone {
            zone_file(tz)?;
        }
        if o.no_hosts && !o.add_hosts.is_empty() {
            return Err(EngineError::invalid(
                "--no-hosts and --add-host cannot be set together: drop one of them",
            ));
        }
        let mut requires = vec![];
        for r in &o.requires {
            let id = self.containers.lookup(r)?;
            if !requires.contains(&id) {
                requires.push(id);
            }
        }
        Ok(ContainerExtras {
            annotations: annotations(&o.annotations)?,
            attach: o.attach.iter().map(|s| s.to_lowercase()).collect(),
            timezone: o.timezone.clone().unwrap_or_default(),
            umask: o.umask.clone().unwrap_or_default(),
            pidfile: o.pidfile.as_deref().map(absolute).transpose()?,
            conmon_pidfile: o.conmon_pidfile.as_deref().map(absolute).transpose()?,
            requires,
            timeout: o.timeout,
            add_hosts: o
                .add_hosts
                .iter()
                .map(|h| add_host(h))
                .collect::<Result<_>>()?,
            no_hosts: o.no_hosts,
            no_passwd: !o.passwd,
            hostusers: o
                .hostusers
                .iter()
                .map(|u| host_user(u))
                .collect::<Result<_>>()?,
            passwd_entry: o.passwd_entry.clone().unwrap_or_default(),
        })
    }

    /// --replace: the container of that name goes first (stopped if it runs); none is fine.
    pub fn replace_named(&self, name: Option<&str>) -> Result<()> {
        let name = name.ok_or_else(|| {
            EngineError::invalid("cannot replace container without --name being set")
        })?;
        match self.remove(name, true) {
            Ok(_) => Ok(()),
            Err(EngineError::Store(crate::store::StoreError::NoSuchContainer(_))) => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// --requires: start each container this one requires that is not running (and what
    /// they require, to a bounded depth).
    pub fn start_required(&self, rec: &ContainerRecord, depth: u32) -> Result<()> {
        for id in &rec.config.extras.requires {
            let dep = self.containers.load(id).map_err(|_| {
                EngineError::not_found(format!(
                    "container {} requires container {id}, which no longer exists: recreate it without --requires",
                    rec.name
                ))
            })?;
            if effective_status(&dep).0 == ContainerStatus::Running {
                continue;
            }
            if depth >= 16 {
                return Err(EngineError::invalid(format!(
                    "the containers required by {} go deeper than 16: is there a cycle?",
                    rec.name
                )));
            }
            self.start_required(&dep, depth + 1)?;
            self.start_container(&dep, None, None).map_err(|e| {
                EngineError::failed(format!(
                    "starting {}, which {} requires: {e}",
                    dep.name, rec.name
                ))
            })?;
        }
        Ok(())
    }

    /// The time zone file (--tz), beside the container's hosts file for the runtime to copy in.
    pub fn write_zone_file(&self, rec: &ContainerRecord, dir: &Path) -> Result<()> {
        let tz = &rec.config.extras.timezone;
        if !tz.is_empty() {
            let src = zone_file(tz)?;
            fs::copy(&src, dir.join("localtime")).map_err(|e| {
                EngineError::failed(format!("copying time zone file {}: {e}", src.display()))
            })?;
        }
        Ok(())
    }

    /// --pidfile and --conmon-pidfile, after a start: the container's pid and its
    /// supervisor's.
    pub fn write_pid_files(&self, rec: &ContainerRecord, pid: i32) -> Result<()> {
        let x = &rec.config.extras;
        if let Some(p) = &x.pidfile {
            fs::write(p, pid.to_string()).map_err(|e| {
                EngineError::failed(format!("writing pidfile {}: {e}", p.display()))
            })?;
        }
        if let Some(p) = &x.conmon_pidfile {
            let sup = self.containers.load(&rec.id)?.state.supervisor_pid;
            fs::write(p, sup.to_string()).map_err(|e| {
                EngineError::failed(format!("writing conmon pidfile {}: {e}", p.display()))
            })?;
        }
        Ok(())
    }
}

/// Labels of --label-file: KEY=VALUE lines (a KEY alone has an empty value), `#` comments
/// and empty lines skipped.
pub fn label_file_entries(files: &[PathBuf]) -> Result<Vec<String>> {
    let mut out = vec![];
    for f in files {
        let data = fs::read_to_string(f).map_err(|e| {
            EngineError::invalid(format!("reading label file {}: {e}", f.display()))
        })?;
        for line in data.lines() {
            let l = line.trim();
            if l.is_empty() || l.starts_with('#') {
                continue;
            }
            out.push(l.to_string());
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streams_and_hosts() {
        let s = attach_streams(&["STDOUT".into()]).unwrap();
        assert!(s.stdout && !s.stderr && !s.stdin);
        assert!(attach_streams(&["stdcrap".into()]).is_err());
        assert_eq!(
            add_host("db:10.0.0.2").unwrap(),
            ("db".into(), "10.0.0.2".into())
        );
        assert_eq!(add_host("v6:fe80::1").unwrap().1, "fe80::1");
        assert!(add_host("db").is_err());
        assert!(add_host("db:nope").is_err());
        assert!(annotations(&["a=b=c".into()]).unwrap()["a"] == "b=c");
        assert!(annotations(&["a".into()]).is_err());
        assert!(zone_file("../etc/passwd").is_err());
    }
}
