//! `system check` (report, and with --repair fix, what a crash left behind) and
//! `system reset` (remove everything rcon made).

use super::error::Result;
use super::lifecycle::effective_status;
use super::Engine;
use crate::image::layers::remove_tree;
use crate::runtime::cgroup;
use crate::store::ContainerStatus;
use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Finding {
    pub kind: &'static str,
    pub what: String,
    pub repaired: bool,
}

/// How old a cgroup of no container of this store must be, and empty, to be an orphan: a
/// younger one may be another store's container starting.
const ORPHAN_CGROUP_AGE: std::time::Duration = std::time::Duration::from_secs(60);

impl Engine {
    /// `rcon info`: the host and the store, as podman's `info` shows them.
    pub fn check(&self, repair: bool) -> Result<Vec<Finding>> {
        let mut f = vec![];
        let mut push = |kind: &'static str, what: String, repaired: bool| {
            f.push(Finding {
                kind,
                what,
                repaired,
            })
        };
        let ids: HashSet<String> = self.containers.ids()?.into_iter().collect();
        let (records, damaged) = self.containers.list_checked()?;
        // a container whose record cannot be read is damaged, not absent: what points at it
        // is left to check_damaged
        let live: HashSet<String> = records
            .iter()
            .map(|r| r.id.clone())
            .chain(damaged.iter().map(|d| d.id.clone()))
            .collect();
        let damaged_left = self.check_damaged(&damaged, repair, &mut push);
        // containers: a directory without a record is a half-created or half-removed one
        for id in &ids {
            if !live.contains(id) {
                let done = repair
                    && self.stop_unrecorded(id).is_ok()
                    && remove_tree(&self.paths.container_dir(id)).is_ok();
                push(
                    "container",
                    format!("{id}: directory without a record (interrupted create or rm)"),
                    done,
                );
            }
        }
        for rec in &records {
            let (st, why) = effective_status(rec);
            if st == ContainerStatus::Exited && rec.state.status.is_active() {
                let mut done = false;
                if repair {
                    let _g = self.containers.lock(&rec.id)?;
                    if let Ok(mut cur) = self.containers.load(&rec.id) {
                        done = self.reconcile_locked(&mut cur).is_ok();
                    }
                }
                push(
                    "container",
                    format!(
                        "{} ({}): recorded as {} but {}",
                        &rec.id[..12],
                        rec.name,
                        rec.state.status.as_str(),
                        why.unwrap_or_default()
                    ),
                    done,
                );
            }
        }
        // tmp/: what rcon processes are writing or deleting is busy while they live (their
        // pid is in the name); the rest was left by interrupted ones
        let tmp: Vec<(String, PathBuf, bool)> = fs::read_dir(self.paths.tmp())
            .map(|rd| {
                rd.flatten()
                    .map(|e| {
                        let name = e.file_name().to_string_lossy().to_string();
                        let busy = match crate::image::tmp_owner_gone(&name) {
                            Some(gone) => !gone,
                            None => {
                                name.starts_with("layer-") && self.layer_being_written(&e.path())
                            }
                        };
                        (name, e.path(), busy)
                    })
                    .collect()
            })
            .unwrap_or_default();
        // run directories of removed containers (a supervisor deletes that of a --rm
        // container after it answered `run`: it is busy while the trash it deletes next is)
        let being_removed: HashSet<&str> = tmp
            .iter()
            .filter(|(_, _, busy)| *busy)
            .filter_map(|(name, _, _)| crate::store::container::trashed_id(name))
            .collect();
        if let Ok(rd) = fs::read_dir(self.paths.run_containers()) {
            for e in rd.flatten() {
                let id = e.file_name().to_string_lossy().to_string();
                if id.len() == 64 && !live.contains(&id) && !being_removed.contains(id.as_str()) {
                    let done = repair && remove_tree(&e.path()).is_ok();
                    push(
                        "container",
                        format!(
                            "{}: run directory of a removed container",
                            e.path().display()
                        ),
                        done,
                    );
                }
            }
        }
        self.check_names_and_locks(&live, repair, &mut push);
        self.check_mounts(repair, &mut push);
        self.check_cgroups(&ids, &records, &damaged, repair, &mut push);
        // temporary files of interrupted imports, pulls, loads and removals
        for (_, path, busy) in &tmp {
            if !busy {
                let done = repair && remove_tree(path).is_ok();
                push(
                    "tmp",
                    format!(
                        "{}: left by an interrupted import, load or pull",
                        path.display()
                    ),
                    done,
                );
            }
        }
        // layers and blobs no image or container refers to
        self.check_layers(&records, damaged_left, repair, &mut push)?;
        if let Some(finding) = self.check_storage_config(&records, damaged_left, repair) {
            push(finding.kind, finding.what, finding.repaired);
        }
        let images = self.images.list()?;
        // images whose layers are missing
        for img in &images {
            for l in &img.layers {
                if self.images.layers.get(&l.chain_id).is_none() {
                    push("image", format!("{} ({}): layer {} is missing: remove the image and import, load or pull it again", &img.id[..12], img.names.join(", "), &l.chain_id), false);
                }
            }
        }
        Ok(f)
    }

    /// Names reserved for, and locks of, containers that do not exist.
    fn check_names_and_locks(
        &self,
        live: &HashSet<String>,
        repair: bool,
        push: &mut dyn FnMut(&'static str, String, bool),
    ) {
        // names pointing nowhere
        if let Ok(rd) = fs::read_dir(self.paths.names()) {
            for e in rd.flatten() {
                let owner = fs::read_to_string(e.path()).unwrap_or_default();
                if !live.contains(&owner) {
                    let done = repair && fs::remove_file(e.path()).is_ok();
                    push(
                        "name",
                        format!(
                            "{}: reserved for a container that does not exist",
                            e.file_name().to_string_lossy()
                        ),
                        done,
                    );
                }
            }
        }
        // locks of containers that are gone
        if let Ok(rd) = fs::read_dir(self.paths.locks()) {
            for e in rd.flatten() {
                let n = e.file_name().to_string_lossy().to_string();
                let id = n.trim_end_matches(".lock").trim_end_matches(".start");
                if id.len() == 64 && !live.contains(id) {
                    let done = repair && fs::remove_file(e.path()).is_ok();
                    push("lock", format!("{n}: lock of a removed container"), done);
                }
            }
        }
    }

    /// Is `mp` the data directory of a volume with mount options that is in use (counted)?
    fn volume_mounted_for_use(&self, mp: &Path) -> bool {
        let v = self.volumes();
        let vols = self.paths.volumes();
        let vols = vols.canonicalize().unwrap_or(vols);
        let name = match mp.strip_prefix(&vols) {
            Ok(rest) if rest.ends_with(crate::store::volume::DATA) => rest.parent(),
            _ => None,
        };
        name.and_then(|n| n.to_str())
            .is_some_and(|n| v.mount_count(n) > 0)
    }

    /// Mounts under the store's directories, which only a leak leaves on the host.
    fn check_mounts(&self, repair: bool, push: &mut dyn FnMut(&'static str, String, bool)) {
        // mounts under our root: containers mount in their own namespaces, so any here is a leak
        // container rootfs mount points are in the runtime dir, layers and upper dirs in root
        let bases: Vec<PathBuf> = [&self.paths.root, &self.paths.runroot]
            .iter()
            .map(|p| p.canonicalize().unwrap_or(p.to_path_buf()))
            .collect();
        if let Ok(mi) = fs::read_to_string("/proc/self/mountinfo") {
            for l in mi.lines() {
                if let Some(mp) = l.split(' ').nth(4) {
                    // strictly below: the root or runroot may be a mount point of its own
                    if bases
                        .iter()
                        .any(|b| Path::new(mp).starts_with(b) && Path::new(mp) != b)
                        && !self.volume_mounted_for_use(Path::new(mp))
                    {
                        let done = repair
                            && nix::mount::umount2(mp, nix::mount::MntFlags::MNT_DETACH).is_ok();
                        push("mount", format!("{mp}: mounted on the host"), done);
                    }
                }
            }
        }
    }

    fn check_cgroups(
        &self,
        ids: &HashSet<String>,
        records: &[crate::store::ContainerRecord],
        damaged: &[crate::store::Damaged],
        repair: bool,
        push: &mut dyn FnMut(&'static str, String, bool),
    ) {
        // cgroups of containers that are not running, and orphans: of no container here,
        // empty and old (another store's containers on this host have cgroups too)
        let running: HashSet<String> = records
            .iter()
            .filter(|r| effective_status(r).0.is_active())
            .map(|r| r.id.clone())
            // a damaged container's cgroup goes with it (check_damaged)
            .chain(damaged.iter().map(|d| d.id.clone()))
            .collect();
        for (id, cg) in cgroup::rcon_cgroups(self.paths.rootless) {
            let why = if ids.contains(&id) {
                if running.contains(&id) {
                    continue;
                }
                "cgroup of a container that is not running"
            } else if cg.is_empty() && cg.age().is_some_and(|a| a > ORPHAN_CGROUP_AGE) {
                "cgroup of no container"
            } else {
                continue;
            };
            let done = repair && {
                // kills what is left in it first
                cg.destroy();
                cgroup::Cgroup::find(&id, self.paths.rootless).is_none()
            };
            push("cgroup", format!("{}: {why}", cg.describe()), done);
        }
    }

    fn layer_being_written(&self, p: &Path) -> bool {
        // a running ingest holds no lock on its temp dir; age tells: younger than a minute is busy
        fs::metadata(p)
            .and_then(|m| m.modified())
            .map(|t| t.elapsed().map(|e| e.as_secs() < 60).unwrap_or(true))
            .unwrap_or(false)
    }

    /// Stop every container and remove everything rcon made under its root and runroot.
    pub fn reset(&self) -> Result<()> {
        let (records, damaged) = self.containers.list_checked()?;
        for rec in records {
            // what cannot be removed one by one is deleted with the store below
            let _ = self.remove(&rec.id, true);
        }
        for d in damaged {
            // what is left is deleted with the store below
            let _ = self.stop_unrecorded(&d.id);
        }
        for (id, cg) in cgroup::rcon_cgroups(self.paths.rootless) {
            if self.paths.container_dir(&id).exists() {
                cg.destroy();
            }
        }
        self.volumes_unmount_all();
        remove_tree(&self.paths.runroot)?;
        remove_tree(&self.paths.root)?;
        Ok(())
    }
}
