//! `exec`: a new process in a running container. The CLI joins the container's namespaces
//! itself (no supervisor round trip: exec must be fast) and forks the process there.

use super::error::{EngineError, Result};
use super::lifecycle::effective_status;
use super::relay::{relay, AttachEnd, AttachOptions, Peer};
use super::{pipes, Engine};
use crate::runtime::{cgroup::Cgroup, exec, init::Stdio};
use crate::store::ContainerStatus;
use serde_json::json;
use std::os::fd::AsRawFd;

#[derive(Debug, Clone, Default)]
pub struct ExecOptions {
    pub command: Vec<String>,
    pub interactive: bool,
    pub tty: bool,
    pub detach: bool,
    pub env: Vec<String>,
    pub env_files: Vec<std::path::PathBuf>,
    pub user: Option<String>,
    pub workdir: Option<String>,
    pub detach_keys: Vec<u8>,
    pub privileged: bool,
    /// --preserve-fds: the caller's fds 3..3+N stay open in the process
    pub preserve_fds: u32,
}

impl Engine {
    /// Returns the exit code of the process (0 for -d).
    pub fn exec(&self, reference: &str, o: &ExecOptions) -> Result<i32> {
        let rec = self.container(reference)?;
        match effective_status(&rec).0 {
            ContainerStatus::Running => {}
            ContainerStatus::Paused => {
                return Err(EngineError::conflict(format!(
                    "container {} is paused: unpause it first",
                    rec.name
                )))
            }
            s => {
                return Err(EngineError::conflict(format!(
                    "can only exec into running containers: {} is {}",
                    rec.name,
                    s.as_str()
                )))
            }
        }
        if o.command.is_empty() {
            return Err(EngineError::invalid(
                "exec needs a command to run in the container",
            ));
        }
        self.container_events(&["exec"], &rec);
        let env = super::env::process_env(rec.config.env.clone(), &o.env_files, &o.env, o.tty)?;
        let caps: Vec<String> = if o.privileged {
            super::create::privileged_caps().granted
        } else {
            crate::runtime::caps::DEFAULT_CAPS
                .iter()
                .map(|s| s.to_string())
                .collect()
        };
        let process: oci_spec::runtime::Process = serde_json::from_value(json!({
            "terminal": o.tty,
            "user": {"uid": 0, "gid": 0},
            "args": o.command,
            "env": env,
            "cwd": o.workdir.clone().unwrap_or_else(|| rec.config.workdir.clone()),
            "capabilities": {"bounding": caps, "effective": caps, "permitted": caps, "inheritable": [], "ambient": []},
            "noNewPrivileges": false,
        }))?;
        let spec: oci_spec::runtime::Spec =
            serde_json::from_slice(&std::fs::read(self.paths.spec_path(&rec.id))?)?;
        let profile = if o.privileged {
            None
        } else {
            spec.linux().as_ref().and_then(|l| l.seccomp().clone())
        };
        let cache = spec
            .annotations()
            .as_ref()
            .and_then(|a| a.get(crate::runtime::init::SECCOMP_CACHE_ANNOTATION))
            .map(std::path::PathBuf::from);
        let seccomp = crate::runtime::init::prepare_seccomp(profile.as_ref(), cache.as_deref())?;
        let user = o.user.clone().unwrap_or_else(|| rec.config.user.clone());
        let req = exec::ExecRequest {
            target_pid: rec.state.pid,
            cgroup_procs: Cgroup::from_record(&rec.state.cgroup)
                .map(|c| c.join_paths())
                .unwrap_or_default(),
            process: &process,
            user: &user,
            seccomp: seccomp.as_ref(),
            preserve_fds: o.preserve_fds,
        };
        // the start time check makes sure the pid is still the container's init
        if !crate::runtime::proc::alive(rec.state.pid, rec.state.pid_start) {
            return Err(EngineError::conflict(format!(
                "container {} is not running",
                rec.name
            )));
        }
        // the process never gets a file descriptor of ours: /dev/null (opened here, on the
        // host, not through the container's /dev) with -d, else pipes or the container's pty
        let devnull = if o.detach {
            Some(
                std::fs::OpenOptions::new()
                    .read(true)
                    .write(true)
                    .open("/dev/null")?,
            )
        } else {
            None
        };
        let joined = exec::enter(&req)?;
        if let Some(devnull) = devnull {
            let fd = devnull.as_raw_fd();
            exec::spawn(&req, joined, &stdio(fd, fd, fd, false))?;
            return Ok(0);
        }
        if o.tty {
            let pty = exec::container_pty()?;
            if let Some((r, c)) = crate::runtime::tty::size(self.term.stdin) {
                crate::runtime::tty::set_size(pty.master.as_raw_fd(), r, c);
            }
            let s = pty.slave.as_raw_fd();
            let pid = exec::spawn(&req, joined, &stdio(s, s, s, true))?;
            drop(pty.slave);
            let opts = AttachOptions {
                stdout: true,
                stderr: true,
                stdin: o.interactive,
                tty: true,
                detach_keys: o.detach_keys.clone(),
                sig_proxy: false,
            };
            return match relay(Peer::Pty(pty.master, pid), &opts, self.term)? {
                AttachEnd::Exited(c) => Ok(c),
                _ => Ok(0),
            };
        }
        let (ours, theirs) = pipes::Pipes::new(o.interactive)?;
        let pid = exec::spawn(
            &req,
            joined,
            &stdio(
                theirs.stdin.as_raw_fd(),
                theirs.stdout.as_raw_fd(),
                theirs.stderr.as_raw_fd(),
                false,
            ),
        )?;
        // the process holds its ends now: with ours gone, its exit closes the pipes
        drop(theirs);
        pipes::relay(pid, ours, self.term)
    }
}

fn stdio(stdin: i32, stdout: i32, stderr: i32, tty: bool) -> Stdio {
    Stdio {
        stdin,
        stdout,
        stderr,
        tty,
        console_socket: None,
        console_size: None,
        preserved: vec![],
    }
}
