//! Test fixtures: a busybox image built offline from Debian's busybox-static, a private
//! --root/--runroot per test, and an unprivileged user (with /etc/subuid ranges) for the
//! rootless cases. Tests run the real binary against the real kernel.
#![allow(dead_code)]

pub mod images;
pub mod registry;
pub mod term;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

pub const BIN: &str = env!("CARGO_BIN_EXE_rcon");
/// the unprivileged user the rootless tests run as (created by `ensure_test_user`)
pub const TEST_USER: &str = "rcontest";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// A world-readable scratch directory for fixtures shared by all tests of one binary.
pub fn shared_dir() -> &'static Path {
    static D: OnceLock<PathBuf> = OnceLock::new();
    D.get_or_init(|| {
        let base = scratch_base();
        let d = base.join(format!("shared-{}", std::process::id()));
        std::fs::create_dir_all(&d).unwrap();
        chmod(&d, 0o755);
        d
    })
}

/// Where test directories go: not /tmp, which is mode 755 on some machines; a directory of
/// our own under the target dir, traversable by the test user.
pub fn scratch_base() -> PathBuf {
    let base = std::env::var_os("RCON_TEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_TARGET_TMPDIR")).join("rcon-tests"));
    std::fs::create_dir_all(&base).unwrap();
    chmod(&base, 0o755);
    let mut p = base.as_path();
    // every parent must be traversable for the unprivileged user
    while let Some(parent) = p.parent() {
        if let Ok(md) = std::fs::metadata(parent) {
            use std::os::unix::fs::PermissionsExt;
            if md.permissions().mode() & 0o001 == 0 && is_root() {
                chmod(parent, md.permissions().mode() | 0o011);
            }
        }
        p = parent;
    }
    base
}

pub fn chmod(p: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode));
}

pub fn is_root() -> bool {
    nix::unistd::geteuid().is_root()
}

/// The busybox rootfs tarball (built once per test binary).
pub fn busybox_tar() -> &'static Path {
    static T: OnceLock<PathBuf> = OnceLock::new();
    T.get_or_init(|| {
        let out = shared_dir().join("busybox.tar");
        let st = Command::new("sh")
            .arg(fixtures().join("busybox-rootfs.sh"))
            .arg(&out)
            .status()
            .expect("running busybox-rootfs.sh");
        assert!(
            st.success(),
            "building the busybox rootfs failed (is busybox-static installed?)"
        );
        chmod(&out, 0o644);
        out
    })
}

/// One test's private rcon: its own root and runroot, removed (and its containers killed)
/// when dropped.
pub struct Rcon {
    pub dir: PathBuf,
    pub root: PathBuf,
    pub runroot: PathBuf,
    /// run as this unprivileged user (rootless) instead of root
    pub user: Option<(u32, u32)>,
    /// environment for every command (registry configuration, auth file)
    pub env: Vec<(String, String)>,
}

