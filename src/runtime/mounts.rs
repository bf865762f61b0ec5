//! The container's filesystem view, built inside its new mount namespace: the rootfs (overlay
//! or bind), the spec's mounts, /dev, pivot_root, masked and read-only paths. Every mount
//! target inside the rootfs is resolved with RESOLVE_IN_ROOT and mounted through its
//! /proc/self/fd path, so a symlink planted in the image cannot redirect a mount to the host.

use super::sys::{ensure_in_root, fd_path, open_in_root};
use super::{sys_err, Rootfs, StartError};
use nix::fcntl::OFlag;
use nix::mount::{mount, umount2, MntFlags, MsFlags};
use oci_spec::runtime::{Mount, Spec};
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::path::{Path, PathBuf};

/// rcon's own bind option: copy the (small) source file into a private tmpfs and bind that,
/// so the container's mountinfo shows no host path for /etc/hosts and friends.
pub const TMPCOPY: &str = "tmpcopy";

/// A tmpfs option (podman's): the directory it covers is copied into it first.
pub const TMPCOPYUP: &str = "tmpcopyup";

/// A bind option of rcon's own, set by the engine for a fresh volume: the directory the
/// volume covers in the image is copied into it first (podman's copy-up), owners and modes
/// kept, its root's too.
pub const VOLUME_COPYUP: &str = "rcon-volume-copyup";

/// A mount option (podman's `U`): the source is chowned to the container's user first
/// (recursively for a bind, the root of a tmpfs).
pub const CHOWN: &str = "U";

/// Remove `opt` from `opts`; was it there?
fn take_option(opts: &mut Vec<String>, opt: &str) -> bool {
    let before = opts.len();
    opts.retain(|o| o != opt);
    opts.len() != before
}

/// A file of the rootfs, read in-root (empty when it is missing).
fn read_in_root(root: RawFd, path: &str) -> String {
    use std::io::Read;
    let mut s = String::new();
    if let Ok(fd) = open_in_root(root, Path::new(path), OFlag::O_RDONLY) {
        // unreadable: as if missing, the user's lookup then says what it lacks
        let _ = std::fs::File::from(fd).read_to_string(&mut s);
    }
    s
}

/// The container user's uid and gid as this process sees them (`U`): its name resolved in
/// the rootfs's /etc/passwd and /etc/group, its ids mapped through the spec's id maps when
/// the container gets a user namespace of its own.
fn owner_ids(root: RawFd, spec: &Spec) -> Result<(u32, u32), StartError> {
    let user = spec
        .annotations()
        .as_ref()
        .and_then(|a| a.get(super::init::USER_ANNOTATION).cloned())
        .unwrap_or_default();
    let r = super::user::resolve_with(
        &user,
        &read_in_root(root, "/etc/passwd"),
        &read_in_root(root, "/etc/group"),
    )?;
    let map = |id: u32, maps: Option<&Vec<oci_spec::runtime::LinuxIdMapping>>| {
        let Some(maps) = maps.filter(|m| !m.is_empty()) else {
            return id;
        };
        maps.iter()
            .find(|m| id >= m.container_id() && id - m.container_id() < m.size())
            .map(|m| m.host_id() + (id - m.container_id()))
            .unwrap_or(id)
    };
    let linux = spec.linux().as_ref();
    Ok((
        map(r.uid, linux.and_then(|l| l.uid_mappings().as_ref())),
        map(r.gid, linux.and_then(|l| l.gid_mappings().as_ref())),
    ))
}

/// Stage every `tmpcopy` source: read them, cover their directory with a tmpfs in our
/// private mount namespace, and write them back there.
fn stage_copies(spec: &Spec) -> Result<(), StartError> {
    let mut staged: Vec<(PathBuf, Vec<u8>)> = vec![];
    for m in spec.mounts().iter().flatten() {
        if m.options().iter().flatten().any(|o| o == TMPCOPY) {
            let src = m.source().clone().unwrap_or_default();
            let data = std::fs::read(&src)
                .map_err(|e| StartError::engine(format!("reading {}: {e}", src.display())))?;
            staged.push((src, data));
        }
    }
    let Some(dir) = staged
        .first()
        .and_then(|(p, _)| p.parent())
        .map(Path::to_path_buf)
    else {
        return Ok(());
    };
    if staged
        .iter()
        .any(|(p, _)| p.parent() != Some(dir.as_path()))
    {
        return Err(StartError::engine(
            "tmpcopy mounts must share one source directory",
        ));
    }
    mount(
        Some("tmpfs"),
        &dir,
        Some("tmpfs"),
        MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC,
        Some("mode=755,size=1m"),
    )
    .map_err(sys_err(format!("mounting a tmpfs on {}", dir.display())))?;
    for (p, data) in staged {
        std::fs::write(&p, data)
            .map_err(|e| StartError::engine(format!("writing {}: {e}", p.display())))?;
    }
    Ok(())
}

