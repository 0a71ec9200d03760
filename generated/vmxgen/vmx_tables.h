/* SPDX-License-Identifier: MIT */
/*
 * DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
 * (template gen/backends/c/templates/tables.h.j2).  Edit the spec and run make.
 */
/*
 * VM-instruction error numbers, basic exit reasons, and the capability
 * bits that say which INVEPT and INVVPID types a CPU supports.
 */
#ifndef VMXGEN_VMX_TABLES_H
#define VMXGEN_VMX_TABLES_H

#include <vmxgen/vmx_insn.h>

/**
 * enum vmx_insn_error - VM-instruction error numbers
 * @VMX_INSN_ERROR_VMCALL_IN_VMX_ROOT: VMCALL executed in VMX root operation
 * @VMX_INSN_ERROR_VMCLEAR_INVALID_ADDRESS: VMCLEAR with an invalid physical
 *	address
 * @VMX_INSN_ERROR_VMCLEAR_VMXON_POINTER: VMCLEAR with the VMXON pointer
 * @VMX_INSN_ERROR_VMLAUNCH_NONCLEAR_VMCS: VMLAUNCH with a VMCS whose launch
 *	state is not clear
 * @VMX_INSN_ERROR_VMRESUME_NONLAUNCHED_VMCS: VMRESUME with a VMCS whose launch
 *	state is not launched
 * @VMX_INSN_ERROR_VMRESUME_AFTER_VMXOFF: VMRESUME after VMXOFF (VMXOFF and
 *	VMXON between VMLAUNCH and VMRESUME)
 * @VMX_INSN_ERROR_VMENTRY_INVALID_CONTROL_FIELD: VM entry with invalid control
 *	field(s)
 * @VMX_INSN_ERROR_VMENTRY_INVALID_HOST_STATE_FIELD: VM entry with invalid
 *	host-state field(s)
 * @VMX_INSN_ERROR_VMPTRLD_INVALID_ADDRESS: VMPTRLD with an invalid physical
 *	address
 * @VMX_INSN_ERROR_VMPTRLD_VMXON_POINTER: VMPTRLD with the VMXON pointer
 * @VMX_INSN_ERROR_VMPTRLD_INCORRECT_REVISION_ID: VMPTRLD with an incorrect
 *	VMCS revision identifier
 * @VMX_INSN_ERROR_UNSUPPORTED_VMCS_COMPONENT: VMREAD or VMWRITE of an
 *	unsupported VMCS component
 * @VMX_INSN_ERROR_VMWRITE_READ_ONLY_COMPONENT: VMWRITE to a read-only VMCS
 *	component
 * @VMX_INSN_ERROR_VMXON_IN_VMX_ROOT: VMXON executed in VMX root operation
 * @VMX_INSN_ERROR_VMENTRY_INVALID_EXECUTIVE_VMCS_POINTER: VM entry with an
 *	invalid executive-VMCS pointer
 * @VMX_INSN_ERROR_VMENTRY_NONLAUNCHED_EXECUTIVE_VMCS: VM entry with a
 *	non-launched executive VMCS
 * @VMX_INSN_ERROR_VMENTRY_EXECUTIVE_VMCS_NOT_VMXON_POINTER: VM entry with an
 *	executive-VMCS pointer that is not the VMXON pointer (deactivating
 *	dual-monitor treatment)
 * @VMX_INSN_ERROR_VMCALL_NONCLEAR_VMCS: VMCALL with a non-clear VMCS
 *	(activating dual-monitor treatment)
 * @VMX_INSN_ERROR_VMCALL_INVALID_VM_EXIT_CONTROL_FIELDS: VMCALL with invalid
 *	VM-exit control fields
 * @VMX_INSN_ERROR_VMCALL_INCORRECT_MSEG_REVISION_ID: VMCALL with an incorrect
 *	MSEG revision identifier (activating dual-monitor treatment)
 * @VMX_INSN_ERROR_VMXOFF_UNDER_DUAL_MONITOR: VMXOFF under the dual-monitor
 *	treatment of SMIs and SMM
 * @VMX_INSN_ERROR_VMCALL_INVALID_SMM_MONITOR_FEATURES: VMCALL with invalid
 *	SMM-monitor features (activating dual-monitor treatment)
 * @VMX_INSN_ERROR_VMENTRY_INVALID_EXECUTIVE_VMCS_CONTROLS: VM entry with
 *	invalid VM-execution control fields in the executive VMCS (return from SMM)
 * @VMX_INSN_ERROR_VMENTRY_EVENTS_BLOCKED_BY_MOV_SS: VM entry with events
 *	blocked by MOV SS
 * @VMX_INSN_ERROR_INVALID_INVEPT_INVVPID_OPERAND: Invalid operand to INVEPT or
 *	INVVPID
 *
 * Read with vmx_insn_error() after %VMX_FAIL_VALID.
 * Intel SDM Vol. 3C, Section 31.4 (VM Instruction Error Numbers).
 */
