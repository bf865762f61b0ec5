//! `ps`: containers as podman lists them. Reads only the small record files, and /proc for
//! the liveness of supervisors, so it stays fast with thousands of containers.

use super::damaged::remedy;
use super::error::{EngineError, Result};
use super::lifecycle::effective_status;
use super::select::ContainerFilters;
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
}

/// One listed container: its record and its effective status.
pub struct PsEntry {
    pub rec: ContainerSummary,
    pub status: ContainerStatus,
    pub error: Option<String>,
    /// the record cannot be read: `rec` holds only the id and name, `status` says whether
    /// its supervisor runs
    pub damaged: bool,
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
            "Size": "",
            "Pod": "",
            "PodName": "",
            "AutoRemove": r.config.auto_remove,
        })
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
            "Namespaces": {},
            "Networks": [],
            "Pid": if self.status.is_active() { st.pid } else { 0 },
            "Pod": "",
            "PodName": "",
            "Ports": null,
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
        Ok((entries, warnings))
    }
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
