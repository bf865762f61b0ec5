//! Tests of image::unpack, on real directories: hostile layers stay inside.
use super::*;
use std::fs;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use tar::{Builder, EntryType, Header};

const MTIME: u64 = 1_600_000_000;

fn overlay() -> UnpackOptions {
    UnpackOptions {
        whiteouts: WhiteoutMode::Overlay,
        opaque_xattr: "trusted.overlay.opaque",
        preserve_owner: true,
        inflation: None,
    }
}

struct Layer(Builder<Vec<u8>>);

fn header(kind: EntryType, mode: u32) -> Header {
    let mut h = Header::new_gnu();
    h.set_entry_type(kind);
    h.set_mode(mode);
    h.set_mtime(MTIME);
    h.set_uid(0);
    h.set_gid(0);
    h.set_size(0);
    h
}

impl Layer {
    fn new() -> Self {
        Layer(Builder::new(Vec::new()))
    }
    fn dir(&mut self, path: &str, mode: u32) -> &mut Self {
        let mut h = header(EntryType::Directory, mode);
        self.0.append_data(&mut h, path, io::empty()).unwrap();
        self
    }
    fn file(&mut self, path: &str, data: &[u8], mode: u32) -> &mut Self {
        self.file_owned(path, data, mode, 0, 0)
    }
    fn file_owned(&mut self, path: &str, data: &[u8], mode: u32, uid: u64, gid: u64) -> &mut Self {
        let mut h = header(EntryType::Regular, mode);
        h.set_uid(uid);
        h.set_gid(gid);
        h.set_size(data.len() as u64);
        self.0.append_data(&mut h, path, data).unwrap();
        self
    }
    fn symlink(&mut self, path: &str, target: &str) -> &mut Self {
        let mut h = header(EntryType::Symlink, 0o777);
        h.set_mtime(MTIME + 7);
        self.0.append_link(&mut h, path, target).unwrap();
        self
    }
    fn hardlink(&mut self, path: &str, target: &str) -> &mut Self {
        let mut h = header(EntryType::Link, 0o644);
        self.0.append_link(&mut h, path, target).unwrap();
        self
    }
    fn special(&mut self, path: &str, kind: EntryType) -> &mut Self {
        let mut h = header(kind, 0o640);
        h.set_device_major(1).unwrap();
        h.set_device_minor(3).unwrap();
        self.0.append_data(&mut h, path, io::empty()).unwrap();
        self
    }
    /// An entry with raw name/link bytes, bypassing the builder's path checks.
    fn raw(&mut self, name: &[u8], kind: EntryType, link: &[u8], data: &[u8]) -> &mut Self {
        let mut h = header(kind, 0o644);
        {
            let gnu = h.as_gnu_mut().unwrap();
            gnu.name[..name.len()].copy_from_slice(name);
            gnu.linkname[..link.len()].copy_from_slice(link);
        }
        h.set_size(data.len() as u64);
        h.set_cksum();
        self.0.append(&h, data).unwrap();
        self
    }
    /// A GNU sparse ('S') member: `data` at offset 0, then a hole up to `real` bytes.
    fn gnu_sparse(&mut self, path: &str, data: &[u8], real: u64) -> &mut Self {
        fn octal(dst: &mut [u8; 12], v: u64) {
            dst[..11].copy_from_slice(format!("{v:011o}").as_bytes());
            dst[11] = 0;
        }
        let mut h = header(EntryType::GNUSparse, 0o644);
        h.set_size(data.len() as u64);
        {
            let g = h.as_gnu_mut().unwrap();
            g.name[..path.len()].copy_from_slice(path.as_bytes());
            octal(&mut g.sparse[0].offset, 0);
            octal(&mut g.sparse[0].numbytes, data.len() as u64);
            octal(&mut g.sparse[1].offset, real);
            octal(&mut g.sparse[1].numbytes, 0);
            octal(&mut g.realsize, real);
        }
        h.set_cksum();
        self.0.append(&h, data).unwrap();
        self
    }
    fn pax(&mut self, records: &[(&str, &[u8])]) -> &mut Self {
        self.0
            .append_pax_extensions(records.iter().copied())
            .unwrap();
        self
    }
    fn bytes(&mut self) -> Vec<u8> {
        let b = std::mem::replace(&mut self.0, Builder::new(Vec::new()));
        b.into_inner().unwrap()
    }
}

