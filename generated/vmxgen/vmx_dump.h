/* SPDX-License-Identifier: MIT */
/*
 * DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
 * (template gen/backends/c/templates/dump.h.j2).  Edit the spec and run make.
 */
/*
 * A dump of the current VMCS: every field of the spec the CPU has, one
 * line each, read with VMREAD.
 * A line is "<name> = 0x<value>" (the field's width in hex digits)
 * followed by what the spec says the value means, each part after a
 * space: the exit reason's name; a bit layout's named fields, a one-bit
 * field by its name if set, a wider one as "<field>=<VALUE NAME>" or
 * "<field>=0x<hex>"; an enum's value name; the names of the controls set.
 * Freestanding: no libc; the caller's callback prints each line.  The
 * line is built by the helpers of <vmxgen/dump_line.h>, the same for every
 * ISA.
 */
#ifndef VMXGEN_VMX_DUMP_H
#define VMXGEN_VMX_DUMP_H

#include <vmxgen/vmcs_fields.h>
#include <vmxgen/vmx_layouts.h>
#include <vmxgen/vmx_tables.h>
#include <vmxgen/dump_line.h>

/* The longest line any value gives, with its NUL. */
#define VMX_DUMP_LINE_MAX 660

/**
 * vmx_dump_layout_eptp() - append the named fields of a value
 * @line: the line
 * @v: extended-page-table pointer (EPTP)
 */
static inline void
vmx_dump_layout_eptp(struct vmxgen_dump_line *line, vmx_u64 v)
{
	switch (vmx_eptp_memtype(v)) {
	case 0:
		vmxgen_dump_put(line, " memtype=UC");
		break;
	case 6:
		vmxgen_dump_put(line, " memtype=WB");
		break;
	default:
		vmxgen_dump_field(line, "memtype", vmx_eptp_memtype(v));
		break;
	}
	switch (vmx_eptp_walk_length(v)) {
	case 3:
		vmxgen_dump_put(line, " walk_length=LEVELS_4");
		break;
	case 4:
		vmxgen_dump_put(line, " walk_length=LEVELS_5");
		break;
	default:
		vmxgen_dump_field(line, "walk_length", vmx_eptp_walk_length(v));
		break;
	}
	if (vmx_eptp_ad(v))
		vmxgen_dump_put(line, " ad");
	if (vmx_eptp_sss(v))
		vmxgen_dump_put(line, " sss");
	vmxgen_dump_field(line, "pml4_address", vmx_eptp_pml4_address(v));
}

/**
 * vmx_dump_layout_exit_reason() - append the named fields of a value
 * @line: the line
 * @v: exit reason (VM-exit information field)
 */
static inline void
vmx_dump_layout_exit_reason(struct vmxgen_dump_line *line, vmx_u32 v)
{
	vmxgen_dump_field(line, "basic", vmx_exit_reason_basic(v));
	if (vmx_exit_reason_bus_lock_detected(v))
		vmxgen_dump_put(line, " bus_lock_detected");
	if (vmx_exit_reason_enclave(v))
		vmxgen_dump_put(line, " enclave");
	if (vmx_exit_reason_pending_mtf(v))
		vmxgen_dump_put(line, " pending_mtf");
	if (vmx_exit_reason_from_root(v))
		vmxgen_dump_put(line, " from_root");
	if (vmx_exit_reason_entry_failure(v))
		vmxgen_dump_put(line, " entry_failure");
}

/**
 * vmx_dump_layout_intr_info() - append the named fields of a value
 * @line: the line
 * @v: interruption information (VM-entry and VM-exit interruption information, IDT-vectoring information)
 */
static inline void
vmx_dump_layout_intr_info(struct vmxgen_dump_line *line, vmx_u32 v)
{
	vmxgen_dump_field(line, "vector", vmx_intr_info_vector(v));
	switch (vmx_intr_info_type(v)) {
	case 0:
		vmxgen_dump_put(line, " type=EXTERNAL_INTERRUPT");
		break;
	case 2:
		vmxgen_dump_put(line, " type=NMI");
		break;
	case 3:
		vmxgen_dump_put(line, " type=HARDWARE_EXCEPTION");
		break;
	case 4:
		vmxgen_dump_put(line, " type=SOFTWARE_INTERRUPT");
		break;
	case 5:
		vmxgen_dump_put(line, " type=PRIVILEGED_SOFTWARE_EXCEPTION");
		break;
	case 6:
		vmxgen_dump_put(line, " type=SOFTWARE_EXCEPTION");
		break;
	case 7:
		vmxgen_dump_put(line, " type=OTHER_EVENT");
		break;
	default:
		vmxgen_dump_field(line, "type", vmx_intr_info_type(v));
		break;
	}
	if (vmx_intr_info_error_code_valid(v))
		vmxgen_dump_put(line, " error_code_valid");
	if (vmx_intr_info_nmi_unblocking(v))
		vmxgen_dump_put(line, " nmi_unblocking");
	if (vmx_intr_info_nested_exception(v))
		vmxgen_dump_put(line, " nested_exception");
	if (vmx_intr_info_valid(v))
		vmxgen_dump_put(line, " valid");
}

/**
 * vmx_dump_layout_qual_cr() - append the named fields of a value
 * @line: the line
 * @v: exit qualification for control-register accesses (MOV CR, CLTS, LMSW)
 */
static inline void
vmx_dump_layout_qual_cr(struct vmxgen_dump_line *line, vmx_u64 v)
{
	vmxgen_dump_field(line, "cr", vmx_qual_cr_cr(v));
	switch (vmx_qual_cr_access_type(v)) {
	case 0:
		vmxgen_dump_put(line, " access_type=MOV_TO_CR");
		break;
	case 1:
		vmxgen_dump_put(line, " access_type=MOV_FROM_CR");
		break;
	case 2:
		vmxgen_dump_put(line, " access_type=CLTS");
		break;
	case 3:
		vmxgen_dump_put(line, " access_type=LMSW");
		break;
	default:
		vmxgen_dump_field(line, "access_type", vmx_qual_cr_access_type(v));
		break;
	}
	if (vmx_qual_cr_lmsw_type(v))
		vmxgen_dump_put(line, " lmsw_type");
	vmxgen_dump_field(line, "gpr", vmx_qual_cr_gpr(v));
	vmxgen_dump_field(line, "lmsw_source", vmx_qual_cr_lmsw_source(v));
}

/**
 * vmx_dump_layout_qual_dr() - append the named fields of a value
 * @line: the line
 * @v: exit qualification for MOV DR
 */
static inline void
vmx_dump_layout_qual_dr(struct vmxgen_dump_line *line, vmx_u64 v)
{
	vmxgen_dump_field(line, "dr", vmx_qual_dr_dr(v));
	if (vmx_qual_dr_direction(v))
		vmxgen_dump_put(line, " direction");
	vmxgen_dump_field(line, "gpr", vmx_qual_dr_gpr(v));
}

