//! `rcon stop|restart|kill|pause|unpause|wait|rename`: verbs that change the state of each
//! container named (or chosen by --all, --latest, --cidfile or --filter: `engine::select`).

use super::act;
use crate::engine::select::{AllScope, Selection};
use crate::engine::{parse_go_duration, parse_signal, Engine, EngineError};
use anyhow::Result;
use clap::Args;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct StopArgs {
    /// Seconds to wait for stop before killing the container
    #[arg(short = 't', long = "time", visible_alias = "timeout")]
    time: Option<u32>,
    /// Stop all running containers
    #[arg(short, long)]
    all: bool,
    /// Ignore errors when a specified container is missing
    #[arg(short, long)]
    ignore: bool,
    /// Read the container ID from the file (repeatable)
    #[arg(long)]
    cidfile: Vec<PathBuf>,
    /// Filter output based on conditions given
    #[arg(short, long)]
    filter: Vec<String>,
    /// Act on the latest container rcon is aware of
    #[arg(short, long)]
    latest: bool,
    containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct RestartArgs {
    /// Seconds to wait for stop before killing the container
    #[arg(short = 't', long = "time", visible_alias = "timeout")]
    time: Option<u32>,
    /// Restart all containers
    #[arg(short, long)]
    all: bool,
    /// Restart only running containers
    #[arg(long)]
    running: bool,
    /// Read the container ID from the file (repeatable)
    #[arg(long)]
    cidfile: Vec<PathBuf>,
    /// Filter output based on conditions given
    #[arg(short, long)]
    filter: Vec<String>,
    /// Act on the latest container rcon is aware of
    #[arg(short, long)]
    latest: bool,
    containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct KillArgs {
    /// Signal to send
    #[arg(short, long, default_value = "KILL")]
    signal: String,
    /// Signal all running containers
    #[arg(short, long)]
    all: bool,
    /// Read the container ID from the file (repeatable)
    #[arg(long)]
    cidfile: Vec<PathBuf>,
    /// Act on the latest container rcon is aware of
    #[arg(short, long)]
    latest: bool,
    containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct WaitArgs {
    /// Condition to wait on: configured, created, exited, paused, running, stopped, stopping
    #[arg(long, value_delimiter = ',')]
    condition: Vec<String>,
    /// Time interval to wait before polling for completion
    #[arg(short, long, default_value = "250ms")]
    interval: String,
    /// Act on the latest container rcon is aware of
    #[arg(short, long)]
    latest: bool,
    containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct PauseArgs {
    /// All running (pause) or paused (unpause) containers
    #[arg(short, long)]
    all: bool,
    /// Read the container ID from the file (repeatable)
    #[arg(long)]
    cidfile: Vec<PathBuf>,
    /// Filter output based on conditions given
    #[arg(short, long)]
    filter: Vec<String>,
    /// Act on the latest container rcon is aware of
    #[arg(short, long)]
    latest: bool,
    containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct RenameArgs {
    container: String,
    name: String,
}

pub(super) fn stop(engine: &Engine, a: &StopArgs) -> Result<i32> {
    let sel = Selection {
        names: a.containers.clone(),
        all: a.all,
        latest: a.latest,
        cidfiles: a.cidfile.clone(),
        filters: a.filter.clone(),
        ignore: a.ignore,
    };
    act(engine, &sel, AllScope::Running, |t| {
        engine.stop(&t.reference, a.time).map(|_| t.input.clone())
    })
}

pub(super) fn restart(engine: &Engine, a: &RestartArgs) -> Result<i32> {
    let sel = Selection {
        names: a.containers.clone(),
        all: a.all || a.running,
        latest: a.latest,
        cidfiles: a.cidfile.clone(),
        filters: a.filter.clone(),
        ignore: false,
    };
    let scope = if a.running {
        AllScope::Running
    } else {
        AllScope::Every
    };
    act(engine, &sel, scope, |t| {
        engine
            .restart(&t.reference, a.time)
            .map(|_| t.input.clone())
    })
}

pub(super) fn kill(engine: &Engine, a: &KillArgs) -> Result<i32> {
    let sig = parse_signal(&a.signal)?;
    let sel = Selection {
        names: a.containers.clone(),
        all: a.all,
        latest: a.latest,
        cidfiles: a.cidfile.clone(),
        ..Default::default()
    };
    act(engine, &sel, AllScope::Running, |t| {
        engine.kill(&t.reference, sig).map(|_| t.input.clone())
    })
}

/// `pause` (`paused` true) and `unpause`.
pub(super) fn pause(engine: &Engine, a: &PauseArgs, paused: bool) -> Result<i32> {
    let sel = Selection {
        names: a.containers.clone(),
        all: a.all,
        latest: a.latest,
        cidfiles: a.cidfile.clone(),
        filters: a.filter.clone(),
        ignore: false,
    };
    let scope = if paused {
        AllScope::Running
    } else {
        AllScope::Paused
    };
    act(engine, &sel, scope, |t| {
        engine.pause(&t.reference, paused).map(|_| t.input.clone())
    })
}

pub(super) fn wait(engine: &Engine, a: &WaitArgs) -> Result<i32> {
    let interval = parse_go_duration(&a.interval)
        .or_else(|| {
            a.interval
                .parse::<u64>()
                .ok()
                .map(std::time::Duration::from_millis)
        })
        .ok_or_else(|| {
            EngineError::invalid(format!("time: invalid duration \"{}\"", a.interval))
        })?;
    let sel = Selection {
        names: a.containers.clone(),
        latest: a.latest,
        ..Default::default()
    };
    act(engine, &sel, AllScope::Every, |t| {
        engine
            .wait_condition(&t.reference, &a.condition, interval)
            .map(|c| c.to_string())
    })
}

pub(super) fn rename(engine: &Engine, a: &RenameArgs) -> Result<i32> {
    engine.rename(&a.container, &a.name)?;
    Ok(0)
}
