//! `rcon images|import|load|tag|untag|rmi` and `rcon image ...`.

use super::container::{inspect, InspectArgs};
use super::format::{print_list, print_objects};
use crate::engine::{Engine, EngineError};
use anyhow::Result;
use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum ImageTopCommand {
    /// List images
    Images(ImagesArgs),
    /// Create an image from a root filesystem tarball (plain, gzip or zstd; - for stdin)
    Import(ImportArgs),
    /// Load images from a docker-archive, OCI archive or OCI layout
    Load(LoadArgs),
    /// Add names to an image
    Tag(TagArgs),
    /// Remove names from an image
    Untag(UntagArgs),
    /// Remove images
    Rmi(RmiArgs),
    /// Pull an image from a registry
    Pull(super::registry::PullArgs),
    /// Push an image to a registry
    Push(super::registry::PushArgs),
    /// Save images to an archive (docker-archive or oci-archive)
    Save(SaveArgs),
    /// Show the history of an image
    History(super::history::HistoryArgs),
}

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum ImageGroup {
    /// List images
    #[command(visible_aliases = ["ls", "list"])]
    Images(ImagesArgs),
    /// Show details of images
    Inspect(ImageInspectArgs),
    /// Remove images
    Rm(RmiArgs),
    /// Create an image from a root filesystem tarball
    Import(ImportArgs),
    /// Load images from an archive
    Load(LoadArgs),
    /// Add names to an image
    Tag(TagArgs),
    /// Remove names from an image
    Untag(UntagArgs),
    /// Remove images without names that no container uses
    Prune(ImagePruneArgs),
    /// Pull an image from a registry
    Pull(super::registry::PullArgs),
    /// Push an image to a registry
    Push(super::registry::PushArgs),
    /// Save images to an archive (docker-archive or oci-archive)
    Save(SaveArgs),
    /// Show the history of an image
    History(super::history::HistoryArgs),
    /// Inspect changes to the image's file systems (its top layer against the ones below)
    Diff(super::history::ImageDiffArgs),
    /// Check if an image exists in local storage (exit 0) or not (exit 1)
    Exists(super::history::ImageExistsArgs),
    /// Print the layer hierarchy of an image in a tree format
    Tree(super::history::TreeArgs),
}

#[derive(Args, Debug)]
pub struct ImagesArgs {
    /// Show all images (there are no intermediate images to hide)
    #[arg(short, long)]
    all: bool,
    /// Print only image ids
    #[arg(short, long)]
    quiet: bool,
    /// Do not truncate ids
    #[arg(long)]
    no_trunc: bool,
    /// Show manifest digests
    #[arg(long)]
    digests: bool,
    /// json, table, table TEMPLATE or a Go template
    #[arg(long)]
    format: Option<String>,
    /// Only images matching this name
    reference: Option<String>,
}

#[derive(Args, Debug)]
pub struct SaveArgs {
    /// Write to this file (default: stdout, which must not be a terminal)
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// docker-archive (default), oci-archive, or a directory: oci-dir (an OCI layout) or
    /// docker-dir (containers/image's dir: format)
    #[arg(long, default_value = "docker-archive")]
    format: String,
    /// Allow several images in one docker-archive
    #[arg(short, long)]
    multi_image_archive: bool,
    /// Gzip the layers stored uncompressed (docker-dir only)
    #[arg(long)]
    compress: bool,
    /// Write the layers uncompressed (oci-dir and docker-dir only)
    #[arg(long)]
    uncompressed: bool,
    /// No progress output (save prints none)
    #[arg(short, long)]
    quiet: bool,
    /// Images to save
    #[arg(required = true)]
    images: Vec<String>,
}

