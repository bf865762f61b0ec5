//! run/create's mounts: `-v/--volume`, `--mount`, `--tmpfs` and `--image-volume` parsed as
//! podman 4.3.1 parses them (its option keys, defaults and error wording), checked, and
//! completed into the [`MountSpec`]s a container's record keeps (`container_mounts`). The
//! spec's part is `spec_mounts`, inspect's `inspect_mounts`. Named and anonymous volumes are
//! parsed here and recorded as [`MountKind::Volume`]; resolving them is the volume store's.

use super::error::{EngineError, Result};
use crate::store::{ContainerRecord, MountKind, MountSpec};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::{Component, Path};

/// The mount flags of run and create, as given.
#[derive(Debug, Clone, Default)]
pub struct MountOptions {
    /// -v/--volume
    pub volumes: Vec<String>,
    /// --mount
    pub mounts: Vec<String>,
    /// --tmpfs
    pub tmpfs: Vec<String>,
    /// --image-volume: bind, tmpfs or ignore (None: bind)
    pub image_volume: Option<String>,
    /// --volumes-from CTR[:OPTS]
    pub volumes_from: Vec<String>,
}

const OPTION_ARG: &str = "must provide an argument for option";
const BAD_OPTION: &str = "invalid mount option";
const DUPLICATE_DEST: &str = "duplicate mount destination";
const INVALID_SYNTAX: &str = "incorrect mount format: should be --mount type=<bind|tmpfs|volume>,[src=<host-dir|volume-name>,]target=<ctr-dir>[,options]";
const PROPAGATIONS: &[&str] = &[
    "shared",
    "rshared",
    "private",
    "rprivate",
    "slave",
    "rslave",
    "unbindable",
    "runbindable",
];

fn invalid(msg: impl Into<String>) -> EngineError {
    EngineError::invalid(msg)
}

/// An errno as Go spells it ("no such file or directory"): podman's messages embed it so.
fn errno_text(e: nix::errno::Errno) -> String {
    let d = e.desc();
    let mut c = d.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Go's path.Clean: `.`, `..` and repeated or trailing slashes resolved lexically.
pub fn clean_path(p: &str) -> String {
    let abs = p.starts_with('/');
    let mut out: Vec<&str> = vec![];
    for part in p.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if out.last().is_some_and(|l| *l != "..") {
                    out.pop();
                } else if !abs {
                    out.push("..");
                }
            }
            x => out.push(x),
        }
    }
    let joined = out.join("/");
    match (abs, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".to_string(),
        (false, false) => joined,
    }
}

/// containers/common's ValidateVolumeCtrDir, then cleaned.
fn container_dir(d: &str) -> Result<String> {
    if d.is_empty() {
        return Err(invalid("container directory cannot be empty"));
    }
    if !d.starts_with('/') {
        return Err(invalid(format!(
            "invalid container path \"{d}\", must be an absolute path"
        )));
    }
    Ok(clean_path(d))
}

/// containers/common's ValidateVolumeOpts: -v's options, each kind at most once.
fn validate_volume_opts(options: &[String]) -> Result<Vec<String>> {
    let groups: &[(&[&str], &str)] = &[
        (&["noexec", "exec"], "1 'noexec' or 'exec' option"),
        (&["nodev", "dev"], "1 'nodev' or 'dev' option"),
        (&["nosuid", "suid"], "1 'nosuid' or 'suid' option"),
        (&["rw", "ro"], "1 'rw' or 'ro' option"),
        (&["z", "Z", "O"], "1 'z', 'Z', or 'O' option"),
        (&["U"], "1 'U' option"),
        (
            PROPAGATIONS,
            "1 '[r]shared', '[r]private', '[r]slave' or '[r]unbindable' option",
        ),
        (&["bind", "rbind"], "1 '[r]bind' option"),
        (&["copy", "nocopy"], "1 'copy' or 'nocopy' option"),
    ];
    let mut counts = vec![0; groups.len()];
    let mut out = vec![];
    for opt in options {
        if opt.starts_with("idmap") {
            return Err(EngineError::unsupported(format!(
                "the \"{opt}\" mount option is not supported by rcon: idmapped mounts are not available"
            )));
        }
        if opt.contains("upperdir") || opt.contains("workdir") {
            return Err(overlay_refused());
        }
        if opt == "cached" || opt == "delegated" {
            continue;
        }
        let Some(g) = groups
            .iter()
            .position(|(names, _)| names.contains(&opt.as_str()))
        else {
            return Err(invalid(format!("invalid option type \"{opt}\"")));
        };
        counts[g] += 1;
        if counts[g] > 1 {
            return Err(invalid(format!(
                "invalid options \"{}\", can only specify {}",
                options.join(", "),
                groups[g].1
            )));
        }
        out.push(opt.clone());
    }
    Ok(out)
}

fn overlay_refused() -> EngineError {
    EngineError::unsupported(
        "overlay volumes (the :O option) are not supported by rcon: bind the directory instead",
    )
}

