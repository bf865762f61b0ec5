//! The per-container supervisor (our conmon): started detached by the CLI, it creates the
//! container, holds its stdio or pty, writes its log, serves the attach socket, records the
//! exit status and removes `--rm` containers. One small single-threaded process per container.

pub mod log;
pub mod protocol;

use crate::runtime::{self, cgroup::Cgroup, init::Stdio, tty, Rootfs, StartError};
use crate::store::{ContainerStatus, ContainerStore, StorePaths};
use nix::poll::{PollFd, PollFlags, PollTimeout};
use nix::sys::signal::{SigSet, Signal};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
use protocol::FrameReader;
use std::io::{Read, Write};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::PathBuf;

/// fd on which the CLI waits for "ok <pid>" or a start error
pub const REPORT_FD: RawFd = 3;
/// fd of an already connected attach client (foreground run / start -a), if any
pub const ATTACH_FD: RawFd = 4;
/// fd on which a supervisor spawned ahead of time learns its container and store (see
/// [`go_message`]); EOF means none is coming
pub const GO_FD: RawFd = 5;

/// What the CLI tells a supervisor on [`GO_FD`]: four lines, `<id> <rows>,<cols>` (the
/// terminal's size, or `-`), the store's root, its runroot, and the flags `rootless` and
/// `attached` (or `-`).
pub fn go_message(
    id: &str,
    tty_size: Option<(u16, u16)>,
    paths: &StorePaths,
    attached: bool,
) -> Result<String, String> {
    let path = |p: &std::path::Path| -> Result<String, String> {
        let s = p
            .to_str()
            .ok_or_else(|| format!("{}: not UTF-8", p.display()))?;
        if s.contains('\n') {
            return Err(format!(
                "{s:?}: a store path with a newline is not supported"
            ));
        }
        Ok(s.to_string())
    };
    let size = match tty_size {
        Some((r, c)) => format!("{r},{c}"),
        None => "-".into(),
    };
    let mut flags = vec![];
    if paths.rootless {
        flags.push("rootless");
    }
    if attached {
        flags.push("attached");
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

/// Wait for the container to supervise (see [`GO_FD`]).
pub fn await_container() -> Option<Args> {
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
        paths: StorePaths::new(root, runroot, flags.contains(&"rootless")),
        id: id.to_string(),
        tty_size,
        attached: flags.contains(&"attached"),
    })
}

