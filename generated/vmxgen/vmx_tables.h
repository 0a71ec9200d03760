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
 * enum vmx_basic_exit_reason - basic exit reasons (bits 15:0 of the exit reason)
 * @VMX_BASIC_EXIT_REASON_EXCEPTION_OR_NMI: Exception or non-maskable interrupt
 *	(NMI)
 * @VMX_BASIC_EXIT_REASON_EXTERNAL_INTERRUPT: External interrupt
 * @VMX_BASIC_EXIT_REASON_TRIPLE_FAULT: Triple fault
 * @VMX_BASIC_EXIT_REASON_INIT_SIGNAL: INIT signal
 * @VMX_BASIC_EXIT_REASON_SIPI: Start-up IPI (SIPI)
 * @VMX_BASIC_EXIT_REASON_IO_SMI: I/O system-management interrupt (SMI)
 * @VMX_BASIC_EXIT_REASON_OTHER_SMI: Other SMI
 * @VMX_BASIC_EXIT_REASON_INTERRUPT_WINDOW: Interrupt window
 * @VMX_BASIC_EXIT_REASON_NMI_WINDOW: NMI window
 * @VMX_BASIC_EXIT_REASON_TASK_SWITCH: Task switch
 * @VMX_BASIC_EXIT_REASON_CPUID: CPUID
 * @VMX_BASIC_EXIT_REASON_GETSEC: GETSEC
 * @VMX_BASIC_EXIT_REASON_HLT: HLT
 * @VMX_BASIC_EXIT_REASON_INVD: INVD
 * @VMX_BASIC_EXIT_REASON_INVLPG: INVLPG
 * @VMX_BASIC_EXIT_REASON_RDPMC: RDPMC
 * @VMX_BASIC_EXIT_REASON_RDTSC: RDTSC
 * @VMX_BASIC_EXIT_REASON_RSM: RSM in SMM
 * @VMX_BASIC_EXIT_REASON_VMCALL: VMCALL
 * @VMX_BASIC_EXIT_REASON_VMCLEAR: VMCLEAR
 * @VMX_BASIC_EXIT_REASON_VMLAUNCH: VMLAUNCH
 * @VMX_BASIC_EXIT_REASON_VMPTRLD: VMPTRLD
 * @VMX_BASIC_EXIT_REASON_VMPTRST: VMPTRST
 * @VMX_BASIC_EXIT_REASON_VMREAD: VMREAD
 * @VMX_BASIC_EXIT_REASON_VMRESUME: VMRESUME
 * @VMX_BASIC_EXIT_REASON_VMWRITE: VMWRITE
 * @VMX_BASIC_EXIT_REASON_VMXOFF: VMXOFF
 * @VMX_BASIC_EXIT_REASON_VMXON: VMXON
 * @VMX_BASIC_EXIT_REASON_CONTROL_REGISTER_ACCESS: Control-register access (MOV
 *	CR, CLTS, LMSW)
 * @VMX_BASIC_EXIT_REASON_MOV_DR: MOV to or from a debug register
 * @VMX_BASIC_EXIT_REASON_IO_INSTRUCTION: I/O instruction
 * @VMX_BASIC_EXIT_REASON_RDMSR: RDMSR
 * @VMX_BASIC_EXIT_REASON_WRMSR: WRMSR
 * @VMX_BASIC_EXIT_REASON_VM_ENTRY_FAILURE_INVALID_GUEST_STATE: VM-entry
 *	failure due to invalid guest state
 * @VMX_BASIC_EXIT_REASON_VM_ENTRY_FAILURE_MSR_LOADING: VM-entry failure due to
 *	MSR loading
 * @VMX_BASIC_EXIT_REASON_MWAIT: MWAIT
 * @VMX_BASIC_EXIT_REASON_MONITOR_TRAP_FLAG: Monitor trap flag
 * @VMX_BASIC_EXIT_REASON_MONITOR: MONITOR
 * @VMX_BASIC_EXIT_REASON_PAUSE: PAUSE
 * @VMX_BASIC_EXIT_REASON_VM_ENTRY_FAILURE_MACHINE_CHECK: VM-entry failure due
 *	to a machine-check event
 * @VMX_BASIC_EXIT_REASON_TPR_BELOW_THRESHOLD: TPR below threshold
 * @VMX_BASIC_EXIT_REASON_APIC_ACCESS: APIC access
 * @VMX_BASIC_EXIT_REASON_VIRTUALIZED_EOI: Virtualized EOI
 * @VMX_BASIC_EXIT_REASON_GDTR_IDTR_ACCESS: Access to GDTR or IDTR (LGDT, LIDT,
 *	SGDT, SIDT)
 * @VMX_BASIC_EXIT_REASON_LDTR_TR_ACCESS: Access to LDTR or TR (LLDT, LTR,
 *	SLDT, STR)
 * @VMX_BASIC_EXIT_REASON_EPT_VIOLATION: EPT violation
 * @VMX_BASIC_EXIT_REASON_EPT_MISCONFIGURATION: EPT misconfiguration
 * @VMX_BASIC_EXIT_REASON_INVEPT: INVEPT
 * @VMX_BASIC_EXIT_REASON_RDTSCP: RDTSCP
 * @VMX_BASIC_EXIT_REASON_VMX_PREEMPTION_TIMER_EXPIRED: VMX-preemption timer
 *	expired
 * @VMX_BASIC_EXIT_REASON_INVVPID: INVVPID
 * @VMX_BASIC_EXIT_REASON_WBINVD_WBNOINVD: WBINVD or WBNOINVD
 * @VMX_BASIC_EXIT_REASON_XSETBV: XSETBV
 * @VMX_BASIC_EXIT_REASON_APIC_WRITE: APIC write
 * @VMX_BASIC_EXIT_REASON_RDRAND: RDRAND
 * @VMX_BASIC_EXIT_REASON_INVPCID: INVPCID
 * @VMX_BASIC_EXIT_REASON_VMFUNC: VMFUNC
 * @VMX_BASIC_EXIT_REASON_ENCLS: ENCLS
 * @VMX_BASIC_EXIT_REASON_RDSEED: RDSEED
 * @VMX_BASIC_EXIT_REASON_PAGE_MODIFICATION_LOG_FULL: Page-modification log
 *	full
 * @VMX_BASIC_EXIT_REASON_XSAVES: XSAVES
 * @VMX_BASIC_EXIT_REASON_XRSTORS: XRSTORS
 * @VMX_BASIC_EXIT_REASON_PCONFIG: PCONFIG
 * @VMX_BASIC_EXIT_REASON_SPP_RELATED_EVENT: SPP-related event
 * @VMX_BASIC_EXIT_REASON_UMWAIT: UMWAIT
 * @VMX_BASIC_EXIT_REASON_TPAUSE: TPAUSE
 * @VMX_BASIC_EXIT_REASON_LOADIWKEY: LOADIWKEY
 * @VMX_BASIC_EXIT_REASON_ENCLV: ENCLV
 * @VMX_BASIC_EXIT_REASON_ENQCMD_PASID_TRANSLATION_FAILURE: ENQCMD PASID
 *	translation failure
 * @VMX_BASIC_EXIT_REASON_ENQCMDS_PASID_TRANSLATION_FAILURE: ENQCMDS PASID
 *	translation failure
 * @VMX_BASIC_EXIT_REASON_BUS_LOCK: Bus lock
 * @VMX_BASIC_EXIT_REASON_INSTRUCTION_TIMEOUT: Instruction timeout (notify VM
 *	exit)
 * @VMX_BASIC_EXIT_REASON_SEAMCALL: SEAMCALL
 * @VMX_BASIC_EXIT_REASON_TDCALL: TDCALL
 * @VMX_BASIC_EXIT_REASON_RDMSRLIST: RDMSRLIST
 * @VMX_BASIC_EXIT_REASON_WRMSRLIST: WRMSRLIST
 * @VMX_BASIC_EXIT_REASON_URDMSR: URDMSR
 * @VMX_BASIC_EXIT_REASON_UWRMSR: UWRMSR
 * @VMX_BASIC_EXIT_REASON_RDMSR_IMMEDIATE: RDMSR with an immediate operand
 * @VMX_BASIC_EXIT_REASON_WRMSRNS_IMMEDIATE: WRMSRNS with an immediate operand
 *
 * Intel SDM Vol. 3D, Appendix C (VMX Basic Exit Reasons).
 */
