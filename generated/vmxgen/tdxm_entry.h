/* SPDX-License-Identifier: MIT */
/*
 * DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
 * (template gen/backends/c/templates/entry.h.j2).  Edit the spec and run make.
 */
/*
 * Guest entry: tdxm_vp_enter() and struct tdxm_vp_enter_regs.  The function is
 * in vmxgen/tdxm_entry.S, which a build adds next to the headers (64-bit only).
 */
#ifndef VMXGEN_TDXM_ENTRY_H
#define VMXGEN_TDXM_ENTRY_H

#include <vmxgen/vmx_compat.h>
#include <vmxgen/tdxm_insn.h>

/**
 * struct tdxm_vp_enter_regs - the guest's general-purpose registers
 * @rcx: bytes 0..7
 * @rdx: bytes 8..15
 * @rbx: bytes 16..23
 * @rsi: bytes 24..31
 * @rdi: bytes 32..39
 * @r8: bytes 40..47
 * @r9: bytes 48..55
 * @r10: bytes 56..63
 * @r11: bytes 64..71
 * @r12: bytes 72..79
 * @r13: bytes 80..87
 * @r14: bytes 88..95
 * @r15: bytes 96..103
 *
 * The guest's RSP and RBP are not here: the CPU loads and saves them itself.
 * Nor is RAX, which holds the leaf in and the status out: the function returns
 * it.  tdxm_vp_enter() loads every member into its register before the entry
 * and stores every register into its member after the exit; the offsets are
 * those of vmxgen/tdxm_entry.S.
 */
struct tdxm_vp_enter_regs {
	vmx_u64 rcx, rdx, rbx, rsi, rdi, r8, r9, r10, r11, r12, r13, r14, r15;
};

_Static_assert(sizeof(struct tdxm_vp_enter_regs) == 104,
	       "struct tdxm_vp_enter_regs is 104 bytes");
_Static_assert(__builtin_offsetof(struct tdxm_vp_enter_regs, rcx) == 0,
	       "struct tdxm_vp_enter_regs: rcx at byte 0, as in vmxgen/tdxm_entry.S");
_Static_assert(__builtin_offsetof(struct tdxm_vp_enter_regs, rdx) == 8,
	       "struct tdxm_vp_enter_regs: rdx at byte 8, as in vmxgen/tdxm_entry.S");
_Static_assert(__builtin_offsetof(struct tdxm_vp_enter_regs, rbx) == 16,
	       "struct tdxm_vp_enter_regs: rbx at byte 16, as in vmxgen/tdxm_entry.S");
_Static_assert(__builtin_offsetof(struct tdxm_vp_enter_regs, rsi) == 24,
	       "struct tdxm_vp_enter_regs: rsi at byte 24, as in vmxgen/tdxm_entry.S");
_Static_assert(__builtin_offsetof(struct tdxm_vp_enter_regs, rdi) == 32,
	       "struct tdxm_vp_enter_regs: rdi at byte 32, as in vmxgen/tdxm_entry.S");
_Static_assert(__builtin_offsetof(struct tdxm_vp_enter_regs, r8) == 40,
	       "struct tdxm_vp_enter_regs: r8 at byte 40, as in vmxgen/tdxm_entry.S");
_Static_assert(__builtin_offsetof(struct tdxm_vp_enter_regs, r9) == 48,
	       "struct tdxm_vp_enter_regs: r9 at byte 48, as in vmxgen/tdxm_entry.S");
_Static_assert(__builtin_offsetof(struct tdxm_vp_enter_regs, r10) == 56,
	       "struct tdxm_vp_enter_regs: r10 at byte 56, as in vmxgen/tdxm_entry.S");
_Static_assert(__builtin_offsetof(struct tdxm_vp_enter_regs, r11) == 64,
	       "struct tdxm_vp_enter_regs: r11 at byte 64, as in vmxgen/tdxm_entry.S");
