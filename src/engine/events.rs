//! `events`: the store's events log (`store::events`) filtered as podman filters it, and
//! followed while the caller wants more.

use super::{Engine, EngineError, Result};
use crate::store::events::{self, Event};
use chrono::{DateTime, FixedOffset, Local, NaiveDate, NaiveDateTime, TimeZone};
use std::time::Duration;

/// How often a follower looks for new events.
const POLL: Duration = Duration::from_millis(100);

#[derive(Debug, Default, Clone)]
pub struct EventsOptions {
    /// `--filter key=value`: the same key ORed, different keys ANDed
    pub filters: Vec<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    /// follow the log (`--stream`, the default)
    pub stream: bool,
}

/// The filters of podman's `events`, parsed.
struct Filters {
    keys: Vec<(String, Vec<String>)>,
    since: Option<DateTime<FixedOffset>>,
    until: Option<DateTime<FixedOffset>>,
}

impl Filters {
    fn parse(o: &EventsOptions) -> Result<Filters> {
        let mut keys: Vec<(String, Vec<String>)> = vec![];
        let mut since = o.since.as_deref().map(parse_time).transpose()?;
        let mut until = o.until.as_deref().map(parse_time).transpose()?;
        for f in &o.filters {
            let Some((k, v)) = f.split_once('=') else {
                return Err(EngineError::invalid(format!(
                    "invalid filter {f:?}: use key=value"
                )));
            };
            let k = k.to_ascii_lowercase();
            match k.as_str() {
                "since" => since = Some(parse_time(v)?),
                "until" => until = Some(parse_time(v)?),
                "container" | "event" | "status" | "image" | "label" | "type" | "volume"
                | "network" | "pod" => {
                    let k = if k == "status" { "event".into() } else { k };
                    match keys.iter_mut().find(|(key, _)| *key == k) {
                        Some((_, vals)) => vals.push(v.to_string()),
                        None => keys.push((k, vec![v.to_string()])),
                    }
                }
                _ => return Err(EngineError::invalid(format!("{k} is an invalid filter"))),
            }
        }
        Ok(Filters { keys, since, until })
    }

    fn matches(&self, e: &Event) -> bool {
        let t = DateTime::parse_from_rfc3339(&e.time).ok();
        if let (Some(s), Some(t)) = (self.since, t) {
            if t < s {
                return false;
            }
        }
        if let (Some(u), Some(t)) = (self.until, t) {
            if t > u {
                return false;
            }
        }
        self.keys
            .iter()
            .all(|(k, vals)| vals.iter().any(|v| key_matches(k, v, e)))
    }
}

fn key_matches(key: &str, v: &str, e: &Event) -> bool {
    match key {
        "container" => e.kind == "container" && (e.name == v || e.id.starts_with(v)),
        // podman takes docker's "die" for its "died"
        "event" => e.status == v || (v == "die" && e.status == "died"),
        "image" => {
            let short = |n: &str| n.rsplit('/').next().unwrap_or(n).to_string();
            e.image == v
                || (e.kind == "image" && (e.id.starts_with(v) || e.name == v))
                || short(&e.image) == v
                || short(&e.image) == format!("{v}:latest")
                || e.image == format!("{v}:latest")
        }
        "label" => match v.split_once('=') {
            Some((lk, lv)) => e.attributes.get(lk).is_some_and(|x| x == lv),
            None => e.attributes.contains_key(v),
        },
        "type" => e.kind == v,
        "volume" => e.kind == "volume" && e.name == v,
        // rcon has no networks or pods yet: nothing of theirs happens
        _ => false,
    }
}

/// A time as podman's `--since`/`--until` take it: RFC 3339, a date and time or a date
/// (local), Unix seconds (with a fraction), or a Go duration before now ("10m", "1h30m").
pub fn parse_time(s: &str) -> Result<DateTime<FixedOffset>> {
    let local = |n: NaiveDateTime| {
        Local
            .from_local_datetime(&n)
            .earliest()
            .map(|t| t.fixed_offset())
    };
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t);
    }
    if let Some(t) = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f")
        .ok()
        .and_then(local)
    {
        return Ok(t);
    }
    if let Some(t) = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .and_then(local)
    {
        return Ok(t);
    }
    if let Ok(secs) = s.parse::<f64>() {
        let nanos = (secs.fract() * 1e9) as u32;
        if let Some(t) = DateTime::from_timestamp(secs.trunc() as i64, nanos) {
            return Ok(t.with_timezone(&Local).fixed_offset());
        }
    }
    if let Some(d) = parse_duration(s) {
        if let Ok(d) = chrono::Duration::from_std(d) {
            return Ok((Local::now() - d).fixed_offset());
        }
    }
    Err(EngineError::invalid(format!(
        "invalid time {s:?}: use RFC 3339, a date, Unix seconds or a duration such as 10m"
    )))
}

/// A Go duration: numbers each with a unit of ns, us, ms, s, m or h.
fn parse_duration(s: &str) -> Option<Duration> {
    let mut total = 0f64;
    let mut rest = s;
    if rest.is_empty() {
        return None;
    }
    while !rest.is_empty() {
        let n = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .filter(|&n| n > 0)?;
        let value: f64 = rest[..n].parse().ok()?;
        rest = &rest[n..];
        let u = rest
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(rest.len());
        let secs = match &rest[..u] {
            "ns" => 1e-9,
            "us" | "µs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return None,
        };
        total += value * secs;
        rest = &rest[u..];
    }
    Some(Duration::from_secs_f64(total))
}

impl Engine {
    /// `events`: each event of the log that `o` selects, oldest first, to `out`; with
    /// `o.stream`, then each new one as it is written, until `--until` passes or `out`
    /// fails (the caller's stdout closed). A signal ends a follower.
    pub fn events(
        &self,
        o: &EventsOptions,
        out: &mut dyn FnMut(&Event) -> Result<()>,
    ) -> Result<()> {
        let filters = Filters::parse(o)?;
        let (existing, mut tail) = events::read(&self.paths)?;
        for e in existing.iter().filter(|e| filters.matches(e)) {
            out(e)?;
        }
        if !o.stream {
            return Ok(());
        }
        loop {
            if filters
                .until
                .is_some_and(|u| Local::now().fixed_offset() > u)
            {
                return Ok(());
            }
            std::thread::sleep(POLL);
            for e in tail.read_new()?.iter().filter(|e| filters.matches(e)) {
                out(e)?;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_and_times() {
        assert_eq!(parse_duration("1h30m"), Some(Duration::from_secs(5400)));
        assert_eq!(parse_duration("10"), None);
        assert!(parse_time("10m").is_ok());
        assert!(parse_time("2026-12-05T12:00:00Z").is_ok());
        assert!(parse_time("2026-12-05").is_ok());
        assert_eq!(parse_time("1700000000").unwrap().timestamp(), 1_700_000_000);
        assert!(parse_time("yesterday").is_err());
    }
}