/// fstab-style options → (flags, propagation flags, data)
pub fn parse_options(opts: &[String]) -> (MsFlags, MsFlags, String) {
    let mut flags = MsFlags::empty();
    let mut prop = MsFlags::empty();
    let mut data: Vec<&str> = vec![];
    for o in opts {
        match o.as_str() {
            "ro" => flags |= MsFlags::MS_RDONLY,
            "rw" => flags &= !MsFlags::MS_RDONLY,
            "nosuid" => flags |= MsFlags::MS_NOSUID,
            "suid" => flags &= !MsFlags::MS_NOSUID,
            "nodev" => flags |= MsFlags::MS_NODEV,
            "dev" => flags &= !MsFlags::MS_NODEV,
            "noexec" => flags |= MsFlags::MS_NOEXEC,
            "exec" => flags &= !MsFlags::MS_NOEXEC,
            "sync" => flags |= MsFlags::MS_SYNCHRONOUS,
            "async" => flags &= !MsFlags::MS_SYNCHRONOUS,
            "bind" => flags |= MsFlags::MS_BIND,
            "rbind" => flags |= MsFlags::MS_BIND | MsFlags::MS_REC,
            "relatime" => flags |= MsFlags::MS_RELATIME,
            "norelatime" => flags &= !MsFlags::MS_RELATIME,
            "strictatime" => flags |= MsFlags::MS_STRICTATIME,
            "noatime" => flags |= MsFlags::MS_NOATIME,
            "nodiratime" => flags |= MsFlags::MS_NODIRATIME,
            "private" => prop = MsFlags::MS_PRIVATE,
            "rprivate" => prop = MsFlags::MS_PRIVATE | MsFlags::MS_REC,
            "slave" => prop = MsFlags::MS_SLAVE,
            "rslave" => prop = MsFlags::MS_SLAVE | MsFlags::MS_REC,
            "shared" => prop = MsFlags::MS_SHARED,
            "rshared" => prop = MsFlags::MS_SHARED | MsFlags::MS_REC,
            TMPCOPY => {}
            other => data.push(other),
        }
    }
    (flags, prop, data.join(","))
}

/// The flags a remount must keep: in a user namespace the kernel refuses to clear
/// nosuid/nodev/noexec that the mount already has ("locked" flags).
fn current_flags(path: &str) -> MsFlags {
    let mut f = MsFlags::empty();
    if let Ok(st) = nix::sys::statvfs::statvfs(path) {
        use nix::sys::statvfs::FsFlags;
        let fl = st.flags();
        for (a, b) in [
            (FsFlags::ST_NOSUID, MsFlags::MS_NOSUID),
            (FsFlags::ST_NODEV, MsFlags::MS_NODEV),
            (FsFlags::ST_NOEXEC, MsFlags::MS_NOEXEC),
            (FsFlags::ST_RDONLY, MsFlags::MS_RDONLY),
            (FsFlags::ST_NOATIME, MsFlags::MS_NOATIME),
            (FsFlags::ST_NODIRATIME, MsFlags::MS_NODIRATIME),
            (FsFlags::ST_RELATIME, MsFlags::MS_RELATIME),
        ] {
            if fl.contains(a) {
                f |= b;
            }
        }
    }
    f
}

fn remount_ro(path: &str) -> Result<(), StartError> {
    let flags = current_flags(path) | MsFlags::MS_BIND | MsFlags::MS_REMOUNT | MsFlags::MS_RDONLY;
    mount(None::<&str>, path, None::<&str>, flags, None::<&str>)
        .map_err(sys_err(format!("remounting {path} read-only")))
}

