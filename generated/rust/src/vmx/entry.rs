// SPDX-License-Identifier: MIT
// DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
// (template gen/backends/rust/templates/entry.rs.j2).  Edit the spec and run make.

//! The guest entry: run_guest() (run the guest of the current VMCS until its
//! next VM exit) and GuestRegs, from the spec's guest_entry, with the assembler
//! of the C header's vmx_entry.S (the same text, in a global_asm! block),
//! 64-bit only.

#[cfg(target_arch = "x86_64")]
use super::VmFail;

/// The guest's general-purpose registers: run_guest() loads every member into
/// its register before the entry and stores every register into its member
/// after the exit. The guest's RSP is not here: the CPU loads and saves it
/// itself.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GuestRegs {
    /// bytes 0..7
    pub rax: u64,
    /// bytes 8..15
    pub rcx: u64,
    /// bytes 16..23
    pub rdx: u64,
    /// bytes 24..31
    pub rbx: u64,
    /// bytes 32..39
    pub rbp: u64,
    /// bytes 40..47
    pub rsi: u64,
    /// bytes 48..55
    pub rdi: u64,
    /// bytes 56..63
    pub r8: u64,
    /// bytes 64..71
    pub r9: u64,
    /// bytes 72..79
    pub r10: u64,
    /// bytes 80..87
    pub r11: u64,
    /// bytes 88..95
    pub r12: u64,
    /// bytes 96..103
    pub r13: u64,
    /// bytes 104..111
    pub r14: u64,
    /// bytes 112..119
    pub r15: u64,
}

