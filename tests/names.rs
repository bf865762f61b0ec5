//! Names of unnamed containers: 2,000 creates in parallel get 2,000 distinct names, and the
//! last ones are still podman's adjective_scientist form (or it with a number): generating a
//! name does not degrade as the store fills. No assertion on time.

mod common;
use common::*;
use std::collections::HashSet;

fn generated_form(n: &str) -> bool {
    let Some((adj, who)) = n.split_once('_') else {
        return false;
    };
    let who = who.trim_end_matches(|c: char| c.is_ascii_digit());
    !adj.is_empty()
        && !who.is_empty()
        && adj.bytes().all(|b| b.is_ascii_lowercase())
        && who.bytes().all(|b| b.is_ascii_lowercase())
}

#[test]
fn two_thousand_unnamed_containers_get_distinct_names() {
    let r = Rcon::new();
    const TOTAL: usize = 2000;
    const THREADS: usize = 8;
    let last_batch: Vec<String> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..THREADS)
            .map(|_| {
                s.spawn(|| {
                    let mut ids = vec![];
                    for _ in 0..TOTAL / THREADS {
                        ids.push(r.ok(&["create", "busybox", "true"]).trim().to_string());
                    }
                    ids
                })
            })
            .collect();
        let all: Vec<Vec<String>> = workers.into_iter().map(|w| w.join().unwrap()).collect();
        // the last creates of every worker
        all.iter()
            .flat_map(|ids| ids[ids.len() - 10..].to_vec())
            .collect()
    });
    let names: Vec<String> = r
        .ok(&["ps", "-a", "--format", "{{.Names}}"])
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(names.len(), TOTAL);
    let distinct: HashSet<&String> = names.iter().collect();
    assert_eq!(distinct.len(), TOTAL, "names repeat");
    assert!(names.iter().all(|n| generated_form(n)), "{names:?}");
    for id in &last_batch {
        let n = r.ok(&["inspect", "--format", "{{.Name}}", id]);
        assert!(generated_form(n.trim()), "{n}");
    }
}