enum vmx_insn_error {
	VMX_INSN_ERROR_VMCALL_IN_VMX_ROOT = 1,
	VMX_INSN_ERROR_VMCLEAR_INVALID_ADDRESS = 2,
	VMX_INSN_ERROR_VMCLEAR_VMXON_POINTER = 3,
	VMX_INSN_ERROR_VMLAUNCH_NONCLEAR_VMCS = 4,
	VMX_INSN_ERROR_VMRESUME_NONLAUNCHED_VMCS = 5,
	VMX_INSN_ERROR_VMRESUME_AFTER_VMXOFF = 6,
	VMX_INSN_ERROR_VMENTRY_INVALID_CONTROL_FIELD = 7,
	VMX_INSN_ERROR_VMENTRY_INVALID_HOST_STATE_FIELD = 8,
	VMX_INSN_ERROR_VMPTRLD_INVALID_ADDRESS = 9,
	VMX_INSN_ERROR_VMPTRLD_VMXON_POINTER = 10,
	VMX_INSN_ERROR_VMPTRLD_INCORRECT_REVISION_ID = 11,
	VMX_INSN_ERROR_UNSUPPORTED_VMCS_COMPONENT = 12,
	VMX_INSN_ERROR_VMWRITE_READ_ONLY_COMPONENT = 13,
	VMX_INSN_ERROR_VMXON_IN_VMX_ROOT = 15,
	VMX_INSN_ERROR_VMENTRY_INVALID_EXECUTIVE_VMCS_POINTER = 16,
	VMX_INSN_ERROR_VMENTRY_NONLAUNCHED_EXECUTIVE_VMCS = 17,
	VMX_INSN_ERROR_VMENTRY_EXECUTIVE_VMCS_NOT_VMXON_POINTER = 18,
	VMX_INSN_ERROR_VMCALL_NONCLEAR_VMCS = 19,
	VMX_INSN_ERROR_VMCALL_INVALID_VM_EXIT_CONTROL_FIELDS = 20,
	VMX_INSN_ERROR_VMCALL_INCORRECT_MSEG_REVISION_ID = 22,
	VMX_INSN_ERROR_VMXOFF_UNDER_DUAL_MONITOR = 23,
	VMX_INSN_ERROR_VMCALL_INVALID_SMM_MONITOR_FEATURES = 24,
	VMX_INSN_ERROR_VMENTRY_INVALID_EXECUTIVE_VMCS_CONTROLS = 25,
	VMX_INSN_ERROR_VMENTRY_EVENTS_BLOCKED_BY_MOV_SS = 26,
	VMX_INSN_ERROR_INVALID_INVEPT_INVVPID_OPERAND = 28,
};

