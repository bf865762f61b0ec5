//! Records that cannot be read (a crash, a full disk, a hand edit): never taken for absent,
//! never a reason to delete data a container needs, and what they hide is stopped and removed
//! on request (issue 11, items 2 and 3).

mod common;
use common::*;
use std::fs;
use std::path::{Path, PathBuf};

fn id_of(r: &Rcon, ctr: &str) -> String {
    r.ok(&["inspect", "--format", "{{.Id}}", ctr])
        .trim()
        .to_string()
}

fn image_id(r: &Rcon, image: &str) -> String {
    r.ok(&["image", "inspect", "--format", "{{.Id}}", image])
        .trim()
        .trim_start_matches("sha256:")
        .to_string()
}

fn layer_dirs(r: &Rcon) -> Vec<PathBuf> {
    fs::read_dir(r.root.join("layers"))
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default()
}

/// Cut a record short, as a crash or a full disk could leave it.
fn truncate(p: &Path, len: usize) {
    let data = fs::read(p).unwrap();
    fs::write(p, &data[..len.min(data.len())]).unwrap();
}

fn alive(pid: i32) -> bool {
    // a zombie is dead for us: its parent just has not reaped it yet
    fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|s| {
            let state = s.rsplit_once(") ").map(|(_, r)| r.chars().next());
            state != Some(Some('Z'))
        })
        .unwrap_or(false)
}

/// The container's supervisor and its processes (the supervisor's descendants).
fn processes_of(r: &Rcon, id: &str) -> Vec<i32> {
    let pidfile = r.runroot.join("containers").join(id).join("supervisor.pid");
    let s = fs::read_to_string(&pidfile).expect("the supervisor's pid file");
    let sup: i32 = s.split_whitespace().next().unwrap().parse().unwrap();
    let mut out = vec![sup];
    let mut i = 0;
    while i < out.len() {
        let p = out[i];
        if let Ok(c) = fs::read_to_string(format!("/proc/{p}/task/{p}/children")) {
            out.extend(c.split_whitespace().filter_map(|x| x.parse::<i32>().ok()));
        }
        i += 1;
    }
    out
}

#[test]
fn corrupt_image_record_never_costs_a_container_its_layers() {
    let r = Rcon::new();
    r.ok(&["create", "--name", "c", "busybox", "echo", "still here"]);
    let layers = layer_dirs(&r);
    assert!(!layers.is_empty());
    let img = image_id(&r, "busybox");
    let record = r.root.join("images").join(format!("{img}.json"));
    fs::write(&record, b"").unwrap();
    // `images` says it cannot read it
    let out = r.run(&["images"]);
    assert!(
        stderr(&out).starts_with("WARN") && stderr(&out).contains(&format!("{img}.json")),
        "{}",
        stderr(&out)
    );
    // the record is reported as unreadable, with what to do; its layer is not "unused"
    let check = r.run(&["system", "check"]);
    let out = stdout(&check);
    assert_eq!(check.status.code(), Some(1), "{out}");
    assert!(
        out.contains(&format!("{img}.json")) && out.contains("pull, load or import"),
        "{out}"
    );
    assert!(!out.contains("layer "), "{out}");
    // --repair keeps the data a readable container record refers to
    r.run(&["system", "check", "--repair"]);
    assert_eq!(layer_dirs(&r), layers);
    assert_eq!(r.ok(&["start", "-a", "c"]).trim(), "still here");
    // without the container, the image record alone still keeps its layers
    r.ok(&["rm", "c"]);
    let check = r.run(&["system", "check", "--repair"]);
    let out = stdout(&check);
    assert_eq!(check.status.code(), Some(1), "{out}");
    assert!(out.contains("kept while a record cannot be read"), "{out}");
    assert_eq!(layer_dirs(&r), layers);
}

