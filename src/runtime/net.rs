//! The little networking the runtime does itself: loopback up in a new network namespace, and
//! the spec's sysctls (rcon's own: net.ipv4.ping_group_range) written into it.
#![allow(unsafe_code)]

use super::{sys_err, StartError};

pub fn loopback_up() -> Result<(), StartError> {
    // SAFETY: a plain socket used only for the two ioctls below, closed at the end.
    let sock = unsafe { libc::socket(libc::AF_INET, libc::SOCK_DGRAM | libc::SOCK_CLOEXEC, 0) };
    if sock < 0 {
        return Err(sys_err("socket for loopback")(nix::errno::Errno::last()));
    }
    let mut req: libc::ifreq = unsafe { std::mem::zeroed() };
    for (i, b) in b"lo\0".iter().enumerate() {
        req.ifr_name[i] = *b as libc::c_char;
    }
    // SAFETY: ifreq is a valid, initialized struct for SIOCGIFFLAGS/SIOCSIFFLAGS.
    let r = unsafe {
        if libc::ioctl(sock, libc::SIOCGIFFLAGS, &mut req) < 0 {
            -1
        } else {
            req.ifr_ifru.ifru_flags |= libc::IFF_UP as libc::c_short;
            libc::ioctl(sock, libc::SIOCSIFFLAGS, &req)
        }
    };
    let err = nix::errno::Errno::last();
    // SAFETY: closing our own socket.
    unsafe { libc::close(sock) };
    if r < 0 {
        return Err(sys_err("bringing up the loopback interface")(err));
    }
    Ok(())
}

/// Write the spec's sysctls (`linux.sysctl`) through /proc/sys, which shows the namespaces of
/// the writer: the container's init, before its rootfs hides the host's /proc. The engine asks
/// only for network ones, and only for a container with a network namespace of its own.
pub fn set_sysctls(spec: &oci_spec::runtime::Spec) -> Result<(), StartError> {
    let Some(sysctls) = spec.linux().as_ref().and_then(|l| l.sysctl().as_ref()) else {
        return Ok(());
    };
    for (key, value) in sysctls {
        if key.contains('/') || key.split('.').any(|p| p.is_empty() || p == "..") {
            return Err(StartError::engine(format!("invalid sysctl name \"{key}\"")));
        }
        let path = format!("/proc/sys/{}", key.replace('.', "/"));
        std::fs::write(&path, value)
            .map_err(|e| StartError::engine(format!("setting sysctl {key}={value}: {e}")))?;
    }
    Ok(())
}

/// A network namespace made ahead of its container by the process that will clone it (the
/// supervisor `run` starts first thing, while the CLI is still preparing the container):
/// creating one costs about a millisecond, which is then off a start's critical path. The
/// process lives in it from then on, loopback up; the container inherits it.
pub struct FreshNetns {
    /// the namespace the process was in before, to go back to if the container is not to
    /// have a new one after all (--network host, or one to join)
    before: std::os::fd::OwnedFd,
}

impl FreshNetns {
    /// Move the calling process into a new network namespace with loopback up; None (and
    /// nothing changed) where that fails.
    pub fn enter() -> Option<FreshNetns> {
        use nix::sched::{setns, unshare, CloneFlags};
        let before: std::os::fd::OwnedFd = std::fs::File::open("/proc/self/ns/net").ok()?.into();
        unshare(CloneFlags::CLONE_NEWNET).ok()?;
        if loopback_up().is_err() {
            if let Err(e) = setns(&before, CloneFlags::CLONE_NEWNET) {
                tracing::warn!("going back to the original network namespace: {e}");
            }
            return None;
        }
        Some(FreshNetns { before })
    }

    /// Back to the namespace the process came from.
    pub fn leave(self) -> Result<(), StartError> {
        nix::sched::setns(&self.before, nix::sched::CloneFlags::CLONE_NEWNET)
            .map_err(sys_err("leaving the network namespace made ahead"))
    }
}
