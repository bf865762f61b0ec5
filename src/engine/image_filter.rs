//! Image filters (`images --filter`, `image prune --filter`) with podman's keys and wording,
//! and the parent/child relation between images that `dangling`, `intermediate`, `rmi`'s
//! pruning of parents and `images` without -a rest on.

use super::error::{EngineError, Result};
use super::ps::parse_time;
use crate::image::ImageRecord;
use chrono::{DateTime, Utc};
use serde_json::Value;
use std::collections::HashMap;

/// The images as a tree: an image's parent is the image whose layers are its own but the
/// top one (podman's layer tree, without build history).
pub struct ImageTree {
    /// image id -> number of child images
    children: HashMap<String, usize>,
    /// image id -> its parent's id
    parent: HashMap<String, String>,
}

impl ImageTree {
    pub fn new(images: &[ImageRecord]) -> ImageTree {
        // the top layer's chain id names a prefix of layers: the images on it
        let mut by_top: HashMap<&str, Vec<&str>> = HashMap::new();
        for i in images {
            if let Some(top) = i.layers.last() {
                by_top.entry(top.chain_id.as_str()).or_default().push(&i.id);
            }
        }
        let mut children = HashMap::new();
        let mut parent = HashMap::new();
        for i in images {
            let n = i.layers.len();
            if n < 2 {
                continue;
            }
            let below = i.layers[n - 2].chain_id.as_str();
            if let Some(parents) = by_top.get(below) {
                for p in parents {
                    *children.entry(p.to_string()).or_insert(0) += 1;
                }
                // several images on that layer: any one is a parent; the first is taken
                parent.insert(i.id.clone(), parents[0].to_string());
            }
        }
        ImageTree { children, parent }
    }

    pub fn has_children(&self, id: &str) -> bool {
        self.children.get(id).copied().unwrap_or(0) > 0
    }

    pub fn parent(&self, id: &str) -> Option<&str> {
        self.parent.get(id).map(String::as_str)
    }

    /// No names and no children: what `image prune` removes.
    pub fn is_dangling(&self, img: &ImageRecord) -> bool {
        img.names.is_empty() && !self.has_children(&img.id)
    }

    /// No names, but children: what `images` hides without -a.
    pub fn is_intermediate(&self, img: &ImageRecord) -> bool {
        img.names.is_empty() && self.has_children(&img.id)
    }
}

/// What a filter looks at for one image, besides its record.
pub struct ImageFacts<'a> {
    pub img: &'a ImageRecord,
    /// the config's labels
    pub labels: &'a Value,
    /// how many containers use it
    pub containers: usize,
    pub tree: &'a ImageTree,
}

enum Test {
    Since(DateTime<Utc>),
    Before(DateTime<Utc>),
    Containers(Option<bool>),
    Dangling(bool),
    Intermediate(bool),
    Id(String),
    Digest(String),
    Label(String),
    ReadOnly(bool),
    Manifest(bool),
    /// the glob, and the id of the image it names when it names one
    Reference(String, Option<String>),
}

struct Filter {
    test: Test,
    negate: bool,
}

/// Parsed `key=value` (or `key!=value`) filters; an image must pass every one.
pub struct ImageFilters(Vec<Filter>);

/// Looks up an image by what a user typed (for since, before and reference).
pub type Lookup<'a> = &'a dyn Fn(&str) -> Result<ImageRecord>;

