//! Containers whose record cannot be read (truncated by a crash or a full disk, or damaged by
//! hand): shown by `ps`, removed by `rm -f` and `system check --repair`, never taken for
//! absent. Their processes are found without the record: through the supervisor's pid file
//! (`ContainerStore::record_supervisor`) and the cgroups named after the container.

use super::error::{EngineError, Result};
use super::system::Finding;
use super::{short_id, Engine};
use crate::runtime::{cgroup::Cgroup, proc, sys};
use crate::store::{ContainerRecord, Damaged};
use std::collections::HashSet;
use std::time::Duration;

/// How long the supervisor gets to stop its container and exit, then how long it gets to die
/// of SIGKILL.
const SUPERVISOR_STOP: Duration = Duration::from_secs(10);
const SUPERVISOR_KILL: Duration = Duration::from_secs(5);

/// What the user can do about a container whose record cannot be read.
pub fn remedy(id: &str) -> String {
    format!(
        "remove it with `rcon rm -f {}` or `rcon system check --repair`",
        short_id(id)
    )
}

/// Wait up to `timeout` for `pid` (started at `start`) to exit; true once it has.
fn wait_gone(pid: i32, start: u64, timeout: Duration) -> bool {
    match sys::pidfd_open(pid) {
        // the start time check after opening closes the pid-reuse window
        Ok(fd) => !proc::alive(pid, start) || sys::pidfd_wait(&fd, timeout.as_millis() as i32),
        Err(_) => !proc::alive(pid, start),
    }
}

fn sigkill(pid: i32) {
    // a process that is gone already is what we want
    let _ = nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(pid),
        nix::sys::signal::Signal::SIGKILL,
    );
}

/// The children of `pid`: a supervisor's is its container's init.
fn children(pid: i32) -> Vec<i32> {
    std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children"))
        .map(|s| {
            s.split_whitespace()
                .filter_map(|p| p.parse().ok())
                .collect()
        })
        .unwrap_or_default()
}

impl Engine {
    /// The supervisor of container `id` if it is alive, from its pid file.
    pub fn live_supervisor(&self, id: &str) -> Option<(i32, u64)> {
        self.containers
            .recorded_supervisor(id)
            .filter(|(pid, start)| proc::alive(*pid, *start))
    }

    /// Whether anything of container `id` still runs, without its record.
    pub fn runs_unrecorded(&self, id: &str) -> bool {
        self.live_supervisor(id).is_some()
            || Cgroup::find(id, self.paths.rootless).is_some_and(|cg| !cg.pids().is_empty())
    }

    /// Stop what runs of container `id` without reading its record: its supervisor is asked
    /// (over the attach socket, as `rm -f` does) to kill the container, which it does and
    /// exits; if it does not, its child (the container's init, whose death ends the container's
    /// pid namespace) and the supervisor are killed; then whatever the container's cgroups
    /// still hold.
    pub fn stop_unrecorded(&self, id: &str) -> Result<()> {
        if let Some((pid, start)) = self.live_supervisor(id) {
            let asked = self.signal_supervisor(id, libc::SIGKILL);
            if !(asked && wait_gone(pid, start, SUPERVISOR_STOP)) && proc::alive(pid, start) {
                for child in children(pid) {
                    sigkill(child);
                }
                sigkill(pid);
                if !wait_gone(pid, start, SUPERVISOR_KILL) {
                    return Err(EngineError::failed(format!(
                            "the supervisor (pid {pid}) of container {} did not stop: kill it, then try again",
                            short_id(id)
                        )));
                }
            }
        }
        if let Some(cg) = Cgroup::find(id, self.paths.rootless) {
            cg.destroy();
        }
        Ok(())
    }

    /// `rm` of a container whose record cannot be read (`problem`): refused while it runs
    /// unless forced; forced, its processes are stopped first.
    pub(super) fn remove_damaged(&self, id: &str, force: bool, problem: &str) -> Result<String> {
        if !force && self.runs_unrecorded(id) {
            return Err(EngineError::conflict(format!(
                    "cannot remove container {} as it is running and its record cannot be read ({problem}): use rm -f",
                    short_id(id)
                )));
        }
        self.stop_unrecorded(id)?;
        let _g = self.containers.lock(id)?;
        let names = self.containers.names_of(id);
        let trash = self.containers.detach_id_locked(id, &names)?;
        self.containers.delete_detached(id, &trash)?;
        // its exit status, if the supervisor wrote one, is of no use to anyone now
        let _ = std::fs::remove_file(self.paths.exits().join(id));
        Ok(id.to_string())
    }

    /// The layers containers are built on, none of which may be deleted; None while a
    /// container's record cannot be read (its layers are unknown, so none is unused).
    pub fn container_layers(&self) -> Result<Option<HashSet<String>>> {
        let (records, damaged) = self.containers.list_checked()?;
        Ok(damaged.is_empty().then(|| layers_of(&records)))
    }