enum vmx_basic_exit_reason {
	VMX_BASIC_EXIT_REASON_EXCEPTION_OR_NMI = 0,
	VMX_BASIC_EXIT_REASON_EXTERNAL_INTERRUPT = 1,
	VMX_BASIC_EXIT_REASON_TRIPLE_FAULT = 2,
	VMX_BASIC_EXIT_REASON_INIT_SIGNAL = 3,
	VMX_BASIC_EXIT_REASON_SIPI = 4,
	VMX_BASIC_EXIT_REASON_IO_SMI = 5,
	VMX_BASIC_EXIT_REASON_OTHER_SMI = 6,
	VMX_BASIC_EXIT_REASON_INTERRUPT_WINDOW = 7,
	VMX_BASIC_EXIT_REASON_NMI_WINDOW = 8,
	VMX_BASIC_EXIT_REASON_TASK_SWITCH = 9,
	VMX_BASIC_EXIT_REASON_CPUID = 10,
	VMX_BASIC_EXIT_REASON_GETSEC = 11,
	VMX_BASIC_EXIT_REASON_HLT = 12,
	VMX_BASIC_EXIT_REASON_INVD = 13,
	VMX_BASIC_EXIT_REASON_INVLPG = 14,
	VMX_BASIC_EXIT_REASON_RDPMC = 15,
	VMX_BASIC_EXIT_REASON_RDTSC = 16,
	VMX_BASIC_EXIT_REASON_RSM = 17,
	VMX_BASIC_EXIT_REASON_VMCALL = 18,
	VMX_BASIC_EXIT_REASON_VMCLEAR = 19,
	VMX_BASIC_EXIT_REASON_VMLAUNCH = 20,
	VMX_BASIC_EXIT_REASON_VMPTRLD = 21,
	VMX_BASIC_EXIT_REASON_VMPTRST = 22,
	VMX_BASIC_EXIT_REASON_VMREAD = 23,
	VMX_BASIC_EXIT_REASON_VMRESUME = 24,
	VMX_BASIC_EXIT_REASON_VMWRITE = 25,
	VMX_BASIC_EXIT_REASON_VMXOFF = 26,
	VMX_BASIC_EXIT_REASON_VMXON = 27,
	VMX_BASIC_EXIT_REASON_CONTROL_REGISTER_ACCESS = 28,
	VMX_BASIC_EXIT_REASON_MOV_DR = 29,
	VMX_BASIC_EXIT_REASON_IO_INSTRUCTION = 30,
	VMX_BASIC_EXIT_REASON_RDMSR = 31,
	VMX_BASIC_EXIT_REASON_WRMSR = 32,
	VMX_BASIC_EXIT_REASON_VM_ENTRY_FAILURE_INVALID_GUEST_STATE = 33,
	VMX_BASIC_EXIT_REASON_VM_ENTRY_FAILURE_MSR_LOADING = 34,
	VMX_BASIC_EXIT_REASON_MWAIT = 36,
	VMX_BASIC_EXIT_REASON_MONITOR_TRAP_FLAG = 37,
	VMX_BASIC_EXIT_REASON_MONITOR = 39,
	VMX_BASIC_EXIT_REASON_PAUSE = 40,
	VMX_BASIC_EXIT_REASON_VM_ENTRY_FAILURE_MACHINE_CHECK = 41,
	VMX_BASIC_EXIT_REASON_TPR_BELOW_THRESHOLD = 43,
	VMX_BASIC_EXIT_REASON_APIC_ACCESS = 44,
	VMX_BASIC_EXIT_REASON_VIRTUALIZED_EOI = 45,
	VMX_BASIC_EXIT_REASON_GDTR_IDTR_ACCESS = 46,
	VMX_BASIC_EXIT_REASON_LDTR_TR_ACCESS = 47,
	VMX_BASIC_EXIT_REASON_EPT_VIOLATION = 48,
	VMX_BASIC_EXIT_REASON_EPT_MISCONFIGURATION = 49,
	VMX_BASIC_EXIT_REASON_INVEPT = 50,
	VMX_BASIC_EXIT_REASON_RDTSCP = 51,
	VMX_BASIC_EXIT_REASON_VMX_PREEMPTION_TIMER_EXPIRED = 52,
	VMX_BASIC_EXIT_REASON_INVVPID = 53,
	VMX_BASIC_EXIT_REASON_WBINVD_WBNOINVD = 54,
	VMX_BASIC_EXIT_REASON_XSETBV = 55,
	VMX_BASIC_EXIT_REASON_APIC_WRITE = 56,
	VMX_BASIC_EXIT_REASON_RDRAND = 57,
	VMX_BASIC_EXIT_REASON_INVPCID = 58,
	VMX_BASIC_EXIT_REASON_VMFUNC = 59,
	VMX_BASIC_EXIT_REASON_ENCLS = 60,
	VMX_BASIC_EXIT_REASON_RDSEED = 61,
	VMX_BASIC_EXIT_REASON_PAGE_MODIFICATION_LOG_FULL = 62,
	VMX_BASIC_EXIT_REASON_XSAVES = 63,
	VMX_BASIC_EXIT_REASON_XRSTORS = 64,
	VMX_BASIC_EXIT_REASON_PCONFIG = 65,
	VMX_BASIC_EXIT_REASON_SPP_RELATED_EVENT = 66,
	VMX_BASIC_EXIT_REASON_UMWAIT = 67,
	VMX_BASIC_EXIT_REASON_TPAUSE = 68,
	VMX_BASIC_EXIT_REASON_LOADIWKEY = 69,
	VMX_BASIC_EXIT_REASON_ENCLV = 70,
	VMX_BASIC_EXIT_REASON_ENQCMD_PASID_TRANSLATION_FAILURE = 72,
	VMX_BASIC_EXIT_REASON_ENQCMDS_PASID_TRANSLATION_FAILURE = 73,
	VMX_BASIC_EXIT_REASON_BUS_LOCK = 74,
	VMX_BASIC_EXIT_REASON_INSTRUCTION_TIMEOUT = 75,
	VMX_BASIC_EXIT_REASON_SEAMCALL = 76,
	VMX_BASIC_EXIT_REASON_TDCALL = 77,
	VMX_BASIC_EXIT_REASON_RDMSRLIST = 78,
	VMX_BASIC_EXIT_REASON_WRMSRLIST = 79,
	VMX_BASIC_EXIT_REASON_URDMSR = 80,
	VMX_BASIC_EXIT_REASON_UWRMSR = 81,
	VMX_BASIC_EXIT_REASON_RDMSR_IMMEDIATE = 84,
	VMX_BASIC_EXIT_REASON_WRMSRNS_IMMEDIATE = 85,
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
 * vmx_basic_exit_reason_name() - the name of a basic exit reason
 * @reason: the exit reason field; only bits 15:0 are looked at
 *
 * Return: e.g. "VMCALL", or NULL for a number the SDM does not assign.
 */
static inline const char *vmx_basic_exit_reason_name(vmx_u32 reason)
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
	case 78: return "RDMSRLIST";
	case 79: return "WRMSRLIST";
	case 80: return "URDMSR";
	case 81: return "UWRMSR";
	case 84: return "RDMSR_IMMEDIATE";
	case 85: return "WRMSRNS_IMMEDIATE";
	default: return (const char *)0;
	}
}

