//! `rcon volume create|ls|inspect|rm|prune|exists|export|import|mount|unmount|reload`.

use super::format::{print_list_with, print_objects};
use crate::engine::volume::{VolumeCreateOptions, VolumeInspect};
use crate::engine::{Engine, EngineError};
use crate::store::{StoreError, VolumeRecord};
use anyhow::Result;
use clap::{Args, Subcommand};
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Subcommand, Debug)]
pub enum VolumeCommand {
    /// Create a new volume
    Create(CreateArgs),
    /// Check if the given volume exists (exit 0) or not (exit 1)
    Exists(NameArg),
    /// Export the contents of a volume as a tar
    Export(ExportArgs),
    /// Import a tarball (a file, or - for stdin) into an existing volume
    Import(ImportArgs),
    /// Display detailed information on one or more volumes
    Inspect(InspectArgs),
    /// List volumes
    #[command(visible_alias = "list")]
    Ls(LsArgs),
    /// Mount a volume and print its path (volumes with --opt are mounted; rootless: in `rcon unshare`)
    Mount(NamesArg),
    /// Remove all unused volumes
    Prune(PruneArgs),
    /// Reload volumes from volume plugins (rcon has none: nothing to do)
    Reload(ReloadArgs),
    /// Remove one or more volumes
    #[command(visible_alias = "remove")]
    Rm(RmArgs),
    /// Unmount a volume mounted by `volume mount`
    #[command(visible_alias = "umount")]
    Unmount(NamesArg),
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Specify volume driver name (only "local")
    #[arg(long, default_value = "local", value_name = "DRIVER")]
    pub driver: String,
    /// Set metadata for a volume (KEY[=VALUE])
    #[arg(
        short = 'l',
        long = "label",
        value_name = "KEY=VALUE",
        value_delimiter = ','
    )]
    pub label: Vec<String>,
    /// Set driver specific options: type=tmpfs|none|bind|TYPE, device=DEV, o=OPTIONS (uid=, gid=, size=, mount options)
    #[arg(short = 'o', long = "opt", value_name = "KEY=VALUE")]
    pub opt: Vec<String>,
    /// The volume's name (random when not given)
    pub name: Option<String>,
}

#[derive(Args, Debug)]
pub struct NameArg {
    pub name: String,
}

#[derive(Args, Debug)]
pub struct NamesArg {
    #[arg(required = true)]
    pub names: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ReloadArgs {}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Write to a specified file (default: stdout, which must be redirected)
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    pub name: String,
}

#[derive(Args, Debug)]
pub struct ImportArgs {
    pub name: String,
    /// the tar file, or - for stdin
    pub source: String,
}

#[derive(Args, Debug)]
pub struct InspectArgs {
    /// Inspect all volumes
    #[arg(short = 'a', long)]
    pub all: bool,
    /// Format volume output using Go template (default "json")
    #[arg(short = 'f', long, value_name = "FORMAT")]
    pub format: Option<String>,
    pub names: Vec<String>,
}

#[derive(Args, Debug)]
pub struct LsArgs {
    /// Filter volume output (name, label, label!, dangling, driver, scope, opt, until, since)
    #[arg(short = 'f', long, value_name = "FILTER", value_delimiter = ',')]
    pub filter: Vec<String>,
    /// Format volume output using Go template (or json, table ...)
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Do not print headers
    #[arg(long)]
    pub noheading: bool,
    /// Print volume output in quiet mode (names only)
    #[arg(short = 'q', long)]
    pub quiet: bool,
}

#[derive(Args, Debug)]
pub struct PruneArgs {
    /// Provide filter values (label, label!, until)
    #[arg(long, value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Do not prompt for confirmation
    #[arg(short = 'f', long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct RmArgs {
    /// Remove all volumes
    #[arg(short = 'a', long)]
    pub all: bool,
    /// Remove a volume by force, even if it is being used by a container (those containers are removed)
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Seconds to wait for running containers to stop before killing the container
    #[arg(short = 't', long, value_name = "SECONDS")]
    pub time: Option<u32>,
    pub names: Vec<String>,
}

