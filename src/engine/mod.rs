//! The verbs. Each is a short transaction on the store (lock, read, act, write, unlock),
//! composing image, runtime and supervisor. Options arrive as plain structs: no flag parsing.

pub mod clone;
pub mod commit;
pub mod create;
pub mod damaged;
pub mod df;
pub mod env;
pub mod error;
pub mod events;
pub mod exec;
pub mod extras;
pub mod files;
pub mod history;
pub mod host;
pub mod image_filter;
pub mod images;
pub mod info;
pub mod inspect;
pub mod isolation;
pub mod lifecycle;
pub mod login;
pub mod logs;
pub mod mount;
pub mod mounts;
pub mod names;
pub mod network;
pub mod pipes;
pub mod ps;
pub mod pull;
pub mod push;
pub mod relay;
pub mod report;
pub mod runlabel;
pub mod select;
pub mod size;
pub mod spec;
pub mod spec_isolation;
pub mod system;
pub mod top;
pub mod volume;
pub mod volume_data;
pub mod volume_use;

use crate::image::ImageStore;
use crate::store::{ContainerRecord, ContainerStore, StorePaths};
use std::path::PathBuf;

pub use error::{EngineError, Result};

pub struct Engine {
    pub paths: StorePaths,
    pub containers: ContainerStore,
    pub images: ImageStore,
    /// the rcon binary, re-executed as the supervisor by `start`, `restart` and rootless `run`
    pub self_exe: PathBuf,
    /// the supervisor root `run` forked first thing (`supervisor::launch::prespawn`), for
    /// `run` to take
    pub prespawned: std::sync::Mutex<Option<crate::supervisor::launch::Prespawned>>,
    /// --storage-driver as given
    pub driver_flag: Option<String>,
    /// where notices and pull/push progress go (the CLI's: stderr)
    pub reporter: std::sync::Arc<dyn report::Reporter>,
    /// the caller's stdin, stdout and stderr, for the verbs that relay them
    pub term: report::Terminal,
}

impl Engine {
    /// An engine on the store at `paths`, relaying the caller's `term` where a verb attaches.
    pub fn new(paths: StorePaths, term: report::Terminal) -> Result<Engine> {
        paths.ensure()?;
        Ok(Engine {
            containers: ContainerStore::new(paths.clone()),
            images: ImageStore::new(&paths),
            paths,
            self_exe: PathBuf::from("/proc/self/exe"),
            prespawned: std::sync::Mutex::new(None),
            driver_flag: None,
            reporter: std::sync::Arc::new(report::Silent),
            term,
        })
    }

    /// The store's storage driver: chosen once (the flag, else overlay where this kernel and
    /// user can mount it, else the vfs copy fallback) and kept in `storage.json`, since the
    /// containers of one store must agree.
    /// Called by create, and by every command given --storage-driver: the flag names the
    /// driver of a new store whatever the command (`import --storage-driver vfs` then `run`
    /// uses vfs), as podman records it when a store is first used.
    pub fn storage_driver(&self) -> Result<String> {
        let path = self.paths.root.join("storage.json");
        let recorded = self.recorded_driver()?;
        if let Some(f) = &self.driver_flag {
            if !["overlay", "vfs"].contains(&f.as_str()) {
                return Err(EngineError::invalid(format!(
                    "unknown storage driver \"{f}\": use overlay or vfs"
                )));
            }
        }
        match (recorded, &self.driver_flag) {
            (Some(r), Some(f)) if r != *f => Err(EngineError::conflict(format!("this store ({}) uses the {r} storage driver, not {f}: drop --storage-driver or use another --root", self.paths.root.display()))),
            (Some(r), _) => Ok(r),
            (None, flag) => {
                let driver = match flag {
                    Some(f) => f.clone(),
                    None => {
                        let probe = self.paths.tmp().join(format!("overlay-probe-{}", crate::image::random_hex(4)));
                        if crate::runtime::mounts::overlay_works(&probe, self.paths.rootless) {
                            "overlay".to_string()
                        } else {
                            self.reporter.notice("rcon: overlay mounts are not available here: using the vfs storage driver (each container gets a full copy of its image)");
                            "vfs".to_string()
                        }
                    }
                };
                crate::store::write_json_atomic(&path, &serde_json::json!({ "driver": driver }))?;
                Ok(driver)
            }
        }
    }

