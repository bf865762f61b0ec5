//! Seccomp syscall filtering for containers.
//!
//! * [`default_profile`] builds the allowlist every container gets unless it runs with
//!   `--security-opt seccomp=unconfined`. It is an ordinary OCI [`LinuxSeccomp`] value, so it
//!   is stored in the container's `config.json` and shown by `inspect`.
//! * [`load_profile`] / [`load_profile_with_caps`] read a profile file given with
//!   `--security-opt seccomp=FILE`, in docker/podman's `seccomp.json` format (with `archMap`,
//!   `includes`/`excludes`, ...) or as a plain OCI `LinuxSeccomp` JSON.
//! * [`apply`] compiles an OCI profile with libseccomp and loads it into the calling thread.
//!
//! `default.rs` holds the default profile's tables, `profile.rs` the reading of profile files;
//! this file the helpers both use, and the compiling, caching and loading of filters.

#![allow(unsafe_code)]

use std::collections::HashSet;

use libseccomp::{
    error::SeccompErrno, ScmpAction, ScmpArch, ScmpArgCompare, ScmpCompareOp, ScmpFilterContext,
    ScmpSyscall,
};
use oci_spec::runtime::{
    Arch, LinuxSeccomp, LinuxSeccompAction, LinuxSeccompArg, LinuxSeccompArgBuilder,
    LinuxSeccompFilterFlag, LinuxSeccompOperator, LinuxSyscall,
};
use serde::Deserialize;

