//! Printing lists and objects the way podman does: `--format json`, `table ...`, Go templates.

use super::template::{align_columns, parse_format, OutputFormat, Template};
use crate::engine::EngineError;
use anyhow::Result;
use serde_json::Value;

/// Print items as a table (default or `table TEMPLATE`), a template per item, or JSON.
/// `json_items` is what `--format json` prints; `tmpl_items` feeds templates.
pub fn print_list(
    format: Option<&str>,
    default_table: &str,
    headers: &[(&str, &str)],
    json_items: impl FnOnce() -> Vec<Value>,
    tmpl_items: &[Value],
) -> Result<()> {
    print_list_with(
        format,
        default_table,
        headers,
        json_items,
        tmpl_items,
        false,
    )
}

/// `print_list`, without the table's header row when `noheading`.
pub fn print_list_with(
    format: Option<&str>,
    default_table: &str,
    headers: &[(&str, &str)],
    json_items: impl FnOnce() -> Vec<Value>,
    tmpl_items: &[Value],
    noheading: bool,
) -> Result<()> {
    let fmt = parse_format(format.unwrap_or("")).map_err(|e| EngineError::failed(e.to_string()))?;
    let mut out = String::new();
    match fmt {
        OutputFormat::Json => {
            out = serde_json::to_string_pretty(&Value::Array(json_items()))?;
            out.push('\n');
        }
        OutputFormat::Table(t) => {
            let t = match t {
                Some(t) => t,
                None => Template::parse(default_table)
                    .map_err(|e| EngineError::failed(e.to_string()))?,
            };
            let mut rows = vec![];
            if !noheading {
                rows.push(t.header(headers));
            }
            for it in tmpl_items {
                rows.push(
                    t.render(it)
                        .map_err(|e| EngineError::failed(e.to_string()))?,
                );
            }
            out = align_columns(&rows);
        }
        OutputFormat::Template(t) => {
            let mut rows = vec![];
            for it in tmpl_items {
                rows.push(
                    t.render(it)
                        .map_err(|e| EngineError::failed(e.to_string()))?,
                );
            }
            // podman aligns tab-separated template output too
            if rows.iter().any(|r| r.contains('\t')) {
                out = align_columns(&rows);
            } else {
                for r in rows {
                    out.push_str(&r);
                    out.push('\n');
                }
            }
        }
    }
    print!("{out}");
    Ok(())
}

/// `inspect`-style output: a JSON array by default, or a template per object.
pub fn print_objects(format: Option<&str>, items: &[Value]) -> Result<()> {
    match format {
        None | Some("") | Some("json") => {
            println!(
                "{}",
                serde_json::to_string_pretty(&Value::Array(items.to_vec()))?
            );
        }
        Some(f) => {
            let fmt = parse_format(f).map_err(|e| EngineError::failed(e.to_string()))?;
            let t = match fmt {
                OutputFormat::Json => {
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&Value::Array(items.to_vec()))?
                    );
                    return Ok(());
                }
                OutputFormat::Template(t) | OutputFormat::Table(Some(t)) => t,
                OutputFormat::Table(None) => {
                    return Err(
                        EngineError::invalid("inspect --format table needs a template").into(),
                    )
                }
            };
            for it in items {
                println!(
                    "{}",
                    t.render(it)
                        .map_err(|e| EngineError::failed(e.to_string()))?
                );
            }
        }
    }
    Ok(())
}