/**
 * enum vmx_exit_reason - basic exit reasons (bits 15:0 of the exit reason)
 * @VMX_EXIT_REASON_EXCEPTION_OR_NMI: Exception or non-maskable interrupt (NMI)
 * @VMX_EXIT_REASON_EXTERNAL_INTERRUPT: External interrupt
 * @VMX_EXIT_REASON_TRIPLE_FAULT: Triple fault
 * @VMX_EXIT_REASON_INIT_SIGNAL: INIT signal
 * @VMX_EXIT_REASON_SIPI: Start-up IPI (SIPI)
 * @VMX_EXIT_REASON_IO_SMI: I/O system-management interrupt (SMI)
 * @VMX_EXIT_REASON_OTHER_SMI: Other SMI
 * @VMX_EXIT_REASON_INTERRUPT_WINDOW: Interrupt window
 * @VMX_EXIT_REASON_NMI_WINDOW: NMI window
 * @VMX_EXIT_REASON_TASK_SWITCH: Task switch
 * @VMX_EXIT_REASON_CPUID: CPUID
 * @VMX_EXIT_REASON_GETSEC: GETSEC
 * @VMX_EXIT_REASON_HLT: HLT
 * @VMX_EXIT_REASON_INVD: INVD
 * @VMX_EXIT_REASON_INVLPG: INVLPG
 * @VMX_EXIT_REASON_RDPMC: RDPMC
 * @VMX_EXIT_REASON_RDTSC: RDTSC
 * @VMX_EXIT_REASON_RSM: RSM in SMM
 * @VMX_EXIT_REASON_VMCALL: VMCALL
 * @VMX_EXIT_REASON_VMCLEAR: VMCLEAR
 * @VMX_EXIT_REASON_VMLAUNCH: VMLAUNCH
 * @VMX_EXIT_REASON_VMPTRLD: VMPTRLD
 * @VMX_EXIT_REASON_VMPTRST: VMPTRST
 * @VMX_EXIT_REASON_VMREAD: VMREAD
 * @VMX_EXIT_REASON_VMRESUME: VMRESUME
 * @VMX_EXIT_REASON_VMWRITE: VMWRITE
 * @VMX_EXIT_REASON_VMXOFF: VMXOFF
 * @VMX_EXIT_REASON_VMXON: VMXON
 * @VMX_EXIT_REASON_CONTROL_REGISTER_ACCESS: Control-register access (MOV CR,
 *	CLTS, LMSW)
 * @VMX_EXIT_REASON_MOV_DR: MOV to or from a debug register
 * @VMX_EXIT_REASON_IO_INSTRUCTION: I/O instruction
 * @VMX_EXIT_REASON_RDMSR: RDMSR
 * @VMX_EXIT_REASON_WRMSR: WRMSR
 * @VMX_EXIT_REASON_VM_ENTRY_FAILURE_INVALID_GUEST_STATE: VM-entry failure due
 *	to invalid guest state
 * @VMX_EXIT_REASON_VM_ENTRY_FAILURE_MSR_LOADING: VM-entry failure due to MSR
 *	loading
 * @VMX_EXIT_REASON_MWAIT: MWAIT
 * @VMX_EXIT_REASON_MONITOR_TRAP_FLAG: Monitor trap flag
 * @VMX_EXIT_REASON_MONITOR: MONITOR
 * @VMX_EXIT_REASON_PAUSE: PAUSE
 * @VMX_EXIT_REASON_VM_ENTRY_FAILURE_MACHINE_CHECK: VM-entry failure due to a
 *	machine-check event
 * @VMX_EXIT_REASON_TPR_BELOW_THRESHOLD: TPR below threshold
 * @VMX_EXIT_REASON_APIC_ACCESS: APIC access
 * @VMX_EXIT_REASON_VIRTUALIZED_EOI: Virtualized EOI
 * @VMX_EXIT_REASON_GDTR_IDTR_ACCESS: Access to GDTR or IDTR (LGDT, LIDT, SGDT,
 *	SIDT)
 * @VMX_EXIT_REASON_LDTR_TR_ACCESS: Access to LDTR or TR (LLDT, LTR, SLDT, STR)
 * @VMX_EXIT_REASON_EPT_VIOLATION: EPT violation
 * @VMX_EXIT_REASON_EPT_MISCONFIGURATION: EPT misconfiguration
 * @VMX_EXIT_REASON_INVEPT: INVEPT
 * @VMX_EXIT_REASON_RDTSCP: RDTSCP
 * @VMX_EXIT_REASON_VMX_PREEMPTION_TIMER_EXPIRED: VMX-preemption timer expired
 * @VMX_EXIT_REASON_INVVPID: INVVPID
 * @VMX_EXIT_REASON_WBINVD_WBNOINVD: WBINVD or WBNOINVD
 * @VMX_EXIT_REASON_XSETBV: XSETBV
 * @VMX_EXIT_REASON_APIC_WRITE: APIC write
 * @VMX_EXIT_REASON_RDRAND: RDRAND
 * @VMX_EXIT_REASON_INVPCID: INVPCID
 * @VMX_EXIT_REASON_VMFUNC: VMFUNC
 * @VMX_EXIT_REASON_ENCLS: ENCLS
 * @VMX_EXIT_REASON_RDSEED: RDSEED
 * @VMX_EXIT_REASON_PAGE_MODIFICATION_LOG_FULL: Page-modification log full
 * @VMX_EXIT_REASON_XSAVES: XSAVES
 * @VMX_EXIT_REASON_XRSTORS: XRSTORS
 * @VMX_EXIT_REASON_PCONFIG: PCONFIG
 * @VMX_EXIT_REASON_SPP_RELATED_EVENT: SPP-related event
 * @VMX_EXIT_REASON_UMWAIT: UMWAIT
 * @VMX_EXIT_REASON_TPAUSE: TPAUSE
 * @VMX_EXIT_REASON_LOADIWKEY: LOADIWKEY
 * @VMX_EXIT_REASON_ENCLV: ENCLV
 * @VMX_EXIT_REASON_ENQCMD_PASID_TRANSLATION_FAILURE: ENQCMD PASID translation
 *	failure
 * @VMX_EXIT_REASON_ENQCMDS_PASID_TRANSLATION_FAILURE: ENQCMDS PASID
 *	translation failure
 * @VMX_EXIT_REASON_BUS_LOCK: Bus lock
 * @VMX_EXIT_REASON_INSTRUCTION_TIMEOUT: Instruction timeout (notify VM exit)
 * @VMX_EXIT_REASON_SEAMCALL: SEAMCALL
 * @VMX_EXIT_REASON_TDCALL: TDCALL
 *
 * Intel SDM Vol. 3D, Appendix C (VMX Basic Exit Reasons).
 */
