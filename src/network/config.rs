//! Network records, as podman 4's netavark backend writes them (`<root>/networks/<name>.json`,
//! its JSON field names), and the store of them. Every creation and removal holds one lock
//! (`locks/networks.lock`), so that two networks never get one name, one subnet or one bridge
//! name; a record is written atomically. The default network `bridge` is not stored: it is
//! always there, as podman's `podman`; `host` and `none` are listed beside it.

use super::subnet::Cidr;
use super::{io_err, NetworkError, Result};
use crate::store::atomic::{read_json, write_json_atomic};
use crate::store::lock::FileLock;
use crate::store::paths::{mkdir_p, StorePaths};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

/// The default network's name, subnet and bridge.
pub const DEFAULT_NETWORK: &str = "bridge";
pub const DEFAULT_SUBNET: &str = "10.88.0.0/16";
pub const DEFAULT_INTERFACE: &str = "rcon0";
/// The networks that exist from the start and cannot be removed.
pub const BUILTIN: [&str; 3] = [DEFAULT_NETWORK, "host", "none"];

/// One network (podman's `types.Network`, JSON as netavark's config files).
#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq)]
pub struct NetworkRecord {
    pub name: String,
    /// 64 hex digits
    pub id: String,
    /// "bridge"; "host" and "null" for the pseudo-networks `host` and `none`
    pub driver: String,
    /// the bridge's name: rcon0 for the default network, rcon1, rcon2, ... for the others
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub network_interface: String,
    /// RFC 3339 with nanoseconds
    pub created: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subnets: Vec<SubnetRecord>,
    pub ipv6_enabled: bool,
    pub internal: bool,
    pub dns_enabled: bool,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub options: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ipam_options: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq)]
pub struct SubnetRecord {
    pub subnet: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub gateway: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lease_range: Option<LeaseRange>,
}

#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq)]
pub struct LeaseRange {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub start_ip: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub end_ip: String,
}

impl SubnetRecord {
    pub fn cidr(&self) -> Option<Cidr> {
        Cidr::parse(&self.subnet).ok()
    }
}

impl NetworkRecord {
    /// The subnets, parsed (a damaged one left out).
    pub fn cidrs(&self) -> Vec<Cidr> {
        self.subnets.iter().filter_map(SubnetRecord::cidr).collect()
    }

    pub fn is_builtin(&self) -> bool {
        BUILTIN.contains(&self.name.as_str())
    }
}

/// A fixed id for a built-in network: the sha256 of its name.
fn builtin_id(name: &str) -> String {
    use sha2::{Digest, Sha256};
    format!(
        "{:x}",
        Sha256::digest(format!("rcon-network-{name}").as_bytes())
    )
}

/// The built-in networks, as listed: `bridge`, `host`, `none`.
pub fn builtin_networks(created: &str) -> Vec<NetworkRecord> {
    let mut bridge = NetworkRecord {
        name: DEFAULT_NETWORK.into(),
        id: builtin_id(DEFAULT_NETWORK),
        driver: "bridge".into(),
        network_interface: DEFAULT_INTERFACE.into(),
        created: created.into(),
        subnets: vec![SubnetRecord {
            subnet: DEFAULT_SUBNET.into(),
            gateway: "10.88.0.1".into(),
            lease_range: None,
        }],
        ..Default::default()
    };
    bridge
        .ipam_options
        .insert("driver".into(), "host-local".into());
    let pseudo = |name: &str, driver: &str| NetworkRecord {
        name: name.into(),
        id: builtin_id(name),
        driver: driver.into(),
        created: created.into(),
        ..Default::default()
    };
    vec![bridge, pseudo("host", "host"), pseudo("none", "null")]
}

pub struct NetworkStore {
    pub paths: StorePaths,
}

impl NetworkStore {
    pub fn new(paths: StorePaths) -> NetworkStore {
        NetworkStore { paths }
    }

