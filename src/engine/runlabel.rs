//! `container runlabel LABEL IMAGE [ARG...]`: the command an image's label holds, made as
//! podman makes it (IMAGE, NAME, $IMAGE, $NAME and ${...} replaced, the arguments appended,
//! other `$VAR`s expanded from nothing but OPT1-3 and PWD, a leading `podman` or `docker`
//! replaced by the running rcon), then run with the caller's stdio.

use super::error::{EngineError, Result};
use super::pull::{PullOptions, PullPolicy};
use super::Engine;
use std::os::fd::{BorrowedFd, OwnedFd};
use std::path::PathBuf;
use std::process::{Command, Stdio};

#[derive(Debug, Clone, Default)]
pub struct RunlabelOptions {
    /// the label's name (matched without regard to case, as podman)
    pub label: String,
    pub image: String,
    /// appended to the label's command
    pub args: Vec<String>,
    /// NAME's value; default: the image's last path element without its tag
    pub name: Option<String>,
    pub pull_opts: PullOptions,
    /// the global options given to this rcon (--root, ...), passed on to the rcon the label
    /// runs and to a rootless pull
    pub globals: Vec<String>,
}

/// The command a label makes: `argv[0]` is a path to run (the running rcon for a label's
/// `podman` or `docker`), `self_invoked` says it was so replaced.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelCommand {
    pub argv: Vec<String>,
    pub self_invoked: bool,
}

impl Engine {
    /// The label's command for `o.image` (pulled if missing); podman's error when the image
    /// has no such label or an empty one.
    pub fn runlabel_command(&self, o: &RunlabelOptions) -> Result<LabelCommand> {
        if self.paths.rootless
            && !super::host::in_child_userns()
            && self.images.lookup(&o.image).is_err()
        {
            self.pull_in_userns(o)?;
        }
        let img = self.image_for_run(&o.image, PullPolicy::Missing, &o.pull_opts)?;
        let config: serde_json::Value =
            serde_json::from_slice(&self.images.blobs.read(&img.config_digest)?)?;
        let label = config["config"]["Labels"]
            .as_object()
            .and_then(|m| {
                m.iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case(&o.label))
                    .and_then(|(_, v)| v.as_str())
            })
            .unwrap_or("");
        if label.is_empty() {
            return Err(EngineError::not_found(format!(
                "cannot find the value of label: {} in image: {}",
                o.label, o.image
            )));
        }
        // the newest name the image was given, else its id
        let image_name = img
            .names_history
            .first()
            .or(img.names.first())
            .cloned()
            .unwrap_or_else(|| img.id.clone());
        let name = o.name.clone().unwrap_or_else(|| {
            let from = if img.id.starts_with(&o.image) {
                &image_name
            } else {
                &o.image
            };
            let last = from.rsplit('/').next().unwrap_or(from);
            last.split(':').next().unwrap_or(last).to_string()
        });
        let line = format!("{label} {}", o.args.join(" "));
        let cwd = std::env::current_dir()
            .map(|d| d.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut cmd = label_command(&line, &image_name, &name, &self.self_exe, &cwd)?;
        if cmd.self_invoked {
            cmd.argv.splice(1..1, o.globals.iter().cloned());
        }
        Ok(cmd)
    }

    /// Rootless, runlabel stays outside the user namespace, so that the rcon its label runs
    /// enters it as any rcon does (one started inside would take itself for root); a missing
    /// image is pulled by an rcon of its own, which does enter it.
    fn pull_in_userns(&self, o: &RunlabelOptions) -> Result<()> {
        let p = &o.pull_opts;
        let mut cmd = Command::new(&self.self_exe);
        cmd.args(&o.globals).arg("pull");
        if let Some(a) = &p.authfile {
            cmd.arg("--authfile").arg(a);
        }
        if let Some(d) = &p.cert_dir {
            cmd.arg("--cert-dir").arg(d);
        }
        if let Some(c) = &p.creds {
            cmd.arg("--creds")
                .arg(format!("{}:{}", c.username, c.password));
        }
        if let Some(v) = p.tls_verify {
            cmd.arg(format!("--tls-verify={v}"));
        }
        // its output is the image id, which runlabel does not print
        cmd.arg("--quiet").arg(&o.image).stdout(Stdio::null());
        if p.quiet {
            cmd.stderr(Stdio::null());
        }
        let status = cmd
            .status()
            .map_err(|e| EngineError::failed(format!("pulling {}: {e}", o.image)))?;
        if !status.success() {
            return Err(EngineError::failed(format!("pulling {} failed", o.image)));
        }
        Ok(())
    }

