/* SPDX-License-Identifier: MIT */
/*
 * entry-hook.h - the entry hooks of the hook variants of the guest-entry
 * tests, for the assembler: the C entry's (entry-hook.S, which makes them
 * the VMXGEN_ENTRY_* macros of vmx_entry.S) and the Rust crate's
 * (tests/rust/entry-hooks.S, which makes them the functions the crate's
 * vmx-entry-hooks feature calls).
 *
 * ENTRY_HOOK_BEFORE and ENTRY_HOOK_AFTER count their runs; AFTER also
 * records the OR of the 14 guest registers it must find cleared (all but
 * RSP and RBX, which holds the status); both then clobber every register
 * the contract lets them clobber (rax, rcx, rdx, rsi, rdi, r8-r11, flags),
 * so that the entry path is seen not to count on them.  ENTRY_HOOK_DATA
 * defines the counters tests/harness/entry.c reads.
 */
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

#define ENTRY_HOOK_BEFORE					\
	incq entry_hook_before(%rip);				\
	ENTRY_HOOK_CLOBBER

#define ENTRY_HOOK_AFTER					\
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

#define ENTRY_HOOK_DATA						\
	.bss;							\
	.balign	8;						\
	.globl	entry_hook_before, entry_hook_after, entry_hook_after_regs; \
entry_hook_before:						\
	.skip	8;						\
entry_hook_after:						\
	.skip	8;						\
entry_hook_after_regs:						\
	.skip	8
