//! The flags of `run` and `create` whose capability comes with a later issue (networks, resource limits, health checks, restart policies, systemd, pods, secrets):
//! declared with podman's spelling and value syntax, so that scripts parse, and refused with
//! one line naming the flag ([`LaterArgs::refuse`], called before anything is created).

use crate::engine::EngineError;
use clap::Args;

/// A flag counts as given when it has a value (a `true` for the boolean ones: podman takes
/// `--publish-all=false` as not asking for anything).
pub(crate) trait Given {
    fn given(&self) -> bool;
}

impl Given for Vec<String> {
    fn given(&self) -> bool {
        !self.is_empty()
    }
}

impl Given for Option<bool> {
    fn given(&self) -> bool {
        *self == Some(true)
    }
}

macro_rules! given_option {
    ($($t:ty),*) => {$(
        impl Given for Option<$t> {
            fn given(&self) -> bool {
                self.is_some()
            }
        }
    )*};
}
given_option!(String, u64, i64, f64);

/// One table: each flag's field, type, `--name`, extra clap settings, podman's help and the
/// capability it waits for. The struct (named first) and its refusal are generated from it;
/// `container clone` declares its own with the same macro.
macro_rules! later_flags {
    ($name:ident; $( $field:ident : $ty:ty = $flag:literal [$($extra:tt)*] $help:literal, $cap:literal; )*) => {
        #[derive(clap::Args, Debug, Clone, Default)]
        pub struct $name {
            $(
                #[arg(long = $flag, help = concat!($help, " (not available yet: comes with ", $cap, ")") $($extra)*)]
                $field: $ty,
            )*
        }

        impl $name {
            /// The first later flag given, refused: `--memory is not available yet: it comes
            /// with resource limits`.
            pub fn refuse(&self) -> Result<(), $crate::engine::EngineError> {
                $(
                    if $crate::cli::container::run::later::Given::given(&self.$field) {
                        return Err($crate::engine::EngineError::unsupported(format!(
                            "--{} is not available yet: it comes with {}",
                            $flag, $cap
                        )));
                    }
                )*
                Ok(())
            }
        }
    };
}
pub(crate) use later_flags;

