//! What the supervisor prepares before it spawns the container: the container's stdio or
//! pty and our ends of it, the log, the attach socket, the cgroup, and signals as a signalfd.

use super::{finish, protocol, SupervisorError};
use crate::runtime::{cgroup::Cgroup, init::Stdio, tty, StartError};
use crate::store::{ContainerConfig, ContainerRecord, ContainerStore, StorePaths};
use nix::sys::signal::{SigSet, Signal};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::net::UnixListener;

/// The container's stdio as the runtime is to set it up, with both ends of it.
pub struct ContainerStdio {
    /// what the runtime hands the container (fds of `theirs`)
    pub stdio: Stdio,
    /// the container's ends: closed here once it has them
    theirs: Vec<OwnedFd>,
    ours: OurEnds,
}

enum OurEnds {
    /// with -t the container makes its terminal in its own devpts and sends us the master
    /// over this socket
    Console(OwnedFd),
    /// the read ends of its stdout and stderr, the write end of its stdin (with -i)
    Pipes {
        out: OwnedFd,
        err: OwnedFd,
        stdin: Option<OwnedFd>,
    },
}

/// Our ends of the container's stdio, once it runs: what the event loop relays.
pub struct RelayEnds {
    /// its stdout, or the pty's master
    pub out: OwnedFd,
    /// its stderr (none with a pty)
    pub err: Option<OwnedFd>,
    /// its stdin: with -i, or the pty's master again
    pub stdin: Option<OwnedFd>,
}

impl ContainerStdio {
    pub fn new(
        config: &ContainerConfig,
        tty_size: Option<(u16, u16)>,
    ) -> Result<ContainerStdio, SupervisorError> {
        if config.tty {
            // until the container sends its terminal, our end of the socket stands in for it
            let (ours, theirs) = nix::sys::socket::socketpair(
                nix::sys::socket::AddressFamily::Unix,
                nix::sys::socket::SockType::Stream,
                None,
                nix::sys::socket::SockFlag::SOCK_CLOEXEC,
            )?;
            return Ok(ContainerStdio {
                stdio: Stdio {
                    stdin: -1,
                    stdout: -1,
                    stderr: -1,
                    tty: true,
                    console_socket: Some(theirs.as_raw_fd()),
                    console_size: Some(tty_size.unwrap_or((24, 80))),
                    preserved: vec![],
                },
                theirs: vec![theirs],
                ours: OurEnds::Console(ours),
            });
        }
        let pipe = || nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC);
        let (or, ow) = pipe()?;
        let (er, ew) = pipe()?;
        let (stdin_child, stdin_ours) = if config.interactive {
            let (ir, iw) = pipe()?;
            (ir, Some(iw))
        } else {
            let devnull: OwnedFd = std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .open("/dev/null")?
                .into();
            (devnull, None)
        };
        Ok(ContainerStdio {
            stdio: Stdio {
                stdin: stdin_child.as_raw_fd(),
                stdout: ow.as_raw_fd(),
                stderr: ew.as_raw_fd(),
                tty: false,
                console_socket: None,
                console_size: None,
                preserved: vec![],
            },
            theirs: vec![stdin_child, ow, ew],
            ours: OurEnds::Pipes {
                out: or,
                err: er,
                stdin: stdin_ours,
            },
        })
    }

    /// The container runs: close its ends (so that its exit shows as EOF) and take ours; with
    /// a pty, receive its master.
    pub fn into_relay_ends(self) -> Result<RelayEnds, SupervisorError> {
        drop(self.theirs);
        match self.ours {
            OurEnds::Console(sock) => {
                let master = tty::recv_fd(sock.as_raw_fd()).map_err(SupervisorError::Terminal)?;
                let master_in = master.try_clone()?;
                Ok(RelayEnds {
                    out: master,
                    err: None,
                    stdin: Some(master_in),
                })
            }
            OurEnds::Pipes { out, err, stdin } => Ok(RelayEnds {
                out,
                err: Some(err),
                stdin,
            }),
        }
    }
}

/// The container's log (k8s-file, rotated as its record says).
pub fn open_log(
    paths: &StorePaths,
    rec: &ContainerRecord,
) -> Result<super::log::LogWriter, SupervisorError> {
    super::log::LogWriter::open(
        &paths.container_log(&rec.id),
        rec.config.log_max_size,
        rec.config.log_max_file,
    )
    .map_err(SupervisorError::Log)
}

/// Bind the container's attach socket, non-blocking (a stale one, from a supervisor before
/// us, is replaced).
pub fn bind_attach_socket(paths: &StorePaths, id: &str) -> Result<UnixListener, SupervisorError> {
    let sock_path = paths.attach_socket(id);
    // none there is the usual case; one that cannot go fails the bind below
    let _ = std::fs::remove_file(&sock_path);
    let (_dirfd, bind_path) = protocol::short_socket_path(&sock_path)?;
    let listener = UnixListener::bind(&bind_path).map_err(|err| SupervisorError::Bind {
        path: sock_path,
        err,
    })?;
    listener.set_nonblocking(true)?;
    Ok(listener)
}

/// The container's cgroup, with the spec's `linux.resources`; None where rcon makes none
/// (rootless without a delegated v2 subtree). A failure is the start's: recorded and
/// reported.
pub fn create_cgroup(
    store: &ContainerStore,
    id: &str,
    spec: &oci_spec::runtime::Spec,
) -> Result<Option<Cgroup>, SupervisorError> {
    let linux = spec.linux().as_ref();
    let resources = linux.and_then(|l| l.resources().as_ref());
    let Some(path) = linux.and_then(|l| l.cgroups_path().as_deref()) else {
        return Ok(None);
    };
    Cgroup::create(path, resources).map_err(|e| {
        let err = StartError::engine(format!("creating the container's cgroup: {e}"));
        finish::fail_start(store, id, &err);
        SupervisorError::Start(err)
    })
}

/// Signals arrive as readable data: SIGCHLD tells us the container exited, termination
/// signals are passed on to it. SIGPIPE is ignored: broken clients show up as EPIPE.
pub fn block_signals() -> Result<SignalFd, SupervisorError> {
    let mut mask = SigSet::empty();
    for s in [
        Signal::SIGCHLD,
        Signal::SIGTERM,
        Signal::SIGINT,
        Signal::SIGHUP,
        Signal::SIGQUIT,
    ] {
        mask.add(s);
    }
    mask.thread_block()?;
    let sfd = SignalFd::with_flags(&mask, SfdFlags::SFD_NONBLOCK | SfdFlags::SFD_CLOEXEC)?;
    // SAFETY: ignoring SIGPIPE is process-wide and harmless: broken clients show up as EPIPE.
    #[allow(unsafe_code)]
    unsafe {
        // cannot fail for SIGPIPE and SIG_IGN
        let _ = nix::sys::signal::signal(Signal::SIGPIPE, nix::sys::signal::SigHandler::SigIgn);
    }
    Ok(sfd)
}