/// Mount the rootfs on its target; returns the target.
pub fn mount_rootfs(rootfs: &Rootfs) -> Result<PathBuf, StartError> {
    // nothing we mount may propagate back to the host
    mount(
        None::<&str>,
        "/",
        None::<&str>,
        MsFlags::MS_REC | MsFlags::MS_PRIVATE,
        None::<&str>,
    )
    .map_err(sys_err("making / private"))?;
    mount_at(rootfs)
}

/// Mount the rootfs on its target in this mount namespace (`rcon mount` on the host's);
/// returns the target.
pub fn mount_at(rootfs: &Rootfs) -> Result<PathBuf, StartError> {
    match rootfs {
        Rootfs::Dir(dir) => {
            mount(
                Some(dir),
                dir,
                None::<&str>,
                MsFlags::MS_BIND | MsFlags::MS_REC,
                None::<&str>,
            )
            .map_err(sys_err(format!("bind-mounting rootfs {}", dir.display())))?;
            Ok(dir.clone())
        }
        Rootfs::Overlay {
            lower,
            upper,
            work,
            target,
            userxattr,
            volatile,
        } => {
            // name every directory by an fd: the mount table inside the container then shows
            // /proc/self/fd/N instead of host paths, and the option string (limited to one
            // page) fits a couple of hundred layers
            let open_dir = |p: &Path| -> Result<OwnedFd, StartError> {
                super::sys::open_dir_path(p).map_err(sys_err(format!("opening {}", p.display())))
            };
            let mut fds = vec![];
            if lower.is_empty() {
                // an image without layers still needs a lower dir
                let empty = work.with_file_name("empty");
                // one that cannot be made fails at its open, just below, with the reason
                let _ = std::fs::create_dir_all(&empty);
                fds.push(open_dir(&empty)?);
            }
            for l in lower {
                fds.push(open_dir(l)?);
            }
            let lowers = fds.iter().map(fd_path).collect::<Vec<_>>().join(":");
            let (u, w) = (open_dir(upper)?, open_dir(work)?);
            let mut data = format!(
                "lowerdir={lowers},upperdir={},workdir={}",
                fd_path(&u),
                fd_path(&w)
            );
            if *userxattr {
                data.push_str(",userxattr");
            }
            if data.len() >= 4000 {
                return Err(StartError::engine(format!(
                    "the image has too many layers ({}) for one overlay mount",
                    lower.len()
                )));
            }
            // the mount point lives in the runtime dir, which a reboot empties
            if !target.is_dir() {
                std::fs::create_dir_all(target).map_err(|e| {
                    StartError::engine(format!("creating {}: {e}", target.display()))
                })?;
            }
            let ovl = |data: &str| {
                mount(
                    Some("overlay"),
                    target,
                    Some("overlay"),
                    MsFlags::empty(),
                    Some(data),
                )
            };
            // kernels before 5.10 do not know `volatile`: mount without it there
            if !*volatile || ovl(&format!("{data},volatile")).is_err() {
                ovl(&data)
            } else {
                Ok(())
            }
            .map_err(sys_err(format!(
                "mounting the overlay rootfs on {}",
                target.display()
            )))?;
            Ok(target.clone())
        }
    }
}

