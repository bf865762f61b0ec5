//! Container records: `containers/<id>/container.json` holds the configuration and the state
//! (one file, so `ps` reads one small file per container), `names/<name>` reserves a name.

use super::atomic::{read_json, write_json_atomic, write_json_volatile};
use super::lock::FileLock;
use super::names::{NameTable, Reservation};
use super::paths::{mkdir_p, StorePaths};
use super::{io_err, Result, StoreError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum ContainerStatus {
    #[default]
    Created,
    Running,
    Paused,
    Stopping,
    Exited,
}

impl ContainerStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ContainerStatus::Created => "created",
            ContainerStatus::Running => "running",
            ContainerStatus::Paused => "paused",
            ContainerStatus::Stopping => "stopping",
            ContainerStatus::Exited => "exited",
        }
    }
    /// a supervisor is (supposed to be) alive
    pub fn is_active(self) -> bool {
        matches!(
            self,
            ContainerStatus::Running | ContainerStatus::Paused | ContainerStatus::Stopping
        )
    }
}

/// What `create` decided; never changes after creation (except the name).
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct ContainerConfig {
    pub image: String,
    pub image_id: String,
    /// the image's top layer chain id and its lower layers, top first
    pub layers: Vec<String>,
    pub entrypoint: Vec<String>,
    pub cmd: Vec<String>,
    /// the process args as run: entrypoint + cmd
    pub args: Vec<String>,
    pub env: Vec<String>,
    pub workdir: String,
    pub user: String,
    pub hostname: String,
    pub labels: BTreeMap<String, String>,
    pub tty: bool,
    pub interactive: bool,
    pub auto_remove: bool,
    pub init: bool,
    pub network: String,
    pub stop_signal: i32,
    pub stop_timeout: u32,
    pub log_max_size: u64,
    pub log_max_file: u32,
    #[serde(default)]
    pub ulimits: Vec<(String, u64, u64)>,
    /// "overlay" (layers under a per-container upper dir) or "vfs" (a copied rootfs/ dir)
    #[serde(default)]
    pub storage_driver: String,
    /// the process's capabilities ("CAP_..."), after --cap-add/--cap-drop
    #[serde(default)]
    pub caps: Option<Vec<String>>,
    /// None: the default filter; "unconfined"; or a profile's JSON text (--security-opt)
    #[serde(default)]
    pub seccomp: Option<String>,
    #[serde(default)]
    pub no_new_privileges: bool,
    /// --privileged: all capabilities, no seccomp filter, masked paths nor device rules
    #[serde(default)]
    pub privileged: bool,
    /// annotations, time zone, umask, pid files, hosts and passwd entries, dependencies, a
    /// time limit (`store/extras.rs`)
    #[serde(default)]
    pub extras: super::ContainerExtras,
    /// namespaces, user namespace maps, read-only rootfs, sysctls (`store/isolation.rs`)
    #[serde(default)]
    pub isolation: super::ContainerIsolation,
    /// -v, --mount, --tmpfs and the image's VOLUMEs as tmpfs, in the order given
    /// (`store/mounts.rs`)
    #[serde(default)]
    pub mounts: Vec<super::MountSpec>,
    /// --image-volume: bind (the image's VOLUMEs as anonymous volumes), tmpfs or ignore;
    /// empty in older records (bind)
    #[serde(default)]
    pub image_volume: String,
    /// the names of the volumes its mounts use, named and anonymous (who uses a volume)
    #[serde(default)]
    pub volumes: Vec<String>,
}

impl ContainerConfig {
    pub fn is_vfs(&self) -> bool {
        self.storage_driver == "vfs"
    }
}

