//! `rcon network create|ls|inspect|rm|prune|exists|reload|connect|disconnect`. Containers join
//! networks with the bridge datapath: until then connect and disconnect are refused.

use super::format::{print_list_with, print_objects};
use crate::engine::network::NetworkCreateOptions;
use crate::engine::{Engine, EngineError};
use crate::network::{NetworkError, NetworkRecord};
use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::{json, Value};
use std::collections::BTreeMap;

#[derive(Subcommand, Debug)]
pub enum NetworkCommand {
    /// Connect a container to a network (not available yet: comes with the bridge datapath)
    Connect(ConnectArgs),
    /// Create a network
    Create(CreateArgs),
    /// Disconnect a container from a network (not available yet: comes with the bridge datapath)
    Disconnect(DisconnectArgs),
    /// Check if the given network exists (exit 0) or not (exit 1)
    Exists(NameArg),
    /// Display detailed information on one or more networks
    Inspect(InspectArgs),
    /// List networks
    #[command(visible_alias = "list")]
    Ls(LsArgs),
    /// Remove all networks not used by at least one container
    Prune(PruneArgs),
    /// Reload the network configuration of containers (none is connected yet: nothing to do)
    Reload(ReloadArgs),
    /// Remove one or more networks
    #[command(visible_alias = "remove")]
    Rm(RmArgs),
}

#[derive(Args, Debug)]
pub struct ConnectArgs {
    /// network scoped alias for container
    #[arg(long, value_name = "NAME")]
    pub alias: Vec<String>,
    /// set a static ipv4 address for this container network
    #[arg(long, value_name = "IP")]
    pub ip: Option<String>,
    /// set a static ipv6 address for this container network
    #[arg(long, value_name = "IP")]
    pub ip6: Option<String>,
    /// set a static mac address for this container network
    #[arg(long, value_name = "MAC")]
    pub mac_address: Option<String>,
    pub network: String,
    pub container: String,
}

#[derive(Args, Debug)]
pub struct DisconnectArgs {
    /// force removal of container from network
    #[arg(short = 'f', long)]
    pub force: bool,
    pub network: String,
    pub container: String,
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// disable dns plugin
    #[arg(long)]
    pub disable_dns: bool,
    /// driver to manage the network (only "bridge"; macvlan and ipvlan are refused)
    #[arg(short = 'd', long, default_value = "bridge", value_name = "DRIVER")]
    pub driver: String,
    /// IPv4 or IPv6 gateway for the subnet
    #[arg(long, value_name = "IP", value_delimiter = ',')]
    pub gateway: Vec<String>,
    /// restrict external access from this network
    #[arg(long)]
    pub internal: bool,
    /// allocate container IP from range (CIDR inside the subnet)
    #[arg(long, value_name = "CIDR")]
    pub ip_range: Vec<String>,
    /// IP Address Management Driver (only "host-local")
    #[arg(long, value_name = "DRIVER")]
    pub ipam_driver: Option<String>,
    /// enable IPv6 networking (a ULA /64 when no IPv6 --subnet is given)
    #[arg(long)]
    pub ipv6: bool,
    /// set metadata on a network (KEY[=VALUE])
    #[arg(long, value_name = "KEY=VALUE")]
    pub label: Vec<String>,
    /// Set driver specific options: mtu=, vlan=, isolate=, metric=
    #[arg(short = 'o', long, value_name = "KEY=VALUE")]
    pub opt: Vec<String>,
    /// subnets in CIDR format
    #[arg(long, value_name = "CIDR")]
    pub subnet: Vec<String>,
    /// the network's name (the next free rconN when not given)
    pub name: Option<String>,
}

#[derive(Args, Debug)]
pub struct NameArg {
    pub name: String,
}

#[derive(Args, Debug)]
pub struct InspectArgs {
    /// Pretty-print network to JSON or using a Go template
    #[arg(short = 'f', long, value_name = "FORMAT")]
    pub format: Option<String>,
    #[arg(required = true)]
    pub names: Vec<String>,
}

#[derive(Args, Debug)]
pub struct LsArgs {
    /// Provide filter values (name, id, driver, label, label!, dangling, until)
    #[arg(short = 'f', long, value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Pretty-print networks to JSON or using a Go template
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Do not truncate the network ID
    #[arg(long)]
    pub no_trunc: bool,
    /// Do not print headers
    #[arg(long)]
    pub noheading: bool,
    /// display only names
    #[arg(short = 'q', long)]
    pub quiet: bool,
}

