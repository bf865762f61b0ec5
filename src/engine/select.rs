//! Which containers a verb acts on: names or ids, `--all`, `-l/--latest`, `--cidfile` (each
//! file holds one id) and podman's container `--filter`s, resolved in one place for every
//! verb (stop, kill, pause, restart, rm, start, wait, prune, ps and the `--latest` of the
//! others).

use super::error::{EngineError, Result};
use super::ps::{PsEntry, PsOptions};
use super::Engine;
use crate::store::ContainerStatus;
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// What the user named on the command line.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    pub names: Vec<String>,
    pub all: bool,
    pub latest: bool,
    pub cidfiles: Vec<PathBuf>,
    pub filters: Vec<String>,
    /// a cidfile that does not exist is skipped (`--ignore`)
    pub ignore: bool,
}

/// One container to act on: `reference` is what the verb looks up; `input` what it prints
/// (podman prints the name as given, or the full id when it chose the container).
#[derive(Debug, Clone)]
pub struct Target {
    pub reference: String,
    pub input: String,
}

/// Which containers `--all` means for a verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AllScope {
    /// every container (rm, start, restart)
    Every,
    /// those running or paused, with a readable record (stop, kill, pause)
    Running,
    /// those paused (unpause)
    Paused,
}

impl Selection {
    /// podman's checks of names against --all, --latest and --cidfile, in its words.
    fn validate(&self) -> Result<()> {
        let bad = |m: &str| Err(EngineError::invalid(m.to_string()));
        let has_ids = !self.cidfiles.is_empty();
        if has_ids && (self.all || self.latest) {
            return bad("--all, --latest, and --cidfile cannot be used together");
        }
        if self.all && self.latest {
            return bad("--all and --latest cannot be used together");
        }
        if !self.names.is_empty() {
            if self.all {
                return bad("no arguments are needed with --all");
            }
            if self.latest {
                return bad("--latest and containers cannot be used together");
            }
            if has_ids {
                return bad("--cidfile and containers cannot be used together");
            }
        }
        if self.names.is_empty() && !self.all && !self.latest && !has_ids && self.filters.is_empty()
        {
            return bad("you must provide at least one name or id");
        }
        Ok(())
    }
}

impl Engine {
    /// The containers a selection names, in the order podman acts on them.
    pub fn select(&self, s: &Selection, scope: AllScope) -> Result<Vec<Target>> {
        s.validate()?;
        let chosen = |e: &PsEntry| Target {
            reference: e.rec.id.clone(),
            input: e.rec.id.clone(),
        };
        if !s.filters.is_empty() {
            let entries = self.ps(&PsOptions {
                all: true,
                filters: s.filters.clone(),
                ..Default::default()
            })?;
            let named: Vec<String> = s
                .names
                .iter()
                .filter_map(|n| self.containers.lookup(n).ok())
                .collect();
            return Ok(entries
                .iter()
                .filter(|e| s.names.is_empty() || named.contains(&e.rec.id))
                .map(chosen)
                .collect());
        }
        if s.latest {
            return Ok(self.latest()?.iter().map(chosen).collect());
        }
        if s.all {
            let entries = self.ps(&PsOptions {
                all: true,
                ..Default::default()
            })?;
            return Ok(entries
                .iter()
                .filter(|e| match scope {
                    AllScope::Every => true,
                    AllScope::Running => !e.damaged && e.status.is_active(),
                    AllScope::Paused => !e.damaged && e.status == ContainerStatus::Paused,
                })
                .map(chosen)
                .collect());
        }
        let mut out = vec![];
        for f in &s.cidfiles {
            match std::fs::read_to_string(f) {
                Ok(id) => {
                    let id = id.trim().to_string();
                    out.push(Target {
                        reference: id.clone(),
                        input: id,
                    });
                }
                Err(e) if s.ignore && e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => {
                    return Err(EngineError::failed(format!(
                        "reading CIDFile: open {}: {}",
                        f.display(),
                        e.to_string().to_lowercase()
                    )))
                }
            }
        }
        out.extend(s.names.iter().map(|n| Target {
            reference: n.clone(),
            input: n.clone(),
        }));
        Ok(out)
    }

