//! The isolation part of a container's runtime spec (`store::ContainerIsolation`, checked by
//! `isolation.rs`): its namespaces, shared or its own, the user namespace's maps, /dev/shm,
//! the read-only rootfs's tmpfs, an init binary, chroot dirs' /etc files, sysctls, the OOM
//! score, the personality and added groups.

use super::error::{EngineError, Result};
use super::lifecycle::effective_status;
use super::Engine;
use crate::runtime::{init, mounts::TMPCOPY};
use crate::store::{ContainerRecord, ContainerStatus, IdMapping, NsMode};
use oci_spec::runtime::{
    LinuxIdMapping, LinuxIdMappingBuilder, LinuxNamespace, LinuxNamespaceBuilder,
    LinuxNamespaceType, LinuxPersonalityBuilder, LinuxPersonalityDomain, Mount, MountBuilder,
};
use std::collections::HashMap;

/// Where the container's --init-path binary is bound, and run as PID 1 (podman's
/// /run/podman-init).
pub const INIT_PATH_TARGET: &str = "/run/rcon-init";

fn tmpfs(dest: &str, options: &[&str]) -> Result<Mount> {
    Ok(MountBuilder::default()
        .destination(dest)
        .typ("tmpfs")
        .source("tmpfs")
        .options(options.iter().map(|s| s.to_string()).collect::<Vec<_>>())
        .build()?)
}

fn bind(dest: &str, src: &str, options: &[&str]) -> Result<Mount> {
    Ok(MountBuilder::default()
        .destination(dest)
        .typ("bind")
        .source(src)
        .options(options.iter().map(|s| s.to_string()).collect::<Vec<_>>())
        .build()?)
}

pub fn id_mappings(map: &[IdMapping]) -> Result<Vec<LinuxIdMapping>> {
    map.iter()
        .map(|m| {
            Ok(LinuxIdMappingBuilder::default()
                .container_id(m.container)
                .host_id(m.host)
                .size(m.size)
                .build()?)
        })
        .collect()
}

impl Engine {
    /// The pid of a running container whose namespace another joins (container:NAME).
    fn ns_owner_pid(&self, id: &str) -> Result<Option<i32>> {
        let rec = self.containers.load(id).map_err(|_| {
            EngineError::not_found(format!(
                "container {id}, whose namespace this container joins, no longer exists"
            ))
        })?;
        Ok(
            (effective_status(&rec).0 == ContainerStatus::Running && rec.state.pid > 0)
                .then_some(rec.state.pid),
        )
    }

    /// The spec's namespaces: mount always, network as --network says, and pid, ipc, uts,
    /// cgroup as the record's isolation says (a container:NAME one named by its init's
    /// /proc entry, found at each start; none yet when that container is not running, as at
    /// create: start starts it first and rebuilds the spec), user when it has maps.
    pub(super) fn spec_namespaces(&self, rec: &ContainerRecord) -> Result<Vec<LinuxNamespace>> {
        let x = &rec.config.isolation;
        let mut out = vec![LinuxNamespaceBuilder::default()
            .typ(LinuxNamespaceType::Mount)
            .build()?];
        let modes = [
            (LinuxNamespaceType::Pid, &x.pid, "pid"),
            (LinuxNamespaceType::Ipc, &x.ipc, "ipc"),
            (LinuxNamespaceType::Uts, &x.uts, "uts"),
            (LinuxNamespaceType::Cgroup, &x.cgroupns, "cgroup"),
        ];
        for (typ, mode, file) in modes {
            let path = match mode {
                NsMode::Host => continue,
                NsMode::Private | NsMode::None => None,
                NsMode::Path(p) => Some(p.clone()),
                NsMode::Container(id) => self
                    .ns_owner_pid(id)?
                    .map(|pid| format!("/proc/{pid}/ns/{file}")),
            };
            let b = LinuxNamespaceBuilder::default().typ(typ);
            out.push(match path {
                Some(p) => b.path(p).build()?,
                None => b.build()?,
            });
        }
        if rec.config.network != "host" {
            out.push(
                LinuxNamespaceBuilder::default()
                    .typ(LinuxNamespaceType::Network)
                    .build()?,
            );
        }
        if !x.uid_map.is_empty() {
            out.push(
                LinuxNamespaceBuilder::default()
                    .typ(LinuxNamespaceType::User)
                    .build()?,
            );
        }
        Ok(out)
    }

    /// Whether a start must rebuild the spec: a namespace joined from another container is
    /// named by that container's current pid.
    pub(super) fn spec_names_other_containers(rec: &ContainerRecord) -> bool {
        let x = &rec.config.isolation;
        [&x.pid, &x.ipc, &x.uts, &x.cgroupns]
            .iter()
            .any(|m| matches!(m, NsMode::Container(_)))
    }