/// From here on, diagnostics go to the container's `supervisor.log`.
pub fn log_to_run_dir(paths: &StorePaths, id: &str) {
    let run_dir = paths.run_container_dir(id);
    let _ = std::fs::create_dir_all(&run_dir);
    if let Ok(f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(run_dir.join("supervisor.log"))
    {
        let _ = nix::unistd::dup2(f.as_raw_fd(), 2);
    }
}

pub struct Args {
    pub paths: StorePaths,
    pub id: String,
    pub tty_size: Option<(u16, u16)>,
    pub attached: bool,
}

/// What a client is sent, beyond what the socket accepts right now.
struct Client {
    sock: UnixStream,
    reader: FrameReader,
    outbox: Vec<u8>,
}

const MAX_OUTBOX: usize = 4 << 20;

fn report(msg: &str) {
    // SAFETY: fd 3 was set up by the CLI for us and is used once.
    #[allow(unsafe_code)]
    let mut f = unsafe { std::fs::File::from_raw_fd(REPORT_FD) };
    let _ = f.write_all(msg.as_bytes());
}

/// The image layers under a container, top first.
pub fn layer_dirs(paths: &StorePaths, rec: &crate::store::ContainerRecord) -> Vec<PathBuf> {
    rec.config
        .layers
        .iter()
        .map(|l| {
            paths
                .layers()
                .join(l.trim_start_matches("sha256:"))
                .join("diff")
        })
        .collect()
}

/// The container's root filesystem as the runtime mounts it.
pub fn rootfs_of(paths: &StorePaths, rec: &crate::store::ContainerRecord) -> Rootfs {
    let dir = paths.container_dir(&rec.id);
    if rec.config.is_vfs() {
        return Rootfs::Dir(dir.join("rootfs"));
    }
    Rootfs::Overlay {
        lower: layer_dirs(paths, rec),
        upper: dir.join("upper"),
        work: dir.join("work"),
        target: paths.merged_dir(&rec.id),
        userxattr: paths.rootless,
        volatile: rec.config.auto_remove,
    }
}

pub fn attach_socket_path(paths: &StorePaths, id: &str) -> PathBuf {
    paths.run_container_dir(id).join("attach.sock")
}

/// Unix socket paths are limited to 108 bytes: reach long ones through an O_PATH fd of
/// their directory.
pub fn short_socket_path(path: &std::path::Path) -> std::io::Result<(Option<OwnedFd>, PathBuf)> {
    if path.as_os_str().len() < 100 {
        return Ok((None, path.to_path_buf()));
    }
    let dir = path.parent().unwrap_or(std::path::Path::new("/"));
    let fd: OwnedFd = std::fs::File::open(dir)?.into();
    let p = PathBuf::from(format!(
        "/proc/self/fd/{}/{}",
        fd.as_raw_fd(),
        path.file_name().unwrap().to_string_lossy()
    ));
    Ok((Some(fd), p))
}

/// `fresh_net`: the network namespace a supervisor started ahead of its container made while
/// it waited (`net::FreshNetns`), for the container if its spec asks for a new one.
pub fn main(args: Args, fresh_net: Option<runtime::net::FreshNetns>) -> i32 {
    match supervise(&args, fresh_net) {
        Ok(()) => 0,
        Err(e) => {
            tracing::error!("{e}");
            1
        }
    }
}

fn supervise(args: &Args, fresh_net: Option<runtime::net::FreshNetns>) -> Result<(), String> {
    let store = ContainerStore::new(args.paths.clone());
    let rec = store.load(&args.id).map_err(|e| e.to_string())?;
    let auto_remove = rec.config.auto_remove;
    let dir = args.paths.container_dir(&args.id);
    let spec: oci_spec::runtime::Spec = serde_json::from_slice(
        &std::fs::read(args.paths.spec_path(&args.id)).map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;
    let rootfs = Rootfs::from_spec(&spec).map_err(|e| e.msg)?;
    let run_dir = args.paths.run_container_dir(&args.id);
    let _ = std::fs::create_dir_all(&run_dir);

    // the container's stdio, and our ends of it
    let tty = rec.config.tty;
    let devnull: OwnedFd = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/null")
        .map_err(|e| e.to_string())?
        .into();
    let (stdio, out_fd, err_fd, in_fd, _keep): (
        Stdio,
        OwnedFd,
        Option<OwnedFd>,
        Option<OwnedFd>,
        Vec<OwnedFd>,
    ) = if tty {
        // the container makes its terminal in its own devpts and sends us the master; until
        // then our end of the socket stands in for it
        let (ours, theirs) = nix::sys::socket::socketpair(
            nix::sys::socket::AddressFamily::Unix,
            nix::sys::socket::SockType::Stream,
            None,
            nix::sys::socket::SockFlag::SOCK_CLOEXEC,
        )
        .map_err(|e| e.to_string())?;
        let size = Some(args.tty_size.unwrap_or((24, 80)));
        let t = theirs.as_raw_fd();
        (
            Stdio {
                stdin: -1,
                stdout: -1,
                stderr: -1,
                tty: true,
                console_socket: Some(t),
                console_size: size,
            },
            ours,
            None,
            None,
            vec![theirs],
        )
    } else {
        let (or, ow) =
            nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).map_err(|e| e.to_string())?;
        let (er, ew) =
            nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).map_err(|e| e.to_string())?;
        let (stdin_child, stdin_ours) = if rec.config.interactive {
            let (ir, iw) =
                nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).map_err(|e| e.to_string())?;
            (ir, Some(iw))
        } else {
            (devnull.try_clone().map_err(|e| e.to_string())?, None)
        };
        (
            Stdio {
                stdin: stdin_child.as_raw_fd(),
                stdout: ow.as_raw_fd(),
                stderr: ew.as_raw_fd(),
                tty: false,
                console_socket: None,
                console_size: None,
            },
            or,
            Some(er),
            stdin_ours,
            vec![stdin_child, ow, ew],
        )
    };
    let mut log = log::LogWriter::open(
        &dir.join("ctr.log"),
        rec.config.log_max_size,
        rec.config.log_max_file,
    )
    .map_err(|e| format!("opening the log: {e}"))?;

    let sock_path = attach_socket_path(&args.paths, &args.id);
    let _ = std::fs::remove_file(&sock_path);
    let (_dirfd, bind_path) = short_socket_path(&sock_path).map_err(|e| e.to_string())?;
    let listener = UnixListener::bind(&bind_path)
        .map_err(|e| format!("binding {}: {e}", sock_path.display()))?;
    listener.set_nonblocking(true).map_err(|e| e.to_string())?;

    let linux = spec.linux().as_ref();
    let resources = linux.and_then(|l| l.resources().as_ref());
    let cg_path = linux.and_then(|l| l.cgroups_path().as_deref());
    let cgroup = match cg_path.map(|p| Cgroup::create(p, resources)).transpose() {
        Ok(c) => c.flatten(),
        Err(e) => {
            let err = StartError::engine(format!("creating the container's cgroup: {e}"));
            fail_start(&store, &args.id, &err);
            return Err(err.msg);
        }
    };

    // signals arrive as readable data; SIGCHLD tells us the container exited
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
    mask.thread_block().map_err(|e| e.to_string())?;
    let sfd = SignalFd::with_flags(&mask, SfdFlags::SFD_NONBLOCK | SfdFlags::SFD_CLOEXEC)
        .map_err(|e| e.to_string())?;
    // SAFETY: ignoring SIGPIPE is process-wide and harmless: broken clients show up as EPIPE.
    #[allow(unsafe_code)]
    unsafe {
        let _ = nix::sys::signal::signal(Signal::SIGPIPE, nix::sys::signal::SigHandler::SigIgn);
    }

    // what the running state records of us, read now rather than after the container's exec,
    // when its start waits for that record; chrono reads the zone file at its first use
    let me = std::process::id() as i32;
    let my_start = runtime::proc::start_time(me).unwrap_or(0);
    // who we are, also where it survives a damaged record: `rm -f` and `system check
    // --repair` stop the container through it
    if let Err(e) = store.record_supervisor(&args.id, me, my_start) {
        if let Some(cg) = &cgroup {
            cg.destroy();
        }
        let err = StartError::engine(format!("recording the supervisor: {e}"));
        fail_start(&store, &args.id, &err);
        return Err(err.msg);
    }
    let boot_id = runtime::proc::boot_id();
    let _ = log::timestamp_now();
    // the container keeps the network namespace made ahead if it is to have a new one of
    // its own, made by root; otherwise we go back to where we came from first
    let net_ready = match fresh_net {
        Some(_) if wants_fresh_netns(&spec) => true,
        Some(n) => {
            if let Err(e) = n.leave() {
                if let Some(cg) = &cgroup {
                    cg.destroy();
                }
                fail_start(&store, &args.id, &e);
                return Err(e.msg);
            }
            false
        }
        None => false,
    };
    let spawned = match cgroup.as_ref().map(Cgroup::join).transpose() {
        // SIGCHLD stays blocked here (the signalfd reads it even if the container exits at
        // once); the child resets its mask and dispositions before it execs
        Ok(join) => runtime::init::spawn(&spec, &rootfs, &stdio, join.as_ref(), net_ready),
        Err(e) => Err(StartError::engine(e.to_string())),
    };
    let runtime::init::Spawned { pid, mount_ns } = match spawned {
        Ok(p) => p,
        Err(e) => {
            if let Some(cg) = &cgroup {
                cg.destroy();
            }
            fail_start(&store, &args.id, &e);
            return Ok(());
        }
    };
    drop(_keep);
    drop(devnull);
    let (out_fd, mut in_fd) = if tty {
        let master = tty::recv_fd(out_fd.as_raw_fd())
            .map_err(|e| format!("receiving the container's terminal: {e}"))?;
        let master_in = master.try_clone().map_err(|e| e.to_string())?;
        (master, Some(master_in))
    } else {
        (out_fd, in_fd)
    };
    let pid_start = runtime::proc::start_time(pid.as_raw()).unwrap_or(0);
    let rec = store.update_state(&args.id, |r| {
        r.state.status = ContainerStatus::Running;
        r.state.pid = pid.as_raw();
        r.state.pid_start = pid_start;
        r.state.supervisor_pid = me;
        r.state.supervisor_start = my_start;
        r.state.boot_id = boot_id;
        r.state.started_at = Some(log::timestamp_now());
        r.state.finished_at = None;
        r.state.exit_code = None;
        r.state.error.clear();
        r.state.cgroup = cgroup.as_ref().map(|c| c.to_record()).unwrap_or_default();
    });
    if let Err(e) = rec {
        // the record vanished under us (rm -f raced the start): stop the container
        let _ = nix::sys::signal::kill(pid, Signal::SIGKILL);
        report(&String::from_utf8_lossy(
            &StartError::engine(e.to_string()).encode(),
        ));
        return Err(e.to_string());
    }
    report(&format!("ok {}", pid.as_raw()));
    // the spec and the start-up allocations are not needed any more: give the heap back, the
    // supervisor lives as long as the container; not at once, so that a short-lived container
    // (`run --rm IMG true`) does not wait for it
    drop(spec);
    let mut trim_at = Some(std::time::Instant::now() + TRIM_DELAY);

    let mut clients: Vec<Client> = vec![];
    if args.attached {
        // SAFETY: fd 4 is the connected socket the CLI handed us.
        #[allow(unsafe_code)]
        let s = unsafe { UnixStream::from_raw_fd(ATTACH_FD) };
        let _ = s.set_nonblocking(true);
        clients.push(Client {
            sock: s,
            reader: FrameReader::default(),
            outbox: vec![],
        });
    }

    let mut out_open = true;
    let mut err_fd = err_fd;
    let mut exit_code: Option<i32> = None;
    let mut buf = vec![0u8; 64 * 1024];
    let mut in_outbox: Vec<u8> = vec![];
    let mut stdin_eof = false;
    if let Some(f) = &in_fd {
        let _ = nix::fcntl::fcntl(
            f.as_raw_fd(),
            nix::fcntl::FcntlArg::F_SETFL(nix::fcntl::OFlag::O_NONBLOCK),
        );
    }
    loop {
        // once the container exited, drain what is left without waiting for new data
        let timeout = match (exit_code, trim_at) {
            (Some(_), _) => PollTimeout::ZERO,
            (None, Some(t)) => {
                let ms = t
                    .saturating_duration_since(std::time::Instant::now())
                    .as_millis();
                PollTimeout::try_from(ms as i32 + 1).unwrap_or(PollTimeout::NONE)
            }
            (None, None) => PollTimeout::NONE,
        };
        let mut fds: Vec<PollFd> = vec![];
        let out_b = out_fd.as_fd();
        fds.push(PollFd::new(sfd.as_fd(), PollFlags::POLLIN));
        fds.push(PollFd::new(listener.as_fd(), PollFlags::POLLIN));
        let out_idx = if out_open {
            fds.push(PollFd::new(out_b, PollFlags::POLLIN));
            Some(fds.len() - 1)
        } else {
            None
        };
        let err_idx = if let Some(e) = &err_fd {
            fds.push(PollFd::new(e.as_fd(), PollFlags::POLLIN));
            Some(fds.len() - 1)
        } else {
            None
        };
        let in_idx = match (&in_fd, in_outbox.is_empty()) {
            (Some(f), false) => {
                fds.push(PollFd::new(f.as_fd(), PollFlags::POLLOUT));
                Some(fds.len() - 1)
            }
            _ => None,
        };
        let client_base = fds.len();
        let client_fds: Vec<BorrowedFd> = clients.iter().map(|c| c.sock.as_fd()).collect();
        for (i, c) in client_fds.iter().enumerate() {
            let mut fl = PollFlags::POLLIN;
            if !clients[i].outbox.is_empty() {
                fl |= PollFlags::POLLOUT;
            }
            fds.push(PollFd::new(*c, fl));
        }
        match nix::poll::poll(&mut fds, timeout) {
            Ok(_) => {}
            Err(nix::errno::Errno::EINTR) => continue,
            Err(e) => return Err(format!("poll: {e}")),
        }
        if trim_at.is_some_and(|t| std::time::Instant::now() >= t) && exit_code.is_none() {
            trim_at = None;
            trim_heap();
        }
        let ready = |i: usize| fds[i].revents().map(|r| !r.is_empty()).unwrap_or(false);
        let sig_ready = ready(0);
        let listen_ready = ready(1);
        let out_ready = out_idx.map(ready).unwrap_or(false);
        let err_ready = err_idx.map(ready).unwrap_or(false);
        let in_ready = in_idx.map(ready).unwrap_or(false);
        let client_ready: Vec<bool> = (0..clients.len()).map(|i| ready(client_base + i)).collect();
        drop(fds);
        drop(client_fds);

        let mut got_output = false;
        for (idx, is_err) in [(out_ready, false), (err_ready, true)] {
            if !idx {
                continue;
            }
            let fd = if is_err {
                err_fd.as_ref().map(|f| f.as_raw_fd())
            } else {
                Some(out_fd.as_raw_fd())
            };
            let Some(fd) = fd else { continue };
            match nix::unistd::read(fd, &mut buf) {
                Ok(0) | Err(nix::errno::Errno::EIO) => {
                    if is_err {
                        err_fd = None
                    } else {
                        out_open = false
                    }
                }
                Ok(n) => {
                    got_output = true;
                    let stream = if is_err { "stderr" } else { "stdout" };
                    if let Err(e) = log.write_chunk(stream, &buf[..n]) {
                        tracing::warn!("writing the log: {e}");
                    }
                    let f = protocol::frame(
                        if is_err {
                            protocol::STDERR
                        } else {
                            protocol::STDOUT
                        },
                        &buf[..n],
                    );
                    for c in clients.iter_mut() {
                        c.outbox.extend_from_slice(&f);
                    }
                }
                Err(nix::errno::Errno::EAGAIN) | Err(nix::errno::Errno::EINTR) => {}
                Err(_) => {
                    if is_err {
                        err_fd = None
                    } else {
                        out_open = false
                    }
                }
            }
        }
        if listen_ready {
            while let Ok((s, _)) = listener.accept() {
                let _ = s.set_nonblocking(true);
                clients.push(Client {
                    sock: s,
                    reader: FrameReader::default(),
                    outbox: vec![],
                });
            }
        }
        let mut drop_clients = vec![];
        for (i, ready) in client_ready.iter().enumerate() {
            if !ready || i >= clients.len() {
                continue;
            }
            let c = &mut clients[i];
            let mut closed = false;
            loop {
                match c.sock.read(&mut buf) {
                    Ok(0) => {
                        closed = true;
                        break;
                    }
                    Ok(n) => c.reader.push(&buf[..n]),
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => break,
                    Err(_) => {
                        closed = true;
                        break;
                    }
                }
            }
            while let Some((kind, payload)) = c.reader.next_frame() {
                match kind {
                    protocol::STDIN => in_outbox.extend_from_slice(&payload),
                    protocol::STDIN_EOF if !tty => stdin_eof = true,
                    protocol::RESIZE if payload.len() == 4 && tty => {
                        tty::set_size(
                            out_fd.as_raw_fd(),
                            u16::from_be_bytes([payload[0], payload[1]]),
                            u16::from_be_bytes([payload[2], payload[3]]),
                        );
                    }
                    protocol::SIGNAL if payload.len() == 4 && exit_code.is_none() => {
                        let sig =
                            i32::from_be_bytes([payload[0], payload[1], payload[2], payload[3]]);
                        if let Ok(s) = Signal::try_from(sig) {
                            let _ = nix::sys::signal::kill(pid, s);
                        }
                    }
                    _ => {}
                }
            }
            if !c.outbox.is_empty() {
                match c.sock.write(&c.outbox) {
                    Ok(n) => {
                        c.outbox.drain(..n);
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
                    Err(_) => closed = true,
                }
            }
            if closed || c.outbox.len() > MAX_OUTBOX {
                drop_clients.push(i);
            }
        }
        for i in drop_clients.into_iter().rev() {
            clients.remove(i);
        }
        // flush pending output to clients that were not readable this round
        for c in clients.iter_mut() {
            if !c.outbox.is_empty() {
                if let Ok(n) = c.sock.write(&c.outbox) {
                    c.outbox.drain(..n);
                }
            }
        }
        let _ = in_ready;
        if let Some(f) = &in_fd {
            if !in_outbox.is_empty() {
                match nix::unistd::write(f, &in_outbox) {
                    Ok(n) => {
                        in_outbox.drain(..n);
                    }
                    Err(nix::errno::Errno::EAGAIN) => {}
                    Err(_) => {
                        in_outbox.clear();
                        in_fd = None;
                    }
                }
            }
            // the client closed its stdin: close the container's once all was delivered
            if stdin_eof && in_outbox.is_empty() {
                in_fd = None;
            }
        } else {
            in_outbox.clear();
        }
        if sig_ready {
            while let Ok(Some(si)) = sfd.read_signal() {
                let s = si.ssi_signo as i32;
                if s == libc::SIGCHLD {
                    continue;
                }
                if exit_code.is_none() {
                    // our own stop request (systemd, kill of the supervisor): pass it on
                    let _ =
                        nix::sys::signal::kill(pid, Signal::try_from(s).unwrap_or(Signal::SIGTERM));
                }
            }
            if exit_code.is_none() {
                match waitpid(pid, Some(WaitPidFlag::WNOHANG)) {
                    Ok(WaitStatus::Exited(_, c)) => exit_code = Some(c),
                    Ok(WaitStatus::Signaled(_, s, _)) => exit_code = Some(128 + s as i32),
                    _ => {}
                }
            }
        }
        if let Some(code) = exit_code {
            let outputs_done = !out_open && err_fd.is_none();
            if outputs_done || !got_output {
                return finish(&store, args, code, &cgroup, clients, auto_remove, mount_ns);
            }
        }
    }
}

