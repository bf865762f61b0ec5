//! The unpacker: each tar entry applied at its place (files, directories, links, devices,
//! whiteouts), directory metadata deferred to the end, and the helpers it needs.

use super::*;

pub(super) struct Unpacker<'o> {
    opts: &'o UnpackOptions,
    root: Rc<OwnedFd>,
    /// Parent directory fd of the previous entry. Only removals can change
    /// what a fully resolved path refers to, so every removal drops it.
    cache: Option<(Vec<u8>, Rc<OwnedFd>)>,
    dirs: Vec<DeferredDir>,
    report: UnpackReport,
    buf: Vec<u8>,
}

impl<'o> Unpacker<'o> {
    pub(super) fn new(opts: &'o UnpackOptions, root: OwnedFd) -> Unpacker<'o> {
        Unpacker {
            opts,
            root: Rc::new(root),
            cache: None,
            dirs: Vec::new(),
            report: UnpackReport::default(),
            buf: vec![0; COPY_BUF],
        }
    }

    /// Directory metadata last (writing into a directory changes its mtime), then the report.
    pub(super) fn finish(mut self) -> Result<UnpackReport, UnpackError> {
        self.finish_dirs()?;
        Ok(self.report)
    }

    fn root_fd(&self) -> RawFd {
        self.root.as_raw_fd()
    }

    fn invalidate(&mut self) {
        self.cache = None;
    }

    /// Directory fd for `parent` (relative to dest), resolved in root.
    /// With `create`, missing directories are created (0755).
    fn parent(&mut self, parent: &[u8], create: bool) -> io::Result<Rc<OwnedFd>> {
        if parent.is_empty() {
            return Ok(self.root.clone());
        }
        if let Some((key, fd)) = &self.cache {
            if key.as_slice() == parent {
                return Ok(fd.clone());
            }
        }
        let fd = match sys::openat2_in_root(
            self.root_fd(),
            &cstr(parent)?,
            libc::O_PATH | libc::O_DIRECTORY,
        ) {
            Ok(fd) => fd,
            Err(e) if create && errno_is(&e, libc::ENOENT) => self.create_parents(parent)?,
            Err(e) => return Err(e),
        };
        let fd = Rc::new(fd);
        self.cache = Some((parent.to_vec(), fd.clone()));
        Ok(fd)
    }

    fn create_parents(&mut self, parent: &[u8]) -> io::Result<OwnedFd> {
        let dir_flags = libc::O_PATH | libc::O_DIRECTORY;
        let mut cur: Option<OwnedFd> = None;
        let mut fresh = false;
        let mut start = 0;
        while start < parent.len() {
            let end = parent[start..]
                .iter()
                .position(|&b| b == b'/')
                .map_or(parent.len(), |i| start + i);
            let prefix = &parent[..end];
            let comp = cstr(&parent[start..end])?;
            let at = cur.as_ref().map_or(self.root_fd(), |f| f.as_raw_fd());
            let existing = if fresh {
                None
            } else {
                match sys::openat2_in_root(self.root_fd(), &cstr(prefix)?, dir_flags) {
                    Ok(fd) => Some(fd),
                    Err(e) if errno_is(&e, libc::ENOENT) => None,
                    Err(e) => return Err(e),
                }
            };
            let next = match existing {
                Some(fd) => fd,
                None => {
                    // EEXIST here means a symlink whose target is missing in the root.
                    sys::mkdirat(at, &comp, 0o755)?;
                    sys::chmod_nofollow(at, &comp, 0o755)?;
                    fresh = true;
                    sys::openat(at, &comp, dir_flags | libc::O_NOFOLLOW, 0)?
                }
            };
            cur = Some(next);
            start = end + 1;
        }
        cur.ok_or_else(|| io::Error::from_raw_os_error(libc::ENOENT))
    }

    /// The directory that is to hold `rel` (made where missing) and the entry's name in it;
    /// `op`, the creation to come, names a name that is no C string.
    fn place(
        &mut self,
        rel: &[u8],
        op: &'static str,
        ctx: Ctx<'_>,
    ) -> Result<(Rc<OwnedFd>, CString), UnpackError> {
        let (parent, name) = split_parent(rel);
        let pfd = self
            .parent(parent, true)
            .map_err(ctx.io("open parent directory"))?;
        let cname = cstr(name).map_err(ctx.io(op))?;
        Ok((pfd, cname))
    }

    /// Run `create`; if the name is taken, remove what is there and retry once.
    fn create_replacing<T>(
        &mut self,
        dirfd: RawFd,
        name: &CStr,
        mut create: impl FnMut(RawFd, &CStr) -> io::Result<T>,
    ) -> io::Result<T> {
        match create(dirfd, name) {
            Err(e) if errno_is(&e, libc::EEXIST) => {
                self.invalidate();
                remove_all_at(dirfd, name)?;
                create(dirfd, name)
            }
            r => r,
        }
    }

    pub(super) fn entry<R: Read>(
        &mut self,
        entry: &mut tar::Entry<'_, R>,
        raw: &[u8],
    ) -> Result<(), UnpackError> {
        use tar::EntryType as K;
        let ctx = Ctx { raw };
        let kind = entry.header().entry_type();
        if matches!(
            kind,
            K::XGlobalHeader | K::XHeader | K::GNULongName | K::GNULongLink
        ) {
            debug!(path = %ctx.path(), "skipping tar extension header");
            return Ok(());
        }
        refuse_sparse(entry, ctx)?;
        let rel = normalize(raw).map_err(|p| match p {
            PathProblem::Empty => ctx.invalid("empty name"),
            PathProblem::Nul => ctx.invalid("contains a nul byte"),
            PathProblem::Absolute => UnpackError::AbsolutePath { path: ctx.path() },
            PathProblem::DotDot => UnpackError::Escapes { path: ctx.path() },
        })?;
        self.report.entries += 1;

        if self.opts.whiteouts != WhiteoutMode::Plain
            && split_parent(&rel).1.starts_with(WHITEOUT_PREFIX)
        {
            return self.whiteout(&rel, ctx);
        }

        let is_dir = kind == K::Directory
            || (matches!(kind, K::Regular | K::Continuous) && raw.ends_with(b"/"));
        if rel.is_empty() && !is_dir {
            return Err(ctx.invalid("the layer root can only be a directory"));
        }
        match kind {
            _ if is_dir => {
                let meta = read_meta(entry, ctx)?;
                self.dir(&rel, &meta, ctx)
            }
            K::Regular | K::Continuous => {
                let meta = read_meta(entry, ctx)?;
                self.file(entry, &rel, &meta, ctx)
            }
            K::Symlink => {
                let meta = read_meta(entry, ctx)?;
                let target = entry
                    .link_name_bytes()
                    .map(|c| c.into_owned())
                    .unwrap_or_default();
                self.symlink(&rel, &target, &meta, ctx)
            }
            K::Link => {
                let target = entry
                    .link_name_bytes()
                    .map(|c| c.into_owned())
                    .unwrap_or_default();
                self.hardlink(&rel, &target, ctx)
            }
            K::Char | K::Block => {
                if self.report.skipped_devices == 0 {
                    warn!(
                        path = %ctx.path(),
                        "layer contains device nodes; not creating them (container images must not carry host devices)"
                    );
                }
                self.report.skipped_devices += 1;
                Ok(())
            }
            K::Fifo => {
                let meta = read_meta(entry, ctx)?;
                self.fifo(&rel, &meta, ctx)
            }
            other => Err(UnpackError::UnsupportedType {
                path: ctx.path(),
                kind: char::from(other.as_byte()),
            }),
        }
    }

    fn whiteout(&mut self, rel: &[u8], ctx: Ctx<'_>) -> Result<(), UnpackError> {
        let (parent, wname) = split_parent(rel);
        if wname == OPAQUE_MARKER {
            return self.opaque(parent, ctx);
        }
        if wname.starts_with(WHITEOUT_META_PREFIX) {
            debug!(path = %ctx.path(), "skipping aufs metadata entry");
            return Ok(());
        }
        let target = &wname[WHITEOUT_PREFIX.len()..];
        if target.is_empty() || target == b"." || target == b".." {
            return Err(ctx.invalid("invalid whiteout"));
        }
        let ctarget = cstr(target).map_err(ctx.io("whiteout"))?;
        // Overlay: Plain mode never gets here
        let pfd = self
            .parent(parent, true)
            .map_err(ctx.io("open parent directory"))?;
        self.create_replacing(pfd.as_raw_fd(), &ctarget, |d, n| {
            sys::mknodat(d, n, libc::S_IFCHR, libc::makedev(0, 0))
        })
        .map_err(ctx.io("create whiteout device"))
    }

    fn opaque(&mut self, dir: &[u8], ctx: Ctx<'_>) -> Result<(), UnpackError> {
        // Overlay: Plain mode never gets here
        let rd = libc::O_RDONLY | libc::O_DIRECTORY;
        let pfd = self
            .parent(dir, true)
            .map_err(ctx.io("open opaque directory"))?;
        let dfd =
            sys::openat(pfd.as_raw_fd(), c".", rd, 0).map_err(ctx.io("open opaque directory"))?;
        let xname = cstr(self.opts.opaque_xattr.as_bytes()).map_err(ctx.io("set opaque xattr"))?;
        sys::fsetxattr(dfd.as_raw_fd(), &xname, b"y").map_err(ctx.io("set opaque xattr"))
    }

    fn dir(&mut self, rel: &[u8], meta: &Meta, ctx: Ctx<'_>) -> Result<(), UnpackError> {
        if rel.is_empty() {
            if self.opts.preserve_owner {
                sys::fchownat(self.root_fd(), c"", meta.uid, meta.gid, libc::AT_EMPTY_PATH)
                    .map_err(ctx.io("chown"))?;
            }
            if !meta.xattrs.is_empty() {
                let dfd = sys::openat(self.root_fd(), c".", libc::O_RDONLY | libc::O_DIRECTORY, 0)
                    .map_err(ctx.io("open directory"))?;
                set_xattrs(&meta.xattrs, ctx, |n, v| {
                    sys::fsetxattr(dfd.as_raw_fd(), n, v)
                })?;
            }
            self.dirs.push(DeferredDir {
                rel: Vec::new(),
                mode: meta.mode,
                mtime: meta.mtime,
            });
            return Ok(());
        }
        let (dir, cname) = self.place(rel, "mkdir", ctx)?;
        let pfd = dir.as_raw_fd();
        // Created owner-only; the real mode is applied at the end, so that a
        // read-only directory can still receive its children.
        match sys::mkdirat(pfd, &cname, 0o700) {
            Ok(()) => {}
            Err(e) if errno_is(&e, libc::EEXIST) => {
                let st = sys::fstatat(pfd, &cname).map_err(ctx.io("stat"))?;
                if st.st_mode & libc::S_IFMT != libc::S_IFDIR {
                    self.invalidate();
                    sys::unlinkat(pfd, &cname, 0).map_err(ctx.io("remove existing entry"))?;
                    sys::mkdirat(pfd, &cname, 0o700).map_err(ctx.io("mkdir"))?;
                }
            }
            Err(e) => return Err(ctx.io("mkdir")(e)),
        }
        if self.opts.preserve_owner {
            sys::fchownat(pfd, &cname, meta.uid, meta.gid, libc::AT_SYMLINK_NOFOLLOW)
                .map_err(ctx.io("chown"))?;
        }
        if !meta.xattrs.is_empty() {
            let dfd = sys::openat(
                pfd,
                &cname,
                libc::O_RDONLY | libc::O_DIRECTORY | libc::O_NOFOLLOW,
                0,
            )
            .map_err(ctx.io("open directory"))?;
            set_xattrs(&meta.xattrs, ctx, |n, v| {
                sys::fsetxattr(dfd.as_raw_fd(), n, v)
            })?;
        }
        self.dirs.push(DeferredDir {
            rel: rel.to_vec(),
            mode: meta.mode,
            mtime: meta.mtime,
        });
        Ok(())
    }

    fn file<R: Read>(
        &mut self,
        entry: &mut tar::Entry<'_, R>,
        rel: &[u8],
        meta: &Meta,
        ctx: Ctx<'_>,
    ) -> Result<(), UnpackError> {
        let (pfd, cname) = self.place(rel, "create file", ctx)?;
        let flags = libc::O_WRONLY | libc::O_CREAT | libc::O_EXCL | libc::O_NOFOLLOW;
        let fd = self
            .create_replacing(pfd.as_raw_fd(), &cname, |d, n| {
                sys::openat(d, n, flags, 0o600)
            })
            .map_err(ctx.io("create file"))?;
        let mut file = File::from(fd);
        let expected = entry.size();
        let mut got = 0u64;
        loop {
            let n = match entry.read(&mut self.buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(ctx.io("read file data")(e)),
            };
            self.check_inflation(got + n as u64, ctx)?;
            file.write_all(&self.buf[..n])
                .map_err(ctx.io("write file data"))?;
            got += n as u64;
        }
        if got != expected {
            return Err(UnpackError::Truncated {
                path: ctx.path(),
                expected,
                got,
            });
        }
        self.report.bytes += got;
        let fd = file.as_raw_fd();
        // chown drops setuid/setgid and security.capability, and writing data
        // drops them too: so data, then chown, then xattrs, then mode.
        if self.opts.preserve_owner {
            sys::fchown(fd, meta.uid, meta.gid).map_err(ctx.io("chown"))?;
        }
        set_xattrs(&meta.xattrs, ctx, |n, v| sys::fsetxattr(fd, n, v))?;
        sys::fchmod(fd, meta.mode).map_err(ctx.io("chmod"))?;
        sys::futimens(fd, meta.mtime).map_err(ctx.io("set times"))?;
        Ok(())
    }

    /// The layer's file data so far plus `pending` of this entry, against the bomb guard.
    fn check_inflation(&self, pending: u64, ctx: Ctx<'_>) -> Result<(), UnpackError> {
        let Some(guard) = &self.opts.inflation else {
            return Ok(());
        };
        let (limit, compressed) = guard.allowed();
        if self.report.bytes.saturating_add(pending) <= limit {
            return Ok(());
        }
        Err(UnpackError::Inflated {
            path: ctx.path(),
            limit,
            compressed,
            ratio: guard.ratio,
            floor_mib: guard.floor >> 20,
        })
    }

    fn symlink(
        &mut self,
        rel: &[u8],
        target: &[u8],
        meta: &Meta,
        ctx: Ctx<'_>,
    ) -> Result<(), UnpackError> {
        if target.is_empty() {
            return Err(ctx.invalid("symlink with an empty target"));
        }
        if target.contains(&0) {
            return Err(ctx.invalid("symlink target contains a nul byte"));
        }
        let (dir, cname) = self.place(rel, "symlink", ctx)?;
        let pfd = dir.as_raw_fd();
        let ctarget = cstr(target).map_err(ctx.io("symlink"))?;
        self.create_replacing(pfd, &cname, |d, n| sys::symlinkat(&ctarget, d, n))
            .map_err(ctx.io("symlink"))?;
        self.finish_special(pfd, &cname, meta, false, ctx)?;
        Ok(())
    }

    fn fifo(&mut self, rel: &[u8], meta: &Meta, ctx: Ctx<'_>) -> Result<(), UnpackError> {
        let (dir, cname) = self.place(rel, "mkfifo", ctx)?;
        let pfd = dir.as_raw_fd();
        self.create_replacing(pfd, &cname, |d, n| {
            sys::mknodat(d, n, libc::S_IFIFO | 0o600, 0)
        })
        .map_err(ctx.io("mkfifo"))?;
        self.finish_special(pfd, &cname, meta, true, ctx)?;
        Ok(())
    }

    /// Owner, xattrs, mode (unless a symlink) and mtime of a name without an open fd.
    fn finish_special(
        &self,
        pfd: RawFd,
        name: &CStr,
        meta: &Meta,
        chmod: bool,
        ctx: Ctx<'_>,
    ) -> Result<(), UnpackError> {
        if self.opts.preserve_owner {
            sys::fchownat(pfd, name, meta.uid, meta.gid, libc::AT_SYMLINK_NOFOLLOW)
                .map_err(ctx.io("chown"))?;
        }
        set_xattrs(&meta.xattrs, ctx, |n, v| sys::lsetxattr_at(pfd, name, n, v))?;
        if chmod {
            sys::chmod_nofollow(pfd, name, meta.mode).map_err(ctx.io("chmod"))?;
        }
        sys::utimensat(pfd, name, meta.mtime).map_err(ctx.io("set times"))
    }

    fn hardlink(&mut self, rel: &[u8], target: &[u8], ctx: Ctx<'_>) -> Result<(), UnpackError> {
        let bad = |reason| UnpackError::BadHardLink {
            path: ctx.path(),
            target: String::from_utf8_lossy(target).into_owned(),
            reason,
        };
        let trel = normalize(target).map_err(|p| {
            bad(match p {
                PathProblem::Empty => "is empty",
                PathProblem::Nul => "contains a nul byte",
                PathProblem::Absolute => "is an absolute path",
                PathProblem::DotDot => "escapes the layer: path contains ..",
            })
        })?;
        if trel.is_empty() {
            return Err(bad("is the layer root"));
        }
        let (tparent, tname) = split_parent(&trel);
        let tpfd = match self.parent(tparent, false) {
            Ok(fd) => fd,
            Err(e) if errno_is(&e, libc::ENOENT) || errno_is(&e, libc::ENOTDIR) => {
                return Err(bad("does not exist in the layer"))
            }
            Err(e) => return Err(ctx.io("open hard link target directory")(e)),
        };
        let ctname = cstr(tname).map_err(ctx.io("link"))?;
        let (pfd, cname) = self.place(rel, "link", ctx)?;
        // flags 0: a symlink target is linked itself, never followed.
        let r = self.create_replacing(pfd.as_raw_fd(), &cname, |d, n| {
            sys::linkat(tpfd.as_raw_fd(), &ctname, d, n)
        });
        match r {
            Ok(()) => {}
            Err(e) if errno_is(&e, libc::ENOENT) => return Err(bad("does not exist in the layer")),
            Err(e) => return Err(ctx.io("link")(e)),
        }
        Ok(())
    }

    /// Directory modes and mtimes, applied once all entries are written:
    /// creating a child updates the parent's mtime, and a read-only mode
    /// would stop children from being created.
    fn finish_dirs(&mut self) -> Result<(), UnpackError> {
        let mut dirs = std::mem::take(&mut self.dirs);
        let depth = |d: &DeferredDir| {
            d.rel.iter().filter(|&&b| b == b'/').count() + usize::from(!d.rel.is_empty())
        };
        // Deepest first (a parent may become read-only); stable, so of two
        // entries for one directory the later one wins.
        dirs.sort_by(|a, b| depth(b).cmp(&depth(a)).then_with(|| a.rel.cmp(&b.rel)));
        for d in &dirs {
            let ctx = Ctx { raw: &d.rel };
            if d.rel.is_empty() {
                let dfd = sys::openat(self.root_fd(), c".", libc::O_RDONLY | libc::O_DIRECTORY, 0)
                    .map_err(ctx.io("open layer root"))?;
                sys::fchmod(dfd.as_raw_fd(), d.mode).map_err(ctx.io("chmod"))?;
                sys::futimens(dfd.as_raw_fd(), d.mtime).map_err(ctx.io("set times"))?;
                continue;
            }
            let (parent, name) = split_parent(&d.rel);
            let pfd = match self.parent(parent, false) {
                Ok(fd) => fd,
                // Removed or replaced later in the layer.
                Err(e)
                    if [libc::ENOENT, libc::ENOTDIR, libc::ELOOP]
                        .iter()
                        .any(|&c| errno_is(&e, c)) =>
                {
                    continue
                }
                Err(e) => return Err(ctx.io("open parent directory")(e)),
            };
            let pfd = pfd.as_raw_fd();
            let cname = cstr(name).map_err(ctx.io("chmod"))?;
            match sys::fstatat(pfd, &cname) {
                Ok(st) if st.st_mode & libc::S_IFMT == libc::S_IFDIR => {}
                Ok(_) => continue,
                Err(e) if errno_is(&e, libc::ENOENT) => continue,
                Err(e) => return Err(ctx.io("stat")(e)),
            }
            sys::chmod_nofollow(pfd, &cname, d.mode).map_err(ctx.io("chmod"))?;
            sys::utimensat(pfd, &cname, d.mtime).map_err(ctx.io("set times"))?;
        }
        Ok(())
    }
}

fn read_meta<R: Read>(entry: &mut tar::Entry<'_, R>, ctx: Ctx<'_>) -> Result<Meta, UnpackError> {
    let h = entry.header();
    let mode = h.mode().map_err(ctx.io("parse tar header"))? & 0o7777;
    let id = |v: io::Result<u64>| -> Result<u32, UnpackError> {
        let v = v.map_err(ctx.io("parse tar header"))?;
        u32::try_from(v)
            .ok()
            .filter(|&v| v != u32::MAX)
            .ok_or_else(|| {
                ctx.io("parse tar header")(io::Error::new(
                    io::ErrorKind::InvalidData,
                    "owner id out of range",
                ))
            })
    };
    let uid = id(h.uid())?;
    let gid = id(h.gid())?;
    let sec = h.mtime().map_err(ctx.io("parse tar header"))?;
    let mut mtime = timespec(i64::try_from(sec).unwrap_or(i64::MAX), 0);
    let mut xattrs = Vec::new();
    if let Some(exts) = entry.pax_extensions().map_err(ctx.io("parse pax header"))? {
        for ext in exts {
            let ext = ext.map_err(ctx.io("parse pax header"))?;
            let key = ext.key_bytes();
            if let Some(name) = key.strip_prefix(b"SCHILY.xattr.") {
                if name.is_empty()
                    || name.contains(&0)
                    || name.starts_with(b"trusted.overlay.")
                    || name.starts_with(b"user.overlay.")
                {
                    // overlayfs metadata would let a layer redirect lookups.
                    debug!(path = %ctx.path(), xattr = %String::from_utf8_lossy(name), "skipping xattr");
                    continue;
                }
                xattrs.push((
                    cstr(name).map_err(ctx.io("parse pax header"))?,
                    ext.value_bytes().to_vec(),
                ));
            } else if key == b"mtime" {
                if let Some(t) = parse_pax_time(ext.value_bytes()) {
                    mtime = t;
                }
            }
        }
    }
    Ok(Meta {
        mode,
        uid,
        gid,
        mtime,
        xattrs,
    })
}

/// GNU sparse files are refused: a type 'S' header, whose holes the parser would hand over
/// as zeros (a few KB of layer written out as GiBs), and the PAX form (GNU.sparse.* keys,
/// formats 0.0, 0.1 and 1.0), whose member holds the packed data (after its map in 1.0)
/// under a made-up name (`GNUSparseFile.N/NAME`).
fn refuse_sparse<R: Read>(entry: &mut tar::Entry<'_, R>, ctx: Ctx<'_>) -> Result<(), UnpackError> {
    if entry.header().entry_type() == tar::EntryType::GNUSparse {
        return Err(UnpackError::Sparse {
            path: ctx.path(),
            how: format!("unhandled tar header type {}", b'S'),
        });
    }
    let Some(exts) = entry.pax_extensions().map_err(ctx.io("parse pax header"))? else {
        return Ok(());
    };
    let (mut sparse, mut name, mut major, mut minor, mut map) = (false, None, None, None, false);
    for ext in exts {
        let ext = ext.map_err(ctx.io("parse pax header"))?;
        let Some(key) = ext.key_bytes().strip_prefix(b"GNU.sparse.") else {
            continue;
        };
        sparse = true;
        let value = || String::from_utf8_lossy(ext.value_bytes()).into_owned();
        match key {
            b"name" => name = Some(value()),
            b"major" => major = Some(value()),
            b"minor" => minor = Some(value()),
            b"map" => map = true,
            _ => {}
        }
    }
    if !sparse {
        return Ok(());
    }
    let format = match (major, minor) {
        (Some(a), Some(b)) => format!("{a}.{b}"),
        _ if map => "0.1".to_string(),
        _ => "0.0".to_string(),
    };
    Err(UnpackError::Sparse {
        path: name.unwrap_or_else(|| ctx.path()),
        how: format!("a PAX sparse file (GNU sparse format {format})"),
    })
}

pub(super) fn set_xattrs(
    xattrs: &[(CString, Vec<u8>)],
    ctx: Ctx<'_>,
    mut set: impl FnMut(&CStr, &[u8]) -> io::Result<()>,
) -> Result<(), UnpackError> {
    for (name, value) in xattrs {
        match set(name, value) {
            Ok(()) => {}
            Err(e) if errno_is(&e, libc::EPERM) || errno_is(&e, libc::ENOTSUP) => {
                debug!(path = %ctx.path(), xattr = ?name, error = %e, "xattr not set");
            }
            Err(e) => return Err(ctx.io("set xattr")(e)),
        }
    }
    Ok(())
}

/// Names in a directory, except `.` and `..`.
pub(super) fn list_dir(dir: &OwnedFd) -> io::Result<Vec<CString>> {
    // A fresh open description, so the caller's fd offset is untouched.
    let fd = sys::openat(dir.as_raw_fd(), c".", libc::O_RDONLY | libc::O_DIRECTORY, 0)?;
    let mut d = nix::dir::Dir::from(fd).map_err(io::Error::from)?;
    let mut out = Vec::new();
    for ent in d.iter() {
        let ent = ent.map_err(io::Error::from)?;
        let n = ent.file_name();
        if n != c"." && n != c".." {
            out.push(n.to_owned());
        }
    }
    Ok(out)
}

/// Remove `name` under `dirfd`, recursively, never following symlinks.
pub(super) fn remove_all_at(dirfd: RawFd, name: &CStr) -> io::Result<()> {
    match sys::unlinkat(dirfd, name, 0) {
        Ok(()) => return Ok(()),
        Err(e) if errno_is(&e, libc::ENOENT) => return Ok(()),
        Err(e) if errno_is(&e, libc::EISDIR) => {}
        Err(e) => return Err(e),
    }
    let flags = libc::O_RDONLY | libc::O_DIRECTORY | libc::O_NOFOLLOW;
    let sub = match sys::openat(dirfd, name, flags, 0) {
        Ok(fd) => fd,
        Err(e) if errno_is(&e, libc::EACCES) => {
            sys::chmod_nofollow(dirfd, name, 0o700)?;
            sys::openat(dirfd, name, flags, 0)?
        }
        Err(e) => return Err(e),
    };
    // Without CAP_DAC_OVERRIDE a read-only directory cannot be emptied. A failed chmod (not
    // our directory) is not reported here: the removals below then fail and report it.
    let _ = sys::fchmod(sub.as_raw_fd(), 0o700);
    for child in list_dir(&sub)? {
        remove_all_at(sub.as_raw_fd(), &child)?;
    }
    match sys::unlinkat(dirfd, name, libc::AT_REMOVEDIR) {
        Err(e) if !errno_is(&e, libc::ENOENT) => Err(e),
        _ => Ok(()),
    }
}
