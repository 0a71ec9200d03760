/* SPDX-License-Identifier: MIT */
/*
 * DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
 * (template gen/backends/c/templates/insn.h.j2).  Edit the spec and run make.
 */
/*
 * VMX instruction wrappers.  Each one takes the instruction's status inside
 * its own asm statement (CF=1: VMfailInvalid, ZF=1: VMfailValid, neither:
 * VMsucceed), so no compiler-generated code can clobber the flags first,
 * and builds any memory operand as a C object passed to the asm as "m", so
 * the compiler cannot drop or move the stores that fill it.
 */
#ifndef VMXGEN_VMX_INSN_H
#define VMXGEN_VMX_INSN_H

#include <vmxgen/vmx_compat.h>

/**
 * enum vmx_status - how a VMX instruction completed
 * @VMX_SUCCEED: VMsucceed: CF = ZF = 0
 * @VMX_FAIL_VALID: VMfailValid: ZF = 1; the VM-instruction error field of
 *	the current VMCS holds the reason
 * @VMX_FAIL_INVALID: VMfailInvalid: CF = 1; there was no current VMCS to
 *	hold an error number
 * @VMX_FAULT: the instruction faulted (#UD or #GP) and an exception fixup
 *	resumed the wrapper (only with a fault hook)
 *
 * The values are those of MSVC's __vmx_* intrinsics.
 */
enum vmx_status {
	VMX_SUCCEED = 0,
	VMX_FAIL_VALID = 1,
	VMX_FAIL_INVALID = 2,
	VMX_FAULT = 3,
};

/**
 * enum vmx_invept_type - INVEPT invalidation type (register operand of INVEPT)
 * @VMX_INVEPT_SINGLE_CONTEXT: invalidate mappings tagged with the EPTRTA of the descriptor's EPTP
 * @VMX_INVEPT_GLOBAL: invalidate mappings tagged with any EPTRTA
 *
 * Intel SDM Vol. 3C, Section 29.4.3.1 (Operations that Invalidate Cached
 * Mappings); Chapter 31, INVEPT.
 */
enum vmx_invept_type {
	VMX_INVEPT_SINGLE_CONTEXT = 1,
	VMX_INVEPT_GLOBAL = 2,
};

/**
 * enum vmx_invvpid_type - INVVPID invalidation type (register operand of INVVPID)
 * @VMX_INVVPID_INDIVIDUAL_ADDRESS: invalidate one linear address for one VPID
 * @VMX_INVVPID_SINGLE_CONTEXT: invalidate all mappings tagged with one VPID
 * @VMX_INVVPID_ALL_CONTEXT: invalidate all mappings tagged with any non-zero VPID
 * @VMX_INVVPID_SINGLE_CONTEXT_RETAINING_GLOBALS: like single-context but keep global translations
 *
 * Intel SDM Vol. 3C, Section 29.4.3.1 (Operations that Invalidate Cached
 * Mappings); Chapter 31, INVVPID.
 */
enum vmx_invvpid_type {
	VMX_INVVPID_INDIVIDUAL_ADDRESS = 0,
	VMX_INVVPID_SINGLE_CONTEXT = 1,
	VMX_INVVPID_ALL_CONTEXT = 2,
	VMX_INVVPID_SINGLE_CONTEXT_RETAINING_GLOBALS = 3,
};

/**
 * enum vmx_activity_state - guest activity state (the activity-state guest field)
 * @VMX_ACTIVITY_ACTIVE: executing instructions normally
 * @VMX_ACTIVITY_HLT: inactive after executing HLT
 * @VMX_ACTIVITY_SHUTDOWN: inactive after a triple fault or another serious error
 * @VMX_ACTIVITY_WAIT_SIPI: inactive waiting for a startup IPI (SIPI)
 *
 * Intel SDM Vol. 3C, Section 25.4.2 (Guest Non-Register State), activity state
 * (24.4.2 in the 2016 edition).
 */
enum vmx_activity_state {
	VMX_ACTIVITY_ACTIVE = 0,
	VMX_ACTIVITY_HLT = 1,
	VMX_ACTIVITY_SHUTDOWN = 2,
	VMX_ACTIVITY_WAIT_SIPI = 3,
};

/**
 * struct vmx_invept_descriptor - INVEPT descriptor
 * @eptp: bits 63:0, EPT pointer whose cached mappings are invalidated
 * @reserved_127_64: bits 127:64, reserved, must be zero; INVEPT's pseudocode does not check them
 *
 * Intel SDM Vol. 3C, Chapter 31, INVEPT, Figure 31-1 (INVEPT Descriptor).
 */
struct vmx_invept_descriptor {
	vmx_u64 eptp;
	vmx_u64 reserved_127_64;
};

_Static_assert(sizeof(struct vmx_invept_descriptor) == 16,
	       "invept descriptor is 128 bits");
_Static_assert(__builtin_offsetof(struct vmx_invept_descriptor, eptp) == 0,
	       "invept descriptor: eptp starts at bit 0");
_Static_assert(__builtin_offsetof(struct vmx_invept_descriptor, reserved_127_64) == 8,
	       "invept descriptor: reserved_127_64 starts at bit 64");

/**
 * struct vmx_invvpid_descriptor - INVVPID descriptor
 * @vpid: bits 15:0, virtual-processor identifier
 * @reserved_63_16: bits 63:16, reserved, must be zero; INVVPID fails (error 28) unless all are 0
 * @linear_address: bits 127:64, linear address (individual-address type only)
 *
 * Intel SDM Vol. 3C, Chapter 31, INVVPID, Figure 31-2 (INVVPID Descriptor).
 */
struct vmx_invvpid_descriptor {
	vmx_u64 vpid : 16;
	vmx_u64 reserved_63_16 : 48;
	vmx_u64 linear_address;
};

_Static_assert(sizeof(struct vmx_invvpid_descriptor) == 16,
	       "invvpid descriptor is 128 bits");
_Static_assert(__builtin_offsetof(struct vmx_invvpid_descriptor, linear_address) == 8,
	       "invvpid descriptor: linear_address starts at bit 64");

/**
 * vmx_invept() - invalidate cached EPT-derived translations
 * @type: invalidation type
 * @eptp: EPT pointer whose cached mappings are invalidated
 *
 * Executes INVEPT r64, m128 (66 0F 38 80 /r).
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), INVEPT.
 *
 * Return: %VMX_SUCCEED, %VMX_FAIL_INVALID (no current VMCS) or
 * %VMX_FAIL_VALID (the reason is in the VM-instruction error field);
 * %VMX_FAULT (the instruction faulted) if a fault hook (VMXGEN_FAULT_HOOK)
 * resumed it.
 */
static __always_inline enum vmx_status
vmx_invept(enum vmx_invept_type type, vmx_u64 eptp)
{
	const struct vmx_invept_descriptor descriptor = {
		.eptp = eptp,
		.reserved_127_64 = 0,
	};

	__asm__ goto("771:\tinvept %[descriptor], %[type]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		".ifc %l[fail_invalid], %l[fail_valid]\n\t"
		"jbe %l[fail_valid]\n\t"
		".else\n\t"
		"jbe 773f\n\t"
		".subsection 1\n"
		"773:\tjc %l[fail_invalid]\n\t"
		"jmp %l[fail_valid]\n\t"
		".previous\n\t"
		".endif"
		:
		: [type] "r" ((unsigned long)type),
		  [descriptor] "m" (descriptor)
		: "cc"
		: VMXGEN_FAULT_LABEL(fault) fail_invalid, fail_valid);
	return VMX_SUCCEED;
fail_invalid: VMXGEN_COLD_LABEL;
	return VMX_FAIL_INVALID;
fail_valid:
	return VMX_FAIL_VALID;
#ifdef VMXGEN_HAVE_FAULT_HOOK
fault:
	return VMX_FAULT;
#endif
}