/// What the supervisor and the verbs record as the container lives.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct ContainerState {
    pub status: ContainerStatus,
    #[serde(default)]
    pub pid: i32,
    /// start time of `pid` (clock ticks since boot), to tell a reused pid from ours
    #[serde(default)]
    pub pid_start: u64,
    #[serde(default)]
    pub supervisor_pid: i32,
    #[serde(default)]
    pub supervisor_start: u64,
    #[serde(default)]
    pub boot_id: String,
    #[serde(default)]
    pub started_at: Option<String>,
    #[serde(default)]
    pub finished_at: Option<String>,
    #[serde(default)]
    pub exit_code: Option<i32>,
    /// why the container stopped other than by itself, or why it failed to start
    #[serde(default)]
    pub error: String,
    #[serde(default)]
    pub restart_count: u32,
    #[serde(default)]
    pub cgroup: String,
    /// `rcon init` made it ready to start (podman's "initialized"); a start clears it
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub initialized: bool,
}

/// A container's process as its supervisor records it when the container has started.
pub struct StartedProcess {
    /// the container's init, and its start time
    pub pid: i32,
    pub pid_start: u64,
    /// the supervisor, and its start time
    pub supervisor_pid: i32,
    pub supervisor_start: u64,
    /// the boot both run in: after a reboot the pids mean nothing
    pub boot_id: String,
    pub started_at: String,
    /// the container's cgroup (`Cgroup::to_record`), empty if it has none
    pub cgroup: String,
}

/// Why a container recorded as running is not: its supervisor is gone.
pub const SUPERVISOR_LOST: &str = "the container's supervisor died; its exit status is unknown";

/// The container's life as its record tells it. Every change of status is one of these
/// methods, so the supervisor (a start, a failed start, an exit) and the verbs (pause, and the
/// reconcile of a record whose supervisor died) write the same fields the same way.
///
/// ```text
///             start                        the init exits
///   created ─────────► running ◄──────────────────────────► exited ──start──► running
///      ▲                 │  ▲ unpause                          ▲
///      │ start failed    ▼  │                                  │ the supervisor died
///      └── (error)     paused ─────────────────────────────────┘ (reconcile)
///
///   not running ──rm, or the exit of a --rm container──► removing: the record leaves the
///   store at once (`ContainerStore::detach_locked`), no state is written
/// ```
///
/// Invariants: `running`/`paused`/`stopping` ([`ContainerStatus::is_active`]) have a
/// supervisor (pid, start time and boot recorded) and no exit code; `exited` has an exit code
/// (-1 when unknown) and neither pid; a failed start is `created` with the error recorded.
impl ContainerState {
    /// The container's init has exec'd, under its supervisor.
    pub fn started(&mut self, p: StartedProcess) {
        self.status = ContainerStatus::Running;
        self.pid = p.pid;
        self.pid_start = p.pid_start;
        self.supervisor_pid = p.supervisor_pid;
        self.supervisor_start = p.supervisor_start;
        self.boot_id = p.boot_id;
        self.started_at = Some(p.started_at);
        self.finished_at = None;
        self.exit_code = None;
        self.error.clear();
        self.cgroup = p.cgroup;
        self.initialized = false;
    }

    /// The start failed before the container's process ran: it is created again, with the
    /// reason.
    pub fn start_failed(&mut self, error: &str) {
        self.status = ContainerStatus::Created;
        self.error = error.to_string();
    }

    /// The container's init exited with `code` (128 + the signal that killed it). Returns the
    /// cgroup it had, which its supervisor removes.
    pub fn exited(&mut self, code: i32, finished_at: String) -> String {
        self.status = ContainerStatus::Exited;
        self.exit_code = Some(code);
        self.finished_at = Some(finished_at);
        self.pid = 0;
        self.supervisor_pid = 0;
        std::mem::take(&mut self.cgroup)
    }

    /// The supervisor of a container recorded as active is gone (crash, kill -9, reboot):
    /// exited, with `reason`, its exit code kept if one was recorded, else -1.
    pub fn supervisor_lost(&mut self, reason: String, finished_at: String) {
        self.status = ContainerStatus::Exited;
        self.error = reason;
        self.exit_code = Some(self.exit_code.unwrap_or(-1));
        self.finished_at = Some(finished_at);
        self.pid = 0;
        self.supervisor_pid = 0;
    }

