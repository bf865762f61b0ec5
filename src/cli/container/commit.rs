//! `rcon commit` / `rcon container commit`: a container's changes as a new image.

use crate::engine::commit::CommitOptions;
use crate::engine::{Engine, EngineError};
use crate::image::media::ManifestFormat;
use anyhow::Result;
use clap::Args;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct CommitArgs {
    /// Set the author for the image committed
    #[arg(short, long)]
    author: Option<String>,
    /// Apply the following possible instructions to the created image: CMD | ENTRYPOINT | ENV | EXPOSE | LABEL | ONBUILD | STOPSIGNAL | USER | VOLUME | WORKDIR
    #[arg(short, long)]
    change: Vec<String>,
    /// Format of the image manifest and metadata: oci or docker
    #[arg(short, long, default_value = "oci")]
    format: String,
    /// File to write the image ID to
    #[arg(long, value_name = "FILE")]
    iidfile: Option<PathBuf>,
    /// Include container volumes as image volumes (rcon has no volumes yet: nothing to include)
    #[arg(long)]
    include_volumes: bool,
    /// Set commit message for the image
    #[arg(short, long)]
    message: Option<String>,
    /// Pause the container during commit
    #[arg(short, long)]
    pause: bool,
    /// Suppress output
    #[arg(short, long)]
    quiet: bool,
    /// Squash all layers into a single new layer
    #[arg(short, long)]
    squash: bool,
    /// The container to commit
    container: String,
    /// Name of the new image
    image: Option<String>,
}

pub(super) fn commit(engine: &Engine, a: &CommitArgs) -> Result<i32> {
    let format = match a.format.as_str() {
        "oci" => ManifestFormat::Oci,
        "docker" => ManifestFormat::V2s2,
        f => {
            return Err(EngineError::invalid(format!(
                "unrecognized image type \"{f}\": use oci or docker"
            ))
            .into())
        }
    };
    let img = engine.commit(&CommitOptions {
        container: a.container.clone(),
        image: a.image.clone(),
        author: a.author.clone(),
        changes: a.change.clone(),
        format: Some(format),
        message: a.message.clone(),
        pause: a.pause,
        squash: a.squash,
    })?;
    if !a.quiet {
        let top = img.layers.last().map(|l| l.blob.as_str()).unwrap_or("");
        let short = |d: &str| {
            let h = d.trim_start_matches("sha256:");
            h[..h.len().min(12)].to_string()
        };
        eprintln!("Getting image source signatures");
        for l in &img.layers[..img.layers.len().saturating_sub(1)] {
            eprintln!("Copying blob {} skipped: already exists", short(&l.blob));
        }
        eprintln!("Copying blob {} done", short(top));
        eprintln!("Copying config {} done", short(&img.config_digest));
        eprintln!("Writing manifest to image destination");
        eprintln!("Storing signatures");
    }
    if let Some(f) = &a.iidfile {
        std::fs::write(f, &img.id).map_err(|e| {
            EngineError::failed(format!("writing the image id to {}: {e}", f.display()))
        })?;
    }
    println!("{}", img.id);
    Ok(0)
}
