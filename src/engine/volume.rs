//! Volumes: create (named, anonymous, or implicitly for `run -v NAME:/path`), list with
//! podman's filters, inspect, remove, prune, and who uses one. Their records are
//! `store::volume`'s; mounting, export and import are in `volume_data.rs`.
//!
//! A container uses the volumes its record's `config.volumes` names (filled at create); a
//! volume in use is not removed unless forced, which removes those containers first.

use super::error::{EngineError, Result};
use super::lifecycle::RemoveOptions;
use super::Engine;
use crate::store::events::{now_rfc3339, Event};
use crate::store::{StoreError, VolumeRecord, VolumeStore};
use chrono::{DateTime, FixedOffset};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// `volume create`'s options.
#[derive(Debug, Clone, Default)]
pub struct VolumeCreateOptions {
    /// None: an anonymous volume, named by 64 random hex digits
    pub name: Option<String>,
    /// --driver; "local" when empty
    pub driver: String,
    /// --label KEY[=VALUE]
    pub labels: BTreeMap<String, String>,
    /// --opt KEY[=VALUE], in order
    pub options: Vec<(String, String)>,
    /// made for one container (`-v /path`, an image's VOLUME)
    pub anonymous: bool,
}

/// A volume as `volume inspect` and `volume ls --format` show it (podman's field names).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct VolumeInspect {
    pub name: String,
    pub driver: String,
    pub mountpoint: String,
    pub created_at: String,
    pub labels: BTreeMap<String, String>,
    pub scope: String,
    pub options: BTreeMap<String, String>,
    #[serde(rename = "UID", skip_serializing_if = "Option::is_none")]
    pub uid: Option<u32>,
    #[serde(rename = "GID", skip_serializing_if = "Option::is_none")]
    pub gid: Option<u32>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub anonymous: bool,
    pub mount_count: u32,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub needs_copy_up: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub needs_chown: bool,
}

/// The option keys of the local driver (podman's, lower case).
const LOCAL_KEYS: [&str; 10] = [
    "device", "o", "type", "uid", "gid", "size", "inodes", "noquota", "copy", "nocopy",
];

impl Engine {
    pub fn volumes(&self) -> VolumeStore {
        VolumeStore::new(self.paths.clone())
    }

    /// `volume create`: a new volume; an error if its name is taken (podman's "volume already
    /// exists"). Invalid options leave nothing behind.
    pub fn volume_create(&self, o: &VolumeCreateOptions) -> Result<VolumeRecord> {
        let rec = self.volume_record(o)?;
        let (uid, gid) = (rec.uid, rec.gid);
        self.volumes().create(&rec, |data| {
            if uid.is_some() || gid.is_some() {
                // o=uid=N,gid=N: the data directory's owner (podman's 0 for the one not given)
                std::os::unix::fs::chown(data, Some(uid.unwrap_or(0)), Some(gid.unwrap_or(0)))?;
            }
            Ok(())
        })?;
        self.volume_event("create", &rec.name);
        Ok(rec)
    }

    /// The volume `name`, created (local, no options) if it does not exist: `run -v NAME:/d`.
    // called by run/create's volume wiring
    #[allow(dead_code)]
    /// Parallel callers get the same one volume.
    pub fn volume_get_or_create(&self, name: &str) -> Result<VolumeRecord> {
        let o = VolumeCreateOptions {
            name: Some(name.to_string()),
            ..Default::default()
        };
        // two rounds: a volume removed between our create's refusal and our read is made again
        for _ in 0..2 {
            match self.volume_create(&o) {
                Err(EngineError::Store(StoreError::VolumeExists(_))) => {}
                r => return r,
            }
            match self.volumes().load(name) {
                Err(StoreError::NoSuchVolume(_)) => continue,
                r => return Ok(r?),
            }
        }
        Err(EngineError::conflict(format!(
            "volume {name} is being created and removed by others: try again"
        )))
    }

    /// A new anonymous volume (`-v /path`, an image's VOLUME): removed with its container.
    // called by run/create's volume wiring
    #[allow(dead_code)]
    pub fn volume_create_anonymous(&self) -> Result<VolumeRecord> {
        self.volume_create(&VolumeCreateOptions {
            anonymous: true,
            ..Default::default()
        })
    }