    /// Pause or unpause an active container; a record that is not active is left alone.
    pub fn set_paused(&mut self, paused: bool) {
        if self.status.is_active() {
            self.status = if paused {
                ContainerStatus::Paused
            } else {
                ContainerStatus::Running
            };
        }
    }

    /// What the status really is: an active record whose supervisor is not alive (asked only
    /// then) is exited, with the reason.
    pub fn effective_status(
        &self,
        supervisor_alive: impl FnOnce(&ContainerState) -> bool,
    ) -> (ContainerStatus, Option<String>) {
        if self.status.is_active() && !supervisor_alive(self) {
            return (ContainerStatus::Exited, Some(SUPERVISOR_LOST.to_string()));
        }
        (self.status, None)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ContainerRecord {
    pub id: String,
    pub name: String,
    pub created: String,
    pub config: ContainerConfig,
    pub state: ContainerState,
}

/// What `ps` shows of a record: read from the same file, the rest of the configuration
/// (environment, layers, capabilities, ...) is skipped instead of built, most of the cost of
/// listing many containers.
#[derive(Debug, Clone, Deserialize)]
pub struct ContainerSummary {
    pub id: String,
    pub name: String,
    pub created: String,
    pub config: SummaryConfig,
    pub state: ContainerState,
}

/// The part of [`ContainerConfig`] that `ps` shows or filters on.
#[derive(Debug, Clone, Deserialize)]
pub struct SummaryConfig {
    pub image: String,
    pub image_id: String,
    pub args: Vec<String>,
    pub labels: BTreeMap<String, String>,
    pub auto_remove: bool,
    #[serde(default)]
    pub mounts: Vec<super::MountSpec>,
}

/// The volumes a container uses, read from its record (`ContainerStore::list_volume_refs`).
#[derive(Debug, Clone, Deserialize)]
pub struct VolumeRefs {
    pub id: String,
    #[serde(default)]
    pub config: VolumeRefsConfig,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct VolumeRefsConfig {
    /// the names of the volumes the container mounts, named and anonymous
    #[serde(default)]
    pub volumes: Vec<String>,
}

/// The networks a container is on, read from its record (`ContainerStore::list_network_refs`):
/// its `networks`, a map keyed by network name or a list of names; none until containers
/// join networks.
#[derive(Debug, Clone, Deserialize)]
pub struct NetworkRefs {
    pub id: String,
    #[serde(default)]
    pub networks: serde_json::Value,
}

impl NetworkRefs {
    pub fn names(&self) -> Vec<String> {
        match &self.networks {
            serde_json::Value::Object(m) => m.keys().cloned().collect(),
            serde_json::Value::Array(a) => a
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            _ => vec![],
        }
    }
}

/// Records and summaries alike carry the state.
pub trait HasState {
    fn state(&self) -> &ContainerState;
}

impl HasState for ContainerRecord {
    fn state(&self) -> &ContainerState {
        &self.state
    }
}

impl HasState for ContainerSummary {
    fn state(&self) -> &ContainerState {
        &self.state
    }
}

impl<T: HasState> HasState for &T {
    fn state(&self) -> &ContainerState {
        (*self).state()
    }
}

pub struct ContainerStore {
    pub paths: StorePaths,
}

/// A container whose directory holds a record that cannot be read (truncated by a crash or a
/// full disk, or damaged by hand): never taken for absent.
#[derive(Debug, Clone)]
pub struct Damaged {
    pub id: String,
    /// the names reserved for it
    pub names: Vec<String>,
    /// when its directory was made (or last changed, where no birth time is kept)
    pub created: Option<std::time::SystemTime>,
    /// what is wrong with the record
    pub problem: String,
}

pub fn valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphanumeric())
        && chars.all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c))
        && name.len() <= 253
}

impl ContainerStore {
    pub fn new(paths: StorePaths) -> ContainerStore {
        ContainerStore { paths }
    }

    fn record_path(&self, id: &str) -> PathBuf {
        self.paths.container_dir(id).join("container.json")
    }

