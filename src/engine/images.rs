//! Image verbs: import, load, images, tag, untag, rmi.

use super::error::{Context, EngineError, Result};
use super::inspect::image_names;
use super::ps::{ago, human_duration, unix};
use super::Engine;
use crate::image::store::short_name_matches;
use crate::image::{archive, ImageName, ImageRecord};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::path::Path;

/// podman's size text: three significant digits, decimal units.
pub fn human_size(n: u64) -> String {
    let units = ["B", "kB", "MB", "GB", "TB"];
    let mut v = n as f64;
    let mut i = 0;
    while v >= 1000.0 && i < units.len() - 1 {
        v /= 1000.0;
        i += 1;
    }
    let s = if v >= 100.0 || i == 0 {
        format!("{:.0}", v)
    } else if v >= 10.0 {
        format!("{:.1}", v)
    } else {
        format!("{:.2}", v)
    };
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    };
    format!("{s} {}", units[i])
}

/// One row of `images`: an image under one of its names (or <none>).
pub struct ImageRow {
    pub img: ImageRecord,
    pub repository: String,
    pub tag: String,
    /// the config's labels (podman's `Labels` key)
    pub labels: Value,
    /// how many containers use the image
    pub containers: usize,
}

impl ImageRow {
    pub fn template_data(&self, no_trunc: bool) -> Value {
        let id = if no_trunc {
            format!("sha256:{}", self.img.id)
        } else {
            self.img.id[..12].to_string()
        };
        json!({
            "ID": id,
            "Id": self.img.id,
            "Repository": self.repository,
            "Tag": self.tag,
            "Digest": self.img.digest,
            "Created": format!("{} ago", human_duration(ago(&self.img.created))),
            "CreatedAt": self.img.created,
            "CreatedSince": format!("{} ago", human_duration(ago(&self.img.created))),
            "Size": human_size(self.img.size),
            "Names": self.img.names,
            "ReadOnly": false,
            "History": "",
        })
    }

    pub fn json(&self) -> Value {
        let (tags, digests) = image_names(&self.img);
        json!({
            "Id": self.img.id,
            "ParentId": "",
            "RepoTags": tags,
            "RepoDigests": digests,
            "Size": self.img.size,
            "SharedSize": 0,
            "VirtualSize": self.img.size,
            "Labels": self.labels,
            "Containers": self.containers,
            "Names": self.img.names,
            "Digest": self.img.digest,
            "Created": unix(&self.img.created),
            "CreatedAt": self.img.created,
        })
    }
}

fn split_name(n: &str) -> (String, String) {
    match n.rfind(':') {
        Some(i) if !n[i..].contains('/') => (n[..i].to_string(), n[i + 1..].to_string()),
        _ => (n.to_string(), "<none>".to_string()),
    }
}

impl Engine {
    /// `rcon import`: a tarball at `source`, or from `stdin` when `source` is "-".
    pub fn import(
        &self,
        stdin: &mut dyn std::io::Read,
        source: &str,
        name: Option<&str>,
        changes: &[String],
        message: Option<&str>,
    ) -> Result<ImageRecord> {
        self.images.sweep_tmp();
        if source == "-" {
            return Ok(archive::import_tarball(
                &self.images,
                stdin,
                name,
                changes,
                message,
            )?);
        }
        if source.starts_with("http://") || source.starts_with("https://") {
            return Err(EngineError::unsupported(format!(
                "importing from a URL is not supported: download {source} and import the file"
            )));
        }
        let f = std::fs::File::open(source)
            .map_err(|e| EngineError::failed(format!("opening {source}: {e}")))?;
        if f.metadata().is_ok_and(|m| m.is_dir()) {
            return Err(EngineError::invalid(format!("{source} is a directory: import takes a tarball (tar -C {source} -cf rootfs.tar .)")));
        }
        Ok(archive::import_tarball(
            &self.images,
            f,
            name,
            changes,
            message,
        )?)
    }

    /// `rcon load`: the images of an archive or OCI layout at `input`, or from `stdin` when
    /// `input` is "-".
    pub fn load(&self, input: &Path, stdin: &mut dyn std::io::Read) -> Result<Vec<ImageRecord>> {
        self.images.sweep_tmp();
        if input != Path::new("-") && !input.exists() {
            return Err(EngineError::not_found(format!(
                "{}: no such file or directory",
                input.display()
            )));
        }
        Ok(archive::load(&self.images, input, stdin)?)
    }

    /// The images containers are made from: how many containers use each (by image id). `images`
    /// counts them; `image prune` keeps what is here.
    pub fn image_users(&self) -> Result<HashMap<String, usize>> {
        let mut users = HashMap::new();
        for c in self.containers.list()? {
            *users.entry(c.config.image_id).or_insert(0) += 1;
        }
        Ok(users)
    }

