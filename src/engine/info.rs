//! `rcon info`: the host, the store, the registries and rcon's version, in podman's structure
//! and field names (`host`, `store`, `registries`, `version`), so that scripts reading
//! `podman info --format json` or `--format '{{.Store.GraphRoot}}'` read rcon's the same way.

use super::error::Result;
use super::Engine;
use crate::runtime::{caps::DEFAULT_CAPS, cgroup};
use crate::store::ContainerStatus;
use serde_json::{json, Value};
use std::fs;

/// `/proc/meminfo`'s value for `key`, in bytes.
fn meminfo(text: &str, key: &str) -> u64 {
    text.lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix(':'))
        .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

/// `/etc/os-release`'s value for `key`, unquoted.
fn os_release(text: &str, key: &str) -> String {
    text.lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix('='))
        .map(|v| v.trim_matches('"').to_string())
        .unwrap_or_default()
}

/// Seconds since boot, as podman shows them ("1h 2m 3.00s").
fn uptime() -> String {
    let secs = fs::read_to_string("/proc/uptime")
        .ok()
        .and_then(|u| u.split_whitespace().next()?.parse::<f64>().ok())
        .unwrap_or(0.0);
    let (h, rest) = ((secs / 3600.0) as u64, secs % 3600.0);
    format!("{h}h {}m {:.2}s", (rest / 60.0) as u64, rest % 60.0)
}

/// (total, used) bytes of the filesystem holding `path`.
fn fs_usage(path: &std::path::Path) -> (u64, u64) {
    match nix::sys::statvfs::statvfs(path) {
        Ok(s) => {
            let frag = s.fragment_size();
            let total = s.blocks() * frag;
            (total, total.saturating_sub(s.blocks_free() * frag))
        }
        Err(_) => (0, 0),
    }
}

impl Engine {
    /// podman's `info`, as JSON with podman's (camelCase) keys.
    pub fn info(&self) -> Result<Value> {
        let records = self.containers.list()?;
        let count = |want: &[ContainerStatus]| {
            records
                .iter()
                .filter(|r| want.contains(&super::lifecycle::effective_status(*r).0))
                .count()
        };
        let running = count(&[ContainerStatus::Running]);
        let paused = count(&[ContainerStatus::Paused]);
        let images = self.images.list()?.len();
        let cgroup_version = match cgroup::hierarchy() {
            cgroup::Hierarchy::Unified => "v2",
            cgroup::Hierarchy::Legacy => "v1",
            cgroup::Hierarchy::None => "none",
        };
        let uname = nix::sys::utsname::uname()?;
        // a store that has not chosen yet will pick overlay where it can be mounted
        let driver = self
            .recorded_driver()?
            .unwrap_or_else(|| "overlay".to_string());
        let mem = fs::read_to_string("/proc/meminfo").unwrap_or_default();
        let os = fs::read_to_string("/etc/os-release").unwrap_or_default();
        let (allocated, used) = fs_usage(&self.paths.root);
        let search = crate::registry::config::RegistriesConfig::load(self.paths.rootless)
            .map(|c| c.search)
            .unwrap_or_default();
        let version = env!("CARGO_PKG_VERSION");
        Ok(json!({
            "host": {
                "arch": crate::image::archive::host_arch(),
                "buildahVersion": "",
                "cgroupControllers": cgroup::controllers(self.paths.rootless),
                "cgroupManager": "cgroupfs",
                "cgroupVersion": cgroup_version,
                "cpus": std::thread::available_parallelism().map_or(1, |n| n.get()),
                "distribution": {
                    "distribution": os_release(&os, "ID"),
                    "version": os_release(&os, "VERSION_ID"),
                    "codename": os_release(&os, "VERSION_CODENAME"),
                },
                "eventLogger": if self.paths.no_events { "none" } else { "file" },
                "hostname": uname.nodename().to_string_lossy(),
                "kernel": uname.release().to_string_lossy(),
                "logDriver": "k8s-file",
                "memFree": meminfo(&mem, "MemAvailable"),
                "memTotal": meminfo(&mem, "MemTotal"),
                "networkBackend": "none",
                "ociRuntime": {"name": "rcon", "package": "rcon", "path": std::env::current_exe().unwrap_or_else(|_| self.self_exe.clone()), "version": version},
                "os": "linux",
                "security": {
                    "apparmorEnabled": false,
                    "capabilities": DEFAULT_CAPS.join(","),
                    "rootless": self.paths.rootless,
                    "seccompEnabled": true,
                    "seccompProfilePath": "",
                    "selinuxEnabled": false,
                },
                "serviceIsRemote": false,
                "swapFree": meminfo(&mem, "SwapFree"),
                "swapTotal": meminfo(&mem, "SwapTotal"),
                "uptime": uptime(),
            },
            "registries": {"search": search},
            "store": {
                "configFile": "",
                "containerStore": {
                    "number": records.len(),
                    "paused": paused,
                    "running": running,
                    "stopped": records.len() - running - paused,
                },
                "graphDriverName": driver,
                "graphOptions": {},
                "graphRoot": self.paths.root,
                "graphRootAllocated": allocated,
                "graphRootUsed": used,
                "graphStatus": {},
                "imageCopyTmpDir": self.paths.root.join("tmp"),
                "imageStore": {"number": images},
                "runRoot": self.paths.runroot,
                "volumePath": self.paths.root.join("volumes"),
            },
            "version": version_info(),
        }))
    }
}

/// rcon's version in the fields of podman's `version` and `info` (`Client` of `version`).
pub fn version_info() -> Value {
    let version = env!("CARGO_PKG_VERSION");
    json!({
        "APIVersion": version,
        "Version": version,
        "GoVersion": "",
        "RustVersion": env!("RCON_RUSTC_VERSION"),
        "GitCommit": "",
        // podman built by Debian says the epoch too: builds are reproducible
        "BuiltTime": "Thu Jan  1 00:00:00 1970",
        "Built": 0,
        "OsArch": format!("linux/{}", crate::image::archive::host_arch()),
        "Os": "linux",
    })
}