    /// The record `volume_create` writes for `o`, its options checked as podman checks them.
    fn volume_record(&self, o: &VolumeCreateOptions) -> Result<VolumeRecord> {
        let name = o
            .name
            .clone()
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| crate::image::random_hex(32));
        if !crate::store::container::valid_name(&name) {
            return Err(StoreError::BadVolumeName(name).into());
        }
        let driver = if o.driver.is_empty() {
            "local".to_string()
        } else {
            o.driver.clone()
        };
        if driver != "local" {
            return Err(EngineError::not_found(format!("volume {name} uses volume plugin {driver} but it could not be retrieved: no volume plugin with name {driver} available: required plugin missing")));
        }
        let mut rec = VolumeRecord {
            mountpoint: self.volumes().data_dir(&name),
            name,
            driver,
            created_at: now_rfc3339(),
            labels: o.labels.clone(),
            anonymous: o.anonymous,
            ..Default::default()
        };
        parse_local_options(&o.options, &mut rec)?;
        rec.needs_copy_up = !rec.options.contains_key("nocopy");
        rec.needs_chown = rec.uid.is_none() && rec.gid.is_none();
        Ok(rec)
    }

    /// A volume by name or unique prefix.
    pub fn volume(&self, reference: &str) -> Result<VolumeRecord> {
        let v = self.volumes();
        Ok(v.load(&v.lookup(reference)?)?)
    }

    pub fn volume_exists(&self, reference: &str) -> bool {
        self.volumes().exists(reference)
    }

    /// `volume inspect`'s view of a record.
    pub fn volume_inspect(&self, rec: &VolumeRecord) -> VolumeInspect {
        VolumeInspect {
            name: rec.name.clone(),
            driver: rec.driver.clone(),
            mountpoint: rec.mountpoint.display().to_string(),
            created_at: rec.created_at.clone(),
            labels: rec.labels.clone(),
            scope: "local".into(),
            options: rec.options.clone(),
            uid: rec.uid,
            gid: rec.gid,
            anonymous: rec.anonymous,
            mount_count: self.volumes().mount_count(&rec.name),
            needs_copy_up: rec.needs_copy_up,
            needs_chown: rec.needs_chown,
        }
    }

    /// `volume ls`: the volumes matching every filter key (values of one key ORed), sorted by
    /// name, and a warning for each volume whose record cannot be read.
    pub fn volume_list(&self, filters: &[String]) -> Result<(Vec<VolumeRecord>, Vec<String>)> {
        let f = VolumeFilters::parse(self, filters, false)?;
        let (recs, damaged) = self.volumes().list()?;
        let users = if f.needs_users() {
            self.volume_users_map()?
        } else {
            HashMap::new()
        };
        let out = recs.into_iter().filter(|r| f.matches(r, &users)).collect();
        let warnings = damaged
            .into_iter()
            .map(|(n, e)| format!("volume {n}: {e}"))
            .collect();
        Ok((out, warnings))
    }

    /// The ids of the containers that use volume `name` (their record's `config.volumes`).
    pub fn volume_users(&self, name: &str) -> Result<Vec<String>> {
        Ok(self.volume_users_map()?.remove(name).unwrap_or_default())
    }

    /// Every used volume's users, from one read of the container records.
    fn volume_users_map(&self) -> Result<HashMap<String, Vec<String>>> {
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        for c in self.containers.list_volume_refs()? {
            for v in c.config.volumes {
                map.entry(v).or_default().push(c.id.clone());
            }
        }
        Ok(map)
    }

    /// `volume rm`: refused while a container uses it, unless `force`, which removes those
    /// containers first (stopped with `timeout`). Returns the volume's name.
    pub fn volume_remove(
        &self,
        reference: &str,
        force: bool,
        timeout: Option<u32>,
    ) -> Result<String> {
        let v = self.volumes();
        let name = v.lookup(reference)?;
        let users = self.volume_users(&name)?;
        if !users.is_empty() {
            if !force {
                return Err(StoreError::VolumeInUse {
                    name,
                    users: users.join(", "),
                }
                .into());
            }
            let o = RemoveOptions {
                force: true,
                timeout,
                depend: false,
                volumes: false,
            };
            for id in users {
                match self.remove_with(&id, &o) {
                    Err(EngineError::Store(StoreError::NoSuchContainer(_))) => {}
                    r => {
                        r.map_err(|e| {
                            EngineError::failed(format!(
                                "removing container {id} that depends on volume {name}: {e}"
                            ))
                        })?;
                    }
                }
            }
        }
        self.volume_remove_unused(&name)?;
        Ok(name)
    }

    /// `volume_remove_unused`, for the other volume modules.
    pub(super) fn volume_remove_unused_pub(&self, name: &str) -> Result<()> {
        self.volume_remove_unused(name)
    }

    /// Remove volume `name`, which nothing uses: unmounted if mounted, its directory taken
    /// out of the store in one rename, then deleted without following any link in it.
    fn volume_remove_unused(&self, name: &str) -> Result<()> {
        let v = self.volumes();
        // create records a container's volumes under their locks: checked again under it,
        // no container can have taken this one since
        let _g = v.lock(name)?;
        let rec = v.load(name)?;
        let users = self.volume_users(name)?;
        if !users.is_empty() {
            return Err(StoreError::VolumeInUse {
                name: name.to_string(),
                users: users.join(", "),
            }
            .into());
        }
        if v.mount_count(name) > 0 || super::volume_data::is_mounted(&rec.mountpoint) {
            super::volume_data::unmount(&rec)?;
        }
        let trash = v.detach_locked(name)?;
        self.volume_event("remove", name);
        crate::store::container::remove_dir(&trash).map_err(|e| {
            EngineError::failed(format!("cleaning up volume storage for {name:?}: {e}"))
        })
    }

    /// Remove those of `names` that are anonymous and that no other container uses (`rm -v`,
    /// `run --rm`; the caller's container is removed first); named volumes stay. The errors
    /// of those that could not go.
    pub fn volumes_remove_anonymous(&self, names: &[String]) -> Vec<EngineError> {
        let mut errors = vec![];
        for name in names {
            match self.volumes().load(name) {
                Ok(rec) if rec.anonymous => match self.volume_remove_unused(name) {
                    Ok(())
                    | Err(EngineError::Store(
                        StoreError::NoSuchVolume(_) | StoreError::VolumeInUse { .. },
                    )) => {}
                    Err(e) => errors.push(e),
                },
                Ok(_) | Err(StoreError::NoSuchVolume(_)) => {}
                Err(e) => errors.push(e.into()),
            }
        }
        errors
    }

    /// The volumes `volume prune` would remove: unused ones matching `filters`.
    pub fn volume_prune_candidates(&self, filters: &[String]) -> Result<Vec<String>> {
        let f = VolumeFilters::parse(self, filters, true)?;
        let users = self.volume_users_map()?;
        let (recs, _) = self.volumes().list()?;
        Ok(recs
            .into_iter()
            .filter(|r| !users.contains_key(&r.name) && f.matches(r, &users))
            .map(|r| r.name)
            .collect())
    }

    /// `volume prune`: remove the unused volumes matching `filters`; their names, and the
    /// errors of those that could not go.
    pub fn volume_prune(&self, filters: &[String]) -> Result<(Vec<String>, Vec<EngineError>)> {
        let mut removed = vec![];
        let mut errors = vec![];
        for name in self.volume_prune_candidates(filters)? {
            // a container may have taken it since
            if !self.volume_users(&name)?.is_empty() {
                continue;
            }
            match self.volume_remove_unused(&name) {
                Ok(()) => {
                    self.volume_event("prune", &name);
                    removed.push(name);
                }
                Err(EngineError::Store(StoreError::NoSuchVolume(_))) => {}
                Err(e) => errors.push(e),
            }
        }
        Ok((removed, errors))
    }

    /// Record a volume event (never fails the verb).
    pub fn volume_event(&self, status: &str, name: &str) {
        crate::store::events::record(&self.paths, &[Event::volume(status, name)]);
    }
}