impl ImageFilters {
    pub fn parse(specs: &[String], lookup: Lookup) -> Result<ImageFilters> {
        let mut out = vec![];
        let mut seen: HashMap<String, String> = HashMap::new();
        for spec in specs {
            let (key, value, negate) = match spec.split_once("!=") {
                Some((k, v)) => (k, v, true),
                None => match spec.split_once('=') {
                    Some((k, v)) => (k, v, false),
                    None => {
                        return Err(EngineError::invalid(format!(
                            "invalid image filter \"{spec}\": must be in the format \"filter=value or filter!=value\""
                        )))
                    }
                },
            };
            let mut boolean = |key: &str| -> Result<bool> {
                if let Some(prev) = seen.insert(key.to_string(), value.to_string()) {
                    if prev != value {
                        return Err(EngineError::invalid(format!(
                            "specifying \"{key}\" filter more than once with different values is not supported"
                        )));
                    }
                }
                parse_bool(value).ok_or_else(|| {
                    EngineError::invalid(format!(
                        "non-boolean value \"{value}\" for {key} filter: use true or false"
                    ))
                })
            };
            let created_of = |key: &str| -> Result<DateTime<Utc>> {
                let img = lookup(value).map_err(|e| {
                    EngineError::not_found(format!(
                        "could not find local image for filter \"{key}\"=\"{value}\": {e}"
                    ))
                })?;
                Ok(created(&img))
            };
            let test = match key {
                "after" | "since" => Test::Since(created_of(key)?),
                "before" => Test::Before(created_of(key)?),
                "until" => Test::Before(super::logs::parse_point(value)?),
                "containers" => Test::Containers(match value {
                    "external" => None,
                    _ => Some(boolean(key).map_err(|_| {
                        EngineError::invalid(format!(
                            "unsupported value \"{value}\" for containers filter"
                        ))
                    })?),
                }),
                "dangling" => Test::Dangling(boolean(key)?),
                "intermediate" => Test::Intermediate(boolean(key)?),
                "readonly" => Test::ReadOnly(boolean(key)?),
                "manifest" => Test::Manifest(boolean(key)?),
                "id" => Test::Id(value.trim_start_matches("sha256:").to_string()),
                "digest" => {
                    if !value.starts_with("sha256:") {
                        return Err(EngineError::invalid(format!(
                            "invalid value \"{value}\" for digest filter"
                        )));
                    }
                    Test::Digest(value.to_string())
                }
                "label" => Test::Label(value.to_string()),
                "reference" => Test::Reference(value.to_string(), lookup(value).ok().map(|i| i.id)),
                _ => {
                    return Err(EngineError::invalid(format!(
                        "unsupported image filter \"{key}\""
                    )))
                }
            };
            out.push(Filter { test, negate });
        }
        Ok(ImageFilters(out))
    }

    /// Add a filter the verb itself needs (`intermediate=false` for `images` without -a).
    pub fn push_bool(&mut self, key: &str, value: bool) {
        let test = match key {
            "dangling" => Test::Dangling(value),
            "intermediate" => Test::Intermediate(value),
            _ => Test::Containers(Some(value)),
        };
        self.0.push(Filter {
            test,
            negate: false,
        });
    }

    pub fn matches(&self, f: &ImageFacts) -> bool {
        self.0.iter().all(|flt| flt.test.matches(f) != flt.negate)
    }
}

impl Test {
    fn matches(&self, f: &ImageFacts) -> bool {
        let img = f.img;
        match self {
            Test::Since(t) => created(img) > *t,
            Test::Before(t) => created(img) < *t,
            // rcon has no external containers: an image whose containers are all external
            // is one without containers
            Test::Containers(want) => (f.containers > 0) == want.unwrap_or(false),
            Test::Dangling(want) => f.tree.is_dangling(img) == *want,
            Test::Intermediate(want) => f.tree.is_intermediate(img) == *want,
            Test::Id(prefix) => img.id.starts_with(prefix.as_str()),
            Test::Digest(prefix) => {
                img.digest.starts_with(prefix.as_str())
                    || img
                        .repo_digests
                        .iter()
                        .filter_map(|d| d.split_once('@'))
                        .any(|(_, d)| d.starts_with(prefix.as_str()))
            }
            Test::Label(spec) => label_matches(spec, f.labels),
            // no image of rcon's store is read-only; none is a manifest list
            Test::ReadOnly(want) | Test::Manifest(want) => !*want,
            Test::Reference(glob, id) => {
                id.as_deref() == Some(img.id.as_str())
                    || img
                        .names
                        .iter()
                        .any(|n| reference_candidates(n).iter().any(|c| glob_match(glob, c)))
            }
        }
    }
}

