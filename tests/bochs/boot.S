/* SPDX-License-Identifier: MIT */
/*
 * boot.S - entry of the Bochs VMX test kernel (tests/bochs).
 *
 * GRUB (multiboot2) enters _start in 32-bit protected mode with paging off.
 * We identity-map the first GiB with 2 MiB pages, enable long mode and jump
 * to kmain() in kernel.c.  Also here: the 32 exception stubs of the IDT and
 * their common path (which returns: kernel.c resumes VMX faults at the fixup
 * of the exception table), the setjmp-like context helpers used to come back
 * to C after a trip to CPL 3, and the shutdown sequence for Bochs.  (VM
 * exits come back through vmx_run_guest(), generated/vmxgen/vmx_entry.S.)
 */

#define MB2_MAGIC	0xE85250D6
#define MB2_ARCH_I386	0
#define MSR_EFER	0xC0000080
#define EFER_LME	(1 << 8)
#define CR0_PE		(1 << 0)
#define CR0_PG		(1 << 31)
#define CR4_PAE		(1 << 5)
#define SEL_CODE64	0x08
#define SEL_DATA	0x10
#define SEL_UDATA	0x28	/* DPL 3 */
#define SEL_UCODE64	0x30	/* DPL 3 */

/* ------------------------------------------------------------------ */
/* Multiboot2 header: no framebuffer tag, so GRUB leaves VGA text mode. */
	.section .multiboot2, "a"
	.balign 8
mb2_header:
	.long	MB2_MAGIC
	.long	MB2_ARCH_I386
	.long	mb2_header_end - mb2_header
	.long	-(MB2_MAGIC + MB2_ARCH_I386 + (mb2_header_end - mb2_header))
	.balign 8
	.short	0		/* end tag: type 0 */
	.short	0		/* flags */
	.long	8		/* size */
mb2_header_end:

/* ------------------------------------------------------------------ */
	.section .text.boot, "ax"
	.code32
	.globl	_start
_start:
	cli
	cld
	/* Zero .bss (page tables, stacks, VMCS regions) without using a stack. */
	movl	$__bss_start, %edi
	movl	$__bss_end, %ecx
	subl	%edi, %ecx
	xorl	%eax, %eax
	rep stosb
	movl	$boot_stack_top, %esp

	/*
	 * PML4[0] -> PDPT, PDPT[0] -> PD, PD[i] -> i * 2 MiB (present, rw,
	 * user, PS).  User: the CPL 3 fault scenarios run kernel.c code and
	 * data at CPL 3 (CR4.SMEP/SMAP stay clear).
	 */
	movl	$boot_pdpt, %eax
	orl	$0x7, %eax
	movl	%eax, boot_pml4
	movl	$boot_pd, %eax
	orl	$0x7, %eax
	movl	%eax, boot_pdpt
	xorl	%ecx, %ecx
1:	movl	%ecx, %eax
	shll	$21, %eax
	orl	$0x87, %eax
	movl	%eax, boot_pd(, %ecx, 8)
	incl	%ecx
	cmpl	$512, %ecx
	jne	1b

	lgdt	boot_gdt_ptr
	movl	%cr4, %eax
	orl	$CR4_PAE, %eax
	movl	%eax, %cr4
	movl	$boot_pml4, %eax
	movl	%eax, %cr3
	movl	$MSR_EFER, %ecx
	rdmsr
	orl	$EFER_LME, %eax
	wrmsr
	movl	%cr0, %eax
	orl	$(CR0_PG | CR0_PE), %eax
	movl	%eax, %cr0
	ljmp	$SEL_CODE64, $long_entry

	.code64
long_entry:
	movw	$SEL_DATA, %ax
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %ss
	movw	%ax, %fs
	movw	%ax, %gs
	leaq	boot_stack_top(%rip), %rsp
	call	kmain
	jmp	bochs_shutdown

/* Ask Bochs to power off (port 0x8900 "Shutdown"); halt if it does not. */
	.globl	bochs_shutdown
bochs_shutdown:
	leaq	shutdown_str(%rip), %rsi
	movl	$8, %ecx
	movw	$0x8900, %dx
	cld
	rep outsb
2:	cli
	hlt
	jmp	2b

/* ------------------------------------------------------------------ */
/* Exception stubs for vectors 0-31: push (error code, vector), then C. */
	.macro	ISR_NOERR n
isr_\n:
	pushq	$0
	pushq	$\n
	jmp	isr_common
	.endm
	.macro	ISR_ERR n
isr_\n:
	pushq	$\n
	jmp	isr_common
	.endm

	.irp	n, 0,1,2,3,4,5,6,7,9,15,16,18,19,20,22,23,24,25,26,27,28,31
	ISR_NOERR \n
	.endr
	.irp	n, 8,10,11,12,13,14,17,21,29,30
	ISR_ERR	\n
	.endr