    /// /dev/shm as --shm-size and --ipc say: its own (the size given), none (--ipc none), the
    /// host's or the one of the container whose ipc namespace it joins.
    pub(super) fn shm_mount(&self, rec: &ContainerRecord) -> Result<Option<Mount>> {
        let x = &rec.config.isolation;
        let source = match &x.ipc {
            NsMode::None => return Ok(None),
            NsMode::Host => Some("/dev/shm".to_string()),
            // another container's /dev/shm is in its mount namespace, which no bind reaches:
            // System V IPC and message queues are shared, /dev/shm's files are not
            NsMode::Container(_) | NsMode::Private | NsMode::Path(_) => None,
        };
        if let Some(src) = source {
            return Ok(Some(bind("/dev/shm", &src, &["rbind", "rprivate"])?));
        }
        let size = if x.shm_size > 0 {
            format!("size={}k", x.shm_size.div_ceil(1024))
        } else {
            "size=65536k".to_string()
        };
        Ok(Some(
            MountBuilder::default()
                .destination("/dev/shm")
                .typ("tmpfs")
                .source("shm")
                .options(
                    ["nosuid", "noexec", "nodev", "mode=1777", size.as_str()]
                        .iter()
                        .map(|s| s.to_string())
                        .collect::<Vec<_>>(),
                )
                .build()?,
        ))
    }

    /// The mounts after the standard ones: the read-only rootfs's tmpfs, the init binary,
    /// chroot dirs' hosts and resolv.conf.
    pub(super) fn isolation_mounts(&self, rec: &ContainerRecord) -> Result<Vec<Mount>> {
        let x = &rec.config.isolation;
        let mut out = vec![];
        if x.read_only && x.read_only_tmpfs {
            for d in ["/run", "/tmp", "/var/tmp"] {
                out.push(tmpfs(d, &["rw", "nosuid", "nodev", "mode=1777"])?);
            }
        }
        if rec.config.init && !x.init_path.is_empty() {
            out.push(bind(INIT_PATH_TARGET, &x.init_path, &["bind", "ro"])?);
        }
        let etc = self.paths.run_etc_dir(&rec.id);
        for d in &x.chrootdirs {
            for f in ["hosts", "resolv.conf"] {
                if f == "hosts" && rec.config.extras.no_hosts {
                    continue;
                }
                let dest = format!("{}/etc/{f}", d.trim_end_matches('/'));
                out.push(bind(
                    &dest,
                    &etc.join(f).to_string_lossy(),
                    &["bind", "rprivate", TMPCOPY],
                )?);
            }
        }
        Ok(out)
    }

    /// The spec's sysctls: podman's default one and --sysctl.
    pub(super) fn spec_sysctls(&self, rec: &ContainerRecord) -> HashMap<String, String> {
        let mut sysctl = HashMap::new();
        if rec.config.network != "host" {
            // as podman's default (containers.conf default_sysctls): root in the container may
            // ping with ICMP datagram sockets, which need no CAP_NET_RAW (not in the default set)
            sysctl.insert("net.ipv4.ping_group_range".to_string(), "0 0".to_string());
        }
        for (k, v) in &rec.config.isolation.sysctls {
            sysctl.insert(k.clone(), v.clone());
        }
        sysctl
    }
}

/// Set the process's isolation parts: the OOM score, added groups, the --init-path init.
pub(super) fn apply_process(
    rec: &ContainerRecord,
    p: &mut oci_spec::runtime::Process,
    annotations: &mut HashMap<String, String>,
) {
    let x = &rec.config.isolation;
    if let Some(n) = x.oom_score_adj {
        p.set_oom_score_adj(Some(n));
    }
    if !x.group_add.is_empty() {
        annotations.insert(
            init::GROUP_ADD_ANNOTATION.to_string(),
            x.group_add.join(","),
        );
    }
    if x.keep_groups {
        annotations.insert(init::KEEP_GROUPS_ANNOTATION.to_string(), "true".to_string());
    }
    if rec.config.init && !x.init_path.is_empty() {
        let mut args = vec![INIT_PATH_TARGET.to_string(), "--".to_string()];
        args.extend(p.args().clone().unwrap_or_default());
        p.set_args(Some(args));
        annotations.remove(init::INIT_ANNOTATION);
    }
}

/// linux.personality, the maps of the user namespace.
pub(super) fn apply_linux(rec: &ContainerRecord, l: &mut oci_spec::runtime::Linux) -> Result<()> {
    let x = &rec.config.isolation;
    if !x.personality.is_empty() {
        let domain = if x.personality == "LINUX32" {
            LinuxPersonalityDomain::PerLinux32
        } else {
            LinuxPersonalityDomain::PerLinux
        };
        l.set_personality(Some(
            LinuxPersonalityBuilder::default().domain(domain).build()?,
        ));
    }
    if !x.uid_map.is_empty() {
        l.set_uid_mappings(Some(id_mappings(&x.uid_map)?));
        l.set_gid_mappings(Some(id_mappings(&x.gid_map)?));
    }
    Ok(())
}
