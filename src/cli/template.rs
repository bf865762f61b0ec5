//! Podman-style `--format` handling for `ps`, `images`, `inspect`, ...
//!
//! A format is `json`, `table` (caller's default columns), `table <template>`
//! (header row + one row per item, aligned with [`align_columns`]) or a plain
//! Go text/template rendered against a [`serde_json::Value`]. The template
//! engine is the `gotmpl` crate (a port of Go's `text/template`); this module
//! adds podman's extra functions (`json`, `upper`, `lower`, `title`, `join`,
//! `split`, `truncate`), header generation and column alignment.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use gotmpl::parse::{Expr, ListNode, Node, Parser, PipeNode};
use gotmpl::{FuncMap, Value as GoValue};

/// What the user asked for with `--format`.
#[derive(Debug, Clone)]
pub enum OutputFormat {
    /// `table` alone (`None`: the caller's default columns) or
    /// `table {{.ID}}\t{{.Names}}` (header row + rows).
    Table(Option<Template>),
    /// `json` (also `{{json .}}`, as podman treats it): the whole result as JSON.
    Json,
    /// Any other Go template, rendered once per item.
    Template(Template),
}

/// Errors from parsing or executing a format template.
#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    /// The template text is malformed (or calls an unknown function).
    #[error("template: {msg} in {src:?}")]
    Parse { src: String, msg: String },
    /// The template failed while rendering data.
    #[error("template: {0}")]
    Exec(String),
}

/// The fields that hold maps in podman's output, where `{{.Field.key}}` names a key that may be
/// absent (every other field is a struct's, and a name it lacks is an error).
const MAP_FIELDS: &[&str] = &[
    "Labels",
    "Annotations",
    "Options",
    "Data",
    "Ports",
    "Networks",
    "Sysctls",
    "DriverOpts",
];

/// Parse a `--format` value: `json` -> [`OutputFormat::Json`], `table...` ->
/// [`OutputFormat::Table`], anything else -> [`OutputFormat::Template`].
/// An empty format means the default table. Backslash escapes `\t` and `\n`
/// typed literally are turned into tab/newline outside of `{{ }}` actions.
pub fn parse_format(s: &str) -> Result<OutputFormat, TemplateError> {
    let s = unescape(s);
    let trimmed = s.trim();
    if trimmed.is_empty() {
        return Ok(OutputFormat::Table(None));
    }
    if is_json_format(trimmed) {
        return Ok(OutputFormat::Json);
    }
    if let Some(rest) = trimmed.strip_prefix("table") {
        if rest.is_empty() {
            return Ok(OutputFormat::Table(None));
        }
        if rest.starts_with(char::is_whitespace) {
            let rest = rest.trim();
            return Ok(OutputFormat::Table(
                (!rest.is_empty())
                    .then(|| Template::parse(rest))
                    .transpose()?,
            ));
        }
    }
    Ok(OutputFormat::Template(Template::parse(&s)?))
}

/// `json`, `{{json}}`, `{{json .}}` (any spacing) select JSON output, like podman.
fn is_json_format(s: &str) -> bool {
    if s == "json" {
        return true;
    }
    let Some(inner) = s.strip_prefix("{{").and_then(|r| r.strip_suffix("}}")) else {
        return false;
    };
    let words: Vec<&str> = inner.split_whitespace().collect();
    matches!(words.as_slice(), ["json"] | ["json", "."] | ["json."])
}

/// Replace literal `\t` / `\n` with tab / newline outside `{{ ... }}` actions
/// (inside actions, Go string literals handle their own escapes).
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while !rest.is_empty() {
        if rest.starts_with("{{") {
            let end = action_end(rest);
            out.push_str(&rest[..end]);
            rest = &rest[end..];
        } else if let Some(r) = rest.strip_prefix("\\t") {
            out.push('\t');
            rest = r;
        } else if let Some(r) = rest.strip_prefix("\\n") {
            out.push('\n');
            rest = r;
        } else {
            let c = rest.chars().next().unwrap_or_default();
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// The text of the action starting at `s` (which begins with `{{`), after
/// the opening delimiter, an optional `-` trim marker and spaces.
fn action_body(s: &str) -> &str {
    let body = &s[2..];
    body.strip_prefix('-')
        .filter(|b| b.starts_with(char::is_whitespace))
        .unwrap_or(body)
        .trim_start()
}

/// Byte length of the action starting at `s` (which begins with `{{`),
/// including the closing `}}`; skips comments and quoted strings.
/// Unclosed: all of `s`.
fn action_end(s: &str) -> usize {
    let body = action_body(s);
    if let Some(c) = body.strip_prefix("/*") {
        let after = s.len() - c.len() + c.find("*/").map_or(c.len(), |e| e + 2);
        return s[after..].find("}}").map_or(s.len(), |e| after + e + 2);
    }
    let bytes = s.as_bytes();
    let mut i = 2;
    let mut quote: Option<u8> = None;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(b'"' | b'\'') if b == b'\\' => i += 1,
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'`' || b == b'\'' => quote = Some(b),
            None if b == b'}' && bytes.get(i + 1) == Some(&b'}') => return i + 2,
            None => {}
        }
        i += 1;
    }
    s.len()
}