#[test]
fn rmi_keeps_the_layers_of_an_unreadable_image_record() {
    let r = Rcon::new();
    // two images sharing the layer: busybox, and one imported with another config
    let out = r.run(&[
        "import",
        "--change",
        "CMD [\"/bin/true\"]",
        busybox_tar().to_str().unwrap(),
        "second",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let layers = layer_dirs(&r);
    let first = image_id(&r, "busybox");
    fs::write(
        r.root.join("images").join(format!("{first}.json")),
        b"{\"id\":",
    )
    .unwrap();
    r.ok(&["rmi", "second"]);
    assert_eq!(
        layer_dirs(&r),
        layers,
        "rmi deleted a layer an unreadable record may need"
    );
}

#[test]
fn damaged_record_of_a_running_container_is_shown_and_rm_f_stops_it() {
    let r = Rcon::new();
    r.ok(&["run", "-d", "--name", "victim", "busybox", "sleep", "1000"]);
    r.ok(&[
        "run",
        "-d",
        "--name",
        "bystander",
        "busybox",
        "sleep",
        "1000",
    ]);
    let id = id_of(&r, "victim");
    let procs = processes_of(&r, &id);
    assert!(procs.len() >= 2, "supervisor and container: {procs:?}");
    truncate(
        &r.root.join("containers").join(&id).join("container.json"),
        40,
    );

    // ps -a lists it with a status that says what to do, and warns once on stderr
    let out = r.run(&["ps", "-a"]);
    let (so, se) = (stdout(&out), stderr(&out));
    assert!(out.status.success(), "{se}");
    let row = so
        .lines()
        .find(|l| l.starts_with(&id[..12]))
        .unwrap_or_else(|| panic!("{so}"));
    assert!(
        row.contains("Record damaged") && row.contains("rm -f") && row.contains("victim"),
        "{row}"
    );
    assert_eq!(
        se.lines().filter(|l| l.starts_with("WARN")).count(),
        1,
        "{se}"
    );
    assert!(
        se.contains(&id[..12]) && se.contains("container.json"),
        "{se}"
    );
    // it runs: plain ps shows it too, as podman's "unknown" state
    assert!(r.ok(&["ps", "-q"]).contains(&id[..12]));
    let states = r.ok(&["ps", "-a", "--format", "{{.Names}} {{.State}}"]);
    assert!(
        states.contains("victim unknown") && states.contains("bystander running"),
        "{states}"
    );

    // check reports it; rm without -f refuses it
    let check = r.run(&["system", "check"]);
    let co = stdout(&check);
    assert_eq!(check.status.code(), Some(1), "{co}");
    assert!(
        co.contains(&id[..12]) && co.contains("record cannot be read") && co.contains("running"),
        "{co}"
    );
    let e = r.fails(2, &["rm", "victim"]);
    assert!(e.contains("rm -f"), "{e}");
    assert!(procs.iter().all(|p| alive(*p)));

    // rm -f stops its supervisor and its processes, and removes it
    r.ok(&["rm", "-f", "-t", "0", "victim"]);
    for p in &procs {
        assert!(
            !alive(*p),
            "process {p} of the removed container still runs"
        );
    }
    assert!(!r.root.join("containers").join(&id).exists());
    assert_eq!(
        r.ok(&["ps", "-a", "--format", "{{.Names}}"]).trim(),
        "bystander"
    );
    assert_eq!(r.ok(&["system", "check"]).trim(), "no problems found");
    // its name is free again
    r.ok(&["create", "--name", "victim", "busybox"]);
    r.ok(&["rm", "-f", "-t", "0", "bystander", "victim"]);
}

#[test]
fn check_repair_stops_a_damaged_container_before_removing_it() {
    let r = Rcon::new();
    r.ok(&["run", "-d", "--name", "victim", "busybox", "sleep", "1000"]);
    r.ok(&["create", "--name", "kept", "busybox"]);
    let id = id_of(&r, "victim");
    let procs = processes_of(&r, &id);
    fs::write(
        r.root.join("containers").join(&id).join("container.json"),
        b"",
    )
    .unwrap();
    let out = r.run(&["system", "check", "--repair"]);
    let so = stdout(&out);
    assert!(out.status.success(), "{so}\n{}", stderr(&out));
    assert!(so.contains(&id[..12]) && so.contains("(repaired)"), "{so}");
    for p in &procs {
        assert!(
            !alive(*p),
            "process {p} runs on after its container was removed"
        );
    }
    assert!(!r.root.join("containers").join(&id).exists());
    assert!(!r.runroot.join("containers").join(&id).exists());
    // the second check finds nothing, the other container is untouched, the name is free
    assert_eq!(r.ok(&["system", "check"]).trim(), "no problems found");
    assert_eq!(r.ok(&["ps", "-a", "--format", "{{.Names}}"]).trim(), "kept");
    r.ok(&["create", "--name", "victim", "busybox"]);
}

#[test]
fn garbage_storage_config_is_reported_and_repaired() {
    let r = Rcon::new();
    r.ok(&["create", "--name", "c", "busybox"]);
    let driver = fs::read_to_string(r.root.join("storage.json")).unwrap();
    fs::write(r.root.join("storage.json"), b"\x00\x00garbage").unwrap();
    let check = r.run(&["system", "check"]);
    let out = stdout(&check);
    assert_eq!(check.status.code(), Some(1), "{out}");
    assert!(out.contains("storage.json"), "{out}");
    r.ok(&["system", "check", "--repair"]);
    let fixed: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(r.root.join("storage.json")).unwrap()).unwrap();
    let was: serde_json::Value = serde_json::from_str(&driver).unwrap();
    assert_eq!(fixed["driver"], was["driver"]);
    assert_eq!(r.ok(&["system", "check"]).trim(), "no problems found");
}

/// A tmpfs of `size` on `at`, unmounted when dropped (also when the test fails).
struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(at: &Path, size: &str) -> Tmpfs {
        fs::create_dir_all(at).unwrap();
        nix::mount::mount(
            Some("tmpfs"),
            at,
            Some("tmpfs"),
            nix::mount::MsFlags::empty(),
            Some(format!("size={size},mode=0700").as_str()),
        )
        .expect("mounting a tmpfs");
        Tmpfs(at.to_path_buf())
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = nix::mount::umount2(&self.0, nix::mount::MntFlags::MNT_DETACH);
    }
}

