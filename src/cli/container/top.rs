//! `rcon top`.

use crate::engine::Engine;
use anyhow::Result;
use clap::Args;

#[derive(Args, Debug)]
pub struct TopArgs {
    container: String,
    /// Columns: user, uid, pid, ppid, hpid, pcpu, etime, tty, time, args, comm
    descriptors: Vec<String>,
}

pub(super) fn top(engine: &Engine, a: &TopArgs) -> Result<i32> {
    let rows = engine.top(&a.container, &a.descriptors)?;
    let lines: Vec<String> = rows.iter().map(|r| r.join("\t")).collect();
    print!("{}", crate::cli::template::align_columns(&lines));
    Ok(0)
}