fn mount_one(root: RawFd, m: &Mount, spec: &Spec) -> Result<(), StartError> {
    let typ = m.typ().as_deref().unwrap_or("bind");
    let mut opts = m.options().clone().unwrap_or_default();
    let copyup = take_option(&mut opts, TMPCOPYUP) && typ == "tmpfs";
    let volume_copyup = take_option(&mut opts, VOLUME_COPYUP);
    let chown = take_option(&mut opts, CHOWN);
    let (mut flags, prop, data) = parse_options(&opts);
    let is_bind = typ == "bind" || flags.contains(MsFlags::MS_BIND);
    let dest = m.destination();
    let src = m.source().clone().unwrap_or_else(|| PathBuf::from(typ));
    let src_is_dir = !is_bind
        || std::fs::metadata(&src)
            .map(|md| md.is_dir())
            .unwrap_or(true);
    let target = ensure_in_root(root, dest, src_is_dir)
        .map_err(sys_err(format!("creating mount point {}", dest.display())))?;
    let tp = fd_path(&target);
    let what = format!("mounting {} on {}", src.display(), dest.display());
    // the fd names what was there before we mounted: later steps must reopen it to reach
    // the new mount on top
    let reopen = || {
        open_in_root(root, dest, OFlag::O_PATH)
            .map_err(sys_err(format!("reopening {}", dest.display())))
    };
    if is_bind && chown {
        let (uid, gid) = owner_ids(root, spec)?;
        super::tree::chown_tree(&src, uid, gid).map_err(sys_err(format!(
            "chowning {} to {uid}:{gid}",
            src.display()
        )))?;
    }
    if is_bind {
        flags |= MsFlags::MS_BIND;
        // a fresh volume's copy-up: what it covers, opened before it is covered
        let below = volume_copyup
            .then(|| open_in_root(root, dest, OFlag::O_RDONLY | OFlag::O_DIRECTORY).ok())
            .flatten();
        mount(
            Some(&src),
            tp.as_str(),
            None::<&str>,
            flags & (MsFlags::MS_BIND | MsFlags::MS_REC),
            None::<&str>,
        )
        .map_err(sys_err(&what))?;
        if let Some(b) = below {
            copy_up(root, dest, b)?;
        }
        let extra = flags & !(MsFlags::MS_BIND | MsFlags::MS_REC);
        if !extra.is_empty() {
            let m = reopen()?;
            let mp = fd_path(&m);
            let keep = current_flags(&mp);
            mount(
                None::<&str>,
                mp.as_str(),
                None::<&str>,
                keep | extra | MsFlags::MS_BIND | MsFlags::MS_REMOUNT,
                None::<&str>,
            )
            .map_err(sys_err(&what))?;
        }
    } else {
        let d = if data.is_empty() {
            None
        } else {
            Some(data.as_str())
        };
        // tmpcopyup: what the tmpfs covers, opened before it is covered
        let below = copyup
            .then(|| open_in_root(root, dest, OFlag::O_RDONLY | OFlag::O_DIRECTORY).ok())
            .flatten();
        let late_ro = below.is_some() && flags.contains(MsFlags::MS_RDONLY);
        if late_ro {
            flags.remove(MsFlags::MS_RDONLY);
        }
        match mount(Some(&src), tp.as_str(), Some(typ), flags, d) {
            Ok(()) => fill_tmpfs(root, spec, dest, below, chown, late_ro)?,
            // sysfs belongs to the network namespace's owner: sharing the host's network
            // from a user namespace, bind the host's /sys read-only instead
            Err(nix::errno::Errno::EPERM) if typ == "sysfs" => {
                mount(
                    Some("/sys"),
                    tp.as_str(),
                    None::<&str>,
                    MsFlags::MS_BIND | MsFlags::MS_REC,
                    None::<&str>,
                )
                .map_err(sys_err(&what))?;
                remount_ro(&fd_path(&reopen()?))?;
            }
            // likewise proc belongs to the pid namespace's owner: sharing the host's pid
            // namespace from a user namespace (rootless --pid host), bind the host's /proc
            Err(nix::errno::Errno::EPERM) if typ == "proc" => {
                mount(
                    Some("/proc"),
                    tp.as_str(),
                    None::<&str>,
                    MsFlags::MS_BIND | MsFlags::MS_REC,
                    None::<&str>,
                )
                .map_err(sys_err(&what))?;
            }
            Err(e) => return Err(sys_err(&what)(e)),
        }
    }
    // (r)private is what every mount here already is: mount_rootfs made the whole tree
    // private, and a mount made under a private one, or bound from one, is private too
    let already = MsFlags::MS_PRIVATE | MsFlags::MS_REC;
    if !prop.is_empty() && !already.contains(prop) {
        let m = reopen()?;
        mount(
            None::<&str>,
            fd_path(&m).as_str(),
            None::<&str>,
            prop,
            None::<&str>,
        )
        .map_err(sys_err(&what))?;
    }
    Ok(())
}