/**
 * vmx_invept_raw() - invalidate cached EPT-derived translations
 * @type: invalidation type
 * @descriptor: its 16 bytes, reserved bits included
 *
 * Executes INVEPT r64, m128 (66 0F 38 80 /r).
 * This form takes the memory operand as bytes, reserved bits included, and
 * any value of the register operands: to forward a guest's operand or
 * probe reserved bits.
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), INVEPT.
 *
 * Return: %VMX_SUCCEED, %VMX_FAIL_INVALID (no current VMCS) or
 * %VMX_FAIL_VALID (the reason is in the VM-instruction error field);
 * %VMX_FAULT (the instruction faulted) if a fault hook (VMXGEN_FAULT_HOOK)
 * resumed it.
 */
static __always_inline enum vmx_status
vmx_invept_raw(unsigned long type, const void *descriptor)
{
	__asm__ goto("771:\tinvept %[descriptor], %[type]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		".ifc %l[fail_invalid], %l[fail_valid]\n\t"
		"jbe %l[fail_valid]\n\t"
		".else\n\t"
		"jbe 773f\n\t"
		".subsection 1\n"
		"773:\tjc %l[fail_invalid]\n\t"
		"jmp %l[fail_valid]\n\t"
		".previous\n\t"
		".endif"
		:
		: [type] "r" ((unsigned long)type),
		  [descriptor] "m" (*(const vmx_u8 (*)[16])descriptor)
		: "cc"
		: VMXGEN_FAULT_LABEL(fault) fail_invalid, fail_valid);
	return VMX_SUCCEED;
fail_invalid: VMXGEN_COLD_LABEL;
	return VMX_FAIL_INVALID;
fail_valid:
	return VMX_FAIL_VALID;
#ifdef VMXGEN_HAVE_FAULT_HOOK
fault:
	return VMX_FAULT;
#endif
}

#ifndef __x86_64__
#define vmx_invept_raw(type, descriptor) \
	((vmx_invept_raw)( \
		VMXGEN_NATURAL(type, vmx_invept_raw), \
		descriptor))
#endif

/**
 * vmx_invept_raw_goto() - invalidate cached EPT-derived translations
 * @type: invalidation type
 * @descriptor: its 16 bytes, reserved bits included
 * @fail: the caller's label for VMfailInvalid and VMfailValid
 * @fault: the caller's label for a fault
 *
 * Executes INVEPT r64, m128 (66 0F 38 80 /r).
 * This form takes the memory operand as bytes, reserved bits included, and
 * any value of the register operands: to forward a guest's operand or
 * probe reserved bits.
 * This form is a statement that jumps to the caller's labels (two
 * different labels: an asm goto lists each once) instead of returning a
 * status: VMfailInvalid and VMfailValid to the fail label; a fault to the
 * fault label if a fault hook (VMXGEN_FAULT_HOOK) resumed it (listed in
 * the asm statement's labels without one, so the caller's label is always
 * used); on success it continues after the statement.
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), INVEPT.
 */
#define vmx_invept_raw_goto(type, descriptor, fail, fault)		\
do {									\
	unsigned long __type = VMXGEN_NATURAL(type, vmx_invept_raw_goto); \
	const void *__descriptor = (descriptor);			\
									\
	__asm__ goto("771:\tinvept %[__descriptor], %[__type]\n\t"	\
		VMXGEN_FAULT_HOOK(771b, %l[fault])			\
		"jbe %l[" VMXGEN_STRINGIFY(fail) "]"			\
		:							\
		: [__type] "r" ((unsigned long)__type),			\
		  [__descriptor] "m" (*(const vmx_u8 (*)[16])__descriptor) \
		: "cc"							\
		: fail, fault);						\
} while (0)

/**
 * vmx_invvpid() - invalidate cached translations tagged with a VPID
 * @type: invalidation type
 * @vpid: virtual-processor identifier
 * @linear_address: linear address (individual-address type only)
 *
 * Executes INVVPID r64, m128 (66 0F 38 81 /r).
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), INVVPID.
 *
 * Return: %VMX_SUCCEED, %VMX_FAIL_INVALID (no current VMCS) or
 * %VMX_FAIL_VALID (the reason is in the VM-instruction error field);
 * %VMX_FAULT (the instruction faulted) if a fault hook (VMXGEN_FAULT_HOOK)
 * resumed it.
 */
static __always_inline enum vmx_status
vmx_invvpid(enum vmx_invvpid_type type, vmx_u16 vpid, vmx_u64 linear_address)
{
	const struct vmx_invvpid_descriptor descriptor = {
		.vpid = vpid,
		.linear_address = linear_address,
		.reserved_63_16 = 0,
	};

	__asm__ goto("771:\tinvvpid %[descriptor], %[type]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		".ifc %l[fail_invalid], %l[fail_valid]\n\t"
		"jbe %l[fail_valid]\n\t"
		".else\n\t"
		"jbe 773f\n\t"
		".subsection 1\n"
		"773:\tjc %l[fail_invalid]\n\t"
		"jmp %l[fail_valid]\n\t"
		".previous\n\t"
		".endif"
		:
		: [type] "r" ((unsigned long)type),
		  [descriptor] "m" (descriptor)
		: "cc"
		: VMXGEN_FAULT_LABEL(fault) fail_invalid, fail_valid);
	return VMX_SUCCEED;
fail_invalid: VMXGEN_COLD_LABEL;
	return VMX_FAIL_INVALID;
fail_valid:
	return VMX_FAIL_VALID;
#ifdef VMXGEN_HAVE_FAULT_HOOK
fault:
	return VMX_FAULT;
#endif
}

/**
 * vmx_invvpid_raw() - invalidate cached translations tagged with a VPID
 * @type: invalidation type
 * @descriptor: its 16 bytes, reserved bits included
 *
 * Executes INVVPID r64, m128 (66 0F 38 81 /r).
 * This form takes the memory operand as bytes, reserved bits included, and
 * any value of the register operands: to forward a guest's operand or
 * probe reserved bits.
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), INVVPID.
 *
 * Return: %VMX_SUCCEED, %VMX_FAIL_INVALID (no current VMCS) or
 * %VMX_FAIL_VALID (the reason is in the VM-instruction error field);
 * %VMX_FAULT (the instruction faulted) if a fault hook (VMXGEN_FAULT_HOOK)
 * resumed it.
 */
static __always_inline enum vmx_status
vmx_invvpid_raw(unsigned long type, const void *descriptor)
{
	__asm__ goto("771:\tinvvpid %[descriptor], %[type]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		".ifc %l[fail_invalid], %l[fail_valid]\n\t"
		"jbe %l[fail_valid]\n\t"
		".else\n\t"
		"jbe 773f\n\t"
		".subsection 1\n"
		"773:\tjc %l[fail_invalid]\n\t"
		"jmp %l[fail_valid]\n\t"
		".previous\n\t"
		".endif"
		:
		: [type] "r" ((unsigned long)type),
		  [descriptor] "m" (*(const vmx_u8 (*)[16])descriptor)
		: "cc"
		: VMXGEN_FAULT_LABEL(fault) fail_invalid, fail_valid);
	return VMX_SUCCEED;
fail_invalid: VMXGEN_COLD_LABEL;
	return VMX_FAIL_INVALID;
fail_valid:
	return VMX_FAIL_VALID;
#ifdef VMXGEN_HAVE_FAULT_HOOK
fault:
	return VMX_FAULT;
#endif
}

