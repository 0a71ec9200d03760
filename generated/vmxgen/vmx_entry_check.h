/* SPDX-License-Identifier: MIT */
/*
 * DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
 * (template gen/backends/c/templates/checks.h.j2).  Edit the spec and run make.
 */
/*
 * VMX: the checks of VM entry on the VMX controls, the host state and the guest state
 * (Intel SDM Vol. 3C, Sections 27.2 and 27.3.1), one rule each, from the spec's entry_checks.
 * vmx_entry_check() evaluates every rule on a snapshot of the state the
 * CPU checks and reports each broken one; freestanding, no libc.
 */
#ifndef VMXGEN_VMX_ENTRY_CHECK_H
#define VMXGEN_VMX_ENTRY_CHECK_H

#include <vmxgen/vmx_insn.h>
#include <vmxgen/vmcs_fields.h>

/**
 * struct vmx_entry_check_snapshot - what the rules read
 * @pin_based_vm_execution_controls: 32-bit control field (0x4000)
 * @ia32_vmx_pinbased_ctls: capability MSR 0x481, IA32_VMX_PINBASED_CTLS
 * @ia32_vmx_true_pinbased_ctls: capability MSR 0x48d, IA32_VMX_TRUE_PINBASED_CTLS
 * @ia32_vmx_basic: capability MSR 0x480, IA32_VMX_BASIC
 * @primary_processor_based_vm_execution_controls: 32-bit control field (0x4002)
 * @ia32_vmx_procbased_ctls: capability MSR 0x482, IA32_VMX_PROCBASED_CTLS
 * @ia32_vmx_true_procbased_ctls: capability MSR 0x48e, IA32_VMX_TRUE_PROCBASED_CTLS
 * @secondary_processor_based_vm_execution_controls: 32-bit control field (0x401e)
 * @ia32_vmx_procbased_ctls2: capability MSR 0x48b, IA32_VMX_PROCBASED_CTLS2
 * @io_bitmap_a_address: 64-bit control field (0x2000)
 * @maxphyaddr: the physical-address width, CPUID.80000008H:EAX[7:0]
 * @host_cr0: natural-width host-state field (0x6c00)
 * @ia32_vmx_cr0_fixed0: capability MSR 0x486, IA32_VMX_CR0_FIXED0
 * @ia32_vmx_cr0_fixed1: capability MSR 0x487, IA32_VMX_CR0_FIXED1
 * @host_ia32_sysenter_esp: natural-width host-state field (0x6c10)
 * @host_tr_selector: 16-bit host-state field (0x0c0c)
 * @guest_cs_access_rights: 32-bit guest-state field (0x4816)
 * @guest_tr_limit: 32-bit guest-state field (0x480e)
 * @guest_tr_access_rights: 32-bit guest-state field (0x4822)
 * @vmcs_link_pointer: 64-bit guest-state field (0x2800)
 *
 * Fill it with vmx_entry_check_read() (the VMCS fields of the current VMCS), the capability MSRs
 * with RDMSR, and the values no VMCS field holds yourself.
 */
struct vmx_entry_check_snapshot {
	vmx_u32 pin_based_vm_execution_controls;
	vmx_u64 ia32_vmx_pinbased_ctls;
	vmx_u64 ia32_vmx_true_pinbased_ctls;
	vmx_u64 ia32_vmx_basic;
	vmx_u32 primary_processor_based_vm_execution_controls;
	vmx_u64 ia32_vmx_procbased_ctls;
	vmx_u64 ia32_vmx_true_procbased_ctls;
	vmx_u32 secondary_processor_based_vm_execution_controls;
	vmx_u64 ia32_vmx_procbased_ctls2;
	vmx_u64 io_bitmap_a_address;
	vmx_u8 maxphyaddr;
	vmx_u64 host_cr0;
	vmx_u64 ia32_vmx_cr0_fixed0;
	vmx_u64 ia32_vmx_cr0_fixed1;
	vmx_u64 host_ia32_sysenter_esp;
	vmx_u16 host_tr_selector;
	vmx_u32 guest_cs_access_rights;
	vmx_u32 guest_tr_limit;
	vmx_u32 guest_tr_access_rights;
	vmx_u64 vmcs_link_pointer;
};

