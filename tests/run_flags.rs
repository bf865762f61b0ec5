//! The flags of `run` and `create` beyond the basics, checked as a user would; and the
//! later ones, refused with one line before anything is made.

mod common;
use common::*;
use std::time::{Duration, Instant};

fn inspect(r: &Rcon, ctr: &str, format: &str) -> String {
    r.ok(&["inspect", "--format", format, ctr])
        .trim()
        .to_string()
}

#[test]
fn later_flags_are_refused_by_name_and_create_nothing() {
    let r = Rcon::new();
    let cases: &[&[&str]] = &[
        &["-p", "8080:80"],
        &["-P"],
        &["--ip", "10.0.0.2"],
        &["--ip6", "fd00::2"],
        &["--dns", "1.1.1.1"],
        &["--dns-option", "ndots:2"],
        &["--dns-search", "example.com"],
        &["--network-alias", "db"],
        &["--mac-address", "92:d0:c6:0a:29:33"],
        &["--expose", "80"],
        &["-m", "64m"],
        &["--memory-reservation", "32m"],
        &["--memory-swap", "-1"],
        &["--memory-swappiness", "10"],
        &["--cpus", "1.5"],
        &["--cpu-period", "100000"],
        &["--cpu-quota", "50000"],
        &["--cpu-rt-period", "1000"],
        &["--cpu-rt-runtime", "100"],
        &["-c", "512"],
        &["--cpuset-cpus", "0"],
        &["--cpuset-mems", "0"],
        &["--pids-limit", "10"],
        &["--blkio-weight", "100"],
        &["--blkio-weight-device", "/dev/sda:100"],
        &["--device", "/dev/null"],
        &["--device-cgroup-rule", "c 1:3 rwm"],
        &["--device-read-bps", "/dev/sda:1mb"],
        &["--device-read-iops", "/dev/sda:1000"],
        &["--device-write-bps", "/dev/sda:1mb"],
        &["--device-write-iops", "/dev/sda:1000"],
        &["--cgroup-parent", "/x"],
        &["--cgroups", "disabled"],
        &["--cgroup-conf", "memory.high=1m"],
        &["--oom-kill-disable"],
        &["--health-cmd", "true"],
        &["--health-interval", "1s"],
        &["--health-on-failure", "kill"],
        &["--health-retries", "2"],
        &["--health-start-period", "1s"],
        &["--health-timeout", "1s"],
        &["--no-healthcheck"],
        &["--restart", "always"],
        &["--sdnotify", "conmon"],
        &["--systemd", "always"],
        &["--pod", "p"],
        &["--pod-id-file", "/tmp/x"],
        &["--secret", "s"],
    ];
    for flag in cases {
        let name = flag[0];
        for verb in ["run", "create"] {
            let mut args = vec![verb, "--rm"];
            args.extend_from_slice(flag);
            args.extend_from_slice(&["busybox", "true"]);
            let err = r.fails(125, &args);
            assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
            assert!(err.contains("not available yet"), "{args:?}: {err}");
            // the error names the flag by its long name
            let long_name = match name {
                "-p" => "--publish",
                "-P" => "--publish-all",
                "-m" => "--memory",
                "-c" => "--cpu-shares",
                long => long,
            };
            assert!(err.contains(long_name), "{args:?}: {err} ({long_name})");
        }
    }
    let err = r.fails(125, &["create", "--init-ctr", "once", "busybox", "true"]);
    assert!(err.contains("--init-ctr is not available yet"), "{err}");
    // false booleans ask for nothing, as in podman
    r.ok(&["run", "--rm", "--publish-all=false", "busybox", "true"]);
    assert_eq!(r.ok(&["ps", "-a", "-q"]).trim(), "");
}

#[test]
fn everything_after_the_image_is_the_command() {
    let r = Rcon::new();
    // -c, -v, -m are rcon flags before the image, the container's after it
    assert_eq!(
        r.ok(&["run", "--rm", "busybox", "sh", "-c", "echo a -v -m"])
            .trim(),
        "a -v -m"
    );
    assert_eq!(
        r.ok(&["run", "--rm", "busybox", "echo", "-c", "--rm", "x"])
            .trim(),
        "-c --rm x"
    );
    let id = r.ok(&["create", "busybox", "ls", "-c", "/"]);
    assert_eq!(inspect(&r, id.trim(), "{{.Config.Cmd}}"), "[ls -c /]");
    // an unknown flag before the image is still an error of its own
    let err = r.fails(125, &["run", "--no-such-flag", "busybox", "true"]);
    assert!(err.contains("--no-such-flag"), "{err}");
}