#ifndef __x86_64__
#define vmx_invvpid_raw(type, descriptor) \
	((vmx_invvpid_raw)( \
		VMXGEN_NATURAL(type, vmx_invvpid_raw), \
		descriptor))
#endif

/**
 * vmx_invvpid_raw_goto() - invalidate cached translations tagged with a VPID
 * @type: invalidation type
 * @descriptor: its 16 bytes, reserved bits included
 * @fail: the caller's label for VMfailInvalid and VMfailValid
 * @fault: the caller's label for a fault
 *
 * Executes INVVPID r64, m128 (66 0F 38 81 /r).
 * This form takes the memory operand as bytes, reserved bits included, and
 * any value of the register operands: to forward a guest's operand or
 * probe reserved bits.
 * This form is a statement that jumps to the caller's labels (two
 * different labels: an asm goto lists each once) instead of returning a
 * status: VMfailInvalid and VMfailValid to the fail label; a fault to the
 * fault label if a fault hook (VMXGEN_FAULT_HOOK) resumed it (listed in
 * the asm statement's labels without one, so the caller's label is always
 * used); on success it continues after the statement.
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), INVVPID.
 */
#define vmx_invvpid_raw_goto(type, descriptor, fail, fault)		\
do {									\
	unsigned long __type = VMXGEN_NATURAL(type, vmx_invvpid_raw_goto); \
	const void *__descriptor = (descriptor);			\
									\
	__asm__ goto("771:\tinvvpid %[__descriptor], %[__type]\n\t"	\
		VMXGEN_FAULT_HOOK(771b, %l[fault])			\
		"jbe %l[" VMXGEN_STRINGIFY(fail) "]"			\
		:							\
		: [__type] "r" ((unsigned long)__type),			\
		  [__descriptor] "m" (*(const vmx_u8 (*)[16])__descriptor) \
		: "cc"							\
		: fail, fault);						\
} while (0)

/**
 * vmx_vmcall() - call to the VM monitor
 *
 * Executes VMCALL (NP 0F 01 C1).
 * In VMX non-root operation VMCALL causes a VM exit (reason 18) and the
 * monitor decides what the guest sees; in VMX root operation it fails with
 * VMfailValid or VMfailInvalid unless the dual-monitor treatment of SMIs
 * is active.
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMCALL.
 *
 * Return: %VMX_SUCCEED, %VMX_FAIL_INVALID (no current VMCS) or
 * %VMX_FAIL_VALID (the reason is in the VM-instruction error field);
 * %VMX_FAULT (the instruction faulted) if a fault hook (VMXGEN_FAULT_HOOK)
 * resumed it.
 */
static __always_inline enum vmx_status
vmx_vmcall(void)
{
	/*
	 * "memory": in VMX non-root operation it is a VM exit: the VM
	 * monitor may read and write the caller's memory before execution
	 * resumes (SDM Vol. 3C, Chapter 28).
	 */
	__asm__ goto("771:\tvmcall\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		".ifc %l[fail_invalid], %l[fail_valid]\n\t"
		"jbe %l[fail_valid]\n\t"
		".else\n\t"
		"jbe 773f\n\t"
		".subsection 1\n"
		"773:\tjc %l[fail_invalid]\n\t"
		"jmp %l[fail_valid]\n\t"
		".previous\n\t"
		".endif"
		:
		:
		: "cc", "memory"
		: VMXGEN_FAULT_LABEL(fault) fail_invalid, fail_valid);
	return VMX_SUCCEED;
fail_invalid: VMXGEN_COLD_LABEL;
	return VMX_FAIL_INVALID;
fail_valid:
	return VMX_FAIL_VALID;
#ifdef VMXGEN_HAVE_FAULT_HOOK
fault:
	return VMX_FAULT;
#endif
}

/**
 * vmx_vmcall_goto() - call to the VM monitor
 * @fail: the caller's label for VMfailInvalid and VMfailValid
 * @fault: the caller's label for a fault
 *
 * Executes VMCALL (NP 0F 01 C1).
 * In VMX non-root operation VMCALL causes a VM exit (reason 18) and the
 * monitor decides what the guest sees; in VMX root operation it fails with
 * VMfailValid or VMfailInvalid unless the dual-monitor treatment of SMIs
 * is active.
 * This form is a statement that jumps to the caller's labels (two
 * different labels: an asm goto lists each once) instead of returning a
 * status: VMfailInvalid and VMfailValid to the fail label; a fault to the
 * fault label if a fault hook (VMXGEN_FAULT_HOOK) resumed it (listed in
 * the asm statement's labels without one, so the caller's label is always
 * used); on success it continues after the statement.  "memory": in VMX
 * non-root operation it is a VM exit: the VM monitor may read and write
 * the caller's memory before execution resumes (SDM Vol. 3C, Chapter 28).
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMCALL.
 */
#define vmx_vmcall_goto(fail, fault)					\
({									\
	__asm__ goto("771:\tvmcall\n\t"					\
		VMXGEN_FAULT_HOOK(771b, %l[fault])			\
		"jbe %l[" VMXGEN_STRINGIFY(fail) "]"			\
		:							\
		:							\
		: "cc", "memory"					\
		: fail, fault);						\
})

/**
 * vmx_vmclear() - flush a VMCS to memory and make it clear and inactive
 * @vmcs_pa: physical address of the 4-KByte aligned VMCS region
 *
 * Executes VMCLEAR m64 (66 0F C7 /6).
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMCLEAR.
 *
 * Return: %VMX_SUCCEED, %VMX_FAIL_INVALID (no current VMCS) or
 * %VMX_FAIL_VALID (the reason is in the VM-instruction error field);
 * %VMX_FAULT (the instruction faulted) if a fault hook (VMXGEN_FAULT_HOOK)
 * resumed it.
 */
static __always_inline enum vmx_status
vmx_vmclear(vmx_u64 vmcs_pa)
{
	/*
	 * "memory": VMCLEAR writes the data of the VMCS into its VMCS
	 * region in memory (SDM Vol. 3C, Chapter 25): the caller may read,
	 * reuse or free that memory afterwards.
	 */
	__asm__ goto("771:\tvmclear %[vmcs_pa]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		".ifc %l[fail_invalid], %l[fail_valid]\n\t"
		"jbe %l[fail_valid]\n\t"
		".else\n\t"
		"jbe 773f\n\t"
		".subsection 1\n"
		"773:\tjc %l[fail_invalid]\n\t"
		"jmp %l[fail_valid]\n\t"
		".previous\n\t"
		".endif"
		:
		: [vmcs_pa] "m" (vmcs_pa)
		: "cc", "memory"
		: VMXGEN_FAULT_LABEL(fault) fail_invalid, fail_valid);
	return VMX_SUCCEED;
fail_invalid: VMXGEN_COLD_LABEL;
	return VMX_FAIL_INVALID;
fail_valid:
	return VMX_FAIL_VALID;
#ifdef VMXGEN_HAVE_FAULT_HOOK
fault:
	return VMX_FAULT;
#endif
}

/**
 * vmx_vmclear_goto() - flush a VMCS to memory and make it clear and inactive
 * @vmcs_pa: physical address of the 4-KByte aligned VMCS region
 * @fail: the caller's label for VMfailInvalid and VMfailValid
 * @fault: the caller's label for a fault
 *
 * Executes VMCLEAR m64 (66 0F C7 /6).
 * This form is a statement that jumps to the caller's labels (two
 * different labels: an asm goto lists each once) instead of returning a
 * status: VMfailInvalid and VMfailValid to the fail label; a fault to the
 * fault label if a fault hook (VMXGEN_FAULT_HOOK) resumed it (listed in
 * the asm statement's labels without one, so the caller's label is always
 * used); on success it continues after the statement.  "memory": VMCLEAR
 * writes the data of the VMCS into its VMCS region in memory (SDM Vol. 3C,
 * Chapter 25): the caller may read, reuse or free that memory afterwards.
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMCLEAR.
 */