/// A volume name as podman's `volume create` accepts it.
fn check_volume_name(name: &str) -> Result<()> {
    let mut chars = name.chars();
    let ok = chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && chars.all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c));
    if ok {
        Ok(())
    } else {
        Err(invalid(format!("creating named volume \"{name}\": running volume create option: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*: invalid argument")))
    }
}

/// An absolute host path for a bind source given relative to the current directory.
fn absolute(src: &str) -> Result<String> {
    if src.starts_with('/') {
        return Ok(clean_path(src));
    }
    let cwd = std::env::current_dir()
        .map_err(|e| EngineError::failed(format!("getting the current directory: {e}")))?;
    Ok(clean_path(&cwd.join(src).to_string_lossy()))
}

/// `-v [SRC:]DST[:OPTS]`: a bind (SRC starting with `/` or `.`), a named volume (SRC a name)
/// or an anonymous one (DST alone). Options are checked, not yet completed.
pub fn parse_volume(vol: &str) -> Result<MountSpec> {
    let parts: Vec<&str> = vol.split(':').collect();
    if parts.len() > 3 {
        return Err(invalid(format!(
            "{vol}: incorrect volume format, should be [host-dir:]ctr-dir[:option]"
        )));
    }
    let mut src = parts[0].to_string();
    // podman resolves ./ sources, symlinks and all, here
    if src.starts_with("./") {
        let p = std::fs::canonicalize(&src).map_err(|e| {
            let errno = nix::errno::Errno::from_raw(e.raw_os_error().unwrap_or(0));
            invalid(format!("lstat {}: {}", clean_path(&src), errno_text(errno)))
        })?;
        src = p.to_string_lossy().into_owned();
    }
    let dest = if parts.len() == 1 {
        std::mem::take(&mut src)
    } else {
        parts[1].to_string()
    };
    let options = match parts.get(2) {
        Some(o) => validate_volume_opts(&o.split(',').map(str::to_string).collect::<Vec<_>>())?,
        None => vec![],
    };
    if parts.len() > 1 && src.is_empty() {
        return Err(invalid("host directory cannot be empty"));
    }
    let destination = container_dir(&dest)?;
    if src.starts_with('/') || src.starts_with('.') {
        if options.iter().any(|o| o == "O") {
            return Err(overlay_refused());
        }
        return Ok(MountSpec {
            kind: MountKind::Bind,
            source: absolute(&src)?,
            destination,
            options,
            from_image: false,
        });
    }
    if !src.is_empty() {
        check_volume_name(&src)?;
    }
    Ok(MountSpec {
        kind: MountKind::Volume,
        source: src,
        destination,
        options,
        from_image: false,
    })
}

/// Go's csv reader on one line: fields split at commas outside double quotes.
fn csv_fields(s: &str) -> Result<Vec<String>> {
    let mut out = vec![];
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut cur)),
            '\n' if !quoted => return Err(invalid(INVALID_SYNTAX)),
            c => cur.push(c),
        }
    }
    if quoted {
        return Err(invalid(format!(
            "parse error on line 1, column {}: extraneous or missing \" in quoted-field",
            s.len() + 1
        )));
    }
    out.push(cur);
    Ok(out)
}

/// Which keys a `--mount` type takes beyond its target (podman 4.3.1's per-type parsers).
#[derive(Default)]
struct MountKeys {
    source: Option<String>,
    destination: Option<String>,
    options: Vec<String>,
    seen: BTreeMap<&'static str, bool>,
}

impl MountKeys {
    /// Each pair (ro/rw, suid/nosuid, ...) at most once.
    fn once(&mut self, group: &'static str, what: &str) -> Result<()> {
        if self.seen.insert(group, true).is_some() {
            return Err(invalid(format!(
                "cannot pass {what} options more than once: {OPTION_ARG}"
            )));
        }
        Ok(())
    }
}

fn need_value<'a>(k: &str, v: Option<&'a str>) -> Result<&'a str> {
    v.ok_or_else(|| invalid(format!("{k}: {OPTION_ARG}")))
}

/// U=[true|false]
fn chown_flag(v: Option<&str>) -> Result<bool> {
    match v.map(str::to_lowercase).as_deref() {
        None | Some("true") => Ok(true),
        Some("false") => Ok(false),
        Some(other) => Err(invalid(format!(
            "'U' or 'chown' must be set to true or false, instead received \"{other}\": {OPTION_ARG}"
        ))),
    }
}

