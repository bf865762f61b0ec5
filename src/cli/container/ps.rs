//! `rcon ps`.

use crate::cli::format::print_list_with;
use crate::engine::ps::PsOptions;
use crate::engine::{Engine, EngineError};
use anyhow::Result;
use clap::Args;
use std::io::Write;

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
    /// Display namespace information
    #[arg(long)]
    ns: bool,
    /// Print the ID and name of the pod the containers are associated with (rcon has no pods yet: empty)
    #[arg(short, long)]
    pod: bool,
    /// Display the total file sizes
    #[arg(short, long)]
    size: bool,
    /// Sort output by: command, created, id, image, names, runningfor, size, status
    #[arg(long, value_name = "choice")]
    sort: Option<String>,
    /// Watch the ps output on an interval in seconds
    #[arg(short, long, value_name = "uint", default_value_t = 0)]
    watch: u64,
}

/// podman's column titles of the fields whose split camel case is not the title.
const HEADERS: [(&str, &str); 8] = [
    ("ID", "CONTAINER ID"),
    ("CreatedHuman", "CREATED"),
    ("Pod", "POD ID"),
    ("PodName", "PODNAME"),
    ("Cgroup", "CGROUPNS"),
    ("User", "USERNS"),
    ("PIDNS", "PIDNS"),
    ("RunningFor", "RUNNING FOR"),
];

/// The template fields that need the namespaces read (`.Namespaces.X` rewritten to `.X`).
const NS_FIELDS: [&str; 7] = [".Cgroup", ".IPC", ".MNT", ".NET", ".PIDNS", ".User", ".UTS"];

fn uses(format: &Option<String>, fields: &[&str]) -> bool {
    format
        .as_deref()
        .is_some_and(|f| fields.iter().any(|x| f.contains(x)))
}

/// The checks podman makes before listing.
fn check(a: &PsArgs) -> Result<()> {
    let invalid = |m: &str| Err(EngineError::invalid(m.to_string()).into());
    if a.quiet && (a.size || a.ns) {
        return invalid("quiet conflicts with size and namespace");
    }
    if a.size && a.ns {
        return invalid("size and namespace options conflict");
    }
    if a.watch > 0 && a.latest {
        return invalid("the watch and latest flags cannot be used together");
    }
    if a.last.is_some() && a.latest {
        return invalid("last and latest are mutually exclusive");
    }
    Ok(())
}

/// The default table's template with `--ns`, `--pod` or `--size`.
fn default_row(a: &PsArgs) -> String {
    if a.ns {
        return "{{.ID}}\t{{.Names}}\t{{.Pid}}\t{{.Cgroup}}\t{{.IPC}}\t{{.MNT}}\t{{.NET}}\t{{.PIDNS}}\t{{.User}}\t{{.UTS}}".into();
    }
    let mut row =
        "{{.ID}}\t{{.Image}}\t{{.Command}}\t{{.CreatedHuman}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}"
            .to_string();
    if a.pod {
        row += "\t{{.Pod}}\t{{.PodName}}";
    }
    if a.size {
        row += "\t{{.Size}}";
    }
    row
}

pub(super) fn ps(engine: &Engine, a: &PsArgs) -> Result<i32> {
    check(a)?;
    if a.watch == 0 {
        return ps_once(engine, a);
    }
    loop {
        // podman's screen refresh: clear, cursor home, the listing, sleep
        print!("\x1b[2J\x1b[1;1H");
        ps_once(engine, a)?;
        std::io::stdout().flush()?;
        std::thread::sleep(std::time::Duration::from_secs(a.watch));
    }
}

fn ps_once(engine: &Engine, a: &PsArgs) -> Result<i32> {
    // `.Namespaces.X` is `.X`, as podman rewrites it
    let format = a.format.as_deref().map(|f| f.replace(".Namespaces.", "."));
    let (entries, warnings) = engine.ps_warning(&PsOptions {
        all: a.all || a.external,
        latest: a.latest,
        last: a.last,
        filters: a.filter.clone(),
        size: a.size || uses(&format, &[".Size"]),
        namespaces: a.ns || uses(&format, &NS_FIELDS),
        sort: a.sort.clone(),
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
    let plain = !(a.ns || a.pod || a.size);
    if plain && format.as_deref().is_none_or(str::is_empty) {
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
        format.as_deref(),
        &default_row(a),
        &HEADERS,
        || entries.iter().map(|e| e.json()).collect(),
        &data,
        a.noheading,
    )?;
    Ok(0)
}
