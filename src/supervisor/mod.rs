//! The per-container supervisor (our conmon): started detached by the CLI, it creates the
//! container, holds its stdio or pty, writes its log, serves the attach socket, records the
//! exit status and removes `--rm` containers. One small single-threaded process per container.
//!
//! Its parts, in the order of its life:
//! - `launch`: how the CLI starts one (forked ahead by root `run`, else exec'd as
//!   `rcon __supervise`), the fds and the go message it is handed; its entry point
//! - `setup`: the container's stdio or pty, the log, the attach socket, the cgroup, signalfd
//! - [`supervise`], here: spawn the container, the network hook (`network`), the running
//!   record and the report to the CLI
//! - `io`: the event loop: output to the log and to attach clients, their input to stdin
//! - `finish`: the exit status, the record, `--rm` cleanup
//! - `memory`: giving back what start-up used

pub mod finish;
pub mod io;
pub mod launch;
pub mod log;
mod memory;
pub mod network;
pub mod protocol;
pub mod setup;

use crate::runtime::{self, cgroup::Cgroup, init::Spawned, net::FreshNetns, Rootfs, StartError};
use crate::store::{ContainerStore, StartedProcess, StoreError};
use launch::Args;
use nix::sys::signal::Signal;
use nix::unistd::Pid;
use oci_spec::runtime::Spec;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::net::UnixStream;
use std::path::PathBuf;