/// Errors from building, parsing, compiling or loading a seccomp profile.
#[derive(Debug, thiserror::Error)]
pub enum SeccompError {
    /// The profile file is not valid JSON or does not have the expected shape.
    #[error("invalid seccomp profile json: {0}")]
    Json(#[from] serde_json::Error),
    /// The profile is well-formed JSON but describes something impossible.
    #[error("invalid seccomp profile: {0}")]
    Invalid(String),
    /// The profile asks for something this runtime does not implement.
    #[error("unsupported seccomp profile feature: {0}")]
    Unsupported(String),
    /// libseccomp refused an operation while building the filter.
    #[error("seccomp: {context}: {source}")]
    Libseccomp {
        context: String,
        #[source]
        source: libseccomp::error::SeccompError,
    },
    /// The kernel refused the filter because neither no_new_privs nor CAP_SYS_ADMIN was held.
    #[error("loading seccomp filter: permission denied (set no_new_privs or keep CAP_SYS_ADMIN until the filter is loaded)")]
    LoadDenied,
}

fn lib_err(
    context: impl Into<String>,
) -> impl FnOnce(libseccomp::error::SeccompError) -> SeccompError {
    let context = context.into();
    move |source| SeccompError::Libseccomp { context, source }
}

mod default;
mod profile;

pub use default::default_profile;
#[cfg(test)]
pub use profile::load_profile;
pub use profile::load_profile_with_caps;

// ---------------------------------------------------------------------------------------------
// Shared by the default profile and profile files
// ---------------------------------------------------------------------------------------------

fn syscall_rule(
    names: Vec<String>,
    action: LinuxSeccompAction,
    errno_ret: Option<u32>,
    args: Vec<LinuxSeccompArg>,
) -> LinuxSyscall {
    let mut rule = LinuxSyscall::default();
    rule.set_names(names);
    rule.set_action(action);
    rule.set_errno_ret(errno_ret);
    rule.set_args(if args.is_empty() { None } else { Some(args) });
    rule
}

fn arg(
    index: usize,
    value: u64,
    value_two: Option<u64>,
    op: LinuxSeccompOperator,
) -> LinuxSeccompArg {
    let builder = LinuxSeccompArgBuilder::default()
        .index(index)
        .value(value)
        .op(op);
    let builder = match value_two {
        Some(v) => builder.value_two(v),
        None => builder,
    };
    // Every field has a default, so building cannot fail.
    builder
        .build()
        .expect("seccomp arg builder has defaults for every field")
}

/// The native architecture plus the compatibility ABIs its kernel can run.
fn default_architectures() -> Vec<Arch> {
    if cfg!(target_arch = "x86_64") {
        vec![Arch::ScmpArchX86_64, Arch::ScmpArchX86, Arch::ScmpArchX32]
    } else if cfg!(target_arch = "aarch64") {
        vec![Arch::ScmpArchAarch64, Arch::ScmpArchArm]
    } else if cfg!(target_arch = "s390x") {
        vec![Arch::ScmpArchS390x, Arch::ScmpArchS390]
    } else {
        vec![Arch::ScmpArchNative]
    }
}

/// Whether `caps` holds `cap` ("CAP_SYS_ADMIN"); entries may omit "CAP_" and use any case, and
/// "ALL" holds every capability.
fn has_cap(caps: &[String], cap: &str) -> bool {
    let want = strip_cap_prefix(cap);
    caps.iter()
        .map(|c| strip_cap_prefix(c.trim()))
        .any(|c| c.eq_ignore_ascii_case(want) || c.eq_ignore_ascii_case("all"))
}

fn strip_cap_prefix(cap: &str) -> &str {
    match cap.get(..4) {
        Some(p) if p.eq_ignore_ascii_case("cap_") => &cap[4..],
        _ => cap,
    }
}

/// The running kernel's (major, minor), or None when it cannot be read.
fn kernel_version() -> Option<(u32, u32)> {
    let release = std::fs::read_to_string("/proc/sys/kernel/osrelease").ok()?;
    parse_version(&release)
}

fn parse_version(s: &str) -> Option<(u32, u32)> {
    let mut parts = s.trim().split(|c: char| !c.is_ascii_digit());
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next().and_then(|m| m.parse().ok()).unwrap_or(0);
    Some((major, minor))
}

/// True when the running kernel is at least `min` (or its version is unknown).
fn kernel_at_least(min: (u32, u32)) -> bool {
    kernel_version().is_none_or(|v| v >= min)
}

// ---------------------------------------------------------------------------------------------
// Compiling and loading
// ---------------------------------------------------------------------------------------------

/// Compile the OCI profile with libseccomp and load it into the calling thread (and so into
/// everything it executes or forks afterwards).
///
/// Call it in the container's init right before execve, with no_new_privs set, or earlier while
/// the process still holds CAP_SYS_ADMIN (then every syscall the init makes afterwards must be
/// allowed by the profile). The filter itself never sets no_new_privs. Syscall names unknown to
/// the installed libseccomp are skipped.
///
/// A profile for several architectures is one filter (syscalls of unlisted architectures are
/// killed). Building it is slower than per-architecture filters, but it is built once per
/// profile and cached (`prepare`), and one filter is cheaper on every syscall.
#[cfg(test)]
pub fn apply(profile: &LinuxSeccomp) -> Result<(), SeccompError> {
    prepare(profile, None)?.load()
}

/// One resolved rule of the profile.
struct Rule<'a> {
    name: &'a str,
    syscall: ScmpSyscall,
    action: ScmpAction,
    comparators: Vec<ScmpArgCompare>,
    /// The comparators are alternatives, each its own rule, instead of all having to hold.
    alternatives: bool,
}

