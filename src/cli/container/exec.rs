//! `rcon exec`.

use super::{detach_keys, warn_unavailable_caps};
use crate::engine::create::privileged_caps;
use crate::engine::exec::ExecOptions;
use crate::engine::Engine;
use anyhow::Result;
use clap::Args;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct ExecArgs {
    /// Keep stdin open
    #[arg(short, long)]
    interactive: bool,
    /// Allocate a pseudo-terminal
    #[arg(short, long)]
    tty: bool,
    /// Run in the background
    #[arg(short, long)]
    detach: bool,
    /// Set an environment variable
    #[arg(short, long = "env")]
    env: Vec<String>,
    /// Read environment variables from a file
    #[arg(long = "env-file")]
    env_file: Vec<PathBuf>,
    /// User as user[:group]
    #[arg(short, long)]
    user: Option<String>,
    /// Working directory
    #[arg(short, long)]
    workdir: Option<String>,
    /// Keys that detach from the process
    #[arg(long)]
    detach_keys: Option<String>,
    /// Give the process all capabilities and no seccomp filter
    #[arg(long)]
    privileged: bool,
    /// Pass N additional file descriptors to the container
    #[arg(long, default_value_t = 0, value_name = "N")]
    preserve_fds: u32,
    /// Act on the latest container rcon is aware of
    #[arg(short, long)]
    latest: bool,
    /// The container (none with --latest), then the command and its arguments
    #[arg(
        value_name = "CONTAINER COMMAND [ARG...]",
        trailing_var_arg = true,
        allow_hyphen_values = true,
        required = true
    )]
    words: Vec<String>,
}

pub(super) fn exec(engine: &Engine, a: &ExecArgs) -> Result<i32> {
    let (name, command) = match (a.latest, a.words.split_first()) {
        (false, Some((c, rest))) => (Some(c.as_str()), rest),
        _ => (None, a.words.as_slice()),
    };
    if command.is_empty() {
        return Err(crate::engine::EngineError::invalid(
            "exec requires the name or ID of a container and a command: rcon exec CONTAINER COMMAND",
        )
        .into());
    }
    let container = engine.one_container(name, a.latest)?;
    let o = ExecOptions {
        command: command.to_vec(),
        interactive: a.interactive,
        tty: a.tty,
        detach: a.detach,
        env: a.env.clone(),
        env_files: a.env_file.clone(),
        user: a.user.clone(),
        workdir: a.workdir.clone(),
        detach_keys: detach_keys(&a.detach_keys)?,
        privileged: a.privileged,
        preserve_fds: a.preserve_fds,
    };
    if a.privileged {
        warn_unavailable_caps(&privileged_caps());
    }
    Ok(engine.exec(&container, &o)?)
}
