/* SPDX-License-Identifier: MIT */
/*
 * DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
 * (template gen/backends/c/templates/dump.h.j2).  Edit the spec and run make.
 */
/*
 * A dump of the virtual machine control block (VMCB) of a guest, one
 * 4-KByte aligned page: every integer member, one line each.
 * A line is "<name> = 0x<value>" (the field's width in hex digits)
 * followed by what the spec says the value means, each part after a
 * space: the exit reason's name; a bit layout's named fields, a one-bit
 * field by its name if set, a wider one as "<field>=<VALUE NAME>" or
 * "<field>=0x<hex>"; an enum's value name; the names of the controls set.
 * Freestanding: no libc; the caller's callback prints each line.  The
 * line is built by the helpers of <vmxgen/dump_line.h>, the same for every
 * ISA.
 */
#ifndef VMXGEN_SVM_DUMP_H
#define VMXGEN_SVM_DUMP_H

#include <vmxgen/svm_insn.h>
#include <vmxgen/svm_layouts.h>
#include <vmxgen/svm_tables.h>
#include <vmxgen/dump_line.h>

/* The longest line any value gives, with its NUL. */
#define SVM_DUMP_LINE_MAX 409

/**
 * svm_dump_layout_intercept_cr() - append the named fields of a value
 * @line: the line
 * @v: CR intercepts (VMCB 000h)
 */
static inline void
svm_dump_layout_intercept_cr(struct vmxgen_dump_line *line, vmx_u32 v)
{
	if (svm_intercept_cr_cr0_read(v))
		vmxgen_dump_put(line, " cr0_read");
	if (svm_intercept_cr_cr1_read(v))
		vmxgen_dump_put(line, " cr1_read");
	if (svm_intercept_cr_cr2_read(v))
		vmxgen_dump_put(line, " cr2_read");
	if (svm_intercept_cr_cr3_read(v))
		vmxgen_dump_put(line, " cr3_read");
	if (svm_intercept_cr_cr4_read(v))
		vmxgen_dump_put(line, " cr4_read");
	if (svm_intercept_cr_cr5_read(v))
		vmxgen_dump_put(line, " cr5_read");
	if (svm_intercept_cr_cr6_read(v))
		vmxgen_dump_put(line, " cr6_read");
	if (svm_intercept_cr_cr7_read(v))
		vmxgen_dump_put(line, " cr7_read");
	if (svm_intercept_cr_cr8_read(v))
		vmxgen_dump_put(line, " cr8_read");
	if (svm_intercept_cr_cr9_read(v))
		vmxgen_dump_put(line, " cr9_read");
	if (svm_intercept_cr_cr10_read(v))
		vmxgen_dump_put(line, " cr10_read");
	if (svm_intercept_cr_cr11_read(v))
		vmxgen_dump_put(line, " cr11_read");
	if (svm_intercept_cr_cr12_read(v))
		vmxgen_dump_put(line, " cr12_read");
	if (svm_intercept_cr_cr13_read(v))
		vmxgen_dump_put(line, " cr13_read");
	if (svm_intercept_cr_cr14_read(v))
		vmxgen_dump_put(line, " cr14_read");
	if (svm_intercept_cr_cr15_read(v))
		vmxgen_dump_put(line, " cr15_read");
	if (svm_intercept_cr_cr0_write(v))
		vmxgen_dump_put(line, " cr0_write");
	if (svm_intercept_cr_cr1_write(v))
		vmxgen_dump_put(line, " cr1_write");
	if (svm_intercept_cr_cr2_write(v))
		vmxgen_dump_put(line, " cr2_write");
	if (svm_intercept_cr_cr3_write(v))
		vmxgen_dump_put(line, " cr3_write");
	if (svm_intercept_cr_cr4_write(v))
		vmxgen_dump_put(line, " cr4_write");
	if (svm_intercept_cr_cr5_write(v))
		vmxgen_dump_put(line, " cr5_write");
	if (svm_intercept_cr_cr6_write(v))
		vmxgen_dump_put(line, " cr6_write");
	if (svm_intercept_cr_cr7_write(v))
		vmxgen_dump_put(line, " cr7_write");
	if (svm_intercept_cr_cr8_write(v))
		vmxgen_dump_put(line, " cr8_write");
	if (svm_intercept_cr_cr9_write(v))
		vmxgen_dump_put(line, " cr9_write");
	if (svm_intercept_cr_cr10_write(v))
		vmxgen_dump_put(line, " cr10_write");
	if (svm_intercept_cr_cr11_write(v))
		vmxgen_dump_put(line, " cr11_write");
	if (svm_intercept_cr_cr12_write(v))
		vmxgen_dump_put(line, " cr12_write");
	if (svm_intercept_cr_cr13_write(v))
		vmxgen_dump_put(line, " cr13_write");
	if (svm_intercept_cr_cr14_write(v))
		vmxgen_dump_put(line, " cr14_write");
	if (svm_intercept_cr_cr15_write(v))
		vmxgen_dump_put(line, " cr15_write");
}

/**
 * svm_dump_layout_intercept_dr() - append the named fields of a value
 * @line: the line
 * @v: DR intercepts (VMCB 004h)
 */