/**
 * vmx_dump_layout_qual_io() - append the named fields of a value
 * @line: the line
 * @v: exit qualification for I/O instructions
 */
static inline void
vmx_dump_layout_qual_io(struct vmxgen_dump_line *line, vmx_u64 v)
{
	switch (vmx_qual_io_size(v)) {
	case 0:
		vmxgen_dump_put(line, " size=BYTE");
		break;
	case 1:
		vmxgen_dump_put(line, " size=WORD");
		break;
	case 3:
		vmxgen_dump_put(line, " size=DWORD");
		break;
	default:
		vmxgen_dump_field(line, "size", vmx_qual_io_size(v));
		break;
	}
	if (vmx_qual_io_in(v))
		vmxgen_dump_put(line, " in");
	if (vmx_qual_io_string(v))
		vmxgen_dump_put(line, " string");
	if (vmx_qual_io_rep(v))
		vmxgen_dump_put(line, " rep");
	if (vmx_qual_io_imm(v))
		vmxgen_dump_put(line, " imm");
	vmxgen_dump_field(line, "port", vmx_qual_io_port(v));
}

/**
 * vmx_dump_layout_qual_task_switch() - append the named fields of a value
 * @line: the line
 * @v: exit qualification for task switches
 */
static inline void
vmx_dump_layout_qual_task_switch(struct vmxgen_dump_line *line, vmx_u64 v)
{
	vmxgen_dump_field(line, "selector", vmx_qual_task_switch_selector(v));
	switch (vmx_qual_task_switch_source(v)) {
	case 0:
		vmxgen_dump_put(line, " source=CALL");
		break;
	case 1:
		vmxgen_dump_put(line, " source=IRET");
		break;
	case 2:
		vmxgen_dump_put(line, " source=JMP");
		break;
	case 3:
		vmxgen_dump_put(line, " source=IDT_TASK_GATE");
		break;
	default:
		vmxgen_dump_field(line, "source", vmx_qual_task_switch_source(v));
		break;
	}
}

/**
 * vmx_dump_layout_qual_ept() - append the named fields of a value
 * @line: the line
 * @v: exit qualification for EPT violations
 */
static inline void
vmx_dump_layout_qual_ept(struct vmxgen_dump_line *line, vmx_u64 v)
{
	if (vmx_qual_ept_read(v))
		vmxgen_dump_put(line, " read");
	if (vmx_qual_ept_write(v))
		vmxgen_dump_put(line, " write");
	if (vmx_qual_ept_fetch(v))
		vmxgen_dump_put(line, " fetch");
	if (vmx_qual_ept_readable(v))
		vmxgen_dump_put(line, " readable");
	if (vmx_qual_ept_writable(v))
		vmxgen_dump_put(line, " writable");
	if (vmx_qual_ept_executable(v))
		vmxgen_dump_put(line, " executable");
	if (vmx_qual_ept_user_executable(v))
		vmxgen_dump_put(line, " user_executable");
	if (vmx_qual_ept_gla_valid(v))
		vmxgen_dump_put(line, " gla_valid");
	if (vmx_qual_ept_gla_translation(v))
		vmxgen_dump_put(line, " gla_translation");
	if (vmx_qual_ept_gla_user(v))
		vmxgen_dump_put(line, " gla_user");
	if (vmx_qual_ept_gla_writable(v))
		vmxgen_dump_put(line, " gla_writable");
	if (vmx_qual_ept_gla_nx(v))
		vmxgen_dump_put(line, " gla_nx");
	if (vmx_qual_ept_nmi_unblocking(v))
		vmxgen_dump_put(line, " nmi_unblocking");
	if (vmx_qual_ept_shadow_stack(v))
		vmxgen_dump_put(line, " shadow_stack");
	if (vmx_qual_ept_supervisor_shadow_stack(v))
		vmxgen_dump_put(line, " supervisor_shadow_stack");
}

/**
 * vmx_dump_layout_access_rights() - append the named fields of a value
 * @line: the line
 * @v: segment access rights (guest ES..GS, LDTR, TR access-rights fields)
 */
static inline void
vmx_dump_layout_access_rights(struct vmxgen_dump_line *line, vmx_u32 v)
{
	vmxgen_dump_field(line, "type", vmx_access_rights_type(v));
	if (vmx_access_rights_s(v))
		vmxgen_dump_put(line, " s");
	vmxgen_dump_field(line, "dpl", vmx_access_rights_dpl(v));
	if (vmx_access_rights_p(v))
		vmxgen_dump_put(line, " p");
	if (vmx_access_rights_avl(v))
		vmxgen_dump_put(line, " avl");
	if (vmx_access_rights_l(v))
		vmxgen_dump_put(line, " l");
	if (vmx_access_rights_db(v))
		vmxgen_dump_put(line, " db");
	if (vmx_access_rights_g(v))
		vmxgen_dump_put(line, " g");
	if (vmx_access_rights_unusable(v))
		vmxgen_dump_put(line, " unusable");
}

/**
 * vmx_dump_layout_intr_state() - append the named fields of a value
 * @line: the line
 * @v: guest interruptibility state
 */
static inline void
vmx_dump_layout_intr_state(struct vmxgen_dump_line *line, vmx_u32 v)
{
	if (vmx_intr_state_sti(v))
		vmxgen_dump_put(line, " sti");
	if (vmx_intr_state_mov_ss(v))
		vmxgen_dump_put(line, " mov_ss");
	if (vmx_intr_state_smi(v))
		vmxgen_dump_put(line, " smi");
	if (vmx_intr_state_nmi(v))
		vmxgen_dump_put(line, " nmi");
	if (vmx_intr_state_enclave(v))
		vmxgen_dump_put(line, " enclave");
}

/**
 * vmx_dump_enum_activity_state() - append the name of a value
 * @line: the line
 * @v: guest activity state (the activity-state guest field)
 */
static inline void
vmx_dump_enum_activity_state(struct vmxgen_dump_line *line, vmx_u64 v)
{
	switch (v) {
	case 0:
		vmxgen_dump_put(line, " ACTIVE");
		break;
	case 1:
		vmxgen_dump_put(line, " HLT");
		break;
	case 2:
		vmxgen_dump_put(line, " SHUTDOWN");
		break;
	case 3:
		vmxgen_dump_put(line, " WAIT_SIPI");
		break;
	}
}

/**
 * vmx_dump_controls_pin() - append the names of the controls set
 * @line: the line
 * @v: a value of VMCS_PIN_BASED_VM_EXECUTION_CONTROLS
 */
