//! rcon: a daemonless container engine in one binary. See docs/ARCHITECTURE.md.
//!
//! The process model starts here. One binary is three kinds of process: the CLI (`cli`),
//! the per-container supervisor (`supervisor`), exec'd as `rcon __supervise` or forked by
//! root `run` before anything else happens, and the container's init, which the supervisor
//! clones (`runtime::init`).
#![deny(unsafe_code)]
#![recursion_limit = "256"]

mod cli;
mod engine;
mod image;
mod network;
mod registry;
mod runtime;
mod store;
mod supervisor;

use supervisor::launch::{self, Prespawn};

fn main() {
    let argv: Vec<String> = std::env::args().collect();
    // a supervisor exec'd by `start`, `restart` or rootless `run`: it learns its container on
    // its go pipe, and needs neither clap nor the CLI's set-up
    if argv.get(1).map(String::as_str) == Some(launch::SUPERVISE) {
        std::process::exit(launch::supervise_main(&argv[2..], false));
    }
    // root `run` forks its supervisor first thing, while the process has one thread and has
    // done nothing yet: the CLI hands it to the engine
    let mut prespawned = None;
    if cli::is_run(&argv[1..]) && nix::unistd::geteuid().is_root() {
        match launch::prespawn() {
            Prespawn::Supervisor => std::process::exit(launch::supervise_main(&[], true)),
            Prespawn::Cli(p) => prespawned = p,
        }
    }
    std::process::exit(cli::main(prespawned));
}

/// rcon's own diagnostics (not the containers' logs) on stderr, at `level` (else $RCON_LOG,
/// else errors only): the CLI's `--log-level`, and a supervisor's (into its supervisor.log)
/// when RCON_LOG asks for them.
fn init_tracing(level: Option<&str>) {
    // podman's names for tracing's levels
    let filter = level
        .map(|l| match l.to_ascii_lowercase().as_str() {
            "warning" => "warn".to_string(),
            "fatal" | "panic" => "error".to_string(),
            l => l.to_string(),
        })
        .or_else(|| std::env::var("RCON_LOG").ok())
        .unwrap_or_else(|| "error".into());
    // a subscriber already set (never, in one process) keeps its own
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_target(false)
        .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
        .try_init();
}