fn fail_start(store: &ContainerStore, id: &str, e: &StartError) {
    let _ = store.update_state(id, |r| {
        r.state.status = ContainerStatus::Created;
        r.state.error = e.msg.clone();
    });
    report(&String::from_utf8_lossy(&e.encode()));
}

fn finish(
    store: &ContainerStore,
    args: &Args,
    code: i32,
    cgroup: &Option<Cgroup>,
    mut clients: Vec<Client>,
    auto_remove: bool,
    mut mount_ns: Option<OwnedFd>,
) -> Result<(), String> {
    let exits = args.paths.exits();
    let _ = crate::store::atomic::write_bytes_volatile(
        &exits.join(&args.id),
        code.to_string().as_bytes(),
    );
    let mut recorded_cgroup = String::new();
    let mut trash = None;
    if auto_remove {
        // --rm: the record leaves the store at once (no exited state written first; the exit
        // file has the status), before an attached `run --rm` returns, as with podman; the
        // files are deleted after we answered
        if let Ok(_g) = store.lock(&args.id) {
            if let Ok(rec) = store.load(&args.id) {
                recorded_cgroup = rec.state.cgroup.clone();
                match store.detach_locked(&rec) {
                    Ok(t) => trash = Some(t),
                    Err(e) => tracing::warn!("removing container {}: {e}", args.id),
                }
            }
        }
    } else {
        // the container's mounts go before it shows as exited, which lets it be started
        // again (its overlay's upper and work dirs are not to be in two mounts at once)
        drop(mount_ns.take());
        let _ = store.update_state(&args.id, |r| {
            r.state.status = ContainerStatus::Exited;
            r.state.exit_code = Some(code);
            r.state.finished_at = Some(log::timestamp_now());
            r.state.pid = 0;
            r.state.supervisor_pid = 0;
            recorded_cgroup = std::mem::take(&mut r.state.cgroup);
        });
    }
    if let Some(cg) = cgroup {
        cg.destroy();
    }
    // a cgroup made later (the v1 freezer of a paused container)
    if let Some(cg) = Cgroup::from_record(&recorded_cgroup).filter(|c| Some(c) != cgroup.as_ref()) {
        cg.destroy();
    }
    let _ = std::fs::remove_file(attach_socket_path(&args.paths, &args.id));
    let f = protocol::frame(protocol::EXIT, &code.to_be_bytes());
    for c in clients.iter_mut() {
        c.outbox.extend_from_slice(&f);
        let _ = c.sock.set_nonblocking(false);
        let _ = c
            .sock
            .set_write_timeout(Some(std::time::Duration::from_secs(5)));
        let _ = c.sock.write_all(&c.outbox);
    }
    drop(clients);
    // --rm: the container's mounts only now, after we answered (see runtime::init::Spawned)
    drop(mount_ns);
    if let Some(t) = trash {
        if let Err(e) = store.delete_detached(&args.id, &t) {
            tracing::warn!("{e}");
        }
        prune_exit_files(&args.paths);
    }
    Ok(())
}

