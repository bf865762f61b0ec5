//! `top`: the container's processes, found by walking the process tree from its init (works
//! without cgroups and rootless), with podman's default columns.

use super::error::{EngineError, Result};
use super::lifecycle::effective_status;
use super::Engine;
use crate::runtime::proc;
use crate::store::ContainerStatus;
use std::collections::HashMap;

struct Proc {
    pid: i32,
    ppid: i32,
    nspid: i32,
    uid: u32,
    tty: u32,
    utime: u64,
    stime: u64,
    start: u64,
    comm: String,
    args: String,
}

fn read_proc(pid: i32) -> Option<Proc> {
    let stat = proc::read(&format!("/proc/{pid}/stat"))?;
    let open = stat.find('(')?;
    let close = stat.rfind(')')?;
    let comm = stat[open + 1..close].to_string();
    let f: Vec<&str> = stat[close + 2..].split(' ').collect();
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |k: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(k))
            .map(|v| v.split_whitespace().map(str::to_string).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    let nspid = field("NSpid:")
        .last()
        .and_then(|v| v.parse().ok())
        .unwrap_or(pid);
    let uid = field("Uid:")
        .get(1)
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
    let args = cmdline
        .split(|b| *b == 0)
        .filter(|s| !s.is_empty())
        .map(|s| String::from_utf8_lossy(s).to_string())
        .collect::<Vec<_>>()
        .join(" ");
    Some(Proc {
        pid,
        ppid: f.get(1)?.parse().ok()?,
        nspid,
        uid,
        tty: f.get(4)?.parse().ok()?,
        utime: f.get(11)?.parse().ok()?,
        stime: f.get(12)?.parse().ok()?,
        start: f.get(19)?.parse().ok()?,
        comm: comm.clone(),
        args: if args.is_empty() {
            format!("[{comm}]")
        } else {
            args
        },
    })
}

fn fmt_secs(s: f64) -> String {
    let total = s as u64;
    let (h, m, sec) = (total / 3600, (total / 60) % 60, total % 60);
    if h > 0 {
        format!("{h}h{m}m{sec}s")
    } else if m > 0 {
        format!("{m}m{sec}s")
    } else {
        let t = format!("{s:.3}");
        format!("{}s", t.trim_end_matches('0').trim_end_matches('.'))
    }
}

const DEFAULT: &[&str] = &[
    "user", "pid", "ppid", "pcpu", "etime", "tty", "time", "args",
];

