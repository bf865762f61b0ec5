//! The spec's device rules (`linux.resources.devices`) in the kernel's terms: lines for the v1
//! devices controller, or, v2 having no devices controller, a BPF_PROG_TYPE_CGROUP_DEVICE
//! program attached to the container's cgroup, which the kernel runs at every mknod and open
//! of a device node.
//!
//! Rules apply in order, a later one overriding an earlier one where both match, as writes to
//! v1's devices.allow and devices.deny do: so the program tries them last to first and the
//! first that matches decides; a device no rule matches is allowed (a new v1 cgroup allows
//! every device, and a spec that means to deny starts with "deny all"). An allow rule matches
//! when it grants every access asked for; a deny rule when it denies any of them.
#![allow(unsafe_code)]

use nix::errno::Errno;
use oci_spec::runtime::{LinuxDeviceCgroup, LinuxDeviceType};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum DevicesError {
    #[error("opening cgroup {path}: {source}")]
    Open {
        path: String,
        source: std::io::Error,
    },
    #[error("loading the device filter (BPF_PROG_LOAD): {errno}{log}")]
    Load { errno: Errno, log: String },
    #[error("attaching the device filter to cgroup {path}: {errno}")]
    Attach { path: String, errno: Errno },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    All,
    Char,
    Block,
}

/// The kernel's access bits (BPF_DEVCG_ACC_*), which v1 spells m, r, w.
const MKNOD: u32 = 1;
const READ: u32 = 2;
const WRITE: u32 = 4;

/// One rule as the kernel sees it; `None` numbers match any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub allow: bool,
    pub kind: Kind,
    pub major: Option<u32>,
    pub minor: Option<u32>,
    pub access: u32,
}

/// The spec's rules; fifo rules are left out (no cgroup controls fifos), an empty access
/// means all three, as in runc.
pub fn rules(spec: &[LinuxDeviceCgroup]) -> Vec<Rule> {
    spec.iter()
        .filter_map(|d| {
            let kind = match d.typ().unwrap_or_default() {
                LinuxDeviceType::A => Kind::All,
                LinuxDeviceType::C | LinuxDeviceType::U => Kind::Char,
                LinuxDeviceType::B => Kind::Block,
                LinuxDeviceType::P => return None,
            };
            let acc = d.access().as_deref().unwrap_or("");
            let mut access = 0;
            for (c, bit) in [('m', MKNOD), ('r', READ), ('w', WRITE)] {
                if acc.contains(c) {
                    access |= bit;
                }
            }
            let num = |n: Option<i64>| n.and_then(|n| u32::try_from(n).ok());
            Some(Rule {
                allow: d.allow(),
                kind,
                major: num(d.major()),
                minor: num(d.minor()),
                access: if access == 0 { 7 } else { access },
            })
        })
        .collect()
}

impl Rule {
    /// The line written to v1's devices.allow or devices.deny ("c 1:3 rwm", "a").
    pub fn v1_line(&self) -> String {
        let n = |n: Option<u32>| n.map_or("*".to_string(), |n| n.to_string());
        let access: String = [('m', MKNOD), ('r', READ), ('w', WRITE)]
            .iter()
            .filter(|(_, b)| self.access & b != 0)
            .map(|(c, _)| *c)
            .collect();
        match self.kind {
            // the kernel reads "a" alone: every device, every access
            Kind::All => "a".to_string(),
            Kind::Char => format!("c {}:{} {access}", n(self.major), n(self.minor)),
            Kind::Block => format!("b {}:{} {access}", n(self.major), n(self.minor)),
        }
    }
}

/// One eBPF instruction (struct bpf_insn).
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Insn {
    code: u8,
    /// dst in the low nibble, src in the high one
    regs: u8,
    off: i16,
    imm: i32,
}

const fn insn(code: u8, dst: u8, src: u8, off: i16, imm: i32) -> Insn {
    Insn {
        code,
        regs: dst | (src << 4),
        off,
        imm,
    }
}