static inline void
svm_dump_layout_intercept_dr(struct vmxgen_dump_line *line, vmx_u32 v)
{
	if (svm_intercept_dr_dr0_read(v))
		vmxgen_dump_put(line, " dr0_read");
	if (svm_intercept_dr_dr1_read(v))
		vmxgen_dump_put(line, " dr1_read");
	if (svm_intercept_dr_dr2_read(v))
		vmxgen_dump_put(line, " dr2_read");
	if (svm_intercept_dr_dr3_read(v))
		vmxgen_dump_put(line, " dr3_read");
	if (svm_intercept_dr_dr4_read(v))
		vmxgen_dump_put(line, " dr4_read");
	if (svm_intercept_dr_dr5_read(v))
		vmxgen_dump_put(line, " dr5_read");
	if (svm_intercept_dr_dr6_read(v))
		vmxgen_dump_put(line, " dr6_read");
	if (svm_intercept_dr_dr7_read(v))
		vmxgen_dump_put(line, " dr7_read");
	if (svm_intercept_dr_dr8_read(v))
		vmxgen_dump_put(line, " dr8_read");
	if (svm_intercept_dr_dr9_read(v))
		vmxgen_dump_put(line, " dr9_read");
	if (svm_intercept_dr_dr10_read(v))
		vmxgen_dump_put(line, " dr10_read");
	if (svm_intercept_dr_dr11_read(v))
		vmxgen_dump_put(line, " dr11_read");
	if (svm_intercept_dr_dr12_read(v))
		vmxgen_dump_put(line, " dr12_read");
	if (svm_intercept_dr_dr13_read(v))
		vmxgen_dump_put(line, " dr13_read");
	if (svm_intercept_dr_dr14_read(v))
		vmxgen_dump_put(line, " dr14_read");
	if (svm_intercept_dr_dr15_read(v))
		vmxgen_dump_put(line, " dr15_read");
	if (svm_intercept_dr_dr0_write(v))
		vmxgen_dump_put(line, " dr0_write");
	if (svm_intercept_dr_dr1_write(v))
		vmxgen_dump_put(line, " dr1_write");
	if (svm_intercept_dr_dr2_write(v))
		vmxgen_dump_put(line, " dr2_write");
	if (svm_intercept_dr_dr3_write(v))
		vmxgen_dump_put(line, " dr3_write");
	if (svm_intercept_dr_dr4_write(v))
		vmxgen_dump_put(line, " dr4_write");
	if (svm_intercept_dr_dr5_write(v))
		vmxgen_dump_put(line, " dr5_write");
	if (svm_intercept_dr_dr6_write(v))
		vmxgen_dump_put(line, " dr6_write");
	if (svm_intercept_dr_dr7_write(v))
		vmxgen_dump_put(line, " dr7_write");
	if (svm_intercept_dr_dr8_write(v))
		vmxgen_dump_put(line, " dr8_write");
	if (svm_intercept_dr_dr9_write(v))
		vmxgen_dump_put(line, " dr9_write");
	if (svm_intercept_dr_dr10_write(v))
		vmxgen_dump_put(line, " dr10_write");
	if (svm_intercept_dr_dr11_write(v))
		vmxgen_dump_put(line, " dr11_write");
	if (svm_intercept_dr_dr12_write(v))
		vmxgen_dump_put(line, " dr12_write");
	if (svm_intercept_dr_dr13_write(v))
		vmxgen_dump_put(line, " dr13_write");
	if (svm_intercept_dr_dr14_write(v))
		vmxgen_dump_put(line, " dr14_write");
	if (svm_intercept_dr_dr15_write(v))
		vmxgen_dump_put(line, " dr15_write");
}

/**
 * svm_dump_layout_intercept_exceptions() - append the named fields of a value
 * @line: the line
 * @v: exception intercepts (VMCB 008h)
 */
static inline void
svm_dump_layout_intercept_exceptions(struct vmxgen_dump_line *line, vmx_u32 v)
{
	if (svm_intercept_exceptions_de(v))
		vmxgen_dump_put(line, " de");
	if (svm_intercept_exceptions_db(v))
		vmxgen_dump_put(line, " db");
	if (svm_intercept_exceptions_nmi(v))
		vmxgen_dump_put(line, " nmi");
	if (svm_intercept_exceptions_bp(v))
		vmxgen_dump_put(line, " bp");
	if (svm_intercept_exceptions_of(v))
		vmxgen_dump_put(line, " of");
	if (svm_intercept_exceptions_br(v))
		vmxgen_dump_put(line, " br");
	if (svm_intercept_exceptions_ud(v))
		vmxgen_dump_put(line, " ud");
	if (svm_intercept_exceptions_nm(v))
		vmxgen_dump_put(line, " nm");
	if (svm_intercept_exceptions_df(v))
		vmxgen_dump_put(line, " df");
	if (svm_intercept_exceptions_vector_9(v))
		vmxgen_dump_put(line, " vector_9");
	if (svm_intercept_exceptions_ts(v))
		vmxgen_dump_put(line, " ts");
	if (svm_intercept_exceptions_np(v))
		vmxgen_dump_put(line, " np");
	if (svm_intercept_exceptions_ss(v))
		vmxgen_dump_put(line, " ss");
	if (svm_intercept_exceptions_gp(v))
		vmxgen_dump_put(line, " gp");
	if (svm_intercept_exceptions_pf(v))
		vmxgen_dump_put(line, " pf");
	if (svm_intercept_exceptions_vector_15(v))
		vmxgen_dump_put(line, " vector_15");
	if (svm_intercept_exceptions_mf(v))
		vmxgen_dump_put(line, " mf");
	if (svm_intercept_exceptions_ac(v))
		vmxgen_dump_put(line, " ac");
	if (svm_intercept_exceptions_mc(v))
		vmxgen_dump_put(line, " mc");
	if (svm_intercept_exceptions_xf(v))
		vmxgen_dump_put(line, " xf");
	if (svm_intercept_exceptions_vector_20(v))
		vmxgen_dump_put(line, " vector_20");
	if (svm_intercept_exceptions_cp(v))
		vmxgen_dump_put(line, " cp");
	if (svm_intercept_exceptions_vector_22(v))
		vmxgen_dump_put(line, " vector_22");
	if (svm_intercept_exceptions_vector_23(v))
		vmxgen_dump_put(line, " vector_23");
	if (svm_intercept_exceptions_vector_24(v))
		vmxgen_dump_put(line, " vector_24");
	if (svm_intercept_exceptions_vector_25(v))
		vmxgen_dump_put(line, " vector_25");
	if (svm_intercept_exceptions_vector_26(v))
		vmxgen_dump_put(line, " vector_26");
	if (svm_intercept_exceptions_vector_27(v))
		vmxgen_dump_put(line, " vector_27");
	if (svm_intercept_exceptions_hv(v))
		vmxgen_dump_put(line, " hv");
	if (svm_intercept_exceptions_vc(v))
		vmxgen_dump_put(line, " vc");
	if (svm_intercept_exceptions_sx(v))
		vmxgen_dump_put(line, " sx");
	if (svm_intercept_exceptions_vector_31(v))
		vmxgen_dump_put(line, " vector_31");
}

