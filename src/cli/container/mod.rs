//! `rcon run|create|start|stop|kill|restart|rm|ps|inspect|wait|logs|exec|attach|top|pause|
//! unpause|rename|cp|export|diff|port|commit|init|mount|unmount` and `rcon container ...`.

mod attach;
mod clone;
mod commit;
mod exec;
mod files;
mod inspect;
mod isolation;
mod lifecycle;
mod logs;
mod mount;
mod port;
mod ps;
mod rm;
mod run;
mod runlabel;
mod start;
mod top;

pub use attach::AttachArgs;
pub use clone::CloneArgs;
pub use commit::CommitArgs;
pub use exec::ExecArgs;
pub use files::{print_changes, running_container_files, CpArgs, DiffArgs, ExportArgs};
pub use inspect::{inspect, InspectArgs};
pub use isolation::rootless_ns_owner;
pub use lifecycle::{KillArgs, PauseArgs, RenameArgs, RestartArgs, StopArgs, WaitArgs};
pub use logs::LogsArgs;
pub use mount::{unshare, ExistsArgs, InitArgs, MountArgs, UnmountArgs, UnshareArgs};
pub use port::PortArgs;
pub use ps::PsArgs;
pub use rm::{PruneArgs, RmArgs};
pub use run::{CreateArgs, RunArgs};
pub use runlabel::{runlabel, RunlabelArgs};
pub use start::StartArgs;
pub use top::TopArgs;

use crate::engine::create::GrantedCaps;
use crate::engine::relay::{parse_detach_keys, DEFAULT_DETACH_KEYS};
use crate::engine::select::{AllScope, Selection, Target};
use crate::engine::{Engine, EngineError};
use anyhow::Result;
use clap::Subcommand;

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum ContainerCommand {
    /// Run a command in a new container
    #[command(
        disable_help_flag = true,
        override_usage = "rcon run [OPTIONS] IMAGE [COMMAND [ARG...]]"
    )]
    Run(Box<RunArgs>),
    /// Create a container without starting it
    #[command(
        disable_help_flag = true,
        override_usage = "rcon create [OPTIONS] IMAGE [COMMAND [ARG...]]"
    )]
    Create(Box<CreateArgs>),
    /// Start one or more containers
    Start(StartArgs),
    /// Stop one or more containers (stop signal, then SIGKILL after the timeout)
    Stop(StopArgs),
    /// Send a signal to one or more containers
    Kill(KillArgs),
    /// Restart one or more containers
    Restart(RestartArgs),
    /// Remove one or more containers
    Rm(RmArgs),
    /// List containers
    #[command(visible_aliases = ["ls", "list"])]
    Ps(PsArgs),
    /// Show details of containers or images
    Inspect(InspectArgs),
    /// Wait for containers to stop and print their exit codes
    Wait(WaitArgs),
    /// Show a container's output
    Logs(LogsArgs),
    /// Run a process in a running container
    Exec(ExecArgs),
    /// Attach to a running container's terminal or output
    Attach(AttachArgs),
    /// Show the processes of a container
    Top(TopArgs),
    /// Pause all processes in containers
    Pause(PauseArgs),
    /// Resume paused containers
    Unpause(PauseArgs),
    /// Rename a container
    Rename(RenameArgs),
    /// Copy files between a container and the host (`-` for a tar archive on stdin/stdout)
    Cp(CpArgs),
    /// Write a container's filesystem as a tar archive
    Export(ExportArgs),
    /// Show files a container changed (A added, C changed, D deleted)
    Diff(DiffArgs),
    /// List port mappings of a container
    Port(PortArgs),
    /// Create a new image from a container's changes
    Commit(CommitArgs),
    /// Initialize one or more containers: ready to start, not started
    Init(InitArgs),
    /// Mount a container's root filesystem on the host and print where
    Mount(MountArgs),
    /// Unmount a container's root filesystem
    #[command(visible_alias = "umount")]
    Unmount(UnmountArgs),
}

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum ContainerGroup {
    #[command(flatten)]
    Verb(ContainerCommand),
    /// Remove all stopped containers
    Prune(PruneArgs),
    /// Check if a container exists (exit 0) or not (exit 1)
    Exists(ExistsArgs),
    /// Create a copy of an existing container
    #[command(override_usage = "rcon container clone [OPTIONS] CONTAINER [NAME] [IMAGE]")]
    Clone(Box<CloneArgs>),
    /// Execute the command described by an image label
    #[command(override_usage = "rcon container runlabel [OPTIONS] LABEL IMAGE [ARG...]")]
    Runlabel(Box<RunlabelArgs>),
}

fn detach_keys(s: &Option<String>) -> Result<Vec<u8>> {
    Ok(parse_detach_keys(
        s.as_deref().unwrap_or(DEFAULT_DETACH_KEYS),
    )?)
}

