//! `rcon attach`.

use super::detach_keys;
use crate::engine::relay::AttachOptions;
use crate::engine::Engine;
use anyhow::Result;
use clap::{ArgAction, Args};

#[derive(Args, Debug)]
pub struct AttachArgs {
    /// Keys that detach from the container
    #[arg(long)]
    detach_keys: Option<String>,
    /// Do not forward stdin
    #[arg(long)]
    no_stdin: bool,
    /// Forward signals received by rcon to the container
    #[arg(long, default_value_t = true, action = ArgAction::Set)]
    sig_proxy: bool,
    /// Act on the latest container rcon is aware of
    #[arg(short, long)]
    latest: bool,
    #[arg(required_unless_present = "latest")]
    container: Option<String>,
}

pub(super) fn attach(engine: &Engine, a: &AttachArgs) -> Result<i32> {
    let opts = AttachOptions {
        stdout: true,
        stderr: true,
        stdin: !a.no_stdin,
        tty: false,
        detach_keys: detach_keys(&a.detach_keys)?,
        sig_proxy: a.sig_proxy,
    };
    let ctr = engine.one_container(a.container.as_deref(), a.latest)?;
    Ok(engine.attach(&ctr, &opts)?)
}
