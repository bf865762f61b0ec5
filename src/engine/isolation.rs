//! run/create's isolation options, as podman takes them: the pid, ipc, uts and cgroup
//! namespaces (host, private, container:NAME, ns:PATH), the user namespace (--userns,
//! --uidmap/--gidmap, --subuidname/--subgidname), a read-only rootfs, namespaced sysctls,
//! /dev/shm's size, the OOM score, the personality, added groups, chroot dirs, the seccomp
//! policy, an init binary and a rootfs directory. Checked here into the record's
//! [`ContainerIsolation`]; `spec.rs` turns that into the runtime spec (`apply_*` below).

use super::error::{EngineError, Result};
use super::Engine;
use crate::store::{ContainerIsolation, IdMapping, NsMode};
use std::collections::BTreeMap;
use std::path::Path;

/// The isolation flags as given.
#[derive(Debug, Clone, Default)]
pub struct IsolationOptions {
    pub pid: Option<String>,
    pub ipc: Option<String>,
    pub uts: Option<String>,
    pub cgroupns: Option<String>,
    pub userns: Option<String>,
    pub uidmap: Vec<String>,
    pub gidmap: Vec<String>,
    pub subuidname: Option<String>,
    pub subgidname: Option<String>,
    pub read_only: bool,
    pub read_only_tmpfs: bool,
    pub sysctl: Vec<String>,
    pub shm_size: Option<String>,
    pub oom_score_adj: Option<i32>,
    pub personality: Option<String>,
    pub group_add: Vec<String>,
    pub chrootdirs: Vec<String>,
    pub seccomp_policy: String,
    pub init_path: Option<String>,
    /// the IMAGE argument is a root filesystem directory (DIR or DIR:O)
    pub rootfs: bool,
}

/// podman's namespaced sysctls (pkg/util ValidateSysctls), with the namespace each is in.
const IPC_SYSCTLS: &[&str] = &[
    "kernel.msgmax",
    "kernel.msgmnb",
    "kernel.msgmni",
    "kernel.sem",
    "kernel.shmall",
    "kernel.shmmax",
    "kernel.shmmni",
    "kernel.shm_rmid_forced",
];
const UTS_SYSCTLS: &[&str] = &["kernel.domainname", "kernel.hostname"];

/// A namespace flag's value: `host`, `private`, `container:NAME`, `ns:PATH` (and for ipc
/// `none`, `shareable`); `what` is the flag's name.
fn ns_mode(what: &str, v: Option<&str>, allowed_extra: &[&str]) -> Result<NsModeGiven> {
    let Some(v) = v.filter(|v| !v.is_empty()) else {
        return Ok(NsModeGiven::Mode(NsMode::Private));
    };
    Ok(match v {
        "host" => NsModeGiven::Mode(NsMode::Host),
        "private" => NsModeGiven::Mode(NsMode::Private),
        "shareable" if allowed_extra.contains(&"shareable") => NsModeGiven::Mode(NsMode::Private),
        "none" if allowed_extra.contains(&"none") => NsModeGiven::Mode(NsMode::None),
        _ => match v.split_once(':') {
            Some(("container", c)) if !c.is_empty() => NsModeGiven::Container(c.to_string()),
            Some(("ns", p)) if !p.is_empty() => {
                if !Path::new(p).exists() {
                    return Err(EngineError::invalid(format!(
                        "--{what} ns:{p}: cannot find specified namespace path: no such file or directory"
                    )));
                }
                NsModeGiven::Mode(NsMode::Path(p.to_string()))
            }
            _ => {
                return Err(EngineError::invalid(format!(
                    "unrecognized namespace mode {v} passed to --{what}"
                )))
            }
        },
    })
}

enum NsModeGiven {
    Mode(NsMode),
    /// container:NAME, not yet looked up
    Container(String),
}

/// `CONTAINER:HOST:SIZE` lines of --uidmap/--gidmap.
pub fn parse_idmap(flag: &str, list: &[String]) -> Result<Vec<IdMapping>> {
    list.iter()
        .map(|s| {
            let f: Vec<&str> = s.split(':').collect();
            let n: Vec<u32> = f.iter().filter_map(|x| x.parse().ok()).collect();
            if f.len() != 3 || n.len() != 3 || n[2] == 0 {
                return Err(EngineError::invalid(format!(
                    "invalid --{flag} \"{s}\": use CONTAINER_ID:HOST_ID:SIZE, e.g. 0:100000:65536"
                )));
            }
            Ok(IdMapping {
                container: n[0],
                host: n[1],
                size: n[2],
            })
        })
        .collect()
}