    /// `--replace`: the container the command names with `--name` goes first, if it exists.
    pub fn runlabel_replace(&self, cmd: &LabelCommand) -> Result<()> {
        if let Some(i) = cmd.argv.iter().position(|a| a == "--name") {
            if let Some(name) = cmd.argv.get(i + 1) {
                match self.remove(name, true) {
                    Err(EngineError::Store(crate::store::StoreError::NoSuchContainer(_))) => {}
                    r => {
                        r?;
                    }
                }
            }
        }
        Ok(())
    }

    /// Run the label's command with the caller's stdin, stdout and stderr (none with
    /// `quiet`), with PODMAN_RUNLABEL_NESTED=1 in its environment. A command that fails is
    /// an error, as podman's "exit status N".
    pub fn runlabel_exec(&self, cmd: &LabelCommand, quiet: bool) -> Result<()> {
        let stdio = |fd: i32| -> Result<Stdio> {
            if quiet {
                return Ok(Stdio::null());
            }
            // SAFETY: the caller's terminal fds stay open for the engine's life.
            #[allow(unsafe_code)]
            let fd = unsafe { BorrowedFd::borrow_raw(fd) };
            let owned: OwnedFd = fd.try_clone_to_owned()?;
            Ok(Stdio::from(owned))
        };
        let status = Command::new(&cmd.argv[0])
            .args(&cmd.argv[1..])
            .env("PODMAN_RUNLABEL_NESTED", "1")
            .stdin(stdio(self.term.stdin)?)
            .stdout(stdio(self.term.stdout)?)
            .stderr(stdio(self.term.stderr)?)
            .status()
            .map_err(|e| EngineError::failed(format!("running {}: {e}", cmd.argv[0])))?;
        match (
            status.code(),
            std::os::unix::process::ExitStatusExt::signal(&status),
        ) {
            (Some(0), _) => Ok(()),
            (Some(c), _) => Err(EngineError::failed(format!("exit status {c}"))),
            (None, Some(s)) => Err(EngineError::failed(format!(
                "signal: {}",
                super::signal_name(s)
            ))),
            (None, None) => Err(EngineError::failed("the label's command failed")),
        }
    }
}

/// podman's steps: split the line, replace the program and the IMAGE/NAME words, join, expand
/// the `$VAR`s, split again (so quoting does not survive the join, as in podman).
fn label_command(
    line: &str,
    image: &str,
    name: &str,
    self_exe: &std::path::Path,
    cwd: &str,
) -> Result<LabelCommand> {
    let words = split_words(line)?;
    let Some((prog, rest)) = words.split_first() else {
        return Err(EngineError::invalid("the label holds no command"));
    };
    let self_invoked = prog == "podman"
        || prog == "rcon"
        || std::path::Path::new(prog)
            .file_name()
            .is_some_and(|b| b == "docker");
    let prog = if self_invoked {
        self_exe.to_string_lossy().into_owned()
    } else if prog.contains('/') || prog.starts_with('.') {
        let abs = std::path::absolute(prog).unwrap_or_else(|_| PathBuf::from(prog));
        std::fs::metadata(&abs)
            .map_err(|e| EngineError::not_found(format!("stat {}: {e}", abs.display())))?;
        abs.to_string_lossy().into_owned()
    } else {
        prog.clone()
    };
    let mut argv = vec![prog];
    for a in rest {
        argv.push(match a.as_str() {
            "IMAGE=IMAGE" => format!("IMAGE={image}"),
            "NAME=NAME" => format!("NAME={name}"),
            "NAME" => name.to_string(),
            "IMAGE" => image.to_string(),
            _ => a
                .replace("$NAME", name)
                .replace("${NAME}", name)
                .replace("$IMAGE", image)
                .replace("${IMAGE}", image),
        });
    }
    let expanded = expand(&argv.join(" "), |v| match v {
        "PWD" => cwd.to_string(),
        // OPT1..OPT3 come from podman's hidden --opt flags, which rcon does not have
        _ => String::new(),
    });
    Ok(LabelCommand {
        argv: split_words(&expanded)?,
        self_invoked,
    })
}

