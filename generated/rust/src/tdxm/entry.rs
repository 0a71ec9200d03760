// SPDX-License-Identifier: MIT
// DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
// (template gen/backends/rust/templates/entry.rs.j2).  Edit the spec and run make.

//! The guest entry: vp_enter() (run a TD VCPU until its next TD exit
//! (TDH.VP.ENTER)) and VpEnterRegs, from the spec's guest_entry, with the
//! assembler of the C header's tdxm_entry.S (the same text, in a global_asm!
//! block), 64-bit only.


/// The guest's general-purpose registers: vp_enter() loads every member into
/// its register before the entry and stores every register into its member
/// after the exit. The guest's RSP and RBP are not here: the CPU loads and
/// saves them itself. Nor is RAX, which holds the leaf in and the status out:
/// the function returns it.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct VpEnterRegs {
    /// bytes 0..7
    pub rcx: u64,
    /// bytes 8..15
    pub rdx: u64,
    /// bytes 16..23
    pub rbx: u64,
    /// bytes 24..31
    pub rsi: u64,
    /// bytes 32..39
    pub rdi: u64,
    /// bytes 40..47
    pub r8: u64,
    /// bytes 48..55
    pub r9: u64,
    /// bytes 56..63
    pub r10: u64,
    /// bytes 64..71
    pub r11: u64,
    /// bytes 72..79
    pub r12: u64,
    /// bytes 80..87
    pub r13: u64,
    /// bytes 88..95
    pub r14: u64,
    /// bytes 96..103
    pub r15: u64,
}

impl VpEnterRegs {
    /// Every register 0.
    pub const fn new() -> Self {
        Self {
            rcx: 0,
            rdx: 0,
            rbx: 0,
            rsi: 0,
            rdi: 0,
            r8: 0,
            r9: 0,
            r10: 0,
            r11: 0,
            r12: 0,
            r13: 0,
            r14: 0,
            r15: 0,
        }
    }
}

// The offsets the assembler below uses (its .set constants, from the same
// facts), checked against the struct.
const _: () = assert!(core::mem::size_of::<VpEnterRegs>() == 104);
const _: () = assert!(core::mem::offset_of!(VpEnterRegs, rcx) == 0);
const _: () = assert!(core::mem::offset_of!(VpEnterRegs, rdx) == 8);
const _: () = assert!(core::mem::offset_of!(VpEnterRegs, rbx) == 16);
const _: () = assert!(core::mem::offset_of!(VpEnterRegs, rsi) == 24);
const _: () = assert!(core::mem::offset_of!(VpEnterRegs, rdi) == 32);
const _: () = assert!(core::mem::offset_of!(VpEnterRegs, r8) == 40);
const _: () = assert!(core::mem::offset_of!(VpEnterRegs, r9) == 48);
const _: () = assert!(core::mem::offset_of!(VpEnterRegs, r10) == 56);
const _: () = assert!(core::mem::offset_of!(VpEnterRegs, r11) == 64);
const _: () = assert!(core::mem::offset_of!(VpEnterRegs, r12) == 72);
const _: () = assert!(core::mem::offset_of!(VpEnterRegs, r13) == 80);
const _: () = assert!(core::mem::offset_of!(VpEnterRegs, r14) == 88);
const _: () = assert!(core::mem::offset_of!(VpEnterRegs, r15) == 96);

#[cfg(target_arch = "x86_64")]
extern "C" {
    fn vmxgen_rust_tdxm_vp_enter(regs: *mut VpEnterRegs, vcpu: u64) -> u64;
}