fn unique_dir(tag: &str) -> PathBuf {
    static N: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let d = scratch_base().join(format!("{tag}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

impl Rcon {
    /// A fresh store with the busybox image imported as `busybox` (CMD /bin/sh).
    pub fn new() -> Rcon {
        let r = Rcon::empty();
        r.import_busybox("busybox");
        r
    }

    pub fn empty() -> Rcon {
        let dir = unique_dir("t");
        Rcon {
            root: dir.join("root"),
            runroot: dir.join("run"),
            dir,
            user: None,
            env: vec![],
        }
    }

    /// A store owned by the unprivileged test user, commands run as that user.
    pub fn rootless() -> Rcon {
        let (uid, gid) = ensure_test_user();
        let dir = unique_dir("u");
        nix::unistd::chown(&dir, Some(uid.into()), Some(gid.into())).unwrap();
        chmod(&dir, 0o700);
        let r = Rcon {
            root: dir.join("root"),
            runroot: dir.join("run"),
            dir,
            user: Some((uid, gid)),
            env: vec![],
        };
        r.import_busybox("busybox");
        r
    }

    pub fn import_busybox(&self, name: &str) {
        let out = self.run(&[
            "import",
            "--change",
            "CMD [\"/bin/sh\"]",
            busybox_tar().to_str().unwrap(),
            name,
        ]);
        assert!(
            out.status.success(),
            "import failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c;
        match self.user {
            Some((uid, gid)) => {
                c = Command::new("setpriv");
                c.args([
                    &format!("--reuid={uid}"),
                    &format!("--regid={gid}"),
                    "--init-groups",
                    "--reset-env",
                    "--",
                ]);
                c.arg(BIN);
                c.env("HOME", &self.dir)
                    .env("PATH", "/usr/sbin:/usr/bin:/sbin:/bin")
                    .env("USER", TEST_USER)
                    .env("LOGNAME", TEST_USER);
                c.env_remove("XDG_RUNTIME_DIR");
            }
            None => {
                c = Command::new(BIN);
            }
        }
        c.arg("--root")
            .arg(&self.root)
            .arg("--runroot")
            .arg(&self.runroot);
        c.args(args);
        c.stdin(Stdio::null());
        for (k, v) in &self.env {
            c.env(k, v);
        }
        c
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().expect("running rcon")
    }

    /// Run and expect success; returns stdout.
    #[track_caller]
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "rcon {args:?} failed ({:?}):\nstdout: {}\nstderr: {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).to_string()
    }

    /// Run and expect failure with `code`; returns stderr.
    #[track_caller]
    pub fn fails(&self, code: i32, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(
            out.status.code(),
            Some(code),
            "rcon {args:?}: expected exit {code}\nstdout: {}\nstderr: {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stderr).to_string()
    }

    /// Poll until `f` is true (the engine's state is asynchronous: a supervisor records it).
    #[track_caller]
    pub fn wait_for<F: FnMut() -> bool>(&self, what: &str, mut f: F) {
        let start = std::time::Instant::now();
        while start.elapsed() < std::time::Duration::from_secs(30) {
            if f() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("timed out waiting for {what}");
    }

    pub fn status(&self, ctr: &str) -> String {
        self.ok(&["inspect", "--format", "{{.State.Status}}", ctr])
            .trim()
            .to_string()
    }
}

impl Drop for Rcon {
    fn drop(&mut self) {
        let _ = self
            .cmd(&["system", "reset", "-f"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Create the unprivileged test user with subordinate id ranges, once (needs root).
pub fn ensure_test_user() -> (u32, u32) {
    static U: OnceLock<(u32, u32)> = OnceLock::new();
    *U.get_or_init(|| {
        assert!(is_root(), "the rootless tests create the user {TEST_USER}: run the test suite as root (just test does)");
        let _g = FileGuard::lock(Path::new("/etc/.rcon-test-user.lock"));
        if nix::unistd::User::from_name(TEST_USER).ok().flatten().is_none() {
            let st = Command::new("useradd").args(["--no-create-home", "--home-dir", "/nonexistent", "--shell", "/bin/sh", "--user-group", TEST_USER]).status().expect("useradd");
            assert!(st.success(), "useradd {TEST_USER} failed");
        }
        let u = nix::unistd::User::from_name(TEST_USER).unwrap().unwrap();
        for f in ["/etc/subuid", "/etc/subgid"] {
            let cur = std::fs::read_to_string(f).unwrap_or_default();
            if !cur.lines().any(|l| l.starts_with(&format!("{TEST_USER}:"))) {
                let mut s = cur;
                if !s.is_empty() && !s.ends_with('\n') {
                    s.push('\n');
                }
                s.push_str(&format!("{TEST_USER}:300000:65536\n"));
                std::fs::write(f, s).unwrap();
            }
        }
        (u.uid.as_raw(), u.gid.as_raw())
    })
}

struct FileGuard(std::fs::File);

impl FileGuard {
    fn lock(p: &Path) -> FileGuard {
        let f = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(p)
            .unwrap();
        f.lock().unwrap();
        FileGuard(f)
    }
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}