/// The uid and gid maps of this process's user namespace (rootless: rcon's own).
fn own_maps() -> (Vec<IdMapping>, Vec<IdMapping>) {
    let read = |f: &str| -> Vec<IdMapping> {
        std::fs::read_to_string(f)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| {
                let n: Vec<u32> = l
                    .split_whitespace()
                    .filter_map(|x| x.parse().ok())
                    .collect();
                (n.len() == 3).then(|| IdMapping {
                    container: n[0],
                    host: n[1],
                    size: n[2],
                })
            })
            .collect()
    };
    (read("/proc/self/uid_map"), read("/proc/self/gid_map"))
}

/// How many ids a map covers from 0 (rootless: the user's own and the subordinate ones).
fn mapped_count(map: &[IdMapping]) -> u32 {
    map.iter()
        .map(|m| m.container.saturating_add(m.size))
        .max()
        .unwrap_or(0)
}

/// keep-id: the user's own id (0 of rcon's namespace) as itself inside; the others around it.
fn keep_id_map(own: u32, total: u32) -> Vec<IdMapping> {
    let mut v = vec![];
    if own > 0 {
        v.push(IdMapping {
            container: 0,
            host: 1,
            size: own.min(total.saturating_sub(1)),
        });
    }
    v.push(IdMapping {
        container: own,
        host: 0,
        size: 1,
    });
    if total > own + 1 {
        v.push(IdMapping {
            container: own + 1,
            host: own + 1,
            size: total - own - 1,
        });
    }
    v.retain(|m| m.size > 0);
    v
}

/// The first range of `name` in an /etc/subuid-style file.
fn subid_range(file: &str, name: &str) -> Result<IdMapping> {
    let data = std::fs::read_to_string(file).unwrap_or_default();
    data.lines()
        .find_map(|l| {
            let f: Vec<&str> = l.trim().split(':').collect();
            (f.len() == 3 && f[0] == name).then_some(())?;
            Some(IdMapping {
                container: 0,
                host: f[1].parse().ok()?,
                size: f[2].parse().ok()?,
            })
        })
        .ok_or_else(|| {
            EngineError::invalid(format!(
                "cannot find mappings for user \"{name}\" in {file}"
            ))
        })
}

/// podman's sysctl checks: namespaced ones only, and not in a namespace shared with the host.
fn sysctls(
    list: &[String],
    network: &str,
    x: &ContainerIsolation,
) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for s in list {
        let Some((k, v)) = s.split_once('=').filter(|(k, _)| !k.is_empty()) else {
            return Err(EngineError::invalid(format!(
                "'{s}' is invalid, extra spaces found or not in the key=value format"
            )));
        };
        let (host, what) = if k.starts_with("net.") {
            (network == "host", "Network")
        } else if IPC_SYSCTLS.contains(&k) || k.starts_with("fs.mqueue.") {
            (x.ipc == NsMode::Host, "IPC")
        } else if UTS_SYSCTLS.contains(&k) {
            (x.uts == NsMode::Host, "UTS")
        } else {
            return Err(EngineError::invalid(format!("sysctl '{k}' is not allowed")));
        };
        if host {
            return Err(EngineError::invalid(format!(
                "sysctl {k} can't be set since {what} Namespace set to host: invalid argument"
            )));
        }
        out.insert(k.to_string(), v.to_string());
    }
    Ok(out)
}