/* IA32_VMX_BASIC (MSR 0x480): bit numbers, SDM A.1. */
#define VMX_MSR_IA32_VMX_BASIC 0x480

/* IA32_VMX_PINBASED_CTLS (MSR 0x481): bit numbers, SDM A.3.1. */
#define VMX_MSR_IA32_VMX_PINBASED_CTLS 0x481

/* IA32_VMX_PROCBASED_CTLS (MSR 0x482): bit numbers, SDM A.3.2. */
#define VMX_MSR_IA32_VMX_PROCBASED_CTLS 0x482

/* IA32_VMX_EXIT_CTLS (MSR 0x483): bit numbers, SDM A.4.1. */
#define VMX_MSR_IA32_VMX_EXIT_CTLS 0x483

/* IA32_VMX_ENTRY_CTLS (MSR 0x484): bit numbers, SDM A.5. */
#define VMX_MSR_IA32_VMX_ENTRY_CTLS 0x484

/* IA32_VMX_MISC (MSR 0x485): bit numbers, SDM A.6. */
#define VMX_MSR_IA32_VMX_MISC 0x485

/* IA32_VMX_CR0_FIXED0 (MSR 0x486): bit numbers, SDM A.7. */
#define VMX_MSR_IA32_VMX_CR0_FIXED0 0x486

