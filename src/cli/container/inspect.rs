//! `rcon inspect` (containers and images; `rcon image inspect` too).

use crate::cli::format::print_objects;
use crate::engine::{Engine, EngineError};
use anyhow::Result;
use clap::Args;

#[derive(Args, Debug)]
pub struct InspectArgs {
    /// json or a Go template, e.g. '{{.State.Status}}'
    #[arg(short, long)]
    format: Option<String>,
    /// container, image or all
    #[arg(short = 't', long = "type", default_value = "all")]
    typ: String,
    /// Act on the latest container rcon is aware of
    #[arg(short, long)]
    latest: bool,
    /// Display total file size
    #[arg(short, long)]
    size: bool,
    #[arg(required_unless_present = "latest")]
    names: Vec<String>,
}

pub fn inspect(engine: &Engine, a: &InspectArgs) -> Result<i32> {
    let mut items = vec![];
    let mut err = None;
    let latest;
    let names = match a.latest {
        true => {
            latest = [engine.one_container(a.names.first().map(String::as_str), true)?];
            &latest[..]
        }
        false => &a.names[..],
    };
    for n in names {
        let c = if a.typ != "image" {
            engine.container(n).ok()
        } else {
            None
        };
        if let Some(rec) = c {
            let mut v = engine.inspect_container(&rec);
            if a.size {
                let s = engine.container_size(&rec);
                v["SizeRw"] = s.rw.into();
                v["SizeRootFs"] = s.root_fs.into();
            }
            items.push(v);
            continue;
        }
        if a.typ != "container" {
            match engine.images.lookup(n) {
                Ok(img) => {
                    items.push(engine.inspect_image(&img)?);
                    continue;
                }
                Err(e) if a.typ == "image" => {
                    err = Some(anyhow::Error::from(e));
                    continue;
                }
                Err(_) => {}
            }
        }
        if !["all", "container", "image"].contains(&a.typ.as_str()) {
            return Err(EngineError::invalid(format!(
                "invalid --type \"{}\": use container, image or all",
                a.typ
            ))
            .into());
        }
        err = Some(EngineError::not_found(format!("no such object: \"{n}\"")).into());
    }
    print_objects(a.format.as_deref(), &items)?;
    match err {
        Some(e) => Err(e),
        None => Ok(0),
    }
}