/// podman's parsing of the local driver's options: o's uid, gid, size, inodes, noquota and
/// timeout become options (UID, GID, SIZE, INODES, NOQUOTA) of their own.
fn parse_local_options(opts: &[(String, String)], rec: &mut VolumeRecord) -> Result<()> {
    for (key, value) in opts {
        let lower = key.to_ascii_lowercase();
        if !LOCAL_KEYS.contains(&lower.as_str()) {
            return Err(EngineError::invalid(format!(
                "invalid mount option {key} for driver 'local': invalid argument"
            )));
        }
        if lower != "o" {
            rec.options.insert(key.clone(), value.clone());
            continue;
        }
        let mut kept = vec![];
        for o in value.split(',').filter(|o| !o.is_empty()) {
            let (k, v) = match o.split_once('=') {
                Some((k, v)) => (k.to_ascii_lowercase(), Some(v)),
                None => (o.to_ascii_lowercase(), None),
            };
            let id = |what: &str| -> Result<u32> {
                let v = v.ok_or_else(|| {
                    EngineError::invalid(format!(
                        "{} option must provide a {what}: invalid argument",
                        what.to_ascii_lowercase()
                    ))
                })?;
                v.parse().map_err(|_| {
                    EngineError::invalid(format!("cannot convert {what} {v} to integer"))
                })
            };
            match k.as_str() {
                "uid" => {
                    rec.uid = Some(id("UID")?);
                    rec.options.insert("UID".into(), v.unwrap_or("").into());
                    kept.push(o);
                }
                "gid" => {
                    rec.gid = Some(id("GID")?);
                    rec.options.insert("GID".into(), v.unwrap_or("").into());
                    kept.push(o);
                }
                "size" => {
                    let v = v.unwrap_or("");
                    super::volume_data::parse_size(v).ok_or_else(|| {
                        EngineError::invalid(format!("cannot convert size {v} to integer"))
                    })?;
                    rec.options.insert("SIZE".into(), v.into());
                    kept.push(o);
                }
                "inodes" => {
                    let v = v.unwrap_or("");
                    v.parse::<u64>().map_err(|_| {
                        EngineError::invalid(format!("cannot convert inodes {v} to integer"))
                    })?;
                    rec.options.insert("INODES".into(), v.into());
                    kept.push(o);
                }
                "noquota" => {
                    rec.options.insert("NOQUOTA".into(), "true".into());
                }
                "timeout" => {}
                _ => kept.push(o),
            }
        }
        if !kept.is_empty() {
            rec.options.insert(key.clone(), kept.join(","));
        }
    }
    super::volume_data::check_mount_options(rec)
}

