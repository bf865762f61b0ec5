//! Profile files given with `--security-opt seccomp=FILE`: docker/podman's `seccomp.json`
//! (with `archMap`, `includes`/`excludes` on capabilities and architectures) or plain OCI
//! `LinuxSeccomp` JSON.

use super::*;

/// A profile file: docker/podman's `seccomp.json`, of which the OCI `LinuxSeccomp` JSON is a
/// subset.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ProfileFile {
    default_action: LinuxSeccompAction,
    #[serde(default)]
    default_errno_ret: Option<u32>,
    #[serde(default)]
    architectures: Option<Vec<String>>,
    #[serde(default)]
    arch_map: Option<Vec<ArchMapEntry>>,
    #[serde(default)]
    flags: Option<Vec<String>>,
    #[serde(default)]
    listener_path: Option<std::path::PathBuf>,
    #[serde(default)]
    listener_metadata: Option<String>,
    #[serde(default)]
    syscalls: Option<Vec<SyscallEntry>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ArchMapEntry {
    architecture: String,
    #[serde(default)]
    sub_architectures: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct SyscallEntry {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    names: Option<Vec<String>>,
    action: LinuxSeccompAction,
    #[serde(default)]
    errno_ret: Option<u32>,
    #[serde(default)]
    args: Option<Vec<LinuxSeccompArg>>,
    #[serde(default)]
    includes: Option<Condition>,
    #[serde(default)]
    excludes: Option<Condition>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct Condition {
    #[serde(default)]
    caps: Option<Vec<String>>,
    #[serde(default)]
    arches: Option<Vec<String>>,
    #[serde(default)]
    min_kernel: Option<String>,
}

/// Load a profile JSON in docker/podman's seccomp.json format (or an OCI LinuxSeccomp JSON)
/// from `--security-opt seccomp=FILE`, for a container without extra capabilities: rules that
/// docker's format conditions on capabilities are resolved against an empty capability set.
/// Use [`load_profile_with_caps`] when the container's capability set is known.
#[cfg(test)]
pub fn load_profile(json: &[u8]) -> Result<LinuxSeccomp, SeccompError> {
    load_profile_with_caps(json, &[])
}

/// Like [`load_profile`], resolving docker's `includes`/`excludes` conditions (`caps`, `arches`,
/// `minKernel`) against `caps`, the running architecture and the running kernel.
pub fn load_profile_with_caps(json: &[u8], caps: &[String]) -> Result<LinuxSeccomp, SeccompError> {
    let file: ProfileFile = serde_json::from_slice(json)?;
    let kernel = kernel_version();

    let mut arch_names: Vec<String> = file.architectures.unwrap_or_default();
    for entry in file.arch_map.unwrap_or_default() {
        if entry.architecture == native_scmp_arch_name() {
            arch_names.push(entry.architecture);
            arch_names.extend(entry.sub_architectures.unwrap_or_default());
        }
    }
    let mut architectures = Vec::new();
    for name in arch_names {
        match parse_arch(&name) {
            Some(a) if !architectures.contains(&a) => architectures.push(a),
            Some(_) => {}
            None => tracing::debug!(arch = %name, "seccomp: skipping unknown architecture"),
        }
    }

    let mut flags = Vec::new();
    for name in file.flags.unwrap_or_default() {
        match serde_json::from_value::<LinuxSeccompFilterFlag>(serde_json::Value::String(
            name.clone(),
        )) {
            Ok(f) => flags.push(f),
            Err(_) => return Err(SeccompError::Unsupported(format!("filter flag {name}"))),
        }
    }

    let mut syscalls = Vec::new();
    for entry in file.syscalls.unwrap_or_default() {
        if !condition_met(
            entry.includes.as_ref(),
            entry.excludes.as_ref(),
            caps,
            kernel,
        ) {
            continue;
        }
        let mut names = entry.names.unwrap_or_default();
        names.extend(entry.name);
        if names.is_empty() {
            continue;
        }
        let args = entry.args.filter(|a| !a.is_empty());
        let mut rule = syscall_rule(names, entry.action, entry.errno_ret, vec![]);
        rule.set_args(args);
        syscalls.push(rule);
    }

    let mut profile = LinuxSeccomp::default();
    profile.set_default_action(file.default_action);
    profile.set_default_errno_ret(file.default_errno_ret);
    profile.set_architectures((!architectures.is_empty()).then_some(architectures));
    profile.set_flags((!flags.is_empty()).then_some(flags));
    profile.set_listener_path(file.listener_path);
    profile.set_listener_metadata(file.listener_metadata);
    profile.set_syscalls(Some(syscalls));
    Ok(profile)
}

/// Evaluate docker's `includes` (all must hold) and `excludes` (none may hold) of one rule.
fn condition_met(
    includes: Option<&Condition>,
    excludes: Option<&Condition>,
    caps: &[String],
    kernel: Option<(u32, u32)>,
) -> bool {
    let arch_matches = |arches: &[String]| arches.iter().any(|a| is_native_arch_name(a));
    let kernel_ok = |min: &str| match (parse_version(min), kernel) {
        (Some(min), Some(k)) => k >= min,
        _ => true,
    };
    if let Some(inc) = includes {
        if let Some(want) = &inc.caps {
            if !want.iter().all(|c| has_cap(caps, c)) {
                return false;
            }
        }
        if let Some(arches) = inc.arches.as_deref().filter(|a| !a.is_empty()) {
            if !arch_matches(arches) {
                return false;
            }
        }
        if let Some(min) = &inc.min_kernel {
            if !kernel_ok(min) {
                return false;
            }
        }
    }
    if let Some(exc) = excludes {
        if let Some(not) = &exc.caps {
            if not.iter().any(|c| has_cap(caps, c)) {
                return false;
            }
        }
        if let Some(arches) = exc.arches.as_deref() {
            if arch_matches(arches) {
                return false;
            }
        }
        if let Some(min) = &exc.min_kernel {
            if kernel_ok(min) {
                return false;
            }
        }
    }
    true
}

fn parse_arch(name: &str) -> Option<Arch> {
    serde_json::from_value(serde_json::Value::String(name.to_string())).ok()
}

/// The libseccomp name of the architecture rcon was built for.
fn native_scmp_arch_name() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "SCMP_ARCH_X86_64",
        "x86" => "SCMP_ARCH_X86",
        "aarch64" => "SCMP_ARCH_AARCH64",
        "arm" => "SCMP_ARCH_ARM",
        "riscv64" => "SCMP_ARCH_RISCV64",
        "s390x" => "SCMP_ARCH_S390X",
        "powerpc64" if cfg!(target_endian = "little") => "SCMP_ARCH_PPC64LE",
        "powerpc64" => "SCMP_ARCH_PPC64",
        "loongarch64" => "SCMP_ARCH_LOONGARCH64",
        "mips64" if cfg!(target_endian = "little") => "SCMP_ARCH_MIPSEL64",
        "mips64" => "SCMP_ARCH_MIPS64",
        _ => "SCMP_ARCH_NATIVE",
    }
}

/// Whether an `arches` entry of docker's format (Go or kernel spelling) names this machine.
fn is_native_arch_name(name: &str) -> bool {
    let aliases: &[&str] = match std::env::consts::ARCH {
        "x86_64" => &["amd64", "x86_64"],
        "x86" => &["386", "x86", "i386"],
        "aarch64" => &["arm64", "aarch64"],
        "arm" => &["arm"],
        "riscv64" => &["riscv64"],
        "s390x" => &["s390x"],
        "powerpc64" if cfg!(target_endian = "little") => &["ppc64le"],
        "powerpc64" => &["ppc64"],
        "loongarch64" => &["loong64", "loongarch64"],
        "mips64" if cfg!(target_endian = "little") => &["mips64le"],
        "mips64" => &["mips64"],
        _ => &[],
    };
    aliases.iter().any(|a| a.eq_ignore_ascii_case(name)) || name == native_scmp_arch_name()
}