#[test]
fn annotations_are_recorded_in_inspect_and_the_spec() {
    let r = Rcon::new();
    let id = r.ok(&[
        "create",
        "--annotation",
        "a=b",
        "--annotation",
        "c=d=e,f=g",
        "busybox",
        "true",
    ]);
    let id = id.trim();
    assert_eq!(
        inspect(&r, id, "{{.Config.Annotations}}"),
        "map[a:b c:d=e f:g]"
    );
    let spec = inspect(&r, id, "{{.OCIConfigPath}}");
    let spec: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(spec).unwrap()).unwrap();
    assert_eq!(spec["annotations"]["a"], "b");
    assert_eq!(spec["annotations"]["c"], "d=e");
    let err = r.fails(125, &["create", "--annotation", "novalue", "busybox"]);
    assert!(err.contains("KEY=VALUE"), "{err}");
}

#[test]
fn attach_picks_the_streams() {
    let r = Rcon::new();
    let script = "echo out; echo err >&2";
    let o = r.run(&["run", "--rm", "-a", "stdout", "busybox", "sh", "-c", script]);
    assert_eq!((stdout(&o).trim(), stderr(&o).trim()), ("out", ""));
    let o = r.run(&["run", "--rm", "-a", "STDERR", "busybox", "sh", "-c", script]);
    assert_eq!((stdout(&o).trim(), stderr(&o).trim()), ("", "err"));
    let o = r.run(&[
        "run",
        "--rm",
        "-a",
        "stdout,stderr",
        "busybox",
        "sh",
        "-c",
        script,
    ]);
    assert_eq!((stdout(&o).trim(), stderr(&o).trim()), ("out", "err"));
    let err = r.fails(125, &["run", "--rm", "-a", "stdfoo", "busybox", "true"]);
    assert!(err.contains("stdfoo"), "{err}");
    let id = r.ok(&["create", "-a", "stdout", "busybox", "true"]);
    assert_eq!(
        inspect(
            &r,
            id.trim(),
            "{{.Config.AttachStdout}} {{.Config.AttachStderr}}"
        ),
        "true false"
    );
}

#[test]
fn environment_defaults_merge_unset_and_host() {
    let r = Rcon::new();
    let env = |args: &[&str]| -> Vec<String> {
        let mut a = vec!["run", "--rm"];
        a.extend_from_slice(args);
        a.extend_from_slice(&["busybox", "/bin/env"]);
        let mut v: Vec<String> = r
            .ok(&a)
            .lines()
            .filter(|l| !l.starts_with("HOME="))
            .map(str::to_string)
            .collect();
        v.sort();
        v
    };
    assert_eq!(env(&["--unsetenv-all", "-e", "A=1"]), vec!["A=1"]);
    let id = r.ok(&["create", "--unsetenv-all", "-e", "A=1", "busybox"]);
    assert_eq!(inspect(&r, id.trim(), "{{.Config.Env}}"), "[A=1]");
    assert_eq!(
        env(&["--unsetenv", "PATH", "--unsetenv", "container"]),
        Vec::<String>::new()
    );
    let merged = env(&["--env-merge", "PATH=/opt/bin:${PATH}"]);
    assert!(
        merged.contains(
            &"PATH=/opt/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
                .to_string()
        ),
        "{merged:?}"
    );
    // the caller's variables: all of them, or only its proxy settings (on by default)
    let mut c = r.cmd(&["run", "--rm", "--env-host", "busybox", "/bin/env"]);
    c.env("RCON_TEST_HOSTVAR", "yes");
    let out = stdout(&c.output().unwrap());
    assert!(out.lines().any(|l| l == "RCON_TEST_HOSTVAR=yes"), "{out}");
    let mut c = r.cmd(&["run", "--rm", "busybox", "/bin/env"]);
    c.env("RCON_TEST_HOSTVAR", "yes")
        .env("http_proxy", "http://proxy:3128");
    let out = stdout(&c.output().unwrap());
    assert!(!out.contains("RCON_TEST_HOSTVAR"), "{out}");
    assert!(
        out.lines().any(|l| l == "http_proxy=http://proxy:3128"),
        "{out}"
    );
    let mut c = r.cmd(&["run", "--rm", "--http-proxy=false", "busybox", "/bin/env"]);
    c.env("http_proxy", "http://proxy:3128");
    let out = stdout(&c.output().unwrap());
    assert!(!out.contains("http_proxy"), "{out}");
}