/// Runs the guest until its next exit: saves the host's callee-saved registers
/// (RBX, RBP, R12, R13, R14, R15), loads the 13 registers of `regs`, then
/// SEAMCALL. When the guest exits, it stores the registers back into `regs`,
/// clears them and restores the host's.
///
/// The struct holds what the TD exit hands back (after a TDG.VP.VMCALL: the
/// TD's registers its GPR_SELECT exposes, zero for the others; after another
/// exit: RCX the exit qualification, RDX the extended one, R8 a GPA, R9 the
/// interruption information, the rest zero) and, on the next call after a
/// TDG.VP.VMCALL, what the TD gets back in the registers it exposed. The
/// returned status is TDH.VP.ENTER's RAX (the exit reason in bits 31:0 of a
/// TDX_SUCCESS-class status), TDX_SEAMCALL_VMFAILINVALID when no module
/// answered. The module must keep RBP (TDX_FEATURES0.NO_RBP_MOD, bit 18, as
/// Linux requires); XMM registers a TDG.VP.VMCALL exposes are not handled. Call
/// it with interrupts disabled, as KVM does.
///
/// With the feature `tdxm-entry-hooks`, it calls `vmxgen_tdxm_entry_before()`
/// after the host's registers are saved, just before the guest's are loaded,
/// and `vmxgen_tdxm_entry_after()` on every way back once the first one ran,
/// after the guest's registers are stored and cleared, before the host's are
/// restored: `extern "C"` functions without arguments that your crate defines
/// (`#[no_mangle]`), the C entry's VMXGEN_ENTRY_BEFORE and VMXGEN_ENTRY_AFTER.
/// That is where a kernel puts its speculation mitigations (SPEC_CTRL, VERW
/// before; RSB filling, SPEC_CTRL after). They may change what a C call may
/// change.
///
/// Returns what RAX holds when SEAMCALL comes back (the status of the exit);
/// 0x8000ff00ffff0000 if it set CF (VMfailInvalid: no TDX module to call), with
/// `regs` unchanged; 0x8000ff0000000000 if it faulted and the fault hook is in
/// use, with `regs` unchanged. The host's registers are intact after each.
///
/// # Safety
///
/// The CPU must be able to run the guest: VMX root operation on a platform
/// whose TDX module is initialized, TDH.SYS.LP.INIT done on this CPU, a TD VCPU
/// that TDH.VP.INIT initialized at the TDVPR address passed, interrupts
/// disabled; the state besides the general-purpose registers that TDH.VP.ENTER
/// changes (the ABI lists it) is the caller's to restore. The guest runs with
/// what the caller set up (its memory, its controls): whatever it may do to the
/// host is the caller's to prevent.
#[cfg(target_arch = "x86_64")]
#[inline]
pub unsafe fn vp_enter(regs: &mut VpEnterRegs, vcpu: u64) -> u64 {
    vmxgen_rust_tdxm_vp_enter(regs, vcpu)
}

// Whether the assembler below calls the hooks and records the fault table.
#[cfg(target_arch = "x86_64")]
const ENTRY_HOOKS: u32 = cfg!(feature = "tdxm-entry-hooks") as u32;
#[cfg(target_arch = "x86_64")]
const FAULT_HOOK: u32 = cfg!(feature = "fault-hook") as u32;

