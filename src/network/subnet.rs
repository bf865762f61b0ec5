//! Subnets in CIDR form, and the host's routes they must not overlap: the next free
//! `10.89.N.0/24` for a network created without `--subnet`, a random ULA `/64` for `--ipv6`.

use super::{NetworkError, Result};
use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// An address with a prefix length; `addr` is the network's address once parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    pub addr: IpAddr,
    pub prefix: u8,
}

fn bits(ip: IpAddr) -> u8 {
    if ip.is_ipv4() {
        32
    } else {
        128
    }
}

fn to_u128(ip: IpAddr) -> u128 {
    match ip {
        IpAddr::V4(a) => u128::from(u32::from(a)),
        IpAddr::V6(a) => u128::from(a),
    }
}

fn from_u128(v: u128, v4: bool) -> IpAddr {
    if v4 {
        IpAddr::V4(Ipv4Addr::from(v as u32))
    } else {
        IpAddr::V6(Ipv6Addr::from(v))
    }
}

impl Cidr {
    /// `ADDR/PREFIX`, masked to the network's address (as Go's net.ParseCIDR).
    pub fn parse(s: &str) -> Result<Cidr> {
        let bad = || NetworkError::Invalid(format!("invalid CIDR address: {s}"));
        let (a, p) = s.split_once('/').ok_or_else(bad)?;
        let addr: IpAddr = a.parse().map_err(|_| bad())?;
        let prefix: u8 = p.parse().map_err(|_| bad())?;
        if prefix > bits(addr) || p.starts_with('+') {
            return Err(bad());
        }
        let c = Cidr { addr, prefix };
        Ok(Cidr {
            addr: from_u128(to_u128(addr) & c.mask(), addr.is_ipv4()),
            prefix,
        })
    }

    pub fn is_v4(&self) -> bool {
        self.addr.is_ipv4()
    }

    fn mask(&self) -> u128 {
        let host_bits = u32::from(bits(self.addr) - self.prefix);
        let all = if self.is_v4() {
            u128::from(u32::MAX)
        } else {
            u128::MAX
        };
        all & !(1u128.checked_shl(host_bits).unwrap_or(0).wrapping_sub(1))
    }

    fn first(&self) -> u128 {
        to_u128(self.addr)
    }

    fn last(&self) -> u128 {
        let all = if self.is_v4() {
            u128::from(u32::MAX)
        } else {
            u128::MAX
        };
        self.first() | (all & !self.mask())
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        ip.is_ipv4() == self.is_v4() && (to_u128(ip) & self.mask()) == self.first()
    }

    pub fn overlaps(&self, other: &Cidr) -> bool {
        self.is_v4() == other.is_v4()
            && self.first() <= other.last()
            && other.first() <= self.last()
    }

    /// The `n`th address from the network's (0 is the network's own address).
    pub fn nth(&self, n: u128) -> Option<IpAddr> {
        let v = self.first().checked_add(n)?;
        (v <= self.last()).then(|| from_u128(v, self.is_v4()))
    }

    /// The first and last address a container may get: without the network's address and,
    /// on IPv4, the broadcast address.
    pub fn host_range(&self) -> (IpAddr, IpAddr) {
        let span = self.last() - self.first();
        let (lo, hi) = if span < 2 {
            (self.first(), self.last())
        } else if self.is_v4() {
            (self.first() + 1, self.last() - 1)
        } else {
            (self.first() + 1, self.last())
        };
        (from_u128(lo, self.is_v4()), from_u128(hi, self.is_v4()))
    }
}

impl fmt::Display for Cidr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.addr, self.prefix)
    }
}

/// The next address after `ip` (None past the end of its family).
pub fn next(ip: IpAddr) -> Option<IpAddr> {
    let v = to_u128(ip).checked_add(1)?;
    if ip.is_ipv4() && v > u128::from(u32::MAX) {
        return None;
    }
    Some(from_u128(v, ip.is_ipv4()))
}

