//! `rcon logs`.

use crate::engine::logs::LogsOptions;
use crate::engine::Engine;
use anyhow::Result;
use clap::Args;

#[derive(Args, Debug)]
pub struct LogsArgs {
    /// Follow the output until the container stops
    #[arg(short, long)]
    follow: bool,
    /// Show timestamps
    #[arg(short, long)]
    timestamps: bool,
    /// Only the last N lines
    #[arg(long)]
    tail: Option<i64>,
    /// Only lines since this time (RFC 3339, unix time, or a duration like 10m)
    #[arg(long)]
    since: Option<String>,
    /// Only lines until this time
    #[arg(long)]
    until: Option<String>,
    container: String,
}

pub(super) fn logs(engine: &Engine, a: &LogsArgs) -> Result<i32> {
    let tail = match a.tail {
        Some(n) if n >= 0 => Some(n as usize),
        _ => None,
    };
    engine.logs(
        &a.container,
        &LogsOptions {
            follow: a.follow,
            timestamps: a.timestamps,
            tail,
            since: a.since.clone(),
            until: a.until.clone(),
        },
        &mut std::io::stdout().lock(),
        &mut std::io::stderr(),
    )?;
    Ok(0)
}
