//! `logs`: read the k8s-file log, with --tail, --since/--until, -t, and -f that follows the
//! file (across rotations) until the container stops.

use super::error::{EngineError, Result};
use super::lifecycle::effective_status;
use super::Engine;
use crate::supervisor::log::{log_files, open_reader, read_records, LogRecord};
use std::io::Write;
use std::os::unix::fs::MetadataExt;
use std::time::Duration;

#[derive(Debug, Clone, Default)]
pub struct LogsOptions {
    pub follow: bool,
    pub timestamps: bool,
    pub tail: Option<usize>,
    pub since: Option<String>,
    pub until: Option<String>,
}

/// RFC 3339, a unix timestamp, or a duration before now ("10m", "1h30m", "45s").
pub fn parse_point(s: &str) -> Result<chrono::DateTime<chrono::Utc>> {
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&chrono::Utc));
    }
    if let Ok(t) = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Ok(t.and_hms_opt(0, 0, 0).unwrap().and_utc());
    }
    if let Ok(secs) = s.parse::<f64>() {
        return chrono::DateTime::from_timestamp(secs as i64, ((secs.fract()) * 1e9) as u32)
            .ok_or_else(|| EngineError::invalid(format!("invalid time \"{s}\"")));
    }
    let mut total = 0f64;
    let mut num = String::new();
    let mut chars = s.chars().peekable();
    let bad = || {
        EngineError::invalid(format!("invalid time \"{s}\": use RFC 3339 (2026-01-02T15:04:05Z), a unix timestamp, or a duration like 10m"))
    };
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() || c == '.' {
            num.push(c);
            continue;
        }
        let unit = if c == 'm' && chars.peek() == Some(&'s') {
            chars.next();
            0.001
        } else {
            match c {
                'h' => 3600.0,
                'm' => 60.0,
                's' => 1.0,
                _ => return Err(bad()),
            }
        };
        total += num.parse::<f64>().map_err(|_| bad())? * unit;
        num.clear();
    }
    if !num.is_empty() || total == 0.0 && s.is_empty() {
        return Err(bad());
    }
    Ok(chrono::Utc::now() - chrono::Duration::milliseconds((total * 1000.0) as i64))
}

struct Printer {
    timestamps: bool,
    since: Option<chrono::DateTime<chrono::Utc>>,
    until: Option<chrono::DateTime<chrono::Utc>>,
    partial: Vec<u8>,
    partial_time: Option<String>,
}

impl Printer {
    fn in_range(&self, time: &str) -> bool {
        let Ok(t) = chrono::DateTime::parse_from_rfc3339(time) else {
            return true;
        };
        let t = t.with_timezone(&chrono::Utc);
        self.since.is_none_or(|s| t >= s) && self.until.is_none_or(|u| t <= u)
    }

    /// A whole logical line (partials joined), or None while it is still partial.
    fn join(&mut self, r: LogRecord) -> Option<(String, bool, Vec<u8>)> {
        if self.partial_time.is_none() {
            self.partial_time = Some(r.time.clone());
        }
        self.partial.extend_from_slice(&r.text);
        if r.partial {
            return None;
        }
        let t = self.partial_time.take().unwrap_or(r.time);
        Some((t, r.stderr, std::mem::take(&mut self.partial)))
    }

    fn flush(&mut self) -> Option<(String, bool, Vec<u8>)> {
        let t = self.partial_time.take()?;
        Some((t, false, std::mem::take(&mut self.partial)))
    }

    /// Writes a line to `out` or `err`, as the container wrote it. A reader that went away
    /// (`logs | head`) is not an error: the rest is dropped, as podman does.
    fn print(&self, line: &(String, bool, Vec<u8>), out: &mut dyn Write, err: &mut dyn Write) {
        if !self.in_range(&line.0) {
            return;
        }
        let mut buf: Vec<u8> = vec![];
        if self.timestamps {
            buf.extend_from_slice(line.0.as_bytes());
            buf.push(b' ');
        }
        buf.extend_from_slice(&line.2);
        buf.push(b'\n');
        if line.1 {
            // see above: a closed reader is not an error
            let _ = err.write_all(&buf);
        } else {
            // likewise: a reader that went away (logs | head) ends nothing here
            let _ = out.write_all(&buf);
            let _ = out.flush();
        }
    }
}

impl Engine {
    /// `rcon logs`: the container's stdout lines to `out`, its stderr lines to `err`.
    pub fn logs(
        &self,
        reference: &str,
        o: &LogsOptions,
        out: &mut dyn Write,
        err: &mut dyn Write,
    ) -> Result<()> {
        let rec = self.container(reference)?;
        let path = self.paths.container_dir(&rec.id).join("ctr.log");
        let mut p = Printer {
            timestamps: o.timestamps,
            since: o.since.as_deref().map(parse_point).transpose()?,
            until: o.until.as_deref().map(parse_point).transpose()?,
            partial: vec![],
            partial_time: None,
        };
        let mut lines = vec![];
        let files = log_files(&path);
        let last_idx = files.len() - 1;
        let mut current = None;
        for (i, f) in files.iter().enumerate() {
            let Ok(mut r) = open_reader(f) else { continue };
            let mut pending = vec![];
            for rec in read_records(&mut r, &mut pending)? {
                if let Some(l) = p.join(rec) {
                    lines.push(l);
                }
            }
            if i == last_idx {
                current = Some((r, pending));
            }
        }
        if !o.follow {
            // a last line without its newline (the container ended mid-line)
            if let Some(l) = p.flush() {
                lines.push(l);
            }
        }
        let skip = o.tail.map(|n| lines.len().saturating_sub(n)).unwrap_or(0);
        for l in &lines[skip..] {
            p.print(l, out, err);
        }
        if !o.follow {
            return Ok(());
        }
        let (mut reader, mut pending) = match current {
            Some(c) => c,
            None => {
                let r = loop {
                    if let Ok(r) = open_reader(&path) {
                        break r;
                    }
                    if !self.is_running(&rec.id) {
                        return Ok(());
                    }
                    std::thread::sleep(Duration::from_millis(100));
                };
                (r, vec![])
            }
        };
        let mut ino = reader.get_ref().metadata().map(|m| m.ino()).unwrap_or(0);
        loop {
            let running = self.is_running(&rec.id);
            for r in read_records(&mut reader, &mut pending)? {
                if let Some(l) = p.join(r) {
                    p.print(&l, out, err);
                }
            }
            // rotated: finish the old file (done above), continue with the new one
            if let Ok(md) = std::fs::metadata(&path) {
                if md.ino() != ino {
                    if let Ok(r) = open_reader(&path) {
                        reader = r;
                        ino = md.ino();
                        pending.clear();
                        continue;
                    }
                }
            }
            if !running {
                if let Some(l) = p.flush() {
                    p.print(&l, out, err);
                }
                return Ok(());
            }
            if let Some(u) = p.until {
                if chrono::Utc::now() > u {
                    return Ok(());
                }
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn is_running(&self, id: &str) -> bool {
        self.containers
            .load(id)
            .map(|r| effective_status(&r).0.is_active())
            .unwrap_or(false)
    }
}