impl Engine {
    /// The isolation options checked into what the record keeps; `hostname_given`: -h/--hostname.
    pub fn container_isolation(
        &self,
        o: &IsolationOptions,
        network: &str,
        hostname_given: bool,
    ) -> Result<ContainerIsolation> {
        let ns = |what: &str, v: &Option<String>, extra: &[&str]| -> Result<NsMode> {
            match ns_mode(what, v.as_deref(), extra)? {
                NsModeGiven::Mode(m) => Ok(m),
                NsModeGiven::Container(c) => Ok(NsMode::Container(self.container(&c)?.id)),
            }
        };
        let mut x = ContainerIsolation {
            pid: ns("pid", &o.pid, &[])?,
            ipc: ns("ipc", &o.ipc, &["none", "shareable"])?,
            uts: ns("uts", &o.uts, &[])?,
            cgroupns: ns("cgroupns", &o.cgroupns, &[])?,
            read_only: o.read_only,
            read_only_tmpfs: o.read_only_tmpfs,
            oom_score_adj: o.oom_score_adj,
            ..Default::default()
        };
        if hostname_given && !x.uts.is_private() {
            return Err(EngineError::invalid(if x.uts == NsMode::Host {
                "cannot set hostname when running in the host UTS namespace: invalid configuration"
            } else {
                "cannot set hostname when joining the UTS namespace of another container: invalid configuration"
            }));
        }
        x.sysctls = sysctls(&o.sysctl, network, &x)?;
        if let Some(s) = &o.shm_size {
            x.shm_size = super::parse_size(s).filter(|n| *n > 0).ok_or_else(|| {
                EngineError::invalid(format!(
                    "invalid --shm-size \"{s}\": use <number>[<unit>], where unit = b, k, m or g"
                ))
            })?;
        }
        if let Some(n) = o.oom_score_adj {
            if !(-1000..=1000).contains(&n) {
                return Err(EngineError::invalid(format!(
                    "oom_score_adj {n} out of range: it must be between -1000 and 1000"
                )));
            }
        }
        x.personality = match o.personality.as_deref() {
            None | Some("") => String::new(),
            Some(p) if p.eq_ignore_ascii_case("linux") => "LINUX".into(),
            Some(p) if p.eq_ignore_ascii_case("linux32") => "LINUX32".into(),
            Some(p) => {
                return Err(EngineError::invalid(format!(
                    "invalid --personality \"{p}\": use LINUX or LINUX32"
                )))
            }
        };
        self.group_add(&o.group_add, &mut x)?;
        for d in &o.chrootdirs {
            if !d.starts_with('/') {
                return Err(EngineError::invalid(format!(
                    "invalid --chrootdirs \"{d}\": it must be an absolute path in the container"
                )));
            }
            x.chrootdirs.push(d.clone());
        }
        if let Some(p) = o.init_path.as_deref().filter(|p| !p.is_empty()) {
            let abs = std::fs::canonicalize(p)
                .map_err(|e| EngineError::invalid(format!("--init-path {p}: {e}")))?;
            x.init_path = abs.to_string_lossy().into_owned();
        }
        self.user_namespace(o, &mut x)?;
        Ok(x)
    }

    fn group_add(&self, list: &[String], x: &mut ContainerIsolation) -> Result<()> {
        for g in list {
            if g == "keep-groups" {
                if list.len() > 1 {
                    return Err(EngineError::invalid(
                        "the '--group-add keep-groups' option is not allowed with any other --group-add options",
                    ));
                }
                if !self.paths.rootless {
                    return Err(EngineError::invalid(
                        "the '--group-add keep-groups' option is only meaningful rootless: root's containers get no supplementary groups of the caller",
                    ));
                }
                x.keep_groups = true;
            } else if g.is_empty() || g.contains([':', ',']) {
                return Err(EngineError::invalid(format!(
                    "invalid --group-add \"{g}\": give a group name or gid"
                )));
            } else {
                x.group_add.push(g.clone());
            }
        }
        Ok(())
    }

