//! Extraction of one OCI/Docker image layer (an uncompressed tar stream) into a
//! directory, safe against hostile archives.
//!
//! The `tar` crate is used only to parse the stream. Every filesystem change is
//! made with a `*at` call on the final path component, relative to a parent
//! directory fd that was resolved with `openat2(RESOLVE_IN_ROOT)` on `dest`.
//!
//! This file: the options, errors, path rules and the entry loop; `entries.rs` applies each
//! entry; `sys.rs` wraps the raw syscalls.

#![allow(unsafe_code)]

use std::ffi::{CStr, CString};
use std::fs::File;
use std::io::{self, BufReader, Read, Write};
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use tracing::{debug, warn};

const COPY_BUF: usize = 128 * 1024;
const WHITEOUT_PREFIX: &[u8] = b".wh.";
const WHITEOUT_META_PREFIX: &[u8] = b".wh..wh.";
const OPAQUE_MARKER: &[u8] = b".wh..wh..opq";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WhiteoutMode {
    /// Layer dir for overlayfs: `.wh.NAME` becomes a 0:0 character device NAME;
    /// `.wh..wh..opq` sets the opaque xattr on its directory.
    Overlay,
    /// Plain files, no whiteout meaning (`cp` into a container): `.wh.` names are ordinary.
    Plain,
}

#[derive(Debug, Clone)]
pub struct UnpackOptions {
    pub whiteouts: WhiteoutMode,
    /// xattr name for opaque dirs: "trusted.overlay.opaque" when root on the
    /// host, "user.overlay.opaque" inside a user namespace (userxattr).
    pub opaque_xattr: &'static str,
    /// When false, do not chown; when true chown entries to the tar uid/gid
    /// (lchown for symlinks).
    pub preserve_owner: bool,
    /// Bound on the file data written, from the compressed bytes read (layers as they are
    /// ingested); None where the data was vetted before (the vfs copy) or is the user's own.
    pub inflation: Option<InflationLimit>,
}

/// A decompression-bomb guard: the file data a layer writes may not exceed `floor` plus
/// `ratio` times the compressed bytes read so far (counted by a `CountingReader` below the
/// decompressor, which reads ahead of the tar parser, so the count is never behind).
///
/// The defaults: real layers compress 2-10x; deflate cannot exceed about 1032:1, reached only
/// on long runs of one byte (files of zeros), while zstd and xz reach 10^4-10^6:1, which is
/// how a few KB of layer fill a disk. 100x admits any layer that is not mostly such runs; the
/// 128 MiB floor admits any single zero-filled file up to that size whatever its layer (say a
/// preallocated database file, or /var/log/lastlog for uids up to about 450000). Past both,
/// a tiny layer is a bomb, not an image. The bound is per layer: an image of N tiny layers
/// can still write N x 128 MiB.
#[derive(Debug, Clone)]
pub struct InflationLimit {
    pub compressed: Arc<AtomicU64>,
    pub ratio: u64,
    pub floor: u64,
}

impl InflationLimit {
    pub const RATIO: u64 = 100;
    pub const FLOOR: u64 = 128 << 20;

    pub fn new(compressed: Arc<AtomicU64>) -> InflationLimit {
        InflationLimit {
            compressed,
            ratio: Self::RATIO,
            floor: Self::FLOOR,
        }
    }

    /// (bytes allowed now, compressed bytes read so far)
    fn allowed(&self) -> (u64, u64) {
        let c = self.compressed.load(Ordering::Relaxed);
        (self.floor.saturating_add(self.ratio.saturating_mul(c)), c)
    }
}

/// Counts the bytes read through it into a shared counter (the compressed layer, for
/// `InflationLimit`).
pub struct CountingReader<R> {
    pub inner: R,
    pub count: Arc<AtomicU64>,
}

impl<R: Read> Read for CountingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