#[derive(Args, Debug)]
pub struct PruneArgs {
    /// Provide filter values (label, label!, until)
    #[arg(long, value_name = "FILTER")]
    pub filter: Vec<String>,
    /// do not prompt for confirmation
    #[arg(short = 'f', long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct ReloadArgs {
    /// Reload network configuration of all containers
    #[arg(short = 'a', long)]
    pub all: bool,
    /// Act on the latest container rcon is aware of
    #[arg(short = 'l', long)]
    pub latest: bool,
    pub containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct RmArgs {
    /// remove any containers using network
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Seconds to wait for running containers to stop before killing the container
    #[arg(short = 't', long, value_name = "SECONDS")]
    pub time: Option<u32>,
    #[arg(required = true)]
    pub names: Vec<String>,
}

impl NetworkCommand {
    /// Rootless, only removing containers (rm -f) needs the user namespace.
    pub fn needs_userns(&self) -> bool {
        matches!(self, NetworkCommand::Rm(a) if a.force)
    }
}

pub fn dispatch(engine: &Engine, c: NetworkCommand) -> Result<i32> {
    match c {
        NetworkCommand::Connect(a) => {
            engine.network_connect(&a.network, &a.container)?;
            Ok(0)
        }
        NetworkCommand::Disconnect(a) => {
            engine.network_disconnect(&a.network, &a.container)?;
            Ok(0)
        }
        NetworkCommand::Create(a) => create(engine, a),
        NetworkCommand::Exists(a) => Ok(if engine.network_exists(&a.name) { 0 } else { 1 }),
        NetworkCommand::Inspect(a) => inspect(engine, &a),
        NetworkCommand::Ls(a) => ls(engine, &a),
        NetworkCommand::Prune(a) => prune(engine, &a),
        NetworkCommand::Reload(a) => {
            for id in engine.network_reload(&a.containers, a.all, a.latest)? {
                println!("{id}");
            }
            Ok(0)
        }
        NetworkCommand::Rm(a) => rm(engine, &a),
    }
}

fn key_values(list: &[String]) -> Vec<(String, String)> {
    list.iter()
        .map(|s| match s.split_once('=') {
            Some((k, v)) => (k.to_string(), v.to_string()),
            None => (s.to_string(), String::new()),
        })
        .collect()
}

fn create(engine: &Engine, a: CreateArgs) -> Result<i32> {
    let o = NetworkCreateOptions {
        name: a.name,
        driver: a.driver,
        subnets: a.subnet,
        gateways: a.gateway,
        ip_ranges: a.ip_range,
        internal: a.internal,
        ipv6: a.ipv6,
        disable_dns: a.disable_dns,
        labels: key_values(&a.label).into_iter().collect::<BTreeMap<_, _>>(),
        options: key_values(&a.opt),
        ipam_driver: a.ipam_driver.unwrap_or_default(),
    };
    let rec = engine.network_create(&o)?;
    println!("{}", rec.name);
    Ok(0)
}

/// What a Go template sees: podman's `types.Network` field names.
fn template_value(r: &NetworkRecord, id: &str, labels: Value) -> Value {
    json!({
        "Name": r.name,
        "ID": id,
        "Driver": r.driver,
        "NetworkInterface": r.network_interface,
        "Created": r.created,
        "Subnets": r.subnets.iter().map(|s| json!({
            "Subnet": s.subnet,
            "Gateway": s.gateway,
            "LeaseRange": s.lease_range.as_ref().map(|l| json!({"StartIP": l.start_ip, "EndIP": l.end_ip})),
        })).collect::<Vec<_>>(),
        "IPv6Enabled": r.ipv6_enabled,
        "Internal": r.internal,
        "DNSEnabled": r.dns_enabled,
        "Labels": labels,
        "Options": r.options,
        "IPAMOptions": r.ipam_options,
    })
}

fn inspect(engine: &Engine, a: &InspectArgs) -> Result<i32> {
    let mut recs = vec![];
    let mut code = 0;
    for n in &a.names {
        match engine.network(n) {
            Ok(r) => recs.push(r),
            Err(EngineError::Network(e @ NetworkError::NotFound(_))) => {
                eprintln!("Error: {e}");
                code = 125;
            }
            Err(e) => return Err(e.into()),
        }
    }
    match a.format.as_deref() {
        None | Some("") | Some("json") => {
            println!("{}", serde_json::to_string_pretty(&recs)?);
        }
        Some(f) => {
            let items: Vec<Value> = recs
                .iter()
                .map(|r| template_value(r, &r.id, json!(r.labels)))
                .collect();
            print_objects(Some(f), &items)?;
        }
    }
    Ok(code)
}

fn ls(engine: &Engine, a: &LsArgs) -> Result<i32> {
    let (recs, warnings) = engine.network_list(&a.filter)?;
    for w in warnings {
        eprintln!("WARN: {w}");
    }
    if a.quiet {
        for r in &recs {
            println!("{}", r.name);
        }
        return Ok(0);
    }
    if a.format.as_deref().map(str::trim) == Some("json") {
        // the records' own field order (netavark's), which a Value map would sort
        println!("{}", serde_json::to_string_pretty(&recs)?);
        return Ok(0);
    }
    let items: Vec<Value> = recs
        .iter()
        .map(|r| {
            let id = if a.no_trunc {
                &r.id[..]
            } else {
                &r.id[..12.min(r.id.len())]
            };
            let labels: Vec<String> = r.labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
            template_value(r, id, json!(labels.join(",")))
        })
        .collect();
    print_list_with(
        a.format.as_deref(),
        "{{.ID}}\t{{.Name}}\t{{.Driver}}",
        &[("ID", "NETWORK ID")],
        || {
            recs.iter()
                .map(|r| serde_json::to_value(r).expect("networks serialize"))
                .collect()
        },
        &items,
        a.noheading,
    )?;
    Ok(0)
}

fn rm(engine: &Engine, a: &RmArgs) -> Result<i32> {
    let mut code = 0;
    for n in &a.names {
        match engine.network_remove(n, a.force, a.time) {
            Ok(name) => println!("{name}"),
            Err(e) => {
                eprintln!("Error: {}", e.full_message());
                // podman's: 1 for a missing network, 2 for one in use
                code = match e.root() {
                    EngineError::Network(NetworkError::NotFound(_)) => 1,
                    EngineError::Conflict(_) => 2,
                    _ => 125,
                };
            }
        }
    }
    Ok(code)
}

fn prune(engine: &Engine, a: &PruneArgs) -> Result<i32> {
    if !a.force {
        // the filters are checked before the question
        engine.network_prune_candidates(&a.filter)?;
        println!("WARNING! This will remove all networks not used by at least one container.");
        if !super::system::confirm_on_stdout()? {
            return Ok(0);
        }
    }
    let (removed, errors) = engine.network_prune(&a.filter)?;
    Ok(super::system::print_pruned(&removed, &errors))
}
