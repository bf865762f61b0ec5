//! `rcon history`, `rcon image history|diff|exists|tree`.

use super::format::print_list;
use crate::engine::history::{HistoryEntry, TreeLayer};
use crate::engine::images::human_size;
use crate::engine::ps::{ago, human_duration};
use crate::engine::Engine;
use anyhow::Result;
use clap::{ArgAction, Args};
use serde_json::json;

#[derive(Args, Debug)]
pub struct HistoryArgs {
    /// Change the output to JSON or a Go template
    #[arg(long)]
    format: Option<String>,
    /// Display sizes and dates in human readable format (default true)
    #[arg(short = 'H', long, action = ArgAction::Set, num_args = 0..=1, default_value_t = true, default_missing_value = "true", require_equals = true)]
    human: bool,
    /// Do not truncate the output
    #[arg(long)]
    no_trunc: bool,
    /// Display the numeric IDs only
    #[arg(short, long)]
    quiet: bool,
    image: String,
}

#[derive(Args, Debug)]
pub struct ImageDiffArgs {
    /// Change the output format (json)
    #[arg(long)]
    format: Option<String>,
    image: String,
}

#[derive(Args, Debug)]
pub struct ImageExistsArgs {
    image: String,
}

#[derive(Args, Debug)]
pub struct TreeArgs {
    /// Show all child images and layers of the specified image
    #[arg(long)]
    whatrequires: bool,
    image: String,
}

fn short(id: &str, no_trunc: bool) -> String {
    if no_trunc || id.len() < 12 {
        id.to_string()
    } else {
        id[..12].to_string()
    }
}

/// Go's time.Time String(), as podman's CreatedAt: "2006-01-02 15:04:05 +0000 UTC".
fn go_time(s: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(s)
        .map(|t| {
            t.with_timezone(&chrono::Utc)
                .format("%Y-%m-%d %H:%M:%S +0000 UTC")
                .to_string()
        })
        .unwrap_or_default()
}

fn template_data(e: &HistoryEntry, a: &HistoryArgs) -> serde_json::Value {
    let created = if a.human {
        format!("{} ago", human_duration(ago(&e.created)))
    } else {
        chrono::DateTime::parse_from_rfc3339(&e.created)
            .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
            .unwrap_or_default()
    };
    let created_by = if !a.no_trunc && e.created_by.len() > 45 {
        let mut cut = 42;
        while !e.created_by.is_char_boundary(cut) {
            cut -= 1;
        }
        format!("{}...", &e.created_by[..cut])
    } else {
        e.created_by.clone()
    };
    json!({
        "ID": short(&e.id, a.no_trunc),
        "Created": created,
        "CreatedSince": created,
        "CreatedAt": go_time(&e.created),
        "CreatedBy": created_by,
        "Size": if a.human { human_size(e.size) } else { e.size.to_string() },
        "Comment": e.comment,
        "Tags": e.tags,
    })
}

pub fn history(engine: &Engine, a: &HistoryArgs) -> Result<i32> {
    let entries = engine.history(&a.image)?;
    if a.quiet {
        for e in &entries {
            println!("{}", short(&e.id, a.no_trunc));
        }
        return Ok(0);
    }
    let data: Vec<_> = entries.iter().map(|e| template_data(e, a)).collect();
    print_list(
        a.format.as_deref(),
        "{{.ID}}\t{{.Created}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}",
        &[],
        || {
            entries
                .iter()
                .map(|e| {
                    json!({
                        "id": e.id,
                        "created": e.created,
                        "CreatedBy": e.created_by,
                        "size": e.size,
                        "Comment": e.comment,
                        "tags": e.tags,
                    })
                })
                .collect()
        },
        &data,
    )?;
    Ok(0)
}

pub fn image_diff(engine: &Engine, a: &ImageDiffArgs) -> Result<i32> {
    let changes = engine.image_diff(&a.image)?;
    super::container::print_changes(&changes, a.format.as_deref())
}

/// `image exists`: exit 0 when it does, 1 when it does not, 125 on any other error.
pub fn exists(engine: &Engine, a: &ImageExistsArgs) -> Result<i32> {
    Ok(if engine.image_exists(&a.image)? { 0 } else { 1 })
}

/// podman's tree sizes: four significant digits, no space.
fn tree_size(n: u64) -> String {
    human_size(n).replace(' ', "")
}

fn layer_line(l: &TreeLayer) -> String {
    let hex = l.chain_id.trim_start_matches("sha256:");
    let mut s = format!(
        "ID: {} Size: {}",
        &hex[..hex.len().min(12)],
        tree_size(l.size)
    );
    if !l.top_of.is_empty() {
        s.push_str(&format!(" Top Layer of: [{}]", l.top_of.join(" ")));
    }
    s
}

pub fn tree(engine: &Engine, a: &TreeArgs) -> Result<i32> {
    let t = engine.image_tree(&a.image, a.whatrequires)?;
    println!("Image ID: {}", &t.image.id[..12]);
    println!("Tags:     [{}]", t.image.names.join(" "));
    println!("Size:     {}", tree_size(t.image.size));
    if a.whatrequires {
        let top = t.layers.last();
        println!("Image Layers");
        if let Some(top) = top {
            println!("└── {}", layer_line(top));
        }
        for (i, c) in t.children.iter().enumerate() {
            let branch = if i + 1 == t.children.len() {
                "└──"
            } else {
                "├──"
            };
            println!("    {branch} {}", layer_line(c));
        }
        return Ok(0);
    }
    println!("Image Layers");
    for (i, l) in t.layers.iter().enumerate() {
        let branch = if i + 1 == t.layers.len() {
            "└──"
        } else {
            "├──"
        };
        println!("{branch} {}", layer_line(l));
    }
    Ok(0)
}
