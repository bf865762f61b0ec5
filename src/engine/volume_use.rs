//! Volumes as containers use them: made (anonymous) or found (named, made when missing) at
//! create, recorded in the container's `volumes`, bound at start with the copy-up of a fresh
//! one, and the anonymous ones removed with their container (`rm -v`, `--rm`).

use super::error::Result;
use super::{Engine, EngineError};
use crate::store::{ContainerConfig, MountKind};
use std::path::PathBuf;

impl Engine {
    /// The volumes of `config`'s mounts: anonymous ones made and named, missing named ones
    /// made, every name recorded in `config.volumes`. Returns the volumes this call made, for
    /// the caller to remove if the container is not created after all.
    pub(super) fn resolve_volumes(&self, config: &mut ContainerConfig) -> Result<Vec<String>> {
        let mut made = vec![];
        let res = self.resolve_into(config, &mut made);
        if let Err(e) = res {
            for cleanup in self.volumes_remove_made(&made) {
                tracing::warn!("removing a volume made for a container not created: {cleanup}");
            }
            return Err(e);
        }
        Ok(made)
    }

    fn resolve_into(&self, config: &mut ContainerConfig, made: &mut Vec<String>) -> Result<()> {
        let mut names = vec![];
        for m in config
            .mounts
            .iter_mut()
            .filter(|m| m.kind == MountKind::Volume)
        {
            if m.source.is_empty() {
                let rec = self.volume_create_anonymous()?;
                made.push(rec.name.clone());
                m.source = rec.name;
            } else if !self.volumes().exists(&m.source) {
                let rec = self.volume_get_or_create(&m.source)?;
                made.push(rec.name);
            }
            if !names.contains(&m.source) {
                names.push(m.source.clone());
            }
        }
        config.volumes = names;
        Ok(())
    }

    /// Remove the volumes `names` a failed create made (unless something uses them now).
    pub(super) fn volumes_remove_made(&self, names: &[String]) -> Vec<EngineError> {
        let mut errors = vec![];
        for n in names {
            match self.volume_remove_unused_pub(n) {
                Ok(())
                | Err(EngineError::Store(
                    crate::store::StoreError::NoSuchVolume(_)
                    | crate::store::StoreError::VolumeInUse { .. },
                )) => {}
                Err(e) => errors.push(e),
            }
        }
        errors
    }

    /// The host path a start binds for volume `name`: its data dir, mounted first (once,
    /// until the volume is removed or the store reset) when it has mount options.
    pub(super) fn volume_source_for_start(&self, name: &str) -> Result<PathBuf> {
        let rec = self.volumes().load(name)?;
        if !super::volume_data::needs_mount(&rec) || super::volume_data::is_mounted(&rec.mountpoint)
        {
            return Ok(rec.mountpoint);
        }
        self.volume_mount_source(name)
    }

    /// Whether a start copies the image's directory into volume `name`: once, the first time
    /// a container mounts it while it is still empty (podman's NeedsCopyUp), then never.
    pub(super) fn take_copy_up(&self, name: &str) -> Result<bool> {
        let v = self.volumes();
        let _g = v.lock(name)?;
        let mut rec = v.load(name)?;
        if !rec.needs_copy_up {
            return Ok(false);
        }
        rec.needs_copy_up = false;
        v.save_locked(&rec)?;
        let empty = std::fs::read_dir(&rec.mountpoint)
            .map(|mut d| d.next().is_none())
            .unwrap_or(false);
        Ok(empty)
    }
}
