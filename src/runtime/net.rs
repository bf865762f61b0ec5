//! The little networking the runtime does itself: loopback up in a new network namespace.
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
