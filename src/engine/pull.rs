//! `pull`, and the implicit pull of `run`/`create` (`--pull always|missing|never|newer`):
//! resolve the name (short names through the search registries), fetch the manifest (choosing
//! the platform from an index), the config, and the layers in parallel, each streamed through
//! digest verification and decompression straight into the layer store. An image record is
//! written only when every layer is in place.

use super::error::{Context, EngineError, Result};
use super::report::{Bar, Reporter};
use super::Engine;
use crate::image::layers::{chain_id, LayerSource};
use crate::image::reference::has_registry;
use crate::image::{ImageError, ImageName, ImageRecord};
use crate::registry::auth::Credentials;
use crate::registry::manifest::{self, Platform};
use crate::registry::{ClientOptions, RegistriesConfig, RegistryClient, RegistryError, Repo};
use std::io::Read;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::sync::Mutex;

/// Layers fetched at once (docker's default).
const PARALLEL_LAYERS: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PullPolicy {
    Always,
    #[default]
    Missing,
    Never,
    Newer,
}

impl PullPolicy {
    pub fn parse(s: &str) -> Result<PullPolicy> {
        Ok(match s {
            "always" => PullPolicy::Always,
            "missing" => PullPolicy::Missing,
            "never" => PullPolicy::Never,
            "newer" => PullPolicy::Newer,
            other => {
                return Err(EngineError::invalid(format!(
                    "invalid --pull policy \"{other}\": use always, missing, never or newer"
                )))
            }
        })
    }
}

#[derive(Debug, Clone)]
pub struct PullOptions {
    pub platform: Platform,
    /// only errors and the image id
    pub quiet: bool,
    pub authfile: Option<PathBuf>,
    pub tls_verify: Option<bool>,
    pub creds: Option<Credentials>,
    /// `--cert-dir`
    pub cert_dir: Option<PathBuf>,
}

impl Default for PullOptions {
    fn default() -> Self {
        PullOptions {
            platform: manifest::host_platform(),
            quiet: false,
            authfile: None,
            tls_verify: None,
            creds: None,
            cert_dir: None,
        }
    }
}

/// A pull's or a push's progress: to the engine's reporter, nothing with -q.
pub(super) struct Progress<'a> {
    reporter: &'a dyn Reporter,
    quiet: bool,
}

impl<'a> Progress<'a> {
    pub(super) fn new(reporter: &'a dyn Reporter, quiet: bool) -> Progress<'a> {
        Progress { reporter, quiet }
    }

    pub(super) fn line(&self, s: &str) {
        if !self.quiet {
            self.reporter.line(s);
        }
    }

    pub(super) fn bar(&self, what: &str, size: u64) -> Option<Arc<dyn Bar>> {
        if self.quiet {
            return None;
        }
        self.reporter.bar(what, size)
    }
}

/// Counts what passes through into a progress bar.
struct Counted<R> {
    inner: R,
    bar: Option<Arc<dyn Bar>>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Some(b) = &self.bar {
            b.inc(n as u64);
        }
        Ok(n)
    }
}

pub(super) fn short(d: &str) -> &str {
    let h = d.strip_prefix("sha256:").unwrap_or(d);
    &h[..h.len().min(12)]
}

fn reg_err(e: RegistryError) -> EngineError {
    EngineError::failed(e.to_string())
}

impl Engine {
    pub(super) fn registry_client(&self, o: &PullOptions) -> Result<RegistryClient> {
        let conf = RegistriesConfig::load(self.paths.rootless)
            .map_err(|e| EngineError::failed(e.to_string()))?;
        RegistryClient::new(
            conf,
            ClientOptions {
                authfile: o.authfile.clone(),
                tls_verify: o.tls_verify,
                creds: o.creds.clone(),
                cert_dir: o.cert_dir.clone(),
            },
        )
        .map_err(reg_err)
    }

    /// `login`: are the credentials of `o` good for `registry`?
    pub fn check_login(&self, registry: &str, o: &PullOptions) -> Result<()> {
        self.registry_client(o)?
            .check_login(registry)
            .map_err(reg_err)
    }

    /// The names a user's reference may mean: itself when it names a registry, else one per
    /// search registry.
    fn candidates(&self, name: &str, conf: &RegistriesConfig) -> Result<Vec<ImageName>> {
        if has_registry(name) {
            return Ok(vec![ImageName::parse(name, false)?]);
        }
        // validate it as written first: the error should name the user's text
        ImageName::parse(name, false)?;
        if conf.search.is_empty() {
            return Err(EngineError::invalid(format!(
                    "short name \"{name}\" and no unqualified-search-registries in {}: use a full name (registry/repository:tag)",
                    conf.source.as_ref().map(|p| p.display().to_string()).unwrap_or_else(|| "the registries configuration".into())
                )));
        }
        conf.search
            .iter()
            .map(|r| Ok(ImageName::parse(&format!("{r}/{name}"), false)?))
            .collect()
    }