/// A parsed Go text/template.
#[derive(Clone)]
pub struct Template {
    src: String,
    tree: ListNode,
    inner: gotmpl::Template,
}

impl fmt::Debug for Template {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Template").field("src", &self.src).finish()
    }
}

/// Go's builtin template functions.
const BUILTINS: &[&str] = &[
    "and", "call", "html", "index", "slice", "js", "len", "not", "or", "print", "printf",
    "println", "urlquery", "eq", "ne", "lt", "le", "gt", "ge",
];
/// Podman's additions (see [`extra_funcs`]).
const EXTRAS: &[&str] = &[
    "json", "upper", "lower", "title", "join", "split", "truncate", "pad",
];

impl Template {
    /// Parse template source. Unknown functions are rejected here, as Go does.
    pub fn parse(src: &str) -> Result<Template, TemplateError> {
        let perr = |e: gotmpl::TemplateError| TemplateError::Parse {
            src: src.to_string(),
            msg: strip(&e.to_string(), "template: "),
        };
        let (tree, defines) = Parser::new(src, "{{", "}}")
            .and_then(|p| p.parse())
            .map_err(perr)?;
        check_blocks(src)?;
        let mut unknown = None;
        let lists = std::iter::once(&tree).chain(defines.iter().map(|d| &d.body));
        lists.for_each(|l| {
            visit_list(l, &mut |name| {
                if unknown.is_none() && !BUILTINS.contains(&name) && !EXTRAS.contains(&name) {
                    unknown = Some(name.to_string());
                }
            })
        });
        if let Some(name) = unknown {
            return Err(TemplateError::Parse {
                src: src.to_string(),
                msg: format!("function {name:?} not defined"),
            });
        }
        let inner = gotmpl::Template::new("")
            .funcs(extra_funcs())
            .missing_key(gotmpl::MissingKey::Error)
            .parse(src)
            .map_err(perr)?;
        Ok(Template {
            src: src.to_string(),
            tree,
            inner,
        })
    }

    /// Render the template with `data` as dot.
    #[cfg(test)]
    pub fn source(&self) -> &str {
        &self.src
    }

    /// A field the data lacks is an error, as on podman's structs (`{{.Nope}}`: a typo must
    /// not print `<no value>` and exit 0); a key missing from a map (labels, annotations,
    /// options: `{{.Labels.foo}}`) is `<no value>`, as in Go.
    pub fn render(&self, data: &serde_json::Value) -> Result<String, TemplateError> {
        let go = to_go(data);
        let err = match self.inner.execute_to_string(&go) {
            Ok(s) => return Ok(s),
            Err(e) => e.to_string(),
        };
        let Some(key) = err.split("map has no entry for key: ").nth(1) else {
            return Err(TemplateError::Exec(strip(&err, "execution error: ")));
        };
        let key = key.trim();
        if !MAP_FIELDS
            .iter()
            .any(|m| self.src.contains(&format!(".{m}.{key}")))
        {
            return Err(TemplateError::Exec(format!(
                "can't evaluate field {key}: no such field"
            )));
        }
        gotmpl::Template::new("")
            .funcs(extra_funcs())
            .parse(&self.src)
            .and_then(|t| t.execute_to_string(&go))
            .map_err(|e| TemplateError::Exec(strip(&e.to_string(), "execution error: ")))
    }

    /// Header row for `table` output: literal text is kept, each action
    /// becomes the header of the (last) field it names: `{{.ID}}` -> "ID",
    /// `{{.State.Status}}` -> "STATUS", `{{.CreatedAt}}` -> "CREATED AT",
    /// `{{json .Config}}` -> "CONFIG". `overrides` maps a field name (or full
    /// dotted path) to a custom header, e.g. `("ID", "CONTAINER ID")`.
    pub fn header(&self, overrides: &[(&str, &str)]) -> String {
        let mut out = String::new();
        for node in &self.tree.nodes {
            let pipe = match node {
                Node::Text(t) => {
                    out.push_str(&t.text);
                    continue;
                }
                Node::Action(a) if a.pipe.decl.is_empty() => &a.pipe,
                Node::If(b) | Node::Range(b) | Node::With(b) => &b.pipe,
                _ => continue,
            };
            let Some(path) = pipe_field(pipe) else {
                continue;
            };
            let full = path.join(".");
            let last = path.last().map(String::as_str).unwrap_or_default();
            match overrides.iter().find(|(k, _)| *k == full || *k == last) {
                Some((_, h)) => out.push_str(h),
                None => out.push_str(&split_camel(last).join(" ").to_uppercase()),
            }
        }
        out
    }
}

