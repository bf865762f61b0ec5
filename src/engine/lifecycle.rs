//! start, run, stop, kill, restart, pause, unpause, wait, rm, rename, prune.

use super::create::CreateOptions;
use super::error::{Context, EngineError, Result};
use super::relay::{relay, AttachEnd, AttachOptions, Peer};
use super::{short_id, Engine};
use crate::runtime::{cgroup::Cgroup, proc, sys};
use crate::store::{ContainerRecord, ContainerStatus, FileLock, HasState, StoreError};
use crate::supervisor::launch::{self, PendingSupervisor, Report};
use crate::supervisor::protocol;
use std::os::unix::net::UnixStream;
use std::time::Duration;

/// How a start goes: a client stays attached, its terminal's size, the caller's fds from 3 on
/// that the container gets (--preserve-fds).
struct StartHow {
    attached: bool,
    tty_size: Option<(u16, u16)>,
    preserve_fds: u32,
}

/// What a container's status really is: a record that says "running" whose supervisor is
/// gone (crash, kill -9, reboot) is exited, with the reason.
pub fn effective_status(rec: &impl HasState) -> (ContainerStatus, Option<String>) {
    rec.state().effective_status(|st| {
        st.boot_id == proc::boot_id() && proc::alive(st.supervisor_pid, st.supervisor_start)
    })
}

/// Thaw the container's cgroup if it is frozen, whatever its record says (a pause killed
/// midway leaves it frozen and recorded as running): a frozen process cannot die of a signal.
fn thaw(rec: &ContainerRecord) {
    if let Some(cg) = Cgroup::from_record(&rec.state.cgroup).filter(|c| c.is_frozen()) {
        // a failure shows as the container not stopping, which the caller reports
        let _ = cg.freeze(false);
    }
}

impl Engine {
    /// Persist what `effective_status` found, and kill what an orphaned container left
    /// running. Caller holds the container's lock.
    pub fn reconcile_locked(&self, rec: &mut ContainerRecord) -> Result<()> {
        if let (ContainerStatus::Exited, Some(reason)) = effective_status(rec) {
            if rec.state.status != ContainerStatus::Exited {
                if rec.state.boot_id == proc::boot_id()
                    && proc::alive(rec.state.pid, rec.state.pid_start)
                {
                    if let Ok(fd) = sys::pidfd_open(rec.state.pid) {
                        // it may have exited since: the wait below sees that either way
                        let _ = sys::pidfd_send_signal(&fd, libc::SIGKILL);
                        sys::pidfd_wait(&fd, 2000);
                    }
                }
                if let Some(cg) = Cgroup::from_record(&rec.state.cgroup) {
                    cg.destroy();
                }
                rec.state
                    .supervisor_lost(reason, crate::supervisor::log::timestamp_now());
                self.containers.save_locked(rec)?;
            }
        }
        Ok(())
    }

    /// Spawn a supervisor that waits to be told its container (`start_with`): `run`
    /// spawns it before creating the container, so that its exec and start-up overlap with
    /// that work. `attach` is the supervisor's end of a socketpair when the caller stays
    /// attached. Dropped unused, the supervisor reads EOF and exits.
    pub fn spawn_supervisor(&self, attach: Option<&UnixStream>) -> Result<PendingSupervisor> {
        Ok(launch::spawn(&self.self_exe, attach)?)
    }

    /// Start `rec` with a supervisor (spawned now unless the caller already did) and wait
    /// until the container's process has been exec'd or failed.
    pub fn start_container(
        &self,
        rec: &ContainerRecord,
        attach: Option<&UnixStream>,
        tty_size: Option<(u16, u16)>,
    ) -> Result<i32> {
        let how = StartHow {
            attached: attach.is_some(),
            tty_size,
            preserve_fds: 0,
        };
        self.start_with(rec, None, attach, &how)
    }