static inline void
vmx_dump_controls_pin(struct vmxgen_dump_line *line, vmx_u64 v)
{
	if (v & VMX_CTL_PIN_EXTERNAL_INTERRUPT_EXITING)
		vmxgen_dump_put(line, " external_interrupt_exiting");
	if (v & VMX_CTL_PIN_NMI_EXITING)
		vmxgen_dump_put(line, " nmi_exiting");
	if (v & VMX_CTL_PIN_VIRTUAL_NMIS)
		vmxgen_dump_put(line, " virtual_nmis");
	if (v & VMX_CTL_PIN_ACTIVATE_PREEMPTION_TIMER)
		vmxgen_dump_put(line, " activate_preemption_timer");
	if (v & VMX_CTL_PIN_PROCESS_POSTED_INTERRUPTS)
		vmxgen_dump_put(line, " process_posted_interrupts");
}

/**
 * vmx_dump_controls_proc() - append the names of the controls set
 * @line: the line
 * @v: a value of VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS
 */
static inline void
vmx_dump_controls_proc(struct vmxgen_dump_line *line, vmx_u64 v)
{
	if (v & VMX_CTL_PROC_INTERRUPT_WINDOW_EXITING)
		vmxgen_dump_put(line, " interrupt_window_exiting");
	if (v & VMX_CTL_PROC_USE_TSC_OFFSETTING)
		vmxgen_dump_put(line, " use_tsc_offsetting");
	if (v & VMX_CTL_PROC_HLT_EXITING)
		vmxgen_dump_put(line, " hlt_exiting");
	if (v & VMX_CTL_PROC_INVLPG_EXITING)
		vmxgen_dump_put(line, " invlpg_exiting");
	if (v & VMX_CTL_PROC_MWAIT_EXITING)
		vmxgen_dump_put(line, " mwait_exiting");
	if (v & VMX_CTL_PROC_RDPMC_EXITING)
		vmxgen_dump_put(line, " rdpmc_exiting");
	if (v & VMX_CTL_PROC_RDTSC_EXITING)
		vmxgen_dump_put(line, " rdtsc_exiting");
	if (v & VMX_CTL_PROC_CR3_LOAD_EXITING)
		vmxgen_dump_put(line, " cr3_load_exiting");
	if (v & VMX_CTL_PROC_CR3_STORE_EXITING)
		vmxgen_dump_put(line, " cr3_store_exiting");
	if (v & VMX_CTL_PROC_ACTIVATE_TERTIARY_CONTROLS)
		vmxgen_dump_put(line, " activate_tertiary_controls");
	if (v & VMX_CTL_PROC_CR8_LOAD_EXITING)
		vmxgen_dump_put(line, " cr8_load_exiting");
	if (v & VMX_CTL_PROC_CR8_STORE_EXITING)
		vmxgen_dump_put(line, " cr8_store_exiting");
	if (v & VMX_CTL_PROC_USE_TPR_SHADOW)
		vmxgen_dump_put(line, " use_tpr_shadow");
	if (v & VMX_CTL_PROC_NMI_WINDOW_EXITING)
		vmxgen_dump_put(line, " nmi_window_exiting");
	if (v & VMX_CTL_PROC_MOV_DR_EXITING)
		vmxgen_dump_put(line, " mov_dr_exiting");
	if (v & VMX_CTL_PROC_UNCONDITIONAL_IO_EXITING)
		vmxgen_dump_put(line, " unconditional_io_exiting");
	if (v & VMX_CTL_PROC_USE_IO_BITMAPS)
		vmxgen_dump_put(line, " use_io_bitmaps");
	if (v & VMX_CTL_PROC_MONITOR_TRAP_FLAG)
		vmxgen_dump_put(line, " monitor_trap_flag");
	if (v & VMX_CTL_PROC_USE_MSR_BITMAPS)
		vmxgen_dump_put(line, " use_msr_bitmaps");
	if (v & VMX_CTL_PROC_MONITOR_EXITING)
		vmxgen_dump_put(line, " monitor_exiting");
	if (v & VMX_CTL_PROC_PAUSE_EXITING)
		vmxgen_dump_put(line, " pause_exiting");
	if (v & VMX_CTL_PROC_ACTIVATE_SECONDARY_CONTROLS)
		vmxgen_dump_put(line, " activate_secondary_controls");
}

/**
 * vmx_dump_controls_proc2() - append the names of the controls set
 * @line: the line
 * @v: a value of VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS
 */
static inline void
vmx_dump_controls_proc2(struct vmxgen_dump_line *line, vmx_u64 v)
{
	if (v & VMX_CTL_PROC2_VIRTUALIZE_APIC_ACCESSES)
		vmxgen_dump_put(line, " virtualize_apic_accesses");
	if (v & VMX_CTL_PROC2_ENABLE_EPT)
		vmxgen_dump_put(line, " enable_ept");
	if (v & VMX_CTL_PROC2_DESCRIPTOR_TABLE_EXITING)
		vmxgen_dump_put(line, " descriptor_table_exiting");
	if (v & VMX_CTL_PROC2_ENABLE_RDTSCP)
		vmxgen_dump_put(line, " enable_rdtscp");
	if (v & VMX_CTL_PROC2_VIRTUALIZE_X2APIC_MODE)
		vmxgen_dump_put(line, " virtualize_x2apic_mode");
	if (v & VMX_CTL_PROC2_ENABLE_VPID)
		vmxgen_dump_put(line, " enable_vpid");
	if (v & VMX_CTL_PROC2_WBINVD_EXITING)
		vmxgen_dump_put(line, " wbinvd_exiting");
	if (v & VMX_CTL_PROC2_UNRESTRICTED_GUEST)
		vmxgen_dump_put(line, " unrestricted_guest");
	if (v & VMX_CTL_PROC2_APIC_REGISTER_VIRTUALIZATION)
		vmxgen_dump_put(line, " apic_register_virtualization");
	if (v & VMX_CTL_PROC2_VIRTUAL_INTERRUPT_DELIVERY)
		vmxgen_dump_put(line, " virtual_interrupt_delivery");
	if (v & VMX_CTL_PROC2_PAUSE_LOOP_EXITING)
		vmxgen_dump_put(line, " pause_loop_exiting");
	if (v & VMX_CTL_PROC2_RDRAND_EXITING)
		vmxgen_dump_put(line, " rdrand_exiting");
	if (v & VMX_CTL_PROC2_ENABLE_INVPCID)
		vmxgen_dump_put(line, " enable_invpcid");
	if (v & VMX_CTL_PROC2_ENABLE_VM_FUNCTIONS)
		vmxgen_dump_put(line, " enable_vm_functions");
	if (v & VMX_CTL_PROC2_VMCS_SHADOWING)
		vmxgen_dump_put(line, " vmcs_shadowing");
	if (v & VMX_CTL_PROC2_ENABLE_ENCLS_EXITING)
		vmxgen_dump_put(line, " enable_encls_exiting");
	if (v & VMX_CTL_PROC2_RDSEED_EXITING)
		vmxgen_dump_put(line, " rdseed_exiting");
	if (v & VMX_CTL_PROC2_ENABLE_PML)
		vmxgen_dump_put(line, " enable_pml");
	if (v & VMX_CTL_PROC2_EPT_VIOLATION_VE)
		vmxgen_dump_put(line, " ept_violation_ve");
	if (v & VMX_CTL_PROC2_CONCEAL_VMX_FROM_PT)
		vmxgen_dump_put(line, " conceal_vmx_from_pt");
	if (v & VMX_CTL_PROC2_ENABLE_XSAVES_XRSTORS)
		vmxgen_dump_put(line, " enable_xsaves_xrstors");
	if (v & VMX_CTL_PROC2_MODE_BASED_EXECUTE_CONTROL)
		vmxgen_dump_put(line, " mode_based_execute_control");
	if (v & VMX_CTL_PROC2_SUB_PAGE_WRITE_PERMISSIONS)
		vmxgen_dump_put(line, " sub_page_write_permissions");
	if (v & VMX_CTL_PROC2_PT_USES_GUEST_PHYSICAL_ADDRESSES)
		vmxgen_dump_put(line, " pt_uses_guest_physical_addresses");
	if (v & VMX_CTL_PROC2_USE_TSC_SCALING)
		vmxgen_dump_put(line, " use_tsc_scaling");
	if (v & VMX_CTL_PROC2_ENABLE_USER_WAIT_AND_PAUSE)
		vmxgen_dump_put(line, " enable_user_wait_and_pause");
	if (v & VMX_CTL_PROC2_ENABLE_PCONFIG)
		vmxgen_dump_put(line, " enable_pconfig");
	if (v & VMX_CTL_PROC2_ENABLE_ENCLV_EXITING)
		vmxgen_dump_put(line, " enable_enclv_exiting");
	if (v & VMX_CTL_PROC2_VMM_BUS_LOCK_DETECTION)
		vmxgen_dump_put(line, " vmm_bus_lock_detection");
	if (v & VMX_CTL_PROC2_INSTRUCTION_TIMEOUT)
		vmxgen_dump_put(line, " instruction_timeout");
}