enum vmx_exit_reason {
	VMX_EXIT_REASON_EXCEPTION_OR_NMI = 0,
	VMX_EXIT_REASON_EXTERNAL_INTERRUPT = 1,
	VMX_EXIT_REASON_TRIPLE_FAULT = 2,
	VMX_EXIT_REASON_INIT_SIGNAL = 3,
	VMX_EXIT_REASON_SIPI = 4,
	VMX_EXIT_REASON_IO_SMI = 5,
	VMX_EXIT_REASON_OTHER_SMI = 6,
	VMX_EXIT_REASON_INTERRUPT_WINDOW = 7,
	VMX_EXIT_REASON_NMI_WINDOW = 8,
	VMX_EXIT_REASON_TASK_SWITCH = 9,
	VMX_EXIT_REASON_CPUID = 10,
	VMX_EXIT_REASON_GETSEC = 11,
	VMX_EXIT_REASON_HLT = 12,
	VMX_EXIT_REASON_INVD = 13,
	VMX_EXIT_REASON_INVLPG = 14,
	VMX_EXIT_REASON_RDPMC = 15,
	VMX_EXIT_REASON_RDTSC = 16,
	VMX_EXIT_REASON_RSM = 17,
	VMX_EXIT_REASON_VMCALL = 18,
	VMX_EXIT_REASON_VMCLEAR = 19,
	VMX_EXIT_REASON_VMLAUNCH = 20,
	VMX_EXIT_REASON_VMPTRLD = 21,
	VMX_EXIT_REASON_VMPTRST = 22,
	VMX_EXIT_REASON_VMREAD = 23,
	VMX_EXIT_REASON_VMRESUME = 24,
	VMX_EXIT_REASON_VMWRITE = 25,
	VMX_EXIT_REASON_VMXOFF = 26,
	VMX_EXIT_REASON_VMXON = 27,
	VMX_EXIT_REASON_CONTROL_REGISTER_ACCESS = 28,
	VMX_EXIT_REASON_MOV_DR = 29,
	VMX_EXIT_REASON_IO_INSTRUCTION = 30,
	VMX_EXIT_REASON_RDMSR = 31,
	VMX_EXIT_REASON_WRMSR = 32,
	VMX_EXIT_REASON_VM_ENTRY_FAILURE_INVALID_GUEST_STATE = 33,
	VMX_EXIT_REASON_VM_ENTRY_FAILURE_MSR_LOADING = 34,
	VMX_EXIT_REASON_MWAIT = 36,
	VMX_EXIT_REASON_MONITOR_TRAP_FLAG = 37,
	VMX_EXIT_REASON_MONITOR = 39,
	VMX_EXIT_REASON_PAUSE = 40,
	VMX_EXIT_REASON_VM_ENTRY_FAILURE_MACHINE_CHECK = 41,
	VMX_EXIT_REASON_TPR_BELOW_THRESHOLD = 43,
	VMX_EXIT_REASON_APIC_ACCESS = 44,
	VMX_EXIT_REASON_VIRTUALIZED_EOI = 45,
	VMX_EXIT_REASON_GDTR_IDTR_ACCESS = 46,
	VMX_EXIT_REASON_LDTR_TR_ACCESS = 47,
	VMX_EXIT_REASON_EPT_VIOLATION = 48,
	VMX_EXIT_REASON_EPT_MISCONFIGURATION = 49,
	VMX_EXIT_REASON_INVEPT = 50,
	VMX_EXIT_REASON_RDTSCP = 51,
	VMX_EXIT_REASON_VMX_PREEMPTION_TIMER_EXPIRED = 52,
	VMX_EXIT_REASON_INVVPID = 53,
	VMX_EXIT_REASON_WBINVD_WBNOINVD = 54,
	VMX_EXIT_REASON_XSETBV = 55,
	VMX_EXIT_REASON_APIC_WRITE = 56,
	VMX_EXIT_REASON_RDRAND = 57,
	VMX_EXIT_REASON_INVPCID = 58,
	VMX_EXIT_REASON_VMFUNC = 59,
	VMX_EXIT_REASON_ENCLS = 60,
	VMX_EXIT_REASON_RDSEED = 61,
	VMX_EXIT_REASON_PAGE_MODIFICATION_LOG_FULL = 62,
	VMX_EXIT_REASON_XSAVES = 63,
	VMX_EXIT_REASON_XRSTORS = 64,
	VMX_EXIT_REASON_PCONFIG = 65,
	VMX_EXIT_REASON_SPP_RELATED_EVENT = 66,
	VMX_EXIT_REASON_UMWAIT = 67,
	VMX_EXIT_REASON_TPAUSE = 68,
	VMX_EXIT_REASON_LOADIWKEY = 69,
	VMX_EXIT_REASON_ENCLV = 70,
	VMX_EXIT_REASON_ENQCMD_PASID_TRANSLATION_FAILURE = 72,
	VMX_EXIT_REASON_ENQCMDS_PASID_TRANSLATION_FAILURE = 73,
	VMX_EXIT_REASON_BUS_LOCK = 74,
	VMX_EXIT_REASON_INSTRUCTION_TIMEOUT = 75,
	VMX_EXIT_REASON_SEAMCALL = 76,
	VMX_EXIT_REASON_TDCALL = 77,
};