/**
 * enum vmx_entry_check_class_id - how the CPU reports a broken rule, in the order it checks
 * @VMX_ENTRY_CHECK_CLASS_CONTROLS: VMfailValid, VM-instruction error 7 (invalid control field)
 * @VMX_ENTRY_CHECK_CLASS_HOST_STATE: VMfailValid, VM-instruction error 8 (invalid host-state field)
 * @VMX_ENTRY_CHECK_CLASS_GUEST_STATE: VM exit, reason 33 (invalid guest state), qualification 0
 * @VMX_ENTRY_CHECK_CLASS_GUEST_LINK_POINTER: VM exit, reason 33 (invalid guest state), qualification 4 (VMCS link pointer)
 * @VMX_ENTRY_CHECK_CLASSES: the number of classes
 */
enum vmx_entry_check_class_id {
	VMX_ENTRY_CHECK_CLASS_CONTROLS,
	VMX_ENTRY_CHECK_CLASS_HOST_STATE,
	VMX_ENTRY_CHECK_CLASS_GUEST_STATE,
	VMX_ENTRY_CHECK_CLASS_GUEST_LINK_POINTER,
	VMX_ENTRY_CHECK_CLASSES
};

/**
 * enum vmx_entry_check_rule_id - the rules, in spec order
 * @VMX_ENTRY_CHECK_PIN_CONTROLS_ALLOWED: 27.2.1.1
 * @VMX_ENTRY_CHECK_PROC_CONTROLS_ALLOWED: 27.2.1.1
 * @VMX_ENTRY_CHECK_PROC2_CONTROLS_ALLOWED: 27.2.1.1
 * @VMX_ENTRY_CHECK_IO_BITMAP_A_ADDRESS: 27.2.1.1
 * @VMX_ENTRY_CHECK_VIRTUAL_NMIS_NEED_NMI_EXITING: 27.2.1.1
 * @VMX_ENTRY_CHECK_HOST_CR0_FIXED: 27.2.2
 * @VMX_ENTRY_CHECK_HOST_SYSENTER_ESP_CANONICAL: 27.2.2
 * @VMX_ENTRY_CHECK_HOST_TR_SELECTOR_NONZERO: 27.2.3
 * @VMX_ENTRY_CHECK_GUEST_CS_TYPE_64: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_TR_LIMIT_GRANULARITY: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_VMCS_LINK_POINTER_ALIGNED: 27.3.1.5
 * @VMX_ENTRY_CHECK_RULES: the number of rules
 */
enum vmx_entry_check_rule_id {
	VMX_ENTRY_CHECK_PIN_CONTROLS_ALLOWED,
	VMX_ENTRY_CHECK_PROC_CONTROLS_ALLOWED,
	VMX_ENTRY_CHECK_PROC2_CONTROLS_ALLOWED,
	VMX_ENTRY_CHECK_IO_BITMAP_A_ADDRESS,
	VMX_ENTRY_CHECK_VIRTUAL_NMIS_NEED_NMI_EXITING,
	VMX_ENTRY_CHECK_HOST_CR0_FIXED,
	VMX_ENTRY_CHECK_HOST_SYSENTER_ESP_CANONICAL,
	VMX_ENTRY_CHECK_HOST_TR_SELECTOR_NONZERO,
	VMX_ENTRY_CHECK_GUEST_CS_TYPE_64,
	VMX_ENTRY_CHECK_GUEST_TR_LIMIT_GRANULARITY,
	VMX_ENTRY_CHECK_GUEST_VMCS_LINK_POINTER_ALIGNED,
	VMX_ENTRY_CHECK_RULES
};

struct vmx_entry_check_class_info {
	const char *name;
	const char *summary;
	int error;		/* the VM-instruction error number, or -1 */
	int has_exit;		/* 1: an exit, reason exit */
	long long exit;
	unsigned long long qualification;	/* of the exit */
};

struct vmx_entry_check_rule_info {
	const char *name;
	const char *sdm;
	const char *statement;
	enum vmx_entry_check_class_id cls;
};