/// A fresh volume just bound on `dest`: the directory it covers (`below`) copied in, and
/// the owner and mode of that directory given to the volume's root.
fn copy_up(root: RawFd, dest: &Path, below: OwnedFd) -> Result<(), StartError> {
    let top = open_in_root(root, dest, OFlag::O_RDONLY | OFlag::O_DIRECTORY)
        .map_err(sys_err(format!("reopening {}", dest.display())))?;
    super::tree::copy_dir_contents(below.as_raw_fd(), top.as_raw_fd()).map_err(sys_err(
        format!("copying {} into its volume", dest.display()),
    ))?;
    let md = nix::sys::stat::fstat(below.as_raw_fd())
        .map_err(sys_err(format!("reading {}", dest.display())))?;
    // an owner this user namespace does not map: the root keeps ours
    let _ = nix::unistd::fchown(
        top.as_raw_fd(),
        Some(nix::unistd::Uid::from_raw(md.st_uid)),
        Some(nix::unistd::Gid::from_raw(md.st_gid)),
    );
    nix::sys::stat::fchmod(
        top.as_raw_fd(),
        nix::sys::stat::Mode::from_bits_truncate(md.st_mode & 0o7777),
    )
    .map_err(sys_err(format!("setting the mode of {}", dest.display())))
}

/// A tmpfs just mounted on `dest`: the directory it covers (`below`) copied in, its root
/// chowned to the container's user (`U`), then made read-only if it was asked to be.
fn fill_tmpfs(
    root: RawFd,
    spec: &Spec,
    dest: &Path,
    below: Option<OwnedFd>,
    chown: bool,
    late_ro: bool,
) -> Result<(), StartError> {
    if below.is_none() && !chown {
        return Ok(());
    }
    let top = open_in_root(root, dest, OFlag::O_RDONLY | OFlag::O_DIRECTORY)
        .map_err(sys_err(format!("reopening {}", dest.display())))?;
    if let Some(b) = below {
        super::tree::copy_dir_contents(b.as_raw_fd(), top.as_raw_fd()).map_err(sys_err(
            format!("copying {} into its tmpfs", dest.display()),
        ))?;
    }
    if chown {
        let (uid, gid) = owner_ids(root, spec)?;
        nix::unistd::fchown(
            top.as_raw_fd(),
            Some(nix::unistd::Uid::from_raw(uid)),
            Some(nix::unistd::Gid::from_raw(gid)),
        )
        .map_err(sys_err(format!("chowning the tmpfs on {}", dest.display())))?;
    }
    if late_ro {
        remount_ro(&fd_path(&top))?;
    }
    Ok(())
}

const DEVICES: &[(&str, u64, u64)] = &[
    ("null", 1, 3),
    ("zero", 1, 5),
    ("full", 1, 7),
    ("random", 1, 8),
    ("urandom", 1, 9),
    ("tty", 5, 0),
];

/// The standard device nodes, made with mknod where we may (no mount to set up, nor to tear
/// down at exit) and else, in a user namespace, bind-mounted from the host's /dev; plus the
/// usual symlinks.
fn setup_dev(root: RawFd) -> Result<(), StartError> {
    let dev = open_in_root(root, Path::new("/dev"), OFlag::O_PATH | OFlag::O_DIRECTORY)
        .map_err(sys_err("opening /dev"))?;
    use nix::sys::stat::{makedev, mknodat, umask, Mode, SFlag};
    // the nodes get exactly 0666, whatever the umask (restored when this returns)
    struct Umask(Mode);
    impl Drop for Umask {
        fn drop(&mut self) {
            umask(self.0);
        }
    }
    let _restore = Umask(umask(Mode::empty()));
    for &(d, major, minor) in DEVICES {
        // /dev is the fresh tmpfs we just mounted: nothing of the image's is in it
        let rw = Mode::from_bits_truncate(0o666);
        let dev_fd = Some(dev.as_raw_fd());
        if mknodat(dev_fd, d, SFlag::S_IFCHR, rw, makedev(major, minor)).is_ok() {
            continue;
        }
        let target = ensure_in_root(root, &Path::new("/dev").join(d), false)
            .map_err(sys_err(format!("creating /dev/{d}")))?;
        mount(
            Some(Path::new("/dev").join(d).as_path()),
            fd_path(&target).as_str(),
            None::<&str>,
            MsFlags::MS_BIND,
            None::<&str>,
        )
        .map_err(sys_err(format!("binding /dev/{d}")))?;
    }
    for (name, to) in [
        ("fd", "/proc/self/fd"),
        ("stdin", "/proc/self/fd/0"),
        ("stdout", "/proc/self/fd/1"),
        ("stderr", "/proc/self/fd/2"),
        ("ptmx", "pts/ptmx"),
        ("core", "/proc/kcore"),
    ] {
        // /dev is the fresh tmpfs we just mounted: nothing of the image's is in it
        match nix::unistd::symlinkat(to, Some(dev.as_raw_fd()), name) {
            Ok(()) | Err(nix::errno::Errno::EEXIST) => {}
            Err(e) => return Err(sys_err(format!("creating /dev/{name}"))(e)),
        }
    }
    Ok(())
}

