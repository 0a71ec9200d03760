/* SPDX-License-Identifier: MIT */
/*
 * DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
 * (template gen/backends/c/templates/checks.h.j2).  Edit the spec and run make.
 */
/*
 * AMD SVM: the consistency checks VMRUN makes on a VMCB before it enters the guest
 * (AMD APM Vol. 2, Section 15.5.1 (Basic Operation), Canonicalization and Consistency Checks; Section 15.20 (Event Injection)), one rule each, from the spec's entry_checks.
 * svm_vmrun_check() evaluates every rule on the caller's struct svm_vmcb
 * and the values it passes and reports each broken one; freestanding, no libc.
 */
#ifndef VMXGEN_SVM_VMRUN_CHECK_H
#define VMXGEN_SVM_VMRUN_CHECK_H

#include <vmxgen/svm_insn.h>

/**
 * enum svm_vmrun_check_class_id - how the CPU reports a broken rule, in the order it checks
 * @SVM_VMRUN_CHECK_CLASS_INVALID: #VMEXIT with EXITCODE VMEXIT_INVALID (-1): VMRUN does not enter the guest
 * @SVM_VMRUN_CHECK_CLASSES: the number of classes
 */
enum svm_vmrun_check_class_id {
	SVM_VMRUN_CHECK_CLASS_INVALID,
	SVM_VMRUN_CHECK_CLASSES
};

/**
 * enum svm_vmrun_check_rule_id - the rules, in spec order
 * @SVM_VMRUN_CHECK_EFER_SVME: Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks
 * @SVM_VMRUN_CHECK_CR0_CD_NW: Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks
 * @SVM_VMRUN_CHECK_CR0_HIGH: Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks
 * @SVM_VMRUN_CHECK_CR3_MBZ: Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks; Section 5.3.2 (CR3)
 * @SVM_VMRUN_CHECK_CR4_MBZ: Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks; Section 3.1.3 (CR4)
 * @SVM_VMRUN_CHECK_DR6_HIGH: Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks
 * @SVM_VMRUN_CHECK_DR7_HIGH: Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks
 * @SVM_VMRUN_CHECK_EFER_MBZ: Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks; Section 3.1.7 (EFER)
 * @SVM_VMRUN_CHECK_EFER_LONG_MODE: Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks
 * @SVM_VMRUN_CHECK_LONG_MODE_PAE: Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks
 * @SVM_VMRUN_CHECK_LONG_MODE_PE: Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks
 * @SVM_VMRUN_CHECK_LONG_MODE_CS: Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks
 * @SVM_VMRUN_CHECK_VMRUN_INTERCEPT: Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks
 * @SVM_VMRUN_CHECK_MSRPM_PA: Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks; Section 15.11 (MSR Intercepts)
 * @SVM_VMRUN_CHECK_IOPM_PA: Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks; Section 15.10.1 (I/O Permissions Map)
 * @SVM_VMRUN_CHECK_EVENT_INJ_TYPE: Vol. 2, Section 15.20 (Event Injection)
 * @SVM_VMRUN_CHECK_EVENT_INJ_VECTOR: Vol. 2, Section 15.20 (Event Injection); Section 8.2, Table 8-1
 * @SVM_VMRUN_CHECK_ASID_ZERO: Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks
 * @SVM_VMRUN_CHECK_RULES: the number of rules
 */
enum svm_vmrun_check_rule_id {
	SVM_VMRUN_CHECK_EFER_SVME,
	SVM_VMRUN_CHECK_CR0_CD_NW,
	SVM_VMRUN_CHECK_CR0_HIGH,
	SVM_VMRUN_CHECK_CR3_MBZ,
	SVM_VMRUN_CHECK_CR4_MBZ,
	SVM_VMRUN_CHECK_DR6_HIGH,
	SVM_VMRUN_CHECK_DR7_HIGH,
	SVM_VMRUN_CHECK_EFER_MBZ,
	SVM_VMRUN_CHECK_EFER_LONG_MODE,
	SVM_VMRUN_CHECK_LONG_MODE_PAE,
	SVM_VMRUN_CHECK_LONG_MODE_PE,
	SVM_VMRUN_CHECK_LONG_MODE_CS,
	SVM_VMRUN_CHECK_VMRUN_INTERCEPT,
	SVM_VMRUN_CHECK_MSRPM_PA,
	SVM_VMRUN_CHECK_IOPM_PA,
	SVM_VMRUN_CHECK_EVENT_INJ_TYPE,
	SVM_VMRUN_CHECK_EVENT_INJ_VECTOR,
	SVM_VMRUN_CHECK_ASID_ZERO,
	SVM_VMRUN_CHECK_RULES
};

