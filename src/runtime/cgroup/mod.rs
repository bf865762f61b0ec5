//! Per-container cgroups: v2 (unified) first, v1 (a directory per controller) where a host
//! still mounts controllers. Every container gets its own, made by its supervisor before the
//! container's init exists, with the spec's `linux.resources` applied (the device rules and
//! the pids limit; more limits come with the resources issue), and removed at its exit, by
//! `rm -f` and by `system check --repair`. The spec names it (`linux.cgroupsPath`,
//! see [`spec_path`]): rcon's cgroups are `<v2 root>/rcon/rcon-<id>` (rootless: `rcon-<id>`
//! beside its own, in a delegated subtree) and `<v1 controller>/rcon/<id>`; [`rcon_cgroups`]
//! finds them all, without a spec.

mod devices;

use oci_spec::runtime::LinuxResources;
use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};

const ROOT: &str = "/sys/fs/cgroup";

/// The v1 controllers a container gets a cgroup in (those the host mounts): the device rules,
/// the pids limit, and pause; memory and cpu for the limits to come.
const V1_CONTROLLERS: &[&str] = &["devices", "pids", "memory", "cpu", "freezer"];
/// Where older rcon versions made v1 cgroups too (the freezer of `pause`): found, so removed.
const V1_LEGACY: &[&str] = &["cpuacct", "blkio"];

/// A cgroup operation that failed: the messages name the file and the cause.
#[derive(Debug, thiserror::Error)]
pub enum CgroupError {
    #[error("writing {}: {error}", path.display())]
    Write {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("opening {}: {error}", path.display())]
    Open {
        path: PathBuf,
        error: std::io::Error,
    },
    /// rcon's parent directory of v2 cgroups
    #[error("creating {}: {error}", path.display())]
    CreateParent {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("creating cgroup {}: {error}", path.display())]
    Create {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("no freezer cgroup")]
    NoFreezer,
    #[error("timed out waiting for {} to become {value}", path.display())]
    FreezeTimeout { path: PathBuf, value: &'static str },
    #[error(transparent)]
    Devices(#[from] devices::DevicesError),
}
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

fn write(path: &Path, data: &str) -> Result<(), CgroupError> {
    fs::OpenOptions::new()
        .write(true)
        .open(path)
        .and_then(|mut f| f.write_all(data.as_bytes()))
        .map_err(|error| CgroupError::Write {
            path: path.to_path_buf(),
            error,
        })
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
            if let Err(e) = write(&dir.join("cgroup.subtree_control"), &w) {
                tracing::debug!("{e}");
            }
        }
    }
}

/// How the container's init gets into its cgroup without the supervisor ever being in it.
pub struct Join {
    /// v2: the directory to be born in (clone3 with CLONE_INTO_CGROUP)
    pub dir: Option<OwnedFd>,
    /// written "0" by the init itself, first thing (and by an exec'd process): v1's `tasks`
    /// files, which move only the writing thread, and so, unlike `cgroup.procs`, take no
    /// global lock whose every write waits for an RCU grace period (about 10 ms here); v2's
    /// `cgroup.procs`, used only where clone3 into the cgroup fails (kernels before 5.7)
    pub files: Vec<fs::File>,
}

/// The `linux.cgroupsPath` of container `id` on this host: absolute below the hierarchy's root
/// (v2: `/rcon/rcon-<id>`; v1: `/rcon/<id>`, below each controller's), or, rootless, relative
/// (`rcon-<id>`): beside the runtime's own cgroup, in the subtree delegated to the user.
pub fn spec_path(id: &str, rootless: bool) -> String {
    match (rootless, hierarchy()) {
        (true, _) => format!("rcon-{id}"),
        (false, Hierarchy::Legacy) => format!("/rcon/{id}"),
        (false, _) => format!("/rcon/rcon-{id}"),
    }
}

