//! `ps`: containers as podman lists them. Reads only the small record files, and /proc for
//! the liveness of supervisors, so it stays fast with thousands of containers.

use super::damaged::remedy;
use super::error::{EngineError, Result};
use super::lifecycle::effective_status;
use super::select::ContainerFilters;
use super::size::ContainerSize;
use super::{short_id, Engine};
use crate::store::container::SummaryConfig;
use crate::store::{ContainerStatus, ContainerSummary, Damaged};
use serde_json::{json, Value};

#[derive(Debug, Clone, Default)]
pub struct PsOptions {
    pub all: bool,
    pub latest: bool,
    pub last: Option<usize>,
    pub filters: Vec<String>,
    /// compute each container's sizes (`--size`)
    pub size: bool,
    /// read each running container's namespaces (`--ns`)
    pub namespaces: bool,
    /// podman's `--sort` key; none keeps the newest first
    pub sort: Option<String>,
}

/// One listed container: its record and its effective status.
pub struct PsEntry {
    pub rec: ContainerSummary,
    pub status: ContainerStatus,
    pub error: Option<String>,
    /// the record cannot be read: `rec` holds only the id and name, `status` says whether
    /// its supervisor runs
    pub damaged: bool,
    /// with `PsOptions::size`
    pub size: Option<ContainerSize>,
    /// with `PsOptions::namespaces`: podman's keys (Cgroup, Ipc, Mnt, Net, Pidns, User, Uts)
    /// and the namespaces' inode numbers, for a running container
    pub namespaces: Option<Vec<(&'static str, String)>>,
}

/// Go's units.HumanDuration, as podman prints durations.
pub fn human_duration(secs: i64) -> String {
    let s = secs.max(0);
    if s < 1 {
        return "Less than a second".into();
    }
    if s == 1 {
        return "1 second".into();
    }
    if s < 60 {
        return format!("{s} seconds");
    }
    let m = s / 60;
    if m == 1 {
        return "About a minute".into();
    }
    if m < 60 {
        return format!("{m} minutes");
    }
    let h = (s as f64 / 3600.0).round() as i64;
    if h == 1 {
        return "About an hour".into();
    }
    if h < 48 {
        return format!("{h} hours");
    }
    if h < 24 * 14 {
        return format!("{} days", h / 24);
    }
    if h < 24 * 7 * 12 {
        return format!("{} weeks", h / 24 / 7);
    }
    if h < 24 * 365 * 2 {
        return format!("{} months", h / 24 / 30);
    }
    format!("{} years", h / 24 / 365)
}

pub fn parse_time(s: &str) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    chrono::DateTime::parse_from_rfc3339(s).ok()
}

pub fn ago(s: &str) -> i64 {
    parse_time(s)
        .map(|t| (chrono::Utc::now() - t.with_timezone(&chrono::Utc)).num_seconds())
        .unwrap_or(0)
}

pub fn unix(s: &str) -> i64 {
    parse_time(s).map(|t| t.timestamp()).unwrap_or(0)
}

impl PsEntry {
    /// podman's STATUS column
    pub fn status_text(&self) -> String {
        let st = &self.rec.state;
        if self.damaged {
            return format!(
                "Record damaged{}: rcon rm -f {} or rcon system check --repair",
                if self.status.is_active() {
                    " (running)"
                } else {
                    ""
                },
                short_id(&self.rec.id)
            );
        }
        match self.status {
            ContainerStatus::Running | ContainerStatus::Stopping => format!(
                "Up {}",
                human_duration(ago(st.started_at.as_deref().unwrap_or("")))
            ),
            ContainerStatus::Paused => format!(
                "Up {} (Paused)",
                human_duration(ago(st.started_at.as_deref().unwrap_or("")))
            ),
            ContainerStatus::Exited => format!(
                "Exited ({}) {} ago",
                st.exit_code.unwrap_or(-1),
                human_duration(ago(st.finished_at.as_deref().unwrap_or("")))
            ),
            ContainerStatus::Created if st.initialized => "Initialized".into(),
            ContainerStatus::Created => "Created".into(),
        }
    }

