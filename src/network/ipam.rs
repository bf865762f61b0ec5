//! Container addresses per network: `<root>/networks/ipam/<network>.json` maps each leased
//! address to its container's id, read and rewritten (atomically) under
//! `<root>/networks/ipam/<network>.lock`, so that no address is ever given twice, even by
//! parallel processes. An allocation takes one address in each of the network's subnets: the
//! requested one if it is free and inside, else the lowest free one of the lease range,
//! skipping the network's address, the gateway and the broadcast address.

use super::config::{NetworkRecord, NetworkStore, SubnetRecord};
use super::subnet::{le, next, Cidr};
use super::{io_err, NetworkError, Result};
use crate::store::atomic::{read_json, write_json_atomic};
use crate::store::lock::FileLock;
use crate::store::paths::mkdir_p;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::net::IpAddr;
use std::path::PathBuf;

#[derive(Debug, Default, Serialize, Deserialize)]
struct Leases {
    /// address → container id
    #[serde(default)]
    leases: BTreeMap<IpAddr, String>,
}

pub struct Ipam {
    dir: PathBuf,
}

impl Ipam {
    pub fn new(store: &NetworkStore) -> Ipam {
        Ipam {
            dir: store.dir().join("ipam"),
        }
    }

    /// A table kept in `dir` (the tests').
    #[cfg(test)]
    pub fn at(dir: PathBuf) -> Ipam {
        Ipam { dir }
    }

    fn file(&self, network: &str) -> PathBuf {
        self.dir.join(format!("{network}.json"))
    }

    fn lock(&self, network: &str) -> Result<FileLock> {
        mkdir_p(&self.dir, 0o700)?;
        Ok(FileLock::exclusive(
            &self.dir.join(format!("{network}.lock")),
        )?)
    }

    fn read(&self, network: &str) -> Result<Leases> {
        Ok(read_json(&self.file(network))?.unwrap_or_default())
    }

    /// The network's leases: address → container id.
    pub fn leases(&self, network: &str) -> Result<BTreeMap<IpAddr, String>> {
        Ok(self.read(network)?.leases)
    }

    /// One address in each subnet of `net` for `container` (those it holds already, if any);
    /// `requested` addresses (`--ip`, `--ip6`) are taken where they fall.
    pub fn allocate(
        &self,
        net: &NetworkRecord,
        container: &str,
        requested: &[IpAddr],
    ) -> Result<Vec<IpAddr>> {
        let subnets: Vec<(Cidr, &SubnetRecord)> = net
            .subnets
            .iter()
            .filter_map(|s| Some((s.cidr()?, s)))
            .collect();
        for ip in requested {
            if !subnets.iter().any(|(c, _)| c.contains(*ip)) {
                return Err(NetworkError::AddressOutside {
                    ip: ip.to_string(),
                    network: net.name.clone(),
                });
            }
        }
        let _g = self.lock(&net.name)?;
        let mut table = self.read(&net.name)?;
        let mut out = vec![];
        for (cidr, sub) in &subnets {
            if let Some((ip, _)) = table
                .leases
                .iter()
                .find(|(ip, owner)| *owner == container && cidr.contains(**ip))
            {
                out.push(*ip);
                continue;
            }
            let ip = match requested.iter().find(|ip| cidr.contains(**ip)) {
                Some(ip) => {
                    if let Some(owner) = table.leases.get(ip) {
                        return Err(NetworkError::AddressTaken {
                            ip: ip.to_string(),
                            owner: owner.clone(),
                        });
                    }
                    *ip
                }
                None => lowest_free(cidr, sub, &table.leases)?,
            };
            table.leases.insert(ip, container.to_string());
            out.push(ip);
        }
        write_json_atomic(&self.file(&net.name), &table)?;
        Ok(out)
    }

    /// Give back every address `container` holds on `network`.
    pub fn release(&self, network: &str, container: &str) -> Result<()> {
        let _g = self.lock(network)?;
        let mut table = self.read(network)?;
        let before = table.leases.len();
        table.leases.retain(|_, owner| owner != container);
        if table.leases.len() != before {
            write_json_atomic(&self.file(network), &table)?;
        }
        Ok(())
    }

    /// Drop the network's table (the network is being removed).
    pub fn forget(&self, network: &str) -> Result<()> {
        for p in [self.file(network), self.dir.join(format!("{network}.lock"))] {
            match std::fs::remove_file(&p) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io_err(&p)(e)),
                _ => {}
            }
        }
        Ok(())
    }
}

