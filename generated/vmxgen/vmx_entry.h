/* SPDX-License-Identifier: MIT */
/*
 * DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
 * (template gen/backends/c/templates/entry.h.j2).  Edit the spec and run make.
 */
/*
 * Guest entry: vmx_run_guest() and struct vmx_guest_regs.  The function is
 * in vmxgen/vmx_entry.S, which a build adds next to the headers (64-bit only).
 */
#ifndef VMXGEN_VMX_ENTRY_H
#define VMXGEN_VMX_ENTRY_H

#include <vmxgen/vmx_compat.h>
#include <vmxgen/vmx_insn.h>

/**
 * struct vmx_guest_regs - the guest's general-purpose registers
 * @rax: bytes 0..7
 * @rcx: bytes 8..15
 * @rdx: bytes 16..23
 * @rbx: bytes 24..31
 * @rbp: bytes 32..39
 * @rsi: bytes 40..47
 * @rdi: bytes 48..55
 * @r8: bytes 56..63
 * @r9: bytes 64..71
 * @r10: bytes 72..79
 * @r11: bytes 80..87
 * @r12: bytes 88..95
 * @r13: bytes 96..103
 * @r14: bytes 104..111
 * @r15: bytes 112..119
 *
 * The guest's RSP is not here: the CPU loads and saves it itself.
 * vmx_run_guest() loads every member into its register before the entry and
 * stores every register into its member after the exit; the offsets are those
 * of vmxgen/vmx_entry.S.
 */
struct vmx_guest_regs {
	vmx_u64 rax, rcx, rdx, rbx, rbp, rsi, rdi, r8, r9, r10, r11, r12, r13, r14, r15;
};

_Static_assert(sizeof(struct vmx_guest_regs) == 120,
	       "struct vmx_guest_regs is 120 bytes");
_Static_assert(__builtin_offsetof(struct vmx_guest_regs, rax) == 0,
	       "struct vmx_guest_regs: rax at byte 0, as in vmxgen/vmx_entry.S");
_Static_assert(__builtin_offsetof(struct vmx_guest_regs, rcx) == 8,
	       "struct vmx_guest_regs: rcx at byte 8, as in vmxgen/vmx_entry.S");
_Static_assert(__builtin_offsetof(struct vmx_guest_regs, rdx) == 16,
	       "struct vmx_guest_regs: rdx at byte 16, as in vmxgen/vmx_entry.S");
_Static_assert(__builtin_offsetof(struct vmx_guest_regs, rbx) == 24,
	       "struct vmx_guest_regs: rbx at byte 24, as in vmxgen/vmx_entry.S");
_Static_assert(__builtin_offsetof(struct vmx_guest_regs, rbp) == 32,
	       "struct vmx_guest_regs: rbp at byte 32, as in vmxgen/vmx_entry.S");
_Static_assert(__builtin_offsetof(struct vmx_guest_regs, rsi) == 40,
	       "struct vmx_guest_regs: rsi at byte 40, as in vmxgen/vmx_entry.S");
_Static_assert(__builtin_offsetof(struct vmx_guest_regs, rdi) == 48,
	       "struct vmx_guest_regs: rdi at byte 48, as in vmxgen/vmx_entry.S");
_Static_assert(__builtin_offsetof(struct vmx_guest_regs, r8) == 56,
	       "struct vmx_guest_regs: r8 at byte 56, as in vmxgen/vmx_entry.S");
_Static_assert(__builtin_offsetof(struct vmx_guest_regs, r9) == 64,
	       "struct vmx_guest_regs: r9 at byte 64, as in vmxgen/vmx_entry.S");
_Static_assert(__builtin_offsetof(struct vmx_guest_regs, r10) == 72,
	       "struct vmx_guest_regs: r10 at byte 72, as in vmxgen/vmx_entry.S");
_Static_assert(__builtin_offsetof(struct vmx_guest_regs, r11) == 80,
	       "struct vmx_guest_regs: r11 at byte 80, as in vmxgen/vmx_entry.S");
_Static_assert(__builtin_offsetof(struct vmx_guest_regs, r12) == 88,
	       "struct vmx_guest_regs: r12 at byte 88, as in vmxgen/vmx_entry.S");