    /// --userns, --uidmap/--gidmap, --subuidname/--subgidname: the maps of the container's own
    /// user namespace, if it gets one.
    fn user_namespace(&self, o: &IsolationOptions, x: &mut ContainerIsolation) -> Result<()> {
        let rootless = self.paths.rootless;
        let mode = o.userns.clone().unwrap_or_default();
        let maps_given = !o.uidmap.is_empty() || !o.gidmap.is_empty();
        let sub_given = o.subuidname.is_some() || o.subgidname.is_some();
        if (maps_given || sub_given) && !matches!(mode.as_str(), "" | "host") {
            return Err(EngineError::invalid(format!(
                "--userns={mode} cannot be combined with --uidmap, --gidmap, --subuidname or --subgidname"
            )));
        }
        if maps_given && sub_given {
            return Err(EngineError::invalid(
                "--uidmap/--gidmap cannot be combined with --subuidname/--subgidname",
            ));
        }
        x.userns = mode.clone();
        let (own_uid, own_gid) = own_maps();
        if maps_given {
            let u = parse_idmap("uidmap", &o.uidmap)?;
            let g = parse_idmap("gidmap", &o.gidmap)?;
            x.uid_map = if u.is_empty() { g.clone() } else { u };
            x.gid_map = if g.is_empty() { x.uid_map.clone() } else { g };
        } else if sub_given {
            let un = o
                .subuidname
                .clone()
                .or(o.subgidname.clone())
                .unwrap_or_default();
            let gn = o.subgidname.clone().unwrap_or_else(|| un.clone());
            x.uid_map = vec![subid_range("/etc/subuid", &un)?];
            x.gid_map = vec![subid_range("/etc/subgid", &gn)?];
        } else {
            let (kind, opts) = mode.split_once(':').unwrap_or((mode.as_str(), ""));
            match kind {
                "" | "host" => {}
                "keep-id" | "nomap" if !rootless => {
                    return Err(EngineError::invalid(format!(
                        "{kind} is only supported in rootless mode"
                    )))
                }
                "keep-id" => {
                    if !opts.is_empty() {
                        return Err(EngineError::unsupported(format!(
                            "--userns keep-id options ({opts}) are not available yet: use --userns keep-id"
                        )));
                    }
                    let (uid, gid) = (host_id(&own_uid), host_id(&own_gid));
                    x.uid_map = keep_id_map(uid, mapped_count(&own_uid));
                    x.gid_map = keep_id_map(gid, mapped_count(&own_gid));
                }
                "nomap" => {
                    x.uid_map = vec![IdMapping { container: 0, host: 1, size: mapped_count(&own_uid).saturating_sub(1) }];
                    x.gid_map = vec![IdMapping { container: 0, host: 1, size: mapped_count(&own_gid).saturating_sub(1) }];
                    if x.uid_map[0].size == 0 || x.gid_map[0].size == 0 {
                        return Err(EngineError::invalid("--userns nomap needs subordinate ids: add ranges to /etc/subuid and /etc/subgid"));
                    }
                }
                "auto" | "private" => {
                    let size = auto_size(opts)?;
                    let (u, g) = self.auto_range(size, &own_uid, &own_gid)?;
                    x.uid_map = vec![u];
                    x.gid_map = vec![g];
                }
                "ns" | "container" if !opts.is_empty() => {
                    return Err(EngineError::unsupported(format!(
                        "--userns {mode} is not available yet: rcon makes the user namespace of a container itself"
                    )))
                }
                _ => {
                    return Err(EngineError::invalid(format!(
                        "unrecognized namespace mode {mode} passed to --userns"
                    )))
                }
            }
        }
        if !x.uid_map.is_empty() {
            check_within(&x.uid_map, &own_uid, "uid", rootless)?;
            check_within(&x.gid_map, &own_gid, "gid", rootless)?;
        }
        Ok(())
    }

    /// --userns auto: a block of `size` ids not used by another container's auto block; as
    /// root from the "containers" ranges of /etc/subuid and /etc/subgid (as podman), rootless
    /// from rcon's own subordinate ids.
    fn auto_range(
        &self,
        size: u32,
        own_uid: &[IdMapping],
        own_gid: &[IdMapping],
    ) -> Result<(IdMapping, IdMapping)> {
        let (ur, gr) = if self.paths.rootless {
            let n = mapped_count(own_uid).min(mapped_count(own_gid));
            let r = IdMapping {
                container: 0,
                host: 1,
                size: n.saturating_sub(1),
            };
            (r, r)
        } else {
            (
                subid_range("/etc/subuid", "containers")?,
                subid_range("/etc/subgid", "containers")?,
            )
        };
        let used: Vec<u32> = self
            .containers
            .list()
            .unwrap_or_default()
            .iter()
            .filter(|r| r.config.isolation.userns.starts_with("auto"))
            .filter_map(|r| r.config.isolation.uid_map.first().map(|m| m.host))
            .collect();
        let mut off = 0u32;
        while off.saturating_add(size) <= ur.size.min(gr.size) {
            if !used.contains(&(ur.host + off)) {
                return Ok((
                    IdMapping {
                        container: 0,
                        host: ur.host + off,
                        size,
                    },
                    IdMapping {
                        container: 0,
                        host: gr.host + off,
                        size,
                    },
                ));
            }
            off += size;
        }
        Err(EngineError::failed(format!(
            "--userns auto: no free range of {size} ids left in the subordinate ids"
        )))
    }
}

