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
 * @tertiary_processor_based_vm_execution_controls: 64-bit control field (0x2034)
 * @ia32_vmx_procbased_ctls3: capability MSR 0x492, IA32_VMX_PROCBASED_CTLS3
 * @cr3_target_count: 32-bit control field (0x400a)
 * @ia32_vmx_misc: capability MSR 0x485, IA32_VMX_MISC
 * @io_bitmap_a_address: 64-bit control field (0x2000)
 * @maxphyaddr: the physical-address width, CPUID.80000008H:EAX[7:0]
 * @io_bitmap_b_address: 64-bit control field (0x2002)
 * @msr_bitmaps_address: 64-bit control field (0x2004)
 * @virtual_apic_address: 64-bit control field (0x2012)
 * @tpr_threshold: 32-bit control field (0x401c)
 * @apic_access_address: 64-bit control field (0x2014)
 * @primary_vm_exit_controls: 32-bit control field (0x400c)
 * @posted_interrupt_notification_vector: 16-bit control field (0x0002)
 * @posted_interrupt_descriptor_address: 64-bit control field (0x2016)
 * @virtual_processor_id: 16-bit control field (0x0000)
 * @ept_pointer: 64-bit control field (0x201a)
 * @ia32_vmx_ept_vpid_cap: capability MSR 0x48c, IA32_VMX_EPT_VPID_CAP
 * @pml_address: 64-bit control field (0x200e)
 * @vmread_bitmap_address: 64-bit control field (0x2026)
 * @vmwrite_bitmap_address: 64-bit control field (0x2028)
 * @virtualization_exception_information_address: 64-bit control field (0x202a)
 * @vm_function_controls: 64-bit control field (0x2018)
 * @ia32_vmx_vmfunc: capability MSR 0x491, IA32_VMX_VMFUNC
 * @eptp_list_address: 64-bit control field (0x2024)
 * @ia32_vmx_exit_ctls: capability MSR 0x483, IA32_VMX_EXIT_CTLS
 * @ia32_vmx_true_exit_ctls: capability MSR 0x48f, IA32_VMX_TRUE_EXIT_CTLS
 * @secondary_vm_exit_controls: 64-bit control field (0x2044)
 * @ia32_vmx_exit_ctls2: capability MSR 0x493, IA32_VMX_EXIT_CTLS2
 * @vm_exit_msr_store_count: 32-bit control field (0x400e)
 * @vm_exit_msr_store_address: 64-bit control field (0x2006)
 * @vm_exit_msr_load_count: 32-bit control field (0x4010)
 * @vm_exit_msr_load_address: 64-bit control field (0x2008)
 * @vm_entry_controls: 32-bit control field (0x4012)
 * @ia32_vmx_entry_ctls: capability MSR 0x484, IA32_VMX_ENTRY_CTLS
 * @ia32_vmx_true_entry_ctls: capability MSR 0x490, IA32_VMX_TRUE_ENTRY_CTLS
 * @vm_entry_msr_load_count: 32-bit control field (0x4014)
 * @vm_entry_msr_load_address: 64-bit control field (0x200a)
 * @vm_entry_interruption_information: 32-bit control field (0x4016)
 * @guest_cr0: natural-width guest-state field (0x6800)
 * @vm_entry_exception_error_code: 32-bit control field (0x4018)
 * @vm_entry_instruction_length: 32-bit control field (0x401a)
 * @host_cr0: natural-width host-state field (0x6c00)
 * @ia32_vmx_cr0_fixed0: capability MSR 0x486, IA32_VMX_CR0_FIXED0
 * @ia32_vmx_cr0_fixed1: capability MSR 0x487, IA32_VMX_CR0_FIXED1
 * @host_cr4: natural-width host-state field (0x6c04)
 * @ia32_vmx_cr4_fixed0: capability MSR 0x488, IA32_VMX_CR4_FIXED0
 * @ia32_vmx_cr4_fixed1: capability MSR 0x489, IA32_VMX_CR4_FIXED1
 * @host_cr3: natural-width host-state field (0x6c02)
 * @host_ia32_sysenter_esp: natural-width host-state field (0x6c10)
 * @host_ia32_sysenter_eip: natural-width host-state field (0x6c12)
 * @host_ia32_pat: 64-bit host-state field (0x2c00)
 * @host_ia32_efer: 64-bit host-state field (0x2c02)
 * @host_es_selector: 16-bit host-state field (0x0c00)
 * @host_cs_selector: 16-bit host-state field (0x0c02)
 * @host_ss_selector: 16-bit host-state field (0x0c04)
 * @host_ds_selector: 16-bit host-state field (0x0c06)
 * @host_fs_selector: 16-bit host-state field (0x0c08)
 * @host_gs_selector: 16-bit host-state field (0x0c0a)
 * @host_tr_selector: 16-bit host-state field (0x0c0c)
 * @host_fs_base: natural-width host-state field (0x6c06)
 * @host_gs_base: natural-width host-state field (0x6c08)
 * @host_gdtr_base: natural-width host-state field (0x6c0c)
 * @host_idtr_base: natural-width host-state field (0x6c0e)
 * @host_tr_base: natural-width host-state field (0x6c0a)
 * @host_efer_lma: 1 if the logical processor is in IA-32e mode (IA32_EFER.LMA) at VM entry
 * @host_rip: natural-width host-state field (0x6c16)
 * @guest_cr4: natural-width guest-state field (0x6804)
 * @guest_cr3: natural-width guest-state field (0x6802)
 * @guest_dr7: natural-width guest-state field (0x681a)
 * @guest_ia32_sysenter_esp: natural-width guest-state field (0x6824)
 * @guest_ia32_sysenter_eip: natural-width guest-state field (0x6826)
 * @guest_ia32_pat: 64-bit guest-state field (0x2804)
 * @guest_ia32_efer: 64-bit guest-state field (0x2806)
 * @guest_tr_selector: 16-bit guest-state field (0x080e)
 * @guest_ldtr_access_rights: 32-bit guest-state field (0x4820)
 * @guest_ldtr_selector: 16-bit guest-state field (0x080c)
 * @guest_rflags: natural-width guest-state field (0x6820)
 * @guest_ss_selector: 16-bit guest-state field (0x0804)
 * @guest_cs_selector: 16-bit guest-state field (0x0802)
 * @guest_tr_base: natural-width guest-state field (0x6814)
 * @guest_fs_base: natural-width guest-state field (0x680e)
 * @guest_gs_base: natural-width guest-state field (0x6810)
 * @guest_ldtr_base: natural-width guest-state field (0x6812)
 * @guest_cs_base: natural-width guest-state field (0x6808)
 * @guest_ss_access_rights: 32-bit guest-state field (0x4818)
 * @guest_ss_base: natural-width guest-state field (0x680a)
 * @guest_ds_access_rights: 32-bit guest-state field (0x481a)
 * @guest_ds_base: natural-width guest-state field (0x680c)
 * @guest_es_access_rights: 32-bit guest-state field (0x4814)
 * @guest_es_base: natural-width guest-state field (0x6806)
 * @guest_cs_access_rights: 32-bit guest-state field (0x4816)
 * @guest_fs_access_rights: 32-bit guest-state field (0x481c)
 * @guest_gs_access_rights: 32-bit guest-state field (0x481e)
 * @guest_cs_limit: 32-bit guest-state field (0x4802)
 * @guest_ss_limit: 32-bit guest-state field (0x4804)
 * @guest_ds_limit: 32-bit guest-state field (0x4806)
 * @guest_es_limit: 32-bit guest-state field (0x4800)
 * @guest_fs_limit: 32-bit guest-state field (0x4808)
 * @guest_gs_limit: 32-bit guest-state field (0x480a)
 * @guest_tr_limit: 32-bit guest-state field (0x480e)
 * @guest_tr_access_rights: 32-bit guest-state field (0x4822)
 * @guest_ldtr_limit: 32-bit guest-state field (0x480c)
 * @guest_ds_selector: 16-bit guest-state field (0x0806)
 * @guest_es_selector: 16-bit guest-state field (0x0800)
 * @guest_fs_selector: 16-bit guest-state field (0x0808)
 * @guest_gs_selector: 16-bit guest-state field (0x080a)
 * @guest_gdtr_base: natural-width guest-state field (0x6816)
 * @guest_gdtr_limit: 32-bit guest-state field (0x4810)
 * @guest_idtr_base: natural-width guest-state field (0x6818)
 * @guest_idtr_limit: 32-bit guest-state field (0x4812)
 * @guest_rip: natural-width guest-state field (0x681e)
 * @guest_activity_state: 32-bit guest-state field (0x4826)
 * @guest_interruptibility_state: 32-bit guest-state field (0x4824)
 * @guest_pending_debug_exceptions: natural-width guest-state field (0x6822)
 * @guest_pdpte0: 64-bit guest-state field (0x280a)
 * @guest_pdpte1: 64-bit guest-state field (0x280c)
 * @guest_pdpte2: 64-bit guest-state field (0x280e)
 * @guest_pdpte3: 64-bit guest-state field (0x2810)
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
	vmx_u64 tertiary_processor_based_vm_execution_controls;
	vmx_u64 ia32_vmx_procbased_ctls3;
	vmx_u32 cr3_target_count;
	vmx_u64 ia32_vmx_misc;
	vmx_u64 io_bitmap_a_address;
	vmx_u8 maxphyaddr;
	vmx_u64 io_bitmap_b_address;
	vmx_u64 msr_bitmaps_address;
	vmx_u64 virtual_apic_address;
	vmx_u32 tpr_threshold;
	vmx_u64 apic_access_address;
	vmx_u32 primary_vm_exit_controls;
	vmx_u16 posted_interrupt_notification_vector;
	vmx_u64 posted_interrupt_descriptor_address;
	vmx_u16 virtual_processor_id;
	vmx_u64 ept_pointer;
	vmx_u64 ia32_vmx_ept_vpid_cap;
	vmx_u64 pml_address;
	vmx_u64 vmread_bitmap_address;
	vmx_u64 vmwrite_bitmap_address;
	vmx_u64 virtualization_exception_information_address;
	vmx_u64 vm_function_controls;
	vmx_u64 ia32_vmx_vmfunc;
	vmx_u64 eptp_list_address;
	vmx_u64 ia32_vmx_exit_ctls;
	vmx_u64 ia32_vmx_true_exit_ctls;
	vmx_u64 secondary_vm_exit_controls;
	vmx_u64 ia32_vmx_exit_ctls2;
	vmx_u32 vm_exit_msr_store_count;
	vmx_u64 vm_exit_msr_store_address;
	vmx_u32 vm_exit_msr_load_count;
	vmx_u64 vm_exit_msr_load_address;
	vmx_u32 vm_entry_controls;
	vmx_u64 ia32_vmx_entry_ctls;
	vmx_u64 ia32_vmx_true_entry_ctls;
	vmx_u32 vm_entry_msr_load_count;
	vmx_u64 vm_entry_msr_load_address;
	vmx_u32 vm_entry_interruption_information;
	vmx_u64 guest_cr0;
	vmx_u32 vm_entry_exception_error_code;
	vmx_u32 vm_entry_instruction_length;
	vmx_u64 host_cr0;
	vmx_u64 ia32_vmx_cr0_fixed0;
	vmx_u64 ia32_vmx_cr0_fixed1;
	vmx_u64 host_cr4;
	vmx_u64 ia32_vmx_cr4_fixed0;
	vmx_u64 ia32_vmx_cr4_fixed1;
	vmx_u64 host_cr3;
	vmx_u64 host_ia32_sysenter_esp;
	vmx_u64 host_ia32_sysenter_eip;
	vmx_u64 host_ia32_pat;
	vmx_u64 host_ia32_efer;
	vmx_u16 host_es_selector;
	vmx_u16 host_cs_selector;
	vmx_u16 host_ss_selector;
	vmx_u16 host_ds_selector;
	vmx_u16 host_fs_selector;
	vmx_u16 host_gs_selector;
	vmx_u16 host_tr_selector;
	vmx_u64 host_fs_base;
	vmx_u64 host_gs_base;
	vmx_u64 host_gdtr_base;
	vmx_u64 host_idtr_base;
	vmx_u64 host_tr_base;
	vmx_u8 host_efer_lma;
	vmx_u64 host_rip;
	vmx_u64 guest_cr4;
	vmx_u64 guest_cr3;
	vmx_u64 guest_dr7;
	vmx_u64 guest_ia32_sysenter_esp;
	vmx_u64 guest_ia32_sysenter_eip;
	vmx_u64 guest_ia32_pat;
	vmx_u64 guest_ia32_efer;
	vmx_u16 guest_tr_selector;
	vmx_u32 guest_ldtr_access_rights;
	vmx_u16 guest_ldtr_selector;
	vmx_u64 guest_rflags;
	vmx_u16 guest_ss_selector;
	vmx_u16 guest_cs_selector;
	vmx_u64 guest_tr_base;
	vmx_u64 guest_fs_base;
	vmx_u64 guest_gs_base;
	vmx_u64 guest_ldtr_base;
	vmx_u64 guest_cs_base;
	vmx_u32 guest_ss_access_rights;
	vmx_u64 guest_ss_base;
	vmx_u32 guest_ds_access_rights;
	vmx_u64 guest_ds_base;
	vmx_u32 guest_es_access_rights;
	vmx_u64 guest_es_base;
	vmx_u32 guest_cs_access_rights;
	vmx_u32 guest_fs_access_rights;
	vmx_u32 guest_gs_access_rights;
	vmx_u32 guest_cs_limit;
	vmx_u32 guest_ss_limit;
	vmx_u32 guest_ds_limit;
	vmx_u32 guest_es_limit;
	vmx_u32 guest_fs_limit;
	vmx_u32 guest_gs_limit;
	vmx_u32 guest_tr_limit;
	vmx_u32 guest_tr_access_rights;
	vmx_u32 guest_ldtr_limit;
	vmx_u16 guest_ds_selector;
	vmx_u16 guest_es_selector;
	vmx_u16 guest_fs_selector;
	vmx_u16 guest_gs_selector;
	vmx_u64 guest_gdtr_base;
	vmx_u32 guest_gdtr_limit;
	vmx_u64 guest_idtr_base;
	vmx_u32 guest_idtr_limit;
	vmx_u64 guest_rip;
	vmx_u32 guest_activity_state;
	vmx_u32 guest_interruptibility_state;
	vmx_u64 guest_pending_debug_exceptions;
	vmx_u64 guest_pdpte0;
	vmx_u64 guest_pdpte1;
	vmx_u64 guest_pdpte2;
	vmx_u64 guest_pdpte3;
	vmx_u64 vmcs_link_pointer;
};

/**
 * enum vmx_entry_check_class_id - how the CPU reports a broken rule, in the order it checks
 * @VMX_ENTRY_CHECK_CLASS_CONTROLS: VMfailValid, VM-instruction error 7 (invalid control field)
 * @VMX_ENTRY_CHECK_CLASS_HOST_STATE: VMfailValid, VM-instruction error 8 (invalid host-state field)
 * @VMX_ENTRY_CHECK_CLASS_GUEST_STATE: VM exit, reason 33 (invalid guest state), qualification 0
 * @VMX_ENTRY_CHECK_CLASS_GUEST_PDPTE: VM exit, reason 33 (invalid guest state), qualification 2 (PDPTE loading)
 * @VMX_ENTRY_CHECK_CLASS_GUEST_LINK_POINTER: VM exit, reason 33 (invalid guest state), qualification 4 (VMCS link pointer)
 * @VMX_ENTRY_CHECK_CLASSES: the number of classes
 */
enum vmx_entry_check_class_id {
	VMX_ENTRY_CHECK_CLASS_CONTROLS,
	VMX_ENTRY_CHECK_CLASS_HOST_STATE,
	VMX_ENTRY_CHECK_CLASS_GUEST_STATE,
	VMX_ENTRY_CHECK_CLASS_GUEST_PDPTE,
	VMX_ENTRY_CHECK_CLASS_GUEST_LINK_POINTER,
	VMX_ENTRY_CHECK_CLASSES
};

