//! Networks: their records (`config.rs`, podman's netavark JSON in `<root>/networks/`), the
//! choice of subnets and bridge names against the other networks and the host's routes
//! (`subnet.rs`), and container addresses (`ipam.rs`). The datapath (bridges, veths,
//! firewall, DNS) comes later; it will be driven from the supervisor's network hook.

pub mod config;
pub mod ipam;
pub mod subnet;

pub use config::{NetworkRecord, NetworkStore, SubnetRecord};
pub use subnet::Cidr;

/// What can go wrong with networks, in podman's words where podman has them.
#[derive(Debug, thiserror::Error)]
pub enum NetworkError {
    #[error("unable to find network with name or ID {0}: network not found")]
    NotFound(String),
    #[error("network name {0} already used: network already exists")]
    Exists(String),
    #[error("{0}")]
    Invalid(String),
    #[error("subnet {0} is already used on the host or by another config")]
    SubnetInUse(String),
    #[error("could not find free subnet from subnet pools")]
    NoFreeSubnet,
    #[error("IPAM error: failed to find free IP in range {0}")]
    Exhausted(String),
    #[error("IPAM error: requested ip address {ip} is already allocated to container ID {owner}")]
    AddressTaken { ip: String, owner: String },
    #[error("requested static ip {ip} not in any subnet on network {network}")]
    AddressOutside { ip: String, network: String },
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

pub type Result<T> = std::result::Result<T, NetworkError>;

fn io_err(path: &std::path::Path) -> impl Fn(std::io::Error) -> NetworkError + '_ {
    move |source| NetworkError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// `n` random bytes from the kernel (ids, ULA prefixes).
pub fn random_bytes(n: usize) -> Vec<u8> {
    use std::io::Read;
    let mut buf = vec![0u8; n];
    if let Err(e) = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf)) {
        // no /dev/urandom: the time and pid are unique enough for ids that are also checked
        tracing::warn!("/dev/urandom: {e}");
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0)
            ^ u128::from(std::process::id());
        for (i, b) in buf.iter_mut().enumerate() {
            *b = (seed >> ((i % 16) * 8)) as u8 ^ (i as u8).wrapping_mul(151);
        }
    }
    buf
}

pub fn random_hex(n: usize) -> String {
    random_bytes(n).iter().map(|b| format!("{b:02x}")).collect()
}
