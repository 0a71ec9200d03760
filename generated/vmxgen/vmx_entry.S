/* SPDX-License-Identifier: MIT */
/*
 * DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
 * (template gen/backends/c/templates/entry.S.j2).  Edit the spec and run make.
 */
/*
 * vmx_run_guest(): run the guest of the current VMCS until its next VM exit.
 * Declared, with struct vmx_guest_regs, in <vmxgen/vmx_entry.h>.  GNU assembler,
 * AT&T syntax, 64-bit code; assemble it with the C compiler (cc -c), with
 * <vmxgen/vmx_compat_asm.h> on the include path.  The hooks and the
 * fault hook are described there.
 */
#ifndef __x86_64__
#error "vmxgen/vmx_entry.S: vmx_run_guest() is 64-bit code; leave this file out of 32-bit builds"
#endif

#include <vmxgen/vmx_compat_asm.h>

/* Offsets in struct vmx_guest_regs (<vmxgen/vmx_entry.h> asserts the same). */
.set .LVMX_GUEST_REGS_RAX, 0
.set .LVMX_GUEST_REGS_RCX, 8
.set .LVMX_GUEST_REGS_RDX, 16
.set .LVMX_GUEST_REGS_RBX, 24
.set .LVMX_GUEST_REGS_RBP, 32
.set .LVMX_GUEST_REGS_RSI, 40
.set .LVMX_GUEST_REGS_RDI, 48
.set .LVMX_GUEST_REGS_R8, 56
.set .LVMX_GUEST_REGS_R9, 64
.set .LVMX_GUEST_REGS_R10, 72
.set .LVMX_GUEST_REGS_R11, 80
.set .LVMX_GUEST_REGS_R12, 88
.set .LVMX_GUEST_REGS_R13, 96
.set .LVMX_GUEST_REGS_R14, 104
.set .LVMX_GUEST_REGS_R15, 112
.set .LVMX_GUEST_REGS_SIZE, 120

/* enum vmx_status */
.set .LVMX_SUCCEED, 0
.set .LVMX_FAIL_VALID, 1
.set .LVMX_FAIL_INVALID, 2
.set .LVMX_FAULT, 3

/* The VMCS fields the entry writes: the first when it changed, the second once per VMCS. */
.set .LVMCS_HOST_RSP, 0x6c14
.set .LVMCS_HOST_RIP, 0x6c16

	VMXGEN_ENTRY_SECTION

/*
 * enum vmx_status vmx_run_guest(struct vmx_guest_regs *regs, _Bool launched, unsigned long *host_rsp)
 *
 * regs in %rdi
 * launched in %rsi, kept in %rbx across the hook
 * host_rsp in %rdx, used before the hook
 * Frame: RBP, R15, R14, R13, R12, RBX, then @regs at (%rsp), the stack pointer the exit resumes with.
 */
VMXGEN_FUNC_START(vmx_run_guest)
	push %rbp
	mov %rsp, %rbp
	push %r15
	push %r14
	push %r13
	push %r12
	push %rbx
	movzbl %sil, %ebx
	push %rdi

	/*
	 * The exit resumes with this stack pointer: written (out of line)
	 * only if the current VMCS holds another one.
	 */
	cmp %rsp, (%rdx)
	jne .Lvmx_update_stack
.Lvmx_stack_ready:

	VMXGEN_ENTRY_BEFORE

	/* The guest's registers, the struct pointer's own last. */
	mov (%rsp), %rax
	test %ebx, %ebx
	mov .LVMX_GUEST_REGS_RCX(%rax), %rcx
	mov .LVMX_GUEST_REGS_RDX(%rax), %rdx
	mov .LVMX_GUEST_REGS_RBX(%rax), %rbx
	mov .LVMX_GUEST_REGS_RBP(%rax), %rbp
	mov .LVMX_GUEST_REGS_RSI(%rax), %rsi
	mov .LVMX_GUEST_REGS_RDI(%rax), %rdi
	mov .LVMX_GUEST_REGS_R8(%rax), %r8
	mov .LVMX_GUEST_REGS_R9(%rax), %r9
	mov .LVMX_GUEST_REGS_R10(%rax), %r10
	mov .LVMX_GUEST_REGS_R11(%rax), %r11
	mov .LVMX_GUEST_REGS_R12(%rax), %r12
	mov .LVMX_GUEST_REGS_R13(%rax), %r13
	mov .LVMX_GUEST_REGS_R14(%rax), %r14
	mov .LVMX_GUEST_REGS_R15(%rax), %r15
	mov .LVMX_GUEST_REGS_RAX(%rax), %rax
	jz .Lvmx_enter

	/* On success the CPU goes on at .Lvmx_exit: see the hint there. */
	VMXGEN_UNWIND_SAVE
