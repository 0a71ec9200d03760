/* SPDX-License-Identifier: MIT */
/*
 * DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
 * (template gen/backends/c/templates/entry.S.j2).  Edit the spec and run make.
 */
/*
 * tdxm_vp_enter(): run a TD VCPU until its next TD exit (TDH.VP.ENTER).
 * Declared, with struct tdxm_vp_enter_regs, in <vmxgen/tdxm_entry.h>.  GNU assembler,
 * AT&T syntax, 64-bit code; assemble it with the C compiler (cc -c), with
 * <vmxgen/vmx_compat_asm.h> on the include path.  The hooks and the
 * fault hook are described there.
 */
#ifndef __x86_64__
#error "vmxgen/tdxm_entry.S: tdxm_vp_enter() is 64-bit code; leave this file out of 32-bit builds"
#endif

#include <vmxgen/vmx_compat_asm.h>

/* Offsets in struct tdxm_vp_enter_regs (<vmxgen/tdxm_entry.h> asserts the same). */
.set .LTDXM_VP_ENTER_REGS_RCX, 0
.set .LTDXM_VP_ENTER_REGS_RDX, 8
.set .LTDXM_VP_ENTER_REGS_RBX, 16
.set .LTDXM_VP_ENTER_REGS_RSI, 24
.set .LTDXM_VP_ENTER_REGS_RDI, 32
.set .LTDXM_VP_ENTER_REGS_R8, 40
.set .LTDXM_VP_ENTER_REGS_R9, 48
.set .LTDXM_VP_ENTER_REGS_R10, 56
.set .LTDXM_VP_ENTER_REGS_R11, 64
.set .LTDXM_VP_ENTER_REGS_R12, 72
.set .LTDXM_VP_ENTER_REGS_R13, 80
.set .LTDXM_VP_ENTER_REGS_R14, 88
.set .LTDXM_VP_ENTER_REGS_R15, 96
.set .LTDXM_VP_ENTER_REGS_SIZE, 104

/* What tdxm_vp_enter() returns instead of RAX's status */
.set .LTDXM_VP_ENTER_CF, 0x8000ff00ffff0000
.set .LTDXM_VP_ENTER_FAULT, 0x8000ff0000000000

	VMXGEN_ENTRY_SECTION

/*
 * vmx_u64 tdxm_vp_enter(struct tdxm_vp_enter_regs *regs, vmx_u64 vcpu)
 *
 * regs in %rdi
 * vcpu in %rsi, kept in %rbx across the hook
 * Frame: RBP, R15, R14, R13, R12, RBX, then @regs at (%rsp).
 */
VMXGEN_FUNC_START(tdxm_vp_enter)
	push %rbp
	mov %rsp, %rbp
	push %r15
	push %r14
	push %r13
	push %r12
	push %rbx
	mov %rsi, %rbx
	push %rdi

	VMXGEN_ENTRY_BEFORE

	/* The guest's registers, the struct pointer's own last. */
	mov %rbx, %rcx
	mov $0x00, %rax
	mov (%rsp), %rdx
	mov .LTDXM_VP_ENTER_REGS_RBX(%rdx), %rbx
	mov .LTDXM_VP_ENTER_REGS_RSI(%rdx), %rsi
	mov .LTDXM_VP_ENTER_REGS_RDI(%rdx), %rdi
	mov .LTDXM_VP_ENTER_REGS_R8(%rdx), %r8
	mov .LTDXM_VP_ENTER_REGS_R9(%rdx), %r9
	mov .LTDXM_VP_ENTER_REGS_R10(%rdx), %r10
	mov .LTDXM_VP_ENTER_REGS_R11(%rdx), %r11
	mov .LTDXM_VP_ENTER_REGS_R12(%rdx), %r12
	mov .LTDXM_VP_ENTER_REGS_R13(%rdx), %r13
	mov .LTDXM_VP_ENTER_REGS_R14(%rdx), %r14
	mov .LTDXM_VP_ENTER_REGS_R15(%rdx), %r15
	mov .LTDXM_VP_ENTER_REGS_RDX(%rdx), %rdx
.Ltdxm_enter:
	seamcall
	jc .Ltdxm_entry_failed
	/* The guest exited: back here with the status in RAX, the host's RSP, RBP, the rest as the exit left them. */
	push %rcx
	mov 8(%rsp), %rcx
	pop .LTDXM_VP_ENTER_REGS_RCX(%rcx)
	mov %rdx, .LTDXM_VP_ENTER_REGS_RDX(%rcx)
	mov %rbx, .LTDXM_VP_ENTER_REGS_RBX(%rcx)
	mov %rsi, .LTDXM_VP_ENTER_REGS_RSI(%rcx)
	mov %rdi, .LTDXM_VP_ENTER_REGS_RDI(%rcx)
	mov %r8, .LTDXM_VP_ENTER_REGS_R8(%rcx)
	mov %r9, .LTDXM_VP_ENTER_REGS_R9(%rcx)
	mov %r10, .LTDXM_VP_ENTER_REGS_R10(%rcx)
	mov %r11, .LTDXM_VP_ENTER_REGS_R11(%rcx)
	mov %r12, .LTDXM_VP_ENTER_REGS_R12(%rcx)
	mov %r13, .LTDXM_VP_ENTER_REGS_R13(%rcx)
	mov %r14, .LTDXM_VP_ENTER_REGS_R14(%rcx)
	mov %r15, .LTDXM_VP_ENTER_REGS_R15(%rcx)
	mov %rax, %rbx

.Ltdxm_back:
	/* No guest value outlives the entry, not even speculatively. */
	xor %ecx, %ecx
	xor %edx, %edx
	xor %esi, %esi
	xor %edi, %edi
	xor %r8d, %r8d
	xor %r9d, %r9d
	xor %r10d, %r10d
	xor %r11d, %r11d
	xor %r12d, %r12d
	xor %r13d, %r13d
	xor %r14d, %r14d
	xor %r15d, %r15d

	VMXGEN_ENTRY_AFTER

.Ltdxm_restore:
	mov %rbx, %rax
	add $8, %rsp
	pop %rbx
	pop %r12
	pop %r13
	pop %r14
	pop %r15
	pop %rbp
	VMXGEN_RET

.Ltdxm_entry_failed:
	/* TDXM_VP_ENTER_CF: nothing ran, *regs unchanged. */
	movabs $.LTDXM_VP_ENTER_CF, %rbx
	jmp .Ltdxm_back

#ifdef VMXGEN_HAVE_FAULT_HOOK
.Ltdxm_entry_fault:
	movabs $.LTDXM_VP_ENTER_FAULT, %rbx
	jmp .Ltdxm_back

	VMXGEN_FAULT_HOOK(.Ltdxm_enter, .Ltdxm_entry_fault)
#endif
VMXGEN_FUNC_END(tdxm_vp_enter)

VMXGEN_FILE_END