/* IA32_VMX_CR0_FIXED1 (MSR 0x487): bit numbers, SDM A.7. */
#define VMX_MSR_IA32_VMX_CR0_FIXED1 0x487

/* IA32_VMX_CR4_FIXED0 (MSR 0x488): bit numbers, SDM A.8. */
#define VMX_MSR_IA32_VMX_CR4_FIXED0 0x488

/* IA32_VMX_CR4_FIXED1 (MSR 0x489): bit numbers, SDM A.8. */
#define VMX_MSR_IA32_VMX_CR4_FIXED1 0x489

/* IA32_VMX_VMCS_ENUM (MSR 0x48a): bit numbers, SDM A.9. */
#define VMX_MSR_IA32_VMX_VMCS_ENUM 0x48a

/* IA32_VMX_PROCBASED_CTLS2 (MSR 0x48b): bit numbers, SDM A.3.3. */
#define VMX_MSR_IA32_VMX_PROCBASED_CTLS2 0x48b

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

/* IA32_VMX_TRUE_PINBASED_CTLS (MSR 0x48d): bit numbers, SDM A.3.1. */
#define VMX_MSR_IA32_VMX_TRUE_PINBASED_CTLS 0x48d

/* IA32_VMX_TRUE_PROCBASED_CTLS (MSR 0x48e): bit numbers, SDM A.3.2. */
#define VMX_MSR_IA32_VMX_TRUE_PROCBASED_CTLS 0x48e

/* IA32_VMX_TRUE_EXIT_CTLS (MSR 0x48f): bit numbers, SDM A.4.1. */
#define VMX_MSR_IA32_VMX_TRUE_EXIT_CTLS 0x48f

/* IA32_VMX_TRUE_ENTRY_CTLS (MSR 0x490): bit numbers, SDM A.5. */
#define VMX_MSR_IA32_VMX_TRUE_ENTRY_CTLS 0x490

/* IA32_VMX_VMFUNC (MSR 0x491): bit numbers, SDM A.11. */
#define VMX_MSR_IA32_VMX_VMFUNC 0x491
#define VMX_VMFUNC_EPTP_SWITCHING_BIT 0

/* IA32_VMX_PROCBASED_CTLS3 (MSR 0x492): bit numbers, SDM A.3.4. */
#define VMX_MSR_IA32_VMX_PROCBASED_CTLS3 0x492

/* IA32_VMX_EXIT_CTLS2 (MSR 0x493): bit numbers, SDM A.4.2. */
#define VMX_MSR_IA32_VMX_EXIT_CTLS2 0x493

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

/**
 * vmx_cr0_must_be_1() - the CR0 bits VMX operation fixes to 1
 * @fixed0: the value of IA32_VMX_CR0_FIXED0 (MSR 0x486)
 *
 * A bit set in the FIXED0 MSR is fixed to 1 (SDM A.7).
 *
 * Return: the mask of those bits.
 */
static inline vmx_u64 vmx_cr0_must_be_1(vmx_u64 fixed0)
{
	return fixed0;
}

/**
 * vmx_cr0_must_be_0() - the CR0 bits VMX operation fixes to 0
 * @fixed1: the value of IA32_VMX_CR0_FIXED1 (MSR 0x487)
 *
 * A bit clear in the FIXED1 MSR is fixed to 0 (SDM A.7).
 *
 * Return: the mask of those bits.
 */
static inline vmx_u64 vmx_cr0_must_be_0(vmx_u64 fixed1)
{
	return ~fixed1;
}

/**
 * vmx_cr0_adjust() - a CR0 value VMX operation accepts
 * @value: the value wanted
 * @fixed0: the value of IA32_VMX_CR0_FIXED0
 * @fixed1: the value of IA32_VMX_CR0_FIXED1
 *
 * Return: @value with the bits fixed to 1 set and those fixed to 0 clear.
 */
static inline vmx_u64 vmx_cr0_adjust(vmx_u64 value, vmx_u64 fixed0, vmx_u64 fixed1)
{
	return (value | vmx_cr0_must_be_1(fixed0)) &
	       ~vmx_cr0_must_be_0(fixed1);
}

/**
 * vmx_cr4_must_be_1() - the CR4 bits VMX operation fixes to 1
 * @fixed0: the value of IA32_VMX_CR4_FIXED0 (MSR 0x488)
 *
 * A bit set in the FIXED0 MSR is fixed to 1 (SDM A.8).
 *
 * Return: the mask of those bits.
 */
static inline vmx_u64 vmx_cr4_must_be_1(vmx_u64 fixed0)
{
	return fixed0;
}