    /// podman's State: "unknown" for a container whose record cannot be read
    pub fn state_word(&self) -> &'static str {
        if self.damaged {
            "unknown"
        } else if self.status == ContainerStatus::Created && self.rec.state.initialized {
            "initialized"
        } else {
            self.status.as_str()
        }
    }

    /// A container whose record cannot be read, as far as it is known without it.
    fn damaged(d: Damaged, running: bool) -> PsEntry {
        let created = d
            .created
            .map(|t| chrono::DateTime::<chrono::Utc>::from(t).to_rfc3339())
            .unwrap_or_default();
        PsEntry {
            rec: ContainerSummary {
                id: d.id,
                name: d.names.into_iter().next().unwrap_or_default(),
                created,
                config: SummaryConfig {
                    image: String::new(),
                    image_id: String::new(),
                    args: vec![],
                    labels: Default::default(),
                    auto_remove: false,
                    mounts: vec![],
                },
                state: Default::default(),
            },
            status: if running {
                ContainerStatus::Running
            } else {
                ContainerStatus::Exited
            },
            error: Some(d.problem),
            damaged: true,
            size: None,
            namespaces: None,
        }
    }

    pub fn command_text(&self) -> String {
        self.rec.config.args.join(" ")
    }

    fn command_column(&self, no_trunc: bool) -> String {
        let cmd = self.command_text();
        if no_trunc || cmd.chars().count() <= 20 {
            cmd
        } else {
            format!("{}…", cmd.chars().take(19).collect::<String>())
        }
    }

    /// A row of `ps`'s default table (tab-separated), the same as its template would make.
    pub fn table_row(&self, no_trunc: bool) -> String {
        let r = &self.rec;
        format!(
            "{}\t{}\t{}\t{} ago\t{}\t\t{}",
            if no_trunc { &r.id[..] } else { &r.id[..12] },
            r.config.image,
            self.command_column(no_trunc),
            human_duration(ago(&r.created)),
            self.status_text(),
            r.name
        )
    }

    /// The fields podman's `ps --format` templates use.
    pub fn template_data(&self, no_trunc: bool) -> Value {
        let r = &self.rec;
        json!({
            "ID": if no_trunc { r.id.clone() } else { r.id[..12].to_string() },
            "Image": r.config.image,
            "ImageID": r.config.image_id,
            "Command": self.command_column(no_trunc),
            "CreatedAt": r.created,
            "CreatedHuman": format!("{} ago", human_duration(ago(&r.created))),
            "Created": format!("{} ago", human_duration(ago(&r.created))),
            "RunningFor": format!("{} ago", human_duration(ago(&r.created))),
            "Status": self.status_text(),
            "State": self.state_word(),
            "Names": r.name,
            "Ports": "",
            "Labels": r.config.labels,
            "Pid": r.state.pid,
            "ExitCode": r.state.exit_code.unwrap_or(0),
            "Mounts": super::mounts::mount_destinations(&r.config.mounts),
            "Networks": "",
            "Size": self.size.map(|s| format!("{} (virtual {})", size_g3(s.rw), size_g3(s.root_fs))).unwrap_or_default(),
            "Pod": "",
            "PodName": "",
            "AutoRemove": r.config.auto_remove,
            "Exited": self.status == ContainerStatus::Exited,
            "ExitedAt": r.state.finished_at.as_deref().map(unix).unwrap_or(0),
            "StartedAt": r.state.started_at.as_deref().map(unix).unwrap_or(0),
            "IsInfra": false,
            "Restarts": r.state.restart_count,
            "Namespaces": self.namespaces_json(),
            // podman rewrites `.Namespaces.X` to these
            "Cgroup": self.ns("Cgroup"),
            "IPC": self.ns("Ipc"),
            "MNT": self.ns("Mnt"),
            "NET": self.ns("Net"),
            "PIDNS": self.ns("Pidns"),
            "User": self.ns("User"),
            "UTS": self.ns("Uts"),
        })
    }

    fn ns(&self, key: &str) -> String {
        self.namespaces
            .iter()
            .flatten()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    fn namespaces_json(&self) -> Value {
        Value::Object(
            self.namespaces
                .iter()
                .flatten()
                .map(|(k, v)| (k.to_string(), Value::from(v.clone())))
                .collect(),
        )
    }

    /// `ps --format json`, shaped like podman's.
    pub fn json(&self) -> Value {
        let r = &self.rec;
        let st = &r.state;
        json!({
            "AutoRemove": r.config.auto_remove,
            "Command": r.config.args,
            "Created": unix(&r.created),
            "CreatedAt": format!("{} ago", human_duration(ago(&r.created))),
            "Exited": self.status == ContainerStatus::Exited,
            "ExitedAt": st.finished_at.as_deref().map(unix).unwrap_or(0),
            "ExitCode": st.exit_code.unwrap_or(0),
            "Id": r.id,
            "Image": r.config.image,
            "ImageID": r.config.image_id,
            "IsInfra": false,
            "Labels": r.config.labels,
            "Mounts": super::mounts::mount_destinations(&r.config.mounts),
            "Names": [r.name],
            "Namespaces": self.namespaces_json(),
            "Networks": [],
            "Pid": if self.status.is_active() { st.pid } else { 0 },
            "Pod": "",
            "PodName": "",
            "Ports": null,
            "Size": self.size.map(|s| json!({"rootFsSize": s.root_fs, "rwSize": s.rw})),
            "StartedAt": st.started_at.as_deref().map(unix).unwrap_or(0),
            "State": self.state_word(),
            "Status": if self.damaged { self.status_text() } else { self.error.clone().unwrap_or_default() },
        })
    }
}