/**
 * enum vmx_entry_check_rule_id - the rules, in spec order
 * @VMX_ENTRY_CHECK_PIN_CONTROLS_ALLOWED: 27.2.1.1
 * @VMX_ENTRY_CHECK_PROC_CONTROLS_ALLOWED: 27.2.1.1
 * @VMX_ENTRY_CHECK_PROC2_CONTROLS_ALLOWED: 27.2.1.1
 * @VMX_ENTRY_CHECK_PROC3_CONTROLS_ALLOWED: 27.2.1.1
 * @VMX_ENTRY_CHECK_CR3_TARGET_COUNT: 27.2.1.1
 * @VMX_ENTRY_CHECK_IO_BITMAP_A_ADDRESS: 27.2.1.1
 * @VMX_ENTRY_CHECK_IO_BITMAP_B_ADDRESS: 27.2.1.1
 * @VMX_ENTRY_CHECK_MSR_BITMAPS_ADDRESS: 27.2.1.1
 * @VMX_ENTRY_CHECK_VIRTUAL_APIC_ADDRESS: 27.2.1.1
 * @VMX_ENTRY_CHECK_TPR_THRESHOLD_BITS: 27.2.1.1
 * @VMX_ENTRY_CHECK_APIC_VIRTUALIZATION_NEEDS_TPR_SHADOW: 27.2.1.1
 * @VMX_ENTRY_CHECK_VIRTUAL_NMIS_NEED_NMI_EXITING: 27.2.1.1
 * @VMX_ENTRY_CHECK_NMI_WINDOW_NEEDS_VIRTUAL_NMIS: 27.2.1.1
 * @VMX_ENTRY_CHECK_APIC_ACCESS_ADDRESS: 27.2.1.1
 * @VMX_ENTRY_CHECK_X2APIC_EXCLUDES_APIC_ACCESSES: 27.2.1.1
 * @VMX_ENTRY_CHECK_VIRTUAL_INTERRUPT_DELIVERY_NEEDS_INTERRUPT_EXITING: 27.2.1.1
 * @VMX_ENTRY_CHECK_POSTED_INTERRUPTS_NEED_DELIVERY_AND_ACK: 27.2.1.1
 * @VMX_ENTRY_CHECK_POSTED_INTERRUPT_VECTOR: 27.2.1.1
 * @VMX_ENTRY_CHECK_POSTED_INTERRUPT_DESCRIPTOR_ADDRESS: 27.2.1.1
 * @VMX_ENTRY_CHECK_VPID_NONZERO: 27.2.1.1
 * @VMX_ENTRY_CHECK_EPTP_MEMORY_TYPE: 27.2.1.1
 * @VMX_ENTRY_CHECK_EPTP_WALK_LENGTH: 27.2.1.1
 * @VMX_ENTRY_CHECK_EPTP_ACCESSED_DIRTY: 27.2.1.1
 * @VMX_ENTRY_CHECK_EPTP_RESERVED: 27.2.1.1
 * @VMX_ENTRY_CHECK_UNRESTRICTED_GUEST_NEEDS_EPT: 27.2.1.1
 * @VMX_ENTRY_CHECK_PML_NEEDS_EPT: 27.2.1.1
 * @VMX_ENTRY_CHECK_PML_ADDRESS: 27.2.1.1
 * @VMX_ENTRY_CHECK_MODE_BASED_EXECUTE_NEEDS_EPT: 27.2.1.1
 * @VMX_ENTRY_CHECK_VMREAD_BITMAP_ADDRESS: 27.2.1.1
 * @VMX_ENTRY_CHECK_VMWRITE_BITMAP_ADDRESS: 27.2.1.1
 * @VMX_ENTRY_CHECK_VE_INFORMATION_ADDRESS: 27.2.1.1
 * @VMX_ENTRY_CHECK_VM_FUNCTION_CONTROLS_ALLOWED: 27.2.1.1
 * @VMX_ENTRY_CHECK_EPTP_SWITCHING_NEEDS_EPT: 27.2.1.1
 * @VMX_ENTRY_CHECK_EPTP_LIST_ADDRESS: 27.2.1.1
 * @VMX_ENTRY_CHECK_EXIT_CONTROLS_ALLOWED: 27.2.1.2
 * @VMX_ENTRY_CHECK_EXIT2_CONTROLS_ALLOWED: 27.2.1.2
 * @VMX_ENTRY_CHECK_SAVE_PREEMPTION_TIMER_NEEDS_TIMER: 27.2.1.2
 * @VMX_ENTRY_CHECK_EXIT_MSR_STORE_ADDRESS: 27.2.1.2
 * @VMX_ENTRY_CHECK_EXIT_MSR_LOAD_ADDRESS: 27.2.1.2
 * @VMX_ENTRY_CHECK_ENTRY_CONTROLS_ALLOWED: 27.2.1.3
 * @VMX_ENTRY_CHECK_ENTRY_TO_SMM_OUTSIDE_SMM: 27.2.1.3
 * @VMX_ENTRY_CHECK_DUAL_MONITOR_OUTSIDE_SMM: 27.2.1.3
 * @VMX_ENTRY_CHECK_ENTRY_MSR_LOAD_ADDRESS: 27.2.1.3
 * @VMX_ENTRY_CHECK_EVENT_TYPE_NOT_RESERVED: 27.2.1.3
 * @VMX_ENTRY_CHECK_EVENT_OTHER_NEEDS_MTF: 27.2.1.3
 * @VMX_ENTRY_CHECK_EVENT_NMI_VECTOR: 27.2.1.3
 * @VMX_ENTRY_CHECK_EVENT_EXCEPTION_VECTOR: 27.2.1.3
 * @VMX_ENTRY_CHECK_EVENT_OTHER_VECTOR: 27.2.1.3
 * @VMX_ENTRY_CHECK_EVENT_RESERVED_BITS: 27.2.1.3
 * @VMX_ENTRY_CHECK_EVENT_ERROR_CODE_ONLY_EXCEPTIONS: 27.2.1.3
 * @VMX_ENTRY_CHECK_EVENT_ERROR_CODE_NEEDED: 27.2.1.3
 * @VMX_ENTRY_CHECK_EVENT_ERROR_CODE_BITS: 27.2.1.3
 * @VMX_ENTRY_CHECK_EVENT_INSTRUCTION_LENGTH: 27.2.1.3
 * @VMX_ENTRY_CHECK_HOST_CR0_FIXED: 27.2.2
 * @VMX_ENTRY_CHECK_HOST_CR4_FIXED: 27.2.2
 * @VMX_ENTRY_CHECK_HOST_CR3_WIDTH: 27.2.2
 * @VMX_ENTRY_CHECK_HOST_SYSENTER_ESP_CANONICAL: 27.2.2
 * @VMX_ENTRY_CHECK_HOST_SYSENTER_EIP_CANONICAL: 27.2.2
 * @VMX_ENTRY_CHECK_HOST_PAT: 27.2.2
 * @VMX_ENTRY_CHECK_HOST_EFER_RESERVED: 27.2.2
 * @VMX_ENTRY_CHECK_HOST_EFER_LMA_LME: 27.2.2
 * @VMX_ENTRY_CHECK_HOST_ES_SELECTOR_RPL_TI: 27.2.3
 * @VMX_ENTRY_CHECK_HOST_CS_SELECTOR_RPL_TI: 27.2.3
 * @VMX_ENTRY_CHECK_HOST_SS_SELECTOR_RPL_TI: 27.2.3
 * @VMX_ENTRY_CHECK_HOST_DS_SELECTOR_RPL_TI: 27.2.3
 * @VMX_ENTRY_CHECK_HOST_FS_SELECTOR_RPL_TI: 27.2.3
 * @VMX_ENTRY_CHECK_HOST_GS_SELECTOR_RPL_TI: 27.2.3
 * @VMX_ENTRY_CHECK_HOST_TR_SELECTOR_RPL_TI: 27.2.3
 * @VMX_ENTRY_CHECK_HOST_CS_SELECTOR_NONZERO: 27.2.3
 * @VMX_ENTRY_CHECK_HOST_TR_SELECTOR_NONZERO: 27.2.3
 * @VMX_ENTRY_CHECK_HOST_SS_SELECTOR_NONZERO: 27.2.3
 * @VMX_ENTRY_CHECK_HOST_FS_BASE_CANONICAL: 27.2.3
 * @VMX_ENTRY_CHECK_HOST_GS_BASE_CANONICAL: 27.2.3
 * @VMX_ENTRY_CHECK_HOST_GDTR_BASE_CANONICAL: 27.2.3
 * @VMX_ENTRY_CHECK_HOST_IDTR_BASE_CANONICAL: 27.2.3
 * @VMX_ENTRY_CHECK_HOST_TR_BASE_CANONICAL: 27.2.3
 * @VMX_ENTRY_CHECK_HOST_ADDRESS_SPACE_SIZE_MODE: 27.2.4
 * @VMX_ENTRY_CHECK_HOST_32_NO_IA32E_GUEST: 27.2.4
 * @VMX_ENTRY_CHECK_HOST_32_NO_PCIDE: 27.2.4
 * @VMX_ENTRY_CHECK_HOST_32_RIP: 27.2.4
 * @VMX_ENTRY_CHECK_HOST_64_PAE: 27.2.4
 * @VMX_ENTRY_CHECK_HOST_64_RIP_CANONICAL: 27.2.4
 * @VMX_ENTRY_CHECK_GUEST_CR0_FIXED: 27.3.1.1
 * @VMX_ENTRY_CHECK_GUEST_CR0_FIXED_UNRESTRICTED: 27.3.1.1
 * @VMX_ENTRY_CHECK_GUEST_CR0_PG_NEEDS_PE: 27.3.1.1
 * @VMX_ENTRY_CHECK_GUEST_CR4_FIXED: 27.3.1.1
 * @VMX_ENTRY_CHECK_GUEST_IA32E_PAGING: 27.3.1.1
 * @VMX_ENTRY_CHECK_GUEST_IA32E_PAE: 27.3.1.1
 * @VMX_ENTRY_CHECK_GUEST_32_NO_PCIDE: 27.3.1.1
 * @VMX_ENTRY_CHECK_GUEST_CR3_WIDTH: 27.3.1.1
 * @VMX_ENTRY_CHECK_GUEST_DR7_HIGH: 27.3.1.1
 * @VMX_ENTRY_CHECK_GUEST_SYSENTER_ESP_CANONICAL: 27.3.1.1
 * @VMX_ENTRY_CHECK_GUEST_SYSENTER_EIP_CANONICAL: 27.3.1.1
 * @VMX_ENTRY_CHECK_GUEST_PAT: 27.3.1.1
 * @VMX_ENTRY_CHECK_GUEST_EFER_RESERVED: 27.3.1.1
 * @VMX_ENTRY_CHECK_GUEST_EFER_LMA: 27.3.1.1
 * @VMX_ENTRY_CHECK_GUEST_EFER_LME: 27.3.1.1
 * @VMX_ENTRY_CHECK_GUEST_TR_TI: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_LDTR_TI: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_SS_RPL_CS_RPL: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_TR_BASE_CANONICAL: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_FS_BASE_CANONICAL: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_GS_BASE_CANONICAL: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_LDTR_BASE_CANONICAL: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_CS_BASE_HIGH: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_SS_BASE_HIGH: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_DS_BASE_HIGH: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_ES_BASE_HIGH: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_CS_TYPE: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_CS_TYPE_UNRESTRICTED: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_SS_TYPE: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_DS_TYPE: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_ES_TYPE: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_FS_TYPE: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_GS_TYPE: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_CS_S: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_CS_PRESENT: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_CS_AR_RESERVED: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_SS_S: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_SS_PRESENT: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_SS_AR_RESERVED: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_DS_S: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_DS_PRESENT: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_DS_AR_RESERVED: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_ES_S: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_ES_PRESENT: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_ES_AR_RESERVED: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_FS_S: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_FS_PRESENT: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_FS_AR_RESERVED: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_GS_S: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_GS_PRESENT: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_GS_AR_RESERVED: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_CS_LIMIT_GRANULARITY: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_SS_LIMIT_GRANULARITY: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_DS_LIMIT_GRANULARITY: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_ES_LIMIT_GRANULARITY: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_FS_LIMIT_GRANULARITY: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_GS_LIMIT_GRANULARITY: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_TR_LIMIT_GRANULARITY: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_LDTR_LIMIT_GRANULARITY: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_CS_DPL_TYPE_3: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_CS_DPL_NONCONFORMING: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_CS_DPL_CONFORMING: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_SS_DPL_RPL: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_SS_DPL_REAL: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_DS_DPL_RPL: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_ES_DPL_RPL: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_FS_DPL_RPL: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_GS_DPL_RPL: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_CS_DB_LONG: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_TR_TYPE: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_TR_S: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_TR_PRESENT: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_TR_AR_RESERVED: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_TR_USABLE: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_LDTR_TYPE: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_LDTR_S: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_LDTR_PRESENT: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_LDTR_AR_RESERVED: 27.3.1.2
 * @VMX_ENTRY_CHECK_GUEST_GDTR_BASE_CANONICAL: 27.3.1.3
 * @VMX_ENTRY_CHECK_GUEST_GDTR_LIMIT: 27.3.1.3
 * @VMX_ENTRY_CHECK_GUEST_IDTR_BASE_CANONICAL: 27.3.1.3
 * @VMX_ENTRY_CHECK_GUEST_IDTR_LIMIT: 27.3.1.3
 * @VMX_ENTRY_CHECK_GUEST_RIP_HIGH: 27.3.1.4
 * @VMX_ENTRY_CHECK_GUEST_RIP_CANONICAL: 27.3.1.4
 * @VMX_ENTRY_CHECK_GUEST_RFLAGS_RESERVED: 27.3.1.4
 * @VMX_ENTRY_CHECK_GUEST_RFLAGS_BIT1: 27.3.1.4
 * @VMX_ENTRY_CHECK_GUEST_RFLAGS_VM: 27.3.1.4
 * @VMX_ENTRY_CHECK_GUEST_RFLAGS_IF_INJECT: 27.3.1.4
 * @VMX_ENTRY_CHECK_GUEST_ACTIVITY_STATE_VALUE: 27.3.1.5
 * @VMX_ENTRY_CHECK_GUEST_ACTIVITY_STATE_SUPPORTED: 27.3.1.5
 * @VMX_ENTRY_CHECK_GUEST_HLT_SS_DPL: 27.3.1.5
 * @VMX_ENTRY_CHECK_GUEST_INTERRUPTIBILITY_RESERVED: 27.3.1.5
 * @VMX_ENTRY_CHECK_GUEST_STI_AND_MOV_SS: 27.3.1.5
 * @VMX_ENTRY_CHECK_GUEST_STI_NEEDS_IF: 27.3.1.5
 * @VMX_ENTRY_CHECK_GUEST_INJECT_INTERRUPT_UNBLOCKED: 27.3.1.5
 * @VMX_ENTRY_CHECK_GUEST_INJECT_NMI_MOV_SS: 27.3.1.5
 * @VMX_ENTRY_CHECK_GUEST_SMI_BLOCKING_OUTSIDE_SMM: 27.3.1.5
 * @VMX_ENTRY_CHECK_GUEST_PENDING_DEBUG_RESERVED: 27.3.1.5
 * @VMX_ENTRY_CHECK_GUEST_PDPTE0: 27.3.1.6
 * @VMX_ENTRY_CHECK_GUEST_PDPTE1: 27.3.1.6
 * @VMX_ENTRY_CHECK_GUEST_PDPTE2: 27.3.1.6
 * @VMX_ENTRY_CHECK_GUEST_PDPTE3: 27.3.1.6
 * @VMX_ENTRY_CHECK_GUEST_VMCS_LINK_POINTER: 27.3.1.5
 * @VMX_ENTRY_CHECK_RULES: the number of rules
 */