/// The keys every --mount type but devpts and image shares: returns false for a key it
/// does not know.
fn common_key(m: &mut MountKeys, kind: MountKind, k: &str, v: Option<&str>) -> Result<bool> {
    match k {
        "nosuid" | "suid" => m.once("suid", "'nosuid' and 'suid'")?,
        "nodev" | "dev" => m.once("dev", "'nodev' and 'dev'")?,
        "noexec" | "exec" => m.once("exec", "'noexec' and 'exec'")?,
        "target" | "dst" | "destination" => {
            m.destination = Some(container_dir(need_value(k, v)?)?);
            return Ok(true);
        }
        "U" | "chown" => {
            if m.seen.insert("chown", true).is_some() {
                return Err(invalid(format!(
                    "cannot pass 'U' or 'chown' option more than once: {OPTION_ARG}"
                )));
            }
            if chown_flag(v)? {
                m.options.push("U".into());
            }
            return Ok(true);
        }
        "consistency" => return Ok(true),
        "ro" | "rw" if kind != MountKind::Bind => m.once("rorw", "'ro' and 'rw'")?,
        _ => return Ok(false),
    }
    m.options.push(k.to_string());
    Ok(true)
}

fn bind_key(m: &mut MountKeys, k: &str, v: Option<&str>, raw: &str) -> Result<bool> {
    match k {
        "bind-nonrecursive" => m.options.push("bind".into()),
        "readonly" | "ro" | "rw" => {
            if m.seen.insert("rorw", true).is_some() {
                return Err(invalid(format!("cannot pass 'readonly', 'ro', or 'rw' options more than once: {OPTION_ARG}")));
            }
            let name = if k == "readonly" { "ro" } else { k };
            match v.map(str::to_lowercase).as_deref() {
                None | Some("true") => m.options.push(name.into()),
                Some("false") => {
                    if name == "rw" {
                        m.options.push("ro".into());
                    }
                }
                Some(_) => return Err(invalid(format!("'readonly', 'ro', or 'rw' must be set to true or false, instead received \"{}\": {OPTION_ARG}", v.unwrap_or_default()))),
            }
        }
        "bind-propagation" => m.options.push(need_value(k, v)?.to_string()),
        "src" | "source" => {
            let s = need_value(k, v)?;
            if s.is_empty() {
                return Err(invalid(format!(
                    "host directory cannot be empty: {OPTION_ARG}"
                )));
            }
            m.source = Some(s.to_string());
        }
        "relabel" => {
            if m.seen.insert("relabel", true).is_some() {
                return Err(invalid(format!(
                    "cannot pass 'relabel' option more than once: {OPTION_ARG}"
                )));
            }
            match v {
                Some("private") => m.options.push("Z".into()),
                Some("shared") => m.options.push("z".into()),
                _ => {
                    return Err(invalid(format!(
                        "relabel mount option must be 'private' or 'shared': {BAD_OPTION}"
                    )))
                }
            }
        }
        "idmap" => {
            return Err(EngineError::unsupported(format!(
                "the \"{raw}\" mount option is not supported by rcon: idmapped mounts are not available"
            )))
        }
        p if PROPAGATIONS.contains(&p) || p == "z" || p == "Z" => m.options.push(p.into()),
        _ => return Ok(false),
    }
    Ok(true)
}

fn tmpfs_key(m: &mut MountKeys, k: &str, v: Option<&str>) -> Result<bool> {
    match k {
        "tmpcopyup" | "notmpcopyup" => {
            m.once("copyup", "'tmpcopyup' and 'notmpcopyup'")?;
            m.options.push(k.into());
        }
        "tmpfs-mode" => m.options.push(format!("mode={}", need_value(k, v)?)),
        "tmpfs-size" => m.options.push(format!("size={}", need_value(k, v)?)),
        "src" | "source" => return Err(invalid("source is not supported with tmpfs mounts")),
        _ => return Ok(false),
    }
    Ok(true)
}

fn volume_key(m: &mut MountKeys, k: &str, v: Option<&str>, raw: &str) -> Result<bool> {
    match k {
        "volume-opt" => m.options.push(raw.to_string()),
        "volume-label" => {
            return Err(invalid(
                "the --volume-label option is not presently implemented",
            ))
        }
        "src" | "source" => m.source = Some(need_value(k, v)?.to_string()),
        _ => return Ok(false),
    }
    Ok(true)
}

fn devpts_key(m: &mut MountKeys, k: &str, v: Option<&str>, raw: &str) -> Result<bool> {
    match k {
        "uid" | "gid" | "mode" | "ptxmode" | "newinstance" | "max" => {
            m.options.push(raw.to_string())
        }
        "target" | "dst" | "destination" => m.destination = Some(container_dir(need_value(k, v)?)?),
        _ => return Ok(false),
    }
    Ok(true)
}

