//! `rcon port`.

use crate::engine::{Engine, EngineError};
use anyhow::Result;
use clap::Args;

#[derive(Args, Debug)]
pub struct PortArgs {
    /// All containers
    #[arg(short, long)]
    all: bool,
    /// Act on the latest container rcon is aware of
    #[arg(short, long)]
    latest: bool,
    container: Option<String>,
    /// Private port[/proto]
    port: Option<String>,
}

pub(super) fn port(engine: &Engine, a: &PortArgs) -> Result<i32> {
    // no published ports until networking: verify the container and print nothing
    let latest = match a.latest {
        true => Some(engine.one_container(None, true)?),
        false => None,
    };
    match (latest.as_ref().or(a.container.as_ref()), a.all) {
        (Some(c), false) => {
            engine.container(c)?;
        }
        (None, true) => {}
        _ => return Err(EngineError::invalid("give a container, or --all").into()),
    }
    Ok(0)
}