#[derive(Debug, Default)]
pub struct UnpackReport {
    /// Archive members handled (pax/long-name helper headers not counted).
    pub entries: u64,
    /// Regular file content bytes written.
    pub bytes: u64,
    /// Character/block device entries that were not created.
    pub skipped_devices: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum UnpackError {
    #[error("cannot open layer destination {path:?}: {error}")]
    Destination { path: PathBuf, error: io::Error },
    #[error("openat2 is unavailable ({0}); linux 5.6 or newer is needed to unpack layers")]
    NoOpenat2(io::Error),
    #[error("malformed or truncated layer tar stream {at}: {error}")]
    Tar { at: String, error: io::Error },
    #[error("layer entry {path:?} has an absolute path")]
    AbsolutePath { path: String },
    #[error("layer entry {path:?} escapes the layer: path contains ..")]
    Escapes { path: String },
    #[error("layer entry {path:?} has an invalid name: {reason}")]
    InvalidName { path: String, reason: &'static str },
    #[error("layer entry {path:?} is a hard link to {target:?}, which {reason}")]
    BadHardLink {
        path: String,
        target: String,
        reason: &'static str,
    },
    #[error("layer entry {path:?}: {how}: sparse files are not supported (their holes would be written out in full); rebuild the layer without tar --sparse")]
    Sparse { path: String, how: String },
    #[error("layer entry {path:?} makes the layer write more than {limit} bytes from {compressed} compressed bytes ({ratio}x plus {floor_mib} MiB): refusing it as a decompression bomb")]
    Inflated {
        path: String,
        limit: u64,
        compressed: u64,
        ratio: u64,
        floor_mib: u64,
    },
    #[error("layer entry {path:?} has unsupported tar entry type {kind:?}")]
    UnsupportedType { path: String, kind: char },
    #[error("layer entry {path:?} is truncated: got {got} of {expected} bytes")]
    Truncated {
        path: String,
        expected: u64,
        got: u64,
    },
    #[error("layer entry {path:?}: {op}: {error}")]
    Io {
        path: String,
        op: &'static str,
        error: io::Error,
    },
}

impl UnpackError {
    /// True when the stream itself is bad (cut short, not a tar, undecompressable), as
    /// opposed to an entry that was refused or a write that failed.
    pub fn is_stream_error(&self) -> bool {
        matches!(
            self,
            Self::Tar { .. }
                | Self::Truncated { .. }
                | Self::Io {
                    op: "read file data",
                    ..
                }
        )
    }
}

/// Extract one uncompressed layer tar stream into `dest` (which must exist).
pub fn unpack_layer<R: Read>(
    tar: R,
    dest: &Path,
    opts: &UnpackOptions,
) -> Result<UnpackReport, UnpackError> {
    let dest_err = |error| UnpackError::Destination {
        path: dest.to_path_buf(),
        error,
    };
    let cdest = CString::new(dest.as_os_str().as_bytes())
        .map_err(|_| dest_err(io::Error::from_raw_os_error(libc::EINVAL)))?;
    let root =
        sys::open(libc::AT_FDCWD, &cdest, libc::O_PATH | libc::O_DIRECTORY, 0).map_err(dest_err)?;
    if let Err(e) = sys::openat2_in_root(root.as_raw_fd(), c".", libc::O_PATH | libc::O_DIRECTORY) {
        return Err(match e.raw_os_error() {
            Some(libc::ENOSYS) | Some(libc::EPERM) => UnpackError::NoOpenat2(e),
            _ => dest_err(e),
        });
    }

    let mut u = Unpacker::new(opts, root);

    let mut archive = tar::Archive::new(BufReader::with_capacity(COPY_BUF, tar));
    let mut last: Option<Vec<u8>> = None;
    let tar_err = |last: &Option<Vec<u8>>, error| UnpackError::Tar {
        at: match last {
            None => "at its start".to_string(),
            Some(p) => format!("after entry {:?}", String::from_utf8_lossy(p)),
        },
        error: printable(error),
    };
    let entries = archive.entries().map_err(|e| tar_err(&last, e))?;
    for entry in entries {
        let mut entry = entry.map_err(|e| tar_err(&last, e))?;
        let raw = entry.path_bytes().into_owned();
        u.entry(&mut entry, &raw)?;
        last = Some(raw);
    }
    u.finish()
}

/// The tar parser quotes raw header bytes in some errors ("numeric field did not have utf-8
/// text: <bytes> when getting cksum for <bytes>"): from a corrupt or foreign stream those
/// are binary, newlines included. Keep the message one printable line.
pub(crate) fn printable(error: io::Error) -> io::Error {
    let msg = error.to_string();
    if msg
        .chars()
        .any(|c| c.is_control() || c == char::REPLACEMENT_CHARACTER)
    {
        io::Error::new(error.kind(), "invalid tar header")
    } else {
        error
    }
}

struct Meta {
    mode: u32,
    uid: u32,
    gid: u32,
    mtime: libc::timespec,
    xattrs: Vec<(CString, Vec<u8>)>,
}

struct DeferredDir {
    rel: Vec<u8>,
    mode: u32,
    mtime: libc::timespec,
}

/// Error context for one entry; builds the lossy display path only on error.
#[derive(Clone, Copy)]
struct Ctx<'a> {
    raw: &'a [u8],
}

impl<'a> Ctx<'a> {
    fn path(self) -> String {
        String::from_utf8_lossy(self.raw).into_owned()
    }
    fn io(self, op: &'static str) -> impl FnOnce(io::Error) -> UnpackError + 'a {
        move |error| UnpackError::Io {
            path: self.path(),
            op,
            error,
        }
    }
    fn invalid(self, reason: &'static str) -> UnpackError {
        UnpackError::InvalidName {
            path: self.path(),
            reason,
        }
    }
}

enum PathProblem {
    Empty,
    Nul,
    Absolute,
    DotDot,
}

/// Normalise an archive path to `a/b/c` (no empty, `.` or `..` components).
/// The layer root itself normalises to the empty string.
fn normalize(raw: &[u8]) -> Result<Vec<u8>, PathProblem> {
    if raw.is_empty() {
        return Err(PathProblem::Empty);
    }
    if raw.contains(&0) {
        return Err(PathProblem::Nul);
    }
    if raw[0] == b'/' {
        return Err(PathProblem::Absolute);
    }
    let mut out = Vec::with_capacity(raw.len());
    for comp in raw.split(|&b| b == b'/') {
        match comp {
            b"" | b"." => {}
            b".." => return Err(PathProblem::DotDot),
            c => {
                if !out.is_empty() {
                    out.push(b'/');
                }
                out.extend_from_slice(c);
            }
        }
    }
    Ok(out)
}

/// `a/b/c` -> (`a/b`, `c`); `c` -> (``, `c`).
fn split_parent(rel: &[u8]) -> (&[u8], &[u8]) {
    match rel.iter().rposition(|&b| b == b'/') {
        Some(i) => (&rel[..i], &rel[i + 1..]),
        None => (&[], rel),
    }
}

fn cstr(bytes: &[u8]) -> io::Result<CString> {
    CString::new(bytes).map_err(|_| io::Error::from_raw_os_error(libc::EINVAL))
}

fn errno_is(e: &io::Error, code: i32) -> bool {
    e.raw_os_error() == Some(code)
}

fn timespec(sec: i64, nsec: i64) -> libc::timespec {
    libc::timespec {
        tv_sec: sec as libc::time_t,
        tv_nsec: nsec as _,
    }
}

/// PAX `mtime` is decimal seconds with an optional fraction ("1700000000.25").
fn parse_pax_time(v: &[u8]) -> Option<libc::timespec> {
    let s = std::str::from_utf8(v).ok()?;
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let sec: i64 = int.parse().ok()?;
    if neg {
        return Some(timespec(-sec, 0));
    }
    let mut nsec: i64 = 0;
    for (i, b) in frac.bytes().take(9).enumerate() {
        nsec += i64::from(b - b'0') * 10i64.pow(8 - i as u32);
    }
    Some(timespec(sec, nsec))
}

mod entries;
mod merge;
mod sys;

pub use merge::merge_layer;

use entries::Unpacker;

#[cfg(test)]
mod tests;
