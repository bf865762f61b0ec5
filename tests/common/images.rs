//! Image material for tests, built in memory: layer tarballs (hostile ones too), docker
//! archives and OCI layouts (single images and platform indexes).

use super::busybox_tar;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::Path;

pub fn sha256(data: &[u8]) -> String {
    format!("sha256:{:x}", Sha256::digest(data))
}

pub fn hex_of(digest: &str) -> &str {
    digest.strip_prefix("sha256:").unwrap()
}

pub fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

pub fn zstd(data: &[u8]) -> Vec<u8> {
    zstd::stream::encode_all(data, 3).unwrap()
}

/// A one-file layer tarball, `size` bytes of zeros at `path`, compressed as it is written
/// (never held whole in memory): gzip at its default level, or zstd with `zstd`.
pub fn zeros_layer(path: &str, size: u64, zstd: bool) -> Vec<u8> {
    let mut h = tar::Header::new_gnu();
    h.set_path(path).unwrap();
    h.set_mode(0o644);
    h.set_uid(0);
    h.set_gid(0);
    h.set_mtime(1_700_000_000);
    h.set_size(size);
    h.set_cksum();
    let zeros = std::io::Read::take(std::io::repeat(0), size);
    if zstd {
        let mut b = tar::Builder::new(zstd::stream::Encoder::new(Vec::new(), 3).unwrap());
        b.append(&h, zeros).unwrap();
        b.into_inner().unwrap().finish().unwrap()
    } else {
        let enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        let mut b = tar::Builder::new(enc);
        b.append(&h, zeros).unwrap();
        b.into_inner().unwrap().finish().unwrap()
    }
}

pub fn host_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        other => other,
    }
}

pub fn other_arch() -> &'static str {
    if host_arch() == "arm64" {
        "amd64"
    } else {
        "arm64"
    }
}

pub fn busybox_bytes() -> Vec<u8> {
    std::fs::read(busybox_tar()).unwrap()
}

/// A layer tarball written header by header, so that hostile names (`..`, absolute paths)
/// the `tar` crate's safe API refuses can be made too.
/// `n` bytes that do not compress (xorshift), the same for the same `seed`.
pub fn noise(n: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    let mut out = Vec::with_capacity(n + 8);
    while out.len() < n {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.extend_from_slice(&x.to_le_bytes());
    }
    out.truncate(n);
    out
}

pub struct Tar(pub tar::Builder<Vec<u8>>);

impl Tar {
    pub fn new() -> Tar {
        Tar(tar::Builder::new(Vec::new()))
    }

    pub fn entry(
        &mut self,
        kind: tar::EntryType,
        path: &str,
        link: &str,
        mode: u32,
        data: &[u8],
    ) -> &mut Tar {
        assert!(
            path.len() <= 100 && link.len() <= 100,
            "name too long for a test entry"
        );
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(kind);
        h.set_mode(mode);
        h.set_uid(0);
        h.set_gid(0);
        h.set_mtime(1_700_000_000);
        h.set_size(data.len() as u64);
        {
            let g = h.as_gnu_mut().unwrap();
            g.name[..path.len()].copy_from_slice(path.as_bytes());
            g.linkname[..link.len()].copy_from_slice(link.as_bytes());
        }
        h.set_cksum();
        self.0.append(&h, data).unwrap();
        self
    }

    pub fn file(&mut self, path: &str, data: &[u8]) -> &mut Tar {
        self.entry(tar::EntryType::Regular, path, "", 0o644, data)
    }

    pub fn file_mode(&mut self, path: &str, data: &[u8], mode: u32) -> &mut Tar {
        self.entry(tar::EntryType::Regular, path, "", mode, data)
    }

    pub fn dir(&mut self, path: &str) -> &mut Tar {
        self.entry(tar::EntryType::Directory, path, "", 0o755, b"")
    }

    pub fn symlink(&mut self, path: &str, target: &str) -> &mut Tar {
        self.entry(tar::EntryType::Symlink, path, target, 0o777, b"")
    }

    pub fn hardlink(&mut self, path: &str, target: &str) -> &mut Tar {
        self.entry(tar::EntryType::Link, path, target, 0o644, b"")
    }

    pub fn device(&mut self, path: &str, kind: tar::EntryType, major: u32, minor: u32) -> &mut Tar {
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(kind);
        h.set_mode(0o666);
        h.set_mtime(1_700_000_000);
        h.set_size(0);
        h.set_device_major(major).unwrap();
        h.set_device_minor(minor).unwrap();
        h.as_gnu_mut().unwrap().name[..path.len()].copy_from_slice(path.as_bytes());
        h.set_cksum();
        self.0.append(&h, &b""[..]).unwrap();
        self
    }