/**
 * svm_dump_layout_intercept_misc1() - append the named fields of a value
 * @line: the line
 * @v: first instruction/event intercept word (VMCB 00Ch)
 */
static inline void
svm_dump_layout_intercept_misc1(struct vmxgen_dump_line *line, vmx_u32 v)
{
	if (svm_intercept_misc1_intr(v))
		vmxgen_dump_put(line, " intr");
	if (svm_intercept_misc1_nmi(v))
		vmxgen_dump_put(line, " nmi");
	if (svm_intercept_misc1_smi(v))
		vmxgen_dump_put(line, " smi");
	if (svm_intercept_misc1_init(v))
		vmxgen_dump_put(line, " init");
	if (svm_intercept_misc1_vintr(v))
		vmxgen_dump_put(line, " vintr");
	if (svm_intercept_misc1_cr0_sel_write(v))
		vmxgen_dump_put(line, " cr0_sel_write");
	if (svm_intercept_misc1_idtr_read(v))
		vmxgen_dump_put(line, " idtr_read");
	if (svm_intercept_misc1_gdtr_read(v))
		vmxgen_dump_put(line, " gdtr_read");
	if (svm_intercept_misc1_ldtr_read(v))
		vmxgen_dump_put(line, " ldtr_read");
	if (svm_intercept_misc1_tr_read(v))
		vmxgen_dump_put(line, " tr_read");
	if (svm_intercept_misc1_idtr_write(v))
		vmxgen_dump_put(line, " idtr_write");
	if (svm_intercept_misc1_gdtr_write(v))
		vmxgen_dump_put(line, " gdtr_write");
	if (svm_intercept_misc1_ldtr_write(v))
		vmxgen_dump_put(line, " ldtr_write");
	if (svm_intercept_misc1_tr_write(v))
		vmxgen_dump_put(line, " tr_write");
	if (svm_intercept_misc1_rdtsc(v))
		vmxgen_dump_put(line, " rdtsc");
	if (svm_intercept_misc1_rdpmc(v))
		vmxgen_dump_put(line, " rdpmc");
	if (svm_intercept_misc1_pushf(v))
		vmxgen_dump_put(line, " pushf");
	if (svm_intercept_misc1_popf(v))
		vmxgen_dump_put(line, " popf");
	if (svm_intercept_misc1_cpuid(v))
		vmxgen_dump_put(line, " cpuid");
	if (svm_intercept_misc1_rsm(v))
		vmxgen_dump_put(line, " rsm");
	if (svm_intercept_misc1_iret(v))
		vmxgen_dump_put(line, " iret");
	if (svm_intercept_misc1_swint(v))
		vmxgen_dump_put(line, " swint");
	if (svm_intercept_misc1_invd(v))
		vmxgen_dump_put(line, " invd");
	if (svm_intercept_misc1_pause(v))
		vmxgen_dump_put(line, " pause");
	if (svm_intercept_misc1_hlt(v))
		vmxgen_dump_put(line, " hlt");
	if (svm_intercept_misc1_invlpg(v))
		vmxgen_dump_put(line, " invlpg");
	if (svm_intercept_misc1_invlpga(v))
		vmxgen_dump_put(line, " invlpga");
	if (svm_intercept_misc1_ioio_prot(v))
		vmxgen_dump_put(line, " ioio_prot");
	if (svm_intercept_misc1_msr_prot(v))
		vmxgen_dump_put(line, " msr_prot");
	if (svm_intercept_misc1_task_switch(v))
		vmxgen_dump_put(line, " task_switch");
	if (svm_intercept_misc1_ferr_freeze(v))
		vmxgen_dump_put(line, " ferr_freeze");
	if (svm_intercept_misc1_shutdown(v))
		vmxgen_dump_put(line, " shutdown");
}

/**
 * svm_dump_layout_intercept_misc2() - append the named fields of a value
 * @line: the line
 * @v: second instruction intercept word (VMCB 010h)
 */
