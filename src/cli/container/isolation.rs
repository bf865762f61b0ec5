//! run/create's isolation flags (namespaces, user namespace maps, read-only rootfs, sysctls,
//! /dev/shm, OOM score, personality, groups, chroot dirs, seccomp policy, init binary,
//! rootfs directory), as podman spells them; turned into the engine's [`IsolationOptions`].

use crate::engine::isolation::IsolationOptions;
use clap::{ArgAction, Args};

#[derive(Args, Debug, Clone, Default)]
pub struct IsolationArgs {
    /// cgroup namespace to use: host, private, container:NAME, ns:PATH
    #[arg(long, value_name = "MODE")]
    cgroupns: Option<String>,
    /// Chroot directories inside the container (their etc/hosts and etc/resolv.conf are provided)
    #[arg(long, value_delimiter = ',', value_name = "DIR")]
    chrootdirs: Vec<String>,
    /// GID map to use for the user namespace (CONTAINER_GID:HOST_GID:SIZE)
    #[arg(long, value_name = "MAP")]
    gidmap: Vec<String>,
    /// Add additional groups to the primary container process. 'keep-groups' allows container processes to use supplementary groups.
    #[arg(long, value_delimiter = ',', value_name = "GROUP")]
    group_add: Vec<String>,
    /// Path to the container-init binary (with --init)
    #[arg(long, value_name = "PATH")]
    init_path: Option<String>,
    /// IPC namespace to use: host, private, shareable, none, container:NAME, ns:PATH
    #[arg(long, value_name = "MODE")]
    ipc: Option<String>,
    /// Tune the host's OOM preferences (-1000 to 1000)
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    oom_score_adj: Option<i32>,
    /// Configure execution domain using personality (e.g., LINUX/LINUX32)
    #[arg(long, value_name = "PERSONALITY")]
    personality: Option<String>,
    /// PID namespace to use: host, private, container:NAME, ns:PATH
    #[arg(long, value_name = "MODE")]
    pid: Option<String>,
    /// Make containers root filesystem read-only
    #[arg(long, default_value_t = false, action = ArgAction::Set, num_args = 0..=1,
          require_equals = true, default_missing_value = "true")]
    read_only: bool,
    /// When running containers in read-only mode mount a read-write tmpfs on /run, /tmp and /var/tmp
    #[arg(long, default_value_t = true, action = ArgAction::Set, num_args = 0..=1,
          require_equals = true, default_missing_value = "true")]
    read_only_tmpfs: bool,
    /// The first argument is not an image but the rootfs to the exploded container (DIR, or DIR:O for an overlay over it)
    #[arg(long)]
    rootfs: bool,
    /// Policy for selecting a seccomp profile: default, or image (the image's io.containers.seccomp.profile label)
    #[arg(long, default_value = "default", value_name = "POLICY")]
    seccomp_policy: String,
    /// Size of /dev/shm (format: <number>[<unit>], where unit = b, k, m or g)
    #[arg(long, value_name = "SIZE")]
    shm_size: Option<String>,
    /// Name of range listed in /etc/subgid for use in user namespace
    #[arg(long, value_name = "NAME")]
    subgidname: Option<String>,
    /// Name of range listed in /etc/subuid for use in user namespace
    #[arg(long, value_name = "NAME")]
    subuidname: Option<String>,
    /// Sysctl options (namespaced ones: net.*, kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.*)
    #[arg(long, value_delimiter = ',', value_name = "NAME=VALUE")]
    sysctl: Vec<String>,
    /// UID map to use for the user namespace (CONTAINER_UID:HOST_UID:SIZE)
    #[arg(long, value_name = "MAP")]
    uidmap: Vec<String>,
    /// User namespace to use: host, keep-id, nomap, auto[:size=N]
    #[arg(long, value_name = "MODE")]
    userns: Option<String>,
    /// UTS namespace to use: host, private, container:NAME, ns:PATH
    #[arg(long, value_name = "MODE")]
    uts: Option<String>,
}

/// Rootless: the pid of a running container whose namespaces the container that `cmd` starts
/// joins; the invocation then runs in that container's user namespace (see
/// `Engine::rootless_ns_owner`).
pub fn rootless_ns_owner(
    cmd: &super::ContainerCommand,
    paths: &crate::store::StorePaths,
) -> Option<i32> {
    let (refs, started) = match cmd {
        super::ContainerCommand::Run(a) => (a.joined_refs(), vec![]),
        super::ContainerCommand::Start(a) => (vec![], a.containers().to_vec()),
        _ => return None,
    };
    if refs.is_empty() && started.is_empty() {
        return None;
    }
    crate::engine::Engine::new(paths.clone(), crate::cli::STDIO)
        .ok()?
        .rootless_ns_owner(&refs, &started)
}

impl IsolationArgs {
    /// The containers named by container:NAME namespace modes.
    pub fn joined_refs(&self) -> Vec<String> {
        [&self.pid, &self.ipc, &self.uts, &self.cgroupns]
            .iter()
            .filter_map(|m| m.as_deref()?.strip_prefix("container:").map(str::to_string))
            .collect()
    }

    pub fn options(&self) -> IsolationOptions {
        IsolationOptions {
            pid: self.pid.clone(),
            ipc: self.ipc.clone(),
            uts: self.uts.clone(),
            cgroupns: self.cgroupns.clone(),
            userns: self.userns.clone(),
            uidmap: self.uidmap.clone(),
            gidmap: self.gidmap.clone(),
            subuidname: self.subuidname.clone(),
            subgidname: self.subgidname.clone(),
            read_only: self.read_only,
            read_only_tmpfs: self.read_only_tmpfs,
            sysctl: self.sysctl.clone(),
            shm_size: self.shm_size.clone(),
            oom_score_adj: self.oom_score_adj,
            personality: self.personality.clone(),
            group_add: self.group_add.clone(),
            chrootdirs: self.chrootdirs.clone(),
            seccomp_policy: self.seccomp_policy.clone(),
            init_path: self.init_path.clone(),
            rootfs: self.rootfs,
        }
    }
}
