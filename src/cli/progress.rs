//! The engine's notices and pull/push progress on stderr: bars when stdout and stderr are a
//! terminal that can redraw them (TERM set, and not `dumb`), one line per event otherwise.

use crate::engine::report::{Bar, Reporter};
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::Arc;

pub struct StderrReporter {
    multi: Option<MultiProgress>,
    /// podman's WARN lines count the seconds since the command started
    started: std::time::Instant,
}

impl StderrReporter {
    pub fn new() -> StderrReporter {
        let multi =
            (std::io::stderr().is_terminal() && std::io::stdout().is_terminal() && redraws())
                .then(|| MultiProgress::with_draw_target(ProgressDrawTarget::stderr()));
        StderrReporter {
            multi,
            started: std::time::Instant::now(),
        }
    }
}

/// Whether the terminal can move the cursor: not without TERM (cron, `env -i`, a plain ssh
/// command) or with TERM=dumb, where indicatif draws nothing at all.
fn redraws() -> bool {
    std::env::var("TERM").is_ok_and(|t| !t.is_empty() && t != "dumb")
}

impl Reporter for StderrReporter {
    fn notice(&self, msg: &str) {
        eprintln!("{msg}");
    }

    fn warning(&self, msg: &str) {
        eprintln!("WARN[{:04}] {msg}", self.started.elapsed().as_secs());
    }

    fn line(&self, s: &str) {
        match &self.multi {
            Some(m) => {
                // a line above the bars: if the terminal went away, so did its reader
                let _ = m.println(s);
            }
            None => eprintln!("{s}"),
        }
    }

    fn bar(&self, what: &str, size: u64) -> Option<Arc<dyn Bar>> {
        let m = self.multi.as_ref()?;
        let b = m.add(ProgressBar::new(size));
        b.set_style(
            ProgressStyle::with_template(
                "Copying blob {prefix} [{bar:25}] {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
        );
        b.set_prefix(what.to_string());
        Some(Arc::new(TermBar(b)))
    }
}

struct TermBar(ProgressBar);

impl Bar for TermBar {
    fn inc(&self, n: u64) {
        self.0.inc(n);
    }
    fn set_position(&self, n: u64) {
        self.0.set_position(n);
    }
    fn finish(&self) {
        self.0.finish_and_clear();
    }
}
