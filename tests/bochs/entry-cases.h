/* SPDX-License-Identifier: MIT */
/* DO NOT EDIT: made by tests/bochs/gen-entry-cases.py from the spec's entry checks. */

struct entry_case {
	const char *id;
	enum vmx_entry_check_rule_id rule;
	unsigned int n;
	struct entry_edit edits[5];
};

static const struct entry_case entry_cases[] = {
	{ "entry-check-pin-controls-allowed", VMX_ENTRY_CHECK_PIN_CONTROLS_ALLOWED, 1, {
		{ VMCS_PIN_BASED_VM_EXECUTION_CONTROLS, "pin_based_vm_execution_controls", 0x2ULL, 0x0ULL },
	} },
	{ "entry-check-proc-controls-allowed", VMX_ENTRY_CHECK_PROC_CONTROLS_ALLOWED, 1, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-proc2-controls-allowed", VMX_ENTRY_CHECK_PROC2_CONTROLS_ALLOWED, 2, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "secondary_processor_based_vm_execution_controls", 0x8000ULL, 0x8000ULL },
	} },
	{ "entry-check-proc3-controls-allowed", VMX_ENTRY_CHECK_PROC3_CONTROLS_ALLOWED, 2, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x20000ULL, 0x20000ULL },
		{ VMCS_TERTIARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "tertiary_processor_based_vm_execution_controls", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-cr3-target-count", VMX_ENTRY_CHECK_CR3_TARGET_COUNT, 1, {
		{ VMCS_CR3_TARGET_COUNT, "cr3_target_count", 0x8ULL, 0x8ULL },
	} },
	{ "entry-check-io-bitmap-a-address", VMX_ENTRY_CHECK_IO_BITMAP_A_ADDRESS, 2, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x2000000ULL, 0x2000000ULL },
		{ VMCS_IO_BITMAP_A_ADDRESS, "io_bitmap_a_address", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-io-bitmap-b-address", VMX_ENTRY_CHECK_IO_BITMAP_B_ADDRESS, 2, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x2000000ULL, 0x2000000ULL },
		{ VMCS_IO_BITMAP_B_ADDRESS, "io_bitmap_b_address", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-msr-bitmaps-address", VMX_ENTRY_CHECK_MSR_BITMAPS_ADDRESS, 2, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x10000000ULL, 0x10000000ULL },
		{ VMCS_MSR_BITMAPS_ADDRESS, "msr_bitmaps_address", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-virtual-apic-address", VMX_ENTRY_CHECK_VIRTUAL_APIC_ADDRESS, 2, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x200000ULL, 0x200000ULL },
		{ VMCS_VIRTUAL_APIC_ADDRESS, "virtual_apic_address", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-tpr-threshold-bits", VMX_ENTRY_CHECK_TPR_THRESHOLD_BITS, 2, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x200000ULL, 0x200000ULL },
		{ VMCS_TPR_THRESHOLD, "tpr_threshold", 0x10ULL, 0x10ULL },
	} },
	{ "entry-check-apic-virtualization-needs-tpr-shadow", VMX_ENTRY_CHECK_APIC_VIRTUALIZATION_NEEDS_TPR_SHADOW, 2, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "secondary_processor_based_vm_execution_controls", 0x10ULL, 0x10ULL },
	} },
	{ "entry-check-virtual-nmis-need-nmi-exiting", VMX_ENTRY_CHECK_VIRTUAL_NMIS_NEED_NMI_EXITING, 1, {
		{ VMCS_PIN_BASED_VM_EXECUTION_CONTROLS, "pin_based_vm_execution_controls", 0x20ULL, 0x20ULL },
	} },
	{ "entry-check-nmi-window-needs-virtual-nmis", VMX_ENTRY_CHECK_NMI_WINDOW_NEEDS_VIRTUAL_NMIS, 1, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x400000ULL, 0x400000ULL },
	} },
	{ "entry-check-apic-access-address", VMX_ENTRY_CHECK_APIC_ACCESS_ADDRESS, 3, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "secondary_processor_based_vm_execution_controls", 0x1ULL, 0x1ULL },
		{ VMCS_APIC_ACCESS_ADDRESS, "apic_access_address", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-x2apic-excludes-apic-accesses", VMX_ENTRY_CHECK_X2APIC_EXCLUDES_APIC_ACCESSES, 3, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "secondary_processor_based_vm_execution_controls", 0x10ULL, 0x10ULL },
		{ VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "secondary_processor_based_vm_execution_controls", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-virtual-interrupt-delivery-needs-interrupt-exiting", VMX_ENTRY_CHECK_VIRTUAL_INTERRUPT_DELIVERY_NEEDS_INTERRUPT_EXITING, 2, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "secondary_processor_based_vm_execution_controls", 0x200ULL, 0x200ULL },
	} },
	{ "entry-check-posted-interrupts-need-delivery-and-ack", VMX_ENTRY_CHECK_POSTED_INTERRUPTS_NEED_DELIVERY_AND_ACK, 1, {
		{ VMCS_PIN_BASED_VM_EXECUTION_CONTROLS, "pin_based_vm_execution_controls", 0x80ULL, 0x80ULL },
	} },
	{ "entry-check-posted-interrupt-vector", VMX_ENTRY_CHECK_POSTED_INTERRUPT_VECTOR, 2, {
		{ VMCS_PIN_BASED_VM_EXECUTION_CONTROLS, "pin_based_vm_execution_controls", 0x80ULL, 0x80ULL },
		{ VMCS_POSTED_INTERRUPT_NOTIFICATION_VECTOR, "posted_interrupt_notification_vector", 0x100ULL, 0x100ULL },
	} },
	{ "entry-check-posted-interrupt-descriptor-address", VMX_ENTRY_CHECK_POSTED_INTERRUPT_DESCRIPTOR_ADDRESS, 2, {
		{ VMCS_PIN_BASED_VM_EXECUTION_CONTROLS, "pin_based_vm_execution_controls", 0x80ULL, 0x80ULL },
		{ VMCS_POSTED_INTERRUPT_DESCRIPTOR_ADDRESS, "posted_interrupt_descriptor_address", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-vpid-nonzero", VMX_ENTRY_CHECK_VPID_NONZERO, 2, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "secondary_processor_based_vm_execution_controls", 0x20ULL, 0x20ULL },
	} },
	{ "entry-check-eptp-memory-type", VMX_ENTRY_CHECK_EPTP_MEMORY_TYPE, 3, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "secondary_processor_based_vm_execution_controls", 0x2ULL, 0x2ULL },
		{ VMCS_EPT_POINTER, "ept_pointer", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-eptp-walk-length", VMX_ENTRY_CHECK_EPTP_WALK_LENGTH, 2, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "secondary_processor_based_vm_execution_controls", 0x2ULL, 0x2ULL },
	} },
	{ "entry-check-eptp-reserved", VMX_ENTRY_CHECK_EPTP_RESERVED, 3, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "secondary_processor_based_vm_execution_controls", 0x2ULL, 0x2ULL },
		{ VMCS_EPT_POINTER, "ept_pointer", 0x100ULL, 0x100ULL },
	} },
	{ "entry-check-unrestricted-guest-needs-ept", VMX_ENTRY_CHECK_UNRESTRICTED_GUEST_NEEDS_EPT, 2, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "secondary_processor_based_vm_execution_controls", 0x80ULL, 0x80ULL },
	} },
	{ "entry-check-pml-needs-ept", VMX_ENTRY_CHECK_PML_NEEDS_EPT, 2, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "secondary_processor_based_vm_execution_controls", 0x20000ULL, 0x20000ULL },
	} },
	{ "entry-check-pml-address", VMX_ENTRY_CHECK_PML_ADDRESS, 3, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "secondary_processor_based_vm_execution_controls", 0x20000ULL, 0x20000ULL },
		{ VMCS_PML_ADDRESS, "pml_address", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-mode-based-execute-needs-ept", VMX_ENTRY_CHECK_MODE_BASED_EXECUTE_NEEDS_EPT, 2, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "secondary_processor_based_vm_execution_controls", 0x400000ULL, 0x400000ULL },
	} },
	{ "entry-check-vmread-bitmap-address", VMX_ENTRY_CHECK_VMREAD_BITMAP_ADDRESS, 3, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "secondary_processor_based_vm_execution_controls", 0x4000ULL, 0x4000ULL },
		{ VMCS_VMREAD_BITMAP_ADDRESS, "vmread_bitmap_address", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-vmwrite-bitmap-address", VMX_ENTRY_CHECK_VMWRITE_BITMAP_ADDRESS, 3, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "secondary_processor_based_vm_execution_controls", 0x4000ULL, 0x4000ULL },
		{ VMCS_VMWRITE_BITMAP_ADDRESS, "vmwrite_bitmap_address", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-ve-information-address", VMX_ENTRY_CHECK_VE_INFORMATION_ADDRESS, 3, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "secondary_processor_based_vm_execution_controls", 0x40000ULL, 0x40000ULL },
		{ VMCS_VIRTUALIZATION_EXCEPTION_INFORMATION_ADDRESS, "virtualization_exception_information_address", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-vm-function-controls-allowed", VMX_ENTRY_CHECK_VM_FUNCTION_CONTROLS_ALLOWED, 3, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "secondary_processor_based_vm_execution_controls", 0x2000ULL, 0x2000ULL },
		{ VMCS_VM_FUNCTION_CONTROLS, "vm_function_controls", 0x2ULL, 0x2ULL },
	} },
	{ "entry-check-eptp-switching-needs-ept", VMX_ENTRY_CHECK_EPTP_SWITCHING_NEEDS_EPT, 3, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "secondary_processor_based_vm_execution_controls", 0x2000ULL, 0x2000ULL },
		{ VMCS_VM_FUNCTION_CONTROLS, "vm_function_controls", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-eptp-list-address", VMX_ENTRY_CHECK_EPTP_LIST_ADDRESS, 4, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "secondary_processor_based_vm_execution_controls", 0x2000ULL, 0x2000ULL },
		{ VMCS_VM_FUNCTION_CONTROLS, "vm_function_controls", 0x1ULL, 0x1ULL },
		{ VMCS_EPTP_LIST_ADDRESS, "eptp_list_address", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-exit-controls-allowed", VMX_ENTRY_CHECK_EXIT_CONTROLS_ALLOWED, 1, {
		{ VMCS_PRIMARY_VM_EXIT_CONTROLS, "primary_vm_exit_controls", 0x1ULL, 0x0ULL },
	} },
	{ "entry-check-exit2-controls-allowed", VMX_ENTRY_CHECK_EXIT2_CONTROLS_ALLOWED, 2, {
		{ VMCS_PRIMARY_VM_EXIT_CONTROLS, "primary_vm_exit_controls", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_SECONDARY_VM_EXIT_CONTROLS, "secondary_vm_exit_controls", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-save-preemption-timer-needs-timer", VMX_ENTRY_CHECK_SAVE_PREEMPTION_TIMER_NEEDS_TIMER, 1, {
		{ VMCS_PRIMARY_VM_EXIT_CONTROLS, "primary_vm_exit_controls", 0x400000ULL, 0x400000ULL },
	} },
	{ "entry-check-exit-msr-store-address", VMX_ENTRY_CHECK_EXIT_MSR_STORE_ADDRESS, 2, {
		{ VMCS_VM_EXIT_MSR_STORE_COUNT, "vm_exit_msr_store_count", 0x1ULL, 0x1ULL },
		{ VMCS_VM_EXIT_MSR_STORE_ADDRESS, "vm_exit_msr_store_address", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-exit-msr-load-address", VMX_ENTRY_CHECK_EXIT_MSR_LOAD_ADDRESS, 2, {
		{ VMCS_VM_EXIT_MSR_LOAD_COUNT, "vm_exit_msr_load_count", 0x1ULL, 0x1ULL },
		{ VMCS_VM_EXIT_MSR_LOAD_ADDRESS, "vm_exit_msr_load_address", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-entry-controls-allowed", VMX_ENTRY_CHECK_ENTRY_CONTROLS_ALLOWED, 1, {
		{ VMCS_VM_ENTRY_CONTROLS, "vm_entry_controls", 0x1ULL, 0x0ULL },
	} },
	{ "entry-check-entry-to-smm-outside-smm", VMX_ENTRY_CHECK_ENTRY_TO_SMM_OUTSIDE_SMM, 1, {
		{ VMCS_VM_ENTRY_CONTROLS, "vm_entry_controls", 0x400ULL, 0x400ULL },
	} },
	{ "entry-check-dual-monitor-outside-smm", VMX_ENTRY_CHECK_DUAL_MONITOR_OUTSIDE_SMM, 1, {
		{ VMCS_VM_ENTRY_CONTROLS, "vm_entry_controls", 0x800ULL, 0x800ULL },
	} },
	{ "entry-check-entry-msr-load-address", VMX_ENTRY_CHECK_ENTRY_MSR_LOAD_ADDRESS, 2, {
		{ VMCS_VM_ENTRY_MSR_LOAD_COUNT, "vm_entry_msr_load_count", 0x1ULL, 0x1ULL },
		{ VMCS_VM_ENTRY_MSR_LOAD_ADDRESS, "vm_entry_msr_load_address", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-event-type-not-reserved", VMX_ENTRY_CHECK_EVENT_TYPE_NOT_RESERVED, 2, {
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x100ULL, 0x100ULL },
	} },
	{ "entry-check-event-other-needs-mtf", VMX_ENTRY_CHECK_EVENT_OTHER_NEEDS_MTF, 2, {
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x700ULL, 0x700ULL },
	} },
	{ "entry-check-event-nmi-vector", VMX_ENTRY_CHECK_EVENT_NMI_VECTOR, 2, {
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x200ULL, 0x200ULL },
	} },
	{ "entry-check-event-exception-vector", VMX_ENTRY_CHECK_EVENT_EXCEPTION_VECTOR, 3, {
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x700ULL, 0x300ULL },
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x20ULL, 0x20ULL },
	} },
	{ "entry-check-event-other-vector", VMX_ENTRY_CHECK_EVENT_OTHER_VECTOR, 3, {
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x700ULL, 0x700ULL },
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-event-reserved-bits", VMX_ENTRY_CHECK_EVENT_RESERVED_BITS, 2, {
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x1000ULL, 0x1000ULL },
	} },
	{ "entry-check-event-error-code-only-exceptions", VMX_ENTRY_CHECK_EVENT_ERROR_CODE_ONLY_EXCEPTIONS, 2, {
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x800ULL, 0x800ULL },
	} },
	{ "entry-check-event-error-code-needed", VMX_ENTRY_CHECK_EVENT_ERROR_CODE_NEEDED, 3, {
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x700ULL, 0x300ULL },
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x8ULL, 0x8ULL },
	} },
	{ "entry-check-event-error-code-bits", VMX_ENTRY_CHECK_EVENT_ERROR_CODE_BITS, 3, {
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x800ULL, 0x800ULL },
		{ VMCS_VM_ENTRY_EXCEPTION_ERROR_CODE, "vm_entry_exception_error_code", 0x10000ULL, 0x10000ULL },
	} },
	{ "entry-check-event-instruction-length", VMX_ENTRY_CHECK_EVENT_INSTRUCTION_LENGTH, 3, {
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x400ULL, 0x400ULL },
		{ VMCS_VM_ENTRY_INSTRUCTION_LENGTH, "vm_entry_instruction_length", 0x10ULL, 0x10ULL },
	} },
	{ "entry-check-host-cr0-fixed", VMX_ENTRY_CHECK_HOST_CR0_FIXED, 1, {
		{ VMCS_HOST_CR0, "host_cr0", 0x1ULL, 0x0ULL },
	} },
	{ "entry-check-host-cr4-fixed", VMX_ENTRY_CHECK_HOST_CR4_FIXED, 1, {
		{ VMCS_HOST_CR4, "host_cr4", 0x800ULL, 0x800ULL },
	} },
	{ "entry-check-host-cr3-width", VMX_ENTRY_CHECK_HOST_CR3_WIDTH, 1, {
		{ VMCS_HOST_CR3, "host_cr3", 0x10000000000ULL, 0x10000000000ULL },
	} },
	{ "entry-check-host-sysenter-esp-canonical", VMX_ENTRY_CHECK_HOST_SYSENTER_ESP_CANONICAL, 1, {
		{ VMCS_HOST_IA32_SYSENTER_ESP, "host_ia32_sysenter_esp", 0x800000000000ULL, 0x800000000000ULL },
	} },
	{ "entry-check-host-sysenter-eip-canonical", VMX_ENTRY_CHECK_HOST_SYSENTER_EIP_CANONICAL, 1, {
		{ VMCS_HOST_IA32_SYSENTER_EIP, "host_ia32_sysenter_eip", 0x800000000000ULL, 0x800000000000ULL },
	} },
	{ "entry-check-host-pat", VMX_ENTRY_CHECK_HOST_PAT, 2, {
		{ VMCS_PRIMARY_VM_EXIT_CONTROLS, "primary_vm_exit_controls", 0x80000ULL, 0x80000ULL },
		{ VMCS_HOST_IA32_PAT, "host_ia32_pat", 0x2ULL, 0x2ULL },
	} },
	{ "entry-check-host-efer-reserved", VMX_ENTRY_CHECK_HOST_EFER_RESERVED, 2, {
		{ VMCS_PRIMARY_VM_EXIT_CONTROLS, "primary_vm_exit_controls", 0x200000ULL, 0x200000ULL },
		{ VMCS_HOST_IA32_EFER, "host_ia32_efer", 0x2ULL, 0x2ULL },
	} },
	{ "entry-check-host-efer-lma-lme", VMX_ENTRY_CHECK_HOST_EFER_LMA_LME, 2, {
		{ VMCS_PRIMARY_VM_EXIT_CONTROLS, "primary_vm_exit_controls", 0x200000ULL, 0x200000ULL },
		{ VMCS_HOST_IA32_EFER, "host_ia32_efer", 0x100ULL, 0x0ULL },
	} },
	{ "entry-check-host-es-selector-rpl-ti", VMX_ENTRY_CHECK_HOST_ES_SELECTOR_RPL_TI, 1, {
		{ VMCS_HOST_ES_SELECTOR, "host_es_selector", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-host-cs-selector-rpl-ti", VMX_ENTRY_CHECK_HOST_CS_SELECTOR_RPL_TI, 1, {
		{ VMCS_HOST_CS_SELECTOR, "host_cs_selector", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-host-ss-selector-rpl-ti", VMX_ENTRY_CHECK_HOST_SS_SELECTOR_RPL_TI, 1, {
		{ VMCS_HOST_SS_SELECTOR, "host_ss_selector", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-host-ds-selector-rpl-ti", VMX_ENTRY_CHECK_HOST_DS_SELECTOR_RPL_TI, 1, {
		{ VMCS_HOST_DS_SELECTOR, "host_ds_selector", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-host-fs-selector-rpl-ti", VMX_ENTRY_CHECK_HOST_FS_SELECTOR_RPL_TI, 1, {
		{ VMCS_HOST_FS_SELECTOR, "host_fs_selector", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-host-gs-selector-rpl-ti", VMX_ENTRY_CHECK_HOST_GS_SELECTOR_RPL_TI, 1, {
		{ VMCS_HOST_GS_SELECTOR, "host_gs_selector", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-host-tr-selector-rpl-ti", VMX_ENTRY_CHECK_HOST_TR_SELECTOR_RPL_TI, 1, {
		{ VMCS_HOST_TR_SELECTOR, "host_tr_selector", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-host-cs-selector-nonzero", VMX_ENTRY_CHECK_HOST_CS_SELECTOR_NONZERO, 1, {
		{ VMCS_HOST_CS_SELECTOR, "host_cs_selector", 0x8ULL, 0x0ULL },
	} },
	{ "entry-check-host-tr-selector-nonzero", VMX_ENTRY_CHECK_HOST_TR_SELECTOR_NONZERO, 1, {
		{ VMCS_HOST_TR_SELECTOR, "host_tr_selector", 0xffffULL, 0x0ULL },
	} },
	{ "entry-check-host-ss-selector-nonzero", VMX_ENTRY_CHECK_HOST_SS_SELECTOR_NONZERO, 2, {
		{ VMCS_PRIMARY_VM_EXIT_CONTROLS, "primary_vm_exit_controls", 0x200ULL, 0x0ULL },
		{ VMCS_HOST_SS_SELECTOR, "host_ss_selector", 0x10ULL, 0x0ULL },
	} },
	{ "entry-check-host-fs-base-canonical", VMX_ENTRY_CHECK_HOST_FS_BASE_CANONICAL, 1, {
		{ VMCS_HOST_FS_BASE, "host_fs_base", 0x800000000000ULL, 0x800000000000ULL },
	} },
	{ "entry-check-host-gs-base-canonical", VMX_ENTRY_CHECK_HOST_GS_BASE_CANONICAL, 1, {
		{ VMCS_HOST_GS_BASE, "host_gs_base", 0x800000000000ULL, 0x800000000000ULL },
	} },
	{ "entry-check-host-gdtr-base-canonical", VMX_ENTRY_CHECK_HOST_GDTR_BASE_CANONICAL, 1, {
		{ VMCS_HOST_GDTR_BASE, "host_gdtr_base", 0x800000000000ULL, 0x800000000000ULL },
	} },
	{ "entry-check-host-idtr-base-canonical", VMX_ENTRY_CHECK_HOST_IDTR_BASE_CANONICAL, 1, {
		{ VMCS_HOST_IDTR_BASE, "host_idtr_base", 0x800000000000ULL, 0x800000000000ULL },
	} },
	{ "entry-check-host-tr-base-canonical", VMX_ENTRY_CHECK_HOST_TR_BASE_CANONICAL, 1, {
		{ VMCS_HOST_TR_BASE, "host_tr_base", 0x800000000000ULL, 0x800000000000ULL },
	} },
	{ "entry-check-host-address-space-size-mode", VMX_ENTRY_CHECK_HOST_ADDRESS_SPACE_SIZE_MODE, 1, {
		{ VMCS_PRIMARY_VM_EXIT_CONTROLS, "primary_vm_exit_controls", 0x200ULL, 0x0ULL },
	} },
	{ "entry-check-host-32-no-ia32e-guest", VMX_ENTRY_CHECK_HOST_32_NO_IA32E_GUEST, 1, {
		{ VMCS_PRIMARY_VM_EXIT_CONTROLS, "primary_vm_exit_controls", 0x200ULL, 0x0ULL },
	} },
	{ "entry-check-host-32-no-pcide", VMX_ENTRY_CHECK_HOST_32_NO_PCIDE, 2, {
		{ VMCS_PRIMARY_VM_EXIT_CONTROLS, "primary_vm_exit_controls", 0x200ULL, 0x0ULL },
		{ VMCS_HOST_CR4, "host_cr4", 0x20000ULL, 0x20000ULL },
	} },
	{ "entry-check-host-32-rip", VMX_ENTRY_CHECK_HOST_32_RIP, 2, {
		{ VMCS_PRIMARY_VM_EXIT_CONTROLS, "primary_vm_exit_controls", 0x200ULL, 0x0ULL },
		{ VMCS_HOST_RIP, "host_rip", 0x100000000ULL, 0x100000000ULL },
	} },
	{ "entry-check-host-64-pae", VMX_ENTRY_CHECK_HOST_64_PAE, 1, {
		{ VMCS_HOST_CR4, "host_cr4", 0x20ULL, 0x0ULL },
	} },
	{ "entry-check-host-64-rip-canonical", VMX_ENTRY_CHECK_HOST_64_RIP_CANONICAL, 1, {
		{ VMCS_HOST_RIP, "host_rip", 0x800000000000ULL, 0x800000000000ULL },
	} },
	{ "entry-check-guest-cr0-fixed", VMX_ENTRY_CHECK_GUEST_CR0_FIXED, 1, {
		{ VMCS_GUEST_CR0, "guest_cr0", 0x20ULL, 0x0ULL },
	} },
	{ "entry-check-guest-cr0-fixed-unrestricted", VMX_ENTRY_CHECK_GUEST_CR0_FIXED_UNRESTRICTED, 3, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "secondary_processor_based_vm_execution_controls", 0x80ULL, 0x80ULL },
		{ VMCS_GUEST_CR0, "guest_cr0", 0x20ULL, 0x0ULL },
	} },
	{ "entry-check-guest-cr0-pg-needs-pe", VMX_ENTRY_CHECK_GUEST_CR0_PG_NEEDS_PE, 1, {
		{ VMCS_GUEST_CR0, "guest_cr0", 0x1ULL, 0x0ULL },
	} },
	{ "entry-check-guest-cr4-fixed", VMX_ENTRY_CHECK_GUEST_CR4_FIXED, 1, {
		{ VMCS_GUEST_CR4, "guest_cr4", 0x800ULL, 0x800ULL },
	} },
	{ "entry-check-guest-ia32e-paging", VMX_ENTRY_CHECK_GUEST_IA32E_PAGING, 1, {
		{ VMCS_GUEST_CR0, "guest_cr0", 0x80000000ULL, 0x0ULL },
	} },
	{ "entry-check-guest-ia32e-pae", VMX_ENTRY_CHECK_GUEST_IA32E_PAE, 1, {
		{ VMCS_GUEST_CR4, "guest_cr4", 0x20ULL, 0x0ULL },
	} },
	{ "entry-check-guest-32-no-pcide", VMX_ENTRY_CHECK_GUEST_32_NO_PCIDE, 2, {
		{ VMCS_VM_ENTRY_CONTROLS, "vm_entry_controls", 0x200ULL, 0x0ULL },
		{ VMCS_GUEST_CR4, "guest_cr4", 0x20000ULL, 0x20000ULL },
	} },
	{ "entry-check-guest-cr3-width", VMX_ENTRY_CHECK_GUEST_CR3_WIDTH, 1, {
		{ VMCS_GUEST_CR3, "guest_cr3", 0x10000000000ULL, 0x10000000000ULL },
	} },
	{ "entry-check-guest-dr7-high", VMX_ENTRY_CHECK_GUEST_DR7_HIGH, 2, {
		{ VMCS_VM_ENTRY_CONTROLS, "vm_entry_controls", 0x4ULL, 0x4ULL },
		{ VMCS_GUEST_DR7, "guest_dr7", 0x100000000ULL, 0x100000000ULL },
	} },
	{ "entry-check-guest-sysenter-esp-canonical", VMX_ENTRY_CHECK_GUEST_SYSENTER_ESP_CANONICAL, 1, {
		{ VMCS_GUEST_IA32_SYSENTER_ESP, "guest_ia32_sysenter_esp", 0x800000000000ULL, 0x800000000000ULL },
	} },
	{ "entry-check-guest-sysenter-eip-canonical", VMX_ENTRY_CHECK_GUEST_SYSENTER_EIP_CANONICAL, 1, {
		{ VMCS_GUEST_IA32_SYSENTER_EIP, "guest_ia32_sysenter_eip", 0x800000000000ULL, 0x800000000000ULL },
	} },
	{ "entry-check-guest-pat", VMX_ENTRY_CHECK_GUEST_PAT, 2, {
		{ VMCS_VM_ENTRY_CONTROLS, "vm_entry_controls", 0x4000ULL, 0x4000ULL },
		{ VMCS_GUEST_IA32_PAT, "guest_ia32_pat", 0x2ULL, 0x2ULL },
	} },
	{ "entry-check-guest-efer-reserved", VMX_ENTRY_CHECK_GUEST_EFER_RESERVED, 2, {
		{ VMCS_VM_ENTRY_CONTROLS, "vm_entry_controls", 0x8000ULL, 0x8000ULL },
		{ VMCS_GUEST_IA32_EFER, "guest_ia32_efer", 0x2ULL, 0x2ULL },
	} },
	{ "entry-check-guest-efer-lma", VMX_ENTRY_CHECK_GUEST_EFER_LMA, 2, {
		{ VMCS_VM_ENTRY_CONTROLS, "vm_entry_controls", 0x8000ULL, 0x8000ULL },
		{ VMCS_GUEST_IA32_EFER, "guest_ia32_efer", 0x400ULL, 0x0ULL },
	} },
	{ "entry-check-guest-efer-lme", VMX_ENTRY_CHECK_GUEST_EFER_LME, 2, {
		{ VMCS_VM_ENTRY_CONTROLS, "vm_entry_controls", 0x8000ULL, 0x8000ULL },
		{ VMCS_GUEST_IA32_EFER, "guest_ia32_efer", 0x100ULL, 0x0ULL },
	} },
	{ "entry-check-guest-tr-ti", VMX_ENTRY_CHECK_GUEST_TR_TI, 1, {
		{ VMCS_GUEST_TR_SELECTOR, "guest_tr_selector", 0x4ULL, 0x4ULL },
	} },
	{ "entry-check-guest-ldtr-ti", VMX_ENTRY_CHECK_GUEST_LDTR_TI, 2, {
		{ VMCS_GUEST_LDTR_ACCESS_RIGHTS, "guest_ldtr_access_rights", 0x10000ULL, 0x0ULL },
		{ VMCS_GUEST_LDTR_SELECTOR, "guest_ldtr_selector", 0x4ULL, 0x4ULL },
	} },
	{ "entry-check-guest-ss-rpl-cs-rpl", VMX_ENTRY_CHECK_GUEST_SS_RPL_CS_RPL, 1, {
		{ VMCS_GUEST_CS_SELECTOR, "guest_cs_selector", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-guest-tr-base-canonical", VMX_ENTRY_CHECK_GUEST_TR_BASE_CANONICAL, 1, {
		{ VMCS_GUEST_TR_BASE, "guest_tr_base", 0x800000000000ULL, 0x800000000000ULL },
	} },
	{ "entry-check-guest-fs-base-canonical", VMX_ENTRY_CHECK_GUEST_FS_BASE_CANONICAL, 1, {
		{ VMCS_GUEST_FS_BASE, "guest_fs_base", 0x800000000000ULL, 0x800000000000ULL },
	} },
	{ "entry-check-guest-gs-base-canonical", VMX_ENTRY_CHECK_GUEST_GS_BASE_CANONICAL, 1, {
		{ VMCS_GUEST_GS_BASE, "guest_gs_base", 0x800000000000ULL, 0x800000000000ULL },
	} },
	{ "entry-check-guest-ldtr-base-canonical", VMX_ENTRY_CHECK_GUEST_LDTR_BASE_CANONICAL, 2, {
		{ VMCS_GUEST_LDTR_ACCESS_RIGHTS, "guest_ldtr_access_rights", 0x10000ULL, 0x0ULL },
		{ VMCS_GUEST_LDTR_BASE, "guest_ldtr_base", 0x800000000000ULL, 0x800000000000ULL },
	} },
	{ "entry-check-guest-cs-base-high", VMX_ENTRY_CHECK_GUEST_CS_BASE_HIGH, 1, {
		{ VMCS_GUEST_CS_BASE, "guest_cs_base", 0x100000000ULL, 0x100000000ULL },
	} },
	{ "entry-check-guest-ss-base-high", VMX_ENTRY_CHECK_GUEST_SS_BASE_HIGH, 1, {
		{ VMCS_GUEST_SS_BASE, "guest_ss_base", 0x100000000ULL, 0x100000000ULL },
	} },
	{ "entry-check-guest-ds-base-high", VMX_ENTRY_CHECK_GUEST_DS_BASE_HIGH, 1, {
		{ VMCS_GUEST_DS_BASE, "guest_ds_base", 0x100000000ULL, 0x100000000ULL },
	} },
	{ "entry-check-guest-es-base-high", VMX_ENTRY_CHECK_GUEST_ES_BASE_HIGH, 1, {
		{ VMCS_GUEST_ES_BASE, "guest_es_base", 0x100000000ULL, 0x100000000ULL },
	} },
	{ "entry-check-guest-cs-type", VMX_ENTRY_CHECK_GUEST_CS_TYPE, 1, {
		{ VMCS_GUEST_CS_ACCESS_RIGHTS, "guest_cs_access_rights", 0x1ULL, 0x0ULL },
	} },
	{ "entry-check-guest-cs-type-unrestricted", VMX_ENTRY_CHECK_GUEST_CS_TYPE_UNRESTRICTED, 3, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "secondary_processor_based_vm_execution_controls", 0x80ULL, 0x80ULL },
		{ VMCS_GUEST_CS_ACCESS_RIGHTS, "guest_cs_access_rights", 0x1ULL, 0x0ULL },
	} },
	{ "entry-check-guest-ss-type", VMX_ENTRY_CHECK_GUEST_SS_TYPE, 1, {
		{ VMCS_GUEST_SS_ACCESS_RIGHTS, "guest_ss_access_rights", 0x1ULL, 0x0ULL },
	} },
	{ "entry-check-guest-ds-type", VMX_ENTRY_CHECK_GUEST_DS_TYPE, 1, {
		{ VMCS_GUEST_DS_ACCESS_RIGHTS, "guest_ds_access_rights", 0x1ULL, 0x0ULL },
	} },
	{ "entry-check-guest-es-type", VMX_ENTRY_CHECK_GUEST_ES_TYPE, 1, {
		{ VMCS_GUEST_ES_ACCESS_RIGHTS, "guest_es_access_rights", 0x1ULL, 0x0ULL },
	} },
	{ "entry-check-guest-fs-type", VMX_ENTRY_CHECK_GUEST_FS_TYPE, 1, {
		{ VMCS_GUEST_FS_ACCESS_RIGHTS, "guest_fs_access_rights", 0x1ULL, 0x0ULL },
	} },
	{ "entry-check-guest-gs-type", VMX_ENTRY_CHECK_GUEST_GS_TYPE, 1, {
		{ VMCS_GUEST_GS_ACCESS_RIGHTS, "guest_gs_access_rights", 0x1ULL, 0x0ULL },
	} },
	{ "entry-check-guest-cs-s", VMX_ENTRY_CHECK_GUEST_CS_S, 1, {
		{ VMCS_GUEST_CS_ACCESS_RIGHTS, "guest_cs_access_rights", 0x10ULL, 0x0ULL },
	} },
	{ "entry-check-guest-cs-present", VMX_ENTRY_CHECK_GUEST_CS_PRESENT, 1, {
		{ VMCS_GUEST_CS_ACCESS_RIGHTS, "guest_cs_access_rights", 0x80ULL, 0x0ULL },
	} },
	{ "entry-check-guest-cs-ar-reserved", VMX_ENTRY_CHECK_GUEST_CS_AR_RESERVED, 1, {
		{ VMCS_GUEST_CS_ACCESS_RIGHTS, "guest_cs_access_rights", 0x100ULL, 0x100ULL },
	} },
	{ "entry-check-guest-ss-s", VMX_ENTRY_CHECK_GUEST_SS_S, 1, {
		{ VMCS_GUEST_SS_ACCESS_RIGHTS, "guest_ss_access_rights", 0x10ULL, 0x0ULL },
	} },
	{ "entry-check-guest-ss-present", VMX_ENTRY_CHECK_GUEST_SS_PRESENT, 1, {
		{ VMCS_GUEST_SS_ACCESS_RIGHTS, "guest_ss_access_rights", 0x80ULL, 0x0ULL },
	} },
	{ "entry-check-guest-ss-ar-reserved", VMX_ENTRY_CHECK_GUEST_SS_AR_RESERVED, 1, {
		{ VMCS_GUEST_SS_ACCESS_RIGHTS, "guest_ss_access_rights", 0x100ULL, 0x100ULL },
	} },
	{ "entry-check-guest-ds-s", VMX_ENTRY_CHECK_GUEST_DS_S, 1, {
		{ VMCS_GUEST_DS_ACCESS_RIGHTS, "guest_ds_access_rights", 0x10ULL, 0x0ULL },
	} },
	{ "entry-check-guest-ds-present", VMX_ENTRY_CHECK_GUEST_DS_PRESENT, 1, {
		{ VMCS_GUEST_DS_ACCESS_RIGHTS, "guest_ds_access_rights", 0x80ULL, 0x0ULL },
	} },
	{ "entry-check-guest-ds-ar-reserved", VMX_ENTRY_CHECK_GUEST_DS_AR_RESERVED, 1, {
		{ VMCS_GUEST_DS_ACCESS_RIGHTS, "guest_ds_access_rights", 0x100ULL, 0x100ULL },
	} },
	{ "entry-check-guest-es-s", VMX_ENTRY_CHECK_GUEST_ES_S, 1, {
		{ VMCS_GUEST_ES_ACCESS_RIGHTS, "guest_es_access_rights", 0x10ULL, 0x0ULL },
	} },
	{ "entry-check-guest-es-present", VMX_ENTRY_CHECK_GUEST_ES_PRESENT, 1, {
		{ VMCS_GUEST_ES_ACCESS_RIGHTS, "guest_es_access_rights", 0x80ULL, 0x0ULL },
	} },
	{ "entry-check-guest-es-ar-reserved", VMX_ENTRY_CHECK_GUEST_ES_AR_RESERVED, 1, {
		{ VMCS_GUEST_ES_ACCESS_RIGHTS, "guest_es_access_rights", 0x100ULL, 0x100ULL },
	} },
	{ "entry-check-guest-fs-s", VMX_ENTRY_CHECK_GUEST_FS_S, 1, {
		{ VMCS_GUEST_FS_ACCESS_RIGHTS, "guest_fs_access_rights", 0x10ULL, 0x0ULL },
	} },
	{ "entry-check-guest-fs-present", VMX_ENTRY_CHECK_GUEST_FS_PRESENT, 1, {
		{ VMCS_GUEST_FS_ACCESS_RIGHTS, "guest_fs_access_rights", 0x80ULL, 0x0ULL },
	} },
	{ "entry-check-guest-fs-ar-reserved", VMX_ENTRY_CHECK_GUEST_FS_AR_RESERVED, 1, {
		{ VMCS_GUEST_FS_ACCESS_RIGHTS, "guest_fs_access_rights", 0x100ULL, 0x100ULL },
	} },
	{ "entry-check-guest-gs-s", VMX_ENTRY_CHECK_GUEST_GS_S, 1, {
		{ VMCS_GUEST_GS_ACCESS_RIGHTS, "guest_gs_access_rights", 0x10ULL, 0x0ULL },
	} },
	{ "entry-check-guest-gs-present", VMX_ENTRY_CHECK_GUEST_GS_PRESENT, 1, {
		{ VMCS_GUEST_GS_ACCESS_RIGHTS, "guest_gs_access_rights", 0x80ULL, 0x0ULL },
	} },
	{ "entry-check-guest-gs-ar-reserved", VMX_ENTRY_CHECK_GUEST_GS_AR_RESERVED, 1, {
		{ VMCS_GUEST_GS_ACCESS_RIGHTS, "guest_gs_access_rights", 0x100ULL, 0x100ULL },
	} },
	{ "entry-check-guest-cs-limit-granularity", VMX_ENTRY_CHECK_GUEST_CS_LIMIT_GRANULARITY, 1, {
		{ VMCS_GUEST_CS_LIMIT, "guest_cs_limit", 0x1ULL, 0x0ULL },
	} },
	{ "entry-check-guest-ss-limit-granularity", VMX_ENTRY_CHECK_GUEST_SS_LIMIT_GRANULARITY, 1, {
		{ VMCS_GUEST_SS_ACCESS_RIGHTS, "guest_ss_access_rights", 0x8000ULL, 0x0ULL },
	} },
	{ "entry-check-guest-ds-limit-granularity", VMX_ENTRY_CHECK_GUEST_DS_LIMIT_GRANULARITY, 1, {
		{ VMCS_GUEST_DS_ACCESS_RIGHTS, "guest_ds_access_rights", 0x8000ULL, 0x0ULL },
	} },
	{ "entry-check-guest-es-limit-granularity", VMX_ENTRY_CHECK_GUEST_ES_LIMIT_GRANULARITY, 1, {
		{ VMCS_GUEST_ES_ACCESS_RIGHTS, "guest_es_access_rights", 0x8000ULL, 0x0ULL },
	} },
	{ "entry-check-guest-fs-limit-granularity", VMX_ENTRY_CHECK_GUEST_FS_LIMIT_GRANULARITY, 1, {
		{ VMCS_GUEST_FS_ACCESS_RIGHTS, "guest_fs_access_rights", 0x8000ULL, 0x0ULL },
	} },
	{ "entry-check-guest-gs-limit-granularity", VMX_ENTRY_CHECK_GUEST_GS_LIMIT_GRANULARITY, 1, {
		{ VMCS_GUEST_GS_ACCESS_RIGHTS, "guest_gs_access_rights", 0x8000ULL, 0x0ULL },
	} },
	{ "entry-check-guest-tr-limit-granularity", VMX_ENTRY_CHECK_GUEST_TR_LIMIT_GRANULARITY, 1, {
		{ VMCS_GUEST_TR_LIMIT, "guest_tr_limit", 0x100000ULL, 0x100000ULL },
	} },
	{ "entry-check-guest-ldtr-limit-granularity", VMX_ENTRY_CHECK_GUEST_LDTR_LIMIT_GRANULARITY, 2, {
		{ VMCS_GUEST_LDTR_ACCESS_RIGHTS, "guest_ldtr_access_rights", 0x10000ULL, 0x0ULL },
		{ VMCS_GUEST_LDTR_ACCESS_RIGHTS, "guest_ldtr_access_rights", 0x8000ULL, 0x8000ULL },
	} },
	{ "entry-check-guest-cs-dpl-type-3", VMX_ENTRY_CHECK_GUEST_CS_DPL_TYPE_3, 2, {
		{ VMCS_GUEST_CS_ACCESS_RIGHTS, "guest_cs_access_rights", 0x8ULL, 0x0ULL },
		{ VMCS_GUEST_CS_ACCESS_RIGHTS, "guest_cs_access_rights", 0x20ULL, 0x20ULL },
	} },
	{ "entry-check-guest-cs-dpl-nonconforming", VMX_ENTRY_CHECK_GUEST_CS_DPL_NONCONFORMING, 1, {
		{ VMCS_GUEST_CS_ACCESS_RIGHTS, "guest_cs_access_rights", 0x20ULL, 0x20ULL },
	} },
	{ "entry-check-guest-cs-dpl-conforming", VMX_ENTRY_CHECK_GUEST_CS_DPL_CONFORMING, 2, {
		{ VMCS_GUEST_CS_ACCESS_RIGHTS, "guest_cs_access_rights", 0x4ULL, 0x4ULL },
		{ VMCS_GUEST_CS_ACCESS_RIGHTS, "guest_cs_access_rights", 0x20ULL, 0x20ULL },
	} },
	{ "entry-check-guest-ss-dpl-rpl", VMX_ENTRY_CHECK_GUEST_SS_DPL_RPL, 1, {
		{ VMCS_GUEST_SS_ACCESS_RIGHTS, "guest_ss_access_rights", 0x20ULL, 0x20ULL },
	} },
	{ "entry-check-guest-ss-dpl-real", VMX_ENTRY_CHECK_GUEST_SS_DPL_REAL, 2, {
		{ VMCS_GUEST_CS_ACCESS_RIGHTS, "guest_cs_access_rights", 0x8ULL, 0x0ULL },
		{ VMCS_GUEST_SS_ACCESS_RIGHTS, "guest_ss_access_rights", 0x20ULL, 0x20ULL },
	} },
	{ "entry-check-guest-ds-dpl-rpl", VMX_ENTRY_CHECK_GUEST_DS_DPL_RPL, 1, {
		{ VMCS_GUEST_DS_SELECTOR, "guest_ds_selector", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-guest-es-dpl-rpl", VMX_ENTRY_CHECK_GUEST_ES_DPL_RPL, 1, {
		{ VMCS_GUEST_ES_SELECTOR, "guest_es_selector", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-guest-fs-dpl-rpl", VMX_ENTRY_CHECK_GUEST_FS_DPL_RPL, 1, {
		{ VMCS_GUEST_FS_SELECTOR, "guest_fs_selector", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-guest-gs-dpl-rpl", VMX_ENTRY_CHECK_GUEST_GS_DPL_RPL, 1, {
		{ VMCS_GUEST_GS_SELECTOR, "guest_gs_selector", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-guest-cs-db-long", VMX_ENTRY_CHECK_GUEST_CS_DB_LONG, 1, {
		{ VMCS_GUEST_CS_ACCESS_RIGHTS, "guest_cs_access_rights", 0x4000ULL, 0x4000ULL },
	} },
	{ "entry-check-guest-tr-type", VMX_ENTRY_CHECK_GUEST_TR_TYPE, 1, {
		{ VMCS_GUEST_TR_ACCESS_RIGHTS, "guest_tr_access_rights", 0x1ULL, 0x0ULL },
	} },
	{ "entry-check-guest-tr-s", VMX_ENTRY_CHECK_GUEST_TR_S, 1, {
		{ VMCS_GUEST_TR_ACCESS_RIGHTS, "guest_tr_access_rights", 0x10ULL, 0x10ULL },
	} },
	{ "entry-check-guest-tr-present", VMX_ENTRY_CHECK_GUEST_TR_PRESENT, 1, {
		{ VMCS_GUEST_TR_ACCESS_RIGHTS, "guest_tr_access_rights", 0x80ULL, 0x0ULL },
	} },
	{ "entry-check-guest-tr-ar-reserved", VMX_ENTRY_CHECK_GUEST_TR_AR_RESERVED, 1, {
		{ VMCS_GUEST_TR_ACCESS_RIGHTS, "guest_tr_access_rights", 0x100ULL, 0x100ULL },
	} },
	{ "entry-check-guest-tr-usable", VMX_ENTRY_CHECK_GUEST_TR_USABLE, 1, {
		{ VMCS_GUEST_TR_ACCESS_RIGHTS, "guest_tr_access_rights", 0x10000ULL, 0x10000ULL },
	} },
	{ "entry-check-guest-ldtr-type", VMX_ENTRY_CHECK_GUEST_LDTR_TYPE, 1, {
		{ VMCS_GUEST_LDTR_ACCESS_RIGHTS, "guest_ldtr_access_rights", 0x10000ULL, 0x0ULL },
	} },
	{ "entry-check-guest-ldtr-s", VMX_ENTRY_CHECK_GUEST_LDTR_S, 2, {
		{ VMCS_GUEST_LDTR_ACCESS_RIGHTS, "guest_ldtr_access_rights", 0x10000ULL, 0x0ULL },
		{ VMCS_GUEST_LDTR_ACCESS_RIGHTS, "guest_ldtr_access_rights", 0x10ULL, 0x10ULL },
	} },
	{ "entry-check-guest-ldtr-present", VMX_ENTRY_CHECK_GUEST_LDTR_PRESENT, 1, {
		{ VMCS_GUEST_LDTR_ACCESS_RIGHTS, "guest_ldtr_access_rights", 0x10000ULL, 0x0ULL },
	} },
	{ "entry-check-guest-ldtr-ar-reserved", VMX_ENTRY_CHECK_GUEST_LDTR_AR_RESERVED, 2, {
		{ VMCS_GUEST_LDTR_ACCESS_RIGHTS, "guest_ldtr_access_rights", 0x10000ULL, 0x0ULL },
		{ VMCS_GUEST_LDTR_ACCESS_RIGHTS, "guest_ldtr_access_rights", 0x100ULL, 0x100ULL },
	} },
	{ "entry-check-guest-gdtr-base-canonical", VMX_ENTRY_CHECK_GUEST_GDTR_BASE_CANONICAL, 1, {
		{ VMCS_GUEST_GDTR_BASE, "guest_gdtr_base", 0x800000000000ULL, 0x800000000000ULL },
	} },
	{ "entry-check-guest-gdtr-limit", VMX_ENTRY_CHECK_GUEST_GDTR_LIMIT, 1, {
		{ VMCS_GUEST_GDTR_LIMIT, "guest_gdtr_limit", 0x10000ULL, 0x10000ULL },
	} },
	{ "entry-check-guest-idtr-base-canonical", VMX_ENTRY_CHECK_GUEST_IDTR_BASE_CANONICAL, 1, {
		{ VMCS_GUEST_IDTR_BASE, "guest_idtr_base", 0x800000000000ULL, 0x800000000000ULL },
	} },
	{ "entry-check-guest-idtr-limit", VMX_ENTRY_CHECK_GUEST_IDTR_LIMIT, 1, {
		{ VMCS_GUEST_IDTR_LIMIT, "guest_idtr_limit", 0x10000ULL, 0x10000ULL },
	} },
	{ "entry-check-guest-rip-high", VMX_ENTRY_CHECK_GUEST_RIP_HIGH, 2, {
		{ VMCS_VM_ENTRY_CONTROLS, "vm_entry_controls", 0x200ULL, 0x0ULL },
		{ VMCS_GUEST_RIP, "guest_rip", 0x100000000ULL, 0x100000000ULL },
	} },
	{ "entry-check-guest-rip-canonical", VMX_ENTRY_CHECK_GUEST_RIP_CANONICAL, 1, {
		{ VMCS_GUEST_RIP, "guest_rip", 0x800000000000ULL, 0x800000000000ULL },
	} },
	{ "entry-check-guest-rflags-reserved", VMX_ENTRY_CHECK_GUEST_RFLAGS_RESERVED, 1, {
		{ VMCS_GUEST_RFLAGS, "guest_rflags", 0x8ULL, 0x8ULL },
	} },
	{ "entry-check-guest-rflags-bit1", VMX_ENTRY_CHECK_GUEST_RFLAGS_BIT1, 1, {
		{ VMCS_GUEST_RFLAGS, "guest_rflags", 0x2ULL, 0x0ULL },
	} },
	{ "entry-check-guest-rflags-vm", VMX_ENTRY_CHECK_GUEST_RFLAGS_VM, 1, {
		{ VMCS_GUEST_RFLAGS, "guest_rflags", 0x20000ULL, 0x20000ULL },
	} },
	{ "entry-check-guest-rflags-if-inject", VMX_ENTRY_CHECK_GUEST_RFLAGS_IF_INJECT, 1, {
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x80000000ULL, 0x80000000ULL },
	} },
	{ "entry-check-guest-activity-state-value", VMX_ENTRY_CHECK_GUEST_ACTIVITY_STATE_VALUE, 1, {
		{ VMCS_GUEST_ACTIVITY_STATE, "guest_activity_state", 0x4ULL, 0x4ULL },
	} },
	{ "entry-check-guest-hlt-ss-dpl", VMX_ENTRY_CHECK_GUEST_HLT_SS_DPL, 2, {
		{ VMCS_GUEST_ACTIVITY_STATE, "guest_activity_state", 0x1ULL, 0x1ULL },
		{ VMCS_GUEST_SS_ACCESS_RIGHTS, "guest_ss_access_rights", 0x20ULL, 0x20ULL },
	} },
	{ "entry-check-guest-interruptibility-reserved", VMX_ENTRY_CHECK_GUEST_INTERRUPTIBILITY_RESERVED, 1, {
		{ VMCS_GUEST_INTERRUPTIBILITY_STATE, "guest_interruptibility_state", 0x20ULL, 0x20ULL },
	} },
	{ "entry-check-guest-sti-and-mov-ss", VMX_ENTRY_CHECK_GUEST_STI_AND_MOV_SS, 1, {
		{ VMCS_GUEST_INTERRUPTIBILITY_STATE, "guest_interruptibility_state", 0xffffffffULL, 0xffffffffULL },
	} },
	{ "entry-check-guest-sti-needs-if", VMX_ENTRY_CHECK_GUEST_STI_NEEDS_IF, 1, {
		{ VMCS_GUEST_INTERRUPTIBILITY_STATE, "guest_interruptibility_state", 0x1ULL, 0x1ULL },
	} },
	{ "entry-check-guest-inject-interrupt-unblocked", VMX_ENTRY_CHECK_GUEST_INJECT_INTERRUPT_UNBLOCKED, 2, {
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_GUEST_INTERRUPTIBILITY_STATE, "guest_interruptibility_state", 0x2ULL, 0x2ULL },
	} },
	{ "entry-check-guest-inject-nmi-mov-ss", VMX_ENTRY_CHECK_GUEST_INJECT_NMI_MOV_SS, 3, {
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_VM_ENTRY_INTERRUPTION_INFORMATION, "vm_entry_interruption_information", 0x200ULL, 0x200ULL },
		{ VMCS_GUEST_INTERRUPTIBILITY_STATE, "guest_interruptibility_state", 0x2ULL, 0x2ULL },
	} },
	{ "entry-check-guest-smi-blocking-outside-smm", VMX_ENTRY_CHECK_GUEST_SMI_BLOCKING_OUTSIDE_SMM, 1, {
		{ VMCS_GUEST_INTERRUPTIBILITY_STATE, "guest_interruptibility_state", 0x4ULL, 0x4ULL },
	} },
	{ "entry-check-guest-pending-debug-reserved", VMX_ENTRY_CHECK_GUEST_PENDING_DEBUG_RESERVED, 1, {
		{ VMCS_GUEST_PENDING_DEBUG_EXCEPTIONS, "guest_pending_debug_exceptions", 0x10ULL, 0x10ULL },
	} },
	{ "entry-check-guest-pdpte0", VMX_ENTRY_CHECK_GUEST_PDPTE0, 5, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "secondary_processor_based_vm_execution_controls", 0x2ULL, 0x2ULL },
		{ VMCS_VM_ENTRY_CONTROLS, "vm_entry_controls", 0x200ULL, 0x0ULL },
		{ VMCS_GUEST_PDPTE0, "guest_pdpte0", 0x1ULL, 0x1ULL },
		{ VMCS_GUEST_PDPTE0, "guest_pdpte0", 0x2ULL, 0x2ULL },
	} },
	{ "entry-check-guest-pdpte1", VMX_ENTRY_CHECK_GUEST_PDPTE1, 5, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "secondary_processor_based_vm_execution_controls", 0x2ULL, 0x2ULL },
		{ VMCS_VM_ENTRY_CONTROLS, "vm_entry_controls", 0x200ULL, 0x0ULL },
		{ VMCS_GUEST_PDPTE1, "guest_pdpte1", 0x1ULL, 0x1ULL },
		{ VMCS_GUEST_PDPTE1, "guest_pdpte1", 0x2ULL, 0x2ULL },
	} },
	{ "entry-check-guest-pdpte2", VMX_ENTRY_CHECK_GUEST_PDPTE2, 5, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "secondary_processor_based_vm_execution_controls", 0x2ULL, 0x2ULL },
		{ VMCS_VM_ENTRY_CONTROLS, "vm_entry_controls", 0x200ULL, 0x0ULL },
		{ VMCS_GUEST_PDPTE2, "guest_pdpte2", 0x1ULL, 0x1ULL },
		{ VMCS_GUEST_PDPTE2, "guest_pdpte2", 0x2ULL, 0x2ULL },
	} },
	{ "entry-check-guest-pdpte3", VMX_ENTRY_CHECK_GUEST_PDPTE3, 5, {
		{ VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "primary_processor_based_vm_execution_controls", 0x80000000ULL, 0x80000000ULL },
		{ VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, "secondary_processor_based_vm_execution_controls", 0x2ULL, 0x2ULL },
		{ VMCS_VM_ENTRY_CONTROLS, "vm_entry_controls", 0x200ULL, 0x0ULL },
		{ VMCS_GUEST_PDPTE3, "guest_pdpte3", 0x1ULL, 0x1ULL },
		{ VMCS_GUEST_PDPTE3, "guest_pdpte3", 0x2ULL, 0x2ULL },
	} },
	{ "entry-check-guest-vmcs-link-pointer", VMX_ENTRY_CHECK_GUEST_VMCS_LINK_POINTER, 1, {
		{ VMCS_VMCS_LINK_POINTER, "vmcs_link_pointer", 0x1ULL, 0x0ULL },
	} },
};

