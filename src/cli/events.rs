//! `events` and `system events`: the events log as podman prints it (a human line, JSON, or
//! a Go template per event).

use super::template::{parse_format, OutputFormat};
use crate::engine::events::EventsOptions;
use crate::engine::{Engine, EngineError};
use crate::store::events::Event;
use anyhow::Result;
use clap::{ArgAction, Args};
use std::io::Write;

#[derive(Args, Debug)]
pub struct EventsArgs {
    /// Filter output: container=, event=, image=, label=, type=, since=, until= (repeatable)
    #[arg(short, long, value_name = "FILTER")]
    filter: Vec<String>,
    /// json, or a Go template over the event's fields ({{.Status}}, {{.Name}}, {{.Time}})
    #[arg(long)]
    format: Option<String>,
    /// Do not truncate the output (default true)
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_value_t = true, default_missing_value = "true", require_equals = true)]
    no_trunc: bool,
    /// Show all events created since timestamp
    #[arg(long)]
    since: Option<String>,
    /// Stream new events as they happen (default true)
    #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_value_t = true, default_missing_value = "true", require_equals = true)]
    stream: bool,
    /// Show all events created until timestamp
    #[arg(long)]
    until: Option<String>,
}

pub fn events(engine: &Engine, a: &EventsArgs) -> Result<i32> {
    let format = match a.format.as_deref() {
        None => None,
        Some(f) => Some(parse_format(f).map_err(|e| EngineError::invalid(e.to_string()))?),
    };
    let opts = EventsOptions {
        filters: a.filter.clone(),
        since: a.since.clone(),
        until: a.until.clone(),
        stream: a.stream,
    };
    let mut stdout = std::io::stdout().lock();
    engine.events(&opts, &mut |e| {
        let line = match &format {
            Some(OutputFormat::Json) => serde_json::to_string(e)?,
            Some(OutputFormat::Template(t)) | Some(OutputFormat::Table(Some(t))) => t
                .render(&template_data(e))
                .map_err(|err| EngineError::invalid(err.to_string()))?,
            _ => human(e, !a.no_trunc),
        };
        // each event as it comes: a follower's reader sees it at once
        writeln!(stdout, "{line}")?;
        stdout.flush()?;
        Ok(())
    })?;
    Ok(0)
}

/// podman's line: `TIME TYPE STATUS ID (image=IMAGE, name=NAME, LABELS...)` for containers,
/// `TIME image STATUS ID NAME` for images.
fn human(e: &Event, truncate: bool) -> String {
    let id = if truncate {
        crate::engine::short_id(&e.id)
    } else {
        &e.id
    };
    let time = go_time(&e.time);
    match e.kind.as_str() {
        "container" | "pod" => {
            let mut s = format!(
                "{time} {} {} {id} (image={}, name={}",
                e.kind, e.status, e.image, e.name
            );
            for (k, v) in &e.attributes {
                s.push_str(&format!(", {k}={v}"));
            }
            s.push(')');
            s
        }
        "image" => format!("{time} {} {} {id} {}", e.kind, e.status, e.name),
        _ if e.name.is_empty() => format!("{time} {} {}", e.kind, e.status),
        _ => format!("{time} {} {} {}", e.kind, e.status, e.name),
    }
}

/// The event's time as Go prints a time.Time: `2006-01-02 15:04:05.999999999 -0700 MST`
/// (`UTC` for the zone name at offset zero, else the offset again, as Go without one).
fn go_time(rfc3339: &str) -> String {
    let Ok(t) = chrono::DateTime::parse_from_rfc3339(rfc3339) else {
        return rfc3339.to_string();
    };
    let nanos = format!("{:09}", chrono::Timelike::nanosecond(&t) % 1_000_000_000);
    let nanos = nanos.trim_end_matches('0');
    let frac = if nanos.is_empty() {
        String::new()
    } else {
        format!(".{nanos}")
    };
    let offset = t.format("%z").to_string();
    let zone = if t.offset().local_minus_utc() == 0 {
        "UTC".to_string()
    } else {
        offset.clone()
    };
    format!("{}{frac} {offset} {zone}", t.format("%Y-%m-%d %H:%M:%S"))
}

/// What a template sees: podman's Event fields, Time as Go prints it.
fn template_data(e: &Event) -> serde_json::Value {
    serde_json::json!({
        "ContainerExitCode": e.container_exit_code.unwrap_or(0),
        "ID": e.id,
        "Image": e.image,
        "Name": e.name,
        "Network": e.network,
        "Status": e.status,
        "Time": go_time(&e.time),
        "TimeNano": chrono::DateTime::parse_from_rfc3339(&e.time).ok().and_then(|t| t.timestamp_nanos_opt()).unwrap_or(0),
        "Type": e.kind,
        "Attributes": e.attributes,
        "PodID": "",
        "HealthStatus": "",
    })
}
