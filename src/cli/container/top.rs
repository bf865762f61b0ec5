//! `rcon top`.

use crate::engine::Engine;
use anyhow::Result;
use clap::Args;

#[derive(Args, Debug)]
pub struct TopArgs {
    /// Act on the latest container rcon is aware of
    #[arg(short, long)]
    latest: bool,
    /// The container (none with --latest), then the columns: user, uid, pid, ppid, hpid,
    /// pcpu, etime, tty, time, args, comm
    #[arg(
        value_name = "CONTAINER [DESCRIPTORS...]",
        required_unless_present = "latest"
    )]
    words: Vec<String>,
}

pub(super) fn top(engine: &Engine, a: &TopArgs) -> Result<i32> {
    let (name, descriptors) = match (a.latest, a.words.split_first()) {
        (false, Some((c, rest))) => (Some(c.as_str()), rest),
        _ => (None, a.words.as_slice()),
    };
    let ctr = engine.one_container(name, a.latest)?;
    let rows = engine.top(&ctr, descriptors)?;
    let lines: Vec<String> = rows.iter().map(|r| r.join("\t")).collect();
    print!("{}", crate::cli::template::align_columns(&lines));
    Ok(0)
}
