//! rcon: a daemonless container engine in one binary. See docs/ARCHITECTURE.md.
#![deny(unsafe_code)]
#![recursion_limit = "256"]

mod cli;
mod engine;
mod image;
mod registry;
mod runtime;
mod store;
mod supervisor;

fn main() {
    std::process::exit(cli::main());
}
