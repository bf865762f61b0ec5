//! `rcon completion bash`: container names for container verbs and image names for image
//! verbs, asked of rcon itself; no file names after --network. Checked in bash, with
//! COMP_WORDS set as bash sets them.

mod common;
use common::*;
use std::process::Command;

/// COMPREPLY for the command line `words` (the last one being completed), in bash with rcon's
/// completion script loaded and this test's rcon (with its store) first in PATH.
fn complete(r: &Rcon, words: &[&str]) -> Vec<String> {
    let script = r.dir.join("rcon.bash");
    let out = Command::new(BIN)
        .args(["completion", "bash"])
        .output()
        .unwrap();
    assert!(out.status.success());
    std::fs::write(&script, &out.stdout).unwrap();
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
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut v: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    v.sort();
    v
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