/// Run `f` on each reference, printing what it returns; any failure makes the exit code 125
/// after all were tried (podman reports each error).
fn each<F: FnMut(&str) -> crate::engine::Result<String>>(
    refs: &[String],
    ignore_missing: bool,
    mut f: F,
) -> Result<i32> {
    let targets: Vec<Target> = refs
        .iter()
        .map(|r| Target {
            reference: r.clone(),
            input: r.clone(),
        })
        .collect();
    last_error(run_each(&targets, ignore_missing, |t| f(&t.reference)))
}

/// Run `f` on each target, printing what it returns; the errors, in order (a missing
/// container is none with `ignore_missing`).
fn run_each<F: FnMut(&Target) -> crate::engine::Result<String>>(
    targets: &[Target],
    ignore_missing: bool,
    mut f: F,
) -> Vec<EngineError> {
    let mut errors = vec![];
    for t in targets {
        match f(t) {
            Ok(s) => {
                if !s.is_empty() {
                    println!("{s}");
                }
            }
            Err(e) if ignore_missing && is_missing(&e) => {}
            Err(e) => errors.push(e),
        }
    }
    errors
}

fn is_missing(e: &EngineError) -> bool {
    matches!(
        e.root(),
        EngineError::Store(crate::store::StoreError::NoSuchContainer(_))
    )
}

/// Every error but the last printed; the last one is the command's (exit 125).
fn last_error(mut errors: Vec<EngineError>) -> Result<i32> {
    let last = errors.pop();
    for e in errors {
        eprintln!("Error: {}", e.full_message());
    }
    match last {
        Some(e) => Err(e.into()),
        None => Ok(0),
    }
}

/// The containers `sel` chooses (`engine::select`), `f` run on each as `each` does.
fn act<F: FnMut(&Target) -> crate::engine::Result<String>>(
    engine: &Engine,
    sel: &Selection,
    scope: AllScope,
    f: F,
) -> Result<i32> {
    let targets = engine.select(sel, scope)?;
    last_error(run_each(&targets, sel.ignore, f))
}

pub fn dispatch_group(engine: &Engine, g: ContainerGroup) -> Result<i32> {
    match g {
        ContainerGroup::Verb(c) => dispatch(engine, c),
        ContainerGroup::Prune(a) => rm::prune(engine, &a),
        ContainerGroup::Exists(a) => mount::exists(engine, &a),
        ContainerGroup::Clone(a) => clone::clone(engine, &a),
        ContainerGroup::Runlabel(a) => runlabel::runlabel(engine, &a, &[]),
    }
}

/// Capabilities asked for that the container will not have: not in our bounding set (under
/// a parent that dropped them, e.g. `capsh --drop`, or systemd's CapabilityBoundingSet).
fn warn_unavailable_caps(caps: &GrantedCaps) {
    if !caps.unavailable.is_empty() {
        eprintln!(
            "rcon: {} not in this process's capability bounding set: the container runs without {}",
            caps.unavailable.join(", "),
            if caps.unavailable.len() == 1 {
                "it"
            } else {
                "them"
            }
        );
    }
}

pub fn dispatch(engine: &Engine, cmd: ContainerCommand) -> Result<i32> {
    match cmd {
        ContainerCommand::Run(a) => run::run(engine, &a),
        ContainerCommand::Create(a) => run::create(engine, &a),
        ContainerCommand::Start(a) => start::start(engine, &a),
        ContainerCommand::Stop(a) => lifecycle::stop(engine, &a),
        ContainerCommand::Restart(a) => lifecycle::restart(engine, &a),
        ContainerCommand::Kill(a) => lifecycle::kill(engine, &a),
        ContainerCommand::Rm(a) => rm::rm(engine, &a),
        ContainerCommand::Ps(a) => ps::ps(engine, &a),
        ContainerCommand::Inspect(a) => inspect(engine, &a),
        ContainerCommand::Wait(a) => lifecycle::wait(engine, &a),
        ContainerCommand::Logs(a) => logs::logs(engine, &a),
        ContainerCommand::Exec(a) => exec::exec(engine, &a),
        ContainerCommand::Attach(a) => attach::attach(engine, &a),
        ContainerCommand::Top(a) => top::top(engine, &a),
        ContainerCommand::Pause(a) => lifecycle::pause(engine, &a, true),
        ContainerCommand::Unpause(a) => lifecycle::pause(engine, &a, false),
        ContainerCommand::Rename(a) => lifecycle::rename(engine, &a),
        ContainerCommand::Cp(a) => files::cp(engine, &a),
        ContainerCommand::Export(a) => files::export(engine, &a),
        ContainerCommand::Diff(a) => files::diff(engine, &a),
        ContainerCommand::Port(a) => port::port(engine, &a),
        ContainerCommand::Commit(a) => commit::commit(engine, &a),
        ContainerCommand::Init(a) => mount::init(engine, &a),
        ContainerCommand::Mount(a) => mount::mount(engine, &a),
        ContainerCommand::Unmount(a) => mount::unmount(engine, &a),
    }
}
