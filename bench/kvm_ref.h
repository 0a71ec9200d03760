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

#define REF_ASM0(insn)							\
	do {								\
		asm goto("1: " insn "\n\tjna %l[error]"			\
			 : : : "cc", "memory" : error);			\
		return VMX_SUCCEED;					\
error:									\
		return VMX_FAIL_VALID;					\
	} while (0)

#define REF_ASM1(insn, op1)						\
	do {								\
		asm goto("1: " insn " %0\n\tjna %l[error]"		\
			 : : op1 : "cc" : error);			\
		return VMX_SUCCEED;					\
error:									\
		return VMX_FAIL_VALID;					\
	} while (0)

#define REF_ASM2(insn, op1, op2)					\
	do {								\
		asm goto("1: " insn " %1, %0\n\tjna %l[error]"		\
			 : : op1, op2 : "cc" : error);			\
		return VMX_SUCCEED;					\
error:									\
		return VMX_FAIL_VALID;					\
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

static __always_inline enum vmx_status ref_vmread(unsigned long field, unsigned long *value)
{
	unsigned long v;

	asm goto("1: vmread %[field], %[output]\n\tjna %l[error]"
		 : [output] "=r"(v) : [field] "r"(field) : "cc" : error);
	*value = v;
	return VMX_SUCCEED;
error:
	return VMX_FAIL_VALID;
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