/// Build the filters for `profile` in load order, without loading them.
fn compile(profile: &LinuxSeccomp) -> Result<Vec<ScmpFilterContext>, SeccompError> {
    if profile.listener_path().is_some() {
        return Err(SeccompError::Unsupported("seccomp notify listener".into()));
    }
    let default_action = scmp_action(profile.default_action(), profile.default_errno_ret())?;

    let native = ScmpArch::native();
    let mut arches = vec![native];
    for arch in profile.architectures().iter().flatten() {
        let arch = match scmp_arch(*arch) {
            ScmpArch::Native => native,
            a => a,
        };
        if !arches.contains(&arch) {
            arches.push(arch);
        }
    }

    let mut rules = Vec::new();
    for rule in profile.syscalls().iter().flatten() {
        let action = scmp_action(rule.action(), rule.errno_ret())?;
        if action == default_action {
            // libseccomp refuses rules that repeat the default action; they change nothing.
            continue;
        }
        let args = rule.args().as_deref().unwrap_or_default();
        let comparators = args
            .iter()
            .map(scmp_compare)
            .collect::<Result<Vec<_>, _>>()?;
        // Several conditions on the same argument are alternatives (OCI runtime semantics);
        // conditions on distinct arguments must all hold.
        let mut indexes = HashSet::new();
        let alternatives = !args.iter().all(|a| indexes.insert(a.index()));
        for name in rule.names() {
            match ScmpSyscall::from_name(name) {
                Ok(syscall) => rules.push(Rule {
                    name,
                    syscall,
                    action,
                    comparators: comparators.clone(),
                    alternatives,
                }),
                Err(_) => {
                    tracing::debug!(syscall = %name, "seccomp: skipping syscall unknown to libseccomp")
                }
            }
        }
    }

    // One filter for every architecture: compiled once per profile (the result is cached,
    // see `prepare`), it costs one load at start and one evaluation per syscall, where a
    // filter per architecture would cost one of each per architecture.
    let mut ctx = new_context(profile, default_action)?;
    // The compatibility ABIs get rules in a context of their own, merged in at the end:
    // libseccomp rewrites some rules for them (x86's socketcall multiplexer, whose arguments
    // a filter cannot see), so that two rules of different actions, distinct on the native
    // ABI, may become the same there and the second is refused (EEXIST). There, the first
    // one added stays.
    let mut compat = None;
    if arches.len() > 1 {
        let mut c = new_context(profile, default_action)?;
        for &arch in &arches[1..] {
            c.add_arch(arch)
                .map_err(lib_err(format!("adding architecture {arch:?}")))?;
        }
        c.remove_arch(native).map_err(lib_err(
            "leaving the native architecture to its own context",
        ))?;
        compat = Some(c);
    }
    // by descending syscall number: libseccomp inserts at the head of its lists
    let mut ordered: Vec<(i32, &Rule)> = rules
        .iter()
        .map(|r| (r.syscall.as_raw_syscall(), r))
        .collect();
    ordered.sort_by_key(|&(nr, _)| std::cmp::Reverse(nr));
    for (_, rule) in ordered {
        add_rule(&mut ctx, rule)?;
        if let Some(c) = compat.as_mut() {
            match add_rule(c, rule) {
                Err(SeccompError::Libseccomp { source, .. })
                    if source.errno() == Some(SeccompErrno::EEXIST) =>
                {
                    tracing::debug!(syscall = %rule.name, "seccomp: rule merged into an earlier one on a compatibility ABI");
                }
                r => r?,
            }
        }
    }
    if let Some(c) = compat {
        ctx.merge(c)
            .map_err(lib_err("merging the compatibility architectures"))?;
    }
    Ok(vec![ctx])
}

fn add_rule(ctx: &mut ScmpFilterContext, rule: &Rule) -> Result<(), SeccompError> {
    let context = || format!("adding rule for {}", rule.name);
    if rule.alternatives {
        for c in &rule.comparators {
            ctx.add_rule_conditional(rule.action, rule.syscall, std::slice::from_ref(c))
                .map_err(lib_err(context()))?;
        }
    } else {
        ctx.add_rule_conditional(rule.action, rule.syscall, &rule.comparators)
            .map_err(lib_err(context()))?;
    }
    Ok(())
}

/// A filter context for the native architecture with the profile's attributes and flags.
fn new_context(
    profile: &LinuxSeccomp,
    default_action: ScmpAction,
) -> Result<ScmpFilterContext, SeccompError> {
    let mut ctx = ScmpFilterContext::new(default_action).map_err(lib_err("creating filter"))?;
    // no_new_privs is the caller's decision (--security-opt no-new-privileges), not ours.
    ctx.set_ctl_nnp(false)
        .map_err(lib_err("clearing no_new_privs attribute"))?;
    // Report the kernel's errno from load instead of a generic ECANCELED.
    if let Err(e) = ctx.set_api_sysrawrc(true) {
        tracing::debug!("seccomp: raw return codes unavailable: {e}");
    }
    // Level 2 checks syscall numbers in a binary tree instead of a linear chain: cheaper for
    // every syscall the container makes, and cheaper to load: the kernel (5.11 and later) runs
    // the filter once per syscall number at load to cache what it always allows, and the tree
    // makes each run short (0.7 ms to load here, against 1.6 ms for the chain). Generating it
    // takes longer, but a compiled filter is cached (see `prepare`).
    let level = 2;
    if let Err(e) = ctx.set_ctl_optimize(level) {
        tracing::debug!("seccomp: optimization level {level} unavailable: {e}");
    }
    for flag in profile.flags().iter().flatten() {
        let r = match flag {
            LinuxSeccompFilterFlag::SeccompFilterFlagLog => ctx.set_ctl_log(true),
            LinuxSeccompFilterFlag::SeccompFilterFlagTsync => ctx.set_ctl_tsync(true),
            LinuxSeccompFilterFlag::SeccompFilterFlagSpecAllow => ctx.set_ctl_ssb(true),
            LinuxSeccompFilterFlag::SeccompFilterFlagWaitKillableRecv => ctx.set_ctl_waitkill(true),
        };
        r.map_err(lib_err(format!("setting flag {flag}")))?;
    }
    Ok(ctx)
}