impl VolumeCommand {
    /// Rootless, the writers run in the user namespace (the volume's files belong to its ids).
    pub fn needs_userns(&self) -> bool {
        !matches!(
            self,
            VolumeCommand::Ls(_)
                | VolumeCommand::Inspect(_)
                | VolumeCommand::Exists(_)
                | VolumeCommand::Reload(_)
                | VolumeCommand::Mount(_)
                | VolumeCommand::Unmount(_)
        )
    }
}

pub fn dispatch(engine: &Engine, c: VolumeCommand) -> Result<i32> {
    match c {
        VolumeCommand::Create(a) => create(engine, &a),
        VolumeCommand::Exists(a) => Ok(if engine.volume_exists(&a.name) { 0 } else { 1 }),
        VolumeCommand::Export(a) => {
            let mut out = std::io::stdout().lock();
            let stdout = crate::engine::images::StdoutStream {
                writer: &mut out,
                is_terminal: std::io::IsTerminal::is_terminal(&std::io::stdout()),
            };
            engine.volume_export(&a.name, a.output.as_deref(), stdout)?;
            Ok(0)
        }
        VolumeCommand::Import(a) => import(engine, &a),
        VolumeCommand::Inspect(a) => inspect(engine, &a),
        VolumeCommand::Ls(a) => ls(engine, &a),
        VolumeCommand::Mount(a) => each(&a.names, |n| {
            println!("{}", engine.volume_mount(n)?.display());
            Ok(())
        }),
        VolumeCommand::Unmount(a) => each(&a.names, |n| {
            println!("{}", engine.volume_unmount(n)?);
            Ok(())
        }),
        VolumeCommand::Prune(a) => prune(engine, &a),
        VolumeCommand::Reload(_) => Ok(0),
        VolumeCommand::Rm(a) => rm(engine, &a),
    }
}

/// `KEY=VALUE` or `KEY` (an empty value), as podman's label and option lists.
fn key_values(list: &[String]) -> Vec<(String, String)> {
    list.iter()
        .map(|s| match s.split_once('=') {
            Some((k, v)) => (k.to_string(), v.to_string()),
            None => (s.to_string(), String::new()),
        })
        .collect()
}

fn create(engine: &Engine, a: &CreateArgs) -> Result<i32> {
    let o = VolumeCreateOptions {
        name: a.name.clone(),
        driver: a.driver.clone(),
        labels: key_values(&a.label).into_iter().collect::<BTreeMap<_, _>>(),
        options: key_values(&a.opt),
        anonymous: false,
    };
    let rec = engine.volume_create(&o)?;
    println!("{}", rec.name);
    Ok(0)
}

fn import(engine: &Engine, a: &ImportArgs) -> Result<i32> {
    let mut input: Box<dyn std::io::Read> =
        if a.source == "-" {
            Box::new(std::io::stdin().lock())
        } else {
            Box::new(std::fs::File::open(&a.source).map_err(|e| {
                EngineError::not_found(format!("open {}: {}", a.source, io_text(&e)))
            })?)
        };
    engine.volume_import(&a.name, &mut input)?;
    Ok(0)
}

/// An I/O error as Go words it ("no such file or directory").
fn io_text(e: &std::io::Error) -> String {
    match e.raw_os_error() {
        Some(n) => nix::errno::Errno::from_raw(n).desc().to_ascii_lowercase(),
        None => e.to_string(),
    }
}

fn to_value(v: &VolumeInspect) -> serde_json::Value {
    serde_json::to_value(v).expect("volumes serialize")
}

fn inspect(engine: &Engine, a: &InspectArgs) -> Result<i32> {
    if a.all != a.names.is_empty() {
        return Err(EngineError::invalid("provide one or more volume names or use --all").into());
    }
    let recs = if a.all {
        engine.volume_list(&[])?.0
    } else {
        let mut recs = vec![];
        let mut code = 0;
        for n in &a.names {
            match engine.volume(n) {
                Ok(r) => recs.push(r),
                Err(EngineError::Store(StoreError::NoSuchVolume(_))) => {
                    eprintln!("Error: no such volume {n}");
                    code = 125;
                }
                Err(e) => return Err(e.into()),
            }
        }
        if code != 0 {
            print_inspect(engine, &recs, a.format.as_deref())?;
            return Ok(code);
        }
        recs
    };
    print_inspect(engine, &recs, a.format.as_deref())?;
    Ok(0)
}

