//! `rcon pull`, `rcon login`, `rcon logout`, and the registry flags `run`/`create` share.

use crate::engine::pull::PullOptions;
use crate::engine::{Engine, EngineError};
use crate::registry::auth::Credentials;
use crate::registry::manifest::Platform;
use anyhow::Result;
use clap::Args;
use std::io::IsTerminal;
use std::path::PathBuf;

// How to reach a registry (pull, push, login, run, create). (A plain comment: a doc comment
// would become the about text of the commands that flatten it, whose arguments are deferred.)
#[derive(Args, Debug, Clone, Default)]
pub struct ConnectFlags {
    /// Credentials file (default: $REGISTRY_AUTH_FILE, else podman's auth.json)
    #[arg(long)]
    pub authfile: Option<PathBuf>,
    /// Require HTTPS and verify certificates (false: allow plain HTTP and any certificate)
    #[arg(long, num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    pub tls_verify: Option<bool>,
    /// Docker's content trust switch: accepted for scripts and does nothing, as in podman
    #[arg(long)]
    pub disable_content_trust: bool,
}

// How to reach registries and which platform to take from an index (pull, run, create).
#[derive(Args, Debug, Clone, Default)]
pub struct RegistryFlags {
    #[command(flatten)]
    pub connect: ConnectFlags,
    /// Pull the image for this architecture instead of the host's
    #[arg(long)]
    pub arch: Option<String>,
    /// Pull the image for this OS instead of linux
    #[arg(long)]
    pub os: Option<String>,
    /// Pull the image for this architecture variant (e.g. v7)
    #[arg(long)]
    pub variant: Option<String>,
    /// Pull the image for OS/ARCH[/VARIANT]
    #[arg(long)]
    pub platform: Option<String>,
}

impl RegistryFlags {
    pub fn options(&self, quiet: bool, creds: Option<&str>) -> Result<PullOptions> {
        let platform = Platform::choose(
            self.platform.as_deref(),
            self.os.as_deref(),
            self.arch.as_deref(),
            self.variant.as_deref(),
        )
        .map_err(|e| EngineError::invalid(e.to_string()))?;
        Ok(PullOptions {
            platform,
            quiet,
            authfile: self.connect.authfile.clone(),
            tls_verify: self.connect.tls_verify,
            creds: creds.map(parse_creds).transpose()?,
            cert_dir: None,
        })
    }
}

pub(crate) fn parse_creds(s: &str) -> Result<Credentials> {
    match s.split_once(':') {
        Some((u, p)) if !u.is_empty() => Ok(Credentials {
            username: u.into(),
            password: p.into(),
        }),
        _ => Err(EngineError::invalid("invalid --creds: use USERNAME:PASSWORD").into()),
    }
}

#[derive(Args, Debug)]
pub struct PullArgs {
    #[command(flatten)]
    pub registry: RegistryFlags,
    /// Directory of the registry's certificates (*.crt authorities, NAME.cert + NAME.key client
    /// certificate), instead of /etc/containers/certs.d/HOST
    #[arg(long, value_name = "DIR")]
    pub cert_dir: Option<PathBuf>,
    /// Pull every tag of the repository (not supported)
    #[arg(short, long)]
    pub all_tags: bool,
    /// Credentials for the registry, USERNAME:PASSWORD
    #[arg(long)]
    pub creds: Option<String>,
    /// Print only the image id
    #[arg(short, long)]
    pub quiet: bool,
    /// Image to pull: NAME[:TAG], NAME@DIGEST, or a short name resolved through the search registries
    pub image: String,
}

pub fn pull(engine: &Engine, a: &PullArgs) -> Result<i32> {
    if a.all_tags {
        return Err(EngineError::unsupported(
            "pull --all-tags is not supported: pull each tag by name",
        )
        .into());
    }
    let mut o = a.registry.options(a.quiet, a.creds.as_deref())?;
    o.cert_dir = a.cert_dir.clone();
    let img = engine.pull(&a.image, &o)?;
    println!("{}", img.id);
    Ok(0)
}