/*
 * Save every general register (struct exc_frame in kernel.c: r15 first),
 * call exc_handler(), which either reports the crash and shuts down or
 * changes the saved RIP to a fixup and returns; then restore, drop vector
 * and error code, and iretq with the saved frame (RFLAGS, CS, SS, RSP
 * untouched: a fault at CPL 3 resumes at CPL 3).
 */
isr_common:
	pushq	%rax
	pushq	%rbx
	pushq	%rcx
	pushq	%rdx
	pushq	%rsi
	pushq	%rdi
	pushq	%rbp
	pushq	%r8
	pushq	%r9
	pushq	%r10
	pushq	%r11
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	cld
	movq	%rsp, %rdi		/* struct exc_frame * */
	movq	%rsp, %rbx		/* callee-saved */
	andq	$-16, %rsp
	call	exc_handler
	movq	%rbx, %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%r11
	popq	%r10
	popq	%r9
	popq	%r8
	popq	%rbp
	popq	%rdi
	popq	%rsi
	popq	%rdx
	popq	%rcx
	popq	%rbx
	popq	%rax
	addq	$16, %rsp		/* vector, error code */
	iretq

	.section .rodata
	.balign 8
	.globl	isr_table
isr_table:
	.irp	n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	.quad	isr_\n
	.endr
shutdown_str:
	.ascii	"Shutdown"

/* ------------------------------------------------------------------ */
/*
 * int kjmp_save(struct kjmp *ctx)     returns 0, and 1 again after a
 *                                      return from CPL 3
 * enter_user(entry, stack)             iretq to entry() at CPL 3
 * user_return_entry                    IDT gate 32 (DPL 3): "int $32" at
 *                                      CPL 3 resumes user_ctx at CPL 0
 *
 * Layout of struct kjmp (kernel.c): rbx, rbp, r12, r13, r14, r15, rsp, rip.
 * An interrupt from CPL 3 loads RSP0 from the TSS; the entry uses only
 * RIP-relative data and registers.
 */
	.text
	.globl	kjmp_save
kjmp_save:
	movq	%rbx, 0(%rdi)
	movq	%rbp, 8(%rdi)
	movq	%r12, 16(%rdi)
	movq	%r13, 24(%rdi)
	movq	%r14, 32(%rdi)
	movq	%r15, 40(%rdi)
	leaq	8(%rsp), %rax
	movq	%rax, 48(%rdi)
	movq	(%rsp), %rax
	movq	%rax, 56(%rdi)
	xorl	%eax, %eax
	ret

	.globl	enter_user
enter_user:
	pushq	$(SEL_UDATA | 3)	/* SS */
	pushq	%rsi			/* RSP */
	pushfq				/* RFLAGS: IF = 0, IOPL = 0 */
	pushq	$(SEL_UCODE64 | 3)	/* CS */
	pushq	%rdi			/* RIP */
	iretq

	.globl	user_return_entry
user_return_entry:
	/* The interrupt from CPL 3 left SS null, the iretq to CPL 3 may have
	 * nulled DS/ES/FS/GS: back to the flat kernel data segment. */
	movl	$SEL_DATA, %eax
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %fs
	movw	%ax, %gs
	movw	%ax, %ss
	leaq	user_ctx(%rip), %rdi
	jmp	kjmp_restore

kjmp_restore:
	movq	0(%rdi), %rbx
	movq	8(%rdi), %rbp
	movq	16(%rdi), %r12
	movq	24(%rdi), %r13
	movq	32(%rdi), %r14
	movq	40(%rdi), %r15
	movq	48(%rdi), %rsp
	movl	$1, %eax
	jmpq	*56(%rdi)

/* ------------------------------------------------------------------ */
	.data
	.balign 16
	.globl	boot_gdt, boot_gdt_tss
boot_gdt:
	.quad	0			/* 0x00: null */
	.quad	0x00AF9A000000FFFF	/* 0x08: 64-bit code, DPL 0 */
	.quad	0x00CF92000000FFFF	/* 0x10: flat data, DPL 0 */
boot_gdt_tss:
	.quad	0, 0			/* 0x18: 64-bit TSS, filled in by kernel.c */
	.quad	0x00CFF2000000FFFF	/* 0x28: flat data, DPL 3 */
	.quad	0x00AFFA000000FFFF	/* 0x30: 64-bit code, DPL 3 */
boot_gdt_end:
	.balign 8
boot_gdt_ptr:
	.short	boot_gdt_end - boot_gdt - 1
	.quad	boot_gdt

	.bss
	.balign 4096
boot_pml4:
	.skip	4096
boot_pdpt:
	.skip	4096
boot_pd:
	.skip	4096
	.balign 16
	.skip	16384
boot_stack_top:

	.section .note.GNU-stack, "", @progbits