fn unpack(
    layer: &mut Layer,
    dest: &Path,
    opts: &UnpackOptions,
) -> Result<UnpackReport, UnpackError> {
    unpack_layer(&layer.bytes()[..], dest, opts)
}

fn lmeta(p: &Path) -> fs::Metadata {
    fs::symlink_metadata(p).unwrap()
}

fn getxattr(p: &Path, name: &str) -> Option<Vec<u8>> {
    let cp = CString::new(p.as_os_str().as_bytes()).unwrap();
    let cn = CString::new(name).unwrap();
    let mut buf = vec![0u8; 256];
    // SAFETY: both strings are NUL-terminated; buf is writable for its length.
    let n =
        unsafe { libc::lgetxattr(cp.as_ptr(), cn.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
    if n < 0 {
        return None;
    }
    buf.truncate(n as usize);
    Some(buf)
}

#[test]
fn normal_tree_keeps_contents_modes_times_owners() {
    let dest = tempfile::tempdir().unwrap();
    let d = dest.path();
    let long = format!("deep/{}/file", "x".repeat(150));
    let rep = unpack(
        Layer::new()
            .dir("./", 0o755)
            .dir("etc/", 0o750)
            .file_owned("etc/passwd", b"root:x:0:0\n", 0o640, 1234, 5678)
            .file("etc/empty", b"", 0o600)
            .dir("usr/bin", 0o755)
            .file("usr/bin/tool", &vec![7u8; 300_000], 0o755)
            .symlink("bin", "usr/bin")
            .symlink("etc/abs", "/usr/bin/tool")
            .hardlink("usr/bin/tool2", "usr/bin/tool")
            .file(&long, b"long", 0o644),
        d,
        &overlay(),
    )
    .unwrap();
    assert_eq!(rep.entries, 10);
    assert_eq!(rep.bytes, 11 + 300_000 + 4);
    assert_eq!(rep.skipped_devices, 0);

    assert_eq!(fs::read(d.join("etc/passwd")).unwrap(), b"root:x:0:0\n");
    let m = lmeta(&d.join("etc/passwd"));
    assert_eq!(
        (m.mode() & 0o7777, m.uid(), m.gid(), m.mtime()),
        (0o640, 1234, 5678, MTIME as i64)
    );
    let m = lmeta(&d.join("etc"));
    assert!(m.is_dir());
    assert_eq!(m.mode() & 0o7777, 0o750);
    // written after children, so deferred
    assert_eq!(m.mtime(), MTIME as i64);
    assert_eq!(lmeta(&d.join("usr/bin")).mtime(), MTIME as i64);
    assert_eq!(lmeta(d).mode() & 0o7777, 0o755);
    assert_eq!(lmeta(d).mtime(), MTIME as i64);
    assert_eq!(fs::read_link(d.join("bin")).unwrap(), Path::new("usr/bin"));
    assert_eq!(
        fs::read_link(d.join("etc/abs")).unwrap(),
        Path::new("/usr/bin/tool")
    );
    assert_eq!(lmeta(&d.join("bin")).mtime(), (MTIME + 7) as i64);
    let a = lmeta(&d.join("usr/bin/tool"));
    let b = lmeta(&d.join("usr/bin/tool2"));
    assert_eq!((a.ino(), a.nlink()), (b.ino(), 2));
    assert_eq!(a.mode() & 0o7777, 0o755);
    assert_eq!(fs::read(d.join(&long)).unwrap(), b"long");
}

#[test]
fn setuid_and_caps_survive_chown() {
    let dest = tempfile::tempdir().unwrap();
    let d = dest.path();
    // vfs_cap_data v2, effective, permitted = CAP_NET_BIND_SERVICE
    let mut cap = Vec::new();
    for w in [0x0200_0001u32, 1 << 10, 0, 0, 0] {
        cap.extend_from_slice(&w.to_le_bytes());
    }
    unpack(
        Layer::new()
            .file_owned("su", b"x", 0o4755, 1000, 1000)
            .file_owned("sg", b"x", 0o2711, 0, 50)
            .pax(&[
                ("SCHILY.xattr.security.capability", &cap),
                ("SCHILY.xattr.user.rcon", b"v1"),
            ])
            .file_owned("ping", b"x", 0o755, 1000, 1000)
            .dir("tmp", 0o1777),
        d,
        &overlay(),
    )
    .unwrap();
    assert_eq!(lmeta(&d.join("su")).mode() & 0o7777, 0o4755);
    assert_eq!(lmeta(&d.join("su")).uid(), 1000);
    assert_eq!(lmeta(&d.join("sg")).mode() & 0o7777, 0o2711);
    assert_eq!(lmeta(&d.join("tmp")).mode() & 0o7777, 0o1777);
    assert_eq!(
        getxattr(&d.join("ping"), "security.capability").unwrap(),
        cap
    );
    assert_eq!(getxattr(&d.join("ping"), "user.rcon").unwrap(), b"v1");
}

#[test]
fn preserve_owner_false_does_not_chown() {
    let dest = tempfile::tempdir().unwrap();
    let opts = UnpackOptions {
        preserve_owner: false,
        ..overlay()
    };
    unpack(
        Layer::new().file_owned("f", b"x", 0o4755, 1000, 1000),
        dest.path(),
        &opts,
    )
    .unwrap();
    let m = lmeta(&dest.path().join("f"));
    // SAFETY: getuid has no preconditions.
    assert_eq!(m.uid(), unsafe { libc::getuid() });
    assert_eq!(m.mode() & 0o7777, 0o4755);
}

#[test]
fn pax_mtime_and_overlay_xattrs() {
    let dest = tempfile::tempdir().unwrap();
    let d = dest.path();
    unpack(
        Layer::new()
            .pax(&[
                ("mtime", b"1600000000.5"),
                ("SCHILY.xattr.trusted.overlay.redirect", b"/elsewhere"),
                ("SCHILY.xattr.user.keep", b"k"),
            ])
            .dir("d", 0o755)
            .pax(&[("SCHILY.xattr.trusted.rcon", b"t")])
            .symlink("s", "d"),
        d,
        &overlay(),
    )
    .unwrap();
    let m = lmeta(&d.join("d"));
    assert_eq!((m.mtime(), m.mtime_nsec()), (MTIME as i64, 500_000_000));
    assert_eq!(getxattr(&d.join("d"), "trusted.overlay.redirect"), None);
    assert_eq!(getxattr(&d.join("d"), "user.keep").unwrap(), b"k");
    assert_eq!(getxattr(&d.join("s"), "trusted.rcon").unwrap(), b"t");
}

fn err_string(r: Result<UnpackReport, UnpackError>) -> String {
    r.expect_err("unpack should fail").to_string()
}

#[test]
fn dotdot_rejected() {
    let dest = tempfile::tempdir().unwrap();
    let inner = dest.path().join("inner");
    fs::create_dir(&inner).unwrap();
    let e = err_string(unpack(
        Layer::new().raw(b"../evil", EntryType::Regular, b"", b"x"),
        &inner,
        &overlay(),
    ));
    assert_eq!(
        e,
        "layer entry \"../evil\" escapes the layer: path contains .."
    );
    let e = err_string(unpack(
        Layer::new().raw(b"a/../../evil", EntryType::Directory, b"", b""),
        &inner,
        &overlay(),
    ));
    assert!(e.contains("escapes the layer"), "{e}");
    assert!(!dest.path().join("evil").exists());
}

#[test]
fn absolute_and_bad_names_rejected() {
    let dest = tempfile::tempdir().unwrap();
    let e = err_string(unpack(
        Layer::new().raw(b"/etc/x", EntryType::Regular, b"", b"x"),
        dest.path(),
        &overlay(),
    ));
    assert_eq!(e, "layer entry \"/etc/x\" has an absolute path");
    for bad in [&b".wh."[..], b"d/.wh..", b".wh..."] {
        let e = err_string(unpack(
            Layer::new().raw(bad, EntryType::Regular, b"", b""),
            dest.path(),
            &overlay(),
        ));
        assert!(e.contains("invalid whiteout"), "{e}");
    }
    let e = err_string(unpack(
        Layer::new().raw(b"x", EntryType::new(b'Z'), b"", b""),
        dest.path(),
        &overlay(),
    ));
    assert_eq!(e, "layer entry \"x\" has unsupported tar entry type 'Z'");
    let e = err_string(unpack(
        Layer::new().raw(b".", EntryType::Regular, b"", b""),
        dest.path(),
        &overlay(),
    ));
    assert_eq!(
        e,
        "layer entry \".\" has an invalid name: the layer root can only be a directory"
    );
}

#[test]
fn symlink_to_root_is_contained() {
    let dest = tempfile::tempdir().unwrap();
    let d = dest.path();
    let unique = format!("rcon-unpack-escape-{}", std::process::id());
    let rep = unpack(
        Layer::new()
            .symlink("link", "/")
            .file(&format!("link/{unique}"), b"pwned", 0o644)
            .symlink("etc", "/etc")
            .dir("etc", 0o755)
            .file("etc/hostname", b"inside", 0o644),
        d,
        &overlay(),
    )
    .unwrap();
    assert_eq!(rep.entries, 5);
    assert_eq!(fs::read(d.join(&unique)).unwrap(), b"pwned");
    assert!(!Path::new("/").join(&unique).exists());
    assert!(lmeta(&d.join("etc")).is_dir());
    assert_eq!(fs::read(d.join("etc/hostname")).unwrap(), b"inside");
}

#[test]
fn symlink_to_outside_dir_never_writes_there() {
    let dest = tempfile::tempdir().unwrap();
    let sentinel = tempfile::tempdir().unwrap();
    let s = sentinel.path().to_str().unwrap().to_string();
    let d = dest.path();
    let mut layer = Layer::new();
    layer
        .symlink("up", "../../../../../../../..")
        .file("up/x", b"contained", 0o644)
        .symlink("out", &s)
        .file("out/pwned", b"pwned", 0o644);
    let r = unpack(&mut layer, d, &overlay());
    assert_eq!(fs::read(d.join("x")).unwrap(), b"contained");
    // `out` points at a path that does not exist inside the root: either
    // error or created inside dest, but never in the sentinel.
    if r.is_ok() {
        assert!(d.join(s.trim_start_matches('/')).join("pwned").exists());
    }
    assert_eq!(fs::read_dir(sentinel.path()).unwrap().count(), 0);

    // and with the sentinel path mirrored inside the root it lands there
    let dest2 = tempfile::tempdir().unwrap();
    fs::create_dir_all(dest2.path().join(s.trim_start_matches('/'))).unwrap();
    unpack(
        Layer::new()
            .symlink("out", &s)
            .file("out/pwned", b"p", 0o644),
        dest2.path(),
        &overlay(),
    )
    .unwrap();
    assert!(dest2
        .path()
        .join(s.trim_start_matches('/'))
        .join("pwned")
        .exists());
    assert_eq!(fs::read_dir(sentinel.path()).unwrap().count(), 0);
}

#[test]
fn hardlinks_are_contained() {
    let dest = tempfile::tempdir().unwrap();
    let inner = dest.path().join("inner");
    fs::create_dir(&inner).unwrap();
    fs::write(dest.path().join("outside"), b"secret").unwrap();
    let e = err_string(unpack(
        Layer::new().raw(b"h", EntryType::Link, b"../outside", b""),
        &inner,
        &overlay(),
    ));
    assert_eq!(e, "layer entry \"h\" is a hard link to \"../outside\", which escapes the layer: path contains ..");
    let abs = dest.path().join("outside");
    let e = err_string(unpack(
        Layer::new().hardlink("h", abs.to_str().unwrap()),
        &inner,
        &overlay(),
    ));
    assert!(e.contains("is an absolute path"), "{e}");
    let e = err_string(unpack(
        Layer::new().hardlink("h", "missing"),
        &inner,
        &overlay(),
    ));
    assert!(e.contains("does not exist in the layer"), "{e}");

    // through symlinked directories: resolved in the root
    let rep = unpack(
        Layer::new()
            .dir("real", 0o755)
            .file("real/f", b"data", 0o644)
            .symlink("sym", "/real")
            .hardlink("h", "sym/f")
            .symlink("fsym", "real/f")
            .hardlink("hsym", "fsym"),
        &inner,
        &overlay(),
    )
    .unwrap();
    assert_eq!(rep.entries, 6);
    assert_eq!(
        lmeta(&inner.join("h")).ino(),
        lmeta(&inner.join("real/f")).ino()
    );
    // a hard link to a symlink links the symlink itself
    assert!(lmeta(&inner.join("hsym")).file_type().is_symlink());
    assert_eq!(
        lmeta(&inner.join("hsym")).ino(),
        lmeta(&inner.join("fsym")).ino()
    );

    // `esc -> /..` then `esc/outside` is dest/inner/outside, which does not exist
    let e = err_string(unpack(
        Layer::new()
            .symlink("esc", "/..")
            .hardlink("h2", "esc/outside"),
        &inner,
        &overlay(),
    ));
    assert!(e.contains("does not exist in the layer"), "{e}");
    assert!(!inner.join("h2").exists());
    assert_eq!(lmeta(&dest.path().join("outside")).nlink(), 1);
}

#[test]
fn devices_skipped_fifo_created() {
    let dest = tempfile::tempdir().unwrap();
    let d = dest.path();
    let rep = unpack(
        Layer::new()
            .dir("dev", 0o755)
            .special("dev/null", EntryType::Char)
            .special("dev/sda", EntryType::Block)
            .special("run/fifo", EntryType::Fifo),
        d,
        &overlay(),
    )
    .unwrap();
    assert_eq!(rep.skipped_devices, 2);
    assert_eq!(rep.entries, 4);
    assert!(!d.join("dev/null").exists());
    assert!(!d.join("dev/sda").exists());
    let m = lmeta(&d.join("run/fifo"));
    assert!(m.file_type().is_fifo());
    assert_eq!(m.mode() & 0o7777, 0o640);
    assert_eq!(m.mtime(), MTIME as i64);
    // auto-created parent
    assert_eq!(lmeta(&d.join("run")).mode() & 0o7777, 0o755);
}

#[test]
fn overlay_whiteouts_and_opaque() {
    let dest = tempfile::tempdir().unwrap();
    let d = dest.path();
    let rep = unpack(
        Layer::new()
            .dir("etc", 0o755)
            .file("etc/.wh.gone", b"", 0o644)
            .file("opq/.wh..wh..opq", b"", 0o644)
            .file("opq/new", b"n", 0o644)
            .file(".wh..wh.plnk", b"", 0o644),
        d,
        &overlay(),
    )
    .unwrap();
    assert_eq!(rep.entries, 5);
    let m = lmeta(&d.join("etc/gone"));
    assert!(m.file_type().is_char_device());
    assert_eq!(m.rdev(), 0);
    assert!(!d.join("etc/.wh.gone").exists());
    assert_eq!(
        getxattr(&d.join("opq"), "trusted.overlay.opaque").unwrap(),
        b"y"
    );
    assert!(!d.join("opq/.wh..wh..opq").exists());
    assert!(d.join("opq/new").exists());
    assert!(!d.join(".wh..wh.plnk").exists());
}

#[test]
fn same_layer_replacements_and_parent_cache() {
    let dest = tempfile::tempdir().unwrap();
    let d = dest.path();
    unpack(
        Layer::new()
            .file("x", b"file", 0o644)
            .dir("x", 0o755)
            .file("x/in", b"in", 0o644)
            .dir("y", 0o755)
            .file("y/in", b"in", 0o644)
            .file("y", b"file now", 0o644)
            .dir("b", 0o755)
            .dir("a", 0o755)
            .file("a/f1", b"1", 0o644)
            .symlink("a", "b")
            .file("a/f2", b"2", 0o644)
            .symlink("l", "x")
            .file("l", b"replaced symlink", 0o644),
        d,
        &overlay(),
    )
    .unwrap();
    assert_eq!(fs::read(d.join("x/in")).unwrap(), b"in");
    assert_eq!(fs::read(d.join("y")).unwrap(), b"file now");
    assert!(lmeta(&d.join("a")).file_type().is_symlink());
    assert_eq!(fs::read(d.join("b/f2")).unwrap(), b"2");
    assert!(lmeta(&d.join("l")).is_file());
    assert_eq!(fs::read(d.join("x/in")).unwrap(), b"in");
}

#[test]
fn truncated_stream_is_an_error() {
    let data = vec![0x5au8; 10_000];
    let full = Layer::new()
        .file("a", &data, 0o644)
        .file("b", b"bb", 0o644)
        .bytes();
    for cut in [1, 100, 511, 512, 700, 10_511, 10_600, 10_752 + 100] {
        let dest = tempfile::tempdir().unwrap();
        let r = unpack_layer(&full[..cut], dest.path(), &overlay());
        assert!(r.is_err(), "cut at {cut} should fail");
    }
    let dest = tempfile::tempdir().unwrap();
    let e = err_string(unpack_layer(&full[..700], dest.path(), &overlay()));
    assert_eq!(e, "layer entry \"a\" is truncated: got 188 of 10000 bytes");
    let e = err_string(unpack_layer(&full[..100], dest.path(), &overlay()));
    assert!(
        e.starts_with("malformed or truncated layer tar stream at its start"),
        "{e}"
    );
    let e = err_string(unpack_layer(&full[..10_600], dest.path(), &overlay()));
    assert!(e.contains("after entry \"a\""), "{e}");
    // a valid stream without the end-of-archive blocks is accepted, like tar(1)
    let dest = tempfile::tempdir().unwrap();
    unpack_layer(&full[..10_752 + 1024], dest.path(), &overlay()).unwrap();
}

#[test]
fn missing_dest_is_an_error() {
    let dest = tempfile::tempdir().unwrap();
    let e = err_string(unpack_layer(&[][..], &dest.path().join("nope"), &overlay()));
    assert!(e.starts_with("cannot open layer destination"), "{e}");
    // empty stream: nothing to do
    assert_eq!(
        unpack_layer(&[][..], dest.path(), &overlay())
            .unwrap()
            .entries,
        0
    );
}

#[test]
fn read_only_dirs_receive_children() {
    let dest = tempfile::tempdir().unwrap();
    let d = dest.path();
    unpack(
        Layer::new()
            .dir("ro", 0o555)
            .file("ro/f", b"x", 0o444)
            .dir("ro/sub", 0o500),
        d,
        &overlay(),
    )
    .unwrap();
    assert_eq!(lmeta(&d.join("ro")).mode() & 0o7777, 0o555);
    assert_eq!(lmeta(&d.join("ro/sub")).mode() & 0o7777, 0o500);
    assert!(d.join("ro/f").exists());
    fs::set_permissions(d.join("ro"), fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn sparse_entries_are_refused() {
    let gib = 1u64 << 30;
    // the parser itself would hand the hole over as zeros: a GiB written for 4 bytes
    let l = Layer::new().gnu_sparse("big", b"data", gib).bytes();
    let mut parsed = tar::Archive::new(&l[..]);
    let entry = parsed.entries().unwrap().next().unwrap().unwrap();
    assert_eq!(entry.size(), gib);
    let plain = UnpackOptions {
        whiteouts: WhiteoutMode::Plain,
        ..overlay()
    };
    for opts in [overlay(), plain] {
        let dest = tempfile::tempdir().unwrap();
        let d = dest.path();
        let e = err_string(unpack(
            Layer::new()
                .file("before", b"b", 0o644)
                .gnu_sparse("big", b"data", gib),
            d,
            &opts,
        ));
        assert_eq!(
            e,
            "layer entry \"big\": unhandled tar header type 83: sparse files are not supported \
             (their holes would be written out in full); rebuild the layer without tar --sparse"
        );
        assert!(!d.join("big").exists());
    }
    // PAX sparse files: refused by their real name, nothing under the made-up one
    let map_1_0 = b"1\n0\n4\n\0\0\0";
    // (records, the name the error gives, the format it names)
    type Case<'a> = (&'a [(&'a str, &'a [u8])], &'a str, &'a str);
    let cases: [Case; 3] = [
        (
            &[
                ("GNU.sparse.major", b"1"),
                ("GNU.sparse.minor", b"0"),
                ("GNU.sparse.name", b"big"),
                ("GNU.sparse.realsize", b"1073741824"),
            ],
            "big",
            "1.0",
        ),
        (
            &[
                ("GNU.sparse.size", b"1073741824"),
                ("GNU.sparse.numblocks", b"1"),
                ("GNU.sparse.map", b"0,4"),
                ("GNU.sparse.name", b"big"),
            ],
            "big",
            "0.1",
        ),
        (
            &[
                ("GNU.sparse.size", b"1073741824"),
                ("GNU.sparse.numblocks", b"1"),
                ("GNU.sparse.offset", b"0"),
                ("GNU.sparse.numbytes", b"4"),
            ],
            "GNUSparseFile.0/big",
            "0.0",
        ),
    ];
    for (records, name, format) in cases {
        let dest = tempfile::tempdir().unwrap();
        let d = dest.path();
        let e = err_string(unpack(
            Layer::new()
                .pax(records)
                .file("GNUSparseFile.0/big", map_1_0, 0o644),
            d,
            &overlay(),
        ));
        assert!(
            e.starts_with(&format!(
                "layer entry \"{name}\": a PAX sparse file (GNU sparse format {format}): "
            )),
            "{e}"
        );
        assert!(!d.join("GNUSparseFile.0").exists());
        assert!(!d.join("big").exists());
    }
}

#[test]
fn inflation_past_the_limit_is_refused() {
    let compressed = Arc::new(AtomicU64::new(1000));
    let opts = UnpackOptions {
        inflation: Some(InflationLimit {
            compressed: compressed.clone(),
            ratio: 10,
            floor: 4096,
        }),
        ..overlay()
    };
    // 4096 + 10 x 1000 bytes allowed, counted over the whole layer
    let dest = tempfile::tempdir().unwrap();
    let rep = unpack(
        Layer::new()
            .file("a", &[0; 10_000], 0o644)
            .file("b", &[0; 4096], 0o644),
        dest.path(),
        &opts,
    )
    .unwrap();
    assert_eq!(rep.bytes, 14_096);
    let dest = tempfile::tempdir().unwrap();
    let e = err_string(unpack(
        Layer::new()
            .file("a", &[0; 10_000], 0o644)
            .file("b", &[0; 4097], 0o644),
        dest.path(),
        &opts,
    ));
    assert_eq!(
        e,
        "layer entry \"b\" makes the layer write more than 14096 bytes from 1000 compressed \
         bytes (10x plus 0 MiB): refusing it as a decompression bomb"
    );
    // the count is read as the data comes: more compressed input allows more
    compressed.store(2000, Ordering::Relaxed);
    let dest = tempfile::tempdir().unwrap();
    unpack(
        Layer::new().file("a", &[0; 24_000], 0o644),
        dest.path(),
        &opts,
    )
    .unwrap();
    // the defaults
    let d = InflationLimit::new(Arc::new(AtomicU64::new(50 << 10)));
    assert_eq!(d.allowed(), ((128 << 20) + 100 * (50 << 10), 50 << 10));
}

#[test]
fn merge_follows_overlay_rules() {
    let lower = tempfile::tempdir().unwrap();
    let upper = tempfile::tempdir().unwrap();
    let dest = tempfile::tempdir().unwrap();
    let (lo, up, d) = (lower.path(), upper.path(), dest.path());
    unpack(
        Layer::new()
            .dir("tmp", 0o1777)
            .file("tmp/gone", b"g", 0o644)
            .dir("opq", 0o755)
            .file("opq/lower", b"l", 0o644)
            .dir("usr", 0o755)
            .symlink("lnk", "usr")
            .file("keep", b"k", 0o644),
        lo,
        &overlay(),
    )
    .unwrap();
    unpack(
        Layer::new()
            .file("tmp/.wh.gone", b"", 0o644)
            .dir("opq", 0o700)
            .file("opq/.wh..wh..opq", b"", 0o644)
            .file("opq/upper", b"u", 0o644)
            .file("lnk/via", b"v", 0o644)
            .file("suid", b"s", 0o4755)
            .hardlink("suid2", "suid"),
        up,
        &overlay(),
    )
    .unwrap();
    merge_layer(lo, d, "trusted.overlay.opaque").unwrap();
    merge_layer(up, d, "trusted.overlay.opaque").unwrap();
    assert!(!d.join("tmp/gone").exists());
    // the whiteout's parent, made by the upper layer, is what overlayfs shows
    assert_eq!(lmeta(&d.join("tmp")).mode() & 0o7777, 0o755);
    assert!(!d.join("opq/lower").exists());
    assert_eq!(fs::read(d.join("opq/upper")).unwrap(), b"u");
    assert_eq!(lmeta(&d.join("opq")).mode() & 0o7777, 0o700);
    assert_eq!(getxattr(&d.join("opq"), "trusted.overlay.opaque"), None);
    assert!(lmeta(&d.join("lnk")).is_dir());
    assert!(!d.join("usr/via").exists());
    assert_eq!(fs::read(d.join("keep")).unwrap(), b"k");
    let (a, b) = (lmeta(&d.join("suid")), lmeta(&d.join("suid2")));
    assert_eq!(a.ino(), b.ino());
    assert_eq!(a.mode() & 0o7777, 0o4755);
    assert_eq!(a.mtime(), MTIME as i64);
    // the layers are left as they were
    assert!(lmeta(&up.join("tmp/gone")).file_type().is_char_device());
}