/// `--mount type=TYPE,...`: bind, tmpfs, volume or devpts (image refused).
pub fn parse_mount(s: &str) -> Result<MountSpec> {
    let fields = csv_fields(s)?;
    let mut kind_name = None;
    let mut tokens = vec![];
    for f in fields {
        let kv: Vec<&str> = f.split('=').collect();
        if kind_name.is_none() && kv.len() == 2 && kv[0] == "type" {
            kind_name = Some(kv[1].to_string());
        } else {
            tokens.push(f);
        }
    }
    let kind_name = kind_name.ok_or_else(|| invalid(INVALID_SYNTAX))?;
    let kind = match kind_name.as_str() {
        "bind" => MountKind::Bind,
        "tmpfs" => MountKind::Tmpfs,
        "volume" => MountKind::Volume,
        "devpts" => MountKind::Devpts,
        "image" => {
            return Err(EngineError::unsupported(
                "--mount type=image is not supported by rcon: an image is not mounted into another container",
            ))
        }
        other => return Err(invalid(format!("invalid filesystem type \"{other}\""))),
    };
    let mut m = MountKeys::default();
    for t in &tokens {
        let (k, v) = match t.split_once('=') {
            Some((k, v)) => (k, Some(v)),
            None => (t.as_str(), None),
        };
        let known = match kind {
            MountKind::Devpts => devpts_key(&mut m, k, v, t)?,
            MountKind::Bind => bind_key(&mut m, k, v, t)? || common_key(&mut m, kind, k, v)?,
            MountKind::Tmpfs => tmpfs_key(&mut m, k, v)? || common_key(&mut m, kind, k, v)?,
            MountKind::Volume => volume_key(&mut m, k, v, t)? || common_key(&mut m, kind, k, v)?,
        };
        if !known {
            return Err(invalid(format!("{k}: {BAD_OPTION}")));
        }
    }
    let destination = m
        .destination
        .ok_or_else(|| invalid("must set volume destination"))?;
    let (source, options) = match kind {
        MountKind::Bind => {
            let src = m.source.unwrap_or_else(|| destination.clone());
            (absolute(&src)?, validate_volume_opts(&m.options)?)
        }
        MountKind::Volume => {
            let name = m.source.unwrap_or_default();
            if !name.is_empty() {
                check_volume_name(&name)?;
            }
            (name, m.options)
        }
        _ => (kind.as_str().to_string(), m.options),
    };
    Ok(MountSpec {
        kind,
        source,
        destination,
        options,
        from_image: false,
    })
}

/// `--tmpfs DST[:OPTS]`
pub fn parse_tmpfs(s: &str) -> Result<MountSpec> {
    let parts: Vec<&str> = s.split(':').collect();
    let destination = container_dir(parts[0])?;
    let options = parts
        .get(1)
        .map(|o| o.split(',').map(str::to_string).collect())
        .unwrap_or_default();
    Ok(MountSpec {
        kind: MountKind::Tmpfs,
        source: "tmpfs".into(),
        destination,
        options,
        from_image: false,
    })
}

/// The nosuid/nodev/noexec a bind source's filesystem has (podman's default options); a
/// missing source is podman's statfs error.
fn source_flags(src: &str) -> Result<(bool, bool, bool)> {
    use nix::sys::statvfs::{statvfs, FsFlags};
    let st = statvfs(src).map_err(|e| invalid(format!("statfs {src}: {}", errno_text(e))))?;
    let f = st.flags();
    Ok((
        f.contains(FsFlags::ST_NOEXEC),
        f.contains(FsFlags::ST_NOSUID),
        f.contains(FsFlags::ST_NODEV),
    ))
}

/// podman's ProcessOptions: a bind's or tmpfs's options checked and completed with rw, the
/// propagation (rprivate), the defaults of nosuid, nodev and noexec, rbind or tmpcopyup.
pub fn process_options(
    options: &[String],
    tmpfs: bool,
    source: Option<&str>,
) -> Result<Vec<String>> {
    let dupe = |what: &str| invalid(format!("{what}: duplicate mount option passed"));
    let only_tmpfs = |o: &str| {
        invalid(format!(
            "the '{o}' option is only allowed with tmpfs mounts: {BAD_OPTION}"
        ))
    };
    let mut found: BTreeMap<&'static str, bool> = BTreeMap::new();
    let mut out = vec![];
    for opt in options {
        let key = opt.split_once('=').map(|(k, _)| k).unwrap_or(opt);
        let (group, msg): (&'static str, &str) = match key {
            "copy" | "nocopy" => ("copy", "only one of 'nocopy' and 'copy' can be used"),
            "exec" | "noexec" => ("exec", "only one of 'noexec' and 'exec' can be used"),
            "suid" | "nosuid" => ("suid", "only one of 'nosuid' and 'suid' can be used"),
            "dev" | "nodev" => ("dev", "only one of 'nodev' and 'dev' can be used"),
            "rw" | "ro" => ("write", "only one of 'rw' and 'ro' can be used"),
            p if PROPAGATIONS.contains(&p) => {
                ("prop", "only one root propagation mode can be used")
            }
            "size" if tmpfs => ("size", "only one tmpfs size can be specified"),
            "mode" if tmpfs => ("mode", "only one tmpfs mode can be specified"),
            "size" | "mode" | "tmpcopyup" | "notmpcopyup" if !tmpfs => return Err(only_tmpfs(key)),
            "tmpcopyup" | "notmpcopyup" => (
                "copyup",
                "the 'tmpcopyup' or 'notmpcopyup' option can only be set once",
            ),
            "bind" | "rbind" if tmpfs => {
                return Err(invalid(format!(
                "the 'bind' and 'rbind' options are not allowed with tmpfs mounts: {BAD_OPTION}"
            )))
            }
            "bind" | "rbind" => ("bind", "only one of 'rbind' and 'bind' can be used"),
            "z" | "Z" if tmpfs => {
                return Err(invalid(format!(
                    "the 'z' and 'Z' options are not allowed with tmpfs mounts: {BAD_OPTION}"
                )))
            }
            "z" | "Z" => ("z", "only one of 'z' and 'Z' can be used"),
            "U" => ("U", "the 'U' option can only be set once"),
            "volume-opt" => {
                out.push(opt.clone());
                continue;
            }
            "consistency" => continue,
            _ => {
                return Err(invalid(format!(
                    "unknown mount option \"{opt}\": {BAD_OPTION}"
                )))
            }
        };
        if found.insert(group, true).is_some() {
            return Err(dupe(msg));
        }
        // not passed on to the runtime
        if key == "notmpcopyup" {
            continue;
        }
        out.push(opt.clone());
    }
    let (noexec, nosuid, nodev) = match source {
        Some(s) => source_flags(s)?,
        None => (false, true, true),
    };
    let has = |g: &str| found.contains_key(g);
    if !has("write") {
        out.push("rw".into());
    }
    if !has("prop") {
        out.push("rprivate".into());
    }
    for (g, on, name) in [
        ("exec", noexec, "noexec"),
        ("suid", nosuid, "nosuid"),
        ("dev", nodev, "nodev"),
    ] {
        if !has(g) && on {
            out.push(name.into());
        }
    }
    if tmpfs && !has("copyup") {
        out.push("tmpcopyup".into());
    }
    if !tmpfs && !has("bind") {
        out.push("rbind".into());
    }
    Ok(out)
}