    /// `-l/--latest`: the container created last, as podman's "no containers to act on"
    /// error when there is none.
    pub fn latest(&self) -> Result<Option<PsEntry>> {
        let mut entries = self.ps(&PsOptions {
            all: true,
            latest: true,
            ..Default::default()
        })?;
        if entries.is_empty() {
            return Err(EngineError::not_found(
                "no containers to get latest: no such container",
            ));
        }
        Ok(entries.pop())
    }

    /// The reference a verb taking one container acts on: the name given, or `--latest`'s.
    pub fn one_container(&self, name: Option<&str>, latest: bool) -> Result<String> {
        match (name, latest) {
            (Some(_), true) => Err(EngineError::invalid(
                "--latest and containers cannot be used together",
            )),
            (Some(n), false) => Ok(n.to_string()),
            (None, true) => Ok(self.latest()?.map(|e| e.rec.id).unwrap_or_default()),
            (None, false) => Err(EngineError::invalid(
                "you must provide at least one name or id",
            )),
        }
    }
}

/// podman's container filters, parsed once: values of one key are alternatives (any may
/// match), except `label` (all must) and `label!` (none may); keys all must match.
pub struct ContainerFilters {
    tests: Vec<Test>,
}

enum Test {
    Names(Vec<regex::Regex>),
    Ids(Vec<String>),
    Labels(Vec<String>),
    NotLabels(Vec<String>),
    Status(Vec<String>),
    Exited(Vec<i32>),
    Ancestor(Vec<String>),
    CreatedBefore(DateTime<Utc>),
    CreatedAfter(DateTime<Utc>),
    /// volumes, networks, pods and health checks do not exist yet: no container matches
    Nothing,
    /// restart-policy=none: no container has a restart policy yet
    Everything,
}

/// The keys each verb's `--filter` knows.
pub const PRUNE_KEYS: &[&str] = &["label", "label!", "until"];

const STATUSES: &[&str] = &[
    "created",
    "running",
    "paused",
    "exited",
    "stopping",
    "stopped",
    "unknown",
    "configured",
    "removing",
];

impl ContainerFilters {
    /// `specs` as `key=value`; `created_of` gives the creation time of a container named in
    /// before= and since=; `ancestors` expands an image reference into the ids and names to
    /// compare with the container's image.
    pub fn parse(
        specs: &[String],
        created_of: &dyn Fn(&str) -> Result<DateTime<Utc>>,
        ancestors: &dyn Fn(&str) -> Vec<String>,
    ) -> Result<ContainerFilters> {
        let mut by_key: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for f in specs {
            let (k, v) = f.split_once('=').ok_or_else(|| {
                EngineError::invalid(format!("invalid filter \"{f}\": use KEY=VALUE"))
            })?;
            by_key.entry(k).or_default().push(v);
        }
        let mut tests = vec![];
        for (k, vs) in by_key {
            let own = |v: &&str| v.to_string();
            tests.push(match k {
                "name" => Test::Names(
                    vs.iter()
                        .map(|v| {
                            regex::Regex::new(v).map_err(|e| {
                                EngineError::invalid(format!("invalid name filter \"{v}\": {e}"))
                            })
                        })
                        .collect::<Result<_>>()?,
                ),
                "id" => Test::Ids(vs.iter().map(own).collect()),
                "label" => Test::Labels(vs.iter().map(own).collect()),
                "label!" => Test::NotLabels(vs.iter().map(own).collect()),
                "status" => {
                    if let Some(v) = vs.iter().find(|v| !STATUSES.contains(v)) {
                        return Err(EngineError::invalid(format!("{v} is not a valid status")));
                    }
                    Test::Status(vs.iter().map(own).collect())
                }
                "exited" => Test::Exited(
                    vs.iter()
                        .map(|v| {
                            v.parse().map_err(|_| {
                                EngineError::invalid(format!(
                                    "exited code out of range \"{v}\": strconv.ParseInt: parsing \"{v}\": invalid syntax"
                                ))
                            })
                        })
                        .collect::<Result<_>>()?,
                ),
                "ancestor" => Test::Ancestor(vs.iter().flat_map(|v| ancestors(v)).collect()),
                "before" => Test::CreatedBefore(earliest(vs.iter().map(|v| created_of(v)))?),
                "since" => Test::CreatedAfter(latest_of(vs.iter().map(|v| created_of(v)))?),
                "until" => Test::CreatedBefore(earliest(
                    vs.iter().map(|v| super::logs::parse_point(v)),
                )?),
                "volume" | "network" | "pod" => Test::Nothing,
                "health" => {
                    let ok = ["starting", "healthy", "unhealthy", "none"];
                    if let Some(v) = vs.iter().find(|v| !ok.contains(v)) {
                        return Err(EngineError::invalid(format!(
                            "'{v}' is not a valid health status"
                        )));
                    }
                    Test::Nothing
                }
                "restart-policy" => {
                    let ok = ["none", "no", "on-failure", "always", "unless-stopped"];
                    if let Some(v) = vs.iter().find(|v| !ok.contains(v)) {
                        return Err(EngineError::invalid(format!(
                            "{v} is an invalid restart policy"
                        )));
                    }
                    if vs.contains(&"none") {
                        Test::Everything
                    } else {
                        Test::Nothing
                    }
                }
                other => {
                    return Err(EngineError::invalid(format!(
                        "{other} is an invalid filter"
                    )))
                }
            });
        }
        Ok(ContainerFilters { tests })
    }