    pub fn lock(&self, id: &str) -> Result<FileLock> {
        FileLock::exclusive(&self.paths.locks().join(format!("{id}.lock")))
    }

    /// The container names' table (`store::names`): `names/<name>` under `names.lock`.
    pub fn name_table(&self) -> NameTable {
        NameTable::new(self.paths.names(), self.paths.locks().join("names.lock"))
    }

    fn names_lock(&self) -> Result<FileLock> {
        self.name_table().lock()
    }

    /// Reserve `name` for `id`; the caller holds the names lock, and keeps holding it until
    /// the owner's record exists, so a name whose owner has no record is a crash leftover,
    /// reclaimed here.
    fn reserve_name(&self, name: &str, id: &str) -> Result<()> {
        if !valid_name(name) {
            return Err(StoreError::BadName(name.to_string()));
        }
        match self
            .name_table()
            .reserve(name, id, |owner| self.record_path(owner).exists())?
        {
            Reservation::Reserved => Ok(()),
            Reservation::Taken(owner) => Err(StoreError::NameInUse {
                name: name.to_string(),
                id: owner,
            }),
        }
    }

    /// Create the record; on any failure nothing is left behind. A `--rm` container's record
    /// is written without fsync: it is not meant to outlive its process, and what a crash
    /// leaves of it is a half-created container that `system check --repair` removes.
    pub fn create(&self, rec: &ContainerRecord) -> Result<()> {
        // the one global lock: held for the name and the record write only
        let _names = self.names_lock()?;
        self.reserve_name(&rec.name, &rec.id)?;
        let dir = self.paths.container_dir(&rec.id);
        let res = mkdir_p(&dir, 0o700).and_then(|_| {
            if rec.config.auto_remove {
                write_json_volatile(&self.record_path(&rec.id), rec)
            } else {
                write_json_atomic(&self.record_path(&rec.id), rec)
            }
        });
        if res.is_err() {
            // the write's error is the one to report; what cannot go is a leftover without a
            // record, which `system check --repair` removes
            if let Err(e) = fs::remove_dir_all(&dir) {
                tracing::warn!("removing {}: {e}", dir.display());
            }
            // a reservation whose record is missing is stale: the next create takes it over
            let _ = fs::remove_file(self.paths.names().join(&rec.name));
        }
        res
    }

    pub fn load(&self, id: &str) -> Result<ContainerRecord> {
        read_json(&self.record_path(id))?.ok_or_else(|| StoreError::NoSuchContainer(id.to_string()))
    }

    /// Read-modify-write under the container's lock.
    pub fn update<F: FnOnce(&mut ContainerRecord)>(
        &self,
        id: &str,
        f: F,
    ) -> Result<ContainerRecord> {
        self.modify(id, f, true)
    }

    /// Like `update`, for runtime state only (see `write_json_volatile`): the supervisor's
    /// running/exited transitions.
    pub fn update_state<F: FnOnce(&mut ContainerRecord)>(
        &self,
        id: &str,
        f: F,
    ) -> Result<ContainerRecord> {
        self.modify(id, f, false)
    }

    fn modify<F: FnOnce(&mut ContainerRecord)>(
        &self,
        id: &str,
        f: F,
        durable: bool,
    ) -> Result<ContainerRecord> {
        let _g = self.lock(id)?;
        let mut rec = self.load(id)?;
        f(&mut rec);
        if durable {
            write_json_atomic(&self.record_path(id), &rec)?;
        } else {
            write_json_volatile(&self.record_path(id), &rec)?;
        }
        Ok(rec)
    }

    /// Write a record the caller already holds the lock for.
    pub fn save_locked(&self, rec: &ContainerRecord) -> Result<()> {
        write_json_atomic(&self.record_path(&rec.id), rec)
    }