/* vmx_entry_check_class() - the class @id: how the CPU reports it */
static inline const struct vmx_entry_check_class_info *
vmx_entry_check_class(enum vmx_entry_check_class_id id)
{
	static const struct vmx_entry_check_class_info classes[VMX_ENTRY_CHECK_CLASSES] = {
		{ "controls", "VMfailValid, VM-instruction error 7 (invalid control field)", 7, 0, 0LL, 0ULL },
		{ "host_state", "VMfailValid, VM-instruction error 8 (invalid host-state field)", 8, 0, 0LL, 0ULL },
		{ "guest_state", "VM exit, reason 33 (invalid guest state), qualification 0", -1, 1, 33LL, 0ULL },
		{ "guest_link_pointer", "VM exit, reason 33 (invalid guest state), qualification 4 (VMCS link pointer)", -1, 1, 33LL, 4ULL },
	};

	return (unsigned int)id < VMX_ENTRY_CHECK_CLASSES ? &classes[id] : 0;
}

/* vmx_entry_check_rule() - rule @id: its name, section and statement */
static inline const struct vmx_entry_check_rule_info *
vmx_entry_check_rule(enum vmx_entry_check_rule_id id)
{
	static const struct vmx_entry_check_rule_info rules[VMX_ENTRY_CHECK_RULES] = {
		{ "pin_controls_allowed", "27.2.1.1",
		  "the pin-based VM-execution controls are settings IA32_VMX_(TRUE_)PINBASED_CTLS allows",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "proc_controls_allowed", "27.2.1.1",
		  "the primary processor-based VM-execution controls are settings IA32_VMX_(TRUE_)PROCBASED_CTLS allows",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "proc2_controls_allowed", "27.2.1.1",
		  "with secondary controls activated, they are settings IA32_VMX_PROCBASED_CTLS2 allows",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "io_bitmap_a_address", "27.2.1.1",
		  "with I/O bitmaps in use, the address of I/O bitmap A is 4-KByte aligned and within the physical-address width",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "virtual_nmis_need_nmi_exiting", "27.2.1.1",
		  "virtual NMIs are set only with NMI exiting",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "host_cr0_fixed", "27.2.2",
		  "host CR0 has the bits IA32_VMX_CR0_FIXED0/FIXED1 fix at their fixed values",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_sysenter_esp_canonical", "27.2.2",
		  "the host IA32_SYSENTER_ESP is a canonical address",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_tr_selector_nonzero", "27.2.3",
		  "the host TR selector is not 0",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "guest_cs_type_64", "27.3.1.2",
		  "without unrestricted guest, the guest CS type is an accessed code segment (9, 11, 13 or 15)",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_tr_limit_granularity", "27.3.1.2",
		  "if any of bits 11:0 of the guest TR limit is 0, G is 0; if any of bits 31:20 is 1, G is 1",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_vmcs_link_pointer_aligned", "27.3.1.5",
		  "a VMCS link pointer other than all ones is 4-KByte aligned and within the physical-address width",
		  VMX_ENTRY_CHECK_CLASS_GUEST_LINK_POINTER },
	};

	return (unsigned int)id < VMX_ENTRY_CHECK_RULES ? &rules[id] : 0;
}

/* @a is canonical: bits 63:47 all equal */
static inline int __vmx_entry_check_canonical(vmx_u64 a)
{
	return (a >> 47) == 0 || (a >> 47) == 0x1ffff;
}

/* @x < 2^@n */
static inline int __vmx_entry_check_fits(vmx_u64 x, vmx_u64 n)
{
	return n >= 64 || (x >> n) == 0;
}

/* @x has the bits set in @fixed0 set and the bits clear in @fixed1 clear */
static inline int __vmx_entry_check_fixed(vmx_u64 x, vmx_u64 fixed0, vmx_u64 fixed1)
{
	return (x & fixed0) == fixed0 && (x & ~fixed1) == 0;
}

/* The capability MSR of a control group: the TRUE one if @basic's @bit says it exists */
static inline vmx_u64 __vmx_entry_check_msr(vmx_u64 basic, unsigned int bit,
					   vmx_u64 msr, vmx_u64 true_msr)
{
	return (basic >> bit) & 1 ? true_msr : msr;
}