later_flags! {
    LaterArgs;
    // networks
    publish: Vec<String> = "publish" [, short = 'p', value_delimiter = ',', value_name = "PORT"]
        "Publish a container's port, or a range of ports, to the host", "networks";
    publish_all: Option<bool> = "publish-all" [, short = 'P', num_args = 0..=1, require_equals = true, default_missing_value = "true"]
        "Publish all exposed ports to random ports on the host interface", "networks";
    ip: Option<String> = "ip" [, value_name = "IP"]
        "Specify a static IPv4 address for the container", "networks";
    ip6: Option<String> = "ip6" [, value_name = "IP"]
        "Specify a static IPv6 address for the container", "networks";
    dns: Vec<String> = "dns" [, value_delimiter = ',', value_name = "IP"]
        "Set custom DNS servers", "networks";
    dns_option: Vec<String> = "dns-option" [, value_delimiter = ',', value_name = "OPTION"]
        "Set custom DNS options", "networks";
    dns_search: Vec<String> = "dns-search" [, value_delimiter = ',', value_name = "DOMAIN"]
        "Set custom DNS search domains", "networks";
    network_alias: Vec<String> = "network-alias" [, value_delimiter = ',', value_name = "ALIAS"]
        "Add network-scoped alias for the container", "networks";
    mac_address: Option<String> = "mac-address" [, value_name = "MAC"]
        "Container MAC address (e.g. 92:d0:c6:0a:29:33)", "networks";
    expose: Vec<String> = "expose" [, value_delimiter = ',', value_name = "PORT"]
        "Expose a port or a range of ports", "networks";
    // resource limits
    memory: Option<String> = "memory" [, short = 'm', value_name = "SIZE"]
        "Memory limit (format: <number>[<unit>], where unit = b, k, m or g)", "resource limits";
    memory_reservation: Option<String> = "memory-reservation" [, value_name = "SIZE"]
        "Memory soft limit (format: <number>[<unit>], where unit = b, k, m or g)", "resource limits";
    memory_swap: Option<String> = "memory-swap" [, value_name = "SIZE", allow_hyphen_values = true]
        "Swap limit equal to memory plus swap: '-1' to enable unlimited swap", "resource limits";
    memory_swappiness: Option<i64> = "memory-swappiness" [, value_name = "N", allow_negative_numbers = true]
        "Tune container memory swappiness (0 to 100, or -1 for system default)", "resource limits";
    cpus: Option<f64> = "cpus" [, value_name = "N"]
        "Number of CPUs", "resource limits";
    cpu_period: Option<u64> = "cpu-period" [, value_name = "N"]
        "Limit the CPU CFS (Completely Fair Scheduler) period", "resource limits";
    cpu_quota: Option<i64> = "cpu-quota" [, value_name = "N", allow_negative_numbers = true]
        "Limit the CPU CFS (Completely Fair Scheduler) quota", "resource limits";
    cpu_rt_period: Option<u64> = "cpu-rt-period" [, value_name = "N"]
        "Limit the CPU real-time period in microseconds", "resource limits";
    cpu_rt_runtime: Option<i64> = "cpu-rt-runtime" [, value_name = "N", allow_negative_numbers = true]
        "Limit the CPU real-time runtime in microseconds", "resource limits";
    cpu_shares: Option<u64> = "cpu-shares" [, short = 'c', value_name = "N"]
        "CPU shares (relative weight)", "resource limits";
    cpuset_cpus: Option<String> = "cpuset-cpus" [, value_name = "CPUS"]
        "CPUs in which to allow execution (0-3, 0,1)", "resource limits";
    cpuset_mems: Option<String> = "cpuset-mems" [, value_name = "NODES"]
        "Memory nodes (MEMs) in which to allow execution (0-3, 0,1)", "resource limits";
    pids_limit: Option<i64> = "pids-limit" [, value_name = "N", allow_negative_numbers = true]
        "Tune container pids limit (set -1 for unlimited)", "resource limits";
    blkio_weight: Option<String> = "blkio-weight" [, value_name = "WEIGHT"]
        "Block IO weight (relative weight) accepts a weight value between 10 and 1000", "resource limits";
    blkio_weight_device: Vec<String> = "blkio-weight-device" [, value_delimiter = ',', value_name = "DEVICE_NAME:WEIGHT"]
        "Block IO weight (relative device weight)", "resource limits";
    device: Vec<String> = "device" [, value_delimiter = ',', value_name = "DEVICE"]
        "Add a host device to the container", "resource limits";
    device_cgroup_rule: Vec<String> = "device-cgroup-rule" [, value_delimiter = ',', value_name = "RULE"]
        "Add a rule to the cgroup allowed devices list", "resource limits";
    device_read_bps: Vec<String> = "device-read-bps" [, value_delimiter = ',', value_name = "DEVICE:RATE"]
        "Limit read rate (bytes per second) from a device (e.g. --device-read-bps=/dev/sda:1mb)", "resource limits";
    device_read_iops: Vec<String> = "device-read-iops" [, value_delimiter = ',', value_name = "DEVICE:RATE"]
        "Limit read rate (IO per second) from a device (e.g. --device-read-iops=/dev/sda:1000)", "resource limits";
    device_write_bps: Vec<String> = "device-write-bps" [, value_delimiter = ',', value_name = "DEVICE:RATE"]
        "Limit write rate (bytes per second) to a device (e.g. --device-write-bps=/dev/sda:1mb)", "resource limits";
    device_write_iops: Vec<String> = "device-write-iops" [, value_delimiter = ',', value_name = "DEVICE:RATE"]
        "Limit write rate (IO per second) to a device (e.g. --device-write-iops=/dev/sda:1000)", "resource limits";
    cgroup_parent: Option<String> = "cgroup-parent" [, value_name = "PATH"]
        "Optional parent cgroup for the container", "resource limits";
    cgroups: Option<String> = "cgroups" [, value_name = "MODE"]
        "control container cgroup configuration (\"enabled\"|\"disabled\"|\"no-conmon\"|\"split\")", "resource limits";
    cgroup_conf: Vec<String> = "cgroup-conf" [, value_delimiter = ',', value_name = "KEY=VALUE"]
        "Configure cgroup v2 (key=value)", "resource limits";
    oom_kill_disable: Option<bool> = "oom-kill-disable" [, num_args = 0..=1, require_equals = true, default_missing_value = "true"]
        "Disable OOM Killer", "resource limits";
    // health checks
    health_cmd: Option<String> = "health-cmd" [, value_name = "COMMAND"]
        "set a healthcheck command for the container ('none' disables the existing healthcheck)", "health checks";
    health_interval: Option<String> = "health-interval" [, value_name = "DURATION"]
        "set an interval for the healthchecks", "health checks";
    health_on_failure: Option<String> = "health-on-failure" [, value_name = "ACTION"]
        "action to take once the container turns unhealthy", "health checks";
    health_retries: Option<u64> = "health-retries" [, value_name = "N"]
        "the number of retries allowed before a healthcheck is considered to be unhealthy", "health checks";
    health_start_period: Option<String> = "health-start-period" [, value_name = "DURATION"]
        "the initialization time needed for a container to bootstrap", "health checks";
    health_timeout: Option<String> = "health-timeout" [, value_name = "DURATION"]
        "the maximum time allowed to complete the healthcheck before an interval is considered failed", "health checks";
    no_healthcheck: Option<bool> = "no-healthcheck" [, num_args = 0..=1, require_equals = true, default_missing_value = "true"]
        "Disable healthchecks on container", "health checks";
    // the rest
    restart: Option<String> = "restart" [, value_name = "POLICY"]
        "Restart policy to apply when a container exits (\"always\"|\"no\"|\"on-failure\"|\"unless-stopped\")", "restart policies";
    sdnotify: Option<String> = "sdnotify" [, value_name = "MODE"]
        "control sd-notify behavior (\"container\"|\"conmon\"|\"ignore\")", "systemd integration";
    systemd: Option<String> = "systemd" [, value_name = "MODE"]
        "Run container in systemd mode (\"true\"|\"false\"|\"always\")", "systemd integration";
    pod: Option<String> = "pod" [, value_name = "POD"]
        "Run container in an existing pod", "pods";
    pod_id_file: Option<String> = "pod-id-file" [, value_name = "FILE"]
        "Read the pod ID from the file", "pods";
    secret: Vec<String> = "secret" [, value_name = "SECRET"]
        "Add secret to container", "secrets";
}

// `create --init-ctr`: a pod's init container, with pods.
#[derive(Args, Debug, Clone, Default)]
pub struct InitCtrArgs {
    #[arg(
        long = "init-ctr",
        value_name = "TYPE",
        help = "Make this a pod init container (\"always\"|\"once\") (not available yet: comes with pods)"
    )]
    init_ctr: Option<String>,
}

impl InitCtrArgs {
    pub fn refuse(&self) -> Result<(), EngineError> {
        if self.init_ctr.is_some() {
            return Err(EngineError::unsupported(
                "--init-ctr is not available yet: it comes with pods",
            ));
        }
        Ok(())
    }
}
