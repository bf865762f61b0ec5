//! `rcon run|create|start|stop|kill|restart|rm|ps|inspect|wait|logs|exec|attach|top|pause|
//! unpause|rename|cp|export|diff|port` and `rcon container ...`.

use super::format::{print_list, print_objects};
use crate::engine::create::{container_caps, privileged_caps, CreateOptions, GrantedCaps};
use crate::engine::exec::ExecOptions;
use crate::engine::logs::LogsOptions;
use crate::engine::ps::PsOptions;
use crate::engine::relay::{parse_detach_keys, AttachOptions, DEFAULT_DETACH_KEYS};
use crate::engine::{parse_signal, Engine, EngineError};
use anyhow::Result;
use clap::{ArgAction, Args, Subcommand};
use std::io::Write;
use std::path::PathBuf;

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum ContainerCommand {
    /// Run a command in a new container
    #[command(disable_help_flag = true)]
    Run(Box<RunArgs>),
    /// Create a container without starting it
    #[command(disable_help_flag = true)]
    Create(Box<CreateArgs>),
    /// Start one or more containers
    Start(StartArgs),
    /// Stop one or more containers (stop signal, then SIGKILL after the timeout)
    Stop(StopArgs),
    /// Send a signal to one or more containers
    Kill(KillArgs),
    /// Restart one or more containers
    Restart(StopArgs),
    /// Remove one or more containers
    Rm(RmArgs),
    /// List containers
    #[command(visible_aliases = ["ls", "list"])]
    Ps(PsArgs),
    /// Show details of containers or images
    Inspect(InspectArgs),
    /// Wait for containers to stop and print their exit codes
    Wait(RefsArgs),
    /// Show a container's output
    Logs(LogsArgs),
    /// Run a process in a running container
    Exec(ExecArgs),
    /// Attach to a running container's terminal or output
    Attach(AttachArgs),
    /// Show the processes of a container
    Top(TopArgs),
    /// Pause all processes in containers
    Pause(AllRefsArgs),
    /// Resume paused containers
    Unpause(AllRefsArgs),
    /// Rename a container
    Rename(RenameArgs),
    /// Copy files between a container and the host (`-` for a tar archive on stdin/stdout)
    Cp(CpArgs),
    /// Write a container's filesystem as a tar archive
    Export(ExportArgs),
    /// Show files a container changed (A added, C changed, D deleted)
    Diff(DiffArgs),
    /// List port mappings of a container
    Port(PortArgs),
}

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum ContainerGroup {
    #[command(flatten)]
    Verb(ContainerCommand),
    /// Remove all stopped containers
    Prune(PruneArgs),
}

#[derive(Args, Debug, Clone, Default)]
pub struct CreateArgs {
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
    registry: super::registry::RegistryFlags,
    /// Image to run
    image: String,
    /// Command and arguments
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    command: Vec<String>,
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
    #[command(flatten)]
    create: CreateArgs,
}