#[derive(Args, Debug)]
pub struct LoginArgs {
    /// Username
    #[arg(short, long)]
    username: Option<String>,
    /// Password (visible to other users of this host: prefer --password-stdin)
    #[arg(short, long)]
    password: Option<String>,
    /// Read the password from standard input
    #[arg(long)]
    password_stdin: bool,
    #[command(flatten)]
    connect: ConnectFlags,
    /// Directory of the registry's certificates (*.crt authorities, NAME.cert + NAME.key client
    /// certificate), instead of /etc/containers/certs.d/HOST
    #[arg(long, value_name = "DIR")]
    cert_dir: Option<PathBuf>,
    /// Print the username stored for the registry
    #[arg(long)]
    get_login: bool,
    /// Say which credentials file was used
    #[arg(short, long)]
    verbose: bool,
    /// Registry (host[:port], or host/namespace)
    registry: String,
}

#[derive(Args, Debug)]
pub struct LogoutArgs {
    /// Credentials file
    #[arg(long)]
    authfile: Option<PathBuf>,
    /// Remove the credentials of every registry
    #[arg(short, long)]
    all: bool,
    /// Registry (host[:port], or host/namespace)
    registry: Option<String>,
}

fn prompt(what: &str, hidden: bool) -> Result<String> {
    use std::io::Write;
    eprint!("{what}: ");
    // stderr is unbuffered: nothing is lost if this fails
    let _ = std::io::stderr().flush();
    let tty = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/tty")?;
    let mut line = String::new();
    let raw = hidden
        .then(|| crate::engine::host::no_echo(&tty))
        .transpose()?;
    let res = std::io::BufRead::read_line(&mut std::io::BufReader::new(&tty), &mut line);
    drop(raw);
    if hidden {
        eprintln!();
    }
    res?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}

pub fn login(engine: &Engine, a: &LoginArgs) -> Result<i32> {
    if a.get_login {
        println!(
            "{}",
            engine.login_user(a.connect.authfile.as_deref(), &a.registry)?
        );
        return Ok(0);
    }
    if a.password.is_some() && a.password_stdin {
        return Err(EngineError::invalid(
            "--password and --password-stdin cannot be used together",
        )
        .into());
    }
    let interactive = std::io::stdin().is_terminal();
    let username = match &a.username {
        Some(u) => u.clone(),
        None if interactive => prompt("Username", false)?,
        None => {
            return Err(EngineError::invalid(
                "login needs a username: give -u USERNAME (no terminal to ask on)",
            )
            .into())
        }
    };
    let password = if a.password_stdin {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)?;
        s.trim_end_matches(['\n', '\r']).to_string()
    } else {
        match &a.password {
            Some(p) => p.clone(),
            None if interactive => prompt("Password", true)?,
            None => {
                return Err(EngineError::invalid(
                    "login needs a password: give --password-stdin (or -p)",
                )
                .into())
            }
        }
    };
    let mut o = RegistryFlags {
        connect: a.connect.clone(),
        ..Default::default()
    }
    .options(true, None)?;
    o.cert_dir = a.cert_dir.clone();
    let file = engine.login(&a.registry, Credentials { username, password }, &o)?;
    if a.verbose {
        println!("Used: {}", file.display());
    }
    println!("Login Succeeded!");
    Ok(0)
}

pub fn logout(engine: &Engine, a: &LogoutArgs) -> Result<i32> {
    match (&a.registry, a.all) {
        (Some(_), true) => Err(EngineError::invalid("give a registry or --all, not both").into()),
        (None, false) => Err(EngineError::invalid("logout needs a registry (or --all)").into()),
        (None, true) => {
            engine.logout_all(a.authfile.as_deref())?;
            println!("Removed login credentials for all registries");
            Ok(0)
        }
        (Some(r), false) => {
            let key = engine.logout(a.authfile.as_deref(), r)?;
            println!("Removed login credentials for {key}");
            Ok(0)
        }
    }
}

