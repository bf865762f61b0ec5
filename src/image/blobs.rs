//! Content-addressed blobs under `blobs/sha256/<hex>`, verified on write.

use super::{hex, io_err, ImageError, Result};
use sha2::{Digest, Sha256};
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

pub struct BlobStore {
    dir: PathBuf,
    tmp: PathBuf,
}

/// `sha256:<64 hex>` → the hex part, refusing anything else (a digest names a file).
pub fn digest_hex(digest: &str) -> Result<&str> {
    match digest.strip_prefix("sha256:") {
        Some(h)
            if h.len() == 64
                && h.bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) =>
        {
            Ok(h)
        }
        _ => Err(ImageError::Format(format!(
            "unsupported or malformed digest \"{digest}\": expected sha256:<64 hex digits>"
        ))),
    }
}

pub fn sha256_digest(data: &[u8]) -> String {
    format!("sha256:{}", hex(&Sha256::digest(data)))
}

impl BlobStore {
    pub fn new(dir: PathBuf, tmp: PathBuf) -> BlobStore {
        BlobStore { dir, tmp }
    }

    pub fn path(&self, digest: &str) -> Result<PathBuf> {
        Ok(self.dir.join(digest_hex(digest)?))
    }

    pub fn has(&self, digest: &str) -> bool {
        self.path(digest).map(|p| p.exists()).unwrap_or(false)
    }

    pub fn read(&self, digest: &str) -> Result<Vec<u8>> {
        let p = self.path(digest)?;
        fs::read(&p).map_err(io_err(&p))
    }

    pub fn open(&self, digest: &str) -> Result<File> {
        let p = self.path(digest)?;
        File::open(&p).map_err(io_err(&p))
    }

    pub fn put(&self, data: &[u8]) -> Result<String> {
        let mut w = self.writer()?;
        w.write_all(data).map_err(io_err(&w.path))?;
        w.commit(None)
    }

    pub fn writer(&self) -> Result<BlobWriter> {
        let path = self.tmp.join(super::tmp_name("blob"));
        let file = File::create(&path).map_err(io_err(&path))?;
        Ok(BlobWriter {
            file: HashingWriter::new(io::BufWriter::with_capacity(256 * 1024, file)),
            path,
            dir: self.dir.clone(),
            done: false,
        })
    }

    pub fn remove(&self, digest: &str) {
        if let Ok(p) = self.path(digest) {
            super::remove_file_or_warn(&p);
        }
    }

    pub fn list(&self) -> Vec<String> {
        digests_in(&self.dir)
    }
}

/// The digests that name the entries of `dir` (a content-addressed directory: blobs, layers).
pub(super) fn digests_in(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .filter_map(|e| e.file_name().to_str().map(|s| format!("sha256:{s}")))
                .collect()
        })
        .unwrap_or_default()
}

/// A blob being written: hashed as it goes, renamed into place only when complete and (if an
/// expected digest is known) verified. Dropped without commit, it leaves nothing behind.
pub struct BlobWriter {
    file: HashingWriter<io::BufWriter<File>>,
    path: PathBuf,
    dir: PathBuf,
    done: bool,
}

impl Write for BlobWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.file.write(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
    }
}

impl BlobWriter {
    pub fn size(&self) -> u64 {
        self.file.count()
    }

    /// The digest of what was written so far.
    pub fn digest(&self) -> String {
        self.file.digest()
    }

    pub fn commit(mut self, expected: Option<&str>) -> Result<String> {
        let digest = self.file.digest();
        if let Some(exp) = expected {
            if exp != digest {
                return Err(ImageError::DigestMismatch {
                    what: "blob".into(),
                    expected: exp.to_string(),
                    actual: digest,
                });
            }
        }
        self.file.flush().map_err(io_err(&self.path))?;
        self.file
            .get_ref()
            .get_ref()
            .sync_all()
            .map_err(io_err(&self.path))?;
        let dest = self.dir.join(digest_hex(&digest)?);
        fs::rename(&self.path, &dest).map_err(io_err(&dest))?;
        self.done = true;
        Ok(digest)
    }
}

impl Drop for BlobWriter {
    fn drop(&mut self) {
        if !self.done {
            super::remove_file_or_warn(&self.path);
        }
    }
}

/// A writer that hashes what passes through it.
pub struct HashingWriter<W> {
    inner: W,
    hasher: Sha256,
    count: u64,
}

impl<W: Write> HashingWriter<W> {
    pub fn new(inner: W) -> Self {
        HashingWriter {
            inner,
            hasher: Sha256::new(),
            count: 0,
        }
    }
    pub fn count(&self) -> u64 {
        self.count
    }
    /// The digest of what was written so far.
    pub fn digest(&self) -> String {
        format!("sha256:{}", hex(&self.hasher.clone().finalize()))
    }
    pub fn get_ref(&self) -> &W {
        &self.inner
    }
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.count += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// A reader that hashes what passes through it.
pub struct HashingReader<R> {
    inner: R,
    hasher: Sha256,
    count: u64,
}

impl<R: Read> HashingReader<R> {
    pub fn new(inner: R) -> Self {
        HashingReader {
            inner,
            hasher: Sha256::new(),
            count: 0,
        }
    }
    /// Read to the end (a tar parser stops before the archive's padding) and return the digest.
    pub fn finish(mut self) -> io::Result<(String, u64)> {
        io::copy(&mut self, &mut io::sink())?;
        Ok((
            format!("sha256:{}", hex(&self.hasher.finalize())),
            self.count,
        ))
    }
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.count += n as u64;
        Ok(n)
    }
}

/// A reader that copies everything it reads into a blob writer (stream once, store and unpack).
pub struct TeeReader<R> {
    pub inner: R,
    pub sink: BlobWriter,
}

impl<R: Read> Read for TeeReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.sink.write_all(&buf[..n])?;
        Ok(n)
    }
}
