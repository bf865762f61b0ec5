//! The engine's one error type. Every verb returns `engine::Result`; the CLI maps an error to
//! an exit code (`exit_code`), and an API front end would map its `kind` to an HTTP status.
//! Messages are what the user reads, word for word: lower-case, naming the object and the fix.

use crate::image::ImageError;
use crate::registry::RegistryError;
use crate::runtime::StartError;
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    /// no such container, image, file or credentials
    #[error("{0}")]
    NotFound(String),
    /// the object's state forbids it: in use, running, already exists
    #[error("{0}")]
    Conflict(String),
    /// a value the caller gave is wrong
    #[error("{0}")]
    InvalidArgument(String),
    /// rcon does not do this
    #[error("{0}")]
    Unsupported(String),
    /// anything else that failed: the message says what
    #[error("{0}")]
    Failed(String),
    /// the container did not start; its code is 125, 126 (cannot execute) or 127 (not found)
    #[error(transparent)]
    Start(#[from] StartError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Image(#[from] ImageError),
    #[error(transparent)]
    Registry(#[from] RegistryError),
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Sys(#[from] nix::errno::Errno),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    #[error(transparent)]
    Unpack(#[from] crate::image::unpack::UnpackError),
    /// the runtime spec could not be built
    #[error(transparent)]
    Spec(#[from] oci_spec::OciSpecError),
    /// the container's supervisor could not be started
    #[error(transparent)]
    Supervisor(#[from] crate::supervisor::SupervisorError),
    #[error(transparent)]
    Network(#[from] crate::network::NetworkError),
    /// what the engine was doing when `source` happened (printed "context: source")
    #[error("{context}")]
    Context {
        context: String,
        #[source]
        source: Box<EngineError>,
    },
}

/// What kind of failure an error is, for a front end to map (exit codes, HTTP statuses).
// the CLI needs only `exit_code`; the REST API will map kinds to statuses
#[allow(dead_code)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    NotFound,
    Conflict,
    InvalidArgument,
    Unsupported,
    /// the container's command could not be executed (126)
    CannotExecute,
    /// the container's command was not found (127)
    CommandNotFound,
    /// everything else: rcon's own failure
    Internal,
}

pub type Result<T> = std::result::Result<T, EngineError>;

impl EngineError {
    pub fn not_found(msg: impl Into<String>) -> EngineError {
        EngineError::NotFound(msg.into())
    }
    pub fn conflict(msg: impl Into<String>) -> EngineError {
        EngineError::Conflict(msg.into())
    }
    pub fn invalid(msg: impl Into<String>) -> EngineError {
        EngineError::InvalidArgument(msg.into())
    }
    pub fn unsupported(msg: impl Into<String>) -> EngineError {
        EngineError::Unsupported(msg.into())
    }
    pub fn failed(msg: impl Into<String>) -> EngineError {
        EngineError::Failed(msg.into())
    }

    #[allow(dead_code)]
    pub fn kind(&self) -> ErrorKind {
        match self {
            EngineError::NotFound(_) => ErrorKind::NotFound,
            EngineError::Conflict(_) => ErrorKind::Conflict,
            EngineError::InvalidArgument(_) => ErrorKind::InvalidArgument,
            EngineError::Unsupported(_) => ErrorKind::Unsupported,
            EngineError::Start(s) => match s.code {
                126 => ErrorKind::CannotExecute,
                127 => ErrorKind::CommandNotFound,
                _ => ErrorKind::Internal,
            },
            EngineError::Store(e) => match e {
                StoreError::NoSuchContainer(_) | StoreError::NoSuchVolume(_) => ErrorKind::NotFound,
                StoreError::Ambiguous(_)
                | StoreError::BadName(_)
                | StoreError::AmbiguousVolume(_)
                | StoreError::BadVolumeName(_) => ErrorKind::InvalidArgument,
                StoreError::NameInUse { .. } | StoreError::VolumeExists(_) => ErrorKind::Conflict,
                _ => ErrorKind::Internal,
            },
            EngineError::Image(e) => match e {
                ImageError::NotFound(_) => ErrorKind::NotFound,
                ImageError::Ambiguous(_) | ImageError::BadReference { .. } => {
                    ErrorKind::InvalidArgument
                }
                ImageError::InUse { .. } => ErrorKind::Conflict,
                _ => ErrorKind::Internal,
            },
            EngineError::Registry(RegistryError::NotFound(_)) => ErrorKind::NotFound,
            EngineError::Network(e) => {
                use crate::network::NetworkError as N;
                match e {
                    N::NotFound(_) => ErrorKind::NotFound,
                    N::Exists(_) | N::SubnetInUse(_) | N::AddressTaken { .. } => {
                        ErrorKind::Conflict
                    }
                    N::Invalid(_) | N::AddressOutside { .. } => ErrorKind::InvalidArgument,
                    _ => ErrorKind::Internal,
                }
            }
            EngineError::Context { source, .. } => source.kind(),
            _ => ErrorKind::Internal,
        }
    }

    /// The exit code of rcon for this error: 125, or the start failure's 126/127.
    pub fn exit_code(&self) -> i32 {
        match self.root() {
            EngineError::Start(s) => s.code,
            EngineError::Supervisor(crate::supervisor::SupervisorError::Start(s)) => s.code,
            _ => 125,
        }
    }

    /// The message with its causes, "context: cause: cause" (as anyhow's `{:#}`).
    pub fn full_message(&self) -> String {
        let mut s = self.to_string();
        let mut cause = std::error::Error::source(self);
        while let Some(c) = cause {
            s.push_str(": ");
            s.push_str(&c.to_string());
            cause = c.source();
        }
        s
    }

    /// The innermost error, under every `Context`.
    pub fn root(&self) -> &EngineError {
        match self {
            EngineError::Context { source, .. } => source.root(),
            e => e,
        }
    }
}

/// `.context()` for any result whose error becomes an `EngineError`.
pub trait Context<T> {
    fn context(self, context: impl Into<String>) -> Result<T>;
    fn with_context<S: Into<String>>(self, f: impl FnOnce() -> S) -> Result<T>;
}

impl<T, E: Into<EngineError>> Context<T> for std::result::Result<T, E> {
    fn context(self, context: impl Into<String>) -> Result<T> {
        self.map_err(|e| EngineError::Context {
            context: context.into(),
            source: Box::new(e.into()),
        })
    }
    fn with_context<S: Into<String>>(self, f: impl FnOnce() -> S) -> Result<T> {
        self.map_err(|e| EngineError::Context {
            context: f().into(),
            source: Box::new(e.into()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_chain() {
        let e: EngineError = StartError::new(127, "sh: not found").into();
        assert_eq!(e.exit_code(), 127);
        let e = Err::<(), _>(e).context("starting").unwrap_err();
        assert_eq!(e.exit_code(), 127);
        assert_eq!(e.full_message(), "starting: sh: not found");
        assert_eq!(
            format!("{:#}", anyhow::Error::from(e)),
            "starting: sh: not found"
        );
        assert_eq!(EngineError::invalid("x").exit_code(), 125);
        assert_eq!(EngineError::not_found("x").kind(), ErrorKind::NotFound);
    }
}
