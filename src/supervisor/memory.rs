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
/// loop never uses again. Unmap those pages from this process: a read-only file mapping with
/// no anonymous (copied-on-write) page holds nothing but the file's bytes, so a later access
/// simply faults them back in from the page cache. A mapping with a private copy anywhere
/// (RELRO data relocated at start) is left alone: dropping it would lose what was written.
#[allow(unsafe_code)]
fn shed_startup_pages() {
    let Ok(smaps) = std::fs::read_to_string("/proc/self/smaps") else {
        return;
    };
    // the mapping being read: its range, whether it qualifies so far
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
            current = Some((a, b, file_ro));
        } else if first == "Anonymous:" || first == "Swap:" {
            if f.next() != Some("0") {
                if let Some(c) = current.as_mut() {
                    c.2 = false;
                }
            }
        } else if first == "VmFlags:" {
            if let Some((a, b, true)) = current.take() {
                targets.push((a, b));
            }
        }
    }
    for (a, b) in targets {
        // SAFETY: only read-only file mappings without a private page: their contents are the
        // file's, and refault unchanged.
        unsafe {
            libc::madvise(a as *mut libc::c_void, b - a, libc::MADV_DONTNEED);
        }
    }
}
