//! `rcon completion bash`: container names for container verbs and image names for image
//! verbs, asked of rcon itself; no file names after --network. Checked in bash, with
//! COMP_WORDS set as bash sets them; zsh's and fish's the same names, in zsh (its completion
//! builtins stubbed to print what they are given) and fish (`complete -C`).

mod common;
use common::*;
use std::process::Command;

/// A directory whose `rcon` runs this test's binary on the test's store, for PATH.
fn store_bin(r: &Rcon) -> std::path::PathBuf {
    let bin = r.dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    std::fs::write(
        bin.join("rcon"),
        format!(
            "#!/bin/sh\nexec {BIN} --root {} --runroot {} \"$@\"\n",
            r.root.display(),
            r.runroot.display()
        ),
    )
    .unwrap();
    chmod(&bin.join("rcon"), 0o755);
    bin
}

/// The script `rcon completion SHELL` prints, written into the test's directory.
fn script(r: &Rcon, shell: &str) -> std::path::PathBuf {
    let out = Command::new(BIN)
        .args(["completion", shell])
        .output()
        .unwrap();
    assert!(out.status.success());
    let path = r.dir.join(format!("rcon.{shell}"));
    std::fs::write(&path, &out.stdout).unwrap();
    path
}

fn sorted_lines(out: &std::process::Output) -> Vec<String> {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut v: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| l.split('\t').next().unwrap().to_string())
        .collect();
    v.sort();
    v
}

/// The names zsh's `_rcon` offers for `words` (the last one being completed): compadd,
/// compdef and clap's static completion stubbed.
fn complete_zsh(r: &Rcon, words: &[&str]) -> Vec<String> {
    let script = script(r, "zsh");
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let line = format!(
        "compdef() {{ }}; compadd() {{ [[ $1 == -a ]] && print -l -- ${{(P)2}} }}; \
         source {}; _rcon_static() {{ print static }}; words=({}); CURRENT={}; _rcon",
        script.display(),
        quoted.join(" "),
        words.len(),
    );
    let out = Command::new("zsh")
        .args(["-f", "-c", &line])
        .env(
            "PATH",
            format!("{}:/usr/sbin:/usr/bin:/sbin:/bin", store_bin(r).display()),
        )
        .output()
        .unwrap();
    sorted_lines(&out)
}

/// What fish completes for the command line `line`.
fn complete_fish(r: &Rcon, line: &str) -> Vec<String> {
    let script = script(r, "fish");
    let out = Command::new("fish")
        .args([
            "--no-config",
            "-c",
            &format!("source {}; complete -C '{line}'", script.display()),
        ])
        .env(
            "PATH",
            format!("{}:/usr/sbin:/usr/bin:/sbin:/bin", store_bin(r).display()),
        )
        .output()
        .unwrap();
    sorted_lines(&out)
}

#[test]
fn zsh_and_fish_complete_containers_and_images() {
    let r = Rcon::new();
    r.ok(&["create", "--name", "web", "busybox", "true"]);
    r.ok(&["create", "--name", "worker", "busybox", "true"]);
    r.ok(&["tag", "busybox", "wimg:1"]);
    let zsh = complete_zsh(&r, &["rcon", "start", "w"]);
    assert!(
        zsh.contains(&"web".to_string()) && zsh.contains(&"worker".to_string()),
        "{zsh:?}"
    );
    let zsh = complete_zsh(&r, &["rcon", "container", "rm", ""]);
    assert!(zsh.contains(&"web".to_string()), "{zsh:?}");
    let zsh = complete_zsh(&r, &["rcon", "rmi", ""]);
    assert!(zsh.contains(&"wimg:1".to_string()), "{zsh:?}");
    assert!(zsh.contains(&"localhost/wimg:1".to_string()), "{zsh:?}");
    // options are clap's static completion
    assert_eq!(complete_zsh(&r, &["rcon", "start", "--"]), ["static"]);

    assert_eq!(complete_fish(&r, "rcon start w"), ["web", "worker"]);
    assert_eq!(complete_fish(&r, "rcon rmi wi"), ["wimg:1"]);
    assert!(complete_fish(&r, "rcon start --").contains(&"--attach".to_string()));
}

/// COMPREPLY for the command line `words` (the last one being completed), in bash with rcon's
/// completion script loaded and this test's rcon (with its store) first in PATH.
fn complete(r: &Rcon, words: &[&str]) -> Vec<String> {
    let script = script(r, "bash");
    let bin = store_bin(r);
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let line = format!(
        "source {}; complete -p rcon | grep -q _rcon_dynamic || exit 3; COMP_WORDS=({}); COMP_CWORD={}; COMP_LINE='{}'; COMP_POINT=${{#COMP_LINE}}; _rcon_dynamic rcon '{}' '{}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display(),
        quoted.join(" "),
        words.len() - 1,
        words.join(" "),
        words[words.len() - 1],
        words[words.len() - 2],
    );
    let out = Command::new("bash")
        .args(["-c", &line])
        .env(
            "PATH",
            format!("{}:/usr/sbin:/usr/bin:/sbin:/bin", bin.display()),
        )
        .output()
        .unwrap();
    sorted_lines(&out)
}

#[test]
fn bash_completes_containers_images_and_networks() {
    let r = Rcon::new();
    r.ok(&["create", "--name", "web", "busybox", "true"]);
    r.ok(&["create", "--name", "worker", "busybox", "true"]);
    r.ok(&["tag", "busybox", "wimg:1"]);
    assert_eq!(complete(&r, &["rcon", "start", "w"]), ["web", "worker"]);
    assert_eq!(complete(&r, &["rcon", "container", "rm", "we"]), ["web"]);
    assert_eq!(complete(&r, &["rcon", "rmi", "w"]), ["wimg:1"]);
    assert_eq!(
        complete(&r, &["rcon", "rmi", "localhost/w"]),
        ["localhost/wimg:1"]
    );
    assert_eq!(
        complete(&r, &["rcon", "run", "--network", ""]),
        ["host", "none", "private"]
    );
    // flags are still clap's
    assert!(complete(&r, &["rcon", "start", "--"]).contains(&"--attach".to_string()));
}