/// `auto:size=N` (podman's default without it: 1024 at least).
fn auto_size(opts: &str) -> Result<u32> {
    let mut size = 1024;
    for o in opts.split(',').filter(|o| !o.is_empty()) {
        match o.split_once('=') {
            Some(("size", n)) => {
                size = n.parse().ok().filter(|n| *n > 0).ok_or_else(|| {
                    EngineError::invalid(format!("invalid --userns auto option {o}"))
                })?
            }
            _ => {
                return Err(EngineError::unsupported(format!(
                    "--userns auto option {o} is not available: rcon knows size=N"
                )))
            }
        }
    }
    Ok(size)
}

/// The host id that 0 of this namespace is (rootless: the user's own uid).
fn host_id(map: &[IdMapping]) -> u32 {
    map.iter()
        .find(|m| m.container == 0)
        .map(|m| m.host)
        .unwrap_or(0)
}

/// Rootless, a map may only name ids of rcon's namespace (the user's and the subordinate ones).
fn check_within(map: &[IdMapping], own: &[IdMapping], what: &str, rootless: bool) -> Result<()> {
    let total = mapped_count(own);
    for m in map {
        if rootless && m.host.saturating_add(m.size) > total {
            return Err(EngineError::invalid(format!(
                "the {what} map {}:{}:{} names ids past the {total} this user may map (0 is your own {what}, 1-{} your subordinate ids)",
                m.container, m.host, m.size, total.saturating_sub(1)
            )));
        }
    }
    Ok(())
}

/// --rootfs's IMAGE argument: an absolute directory, with `:O` for an overlay over it.
pub fn rootfs_dir(arg: &str) -> Result<(String, bool)> {
    let (dir, overlay) = match arg.strip_suffix(":O") {
        Some(d) => (d, true),
        None => (arg, false),
    };
    let abs = std::fs::canonicalize(dir)
        .map_err(|e| EngineError::invalid(format!("--rootfs {dir}: {e}")))?;
    if !abs.is_dir() {
        return Err(EngineError::invalid(format!(
            "--rootfs {dir}: not a directory"
        )));
    }
    if abs == Path::new("/") {
        return Err(EngineError::invalid(
            "--rootfs /: the host's root cannot be a container's",
        ));
    }
    Ok((abs.to_string_lossy().into_owned(), overlay))
}

/// --seccomp-policy: `default` keeps the default profile; `image` takes the profile in the
/// image's io.containers.seccomp.profile label, where it has one.
pub fn image_seccomp(policy: &str, image_config: &serde_json::Value) -> Result<Option<String>> {
    match policy {
        "" | "default" => Ok(None),
        "image" => {
            let Some(profile) = image_config["Labels"]["io.containers.seccomp.profile"].as_str()
            else {
                return Ok(None);
            };
            crate::runtime::seccomp::load_profile_with_caps(profile.as_bytes(), &[])
                .map_err(|e| EngineError::invalid(format!("the image's seccomp profile: {e}")))?;
            Ok(Some(profile.to_string()))
        }
        p => Err(EngineError::invalid(format!(
            "invalid seccomp policy \"{p}\": valid policies are [\"default\" \"image\"]"
        ))),
    }
}

impl Engine {
    /// The image of `o`, pulled if its policy says so; none with --rootfs.
    pub fn image_unless_rootfs(
        &self,
        o: &super::create::CreateOptions,
    ) -> Result<Option<crate::image::ImageRecord>> {
        if o.isolation.rootfs {
            return Ok(None);
        }
        Ok(Some(self.image_for_run(&o.image, o.pull, &o.pull_opts)?))
    }

    /// The hostname a container sees in a UTS namespace not its own: the host's, or that of
    /// the container whose namespace it joins.
    pub fn joined_hostname(&self, uts: &NsMode) -> String {
        if let NsMode::Container(id) = uts {
            if let Ok(rec) = self.containers.load(id) {
                return rec.config.hostname;
            }
        }
        nix::unistd::gethostname()
            .ok()
            .and_then(|h| h.into_string().ok())
            .unwrap_or_default()
    }
}