static inline void
svm_dump_layout_intercept_misc2(struct vmxgen_dump_line *line, vmx_u32 v)
{
	if (svm_intercept_misc2_vmrun(v))
		vmxgen_dump_put(line, " vmrun");
	if (svm_intercept_misc2_vmmcall(v))
		vmxgen_dump_put(line, " vmmcall");
	if (svm_intercept_misc2_vmload(v))
		vmxgen_dump_put(line, " vmload");
	if (svm_intercept_misc2_vmsave(v))
		vmxgen_dump_put(line, " vmsave");
	if (svm_intercept_misc2_stgi(v))
		vmxgen_dump_put(line, " stgi");
	if (svm_intercept_misc2_clgi(v))
		vmxgen_dump_put(line, " clgi");
	if (svm_intercept_misc2_skinit(v))
		vmxgen_dump_put(line, " skinit");
	if (svm_intercept_misc2_rdtscp(v))
		vmxgen_dump_put(line, " rdtscp");
	if (svm_intercept_misc2_icebp(v))
		vmxgen_dump_put(line, " icebp");
	if (svm_intercept_misc2_wbinvd(v))
		vmxgen_dump_put(line, " wbinvd");
	if (svm_intercept_misc2_monitor(v))
		vmxgen_dump_put(line, " monitor");
	if (svm_intercept_misc2_mwait(v))
		vmxgen_dump_put(line, " mwait");
	if (svm_intercept_misc2_mwait_conditional(v))
		vmxgen_dump_put(line, " mwait_conditional");
	if (svm_intercept_misc2_xsetbv(v))
		vmxgen_dump_put(line, " xsetbv");
	if (svm_intercept_misc2_rdpru(v))
		vmxgen_dump_put(line, " rdpru");
	if (svm_intercept_misc2_efer_write_trap(v))
		vmxgen_dump_put(line, " efer_write_trap");
	if (svm_intercept_misc2_cr0_write_trap(v))
		vmxgen_dump_put(line, " cr0_write_trap");
	if (svm_intercept_misc2_cr1_write_trap(v))
		vmxgen_dump_put(line, " cr1_write_trap");
	if (svm_intercept_misc2_cr2_write_trap(v))
		vmxgen_dump_put(line, " cr2_write_trap");
	if (svm_intercept_misc2_cr3_write_trap(v))
		vmxgen_dump_put(line, " cr3_write_trap");
	if (svm_intercept_misc2_cr4_write_trap(v))
		vmxgen_dump_put(line, " cr4_write_trap");
	if (svm_intercept_misc2_cr5_write_trap(v))
		vmxgen_dump_put(line, " cr5_write_trap");
	if (svm_intercept_misc2_cr6_write_trap(v))
		vmxgen_dump_put(line, " cr6_write_trap");
	if (svm_intercept_misc2_cr7_write_trap(v))
		vmxgen_dump_put(line, " cr7_write_trap");
	if (svm_intercept_misc2_cr8_write_trap(v))
		vmxgen_dump_put(line, " cr8_write_trap");
	if (svm_intercept_misc2_cr9_write_trap(v))
		vmxgen_dump_put(line, " cr9_write_trap");
	if (svm_intercept_misc2_cr10_write_trap(v))
		vmxgen_dump_put(line, " cr10_write_trap");
	if (svm_intercept_misc2_cr11_write_trap(v))
		vmxgen_dump_put(line, " cr11_write_trap");
	if (svm_intercept_misc2_cr12_write_trap(v))
		vmxgen_dump_put(line, " cr12_write_trap");
	if (svm_intercept_misc2_cr13_write_trap(v))
		vmxgen_dump_put(line, " cr13_write_trap");
	if (svm_intercept_misc2_cr14_write_trap(v))
		vmxgen_dump_put(line, " cr14_write_trap");
	if (svm_intercept_misc2_cr15_write_trap(v))
		vmxgen_dump_put(line, " cr15_write_trap");
}

/**
 * svm_dump_layout_intercept_misc3() - append the named fields of a value
 * @line: the line
 * @v: third instruction intercept word (VMCB 014h)
 */
static inline void
svm_dump_layout_intercept_misc3(struct vmxgen_dump_line *line, vmx_u32 v)
{
	if (svm_intercept_misc3_invlpgb(v))
		vmxgen_dump_put(line, " invlpgb");
	if (svm_intercept_misc3_invlpgb_illegal(v))
		vmxgen_dump_put(line, " invlpgb_illegal");
	if (svm_intercept_misc3_invpcid(v))
		vmxgen_dump_put(line, " invpcid");
	if (svm_intercept_misc3_mcommit(v))
		vmxgen_dump_put(line, " mcommit");
	if (svm_intercept_misc3_tlbsync(v))
		vmxgen_dump_put(line, " tlbsync");
	if (svm_intercept_misc3_buslock(v))
		vmxgen_dump_put(line, " buslock");
	if (svm_intercept_misc3_idle_hlt(v))
		vmxgen_dump_put(line, " idle_hlt");
}

/**
 * svm_dump_layout_vintr() - append the named fields of a value
 * @line: the line
 * @v: virtual interrupt control (VMCB 060h)
 */
