/* SPDX-License-Identifier: MIT */
/*
 * DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
 * (template gen/backends/c/templates/entry.h.j2).  Edit the spec and run make.
 */
/*
 * Guest entry: svm_run_guest() and struct svm_guest_regs.  The function is
 * in vmxgen/svm_entry.S, which a build adds next to the headers (64-bit only).
 */
#ifndef VMXGEN_SVM_ENTRY_H
#define VMXGEN_SVM_ENTRY_H

#include <vmxgen/vmx_compat.h>
#include <vmxgen/svm_insn.h>

/**
 * struct svm_guest_regs - the guest's general-purpose registers
 * @rcx: bytes 0..7
 * @rdx: bytes 8..15
 * @rbx: bytes 16..23
 * @rbp: bytes 24..31
 * @rsi: bytes 32..39
 * @rdi: bytes 40..47
 * @r8: bytes 48..55
 * @r9: bytes 56..63
 * @r10: bytes 64..71
 * @r11: bytes 72..79
 * @r12: bytes 80..87
 * @r13: bytes 88..95
 * @r14: bytes 96..103
 * @r15: bytes 104..111
 *
 * The guest's RAX and RSP are not here: the CPU loads and saves them itself.
 * svm_run_guest() loads every member into its register before the entry and
 * stores every register into its member after the exit; the offsets are those
 * of vmxgen/svm_entry.S.
 */
struct svm_guest_regs {
	vmx_u64 rcx, rdx, rbx, rbp, rsi, rdi, r8, r9, r10, r11, r12, r13, r14, r15;
};

_Static_assert(sizeof(struct svm_guest_regs) == 112,
	       "struct svm_guest_regs is 112 bytes");
_Static_assert(__builtin_offsetof(struct svm_guest_regs, rcx) == 0,
	       "struct svm_guest_regs: rcx at byte 0, as in vmxgen/svm_entry.S");
_Static_assert(__builtin_offsetof(struct svm_guest_regs, rdx) == 8,
	       "struct svm_guest_regs: rdx at byte 8, as in vmxgen/svm_entry.S");
_Static_assert(__builtin_offsetof(struct svm_guest_regs, rbx) == 16,
	       "struct svm_guest_regs: rbx at byte 16, as in vmxgen/svm_entry.S");
_Static_assert(__builtin_offsetof(struct svm_guest_regs, rbp) == 24,
	       "struct svm_guest_regs: rbp at byte 24, as in vmxgen/svm_entry.S");
_Static_assert(__builtin_offsetof(struct svm_guest_regs, rsi) == 32,
	       "struct svm_guest_regs: rsi at byte 32, as in vmxgen/svm_entry.S");
_Static_assert(__builtin_offsetof(struct svm_guest_regs, rdi) == 40,
	       "struct svm_guest_regs: rdi at byte 40, as in vmxgen/svm_entry.S");
_Static_assert(__builtin_offsetof(struct svm_guest_regs, r8) == 48,
	       "struct svm_guest_regs: r8 at byte 48, as in vmxgen/svm_entry.S");
_Static_assert(__builtin_offsetof(struct svm_guest_regs, r9) == 56,
	       "struct svm_guest_regs: r9 at byte 56, as in vmxgen/svm_entry.S");
_Static_assert(__builtin_offsetof(struct svm_guest_regs, r10) == 64,
	       "struct svm_guest_regs: r10 at byte 64, as in vmxgen/svm_entry.S");
_Static_assert(__builtin_offsetof(struct svm_guest_regs, r11) == 72,
	       "struct svm_guest_regs: r11 at byte 72, as in vmxgen/svm_entry.S");
_Static_assert(__builtin_offsetof(struct svm_guest_regs, r12) == 80,
	       "struct svm_guest_regs: r12 at byte 80, as in vmxgen/svm_entry.S");
_Static_assert(__builtin_offsetof(struct svm_guest_regs, r13) == 88,
	       "struct svm_guest_regs: r13 at byte 88, as in vmxgen/svm_entry.S");
_Static_assert(__builtin_offsetof(struct svm_guest_regs, r14) == 96,
	       "struct svm_guest_regs: r14 at byte 96, as in vmxgen/svm_entry.S");
_Static_assert(__builtin_offsetof(struct svm_guest_regs, r15) == 104,
	       "struct svm_guest_regs: r15 at byte 104, as in vmxgen/svm_entry.S");

#ifdef __x86_64__
/**
 * svm_run_guest() - run the guest of a VMCB until its next #VMEXIT
 * @regs: the guest's registers: loaded before the entry, stored after the exit
 * @vmcb_pa: physical address of the 4-KByte aligned VMCB
 *
 * Saves the host's callee-saved registers (RBX, RBP, R12, R13, R14, R15),
 * loads the 14 registers of @regs and RAX = @vmcb_pa, then VMRUN.  When the
 * guest exits, it stores the registers back into @regs, clears them and
 * restores the host's.
 *
 * The host's state that VMRUN does not save (FS, GS, TR, LDTR, KernelGsBase,
 * STAR/LSTAR/CSTAR/SFMASK, SYSENTER MSRs) is the caller's business:
 * VMSAVE/VMLOAD around the call, as Linux does; so are GIF and interrupts
 * (Linux runs VMRUN between CLGI and STGI).
 *
 * Hooks, empty unless defined when vmxgen/svm_entry.S is assembled (see
 * vmxgen/vmx_compat_asm.h): VMXGEN_ENTRY_BEFORE runs after the host's
 * registers are saved, just before the guest's are loaded; VMXGEN_ENTRY_AFTER
 * on every way back once the first one ran, after the guest's registers are
 * stored and cleared, before the host's are restored.  That is where a kernel
 * puts its speculation mitigations (SPEC_CTRL, VERW before; RSB filling,
 * SPEC_CTRL after).
 *
 * Context: SVM enabled (EFER.SVME), the host save area set (VM_HSAVE_PA), a
 *	valid VMCB at the address passed; GIF and the state VMRUN does not
 *	switch are the caller's.
 *
 * Return: %SVM_OK when the guest ran and exited; %SVM_FAULT if an instruction
 *	faulted and the fault hook (VMXGEN_FAULT_HOOK) is in use.  The
 *	host's registers are intact after each.
 */
enum svm_status svm_run_guest(struct svm_guest_regs *regs, vmx_u64 vmcb_pa);
#endif /* __x86_64__ */

#endif /* VMXGEN_SVM_ENTRY_H */
