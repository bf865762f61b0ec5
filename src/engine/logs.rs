//! `logs`: read the k8s-file logs of one or more containers, with --tail, --since/--until,
//! -t, -f that follows the files (across rotations) until the containers stop, and podman's
//! prefixes: with several containers each line starts with the short id (the name with
//! --names), and --color paints each container's lines in a color of its own.

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
    /// with several containers, prefix the name rather than the short id
    pub names: bool,
    /// each container's lines in a color of its own, as podman's
    pub color: bool,
}

/// podman's colors, by the container's position on the command line, and its reset.
const COLORS: [&str; 7] = [
    "\x1b[37m", "\x1b[31m", "\x1b[33m", "\x1b[34m", "\x1b[35m", "\x1b[36m", "\x1b[32m",
];
const RESET: &str = "\x1b[0m";

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

/// A logical line: its time, whether it went to stderr, its bytes.
type Line = (String, bool, Vec<u8>);

/// One container's log as it is read: the partial line being joined, the file followed.
struct Source {
    id: String,
    path: std::path::PathBuf,
    /// what starts each of its lines: the short id or name (several containers), a color
    prefix: String,
    color: Option<&'static str>,
    partial: Vec<u8>,
    partial_time: Option<String>,
    follow: Option<Followed>,
    /// followed to its container's end
    done: bool,
}

/// The file a `-f` follows: its reader, an unfinished record, its inode (a rotation changes it).
struct Followed {
    reader: std::io::BufReader<std::fs::File>,
    pending: Vec<u8>,
    ino: u64,
}

/// What all sources share: the time window and the timestamps flag.
struct Window {
    timestamps: bool,
    since: Option<chrono::DateTime<chrono::Utc>>,
    until: Option<chrono::DateTime<chrono::Utc>>,
}

impl Window {
    fn in_range(&self, time: &str) -> bool {
        let Ok(t) = chrono::DateTime::parse_from_rfc3339(time) else {
            return true;
        };
        let t = t.with_timezone(&chrono::Utc);
        self.since.is_none_or(|s| t >= s) && self.until.is_none_or(|u| t <= u)
    }
}

