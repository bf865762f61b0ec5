//! `rcon run` and `rcon create`: the container's options, shared by both (`ContainerArgs`),
//! the flags implemented beyond the basics (`extra.rs`) and those refused until their
//! capability exists (`later.rs`).

mod extra;
pub(super) mod later;

use super::{detach_keys, warn_unavailable_caps};
use crate::engine::create::{container_caps, CreateOptions};
use crate::engine::relay::AttachOptions;
use crate::engine::{Engine, EngineError};
use anyhow::Result;
use clap::{ArgAction, Args};
use std::io::Write;
use std::path::PathBuf;

#[derive(Args, Debug, Clone, Default)]
pub struct ContainerArgs {
    /// Print help
    #[arg(long, action = ArgAction::Help)]
    help: Option<bool>,
    /// Keep stdin open
    #[arg(short, long)]
    interactive: bool,
    /// Allocate a pseudo-terminal
    #[arg(short, long)]
    tty: bool,
    /// Remove the container when it exits
    #[arg(long)]
    rm: bool,
    /// Name of the container
    #[arg(long)]
    name: Option<String>,
    /// Set an environment variable (NAME=VALUE, or NAME to copy the host's)
    #[arg(short, long = "env", value_name = "ENV")]
    env: Vec<String>,
    /// Read environment variables from a file
    #[arg(long = "env-file", value_name = "FILE")]
    env_file: Vec<PathBuf>,
    /// Working directory inside the container
    #[arg(short, long)]
    workdir: Option<String>,
    /// User (name or uid) and optionally group, as user[:group]
    #[arg(short, long)]
    user: Option<String>,
    /// Override the image's entrypoint (a command or a JSON array)
    #[arg(long)]
    entrypoint: Option<String>,
    /// Hostname of the container
    #[arg(short = 'h', long)]
    hostname: Option<String>,
    /// Set a label (KEY=VALUE)
    #[arg(short, long = "label")]
    label: Vec<String>,
    /// Run an init process as PID 1 that forwards signals and reaps zombies
    #[arg(long)]
    init: bool,
    /// Network mode: none (default until bridge networking) or host
    #[arg(long, visible_alias = "net")]
    network: Option<String>,
    /// Logging driver (k8s-file)
    #[arg(long)]
    log_driver: Option<String>,
    /// Log option: max-size=SIZE, max-file=N
    #[arg(long)]
    log_opt: Vec<String>,
    /// Resource limit NAME=SOFT[:HARD], e.g. nofile=1024:2048
    #[arg(long)]
    ulimit: Vec<String>,
    /// Signal that stops the container
    #[arg(long)]
    stop_signal: Option<String>,
    /// Seconds to wait for the stop signal before SIGKILL
    #[arg(long)]
    stop_timeout: Option<u32>,
    /// Write the container id to this file
    #[arg(long)]
    cidfile: Option<PathBuf>,
    /// Add capabilities (e.g. NET_ADMIN, or ALL; a comma-separated list or repeated)
    #[arg(long, value_delimiter = ',')]
    cap_add: Vec<String>,
    /// Drop capabilities (e.g. CHOWN, or ALL; a comma-separated list or repeated)
    #[arg(long, value_delimiter = ',')]
    cap_drop: Vec<String>,
    /// seccomp=unconfined|FILE, no-new-privileges[=true|false]
    #[arg(long)]
    security_opt: Vec<String>,
    /// Give extended privileges to container
    #[arg(long)]
    privileged: bool,
    /// Pull the image: missing (default), always, never, newer
    #[arg(long, default_value = "missing")]
    pull: String,
    /// Pull without progress output
    #[arg(short, long)]
    quiet: bool,
    #[command(flatten)]
    registry: crate::cli::registry::RegistryFlags,
    #[command(flatten)]
    extra: extra::ExtraArgs,
    #[command(flatten)]
    isolation: super::isolation::IsolationArgs,
    /// Bind mount a volume into the container
    #[arg(short = 'v', long = "volume", value_name = "VOLUME")]
    volume: Vec<String>,
    /// Attach a filesystem mount to the container
    #[arg(long, value_name = "MOUNT")]
    mount: Vec<String>,
    /// Mount a temporary filesystem (tmpfs) into a container
    #[arg(long, value_name = "TMPFS")]
    tmpfs: Vec<String>,
    /// Tells rcon how to handle the builtin image volumes ("bind"|"tmpfs"|"ignore")
    #[arg(long, value_name = "MODE")]
    image_volume: Option<String>,
    /// Mount volumes from the specified container(s)
    #[arg(long, value_name = "CONTAINER")]
    volumes_from: Vec<String>,
    #[command(flatten)]
    later: later::LaterArgs,
}

// The image, then the command and its arguments: one list, so that everything after the
// image belongs to the container (`run IMG sh -c 'x'`: that -c is not rcon's --cpu-shares).
// (No doc comment: a flattened struct's would replace the verb's about.)
#[derive(Args, Debug, Clone, Default)]
pub struct ImageAndCommand {
    /// The image, then the command and its arguments
    #[arg(
        value_name = "IMAGE [COMMAND [ARG...]]",
        required = true,
        num_args = 1..,
        trailing_var_arg = true
    )]
    image_and_command: Vec<String>,
}

