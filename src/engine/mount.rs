//! `mount` / `unmount` (a container's rootfs on the host, reference-counted), `init` (a
//! created container made ready to start) and `unshare` (a command in the rootless user
//! namespace).
//!
//! A mount is counted in `<runroot>/containers/<id>/mount.count` under the container's lock:
//! the overlay is mounted on the container's merged dir (the path `inspect` shows) by the first
//! `mount` and unmounted by the last `unmount`. With vfs the rootfs is a plain directory, only
//! counted.

use super::error::{EngineError, Result};
use super::lifecycle::effective_status;
use super::Engine;
use crate::runtime::Rootfs;
use crate::store::{ContainerRecord, ContainerStatus};
use std::path::PathBuf;

/// A mounted container, as `mount` lists them.
#[derive(Debug, Clone)]
pub struct Mounted {
    pub id: String,
    pub name: String,
    pub mountpoint: PathBuf,
}

impl Engine {
    fn mount_count_path(&self, id: &str) -> PathBuf {
        self.paths.run_container_dir(id).join("mount.count")
    }

    fn mount_count(&self, id: &str) -> u32 {
        std::fs::read_to_string(self.mount_count_path(id))
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(0)
    }

    fn set_mount_count(&self, id: &str, n: u32) -> Result<()> {
        let p = self.mount_count_path(id);
        if n == 0 {
            crate::image::remove_file_or_warn(&p);
            return Ok(());
        }
        std::fs::create_dir_all(self.paths.run_container_dir(id))?;
        std::fs::write(&p, n.to_string())?;
        Ok(())
    }

    /// Rootless, mounts are made in the user namespace `rcon unshare` enters.
    fn check_mount_allowed(&self, verb: &str) -> Result<()> {
        if self.paths.rootless && !super::host::in_child_userns() {
            return Err(EngineError::invalid(format!(
                "cannot run command \"rcon {verb}\" in rootless mode, must execute `rcon unshare` first"
            )));
        }
        Ok(())
    }

    fn mount_point(&self, rec: &ContainerRecord) -> PathBuf {
        match self.paths.rootfs_of(rec) {
            Rootfs::Dir(d) => d,
            Rootfs::Overlay { target, .. } => target,
        }
    }

    /// `rcon mount CONTAINER`: the path where its rootfs is visible on the host.
    pub fn mount(&self, reference: &str) -> Result<PathBuf> {
        self.check_mount_allowed("mount")?;
        let rec = self.container(reference)?;
        let _g = self.containers.lock(&rec.id)?;
        let n = self.mount_count(&rec.id);
        let mut rootfs = self.paths.rootfs_of(&rec);
        if let Rootfs::Overlay { volatile, .. } = &mut rootfs {
            *volatile = false;
        }
        let target = self.mount_point(&rec);
        if n == 0 && matches!(rootfs, Rootfs::Overlay { .. }) {
            if let Err(e) = crate::runtime::mounts::mount_at(&rootfs) {
                let running = matches!(
                    effective_status(&rec).0,
                    ContainerStatus::Running | ContainerStatus::Paused
                ) && crate::runtime::proc::alive(rec.state.pid, rec.state.pid_start);
                if !running {
                    return Err(EngineError::failed(format!(
                        "mounting container {}: {e}",
                        rec.name
                    )));
                }
                // a running --rm container's overlay is volatile: no second mount of it is
                // allowed; its init's root shows the same files
                self.container_events(&["mount"], &rec);
                return Ok(PathBuf::from(format!("/proc/{}/root", rec.state.pid)));
            }
        }
        self.set_mount_count(&rec.id, n + 1)?;
        self.container_events(&["mount"], &rec);
        Ok(target)
    }