    pub fn dir(&self) -> PathBuf {
        self.paths.root.join("networks")
    }

    fn record_path(&self, name: &str) -> PathBuf {
        self.dir().join(format!("{name}.json"))
    }

    /// The lock of every creation and removal of a network.
    pub fn lock(&self) -> Result<FileLock> {
        mkdir_p(&self.paths.locks(), 0o700)?;
        Ok(FileLock::exclusive(
            &self.paths.locks().join("networks.lock"),
        )?)
    }

    /// The built-in networks' creation time: the store's (its root directory's mtime is not
    /// stable), else now.
    fn builtin_created(&self) -> String {
        fs::metadata(&self.paths.root)
            .and_then(|m| m.created())
            .ok()
            .map(|t| {
                chrono::DateTime::<chrono::Local>::from(t)
                    .to_rfc3339_opts(chrono::SecondsFormat::Nanos, false)
            })
            .unwrap_or_else(crate::store::events::now_rfc3339)
    }

    /// Every network: the built-in ones first, then the created ones by name; the names of
    /// records that cannot be read, with what is wrong.
    pub fn list(&self) -> Result<(Vec<NetworkRecord>, Vec<String>)> {
        let mut out = builtin_networks(&self.builtin_created());
        let mut damaged = vec![];
        let dir = self.dir();
        let rd = match fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((out, damaged)),
            Err(e) => return Err(io_err(&dir)(e)),
        };
        let mut names: Vec<String> = rd
            .flatten()
            .filter_map(|e| {
                e.file_name()
                    .to_str()?
                    .strip_suffix(".json")
                    .map(str::to_string)
            })
            .filter(|n| crate::store::container::valid_name(n) && !BUILTIN.contains(&n.as_str()))
            .collect();
        names.sort();
        for n in names {
            match read_json::<NetworkRecord>(&self.record_path(&n)) {
                Ok(Some(r)) => out.push(r),
                Ok(None) => {}
                Err(e) => damaged.push(format!("network {n}: {e}")),
            }
        }
        Ok((out, damaged))
    }

    /// A network by its name, its full id or a unique prefix of its id (podman's lookup).
    pub fn lookup(&self, reference: &str) -> Result<NetworkRecord> {
        let (all, _) = self.list()?;
        if let Some(r) = all
            .iter()
            .find(|r| r.name == reference || r.id == reference)
        {
            return Ok(r.clone());
        }
        let matches: Vec<&NetworkRecord> = all
            .iter()
            .filter(|r| !reference.is_empty() && r.id.starts_with(reference))
            .collect();
        match matches.as_slice() {
            [one] => Ok((*one).clone()),
            [] => Err(NetworkError::NotFound(reference.to_string())),
            _ => Err(NetworkError::Invalid(format!(
                "more than one result for network ID {reference}"
            ))),
        }
    }

    /// Write a new record; the caller holds `lock()` and has checked the name is free.
    pub fn write_locked(&self, rec: &NetworkRecord) -> Result<()> {
        mkdir_p(&self.dir(), 0o700)?;
        Ok(write_json_atomic(&self.record_path(&rec.name), rec)?)
    }

    /// Remove a created network's record and its leases; the caller holds `lock()`.
    pub fn remove_locked(&self, name: &str) -> Result<()> {
        let p = self.record_path(name);
        match fs::remove_file(&p) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(NetworkError::NotFound(name.to_string()))
            }
            r => r.map_err(io_err(&p))?,
        }
        super::ipam::Ipam::new(self).forget(name)
    }

    /// The bridge names in use by the networks and the host's links: the next free `rconN`.
    pub fn free_interface(&self, networks: &[NetworkRecord]) -> String {
        (1u32..)
            .map(|n| format!("rcon{n}"))
            .find(|i| {
                !networks.iter().any(|r| &r.network_interface == i)
                    && !std::path::Path::new("/sys/class/net").join(i).exists()
            })
            .expect("an unbounded range has a free name")
    }
}