fn scmp_action(
    action: LinuxSeccompAction,
    errno_ret: Option<u32>,
) -> Result<ScmpAction, SeccompError> {
    let ret = errno_ret.unwrap_or(libc::EPERM as u32);
    Ok(match action {
        LinuxSeccompAction::ScmpActKill | LinuxSeccompAction::ScmpActKillThread => {
            ScmpAction::KillThread
        }
        LinuxSeccompAction::ScmpActKillProcess => ScmpAction::KillProcess,
        LinuxSeccompAction::ScmpActTrap => ScmpAction::Trap,
        LinuxSeccompAction::ScmpActErrno => {
            // The kernel keeps 16 bits of data, and errno values end at 4095.
            if ret > 4095 {
                return Err(SeccompError::Invalid(format!(
                    "errnoRet {ret} is out of range"
                )));
            }
            ScmpAction::Errno(ret as i32)
        }
        LinuxSeccompAction::ScmpActTrace => {
            let ret = u16::try_from(ret)
                .map_err(|_| SeccompError::Invalid(format!("errnoRet {ret} is out of range")))?;
            ScmpAction::Trace(ret)
        }
        LinuxSeccompAction::ScmpActLog => ScmpAction::Log,
        LinuxSeccompAction::ScmpActAllow => ScmpAction::Allow,
        LinuxSeccompAction::ScmpActNotify => {
            return Err(SeccompError::Unsupported("action SCMP_ACT_NOTIFY".into()))
        }
    })
}

fn scmp_compare(a: &LinuxSeccompArg) -> Result<ScmpArgCompare, SeccompError> {
    let index = u32::try_from(a.index())
        .ok()
        .filter(|i| *i < 6)
        .ok_or_else(|| {
            SeccompError::Invalid(format!(
                "syscall argument index {} is out of range",
                a.index()
            ))
        })?;
    let (op, datum) = match a.op() {
        LinuxSeccompOperator::ScmpCmpNe => (ScmpCompareOp::NotEqual, a.value()),
        LinuxSeccompOperator::ScmpCmpLt => (ScmpCompareOp::Less, a.value()),
        LinuxSeccompOperator::ScmpCmpLe => (ScmpCompareOp::LessOrEqual, a.value()),
        LinuxSeccompOperator::ScmpCmpEq => (ScmpCompareOp::Equal, a.value()),
        LinuxSeccompOperator::ScmpCmpGe => (ScmpCompareOp::GreaterEqual, a.value()),
        LinuxSeccompOperator::ScmpCmpGt => (ScmpCompareOp::Greater, a.value()),
        // value is the mask, valueTwo the value the masked argument must equal.
        LinuxSeccompOperator::ScmpCmpMaskedEq => (
            ScmpCompareOp::MaskedEqual(a.value()),
            a.value_two().unwrap_or(0),
        ),
    };
    Ok(ScmpArgCompare::new(index, op, datum))
}