    /// The driver in `storage.json`, if the store has chosen one yet.
    pub fn recorded_driver(&self) -> Result<Option<String>> {
        let path = self.paths.root.join("storage.json");
        let recorded: Option<serde_json::Value> = crate::store::read_json(&path)?;
        Ok(recorded.and_then(|v| v["driver"].as_str().map(str::to_string)))
    }

    /// Record container events `statuses` of `rec` (one write; never fails the verb).
    pub fn container_events(&self, statuses: &[&str], rec: &ContainerRecord) {
        let events: Vec<_> = statuses
            .iter()
            .map(|s| {
                crate::store::events::Event::container(s, &rec.id, &rec.name, &rec.config.image)
                    .with_labels(&rec.config.labels)
            })
            .collect();
        crate::store::events::record(&self.paths, &events);
    }

    /// Record an image event.
    pub fn image_event(&self, status: &str, id: &str, name: &str) {
        let e = crate::store::events::Event::image(status, id, name);
        crate::store::events::record(&self.paths, &[e]);
    }

    /// Find a container by full id, name or unique id prefix.
    pub fn container(&self, reference: &str) -> Result<ContainerRecord> {
        let id = self.containers.lookup(reference)?;
        Ok(self.containers.load(&id)?)
    }
}

pub fn short_id(id: &str) -> &str {
    &id[..id.len().min(12)]
}

/// Parse "10m", "1g", "512k", "1024" (bytes) like podman's size flags.
pub fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim().to_ascii_lowercase();
    let s = s.strip_suffix('b').unwrap_or(&s);
    let (num, mult) = match s.chars().last()? {
        'k' => (&s[..s.len() - 1], 1u64 << 10),
        'm' => (&s[..s.len() - 1], 1 << 20),
        'g' => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    let n: f64 = num.parse().ok()?;
    if n < 0.0 {
        return None;
    }
    Some((n * mult as f64) as u64)
}

/// Signal by name ("TERM", "SIGTERM", "sigkill") or number.
pub fn parse_signal(s: &str) -> Result<i32> {
    if let Ok(n) = s.parse::<i32>() {
        if (1..=64).contains(&n) {
            return Ok(n);
        }
    }
    let up = s.to_ascii_uppercase();
    let name = if up.starts_with("SIG") {
        up
    } else {
        format!("SIG{up}")
    };
    if let Some(rest) = name.strip_prefix("SIGRTMIN+") {
        if let Ok(n) = rest.parse::<i32>() {
            return Ok(libc::SIGRTMIN() + n);
        }
    }
    name.parse::<nix::sys::signal::Signal>()
        .map(|s| s as i32)
        .map_err(|_| {
            EngineError::invalid(format!(
                "invalid signal \"{s}\": use a name like SIGTERM or a number"
            ))
        })
}

/// A Go duration ("250ms", "1.5s", "1h30m"; units ns, us, µs, ms, s, m, h), as podman's
/// flags take them.
pub fn parse_go_duration(s: &str) -> Option<std::time::Duration> {
    if s == "0" {
        return Some(std::time::Duration::ZERO);
    }
    let mut total = 0f64;
    let mut rest = s;
    if rest.is_empty() {
        return None;
    }
    while !rest.is_empty() {
        let n = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .filter(|&n| n > 0)?;
        let value: f64 = rest[..n].parse().ok()?;
        rest = &rest[n..];
        let u = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let scale = match &rest[..u] {
            "ns" => 1e-9,
            "us" | "µs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return None,
        };
        total += value * scale;
        rest = &rest[u..];
    }
    Some(std::time::Duration::from_secs_f64(total))
}

pub fn signal_name(n: i32) -> String {
    nix::sys::signal::Signal::try_from(n)
        .map(|s| s.as_str().to_string())
        .unwrap_or_else(|_| n.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_signals() {
        assert_eq!(parse_size("10m"), Some(10 << 20));
        assert_eq!(parse_size("1kb"), Some(1024));
        assert_eq!(parse_size("12"), Some(12));
        assert_eq!(parse_size("x"), None);
        assert_eq!(parse_signal("TERM").unwrap(), 15);
        assert_eq!(parse_signal("sigkill").unwrap(), 9);
        assert_eq!(parse_signal("2").unwrap(), 2);
        assert!(parse_signal("NOPE").is_err());
        assert_eq!(signal_name(15), "SIGTERM");
    }
}