/**
 * vmx_cr4_must_be_0() - the CR4 bits VMX operation fixes to 0
 * @fixed1: the value of IA32_VMX_CR4_FIXED1 (MSR 0x489)
 *
 * A bit clear in the FIXED1 MSR is fixed to 0 (SDM A.8).
 *
 * Return: the mask of those bits.
 */
static inline vmx_u64 vmx_cr4_must_be_0(vmx_u64 fixed1)
{
	return ~fixed1;
}

/**
 * vmx_cr4_adjust() - a CR4 value VMX operation accepts
 * @value: the value wanted
 * @fixed0: the value of IA32_VMX_CR4_FIXED0
 * @fixed1: the value of IA32_VMX_CR4_FIXED1
 *
 * Return: @value with the bits fixed to 1 set and those fixed to 0 clear.
 */
static inline vmx_u64 vmx_cr4_adjust(vmx_u64 value, vmx_u64 fixed0, vmx_u64 fixed1)
{
	return (value | vmx_cr4_must_be_1(fixed0)) &
	       ~vmx_cr4_must_be_0(fixed1);
}

/**
 * enum vmx_ctls - the VM-execution, VM-exit and VM-entry control fields
 * @VMX_CTLS_PIN: pin_based_vm_execution_controls (32 bits), SDM 25.6.1, A.3.1
 * @VMX_CTLS_PROC: primary_processor_based_vm_execution_controls (32 bits), SDM 25.6.2, A.3.2
 * @VMX_CTLS_PROC2: secondary_processor_based_vm_execution_controls (32 bits), SDM 25.6.2, A.3.3
 * @VMX_CTLS_PROC3: tertiary_processor_based_vm_execution_controls (64 bits), SDM 25.6.2, A.3.4
 * @VMX_CTLS_EXIT: primary_vm_exit_controls (32 bits), SDM 25.7.1, A.4.1
 * @VMX_CTLS_EXIT2: secondary_vm_exit_controls (64 bits), SDM 25.7.1, A.4.2
 * @VMX_CTLS_ENTRY: vm_entry_controls (32 bits), SDM 25.8.1, A.5
 */
enum vmx_ctls {
	VMX_CTLS_PIN = 0,
	VMX_CTLS_PROC = 1,
	VMX_CTLS_PROC2 = 2,
	VMX_CTLS_PROC3 = 3,
	VMX_CTLS_EXIT = 4,
	VMX_CTLS_EXIT2 = 5,
	VMX_CTLS_ENTRY = 6,
};

/* pin_based_vm_execution_controls: SDM 25.6.1, A.3.1. */
#define VMX_CTL_PIN_EXTERNAL_INTERRUPT_EXITING (1U << 0)
#define VMX_CTL_PIN_NMI_EXITING (1U << 3)
#define VMX_CTL_PIN_VIRTUAL_NMIS (1U << 5)
#define VMX_CTL_PIN_ACTIVATE_PREEMPTION_TIMER (1U << 6)
#define VMX_CTL_PIN_PROCESS_POSTED_INTERRUPTS (1U << 7)

/* primary_processor_based_vm_execution_controls: SDM 25.6.2, A.3.2. */
#define VMX_CTL_PROC_INTERRUPT_WINDOW_EXITING (1U << 2)
#define VMX_CTL_PROC_USE_TSC_OFFSETTING (1U << 3)
#define VMX_CTL_PROC_HLT_EXITING (1U << 7)
#define VMX_CTL_PROC_INVLPG_EXITING (1U << 9)
#define VMX_CTL_PROC_MWAIT_EXITING (1U << 10)
#define VMX_CTL_PROC_RDPMC_EXITING (1U << 11)
#define VMX_CTL_PROC_RDTSC_EXITING (1U << 12)
#define VMX_CTL_PROC_CR3_LOAD_EXITING (1U << 15)
#define VMX_CTL_PROC_CR3_STORE_EXITING (1U << 16)
#define VMX_CTL_PROC_ACTIVATE_TERTIARY_CONTROLS (1U << 17)
#define VMX_CTL_PROC_CR8_LOAD_EXITING (1U << 19)
#define VMX_CTL_PROC_CR8_STORE_EXITING (1U << 20)
#define VMX_CTL_PROC_USE_TPR_SHADOW (1U << 21)
#define VMX_CTL_PROC_NMI_WINDOW_EXITING (1U << 22)
#define VMX_CTL_PROC_MOV_DR_EXITING (1U << 23)
#define VMX_CTL_PROC_UNCONDITIONAL_IO_EXITING (1U << 24)
#define VMX_CTL_PROC_USE_IO_BITMAPS (1U << 25)
#define VMX_CTL_PROC_MONITOR_TRAP_FLAG (1U << 27)
#define VMX_CTL_PROC_USE_MSR_BITMAPS (1U << 28)
#define VMX_CTL_PROC_MONITOR_EXITING (1U << 29)
#define VMX_CTL_PROC_PAUSE_EXITING (1U << 30)
#define VMX_CTL_PROC_ACTIVATE_SECONDARY_CONTROLS (1U << 31)