fn parse_bool(s: &str) -> Option<bool> {
    // Go's strconv.ParseBool
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

pub fn created(img: &ImageRecord) -> DateTime<Utc> {
    parse_time(&img.created)
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_default()
}

/// `key` (the label is set) or `key=value` (set to that value).
fn label_matches(spec: &str, labels: &Value) -> bool {
    let (key, value) = match spec.split_once('=') {
        Some((k, v)) => (k, Some(v)),
        None => (spec, None),
    };
    match labels.get(key) {
        Some(v) => value.is_none_or(|want| want.is_empty() || v.as_str() == Some(want)),
        None => false,
    }
}

/// What a reference filter's glob is matched against for the name `reg/path/name:tag`: the
/// full name, the path without registry and tag, `name:tag`, then without the tag: the full
/// name, `path/name:tag`... as podman.
fn reference_candidates(full: &str) -> Vec<String> {
    let (named, tag) = match full.rfind([':', '@']) {
        Some(i) if !full[i..].contains('/') => (&full[..i], &full[i..]),
        _ => (full, ""),
    };
    let path = named.split_once('/').map(|(_, p)| p).unwrap_or(named);
    let last = |s: &str| s.rsplit('/').next().unwrap_or(s).to_string();
    let mut c = vec![full.to_string(), path.to_string(), last(full)];
    if !tag.is_empty() {
        c.push(named.to_string());
        c.push(format!("{path}{tag}"));
        c.push(last(named));
    }
    c
}

/// Go's `path.Match`: `*` (any run of non-`/`), `?` (one non-`/`), `[...]` classes with
/// ranges and `^` negation, `\` escapes. A malformed pattern matches nothing.
pub fn glob_match(pattern: &str, name: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    matches_at(&p, &n)
}

fn matches_at(p: &[char], n: &[char]) -> bool {
    match p.first() {
        None => n.is_empty(),
        Some('*') => {
            // every split point that does not cross a '/'
            let mut i = 0;
            loop {
                if matches_at(&p[1..], &n[i..]) {
                    return true;
                }
                if i >= n.len() || n[i] == '/' {
                    return false;
                }
                i += 1;
            }
        }
        Some('?') => n.first().is_some_and(|c| *c != '/') && matches_at(&p[1..], &n[1..]),
        Some('[') => {
            let Some(c) = n.first() else { return false };
            match class_matches(&p[1..], *c) {
                Some((ok, used)) => ok && *c != '/' && matches_at(&p[1 + used..], &n[1..]),
                None => false,
            }
        }
        Some('\\') => p.len() > 1 && n.first() == Some(&p[1]) && matches_at(&p[2..], &n[1..]),
        Some(c) => n.first() == Some(c) && matches_at(&p[1..], &n[1..]),
    }
}

/// A `[...]` class after its `[`: whether `c` is in it, and how many pattern chars it took
/// (its `]` included); None if malformed.
fn class_matches(p: &[char], c: char) -> Option<(bool, usize)> {
    let mut i = 0;
    let negated = p.first() == Some(&'^');
    if negated {
        i += 1;
    }
    let mut found = false;
    let mut first = true;
    loop {
        let ch = *p.get(i)?;
        if ch == ']' && !first {
            return Some((found != negated, i + 1));
        }
        first = false;
        let lo = if ch == '\\' {
            i += 1;
            *p.get(i)?
        } else {
            ch
        };
        i += 1;
        let hi = if p.get(i) == Some(&'-') && p.get(i + 1).is_some_and(|c| *c != ']') {
            let mut h = p[i + 1];
            i += 2;
            if h == '\\' {
                h = *p.get(i)?;
                i += 1;
            }
            h
        } else {
            lo
        };
        if lo <= c && c <= hi {
            found = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_as_go_path_match() {
        assert!(glob_match("busybox", "busybox"));
        assert!(glob_match("busy*", "busybox"));
        assert!(!glob_match("*", "library/busybox"));
        assert!(glob_match("*/busybox", "library/busybox"));
        assert!(glob_match("b?sybox", "busybox"));
        assert!(glob_match("[a-c]usybox", "busybox"));
        assert!(!glob_match("[^a-c]usybox", "busybox"));
        assert!(glob_match("quay.io/*/app:v[0-9]", "quay.io/me/app:v1"));
        assert!(!glob_match("busy", "busybox"));
    }

    #[test]
    fn reference_candidates_as_podman() {
        let c = reference_candidates("docker.io/library/busybox:latest");
        for want in [
            "docker.io/library/busybox:latest",
            "library/busybox",
            "busybox:latest",
            "docker.io/library/busybox",
            "library/busybox:latest",
            "busybox",
        ] {
            assert!(c.iter().any(|x| x == want), "{want}: {c:?}");
        }
    }

    #[test]
    fn labels() {
        let l = serde_json::json!({"a": "1", "b": ""});
        assert!(label_matches("a", &l));
        assert!(label_matches("a=1", &l));
        assert!(!label_matches("a=2", &l));
        assert!(label_matches("b", &l));
        assert!(!label_matches("c", &l));
    }
}
