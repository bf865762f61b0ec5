//! The flags of `run` and `create` that shape the container's process and its start beyond
//! the basics (annotations, attached streams, the environment's defaults, label files, time
//! zone, umask, pid files, /etc/hosts and /etc/passwd entries, dependencies, a run-time
//! limit), as podman spells them; turned into the engine's [`ExtraOptions`].

use crate::engine::extras::{EnvDefaults, ExtraOptions};
use clap::{ArgAction, Args};
use std::path::PathBuf;

#[derive(Args, Debug, Clone, Default)]
pub struct ExtraArgs {
    /// Add annotations to container (key=value)
    #[arg(long, value_delimiter = ',', value_name = "KEY=VALUE")]
    annotation: Vec<String>,
    /// Attach to STDIN, STDOUT or STDERR
    #[arg(short, long, value_delimiter = ',', value_name = "STREAM")]
    attach: Vec<String>,
    /// Use all current host environment variables in container
    #[arg(long)]
    env_host: bool,
    /// Preprocess environment variables from image before injecting them into the container
    #[arg(long, value_name = "NAME=VALUE")]
    env_merge: Vec<String>,
    /// Unset environment default variables in container
    #[arg(long, value_name = "NAME")]
    unsetenv: Vec<String>,
    /// Unset all default environment variables in container
    #[arg(long)]
    unsetenv_all: bool,
    /// Set proxy environment variables in the container based on the host proxy vars
    #[arg(long, default_value_t = true, action = ArgAction::Set, num_args = 0..=1,
          require_equals = true, default_missing_value = "true")]
    http_proxy: bool,
    /// Read in a line delimited file of labels
    #[arg(long, value_delimiter = ',', value_name = "FILE")]
    label_file: Vec<PathBuf>,
    /// Set timezone in container (a zone of /usr/share/zoneinfo, or local)
    #[arg(long, value_name = "TIMEZONE")]
    tz: Option<String>,
    /// Set umask in container (default 0022)
    #[arg(long, value_name = "UMASK")]
    umask: Option<String>,
    /// Write the container process ID to the file
    #[arg(long, value_name = "FILE")]
    pidfile: Option<PathBuf>,
    /// Path to the file that will receive the PID of the container's supervisor (conmon)
    #[arg(long, value_name = "FILE")]
    conmon_pidfile: Option<PathBuf>,
    /// If a container with the same name exists, replace it
    #[arg(long)]
    replace: bool,
    /// Add one or more requirement containers that must be started before this container will start
    #[arg(long, value_delimiter = ',', value_name = "CONTAINER")]
    requires: Vec<String>,
    /// Maximum length of time a container is allowed to run. The container will be killed automatically after the time expires.
    #[arg(long, value_name = "SECONDS")]
    timeout: Option<u32>,
    /// Add a custom host-to-IP mapping (host:ip)
    #[arg(long, value_delimiter = ',', value_name = "HOST:IP")]
    add_host: Vec<String>,
    /// Do not create /etc/hosts within the container, instead use the version from the image
    #[arg(long)]
    no_hosts: bool,
    /// Host user account to add to /etc/passwd within container
    #[arg(long, value_delimiter = ',', value_name = "USER")]
    hostuser: Vec<String>,
    /// Entry to write to /etc/passwd ($USERNAME, $UID, $GID, $NAME and $HOME are replaced)
    #[arg(long, value_name = "ENTRY")]
    passwd_entry: Option<String>,
}

impl ExtraArgs {
    /// The engine's options, with run's --rmi and --passwd (create has neither).
    pub fn options(&self, rmi: bool, passwd: bool) -> ExtraOptions {
        ExtraOptions {
            annotations: self.annotation.clone(),
            attach: self.attach.clone(),
            env: EnvDefaults {
                host: self.env_host,
                merge: self.env_merge.clone(),
                unset: self.unsetenv.clone(),
                unset_all: self.unsetenv_all,
                http_proxy: self.http_proxy,
            },
            label_files: self.label_file.clone(),
            timezone: self.tz.clone(),
            umask: self.umask.clone(),
            pidfile: self.pidfile.clone(),
            conmon_pidfile: self.conmon_pidfile.clone(),
            replace: self.replace,
            requires: self.requires.clone(),
            timeout: self.timeout.unwrap_or(0),
            add_hosts: self.add_host.clone(),
            no_hosts: self.no_hosts,
            hostusers: self.hostuser.clone(),
            passwd,
            passwd_entry: self.passwd_entry.clone(),
            rmi,
        }
    }
}