/* secondary_processor_based_vm_execution_controls: SDM 25.6.2, A.3.3. */
#define VMX_CTL_PROC2_VIRTUALIZE_APIC_ACCESSES (1U << 0)
#define VMX_CTL_PROC2_ENABLE_EPT (1U << 1)
#define VMX_CTL_PROC2_DESCRIPTOR_TABLE_EXITING (1U << 2)
#define VMX_CTL_PROC2_ENABLE_RDTSCP (1U << 3)
#define VMX_CTL_PROC2_VIRTUALIZE_X2APIC_MODE (1U << 4)
#define VMX_CTL_PROC2_ENABLE_VPID (1U << 5)
#define VMX_CTL_PROC2_WBINVD_EXITING (1U << 6)
#define VMX_CTL_PROC2_UNRESTRICTED_GUEST (1U << 7)
#define VMX_CTL_PROC2_APIC_REGISTER_VIRTUALIZATION (1U << 8)
#define VMX_CTL_PROC2_VIRTUAL_INTERRUPT_DELIVERY (1U << 9)
#define VMX_CTL_PROC2_PAUSE_LOOP_EXITING (1U << 10)
#define VMX_CTL_PROC2_RDRAND_EXITING (1U << 11)
#define VMX_CTL_PROC2_ENABLE_INVPCID (1U << 12)
#define VMX_CTL_PROC2_ENABLE_VM_FUNCTIONS (1U << 13)
#define VMX_CTL_PROC2_VMCS_SHADOWING (1U << 14)
#define VMX_CTL_PROC2_ENABLE_ENCLS_EXITING (1U << 15)
#define VMX_CTL_PROC2_RDSEED_EXITING (1U << 16)
#define VMX_CTL_PROC2_ENABLE_PML (1U << 17)
#define VMX_CTL_PROC2_EPT_VIOLATION_VE (1U << 18)
#define VMX_CTL_PROC2_CONCEAL_VMX_FROM_PT (1U << 19)
#define VMX_CTL_PROC2_ENABLE_XSAVES_XRSTORS (1U << 20)
#define VMX_CTL_PROC2_MODE_BASED_EXECUTE_CONTROL (1U << 22)
#define VMX_CTL_PROC2_SUB_PAGE_WRITE_PERMISSIONS (1U << 23)
#define VMX_CTL_PROC2_PT_USES_GUEST_PHYSICAL_ADDRESSES (1U << 24)
#define VMX_CTL_PROC2_USE_TSC_SCALING (1U << 25)
#define VMX_CTL_PROC2_ENABLE_USER_WAIT_AND_PAUSE (1U << 26)
#define VMX_CTL_PROC2_ENABLE_PCONFIG (1U << 27)
#define VMX_CTL_PROC2_ENABLE_ENCLV_EXITING (1U << 28)
#define VMX_CTL_PROC2_VMM_BUS_LOCK_DETECTION (1U << 30)
#define VMX_CTL_PROC2_INSTRUCTION_TIMEOUT (1U << 31)

/* tertiary_processor_based_vm_execution_controls: SDM 25.6.2, A.3.4. */
#define VMX_CTL_PROC3_LOADIWKEY_EXITING (1ULL << 0)
#define VMX_CTL_PROC3_ENABLE_HLAT (1ULL << 1)
#define VMX_CTL_PROC3_EPT_PAGING_WRITE_CONTROL (1ULL << 2)
#define VMX_CTL_PROC3_GUEST_PAGING_VERIFICATION (1ULL << 3)
#define VMX_CTL_PROC3_IPI_VIRTUALIZATION (1ULL << 4)
#define VMX_CTL_PROC3_ENABLE_MSR_LIST_INSTRUCTIONS (1ULL << 6)
#define VMX_CTL_PROC3_VIRTUALIZE_IA32_SPEC_CTRL (1ULL << 7)

/* primary_vm_exit_controls: SDM 25.7.1, A.4.1. */
#define VMX_CTL_EXIT_SAVE_DEBUG_CONTROLS (1U << 2)
#define VMX_CTL_EXIT_HOST_ADDRESS_SPACE_SIZE (1U << 9)
#define VMX_CTL_EXIT_LOAD_IA32_PERF_GLOBAL_CTRL (1U << 12)
#define VMX_CTL_EXIT_ACKNOWLEDGE_INTERRUPT_ON_EXIT (1U << 15)
#define VMX_CTL_EXIT_SAVE_IA32_PAT (1U << 18)
#define VMX_CTL_EXIT_LOAD_IA32_PAT (1U << 19)
#define VMX_CTL_EXIT_SAVE_IA32_EFER (1U << 20)
#define VMX_CTL_EXIT_LOAD_IA32_EFER (1U << 21)
#define VMX_CTL_EXIT_SAVE_PREEMPTION_TIMER_VALUE (1U << 22)
#define VMX_CTL_EXIT_CLEAR_IA32_BNDCFGS (1U << 23)
#define VMX_CTL_EXIT_CONCEAL_VMX_FROM_PT (1U << 24)
#define VMX_CTL_EXIT_CLEAR_IA32_RTIT_CTL (1U << 25)
#define VMX_CTL_EXIT_CLEAR_IA32_LBR_CTL (1U << 26)
#define VMX_CTL_EXIT_CLEAR_UINV (1U << 27)
#define VMX_CTL_EXIT_LOAD_CET_STATE (1U << 28)
#define VMX_CTL_EXIT_LOAD_PKRS (1U << 29)
#define VMX_CTL_EXIT_SAVE_IA32_PERF_GLOBAL_CTRL (1U << 30)
#define VMX_CTL_EXIT_ACTIVATE_SECONDARY_CONTROLS (1U << 31)

/* secondary_vm_exit_controls: SDM 25.7.1, A.4.2. */
#define VMX_CTL_EXIT2_SAVE_FRED (1ULL << 0)
#define VMX_CTL_EXIT2_LOAD_FRED (1ULL << 1)
#define VMX_CTL_EXIT2_PREMATURELY_BUSY_SHADOW_STACK (1ULL << 3)