#define vmx_vmclear_goto(vmcs_pa, fail, fault)				\
do {									\
	vmx_u64 __vmcs_pa = (vmcs_pa);					\
									\
	__asm__ goto("771:\tvmclear %[__vmcs_pa]\n\t"			\
		VMXGEN_FAULT_HOOK(771b, %l[fault])			\
		"jbe %l[" VMXGEN_STRINGIFY(fail) "]"			\
		:							\
		: [__vmcs_pa] "m" (__vmcs_pa)				\
		: "cc", "memory"					\
		: fail, fault);						\
} while (0)

/**
 * vmx_vmfunc() - invoke a VM function from VMX non-root operation
 * @function: VM-function number
 * @index: function argument (EPTP-list index for function 0)
 *
 * Executes VMFUNC (NP 0F 01 D4).
 * VMFUNC reports no VMX status, neither VMsucceed nor VMfail, and leaves
 * RFLAGS alone: it either performs the function or causes a VM exit
 * (reason 59).  Function 0 is EPTP switching, with ECX holding the
 * EPTP-list index.
 * It reports no VMfail, so nothing is returned.
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMFUNC.
 */
static __always_inline void
vmx_vmfunc(vmx_u32 function, vmx_u32 index)
{
	/*
	 * "memory": VM function 0 (EPTP switching) changes the
	 * guest-physical address translation: no memory access may move
	 * across it (SDM Vol. 3C, Chapter 26).
	 */
	__asm__ __volatile__("771:\tvmfunc\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, 772b)
		:
		: [function] "a" (function),
		  [index] "c" (index)
		: "cc", "memory");
}

/**
 * vmx_vmlaunch() - launch the virtual machine managed by the current VMCS
 *
 * Executes VMLAUNCH (NP 0F 01 C2).
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMLAUNCH/VMRESUME.
 *
 * Return: only if the instruction failed: %VMX_FAIL_INVALID (no current
 * VMCS) or %VMX_FAIL_VALID (the reason is in the VM-instruction error
 * field); %VMX_FAULT (the instruction faulted) if a fault hook
 * (VMXGEN_FAULT_HOOK) resumed it.  On success the guest runs and its VM
 * exits go to the host RIP of the current VMCS, never back here.
 */
static __always_inline enum vmx_status
vmx_vmlaunch(void)
{
	/*
	 * "memory": the guest runs and reads and writes memory until its
	 * VM exit (SDM Vol. 3C, Chapter 27).
	 */
	__asm__ goto("771:\tvmlaunch\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		".ifc %l[fail_invalid], %l[fail_valid]\n\t"
		"jbe %l[fail_valid]\n\t"
		".else\n\t"
		"jbe 773f\n\t"
		".subsection 1\n"
		"773:\tjc %l[fail_invalid]\n\t"
		"jmp %l[fail_valid]\n\t"
		".previous\n\t"
		".endif"
		:
		:
		: "cc", "memory"
		: VMXGEN_FAULT_LABEL(fault) fail_invalid, fail_valid);
	return VMX_SUCCEED;
fail_invalid: VMXGEN_COLD_LABEL;
	return VMX_FAIL_INVALID;
fail_valid:
	return VMX_FAIL_VALID;
#ifdef VMXGEN_HAVE_FAULT_HOOK
fault:
	return VMX_FAULT;
#endif
}

/**
 * vmx_vmptrld() - make a VMCS current and active
 * @vmcs_pa: physical address of the 4-KByte aligned VMCS region
 *
 * Executes VMPTRLD m64 (NP 0F C7 /6).
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMPTRLD.
 *
 * Return: %VMX_SUCCEED, %VMX_FAIL_INVALID (no current VMCS) or
 * %VMX_FAIL_VALID (the reason is in the VM-instruction error field);
 * %VMX_FAULT (the instruction faulted) if a fault hook (VMXGEN_FAULT_HOOK)
 * resumed it.
 */
static __always_inline enum vmx_status
vmx_vmptrld(vmx_u64 vmcs_pa)
{
	/*
	 * "memory": VMPTRLD reads the VMCS revision identifier, and the
	 * processor may read VMCS data, from the VMCS region in memory
	 * (SDM Vol. 3C, Chapter 25): the caller's writes to that region
	 * must come before it.
	 */
	__asm__ goto("771:\tvmptrld %[vmcs_pa]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		".ifc %l[fail_invalid], %l[fail_valid]\n\t"
		"jbe %l[fail_valid]\n\t"
		".else\n\t"
		"jbe 773f\n\t"
		".subsection 1\n"
		"773:\tjc %l[fail_invalid]\n\t"
		"jmp %l[fail_valid]\n\t"
		".previous\n\t"
		".endif"
		:
		: [vmcs_pa] "m" (vmcs_pa)
		: "cc", "memory"
		: VMXGEN_FAULT_LABEL(fault) fail_invalid, fail_valid);
	return VMX_SUCCEED;
fail_invalid: VMXGEN_COLD_LABEL;
	return VMX_FAIL_INVALID;
fail_valid:
	return VMX_FAIL_VALID;
#ifdef VMXGEN_HAVE_FAULT_HOOK
fault:
	return VMX_FAULT;
#endif
}

/**
 * vmx_vmptrld_goto() - make a VMCS current and active
 * @vmcs_pa: physical address of the 4-KByte aligned VMCS region
 * @fail: the caller's label for VMfailInvalid and VMfailValid
 * @fault: the caller's label for a fault
 *
 * Executes VMPTRLD m64 (NP 0F C7 /6).
 * This form is a statement that jumps to the caller's labels (two
 * different labels: an asm goto lists each once) instead of returning a
 * status: VMfailInvalid and VMfailValid to the fail label; a fault to the
 * fault label if a fault hook (VMXGEN_FAULT_HOOK) resumed it (listed in
 * the asm statement's labels without one, so the caller's label is always
 * used); on success it continues after the statement.  "memory": VMPTRLD
 * reads the VMCS revision identifier, and the processor may read VMCS
 * data, from the VMCS region in memory (SDM Vol. 3C, Chapter 25): the
 * caller's writes to that region must come before it.
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMPTRLD.
 */
#define vmx_vmptrld_goto(vmcs_pa, fail, fault)				\
do {									\
	vmx_u64 __vmcs_pa = (vmcs_pa);					\
									\
	__asm__ goto("771:\tvmptrld %[__vmcs_pa]\n\t"			\
		VMXGEN_FAULT_HOOK(771b, %l[fault])			\
		"jbe %l[" VMXGEN_STRINGIFY(fail) "]"			\
		:							\
		: [__vmcs_pa] "m" (__vmcs_pa)				\
		: "cc", "memory"					\
		: fail, fault);						\
} while (0)

/**
 * vmx_vmptrst() - store the current-VMCS pointer
 * @vmcs_pa: receives the current-VMCS pointer (all ones if there is none)
 *
 * Executes VMPTRST m64 (NP 0F C7 /7).
 * It reports no VMfail, so nothing is returned.
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMPTRST.
 */
static __always_inline void
vmx_vmptrst(vmx_u64 *vmcs_pa)
{
	__asm__ __volatile__("771:\tvmptrst %[vmcs_pa]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, 772b)
		: [vmcs_pa] "=m" (*vmcs_pa)
		:
		: "cc");
}