fn scmp_arch(arch: Arch) -> ScmpArch {
    match arch {
        Arch::ScmpArchNative => ScmpArch::Native,
        Arch::ScmpArchX86 => ScmpArch::X86,
        Arch::ScmpArchX86_64 => ScmpArch::X8664,
        Arch::ScmpArchX32 => ScmpArch::X32,
        Arch::ScmpArchArm => ScmpArch::Arm,
        Arch::ScmpArchAarch64 => ScmpArch::Aarch64,
        Arch::ScmpArchMips => ScmpArch::Mips,
        Arch::ScmpArchMips64 => ScmpArch::Mips64,
        Arch::ScmpArchMips64n32 => ScmpArch::Mips64N32,
        Arch::ScmpArchMipsel => ScmpArch::Mipsel,
        Arch::ScmpArchMipsel64 => ScmpArch::Mipsel64,
        Arch::ScmpArchMipsel64n32 => ScmpArch::Mipsel64N32,
        Arch::ScmpArchPpc => ScmpArch::Ppc,
        Arch::ScmpArchPpc64 => ScmpArch::Ppc64,
        Arch::ScmpArchPpc64le => ScmpArch::Ppc64Le,
        Arch::ScmpArchS390 => ScmpArch::S390,
        Arch::ScmpArchS390x => ScmpArch::S390X,
        Arch::ScmpArchParisc => ScmpArch::Parisc,
        Arch::ScmpArchParisc64 => ScmpArch::Parisc64,
        Arch::ScmpArchRiscv64 => ScmpArch::Riscv64,
        Arch::ScmpArchLoongarch64 => ScmpArch::Loongarch64,
        Arch::ScmpArchM68k => ScmpArch::M68k,
        Arch::ScmpArchSh => ScmpArch::Sh,
        Arch::ScmpArchSheb => ScmpArch::Sheb,
    }
}

#[cfg(test)]
#[allow(unsafe_code)]
mod tests;

/// A filter ready to load: compiled BPF programs in load order, taken from a cache of
/// compiled profiles when one is given (compiling the default profile costs milliseconds on
/// every start; loading a cached program costs microseconds).
pub enum Prepared {
    Programs(Vec<Vec<u8>>),
    /// profiles with filter flags are loaded through libseccomp, which applies them
    Contexts(Vec<ScmpFilterContext>),
}

/// Names how `compile` turns a profile into BPF: change it with the compiling (the
/// optimization level, the attributes), so that no filter compiled the old way is loaded.
const COMPILE_RECIPE: &str = "libseccomp optimize=2 nnp=0 sysrawrc=1";

/// Compile `profile`, or read it compiled from `cache_dir` (and store it there when missing).
/// Call while the host's filesystem is still visible.
pub fn prepare(
    profile: &LinuxSeccomp,
    cache_dir: Option<&std::path::Path>,
) -> Result<Prepared, SeccompError> {
    if profile.flags().as_ref().is_some_and(|f| !f.is_empty()) {
        return Ok(Prepared::Contexts(compile(profile)?));
    }
    let key = cache_dir.map(|d| {
        use sha2::Digest;
        let mut h = sha2::Sha256::new();
        h.update(env!("CARGO_PKG_VERSION").as_bytes());
        h.update(COMPILE_RECIPE.as_bytes());
        h.update(
            nix::sys::utsname::uname()
                .map(|u| u.release().to_string_lossy().into_owned())
                .unwrap_or_default()
                .as_bytes(),
        );
        h.update(serde_json::to_vec(profile).unwrap_or_default());
        let hex: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
        d.join(format!("{hex}.bpf"))
    });
    if let Some(path) = &key {
        if let Some(programs) = std::fs::read(path).ok().and_then(|d| decode_programs(&d)) {
            return Ok(Prepared::Programs(programs));
        }
    }
    let mut programs = vec![];
    for ctx in compile(profile)? {
        programs.push(export(&ctx)?);
    }
    if let Some(path) = &key {
        // best effort: a cache we cannot write only costs the next start its compile
        if let Some(dir) = path.parent() {
            use std::os::unix::fs::DirBuilderExt;
            let _ = std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir);
        }
        let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
        if std::fs::write(&tmp, encode_programs(&programs)).is_ok() {
            if let Err(e) = std::fs::rename(&tmp, path) {
                tracing::debug!("caching the seccomp filter at {}: {e}", path.display());
                if let Err(e) = std::fs::remove_file(&tmp) {
                    tracing::warn!("removing {}: {e}", tmp.display());
                }
            }
        }
    }
    Ok(Prepared::Programs(programs))
}