/// The container's terminal: a pty of its own devpts instance (so `tty` names a device that
/// exists inside), its slave also bound on /dev/console.
fn open_console(root: RawFd) -> Result<super::tty::Pty, StartError> {
    let master = open_in_root(
        root,
        Path::new("/dev/pts/ptmx"),
        OFlag::O_RDWR | OFlag::O_NOCTTY,
    )
    .map_err(sys_err("opening the container's /dev/pts/ptmx"))?;
    let slave = super::tty::peer(&master).map_err(sys_err("opening the pty's slave"))?;
    let target = ensure_in_root(root, Path::new("/dev/console"), false)
        .map_err(sys_err("creating /dev/console"))?;
    mount(
        Some(fd_path(&slave).as_str()),
        fd_path(&target).as_str(),
        None::<&str>,
        MsFlags::MS_BIND,
        None::<&str>,
    )
    .map_err(sys_err("binding /dev/console"))?;
    Ok(super::tty::Pty { master, slave })
}

/// Everything between the rootfs mount and pivot_root; with `console`, also the terminal.
pub fn setup_mounts(
    spec: &Spec,
    target: &Path,
    console: bool,
) -> Result<Option<super::tty::Pty>, StartError> {
    let root = super::sys::open_dir_path(target)
        .map_err(sys_err(format!("opening rootfs {}", target.display())))?;
    stage_copies(spec)?;
    let mut dev_done = false;
    // the rootfs, mounted already
    for m in spec
        .mounts()
        .iter()
        .flatten()
        .filter(|m| !super::is_rootfs_mount(m))
    {
        mount_one(root.as_raw_fd(), m, spec)?;
        if m.destination() == Path::new("/dev") {
            setup_dev(root.as_raw_fd())?;
            dev_done = true;
        }
    }
    if !dev_done {
        setup_dev(root.as_raw_fd())?;
    }
    if console {
        return open_console(root.as_raw_fd()).map(Some);
    }
    Ok(None)
}

/// Make `target` the root and drop every trace of the host's mount table.
pub fn pivot(target: &Path) -> Result<(), StartError> {
    nix::unistd::chdir(target).map_err(sys_err("entering rootfs"))?;
    // pivot_root(".", ".") stacks the old root on top of the new one; unmounting "." then
    // removes it without needing a directory for it inside the rootfs
    nix::unistd::pivot_root(".", ".").map_err(sys_err("pivot_root"))?;
    mount(
        None::<&str>,
        ".",
        None::<&str>,
        MsFlags::MS_SLAVE | MsFlags::MS_REC,
        None::<&str>,
    )
    .map_err(sys_err("making the old root a slave"))?;
    umount2(".", MntFlags::MNT_DETACH).map_err(sys_err("unmounting the old root"))?;
    nix::unistd::chdir("/").map_err(sys_err("chdir /"))?;
    Ok(())
}