#[test]
fn label_files_under_label_flags() {
    let r = Rcon::new();
    let f = r.dir.join("labels");
    std::fs::write(&f, "# a comment\n\na=1\nb=2\nflag\n").unwrap();
    let id = r.ok(&[
        "create",
        "--label-file",
        f.to_str().unwrap(),
        "-l",
        "b=3",
        "busybox",
    ]);
    assert_eq!(
        inspect(&r, id.trim(), "{{.Config.Labels}}"),
        "map[a:1 b:3 flag:]"
    );
    let err = r.fails(
        125,
        &["create", "--label-file", "/nonexistent/x", "busybox"],
    );
    assert!(err.contains("/nonexistent/x"), "{err}");
}

#[test]
fn timezone_and_umask() {
    let r = Rcon::new();
    let out = r.ok(&[
        "run",
        "--rm",
        "--tz",
        "Asia/Tokyo",
        "--umask",
        "0077",
        "busybox",
        "sh",
        "-c",
        "date +%Z; umask; touch /tmp/f; stat -c %a /tmp/f",
    ]);
    assert_eq!(out.lines().collect::<Vec<_>>(), vec!["JST", "0077", "600"]);
    // the default umask, as podman's
    assert_eq!(
        r.ok(&["run", "--rm", "busybox", "sh", "-c", "umask"])
            .trim(),
        "0022"
    );
    if std::fs::metadata("/etc/localtime").is_ok() {
        let host = std::fs::read(std::fs::canonicalize("/etc/localtime").unwrap()).unwrap();
        let inside = r.run(&[
            "run",
            "--rm",
            "--tz",
            "local",
            "busybox",
            "cat",
            "/etc/localtime",
        ]);
        assert_eq!(inside.stdout, host);
    }
    let err = r.fails(125, &["create", "--tz", "Nowhere/Atlantis", "busybox"]);
    assert!(err.contains("Nowhere/Atlantis"), "{err}");
    r.fails(125, &["create", "--umask", "0999", "busybox"]);
    assert_eq!(r.ok(&["ps", "-a", "-q"]).trim(), "");
}

#[test]
fn pid_files_name_the_live_container_and_supervisor() {
    let r = Rcon::new();
    let pf = r.dir.join("pid");
    let cpf = r.dir.join("conmon.pid");
    r.ok(&[
        "run",
        "-d",
        "--name",
        "p",
        "--pidfile",
        pf.to_str().unwrap(),
        "--conmon-pidfile",
        cpf.to_str().unwrap(),
        "busybox",
        "sleep",
        "100",
    ]);
    let pid = std::fs::read_to_string(&pf).unwrap();
    let sup = std::fs::read_to_string(&cpf).unwrap();
    assert_eq!(pid, inspect(&r, "p", "{{.State.Pid}}"));
    assert_eq!(sup, inspect(&r, "p", "{{.State.ConmonPid}}"));
    let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap();
    assert!(cmdline.starts_with(b"sleep\x00100"), "{cmdline:?}");
    assert!(std::path::Path::new(&format!("/proc/{sup}")).exists());
    r.ok(&["rm", "-f", "-t", "0", "p"]);
}

#[test]
fn replace_removes_the_old_container_of_that_name() {
    let r = Rcon::new();
    let first = r.ok(&[
        "run",
        "-d",
        "--replace",
        "--name",
        "svc",
        "busybox",
        "sleep",
        "100",
    ]);
    let second = r.ok(&[
        "run",
        "-d",
        "--replace",
        "--name",
        "svc",
        "busybox",
        "sleep",
        "100",
    ]);
    assert_ne!(first, second);
    assert_eq!(r.ok(&["ps", "-a", "-q"]).lines().count(), 1);
    assert_eq!(inspect(&r, "svc", "{{.Id}}"), second.trim());
    let third = r.ok(&["create", "--replace", "--name", "svc", "busybox"]);
    assert_eq!(r.ok(&["ps", "-a", "-q"]).lines().count(), 1);
    assert_eq!(inspect(&r, "svc", "{{.Id}}"), third.trim());
    let err = r.fails(125, &["create", "--replace", "busybox"]);
    assert!(err.contains("--name"), "{err}");
}

