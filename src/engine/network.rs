//! Networks: create (podman's checks and errors, a free subnet and bridge name chosen under
//! the networks' lock), list with podman's filters, inspect, remove, prune, and who uses one
//! (the records' `networks`). Records, subnets and addresses are `network/`'s; containers
//! join networks with the bridge datapath, which calls `network_allocate`/`network_release`.

use super::error::{EngineError, Result};
use super::lifecycle::RemoveOptions;
use super::Engine;
use crate::network::config::{LeaseRange, BUILTIN, DEFAULT_NETWORK};
use crate::network::subnet::{free_v4, free_v6, host_routes};
use crate::network::{ipam::Ipam, Cidr, NetworkError, NetworkRecord, NetworkStore, SubnetRecord};
use crate::store::events::{now_rfc3339, Event};
use chrono::{DateTime, FixedOffset};
use std::collections::{BTreeMap, HashMap};
use std::net::IpAddr;

/// `network create`'s options, as given.
#[derive(Debug, Clone, Default)]
pub struct NetworkCreateOptions {
    /// None: the next free `rconN`
    pub name: Option<String>,
    /// --driver; "bridge" when empty
    pub driver: String,
    /// --subnet, --gateway and --ip-range, the nth of each belonging together
    pub subnets: Vec<String>,
    pub gateways: Vec<String>,
    pub ip_ranges: Vec<String>,
    pub internal: bool,
    pub ipv6: bool,
    pub disable_dns: bool,
    pub labels: BTreeMap<String, String>,
    /// -o KEY=VALUE, in order
    pub options: Vec<(String, String)>,
    /// --ipam-driver; host-local when empty
    pub ipam_driver: String,
}

/// The bridge driver's options (podman's).
const BRIDGE_OPTIONS: [&str; 4] = ["mtu", "vlan", "isolate", "metric"];

/// What connect and disconnect say until containers can join networks.
pub const NOT_YET: &str = "not available yet: container networking comes with the bridge datapath";

impl Engine {
    pub fn networks(&self) -> NetworkStore {
        NetworkStore::new(self.paths.clone())
    }

    /// `network create`: a new network, its subnets checked or chosen; bad input leaves nothing.
    pub fn network_create(&self, o: &NetworkCreateOptions) -> Result<NetworkRecord> {
        let mut rec = network_template(o)?;
        let store = self.networks();
        let _g = store.lock()?;
        let (existing, _) = store.list()?;
        rec.name = match &o.name {
            Some(n) => {
                if existing.iter().any(|r| &r.name == n) {
                    return Err(NetworkError::Exists(n.clone()).into());
                }
                n.clone()
            }
            None => (1u32..)
                .map(|n| format!("rcon{n}"))
                .find(|n| !existing.iter().any(|r| &r.name == n))
                .expect("an unbounded range has a free name"),
        };
        let mut used: Vec<Cidr> = existing.iter().flat_map(NetworkRecord::cidrs).collect();
        used.extend(host_routes());
        subnets(o, &mut rec, &used)?;
        rec.network_interface = store.free_interface(&existing);
        store.write_locked(&rec)?;
        self.network_event("create", &rec);
        Ok(rec)
    }

    /// A network by name, id or unique id prefix.
    pub fn network(&self, reference: &str) -> Result<NetworkRecord> {
        Ok(self.networks().lookup(reference)?)
    }

    pub fn network_exists(&self, reference: &str) -> bool {
        self.networks().lookup(reference).is_ok()
    }

    /// `network ls`: the networks that pass every filter; warnings about damaged records.
    pub fn network_list(&self, filters: &[String]) -> Result<(Vec<NetworkRecord>, Vec<String>)> {
        let f = Filters::parse(filters, false)?;
        let (all, damaged) = self.networks().list()?;
        let users = if f.keys.iter().any(|(k, _)| k == "dangling") {
            self.network_users_map()?
        } else {
            HashMap::new()
        };
        Ok((
            all.into_iter().filter(|r| f.matches(r, &users)).collect(),
            damaged,
        ))
    }

    /// The ids of the containers on network `name` (from their records' `networks`).
    pub fn network_users(&self, name: &str) -> Result<Vec<String>> {
        Ok(self.network_users_map()?.remove(name).unwrap_or_default())
    }

