//! Every container's own cgroup, as root on this host (cgroup v1 controllers; the v2 path is
//! checked in the cgroup-v2 VM by tests/vm/cgroup-v2.sh): the default device rules, the pids
//! limit, and no cgroup left behind by exit, rm -f, a killed pause, or a crash that
//! `system check --repair` cleans up.

mod common;
use common::*;
use std::path::{Path, PathBuf};

const V1: &[&str] = &["devices", "pids", "memory", "cpu", "freezer"];

/// The cgroup directories rcon made for container `id` that exist now.
fn cgroup_dirs(id: &str) -> Vec<PathBuf> {
    let v2 = Path::new("/sys/fs/cgroup/rcon").join(format!("rcon-{id}"));
    let mut dirs: Vec<PathBuf> = V1
        .iter()
        .map(|c| Path::new("/sys/fs/cgroup").join(c).join("rcon").join(id))
        .collect();
    dirs.push(v2);
    dirs.into_iter().filter(|d| d.is_dir()).collect()
}

/// The container's directory for `controller` (v1) or its v2 directory.
fn cgroup_dir(id: &str, controller: &str) -> PathBuf {
    let v1 = Path::new("/sys/fs/cgroup")
        .join(controller)
        .join("rcon")
        .join(id);
    if v1.is_dir() {
        v1
    } else {
        Path::new("/sys/fs/cgroup/rcon").join(format!("rcon-{id}"))
    }
}

