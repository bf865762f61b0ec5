//! run/create's isolation flags as a user checks them: shared and host namespaces, user
//! namespace maps, the read-only rootfs, sysctls, /dev/shm's size, passed fds, a rootfs
//! directory; as root and rootless.

mod common;
use common::*;
use std::process::{Command, Stdio};

fn inspect(r: &Rcon, ctr: &str, format: &str) -> String {
    r.ok(&["inspect", "--format", format, ctr])
        .trim()
        .to_string()
}

/// Refused with exit 125 and one line, nothing created.
#[track_caller]
fn refused(r: &Rcon, args: &[&str], wording: &str) {
    let err = r.fails(125, args);
    assert!(err.contains(wording), "{args:?}: {err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert_eq!(r.ok(&["ps", "-aq"]).trim(), "", "{args:?} left a container");
}

/// A sleeping container to share namespaces with.
fn sleeper(r: &Rcon, name: &str) {
    r.ok(&["run", "-d", "--name", name, "busybox", "sleep", "300"]);
}

fn ns_of(r: &Rcon, args: &[&str], ns: &str) -> String {
    let mut a = args.to_vec();
    let link = format!("/proc/self/ns/{ns}");
    a.extend(["readlink", link.as_str()]);
    r.ok(&a).trim().to_string()
}

#[test]
fn pid_namespace_host_and_another_containers() {
    let r = Rcon::new();
    // the test's own process is visible with the host's pid namespace, not without
    let me = format!("/proc/{}", std::process::id());
    r.ok(&["run", "--rm", "--pid", "host", "busybox", "test", "-d", &me]);
    r.fails(1, &["run", "--rm", "busybox", "test", "-d", &me]);
    sleeper(&r, "x");
    let ps = r.ok(&["run", "--rm", "--pid", "container:x", "busybox", "ps"]);
    assert!(ps.contains("sleep 300"), "{ps}");
    assert_eq!(inspect(&r, "x", "{{.HostConfig.PidMode}}"), "private");
    refused(
        &Rcon::new(),
        &["run", "--pid", "bogus", "busybox", "true"],
        "unrecognized namespace mode bogus",
    );
    refused(
        &Rcon::new(),
        &["run", "--pid", "container:nosuch", "busybox", "true"],
        "nosuch",
    );
}

#[test]
fn ipc_uts_cgroup_namespaces_shared_or_the_hosts() {
    let r = Rcon::new();
    sleeper(&r, "x");
    for ns in ["ipc", "uts", "cgroup"] {
        let flag = if ns == "cgroup" {
            "--cgroupns".to_string()
        } else {
            format!("--{ns}")
        };
        let theirs = ns_of(&r, &["exec", "x"], ns);
        let joined = ns_of(&r, &["run", "--rm", &flag, "container:x", "busybox"], ns);
        let own = ns_of(&r, &["run", "--rm", "busybox"], ns);
        assert_eq!(joined, theirs, "{ns}");
        assert_ne!(own, theirs, "{ns}");
    }
    // the host's UTS namespace: the host's name, and no -h
    let host = nix::unistd::gethostname().unwrap().into_string().unwrap();
    assert_eq!(
        r.ok(&["run", "--rm", "--uts", "host", "busybox", "hostname"])
            .trim(),
        host
    );
    let x_name = r.ok(&["exec", "x", "hostname"]);
    assert_eq!(
        r.ok(&["run", "--rm", "--uts", "container:x", "busybox", "hostname"]),
        x_name
    );
    assert_eq!(
        r.ok(&["exec", "x", "hostname"]),
        x_name,
        "a joiner renamed x"
    );
    let e = Rcon::new();
    refused(
        &e,
        &["run", "--uts", "host", "-h", "foo", "busybox", "true"],
        "cannot set hostname when running in the host UTS namespace",
    );
    // --ipc none: no /dev/shm; shareable is private
    r.fails(
        1,
        &[
            "run",
            "--rm",
            "--ipc",
            "none",
            "busybox",
            "sh",
            "-c",
            "grep -q ' /dev/shm ' /proc/mounts",
        ],
    );
    let own = ns_of(&r, &["run", "--rm", "--ipc", "shareable", "busybox"], "ipc");
    assert_ne!(own, ns_of(&r, &["exec", "x"], "ipc"));
}

#[test]
fn uidmap_shows_in_the_container_and_in_exec() {
    let r = Rcon::new();
    let map = r.ok(&[
        "run",
        "--rm",
        "--uidmap",
        "0:100000:65536",
        "busybox",
        "cat",
        "/proc/self/uid_map",
        "/proc/self/gid_map",
    ]);
    let lines: Vec<Vec<&str>> = map
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(lines, vec![vec!["0", "100000", "65536"]; 2], "{map}");
    r.ok(&[
        "run",
        "-d",
        "--name",
        "m",
        "--uidmap",
        "0:200000:1000",
        "--gidmap",
        "0:300000:1000",
        "busybox",
        "sleep",
        "300",
    ]);
    let pid = inspect(&r, "m", "{{.State.Pid}}");
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    assert!(
        status
            .lines()
            .any(|l| l.starts_with("Uid:") && l.contains("200000")),
        "{status}"
    );
    assert!(
        status
            .lines()
            .any(|l| l.starts_with("Gid:") && l.contains("300000")),
        "{status}"
    );
    assert_eq!(r.ok(&["exec", "m", "id", "-u"]).trim(), "0");
    let m = r.ok(&["exec", "m", "cat", "/proc/self/uid_map"]);
    assert_eq!(
        m.split_whitespace().collect::<Vec<_>>(),
        ["0", "200000", "1000"]
    );
    assert_eq!(
        inspect(&r, "m", "{{.HostConfig.IDMappings.UidMap}}"),
        "[0:200000:1000]"
    );
    // the image's files are not id-mapped: owned by an id outside the map, / is not writable
    r.fails(1, &["exec", "m", "touch", "/x"]);
    r.ok(&["exec", "m", "touch", "/tmp/x"]);
    let e = Rcon::new();
    refused(
        &e,
        &["run", "--userns", "keep-id", "busybox", "true"],
        "keep-id is only supported in rootless mode",
    );
    refused(
        &e,
        &["run", "--uidmap", "0:1", "busybox", "true"],
        "invalid --uidmap",
    );
    refused(
        &e,
        &[
            "run", "--userns", "keep-id", "--uidmap", "0:1:1", "busybox", "true",
        ],
        "cannot be combined",
    );
}

#[test]
fn read_only_rootfs_with_and_without_its_tmpfs() {
    let r = Rcon::new();
    let out = r.run(&["run", "--rm", "--read-only", "busybox", "touch", "/x"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Read-only file system"));
    r.ok(&[
        "run",
        "--rm",
        "--read-only",
        "busybox",
        "sh",
        "-c",
        "touch /tmp/a /run/b /var/tmp/c",
    ]);
    r.fails(
        1,
        &[
            "run",
            "--rm",
            "--read-only",
            "--read-only-tmpfs=false",
            "busybox",
            "touch",
            "/tmp/a",
        ],
    );
    // without --read-only the rootfs is writable and /tmp is the image's
    r.ok(&["run", "--rm", "busybox", "touch", "/x"]);
    r.ok(&["create", "--name", "ro", "--read-only", "busybox"]);
    assert_eq!(inspect(&r, "ro", "{{.HostConfig.ReadonlyRootfs}}"), "true");
}

#[test]
fn sysctls_namespaced_only() {
    let r = Rcon::new();
    let out = r.ok(&[
        "run",
        "--rm",
        "--sysctl",
        "net.ipv4.ip_forward=1",
        "--sysctl",
        "kernel.shmmax=12345678",
        "--sysctl",
        "fs.mqueue.msg_max=20",
        "busybox",
        "cat",
        "/proc/sys/net/ipv4/ip_forward",
        "/proc/sys/kernel/shmmax",
        "/proc/sys/fs/mqueue/msg_max",
    ]);
    assert_eq!(
        out.split_whitespace().collect::<Vec<_>>(),
        ["1", "12345678", "20"]
    );
    let e = Rcon::new();
    refused(
        &e,
        &["run", "--sysctl", "kernel.panic=1", "busybox", "true"],
        "sysctl 'kernel.panic' is not allowed",
    );
    refused(
        &e,
        &["create", "--sysctl", "vm.swappiness=1", "busybox"],
        "is not allowed",
    );
    refused(
        &e,
        &[
            "run",
            "--network",
            "host",
            "--sysctl",
            "net.ipv4.ip_forward=1",
            "busybox",
            "true",
        ],
        "Network Namespace set to host",
    );
    refused(
        &e,
        &[
            "run",
            "--ipc",
            "host",
            "--sysctl",
            "kernel.shmmax=1",
            "busybox",
            "true",
        ],
        "IPC Namespace set to host",
    );
}

#[test]
fn shm_size_oom_score_personality_groups() {
    let r = Rcon::new();
    let df = r.ok(&[
        "run",
        "--rm",
        "--shm-size",
        "8m",
        "busybox",
        "df",
        "-k",
        "/dev/shm",
    ]);
    assert!(
        df.lines().last().unwrap().split_whitespace().nth(1) == Some("8192"),
        "{df}"
    );
    let df = r.ok(&["run", "--rm", "busybox", "df", "-k", "/dev/shm"]);
    assert!(df.contains("65536"), "{df}");
    assert_eq!(
        r.ok(&[
            "run",
            "--rm",
            "--oom-score-adj",
            "300",
            "busybox",
            "cat",
            "/proc/self/oom_score_adj"
        ])
        .trim(),
        "300"
    );
    assert_eq!(
        r.ok(&[
            "run",
            "--rm",
            "--personality",
            "LINUX32",
            "busybox",
            "uname",
            "-m"
        ])
        .trim(),
        "i686"
    );
    let id = r.ok(&[
        "run",
        "--rm",
        "--group-add",
        "wheel",
        "--group-add",
        "4242",
        "busybox",
        "id",
        "-G",
    ]);
    assert_eq!(
        id.split_whitespace().collect::<Vec<_>>(),
        ["0", "10", "4242"]
    );
    let e = Rcon::new();
    refused(
        &e,
        &["run", "--shm-size", "lots", "busybox", "true"],
        "invalid --shm-size",
    );
    refused(
        &e,
        &["run", "--oom-score-adj", "2000", "busybox", "true"],
        "between -1000 and 1000",
    );
    refused(
        &e,
        &["run", "--personality", "BSD", "busybox", "true"],
        "--personality",
    );
    refused(
        &e,
        &["run", "--seccomp-policy", "x", "busybox", "true"],
        "invalid seccomp policy",
    );
    // --privileged: every capability, no seccomp filter, no masked paths
    let st = r.ok(&[
        "run",
        "--rm",
        "--privileged",
        "busybox",
        "grep",
        "-E",
        "CapEff|Seccomp:",
        "/proc/self/status",
    ]);
    assert!(st.contains("Seccomp:\t0"), "{st}");
    assert!(!st.contains("CapEff:\t00000000a80425fb"), "{st}");
    let masked = ["busybox", "grep", "-q", " /proc/keys ", "/proc/mounts"];
    r.ok(&[&["run", "--rm"][..], &masked].concat());
    r.fails(1, &[&["run", "--rm", "--privileged"][..], &masked].concat());
}

/// `rcon ARGS` with the caller's fd 3 (and 4) open on `files`.
fn with_fds(r: &Rcon, files: &[&std::path::Path], args: &[&str]) -> std::process::Output {
    let c = r.cmd(args);
    let mut script = String::new();
    for (i, _) in files.iter().enumerate() {
        script.push_str(&format!("exec {}<\"${}\"; ", 3 + i, i + 1));
    }
    script.push_str(&format!("shift {}; exec \"$@\"", files.len()));
    let mut sh = Command::new("sh");
    sh.arg("-c").arg(script).arg("sh");
    sh.args(files.iter().map(|f| f.as_os_str()));
    sh.arg(c.get_program()).args(c.get_args());
    for (k, v) in c.get_envs() {
        match v {
            Some(v) => sh.env(k, v),
            None => sh.env_remove(k),
        };
    }
    sh.stdin(Stdio::null()).output().unwrap()
}

#[test]
fn preserve_fds_reach_run_and_exec() {
    let r = Rcon::new();
    let a = r.dir.join("a");
    let b = r.dir.join("b");
    std::fs::write(&a, "first\n").unwrap();
    std::fs::write(&b, "second\n").unwrap();
    chmod(&r.dir, 0o755);
    let out = with_fds(
        &r,
        &[&a, &b],
        &[
            "run",
            "--rm",
            "--preserve-fds",
            "2",
            "busybox",
            "sh",
            "-c",
            "cat <&3; cat <&4",
        ],
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "first\nsecond\n",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // without the flag the fds are closed
    let out = with_fds(
        &r,
        &[&a],
        &["run", "--rm", "busybox", "sh", "-c", "cat <&3"],
    );
    assert_ne!(out.status.code(), Some(0));
    sleeper(&r, "x");
    let out = with_fds(
        &r,
        &[&a],
        &["exec", "--preserve-fds", "1", "x", "sh", "-c", "cat <&3"],
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "first\n",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = with_fds(&r, &[&a], &["exec", "x", "sh", "-c", "cat <&3"]);
    assert_ne!(out.status.code(), Some(0));
    // an fd that is not open is named
    let out = with_fds(
        &r,
        &[],
        &["run", "--rm", "--preserve-fds", "1", "busybox", "true"],
    );
    assert_eq!(out.status.code(), Some(125));
}

fn exploded_rootfs(r: &Rcon) -> std::path::PathBuf {
    let dir = r.dir.join("rootfs");
    std::fs::create_dir_all(&dir).unwrap();
    let st = Command::new("tar")
        .arg("-xf")
        .arg(busybox_tar())
        .arg("-C")
        .arg(&dir)
        .status()
        .unwrap();
    assert!(st.success());
    if let Some((uid, gid)) = r.user {
        Command::new("chown")
            .arg("-R")
            .arg(format!("{uid}:{gid}"))
            .arg(&r.dir)
            .status()
            .unwrap();
    }
    dir
}

#[test]
fn rootfs_directory_and_its_overlay() {
    let r = Rcon::empty();
    let dir = exploded_rootfs(&r);
    let d = dir.to_str().unwrap();
    assert_eq!(
        r.ok(&[
            "run",
            "--rm",
            "--rootfs",
            d,
            "sh",
            "-c",
            "echo hi > /made; cat /made"
        ])
        .trim(),
        "hi"
    );
    assert!(
        dir.join("made").exists(),
        "the directory itself is the rootfs"
    );
    let o = format!("{d}:O");
    r.ok(&["run", "--rm", "--rootfs", &o, "touch", "/overlaid"]);
    assert!(
        !dir.join("overlaid").exists(),
        ":O keeps changes out of the directory"
    );
    r.ok(&["run", "-d", "--name", "rf", "--rootfs", d, "sleep", "300"]);
    assert_eq!(inspect(&r, "rf", "{{.Rootfs}}"), d);
    assert!(r.ok(&["ps", "--format", "{{.Image}}"]).contains(d));
    r.ok(&["rm", "-f", "-t", "0", "rf"]);
    assert!(
        dir.join("bin/busybox").exists(),
        "rm leaves the directory alone"
    );
    let err = r.fails(125, &["run", "--rootfs", "/nonexistent", "true"]);
    assert!(err.contains("--rootfs"), "{err}");
}

#[test]
fn init_path_runs_as_pid_1() {
    let r = Rcon::new();
    let init = r.dir.join("myinit");
    std::fs::write(&init, "#!/bin/sh\necho \"myinit $*\"\nexec \"$@\"\n").unwrap();
    chmod(&init, 0o755);
    let out = r.ok(&[
        "run",
        "--rm",
        "--init",
        "--init-path",
        init.to_str().unwrap(),
        "busybox",
        "echo",
        "cmd",
    ]);
    assert_eq!(out, "myinit -- echo cmd\ncmd\n");
}

#[test]
fn rootless_keep_id_uidmap_and_shared_namespaces() {
    let r = Rcon::rootless();
    let (uid, gid) = r.user.unwrap();
    let id = r.ok(&[
        "run",
        "--rm",
        "--userns",
        "keep-id",
        "busybox",
        "sh",
        "-c",
        "id -u; id -g; touch /tmp/k",
    ]);
    assert_eq!(
        id.split_whitespace().collect::<Vec<_>>(),
        [uid.to_string(), gid.to_string()]
    );
    let map = r.ok(&[
        "run",
        "--rm",
        "--userns",
        "keep-id",
        "busybox",
        "cat",
        "/proc/self/uid_map",
    ]);
    assert!(
        map.lines().any(|l| l.split_whitespace().collect::<Vec<_>>()
            == [uid.to_string(), "0".into(), "1".into()]),
        "{map}"
    );
    let map = r.ok(&[
        "run",
        "--rm",
        "--uidmap",
        "0:1:1000",
        "busybox",
        "cat",
        "/proc/self/uid_map",
    ]);
    assert_eq!(
        map.split_whitespace().collect::<Vec<_>>(),
        ["0", "1", "1000"]
    );
    refused(
        &Rcon::rootless(),
        &["run", "--uidmap", "0:1:99999999", "busybox", "true"],
        "this user may map",
    );
    sleeper(&r, "x");
    let ps = r.ok(&["run", "--rm", "--pid", "container:x", "busybox", "ps"]);
    assert!(ps.contains("sleep 300"), "{ps}");
    assert_eq!(
        ns_of(
            &r,
            &["run", "--rm", "--ipc", "container:x", "busybox"],
            "ipc"
        ),
        ns_of(&r, &["exec", "x"], "ipc")
    );
    r.ok(&[
        "create",
        "--name",
        "j",
        "--uts",
        "container:x",
        "busybox",
        "hostname",
    ]);
    assert_eq!(
        r.ok(&["start", "-a", "j"]),
        r.ok(&["exec", "x", "hostname"])
    );
    let me = format!("/proc/{}", std::process::id());
    r.ok(&["run", "--rm", "--pid", "host", "busybox", "test", "-d", &me]);
}

#[test]
fn rootless_read_only_sysctl_shm() {
    let r = Rcon::rootless();
    r.fails(1, &["run", "--rm", "--read-only", "busybox", "touch", "/x"]);
    r.ok(&["run", "--rm", "--read-only", "busybox", "touch", "/tmp/a"]);
    let out = r.ok(&[
        "run",
        "--rm",
        "--sysctl",
        "net.ipv4.ip_forward=1",
        "--shm-size",
        "4m",
        "busybox",
        "sh",
        "-c",
        "cat /proc/sys/net/ipv4/ip_forward; df -k /dev/shm",
    ]);
    assert!(out.starts_with("1\n") && out.contains("4096"), "{out}");
    refused(
        &r,
        &["run", "--sysctl", "kernel.panic=1", "busybox", "true"],
        "not allowed",
    );
}