/// Add `m` unless an equal mount is there; another mount at its destination is podman's
/// duplicate error.
fn add_unique(all: &mut Vec<MountSpec>, m: MountSpec, equal_ok: bool) -> Result<()> {
    if let Some(old) = all.iter().find(|o| o.destination == m.destination) {
        let same = old.kind == m.kind && old.source == m.source && old.options == m.options;
        let tmpfs_again = m.kind == MountKind::Tmpfs && old.kind == MountKind::Tmpfs;
        if equal_ok && (same || tmpfs_again) {
            return Ok(());
        }
        return Err(invalid(format!("{}: {DUPLICATE_DEST}", m.destination)));
    }
    all.push(m);
    Ok(())
}

/// --image-volume's value, as podman checks it ("bind" stands for anonymous volumes).
pub fn image_volume_mode(v: Option<&str>) -> Result<String> {
    match v.unwrap_or("bind") {
        m @ ("bind" | "tmpfs" | "ignore") => Ok(m.to_string()),
        m if m.eq_ignore_ascii_case("anonymous") => Ok("bind".into()),
        other => Err(invalid(format!(
            "invalid ImageVolumeMode \"{other}\", value must be one of ignore,tmpfs,anonymous"
        ))),
    }
}

/// `--volumes-from CTR[:OPTS]`: the container and the options (z, ro, rw) that replace its
/// mounts' own.
pub fn parse_volumes_from(v: &str) -> Result<(String, Option<Vec<String>>)> {
    let Some((ctr, opts)) = v.split_once(':') else {
        return Ok((v.to_string(), None));
    };
    let opts: Vec<String> = opts.split(',').map(str::to_string).collect();
    let (mut z, mut rorw) = (false, false);
    for o in &opts {
        match o.as_str() {
            "z" if z => return Err(invalid("cannot set :z more than once in mount options")),
            "z" => z = true,
            "ro" | "rw" if rorw => {
                return Err(invalid("cannot set ro or rw options more than once"))
            }
            "ro" | "rw" => rorw = true,
            _ => return Err(invalid(format!("invalid option \"{o}\" specified - volumes from another container can only use z,ro,rw options"))),
        }
    }
    Ok((ctr.to_string(), Some(opts)))
}

/// The binds and volumes `--volumes-from` takes from `other`'s mounts (podman's: not its
/// tmpfs), with `opts` in place of their options when given.
pub fn mounts_from(other: &[MountSpec], opts: Option<&[String]>) -> Result<Vec<MountSpec>> {
    let mut out = vec![];
    for m in other.iter().filter(|m| !m.from_image) {
        if !matches!(m.kind, MountKind::Bind | MountKind::Volume) {
            continue;
        }
        let mut m = m.clone();
        if let Some(o) = opts {
            m.options = match m.kind {
                MountKind::Bind => process_options(o, false, Some(&m.source))?,
                _ => o.to_vec(),
            };
        }
        out.retain(|x: &MountSpec| x.destination != m.destination);
        out.push(m);
    }
    Ok(out)
}