/// Check that `if`/`range`/`with`/`define`/`block` and `else`/`end` actions
/// nest properly (the engine's parser silently accepts unclosed blocks and
/// stray `{{end}}`s, which Go rejects).
fn check_blocks(src: &str) -> Result<(), TemplateError> {
    let parse_error = |msg: String| TemplateError::Parse {
        src: src.to_string(),
        msg,
    };
    let mut open: Vec<&str> = Vec::new();
    let mut i = 0;
    while let Some(off) = src[i..].find("{{") {
        let start = i + off;
        let body = action_body(&src[start..]);
        i = start + action_end(&src[start..]);
        let word_len = body
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '_')
            .unwrap_or(body.len());
        let at = || {
            let line = src[..start].matches('\n').count() + 1;
            let col = src[..start].rfind('\n').map_or(start, |n| start - n - 1) + 1;
            format!("{line}:{col}")
        };
        match &body[..word_len] {
            kw @ ("if" | "range" | "with" | "define" | "block") => open.push(kw),
            "else" if matches!(open.last(), Some(&("if" | "range" | "with"))) => {}
            kw @ ("else" | "end") if open.pop().is_none() || kw == "else" => {
                return Err(parse_error(format!("{}: unexpected {{{{{kw}}}}}", at())));
            }
            _ => {}
        }
    }
    match open.last() {
        Some(kw) => Err(parse_error(format!(
            "unexpected EOF (unclosed {{{{{kw}}}}})"
        ))),
        None => Ok(()),
    }
}

fn strip(s: &str, prefix: &str) -> String {
    s.strip_prefix(prefix).unwrap_or(s).to_string()
}

/// Call `f` with the name of every function called anywhere in `list`.
fn visit_list(list: &ListNode, f: &mut dyn FnMut(&str)) {
    for node in &list.nodes {
        match node {
            Node::List(l) => visit_list(l, f),
            Node::Action(a) => visit_pipe(&a.pipe, f),
            Node::If(b) | Node::Range(b) | Node::With(b) => {
                visit_pipe(&b.pipe, f);
                visit_list(&b.body, f);
                if let Some(e) = &b.else_body {
                    visit_list(e, f);
                }
            }
            Node::Template(t) => {
                if let Some(p) = &t.pipe {
                    visit_pipe(p, f);
                }
            }
            Node::Define(d) => visit_list(&d.body, f),
            _ => {}
        }
    }
}

fn visit_pipe(pipe: &PipeNode, f: &mut dyn FnMut(&str)) {
    fn expr(e: &Expr, f: &mut dyn FnMut(&str)) {
        match e {
            Expr::Identifier(_, name) => f(name),
            Expr::Pipe(_, p) => visit_pipe(p, f),
            Expr::Chain(_, inner, _) => expr(inner, f),
            _ => {}
        }
    }
    pipe.commands
        .iter()
        .flat_map(|c| &c.args)
        .for_each(|e| expr(e, f));
}

/// The first field chain named in a pipeline (`.A.B`, `$x.B`, `(...).B`).
fn pipe_field(pipe: &PipeNode) -> Option<Vec<String>> {
    fn expr(e: &Expr) -> Option<Vec<String>> {
        let chain = match e {
            Expr::Field(_, c) | Expr::Variable(_, _, c) => c,
            Expr::Chain(_, inner, c) => return expr(inner).or_else(|| own(c)),
            Expr::Pipe(_, p) => return pipe_field(p),
            _ => return None,
        };
        own(chain)
    }
    fn own(c: &[gotmpl::parse::SmolStr]) -> Option<Vec<String>> {
        (!c.is_empty()).then(|| c.iter().map(|s| s.to_string()).collect())
    }
    pipe.commands.iter().flat_map(|c| &c.args).find_map(expr)
}

/// Split a CamelCase name into words the way podman's headers do:
/// "CreatedAt" -> [Created, At], "ImageID" -> [Image, ID], "Base64" -> [Base, 64].
fn split_camel(s: &str) -> Vec<String> {
    fn class(c: char) -> u8 {
        if c.is_lowercase() {
            0
        } else if c.is_uppercase() {
            1
        } else if c.is_numeric() {
            2
        } else {
            3
        }
    }
    let mut runs: Vec<(u8, Vec<char>)> = Vec::new();
    for c in s.chars() {
        match runs.last_mut() {
            Some((k, run)) if *k == class(c) => run.push(c),
            _ => runs.push((class(c), vec![c])),
        }
    }
    for i in 1..runs.len() {
        if runs[i - 1].0 == 1 && runs[i].0 == 0 {
            if let Some(c) = runs[i - 1].1.pop() {
                runs[i].1.insert(0, c);
            }
        }
    }
    runs.into_iter()
        .filter(|(_, r)| !r.is_empty())
        .map(|(_, r)| r.into_iter().collect())
        .collect()
}

/// Convert JSON data to the engine's value type. Integers that fit in i64
/// become `Int` (so they compare with template integer literals).
fn to_go(v: &serde_json::Value) -> GoValue {
    use serde_json::Value as J;
    match v {
        J::Null => GoValue::Nil,
        J::Bool(b) => GoValue::Bool(*b),
        J::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => GoValue::Int(i),
            (None, Some(u)) => GoValue::Uint(u),
            _ => GoValue::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        J::String(s) => GoValue::String(Arc::from(s.as_str())),
        J::Array(a) => GoValue::List(a.iter().map(to_go).collect()),
        J::Object(m) => GoValue::Map(Arc::new(
            m.iter()
                .map(|(k, v)| (Arc::from(k.as_str()), to_go(v)))
                .collect::<BTreeMap<_, _>>(),
        )),
    }
}