/* 32-bit controls: a 1 in bits 31:0 of @msr must be 1, a 0 in bits 63:32 must be 0 */
static inline int __vmx_entry_check_allowed32(vmx_u64 ctls, vmx_u64 msr)
{
	vmx_u64 must = msr & 0xffffffff, may = msr >> 32;

	return (ctls & must) == must && (ctls & ~may) == 0;
}

/* 64-bit controls: a 0 in @msr must be 0 */
static inline int __vmx_entry_check_allowed64(vmx_u64 ctls, vmx_u64 msr)
{
	return (ctls & ~msr) == 0;
}

/**
 * vmx_entry_check() - evaluate every rule of Vol. 3C, Sections 27.2 and 27.3.1
 * @s: the state the CPU checks
 * @report: called with @ctx for each broken rule, in spec order (may be NULL)
 * @ctx: passed to @report
 *
 * Return: the number of broken rules (0: the state passes every rule).
 * The CPU reports the first class (enum vmx_entry_check_class_id order) among them.
 */
static inline unsigned int
vmx_entry_check(const struct vmx_entry_check_snapshot *s,
		void (*report)(void *ctx, enum vmx_entry_check_rule_id id), void *ctx)
{
	unsigned int found = 0;

	/* 27.2.1.1: the pin-based VM-execution controls are settings IA32_VMX_(TRUE_)PINBASED_CTLS allows */
	if (!__vmx_entry_check_allowed32(s->pin_based_vm_execution_controls, __vmx_entry_check_msr(s->ia32_vmx_basic, 55, s->ia32_vmx_pinbased_ctls, s->ia32_vmx_true_pinbased_ctls))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_PIN_CONTROLS_ALLOWED);
	}

	/* 27.2.1.1: the primary processor-based VM-execution controls are settings IA32_VMX_(TRUE_)PROCBASED_CTLS allows */
	if (!__vmx_entry_check_allowed32(s->primary_processor_based_vm_execution_controls, __vmx_entry_check_msr(s->ia32_vmx_basic, 55, s->ia32_vmx_procbased_ctls, s->ia32_vmx_true_procbased_ctls))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_PROC_CONTROLS_ALLOWED);
	}

	/* 27.2.1.1: with secondary controls activated, they are settings IA32_VMX_PROCBASED_CTLS2 allows */
	if ((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) &&
	    !__vmx_entry_check_allowed32(s->secondary_processor_based_vm_execution_controls, s->ia32_vmx_procbased_ctls2)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_PROC2_CONTROLS_ALLOWED);
	}

	/* 27.2.1.1: with I/O bitmaps in use, the address of I/O bitmap A is 4-KByte aligned and within the physical-address width */
	if ((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 25) & 1) &&
	    !((((vmx_u64)s->io_bitmap_a_address & 0xfff) == 0) && __vmx_entry_check_fits((vmx_u64)s->io_bitmap_a_address, (vmx_u64)s->maxphyaddr))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_IO_BITMAP_A_ADDRESS);
	}

	/* 27.2.1.1: virtual NMIs are set only with NMI exiting */
	if (!(((vmx_u64)s->pin_based_vm_execution_controls >> 3) & 1) &&
	    !!(((vmx_u64)s->pin_based_vm_execution_controls >> 5) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_VIRTUAL_NMIS_NEED_NMI_EXITING);
	}

	/* 27.2.2: host CR0 has the bits IA32_VMX_CR0_FIXED0/FIXED1 fix at their fixed values */
	if (!__vmx_entry_check_fixed((vmx_u64)s->host_cr0, s->ia32_vmx_cr0_fixed0, s->ia32_vmx_cr0_fixed1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_CR0_FIXED);
	}

	/* 27.2.2: the host IA32_SYSENTER_ESP is a canonical address */
	if (!__vmx_entry_check_canonical((vmx_u64)s->host_ia32_sysenter_esp)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_SYSENTER_ESP_CANONICAL);
	}

	/* 27.2.3: the host TR selector is not 0 */
	if (!((vmx_u64)s->host_tr_selector != 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_TR_SELECTOR_NONZERO);
	}

	/* 27.3.1.2: without unrestricted guest, the guest CS type is an accessed code segment (9, 11, 13 or 15) */
	if (!((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 7) & 1)) &&
	    !(((vmx_u64)s->guest_cs_access_rights & 0xf) == 9 || ((vmx_u64)s->guest_cs_access_rights & 0xf) == 0xb || ((vmx_u64)s->guest_cs_access_rights & 0xf) == 0xd || ((vmx_u64)s->guest_cs_access_rights & 0xf) == 0xf)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_CS_TYPE_64);
	}

	/* 27.3.1.2: if any of bits 11:0 of the guest TR limit is 0, G is 0; if any of bits 31:20 is 1, G is 1 */
	if (!(((((vmx_u64)s->guest_tr_limit & 0xfff) == 0xfff) || !(((vmx_u64)s->guest_tr_access_rights >> 15) & 1)) && (((((vmx_u64)s->guest_tr_limit >> 20) & 0xfff) == 0) || (((vmx_u64)s->guest_tr_access_rights >> 15) & 1)))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_TR_LIMIT_GRANULARITY);
	}

	/* 27.3.1.5: a VMCS link pointer other than all ones is 4-KByte aligned and within the physical-address width */
	if (((vmx_u64)s->vmcs_link_pointer != 0xffffffffffffffffULL) &&
	    !((((vmx_u64)s->vmcs_link_pointer & 0xfff) == 0) && __vmx_entry_check_fits((vmx_u64)s->vmcs_link_pointer, (vmx_u64)s->maxphyaddr))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_VMCS_LINK_POINTER_ALIGNED);
	}
	return found;
}