    /// `system check` of containers whose record cannot be read: reported, and with `repair`
    /// stopped and removed. Returns how many are left.
    pub(super) fn check_damaged(
        &self,
        damaged: &[Damaged],
        repair: bool,
        push: &mut dyn FnMut(&'static str, String, bool),
    ) -> usize {
        let mut left = 0;
        for d in damaged {
            let running = self.runs_unrecorded(&d.id);
            let done = repair && self.remove_damaged(&d.id, true, &d.problem).is_ok();
            left += usize::from(!done);
            push(
                "container",
                format!(
                    "{}{}: record cannot be read ({}){}",
                    short_id(&d.id),
                    names_suffix(&d.names),
                    d.problem,
                    match (running, repair) {
                        (true, false) => ": it is running; --repair stops and removes it",
                        (false, false) => ": --repair removes it",
                        _ => "",
                    }
                ),
                done,
            );
        }
        left
    }

    /// `system check` of layers and blobs: unused only if no image record and no container
    /// record refers to them. While a record cannot be read, nothing is deleted, and each such
    /// image record is reported with what to do.
    pub(super) fn check_layers(
        &self,
        containers: &[ContainerRecord],
        damaged_containers: usize,
        repair: bool,
        push: &mut dyn FnMut(&'static str, String, bool),
    ) -> Result<()> {
        let (images, unreadable) = self.images.list_checked()?;
        for u in &unreadable {
            push(
                "image",
                format!("{u}: its layers and blobs are kept; delete this file and pull, load or import the image again, then run `rcon system check --repair`"),
                false,
            );
        }
        let container_layers = layers_of(containers);
        let used: HashSet<&str> = images
            .iter()
            .flat_map(|i| i.layers.iter().map(|l| l.chain_id.as_str()))
            .chain(container_layers.iter().map(String::as_str))
            .collect();
        let unused: Vec<String> = self
            .images
            .layers
            .list()
            .into_iter()
            .filter(|l| !used.contains(l.as_str()))
            .collect();
        let used_blobs: HashSet<&str> = images
            .iter()
            .flat_map(|i| {
                i.layers
                    .iter()
                    .map(|l| l.blob.as_str())
                    .chain([i.config_digest.as_str(), i.digest.as_str()])
            })
            .collect();
        let unused_blobs = self
            .images
            .blobs
            .list()
            .into_iter()
            .filter(|b| !used_blobs.contains(b.as_str()))
            .count();
        if unused.is_empty() && unused_blobs == 0 {
            return Ok(());
        }
        let known = unreadable.is_empty() && damaged_containers == 0;
        let done = repair && known && self.images.gc(Some(&container_layers)).is_ok();
        let kept = if known {
            ""
        } else {
            ": kept while a record cannot be read"
        };
        for l in &unused {
            push(
                "layer",
                format!("{l}: not used by any image or container{kept}"),
                done,
            );
        }
        if unused_blobs > 0 {
            push(
                "blob",
                format!("{unused_blobs} blobs not used by any image{kept}"),
                done,
            );
        }
        Ok(())
    }

    /// `system check` of `storage.json`, the store's storage driver: with `repair`, a
    /// damaged one is rewritten with the driver the containers use, or deleted when there is
    /// no container (the next command chooses again).
    pub(super) fn check_storage_config(
        &self,
        containers: &[ContainerRecord],
        damaged_containers: usize,
        repair: bool,
    ) -> Option<Finding> {
        let path = self.paths.root.join("storage.json");
        let problem = match crate::store::read_json::<serde_json::Value>(&path) {
            Ok(None) => return None,
            Ok(Some(v)) => match v.get("driver").and_then(|d| d.as_str()) {
                Some("overlay" | "vfs") => return None,
                _ => format!(
                    "{}: names no storage driver (overlay or vfs)",
                    path.display()
                ),
            },
            Err(e) => e.to_string(),
        };
        let used = containers
            .iter()
            .map(|c| c.config.storage_driver.as_str())
            .find(|d| !d.is_empty());
        let (fix, repaired) = match (used, containers.is_empty() && damaged_containers == 0) {
            (Some(d), _) => (
                format!("the containers use {d}"),
                repair
                    && crate::store::write_json_atomic(&path, &serde_json::json!({ "driver": d }))
                        .is_ok(),
            ),
            (None, true) => (
                "no container uses it: --repair deletes it, the next command chooses again"
                    .to_string(),
                repair && std::fs::remove_file(&path).is_ok(),
            ),
            (None, false) => (
                "write {\"driver\": \"overlay\"} (or \"vfs\", as the containers were made) into it"
                    .to_string(),
                false,
            ),
        };
        Some(Finding {
            kind: "storage",
            what: format!("{problem}: {fix}"),
            repaired,
        })
    }
}

fn layers_of(records: &[ContainerRecord]) -> HashSet<String> {
    records
        .iter()
        .flat_map(|r| r.config.layers.iter().cloned())
        .collect()
}

fn names_suffix(names: &[String]) -> String {
    if names.is_empty() {
        String::new()
    } else {
        format!(" ({})", names.join(", "))
    }
}
