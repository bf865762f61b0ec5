//! Facts about processes: start times read from /proc (to tell our pid from a reused one), the
//! boot id, and a child's exit code as a shell reports it.

use nix::sys::wait::{waitpid, WaitStatus};
use nix::unistd::Pid;

/// Start time of `pid` in clock ticks since boot (field 22 of /proc/PID/stat), or None.
pub fn start_time(pid: i32) -> Option<u64> {
    let stat = read(&format!("/proc/{pid}/stat"))?;
    // the command name (field 2) may contain spaces and parentheses: split after the last ')'
    let rest = &stat[stat.rfind(')')? + 2..];
    rest.split(' ').nth(19)?.parse().ok()
}

pub fn boot_id() -> String {
    // read once per process: ps compares it with every running container's record
    static ID: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    ID.get_or_init(|| {
        read("/proc/sys/kernel/random/boot_id")
            .map(|s| s.trim().to_string())
            .unwrap_or_default()
    })
    .clone()
}

/// A small /proc file in one read or two: fs::read_to_string sizes its buffer by a stat, which
/// says 0 here, and then probes with reads of 32 bytes and up (ps reads one per running
/// container, a start several).
pub fn read(path: &str) -> Option<String> {
    use std::io::Read;
    let mut buf = Vec::with_capacity(1024);
    std::fs::File::open(path).ok()?.read_to_end(&mut buf).ok()?;
    String::from_utf8(buf).ok()
}

/// Is the process `pid` that started at `start` still alive (and not a zombie)?
pub fn alive(pid: i32, start: u64) -> bool {
    if pid <= 0 {
        return false;
    }
    let Some(stat) = read(&format!("/proc/{pid}/stat")) else {
        return false;
    };
    let Some(close) = stat.rfind(')') else {
        return false;
    };
    let mut f = stat[close + 2..].split(' ');
    let state = f.next().unwrap_or("");
    let st: Option<u64> = f.nth(18).and_then(|s| s.parse().ok());
    state != "Z" && st == Some(start)
}

/// The exit code a shell reports for a wait status: the process's own code when it exited,
/// 128 + the signal's number when a signal killed it; None while it lives (stopped, continued,
/// or not changed at all under WNOHANG).
pub fn exit_code(status: WaitStatus) -> Option<i32> {
    match status {
        WaitStatus::Exited(_, c) => Some(c),
        WaitStatus::Signaled(_, s, _) => Some(128 + s as i32),
        _ => None,
    }
}

/// Waits for the child `pid` to exit and returns its exit code (`exit_code`); 125 (rcon's own
/// failure) when it cannot be waited for.
pub fn wait_exit_code(pid: Pid) -> i32 {
    loop {
        match waitpid(pid, None) {
            Ok(status) => {
                if let Some(c) = exit_code(status) {
                    return c;
                }
            }
            Err(nix::errno::Errno::EINTR) => continue,
            Err(_) => return 125,
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn own_start_time() {
        let me = std::process::id() as i32;
        let st = super::start_time(me).unwrap();
        assert!(super::alive(me, st));
        assert!(!super::alive(me, st + 1));
        assert!(!super::boot_id().is_empty());
    }
}
