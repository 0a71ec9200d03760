/* SPDX-License-Identifier: MIT */
/*
 * A stand-in for KVM's arch/x86/kvm/vmx/vmx_ops.h (Linux 6.1) over
 * vmxgen, written for this project: KVM's functions, names and
 * behaviour, every VMX instruction from a generated wrapper.
 * contrib/kvm/build.py drops it in place of KVM's own and compares the
 * two modules (make bench-kvm).
 *
 * What KVM does and this keeps: a VMfail is reported by KVM's own
 * reporters (vmread's inline WARN, vmwrite_error(), vmclear_error(), ...),
 * a fault by kvm_spurious_fault() (which tolerates it only while
 * kvm_rebooting), the width checks of vmcs_check16() and friends, and the
 * eVMCS detour.  The fault hook is the kernel's exception table, as in
 * KVM's _ASM_EXTABLE(1b, %l[fault]).
 */
#ifndef __KVM_X86_VMX_INSN_H
#define __KVM_X86_VMX_INSN_H

#include <linux/nospec.h>

#include <asm/asm.h>
#include <asm/tlbflush.h>
#include <asm/vmx.h>

#define VMXGEN_FAULT_HOOK(insn, fixup) _ASM_EXTABLE(insn, fixup)
#include <vmxgen/vmx.h>

#include "evmcs.h"
#include "vmcs.h"
#include "../x86.h"

void vmread_error(unsigned long field, bool fault);
void vmwrite_error(unsigned long field, unsigned long value);
void vmclear_error(struct vmcs *vmcs, u64 phys_addr);
void vmptrld_error(struct vmcs *vmcs, u64 phys_addr);
void invvpid_error(unsigned long ext, u16 vpid, gva_t gva);
void invept_error(unsigned long ext, u64 eptp, gpa_t gpa);

/*
 * KVM's width checks as one rule: a constant field must have the
 * accessor's width in bits 14:13 of its encoding (0: 16-bit, 1: 64-bit,
 * 2: 32-bit, 3: natural width), and no accessor takes the high half of a
 * 64-bit field (bit 0 set).  Through inlining, as BUILD_BUG_ON_MSG is.
 */
#define kvm_vmcs_check(field, width, name)				\
	BUILD_BUG_ON_MSG(__builtin_constant_p(field) &&			\
			 (((field) & 0x6000) != (width) << 13 ||		\
			  ((field) & 0x6001) == 0x2001),			\
			 name " accessor invalid for the field's width")

static __always_inline void vmcs_check16(unsigned long field)
{
	kvm_vmcs_check(field, 0, "16-bit");
}

static __always_inline void vmcs_check32(unsigned long field)
{
	kvm_vmcs_check(field, 2, "32-bit");
}

static __always_inline void vmcs_check64(unsigned long field)
{
	kvm_vmcs_check(field, 1, "64-bit");
}

static __always_inline void vmcs_checkl(unsigned long field)
{
	kvm_vmcs_check(field, 3, "Natural width");
}

/*
 * VMREAD: a VMfail warns (once per call site, and rate-limited), a fault
 * goes to kvm_spurious_fault(); the value is then 0.  Where asm goto has
 * outputs, through vmx_vmread_goto(): KVM's own asm goto shape, with two
 * labels and KVM's inline warning at each site, so gcc weighs and lays
 * out every VMREAD as it does KVM's.  Otherwise through vmx_vmread() and
 * KVM's vmread_error() (which 6.1 also calls without asm goto outputs).
 */
static __always_inline unsigned long __vmcs_readl(unsigned long field)
{
	unsigned long value;

#ifdef vmx_vmread_goto
	vmx_vmread_goto(field, &value, do_fail, do_exception);
	return value;

do_fail:
	WARN_ONCE(1, "kvm: vmread failed: field=%lx\n", field);
	pr_warn_ratelimited("kvm: vmread failed: field=%lx\n", field);
	return 0;

do_exception:
	kvm_spurious_fault();
	return 0;
#else
	switch (vmx_vmread(field, &value)) {
	case VMX_SUCCEED:
		return value;
	case VMX_FAULT:
		kvm_spurious_fault();
		return 0;
	default:
		instrumentation_begin();
		vmread_error(field, false);
		instrumentation_end();
		return 0;
	}
#endif
}