/// All of a container's mounts from its flags, in the order given (-v, --mount, --tmpfs),
/// options completed, bind sources checked; with `--image-volume tmpfs` a tmpfs at each of
/// the image's VOLUME paths the user does not mount otherwise.
pub fn container_mounts(
    o: &MountOptions,
    image_volumes: &[String],
    volumes_from: Vec<MountSpec>,
) -> Result<Vec<MountSpec>> {
    let mut all = vec![];
    for v in &o.volumes {
        add_unique(&mut all, parse_volume(v)?, true)?;
    }
    let mut from_mount = vec![];
    for s in &o.mounts {
        let m = parse_mount(s)?;
        if from_mount.contains(&m.destination) {
            return Err(invalid(format!("{}: {DUPLICATE_DEST}", m.destination)));
        }
        from_mount.push(m.destination.clone());
        add_unique(&mut all, m, true)?;
    }
    for s in &o.tmpfs {
        add_unique(&mut all, parse_tmpfs(s)?, true)?;
    }
    if all.iter().any(|m| m.destination == "/") {
        return Err(invalid(
            "invalid container path \"/\": a mount cannot cover the container's root",
        ));
    }
    for m in all.iter_mut() {
        match m.kind {
            MountKind::Bind => m.options = process_options(&m.options, false, Some(&m.source))?,
            // podman's for volumes: rw, rprivate, nosuid, nodev, rbind unless given
            MountKind::Volume => m.options = process_options(&m.options, false, None)?,
            MountKind::Tmpfs if m.destination != "/dev" => {
                m.options = process_options(&m.options, true, None)?
            }
            _ => {}
        }
    }
    // the user's own mounts win over those of --volumes-from at the same place
    for m in volumes_from {
        if !all.iter().any(|u| u.destination == m.destination) {
            all.push(m);
        }
    }
    let mode = image_volume_mode(o.image_volume.as_deref())?;
    for d in image_volumes.iter().filter(|_| mode != "ignore") {
        let destination = clean_path(d);
        if all.iter().any(|m| m.destination == destination) {
            continue;
        }
        // bind: an anonymous volume (named when created), filled from the image
        all.push(match mode.as_str() {
            "tmpfs" => {
                let opts: Vec<String> =
                    ["rprivate", "rw", "nodev", "exec"].map(String::from).into();
                MountSpec {
                    kind: MountKind::Tmpfs,
                    source: "tmpfs".into(),
                    destination,
                    options: process_options(&opts, true, None)?,
                    from_image: true,
                }
            }
            _ => MountSpec {
                kind: MountKind::Volume,
                source: String::new(),
                destination,
                options: process_options(&[], false, None)?,
                from_image: true,
            },
        });
    }
    Ok(all)
}

/// The options the kernel or rcon's runtime acts on: z and Z (SELinux relabeling, a no-op
/// without SELinux, as podman's on such a host), copy and nocopy (volumes' copy-up) dropped.
pub fn runtime_options(m: &MountSpec) -> Vec<String> {
    m.options
        .iter()
        .filter(|o| {
            !matches!(o.as_str(), "z" | "Z" | "copy" | "nocopy") && !o.starts_with("volume-opt")
        })
        .cloned()
        .collect()
}

/// The user's mounts sorted for mounting: a parent before what is mounted below it (a
/// stable sort on the destination's depth, as podman's).
pub fn mount_order(mounts: &[MountSpec]) -> Vec<&MountSpec> {
    let mut v: Vec<&MountSpec> = mounts.iter().collect();
    v.sort_by_key(|m| {
        Path::new(&m.destination)
            .components()
            .filter(|c| matches!(c, Component::Normal(_)))
            .count()
    });
    v
}

/// inspect's `Mounts` (binds, and volumes once resolved; tmpfs left out, as podman's),
/// `HostConfig.Binds` and `HostConfig.Tmpfs`.
pub fn inspect_mounts(
    rec: &ContainerRecord,
    volume_path: &dyn Fn(&str) -> String,
) -> (Value, Value, Value) {
    let mut mounts = vec![];
    let mut binds = vec![];
    let mut tmpfs = serde_json::Map::new();
    // the image's volumes show (as podman's), its tmpfs ones (--image-volume tmpfs) do not
    for m in rec
        .config
        .mounts
        .iter()
        .filter(|m| !(m.from_image && m.kind == MountKind::Tmpfs))
    {
        let opts = m.options.join(",");
        match m.kind {
            MountKind::Tmpfs => {
                tmpfs.insert(m.destination.clone(), json!(opts));
                continue;
            }
            MountKind::Devpts => continue,
            _ => {}
        }
        let src = if m.options.is_empty() {
            format!("{}:{}", m.source, m.destination)
        } else {
            format!("{}:{}:{opts}", m.source, m.destination)
        };
        binds.push(src);
        let mut rw = true;
        let (mut prop, mut mode, mut other) = (String::new(), String::new(), vec![]);
        for o in &m.options {
            match o.as_str() {
                "ro" => rw = false,
                "rw" => {}
                p if PROPAGATIONS.contains(&p) => prop = p.to_string(),
                "z" | "Z" => mode = o.clone(),
                _ => other.push(o.clone()),
            }
        }
        let mut v = json!({
            "Type": m.kind.as_str(),
            "Source": if m.kind == MountKind::Volume { volume_path(&m.source) } else { m.source.clone() },
            "Destination": m.destination,
            "Driver": if m.kind == MountKind::Volume { "local" } else { "" },
            "Mode": mode,
            "Options": other,
            "RW": rw,
            "Propagation": prop,
        });
        if m.kind == MountKind::Volume {
            v["Name"] = json!(m.source);
        }
        mounts.push(v);
    }
    (json!(mounts), json!(binds), Value::Object(tmpfs))
}

