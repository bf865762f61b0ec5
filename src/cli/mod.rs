//! The command line: clap definitions (one file per noun), option → engine call, output,
//! and the exit code. Commands and long flags are spelled as podman spells them.

pub mod container;
pub mod events;
pub mod format;
pub mod history;
pub mod image;
pub mod network;
pub mod progress;
pub mod registry;
pub mod system;
pub mod system_space;
pub mod template;
pub mod volume;

/// rcon's own stdin, stdout and stderr, which the engine relays for run, attach and exec.
pub const STDIO: crate::engine::report::Terminal = crate::engine::report::Terminal {
    stdin: 0,
    stdout: 1,
    stderr: 2,
};

use crate::engine::{host, Engine, EngineError};
use crate::store::StorePaths;
use crate::supervisor::launch::Prespawned;
use clap::{CommandFactory, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "rcon",
    version,
    about = "A daemonless container engine in one binary",
    propagate_version = true,
    disable_help_subcommand = true
)]
pub struct Cli {
    /// Path of persistent storage (images, containers)
    #[arg(long, global = true, value_name = "PATH")]
    pub root: Option<PathBuf>,
    /// Path of runtime state (sockets, exit files)
    #[arg(long, global = true, value_name = "PATH")]
    pub runroot: Option<PathBuf>,
    /// Storage driver of a new store: overlay (default where available) or vfs
    #[arg(long, global = true, value_name = "NAME")]
    pub storage_driver: Option<String>,
    /// Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic
    #[arg(long, global = true, value_name = "LEVEL")]
    pub log_level: Option<String>,
    /// Storage driver option (rcon's drivers take none: only "" is accepted)
    #[arg(long, global = true, value_name = "OPTION")]
    pub storage_opt: Vec<String>,
    /// Cgroup manager: cgroupfs (systemd is not available yet)
    #[arg(long, global = true, value_name = "MANAGER")]
    pub cgroup_manager: Option<String>,
    /// Events backend: file or none (journald is not available)
    #[arg(long, global = true, value_name = "BACKEND")]
    pub events_backend: Option<String>,
    /// Directory of runtime state (not available: rcon keeps it under --runroot)
    #[arg(long, global = true, value_name = "PATH")]
    pub tmpdir: Option<PathBuf>,
    /// Directory of volumes (not available: volumes are kept under --root)
    #[arg(long, global = true, value_name = "PATH")]
    pub volumepath: Option<PathBuf>,
    /// Path of the rootless network command (not available yet: comes with networks)
    #[arg(long, global = true, value_name = "PATH")]
    pub network_cmd_path: Option<PathBuf>,
    /// Send nothing to stdout
    #[arg(long, global = true)]
    pub noout: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum Command {
    #[command(flatten)]
    Container(container::ContainerCommand),
    #[command(flatten)]
    Image(image::ImageTopCommand),
    /// Manage containers
    #[command(name = "container", subcommand)]
    Container_(container::ContainerGroup),
    /// Manage images
    #[command(name = "image", subcommand)]
    ImageGroup(image::ImageGroup),
    /// Manage volumes
    #[command(subcommand)]
    Volume(volume::VolumeCommand),
    /// Manage networks (created and inspected; containers join them with the bridge datapath)
    #[command(subcommand)]
    Network(network::NetworkCommand),
    /// Manage rcon itself
    #[command(subcommand)]
    System(system::SystemCommand),
    /// Display information about the host and rcon
    Info(system::InfoArgs),
    /// Show rcon events (from the events log; followed until interrupted)
    Events(events::EventsArgs),
    /// Display the rcon version
    Version(system::VersionArgs),
    /// Print a shell completion script
    Completion {
        /// bash, zsh or fish
        shell: clap_complete::Shell,
    },
    /// Log in to a registry (credentials kept in auth.json)
    Login(registry::LoginArgs),
    /// Log out of a registry
    Logout(registry::LogoutArgs),
    /// Run a command (default: $SHELL) in the rootless user namespace, where rcon mount works
    Unshare(container::UnshareArgs),
}

/// The clap command tree (parsing, completions and man pages).
pub fn command() -> clap::Command {
    Cli::command()
}

/// podman's help layout: `Usage:` on a line of its own, `Available Commands:`, `Options:`.
/// Only for printing help: rebuilding the tree costs every other command half a millisecond.
fn podman_help_layout(cmd: clap::Command) -> clap::Command {
    let cmd = cmd
        .help_template("{about-with-newline}\nUsage:\n  {usage}\n\n{all-args}{after-help}")
        .subcommand_help_heading("Available Commands");
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    names
        .iter()
        .fold(cmd, |c, n| c.mut_subcommand(n, podman_help_layout))
}

/// `rcon help [COMMAND...]`, as podman's: the command line of `rcon COMMAND... --help`.
fn help_verb_to_flag(argv: &mut Vec<String>) {
    let mut i = 1;
    while i < argv.len() {
        match argv[i].as_str() {
            a if GLOBAL_WITH_VALUE.contains(&a) => i += 2,
            a if a.starts_with('-') => i += 1,
            "help" => {
                argv.remove(i);
                argv.push("--help".into());
                return;
            }
            _ => return,
        }
    }
}

/// The global options that take a value in the next word.
const GLOBAL_WITH_VALUE: [&str; 10] = [
    "--root",
    "--runroot",
    "--storage-driver",
    "--log-level",
    "--storage-opt",
    "--cgroup-manager",
    "--events-backend",
    "--tmpdir",
    "--volumepath",
    "--network-cmd-path",
];

/// Storage paths for this user: the flags, else the configuration file, else the defaults
/// (`StorePaths::resolve`).
pub fn store_paths(cli: &Cli) -> anyhow::Result<StorePaths> {
    Ok(StorePaths::resolve(cli.root.clone(), cli.runroot.clone()))
}

impl Command {
    /// Rootless: commands that write the store run inside the user's user namespace, so
    /// image files keep their ownership; readers and exec (which joins the container's own
    /// namespace) run as the user.
    fn needs_userns(&self) -> bool {
        use container::ContainerCommand as C;
        match self {
            Command::Container(c) | Command::Container_(container::ContainerGroup::Verb(c)) => {
                !matches!(
                    c,
                    C::Ps(_)
                        | C::Inspect(_)
                        | C::Logs(_)
                        | C::Wait(_)
                        | C::Port(_)
                        | C::Top(_)
                        | C::Attach(_)
                        | C::Exec(_)
                        | C::Kill(_)
                        | C::Stop(_)
                        | C::Pause(_)
                        | C::Unpause(_)
                        | C::Rename(_)
                        | C::Mount(_)
                        | C::Unmount(_)
                )
            }
            // the rcon a label runs enters it itself (see engine/runlabel.rs)
            Command::Container_(
                container::ContainerGroup::Exists(_) | container::ContainerGroup::Runlabel(_),
            ) => false,
            Command::Container_(_) => true,
            Command::Image(image::ImageTopCommand::Images(_)) => false,
            Command::Image(image::ImageTopCommand::History(_)) => false,
            Command::ImageGroup(
                image::ImageGroup::History(_)
                | image::ImageGroup::Exists(_)
                | image::ImageGroup::Tree(_),
            ) => false,
            Command::Image(_) | Command::ImageGroup(_) => true,
            Command::System(system::SystemCommand::Events(_)) => false,
            Command::Volume(v) => v.needs_userns(),
            Command::Network(n) => n.needs_userns(),
            Command::System(_) | Command::Unshare(_) => true,
            _ => false,
        }
    }
}

/// Does the command line name `run` (or `container run`), after any global options? (`main`
/// forks root `run`'s supervisor before clap parses anything.)
pub fn is_run(args: &[String]) -> bool {
    let mut words = vec![];
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            a if GLOBAL_WITH_VALUE.contains(&a) => {
                it.next();
            }
            "--noout" => {}
            a if a.starts_with('-') => {
                if !a.contains('=') {
                    return false;
                }
            }
            w => {
                words.push(w);
                if words.len() == 2 || w != "container" {
                    break;
                }
            }
        }
    }
    matches!(words.as_slice(), ["run"] | ["container", "run"])
}

