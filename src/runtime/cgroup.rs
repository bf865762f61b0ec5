//! Per-container cgroups: v2 (unified) first, v1 where a host still mounts controllers.
//! Limits come with the resources issue; here the cgroup gives pause/unpause (freezer), top
//! and a clean kill of everything a container started.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

const ROOT: &str = "/sys/fs/cgroup";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cgroup {
    V2(PathBuf),
    /// one directory per mounted v1 controller
    V1(Vec<(String, PathBuf)>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hierarchy {
    Unified,
    Legacy,
    None,
}

pub fn hierarchy() -> Hierarchy {
    match nix::sys::statfs::statfs(ROOT) {
        Ok(s) if s.filesystem_type() == nix::sys::statfs::CGROUP2_SUPER_MAGIC => Hierarchy::Unified,
        Ok(_)
            if Path::new(ROOT).join("freezer/cgroup.procs").exists()
                || Path::new(ROOT).join("pids/cgroup.procs").exists() =>
        {
            Hierarchy::Legacy
        }
        _ => Hierarchy::None,
    }
}

fn write(path: &Path, data: &str) -> Result<(), String> {
    fs::OpenOptions::new()
        .write(true)
        .open(path)
        .and_then(|mut f| f.write_all(data.as_bytes()))
        .map_err(|e| format!("writing {}: {e}", path.display()))
}

/// Our own v2 cgroup, from /proc/self/cgroup ("0::/path").
fn own_v2_path() -> Option<PathBuf> {
    let s = fs::read_to_string("/proc/self/cgroup").ok()?;
    let rel = s.lines().find_map(|l| l.strip_prefix("0::"))?;
    Some(Path::new(ROOT).join(rel.trim_start_matches('/')))
}

fn enable_controllers(dir: &Path) {
    let Ok(avail) = fs::read_to_string(dir.join("cgroup.controllers")) else {
        return;
    };
    let want: Vec<String> = avail
        .split_whitespace()
        .filter(|c| ["cpu", "memory", "pids", "io", "cpuset"].contains(c))
        .map(|c| format!("+{c}"))
        .collect();
    if !want.is_empty() {
        // one at a time: a controller we may not enable must not stop the others
        for w in want {
            let _ = write(&dir.join("cgroup.subtree_control"), &w);
        }
    }
}

impl Cgroup {
    /// Create the container's cgroup. `Ok(None)` where this host gives us none (rootless
    /// without delegation): the caller says so once; `Err` is a real failure.
    pub fn create(id: &str, rootless: bool) -> Result<Option<Cgroup>, String> {
        match hierarchy() {
            Hierarchy::Unified => {
                let parent = if rootless {
                    // a delegated subtree: the parent of our own cgroup must be ours to write
                    let own = own_v2_path().ok_or("no cgroup v2 entry in /proc/self/cgroup")?;
                    let parent = own.parent().map(Path::to_path_buf).ok_or("cgroup root")?;
                    if nix::unistd::access(
                        &parent.join("cgroup.procs"),
                        nix::unistd::AccessFlags::W_OK,
                    )
                    .is_err()
                    {
                        return Ok(None);
                    }
                    parent
                } else {
                    let p = Path::new(ROOT).join("rcon");
                    enable_controllers(Path::new(ROOT));
                    fs::create_dir_all(&p).map_err(|e| format!("creating {}: {e}", p.display()))?;
                    p
                };
                enable_controllers(&parent);
                let dir = parent.join(format!("rcon-{id}"));
                match fs::create_dir(&dir) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                    Err(e) if rootless => {
                        tracing::debug!("cgroup {}: {e}", dir.display());
                        return Ok(None);
                    }
                    Err(e) => return Err(format!("creating cgroup {}: {e}", dir.display())),
                }
                Ok(Some(Cgroup::V2(dir)))
            }
            // v1: no cgroup at start. Attaching a process to a v1 hierarchy waits for an RCU
            // grace period (~20 ms here, most of a container's start); the freezer is
            // created when `pause` needs it (freezer_v1), limits will add theirs when set
            Hierarchy::Legacy => Ok(None),
            _ => Ok(None),
        }
    }

    /// A v1 freezer cgroup for a running container, made on demand, with `pids` moved into it.
    /// Processes forked while we move them are caught by the caller's next round.
    pub fn freezer_v1(id: &str) -> Result<Cgroup, String> {
        let base = Path::new(ROOT).join("freezer");
        if !base.join("cgroup.procs").exists() {
            return Err("this host has no cgroup v1 freezer".into());
        }
        let dir = base.join("rcon").join(id);
        fs::create_dir_all(&dir).map_err(|e| format!("creating cgroup {}: {e}", dir.display()))?;
        Ok(Cgroup::V1(vec![("freezer".into(), dir)]))
    }

    /// Move `pids` in (those that exited meanwhile are skipped); returns how many moved.
    pub fn adopt(&self, pids: &[i32]) -> usize {
        let inside = self.pids();
        pids.iter()
            .filter(|p| !inside.contains(p) && self.add(**p).is_ok())
            .count()
    }

    /// An fd of a v2 cgroup's directory, for clone3(CLONE_INTO_CGROUP).
    pub fn v2_dir(&self) -> Option<std::os::fd::OwnedFd> {
        match self {
            Cgroup::V2(p) => std::fs::File::open(p).ok().map(Into::into),
            Cgroup::V1(_) => None,
        }
    }

    /// The form kept in the container's state record.
    pub fn to_record(&self) -> String {
        match self {
            Cgroup::V2(p) => format!("v2:{}", p.display()),
            Cgroup::V1(d) => format!(
                "v1:{}",
                d.iter()
                    .map(|(c, p)| format!("{c}={}", p.display()))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
        }
    }

    pub fn from_record(s: &str) -> Option<Cgroup> {
        if let Some(p) = s.strip_prefix("v2:") {
            return Some(Cgroup::V2(PathBuf::from(p)));
        }
        let v = s.strip_prefix("v1:")?;
        let dirs = v
            .split(',')
            .filter_map(|kv| kv.split_once('='))
            .map(|(c, p)| (c.to_string(), PathBuf::from(p)))
            .collect::<Vec<_>>();
        if dirs.is_empty() {
            None
        } else {
            Some(Cgroup::V1(dirs))
        }
    }

    pub fn procs_files(&self) -> Vec<PathBuf> {
        match self {
            Cgroup::V2(p) => vec![p.join("cgroup.procs")],
            Cgroup::V1(d) => d.iter().map(|(_, p)| p.join("cgroup.procs")).collect(),
        }
    }

    pub fn add(&self, pid: i32) -> Result<(), String> {
        for f in self.procs_files() {
            write(&f, &pid.to_string())?;
        }
        Ok(())
    }

    pub fn pids(&self) -> Vec<i32> {
        let f = &self.procs_files()[0];
        fs::read_to_string(f)
            .map(|s| s.lines().filter_map(|l| l.trim().parse().ok()).collect())
            .unwrap_or_default()
    }

    pub fn can_freeze(&self) -> bool {
        match self {
            Cgroup::V2(p) => p.join("cgroup.freeze").exists(),
            Cgroup::V1(d) => d.iter().any(|(c, _)| c == "freezer"),
        }
    }

    pub fn is_frozen(&self) -> bool {
        match self {
            Cgroup::V2(p) => fs::read_to_string(p.join("cgroup.freeze"))
                .map(|s| s.trim() == "1")
                .unwrap_or(false),
            Cgroup::V1(d) => d
                .iter()
                .find(|(c, _)| c == "freezer")
                .and_then(|(_, p)| fs::read_to_string(p.join("freezer.state")).ok())
                .is_some_and(|s| s.trim() != "THAWED"),
        }
    }

    /// Freeze or thaw every process, and wait until the kernel says it is done.
    pub fn freeze(&self, frozen: bool) -> Result<(), String> {
        let (file, value, done_file, done): (PathBuf, &str, PathBuf, &str) = match self {
            Cgroup::V2(p) => (
                p.join("cgroup.freeze"),
                if frozen { "1" } else { "0" },
                p.join("cgroup.events"),
                if frozen { "frozen 1" } else { "frozen 0" },
            ),
            Cgroup::V1(d) => {
                let p = &d
                    .iter()
                    .find(|(c, _)| c == "freezer")
                    .ok_or("no freezer cgroup")?
                    .1;
                let v = if frozen { "FROZEN" } else { "THAWED" };
                (p.join("freezer.state"), v, p.join("freezer.state"), v)
            }
        };
        write(&file, value)?;
        for _ in 0..1000 {
            if fs::read_to_string(&done_file)
                .map(|s| s.lines().any(|l| l.trim() == done))
                .unwrap_or(false)
            {
                return Ok(());
            }
            if matches!(self, Cgroup::V1(_)) {
                // v1 may stay FREEZING while a task is busy: ask again
                let _ = write(&file, value);
            }
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
        Err(format!(
            "timed out waiting for {} to become {value}",
            file.display()
        ))
    }

    /// Kill whatever is left and remove the directories.
    pub fn destroy(&self) {
        if self.is_frozen() {
            let _ = self.freeze(false);
        }
        for _ in 0..200 {
            let pids = self.pids();
            for p in &pids {
                let _ = nix::sys::signal::kill(
                    nix::unistd::Pid::from_raw(*p),
                    nix::sys::signal::SIGKILL,
                );
            }
            let all_gone = match self {
                Cgroup::V2(p) => fs::remove_dir(p).is_ok() || !p.exists(),
                Cgroup::V1(d) => d
                    .iter()
                    .all(|(_, p)| fs::remove_dir(p).is_ok() || !p.exists()),
            };
            if all_gone {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        tracing::warn!("cgroup {} could not be removed", self.to_record());
    }
}