/**
 * vmx_insn_error_name() - the name of a VM-instruction error number
 * @error: the number, as vmx_insn_error() returns it
 *
 * Return: e.g. "VMPTRLD_VMXON_POINTER", or NULL for a number the SDM does
 * not assign.
 */
static inline const char *vmx_insn_error_name(vmx_u32 error)
{
	switch (error) {
	case 1: return "VMCALL_IN_VMX_ROOT";
	case 2: return "VMCLEAR_INVALID_ADDRESS";
	case 3: return "VMCLEAR_VMXON_POINTER";
	case 4: return "VMLAUNCH_NONCLEAR_VMCS";
	case 5: return "VMRESUME_NONLAUNCHED_VMCS";
	case 6: return "VMRESUME_AFTER_VMXOFF";
	case 7: return "VMENTRY_INVALID_CONTROL_FIELD";
	case 8: return "VMENTRY_INVALID_HOST_STATE_FIELD";
	case 9: return "VMPTRLD_INVALID_ADDRESS";
	case 10: return "VMPTRLD_VMXON_POINTER";
	case 11: return "VMPTRLD_INCORRECT_REVISION_ID";
	case 12: return "UNSUPPORTED_VMCS_COMPONENT";
	case 13: return "VMWRITE_READ_ONLY_COMPONENT";
	case 15: return "VMXON_IN_VMX_ROOT";
	case 16: return "VMENTRY_INVALID_EXECUTIVE_VMCS_POINTER";
	case 17: return "VMENTRY_NONLAUNCHED_EXECUTIVE_VMCS";
	case 18: return "VMENTRY_EXECUTIVE_VMCS_NOT_VMXON_POINTER";
	case 19: return "VMCALL_NONCLEAR_VMCS";
	case 20: return "VMCALL_INVALID_VM_EXIT_CONTROL_FIELDS";
	case 22: return "VMCALL_INCORRECT_MSEG_REVISION_ID";
	case 23: return "VMXOFF_UNDER_DUAL_MONITOR";
	case 24: return "VMCALL_INVALID_SMM_MONITOR_FEATURES";
	case 25: return "VMENTRY_INVALID_EXECUTIVE_VMCS_CONTROLS";
	case 26: return "VMENTRY_EVENTS_BLOCKED_BY_MOV_SS";
	case 28: return "INVALID_INVEPT_INVVPID_OPERAND";
	default: return (const char *)0;
	}
}

