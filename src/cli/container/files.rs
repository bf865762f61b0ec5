//! `rcon cp`, `rcon export` and `rcon diff`: a container's files.

use super::ContainerCommand;
use crate::cli::format::print_list;
use crate::engine::Engine;
use anyhow::Result;
use clap::Args;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct CpArgs {
    /// Chown copied files to the primary uid/gid of the destination container
    #[arg(short, long, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    archive: bool,
    /// Allow to overwrite directories with non-directories and vice versa
    #[arg(long)]
    overwrite: bool,
    src: String,
    dest: String,
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Write to a file instead of stdout
    #[arg(short, long)]
    output: Option<PathBuf>,
    container: String,
}

#[derive(Args, Debug)]
pub struct DiffArgs {
    /// json or a Go template
    #[arg(long)]
    format: Option<String>,
    /// Act on the latest container rcon is aware of
    #[arg(short, long)]
    latest: bool,
    #[arg(required_unless_present = "latest")]
    container: Option<String>,
}

/// The container whose files `cp` or `export` reach, if it is running: rootless, that takes
/// joining its user namespace, which only its owner can do from outside it, not from a user
/// namespace of another rcon invocation (as exec, which runs as the user).
pub fn running_container_files(cmd: &ContainerCommand, paths: &crate::store::StorePaths) -> bool {
    use crate::engine::files::{parse_cp_path, CpPath};
    let name = match cmd {
        ContainerCommand::Cp(a) => match (parse_cp_path(&a.src), parse_cp_path(&a.dest)) {
            (CpPath::Container(c, _), _) | (_, CpPath::Container(c, _)) => c,
            _ => return false,
        },
        ContainerCommand::Export(a) => a.container.clone(),
        _ => return false,
    };
    Engine::new(paths.clone(), crate::cli::STDIO)
        .map(|e| e.files_of_running(&name))
        .unwrap_or(false)
}

pub(super) fn cp(engine: &Engine, a: &CpArgs) -> Result<i32> {
    engine.cp(
        &a.src,
        &a.dest,
        crate::engine::files::CpOptions {
            archive: a.archive,
            overwrite: a.overwrite,
        },
        &mut std::io::stdin().lock(),
        &mut std::io::stdout().lock(),
    )?;
    Ok(0)
}

pub(super) fn export(engine: &Engine, a: &ExportArgs) -> Result<i32> {
    engine.export_to(
        &a.container,
        a.output.as_deref(),
        crate::engine::images::StdoutStream {
            writer: &mut std::io::stdout().lock(),
            is_terminal: std::io::IsTerminal::is_terminal(&std::io::stdout()),
        },
    )?;
    Ok(0)
}

pub(super) fn diff(engine: &Engine, a: &DiffArgs) -> Result<i32> {
    let ctr = engine.one_container(a.container.as_deref(), a.latest)?;
    let changes = engine.diff(&ctr)?;
    print_changes(&changes, a.format.as_deref())
}

/// Changes (A, C, D and a path) as `diff` prints them: lines, json or a template.
pub fn print_changes(changes: &[(char, String)], format: Option<&str>) -> Result<i32> {
    match format {
        Some("json") => {
            let mut m = serde_json::Map::new();
            for (k, name) in [('A', "added"), ('C', "changed"), ('D', "deleted")] {
                let v: Vec<&String> = changes
                    .iter()
                    .filter(|(c, _)| *c == k)
                    .map(|(_, p)| p)
                    .collect();
                if !v.is_empty() {
                    m.insert(name.into(), serde_json::json!(v));
                }
            }
            println!("{}", serde_json::to_string_pretty(&m)?);
        }
        Some(f) => {
            let data: Vec<_> = changes
                .iter()
                .map(|(k, p)| serde_json::json!({"ChangeType": k.to_string(), "Path": p}))
                .collect();
            print_list(
                Some(f),
                "{{.ChangeType}}\t{{.Path}}",
                &[],
                || data.clone(),
                &data,
            )?;
        }
        None => {
            for (k, p) in changes {
                println!("{k} {p}");
            }
        }
    }
    Ok(0)
}
