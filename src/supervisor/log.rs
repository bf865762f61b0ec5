//! Container logs in the k8s-file format podman writes:
//! `<RFC 3339 nano timestamp> <stdout|stderr> <F|P> <text>\n`, where P marks a partial line
//! continued by the next record. Rotation keeps `max_file` files of at most `max_size` bytes.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

pub struct LogWriter {
    path: PathBuf,
    file: File,
    size: u64,
    max_size: u64,
    max_file: u32,
}

pub fn timestamp_now() -> String {
    chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Nanos, false)
}

impl LogWriter {
    pub fn open(path: &Path, max_size: u64, max_file: u32) -> io::Result<LogWriter> {
        let file = OpenOptions::new().create(true).append(true).open(path)?;
        let size = file.metadata()?.len();
        Ok(LogWriter {
            path: path.to_path_buf(),
            file,
            size,
            max_size,
            max_file: max_file.max(1),
        })
    }

    /// Write one chunk read from the container: complete lines as F records, a trailing
    /// fragment as a P record.
    pub fn write_chunk(&mut self, stream: &str, data: &[u8]) -> io::Result<()> {
        let ts = timestamp_now();
        let mut out = Vec::with_capacity(data.len() + 64);
        let mut rest = data;
        while !rest.is_empty() {
            let (line, flag, next) = match rest.iter().position(|b| *b == b'\n') {
                Some(i) => (&rest[..i], "F", &rest[i + 1..]),
                None => (rest, "P", &rest[rest.len()..]),
            };
            let rec_len = (ts.len() + stream.len() + line.len() + 5) as u64;
            // rotate between records, so no file grows past max_size (one record longer
            // than max_size still goes whole into a file of its own)
            let pending = self.size + out.len() as u64;
            if self.max_size > 0 && pending > 0 && pending + rec_len > self.max_size {
                self.file.write_all(&out)?;
                out.clear();
                self.rotate()?;
            }
            out.extend_from_slice(ts.as_bytes());
            out.push(b' ');
            out.extend_from_slice(stream.as_bytes());
            out.push(b' ');
            out.extend_from_slice(flag.as_bytes());
            out.push(b' ');
            out.extend_from_slice(line);
            out.push(b'\n');
            rest = next;
        }
        self.file.write_all(&out)?;
        self.size += out.len() as u64;
        Ok(())
    }

    fn rotate(&mut self) -> io::Result<()> {
        // ctr.log.(n-1) is dropped, ctr.log.k → ctr.log.(k+1), ctr.log → ctr.log.1
        let keep = self.max_file - 1;
        if keep == 0 {
            self.file.set_len(0)?;
            self.size = 0;
            return Ok(());
        }
        // the oldest and the middle files may not exist yet (the first rotations); one that
        // cannot move is overwritten by the next rename, the rotation goes on
        let _ = fs::remove_file(rotated(&self.path, keep));
        for k in (1..keep).rev() {
            let _ = fs::rename(rotated(&self.path, k), rotated(&self.path, k + 1));
        }
        fs::rename(&self.path, rotated(&self.path, 1))?;
        self.file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)?;
        self.size = 0;
        Ok(())
    }
}

pub fn rotated(path: &Path, k: u32) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(format!(".{k}"));
    PathBuf::from(s)
}

/// The log files of a container, oldest first.
pub fn log_files(path: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = (1..100)
        .map(|k| rotated(path, k))
        .take_while(|p| p.exists())
        .collect();
    v.reverse();
    v.push(path.to_path_buf());
    v
}

/// One record of a log file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogRecord {
    pub time: String,
    pub stderr: bool,
    pub partial: bool,
    pub text: Vec<u8>,
}

pub fn parse_line(line: &[u8]) -> Option<LogRecord> {
    let mut it = line.splitn(4, |b| *b == b' ');
    let time = std::str::from_utf8(it.next()?).ok()?.to_string();
    let stream = it.next()?;
    let flag = it.next()?;
    let text = it.next().unwrap_or(b"").to_vec();
    Some(LogRecord {
        time,
        stderr: stream == b"stderr",
        partial: flag == b"P",
        text,
    })
}

/// Read whole records from `r`, keeping an incomplete last line for the next call.
pub fn read_records<R: BufRead>(r: &mut R, pending: &mut Vec<u8>) -> io::Result<Vec<LogRecord>> {
    let mut out = vec![];
    loop {
        let n = r.read_until(b'\n', pending)?;
        if n == 0 || pending.last() != Some(&b'\n') {
            return Ok(out);
        }
        pending.pop();
        if let Some(rec) = parse_line(pending) {
            out.push(rec);
        }
        pending.clear();
    }
}

pub fn open_reader(p: &Path) -> io::Result<BufReader<File>> {
    Ok(BufReader::new(File::open(p)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_full_and_partial_lines_and_rotates() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("ctr.log");
        let mut w = LogWriter::open(&p, 200, 2).unwrap();
        w.write_chunk("stdout", b"one\ntwo").unwrap();
        w.write_chunk("stderr", b"\n").unwrap();
        let data = fs::read(&p).unwrap();
        let mut pending = vec![];
        let recs = read_records(&mut &data[..], &mut pending).unwrap();
        assert_eq!(recs.len(), 3);
        assert_eq!(
            (recs[0].text.as_slice(), recs[0].partial),
            (&b"one"[..], false)
        );
        assert_eq!(
            (recs[1].text.as_slice(), recs[1].partial),
            (&b"two"[..], true)
        );
        assert!(recs[2].stderr && recs[2].text.is_empty());
        for _ in 0..10 {
            w.write_chunk("stdout", b"0123456789012345678901234567890123456789\n")
                .unwrap();
        }
        let files = log_files(&p);
        assert_eq!(files.len(), 2, "{files:?}");
        assert!(fs::metadata(&p).unwrap().len() <= 200);
        assert!(!rotated(&p, 2).exists());
    }
}