.Lvmx_resume:
	vmresume
	jmp .Lvmx_entry_failed
.Lvmx_enter:
	vmlaunch

.Lvmx_entry_failed:
	/* VMX_FAIL_INVALID, VMX_FAIL_VALID: *regs unchanged. */
	mov $.LVMX_FAIL_INVALID, %ebx
	mov $.LVMX_FAIL_VALID, %ecx
	cmovz %ecx, %ebx
	jmp .Lvmx_back

.Lvmx_exit:
	/* A VM exit: RSP and RIP from the VMCS, the rest as the guest left them. */
	VMXGEN_UNWIND_RESTORE
	VMXGEN_ENDBR
	push %rax
	mov 8(%rsp), %rax
	pop .LVMX_GUEST_REGS_RAX(%rax)
	mov %rcx, .LVMX_GUEST_REGS_RCX(%rax)
	mov %rdx, .LVMX_GUEST_REGS_RDX(%rax)
	mov %rbx, .LVMX_GUEST_REGS_RBX(%rax)
	mov %rbp, .LVMX_GUEST_REGS_RBP(%rax)
	mov %rsi, .LVMX_GUEST_REGS_RSI(%rax)
	mov %rdi, .LVMX_GUEST_REGS_RDI(%rax)
	mov %r8, .LVMX_GUEST_REGS_R8(%rax)
	mov %r9, .LVMX_GUEST_REGS_R9(%rax)
	mov %r10, .LVMX_GUEST_REGS_R10(%rax)
	mov %r11, .LVMX_GUEST_REGS_R11(%rax)
	mov %r12, .LVMX_GUEST_REGS_R12(%rax)
	mov %r13, .LVMX_GUEST_REGS_R13(%rax)
	mov %r14, .LVMX_GUEST_REGS_R14(%rax)
	mov %r15, .LVMX_GUEST_REGS_R15(%rax)
	mov $.LVMX_SUCCEED, %ebx

.Lvmx_back:
	/* No guest value outlives the entry, not even speculatively. */
	xor %eax, %eax
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

.Lvmx_restore:
	mov %ebx, %eax
	add $8, %rsp
	pop %rbx
	pop %r12
	pop %r13
	pop %r14
	pop %r15
	pop %rbp
	VMXGEN_RET

.Lvmx_update_stack:
	mov $.LVMCS_HOST_RSP, %eax
.Lvmx_write_stack:
	vmwrite %rsp, %rax
	jna .Lvmx_write_failed
	mov %rsp, (%rdx)
	jmp .Lvmx_stack_ready

.Lvmx_write_failed:
	/* VMX_FAIL_INVALID, VMX_FAIL_VALID: nothing ran, nothing to clear. */
	mov $.LVMX_FAIL_INVALID, %ebx
	mov $.LVMX_FAIL_VALID, %ecx
	cmovz %ecx, %ebx
	jmp .Lvmx_restore

#ifdef VMXGEN_HAVE_FAULT_HOOK
.Lvmx_write_fault:
	mov $.LVMX_FAULT, %ebx
	jmp .Lvmx_restore
.Lvmx_entry_fault:
	mov $.LVMX_FAULT, %ebx
	jmp .Lvmx_back

	VMXGEN_FAULT_HOOK(.Lvmx_write_stack, .Lvmx_write_fault)
	VMXGEN_FAULT_HOOK(.Lvmx_resume, .Lvmx_entry_fault)
	VMXGEN_FAULT_HOOK(.Lvmx_enter, .Lvmx_entry_fault)
#endif
VMXGEN_FUNC_END(vmx_run_guest)

/*
 * enum vmx_status vmx_run_guest_init_vmcs(void)
 *
 * VMCS_HOST_RIP of the current VMCS: .Lvmx_exit in vmx_run_guest(), once per VMCS.
 */
VMXGEN_FUNC_START(vmx_run_guest_init_vmcs)
	lea .Lvmx_exit(%rip), %rdx
	mov $.LVMCS_HOST_RIP, %eax
.Lvmx_write_resume:
	vmwrite %rdx, %rax
	jna .Lvmx_init_failed
	mov $.LVMX_SUCCEED, %eax
	VMXGEN_RET
.Lvmx_init_failed:
	mov $.LVMX_FAIL_INVALID, %eax
	mov $.LVMX_FAIL_VALID, %ecx
	cmovz %ecx, %eax
	VMXGEN_RET
#ifdef VMXGEN_HAVE_FAULT_HOOK
.Lvmx_init_fault:
	mov $.LVMX_FAULT, %eax
	VMXGEN_RET

	VMXGEN_FAULT_HOOK(.Lvmx_write_resume, .Lvmx_init_fault)
#endif
VMXGEN_FUNC_END(vmx_run_guest_init_vmcs)

VMXGEN_FILE_END