// opcodes: class | size/op | source
const LDX_W: u8 = 0x61; // BPF_LDX | BPF_W | BPF_MEM
const MOV64_X: u8 = 0xbf; // BPF_ALU64 | BPF_MOV | BPF_X
const MOV64_K: u8 = 0xb7; // BPF_ALU64 | BPF_MOV | BPF_K
const RSH64_K: u8 = 0x77; // BPF_ALU64 | BPF_RSH | BPF_K
const AND32_K: u8 = 0x54; // BPF_ALU | BPF_AND | BPF_K
const JNE_K: u8 = 0x55; // BPF_JMP | BPF_JNE | BPF_K
const JEQ_K: u8 = 0x15; // BPF_JMP | BPF_JEQ | BPF_K
const EXIT: u8 = 0x95; // BPF_JMP | BPF_EXIT

// registers: r1 the context (struct bpf_cgroup_dev_ctx: access_type, major, minor, all u32),
// then scratch; r2 the device type, r3 the access asked for, r4 major, r5 minor
const R0: u8 = 0;
const R1: u8 = 1;
const R2: u8 = 2;
const R3: u8 = 3;
const R4: u8 = 4;
const R5: u8 = 5;

/// The program: 1 lets the access happen, 0 makes it fail with EPERM.
pub fn program(rules: &[Rule]) -> Vec<Insn> {
    let mut p = vec![
        insn(LDX_W, R2, R1, 0, 0), // access_type = access << 16 | type
        insn(MOV64_X, R3, R2, 0, 0),
        insn(RSH64_K, R3, 0, 0, 16),
        insn(AND32_K, R2, 0, 0, 0xffff),
        insn(LDX_W, R4, R1, 4, 0),
        insn(LDX_W, R5, R1, 8, 0),
    ];
    for r in rules.iter().rev() {
        // the tests that skip to the next rule; their offsets are set once the block is whole
        let mut block = vec![];
        match r.kind {
            Kind::All => {}
            Kind::Char => block.push(insn(JNE_K, R2, 0, 0, 2)), // BPF_DEVCG_DEV_CHAR
            Kind::Block => block.push(insn(JNE_K, R2, 0, 0, 1)), // BPF_DEVCG_DEV_BLOCK
        }
        if r.access != 7 {
            block.push(insn(MOV64_X, R1, R3, 0, 0));
            if r.allow {
                // asks for something the rule does not grant
                block.push(insn(AND32_K, R1, 0, 0, (!r.access & 7) as i32));
                block.push(insn(JNE_K, R1, 0, 0, 0));
            } else {
                // asks for nothing the rule denies
                block.push(insn(AND32_K, R1, 0, 0, r.access as i32));
                block.push(insn(JEQ_K, R1, 0, 0, 0));
            }
        }
        if let Some(m) = r.major {
            block.push(insn(JNE_K, R4, 0, 0, m as i32));
        }
        if let Some(m) = r.minor {
            block.push(insn(JNE_K, R5, 0, 0, m as i32));
        }
        let matches_all = block.is_empty();
        block.push(insn(MOV64_K, R0, 0, 0, r.allow as i32));
        block.push(insn(EXIT, 0, 0, 0, 0));
        if matches_all {
            // "deny all" or "allow all": what comes after could never run, and the verifier
            // refuses unreachable instructions
            p.extend(block);
            return p;
        }
        let len = block.len();
        for (i, ins) in block.iter_mut().enumerate() {
            if ins.code == JNE_K || ins.code == JEQ_K {
                ins.off = (len - i - 1) as i16;
            }
        }
        p.extend(block);
    }
    p.push(insn(MOV64_K, R0, 0, 0, 1));
    p.push(insn(EXIT, 0, 0, 0, 0));
    p
}

const BPF_PROG_LOAD: libc::c_long = 5;
const BPF_PROG_ATTACH: libc::c_long = 8;
const BPF_PROG_TYPE_CGROUP_DEVICE: u32 = 15;
const BPF_CGROUP_DEVICE: u32 = 6;
/// other programs (the parent's, systemd's) keep running too: each must allow an access
const BPF_F_ALLOW_MULTI: u32 = 2;