    fn network_users_map(&self) -> Result<HashMap<String, Vec<String>>> {
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        for c in self.containers.list_network_refs()? {
            for n in c.names() {
                map.entry(n).or_default().push(c.id.clone());
            }
        }
        Ok(map)
    }

    /// `network rm`: the network's name once removed. In use: refused, or with `force` its
    /// containers are removed first. The built-in networks stay.
    pub fn network_remove(
        &self,
        reference: &str,
        force: bool,
        timeout: Option<u32>,
    ) -> Result<String> {
        let rec = self.network(reference)?;
        if rec.is_builtin() {
            return Err(EngineError::invalid(format!(
                "default network {} cannot be removed",
                rec.name
            )));
        }
        let users = self.network_users(&rec.name)?;
        if !users.is_empty() {
            if !force {
                return Err(EngineError::conflict(format!("\"{}\" has associated containers with it. Use -f to forcibly delete containers and pods: network is being used", rec.name)));
            }
            let o = RemoveOptions {
                force: true,
                timeout,
                depend: false,
                volumes: false,
            };
            for id in users {
                match self.remove_with(&id, &o) {
                    Err(EngineError::Store(crate::store::StoreError::NoSuchContainer(_))) => {}
                    r => {
                        r?;
                    }
                }
            }
        }
        let store = self.networks();
        let _g = store.lock()?;
        store.remove_locked(&rec.name)?;
        self.network_event("remove", &rec);
        Ok(rec.name)
    }

    /// The networks `network prune` would remove: created ones no container uses.
    pub fn network_prune_candidates(&self, filters: &[String]) -> Result<Vec<NetworkRecord>> {
        let f = Filters::parse(filters, true)?;
        let users = self.network_users_map()?;
        Ok(self
            .networks()
            .list()?
            .0
            .into_iter()
            .filter(|r| !r.is_builtin() && !users.contains_key(&r.name) && f.matches(r, &users))
            .collect())
    }

    /// `network prune`: the names removed, and the errors of those that could not be.
    pub fn network_prune(&self, filters: &[String]) -> Result<(Vec<String>, Vec<EngineError>)> {
        let mut removed = vec![];
        let mut errors = vec![];
        for rec in self.network_prune_candidates(filters)? {
            match self.network_remove(&rec.name, false, None) {
                Ok(n) => removed.push(n),
                Err(EngineError::Network(NetworkError::NotFound(_))) => {}
                Err(e) => errors.push(e),
            }
        }
        Ok((removed, errors))
    }

    /// An address in each subnet of `network` for `container` (`requested`: --ip, --ip6).
    /// For the bridge datapath.
    #[allow(dead_code)]
    pub fn network_allocate(
        &self,
        network: &str,
        container: &str,
        requested: &[IpAddr],
    ) -> Result<Vec<IpAddr>> {
        let rec = self.network(network)?;
        Ok(Ipam::new(&self.networks()).allocate(&rec, container, requested)?)
    }

    /// Give back `container`'s addresses on `network` (its exit or removal).
    #[allow(dead_code)]
    pub fn network_release(&self, network: &str, container: &str) -> Result<()> {
        Ok(Ipam::new(&self.networks()).release(network, container)?)
    }

    /// The addresses leased on `network`: address → container id (inspect's containers).
    #[allow(dead_code)]
    pub fn network_leases(&self, network: &str) -> Result<BTreeMap<IpAddr, String>> {
        Ok(Ipam::new(&self.networks()).leases(network)?)
    }

    /// `network connect`: a running container joins a network (with the bridge datapath).
    pub fn network_connect(&self, network: &str, _container: &str) -> Result<()> {
        self.network(network)?;
        Err(EngineError::unsupported(NOT_YET))
    }

    /// `network disconnect`: a container leaves a network (with the bridge datapath).
    pub fn network_disconnect(&self, network: &str, _container: &str) -> Result<()> {
        self.network(network)?;
        Err(EngineError::unsupported(NOT_YET))
    }

    /// `network reload`: the ids of the containers whose rules were re-applied; none is on a
    /// network yet.
    pub fn network_reload(
        &self,
        containers: &[String],
        all: bool,
        latest: bool,
    ) -> Result<Vec<String>> {
        if !all && !latest && containers.is_empty() {
            return Err(EngineError::invalid(
                "no arguments given: specify a container or --all",
            ));
        }
        Ok(vec![])
    }

