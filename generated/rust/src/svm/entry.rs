// SPDX-License-Identifier: MIT
// DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
// (template gen/backends/rust/templates/entry.rs.j2).  Edit the spec and run make.

//! The guest entry: run_guest() (run the guest of a VMCB until its next
//! #VMEXIT) and GuestRegs, from the spec's guest_entry, with the assembler of
//! the C header's svm_entry.S (the same text, in a global_asm! block), 64-bit
//! only.

#[cfg(target_arch = "x86_64")]
use super::SvmFail;

/// The guest's general-purpose registers: run_guest() loads every member into
/// its register before the entry and stores every register into its member
/// after the exit. The guest's RAX and RSP are not here: the CPU loads and
/// saves them itself.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GuestRegs {
    /// bytes 0..7
    pub rcx: u64,
    /// bytes 8..15
    pub rdx: u64,
    /// bytes 16..23
    pub rbx: u64,
    /// bytes 24..31
    pub rbp: u64,
    /// bytes 32..39
    pub rsi: u64,
    /// bytes 40..47
    pub rdi: u64,
    /// bytes 48..55
    pub r8: u64,
    /// bytes 56..63
    pub r9: u64,
    /// bytes 64..71
    pub r10: u64,
    /// bytes 72..79
    pub r11: u64,
    /// bytes 80..87
    pub r12: u64,
    /// bytes 88..95
    pub r13: u64,
    /// bytes 96..103
    pub r14: u64,
    /// bytes 104..111
    pub r15: u64,
}