/// The head of union bpf_attr for BPF_PROG_LOAD; the kernel reads the rest as zeros.
#[repr(C)]
#[derive(Default)]
struct ProgLoad {
    prog_type: u32,
    insn_cnt: u32,
    insns: u64,
    license: u64,
    log_level: u32,
    log_size: u32,
    log_buf: u64,
    kern_version: u32,
    prog_flags: u32,
    prog_name: [u8; 16],
}

/// union bpf_attr for BPF_PROG_ATTACH.
#[repr(C)]
#[derive(Default)]
struct ProgAttach {
    target_fd: u32,
    attach_bpf_fd: u32,
    attach_type: u32,
    attach_flags: u32,
    replace_bpf_fd: u32,
}

fn bpf<T>(cmd: libc::c_long, attr: &T) -> Result<libc::c_long, Errno> {
    // SAFETY: `attr` is a repr(C) head of union bpf_attr, valid for its size; the pointers in
    // it point to buffers that outlive the call.
    let r = unsafe {
        libc::syscall(
            libc::SYS_bpf,
            cmd,
            attr as *const T,
            std::mem::size_of::<T>() as libc::c_uint,
        )
    };
    if r < 0 {
        Err(Errno::last())
    } else {
        Ok(r)
    }
}

/// Load the program (once more with the verifier's log if it is refused).
fn load(insns: &[Insn]) -> Result<OwnedFd, DevicesError> {
    let license = c"Apache-2.0";
    let mut name = [0u8; 16];
    name[..11].copy_from_slice(b"rcon_device");
    let mut attr = ProgLoad {
        prog_type: BPF_PROG_TYPE_CGROUP_DEVICE,
        insn_cnt: insns.len() as u32,
        insns: insns.as_ptr() as u64,
        license: license.as_ptr() as u64,
        prog_name: name,
        ..Default::default()
    };
    let errno = match bpf(BPF_PROG_LOAD, &attr) {
        // SAFETY: the kernel returned a new fd that nothing else owns.
        Ok(fd) => return Ok(unsafe { OwnedFd::from_raw_fd(fd as i32) }),
        Err(e) => e,
    };
    let mut log = vec![0u8; 64 * 1024];
    attr.log_level = 1;
    attr.log_size = log.len() as u32;
    attr.log_buf = log.as_mut_ptr() as u64;
    // again, only for the verifier's log: the error is the first load's
    let _ = bpf(BPF_PROG_LOAD, &attr);
    let end = log.iter().position(|&b| b == 0).unwrap_or(0);
    let text = String::from_utf8_lossy(&log[..end]);
    let log = match text.trim() {
        "" => String::new(),
        t => format!(": {}", t.replace('\n', "; ")),
    };
    Err(DevicesError::Load { errno, log })
}

/// Load the program for `rules` and attach it to the cgroup `dir`, where it stays until the
/// cgroup is removed. Needs CAP_SYS_ADMIN in the initial user namespace.
pub fn attach(dir: &Path, rules: &[Rule]) -> Result<(), DevicesError> {
    let cg = std::fs::File::open(dir).map_err(|source| DevicesError::Open {
        path: dir.display().to_string(),
        source,
    })?;
    let prog = load(&program(rules))?;
    let attr = ProgAttach {
        target_fd: cg.as_raw_fd() as u32,
        attach_bpf_fd: prog.as_raw_fd() as u32,
        attach_type: BPF_CGROUP_DEVICE,
        attach_flags: BPF_F_ALLOW_MULTI,
        ..Default::default()
    };
    bpf(BPF_PROG_ATTACH, &attr).map_err(|errno| DevicesError::Attach {
        path: dir.display().to_string(),
        errno,
    })?;
    Ok(())
}

#[cfg(test)]
mod tests;
