//! `container clone`: a new container with the original's recorded configuration (command,
//! environment, user, working directory, labels, capabilities, limits, extras), a new id and
//! name, over the original's image or another one; then, as asked, the original removed and
//! the clone started.

use super::error::Result;
use super::pull::{PullOptions, PullPolicy};
use super::Engine;
use crate::image::random_hex;
use crate::store::{ContainerRecord, ContainerState};

#[derive(Debug, Clone, Default)]
pub struct CloneOptions {
    /// the original: a name, id or id prefix
    pub container: String,
    /// the clone's name; None for podman's ORIGINAL-clone, -clone1, -clone2, ...
    pub name: Option<String>,
    /// another image for the clone (pulled if missing)
    pub image: Option<String>,
    pub pull_opts: PullOptions,
    /// remove the original once the clone exists
    pub destroy: bool,
    /// with `destroy`: remove it even if it runs
    pub force: bool,
    /// start the clone
    pub run: bool,
}

impl Engine {
    /// Clone a container; returns the clone's record (the original's removal and the clone's
    /// start, when asked, come after it exists: their failure leaves the clone).
    pub fn clone_container(&self, o: &CloneOptions) -> Result<ContainerRecord> {
        let orig = self.container(&o.container)?;
        let mut config = orig.config.clone();
        if let Some(image) = &o.image {
            let img = self.image_for_run(image, PullPolicy::Missing, &o.pull_opts)?;
            config.image = image.clone();
            config.image_id = img.id.clone();
            config.layers = img
                .layers
                .iter()
                .rev()
                .map(|l| l.chain_id.clone())
                .collect();
        } else {
            // the image must still be there to build the clone's root filesystem
            self.images.get(&config.image_id)?;
        }
        let id = random_hex(32);
        // a hostname that was the original's default (its short id) is the clone's own
        if config.hostname == super::short_id(&orig.id) {
            config.hostname = super::short_id(&id).to_string();
        }
        let name = match &o.name {
            Some(n) => n.clone(),
            None => clone_name(&orig.name, |n| self.containers.lookup(n).is_ok()),
        };
        let rec = ContainerRecord {
            id,
            name,
            created: chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Nanos, false),
            config,
            state: ContainerState::default(),
        };
        let rec = self.store_new_container(rec, false)?;
        if o.destroy {
            self.remove(&orig.id, o.force)?;
        }
        if o.run {
            self.start(&rec.id, None)?;
        }
        Ok(rec)
    }
}

/// podman's name for a clone of `original`: `original-clone`; when that exists, the clone of
/// it is numbered (`original-clone1`, then the next free number after the given one).
pub fn clone_name(original: &str, exists: impl Fn(&str) -> bool) -> String {
    let mut n = original.to_string();
    if exists(&format!("{original}-clone")) {
        n.push_str("-clone");
    }
    let Some(at) = n.find("-clone").map(|i| i + "-clone".len()) else {
        return format!("{n}-clone");
    };
    let mut count = match n[at..].parse::<u64>() {
        Ok(num) => {
            n.truncate(at);
            num
        }
        Err(_) => {
            // "-clone" and no number after it: the first number, when free
            if !exists(&format!("{n}1")) {
                return format!("{n}1");
            }
            0
        }
    };
    // bounded by the containers there are: each number tried is one that exists
    loop {
        count += 1;
        let candidate = format!("{n}{count}");
        if !exists(&candidate) {
            return candidate;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::clone_name;

    #[test]
    fn clone_names_as_podman() {
        let taken = |set: &'static [&'static str]| move |n: &str| set.contains(&n);
        assert_eq!(clone_name("web", taken(&[])), "web-clone");
        assert_eq!(clone_name("web", taken(&["web-clone"])), "web-clone1");
        assert_eq!(
            clone_name("web", taken(&["web-clone", "web-clone1"])),
            "web-clone2"
        );
        assert_eq!(
            clone_name("web", taken(&["web-clone", "web-clone1", "web-clone2"])),
            "web-clone3"
        );
        // a clone of a numbered clone: the next free number
        assert_eq!(
            clone_name("web-clone1", taken(&["web-clone2"])),
            "web-clone3"
        );
        assert_eq!(clone_name("web-clone", taken(&[])), "web-clone1");
    }
}