/// Fill the filesystem of `dir` to the last byte.
fn fill(dir: &Path) -> PathBuf {
    use std::io::Write;
    let p = dir.join("filler");
    let mut f = fs::File::create(&p).unwrap();
    let chunk = vec![0u8; 1 << 16];
    while f.write_all(&chunk).is_ok() {}
    let small = [0u8; 512];
    while f.write_all(&small).is_ok() {}
    while f.write_all(&small[..1]).is_ok() {}
    p
}

#[test]
fn a_full_disk_leaves_every_record_whole() {
    let r = Rcon::empty();
    let _store = Tmpfs::mount(&r.root, "64m");
    r.import_busybox("busybox");
    r.ok(&["create", "--name", "c", "busybox", "echo", "ok"]);
    let id = id_of(&r, "c");
    let record = r.root.join("containers").join(&id).join("container.json");
    let before = fs::read(&record).unwrap();
    // one page kept back: freed, it holds the new name's reservation, not the new record
    let spare = r.root.join("spare");
    fs::write(&spare, [0u8; 4096]).unwrap();
    let filler = fill(&r.root);
    fs::remove_file(&spare).unwrap();

    // the record write fails with a clear error, and the old record stays whole
    let e = r.fails(125, &["rename", "c", "renamed"]);
    assert!(
        e.contains("container.json: no space left on device: free space"),
        "{e}"
    );
    assert_eq!(e.trim_end().lines().count(), 1, "{e}");
    assert_eq!(fs::read(&record).unwrap(), before);
    assert_eq!(r.ok(&["ps", "-a", "--format", "{{.Names}}"]).trim(), "c");
    assert!(!r.root.join("names").join("renamed").exists());
    // with the disk full to the last byte, too
    fill(&r.root.join("containers"));
    let e = r.fails(125, &["rename", "c", "renamed"]);
    assert!(e.contains("no space left on device: free space"), "{e}");
    assert_eq!(fs::read(&record).unwrap(), before);
    // a create fails and leaves nothing behind
    let e = r.fails(125, &["create", "--name", "d", "busybox"]);
    assert!(e.contains("no space left on device: free space"), "{e}");
    assert_eq!(r.ok(&["ps", "-a", "--format", "{{.Names}}"]).trim(), "c");
    assert!(!r.root.join("names").join("d").exists());
    let no_tmp = |dir: &Path| {
        fs::read_dir(dir)
            .unwrap()
            .flatten()
            .all(|e| !e.file_name().to_string_lossy().contains(".tmp-"))
    };
    assert!(no_tmp(&r.root.join("containers").join(&id)));

    // with room again, all works and nothing is left to repair
    fs::remove_file(filler).unwrap();
    fs::remove_file(r.root.join("containers").join("filler")).unwrap();
    r.ok(&["rename", "c", "renamed"]);
    assert_eq!(r.ok(&["start", "-a", "renamed"]).trim(), "ok");
    assert_eq!(r.ok(&["system", "check"]).trim(), "no problems found");
    r.ok(&["rm", "-f", "-t", "0", "renamed"]);
}

#[test]
fn a_run_that_rm_all_removed_says_so() {
    let r = Rcon::new();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let remover = {
        let cmd_root = (r.root.clone(), r.runroot.clone());
        let stop = stop.clone();
        std::thread::spawn(move || {
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let _ = std::process::Command::new(BIN)
                    .arg("--root")
                    .arg(&cmd_root.0)
                    .arg("--runroot")
                    .arg(&cmd_root.1)
                    .args(["rm", "-t", "0", "-af"])
                    .output();
            }
        })
    };
    let mut hit = 0;
    for _ in 0..200 {
        let out = r.run(&["run", "-d", "busybox", "sleep", "100"]);
        if !out.status.success() {
            let e = stderr(&out);
            assert!(
                (e.contains("was removed while it was starting")
                    || e.contains("was removed while it was being created"))
                    && !e.contains("no container")
                    && e.trim_end().lines().count() == 1,
                "{e}"
            );
            hit += 1;
            if hit == 3 {
                break;
            }
        }
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    remover.join().unwrap();
    assert!(
        hit > 0,
        "rm -af never removed a starting container in 200 runs"
    );
}

/// Containers created without --name get a name each, at a scale a user reaches: the 401st
/// unnamed create used to spin forever (400 names), and names must stay distinct under
/// concurrent creates.
#[test]
fn two_thousand_unnamed_containers_get_distinct_names() {
    let r = Rcon::new();
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                for _ in 0..500 {
                    r.ok(&["create", "busybox", "true"]);
                }
            });
        }
    });
    let names = r.ok(&["ps", "-a", "--format", "{{.Names}}"]);
    let names: std::collections::HashSet<&str> = names.lines().collect();
    assert_eq!(names.len(), 2000);
    assert!(names.iter().all(|n| n.contains('_')), "{names:?}");
}