    /// A GNU sparse ('S') member: `data` at offset 0, then a hole up to `real` bytes.
    pub fn gnu_sparse(&mut self, path: &str, data: &[u8], real: u64) -> &mut Tar {
        fn octal(dst: &mut [u8; 12], v: u64) {
            dst[..11].copy_from_slice(format!("{v:011o}").as_bytes());
            dst[11] = 0;
        }
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(tar::EntryType::GNUSparse);
        h.set_mode(0o644);
        h.set_mtime(1_700_000_000);
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

    /// A PAX extended header for the next entry.
    pub fn pax(&mut self, records: &[(&str, &[u8])]) -> &mut Tar {
        self.0
            .append_pax_extensions(records.iter().copied())
            .unwrap();
        self
    }

    pub fn bytes(&mut self) -> Vec<u8> {
        std::mem::replace(&mut self.0, tar::Builder::new(Vec::new()))
            .into_inner()
            .unwrap()
    }
}

/// The busybox rootfs followed by `extra`'s entries, as one tarball.
pub fn busybox_plus(extra: &[u8]) -> Vec<u8> {
    let base = busybox_bytes();
    let mut end = 0u64;
    let mut ar = tar::Archive::new(&base[..]);
    for e in ar.entries().unwrap() {
        let e = e.unwrap();
        end = e.raw_file_position() + e.size().div_ceil(512) * 512;
    }
    let mut out = base[..end as usize].to_vec();
    out.extend_from_slice(extra);
    out
}

/// Files for an archive or a layout directory, by name.
#[derive(Default)]
pub struct Files(pub Vec<(String, Vec<u8>)>, pub Vec<(String, String)>);

impl Files {
    pub fn add(&mut self, name: &str, data: Vec<u8>) {
        if !self.0.iter().any(|(n, _)| n == name) {
            self.0.push((name.to_string(), data));
        }
    }

    pub fn symlink(&mut self, name: &str, target: &str) {
        self.1.push((name.to_string(), target.to_string()));
    }

    pub fn get_mut(&mut self, name: &str) -> &mut Vec<u8> {
        &mut self.0.iter_mut().find(|(n, _)| n == name).unwrap().1
    }

    pub fn tar(&self) -> Vec<u8> {
        let mut b = tar::Builder::new(Vec::new());
        let mut dirs = std::collections::BTreeSet::new();
        let names = self
            .0
            .iter()
            .map(|(n, _)| n)
            .chain(self.1.iter().map(|(n, _)| n));
        for n in names {
            let mut p = Path::new(n.as_str());
            while let Some(parent) = p.parent().filter(|p| !p.as_os_str().is_empty()) {
                dirs.insert(parent.to_path_buf());
                p = parent;
            }
        }
        for d in dirs {
            let mut h = tar::Header::new_gnu();
            h.set_entry_type(tar::EntryType::Directory);
            h.set_mode(0o755);
            h.set_size(0);
            b.append_data(&mut h, &d, &b""[..]).unwrap();
        }
        for (n, data) in &self.0 {
            let mut h = tar::Header::new_gnu();
            h.set_mode(0o644);
            h.set_size(data.len() as u64);
            b.append_data(&mut h, n, &data[..]).unwrap();
        }
        for (n, target) in &self.1 {
            let mut h = tar::Header::new_gnu();
            h.set_entry_type(tar::EntryType::Symlink);
            h.set_mode(0o777);
            h.set_size(0);
            b.append_link(&mut h, n, target).unwrap();
        }
        b.into_inner().unwrap()
    }

    pub fn write_dir(&self, dir: &Path) {
        for (n, data) in &self.0 {
            let p = dir.join(n);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, data).unwrap();
        }
        for (n, target) in &self.1 {
            std::os::unix::fs::symlink(target, dir.join(n)).unwrap();
        }
    }
}

pub fn image_config(diff_ids: &[String], arch: &str, cmd: &[&str]) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "architecture": arch,
        "os": "linux",
        "created": "2024-01-02T03:04:05Z",
        "config": {"Cmd": cmd, "Env": ["PATH=/usr/sbin:/usr/bin:/sbin:/bin"], "Labels": {"from": "test"}},
        "rootfs": {"type": "layers", "diff_ids": diff_ids},
        "history": diff_ids.iter().map(|_| json!({"created_by": "test"})).collect::<Vec<_>>(),
    }))
    .unwrap()
}