fn save(engine: &Engine, a: &SaveArgs) -> Result<i32> {
    use crate::image::save::{DirLayers, SaveFormat};
    let format = SaveFormat::parse(&a.format).ok_or_else(|| {
        EngineError::unsupported(format!(
                "unsupported save format \"{}\": use docker-archive, oci-archive, oci-dir or docker-dir",
                a.format
            ))
    })?;
    let layers = match (a.compress, a.uncompressed) {
        (true, true) => {
            return Err(EngineError::invalid(
                "--compress and --uncompressed cannot be used together",
            )
            .into())
        }
        (true, false) if format != SaveFormat::DockerDir => {
            return Err(
                EngineError::failed("--compress applies to --format docker-dir only").into(),
            )
        }
        (false, true) if !format.is_dir() => {
            return Err(EngineError::failed(
                "--uncompressed applies to --format oci-dir and docker-dir only",
            )
            .into())
        }
        (true, false) => DirLayers::Compressed,
        (false, true) => DirLayers::Uncompressed,
        (false, false) => DirLayers::AsStored,
    };
    engine.save(
        &a.images,
        format,
        a.multi_image_archive,
        a.output.as_deref(),
        layers,
        crate::engine::images::StdoutStream {
            writer: &mut std::io::stdout().lock(),
            is_terminal: std::io::IsTerminal::is_terminal(&std::io::stdout()),
        },
    )?;
    Ok(0)
}

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// Apply a Dockerfile instruction to the image config (CMD, ENTRYPOINT, ENV, ...)
    #[arg(short, long)]
    change: Vec<String>,
    /// Commit message stored in the image history
    #[arg(short, long)]
    message: Option<String>,
    /// Print only the image id
    #[arg(short, long)]
    quiet: bool,
    /// Tarball path, or - for stdin
    source: String,
    /// Name of the new image
    reference: Option<String>,
}

#[derive(Args, Debug)]
pub struct LoadArgs {
    /// Archive to read (default: stdin)
    #[arg(short, long)]
    input: Option<PathBuf>,
    /// Print nothing but errors
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Args, Debug)]
pub struct TagArgs {
    image: String,
    #[arg(required = true)]
    names: Vec<String>,
}

#[derive(Args, Debug)]
pub struct UntagArgs {
    image: String,
    names: Vec<String>,
}

