/* SPDX-License-Identifier: MIT */
/*
 * Compiler and type glue for the generated vmxgen headers.
 *
 * Hand-written, because it is the one place that differs between the three
 * worlds the headers are used in: a Linux kernel tree (__KERNEL__), other
 * freestanding code (no libc; types come from compiler builtins, so even
 * -nostdinc works), and ordinary user space.
 */
#ifndef VMXGEN_VMX_COMPAT_H
#define VMXGEN_VMX_COMPAT_H

#ifdef __KERNEL__
#include <linux/types.h>
typedef u8 vmx_u8;
typedef u16 vmx_u16;
typedef u32 vmx_u32;
typedef u64 vmx_u64;
#else
typedef __UINT8_TYPE__ vmx_u8;
typedef __UINT16_TYPE__ vmx_u16;
typedef __UINT32_TYPE__ vmx_u32;
typedef __UINT64_TYPE__ vmx_u64;
#endif

/* The kernel and glibc define this too; glibc #undefs it before its own. */
#ifndef __always_inline
#define __always_inline inline __attribute__((__always_inline__))
#endif

/* The kernel's spelling, so the headers read as kernel code (checkpatch). */
#ifndef __packed
#define __packed __attribute__((__packed__))
#endif

/*
 * A helper of the dumps (dump_line.h) called from hundreds of places:
 * kept out of line (inlined, it would double their code), and no warning
 * in a file that includes the header but never dumps (the kernel's
 * __maybe_unused noinline).
 */
#define VMXGEN_OUT_OF_LINE __attribute__((__unused__, __noinline__))

/*
 * VMXGEN_IMM8(x): 1 if x is an integer constant expression of 0..255, else
 * 0; an integer constant expression itself, for the _Static_assert of the
 * macros that take an instruction's imm8 (hostx_outb_imm8()).  gcc at -O1
 * and up folds a const variable or a parameter's tautology in a static
 * assertion, so "is it constant" is asked of C's rules: (long)(x) * 0l is a
 * null pointer constant only if x is an integer constant expression, and
 * then the conditional has type int *, else void * (sizeof 1 in GNU C).
 * The range is then tested only of a constant (__builtin_choose_expr
 * leaves the other branch alone).
 */
#define VMXGEN_IS_ICE(x)						\
	(sizeof(*(1 ? (void *)((long)(x) * 0l) : (int *)1)) == sizeof(int))
#define VMXGEN_IMM8(x)							\
	(VMXGEN_IS_ICE(x) &&						\
	 __builtin_choose_expr(VMXGEN_IS_ICE(x),			\
			       !((unsigned long long)(x) >> 8), 0))

/*
 * A macro argument as a string after its expansion: the goto forms name
 * the caller's fail label in their asm text with it, so that a label
 * given through a macro is the one the asm goto's label list (which
 * expands it) holds, as the fault label in VMXGEN_FAULT_HOOK() is.
 */
#define VMXGEN_STRINGIFY(x) VMXGEN_STRINGIFY_(x)
#define VMXGEN_STRINGIFY_(x) #x

/*
 * VMXGEN_FAULT_HOOK(insn, fixup) is expanded, inside the asm statement,
 * right after every VMX instruction.  "insn" is a local label on the
 * instruction and "fixup" where execution must resume if it faults (#UD
 * outside VMX operation, #GP for a bad operand), both as assembler tokens,
 * so a kernel can record an exception-table entry:
 *
 *	#define VMXGEN_FAULT_HOOK(insn, fixup) _ASM_EXTABLE(insn, fixup)
 *
 * before including <vmxgen/vmx.h>.  A wrapper that returns a status then
 * returns VMX_FAULT for a faulting instruction: "fixup" is its fault path
 * (asm goto wrappers), or the next instruction with CF = ZF = 1, which
 * VMXGEN_FAULT_FLAGS sets before the instruction and no VMX instruction
 * leaves (wrappers with outputs: VMREAD).  Wrappers that return nothing
 * (VMPTRST, VMFUNC) just resume after the instruction.  Without a hook,
 * all of this expands to nothing and the wrappers have no fault path at
 * all (objtool would call it unreachable), so a fault is the caller's
 * problem.  VMXGEN_FAULT_LABEL(label) puts the fault path first among the
 * labels of an asm goto, VMXGEN_HAVE_FAULT_HOOK says whether there is one.
 */