    pub fn ids(&self) -> Result<Vec<String>> {
        let dir = self.paths.containers();
        let mut ids = Vec::new();
        let rd = match fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(ids),
            Err(e) => return Err(io_err(&dir)(e)),
        };
        for ent in rd.flatten() {
            if let Some(name) = ent.file_name().to_str() {
                if name.len() == 64 && name.bytes().all(|b| b.is_ascii_hexdigit()) {
                    ids.push(name.to_string());
                }
            }
        }
        Ok(ids)
    }

    /// Every readable record; a directory without a record (crash during create or rm) is
    /// skipped here and reported by `system check`, as is a record that cannot be read (see
    /// `list_checked`).
    pub fn list(&self) -> Result<Vec<ContainerRecord>> {
        Ok(self.list_as()?.0)
    }

    /// Every readable record, and the containers whose record cannot be read.
    pub fn list_checked(&self) -> Result<(Vec<ContainerRecord>, Vec<Damaged>)> {
        self.list_as()
    }

    /// What `ps` needs of every readable record, and the containers whose record cannot be
    /// read.
    pub fn list_summaries(&self) -> Result<(Vec<ContainerSummary>, Vec<Damaged>)> {
        self.list_as()
    }

    /// Each container's id and the volumes it uses (`config.volumes`), reading only that of
    /// the records; a record that cannot be read is left out.
    pub fn list_volume_refs(&self) -> Result<Vec<VolumeRefs>> {
        Ok(self.list_as::<VolumeRefs>()?.0)
    }

    pub fn list_network_refs(&self) -> Result<Vec<NetworkRefs>> {
        Ok(self.list_as::<NetworkRefs>()?.0)
    }

    fn list_as<T: serde::de::DeserializeOwned>(&self) -> Result<(Vec<T>, Vec<Damaged>)> {
        use std::io::Read;
        use std::os::fd::{AsRawFd, FromRawFd};
        let ids = self.ids()?;
        let mut out = Vec::with_capacity(ids.len());
        let mut damaged = vec![];
        if ids.is_empty() {
            return Ok((out, damaged));
        }
        // records are opened relative to the containers dir, one short path walk each, and
        // read into one buffer: `ps` does this for every container
        let dir = self.paths.containers();
        let dfd = {
            use std::os::unix::fs::OpenOptionsExt;
            fs::OpenOptions::new()
                .read(true)
                .custom_flags(libc::O_PATH | libc::O_DIRECTORY)
                .open(&dir)
                .map_err(io_err(&dir))?
        };
        let mut buf = Vec::with_capacity(4096);
        for id in ids {
            let rel = format!("{id}/container.json");
            let fd = match nix::fcntl::openat(
                Some(dfd.as_raw_fd()),
                rel.as_str(),
                nix::fcntl::OFlag::O_RDONLY | nix::fcntl::OFlag::O_CLOEXEC,
                nix::sys::stat::Mode::empty(),
            ) {
                Ok(fd) => fd,
                Err(nix::errno::Errno::ENOENT) => continue,
                Err(e) => {
                    damaged.push(self.damaged(id, format!("{}: {e}", dir.join(&rel).display())));
                    continue;
                }
            };
            // SAFETY: openat just returned this fd, and nothing else owns it.
            #[allow(unsafe_code)]
            let mut f = unsafe { fs::File::from_raw_fd(fd) };
            buf.clear();
            if let Err(e) = f.read_to_end(&mut buf) {
                damaged.push(self.damaged(id, format!("{}: {e}", dir.join(&rel).display())));
                continue;
            }
            match serde_json::from_slice::<T>(&buf) {
                Ok(r) => out.push(r),
                Err(err) => {
                    let e = StoreError::Corrupt {
                        path: dir.join(&rel).display().to_string(),
                        err,
                    };
                    damaged.push(self.damaged(id, e.to_string()));
                }
            }
        }
        Ok((out, damaged))
    }

    fn damaged(&self, id: String, problem: String) -> Damaged {
        let names = self.names_of(&id);
        // its birth time where the filesystem keeps one
        let created = fs::metadata(self.paths.container_dir(&id))
            .and_then(|m| m.created().or_else(|_| m.modified()))
            .ok();
        Damaged {
            id,
            names,
            created,
            problem,
        }
    }

    /// The names reserved for `id` (found by reading every reservation: only for a container
    /// whose record, which has its name, cannot be read).
    pub fn names_of(&self, id: &str) -> Vec<String> {
        let Ok(rd) = fs::read_dir(self.paths.names()) else {
            return vec![];
        };
        rd.flatten()
            .filter(|e| fs::read_to_string(e.path()).is_ok_and(|o| o == id))
            .map(|e| e.file_name().to_string_lossy().to_string())
            .collect()
    }

    /// The supervisor says who it is ("PID START"), beside the record: a container whose
    /// record cannot be read is still found and stopped through it. Runtime state, on the
    /// runroot: renamed into place without fsync.
    pub fn record_supervisor(&self, id: &str, pid: i32, start: u64) -> Result<()> {
        super::atomic::write_bytes_volatile(
            &self.paths.supervisor_pid_file(id),
            format!("{pid} {start}").as_bytes(),
        )
    }

    /// The pid and start time `record_supervisor` wrote, if any (the process may be gone).
    pub fn recorded_supervisor(&self, id: &str) -> Option<(i32, u64)> {
        let s = fs::read_to_string(self.paths.supervisor_pid_file(id)).ok()?;
        let (pid, start) = s.trim().split_once(' ')?;
        Some((pid.parse().ok()?, start.parse().ok()?))
    }

    /// Resolve a user's reference like podman: full id, name, then unique id prefix.
    pub fn lookup(&self, reference: &str) -> Result<String> {
        if reference.len() == 64 && self.record_path(reference).exists() {
            return Ok(reference.to_string());
        }
        if valid_name(reference) {
            if let Ok(id) = fs::read_to_string(self.paths.names().join(reference)) {
                if !id.is_empty() && self.record_path(&id).exists() {
                    return Ok(id);
                }
            }
        }
        if !reference.is_empty() && reference.bytes().all(|b| b.is_ascii_hexdigit()) {
            let matches: Vec<String> = self
                .ids()?
                .into_iter()
                .filter(|id| id.starts_with(reference) && self.record_path(id).exists())
                .collect();
            match matches.len() {
                1 => return Ok(matches.into_iter().next().unwrap()),
                0 => {}
                _ => return Err(StoreError::Ambiguous(reference.to_string())),
            }
        }
        Err(StoreError::NoSuchContainer(reference.to_string()))
    }

    pub fn rename(&self, id: &str, new_name: &str) -> Result<ContainerRecord> {
        let _g = self.lock(id)?;
        let mut rec = self.load(id)?;
        let _names = self.names_lock()?;
        self.reserve_name(new_name, id)?;
        let old = std::mem::replace(&mut rec.name, new_name.to_string());
        if let Err(e) = write_json_atomic(&self.record_path(id), &rec) {
            // a reservation its container does not hold is stale: reserve_name takes it over
            let _ = fs::remove_file(self.paths.names().join(new_name));
            return Err(e);
        }
        // likewise stale if it stays: the record names the container by its new name
        let _ = fs::remove_file(self.paths.names().join(&old));
        Ok(rec)
    }

    /// Remove the record and everything in its directory. The caller holds the lock and has
    /// made sure nothing runs.
    pub fn remove_locked(&self, rec: &ContainerRecord) -> Result<()> {
        let trash = self.detach_locked(rec)?;
        self.delete_detached(&rec.id, &trash)
    }

    /// The slow half of a removal: delete what `detach_locked` left of container `id`.
    pub fn delete_detached(&self, id: &str, trash: &std::path::Path) -> Result<()> {
        // the run directory is on a tmpfs (gone at reboot) and usually removed by the
        // supervisor already; the container's own files are what must go
        let _ = fs::remove_dir_all(self.paths.run_container_dir(id));
        remove_dir(trash)
    }

    /// The fast half of a removal: the container's directory, record inside, is renamed into
    /// tmp/ in one step, so the container is gone from the store at once and never seen half
    /// removed (a crash leaves only tmp/rm-PID-ID and a stale name, both cleaned by `system
    /// check --repair`). Returns that directory: the caller deletes it, and the container's run
    /// directory (which nothing finds without the record), after it answered whoever waits.
    pub fn detach_locked(&self, rec: &ContainerRecord) -> Result<PathBuf> {
        self.detach_id_locked(&rec.id, std::slice::from_ref(&rec.name))
    }

    /// `detach_locked` for a container known by its id and names only (its record cannot be
    /// read).
    pub fn detach_id_locked(&self, id: &str, names: &[String]) -> Result<PathBuf> {
        // what only points at the container goes before the container itself
        for name in names {
            let name_path = self.paths.names().join(name);
            if fs::read_to_string(&name_path)
                .map(|o| o == id)
                .unwrap_or(false)
            {
                // a reservation left without its container is stale: reserve_name takes it over
                let _ = fs::remove_file(&name_path);
            }
        }
        let dir = self.paths.container_dir(id);
        // rm-PID-ID (see `trashed_id`): while this process lives, what it is deleting is not a
        // leftover
        let trash = self
            .paths
            .tmp()
            .join(format!("rm-{}-{}", std::process::id(), id));
        let gone = match fs::rename(&dir, &trash) {
            Ok(()) => trash,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => trash,
            // rename cannot cross filesystems (tmp/ elsewhere): drop the record, delete in place
            Err(_) => {
                let rp = self.record_path(id);
                match fs::remove_file(&rp) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => return Err(io_err(&rp)(e)),
                }
                dir
            }
        };
        // lock files hold nothing: one left behind (absent already, or on a tmpfs that goes at
        // reboot) costs an inode
        let _ = fs::remove_file(self.paths.locks().join(format!("{id}.lock")));
        let _ = fs::remove_file(self.paths.locks().join(format!("{id}.start")));
        Ok(gone)
    }
}