impl Source {
    /// A whole logical line (partials joined), or None while it is still partial.
    fn join(&mut self, r: LogRecord) -> Option<Line> {
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

    fn flush(&mut self) -> Option<Line> {
        let t = self.partial_time.take()?;
        Some((t, false, std::mem::take(&mut self.partial)))
    }

    /// Every whole line of its files, rotated ones first; keeps the current file for `-f`.
    fn read_all(&mut self, follow: bool) -> Result<Vec<Line>> {
        let mut lines = vec![];
        let files = log_files(&self.path);
        let last_idx = files.len() - 1;
        for (i, f) in files.iter().enumerate() {
            let Ok(mut r) = open_reader(f) else { continue };
            let mut pending = vec![];
            for rec in read_records(&mut r, &mut pending)? {
                if let Some(l) = self.join(rec) {
                    lines.push(l);
                }
            }
            if i == last_idx && follow {
                let ino = r.get_ref().metadata().map(|m| m.ino()).unwrap_or(0);
                self.follow = Some(Followed {
                    reader: r,
                    pending,
                    ino,
                });
            }
        }
        if !follow {
            // a last line without its newline (the container ended mid-line)
            lines.extend(self.flush());
        }
        Ok(lines)
    }

    /// The lines written since the last call, across a rotation.
    fn read_new(&mut self) -> Result<Vec<Line>> {
        let mut lines = vec![];
        if self.follow.is_none() {
            let Ok(r) = open_reader(&self.path) else {
                return Ok(lines);
            };
            let ino = r.get_ref().metadata().map(|m| m.ino()).unwrap_or(0);
            self.follow = Some(Followed {
                reader: r,
                pending: vec![],
                ino,
            });
        }
        loop {
            let f = self.follow.as_mut().expect("opened above");
            let records = read_records(&mut f.reader, &mut f.pending)?;
            let rotated = std::fs::metadata(&self.path)
                .ok()
                .filter(|md| md.ino() != f.ino)
                .and_then(|md| Some((open_reader(&self.path).ok()?, md.ino())));
            // rotated: the old file is finished (read above), go on with the new one
            let again = match rotated {
                Some((r, ino)) => {
                    f.reader = r;
                    f.ino = ino;
                    f.pending.clear();
                    true
                }
                None => false,
            };
            for r in records {
                lines.extend(self.join(r));
            }
            if !again {
                return Ok(lines);
            }
        }
    }

    /// Writes a line to `out` or `err`, as podman: prefix, timestamp, the text, all in the
    /// container's color with --color. A reader that went away (`logs | head`) is not an
    /// error: the rest is dropped, as podman does.
    fn print(&self, w: &Window, line: &Line, out: &mut dyn Write, err: &mut dyn Write) {
        if !w.in_range(&line.0) {
            return;
        }
        let mut buf: Vec<u8> = vec![];
        buf.extend_from_slice(self.color.unwrap_or("").as_bytes());
        buf.extend_from_slice(self.prefix.as_bytes());
        if w.timestamps {
            buf.extend_from_slice(line.0.as_bytes());
            buf.push(b' ');
        }
        buf.extend_from_slice(&line.2);
        if self.color.is_some() {
            buf.extend_from_slice(RESET.as_bytes());
        }
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
    /// `rcon logs`: each container's stdout lines to `out`, its stderr lines to `err`; with
    /// several, podman's prefix on each line and their lines in time order, and with `-f`
    /// all followed until the last one stops.
    pub fn logs(
        &self,
        references: &[String],
        o: &LogsOptions,
        out: &mut dyn Write,
        err: &mut dyn Write,
    ) -> Result<()> {
        let w = Window {
            timestamps: o.timestamps,
            since: o.since.as_deref().map(parse_point).transpose()?,
            until: o.until.as_deref().map(parse_point).transpose()?,
        };
        let multi = references.len() > 1;
        let mut sources = vec![];
        for (i, reference) in references.iter().enumerate() {
            let rec = self.container(reference)?;
            let prefix = match (multi, o.names) {
                (false, _) => String::new(),
                (true, true) => format!("{} ", rec.name),
                (true, false) => format!("{} ", &rec.id[..rec.id.len().min(12)]),
            };
            sources.push(Source {
                path: self.paths.container_dir(&rec.id).join("ctr.log"),
                id: rec.id,
                prefix,
                color: o.color.then(|| COLORS[i % COLORS.len()]),
                partial: vec![],
                partial_time: None,
                follow: None,
                done: false,
            });
        }
        // the lines there are, --tail for each container, in time order across them
        let mut lines: Vec<(usize, Line)> = vec![];
        for (i, s) in sources.iter_mut().enumerate() {
            let mut own = s.read_all(o.follow)?;
            let skip = o.tail.map(|n| own.len().saturating_sub(n)).unwrap_or(0);
            lines.extend(own.drain(skip..).map(|l| (i, l)));
        }
        if multi {
            lines.sort_by_cached_key(|(_, l)| chrono::DateTime::parse_from_rfc3339(&l.0).ok());
        }
        for (i, l) in &lines {
            sources[*i].print(&w, l, out, err);
        }
        if o.follow {
            self.follow_logs(&mut sources, &w, out, err)?;
        }
        Ok(())
    }

    /// `-f`: what the containers write, until each has stopped (or --until has passed).
    fn follow_logs(
        &self,
        sources: &mut [Source],
        w: &Window,
        out: &mut dyn Write,
        err: &mut dyn Write,
    ) -> Result<()> {
        loop {
            for s in sources.iter_mut().filter(|s| !s.done) {
                // before reading: a container that stopped has written all it will
                let running = self.is_running(&s.id);
                for l in s.read_new()? {
                    s.print(w, &l, out, err);
                }
                if !running {
                    if let Some(l) = s.flush() {
                        s.print(w, &l, out, err);
                    }
                    s.done = true;
                }
            }
            if sources.iter().all(|s| s.done) {
                return Ok(());
            }
            if w.until.is_some_and(|u| chrono::Utc::now() > u) {
                return Ok(());
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