    /// `attach` is handed to a supervisor spawned here; a `pending` one got it at its spawn.
    fn start_with(
        &self,
        rec: &ContainerRecord,
        pending: Option<PendingSupervisor>,
        attach: Option<&UnixStream>,
        how: &StartHow,
    ) -> Result<i32> {
        // --requires: those first (each under its own start lock)
        self.start_required(rec, 0)?;
        let _start = FileLock::exclusive(&self.paths.locks().join(format!("{}.start", rec.id)))?;
        {
            let _g = self.containers.lock(&rec.id)?;
            let mut cur = self.containers.load(&rec.id)?;
            self.reconcile_locked(&mut cur)?;
            match cur.state.status {
                ContainerStatus::Running | ContainerStatus::Paused | ContainerStatus::Stopping => {
                    return Err(EngineError::conflict(format!(
                        "container {} is already running",
                        cur.name
                    )));
                }
                _ => {}
            }
        }
        // the spec is written without fsync (it derives from the durable record): after a
        // crash it may be missing or cut short, so rebuild it then; and one written before
        // specs named the cgroup (and carried the rootfs)
        let spec_path = self.paths.spec_path(&rec.id);
        let intact = std::fs::read(&spec_path)
            .map(|d| {
                d.trim_ascii_end().ends_with(b"}") && d.windows(13).any(|w| w == b"\"cgroupsPath\"")
            })
            .unwrap_or(false);
        // a namespace joined from another container is named by its current pid
        if !intact || Self::spec_names_other_containers(rec) {
            let spec = self.build_spec(rec)?;
            crate::store::write_json_atomic(&spec_path, &spec)?;
        }
        // the runtime dir, with the container's /etc files in it
        self.write_etc_files(rec)?;
        // the last run's exit status, usually absent: the supervisor writes the new one
        let _ = std::fs::remove_file(self.paths.exit_file(&rec.id));
        let sup = match pending {
            Some(p) => p,
            None => self.spawn_supervisor(attach)?,
        };
        let go = launch::go_message(
            &rec.id,
            how.tty_size,
            &self.paths,
            how.attached,
            how.preserve_fds,
        )
        .map_err(|e| EngineError::failed(e.to_string()))?;
        // the supervisor is detached (setsid) and outlives us: never wait for it here
        match sup.start(&go) {
            Report::Started(pid) => {
                // an attached start (run, start -a) is podman's attach too, recorded with
                // the start: before the supervisor can record the container's death
                let attached: &[&str] = &["init", "start", "attach"];
                self.container_events(&attached[..if how.attached { 3 } else { 2 }], rec);
                // the container runs: a pid file that cannot be written is not its failure
                if let Err(e) = self.write_pid_files(rec, pid) {
                    self.reporter.warning(&e.to_string());
                }
                Ok(pid)
            }
            Report::Failed(e) => Err(e.into()),
            Report::Died => {
                let log =
                    std::fs::read_to_string(self.paths.supervisor_log(&rec.id)).unwrap_or_default();
                let last = log.lines().last().unwrap_or("no diagnostics").to_string();
                Err(EngineError::failed(format!(
                    "the supervisor of container {} failed before starting it: {last}",
                    short_id(&rec.id)
                )))
            }
        }
    }

