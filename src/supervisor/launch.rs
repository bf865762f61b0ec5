//! How a supervisor comes to be, both sides of it.
//!
//! The parent (the CLI) starts one in one of two ways: root `run` forks it first thing
//! ([`prespawn`], dispatched by `main.rs` before clap, while the process has one thread), and
//! `start`, `restart` and rootless `run` exec `/proc/self/exe __supervise` ([`spawn`]). Either
//! way the supervisor has the same fds ([`REPORT_FD`], [`ATTACH_FD`], [`GO_FD`]) and learns
//! its container later, from the go message ([`PendingSupervisor::start`]), once the CLI has
//! created it.
//!
//! The child's side is [`supervise_main`], the entry `main.rs` dispatches to.

use super::SupervisorError;
use crate::runtime::{net::FreshNetns, sys, StartError};
use crate::store::StorePaths;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::net::UnixStream;
use std::os::unix::process::CommandExt;
use std::path::Path;

/// The hidden command of an exec'd supervisor: `rcon __supervise`.
pub const SUPERVISE: &str = "__supervise";

/// fd on which the CLI waits for "ok <pid>" or a start error
pub const REPORT_FD: RawFd = 3;
/// fd of an already connected attach client (foreground run / start -a), if any
pub const ATTACH_FD: RawFd = 4;
/// fd on which a supervisor spawned ahead of time learns its container and store (see
/// [`go_message`]); EOF means none is coming
pub const GO_FD: RawFd = 5;

/// What a supervisor is told on [`GO_FD`].
pub struct Args {
    pub paths: StorePaths,
    pub id: String,
    pub tty_size: Option<(u16, u16)>,
    pub attached: bool,
    /// --preserve-fds: (N, the CLI's pid): its fds 3..3+N go to the container's process
    pub preserve_fds: Option<(u32, i32)>,
}

/// A supervisor spawned ahead of its container. It is never waited for: it is detached
/// (setsid) and outlives the CLI. Dropped unused, it reads EOF on its go pipe and exits.
pub struct PendingSupervisor {
    /// "ok <pid>" or an encoded start error; EOF if the supervisor died first
    report: OwnedFd,
    /// the container, its store and whether a client stays attached go here ([`go_message`])
    go: OwnedFd,
}

/// What a supervisor answered its go message with.
pub enum Report {
    /// the container's process was exec'd: its pid
    Started(i32),
    /// the container failed to start, with the code `run` exits with
    Failed(StartError),
    /// the supervisor ended without an answer (its supervisor.log may say why)
    Died,
}

impl PendingSupervisor {
    /// Hand the supervisor its container (`go`, from [`go_message`]) and wait until the
    /// container's process has been exec'd or failed.
    pub fn start(self, go: &str) -> Report {
        // a supervisor that died early shows as EOF on the report pipe below
        let _ = std::fs::File::from(self.go).write_all(go.as_bytes());
        let mut msg = String::new();
        // an error reading is a supervisor that did not answer: as EOF, handled below
        let _ = std::fs::File::from(self.report).read_to_string(&mut msg);
        if let Some(pid) = msg.strip_prefix("ok ") {
            return Report::Started(pid.trim().parse().unwrap_or(0));
        }
        if msg.is_empty() {
            return Report::Died;
        }
        Report::Failed(StartError::decode(msg.as_bytes()))
    }
}

/// A supervisor root `run` forked first thing, with the CLI's end of its attach socket: the
/// CLI hands it to the engine (`Engine::prespawned`), whose `run` uses it.
pub struct Prespawned {
    pub supervisor: PendingSupervisor,
    pub attach: UnixStream,
}

/// Which process returns from [`prespawn`].
pub enum Prespawn {
    /// the CLI, which goes on with a supervisor waiting for it or, if that failed, without
    Cli(Option<Prespawned>),
    /// the forked supervisor, with its fds in place: it runs [`supervise_main`]
    Supervisor,
}