/**
 * vmx_vmread() - read a field of the current VMCS
 * @field: VMCS field encoding
 * @value: receives the field's value (zero-extended)
 *
 * Executes VMREAD r/m64, r64 (NP 0F 78 /r).
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMREAD.
 *
 * Return: %VMX_SUCCEED, %VMX_FAIL_INVALID (no current VMCS) or
 * %VMX_FAIL_VALID (the reason is in the VM-instruction error field);
 * %VMX_FAULT (the instruction faulted) if a fault hook (VMXGEN_FAULT_HOOK)
 * resumed it.
 */
static __always_inline enum vmx_status
vmx_vmread(unsigned long field, unsigned long *value)
{
	unsigned long value_out;

#ifdef VMXGEN_HAVE_ASM_GOTO_OUTPUT
	__asm__ __volatile__ goto("771:\tvmread %[field], %[value]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		".ifc %l[fail_invalid], %l[fail_valid]\n\t"
		"jbe %l[fail_valid]\n\t"
		".else\n\t"
		"jbe 773f\n\t"
		".subsection 1\n"
		"773:\tjc %l[fail_invalid]\n\t"
		"jmp %l[fail_valid]\n\t"
		".previous\n\t"
		".endif"
		: [value] "=r" (value_out)
		: [field] "r" (field)
		: "cc"
		: VMXGEN_FAULT_LABEL(fault) fail_invalid, fail_valid);
	VMXGEN_ASM_GOTO_OUTPUT_BARRIER;
	*value = value_out;
	return VMX_SUCCEED;
fail_invalid: VMXGEN_COLD_LABEL;
	return VMX_FAIL_INVALID;
fail_valid:
	return VMX_FAIL_VALID;
#ifdef VMXGEN_HAVE_FAULT_HOOK
fault:
	return VMX_FAULT;
#endif
#else
	vmx_u8 failed, cf, zf;

	__asm__ __volatile__(VMXGEN_FAULT_FLAGS "771:\tvmread %[field], %[value]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, 772b)
		: [value] "=r" (value_out),
		  "=@ccbe" (failed),
		  "=@ccc" (cf),
		  "=@cce" (zf)
		: [field] "r" (field)
		: "cc");
	if (__builtin_expect(failed, 0))
		return cf && zf ? VMX_FAULT : cf ? VMX_FAIL_INVALID : VMX_FAIL_VALID;
	*value = value_out;
	return VMX_SUCCEED;
#endif
}

#ifndef __x86_64__
#define vmx_vmread(field, value) \
	((vmx_vmread)( \
		VMXGEN_NATURAL(field, vmx_vmread), \
		VMXGEN_NATURAL_PTR(value, vmx_vmread)))
#endif

#ifdef VMXGEN_HAVE_ASM_GOTO_OUTPUT
/**
 * vmx_vmread_goto() - read a field of the current VMCS
 * @field: VMCS field encoding
 * @value: receives the field's value (zero-extended)
 * @fail: the caller's label for VMfailInvalid and VMfailValid
 * @fault: the caller's label for a fault
 *
 * Executes VMREAD r/m64, r64 (NP 0F 78 /r).
 * This form is a statement that jumps to the caller's labels (two
 * different labels: an asm goto lists each once) instead of returning a
 * status: VMfailInvalid and VMfailValid to the fail label; a fault to the
 * fault label if a fault hook (VMXGEN_FAULT_HOOK) resumed it (listed in
 * the asm statement's labels without one, so the caller's label is always
 * used); on success it continues after the statement, with the outputs
 * stored.  Defined only with asm goto outputs
 * (VMXGEN_HAVE_ASM_GOTO_OUTPUT).
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMREAD.
 */
#define vmx_vmread_goto(field, value, fail, fault)			\
do {									\
	unsigned long __field = VMXGEN_NATURAL(field, vmx_vmread_goto);	\
	unsigned long *__value = VMXGEN_NATURAL_PTR(value, vmx_vmread_goto); \
	unsigned long __value_out;					\
									\
	__asm__ __volatile__ goto("771:\tvmread %[__field], %[__value]\n\t" \
		VMXGEN_FAULT_HOOK(771b, %l[fault])			\
		"jbe %l[" VMXGEN_STRINGIFY(fail) "]"			\
		: [__value] "=r" (__value_out)				\
		: [__field] "r" (__field)				\
		: "cc"							\
		: fail, fault);						\
	VMXGEN_ASM_GOTO_OUTPUT_BARRIER;					\
	*__value = __value_out;						\
} while (0)
#endif

/**
 * vmx_vmread_mem() - read a field of the current VMCS
 * @field: VMCS field encoding
 * @value: receives the field's value (zero-extended)
 *
 * Executes VMREAD r/m64, r64 (NP 0F 78 /r).
 * This form uses the instruction's memory encoding (r/m as memory).
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMREAD.
 *
 * Return: %VMX_SUCCEED, %VMX_FAIL_INVALID (no current VMCS) or
 * %VMX_FAIL_VALID (the reason is in the VM-instruction error field);
 * %VMX_FAULT (the instruction faulted) if a fault hook (VMXGEN_FAULT_HOOK)
 * resumed it.
 */
static __always_inline enum vmx_status
vmx_vmread_mem(unsigned long field, unsigned long *value)
{
	/*
	 * "memory": the instruction stores to *value, an "m" input: asm
	 * goto cannot have outputs everywhere.
	 */
	__asm__ goto("771:\tvmread %[field], %[value]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		".ifc %l[fail_invalid], %l[fail_valid]\n\t"
		"jbe %l[fail_valid]\n\t"
		".else\n\t"
		"jbe 773f\n\t"
		".subsection 1\n"
		"773:\tjc %l[fail_invalid]\n\t"
		"jmp %l[fail_valid]\n\t"
		".previous\n\t"
		".endif"
		:
		: [value] "m" (*value),
		  [field] "r" (field)
		: "cc", "memory"
		: VMXGEN_FAULT_LABEL(fault) fail_invalid, fail_valid);
	return VMX_SUCCEED;
fail_invalid: VMXGEN_COLD_LABEL;
	return VMX_FAIL_INVALID;
fail_valid:
	return VMX_FAIL_VALID;
#ifdef VMXGEN_HAVE_FAULT_HOOK
fault:
	return VMX_FAULT;
#endif
}

#ifndef __x86_64__
#define vmx_vmread_mem(field, value) \
	((vmx_vmread_mem)( \
		VMXGEN_NATURAL(field, vmx_vmread_mem), \
		VMXGEN_NATURAL_PTR(value, vmx_vmread_mem)))
#endif

/**
 * vmx_vmread_mem_goto() - read a field of the current VMCS
 * @field: VMCS field encoding
 * @value: receives the field's value (zero-extended)
 * @fail: the caller's label for VMfailInvalid and VMfailValid
 * @fault: the caller's label for a fault
 *
 * Executes VMREAD r/m64, r64 (NP 0F 78 /r).
 * This form uses the instruction's memory encoding (r/m as memory).
 * This form is a statement that jumps to the caller's labels (two
 * different labels: an asm goto lists each once) instead of returning a
 * status: VMfailInvalid and VMfailValid to the fail label; a fault to the
 * fault label if a fault hook (VMXGEN_FAULT_HOOK) resumed it (listed in
 * the asm statement's labels without one, so the caller's label is always
 * used); on success it continues after the statement.  "memory": the
 * instruction stores to *value, an "m" input: asm goto cannot have outputs
 * everywhere.
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMREAD.
 */
