//! Image verbs: import, load, images, tag, untag, rmi.

use super::error::{Context, EngineError, Result};
use super::image_filter::{created, ImageFacts, ImageFilters, ImageTree};
use super::inspect::image_names;
use super::ps::{ago, human_duration, unix};
use super::Engine;
use crate::image::store::short_name_matches;
use crate::image::{archive, ImageError, ImageName, ImageRecord};
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

/// Go's units.HumanSizeWithPrecision(n, prec), as podman prints sizes in `ps --size` (3) and
/// `system df` (4): `1.23MB`, `0B`.
pub fn go_size(n: u64, prec: usize) -> String {
    let units = ["B", "kB", "MB", "GB", "TB", "PB"];
    let mut v = n as f64;
    let mut i = 0;
    while v >= 1000.0 && i < units.len() - 1 {
        v /= 1000.0;
        i += 1;
    }
    let int_digits = if v < 10.0 {
        1
    } else if v < 100.0 {
        2
    } else {
        3
    };
    let s = format!("{:.*}", prec.saturating_sub(int_digits), v);
    let s = match s.contains('.') {
        true => s.trim_end_matches('0').trim_end_matches('.'),
        false => &s,
    };
    format!("{s}{}", units[i])
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
    /// no names and no children
    pub dangling: bool,
    /// the id of the image it is built on, or ""
    pub parent: String,
}

impl ImageRow {
    pub fn template_data(&self, no_trunc: bool) -> Value {
        let id = if no_trunc {
            format!("sha256:{}", self.img.id)
        } else {
            self.img.id[..12].to_string()
        };
        let (tags, digests) = image_names(&self.img);
        let created = format!("{} ago", human_duration(ago(&self.img.created)));
        json!({
            "ID": id,
            "Id": self.img.id,
            "ParentId": self.parent,
            "Repository": self.repository,
            "Tag": self.tag,
            "Digest": self.img.digest,
            "RepoTags": tags,
            "RepoDigests": digests,
            "Created": created,
            "CreatedAt": self.img.created,
            "CreatedSince": created,
            "CreatedTime": self.img.created,
            "Size": human_size(self.img.size),
            "SharedSize": 0,
            "VirtualSize": self.img.size,
            "Labels": self.labels,
            "Containers": self.containers,
            "Dangling": self.dangling,
            "Names": self.img.names,
            "ReadOnly": false,
            // podman's name history, most recent first
            "History": self.img.names_history.join(", "),
        })
    }

    pub fn json(&self) -> Value {
        let (tags, digests) = image_names(&self.img);
        let mut v = json!({
            "Id": self.img.id,
            "ParentId": self.parent,
            "RepoTags": tags,
            "RepoDigests": digests,
            "Size": self.img.size,
            "SharedSize": 0,
            "VirtualSize": self.img.size,
            "Labels": self.labels,
            "Containers": self.containers,
            "Names": self.img.names,
            "Digest": self.img.digest,
            "History": self.img.names_history,
            "Created": unix(&self.img.created),
            "CreatedAt": self.img.created,
        });
        // as podman's omitempty
        if self.dangling {
            v["Dangling"] = json!(true);
        }
        if self.img.names_history.is_empty() {
            v.as_object_mut().map(|o| o.remove("History"));
        }
        v
    }
}

/// `images`' options: the engine's side of its flags.
#[derive(Default)]
pub struct ImageListOptions {
    /// also images without names that other images are built on
    pub all: bool,
    /// podman's `key=value` filters
    pub filters: Vec<String>,
    /// the IMAGE argument: a `reference` filter
    pub reference: Option<String>,
    /// created (default, newest first), id, repository, size or tag
    pub sort: Option<String>,
}

/// The keys `images --sort` takes, as podman lists them.
pub const SORT_KEYS: &str = "created, id, repository, size, tag";

