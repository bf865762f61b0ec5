//! The OCI runtime spec of a container, the runtime's only input: built from the recorded
//! config (the second step after `create` turned the options into that config) with
//! oci-spec's typed builders, and written to the container's `config.json`.

use super::error::{EngineError, Result};
use super::Engine;
use crate::runtime::{caps::DEFAULT_CAPS, cgroup, init, mounts::TMPCOPY, passwd, seccomp};
use crate::store::{ContainerConfig, ContainerRecord};
use oci_spec::runtime::{
    Capability, LinuxBuilder, LinuxCapabilitiesBuilder, LinuxDeviceCgroupBuilder, LinuxDeviceType,
    LinuxPidsBuilder, LinuxResources, LinuxResourcesBuilder, LinuxSeccomp, Mount, MountBuilder,
    PosixRlimit, PosixRlimitBuilder, PosixRlimitType, Process, ProcessBuilder, RootBuilder, Spec,
    SpecBuilder, UserBuilder,
};
use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::str::FromStr;

const MASKED: &[&str] = &[
    "/proc/acpi",
    "/proc/kcore",
    "/proc/keys",
    "/proc/latency_stats",
    "/proc/timer_list",
    "/proc/timer_stats",
    "/proc/sched_debug",
    "/proc/scsi",
    "/sys/firmware",
    "/sys/fs/selinux",
    "/sys/dev/block",
    "/sys/devices/virtual/powercap",
];
const READONLY: &[&str] = &[
    "/proc/asound",
    "/proc/bus",
    "/proc/fs",
    "/proc/irq",
    "/proc/sys",
    "/proc/sysrq-trigger",
];

/// The device nodes a container may make and open (major, minor or any): null, zero, full,
/// random, urandom, tty, console, ptmx and its pts, as runc and crun allow by default.
const DEFAULT_DEVICES: &[(i64, Option<i64>)] = &[
    (1, Some(3)),
    (1, Some(5)),
    (1, Some(7)),
    (1, Some(8)),
    (1, Some(9)),
    (5, Some(0)),
    (5, Some(1)),
    (5, Some(2)),
    (136, None),
];

/// podman's default pids limit: a fork bomb stops there, not at the host's limit.
const DEFAULT_PIDS_LIMIT: i64 = 2048;

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// The spec's `linux.resources`: every device denied but the default ones (privileged: all
/// allowed), and the pids limit.
fn resources(privileged: bool) -> Result<LinuxResources> {
    let all = LinuxDeviceCgroupBuilder::default()
        .allow(privileged)
        .typ(LinuxDeviceType::A)
        .access("rwm")
        .build()?;
    let mut devices = vec![all];
    if !privileged {
        for &(major, minor) in DEFAULT_DEVICES {
            let r = LinuxDeviceCgroupBuilder::default()
                .allow(true)
                .typ(LinuxDeviceType::C)
                .major(major)
                .access("rwm");
            devices.push(match minor {
                Some(m) => r.minor(m).build()?,
                None => r.build()?,
            });
        }
    }
    Ok(LinuxResourcesBuilder::default()
        .devices(devices)
        .pids(
            LinuxPidsBuilder::default()
                .limit(DEFAULT_PIDS_LIMIT)
                .build()?,
        )
        .build()?)
}

fn mount(
    destination: &str,
    typ: &str,
    source: impl Into<PathBuf>,
    options: &[&str],
) -> Result<Mount> {
    Ok(MountBuilder::default()
        .destination(destination)
        .typ(typ)
        .source(source)
        .options(strings(options))
        .build()?)
}

