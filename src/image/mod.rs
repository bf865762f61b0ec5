//! Images: references, the content store (sha256-verified blobs), the layer store (each layer
//! unpacked once and shared), image records, and the import/load formats.

pub mod archive;
pub mod blobs;
pub mod commit;
pub mod compress;
pub mod layers;
pub mod media;
pub mod reference;
pub mod save;
pub mod store;
pub mod unpack;

pub use reference::ImageName;
pub use store::{ImageRecord, ImageStore};

// Messages carry their cause in the text and do not expose it as `source()`: the CLI prints
// the whole chain (`{:#}`), which would otherwise say every cause twice.
#[derive(Debug, thiserror::Error)]
pub enum ImageError {
    #[error("{path}: {error}")]
    Io { path: String, error: std::io::Error },
    #[error("{0}: image not known: pull it, import it (rcon import) or load it (rcon load)")]
    NotFound(String),
    #[error("\"{0}\" matches more than one image: use more of the id or the full name")]
    Ambiguous(String),
    #[error("invalid image reference \"{name}\": {reason}")]
    BadReference { name: String, reason: String },
    #[error("digest mismatch for {what}: expected {expected}, got {actual}")]
    DigestMismatch {
        what: String,
        expected: String,
        actual: String,
    },
    #[error("layer {what}: {error}")]
    Unpack {
        what: String,
        error: unpack::UnpackError,
    },
    #[error("{0}")]
    Format(String),
    #[error("image {image} is in use by container {container}: remove the container first, or use rmi -f to remove both")]
    InUse { image: String, container: String },
    #[error("{0}")]
    Store(crate::store::StoreError),
}

impl From<crate::store::StoreError> for ImageError {
    fn from(e: crate::store::StoreError) -> Self {
        ImageError::Store(e)
    }
}

pub type Result<T> = std::result::Result<T, ImageError>;

pub(crate) fn io_err(path: &std::path::Path) -> impl FnOnce(std::io::Error) -> ImageError + '_ {
    move |error| ImageError::Io {
        path: path.display().to_string(),
        error,
    }
}

/// Random hex string of `bytes` bytes from the kernel's CSPRNG (getrandom(2): works in a
/// chroot without /dev too).
#[allow(unsafe_code)]
pub fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    let mut filled = 0;
    while filled < bytes {
        // SAFETY: the pointer and length describe the unfilled tail of `buf`.
        let n = unsafe { libc::getrandom(buf[filled..].as_mut_ptr().cast(), bytes - filled, 0) };
        if n > 0 {
            filled += n as usize;
        } else if nix::errno::Errno::last() != nix::errno::Errno::EINTR {
            panic!("getrandom failed: {}", nix::errno::Errno::last());
        }
    }
    hex(&buf)
}

/// A name for a temporary file or directory of this process, `KIND-PID-RANDOM`: what a killed
/// process leaves behind is recognised as such by the next one.
pub fn tmp_name(kind: &str) -> String {
    format!("{kind}-{}-{}", std::process::id(), random_hex(8))
}

/// Removes the file `path` as a cleanup: what stays costs only disk space (a staged file of a
/// gone process is swept from tmp/, an unused blob goes at the next collection), so a failure
/// does not fail the caller; it is logged at warn, unless the file is gone already.
pub(crate) fn remove_file_or_warn(path: &std::path::Path) {
    if let Err(e) = std::fs::remove_file(path) {
        if e.kind() != std::io::ErrorKind::NotFound {
            tracing::warn!("removing {}: {e}", path.display());
        }
    }
}

/// Is the process that made the temporary `name` gone? None when the name carries no pid.
pub fn tmp_owner_gone(name: &str) -> Option<bool> {
    let mut parts = name.splitn(3, '-');
    parts.next()?;
    let pid: i32 = parts.next()?.parse().ok()?;
    parts.next()?;
    // EPERM: alive, another user's
    Some(
        pid > 0
            && nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), None)
                == Err(nix::errno::Errno::ESRCH),
    )
}

pub fn hex(bytes: &[u8]) -> String {
    const D: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(D[(b >> 4) as usize] as char);
        s.push(D[(b & 15) as usize] as char);
    }
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn temporary_names_tell_their_owner() {
        assert_eq!(
            super::tmp_owner_gone(&super::tmp_name("layer")),
            Some(false)
        );
        // beyond any pid_max
        assert_eq!(super::tmp_owner_gone("layer-2000000000-0a1b"), Some(true));
        assert_eq!(super::tmp_owner_gone("rm-0123abcd"), None);
        assert_eq!(super::tmp_owner_gone("layer-12"), None);
    }
}