struct svm_vmrun_check_class_info {
	const char *name;
	const char *summary;
	int error;		/* the VM-instruction error number, or -1 */
	int has_exit;		/* 1: an exit, reason exit */
	long long exit;
	unsigned long long qualification;	/* of the exit */
};

struct svm_vmrun_check_rule_info {
	const char *name;
	const char *sdm;
	const char *statement;
	enum svm_vmrun_check_class_id cls;
};

/**
 * svm_vmrun_check_class() - how the CPU reports a class of broken rules
 * @id: the class
 *
 * Return: its name, summary, error number or exit; NULL for no class.
 */
static inline const struct svm_vmrun_check_class_info *
svm_vmrun_check_class(enum svm_vmrun_check_class_id id)
{
	static const struct svm_vmrun_check_class_info classes[SVM_VMRUN_CHECK_CLASSES] = {
		{ "invalid", "#VMEXIT with EXITCODE VMEXIT_INVALID (-1): VMRUN does not enter the guest", -1, 1, -1LL, 0ULL },
	};

	return (unsigned int)id < SVM_VMRUN_CHECK_CLASSES ? &classes[id] : (void *)0;
}

/**
 * svm_vmrun_check_rule() - a rule's name, section and statement
 * @id: the rule
 *
 * Return: the rule's name, manual section, one-line statement and class;
 * NULL for no rule.
 */
