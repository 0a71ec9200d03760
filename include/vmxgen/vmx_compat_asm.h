/* SPDX-License-Identifier: MIT */
/*
 * Assembler glue for the generated vmxgen sources (<isa>_entry.S).
 *
 * Hand-written, like vmx_compat.h, because it is what differs between a
 * Linux kernel tree (__KERNEL__: the kernel's linkage, return thunk,
 * ENDBR and objtool annotations) and everything else (plain ELF symbols).
 * Only assembly includes it: no C declarations here.
 */
#ifndef VMXGEN_VMX_COMPAT_ASM_H
#define VMXGEN_VMX_COMPAT_ASM_H

#ifdef __KERNEL__
#include <linux/linkage.h>
#include <asm/asm.h>
#include <asm/unwind_hints.h>

#define VMXGEN_FUNC_START(name)	SYM_FUNC_START(name)
#define VMXGEN_FUNC_END(name)	SYM_FUNC_END(name)
/* The kernel's return: a return thunk, ret; int3, or ret. */
#define VMXGEN_RET		RET
/* endbr64 with CONFIG_X86_KERNEL_IBT, else nothing. */
#define VMXGEN_ENDBR		ENDBR
/*
 * A VM exit resumes at an address the entry wrote into the VMCS, not
 * after the instruction: objtool is told to take the stack state there
 * from the instruction that entered.
 */
#define VMXGEN_UNWIND_SAVE	UNWIND_HINT_SAVE
#define VMXGEN_UNWIND_RESTORE	UNWIND_HINT_RESTORE
#define VMXGEN_FILE_END

#else /* !__KERNEL__ */

#define VMXGEN_FUNC_START(name)		\
	.globl name;			\
	.type name, @function;		\
	.p2align 4;			\
	name:				\
	VMXGEN_ENDBR
#define VMXGEN_FUNC_END(name)	.size name, . - name
#define VMXGEN_RET		ret
#define VMXGEN_UNWIND_SAVE
#define VMXGEN_UNWIND_RESTORE

/*
 * Code built with -fcf-protection: an ENDBR64 where control arrives
 * other than by a direct branch, and the note that says so, so that the
 * program keeps its IBT/SHSTK marking when linked with these objects.
 */
#if defined(__CET__) && (__CET__ & 1)
#define VMXGEN_ENDBR	endbr64
#else
#define VMXGEN_ENDBR
#endif

#ifdef __CET__
#define VMXGEN_FILE_END							\
	.section .note.GNU-stack, "", @progbits;			\
	.section .note.gnu.property, "a";				\
	.p2align 3;							\
	.long 4;		/* name size: "GNU" */			\
	.long 16;		/* descriptor size */			\
	.long 5;		/* NT_GNU_PROPERTY_TYPE_0 */		\
	.asciz "GNU";							\
	.long 0xc0000002;	/* GNU_PROPERTY_X86_FEATURE_1_AND */	\
	.long 4;							\
	.long __CET__;		/* bit 0 IBT, bit 1 SHSTK */		\
	.long 0
#else
/* No executable stack for the program that links this object. */
#define VMXGEN_FILE_END	.section .note.GNU-stack, "", @progbits
#endif

#endif /* __KERNEL__ */

/*
 * Where the entry code goes; define it to place it elsewhere (a kernel
 * that calls it from noinstr code: .section .noinstr.text, "ax").
 */
#ifndef VMXGEN_ENTRY_SECTION
#define VMXGEN_ENTRY_SECTION	.text
#endif

/*
 * VMXGEN_FAULT_HOOK(insn, fixup), when defined before this header (on the
 * assembler's command line, or in a .S that defines it and then includes
 * the generated one), is expanded after every instruction of the entry
 * that can fault, with assembler labels: insn on the instruction, fixup
 * where to resume.  It must expand to assembler statements; the kernel's
 * _ASM_EXTABLE(insn, fixup) from <asm/asm.h> does, and is what a kernel
 * module uses (the same definition serves its C code).  The function then
 * returns the fault status (VMX_FAULT) for a faulting instruction.
 * Without it there is no fault path at all.
 */
#ifdef VMXGEN_FAULT_HOOK
#define VMXGEN_HAVE_FAULT_HOOK 1
#endif

/*
 * The entry's hooks, empty by default: assembler statements that run
 *   VMXGEN_ENTRY_BEFORE: after the host's registers are saved and the
 *	control-state fields written, just before the guest's registers
 *	are loaded (a kernel restores the guest's SPEC_CTRL, clears CPU
 *	buffers with VERW);
 *   VMXGEN_ENTRY_AFTER: on every way back once VMXGEN_ENTRY_BEFORE ran
 *	(a VM exit, a failed or faulting entry), after the guest's
 *	registers are stored and cleared, before the host's are restored
 *	(a kernel fills the return stack buffer, restores the host's
 *	SPEC_CTRL).
 * Both may change the flags and the registers a C call may change (rax,
 * rcx, rdx, rsi, rdi, r8-r11), and may call C functions: the stack is
 * 16-byte aligned there.  They must preserve every other register.
 */
#ifndef VMXGEN_ENTRY_BEFORE
#define VMXGEN_ENTRY_BEFORE
#endif
#ifndef VMXGEN_ENTRY_AFTER
#define VMXGEN_ENTRY_AFTER
#endif

#endif /* VMXGEN_VMX_COMPAT_ASM_H */