enum vmx_entry_check_rule_id {
	VMX_ENTRY_CHECK_PIN_CONTROLS_ALLOWED,
	VMX_ENTRY_CHECK_PROC_CONTROLS_ALLOWED,
	VMX_ENTRY_CHECK_PROC2_CONTROLS_ALLOWED,
	VMX_ENTRY_CHECK_PROC3_CONTROLS_ALLOWED,
	VMX_ENTRY_CHECK_CR3_TARGET_COUNT,
	VMX_ENTRY_CHECK_IO_BITMAP_A_ADDRESS,
	VMX_ENTRY_CHECK_IO_BITMAP_B_ADDRESS,
	VMX_ENTRY_CHECK_MSR_BITMAPS_ADDRESS,
	VMX_ENTRY_CHECK_VIRTUAL_APIC_ADDRESS,
	VMX_ENTRY_CHECK_TPR_THRESHOLD_BITS,
	VMX_ENTRY_CHECK_APIC_VIRTUALIZATION_NEEDS_TPR_SHADOW,
	VMX_ENTRY_CHECK_VIRTUAL_NMIS_NEED_NMI_EXITING,
	VMX_ENTRY_CHECK_NMI_WINDOW_NEEDS_VIRTUAL_NMIS,
	VMX_ENTRY_CHECK_APIC_ACCESS_ADDRESS,
	VMX_ENTRY_CHECK_X2APIC_EXCLUDES_APIC_ACCESSES,
	VMX_ENTRY_CHECK_VIRTUAL_INTERRUPT_DELIVERY_NEEDS_INTERRUPT_EXITING,
	VMX_ENTRY_CHECK_POSTED_INTERRUPTS_NEED_DELIVERY_AND_ACK,
	VMX_ENTRY_CHECK_POSTED_INTERRUPT_VECTOR,
	VMX_ENTRY_CHECK_POSTED_INTERRUPT_DESCRIPTOR_ADDRESS,
	VMX_ENTRY_CHECK_VPID_NONZERO,
	VMX_ENTRY_CHECK_EPTP_MEMORY_TYPE,
	VMX_ENTRY_CHECK_EPTP_WALK_LENGTH,
	VMX_ENTRY_CHECK_EPTP_ACCESSED_DIRTY,
	VMX_ENTRY_CHECK_EPTP_RESERVED,
	VMX_ENTRY_CHECK_UNRESTRICTED_GUEST_NEEDS_EPT,
	VMX_ENTRY_CHECK_PML_NEEDS_EPT,
	VMX_ENTRY_CHECK_PML_ADDRESS,
	VMX_ENTRY_CHECK_MODE_BASED_EXECUTE_NEEDS_EPT,
	VMX_ENTRY_CHECK_VMREAD_BITMAP_ADDRESS,
	VMX_ENTRY_CHECK_VMWRITE_BITMAP_ADDRESS,
	VMX_ENTRY_CHECK_VE_INFORMATION_ADDRESS,
	VMX_ENTRY_CHECK_VM_FUNCTION_CONTROLS_ALLOWED,
	VMX_ENTRY_CHECK_EPTP_SWITCHING_NEEDS_EPT,
	VMX_ENTRY_CHECK_EPTP_LIST_ADDRESS,
	VMX_ENTRY_CHECK_EXIT_CONTROLS_ALLOWED,
	VMX_ENTRY_CHECK_EXIT2_CONTROLS_ALLOWED,
	VMX_ENTRY_CHECK_SAVE_PREEMPTION_TIMER_NEEDS_TIMER,
	VMX_ENTRY_CHECK_EXIT_MSR_STORE_ADDRESS,
	VMX_ENTRY_CHECK_EXIT_MSR_LOAD_ADDRESS,
	VMX_ENTRY_CHECK_ENTRY_CONTROLS_ALLOWED,
	VMX_ENTRY_CHECK_ENTRY_TO_SMM_OUTSIDE_SMM,
	VMX_ENTRY_CHECK_DUAL_MONITOR_OUTSIDE_SMM,
	VMX_ENTRY_CHECK_ENTRY_MSR_LOAD_ADDRESS,
	VMX_ENTRY_CHECK_EVENT_TYPE_NOT_RESERVED,
	VMX_ENTRY_CHECK_EVENT_OTHER_NEEDS_MTF,
	VMX_ENTRY_CHECK_EVENT_NMI_VECTOR,
	VMX_ENTRY_CHECK_EVENT_EXCEPTION_VECTOR,
	VMX_ENTRY_CHECK_EVENT_OTHER_VECTOR,
	VMX_ENTRY_CHECK_EVENT_RESERVED_BITS,
	VMX_ENTRY_CHECK_EVENT_ERROR_CODE_ONLY_EXCEPTIONS,
	VMX_ENTRY_CHECK_EVENT_ERROR_CODE_NEEDED,
	VMX_ENTRY_CHECK_EVENT_ERROR_CODE_BITS,
	VMX_ENTRY_CHECK_EVENT_INSTRUCTION_LENGTH,
	VMX_ENTRY_CHECK_HOST_CR0_FIXED,
	VMX_ENTRY_CHECK_HOST_CR4_FIXED,
	VMX_ENTRY_CHECK_HOST_CR3_WIDTH,
	VMX_ENTRY_CHECK_HOST_SYSENTER_ESP_CANONICAL,
	VMX_ENTRY_CHECK_HOST_SYSENTER_EIP_CANONICAL,
	VMX_ENTRY_CHECK_HOST_PAT,
	VMX_ENTRY_CHECK_HOST_EFER_RESERVED,
	VMX_ENTRY_CHECK_HOST_EFER_LMA_LME,
	VMX_ENTRY_CHECK_HOST_ES_SELECTOR_RPL_TI,
	VMX_ENTRY_CHECK_HOST_CS_SELECTOR_RPL_TI,
	VMX_ENTRY_CHECK_HOST_SS_SELECTOR_RPL_TI,
	VMX_ENTRY_CHECK_HOST_DS_SELECTOR_RPL_TI,
	VMX_ENTRY_CHECK_HOST_FS_SELECTOR_RPL_TI,
	VMX_ENTRY_CHECK_HOST_GS_SELECTOR_RPL_TI,
	VMX_ENTRY_CHECK_HOST_TR_SELECTOR_RPL_TI,
	VMX_ENTRY_CHECK_HOST_CS_SELECTOR_NONZERO,
	VMX_ENTRY_CHECK_HOST_TR_SELECTOR_NONZERO,
	VMX_ENTRY_CHECK_HOST_SS_SELECTOR_NONZERO,
	VMX_ENTRY_CHECK_HOST_FS_BASE_CANONICAL,
	VMX_ENTRY_CHECK_HOST_GS_BASE_CANONICAL,
	VMX_ENTRY_CHECK_HOST_GDTR_BASE_CANONICAL,
	VMX_ENTRY_CHECK_HOST_IDTR_BASE_CANONICAL,
	VMX_ENTRY_CHECK_HOST_TR_BASE_CANONICAL,
	VMX_ENTRY_CHECK_HOST_ADDRESS_SPACE_SIZE_MODE,
	VMX_ENTRY_CHECK_HOST_32_NO_IA32E_GUEST,
	VMX_ENTRY_CHECK_HOST_32_NO_PCIDE,
	VMX_ENTRY_CHECK_HOST_32_RIP,
	VMX_ENTRY_CHECK_HOST_64_PAE,
	VMX_ENTRY_CHECK_HOST_64_RIP_CANONICAL,
	VMX_ENTRY_CHECK_GUEST_CR0_FIXED,
	VMX_ENTRY_CHECK_GUEST_CR0_FIXED_UNRESTRICTED,
	VMX_ENTRY_CHECK_GUEST_CR0_PG_NEEDS_PE,
	VMX_ENTRY_CHECK_GUEST_CR4_FIXED,
	VMX_ENTRY_CHECK_GUEST_IA32E_PAGING,
	VMX_ENTRY_CHECK_GUEST_IA32E_PAE,
	VMX_ENTRY_CHECK_GUEST_32_NO_PCIDE,
	VMX_ENTRY_CHECK_GUEST_CR3_WIDTH,
	VMX_ENTRY_CHECK_GUEST_DR7_HIGH,
	VMX_ENTRY_CHECK_GUEST_SYSENTER_ESP_CANONICAL,
	VMX_ENTRY_CHECK_GUEST_SYSENTER_EIP_CANONICAL,
	VMX_ENTRY_CHECK_GUEST_PAT,
	VMX_ENTRY_CHECK_GUEST_EFER_RESERVED,
	VMX_ENTRY_CHECK_GUEST_EFER_LMA,
	VMX_ENTRY_CHECK_GUEST_EFER_LME,
	VMX_ENTRY_CHECK_GUEST_TR_TI,
	VMX_ENTRY_CHECK_GUEST_LDTR_TI,
	VMX_ENTRY_CHECK_GUEST_SS_RPL_CS_RPL,
	VMX_ENTRY_CHECK_GUEST_TR_BASE_CANONICAL,
	VMX_ENTRY_CHECK_GUEST_FS_BASE_CANONICAL,
	VMX_ENTRY_CHECK_GUEST_GS_BASE_CANONICAL,
	VMX_ENTRY_CHECK_GUEST_LDTR_BASE_CANONICAL,
	VMX_ENTRY_CHECK_GUEST_CS_BASE_HIGH,
	VMX_ENTRY_CHECK_GUEST_SS_BASE_HIGH,
	VMX_ENTRY_CHECK_GUEST_DS_BASE_HIGH,
	VMX_ENTRY_CHECK_GUEST_ES_BASE_HIGH,
	VMX_ENTRY_CHECK_GUEST_CS_TYPE,
	VMX_ENTRY_CHECK_GUEST_CS_TYPE_UNRESTRICTED,
	VMX_ENTRY_CHECK_GUEST_SS_TYPE,
	VMX_ENTRY_CHECK_GUEST_DS_TYPE,
	VMX_ENTRY_CHECK_GUEST_ES_TYPE,
	VMX_ENTRY_CHECK_GUEST_FS_TYPE,
	VMX_ENTRY_CHECK_GUEST_GS_TYPE,
	VMX_ENTRY_CHECK_GUEST_CS_S,
	VMX_ENTRY_CHECK_GUEST_CS_PRESENT,
	VMX_ENTRY_CHECK_GUEST_CS_AR_RESERVED,
	VMX_ENTRY_CHECK_GUEST_SS_S,
	VMX_ENTRY_CHECK_GUEST_SS_PRESENT,
	VMX_ENTRY_CHECK_GUEST_SS_AR_RESERVED,
	VMX_ENTRY_CHECK_GUEST_DS_S,
	VMX_ENTRY_CHECK_GUEST_DS_PRESENT,
	VMX_ENTRY_CHECK_GUEST_DS_AR_RESERVED,
	VMX_ENTRY_CHECK_GUEST_ES_S,
	VMX_ENTRY_CHECK_GUEST_ES_PRESENT,
	VMX_ENTRY_CHECK_GUEST_ES_AR_RESERVED,
	VMX_ENTRY_CHECK_GUEST_FS_S,
	VMX_ENTRY_CHECK_GUEST_FS_PRESENT,
	VMX_ENTRY_CHECK_GUEST_FS_AR_RESERVED,
	VMX_ENTRY_CHECK_GUEST_GS_S,
	VMX_ENTRY_CHECK_GUEST_GS_PRESENT,
	VMX_ENTRY_CHECK_GUEST_GS_AR_RESERVED,
	VMX_ENTRY_CHECK_GUEST_CS_LIMIT_GRANULARITY,
	VMX_ENTRY_CHECK_GUEST_SS_LIMIT_GRANULARITY,
	VMX_ENTRY_CHECK_GUEST_DS_LIMIT_GRANULARITY,
	VMX_ENTRY_CHECK_GUEST_ES_LIMIT_GRANULARITY,
	VMX_ENTRY_CHECK_GUEST_FS_LIMIT_GRANULARITY,
	VMX_ENTRY_CHECK_GUEST_GS_LIMIT_GRANULARITY,
	VMX_ENTRY_CHECK_GUEST_TR_LIMIT_GRANULARITY,
	VMX_ENTRY_CHECK_GUEST_LDTR_LIMIT_GRANULARITY,
	VMX_ENTRY_CHECK_GUEST_CS_DPL_TYPE_3,
	VMX_ENTRY_CHECK_GUEST_CS_DPL_NONCONFORMING,
	VMX_ENTRY_CHECK_GUEST_CS_DPL_CONFORMING,
	VMX_ENTRY_CHECK_GUEST_SS_DPL_RPL,
	VMX_ENTRY_CHECK_GUEST_SS_DPL_REAL,
	VMX_ENTRY_CHECK_GUEST_DS_DPL_RPL,
	VMX_ENTRY_CHECK_GUEST_ES_DPL_RPL,
	VMX_ENTRY_CHECK_GUEST_FS_DPL_RPL,
	VMX_ENTRY_CHECK_GUEST_GS_DPL_RPL,
	VMX_ENTRY_CHECK_GUEST_CS_DB_LONG,
	VMX_ENTRY_CHECK_GUEST_TR_TYPE,
	VMX_ENTRY_CHECK_GUEST_TR_S,
	VMX_ENTRY_CHECK_GUEST_TR_PRESENT,
	VMX_ENTRY_CHECK_GUEST_TR_AR_RESERVED,
	VMX_ENTRY_CHECK_GUEST_TR_USABLE,
	VMX_ENTRY_CHECK_GUEST_LDTR_TYPE,
	VMX_ENTRY_CHECK_GUEST_LDTR_S,
	VMX_ENTRY_CHECK_GUEST_LDTR_PRESENT,
	VMX_ENTRY_CHECK_GUEST_LDTR_AR_RESERVED,
	VMX_ENTRY_CHECK_GUEST_GDTR_BASE_CANONICAL,
	VMX_ENTRY_CHECK_GUEST_GDTR_LIMIT,
	VMX_ENTRY_CHECK_GUEST_IDTR_BASE_CANONICAL,
	VMX_ENTRY_CHECK_GUEST_IDTR_LIMIT,
	VMX_ENTRY_CHECK_GUEST_RIP_HIGH,
	VMX_ENTRY_CHECK_GUEST_RIP_CANONICAL,
	VMX_ENTRY_CHECK_GUEST_RFLAGS_RESERVED,
	VMX_ENTRY_CHECK_GUEST_RFLAGS_BIT1,
	VMX_ENTRY_CHECK_GUEST_RFLAGS_VM,
	VMX_ENTRY_CHECK_GUEST_RFLAGS_IF_INJECT,
	VMX_ENTRY_CHECK_GUEST_ACTIVITY_STATE_VALUE,
	VMX_ENTRY_CHECK_GUEST_ACTIVITY_STATE_SUPPORTED,
	VMX_ENTRY_CHECK_GUEST_HLT_SS_DPL,
	VMX_ENTRY_CHECK_GUEST_INTERRUPTIBILITY_RESERVED,
	VMX_ENTRY_CHECK_GUEST_STI_AND_MOV_SS,
	VMX_ENTRY_CHECK_GUEST_STI_NEEDS_IF,
	VMX_ENTRY_CHECK_GUEST_INJECT_INTERRUPT_UNBLOCKED,
	VMX_ENTRY_CHECK_GUEST_INJECT_NMI_MOV_SS,
	VMX_ENTRY_CHECK_GUEST_SMI_BLOCKING_OUTSIDE_SMM,
	VMX_ENTRY_CHECK_GUEST_PENDING_DEBUG_RESERVED,
	VMX_ENTRY_CHECK_GUEST_PDPTE0,
	VMX_ENTRY_CHECK_GUEST_PDPTE1,
	VMX_ENTRY_CHECK_GUEST_PDPTE2,
	VMX_ENTRY_CHECK_GUEST_PDPTE3,
	VMX_ENTRY_CHECK_GUEST_VMCS_LINK_POINTER,
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

/**
 * vmx_entry_check_class() - how the CPU reports a class of broken rules
 * @id: the class
 *
 * Return: its name, summary, error number or exit; NULL for no class.
 */
static inline const struct vmx_entry_check_class_info *
vmx_entry_check_class(enum vmx_entry_check_class_id id)
{
	static const struct vmx_entry_check_class_info classes[VMX_ENTRY_CHECK_CLASSES] = {
		{ "controls", "VMfailValid, VM-instruction error 7 (invalid control field)", 7, 0, 0LL, 0ULL },
		{ "host_state", "VMfailValid, VM-instruction error 8 (invalid host-state field)", 8, 0, 0LL, 0ULL },
		{ "guest_state", "VM exit, reason 33 (invalid guest state), qualification 0", -1, 1, 33LL, 0ULL },
		{ "guest_pdpte", "VM exit, reason 33 (invalid guest state), qualification 2 (PDPTE loading)", -1, 1, 33LL, 2ULL },
		{ "guest_link_pointer", "VM exit, reason 33 (invalid guest state), qualification 4 (VMCS link pointer)", -1, 1, 33LL, 4ULL },
	};

	return (unsigned int)id < VMX_ENTRY_CHECK_CLASSES ? &classes[id] : (void *)0;
}

/**
 * vmx_entry_check_rule() - a rule's name, section and statement
 * @id: the rule
 *
 * Return: the rule's name, manual section, one-line statement and class;
 * NULL for no rule.
 */
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
		{ "proc3_controls_allowed", "27.2.1.1",
		  "with tertiary controls activated, they are settings IA32_VMX_PROCBASED_CTLS3 allows",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "cr3_target_count", "27.2.1.1",
		  "the CR3-target count is at most the number IA32_VMX_MISC bits 24:16 report",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "io_bitmap_a_address", "27.2.1.1",
		  "with I/O bitmaps in use, the address of I/O bitmap A is 4-KByte aligned and within the physical-address width",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "io_bitmap_b_address", "27.2.1.1",
		  "with I/O bitmaps in use, the address of I/O bitmap B is 4-KByte aligned and within the physical-address width",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "msr_bitmaps_address", "27.2.1.1",
		  "with MSR bitmaps in use, their address is 4-KByte aligned and within the physical-address width",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "virtual_apic_address", "27.2.1.1",
		  "with the TPR shadow in use, the virtual-APIC address is 4-KByte aligned and within the physical-address width",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "tpr_threshold_bits", "27.2.1.1",
		  "with the TPR shadow in use and without virtual-interrupt delivery, bits 31:4 of the TPR threshold are 0",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "apic_virtualization_needs_tpr_shadow", "27.2.1.1",
		  "without the TPR shadow, virtualize x2APIC mode, APIC-register virtualization and virtual-interrupt delivery are 0",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "virtual_nmis_need_nmi_exiting", "27.2.1.1",
		  "virtual NMIs are 1 only with NMI exiting",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "nmi_window_needs_virtual_nmis", "27.2.1.1",
		  "NMI-window exiting is 1 only with virtual NMIs",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "apic_access_address", "27.2.1.1",
		  "with APIC accesses virtualized, the APIC-access address is 4-KByte aligned and within the physical-address width",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "x2apic_excludes_apic_accesses", "27.2.1.1",
		  "virtualize x2APIC mode and virtualize APIC accesses are not both 1",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "virtual_interrupt_delivery_needs_interrupt_exiting", "27.2.1.1",
		  "virtual-interrupt delivery is 1 only with external-interrupt exiting",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "posted_interrupts_need_delivery_and_ack", "27.2.1.1",
		  "posted-interrupt processing is 1 only with virtual-interrupt delivery and acknowledge interrupt on exit",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "posted_interrupt_vector", "27.2.1.1",
		  "with posted-interrupt processing, bits 15:8 of the notification vector are 0",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "posted_interrupt_descriptor_address", "27.2.1.1",
		  "with posted-interrupt processing, the descriptor address is 64-byte aligned and within the physical-address width",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "vpid_nonzero", "27.2.1.1",
		  "with VPIDs enabled, the VPID is not 0",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "eptp_memory_type", "27.2.1.1",
		  "with EPT, the EPTP memory type is UC or WB, one IA32_VMX_EPT_VPID_CAP allows",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "eptp_walk_length", "27.2.1.1",
		  "with EPT, the EPTP page-walk length is 4 or 5 levels (3 or 4), one IA32_VMX_EPT_VPID_CAP allows",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "eptp_accessed_dirty", "27.2.1.1",
		  "with EPT, EPTP bit 6 (accessed and dirty flags) is 1 only if IA32_VMX_EPT_VPID_CAP allows it",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "eptp_reserved", "27.2.1.1",
		  "with EPT, EPTP bits 11:8 are 0 and the address is within the physical-address width",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "unrestricted_guest_needs_ept", "27.2.1.1",
		  "unrestricted guest is 1 only with EPT",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "pml_needs_ept", "27.2.1.1",
		  "PML is 1 only with EPT",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "pml_address", "27.2.1.1",
		  "with PML, the PML address is 4-KByte aligned and within the physical-address width",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "mode_based_execute_needs_ept", "27.2.1.1",
		  "mode-based execute control for EPT is 1 only with EPT",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "vmread_bitmap_address", "27.2.1.1",
		  "with VMCS shadowing, the VMREAD-bitmap address is 4-KByte aligned and within the physical-address width",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "vmwrite_bitmap_address", "27.2.1.1",
		  "with VMCS shadowing, the VMWRITE-bitmap address is 4-KByte aligned and within the physical-address width",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "ve_information_address", "27.2.1.1",
		  "with EPT-violation #VE, the virtualization-exception information address is 4-KByte aligned and within the physical-address width",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "vm_function_controls_allowed", "27.2.1.1",
		  "with VM functions enabled, the VM-function controls are ones IA32_VMX_VMFUNC allows",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "eptp_switching_needs_ept", "27.2.1.1",
		  "EPTP switching is 1 only with EPT",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "eptp_list_address", "27.2.1.1",
		  "with EPTP switching, the EPTP-list address is 4-KByte aligned and within the physical-address width",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "exit_controls_allowed", "27.2.1.2",
		  "the primary VM-exit controls are settings IA32_VMX_(TRUE_)EXIT_CTLS allows",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "exit2_controls_allowed", "27.2.1.2",
		  "with secondary VM-exit controls activated, they are settings IA32_VMX_EXIT_CTLS2 allows",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "save_preemption_timer_needs_timer", "27.2.1.2",
		  "save VMX-preemption timer value is 1 only with the VMX-preemption timer active",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "exit_msr_store_address", "27.2.1.2",
		  "with a VM-exit MSR-store count, the MSR-store address is 16-byte aligned and within the physical-address width",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "exit_msr_load_address", "27.2.1.2",
		  "with a VM-exit MSR-load count, the MSR-load address is 16-byte aligned and within the physical-address width",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "entry_controls_allowed", "27.2.1.3",
		  "the VM-entry controls are settings IA32_VMX_(TRUE_)ENTRY_CTLS allows",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "entry_to_smm_outside_smm", "27.2.1.3",
		  "outside SMM, entry to SMM is 0",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "dual_monitor_outside_smm", "27.2.1.3",
		  "outside SMM, deactivate dual-monitor treatment is 0",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "entry_msr_load_address", "27.2.1.3",
		  "with a VM-entry MSR-load count, the MSR-load address is 16-byte aligned and within the physical-address width",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "event_type_not_reserved", "27.2.1.3",
		  "an injected event's type is not the reserved type 1",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "event_other_needs_mtf", "27.2.1.3",
		  "an injected other event (type 7) needs a CPU that allows the monitor trap flag control (IA32_VMX_PROCBASED_CTLS bit 59)",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "event_nmi_vector", "27.2.1.3",
		  "an injected NMI has vector 2",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "event_exception_vector", "27.2.1.3",
		  "an injected hardware exception has a vector of at most 31",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "event_other_vector", "27.2.1.3",
		  "an injected other event (type 7) has vector 0",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "event_reserved_bits", "27.2.1.3",
		  "bits 30:12 of the VM-entry interruption information are 0",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "event_error_code_only_exceptions", "27.2.1.3",
		  "an error code is delivered only with a hardware exception that has one (#DF, #TS, #NP, #SS, #GP, #PF, #AC, #CP) in protected mode",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "event_error_code_needed", "27.2.1.3",
		  "a hardware exception that has an error code, injected in protected mode, delivers one",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "event_error_code_bits", "27.2.1.3",
		  "a delivered error code has bits 31:16 clear",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "event_instruction_length", "27.2.1.3",
		  "a software interrupt or exception is injected with an instruction length of 1 to 15 (0 if IA32_VMX_MISC allows it)",
		  VMX_ENTRY_CHECK_CLASS_CONTROLS },
		{ "host_cr0_fixed", "27.2.2",
		  "host CR0 has the bits IA32_VMX_CR0_FIXED0/FIXED1 fix at their fixed values",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_cr4_fixed", "27.2.2",
		  "host CR4 has the bits IA32_VMX_CR4_FIXED0/FIXED1 fix at their fixed values",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_cr3_width", "27.2.2",
		  "host CR3 is within the physical-address width",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_sysenter_esp_canonical", "27.2.2",
		  "the host IA32_SYSENTER_ESP is a canonical address",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_sysenter_eip_canonical", "27.2.2",
		  "the host IA32_SYSENTER_EIP is a canonical address",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_pat", "27.2.2",
		  "with load IA32_PAT, each entry of the host IA32_PAT is a valid memory type (0, 1, 4, 5, 6, 7)",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_efer_reserved", "27.2.2",
		  "with load IA32_EFER, the host IA32_EFER has its reserved bits clear (all but SCE, LME, LMA, NXE)",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_efer_lma_lme", "27.2.2",
		  "with load IA32_EFER, host IA32_EFER.LMA and LME equal host address-space size",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_es_selector_rpl_ti", "27.2.3",
		  "the host ES selector has RPL 0 and TI 0",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_cs_selector_rpl_ti", "27.2.3",
		  "the host CS selector has RPL 0 and TI 0",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_ss_selector_rpl_ti", "27.2.3",
		  "the host SS selector has RPL 0 and TI 0",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_ds_selector_rpl_ti", "27.2.3",
		  "the host DS selector has RPL 0 and TI 0",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_fs_selector_rpl_ti", "27.2.3",
		  "the host FS selector has RPL 0 and TI 0",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_gs_selector_rpl_ti", "27.2.3",
		  "the host GS selector has RPL 0 and TI 0",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_tr_selector_rpl_ti", "27.2.3",
		  "the host TR selector has RPL 0 and TI 0",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_cs_selector_nonzero", "27.2.3",
		  "the host CS selector is not 0",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_tr_selector_nonzero", "27.2.3",
		  "the host TR selector is not 0",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_ss_selector_nonzero", "27.2.3",
		  "without host address-space size, the host SS selector is not 0",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_fs_base_canonical", "27.2.3",
		  "the host FS base is a canonical address",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_gs_base_canonical", "27.2.3",
		  "the host GS base is a canonical address",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_gdtr_base_canonical", "27.2.3",
		  "the host GDTR base is a canonical address",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_idtr_base_canonical", "27.2.3",
		  "the host IDTR base is a canonical address",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_tr_base_canonical", "27.2.3",
		  "the host TR base is a canonical address",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_address_space_size_mode", "27.2.4",
		  "host address-space size is 1 exactly when the logical processor is in IA-32e mode",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_32_no_ia32e_guest", "27.2.4",
		  "without host address-space size, IA-32e mode guest is 0",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_32_no_pcide", "27.2.4",
		  "without host address-space size, host CR4.PCIDE is 0",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_32_rip", "27.2.4",
		  "without host address-space size, bits 63:32 of the host RIP are 0",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_64_pae", "27.2.4",
		  "with host address-space size, host CR4.PAE is 1",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "host_64_rip_canonical", "27.2.4",
		  "with host address-space size, the host RIP is a canonical address",
		  VMX_ENTRY_CHECK_CLASS_HOST_STATE },
		{ "guest_cr0_fixed", "27.3.1.1",
		  "without unrestricted guest, guest CR0 has the bits IA32_VMX_CR0_FIXED0/FIXED1 fix at their fixed values",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_cr0_fixed_unrestricted", "27.3.1.1",
		  "with unrestricted guest, guest CR0 has the fixed bits at their fixed values but for PE and PG",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_cr0_pg_needs_pe", "27.3.1.1",
		  "guest CR0.PG is 1 only with CR0.PE",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_cr4_fixed", "27.3.1.1",
		  "guest CR4 has the bits IA32_VMX_CR4_FIXED0/FIXED1 fix at their fixed values",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_ia32e_paging", "27.3.1.1",
		  "an IA-32e mode guest has CR0.PG 1",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_ia32e_pae", "27.3.1.1",
		  "an IA-32e mode guest has CR4.PAE 1",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_32_no_pcide", "27.3.1.1",
		  "a guest outside IA-32e mode has CR4.PCIDE 0",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_cr3_width", "27.3.1.1",
		  "guest CR3 is within the physical-address width",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_dr7_high", "27.3.1.1",
		  "with load debug controls, bits 63:32 of guest DR7 are 0",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_sysenter_esp_canonical", "27.3.1.1",
		  "the guest IA32_SYSENTER_ESP is a canonical address",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_sysenter_eip_canonical", "27.3.1.1",
		  "the guest IA32_SYSENTER_EIP is a canonical address",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_pat", "27.3.1.1",
		  "with load IA32_PAT, each entry of the guest IA32_PAT is a valid memory type (0, 1, 4, 5, 6, 7)",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_efer_reserved", "27.3.1.1",
		  "with load IA32_EFER, the guest IA32_EFER has its reserved bits clear (all but SCE, LME, LMA, NXE)",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_efer_lma", "27.3.1.1",
		  "with load IA32_EFER, guest IA32_EFER.LMA equals IA-32e mode guest",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_efer_lme", "27.3.1.1",
		  "with load IA32_EFER and guest CR0.PG, guest IA32_EFER.LME equals IA-32e mode guest",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_tr_ti", "27.3.1.2",
		  "the guest TR selector has TI 0",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_ldtr_ti", "27.3.1.2",
		  "a usable guest LDTR selector has TI 0",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_ss_rpl_cs_rpl", "27.3.1.2",
		  "outside virtual-8086 mode and without unrestricted guest, the guest SS and CS selectors have the same RPL",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_tr_base_canonical", "27.3.1.2",
		  "the guest TR base is a canonical address",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_fs_base_canonical", "27.3.1.2",
		  "the guest FS base is a canonical address",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_gs_base_canonical", "27.3.1.2",
		  "the guest GS base is a canonical address",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_ldtr_base_canonical", "27.3.1.2",
		  "a usable guest LDTR's base is a canonical address",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_cs_base_high", "27.3.1.2",
		  "bits 63:32 of the guest CS base are 0",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_ss_base_high", "27.3.1.2",
		  "bits 63:32 of a usable guest SS's base are 0",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_ds_base_high", "27.3.1.2",
		  "bits 63:32 of a usable guest DS's base are 0",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_es_base_high", "27.3.1.2",
		  "bits 63:32 of a usable guest ES's base are 0",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_cs_type", "27.3.1.2",
		  "without unrestricted guest, the guest CS type is an accessed code segment (9, 11, 13 or 15)",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_cs_type_unrestricted", "27.3.1.2",
		  "with unrestricted guest, the guest CS type is 3 or an accessed code segment (9, 11, 13, 15)",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_ss_type", "27.3.1.2",
		  "a usable guest SS is a writable accessed data segment (type 3 or 7)",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_ds_type", "27.3.1.2",
		  "a usable guest DS is accessed, and readable if it is a code segment",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_es_type", "27.3.1.2",
		  "a usable guest ES is accessed, and readable if it is a code segment",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_fs_type", "27.3.1.2",
		  "a usable guest FS is accessed, and readable if it is a code segment",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_gs_type", "27.3.1.2",
		  "a usable guest GS is accessed, and readable if it is a code segment",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_cs_s", "27.3.1.2",
		  "the guest CS is a code or data segment (S 1)",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_cs_present", "27.3.1.2",
		  "the guest CS is present (P 1)",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_cs_ar_reserved", "27.3.1.2",
		  "the guest CS has access-rights bits 11:8 and 31:17 clear",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_ss_s", "27.3.1.2",
		  "a usable guest SS is a code or data segment (S 1)",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_ss_present", "27.3.1.2",
		  "a usable guest SS is present (P 1)",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_ss_ar_reserved", "27.3.1.2",
		  "a usable guest SS has access-rights bits 11:8 and 31:17 clear",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_ds_s", "27.3.1.2",
		  "a usable guest DS is a code or data segment (S 1)",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_ds_present", "27.3.1.2",
		  "a usable guest DS is present (P 1)",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_ds_ar_reserved", "27.3.1.2",
		  "a usable guest DS has access-rights bits 11:8 and 31:17 clear",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_es_s", "27.3.1.2",
		  "a usable guest ES is a code or data segment (S 1)",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_es_present", "27.3.1.2",
		  "a usable guest ES is present (P 1)",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_es_ar_reserved", "27.3.1.2",
		  "a usable guest ES has access-rights bits 11:8 and 31:17 clear",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_fs_s", "27.3.1.2",
		  "a usable guest FS is a code or data segment (S 1)",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_fs_present", "27.3.1.2",
		  "a usable guest FS is present (P 1)",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_fs_ar_reserved", "27.3.1.2",
		  "a usable guest FS has access-rights bits 11:8 and 31:17 clear",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_gs_s", "27.3.1.2",
		  "a usable guest GS is a code or data segment (S 1)",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_gs_present", "27.3.1.2",
		  "a usable guest GS is present (P 1)",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_gs_ar_reserved", "27.3.1.2",
		  "a usable guest GS has access-rights bits 11:8 and 31:17 clear",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_cs_limit_granularity", "27.3.1.2",
		  "the guest CS has G 0 if any of limit bits 11:0 is 0, and G 1 if any of limit bits 31:20 is 1",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_ss_limit_granularity", "27.3.1.2",
		  "a usable guest SS has G 0 if any of limit bits 11:0 is 0, and G 1 if any of limit bits 31:20 is 1",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_ds_limit_granularity", "27.3.1.2",
		  "a usable guest DS has G 0 if any of limit bits 11:0 is 0, and G 1 if any of limit bits 31:20 is 1",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_es_limit_granularity", "27.3.1.2",
		  "a usable guest ES has G 0 if any of limit bits 11:0 is 0, and G 1 if any of limit bits 31:20 is 1",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_fs_limit_granularity", "27.3.1.2",
		  "a usable guest FS has G 0 if any of limit bits 11:0 is 0, and G 1 if any of limit bits 31:20 is 1",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_gs_limit_granularity", "27.3.1.2",
		  "a usable guest GS has G 0 if any of limit bits 11:0 is 0, and G 1 if any of limit bits 31:20 is 1",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_tr_limit_granularity", "27.3.1.2",
		  "the guest TR has G 0 if any of limit bits 11:0 is 0, and G 1 if any of limit bits 31:20 is 1",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_ldtr_limit_granularity", "27.3.1.2",
		  "a usable guest LDTR has G 0 if any of limit bits 11:0 is 0, and G 1 if any of limit bits 31:20 is 1",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_cs_dpl_type_3", "27.3.1.2",
		  "a guest CS of type 3 (unrestricted guest) has DPL 0",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_cs_dpl_nonconforming", "27.3.1.2",
		  "a non-conforming guest CS (type 9 or 11) has the DPL of SS",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_cs_dpl_conforming", "27.3.1.2",
		  "a conforming guest CS (type 13 or 15) has a DPL of at most SS's",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_ss_dpl_rpl", "27.3.1.2",
		  "without unrestricted guest, the guest SS DPL equals the SS selector's RPL",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_ss_dpl_real", "27.3.1.2",
		  "the guest SS DPL is 0 when CS has type 3 or CR0.PE is 0",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_ds_dpl_rpl", "27.3.1.2",
		  "without unrestricted guest, a usable guest DS that is data or non-conforming code has a DPL of at least its RPL",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_es_dpl_rpl", "27.3.1.2",
		  "without unrestricted guest, a usable guest ES that is data or non-conforming code has a DPL of at least its RPL",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_fs_dpl_rpl", "27.3.1.2",
		  "without unrestricted guest, a usable guest FS that is data or non-conforming code has a DPL of at least its RPL",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_gs_dpl_rpl", "27.3.1.2",
		  "without unrestricted guest, a usable guest GS that is data or non-conforming code has a DPL of at least its RPL",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_cs_db_long", "27.3.1.2",
		  "in an IA-32e mode guest, a 64-bit CS (L 1) has D/B 0",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_tr_type", "27.3.1.2",
		  "the guest TR is a busy TSS: type 11, or 3 (16-bit) outside IA-32e mode",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_tr_s", "27.3.1.2",
		  "the guest TR is a system segment (S 0)",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_tr_present", "27.3.1.2",
		  "the guest TR is present (P 1)",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_tr_ar_reserved", "27.3.1.2",
		  "the guest TR has access-rights bits 11:8 and 31:17 clear",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_tr_usable", "27.3.1.2",
		  "the guest TR is usable",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_ldtr_type", "27.3.1.2",
		  "a usable guest LDTR is an LDT (type 2)",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_ldtr_s", "27.3.1.2",
		  "a usable guest LDTR is a system segment (S 0)",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_ldtr_present", "27.3.1.2",
		  "a usable guest LDTR is present (P 1)",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_ldtr_ar_reserved", "27.3.1.2",
		  "a usable guest LDTR has access-rights bits 11:8 and 31:17 clear",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_gdtr_base_canonical", "27.3.1.3",
		  "the guest GDTR base is a canonical address",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_gdtr_limit", "27.3.1.3",
		  "bits 31:16 of the guest GDTR limit are 0",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_idtr_base_canonical", "27.3.1.3",
		  "the guest IDTR base is a canonical address",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_idtr_limit", "27.3.1.3",
		  "bits 31:16 of the guest IDTR limit are 0",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_rip_high", "27.3.1.4",
		  "outside 64-bit mode (IA-32e mode guest with CS.L), bits 63:32 of the guest RIP are 0",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_rip_canonical", "27.3.1.4",
		  "in 64-bit mode (IA-32e mode guest with CS.L), the guest RIP is a canonical address",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_rflags_reserved", "27.3.1.4",
		  "guest RFLAGS bits 63:22, 15, 5 and 3 are 0",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_rflags_bit1", "27.3.1.4",
		  "guest RFLAGS bit 1 is 1",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_rflags_vm", "27.3.1.4",
		  "guest RFLAGS.VM is 0 in an IA-32e mode guest or with CR0.PE 0",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_rflags_if_inject", "27.3.1.4",
		  "guest RFLAGS.IF is 1 when an external interrupt is injected",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_activity_state_value", "27.3.1.5",
		  "the guest activity state is 0 to 3",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_activity_state_supported", "27.3.1.5",
		  "a guest activity state other than active is one IA32_VMX_MISC says the CPU supports",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_hlt_ss_dpl", "27.3.1.5",
		  "the HLT activity state needs guest SS DPL 0",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_interruptibility_reserved", "27.3.1.5",
		  "bits 31:5 of the guest interruptibility state are 0",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_sti_and_mov_ss", "27.3.1.5",
		  "blocking by STI and blocking by MOV SS are not both set",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_sti_needs_if", "27.3.1.5",
		  "blocking by STI is 0 when guest RFLAGS.IF is 0",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_inject_interrupt_unblocked", "27.3.1.5",
		  "an injected external interrupt needs blocking by STI and by MOV SS 0",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_inject_nmi_mov_ss", "27.3.1.5",
		  "an injected NMI needs blocking by MOV SS 0",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_smi_blocking_outside_smm", "27.3.1.5",
		  "outside SMM, blocking by SMI is 0",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_pending_debug_reserved", "27.3.1.5",
		  "the guest pending debug exceptions have bits 11:4, 13, 15 and 63:17 clear",
		  VMX_ENTRY_CHECK_CLASS_GUEST_STATE },
		{ "guest_pdpte0", "27.3.1.6",
		  "with EPT and PAE paging outside IA-32e mode, a present guest PDPTE0 has bits 2:1 and 8:5 clear and its address within the physical-address width",
		  VMX_ENTRY_CHECK_CLASS_GUEST_PDPTE },
		{ "guest_pdpte1", "27.3.1.6",
		  "with EPT and PAE paging outside IA-32e mode, a present guest PDPTE1 has bits 2:1 and 8:5 clear and its address within the physical-address width",
		  VMX_ENTRY_CHECK_CLASS_GUEST_PDPTE },
		{ "guest_pdpte2", "27.3.1.6",
		  "with EPT and PAE paging outside IA-32e mode, a present guest PDPTE2 has bits 2:1 and 8:5 clear and its address within the physical-address width",
		  VMX_ENTRY_CHECK_CLASS_GUEST_PDPTE },
		{ "guest_pdpte3", "27.3.1.6",
		  "with EPT and PAE paging outside IA-32e mode, a present guest PDPTE3 has bits 2:1 and 8:5 clear and its address within the physical-address width",
		  VMX_ENTRY_CHECK_CLASS_GUEST_PDPTE },
		{ "guest_vmcs_link_pointer", "27.3.1.5",
		  "a VMCS link pointer other than all ones is 4-KByte aligned and within the physical-address width",
		  VMX_ENTRY_CHECK_CLASS_GUEST_LINK_POINTER },
	};

	return (unsigned int)id < VMX_ENTRY_CHECK_RULES ? &rules[id] : (void *)0;
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
		void (*report)(void *, enum vmx_entry_check_rule_id), void *ctx)
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

	/* 27.2.1.1: with tertiary controls activated, they are settings IA32_VMX_PROCBASED_CTLS3 allows */
	if ((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 17) & 1) &&
	    !__vmx_entry_check_allowed64(s->tertiary_processor_based_vm_execution_controls, s->ia32_vmx_procbased_ctls3)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_PROC3_CONTROLS_ALLOWED);
	}

	/* 27.2.1.1: the CR3-target count is at most the number IA32_VMX_MISC bits 24:16 report */
	if (!((vmx_u64)s->cr3_target_count <= (((vmx_u64)s->ia32_vmx_misc >> 16) & 0x1ff))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_CR3_TARGET_COUNT);
	}

	/* 27.2.1.1: with I/O bitmaps in use, the address of I/O bitmap A is 4-KByte aligned and within the physical-address width */
	if ((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 25) & 1) &&
	    !((((vmx_u64)s->io_bitmap_a_address & 0xfff) == 0) && __vmx_entry_check_fits((vmx_u64)s->io_bitmap_a_address, (vmx_u64)s->maxphyaddr))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_IO_BITMAP_A_ADDRESS);
	}

	/* 27.2.1.1: with I/O bitmaps in use, the address of I/O bitmap B is 4-KByte aligned and within the physical-address width */
	if ((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 25) & 1) &&
	    !((((vmx_u64)s->io_bitmap_b_address & 0xfff) == 0) && __vmx_entry_check_fits((vmx_u64)s->io_bitmap_b_address, (vmx_u64)s->maxphyaddr))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_IO_BITMAP_B_ADDRESS);
	}

	/* 27.2.1.1: with MSR bitmaps in use, their address is 4-KByte aligned and within the physical-address width */
	if ((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 28) & 1) &&
	    !((((vmx_u64)s->msr_bitmaps_address & 0xfff) == 0) && __vmx_entry_check_fits((vmx_u64)s->msr_bitmaps_address, (vmx_u64)s->maxphyaddr))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_MSR_BITMAPS_ADDRESS);
	}

	/* 27.2.1.1: with the TPR shadow in use, the virtual-APIC address is 4-KByte aligned and within the physical-address width */
	if ((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 21) & 1) &&
	    !((((vmx_u64)s->virtual_apic_address & 0xfff) == 0) && __vmx_entry_check_fits((vmx_u64)s->virtual_apic_address, (vmx_u64)s->maxphyaddr))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_VIRTUAL_APIC_ADDRESS);
	}

	/* 27.2.1.1: with the TPR shadow in use and without virtual-interrupt delivery, bits 31:4 of the TPR threshold are 0 */
	if (((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 21) & 1) && !((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 9) & 1))) &&
	    !((((vmx_u64)s->tpr_threshold >> 4) & 0xfffffff) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_TPR_THRESHOLD_BITS);
	}

	/* 27.2.1.1: without the TPR shadow, virtualize x2APIC mode, APIC-register virtualization and virtual-interrupt delivery are 0 */
	if (((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && !(((vmx_u64)s->primary_processor_based_vm_execution_controls >> 21) & 1)) &&
	    !!((((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 4) & 1) || (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 8) & 1) || (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 9) & 1))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_APIC_VIRTUALIZATION_NEEDS_TPR_SHADOW);
	}

	/* 27.2.1.1: virtual NMIs are 1 only with NMI exiting */
	if (!(((vmx_u64)s->pin_based_vm_execution_controls >> 3) & 1) &&
	    !!(((vmx_u64)s->pin_based_vm_execution_controls >> 5) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_VIRTUAL_NMIS_NEED_NMI_EXITING);
	}

	/* 27.2.1.1: NMI-window exiting is 1 only with virtual NMIs */
	if (!(((vmx_u64)s->pin_based_vm_execution_controls >> 5) & 1) &&
	    !!(((vmx_u64)s->primary_processor_based_vm_execution_controls >> 22) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_NMI_WINDOW_NEEDS_VIRTUAL_NMIS);
	}

	/* 27.2.1.1: with APIC accesses virtualized, the APIC-access address is 4-KByte aligned and within the physical-address width */
	if (((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && ((vmx_u64)s->secondary_processor_based_vm_execution_controls & 1)) &&
	    !((((vmx_u64)s->apic_access_address & 0xfff) == 0) && __vmx_entry_check_fits((vmx_u64)s->apic_access_address, (vmx_u64)s->maxphyaddr))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_APIC_ACCESS_ADDRESS);
	}

	/* 27.2.1.1: virtualize x2APIC mode and virtualize APIC accesses are not both 1 */
	if (((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 4) & 1)) &&
	    !!((vmx_u64)s->secondary_processor_based_vm_execution_controls & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_X2APIC_EXCLUDES_APIC_ACCESSES);
	}

	/* 27.2.1.1: virtual-interrupt delivery is 1 only with external-interrupt exiting */
	if (((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 9) & 1)) &&
	    !((vmx_u64)s->pin_based_vm_execution_controls & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_VIRTUAL_INTERRUPT_DELIVERY_NEEDS_INTERRUPT_EXITING);
	}

	/* 27.2.1.1: posted-interrupt processing is 1 only with virtual-interrupt delivery and acknowledge interrupt on exit */
	if ((((vmx_u64)s->pin_based_vm_execution_controls >> 7) & 1) &&
	    !((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 9) & 1) && (((vmx_u64)s->primary_vm_exit_controls >> 15) & 1))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_POSTED_INTERRUPTS_NEED_DELIVERY_AND_ACK);
	}

	/* 27.2.1.1: with posted-interrupt processing, bits 15:8 of the notification vector are 0 */
	if ((((vmx_u64)s->pin_based_vm_execution_controls >> 7) & 1) &&
	    !((((vmx_u64)s->posted_interrupt_notification_vector >> 8) & 0xff) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_POSTED_INTERRUPT_VECTOR);
	}

	/* 27.2.1.1: with posted-interrupt processing, the descriptor address is 64-byte aligned and within the physical-address width */
	if ((((vmx_u64)s->pin_based_vm_execution_controls >> 7) & 1) &&
	    !((((vmx_u64)s->posted_interrupt_descriptor_address & 0x3f) == 0) && __vmx_entry_check_fits((vmx_u64)s->posted_interrupt_descriptor_address, (vmx_u64)s->maxphyaddr))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_POSTED_INTERRUPT_DESCRIPTOR_ADDRESS);
	}

	/* 27.2.1.1: with VPIDs enabled, the VPID is not 0 */
	if (((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 5) & 1)) &&
	    !((vmx_u64)s->virtual_processor_id != 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_VPID_NONZERO);
	}

	/* 27.2.1.1: with EPT, the EPTP memory type is UC or WB, one IA32_VMX_EPT_VPID_CAP allows */
	if (((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 1) & 1)) &&
	    !(((((vmx_u64)s->ept_pointer & 7) == 0) && (((vmx_u64)s->ia32_vmx_ept_vpid_cap >> 8) & 1)) || ((((vmx_u64)s->ept_pointer & 7) == 6) && (((vmx_u64)s->ia32_vmx_ept_vpid_cap >> 14) & 1)))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_EPTP_MEMORY_TYPE);
	}

	/* 27.2.1.1: with EPT, the EPTP page-walk length is 4 or 5 levels (3 or 4), one IA32_VMX_EPT_VPID_CAP allows */
	if (((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 1) & 1)) &&
	    !((((((vmx_u64)s->ept_pointer >> 3) & 7) == 3) && (((vmx_u64)s->ia32_vmx_ept_vpid_cap >> 6) & 1)) || (((((vmx_u64)s->ept_pointer >> 3) & 7) == 4) && (((vmx_u64)s->ia32_vmx_ept_vpid_cap >> 7) & 1)))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_EPTP_WALK_LENGTH);
	}

	/* 27.2.1.1: with EPT, EPTP bit 6 (accessed and dirty flags) is 1 only if IA32_VMX_EPT_VPID_CAP allows it */
	if (((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 1) & 1)) &&
	    !(!(((vmx_u64)s->ept_pointer >> 6) & 1) || (((vmx_u64)s->ia32_vmx_ept_vpid_cap >> 21) & 1))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_EPTP_ACCESSED_DIRTY);
	}

	/* 27.2.1.1: with EPT, EPTP bits 11:8 are 0 and the address is within the physical-address width */
	if (((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 1) & 1)) &&
	    !(((((vmx_u64)s->ept_pointer >> 8) & 0xf) == 0) && __vmx_entry_check_fits((vmx_u64)s->ept_pointer, (vmx_u64)s->maxphyaddr))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_EPTP_RESERVED);
	}

	/* 27.2.1.1: unrestricted guest is 1 only with EPT */
	if (((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 7) & 1)) &&
	    !(((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 1) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_UNRESTRICTED_GUEST_NEEDS_EPT);
	}

	/* 27.2.1.1: PML is 1 only with EPT */
	if (((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 17) & 1)) &&
	    !(((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 1) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_PML_NEEDS_EPT);
	}

	/* 27.2.1.1: with PML, the PML address is 4-KByte aligned and within the physical-address width */
	if (((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 17) & 1)) &&
	    !((((vmx_u64)s->pml_address & 0xfff) == 0) && __vmx_entry_check_fits((vmx_u64)s->pml_address, (vmx_u64)s->maxphyaddr))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_PML_ADDRESS);
	}

	/* 27.2.1.1: mode-based execute control for EPT is 1 only with EPT */
	if (((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 22) & 1)) &&
	    !(((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 1) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_MODE_BASED_EXECUTE_NEEDS_EPT);
	}

	/* 27.2.1.1: with VMCS shadowing, the VMREAD-bitmap address is 4-KByte aligned and within the physical-address width */
	if (((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 14) & 1)) &&
	    !((((vmx_u64)s->vmread_bitmap_address & 0xfff) == 0) && __vmx_entry_check_fits((vmx_u64)s->vmread_bitmap_address, (vmx_u64)s->maxphyaddr))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_VMREAD_BITMAP_ADDRESS);
	}

	/* 27.2.1.1: with VMCS shadowing, the VMWRITE-bitmap address is 4-KByte aligned and within the physical-address width */
	if (((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 14) & 1)) &&
	    !((((vmx_u64)s->vmwrite_bitmap_address & 0xfff) == 0) && __vmx_entry_check_fits((vmx_u64)s->vmwrite_bitmap_address, (vmx_u64)s->maxphyaddr))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_VMWRITE_BITMAP_ADDRESS);
	}

	/* 27.2.1.1: with EPT-violation #VE, the virtualization-exception information address is 4-KByte aligned and within the physical-address width */
	if (((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 18) & 1)) &&
	    !((((vmx_u64)s->virtualization_exception_information_address & 0xfff) == 0) && __vmx_entry_check_fits((vmx_u64)s->virtualization_exception_information_address, (vmx_u64)s->maxphyaddr))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_VE_INFORMATION_ADDRESS);
	}

	/* 27.2.1.1: with VM functions enabled, the VM-function controls are ones IA32_VMX_VMFUNC allows */
	if (((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 13) & 1)) &&
	    !(((vmx_u64)s->vm_function_controls & (~(vmx_u64)s->ia32_vmx_vmfunc & 0xffffffffffffffffULL)) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_VM_FUNCTION_CONTROLS_ALLOWED);
	}

	/* 27.2.1.1: EPTP switching is 1 only with EPT */
	if (((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 13) & 1) && ((vmx_u64)s->vm_function_controls & 1)) &&
	    !(((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 1) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_EPTP_SWITCHING_NEEDS_EPT);
	}

	/* 27.2.1.1: with EPTP switching, the EPTP-list address is 4-KByte aligned and within the physical-address width */
	if (((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 13) & 1) && ((vmx_u64)s->vm_function_controls & 1)) &&
	    !((((vmx_u64)s->eptp_list_address & 0xfff) == 0) && __vmx_entry_check_fits((vmx_u64)s->eptp_list_address, (vmx_u64)s->maxphyaddr))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_EPTP_LIST_ADDRESS);
	}

	/* 27.2.1.2: the primary VM-exit controls are settings IA32_VMX_(TRUE_)EXIT_CTLS allows */
	if (!__vmx_entry_check_allowed32(s->primary_vm_exit_controls, __vmx_entry_check_msr(s->ia32_vmx_basic, 55, s->ia32_vmx_exit_ctls, s->ia32_vmx_true_exit_ctls))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_EXIT_CONTROLS_ALLOWED);
	}

	/* 27.2.1.2: with secondary VM-exit controls activated, they are settings IA32_VMX_EXIT_CTLS2 allows */
	if ((((vmx_u64)s->primary_vm_exit_controls >> 31) & 1) &&
	    !__vmx_entry_check_allowed64(s->secondary_vm_exit_controls, s->ia32_vmx_exit_ctls2)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_EXIT2_CONTROLS_ALLOWED);
	}

	/* 27.2.1.2: save VMX-preemption timer value is 1 only with the VMX-preemption timer active */
	if (!(((vmx_u64)s->pin_based_vm_execution_controls >> 6) & 1) &&
	    !!(((vmx_u64)s->primary_vm_exit_controls >> 22) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_SAVE_PREEMPTION_TIMER_NEEDS_TIMER);
	}

	/* 27.2.1.2: with a VM-exit MSR-store count, the MSR-store address is 16-byte aligned and within the physical-address width */
	if (((vmx_u64)s->vm_exit_msr_store_count != 0) &&
	    !((((vmx_u64)s->vm_exit_msr_store_address & 0xf) == 0) && __vmx_entry_check_fits((vmx_u64)s->vm_exit_msr_store_address, (vmx_u64)s->maxphyaddr))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_EXIT_MSR_STORE_ADDRESS);
	}

	/* 27.2.1.2: with a VM-exit MSR-load count, the MSR-load address is 16-byte aligned and within the physical-address width */
	if (((vmx_u64)s->vm_exit_msr_load_count != 0) &&
	    !((((vmx_u64)s->vm_exit_msr_load_address & 0xf) == 0) && __vmx_entry_check_fits((vmx_u64)s->vm_exit_msr_load_address, (vmx_u64)s->maxphyaddr))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_EXIT_MSR_LOAD_ADDRESS);
	}

	/* 27.2.1.3: the VM-entry controls are settings IA32_VMX_(TRUE_)ENTRY_CTLS allows */
	if (!__vmx_entry_check_allowed32(s->vm_entry_controls, __vmx_entry_check_msr(s->ia32_vmx_basic, 55, s->ia32_vmx_entry_ctls, s->ia32_vmx_true_entry_ctls))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_ENTRY_CONTROLS_ALLOWED);
	}

	/* 27.2.1.3: outside SMM, entry to SMM is 0 */
	if (!!(((vmx_u64)s->vm_entry_controls >> 10) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_ENTRY_TO_SMM_OUTSIDE_SMM);
	}

	/* 27.2.1.3: outside SMM, deactivate dual-monitor treatment is 0 */
	if (!!(((vmx_u64)s->vm_entry_controls >> 11) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_DUAL_MONITOR_OUTSIDE_SMM);
	}

	/* 27.2.1.3: with a VM-entry MSR-load count, the MSR-load address is 16-byte aligned and within the physical-address width */
	if (((vmx_u64)s->vm_entry_msr_load_count != 0) &&
	    !((((vmx_u64)s->vm_entry_msr_load_address & 0xf) == 0) && __vmx_entry_check_fits((vmx_u64)s->vm_entry_msr_load_address, (vmx_u64)s->maxphyaddr))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_ENTRY_MSR_LOAD_ADDRESS);
	}

	/* 27.2.1.3: an injected event's type is not the reserved type 1 */
	if ((((vmx_u64)s->vm_entry_interruption_information >> 31) & 1) &&
	    !((((vmx_u64)s->vm_entry_interruption_information >> 8) & 7) != 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_EVENT_TYPE_NOT_RESERVED);
	}

	/* 27.2.1.3: an injected other event (type 7) needs a CPU that allows the monitor trap flag control (IA32_VMX_PROCBASED_CTLS bit 59) */
	if (((((vmx_u64)s->vm_entry_interruption_information >> 31) & 1) && ((((vmx_u64)s->vm_entry_interruption_information >> 8) & 7) == 7)) &&
	    !(((vmx_u64)s->ia32_vmx_procbased_ctls >> 59) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_EVENT_OTHER_NEEDS_MTF);
	}

	/* 27.2.1.3: an injected NMI has vector 2 */
	if (((((vmx_u64)s->vm_entry_interruption_information >> 31) & 1) && ((((vmx_u64)s->vm_entry_interruption_information >> 8) & 7) == 2)) &&
	    !(((vmx_u64)s->vm_entry_interruption_information & 0xff) == 2)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_EVENT_NMI_VECTOR);
	}

	/* 27.2.1.3: an injected hardware exception has a vector of at most 31 */
	if (((((vmx_u64)s->vm_entry_interruption_information >> 31) & 1) && ((((vmx_u64)s->vm_entry_interruption_information >> 8) & 7) == 3)) &&
	    !(((vmx_u64)s->vm_entry_interruption_information & 0xff) <= 0x1f)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_EVENT_EXCEPTION_VECTOR);
	}

	/* 27.2.1.3: an injected other event (type 7) has vector 0 */
	if (((((vmx_u64)s->vm_entry_interruption_information >> 31) & 1) && ((((vmx_u64)s->vm_entry_interruption_information >> 8) & 7) == 7)) &&
	    !(((vmx_u64)s->vm_entry_interruption_information & 0xff) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_EVENT_OTHER_VECTOR);
	}

	/* 27.2.1.3: bits 30:12 of the VM-entry interruption information are 0 */
	if ((((vmx_u64)s->vm_entry_interruption_information >> 31) & 1) &&
	    !((((vmx_u64)s->vm_entry_interruption_information >> 12) & 0x7ffff) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_EVENT_RESERVED_BITS);
	}

	/* 27.2.1.3: an error code is delivered only with a hardware exception that has one (#DF, #TS, #NP, #SS, #GP, #PF, #AC, #CP) in protected mode */
	if (((((vmx_u64)s->vm_entry_interruption_information >> 31) & 1) && (((vmx_u64)s->vm_entry_interruption_information >> 11) & 1) && !(((vmx_u64)s->ia32_vmx_basic >> 56) & 1)) &&
	    !(((((vmx_u64)s->vm_entry_interruption_information >> 8) & 7) == 3) && (((vmx_u64)s->vm_entry_interruption_information & 0xff) < 64 && ((0x227d00ULL >> ((vmx_u64)s->vm_entry_interruption_information & 0xff)) & 1)) && ((vmx_u64)s->guest_cr0 & 1))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_EVENT_ERROR_CODE_ONLY_EXCEPTIONS);
	}

	/* 27.2.1.3: a hardware exception that has an error code, injected in protected mode, delivers one */
	if (((((vmx_u64)s->vm_entry_interruption_information >> 31) & 1) && ((((vmx_u64)s->vm_entry_interruption_information >> 8) & 7) == 3) && (((vmx_u64)s->vm_entry_interruption_information & 0xff) < 64 && ((0x227d00ULL >> ((vmx_u64)s->vm_entry_interruption_information & 0xff)) & 1)) && ((vmx_u64)s->guest_cr0 & 1) && !(((vmx_u64)s->ia32_vmx_basic >> 56) & 1)) &&
	    !(((vmx_u64)s->vm_entry_interruption_information >> 11) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_EVENT_ERROR_CODE_NEEDED);
	}

	/* 27.2.1.3: a delivered error code has bits 31:16 clear */
	if (((((vmx_u64)s->vm_entry_interruption_information >> 31) & 1) && (((vmx_u64)s->vm_entry_interruption_information >> 11) & 1)) &&
	    !((((vmx_u64)s->vm_entry_exception_error_code >> 16) & 0xffff) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_EVENT_ERROR_CODE_BITS);
	}

	/* 27.2.1.3: a software interrupt or exception is injected with an instruction length of 1 to 15 (0 if IA32_VMX_MISC allows it) */
	if (((((vmx_u64)s->vm_entry_interruption_information >> 31) & 1) && ((((vmx_u64)s->vm_entry_interruption_information >> 8) & 7) == 4 || (((vmx_u64)s->vm_entry_interruption_information >> 8) & 7) == 5 || (((vmx_u64)s->vm_entry_interruption_information >> 8) & 7) == 6)) &&
	    !(((vmx_u64)s->vm_entry_instruction_length <= 0xf) && (((vmx_u64)s->vm_entry_instruction_length != 0) || (((vmx_u64)s->ia32_vmx_misc >> 30) & 1)))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_EVENT_INSTRUCTION_LENGTH);
	}

	/* 27.2.2: host CR0 has the bits IA32_VMX_CR0_FIXED0/FIXED1 fix at their fixed values */
	if (!__vmx_entry_check_fixed((vmx_u64)s->host_cr0, s->ia32_vmx_cr0_fixed0, s->ia32_vmx_cr0_fixed1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_CR0_FIXED);
	}

	/* 27.2.2: host CR4 has the bits IA32_VMX_CR4_FIXED0/FIXED1 fix at their fixed values */
	if (!__vmx_entry_check_fixed((vmx_u64)s->host_cr4, s->ia32_vmx_cr4_fixed0, s->ia32_vmx_cr4_fixed1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_CR4_FIXED);
	}

	/* 27.2.2: host CR3 is within the physical-address width */
	if (!__vmx_entry_check_fits((vmx_u64)s->host_cr3, (vmx_u64)s->maxphyaddr)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_CR3_WIDTH);
	}

	/* 27.2.2: the host IA32_SYSENTER_ESP is a canonical address */
	if (!__vmx_entry_check_canonical((vmx_u64)s->host_ia32_sysenter_esp)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_SYSENTER_ESP_CANONICAL);
	}

	/* 27.2.2: the host IA32_SYSENTER_EIP is a canonical address */
	if (!__vmx_entry_check_canonical((vmx_u64)s->host_ia32_sysenter_eip)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_SYSENTER_EIP_CANONICAL);
	}

	/* 27.2.2: with load IA32_PAT, each entry of the host IA32_PAT is a valid memory type (0, 1, 4, 5, 6, 7) */
	if ((((vmx_u64)s->primary_vm_exit_controls >> 19) & 1) &&
	    !((((vmx_u64)s->host_ia32_pat & 0xff) < 64 && ((0xf3ULL >> ((vmx_u64)s->host_ia32_pat & 0xff)) & 1)) && ((((vmx_u64)s->host_ia32_pat >> 8) & 0xff) < 64 && ((0xf3ULL >> (((vmx_u64)s->host_ia32_pat >> 8) & 0xff)) & 1)) && ((((vmx_u64)s->host_ia32_pat >> 16) & 0xff) < 64 && ((0xf3ULL >> (((vmx_u64)s->host_ia32_pat >> 16) & 0xff)) & 1)) && ((((vmx_u64)s->host_ia32_pat >> 24) & 0xff) < 64 && ((0xf3ULL >> (((vmx_u64)s->host_ia32_pat >> 24) & 0xff)) & 1)) && ((((vmx_u64)s->host_ia32_pat >> 32) & 0xff) < 64 && ((0xf3ULL >> (((vmx_u64)s->host_ia32_pat >> 32) & 0xff)) & 1)) && ((((vmx_u64)s->host_ia32_pat >> 40) & 0xff) < 64 && ((0xf3ULL >> (((vmx_u64)s->host_ia32_pat >> 40) & 0xff)) & 1)) && ((((vmx_u64)s->host_ia32_pat >> 48) & 0xff) < 64 && ((0xf3ULL >> (((vmx_u64)s->host_ia32_pat >> 48) & 0xff)) & 1)) && ((((vmx_u64)s->host_ia32_pat >> 56) & 0xff) < 64 && ((0xf3ULL >> (((vmx_u64)s->host_ia32_pat >> 56) & 0xff)) & 1)))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_PAT);
	}

	/* 27.2.2: with load IA32_EFER, the host IA32_EFER has its reserved bits clear (all but SCE, LME, LMA, NXE) */
	if ((((vmx_u64)s->primary_vm_exit_controls >> 21) & 1) &&
	    !(((vmx_u64)s->host_ia32_efer & 0xfffffffffffff2feULL) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_EFER_RESERVED);
	}

	/* 27.2.2: with load IA32_EFER, host IA32_EFER.LMA and LME equal host address-space size */
	if ((((vmx_u64)s->primary_vm_exit_controls >> 21) & 1) &&
	    !((!((((vmx_u64)s->host_ia32_efer >> 10) & 1)) == !((((vmx_u64)s->primary_vm_exit_controls >> 9) & 1))) && (!((((vmx_u64)s->host_ia32_efer >> 8) & 1)) == !((((vmx_u64)s->primary_vm_exit_controls >> 9) & 1))))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_EFER_LMA_LME);
	}

	/* 27.2.3: the host ES selector has RPL 0 and TI 0 */
	if (!(((vmx_u64)s->host_es_selector & 7) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_ES_SELECTOR_RPL_TI);
	}

	/* 27.2.3: the host CS selector has RPL 0 and TI 0 */
	if (!(((vmx_u64)s->host_cs_selector & 7) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_CS_SELECTOR_RPL_TI);
	}

	/* 27.2.3: the host SS selector has RPL 0 and TI 0 */
	if (!(((vmx_u64)s->host_ss_selector & 7) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_SS_SELECTOR_RPL_TI);
	}

	/* 27.2.3: the host DS selector has RPL 0 and TI 0 */
	if (!(((vmx_u64)s->host_ds_selector & 7) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_DS_SELECTOR_RPL_TI);
	}

	/* 27.2.3: the host FS selector has RPL 0 and TI 0 */
	if (!(((vmx_u64)s->host_fs_selector & 7) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_FS_SELECTOR_RPL_TI);
	}

	/* 27.2.3: the host GS selector has RPL 0 and TI 0 */
	if (!(((vmx_u64)s->host_gs_selector & 7) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_GS_SELECTOR_RPL_TI);
	}

	/* 27.2.3: the host TR selector has RPL 0 and TI 0 */
	if (!(((vmx_u64)s->host_tr_selector & 7) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_TR_SELECTOR_RPL_TI);
	}

	/* 27.2.3: the host CS selector is not 0 */
	if (!((vmx_u64)s->host_cs_selector != 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_CS_SELECTOR_NONZERO);
	}

	/* 27.2.3: the host TR selector is not 0 */
	if (!((vmx_u64)s->host_tr_selector != 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_TR_SELECTOR_NONZERO);
	}

	/* 27.2.3: without host address-space size, the host SS selector is not 0 */
	if (!(((vmx_u64)s->primary_vm_exit_controls >> 9) & 1) &&
	    !((vmx_u64)s->host_ss_selector != 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_SS_SELECTOR_NONZERO);
	}

	/* 27.2.3: the host FS base is a canonical address */
	if (!__vmx_entry_check_canonical((vmx_u64)s->host_fs_base)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_FS_BASE_CANONICAL);
	}

	/* 27.2.3: the host GS base is a canonical address */
	if (!__vmx_entry_check_canonical((vmx_u64)s->host_gs_base)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_GS_BASE_CANONICAL);
	}

	/* 27.2.3: the host GDTR base is a canonical address */
	if (!__vmx_entry_check_canonical((vmx_u64)s->host_gdtr_base)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_GDTR_BASE_CANONICAL);
	}

	/* 27.2.3: the host IDTR base is a canonical address */
	if (!__vmx_entry_check_canonical((vmx_u64)s->host_idtr_base)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_IDTR_BASE_CANONICAL);
	}

	/* 27.2.3: the host TR base is a canonical address */
	if (!__vmx_entry_check_canonical((vmx_u64)s->host_tr_base)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_TR_BASE_CANONICAL);
	}

	/* 27.2.4: host address-space size is 1 exactly when the logical processor is in IA-32e mode */
	if (!(!((((vmx_u64)s->primary_vm_exit_controls >> 9) & 1)) == !(((vmx_u64)s->host_efer_lma & 1)))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_ADDRESS_SPACE_SIZE_MODE);
	}

	/* 27.2.4: without host address-space size, IA-32e mode guest is 0 */
	if (!(((vmx_u64)s->primary_vm_exit_controls >> 9) & 1) &&
	    !!(((vmx_u64)s->vm_entry_controls >> 9) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_32_NO_IA32E_GUEST);
	}

	/* 27.2.4: without host address-space size, host CR4.PCIDE is 0 */
	if (!(((vmx_u64)s->primary_vm_exit_controls >> 9) & 1) &&
	    !!(((vmx_u64)s->host_cr4 >> 17) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_32_NO_PCIDE);
	}

	/* 27.2.4: without host address-space size, bits 63:32 of the host RIP are 0 */
	if (!(((vmx_u64)s->primary_vm_exit_controls >> 9) & 1) &&
	    !((((vmx_u64)s->host_rip >> 32) & 0xffffffff) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_32_RIP);
	}

	/* 27.2.4: with host address-space size, host CR4.PAE is 1 */
	if ((((vmx_u64)s->primary_vm_exit_controls >> 9) & 1) &&
	    !(((vmx_u64)s->host_cr4 >> 5) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_64_PAE);
	}

	/* 27.2.4: with host address-space size, the host RIP is a canonical address */
	if ((((vmx_u64)s->primary_vm_exit_controls >> 9) & 1) &&
	    !__vmx_entry_check_canonical((vmx_u64)s->host_rip)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_HOST_64_RIP_CANONICAL);
	}

	/* 27.3.1.1: without unrestricted guest, guest CR0 has the bits IA32_VMX_CR0_FIXED0/FIXED1 fix at their fixed values */
	if (!((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 7) & 1)) &&
	    !__vmx_entry_check_fixed((vmx_u64)s->guest_cr0, s->ia32_vmx_cr0_fixed0, s->ia32_vmx_cr0_fixed1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_CR0_FIXED);
	}

	/* 27.3.1.1: with unrestricted guest, guest CR0 has the fixed bits at their fixed values but for PE and PG */
	if (((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 7) & 1)) &&
	    !__vmx_entry_check_fixed(((vmx_u64)s->guest_cr0 | 0x80000001), s->ia32_vmx_cr0_fixed0, s->ia32_vmx_cr0_fixed1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_CR0_FIXED_UNRESTRICTED);
	}

	/* 27.3.1.1: guest CR0.PG is 1 only with CR0.PE */
	if ((((vmx_u64)s->guest_cr0 >> 31) & 1) &&
	    !((vmx_u64)s->guest_cr0 & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_CR0_PG_NEEDS_PE);
	}

	/* 27.3.1.1: guest CR4 has the bits IA32_VMX_CR4_FIXED0/FIXED1 fix at their fixed values */
	if (!__vmx_entry_check_fixed((vmx_u64)s->guest_cr4, s->ia32_vmx_cr4_fixed0, s->ia32_vmx_cr4_fixed1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_CR4_FIXED);
	}

	/* 27.3.1.1: an IA-32e mode guest has CR0.PG 1 */
	if ((((vmx_u64)s->vm_entry_controls >> 9) & 1) &&
	    !(((vmx_u64)s->guest_cr0 >> 31) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_IA32E_PAGING);
	}

	/* 27.3.1.1: an IA-32e mode guest has CR4.PAE 1 */
	if ((((vmx_u64)s->vm_entry_controls >> 9) & 1) &&
	    !(((vmx_u64)s->guest_cr4 >> 5) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_IA32E_PAE);
	}

	/* 27.3.1.1: a guest outside IA-32e mode has CR4.PCIDE 0 */
	if (!(((vmx_u64)s->vm_entry_controls >> 9) & 1) &&
	    !!(((vmx_u64)s->guest_cr4 >> 17) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_32_NO_PCIDE);
	}

	/* 27.3.1.1: guest CR3 is within the physical-address width */
	if (!__vmx_entry_check_fits((vmx_u64)s->guest_cr3, (vmx_u64)s->maxphyaddr)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_CR3_WIDTH);
	}

	/* 27.3.1.1: with load debug controls, bits 63:32 of guest DR7 are 0 */
	if ((((vmx_u64)s->vm_entry_controls >> 2) & 1) &&
	    !((((vmx_u64)s->guest_dr7 >> 32) & 0xffffffff) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_DR7_HIGH);
	}

	/* 27.3.1.1: the guest IA32_SYSENTER_ESP is a canonical address */
	if (!__vmx_entry_check_canonical((vmx_u64)s->guest_ia32_sysenter_esp)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_SYSENTER_ESP_CANONICAL);
	}

	/* 27.3.1.1: the guest IA32_SYSENTER_EIP is a canonical address */
	if (!__vmx_entry_check_canonical((vmx_u64)s->guest_ia32_sysenter_eip)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_SYSENTER_EIP_CANONICAL);
	}

	/* 27.3.1.1: with load IA32_PAT, each entry of the guest IA32_PAT is a valid memory type (0, 1, 4, 5, 6, 7) */
	if ((((vmx_u64)s->vm_entry_controls >> 14) & 1) &&
	    !((((vmx_u64)s->guest_ia32_pat & 0xff) < 64 && ((0xf3ULL >> ((vmx_u64)s->guest_ia32_pat & 0xff)) & 1)) && ((((vmx_u64)s->guest_ia32_pat >> 8) & 0xff) < 64 && ((0xf3ULL >> (((vmx_u64)s->guest_ia32_pat >> 8) & 0xff)) & 1)) && ((((vmx_u64)s->guest_ia32_pat >> 16) & 0xff) < 64 && ((0xf3ULL >> (((vmx_u64)s->guest_ia32_pat >> 16) & 0xff)) & 1)) && ((((vmx_u64)s->guest_ia32_pat >> 24) & 0xff) < 64 && ((0xf3ULL >> (((vmx_u64)s->guest_ia32_pat >> 24) & 0xff)) & 1)) && ((((vmx_u64)s->guest_ia32_pat >> 32) & 0xff) < 64 && ((0xf3ULL >> (((vmx_u64)s->guest_ia32_pat >> 32) & 0xff)) & 1)) && ((((vmx_u64)s->guest_ia32_pat >> 40) & 0xff) < 64 && ((0xf3ULL >> (((vmx_u64)s->guest_ia32_pat >> 40) & 0xff)) & 1)) && ((((vmx_u64)s->guest_ia32_pat >> 48) & 0xff) < 64 && ((0xf3ULL >> (((vmx_u64)s->guest_ia32_pat >> 48) & 0xff)) & 1)) && ((((vmx_u64)s->guest_ia32_pat >> 56) & 0xff) < 64 && ((0xf3ULL >> (((vmx_u64)s->guest_ia32_pat >> 56) & 0xff)) & 1)))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_PAT);
	}

	/* 27.3.1.1: with load IA32_EFER, the guest IA32_EFER has its reserved bits clear (all but SCE, LME, LMA, NXE) */
	if ((((vmx_u64)s->vm_entry_controls >> 15) & 1) &&
	    !(((vmx_u64)s->guest_ia32_efer & 0xfffffffffffff2feULL) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_EFER_RESERVED);
	}

	/* 27.3.1.1: with load IA32_EFER, guest IA32_EFER.LMA equals IA-32e mode guest */
	if ((((vmx_u64)s->vm_entry_controls >> 15) & 1) &&
	    !(!((((vmx_u64)s->guest_ia32_efer >> 10) & 1)) == !((((vmx_u64)s->vm_entry_controls >> 9) & 1)))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_EFER_LMA);
	}

	/* 27.3.1.1: with load IA32_EFER and guest CR0.PG, guest IA32_EFER.LME equals IA-32e mode guest */
	if (((((vmx_u64)s->vm_entry_controls >> 15) & 1) && (((vmx_u64)s->guest_cr0 >> 31) & 1)) &&
	    !(!((((vmx_u64)s->guest_ia32_efer >> 8) & 1)) == !((((vmx_u64)s->vm_entry_controls >> 9) & 1)))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_EFER_LME);
	}

	/* 27.3.1.2: the guest TR selector has TI 0 */
	if (!!(((vmx_u64)s->guest_tr_selector >> 2) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_TR_TI);
	}

	/* 27.3.1.2: a usable guest LDTR selector has TI 0 */
	if (!(((vmx_u64)s->guest_ldtr_access_rights >> 16) & 1) &&
	    !!(((vmx_u64)s->guest_ldtr_selector >> 2) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_LDTR_TI);
	}

	/* 27.3.1.2: outside virtual-8086 mode and without unrestricted guest, the guest SS and CS selectors have the same RPL */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 7) & 1))) &&
	    !(((vmx_u64)s->guest_ss_selector & 3) == ((vmx_u64)s->guest_cs_selector & 3))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_SS_RPL_CS_RPL);
	}

	/* 27.3.1.2: the guest TR base is a canonical address */
	if (!__vmx_entry_check_canonical((vmx_u64)s->guest_tr_base)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_TR_BASE_CANONICAL);
	}

	/* 27.3.1.2: the guest FS base is a canonical address */
	if (!__vmx_entry_check_canonical((vmx_u64)s->guest_fs_base)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_FS_BASE_CANONICAL);
	}

	/* 27.3.1.2: the guest GS base is a canonical address */
	if (!__vmx_entry_check_canonical((vmx_u64)s->guest_gs_base)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_GS_BASE_CANONICAL);
	}

	/* 27.3.1.2: a usable guest LDTR's base is a canonical address */
	if (!(((vmx_u64)s->guest_ldtr_access_rights >> 16) & 1) &&
	    !__vmx_entry_check_canonical((vmx_u64)s->guest_ldtr_base)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_LDTR_BASE_CANONICAL);
	}

	/* 27.3.1.2: bits 63:32 of the guest CS base are 0 */
	if (!(((vmx_u64)s->guest_rflags >> 17) & 1) &&
	    !((((vmx_u64)s->guest_cs_base >> 32) & 0xffffffff) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_CS_BASE_HIGH);
	}

	/* 27.3.1.2: bits 63:32 of a usable guest SS's base are 0 */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_ss_access_rights >> 16) & 1)) &&
	    !((((vmx_u64)s->guest_ss_base >> 32) & 0xffffffff) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_SS_BASE_HIGH);
	}

	/* 27.3.1.2: bits 63:32 of a usable guest DS's base are 0 */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_ds_access_rights >> 16) & 1)) &&
	    !((((vmx_u64)s->guest_ds_base >> 32) & 0xffffffff) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_DS_BASE_HIGH);
	}

	/* 27.3.1.2: bits 63:32 of a usable guest ES's base are 0 */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_es_access_rights >> 16) & 1)) &&
	    !((((vmx_u64)s->guest_es_base >> 32) & 0xffffffff) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_ES_BASE_HIGH);
	}

	/* 27.3.1.2: without unrestricted guest, the guest CS type is an accessed code segment (9, 11, 13 or 15) */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 7) & 1))) &&
	    !(((vmx_u64)s->guest_cs_access_rights & 0xf) == 9 || ((vmx_u64)s->guest_cs_access_rights & 0xf) == 0xb || ((vmx_u64)s->guest_cs_access_rights & 0xf) == 0xd || ((vmx_u64)s->guest_cs_access_rights & 0xf) == 0xf)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_CS_TYPE);
	}

	/* 27.3.1.2: with unrestricted guest, the guest CS type is 3 or an accessed code segment (9, 11, 13, 15) */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && (((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 7) & 1)) &&
	    !(((vmx_u64)s->guest_cs_access_rights & 0xf) < 64 && ((0xaa08ULL >> ((vmx_u64)s->guest_cs_access_rights & 0xf)) & 1))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_CS_TYPE_UNRESTRICTED);
	}

	/* 27.3.1.2: a usable guest SS is a writable accessed data segment (type 3 or 7) */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_ss_access_rights >> 16) & 1)) &&
	    !(((vmx_u64)s->guest_ss_access_rights & 0xf) == 3 || ((vmx_u64)s->guest_ss_access_rights & 0xf) == 7)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_SS_TYPE);
	}

	/* 27.3.1.2: a usable guest DS is accessed, and readable if it is a code segment */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_ds_access_rights >> 16) & 1)) &&
	    !(((((vmx_u64)s->guest_ds_access_rights & 0xf) & 1) == 1) && (((((vmx_u64)s->guest_ds_access_rights & 0xf) & 8) == 0) || ((((vmx_u64)s->guest_ds_access_rights & 0xf) & 2) == 2)))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_DS_TYPE);
	}

	/* 27.3.1.2: a usable guest ES is accessed, and readable if it is a code segment */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_es_access_rights >> 16) & 1)) &&
	    !(((((vmx_u64)s->guest_es_access_rights & 0xf) & 1) == 1) && (((((vmx_u64)s->guest_es_access_rights & 0xf) & 8) == 0) || ((((vmx_u64)s->guest_es_access_rights & 0xf) & 2) == 2)))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_ES_TYPE);
	}

	/* 27.3.1.2: a usable guest FS is accessed, and readable if it is a code segment */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_fs_access_rights >> 16) & 1)) &&
	    !(((((vmx_u64)s->guest_fs_access_rights & 0xf) & 1) == 1) && (((((vmx_u64)s->guest_fs_access_rights & 0xf) & 8) == 0) || ((((vmx_u64)s->guest_fs_access_rights & 0xf) & 2) == 2)))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_FS_TYPE);
	}

	/* 27.3.1.2: a usable guest GS is accessed, and readable if it is a code segment */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_gs_access_rights >> 16) & 1)) &&
	    !(((((vmx_u64)s->guest_gs_access_rights & 0xf) & 1) == 1) && (((((vmx_u64)s->guest_gs_access_rights & 0xf) & 8) == 0) || ((((vmx_u64)s->guest_gs_access_rights & 0xf) & 2) == 2)))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_GS_TYPE);
	}

	/* 27.3.1.2: the guest CS is a code or data segment (S 1) */
	if (!(((vmx_u64)s->guest_rflags >> 17) & 1) &&
	    !(((vmx_u64)s->guest_cs_access_rights >> 4) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_CS_S);
	}

	/* 27.3.1.2: the guest CS is present (P 1) */
	if (!(((vmx_u64)s->guest_rflags >> 17) & 1) &&
	    !(((vmx_u64)s->guest_cs_access_rights >> 7) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_CS_PRESENT);
	}

	/* 27.3.1.2: the guest CS has access-rights bits 11:8 and 31:17 clear */
	if (!(((vmx_u64)s->guest_rflags >> 17) & 1) &&
	    !(((((vmx_u64)s->guest_cs_access_rights >> 8) & 0xf) == 0) && ((((vmx_u64)s->guest_cs_access_rights >> 17) & 0x7fff) == 0))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_CS_AR_RESERVED);
	}

	/* 27.3.1.2: a usable guest SS is a code or data segment (S 1) */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_ss_access_rights >> 16) & 1)) &&
	    !(((vmx_u64)s->guest_ss_access_rights >> 4) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_SS_S);
	}

	/* 27.3.1.2: a usable guest SS is present (P 1) */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_ss_access_rights >> 16) & 1)) &&
	    !(((vmx_u64)s->guest_ss_access_rights >> 7) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_SS_PRESENT);
	}

	/* 27.3.1.2: a usable guest SS has access-rights bits 11:8 and 31:17 clear */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_ss_access_rights >> 16) & 1)) &&
	    !(((((vmx_u64)s->guest_ss_access_rights >> 8) & 0xf) == 0) && ((((vmx_u64)s->guest_ss_access_rights >> 17) & 0x7fff) == 0))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_SS_AR_RESERVED);
	}

	/* 27.3.1.2: a usable guest DS is a code or data segment (S 1) */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_ds_access_rights >> 16) & 1)) &&
	    !(((vmx_u64)s->guest_ds_access_rights >> 4) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_DS_S);
	}

	/* 27.3.1.2: a usable guest DS is present (P 1) */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_ds_access_rights >> 16) & 1)) &&
	    !(((vmx_u64)s->guest_ds_access_rights >> 7) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_DS_PRESENT);
	}

	/* 27.3.1.2: a usable guest DS has access-rights bits 11:8 and 31:17 clear */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_ds_access_rights >> 16) & 1)) &&
	    !(((((vmx_u64)s->guest_ds_access_rights >> 8) & 0xf) == 0) && ((((vmx_u64)s->guest_ds_access_rights >> 17) & 0x7fff) == 0))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_DS_AR_RESERVED);
	}

	/* 27.3.1.2: a usable guest ES is a code or data segment (S 1) */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_es_access_rights >> 16) & 1)) &&
	    !(((vmx_u64)s->guest_es_access_rights >> 4) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_ES_S);
	}

	/* 27.3.1.2: a usable guest ES is present (P 1) */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_es_access_rights >> 16) & 1)) &&
	    !(((vmx_u64)s->guest_es_access_rights >> 7) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_ES_PRESENT);
	}

	/* 27.3.1.2: a usable guest ES has access-rights bits 11:8 and 31:17 clear */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_es_access_rights >> 16) & 1)) &&
	    !(((((vmx_u64)s->guest_es_access_rights >> 8) & 0xf) == 0) && ((((vmx_u64)s->guest_es_access_rights >> 17) & 0x7fff) == 0))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_ES_AR_RESERVED);
	}

	/* 27.3.1.2: a usable guest FS is a code or data segment (S 1) */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_fs_access_rights >> 16) & 1)) &&
	    !(((vmx_u64)s->guest_fs_access_rights >> 4) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_FS_S);
	}

	/* 27.3.1.2: a usable guest FS is present (P 1) */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_fs_access_rights >> 16) & 1)) &&
	    !(((vmx_u64)s->guest_fs_access_rights >> 7) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_FS_PRESENT);
	}

	/* 27.3.1.2: a usable guest FS has access-rights bits 11:8 and 31:17 clear */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_fs_access_rights >> 16) & 1)) &&
	    !(((((vmx_u64)s->guest_fs_access_rights >> 8) & 0xf) == 0) && ((((vmx_u64)s->guest_fs_access_rights >> 17) & 0x7fff) == 0))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_FS_AR_RESERVED);
	}

	/* 27.3.1.2: a usable guest GS is a code or data segment (S 1) */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_gs_access_rights >> 16) & 1)) &&
	    !(((vmx_u64)s->guest_gs_access_rights >> 4) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_GS_S);
	}

	/* 27.3.1.2: a usable guest GS is present (P 1) */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_gs_access_rights >> 16) & 1)) &&
	    !(((vmx_u64)s->guest_gs_access_rights >> 7) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_GS_PRESENT);
	}

	/* 27.3.1.2: a usable guest GS has access-rights bits 11:8 and 31:17 clear */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_gs_access_rights >> 16) & 1)) &&
	    !(((((vmx_u64)s->guest_gs_access_rights >> 8) & 0xf) == 0) && ((((vmx_u64)s->guest_gs_access_rights >> 17) & 0x7fff) == 0))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_GS_AR_RESERVED);
	}

	/* 27.3.1.2: the guest CS has G 0 if any of limit bits 11:0 is 0, and G 1 if any of limit bits 31:20 is 1 */
	if (!(((vmx_u64)s->guest_rflags >> 17) & 1) &&
	    !(((((vmx_u64)s->guest_cs_limit & 0xfff) == 0xfff) || !(((vmx_u64)s->guest_cs_access_rights >> 15) & 1)) && (((((vmx_u64)s->guest_cs_limit >> 20) & 0xfff) == 0) || (((vmx_u64)s->guest_cs_access_rights >> 15) & 1)))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_CS_LIMIT_GRANULARITY);
	}

	/* 27.3.1.2: a usable guest SS has G 0 if any of limit bits 11:0 is 0, and G 1 if any of limit bits 31:20 is 1 */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_ss_access_rights >> 16) & 1)) &&
	    !(((((vmx_u64)s->guest_ss_limit & 0xfff) == 0xfff) || !(((vmx_u64)s->guest_ss_access_rights >> 15) & 1)) && (((((vmx_u64)s->guest_ss_limit >> 20) & 0xfff) == 0) || (((vmx_u64)s->guest_ss_access_rights >> 15) & 1)))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_SS_LIMIT_GRANULARITY);
	}

	/* 27.3.1.2: a usable guest DS has G 0 if any of limit bits 11:0 is 0, and G 1 if any of limit bits 31:20 is 1 */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_ds_access_rights >> 16) & 1)) &&
	    !(((((vmx_u64)s->guest_ds_limit & 0xfff) == 0xfff) || !(((vmx_u64)s->guest_ds_access_rights >> 15) & 1)) && (((((vmx_u64)s->guest_ds_limit >> 20) & 0xfff) == 0) || (((vmx_u64)s->guest_ds_access_rights >> 15) & 1)))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_DS_LIMIT_GRANULARITY);
	}

	/* 27.3.1.2: a usable guest ES has G 0 if any of limit bits 11:0 is 0, and G 1 if any of limit bits 31:20 is 1 */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_es_access_rights >> 16) & 1)) &&
	    !(((((vmx_u64)s->guest_es_limit & 0xfff) == 0xfff) || !(((vmx_u64)s->guest_es_access_rights >> 15) & 1)) && (((((vmx_u64)s->guest_es_limit >> 20) & 0xfff) == 0) || (((vmx_u64)s->guest_es_access_rights >> 15) & 1)))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_ES_LIMIT_GRANULARITY);
	}

	/* 27.3.1.2: a usable guest FS has G 0 if any of limit bits 11:0 is 0, and G 1 if any of limit bits 31:20 is 1 */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_fs_access_rights >> 16) & 1)) &&
	    !(((((vmx_u64)s->guest_fs_limit & 0xfff) == 0xfff) || !(((vmx_u64)s->guest_fs_access_rights >> 15) & 1)) && (((((vmx_u64)s->guest_fs_limit >> 20) & 0xfff) == 0) || (((vmx_u64)s->guest_fs_access_rights >> 15) & 1)))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_FS_LIMIT_GRANULARITY);
	}

	/* 27.3.1.2: a usable guest GS has G 0 if any of limit bits 11:0 is 0, and G 1 if any of limit bits 31:20 is 1 */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_gs_access_rights >> 16) & 1)) &&
	    !(((((vmx_u64)s->guest_gs_limit & 0xfff) == 0xfff) || !(((vmx_u64)s->guest_gs_access_rights >> 15) & 1)) && (((((vmx_u64)s->guest_gs_limit >> 20) & 0xfff) == 0) || (((vmx_u64)s->guest_gs_access_rights >> 15) & 1)))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_GS_LIMIT_GRANULARITY);
	}

	/* 27.3.1.2: the guest TR has G 0 if any of limit bits 11:0 is 0, and G 1 if any of limit bits 31:20 is 1 */
	if (!(((((vmx_u64)s->guest_tr_limit & 0xfff) == 0xfff) || !(((vmx_u64)s->guest_tr_access_rights >> 15) & 1)) && (((((vmx_u64)s->guest_tr_limit >> 20) & 0xfff) == 0) || (((vmx_u64)s->guest_tr_access_rights >> 15) & 1)))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_TR_LIMIT_GRANULARITY);
	}

	/* 27.3.1.2: a usable guest LDTR has G 0 if any of limit bits 11:0 is 0, and G 1 if any of limit bits 31:20 is 1 */
	if (!(((vmx_u64)s->guest_ldtr_access_rights >> 16) & 1) &&
	    !(((((vmx_u64)s->guest_ldtr_limit & 0xfff) == 0xfff) || !(((vmx_u64)s->guest_ldtr_access_rights >> 15) & 1)) && (((((vmx_u64)s->guest_ldtr_limit >> 20) & 0xfff) == 0) || (((vmx_u64)s->guest_ldtr_access_rights >> 15) & 1)))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_LDTR_LIMIT_GRANULARITY);
	}

	/* 27.3.1.2: a guest CS of type 3 (unrestricted guest) has DPL 0 */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && (((vmx_u64)s->guest_cs_access_rights & 0xf) == 3)) &&
	    !((((vmx_u64)s->guest_cs_access_rights >> 5) & 3) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_CS_DPL_TYPE_3);
	}

	/* 27.3.1.2: a non-conforming guest CS (type 9 or 11) has the DPL of SS */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && (((vmx_u64)s->guest_cs_access_rights & 0xf) == 9 || ((vmx_u64)s->guest_cs_access_rights & 0xf) == 0xb)) &&
	    !((((vmx_u64)s->guest_cs_access_rights >> 5) & 3) == (((vmx_u64)s->guest_ss_access_rights >> 5) & 3))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_CS_DPL_NONCONFORMING);
	}

	/* 27.3.1.2: a conforming guest CS (type 13 or 15) has a DPL of at most SS's */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && (((vmx_u64)s->guest_cs_access_rights & 0xf) == 0xd || ((vmx_u64)s->guest_cs_access_rights & 0xf) == 0xf)) &&
	    !((((vmx_u64)s->guest_cs_access_rights >> 5) & 3) <= (((vmx_u64)s->guest_ss_access_rights >> 5) & 3))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_CS_DPL_CONFORMING);
	}

	/* 27.3.1.2: without unrestricted guest, the guest SS DPL equals the SS selector's RPL */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 7) & 1))) &&
	    !((((vmx_u64)s->guest_ss_access_rights >> 5) & 3) == ((vmx_u64)s->guest_ss_selector & 3))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_SS_DPL_RPL);
	}

	/* 27.3.1.2: the guest SS DPL is 0 when CS has type 3 or CR0.PE is 0 */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && ((((vmx_u64)s->guest_cs_access_rights & 0xf) == 3) || !((vmx_u64)s->guest_cr0 & 1))) &&
	    !((((vmx_u64)s->guest_ss_access_rights >> 5) & 3) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_SS_DPL_REAL);
	}

	/* 27.3.1.2: without unrestricted guest, a usable guest DS that is data or non-conforming code has a DPL of at least its RPL */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_ds_access_rights >> 16) & 1) && !((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 7) & 1)) && (((vmx_u64)s->guest_ds_access_rights & 0xf) <= 0xb)) &&
	    !((((vmx_u64)s->guest_ds_access_rights >> 5) & 3) >= ((vmx_u64)s->guest_ds_selector & 3))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_DS_DPL_RPL);
	}

	/* 27.3.1.2: without unrestricted guest, a usable guest ES that is data or non-conforming code has a DPL of at least its RPL */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_es_access_rights >> 16) & 1) && !((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 7) & 1)) && (((vmx_u64)s->guest_es_access_rights & 0xf) <= 0xb)) &&
	    !((((vmx_u64)s->guest_es_access_rights >> 5) & 3) >= ((vmx_u64)s->guest_es_selector & 3))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_ES_DPL_RPL);
	}

	/* 27.3.1.2: without unrestricted guest, a usable guest FS that is data or non-conforming code has a DPL of at least its RPL */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_fs_access_rights >> 16) & 1) && !((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 7) & 1)) && (((vmx_u64)s->guest_fs_access_rights & 0xf) <= 0xb)) &&
	    !((((vmx_u64)s->guest_fs_access_rights >> 5) & 3) >= ((vmx_u64)s->guest_fs_selector & 3))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_FS_DPL_RPL);
	}

	/* 27.3.1.2: without unrestricted guest, a usable guest GS that is data or non-conforming code has a DPL of at least its RPL */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && !(((vmx_u64)s->guest_gs_access_rights >> 16) & 1) && !((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 7) & 1)) && (((vmx_u64)s->guest_gs_access_rights & 0xf) <= 0xb)) &&
	    !((((vmx_u64)s->guest_gs_access_rights >> 5) & 3) >= ((vmx_u64)s->guest_gs_selector & 3))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_GS_DPL_RPL);
	}

	/* 27.3.1.2: in an IA-32e mode guest, a 64-bit CS (L 1) has D/B 0 */
	if ((!(((vmx_u64)s->guest_rflags >> 17) & 1) && (((vmx_u64)s->vm_entry_controls >> 9) & 1) && (((vmx_u64)s->guest_cs_access_rights >> 13) & 1)) &&
	    !!(((vmx_u64)s->guest_cs_access_rights >> 14) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_CS_DB_LONG);
	}

	/* 27.3.1.2: the guest TR is a busy TSS: type 11, or 3 (16-bit) outside IA-32e mode */
	if (!((((vmx_u64)s->guest_tr_access_rights & 0xf) == 0xb) || ((((vmx_u64)s->guest_tr_access_rights & 0xf) == 3) && !(((vmx_u64)s->vm_entry_controls >> 9) & 1)))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_TR_TYPE);
	}

	/* 27.3.1.2: the guest TR is a system segment (S 0) */
	if (!!(((vmx_u64)s->guest_tr_access_rights >> 4) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_TR_S);
	}

	/* 27.3.1.2: the guest TR is present (P 1) */
	if (!(((vmx_u64)s->guest_tr_access_rights >> 7) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_TR_PRESENT);
	}

	/* 27.3.1.2: the guest TR has access-rights bits 11:8 and 31:17 clear */
	if (!(((((vmx_u64)s->guest_tr_access_rights >> 8) & 0xf) == 0) && ((((vmx_u64)s->guest_tr_access_rights >> 17) & 0x7fff) == 0))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_TR_AR_RESERVED);
	}

	/* 27.3.1.2: the guest TR is usable */
	if (!!(((vmx_u64)s->guest_tr_access_rights >> 16) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_TR_USABLE);
	}

	/* 27.3.1.2: a usable guest LDTR is an LDT (type 2) */
	if (!(((vmx_u64)s->guest_ldtr_access_rights >> 16) & 1) &&
	    !(((vmx_u64)s->guest_ldtr_access_rights & 0xf) == 2)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_LDTR_TYPE);
	}

	/* 27.3.1.2: a usable guest LDTR is a system segment (S 0) */
	if (!(((vmx_u64)s->guest_ldtr_access_rights >> 16) & 1) &&
	    !!(((vmx_u64)s->guest_ldtr_access_rights >> 4) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_LDTR_S);
	}

	/* 27.3.1.2: a usable guest LDTR is present (P 1) */
	if (!(((vmx_u64)s->guest_ldtr_access_rights >> 16) & 1) &&
	    !(((vmx_u64)s->guest_ldtr_access_rights >> 7) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_LDTR_PRESENT);
	}

	/* 27.3.1.2: a usable guest LDTR has access-rights bits 11:8 and 31:17 clear */
	if (!(((vmx_u64)s->guest_ldtr_access_rights >> 16) & 1) &&
	    !(((((vmx_u64)s->guest_ldtr_access_rights >> 8) & 0xf) == 0) && ((((vmx_u64)s->guest_ldtr_access_rights >> 17) & 0x7fff) == 0))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_LDTR_AR_RESERVED);
	}

	/* 27.3.1.3: the guest GDTR base is a canonical address */
	if (!__vmx_entry_check_canonical((vmx_u64)s->guest_gdtr_base)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_GDTR_BASE_CANONICAL);
	}

	/* 27.3.1.3: bits 31:16 of the guest GDTR limit are 0 */
	if (!((((vmx_u64)s->guest_gdtr_limit >> 16) & 0xffff) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_GDTR_LIMIT);
	}

	/* 27.3.1.3: the guest IDTR base is a canonical address */
	if (!__vmx_entry_check_canonical((vmx_u64)s->guest_idtr_base)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_IDTR_BASE_CANONICAL);
	}

	/* 27.3.1.3: bits 31:16 of the guest IDTR limit are 0 */
	if (!((((vmx_u64)s->guest_idtr_limit >> 16) & 0xffff) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_IDTR_LIMIT);
	}

	/* 27.3.1.4: outside 64-bit mode (IA-32e mode guest with CS.L), bits 63:32 of the guest RIP are 0 */
	if (!((((vmx_u64)s->vm_entry_controls >> 9) & 1) && (((vmx_u64)s->guest_cs_access_rights >> 13) & 1)) &&
	    !((((vmx_u64)s->guest_rip >> 32) & 0xffffffff) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_RIP_HIGH);
	}

	/* 27.3.1.4: in 64-bit mode (IA-32e mode guest with CS.L), the guest RIP is a canonical address */
	if (((((vmx_u64)s->vm_entry_controls >> 9) & 1) && (((vmx_u64)s->guest_cs_access_rights >> 13) & 1)) &&
	    !__vmx_entry_check_canonical((vmx_u64)s->guest_rip)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_RIP_CANONICAL);
	}

	/* 27.3.1.4: guest RFLAGS bits 63:22, 15, 5 and 3 are 0 */
	if (!(((vmx_u64)s->guest_rflags & 0xffffffffffc08028ULL) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_RFLAGS_RESERVED);
	}

	/* 27.3.1.4: guest RFLAGS bit 1 is 1 */
	if (!(((vmx_u64)s->guest_rflags >> 1) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_RFLAGS_BIT1);
	}

	/* 27.3.1.4: guest RFLAGS.VM is 0 in an IA-32e mode guest or with CR0.PE 0 */
	if (((((vmx_u64)s->vm_entry_controls >> 9) & 1) || !((vmx_u64)s->guest_cr0 & 1)) &&
	    !!(((vmx_u64)s->guest_rflags >> 17) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_RFLAGS_VM);
	}

	/* 27.3.1.4: guest RFLAGS.IF is 1 when an external interrupt is injected */
	if (((((vmx_u64)s->vm_entry_interruption_information >> 31) & 1) && ((((vmx_u64)s->vm_entry_interruption_information >> 8) & 7) == 0)) &&
	    !(((vmx_u64)s->guest_rflags >> 9) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_RFLAGS_IF_INJECT);
	}

	/* 27.3.1.5: the guest activity state is 0 to 3 */
	if (!((vmx_u64)s->guest_activity_state <= 3)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_ACTIVITY_STATE_VALUE);
	}

	/* 27.3.1.5: a guest activity state other than active is one IA32_VMX_MISC says the CPU supports */
	if (((vmx_u64)s->guest_activity_state <= 3) &&
	    !(((vmx_u64)s->guest_activity_state == 0) || (((vmx_u64)s->guest_activity_state == 1) && (((vmx_u64)s->ia32_vmx_misc >> 6) & 1)) || (((vmx_u64)s->guest_activity_state == 2) && (((vmx_u64)s->ia32_vmx_misc >> 7) & 1)) || (((vmx_u64)s->guest_activity_state == 3) && (((vmx_u64)s->ia32_vmx_misc >> 8) & 1)))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_ACTIVITY_STATE_SUPPORTED);
	}

	/* 27.3.1.5: the HLT activity state needs guest SS DPL 0 */
	if (((vmx_u64)s->guest_activity_state == 1) &&
	    !((((vmx_u64)s->guest_ss_access_rights >> 5) & 3) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_HLT_SS_DPL);
	}

	/* 27.3.1.5: bits 31:5 of the guest interruptibility state are 0 */
	if (!((((vmx_u64)s->guest_interruptibility_state >> 5) & 0x7ffffff) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_INTERRUPTIBILITY_RESERVED);
	}

	/* 27.3.1.5: blocking by STI and blocking by MOV SS are not both set */
	if (!!(((vmx_u64)s->guest_interruptibility_state & 1) && (((vmx_u64)s->guest_interruptibility_state >> 1) & 1))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_STI_AND_MOV_SS);
	}

	/* 27.3.1.5: blocking by STI is 0 when guest RFLAGS.IF is 0 */
	if (!(((vmx_u64)s->guest_rflags >> 9) & 1) &&
	    !!((vmx_u64)s->guest_interruptibility_state & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_STI_NEEDS_IF);
	}

	/* 27.3.1.5: an injected external interrupt needs blocking by STI and by MOV SS 0 */
	if (((((vmx_u64)s->vm_entry_interruption_information >> 31) & 1) && ((((vmx_u64)s->vm_entry_interruption_information >> 8) & 7) == 0)) &&
	    !(!((vmx_u64)s->guest_interruptibility_state & 1) && !(((vmx_u64)s->guest_interruptibility_state >> 1) & 1))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_INJECT_INTERRUPT_UNBLOCKED);
	}

	/* 27.3.1.5: an injected NMI needs blocking by MOV SS 0 */
	if (((((vmx_u64)s->vm_entry_interruption_information >> 31) & 1) && ((((vmx_u64)s->vm_entry_interruption_information >> 8) & 7) == 2)) &&
	    !!(((vmx_u64)s->guest_interruptibility_state >> 1) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_INJECT_NMI_MOV_SS);
	}

	/* 27.3.1.5: outside SMM, blocking by SMI is 0 */
	if (!!(((vmx_u64)s->guest_interruptibility_state >> 2) & 1)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_SMI_BLOCKING_OUTSIDE_SMM);
	}

	/* 27.3.1.5: the guest pending debug exceptions have bits 11:4, 13, 15 and 63:17 clear */
	if (!(((vmx_u64)s->guest_pending_debug_exceptions & 0xfffffffffffeaff0ULL) == 0)) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_PENDING_DEBUG_RESERVED);
	}

	/* 27.3.1.6: with EPT and PAE paging outside IA-32e mode, a present guest PDPTE0 has bits 2:1 and 8:5 clear and its address within the physical-address width */
	if (((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 1) & 1) && (((vmx_u64)s->guest_cr0 >> 31) & 1) && (((vmx_u64)s->guest_cr4 >> 5) & 1) && !(((vmx_u64)s->vm_entry_controls >> 9) & 1) && ((vmx_u64)s->guest_pdpte0 & 1)) &&
	    !(((((vmx_u64)s->guest_pdpte0 >> 1) & 3) == 0) && ((((vmx_u64)s->guest_pdpte0 >> 5) & 0xf) == 0) && __vmx_entry_check_fits((vmx_u64)s->guest_pdpte0, (vmx_u64)s->maxphyaddr))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_PDPTE0);
	}

	/* 27.3.1.6: with EPT and PAE paging outside IA-32e mode, a present guest PDPTE1 has bits 2:1 and 8:5 clear and its address within the physical-address width */
	if (((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 1) & 1) && (((vmx_u64)s->guest_cr0 >> 31) & 1) && (((vmx_u64)s->guest_cr4 >> 5) & 1) && !(((vmx_u64)s->vm_entry_controls >> 9) & 1) && ((vmx_u64)s->guest_pdpte1 & 1)) &&
	    !(((((vmx_u64)s->guest_pdpte1 >> 1) & 3) == 0) && ((((vmx_u64)s->guest_pdpte1 >> 5) & 0xf) == 0) && __vmx_entry_check_fits((vmx_u64)s->guest_pdpte1, (vmx_u64)s->maxphyaddr))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_PDPTE1);
	}

	/* 27.3.1.6: with EPT and PAE paging outside IA-32e mode, a present guest PDPTE2 has bits 2:1 and 8:5 clear and its address within the physical-address width */
	if (((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 1) & 1) && (((vmx_u64)s->guest_cr0 >> 31) & 1) && (((vmx_u64)s->guest_cr4 >> 5) & 1) && !(((vmx_u64)s->vm_entry_controls >> 9) & 1) && ((vmx_u64)s->guest_pdpte2 & 1)) &&
	    !(((((vmx_u64)s->guest_pdpte2 >> 1) & 3) == 0) && ((((vmx_u64)s->guest_pdpte2 >> 5) & 0xf) == 0) && __vmx_entry_check_fits((vmx_u64)s->guest_pdpte2, (vmx_u64)s->maxphyaddr))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_PDPTE2);
	}

	/* 27.3.1.6: with EPT and PAE paging outside IA-32e mode, a present guest PDPTE3 has bits 2:1 and 8:5 clear and its address within the physical-address width */
	if (((((vmx_u64)s->primary_processor_based_vm_execution_controls >> 31) & 1) && (((vmx_u64)s->secondary_processor_based_vm_execution_controls >> 1) & 1) && (((vmx_u64)s->guest_cr0 >> 31) & 1) && (((vmx_u64)s->guest_cr4 >> 5) & 1) && !(((vmx_u64)s->vm_entry_controls >> 9) & 1) && ((vmx_u64)s->guest_pdpte3 & 1)) &&
	    !(((((vmx_u64)s->guest_pdpte3 >> 1) & 3) == 0) && ((((vmx_u64)s->guest_pdpte3 >> 5) & 0xf) == 0) && __vmx_entry_check_fits((vmx_u64)s->guest_pdpte3, (vmx_u64)s->maxphyaddr))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_PDPTE3);
	}

	/* 27.3.1.5: a VMCS link pointer other than all ones is 4-KByte aligned and within the physical-address width */
	if (((vmx_u64)s->vmcs_link_pointer != 0xffffffffffffffffULL) &&
	    !((((vmx_u64)s->vmcs_link_pointer & 0xfff) == 0) && __vmx_entry_check_fits((vmx_u64)s->vmcs_link_pointer, (vmx_u64)s->maxphyaddr))) {
		found++;
		if (report)
			report(ctx, VMX_ENTRY_CHECK_GUEST_VMCS_LINK_POINTER);
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
	if (vmx_vmcs_read_tertiary_processor_based_vm_execution_controls(&v64) != VMX_SUCCEED)
		failed++;
	s->tertiary_processor_based_vm_execution_controls = v64;

	v32 = 0;
	if (vmx_vmcs_read_cr3_target_count(&v32) != VMX_SUCCEED)
		failed++;
	s->cr3_target_count = v32;

	v64 = 0;
	if (vmx_vmcs_read_io_bitmap_a_address(&v64) != VMX_SUCCEED)
		failed++;
	s->io_bitmap_a_address = v64;

	v64 = 0;
	if (vmx_vmcs_read_io_bitmap_b_address(&v64) != VMX_SUCCEED)
		failed++;
	s->io_bitmap_b_address = v64;

	v64 = 0;
	if (vmx_vmcs_read_msr_bitmaps_address(&v64) != VMX_SUCCEED)
		failed++;
	s->msr_bitmaps_address = v64;

	v64 = 0;
	if (vmx_vmcs_read_virtual_apic_address(&v64) != VMX_SUCCEED)
		failed++;
	s->virtual_apic_address = v64;

	v32 = 0;
	if (vmx_vmcs_read_tpr_threshold(&v32) != VMX_SUCCEED)
		failed++;
	s->tpr_threshold = v32;

	v64 = 0;
	if (vmx_vmcs_read_apic_access_address(&v64) != VMX_SUCCEED)
		failed++;
	s->apic_access_address = v64;

	v32 = 0;
	if (vmx_vmcs_read_primary_vm_exit_controls(&v32) != VMX_SUCCEED)
		failed++;
	s->primary_vm_exit_controls = v32;

	v16 = 0;
	if (vmx_vmcs_read_posted_interrupt_notification_vector(&v16) != VMX_SUCCEED)
		failed++;
	s->posted_interrupt_notification_vector = v16;

	v64 = 0;
	if (vmx_vmcs_read_posted_interrupt_descriptor_address(&v64) != VMX_SUCCEED)
		failed++;
	s->posted_interrupt_descriptor_address = v64;

	v16 = 0;
	if (vmx_vmcs_read_virtual_processor_id(&v16) != VMX_SUCCEED)
		failed++;
	s->virtual_processor_id = v16;

	v64 = 0;
	if (vmx_vmcs_read_ept_pointer(&v64) != VMX_SUCCEED)
		failed++;
	s->ept_pointer = v64;

	v64 = 0;
	if (vmx_vmcs_read_pml_address(&v64) != VMX_SUCCEED)
		failed++;
	s->pml_address = v64;

	v64 = 0;
	if (vmx_vmcs_read_vmread_bitmap_address(&v64) != VMX_SUCCEED)
		failed++;
	s->vmread_bitmap_address = v64;

	v64 = 0;
	if (vmx_vmcs_read_vmwrite_bitmap_address(&v64) != VMX_SUCCEED)
		failed++;
	s->vmwrite_bitmap_address = v64;

	v64 = 0;
	if (vmx_vmcs_read_virtualization_exception_information_address(&v64) != VMX_SUCCEED)
		failed++;
	s->virtualization_exception_information_address = v64;

	v64 = 0;
	if (vmx_vmcs_read_vm_function_controls(&v64) != VMX_SUCCEED)
		failed++;
	s->vm_function_controls = v64;

	v64 = 0;
	if (vmx_vmcs_read_eptp_list_address(&v64) != VMX_SUCCEED)
		failed++;
	s->eptp_list_address = v64;

	v64 = 0;
	if (vmx_vmcs_read_secondary_vm_exit_controls(&v64) != VMX_SUCCEED)
		failed++;
	s->secondary_vm_exit_controls = v64;

	v32 = 0;
	if (vmx_vmcs_read_vm_exit_msr_store_count(&v32) != VMX_SUCCEED)
		failed++;
	s->vm_exit_msr_store_count = v32;

	v64 = 0;
	if (vmx_vmcs_read_vm_exit_msr_store_address(&v64) != VMX_SUCCEED)
		failed++;
	s->vm_exit_msr_store_address = v64;

	v32 = 0;
	if (vmx_vmcs_read_vm_exit_msr_load_count(&v32) != VMX_SUCCEED)
		failed++;
	s->vm_exit_msr_load_count = v32;

	v64 = 0;
	if (vmx_vmcs_read_vm_exit_msr_load_address(&v64) != VMX_SUCCEED)
		failed++;
	s->vm_exit_msr_load_address = v64;

	v32 = 0;
	if (vmx_vmcs_read_vm_entry_controls(&v32) != VMX_SUCCEED)
		failed++;
	s->vm_entry_controls = v32;

	v32 = 0;
	if (vmx_vmcs_read_vm_entry_msr_load_count(&v32) != VMX_SUCCEED)
		failed++;
	s->vm_entry_msr_load_count = v32;

	v64 = 0;
	if (vmx_vmcs_read_vm_entry_msr_load_address(&v64) != VMX_SUCCEED)
		failed++;
	s->vm_entry_msr_load_address = v64;

	v32 = 0;
	if (vmx_vmcs_read_vm_entry_interruption_information(&v32) != VMX_SUCCEED)
		failed++;
	s->vm_entry_interruption_information = v32;

	vl = 0;
	if (vmx_vmcs_read_guest_cr0(&vl) != VMX_SUCCEED)
		failed++;
	s->guest_cr0 = vl;

	v32 = 0;
	if (vmx_vmcs_read_vm_entry_exception_error_code(&v32) != VMX_SUCCEED)
		failed++;
	s->vm_entry_exception_error_code = v32;

	v32 = 0;
	if (vmx_vmcs_read_vm_entry_instruction_length(&v32) != VMX_SUCCEED)
		failed++;
	s->vm_entry_instruction_length = v32;

	vl = 0;
	if (vmx_vmcs_read_host_cr0(&vl) != VMX_SUCCEED)
		failed++;
	s->host_cr0 = vl;

	vl = 0;
	if (vmx_vmcs_read_host_cr4(&vl) != VMX_SUCCEED)
		failed++;
	s->host_cr4 = vl;

	vl = 0;
	if (vmx_vmcs_read_host_cr3(&vl) != VMX_SUCCEED)
		failed++;
	s->host_cr3 = vl;

	vl = 0;
	if (vmx_vmcs_read_host_ia32_sysenter_esp(&vl) != VMX_SUCCEED)
		failed++;
	s->host_ia32_sysenter_esp = vl;

	vl = 0;
	if (vmx_vmcs_read_host_ia32_sysenter_eip(&vl) != VMX_SUCCEED)
		failed++;
	s->host_ia32_sysenter_eip = vl;

	v64 = 0;
	if (vmx_vmcs_read_host_ia32_pat(&v64) != VMX_SUCCEED)
		failed++;
	s->host_ia32_pat = v64;

	v64 = 0;
	if (vmx_vmcs_read_host_ia32_efer(&v64) != VMX_SUCCEED)
		failed++;
	s->host_ia32_efer = v64;

	v16 = 0;
	if (vmx_vmcs_read_host_es_selector(&v16) != VMX_SUCCEED)
		failed++;
	s->host_es_selector = v16;

	v16 = 0;
	if (vmx_vmcs_read_host_cs_selector(&v16) != VMX_SUCCEED)
		failed++;
	s->host_cs_selector = v16;

	v16 = 0;
	if (vmx_vmcs_read_host_ss_selector(&v16) != VMX_SUCCEED)
		failed++;
	s->host_ss_selector = v16;

	v16 = 0;
	if (vmx_vmcs_read_host_ds_selector(&v16) != VMX_SUCCEED)
		failed++;
	s->host_ds_selector = v16;

	v16 = 0;
	if (vmx_vmcs_read_host_fs_selector(&v16) != VMX_SUCCEED)
		failed++;
	s->host_fs_selector = v16;

	v16 = 0;
	if (vmx_vmcs_read_host_gs_selector(&v16) != VMX_SUCCEED)
		failed++;
	s->host_gs_selector = v16;

	v16 = 0;
	if (vmx_vmcs_read_host_tr_selector(&v16) != VMX_SUCCEED)
		failed++;
	s->host_tr_selector = v16;

	vl = 0;
	if (vmx_vmcs_read_host_fs_base(&vl) != VMX_SUCCEED)
		failed++;
	s->host_fs_base = vl;

	vl = 0;
	if (vmx_vmcs_read_host_gs_base(&vl) != VMX_SUCCEED)
		failed++;
	s->host_gs_base = vl;

	vl = 0;
	if (vmx_vmcs_read_host_gdtr_base(&vl) != VMX_SUCCEED)
		failed++;
	s->host_gdtr_base = vl;

	vl = 0;
	if (vmx_vmcs_read_host_idtr_base(&vl) != VMX_SUCCEED)
		failed++;
	s->host_idtr_base = vl;

	vl = 0;
	if (vmx_vmcs_read_host_tr_base(&vl) != VMX_SUCCEED)
		failed++;
	s->host_tr_base = vl;

	vl = 0;
	if (vmx_vmcs_read_host_rip(&vl) != VMX_SUCCEED)
		failed++;
	s->host_rip = vl;

	vl = 0;
	if (vmx_vmcs_read_guest_cr4(&vl) != VMX_SUCCEED)
		failed++;
	s->guest_cr4 = vl;

	vl = 0;
	if (vmx_vmcs_read_guest_cr3(&vl) != VMX_SUCCEED)
		failed++;
	s->guest_cr3 = vl;

	vl = 0;
	if (vmx_vmcs_read_guest_dr7(&vl) != VMX_SUCCEED)
		failed++;
	s->guest_dr7 = vl;

	vl = 0;
	if (vmx_vmcs_read_guest_ia32_sysenter_esp(&vl) != VMX_SUCCEED)
		failed++;
	s->guest_ia32_sysenter_esp = vl;

	vl = 0;
	if (vmx_vmcs_read_guest_ia32_sysenter_eip(&vl) != VMX_SUCCEED)
		failed++;
	s->guest_ia32_sysenter_eip = vl;

	v64 = 0;
	if (vmx_vmcs_read_guest_ia32_pat(&v64) != VMX_SUCCEED)
		failed++;
	s->guest_ia32_pat = v64;

	v64 = 0;
	if (vmx_vmcs_read_guest_ia32_efer(&v64) != VMX_SUCCEED)
		failed++;
	s->guest_ia32_efer = v64;

	v16 = 0;
	if (vmx_vmcs_read_guest_tr_selector(&v16) != VMX_SUCCEED)
		failed++;
	s->guest_tr_selector = v16;

	v32 = 0;
	if (vmx_vmcs_read_guest_ldtr_access_rights(&v32) != VMX_SUCCEED)
		failed++;
	s->guest_ldtr_access_rights = v32;

	v16 = 0;
	if (vmx_vmcs_read_guest_ldtr_selector(&v16) != VMX_SUCCEED)
		failed++;
	s->guest_ldtr_selector = v16;

	vl = 0;
	if (vmx_vmcs_read_guest_rflags(&vl) != VMX_SUCCEED)
		failed++;
	s->guest_rflags = vl;

	v16 = 0;
	if (vmx_vmcs_read_guest_ss_selector(&v16) != VMX_SUCCEED)
		failed++;
	s->guest_ss_selector = v16;

	v16 = 0;
	if (vmx_vmcs_read_guest_cs_selector(&v16) != VMX_SUCCEED)
		failed++;
	s->guest_cs_selector = v16;

	vl = 0;
	if (vmx_vmcs_read_guest_tr_base(&vl) != VMX_SUCCEED)
		failed++;
	s->guest_tr_base = vl;

	vl = 0;
	if (vmx_vmcs_read_guest_fs_base(&vl) != VMX_SUCCEED)
		failed++;
	s->guest_fs_base = vl;

	vl = 0;
	if (vmx_vmcs_read_guest_gs_base(&vl) != VMX_SUCCEED)
		failed++;
	s->guest_gs_base = vl;

	vl = 0;
	if (vmx_vmcs_read_guest_ldtr_base(&vl) != VMX_SUCCEED)
		failed++;
	s->guest_ldtr_base = vl;

	vl = 0;
	if (vmx_vmcs_read_guest_cs_base(&vl) != VMX_SUCCEED)
		failed++;
	s->guest_cs_base = vl;

	v32 = 0;
	if (vmx_vmcs_read_guest_ss_access_rights(&v32) != VMX_SUCCEED)
		failed++;
	s->guest_ss_access_rights = v32;

	vl = 0;
	if (vmx_vmcs_read_guest_ss_base(&vl) != VMX_SUCCEED)
		failed++;
	s->guest_ss_base = vl;

	v32 = 0;
	if (vmx_vmcs_read_guest_ds_access_rights(&v32) != VMX_SUCCEED)
		failed++;
	s->guest_ds_access_rights = v32;

	vl = 0;
	if (vmx_vmcs_read_guest_ds_base(&vl) != VMX_SUCCEED)
		failed++;
	s->guest_ds_base = vl;

	v32 = 0;
	if (vmx_vmcs_read_guest_es_access_rights(&v32) != VMX_SUCCEED)
		failed++;
	s->guest_es_access_rights = v32;

	vl = 0;
	if (vmx_vmcs_read_guest_es_base(&vl) != VMX_SUCCEED)
		failed++;
	s->guest_es_base = vl;

	v32 = 0;
	if (vmx_vmcs_read_guest_cs_access_rights(&v32) != VMX_SUCCEED)
		failed++;
	s->guest_cs_access_rights = v32;

	v32 = 0;
	if (vmx_vmcs_read_guest_fs_access_rights(&v32) != VMX_SUCCEED)
		failed++;
	s->guest_fs_access_rights = v32;

	v32 = 0;
	if (vmx_vmcs_read_guest_gs_access_rights(&v32) != VMX_SUCCEED)
		failed++;
	s->guest_gs_access_rights = v32;

	v32 = 0;
	if (vmx_vmcs_read_guest_cs_limit(&v32) != VMX_SUCCEED)
		failed++;
	s->guest_cs_limit = v32;

	v32 = 0;
	if (vmx_vmcs_read_guest_ss_limit(&v32) != VMX_SUCCEED)
		failed++;
	s->guest_ss_limit = v32;

	v32 = 0;
	if (vmx_vmcs_read_guest_ds_limit(&v32) != VMX_SUCCEED)
		failed++;
	s->guest_ds_limit = v32;

	v32 = 0;
	if (vmx_vmcs_read_guest_es_limit(&v32) != VMX_SUCCEED)
		failed++;
	s->guest_es_limit = v32;

	v32 = 0;
	if (vmx_vmcs_read_guest_fs_limit(&v32) != VMX_SUCCEED)
		failed++;
	s->guest_fs_limit = v32;

	v32 = 0;
	if (vmx_vmcs_read_guest_gs_limit(&v32) != VMX_SUCCEED)
		failed++;
	s->guest_gs_limit = v32;

	v32 = 0;
	if (vmx_vmcs_read_guest_tr_limit(&v32) != VMX_SUCCEED)
		failed++;
	s->guest_tr_limit = v32;

	v32 = 0;
	if (vmx_vmcs_read_guest_tr_access_rights(&v32) != VMX_SUCCEED)
		failed++;
	s->guest_tr_access_rights = v32;

	v32 = 0;
	if (vmx_vmcs_read_guest_ldtr_limit(&v32) != VMX_SUCCEED)
		failed++;
	s->guest_ldtr_limit = v32;

	v16 = 0;
	if (vmx_vmcs_read_guest_ds_selector(&v16) != VMX_SUCCEED)
		failed++;
	s->guest_ds_selector = v16;

	v16 = 0;
	if (vmx_vmcs_read_guest_es_selector(&v16) != VMX_SUCCEED)
		failed++;
	s->guest_es_selector = v16;

	v16 = 0;
	if (vmx_vmcs_read_guest_fs_selector(&v16) != VMX_SUCCEED)
		failed++;
	s->guest_fs_selector = v16;

	v16 = 0;
	if (vmx_vmcs_read_guest_gs_selector(&v16) != VMX_SUCCEED)
		failed++;
	s->guest_gs_selector = v16;

	vl = 0;
	if (vmx_vmcs_read_guest_gdtr_base(&vl) != VMX_SUCCEED)
		failed++;
	s->guest_gdtr_base = vl;

	v32 = 0;
	if (vmx_vmcs_read_guest_gdtr_limit(&v32) != VMX_SUCCEED)
		failed++;
	s->guest_gdtr_limit = v32;

	vl = 0;
	if (vmx_vmcs_read_guest_idtr_base(&vl) != VMX_SUCCEED)
		failed++;
	s->guest_idtr_base = vl;

	v32 = 0;
	if (vmx_vmcs_read_guest_idtr_limit(&v32) != VMX_SUCCEED)
		failed++;
	s->guest_idtr_limit = v32;

	vl = 0;
	if (vmx_vmcs_read_guest_rip(&vl) != VMX_SUCCEED)
		failed++;
	s->guest_rip = vl;

	v32 = 0;
	if (vmx_vmcs_read_guest_activity_state(&v32) != VMX_SUCCEED)
		failed++;
	s->guest_activity_state = v32;

	v32 = 0;
	if (vmx_vmcs_read_guest_interruptibility_state(&v32) != VMX_SUCCEED)
		failed++;
	s->guest_interruptibility_state = v32;

	vl = 0;
	if (vmx_vmcs_read_guest_pending_debug_exceptions(&vl) != VMX_SUCCEED)
		failed++;
	s->guest_pending_debug_exceptions = vl;

	v64 = 0;
	if (vmx_vmcs_read_guest_pdpte0(&v64) != VMX_SUCCEED)
		failed++;
	s->guest_pdpte0 = v64;

	v64 = 0;
	if (vmx_vmcs_read_guest_pdpte1(&v64) != VMX_SUCCEED)
		failed++;
	s->guest_pdpte1 = v64;

	v64 = 0;
	if (vmx_vmcs_read_guest_pdpte2(&v64) != VMX_SUCCEED)
		failed++;
	s->guest_pdpte2 = v64;

	v64 = 0;
	if (vmx_vmcs_read_guest_pdpte3(&v64) != VMX_SUCCEED)
		failed++;
	s->guest_pdpte3 = v64;

	v64 = 0;
	if (vmx_vmcs_read_vmcs_link_pointer(&v64) != VMX_SUCCEED)
		failed++;
	s->vmcs_link_pointer = v64;
	return failed;
}

#endif /* VMXGEN_VMX_ENTRY_CHECK_H */