static inline const struct svm_vmrun_check_rule_info *
svm_vmrun_check_rule(enum svm_vmrun_check_rule_id id)
{
	static const struct svm_vmrun_check_rule_info rules[SVM_VMRUN_CHECK_RULES] = {
		{ "efer_svme", "Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks",
		  "EFER.SVME must be 1 in the guest's EFER.",
		  SVM_VMRUN_CHECK_CLASS_INVALID },
		{ "cr0_cd_nw", "Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks",
		  "CR0.NW must not be set while CR0.CD is clear.",
		  SVM_VMRUN_CHECK_CLASS_INVALID },
		{ "cr0_high", "Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks",
		  "Bits 63:32 of CR0 must be zero.",
		  SVM_VMRUN_CHECK_CLASS_INVALID },
		{ "cr3_mbz", "Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks; Section 5.3.2 (CR3)",
		  "In long mode (EFER.LME and CR0.PG set) no MBZ bit of CR3 may be set: bits 63:MAXPHYADDR are zero.",
		  SVM_VMRUN_CHECK_CLASS_INVALID },
		{ "cr4_mbz", "Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks; Section 3.1.3 (CR4)",
		  "No MBZ bit of CR4 may be set (bits 63:32 and the bits of features the CPU lacks).",
		  SVM_VMRUN_CHECK_CLASS_INVALID },
		{ "dr6_high", "Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks",
		  "Bits 63:32 of DR6 must be zero.",
		  SVM_VMRUN_CHECK_CLASS_INVALID },
		{ "dr7_high", "Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks",
		  "Bits 63:32 of DR7 must be zero.",
		  SVM_VMRUN_CHECK_CLASS_INVALID },
		{ "efer_mbz", "Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks; Section 3.1.7 (EFER)",
		  "No MBZ bit of EFER may be set (the bits of features the CPU lacks, bits 63:32 included).",
		  SVM_VMRUN_CHECK_CLASS_INVALID },
		{ "efer_long_mode", "Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks",
		  "EFER.LMA and EFER.LME must be zero on a CPU without long mode.",
		  SVM_VMRUN_CHECK_CLASS_INVALID },
		{ "long_mode_pae", "Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks",
		  "With EFER.LME and CR0.PG both set, CR4.PAE must be set.",
		  SVM_VMRUN_CHECK_CLASS_INVALID },
		{ "long_mode_pe", "Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks",
		  "With EFER.LME and CR0.PG both set, CR0.PE must be set.",
		  SVM_VMRUN_CHECK_CLASS_INVALID },
		{ "long_mode_cs", "Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks",
		  "With EFER.LME, CR0.PG and CR4.PAE set, CS.L and CS.D must not both be set.",
		  SVM_VMRUN_CHECK_CLASS_INVALID },
		{ "vmrun_intercept", "Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks",
		  "The VMRUN intercept (VMCB 010h bit 0) must be set.",
		  SVM_VMRUN_CHECK_CLASS_INVALID },
		{ "msrpm_pa", "Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks; Section 15.11 (MSR Intercepts)",
		  "The MSR permissions map (8 KiB from MSRPM_BASE_PA, bits 11:0 ignored) must lie below the maximum physical address.",
		  SVM_VMRUN_CHECK_CLASS_INVALID },
		{ "iopm_pa", "Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks; Section 15.10.1 (I/O Permissions Map)",
		  "The I/O permissions map (12 KiB from IOPM_BASE_PA, bits 11:0 ignored) must lie below the maximum physical address.",
		  SVM_VMRUN_CHECK_CLASS_INVALID },
		{ "event_inj_type", "Vol. 2, Section 15.20 (Event Injection)",
		  "A valid EVENTINJ must not have a reserved TYPE (1, 5, 6 or 7).",
		  SVM_VMRUN_CHECK_CLASS_INVALID },
		{ "event_inj_vector", "Vol. 2, Section 15.20 (Event Injection); Section 8.2, Table 8-1",
		  "A valid EVENTINJ of TYPE 3 (exception) must carry the vector of an exception (not 2, the NMI, nor a reserved vector).",
		  SVM_VMRUN_CHECK_CLASS_INVALID },
		{ "asid_zero", "Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks",
		  "The guest's ASID must not be 0 (the host's).",
		  SVM_VMRUN_CHECK_CLASS_INVALID },
	};

	return (unsigned int)id < SVM_VMRUN_CHECK_RULES ? &rules[id] : (void *)0;
}

/* @x < 2^@n */
static inline int __svm_vmrun_check_fits(vmx_u64 x, vmx_u64 n)
{
	return n >= 64 || (x >> n) == 0;
}

/* the @size bytes from @x lie below 2^@n (@size: 1..2^63 - 1) */
static inline int __svm_vmrun_check_fits_size(vmx_u64 x, vmx_u64 n, vmx_u64 size)
{
	if (n >= 64)
		return x <= ~0ULL - (size - 1);
	return (x >> n) == 0 && ((x + size - 1) >> n) == 0;
}

/**
 * svm_vmrun_check() - evaluate every rule of Vol. 2, Section 15.5.1 (Basic Operation), Canonicalization and Consistency Checks; Section 15.20 (Event Injection)
 * @vmcb: the virtual machine control block (VMCB) of a guest, one 4-KByte aligned page
 * @maxphyaddr: the CPU's physical-address width in bits (CPUID 8000_0008h EAX[7:0])
 * @efer_mbz: the EFER bits this CPU reserves (MBZ): every bit but those of the features CPUID reports
 * @cr4_mbz: the CR4 bits this CPU reserves (MBZ), bits 63:32 included
 * @long_mode: 1 if the CPU supports long mode (CPUID 8000_0001h EDX[29])
 * @report: called with @ctx for each broken rule, in spec order (may be NULL)
 * @ctx: passed to @report
 *
 * Return: the number of broken rules (0: the state passes every rule).
 * The CPU reports the first class (enum svm_vmrun_check_class_id order) among them.
 */