/// The container whose removal the tmp/ entry `name` (rm-PID-ID) is.
pub fn trashed_id(name: &str) -> Option<&str> {
    name.strip_prefix("rm-")?.split_once('-').map(|(_, id)| id)
}

/// Remove a tree, also when the overlay left directories without permissions in it.
pub fn remove_dir(p: &std::path::Path) -> Result<()> {
    // a file (a staged blob) goes too
    if fs::symlink_metadata(p).is_ok_and(|m| !m.is_dir()) {
        return match fs::remove_file(p) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(io_err(p)(e)),
            _ => Ok(()),
        };
    }
    match fs::remove_dir_all(p) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(_) => {
            make_writable(p);
            match fs::remove_dir_all(p) {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                Err(e) => Err(io_err(p)(e)),
            }
        }
    }
}

fn make_writable(p: &std::path::Path) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(md) = fs::symlink_metadata(p) {
        if md.is_dir() {
            // best effort before a removal: a directory that stays unwritable makes the removal
            // fail, and that error is reported
            let _ = fs::set_permissions(
                p,
                fs::Permissions::from_mode(md.permissions().mode() | 0o700),
            );
            if let Ok(rd) = fs::read_dir(p) {
                for e in rd.flatten() {
                    make_writable(&e.path());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> (tempfile::TempDir, ContainerStore) {
        let d = tempfile::tempdir().unwrap();
        let p = StorePaths::new(d.path().join("root"), d.path().join("run"), false);
        p.ensure().unwrap();
        (d, ContainerStore::new(p))
    }

    fn rec(id: &str, name: &str) -> ContainerRecord {
        ContainerRecord {
            id: id.to_string(),
            name: name.to_string(),
            created: String::new(),
            config: Default::default(),
            state: Default::default(),
        }
    }

    #[test]
    fn names_are_unique_and_lookup_works() {
        let (_d, s) = store();
        let a = "a".repeat(64);
        let b = format!("ab{}", "0".repeat(62));
        s.create(&rec(&a, "web")).unwrap();
        assert!(matches!(
            s.create(&rec(&b, "web")),
            Err(StoreError::NameInUse { .. })
        ));
        assert!(!s.paths.container_dir(&b).exists());
        s.create(&rec(&b, "db")).unwrap();
        assert_eq!(s.lookup("web").unwrap(), a);
        assert_eq!(s.lookup("ab").unwrap(), b);
        assert!(matches!(s.lookup("a"), Err(StoreError::Ambiguous(_))));
        assert!(matches!(
            s.lookup("nope"),
            Err(StoreError::NoSuchContainer(_))
        ));
        s.rename(&a, "www").unwrap();
        assert_eq!(s.lookup("www").unwrap(), a);
        assert!(s.lookup("web").is_err());
        let r = s.load(&a).unwrap();
        s.remove_locked(&r).unwrap();
        assert!(s.lookup("www").is_err());
        // a stale name (record gone) is reclaimed
        fs::write(s.paths.names().join("ghost"), "f".repeat(64)).unwrap();
        s.create(&rec(&"c".repeat(64), "ghost")).unwrap();
    }

    fn started(pid: i32) -> StartedProcess {
        StartedProcess {
            pid,
            pid_start: 7,
            supervisor_pid: pid - 1,
            supervisor_start: 6,
            boot_id: "boot".into(),
            started_at: "t0".into(),
            cgroup: "cg".into(),
        }
    }

    /// the invariants of the state machine's doc, after each transition
    fn check(st: &ContainerState) {
        if st.status.is_active() {
            assert!(st.pid > 0 && st.supervisor_pid > 0 && !st.boot_id.is_empty());
            assert_eq!(st.exit_code, None);
            assert!(st.finished_at.is_none() && st.error.is_empty());
        }
        if st.status == ContainerStatus::Exited {
            assert!(st.exit_code.is_some() && st.finished_at.is_some());
            assert_eq!((st.pid, st.supervisor_pid), (0, 0));
        }
    }

    #[test]
    fn state_transitions_keep_their_invariants() {
        let mut st = ContainerState::default();
        st.start_failed("no such file");
        assert_eq!(st.status, ContainerStatus::Created);
        assert_eq!(st.error, "no such file");
        check(&st);
        st.started(started(42));
        assert_eq!(st.status, ContainerStatus::Running);
        check(&st);
        st.set_paused(true);
        assert_eq!(st.status, ContainerStatus::Paused);
        check(&st);
        st.set_paused(false);
        assert_eq!(st.status, ContainerStatus::Running);
        assert_eq!(st.exited(3, "t1".into()), "cg");
        assert_eq!(
            (st.status, st.exit_code),
            (ContainerStatus::Exited, Some(3))
        );
        assert!(st.cgroup.is_empty());
        check(&st);
        // not active: pause leaves it alone
        st.set_paused(true);
        assert_eq!(st.status, ContainerStatus::Exited);
        // a restart clears the last exit
        st.started(started(50));
        check(&st);
        assert_eq!(st.cgroup, "cg");
        // the supervisor dies: the reconcile's view and what it records
        let (status, reason) = st.effective_status(|_| false);
        assert_eq!(status, ContainerStatus::Exited);
        assert_eq!(reason.as_deref(), Some(SUPERVISOR_LOST));
        assert_eq!(
            st.effective_status(|_| true),
            (ContainerStatus::Running, None)
        );
        st.supervisor_lost(reason.unwrap(), "t2".into());
        assert_eq!(st.exit_code, Some(-1));
        assert_eq!(st.error, SUPERVISOR_LOST);
        check(&st);
        // a record not active never asks whether its supervisor lives
        assert_eq!(
            st.effective_status(|_| unreachable!()),
            (ContainerStatus::Exited, None)
        );
    }

    #[test]
    fn bad_names_rejected() {
        assert!(valid_name("web-1.a_b"));
        assert!(!valid_name("-x"));
        assert!(!valid_name("a/b"));
        assert!(!valid_name(""));
    }
}