/**
 * vmx_entry_check_read() - fill the VMCS fields of @s from the current VMCS
 * @s: the snapshot; its other members are left as they are
 *
 * A field the CPU does not support (VMREAD fails) reads as 0.
 * Return: the number of fields that could not be read.
 */
static inline unsigned int vmx_entry_check_read(struct vmx_entry_check_snapshot *s)
{
	unsigned int failed = 0;
	vmx_u16 v16;
	vmx_u32 v32;
	vmx_u64 v64;
	unsigned long vl;

	v32 = 0;
	if (vmx_vmcs_read_pin_based_vm_execution_controls(&v32) != VMX_SUCCEED)
		failed++;
	s->pin_based_vm_execution_controls = v32;

	v32 = 0;
	if (vmx_vmcs_read_primary_processor_based_vm_execution_controls(&v32) != VMX_SUCCEED)
		failed++;
	s->primary_processor_based_vm_execution_controls = v32;

	v32 = 0;
	if (vmx_vmcs_read_secondary_processor_based_vm_execution_controls(&v32) != VMX_SUCCEED)
		failed++;
	s->secondary_processor_based_vm_execution_controls = v32;

	v64 = 0;
	if (vmx_vmcs_read_io_bitmap_a_address(&v64) != VMX_SUCCEED)
		failed++;
	s->io_bitmap_a_address = v64;

	vl = 0;
	if (vmx_vmcs_read_host_cr0(&vl) != VMX_SUCCEED)
		failed++;
	s->host_cr0 = vl;

	vl = 0;
	if (vmx_vmcs_read_host_ia32_sysenter_esp(&vl) != VMX_SUCCEED)
		failed++;
	s->host_ia32_sysenter_esp = vl;

	v16 = 0;
	if (vmx_vmcs_read_host_tr_selector(&v16) != VMX_SUCCEED)
		failed++;
	s->host_tr_selector = v16;

	v32 = 0;
	if (vmx_vmcs_read_guest_cs_access_rights(&v32) != VMX_SUCCEED)
		failed++;
	s->guest_cs_access_rights = v32;

	v32 = 0;
	if (vmx_vmcs_read_guest_tr_limit(&v32) != VMX_SUCCEED)
		failed++;
	s->guest_tr_limit = v32;

	v32 = 0;
	if (vmx_vmcs_read_guest_tr_access_rights(&v32) != VMX_SUCCEED)
		failed++;
	s->guest_tr_access_rights = v32;

	v64 = 0;
	if (vmx_vmcs_read_vmcs_link_pointer(&v64) != VMX_SUCCEED)
		failed++;
	s->vmcs_link_pointer = v64;
	return failed;
}

#endif /* VMXGEN_VMX_ENTRY_CHECK_H */
