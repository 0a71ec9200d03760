/* SPDX-License-Identifier: MIT */
/*
 * entry-hook.S - generated/vmxgen/vmx_entry.S as the hook variants of
 * tests/harness/entry.c (entry-hook-*) assemble it, the way its header
 * (<vmxgen/vmx_compat_asm.h>) says a user does: define the hooks, then
 * include the generated file.
 *
 * VMXGEN_FAULT_HOOK records the harness's table, as cases.c's does for
 * the C wrappers: two 32-bit offsets per entry in section harness_fixups,
 * which emu.c's fault handler searches.
 *
 * VMXGEN_ENTRY_BEFORE and VMXGEN_ENTRY_AFTER count their runs; AFTER also
 * records the OR of the 14 guest registers it must find cleared (all but
 * RSP and RBX, which holds the status); both then clobber every register
 * the contract lets them clobber (rax, rcx, rdx, rsi, rdi, r8-r11, flags),
 * so that the entry path is seen not to count on them.
 */
#define VMXGEN_FAULT_HOOK(insn, fixup)				\
	.pushsection harness_fixups, "a";			\
	.balign 4;						\
	.long (insn) - .;					\
	.long (fixup) - .;					\
	.popsection

#define ENTRY_HOOK_CLOBBER					\
	movabsq $0xc10bbe5dc10bbe5d, %rax;			\
	movq %rax, %rcx;					\
	movq %rax, %rdx;					\
	movq %rax, %rsi;					\
	movq %rax, %rdi;					\
	movq %rax, %r8;						\
	movq %rax, %r9;						\
	movq %rax, %r10;					\
	movq %rax, %r11;					\
	cmpq %rax, %rcx

#define VMXGEN_ENTRY_BEFORE					\
	incq entry_hook_before(%rip);				\
	ENTRY_HOOK_CLOBBER

#define VMXGEN_ENTRY_AFTER					\
	orq %rcx, %rax;						\
	orq %rdx, %rax;						\
	orq %rbp, %rax;						\
	orq %rsi, %rax;						\
	orq %rdi, %rax;						\
	orq %r8, %rax;						\
	orq %r9, %rax;						\
	orq %r10, %rax;						\
	orq %r11, %rax;						\
	orq %r12, %rax;						\
	orq %r13, %rax;						\
	orq %r14, %rax;						\
	orq %r15, %rax;						\
	orq %rax, entry_hook_after_regs(%rip);			\
	incq entry_hook_after(%rip);				\
	ENTRY_HOOK_CLOBBER

#include <vmxgen/vmx_entry.S>

	.bss
	.balign	8
	.globl	entry_hook_before, entry_hook_after, entry_hook_after_regs
entry_hook_before:
	.skip	8
entry_hook_after:
	.skip	8
entry_hook_after_regs:
	.skip	8