/// `rcon ps | head -1`: the reader is gone and our next line to stdout fails with EPIPE,
/// which print! turns into a panic (Rust ignores SIGPIPE, so that sockets report EPIPE
/// instead). End as podman and the shell's tools end there instead: killed by SIGPIPE,
/// silently (status 141 in the shell).
fn die_quietly_on_closed_stdout() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let p = info.payload();
        let msg = p
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| p.downcast_ref::<&str>().copied())
            .unwrap_or("");
        // print! and clap_complete's generate (`rcon completion bash | head -1`)
        let writing = msg.starts_with("failed printing to std")
            || msg.starts_with("failed to write completion file");
        if writing && msg.contains("Broken pipe") {
            // SAFETY: restoring SIGPIPE's default action and raising it ends the process.
            #[allow(unsafe_code)]
            unsafe {
                libc::signal(libc::SIGPIPE, libc::SIG_DFL);
                libc::raise(libc::SIGPIPE);
            }
        }
        default(info)
    }));
}

/// Entry point; returns the process exit code. `prespawned`: root `run`'s supervisor, forked
/// by `main` before anything else (`supervisor::launch::prespawn`).
pub fn main(prespawned: Option<Prespawned>) -> i32 {
    die_quietly_on_closed_stdout();
    // `just docs`: internal, so not a clap command (it would show in the completions)
    let mut argv: Vec<String> = std::env::args().collect();
    if let [_, docs, man, completions] = argv.as_slice() {
        if docs == "__docs" {
            return match write_docs(man.as_ref(), completions.as_ref()) {
                Ok(()) => 0,
                Err(e) => {
                    eprintln!("Error: {e:#}");
                    125
                }
            };
        }
    }
    help_verb_to_flag(&mut argv);
    let cli = match Cli::try_parse_from(&argv) {
        Ok(c) => c,
        Err(e) => {
            use clap::error::ErrorKind::{DisplayHelp, DisplayHelpOnMissingArgumentOrSubcommand};
            let e = if matches!(
                e.kind(),
                DisplayHelp | DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                podman_help_layout(command())
                    .try_get_matches_from(&argv)
                    .err()
                    .unwrap_or(e)
            } else {
                e
            };
            let code = match e.kind() {
                clap::error::ErrorKind::DisplayHelp
                | clap::error::ErrorKind::DisplayVersion
                | clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => 0,
                _ => 125,
            };
            // clap's usage message; a closed stderr leaves only the exit code to say it
            let _ = e.print();
            return code;
        }
    };
    if let Some(level) = cli.log_level.as_deref() {
        if !LOG_LEVELS.contains(&level.to_ascii_lowercase().as_str()) {
            // podman's words and exit status
            eprintln!(
                "Log Level {level:?} is not supported, choose from: {}",
                LOG_LEVELS.join(", ")
            );
            return 1;
        }
    }
    crate::init_tracing(cli.log_level.as_deref());
    if let Err(e) = global_options(&cli) {
        eprintln!("Error: {e}");
        return 125;
    }
    if cli.noout {
        // podman's --noout: stdout goes nowhere (stderr still says what went wrong)
        if let Err(e) = stdout_to_null() {
            eprintln!("Error: --noout: {e}");
            return 125;
        }
    }
    match run(cli, prespawned) {
        Ok(code) => code,
        Err(e) => {
            let code = exit_code_of(&e);
            let msg = format!("{e:#}");
            eprintln!("Error: {}", msg.trim_end_matches('.'));
            code
        }
    }
}

