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
    /// Show rcon events (from the events log; followed until interrupted)
    Events(super::events::EventsArgs),
    /// Show rcon disk usage
    Df(super::system_space::DfArgs),
    /// Remove unused data
    Prune(super::system_space::SystemPruneArgs),
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
    /// json, or a Go template over podman's fields ({{.Store.GraphRoot}}); YAML by default
    #[arg(short, long)]
    format: Option<String>,
}

#[derive(Args, Debug)]
pub struct VersionArgs {
    /// json, or a Go template over podman's fields ({{.Client.Version}})
    #[arg(short, long)]
    format: Option<String>,
}

/// `rcon version`: podman's layout; `--format json` and templates see `{"Client": {...}}`.
pub fn version(a: &VersionArgs) -> Result<i32> {
    let client = crate::engine::info::version_info();
    let field = |k: &str| client[k].as_str().unwrap_or_default().to_string();
    match a.format.as_deref() {
        None | Some("") => {
            println!("Client:       rcon");
            println!("Version:      {}", field("Version"));
            println!("API Version:  {}", field("APIVersion"));
            println!("Rust Version: {}", field("RustVersion"));
            println!("Built:        {}", field("BuiltTime"));
            println!("OS/Arch:      {}", field("OsArch"));
        }
        Some("json") => println!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({ "Client": client }))?
        ),
        Some(f) => {
            super::format::print_objects(Some(f), &[serde_json::json!({ "Client": client })])?
        }
    }
    Ok(0)
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

/// podman's question after a warning printed on stdout (volume and network prune); true
/// on y/yes.
pub fn confirm_on_stdout() -> Result<bool> {
    print!("Are you sure you want to continue? [y/N] ");
    std::io::stdout().flush()?;
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(matches!(
        line.trim().to_ascii_lowercase().as_str(),
        "y" | "yes"
    ))
}

/// A prune's result as podman prints it: each removed name, each error; the exit code.
pub fn print_pruned(removed: &[String], errors: &[crate::engine::EngineError]) -> i32 {
    for n in removed {
        println!("{n}");
    }
    for e in errors {
        eprintln!("Error: {}", e.full_message());
    }
    if errors.is_empty() {
        0
    } else {
        125
    }
}

/// podman's output: YAML by default, JSON with `--format json`, and a Go template over podman's
/// field names (`{{.Host.CgroupsVersion}}`, `{{.Store.GraphRoot}}`).
pub fn info(engine: &Engine, a: &InfoArgs) -> Result<i32> {
    let v = engine.info()?;
    match a.format.as_deref() {
        None | Some("") | Some("yaml") => print!("{}", yaml(&v, 0)),
        Some("json") => println!("{}", serde_json::to_string_pretty(&v)?),
        Some(f) => super::format::print_objects(Some(f), &[go_names(&v, true)])?,
    }
    Ok(0)
}

/// podman's Go field name for a JSON key of `info` (its json tags are camelCase).
fn go_name(key: &str) -> String {
    match key {
        "cgroupVersion" => "CgroupsVersion".into(),
        "cpus" => "CPUs".into(),
        "ociRuntime" => "OCIRuntime".into(),
        "seccompEnabled" => "SECCOMPEnabled".into(),
        "seccompProfilePath" => "SECCOMPProfilePath".into(),
        "selinuxEnabled" => "SELinuxEnabled".into(),
        "apparmorEnabled" => "AppArmorEnabled".into(),
        "idMappings" => "IDMappings".into(),
        _ => {
            let mut c = key.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        }
    }
}

/// `v` with its keys as podman's Go fields; the registries are a map, their keys kept.
fn go_names(v: &serde_json::Value, convert: bool) -> serde_json::Value {
    match v {
        serde_json::Value::Object(m) => serde_json::Value::Object(
            m.iter()
                .map(|(k, v)| {
                    let key = if convert { go_name(k) } else { k.clone() };
                    (key, go_names(v, convert && k != "registries"))
                })
                .collect(),
        ),
        serde_json::Value::Array(a) => {
            serde_json::Value::Array(a.iter().map(|v| go_names(v, convert)).collect())
        }
        other => other.clone(),
    }
}

/// `v` as YAML, as podman prints `info`: maps as `key: value`, lists as `- item`.
fn yaml(v: &serde_json::Value, indent: usize) -> String {
    use serde_json::Value as J;
    let pad = " ".repeat(indent);
    let scalar = |v: &J| match v {
        J::String(s) if s.is_empty() => "\"\"".to_string(),
        J::String(s) => s.clone(),
        J::Null => "null".into(),
        other => other.to_string(),
    };
    let mut out = String::new();
    match v {
        J::Object(m) => {
            for (k, v) in m {
                match v {
                    J::Object(o) if o.is_empty() => out += &format!("{pad}{k}: {{}}\n"),
                    J::Array(a) if a.is_empty() => out += &format!("{pad}{k}: []\n"),
                    J::Object(_) => out += &format!("{pad}{k}:\n{}", yaml(v, indent + 2)),
                    J::Array(_) => out += &format!("{pad}{k}:\n{}", yaml(v, indent)),
                    s => out += &format!("{pad}{k}: {}\n", scalar(s)),
                }
            }
        }
        J::Array(a) => {
            for item in a {
                match item {
                    J::Object(_) | J::Array(_) => {
                        out += &format!("{pad}-\n{}", yaml(item, indent + 2));
                    }
                    s => out += &format!("{pad}- {}\n", scalar(s)),
                }
            }
        }
        s => out += &format!("{pad}{}\n", scalar(s)),
    }
    out
}

pub fn dispatch(engine: &Engine, c: SystemCommand) -> Result<i32> {
    match c {
        SystemCommand::Events(a) => super::events::events(engine, &a),
        SystemCommand::Df(a) => super::system_space::df(engine, &a),
        SystemCommand::Prune(a) => super::system_space::prune(engine, &a),
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
