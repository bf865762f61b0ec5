//! `create` (and the first half of `run`): resolve the image, decide the process, build the
//! OCI spec, reserve the name and write the record. Nothing runs yet.

use super::error::{Context, EngineError, Result};
use super::{parse_signal, parse_size, Engine};
use crate::image::{random_hex, ImageRecord};
use crate::runtime::caps::DEFAULT_CAPS;
use crate::store::{ContainerConfig, ContainerRecord, ContainerState};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Default)]
pub struct CreateOptions {
    pub image: String,
    pub command: Vec<String>,
    pub name: Option<String>,
    pub env: Vec<String>,
    pub env_files: Vec<PathBuf>,
    pub workdir: Option<String>,
    pub user: Option<String>,
    pub entrypoint: Option<String>,
    pub hostname: Option<String>,
    pub labels: Vec<String>,
    pub init: bool,
    pub network: Option<String>,
    pub log_opts: Vec<String>,
    pub log_driver: Option<String>,
    pub tty: bool,
    pub interactive: bool,
    pub rm: bool,
    pub ulimits: Vec<String>,
    pub stop_signal: Option<String>,
    pub stop_timeout: Option<u32>,
    pub cap_add: Vec<String>,
    pub cap_drop: Vec<String>,
    pub security_opt: Vec<String>,
    /// all capabilities, no seccomp filter, masked paths nor device rules
    pub privileged: bool,
    /// when to pull the image (`--pull`), and how
    pub pull: super::pull::PullPolicy,
    pub pull_opts: super::pull::PullOptions,
    /// annotations, attached streams, environment defaults, label files, time zone, umask,
    /// pid files, hosts and passwd entries, dependencies, time limit (`extras.rs`)
    pub extra: super::extras::ExtraOptions,
    /// namespaces, user namespace, read-only rootfs, sysctls and the like (`isolation.rs`)
    pub isolation: super::isolation::IsolationOptions,
    /// run's --preserve-fds: the caller's fds 3.. passed to the container's process
    pub preserve_fds: u32,
    /// -v, --mount, --tmpfs, --image-volume (`mounts.rs`)
    pub mounts: super::mounts::MountOptions,
}

/// A container's capabilities: those it gets, and those asked for (by default, --cap-add or
/// --privileged) that it cannot get because the caller's bounding set lacks them. As podman
/// does, those are left out rather than failing the start; the CLI says which they were.
#[derive(Debug, Clone, PartialEq)]
pub struct GrantedCaps {
    pub granted: Vec<String>,
    pub unavailable: Vec<String>,
}

impl GrantedCaps {
    fn of(wanted: &[String]) -> GrantedCaps {
        let (granted, unavailable) = crate::runtime::caps::within_bounding(wanted);
        GrantedCaps {
            granted,
            unavailable,
        }
    }
}

/// The default capabilities with --cap-add/--cap-drop applied (podman's order: drops first,
/// ALL allowed on both sides), within the caller's bounding set.
pub fn effective_caps(add: &[String], drop: &[String]) -> Result<GrantedCaps> {
    let norm = |c: &String| {
        crate::runtime::caps::normalize(c).ok_or_else(|| {
            EngineError::invalid(format!(
                "unknown capability \"{c}\": use names like NET_ADMIN or CAP_NET_ADMIN, or ALL"
            ))
        })
    };
    let add: Vec<String> = add.iter().map(norm).collect::<Result<_>>()?;
    let drop: Vec<String> = drop.iter().map(norm).collect::<Result<_>>()?;
    let mut caps: Vec<String> = if drop.iter().any(|c| c == "ALL") {
        vec![]
    } else {
        DEFAULT_CAPS
            .iter()
            .map(|s| s.to_string())
            .filter(|c| !drop.contains(c))
            .collect()
    };
    if add.iter().any(|c| c == "ALL") {
        caps = crate::runtime::caps::all_caps()
            .into_iter()
            .filter(|c| !drop.contains(c))
            .collect();
    } else {
        for c in add {
            if !caps.contains(&c) {
                caps.push(c);
            }
        }
    }
    caps.sort();
    Ok(GrantedCaps::of(&caps))
}