/// Convert an engine value back to JSON (for the `json` function).
fn to_json(v: &GoValue) -> serde_json::Value {
    use serde_json::Value as J;
    #[allow(unreachable_patterns)]
    match v {
        GoValue::Nil => J::Null,
        GoValue::Bool(b) => J::Bool(*b),
        GoValue::Int(i) => J::from(*i),
        GoValue::Uint(u) => J::from(*u),
        // Go's encoding/json writes integral floats without ".0".
        GoValue::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => J::from(*f as i64),
        GoValue::Float(f) => serde_json::Number::from_f64(*f).map_or(J::Null, J::Number),
        GoValue::String(s) => J::String(s.to_string()),
        GoValue::List(l) => J::Array(l.iter().map(to_json).collect()),
        GoValue::Map(m) => J::Object(m.iter().map(|(k, v)| (k.to_string(), to_json(v))).collect()),
        _ => J::Null,
    }
}

type GoResult = gotmpl::Result<GoValue>;

fn fn_err(msg: String) -> gotmpl::TemplateError {
    gotmpl::TemplateError::Exec(msg)
}

fn want_args(name: &str, args: &[GoValue], n: usize) -> gotmpl::Result<()> {
    if args.len() == n {
        Ok(())
    } else {
        Err(fn_err(format!(
            "wrong number of args for {name}: want {n} got {}",
            args.len()
        )))
    }
}

fn want_str<'a>(name: &str, v: &'a GoValue) -> gotmpl::Result<&'a str> {
    v.as_str()
        .ok_or_else(|| fn_err(format!("{name}: expected string; found {}", v.type_name())))
}

fn string_fn(
    f: impl Fn(&str) -> String + Send + Sync + 'static,
    name: &'static str,
) -> gotmpl::ValueFunc {
    Arc::new(move |args: &[GoValue]| -> GoResult {
        want_args(name, args, 1)?;
        Ok(GoValue::String(f(want_str(name, &args[0])?).into()))
    })
}

/// Go's strings.Title: upper-case the first letter of each word (words are
/// separated by ASCII non-alphanumerics other than `_`, and by spaces).
fn title(s: &str) -> String {
    let mut prev_sep = true;
    s.chars()
        .map(|c| {
            let out = if prev_sep {
                c.to_uppercase().next().unwrap_or(c)
            } else {
                c
            };
            prev_sep = if c.is_ascii() {
                !(c.is_ascii_alphanumeric() || c == '_')
            } else {
                c.is_whitespace()
            };
            out
        })
        .collect()
}

fn join(args: &[GoValue]) -> GoResult {
    want_args("join", args, 2)?;
    // `join .Names ","` (podman's order); also accept `.Names | join ","`.
    let (list, sep) = match (&args[0], &args[1]) {
        (GoValue::List(l), GoValue::String(s)) | (GoValue::String(s), GoValue::List(l)) => (l, s),
        (GoValue::Nil, _) | (_, GoValue::Nil) => return Ok(GoValue::String("".into())),
        (a, b) => {
            let msg = format!(
                "join: expected list and string; found {} and {}",
                a.type_name(),
                b.type_name()
            );
            return Err(fn_err(msg));
        }
    };
    let parts: Vec<String> = list
        .iter()
        .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
        .collect();
    Ok(GoValue::String(parts.join(sep).into()))
}

fn split(args: &[GoValue]) -> GoResult {
    want_args("split", args, 2)?;
    let (s, sep) = (want_str("split", &args[0])?, want_str("split", &args[1])?);
    let parts: Vec<GoValue> = if sep.is_empty() {
        s.chars()
            .map(|c| GoValue::String(c.to_string().into()))
            .collect()
    } else {
        s.split(sep).map(|p| GoValue::String(p.into())).collect()
    };
    Ok(GoValue::List(parts.into()))
}

fn truncate(args: &[GoValue]) -> GoResult {
    want_args("truncate", args, 2)?;
    let s = want_str("truncate", &args[0])?;
    let n = args[1].as_int().ok_or_else(|| {
        fn_err(format!(
            "truncate: expected integer; found {}",
            args[1].type_name()
        ))
    })?;
    let n = usize::try_from(n).unwrap_or(0);
    Ok(GoValue::String(
        s.chars().take(n).collect::<String>().into(),
    ))
}

/// Podman's template functions on top of Go's builtins.
fn extra_funcs() -> FuncMap {
    let mut m = FuncMap::new();
    m.insert(
        "json".into(),
        Arc::new(|args: &[GoValue]| -> GoResult {
            want_args("json", args, 1)?;
            Ok(GoValue::String(to_json(&args[0]).to_string().into()))
        }),
    );
    m.insert("upper".into(), string_fn(str::to_uppercase, "upper"));
    m.insert("lower".into(), string_fn(str::to_lowercase, "lower"));
    m.insert("title".into(), string_fn(title, "title"));
    m.insert("join".into(), Arc::new(join));
    m.insert("split".into(), Arc::new(split));
    m.insert("truncate".into(), Arc::new(truncate));
    m.insert("pad".into(), Arc::new(pad));
    m
}