/// The lowest address of the subnet's lease range that is not leased, not the gateway, not
/// the network's or the broadcast address.
fn lowest_free(
    cidr: &Cidr,
    sub: &SubnetRecord,
    leases: &BTreeMap<IpAddr, String>,
) -> Result<IpAddr> {
    let (mut lo, mut hi) = cidr.host_range();
    if let Some(r) = &sub.lease_range {
        if let Ok(s) = r.start_ip.parse::<IpAddr>() {
            if cidr.contains(s) && le(lo, s) {
                lo = s;
            }
        }
        if let Ok(e) = r.end_ip.parse::<IpAddr>() {
            if cidr.contains(e) && le(e, hi) {
                hi = e;
            }
        }
    }
    let gateway = sub.gateway.parse::<IpAddr>().ok();
    let mut ip = lo;
    while le(ip, hi) {
        if Some(ip) != gateway && !leases.contains_key(&ip) {
            return Ok(ip);
        }
        ip = match next(ip) {
            Some(n) => n,
            None => break,
        };
    }
    Err(NetworkError::Exhausted(cidr.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn net(subnet: &str, gateway: &str) -> NetworkRecord {
        NetworkRecord {
            name: "n".into(),
            subnets: vec![SubnetRecord {
                subnet: subnet.into(),
                gateway: gateway.into(),
                lease_range: None,
            }],
            ..Default::default()
        }
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn lowest_free_then_requested_then_release() {
        let d = tempfile::tempdir().unwrap();
        let ipam = Ipam::at(d.path().to_path_buf());
        let n = net("10.89.0.0/24", "10.89.0.1");
        assert_eq!(ipam.allocate(&n, "a", &[]).unwrap(), vec![ip("10.89.0.2")]);
        assert_eq!(ipam.allocate(&n, "b", &[]).unwrap(), vec![ip("10.89.0.3")]);
        // the same container keeps its address
        assert_eq!(ipam.allocate(&n, "a", &[]).unwrap(), vec![ip("10.89.0.2")]);
        assert_eq!(
            ipam.allocate(&n, "c", &[ip("10.89.0.50")]).unwrap(),
            vec![ip("10.89.0.50")]
        );
        let taken = ipam.allocate(&n, "d", &[ip("10.89.0.50")]).unwrap_err();
        assert!(
            taken
                .to_string()
                .contains("already allocated to container ID c"),
            "{taken}"
        );
        let outside = ipam.allocate(&n, "d", &[ip("10.90.0.5")]).unwrap_err();
        assert!(
            outside.to_string().contains("not in any subnet"),
            "{outside}"
        );
        ipam.release("n", "a").unwrap();
        assert_eq!(ipam.allocate(&n, "e", &[]).unwrap(), vec![ip("10.89.0.2")]);
        assert_eq!(ipam.leases("n").unwrap().len(), 3);
    }

    #[test]
    fn a_slash_30_has_one_address_past_the_gateway() {
        let d = tempfile::tempdir().unwrap();
        let ipam = Ipam::at(d.path().to_path_buf());
        let n = net("10.89.0.0/30", "10.89.0.1");
        assert_eq!(ipam.allocate(&n, "a", &[]).unwrap(), vec![ip("10.89.0.2")]);
        let e = ipam.allocate(&n, "b", &[]).unwrap_err();
        assert!(matches!(e, NetworkError::Exhausted(_)), "{e}");
        ipam.release("n", "a").unwrap();
        assert_eq!(ipam.allocate(&n, "b", &[]).unwrap(), vec![ip("10.89.0.2")]);
    }

    #[test]
    fn lease_range_and_ipv6() {
        let d = tempfile::tempdir().unwrap();
        let ipam = Ipam::at(d.path().to_path_buf());
        let mut n = net("10.89.0.0/24", "10.89.0.1");
        n.subnets[0].lease_range = Some(super::super::config::LeaseRange {
            start_ip: "10.89.0.128".into(),
            end_ip: "10.89.0.129".into(),
        });
        n.subnets.push(SubnetRecord {
            subnet: "fd00:1:2:3::/64".into(),
            gateway: "fd00:1:2:3::1".into(),
            lease_range: None,
        });
        assert_eq!(
            ipam.allocate(&n, "a", &[]).unwrap(),
            vec![ip("10.89.0.128"), ip("fd00:1:2:3::2")]
        );
        ipam.allocate(&n, "b", &[]).unwrap();
        assert!(ipam.allocate(&n, "c", &[]).is_err());
    }

    #[test]
    fn thirty_parallel_allocations_are_distinct() {
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().to_path_buf();
        let n = net("10.89.0.0/24", "10.89.0.1");
        let handles: Vec<_> = (0..30)
            .map(|i| {
                let (dir, n) = (dir.clone(), n.clone());
                // each thread opens its own lock file: flock excludes them as it does processes
                std::thread::spawn(move || Ipam::at(dir).allocate(&n, &format!("c{i}"), &[]))
            })
            .collect();
        let mut got: Vec<IpAddr> = handles
            .into_iter()
            .flat_map(|h| h.join().unwrap().unwrap())
            .collect();
        got.sort();
        got.dedup();
        assert_eq!(got.len(), 30);
        assert_eq!(Ipam::at(dir).leases("n").unwrap().len(), 30);
    }
}