/// Shell-like words: blanks separate, '...' is literal, "..." and a backslash escape the next
/// character, a `#` at the start of a word comments out the rest (google/shlex's rules).
fn split_words(s: &str) -> Result<Vec<String>> {
    let mut words = vec![];
    let mut cur: Option<String> = None;
    let mut it = s.chars();
    while let Some(c) = it.next() {
        match c {
            c if c.is_whitespace() => {
                if let Some(w) = cur.take() {
                    words.push(w);
                }
            }
            '#' if cur.is_none() => break,
            '\\' => {
                let w = cur.get_or_insert_with(String::new);
                match it.next() {
                    Some(n) => w.push(n),
                    None => return Err(EngineError::invalid("the label ends in an escape")),
                }
            }
            '\'' | '"' => {
                let w = cur.get_or_insert_with(String::new);
                loop {
                    match it.next() {
                        Some(q) if q == c => break,
                        Some('\\') if c == '"' => match it.next() {
                            Some(n) => w.push(n),
                            None => break,
                        },
                        Some(x) => w.push(x),
                        None => {
                            return Err(EngineError::invalid(
                                "EOF found when expecting closing quote",
                            ))
                        }
                    }
                }
            }
            c => cur.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(cur);
    Ok(words)
}

/// Go's os.Expand: `$NAME`, `${NAME}` and the one-character special names through `map`; a
/// `$` before anything else stays, bad `${` syntax is dropped.
fn expand(s: &str, map: impl Fn(&str) -> String) -> String {
    let special = |c: u8| b"*#$@!?-".contains(&c) || c.is_ascii_digit();
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    let mut last = 0;
    while i < b.len() {
        if b[i] == b'$' && i + 1 < b.len() {
            out.push_str(&s[last..i]);
            let rest = &s[i + 1..];
            let r = rest.as_bytes();
            let (name, width) = if r[0] == b'{' {
                if r.len() > 2 && special(r[1]) && r[2] == b'}' {
                    (&rest[1..2], 3)
                } else {
                    match rest.find('}') {
                        Some(1) => ("", 2),
                        Some(end) => (&rest[1..end], end + 1),
                        None => ("", 1),
                    }
                }
            } else if special(r[0]) {
                (&rest[..1], 1)
            } else {
                let n = r
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
                    .count();
                (&rest[..n], n)
            };
            if !name.is_empty() {
                out.push_str(&map(name));
            } else if width == 0 {
                out.push('$');
            }
            i += 1 + width;
            last = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&s[last.min(s.len())..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cmd(line: &str) -> Vec<String> {
        label_command(
            line,
            "localhost/app:latest",
            "app",
            std::path::Path::new("/proc/self/exe"),
            "/here",
        )
        .unwrap()
        .argv
    }

    #[test]
    fn podmans_substitutions() {
        assert_eq!(
            cmd("podman run --name NAME -e NAME=NAME -e IMAGE=IMAGE IMAGE echo $NAME ${IMAGE} "),
            [
                "/proc/self/exe",
                "run",
                "--name",
                "app",
                "-e",
                "NAME=app",
                "-e",
                "IMAGE=localhost/app:latest",
                "localhost/app:latest",
                "echo",
                "app",
                "localhost/app:latest"
            ]
        );
        assert_eq!(cmd("/usr/bin/docker ps")[0], "/proc/self/exe");
        // other variables: only PWD has a value; quoting does not survive (as podman)
        assert_eq!(
            cmd("echo $HOME:$PWD 'a b' $ x"),
            ["echo", ":/here", "a", "b", "$", "x"]
        );
        assert!(label_command("sh 'open", "i", "n", Path::new("/x"), "/").is_err());
    }

    #[test]
    fn expansion_as_go() {
        let m = |v: &str| format!("<{v}>");
        assert_eq!(expand("a$B c${D}e $1x ${} $", m), "a<B> c<D>e <1>x  $");
        assert_eq!(expand("cost: $", m), "cost: $");
        assert_eq!(expand("${oops", m), "oops");
    }

    use std::path::Path;
}