#define vmx_vmread_mem_goto(field, value, fail, fault)			\
do {									\
	unsigned long __field = VMXGEN_NATURAL(field, vmx_vmread_mem_goto); \
	unsigned long *__value = VMXGEN_NATURAL_PTR(value, vmx_vmread_mem_goto); \
									\
	__asm__ goto("771:\tvmread %[__field], %[__value]\n\t"		\
		VMXGEN_FAULT_HOOK(771b, %l[fault])			\
		"jbe %l[" VMXGEN_STRINGIFY(fail) "]"			\
		:							\
		: [__value] "m" (*__value),				\
		  [__field] "r" (__field)				\
		: "cc", "memory"					\
		: fail, fault);						\
} while (0)

/**
 * vmx_vmread_or() - read a field of the current VMCS
 * @field: VMCS field encoding
 * @on_fail: called on failure with field and the status; its result is returned
 *
 * Executes VMREAD r/m64, r64 (NP 0F 78 /r).
 * This form returns the value instead of a status and reports a failure to
 * a handler (KVM's vmcs_readl() shape).
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMREAD.
 *
 * Return: the value read; if the instruction failed (or a fault hook
 * resumed it), what @on_fail returns.
 */
static __always_inline unsigned long
vmx_vmread_or(unsigned long field, unsigned long (*on_fail)(unsigned long, enum vmx_status))
{
	unsigned long value_out;

#ifdef VMXGEN_HAVE_ASM_GOTO_OUTPUT
	__asm__ __volatile__ goto("771:\tvmread %[field], %[value]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		".ifc %l[fail_invalid], %l[fail_valid]\n\t"
		"jbe %l[fail_valid]\n\t"
		".else\n\t"
		"jbe 773f\n\t"
		".subsection 1\n"
		"773:\tjc %l[fail_invalid]\n\t"
		"jmp %l[fail_valid]\n\t"
		".previous\n\t"
		".endif"
		: [value] "=r" (value_out)
		: [field] "r" (field)
		: "cc"
		: VMXGEN_FAULT_LABEL(fault) fail_invalid, fail_valid);
	VMXGEN_ASM_GOTO_OUTPUT_BARRIER;
	return value_out;
fail_invalid: VMXGEN_COLD_LABEL;
	return on_fail(field, VMX_FAIL_INVALID);
fail_valid:
	return on_fail(field, VMX_FAIL_VALID);
#ifdef VMXGEN_HAVE_FAULT_HOOK
fault:
	return on_fail(field, VMX_FAULT);
#endif
#else
	vmx_u8 failed;

	__asm__ __volatile__(VMXGEN_FAULT_FLAGS "771:\tvmread %[field], %[value]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, 772b)
		"jbe 773f\n"
		"774:\n\t"
		".subsection 1\n"
		"773:\tmov %[fail_valid], %k[value]\n\t"
		"jnc 774b\n\t"
		"mov %[fail_invalid], %k[value]\n\t"
		"jnz 774b\n\t"
		"mov %[fault], %k[value]\n\t"
		"jmp 774b\n\t"
		".previous"
		: [value] "=r" (value_out),
		  "=@ccbe" (failed)
		: [field] "r" (field),
		  [fail_invalid] "i" (VMX_FAIL_INVALID),
		  [fail_valid] "i" (VMX_FAIL_VALID),
		  [fault] "i" (VMX_FAULT)
		: "cc");
	if (__builtin_expect(failed, 0))
		return on_fail(field, (enum vmx_status)value_out);
	return value_out;
#endif
}

#ifndef __x86_64__
#define vmx_vmread_or(field, on_fail) \
	((vmx_vmread_or)( \
		VMXGEN_NATURAL(field, vmx_vmread_or), \
		on_fail))
#endif

/**
 * vmx_vmresume() - resume the virtual machine managed by the current VMCS
 *
 * Executes VMRESUME (NP 0F 01 C3).
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMLAUNCH/VMRESUME.
 *
 * Return: only if the instruction failed: %VMX_FAIL_INVALID (no current
 * VMCS) or %VMX_FAIL_VALID (the reason is in the VM-instruction error
 * field); %VMX_FAULT (the instruction faulted) if a fault hook
 * (VMXGEN_FAULT_HOOK) resumed it.  On success the guest runs and its VM
 * exits go to the host RIP of the current VMCS, never back here.
 */
static __always_inline enum vmx_status
vmx_vmresume(void)
{
	/*
	 * "memory": the guest runs and reads and writes memory until its
	 * VM exit (SDM Vol. 3C, Chapter 27).
	 */
	__asm__ goto("771:\tvmresume\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		".ifc %l[fail_invalid], %l[fail_valid]\n\t"
		"jbe %l[fail_valid]\n\t"
		".else\n\t"
		"jbe 773f\n\t"
		".subsection 1\n"
		"773:\tjc %l[fail_invalid]\n\t"
		"jmp %l[fail_valid]\n\t"
		".previous\n\t"
		".endif"
		:
		:
		: "cc", "memory"
		: VMXGEN_FAULT_LABEL(fault) fail_invalid, fail_valid);
	return VMX_SUCCEED;
fail_invalid: VMXGEN_COLD_LABEL;
	return VMX_FAIL_INVALID;
fail_valid:
	return VMX_FAIL_VALID;
#ifdef VMXGEN_HAVE_FAULT_HOOK
fault:
	return VMX_FAULT;
#endif
}

/**
 * vmx_vmwrite() - write a field of the current VMCS
 * @field: VMCS field encoding
 * @value: value to write (truncated to the field's width)
 *
 * Executes VMWRITE r64, r/m64 (NP 0F 79 /r).
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMWRITE.
 *
 * Return: %VMX_SUCCEED, %VMX_FAIL_INVALID (no current VMCS) or
 * %VMX_FAIL_VALID (the reason is in the VM-instruction error field);
 * %VMX_FAULT (the instruction faulted) if a fault hook (VMXGEN_FAULT_HOOK)
 * resumed it.
 */
static __always_inline enum vmx_status
vmx_vmwrite(unsigned long field, unsigned long value)
{
	__asm__ goto("771:\tvmwrite %[value], %[field]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		".ifc %l[fail_invalid], %l[fail_valid]\n\t"
		"jbe %l[fail_valid]\n\t"
		".else\n\t"
		"jbe 773f\n\t"
		".subsection 1\n"
		"773:\tjc %l[fail_invalid]\n\t"
		"jmp %l[fail_valid]\n\t"
		".previous\n\t"
		".endif"
		:
		: [field] "r" (field),
		  [value] "rm" (value)
		: "cc"
		: VMXGEN_FAULT_LABEL(fault) fail_invalid, fail_valid);
	return VMX_SUCCEED;
fail_invalid: VMXGEN_COLD_LABEL;
	return VMX_FAIL_INVALID;
fail_valid:
	return VMX_FAIL_VALID;
#ifdef VMXGEN_HAVE_FAULT_HOOK
fault:
	return VMX_FAULT;
#endif
}

#ifndef __x86_64__
#define vmx_vmwrite(field, value) \
	((vmx_vmwrite)( \
		VMXGEN_NATURAL(field, vmx_vmwrite), \
		VMXGEN_NATURAL(value, vmx_vmwrite)))
#endif

/**
 * vmx_vmwrite_goto() - write a field of the current VMCS
 * @field: VMCS field encoding
 * @value: value to write (truncated to the field's width)
 * @fail: the caller's label for VMfailInvalid and VMfailValid
 * @fault: the caller's label for a fault
 *
 * Executes VMWRITE r64, r/m64 (NP 0F 79 /r).
 * This form is a statement that jumps to the caller's labels (two
 * different labels: an asm goto lists each once) instead of returning a
 * status: VMfailInvalid and VMfailValid to the fail label; a fault to the
 * fault label if a fault hook (VMXGEN_FAULT_HOOK) resumed it (listed in
 * the asm statement's labels without one, so the caller's label is always
 * used); on success it continues after the statement.
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMWRITE.
 */