impl GuestRegs {
    /// Every register 0.
    pub const fn new() -> Self {
        Self {
            rcx: 0,
            rdx: 0,
            rbx: 0,
            rbp: 0,
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
const _: () = assert!(core::mem::size_of::<GuestRegs>() == 112);
const _: () = assert!(core::mem::offset_of!(GuestRegs, rcx) == 0);
const _: () = assert!(core::mem::offset_of!(GuestRegs, rdx) == 8);
const _: () = assert!(core::mem::offset_of!(GuestRegs, rbx) == 16);
const _: () = assert!(core::mem::offset_of!(GuestRegs, rbp) == 24);
const _: () = assert!(core::mem::offset_of!(GuestRegs, rsi) == 32);
const _: () = assert!(core::mem::offset_of!(GuestRegs, rdi) == 40);
const _: () = assert!(core::mem::offset_of!(GuestRegs, r8) == 48);
const _: () = assert!(core::mem::offset_of!(GuestRegs, r9) == 56);
const _: () = assert!(core::mem::offset_of!(GuestRegs, r10) == 64);
const _: () = assert!(core::mem::offset_of!(GuestRegs, r11) == 72);
const _: () = assert!(core::mem::offset_of!(GuestRegs, r12) == 80);
const _: () = assert!(core::mem::offset_of!(GuestRegs, r13) == 88);
const _: () = assert!(core::mem::offset_of!(GuestRegs, r14) == 96);
const _: () = assert!(core::mem::offset_of!(GuestRegs, r15) == 104);

#[cfg(target_arch = "x86_64")]
extern "C" {
    fn vmxgen_rust_svm_run_guest(regs: *mut GuestRegs, vmcb_pa: u64) -> u32;
}

/// Runs the guest until its next exit: saves the host's callee-saved registers
/// (RBX, RBP, R12, R13, R14, R15), loads the 14 registers of `regs`, then
/// VMRUN. When the guest exits, it stores the registers back into `regs`,
/// clears them and restores the host's.
///
/// The host's state that VMRUN does not save (FS, GS, TR, LDTR, KernelGsBase,
/// STAR/LSTAR/CSTAR/SFMASK, SYSENTER MSRs) is the caller's business:
/// VMSAVE/VMLOAD around the call, as Linux does; so are GIF and interrupts
/// (Linux runs VMRUN between CLGI and STGI).
///
/// With the feature `svm-entry-hooks`, it calls `vmxgen_svm_entry_before()`
/// after the host's registers are saved, just before the guest's are loaded,
/// and `vmxgen_svm_entry_after()` on every way back once the first one ran,
/// after the guest's registers are stored and cleared, before the host's are
/// restored: `extern "C"` functions without arguments that your crate defines
/// (`#[no_mangle]`), the C entry's VMXGEN_ENTRY_BEFORE and VMXGEN_ENTRY_AFTER.
/// That is where a kernel puts its speculation mitigations (SPEC_CTRL, VERW
/// before; RSB filling, SPEC_CTRL after). They may change what a C call may
/// change.
///
/// Returns Ok(()) when the guest ran and exited; Err(SvmFail::Fault) with the
/// fault-hook feature if an instruction faulted. The host's registers are
/// intact after each.
///
/// # Safety
///
/// The CPU must be able to run the guest: SVM enabled (EFER.SVME), the host
/// save area set (VM_HSAVE_PA), a valid VMCB at the address passed; GIF and the
/// state VMRUN does not switch are the caller's. The guest runs with what the
/// caller set up (its memory, its controls): whatever it may do to the host is
/// the caller's to prevent.
#[cfg(target_arch = "x86_64")]
#[inline]
pub unsafe fn run_guest(regs: &mut GuestRegs, vmcb_pa: u64) -> Result<(), SvmFail> {
    status(vmxgen_rust_svm_run_guest(regs, vmcb_pa))
}

/// The raw status the assembler returns (its .set constants, from the same
/// outcomes) as the typed one.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn status(raw: u32) -> Result<(), SvmFail> {
    match raw {
        0 => Ok(()),
        #[cfg(feature = "fault-hook")]
        1 => Err(SvmFail::Fault),
        // SAFETY: the assembler returns no other value.
        _ => unsafe { core::hint::unreachable_unchecked() },
    }
}

// Whether the assembler below calls the hooks and records the fault table.
#[cfg(target_arch = "x86_64")]
const ENTRY_HOOKS: u32 = cfg!(feature = "svm-entry-hooks") as u32;
#[cfg(target_arch = "x86_64")]
const FAULT_HOOK: u32 = cfg!(feature = "fault-hook") as u32;

// The assembler of the C header's svm_entry.S (the same template,
// gen/backends/asm/templates/_entry_body.j2), with this crate's spelling
// of the function symbols, the hooks and the fault table.
#[cfg(target_arch = "x86_64")]
core::arch::global_asm!(
    "/* Offsets in GuestRegs (asserted with offset_of! below). */",
    ".set .LSVM_GUEST_REGS_RCX, 0",
    ".set .LSVM_GUEST_REGS_RDX, 8",
    ".set .LSVM_GUEST_REGS_RBX, 16",
    ".set .LSVM_GUEST_REGS_RBP, 24",
    ".set .LSVM_GUEST_REGS_RSI, 32",
    ".set .LSVM_GUEST_REGS_RDI, 40",
    ".set .LSVM_GUEST_REGS_R8, 48",
    ".set .LSVM_GUEST_REGS_R9, 56",
    ".set .LSVM_GUEST_REGS_R10, 64",
    ".set .LSVM_GUEST_REGS_R11, 72",
    ".set .LSVM_GUEST_REGS_R12, 80",
    ".set .LSVM_GUEST_REGS_R13, 88",
    ".set .LSVM_GUEST_REGS_R14, 96",
    ".set .LSVM_GUEST_REGS_R15, 104",
    ".set .LSVM_GUEST_REGS_SIZE, 112",
    "/* the raw status: Ok, or the value() of the SvmFail */",
    ".set .LSVM_OK, 0",
    ".set .LSVM_FAULT, 1",
    ".pushsection .text.vmxgen_rust_svm_run_guest, \"ax\", @progbits",
    "/*",
    " * extern \"C\" fn vmxgen_rust_svm_run_guest(regs: *mut GuestRegs, vmcb_pa: u64) -> u32",
    " *",
    " * regs in %rdi",
    " * vmcb_pa in %rsi, kept in %rbx across the hook",
    " * Frame: RBP, R15, R14, R13, R12, RBX, then @regs at (%rsp).",
    " */",
    ".globl vmxgen_rust_svm_run_guest",
    ".hidden vmxgen_rust_svm_run_guest",
    ".type vmxgen_rust_svm_run_guest, @function",
    ".p2align 4",
    "vmxgen_rust_svm_run_guest:",
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
    "\tcall vmxgen_svm_entry_before",
    ".endif",
    "\t/* The guest's registers, the struct pointer's own last. */",
    "\tmov %rbx, %rax",
    "\tmov (%rsp), %rcx",
    "\tmov .LSVM_GUEST_REGS_RDX(%rcx), %rdx",
    "\tmov .LSVM_GUEST_REGS_RBX(%rcx), %rbx",
    "\tmov .LSVM_GUEST_REGS_RBP(%rcx), %rbp",
    "\tmov .LSVM_GUEST_REGS_RSI(%rcx), %rsi",
    "\tmov .LSVM_GUEST_REGS_RDI(%rcx), %rdi",
    "\tmov .LSVM_GUEST_REGS_R8(%rcx), %r8",
    "\tmov .LSVM_GUEST_REGS_R9(%rcx), %r9",
    "\tmov .LSVM_GUEST_REGS_R10(%rcx), %r10",
    "\tmov .LSVM_GUEST_REGS_R11(%rcx), %r11",
    "\tmov .LSVM_GUEST_REGS_R12(%rcx), %r12",
    "\tmov .LSVM_GUEST_REGS_R13(%rcx), %r13",
    "\tmov .LSVM_GUEST_REGS_R14(%rcx), %r14",
    "\tmov .LSVM_GUEST_REGS_R15(%rcx), %r15",
    "\tmov .LSVM_GUEST_REGS_RCX(%rcx), %rcx",
    ".Lsvm_enter:",
    "\tvmrun",
    "\t/* The guest exited: back here with the host's RAX, RSP, the rest as the guest left them. */",
    "\tmov (%rsp), %rax",
    "\tmov %rcx, .LSVM_GUEST_REGS_RCX(%rax)",
    "\tmov %rdx, .LSVM_GUEST_REGS_RDX(%rax)",
    "\tmov %rbx, .LSVM_GUEST_REGS_RBX(%rax)",
    "\tmov %rbp, .LSVM_GUEST_REGS_RBP(%rax)",
    "\tmov %rsi, .LSVM_GUEST_REGS_RSI(%rax)",
    "\tmov %rdi, .LSVM_GUEST_REGS_RDI(%rax)",
    "\tmov %r8, .LSVM_GUEST_REGS_R8(%rax)",
    "\tmov %r9, .LSVM_GUEST_REGS_R9(%rax)",
    "\tmov %r10, .LSVM_GUEST_REGS_R10(%rax)",
    "\tmov %r11, .LSVM_GUEST_REGS_R11(%rax)",
    "\tmov %r12, .LSVM_GUEST_REGS_R12(%rax)",
    "\tmov %r13, .LSVM_GUEST_REGS_R13(%rax)",
    "\tmov %r14, .LSVM_GUEST_REGS_R14(%rax)",
    "\tmov %r15, .LSVM_GUEST_REGS_R15(%rax)",
    "\tmov $.LSVM_OK, %ebx",
    ".Lsvm_back:",
    "\t/* No guest value outlives the entry, not even speculatively. */",
    "\txor %ecx, %ecx",
    "\txor %edx, %edx",
    "\txor %ebp, %ebp",
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
    "\tcall vmxgen_svm_entry_after",
    ".endif",
    ".Lsvm_restore:",
    "\tmov %ebx, %eax",
    "\tadd $8, %rsp",
    "\tpop %rbx",
    "\tpop %r12",
    "\tpop %r13",
    "\tpop %r14",
    "\tpop %r15",
    "\tpop %rbp",
    "\tret",
    ".if {fault_hook}",
    ".Lsvm_entry_fault:",
    "\tmov $.LSVM_FAULT, %ebx",
    "\tjmp .Lsvm_back",
    ".pushsection vmxgen_fault_table, \"a\"",
    ".balign 4",
    ".long .Lsvm_enter - ., .Lsvm_entry_fault - .",
    ".popsection",
    ".endif",
    ".size vmxgen_rust_svm_run_guest, . - vmxgen_rust_svm_run_guest",
    ".popsection",
    entry_hooks = const ENTRY_HOOKS,
    fault_hook = const FAULT_HOOK,
    options(att_syntax),
);