fn mode_name(m: &NsMode, private: &str) -> String {
    match m {
        NsMode::Private => private.to_string(),
        NsMode::Host => "host".to_string(),
        NsMode::None => "none".to_string(),
        NsMode::Container(id) => format!("container:{id}"),
        NsMode::Path(p) => format!("ns:{p}"),
    }
}

/// inspect's HostConfig fields of the isolation options, as podman names them.
pub fn inspect_host_config(x: &ContainerIsolation) -> serde_json::Value {
    let maps = |m: &[IdMapping]| {
        m.iter()
            .map(|m| format!("{}:{}:{}", m.container, m.host, m.size))
            .collect::<Vec<_>>()
    };
    serde_json::json!({
        "PidMode": mode_name(&x.pid, "private"),
        "IpcMode": mode_name(&x.ipc, "shareable"),
        "UTSMode": mode_name(&x.uts, "private"),
        "CgroupnsMode": mode_name(&x.cgroupns, "private"),
        "UsernsMode": x.userns,
        "IDMappings": {"UidMap": maps(&x.uid_map), "GidMap": maps(&x.gid_map)},
        "ReadonlyRootfs": x.read_only,
        "ReadOnlyTmpfs": x.read_only_tmpfs,
        "Sysctls": x.sysctls,
        "ShmSize": if x.shm_size > 0 { x.shm_size } else { 65536 * 1024 },
        "OomScoreAdj": x.oom_score_adj.unwrap_or(0),
        "Personality": x.personality,
        "GroupAdd": if x.keep_groups { vec!["keep-groups".to_string()] } else { x.group_add.clone() },
        "ChrootDirs": x.chrootdirs,
        "InitPath": x.init_path,
    })
}

impl Engine {
    /// Rootless: the pid of a running container whose namespaces a container started now
    /// joins (the references given, or those recorded by `started`). Each rcon invocation
    /// makes its own user namespace, which owns the namespaces it creates; the one that joins
    /// must run in that container's user namespace instead.
    pub fn rootless_ns_owner(&self, refs: &[String], started: &[String]) -> Option<i32> {
        let mut ids: Vec<String> = refs
            .iter()
            .filter_map(|r| self.container(r).ok().map(|c| c.id))
            .collect();
        for s in started {
            if let Ok(rec) = self.container(s) {
                ids.extend(rec.config.isolation.joined_containers());
            }
        }
        ids.iter().find_map(|id| {
            let rec = self.containers.load(id).ok()?;
            (super::lifecycle::effective_status(&rec).0 == crate::store::ContainerStatus::Running
                && rec.state.pid > 0)
                .then_some(rec.state.pid)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idmaps() {
        let m = parse_idmap("uidmap", &["0:100000:65536".into()]).unwrap();
        assert_eq!(
            m,
            vec![IdMapping {
                container: 0,
                host: 100000,
                size: 65536
            }]
        );
        assert!(parse_idmap("uidmap", &["0:1".into()]).is_err());
        assert!(parse_idmap("uidmap", &["0:1:0".into()]).is_err());
        let k = keep_id_map(1000, 65537);
        assert_eq!(
            k,
            vec![
                IdMapping {
                    container: 0,
                    host: 1,
                    size: 1000
                },
                IdMapping {
                    container: 1000,
                    host: 0,
                    size: 1
                },
                IdMapping {
                    container: 1001,
                    host: 1001,
                    size: 64536
                },
            ]
        );
    }

    #[test]
    fn sysctl_rules() {
        let x = ContainerIsolation::default();
        assert!(sysctls(&["net.ipv4.ip_forward=1".into()], "none", &x).is_ok());
        assert!(sysctls(&["net.ipv4.ip_forward=1".into()], "host", &x).is_err());
        assert!(sysctls(
            &["kernel.shmmax=1".into(), "fs.mqueue.msg_max=9".into()],
            "none",
            &x
        )
        .is_ok());
        assert!(sysctls(&["kernel.panic=1".into()], "none", &x).is_err());
        assert!(sysctls(&["vm.swappiness".into()], "none", &x).is_err());
    }
}