/**
 * vmx_insn_error_description() - what a VM-instruction error number means
 * @error: the number, as vmx_insn_error() returns it
 *
 * Return: the SDM's description, or NULL for a number it does not assign.
 */
static inline const char *vmx_insn_error_description(vmx_u32 error)
{
	switch (error) {
	case 1: return "VMCALL executed in VMX root operation";
	case 2: return "VMCLEAR with an invalid physical address";
	case 3: return "VMCLEAR with the VMXON pointer";
	case 4: return "VMLAUNCH with a VMCS whose launch state is not clear";
	case 5: return "VMRESUME with a VMCS whose launch state is not launched";
	case 6: return "VMRESUME after VMXOFF (VMXOFF and VMXON between VMLAUNCH and VMRESUME)";
	case 7: return "VM entry with invalid control field(s)";
	case 8: return "VM entry with invalid host-state field(s)";
	case 9: return "VMPTRLD with an invalid physical address";
	case 10: return "VMPTRLD with the VMXON pointer";
	case 11: return "VMPTRLD with an incorrect VMCS revision identifier";
	case 12: return "VMREAD or VMWRITE of an unsupported VMCS component";
	case 13: return "VMWRITE to a read-only VMCS component";
	case 15: return "VMXON executed in VMX root operation";
	case 16: return "VM entry with an invalid executive-VMCS pointer";
	case 17: return "VM entry with a non-launched executive VMCS";
	case 18: return "VM entry with an executive-VMCS pointer that is not the VMXON pointer (deactivating dual-monitor treatment)";
	case 19: return "VMCALL with a non-clear VMCS (activating dual-monitor treatment)";
	case 20: return "VMCALL with invalid VM-exit control fields";
	case 22: return "VMCALL with an incorrect MSEG revision identifier (activating dual-monitor treatment)";
	case 23: return "VMXOFF under the dual-monitor treatment of SMIs and SMM";
	case 24: return "VMCALL with invalid SMM-monitor features (activating dual-monitor treatment)";
	case 25: return "VM entry with invalid VM-execution control fields in the executive VMCS (return from SMM)";
	case 26: return "VM entry with events blocked by MOV SS";
	case 28: return "Invalid operand to INVEPT or INVVPID";
	default: return (const char *)0;
	}
}

/**
 * vmx_exit_reason_name() - the name of a basic exit reason
 * @reason: the exit reason field; only bits 15:0 are looked at
 *
 * Return: e.g. "VMCALL", or NULL for a number the SDM does not assign.
 */