/// `--noout`: /dev/null as fd 1.
fn stdout_to_null() -> std::io::Result<()> {
    let null = std::fs::OpenOptions::new().write(true).open("/dev/null")?;
    nix::unistd::dup2(std::os::fd::AsRawFd::as_raw_fd(&null), 1)?;
    Ok(())
}

/// podman's log levels (`--log-level`)
const LOG_LEVELS: [&str; 8] = [
    "trace", "debug", "info", "warn", "warning", "error", "fatal", "panic",
];

/// The global options podman has and rcon takes only in part: accepted where rcon does what
/// they ask, else one line naming the option and why.
fn global_options(cli: &Cli) -> Result<(), String> {
    if let Some(o) = cli.storage_opt.iter().find(|o| !o.is_empty()) {
        return Err(format!(
            "--storage-opt {o}: rcon's storage drivers (overlay, vfs) take no options"
        ));
    }
    match cli.cgroup_manager.as_deref() {
        None | Some("cgroupfs") => {}
        Some("systemd") => return Err(
            "--cgroup-manager systemd: not available yet: rcon manages cgroups itself (cgroupfs)"
                .into(),
        ),
        Some(m) => {
            return Err(format!(
                "--cgroup-manager {m}: unknown cgroup manager: use cgroupfs"
            ))
        }
    }
    match cli.events_backend.as_deref() {
        None | Some("file") | Some("none") => {}
        Some("journald") => return Err(
            "--events-backend journald: not available: rcon writes events to a file (file, none)"
                .into(),
        ),
        Some(b) => {
            return Err(format!(
                "--events-backend {b}: unknown events backend: use file or none"
            ))
        }
    }
    if cli.tmpdir.is_some() {
        return Err("--tmpdir: not available: rcon keeps its runtime state under --runroot".into());
    }
    if cli.volumepath.is_some() {
        return Err(
            "--volumepath: not available: rcon keeps volumes in its store (ROOT/volumes; use --root)"
                .into(),
        );
    }
    if cli.network_cmd_path.is_some() {
        return Err("--network-cmd-path: not available yet: comes with networks".into());
    }
    Ok(())
}

