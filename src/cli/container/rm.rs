//! `rcon rm` and `rcon container prune`.

use super::{is_missing, run_each};
use crate::engine::select::{AllScope, Selection};
use crate::engine::{Engine, EngineError};
use anyhow::Result;
use clap::Args;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct RmArgs {
    /// Force removal of a running or unusable container (stopped first)
    #[arg(short, long)]
    force: bool,
    /// Remove all containers
    #[arg(short, long)]
    all: bool,
    /// Ignore errors when a specified container is missing
    #[arg(short, long)]
    ignore: bool,
    /// Seconds to wait for stop before killing the container
    #[arg(short = 't', long = "time")]
    time: Option<u32>,
    /// Read the container ID from the file (repeatable)
    #[arg(long)]
    cidfile: Vec<PathBuf>,
    /// Remove container and all containers that depend on the selected container
    #[arg(long)]
    depend: bool,
    /// Filter output based on conditions given
    #[arg(long)]
    filter: Vec<String>,
    /// Act on the latest container rcon is aware of
    #[arg(short, long)]
    latest: bool,
    /// Remove anonymous volumes associated with the container
    #[arg(short, long)]
    volumes: bool,
    containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct PruneArgs {
    /// Do not ask for confirmation
    #[arg(short, long)]
    force: bool,
    /// Provide filter values (label=, label!=, until=)
    #[arg(long)]
    filter: Vec<String>,
}

pub(super) fn rm(engine: &Engine, a: &RmArgs) -> Result<i32> {
    let sel = Selection {
        names: a.containers.clone(),
        all: a.all,
        latest: a.latest,
        cidfiles: a.cidfile.clone(),
        filters: a.filter.clone(),
        ignore: a.ignore,
    };
    let targets = engine.select(&sel, AllScope::Every)?;
    let opts = crate::engine::lifecycle::RemoveOptions {
        force: a.force,
        timeout: a.time,
        depend: a.depend,
        volumes: a.volumes,
    };
    let errors = run_each(&targets, a.ignore, |t| {
        // --depend: the dependents go first, each printed on its line, then the one named
        let dependents = engine.remove_with(&t.reference, &opts)?;
        for id in dependents {
            println!("{id}");
        }
        Ok(t.input.clone())
    });
    Ok(rm_exit_code(errors))
}

/// podman's rm exit codes: 1 if a container did not exist, else 2 if one was running (and
/// not forced), else 125; every error printed.
fn rm_exit_code(errors: Vec<EngineError>) -> i32 {
    let mut code = 0;
    for e in &errors {
        eprintln!("Error: {}", e.full_message());
        code = match (code, e.root()) {
            (1, _) => 1,
            (_, e) if is_missing(e) => 1,
            (_, EngineError::Conflict(_)) => 2,
            (2, _) => 2,
            _ => 125,
        };
    }
    code
}

pub(super) fn prune(engine: &Engine, a: &PruneArgs) -> Result<i32> {
    crate::engine::select::ContainerFilters::check_keys(
        &a.filter,
        crate::engine::select::PRUNE_KEYS,
    )?;
    if !a.force
        && !crate::cli::system::confirm("WARNING! This will remove all stopped containers.")?
    {
        return Ok(0);
    }
    engine.prune(&a.filter, &mut |id| println!("{id}"))?;
    Ok(0)
}