/* The capability MSRs and values the rules read. */
static void entry_check_fill(struct vmx_entry_check_snapshot *s)
{
	s->ia32_vmx_pinbased_ctls = cap_msr(0x481);
	s->ia32_vmx_true_pinbased_ctls = cap_msr(0x48d);
	s->ia32_vmx_basic = cap_msr(0x480);
	s->ia32_vmx_procbased_ctls = cap_msr(0x482);
	s->ia32_vmx_true_procbased_ctls = cap_msr(0x48e);
	s->ia32_vmx_procbased_ctls2 = cap_msr(0x48b);
	s->ia32_vmx_procbased_ctls3 = cap_msr(0x492);
	s->ia32_vmx_misc = cap_msr(0x485);
	s->maxphyaddr = vmx.maxphyaddr;
	s->ia32_vmx_ept_vpid_cap = cap_msr(0x48c);
	s->ia32_vmx_vmfunc = cap_msr(0x491);
	s->ia32_vmx_exit_ctls = cap_msr(0x483);
	s->ia32_vmx_true_exit_ctls = cap_msr(0x48f);
	s->ia32_vmx_exit_ctls2 = cap_msr(0x493);
	s->ia32_vmx_entry_ctls = cap_msr(0x484);
	s->ia32_vmx_true_entry_ctls = cap_msr(0x490);
	s->ia32_vmx_cr0_fixed0 = cap_msr(0x486);
	s->ia32_vmx_cr0_fixed1 = cap_msr(0x487);
	s->ia32_vmx_cr4_fixed0 = cap_msr(0x488);
	s->ia32_vmx_cr4_fixed1 = cap_msr(0x489);
	s->host_efer_lma = 1 /* the kernel runs in 64-bit mode */;
}