#ifdef VMXGEN_FAULT_HOOK
#define VMXGEN_HAVE_FAULT_HOOK 1
#define VMXGEN_FAULT_FLAGS "cmp %%esp, %%esp\n\tstc\n\t"
#define VMXGEN_FAULT_LABEL(label) label,
#else
#define VMXGEN_FAULT_HOOK(insn, fixup) ""
#define VMXGEN_FAULT_FLAGS ""
#define VMXGEN_FAULT_LABEL(label)
#endif

/*
 * VMXGEN_HAVE_ASM_GOTO_OUTPUT says that asm goto may have outputs: then
 * VMREAD is "vmread; jbe" with the value in a register, as in KVM, and its
 * asm goto is followed by VMXGEN_ASM_GOTO_OUTPUT_BARRIER.  Known good:
 *  - in a kernel, what its Kconfig says (CONFIG_CC_HAS_ASM_GOTO_OUTPUT);
 *  - gcc 11 and later.  gcc before 11.5, 12.x before 12.4 and 13.x before
 *    13.3 can drop the output of an asm goto on some paths (GCC PR 113921):
 *    as Linux does since 2024 (CONFIG_GCC_ASM_GOTO_OUTPUT_WORKAROUND), an
 *    empty asm after the statement avoids it.  The wrappers also say
 *    volatile, which gcc did not imply for asm goto with outputs (GCC PR
 *    98619);
 *  - clang 17 and later: earlier ones miscompile outputs used on the
 *    paths of scoped labels (Linux commit e2ffa15b9baa, "kbuild: Disable
 *    CONFIG_CC_HAS_ASM_GOTO_OUTPUT for clang < 17").
 * Elsewhere the failure flags are outputs instead ("=@ccbe"): a setbe and
 * a test more than the asm goto, and with a fault hook a cmp and an stc.
 * Define VMXGEN_NO_ASM_GOTO_OUTPUT to always use flag outputs.
 */
#if defined(VMXGEN_NO_ASM_GOTO_OUTPUT)
/* flag outputs */
#elif defined(__KERNEL__)
#ifdef CONFIG_CC_HAS_ASM_GOTO_OUTPUT
#define VMXGEN_HAVE_ASM_GOTO_OUTPUT 1
#ifdef CONFIG_GCC_ASM_GOTO_OUTPUT_WORKAROUND
#define VMXGEN_ASM_GOTO_OUTPUT_BARRIER __asm__("")
#endif
#endif
#elif defined(__clang__)
#if __clang_major__ >= 17
#define VMXGEN_HAVE_ASM_GOTO_OUTPUT 1
#endif
#elif defined(__GNUC__) && __GNUC__ >= 11
#define VMXGEN_HAVE_ASM_GOTO_OUTPUT 1
#if (__GNUC__ == 11 && __GNUC_MINOR__ < 5) || (__GNUC__ == 12 && __GNUC_MINOR__ < 4)
#define VMXGEN_ASM_GOTO_OUTPUT_BARRIER __asm__("")
#elif __GNUC__ == 13 && __GNUC_MINOR__ < 3
#define VMXGEN_ASM_GOTO_OUTPUT_BARRIER __asm__("")
#endif
#endif
#ifndef VMXGEN_ASM_GOTO_OUTPUT_BARRIER
#define VMXGEN_ASM_GOTO_OUTPUT_BARRIER do { } while (0)
#endif