    fn network_event(&self, status: &str, rec: &NetworkRecord) {
        let mut e = Event {
            id: rec.id.clone(),
            name: rec.name.clone(),
            network: rec.name.clone(),
            status: status.to_string(),
            time: now_rfc3339(),
            kind: "network".to_string(),
            ..Event::default()
        };
        e.attributes.insert("driver".into(), rec.driver.clone());
        crate::store::events::record(&self.paths, &[e]);
    }
}

/// The record `o` describes, before its name, subnets and bridge are chosen.
fn network_template(o: &NetworkCreateOptions) -> Result<NetworkRecord> {
    if let Some(n) = &o.name {
        if BUILTIN.contains(&n.as_str()) {
            return Err(NetworkError::Exists(n.clone()).into());
        }
        if !crate::store::container::valid_name(n) {
            return Err(EngineError::invalid(format!("network name {n} invalid: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*: invalid argument")));
        }
    }
    let driver = if o.driver.is_empty() {
        "bridge"
    } else {
        &o.driver
    };
    match driver {
        "bridge" => {}
        "macvlan" | "ipvlan" => {
            return Err(EngineError::unsupported(format!(
                "--driver {driver}: not available: rcon builds bridge networks only"
            )))
        }
        d => {
            return Err(EngineError::invalid(format!(
                "unsupported driver {d}: invalid argument"
            )))
        }
    }
    match o.ipam_driver.as_str() {
        "" | "host-local" => {}
        d => {
            return Err(EngineError::unsupported(format!(
                "--ipam-driver {d}: not available: rcon's IPAM is host-local"
            )))
        }
    }
    let mut rec = NetworkRecord {
        id: crate::network::random_hex(32),
        driver: driver.into(),
        created: now_rfc3339(),
        internal: o.internal,
        dns_enabled: !o.disable_dns,
        labels: o.labels.clone(),
        ..Default::default()
    };
    rec.ipam_options
        .insert("driver".into(), "host-local".into());
    for (k, v) in &o.options {
        if !BRIDGE_OPTIONS.contains(&k.as_str()) {
            return Err(EngineError::invalid(format!(
                "unsupported bridge network option {k}"
            )));
        }
        if k == "mtu" || k == "vlan" || k == "metric" {
            v.parse::<u32>().map_err(|_| {
                EngineError::invalid(format!("parsing \"{k}\" value {v:?}: invalid syntax"))
            })?;
        }
        if k == "isolate" && !["true", "false", "strict"].contains(&v.as_str()) {
            return Err(EngineError::invalid(format!(
                "failed to parse isolate option: {v:?}"
            )));
        }
        rec.options.insert(k.clone(), v.clone());
    }
    Ok(rec)
}

/// The subnets of `o` checked against `used` (the other networks' and the host's routes), or
/// chosen free ones: IPv4, and a ULA /64 with --ipv6.
fn subnets(o: &NetworkCreateOptions, rec: &mut NetworkRecord, used: &[Cidr]) -> Result<()> {
    if o.subnets.is_empty() && !(o.gateways.is_empty() && o.ip_ranges.is_empty()) {
        return Err(EngineError::invalid(
            "cannot set gateway or range without subnet",
        ));
    }
    if o.gateways.len() > o.subnets.len() || o.ip_ranges.len() > o.subnets.len() {
        return Err(EngineError::invalid(
            "cannot set more gateways or ranges than subnets",
        ));
    }
    let mut cidrs = vec![];
    for (i, s) in o.subnets.iter().enumerate() {
        let c = Cidr::parse(s)?;
        if used.iter().chain(&cidrs).any(|u| u.overlaps(&c)) {
            return Err(NetworkError::SubnetInUse(c.to_string()).into());
        }
        cidrs.push(c);
        let gateway = match o.gateways.get(i) {
            Some(g) => {
                let ip: IpAddr = g
                    .parse()
                    .map_err(|_| EngineError::invalid(format!("invalid gateway IP {g}")))?;
                if !c.contains(ip) {
                    return Err(EngineError::invalid(format!(
                        "gateway {ip} not in subnet {c}"
                    )));
                }
                ip
            }
            None => c.nth(1).unwrap_or(c.addr),
        };
        let lease_range = match o.ip_ranges.get(i) {
            Some(r) => {
                let rc = Cidr::parse(r)?;
                if !(c.contains(rc.addr) && c.prefix <= rc.prefix) {
                    return Err(EngineError::invalid(format!(
                        "lease range {rc} not in subnet {c}"
                    )));
                }
                let (start, end) = rc.host_range();
                Some(LeaseRange {
                    start_ip: start.to_string(),
                    end_ip: end.to_string(),
                })
            }
            None => None,
        };
        rec.subnets.push(SubnetRecord {
            subnet: c.to_string(),
            gateway: gateway.to_string(),
            lease_range,
        });
    }
    let has_v6 = cidrs.iter().any(|c| !c.is_v4());
    if cidrs.is_empty() {
        let c = free_v4(used)?;
        push_auto(rec, c);
    }
    if o.ipv6 && !has_v6 {
        let c = free_v6(used)?;
        push_auto(rec, c);
    }
    rec.ipv6_enabled = o.ipv6 || has_v6;
    Ok(())
}

