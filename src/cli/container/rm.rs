//! `rcon rm` and `rcon container prune`.

use super::{each, targets};
use crate::engine::Engine;
use anyhow::Result;
use clap::Args;

#[derive(Args, Debug)]
pub struct RmArgs {
    /// Remove running containers too (they are killed)
    #[arg(short, long)]
    force: bool,
    /// All containers
    #[arg(short, long)]
    all: bool,
    /// Ignore containers that do not exist
    #[arg(short, long)]
    ignore: bool,
    containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct PruneArgs {
    /// Do not ask for confirmation
    #[arg(short, long)]
    force: bool,
}

pub(super) fn rm(engine: &Engine, a: &RmArgs) -> Result<i32> {
    let refs = targets(engine, a.all, &a.containers, false)?;
    each(&refs, a.ignore, |r| engine.remove(r, a.force))
}

pub(super) fn prune(engine: &Engine, a: &PruneArgs) -> Result<i32> {
    if !a.force
        && !crate::cli::system::confirm("WARNING! This will remove all stopped containers.")?
    {
        return Ok(0);
    }
    for id in engine.prune()? {
        println!("{id}");
    }
    Ok(0)
}