static inline void
svm_dump_layout_vintr(struct vmxgen_dump_line *line, vmx_u64 v)
{
	vmxgen_dump_field(line, "v_tpr", svm_vintr_v_tpr(v));
	if (svm_vintr_v_irq(v))
		vmxgen_dump_put(line, " v_irq");
	if (svm_vintr_v_gif(v))
		vmxgen_dump_put(line, " v_gif");
	if (svm_vintr_v_nmi(v))
		vmxgen_dump_put(line, " v_nmi");
	if (svm_vintr_v_nmi_mask(v))
		vmxgen_dump_put(line, " v_nmi_mask");
	vmxgen_dump_field(line, "v_intr_prio", svm_vintr_v_intr_prio(v));
	if (svm_vintr_v_ign_tpr(v))
		vmxgen_dump_put(line, " v_ign_tpr");
	if (svm_vintr_v_intr_masking(v))
		vmxgen_dump_put(line, " v_intr_masking");
	if (svm_vintr_v_gif_enable(v))
		vmxgen_dump_put(line, " v_gif_enable");
	if (svm_vintr_v_nmi_enable(v))
		vmxgen_dump_put(line, " v_nmi_enable");
	vmxgen_dump_field(line, "v_intr_vector", svm_vintr_v_intr_vector(v));
}

/**
 * svm_dump_layout_int_state() - append the named fields of a value
 * @line: the line
 * @v: guest interrupt state (VMCB 068h)
 */
static inline void
svm_dump_layout_int_state(struct vmxgen_dump_line *line, vmx_u64 v)
{
	if (svm_int_state_interrupt_shadow(v))
		vmxgen_dump_put(line, " interrupt_shadow");
	if (svm_int_state_guest_interrupt_mask(v))
		vmxgen_dump_put(line, " guest_interrupt_mask");
}

/**
 * svm_dump_layout_event_inj() - append the named fields of a value
 * @line: the line
 * @v: event to inject at VMRUN (EVENTINJ, VMCB 0A8h)
 */
static inline void
svm_dump_layout_event_inj(struct vmxgen_dump_line *line, vmx_u64 v)
{
	vmxgen_dump_field(line, "vector", svm_event_inj_vector(v));
	switch (svm_event_inj_type(v)) {
	case 0:
		vmxgen_dump_put(line, " type=INTR");
		break;
	case 2:
		vmxgen_dump_put(line, " type=NMI");
		break;
	case 3:
		vmxgen_dump_put(line, " type=EXCEPTION");
		break;
	case 4:
		vmxgen_dump_put(line, " type=SOFT_INT");
		break;
	default:
		vmxgen_dump_field(line, "type", svm_event_inj_type(v));
		break;
	}
	if (svm_event_inj_error_code_valid(v))
		vmxgen_dump_put(line, " error_code_valid");
	if (svm_event_inj_valid(v))
		vmxgen_dump_put(line, " valid");
	vmxgen_dump_field(line, "error_code", svm_event_inj_error_code(v));
}

/**
 * svm_dump_layout_exit_int_info() - append the named fields of a value
 * @line: the line
 * @v: the event being delivered at #VMEXIT (EXITINTINFO, VMCB 088h)
 */
static inline void
svm_dump_layout_exit_int_info(struct vmxgen_dump_line *line, vmx_u64 v)
{
	vmxgen_dump_field(line, "vector", svm_exit_int_info_vector(v));
	switch (svm_exit_int_info_type(v)) {
	case 0:
		vmxgen_dump_put(line, " type=INTR");
		break;
	case 2:
		vmxgen_dump_put(line, " type=NMI");
		break;
	case 3:
		vmxgen_dump_put(line, " type=EXCEPTION");
		break;
	case 4:
		vmxgen_dump_put(line, " type=SOFT_INT");
		break;
	default:
		vmxgen_dump_field(line, "type", svm_exit_int_info_type(v));
		break;
	}
	if (svm_exit_int_info_error_code_valid(v))
		vmxgen_dump_put(line, " error_code_valid");
	if (svm_exit_int_info_valid(v))
		vmxgen_dump_put(line, " valid");
	vmxgen_dump_field(line, "error_code", svm_exit_int_info_error_code(v));
}

/**
 * svm_dump_layout_npf_exit_info_1() - append the named fields of a value
 * @line: the line
 * @v: EXITINFO1 of a nested page fault (#VMEXIT 0x400): the fault's error code
 */
static inline void
svm_dump_layout_npf_exit_info_1(struct vmxgen_dump_line *line, vmx_u64 v)
{
	if (svm_npf_exit_info_1_present(v))
		vmxgen_dump_put(line, " present");
	if (svm_npf_exit_info_1_write(v))
		vmxgen_dump_put(line, " write");
	if (svm_npf_exit_info_1_user(v))
		vmxgen_dump_put(line, " user");
	if (svm_npf_exit_info_1_reserved_bit(v))
		vmxgen_dump_put(line, " reserved_bit");
	if (svm_npf_exit_info_1_fetch(v))
		vmxgen_dump_put(line, " fetch");
	if (svm_npf_exit_info_1_final_gpa(v))
		vmxgen_dump_put(line, " final_gpa");
	if (svm_npf_exit_info_1_guest_page_table(v))
		vmxgen_dump_put(line, " guest_page_table");
}

/**
 * svm_dump_layout_nested_ctl() - append the named fields of a value
 * @line: the line
 * @v: nested paging and SEV enables (VMCB 090h)
 */
static inline void
svm_dump_layout_nested_ctl(struct vmxgen_dump_line *line, vmx_u64 v)
{
	if (svm_nested_ctl_np_enable(v))
		vmxgen_dump_put(line, " np_enable");
	if (svm_nested_ctl_sev_enable(v))
		vmxgen_dump_put(line, " sev_enable");
	if (svm_nested_ctl_sev_es_enable(v))
		vmxgen_dump_put(line, " sev_es_enable");
}

