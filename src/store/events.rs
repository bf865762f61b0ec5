//! The events log: one JSON line per lifecycle event (podman's event fields), appended to
//! `<runroot>/events/events.log` by whichever process caused it: the CLI for its verbs, a
//! supervisor for its container's death. Past [`MAX_LOG_SIZE`] the log is renamed to
//! `events.log.1` (one old file is kept) and a new one begun; readers read both.
//!
//! Writing is cheap and never fails the caller: one open, one flock and one write for any
//! number of events, and a warning (tracing) if that fails. O_APPEND makes each write land
//! whole at the end; the flock orders the writers around a rotation.

use super::StorePaths;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

/// The log's size past which it is rotated (podman's events_logfile_max_size default).
pub const MAX_LOG_SIZE: u64 = 1 << 20;

/// One event, as podman writes it (`libpod/events.Event`, its JSON field names).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Event {
    /// the exit status, on a container's `died` event
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_exit_code: Option<i32>,
    /// the container's or image's id
    #[serde(rename = "ID", default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// a container's image (as given)
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub image: String,
    /// a container's name, an image's reference
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// a network's name, on network events
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub network: String,
    /// what happened: create, start, died, pull, ...
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub status: String,
    /// when, RFC 3339 with nanoseconds and the local offset (Go's time in JSON)
    pub time: String,
    /// container, image, volume, network, pod, system
    #[serde(rename = "Type")]
    pub kind: String,
    /// a container's labels
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, String>,
}

impl Event {
    /// A container event, now.
    pub fn container(status: &str, id: &str, name: &str, image: &str) -> Event {
        Event {
            id: id.to_string(),
            name: name.to_string(),
            image: image.to_string(),
            status: status.to_string(),
            time: now_rfc3339(),
            kind: "container".to_string(),
            ..Event::default()
        }
    }

    /// An image event, now: `name` the reference it concerns.
    pub fn image(status: &str, id: &str, name: &str) -> Event {
        Event {
            id: id.to_string(),
            name: name.to_string(),
            status: status.to_string(),
            time: now_rfc3339(),
            kind: "image".to_string(),
            ..Event::default()
        }
    }

    /// A volume event, now.
    pub fn volume(status: &str, name: &str) -> Event {
        Event {
            name: name.to_string(),
            status: status.to_string(),
            time: now_rfc3339(),
            kind: "volume".to_string(),
            ..Event::default()
        }
    }

    pub fn with_labels(mut self, labels: &BTreeMap<String, String>) -> Event {
        self.attributes = labels.clone();
        self
    }
}

/// Now as Go marshals a time.Time: RFC 3339, the nanoseconds without trailing zeros, `Z` for
/// UTC or the local offset.
pub fn now_rfc3339() -> String {
    let now = chrono::Local::now();
    let nanos = format!("{:09}", chrono::Timelike::nanosecond(&now) % 1_000_000_000);
    let nanos = nanos.trim_end_matches('0');
    let frac = if nanos.is_empty() {
        String::new()
    } else {
        format!(".{nanos}")
    };
    let offset = if now.offset().local_minus_utc() == 0 {
        "Z".to_string()
    } else {
        now.format("%:z").to_string()
    };
    format!("{}{frac}{offset}", now.format("%Y-%m-%dT%H:%M:%S"))
}

/// Append `events` to the store's log (nothing with `--events-backend none`). Never fails:
/// a log that cannot be written is a warning, the verb that caused the events goes on.
pub fn record(paths: &StorePaths, events: &[Event]) {
    if paths.no_events || events.is_empty() {
        return;
    }
    let mut buf = Vec::with_capacity(256 * events.len());
    for e in events {
        // an Event of strings and maps always serializes
        if serde_json::to_writer(&mut buf, e).is_ok() {
            buf.push(b'\n');
        }
    }
    let log = paths.events_log();
    if let Err(e) = append(&log, &buf) {
        tracing::warn!("writing the events log {}: {e}", log.display());
    }
}

/// One write of `buf` at the log's end, under its flock; rotated first if it grew too big.
fn append(log: &Path, buf: &[u8]) -> std::io::Result<()> {
    let mut f = open_locked(log)?;
    let md = f.metadata()?;
    if md.len() + buf.len() as u64 > MAX_LOG_SIZE && md.len() > 0 {
        f = rotate(log, f)?;
    }
    f.write_all(buf)
}

/// The log opened for appending (its directory made on first use), flock held; the file of
/// that name once we hold its lock (one rotated while we waited is left for the new one).
fn open_locked(log: &Path) -> std::io::Result<File> {
    loop {
        let f = open_append(log)?;
        f.lock()?;
        let ours = f.metadata()?.ino();
        if std::fs::metadata(log).is_ok_and(|md| md.ino() == ours) {
            return Ok(f);
        }
    }
}

