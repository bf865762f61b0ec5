//! The isolation steps of a container's start beyond its namespaces' creation: its own user
//! namespace, entered last (after the rootfs and every mount are in place, so the mounts are
//! made with the supervisor's ids and the image's files need no id-mapping; its maps written
//! by the supervisor, which holds the ids they name), the OOM score, the personality, added
//! supplementary groups.
#![allow(unsafe_code)]

use super::{sys_err, user::ResolvedUser, StartError};
use oci_spec::runtime::{LinuxIdMapping, Spec};
use std::io::{Read, Write};
use std::os::fd::OwnedFd;

/// The child's ends of the handshake around its user namespace's maps.
pub struct UsernsChild {
    ready: OwnedFd,
    proceed: OwnedFd,
}

/// The supervisor's ends, with the maps to write.
pub struct UsernsParent {
    ready: OwnedFd,
    proceed: OwnedFd,
    uid_map: String,
    gid_map: String,
}

fn map_text(m: &[LinuxIdMapping]) -> String {
    m.iter()
        .map(|m| format!("{} {} {}\n", m.container_id(), m.host_id(), m.size()))
        .collect()
}

/// The handshake's pipes when the spec asks for a user namespace of the container's own
/// (one with maps, none joined by path).
pub fn userns_pipes(spec: &Spec) -> Result<Option<(UsernsChild, UsernsParent)>, StartError> {
    let Some(linux) = spec.linux().as_ref() else {
        return Ok(None);
    };
    let own = linux
        .namespaces()
        .iter()
        .flatten()
        .any(|n| n.typ() == oci_spec::runtime::LinuxNamespaceType::User && n.path().is_none());
    let uid_map = map_text(linux.uid_mappings().as_deref().unwrap_or_default());
    if !own || uid_map.is_empty() {
        return Ok(None);
    }
    let gid_map = map_text(linux.gid_mappings().as_deref().unwrap_or_default());
    let pipe = || nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).map_err(sys_err("pipe"));
    let (ready_r, ready_w) = pipe()?;
    let (proceed_r, proceed_w) = pipe()?;
    Ok(Some((
        UsernsChild {
            ready: ready_w,
            proceed: proceed_r,
        },
        UsernsParent {
            ready: ready_r,
            proceed: proceed_w,
            uid_map,
            gid_map,
        },
    )))
}

impl UsernsChild {
    /// In the child, after every mount: a new user namespace, mapped by the supervisor.
    pub fn enter(&self) -> Result<(), StartError> {
        nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWUSER)
            .map_err(sys_err("creating the user namespace"))?;
        std::fs::File::from(
            self.ready
                .try_clone()
                .map_err(|e| StartError::engine(e.to_string()))?,
        )
        .write_all(b"1")
        .map_err(|e| StartError::engine(format!("user namespace handshake: {e}")))?;
        let mut b = [0u8; 1];
        let mut r = std::fs::File::from(
            self.proceed
                .try_clone()
                .map_err(|e| StartError::engine(e.to_string()))?,
        );
        match r.read(&mut b) {
            Ok(1) if b[0] == b'1' => Ok(()),
            _ => Err(StartError::engine(
                "the supervisor could not write the user namespace's uid and gid maps: check --uidmap/--gidmap (each host id must be one the caller may map)",
            )),
        }
    }
}

impl UsernsParent {
    /// In the child: close the supervisor's ends (a copy it held would keep its own read from
    /// seeing our exit). EBADF at worst: nothing to report.
    pub fn close_in_child(&self) {
        use std::os::fd::AsRawFd;
        let _ = nix::unistd::close(self.ready.as_raw_fd());
        let _ = nix::unistd::close(self.proceed.as_raw_fd());
    }

    /// In the supervisor: once the child made its namespace, write its maps and let it go on.
    /// A child that failed before reads as EOF here, and reports through its own pipe.
    pub fn map(self, pid: nix::unistd::Pid) {
        let mut b = [0u8; 1];
        if std::fs::File::from(self.ready).read(&mut b).unwrap_or(0) != 1 {
            return;
        }
        let write = |file: &str, data: &str| std::fs::write(format!("/proc/{pid}/{file}"), data);
        let ok =
            match write("uid_map", &self.uid_map).and_then(|()| write("gid_map", &self.gid_map)) {
                Ok(()) => true,
                Err(e) => {
                    tracing::warn!("writing the container's id maps: {e}");
                    false
                }
            };
        // a child that is gone has already reported why
        let _ = std::fs::File::from(self.proceed).write_all(if ok { b"1" } else { b"0" });
    }
}

/// process.oomScoreAdj, written while the host's /proc is still reachable.
pub fn set_oom_score_adj(spec: &Spec) -> Result<(), StartError> {
    let Some(n) = spec.process().as_ref().and_then(|p| p.oom_score_adj()) else {
        return Ok(());
    };
    std::fs::write("/proc/self/oom_score_adj", n.to_string()).map_err(|e| {
        StartError::engine(format!(
            "setting oom_score_adj {n}: {e} (lowering it takes CAP_SYS_RESOURCE on the host)"
        ))
    })
}

/// linux.personality (--personality): LINUX32 runs the process with a 32-bit uname.
pub fn set_personality(spec: &Spec) -> Result<(), StartError> {
    use oci_spec::runtime::LinuxPersonalityDomain as D;
    let Some(p) = spec.linux().as_ref().and_then(|l| l.personality().clone()) else {
        return Ok(());
    };
    const PER_LINUX: libc::c_ulong = 0x0000;
    const PER_LINUX32: libc::c_ulong = 0x0008;
    let persona = match p.domain() {
        D::PerLinux => PER_LINUX,
        D::PerLinux32 => PER_LINUX32,
    };
    // SAFETY: personality only sets the calling process's execution domain.
    if unsafe { libc::personality(persona) } < 0 {
        return Err(sys_err("setting the personality")(nix::errno::Errno::last()));
    }
    Ok(())
}

/// --group-add (gids, or group names of the container's /etc/group) and keep-groups, from
/// their annotations.
pub fn add_groups(
    annotations: &std::collections::HashMap<String, String>,
    u: &mut ResolvedUser,
) -> Result<(), StartError> {
    if annotations
        .get(super::init::KEEP_GROUPS_ANNOTATION)
        .is_some_and(|v| v == "true")
    {
        u.keep_groups = true;
    }
    let Some(list) = annotations.get(super::init::GROUP_ADD_ANNOTATION) else {
        return Ok(());
    };
    let groups = std::fs::read_to_string("/etc/group").unwrap_or_default();
    for g in list.split(',').filter(|g| !g.is_empty()) {
        let gid = match g.parse::<u32>() {
            Ok(n) => n,
            Err(_) => groups
                .lines()
                .find_map(|l| {
                    let f: Vec<&str> = l.split(':').collect();
                    (f.len() >= 3 && f[0] == g).then(|| f[2].parse().ok()).flatten()
                })
                .ok_or_else(|| {
                    StartError::engine(format!(
                        "unable to find group {g}: no matching entries in the container's /etc/group"
                    ))
                })?,
        };
        if !u.additional_gids.contains(&gid) {
            u.additional_gids.push(gid);
        }
    }
    Ok(())
}