    /// `rcon pull`: fetch the image (always) and record it under its name.
    pub fn pull(&self, name: &str, o: &PullOptions) -> Result<ImageRecord> {
        self.images.sweep_tmp();
        let client = self.registry_client(o)?;
        let progress = Progress::new(&*self.reporter, o.quiet);
        let mut tried = vec![];
        let mut last_err = None;
        for cand in self.candidates(name, &client.config)? {
            progress.line(&format!("Trying to pull {}...", cand.full()));
            match self.pull_one(&client, &cand, o, &progress) {
                Ok(rec) => {
                    self.image_event("pull", &rec.id, &cand.full());
                    return Ok(rec);
                }
                Err(e) => {
                    let not_found = matches!(
                        e.root(),
                        EngineError::Registry(
                            RegistryError::NotFound(_) | RegistryError::Unauthorized(_)
                        )
                    );
                    tried.push(format!("{}: {}", cand.full(), e.full_message()));
                    // a name that exists but failed to pull is the answer; only a missing
                    // (or, on Docker Hub, unauthorized) repository sends us to the next registry
                    if !not_found || has_registry(name) {
                        return Err(e);
                    }
                    last_err = Some(e);
                }
            }
        }
        match (tried.len(), last_err) {
            (1, Some(e)) => Err(e),
            _ => Err(EngineError::not_found(format!(
                "{name}: image not found in any search registry: {}",
                tried.join("; ")
            ))),
        }
    }

    fn pull_one(
        &self,
        client: &RegistryClient,
        name: &ImageName,
        o: &PullOptions,
        progress: &Progress,
    ) -> Result<ImageRecord> {
        let reference = name
            .digest
            .clone()
            .or_else(|| name.tag.clone())
            .unwrap_or_else(|| "latest".into());
        let repos = client
            .repos(&name.registry, &name.repository)
            .map_err(reg_err)?;
        // mirrors first; the registry itself is the last word
        let mut errors = vec![];
        for (i, repo) in repos.iter().enumerate() {
            match client.manifest(repo, &reference) {
                Ok(m) => {
                    let res = self.pull_from(client, repo, name, m, o, progress);
                    if res.is_ok() || i + 1 == repos.len() {
                        return res;
                    }
                    let e = res.unwrap_err();
                    tracing::warn!("pulling from mirror {}: {}", repo.host, e.full_message());
                    errors.push(format!("{}: {}", repo.host, e.full_message()));
                }
                Err(e) if i + 1 == repos.len() => return Err(EngineError::from(e)),
                Err(e) => {
                    tracing::info!("mirror {}: {e}", repo.host);
                    errors.push(format!("{}: {e}", repo.host));
                }
            }
        }
        Err(EngineError::failed(errors.join("; ")))
    }

    fn pull_from(
        &self,
        client: &RegistryClient,
        repo: &Repo,
        name: &ImageName,
        (mut body, mut media, mut digest): (Vec<u8>, String, String),
        o: &PullOptions,
        progress: &Progress,
    ) -> Result<ImageRecord> {
        let mut repo_digests = vec![];
        let base = format!("{}/{}", name.registry, name.repository);
        if manifest::is_index(&media) {
            repo_digests.push(format!("{base}@{digest}"));
            let chosen = manifest::select(&body, &o.platform)
                .map_err(|e| EngineError::failed(format!("{}: {e}", name.full())))?;
            (body, media, digest) = client.manifest(repo, &chosen).map_err(reg_err)?;
            if manifest::is_index(&media) {
                return Err(EngineError::unsupported(format!(
                    "{}: an index inside an index is not supported",
                    name.full()
                )));
            }
        }
        repo_digests.insert(0, format!("{base}@{digest}"));
        let m = manifest::parse_image(&body)
            .map_err(|e| EngineError::failed(format!("{}: {e}", name.full())))?;
        let config = client.blob_bytes(repo, &m.config).map_err(reg_err)?;
        let cfg: serde_json::Value = serde_json::from_slice(&config)
            .map_err(|e| EngineError::failed(format!("{}: image config: {e}", name.full())))?;
        let diff_ids = crate::image::archive::diff_ids(&cfg)
            .map_err(|e| EngineError::failed(format!("{}: {e}", name.full())))?;
        if diff_ids.len() != m.layers.len() {
            return Err(EngineError::failed(format!(
                "{}: the manifest lists {} layers and the config {}: the image is corrupt",
                name.full(),
                m.layers.len(),
                diff_ids.len()
            )));
        }
        // chain ids are known before any download: each layer can be fetched on its own
        let mut chains: Vec<String> = vec![];
        for d in &diff_ids {
            chains.push(chain_id(chains.last().map(String::as_str), d));
        }
        progress.line("Getting image source signatures");
        let layers = self.fetch_layers(client, repo, &m.layers, &diff_ids, &chains, progress)?;
        progress.line(&format!("Copying config {} done", short(&m.config)));
        progress.line("Writing manifest to image destination");
        let names: Vec<String> = if name.digest.is_some() {
            vec![]
        } else {
            vec![name.full()]
        };
        let rec = self
            .images
            .commit(&config, &body, &media, &layers, &names)
            .context("storing the image")?;
        Ok(self.images.add_repo_digests(&rec.id, &repo_digests)?)
    }

