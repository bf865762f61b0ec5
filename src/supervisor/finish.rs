//! The end of a container, and of a start that failed: the exit status, the record, the
//! cgroup, the exit frame to attached clients, `--rm` cleanup.

use super::io::Client;
use super::launch::{self, Args};
use super::{log, protocol};
use crate::runtime::{cgroup::Cgroup, StartError};
use crate::store::events::{record, Event};
use crate::store::{ContainerRecord, ContainerStore, StorePaths};
use std::io::Write;
use std::os::fd::OwnedFd;
use std::path::PathBuf;

/// The start failed before the container ran: record why (the container is created again)
/// and tell the CLI.
pub fn fail_start(store: &ContainerStore, id: &str, e: &StartError) {
    if let Err(err) = store.update_state(id, |r| r.state.start_failed(&e.msg)) {
        // the record gone too (rm -f raced the start): the CLI still hears the cause
        tracing::warn!("recording the failed start of {id}: {err}");
    }
    launch::report(&String::from_utf8_lossy(&e.encode()));
}

/// The container exited with `code`: record it (or remove a `--rm` container), answer the
/// attached clients, then clean up.
pub fn finish(
    store: &ContainerStore,
    args: &Args,
    code: i32,
    cgroup: &Option<Cgroup>,
    clients: Vec<Client>,
    auto_remove: bool,
    mut mount_ns: Option<OwnedFd>,
) {
    let exit_file = args.paths.exit_file(&args.id);
    let written =
        crate::store::atomic::write_bytes_volatile(&exit_file, code.to_string().as_bytes());
    if let Err(e) = written {
        tracing::warn!("writing the exit status to {}: {e}", exit_file.display());
    }
    let (recorded_cgroup, trash, rec) = if auto_remove {
        detach(store, &args.id)
    } else {
        // the container's mounts go before it shows as exited, which lets it be started
        // again (its overlay's upper and work dirs are not to be in two mounts at once)
        drop(mount_ns.take());
        let (cg, rec) = record_exit(store, &args.id, code);
        (cg, None, rec)
    };
    let volumes = rec
        .as_ref()
        .map(|r| r.config.volumes.clone())
        .unwrap_or_default();
    if let Some(rec) = rec {
        record_death(&args.paths, &rec, code, trash.is_some());
    }
    if let Some(cg) = cgroup {
        cg.destroy();
    }
    // a cgroup made later (the v1 freezer of a paused container)
    if let Some(cg) = Cgroup::from_record(&recorded_cgroup).filter(|c| Some(c) != cgroup.as_ref()) {
        cg.destroy();
    }
    let sock = args.paths.attach_socket(&args.id);
    // gone already only if something else removed the run dir (rm -f)
    match std::fs::remove_file(&sock) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            tracing::warn!("removing {}: {e}", sock.display())
        }
        _ => {}
    }
    // --rm: its anonymous volumes are gone when `run --rm` returns, as with podman
    if trash.is_some() {
        remove_anonymous_volumes(args, &volumes);
    }
    tell_clients(clients, code);
    // --rm: the container's mounts only now, after we answered (see runtime::init::Spawned)
    drop(mount_ns);
    if let Some(t) = trash {
        if let Err(e) = store.delete_detached(&args.id, &t) {
            tracing::warn!("{e}");
        }
        prune_exit_files(&args.paths);
    }
}

/// --rm: the container's anonymous volumes go with it (named ones stay).
fn remove_anonymous_volumes(args: &Args, volumes: &[String]) {
    if volumes.is_empty() {
        return;
    }
    let term = crate::engine::report::Terminal {
        stdin: 0,
        stdout: 1,
        stderr: 2,
    };
    match crate::engine::Engine::new(args.paths.clone(), term) {
        Ok(engine) => {
            for e in engine.volumes_remove_anonymous(volumes) {
                tracing::warn!("removing a volume of container {}: {e}", args.id);
            }
        }
        Err(e) => tracing::warn!("removing the volumes of container {}: {e}", args.id),
    }
}

/// --rm: the record leaves the store at once (no exited state written first; the exit file
/// has the status), before an attached `run --rm` returns, as with podman; the files are
/// deleted after we answered. The cgroup it recorded, and what is left to delete.
fn detach(store: &ContainerStore, id: &str) -> (String, Option<PathBuf>, Option<ContainerRecord>) {
    // without the lock or the record (removed meanwhile by `rm -f`) there is nothing to do
    let Ok(_g) = store.lock(id) else {
        return (String::new(), None, None);
    };
    let Ok(rec) = store.load(id) else {
        return (String::new(), None, None);
    };
    match store.detach_locked(&rec) {
        Ok(t) => (rec.state.cgroup.clone(), Some(t), Some(rec)),
        Err(e) => {
            tracing::warn!("removing container {id}: {e}");
            (rec.state.cgroup.clone(), None, Some(rec))
        }
    }
}

/// Record the exit; the cgroup the record named, and the record.
fn record_exit(store: &ContainerStore, id: &str, code: i32) -> (String, Option<ContainerRecord>) {
    let mut recorded_cgroup = String::new();
    let updated = store.update_state(id, |r| {
        recorded_cgroup = r.state.exited(code, log::timestamp_now());
    });
    match updated {
        Ok(rec) => (recorded_cgroup, Some(rec)),
        Err(e) => {
            // removed under us (rm -f): the exit file has the status
            tracing::warn!("recording the exit of {id}: {e}");
            (recorded_cgroup, None)
        }
    }
}

/// The `died` event with the exit status (and `remove` with `--rm`), in one write.
fn record_death(paths: &StorePaths, rec: &ContainerRecord, code: i32, removed: bool) {
    let ev = |s: &str| {
        Event::container(s, &rec.id, &rec.name, &rec.config.image).with_labels(&rec.config.labels)
    };
    let mut died = ev("died");
    died.container_exit_code = Some(code);
    if removed {
        record(paths, &[died, ev("remove")]);
    } else {
        record(paths, &[died]);
    }
}

/// The exit frame to every attached client, after what they are still owed; a client gets
/// five seconds to take it.
fn tell_clients(mut clients: Vec<Client>, code: i32) {
    let f = protocol::frame(protocol::EXIT, &code.to_be_bytes());
    for c in clients.iter_mut() {
        c.outbox.extend_from_slice(&f);
        // a client that cannot take it (gone, or stuck) learns the exit from the record
        let _ = c.sock.set_nonblocking(false);
        let _ = c
            .sock
            .set_write_timeout(Some(std::time::Duration::from_secs(5)));
        let _ = c.sock.write_all(&c.outbox);
    }
}

/// How long a removed (`--rm`) container's exit status stays readable by `rcon wait`.
const EXIT_FILE_TTL: std::time::Duration = std::time::Duration::from_secs(300);

/// How often at most a supervisor looks for exit files to drop: each look stats them all.
const EXIT_PRUNE_EVERY: std::time::Duration = std::time::Duration::from_secs(60);

/// Drop the exit files of removed containers once they are older than [`EXIT_FILE_TTL`];
/// a no-op unless the last look (the mtime of exits/.pruned) is [`EXIT_PRUNE_EVERY`] old.
fn prune_exit_files(paths: &StorePaths) {
    let marker = paths.exits_pruned_marker();
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
            // another supervisor pruning at the same time took it first
            let _ = std::fs::remove_file(e.path());
        }
    }
}
