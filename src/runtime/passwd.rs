//! /etc/passwd and /etc/group entries a container needs and its image lacks, added inside its
//! root before the user is resolved (as podman does): the numeric `--user` it runs as, and
//! the host accounts of `--hostuser`. The engine asks for them in the spec's
//! [`PASSWD_ANNOTATION`]; an entry is added only when no line has its name or its id.

use super::StartError;
use serde::{Deserialize, Serialize};

/// The annotation carrying a [`Request`] as JSON.
pub const PASSWD_ANNOTATION: &str = "io.rcon.passwd";

#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq)]
pub struct Account {
    pub name: String,
    pub uid: u32,
    pub gid: u32,
    pub gecos: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq)]
pub struct Request {
    /// an entry for the process's user (the user annotation) if it is numeric
    pub user_entry: bool,
    /// podman's --passwd-entry: $USERNAME, $UID, $GID, $NAME and $HOME replaced
    pub template: String,
    /// host accounts (--hostuser)
    pub hostusers: Vec<Account>,
}

/// (name, id) of each line of a passwd or group file.
fn names_and_ids(data: &str) -> Vec<(&str, &str)> {
    data.lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            (f.len() >= 3).then(|| (f[0], f[2]))
        })
        .collect()
}

fn has(data: &str, name: &str, id: &str) -> bool {
    names_and_ids(data)
        .iter()
        .any(|(n, i)| *n == name || *i == id)
}

fn entry(r: &Request, a: &Account, home: &str) -> String {
    if r.template.is_empty() {
        return format!(
            "{}:*:{}:{}:{}:{home}:/bin/sh\n",
            a.name, a.uid, a.gid, a.gecos
        );
    }
    let line = r
        .template
        .replace("$USERNAME", &a.name)
        .replace("$UID", &a.uid.to_string())
        .replace("$GID", &a.gid.to_string())
        .replace("$NAME", &a.gecos)
        .replace("$HOME", home);
    format!("{line}\n")
}

/// What to append to /etc/passwd and /etc/group, given their contents, the user (`uid[:gid]`
/// or a name) and the working directory (the home of the entries made).
pub fn entries_for(
    r: &Request,
    user: &str,
    home: &str,
    passwd: &str,
    group: &str,
) -> Result<(String, String), StartError> {
    let mut p = String::new();
    let mut g = String::new();
    let mut added: Vec<u32> = vec![];
    for a in &r.hostusers {
        if !has(passwd, &a.name, &a.uid.to_string()) && !added.contains(&a.uid) {
            p.push_str(&entry(r, a, home));
            added.push(a.uid);
        }
    }
    let (u, grp) = match user.split_once(':') {
        Some((u, g)) => (u, Some(g)),
        None => (user, None),
    };
    if let (true, Ok(uid)) = (r.user_entry, u.parse::<u32>()) {
        let gid = match grp {
            None => 0,
            Some(gs) => match gs.parse::<u32>() {
                Ok(n) => n,
                Err(_) => names_and_ids(group)
                    .iter()
                    .find(|(n, _)| *n == gs)
                    .and_then(|(_, i)| i.parse().ok())
                    .ok_or_else(|| {
                        StartError::engine(format!(
                            "unable to find group {gs}: no matching entries in the container's /etc/group"
                        ))
                    })?,
            },
        };
        if !has(passwd, u, u) && !added.contains(&uid) {
            let a = Account {
                name: u.to_string(),
                uid,
                gid,
                gecos: "container user".into(),
            };
            p.push_str(&entry(r, &a, home));
        }
        // the group named by number (the uid's, without one), when /etc/group lacks it
        let gs = grp.unwrap_or(u);
        if gs.parse::<u32>().is_ok() && !has(group, gs, gs) {
            g.push_str(&format!("{gs}:x:{gs}:{u}\n"));
        }
    }
    Ok((p, g))
}

/// Append what the container lacks, inside its root (after pivot_root). A read-only root is
/// left as it is.
pub fn add_entries(annotation: &str, user: &str, home: &str) -> Result<(), StartError> {
    let r: Request = serde_json::from_str(annotation)
        .map_err(|e| StartError::engine(format!("the passwd annotation: {e}")))?;
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    let group = std::fs::read_to_string("/etc/group").unwrap_or_default();
    let (p, g) = entries_for(&r, user, home, &passwd, &group)?;
    for (file, add) in [("/etc/passwd", p), ("/etc/group", g)] {
        if add.is_empty() {
            continue;
        }
        use std::io::Write;
        let res = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(file)
            .and_then(|mut f| f.write_all(add.as_bytes()));
        match res {
            Err(e) if e.raw_os_error() == Some(libc::EROFS) => {}
            Err(e) => return Err(StartError::engine(format!("adding to {file}: {e}"))),
            Ok(()) => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    const P: &str = "root:x:0:0:root:/root:/bin/sh\nuser:x:1000:1000:User:/home/user:/bin/sh\n";
    const G: &str = "root:x:0:\nuser:x:1000:\nwheel:x:10:user\n";

    #[test]
    fn entries() {
        let r = Request {
            user_entry: true,
            ..Default::default()
        };
        assert_eq!(
            entries_for(&r, "4242", "/w", P, G).unwrap(),
            (
                "4242:*:4242:0:container user:/w:/bin/sh\n".to_string(),
                "4242:x:4242:4242\n".to_string()
            )
        );
        assert_eq!(
            entries_for(&r, "1000:wheel", "/", P, G).unwrap(),
            (String::new(), String::new())
        );
        assert_eq!(
            entries_for(&r, "4242:wheel", "/", P, G).unwrap().0,
            "4242:*:4242:10:container user:/:/bin/sh\n"
        );
        assert!(entries_for(&r, "4242:nope", "/", P, G).is_err());
        let r = Request {
            user_entry: false,
            template: "$USERNAME:x:$UID:$GID:$NAME:$HOME:/bin/false".into(),
            hostusers: vec![
                Account {
                    name: "alice".into(),
                    uid: 2000,
                    gid: 2000,
                    gecos: "Alice".into(),
                },
                Account {
                    name: "user".into(),
                    uid: 1000,
                    gid: 1000,
                    gecos: String::new(),
                },
            ],
        };
        assert_eq!(
            entries_for(&r, "4242", "/h", P, G).unwrap(),
            (
                "alice:x:2000:2000:Alice:/h:/bin/false\n".to_string(),
                String::new()
            )
        );
    }
}
