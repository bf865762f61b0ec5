//! `rcon start`.

use super::{detach_keys, each};
use crate::engine::relay::AttachOptions;
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
    /// Containers
    #[arg(required = true)]
    containers: Vec<String>,
}

impl StartArgs {
    pub fn containers(&self) -> &[String] {
        &self.containers
    }
}

pub(super) fn start(engine: &Engine, a: &StartArgs) -> Result<i32> {
    if a.attach || a.interactive {
        if a.containers.len() != 1 {
            return Err(EngineError::failed("start --attach takes exactly one container").into());
        }
        let rec = engine.container(&a.containers[0])?;
        let opts = AttachOptions {
            stdout: true,
            stderr: true,
            stdin: a.interactive,
            tty: rec.config.tty,
            detach_keys: detach_keys(&a.detach_keys)?,
            sig_proxy: a.sig_proxy,
        };
        return Ok(engine.start(&a.containers[0], Some(&opts))?.unwrap_or(0));
    }
    each(&a.containers, false, |r| {
        engine.start(r, None).map(|_| r.to_string())
    })
}