static inline const char *vmx_exit_reason_name(vmx_u32 reason)
{
	switch (reason & 0xffff) {
	case 0: return "EXCEPTION_OR_NMI";
	case 1: return "EXTERNAL_INTERRUPT";
	case 2: return "TRIPLE_FAULT";
	case 3: return "INIT_SIGNAL";
	case 4: return "SIPI";
	case 5: return "IO_SMI";
	case 6: return "OTHER_SMI";
	case 7: return "INTERRUPT_WINDOW";
	case 8: return "NMI_WINDOW";
	case 9: return "TASK_SWITCH";
	case 10: return "CPUID";
	case 11: return "GETSEC";
	case 12: return "HLT";
	case 13: return "INVD";
	case 14: return "INVLPG";
	case 15: return "RDPMC";
	case 16: return "RDTSC";
	case 17: return "RSM";
	case 18: return "VMCALL";
	case 19: return "VMCLEAR";
	case 20: return "VMLAUNCH";
	case 21: return "VMPTRLD";
	case 22: return "VMPTRST";
	case 23: return "VMREAD";
	case 24: return "VMRESUME";
	case 25: return "VMWRITE";
	case 26: return "VMXOFF";
	case 27: return "VMXON";
	case 28: return "CONTROL_REGISTER_ACCESS";
	case 29: return "MOV_DR";
	case 30: return "IO_INSTRUCTION";
	case 31: return "RDMSR";
	case 32: return "WRMSR";
	case 33: return "VM_ENTRY_FAILURE_INVALID_GUEST_STATE";
	case 34: return "VM_ENTRY_FAILURE_MSR_LOADING";
	case 36: return "MWAIT";
	case 37: return "MONITOR_TRAP_FLAG";
	case 39: return "MONITOR";
	case 40: return "PAUSE";
	case 41: return "VM_ENTRY_FAILURE_MACHINE_CHECK";
	case 43: return "TPR_BELOW_THRESHOLD";
	case 44: return "APIC_ACCESS";
	case 45: return "VIRTUALIZED_EOI";
	case 46: return "GDTR_IDTR_ACCESS";
	case 47: return "LDTR_TR_ACCESS";
	case 48: return "EPT_VIOLATION";
	case 49: return "EPT_MISCONFIGURATION";
	case 50: return "INVEPT";
	case 51: return "RDTSCP";
	case 52: return "VMX_PREEMPTION_TIMER_EXPIRED";
	case 53: return "INVVPID";
	case 54: return "WBINVD_WBNOINVD";
	case 55: return "XSETBV";
	case 56: return "APIC_WRITE";
	case 57: return "RDRAND";
	case 58: return "INVPCID";
	case 59: return "VMFUNC";
	case 60: return "ENCLS";
	case 61: return "RDSEED";
	case 62: return "PAGE_MODIFICATION_LOG_FULL";
	case 63: return "XSAVES";
	case 64: return "XRSTORS";
	case 65: return "PCONFIG";
	case 66: return "SPP_RELATED_EVENT";
	case 67: return "UMWAIT";
	case 68: return "TPAUSE";
	case 69: return "LOADIWKEY";
	case 70: return "ENCLV";
	case 72: return "ENQCMD_PASID_TRANSLATION_FAILURE";
	case 73: return "ENQCMDS_PASID_TRANSLATION_FAILURE";
	case 74: return "BUS_LOCK";
	case 75: return "INSTRUCTION_TIMEOUT";
	case 76: return "SEAMCALL";
	case 77: return "TDCALL";
	default: return (const char *)0;
	}
}

/* IA32_VMX_BASIC (MSR 0x480): bit numbers, SDM A.1. */
#define VMX_MSR_IA32_VMX_BASIC 0x480

