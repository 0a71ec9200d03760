/* SPDX-License-Identifier: MIT */
/*
 * entry-call.S - call vmx_run_guest() with known values in the host's
 * callee-saved registers and on its stack, and report what came back.
 * Used by tests/harness/entry.c and by the Bochs test kernel
 * (tests/bochs/entry.c): C cannot say what rbx, rbp and r12-r15 hold
 * across a call, nor what the words above the return address are.
 *
 *	enum vmx_status entry_call(struct vmx_guest_regs *regs, bool launched,
 *				   const u64 in[8], u64 out[9],
 *				   unsigned long *host_rsp);
 *
 * Calls vmx_run_guest(regs, launched, host_rsp) with in[0..5] in rbx, rbp, r12,
 * r13, r14, r15 and in[6], in[7] on the stack right above the return
 * address (in[6] at the lower address); then stores those six registers
 * in out[0..5], RSP after the call in out[6], and the two stack words in
 * out[7], out[8].  entry_call_rsp holds RSP just before the call.  Its
 * own registers are restored from its own frame, found through
 * entry_call_rsp, whatever the callee did to RSP, and the status comes
 * back in RAX.
 *
 * ENTRY_CALL_TARGET, when defined before (the Bochs SVM kernel's
 * svm-entry-call.S: svm_run_guest, whose second argument is the VMCB's
 * address instead of launched, and which has no third), is the function
 * called instead; ENTRY_CALL and ENTRY_CALL_RSP rename entry_call and
 * entry_call_rsp, so that one program has a caller per entry function
 * (td-entry-call.S: tdxm_vp_enter, second argument the TDVPR's address).
 */
#ifndef ENTRY_CALL_TARGET
#define ENTRY_CALL_TARGET vmx_run_guest
#endif
#ifndef ENTRY_CALL
#define ENTRY_CALL entry_call
#endif
#ifndef ENTRY_CALL_RSP
#define ENTRY_CALL_RSP entry_call_rsp
#endif
	.text
	.globl	ENTRY_CALL
	.type	ENTRY_CALL, @function
ENTRY_CALL:
	pushq	%rbx
	pushq	%rbp
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	pushq	%rcx			/* out */
	pushq	56(%rdx)		/* in[7] */
	pushq	48(%rdx)		/* in[6]: RSP is 16-byte aligned here */
	movq	0(%rdx), %rbx
	movq	8(%rdx), %rbp
	movq	16(%rdx), %r12
	movq	24(%rdx), %r13
	movq	32(%rdx), %r14
	movq	40(%rdx), %r15
	movq	%r8, %rdx		/* host_rsp */
	movq	%rsp, ENTRY_CALL_RSP(%rip)
	call	ENTRY_CALL_TARGET
	movq	ENTRY_CALL_RSP(%rip), %rcx
	movq	16(%rcx), %rcx		/* out, as pushed above */
	movq	%rbx, 0(%rcx)
	movq	%rbp, 8(%rcx)
	movq	%r12, 16(%rcx)
	movq	%r13, 24(%rcx)
	movq	%r14, 32(%rcx)
	movq	%r15, 40(%rcx)
	movq	%rsp, 48(%rcx)
	movq	ENTRY_CALL_RSP(%rip), %rsp
	popq	56(%rcx)
	popq	64(%rcx)
	popq	%rcx
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbp
	popq	%rbx
	ret
	.size	ENTRY_CALL, . - ENTRY_CALL

	.bss
	.balign	8
	.globl	ENTRY_CALL_RSP
ENTRY_CALL_RSP:
	.skip	8

	.section .note.GNU-stack, "", @progbits