impl Engine {
    /// Rows of text cells, header first.
    pub fn top(&self, reference: &str, descriptors: &[String]) -> Result<Vec<Vec<String>>> {
        let rec = self.container(reference)?;
        if !matches!(
            effective_status(&rec).0,
            ContainerStatus::Running | ContainerStatus::Paused
        ) {
            return Err(EngineError::conflict(format!(
                "top can only be used on running containers: {} is not running",
                rec.name
            )));
        }
        let descs: Vec<String> = if descriptors.is_empty() {
            DEFAULT.iter().map(|s| s.to_string()).collect()
        } else {
            descriptors
                .iter()
                .flat_map(|d| d.split(',').map(str::to_string))
                .collect()
        };
        let header = |d: &str| -> Result<&'static str> {
            Ok(match d {
                "user" => "USER",
                "pid" => "PID",
                "ppid" => "PPID",
                "pcpu" => "%CPU",
                "etime" => "ELAPSED",
                "tty" => "TTY",
                "time" => "TIME",
                "args" => "COMMAND",
                "comm" => "COMMAND",
                "uid" => "UID",
                "hpid" => "HPID",
                _ => return Err(EngineError::invalid(format!("unknown top descriptor \"{d}\": use user, uid, pid, ppid, hpid, pcpu, etime, tty, time, args or comm"))),
            })
        };
        let mut rows = vec![descs
            .iter()
            .map(|d| header(d).map(str::to_string))
            .collect::<Result<Vec<_>>>()?];
        // every process descending from the container's init
        let mut all: HashMap<i32, Proc> = HashMap::new();
        for e in std::fs::read_dir("/proc")?.flatten() {
            if let Some(pid) = e.file_name().to_str().and_then(|s| s.parse::<i32>().ok()) {
                if let Some(p) = read_proc(pid) {
                    all.insert(pid, p);
                }
            }
        }
        // the container's processes: those in its pid namespace (this also finds `exec -d`
        // processes, whose parent is not the container's init); where the namespace links
        // cannot be read, those descending from the init
        let ns = |pid: i32| std::fs::read_link(format!("/proc/{pid}/ns/pid")).ok();
        let mut members: Vec<i32> = match ns(rec.state.pid) {
            Some(target) => {
                let mut m: Vec<i32> = all
                    .keys()
                    .copied()
                    .filter(|p| ns(*p).as_ref() == Some(&target))
                    .collect();
                m.sort_by_key(|p| all.get(p).map(|x| x.nspid).unwrap_or(0));
                m
            }
            None => vec![rec.state.pid],
        };
        if members.len() <= 1 {
            members = vec![rec.state.pid];
            let mut i = 0;
            while i < members.len() {
                let parent = members[i];
                let mut kids: Vec<i32> = all
                    .values()
                    .filter(|p| p.ppid == parent)
                    .map(|p| p.pid)
                    .collect();
                kids.sort();
                members.extend(kids);
                i += 1;
            }
        }
        let passwd = std::fs::read_to_string(format!("/proc/{}/root/etc/passwd", rec.state.pid))
            .unwrap_or_default();
        let uid_map =
            std::fs::read_to_string(format!("/proc/{}/uid_map", rec.state.pid)).unwrap_or_default();
        let to_container_uid = |host: u32| -> u32 {
            for l in uid_map.lines() {
                let v: Vec<u64> = l
                    .split_whitespace()
                    .filter_map(|x| x.parse().ok())
                    .collect();
                if v.len() == 3 && (host as u64) >= v[1] && (host as u64) < v[1] + v[2] {
                    return (host as u64 - v[1] + v[0]) as u32;
                }
            }
            host
        };
        let tick = nix::unistd::sysconf(nix::unistd::SysconfVar::CLK_TCK)
            .ok()
            .flatten()
            .unwrap_or(100) as f64;
        let uptime: f64 = std::fs::read_to_string("/proc/uptime")
            .ok()
            .and_then(|s| s.split_whitespace().next().and_then(|v| v.parse().ok()))
            .unwrap_or(0.0);
        for pid in members {
            let Some(p) = all.get(&pid) else { continue };
            let cuid = to_container_uid(p.uid);
            let user = passwd.lines().find_map(|l| {
                let f: Vec<&str> = l.split(':').collect();
                (f.len() > 2 && f[2] == cuid.to_string()).then(|| f[0].to_string())
            });
            let elapsed = (uptime - p.start as f64 / tick).max(0.0);
            let cpu = (p.utime + p.stime) as f64 / tick;
            let ppid_ns = all
                .get(&p.ppid)
                .filter(|_| pid != rec.state.pid)
                .map(|pp| pp.nspid)
                .unwrap_or(0);
            let tty = if p.tty == 0 {
                "?".to_string()
            } else {
                format!("pts/{}", (p.tty & 0xff) | ((p.tty >> 12) & 0xfff00))
            };
            rows.push(
                descs
                    .iter()
                    .map(|d| match d.as_str() {
                        "user" => user.clone().unwrap_or_else(|| cuid.to_string()),
                        "uid" => cuid.to_string(),
                        "pid" => p.nspid.to_string(),
                        "hpid" => p.pid.to_string(),
                        "ppid" => ppid_ns.to_string(),
                        "pcpu" => format!(
                            "{:.3}",
                            if elapsed > 0.0 {
                                cpu / elapsed * 100.0
                            } else {
                                0.0
                            }
                        ),
                        "etime" => fmt_secs(elapsed),
                        "tty" => tty.clone(),
                        "time" => fmt_secs(cpu.floor()),
                        "comm" => p.comm.clone(),
                        _ => p.args.clone(),
                    })
                    .collect(),
            );
        }
        Ok(rows)
    }
}