fn push_auto(rec: &mut NetworkRecord, c: Cidr) {
    rec.subnets.push(SubnetRecord {
        subnet: c.to_string(),
        gateway: c.nth(1).map(|g| g.to_string()).unwrap_or_default(),
        lease_range: None,
    });
}

/// podman's network filters: name (a regex), id (a prefix), driver, label, label!, dangling,
/// until (prune: label, label!, until).
struct Filters {
    keys: Vec<(String, Vec<String>)>,
    until: Option<DateTime<FixedOffset>>,
}

impl Filters {
    fn parse(filters: &[String], prune: bool) -> Result<Filters> {
        let mut f = Filters {
            keys: vec![],
            until: None,
        };
        for spec in filters {
            let (k, v) = spec.split_once('=').ok_or_else(|| {
                EngineError::invalid(format!("invalid filter {spec:?}: use key=value"))
            })?;
            let allowed: &[&str] = if prune {
                &["label", "label!", "until"]
            } else {
                &[
                    "name", "id", "driver", "label", "label!", "dangling", "until",
                ]
            };
            if !allowed.contains(&k) {
                return Err(EngineError::invalid(format!("invalid filter {k:?}")));
            }
            match k {
                "until" => f.until = Some(super::events::parse_time(v)?),
                "name" => {
                    regex::Regex::new(v).map_err(|e| {
                        EngineError::invalid(format!("invalid name filter {v:?}: {e}"))
                    })?;
                }
                "dangling"
                    if !["true", "1", "false", "0"].contains(&v.to_ascii_lowercase().as_str()) =>
                {
                    return Err(EngineError::invalid(format!(
                        "invalid dangling filter value \"{v}\""
                    )))
                }
                _ => {}
            }
            if k != "until" {
                match f.keys.iter_mut().find(|(key, _)| key == k) {
                    Some((_, vals)) => vals.push(v.to_string()),
                    None => f.keys.push((k.to_string(), vec![v.to_string()])),
                }
            }
        }
        Ok(f)
    }

    fn matches(&self, r: &NetworkRecord, users: &HashMap<String, Vec<String>>) -> bool {
        if let Some(u) = self.until {
            if DateTime::parse_from_rfc3339(&r.created).is_ok_and(|t| t >= u) {
                return false;
            }
        }
        self.keys.iter().all(|(k, vals)| match k.as_str() {
            "label" => vals
                .iter()
                .all(|l| super::volume::label_matches(l, &r.labels)),
            "label!" => !vals
                .iter()
                .any(|l| super::volume::label_matches(l, &r.labels)),
            _ => vals.iter().any(|v| match k.as_str() {
                "name" => regex::Regex::new(v).is_ok_and(|re| re.is_match(&r.name)),
                "id" => r.id.starts_with(v.as_str()),
                "driver" => r.driver == *v,
                "dangling" => {
                    let want = matches!(v.to_ascii_lowercase().as_str(), "true" | "1");
                    let dangling = !users.contains_key(&r.name);
                    dangling == want
                }
                _ => false,
            }),
        })
    }
}

/// The name of the default network, for run's default later.
#[allow(dead_code)]
pub fn default_network() -> &'static str {
    DEFAULT_NETWORK
}