impl Cgroup {
    /// Create the cgroup a spec names (`linux.cgroupsPath`, see [`spec_path`]) and apply its
    /// `linux.resources`. `Ok(None)` where this host gives us none: a relative path (rootless)
    /// on v1 (the user may create no v1 cgroup; the user namespace still keeps devices out,
    /// see `apply`) or without a delegated v2 subtree; `Err` is a real failure, and leaves
    /// nothing behind.
    pub fn create(
        path: &Path,
        resources: Option<&LinuxResources>,
    ) -> Result<Option<Cgroup>, CgroupError> {
        let delegated = path.is_relative();
        let cg = match hierarchy() {
            Hierarchy::Unified => match create_v2(path)? {
                Some(c) => c,
                None => return Ok(None),
            },
            Hierarchy::Legacy if !delegated => create_v1(path)?,
            _ => return Ok(None),
        };
        if let Some(r) = resources {
            if let Err(e) = cg.apply(r, delegated) {
                cg.destroy();
                return Err(e);
            }
        }
        Ok(Some(cg))
    }

    /// The spec's device rules and pids limit. `delegated`: a cgroup in the user's delegated
    /// subtree, made without privileges in the initial user namespace.
    fn apply(&self, res: &LinuxResources, delegated: bool) -> Result<(), CgroupError> {
        if let Some(p) = res.pids() {
            let max = if p.limit() > 0 {
                p.limit().to_string()
            } else {
                "max".to_string()
            };
            match self.dir_of("pids") {
                Some(d) if d.join("pids.max").exists() => write(&d.join("pids.max"), &max)?,
                // v2 without the pids controller delegated to us
                _ => tracing::debug!("no pids controller: pids.max {max} not applied"),
            }
        }
        let rules = devices::rules(res.devices().as_deref().unwrap_or_default());
        match self {
            Cgroup::V1(_) => {
                if let Some(d) = self.dir_of("devices") {
                    for r in &rules {
                        let f = if r.allow {
                            "devices.allow"
                        } else {
                            "devices.deny"
                        };
                        write(&d.join(f), &r.v1_line())?;
                    }
                }
            }
            // attaching a BPF program needs CAP_SYS_ADMIN in the initial user namespace, which
            // rootless rcon lacks; as crun does, it goes without: making a device node needs
            // CAP_MKNOD there too, and mounts made in a user namespace ignore device nodes
            Cgroup::V2(_) if delegated => {}
            Cgroup::V2(dir) if !rules.is_empty() => devices::attach(dir, &rules)?,
            Cgroup::V2(_) => {}
        }
        Ok(())
    }

    /// The directory of a controller: v2's one directory for any that is enabled.
    fn dir_of(&self, controller: &str) -> Option<PathBuf> {
        match self {
            Cgroup::V2(p) => Some(p.clone()),
            Cgroup::V1(d) => d
                .iter()
                .find(|(c, _)| c == controller)
                .map(|(_, p)| p.clone()),
        }
    }

    /// What the container's init needs to get into this cgroup (see [`Join`]).
    pub fn join(&self) -> Result<Join, CgroupError> {
        let open_err = |path: &Path| {
            let path = path.to_path_buf();
            move |error| CgroupError::Open { path, error }
        };
        let dir = match self {
            Cgroup::V2(p) => Some(fs::File::open(p).map_err(open_err(p))?.into()),
            Cgroup::V1(_) => None,
        };
        let files = self
            .join_paths()
            .into_iter()
            .map(|p| {
                fs::OpenOptions::new()
                    .write(true)
                    .open(&p)
                    .map_err(open_err(&p))
            })
            .collect::<Result<_, _>>()?;
        Ok(Join { dir, files })
    }

    /// The files a process writes "0" into to join this cgroup (see [`Join`]): a
    /// single-threaded one, on v1.
    pub fn join_paths(&self) -> Vec<PathBuf> {
        match self {
            Cgroup::V2(p) => vec![p.join("cgroup.procs")],
            Cgroup::V1(d) => d.iter().map(|(_, p)| p.join("tasks")).collect(),
        }
    }

    /// The cgroup rcon made for container `id`, as far as it exists: what `rm` removes
    /// even when no record names it (a crash between its creation and the record).
    pub fn find(id: &str, rootless: bool) -> Option<Cgroup> {
        rcon_cgroups(rootless).remove(id)
    }