fn open_append(log: &Path) -> std::io::Result<File> {
    let open = || {
        OpenOptions::new()
            .append(true)
            .create(true)
            .mode(0o600)
            .custom_flags(libc::O_CLOEXEC)
            .open(log)
    };
    let f = match open() {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if let Some(dir) = log.parent() {
                std::fs::DirBuilder::new()
                    .recursive(true)
                    .mode(0o700)
                    .create(dir)?;
            }
            open()?
        }
        r => r?,
    };
    Ok(f)
}

/// Under `f`'s lock (the file named `log`): rename it to `events.log.1` and begin a new one.
fn rotate(log: &Path, f: File) -> std::io::Result<File> {
    std::fs::rename(log, old_log(log))?;
    // the lock on the old file is held until the new one's is: a writer waiting on the old
    // one finds the name moved on when it gets it, and reopens
    let new = open_locked(log);
    drop(f);
    new
}

fn old_log(log: &Path) -> PathBuf {
    let mut s = log.as_os_str().to_owned();
    s.push(".1");
    PathBuf::from(s)
}

/// The events of the log as written so far, oldest first, and a [`Tail`] that reads the ones
/// written later. Lines that do not parse (cut short by a crash) are skipped.
pub fn read(paths: &StorePaths) -> std::io::Result<(Vec<Event>, Tail)> {
    let log = paths.events_log();
    let mut events = vec![];
    match File::open(old_log(&log)) {
        Ok(mut f) => {
            let mut pending = vec![];
            read_lines(&mut f, &mut pending, &mut events)?;
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    let mut tail = Tail {
        path: log,
        file: None,
        pending: vec![],
    };
    events.extend(tail.read_new()?);
    Ok((events, tail))
}

/// The end of the log, followed across rotations: each [`Tail::read_new`] returns what was
/// appended since the last.
pub struct Tail {
    path: PathBuf,
    /// the log as opened, and its inode
    file: Option<(File, u64)>,
    /// a line not yet complete
    pending: Vec<u8>,
}

impl Tail {
    /// The events appended since the last call: the rest of the file we hold, then, if the
    /// log was rotated (or made) meanwhile, the new file from its start.
    pub fn read_new(&mut self) -> std::io::Result<Vec<Event>> {
        let mut events = vec![];
        if let Some((f, _)) = &mut self.file {
            read_lines(f, &mut self.pending, &mut events)?;
        }
        let current = match std::fs::metadata(&self.path) {
            Ok(md) => md.ino(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(events),
            Err(e) => return Err(e),
        };
        if self.file.as_ref().map(|(_, ino)| *ino) != Some(current) {
            let mut f = match File::open(&self.path) {
                Ok(f) => f,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(events),
                Err(e) => return Err(e),
            };
            let ino = f.metadata()?.ino();
            self.pending.clear();
            read_lines(&mut f, &mut self.pending, &mut events)?;
            self.file = Some((f, ino));
        }
        Ok(events)
    }
}

/// Read `f` to its end, parsing each complete line; an incomplete last line stays in
/// `pending` for the next read.
fn read_lines(f: &mut File, pending: &mut Vec<u8>, out: &mut Vec<Event>) -> std::io::Result<()> {
    f.read_to_end(pending)?;
    let Some(last_nl) = pending.iter().rposition(|&b| b == b'\n') else {
        return Ok(());
    };
    for line in pending[..last_nl].split(|&b| b == b'\n') {
        if line.is_empty() {
            continue;
        }
        match serde_json::from_slice::<Event>(line) {
            Ok(e) => out.push(e),
            Err(e) => tracing::debug!("skipping an events log line: {e}"),
        }
    }
    pending.drain(..=last_nl);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rotation_keeps_one_old_file_and_readers_follow() {
        let dir = std::env::temp_dir().join(format!("rcon-events-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let paths = StorePaths::new(dir.join("root"), dir.join("run"), false);
        let ev = |n: usize| Event::container("start", &format!("{n:064}"), "c", "busybox");
        record(&paths, &[ev(0)]);
        let (first, mut tail) = read(&paths).unwrap();
        assert_eq!(first.len(), 1);
        let per_line = serde_json::to_vec(&ev(1)).unwrap().len() as u64 + 1;
        let n = (MAX_LOG_SIZE / per_line) as usize + 10;
        for i in 1..=n {
            record(&paths, &[ev(i)]);
        }
        assert!(old_log(&paths.events_log()).exists());
        let later = tail.read_new().unwrap();
        assert_eq!(later.last().unwrap().id, format!("{n:064}"));
        let (all, _) = read(&paths).unwrap();
        assert_eq!(all.last().unwrap().id, format!("{n:064}"));
        assert!(all.len() > 10);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