/// `--privileged`: every capability the caller has in its bounding set.
pub fn privileged_caps() -> GrantedCaps {
    GrantedCaps::of(&crate::runtime::caps::all_caps())
}

/// The capabilities a container created with `o` gets.
pub fn container_caps(o: &CreateOptions) -> Result<GrantedCaps> {
    if o.privileged {
        Ok(privileged_caps())
    } else {
        effective_caps(&o.cap_add, &o.cap_drop)
    }
}

/// --security-opt: (seccomp profile, no_new_privileges)
fn security_opts(opts: &[String]) -> Result<(Option<String>, bool)> {
    let mut seccomp = None;
    let mut nnp = false;
    for o in opts {
        let (k, v) = o.split_once(['=', ':']).unwrap_or((o.as_str(), ""));
        match k {
            "seccomp" if v == "unconfined" => seccomp = Some("unconfined".to_string()),
            "seccomp" if !v.is_empty() => {
                let data = fs::read_to_string(v).map_err(|e| EngineError::failed(format!("reading seccomp profile {v}: {e}")))?;
                crate::runtime::seccomp::load_profile_with_caps(data.as_bytes(), &[]).map_err(|e| EngineError::failed(format!("seccomp profile {v}: {e}")))?;
                seccomp = Some(data);
            }
            "no-new-privileges" if v.is_empty() || v == "true" => nnp = true,
            "no-new-privileges" if v == "false" => nnp = false,
            _ => return Err(EngineError::unsupported(format!("unsupported --security-opt \"{o}\": rcon knows seccomp=unconfined, seccomp=FILE and no-new-privileges"))),
        }
    }
    Ok((seccomp, nnp))
}

const ULIMITS: &[(&str, &str)] = &[
    ("core", "RLIMIT_CORE"),
    ("cpu", "RLIMIT_CPU"),
    ("data", "RLIMIT_DATA"),
    ("fsize", "RLIMIT_FSIZE"),
    ("locks", "RLIMIT_LOCKS"),
    ("memlock", "RLIMIT_MEMLOCK"),
    ("msgqueue", "RLIMIT_MSGQUEUE"),
    ("nice", "RLIMIT_NICE"),
    ("nofile", "RLIMIT_NOFILE"),
    ("nproc", "RLIMIT_NPROC"),
    ("rss", "RLIMIT_RSS"),
    ("rtprio", "RLIMIT_RTPRIO"),
    ("rttime", "RLIMIT_RTTIME"),
    ("sigpending", "RLIMIT_SIGPENDING"),
    ("stack", "RLIMIT_STACK"),
    ("as", "RLIMIT_AS"),
];

/// `nofile=1024:2048` → ("RLIMIT_NOFILE", soft, hard)
pub fn parse_ulimit(s: &str) -> Result<(String, u64, u64)> {
    let bad = || {
        EngineError::invalid(format!(
            "invalid --ulimit \"{s}\": use NAME=SOFT[:HARD], e.g. nofile=1024:2048"
        ))
    };
    let (name, vals) = s.split_once('=').ok_or_else(bad)?;
    let res = ULIMITS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, r)| *r)
        .ok_or_else(|| {
            EngineError::invalid(format!(
                "invalid --ulimit \"{s}\": unknown limit {name}; known: {}",
                ULIMITS.iter().map(|u| u.0).collect::<Vec<_>>().join(", ")
            ))
        })?;
    let num = |v: &str| -> Result<u64> {
        if v == "unlimited" || v == "-1" {
            Ok(u64::MAX)
        } else {
            v.parse().map_err(|_| bad())
        }
    };
    let (soft, hard) = match vals.split_once(':') {
        Some((a, b)) => (num(a)?, num(b)?),
        None => (num(vals)?, num(vals)?),
    };
    if soft > hard {
        return Err(EngineError::invalid(format!(
            "invalid --ulimit \"{s}\": the soft limit is above the hard limit"
        )));
    }
    Ok((res.to_string(), soft, hard))
}

