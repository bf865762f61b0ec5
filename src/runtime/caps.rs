//! Capabilities: podman's default set, and applying a process's five sets.

use super::StartError;
use caps::{CapSet, Capability, CapsHashSet};
use oci_spec::runtime::LinuxCapabilities;
use std::str::FromStr;

/// podman 4's default: no CAP_MKNOD, CAP_NET_RAW or CAP_AUDIT_WRITE.
pub const DEFAULT_CAPS: &[&str] = &[
    "CAP_CHOWN",
    "CAP_DAC_OVERRIDE",
    "CAP_FOWNER",
    "CAP_FSETID",
    "CAP_KILL",
    "CAP_NET_BIND_SERVICE",
    "CAP_SETFCAP",
    "CAP_SETGID",
    "CAP_SETPCAP",
    "CAP_SETUID",
    "CAP_SYS_CHROOT",
];

/// Normalize a user's capability name ("net_admin", "CAP_NET_ADMIN", "ALL") or None if unknown.
pub fn normalize(name: &str) -> Option<String> {
    let up = name.trim().to_ascii_uppercase();
    if up == "ALL" {
        return Some(up);
    }
    let full = if up.starts_with("CAP_") {
        up
    } else {
        format!("CAP_{up}")
    };
    Capability::from_str(&full).ok().map(|_| full)
}

/// Every capability there is (ALL, --privileged); `within_bounding` then keeps those this
/// process can pass on and names the others, which the CLI reports.
pub fn all_caps() -> Vec<String> {
    let mut v: Vec<String> = caps::all().iter().map(|c| c.to_string()).collect();
    v.sort();
    v
}

/// `wanted` (normalized names) split into the capabilities this process can pass on to a
/// container, those in its bounding set, and those it cannot: a capability outside the
/// bounding set can never be regained, and asking capset(2) for it fails with EPERM. One
/// that this kernel does not know (newer than it) is in neither list.
pub fn within_bounding(wanted: &[String]) -> (Vec<String>, Vec<String>) {
    let (mut granted, mut unavailable) = (vec![], vec![]);
    for name in wanted {
        let Ok(cap) = Capability::from_str(name) else {
            continue;
        };
        match caps::has_cap(None, CapSet::Bounding, cap) {
            Ok(true) => granted.push(name.clone()),
            Ok(false) => unavailable.push(name.clone()),
            // EINVAL: past this kernel's last capability
            Err(_) => {}
        }
    }
    (granted, unavailable)
}

fn to_set(v: &Option<oci_spec::runtime::Capabilities>) -> CapsHashSet {
    let mut out = CapsHashSet::new();
    for c in v.iter().flatten() {
        // oci-spec's names serialize as "CAP_X", the same spelling the caps crate parses
        if let Ok(s) = serde_json::to_value(c) {
            if let Some(cap) = s.as_str().and_then(|s| Capability::from_str(s).ok()) {
                out.insert(cap);
            }
        }
    }
    out
}

/// Drop the bounding set; must run while we still hold CAP_SETPCAP (before changing uid).
pub fn drop_bounding(c: &LinuxCapabilities) -> Result<(), StartError> {
    let keep = to_set(c.bounding());
    for cap in caps::all() {
        if !keep.contains(&cap) {
            if let Err(e) = caps::drop(None, CapSet::Bounding, cap) {
                // a capability newer than this kernel is simply not there
                if caps::has_cap(None, CapSet::Bounding, cap).unwrap_or(false) {
                    return Err(StartError::engine(format!(
                        "dropping {cap} from the bounding set: {e}"
                    )));
                }
            }
        }
    }
    Ok(())
}

/// Set effective, permitted, inheritable and ambient sets (after the uid change).
pub fn apply(c: &LinuxCapabilities) -> Result<(), StartError> {
    let err = |what: &str, e: caps::errors::CapsError| {
        StartError::engine(format!("setting {what} capabilities: {e}"))
    };
    let permitted = to_set(c.permitted());
    let effective = to_set(c.effective());
    caps::set(
        None,
        CapSet::Effective,
        &effective.intersection(&permitted).cloned().collect(),
    )
    .map_err(|e| err("effective", e))?;
    caps::set(None, CapSet::Permitted, &permitted).map_err(|e| err("permitted", e))?;
    caps::set(None, CapSet::Effective, &effective).map_err(|e| err("effective", e))?;
    caps::set(None, CapSet::Inheritable, &to_set(c.inheritable()))
        .map_err(|e| err("inheritable", e))?;
    let ambient = to_set(c.ambient());
    caps::clear(None, CapSet::Ambient).ok();
    for a in ambient {
        caps::raise(None, CapSet::Ambient, a).map_err(|e| err("ambient", e))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn names() {
        assert_eq!(
            super::normalize("net_admin").as_deref(),
            Some("CAP_NET_ADMIN")
        );
        assert_eq!(super::normalize("CAP_CHOWN").as_deref(), Some("CAP_CHOWN"));
        assert_eq!(super::normalize("all").as_deref(), Some("ALL"));
        assert!(super::normalize("bogus").is_none());
    }

    #[test]
    fn bounding_set_limits_what_is_granted() {
        let all = super::all_caps();
        let (granted, unavailable) = super::within_bounding(&all);
        let bounding = caps::read(None, caps::CapSet::Bounding).unwrap();
        assert_eq!(granted.len(), bounding.len());
        assert!(granted.len() + unavailable.len() <= all.len());
        assert!(unavailable.iter().all(|c| !granted.contains(c)));
    }
}