#define vmx_vmwrite_goto(field, value, fail, fault)			\
do {									\
	unsigned long __field = VMXGEN_NATURAL(field, vmx_vmwrite_goto); \
	unsigned long __value = VMXGEN_NATURAL(value, vmx_vmwrite_goto); \
									\
	__asm__ goto("771:\tvmwrite %[__value], %[__field]\n\t"		\
		VMXGEN_FAULT_HOOK(771b, %l[fault])			\
		"jbe %l[" VMXGEN_STRINGIFY(fail) "]"			\
		:							\
		: [__field] "r" (__field),				\
		  [__value] "rm" (__value)				\
		: "cc"							\
		: fail, fault);						\
} while (0)

/**
 * vmx_vmwrite_mem() - write a field of the current VMCS
 * @field: VMCS field encoding
 * @value: value to write (truncated to the field's width)
 *
 * Executes VMWRITE r64, r/m64 (NP 0F 79 /r).
 * This form uses the instruction's memory encoding (r/m as memory).
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMWRITE.
 *
 * Return: %VMX_SUCCEED, %VMX_FAIL_INVALID (no current VMCS) or
 * %VMX_FAIL_VALID (the reason is in the VM-instruction error field);
 * %VMX_FAULT (the instruction faulted) if a fault hook (VMXGEN_FAULT_HOOK)
 * resumed it.
 */
static __always_inline enum vmx_status
vmx_vmwrite_mem(unsigned long field, const unsigned long *value)
{
	__asm__ goto("771:\tvmwrite %[value], %[field]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		".ifc %l[fail_invalid], %l[fail_valid]\n\t"
		"jbe %l[fail_valid]\n\t"
		".else\n\t"
		"jbe 773f\n\t"
		".subsection 1\n"
		"773:\tjc %l[fail_invalid]\n\t"
		"jmp %l[fail_valid]\n\t"
		".previous\n\t"
		".endif"
		:
		: [field] "r" (field),
		  [value] "m" (*value)
		: "cc"
		: VMXGEN_FAULT_LABEL(fault) fail_invalid, fail_valid);
	return VMX_SUCCEED;
fail_invalid: VMXGEN_COLD_LABEL;
	return VMX_FAIL_INVALID;
fail_valid:
	return VMX_FAIL_VALID;
#ifdef VMXGEN_HAVE_FAULT_HOOK
fault:
	return VMX_FAULT;
#endif
}

#ifndef __x86_64__
#define vmx_vmwrite_mem(field, value) \
	((vmx_vmwrite_mem)( \
		VMXGEN_NATURAL(field, vmx_vmwrite_mem), \
		VMXGEN_NATURAL_PTR(value, vmx_vmwrite_mem)))
#endif

/**
 * vmx_vmwrite_mem_goto() - write a field of the current VMCS
 * @field: VMCS field encoding
 * @value: value to write (truncated to the field's width)
 * @fail: the caller's label for VMfailInvalid and VMfailValid
 * @fault: the caller's label for a fault
 *
 * Executes VMWRITE r64, r/m64 (NP 0F 79 /r).
 * This form uses the instruction's memory encoding (r/m as memory).
 * This form is a statement that jumps to the caller's labels (two
 * different labels: an asm goto lists each once) instead of returning a
 * status: VMfailInvalid and VMfailValid to the fail label; a fault to the
 * fault label if a fault hook (VMXGEN_FAULT_HOOK) resumed it (listed in
 * the asm statement's labels without one, so the caller's label is always
 * used); on success it continues after the statement.
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMWRITE.
 */
#define vmx_vmwrite_mem_goto(field, value, fail, fault)			\
do {									\
	unsigned long __field = VMXGEN_NATURAL(field, vmx_vmwrite_mem_goto); \
	const unsigned long *__value = VMXGEN_NATURAL_PTR(value, vmx_vmwrite_mem_goto); \
									\
	__asm__ goto("771:\tvmwrite %[__value], %[__field]\n\t"		\
		VMXGEN_FAULT_HOOK(771b, %l[fault])			\
		"jbe %l[" VMXGEN_STRINGIFY(fail) "]"			\
		:							\
		: [__field] "r" (__field),				\
		  [__value] "m" (*__value)				\
		: "cc"							\
		: fail, fault);						\
} while (0)

/**
 * vmx_vmxoff() - leave VMX operation
 *
 * Executes VMXOFF (NP 0F 01 C4).
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMXOFF.
 *
 * Return: %VMX_SUCCEED, %VMX_FAIL_INVALID (no current VMCS) or
 * %VMX_FAIL_VALID (the reason is in the VM-instruction error field);
 * %VMX_FAULT (the instruction faulted) if a fault hook (VMXGEN_FAULT_HOOK)
 * resumed it.
 */
static __always_inline enum vmx_status
vmx_vmxoff(void)
{
	__asm__ goto("771:\tvmxoff\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		".ifc %l[fail_invalid], %l[fail_valid]\n\t"
		"jbe %l[fail_valid]\n\t"
		".else\n\t"
		"jbe 773f\n\t"
		".subsection 1\n"
		"773:\tjc %l[fail_invalid]\n\t"
		"jmp %l[fail_valid]\n\t"
		".previous\n\t"
		".endif"
		:
		:
		: "cc"
		: VMXGEN_FAULT_LABEL(fault) fail_invalid, fail_valid);
	return VMX_SUCCEED;
fail_invalid: VMXGEN_COLD_LABEL;
	return VMX_FAIL_INVALID;
fail_valid:
	return VMX_FAIL_VALID;
#ifdef VMXGEN_HAVE_FAULT_HOOK
fault:
	return VMX_FAULT;
#endif
}

/**
 * vmx_vmxoff_goto() - leave VMX operation
 * @fail: the caller's label for VMfailInvalid and VMfailValid
 * @fault: the caller's label for a fault
 *
 * Executes VMXOFF (NP 0F 01 C4).
 * This form is a statement that jumps to the caller's labels (two
 * different labels: an asm goto lists each once) instead of returning a
 * status: VMfailInvalid and VMfailValid to the fail label; a fault to the
 * fault label if a fault hook (VMXGEN_FAULT_HOOK) resumed it (listed in
 * the asm statement's labels without one, so the caller's label is always
 * used); on success it continues after the statement.
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMXOFF.
 */
#define vmx_vmxoff_goto(fail, fault)					\
({									\
	__asm__ goto("771:\tvmxoff\n\t"					\
		VMXGEN_FAULT_HOOK(771b, %l[fault])			\
		"jbe %l[" VMXGEN_STRINGIFY(fail) "]"			\
		:							\
		:							\
		: "cc"							\
		: fail, fault);						\
})