/// The filters of `volume ls` (and, fewer, of `volume prune`), as podman's.
struct VolumeFilters {
    keys: Vec<(String, Vec<String>)>,
    until: Option<DateTime<FixedOffset>>,
    after: Option<DateTime<FixedOffset>>,
}

impl VolumeFilters {
    fn parse(engine: &Engine, filters: &[String], prune: bool) -> Result<VolumeFilters> {
        let mut f = VolumeFilters {
            keys: vec![],
            until: None,
            after: None,
        };
        for spec in filters {
            let (k, v) = spec.split_once('=').ok_or_else(|| {
                EngineError::invalid(format!("invalid filter {spec:?}: use key=value"))
            })?;
            let allowed: &[&str] = if prune {
                &["label", "label!", "until", "after", "since"]
            } else {
                &[
                    "name", "driver", "scope", "label", "label!", "opt", "until", "dangling",
                    "after", "since",
                ]
            };
            if !allowed.contains(&k) {
                return Err(EngineError::invalid(format!(
                    "{k:?} is an invalid volume filter"
                )));
            }
            match k {
                "until" => f.until = Some(super::events::parse_time(v)?),
                "after" | "since" => {
                    let t = created(&engine.volume(v)?);
                    f.after = match (f.after, t) {
                        (Some(a), Some(t)) => Some(a.min(t)),
                        (a, t) => a.or(t),
                    };
                }
                "dangling"
                    if !["true", "1", "false", "0"].contains(&v.to_ascii_lowercase().as_str()) =>
                {
                    return Err(EngineError::invalid(format!(
                        "{v:?} is not a valid value for the \"dangling\" filter - must be true or false"
                    )));
                }
                "name" => {
                    regex::Regex::new(v).map_err(|e| {
                        EngineError::invalid(format!("invalid name filter {v:?}: {e}"))
                    })?;
                    f.push(k, v);
                }
                _ => f.push(k, v),
            }
        }
        Ok(f)
    }

    fn push(&mut self, k: &str, v: &str) {
        match self.keys.iter_mut().find(|(key, _)| key == k) {
            Some((_, vals)) => vals.push(v.to_string()),
            None => self.keys.push((k.to_string(), vec![v.to_string()])),
        }
    }

    fn needs_users(&self) -> bool {
        self.keys.iter().any(|(k, _)| k == "dangling")
    }

    fn matches(&self, r: &VolumeRecord, users: &HashMap<String, Vec<String>>) -> bool {
        let t = created(r);
        if let Some(u) = self.until {
            if t.is_none_or(|t| t >= u) {
                return false;
            }
        }
        if let Some(a) = self.after {
            if t.is_none_or(|t| t <= a) {
                return false;
            }
        }
        self.keys.iter().all(|(k, vals)| match k.as_str() {
            // several label filters must all hold (podman's MatchLabelFilters)
            "label" => vals.iter().all(|l| label_matches(l, &r.labels)),
            "label!" => !vals.iter().all(|l| label_matches(l, &r.labels)),
            _ => vals.iter().any(|v| key_matches(k, v, r, users)),
        })
    }
}

fn key_matches(k: &str, v: &str, r: &VolumeRecord, users: &HashMap<String, Vec<String>>) -> bool {
    match k {
        "name" => regex::Regex::new(v).is_ok_and(|re| re.is_match(&r.name)),
        "driver" => r.driver == v,
        "scope" => v == "local",
        "opt" => {
            let (ok, ov) = v.split_once('=').unwrap_or((v, ""));
            r.options
                .iter()
                .any(|(k, val)| k == ok && (ov.is_empty() || val == ov))
        }
        "dangling" => {
            let dangling = !users.contains_key(&r.name);
            dangling == matches!(v.to_ascii_lowercase().as_str(), "true" | "1")
        }
        _ => false,
    }
}

/// `key` (set) or `key=value` (set to that value).
pub(super) fn label_matches(spec: &str, labels: &BTreeMap<String, String>) -> bool {
    match spec.split_once('=') {
        Some((k, v)) => labels.get(k).is_some_and(|x| v.is_empty() || x == v),
        None => labels.contains_key(spec),
    }
}

fn created(r: &VolumeRecord) -> Option<DateTime<FixedOffset>> {
    DateTime::parse_from_rfc3339(&r.created_at).ok()
}