/// bash: container and image names completed from `rcon ps` and `rcon images`, and no file
/// names after --network (over clap_complete's static `_rcon`).
const BASH_DYNAMIC: &str = include_str!("completion.bash");
/// zsh's: the same names, `_rcon` wrapping clap_complete's (which becomes `_rcon_static`).
const ZSH_DYNAMIC: &str = include_str!("completion.zsh");
/// fish's: the same names.
const FISH_DYNAMIC: &str = include_str!("completion.fish");

/// The completion script for `shell`: clap_complete's, with rcon's names added.
fn completion_script(shell: clap_complete::Shell) -> Vec<u8> {
    let mut buf = vec![];
    clap_complete::generate(shell, &mut command(), "rcon", &mut buf);
    match shell {
        clap_complete::Shell::Bash => buf.extend_from_slice(BASH_DYNAMIC.as_bytes()),
        clap_complete::Shell::Fish => buf.extend_from_slice(FISH_DYNAMIC.as_bytes()),
        clap_complete::Shell::Zsh => {
            // the static script's closing autoload dance is redone after the wrapper
            let text = String::from_utf8_lossy(&buf).into_owned();
            let cut = text
                .rfind("if [ \"$funcstack[1]\" = \"_rcon\" ]")
                .unwrap_or(text.len());
            buf = text.as_bytes()[..cut].to_vec();
            buf.extend_from_slice(ZSH_DYNAMIC.as_bytes());
        }
        _ => {}
    }
    buf
}

/// The global options given, as arguments again: for the rcon an image's label runs
/// (`container runlabel`), so that it works on the same store.
fn global_args(cli: &Cli) -> Vec<String> {
    let mut v = vec![];
    let mut add = |flag: &str, value: Option<String>| {
        if let Some(value) = value {
            v.push(format!("--{flag}"));
            v.push(value);
        }
    };
    let path = |p: &Option<PathBuf>| p.as_ref().map(|p| p.to_string_lossy().into_owned());
    add("root", path(&cli.root));
    add("runroot", path(&cli.runroot));
    add("storage-driver", cli.storage_driver.clone());
    add("log-level", cli.log_level.clone());
    add("cgroup-manager", cli.cgroup_manager.clone());
    add("events-backend", cli.events_backend.clone());
    v
}

/// rcon's exit code for an error: the engine's (125, or a start failure's 126/127), else 125.
fn exit_code_of(e: &anyhow::Error) -> i32 {
    for cause in e.chain() {
        if let Some(e) = cause.downcast_ref::<EngineError>() {
            return e.exit_code();
        }
    }
    125
}