/// podman's order: newest first, or ascending by id, repository, size or tag (stable, so that
/// an image's names stay in their order).
fn sort_rows(rows: &mut [ImageRow], key: &str) {
    match key {
        "id" => rows.sort_by(|a, b| a.img.id.cmp(&b.img.id)),
        "repository" => rows.sort_by(|a, b| a.repository.cmp(&b.repository)),
        "size" => rows.sort_by_key(|r| r.img.size),
        "tag" => rows.sort_by(|a, b| a.tag.cmp(&b.tag)),
        _ => rows.sort_by_key(|r| std::cmp::Reverse(created(&r.img))),
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
        config: &archive::ImportConfig,
    ) -> Result<ImageRecord> {
        self.images.sweep_tmp();
        let rec = if source == "-" {
            archive::import_tarball(&self.images, stdin, name, config)?
        } else {
            self.import_file(source, name, config)?
        };
        self.image_event("import", &rec.id, name.unwrap_or(""));
        Ok(rec)
    }

    fn import_file(
        &self,
        source: &str,
        name: Option<&str>,
        config: &archive::ImportConfig,
    ) -> Result<ImageRecord> {
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
        Ok(archive::import_tarball(&self.images, f, name, config)?)
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
        let loaded = archive::load(&self.images, input, stdin)?;
        for img in &loaded {
            let name = img.names.first().map_or("", String::as_str);
            self.image_event("loadfromarchive", &img.id, name);
        }
        Ok(loaded)
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

    /// `images`: one row per name, sorted; without `all`, the images without names that
    /// others are built on are left out. Also a warning for every image record that cannot
    /// be read (such an image is not listed, and not forgotten either: `system check`
    /// reports it and keeps its layers).
    pub fn image_rows(&self, o: &ImageListOptions) -> Result<(Vec<ImageRow>, Vec<String>)> {
        if o.reference.is_some() && !o.filters.is_empty() {
            return Err(EngineError::invalid(
                "cannot specify an image and a filter(s)",
            ));
        }
        if let Some(k) = o.sort.as_deref() {
            if !SORT_KEYS.split(", ").any(|x| x == k) {
                return Err(EngineError::invalid(format!(
                    "\"{k}\" is not a valid field for sorting. Choose from: {SORT_KEYS}"
                )));
            }
        }
        let mut specs = o.filters.clone();
        if let Some(r) = &o.reference {
            specs.push(format!("reference={r}"));
        }
        let lookup = |s: &str| Ok(self.images.lookup(s)?);
        let mut filters = ImageFilters::parse(&specs, &lookup)?;
        if !o.all {
            filters.push_bool("intermediate", false);
        }
        let (images, unreadable) = self.images.list_checked()?;
        let warnings = unreadable
            .into_iter()
            .map(|u| format!("{u}: see `rcon system check`"))
            .collect();
        let users = self.image_users()?;
        let tree = ImageTree::new(&images);
        let mut rows = vec![];
        for img in &images {
            let labels = self.image_labels(img);
            let containers = users.get(&img.id).copied().unwrap_or(0);
            let facts = ImageFacts {
                img,
                labels: &labels,
                containers,
                tree: &tree,
            };
            if !filters.matches(&facts) {
                continue;
            }
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
                    dangling: tree.is_dangling(img),
                    parent: tree.parent(&img.id).unwrap_or_default().to_string(),
                });
            }
        }
        sort_rows(&mut rows, o.sort.as_deref().unwrap_or("created"));
        Ok((rows, warnings))
    }

    /// The labels of an image's config ({} if it has none or it cannot be read).
    fn image_labels(&self, img: &ImageRecord) -> Value {
        self.images
            .blobs
            .read(&img.config_digest)
            .ok()
            .and_then(|c| serde_json::from_slice::<Value>(&c).ok())
            .map(|c| c["config"]["Labels"].clone())
            .filter(|l| l.is_object())
            .unwrap_or_else(|| json!({}))
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
            self.image_event("tag", &img.id, n);
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
            self.image_event("untag", &img.id, &full);
        }
        Ok(())
    }

    /// `rmi`: every image of `references` (every image with `all`); what it untagged and
    /// deleted, and what failed (the others are still removed, as podman does).
    pub fn rmi(&self, references: &[String], o: &RmiOptions) -> RmiReport {
        let mut report = RmiReport::default();
        let targets: Vec<(String, Option<&str>)> = if o.all {
            match self.images.list() {
                Ok(l) => l.into_iter().map(|i| (i.id, None)).collect(),
                Err(e) => {
                    report.errors.push(e.into());
                    return report;
                }
            }
        } else {
            let mut t = vec![];
            for r in references {
                match self.images.lookup(r) {
                    Ok(img) => t.push((img.id, Some(r.as_str()))),
                    Err(ImageError::NotFound(_)) if o.ignore => {}
                    Err(ImageError::NotFound(_)) => report
                        .errors
                        .push(EngineError::not_found(format!("{r}: image not known"))),
                    Err(e) => report.errors.push(e.into()),
                }
            }
            t
        };
        for (id, reference) in targets {
            // already gone as the parent of an image removed before
            if report.deleted.contains(&id) {
                continue;
            }
            if let Err(e) = self.rmi_one(&id, reference, o, &mut report) {
                report.errors.push(e);
            }
        }
        report
    }

    /// Remove image `id` as `reference` named it: a name of an image with several names only
    /// untags; an image a container uses is refused unless forced (which removes those
    /// containers, as podman does); then its parent, if that is left without names and
    /// children (unless `no_prune`).
    fn rmi_one(
        &self,
        id: &str,
        reference: Option<&str>,
        o: &RmiOptions,
        report: &mut RmiReport,
    ) -> Result<()> {
        let img = self.images.get(id)?;
        if let Some(reference) = reference {
            let by_id = img.id.starts_with(reference.trim_start_matches("sha256:"));
            if !by_id && img.names.len() > 1 {
                let full = img
                    .names
                    .iter()
                    .find(|n| {
                        ImageName::parse(reference, false)
                            .map(|p| p.full() == **n)
                            .unwrap_or(false)
                            || short_name_matches(n, reference)
                    })
                    .cloned()
                    .unwrap_or_else(|| img.names[0].clone());
                self.images.untag(&img.id, &full)?;
                // podman (libimage) records the untag, then the remove it was asked for
                self.image_event("untag", &img.id, &full);
                self.image_event("remove", &img.id, reference);
                report.untagged.push(full);
                return Ok(());
            }
            if by_id && img.names.len() > 1 && !o.force {
                return Err(EngineError::conflict(format!("unable to delete image {} by ID with more than one tag ({}): use rmi -f or remove it by name", &img.id[..12], img.names.join(", "))));
            }
        }
        let users: Vec<_> = self
            .containers
            .list()?
            .into_iter()
            .filter(|c| c.config.image_id == img.id)
            .collect();
        if let Some(u) = users.first() {
            if !o.force {
                return Err(crate::image::ImageError::InUse {
                    image: reference.unwrap_or(&img.id).to_string(),
                    container: format!("{} ({})", &u.id[..12], u.name),
                }
                .into());
            }
            for u in &users {
                self.remove(&u.id, true)?;
            }
        }
        let parent = ImageTree::new(&self.images.list()?)
            .parent(&img.id)
            .map(str::to_string);
        self.images
            .remove(&img.id, self.container_layers()?.as_ref())?;
        // named as it was asked for; "" for --all, as podman's
        self.image_event("remove", &img.id, reference.unwrap_or(""));
        report.untagged.extend(img.names.iter().cloned());
        report.deleted.push(img.id.clone());
        if let Some(p) = parent.filter(|_| !o.no_prune) {
            self.prune_parent(&p, report)?;
        }
        Ok(())
    }

    /// Remove `id`, whose child was just removed, if it is left dangling and unused; then its
    /// own parent likewise.
    fn prune_parent(&self, id: &str, report: &mut RmiReport) -> Result<()> {
        let mut next = Some(id.to_string());
        while let Some(id) = next.take() {
            let images = self.images.list()?;
            let tree = ImageTree::new(&images);
            let Some(img) = images.iter().find(|i| i.id == id) else {
                return Ok(());
            };
            if !tree.is_dangling(img) || self.image_users()?.contains_key(&id) {
                return Ok(());
            }
            next = tree.parent(&id).map(str::to_string);
            self.images.remove(&id, self.container_layers()?.as_ref())?;
            self.image_event("remove", &id, "");
            report.deleted.push(id);
        }
        Ok(())
    }
}

