//! `rcon start`.

use super::{act, detach_keys};
use crate::engine::relay::AttachOptions;
use crate::engine::select::{AllScope, Selection};
use crate::engine::{Engine, EngineError};
use anyhow::Result;
use clap::{ArgAction, Args};

#[derive(Args, Debug)]
pub struct StartArgs {
    /// Attach to the container's output (one container)
    #[arg(short, long)]
    attach: bool,
    /// Forward stdin to the container (with --attach)
    #[arg(short, long)]
    interactive: bool,
    /// Keys that detach from the container
    #[arg(long)]
    detach_keys: Option<String>,
    /// Forward signals received by rcon to the container (with --attach)
    #[arg(long, default_value_t = true, action = ArgAction::Set)]
    sig_proxy: bool,
    /// Start all containers regardless of their state or configuration
    #[arg(long)]
    all: bool,
    /// Filter output based on conditions given
    #[arg(short, long)]
    filter: Vec<String>,
    /// Act on the latest container rcon is aware of
    #[arg(short, long)]
    latest: bool,
    /// Containers
    containers: Vec<String>,
}

impl StartArgs {
    pub fn containers(&self) -> &[String] {
        &self.containers
    }
}

pub(super) fn start(engine: &Engine, a: &StartArgs) -> Result<i32> {
    let sel = Selection {
        names: a.containers.clone(),
        all: a.all,
        latest: a.latest,
        filters: a.filter.clone(),
        ..Default::default()
    };
    if a.attach || a.interactive {
        let targets = engine.select(&sel, AllScope::Every)?;
        let [t] = &targets[..] else {
            return Err(EngineError::invalid(
                "you cannot start and attach multiple containers at once",
            )
            .into());
        };
        let rec = engine.container(&t.reference)?;
        let opts = AttachOptions {
            stdout: true,
            stderr: true,
            stdin: a.interactive,
            tty: rec.config.tty,
            detach_keys: detach_keys(&a.detach_keys)?,
            sig_proxy: a.sig_proxy,
        };
        return Ok(engine.start(&t.reference, Some(&opts))?.unwrap_or(0));
    }
    act(engine, &sel, AllScope::Every, |t| {
        engine.start(&t.reference, None).map(|_| t.input.clone())
    })
}
