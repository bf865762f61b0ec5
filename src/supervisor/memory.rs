//! The supervisor lives as long as its container: once the container runs, it gives back
//! what its start-up used (the heap, and the clean pages of rcon's code and data).

/// How long after the start the supervisor gives back its start-up memory.
pub const TRIM_DELAY: std::time::Duration = std::time::Duration::from_millis(100);

/// Give back the start-up memory: the heap's free part, and the clean pages of start-up code.
#[allow(unsafe_code)]
pub fn trim() {
    // SAFETY: malloc_trim only returns free heap memory to the kernel.
    unsafe {
        libc::malloc_trim(0);
    }
    shed_startup_pages();
}

/// Start-up touched megabytes of rcon's (and libc's) code and read-only data that the event
/// loop never uses again. Unmap those pages from this process: a page of a read-only file
/// mapping that is not a private (copied-on-write) copy holds nothing but the file's bytes, so
/// a later access simply faults it back in from the page cache. Private copies (the GOT the
/// dynamic linker wrote, RELRO data relocated at start) are kept: dropping them would lose
/// what was written. /proc/self/pagemap tells them apart page by page.
#[allow(unsafe_code)]
fn shed_startup_pages() {
    let Ok(smaps) = std::fs::read_to_string("/proc/self/smaps") else {
        return;
    };
    // the mapping being read: its range, whether it is a read-only file mapping, and whether
    // it has private pages
    let mut current: Option<(usize, usize, bool)> = None;
    let mut targets = vec![];
    for line in smaps.lines() {
        let mut f = line.split_whitespace();
        let first = f.next().unwrap_or("");
        if let Some((a, b)) = first.split_once('-').filter(|_| !first.ends_with(':')) {
            let perms = f.next().unwrap_or("");
            let path = line.split_whitespace().nth(5).unwrap_or("");
            let (Ok(a), Ok(b)) = (usize::from_str_radix(a, 16), usize::from_str_radix(b, 16))
            else {
                current = None;
                continue;
            };
            let file_ro = path.starts_with('/') && (perms == "r-xp" || perms == "r--p");
            current = file_ro.then_some((a, b, false));
        } else if first == "Anonymous:" || first == "Swap:" {
            if f.next() != Some("0") {
                if let Some(c) = current.as_mut() {
                    c.2 = true;
                }
            }
        } else if first == "VmFlags:" {
            if let Some(t) = current.take() {
                targets.push(t);
            }
        }
    }
    let pagemap = std::fs::File::open("/proc/self/pagemap").ok();
    for (a, b, private) in targets {
        let runs = match (private, &pagemap) {
            (false, _) => vec![(a, b)],
            (true, Some(pm)) => shared_runs(pm, a, b),
            // without pagemap, a mapping with a private page is left whole
            (true, None) => vec![],
        };
        for (a, b) in runs {
            // SAFETY: pages of a read-only file mapping that are not private copies: their
            // contents are the file's, and refault unchanged.
            unsafe {
                libc::madvise(a as *mut libc::c_void, b - a, libc::MADV_DONTNEED);
            }
        }
    }
}

/// The runs of pages in [a, b) that are present and not private copies (pagemap bit 61: a
/// file page). An unreadable pagemap gives none.
fn shared_runs(pagemap: &std::fs::File, a: usize, b: usize) -> Vec<(usize, usize)> {
    use std::os::unix::fs::FileExt;
    const PAGE: usize = 4096;
    let pages = (b - a) / PAGE;
    let mut raw = vec![0u8; pages * 8];
    if pagemap
        .read_exact_at(&mut raw, (a / PAGE * 8) as u64)
        .is_err()
    {
        return vec![];
    }
    let mut runs: Vec<(usize, usize)> = vec![];
    for (i, e) in raw.chunks_exact(8).enumerate() {
        let e = u64::from_le_bytes(e.try_into().unwrap_or([0; 8]));
        let present = e >> 63 & 1 == 1;
        let file = e >> 61 & 1 == 1;
        if !(present && file) {
            continue;
        }
        let start = a + i * PAGE;
        match runs.last_mut() {
            Some(last) if last.1 == start => last.1 = start + PAGE,
            _ => runs.push((start, start + PAGE)),
        }
    }
    runs
}