/* With an enlightened VMCS (Hyper-V) the accessors go to it instead. */
static __always_inline u16 vmcs_read16(unsigned long field)
{
	vmcs_check16(field);
	return static_branch_unlikely(&enable_evmcs) ?
	       evmcs_read16(field) : __vmcs_readl(field);
}

static __always_inline u32 vmcs_read32(unsigned long field)
{
	vmcs_check32(field);
	return static_branch_unlikely(&enable_evmcs) ?
	       evmcs_read32(field) : __vmcs_readl(field);
}

static __always_inline u64 vmcs_read64(unsigned long field)
{
	vmcs_check64(field);
	if (static_branch_unlikely(&enable_evmcs))
		return evmcs_read64(field);
	if (IS_ENABLED(CONFIG_X86_64))
		return __vmcs_readl(field);
	/* 32-bit: the high half is the field's encoding + 1. */
	return __vmcs_readl(field) | (u64)__vmcs_readl(field + 1) << 32;
}

static __always_inline unsigned long vmcs_readl(unsigned long field)
{
	vmcs_checkl(field);
	return static_branch_unlikely(&enable_evmcs) ?
	       evmcs_read64(field) : __vmcs_readl(field);
}

/*
 * What every other instruction does after it ran, as KVM's vmx_asm1() and
 * vmx_asm2(): return on success, KVM's insn##_error() reporter on VMfail
 * (as an instrumentable call from noinstr code), kvm_spurious_fault() on
 * a fault.  stmt is vmxgen's goto form of the instruction, given the
 * labels error and fault: one label for both VMfails, as KVM's, so the
 * asm goto has KVM's two labels (with a status and a third label gcc lays
 * out the blocks around it otherwise; contrib/kvm/README.md).
 */
#define vmx_insn_goto(stmt, insn, error_args...)			\
do {									\
	stmt;								\
	return;								\
error:									\
	instrumentation_begin();					\
	insn##_error(error_args);					\
	instrumentation_end();						\
	return;								\
fault:									\
	kvm_spurious_fault();						\
} while (0)

static __always_inline void __vmcs_writel(unsigned long field, unsigned long value)
{
	vmx_insn_goto(vmx_vmwrite_goto(field, value, error, fault), vmwrite,
		      field, value);
}

static __always_inline void vmcs_write16(unsigned long field, u16 value)
{
	vmcs_check16(field);
	if (static_branch_unlikely(&enable_evmcs))
		evmcs_write16(field, value);
	else
		__vmcs_writel(field, value);
}

static __always_inline void vmcs_write32(unsigned long field, u32 value)
{
	vmcs_check32(field);
	if (static_branch_unlikely(&enable_evmcs))
		evmcs_write32(field, value);
	else
		__vmcs_writel(field, value);
}

static __always_inline void vmcs_write64(unsigned long field, u64 value)
{
	vmcs_check64(field);
	if (static_branch_unlikely(&enable_evmcs)) {
		evmcs_write64(field, value);
		return;
	}
	__vmcs_writel(field, value);
	if (!IS_ENABLED(CONFIG_X86_64))
		__vmcs_writel(field + 1, value >> 32);
}

static __always_inline void vmcs_writel(unsigned long field, unsigned long value)
{
	vmcs_checkl(field);
	if (static_branch_unlikely(&enable_evmcs))
		evmcs_write64(field, value);
	else
		__vmcs_writel(field, value);
}

/* Read, clear @clear, set @set, write back: 16- and 32-bit fields. */
static __always_inline void vmcs_update_bits(unsigned long field, u32 clear,
					     u32 set)
{
	BUILD_BUG_ON_MSG(__builtin_constant_p(field) && ((field) & 0x6000) == 0x2000,
			 "vmcs_clear_bits/vmcs_set_bits: not for 64-bit fields");
	if (static_branch_unlikely(&enable_evmcs))
		evmcs_write32(field, (evmcs_read32(field) & ~clear) | set);
	else
		__vmcs_writel(field, (__vmcs_readl(field) & ~clear) | set);
}

static __always_inline void vmcs_clear_bits(unsigned long field, u32 mask)
{
	vmcs_update_bits(field, mask, 0);
}

