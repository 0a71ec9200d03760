/* SPDX-License-Identifier: MIT */
/*
 * The benchmark's reference: each VMX instruction wrapped the way Linux
 * KVM's arch/x86/kvm/vmx/vmx_ops.h does it by hand -- asm goto with a
 * "jna" to the caller's error label, no distinction between VMfailValid
 * and VMfailInvalid, and (for VMREAD) asm goto with an output operand,
 * which gcc 12.0-12.3 and clang < 17 can miscompile in other contexts.
 * Same signatures as the generated wrappers, so the same caller compiles
 * against both.  Not used by anything but bench/success-path.py.
 */
#ifndef VMXGEN_BENCH_KVM_REF_H
#define VMXGEN_BENCH_KVM_REF_H

#include <vmxgen/vmx.h>

/*
 * KVM puts an exception-table entry on each instruction whose fixup is a
 * fault label (_ASM_EXTABLE(1b, %l[fault])); with the bench's hook
 * defined (VMXGEN_HAVE_FAULT_HOOK), so does the reference, through the
 * same macro, and the fault returns VMX_FAULT.
 */
#ifdef VMXGEN_HAVE_FAULT_HOOK
#define REF_HOOK VMXGEN_FAULT_HOOK(1b, %l[fault])
#define REF_LABELS error, fault
#else
#define REF_HOOK ""
#define REF_LABELS error
#endif

#define REF_RETURNS							\
	return VMX_SUCCEED;						\
error:									\
	return VMX_FAIL_VALID;						\
fault: __attribute__((__unused__))					\
	return VMX_FAULT

#define REF_ASM0(insn)							\
	do {								\
		asm goto("1: " insn "\n\t" REF_HOOK "jna %l[error]"	\
			 : : : "cc", "memory" : REF_LABELS);	\
		REF_RETURNS;						\
	} while (0)

#define REF_ASM1(insn, op1)						\
	do {								\
		asm goto("1: " insn " %0\n\t" REF_HOOK "jna %l[error]"	\
			 : : op1 : "cc" : REF_LABELS);		\
		REF_RETURNS;						\
	} while (0)

#define REF_ASM2(insn, op1, op2)					\
	do {								\
		asm goto("1: " insn " %1, %0\n\t" REF_HOOK "jna %l[error]" \
			 : : op1, op2 : "cc" : REF_LABELS);	\
		REF_RETURNS;						\
	} while (0)

static __always_inline enum vmx_status ref_invept(enum vmx_invept_type type, vmx_u64 eptp)
{
	struct { vmx_u64 eptp, gpa; } operand = { eptp, 0 };

	REF_ASM2("invept", "r"((unsigned long)type), "m"(operand));
}

static __always_inline enum vmx_status ref_invvpid(enum vmx_invvpid_type type, vmx_u16 vpid,
						   vmx_u64 linear_address)
{
	struct { vmx_u64 vpid : 16; vmx_u64 rsvd : 48; vmx_u64 gva; } operand = {
		vpid, 0, linear_address };

	REF_ASM2("invvpid", "r"((unsigned long)type), "m"(operand));
}

static __always_inline enum vmx_status ref_vmptrld(vmx_u64 vmcs_pa)
{
	REF_ASM1("vmptrld", "m"(vmcs_pa));
}

static __always_inline enum vmx_status ref_vmclear(vmx_u64 vmcs_pa)
{
	REF_ASM1("vmclear", "m"(vmcs_pa));
}

static __always_inline enum vmx_status ref_vmxon(vmx_u64 vmxon_pa)
{
	REF_ASM1("vmxon", "m"(vmxon_pa));
}

static __always_inline enum vmx_status ref_vmxoff(void) { REF_ASM0("vmxoff"); }
static __always_inline enum vmx_status ref_vmlaunch(void) { REF_ASM0("vmlaunch"); }
static __always_inline enum vmx_status ref_vmresume(void) { REF_ASM0("vmresume"); }
static __always_inline enum vmx_status ref_vmcall(void) { REF_ASM0("vmcall"); }

static __always_inline enum vmx_status ref_vmwrite(unsigned long field, unsigned long value)
{
	REF_ASM2("vmwrite", "r"(field), "rm"(value));
}

/*
 * VMREAD as KVM has it: asm goto with an output where the compiler may
 * (VMXGEN_HAVE_ASM_GOTO_OUTPUT: KVM's CONFIG_CC_HAS_ASM_GOTO_OUTPUT),
 * else "vmread; ja" over an out-of-line call of an error trampoline
 * inside the asm (KVM's vmread_error_trampoline, which preserves every
 * register; here an undefined symbol: the bench only compiles).
 */
#ifdef VMXGEN_HAVE_ASM_GOTO_OUTPUT
#define REF_VMREAD(field, v, on_error, on_fault)			\
	do {								\
		asm volatile goto("1: vmread %[f], %[o]\n\t" REF_HOOK	\
				  "jna %l[error]"			\
				  : [o] "=r"(v) : [f] "r"(field) : "cc"	\
				  : REF_LABELS);			\
		VMXGEN_ASM_GOTO_OUTPUT_BARRIER;				\
		break;							\
error:									\
		on_error;						\
fault: __attribute__((__unused__))					\
		on_fault;						\
	} while (0)
#else
#define REF_VMREAD(field, v, on_error, on_fault)			\
	asm volatile("1: vmread %1, %0\n\t"				\
		     "ja 3f\n\t"					\
		     "xorl %k0, %k0\n\t"				\
		     "push %0\n\t"					\
		     "push %1\n\t"					\
		     "call ref_vmread_error_trampoline\n\t"		\
		     "pop %1\n\t"					\
		     "pop %0\n\t"					\
		     "3:\n\t"						\
		     : "=&r"(v) : "r"(field) : "cc")
#endif

static __always_inline enum vmx_status ref_vmread(unsigned long field, unsigned long *value)
{
#ifdef VMXGEN_HAVE_ASM_GOTO_OUTPUT
	unsigned long v;

	REF_VMREAD(field, v, return VMX_FAIL_VALID, return VMX_FAULT);
	*value = v;
	return VMX_SUCCEED;
#else
	/* KVM has no status-returning VMREAD without asm goto outputs. */
	return vmx_vmread(field, value);
#endif
}

void ref_vmread_error(unsigned long field);
void ref_spurious_fault(void);

/* KVM's vmcs_readl(): the value, a failure reported out of line. */
static __always_inline unsigned long ref_vmcs_readl(unsigned long field)
{
	unsigned long v = 0;

	REF_VMREAD(field, v, ref_vmread_error(field); return 0,
		   ref_spurious_fault(); return 0);
	return v;
}

static __always_inline void ref_vmptrst(vmx_u64 *vmcs_pa)
{
	asm volatile("vmptrst %0" : "=m"(*vmcs_pa) : : "cc");
}

static __always_inline void ref_vmfunc(vmx_u32 function, vmx_u32 index)
{
	asm volatile("vmfunc" : : "a"(function), "c"(index) : "cc", "memory");
}

#endif