/**
 * svm_dump_layout_virt_ext() - append the named fields of a value
 * @line: the line
 * @v: virtualization extensions (VMCB 0B8h)
 */
static inline void
svm_dump_layout_virt_ext(struct vmxgen_dump_line *line, vmx_u64 v)
{
	if (svm_virt_ext_lbr_virt_enable(v))
		vmxgen_dump_put(line, " lbr_virt_enable");
	if (svm_virt_ext_v_vmload_vmsave_enable(v))
		vmxgen_dump_put(line, " v_vmload_vmsave_enable");
}

/**
 * svm_dump_layout_clean_bits() - append the named fields of a value
 * @line: the line
 * @v: VMCB clean bits (VMCB 0C0h): state the CPU may take from its cache
 */
static inline void
svm_dump_layout_clean_bits(struct vmxgen_dump_line *line, vmx_u32 v)
{
	if (svm_clean_bits_intercepts(v))
		vmxgen_dump_put(line, " intercepts");
	if (svm_clean_bits_iopm(v))
		vmxgen_dump_put(line, " iopm");
	if (svm_clean_bits_asid(v))
		vmxgen_dump_put(line, " asid");
	if (svm_clean_bits_tpr(v))
		vmxgen_dump_put(line, " tpr");
	if (svm_clean_bits_np(v))
		vmxgen_dump_put(line, " np");
	if (svm_clean_bits_crx(v))
		vmxgen_dump_put(line, " crx");
	if (svm_clean_bits_drx(v))
		vmxgen_dump_put(line, " drx");
	if (svm_clean_bits_dt(v))
		vmxgen_dump_put(line, " dt");
	if (svm_clean_bits_seg(v))
		vmxgen_dump_put(line, " seg");
	if (svm_clean_bits_cr2(v))
		vmxgen_dump_put(line, " cr2");
	if (svm_clean_bits_lbr(v))
		vmxgen_dump_put(line, " lbr");
}

/**
 * svm_dump_layout_segment_attrib() - append the named fields of a value
 * @line: the line
 * @v: segment attributes in the VMCB (the attrib member of struct svm_vmcb_segment)
 */
static inline void
svm_dump_layout_segment_attrib(struct vmxgen_dump_line *line, vmx_u32 v)
{
	vmxgen_dump_field(line, "type", svm_segment_attrib_type(v));
	if (svm_segment_attrib_s(v))
		vmxgen_dump_put(line, " s");
	vmxgen_dump_field(line, "dpl", svm_segment_attrib_dpl(v));
	if (svm_segment_attrib_p(v))
		vmxgen_dump_put(line, " p");
	if (svm_segment_attrib_avl(v))
		vmxgen_dump_put(line, " avl");
	if (svm_segment_attrib_l(v))
		vmxgen_dump_put(line, " l");
	if (svm_segment_attrib_db(v))
		vmxgen_dump_put(line, " db");
	if (svm_segment_attrib_g(v))
		vmxgen_dump_put(line, " g");
}

/**
 * svm_dump_enum_tlb_control() - append the name of a value
 * @line: the line
 * @v: what VMRUN flushes from the TLB (VMCB 05Ch)
 */
static inline void
svm_dump_enum_tlb_control(struct vmxgen_dump_line *line, vmx_u64 v)
{
	switch (v) {
	case 0:
		vmxgen_dump_put(line, " DO_NOTHING");
		break;
	case 1:
		vmxgen_dump_put(line, " FLUSH_ALL");
		break;
	case 3:
		vmxgen_dump_put(line, " FLUSH_ASID");
		break;
	case 7:
		vmxgen_dump_put(line, " FLUSH_ASID_LOCAL");
		break;
	}
}

/**
 * svm_dump_decode() - append what the spec says a value means
 * @line: the line
 * @offset: the member's offset in the structure
 * @value: its value
 * @reason: the exit reason, which says how to decode the exit-information
 *	fields
 */