static __always_inline void vmcs_set_bits(unsigned long field, u32 mask)
{
	vmcs_update_bits(field, 0, mask);
}

static inline void vmcs_clear(struct vmcs *vmcs)
{
	u64 phys_addr = __pa(vmcs);

	vmx_insn_goto(vmx_vmclear_goto(phys_addr, error, fault), vmclear, vmcs,
		      phys_addr);
}

static inline void vmcs_load(struct vmcs *vmcs)
{
	u64 phys_addr = __pa(vmcs);

	if (static_branch_unlikely(&enable_evmcs)) {
		evmcs_load(phys_addr);
		return;
	}
	vmx_insn_goto(vmx_vmptrld_goto(phys_addr, error, fault), vmptrld, vmcs,
		      phys_addr);
}

/*
 * INVVPID and INVEPT as KVM issues them: the descriptor built here, in
 * the reporter's scope, and passed as bytes to the raw forms.  Built
 * inside vmx_invvpid() it would be dead once the status is known, and
 * gcc then tail-calls the reporters, each with its own copy of the
 * epilogue and stack-protector check; here, as in KVM, the reporters are
 * calls that come back to one epilogue.
 */
static inline void __invvpid(unsigned long ext, u16 vpid, gva_t gva)
{
	const struct vmx_invvpid_descriptor operand = {
		.vpid = vpid,
		.reserved_63_16 = 0,
		.linear_address = gva,
	};

	vmx_insn_goto(vmx_invvpid_raw_goto(ext, &operand, error, fault), invvpid,
		      ext, vpid, gva);
}

/* Bits 127:64 are reserved (every caller in KVM passes gpa = 0). */
static inline void __invept(unsigned long ext, u64 eptp, gpa_t gpa)
{
	const u64 operand[2] = { eptp, gpa };

	vmx_insn_goto(vmx_invept_raw_goto(ext, operand, error, fault), invept,
		      ext, eptp, gpa);
}

/* VPID 0 is the host's: never flushed by the single-VPID forms. */
static inline void vpid_sync_vcpu_single(int vpid)
{
	if (vpid)
		__invvpid(VMX_VPID_EXTENT_SINGLE_CONTEXT, vpid, 0);
}

static inline void vpid_sync_vcpu_global(void)
{
	__invvpid(VMX_VPID_EXTENT_ALL_CONTEXT, 0, 0);
}

/* The narrowest flush the CPU offers, falling back to all contexts. */
static inline void vpid_sync_context(int vpid)
{
	if (cpu_has_vmx_invvpid_single())
		vpid_sync_vcpu_single(vpid);
	else if (vpid)
		vpid_sync_vcpu_global();
}

static inline void vpid_sync_vcpu_addr(int vpid, gva_t addr)
{
	if (!vpid)
		return;
	if (cpu_has_vmx_invvpid_individual_addr())
		__invvpid(VMX_VPID_EXTENT_INDIVIDUAL_ADDR, vpid, addr);
	else
		vpid_sync_context(vpid);
}

static inline void ept_sync_global(void)
{
	__invept(VMX_EPT_EXTENT_GLOBAL, 0, 0);
}

static inline void ept_sync_context(u64 eptp)
{
	if (cpu_has_vmx_invept_context())
		__invept(VMX_EPT_EXTENT_CONTEXT, eptp, 0);
	else
		ept_sync_global();
}

/*
 * VMXON and VMXOFF as vmx.c and <asm/virtext.h> do them, where only a
 * fault is an error (vmx.c.patch calls these): KVM's VMXON ignores
 * VMfail, and cpu_vmxoff() clears CR4.VMXE whatever happened.
 */
static __always_inline bool kvm_vmxon_faulted(u64 vmxon_pointer)
{
	vmx_vmxon_fault_only_goto(vmxon_pointer, fault);
	return false;
fault:
	return true;
}

static inline int kvm_cpu_vmxoff(void)
{
	vmx_vmxoff_fault_only_goto(fault);
	cr4_clear_bits(X86_CR4_VMXE);
	return 0;
fault:
	cr4_clear_bits(X86_CR4_VMXE);
	return -EIO;
}

#endif /* __KVM_X86_VMX_INSN_H */
