//! The vfs driver's rootfs: the image's unpacked layer directories (overlay format, as the
//! layer store keeps them) merged into one directory the way overlayfs shows them, so that
//! both drivers give a container the same tree. Per layer, top over bottom:
//! - a whiteout (a 0:0 character device) removes the name below;
//! - a directory over a directory merges with it, unless it is opaque (its xattr), which
//!   hides what is below; its owner, mode, times and xattrs are the upper one's;
//! - anything else replaces what is below (a directory over a file, a file over a directory);
//! - files hard-linked within a layer stay linked.
//!
//! The merged root keeps its own metadata, as overlayfs shows the container's upper dir's.
//! Nothing is followed: every name is opened O_NOFOLLOW below a directory fd this walk
//! opened or made, in the layer and in the destination.

use super::entries::{list_dir, remove_all_at, set_xattrs};
use super::*;
use std::collections::HashMap;

/// Merge the layer directory `layer` onto `dest` (which holds the layers below it).
pub fn merge_layer(layer: &Path, dest: &Path, opaque_xattr: &str) -> Result<(), UnpackError> {
    let open = |p: &Path| -> Result<OwnedFd, UnpackError> {
        let c = cstr(p.as_os_str().as_bytes())
            .and_then(|c| sys::open(libc::AT_FDCWD, &c, DIR_FLAGS, 0))
            .map_err(|error| UnpackError::Destination {
                path: p.to_path_buf(),
                error,
            })?;
        Ok(c)
    };
    let mut m = Merge {
        opaque: cstr(opaque_xattr.as_bytes()).map_err(|error| UnpackError::Destination {
            path: layer.to_path_buf(),
            error,
        })?,
        links: HashMap::new(),
    };
    m.dir(&open(layer)?, &Rc::new(open(dest)?), false, &mut Vec::new())
}

const DIR_FLAGS: libc::c_int = libc::O_RDONLY | libc::O_DIRECTORY | libc::O_NOFOLLOW;

struct Merge {
    opaque: CString,
    /// (dev, ino) of a layer file with more than one link -> its first copy
    links: HashMap<(u64, u64), (Rc<OwnedFd>, CString)>,
}