    /// Only the keys in `keys` (container prune knows fewer).
    pub fn check_keys(specs: &[String], keys: &[&str]) -> Result<()> {
        for f in specs {
            let k = f.split_once('=').map(|(k, _)| k).unwrap_or(f);
            if !keys.contains(&k) {
                return Err(EngineError::invalid(format!("{k} is an invalid filter")));
            }
        }
        Ok(())
    }

    pub fn matches(&self, e: &PsEntry) -> bool {
        self.tests.iter().all(|t| t.matches(e))
    }
}

fn earliest(ts: impl Iterator<Item = Result<DateTime<Utc>>>) -> Result<DateTime<Utc>> {
    let mut out: Option<DateTime<Utc>> = None;
    for t in ts {
        let t = t?;
        out = Some(out.map_or(t, |o| o.min(t)));
    }
    Ok(out.unwrap_or_default())
}

fn latest_of(ts: impl Iterator<Item = Result<DateTime<Utc>>>) -> Result<DateTime<Utc>> {
    let mut out: Option<DateTime<Utc>> = None;
    for t in ts {
        let t = t?;
        out = Some(out.map_or(t, |o| o.max(t)));
    }
    Ok(out.unwrap_or_default())
}

/// `key` (set) or `key=value` (set to that value), as podman's label filters.
fn label_matches(spec: &str, labels: &BTreeMap<String, String>) -> bool {
    match spec.split_once('=') {
        Some((k, v)) => labels.get(k).is_some_and(|x| v.is_empty() || x == v),
        None => labels.contains_key(spec),
    }
}

impl Test {
    fn matches(&self, e: &PsEntry) -> bool {
        let r = &e.rec;
        let created = || super::ps::parse_time(&r.created).map(|t| t.with_timezone(&Utc));
        match self {
            Test::Names(res) => res.iter().any(|re| re.is_match(&r.name)),
            Test::Ids(ids) => ids.iter().any(|i| r.id.starts_with(i.as_str())),
            Test::Labels(ls) => ls.iter().all(|l| label_matches(l, &r.config.labels)),
            Test::NotLabels(ls) => !ls.iter().any(|l| label_matches(l, &r.config.labels)),
            Test::Status(vs) => vs.iter().any(|v| {
                e.state_word() == v
                    || (v == "stopped" && !e.damaged && e.status == ContainerStatus::Exited)
            }),
            Test::Exited(codes) => {
                e.status == ContainerStatus::Exited
                    && r.state.exit_code.is_some_and(|c| codes.contains(&c))
            }
            Test::Ancestor(names) => names
                .iter()
                .any(|n| *n == r.config.image || *n == r.config.image_id),
            Test::CreatedBefore(t) => created().is_some_and(|c| c < *t),
            Test::CreatedAfter(t) => created().is_some_and(|c| c > *t),
            Test::Nothing => false,
            Test::Everything => true,
        }
    }
}
