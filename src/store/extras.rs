//! What a container's record keeps of the `run`/`create` options beyond the basics
//! (`engine::extras` checks them; the spec, the start and the supervisor use them). One
//! field of [`super::ContainerConfig`], every part defaulted, so older records read.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq)]
#[serde(default)]
pub struct ContainerExtras {
    /// --annotation, in the spec's annotations and inspect's Config.Annotations
    pub annotations: BTreeMap<String, String>,
    /// -a: the streams named (lower case); empty when -a was not given (all of them)
    pub attach: Vec<String>,
    /// --tz: a zone of /usr/share/zoneinfo, or "local"; empty for the image's
    pub timezone: String,
    /// --umask, octal; empty for the default 0022
    pub umask: String,
    /// --pidfile: where the container's pid is written at each start
    pub pidfile: Option<PathBuf>,
    /// --conmon-pidfile: where its supervisor's pid is written at each start
    pub conmon_pidfile: Option<PathBuf>,
    /// --requires: the ids of the containers started before this one
    pub requires: Vec<String>,
    /// --timeout: seconds the container may run before it is killed; 0 for no limit
    pub timeout: u32,
    /// --add-host: (host name, address) lines of its /etc/hosts
    pub add_hosts: Vec<(String, String)>,
    /// --no-hosts: the image's /etc/hosts is left alone
    pub no_hosts: bool,
    /// --passwd=false: no /etc/passwd or /etc/group entries are added
    pub no_passwd: bool,
    /// --hostuser: host accounts added to the container's /etc/passwd when missing there
    pub hostusers: Vec<HostUser>,
    /// --passwd-entry: the template of the entries added
    pub passwd_entry: String,
}

/// A host account, as --hostuser found it.
#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq)]
pub struct HostUser {
    pub name: String,
    pub uid: u32,
    pub gid: u32,
    pub gecos: String,
}