static inline unsigned int
svm_vmrun_check(const struct svm_vmcb *vmcb,
		vmx_u8 maxphyaddr,
		vmx_u64 efer_mbz,
		vmx_u64 cr4_mbz,
		vmx_u8 long_mode,
		void (*report)(void *, enum svm_vmrun_check_rule_id), void *ctx)
{
	unsigned int found = 0;

	/* Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks: EFER.SVME must be 1 in the guest's EFER. */
	if (!(((vmx_u64)vmcb->save.efer >> 12) & 1)) {
		found++;
		if (report)
			report(ctx, SVM_VMRUN_CHECK_EFER_SVME);
	}

	/* Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks: CR0.NW must not be set while CR0.CD is clear. */
	if (!((((vmx_u64)vmcb->save.cr0 >> 30) & 1) || !(((vmx_u64)vmcb->save.cr0 >> 29) & 1))) {
		found++;
		if (report)
			report(ctx, SVM_VMRUN_CHECK_CR0_CD_NW);
	}

	/* Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks: Bits 63:32 of CR0 must be zero. */
	if (!((((vmx_u64)vmcb->save.cr0 >> 32) & 0xffffffff) == 0)) {
		found++;
		if (report)
			report(ctx, SVM_VMRUN_CHECK_CR0_HIGH);
	}

	/* Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks; Section 5.3.2 (CR3): In long mode (EFER.LME and CR0.PG set) no MBZ bit of CR3 may be set: bits 63:MAXPHYADDR are zero. */
	if (((((vmx_u64)vmcb->save.efer >> 8) & 1) && (((vmx_u64)vmcb->save.cr0 >> 31) & 1)) &&
	    !__svm_vmrun_check_fits((vmx_u64)vmcb->save.cr3, (vmx_u64)maxphyaddr)) {
		found++;
		if (report)
			report(ctx, SVM_VMRUN_CHECK_CR3_MBZ);
	}

	/* Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks; Section 3.1.3 (CR4): No MBZ bit of CR4 may be set (bits 63:32 and the bits of features the CPU lacks). */
	if (!(((vmx_u64)vmcb->save.cr4 & (vmx_u64)cr4_mbz) == 0)) {
		found++;
		if (report)
			report(ctx, SVM_VMRUN_CHECK_CR4_MBZ);
	}

	/* Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks: Bits 63:32 of DR6 must be zero. */
	if (!((((vmx_u64)vmcb->save.dr6 >> 32) & 0xffffffff) == 0)) {
		found++;
		if (report)
			report(ctx, SVM_VMRUN_CHECK_DR6_HIGH);
	}

	/* Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks: Bits 63:32 of DR7 must be zero. */
	if (!((((vmx_u64)vmcb->save.dr7 >> 32) & 0xffffffff) == 0)) {
		found++;
		if (report)
			report(ctx, SVM_VMRUN_CHECK_DR7_HIGH);
	}

	/* Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks; Section 3.1.7 (EFER): No MBZ bit of EFER may be set (the bits of features the CPU lacks, bits 63:32 included). */
	if (!(((vmx_u64)vmcb->save.efer & (vmx_u64)efer_mbz) == 0)) {
		found++;
		if (report)
			report(ctx, SVM_VMRUN_CHECK_EFER_MBZ);
	}

	/* Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks: EFER.LMA and EFER.LME must be zero on a CPU without long mode. */
	if (((((vmx_u64)vmcb->save.efer >> 10) & 1) || (((vmx_u64)vmcb->save.efer >> 8) & 1)) &&
	    !((vmx_u64)long_mode == 1)) {
		found++;
		if (report)
			report(ctx, SVM_VMRUN_CHECK_EFER_LONG_MODE);
	}

	/* Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks: With EFER.LME and CR0.PG both set, CR4.PAE must be set. */
	if (((((vmx_u64)vmcb->save.efer >> 8) & 1) && (((vmx_u64)vmcb->save.cr0 >> 31) & 1)) &&
	    !(((vmx_u64)vmcb->save.cr4 >> 5) & 1)) {
		found++;
		if (report)
			report(ctx, SVM_VMRUN_CHECK_LONG_MODE_PAE);
	}

	/* Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks: With EFER.LME and CR0.PG both set, CR0.PE must be set. */
	if (((((vmx_u64)vmcb->save.efer >> 8) & 1) && (((vmx_u64)vmcb->save.cr0 >> 31) & 1)) &&
	    !((vmx_u64)vmcb->save.cr0 & 1)) {
		found++;
		if (report)
			report(ctx, SVM_VMRUN_CHECK_LONG_MODE_PE);
	}

	/* Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks: With EFER.LME, CR0.PG and CR4.PAE set, CS.L and CS.D must not both be set. */
	if (((((vmx_u64)vmcb->save.efer >> 8) & 1) && (((vmx_u64)vmcb->save.cr0 >> 31) & 1) && (((vmx_u64)vmcb->save.cr4 >> 5) & 1)) &&
	    !!((((vmx_u64)vmcb->save.cs.attrib >> 9) & 1) && (((vmx_u64)vmcb->save.cs.attrib >> 10) & 1))) {
		found++;
		if (report)
			report(ctx, SVM_VMRUN_CHECK_LONG_MODE_CS);
	}

	/* Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks: The VMRUN intercept (VMCB 010h bit 0) must be set. */
	if (!((vmx_u64)vmcb->control.intercept_misc2 & 1)) {
		found++;
		if (report)
			report(ctx, SVM_VMRUN_CHECK_VMRUN_INTERCEPT);
	}

	/* Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks; Section 15.11 (MSR Intercepts): The MSR permissions map (8 KiB from MSRPM_BASE_PA, bits 11:0 ignored) must lie below the maximum physical address. */
	if (!__svm_vmrun_check_fits_size(((vmx_u64)vmcb->control.msrpm_base_pa & 0xfffffffffffff000ULL), (vmx_u64)maxphyaddr, 0x2000)) {
		found++;
		if (report)
			report(ctx, SVM_VMRUN_CHECK_MSRPM_PA);
	}

	/* Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks; Section 15.10.1 (I/O Permissions Map): The I/O permissions map (12 KiB from IOPM_BASE_PA, bits 11:0 ignored) must lie below the maximum physical address. */
	if (!__svm_vmrun_check_fits_size(((vmx_u64)vmcb->control.iopm_base_pa & 0xfffffffffffff000ULL), (vmx_u64)maxphyaddr, 0x3000)) {
		found++;
		if (report)
			report(ctx, SVM_VMRUN_CHECK_IOPM_PA);
	}

	/* Vol. 2, Section 15.20 (Event Injection): A valid EVENTINJ must not have a reserved TYPE (1, 5, 6 or 7). */
	if ((((vmx_u64)vmcb->control.event_inj >> 31) & 1) &&
	    !((((vmx_u64)vmcb->control.event_inj >> 8) & 7) == 0 || (((vmx_u64)vmcb->control.event_inj >> 8) & 7) == 2 || (((vmx_u64)vmcb->control.event_inj >> 8) & 7) == 3 || (((vmx_u64)vmcb->control.event_inj >> 8) & 7) == 4)) {
		found++;
		if (report)
			report(ctx, SVM_VMRUN_CHECK_EVENT_INJ_TYPE);
	}

	/* Vol. 2, Section 15.20 (Event Injection); Section 8.2, Table 8-1: A valid EVENTINJ of TYPE 3 (exception) must carry the vector of an exception (not 2, the NMI, nor a reserved vector). */
	if (((((vmx_u64)vmcb->control.event_inj >> 31) & 1) && ((((vmx_u64)vmcb->control.event_inj >> 8) & 7) == 3)) &&
	    !(((vmx_u64)vmcb->control.event_inj & 0xff) < 64 && ((0x702f7dfbULL >> ((vmx_u64)vmcb->control.event_inj & 0xff)) & 1))) {
		found++;
		if (report)
			report(ctx, SVM_VMRUN_CHECK_EVENT_INJ_VECTOR);
	}

	/* Vol. 2, Section 15.5.1, Canonicalization and Consistency Checks: The guest's ASID must not be 0 (the host's). */
	if (!((vmx_u64)vmcb->control.asid != 0)) {
		found++;
		if (report)
			report(ctx, SVM_VMRUN_CHECK_ASID_ZERO);
	}
	return found;
}

#endif /* VMXGEN_SVM_VMRUN_CHECK_H */
