//! `rcon mount|unmount|init`, `rcon container exists` and `rcon unshare`.

use crate::engine::{Engine, EngineError};
use anyhow::Result;
use clap::Args;

#[derive(Args, Debug)]
pub struct InitArgs {
    /// Initialize all containers
    #[arg(short, long)]
    all: bool,
    /// Act on the latest container rcon is aware of
    #[arg(short, long)]
    latest: bool,
    containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct MountArgs {
    /// Mount all containers
    #[arg(short, long)]
    all: bool,
    /// Print the mounted containers in specified format (json)
    #[arg(long)]
    format: Option<String>,
    /// Act on the latest container rcon is aware of
    #[arg(short, long)]
    latest: bool,
    /// Do not truncate output
    #[arg(long, alias = "notruncate")]
    no_trunc: bool,
    containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct UnmountArgs {
    /// Unmount all of the currently mounted containers
    #[arg(short, long)]
    all: bool,
    /// Force the complete unmount of the specified mounted containers
    #[arg(short, long)]
    force: bool,
    /// Act on the latest container rcon is aware of
    #[arg(short, long)]
    latest: bool,
    containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ExistsArgs {
    /// Check external storage containers as well (rcon has none: only its own are checked)
    #[arg(long)]
    external: bool,
    container: String,
}

#[derive(Args, Debug)]
pub struct UnshareArgs {
    /// Join the rootless network namespace used for CNI and netavark networking (comes later:
    /// rcon has no rootless network namespace yet)
    #[arg(long)]
    rootless_netns: bool,
    /// The command to run (default: $SHELL)
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    command: Vec<String>,
}

/// The containers a verb acts on: the named ones, all, or the latest created.
fn chosen(engine: &Engine, all: bool, latest: bool, refs: &[String]) -> Result<Vec<String>> {
    let sel = crate::engine::select::Selection {
        names: refs.to_vec(),
        all,
        latest,
        ..Default::default()
    };
    Ok(engine
        .select(&sel, crate::engine::select::AllScope::Every)?
        .into_iter()
        .map(|t| t.reference)
        .collect())
}

pub(super) fn init(engine: &Engine, a: &InitArgs) -> Result<i32> {
    let refs = chosen(engine, a.all, a.latest, &a.containers)?;
    super::each(&refs, false, |r| {
        engine.init(r)?;
        Ok(r.to_string())
    })
}

fn print_mounted(engine: &Engine, a: &MountArgs) -> Result<()> {
    let list = engine.mounted()?;
    match a.format.as_deref() {
        Some("json") => {
            let v: Vec<_> = list
                .iter()
                .map(|m| {
                    serde_json::json!({
                        "id": m.id,
                        "names": [m.name],
                        "mountpoint": m.mountpoint,
                    })
                })
                .collect();
            println!("{}", serde_json::to_string_pretty(&v)?);
        }
        Some(f) => {
            return Err(EngineError::invalid(format!(
                "unknown format \"{f}\": mount --format takes json"
            ))
            .into())
        }
        None => {
            for m in list {
                let id = if a.no_trunc {
                    m.id.as_str()
                } else {
                    crate::engine::short_id(&m.id)
                };
                println!("{id}  {}", m.mountpoint.display());
            }
        }
    }
    Ok(())
}

pub(super) fn mount(engine: &Engine, a: &MountArgs) -> Result<i32> {
    if !a.all && !a.latest && a.containers.is_empty() {
        print_mounted(engine, a)?;
        return Ok(0);
    }
    let refs = chosen(engine, a.all, a.latest, &a.containers)?;
    if a.all {
        let code = super::each(&refs, false, |r| engine.mount(r).map(|_| String::new()))?;
        print_mounted(engine, a)?;
        return Ok(code);
    }
    super::each(&refs, false, |r| Ok(engine.mount(r)?.display().to_string()))
}

pub(super) fn unmount(engine: &Engine, a: &UnmountArgs) -> Result<i32> {
    let refs = if a.all {
        if !a.containers.is_empty() {
            return Err(
                EngineError::invalid("give either --all or container names, not both").into(),
            );
        }
        engine.mounted()?.into_iter().map(|m| m.id).collect()
    } else {
        chosen(engine, false, a.latest, &a.containers)?
    };
    super::each(&refs, false, |r| engine.unmount(r, a.force || a.all))
}

/// `container exists`: exit 0 when it does, 1 when it does not, 125 on any other error.
pub(super) fn exists(engine: &Engine, a: &ExistsArgs) -> Result<i32> {
    let _ = a.external;
    Ok(if engine.container_exists(&a.container)? {
        0
    } else {
        1
    })
}

pub fn unshare(engine: &Engine, a: &UnshareArgs) -> Result<i32> {
    if a.rootless_netns {
        return Err(EngineError::unsupported(
            "--rootless-netns is not supported yet: rcon has no rootless network namespace",
        )
        .into());
    }
    match engine.unshare(&a.command)? {}
}