// The assembler of the C header's tdxm_entry.S (the same template,
// gen/backends/asm/templates/_entry_body.j2), with this crate's spelling
// of the function symbols, the hooks and the fault table.
#[cfg(target_arch = "x86_64")]
core::arch::global_asm!(
    "/* Offsets in VpEnterRegs (asserted with offset_of! below). */",
    ".set .LTDXM_VP_ENTER_REGS_RCX, 0",
    ".set .LTDXM_VP_ENTER_REGS_RDX, 8",
    ".set .LTDXM_VP_ENTER_REGS_RBX, 16",
    ".set .LTDXM_VP_ENTER_REGS_RSI, 24",
    ".set .LTDXM_VP_ENTER_REGS_RDI, 32",
    ".set .LTDXM_VP_ENTER_REGS_R8, 40",
    ".set .LTDXM_VP_ENTER_REGS_R9, 48",
    ".set .LTDXM_VP_ENTER_REGS_R10, 56",
    ".set .LTDXM_VP_ENTER_REGS_R11, 64",
    ".set .LTDXM_VP_ENTER_REGS_R12, 72",
    ".set .LTDXM_VP_ENTER_REGS_R13, 80",
    ".set .LTDXM_VP_ENTER_REGS_R14, 88",
    ".set .LTDXM_VP_ENTER_REGS_R15, 96",
    ".set .LTDXM_VP_ENTER_REGS_SIZE, 104",
    "/* the raw status: Ok, or the value() of the TdxmFail */",
    ".set .LVMXGEN_RUST_TDXM_VP_ENTER_CF, 0x8000ff00ffff0000",
    ".set .LVMXGEN_RUST_TDXM_VP_ENTER_FAULT, 0x8000ff0000000000",
    ".pushsection .text.vmxgen_rust_tdxm_vp_enter, \"ax\", @progbits",
    "/*",
    " * extern \"C\" fn vmxgen_rust_tdxm_vp_enter(regs: *mut VpEnterRegs, vcpu: u64) -> u64",
    " *",
    " * regs in %rdi",
    " * vcpu in %rsi, kept in %rbx across the hook",
    " * Frame: RBP, R15, R14, R13, R12, RBX, then @regs at (%rsp).",
    " */",
    ".globl vmxgen_rust_tdxm_vp_enter",
    ".hidden vmxgen_rust_tdxm_vp_enter",
    ".type vmxgen_rust_tdxm_vp_enter, @function",
    ".p2align 4",
    "vmxgen_rust_tdxm_vp_enter:",
    "\tpush %rbp",
    "\tmov %rsp, %rbp",
    "\tpush %r15",
    "\tpush %r14",
    "\tpush %r13",
    "\tpush %r12",
    "\tpush %rbx",
    "\tmov %rsi, %rbx",
    "\tpush %rdi",
    ".if {entry_hooks}",
    "\tcall vmxgen_tdxm_entry_before",
    ".endif",
    "\t/* The guest's registers, the struct pointer's own last. */",
    "\tmov %rbx, %rcx",
    "\tmov $0x00, %rax",
    "\tmov (%rsp), %rdx",
    "\tmov .LTDXM_VP_ENTER_REGS_RBX(%rdx), %rbx",
    "\tmov .LTDXM_VP_ENTER_REGS_RSI(%rdx), %rsi",
    "\tmov .LTDXM_VP_ENTER_REGS_RDI(%rdx), %rdi",
    "\tmov .LTDXM_VP_ENTER_REGS_R8(%rdx), %r8",
    "\tmov .LTDXM_VP_ENTER_REGS_R9(%rdx), %r9",
    "\tmov .LTDXM_VP_ENTER_REGS_R10(%rdx), %r10",
    "\tmov .LTDXM_VP_ENTER_REGS_R11(%rdx), %r11",
    "\tmov .LTDXM_VP_ENTER_REGS_R12(%rdx), %r12",
    "\tmov .LTDXM_VP_ENTER_REGS_R13(%rdx), %r13",
    "\tmov .LTDXM_VP_ENTER_REGS_R14(%rdx), %r14",
    "\tmov .LTDXM_VP_ENTER_REGS_R15(%rdx), %r15",
    "\tmov .LTDXM_VP_ENTER_REGS_RDX(%rdx), %rdx",
    ".Ltdxm_enter:",
    "\tseamcall",
    "\tjc .Ltdxm_entry_failed",
    "\t/* The guest exited: back here with the status in RAX, the host's RSP, RBP, the rest as the exit left them. */",
    "\tpush %rcx",
    "\tmov 8(%rsp), %rcx",
    "\tpop .LTDXM_VP_ENTER_REGS_RCX(%rcx)",
    "\tmov %rdx, .LTDXM_VP_ENTER_REGS_RDX(%rcx)",
    "\tmov %rbx, .LTDXM_VP_ENTER_REGS_RBX(%rcx)",
    "\tmov %rsi, .LTDXM_VP_ENTER_REGS_RSI(%rcx)",
    "\tmov %rdi, .LTDXM_VP_ENTER_REGS_RDI(%rcx)",
    "\tmov %r8, .LTDXM_VP_ENTER_REGS_R8(%rcx)",
    "\tmov %r9, .LTDXM_VP_ENTER_REGS_R9(%rcx)",
    "\tmov %r10, .LTDXM_VP_ENTER_REGS_R10(%rcx)",
    "\tmov %r11, .LTDXM_VP_ENTER_REGS_R11(%rcx)",
    "\tmov %r12, .LTDXM_VP_ENTER_REGS_R12(%rcx)",
    "\tmov %r13, .LTDXM_VP_ENTER_REGS_R13(%rcx)",
    "\tmov %r14, .LTDXM_VP_ENTER_REGS_R14(%rcx)",
    "\tmov %r15, .LTDXM_VP_ENTER_REGS_R15(%rcx)",
    "\tmov %rax, %rbx",
    ".Ltdxm_back:",
    "\t/* No guest value outlives the entry, not even speculatively. */",
    "\txor %ecx, %ecx",
    "\txor %edx, %edx",
    "\txor %esi, %esi",
    "\txor %edi, %edi",
    "\txor %r8d, %r8d",
    "\txor %r9d, %r9d",
    "\txor %r10d, %r10d",
    "\txor %r11d, %r11d",
    "\txor %r12d, %r12d",
    "\txor %r13d, %r13d",
    "\txor %r14d, %r14d",
    "\txor %r15d, %r15d",
    ".if {entry_hooks}",
    "\tcall vmxgen_tdxm_entry_after",
    ".endif",
    ".Ltdxm_restore:",
    "\tmov %rbx, %rax",
    "\tadd $8, %rsp",
    "\tpop %rbx",
    "\tpop %r12",
    "\tpop %r13",
    "\tpop %r14",
    "\tpop %r15",
    "\tpop %rbp",
    "\tret",
    ".Ltdxm_entry_failed:",
    "\t/* VMXGEN_RUST_TDXM_VP_ENTER_CF: nothing ran, *regs unchanged. */",
    "\tmovabs $.LVMXGEN_RUST_TDXM_VP_ENTER_CF, %rbx",
    "\tjmp .Ltdxm_back",
    ".if {fault_hook}",
    ".Ltdxm_entry_fault:",
    "\tmovabs $.LVMXGEN_RUST_TDXM_VP_ENTER_FAULT, %rbx",
    "\tjmp .Ltdxm_back",
    ".pushsection vmxgen_fault_table, \"a\"",
    ".balign 4",
    ".long .Ltdxm_enter - ., .Ltdxm_entry_fault - .",
    ".popsection",
    ".endif",
    ".size vmxgen_rust_tdxm_vp_enter, . - vmxgen_rust_tdxm_vp_enter",
    ".popsection",
    entry_hooks = const ENTRY_HOOKS,
    fault_hook = const FAULT_HOOK,
    options(att_syntax),
);