_Static_assert(__builtin_offsetof(struct tdxm_vp_enter_regs, r12) == 72,
	       "struct tdxm_vp_enter_regs: r12 at byte 72, as in vmxgen/tdxm_entry.S");
_Static_assert(__builtin_offsetof(struct tdxm_vp_enter_regs, r13) == 80,
	       "struct tdxm_vp_enter_regs: r13 at byte 80, as in vmxgen/tdxm_entry.S");
_Static_assert(__builtin_offsetof(struct tdxm_vp_enter_regs, r14) == 88,
	       "struct tdxm_vp_enter_regs: r14 at byte 88, as in vmxgen/tdxm_entry.S");
_Static_assert(__builtin_offsetof(struct tdxm_vp_enter_regs, r15) == 96,
	       "struct tdxm_vp_enter_regs: r15 at byte 96, as in vmxgen/tdxm_entry.S");

#ifdef __x86_64__
/**
 * tdxm_vp_enter() - run a TD VCPU until its next TD exit (TDH.VP.ENTER)
 * @regs: the guest's registers: loaded before the entry, stored after the exit
 * @vcpu: RCX: the TDVPR page's physical address and flags
 *
 * Saves the host's callee-saved registers (RBX, RBP, R12, R13, R14, R15),
 * loads the 12 registers of @regs (all but RCX) and RCX = @vcpu, then
 * SEAMCALL.  When the guest exits, it stores all 13 registers into @regs (RCX
 * too: what the exit left there), clears them and restores the host's.
 *
 * The struct holds what the TD exit hands back (after a TDG.VP.VMCALL: the
 * TD's registers its GPR_SELECT exposes, zero for the others; after another
 * exit: RCX the exit qualification, RDX the extended one, R8 a GPA, R9 the
 * interruption information, the rest zero) and, on the next call after a
 * TDG.VP.VMCALL, what the TD gets back in the registers it exposed.  The
 * returned status is TDH.VP.ENTER's RAX (the exit reason in bits 31:0 of a
 * TDX_SUCCESS-class status), TDX_SEAMCALL_VMFAILINVALID when no module
 * answered.  The module must keep RBP (TDX_FEATURES0.NO_RBP_MOD, bit 18, as
 * Linux requires); XMM registers a TDG.VP.VMCALL exposes are not handled.
 * Call it with interrupts disabled, as KVM does.
 *
 * Hooks, empty unless defined when vmxgen/tdxm_entry.S is assembled (see
 * vmxgen/vmx_compat_asm.h): VMXGEN_ENTRY_BEFORE runs after the host's
 * registers are saved, just before the guest's are loaded; VMXGEN_ENTRY_AFTER
 * on every way back once the first one ran, after the guest's registers are
 * stored and cleared, before the host's are restored.  That is where a kernel
 * puts its speculation mitigations (SPEC_CTRL, VERW before; RSB filling,
 * SPEC_CTRL after).
 *
 * Context: VMX root operation on a platform whose TDX module is initialized,
 *	TDH.SYS.LP.INIT done on this CPU, a TD VCPU that TDH.VP.INIT
 *	initialized at the TDVPR address passed, interrupts disabled; the
 *	state besides the general-purpose registers that TDH.VP.ENTER
 *	changes (the ABI lists it) is the caller's to restore.
 *
 * Return: what RAX holds when SEAMCALL comes back (the status of the exit);
 *	0x8000ff00ffff0000 if it set CF (VMfailInvalid: no TDX module to
 *	call), with @regs unchanged; 0x8000ff0000000000 if it faulted and
 *	the fault hook is in use, with @regs unchanged.  The host's
 *	registers are intact after each.
 */
vmx_u64 tdxm_vp_enter(struct tdxm_vp_enter_regs *regs, vmx_u64 vcpu);
#endif /* __x86_64__ */

#endif /* VMXGEN_TDXM_ENTRY_H */