#[derive(Args, Debug, Clone, Default)]
pub struct CreateArgs {
    #[command(flatten)]
    c: ContainerArgs,
    #[command(flatten)]
    init_ctr: later::InitCtrArgs,
    #[command(flatten)]
    ic: ImageAndCommand,
}

#[derive(Args, Debug)]
pub struct RunArgs {
    /// Run in the background and print the container id
    #[arg(short, long)]
    detach: bool,
    /// Keys that detach from the container
    #[arg(long)]
    detach_keys: Option<String>,
    /// Forward signals received by rcon to the container
    #[arg(long, default_value_t = true, action = ArgAction::Set)]
    sig_proxy: bool,
    /// Remove container image unless used by other containers
    #[arg(long)]
    rmi: bool,
    /// add entries to /etc/passwd and /etc/group
    #[arg(long, default_value_t = true, action = ArgAction::Set, num_args = 0..=1,
          require_equals = true, default_missing_value = "true")]
    passwd: bool,
    /// Pass a number of additional file descriptors into the container
    #[arg(long, default_value_t = 0, value_name = "N")]
    preserve_fds: u32,
    #[command(flatten)]
    create: ContainerArgs,
    #[command(flatten)]
    ic: ImageAndCommand,
}

impl RunArgs {
    /// The containers whose namespaces this one joins (container:NAME).
    pub fn joined_refs(&self) -> Vec<String> {
        self.create.isolation.joined_refs()
    }
}

impl ContainerArgs {
    /// The engine's options; the later flags are refused here, before anything is made.
    fn options(&self, ic: &ImageAndCommand, rmi: bool, passwd: bool) -> Result<CreateOptions> {
        self.later.refuse()?;
        let (image, command) = ic.image_and_command.split_first().ok_or_else(|| {
            EngineError::invalid("no image given: use run IMAGE [COMMAND [ARG...]]")
        })?;
        Ok(CreateOptions {
            image: image.clone(),
            command: command.to_vec(),
            name: self.name.clone(),
            env: self.env.clone(),
            env_files: self.env_file.clone(),
            workdir: self.workdir.clone(),
            user: self.user.clone(),
            entrypoint: self.entrypoint.clone(),
            hostname: self.hostname.clone(),
            labels: self.label.clone(),
            init: self.init,
            network: self.network.clone(),
            log_opts: self.log_opt.clone(),
            log_driver: self.log_driver.clone(),
            tty: self.tty,
            interactive: self.interactive,
            rm: self.rm,
            ulimits: self.ulimit.clone(),
            stop_signal: self.stop_signal.clone(),
            stop_timeout: self.stop_timeout,
            cap_add: self.cap_add.clone(),
            cap_drop: self.cap_drop.clone(),
            security_opt: self.security_opt.clone(),
            privileged: self.privileged,
            pull: crate::engine::pull::PullPolicy::parse(&self.pull)?,
            pull_opts: self.registry.options(self.quiet, None)?,
            extra: self.extra.options(rmi, passwd),
            isolation: self.isolation.options(),
            preserve_fds: 0,
            mounts: crate::engine::mounts::MountOptions {
                volumes: self.volume.clone(),
                mounts: self.mount.clone(),
                tmpfs: self.tmpfs.clone(),
                image_volume: self.image_volume.clone(),
                volumes_from: self.volumes_from.clone(),
            },
        })
    }

    fn write_cidfile(&self, id: &str) -> Result<()> {
        if let Some(p) = &self.cidfile {
            let mut f = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(p)
                .map_err(|e| EngineError::failed(format!("cidfile {}: {e}", p.display())))?;
            f.write_all(id.as_bytes())?;
        }
        Ok(())
    }
}

pub(super) fn run(engine: &Engine, a: &RunArgs) -> Result<i32> {
    let c = &a.create;
    let mut o = c.options(&a.ic, a.rmi, a.passwd)?;
    o.preserve_fds = a.preserve_fds;
    let streams = crate::engine::extras::attach_streams(&o.extra.attach)?;
    // with -d, as podman, nothing is attached whatever -a says
    let opts = AttachOptions {
        stdin: c.interactive && streams.stdin,
        stdout: streams.stdout,
        stderr: streams.stderr,
        tty: c.tty,
        detach_keys: detach_keys(&a.detach_keys)?,
        sig_proxy: a.sig_proxy,
    };
    warn_unavailable_caps(&container_caps(&o)?);
    let (id, code) = engine.run(&o, a.detach, &opts)?;
    c.write_cidfile(&id)?;
    match code {
        None => {
            println!("{id}");
            Ok(0)
        }
        Some(code) => Ok(code),
    }
}

pub(super) fn create(engine: &Engine, a: &CreateArgs) -> Result<i32> {
    a.init_ctr.refuse()?;
    let o = a.c.options(&a.ic, false, true)?;
    crate::engine::extras::attach_streams(&o.extra.attach)?;
    warn_unavailable_caps(&container_caps(&o)?);
    let rec = engine.create(&o)?;
    a.c.write_cidfile(&rec.id)?;
    println!("{}", rec.id);
    Ok(0)
}