/// What the CLI tells a supervisor on [`GO_FD`]: four lines, `<id> <rows>,<cols>` (the
/// terminal's size, or `-`), the store's root, its runroot, and the flags `rootless`,
/// `attached` and `noevents` (`--events-backend none`) (or `-`).
pub fn go_message(
    id: &str,
    tty_size: Option<(u16, u16)>,
    paths: &StorePaths,
    attached: bool,
    preserve_fds: u32,
) -> Result<String, SupervisorError> {
    let path = |p: &Path| -> Result<String, SupervisorError> {
        let s = p
            .to_str()
            .ok_or_else(|| SupervisorError::PathNotUtf8(p.to_path_buf()))?;
        if s.contains('\n') {
            return Err(SupervisorError::PathWithNewline(s.to_string()));
        }
        Ok(s.to_string())
    };
    let size = match tty_size {
        Some((r, c)) => format!("{r},{c}"),
        None => "-".into(),
    };
    let mut flags = vec![];
    if paths.rootless {
        flags.push("rootless".to_string());
    }
    if attached {
        flags.push("attached".to_string());
    }
    if preserve_fds > 0 {
        // the supervisor takes them from us (pidfd_getfd) while we wait for its report
        flags.push(format!("fds={preserve_fds}:{}", std::process::id()));
    }
    if paths.no_events {
        flags.push("noevents".to_string());
    }
    let flags = if flags.is_empty() {
        "-".to_string()
    } else {
        flags.join(" ")
    };
    Ok(format!(
        "{id} {size}\n{}\n{}\n{flags}\n",
        path(&paths.root)?,
        path(&paths.runroot)?
    ))
}

/// In a new supervisor, between fork and exec or in a forked one: a session of its own, the
/// report pipe on fd 3, `attach` (if any) on fd 4 and the go pipe on fd 5. Only
/// async-signal-safe calls (setsid, fcntl, dup2).
fn place_fds(report: RawFd, go: RawFd, attach: Option<RawFd>) -> nix::Result<()> {
    nix::unistd::setsid()?;
    // move all out of the way first (any may sit on 3, 4 or 5), then dup2 them into place:
    // dup2 clears close-on-exec on the new fd, exactly the ones we hand over
    let high = |fd: RawFd| nix::fcntl::fcntl(fd, nix::fcntl::FcntlArg::F_DUPFD_CLOEXEC(10));
    let r = high(report)?;
    let g = high(go)?;
    let a = attach.map(high).transpose()?;
    nix::unistd::dup2(r, REPORT_FD)?;
    nix::unistd::dup2(g, GO_FD)?;
    if let Some(a) = a {
        nix::unistd::dup2(a, ATTACH_FD)?;
    }
    Ok(())
}

/// Spawn `exe __supervise` with its pipes and `attach` in place (`place_fds`). `attach` is
/// the supervisor's end of a socketpair when the caller stays attached.
pub fn spawn(
    exe: &Path,
    attach: Option<&UnixStream>,
) -> Result<PendingSupervisor, SupervisorError> {
    let (report_r, report_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC)?;
    let (go_r, go_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC)?;
    let mut cmd = std::process::Command::new(exe);
    cmd.arg(SUPERVISE);
    // its diagnostics go to the container's supervisor.log, once it knows the container
    cmd.stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    let (report_fd, go_fd) = (report_w.as_raw_fd(), go_r.as_raw_fd());
    let attach_fd = attach.map(|a| a.as_raw_fd());
    // SAFETY: place_fds makes only async-signal-safe calls.
    #[allow(unsafe_code)]
    unsafe {
        cmd.pre_exec(move || place_fds(report_fd, go_fd, attach_fd).map_err(std::io::Error::from));
    }
    // the child is never waited for (see PendingSupervisor)
    cmd.spawn().map_err(SupervisorError::Spawn)?;
    Ok(PendingSupervisor {
        report: report_r,
        go: go_w,
    })
}

/// Start `run`'s supervisor at once, as a fork of the CLI before it parsed its arguments: a
/// copy of a process that has done nothing yet, ready without an exec and start-up of its
/// own, which are on a container start's critical path otherwise. As root only: rootless
/// `run` spawns it inside its user namespace. Unused, it reads EOF when the CLI exits and
/// exits too. Must be called while the process has one thread.
pub fn prespawn() -> Prespawn {
    let Ok((ours, theirs)) = UnixStream::pair() else {
        return Prespawn::Cli(None);
    };
    let pipe = || nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC);
    let (Ok((report_r, report_w)), Ok((go_r, go_w))) = (pipe(), pipe()) else {
        return Prespawn::Cli(None);
    };
    // SAFETY: the process has one thread (the caller's promise), so the child may run
    // anything.
    #[allow(unsafe_code)]
    match unsafe { nix::unistd::fork() } {
        Err(_) => Prespawn::Cli(None),
        Ok(nix::unistd::ForkResult::Parent { .. }) => Prespawn::Cli(Some(Prespawned {
            supervisor: PendingSupervisor {
                report: report_r,
                go: go_w,
            },
            attach: ours,
        })),
        Ok(nix::unistd::ForkResult::Child) => {
            // what an exec would have done: stdio on /dev/null, nothing open but fds 0-5
            let placed = place_fds(
                report_w.as_raw_fd(),
                go_r.as_raw_fd(),
                Some(theirs.as_raw_fd()),
            )
            .and_then(|()| {
                let null = nix::fcntl::open(
                    "/dev/null",
                    nix::fcntl::OFlag::O_RDWR,
                    nix::sys::stat::Mode::empty(),
                )?;
                for fd in 0..3 {
                    nix::unistd::dup2(null, fd)?;
                }
                sys::close_from(GO_FD + 1)
            });
            // closed above (or about to be, by exit): their numbers may be 3-5 by now
            for fd in [ours.into(), theirs.into()] {
                std::mem::forget::<OwnedFd>(fd);
            }
            std::mem::forget((report_r, report_w, go_r, go_w));
            if placed.is_err() {
                std::process::exit(125);
            }
            // not `rcon run ...` in ps for as long as the container runs, but what a spawned
            // supervisor shows
            sys::set_cmdline(&["rcon", SUPERVISE]);
            Prespawn::Supervisor
        }
    }
}

