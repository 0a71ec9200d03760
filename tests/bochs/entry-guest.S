/* SPDX-License-Identifier: MIT */
/*
 * entry-guest.S - the guest of tests/bochs/entry.c, which runs it with
 * vmx_run_guest().  It uses no stack and no register but the 15 the
 * host gives it: each is compared with its slot of entry_expect (a
 * struct vmx_guest_regs the host filled), a mismatch sets bit <slot> of
 * entry_guest_bad; then entry_guest_runs is incremented, the 15 registers
 * are loaded from entry_next, and VMCALL exits.  The host skips the
 * VMCALL on VMRESUME, and it all starts again.
 *
 * Slot order, as struct vmx_guest_regs: rax, rcx, rdx, rbx, rbp, rsi,
 * rdi, r8-r15, 8 bytes each (entry.c checks the offsets).
 */
	.macro	CHECK reg, slot
	cmpq	entry_expect + 8 * \slot(%rip), %\reg
	je	1f
	orq	$(1 << \slot), entry_guest_bad(%rip)
1:
	.endm

	.macro	LOAD reg, slot
	movq	entry_next + 8 * \slot(%rip), %\reg
	.endm

	.text
	.globl	entry_guest
	.type	entry_guest, @function
entry_guest:
	CHECK	rax, 0
	CHECK	rcx, 1
	CHECK	rdx, 2
	CHECK	rbx, 3
	CHECK	rbp, 4
	CHECK	rsi, 5
	CHECK	rdi, 6
	CHECK	r8, 7
	CHECK	r9, 8
	CHECK	r10, 9
	CHECK	r11, 10
	CHECK	r12, 11
	CHECK	r13, 12
	CHECK	r14, 13
	CHECK	r15, 14
	incq	entry_guest_runs(%rip)
	LOAD	rax, 0
	LOAD	rcx, 1
	LOAD	rdx, 2
	LOAD	rbx, 3
	LOAD	rbp, 4
	LOAD	rsi, 5
	LOAD	rdi, 6
	LOAD	r8, 7
	LOAD	r9, 8
	LOAD	r10, 9
	LOAD	r11, 10
	LOAD	r12, 11
	LOAD	r13, 12
	LOAD	r14, 13
	LOAD	r15, 14
	vmcall
	jmp	entry_guest
	.size	entry_guest, . - entry_guest

	.section .note.GNU-stack, "", @progbits