    /// `images`: one row per name; -a has no intermediate images to add yet. Also a warning
    /// for every image record that cannot be read (such an image is not listed, and not
    /// forgotten either: `system check` reports it and keeps its layers).
    pub fn image_rows(&self, filter_ref: Option<&str>) -> Result<(Vec<ImageRow>, Vec<String>)> {
        let mut rows = vec![];
        let want = filter_ref.map(|r| self.images.lookup(r)).transpose();
        let (images, unreadable) = self.images.list_checked()?;
        let warnings = unreadable
            .into_iter()
            .map(|u| format!("{u}: see `rcon system check`"))
            .collect();
        let want_id = match want {
            Ok(w) => w.map(|i| i.id),
            Err(_) => return Ok((rows, warnings)),
        };
        let users = self.image_users()?;
        for img in images {
            if want_id.as_ref().is_some_and(|w| *w != img.id) {
                continue;
            }
            let labels = self
                .images
                .blobs
                .read(&img.config_digest)
                .ok()
                .and_then(|c| serde_json::from_slice::<Value>(&c).ok())
                .map(|c| c["config"]["Labels"].clone())
                .filter(|l| l.is_object())
                .unwrap_or_else(|| json!({}));
            let containers = users.get(&img.id).copied().unwrap_or(0);
            let mut names: Vec<(String, String)> =
                img.names.iter().map(|n| split_name(n)).collect();
            if names.is_empty() {
                names.push(("<none>".into(), "<none>".into()));
            }
            for (repository, tag) in names {
                rows.push(ImageRow {
                    img: img.clone(),
                    repository,
                    tag,
                    labels: labels.clone(),
                    containers,
                });
            }
        }
        Ok((rows, warnings))
    }

    pub fn tag(&self, image: &str, names: &[String]) -> Result<()> {
        let img = self.images.lookup(image)?;
        // every name is checked before any is given, so a bad one changes nothing
        for n in names {
            if ImageName::parse(n, true)?.digest.is_some() {
                return Err(EngineError::unsupported(format!(
                    "{n}: tag by digest is not supported: a name is repository[:tag]"
                )));
            }
        }
        for n in names {
            self.images.tag(&img.id, n)?;
        }
        Ok(())
    }

    pub fn untag(&self, image: &str, names: &[String]) -> Result<()> {
        let img = self.images.lookup(image)?;
        let names: Vec<String> = if names.is_empty() {
            img.names.clone()
        } else {
            names.to_vec()
        };
        for n in names {
            // as podman: a name without a registry is the localhost/ name `tag` gave; a short
            // name of another registry's image matches it at a path boundary only
            let local = ImageName::parse(&n, true)?.full();
            let full = if img.names.contains(&local) {
                local
            } else if let Some(m) = img.names.iter().find(|x| short_name_matches(x, &n)) {
                m.clone()
            } else {
                return Err(EngineError::not_found(format!(
                    "image {} has no name {n}",
                    &img.id[..12]
                )));
            };
            self.images.untag(&img.id, &full)?;
        }
        Ok(())
    }

    /// `rmi`: a name of an image with several names only untags; an image a container
    /// uses is refused unless forced (which removes those containers, as podman does).
    pub fn rmi(&self, reference: &str, force: bool) -> Result<Vec<String>> {
        let img = self.images.lookup(reference)?;
        let mut out = vec![];
        let by_name = !img.id.starts_with(reference.trim_start_matches("sha256:"));
        if by_name && img.names.len() > 1 {
            let full = img
                .names
                .iter()
                .find(|n| {
                    ImageName::parse(reference, false)
                        .map(|p| p.full() == **n)
                        .unwrap_or(false)
                        || n.ends_with(&format!("/{reference}"))
                        || n.ends_with(&format!("/{reference}:latest"))
                })
                .cloned()
                .unwrap_or_else(|| img.names[0].clone());
            self.images.untag(&img.id, &full)?;
            out.push(format!("Untagged: {full}"));
            return Ok(out);
        }
        if !by_name && img.names.len() > 1 && !force {
            return Err(EngineError::conflict(format!("unable to delete image {} by ID with more than one tag ({}): use rmi -f or remove it by name", &img.id[..12], img.names.join(", "))));
        }
        let users: Vec<_> = self
            .containers
            .list()?
            .into_iter()
            .filter(|c| c.config.image_id == img.id)
            .collect();
        if let Some(u) = users.first() {
            if !force {
                return Err(crate::image::ImageError::InUse {
                    image: reference.to_string(),
                    container: format!("{} ({})", &u.id[..12], u.name),
                }
                .into());
            }
            for u in &users {
                self.remove(&u.id, true)?;
            }
        }
        for n in &img.names {
            out.push(format!("Untagged: {n}"));
        }
        self.images
            .remove(&img.id, self.container_layers()?.as_ref())?;
        out.push(format!("Deleted: {}", img.id));
        Ok(out)
    }
}