    /// Whether no process is in any of its directories.
    pub fn is_empty(&self) -> bool {
        self.procs_files().iter().all(|f| {
            fs::read_to_string(f)
                .map(|s| s.trim().is_empty())
                .unwrap_or(true)
        })
    }

    /// How long ago it was made (its first directory's mtime).
    pub fn age(&self) -> Option<std::time::Duration> {
        let p = match self {
            Cgroup::V2(p) => p,
            Cgroup::V1(d) => &d.first()?.1,
        };
        fs::metadata(p).ok()?.modified().ok()?.elapsed().ok()
    }

    /// Its directories, for a person: "/sys/fs/cgroup/{pids,memory}/rcon/ID".
    pub fn describe(&self) -> String {
        match self {
            Cgroup::V2(p) => p.display().to_string(),
            Cgroup::V1(d) => {
                let names: Vec<&str> = d.iter().map(|(c, _)| c.as_str()).collect();
                let rest = d
                    .first()
                    .and_then(|(c, p)| p.strip_prefix(Path::new(ROOT).join(c)).ok())
                    .map(|r| r.display().to_string())
                    .unwrap_or_default();
                format!("{ROOT}/{{{}}}/{rest}", names.join(","))
            }
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

    /// Every process in it (in any of its directories).
    pub fn pids(&self) -> Vec<i32> {
        let mut all: Vec<i32> = self
            .procs_files()
            .iter()
            .filter_map(|f| fs::read_to_string(f).ok())
            .flat_map(|s| {
                s.lines()
                    .filter_map(|l| l.trim().parse().ok())
                    .collect::<Vec<i32>>()
            })
            .collect();
        all.sort_unstable();
        all.dedup();
        all
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
    pub fn freeze(&self, frozen: bool) -> Result<(), CgroupError> {
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
                    .ok_or(CgroupError::NoFreezer)?
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
                // v1 may stay FREEZING while a task is busy: ask again (a failure shows as
                // the state that does not come, and the timeout below)
                if let Err(e) = write(&file, value) {
                    tracing::debug!("{e}");
                }
            }
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
        Err(CgroupError::FreezeTimeout { path: file, value })
    }

    /// Kill whatever is left and remove the directories.
    pub fn destroy(&self) {
        if self.is_frozen() {
            // killed processes leave a frozen cgroup too: the removal below says if not
            if let Err(e) = self.freeze(false) {
                tracing::debug!("thawing {}: {e}", self.describe());
            }
        }
        for _ in 0..200 {
            // at once when it is empty, as after the container's exit
            let all_gone = match self {
                Cgroup::V2(p) => fs::remove_dir(p).is_ok() || !p.exists(),
                Cgroup::V1(d) => d
                    .iter()
                    .all(|(_, p)| fs::remove_dir(p).is_ok() || !p.exists()),
            };
            if all_gone {
                return;
            }
            for p in self.pids() {
                // one that is gone already (ESRCH) is what we want
                let _ = nix::sys::signal::kill(
                    nix::unistd::Pid::from_raw(p),
                    nix::sys::signal::SIGKILL,
                );
            }
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        tracing::warn!("cgroup {} could not be removed", self.to_record());
    }
}

/// The v2 cgroup at `path`: below the root if absolute, or, relative, below the parent of our
/// own cgroup (a delegated subtree); `None` where we may not create it.
fn create_v2(path: &Path) -> Result<Option<Cgroup>, CgroupError> {
    let delegated = path.is_relative();
    let dir = if delegated {
        let Some(parent) = v2_parent(true) else {
            return Ok(None);
        };
        enable_controllers(&parent);
        parent.join(path)
    } else {
        let dir = Path::new(ROOT).join(path.strip_prefix("/").unwrap_or(path));
        let parent = dir.parent().unwrap_or(Path::new(ROOT));
        // every level above the container's passes the controllers on
        let mut levels: Vec<&Path> = parent.ancestors().filter(|a| a.starts_with(ROOT)).collect();
        levels.reverse();
        if let Some((root, below)) = levels.split_first() {
            enable_controllers(root);
            for level in below {
                fs::create_dir_all(level).map_err(|error| CgroupError::CreateParent {
                    path: level.to_path_buf(),
                    error,
                })?;
                enable_controllers(level);
            }
        }
        dir
    };
    match fs::create_dir(&dir) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) if delegated => {
            tracing::debug!("cgroup {}: {e}", dir.display());
            return Ok(None);
        }
        Err(error) => return Err(CgroupError::Create { path: dir, error }),
    }
    Ok(Some(Cgroup::V2(dir)))
}

/// Where rcon's v2 cgroups are: rootless, the parent of our own cgroup if it is ours to write.
fn v2_parent(rootless: bool) -> Option<PathBuf> {
    if !rootless {
        return Some(Path::new(ROOT).join("rcon"));
    }
    let parent = own_v2_path()?.parent()?.to_path_buf();
    nix::unistd::access(&parent.join("cgroup.procs"), nix::unistd::AccessFlags::W_OK).ok()?;
    Some(parent)
}

/// `<controller>/<path>` in every mounted controller of [`V1_CONTROLLERS`].
fn create_v1(path: &Path) -> Result<Cgroup, CgroupError> {
    let rel = path.strip_prefix("/").unwrap_or(path);
    let mut made = vec![];
    for c in V1_CONTROLLERS {
        let base = Path::new(ROOT).join(c);
        if !base.join("cgroup.procs").exists() {
            continue;
        }
        let dir = base.join(rel);
        let r = match fs::create_dir(&dir) {
            // the first container: its parent (rcon/) too
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => fs::create_dir_all(&dir),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
            r => r,
        };
        if let Err(error) = r {
            Cgroup::V1(made).destroy();
            return Err(CgroupError::Create { path: dir, error });
        }
        made.push((c.to_string(), dir));
    }
    Ok(Cgroup::V1(made))
}

/// The controllers a container's cgroup has here (`rcon info`): none rootless on v1.
pub fn controllers(rootless: bool) -> Vec<String> {
    match hierarchy() {
        Hierarchy::Unified => v2_parent(rootless)
            .map(|p| {
                if rootless {
                    p
                } else {
                    Path::new(ROOT).to_path_buf()
                }
            })
            .and_then(|p| fs::read_to_string(p.join("cgroup.subtree_control")).ok())
            .map(|s| s.split_whitespace().map(str::to_string).collect())
            .unwrap_or_default(),
        Hierarchy::Legacy if !rootless => V1_CONTROLLERS
            .iter()
            .filter(|c| Path::new(ROOT).join(c).join("cgroup.procs").exists())
            .map(|c| c.to_string())
            .collect(),
        _ => vec![],
    }
}

/// Every cgroup rcon made on this host (of any store), by container id.
pub fn rcon_cgroups(rootless: bool) -> BTreeMap<String, Cgroup> {
    let mut out = BTreeMap::new();
    let is_id = |n: &str| n.len() == 64 && n.bytes().all(|b| b.is_ascii_hexdigit());
    if hierarchy() == Hierarchy::Unified {
        let dirs = v2_parent(rootless).and_then(|p| fs::read_dir(p).ok());
        for e in dirs.into_iter().flatten().flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if let Some(id) = name.strip_prefix("rcon-").filter(|i| is_id(i)) {
                out.insert(id.to_string(), Cgroup::V2(e.path()));
            }
        }
        return out;
    }
    if rootless {
        return out;
    }
    for c in V1_CONTROLLERS.iter().chain(V1_LEGACY) {
        let dirs = fs::read_dir(Path::new(ROOT).join(c).join("rcon")).ok();
        for e in dirs.into_iter().flatten().flatten() {
            let id = e.file_name().to_string_lossy().into_owned();
            if is_id(&id) {
                let entry = out.entry(id).or_insert_with(|| Cgroup::V1(vec![]));
                if let Cgroup::V1(d) = entry {
                    d.push((c.to_string(), e.path()));
                }
            }
        }
    }
    out
}
