//! `rcon container clone CONTAINER [NAME] [IMAGE]`: a copy of a container's configuration as
//! a new container; the resource and pod flags are known and refused until those come.

use super::run::later::later_flags;
use crate::engine::clone::CloneOptions;
use crate::engine::pull::PullOptions;
use crate::engine::{Engine, EngineError};
use anyhow::Result;
use clap::Args;

later_flags! {
    CloneLaterArgs;
    blkio_weight: Option<String> = "blkio-weight" [, value_name = "WEIGHT"]
        "Block IO weight (relative weight) accepts a weight value between 10 and 1000", "resource limits";
    blkio_weight_device: Vec<String> = "blkio-weight-device" [, value_name = "DEVICE_NAME:WEIGHT"]
        "Block IO weight (relative device weight)", "resource limits";
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
    cpus: Option<f64> = "cpus" [, value_name = "N"]
        "Number of CPUs", "resource limits";
    cpuset_cpus: Option<String> = "cpuset-cpus" [, value_name = "CPUS"]
        "CPUs in which to allow execution (0-3, 0,1)", "resource limits";
    cpuset_mems: Option<String> = "cpuset-mems" [, value_name = "NODES"]
        "Memory nodes (MEMs) in which to allow execution (0-3, 0,1)", "resource limits";
    device_read_bps: Vec<String> = "device-read-bps" [, value_delimiter = ',', value_name = "DEVICE:RATE"]
        "Limit read rate (bytes per second) from a device (e.g. --device-read-bps=/dev/sda:1mb)", "resource limits";
    device_write_bps: Vec<String> = "device-write-bps" [, value_delimiter = ',', value_name = "DEVICE:RATE"]
        "Limit write rate (bytes per second) to a device (e.g. --device-write-bps=/dev/sda:1mb)", "resource limits";
    memory: Option<String> = "memory" [, short = 'm', value_name = "SIZE"]
        "Memory limit (format: <number>[<unit>], where unit = b, k, m or g)", "resource limits";
    memory_reservation: Option<String> = "memory-reservation" [, value_name = "SIZE"]
        "Memory soft limit (format: <number>[<unit>], where unit = b, k, m or g)", "resource limits";
    memory_swap: Option<String> = "memory-swap" [, value_name = "SIZE", allow_hyphen_values = true]
        "Swap limit equal to memory plus swap: '-1' to enable unlimited swap", "resource limits";
    memory_swappiness: Option<i64> = "memory-swappiness" [, value_name = "N", allow_negative_numbers = true]
        "Tune container memory swappiness (0 to 100, or -1 for system default)", "resource limits";
    pod: Option<String> = "pod" [, value_name = "POD"]
        "Run container in an existing pod", "pods";
}

#[derive(Args, Debug)]
pub struct CloneArgs {
    /// Assign a name to the container (default: ORIGINAL-clone, then -clone1, -clone2, ...)
    #[arg(long)]
    name: Option<String>,
    /// Destroy the original container
    #[arg(long)]
    destroy: bool,
    /// Run the new container
    #[arg(long)]
    run: bool,
    /// Force the existing container to be destroyed
    #[arg(short, long)]
    force: bool,
    #[command(flatten)]
    later: CloneLaterArgs,
    /// The container to clone (name or id)
    container: String,
    /// The clone's name (as --name)
    #[arg(value_name = "NAME")]
    new_name: Option<String>,
    /// An image for the clone instead of the original's
    image: Option<String>,
}

pub(super) fn clone(engine: &Engine, a: &CloneArgs) -> Result<i32> {
    a.later.refuse()?;
    if a.force && !a.destroy {
        // podman's words
        return Err(EngineError::invalid("cannot set --force without --destroy").into());
    }
    let rec = engine.clone_container(&CloneOptions {
        container: a.container.clone(),
        name: a.new_name.clone().or_else(|| a.name.clone()),
        image: a.image.clone(),
        pull_opts: PullOptions::default(),
        destroy: a.destroy,
        force: a.force,
        run: a.run,
    })?;
    println!("{}", rec.id);
    Ok(0)
}