/// --log-driver and --log-opt: (max size, max files) of the k8s-file log.
fn log_options(o: &CreateOptions) -> Result<(u64, u32)> {
    let mut log_max_size = 0;
    let mut log_max_file = 1;
    match o.log_driver.as_deref() {
        None | Some("k8s-file") => {}
        Some(d) => {
            return Err(EngineError::unsupported(format!(
                "log driver \"{d}\" is not supported: rcon writes k8s-file logs"
            )))
        }
    }
    for lo in &o.log_opts {
        match lo.split_once('=') {
            Some(("max-size", v)) => {
                log_max_size = parse_size(v).ok_or_else(|| {
                    EngineError::invalid(format!("invalid --log-opt {lo}: use a size like 10m"))
                })?
            }
            Some(("max-file", v)) => {
                log_max_file = v.parse::<u32>().ok().filter(|n| *n >= 1).ok_or_else(|| {
                    EngineError::invalid(format!(
                        "invalid --log-opt {lo}: use a number of files, 1 or more"
                    ))
                })?
            }
            _ => {
                return Err(EngineError::unsupported(format!(
                    "unsupported --log-opt \"{lo}\": rcon knows max-size=SIZE and max-file=N"
                )))
            }
        }
    }
    Ok((log_max_size, log_max_file))
}

/// `--entrypoint` is a JSON array or a plain string (one word, as podman).
fn parse_entrypoint(s: &str) -> Vec<String> {
    if s.trim_start().starts_with('[') {
        if let Ok(v) = serde_json::from_str::<Vec<String>>(s) {
            return v;
        }
    }
    if s.is_empty() {
        vec![]
    } else {
        vec![s.to_string()]
    }
}