/// A JSON array in podman's field order, or a template per volume.
fn print_inspect(engine: &Engine, recs: &[VolumeRecord], format: Option<&str>) -> Result<()> {
    let views: Vec<VolumeInspect> = recs.iter().map(|r| engine.volume_inspect(r)).collect();
    match format {
        None | Some("") | Some("json") => {
            println!("{}", serde_json::to_string_pretty(&views)?);
        }
        Some(f) => {
            let items: Vec<_> = views.iter().map(to_value).collect();
            print_objects(Some(f), &items)?;
        }
    }
    Ok(())
}

fn ls(engine: &Engine, a: &LsArgs) -> Result<i32> {
    let (recs, warnings) = engine.volume_list(&a.filter)?;
    for w in warnings {
        eprintln!("WARN: {w}");
    }
    if a.quiet {
        for r in &recs {
            println!("{}", r.name);
        }
        return Ok(0);
    }
    let items: Vec<_> = recs
        .iter()
        .map(|r| to_value(&engine.volume_inspect(r)))
        .collect();
    if a.format.as_deref() == Some("json") {
        let views: Vec<VolumeInspect> = recs.iter().map(|r| engine.volume_inspect(r)).collect();
        println!("{}", serde_json::to_string_pretty(&views)?);
        return Ok(0);
    }
    if a.format.as_deref().is_none_or(str::is_empty) {
        // podman's table: columns at least 12 wide, 2 spaces apart
        let width = recs
            .iter()
            .map(|r| r.driver.len() + 2)
            .max()
            .unwrap_or(0)
            .max(12);
        if !a.noheading {
            println!("{:<width$}VOLUME NAME", "DRIVER");
        }
        for r in &recs {
            println!("{:<width$}{}", r.driver, r.name);
        }
        return Ok(0);
    }
    print_list_with(
        a.format.as_deref(),
        "table {{.Driver}}\t{{.Name}}",
        &[("Name", "VOLUME NAME")],
        || items.clone(),
        &items,
        a.noheading,
    )?;
    Ok(0)
}

fn rm(engine: &Engine, a: &RmArgs) -> Result<i32> {
    if a.all != a.names.is_empty() {
        return Err(EngineError::invalid("choose either one or more volumes or all").into());
    }
    let names = if a.all {
        engine
            .volume_list(&[])?
            .0
            .into_iter()
            .map(|r| r.name)
            .collect()
    } else {
        a.names.clone()
    };
    let mut code = 0;
    for n in &names {
        match engine.volume_remove(n, a.force, a.time) {
            Ok(name) => println!("{name}"),
            Err(e) => {
                eprintln!("Error: {}", e.full_message());
                // podman's: 1 for a missing volume, 2 for one in use
                code = match e.root() {
                    EngineError::Store(StoreError::NoSuchVolume(_)) => 1,
                    EngineError::Store(StoreError::VolumeInUse { .. }) => 2,
                    _ => 125,
                };
            }
        }
    }
    Ok(code)
}

fn prune(engine: &Engine, a: &PruneArgs) -> Result<i32> {
    if !a.force {
        let names = engine.volume_prune_candidates(&a.filter)?;
        println!("WARNING! This will remove all volumes not used by at least one container. The following volumes will be removed:");
        if names.is_empty() {
            println!("No dangling volumes found");
            return Ok(0);
        }
        for n in &names {
            println!("{n}");
        }
        if !super::system::confirm_on_stdout()? {
            return Ok(0);
        }
    }
    let (removed, errors) = engine.volume_prune(&a.filter)?;
    Ok(super::system::print_pruned(&removed, &errors))
}

/// Run `f` for each name, printing each error; 125 if any failed.
fn each(names: &[String], mut f: impl FnMut(&str) -> crate::engine::Result<()>) -> Result<i32> {
    let mut code = 0;
    for n in names {
        if let Err(e) = f(n) {
            eprintln!("Error: {}", e.full_message());
            code = 125;
        }
    }
    Ok(code)
}
