/* SPDX-License-Identifier: MIT */
/*
 * DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
 * (template gen/backends/c/templates/entry.S.j2).  Edit the spec and run make.
 */
/*
 * svm_run_guest(): run the guest of a VMCB until its next #VMEXIT.
 * Declared, with struct svm_guest_regs, in <vmxgen/svm_entry.h>.  GNU assembler,
 * AT&T syntax, 64-bit code; assemble it with the C compiler (cc -c), with
 * <vmxgen/vmx_compat_asm.h> on the include path.  The hooks and the
 * fault hook are described there.
 */
#ifndef __x86_64__
#error "vmxgen/svm_entry.S: svm_run_guest() is 64-bit code; leave this file out of 32-bit builds"
#endif

#include <vmxgen/vmx_compat_asm.h>

/* Offsets in struct svm_guest_regs (<vmxgen/svm_entry.h> asserts the same). */
.set .LSVM_GUEST_REGS_RCX, 0
.set .LSVM_GUEST_REGS_RDX, 8
.set .LSVM_GUEST_REGS_RBX, 16
.set .LSVM_GUEST_REGS_RBP, 24
.set .LSVM_GUEST_REGS_RSI, 32
.set .LSVM_GUEST_REGS_RDI, 40
.set .LSVM_GUEST_REGS_R8, 48
.set .LSVM_GUEST_REGS_R9, 56
.set .LSVM_GUEST_REGS_R10, 64
.set .LSVM_GUEST_REGS_R11, 72
.set .LSVM_GUEST_REGS_R12, 80
.set .LSVM_GUEST_REGS_R13, 88
.set .LSVM_GUEST_REGS_R14, 96
.set .LSVM_GUEST_REGS_R15, 104
.set .LSVM_GUEST_REGS_SIZE, 112

/* enum svm_status */
.set .LSVM_OK, 0
.set .LSVM_FAULT, 1

	VMXGEN_ENTRY_SECTION

/*
 * enum svm_status svm_run_guest(struct svm_guest_regs *regs, vmx_u64 vmcb_pa)
 *
 * regs in %rdi
 * vmcb_pa in %rsi, kept in %rbx across the hook
 * Frame: RBP, R15, R14, R13, R12, RBX, then @regs at (%rsp).
 */
VMXGEN_FUNC_START(svm_run_guest)
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
	mov %rbx, %rax
	mov (%rsp), %rcx
	mov .LSVM_GUEST_REGS_RDX(%rcx), %rdx
	mov .LSVM_GUEST_REGS_RBX(%rcx), %rbx
	mov .LSVM_GUEST_REGS_RBP(%rcx), %rbp
	mov .LSVM_GUEST_REGS_RSI(%rcx), %rsi
	mov .LSVM_GUEST_REGS_RDI(%rcx), %rdi
	mov .LSVM_GUEST_REGS_R8(%rcx), %r8
	mov .LSVM_GUEST_REGS_R9(%rcx), %r9
	mov .LSVM_GUEST_REGS_R10(%rcx), %r10
	mov .LSVM_GUEST_REGS_R11(%rcx), %r11
	mov .LSVM_GUEST_REGS_R12(%rcx), %r12
	mov .LSVM_GUEST_REGS_R13(%rcx), %r13
	mov .LSVM_GUEST_REGS_R14(%rcx), %r14
	mov .LSVM_GUEST_REGS_R15(%rcx), %r15
	mov .LSVM_GUEST_REGS_RCX(%rcx), %rcx
.Lsvm_enter:
	vmrun
	/* The guest exited: back here with the host's RAX, RSP, the rest as the guest left them. */
	mov (%rsp), %rax
	mov %rcx, .LSVM_GUEST_REGS_RCX(%rax)
	mov %rdx, .LSVM_GUEST_REGS_RDX(%rax)
	mov %rbx, .LSVM_GUEST_REGS_RBX(%rax)
	mov %rbp, .LSVM_GUEST_REGS_RBP(%rax)
	mov %rsi, .LSVM_GUEST_REGS_RSI(%rax)
	mov %rdi, .LSVM_GUEST_REGS_RDI(%rax)
	mov %r8, .LSVM_GUEST_REGS_R8(%rax)
	mov %r9, .LSVM_GUEST_REGS_R9(%rax)
	mov %r10, .LSVM_GUEST_REGS_R10(%rax)
	mov %r11, .LSVM_GUEST_REGS_R11(%rax)
	mov %r12, .LSVM_GUEST_REGS_R12(%rax)
	mov %r13, .LSVM_GUEST_REGS_R13(%rax)
	mov %r14, .LSVM_GUEST_REGS_R14(%rax)
	mov %r15, .LSVM_GUEST_REGS_R15(%rax)
	mov $.LSVM_OK, %ebx

.Lsvm_back:
	/* No guest value outlives the entry, not even speculatively. */
	xor %ecx, %ecx
	xor %edx, %edx
	xor %ebp, %ebp
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

.Lsvm_restore:
	mov %ebx, %eax
	add $8, %rsp
	pop %rbx
	pop %r12
	pop %r13
	pop %r14
	pop %r15
	pop %rbp
	VMXGEN_RET

#ifdef VMXGEN_HAVE_FAULT_HOOK
.Lsvm_entry_fault:
	mov $.LSVM_FAULT, %ebx
	jmp .Lsvm_back

	VMXGEN_FAULT_HOOK(.Lsvm_enter, .Lsvm_entry_fault)
#endif
VMXGEN_FUNC_END(svm_run_guest)

VMXGEN_FILE_END
