//! What the verbs tell their caller while they work: notices and transfer progress. The engine
//! never prints; the CLI implements `Reporter` (bars on a terminal, plain lines in a pipe), a
//! REST API would stream the same events.

use std::sync::Arc;

/// Where a verb's notices and progress go.
pub trait Reporter: Send + Sync {
    /// Something the user should know that is not an error (a fallback the engine chose).
    fn notice(&self, msg: &str);
    /// Something that went other than asked, though the verb goes on (podman's WARN lines:
    /// a stop that had to resort to SIGKILL).
    fn warning(&self, msg: &str);
    /// One line of progress ("Copying blob 1a2b3c done").
    fn line(&self, msg: &str);
    /// A bar for a transfer of `size` bytes, where the caller draws bars; None where it does not
    /// (the verb then reports the transfer's end as a line).
    fn bar(&self, what: &str, size: u64) -> Option<Arc<dyn Bar>>;
}

/// One transfer's progress.
pub trait Bar: Send + Sync {
    fn inc(&self, n: u64);
    fn set_position(&self, n: u64);
    /// The transfer is over: the bar goes away.
    fn finish(&self);
}

/// Reports nothing.
pub struct Silent;

impl Reporter for Silent {
    fn notice(&self, _: &str) {}
    fn warning(&self, _: &str) {}
    fn line(&self, _: &str) {}
    fn bar(&self, _: &str, _: u64) -> Option<Arc<dyn Bar>> {
        None
    }
}

/// The caller's standard streams, which `run`, `start -a`, `attach` and `exec` relay: file
/// descriptors the caller keeps open while the verb runs (the CLI's 0, 1 and 2). A terminal
/// among them gives the pty its size and is put in raw mode while attached.
#[derive(Debug, Clone, Copy)]
pub struct Terminal {
    pub stdin: std::os::fd::RawFd,
    pub stdout: std::os::fd::RawFd,
    pub stderr: std::os::fd::RawFd,
}
