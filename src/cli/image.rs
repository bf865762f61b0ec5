//! `rcon images|import|load|tag|untag|rmi` and `rcon image ...`.

use super::container::{inspect, InspectArgs};
use super::format::{print_list_with, print_objects};
use crate::engine::images::{ImageListOptions, ImagePruneOptions, RmiOptions};
use crate::engine::{Engine, EngineError};
use crate::image::archive::ImportConfig;
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
    /// Remove images without names and children (all with -a) that no container uses
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
    /// Show all images (default hides intermediate images)
    #[arg(short, long)]
    all: bool,
    /// Show digests
    #[arg(long)]
    digests: bool,
    /// Filter output based on conditions provided: before, since, dangling, label,
    /// reference (a glob), readonly, id, digest, intermediate, containers, until
    #[arg(short, long, value_delimiter = ',', value_name = "FILTER")]
    filter: Vec<String>,
    /// Change the output format to JSON or a Go template
    #[arg(long)]
    format: Option<String>,
    /// Display the image name history
    #[arg(long)]
    history: bool,
    /// Do not truncate output
    #[arg(long, visible_alias = "notruncate")]
    no_trunc: bool,
    /// Do not print column headings
    #[arg(short, long)]
    noheading: bool,
    /// Display only image IDs
    #[arg(short, long)]
    quiet: bool,
    /// Sort by created, id, repository, size, tag
    #[arg(long, default_value = "created")]
    sort: String,
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
    /// Set the architecture of the imported image
    #[arg(long)]
    arch: Option<String>,
    /// Apply the following possible instructions to the created image: CMD | ENTRYPOINT |
    /// ENV | EXPOSE | LABEL | ONBUILD | STOPSIGNAL | USER | VOLUME | WORKDIR
    #[arg(short, long)]
    change: Vec<String>,
    /// Set commit message for imported image
    #[arg(short, long)]
    message: Option<String>,
    /// Set the OS of the imported image
    #[arg(long)]
    os: Option<String>,
    /// Suppress output
    #[arg(short, long)]
    quiet: bool,
    /// Set the variant of the imported image
    #[arg(long)]
    variant: Option<String>,
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
    /// Remove all images
    #[arg(short, long)]
    all: bool,
    /// Force Removal of the image (and of the containers using it)
    #[arg(short, long)]
    force: bool,
    /// Ignore errors if a specified image does not exist
    #[arg(short, long)]
    ignore: bool,
    /// Do not remove dangling images
    #[arg(long)]
    no_prune: bool,
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
    /// Remove all images not in use by containers, not just dangling ones
    #[arg(short, long)]
    all: bool,
    /// Remove images even when they are used by external containers (rcon has none: the
    /// same as without it)
    #[arg(long)]
    external: bool,
    /// Provide filter values (e.g. 'label=<key>=<value>', 'until=<timestamp>')
    #[arg(long, value_name = "FILTER")]
    filter: Vec<String>,
    /// Do not prompt for confirmation
    #[arg(short, long)]
    force: bool,
}

fn images(engine: &Engine, a: &ImagesArgs) -> Result<i32> {
    let (rows, warnings) = engine.image_rows(&ImageListOptions {
        all: a.all,
        filters: a.filter.clone(),
        reference: a.reference.clone(),
        sort: Some(a.sort.clone()),
    })?;
    // podman's (logrus's) warning format
    for w in warnings {
        eprintln!("WARN[0000] {w}");
    }
    let json = a.format.as_deref().is_some_and(|f| f.trim() == "json");
    if a.quiet && !json {
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
    let mut table = String::from("{{.Repository}}\t{{.Tag}}\t");
    if a.digests {
        table.push_str("{{.Digest}}\t");
    }
    table.push_str("{{.ID}}\t{{.Created}}\t{{.Size}}");
    if a.history {
        table.push_str("\t{{if .History}}{{.History}}{{else}}<none>{{end}}");
    }
    print_list_with(
        a.format.as_deref(),
        &table,
        &[("ID", "IMAGE ID"), ("ReadOnly", "R/O")],
        // one JSON object per image (with all its names), not per name, as podman
        || {
            let mut seen = std::collections::HashSet::new();
            rows.iter()
                .filter(|r| seen.insert(r.img.id.clone()))
                .map(|r| r.json())
                .collect()
        },
        &data,
        a.noheading,
    )?;
    Ok(0)
}

fn import(engine: &Engine, a: &ImportArgs) -> Result<i32> {
    let img = engine.import(
        &mut std::io::stdin().lock(),
        &a.source,
        a.reference.as_deref(),
        &ImportConfig {
            changes: &a.change,
            message: a.message.as_deref(),
            arch: a.arch.as_deref(),
            os: a.os.as_deref(),
            variant: a.variant.as_deref(),
        },
    )?;
    // rcon prints no copy progress, which is what -q suppresses; the id is printed either way
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
    if a.all && !a.images.is_empty() {
        return Err(EngineError::invalid(
            "when using the --all switch, you may not pass any images names or IDs",
        )
        .into());
    }
    if !a.all && a.images.is_empty() {
        return Err(EngineError::invalid("image name or ID must be specified").into());
    }
    let report = engine.rmi(
        &a.images,
        &RmiOptions {
            all: a.all,
            force: a.force,
            ignore: a.ignore,
            no_prune: a.no_prune,
        },
    );
    for u in &report.untagged {
        println!("Untagged: {u}");
    }
    for d in &report.deleted {
        println!("Deleted: {d}");
    }
    for e in &report.errors {
        eprintln!("Error: {}", e.full_message());
    }
    Ok(report.exit_code())
}

fn prune(engine: &Engine, a: &ImagePruneArgs) -> Result<i32> {
    let warning = if a.all {
        "WARNING! This command removes all images without at least one container associated with them."
    } else {
        "WARNING! This command removes all dangling images."
    };
    if !a.force && !super::system::confirm(warning)? {
        return Ok(0);
    }
    // --external: rcon has no containers of other tools to count in or out
    let _ = a.external;
    engine.prune_images(
        &ImagePruneOptions {
            all: a.all,
            filters: a.filter.clone(),
        },
        &mut |id| println!("{id}"),
    )?;
    Ok(0)
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
        ImageGroup::Prune(a) => prune(engine, &a),
    }
}

#[allow(dead_code)]
fn generic_inspect(engine: &Engine, a: &InspectArgs) -> Result<i32> {
    inspect(engine, a)
}