#[test]
fn rmi_removes_the_image_after_the_container() {
    let r = Rcon::new();
    r.import_busybox("other");
    r.ok(&["run", "--rm", "--rmi", "other", "true"]);
    let images = r.ok(&["images", "--format", "{{.Repository}}"]);
    assert!(!images.contains("other"), "{images}");
    assert!(images.contains("busybox"), "{images}");
    // without --rm the container keeps the image: a warning, not a failure
    let o = r.run(&["run", "--name", "keep", "--rmi", "busybox", "true"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("busybox"), "{}", stderr(&o));
    assert!(r.ok(&["images"]).contains("busybox"));
}

#[test]
fn requires_starts_the_required_containers_first() {
    let r = Rcon::new();
    r.ok(&["create", "--name", "db", "busybox", "sleep", "100"]);
    r.ok(&[
        "create",
        "--name",
        "cache",
        "--requires",
        "db",
        "busybox",
        "sleep",
        "100",
    ]);
    r.ok(&[
        "run",
        "-d",
        "--name",
        "app",
        "--requires",
        "cache",
        "busybox",
        "sleep",
        "100",
    ]);
    assert_eq!(r.status("db"), "running");
    assert_eq!(r.status("cache"), "running");
    let db = inspect(&r, "db", "{{.Id}}");
    assert_eq!(inspect(&r, "cache", "{{.Dependencies}}"), format!("[{db}]"));
    let err = r.fails(125, &["create", "--requires", "nosuch", "busybox"]);
    assert!(err.contains("nosuch"), "{err}");
    r.ok(&["rm", "-t", "0", "-af"]);
}

#[test]
fn timeout_kills_the_container() {
    let r = Rcon::new();
    let t = Instant::now();
    let o = r.run(&["run", "--timeout", "1", "busybox", "sleep", "30"]);
    assert_eq!(o.status.code(), Some(137), "{}", stderr(&o));
    assert!(t.elapsed() < Duration::from_secs(15));
    assert_eq!(
        r.ok(&["run", "--rm", "--timeout", "30", "busybox", "echo", "quick"])
            .trim(),
        "quick"
    );
}

#[test]
fn hosts_entries_and_no_hosts() {
    let r = Rcon::new();
    let hosts = r.ok(&[
        "run",
        "--rm",
        "--add-host",
        "db:10.1.2.3",
        "--add-host",
        "v6:fd00::1",
        "busybox",
        "cat",
        "/etc/hosts",
    ]);
    assert!(hosts.lines().any(|l| l == "10.1.2.3\tdb"), "{hosts}");
    assert!(hosts.lines().any(|l| l == "fd00::1\tv6"), "{hosts}");
    // the image's own /etc/hosts (busybox has none)
    r.fails(
        1,
        &["run", "--rm", "--no-hosts", "busybox", "cat", "/etc/hosts"],
    );
    r.fails(
        125,
        &[
            "run",
            "--rm",
            "--no-hosts",
            "--add-host",
            "a:1.2.3.4",
            "busybox",
            "true",
        ],
    );
    r.fails(
        125,
        &["run", "--rm", "--add-host", "a:notanip", "busybox", "true"],
    );
}

#[test]
fn passwd_entries_for_numeric_and_host_users() {
    let r = Rcon::new();
    let out = r.ok(&[
        "run",
        "--rm",
        "-u",
        "4242:4343",
        "busybox",
        "sh",
        "-c",
        "whoami; grep ^4242: /etc/passwd; grep ^4343: /etc/group",
    ]);
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        vec![
            "4242",
            "4242:*:4242:4343:container user:/:/bin/sh",
            "4343:x:4343:4242"
        ]
    );
    // an image's own user gets no entry; --passwd=false adds none
    let o = r.run(&[
        "run",
        "--rm",
        "--passwd=false",
        "-u",
        "4242",
        "busybox",
        "grep",
        "4242",
        "/etc/passwd",
    ]);
    assert_eq!(o.status.code(), Some(1));
    // a host user, with podman's template
    ensure_test_user();
    let u = nix::unistd::User::from_name(TEST_USER).unwrap().unwrap();
    let out = r.ok(&[
        "run",
        "--rm",
        "-w",
        "/tmp",
        "--hostuser",
        TEST_USER,
        "--passwd-entry",
        "$USERNAME:x:$UID:$GID:$NAME:$HOME:/bin/false",
        "busybox",
        "grep",
        TEST_USER,
        "/etc/passwd",
    ]);
    assert_eq!(
        out.trim(),
        format!(
            "{TEST_USER}:x:{}:{}:{}:/tmp:/bin/false",
            u.uid,
            u.gid,
            u.gecos.to_string_lossy()
        )
    );
    r.fails(
        125,
        &["create", "--hostuser", "no-such-user-here", "busybox"],
    );
}

#[test]
fn rootless_pid_file_umask_and_timezone() {
    let r = Rcon::rootless();
    let pf = r.dir.join("pid");
    let out = r.ok(&[
        "run",
        "--rm",
        "--pidfile",
        pf.to_str().unwrap(),
        "--umask",
        "0027",
        "--tz",
        "UTC",
        "-u",
        "4242",
        "busybox",
        "sh",
        "-c",
        "umask; date +%Z; whoami",
    ]);
    assert_eq!(out.lines().collect::<Vec<_>>(), vec!["0027", "UTC", "4242"]);
    let pid: i32 = std::fs::read_to_string(&pf)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!(pid > 0);
}