_Static_assert(__builtin_offsetof(struct vmx_guest_regs, r13) == 96,
	       "struct vmx_guest_regs: r13 at byte 96, as in vmxgen/vmx_entry.S");
_Static_assert(__builtin_offsetof(struct vmx_guest_regs, r14) == 104,
	       "struct vmx_guest_regs: r14 at byte 104, as in vmxgen/vmx_entry.S");
_Static_assert(__builtin_offsetof(struct vmx_guest_regs, r15) == 112,
	       "struct vmx_guest_regs: r15 at byte 112, as in vmxgen/vmx_entry.S");

#ifdef __x86_64__
/**
 * vmx_run_guest() - run the guest of the current VMCS until its next VM exit
 * @regs: the guest's registers: loaded before the entry, stored after the exit
 * @launched: VMRESUME if true, else VMLAUNCH
 * @host_rsp: what the caller knows the current VMCS holds in VMCS_HOST_RSP (0 before its first entry): one per VMCS
 *
 * Saves the host's callee-saved registers (RBX, RBP, R12, R13, R14, R15),
 * writes VMCS_HOST_RSP (its stack pointer) with VMWRITE if it is not
 * *@host_rsp and then updates *@host_rsp, loads the 15 registers of @regs,
 * then VMRESUME if @launched, else VMLAUNCH.  When the guest exits, it stores
 * the registers back into @regs, clears them and restores the host's.
 *
 * Where the VM exit resumes, VMCS_HOST_RIP, is written once per VMCS by
 * vmx_run_guest_init_vmcs(), which must have run on the current VMCS before
 * the first call.
 *
 * A VM entry that fails in its checks of the guest state, or while loading it,
 * is a VM exit with bit 31 of the exit reason set: the guest did not run, but
 * the function returns VMX_SUCCEED and the exit reason in the VMCS says what
 * failed (SDM Section 27.8).  A VM exit clears RFLAGS but for bit 1 (Section
 * 28.5.3), IF too: call it with interrupts disabled, as KVM does.
 *
 * Hooks, empty unless defined when vmxgen/vmx_entry.S is assembled (see
 * vmxgen/vmx_compat_asm.h): VMXGEN_ENTRY_BEFORE runs after the host's
 * registers are saved and the VMCS field written, just before the guest's are
 * loaded; VMXGEN_ENTRY_AFTER on every way back once the first one ran, after
 * the guest's registers are stored and cleared, before the host's are
 * restored.  That is where a kernel puts its speculation mitigations
 * (SPEC_CTRL, VERW before; RSB filling, SPEC_CTRL after).
 *
 * Context: VMX operation, the VMCS current and complete, the entry's init
 *	function (which writes HOST_RIP) run on it, and the cache of
 *	HOST_RSP passed that VMCS's own.
 *
 * Return: %VMX_SUCCEED when the guest ran and exited; %VMX_FAIL_INVALID or
 *	%VMX_FAIL_VALID if VMLAUNCH/VMRESUME or a VMWRITE before it failed,
 *	with @regs unchanged; %VMX_FAULT if an instruction faulted and the
 *	fault hook (VMXGEN_FAULT_HOOK) is in use.  The host's registers are
 *	intact after each.
 */
enum vmx_status vmx_run_guest(struct vmx_guest_regs *regs, _Bool launched, unsigned long *host_rsp);

/**
 * vmx_run_guest_init_vmcs() - write where vmx_run_guest()'s VM exits resume
 *
 * Writes VMCS_HOST_RIP of the current VMCS with VMWRITE: the address in
 * vmx_run_guest() where its VM exits resume, which is the same for every call.
 * Call it once per VMCS, after making it current and before its first
 * vmx_run_guest().
 *
 * Return: %VMX_SUCCEED; %VMX_FAIL_INVALID or %VMX_FAIL_VALID if VMWRITE
 *	failed; %VMX_FAULT if it faulted and the fault hook
 *	(VMXGEN_FAULT_HOOK) is in use.
 */
enum vmx_status vmx_run_guest_init_vmcs(void);
#endif /* __x86_64__ */

#endif /* VMXGEN_VMX_ENTRY_H */