/**
 * vmx_dump_controls_proc3() - append the names of the controls set
 * @line: the line
 * @v: a value of VMCS_TERTIARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS
 */
static inline void
vmx_dump_controls_proc3(struct vmxgen_dump_line *line, vmx_u64 v)
{
	if (v & VMX_CTL_PROC3_LOADIWKEY_EXITING)
		vmxgen_dump_put(line, " loadiwkey_exiting");
	if (v & VMX_CTL_PROC3_ENABLE_HLAT)
		vmxgen_dump_put(line, " enable_hlat");
	if (v & VMX_CTL_PROC3_EPT_PAGING_WRITE_CONTROL)
		vmxgen_dump_put(line, " ept_paging_write_control");
	if (v & VMX_CTL_PROC3_GUEST_PAGING_VERIFICATION)
		vmxgen_dump_put(line, " guest_paging_verification");
	if (v & VMX_CTL_PROC3_IPI_VIRTUALIZATION)
		vmxgen_dump_put(line, " ipi_virtualization");
	if (v & VMX_CTL_PROC3_ENABLE_MSR_LIST_INSTRUCTIONS)
		vmxgen_dump_put(line, " enable_msr_list_instructions");
	if (v & VMX_CTL_PROC3_VIRTUALIZE_IA32_SPEC_CTRL)
		vmxgen_dump_put(line, " virtualize_ia32_spec_ctrl");
}

/**
 * vmx_dump_controls_exit() - append the names of the controls set
 * @line: the line
 * @v: a value of VMCS_PRIMARY_VM_EXIT_CONTROLS
 */
static inline void
vmx_dump_controls_exit(struct vmxgen_dump_line *line, vmx_u64 v)
{
	if (v & VMX_CTL_EXIT_SAVE_DEBUG_CONTROLS)
		vmxgen_dump_put(line, " save_debug_controls");
	if (v & VMX_CTL_EXIT_HOST_ADDRESS_SPACE_SIZE)
		vmxgen_dump_put(line, " host_address_space_size");
	if (v & VMX_CTL_EXIT_LOAD_IA32_PERF_GLOBAL_CTRL)
		vmxgen_dump_put(line, " load_ia32_perf_global_ctrl");
	if (v & VMX_CTL_EXIT_ACKNOWLEDGE_INTERRUPT_ON_EXIT)
		vmxgen_dump_put(line, " acknowledge_interrupt_on_exit");
	if (v & VMX_CTL_EXIT_SAVE_IA32_PAT)
		vmxgen_dump_put(line, " save_ia32_pat");
	if (v & VMX_CTL_EXIT_LOAD_IA32_PAT)
		vmxgen_dump_put(line, " load_ia32_pat");
	if (v & VMX_CTL_EXIT_SAVE_IA32_EFER)
		vmxgen_dump_put(line, " save_ia32_efer");
	if (v & VMX_CTL_EXIT_LOAD_IA32_EFER)
		vmxgen_dump_put(line, " load_ia32_efer");
	if (v & VMX_CTL_EXIT_SAVE_PREEMPTION_TIMER_VALUE)
		vmxgen_dump_put(line, " save_preemption_timer_value");
	if (v & VMX_CTL_EXIT_CLEAR_IA32_BNDCFGS)
		vmxgen_dump_put(line, " clear_ia32_bndcfgs");
	if (v & VMX_CTL_EXIT_CONCEAL_VMX_FROM_PT)
		vmxgen_dump_put(line, " conceal_vmx_from_pt");
	if (v & VMX_CTL_EXIT_CLEAR_IA32_RTIT_CTL)
		vmxgen_dump_put(line, " clear_ia32_rtit_ctl");
	if (v & VMX_CTL_EXIT_CLEAR_IA32_LBR_CTL)
		vmxgen_dump_put(line, " clear_ia32_lbr_ctl");
	if (v & VMX_CTL_EXIT_CLEAR_UINV)
		vmxgen_dump_put(line, " clear_uinv");
	if (v & VMX_CTL_EXIT_LOAD_CET_STATE)
		vmxgen_dump_put(line, " load_cet_state");
	if (v & VMX_CTL_EXIT_LOAD_PKRS)
		vmxgen_dump_put(line, " load_pkrs");
	if (v & VMX_CTL_EXIT_SAVE_IA32_PERF_GLOBAL_CTRL)
		vmxgen_dump_put(line, " save_ia32_perf_global_ctrl");
	if (v & VMX_CTL_EXIT_ACTIVATE_SECONDARY_CONTROLS)
		vmxgen_dump_put(line, " activate_secondary_controls");
}

/**
 * vmx_dump_controls_exit2() - append the names of the controls set
 * @line: the line
 * @v: a value of VMCS_SECONDARY_VM_EXIT_CONTROLS
 */
static inline void
vmx_dump_controls_exit2(struct vmxgen_dump_line *line, vmx_u64 v)
{
	if (v & VMX_CTL_EXIT2_SAVE_FRED)
		vmxgen_dump_put(line, " save_fred");
	if (v & VMX_CTL_EXIT2_LOAD_FRED)
		vmxgen_dump_put(line, " load_fred");
	if (v & VMX_CTL_EXIT2_PREMATURELY_BUSY_SHADOW_STACK)
		vmxgen_dump_put(line, " prematurely_busy_shadow_stack");
}