static inline void
svm_dump_decode(struct vmxgen_dump_line *line, unsigned int offset,
		vmx_u64 value, vmx_u64 reason)
{
	switch (offset) {
	case 0x000:	/* control.intercept_cr */
		svm_dump_layout_intercept_cr(line, (vmx_u32)value);
		break;
	case 0x004:	/* control.intercept_dr */
		svm_dump_layout_intercept_dr(line, (vmx_u32)value);
		break;
	case 0x008:	/* control.intercept_exceptions */
		svm_dump_layout_intercept_exceptions(line, (vmx_u32)value);
		break;
	case 0x00c:	/* control.intercept_misc1 */
		svm_dump_layout_intercept_misc1(line, (vmx_u32)value);
		break;
	case 0x010:	/* control.intercept_misc2 */
		svm_dump_layout_intercept_misc2(line, (vmx_u32)value);
		break;
	case 0x014:	/* control.intercept_misc3 */
		svm_dump_layout_intercept_misc3(line, (vmx_u32)value);
		break;
	case 0x05c:	/* control.tlb_control */
		svm_dump_enum_tlb_control(line, value);
		break;
	case 0x060:	/* control.vintr */
		svm_dump_layout_vintr(line, value);
		break;
	case 0x068:	/* control.int_state */
		svm_dump_layout_int_state(line, value);
		break;
	case 0x070:	/* control.exit_code */
		vmxgen_dump_name(line, svm_exit_code_name(value));
		break;
	case 0x078:	/* control.exit_info_1 */
		switch (reason) {
		case 0x400ULL:	/* npf */
			svm_dump_layout_npf_exit_info_1(line, value);
			break;
		}
		break;
	case 0x088:	/* control.exit_int_info */
		svm_dump_layout_exit_int_info(line, value);
		break;
	case 0x090:	/* control.nested_ctl */
		svm_dump_layout_nested_ctl(line, value);
		break;
	case 0x0a8:	/* control.event_inj */
		svm_dump_layout_event_inj(line, value);
		break;
	case 0x0b8:	/* control.virt_ext */
		svm_dump_layout_virt_ext(line, value);
		break;
	case 0x0c0:	/* control.clean_bits */
		svm_dump_layout_clean_bits(line, (vmx_u32)value);
		break;
	case 0x402:	/* save.es.attrib */
	case 0x412:	/* save.cs.attrib */
	case 0x422:	/* save.ss.attrib */
	case 0x432:	/* save.ds.attrib */
	case 0x442:	/* save.fs.attrib */
	case 0x452:	/* save.gs.attrib */
	case 0x462:	/* save.gdtr.attrib */
	case 0x472:	/* save.ldtr.attrib */
	case 0x482:	/* save.idtr.attrib */
	case 0x492:	/* save.tr.attrib */
		svm_dump_layout_segment_attrib(line, (vmx_u32)value);
		break;
	}
}

/**
 * svm_vmcb_dump_fields() - print every integer member of struct svm_vmcb
 * @vmcb: the structure, as the CPU left it
 * @print: called with each line, "<name> = 0x<value>" and the value's
 *	decoded parts (see the top of this header), NUL-terminated, without
 *	a newline
 * @ctx: passed to @print
 *
 * Prints the members in offset order, nested ones as "<outer>.<member>";
 * the exit-information members are decoded by the layout of the exit
 * reason in control.exit_code.  TODO: arrays (the instruction bytes) are not
 * printed.
 */