fn procs(dir: &Path) -> Vec<String> {
    std::fs::read_to_string(dir.join("cgroup.procs"))
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn device_nodes_outside_the_default_list_are_refused_even_with_cap_mknod() {
    let r = Rcon::new();
    // the case: a node for the host's kernel log (c 1 11); /dev/mem (c 1 1) too
    let out = r.run(&[
        "run",
        "--rm",
        "--cap-add",
        "MKNOD",
        "busybox",
        "sh",
        "-c",
        "mknod /tmp/null c 1 3 && echo x > /tmp/null && echo null-ok; \
         mknod /tmp/kmsg c 1 11 && echo hi > /tmp/kmsg && echo kmsg-written; \
         mknod /tmp/mem c 1 1 && echo mem-made; \
         echo x > /dev/zero && echo zero-ok",
    ]);
    let (o, e) = (stdout(&out), stderr(&out));
    assert!(o.contains("null-ok") && o.contains("zero-ok"), "{o}\n{e}");
    assert!(
        !o.contains("kmsg-written") && !o.contains("mem-made"),
        "{o}\n{e}"
    );
    assert_eq!(e.matches("Operation not permitted").count(), 2, "{e}");
    // --privileged lifts the rules: the node is made and opens (reading nothing)
    let o = r.ok(&[
        "run", "--rm", "--privileged", "busybox", "sh", "-c",
        "mknod /tmp/kmsg c 1 11 && dd if=/tmp/kmsg of=/dev/null bs=1 count=0 2>/dev/null && echo kmsg-open",
    ]);
    assert_eq!(o.trim(), "kmsg-open");
}

#[test]
fn the_container_is_limited_to_2048_pids_and_every_process_counts() {
    let r = Rcon::new();
    let id = r
        .ok(&["run", "-d", "busybox", "sleep", "300"])
        .trim()
        .to_string();
    let pids = cgroup_dir(&id, "pids");
    let max = std::fs::read_to_string(pids.join("pids.max")).unwrap();
    assert_eq!(max.trim(), "2048");
    // a fork bomb stops at the cgroup's limit, not the host's: shown with the limit lowered
    // to what the container already has plus 3, so the test stays quick and harmless
    let current: u32 = std::fs::read_to_string(pids.join("pids.current"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    std::fs::write(pids.join("pids.max"), (current + 3).to_string()).unwrap();
    let out = r.run(&[
        "exec",
        &id,
        "sh",
        "-c",
        "i=0; while [ $i -lt 10 ]; do sleep 300 >/dev/null 2>&1 & i=$((i+1)); done",
    ]);
    let e = stderr(&out);
    assert!(
        e.contains("can't fork") || e.contains("Resource temporarily unavailable"),
        "{e}"
    );
    let current: u32 = std::fs::read_to_string(pids.join("pids.current"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!(current <= 3 + 1, "pids.current {current}");
    r.ok(&["rm", "-f", "-t", "0", &id]);
}

#[test]
fn the_cgroups_exist_while_the_container_runs_without_its_supervisor_and_go_with_it() {
    let r = Rcon::new();
    let id = r
        .ok(&["run", "-d", "busybox", "sleep", "300"])
        .trim()
        .to_string();
    let dirs = cgroup_dirs(&id);
    let mounted: Vec<&&str> = V1
        .iter()
        .filter(|c| {
            Path::new("/sys/fs/cgroup")
                .join(c)
                .join("cgroup.procs")
                .exists()
        })
        .collect();
    assert!(!dirs.is_empty() && dirs.len() >= mounted.len(), "{dirs:?}");
    let pid = r.ok(&["inspect", "--format", "{{.State.Pid}}", &id]);
    let sup = r.ok(&["inspect", "--format", "{{.State.ConmonPid}}", &id]);
    for d in &dirs {
        let p = procs(d);
        assert!(p.contains(&pid.trim().to_string()), "{} {p:?}", d.display());
        // the supervisor (conmon) is not counted against the container's limits
        assert!(
            !p.contains(&sup.trim().to_string()),
            "{} {p:?}",
            d.display()
        );
    }
    // exec'd processes join them too
    let inside = r.ok(&["exec", &id, "sh", "-c", "cat /proc/self/cgroup | grep pids"]);
    assert!(inside.trim().ends_with(":pids:/"), "{inside}");
    r.ok(&["rm", "-f", "-t", "0", &id]);
    assert_eq!(cgroup_dirs(&id), Vec::<PathBuf>::new());

    // a container that exits: its supervisor removes them; `--rm` as well
    let id = r.ok(&["run", "-d", "busybox", "true"]).trim().to_string();
    r.ok(&["wait", &id]);
    r.wait_for("the exited container's cgroups to go", || {
        cgroup_dirs(&id).is_empty()
    });
    let cid = r.dir.join("cid");
    r.ok(&[
        "run",
        "--rm",
        "--cidfile",
        cid.to_str().unwrap(),
        "busybox",
        "true",
    ]);
    let id = std::fs::read_to_string(&cid).unwrap();
    assert_eq!(cgroup_dirs(&id), Vec::<PathBuf>::new());
}

#[test]
fn killing_pause_at_any_point_then_rm_f_leaves_no_cgroup() {
    let r = Rcon::new();
    for i in 0..16u64 {
        let id = r
            .ok(&["run", "-d", "busybox", "sleep", "300"])
            .trim()
            .to_string();
        let mut pause = r
            .cmd(&["pause", &id])
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // a different point of the pause each time: 0 to 15 ms in
        std::thread::sleep(std::time::Duration::from_micros(i * 1000));
        let _ = pause.kill();
        let _ = pause.wait();
        if i % 2 == 1 {
            // a container left frozen but recorded as running can be unpaused
            let st = r.status(&id);
            let _ = r.run(&["unpause", &id]);
            assert_eq!(r.status(&id), "running", "round {i}, was {st}");
        }
        r.ok(&["rm", "-f", "-t", "0", &id]);
        assert_eq!(cgroup_dirs(&id), Vec::<PathBuf>::new(), "round {i}");
    }
}

/// Both kinds of orphan in one test: a `system check` of any other test running meanwhile
/// would report the second.
#[test]
fn system_check_reports_orphan_cgroups_and_repair_removes_them() {
    let r = Rcon::new();
    // a crash left a cgroup, with a process in it, for a container that is not running
    let id = r
        .ok(&["create", "busybox", "sleep", "300"])
        .trim()
        .to_string();
    let mut sleeper = std::process::Command::new("sleep")
        .arg("300")
        .spawn()
        .unwrap();
    let mut made = vec![];
    for c in V1 {
        let base = Path::new("/sys/fs/cgroup").join(c);
        if base.join("cgroup.procs").exists() {
            let d = base.join("rcon").join(&id);
            std::fs::create_dir_all(&d).unwrap();
            std::fs::write(d.join("cgroup.procs"), sleeper.id().to_string()).unwrap();
            made.push(d);
        }
    }
    // and one of no container at all, empty, made a while ago
    let ghost = "0123456789abcdef".repeat(4);
    let gdir = Path::new("/sys/fs/cgroup/pids/rcon").join(&ghost);
    std::fs::create_dir_all(&gdir).unwrap();
    let st = std::process::Command::new("touch")
        .args(["-d", "1 hour ago"])
        .arg(&gdir)
        .status()
        .unwrap();
    assert!(st.success());

    let out = r.run(&["system", "check"]);
    let o = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{o}");
    assert!(
        o.contains(&id) && o.contains("cgroup of a container that is not running"),
        "{o}"
    );
    assert!(
        o.contains(&ghost) && o.contains("cgroup of no container"),
        "{o}"
    );
    r.ok(&["system", "check", "--repair"]);
    // its process was killed, and the directories are gone
    let status = sleeper.wait().unwrap();
    assert!(!status.success());
    for d in made.iter().chain([&gdir]) {
        assert!(!d.exists(), "{}", d.display());
    }
    assert_eq!(r.ok(&["system", "check"]).trim(), "no problems found");
}