/// Why a supervisor ended other than with its container. Most go only to its
/// `supervisor.log`; a start error ([`SupervisorError::Start`]) also reached the CLI.
#[derive(Debug, thiserror::Error)]
pub enum SupervisorError {
    /// the container's record
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Sys(#[from] nix::errno::Errno),
    /// the container's config.json
    #[error("{0}")]
    Spec(#[from] serde_json::Error),
    #[error("opening the log: {0}")]
    Log(std::io::Error),
    #[error("binding {}: {err}", path.display())]
    Bind { path: PathBuf, err: std::io::Error },
    #[error("receiving the container's terminal: {0}")]
    Terminal(nix::errno::Errno),
    #[error("poll: {0}")]
    Poll(nix::errno::Errno),
    /// the container did not start: recorded, and reported to the CLI
    #[error("{0}")]
    Start(StartError),
    /// the go message carries the store's paths as lines of UTF-8
    #[error("{}: not UTF-8", .0.display())]
    PathNotUtf8(PathBuf),
    #[error("{0:?}: a store path with a newline is not supported")]
    PathWithNewline(String),
    #[error("starting the container's supervisor: {0}")]
    Spawn(std::io::Error),
}

/// The supervisor, told its container (`args`); its exit status. `fresh_net`: the network
/// namespace a supervisor started ahead of its container made while it waited, for the
/// container if its spec asks for a new one.
pub fn main(args: Args, fresh_net: Option<FreshNetns>) -> i32 {
    match supervise(&args, fresh_net) {
        Ok(()) => 0,
        Err(e) => {
            tracing::error!("{e}");
            1
        }
    }
}

/// What the start made, for the event loop and the end.
struct Running {
    /// the container's init
    pid: Pid,
    cgroup: Option<Cgroup>,
    /// the container's mount namespace, held until the exit is reported (see
    /// `runtime::init::Spawned`)
    mount_ns: Option<OwnedFd>,
    /// our ends of its stdio
    ends: setup::RelayEnds,
}

fn supervise(args: &Args, fresh_net: Option<FreshNetns>) -> Result<(), SupervisorError> {
    let store = ContainerStore::new(args.paths.clone());
    let rec = store.load(&args.id)?;
    let spec: Spec = serde_json::from_slice(&std::fs::read(args.paths.spec_path(&args.id))?)?;
    // made by the CLI with the container's /etc files; if it cannot be, the bind below fails
    let _ = std::fs::create_dir_all(args.paths.run_container_dir(&args.id));
    let stdio = setup::ContainerStdio::new(&rec.config, args.tty_size)?;
    let log = setup::open_log(&args.paths, &rec)?;
    let listener = setup::bind_attach_socket(&args.paths, &args.id)?;
    let cgroup = setup::create_cgroup(&store, &args.id, &spec)?;
    let signals = setup::block_signals()?;
    let Some(running) = start(&store, args, &spec, stdio, cgroup, fresh_net)? else {
        return Ok(());
    };
    // the spec, the record and the start-up allocations are not needed any more: the heap
    // goes back shortly (`memory::trim`), as the supervisor lives as long as the container
    let (tty, auto_remove) = (rec.config.tty, rec.config.auto_remove);
    let timeout = rec.config.extras.timeout;
    drop(spec);
    drop(rec);
    let mut relay = io::Relay::new(running.pid, tty, signals, listener, log, running.ends);
    if timeout > 0 {
        relay.kill_after(std::time::Duration::from_secs(timeout.into()));
    }
    if args.attached {
        // SAFETY: fd 4 is the connected socket the CLI handed us.
        #[allow(unsafe_code)]
        let s = unsafe { UnixStream::from_raw_fd(launch::ATTACH_FD) };
        relay.clients.push(io::Client::new(s));
    }
    let code = relay.run()?;
    let clients = std::mem::take(&mut relay.clients);
    let cgroup = running.cgroup;
    finish::finish(
        &store,
        args,
        code,
        &cgroup,
        clients,
        auto_remove,
        running.mount_ns,
    );
    Ok(())
}

/// Create the container, attach its network (the hook), record it running and report to the
/// CLI. None if it failed to start: recorded and reported, there is nothing more to do.
fn start(
    store: &ContainerStore,
    args: &Args,
    spec: &Spec,
    stdio: setup::ContainerStdio,
    cgroup: Option<Cgroup>,
    fresh_net: Option<FreshNetns>,
) -> Result<Option<Running>, SupervisorError> {
    let id = args.id.as_str();
    // what the running state records of us, read now rather than after the container's exec,
    // when its start waits for that record
    let me = std::process::id() as i32;
    let my_start = runtime::proc::start_time(me).unwrap_or(0);
    // who we are, also where it survives a damaged record: `rm -f` and `system check
    // --repair` stop the container through it
    if let Err(e) = store.record_supervisor(id, me, my_start) {
        let err = StartError::engine(format!("recording the supervisor: {e}"));
        return Err(abort_start(store, id, cgroup.as_ref(), err));
    }
    let boot_id = runtime::proc::boot_id();
    // chrono reads the zone file at its first use: not while the container's start waits
    let _ = log::timestamp_now();
    let net_ready = network::use_fresh_netns(fresh_net, spec)
        .map_err(|e| abort_start(store, id, cgroup.as_ref(), e))?;
    // --preserve-fds: the CLI's, taken while it waits for our report
    let mut stdio = stdio;
    let preserved = match args.preserve_fds {
        Some((n, cli)) => match runtime::sys::take_fds(cli, n, 3 + n as i32) {
            Ok(fds) => fds,
            Err(e) => {
                let err = StartError::engine(format!("--preserve-fds: {e}"));
                abort_start(store, id, cgroup.as_ref(), err);
                return Ok(None);
            }
        },
        None => vec![],
    };
    stdio.stdio.preserved = preserved.iter().map(|f| f.as_raw_fd()).collect();
    let spawned = match cgroup.as_ref().map(Cgroup::join).transpose() {
        // SIGCHLD stays blocked here (the signalfd reads it even if the container exits at
        // once); the child resets its mask and dispositions before it execs
        Ok(join) => match Rootfs::from_spec(spec) {
            Ok(rootfs) => {
                runtime::init::spawn(spec, &rootfs, &stdio.stdio, join.as_ref(), net_ready)
            }
            Err(e) => Err(e),
        },
        Err(e) => Err(StartError::engine(e.to_string())),
    };
    // the container has its copies
    drop(preserved);
    let Spawned { pid, mount_ns } = match spawned {
        Ok(p) => p,
        Err(e) => {
            abort_start(store, id, cgroup.as_ref(), e);
            return Ok(None);
        }
    };
    let target = network::NetworkTarget { id, pid, spec };
    if let Err(e) = network::attach_interfaces(&target) {
        // already dead is as good
        let _ = nix::sys::signal::kill(pid, Signal::SIGKILL);
        abort_start(store, id, cgroup.as_ref(), e);
        return Ok(None);
    }
    let ends = stdio.into_relay_ends()?;
    let started = StartedProcess {
        pid: pid.as_raw(),
        pid_start: runtime::proc::start_time(pid.as_raw()).unwrap_or(0),
        supervisor_pid: me,
        supervisor_start: my_start,
        boot_id,
        started_at: log::timestamp_now(),
        cgroup: cgroup.as_ref().map(|c| c.to_record()).unwrap_or_default(),
    };
    if let Err(e) = store.update_state(id, |r| r.state.started(started)) {
        // the record vanished under us (rm -f raced the start): stop the container (already
        // dead is as good)
        let _ = nix::sys::signal::kill(pid, Signal::SIGKILL);
        let err = StartError::engine(e.to_string());
        launch::report(&String::from_utf8_lossy(&err.encode()));
        return Err(e.into());
    }
    launch::report(&format!("ok {}", pid.as_raw()));
    Ok(Some(Running {
        pid,
        cgroup,
        mount_ns,
        ends,
    }))
}

/// A start that failed before the container ran: its cgroup goes, the failure is recorded
/// and reported.
fn abort_start(
    store: &ContainerStore,
    id: &str,
    cgroup: Option<&Cgroup>,
    err: StartError,
) -> SupervisorError {
    if let Some(cg) = cgroup {
        cg.destroy();
    }
    finish::fail_start(store, id, &err);
    SupervisorError::Start(err)
}