/// `ps`'s Mounts: the destinations of the user's mounts.
pub fn mount_destinations(mounts: &[MountSpec]) -> Vec<String> {
    mounts
        .iter()
        .filter(|m| !m.from_image)
        .map(|m| m.destination.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn clean() {
        assert_eq!(clean_path("/a//b/./c/"), "/a/b/c");
        assert_eq!(clean_path("/a/../../b"), "/b");
        assert_eq!(clean_path("a/../.."), "..");
        assert_eq!(clean_path("/"), "/");
    }

    #[test]
    fn volume_flag() {
        let m = parse_volume("/tmp:/d:ro,z").unwrap();
        assert_eq!(
            (m.kind, m.source.as_str(), m.destination.as_str()),
            (MountKind::Bind, "/tmp", "/d")
        );
        assert_eq!(m.options, opts(&["ro", "z"]));
        let m = parse_volume("data:/d/").unwrap();
        assert_eq!(
            (m.kind, m.source.as_str(), m.destination.as_str()),
            (MountKind::Volume, "data", "/d")
        );
        let m = parse_volume("/anon").unwrap();
        assert_eq!(
            (m.kind, m.source.as_str(), m.destination.as_str()),
            (MountKind::Volume, "", "/anon")
        );
        let e = |s: &str| parse_volume(s).unwrap_err().to_string();
        assert_eq!(
            e("a:b:c:d"),
            "a:b:c:d: incorrect volume format, should be [host-dir:]ctr-dir[:option]"
        );
        assert_eq!(
            e("/tmp:d"),
            "invalid container path \"d\", must be an absolute path"
        );
        assert_eq!(e(":/d"), "host directory cannot be empty");
        assert_eq!(e("/tmp:/d:bogus"), "invalid option type \"bogus\"");
        assert_eq!(
            e("/tmp:/d:ro,rw"),
            "invalid options \"ro, rw\", can only specify 1 'rw' or 'ro' option"
        );
        assert!(e("rel/path:/d").contains("names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*"));
        assert!(e("/tmp:/d:O").contains("overlay volumes"));
        assert!(e("/tmp:/d:idmap").contains("idmapped"));
        assert!(e("./surely-missing-dir:/d").starts_with("lstat surely-missing-dir: no such file"));
    }

    #[test]
    fn mount_flag() {
        let m = parse_mount("type=bind,src=/tmp,dst=/d,readonly,bind-propagation=rshared").unwrap();
        assert_eq!(
            (m.kind, m.source.as_str(), m.destination.as_str()),
            (MountKind::Bind, "/tmp", "/d")
        );
        assert_eq!(m.options, opts(&["ro", "rshared"]));
        let m = parse_mount("type=bind,target=/tmp,ro=false").unwrap();
        assert_eq!((m.source.as_str(), m.options.len()), ("/tmp", 0));
        let m =
            parse_mount("type=tmpfs,target=/t,tmpfs-size=1m,tmpfs-mode=700,notmpcopyup").unwrap();
        assert_eq!(m.options, opts(&["size=1m", "mode=700", "notmpcopyup"]));
        let m = parse_mount("type=volume,source=v1,target=/v,ro").unwrap();
        assert_eq!((m.kind, m.source.as_str()), (MountKind::Volume, "v1"));
        let m = parse_mount("type=devpts,destination=/dev/pts2,uid=5").unwrap();
        assert_eq!(m.options, opts(&["uid=5"]));
        let m = parse_mount("type=bind,\"src=/tmp\",target=/x,relabel=private,U").unwrap();
        assert_eq!(m.options, opts(&["Z", "U"]));
        let e = |s: &str| parse_mount(s).unwrap_err().to_string();
        assert_eq!(e("src=/tmp,target=/d"), INVALID_SYNTAX);
        assert_eq!(e("type=foo,target=/d"), "invalid filesystem type \"foo\"");
        assert_eq!(e("type=bind,src=/tmp"), "must set volume destination");
        assert_eq!(
            e("type=bind,target=/d,bogus"),
            "bogus: invalid mount option"
        );
        assert_eq!(
            e("type=bind,target"),
            "target: must provide an argument for option"
        );
        assert_eq!(
            e("type=tmpfs,target=/d,src=/x"),
            "source is not supported with tmpfs mounts"
        );
        assert_eq!(
            e("type=tmpfs,target=/d,readonly"),
            "readonly: invalid mount option"
        );
        assert_eq!(e("type=bind,target=/d,ro,rw"), "cannot pass 'readonly', 'ro', or 'rw' options more than once: must provide an argument for option");
        assert_eq!(
            e("type=bind,target=/d,bind-propagation=foo"),
            "invalid option type \"foo\""
        );
        assert_eq!(
            e("type=bind,target=/d,relabel=x"),
            "relabel mount option must be 'private' or 'shared': invalid mount option"
        );
        assert_eq!(e("type=bind,target=/d,U=maybe"), "'U' or 'chown' must be set to true or false, instead received \"maybe\": must provide an argument for option");
        assert!(e("type=image,src=x,target=/d").contains("not supported"));
    }

    #[test]
    fn completed_options() {
        // a bind on a plain directory: podman's rw, rprivate, rbind; /dev's tmpfs adds nosuid
        let o = process_options(&[], false, Some("/")).unwrap();
        assert_eq!(&o[..2], &opts(&["rw", "rprivate"])[..]);
        assert_eq!(o.last().unwrap(), "rbind");
        let o = process_options(&opts(&["ro", "shared", "bind"]), false, Some("/")).unwrap();
        assert_eq!(&o[..3], &opts(&["ro", "shared", "bind"])[..]);
        let o = process_options(&opts(&["size=1m"]), true, None).unwrap();
        assert_eq!(
            o,
            opts(&["size=1m", "rw", "rprivate", "nosuid", "nodev", "tmpcopyup"])
        );
        let o = process_options(&opts(&["notmpcopyup", "noexec"]), true, None).unwrap();
        assert_eq!(o, opts(&["noexec", "rw", "rprivate", "nosuid", "nodev"]));
        let e = |o: &[&str], t: bool, s: Option<&str>| {
            process_options(&opts(o), t, s).unwrap_err().to_string()
        };
        assert_eq!(
            e(&[], false, Some("/surely/missing")),
            "statfs /surely/missing: no such file or directory"
        );
        assert_eq!(
            e(&["size=1m"], false, Some("/")),
            "the 'size' option is only allowed with tmpfs mounts: invalid mount option"
        );
        assert_eq!(
            e(&["z"], true, None),
            "the 'z' and 'Z' options are not allowed with tmpfs mounts: invalid mount option"
        );
        assert_eq!(
            e(&["bogus"], true, None),
            "unknown mount option \"bogus\": invalid mount option"
        );
        assert_eq!(
            e(&["ro", "rw"], true, None),
            "only one of 'rw' and 'ro' can be used: duplicate mount option passed"
        );
    }

    #[test]
    fn unify() {
        let o = MountOptions {
            volumes: opts(&["/tmp:/d", "/tmp:/d"]),
            mounts: opts(&["type=tmpfs,target=/t"]),
            tmpfs: opts(&["/t", "/u:size=1m"]),
            image_volume: Some("tmpfs".into()),
            volumes_from: vec![],
        };
        let all = container_mounts(&o, &opts(&["/u", "/var/data/"]), vec![]).unwrap();
        let dests: Vec<_> = all
            .iter()
            .map(|m| (m.destination.as_str(), m.from_image))
            .collect();
        assert_eq!(
            dests,
            vec![
                ("/d", false),
                ("/t", false),
                ("/u", false),
                ("/var/data", true)
            ]
        );
        let dup = MountOptions {
            volumes: opts(&["/tmp:/d"]),
            tmpfs: opts(&["/d"]),
            ..Default::default()
        };
        assert_eq!(
            container_mounts(&dup, &[], vec![]).unwrap_err().to_string(),
            "/d: duplicate mount destination"
        );
        let dup = MountOptions {
            mounts: opts(&["type=tmpfs,target=/d", "type=tmpfs,target=/d"]),
            ..Default::default()
        };
        assert!(container_mounts(&dup, &[], vec![]).is_err());
        assert!(image_volume_mode(Some("bogus")).is_err());
        assert_eq!(parse_volumes_from("c1").unwrap(), ("c1".into(), None));
        assert_eq!(
            parse_volumes_from("c1:ro,z").unwrap().1,
            Some(opts(&["ro", "z"]))
        );
        assert!(parse_volumes_from("c1:ro,rw").is_err());
        assert!(parse_volumes_from("c1:nosuid").is_err());
        let bind = parse_volume("/tmp:/d").unwrap();
        let tmpfs = parse_tmpfs("/t").unwrap();
        let from = mounts_from(&[bind, tmpfs], Some(&opts(&["ro"]))).unwrap();
        assert_eq!(from.len(), 1);
        assert_eq!(from[0].options[0], "ro");
        let v = container_mounts(
            &MountOptions {
                volumes: opts(&["v:/v"]),
                ..Default::default()
            },
            &["/data".to_string()],
            vec![],
        )
        .unwrap();
        assert_eq!((v[0].kind, v[0].source.as_str()), (MountKind::Volume, "v"));
        // the image's VOLUME: an anonymous volume by default
        assert_eq!((v[1].kind, v[1].source.as_str()), (MountKind::Volume, ""));
        assert!(v[1].from_image);
    }
}