/*
 * VMXGEN_COLD_LABEL, as "label: VMXGEN_COLD_LABEL;": the path after the
 * label is unlikely (gcc's label attribute; clang has none, and nothing
 * is lost but the hint).  The wrappers put it on the label of an outcome
 * a correct caller never sees (VMfailInvalid).  gcc weighs the labels of
 * an asm goto alike, so without it a caller that handles both VMfail
 * outcomes in one place weighs that place at half of all paths (two of
 * four labels), and gcc lays it out on the fall-through path.
 */
#if defined(__GNUC__) && !defined(__clang__)
#define VMXGEN_COLD_LABEL __attribute__((__cold__))
#else
#define VMXGEN_COLD_LABEL
#endif

/*
 * VMXGEN_BUILD_CHECK(ok, message): a compile-time check that also sees
 * through inlining, as the kernel's compiletime_assert(): if ok is not
 * folded to true, a call to an undefined function declared with
 * __attribute__((error(message))) is left, and gcc and clang (14 and
 * later) stop with the message.  ok must fold to true wherever the check
 * passes (e.g. "!__builtin_constant_p(x) || test(x)").  At -O0 nothing is
 * inlined into a constant, __builtin_constant_p() of a parameter is 0 and
 * only what is constant where the macro is expanded is checked.  Each use
 * declares a function of its own (__COUNTER__), which is never defined or
 * referenced once the call is folded away.
 */
#if defined(__has_attribute)
#if __has_attribute(__error__)
#define VMXGEN_HAVE_BUILD_CHECK 1
#endif
#endif
#ifdef VMXGEN_HAVE_BUILD_CHECK
#define VMXGEN_BUILD_CHECK(ok, message)					\
	VMXGEN_BUILD_CHECK_(ok, message, __COUNTER__)
#define VMXGEN_BUILD_CHECK_(ok, message, n) VMXGEN_BUILD_CHECK__(ok, message, n)
#define VMXGEN_BUILD_CHECK__(ok, message, n)				\
	do {								\
		__attribute__((__error__(message), __noreturn__))	\
		void vmxgen_build_check_failed_##n(void);		\
		if (!(ok))						\
			vmxgen_build_check_failed_##n();		\
	} while (0)
#else
#define VMXGEN_BUILD_CHECK(ok, message) do { } while (0)
#endif

/*
 * VMXGEN_NATURAL(x, fn) is x and VMXGEN_NATURAL_PTR(p, fn) is p.  In
 * 32-bit code the generated headers pass each natural-width (unsigned
 * long) argument of a public function fn through them, and an argument
 * wider than unsigned long's 32 bits -- a 64-bit value, or a pointer to a
 * 64-bit object -- is a compile-time error naming fn, never a silent
 * truncation.  64-bit VMCS fields have vmx_vmread64() and
 * vmx_vmwrite64(), which use two 32-bit accesses in 32-bit code.
 */
#ifdef __x86_64__
#define VMXGEN_NATURAL(x, fn)		(x)
#define VMXGEN_NATURAL_PTR(p, fn)	(p)
#else
#define VMXGEN_NATURAL(x, fn)						\
	({								\
		_Static_assert(sizeof((x) + 0) <= sizeof(unsigned long), \
			       #fn ": 64-bit argument in 32-bit code, where " \
			       "unsigned long has 32 bits: it would be " \
			       "truncated (64-bit VMCS fields: use " \
			       "vmx_vmwrite64())");			\
		(x);							\
	})
#define VMXGEN_NATURAL_PTR(p, fn)					\
	({								\
		_Static_assert(sizeof(*(p)) == sizeof(unsigned long),	\
			       #fn ": in 32-bit code this stores a 32-bit " \
			       "unsigned long, and the object pointed to " \
			       "is not one (64-bit VMCS fields: use " \
			       "vmx_vmread64())");			\
		(p);							\
	})
#endif

#endif /* VMXGEN_VMX_COMPAT_H */