/**
 * vmx_vmxoff_fault_only() - leave VMX operation
 *
 * Executes VMXOFF (NP 0F 01 C4).
 * This form reports only a fault: VMfailInvalid and VMfailValid are not
 * told from success (a kernel enabling or disabling VMX on a CPU treats
 * VMfail as done (it checked or set the state VMfail reports, e.g. already
 * in VMX operation) and only a fault (#UD, #GP) as an error).
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMXOFF.
 *
 * Return: %VMX_SUCCEED; %VMX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum vmx_status
vmx_vmxoff_fault_only(void)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tvmxoff\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		:
		: "cc"
		: fault);
	return VMX_SUCCEED;
fault:
	return VMX_FAULT;
#else
	__asm__ __volatile__("vmxoff"
		:
		:
		: "cc");
	return VMX_SUCCEED;
#endif
}

/**
 * vmx_vmxoff_fault_only_goto() - leave VMX operation
 * @fault: the caller's label for a fault
 *
 * Executes VMXOFF (NP 0F 01 C4).
 * This form reports only a fault: VMfailInvalid and VMfailValid are not
 * told from success (a kernel enabling or disabling VMX on a CPU treats
 * VMfail as done (it checked or set the state VMfail reports, e.g. already
 * in VMX operation) and only a fault (#UD, #GP) as an error).
 * This form is a statement that jumps to the caller's labels (two
 * different labels: an asm goto lists each once) instead of returning a
 * status: a fault to the fault label if a fault hook (VMXGEN_FAULT_HOOK)
 * resumed it (listed in the asm statement's labels without one, so the
 * caller's label is always used); on success it continues after the
 * statement.
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMXOFF.
 */
#define vmx_vmxoff_fault_only_goto(fault)				\
({									\
	__asm__ goto("771:\tvmxoff\n\t"					\
		VMXGEN_FAULT_HOOK(771b, %l[fault])			\
		:							\
		:							\
		: "cc"							\
		: fault);						\
})

/**
 * vmx_vmxon() - enter VMX root operation
 * @vmxon_pa: physical address of the 4-KByte aligned VMXON region
 *
 * Executes VMXON m64 (F3 0F C7 /6).
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMXON.
 *
 * Return: %VMX_SUCCEED, %VMX_FAIL_INVALID (no current VMCS) or
 * %VMX_FAIL_VALID (the reason is in the VM-instruction error field);
 * %VMX_FAULT (the instruction faulted) if a fault hook (VMXGEN_FAULT_HOOK)
 * resumed it.
 */
static __always_inline enum vmx_status
vmx_vmxon(vmx_u64 vmxon_pa)
{
	/*
	 * "memory": VMXON reads the VMCS revision identifier from the
	 * VMXON region in memory (SDM Vol. 3C, Chapter 25), which the
	 * caller has just written.
	 */
	__asm__ goto("771:\tvmxon %[vmxon_pa]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		".ifc %l[fail_invalid], %l[fail_valid]\n\t"
		"jbe %l[fail_valid]\n\t"
		".else\n\t"
		"jbe 773f\n\t"
		".subsection 1\n"
		"773:\tjc %l[fail_invalid]\n\t"
		"jmp %l[fail_valid]\n\t"
		".previous\n\t"
		".endif"
		:
		: [vmxon_pa] "m" (vmxon_pa)
		: "cc", "memory"
		: VMXGEN_FAULT_LABEL(fault) fail_invalid, fail_valid);
	return VMX_SUCCEED;
fail_invalid: VMXGEN_COLD_LABEL;
	return VMX_FAIL_INVALID;
fail_valid:
	return VMX_FAIL_VALID;
#ifdef VMXGEN_HAVE_FAULT_HOOK
fault:
	return VMX_FAULT;
#endif
}

/**
 * vmx_vmxon_goto() - enter VMX root operation
 * @vmxon_pa: physical address of the 4-KByte aligned VMXON region
 * @fail: the caller's label for VMfailInvalid and VMfailValid
 * @fault: the caller's label for a fault
 *
 * Executes VMXON m64 (F3 0F C7 /6).
 * This form is a statement that jumps to the caller's labels (two
 * different labels: an asm goto lists each once) instead of returning a
 * status: VMfailInvalid and VMfailValid to the fail label; a fault to the
 * fault label if a fault hook (VMXGEN_FAULT_HOOK) resumed it (listed in
 * the asm statement's labels without one, so the caller's label is always
 * used); on success it continues after the statement.  "memory": VMXON
 * reads the VMCS revision identifier from the VMXON region in memory (SDM
 * Vol. 3C, Chapter 25), which the caller has just written.
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMXON.
 */
#define vmx_vmxon_goto(vmxon_pa, fail, fault)				\
do {									\
	vmx_u64 __vmxon_pa = (vmxon_pa);				\
									\
	__asm__ goto("771:\tvmxon %[__vmxon_pa]\n\t"			\
		VMXGEN_FAULT_HOOK(771b, %l[fault])			\
		"jbe %l[" VMXGEN_STRINGIFY(fail) "]"			\
		:							\
		: [__vmxon_pa] "m" (__vmxon_pa)				\
		: "cc", "memory"					\
		: fail, fault);						\
} while (0)

/**
 * vmx_vmxon_fault_only() - enter VMX root operation
 * @vmxon_pa: physical address of the 4-KByte aligned VMXON region
 *
 * Executes VMXON m64 (F3 0F C7 /6).
 * This form reports only a fault: VMfailInvalid and VMfailValid are not
 * told from success (a kernel enabling or disabling VMX on a CPU treats
 * VMfail as done (it checked or set the state VMfail reports, e.g. already
 * in VMX operation) and only a fault (#UD, #GP) as an error).
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMXON.
 *
 * Return: %VMX_SUCCEED; %VMX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum vmx_status
vmx_vmxon_fault_only(vmx_u64 vmxon_pa)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	/*
	 * "memory": VMXON reads the VMCS revision identifier from the
	 * VMXON region in memory (SDM Vol. 3C, Chapter 25), which the
	 * caller has just written.
	 */
	__asm__ goto("771:\tvmxon %[vmxon_pa]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [vmxon_pa] "m" (vmxon_pa)
		: "cc", "memory"
		: fault);
	return VMX_SUCCEED;
fault:
	return VMX_FAULT;
#else
	/*
	 * "memory": VMXON reads the VMCS revision identifier from the
	 * VMXON region in memory (SDM Vol. 3C, Chapter 25), which the
	 * caller has just written.
	 */
	__asm__ __volatile__("vmxon %[vmxon_pa]"
		:
		: [vmxon_pa] "m" (vmxon_pa)
		: "cc", "memory");
	return VMX_SUCCEED;
#endif
}

/**
 * vmx_vmxon_fault_only_goto() - enter VMX root operation
 * @vmxon_pa: physical address of the 4-KByte aligned VMXON region
 * @fault: the caller's label for a fault
 *
 * Executes VMXON m64 (F3 0F C7 /6).
 * This form reports only a fault: VMfailInvalid and VMfailValid are not
 * told from success (a kernel enabling or disabling VMX on a CPU treats
 * VMfail as done (it checked or set the state VMfail reports, e.g. already
 * in VMX operation) and only a fault (#UD, #GP) as an error).
 * This form is a statement that jumps to the caller's labels (two
 * different labels: an asm goto lists each once) instead of returning a
 * status: a fault to the fault label if a fault hook (VMXGEN_FAULT_HOOK)
 * resumed it (listed in the asm statement's labels without one, so the
 * caller's label is always used); on success it continues after the
 * statement.  "memory": VMXON reads the VMCS revision identifier from the
 * VMXON region in memory (SDM Vol. 3C, Chapter 25), which the caller has
 * just written.
 * Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMXON.
 */
#define vmx_vmxon_fault_only_goto(vmxon_pa, fault)			\
do {									\
	vmx_u64 __vmxon_pa = (vmxon_pa);				\
									\
	__asm__ goto("771:\tvmxon %[__vmxon_pa]\n\t"			\
		VMXGEN_FAULT_HOOK(771b, %l[fault])			\
		:							\
		: [__vmxon_pa] "m" (__vmxon_pa)				\
		: "cc", "memory"					\
		: fault);						\
} while (0)

#endif /* VMXGEN_VMX_INSN_H */