/**
 * vmx_dump_controls_entry() - append the names of the controls set
 * @line: the line
 * @v: a value of VMCS_VM_ENTRY_CONTROLS
 */
static inline void
vmx_dump_controls_entry(struct vmxgen_dump_line *line, vmx_u64 v)
{
	if (v & VMX_CTL_ENTRY_LOAD_DEBUG_CONTROLS)
		vmxgen_dump_put(line, " load_debug_controls");
	if (v & VMX_CTL_ENTRY_IA32E_MODE_GUEST)
		vmxgen_dump_put(line, " ia32e_mode_guest");
	if (v & VMX_CTL_ENTRY_ENTRY_TO_SMM)
		vmxgen_dump_put(line, " entry_to_smm");
	if (v & VMX_CTL_ENTRY_DEACTIVATE_DUAL_MONITOR_TREATMENT)
		vmxgen_dump_put(line, " deactivate_dual_monitor_treatment");
	if (v & VMX_CTL_ENTRY_LOAD_IA32_PERF_GLOBAL_CTRL)
		vmxgen_dump_put(line, " load_ia32_perf_global_ctrl");
	if (v & VMX_CTL_ENTRY_LOAD_IA32_PAT)
		vmxgen_dump_put(line, " load_ia32_pat");
	if (v & VMX_CTL_ENTRY_LOAD_IA32_EFER)
		vmxgen_dump_put(line, " load_ia32_efer");
	if (v & VMX_CTL_ENTRY_LOAD_IA32_BNDCFGS)
		vmxgen_dump_put(line, " load_ia32_bndcfgs");
	if (v & VMX_CTL_ENTRY_CONCEAL_VMX_FROM_PT)
		vmxgen_dump_put(line, " conceal_vmx_from_pt");
	if (v & VMX_CTL_ENTRY_LOAD_IA32_RTIT_CTL)
		vmxgen_dump_put(line, " load_ia32_rtit_ctl");
	if (v & VMX_CTL_ENTRY_LOAD_UINV)
		vmxgen_dump_put(line, " load_uinv");
	if (v & VMX_CTL_ENTRY_LOAD_CET_STATE)
		vmxgen_dump_put(line, " load_cet_state");
	if (v & VMX_CTL_ENTRY_LOAD_GUEST_IA32_LBR_CTL)
		vmxgen_dump_put(line, " load_guest_ia32_lbr_ctl");
	if (v & VMX_CTL_ENTRY_LOAD_PKRS)
		vmxgen_dump_put(line, " load_pkrs");
	if (v & VMX_CTL_ENTRY_LOAD_FRED)
		vmxgen_dump_put(line, " load_fred");
}

/**
 * vmx_dump_decode() - append what the spec says a value means
 * @line: the line
 * @field: the field's encoding
 * @value: its value
 * @reason: the exit reason, which says how to decode the exit-information
 *	fields
 */
static inline void
vmx_dump_decode(struct vmxgen_dump_line *line, unsigned int field,
		vmx_u64 value, vmx_u64 reason)
{
	switch (field) {
	case VMCS_EPT_POINTER:
		vmx_dump_layout_eptp(line, value);
		break;
	case VMCS_TERTIARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS:
		vmx_dump_controls_proc3(line, value);
		break;
	case VMCS_SECONDARY_VM_EXIT_CONTROLS:
		vmx_dump_controls_exit2(line, value);
		break;
	case VMCS_PIN_BASED_VM_EXECUTION_CONTROLS:
		vmx_dump_controls_pin(line, value);
		break;
	case VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS:
		vmx_dump_controls_proc(line, value);
		break;
	case VMCS_PRIMARY_VM_EXIT_CONTROLS:
		vmx_dump_controls_exit(line, value);
		break;
	case VMCS_VM_ENTRY_CONTROLS:
		vmx_dump_controls_entry(line, value);
		break;
	case VMCS_VM_ENTRY_INTERRUPTION_INFORMATION:
	case VMCS_VM_EXIT_INTERRUPTION_INFORMATION:
	case VMCS_IDT_VECTORING_INFORMATION:
		vmx_dump_layout_intr_info(line, (vmx_u32)value);
		break;
	case VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS:
		vmx_dump_controls_proc2(line, value);
		break;
	case VMCS_EXIT_REASON:
		vmxgen_dump_name(line, vmx_basic_exit_reason_name(value));
		vmx_dump_layout_exit_reason(line, (vmx_u32)value);
		break;
	case VMCS_GUEST_ES_ACCESS_RIGHTS:
	case VMCS_GUEST_CS_ACCESS_RIGHTS:
	case VMCS_GUEST_SS_ACCESS_RIGHTS:
	case VMCS_GUEST_DS_ACCESS_RIGHTS:
	case VMCS_GUEST_FS_ACCESS_RIGHTS:
	case VMCS_GUEST_GS_ACCESS_RIGHTS:
	case VMCS_GUEST_LDTR_ACCESS_RIGHTS:
	case VMCS_GUEST_TR_ACCESS_RIGHTS:
		vmx_dump_layout_access_rights(line, (vmx_u32)value);
		break;
	case VMCS_GUEST_INTERRUPTIBILITY_STATE:
		vmx_dump_layout_intr_state(line, (vmx_u32)value);
		break;
	case VMCS_GUEST_ACTIVITY_STATE:
		vmx_dump_enum_activity_state(line, value);
		break;
	case VMCS_EXIT_QUALIFICATION:
		switch (reason & 0xffff) {
		case 9:	/* task_switch */
			vmx_dump_layout_qual_task_switch(line, value);
			break;
		case 28:	/* control_register_access */
			vmx_dump_layout_qual_cr(line, value);
			break;
		case 29:	/* mov_dr */
			vmx_dump_layout_qual_dr(line, value);
			break;
		case 30:	/* io_instruction */
			vmx_dump_layout_qual_io(line, value);
			break;
		case 48:	/* ept_violation */
			vmx_dump_layout_qual_ept(line, value);
			break;
		}
		break;
	}
}

/**
 * vmx_dump_read() - read any VMCS field
 * @field: the field's encoding
 * @value: receives its value (64-bit fields in two halves in 32-bit code)
 *
 * Return: as vmx_vmread().
 */
static inline enum vmx_status vmx_dump_read(unsigned int field, vmx_u64 *value)
{
	unsigned long v;
	enum vmx_status status;

	if (VMX_VMCS_FIELD_WIDTH(field) == VMX_VMCS_FIELD_WIDTH_64)
		return __vmx_vmread64(field, value);
	status = vmx_vmread(field, &v);
	if (status == VMX_SUCCEED)
		*value = v;
	return status;
}