fn str_list(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

impl Engine {
    /// `create`: the image (pulled if `--pull` says so), then the container.
    pub fn create(&self, o: &CreateOptions) -> Result<ContainerRecord> {
        let img = self.image_unless_rootfs(o)?;
        if o.extra.replace {
            self.replace_named(o.name.as_deref())?;
        }
        self.create_from(o, img.as_ref())
    }

    /// The container of `o` over an image already resolved: its config, its record, then
    /// its directories and spec.
    pub fn create_from(
        &self,
        o: &CreateOptions,
        img: Option<&ImageRecord>,
    ) -> Result<ContainerRecord> {
        let id = random_hex(32);
        let mut config = self.container_config(o, img, &id)?;
        let made = self.resolve_volumes(&mut config)?;
        let stored = (|| {
            let rec = ContainerRecord {
                id: id.clone(),
                name: match &o.name {
                    Some(n) => n.clone(),
                    None => self.generated_name()?,
                },
                created: chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Nanos, false),
                config,
                state: ContainerState::default(),
            };
            self.store_new_container(rec, o.name.is_none())
        })();
        if stored.is_err() {
            // the volumes made for it go with it; what cannot go is for `volume prune`
            for e in self.volumes_remove_made(&made) {
                tracing::warn!("removing a volume made for a container not created: {e}");
            }
        }
        stored
    }

    /// Write a new container's record, then its directories and spec; on a failure nothing
    /// is left. `generated_name`: a name that another create took meanwhile is replaced by
    /// another one (bounded), not an error.
    pub(super) fn store_new_container(
        &self,
        mut rec: ContainerRecord,
        generated_name: bool,
    ) -> Result<ContainerRecord> {
        let mut races = 0;
        loop {
            match self.containers.create(&rec) {
                Err(crate::store::StoreError::NameInUse { .. }) if generated_name && races < 8 => {
                    races += 1;
                    rec.name = self.generated_name()?;
                }
                r => break r?,
            }
        }
        if let Err(e) = self.prepare_container_dirs(&rec) {
            let _g = self.containers.lock(&rec.id);
            // a `rm -af` that removed it meanwhile is the cause, the error only its symptom
            if let Err(crate::store::StoreError::NoSuchContainer(_)) = self.containers.load(&rec.id)
            {
                return Err(EngineError::failed(format!(
                    "container {} was removed while it was being created",
                    super::short_id(&rec.id)
                )));
            }
            // the preparation's error is the one to report; what cannot go is for `system check`
            if let Err(cleanup) = self.containers.remove_locked(&rec) {
                tracing::warn!("removing the half-created container {}: {cleanup}", rec.id);
            }
            return Err(e);
        }
        self.container_events(&["create"], &rec);
        Ok(rec)
    }

    /// A free name for a container created without `--name`.
    fn generated_name(&self) -> Result<String> {
        super::names::generate(|n| self.containers.lookup(n).is_ok()).ok_or_else(|| {
            EngineError::failed(
                "no free container name found: give the container one with --name".to_string(),
            )
        })
    }

    /// The first step: the options over the image's config, checked, as the record keeps them
    /// (the spec is the second, `build_spec`).
    fn container_config(
        &self,
        o: &CreateOptions,
        img: Option<&ImageRecord>,
        id: &str,
    ) -> Result<ContainerConfig> {
        // after any pull: the storage probe may fork, and the pull's threads are gone by now
        let storage_driver = self.storage_driver()?;
        // --rootfs: no image, so no image defaults
        let cfg_blob: Value = match img {
            Some(img) => serde_json::from_slice(&self.images.blobs.read(&img.config_digest)?)
                .context("reading the image config")?,
            None => Value::Null,
        };
        let icfg = &cfg_blob["config"];

        // the process: entrypoint + cmd, with podman's override rules
        let entrypoint = match &o.entrypoint {
            Some(e) => parse_entrypoint(e),
            None => str_list(&icfg["Entrypoint"]),
        };
        let cmd = if !o.command.is_empty() {
            o.command.clone()
        } else if o.entrypoint.is_some() {
            vec![]
        } else {
            str_list(&icfg["Cmd"])
        };
        let args: Vec<String> = entrypoint.iter().chain(cmd.iter()).cloned().collect();
        if args.is_empty() {
            return Err(EngineError::invalid(format!("no command or entrypoint given, and image {} has none: give a command after the image", o.image)));
        }

        let env = super::env::container_env(
            str_list(&icfg["Env"]),
            &o.extra.env,
            &o.env_files,
            &o.env,
            o.tty,
        )?;
        let mut extras = self.container_extras(&o.extra)?;

        let mut labels = BTreeMap::new();
        if let Some(m) = icfg["Labels"].as_object() {
            for (k, v) in m {
                labels.insert(k.clone(), v.as_str().unwrap_or_default().to_string());
            }
        }
        let from_files = super::extras::label_file_entries(&o.extra.label_files)?;
        for l in from_files.iter().chain(&o.labels) {
            let (k, v) = l.split_once('=').unwrap_or((l.as_str(), ""));
            if k.is_empty() {
                return Err(EngineError::invalid(format!(
                    "invalid label \"{l}\": use KEY=VALUE"
                )));
            }
            labels.insert(k.to_string(), v.to_string());
        }

        let network = o.network.clone().unwrap_or_else(|| "none".into());
        match network.as_str() {
            "none" | "host" | "private" => {}
            other => {
                return Err(EngineError::unsupported(format!("network mode \"{other}\" is not supported yet: use --network none or --network host")));
            }
        }
        let network = if network == "private" {
            "none".to_string()
        } else {
            network
        };

        let mut isolation =
            self.container_isolation(&o.isolation, &network, o.hostname.is_some())?;
        if o.isolation.rootfs {
            let (dir, overlay) = super::isolation::rootfs_dir(&o.image)?;
            isolation.rootfs = dir;
            isolation.rootfs_overlay = overlay;
        }
        // a container whose namespaces it joins starts first (as podman's dependencies)
        for dep in isolation.joined_containers() {
            if !extras.requires.contains(&dep) {
                extras.requires.push(dep);
            }
        }
        let (log_max_size, log_max_file) = log_options(o)?;
        let image_volumes: Vec<String> = icfg["Volumes"]
            .as_object()
            .map(|v| v.keys().cloned().collect())
            .unwrap_or_default();
        let from = self.volumes_from(&o.mounts.volumes_from)?;
        let mounts = super::mounts::container_mounts(&o.mounts, &image_volumes, from)?;

        let ulimits = o
            .ulimits
            .iter()
            .map(|u| parse_ulimit(u))
            .collect::<Result<Vec<_>>>()?;
        let (mut seccomp, no_new_privileges) = security_opts(&o.security_opt)?;
        if seccomp.is_none() {
            seccomp = super::isolation::image_seccomp(&o.isolation.seccomp_policy, icfg)?;
        }
        if o.privileged {
            seccomp.get_or_insert_with(|| "unconfined".into());
        }
        let caps = container_caps(o)?.granted;
        let stop_signal = match o.stop_signal.as_deref().or(icfg["StopSignal"].as_str()) {
            Some(s) => parse_signal(s)?,
            None => libc::SIGTERM,
        };
        let user = o.user.clone().unwrap_or_else(|| {
            isolation
                .keep_id_user()
                .unwrap_or_else(|| icfg["User"].as_str().unwrap_or("").to_string())
        });
        let workdir = o.workdir.clone().unwrap_or_else(|| {
            icfg["WorkingDir"]
                .as_str()
                .filter(|w| !w.is_empty())
                .unwrap_or("/")
                .to_string()
        });
        if !workdir.starts_with('/') {
            return Err(EngineError::invalid(format!(
                "invalid working directory \"{workdir}\": it must be an absolute path"
            )));
        }

        let hostname = match (&o.hostname, network.as_str()) {
            (Some(h), _) => h.clone(),
            (None, _) if isolation.uts != crate::store::NsMode::Private => {
                self.joined_hostname(&isolation.uts)
            }
            (None, "host") => nix::unistd::gethostname()
                .ok()
                .and_then(|h| h.into_string().ok())
                .unwrap_or_else(|| id[..12].to_string()),
            _ => id[..12].to_string(),
        };
        if hostname.len() > 64 || hostname.contains(char::is_whitespace) {
            return Err(EngineError::invalid(format!(
                "invalid hostname \"{hostname}\""
            )));
        }
        Ok(ContainerConfig {
            image: if isolation.rootfs.is_empty() {
                o.image.clone()
            } else {
                isolation.rootfs.clone()
            },
            image_id: img.map(|i| i.id.clone()).unwrap_or_default(),
            layers: img
                .map(|i| i.layers.iter().rev().map(|l| l.chain_id.clone()).collect())
                .unwrap_or_default(),
            entrypoint,
            cmd,
            args,
            env,
            workdir,
            user,
            hostname,
            labels,
            tty: o.tty,
            interactive: o.interactive,
            auto_remove: o.rm,
            init: o.init,
            network,
            stop_signal,
            stop_timeout: o.stop_timeout.unwrap_or(10),
            log_max_size,
            log_max_file,
            ulimits,
            storage_driver,
            caps: Some(caps),
            seccomp,
            no_new_privileges,
            privileged: o.privileged,
            extras,
            isolation,
            mounts,
            image_volume: super::mounts::image_volume_mode(o.mounts.image_volume.as_deref())?,
            volumes: vec![],
        })
    }

    /// --volumes-from: the binds and volumes of the containers named, later ones over
    /// earlier ones at the same place.
    fn volumes_from(&self, specs: &[String]) -> Result<Vec<crate::store::MountSpec>> {
        let mut out: Vec<crate::store::MountSpec> = vec![];
        for s in specs {
            let (name, opts) = super::mounts::parse_volumes_from(s)?;
            let other = self.container(&name).map_err(|e| {
                EngineError::not_found(format!(
                    "looking up container \"{name}\" for volumes-from: {e}"
                ))
            })?;
            for m in super::mounts::mounts_from(&other.config.mounts, opts.as_deref())? {
                out.retain(|x| x.destination != m.destination);
                out.push(m);
            }
        }
        Ok(out)
    }

    fn prepare_container_dirs(&self, rec: &ContainerRecord) -> Result<()> {
        let dir = self.paths.container_dir(&rec.id);
        let x = &rec.config.isolation;
        let dirs: &[&str] = if !x.rootfs.is_empty() && !x.rootfs_overlay {
            &[]
        } else if rec.config.is_vfs() && x.rootfs.is_empty() {
            &["rootfs"]
        } else {
            &["upper", "work"]
        };
        for d in dirs {
            fs::create_dir_all(dir.join(d))
                .with_context(|| format!("creating {}", dir.join(d).display()))?;
        }
        if rec.config.is_vfs() && x.rootfs.is_empty() {
            self.copy_image_rootfs(rec, &dir.join("rootfs"))?;
        }
        let spec = self.build_spec(rec)?;
        // derived from the record (which is durable): start rebuilds it if a crash lost it
        crate::store::write_json_volatile(&self.paths.spec_path(&rec.id), &spec)?;
        Ok(())
    }

    /// The container's /etc/hostname, /etc/hosts and /etc/resolv.conf, made anew at each start
    /// (as podman does) in its runtime dir, from where the runtime copies them in.
    pub fn write_etc_files(&self, rec: &ContainerRecord) -> Result<()> {
        let ud = self.paths.run_etc_dir(&rec.id);
        fs::create_dir_all(&ud).with_context(|| format!("creating {}", ud.display()))?;
        fs::write(ud.join("hostname"), format!("{}\n", rec.config.hostname))?;
        let mut hosts = if rec.config.network == "host" {
            fs::read_to_string("/etc/hosts").unwrap_or_default()
        } else {
            "127.0.0.1\tlocalhost localhost.localdomain\n::1\tlocalhost localhost.localdomain ip6-localhost ip6-loopback\n".to_string()
        };
        // --add-host
        for (host, ip) in &rec.config.extras.add_hosts {
            hosts.push_str(&format!("{ip}\t{host}\n"));
        }
        hosts.push_str(&format!(
            "127.0.1.1\t{} {}\n",
            rec.config.hostname, rec.name
        ));
        fs::write(ud.join("hosts"), hosts)?;
        let resolv = fs::read_to_string("/etc/resolv.conf").unwrap_or_default();
        fs::write(ud.join("resolv.conf"), resolv)?;
        self.write_zone_file(rec, &ud)?;
        Ok(())
    }

    /// vfs: the image's unpacked layers merged into a directory of its own, as overlayfs
    /// would show them (so both drivers give the same tree).
    fn copy_image_rootfs(&self, rec: &ContainerRecord, dest: &Path) -> Result<()> {
        let img = self.images.get(&rec.config.image_id)?;
        let layers = &self.images.layers;
        let opaque = layers.unpack_options().opaque_xattr;
        for l in &img.layers {
            crate::image::unpack::merge_layer(&layers.diff_dir(&l.chain_id), dest, opaque)
                .with_context(|| format!("copying layer {} into the container", l.diff_id))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ulimits() {
        assert_eq!(
            parse_ulimit("nofile=1024:2048").unwrap(),
            ("RLIMIT_NOFILE".into(), 1024, 2048)
        );
        assert_eq!(
            parse_ulimit("nproc=10").unwrap(),
            ("RLIMIT_NPROC".into(), 10, 10)
        );
        assert_eq!(parse_ulimit("core=unlimited").unwrap().2, u64::MAX);
        assert!(parse_ulimit("nofile=5:2").is_err());
        assert!(parse_ulimit("bogus=1").is_err());
        assert!(parse_ulimit("nofile").is_err());
    }

    #[test]
    fn entrypoints() {
        assert_eq!(
            parse_entrypoint("[\"/bin/sh\",\"-c\"]"),
            vec!["/bin/sh", "-c"]
        );
        assert_eq!(parse_entrypoint("/bin/echo"), vec!["/bin/echo"]);
    }
}
