//! `rcon logs`.

use crate::engine::error::EngineError;
use crate::engine::logs::LogsOptions;
use crate::engine::Engine;
use anyhow::Result;
use clap::Args;

#[derive(Args, Debug)]
pub struct LogsArgs {
    /// Output the containers with different colors in the log
    #[arg(long)]
    color: bool,
    /// Follow the output until the containers stop
    #[arg(short, long)]
    follow: bool,
    /// Act on the latest container rcon is aware of
    #[arg(short, long)]
    latest: bool,
    /// Output the container name in the log (with several containers)
    #[arg(short, long)]
    names: bool,
    /// Show timestamps
    #[arg(short, long)]
    timestamps: bool,
    /// Only the last N lines (-1: all)
    #[arg(long, allow_negative_numbers = true)]
    tail: Option<i64>,
    /// Only lines since this time (RFC 3339, unix time, or a duration like 10m)
    #[arg(long)]
    since: Option<String>,
    /// Only lines until this time
    #[arg(long)]
    until: Option<String>,
    containers: Vec<String>,
}

pub(super) fn logs(engine: &Engine, a: &LogsArgs) -> Result<i32> {
    let containers = match (a.latest, a.containers.is_empty()) {
        (true, false) => Err(EngineError::invalid(
            "--latest and containers cannot be used together",
        ))?,
        (false, true) => Err(EngineError::invalid(
            "specify at least one container name or ID to log",
        ))?,
        (true, true) => vec![engine.one_container(None, true)?],
        (false, false) => a.containers.clone(),
    };
    let tail = match a.tail {
        Some(n) if n >= 0 => Some(n as usize),
        _ => None,
    };
    engine.logs(
        &containers,
        &LogsOptions {
            follow: a.follow,
            timestamps: a.timestamps,
            tail,
            since: a.since.clone(),
            until: a.until.clone(),
            names: a.names,
            color: a.color,
        },
        &mut std::io::stdout().lock(),
        &mut std::io::stderr(),
    )?;
    Ok(0)
}
