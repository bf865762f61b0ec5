//! `rcon system df` and `rcon system prune`, printed as podman prints them.

use crate::engine::df::{DfReport, Pruned, SystemPruneOptions};
use crate::engine::images::go_size;
use crate::engine::ps::{ago, human_duration};
use crate::engine::Engine;
use anyhow::Result;
use clap::Args;
use serde_json::{json, Value};

#[derive(Args, Debug)]
pub struct DfArgs {
    /// Show detailed information on disk usage
    #[arg(short, long)]
    verbose: bool,
    /// Pretty-print images using a Go template
    #[arg(long)]
    format: Option<String>,
}

#[derive(Args, Debug)]
pub struct SystemPruneArgs {
    /// Remove all unused data
    #[arg(short, long)]
    all: bool,
    /// Provide filter values (e.g. 'label=<key>=<value>')
    #[arg(long)]
    filter: Vec<String>,
    /// Do not prompt for confirmation.  The default is false
    #[arg(short, long)]
    force: bool,
    /// Prune volumes
    #[arg(long)]
    volumes: bool,
}

/// podman's units.HumanSize (4 significant digits).
fn size(n: u64) -> String {
    go_size(n, 4)
}

/// The summary rows: Images, Containers, Local Volumes.
fn summary(r: &DfReport) -> Vec<Value> {
    let row = |typ: &str, total: usize, active: usize, size: u64, reclaimable: u64| {
        json!({"Type": typ, "Total": total, "Active": active, "RawSize": size,
            "RawReclaimable": reclaimable})
    };
    let unused = |n: usize| n < 1;
    let images = row(
        "Images",
        r.images.len(),
        r.images.iter().filter(|i| !unused(i.containers)).count(),
        r.images.iter().map(|i| i.size).sum(),
        r.images
            .iter()
            .filter(|i| unused(i.containers))
            .map(|i| i.size)
            .sum(),
    );
    let containers = row(
        "Containers",
        r.containers.len(),
        r.containers
            .iter()
            .filter(|c| c.status == "running")
            .count(),
        r.containers.iter().map(|c| c.rw_size).sum(),
        r.containers
            .iter()
            .filter(|c| c.status != "running")
            .map(|c| c.rw_size)
            .sum(),
    );
    let volumes = row(
        "Local Volumes",
        r.volumes.len(),
        r.volumes.iter().map(|v| v.links).sum(),
        r.volumes.iter().map(|v| v.size).sum(),
        r.volumes.iter().map(|v| v.reclaimable_size).sum(),
    );
    [images, containers, volumes]
        .into_iter()
        .map(|mut v| {
            let raw = v["RawSize"].as_u64().unwrap_or(0);
            let rec = v["RawReclaimable"].as_u64().unwrap_or(0);
            let percent = match raw {
                0 => 0,
                _ => (rec as f64 / raw as f64 * 100.0).round() as u64,
            };
            v["Size"] = size(raw).into();
            v["Reclaimable"] = format!("{} ({percent}%)", size(rec)).into();
            v
        })
        .collect()
}

pub fn df(engine: &Engine, a: &DfArgs) -> Result<i32> {
    let r = engine.system_df()?;
    if a.verbose {
        return df_verbose(&r);
    }
    let rows = summary(&r);
    if a.format.as_deref() == Some("json") {
        // podman's JSON: the raw numbers under Size and Reclaimable
        let json: Vec<Value> = rows
            .iter()
            .map(|v| {
                json!({"Type": v["Type"], "Total": v["Total"], "Active": v["Active"],
                    "Size": v["RawSize"], "Reclaimable": v["RawReclaimable"]})
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&json)?);
        return Ok(0);
    }
    super::format::print_list_with(
        a.format.as_deref(),
        "{{.Type}}\t{{.Total}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}",
        &[],
        Vec::new,
        &rows,
        false,
    )?;
    Ok(0)
}

fn df_verbose(r: &DfReport) -> Result<i32> {
    println!("Images space usage:\n");
    let images: Vec<Value> = r
        .images
        .iter()
        .map(|i| {
            json!({"Repository": i.repository, "Tag": i.tag, "ImageID": &i.image_id[..12],
                "Created": human_duration(ago(&i.created)), "Size": size(i.size),
                "SharedSize": size(i.shared_size), "UniqueSize": size(i.unique_size),
                "Containers": i.containers})
        })
        .collect();
    super::format::print_list_with(
        None,
        "{{.Repository}}\t{{.Tag}}\t{{.ImageID}}\t{{.Created}}\t{{.Size}}\t{{.SharedSize}}\t{{.UniqueSize}}\t{{.Containers}}",
        &[("ImageID", "IMAGE ID"), ("SharedSize", "SHARED SIZE"), ("UniqueSize", "UNIQUE SIZE")],
        Vec::new,
        &images,
        false,
    )?;
    println!("\nContainers space usage:\n");
    let containers: Vec<Value> = r
        .containers
        .iter()
        .map(|c| {
            json!({"ContainerID": &c.container_id[..12],
                "Image": c.image.get(..12).unwrap_or(&c.image), "Command": c.command.join(" "),
                "LocalVolumes": c.local_volumes, "RWSize": size(c.rw_size),
                "Created": human_duration(ago(&c.created)), "Status": c.status,
                "Names": c.names})
        })
        .collect();
    super::format::print_list_with(
        None,
        "{{.ContainerID}}\t{{.Image}}\t{{.Command}}\t{{.LocalVolumes}}\t{{.RWSize}}\t{{.Created}}\t{{.Status}}\t{{.Names}}",
        &[("ContainerID", "CONTAINER ID"), ("LocalVolumes", "LOCAL VOLUMES"), ("RWSize", "SIZE")],
        Vec::new,
        &containers,
        false,
    )?;
    println!("\nLocal Volumes space usage:\n");
    let volumes: Vec<Value> = r
        .volumes
        .iter()
        .map(|v| json!({"VolumeName": v.volume_name, "Links": v.links, "Size": size(v.size)}))
        .collect();
    super::format::print_list_with(
        None,
        "{{.VolumeName}}\t{{.Links}}\t{{.Size}}",
        &[("VolumeName", "VOLUME NAME")],
        Vec::new,
        &volumes,
        false,
    )?;
    Ok(0)
}

/// podman's warning, naming what goes.
fn prune_warning(a: &SystemPruneArgs) -> String {
    let volumes = match a.volumes {
        true => "\n\t- all volumes not used by at least one container",
        false => "",
    };
    let images = match a.all {
        true => "\t- all images without at least one container associated with them\n\t- all build cache",
        false => "\t- all dangling images\n\t- all dangling build cache",
    };
    format!(
        "WARNING! This command removes:\n\t- all stopped containers\n\t- all networks not used by at least one container{volumes}\n{images}\n"
    )
}

pub fn prune(engine: &Engine, a: &SystemPruneArgs) -> Result<i32> {
    if !a.force && !super::system::confirm(&prune_warning(a))? {
        return Ok(0);
    }
    let mut last = None;
    let reclaimed = engine.system_prune(
        &SystemPruneOptions {
            all: a.all,
            volumes: a.volumes,
            filters: a.filter.clone(),
        },
        &mut |kind, id| {
            if last != Some(kind) {
                last = Some(kind);
                println!(
                    "Deleted {}",
                    match kind {
                        Pruned::Container => "Containers",
                        Pruned::Volume => "Volumes",
                        Pruned::Image => "Images",
                    }
                );
            }
            println!("{id}");
        },
    )?;
    println!("Total reclaimed space: {}", size(reclaimed));
    Ok(0)
}
