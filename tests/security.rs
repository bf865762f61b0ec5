//! Smaller holes (issue 11): capabilities within the caller's bounding set, the ICMP ping
//! sysctl of a container's network namespace, and env files parsed by podman's rules.

mod common;
use common::*;
use std::process::Command;

/// rcon run under a bounding set without CAP_SYS_MODULE (bit 16), as under `capsh --drop`.
fn without_sys_module(r: &Rcon, args: &[&str]) -> std::process::Output {
    let mut c = Command::new("setpriv");
    c.args(["--bounding-set", "-sys_module", "--", BIN, "--root"])
        .arg(&r.root)
        .arg("--runroot")
        .arg(&r.runroot)
        .args(args)
        .stdin(std::process::Stdio::null());
    c.output().expect("running setpriv")
}

fn cap_bnd(out: &std::process::Output) -> u64 {
    assert!(out.status.success(), "{}", stderr(out));
    let s = stdout(out);
    let hex = s.split_whitespace().nth(1).expect("CapBnd line");
    u64::from_str_radix(hex, 16).unwrap()
}

#[test]
fn all_capabilities_means_those_the_caller_has() {
    let r = Rcon::new();
    let grep = ["busybox", "grep", "CapBnd", "/proc/self/status"];
    let mut args = vec!["run", "--rm", "--cap-add", "ALL"];
    args.extend_from_slice(&grep);
    let out = without_sys_module(&r, &args);
    let bnd = cap_bnd(&out);
    assert_eq!(bnd & (1 << 16), 0, "CAP_SYS_MODULE granted");
    assert_ne!(bnd & (1 << 21), 0, "CAP_SYS_ADMIN missing");
    assert!(
        stderr(&out).contains("CAP_SYS_MODULE") && stderr(&out).contains("bounding set"),
        "{}",
        stderr(&out)
    );
    // a capability named explicitly is left out too, and named
    let out = without_sys_module(
        &r,
        &[
            "run",
            "--rm",
            "--cap-add",
            "SYS_MODULE",
            "busybox",
            "grep",
            "CapBnd",
            "/proc/self/status",
        ],
    );
    assert_eq!(cap_bnd(&out) & (1 << 16), 0);
    assert!(stderr(&out).contains("CAP_SYS_MODULE"), "{}", stderr(&out));
    // exec --privileged likewise
    r.ok(&["run", "-d", "--name", "box", "busybox", "sleep", "100"]);
    let out = without_sys_module(
        &r,
        &[
            "exec",
            "--privileged",
            "box",
            "grep",
            "CapBnd",
            "/proc/self/status",
        ],
    );
    let bnd = cap_bnd(&out);
    assert_eq!(bnd & (1 << 16), 0);
    assert_ne!(bnd & (1 << 21), 0);
    assert!(stderr(&out).contains("CAP_SYS_MODULE"), "{}", stderr(&out));
    r.ok(&["rm", "-f", "-t", "0", "box"]);
}

#[test]
fn a_container_network_namespace_lets_root_ping() {
    let r = Rcon::new();
    let host = std::fs::read_to_string("/proc/sys/net/ipv4/ping_group_range").unwrap();
    let inside = r.ok(&[
        "run",
        "--rm",
        "busybox",
        "cat",
        "/proc/sys/net/ipv4/ping_group_range",
    ]);
    assert_eq!(
        inside.split_whitespace().collect::<Vec<_>>(),
        vec!["0", "0"]
    );
    // --network host shares the host's, which is left alone
    let shared = r.ok(&[
        "run",
        "--rm",
        "--network",
        "host",
        "busybox",
        "cat",
        "/proc/sys/net/ipv4/ping_group_range",
    ]);
    assert_eq!(shared, host);
    assert_eq!(
        std::fs::read_to_string("/proc/sys/net/ipv4/ping_group_range").unwrap(),
        host
    );
}

#[test]
fn env_files_with_a_nameless_or_spaced_variable_are_refused() {
    let r = Rcon::new();
    r.ok(&["run", "-d", "--name", "box", "busybox", "sleep", "100"]);
    for (line, shown) in [("=novalue", "\"=novalue\""), ("A B=C", "\"A B=C\"")] {
        let f = r.dir.join("env");
        std::fs::write(&f, format!("OK=1\n{line}\n")).unwrap();
        let f = f.to_str().unwrap();
        let err = r.fails(125, &["run", "--rm", "--env-file", f, "busybox", "true"]);
        assert!(
            err.contains(&format!(
                "parsing env file \"{f}\": invalid environment variable: {shown}"
            )),
            "{err}"
        );
        let err = r.fails(125, &["exec", "--env-file", f, "box", "true"]);
        assert!(
            err.contains(&format!("invalid environment variable: {shown}")),
            "{err}"
        );
    }
    r.fails(125, &["run", "--rm", "-e", "=x", "busybox", "true"]);
    // leading whitespace goes, the rest of a value stays; NAME passes the host's value
    let f = r.dir.join("good");
    std::fs::write(&f, "  A=1 \nRCON_FROM_HOST\n").unwrap();
    let out = r
        .cmd(&[
            "exec",
            "--env-file",
            f.to_str().unwrap(),
            "box",
            "sh",
            "-c",
            "echo \"[$A][$RCON_FROM_HOST]\"",
        ])
        .env("RCON_FROM_HOST", "yes")
        .output()
        .unwrap();
    assert_eq!(stdout(&out), "[1 ][yes]\n", "{}", stderr(&out));
    r.ok(&["rm", "-f", "-t", "0", "box"]);
    assert_eq!(r.ok(&["ps", "-a", "-q"]), "");
}