impl Engine {
    /// `--filter`s parsed against the store: before=/since= name containers of `entries`,
    /// ancestor= images (by name, id or id prefix).
    fn container_filters(&self, specs: &[String], entries: &[PsEntry]) -> Result<ContainerFilters> {
        let created_of = |v: &str| -> Result<chrono::DateTime<chrono::Utc>> {
            let id = self.containers.lookup(v)?;
            entries
                .iter()
                .find(|e| e.rec.id == id)
                .and_then(|e| parse_time(&e.rec.created))
                .map(|t| t.with_timezone(&chrono::Utc))
                .ok_or_else(|| {
                    EngineError::not_found(format!(
                        "no container with name or ID \"{v}\" found: no such container"
                    ))
                })
        };
        let images = if specs.iter().any(|f| f.starts_with("ancestor=")) {
            self.images.list()?
        } else {
            vec![]
        };
        let ancestors = |v: &str| -> Vec<String> {
            let mut out = vec![v.to_string()];
            for i in &images {
                let named = i.names.iter().any(|n| {
                    n == v || n.ends_with(&format!("/{v}")) || n.ends_with(&format!("/{v}:latest"))
                });
                if named || i.id.starts_with(v) {
                    out.push(i.id.clone());
                    out.extend(i.names.iter().cloned());
                }
            }
            out
        };
        ContainerFilters::parse(specs, &created_of, &ancestors)
    }

    pub fn ps(&self, o: &PsOptions) -> Result<Vec<PsEntry>> {
        Ok(self.ps_warning(o)?.0)
    }

    /// `ps`, and a warning for every container whose record cannot be read (such a container
    /// is listed too, never hidden).
    pub fn ps_warning(&self, o: &PsOptions) -> Result<(Vec<PsEntry>, Vec<String>)> {
        let (summaries, damaged) = self.containers.list_summaries()?;
        let warnings = damaged
            .iter()
            .map(|d| {
                format!(
                    "container {}: {}: {}",
                    short_id(&d.id),
                    d.problem,
                    remedy(&d.id)
                )
            })
            .collect();
        let mut entries: Vec<PsEntry> = summaries
            .into_iter()
            .map(|rec| {
                let (status, error) = effective_status(&rec);
                PsEntry {
                    rec,
                    status,
                    error,
                    damaged: false,
                    size: None,
                    namespaces: None,
                }
            })
            .collect();
        for d in damaged {
            let running = self.runs_unrecorded(&d.id);
            entries.push(PsEntry::damaged(d, running));
        }
        entries.sort_by(|a, b| b.rec.created.cmp(&a.rec.created));
        let show_all = o.all || o.latest || o.last.is_some() || !o.filters.is_empty();
        if !show_all {
            entries.retain(|e| e.status.is_active());
        }
        if !o.filters.is_empty() {
            let filters = self.container_filters(&o.filters, &entries)?;
            entries.retain(|e| filters.matches(e));
        }
        if o.latest {
            entries.truncate(1);
        }
        if let Some(n) = o.last {
            entries.truncate(n);
        }
        self.ps_details(o, &mut entries)?;
        Ok((entries, warnings))
    }
}