/* vm_entry_controls: SDM 25.8.1, A.5. */
#define VMX_CTL_ENTRY_LOAD_DEBUG_CONTROLS (1U << 2)
#define VMX_CTL_ENTRY_IA32E_MODE_GUEST (1U << 9)
#define VMX_CTL_ENTRY_ENTRY_TO_SMM (1U << 10)
#define VMX_CTL_ENTRY_DEACTIVATE_DUAL_MONITOR_TREATMENT (1U << 11)
#define VMX_CTL_ENTRY_LOAD_IA32_PERF_GLOBAL_CTRL (1U << 13)
#define VMX_CTL_ENTRY_LOAD_IA32_PAT (1U << 14)
#define VMX_CTL_ENTRY_LOAD_IA32_EFER (1U << 15)
#define VMX_CTL_ENTRY_LOAD_IA32_BNDCFGS (1U << 16)
#define VMX_CTL_ENTRY_CONCEAL_VMX_FROM_PT (1U << 17)
#define VMX_CTL_ENTRY_LOAD_IA32_RTIT_CTL (1U << 18)
#define VMX_CTL_ENTRY_LOAD_UINV (1U << 19)
#define VMX_CTL_ENTRY_LOAD_CET_STATE (1U << 20)
#define VMX_CTL_ENTRY_LOAD_GUEST_IA32_LBR_CTL (1U << 21)
#define VMX_CTL_ENTRY_LOAD_PKRS (1U << 22)
#define VMX_CTL_ENTRY_LOAD_FRED (1U << 23)

/**
 * vmx_ctls_bit_name() - the SDM's name of a control
 * @group: the control field
 * @bit: the bit number
 *
 * Return: e.g. "Use TPR shadow", or NULL for a bit the SDM does not define.
 */
static inline const char *vmx_ctls_bit_name(enum vmx_ctls group, unsigned int bit)
{
	switch (group) {
	case VMX_CTLS_PIN:
		switch (bit) {
		case 0: return "External-interrupt exiting";
		case 3: return "NMI exiting";
		case 5: return "Virtual NMIs";
		case 6: return "Activate VMX-preemption timer";
		case 7: return "Process posted interrupts";
		default: return (const char *)0;
		}
	case VMX_CTLS_PROC:
		switch (bit) {
		case 2: return "Interrupt-window exiting";
		case 3: return "Use TSC offsetting";
		case 7: return "HLT exiting";
		case 9: return "INVLPG exiting";
		case 10: return "MWAIT exiting";
		case 11: return "RDPMC exiting";
		case 12: return "RDTSC exiting";
		case 15: return "CR3-load exiting";
		case 16: return "CR3-store exiting";
		case 17: return "Activate tertiary controls";
		case 19: return "CR8-load exiting";
		case 20: return "CR8-store exiting";
		case 21: return "Use TPR shadow";
		case 22: return "NMI-window exiting";
		case 23: return "MOV-DR exiting";
		case 24: return "Unconditional I/O exiting";
		case 25: return "Use I/O bitmaps";
		case 27: return "Monitor trap flag";
		case 28: return "Use MSR bitmaps";
		case 29: return "MONITOR exiting";
		case 30: return "PAUSE exiting";
		case 31: return "Activate secondary controls";
		default: return (const char *)0;
		}
	case VMX_CTLS_PROC2:
		switch (bit) {
		case 0: return "Virtualize APIC accesses";
		case 1: return "Enable EPT";
		case 2: return "Descriptor-table exiting";
		case 3: return "Enable RDTSCP";
		case 4: return "Virtualize x2APIC mode";
		case 5: return "Enable VPID";
		case 6: return "WBINVD exiting";
		case 7: return "Unrestricted guest";
		case 8: return "APIC-register virtualization";
		case 9: return "Virtual-interrupt delivery";
		case 10: return "PAUSE-loop exiting";
		case 11: return "RDRAND exiting";
		case 12: return "Enable INVPCID";
		case 13: return "Enable VM functions";
		case 14: return "VMCS shadowing";
		case 15: return "Enable ENCLS exiting";
		case 16: return "RDSEED exiting";
		case 17: return "Enable PML";
		case 18: return "EPT-violation #VE";
		case 19: return "Conceal VMX from PT";
		case 20: return "Enable XSAVES/XRSTORS";
		case 22: return "Mode-based execute control for EPT";
		case 23: return "Sub-page write permissions for EPT";
		case 24: return "Intel PT uses guest physical addresses";
		case 25: return "Use TSC scaling";
		case 26: return "Enable user wait and pause";
		case 27: return "Enable PCONFIG";
		case 28: return "Enable ENCLV exiting";
		case 30: return "VMM bus-lock detection";
		case 31: return "Instruction timeout";
		default: return (const char *)0;
		}
	case VMX_CTLS_PROC3:
		switch (bit) {
		case 0: return "LOADIWKEY exiting";
		case 1: return "Enable HLAT";
		case 2: return "EPT paging-write control";
		case 3: return "Guest-paging verification";
		case 4: return "IPI virtualization";
		case 6: return "Enable MSR-list instructions";
		case 7: return "Virtualize IA32_SPEC_CTRL";
		default: return (const char *)0;
		}
	case VMX_CTLS_EXIT:
		switch (bit) {
		case 2: return "Save debug controls";
		case 9: return "Host address-space size";
		case 12: return "Load IA32_PERF_GLOBAL_CTRL";
		case 15: return "Acknowledge interrupt on exit";
		case 18: return "Save IA32_PAT";
		case 19: return "Load IA32_PAT";
		case 20: return "Save IA32_EFER";
		case 21: return "Load IA32_EFER";
		case 22: return "Save VMX-preemption timer value";
		case 23: return "Clear IA32_BNDCFGS";
		case 24: return "Conceal VMX from PT";
		case 25: return "Clear IA32_RTIT_CTL";
		case 26: return "Clear IA32_LBR_CTL";
		case 27: return "Clear UINV";
		case 28: return "Load CET state";
		case 29: return "Load PKRS";
		case 30: return "Save IA32_PERF_GLOBAL_CTL";
		case 31: return "Activate secondary controls";
		default: return (const char *)0;
		}
	case VMX_CTLS_EXIT2:
		switch (bit) {
		case 0: return "Save FRED";
		case 1: return "Load FRED";
		case 3: return "Prematurely busy shadow stack";
		default: return (const char *)0;
		}
	case VMX_CTLS_ENTRY:
		switch (bit) {
		case 2: return "Load debug controls";
		case 9: return "IA-32e mode guest";
		case 10: return "Entry to SMM";
		case 11: return "Deactivate dual-monitor treatment";
		case 13: return "Load IA32_PERF_GLOBAL_CTRL";
		case 14: return "Load IA32_PAT";
		case 15: return "Load IA32_EFER";
		case 16: return "Load IA32_BNDCFGS";
		case 17: return "Conceal VMX from PT";
		case 18: return "Load IA32_RTIT_CTL";
		case 19: return "Load UINV";
		case 20: return "Load CET state";
		case 21: return "Load guest IA32_LBR_CTL";
		case 22: return "Load PKRS";
		case 23: return "Load FRED";
		default: return (const char *)0;
		}
	default:
		return (const char *)0;
	}
}

