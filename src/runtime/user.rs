//! `--user name[:group]` resolved against the container's own /etc/passwd and /etc/group,
//! read after we are inside its root (so the image, not the host, decides).

use super::StartError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedUser {
    pub uid: u32,
    pub gid: u32,
    pub additional_gids: Vec<u32>,
    pub home: Option<String>,
    /// --group-add keep-groups: the supplementary groups are left as they are
    pub keep_groups: bool,
}

struct PasswdEntry {
    name: String,
    uid: u32,
    gid: u32,
    home: String,
}

fn passwd(data: &str) -> Vec<PasswdEntry> {
    data.lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            if f.len() < 6 {
                return None;
            }
            Some(PasswdEntry {
                name: f[0].to_string(),
                uid: f[2].parse().ok()?,
                gid: f[3].parse().ok()?,
                home: f[5].to_string(),
            })
        })
        .collect()
}

/// (name, gid, members)
fn groups(data: &str) -> Vec<(String, u32, Vec<String>)> {
    data.lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            if f.len() < 3 {
                return None;
            }
            let members = f
                .get(3)
                .map(|m| {
                    m.split(',')
                        .filter(|s| !s.is_empty())
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default();
            Some((f[0].to_string(), f[2].parse().ok()?, members))
        })
        .collect()
}

/// Resolve with the given file contents (testable without a container).
pub fn resolve_with(
    spec: &str,
    passwd_data: &str,
    group_data: &str,
) -> Result<ResolvedUser, StartError> {
    let (u, g) = match spec.split_once(':') {
        Some((u, g)) => (u, Some(g)),
        None => (spec, None),
    };
    let u = if u.is_empty() { "0" } else { u };
    let users = passwd(passwd_data);
    let grps = groups(group_data);
    let entry = match u.parse::<u32>() {
        Ok(uid) => users.iter().find(|e| e.uid == uid),
        Err(_) => Some(users.iter().find(|e| e.name == u).ok_or_else(|| {
            StartError::engine(format!(
                "unable to find user {u}: no matching entries in the container's /etc/passwd"
            ))
        })?),
    };
    let uid = u
        .parse::<u32>()
        .unwrap_or_else(|_| entry.map(|e| e.uid).unwrap_or(0));
    let mut gid = entry.map(|e| e.gid).unwrap_or(0);
    if let Some(g) = g {
        gid = match g.parse::<u32>() {
            Ok(n) => n,
            Err(_) => grps
                .iter()
                .find(|(n, _, _)| n == g)
                .map(|(_, id, _)| *id)
                .ok_or_else(|| StartError::engine(format!("unable to find group {g}: no matching entries in the container's /etc/group")))?,
        };
    }
    let mut additional_gids = vec![];
    if g.is_none() {
        if let Some(e) = entry {
            for (_, id, members) in &grps {
                if members.contains(&e.name) && *id != gid && !additional_gids.contains(id) {
                    additional_gids.push(*id);
                }
            }
        }
    }
    Ok(ResolvedUser {
        uid,
        gid,
        additional_gids,
        home: entry.map(|e| e.home.clone()),
        keep_groups: false,
    })
}

/// Resolve inside the current root.
pub fn resolve(spec: &str) -> Result<ResolvedUser, StartError> {
    let p = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    let g = std::fs::read_to_string("/etc/group").unwrap_or_default();
    resolve_with(spec, &p, &g)
}

#[cfg(test)]
mod tests {
    use super::*;
    const P: &str = "root:x:0:0:root:/root:/bin/sh\nwww:x:33:33:www:/var/www:/bin/sh\nbob:x:1000:1000::/home/bob:/bin/sh\n";
    const G: &str = "root:x:0:\nwww:x:33:\nbob:x:1000:\nwheel:x:10:bob\naudio:x:29:bob,www\n";

    #[test]
    fn lookups() {
        let r = resolve_with("", P, G).unwrap();
        assert_eq!((r.uid, r.gid), (0, 0));
        let r = resolve_with("bob", P, G).unwrap();
        assert_eq!(
            (r.uid, r.gid, r.additional_gids.clone()),
            (1000, 1000, vec![10, 29])
        );
        assert_eq!(r.home.as_deref(), Some("/home/bob"));
        let r = resolve_with("www:audio", P, G).unwrap();
        assert_eq!((r.uid, r.gid), (33, 29));
        let r = resolve_with("4242:4343", P, G).unwrap();
        assert_eq!((r.uid, r.gid, r.home), (4242, 4343, None));
        let r = resolve_with("33", P, G).unwrap();
        assert_eq!((r.uid, r.gid), (33, 33));
        assert!(resolve_with("nobody", P, G).is_err());
        assert!(resolve_with("bob:nogroup", P, G).is_err());
    }
}