/// How long a removed (`--rm`) container's exit status stays readable by `rcon wait`.
const EXIT_FILE_TTL: std::time::Duration = std::time::Duration::from_secs(300);

/// How often at most a supervisor looks for exit files to drop: each look stats them all.
const EXIT_PRUNE_EVERY: std::time::Duration = std::time::Duration::from_secs(60);

/// Drop the exit files of removed containers once they are older than [`EXIT_FILE_TTL`];
/// a no-op unless the last look (the mtime of exits/.pruned) is [`EXIT_PRUNE_EVERY`] old.
fn prune_exit_files(paths: &StorePaths) {
    let marker = paths.exits().join(".pruned");
    let now = std::time::SystemTime::now();
    let age = |md: std::io::Result<std::fs::Metadata>| {
        md.and_then(|m| m.modified())
            .ok()
            .and_then(|t| now.duration_since(t).ok())
    };
    let recent = age(std::fs::metadata(&marker)).is_some_and(|a| a < EXIT_PRUNE_EVERY);
    if recent || std::fs::write(&marker, b"").is_err() {
        return;
    }
    let Ok(rd) = std::fs::read_dir(paths.exits()) else {
        return;
    };
    for e in rd.flatten() {
        let old = age(e.metadata()).is_some_and(|a| a > EXIT_FILE_TTL);
        let name = e.file_name();
        if old && e.path() != marker && !paths.container_dir(&name.to_string_lossy()).exists() {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// How long after the start the supervisor gives back its start-up memory.
const TRIM_DELAY: std::time::Duration = std::time::Duration::from_millis(100);

#[allow(unsafe_code)]
fn trim_heap() {
    // SAFETY: malloc_trim only returns free heap memory to the kernel.
    unsafe {
        libc::malloc_trim(0);
    }
    shed_startup_pages();
}

/// Whether `spec` asks for a new network namespace that a fresh one made by root can be:
/// not in a user namespace of the container's own, which must own its network namespace.
fn wants_fresh_netns(spec: &oci_spec::runtime::Spec) -> bool {
    use oci_spec::runtime::LinuxNamespaceType as T;
    let namespaces = spec
        .linux()
        .as_ref()
        .and_then(|l| l.namespaces().clone())
        .unwrap_or_default();
    let new = |t: T| {
        namespaces
            .iter()
            .any(|n| n.typ() == t && n.path().is_none())
    };
    new(T::Network) && !namespaces.iter().any(|n| n.typ() == T::User)
}

/// Start-up touched megabytes of rcon's (and libc's) code and read-only data that the event
/// loop never uses again. Unmap those pages from this process: a read-only file mapping with
/// no anonymous (copied-on-write) page holds nothing but the file's bytes, so a later access
/// simply faults them back in from the page cache. A mapping with a private copy anywhere
/// (RELRO data relocated at start) is left alone: dropping it would lose what was written.
#[allow(unsafe_code)]
fn shed_startup_pages() {
    let Ok(smaps) = std::fs::read_to_string("/proc/self/smaps") else {
        return;
    };
    // the mapping being read: its range, whether it qualifies so far
    let mut current: Option<(usize, usize, bool)> = None;
    let mut targets = vec![];
    for line in smaps.lines() {
        let mut f = line.split_whitespace();
        let first = f.next().unwrap_or("");
        if let Some((a, b)) = first.split_once('-').filter(|_| !first.ends_with(':')) {
            let perms = f.next().unwrap_or("");
            let path = line.split_whitespace().nth(5).unwrap_or("");
            let (Ok(a), Ok(b)) = (usize::from_str_radix(a, 16), usize::from_str_radix(b, 16))
            else {
                current = None;
                continue;
            };
            let file_ro = path.starts_with('/') && (perms == "r-xp" || perms == "r--p");
            current = Some((a, b, file_ro));
        } else if first == "Anonymous:" || first == "Swap:" {
            if f.next() != Some("0") {
                if let Some(c) = current.as_mut() {
                    c.2 = false;
                }
            }
        } else if first == "VmFlags:" {
            if let Some((a, b, true)) = current.take() {
                targets.push((a, b));
            }
        }
    }
    for (a, b) in targets {
        // SAFETY: only read-only file mappings without a private page: their contents are the
        // file's, and refault unchanged.
        unsafe {
            libc::madvise(a as *mut libc::c_void, b - a, libc::MADV_DONTNEED);
        }
    }
}
