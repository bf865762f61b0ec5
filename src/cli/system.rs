//! `rcon system check|reset`, `rcon info`.

use crate::engine::Engine;
use anyhow::Result;
use clap::{Args, Subcommand};
use std::io::{BufRead, Write};

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum SystemCommand {
    /// Report what an interrupted rcon left behind (and fix it with --repair)
    Check(CheckArgs),
    /// Remove all containers, images and state rcon made
    Reset(ResetArgs),
    /// Display information about the host and rcon
    Info(InfoArgs),
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Fix what can be fixed
    #[arg(short, long)]
    repair: bool,
    /// Print only problems (no summary line)
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Args, Debug)]
pub struct ResetArgs {
    /// Do not ask for confirmation
    #[arg(short, long)]
    force: bool,
}

#[derive(Args, Debug)]
pub struct InfoArgs {
    /// json or a Go template
    #[arg(short, long)]
    format: Option<String>,
}

/// Ask on the terminal; false on anything but y/yes.
pub fn confirm(what: &str) -> Result<bool> {
    eprint!("{what}\nAre you sure you want to continue? [y/N] ");
    // stderr is unbuffered: nothing is lost if this fails
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(matches!(
        line.trim().to_ascii_lowercase().as_str(),
        "y" | "yes"
    ))
}

pub fn info(engine: &Engine, a: &InfoArgs) -> Result<i32> {
    let v = engine.info()?;
    match a.format.as_deref() {
        None | Some("json") => println!("{}", serde_json::to_string_pretty(&v)?),
        Some(f) => super::format::print_objects(Some(f), &[v])?,
    }
    Ok(0)
}

pub fn dispatch(engine: &Engine, c: SystemCommand) -> Result<i32> {
    match c {
        SystemCommand::Check(a) => {
            let findings = engine.check(a.repair)?;
            for f in &findings {
                println!(
                    "{}: {}{}",
                    f.kind,
                    f.what,
                    if f.repaired { " (repaired)" } else { "" }
                );
            }
            let open = findings.iter().filter(|f| !f.repaired).count();
            if !a.quiet {
                if findings.is_empty() {
                    println!("no problems found");
                } else if a.repair {
                    println!(
                        "{} problems found, {} repaired",
                        findings.len(),
                        findings.len() - open
                    );
                } else {
                    println!(
                        "{} problems found: run rcon system check --repair to fix them",
                        findings.len()
                    );
                }
            }
            Ok(if open > 0 { 1 } else { 0 })
        }
        SystemCommand::Reset(a) => {
            if !a.force
                && !confirm("WARNING! This will remove all containers, images and state of rcon.")?
            {
                return Ok(0);
            }
            engine.reset()?;
            Ok(0)
        }
        SystemCommand::Info(a) => info(engine, &a),
    }
}