/// `rmi`'s options.
#[derive(Default)]
pub struct RmiOptions {
    /// every image
    pub all: bool,
    /// remove the containers using an image too, and an image with several names by id
    pub force: bool,
    /// a missing image is no error
    pub ignore: bool,
    /// keep the parents left without names and children
    pub no_prune: bool,
}

/// What `rmi` did: podman prints every Untagged line, then every Deleted one.
#[derive(Default)]
pub struct RmiReport {
    pub untagged: Vec<String>,
    pub deleted: Vec<String>,
    pub errors: Vec<EngineError>,
}

impl RmiReport {
    /// podman's exit code: 1 if the last error is a missing image, 2 if it is an image in
    /// use, else 125 (0 without errors).
    pub fn exit_code(&self) -> i32 {
        match self.errors.last() {
            None => 0,
            Some(EngineError::NotFound(_)) => 1,
            Some(EngineError::Image(ImageError::InUse { .. })) => 2,
            Some(_) => 125,
        }
    }
}

/// `image prune`'s options.
#[derive(Default)]
pub struct ImagePruneOptions {
    /// every image no container uses, not only those without names and children
    pub all: bool,
    /// podman's `key=value` filters (until, label, ...)
    pub filters: Vec<String>,
}

impl Engine {
    /// `rcon image prune`: removes the images without names and children (with `all`: every
    /// image) that no container uses and the filters pass, telling `removed` each one's id
    /// as it goes, until none is left to remove (a removal can leave a parent dangling).
    pub fn prune_images(&self, o: &ImagePruneOptions, removed: &mut dyn FnMut(&str)) -> Result<()> {
        let lookup = |s: &str| Ok(self.images.lookup(s)?);
        let filters = ImageFilters::parse(&o.filters, &lookup)?;
        loop {
            let used = self.image_users()?;
            let layers = self.container_layers()?;
            let images = self.images.list()?;
            let tree = ImageTree::new(&images);
            let mut any = false;
            for img in &images {
                if used.contains_key(&img.id) || !(o.all || tree.is_dangling(img)) {
                    continue;
                }
                let labels = self.image_labels(img);
                let facts = ImageFacts {
                    img,
                    labels: &labels,
                    containers: 0,
                    tree: &tree,
                };
                if !filters.matches(&facts) {
                    continue;
                }
                self.images.remove(&img.id, layers.as_ref())?;
                // podman's prune: a remove event of each image, without a name
                self.image_event("remove", &img.id, "");
                removed(&img.id);
                any = true;
            }
            if !any {
                return Ok(());
            }
        }
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
        // podman names the path written (stdout goes through a pipe of its own)
        let path = output.map_or("/dev/stdout".into(), |p| p.display().to_string());
        for (img, _) in &images {
            self.image_event("save", &img.id, &path);
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
        res?;
        self.image_event("save", &img.id, &dir.display().to_string());
        Ok(())
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
        assert_eq!(super::go_size(0, 4), "0B");
        assert_eq!(super::go_size(1_434_567, 4), "1.435MB");
        assert_eq!(super::go_size(100_000, 3), "100kB");
        assert_eq!(super::go_size(12_345, 3), "12.3kB");
    }
}
