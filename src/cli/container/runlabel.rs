//! `rcon container runlabel LABEL IMAGE [ARG...]`: run (or with --display, show) the command
//! an image's label holds.

use crate::engine::pull::PullOptions;
use crate::engine::runlabel::RunlabelOptions;
use crate::engine::Engine;
use anyhow::Result;
use clap::Args;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct RunlabelArgs {
    /// Path of the authentication file (default: $REGISTRY_AUTH_FILE, else podman's auth.json)
    #[arg(long)]
    authfile: Option<PathBuf>,
    /// Directory of the registry's certificates, instead of /etc/containers/certs.d/HOST
    #[arg(long, value_name = "DIR")]
    cert_dir: Option<PathBuf>,
    /// Credentials (USERNAME:PASSWORD) to use for authenticating to a registry
    #[arg(long)]
    creds: Option<String>,
    /// Preview the command that the label would run
    #[arg(long)]
    display: bool,
    /// Assign a name to the container (NAME in the label)
    #[arg(short, long)]
    name: Option<String>,
    /// Suppress output information when installing images
    #[arg(short, long)]
    quiet: bool,
    /// Replace existing container with a new one from the image
    #[arg(long)]
    replace: bool,
    /// Require HTTPS and verify certificates when contacting registries (default true)
    #[arg(long, num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    tls_verify: Option<bool>,
    /// The label (e.g. RUN or INSTALL)
    label: String,
    /// The image whose label it is (pulled if missing)
    image: String,
    /// Appended to the label's command
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

/// `globals`: this invocation's global options (--root, ...), given to the rcon the label
/// runs, so that it works on the same store.
pub fn runlabel(engine: &Engine, a: &RunlabelArgs, globals: &[String]) -> Result<i32> {
    let pull_opts = PullOptions {
        quiet: a.quiet,
        authfile: a.authfile.clone(),
        tls_verify: a.tls_verify,
        creds: a
            .creds
            .as_deref()
            .map(crate::cli::registry::parse_creds)
            .transpose()?,
        cert_dir: a.cert_dir.clone(),
        ..Default::default()
    };
    let cmd = engine.runlabel_command(&RunlabelOptions {
        label: a.label.clone(),
        image: a.image.clone(),
        args: a.args.clone(),
        name: a.name.clone(),
        pull_opts,
        globals: globals.to_vec(),
    })?;
    if a.display {
        // as podman: the program as this rcon was invoked when the label calls podman
        let mut shown = cmd.argv.clone();
        if cmd.self_invoked {
            shown[0] = std::env::args().next().unwrap_or_else(|| "rcon".into());
        }
        println!("command: {}", shown.join(" "));
        return Ok(0);
    }
    if a.replace {
        engine.runlabel_replace(&cmd)?;
    }
    engine.runlabel_exec(&cmd, a.quiet)?;
    Ok(0)
}