#[derive(Args, Debug)]
pub struct RmiArgs {
    /// Also remove containers using the image, and images with several names by id
    #[arg(short, long)]
    force: bool,
    /// All images
    #[arg(short, long)]
    all: bool,
    images: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ImageInspectArgs {
    /// json or a Go template
    #[arg(short, long)]
    format: Option<String>,
    #[arg(required = true)]
    images: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ImagePruneArgs {
    /// Do not ask for confirmation
    #[arg(short, long)]
    force: bool,
}

fn images(engine: &Engine, a: &ImagesArgs) -> Result<i32> {
    let (rows, warnings) = engine.image_rows(a.reference.as_deref())?;
    // podman's (logrus's) warning format
    for w in warnings {
        eprintln!("WARN[0000] {w}");
    }
    if a.quiet {
        let mut seen = std::collections::HashSet::new();
        for r in &rows {
            if seen.insert(r.img.id.clone()) {
                println!(
                    "{}",
                    if a.no_trunc {
                        format!("sha256:{}", r.img.id)
                    } else {
                        r.img.id[..12].to_string()
                    }
                );
            }
        }
        return Ok(0);
    }
    let data: Vec<_> = rows.iter().map(|r| r.template_data(a.no_trunc)).collect();
    let table = if a.digests {
        "{{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{.Created}}\t{{.Size}}"
    } else {
        "{{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.Created}}\t{{.Size}}"
    };
    print_list(
        a.format.as_deref(),
        table,
        &[("ID", "IMAGE ID")],
        // one JSON object per image (with all its names), not per name, as podman
        || {
            let mut seen = std::collections::HashSet::new();
            rows.iter()
                .filter(|r| seen.insert(r.img.id.clone()))
                .map(|r| r.json())
                .collect()
        },
        &data,
    )?;
    Ok(0)
}

fn import(engine: &Engine, a: &ImportArgs) -> Result<i32> {
    let img = engine.import(
        &mut std::io::stdin().lock(),
        &a.source,
        a.reference.as_deref(),
        &a.change,
        a.message.as_deref(),
    )?;
    if !a.quiet {
        // podman prints the progress of copying, then the id
    }
    println!("sha256:{}", img.id);
    Ok(0)
}

fn load(engine: &Engine, a: &LoadArgs) -> Result<i32> {
    let input = a.input.clone().unwrap_or_else(|| PathBuf::from("-"));
    if input.as_os_str() == "-" && std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        return Err(EngineError::invalid(
            "no archive given: use -i FILE or pipe an archive into rcon load",
        )
        .into());
    }
    for img in engine.load(&input, &mut std::io::stdin().lock())? {
        if a.quiet {
            continue;
        }
        if img.names.is_empty() {
            println!("Loaded image: sha256:{}", img.id);
        }
        for n in &img.names {
            println!("Loaded image: {n}");
        }
    }
    Ok(0)
}

fn rmi(engine: &Engine, a: &RmiArgs) -> Result<i32> {
    let refs: Vec<String> = if a.all {
        engine.images.list()?.into_iter().map(|i| i.id).collect()
    } else if a.images.is_empty() {
        return Err(EngineError::invalid("give at least one image, or --all").into());
    } else {
        a.images.clone()
    };
    let mut failed = None;
    for r in &refs {
        match engine.rmi(r, a.force) {
            Ok(lines) => lines.iter().for_each(|l| println!("{l}")),
            Err(e) => {
                if let Some(prev) = failed.replace(e) {
                    eprintln!("Error: {}", prev.full_message());
                }
            }
        }
    }
    match failed {
        Some(e) => Err(e.into()),
        None => Ok(0),
    }
}

pub fn dispatch_top(engine: &Engine, c: ImageTopCommand) -> Result<i32> {
    match c {
        ImageTopCommand::Images(a) => images(engine, &a),
        ImageTopCommand::Import(a) => import(engine, &a),
        ImageTopCommand::Load(a) => load(engine, &a),
        ImageTopCommand::Tag(a) => {
            engine.tag(&a.image, &a.names)?;
            Ok(0)
        }
        ImageTopCommand::Untag(a) => {
            engine.untag(&a.image, &a.names)?;
            Ok(0)
        }
        ImageTopCommand::Rmi(a) => rmi(engine, &a),
        ImageTopCommand::Pull(a) => super::registry::pull(engine, &a),
        ImageTopCommand::Push(a) => super::registry::push(engine, &a),
        ImageTopCommand::Save(a) => save(engine, &a),
        ImageTopCommand::History(a) => super::history::history(engine, &a),
    }
}

pub fn dispatch_group(engine: &Engine, g: ImageGroup) -> Result<i32> {
    match g {
        ImageGroup::Images(a) => images(engine, &a),
        ImageGroup::Inspect(a) => {
            let mut items = vec![];
            for n in &a.images {
                items.push(engine.inspect_image(&engine.images.lookup(n)?)?);
            }
            print_objects(a.format.as_deref(), &items)?;
            Ok(0)
        }
        ImageGroup::Rm(a) => rmi(engine, &a),
        ImageGroup::Pull(a) => super::registry::pull(engine, &a),
        ImageGroup::Push(a) => super::registry::push(engine, &a),
        ImageGroup::Save(a) => save(engine, &a),
        ImageGroup::History(a) => super::history::history(engine, &a),
        ImageGroup::Diff(a) => super::history::image_diff(engine, &a),
        ImageGroup::Exists(a) => super::history::exists(engine, &a),
        ImageGroup::Tree(a) => super::history::tree(engine, &a),
        ImageGroup::Import(a) => import(engine, &a),
        ImageGroup::Load(a) => load(engine, &a),
        ImageGroup::Tag(a) => dispatch_top(engine, ImageTopCommand::Tag(a)),
        ImageGroup::Untag(a) => dispatch_top(engine, ImageTopCommand::Untag(a)),
        ImageGroup::Prune(a) => {
            if !a.force
                && !super::system::confirm(
                    "WARNING! This will remove all images without names that no container uses.",
                )?
            {
                return Ok(0);
            }
            engine.prune_images(&mut |id| println!("{id}"))?;
            Ok(0)
        }
    }
}

#[allow(dead_code)]
fn generic_inspect(engine: &Engine, a: &InspectArgs) -> Result<i32> {
    inspect(engine, a)
}