/// podman's `pad S PREFIX SUFFIX`: S between that many spaces, an empty S left empty.
fn pad(args: &[GoValue]) -> GoResult {
    want_args("pad", args, 3)?;
    let s = want_str("pad", &args[0])?;
    let n = |v: &GoValue| {
        v.as_int()
            .and_then(|n| usize::try_from(n).ok())
            .ok_or_else(|| fn_err(format!("pad: expected integer; found {}", v.type_name())))
    };
    let (before, after) = (n(&args[1])?, n(&args[2])?);
    if s.is_empty() {
        return Ok(GoValue::String(String::new().into()));
    }
    Ok(GoValue::String(
        format!("{}{s}{}", " ".repeat(before), " ".repeat(after)).into(),
    ))
}

/// Align tab-separated rows into columns like Go's tabwriter as podman uses
/// it: min width 0, 3 spaces of padding, left-aligned; a cell is text ended by
/// a tab, the text after a line's last tab is not part of any column, and a
/// column's width is per block of consecutive lines having that column.
/// Each output line ends with '\n' and carries no trailing spaces.
pub fn align_columns(rows: &[String]) -> String {
    let lines: Vec<Vec<&str>> = rows
        .iter()
        .flat_map(|r| r.strip_suffix('\n').unwrap_or(r).split('\n'))
        .map(|l| l.split('\t').collect())
        .collect();
    let mut out = String::new();
    let mut widths = Vec::new();
    format_block(&lines, 0, lines.len(), &mut widths, &mut out);
    out
}

const PADDING: usize = 3;

fn format_block(
    lines: &[Vec<&str>],
    mut line0: usize,
    line1: usize,
    widths: &mut Vec<usize>,
    out: &mut String,
) {
    let column = widths.len();
    let mut this = line0;
    while this < line1 {
        if column + 1 >= lines[this].len() {
            this += 1;
            continue;
        }
        write_lines(lines, line0, this, widths, out);
        line0 = this;
        let mut width = 0;
        while this < line1 && column + 1 < lines[this].len() {
            width = width.max(lines[this][column].chars().count() + PADDING);
            this += 1;
        }
        widths.push(width);
        format_block(lines, line0, this, widths, out);
        widths.pop();
        line0 = this;
    }
    write_lines(lines, line0, line1, widths, out);
}