static inline void
svm_vmcb_dump_fields(const struct svm_vmcb *vmcb,
		     void (*print)(void *ctx, const char *line), void *ctx)
{
	static const vmx_u16 offsets[154] = {
		0x000,
		0x004,
		0x008,
		0x00c,
		0x010,
		0x014,
		0x03c,
		0x03e,
		0x040,
		0x048,
		0x050,
		0x058,
		0x05c,
		0x060,
		0x068,
		0x070,
		0x078,
		0x080,
		0x088,
		0x090,
		0x098,
		0x0a0,
		0x0a8,
		0x0b0,
		0x0b8,
		0x0c0,
		0x0c8,
		0x0d0,
		0x0e0,
		0x0f0,
		0x0f8,
		0x108,
		0x120,
		0x400,
		0x402,
		0x404,
		0x408,
		0x410,
		0x412,
		0x414,
		0x418,
		0x420,
		0x422,
		0x424,
		0x428,
		0x430,
		0x432,
		0x434,
		0x438,
		0x440,
		0x442,
		0x444,
		0x448,
		0x450,
		0x452,
		0x454,
		0x458,
		0x460,
		0x462,
		0x464,
		0x468,
		0x470,
		0x472,
		0x474,
		0x478,
		0x480,
		0x482,
		0x484,
		0x488,
		0x490,
		0x492,
		0x494,
		0x498,
		0x4a0,
		0x4a8,
		0x4b0,
		0x4b8,
		0x4c0,
		0x4ca,
		0x4cb,
		0x4d0,
		0x540,
		0x548,
		0x550,
		0x558,
		0x560,
		0x568,
		0x570,
		0x578,
		0x580,
		0x588,
		0x590,
		0x598,
		0x5a0,
		0x5a8,
		0x5b0,
		0x5b8,
		0x5d8,
		0x5e0,
		0x5e8,
		0x5f0,
		0x5f8,
		0x600,
		0x608,
		0x610,
		0x618,
		0x620,
		0x628,
		0x630,
		0x638,
		0x640,
		0x668,
		0x670,
		0x678,
		0x680,
		0x688,
		0x690,
		0x6e0,
		0x6e8,
		0x708,
		0x710,
		0x718,
		0x728,
		0x730,
		0x738,
		0x740,
		0x748,
		0x750,
		0x758,
		0x760,
		0x768,
		0x770,
		0x778,
		0x790,
		0x798,
		0x7a0,
		0x7a8,
		0x7b0,
		0x7b8,
		0x7c0,
		0x7c8,
		0x7d0,
		0x7d8,
		0x7e0,
		0x7e8,
		0x800,
		0x808,
		0x80c,
		0x80e,
		0x810,
		0x812,
		0x814,
		0x816,
		0x818,
	};
	static const vmx_u8 sizes[154] = {
		4,
		4,
		4,
		4,
		4,
		4,
		2,
		2,
		8,
		8,
		8,
		4,
		1,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		4,
		8,
		1,
		8,
		8,
		8,
		8,
		2,
		2,
		2,
		4,
		8,
		2,
		2,
		4,
		8,
		2,
		2,
		4,
		8,
		2,
		2,
		4,
		8,
		2,
		2,
		4,
		8,
		2,
		2,
		4,
		8,
		2,
		2,
		4,
		8,
		2,
		2,
		4,
		8,
		2,
		2,
		4,
		8,
		2,
		2,
		4,
		8,
		8,
		8,
		8,
		8,
		8,
		1,
		1,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		4,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		8,
		4,
		2,
		2,
		2,
		2,
		2,
		2,
		8,
	};
	static const char *const names[154] = {
		"control.intercept_cr",
		"control.intercept_dr",
		"control.intercept_exceptions",
		"control.intercept_misc1",
		"control.intercept_misc2",
		"control.intercept_misc3",
		"control.pause_filter_threshold",
		"control.pause_filter_count",
		"control.iopm_base_pa",
		"control.msrpm_base_pa",
		"control.tsc_offset",
		"control.asid",
		"control.tlb_control",
		"control.vintr",
		"control.int_state",
		"control.exit_code",
		"control.exit_info_1",
		"control.exit_info_2",
		"control.exit_int_info",
		"control.nested_ctl",
		"control.avic_apic_bar",
		"control.ghcb_gpa",
		"control.event_inj",
		"control.nested_cr3",
		"control.virt_ext",
		"control.clean_bits",
		"control.next_rip",
		"control.insn_len",
		"control.avic_backing_page",
		"control.avic_logical_table",
		"control.avic_physical_table",
		"control.vmsa_pa",
		"control.bus_lock_counter",
		"save.es.selector",
		"save.es.attrib",
		"save.es.limit",
		"save.es.base",
		"save.cs.selector",
		"save.cs.attrib",
		"save.cs.limit",
		"save.cs.base",
		"save.ss.selector",
		"save.ss.attrib",
		"save.ss.limit",
		"save.ss.base",
		"save.ds.selector",
		"save.ds.attrib",
		"save.ds.limit",
		"save.ds.base",
		"save.fs.selector",
		"save.fs.attrib",
		"save.fs.limit",
		"save.fs.base",
		"save.gs.selector",
		"save.gs.attrib",
		"save.gs.limit",
		"save.gs.base",
		"save.gdtr.selector",
		"save.gdtr.attrib",
		"save.gdtr.limit",
		"save.gdtr.base",
		"save.ldtr.selector",
		"save.ldtr.attrib",
		"save.ldtr.limit",
		"save.ldtr.base",
		"save.idtr.selector",
		"save.idtr.attrib",
		"save.idtr.limit",
		"save.idtr.base",
		"save.tr.selector",
		"save.tr.attrib",
		"save.tr.limit",
		"save.tr.base",
		"save.pl0_ssp",
		"save.pl1_ssp",
		"save.pl2_ssp",
		"save.pl3_ssp",
		"save.u_cet",
		"save.vmpl",
		"save.cpl",
		"save.efer",
		"save.xss",
		"save.cr4",
		"save.cr3",
		"save.cr0",
		"save.dr7",
		"save.dr6",
		"save.rflags",
		"save.rip",
		"save.dr0",
		"save.dr1",
		"save.dr2",
		"save.dr3",
		"save.dr0_addr_mask",
		"save.dr1_addr_mask",
		"save.dr2_addr_mask",
		"save.dr3_addr_mask",
		"save.rsp",
		"save.s_cet",
		"save.ssp",
		"save.isst_addr",
		"save.rax",
		"save.star",
		"save.lstar",
		"save.cstar",
		"save.sfmask",
		"save.kernel_gs_base",
		"save.sysenter_cs",
		"save.sysenter_esp",
		"save.sysenter_eip",
		"save.cr2",
		"save.g_pat",
		"save.dbgctl",
		"save.br_from",
		"save.br_to",
		"save.last_excp_from",
		"save.last_excp_to",
		"save.spec_ctrl",
		"save.pkru",
		"save.rcx",
		"save.rdx",
		"save.rbx",
		"save.rbp",
		"save.rsi",
		"save.rdi",
		"save.r8",
		"save.r9",
		"save.r10",
		"save.r11",
		"save.r12",
		"save.r13",
		"save.r14",
		"save.r15",
		"save.guest_exit_info_1",
		"save.guest_exit_info_2",
		"save.guest_exit_int_info",
		"save.guest_nrip",
		"save.sev_features",
		"save.vintr_ctrl",
		"save.guest_exit_code",
		"save.virtual_tom",
		"save.tlb_id",
		"save.pcpu_id",
		"save.event_inj",
		"save.xcr0",
		"save.x87_dp",
		"save.mxcsr",
		"save.x87_ftw",
		"save.x87_fsw",
		"save.x87_fcw",
		"save.x87_fop",
		"save.x87_ds",
		"save.x87_cs",
		"save.x87_rip",
	};
	const vmx_u8 *bytes = (const vmx_u8 *)vmcb;
	char text[SVM_DUMP_LINE_MAX];
	struct vmxgen_dump_line line = { .text = text, .size = sizeof(text) };
	vmx_u64 value;
	unsigned int i, b;

	for (i = 0; i < 154; i++) {
		/* Little-endian, as the CPU stores it; no unaligned loads. */
		value = 0;
		for (b = sizes[i]; b > 0; b--)
			value = value << 8 | bytes[offsets[i] + b - 1];
		line.len = 0;
		vmxgen_dump_put(&line, names[i]);
		vmxgen_dump_put(&line, " = ");
		vmxgen_dump_hex(&line, value, 2 * sizes[i]);
		svm_dump_decode(&line, offsets[i], value, vmcb->control.exit_code);
		print(ctx, text);
	}
}

#endif /* VMXGEN_SVM_DUMP_H */