/// The process: args, env, cwd, capabilities (all five sets but inheritable and ambient, which
/// stay empty), rlimits; the user is resolved by the init from the user annotation.
fn process(c: &ContainerConfig, caps: &[String]) -> Result<Process> {
    let set: HashSet<Capability> = caps
        .iter()
        .map(|n| {
            // CAP_CHOWN → CHOWN, the form oci-spec parses
            let name = n.strip_prefix("CAP_").unwrap_or(n);
            Capability::from_str(name)
                .map_err(|e| EngineError::failed(format!("unknown capability {n}: {e}")))
        })
        .collect::<Result<_>>()?;
    let capabilities = LinuxCapabilitiesBuilder::default()
        .bounding(set.clone())
        .effective(set.clone())
        .permitted(set)
        .inheritable(HashSet::new())
        .ambient(HashSet::new())
        .build()?;
    let rlimits = c
        .ulimits
        .iter()
        .map(|(t, soft, hard)| -> Result<PosixRlimit> {
            Ok(PosixRlimitBuilder::default()
                .typ(
                    PosixRlimitType::from_str(t)
                        .map_err(|e| EngineError::failed(format!("unknown rlimit {t}: {e}")))?,
                )
                .soft(*soft)
                .hard(*hard)
                .build()?)
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(ProcessBuilder::default()
        .terminal(c.tty)
        .user(
            UserBuilder::default()
                .uid(0u32)
                .gid(0u32)
                .umask(umask(&c.extras.umask))
                .build()?,
        )
        .args(c.args.clone())
        .env(c.env.clone())
        .cwd(&c.workdir)
        .capabilities(capabilities)
        .rlimits(rlimits)
        .no_new_privileges(c.no_new_privileges)
        .build()?)
}

/// The /etc/passwd and /etc/group entries the runtime adds when the container lacks them
/// (a numeric --user, --hostuser), unless --passwd=false.
fn passwd_request(c: &ContainerConfig) -> Option<String> {
    let x = &c.extras;
    let numeric = c
        .user
        .split(':')
        .next()
        .is_some_and(|u| u.parse::<u32>().is_ok());
    if x.no_passwd || (!numeric && x.hostusers.is_empty()) {
        return None;
    }
    let req = passwd::Request {
        user_entry: numeric,
        template: x.passwd_entry.clone(),
        hostusers: x
            .hostusers
            .iter()
            .map(|h| passwd::Account {
                name: h.name.clone(),
                uid: h.uid,
                gid: h.gid,
                gecos: h.gecos.clone(),
            })
            .collect(),
    };
    serde_json::to_string(&req).ok()
}

/// --umask (checked at create), else podman's 0022.
fn umask(s: &str) -> u32 {
    u32::from_str_radix(s, 8).unwrap_or(0o022)
}

/// The seccomp filter: the default profile, none, or the recorded profile file, each for the
/// container's capabilities.
fn seccomp_of(c: &ContainerConfig, caps: &[String]) -> Result<Option<LinuxSeccomp>> {
    Ok(match c.seccomp.as_deref() {
        None => Some(seccomp::default_profile(caps)),
        Some("unconfined") => None,
        Some(json) => Some(
            seccomp::load_profile_with_caps(json.as_bytes(), caps)
                .map_err(|e| EngineError::failed(format!("seccomp profile: {e}")))?,
        ),
    })
}

/// The user's mounts (-v, --mount, --tmpfs, image volumes as tmpfs), a parent before what
/// is mounted below it.
impl Engine {
    /// The user's mounts (-v, --mount, --tmpfs, the image's volumes), a volume as a bind of
    /// its data (mounted first when it has mount options), with the copy-up of a fresh one.
    fn user_mounts(&self, rec: &ContainerRecord) -> Result<Vec<Mount>> {
        use crate::store::MountKind;
        super::mounts::mount_order(&rec.config.mounts)
            .into_iter()
            .map(|m| {
                let mut options = super::mounts::runtime_options(m);
                let (typ, source) = match m.kind {
                    MountKind::Bind => ("bind", m.source.clone().into()),
                    MountKind::Tmpfs => ("tmpfs", m.source.clone().into()),
                    MountKind::Devpts => ("devpts", m.source.clone().into()),
                    MountKind::Volume => {
                        let path = self.volume_source_for_start(&m.source)?;
                        let nocopy = m.options.iter().any(|o| o == "nocopy");
                        if !nocopy && self.take_copy_up(&m.source)? {
                            options.push(crate::runtime::mounts::VOLUME_COPYUP.to_string());
                        }
                        ("bind", path)
                    }
                };
                Ok(MountBuilder::default()
                    .destination(&m.destination)
                    .typ(typ)
                    .source::<std::path::PathBuf>(source)
                    .options(options)
                    .build()?)
            })
            .collect()
    }
}

impl Engine {
    /// The OCI runtime spec for a container: the runtime's only input besides the rootfs.
    pub fn build_spec(&self, rec: &ContainerRecord) -> Result<Spec> {
        let c = &rec.config;
        let cap_list: Vec<String> = c
            .caps
            .clone()
            .unwrap_or_else(|| DEFAULT_CAPS.iter().map(|s| s.to_string()).collect());
        let rootfs = self.paths.rootfs_of(rec);
        // the user's annotations, under rcon's own
        let mut annotations: HashMap<String, String> =
            c.extras.annotations.clone().into_iter().collect();
        annotations.insert(init::USER_ANNOTATION.to_string(), c.user.clone());
        if let Some(p) = passwd_request(c) {
            annotations.insert(passwd::PASSWD_ANNOTATION.to_string(), p);
        }
        annotations.insert(
            init::SECCOMP_CACHE_ANNOTATION.to_string(),
            self.paths
                .runroot
                .join("seccomp")
                .to_string_lossy()
                .into_owned(),
        );
        if c.init {
            annotations.insert(init::INIT_ANNOTATION.to_string(), "true".to_string());
        }
        let mut process = process(c, &cap_list)?;
        super::spec_isolation::apply_process(rec, &mut process, &mut annotations);
        let mut spec = SpecBuilder::default()
            .version("1.2.0")
            .process(process)
            .root(
                RootBuilder::default()
                    .path(rootfs.root_path())
                    .readonly(c.isolation.read_only)
                    .build()?,
            )
            .mounts(self.spec_mounts(rec, rootfs.spec_mount())?)
            .annotations(annotations)
            .linux(self.spec_linux(rec, &cap_list)?)
            .build()?;
        // in a UTS namespace not its own, the container must not set the hostname
        // (oci-spec's default names one: "youki")
        spec.set_hostname(c.isolation.uts.is_private().then(|| c.hostname.clone()));
        Ok(spec)
    }

    /// The rootfs overlay if any, proc, /dev and its filesystems, sysfs, cgroup2 where the
    /// host has it, and the /etc files made at each start.
    fn spec_mounts(&self, rec: &ContainerRecord, rootfs: Option<Mount>) -> Result<Vec<Mount>> {
        // devpts' gid=5 must be mapped: not so in a user namespace that maps only the user
        let multi_gid = !self.paths.rootless
            || fs::read_to_string("/proc/self/gid_map")
                .map(|m| m.lines().count() > 1)
                .unwrap_or(false);
        let mut pts_opts = vec![
            "nosuid",
            "noexec",
            "newinstance",
            "ptmxmode=0666",
            "mode=0620",
        ];
        if multi_gid {
            pts_opts.push("gid=5");
        }
        let mut mounts: Vec<Mount> = rootfs.into_iter().collect();
        mounts.extend([
            mount("/proc", "proc", "proc", &["nosuid", "noexec", "nodev"])?,
            mount(
                "/dev",
                "tmpfs",
                "tmpfs",
                &["nosuid", "strictatime", "mode=755", "size=65536k"],
            )?,
            mount("/dev/pts", "devpts", "devpts", &pts_opts)?,
        ]);
        mounts.extend(self.shm_mount(rec)?);
        mounts.extend([
            mount(
                "/dev/mqueue",
                "mqueue",
                "mqueue",
                &["nosuid", "noexec", "nodev"],
            )?,
            mount(
                "/sys",
                "sysfs",
                "sysfs",
                &["nosuid", "noexec", "nodev", "ro"],
            )?,
        ]);
        if cgroup::hierarchy() == cgroup::Hierarchy::Unified {
            mounts.push(mount(
                "/sys/fs/cgroup",
                "cgroup2",
                "cgroup2",
                &["nosuid", "noexec", "nodev", "relatime", "ro"],
            )?);
        }
        let etc = self.paths.run_etc_dir(&rec.id);
        let x = &rec.config.extras;
        for f in ["hostname", "hosts", "resolv.conf", "localtime"] {
            if (f == "hosts" && x.no_hosts) || (f == "localtime" && x.timezone.is_empty()) {
                continue;
            }
            mounts.push(mount(
                &format!("/etc/{f}"),
                "bind",
                etc.join(f),
                &["bind", "rprivate", TMPCOPY],
            )?);
        }
        mounts.extend(self.isolation_mounts(rec)?);
        // the user's mounts replace rcon's at the same place (and all of /dev's with /dev)
        let user = self.user_mounts(rec)?;
        let dev = user.iter().any(|m| m.destination() == Path::new("/dev"));
        mounts.retain(|m| {
            crate::runtime::is_rootfs_mount(m)
                || !(user.iter().any(|u| u.destination() == m.destination())
                    || (dev && m.destination().starts_with("/dev")))
        });
        mounts.extend(user);
        // a parent before what is mounted below it (a user's /etc before rcon's /etc/hosts);
        // stable, so /dev still comes right before /dev/pts and the rootfs first
        mounts.sort_by_key(|m| {
            m.destination()
                .components()
                .filter(|c| matches!(c, std::path::Component::Normal(_)))
                .count()
        });
        Ok(mounts)
    }

    /// Namespaces, sysctls, masked and read-only paths, the cgroup and its resources, seccomp.
    fn spec_linux(
        &self,
        rec: &ContainerRecord,
        caps: &[String],
    ) -> Result<oci_spec::runtime::Linux> {
        let c = &rec.config;
        let namespaces = self.spec_namespaces(rec)?;
        let sysctl = self.spec_sysctls(rec);
        let (masked, readonly) = if c.privileged {
            (vec![], vec![])
        } else {
            (strings(MASKED), strings(READONLY))
        };
        let linux = LinuxBuilder::default()
            .namespaces(namespaces)
            .sysctl(sysctl)
            .masked_paths(masked)
            .readonly_paths(readonly)
            .cgroups_path(cgroup::spec_path(&rec.id, self.paths.rootless))
            .resources(resources(c.privileged)?);
        let mut linux = match seccomp_of(c, caps)? {
            Some(s) => linux.seccomp(s),
            None => linux,
        }
        .build()?;
        super::spec_isolation::apply_linux(rec, &mut linux)?;
        Ok(linux)
    }
}