/// A docker-archive as `docker save` writes it: manifest.json, <id>.json, <dir>/layer.tar,
/// with a layer that an earlier image of the archive already has written as a symlink.
pub fn docker_archive(images: &[(&[&str], &[&[u8]])]) -> Files {
    let mut f = Files::default();
    let mut manifest = vec![];
    let mut written: Vec<(String, String)> = vec![]; // diff id -> layer file
    for (n, (tags, layers)) in images.iter().enumerate() {
        let diff_ids: Vec<String> = layers.iter().map(|l| sha256(l)).collect();
        let mut layer_files = vec![];
        for (i, l) in layers.iter().enumerate() {
            let dir = hex_of(&sha256(format!("{n}-{i}").as_bytes())).to_string();
            let name = format!("{dir}/layer.tar");
            match written.iter().find(|(d, _)| *d == diff_ids[i]) {
                Some((_, first)) => f.symlink(&name, &format!("../{first}")),
                None => {
                    f.add(&name, l.to_vec());
                    written.push((diff_ids[i].clone(), name.clone()));
                }
            }
            layer_files.push(name);
        }
        let config = image_config(&diff_ids, host_arch(), &["/bin/sh"]);
        let config_name = format!("{}.json", hex_of(&sha256(&config)));
        f.add(&config_name, config);
        manifest.push(json!({"Config": config_name, "RepoTags": tags, "Layers": layer_files}));
    }
    f.add("manifest.json", serde_json::to_vec(&manifest).unwrap());
    f
}

/// An OCI image layout being assembled.
pub struct Oci {
    pub files: Files,
    pub index: Vec<Value>,
    /// zstd layers instead of gzip
    pub zstd: bool,
}

impl Oci {
    pub fn new() -> Oci {
        let mut files = Files::default();
        files.add("oci-layout", br#"{"imageLayoutVersion":"1.0.0"}"#.to_vec());
        Oci {
            files,
            index: vec![],
            zstd: false,
        }
    }

    pub fn blob(&mut self, media_type: &str, data: Vec<u8>) -> Value {
        let d = sha256(&data);
        let desc = json!({"mediaType": media_type, "digest": d, "size": data.len()});
        self.files
            .add(&format!("blobs/sha256/{}", hex_of(&d)), data);
        desc
    }

    /// A manifest over gzip (or zstd) layers, uncompressed tars given; returns its descriptor.
    pub fn image(&mut self, layers: &[&[u8]], arch: &str, cmd: &[&str]) -> Value {
        let diff_ids: Vec<String> = layers.iter().map(|l| sha256(l)).collect();
        let config = self.blob(
            "application/vnd.oci.image.config.v1+json",
            image_config(&diff_ids, arch, cmd),
        );
        let layer_descs: Vec<Value> = layers
            .iter()
            .map(|l| match self.zstd {
                true => self.blob("application/vnd.oci.image.layer.v1.tar+zstd", zstd(l)),
                false => self.blob("application/vnd.oci.image.layer.v1.tar+gzip", gzip(l)),
            })
            .collect();
        let manifest = json!({
            "schemaVersion": 2,
            "mediaType": "application/vnd.oci.image.manifest.v1+json",
            "config": config,
            "layers": layer_descs,
        });
        self.blob(
            "application/vnd.oci.image.manifest.v1+json",
            serde_json::to_vec(&manifest).unwrap(),
        )
    }

    pub fn platform_index(&mut self, manifests: &[(Value, &str)]) -> Value {
        let ms: Vec<Value> = manifests
            .iter()
            .map(|(d, arch)| {
                let mut d = d.clone();
                d["platform"] = json!({"architecture": arch, "os": "linux"});
                d
            })
            .collect();
        let idx = json!({
            "schemaVersion": 2,
            "mediaType": "application/vnd.oci.image.index.v1+json",
            "manifests": ms,
        });
        self.blob(
            "application/vnd.oci.image.index.v1+json",
            serde_json::to_vec(&idx).unwrap(),
        )
    }

    pub fn tag(&mut self, mut desc: Value, name: &str) {
        desc["annotations"] = json!({"org.opencontainers.image.ref.name": name});
        self.index.push(desc);
    }

    pub fn finish(mut self) -> Files {
        let idx = json!({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": self.index});
        self.files
            .add("index.json", serde_json::to_vec(&idx).unwrap());
        self.files
    }
}