/// Go's units.HumanSizeWithPrecision(n, 3), as `ps --size` prints sizes: `1.23MB`.
fn size_g3(n: u64) -> String {
    super::images::go_size(n, 3)
}

/// podman's `--sort` keys.
const SORT_KEYS: [&str; 8] = [
    "command",
    "created",
    "id",
    "image",
    "names",
    "runningfor",
    "size",
    "status",
];

impl Engine {
    /// `--size`, `--ns` and `--sort` on the listed entries.
    fn ps_details(&self, o: &PsOptions, entries: &mut [PsEntry]) -> Result<()> {
        if let Some(key) = &o.sort {
            if !SORT_KEYS.contains(&key.as_str()) {
                return Err(EngineError::invalid(
                    "invalid option for --sort, options are: command, created, id, image, names, runningfor, size, or status",
                ));
            }
        }
        for e in entries.iter_mut().filter(|e| !e.damaged) {
            if o.size {
                e.size = self
                    .containers
                    .load(&e.rec.id)
                    .ok()
                    .map(|rec| self.container_size(&rec));
            }
            if o.namespaces {
                e.namespaces = Some(match e.status.is_active() {
                    true => namespaces_of(e.rec.state.pid),
                    false => vec![],
                });
            }
        }
        // podman's comparisons: ascending (created oldest first, runningfor by start)
        match o.sort.as_deref() {
            Some("command") => entries.sort_by_key(|e| e.command_text()),
            Some("created") => entries.sort_by(|a, b| a.rec.created.cmp(&b.rec.created)),
            Some("id") => entries.sort_by(|a, b| a.rec.id.cmp(&b.rec.id)),
            Some("image") => entries.sort_by(|a, b| a.rec.config.image.cmp(&b.rec.config.image)),
            Some("names") => entries.sort_by(|a, b| a.rec.name.cmp(&b.rec.name)),
            Some("runningfor") => {
                entries.sort_by_key(|e| e.rec.state.started_at.as_deref().map(unix).unwrap_or(0))
            }
            Some("size") => entries.sort_by_key(|e| e.size.map(|s| s.root_fs)),
            Some("status") => entries.sort_by_key(|e| e.state_word()),
            _ => {}
        }
        Ok(())
    }
}

/// The inode numbers of a process's namespaces, under podman's `ps --ns` keys.
fn namespaces_of(pid: i32) -> Vec<(&'static str, String)> {
    [
        ("Cgroup", "cgroup"),
        ("Ipc", "ipc"),
        ("Mnt", "mnt"),
        ("Net", "net"),
        ("Pidns", "pid"),
        ("User", "user"),
        ("Uts", "uts"),
    ]
    .into_iter()
    .filter_map(|(key, ns)| {
        let link = std::fs::read_link(format!("/proc/{pid}/ns/{ns}")).ok()?;
        let link = link.to_string_lossy();
        let inode = link.split_once('[')?.1.trim_end_matches(']');
        Some((key, inode.to_string()))
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::human_duration;

    #[test]
    fn durations() {
        assert_eq!(human_duration(0), "Less than a second");
        assert_eq!(human_duration(5), "5 seconds");
        assert_eq!(human_duration(61), "About a minute");
        assert_eq!(human_duration(600), "10 minutes");
        assert_eq!(human_duration(3700), "About an hour");
        assert_eq!(human_duration(7 * 3600), "7 hours");
        assert_eq!(human_duration(3 * 86400), "3 days");
    }
}
