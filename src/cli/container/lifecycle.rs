//! `rcon stop|restart|kill|pause|unpause|wait|rename`: verbs that change the state of each
//! container named.

use super::{each, targets};
use crate::engine::{parse_signal, Engine};
use anyhow::Result;
use clap::Args;

#[derive(Args, Debug)]
pub struct StopArgs {
    /// Seconds to wait before killing the container
    #[arg(short = 't', long = "time", visible_alias = "timeout")]
    time: Option<u32>,
    /// All running containers
    #[arg(short, long)]
    all: bool,
    /// Ignore containers that do not exist
    #[arg(short, long)]
    ignore: bool,
    containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct KillArgs {
    /// Signal to send
    #[arg(short, long, default_value = "KILL")]
    signal: String,
    /// All running containers
    #[arg(short, long)]
    all: bool,
    containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct RefsArgs {
    #[arg(required = true)]
    containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct AllRefsArgs {
    /// All containers
    #[arg(short, long)]
    all: bool,
    containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct RenameArgs {
    container: String,
    name: String,
}

pub(super) fn stop(engine: &Engine, a: &StopArgs) -> Result<i32> {
    let refs = targets(engine, a.all, &a.containers, true)?;
    each(&refs, a.ignore, |r| {
        engine.stop(r, a.time).map(|_| r.to_string())
    })
}

pub(super) fn restart(engine: &Engine, a: &StopArgs) -> Result<i32> {
    let refs = targets(engine, a.all, &a.containers, false)?;
    each(&refs, a.ignore, |r| {
        engine.restart(r, a.time).map(|_| r.to_string())
    })
}

pub(super) fn kill(engine: &Engine, a: &KillArgs) -> Result<i32> {
    let sig = parse_signal(&a.signal)?;
    let refs = targets(engine, a.all, &a.containers, true)?;
    each(&refs, false, |r| engine.kill(r, sig).map(|_| r.to_string()))
}

/// `pause` (`paused` true) and `unpause`.
pub(super) fn pause(engine: &Engine, a: &AllRefsArgs, paused: bool) -> Result<i32> {
    let refs = targets(engine, a.all, &a.containers, true)?;
    each(&refs, false, |r| {
        engine.pause(r, paused).map(|_| r.to_string())
    })
}

pub(super) fn wait(engine: &Engine, a: &RefsArgs) -> Result<i32> {
    each(&a.containers, false, |r| {
        engine.wait(r).map(|c| c.to_string())
    })
}

pub(super) fn rename(engine: &Engine, a: &RenameArgs) -> Result<i32> {
    engine.rename(&a.container, &a.name)?;
    Ok(0)
}