fn run(cli: Cli, prespawned: Option<Prespawned>) -> anyhow::Result<i32> {
    match &cli.command {
        Command::Completion { shell } => {
            // names of containers and images, asked of rcon when completing
            print!("{}", String::from_utf8_lossy(&completion_script(*shell)));
            return Ok(0);
        }
        Command::Version(a) => return system::version(a),
        _ => {}
    }
    let mut paths = store_paths(&cli)?;
    paths.no_events = cli.events_backend.as_deref() == Some("none");
    let joins_running = match &cli.command {
        Command::Container(c) | Command::Container_(container::ContainerGroup::Verb(c)) => {
            paths.rootless && container::running_container_files(c, &paths)
        }
        _ => false,
    };
    if paths.rootless && cli.command.needs_userns() && !joins_running && !host::in_child_userns() {
        // a container joining another's namespaces starts in that one's user namespace
        let owner = match &cli.command {
            Command::Container(c) | Command::Container_(container::ContainerGroup::Verb(c)) => {
                container::rootless_ns_owner(c, &paths)
            }
            _ => None,
        };
        match owner {
            Some(pid) => host::join_rootless(pid)?,
            None => host::enter_rootless(&paths, |notice| eprintln!("{notice}"))?,
        }
    }
    let mut engine = Engine::new(paths, STDIO)?;
    engine.prespawned = std::sync::Mutex::new(prespawned);
    engine.reporter = std::sync::Arc::new(progress::StderrReporter::new());
    engine.driver_flag = cli.storage_driver.clone();
    if engine.driver_flag.is_some() {
        // validated against the store, and recorded if the store is new
        engine.storage_driver()?;
    }
    let globals = global_args(&cli);
    match cli.command {
        Command::Container(c) => container::dispatch(&engine, c),
        Command::Container_(container::ContainerGroup::Runlabel(a)) => {
            container::runlabel(&engine, &a, &globals)
        }
        Command::Container_(g) => container::dispatch_group(&engine, g),
        Command::Image(c) => image::dispatch_top(&engine, c),
        Command::ImageGroup(g) => image::dispatch_group(&engine, g),
        Command::System(s) => system::dispatch(&engine, s),
        Command::Volume(v) => volume::dispatch(&engine, v),
        Command::Network(n) => network::dispatch(&engine, n),
        Command::Info(a) => system::info(&engine, &a),
        Command::Events(a) => events::events(&engine, &a),
        Command::Login(a) => registry::login(&engine, &a),
        Command::Logout(a) => registry::logout(&engine, &a),
        Command::Unshare(a) => container::unshare(&engine, &a),
        Command::Version(_) | Command::Completion { .. } => {
            unreachable!("handled above")
        }
    }
}

/// One man page per command (rcon.1, rcon-run.1, rcon-image-ls.1, ...) and the completions.
fn write_docs(man: &std::path::Path, completions: &std::path::Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(man)?;
    std::fs::create_dir_all(completions)?;
    fn walk(cmd: &clap::Command, prefix: &str, man: &std::path::Path) -> anyhow::Result<()> {
        let name = if prefix.is_empty() {
            cmd.get_name().to_string()
        } else {
            format!("{prefix}-{}", cmd.get_name())
        };
        let cmd = cmd
            .clone()
            .name(Box::leak(name.clone().into_boxed_str()) as &str);
        let mut buf = vec![];
        clap_mangen::Man::new(cmd.clone()).render(&mut buf)?;
        std::fs::write(man.join(format!("{name}.1")), buf)?;
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sub, &name, man)?;
        }
        Ok(())
    }
    let mut cmd = command();
    cmd.build();
    walk(&cmd, "", man)?;
    for (shell, file) in [
        (clap_complete::Shell::Bash, "rcon.bash"),
        (clap_complete::Shell::Zsh, "_rcon"),
        (clap_complete::Shell::Fish, "rcon.fish"),
    ] {
        std::fs::write(completions.join(file), completion_script(shell))?;
    }
    Ok(())
}