impl Engine {
    /// `rcon image prune`: removes the images without names that no container uses, telling
    /// `removed` each one's id as it goes.
    pub fn prune_images(&self, removed: &mut dyn FnMut(&str)) -> Result<()> {
        let used = self.image_users()?;
        let layers = self.container_layers()?;
        for img in self.images.list()? {
            if img.names.is_empty() && !used.contains_key(&img.id) {
                self.images.remove(&img.id, layers.as_ref())?;
                removed(&img.id);
            }
        }
        Ok(())
    }
}

/// The caller's standard output, for a verb that can stream to it.
pub struct StdoutStream<'a> {
    pub writer: &'a mut dyn std::io::Write,
    /// a terminal gets no binary stream
    pub is_terminal: bool,
}

impl Engine {
    /// `rcon save`: to `output` (written beside it and renamed when complete), or to the
    /// caller's `stdout`.
    pub fn save(
        &self,
        names: &[String],
        format: crate::image::save::SaveFormat,
        multi: bool,
        output: Option<&Path>,
        layers: crate::image::save::DirLayers,
        stdout: StdoutStream,
    ) -> Result<()> {
        use crate::image::save::{save, SaveFormat};
        use std::io::Write;
        if format.is_dir() {
            return self.save_dir(names, format, output, layers);
        }
        if names.len() > 1 && format == SaveFormat::DockerArchive && !multi {
            return Err(EngineError::invalid(
                "saving several images into a docker-archive needs --multi-image-archive (-m)",
            ));
        }
        let mut images = vec![];
        for n in names {
            images.push((self.images.lookup(n)?, n.clone()));
        }
        match output {
            None => {
                if stdout.is_terminal {
                    return Err(EngineError::invalid("refusing to write an archive to a terminal: use -o FILE or redirect stdout"));
                }
                let out = std::io::BufWriter::with_capacity(1 << 20, stdout.writer);
                save(&self.images, &images, format, out)?.flush()?;
            }
            Some(p) => {
                let name = p
                    .file_name()
                    .map(|n| n.to_string_lossy().to_string())
                    .unwrap_or_default();
                let tmp = p.with_file_name(format!(".{name}.tmp-{}", std::process::id()));
                let res = (|| -> Result<()> {
                    let f = std::fs::File::create(&tmp)
                        .map_err(|e| EngineError::failed(format!("{}: {e}", p.display())))?;
                    let w = save(
                        &self.images,
                        &images,
                        format,
                        std::io::BufWriter::with_capacity(1 << 20, f),
                    )?;
                    let f = w.into_inner().map_err(|e| e.into_error())?;
                    f.sync_all()?;
                    std::fs::rename(&tmp, p)?;
                    Ok(())
                })();
                if res.is_err() {
                    if let Err(e) = std::fs::remove_file(&tmp) {
                        tracing::warn!("removing {}: {e}", tmp.display());
                    }
                }
                res?;
            }
        }
        Ok(())
    }

    /// `save --format oci-dir|docker-dir -o DIR IMAGE`: written beside DIR, renamed into place.
    fn save_dir(
        &self,
        names: &[String],
        format: crate::image::save::SaveFormat,
        output: Option<&Path>,
        layers: crate::image::save::DirLayers,
    ) -> Result<()> {
        let [name] = names else {
            return Err(EngineError::invalid(
                "a directory format holds one image: save each image into its own directory",
            ));
        };
        let Some(dir) = output else {
            return Err(EngineError::invalid(
                "a directory format needs the directory to create: give -o DIR",
            ));
        };
        if dir.symlink_metadata().is_ok() {
            return Err(EngineError::conflict(format!(
                "{} already exists: remove it or give a new directory",
                dir.display()
            )));
        }
        let img = self.images.lookup(name)?;
        let base = dir
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let tmp = dir.with_file_name(format!(".{base}.tmp-{}", std::process::id()));
        std::fs::create_dir(&tmp)
            .map_err(|e| EngineError::failed(format!("{}: {e}", dir.display())))?;
        let res = crate::image::save::save_dir(&self.images, &img, name, format, layers, &tmp)
            .map_err(EngineError::from)
            .and_then(|()| {
                std::fs::rename(&tmp, dir)
                    .with_context(|| format!("moving the image into {}", dir.display()))
            });
        if res.is_err() {
            if let Err(e) = std::fs::remove_dir_all(&tmp) {
                tracing::warn!("removing {}: {e}", tmp.display());
            }
        }
        res
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sizes() {
        assert_eq!(super::human_size(0), "0 B");
        assert_eq!(super::human_size(1_234_567), "1.23 MB");
        assert_eq!(super::human_size(12_345_678), "12.3 MB");
        assert_eq!(super::human_size(123_456_789), "123 MB");
        assert_eq!(super::human_size(4_000), "4 kB");
    }
}