/// The supervisor's entry: `rcon __supervise` (spawned, `extra` its further arguments: none
/// are expected) or the fork of [`prespawn`] (`ahead`). The container, its store and whether
/// a client stays attached come on fd 5. It runs for the container's whole life, so it skips
/// clap's command tree and the tracing subscriber unless RCON_LOG asks for it (memory and
/// start-up time are requirements there).
///
/// `ahead`: started by `run` before it parsed its arguments, with time to spare until the
/// container is known: it makes the container's network namespace meanwhile.
pub fn supervise_main(extra: &[String], ahead: bool) -> i32 {
    if !extra.is_empty() {
        return 125;
    }
    let fresh_net = if ahead { FreshNetns::enter() } else { None };
    // nothing to supervise: the CLI gave up before starting a container
    let Some(args) = await_container() else {
        return 0;
    };
    if !args.attached {
        // a supervisor spawned before the CLI knew whether it stays attached has the socket
        // anyway: it is not used (and a close that fails leaves a socket nobody reads)
        let _ = nix::unistd::close(ATTACH_FD);
    }
    log_to_run_dir(&args.paths, &args.id);
    if let Ok(level) = std::env::var("RCON_LOG") {
        crate::init_tracing(Some(&level));
    }
    super::main(args, fresh_net)
}

/// Wait for the container to supervise (see [`GO_FD`]).
fn await_container() -> Option<Args> {
    // SAFETY: fd 5 is the read end of the pipe the CLI set up for us, used once.
    #[allow(unsafe_code)]
    let mut f = unsafe { std::fs::File::from_raw_fd(GO_FD) };
    let mut msg = Vec::with_capacity(256);
    let mut buf = [0u8; 256];
    while msg.iter().filter(|b| **b == b'\n').count() < 4 {
        match f.read(&mut buf) {
            Ok(0) => return None,
            Ok(n) => msg.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return None,
        }
    }
    let msg = String::from_utf8(msg).ok()?;
    let mut lines = msg.lines();
    let (id, size) = lines.next()?.split_once(' ')?;
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let tty_size = size
        .split_once(',')
        .and_then(|(r, c)| Some((r.parse().ok()?, c.parse().ok()?)));
    let root = std::path::PathBuf::from(lines.next()?);
    let runroot = std::path::PathBuf::from(lines.next()?);
    let flags: Vec<&str> = lines.next()?.split(' ').collect();
    Some(Args {
        paths: StorePaths {
            no_events: flags.contains(&"noevents"),
            ..StorePaths::new(root, runroot, flags.contains(&"rootless"))
        },
        id: id.to_string(),
        tty_size,
        attached: flags.contains(&"attached"),
        preserve_fds: flags.iter().find_map(|f| {
            let (n, pid) = f.strip_prefix("fds=")?.split_once(':')?;
            Some((n.parse().ok()?, pid.parse().ok()?))
        }),
    })
}

/// From here on, diagnostics go to the container's `supervisor.log`. Where that cannot be
/// opened they go nowhere (stderr is /dev/null): nothing else is affected.
fn log_to_run_dir(paths: &StorePaths, id: &str) {
    // a run dir that cannot be made shows as the open below failing
    let _ = std::fs::create_dir_all(paths.run_container_dir(id));
    if let Ok(f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(paths.supervisor_log(id))
    {
        // stderr stays /dev/null if this fails
        let _ = nix::unistd::dup2(f.as_raw_fd(), 2);
    }
}

/// Answer the CLI on [`REPORT_FD`]: "ok <pid>" or an encoded start error. Once only.
pub(super) fn report(msg: &str) {
    // SAFETY: fd 3 was set up by the CLI for us and is used once.
    #[allow(unsafe_code)]
    let mut f = unsafe { std::fs::File::from_raw_fd(REPORT_FD) };
    // the CLI gone (killed while it waited): there is no one left to tell
    let _ = f.write_all(msg.as_bytes());
}
