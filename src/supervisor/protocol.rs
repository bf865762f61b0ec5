//! The attach socket's framing, both directions: `[type u8][len u32 BE][payload]`; and how
//! both ends reach the socket.

use std::io::{self, Write};
use std::os::fd::{AsRawFd, OwnedFd};
use std::path::{Path, PathBuf};

pub const STDOUT: u8 = 1;
pub const STDERR: u8 = 2;
/// payload: the container's exit code, i32 BE
pub const EXIT: u8 = 3;
/// client → supervisor
pub const STDIN: u8 = 10;
pub const STDIN_EOF: u8 = 11;
/// payload: rows u16 BE, cols u16 BE
pub const RESIZE: u8 = 12;
/// payload: signal number i32 BE
pub const SIGNAL: u8 = 13;

pub fn frame(kind: u8, payload: &[u8]) -> Vec<u8> {
    let mut v = Vec::with_capacity(5 + payload.len());
    v.push(kind);
    v.extend_from_slice(&(payload.len() as u32).to_be_bytes());
    v.extend_from_slice(payload);
    v
}

pub fn write_frame<W: Write>(w: &mut W, kind: u8, payload: &[u8]) -> io::Result<()> {
    w.write_all(&frame(kind, payload))
}

/// Unix socket paths are limited to 108 bytes: reach long ones through an O_PATH fd of
/// their directory (the fd returned, to be kept until the bind or connect is done).
pub fn short_socket_path(path: &Path) -> io::Result<(Option<OwnedFd>, PathBuf)> {
    if path.as_os_str().len() < 100 {
        return Ok((None, path.to_path_buf()));
    }
    let dir = path.parent().unwrap_or(Path::new("/"));
    let fd: OwnedFd = std::fs::File::open(dir)?.into();
    let p = PathBuf::from(format!(
        "/proc/self/fd/{}/{}",
        fd.as_raw_fd(),
        path.file_name().unwrap().to_string_lossy()
    ));
    Ok((Some(fd), p))
}

/// Splits a byte stream into frames as bytes arrive.
#[derive(Default)]
pub struct FrameReader {
    buf: Vec<u8>,
}

impl FrameReader {
    pub fn push(&mut self, data: &[u8]) {
        self.buf.extend_from_slice(data);
    }

    pub fn next_frame(&mut self) -> Option<(u8, Vec<u8>)> {
        if self.buf.len() < 5 {
            return None;
        }
        let len = u32::from_be_bytes([self.buf[1], self.buf[2], self.buf[3], self.buf[4]]) as usize;
        if self.buf.len() < 5 + len {
            return None;
        }
        let kind = self.buf[0];
        let payload = self.buf[5..5 + len].to_vec();
        self.buf.drain(..5 + len);
        Some((kind, payload))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_split_and_join() {
        let mut data = frame(STDOUT, b"hello");
        data.extend(frame(EXIT, &3i32.to_be_bytes()));
        let mut r = FrameReader::default();
        r.push(&data[..3]);
        assert!(r.next_frame().is_none());
        r.push(&data[3..]);
        assert_eq!(r.next_frame(), Some((STDOUT, b"hello".to_vec())));
        assert_eq!(r.next_frame(), Some((EXIT, 3i32.to_be_bytes().to_vec())));
        assert!(r.next_frame().is_none());
    }
}