fn write_lines(lines: &[Vec<&str>], from: usize, to: usize, widths: &[usize], out: &mut String) {
    for line in &lines[from..to] {
        let mut s = String::new();
        for (j, cell) in line.iter().enumerate() {
            s.push_str(cell);
            if let Some(w) = widths.get(j).filter(|_| j + 1 < line.len()) {
                s.extend(std::iter::repeat_n(
                    ' ',
                    w.saturating_sub(cell.chars().count()),
                ));
            }
        }
        out.push_str(s.trim_end_matches(' '));
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn data() -> serde_json::Value {
        json!({
            "ID": "3f2a1b", "Names": ["web", "db"], "Image": "alpine:latest",
            "Size": 1024, "Neg": -5, "Ratio": 0.5, "Whole": 2.0, "Nothing": null, "Empty": "",
            "CreatedAt": "2024-01-02",
            "State": {"Status": "running", "Running": true, "Pid": 42},
            "Config": {"Labels": {"b": "2", "a": "1"}, "Cmd": ["sh", "-c"], "Env": []},
            "Mounts": [{"Source": "/a", "RW": true}, {"Source": "/b", "RW": false}],
            "Command": "sleep  10"
        })
    }

    fn render(src: &str) -> Result<String, TemplateError> {
        Template::parse(src)?.render(&data())
    }

    #[test]
    fn renders() {
        let cases: &[(&str, &str)] = &[
            ("{{.ID}}", "3f2a1b"),
            ("id={{.ID}} img={{.Image}}", "id=3f2a1b img=alpine:latest"),
            ("{{.State.Status}}", "running"),
            ("{{.Names}}", "[web db]"),
            ("{{.Size}} {{.Neg}} {{.Ratio}} {{.Whole}}", "1024 -5 0.5 2"),
            ("{{.State.Running}}", "true"),
            ("{{.Nothing}}", "<no value>"),
            ("{{.Config.Labels.zz}}", "<no value>"),
            ("{{.Config.Labels}}", "map[a:1 b:2]"),
            ("{{.Config.Env}}", "[]"),
            ("{{.Mounts}}", "[map[RW:true Source:/a] map[RW:false Source:/b]]"),
            ("{{json .Config.Labels}}", r#"{"a":"1","b":"2"}"#),
            ("{{json .Names}}", r#"["web","db"]"#),
            ("{{json .ID}}", r#""3f2a1b""#),
            ("{{json .Nothing}}", "null"),
            ("{{json .Size}}", "1024"),
            ("{{json .Whole}} {{json .Ratio}} {{json .State.Running}}", "2 0.5 true"),
            ("{{range .Mounts}}{{.Source}} {{end}}", "/a /b "),
            ("{{range .Names}}{{.}}{{end}}", "webdb"),
            ("{{range $i, $n := .Names}}{{$i}}:{{$n}},{{end}}", "0:web,1:db,"),
            ("{{range $k, $v := .Config.Labels}}{{$k}}={{$v}} {{end}}", "a=1 b=2 "),
            ("{{range .Config.Env}}x{{else}}none{{end}}", "none"),
            ("{{range .Names}}{{$.ID}}/{{.}} {{end}}", "3f2a1b/web 3f2a1b/db "),
            ("{{if .State.Running}}up{{else}}down{{end}}", "up"),
            ("{{if .Empty}}set{{else}}unset{{end}}", "unset"),
            ("{{if eq .Size 1}}one{{else if eq .Size 1024}}k{{end}}", "k"),
            ("{{with .State}}{{.Pid}}{{end}}", "42"),
            ("{{with .Nothing}}x{{else}}no{{end}}", "no"),
            ("{{$x := .State.Pid}}{{$x}}", "42"),
            ("{{index .Config.Labels \"a\"}}", "1"),
            ("{{index .Config.Labels \"zz\"}}", "<no value>"),
            ("{{index .Names 1}}", "db"),
            ("{{len .Names}} {{len .ID}} {{len .Config.Labels}}", "2 6 2"),
            ("{{.Names | len}}", "2"),
            (r#"{{printf "%s-%d" .ID .Size}}"#, "3f2a1b-1024"),
            (r#"{{printf "[%-8s][%5d]" .ID .State.Pid}}"#, "[3f2a1b  ][   42]"),
            (r#"{{printf "%v %q" .Names .Image}}"#, r#"[web db] "alpine:latest""#),
            (r#"{{.ID | printf "<%s>"}}"#, "<3f2a1b>"),
            (r#"{{eq .ID "3f2a1b"}} {{ne .ID "x"}}"#, "true true"),
            (r#"{{eq .ID "a" "b" "3f2a1b"}}"#, "true"),
            ("{{lt .Size 2000}} {{gt .Size 2000}} {{le .Neg -5}} {{ge .Neg 0}}", "true false true false"),
            ("{{and .State.Running .ID}} {{or .Empty .Image}} {{not .Empty}}", "3f2a1b alpine:latest true"),
            ("{{if and .State.Running (gt .State.Pid 0)}}ok{{end}}", "ok"),
            ("{{print .ID 1 2}} {{println .ID}}", "3f2a1b1 2 3f2a1b\n"),
            ("{{upper .Image}} {{lower \"ABC\"}} {{title \"hello big world\"}}", "ALPINE:LATEST abc Hello Big World"),
            ("{{.Image | upper}}", "ALPINE:LATEST"),
            ("{{title \"it's a_b-c été\"}}", "It'S A_b-C Été"),
            (r#"{{join .Names ","}}"#, "web,db"),
            (r#"{{.Names | join ", "}}"#, "web, db"),
            (r#"{{join .Nothing ","}}"#, ""),
            (r#"{{split .Image ":"}}"#, "[alpine latest]"),
            (r#"{{index (split .Image ":") 1}}"#, "latest"),
            (r#"{{split "ab" ""}}"#, "[a b]"),
            ("{{truncate .ID 3}} {{truncate .ID 99}}", "3f2 3f2a1b"),
            ("[{{pad .ID 2 1}}][{{pad .Empty 2 1}}]", "[  3f2a1b ][]"),
            ("a {{- .ID -}} b", "a3f2a1bb"),
            ("a  {{- .ID}}  \n{{- \"z\"}}", "a3f2a1bz"),
            ("{{/* comment */}}x", "x"),
            ("{{/* don't {{if}} */}}{{\"{{end}}\"}}{{'}'}}", "{{end}}125"),
            ("{{.}}", "map[Command:sleep  10 Config:map[Cmd:[sh -c] Env:[] Labels:map[a:1 b:2]] CreatedAt:2024-01-02 Empty: ID:3f2a1b Image:alpine:latest Missing2:<nil> Mounts:[map[RW:true Source:/a] map[RW:false Source:/b]] Names:[web db] Neg:-5 Nothing:<nil> Ratio:0.5 Size:1024 State:map[Pid:42 Running:true Status:running] Whole:2]"),
            ("plain text", "plain text"),
            ("", ""),
        ];
        let mut d = data();
        d["Missing2"] = serde_json::Value::Null;
        for (src, want) in cases {
            let got = Template::parse(src).and_then(|t| t.render(&d));
            assert_eq!(
                got.as_deref().map_err(|e| e.to_string()),
                Ok(*want),
                "template {src:?}"
            );
        }
    }

    #[test]
    fn render_scalars_as_dot() {
        let t = Template::parse("{{.}}").unwrap();
        let cases = [
            (json!("s"), "s"),
            (json!(7), "7"),
            (json!(1.25), "1.25"),
            (json!(true), "true"),
            (json!(null), "<no value>"),
            (json!([1, "a", null]), "[1 a <nil>]"),
            (json!({"z": 1, "a": {"b": []}}), "map[a:map[b:[]] z:1]"),
            (json!(u64::MAX), "18446744073709551615"),
        ];
        for (v, want) in cases {
            assert_eq!(t.render(&v).unwrap(), want, "data {v}");
        }
    }

    #[test]
    fn parse_errors() {
        let cases: &[(&str, &str)] = &[
            ("{{.ID", r#"template: 1:6: unclosed action in "{{.ID""#),
            ("{{if .ID}}x", "unexpected EOF"),
            ("{{range .Names}}", "unexpected EOF"),
            (
                "{{nosuch .ID}}",
                r#"template: function "nosuch" not defined in "{{nosuch .ID}}""#,
            ),
            (
                "{{range .Names}}{{padd .}}{{end}}",
                r#"function "padd" not defined"#,
            ),
            ("{{if}}x{{end}}", "empty command"),
            (r#"{{"unterminated}}"#, "unterminated"),
            ("{{.ID | }}", "empty command"),
            ("{{end}}", "template: 1:1: unexpected {{end}}"),
            ("a\n b{{else}}c", "2:3: unexpected {{else}}"),
            ("{{range .A}}{{end}}{{end}}", "unexpected {{end}}"),
            ("{{define \"x\"}}a{{else}}b{{end}}", "unexpected"),
            (
                "{{with .X}}{{if .Y}}y{{end}}",
                "unexpected EOF (unclosed {{with}})",
            ),
        ];
        for (src, want) in cases {
            let err = Template::parse(src).expect_err(src).to_string();
            assert!(
                err.contains(want),
                "template {src:?}: got {err:?}, want {want:?}"
            );
            assert!(
                err.starts_with("template: ") && !err.contains('\n'),
                "{err:?}"
            );
            assert!(matches!(
                Template::parse(src),
                Err(TemplateError::Parse { .. })
            ));
        }
    }

    #[test]
    fn exec_errors() {
        let cases: &[(&str, &str)] = &[
            (
                "{{.ID.Foo}}",
                "template: can't evaluate field Foo in type string",
            ),
            ("{{.Size.Foo}}", "can't evaluate field Foo in type int"),
            (
                "{{(index .Names 0).X}}",
                "can't evaluate field X in type string",
            ),
            ("{{index .Names 5}}", "index out of range"),
            ("{{len .Size}}", "len"),
            ("{{upper .Size}}", "upper: expected string; found int"),
            (
                "{{json .ID .ID}}",
                "wrong number of args for json: want 1 got 2",
            ),
            ("{{truncate .ID \"x\"}}", "truncate: expected integer"),
            ("{{join .ID .Size}}", "join: expected list and string"),
            ("{{$undefined}}", "undefined variable"),
            (
                "{{.Missing}}",
                "can't evaluate field Missing: no such field",
            ),
            ("{{.Missing.Deeper}}", "can't evaluate field Missing"),
            ("{{.State.Nope}}", "can't evaluate field Nope"),
            ("{{with .Missing}}x{{end}}", "can't evaluate field Missing"),
            ("{{lt .Ratio 1}}", "incompatible types for comparison"),
        ];
        for (src, want) in cases {
            let err = render(src).expect_err(src);
            assert!(matches!(err, TemplateError::Exec(_)), "{src:?}: {err:?}");
            let msg = err.to_string();
            assert!(
                msg.contains(want),
                "template {src:?}: got {msg:?}, want {want:?}"
            );
            assert!(
                msg.starts_with("template: ") && !msg.contains("execution error"),
                "{msg:?}"
            );
        }
    }

    #[test]
    fn formats() {
        let table = |s: &str| match parse_format(s).unwrap() {
            OutputFormat::Table(t) => t.map(|t| t.source().to_string()),
            other => panic!("{s:?}: expected table, got {other:?}"),
        };
        let tmpl = |s: &str| match parse_format(s).unwrap() {
            OutputFormat::Template(t) => t.source().to_string(),
            other => panic!("{s:?}: expected template, got {other:?}"),
        };
        for s in ["json", " json ", "{{json .}}", "{{ json . }}", "{{json}}"] {
            assert!(
                matches!(parse_format(s).unwrap(), OutputFormat::Json),
                "{s:?}"
            );
        }
        assert_eq!(table("table"), None);
        assert_eq!(table(""), None);
        assert_eq!(table("  table  "), None);
        assert_eq!(
            table(r"table {{.ID}}\t{{.Names}}"),
            Some("{{.ID}}\t{{.Names}}".into())
        );
        assert_eq!(table("table\t{{.ID}}\n"), Some("{{.ID}}".into()));
        assert_eq!(tmpl("{{.ID}}"), "{{.ID}}");
        assert_eq!(tmpl(r"{{.ID}}\t{{.Image}}\n"), "{{.ID}}\t{{.Image}}\n");
        assert_eq!(
            tmpl(r#"a\tb{{printf "x\ty}}z" .ID}}\n"#),
            "a\tb{{printf \"x\\ty}}z\" .ID}}\n"
        );
        assert_eq!(tmpl("tablet {{.ID}}"), "tablet {{.ID}}");
        assert_eq!(
            tmpl(r"{{/* it's */}}\t{{- /* x */ -}}\n"),
            "{{/* it's */}}\t{{- /* x */ -}}\n"
        );
        assert_eq!(tmpl("{{json .Config}}"), "{{json .Config}}");
        assert_eq!(tmpl("jsonx"), "jsonx");
        let t = match parse_format(r#"{{printf "a\tb"}}"#).unwrap() {
            OutputFormat::Template(t) => t,
            other => panic!("{other:?}"),
        };
        assert_eq!(t.render(&json!({})).unwrap(), "a\tb");
        assert!(matches!(
            parse_format("{{.ID"),
            Err(TemplateError::Parse { .. })
        ));
        assert!(matches!(
            parse_format("table {{.ID"),
            Err(TemplateError::Parse { .. })
        ));
    }

    #[test]
    fn headers() {
        type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a str);
        let cases: &[Case] = &[
            ("{{.ID}}\t{{.Names}}", &[], "ID\tNAMES"),
            (
                "{{.ID}}\t{{.Names}}",
                &[("ID", "CONTAINER ID")],
                "CONTAINER ID\tNAMES",
            ),
            ("{{.State.Status}}", &[], "STATUS"),
            ("{{.State.Status}}", &[("State.Status", "STATE")], "STATE"),
            (
                "{{.CreatedAt}} {{.ImageID}} {{.RunningFor}}",
                &[],
                "CREATED AT IMAGE ID RUNNING FOR",
            ),
            (
                "{{.PDFLoader}}|{{.Base64Data}}|{{.Pod}}",
                &[],
                "PDF LOADER|BASE 64 DATA|POD",
            ),
            (
                "{{json .Config}}\t{{.Names | join \",\"}}",
                &[],
                "CONFIG\tNAMES",
            ),
            (
                "{{range .Mounts}}{{.Source}}{{end}}\t{{if .State.Running}}up{{end}}",
                &[],
                "MOUNTS\tRUNNING",
            ),
            ("{{with .State}}{{.Pid}}{{end}}", &[], "STATE"),
            ("{{printf \"%s\" (upper .Image)}}", &[], "IMAGE"),
            ("{{$x := .ID}}{{$x.Foo}}", &[], "FOO"),
            ("{{.}}:{{\"lit\"}}", &[], ":"),
            ("  {{- .ID}}", &[], "ID"),
        ];
        for (src, ov, want) in cases {
            assert_eq!(
                Template::parse(src).unwrap().header(ov),
                *want,
                "template {src:?}"
            );
        }
    }

    #[test]
    fn camel_split() {
        let cases: &[(&str, &[&str])] = &[
            ("ID", &["ID"]),
            ("Names", &["Names"]),
            ("CreatedAt", &["Created", "At"]),
            ("ImageID", &["Image", "ID"]),
            ("PDFLoader", &["PDF", "Loader"]),
            ("Base64", &["Base", "64"]),
            ("lower", &["lower"]),
            ("", &[]),
        ];
        for (s, want) in cases {
            assert_eq!(split_camel(s), *want, "{s:?}");
        }
    }

    #[test]
    fn alignment() {
        let rows = |r: &[&str]| r.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let cases: &[(&[&str], &str)] = &[
            (&[], ""),
            (&["a"], "a\n"),
            (
                &["ID\tNAMES", "3f2a\tweb", "abcdef1234\tdb"],
                "ID           NAMES\n3f2a         web\nabcdef1234   db\n",
            ),
            (
                &["a\tb\tc", "aaa\tbbbb\tc"],
                "a     b      c\naaa   bbbb   c\n",
            ),
            // trailing tab: padding would be trailing spaces, trimmed
            (&["a\t", "bbb\t"], "a\nbbb\n"),
            // empty cells still get width
            (&["\tx", "yy\tz"], "     x\nyy   z\n"),
            // a line without the column ends the block
            (
                &["a\tb", "no tabs here", "cccc\td"],
                "a   b\nno tabs here\ncccc   d\n",
            ),
            // rows containing newlines are split, trailing newline dropped
            (&["a\tb\nccc\td\n"], "a     b\nccc   d\n"),
            // width counts characters, not bytes
            (&["é\tx", "ab\ty"], "é    x\nab   y\n"),
            // nested blocks: column 1 only spans lines that have it
            (
                &["a\tb\tc", "a\tb", "aa\tbbbbbb\tc"],
                "a    b   c\na    b\naa   bbbbbb   c\n",
            ),
        ];
        for (input, want) in cases {
            assert_eq!(align_columns(&rows(input)), *want, "rows {input:?}");
        }
    }

    #[test]
    fn table_end_to_end() {
        let t = match parse_format(r"table {{.ID}}\t{{.Image}}\t{{.State.Status}}").unwrap() {
            OutputFormat::Table(Some(t)) => t,
            other => panic!("{other:?}"),
        };
        let mut rows = vec![t.header(&[("ID", "CONTAINER ID")])];
        rows.push(t.render(&data()).unwrap());
        rows.push(
            t.render(&json!({"ID": "x", "Image": "busybox", "State": {"Status": "exited"}}))
                .unwrap(),
        );
        assert_eq!(
            align_columns(&rows),
            "CONTAINER ID   IMAGE           STATUS\n3f2a1b         alpine:latest   running\nx              busybox         exited\n"
        );
    }

    #[test]
    fn template_is_clone_debug_send() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Template>();
        let t = Template::parse("{{.ID}}").unwrap();
        let c = t.clone();
        assert_eq!(c.render(&data()).unwrap(), "3f2a1b");
        assert_eq!(format!("{t:?}"), r#"Template { src: "{{.ID}}" }"#);
    }
}
