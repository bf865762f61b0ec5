//! What a front end asks of the host before and around the engine's verbs: entering the
//! user's rootless user namespace (`runtime::userns`), and a terminal without echo for a
//! password prompt. The CLI reaches the runtime only through here.

use super::{EngineError, Result};
use crate::runtime::userns;
use crate::store::StorePaths;

pub use crate::runtime::tty::no_echo;

/// Is this process in a user namespace already (one that an rcon invocation entered)?
pub fn in_child_userns() -> bool {
    userns::in_child_userns()
}

/// Enter the rootless user namespace (see runtime::userns). `notice` hears, once per store,
/// that the user has no subordinate ids and only their own uid can be mapped.
pub fn enter_rootless(paths: &StorePaths, notice: impl FnOnce(&str)) -> Result<()> {
    let uid = nix::unistd::getuid().as_raw();
    let gid = nix::unistd::getgid().as_raw();
    let name = userns::user_name(uid);
    let subuid = userns::subids("/etc/subuid", &name, uid);
    let subgid = userns::subids("/etc/subgid", &name, uid);
    if subuid.is_none() || subgid.is_none() {
        let marker = paths.root.join(".single-user-notice");
        if !marker.exists() {
            notice(&format!("rcon: no /etc/subuid and /etc/subgid ranges for {name}: mapping only your own uid and gid; images with files owned by other users will not unpack (add ranges with usermod --add-subuids/--add-subgids)"));
            // the marker only keeps the notice to once: without it, it is said again
            let _ = std::fs::create_dir_all(&paths.root);
            let _ = std::fs::write(&marker, b"");
        }
    }
    userns::enter(uid, gid, subuid, subgid).map_err(|e| EngineError::failed(e.to_string()))?;
    Ok(())
}

/// Rootless: join the user namespace of the running process `pid` (another container's,
/// whose namespaces are to be shared) instead of making one.
pub fn join_rootless(pid: i32) -> Result<()> {
    userns::join(pid).map_err(|e| EngineError::failed(e.to_string()))
}