    /// `rcon unmount CONTAINER`: one mount fewer (all of them with `force`); the rootfs is
    /// unmounted with the last. Returns the container's id.
    pub fn unmount(&self, reference: &str, force: bool) -> Result<String> {
        self.check_mount_allowed("unmount")?;
        let rec = self.container(reference)?;
        let _g = self.containers.lock(&rec.id)?;
        let n = self.mount_count(&rec.id);
        if n == 0 {
            return Ok(rec.id);
        }
        let left = if force { 0 } else { n - 1 };
        if left == 0 && !rec.config.is_vfs() {
            let target = self.mount_point(&rec);
            crate::runtime::mounts::unmount_at(&target).or_else(|e| {
                if e == nix::errno::Errno::EINVAL {
                    // not mounted (any more): nothing to release
                    Ok(())
                } else {
                    Err(EngineError::failed(format!(
                        "unmounting container {}: {e}",
                        rec.name
                    )))
                }
            })?;
        }
        self.set_mount_count(&rec.id, left)?;
        self.container_events(&["unmount"], &rec);
        Ok(rec.id)
    }

    /// Release every mount of a container that is being removed.
    pub(super) fn release_mounts(&self, rec: &ContainerRecord) {
        if self.mount_count(&rec.id) > 0 {
            if !rec.config.is_vfs() {
                if let Err(e) = crate::runtime::mounts::unmount_at(&self.mount_point(rec)) {
                    tracing::warn!("unmounting container {}: {e}", rec.name);
                }
            }
            let _ = self.set_mount_count(&rec.id, 0);
        }
    }

    /// The containers mounted now.
    pub fn mounted(&self) -> Result<Vec<Mounted>> {
        self.check_mount_allowed("mount")?;
        let mut out = vec![];
        for rec in self.containers.list()? {
            if self.mount_count(&rec.id) > 0 {
                out.push(Mounted {
                    mountpoint: self.mount_point(&rec),
                    id: rec.id,
                    name: rec.name,
                });
            }
        }
        Ok(out)
    }

    /// `rcon init`: a created container made ready to start: its spec and its /etc files
    /// written, its state `initialized`. The process itself is started by `start` (rcon's
    /// supervisor sets up and execs in one go).
    pub fn init(&self, reference: &str) -> Result<()> {
        let rec = self.container(reference)?;
        let _g = self.containers.lock(&rec.id)?;
        let mut cur = self.containers.load(&rec.id)?;
        self.reconcile_locked(&mut cur)?;
        match cur.state.status {
            ContainerStatus::Created => {}
            s => {
                return Err(EngineError::conflict(format!(
                "container {} has already been created in runtime ({}): container state improper",
                cur.name,
                s.as_str()
            )))
            }
        }
        if cur.state.initialized {
            return Ok(());
        }
        let spec_path = self.paths.spec_path(&cur.id);
        if std::fs::metadata(&spec_path).is_err() {
            let spec = self.build_spec(&cur)?;
            crate::store::write_json_atomic(&spec_path, &spec)?;
        }
        self.write_etc_files(&cur)?;
        cur.state.initialized = true;
        self.containers.save_locked(&cur)?;
        Ok(())
    }

    /// `rcon unshare`: in the rootless user namespace (entered by the CLI), in a mount
    /// namespace of its own, run `cmd` (the user's $SHELL when empty). Returns only on error.
    pub fn unshare(&self, cmd: &[String]) -> Result<std::convert::Infallible> {
        if self.paths.rootless {
            nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS)
                .map_err(|e| EngineError::failed(format!("creating a mount namespace: {e}")))?;
        }
        let argv: Vec<String> = if cmd.is_empty() {
            vec![std::env::var("SHELL").unwrap_or_else(|_| "/bin/sh".into())]
        } else {
            cmd.to_vec()
        };
        let c_argv: Vec<std::ffi::CString> = argv
            .iter()
            .map(|a| std::ffi::CString::new(a.as_bytes()))
            .collect::<std::result::Result<_, _>>()
            .map_err(|_| EngineError::invalid("a command argument contains a NUL byte"))?;
        std::env::set_var("RCON_GRAPHROOT", &self.paths.root);
        std::env::set_var("RCON_RUNROOT", &self.paths.runroot);
        let e = nix::unistd::execvp(&c_argv[0], &c_argv).unwrap_err();
        let msg = format!("{}: {}", argv[0], e.desc().to_lowercase());
        Err(match e {
            nix::errno::Errno::ENOENT => EngineError::not_found(msg),
            _ => EngineError::failed(msg),
        })
    }
}