/// `a <= b`, for addresses of one family.
pub fn le(a: IpAddr, b: IpAddr) -> bool {
    to_u128(a) <= to_u128(b)
}

/// The subnets of the host's routes (the default routes left out): IPv4 from
/// /proc/net/route, IPv6 from /proc/net/ipv6_route.
pub fn host_routes() -> Vec<Cidr> {
    let mut out = vec![];
    let v4 = std::fs::read_to_string("/proc/net/route").unwrap_or_default();
    for line in v4.lines().skip(1) {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() < 8 {
            continue;
        }
        let (Ok(dest), Ok(mask)) = (u32::from_str_radix(f[1], 16), u32::from_str_radix(f[7], 16))
        else {
            continue;
        };
        // the address's bytes as a little-endian word, as the kernel prints it
        let dest = Ipv4Addr::from(dest.to_le_bytes());
        let prefix = mask.count_ones() as u8;
        if prefix == 0 {
            continue;
        }
        out.push(Cidr {
            addr: IpAddr::V4(dest),
            prefix,
        });
    }
    let v6 = std::fs::read_to_string("/proc/net/ipv6_route").unwrap_or_default();
    for line in v6.lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() < 10 {
            continue;
        }
        let (Ok(dest), Ok(prefix)) = (u128::from_str_radix(f[0], 16), u8::from_str_radix(f[1], 16))
        else {
            continue;
        };
        let addr = Ipv6Addr::from(dest);
        // the default route, multicast and link-local are not subnets a network could take
        if prefix == 0 || addr.segments()[0] & 0xff00 == 0xff00 || addr.segments()[0] == 0xfe80 {
            continue;
        }
        out.push(Cidr {
            addr: IpAddr::V6(addr),
            prefix,
        });
    }
    out
}

/// The first `10.89.N.0/24` that overlaps none of `used`.
pub fn free_v4(used: &[Cidr]) -> Result<Cidr> {
    (0..=255u8)
        .map(|n| Cidr {
            addr: IpAddr::V4(Ipv4Addr::new(10, 89, n, 0)),
            prefix: 24,
        })
        .find(|c| !used.iter().any(|u| u.overlaps(c)))
        .ok_or(NetworkError::NoFreeSubnet)
}

/// A random ULA `fdXX:XXXX:XXXX:XXXX::/64` that overlaps none of `used` (podman's choice).
pub fn free_v6(used: &[Cidr]) -> Result<Cidr> {
    for _ in 0..100 {
        let r = super::random_bytes(7);
        let mut b = [0u8; 16];
        b[0] = 0xfd;
        b[1..8].copy_from_slice(&r);
        let c = Cidr {
            addr: IpAddr::V6(Ipv6Addr::from(b)),
            prefix: 64,
        };
        if !used.iter().any(|u| u.overlaps(&c)) {
            return Ok(c);
        }
    }
    Err(NetworkError::NoFreeSubnet)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_masks_and_overlaps() {
        let c = Cidr::parse("10.89.3.7/24").unwrap();
        assert_eq!(c.to_string(), "10.89.3.0/24");
        assert!(c.contains("10.89.3.255".parse().unwrap()));
        assert!(!c.contains("10.89.4.0".parse().unwrap()));
        assert!(c.overlaps(&Cidr::parse("10.89.0.0/16").unwrap()));
        assert!(!c.overlaps(&Cidr::parse("10.88.0.0/16").unwrap()));
        assert_eq!(
            c.host_range(),
            ("10.89.3.1".parse().unwrap(), "10.89.3.254".parse().unwrap())
        );
        assert!(Cidr::parse("10.0.0.0/33").is_err());
        assert!(Cidr::parse("nonsense").is_err());
        let v6 = Cidr::parse("fd00:1:2:3::5/64").unwrap();
        assert_eq!(v6.to_string(), "fd00:1:2:3::/64");
        assert_eq!(
            free_v4(&[Cidr::parse("10.89.0.0/23").unwrap()])
                .unwrap()
                .to_string(),
            "10.89.2.0/24"
        );
    }
}