impl Merge {
    /// The children of layer dir `src` onto `dst`; `rel` is `src`'s path, for errors.
    /// `fresh`: `dst` was made by this walk, so there is nothing below to replace or remove.
    fn dir(
        &mut self,
        src: &OwnedFd,
        dst: &Rc<OwnedFd>,
        fresh: bool,
        rel: &mut Vec<u8>,
    ) -> Result<(), UnpackError> {
        let (sfd, dfd) = (src.as_raw_fd(), dst.as_raw_fd());
        let remove = |name: &CStr, ctx: Ctx<'_>, op| match fresh {
            true => Ok(()),
            false => remove_all_at(dfd, name).map_err(ctx.io(op)),
        };
        let names = list_dir(src).map_err(Ctx { raw: rel }.io("read layer directory"))?;
        for name in names {
            let len = rel.len();
            if !rel.is_empty() {
                rel.push(b'/');
            }
            rel.extend_from_slice(name.to_bytes());
            let ctx = Ctx { raw: rel };
            let st = sys::fstatat(sfd, &name).map_err(ctx.io("stat"))?;
            match st.st_mode & libc::S_IFMT {
                libc::S_IFCHR if st.st_rdev == 0 => remove(&name, ctx, "apply whiteout")?,
                libc::S_IFDIR => self.subdir(sfd, dst, fresh, &name, &st, rel)?,
                libc::S_IFREG => {
                    remove(&name, ctx, "remove replaced entry")?;
                    self.file(sfd, dst, &name, &st, ctx)?
                }
                libc::S_IFLNK => {
                    let target = sys::readlinkat(sfd, &name).map_err(ctx.io("readlink"))?;
                    let target = cstr(&target).map_err(ctx.io("symlink"))?;
                    remove(&name, ctx, "remove replaced entry")?;
                    sys::symlinkat(&target, dfd, &name).map_err(ctx.io("symlink"))?;
                    finish(sfd, dfd, &name, &st, ctx)?;
                }
                libc::S_IFIFO => {
                    remove(&name, ctx, "remove replaced entry")?;
                    sys::mknodat(dfd, &name, libc::S_IFIFO | 0o600, 0).map_err(ctx.io("mkfifo"))?;
                    finish(sfd, dfd, &name, &st, ctx)?;
                }
                // the layer store makes no other kind (devices are not unpacked)
                _ => {}
            }
            rel.truncate(len);
        }
        Ok(())
    }

    fn subdir(
        &mut self,
        sfd: RawFd,
        dst: &Rc<OwnedFd>,
        fresh: bool,
        name: &CStr,
        st: &libc::stat,
        rel: &mut Vec<u8>,
    ) -> Result<(), UnpackError> {
        let dfd = dst.as_raw_fd();
        let ctx = Ctx { raw: rel };
        let opaque = sys::lgetxattr_at(sfd, name, &self.opaque)
            .map_err(ctx.io("read opaque xattr"))?
            .is_some_and(|v| v == b"y");
        let below = match if fresh {
            None
        } else {
            Some(sys::fstatat(dfd, name))
        } {
            None => None,
            Some(Ok(b)) => Some(b.st_mode & libc::S_IFMT == libc::S_IFDIR),
            Some(Err(e)) if errno_is(&e, libc::ENOENT) => None,
            Some(Err(e)) => return Err(ctx.io("stat")(e)),
        };
        match below {
            Some(true) if opaque => {
                let d = sys::openat(dfd, name, DIR_FLAGS, 0).map_err(ctx.io("open directory"))?;
                for child in list_dir(&d).map_err(ctx.io("read directory"))? {
                    remove_all_at(d.as_raw_fd(), &child)
                        .map_err(ctx.io("empty opaque directory"))?;
                }
            }
            Some(true) => {}
            other => {
                if other.is_some() {
                    remove_all_at(dfd, name).map_err(ctx.io("remove replaced entry"))?;
                }
                sys::mkdirat(dfd, name, 0o700).map_err(ctx.io("mkdir"))?;
            }
        }
        let s = sys::openat(sfd, name, DIR_FLAGS, 0).map_err(ctx.io("open layer directory"))?;
        let d = Rc::new(sys::openat(dfd, name, DIR_FLAGS, 0).map_err(ctx.io("open directory"))?);
        self.dir(&s, &d, fresh || below != Some(true), rel)?;
        // last: creating children changes the mtime, and the mode may be read-only
        finish(sfd, dfd, name, st, Ctx { raw: rel })
    }

    fn file(
        &mut self,
        sfd: RawFd,
        dst: &Rc<OwnedFd>,
        name: &CStr,
        st: &libc::stat,
        ctx: Ctx<'_>,
    ) -> Result<(), UnpackError> {
        let dfd = dst.as_raw_fd();
        let key = (st.st_dev, st.st_ino);
        if st.st_nlink > 1 {
            if let Some((first_dir, first)) = self.links.get(&key) {
                return sys::linkat(first_dir.as_raw_fd(), first, dfd, name)
                    .map_err(ctx.io("link"));
            }
        }
        let from = sys::openat(sfd, name, libc::O_RDONLY | libc::O_NOFOLLOW, 0)
            .map_err(ctx.io("open layer file"))?;
        let flags = libc::O_WRONLY | libc::O_CREAT | libc::O_EXCL | libc::O_NOFOLLOW;
        let to = sys::openat(dfd, name, flags, 0o600).map_err(ctx.io("create file"))?;
        let mut to = File::from(to);
        io::copy(&mut File::from(from), &mut to).map_err(ctx.io("copy file data"))?;
        // data, owner, xattrs, mode: chown drops setuid bits and file capabilities
        finish(sfd, dfd, name, st, ctx)?;
        if st.st_nlink > 1 {
            self.links.insert(key, (dst.clone(), name.to_owned()));
        }
        Ok(())
    }
}

/// Owner, xattrs (overlayfs' own aside), mode (not a symlink's) and times of the copy
/// `name` in `dfd`, from the layer's `name` in `sfd`.
fn finish(
    sfd: RawFd,
    dfd: RawFd,
    name: &CStr,
    st: &libc::stat,
    ctx: Ctx<'_>,
) -> Result<(), UnpackError> {
    sys::fchownat(dfd, name, st.st_uid, st.st_gid, libc::AT_SYMLINK_NOFOLLOW)
        .map_err(ctx.io("chown"))?;
    let list = sys::llistxattr_at(sfd, name).map_err(ctx.io("list xattrs"))?;
    let mut xattrs = Vec::new();
    for x in list.split(|&b| b == 0).filter(|x| !x.is_empty()) {
        if x.starts_with(b"trusted.overlay.") || x.starts_with(b"user.overlay.") {
            continue;
        }
        let xname = cstr(x).map_err(ctx.io("read xattr"))?;
        if let Some(v) = sys::lgetxattr_at(sfd, name, &xname).map_err(ctx.io("read xattr"))? {
            xattrs.push((xname, v));
        }
    }
    set_xattrs(&xattrs, ctx, |n, v| sys::lsetxattr_at(dfd, name, n, v))?;
    if st.st_mode & libc::S_IFMT != libc::S_IFLNK {
        sys::chmod_nofollow(dfd, name, st.st_mode & 0o7777).map_err(ctx.io("chmod"))?;
    }
    let mtime = timespec(st.st_mtime, st.st_mtime_nsec);
    sys::utimensat(dfd, name, mtime).map_err(ctx.io("set times"))
}