    fn fetch_layers(
        &self,
        client: &RegistryClient,
        repo: &Repo,
        layers: &[(String, u64, String)],
        diff_ids: &[String],
        chains: &[String],
        progress: &Progress,
    ) -> Result<Vec<crate::image::layers::LayerRecord>> {
        let results: Mutex<Vec<Option<Result<crate::image::layers::LayerRecord>>>> =
            Mutex::new((0..layers.len()).map(|_| None).collect());
        let next = AtomicUsize::new(0);
        let failed = AtomicBool::new(false);
        // the layers the store has already (read once: what this pull added is the rest)
        let present: Vec<Option<crate::image::layers::LayerRecord>> =
            chains.iter().map(|c| self.images.layers.get(c)).collect();
        let work = || loop {
            let i = next.fetch_add(1, Ordering::SeqCst);
            if i >= layers.len() || failed.load(Ordering::SeqCst) {
                return;
            }
            let (digest, size, _) = &layers[i];
            let parent = i.checked_sub(1).map(|p| chains[p].as_str());
            let res = if let Some(rec) = present[i].clone() {
                progress.line(&format!(
                    "Copying blob {} skipped: already exists",
                    short(digest)
                ));
                Ok(rec)
            } else {
                let bar = progress.bar(short(digest), *size);
                let r = self
                    .images
                    .layers
                    .ingest_from(
                        &self.images.blobs,
                        LayerSource {
                            parent,
                            expected_blob: Some(digest),
                            expected_diff_id: Some(&diff_ids[i]),
                            what: digest.clone(),
                        },
                        || {
                            let body = client
                                .blob(repo, digest)
                                .map_err(|e| ImageError::Format(e.to_string()))?;
                            Ok(Counted {
                                inner: body,
                                bar: bar.clone(),
                            })
                        },
                    )
                    .map_err(EngineError::from);
                if let Some(b) = bar {
                    b.finish();
                }
                if r.is_ok() {
                    progress.line(&format!("Copying blob {} done", short(digest)));
                }
                r
            };
            if res.is_err() {
                failed.store(true, Ordering::SeqCst);
            }
            results.lock().unwrap()[i] = Some(res);
        };
        std::thread::scope(|s| {
            for _ in 0..PARALLEL_LAYERS.min(layers.len()) {
                s.spawn(work);
            }
        });
        let mut out = vec![];
        // what this pull added, in case it has to be taken back
        let mut added = vec![];
        let mut err = None;
        for (r, had) in results.into_inner().unwrap().into_iter().zip(&present) {
            match r {
                Some(Ok(l)) => {
                    if had.is_none() {
                        added.push(l.chain_id.clone());
                    }
                    out.push(l);
                }
                Some(Err(e)) => err = err.or(Some(e)),
                None => {}
            }
        }
        if err.is_some() || out.len() != layers.len() {
            // what this pull added and no image uses goes again: a failed pull leaves the
            // store as it found it
            self.images.discard_unused_layers(&added);
            return Err(err.unwrap_or_else(|| EngineError::failed("pulling the layers failed")));
        }
        Ok(out)
    }

    /// The image `run`/`create` uses under `policy`, pulled when the policy says so.
    pub fn image_for_run(
        &self,
        name: &str,
        policy: PullPolicy,
        o: &PullOptions,
    ) -> Result<ImageRecord> {
        let local = self.images.lookup(name);
        match (policy, local) {
            (PullPolicy::Never, Ok(img)) | (PullPolicy::Missing, Ok(img)) => Ok(img),
            (PullPolicy::Never, Err(e)) => Err(e.into()),
            (PullPolicy::Newer, Ok(img)) => {
                if self.remote_differs(name, &img, o).unwrap_or(false) {
                    self.pull(name, o)
                } else {
                    Ok(img)
                }
            }
            (_, Err(ImageError::NotFound(_))) | (PullPolicy::Always, Ok(_)) => self.pull(name, o),
            (_, Err(e)) => Err(e.into()),
        }
    }

    /// Does the registry's tag point elsewhere than the local image? None when it cannot say.
    fn remote_differs(&self, name: &str, img: &ImageRecord, o: &PullOptions) -> Option<bool> {
        if !has_registry(name) && !img.names.iter().any(|n| n.ends_with(name)) {
            return None;
        }
        let full = img
            .names
            .iter()
            .find(|n| crate::image::store::short_name_matches(n, name))
            .cloned()
            .unwrap_or_else(|| name.to_string());
        let n = ImageName::parse(&full, false).ok()?;
        let client = self.registry_client(o).ok()?;
        let repo = client.repos(&n.registry, &n.repository).ok()?.pop()?;
        let d = client
            .manifest_digest(&repo, n.tag.as_deref().unwrap_or("latest"))
            .ok()??;
        Some(
            d != img.digest
                && !img
                    .repo_digests
                    .iter()
                    .any(|r| r.ends_with(&format!("@{d}"))),
        )
    }
}