/// After pivot_root: a shared or slave propagation asked for a mount, made again (detaching
/// the old root made every mount of the new one a slave of nothing, that is private).
fn reapply_propagation(spec: &Spec) -> Result<(), StartError> {
    let mut root = None;
    for m in spec.mounts().iter().flatten() {
        let opts = m.options().clone().unwrap_or_default();
        let (_, prop, _) = parse_options(&opts);
        if prop.is_empty() || (MsFlags::MS_PRIVATE | MsFlags::MS_REC).contains(prop) {
            continue;
        }
        if root.is_none() {
            root = Some(
                super::sys::open_dir_path(Path::new("/"))
                    .map_err(sys_err("opening the new root"))?,
            );
        }
        let r = root.as_ref().map(AsRawFd::as_raw_fd).unwrap_or(-1);
        let dest = m.destination();
        let fd = open_in_root(r, dest, OFlag::O_PATH)
            .map_err(sys_err(format!("reopening {}", dest.display())))?;
        mount(
            None::<&str>,
            fd_path(&fd).as_str(),
            None::<&str>,
            prop,
            None::<&str>,
        )
        .map_err(sys_err(format!(
            "setting the propagation of {}",
            dest.display()
        )))?;
    }
    Ok(())
}

/// After pivot_root: propagation, mask, make read-only, and optionally make the root
/// read-only.
pub fn finish(spec: &Spec) -> Result<(), StartError> {
    reapply_propagation(spec)?;
    if let Some(linux) = spec.linux() {
        for p in linux.masked_paths().iter().flatten() {
            let path = p.as_str();
            match std::fs::symlink_metadata(path) {
                Ok(md) if md.is_dir() => mount(
                    Some("tmpfs"),
                    path,
                    Some("tmpfs"),
                    MsFlags::MS_RDONLY,
                    None::<&str>,
                )
                .map_err(sys_err(format!("masking {path}")))?,
                Ok(_) => mount(
                    Some("/dev/null"),
                    path,
                    None::<&str>,
                    MsFlags::MS_BIND,
                    None::<&str>,
                )
                .map_err(sys_err(format!("masking {path}")))?,
                Err(_) => {}
            }
        }
        for p in linux.readonly_paths().iter().flatten() {
            let path = p.as_str();
            if std::fs::symlink_metadata(path).is_err() {
                continue;
            }
            mount(
                Some(path),
                path,
                None::<&str>,
                MsFlags::MS_BIND | MsFlags::MS_REC,
                None::<&str>,
            )
            .map_err(sys_err(format!("binding {path}")))?;
            remount_ro(path)?;
        }
    }
    if spec
        .root()
        .as_ref()
        .and_then(|r| r.readonly())
        .unwrap_or(false)
    {
        remount_ro("/")?;
    }
    Ok(())
}

/// Unmount what `mount_at` mounted on `target`; lazily when it is busy.
pub fn unmount_at(target: &Path) -> nix::Result<()> {
    match nix::mount::umount2(target, nix::mount::MntFlags::empty()) {
        Err(nix::errno::Errno::EBUSY) => {
            nix::mount::umount2(target, nix::mount::MntFlags::MNT_DETACH)
        }
        r => r,
    }
}

/// Can this process mount an overlay filesystem here (kernel support, and in a user namespace
/// the `userxattr` variant)? Tried in a forked child's private mount namespace under `dir`.
/// The caller must be single-threaded.
pub fn overlay_works(dir: &Path, userxattr: bool) -> bool {
    let d = |n: &str| dir.join(n);
    for n in ["lower", "upper", "work", "merged"] {
        if std::fs::create_dir_all(d(n)).is_err() {
            return false;
        }
    }
    // SAFETY: single-threaded caller; the child only mounts and exits.
    #[allow(unsafe_code)]
    let ok = match unsafe { nix::unistd::fork() } {
        Ok(nix::unistd::ForkResult::Child) => {
            // the very mount a container gets (fd-named dirs, userxattr), in a private namespace
            let rootfs = Rootfs::Overlay {
                lower: vec![d("lower")],
                upper: d("upper"),
                work: d("work"),
                target: d("merged"),
                userxattr,
                volatile: false,
            };
            let ok = nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS).is_ok()
                && mount_rootfs(&rootfs).is_ok();
            super::sys::exit_now(if ok { 0 } else { 1 })
        }
        Ok(nix::unistd::ForkResult::Parent { child }) => {
            matches!(
                nix::sys::wait::waitpid(child, None),
                Ok(nix::sys::wait::WaitStatus::Exited(_, 0))
            )
        }
        Err(_) => false,
    };
    if let Err(e) = std::fs::remove_dir_all(dir) {
        tracing::warn!("removing {}: {e}", dir.display());
    }
    ok
}