#[derive(Args, Debug)]
pub struct PushArgs {
    #[command(flatten)]
    connect: ConnectFlags,
    /// Credentials for the registry, USERNAME:PASSWORD
    #[arg(long)]
    creds: Option<String>,
    /// Manifest format: oci or v2s2 (default: the image's own)
    #[arg(short, long)]
    format: Option<String>,
    /// Recompress the layers: gzip, zstd or none (default: as stored)
    #[arg(long)]
    compression_format: Option<String>,
    /// Write the pushed manifest's digest to this file
    #[arg(long)]
    digestfile: Option<PathBuf>,
    /// Directory of the registry's certificates (*.crt authorities, NAME.cert + NAME.key client
    /// certificate), instead of /etc/containers/certs.d/HOST
    #[arg(long, value_name = "DIR")]
    cert_dir: Option<PathBuf>,
    /// No progress output
    #[arg(short, long)]
    quiet: bool,
    /// Push no signatures: rcon never copies signatures, so this is what it always does
    #[arg(long)]
    remove_signatures: bool,
    /// Compress layers for the dir: transport (not supported: rcon pushes to registries)
    #[arg(long)]
    compress: bool,
    /// Sign the image with this GPG key (not supported)
    #[arg(long, value_name = "KEY")]
    sign_by: Option<String>,
    /// Sign the image with this sigstore private key (not supported)
    #[arg(long, value_name = "PATH")]
    sign_by_sigstore_private_key: Option<PathBuf>,
    /// Passphrase file of the signing key (not supported)
    #[arg(long, value_name = "PATH")]
    sign_passphrase_file: Option<PathBuf>,
    /// Image to push
    image: String,
    /// Destination, REGISTRY/REPOSITORY[:TAG] (or docker://...); default: the image's name
    destination: Option<String>,
}

pub fn push(engine: &Engine, a: &PushArgs) -> Result<i32> {
    use crate::engine::push::{ManifestFormat, PushOptions};
    use crate::image::compress::Compression;
    if a.sign_by.is_some()
        || a.sign_by_sigstore_private_key.is_some()
        || a.sign_passphrase_file.is_some()
    {
        return Err(EngineError::unsupported("signing images is not supported: push without --sign-by, --sign-by-sigstore-private-key and --sign-passphrase-file").into());
    }
    if a.compress {
        return Err(EngineError::invalid("push --compress applies to the dir: transport, which rcon does not push to: use --compression-format for registries").into());
    }
    let format = match a.format.as_deref() {
        None => None,
        Some("oci") => Some(ManifestFormat::Oci),
        Some("v2s2") | Some("docker") => Some(ManifestFormat::V2s2),
        Some(f) => {
            return Err(EngineError::unsupported(format!(
                "unsupported manifest format \"{f}\": use oci or v2s2"
            ))
            .into())
        }
    };
    let compression = match a.compression_format.as_deref() {
        None => None,
        Some("gzip") => Some(Compression::Gzip),
        Some("zstd") => Some(Compression::Zstd),
        Some("none") | Some("uncompressed") => Some(Compression::None),
        Some(c) => {
            return Err(EngineError::unsupported(format!(
                "unsupported compression format \"{c}\": use gzip, zstd or none"
            ))
            .into())
        }
    };
    let mut registry = RegistryFlags {
        connect: a.connect.clone(),
        ..Default::default()
    }
    .options(a.quiet, a.creds.as_deref())?;
    registry.cert_dir = a.cert_dir.clone();
    engine.push(
        &a.image,
        a.destination.as_deref(),
        &PushOptions {
            registry,
            format,
            compression,
            digestfile: a.digestfile.clone(),
        },
    )?;
    Ok(0)
}