    /// `start`: start each container; with `attach`, stay attached to the (single) one.
    pub fn start(&self, reference: &str, attach: Option<&AttachOptions>) -> Result<Option<i32>> {
        let rec = self.container(reference)?;
        if let Some(opts) = attach {
            let (ours, theirs) = UnixStream::pair()?;
            let size = if rec.config.tty {
                crate::runtime::tty::size(self.term.stdin)
            } else {
                None
            };
            self.start_container(&rec, Some(&theirs), size)?;
            drop(theirs);
            return Ok(Some(self.finish_attach(
                &rec.id,
                relay(Peer::Socket(ours), opts, self.term)?,
            )?));
        }
        match self.start_container(&rec, None, None) {
            Ok(_) => Ok(None),
            Err(e) => {
                // podman: starting a running container is not an error
                if self
                    .container(&rec.id)
                    .map(|r| effective_status(&r).0 == ContainerStatus::Running)
                    .unwrap_or(false)
                {
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        }
    }

    /// The exit code after an attach ended; for a lost connection read what was recorded.
    fn finish_attach(&self, id: &str, end: AttachEnd) -> Result<i32> {
        match end {
            AttachEnd::Exited(c) => Ok(c),
            AttachEnd::Detached => Ok(0),
            AttachEnd::Lost => self.wait_exit(id),
        }
    }

    /// `run`: create, start, and attach unless detached. A container that fails to start is
    /// removed again, so bad input leaves nothing behind.
    pub fn run(
        &self,
        o: &CreateOptions,
        detach: bool,
        opts: &AttachOptions,
    ) -> Result<(String, Option<i32>)> {
        // the image first (a pull, if the policy says so): no supervisor waits meanwhile,
        // and none of the pull's threads is alive when the container is made
        let img = self.image_unless_rootfs(o)?;
        if o.extra.replace {
            self.replace_named(o.name.as_deref())?;
        }
        // the supervisor spawned at the CLI's start, when there is one (as root only)
        let early = self.prespawned.lock().unwrap().take();
        let (pending, ours) = match early {
            Some(p) => (p.supervisor, p.attach),
            None => {
                let (ours, theirs) = UnixStream::pair()?;
                (self.spawn_supervisor(Some(&theirs))?, ours)
            }
        };
        let rec = self.create_from(o, img.as_ref())?;
        let remove = |e: EngineError| -> EngineError {
            if let Ok(_g) = self.containers.lock(&rec.id) {
                match self.containers.load(&rec.id) {
                    Ok(r) => {
                        // the start's own error is the one to report; the record it left
                        // goes, and what cannot go is for `system check`
                        let _ = self.containers.remove_locked(&r);
                    }
                    // a `rm -af` (or `rm -f ID`) removed it under the start: the start's error
                    // (the supervisor's "no container found", for its own id) is only a symptom
                    Err(StoreError::NoSuchContainer(_)) => {
                        return EngineError::failed(format!(
                            "container {} was removed while it was starting",
                            short_id(&rec.id)
                        ))
                    }
                    Err(_) => {}
                }
            }
            e
        };
        // the supervisor already holds its end of the attach socket (if any)
        let size = if o.tty && !detach {
            crate::runtime::tty::size(self.term.stdin)
        } else {
            None
        };
        let how = StartHow {
            attached: !detach,
            tty_size: size,
            preserve_fds: o.preserve_fds,
        };
        self.start_with(&rec, Some(pending), None, &how)
            .map_err(remove)?;
        if detach {
            return Ok((rec.id, None));
        }
        let end = relay(Peer::Socket(ours), opts, self.term)?;
        let code = self.finish_attach(&rec.id, end)?;
        if o.extra.rmi {
            // as podman: the image goes unless a container uses it; that is only a warning
            let report = self.rmi(
                std::slice::from_ref(&o.image),
                &super::images::RmiOptions::default(),
            );
            for e in &report.errors {
                self.reporter.warning(&e.to_string());
            }
        }
        Ok((rec.id.clone(), Some(code)))
    }

    /// `attach` to a running container.
    pub fn attach(&self, reference: &str, opts: &AttachOptions) -> Result<i32> {
        let rec = self.container(reference)?;
        if effective_status(&rec).0 != ContainerStatus::Running {
            return Err(EngineError::conflict(format!(
                "you can only attach to running containers: {} is {}",
                rec.name,
                effective_status(&rec).0.as_str()
            )));
        }
        let path = self.paths.attach_socket(&rec.id);
        let (_dirfd, p) = protocol::short_socket_path(&path)?;
        let sock = UnixStream::connect(&p)
            .with_context(|| format!("connecting to container {}", rec.name))?;
        let opts = AttachOptions {
            stdout: true,
            stderr: true,
            stdin: opts.stdin && (rec.config.interactive || rec.config.tty),
            tty: rec.config.tty,
            ..opts.clone()
        };
        self.container_events(&["attach"], &rec);
        let end = relay(Peer::Socket(sock), &opts, self.term)?;
        self.finish_attach(&rec.id, end)
    }

    /// Deliver a signal to the container's init: through the supervisor (which can, even
    /// rootless, as it lives in the container's user namespace), else directly.
    fn signal(&self, rec: &ContainerRecord, sig: i32) -> Result<()> {
        if self.signal_supervisor(&rec.id, sig) {
            return Ok(());
        }
        if proc::alive(rec.state.pid, rec.state.pid_start) {
            let fd = sys::pidfd_open(rec.state.pid)
                .map_err(|e| EngineError::failed(format!("signalling {}: {e}", rec.name)))?;
            sys::pidfd_send_signal(&fd, sig).map_err(|e| {
                EngineError::failed(format!(
                    "signalling {}: {}",
                    rec.name,
                    e.desc().to_lowercase()
                ))
            })?;
        }
        Ok(())
    }

    /// Ask the supervisor of container `id` to deliver `sig` to its container; false if no
    /// supervisor listens.
    pub(super) fn signal_supervisor(&self, id: &str, sig: i32) -> bool {
        let path = self.paths.attach_socket(id);
        if let Ok((_d, p)) = protocol::short_socket_path(&path) {
            if let Ok(mut s) = UnixStream::connect(&p) {
                return protocol::write_frame(&mut s, protocol::SIGNAL, &sig.to_be_bytes()).is_ok();
            }
        }
        false
    }

    /// Wait until the supervisor has recorded the exit (or `timeout`); true if it did.
    fn wait_supervisor(&self, rec: &ContainerRecord, timeout: Option<Duration>) -> bool {
        if !proc::alive(rec.state.supervisor_pid, rec.state.supervisor_start) {
            return true;
        }
        match sys::pidfd_open(rec.state.supervisor_pid) {
            Ok(fd) => {
                // the start time check after opening closes the pid-reuse window
                if !proc::alive(rec.state.supervisor_pid, rec.state.supervisor_start) {
                    return true;
                }
                sys::pidfd_wait(&fd, timeout.map(|t| t.as_millis() as i32).unwrap_or(-1))
            }
            Err(_) => true,
        }
    }

    pub fn kill(&self, reference: &str, sig: i32) -> Result<String> {
        let rec = self.container(reference)?;
        match effective_status(&rec).0 {
            ContainerStatus::Running | ContainerStatus::Paused | ContainerStatus::Stopping => {}
            s => {
                return Err(EngineError::conflict(format!(
                    "can only kill running containers: {} is {}",
                    rec.name,
                    s.as_str()
                )))
            }
        }
        self.signal(&rec, sig)?;
        self.container_events(&["kill"], &rec);
        Ok(rec.id)
    }

    /// `stop`: the stop signal, up to `timeout` seconds, then SIGKILL.
    pub fn stop(&self, reference: &str, timeout: Option<u32>) -> Result<String> {
        let rec = self.container(reference)?;
        let (status, _) = effective_status(&rec);
        if !status.is_active() {
            // reconcile a dead supervisor's record; stopping a stopped container is fine
            let _g = self.containers.lock(&rec.id)?;
            if let Ok(mut cur) = self.containers.load(&rec.id) {
                self.reconcile_locked(&mut cur)?;
            }
            return Ok(rec.id);
        }
        self.stop_record(&rec, timeout)?;
        self.container_events(&["stop"], &rec);
        Ok(rec.id)
    }

    /// The stop signal to a running `rec`, up to `timeout` seconds (its own stop timeout by
    /// default), then SIGKILL with podman's warning; 0 kills at once.
    fn stop_record(&self, rec: &ContainerRecord, timeout: Option<u32>) -> Result<()> {
        thaw(rec);
        let t = timeout.unwrap_or(rec.config.stop_timeout);
        if t > 0 {
            self.signal(rec, rec.config.stop_signal)?;
            if self.wait_supervisor(rec, Some(Duration::from_secs(t as u64))) {
                return Ok(());
            }
            // podman's words: scripts and users see why stop took the whole timeout
            self.reporter.warning(&format!(
                "StopSignal {} failed to stop container {} in {t} seconds, resorting to SIGKILL",
                super::signal_name(rec.config.stop_signal),
                rec.name
            ));
        }
        // a container that exited meanwhile cannot be signalled: the wait covers both
        let _ = self.signal(rec, libc::SIGKILL);
        self.wait_supervisor(rec, Some(Duration::from_secs(10)));
        Ok(())
    }

    pub fn restart(&self, reference: &str, timeout: Option<u32>) -> Result<String> {
        let id = self.stop(reference, timeout)?;
        let rec = self.containers.load(&id)?;
        self.start_container(&rec, None, None)?;
        self.container_events(&["restart"], &rec);
        Ok(id)
    }

    pub fn pause(&self, reference: &str, pause: bool) -> Result<String> {
        let rec = self.container(reference)?;
        let (status, _) = effective_status(&rec);
        let want = if pause {
            ContainerStatus::Running
        } else {
            ContainerStatus::Paused
        };
        // a pause killed midway leaves the container frozen, recorded as running
        let half_paused = !pause
            && status == ContainerStatus::Running
            && Cgroup::from_record(&rec.state.cgroup).is_some_and(|c| c.is_frozen());
        if status != want && !half_paused {
            return Err(EngineError::conflict(format!(
                "container {} is {}, not {}",
                rec.name,
                status.as_str(),
                want.as_str()
            )));
        }
        // the container's cgroup, made with it, has the freezer: pause makes nothing
        let Some(cg) = Cgroup::from_record(&rec.state.cgroup).filter(|c| c.can_freeze()) else {
            return Err(EngineError::unsupported(format!(
                    "cannot {} container {}: it has no freezer cgroup (rootless, without a delegated cgroup v2 subtree)",
                    if pause { "pause" } else { "unpause" },
                    rec.name
                )));
        };
        cg.freeze(pause)
            .map_err(|e| EngineError::failed(e.to_string()))?;
        self.containers
            .update(&rec.id, |r| r.state.set_paused(pause))?;
        self.container_events(&[if pause { "pause" } else { "unpause" }], &rec);
        Ok(rec.id)
    }

    /// The recorded exit code once the container is not running.
    fn wait_exit(&self, id: &str) -> Result<i32> {
        loop {
            match self.containers.load(id) {
                Ok(rec) => {
                    let (status, _) = effective_status(&rec);
                    match status {
                        ContainerStatus::Exited => return Ok(rec.state.exit_code.unwrap_or(-1)),
                        ContainerStatus::Created if rec.state.started_at.is_some() => {
                            return Ok(rec.state.exit_code.unwrap_or(-1))
                        }
                        ContainerStatus::Running
                        | ContainerStatus::Paused
                        | ContainerStatus::Stopping => {
                            self.wait_supervisor(&rec, None);
                            // the record may lag the supervisor's exit by its last write
                            if let Ok(r) = self.containers.load(id) {
                                if r.state.status.is_active()
                                    && !proc::alive(
                                        r.state.supervisor_pid,
                                        r.state.supervisor_start,
                                    )
                                {
                                    let (_, _) = effective_status(&r);
                                }
                            }
                        }
                        ContainerStatus::Created => std::thread::sleep(Duration::from_millis(50)),
                    }
                }
                Err(_) => {
                    // removed (--rm): its exit file outlives it
                    let code = std::fs::read_to_string(self.paths.exits().join(id))
                        .ok()
                        .and_then(|s| s.trim().parse().ok());
                    return code.ok_or_else(|| {
                        EngineError::failed(format!(
                            "container {} was removed and left no exit status",
                            short_id(id)
                        ))
                    });
                }
            }
        }
    }

    /// `wait --condition`: until the container is in one of `conditions` (podman's states),
    /// polled every `interval`; -1 as podman prints it, except for stopped and exited (also
    /// the default), which wait for the exit and give its code.
    pub fn wait_condition(
        &self,
        reference: &str,
        conditions: &[String],
        interval: Duration,
    ) -> Result<i32> {
        const STATES: &[&str] = &[
            "configured",
            "created",
            "exited",
            "paused",
            "running",
            "stopped",
            "stopping",
        ];
        if let Some(c) = conditions.iter().find(|c| !STATES.contains(&c.as_str())) {
            return Err(EngineError::invalid(format!(
                "invalid condition \"{c}\": use one of {}",
                STATES.join(", ")
            )));
        }
        let rec = self.container(reference)?;
        if conditions.is_empty() || conditions.iter().any(|c| c == "stopped" || c == "exited") {
            return self.wait_exit(&rec.id);
        }
        loop {
            let cur = self.containers.load(&rec.id)?;
            let state = match effective_status(&cur).0 {
                ContainerStatus::Created if cur.state.initialized => "created",
                // rcon's created (not initialized) is podman's configured, which users
                // also call created
                ContainerStatus::Created => "configured",
                s => s.as_str(),
            };
            if conditions
                .iter()
                .any(|c| c == state || (c == "created" && state == "configured"))
            {
                return Ok(-1);
            }
            std::thread::sleep(interval);
        }
    }

    /// Remove a container (forced: killed at once if it runs), as --replace and rmi -f do.
    pub fn remove(&self, reference: &str, force: bool) -> Result<String> {
        self.remove_one(
            reference,
            &RemoveOptions {
                force,
                timeout: Some(0),
                depend: false,
                volumes: false,
            },
        )
    }

    /// `rm`: with `depend`, the containers that require this one (--requires) go first,
    /// their ids returned in the order removed; then this one.
    pub fn remove_with(&self, reference: &str, o: &RemoveOptions) -> Result<Vec<String>> {
        let mut removed = vec![];
        if o.depend {
            let id = self.containers.lookup(reference)?;
            for dep in self.dependents(&id)? {
                removed.push(self.remove_one(&dep, o)?);
            }
        }
        self.remove_one(reference, o)?;
        Ok(removed)
    }

    /// The containers requiring `id`, transitively, those furthest from it first.
    fn dependents(&self, id: &str) -> Result<Vec<String>> {
        let records = self.containers.list()?;
        let mut out: Vec<String> = vec![];
        let mut frontier = vec![id.to_string()];
        while let Some(cur) = frontier.pop() {
            for r in &records {
                if r.config.extras.requires.contains(&cur) && !out.contains(&r.id) && r.id != id {
                    out.push(r.id.clone());
                    frontier.push(r.id.clone());
                }
            }
        }
        out.reverse();
        Ok(out)
    }

    /// `rm` of one container: refuse a running one unless forced; forced, stop it first.
    fn remove_one(&self, reference: &str, o: &RemoveOptions) -> Result<String> {
        let force = o.force;
        let id = self.containers.lookup(reference)?;
        let rec = match self.containers.load(&id) {
            Ok(rec) => rec,
            Err(e @ (StoreError::Corrupt { .. } | StoreError::Io { .. })) => {
                return self.remove_damaged(&id, force, &e.to_string())
            }
            Err(e) => return Err(e.into()),
        };
        let (status, _) = effective_status(&rec);
        if status.is_active() {
            if !force {
                return Err(EngineError::conflict(format!(
                    "cannot remove container {} as it is {} - running or paused containers cannot be removed without force: container state improper",
                    rec.id,
                    status.as_str()
                )));
            }
            self.stop_record(&rec, o.timeout)?;
        }
        let _g = self.containers.lock(&rec.id)?;
        let mut cur = match self.containers.load(&rec.id) {
            Ok(c) => c,
            // --rm: the supervisor removed it while we waited
            Err(_) => return Ok(rec.id),
        };
        self.reconcile_locked(&mut cur)?;
        if cur.state.status.is_active() {
            return Err(EngineError::conflict(format!(
                "container {} is still running: try again",
                cur.name
            )));
        }
        // a cgroup no record named (made by a supervisor killed before it wrote the record)
        if let Some(cg) = Cgroup::find(&cur.id, self.paths.rootless) {
            cg.destroy();
        }
        self.release_mounts(&cur);
        self.containers.remove_locked(&cur)?;
        self.container_events(&["remove"], &cur);
        if o.volumes {
            // the container is gone either way: what cannot go is for `volume prune`
            for e in self.volumes_remove_anonymous(&cur.config.volumes) {
                tracing::warn!("removing a volume of container {}: {e}", cur.name);
            }
        }
        // absent unless the container ran; a stale one is pruned with the other old exits
        let _ = std::fs::remove_file(self.paths.exits().join(&cur.id));
        Ok(cur.id)
    }

    pub fn rename(&self, reference: &str, new_name: &str) -> Result<()> {
        let rec = self.container(reference)?;
        self.containers.rename(&rec.id, new_name)?;
        let mut renamed = rec;
        renamed.name = new_name.to_string();
        self.container_events(&["rename"], &renamed);
        Ok(())
    }

    /// `container prune`: remove every container that is not running and passes the
    /// filters (label, label!, until), telling `removed` each id as it goes.
    pub fn prune(&self, filters: &[String], removed: &mut dyn FnMut(&str)) -> Result<()> {
        let entries = self.ps(&super::ps::PsOptions {
            all: true,
            filters: filters.to_vec(),
            ..Default::default()
        })?;
        for e in entries {
            if !e.damaged && !e.status.is_active() {
                if let Ok(id) = self.remove(&e.rec.id, false) {
                    removed(&id);
                }
            }
        }
        Ok(())
    }
}

/// `rm`'s options.
#[derive(Debug, Clone, Default)]
pub struct RemoveOptions {
    /// stop a running container first
    pub force: bool,
    /// seconds between the stop signal and SIGKILL (the container's stop timeout if None)
    pub timeout: Option<u32>,
    /// remove the containers that require it first
    pub depend: bool,
    /// remove its anonymous volumes too (`rm -v`)
    pub volumes: bool,
}