/// The compiled BPF of one filter (libseccomp 2.5 exports to an fd only).
fn export(ctx: &ScmpFilterContext) -> Result<Vec<u8>, SeccompError> {
    use std::io::{Read, Seek};
    let fd = nix::sys::memfd::memfd_create(
        c"rcon-seccomp",
        nix::sys::memfd::MemFdCreateFlag::MFD_CLOEXEC,
    )
    .map_err(|e| SeccompError::Invalid(format!("memfd for the filter: {e}")))?;
    ctx.export_bpf(&fd).map_err(|e| SeccompError::Libseccomp {
        context: "exporting the filter".into(),
        source: e,
    })?;
    let mut f = std::fs::File::from(fd);
    let mut out = vec![];
    f.rewind()
        .and_then(|_| f.read_to_end(&mut out))
        .map_err(|e| SeccompError::Invalid(format!("reading the exported filter: {e}")))?;
    Ok(out)
}

fn encode_programs(programs: &[Vec<u8>]) -> Vec<u8> {
    let mut out = vec![];
    for p in programs {
        out.extend_from_slice(&(p.len() as u32).to_le_bytes());
        out.extend_from_slice(p);
    }
    out
}

fn decode_programs(mut data: &[u8]) -> Option<Vec<Vec<u8>>> {
    let mut out = vec![];
    while !data.is_empty() {
        let len = u32::from_le_bytes(data.get(..4)?.try_into().ok()?) as usize;
        let p = data.get(4..4 + len)?;
        // a BPF program is a whole number of 8-byte instructions, at most BPF_MAXINSNS
        if len == 0 || !len.is_multiple_of(8) || len / 8 > 4096 {
            return None;
        }
        out.push(p.to_vec());
        data = &data[4 + len..];
    }
    (!out.is_empty()).then_some(out)
}

impl Prepared {
    /// Load into the calling thread: the last syscall-changing step before execve.
    pub fn load(&self) -> Result<(), SeccompError> {
        match self {
            Prepared::Contexts(ctxs) => {
                for ctx in ctxs {
                    ctx.load().map_err(|e| {
                        if e.errno() == Some(SeccompErrno::EACCES)
                            || e.sysrawrc().is_some_and(|rc| rc.abs() == libc::EACCES)
                        {
                            SeccompError::LoadDenied
                        } else {
                            SeccompError::Libseccomp {
                                context: "loading filter".into(),
                                source: e,
                            }
                        }
                    })?;
                }
                Ok(())
            }
            Prepared::Programs(programs) => {
                for p in programs {
                    let prog = libc::sock_fprog {
                        len: (p.len() / 8) as u16,
                        filter: p.as_ptr() as *mut libc::sock_filter,
                    };
                    // SAFETY: `prog` points at a whole number of sock_filter instructions that
                    // live until the call returns; the kernel copies the program.
                    let r = unsafe {
                        libc::syscall(
                            libc::SYS_seccomp,
                            libc::SECCOMP_SET_MODE_FILTER,
                            0,
                            &prog as *const libc::sock_fprog,
                        )
                    };
                    if r != 0 {
                        let e = nix::errno::Errno::last();
                        return Err(if e == nix::errno::Errno::EACCES {
                            SeccompError::LoadDenied
                        } else {
                            SeccompError::Invalid(format!("loading a cached filter: {e}"))
                        });
                    }
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod cache_tests {
    use super::*;

    #[test]
    fn compiled_programs_are_cached_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let profile = default_profile(&[]);
        let Prepared::Programs(first) = prepare(&profile, Some(dir.path())).unwrap() else {
            panic!("expected programs")
        };
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        let Prepared::Programs(again) = prepare(&profile, Some(dir.path())).unwrap() else {
            panic!("expected programs")
        };
        assert_eq!(first, again);
        assert!(first.iter().all(|p| !p.is_empty() && p.len() % 8 == 0));
        // a damaged cache entry is not trusted: it is compiled again
        let f = std::fs::read_dir(dir.path())
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path();
        std::fs::write(&f, b"\x05\x00\x00\x00junk").unwrap();
        let Prepared::Programs(fresh) = prepare(&profile, Some(dir.path())).unwrap() else {
            panic!("expected programs")
        };
        assert_eq!(fresh, first);
        assert!(decode_programs(b"").is_none());
        assert!(decode_programs(&encode_programs(&[vec![0u8; 7]])).is_none());
    }
}