/**
 * vmx_ctls_msr() - the capability MSR that says which settings of a control field the CPU allows
 * @group: the control field
 * @vmx_basic: the value of IA32_VMX_BASIC
 *
 * The TRUE capability MSR when IA32_VMX_BASIC bit 55 says
 * it exists and the group has one, else the plain one (SDM Appendix A).
 *
 * Return: the MSR's index, or 0 for an unknown group.
 */
static inline vmx_u32 vmx_ctls_msr(enum vmx_ctls group, vmx_u64 vmx_basic)
{
	switch (group) {
	case VMX_CTLS_PIN:
		return vmx_basic >> 55 & 1 ? VMX_MSR_IA32_VMX_TRUE_PINBASED_CTLS : VMX_MSR_IA32_VMX_PINBASED_CTLS;
	case VMX_CTLS_PROC:
		return vmx_basic >> 55 & 1 ? VMX_MSR_IA32_VMX_TRUE_PROCBASED_CTLS : VMX_MSR_IA32_VMX_PROCBASED_CTLS;
	case VMX_CTLS_PROC2:
		(void)vmx_basic;
		return VMX_MSR_IA32_VMX_PROCBASED_CTLS2;
	case VMX_CTLS_PROC3:
		(void)vmx_basic;
		return VMX_MSR_IA32_VMX_PROCBASED_CTLS3;
	case VMX_CTLS_EXIT:
		return vmx_basic >> 55 & 1 ? VMX_MSR_IA32_VMX_TRUE_EXIT_CTLS : VMX_MSR_IA32_VMX_EXIT_CTLS;
	case VMX_CTLS_EXIT2:
		(void)vmx_basic;
		return VMX_MSR_IA32_VMX_EXIT_CTLS2;
	case VMX_CTLS_ENTRY:
		return vmx_basic >> 55 & 1 ? VMX_MSR_IA32_VMX_TRUE_ENTRY_CTLS : VMX_MSR_IA32_VMX_ENTRY_CTLS;
	default:
		return 0;
	}
}

/**
 * vmx_ctls_adjust() - a control value the CPU accepts
 * @group: the control field
 * @cap_msr: the value of the MSR vmx_ctls_msr() names
 * @required: controls the caller needs
 * @optional: controls the caller wants if the CPU allows them
 * @value: receives the value to write: required and optional controls the
 *	CPU allows, and every control it forces to 1
 *
 * A 32-bit group's MSR has the allowed-0 settings in bits 31:0 (a 1 forces
 * the control to 1) and the allowed-1 settings in bits 63:32; a 64-bit
 * group's MSR has allowed-1 settings only (SDM Appendix A).
 *
 * Return: the required controls the CPU cannot set; 0 if it can set all.
 */
static inline vmx_u64 vmx_ctls_adjust(enum vmx_ctls group, vmx_u64 cap_msr,
				  vmx_u64 required, vmx_u64 optional,
				  vmx_u64 *value)
{
	vmx_u64 allowed1, forced1;

	switch (group) {
	case VMX_CTLS_PROC3:
	case VMX_CTLS_EXIT2:
		allowed1 = cap_msr;
		forced1 = 0;
		break;
	default:
		allowed1 = cap_msr >> 32;
		forced1 = cap_msr & 0xffffffffU;
		break;
	}
	*value = ((required | optional) & allowed1) | forced1;
	return required & ~allowed1;
}

#endif /* VMXGEN_VMX_TABLES_H */