impl CreateArgs {
    fn options(&self) -> Result<CreateOptions> {
        Ok(CreateOptions {
            image: self.image.clone(),
            command: self.command.clone(),
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

#[derive(Args, Debug)]
pub struct StartArgs {
    /// Attach to the container's output (one container)
    #[arg(short, long)]
    attach: bool,
    /// Forward stdin to the container (with --attach)
    #[arg(short, long)]
    interactive: bool,
    /// Keys that detach from the container
    #[arg(long)]
    detach_keys: Option<String>,
    /// Forward signals received by rcon to the container (with --attach)
    #[arg(long, default_value_t = true, action = ArgAction::Set)]
    sig_proxy: bool,
    /// Containers
    #[arg(required = true)]
    containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct StopArgs {
    /// Seconds to wait before killing the container
    #[arg(short = 't', long = "time", visible_alias = "timeout")]
    time: Option<u32>,
    /// All running containers
    #[arg(short, long)]
    all: bool,
    /// Ignore containers that do not exist
    #[arg(short, long)]
    ignore: bool,
    containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct KillArgs {
    /// Signal to send
    #[arg(short, long, default_value = "KILL")]
    signal: String,
    /// All running containers
    #[arg(short, long)]
    all: bool,
    containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct RmArgs {
    /// Remove running containers too (they are killed)
    #[arg(short, long)]
    force: bool,
    /// All containers
    #[arg(short, long)]
    all: bool,
    /// Ignore containers that do not exist
    #[arg(short, long)]
    ignore: bool,
    containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct PsArgs {
    /// Show all containers, not only running ones
    #[arg(short, long)]
    all: bool,
    /// Print only ids
    #[arg(short, long)]
    quiet: bool,
    /// The latest created container
    #[arg(short, long)]
    latest: bool,
    /// The last N created containers
    #[arg(short = 'n', long)]
    last: Option<usize>,
    /// Do not truncate ids and commands
    #[arg(long)]
    no_trunc: bool,
    /// Filter: name=, id=, status=, label=, ancestor=, exited=
    #[arg(short, long)]
    filter: Vec<String>,
    /// json, table, table TEMPLATE, or a Go template
    #[arg(long)]
    format: Option<String>,
}

#[derive(Args, Debug)]
pub struct InspectArgs {
    /// json or a Go template, e.g. '{{.State.Status}}'
    #[arg(short, long)]
    format: Option<String>,
    /// container, image or all
    #[arg(short = 't', long = "type", default_value = "all")]
    typ: String,
    #[arg(required = true)]
    names: Vec<String>,
}

#[derive(Args, Debug)]
pub struct RefsArgs {
    #[arg(required = true)]
    containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct AllRefsArgs {
    /// All containers
    #[arg(short, long)]
    all: bool,
    containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct LogsArgs {
    /// Follow the output until the container stops
    #[arg(short, long)]
    follow: bool,
    /// Show timestamps
    #[arg(short, long)]
    timestamps: bool,
    /// Only the last N lines
    #[arg(long)]
    tail: Option<i64>,
    /// Only lines since this time (RFC 3339, unix time, or a duration like 10m)
    #[arg(long)]
    since: Option<String>,
    /// Only lines until this time
    #[arg(long)]
    until: Option<String>,
    container: String,
}

#[derive(Args, Debug)]
pub struct ExecArgs {
    /// Keep stdin open
    #[arg(short, long)]
    interactive: bool,
    /// Allocate a pseudo-terminal
    #[arg(short, long)]
    tty: bool,
    /// Run in the background
    #[arg(short, long)]
    detach: bool,
    /// Set an environment variable
    #[arg(short, long = "env")]
    env: Vec<String>,
    /// Read environment variables from a file
    #[arg(long = "env-file")]
    env_file: Vec<PathBuf>,
    /// User as user[:group]
    #[arg(short, long)]
    user: Option<String>,
    /// Working directory
    #[arg(short, long)]
    workdir: Option<String>,
    /// Keys that detach from the process
    #[arg(long)]
    detach_keys: Option<String>,
    /// Give the process all capabilities and no seccomp filter
    #[arg(long)]
    privileged: bool,
    container: String,
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, required = true)]
    command: Vec<String>,
}

#[derive(Args, Debug)]
pub struct AttachArgs {
    /// Keys that detach from the container
    #[arg(long)]
    detach_keys: Option<String>,
    /// Do not forward stdin
    #[arg(long)]
    no_stdin: bool,
    /// Forward signals received by rcon to the container
    #[arg(long, default_value_t = true, action = ArgAction::Set)]
    sig_proxy: bool,
    container: String,
}

#[derive(Args, Debug)]
pub struct TopArgs {
    container: String,
    /// Columns: user, uid, pid, ppid, hpid, pcpu, etime, tty, time, args, comm
    descriptors: Vec<String>,
}

#[derive(Args, Debug)]
pub struct RenameArgs {
    container: String,
    name: String,
}

#[derive(Args, Debug)]
pub struct CpArgs {
    src: String,
    dest: String,
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Write to a file instead of stdout
    #[arg(short, long)]
    output: Option<PathBuf>,
    container: String,
}

#[derive(Args, Debug)]
pub struct DiffArgs {
    /// json or a Go template
    #[arg(long)]
    format: Option<String>,
    container: String,
}

#[derive(Args, Debug)]
pub struct PortArgs {
    /// All containers
    #[arg(short, long)]
    all: bool,
    container: Option<String>,
    /// Private port[/proto]
    port: Option<String>,
}

#[derive(Args, Debug)]
pub struct PruneArgs {
    /// Do not ask for confirmation
    #[arg(short, long)]
    force: bool,
}

fn detach_keys(s: &Option<String>) -> Result<Vec<u8>> {
    Ok(parse_detach_keys(
        s.as_deref().unwrap_or(DEFAULT_DETACH_KEYS),
    )?)
}

/// Run `f` on each reference, printing what it returns; any failure makes the exit code 125
/// after all were tried (podman reports each error).
fn each<F: FnMut(&str) -> crate::engine::Result<String>>(
    refs: &[String],
    ignore_missing: bool,
    mut f: F,
) -> Result<i32> {
    let mut failed = None;
    for r in refs {
        match f(r) {
            Ok(s) => {
                if !s.is_empty() {
                    println!("{s}");
                }
            }
            Err(e) => {
                let missing = matches!(
                    e.root(),
                    EngineError::Store(crate::store::StoreError::NoSuchContainer(_))
                );
                if ignore_missing && missing {
                    continue;
                }
                if let Some(prev) = failed.replace(e) {
                    eprintln!("Error: {}", prev.full_message());
                }
            }
        }
    }
    match failed {
        Some(e) => Err(e.into()),
        None => Ok(0),
    }
}

fn targets(engine: &Engine, all: bool, refs: &[String], running_only: bool) -> Result<Vec<String>> {
    if all {
        if !refs.is_empty() {
            return Err(
                EngineError::invalid("give either --all or container names, not both").into(),
            );
        }
        return Ok(engine
            .ps(&PsOptions {
                all: !running_only,
                ..Default::default()
            })?
            .into_iter()
            // kill and stop need a record; rm -a removes damaged containers too
            .filter(|e| !(running_only && e.damaged))
            .map(|e| e.rec.id)
            .collect());
    }
    if refs.is_empty() {
        return Err(
            EngineError::invalid("give at least one container name or id, or --all").into(),
        );
    }
    Ok(refs.to_vec())
}

pub fn dispatch_group(engine: &Engine, g: ContainerGroup) -> Result<i32> {
    match g {
        ContainerGroup::Verb(c) => dispatch(engine, c),
        ContainerGroup::Prune(a) => {
            if !a.force
                && !super::system::confirm("WARNING! This will remove all stopped containers.")?
            {
                return Ok(0);
            }
            for id in engine.prune()? {
                println!("{id}");
            }
            Ok(0)
        }
    }
}

/// The container whose files `cp` or `export` reach, if it is running: rootless, that takes
/// joining its user namespace, which only its owner can do from outside it, not from a user
/// namespace of another rcon invocation (as exec, which runs as the user).
pub fn running_container_files(cmd: &ContainerCommand, paths: &crate::store::StorePaths) -> bool {
    use crate::engine::files::{parse_cp_path, CpPath};
    let name = match cmd {
        ContainerCommand::Cp(a) => match (parse_cp_path(&a.src), parse_cp_path(&a.dest)) {
            (CpPath::Container(c, _), _) | (_, CpPath::Container(c, _)) => c,
            _ => return false,
        },
        ContainerCommand::Export(a) => a.container.clone(),
        _ => return false,
    };
    Engine::new(paths.clone(), super::STDIO)
        .map(|e| e.files_of_running(&name))
        .unwrap_or(false)
}

/// Capabilities asked for that the container will not have: not in our bounding set (under
/// a parent that dropped them, e.g. `capsh --drop`, or systemd's CapabilityBoundingSet).
fn warn_unavailable_caps(caps: &GrantedCaps) {
    if !caps.unavailable.is_empty() {
        eprintln!(
            "rcon: {} not in this process's capability bounding set: the container runs without {}",
            caps.unavailable.join(", "),
            if caps.unavailable.len() == 1 {
                "it"
            } else {
                "them"
            }
        );
    }
}

pub fn dispatch(engine: &Engine, cmd: ContainerCommand) -> Result<i32> {
    match cmd {
        ContainerCommand::Run(a) => {
            let c = &a.create;
            let opts = AttachOptions {
                stdin: c.interactive,
                tty: c.tty,
                detach_keys: detach_keys(&a.detach_keys)?,
                sig_proxy: a.sig_proxy,
            };
            let o = c.options()?;
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
        ContainerCommand::Create(a) => {
            let o = a.options()?;
            warn_unavailable_caps(&container_caps(&o)?);
            let rec = engine.create(&o)?;
            a.write_cidfile(&rec.id)?;
            println!("{}", rec.id);
            Ok(0)
        }
        ContainerCommand::Start(a) => {
            if a.attach || a.interactive {
                if a.containers.len() != 1 {
                    return Err(
                        EngineError::failed("start --attach takes exactly one container").into(),
                    );
                }
                let rec = engine.container(&a.containers[0])?;
                let opts = AttachOptions {
                    stdin: a.interactive,
                    tty: rec.config.tty,
                    detach_keys: detach_keys(&a.detach_keys)?,
                    sig_proxy: a.sig_proxy,
                };
                return Ok(engine.start(&a.containers[0], Some(&opts))?.unwrap_or(0));
            }
            each(&a.containers, false, |r| {
                engine.start(r, None).map(|_| r.to_string())
            })
        }
        ContainerCommand::Stop(a) => {
            let refs = targets(engine, a.all, &a.containers, true)?;
            each(&refs, a.ignore, |r| {
                engine.stop(r, a.time).map(|_| r.to_string())
            })
        }
        ContainerCommand::Restart(a) => {
            let refs = targets(engine, a.all, &a.containers, false)?;
            each(&refs, a.ignore, |r| {
                engine.restart(r, a.time).map(|_| r.to_string())
            })
        }
        ContainerCommand::Kill(a) => {
            let sig = parse_signal(&a.signal)?;
            let refs = targets(engine, a.all, &a.containers, true)?;
            each(&refs, false, |r| engine.kill(r, sig).map(|_| r.to_string()))
        }
        ContainerCommand::Rm(a) => {
            let refs = targets(engine, a.all, &a.containers, false)?;
            each(&refs, a.ignore, |r| engine.remove(r, a.force))
        }
        ContainerCommand::Ps(a) => {
            let (entries, warnings) = engine.ps_warning(&PsOptions {
                all: a.all,
                latest: a.latest,
                last: a.last,
                filters: a.filter.clone(),
            })?;
            // podman's (logrus's) warning format
            for w in warnings {
                eprintln!("WARN[0000] {w}");
            }
            if a.quiet {
                for e in &entries {
                    println!(
                        "{}",
                        if a.no_trunc {
                            &e.rec.id[..]
                        } else {
                            &e.rec.id[..12]
                        }
                    );
                }
                return Ok(0);
            }
            if a.format.as_deref().is_none_or(str::is_empty) {
                // the default table, written directly: no template, no JSON values per row
                let mut rows = Vec::with_capacity(entries.len() + 1);
                rows.push(
                    "CONTAINER ID\tIMAGE\tCOMMAND\tCREATED\tSTATUS\tPORTS\tNAMES".to_string(),
                );
                for e in &entries {
                    rows.push(e.table_row(a.no_trunc));
                }
                print!("{}", crate::cli::template::align_columns(&rows));
                return Ok(0);
            }
            let data: Vec<_> = entries
                .iter()
                .map(|e| e.template_data(a.no_trunc))
                .collect();
            print_list(
                a.format.as_deref(),
                "{{.ID}}\t{{.Image}}\t{{.Command}}\t{{.CreatedHuman}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}",
                &[("ID", "CONTAINER ID"), ("CreatedHuman", "CREATED")],
                || entries.iter().map(|e| e.json()).collect(),
                &data,
            )?;
            Ok(0)
        }
        ContainerCommand::Inspect(a) => inspect(engine, &a),
        ContainerCommand::Wait(a) => each(&a.containers, false, |r| {
            engine.wait(r).map(|c| c.to_string())
        }),
        ContainerCommand::Logs(a) => {
            let tail = match a.tail {
                Some(n) if n >= 0 => Some(n as usize),
                _ => None,
            };
            engine.logs(
                &a.container,
                &LogsOptions {
                    follow: a.follow,
                    timestamps: a.timestamps,
                    tail,
                    since: a.since.clone(),
                    until: a.until.clone(),
                },
                &mut std::io::stdout().lock(),
                &mut std::io::stderr(),
            )?;
            Ok(0)
        }
        ContainerCommand::Exec(a) => {
            let o = ExecOptions {
                command: a.command.clone(),
                interactive: a.interactive,
                tty: a.tty,
                detach: a.detach,
                env: a.env.clone(),
                env_files: a.env_file.clone(),
                user: a.user.clone(),
                workdir: a.workdir.clone(),
                detach_keys: detach_keys(&a.detach_keys)?,
                privileged: a.privileged,
            };
            if a.privileged {
                warn_unavailable_caps(&privileged_caps());
            }
            Ok(engine.exec(&a.container, &o)?)
        }
        ContainerCommand::Attach(a) => {
            let opts = AttachOptions {
                stdin: !a.no_stdin,
                tty: false,
                detach_keys: detach_keys(&a.detach_keys)?,
                sig_proxy: a.sig_proxy,
            };
            Ok(engine.attach(&a.container, &opts)?)
        }
        ContainerCommand::Top(a) => {
            let rows = engine.top(&a.container, &a.descriptors)?;
            let lines: Vec<String> = rows.iter().map(|r| r.join("\t")).collect();
            print!("{}", super::template::align_columns(&lines));
            Ok(0)
        }
        ContainerCommand::Pause(a) => {
            let refs = targets(engine, a.all, &a.containers, true)?;
            each(&refs, false, |r| {
                engine.pause(r, true).map(|_| r.to_string())
            })
        }
        ContainerCommand::Unpause(a) => {
            let refs = targets(engine, a.all, &a.containers, true)?;
            each(&refs, false, |r| {
                engine.pause(r, false).map(|_| r.to_string())
            })
        }
        ContainerCommand::Rename(a) => {
            engine.rename(&a.container, &a.name)?;
            Ok(0)
        }
        ContainerCommand::Cp(a) => {
            engine.cp(
                &a.src,
                &a.dest,
                &mut std::io::stdin().lock(),
                &mut std::io::stdout().lock(),
            )?;
            Ok(0)
        }
        ContainerCommand::Export(a) => {
            engine.export_to(
                &a.container,
                a.output.as_deref(),
                crate::engine::images::StdoutStream {
                    writer: &mut std::io::stdout().lock(),
                    is_terminal: std::io::IsTerminal::is_terminal(&std::io::stdout()),
                },
            )?;
            Ok(0)
        }
        ContainerCommand::Diff(a) => {
            let changes = engine.diff(&a.container)?;
            match a.format.as_deref() {
                Some("json") => {
                    let mut m = serde_json::Map::new();
                    for (k, name) in [('A', "added"), ('C', "changed"), ('D', "deleted")] {
                        let v: Vec<&String> = changes
                            .iter()
                            .filter(|(c, _)| *c == k)
                            .map(|(_, p)| p)
                            .collect();
                        if !v.is_empty() {
                            m.insert(name.into(), serde_json::json!(v));
                        }
                    }
                    println!("{}", serde_json::to_string_pretty(&m)?);
                }
                Some(f) => {
                    let data: Vec<_> = changes
                        .iter()
                        .map(|(k, p)| serde_json::json!({"ChangeType": k.to_string(), "Path": p}))
                        .collect();
                    print_list(
                        Some(f),
                        "{{.ChangeType}}\t{{.Path}}",
                        &[],
                        || data.clone(),
                        &data,
                    )?;
                }
                None => {
                    for (k, p) in changes {
                        println!("{k} {p}");
                    }
                }
            }
            Ok(0)
        }
        ContainerCommand::Port(a) => {
            // no published ports until networking: verify the container and print nothing
            match (&a.container, a.all) {
                (Some(c), false) => {
                    engine.container(c)?;
                }
                (None, true) => {}
                _ => return Err(EngineError::invalid("give a container, or --all").into()),
            }
            Ok(0)
        }
    }
}

pub fn inspect(engine: &Engine, a: &InspectArgs) -> Result<i32> {
    let mut items = vec![];
    let mut err = None;
    for n in &a.names {
        let c = if a.typ != "image" {
            engine.container(n).ok()
        } else {
            None
        };
        if let Some(rec) = c {
            items.push(engine.inspect_container(&rec));
            continue;
        }
        if a.typ != "container" {
            match engine.images.lookup(n) {
                Ok(img) => {
                    items.push(engine.inspect_image(&img)?);
                    continue;
                }
                Err(e) if a.typ == "image" => {
                    err = Some(anyhow::Error::from(e));
                    continue;
                }
                Err(_) => {}
            }
        }
        if !["all", "container", "image"].contains(&a.typ.as_str()) {
            return Err(EngineError::invalid(format!(
                "invalid --type \"{}\": use container, image or all",
                a.typ
            ))
            .into());
        }
        err = Some(EngineError::not_found(format!("no such object: \"{n}\"")).into());
    }
    print_objects(a.format.as_deref(), &items)?;
    match err {
        Some(e) => Err(e),
        None => Ok(0),
    }
}