/* IA32_VMX_EPT_VPID_CAP (MSR 0x48c): bit numbers, SDM A.10. */
#define VMX_MSR_IA32_VMX_EPT_VPID_CAP 0x48c
#define VMX_EPT_VPID_CAP_EPT_EXECUTE_ONLY_BIT 0
#define VMX_EPT_VPID_CAP_EPT_PAGE_WALK_LENGTH_4_BIT 6
#define VMX_EPT_VPID_CAP_EPT_PAGE_WALK_LENGTH_5_BIT 7
#define VMX_EPT_VPID_CAP_EPT_MEMORY_TYPE_UC_BIT 8
#define VMX_EPT_VPID_CAP_EPT_MEMORY_TYPE_WB_BIT 14
#define VMX_EPT_VPID_CAP_EPT_2MB_PAGES_BIT 16
#define VMX_EPT_VPID_CAP_EPT_1GB_PAGES_BIT 17
#define VMX_EPT_VPID_CAP_INVEPT_BIT 20
#define VMX_EPT_VPID_CAP_EPT_ACCESSED_DIRTY_FLAGS_BIT 21
#define VMX_EPT_VPID_CAP_EPT_ADVANCED_VM_EXIT_INFO_BIT 22
#define VMX_EPT_VPID_CAP_EPT_SUPERVISOR_SHADOW_STACK_BIT 23
#define VMX_EPT_VPID_CAP_INVEPT_SINGLE_CONTEXT_BIT 25
#define VMX_EPT_VPID_CAP_INVEPT_ALL_CONTEXT_BIT 26
#define VMX_EPT_VPID_CAP_INVVPID_BIT 32
#define VMX_EPT_VPID_CAP_INVVPID_INDIVIDUAL_ADDRESS_BIT 40
#define VMX_EPT_VPID_CAP_INVVPID_SINGLE_CONTEXT_BIT 41
#define VMX_EPT_VPID_CAP_INVVPID_ALL_CONTEXT_BIT 42
#define VMX_EPT_VPID_CAP_INVVPID_SINGLE_CONTEXT_RETAINING_GLOBALS_BIT 43

/**
 * vmx_invept_type_supported() - whether the CPU supports a INVEPT type
 * @cap: the raw value of IA32_VMX_EPT_VPID_CAP (MSR 0x48c)
 * @type: the type
 *
 * Uses the MSR's own bit numbers (VMX_EPT_VPID_CAP_INVEPT_BIT for the
 * instruction itself).
 *
 * Return: 1 if the instruction and the type are both supported, else 0.
 */
static inline int vmx_invept_type_supported(vmx_u64 cap, enum vmx_invept_type type)
{
	if (!(cap >> VMX_EPT_VPID_CAP_INVEPT_BIT & 1))
		return 0;
	switch (type) {
	case VMX_INVEPT_SINGLE_CONTEXT:
		return cap >> VMX_EPT_VPID_CAP_INVEPT_SINGLE_CONTEXT_BIT & 1;
	case VMX_INVEPT_GLOBAL:
		return cap >> VMX_EPT_VPID_CAP_INVEPT_ALL_CONTEXT_BIT & 1;
	default:
		return 0;
	}
}

/**
 * vmx_invvpid_type_supported() - whether the CPU supports a INVVPID type
 * @cap: the raw value of IA32_VMX_EPT_VPID_CAP (MSR 0x48c)
 * @type: the type
 *
 * Uses the MSR's own bit numbers (VMX_EPT_VPID_CAP_INVVPID_BIT for the
 * instruction itself).
 *
 * Return: 1 if the instruction and the type are both supported, else 0.
 */
static inline int vmx_invvpid_type_supported(vmx_u64 cap, enum vmx_invvpid_type type)
{
	if (!(cap >> VMX_EPT_VPID_CAP_INVVPID_BIT & 1))
		return 0;
	switch (type) {
	case VMX_INVVPID_INDIVIDUAL_ADDRESS:
		return cap >> VMX_EPT_VPID_CAP_INVVPID_INDIVIDUAL_ADDRESS_BIT & 1;
	case VMX_INVVPID_SINGLE_CONTEXT:
		return cap >> VMX_EPT_VPID_CAP_INVVPID_SINGLE_CONTEXT_BIT & 1;
	case VMX_INVVPID_ALL_CONTEXT:
		return cap >> VMX_EPT_VPID_CAP_INVVPID_ALL_CONTEXT_BIT & 1;
	case VMX_INVVPID_SINGLE_CONTEXT_RETAINING_GLOBALS:
		return cap >> VMX_EPT_VPID_CAP_INVVPID_SINGLE_CONTEXT_RETAINING_GLOBALS_BIT & 1;
	default:
		return 0;
	}
}

#endif /* VMXGEN_VMX_TABLES_H */
