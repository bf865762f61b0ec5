//! The container's network, as far as its supervisor deals with it: the network namespace a
//! supervisor forked ahead made while it waited (kept for the container or left), and the hook
//! where networks will attach their interfaces.

use crate::runtime::{net::FreshNetns, StartError};
use nix::unistd::Pid;
use oci_spec::runtime::Spec;

/// Whether the container gets the network namespace made ahead (`fresh`, if any): it keeps
/// it if it is to have a new one of its own, made by root; otherwise we go back to where we
/// came from first.
pub fn use_fresh_netns(fresh: Option<FreshNetns>, spec: &Spec) -> Result<bool, StartError> {
    match fresh {
        Some(_) if wants_fresh_netns(spec) => Ok(true),
        Some(n) => n.leave().map(|()| false),
        None => Ok(false),
    }
}

/// Whether `spec` asks for a new network namespace that a fresh one made by root can be:
/// not in a user namespace of the container's own, which must own its network namespace.
fn wants_fresh_netns(spec: &Spec) -> bool {
    use oci_spec::runtime::LinuxNamespaceType as T;
    let namespaces = spec
        .linux()
        .as_ref()
        .and_then(|l| l.namespaces().clone())
        .unwrap_or_default();
    let new = |t: T| {
        namespaces
            .iter()
            .any(|n| n.typ() == t && n.path().is_none())
    };
    new(T::Network) && !namespaces.iter().any(|n| n.typ() == T::User)
}

/// A container whose network is to be set up.
// what networks will need: read once the hook attaches interfaces
#[allow(dead_code)]
pub struct NetworkTarget<'a> {
    pub id: &'a str,
    /// its init: its network namespace is /proc/PID/ns/net
    pub pid: Pid,
    pub spec: &'a Spec,
}

/// The network hook: called when the container's init exists and before the CLI hears that
/// the container started, so that a failure here is the start's (the container is stopped
/// and the error reported as any start error). Networks will attach the container's
/// interfaces here. Nothing to do yet: a container has loopback only (up since its
/// namespace was made), or the host's network.
///
/// The init has exec'd the container's program by then (`runtime::init::spawn` returns after
/// the exec): a network that must be up before the program runs is attached to the
/// namespace made ahead instead ([`use_fresh_netns`]), before the spawn.
pub fn attach_interfaces(_target: &NetworkTarget) -> Result<(), StartError> {
    Ok(())
}
