//! The command line against podman 4.3.1's (tests/fixtures/podman-flags.tsv, podman's own
//! `--help` of every verb): every flag of every verb rcon has appears in its `--help`.

mod common;
use common::*;
use std::collections::BTreeMap;
use std::process::Command;

#[test]
fn every_podman_flag_of_every_verb_rcon_has_is_in_its_help() {
    let spec = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/podman-flags.tsv"),
    )
    .unwrap();
    let mut verbs: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
    for line in spec
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let f: Vec<&str> = line.split('\t').collect();
        let e = verbs.entry(f[0]).or_default();
        if f.len() > 2 && !f[2].is_empty() {
            e.push((f[1], f[2]));
        }
    }
    let mut missing = vec![];
    let mut checked = 0;
    for (verb, flags) in &verbs {
        let out = Command::new(BIN)
            .args(verb.split(' '))
            .arg("--help")
            .output()
            .unwrap();
        if !out.status.success() {
            continue; // a verb rcon does not have
        }
        checked += 1;
        let help = String::from_utf8_lossy(&out.stdout);
        let words: Vec<&str> = help
            .split(|c: char| c.is_whitespace() || c == ',' || c == '=' || c == '[' || c == ']')
            .collect();
        for (short, long) in flags {
            if !words.contains(long) {
                missing.push(format!("{verb} {long}"));
            } else if !short.is_empty() && !words.contains(short) {
                missing.push(format!("{verb} {short} (short for {long})"));
            }
        }
    }
    assert!(checked > 50, "only {checked} verbs answered --help");
    assert!(
        missing.is_empty(),
        "{} podman flags missing from rcon's --help:\n{}",
        missing.len(),
        missing.join("\n")
    );
}
