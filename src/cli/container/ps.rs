//! `rcon ps`.

use crate::cli::format::print_list_with;
use crate::engine::ps::PsOptions;
use crate::engine::Engine;
use anyhow::Result;
use clap::Args;

#[derive(Args, Debug)]
pub struct PsArgs {
    /// Show all containers, not only running ones
    #[arg(short, long)]
    all: bool,
    /// Print only ids
    #[arg(short, long)]
    quiet: bool,
    /// The latest created container
    #[arg(short, long)]
    latest: bool,
    /// The last N created containers
    #[arg(short = 'n', long)]
    last: Option<usize>,
    /// Do not truncate ids and commands
    #[arg(long)]
    no_trunc: bool,
    /// Filter: name=, id=, status=, label=, ancestor=, exited=
    #[arg(short, long)]
    filter: Vec<String>,
    /// json, table, table TEMPLATE, or a Go template
    #[arg(long)]
    format: Option<String>,
    /// Do not print the header row
    #[arg(long)]
    noheading: bool,
    /// Show containers of other tools too (rcon has none of them: its own, stopped included)
    #[arg(long)]
    external: bool,
    /// Sync the container state with the runtime (rcon's state is always current: no-op)
    #[arg(long)]
    sync: bool,
}

pub(super) fn ps(engine: &Engine, a: &PsArgs) -> Result<i32> {
    let (entries, warnings) = engine.ps_warning(&PsOptions {
        all: a.all || a.external,
        latest: a.latest,
        last: a.last,
        filters: a.filter.clone(),
    })?;
    // podman's (logrus's) warning format
    for w in warnings {
        eprintln!("WARN[0000] {w}");
    }
    if a.quiet {
        for e in &entries {
            println!(
                "{}",
                if a.no_trunc {
                    &e.rec.id[..]
                } else {
                    &e.rec.id[..12]
                }
            );
        }
        return Ok(0);
    }
    if a.format.as_deref().is_none_or(str::is_empty) {
        // the default table, written directly: no template, no JSON values per row
        let mut rows = Vec::with_capacity(entries.len() + 1);
        if !a.noheading {
            rows.push("CONTAINER ID\tIMAGE\tCOMMAND\tCREATED\tSTATUS\tPORTS\tNAMES".to_string());
        }
        for e in &entries {
            rows.push(e.table_row(a.no_trunc));
        }
        print!("{}", crate::cli::template::align_columns(&rows));
        return Ok(0);
    }
    let data: Vec<_> = entries
        .iter()
        .map(|e| e.template_data(a.no_trunc))
        .collect();
    print_list_with(
        a.format.as_deref(),
        "{{.ID}}\t{{.Image}}\t{{.Command}}\t{{.CreatedHuman}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}",
        &[("ID", "CONTAINER ID"), ("CreatedHuman", "CREATED")],
        || entries.iter().map(|e| e.json()).collect(),
        &data,
        a.noheading,
    )?;
    Ok(0)
}