impl GuestRegs {
    /// Every register 0.
    pub const fn new() -> Self {
        Self {
            rax: 0,
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
const _: () = assert!(core::mem::size_of::<GuestRegs>() == 120);
const _: () = assert!(core::mem::offset_of!(GuestRegs, rax) == 0);
const _: () = assert!(core::mem::offset_of!(GuestRegs, rcx) == 8);
const _: () = assert!(core::mem::offset_of!(GuestRegs, rdx) == 16);
const _: () = assert!(core::mem::offset_of!(GuestRegs, rbx) == 24);
const _: () = assert!(core::mem::offset_of!(GuestRegs, rbp) == 32);
const _: () = assert!(core::mem::offset_of!(GuestRegs, rsi) == 40);
const _: () = assert!(core::mem::offset_of!(GuestRegs, rdi) == 48);
const _: () = assert!(core::mem::offset_of!(GuestRegs, r8) == 56);
const _: () = assert!(core::mem::offset_of!(GuestRegs, r9) == 64);
const _: () = assert!(core::mem::offset_of!(GuestRegs, r10) == 72);
const _: () = assert!(core::mem::offset_of!(GuestRegs, r11) == 80);
const _: () = assert!(core::mem::offset_of!(GuestRegs, r12) == 88);
const _: () = assert!(core::mem::offset_of!(GuestRegs, r13) == 96);
const _: () = assert!(core::mem::offset_of!(GuestRegs, r14) == 104);
const _: () = assert!(core::mem::offset_of!(GuestRegs, r15) == 112);

/// What the current VMCS holds in VMCS_HOST_RSP as far as the caller knows: one
/// per VMCS, new() (nothing written yet) before its first entry. run_guest()
/// writes the field (VMWRITE) only when its stack pointer is not the one
/// cached, and then updates the cache, as KVM keeps it in its loaded_vmcs; so
/// an entry from the same stack depth as the last one on that VMCS writes
/// nothing.
#[repr(transparent)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HostRsp(usize);

impl HostRsp {
    /// For a VMCS no entry ran on yet.
    pub const fn new() -> Self {
        Self(0)
    }
}

#[cfg(target_arch = "x86_64")]
extern "C" {
    fn vmxgen_rust_vmx_run_guest(regs: *mut GuestRegs, launched: bool, host_rsp: *mut HostRsp) -> u32;
    fn vmxgen_rust_vmx_run_guest_init_vmcs() -> u32;
}

/// Runs the guest of the current VMCS until its next exit: saves the host's
/// callee-saved registers (RBX, RBP, R12, R13, R14, R15), writes VMCS_HOST_RSP
/// with VMWRITE if its stack pointer is not `host_rsp`, then updates it, loads
/// the 15 registers of `regs`, then VMRESUME if `launched`, else VMLAUNCH. When
/// the guest exits, it stores the registers back into `regs`, clears them and
/// restores the host's.
///
/// Where the exit resumes, VMCS_HOST_RIP, is written once per VMCS by
/// [`run_guest_init_vmcs`], which must have run on the current VMCS before the
/// first call.
///
/// A VM entry that fails in its checks of the guest state, or while loading it,
/// is a VM exit with bit 31 of the exit reason set: the guest did not run, but
/// the function returns VMX_SUCCEED and the exit reason in the VMCS says what
/// failed (SDM Section 27.8). A VM exit clears RFLAGS but for bit 1 (Section
/// 28.5.3), IF too: call it with interrupts disabled, as KVM does.
///
/// With the feature `vmx-entry-hooks`, it calls `vmxgen_vmx_entry_before()`
/// after the host's registers are saved and the VMCS field written, just before
/// the guest's are loaded, and `vmxgen_vmx_entry_after()` on every way back
/// once the first one ran, after the guest's registers are stored and cleared,
/// before the host's are restored: `extern "C"` functions without arguments
/// that your crate defines (`#[no_mangle]`), the C entry's VMXGEN_ENTRY_BEFORE
/// and VMXGEN_ENTRY_AFTER. That is where a kernel puts its speculation
/// mitigations (SPEC_CTRL, VERW before; RSB filling, SPEC_CTRL after). They may
/// change what a C call may change.
///
/// Returns Ok(()) when the guest ran and exited; VMfailValid or VMfailInvalid
/// of VMRESUME/VMLAUNCH or of the VMWRITE before it as Err, with `regs` and
/// `host_rsp` untouched; Err(VmFail::Fault) with the fault-hook feature if an
/// instruction faulted. The host's registers are intact after each.
///
/// # Safety
///
/// The CPU must be able to run the guest: VMX operation, the VMCS current and
/// complete, the entry's init function (which writes HOST_RIP) run on it, and
/// the cache of HOST_RSP passed that VMCS's own. The guest runs with what the
/// caller set up (its memory, its controls): whatever it may do to the host is
/// the caller's to prevent.
#[cfg(target_arch = "x86_64")]
#[inline]
pub unsafe fn run_guest(regs: &mut GuestRegs, launched: bool, host_rsp: &mut HostRsp) -> Result<(), VmFail> {
    status(vmxgen_rust_vmx_run_guest(regs, launched, host_rsp))
}

/// Writes VMCS_HOST_RIP of the current VMCS with VMWRITE: the address in
/// run_guest() where its exits resume, the same for every call. Call it once
/// per VMCS, after making it current and before its first run_guest().
///
/// Returns Ok(()), or VMfailValid or VMfailInvalid of the VMWRITE as Err,
/// Err(VmFail::Fault) with the fault-hook feature if it faulted.
///
/// # Safety
///
/// VMX operation and a current VMCS, which this changes.
#[cfg(target_arch = "x86_64")]
#[inline]
pub unsafe fn run_guest_init_vmcs() -> Result<(), VmFail> {
    status(vmxgen_rust_vmx_run_guest_init_vmcs())
}

/// The raw status the assembler returns (its .set constants, from the same
/// outcomes) as the typed one.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn status(raw: u32) -> Result<(), VmFail> {
    match raw {
        0 => Ok(()),
        1 => Err(VmFail::Valid),
        2 => Err(VmFail::Invalid),
        #[cfg(feature = "fault-hook")]
        3 => Err(VmFail::Fault),
        // SAFETY: the assembler returns no other value.
        _ => unsafe { core::hint::unreachable_unchecked() },
    }
}

// Whether the assembler below calls the hooks and records the fault table.
#[cfg(target_arch = "x86_64")]
const ENTRY_HOOKS: u32 = cfg!(feature = "vmx-entry-hooks") as u32;
#[cfg(target_arch = "x86_64")]
const FAULT_HOOK: u32 = cfg!(feature = "fault-hook") as u32;

// The assembler of the C header's vmx_entry.S (the same template,
// gen/backends/asm/templates/_entry_body.j2), with this crate's spelling
// of the function symbols, the hooks and the fault table.
#[cfg(target_arch = "x86_64")]
core::arch::global_asm!(
    "/* Offsets in GuestRegs (asserted with offset_of! below). */",
    ".set .LVMX_GUEST_REGS_RAX, 0",
    ".set .LVMX_GUEST_REGS_RCX, 8",
    ".set .LVMX_GUEST_REGS_RDX, 16",
    ".set .LVMX_GUEST_REGS_RBX, 24",
    ".set .LVMX_GUEST_REGS_RBP, 32",
    ".set .LVMX_GUEST_REGS_RSI, 40",
    ".set .LVMX_GUEST_REGS_RDI, 48",
    ".set .LVMX_GUEST_REGS_R8, 56",
    ".set .LVMX_GUEST_REGS_R9, 64",
    ".set .LVMX_GUEST_REGS_R10, 72",
    ".set .LVMX_GUEST_REGS_R11, 80",
    ".set .LVMX_GUEST_REGS_R12, 88",
    ".set .LVMX_GUEST_REGS_R13, 96",
    ".set .LVMX_GUEST_REGS_R14, 104",
    ".set .LVMX_GUEST_REGS_R15, 112",
    ".set .LVMX_GUEST_REGS_SIZE, 120",
    "/* the raw status: Ok, or the value() of the VmFail */",
    ".set .LVMX_SUCCEED, 0",
    ".set .LVMX_FAIL_VALID, 1",
    ".set .LVMX_FAIL_INVALID, 2",
    ".set .LVMX_FAULT, 3",
    "/* The VMCS fields the entry writes: the first when it changed, the second once per VMCS. */",
    ".set .LVMCS_HOST_RSP, 0x6c14",
    ".set .LVMCS_HOST_RIP, 0x6c16",
    ".pushsection .text.vmxgen_rust_vmx_run_guest, \"ax\", @progbits",
    "/*",
    " * extern \"C\" fn vmxgen_rust_vmx_run_guest(regs: *mut GuestRegs, launched: bool, host_rsp: *mut HostRsp) -> u32",
    " *",
    " * regs in %rdi",
    " * launched in %rsi, kept in %rbx across the hook",
    " * host_rsp in %rdx, used before the hook",
    " * Frame: RBP, R15, R14, R13, R12, RBX, then @regs at (%rsp), the stack pointer the exit resumes with.",
    " */",
    ".globl vmxgen_rust_vmx_run_guest",
    ".hidden vmxgen_rust_vmx_run_guest",
    ".type vmxgen_rust_vmx_run_guest, @function",
    ".p2align 4",
    "vmxgen_rust_vmx_run_guest:",
    "\tpush %rbp",
    "\tmov %rsp, %rbp",
    "\tpush %r15",
    "\tpush %r14",
    "\tpush %r13",
    "\tpush %r12",
    "\tpush %rbx",
    "\tmovzbl %sil, %ebx",
    "\tpush %rdi",
    "\t/*",
    "\t * The exit resumes with this stack pointer: written (out of line)",
    "\t * only if the current VMCS holds another one.",
    "\t */",
    "\tcmp %rsp, (%rdx)",
    "\tjne .Lvmx_update_stack",
    ".Lvmx_stack_ready:",
    ".if {entry_hooks}",
    "\tcall vmxgen_vmx_entry_before",
    ".endif",
    "\t/* The guest's registers, the struct pointer's own last. */",
    "\tmov (%rsp), %rax",
    "\ttest %ebx, %ebx",
    "\tmov .LVMX_GUEST_REGS_RCX(%rax), %rcx",
    "\tmov .LVMX_GUEST_REGS_RDX(%rax), %rdx",
    "\tmov .LVMX_GUEST_REGS_RBX(%rax), %rbx",
    "\tmov .LVMX_GUEST_REGS_RBP(%rax), %rbp",
    "\tmov .LVMX_GUEST_REGS_RSI(%rax), %rsi",
    "\tmov .LVMX_GUEST_REGS_RDI(%rax), %rdi",
    "\tmov .LVMX_GUEST_REGS_R8(%rax), %r8",
    "\tmov .LVMX_GUEST_REGS_R9(%rax), %r9",
    "\tmov .LVMX_GUEST_REGS_R10(%rax), %r10",
    "\tmov .LVMX_GUEST_REGS_R11(%rax), %r11",
    "\tmov .LVMX_GUEST_REGS_R12(%rax), %r12",
    "\tmov .LVMX_GUEST_REGS_R13(%rax), %r13",
    "\tmov .LVMX_GUEST_REGS_R14(%rax), %r14",
    "\tmov .LVMX_GUEST_REGS_R15(%rax), %r15",
    "\tmov .LVMX_GUEST_REGS_RAX(%rax), %rax",
    "\tjz .Lvmx_enter",
    "\t/* On success the CPU goes on at .Lvmx_exit: see the hint there. */",
    ".Lvmx_resume:",
    "\tvmresume",
    "\tjmp .Lvmx_entry_failed",
    ".Lvmx_enter:",
    "\tvmlaunch",
    ".Lvmx_entry_failed:",
    "\t/* VMX_FAIL_INVALID, VMX_FAIL_VALID: *regs unchanged. */",
    "\tmov $.LVMX_FAIL_INVALID, %ebx",
    "\tmov $.LVMX_FAIL_VALID, %ecx",
    "\tcmovz %ecx, %ebx",
    "\tjmp .Lvmx_back",
    ".Lvmx_exit:",
    "\t/* A VM exit: RSP and RIP from the VMCS, the rest as the guest left them. */",
    "\tpush %rax",
    "\tmov 8(%rsp), %rax",
    "\tpop .LVMX_GUEST_REGS_RAX(%rax)",
    "\tmov %rcx, .LVMX_GUEST_REGS_RCX(%rax)",
    "\tmov %rdx, .LVMX_GUEST_REGS_RDX(%rax)",
    "\tmov %rbx, .LVMX_GUEST_REGS_RBX(%rax)",
    "\tmov %rbp, .LVMX_GUEST_REGS_RBP(%rax)",
    "\tmov %rsi, .LVMX_GUEST_REGS_RSI(%rax)",
    "\tmov %rdi, .LVMX_GUEST_REGS_RDI(%rax)",
    "\tmov %r8, .LVMX_GUEST_REGS_R8(%rax)",
    "\tmov %r9, .LVMX_GUEST_REGS_R9(%rax)",
    "\tmov %r10, .LVMX_GUEST_REGS_R10(%rax)",
    "\tmov %r11, .LVMX_GUEST_REGS_R11(%rax)",
    "\tmov %r12, .LVMX_GUEST_REGS_R12(%rax)",
    "\tmov %r13, .LVMX_GUEST_REGS_R13(%rax)",
    "\tmov %r14, .LVMX_GUEST_REGS_R14(%rax)",
    "\tmov %r15, .LVMX_GUEST_REGS_R15(%rax)",
    "\tmov $.LVMX_SUCCEED, %ebx",
    ".Lvmx_back:",
    "\t/* No guest value outlives the entry, not even speculatively. */",
    "\txor %eax, %eax",
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
    "\tcall vmxgen_vmx_entry_after",
    ".endif",
    ".Lvmx_restore:",
    "\tmov %ebx, %eax",
    "\tadd $8, %rsp",
    "\tpop %rbx",
    "\tpop %r12",
    "\tpop %r13",
    "\tpop %r14",
    "\tpop %r15",
    "\tpop %rbp",
    "\tret",
    ".Lvmx_update_stack:",
    "\tmov $.LVMCS_HOST_RSP, %eax",
    ".Lvmx_write_stack:",
    "\tvmwrite %rsp, %rax",
    "\tjna .Lvmx_write_failed",
    "\tmov %rsp, (%rdx)",
    "\tjmp .Lvmx_stack_ready",
    ".Lvmx_write_failed:",
    "\t/* VMX_FAIL_INVALID, VMX_FAIL_VALID: nothing ran, nothing to clear. */",
    "\tmov $.LVMX_FAIL_INVALID, %ebx",
    "\tmov $.LVMX_FAIL_VALID, %ecx",
    "\tcmovz %ecx, %ebx",
    "\tjmp .Lvmx_restore",
    ".if {fault_hook}",
    ".Lvmx_write_fault:",
    "\tmov $.LVMX_FAULT, %ebx",
    "\tjmp .Lvmx_restore",
    ".Lvmx_entry_fault:",
    "\tmov $.LVMX_FAULT, %ebx",
    "\tjmp .Lvmx_back",
    ".pushsection vmxgen_fault_table, \"a\"",
    ".balign 4",
    ".long .Lvmx_write_stack - ., .Lvmx_write_fault - .",
    ".popsection",
    ".pushsection vmxgen_fault_table, \"a\"",
    ".balign 4",
    ".long .Lvmx_resume - ., .Lvmx_entry_fault - .",
    ".popsection",
    ".pushsection vmxgen_fault_table, \"a\"",
    ".balign 4",
    ".long .Lvmx_enter - ., .Lvmx_entry_fault - .",
    ".popsection",
    ".endif",
    ".size vmxgen_rust_vmx_run_guest, . - vmxgen_rust_vmx_run_guest",
    "/*",
    " * extern \"C\" fn vmxgen_rust_vmx_run_guest_init_vmcs() -> u32",
    " *",
    " * VMCS_HOST_RIP of the current VMCS: .Lvmx_exit in vmxgen_rust_vmx_run_guest, once per VMCS.",
    " */",
    ".globl vmxgen_rust_vmx_run_guest_init_vmcs",
    ".hidden vmxgen_rust_vmx_run_guest_init_vmcs",
    ".type vmxgen_rust_vmx_run_guest_init_vmcs, @function",
    ".p2align 4",
    "vmxgen_rust_vmx_run_guest_init_vmcs:",
    "\tlea .Lvmx_exit(%rip), %rdx",
    "\tmov $.LVMCS_HOST_RIP, %eax",
    ".Lvmx_write_resume:",
    "\tvmwrite %rdx, %rax",
    "\tjna .Lvmx_init_failed",
    "\tmov $.LVMX_SUCCEED, %eax",
    "\tret",
    ".Lvmx_init_failed:",
    "\tmov $.LVMX_FAIL_INVALID, %eax",
    "\tmov $.LVMX_FAIL_VALID, %ecx",
    "\tcmovz %ecx, %eax",
    "\tret",
    ".if {fault_hook}",
    ".Lvmx_init_fault:",
    "\tmov $.LVMX_FAULT, %eax",
    "\tret",
    ".pushsection vmxgen_fault_table, \"a\"",
    ".balign 4",
    ".long .Lvmx_write_resume - ., .Lvmx_init_fault - .",
    ".popsection",
    ".endif",
    ".size vmxgen_rust_vmx_run_guest_init_vmcs, . - vmxgen_rust_vmx_run_guest_init_vmcs",
    ".popsection",
    entry_hooks = const ENTRY_HOOKS,
    fault_hook = const FAULT_HOOK,
    options(att_syntax),
);