/**
 * vmx_vmcs_dump() - print every field of the current VMCS that the CPU has
 * @print: called with each line, "<name> = 0x<value>" and the value's
 *	decoded parts (see the top of this header), NUL-terminated, without
 *	a newline
 * @ctx: passed to @print
 *
 * Reads each VMCS field of the spec with VMREAD, in the spec's order,
 * and skips the fields the CPU fails with VMfailValid (those it does not
 * support).  The exit qualification is decoded by the layout of the
 * current exit reason.
 *
 * Return: %VMX_SUCCEED, or the status of the first VMREAD that failed
 * otherwise (%VMX_FAIL_INVALID: no current VMCS), after which nothing more
 * is printed.
 */
static inline enum vmx_status
vmx_vmcs_dump(void (*print)(void *ctx, const char *line), void *ctx)
{
	static const vmx_u16 fields[202] = {
		VMCS_VIRTUAL_PROCESSOR_ID,
		VMCS_POSTED_INTERRUPT_NOTIFICATION_VECTOR,
		VMCS_EPTP_INDEX,
		VMCS_HLAT_PREFIX_SIZE,
		VMCS_LAST_PID_POINTER_INDEX,
		VMCS_VIRTUAL_TIMER_VECTOR,
		VMCS_GUEST_ES_SELECTOR,
		VMCS_GUEST_CS_SELECTOR,
		VMCS_GUEST_SS_SELECTOR,
		VMCS_GUEST_DS_SELECTOR,
		VMCS_GUEST_FS_SELECTOR,
		VMCS_GUEST_GS_SELECTOR,
		VMCS_GUEST_LDTR_SELECTOR,
		VMCS_GUEST_TR_SELECTOR,
		VMCS_GUEST_INTERRUPT_STATUS,
		VMCS_PML_INDEX,
		VMCS_GUEST_UINV,
		VMCS_HOST_ES_SELECTOR,
		VMCS_HOST_CS_SELECTOR,
		VMCS_HOST_SS_SELECTOR,
		VMCS_HOST_DS_SELECTOR,
		VMCS_HOST_FS_SELECTOR,
		VMCS_HOST_GS_SELECTOR,
		VMCS_HOST_TR_SELECTOR,
		VMCS_IO_BITMAP_A_ADDRESS,
		VMCS_IO_BITMAP_B_ADDRESS,
		VMCS_MSR_BITMAPS_ADDRESS,
		VMCS_VM_EXIT_MSR_STORE_ADDRESS,
		VMCS_VM_EXIT_MSR_LOAD_ADDRESS,
		VMCS_VM_ENTRY_MSR_LOAD_ADDRESS,
		VMCS_EXECUTIVE_VMCS_POINTER,
		VMCS_PML_ADDRESS,
		VMCS_TSC_OFFSET,
		VMCS_VIRTUAL_APIC_ADDRESS,
		VMCS_APIC_ACCESS_ADDRESS,
		VMCS_POSTED_INTERRUPT_DESCRIPTOR_ADDRESS,
		VMCS_VM_FUNCTION_CONTROLS,
		VMCS_EPT_POINTER,
		VMCS_EOI_EXIT_BITMAP_0,
		VMCS_EOI_EXIT_BITMAP_1,
		VMCS_EOI_EXIT_BITMAP_2,
		VMCS_EOI_EXIT_BITMAP_3,
		VMCS_EPTP_LIST_ADDRESS,
		VMCS_VMREAD_BITMAP_ADDRESS,
		VMCS_VMWRITE_BITMAP_ADDRESS,
		VMCS_VIRTUALIZATION_EXCEPTION_INFORMATION_ADDRESS,
		VMCS_XSS_EXITING_BITMAP,
		VMCS_ENCLS_EXITING_BITMAP,
		VMCS_SUB_PAGE_PERMISSION_TABLE_POINTER,
		VMCS_TSC_MULTIPLIER,
		VMCS_TERTIARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS,
		VMCS_ENCLV_EXITING_BITMAP,
		VMCS_LOW_PASID_DIRECTORY_ADDRESS,
		VMCS_HIGH_PASID_DIRECTORY_ADDRESS,
		VMCS_SHARED_EPTP,
		VMCS_PCONFIG_EXITING_BITMAP,
		VMCS_HLATP,
		VMCS_PID_POINTER_TABLE_ADDRESS,
		VMCS_SECONDARY_VM_EXIT_CONTROLS,
		VMCS_IA32_SPEC_CTRL_MASK,
		VMCS_IA32_SPEC_CTRL_SHADOW,
		VMCS_GUEST_DEADLINE_SHADOW,
		VMCS_INJECTED_EVENT_DATA,
		VMCS_GUEST_PHYSICAL_ADDRESS,
		VMCS_ORIGINAL_EVENT_DATA,
		VMCS_VMCS_LINK_POINTER,
		VMCS_GUEST_IA32_DEBUGCTL,
		VMCS_GUEST_IA32_PAT,
		VMCS_GUEST_IA32_EFER,
		VMCS_GUEST_IA32_PERF_GLOBAL_CTRL,
		VMCS_GUEST_PDPTE0,
		VMCS_GUEST_PDPTE1,
		VMCS_GUEST_PDPTE2,
		VMCS_GUEST_PDPTE3,
		VMCS_GUEST_IA32_BNDCFGS,
		VMCS_GUEST_IA32_RTIT_CTL,
		VMCS_GUEST_IA32_LBR_CTL,
		VMCS_GUEST_IA32_PKRS,
		VMCS_GUEST_IA32_FRED_CONFIG,
		VMCS_GUEST_IA32_FRED_RSP1,
		VMCS_GUEST_IA32_FRED_RSP2,
		VMCS_GUEST_IA32_FRED_RSP3,
		VMCS_GUEST_IA32_FRED_STKLVLS,
		VMCS_GUEST_IA32_FRED_SSP1,
		VMCS_GUEST_IA32_FRED_SSP2,
		VMCS_GUEST_IA32_FRED_SSP3,
		VMCS_GUEST_DEADLINE,
		VMCS_HOST_IA32_PAT,
		VMCS_HOST_IA32_EFER,
		VMCS_HOST_IA32_PERF_GLOBAL_CTRL,
		VMCS_HOST_IA32_PKRS,
		VMCS_HOST_IA32_FRED_CONFIG,
		VMCS_HOST_IA32_FRED_RSP1,
		VMCS_HOST_IA32_FRED_RSP2,
		VMCS_HOST_IA32_FRED_RSP3,
		VMCS_HOST_IA32_FRED_STKLVLS,
		VMCS_HOST_IA32_FRED_SSP1,
		VMCS_HOST_IA32_FRED_SSP2,
		VMCS_HOST_IA32_FRED_SSP3,
		VMCS_PIN_BASED_VM_EXECUTION_CONTROLS,
		VMCS_PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS,
		VMCS_EXCEPTION_BITMAP,
		VMCS_PAGE_FAULT_ERROR_CODE_MASK,
		VMCS_PAGE_FAULT_ERROR_CODE_MATCH,
		VMCS_CR3_TARGET_COUNT,
		VMCS_PRIMARY_VM_EXIT_CONTROLS,
		VMCS_VM_EXIT_MSR_STORE_COUNT,
		VMCS_VM_EXIT_MSR_LOAD_COUNT,
		VMCS_VM_ENTRY_CONTROLS,
		VMCS_VM_ENTRY_MSR_LOAD_COUNT,
		VMCS_VM_ENTRY_INTERRUPTION_INFORMATION,
		VMCS_VM_ENTRY_EXCEPTION_ERROR_CODE,
		VMCS_VM_ENTRY_INSTRUCTION_LENGTH,
		VMCS_TPR_THRESHOLD,
		VMCS_SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS,
		VMCS_PLE_GAP,
		VMCS_PLE_WINDOW,
		VMCS_INSTRUCTION_TIMEOUT_CONTROL,
		VMCS_VM_INSTRUCTION_ERROR,
		VMCS_EXIT_REASON,
		VMCS_VM_EXIT_INTERRUPTION_INFORMATION,
		VMCS_VM_EXIT_INTERRUPTION_ERROR_CODE,
		VMCS_IDT_VECTORING_INFORMATION,
		VMCS_IDT_VECTORING_ERROR_CODE,
		VMCS_VM_EXIT_INSTRUCTION_LENGTH,
		VMCS_VM_EXIT_INSTRUCTION_INFORMATION,
		VMCS_GUEST_ES_LIMIT,
		VMCS_GUEST_CS_LIMIT,
		VMCS_GUEST_SS_LIMIT,
		VMCS_GUEST_DS_LIMIT,
		VMCS_GUEST_FS_LIMIT,
		VMCS_GUEST_GS_LIMIT,
		VMCS_GUEST_LDTR_LIMIT,
		VMCS_GUEST_TR_LIMIT,
		VMCS_GUEST_GDTR_LIMIT,
		VMCS_GUEST_IDTR_LIMIT,
		VMCS_GUEST_ES_ACCESS_RIGHTS,
		VMCS_GUEST_CS_ACCESS_RIGHTS,
		VMCS_GUEST_SS_ACCESS_RIGHTS,
		VMCS_GUEST_DS_ACCESS_RIGHTS,
		VMCS_GUEST_FS_ACCESS_RIGHTS,
		VMCS_GUEST_GS_ACCESS_RIGHTS,
		VMCS_GUEST_LDTR_ACCESS_RIGHTS,
		VMCS_GUEST_TR_ACCESS_RIGHTS,
		VMCS_GUEST_INTERRUPTIBILITY_STATE,
		VMCS_GUEST_ACTIVITY_STATE,
		VMCS_GUEST_SMBASE,
		VMCS_GUEST_IA32_SYSENTER_CS,
		VMCS_VMX_PREEMPTION_TIMER_VALUE,
		VMCS_HOST_IA32_SYSENTER_CS,
		VMCS_CR0_GUEST_HOST_MASK,
		VMCS_CR4_GUEST_HOST_MASK,
		VMCS_CR0_READ_SHADOW,
		VMCS_CR4_READ_SHADOW,
		VMCS_CR3_TARGET_VALUE_0,
		VMCS_CR3_TARGET_VALUE_1,
		VMCS_CR3_TARGET_VALUE_2,
		VMCS_CR3_TARGET_VALUE_3,
		VMCS_EXIT_QUALIFICATION,
		VMCS_IO_RCX,
		VMCS_IO_RSI,
		VMCS_IO_RDI,
		VMCS_IO_RIP,
		VMCS_GUEST_LINEAR_ADDRESS,
		VMCS_GUEST_CR0,
		VMCS_GUEST_CR3,
		VMCS_GUEST_CR4,
		VMCS_GUEST_ES_BASE,
		VMCS_GUEST_CS_BASE,
		VMCS_GUEST_SS_BASE,
		VMCS_GUEST_DS_BASE,
		VMCS_GUEST_FS_BASE,
		VMCS_GUEST_GS_BASE,
		VMCS_GUEST_LDTR_BASE,
		VMCS_GUEST_TR_BASE,
		VMCS_GUEST_GDTR_BASE,
		VMCS_GUEST_IDTR_BASE,
		VMCS_GUEST_DR7,
		VMCS_GUEST_RSP,
		VMCS_GUEST_RIP,
		VMCS_GUEST_RFLAGS,
		VMCS_GUEST_PENDING_DEBUG_EXCEPTIONS,
		VMCS_GUEST_IA32_SYSENTER_ESP,
		VMCS_GUEST_IA32_SYSENTER_EIP,
		VMCS_GUEST_IA32_S_CET,
		VMCS_GUEST_SSP,
		VMCS_GUEST_IA32_INTERRUPT_SSP_TABLE_ADDR,
		VMCS_HOST_CR0,
		VMCS_HOST_CR3,
		VMCS_HOST_CR4,
		VMCS_HOST_FS_BASE,
		VMCS_HOST_GS_BASE,
		VMCS_HOST_TR_BASE,
		VMCS_HOST_GDTR_BASE,
		VMCS_HOST_IDTR_BASE,
		VMCS_HOST_IA32_SYSENTER_ESP,
		VMCS_HOST_IA32_SYSENTER_EIP,
		VMCS_HOST_RSP,
		VMCS_HOST_RIP,
		VMCS_HOST_IA32_S_CET,
		VMCS_HOST_SSP,
		VMCS_HOST_IA32_INTERRUPT_SSP_TABLE_ADDR,
	};
	static const char *const names[202] = {
		"virtual_processor_id",
		"posted_interrupt_notification_vector",
		"eptp_index",
		"hlat_prefix_size",
		"last_pid_pointer_index",
		"virtual_timer_vector",
		"guest_es_selector",
		"guest_cs_selector",
		"guest_ss_selector",
		"guest_ds_selector",
		"guest_fs_selector",
		"guest_gs_selector",
		"guest_ldtr_selector",
		"guest_tr_selector",
		"guest_interrupt_status",
		"pml_index",
		"guest_uinv",
		"host_es_selector",
		"host_cs_selector",
		"host_ss_selector",
		"host_ds_selector",
		"host_fs_selector",
		"host_gs_selector",
		"host_tr_selector",
		"io_bitmap_a_address",
		"io_bitmap_b_address",
		"msr_bitmaps_address",
		"vm_exit_msr_store_address",
		"vm_exit_msr_load_address",
		"vm_entry_msr_load_address",
		"executive_vmcs_pointer",
		"pml_address",
		"tsc_offset",
		"virtual_apic_address",
		"apic_access_address",
		"posted_interrupt_descriptor_address",
		"vm_function_controls",
		"ept_pointer",
		"eoi_exit_bitmap_0",
		"eoi_exit_bitmap_1",
		"eoi_exit_bitmap_2",
		"eoi_exit_bitmap_3",
		"eptp_list_address",
		"vmread_bitmap_address",
		"vmwrite_bitmap_address",
		"virtualization_exception_information_address",
		"xss_exiting_bitmap",
		"encls_exiting_bitmap",
		"sub_page_permission_table_pointer",
		"tsc_multiplier",
		"tertiary_processor_based_vm_execution_controls",
		"enclv_exiting_bitmap",
		"low_pasid_directory_address",
		"high_pasid_directory_address",
		"shared_eptp",
		"pconfig_exiting_bitmap",
		"hlatp",
		"pid_pointer_table_address",
		"secondary_vm_exit_controls",
		"ia32_spec_ctrl_mask",
		"ia32_spec_ctrl_shadow",
		"guest_deadline_shadow",
		"injected_event_data",
		"guest_physical_address",
		"original_event_data",
		"vmcs_link_pointer",
		"guest_ia32_debugctl",
		"guest_ia32_pat",
		"guest_ia32_efer",
		"guest_ia32_perf_global_ctrl",
		"guest_pdpte0",
		"guest_pdpte1",
		"guest_pdpte2",
		"guest_pdpte3",
		"guest_ia32_bndcfgs",
		"guest_ia32_rtit_ctl",
		"guest_ia32_lbr_ctl",
		"guest_ia32_pkrs",
		"guest_ia32_fred_config",
		"guest_ia32_fred_rsp1",
		"guest_ia32_fred_rsp2",
		"guest_ia32_fred_rsp3",
		"guest_ia32_fred_stklvls",
		"guest_ia32_fred_ssp1",
		"guest_ia32_fred_ssp2",
		"guest_ia32_fred_ssp3",
		"guest_deadline",
		"host_ia32_pat",
		"host_ia32_efer",
		"host_ia32_perf_global_ctrl",
		"host_ia32_pkrs",
		"host_ia32_fred_config",
		"host_ia32_fred_rsp1",
		"host_ia32_fred_rsp2",
		"host_ia32_fred_rsp3",
		"host_ia32_fred_stklvls",
		"host_ia32_fred_ssp1",
		"host_ia32_fred_ssp2",
		"host_ia32_fred_ssp3",
		"pin_based_vm_execution_controls",
		"primary_processor_based_vm_execution_controls",
		"exception_bitmap",
		"page_fault_error_code_mask",
		"page_fault_error_code_match",
		"cr3_target_count",
		"primary_vm_exit_controls",
		"vm_exit_msr_store_count",
		"vm_exit_msr_load_count",
		"vm_entry_controls",
		"vm_entry_msr_load_count",
		"vm_entry_interruption_information",
		"vm_entry_exception_error_code",
		"vm_entry_instruction_length",
		"tpr_threshold",
		"secondary_processor_based_vm_execution_controls",
		"ple_gap",
		"ple_window",
		"instruction_timeout_control",
		"vm_instruction_error",
		"exit_reason",
		"vm_exit_interruption_information",
		"vm_exit_interruption_error_code",
		"idt_vectoring_information",
		"idt_vectoring_error_code",
		"vm_exit_instruction_length",
		"vm_exit_instruction_information",
		"guest_es_limit",
		"guest_cs_limit",
		"guest_ss_limit",
		"guest_ds_limit",
		"guest_fs_limit",
		"guest_gs_limit",
		"guest_ldtr_limit",
		"guest_tr_limit",
		"guest_gdtr_limit",
		"guest_idtr_limit",
		"guest_es_access_rights",
		"guest_cs_access_rights",
		"guest_ss_access_rights",
		"guest_ds_access_rights",
		"guest_fs_access_rights",
		"guest_gs_access_rights",
		"guest_ldtr_access_rights",
		"guest_tr_access_rights",
		"guest_interruptibility_state",
		"guest_activity_state",
		"guest_smbase",
		"guest_ia32_sysenter_cs",
		"vmx_preemption_timer_value",
		"host_ia32_sysenter_cs",
		"cr0_guest_host_mask",
		"cr4_guest_host_mask",
		"cr0_read_shadow",
		"cr4_read_shadow",
		"cr3_target_value_0",
		"cr3_target_value_1",
		"cr3_target_value_2",
		"cr3_target_value_3",
		"exit_qualification",
		"io_rcx",
		"io_rsi",
		"io_rdi",
		"io_rip",
		"guest_linear_address",
		"guest_cr0",
		"guest_cr3",
		"guest_cr4",
		"guest_es_base",
		"guest_cs_base",
		"guest_ss_base",
		"guest_ds_base",
		"guest_fs_base",
		"guest_gs_base",
		"guest_ldtr_base",
		"guest_tr_base",
		"guest_gdtr_base",
		"guest_idtr_base",
		"guest_dr7",
		"guest_rsp",
		"guest_rip",
		"guest_rflags",
		"guest_pending_debug_exceptions",
		"guest_ia32_sysenter_esp",
		"guest_ia32_sysenter_eip",
		"guest_ia32_s_cet",
		"guest_ssp",
		"guest_ia32_interrupt_ssp_table_addr",
		"host_cr0",
		"host_cr3",
		"host_cr4",
		"host_fs_base",
		"host_gs_base",
		"host_tr_base",
		"host_gdtr_base",
		"host_idtr_base",
		"host_ia32_sysenter_esp",
		"host_ia32_sysenter_eip",
		"host_rsp",
		"host_rip",
		"host_ia32_s_cet",
		"host_ssp",
		"host_ia32_interrupt_ssp_table_addr",
	};
	/* Hex digits by bits 14:13 of the encoding: 16, 64, 32 bits, natural width. */
	static const vmx_u8 digits[] = { 4, 16, 8, 16 };
	char text[VMX_DUMP_LINE_MAX];
	struct vmxgen_dump_line line = { .text = text, .size = sizeof(text) };
	vmx_u64 reason = ~0ULL, value;
	enum vmx_status status;
	unsigned int i;

	/* The exit reason first: it says how to decode the exit qualification. */
	status = vmx_dump_read(VMCS_EXIT_REASON, &reason);
	if (status != VMX_SUCCEED && status != VMX_FAIL_VALID)
		return status;
	for (i = 0; i < 202; i++) {
		status = vmx_dump_read(fields[i], &value);
		if (status == VMX_FAIL_VALID)
			continue;	/* a field this CPU does not have */
		if (status != VMX_SUCCEED)
			return status;
		line.len = 0;
		vmxgen_dump_put(&line, names[i]);
		vmxgen_dump_put(&line, " = ");
		vmxgen_dump_hex(&line, value, digits[VMX_VMCS_FIELD_WIDTH(fields[i])]);
		vmx_dump_decode(&line, fields[i], value, reason);
		print(ctx, text);
	}
	return VMX_SUCCEED;
}

#endif /* VMXGEN_VMX_DUMP_H */
