/* SPDX-License-Identifier: MIT */
/*
 * DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
 * (template gen/backends/c/templates/layouts.h.j2).  Edit the spec and run make.
 */
/*
 * Bit layouts of values: exit qualifications, MSR values, register images.
 * For each field, a mask; a getter, svm_<layout>_<field>(v), that returns
 * the field shifted down to bit 0; and a setter,
 * svm_<layout>_set_<field>(v, x), that returns v with the field replaced
 * by x.  A constant x that does not fit the field is a compile-time
 * error; a variable one is cut to the field's width.
 */
#ifndef VMXGEN_SVM_LAYOUTS_H
#define VMXGEN_SVM_LAYOUTS_H

#include <vmxgen/vmx_compat.h>

/*
 * Whether a constant x fits in a field of the given mask (shifted down to
 * bit 0); a variable is not checked here.  Costs nothing at run time.
 */
#define SVM_FIELD_FITS(x, max, message)					\
	_Static_assert(__builtin_choose_expr(__builtin_constant_p(x),	\
		(vmx_u64)(x) <= (vmx_u64)(max), 1), message)

/*
 * CPUID 8000_0001h ECX, extended feature flags: the SVM bit: 32 bits, AMD APM Vol. 3, Appendix E.4.2 (Function 8000_0001h); Vol. 2, Section 15.4.
 *   1:0	reserved
 *   2:2	svm: SVM: secure virtual machine (VMRUN ..)
 *   31:3	reserved
 */
#define SVM_CPUID_EXT_ECX_SVM_MASK 0x4U

static __always_inline vmx_u32 svm_cpuid_ext_ecx_svm(vmx_u32 v)
{
	return (v & SVM_CPUID_EXT_ECX_SVM_MASK) >> 2;
}

static __always_inline vmx_u32 __svm_cpuid_ext_ecx_set_svm(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CPUID_EXT_ECX_SVM_MASK) |
	       (x << 2 & SVM_CPUID_EXT_ECX_SVM_MASK);
}

#define svm_cpuid_ext_ecx_set_svm(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_cpuid_ext_ecx_set_svm: value does not fit in bits 2:2"); \
	__svm_cpuid_ext_ecx_set_svm(v, x);				\
})

/*
 * CPUID 8000_000Ah EAX: the SVM revision: 32 bits, AMD APM Vol. 3, Appendix E.4.9 (Function 8000_000Ah).
 *   7:0	svm_rev: SVM revision number
 *   31:8	reserved
 */
#define SVM_CPUID_SVM_EAX_SVM_REV_MASK 0xffU

static __always_inline vmx_u32 svm_cpuid_svm_eax_svm_rev(vmx_u32 v)
{
	return (v & SVM_CPUID_SVM_EAX_SVM_REV_MASK) >> 0;
}

static __always_inline vmx_u32 __svm_cpuid_svm_eax_set_svm_rev(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CPUID_SVM_EAX_SVM_REV_MASK) |
	       (x << 0 & SVM_CPUID_SVM_EAX_SVM_REV_MASK);
}

#define svm_cpuid_svm_eax_set_svm_rev(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0xff,						\
			"svm_cpuid_svm_eax_set_svm_rev: value does not fit in bits 7:0"); \
	__svm_cpuid_svm_eax_set_svm_rev(v, x);				\
})

/*
 * CPUID 8000_000Ah EBX: the number of ASIDs: 32 bits, AMD APM Vol. 3, Appendix E.4.9 (Function 8000_000Ah).
 *   31:0	nasid: number of address space identifiers (ASID 0 is the host's)
 */
#define SVM_CPUID_SVM_EBX_NASID_MASK 0xffffffffU

static __always_inline vmx_u32 svm_cpuid_svm_ebx_nasid(vmx_u32 v)
{
	return (v & SVM_CPUID_SVM_EBX_NASID_MASK) >> 0;
}

static __always_inline vmx_u32 __svm_cpuid_svm_ebx_set_nasid(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CPUID_SVM_EBX_NASID_MASK) |
	       (x << 0 & SVM_CPUID_SVM_EBX_NASID_MASK);
}

#define svm_cpuid_svm_ebx_set_nasid(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0xffffffff,					\
			"svm_cpuid_svm_ebx_set_nasid: value does not fit in bits 31:0"); \
	__svm_cpuid_svm_ebx_set_nasid(v, x);				\
})

/*
 * CPUID 8000_000Ah EDX: SVM features: 32 bits, AMD APM Vol. 3, Appendix E.4.9 (Function 8000_000Ah), Table E-5.
 *   0:0	np: nested paging (NP)
 *   1:1	lbr_virt: LBR virtualization (LbrVirt)
 *   2:2	svml: SVM lock: VM_CR.SVMDIS can be locked (SVML)
 *   3:3	nrips: next RIP saved at #VMEXIT (NRIPS)
 *   4:4	tsc_rate_msr: MSR-based TSC rate control (TscRateMsr)
 *   5:5	vmcb_clean: VMCB clean bits (VmcbClean)
 *   6:6	flush_by_asid: TLB_CONTROL flushes by ASID (FlushByAsid)
 *   7:7	decode_assists: decode assists (DecodeAssists)
 *   9:8	reserved
 *   10:10	pause_filter: PAUSE intercept filter (PauseFilter)
 *   11:11	reserved
 *   12:12	pause_filter_threshold: PAUSE filter threshold (PauseFilterThreshold)
 *   13:13	avic: AMD virtual interrupt controller (AVIC)
 *   14:14	reserved
 *   15:15	v_vmsave_vmload: virtualized VMSAVE and VMLOAD (VMSAVEvirt)
 *   16:16	vgif: virtual GIF (VGIF)
 *   17:17	gmet: guest mode execute trap (GMET)
 *   19:18	reserved
 *   20:20	spec_ctrl: SPEC_CTRL virtualization (SpecCtrl)
 *   24:21	reserved
 *   25:25	vnmi: virtual NMI (vNMI)
 *   28:26	reserved
 *   29:29	bus_lock_threshold: bus lock threshold (BusLockThreshold)
 *   30:30	idle_hlt: idle HLT intercept (IdleHltIntercept)
 *   31:31	reserved
 */
#define SVM_CPUID_SVM_EDX_NP_MASK 0x1U
#define SVM_CPUID_SVM_EDX_LBR_VIRT_MASK 0x2U
#define SVM_CPUID_SVM_EDX_SVML_MASK 0x4U
#define SVM_CPUID_SVM_EDX_NRIPS_MASK 0x8U
#define SVM_CPUID_SVM_EDX_TSC_RATE_MSR_MASK 0x10U
#define SVM_CPUID_SVM_EDX_VMCB_CLEAN_MASK 0x20U
#define SVM_CPUID_SVM_EDX_FLUSH_BY_ASID_MASK 0x40U
#define SVM_CPUID_SVM_EDX_DECODE_ASSISTS_MASK 0x80U
#define SVM_CPUID_SVM_EDX_PAUSE_FILTER_MASK 0x400U
#define SVM_CPUID_SVM_EDX_PAUSE_FILTER_THRESHOLD_MASK 0x1000U
#define SVM_CPUID_SVM_EDX_AVIC_MASK 0x2000U
#define SVM_CPUID_SVM_EDX_V_VMSAVE_VMLOAD_MASK 0x8000U
#define SVM_CPUID_SVM_EDX_VGIF_MASK 0x10000U
#define SVM_CPUID_SVM_EDX_GMET_MASK 0x20000U
#define SVM_CPUID_SVM_EDX_SPEC_CTRL_MASK 0x100000U
#define SVM_CPUID_SVM_EDX_VNMI_MASK 0x2000000U
#define SVM_CPUID_SVM_EDX_BUS_LOCK_THRESHOLD_MASK 0x20000000U
#define SVM_CPUID_SVM_EDX_IDLE_HLT_MASK 0x40000000U

static __always_inline vmx_u32 svm_cpuid_svm_edx_np(vmx_u32 v)
{
	return (v & SVM_CPUID_SVM_EDX_NP_MASK) >> 0;
}

static __always_inline vmx_u32 __svm_cpuid_svm_edx_set_np(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CPUID_SVM_EDX_NP_MASK) |
	       (x << 0 & SVM_CPUID_SVM_EDX_NP_MASK);
}

#define svm_cpuid_svm_edx_set_np(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_cpuid_svm_edx_set_np: value does not fit in bits 0:0"); \
	__svm_cpuid_svm_edx_set_np(v, x);				\
})

static __always_inline vmx_u32 svm_cpuid_svm_edx_lbr_virt(vmx_u32 v)
{
	return (v & SVM_CPUID_SVM_EDX_LBR_VIRT_MASK) >> 1;
}

static __always_inline vmx_u32 __svm_cpuid_svm_edx_set_lbr_virt(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CPUID_SVM_EDX_LBR_VIRT_MASK) |
	       (x << 1 & SVM_CPUID_SVM_EDX_LBR_VIRT_MASK);
}

#define svm_cpuid_svm_edx_set_lbr_virt(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_cpuid_svm_edx_set_lbr_virt: value does not fit in bits 1:1"); \
	__svm_cpuid_svm_edx_set_lbr_virt(v, x);				\
})

static __always_inline vmx_u32 svm_cpuid_svm_edx_svml(vmx_u32 v)
{
	return (v & SVM_CPUID_SVM_EDX_SVML_MASK) >> 2;
}

static __always_inline vmx_u32 __svm_cpuid_svm_edx_set_svml(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CPUID_SVM_EDX_SVML_MASK) |
	       (x << 2 & SVM_CPUID_SVM_EDX_SVML_MASK);
}

#define svm_cpuid_svm_edx_set_svml(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_cpuid_svm_edx_set_svml: value does not fit in bits 2:2"); \
	__svm_cpuid_svm_edx_set_svml(v, x);				\
})

static __always_inline vmx_u32 svm_cpuid_svm_edx_nrips(vmx_u32 v)
{
	return (v & SVM_CPUID_SVM_EDX_NRIPS_MASK) >> 3;
}

static __always_inline vmx_u32 __svm_cpuid_svm_edx_set_nrips(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CPUID_SVM_EDX_NRIPS_MASK) |
	       (x << 3 & SVM_CPUID_SVM_EDX_NRIPS_MASK);
}

#define svm_cpuid_svm_edx_set_nrips(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_cpuid_svm_edx_set_nrips: value does not fit in bits 3:3"); \
	__svm_cpuid_svm_edx_set_nrips(v, x);				\
})

static __always_inline vmx_u32 svm_cpuid_svm_edx_tsc_rate_msr(vmx_u32 v)
{
	return (v & SVM_CPUID_SVM_EDX_TSC_RATE_MSR_MASK) >> 4;
}

static __always_inline vmx_u32 __svm_cpuid_svm_edx_set_tsc_rate_msr(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CPUID_SVM_EDX_TSC_RATE_MSR_MASK) |
	       (x << 4 & SVM_CPUID_SVM_EDX_TSC_RATE_MSR_MASK);
}

#define svm_cpuid_svm_edx_set_tsc_rate_msr(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_cpuid_svm_edx_set_tsc_rate_msr: value does not fit in bits 4:4"); \
	__svm_cpuid_svm_edx_set_tsc_rate_msr(v, x);			\
})

static __always_inline vmx_u32 svm_cpuid_svm_edx_vmcb_clean(vmx_u32 v)
{
	return (v & SVM_CPUID_SVM_EDX_VMCB_CLEAN_MASK) >> 5;
}

static __always_inline vmx_u32 __svm_cpuid_svm_edx_set_vmcb_clean(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CPUID_SVM_EDX_VMCB_CLEAN_MASK) |
	       (x << 5 & SVM_CPUID_SVM_EDX_VMCB_CLEAN_MASK);
}

#define svm_cpuid_svm_edx_set_vmcb_clean(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_cpuid_svm_edx_set_vmcb_clean: value does not fit in bits 5:5"); \
	__svm_cpuid_svm_edx_set_vmcb_clean(v, x);			\
})

static __always_inline vmx_u32 svm_cpuid_svm_edx_flush_by_asid(vmx_u32 v)
{
	return (v & SVM_CPUID_SVM_EDX_FLUSH_BY_ASID_MASK) >> 6;
}

static __always_inline vmx_u32 __svm_cpuid_svm_edx_set_flush_by_asid(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CPUID_SVM_EDX_FLUSH_BY_ASID_MASK) |
	       (x << 6 & SVM_CPUID_SVM_EDX_FLUSH_BY_ASID_MASK);
}

#define svm_cpuid_svm_edx_set_flush_by_asid(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_cpuid_svm_edx_set_flush_by_asid: value does not fit in bits 6:6"); \
	__svm_cpuid_svm_edx_set_flush_by_asid(v, x);			\
})

static __always_inline vmx_u32 svm_cpuid_svm_edx_decode_assists(vmx_u32 v)
{
	return (v & SVM_CPUID_SVM_EDX_DECODE_ASSISTS_MASK) >> 7;
}

static __always_inline vmx_u32 __svm_cpuid_svm_edx_set_decode_assists(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CPUID_SVM_EDX_DECODE_ASSISTS_MASK) |
	       (x << 7 & SVM_CPUID_SVM_EDX_DECODE_ASSISTS_MASK);
}

#define svm_cpuid_svm_edx_set_decode_assists(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_cpuid_svm_edx_set_decode_assists: value does not fit in bits 7:7"); \
	__svm_cpuid_svm_edx_set_decode_assists(v, x);			\
})

static __always_inline vmx_u32 svm_cpuid_svm_edx_pause_filter(vmx_u32 v)
{
	return (v & SVM_CPUID_SVM_EDX_PAUSE_FILTER_MASK) >> 10;
}

static __always_inline vmx_u32 __svm_cpuid_svm_edx_set_pause_filter(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CPUID_SVM_EDX_PAUSE_FILTER_MASK) |
	       (x << 10 & SVM_CPUID_SVM_EDX_PAUSE_FILTER_MASK);
}

#define svm_cpuid_svm_edx_set_pause_filter(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_cpuid_svm_edx_set_pause_filter: value does not fit in bits 10:10"); \
	__svm_cpuid_svm_edx_set_pause_filter(v, x);			\
})

static __always_inline vmx_u32 svm_cpuid_svm_edx_pause_filter_threshold(vmx_u32 v)
{
	return (v & SVM_CPUID_SVM_EDX_PAUSE_FILTER_THRESHOLD_MASK) >> 12;
}

static __always_inline vmx_u32 __svm_cpuid_svm_edx_set_pause_filter_threshold(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CPUID_SVM_EDX_PAUSE_FILTER_THRESHOLD_MASK) |
	       (x << 12 & SVM_CPUID_SVM_EDX_PAUSE_FILTER_THRESHOLD_MASK);
}

#define svm_cpuid_svm_edx_set_pause_filter_threshold(v, x)		\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_cpuid_svm_edx_set_pause_filter_threshold: value does not fit in bits 12:12"); \
	__svm_cpuid_svm_edx_set_pause_filter_threshold(v, x);		\
})

static __always_inline vmx_u32 svm_cpuid_svm_edx_avic(vmx_u32 v)
{
	return (v & SVM_CPUID_SVM_EDX_AVIC_MASK) >> 13;
}

static __always_inline vmx_u32 __svm_cpuid_svm_edx_set_avic(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CPUID_SVM_EDX_AVIC_MASK) |
	       (x << 13 & SVM_CPUID_SVM_EDX_AVIC_MASK);
}

#define svm_cpuid_svm_edx_set_avic(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_cpuid_svm_edx_set_avic: value does not fit in bits 13:13"); \
	__svm_cpuid_svm_edx_set_avic(v, x);				\
})

static __always_inline vmx_u32 svm_cpuid_svm_edx_v_vmsave_vmload(vmx_u32 v)
{
	return (v & SVM_CPUID_SVM_EDX_V_VMSAVE_VMLOAD_MASK) >> 15;
}

static __always_inline vmx_u32 __svm_cpuid_svm_edx_set_v_vmsave_vmload(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CPUID_SVM_EDX_V_VMSAVE_VMLOAD_MASK) |
	       (x << 15 & SVM_CPUID_SVM_EDX_V_VMSAVE_VMLOAD_MASK);
}

#define svm_cpuid_svm_edx_set_v_vmsave_vmload(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_cpuid_svm_edx_set_v_vmsave_vmload: value does not fit in bits 15:15"); \
	__svm_cpuid_svm_edx_set_v_vmsave_vmload(v, x);			\
})

static __always_inline vmx_u32 svm_cpuid_svm_edx_vgif(vmx_u32 v)
{
	return (v & SVM_CPUID_SVM_EDX_VGIF_MASK) >> 16;
}

static __always_inline vmx_u32 __svm_cpuid_svm_edx_set_vgif(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CPUID_SVM_EDX_VGIF_MASK) |
	       (x << 16 & SVM_CPUID_SVM_EDX_VGIF_MASK);
}

#define svm_cpuid_svm_edx_set_vgif(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_cpuid_svm_edx_set_vgif: value does not fit in bits 16:16"); \
	__svm_cpuid_svm_edx_set_vgif(v, x);				\
})

static __always_inline vmx_u32 svm_cpuid_svm_edx_gmet(vmx_u32 v)
{
	return (v & SVM_CPUID_SVM_EDX_GMET_MASK) >> 17;
}

static __always_inline vmx_u32 __svm_cpuid_svm_edx_set_gmet(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CPUID_SVM_EDX_GMET_MASK) |
	       (x << 17 & SVM_CPUID_SVM_EDX_GMET_MASK);
}

#define svm_cpuid_svm_edx_set_gmet(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_cpuid_svm_edx_set_gmet: value does not fit in bits 17:17"); \
	__svm_cpuid_svm_edx_set_gmet(v, x);				\
})

static __always_inline vmx_u32 svm_cpuid_svm_edx_spec_ctrl(vmx_u32 v)
{
	return (v & SVM_CPUID_SVM_EDX_SPEC_CTRL_MASK) >> 20;
}

static __always_inline vmx_u32 __svm_cpuid_svm_edx_set_spec_ctrl(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CPUID_SVM_EDX_SPEC_CTRL_MASK) |
	       (x << 20 & SVM_CPUID_SVM_EDX_SPEC_CTRL_MASK);
}

#define svm_cpuid_svm_edx_set_spec_ctrl(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_cpuid_svm_edx_set_spec_ctrl: value does not fit in bits 20:20"); \
	__svm_cpuid_svm_edx_set_spec_ctrl(v, x);			\
})

static __always_inline vmx_u32 svm_cpuid_svm_edx_vnmi(vmx_u32 v)
{
	return (v & SVM_CPUID_SVM_EDX_VNMI_MASK) >> 25;
}

static __always_inline vmx_u32 __svm_cpuid_svm_edx_set_vnmi(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CPUID_SVM_EDX_VNMI_MASK) |
	       (x << 25 & SVM_CPUID_SVM_EDX_VNMI_MASK);
}

#define svm_cpuid_svm_edx_set_vnmi(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_cpuid_svm_edx_set_vnmi: value does not fit in bits 25:25"); \
	__svm_cpuid_svm_edx_set_vnmi(v, x);				\
})

static __always_inline vmx_u32 svm_cpuid_svm_edx_bus_lock_threshold(vmx_u32 v)
{
	return (v & SVM_CPUID_SVM_EDX_BUS_LOCK_THRESHOLD_MASK) >> 29;
}

static __always_inline vmx_u32 __svm_cpuid_svm_edx_set_bus_lock_threshold(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CPUID_SVM_EDX_BUS_LOCK_THRESHOLD_MASK) |
	       (x << 29 & SVM_CPUID_SVM_EDX_BUS_LOCK_THRESHOLD_MASK);
}

#define svm_cpuid_svm_edx_set_bus_lock_threshold(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_cpuid_svm_edx_set_bus_lock_threshold: value does not fit in bits 29:29"); \
	__svm_cpuid_svm_edx_set_bus_lock_threshold(v, x);		\
})

static __always_inline vmx_u32 svm_cpuid_svm_edx_idle_hlt(vmx_u32 v)
{
	return (v & SVM_CPUID_SVM_EDX_IDLE_HLT_MASK) >> 30;
}

static __always_inline vmx_u32 __svm_cpuid_svm_edx_set_idle_hlt(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CPUID_SVM_EDX_IDLE_HLT_MASK) |
	       (x << 30 & SVM_CPUID_SVM_EDX_IDLE_HLT_MASK);
}

#define svm_cpuid_svm_edx_set_idle_hlt(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_cpuid_svm_edx_set_idle_hlt: value does not fit in bits 30:30"); \
	__svm_cpuid_svm_edx_set_idle_hlt(v, x);				\
})

/*
 * CR intercepts (VMCB 000h): 32 bits, AMD APM Vol. 2, Table B-1 (000h); Section 15.9 (Intercept Operation).
 *   0:0	cr0_read: intercept reads of CR0
 *   1:1	cr1_read: intercept reads of CR1
 *   2:2	cr2_read: intercept reads of CR2
 *   3:3	cr3_read: intercept reads of CR3
 *   4:4	cr4_read: intercept reads of CR4
 *   5:5	cr5_read: intercept reads of CR5
 *   6:6	cr6_read: intercept reads of CR6
 *   7:7	cr7_read: intercept reads of CR7
 *   8:8	cr8_read: intercept reads of CR8
 *   9:9	cr9_read: intercept reads of CR9
 *   10:10	cr10_read: intercept reads of CR10
 *   11:11	cr11_read: intercept reads of CR11
 *   12:12	cr12_read: intercept reads of CR12
 *   13:13	cr13_read: intercept reads of CR13
 *   14:14	cr14_read: intercept reads of CR14
 *   15:15	cr15_read: intercept reads of CR15
 *   16:16	cr0_write: intercept writes of CR0
 *   17:17	cr1_write: intercept writes of CR1
 *   18:18	cr2_write: intercept writes of CR2
 *   19:19	cr3_write: intercept writes of CR3
 *   20:20	cr4_write: intercept writes of CR4
 *   21:21	cr5_write: intercept writes of CR5
 *   22:22	cr6_write: intercept writes of CR6
 *   23:23	cr7_write: intercept writes of CR7
 *   24:24	cr8_write: intercept writes of CR8
 *   25:25	cr9_write: intercept writes of CR9
 *   26:26	cr10_write: intercept writes of CR10
 *   27:27	cr11_write: intercept writes of CR11
 *   28:28	cr12_write: intercept writes of CR12
 *   29:29	cr13_write: intercept writes of CR13
 *   30:30	cr14_write: intercept writes of CR14
 *   31:31	cr15_write: intercept writes of CR15
 */
#define SVM_INTERCEPT_CR_CR0_READ_MASK 0x1U
#define SVM_INTERCEPT_CR_CR1_READ_MASK 0x2U
#define SVM_INTERCEPT_CR_CR2_READ_MASK 0x4U
#define SVM_INTERCEPT_CR_CR3_READ_MASK 0x8U
#define SVM_INTERCEPT_CR_CR4_READ_MASK 0x10U
#define SVM_INTERCEPT_CR_CR5_READ_MASK 0x20U
#define SVM_INTERCEPT_CR_CR6_READ_MASK 0x40U
#define SVM_INTERCEPT_CR_CR7_READ_MASK 0x80U
#define SVM_INTERCEPT_CR_CR8_READ_MASK 0x100U
#define SVM_INTERCEPT_CR_CR9_READ_MASK 0x200U
#define SVM_INTERCEPT_CR_CR10_READ_MASK 0x400U
#define SVM_INTERCEPT_CR_CR11_READ_MASK 0x800U
#define SVM_INTERCEPT_CR_CR12_READ_MASK 0x1000U
#define SVM_INTERCEPT_CR_CR13_READ_MASK 0x2000U
#define SVM_INTERCEPT_CR_CR14_READ_MASK 0x4000U
#define SVM_INTERCEPT_CR_CR15_READ_MASK 0x8000U
#define SVM_INTERCEPT_CR_CR0_WRITE_MASK 0x10000U
#define SVM_INTERCEPT_CR_CR1_WRITE_MASK 0x20000U
#define SVM_INTERCEPT_CR_CR2_WRITE_MASK 0x40000U
#define SVM_INTERCEPT_CR_CR3_WRITE_MASK 0x80000U
#define SVM_INTERCEPT_CR_CR4_WRITE_MASK 0x100000U
#define SVM_INTERCEPT_CR_CR5_WRITE_MASK 0x200000U
#define SVM_INTERCEPT_CR_CR6_WRITE_MASK 0x400000U
#define SVM_INTERCEPT_CR_CR7_WRITE_MASK 0x800000U
#define SVM_INTERCEPT_CR_CR8_WRITE_MASK 0x1000000U
#define SVM_INTERCEPT_CR_CR9_WRITE_MASK 0x2000000U
#define SVM_INTERCEPT_CR_CR10_WRITE_MASK 0x4000000U
#define SVM_INTERCEPT_CR_CR11_WRITE_MASK 0x8000000U
#define SVM_INTERCEPT_CR_CR12_WRITE_MASK 0x10000000U
#define SVM_INTERCEPT_CR_CR13_WRITE_MASK 0x20000000U
#define SVM_INTERCEPT_CR_CR14_WRITE_MASK 0x40000000U
#define SVM_INTERCEPT_CR_CR15_WRITE_MASK 0x80000000U

static __always_inline vmx_u32 svm_intercept_cr_cr0_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR0_READ_MASK) >> 0;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr0_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR0_READ_MASK) |
	       (x << 0 & SVM_INTERCEPT_CR_CR0_READ_MASK);
}

#define svm_intercept_cr_set_cr0_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr0_read: value does not fit in bits 0:0"); \
	__svm_intercept_cr_set_cr0_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_cr_cr1_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR1_READ_MASK) >> 1;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr1_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR1_READ_MASK) |
	       (x << 1 & SVM_INTERCEPT_CR_CR1_READ_MASK);
}

#define svm_intercept_cr_set_cr1_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr1_read: value does not fit in bits 1:1"); \
	__svm_intercept_cr_set_cr1_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_cr_cr2_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR2_READ_MASK) >> 2;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr2_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR2_READ_MASK) |
	       (x << 2 & SVM_INTERCEPT_CR_CR2_READ_MASK);
}

#define svm_intercept_cr_set_cr2_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr2_read: value does not fit in bits 2:2"); \
	__svm_intercept_cr_set_cr2_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_cr_cr3_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR3_READ_MASK) >> 3;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr3_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR3_READ_MASK) |
	       (x << 3 & SVM_INTERCEPT_CR_CR3_READ_MASK);
}

#define svm_intercept_cr_set_cr3_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr3_read: value does not fit in bits 3:3"); \
	__svm_intercept_cr_set_cr3_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_cr_cr4_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR4_READ_MASK) >> 4;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr4_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR4_READ_MASK) |
	       (x << 4 & SVM_INTERCEPT_CR_CR4_READ_MASK);
}

#define svm_intercept_cr_set_cr4_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr4_read: value does not fit in bits 4:4"); \
	__svm_intercept_cr_set_cr4_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_cr_cr5_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR5_READ_MASK) >> 5;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr5_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR5_READ_MASK) |
	       (x << 5 & SVM_INTERCEPT_CR_CR5_READ_MASK);
}

#define svm_intercept_cr_set_cr5_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr5_read: value does not fit in bits 5:5"); \
	__svm_intercept_cr_set_cr5_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_cr_cr6_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR6_READ_MASK) >> 6;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr6_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR6_READ_MASK) |
	       (x << 6 & SVM_INTERCEPT_CR_CR6_READ_MASK);
}

#define svm_intercept_cr_set_cr6_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr6_read: value does not fit in bits 6:6"); \
	__svm_intercept_cr_set_cr6_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_cr_cr7_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR7_READ_MASK) >> 7;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr7_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR7_READ_MASK) |
	       (x << 7 & SVM_INTERCEPT_CR_CR7_READ_MASK);
}

#define svm_intercept_cr_set_cr7_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr7_read: value does not fit in bits 7:7"); \
	__svm_intercept_cr_set_cr7_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_cr_cr8_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR8_READ_MASK) >> 8;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr8_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR8_READ_MASK) |
	       (x << 8 & SVM_INTERCEPT_CR_CR8_READ_MASK);
}

#define svm_intercept_cr_set_cr8_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr8_read: value does not fit in bits 8:8"); \
	__svm_intercept_cr_set_cr8_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_cr_cr9_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR9_READ_MASK) >> 9;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr9_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR9_READ_MASK) |
	       (x << 9 & SVM_INTERCEPT_CR_CR9_READ_MASK);
}

#define svm_intercept_cr_set_cr9_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr9_read: value does not fit in bits 9:9"); \
	__svm_intercept_cr_set_cr9_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_cr_cr10_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR10_READ_MASK) >> 10;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr10_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR10_READ_MASK) |
	       (x << 10 & SVM_INTERCEPT_CR_CR10_READ_MASK);
}

#define svm_intercept_cr_set_cr10_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr10_read: value does not fit in bits 10:10"); \
	__svm_intercept_cr_set_cr10_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_cr_cr11_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR11_READ_MASK) >> 11;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr11_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR11_READ_MASK) |
	       (x << 11 & SVM_INTERCEPT_CR_CR11_READ_MASK);
}

#define svm_intercept_cr_set_cr11_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr11_read: value does not fit in bits 11:11"); \
	__svm_intercept_cr_set_cr11_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_cr_cr12_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR12_READ_MASK) >> 12;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr12_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR12_READ_MASK) |
	       (x << 12 & SVM_INTERCEPT_CR_CR12_READ_MASK);
}

#define svm_intercept_cr_set_cr12_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr12_read: value does not fit in bits 12:12"); \
	__svm_intercept_cr_set_cr12_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_cr_cr13_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR13_READ_MASK) >> 13;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr13_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR13_READ_MASK) |
	       (x << 13 & SVM_INTERCEPT_CR_CR13_READ_MASK);
}

#define svm_intercept_cr_set_cr13_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr13_read: value does not fit in bits 13:13"); \
	__svm_intercept_cr_set_cr13_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_cr_cr14_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR14_READ_MASK) >> 14;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr14_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR14_READ_MASK) |
	       (x << 14 & SVM_INTERCEPT_CR_CR14_READ_MASK);
}

#define svm_intercept_cr_set_cr14_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr14_read: value does not fit in bits 14:14"); \
	__svm_intercept_cr_set_cr14_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_cr_cr15_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR15_READ_MASK) >> 15;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr15_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR15_READ_MASK) |
	       (x << 15 & SVM_INTERCEPT_CR_CR15_READ_MASK);
}

#define svm_intercept_cr_set_cr15_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr15_read: value does not fit in bits 15:15"); \
	__svm_intercept_cr_set_cr15_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_cr_cr0_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR0_WRITE_MASK) >> 16;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr0_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR0_WRITE_MASK) |
	       (x << 16 & SVM_INTERCEPT_CR_CR0_WRITE_MASK);
}

#define svm_intercept_cr_set_cr0_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr0_write: value does not fit in bits 16:16"); \
	__svm_intercept_cr_set_cr0_write(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_cr_cr1_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR1_WRITE_MASK) >> 17;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr1_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR1_WRITE_MASK) |
	       (x << 17 & SVM_INTERCEPT_CR_CR1_WRITE_MASK);
}

#define svm_intercept_cr_set_cr1_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr1_write: value does not fit in bits 17:17"); \
	__svm_intercept_cr_set_cr1_write(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_cr_cr2_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR2_WRITE_MASK) >> 18;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr2_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR2_WRITE_MASK) |
	       (x << 18 & SVM_INTERCEPT_CR_CR2_WRITE_MASK);
}

#define svm_intercept_cr_set_cr2_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr2_write: value does not fit in bits 18:18"); \
	__svm_intercept_cr_set_cr2_write(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_cr_cr3_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR3_WRITE_MASK) >> 19;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr3_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR3_WRITE_MASK) |
	       (x << 19 & SVM_INTERCEPT_CR_CR3_WRITE_MASK);
}

#define svm_intercept_cr_set_cr3_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr3_write: value does not fit in bits 19:19"); \
	__svm_intercept_cr_set_cr3_write(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_cr_cr4_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR4_WRITE_MASK) >> 20;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr4_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR4_WRITE_MASK) |
	       (x << 20 & SVM_INTERCEPT_CR_CR4_WRITE_MASK);
}

#define svm_intercept_cr_set_cr4_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr4_write: value does not fit in bits 20:20"); \
	__svm_intercept_cr_set_cr4_write(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_cr_cr5_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR5_WRITE_MASK) >> 21;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr5_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR5_WRITE_MASK) |
	       (x << 21 & SVM_INTERCEPT_CR_CR5_WRITE_MASK);
}

#define svm_intercept_cr_set_cr5_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr5_write: value does not fit in bits 21:21"); \
	__svm_intercept_cr_set_cr5_write(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_cr_cr6_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR6_WRITE_MASK) >> 22;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr6_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR6_WRITE_MASK) |
	       (x << 22 & SVM_INTERCEPT_CR_CR6_WRITE_MASK);
}

#define svm_intercept_cr_set_cr6_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr6_write: value does not fit in bits 22:22"); \
	__svm_intercept_cr_set_cr6_write(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_cr_cr7_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR7_WRITE_MASK) >> 23;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr7_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR7_WRITE_MASK) |
	       (x << 23 & SVM_INTERCEPT_CR_CR7_WRITE_MASK);
}

#define svm_intercept_cr_set_cr7_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr7_write: value does not fit in bits 23:23"); \
	__svm_intercept_cr_set_cr7_write(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_cr_cr8_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR8_WRITE_MASK) >> 24;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr8_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR8_WRITE_MASK) |
	       (x << 24 & SVM_INTERCEPT_CR_CR8_WRITE_MASK);
}

#define svm_intercept_cr_set_cr8_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr8_write: value does not fit in bits 24:24"); \
	__svm_intercept_cr_set_cr8_write(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_cr_cr9_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR9_WRITE_MASK) >> 25;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr9_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR9_WRITE_MASK) |
	       (x << 25 & SVM_INTERCEPT_CR_CR9_WRITE_MASK);
}

#define svm_intercept_cr_set_cr9_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr9_write: value does not fit in bits 25:25"); \
	__svm_intercept_cr_set_cr9_write(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_cr_cr10_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR10_WRITE_MASK) >> 26;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr10_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR10_WRITE_MASK) |
	       (x << 26 & SVM_INTERCEPT_CR_CR10_WRITE_MASK);
}

#define svm_intercept_cr_set_cr10_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr10_write: value does not fit in bits 26:26"); \
	__svm_intercept_cr_set_cr10_write(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_cr_cr11_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR11_WRITE_MASK) >> 27;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr11_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR11_WRITE_MASK) |
	       (x << 27 & SVM_INTERCEPT_CR_CR11_WRITE_MASK);
}

#define svm_intercept_cr_set_cr11_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr11_write: value does not fit in bits 27:27"); \
	__svm_intercept_cr_set_cr11_write(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_cr_cr12_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR12_WRITE_MASK) >> 28;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr12_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR12_WRITE_MASK) |
	       (x << 28 & SVM_INTERCEPT_CR_CR12_WRITE_MASK);
}

#define svm_intercept_cr_set_cr12_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr12_write: value does not fit in bits 28:28"); \
	__svm_intercept_cr_set_cr12_write(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_cr_cr13_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR13_WRITE_MASK) >> 29;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr13_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR13_WRITE_MASK) |
	       (x << 29 & SVM_INTERCEPT_CR_CR13_WRITE_MASK);
}

#define svm_intercept_cr_set_cr13_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr13_write: value does not fit in bits 29:29"); \
	__svm_intercept_cr_set_cr13_write(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_cr_cr14_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR14_WRITE_MASK) >> 30;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr14_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR14_WRITE_MASK) |
	       (x << 30 & SVM_INTERCEPT_CR_CR14_WRITE_MASK);
}

#define svm_intercept_cr_set_cr14_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr14_write: value does not fit in bits 30:30"); \
	__svm_intercept_cr_set_cr14_write(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_cr_cr15_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_CR_CR15_WRITE_MASK) >> 31;
}

static __always_inline vmx_u32 __svm_intercept_cr_set_cr15_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_CR_CR15_WRITE_MASK) |
	       (x << 31 & SVM_INTERCEPT_CR_CR15_WRITE_MASK);
}

#define svm_intercept_cr_set_cr15_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_cr_set_cr15_write: value does not fit in bits 31:31"); \
	__svm_intercept_cr_set_cr15_write(v, x);			\
})

/*
 * DR intercepts (VMCB 004h): 32 bits, AMD APM Vol. 2, Table B-1 (004h); Section 15.9.
 *   0:0	dr0_read: intercept reads of DR0
 *   1:1	dr1_read: intercept reads of DR1
 *   2:2	dr2_read: intercept reads of DR2
 *   3:3	dr3_read: intercept reads of DR3
 *   4:4	dr4_read: intercept reads of DR4
 *   5:5	dr5_read: intercept reads of DR5
 *   6:6	dr6_read: intercept reads of DR6
 *   7:7	dr7_read: intercept reads of DR7
 *   8:8	dr8_read: intercept reads of DR8
 *   9:9	dr9_read: intercept reads of DR9
 *   10:10	dr10_read: intercept reads of DR10
 *   11:11	dr11_read: intercept reads of DR11
 *   12:12	dr12_read: intercept reads of DR12
 *   13:13	dr13_read: intercept reads of DR13
 *   14:14	dr14_read: intercept reads of DR14
 *   15:15	dr15_read: intercept reads of DR15
 *   16:16	dr0_write: intercept writes of DR0
 *   17:17	dr1_write: intercept writes of DR1
 *   18:18	dr2_write: intercept writes of DR2
 *   19:19	dr3_write: intercept writes of DR3
 *   20:20	dr4_write: intercept writes of DR4
 *   21:21	dr5_write: intercept writes of DR5
 *   22:22	dr6_write: intercept writes of DR6
 *   23:23	dr7_write: intercept writes of DR7
 *   24:24	dr8_write: intercept writes of DR8
 *   25:25	dr9_write: intercept writes of DR9
 *   26:26	dr10_write: intercept writes of DR10
 *   27:27	dr11_write: intercept writes of DR11
 *   28:28	dr12_write: intercept writes of DR12
 *   29:29	dr13_write: intercept writes of DR13
 *   30:30	dr14_write: intercept writes of DR14
 *   31:31	dr15_write: intercept writes of DR15
 */
#define SVM_INTERCEPT_DR_DR0_READ_MASK 0x1U
#define SVM_INTERCEPT_DR_DR1_READ_MASK 0x2U
#define SVM_INTERCEPT_DR_DR2_READ_MASK 0x4U
#define SVM_INTERCEPT_DR_DR3_READ_MASK 0x8U
#define SVM_INTERCEPT_DR_DR4_READ_MASK 0x10U
#define SVM_INTERCEPT_DR_DR5_READ_MASK 0x20U
#define SVM_INTERCEPT_DR_DR6_READ_MASK 0x40U
#define SVM_INTERCEPT_DR_DR7_READ_MASK 0x80U
#define SVM_INTERCEPT_DR_DR8_READ_MASK 0x100U
#define SVM_INTERCEPT_DR_DR9_READ_MASK 0x200U
#define SVM_INTERCEPT_DR_DR10_READ_MASK 0x400U
#define SVM_INTERCEPT_DR_DR11_READ_MASK 0x800U
#define SVM_INTERCEPT_DR_DR12_READ_MASK 0x1000U
#define SVM_INTERCEPT_DR_DR13_READ_MASK 0x2000U
#define SVM_INTERCEPT_DR_DR14_READ_MASK 0x4000U
#define SVM_INTERCEPT_DR_DR15_READ_MASK 0x8000U
#define SVM_INTERCEPT_DR_DR0_WRITE_MASK 0x10000U
#define SVM_INTERCEPT_DR_DR1_WRITE_MASK 0x20000U
#define SVM_INTERCEPT_DR_DR2_WRITE_MASK 0x40000U
#define SVM_INTERCEPT_DR_DR3_WRITE_MASK 0x80000U
#define SVM_INTERCEPT_DR_DR4_WRITE_MASK 0x100000U
#define SVM_INTERCEPT_DR_DR5_WRITE_MASK 0x200000U
#define SVM_INTERCEPT_DR_DR6_WRITE_MASK 0x400000U
#define SVM_INTERCEPT_DR_DR7_WRITE_MASK 0x800000U
#define SVM_INTERCEPT_DR_DR8_WRITE_MASK 0x1000000U
#define SVM_INTERCEPT_DR_DR9_WRITE_MASK 0x2000000U
#define SVM_INTERCEPT_DR_DR10_WRITE_MASK 0x4000000U
#define SVM_INTERCEPT_DR_DR11_WRITE_MASK 0x8000000U
#define SVM_INTERCEPT_DR_DR12_WRITE_MASK 0x10000000U
#define SVM_INTERCEPT_DR_DR13_WRITE_MASK 0x20000000U
#define SVM_INTERCEPT_DR_DR14_WRITE_MASK 0x40000000U
#define SVM_INTERCEPT_DR_DR15_WRITE_MASK 0x80000000U

static __always_inline vmx_u32 svm_intercept_dr_dr0_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR0_READ_MASK) >> 0;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr0_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR0_READ_MASK) |
	       (x << 0 & SVM_INTERCEPT_DR_DR0_READ_MASK);
}

#define svm_intercept_dr_set_dr0_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr0_read: value does not fit in bits 0:0"); \
	__svm_intercept_dr_set_dr0_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_dr_dr1_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR1_READ_MASK) >> 1;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr1_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR1_READ_MASK) |
	       (x << 1 & SVM_INTERCEPT_DR_DR1_READ_MASK);
}

#define svm_intercept_dr_set_dr1_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr1_read: value does not fit in bits 1:1"); \
	__svm_intercept_dr_set_dr1_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_dr_dr2_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR2_READ_MASK) >> 2;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr2_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR2_READ_MASK) |
	       (x << 2 & SVM_INTERCEPT_DR_DR2_READ_MASK);
}

#define svm_intercept_dr_set_dr2_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr2_read: value does not fit in bits 2:2"); \
	__svm_intercept_dr_set_dr2_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_dr_dr3_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR3_READ_MASK) >> 3;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr3_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR3_READ_MASK) |
	       (x << 3 & SVM_INTERCEPT_DR_DR3_READ_MASK);
}

#define svm_intercept_dr_set_dr3_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr3_read: value does not fit in bits 3:3"); \
	__svm_intercept_dr_set_dr3_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_dr_dr4_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR4_READ_MASK) >> 4;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr4_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR4_READ_MASK) |
	       (x << 4 & SVM_INTERCEPT_DR_DR4_READ_MASK);
}

#define svm_intercept_dr_set_dr4_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr4_read: value does not fit in bits 4:4"); \
	__svm_intercept_dr_set_dr4_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_dr_dr5_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR5_READ_MASK) >> 5;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr5_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR5_READ_MASK) |
	       (x << 5 & SVM_INTERCEPT_DR_DR5_READ_MASK);
}

#define svm_intercept_dr_set_dr5_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr5_read: value does not fit in bits 5:5"); \
	__svm_intercept_dr_set_dr5_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_dr_dr6_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR6_READ_MASK) >> 6;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr6_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR6_READ_MASK) |
	       (x << 6 & SVM_INTERCEPT_DR_DR6_READ_MASK);
}

#define svm_intercept_dr_set_dr6_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr6_read: value does not fit in bits 6:6"); \
	__svm_intercept_dr_set_dr6_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_dr_dr7_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR7_READ_MASK) >> 7;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr7_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR7_READ_MASK) |
	       (x << 7 & SVM_INTERCEPT_DR_DR7_READ_MASK);
}

#define svm_intercept_dr_set_dr7_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr7_read: value does not fit in bits 7:7"); \
	__svm_intercept_dr_set_dr7_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_dr_dr8_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR8_READ_MASK) >> 8;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr8_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR8_READ_MASK) |
	       (x << 8 & SVM_INTERCEPT_DR_DR8_READ_MASK);
}

#define svm_intercept_dr_set_dr8_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr8_read: value does not fit in bits 8:8"); \
	__svm_intercept_dr_set_dr8_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_dr_dr9_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR9_READ_MASK) >> 9;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr9_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR9_READ_MASK) |
	       (x << 9 & SVM_INTERCEPT_DR_DR9_READ_MASK);
}

#define svm_intercept_dr_set_dr9_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr9_read: value does not fit in bits 9:9"); \
	__svm_intercept_dr_set_dr9_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_dr_dr10_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR10_READ_MASK) >> 10;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr10_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR10_READ_MASK) |
	       (x << 10 & SVM_INTERCEPT_DR_DR10_READ_MASK);
}

#define svm_intercept_dr_set_dr10_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr10_read: value does not fit in bits 10:10"); \
	__svm_intercept_dr_set_dr10_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_dr_dr11_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR11_READ_MASK) >> 11;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr11_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR11_READ_MASK) |
	       (x << 11 & SVM_INTERCEPT_DR_DR11_READ_MASK);
}

#define svm_intercept_dr_set_dr11_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr11_read: value does not fit in bits 11:11"); \
	__svm_intercept_dr_set_dr11_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_dr_dr12_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR12_READ_MASK) >> 12;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr12_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR12_READ_MASK) |
	       (x << 12 & SVM_INTERCEPT_DR_DR12_READ_MASK);
}

#define svm_intercept_dr_set_dr12_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr12_read: value does not fit in bits 12:12"); \
	__svm_intercept_dr_set_dr12_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_dr_dr13_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR13_READ_MASK) >> 13;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr13_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR13_READ_MASK) |
	       (x << 13 & SVM_INTERCEPT_DR_DR13_READ_MASK);
}

#define svm_intercept_dr_set_dr13_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr13_read: value does not fit in bits 13:13"); \
	__svm_intercept_dr_set_dr13_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_dr_dr14_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR14_READ_MASK) >> 14;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr14_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR14_READ_MASK) |
	       (x << 14 & SVM_INTERCEPT_DR_DR14_READ_MASK);
}

#define svm_intercept_dr_set_dr14_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr14_read: value does not fit in bits 14:14"); \
	__svm_intercept_dr_set_dr14_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_dr_dr15_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR15_READ_MASK) >> 15;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr15_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR15_READ_MASK) |
	       (x << 15 & SVM_INTERCEPT_DR_DR15_READ_MASK);
}

#define svm_intercept_dr_set_dr15_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr15_read: value does not fit in bits 15:15"); \
	__svm_intercept_dr_set_dr15_read(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_dr_dr0_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR0_WRITE_MASK) >> 16;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr0_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR0_WRITE_MASK) |
	       (x << 16 & SVM_INTERCEPT_DR_DR0_WRITE_MASK);
}

#define svm_intercept_dr_set_dr0_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr0_write: value does not fit in bits 16:16"); \
	__svm_intercept_dr_set_dr0_write(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_dr_dr1_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR1_WRITE_MASK) >> 17;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr1_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR1_WRITE_MASK) |
	       (x << 17 & SVM_INTERCEPT_DR_DR1_WRITE_MASK);
}

#define svm_intercept_dr_set_dr1_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr1_write: value does not fit in bits 17:17"); \
	__svm_intercept_dr_set_dr1_write(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_dr_dr2_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR2_WRITE_MASK) >> 18;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr2_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR2_WRITE_MASK) |
	       (x << 18 & SVM_INTERCEPT_DR_DR2_WRITE_MASK);
}

#define svm_intercept_dr_set_dr2_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr2_write: value does not fit in bits 18:18"); \
	__svm_intercept_dr_set_dr2_write(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_dr_dr3_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR3_WRITE_MASK) >> 19;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr3_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR3_WRITE_MASK) |
	       (x << 19 & SVM_INTERCEPT_DR_DR3_WRITE_MASK);
}

#define svm_intercept_dr_set_dr3_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr3_write: value does not fit in bits 19:19"); \
	__svm_intercept_dr_set_dr3_write(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_dr_dr4_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR4_WRITE_MASK) >> 20;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr4_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR4_WRITE_MASK) |
	       (x << 20 & SVM_INTERCEPT_DR_DR4_WRITE_MASK);
}

#define svm_intercept_dr_set_dr4_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr4_write: value does not fit in bits 20:20"); \
	__svm_intercept_dr_set_dr4_write(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_dr_dr5_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR5_WRITE_MASK) >> 21;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr5_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR5_WRITE_MASK) |
	       (x << 21 & SVM_INTERCEPT_DR_DR5_WRITE_MASK);
}

#define svm_intercept_dr_set_dr5_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr5_write: value does not fit in bits 21:21"); \
	__svm_intercept_dr_set_dr5_write(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_dr_dr6_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR6_WRITE_MASK) >> 22;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr6_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR6_WRITE_MASK) |
	       (x << 22 & SVM_INTERCEPT_DR_DR6_WRITE_MASK);
}

#define svm_intercept_dr_set_dr6_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr6_write: value does not fit in bits 22:22"); \
	__svm_intercept_dr_set_dr6_write(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_dr_dr7_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR7_WRITE_MASK) >> 23;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr7_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR7_WRITE_MASK) |
	       (x << 23 & SVM_INTERCEPT_DR_DR7_WRITE_MASK);
}

#define svm_intercept_dr_set_dr7_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr7_write: value does not fit in bits 23:23"); \
	__svm_intercept_dr_set_dr7_write(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_dr_dr8_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR8_WRITE_MASK) >> 24;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr8_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR8_WRITE_MASK) |
	       (x << 24 & SVM_INTERCEPT_DR_DR8_WRITE_MASK);
}

#define svm_intercept_dr_set_dr8_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr8_write: value does not fit in bits 24:24"); \
	__svm_intercept_dr_set_dr8_write(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_dr_dr9_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR9_WRITE_MASK) >> 25;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr9_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR9_WRITE_MASK) |
	       (x << 25 & SVM_INTERCEPT_DR_DR9_WRITE_MASK);
}

#define svm_intercept_dr_set_dr9_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr9_write: value does not fit in bits 25:25"); \
	__svm_intercept_dr_set_dr9_write(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_dr_dr10_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR10_WRITE_MASK) >> 26;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr10_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR10_WRITE_MASK) |
	       (x << 26 & SVM_INTERCEPT_DR_DR10_WRITE_MASK);
}

#define svm_intercept_dr_set_dr10_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr10_write: value does not fit in bits 26:26"); \
	__svm_intercept_dr_set_dr10_write(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_dr_dr11_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR11_WRITE_MASK) >> 27;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr11_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR11_WRITE_MASK) |
	       (x << 27 & SVM_INTERCEPT_DR_DR11_WRITE_MASK);
}

#define svm_intercept_dr_set_dr11_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr11_write: value does not fit in bits 27:27"); \
	__svm_intercept_dr_set_dr11_write(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_dr_dr12_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR12_WRITE_MASK) >> 28;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr12_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR12_WRITE_MASK) |
	       (x << 28 & SVM_INTERCEPT_DR_DR12_WRITE_MASK);
}

#define svm_intercept_dr_set_dr12_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr12_write: value does not fit in bits 28:28"); \
	__svm_intercept_dr_set_dr12_write(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_dr_dr13_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR13_WRITE_MASK) >> 29;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr13_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR13_WRITE_MASK) |
	       (x << 29 & SVM_INTERCEPT_DR_DR13_WRITE_MASK);
}

#define svm_intercept_dr_set_dr13_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr13_write: value does not fit in bits 29:29"); \
	__svm_intercept_dr_set_dr13_write(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_dr_dr14_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR14_WRITE_MASK) >> 30;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr14_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR14_WRITE_MASK) |
	       (x << 30 & SVM_INTERCEPT_DR_DR14_WRITE_MASK);
}

#define svm_intercept_dr_set_dr14_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr14_write: value does not fit in bits 30:30"); \
	__svm_intercept_dr_set_dr14_write(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_dr_dr15_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_DR_DR15_WRITE_MASK) >> 31;
}

static __always_inline vmx_u32 __svm_intercept_dr_set_dr15_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_DR_DR15_WRITE_MASK) |
	       (x << 31 & SVM_INTERCEPT_DR_DR15_WRITE_MASK);
}

#define svm_intercept_dr_set_dr15_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_dr_set_dr15_write: value does not fit in bits 31:31"); \
	__svm_intercept_dr_set_dr15_write(v, x);			\
})

/*
 * exception intercepts (VMCB 008h): 32 bits, AMD APM Vol. 2, Table B-1 (008h); Section 15.12 (Exception Intercepts).
 *   0:0	de: intercept exception vector 0 (#DE)
 *   1:1	db: intercept exception vector 1 (#DB)
 *   2:2	nmi: intercept exception vector 2
 *   3:3	bp: intercept exception vector 3 (#BP)
 *   4:4	of: intercept exception vector 4 (#OF)
 *   5:5	br: intercept exception vector 5 (#BR)
 *   6:6	ud: intercept exception vector 6 (#UD)
 *   7:7	nm: intercept exception vector 7 (#NM)
 *   8:8	df: intercept exception vector 8 (#DF)
 *   9:9	vector_9: intercept exception vector 9
 *   10:10	ts: intercept exception vector 10 (#TS)
 *   11:11	np: intercept exception vector 11 (#NP)
 *   12:12	ss: intercept exception vector 12 (#SS)
 *   13:13	gp: intercept exception vector 13 (#GP)
 *   14:14	pf: intercept exception vector 14 (#PF)
 *   15:15	vector_15: intercept exception vector 15
 *   16:16	mf: intercept exception vector 16 (#MF)
 *   17:17	ac: intercept exception vector 17 (#AC)
 *   18:18	mc: intercept exception vector 18 (#MC)
 *   19:19	xf: intercept exception vector 19 (#XF)
 *   20:20	vector_20: intercept exception vector 20
 *   21:21	cp: intercept exception vector 21 (#CP)
 *   22:22	vector_22: intercept exception vector 22
 *   23:23	vector_23: intercept exception vector 23
 *   24:24	vector_24: intercept exception vector 24
 *   25:25	vector_25: intercept exception vector 25
 *   26:26	vector_26: intercept exception vector 26
 *   27:27	vector_27: intercept exception vector 27
 *   28:28	hv: intercept exception vector 28 (#HV)
 *   29:29	vc: intercept exception vector 29 (#VC)
 *   30:30	sx: intercept exception vector 30 (#SX)
 *   31:31	vector_31: intercept exception vector 31
 */
#define SVM_INTERCEPT_EXCEPTIONS_DE_MASK 0x1U
#define SVM_INTERCEPT_EXCEPTIONS_DB_MASK 0x2U
#define SVM_INTERCEPT_EXCEPTIONS_NMI_MASK 0x4U
#define SVM_INTERCEPT_EXCEPTIONS_BP_MASK 0x8U
#define SVM_INTERCEPT_EXCEPTIONS_OF_MASK 0x10U
#define SVM_INTERCEPT_EXCEPTIONS_BR_MASK 0x20U
#define SVM_INTERCEPT_EXCEPTIONS_UD_MASK 0x40U
#define SVM_INTERCEPT_EXCEPTIONS_NM_MASK 0x80U
#define SVM_INTERCEPT_EXCEPTIONS_DF_MASK 0x100U
#define SVM_INTERCEPT_EXCEPTIONS_VECTOR_9_MASK 0x200U
#define SVM_INTERCEPT_EXCEPTIONS_TS_MASK 0x400U
#define SVM_INTERCEPT_EXCEPTIONS_NP_MASK 0x800U
#define SVM_INTERCEPT_EXCEPTIONS_SS_MASK 0x1000U
#define SVM_INTERCEPT_EXCEPTIONS_GP_MASK 0x2000U
#define SVM_INTERCEPT_EXCEPTIONS_PF_MASK 0x4000U
#define SVM_INTERCEPT_EXCEPTIONS_VECTOR_15_MASK 0x8000U
#define SVM_INTERCEPT_EXCEPTIONS_MF_MASK 0x10000U
#define SVM_INTERCEPT_EXCEPTIONS_AC_MASK 0x20000U
#define SVM_INTERCEPT_EXCEPTIONS_MC_MASK 0x40000U
#define SVM_INTERCEPT_EXCEPTIONS_XF_MASK 0x80000U
#define SVM_INTERCEPT_EXCEPTIONS_VECTOR_20_MASK 0x100000U
#define SVM_INTERCEPT_EXCEPTIONS_CP_MASK 0x200000U
#define SVM_INTERCEPT_EXCEPTIONS_VECTOR_22_MASK 0x400000U
#define SVM_INTERCEPT_EXCEPTIONS_VECTOR_23_MASK 0x800000U
#define SVM_INTERCEPT_EXCEPTIONS_VECTOR_24_MASK 0x1000000U
#define SVM_INTERCEPT_EXCEPTIONS_VECTOR_25_MASK 0x2000000U
#define SVM_INTERCEPT_EXCEPTIONS_VECTOR_26_MASK 0x4000000U
#define SVM_INTERCEPT_EXCEPTIONS_VECTOR_27_MASK 0x8000000U
#define SVM_INTERCEPT_EXCEPTIONS_HV_MASK 0x10000000U
#define SVM_INTERCEPT_EXCEPTIONS_VC_MASK 0x20000000U
#define SVM_INTERCEPT_EXCEPTIONS_SX_MASK 0x40000000U
#define SVM_INTERCEPT_EXCEPTIONS_VECTOR_31_MASK 0x80000000U

static __always_inline vmx_u32 svm_intercept_exceptions_de(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_DE_MASK) >> 0;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_de(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_DE_MASK) |
	       (x << 0 & SVM_INTERCEPT_EXCEPTIONS_DE_MASK);
}

#define svm_intercept_exceptions_set_de(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_de: value does not fit in bits 0:0"); \
	__svm_intercept_exceptions_set_de(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_db(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_DB_MASK) >> 1;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_db(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_DB_MASK) |
	       (x << 1 & SVM_INTERCEPT_EXCEPTIONS_DB_MASK);
}

#define svm_intercept_exceptions_set_db(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_db: value does not fit in bits 1:1"); \
	__svm_intercept_exceptions_set_db(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_nmi(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_NMI_MASK) >> 2;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_nmi(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_NMI_MASK) |
	       (x << 2 & SVM_INTERCEPT_EXCEPTIONS_NMI_MASK);
}

#define svm_intercept_exceptions_set_nmi(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_nmi: value does not fit in bits 2:2"); \
	__svm_intercept_exceptions_set_nmi(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_bp(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_BP_MASK) >> 3;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_bp(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_BP_MASK) |
	       (x << 3 & SVM_INTERCEPT_EXCEPTIONS_BP_MASK);
}

#define svm_intercept_exceptions_set_bp(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_bp: value does not fit in bits 3:3"); \
	__svm_intercept_exceptions_set_bp(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_of(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_OF_MASK) >> 4;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_of(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_OF_MASK) |
	       (x << 4 & SVM_INTERCEPT_EXCEPTIONS_OF_MASK);
}

#define svm_intercept_exceptions_set_of(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_of: value does not fit in bits 4:4"); \
	__svm_intercept_exceptions_set_of(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_br(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_BR_MASK) >> 5;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_br(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_BR_MASK) |
	       (x << 5 & SVM_INTERCEPT_EXCEPTIONS_BR_MASK);
}

#define svm_intercept_exceptions_set_br(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_br: value does not fit in bits 5:5"); \
	__svm_intercept_exceptions_set_br(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_ud(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_UD_MASK) >> 6;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_ud(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_UD_MASK) |
	       (x << 6 & SVM_INTERCEPT_EXCEPTIONS_UD_MASK);
}

#define svm_intercept_exceptions_set_ud(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_ud: value does not fit in bits 6:6"); \
	__svm_intercept_exceptions_set_ud(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_nm(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_NM_MASK) >> 7;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_nm(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_NM_MASK) |
	       (x << 7 & SVM_INTERCEPT_EXCEPTIONS_NM_MASK);
}

#define svm_intercept_exceptions_set_nm(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_nm: value does not fit in bits 7:7"); \
	__svm_intercept_exceptions_set_nm(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_df(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_DF_MASK) >> 8;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_df(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_DF_MASK) |
	       (x << 8 & SVM_INTERCEPT_EXCEPTIONS_DF_MASK);
}

#define svm_intercept_exceptions_set_df(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_df: value does not fit in bits 8:8"); \
	__svm_intercept_exceptions_set_df(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_vector_9(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_VECTOR_9_MASK) >> 9;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_vector_9(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_VECTOR_9_MASK) |
	       (x << 9 & SVM_INTERCEPT_EXCEPTIONS_VECTOR_9_MASK);
}

#define svm_intercept_exceptions_set_vector_9(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_vector_9: value does not fit in bits 9:9"); \
	__svm_intercept_exceptions_set_vector_9(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_ts(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_TS_MASK) >> 10;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_ts(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_TS_MASK) |
	       (x << 10 & SVM_INTERCEPT_EXCEPTIONS_TS_MASK);
}

#define svm_intercept_exceptions_set_ts(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_ts: value does not fit in bits 10:10"); \
	__svm_intercept_exceptions_set_ts(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_np(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_NP_MASK) >> 11;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_np(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_NP_MASK) |
	       (x << 11 & SVM_INTERCEPT_EXCEPTIONS_NP_MASK);
}

#define svm_intercept_exceptions_set_np(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_np: value does not fit in bits 11:11"); \
	__svm_intercept_exceptions_set_np(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_ss(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_SS_MASK) >> 12;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_ss(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_SS_MASK) |
	       (x << 12 & SVM_INTERCEPT_EXCEPTIONS_SS_MASK);
}

#define svm_intercept_exceptions_set_ss(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_ss: value does not fit in bits 12:12"); \
	__svm_intercept_exceptions_set_ss(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_gp(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_GP_MASK) >> 13;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_gp(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_GP_MASK) |
	       (x << 13 & SVM_INTERCEPT_EXCEPTIONS_GP_MASK);
}

#define svm_intercept_exceptions_set_gp(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_gp: value does not fit in bits 13:13"); \
	__svm_intercept_exceptions_set_gp(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_pf(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_PF_MASK) >> 14;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_pf(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_PF_MASK) |
	       (x << 14 & SVM_INTERCEPT_EXCEPTIONS_PF_MASK);
}

#define svm_intercept_exceptions_set_pf(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_pf: value does not fit in bits 14:14"); \
	__svm_intercept_exceptions_set_pf(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_vector_15(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_VECTOR_15_MASK) >> 15;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_vector_15(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_VECTOR_15_MASK) |
	       (x << 15 & SVM_INTERCEPT_EXCEPTIONS_VECTOR_15_MASK);
}

#define svm_intercept_exceptions_set_vector_15(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_vector_15: value does not fit in bits 15:15"); \
	__svm_intercept_exceptions_set_vector_15(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_mf(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_MF_MASK) >> 16;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_mf(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_MF_MASK) |
	       (x << 16 & SVM_INTERCEPT_EXCEPTIONS_MF_MASK);
}

#define svm_intercept_exceptions_set_mf(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_mf: value does not fit in bits 16:16"); \
	__svm_intercept_exceptions_set_mf(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_ac(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_AC_MASK) >> 17;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_ac(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_AC_MASK) |
	       (x << 17 & SVM_INTERCEPT_EXCEPTIONS_AC_MASK);
}

#define svm_intercept_exceptions_set_ac(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_ac: value does not fit in bits 17:17"); \
	__svm_intercept_exceptions_set_ac(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_mc(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_MC_MASK) >> 18;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_mc(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_MC_MASK) |
	       (x << 18 & SVM_INTERCEPT_EXCEPTIONS_MC_MASK);
}

#define svm_intercept_exceptions_set_mc(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_mc: value does not fit in bits 18:18"); \
	__svm_intercept_exceptions_set_mc(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_xf(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_XF_MASK) >> 19;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_xf(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_XF_MASK) |
	       (x << 19 & SVM_INTERCEPT_EXCEPTIONS_XF_MASK);
}

#define svm_intercept_exceptions_set_xf(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_xf: value does not fit in bits 19:19"); \
	__svm_intercept_exceptions_set_xf(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_vector_20(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_VECTOR_20_MASK) >> 20;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_vector_20(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_VECTOR_20_MASK) |
	       (x << 20 & SVM_INTERCEPT_EXCEPTIONS_VECTOR_20_MASK);
}

#define svm_intercept_exceptions_set_vector_20(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_vector_20: value does not fit in bits 20:20"); \
	__svm_intercept_exceptions_set_vector_20(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_cp(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_CP_MASK) >> 21;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_cp(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_CP_MASK) |
	       (x << 21 & SVM_INTERCEPT_EXCEPTIONS_CP_MASK);
}

#define svm_intercept_exceptions_set_cp(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_cp: value does not fit in bits 21:21"); \
	__svm_intercept_exceptions_set_cp(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_vector_22(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_VECTOR_22_MASK) >> 22;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_vector_22(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_VECTOR_22_MASK) |
	       (x << 22 & SVM_INTERCEPT_EXCEPTIONS_VECTOR_22_MASK);
}

#define svm_intercept_exceptions_set_vector_22(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_vector_22: value does not fit in bits 22:22"); \
	__svm_intercept_exceptions_set_vector_22(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_vector_23(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_VECTOR_23_MASK) >> 23;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_vector_23(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_VECTOR_23_MASK) |
	       (x << 23 & SVM_INTERCEPT_EXCEPTIONS_VECTOR_23_MASK);
}

#define svm_intercept_exceptions_set_vector_23(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_vector_23: value does not fit in bits 23:23"); \
	__svm_intercept_exceptions_set_vector_23(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_vector_24(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_VECTOR_24_MASK) >> 24;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_vector_24(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_VECTOR_24_MASK) |
	       (x << 24 & SVM_INTERCEPT_EXCEPTIONS_VECTOR_24_MASK);
}

#define svm_intercept_exceptions_set_vector_24(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_vector_24: value does not fit in bits 24:24"); \
	__svm_intercept_exceptions_set_vector_24(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_vector_25(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_VECTOR_25_MASK) >> 25;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_vector_25(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_VECTOR_25_MASK) |
	       (x << 25 & SVM_INTERCEPT_EXCEPTIONS_VECTOR_25_MASK);
}

#define svm_intercept_exceptions_set_vector_25(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_vector_25: value does not fit in bits 25:25"); \
	__svm_intercept_exceptions_set_vector_25(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_vector_26(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_VECTOR_26_MASK) >> 26;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_vector_26(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_VECTOR_26_MASK) |
	       (x << 26 & SVM_INTERCEPT_EXCEPTIONS_VECTOR_26_MASK);
}

#define svm_intercept_exceptions_set_vector_26(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_vector_26: value does not fit in bits 26:26"); \
	__svm_intercept_exceptions_set_vector_26(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_vector_27(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_VECTOR_27_MASK) >> 27;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_vector_27(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_VECTOR_27_MASK) |
	       (x << 27 & SVM_INTERCEPT_EXCEPTIONS_VECTOR_27_MASK);
}

#define svm_intercept_exceptions_set_vector_27(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_vector_27: value does not fit in bits 27:27"); \
	__svm_intercept_exceptions_set_vector_27(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_hv(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_HV_MASK) >> 28;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_hv(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_HV_MASK) |
	       (x << 28 & SVM_INTERCEPT_EXCEPTIONS_HV_MASK);
}

#define svm_intercept_exceptions_set_hv(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_hv: value does not fit in bits 28:28"); \
	__svm_intercept_exceptions_set_hv(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_vc(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_VC_MASK) >> 29;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_vc(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_VC_MASK) |
	       (x << 29 & SVM_INTERCEPT_EXCEPTIONS_VC_MASK);
}

#define svm_intercept_exceptions_set_vc(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_vc: value does not fit in bits 29:29"); \
	__svm_intercept_exceptions_set_vc(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_sx(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_SX_MASK) >> 30;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_sx(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_SX_MASK) |
	       (x << 30 & SVM_INTERCEPT_EXCEPTIONS_SX_MASK);
}

#define svm_intercept_exceptions_set_sx(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_sx: value does not fit in bits 30:30"); \
	__svm_intercept_exceptions_set_sx(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_exceptions_vector_31(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_EXCEPTIONS_VECTOR_31_MASK) >> 31;
}

static __always_inline vmx_u32 __svm_intercept_exceptions_set_vector_31(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_EXCEPTIONS_VECTOR_31_MASK) |
	       (x << 31 & SVM_INTERCEPT_EXCEPTIONS_VECTOR_31_MASK);
}

#define svm_intercept_exceptions_set_vector_31(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_exceptions_set_vector_31: value does not fit in bits 31:31"); \
	__svm_intercept_exceptions_set_vector_31(v, x);			\
})

/*
 * first instruction/event intercept word (VMCB 00Ch): 32 bits, AMD APM Vol. 2, Table B-1 (00Ch); Section 15.9.
 *   0:0	intr: intercept physical INTR
 *   1:1	nmi: intercept physical NMI
 *   2:2	smi: intercept physical SMI
 *   3:3	init: intercept physical INIT
 *   4:4	vintr: intercept virtual INTR
 *   5:5	cr0_sel_write: intercept writes of CR0 that change bits other than TS or MP
 *   6:6	idtr_read: intercept reads of IDTR
 *   7:7	gdtr_read: intercept reads of GDTR
 *   8:8	ldtr_read: intercept reads of LDTR
 *   9:9	tr_read: intercept reads of TR
 *   10:10	idtr_write: intercept writes of IDTR
 *   11:11	gdtr_write: intercept writes of GDTR
 *   12:12	ldtr_write: intercept writes of LDTR
 *   13:13	tr_write: intercept writes of TR
 *   14:14	rdtsc: intercept RDTSC
 *   15:15	rdpmc: intercept RDPMC
 *   16:16	pushf: intercept PUSHF
 *   17:17	popf: intercept POPF
 *   18:18	cpuid: intercept CPUID
 *   19:19	rsm: intercept RSM
 *   20:20	iret: intercept IRET
 *   21:21	swint: intercept software interrupts (INTn)
 *   22:22	invd: intercept INVD
 *   23:23	pause: intercept PAUSE
 *   24:24	hlt: intercept HLT
 *   25:25	invlpg: intercept INVLPG
 *   26:26	invlpga: intercept INVLPGA
 *   27:27	ioio_prot: intercept IN/OUT to ports the IOPM selects
 *   28:28	msr_prot: intercept RDMSR/WRMSR of MSRs the MSRPM selects
 *   29:29	task_switch: intercept task switches
 *   30:30	ferr_freeze: intercept FERR_FREEZE
 *   31:31	shutdown: intercept shutdown events
 */
#define SVM_INTERCEPT_MISC1_INTR_MASK 0x1U
#define SVM_INTERCEPT_MISC1_NMI_MASK 0x2U
#define SVM_INTERCEPT_MISC1_SMI_MASK 0x4U
#define SVM_INTERCEPT_MISC1_INIT_MASK 0x8U
#define SVM_INTERCEPT_MISC1_VINTR_MASK 0x10U
#define SVM_INTERCEPT_MISC1_CR0_SEL_WRITE_MASK 0x20U
#define SVM_INTERCEPT_MISC1_IDTR_READ_MASK 0x40U
#define SVM_INTERCEPT_MISC1_GDTR_READ_MASK 0x80U
#define SVM_INTERCEPT_MISC1_LDTR_READ_MASK 0x100U
#define SVM_INTERCEPT_MISC1_TR_READ_MASK 0x200U
#define SVM_INTERCEPT_MISC1_IDTR_WRITE_MASK 0x400U
#define SVM_INTERCEPT_MISC1_GDTR_WRITE_MASK 0x800U
#define SVM_INTERCEPT_MISC1_LDTR_WRITE_MASK 0x1000U
#define SVM_INTERCEPT_MISC1_TR_WRITE_MASK 0x2000U
#define SVM_INTERCEPT_MISC1_RDTSC_MASK 0x4000U
#define SVM_INTERCEPT_MISC1_RDPMC_MASK 0x8000U
#define SVM_INTERCEPT_MISC1_PUSHF_MASK 0x10000U
#define SVM_INTERCEPT_MISC1_POPF_MASK 0x20000U
#define SVM_INTERCEPT_MISC1_CPUID_MASK 0x40000U
#define SVM_INTERCEPT_MISC1_RSM_MASK 0x80000U
#define SVM_INTERCEPT_MISC1_IRET_MASK 0x100000U
#define SVM_INTERCEPT_MISC1_SWINT_MASK 0x200000U
#define SVM_INTERCEPT_MISC1_INVD_MASK 0x400000U
#define SVM_INTERCEPT_MISC1_PAUSE_MASK 0x800000U
#define SVM_INTERCEPT_MISC1_HLT_MASK 0x1000000U
#define SVM_INTERCEPT_MISC1_INVLPG_MASK 0x2000000U
#define SVM_INTERCEPT_MISC1_INVLPGA_MASK 0x4000000U
#define SVM_INTERCEPT_MISC1_IOIO_PROT_MASK 0x8000000U
#define SVM_INTERCEPT_MISC1_MSR_PROT_MASK 0x10000000U
#define SVM_INTERCEPT_MISC1_TASK_SWITCH_MASK 0x20000000U
#define SVM_INTERCEPT_MISC1_FERR_FREEZE_MASK 0x40000000U
#define SVM_INTERCEPT_MISC1_SHUTDOWN_MASK 0x80000000U

static __always_inline vmx_u32 svm_intercept_misc1_intr(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_INTR_MASK) >> 0;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_intr(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_INTR_MASK) |
	       (x << 0 & SVM_INTERCEPT_MISC1_INTR_MASK);
}

#define svm_intercept_misc1_set_intr(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_intr: value does not fit in bits 0:0"); \
	__svm_intercept_misc1_set_intr(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc1_nmi(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_NMI_MASK) >> 1;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_nmi(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_NMI_MASK) |
	       (x << 1 & SVM_INTERCEPT_MISC1_NMI_MASK);
}

#define svm_intercept_misc1_set_nmi(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_nmi: value does not fit in bits 1:1"); \
	__svm_intercept_misc1_set_nmi(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc1_smi(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_SMI_MASK) >> 2;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_smi(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_SMI_MASK) |
	       (x << 2 & SVM_INTERCEPT_MISC1_SMI_MASK);
}

#define svm_intercept_misc1_set_smi(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_smi: value does not fit in bits 2:2"); \
	__svm_intercept_misc1_set_smi(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc1_init(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_INIT_MASK) >> 3;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_init(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_INIT_MASK) |
	       (x << 3 & SVM_INTERCEPT_MISC1_INIT_MASK);
}

#define svm_intercept_misc1_set_init(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_init: value does not fit in bits 3:3"); \
	__svm_intercept_misc1_set_init(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc1_vintr(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_VINTR_MASK) >> 4;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_vintr(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_VINTR_MASK) |
	       (x << 4 & SVM_INTERCEPT_MISC1_VINTR_MASK);
}

#define svm_intercept_misc1_set_vintr(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_vintr: value does not fit in bits 4:4"); \
	__svm_intercept_misc1_set_vintr(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc1_cr0_sel_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_CR0_SEL_WRITE_MASK) >> 5;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_cr0_sel_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_CR0_SEL_WRITE_MASK) |
	       (x << 5 & SVM_INTERCEPT_MISC1_CR0_SEL_WRITE_MASK);
}

#define svm_intercept_misc1_set_cr0_sel_write(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_cr0_sel_write: value does not fit in bits 5:5"); \
	__svm_intercept_misc1_set_cr0_sel_write(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc1_idtr_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_IDTR_READ_MASK) >> 6;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_idtr_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_IDTR_READ_MASK) |
	       (x << 6 & SVM_INTERCEPT_MISC1_IDTR_READ_MASK);
}

#define svm_intercept_misc1_set_idtr_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_idtr_read: value does not fit in bits 6:6"); \
	__svm_intercept_misc1_set_idtr_read(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc1_gdtr_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_GDTR_READ_MASK) >> 7;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_gdtr_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_GDTR_READ_MASK) |
	       (x << 7 & SVM_INTERCEPT_MISC1_GDTR_READ_MASK);
}

#define svm_intercept_misc1_set_gdtr_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_gdtr_read: value does not fit in bits 7:7"); \
	__svm_intercept_misc1_set_gdtr_read(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc1_ldtr_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_LDTR_READ_MASK) >> 8;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_ldtr_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_LDTR_READ_MASK) |
	       (x << 8 & SVM_INTERCEPT_MISC1_LDTR_READ_MASK);
}

#define svm_intercept_misc1_set_ldtr_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_ldtr_read: value does not fit in bits 8:8"); \
	__svm_intercept_misc1_set_ldtr_read(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc1_tr_read(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_TR_READ_MASK) >> 9;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_tr_read(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_TR_READ_MASK) |
	       (x << 9 & SVM_INTERCEPT_MISC1_TR_READ_MASK);
}

#define svm_intercept_misc1_set_tr_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_tr_read: value does not fit in bits 9:9"); \
	__svm_intercept_misc1_set_tr_read(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc1_idtr_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_IDTR_WRITE_MASK) >> 10;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_idtr_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_IDTR_WRITE_MASK) |
	       (x << 10 & SVM_INTERCEPT_MISC1_IDTR_WRITE_MASK);
}

#define svm_intercept_misc1_set_idtr_write(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_idtr_write: value does not fit in bits 10:10"); \
	__svm_intercept_misc1_set_idtr_write(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc1_gdtr_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_GDTR_WRITE_MASK) >> 11;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_gdtr_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_GDTR_WRITE_MASK) |
	       (x << 11 & SVM_INTERCEPT_MISC1_GDTR_WRITE_MASK);
}

#define svm_intercept_misc1_set_gdtr_write(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_gdtr_write: value does not fit in bits 11:11"); \
	__svm_intercept_misc1_set_gdtr_write(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc1_ldtr_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_LDTR_WRITE_MASK) >> 12;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_ldtr_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_LDTR_WRITE_MASK) |
	       (x << 12 & SVM_INTERCEPT_MISC1_LDTR_WRITE_MASK);
}

#define svm_intercept_misc1_set_ldtr_write(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_ldtr_write: value does not fit in bits 12:12"); \
	__svm_intercept_misc1_set_ldtr_write(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc1_tr_write(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_TR_WRITE_MASK) >> 13;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_tr_write(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_TR_WRITE_MASK) |
	       (x << 13 & SVM_INTERCEPT_MISC1_TR_WRITE_MASK);
}

#define svm_intercept_misc1_set_tr_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_tr_write: value does not fit in bits 13:13"); \
	__svm_intercept_misc1_set_tr_write(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc1_rdtsc(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_RDTSC_MASK) >> 14;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_rdtsc(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_RDTSC_MASK) |
	       (x << 14 & SVM_INTERCEPT_MISC1_RDTSC_MASK);
}

#define svm_intercept_misc1_set_rdtsc(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_rdtsc: value does not fit in bits 14:14"); \
	__svm_intercept_misc1_set_rdtsc(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc1_rdpmc(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_RDPMC_MASK) >> 15;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_rdpmc(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_RDPMC_MASK) |
	       (x << 15 & SVM_INTERCEPT_MISC1_RDPMC_MASK);
}

#define svm_intercept_misc1_set_rdpmc(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_rdpmc: value does not fit in bits 15:15"); \
	__svm_intercept_misc1_set_rdpmc(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc1_pushf(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_PUSHF_MASK) >> 16;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_pushf(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_PUSHF_MASK) |
	       (x << 16 & SVM_INTERCEPT_MISC1_PUSHF_MASK);
}

#define svm_intercept_misc1_set_pushf(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_pushf: value does not fit in bits 16:16"); \
	__svm_intercept_misc1_set_pushf(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc1_popf(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_POPF_MASK) >> 17;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_popf(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_POPF_MASK) |
	       (x << 17 & SVM_INTERCEPT_MISC1_POPF_MASK);
}

#define svm_intercept_misc1_set_popf(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_popf: value does not fit in bits 17:17"); \
	__svm_intercept_misc1_set_popf(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc1_cpuid(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_CPUID_MASK) >> 18;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_cpuid(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_CPUID_MASK) |
	       (x << 18 & SVM_INTERCEPT_MISC1_CPUID_MASK);
}

#define svm_intercept_misc1_set_cpuid(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_cpuid: value does not fit in bits 18:18"); \
	__svm_intercept_misc1_set_cpuid(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc1_rsm(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_RSM_MASK) >> 19;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_rsm(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_RSM_MASK) |
	       (x << 19 & SVM_INTERCEPT_MISC1_RSM_MASK);
}

#define svm_intercept_misc1_set_rsm(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_rsm: value does not fit in bits 19:19"); \
	__svm_intercept_misc1_set_rsm(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc1_iret(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_IRET_MASK) >> 20;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_iret(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_IRET_MASK) |
	       (x << 20 & SVM_INTERCEPT_MISC1_IRET_MASK);
}

#define svm_intercept_misc1_set_iret(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_iret: value does not fit in bits 20:20"); \
	__svm_intercept_misc1_set_iret(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc1_swint(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_SWINT_MASK) >> 21;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_swint(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_SWINT_MASK) |
	       (x << 21 & SVM_INTERCEPT_MISC1_SWINT_MASK);
}

#define svm_intercept_misc1_set_swint(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_swint: value does not fit in bits 21:21"); \
	__svm_intercept_misc1_set_swint(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc1_invd(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_INVD_MASK) >> 22;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_invd(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_INVD_MASK) |
	       (x << 22 & SVM_INTERCEPT_MISC1_INVD_MASK);
}

#define svm_intercept_misc1_set_invd(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_invd: value does not fit in bits 22:22"); \
	__svm_intercept_misc1_set_invd(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc1_pause(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_PAUSE_MASK) >> 23;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_pause(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_PAUSE_MASK) |
	       (x << 23 & SVM_INTERCEPT_MISC1_PAUSE_MASK);
}

#define svm_intercept_misc1_set_pause(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_pause: value does not fit in bits 23:23"); \
	__svm_intercept_misc1_set_pause(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc1_hlt(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_HLT_MASK) >> 24;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_hlt(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_HLT_MASK) |
	       (x << 24 & SVM_INTERCEPT_MISC1_HLT_MASK);
}

#define svm_intercept_misc1_set_hlt(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_hlt: value does not fit in bits 24:24"); \
	__svm_intercept_misc1_set_hlt(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc1_invlpg(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_INVLPG_MASK) >> 25;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_invlpg(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_INVLPG_MASK) |
	       (x << 25 & SVM_INTERCEPT_MISC1_INVLPG_MASK);
}

#define svm_intercept_misc1_set_invlpg(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_invlpg: value does not fit in bits 25:25"); \
	__svm_intercept_misc1_set_invlpg(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc1_invlpga(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_INVLPGA_MASK) >> 26;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_invlpga(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_INVLPGA_MASK) |
	       (x << 26 & SVM_INTERCEPT_MISC1_INVLPGA_MASK);
}

#define svm_intercept_misc1_set_invlpga(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_invlpga: value does not fit in bits 26:26"); \
	__svm_intercept_misc1_set_invlpga(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc1_ioio_prot(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_IOIO_PROT_MASK) >> 27;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_ioio_prot(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_IOIO_PROT_MASK) |
	       (x << 27 & SVM_INTERCEPT_MISC1_IOIO_PROT_MASK);
}

#define svm_intercept_misc1_set_ioio_prot(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_ioio_prot: value does not fit in bits 27:27"); \
	__svm_intercept_misc1_set_ioio_prot(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc1_msr_prot(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_MSR_PROT_MASK) >> 28;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_msr_prot(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_MSR_PROT_MASK) |
	       (x << 28 & SVM_INTERCEPT_MISC1_MSR_PROT_MASK);
}

#define svm_intercept_misc1_set_msr_prot(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_msr_prot: value does not fit in bits 28:28"); \
	__svm_intercept_misc1_set_msr_prot(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc1_task_switch(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_TASK_SWITCH_MASK) >> 29;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_task_switch(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_TASK_SWITCH_MASK) |
	       (x << 29 & SVM_INTERCEPT_MISC1_TASK_SWITCH_MASK);
}

#define svm_intercept_misc1_set_task_switch(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_task_switch: value does not fit in bits 29:29"); \
	__svm_intercept_misc1_set_task_switch(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc1_ferr_freeze(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_FERR_FREEZE_MASK) >> 30;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_ferr_freeze(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_FERR_FREEZE_MASK) |
	       (x << 30 & SVM_INTERCEPT_MISC1_FERR_FREEZE_MASK);
}

#define svm_intercept_misc1_set_ferr_freeze(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_ferr_freeze: value does not fit in bits 30:30"); \
	__svm_intercept_misc1_set_ferr_freeze(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc1_shutdown(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC1_SHUTDOWN_MASK) >> 31;
}

static __always_inline vmx_u32 __svm_intercept_misc1_set_shutdown(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC1_SHUTDOWN_MASK) |
	       (x << 31 & SVM_INTERCEPT_MISC1_SHUTDOWN_MASK);
}

#define svm_intercept_misc1_set_shutdown(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc1_set_shutdown: value does not fit in bits 31:31"); \
	__svm_intercept_misc1_set_shutdown(v, x);			\
})

/*
 * second instruction intercept word (VMCB 010h): 32 bits, AMD APM Vol. 2, Table B-1 (010h); Section 15.9.
 *   0:0	vmrun: intercept VMRUN (must be set: VMRUN fails without it)
 *   1:1	vmmcall: intercept VMMCALL
 *   2:2	vmload: intercept VMLOAD
 *   3:3	vmsave: intercept VMSAVE
 *   4:4	stgi: intercept STGI
 *   5:5	clgi: intercept CLGI
 *   6:6	skinit: intercept SKINIT
 *   7:7	rdtscp: intercept RDTSCP
 *   8:8	icebp: intercept ICEBP
 *   9:9	wbinvd: intercept WBINVD and WBNOINVD
 *   10:10	monitor: intercept MONITOR and MONITORX
 *   11:11	mwait: intercept MWAIT and MWAITX
 *   12:12	mwait_conditional: intercept MWAIT/MWAITX with the monitor armed
 *   13:13	xsetbv: intercept XSETBV
 *   14:14	rdpru: intercept RDPRU
 *   15:15	efer_write_trap: intercept writes of EFER, after they complete (a trap)
 *   16:16	cr0_write_trap: intercept writes of CR0 after they complete (a trap)
 *   17:17	cr1_write_trap: intercept writes of CR1 after they complete (a trap)
 *   18:18	cr2_write_trap: intercept writes of CR2 after they complete (a trap)
 *   19:19	cr3_write_trap: intercept writes of CR3 after they complete (a trap)
 *   20:20	cr4_write_trap: intercept writes of CR4 after they complete (a trap)
 *   21:21	cr5_write_trap: intercept writes of CR5 after they complete (a trap)
 *   22:22	cr6_write_trap: intercept writes of CR6 after they complete (a trap)
 *   23:23	cr7_write_trap: intercept writes of CR7 after they complete (a trap)
 *   24:24	cr8_write_trap: intercept writes of CR8 after they complete (a trap)
 *   25:25	cr9_write_trap: intercept writes of CR9 after they complete (a trap)
 *   26:26	cr10_write_trap: intercept writes of CR10 after they complete (a trap)
 *   27:27	cr11_write_trap: intercept writes of CR11 after they complete (a trap)
 *   28:28	cr12_write_trap: intercept writes of CR12 after they complete (a trap)
 *   29:29	cr13_write_trap: intercept writes of CR13 after they complete (a trap)
 *   30:30	cr14_write_trap: intercept writes of CR14 after they complete (a trap)
 *   31:31	cr15_write_trap: intercept writes of CR15 after they complete (a trap)
 */
#define SVM_INTERCEPT_MISC2_VMRUN_MASK 0x1U
#define SVM_INTERCEPT_MISC2_VMMCALL_MASK 0x2U
#define SVM_INTERCEPT_MISC2_VMLOAD_MASK 0x4U
#define SVM_INTERCEPT_MISC2_VMSAVE_MASK 0x8U
#define SVM_INTERCEPT_MISC2_STGI_MASK 0x10U
#define SVM_INTERCEPT_MISC2_CLGI_MASK 0x20U
#define SVM_INTERCEPT_MISC2_SKINIT_MASK 0x40U
#define SVM_INTERCEPT_MISC2_RDTSCP_MASK 0x80U
#define SVM_INTERCEPT_MISC2_ICEBP_MASK 0x100U
#define SVM_INTERCEPT_MISC2_WBINVD_MASK 0x200U
#define SVM_INTERCEPT_MISC2_MONITOR_MASK 0x400U
#define SVM_INTERCEPT_MISC2_MWAIT_MASK 0x800U
#define SVM_INTERCEPT_MISC2_MWAIT_CONDITIONAL_MASK 0x1000U
#define SVM_INTERCEPT_MISC2_XSETBV_MASK 0x2000U
#define SVM_INTERCEPT_MISC2_RDPRU_MASK 0x4000U
#define SVM_INTERCEPT_MISC2_EFER_WRITE_TRAP_MASK 0x8000U
#define SVM_INTERCEPT_MISC2_CR0_WRITE_TRAP_MASK 0x10000U
#define SVM_INTERCEPT_MISC2_CR1_WRITE_TRAP_MASK 0x20000U
#define SVM_INTERCEPT_MISC2_CR2_WRITE_TRAP_MASK 0x40000U
#define SVM_INTERCEPT_MISC2_CR3_WRITE_TRAP_MASK 0x80000U
#define SVM_INTERCEPT_MISC2_CR4_WRITE_TRAP_MASK 0x100000U
#define SVM_INTERCEPT_MISC2_CR5_WRITE_TRAP_MASK 0x200000U
#define SVM_INTERCEPT_MISC2_CR6_WRITE_TRAP_MASK 0x400000U
#define SVM_INTERCEPT_MISC2_CR7_WRITE_TRAP_MASK 0x800000U
#define SVM_INTERCEPT_MISC2_CR8_WRITE_TRAP_MASK 0x1000000U
#define SVM_INTERCEPT_MISC2_CR9_WRITE_TRAP_MASK 0x2000000U
#define SVM_INTERCEPT_MISC2_CR10_WRITE_TRAP_MASK 0x4000000U
#define SVM_INTERCEPT_MISC2_CR11_WRITE_TRAP_MASK 0x8000000U
#define SVM_INTERCEPT_MISC2_CR12_WRITE_TRAP_MASK 0x10000000U
#define SVM_INTERCEPT_MISC2_CR13_WRITE_TRAP_MASK 0x20000000U
#define SVM_INTERCEPT_MISC2_CR14_WRITE_TRAP_MASK 0x40000000U
#define SVM_INTERCEPT_MISC2_CR15_WRITE_TRAP_MASK 0x80000000U

static __always_inline vmx_u32 svm_intercept_misc2_vmrun(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_VMRUN_MASK) >> 0;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_vmrun(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_VMRUN_MASK) |
	       (x << 0 & SVM_INTERCEPT_MISC2_VMRUN_MASK);
}

#define svm_intercept_misc2_set_vmrun(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_vmrun: value does not fit in bits 0:0"); \
	__svm_intercept_misc2_set_vmrun(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc2_vmmcall(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_VMMCALL_MASK) >> 1;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_vmmcall(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_VMMCALL_MASK) |
	       (x << 1 & SVM_INTERCEPT_MISC2_VMMCALL_MASK);
}

#define svm_intercept_misc2_set_vmmcall(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_vmmcall: value does not fit in bits 1:1"); \
	__svm_intercept_misc2_set_vmmcall(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc2_vmload(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_VMLOAD_MASK) >> 2;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_vmload(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_VMLOAD_MASK) |
	       (x << 2 & SVM_INTERCEPT_MISC2_VMLOAD_MASK);
}

#define svm_intercept_misc2_set_vmload(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_vmload: value does not fit in bits 2:2"); \
	__svm_intercept_misc2_set_vmload(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc2_vmsave(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_VMSAVE_MASK) >> 3;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_vmsave(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_VMSAVE_MASK) |
	       (x << 3 & SVM_INTERCEPT_MISC2_VMSAVE_MASK);
}

#define svm_intercept_misc2_set_vmsave(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_vmsave: value does not fit in bits 3:3"); \
	__svm_intercept_misc2_set_vmsave(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc2_stgi(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_STGI_MASK) >> 4;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_stgi(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_STGI_MASK) |
	       (x << 4 & SVM_INTERCEPT_MISC2_STGI_MASK);
}

#define svm_intercept_misc2_set_stgi(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_stgi: value does not fit in bits 4:4"); \
	__svm_intercept_misc2_set_stgi(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc2_clgi(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_CLGI_MASK) >> 5;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_clgi(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_CLGI_MASK) |
	       (x << 5 & SVM_INTERCEPT_MISC2_CLGI_MASK);
}

#define svm_intercept_misc2_set_clgi(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_clgi: value does not fit in bits 5:5"); \
	__svm_intercept_misc2_set_clgi(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc2_skinit(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_SKINIT_MASK) >> 6;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_skinit(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_SKINIT_MASK) |
	       (x << 6 & SVM_INTERCEPT_MISC2_SKINIT_MASK);
}

#define svm_intercept_misc2_set_skinit(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_skinit: value does not fit in bits 6:6"); \
	__svm_intercept_misc2_set_skinit(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc2_rdtscp(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_RDTSCP_MASK) >> 7;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_rdtscp(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_RDTSCP_MASK) |
	       (x << 7 & SVM_INTERCEPT_MISC2_RDTSCP_MASK);
}

#define svm_intercept_misc2_set_rdtscp(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_rdtscp: value does not fit in bits 7:7"); \
	__svm_intercept_misc2_set_rdtscp(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc2_icebp(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_ICEBP_MASK) >> 8;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_icebp(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_ICEBP_MASK) |
	       (x << 8 & SVM_INTERCEPT_MISC2_ICEBP_MASK);
}

#define svm_intercept_misc2_set_icebp(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_icebp: value does not fit in bits 8:8"); \
	__svm_intercept_misc2_set_icebp(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc2_wbinvd(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_WBINVD_MASK) >> 9;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_wbinvd(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_WBINVD_MASK) |
	       (x << 9 & SVM_INTERCEPT_MISC2_WBINVD_MASK);
}

#define svm_intercept_misc2_set_wbinvd(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_wbinvd: value does not fit in bits 9:9"); \
	__svm_intercept_misc2_set_wbinvd(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc2_monitor(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_MONITOR_MASK) >> 10;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_monitor(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_MONITOR_MASK) |
	       (x << 10 & SVM_INTERCEPT_MISC2_MONITOR_MASK);
}

#define svm_intercept_misc2_set_monitor(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_monitor: value does not fit in bits 10:10"); \
	__svm_intercept_misc2_set_monitor(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc2_mwait(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_MWAIT_MASK) >> 11;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_mwait(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_MWAIT_MASK) |
	       (x << 11 & SVM_INTERCEPT_MISC2_MWAIT_MASK);
}

#define svm_intercept_misc2_set_mwait(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_mwait: value does not fit in bits 11:11"); \
	__svm_intercept_misc2_set_mwait(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc2_mwait_conditional(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_MWAIT_CONDITIONAL_MASK) >> 12;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_mwait_conditional(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_MWAIT_CONDITIONAL_MASK) |
	       (x << 12 & SVM_INTERCEPT_MISC2_MWAIT_CONDITIONAL_MASK);
}

#define svm_intercept_misc2_set_mwait_conditional(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_mwait_conditional: value does not fit in bits 12:12"); \
	__svm_intercept_misc2_set_mwait_conditional(v, x);		\
})

static __always_inline vmx_u32 svm_intercept_misc2_xsetbv(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_XSETBV_MASK) >> 13;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_xsetbv(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_XSETBV_MASK) |
	       (x << 13 & SVM_INTERCEPT_MISC2_XSETBV_MASK);
}

#define svm_intercept_misc2_set_xsetbv(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_xsetbv: value does not fit in bits 13:13"); \
	__svm_intercept_misc2_set_xsetbv(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc2_rdpru(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_RDPRU_MASK) >> 14;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_rdpru(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_RDPRU_MASK) |
	       (x << 14 & SVM_INTERCEPT_MISC2_RDPRU_MASK);
}

#define svm_intercept_misc2_set_rdpru(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_rdpru: value does not fit in bits 14:14"); \
	__svm_intercept_misc2_set_rdpru(v, x);				\
})

static __always_inline vmx_u32 svm_intercept_misc2_efer_write_trap(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_EFER_WRITE_TRAP_MASK) >> 15;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_efer_write_trap(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_EFER_WRITE_TRAP_MASK) |
	       (x << 15 & SVM_INTERCEPT_MISC2_EFER_WRITE_TRAP_MASK);
}

#define svm_intercept_misc2_set_efer_write_trap(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_efer_write_trap: value does not fit in bits 15:15"); \
	__svm_intercept_misc2_set_efer_write_trap(v, x);		\
})

static __always_inline vmx_u32 svm_intercept_misc2_cr0_write_trap(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_CR0_WRITE_TRAP_MASK) >> 16;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_cr0_write_trap(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_CR0_WRITE_TRAP_MASK) |
	       (x << 16 & SVM_INTERCEPT_MISC2_CR0_WRITE_TRAP_MASK);
}

#define svm_intercept_misc2_set_cr0_write_trap(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_cr0_write_trap: value does not fit in bits 16:16"); \
	__svm_intercept_misc2_set_cr0_write_trap(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc2_cr1_write_trap(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_CR1_WRITE_TRAP_MASK) >> 17;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_cr1_write_trap(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_CR1_WRITE_TRAP_MASK) |
	       (x << 17 & SVM_INTERCEPT_MISC2_CR1_WRITE_TRAP_MASK);
}

#define svm_intercept_misc2_set_cr1_write_trap(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_cr1_write_trap: value does not fit in bits 17:17"); \
	__svm_intercept_misc2_set_cr1_write_trap(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc2_cr2_write_trap(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_CR2_WRITE_TRAP_MASK) >> 18;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_cr2_write_trap(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_CR2_WRITE_TRAP_MASK) |
	       (x << 18 & SVM_INTERCEPT_MISC2_CR2_WRITE_TRAP_MASK);
}

#define svm_intercept_misc2_set_cr2_write_trap(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_cr2_write_trap: value does not fit in bits 18:18"); \
	__svm_intercept_misc2_set_cr2_write_trap(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc2_cr3_write_trap(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_CR3_WRITE_TRAP_MASK) >> 19;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_cr3_write_trap(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_CR3_WRITE_TRAP_MASK) |
	       (x << 19 & SVM_INTERCEPT_MISC2_CR3_WRITE_TRAP_MASK);
}

#define svm_intercept_misc2_set_cr3_write_trap(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_cr3_write_trap: value does not fit in bits 19:19"); \
	__svm_intercept_misc2_set_cr3_write_trap(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc2_cr4_write_trap(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_CR4_WRITE_TRAP_MASK) >> 20;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_cr4_write_trap(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_CR4_WRITE_TRAP_MASK) |
	       (x << 20 & SVM_INTERCEPT_MISC2_CR4_WRITE_TRAP_MASK);
}

#define svm_intercept_misc2_set_cr4_write_trap(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_cr4_write_trap: value does not fit in bits 20:20"); \
	__svm_intercept_misc2_set_cr4_write_trap(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc2_cr5_write_trap(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_CR5_WRITE_TRAP_MASK) >> 21;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_cr5_write_trap(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_CR5_WRITE_TRAP_MASK) |
	       (x << 21 & SVM_INTERCEPT_MISC2_CR5_WRITE_TRAP_MASK);
}

#define svm_intercept_misc2_set_cr5_write_trap(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_cr5_write_trap: value does not fit in bits 21:21"); \
	__svm_intercept_misc2_set_cr5_write_trap(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc2_cr6_write_trap(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_CR6_WRITE_TRAP_MASK) >> 22;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_cr6_write_trap(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_CR6_WRITE_TRAP_MASK) |
	       (x << 22 & SVM_INTERCEPT_MISC2_CR6_WRITE_TRAP_MASK);
}

#define svm_intercept_misc2_set_cr6_write_trap(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_cr6_write_trap: value does not fit in bits 22:22"); \
	__svm_intercept_misc2_set_cr6_write_trap(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc2_cr7_write_trap(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_CR7_WRITE_TRAP_MASK) >> 23;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_cr7_write_trap(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_CR7_WRITE_TRAP_MASK) |
	       (x << 23 & SVM_INTERCEPT_MISC2_CR7_WRITE_TRAP_MASK);
}

#define svm_intercept_misc2_set_cr7_write_trap(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_cr7_write_trap: value does not fit in bits 23:23"); \
	__svm_intercept_misc2_set_cr7_write_trap(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc2_cr8_write_trap(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_CR8_WRITE_TRAP_MASK) >> 24;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_cr8_write_trap(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_CR8_WRITE_TRAP_MASK) |
	       (x << 24 & SVM_INTERCEPT_MISC2_CR8_WRITE_TRAP_MASK);
}

#define svm_intercept_misc2_set_cr8_write_trap(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_cr8_write_trap: value does not fit in bits 24:24"); \
	__svm_intercept_misc2_set_cr8_write_trap(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc2_cr9_write_trap(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_CR9_WRITE_TRAP_MASK) >> 25;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_cr9_write_trap(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_CR9_WRITE_TRAP_MASK) |
	       (x << 25 & SVM_INTERCEPT_MISC2_CR9_WRITE_TRAP_MASK);
}

#define svm_intercept_misc2_set_cr9_write_trap(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_cr9_write_trap: value does not fit in bits 25:25"); \
	__svm_intercept_misc2_set_cr9_write_trap(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc2_cr10_write_trap(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_CR10_WRITE_TRAP_MASK) >> 26;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_cr10_write_trap(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_CR10_WRITE_TRAP_MASK) |
	       (x << 26 & SVM_INTERCEPT_MISC2_CR10_WRITE_TRAP_MASK);
}

#define svm_intercept_misc2_set_cr10_write_trap(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_cr10_write_trap: value does not fit in bits 26:26"); \
	__svm_intercept_misc2_set_cr10_write_trap(v, x);		\
})

static __always_inline vmx_u32 svm_intercept_misc2_cr11_write_trap(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_CR11_WRITE_TRAP_MASK) >> 27;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_cr11_write_trap(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_CR11_WRITE_TRAP_MASK) |
	       (x << 27 & SVM_INTERCEPT_MISC2_CR11_WRITE_TRAP_MASK);
}

#define svm_intercept_misc2_set_cr11_write_trap(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_cr11_write_trap: value does not fit in bits 27:27"); \
	__svm_intercept_misc2_set_cr11_write_trap(v, x);		\
})

static __always_inline vmx_u32 svm_intercept_misc2_cr12_write_trap(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_CR12_WRITE_TRAP_MASK) >> 28;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_cr12_write_trap(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_CR12_WRITE_TRAP_MASK) |
	       (x << 28 & SVM_INTERCEPT_MISC2_CR12_WRITE_TRAP_MASK);
}

#define svm_intercept_misc2_set_cr12_write_trap(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_cr12_write_trap: value does not fit in bits 28:28"); \
	__svm_intercept_misc2_set_cr12_write_trap(v, x);		\
})

static __always_inline vmx_u32 svm_intercept_misc2_cr13_write_trap(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_CR13_WRITE_TRAP_MASK) >> 29;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_cr13_write_trap(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_CR13_WRITE_TRAP_MASK) |
	       (x << 29 & SVM_INTERCEPT_MISC2_CR13_WRITE_TRAP_MASK);
}

#define svm_intercept_misc2_set_cr13_write_trap(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_cr13_write_trap: value does not fit in bits 29:29"); \
	__svm_intercept_misc2_set_cr13_write_trap(v, x);		\
})

static __always_inline vmx_u32 svm_intercept_misc2_cr14_write_trap(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_CR14_WRITE_TRAP_MASK) >> 30;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_cr14_write_trap(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_CR14_WRITE_TRAP_MASK) |
	       (x << 30 & SVM_INTERCEPT_MISC2_CR14_WRITE_TRAP_MASK);
}

#define svm_intercept_misc2_set_cr14_write_trap(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_cr14_write_trap: value does not fit in bits 30:30"); \
	__svm_intercept_misc2_set_cr14_write_trap(v, x);		\
})

static __always_inline vmx_u32 svm_intercept_misc2_cr15_write_trap(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC2_CR15_WRITE_TRAP_MASK) >> 31;
}

static __always_inline vmx_u32 __svm_intercept_misc2_set_cr15_write_trap(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC2_CR15_WRITE_TRAP_MASK) |
	       (x << 31 & SVM_INTERCEPT_MISC2_CR15_WRITE_TRAP_MASK);
}

#define svm_intercept_misc2_set_cr15_write_trap(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc2_set_cr15_write_trap: value does not fit in bits 31:31"); \
	__svm_intercept_misc2_set_cr15_write_trap(v, x);		\
})

/*
 * third instruction intercept word (VMCB 014h): 32 bits, AMD APM Vol. 2, Table B-1 (014h); Section 15.9.
 *   0:0	invlpgb: intercept INVLPGB
 *   1:1	invlpgb_illegal: intercept INVLPGB with an illegal operand
 *   2:2	invpcid: intercept INVPCID
 *   3:3	mcommit: intercept MCOMMIT
 *   4:4	tlbsync: intercept TLBSYNC
 *   5:5	buslock: intercept bus locks (with the bus lock counter at zero)
 *   6:6	idle_hlt: intercept HLT with no virtual interrupt or NMI pending
 *   31:7	reserved
 */
#define SVM_INTERCEPT_MISC3_INVLPGB_MASK 0x1U
#define SVM_INTERCEPT_MISC3_INVLPGB_ILLEGAL_MASK 0x2U
#define SVM_INTERCEPT_MISC3_INVPCID_MASK 0x4U
#define SVM_INTERCEPT_MISC3_MCOMMIT_MASK 0x8U
#define SVM_INTERCEPT_MISC3_TLBSYNC_MASK 0x10U
#define SVM_INTERCEPT_MISC3_BUSLOCK_MASK 0x20U
#define SVM_INTERCEPT_MISC3_IDLE_HLT_MASK 0x40U

static __always_inline vmx_u32 svm_intercept_misc3_invlpgb(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC3_INVLPGB_MASK) >> 0;
}

static __always_inline vmx_u32 __svm_intercept_misc3_set_invlpgb(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC3_INVLPGB_MASK) |
	       (x << 0 & SVM_INTERCEPT_MISC3_INVLPGB_MASK);
}

#define svm_intercept_misc3_set_invlpgb(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc3_set_invlpgb: value does not fit in bits 0:0"); \
	__svm_intercept_misc3_set_invlpgb(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc3_invlpgb_illegal(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC3_INVLPGB_ILLEGAL_MASK) >> 1;
}

static __always_inline vmx_u32 __svm_intercept_misc3_set_invlpgb_illegal(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC3_INVLPGB_ILLEGAL_MASK) |
	       (x << 1 & SVM_INTERCEPT_MISC3_INVLPGB_ILLEGAL_MASK);
}

#define svm_intercept_misc3_set_invlpgb_illegal(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc3_set_invlpgb_illegal: value does not fit in bits 1:1"); \
	__svm_intercept_misc3_set_invlpgb_illegal(v, x);		\
})

static __always_inline vmx_u32 svm_intercept_misc3_invpcid(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC3_INVPCID_MASK) >> 2;
}

static __always_inline vmx_u32 __svm_intercept_misc3_set_invpcid(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC3_INVPCID_MASK) |
	       (x << 2 & SVM_INTERCEPT_MISC3_INVPCID_MASK);
}

#define svm_intercept_misc3_set_invpcid(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc3_set_invpcid: value does not fit in bits 2:2"); \
	__svm_intercept_misc3_set_invpcid(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc3_mcommit(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC3_MCOMMIT_MASK) >> 3;
}

static __always_inline vmx_u32 __svm_intercept_misc3_set_mcommit(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC3_MCOMMIT_MASK) |
	       (x << 3 & SVM_INTERCEPT_MISC3_MCOMMIT_MASK);
}

#define svm_intercept_misc3_set_mcommit(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc3_set_mcommit: value does not fit in bits 3:3"); \
	__svm_intercept_misc3_set_mcommit(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc3_tlbsync(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC3_TLBSYNC_MASK) >> 4;
}

static __always_inline vmx_u32 __svm_intercept_misc3_set_tlbsync(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC3_TLBSYNC_MASK) |
	       (x << 4 & SVM_INTERCEPT_MISC3_TLBSYNC_MASK);
}

#define svm_intercept_misc3_set_tlbsync(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc3_set_tlbsync: value does not fit in bits 4:4"); \
	__svm_intercept_misc3_set_tlbsync(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc3_buslock(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC3_BUSLOCK_MASK) >> 5;
}

static __always_inline vmx_u32 __svm_intercept_misc3_set_buslock(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC3_BUSLOCK_MASK) |
	       (x << 5 & SVM_INTERCEPT_MISC3_BUSLOCK_MASK);
}

#define svm_intercept_misc3_set_buslock(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc3_set_buslock: value does not fit in bits 5:5"); \
	__svm_intercept_misc3_set_buslock(v, x);			\
})

static __always_inline vmx_u32 svm_intercept_misc3_idle_hlt(vmx_u32 v)
{
	return (v & SVM_INTERCEPT_MISC3_IDLE_HLT_MASK) >> 6;
}

static __always_inline vmx_u32 __svm_intercept_misc3_set_idle_hlt(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INTERCEPT_MISC3_IDLE_HLT_MASK) |
	       (x << 6 & SVM_INTERCEPT_MISC3_IDLE_HLT_MASK);
}

#define svm_intercept_misc3_set_idle_hlt(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_intercept_misc3_set_idle_hlt: value does not fit in bits 6:6"); \
	__svm_intercept_misc3_set_idle_hlt(v, x);			\
})

/*
 * virtual interrupt control (VMCB 060h): 64 bits, AMD APM Vol. 2, Table B-1 (060h); Section 15.21 (Interrupt and LAPIC Support).
 *   7:0	v_tpr: the guest's virtual TPR (CR8)
 *   8:8	v_irq: a virtual interrupt is pending
 *   9:9	v_gif: the virtual GIF (with V_GIF_ENABLE)
 *   10:10	reserved
 *   11:11	v_nmi: a virtual NMI is pending (with V_NMI_ENABLE)
 *   12:12	v_nmi_mask: virtual NMIs are blocked
 *   15:13	reserved
 *   19:16	v_intr_prio: priority of the pending virtual interrupt
 *   20:20	v_ign_tpr: the pending virtual interrupt ignores the virtual TPR
 *   23:21	reserved
 *   24:24	v_intr_masking: virtual interrupt masking: the guest's RFLAGS.IF and TPR act on virtual interrupts only
 *   25:25	v_gif_enable: virtual GIF enable
 *   26:26	v_nmi_enable: virtual NMI enable
 *   31:27	reserved
 *   39:32	v_intr_vector: vector of the pending virtual interrupt
 *   63:40	reserved
 */
#define SVM_VINTR_V_TPR_MASK 0xffULL
#define SVM_VINTR_V_IRQ_MASK 0x100ULL
#define SVM_VINTR_V_GIF_MASK 0x200ULL
#define SVM_VINTR_V_NMI_MASK 0x800ULL
#define SVM_VINTR_V_NMI_MASK_MASK 0x1000ULL
#define SVM_VINTR_V_INTR_PRIO_MASK 0xf0000ULL
#define SVM_VINTR_V_IGN_TPR_MASK 0x100000ULL
#define SVM_VINTR_V_INTR_MASKING_MASK 0x1000000ULL
#define SVM_VINTR_V_GIF_ENABLE_MASK 0x2000000ULL
#define SVM_VINTR_V_NMI_ENABLE_MASK 0x4000000ULL
#define SVM_VINTR_V_INTR_VECTOR_MASK 0xff00000000ULL

static __always_inline vmx_u64 svm_vintr_v_tpr(vmx_u64 v)
{
	return (v & SVM_VINTR_V_TPR_MASK) >> 0;
}

static __always_inline vmx_u64 __svm_vintr_set_v_tpr(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_VINTR_V_TPR_MASK) |
	       (x << 0 & SVM_VINTR_V_TPR_MASK);
}

#define svm_vintr_set_v_tpr(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0xff,						\
			"svm_vintr_set_v_tpr: value does not fit in bits 7:0"); \
	__svm_vintr_set_v_tpr(v, x);					\
})

static __always_inline vmx_u64 svm_vintr_v_irq(vmx_u64 v)
{
	return (v & SVM_VINTR_V_IRQ_MASK) >> 8;
}

static __always_inline vmx_u64 __svm_vintr_set_v_irq(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_VINTR_V_IRQ_MASK) |
	       (x << 8 & SVM_VINTR_V_IRQ_MASK);
}

#define svm_vintr_set_v_irq(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_vintr_set_v_irq: value does not fit in bits 8:8"); \
	__svm_vintr_set_v_irq(v, x);					\
})

static __always_inline vmx_u64 svm_vintr_v_gif(vmx_u64 v)
{
	return (v & SVM_VINTR_V_GIF_MASK) >> 9;
}

static __always_inline vmx_u64 __svm_vintr_set_v_gif(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_VINTR_V_GIF_MASK) |
	       (x << 9 & SVM_VINTR_V_GIF_MASK);
}

#define svm_vintr_set_v_gif(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_vintr_set_v_gif: value does not fit in bits 9:9"); \
	__svm_vintr_set_v_gif(v, x);					\
})

static __always_inline vmx_u64 svm_vintr_v_nmi(vmx_u64 v)
{
	return (v & SVM_VINTR_V_NMI_MASK) >> 11;
}

static __always_inline vmx_u64 __svm_vintr_set_v_nmi(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_VINTR_V_NMI_MASK) |
	       (x << 11 & SVM_VINTR_V_NMI_MASK);
}

#define svm_vintr_set_v_nmi(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_vintr_set_v_nmi: value does not fit in bits 11:11"); \
	__svm_vintr_set_v_nmi(v, x);					\
})

static __always_inline vmx_u64 svm_vintr_v_nmi_mask(vmx_u64 v)
{
	return (v & SVM_VINTR_V_NMI_MASK_MASK) >> 12;
}

static __always_inline vmx_u64 __svm_vintr_set_v_nmi_mask(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_VINTR_V_NMI_MASK_MASK) |
	       (x << 12 & SVM_VINTR_V_NMI_MASK_MASK);
}

#define svm_vintr_set_v_nmi_mask(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_vintr_set_v_nmi_mask: value does not fit in bits 12:12"); \
	__svm_vintr_set_v_nmi_mask(v, x);				\
})

static __always_inline vmx_u64 svm_vintr_v_intr_prio(vmx_u64 v)
{
	return (v & SVM_VINTR_V_INTR_PRIO_MASK) >> 16;
}

static __always_inline vmx_u64 __svm_vintr_set_v_intr_prio(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_VINTR_V_INTR_PRIO_MASK) |
	       (x << 16 & SVM_VINTR_V_INTR_PRIO_MASK);
}

#define svm_vintr_set_v_intr_prio(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0xf,						\
			"svm_vintr_set_v_intr_prio: value does not fit in bits 19:16"); \
	__svm_vintr_set_v_intr_prio(v, x);				\
})

static __always_inline vmx_u64 svm_vintr_v_ign_tpr(vmx_u64 v)
{
	return (v & SVM_VINTR_V_IGN_TPR_MASK) >> 20;
}

static __always_inline vmx_u64 __svm_vintr_set_v_ign_tpr(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_VINTR_V_IGN_TPR_MASK) |
	       (x << 20 & SVM_VINTR_V_IGN_TPR_MASK);
}

#define svm_vintr_set_v_ign_tpr(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_vintr_set_v_ign_tpr: value does not fit in bits 20:20"); \
	__svm_vintr_set_v_ign_tpr(v, x);				\
})

static __always_inline vmx_u64 svm_vintr_v_intr_masking(vmx_u64 v)
{
	return (v & SVM_VINTR_V_INTR_MASKING_MASK) >> 24;
}

static __always_inline vmx_u64 __svm_vintr_set_v_intr_masking(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_VINTR_V_INTR_MASKING_MASK) |
	       (x << 24 & SVM_VINTR_V_INTR_MASKING_MASK);
}

#define svm_vintr_set_v_intr_masking(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_vintr_set_v_intr_masking: value does not fit in bits 24:24"); \
	__svm_vintr_set_v_intr_masking(v, x);				\
})

static __always_inline vmx_u64 svm_vintr_v_gif_enable(vmx_u64 v)
{
	return (v & SVM_VINTR_V_GIF_ENABLE_MASK) >> 25;
}

static __always_inline vmx_u64 __svm_vintr_set_v_gif_enable(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_VINTR_V_GIF_ENABLE_MASK) |
	       (x << 25 & SVM_VINTR_V_GIF_ENABLE_MASK);
}

#define svm_vintr_set_v_gif_enable(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_vintr_set_v_gif_enable: value does not fit in bits 25:25"); \
	__svm_vintr_set_v_gif_enable(v, x);				\
})

static __always_inline vmx_u64 svm_vintr_v_nmi_enable(vmx_u64 v)
{
	return (v & SVM_VINTR_V_NMI_ENABLE_MASK) >> 26;
}

static __always_inline vmx_u64 __svm_vintr_set_v_nmi_enable(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_VINTR_V_NMI_ENABLE_MASK) |
	       (x << 26 & SVM_VINTR_V_NMI_ENABLE_MASK);
}

#define svm_vintr_set_v_nmi_enable(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_vintr_set_v_nmi_enable: value does not fit in bits 26:26"); \
	__svm_vintr_set_v_nmi_enable(v, x);				\
})

static __always_inline vmx_u64 svm_vintr_v_intr_vector(vmx_u64 v)
{
	return (v & SVM_VINTR_V_INTR_VECTOR_MASK) >> 32;
}

static __always_inline vmx_u64 __svm_vintr_set_v_intr_vector(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_VINTR_V_INTR_VECTOR_MASK) |
	       (x << 32 & SVM_VINTR_V_INTR_VECTOR_MASK);
}

#define svm_vintr_set_v_intr_vector(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0xff,						\
			"svm_vintr_set_v_intr_vector: value does not fit in bits 39:32"); \
	__svm_vintr_set_v_intr_vector(v, x);				\
})

/*
 * guest interrupt state (VMCB 068h): 64 bits, AMD APM Vol. 2, Table B-1 (068h); Section 15.21.5.
 *   0:0	interrupt_shadow: the guest is in an interrupt shadow (after STI or MOV SS)
 *   1:1	guest_interrupt_mask: the guest's RFLAGS.IF value at #VMEXIT (with virtual interrupt masking)
 *   63:2	reserved
 */
#define SVM_INT_STATE_INTERRUPT_SHADOW_MASK 0x1ULL
#define SVM_INT_STATE_GUEST_INTERRUPT_MASK_MASK 0x2ULL

static __always_inline vmx_u64 svm_int_state_interrupt_shadow(vmx_u64 v)
{
	return (v & SVM_INT_STATE_INTERRUPT_SHADOW_MASK) >> 0;
}

static __always_inline vmx_u64 __svm_int_state_set_interrupt_shadow(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_INT_STATE_INTERRUPT_SHADOW_MASK) |
	       (x << 0 & SVM_INT_STATE_INTERRUPT_SHADOW_MASK);
}

#define svm_int_state_set_interrupt_shadow(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_int_state_set_interrupt_shadow: value does not fit in bits 0:0"); \
	__svm_int_state_set_interrupt_shadow(v, x);			\
})

static __always_inline vmx_u64 svm_int_state_guest_interrupt_mask(vmx_u64 v)
{
	return (v & SVM_INT_STATE_GUEST_INTERRUPT_MASK_MASK) >> 1;
}

static __always_inline vmx_u64 __svm_int_state_set_guest_interrupt_mask(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_INT_STATE_GUEST_INTERRUPT_MASK_MASK) |
	       (x << 1 & SVM_INT_STATE_GUEST_INTERRUPT_MASK_MASK);
}

#define svm_int_state_set_guest_interrupt_mask(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_int_state_set_guest_interrupt_mask: value does not fit in bits 1:1"); \
	__svm_int_state_set_guest_interrupt_mask(v, x);			\
})

/*
 * event to inject at VMRUN (EVENTINJ, VMCB 0A8h): 64 bits, AMD APM Vol. 2, Table B-1 (0A8h); Section 15.20 (Event Injection), Figure 15-4.
 *   7:0	vector: vector of the event (2 for NMI)
 *   10:8	type: type of the event
 *   11:11	error_code_valid: the event pushes an error code (EV)
 *   30:12	reserved, must be zero
 *   31:31	valid: the field holds an event (V)
 *   63:32	error_code: the error code the event pushes
 */
#define SVM_EVENT_INJ_VECTOR_MASK 0xffULL
#define SVM_EVENT_INJ_TYPE_MASK 0x700ULL
#define SVM_EVENT_INJ_ERROR_CODE_VALID_MASK 0x800ULL
#define SVM_EVENT_INJ_VALID_MASK 0x80000000ULL
#define SVM_EVENT_INJ_ERROR_CODE_MASK 0xffffffff00000000ULL

static __always_inline vmx_u64 svm_event_inj_vector(vmx_u64 v)
{
	return (v & SVM_EVENT_INJ_VECTOR_MASK) >> 0;
}

static __always_inline vmx_u64 __svm_event_inj_set_vector(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_EVENT_INJ_VECTOR_MASK) |
	       (x << 0 & SVM_EVENT_INJ_VECTOR_MASK);
}

#define svm_event_inj_set_vector(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0xff,						\
			"svm_event_inj_set_vector: value does not fit in bits 7:0"); \
	__svm_event_inj_set_vector(v, x);				\
})

static __always_inline vmx_u64 svm_event_inj_type(vmx_u64 v)
{
	return (v & SVM_EVENT_INJ_TYPE_MASK) >> 8;
}

static __always_inline vmx_u64 __svm_event_inj_set_type(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_EVENT_INJ_TYPE_MASK) |
	       (x << 8 & SVM_EVENT_INJ_TYPE_MASK);
}

#define svm_event_inj_set_type(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0x7,						\
			"svm_event_inj_set_type: value does not fit in bits 10:8"); \
	__svm_event_inj_set_type(v, x);					\
})

static __always_inline vmx_u64 svm_event_inj_error_code_valid(vmx_u64 v)
{
	return (v & SVM_EVENT_INJ_ERROR_CODE_VALID_MASK) >> 11;
}

static __always_inline vmx_u64 __svm_event_inj_set_error_code_valid(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_EVENT_INJ_ERROR_CODE_VALID_MASK) |
	       (x << 11 & SVM_EVENT_INJ_ERROR_CODE_VALID_MASK);
}

#define svm_event_inj_set_error_code_valid(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_event_inj_set_error_code_valid: value does not fit in bits 11:11"); \
	__svm_event_inj_set_error_code_valid(v, x);			\
})

static __always_inline vmx_u64 svm_event_inj_valid(vmx_u64 v)
{
	return (v & SVM_EVENT_INJ_VALID_MASK) >> 31;
}

static __always_inline vmx_u64 __svm_event_inj_set_valid(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_EVENT_INJ_VALID_MASK) |
	       (x << 31 & SVM_EVENT_INJ_VALID_MASK);
}

#define svm_event_inj_set_valid(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_event_inj_set_valid: value does not fit in bits 31:31"); \
	__svm_event_inj_set_valid(v, x);				\
})

static __always_inline vmx_u64 svm_event_inj_error_code(vmx_u64 v)
{
	return (v & SVM_EVENT_INJ_ERROR_CODE_MASK) >> 32;
}

static __always_inline vmx_u64 __svm_event_inj_set_error_code(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_EVENT_INJ_ERROR_CODE_MASK) |
	       (x << 32 & SVM_EVENT_INJ_ERROR_CODE_MASK);
}

#define svm_event_inj_set_error_code(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0xffffffff,					\
			"svm_event_inj_set_error_code: value does not fit in bits 63:32"); \
	__svm_event_inj_set_error_code(v, x);				\
})

/* Values of svm_event_inj_type(). */
enum svm_event_inj_type {
	SVM_EVENT_INJ_TYPE_INTR = 0, /* external or virtual interrupt */
	SVM_EVENT_INJ_TYPE_NMI = 2, /* NMI */
	SVM_EVENT_INJ_TYPE_EXCEPTION = 3, /* exception (fault or trap) */
	SVM_EVENT_INJ_TYPE_SOFT_INT = 4, /* software interrupt (INTn) */
};

/*
 * the event being delivered at #VMEXIT (EXITINTINFO, VMCB 088h): 64 bits, AMD APM Vol. 2, Table B-1 (088h); Section 15.7.2 (Intercepts During IDT Interrupt Delivery).
 *   7:0	vector: vector of the event (2 for NMI)
 *   10:8	type: type of the event
 *   11:11	error_code_valid: the event pushes an error code (EV)
 *   30:12	reserved, must be zero
 *   31:31	valid: the field holds an event (V)
 *   63:32	error_code: the error code the event pushes
 */
#define SVM_EXIT_INT_INFO_VECTOR_MASK 0xffULL
#define SVM_EXIT_INT_INFO_TYPE_MASK 0x700ULL
#define SVM_EXIT_INT_INFO_ERROR_CODE_VALID_MASK 0x800ULL
#define SVM_EXIT_INT_INFO_VALID_MASK 0x80000000ULL
#define SVM_EXIT_INT_INFO_ERROR_CODE_MASK 0xffffffff00000000ULL

static __always_inline vmx_u64 svm_exit_int_info_vector(vmx_u64 v)
{
	return (v & SVM_EXIT_INT_INFO_VECTOR_MASK) >> 0;
}

static __always_inline vmx_u64 __svm_exit_int_info_set_vector(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_EXIT_INT_INFO_VECTOR_MASK) |
	       (x << 0 & SVM_EXIT_INT_INFO_VECTOR_MASK);
}

#define svm_exit_int_info_set_vector(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0xff,						\
			"svm_exit_int_info_set_vector: value does not fit in bits 7:0"); \
	__svm_exit_int_info_set_vector(v, x);				\
})

static __always_inline vmx_u64 svm_exit_int_info_type(vmx_u64 v)
{
	return (v & SVM_EXIT_INT_INFO_TYPE_MASK) >> 8;
}

static __always_inline vmx_u64 __svm_exit_int_info_set_type(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_EXIT_INT_INFO_TYPE_MASK) |
	       (x << 8 & SVM_EXIT_INT_INFO_TYPE_MASK);
}

#define svm_exit_int_info_set_type(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x7,						\
			"svm_exit_int_info_set_type: value does not fit in bits 10:8"); \
	__svm_exit_int_info_set_type(v, x);				\
})

static __always_inline vmx_u64 svm_exit_int_info_error_code_valid(vmx_u64 v)
{
	return (v & SVM_EXIT_INT_INFO_ERROR_CODE_VALID_MASK) >> 11;
}

static __always_inline vmx_u64 __svm_exit_int_info_set_error_code_valid(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_EXIT_INT_INFO_ERROR_CODE_VALID_MASK) |
	       (x << 11 & SVM_EXIT_INT_INFO_ERROR_CODE_VALID_MASK);
}

#define svm_exit_int_info_set_error_code_valid(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_exit_int_info_set_error_code_valid: value does not fit in bits 11:11"); \
	__svm_exit_int_info_set_error_code_valid(v, x);			\
})

static __always_inline vmx_u64 svm_exit_int_info_valid(vmx_u64 v)
{
	return (v & SVM_EXIT_INT_INFO_VALID_MASK) >> 31;
}

static __always_inline vmx_u64 __svm_exit_int_info_set_valid(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_EXIT_INT_INFO_VALID_MASK) |
	       (x << 31 & SVM_EXIT_INT_INFO_VALID_MASK);
}

#define svm_exit_int_info_set_valid(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_exit_int_info_set_valid: value does not fit in bits 31:31"); \
	__svm_exit_int_info_set_valid(v, x);				\
})

static __always_inline vmx_u64 svm_exit_int_info_error_code(vmx_u64 v)
{
	return (v & SVM_EXIT_INT_INFO_ERROR_CODE_MASK) >> 32;
}

static __always_inline vmx_u64 __svm_exit_int_info_set_error_code(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_EXIT_INT_INFO_ERROR_CODE_MASK) |
	       (x << 32 & SVM_EXIT_INT_INFO_ERROR_CODE_MASK);
}

#define svm_exit_int_info_set_error_code(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0xffffffff,					\
			"svm_exit_int_info_set_error_code: value does not fit in bits 63:32"); \
	__svm_exit_int_info_set_error_code(v, x);			\
})

/* Values of svm_exit_int_info_type(). */
enum svm_exit_int_info_type {
	SVM_EXIT_INT_INFO_TYPE_INTR = 0, /* external or virtual interrupt */
	SVM_EXIT_INT_INFO_TYPE_NMI = 2, /* NMI */
	SVM_EXIT_INT_INFO_TYPE_EXCEPTION = 3, /* exception (fault or trap) */
	SVM_EXIT_INT_INFO_TYPE_SOFT_INT = 4, /* software interrupt (INTn) */
};

/*
 * EXITINFO1 of a nested page fault (#VMEXIT 0x400): the fault's error code: 64 bits, AMD APM Vol. 2, Section 15.25.6 (Nested versus Guest Page Faults, Fault Ordering).
 *   0:0	present: the nested page was present (a protection fault), else not present
 *   1:1	write: the access was a write
 *   2:2	user: the access was a user access (nested walks are user accesses)
 *   3:3	reserved_bit: a reserved bit was set in a nested page-table entry
 *   4:4	fetch: the access was an instruction fetch
 *   31:5	reserved
 *   32:32	final_gpa: the fault happened translating the final guest physical address
 *   33:33	guest_page_table: the fault happened translating a guest page-table access
 *   63:34	reserved
 */
#define SVM_NPF_EXIT_INFO_1_PRESENT_MASK 0x1ULL
#define SVM_NPF_EXIT_INFO_1_WRITE_MASK 0x2ULL
#define SVM_NPF_EXIT_INFO_1_USER_MASK 0x4ULL
#define SVM_NPF_EXIT_INFO_1_RESERVED_BIT_MASK 0x8ULL
#define SVM_NPF_EXIT_INFO_1_FETCH_MASK 0x10ULL
#define SVM_NPF_EXIT_INFO_1_FINAL_GPA_MASK 0x100000000ULL
#define SVM_NPF_EXIT_INFO_1_GUEST_PAGE_TABLE_MASK 0x200000000ULL

static __always_inline vmx_u64 svm_npf_exit_info_1_present(vmx_u64 v)
{
	return (v & SVM_NPF_EXIT_INFO_1_PRESENT_MASK) >> 0;
}

static __always_inline vmx_u64 __svm_npf_exit_info_1_set_present(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_NPF_EXIT_INFO_1_PRESENT_MASK) |
	       (x << 0 & SVM_NPF_EXIT_INFO_1_PRESENT_MASK);
}

#define svm_npf_exit_info_1_set_present(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_npf_exit_info_1_set_present: value does not fit in bits 0:0"); \
	__svm_npf_exit_info_1_set_present(v, x);			\
})

static __always_inline vmx_u64 svm_npf_exit_info_1_write(vmx_u64 v)
{
	return (v & SVM_NPF_EXIT_INFO_1_WRITE_MASK) >> 1;
}

static __always_inline vmx_u64 __svm_npf_exit_info_1_set_write(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_NPF_EXIT_INFO_1_WRITE_MASK) |
	       (x << 1 & SVM_NPF_EXIT_INFO_1_WRITE_MASK);
}

#define svm_npf_exit_info_1_set_write(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_npf_exit_info_1_set_write: value does not fit in bits 1:1"); \
	__svm_npf_exit_info_1_set_write(v, x);				\
})

static __always_inline vmx_u64 svm_npf_exit_info_1_user(vmx_u64 v)
{
	return (v & SVM_NPF_EXIT_INFO_1_USER_MASK) >> 2;
}

static __always_inline vmx_u64 __svm_npf_exit_info_1_set_user(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_NPF_EXIT_INFO_1_USER_MASK) |
	       (x << 2 & SVM_NPF_EXIT_INFO_1_USER_MASK);
}

#define svm_npf_exit_info_1_set_user(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_npf_exit_info_1_set_user: value does not fit in bits 2:2"); \
	__svm_npf_exit_info_1_set_user(v, x);				\
})

static __always_inline vmx_u64 svm_npf_exit_info_1_reserved_bit(vmx_u64 v)
{
	return (v & SVM_NPF_EXIT_INFO_1_RESERVED_BIT_MASK) >> 3;
}

static __always_inline vmx_u64 __svm_npf_exit_info_1_set_reserved_bit(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_NPF_EXIT_INFO_1_RESERVED_BIT_MASK) |
	       (x << 3 & SVM_NPF_EXIT_INFO_1_RESERVED_BIT_MASK);
}

#define svm_npf_exit_info_1_set_reserved_bit(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_npf_exit_info_1_set_reserved_bit: value does not fit in bits 3:3"); \
	__svm_npf_exit_info_1_set_reserved_bit(v, x);			\
})

static __always_inline vmx_u64 svm_npf_exit_info_1_fetch(vmx_u64 v)
{
	return (v & SVM_NPF_EXIT_INFO_1_FETCH_MASK) >> 4;
}

static __always_inline vmx_u64 __svm_npf_exit_info_1_set_fetch(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_NPF_EXIT_INFO_1_FETCH_MASK) |
	       (x << 4 & SVM_NPF_EXIT_INFO_1_FETCH_MASK);
}

#define svm_npf_exit_info_1_set_fetch(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_npf_exit_info_1_set_fetch: value does not fit in bits 4:4"); \
	__svm_npf_exit_info_1_set_fetch(v, x);				\
})

static __always_inline vmx_u64 svm_npf_exit_info_1_final_gpa(vmx_u64 v)
{
	return (v & SVM_NPF_EXIT_INFO_1_FINAL_GPA_MASK) >> 32;
}

static __always_inline vmx_u64 __svm_npf_exit_info_1_set_final_gpa(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_NPF_EXIT_INFO_1_FINAL_GPA_MASK) |
	       (x << 32 & SVM_NPF_EXIT_INFO_1_FINAL_GPA_MASK);
}

#define svm_npf_exit_info_1_set_final_gpa(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_npf_exit_info_1_set_final_gpa: value does not fit in bits 32:32"); \
	__svm_npf_exit_info_1_set_final_gpa(v, x);			\
})

static __always_inline vmx_u64 svm_npf_exit_info_1_guest_page_table(vmx_u64 v)
{
	return (v & SVM_NPF_EXIT_INFO_1_GUEST_PAGE_TABLE_MASK) >> 33;
}

static __always_inline vmx_u64 __svm_npf_exit_info_1_set_guest_page_table(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_NPF_EXIT_INFO_1_GUEST_PAGE_TABLE_MASK) |
	       (x << 33 & SVM_NPF_EXIT_INFO_1_GUEST_PAGE_TABLE_MASK);
}

#define svm_npf_exit_info_1_set_guest_page_table(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_npf_exit_info_1_set_guest_page_table: value does not fit in bits 33:33"); \
	__svm_npf_exit_info_1_set_guest_page_table(v, x);		\
})

/*
 * nested paging and SEV enables (VMCB 090h): 64 bits, AMD APM Vol. 2, Table B-1 (090h); Sections 15.25 (Nested Paging), 15.34, 15.35.
 *   0:0	np_enable: enable nested paging
 *   1:1	sev_enable: enable SEV (encrypted guest memory)
 *   2:2	sev_es_enable: enable SEV-ES (encrypted guest state)
 *   63:3	reserved
 */
#define SVM_NESTED_CTL_NP_ENABLE_MASK 0x1ULL
#define SVM_NESTED_CTL_SEV_ENABLE_MASK 0x2ULL
#define SVM_NESTED_CTL_SEV_ES_ENABLE_MASK 0x4ULL

static __always_inline vmx_u64 svm_nested_ctl_np_enable(vmx_u64 v)
{
	return (v & SVM_NESTED_CTL_NP_ENABLE_MASK) >> 0;
}

static __always_inline vmx_u64 __svm_nested_ctl_set_np_enable(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_NESTED_CTL_NP_ENABLE_MASK) |
	       (x << 0 & SVM_NESTED_CTL_NP_ENABLE_MASK);
}

#define svm_nested_ctl_set_np_enable(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_nested_ctl_set_np_enable: value does not fit in bits 0:0"); \
	__svm_nested_ctl_set_np_enable(v, x);				\
})

static __always_inline vmx_u64 svm_nested_ctl_sev_enable(vmx_u64 v)
{
	return (v & SVM_NESTED_CTL_SEV_ENABLE_MASK) >> 1;
}

static __always_inline vmx_u64 __svm_nested_ctl_set_sev_enable(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_NESTED_CTL_SEV_ENABLE_MASK) |
	       (x << 1 & SVM_NESTED_CTL_SEV_ENABLE_MASK);
}

#define svm_nested_ctl_set_sev_enable(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_nested_ctl_set_sev_enable: value does not fit in bits 1:1"); \
	__svm_nested_ctl_set_sev_enable(v, x);				\
})

static __always_inline vmx_u64 svm_nested_ctl_sev_es_enable(vmx_u64 v)
{
	return (v & SVM_NESTED_CTL_SEV_ES_ENABLE_MASK) >> 2;
}

static __always_inline vmx_u64 __svm_nested_ctl_set_sev_es_enable(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_NESTED_CTL_SEV_ES_ENABLE_MASK) |
	       (x << 2 & SVM_NESTED_CTL_SEV_ES_ENABLE_MASK);
}

#define svm_nested_ctl_set_sev_es_enable(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_nested_ctl_set_sev_es_enable: value does not fit in bits 2:2"); \
	__svm_nested_ctl_set_sev_es_enable(v, x);			\
})

/*
 * virtualization extensions (VMCB 0B8h): 64 bits, AMD APM Vol. 2, Table B-1 (0B8h); Sections 15.23 (LBR Virtualization), 15.33.1 (VMSAVE and VMLOAD Virtualization).
 *   0:0	lbr_virt_enable: LBR virtualization: the guest's DBGCTL and LBR MSRs live in the VMCB
 *   1:1	v_vmload_vmsave_enable: virtualized VMSAVE/VMLOAD: the guest executes them without #VMEXIT
 *   63:2	reserved
 */
#define SVM_VIRT_EXT_LBR_VIRT_ENABLE_MASK 0x1ULL
#define SVM_VIRT_EXT_V_VMLOAD_VMSAVE_ENABLE_MASK 0x2ULL

static __always_inline vmx_u64 svm_virt_ext_lbr_virt_enable(vmx_u64 v)
{
	return (v & SVM_VIRT_EXT_LBR_VIRT_ENABLE_MASK) >> 0;
}

static __always_inline vmx_u64 __svm_virt_ext_set_lbr_virt_enable(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_VIRT_EXT_LBR_VIRT_ENABLE_MASK) |
	       (x << 0 & SVM_VIRT_EXT_LBR_VIRT_ENABLE_MASK);
}

#define svm_virt_ext_set_lbr_virt_enable(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_virt_ext_set_lbr_virt_enable: value does not fit in bits 0:0"); \
	__svm_virt_ext_set_lbr_virt_enable(v, x);			\
})

static __always_inline vmx_u64 svm_virt_ext_v_vmload_vmsave_enable(vmx_u64 v)
{
	return (v & SVM_VIRT_EXT_V_VMLOAD_VMSAVE_ENABLE_MASK) >> 1;
}

static __always_inline vmx_u64 __svm_virt_ext_set_v_vmload_vmsave_enable(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_VIRT_EXT_V_VMLOAD_VMSAVE_ENABLE_MASK) |
	       (x << 1 & SVM_VIRT_EXT_V_VMLOAD_VMSAVE_ENABLE_MASK);
}

#define svm_virt_ext_set_v_vmload_vmsave_enable(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_virt_ext_set_v_vmload_vmsave_enable: value does not fit in bits 1:1"); \
	__svm_virt_ext_set_v_vmload_vmsave_enable(v, x);		\
})

/*
 * VMCB clean bits (VMCB 0C0h): state the CPU may take from its cache: 32 bits, AMD APM Vol. 2, Table B-1 (0C0h); Section 15.15.3 (VMCB Clean Field), Table 15-9.
 *   0:0	intercepts: unchanged since the last VMRUN: the intercept vectors, TSC_OFFSET and the PAUSE filter
 *   1:1	iopm: unchanged since the last VMRUN: IOPM_BASE_PA and MSRPM_BASE_PA
 *   2:2	asid: unchanged since the last VMRUN: the ASID
 *   3:3	tpr: unchanged since the last VMRUN: the virtual interrupt control (V_TPR ..)
 *   4:4	np: unchanged since the last VMRUN: nested paging: NP_ENABLE, N_CR3, G_PAT
 *   5:5	crx: unchanged since the last VMRUN: CR0, CR3, CR4, EFER
 *   6:6	drx: unchanged since the last VMRUN: DR6, DR7
 *   7:7	dt: unchanged since the last VMRUN: GDTR, IDTR
 *   8:8	seg: unchanged since the last VMRUN: CS, DS, ES, SS, CPL
 *   9:9	cr2: unchanged since the last VMRUN: CR2
 *   10:10	lbr: unchanged since the last VMRUN: DBGCTL and the LBR MSRs
 *   31:11	reserved
 */
#define SVM_CLEAN_BITS_INTERCEPTS_MASK 0x1U
#define SVM_CLEAN_BITS_IOPM_MASK 0x2U
#define SVM_CLEAN_BITS_ASID_MASK 0x4U
#define SVM_CLEAN_BITS_TPR_MASK 0x8U
#define SVM_CLEAN_BITS_NP_MASK 0x10U
#define SVM_CLEAN_BITS_CRX_MASK 0x20U
#define SVM_CLEAN_BITS_DRX_MASK 0x40U
#define SVM_CLEAN_BITS_DT_MASK 0x80U
#define SVM_CLEAN_BITS_SEG_MASK 0x100U
#define SVM_CLEAN_BITS_CR2_MASK 0x200U
#define SVM_CLEAN_BITS_LBR_MASK 0x400U

static __always_inline vmx_u32 svm_clean_bits_intercepts(vmx_u32 v)
{
	return (v & SVM_CLEAN_BITS_INTERCEPTS_MASK) >> 0;
}

static __always_inline vmx_u32 __svm_clean_bits_set_intercepts(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CLEAN_BITS_INTERCEPTS_MASK) |
	       (x << 0 & SVM_CLEAN_BITS_INTERCEPTS_MASK);
}

#define svm_clean_bits_set_intercepts(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_clean_bits_set_intercepts: value does not fit in bits 0:0"); \
	__svm_clean_bits_set_intercepts(v, x);				\
})

static __always_inline vmx_u32 svm_clean_bits_iopm(vmx_u32 v)
{
	return (v & SVM_CLEAN_BITS_IOPM_MASK) >> 1;
}

static __always_inline vmx_u32 __svm_clean_bits_set_iopm(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CLEAN_BITS_IOPM_MASK) |
	       (x << 1 & SVM_CLEAN_BITS_IOPM_MASK);
}

#define svm_clean_bits_set_iopm(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_clean_bits_set_iopm: value does not fit in bits 1:1"); \
	__svm_clean_bits_set_iopm(v, x);				\
})

static __always_inline vmx_u32 svm_clean_bits_asid(vmx_u32 v)
{
	return (v & SVM_CLEAN_BITS_ASID_MASK) >> 2;
}

static __always_inline vmx_u32 __svm_clean_bits_set_asid(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CLEAN_BITS_ASID_MASK) |
	       (x << 2 & SVM_CLEAN_BITS_ASID_MASK);
}

#define svm_clean_bits_set_asid(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_clean_bits_set_asid: value does not fit in bits 2:2"); \
	__svm_clean_bits_set_asid(v, x);				\
})

static __always_inline vmx_u32 svm_clean_bits_tpr(vmx_u32 v)
{
	return (v & SVM_CLEAN_BITS_TPR_MASK) >> 3;
}

static __always_inline vmx_u32 __svm_clean_bits_set_tpr(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CLEAN_BITS_TPR_MASK) |
	       (x << 3 & SVM_CLEAN_BITS_TPR_MASK);
}

#define svm_clean_bits_set_tpr(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_clean_bits_set_tpr: value does not fit in bits 3:3"); \
	__svm_clean_bits_set_tpr(v, x);					\
})

static __always_inline vmx_u32 svm_clean_bits_np(vmx_u32 v)
{
	return (v & SVM_CLEAN_BITS_NP_MASK) >> 4;
}

static __always_inline vmx_u32 __svm_clean_bits_set_np(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CLEAN_BITS_NP_MASK) |
	       (x << 4 & SVM_CLEAN_BITS_NP_MASK);
}

#define svm_clean_bits_set_np(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_clean_bits_set_np: value does not fit in bits 4:4"); \
	__svm_clean_bits_set_np(v, x);					\
})

static __always_inline vmx_u32 svm_clean_bits_crx(vmx_u32 v)
{
	return (v & SVM_CLEAN_BITS_CRX_MASK) >> 5;
}

static __always_inline vmx_u32 __svm_clean_bits_set_crx(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CLEAN_BITS_CRX_MASK) |
	       (x << 5 & SVM_CLEAN_BITS_CRX_MASK);
}

#define svm_clean_bits_set_crx(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_clean_bits_set_crx: value does not fit in bits 5:5"); \
	__svm_clean_bits_set_crx(v, x);					\
})

static __always_inline vmx_u32 svm_clean_bits_drx(vmx_u32 v)
{
	return (v & SVM_CLEAN_BITS_DRX_MASK) >> 6;
}

static __always_inline vmx_u32 __svm_clean_bits_set_drx(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CLEAN_BITS_DRX_MASK) |
	       (x << 6 & SVM_CLEAN_BITS_DRX_MASK);
}

#define svm_clean_bits_set_drx(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_clean_bits_set_drx: value does not fit in bits 6:6"); \
	__svm_clean_bits_set_drx(v, x);					\
})

static __always_inline vmx_u32 svm_clean_bits_dt(vmx_u32 v)
{
	return (v & SVM_CLEAN_BITS_DT_MASK) >> 7;
}

static __always_inline vmx_u32 __svm_clean_bits_set_dt(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CLEAN_BITS_DT_MASK) |
	       (x << 7 & SVM_CLEAN_BITS_DT_MASK);
}

#define svm_clean_bits_set_dt(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_clean_bits_set_dt: value does not fit in bits 7:7"); \
	__svm_clean_bits_set_dt(v, x);					\
})

static __always_inline vmx_u32 svm_clean_bits_seg(vmx_u32 v)
{
	return (v & SVM_CLEAN_BITS_SEG_MASK) >> 8;
}

static __always_inline vmx_u32 __svm_clean_bits_set_seg(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CLEAN_BITS_SEG_MASK) |
	       (x << 8 & SVM_CLEAN_BITS_SEG_MASK);
}

#define svm_clean_bits_set_seg(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_clean_bits_set_seg: value does not fit in bits 8:8"); \
	__svm_clean_bits_set_seg(v, x);					\
})

static __always_inline vmx_u32 svm_clean_bits_cr2(vmx_u32 v)
{
	return (v & SVM_CLEAN_BITS_CR2_MASK) >> 9;
}

static __always_inline vmx_u32 __svm_clean_bits_set_cr2(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CLEAN_BITS_CR2_MASK) |
	       (x << 9 & SVM_CLEAN_BITS_CR2_MASK);
}

#define svm_clean_bits_set_cr2(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_clean_bits_set_cr2: value does not fit in bits 9:9"); \
	__svm_clean_bits_set_cr2(v, x);					\
})

static __always_inline vmx_u32 svm_clean_bits_lbr(vmx_u32 v)
{
	return (v & SVM_CLEAN_BITS_LBR_MASK) >> 10;
}

static __always_inline vmx_u32 __svm_clean_bits_set_lbr(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_CLEAN_BITS_LBR_MASK) |
	       (x << 10 & SVM_CLEAN_BITS_LBR_MASK);
}

#define svm_clean_bits_set_lbr(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_clean_bits_set_lbr: value does not fit in bits 10:10"); \
	__svm_clean_bits_set_lbr(v, x);					\
})

/*
 * segment attributes in the VMCB (the attrib member of struct svm_vmcb_segment): 16 bits, AMD APM Vol. 2, Section 15.5.1 (Basic Operation): segment attributes.
 *   3:0	type: segment type (descriptor bits 43:40)
 *   4:4	s: S: code or data segment (descriptor bit 44)
 *   6:5	dpl: descriptor privilege level (descriptor bits 46:45)
 *   7:7	p: present (descriptor bit 47)
 *   8:8	avl: available to software (descriptor bit 52)
 *   9:9	l: long mode code segment (descriptor bit 53)
 *   10:10	db: default operation size (descriptor bit 54)
 *   11:11	g: granularity (descriptor bit 55)
 *   15:12	reserved
 */
#define SVM_SEGMENT_ATTRIB_TYPE_MASK 0xfU
#define SVM_SEGMENT_ATTRIB_S_MASK 0x10U
#define SVM_SEGMENT_ATTRIB_DPL_MASK 0x60U
#define SVM_SEGMENT_ATTRIB_P_MASK 0x80U
#define SVM_SEGMENT_ATTRIB_AVL_MASK 0x100U
#define SVM_SEGMENT_ATTRIB_L_MASK 0x200U
#define SVM_SEGMENT_ATTRIB_DB_MASK 0x400U
#define SVM_SEGMENT_ATTRIB_G_MASK 0x800U

static __always_inline vmx_u32 svm_segment_attrib_type(vmx_u32 v)
{
	return (v & SVM_SEGMENT_ATTRIB_TYPE_MASK) >> 0;
}

static __always_inline vmx_u32 __svm_segment_attrib_set_type(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_SEGMENT_ATTRIB_TYPE_MASK) |
	       (x << 0 & SVM_SEGMENT_ATTRIB_TYPE_MASK);
}

#define svm_segment_attrib_set_type(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0xf,						\
			"svm_segment_attrib_set_type: value does not fit in bits 3:0"); \
	__svm_segment_attrib_set_type(v, x);				\
})

static __always_inline vmx_u32 svm_segment_attrib_s(vmx_u32 v)
{
	return (v & SVM_SEGMENT_ATTRIB_S_MASK) >> 4;
}

static __always_inline vmx_u32 __svm_segment_attrib_set_s(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_SEGMENT_ATTRIB_S_MASK) |
	       (x << 4 & SVM_SEGMENT_ATTRIB_S_MASK);
}

#define svm_segment_attrib_set_s(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_segment_attrib_set_s: value does not fit in bits 4:4"); \
	__svm_segment_attrib_set_s(v, x);				\
})

static __always_inline vmx_u32 svm_segment_attrib_dpl(vmx_u32 v)
{
	return (v & SVM_SEGMENT_ATTRIB_DPL_MASK) >> 5;
}

static __always_inline vmx_u32 __svm_segment_attrib_set_dpl(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_SEGMENT_ATTRIB_DPL_MASK) |
	       (x << 5 & SVM_SEGMENT_ATTRIB_DPL_MASK);
}

#define svm_segment_attrib_set_dpl(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x3,						\
			"svm_segment_attrib_set_dpl: value does not fit in bits 6:5"); \
	__svm_segment_attrib_set_dpl(v, x);				\
})

static __always_inline vmx_u32 svm_segment_attrib_p(vmx_u32 v)
{
	return (v & SVM_SEGMENT_ATTRIB_P_MASK) >> 7;
}

static __always_inline vmx_u32 __svm_segment_attrib_set_p(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_SEGMENT_ATTRIB_P_MASK) |
	       (x << 7 & SVM_SEGMENT_ATTRIB_P_MASK);
}

#define svm_segment_attrib_set_p(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_segment_attrib_set_p: value does not fit in bits 7:7"); \
	__svm_segment_attrib_set_p(v, x);				\
})

static __always_inline vmx_u32 svm_segment_attrib_avl(vmx_u32 v)
{
	return (v & SVM_SEGMENT_ATTRIB_AVL_MASK) >> 8;
}

static __always_inline vmx_u32 __svm_segment_attrib_set_avl(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_SEGMENT_ATTRIB_AVL_MASK) |
	       (x << 8 & SVM_SEGMENT_ATTRIB_AVL_MASK);
}

#define svm_segment_attrib_set_avl(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_segment_attrib_set_avl: value does not fit in bits 8:8"); \
	__svm_segment_attrib_set_avl(v, x);				\
})

static __always_inline vmx_u32 svm_segment_attrib_l(vmx_u32 v)
{
	return (v & SVM_SEGMENT_ATTRIB_L_MASK) >> 9;
}

static __always_inline vmx_u32 __svm_segment_attrib_set_l(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_SEGMENT_ATTRIB_L_MASK) |
	       (x << 9 & SVM_SEGMENT_ATTRIB_L_MASK);
}

#define svm_segment_attrib_set_l(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_segment_attrib_set_l: value does not fit in bits 9:9"); \
	__svm_segment_attrib_set_l(v, x);				\
})

static __always_inline vmx_u32 svm_segment_attrib_db(vmx_u32 v)
{
	return (v & SVM_SEGMENT_ATTRIB_DB_MASK) >> 10;
}

static __always_inline vmx_u32 __svm_segment_attrib_set_db(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_SEGMENT_ATTRIB_DB_MASK) |
	       (x << 10 & SVM_SEGMENT_ATTRIB_DB_MASK);
}

#define svm_segment_attrib_set_db(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_segment_attrib_set_db: value does not fit in bits 10:10"); \
	__svm_segment_attrib_set_db(v, x);				\
})

static __always_inline vmx_u32 svm_segment_attrib_g(vmx_u32 v)
{
	return (v & SVM_SEGMENT_ATTRIB_G_MASK) >> 11;
}

static __always_inline vmx_u32 __svm_segment_attrib_set_g(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_SEGMENT_ATTRIB_G_MASK) |
	       (x << 11 & SVM_SEGMENT_ATTRIB_G_MASK);
}

#define svm_segment_attrib_set_g(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_segment_attrib_set_g: value does not fit in bits 11:11"); \
	__svm_segment_attrib_set_g(v, x);				\
})

/*
 * rAX of INVLPGB: the address and what to invalidate: 64 bits, AMD APM Vol. 3, INVLPGB.
 *   0:0	va_valid: invalidate by virtual address (bits 63:12)
 *   1:1	pcid_valid: only the PCID in EDX
 *   2:2	asid_valid: only the ASID in EDX
 *   3:3	include_global: global translations too
 *   4:4	final_only: only final (leaf) translations, not the page-walk caches
 *   5:5	include_nested: nested (guest) translations too
 *   11:6	reserved, must be zero
 *   63:12	va: the virtual page number (address bits 63:12)
 */
#define SVM_INVLPGB_RAX_VA_VALID_MASK 0x1ULL
#define SVM_INVLPGB_RAX_PCID_VALID_MASK 0x2ULL
#define SVM_INVLPGB_RAX_ASID_VALID_MASK 0x4ULL
#define SVM_INVLPGB_RAX_INCLUDE_GLOBAL_MASK 0x8ULL
#define SVM_INVLPGB_RAX_FINAL_ONLY_MASK 0x10ULL
#define SVM_INVLPGB_RAX_INCLUDE_NESTED_MASK 0x20ULL
#define SVM_INVLPGB_RAX_VA_MASK 0xfffffffffffff000ULL

static __always_inline vmx_u64 svm_invlpgb_rax_va_valid(vmx_u64 v)
{
	return (v & SVM_INVLPGB_RAX_VA_VALID_MASK) >> 0;
}

static __always_inline vmx_u64 __svm_invlpgb_rax_set_va_valid(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_INVLPGB_RAX_VA_VALID_MASK) |
	       (x << 0 & SVM_INVLPGB_RAX_VA_VALID_MASK);
}

#define svm_invlpgb_rax_set_va_valid(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_invlpgb_rax_set_va_valid: value does not fit in bits 0:0"); \
	__svm_invlpgb_rax_set_va_valid(v, x);				\
})

static __always_inline vmx_u64 svm_invlpgb_rax_pcid_valid(vmx_u64 v)
{
	return (v & SVM_INVLPGB_RAX_PCID_VALID_MASK) >> 1;
}

static __always_inline vmx_u64 __svm_invlpgb_rax_set_pcid_valid(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_INVLPGB_RAX_PCID_VALID_MASK) |
	       (x << 1 & SVM_INVLPGB_RAX_PCID_VALID_MASK);
}

#define svm_invlpgb_rax_set_pcid_valid(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_invlpgb_rax_set_pcid_valid: value does not fit in bits 1:1"); \
	__svm_invlpgb_rax_set_pcid_valid(v, x);				\
})

static __always_inline vmx_u64 svm_invlpgb_rax_asid_valid(vmx_u64 v)
{
	return (v & SVM_INVLPGB_RAX_ASID_VALID_MASK) >> 2;
}

static __always_inline vmx_u64 __svm_invlpgb_rax_set_asid_valid(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_INVLPGB_RAX_ASID_VALID_MASK) |
	       (x << 2 & SVM_INVLPGB_RAX_ASID_VALID_MASK);
}

#define svm_invlpgb_rax_set_asid_valid(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_invlpgb_rax_set_asid_valid: value does not fit in bits 2:2"); \
	__svm_invlpgb_rax_set_asid_valid(v, x);				\
})

static __always_inline vmx_u64 svm_invlpgb_rax_include_global(vmx_u64 v)
{
	return (v & SVM_INVLPGB_RAX_INCLUDE_GLOBAL_MASK) >> 3;
}

static __always_inline vmx_u64 __svm_invlpgb_rax_set_include_global(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_INVLPGB_RAX_INCLUDE_GLOBAL_MASK) |
	       (x << 3 & SVM_INVLPGB_RAX_INCLUDE_GLOBAL_MASK);
}

#define svm_invlpgb_rax_set_include_global(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_invlpgb_rax_set_include_global: value does not fit in bits 3:3"); \
	__svm_invlpgb_rax_set_include_global(v, x);			\
})

static __always_inline vmx_u64 svm_invlpgb_rax_final_only(vmx_u64 v)
{
	return (v & SVM_INVLPGB_RAX_FINAL_ONLY_MASK) >> 4;
}

static __always_inline vmx_u64 __svm_invlpgb_rax_set_final_only(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_INVLPGB_RAX_FINAL_ONLY_MASK) |
	       (x << 4 & SVM_INVLPGB_RAX_FINAL_ONLY_MASK);
}

#define svm_invlpgb_rax_set_final_only(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_invlpgb_rax_set_final_only: value does not fit in bits 4:4"); \
	__svm_invlpgb_rax_set_final_only(v, x);				\
})

static __always_inline vmx_u64 svm_invlpgb_rax_include_nested(vmx_u64 v)
{
	return (v & SVM_INVLPGB_RAX_INCLUDE_NESTED_MASK) >> 5;
}

static __always_inline vmx_u64 __svm_invlpgb_rax_set_include_nested(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_INVLPGB_RAX_INCLUDE_NESTED_MASK) |
	       (x << 5 & SVM_INVLPGB_RAX_INCLUDE_NESTED_MASK);
}

#define svm_invlpgb_rax_set_include_nested(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_invlpgb_rax_set_include_nested: value does not fit in bits 5:5"); \
	__svm_invlpgb_rax_set_include_nested(v, x);			\
})

static __always_inline vmx_u64 svm_invlpgb_rax_va(vmx_u64 v)
{
	return (v & SVM_INVLPGB_RAX_VA_MASK) >> 12;
}

static __always_inline vmx_u64 __svm_invlpgb_rax_set_va(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_INVLPGB_RAX_VA_MASK) |
	       (x << 12 & SVM_INVLPGB_RAX_VA_MASK);
}

#define svm_invlpgb_rax_set_va(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0xfffffffffffff,				\
			"svm_invlpgb_rax_set_va: value does not fit in bits 63:12"); \
	__svm_invlpgb_rax_set_va(v, x);					\
})

/*
 * ECX of INVLPGB: how many pages, and their stride: 32 bits, AMD APM Vol. 3, INVLPGB.
 *   15:0	count: the number of pages after the first
 *   30:16	reserved, must be zero
 *   31:31	stride_2m: the pages are 2 MBytes apart, else 4 KBytes
 */
#define SVM_INVLPGB_ECX_COUNT_MASK 0xffffU
#define SVM_INVLPGB_ECX_STRIDE_2M_MASK 0x80000000U

static __always_inline vmx_u32 svm_invlpgb_ecx_count(vmx_u32 v)
{
	return (v & SVM_INVLPGB_ECX_COUNT_MASK) >> 0;
}

static __always_inline vmx_u32 __svm_invlpgb_ecx_set_count(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INVLPGB_ECX_COUNT_MASK) |
	       (x << 0 & SVM_INVLPGB_ECX_COUNT_MASK);
}

#define svm_invlpgb_ecx_set_count(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0xffff,					\
			"svm_invlpgb_ecx_set_count: value does not fit in bits 15:0"); \
	__svm_invlpgb_ecx_set_count(v, x);				\
})

static __always_inline vmx_u32 svm_invlpgb_ecx_stride_2m(vmx_u32 v)
{
	return (v & SVM_INVLPGB_ECX_STRIDE_2M_MASK) >> 31;
}

static __always_inline vmx_u32 __svm_invlpgb_ecx_set_stride_2m(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INVLPGB_ECX_STRIDE_2M_MASK) |
	       (x << 31 & SVM_INVLPGB_ECX_STRIDE_2M_MASK);
}

#define svm_invlpgb_ecx_set_stride_2m(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_invlpgb_ecx_set_stride_2m: value does not fit in bits 31:31"); \
	__svm_invlpgb_ecx_set_stride_2m(v, x);				\
})

/*
 * EDX of INVLPGB: which address space: 32 bits, AMD APM Vol. 3, INVLPGB.
 *   15:0	asid: the ASID (with asid_valid)
 *   27:16	pcid: the PCID (with pcid_valid)
 *   31:28	reserved, must be zero
 */
#define SVM_INVLPGB_EDX_ASID_MASK 0xffffU
#define SVM_INVLPGB_EDX_PCID_MASK 0xfff0000U

static __always_inline vmx_u32 svm_invlpgb_edx_asid(vmx_u32 v)
{
	return (v & SVM_INVLPGB_EDX_ASID_MASK) >> 0;
}

static __always_inline vmx_u32 __svm_invlpgb_edx_set_asid(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INVLPGB_EDX_ASID_MASK) |
	       (x << 0 & SVM_INVLPGB_EDX_ASID_MASK);
}

#define svm_invlpgb_edx_set_asid(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0xffff,					\
			"svm_invlpgb_edx_set_asid: value does not fit in bits 15:0"); \
	__svm_invlpgb_edx_set_asid(v, x);				\
})

static __always_inline vmx_u32 svm_invlpgb_edx_pcid(vmx_u32 v)
{
	return (v & SVM_INVLPGB_EDX_PCID_MASK) >> 16;
}

static __always_inline vmx_u32 __svm_invlpgb_edx_set_pcid(vmx_u32 v, vmx_u32 x)
{
	return (v & ~SVM_INVLPGB_EDX_PCID_MASK) |
	       (x << 16 & SVM_INVLPGB_EDX_PCID_MASK);
}

#define svm_invlpgb_edx_set_pcid(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0xfff,					\
			"svm_invlpgb_edx_set_pcid: value does not fit in bits 27:16"); \
	__svm_invlpgb_edx_set_pcid(v, x);				\
})

/*
 * what RMPADJUST sets (RDX): 64 bits, AMD APM Vol. 3, RMPADJUST: RDX.
 *   7:0	target_vmpl: the VMPL whose permissions change (numerically greater than the current one)
 *   8:8	read: the target VMPL may read the page
 *   9:9	write: the target VMPL may write the page
 *   10:10	user_execute: the target VMPL may execute the page at CPL 3
 *   11:11	supervisor_execute: the target VMPL may execute the page at CPL 0..2
 *   15:12	reserved, must be zero
 *   16:16	vmsa: the page is a VMSA (only from VMPL0)
 *   63:17	reserved, must be zero
 */
#define SVM_RMPADJUST_ATTRIBUTES_TARGET_VMPL_MASK 0xffULL
#define SVM_RMPADJUST_ATTRIBUTES_READ_MASK 0x100ULL
#define SVM_RMPADJUST_ATTRIBUTES_WRITE_MASK 0x200ULL
#define SVM_RMPADJUST_ATTRIBUTES_USER_EXECUTE_MASK 0x400ULL
#define SVM_RMPADJUST_ATTRIBUTES_SUPERVISOR_EXECUTE_MASK 0x800ULL
#define SVM_RMPADJUST_ATTRIBUTES_VMSA_MASK 0x10000ULL

static __always_inline vmx_u64 svm_rmpadjust_attributes_target_vmpl(vmx_u64 v)
{
	return (v & SVM_RMPADJUST_ATTRIBUTES_TARGET_VMPL_MASK) >> 0;
}

static __always_inline vmx_u64 __svm_rmpadjust_attributes_set_target_vmpl(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_RMPADJUST_ATTRIBUTES_TARGET_VMPL_MASK) |
	       (x << 0 & SVM_RMPADJUST_ATTRIBUTES_TARGET_VMPL_MASK);
}

#define svm_rmpadjust_attributes_set_target_vmpl(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0xff,						\
			"svm_rmpadjust_attributes_set_target_vmpl: value does not fit in bits 7:0"); \
	__svm_rmpadjust_attributes_set_target_vmpl(v, x);		\
})

static __always_inline vmx_u64 svm_rmpadjust_attributes_read(vmx_u64 v)
{
	return (v & SVM_RMPADJUST_ATTRIBUTES_READ_MASK) >> 8;
}

static __always_inline vmx_u64 __svm_rmpadjust_attributes_set_read(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_RMPADJUST_ATTRIBUTES_READ_MASK) |
	       (x << 8 & SVM_RMPADJUST_ATTRIBUTES_READ_MASK);
}

#define svm_rmpadjust_attributes_set_read(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_rmpadjust_attributes_set_read: value does not fit in bits 8:8"); \
	__svm_rmpadjust_attributes_set_read(v, x);			\
})

static __always_inline vmx_u64 svm_rmpadjust_attributes_write(vmx_u64 v)
{
	return (v & SVM_RMPADJUST_ATTRIBUTES_WRITE_MASK) >> 9;
}

static __always_inline vmx_u64 __svm_rmpadjust_attributes_set_write(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_RMPADJUST_ATTRIBUTES_WRITE_MASK) |
	       (x << 9 & SVM_RMPADJUST_ATTRIBUTES_WRITE_MASK);
}

#define svm_rmpadjust_attributes_set_write(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_rmpadjust_attributes_set_write: value does not fit in bits 9:9"); \
	__svm_rmpadjust_attributes_set_write(v, x);			\
})

static __always_inline vmx_u64 svm_rmpadjust_attributes_user_execute(vmx_u64 v)
{
	return (v & SVM_RMPADJUST_ATTRIBUTES_USER_EXECUTE_MASK) >> 10;
}

static __always_inline vmx_u64 __svm_rmpadjust_attributes_set_user_execute(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_RMPADJUST_ATTRIBUTES_USER_EXECUTE_MASK) |
	       (x << 10 & SVM_RMPADJUST_ATTRIBUTES_USER_EXECUTE_MASK);
}

#define svm_rmpadjust_attributes_set_user_execute(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_rmpadjust_attributes_set_user_execute: value does not fit in bits 10:10"); \
	__svm_rmpadjust_attributes_set_user_execute(v, x);		\
})

static __always_inline vmx_u64 svm_rmpadjust_attributes_supervisor_execute(vmx_u64 v)
{
	return (v & SVM_RMPADJUST_ATTRIBUTES_SUPERVISOR_EXECUTE_MASK) >> 11;
}

static __always_inline vmx_u64 __svm_rmpadjust_attributes_set_supervisor_execute(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_RMPADJUST_ATTRIBUTES_SUPERVISOR_EXECUTE_MASK) |
	       (x << 11 & SVM_RMPADJUST_ATTRIBUTES_SUPERVISOR_EXECUTE_MASK);
}

#define svm_rmpadjust_attributes_set_supervisor_execute(v, x)		\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_rmpadjust_attributes_set_supervisor_execute: value does not fit in bits 11:11"); \
	__svm_rmpadjust_attributes_set_supervisor_execute(v, x);	\
})

static __always_inline vmx_u64 svm_rmpadjust_attributes_vmsa(vmx_u64 v)
{
	return (v & SVM_RMPADJUST_ATTRIBUTES_VMSA_MASK) >> 16;
}

static __always_inline vmx_u64 __svm_rmpadjust_attributes_set_vmsa(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_RMPADJUST_ATTRIBUTES_VMSA_MASK) |
	       (x << 16 & SVM_RMPADJUST_ATTRIBUTES_VMSA_MASK);
}

#define svm_rmpadjust_attributes_set_vmsa(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x1,						\
			"svm_rmpadjust_attributes_set_vmsa: value does not fit in bits 16:16"); \
	__svm_rmpadjust_attributes_set_vmsa(v, x);			\
})

/*
 * the GHCB MSR as a protocol message: 64 bits, AMD APM GHCB specification (56421), Section 2.3.1 (GHCB MSR Protocol).
 *   11:0	info: the request or response code (enum ghcb_msr_info); 0 when the MSR holds the GHCB's address
 *   63:12	data: the code's data (a GHCB guest frame number, features, ...)
 */
#define SVM_GHCB_MSR_INFO_MASK 0xfffULL
#define SVM_GHCB_MSR_DATA_MASK 0xfffffffffffff000ULL

static __always_inline vmx_u64 svm_ghcb_msr_info(vmx_u64 v)
{
	return (v & SVM_GHCB_MSR_INFO_MASK) >> 0;
}

static __always_inline vmx_u64 __svm_ghcb_msr_set_info(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_GHCB_MSR_INFO_MASK) |
	       (x << 0 & SVM_GHCB_MSR_INFO_MASK);
}

#define svm_ghcb_msr_set_info(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0xfff,					\
			"svm_ghcb_msr_set_info: value does not fit in bits 11:0"); \
	__svm_ghcb_msr_set_info(v, x);					\
})

static __always_inline vmx_u64 svm_ghcb_msr_data(vmx_u64 v)
{
	return (v & SVM_GHCB_MSR_DATA_MASK) >> 12;
}

static __always_inline vmx_u64 __svm_ghcb_msr_set_data(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_GHCB_MSR_DATA_MASK) |
	       (x << 12 & SVM_GHCB_MSR_DATA_MASK);
}

#define svm_ghcb_msr_set_data(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0xfffffffffffff,				\
			"svm_ghcb_msr_set_data: value does not fit in bits 63:12"); \
	__svm_ghcb_msr_set_data(v, x);					\
})

/*
 * the SEV information response of the GHCB MSR protocol: 64 bits, AMD APM GHCB specification (56421), Section 2.3.1, SEV Information.
 *   11:0	info: GHCB_MSR_SEV_INFO_RESP
 *   23:12	reserved
 *   31:24	cbit: the page-table bit that marks a page encrypted
 *   47:32	min_version: the lowest GHCB protocol version the hypervisor speaks
 *   63:48	max_version: the highest GHCB protocol version the hypervisor speaks
 */
#define SVM_GHCB_MSR_SEV_INFO_INFO_MASK 0xfffULL
#define SVM_GHCB_MSR_SEV_INFO_CBIT_MASK 0xff000000ULL
#define SVM_GHCB_MSR_SEV_INFO_MIN_VERSION_MASK 0xffff00000000ULL
#define SVM_GHCB_MSR_SEV_INFO_MAX_VERSION_MASK 0xffff000000000000ULL

static __always_inline vmx_u64 svm_ghcb_msr_sev_info_info(vmx_u64 v)
{
	return (v & SVM_GHCB_MSR_SEV_INFO_INFO_MASK) >> 0;
}

static __always_inline vmx_u64 __svm_ghcb_msr_sev_info_set_info(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_GHCB_MSR_SEV_INFO_INFO_MASK) |
	       (x << 0 & SVM_GHCB_MSR_SEV_INFO_INFO_MASK);
}

#define svm_ghcb_msr_sev_info_set_info(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0xfff,					\
			"svm_ghcb_msr_sev_info_set_info: value does not fit in bits 11:0"); \
	__svm_ghcb_msr_sev_info_set_info(v, x);				\
})

static __always_inline vmx_u64 svm_ghcb_msr_sev_info_cbit(vmx_u64 v)
{
	return (v & SVM_GHCB_MSR_SEV_INFO_CBIT_MASK) >> 24;
}

static __always_inline vmx_u64 __svm_ghcb_msr_sev_info_set_cbit(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_GHCB_MSR_SEV_INFO_CBIT_MASK) |
	       (x << 24 & SVM_GHCB_MSR_SEV_INFO_CBIT_MASK);
}

#define svm_ghcb_msr_sev_info_set_cbit(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0xff,						\
			"svm_ghcb_msr_sev_info_set_cbit: value does not fit in bits 31:24"); \
	__svm_ghcb_msr_sev_info_set_cbit(v, x);				\
})

static __always_inline vmx_u64 svm_ghcb_msr_sev_info_min_version(vmx_u64 v)
{
	return (v & SVM_GHCB_MSR_SEV_INFO_MIN_VERSION_MASK) >> 32;
}

static __always_inline vmx_u64 __svm_ghcb_msr_sev_info_set_min_version(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_GHCB_MSR_SEV_INFO_MIN_VERSION_MASK) |
	       (x << 32 & SVM_GHCB_MSR_SEV_INFO_MIN_VERSION_MASK);
}

#define svm_ghcb_msr_sev_info_set_min_version(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0xffff,					\
			"svm_ghcb_msr_sev_info_set_min_version: value does not fit in bits 47:32"); \
	__svm_ghcb_msr_sev_info_set_min_version(v, x);			\
})

static __always_inline vmx_u64 svm_ghcb_msr_sev_info_max_version(vmx_u64 v)
{
	return (v & SVM_GHCB_MSR_SEV_INFO_MAX_VERSION_MASK) >> 48;
}

static __always_inline vmx_u64 __svm_ghcb_msr_sev_info_set_max_version(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_GHCB_MSR_SEV_INFO_MAX_VERSION_MASK) |
	       (x << 48 & SVM_GHCB_MSR_SEV_INFO_MAX_VERSION_MASK);
}

#define svm_ghcb_msr_sev_info_set_max_version(v, x)			\
({									\
	SVM_FIELD_FITS(x, 0xffff,					\
			"svm_ghcb_msr_sev_info_set_max_version: value does not fit in bits 63:48"); \
	__svm_ghcb_msr_sev_info_set_max_version(v, x);			\
})

/*
 * a CPUID request of the GHCB MSR protocol: 64 bits, AMD APM GHCB specification (56421), Section 2.3.1, CPUID.
 *   11:0	info: GHCB_MSR_CPUID_REQ
 *   29:12	reserved, must be zero
 *   31:30	reg: the register asked for
 *   63:32	function: the CPUID function (EAX input)
 */
#define SVM_GHCB_MSR_CPUID_INFO_MASK 0xfffULL
#define SVM_GHCB_MSR_CPUID_REG_MASK 0xc0000000ULL
#define SVM_GHCB_MSR_CPUID_FUNCTION_MASK 0xffffffff00000000ULL

static __always_inline vmx_u64 svm_ghcb_msr_cpuid_info(vmx_u64 v)
{
	return (v & SVM_GHCB_MSR_CPUID_INFO_MASK) >> 0;
}

static __always_inline vmx_u64 __svm_ghcb_msr_cpuid_set_info(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_GHCB_MSR_CPUID_INFO_MASK) |
	       (x << 0 & SVM_GHCB_MSR_CPUID_INFO_MASK);
}

#define svm_ghcb_msr_cpuid_set_info(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0xfff,					\
			"svm_ghcb_msr_cpuid_set_info: value does not fit in bits 11:0"); \
	__svm_ghcb_msr_cpuid_set_info(v, x);				\
})

static __always_inline vmx_u64 svm_ghcb_msr_cpuid_reg(vmx_u64 v)
{
	return (v & SVM_GHCB_MSR_CPUID_REG_MASK) >> 30;
}

static __always_inline vmx_u64 __svm_ghcb_msr_cpuid_set_reg(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_GHCB_MSR_CPUID_REG_MASK) |
	       (x << 30 & SVM_GHCB_MSR_CPUID_REG_MASK);
}

#define svm_ghcb_msr_cpuid_set_reg(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0x3,						\
			"svm_ghcb_msr_cpuid_set_reg: value does not fit in bits 31:30"); \
	__svm_ghcb_msr_cpuid_set_reg(v, x);				\
})

static __always_inline vmx_u64 svm_ghcb_msr_cpuid_function(vmx_u64 v)
{
	return (v & SVM_GHCB_MSR_CPUID_FUNCTION_MASK) >> 32;
}

static __always_inline vmx_u64 __svm_ghcb_msr_cpuid_set_function(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_GHCB_MSR_CPUID_FUNCTION_MASK) |
	       (x << 32 & SVM_GHCB_MSR_CPUID_FUNCTION_MASK);
}

#define svm_ghcb_msr_cpuid_set_function(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0xffffffff,					\
			"svm_ghcb_msr_cpuid_set_function: value does not fit in bits 63:32"); \
	__svm_ghcb_msr_cpuid_set_function(v, x);			\
})

/* Values of svm_ghcb_msr_cpuid_reg(). */
enum svm_ghcb_msr_cpuid_reg {
	SVM_GHCB_MSR_CPUID_REG_EAX = 0,
	SVM_GHCB_MSR_CPUID_REG_EBX = 1,
	SVM_GHCB_MSR_CPUID_REG_ECX = 2,
	SVM_GHCB_MSR_CPUID_REG_EDX = 3,
};

/*
 * a page state change request of the GHCB MSR protocol: 64 bits, AMD APM GHCB specification (56421), Section 2.3.1, SNP Page State Change.
 *   11:0	info: GHCB_MSR_PSC_REQ
 *   51:12	gfn: the guest frame number of the 4-KByte page
 *   55:52	operation: the operation (enum ghcb_psc_op: PRIVATE or SHARED)
 *   63:56	reserved, must be zero
 */
#define SVM_GHCB_MSR_PSC_INFO_MASK 0xfffULL
#define SVM_GHCB_MSR_PSC_GFN_MASK 0xffffffffff000ULL
#define SVM_GHCB_MSR_PSC_OPERATION_MASK 0xf0000000000000ULL

static __always_inline vmx_u64 svm_ghcb_msr_psc_info(vmx_u64 v)
{
	return (v & SVM_GHCB_MSR_PSC_INFO_MASK) >> 0;
}

static __always_inline vmx_u64 __svm_ghcb_msr_psc_set_info(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_GHCB_MSR_PSC_INFO_MASK) |
	       (x << 0 & SVM_GHCB_MSR_PSC_INFO_MASK);
}

#define svm_ghcb_msr_psc_set_info(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0xfff,					\
			"svm_ghcb_msr_psc_set_info: value does not fit in bits 11:0"); \
	__svm_ghcb_msr_psc_set_info(v, x);				\
})

static __always_inline vmx_u64 svm_ghcb_msr_psc_gfn(vmx_u64 v)
{
	return (v & SVM_GHCB_MSR_PSC_GFN_MASK) >> 12;
}

static __always_inline vmx_u64 __svm_ghcb_msr_psc_set_gfn(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_GHCB_MSR_PSC_GFN_MASK) |
	       (x << 12 & SVM_GHCB_MSR_PSC_GFN_MASK);
}

#define svm_ghcb_msr_psc_set_gfn(v, x)					\
({									\
	SVM_FIELD_FITS(x, 0xffffffffff,					\
			"svm_ghcb_msr_psc_set_gfn: value does not fit in bits 51:12"); \
	__svm_ghcb_msr_psc_set_gfn(v, x);				\
})

static __always_inline vmx_u64 svm_ghcb_msr_psc_operation(vmx_u64 v)
{
	return (v & SVM_GHCB_MSR_PSC_OPERATION_MASK) >> 52;
}

static __always_inline vmx_u64 __svm_ghcb_msr_psc_set_operation(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_GHCB_MSR_PSC_OPERATION_MASK) |
	       (x << 52 & SVM_GHCB_MSR_PSC_OPERATION_MASK);
}

#define svm_ghcb_msr_psc_set_operation(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0xf,						\
			"svm_ghcb_msr_psc_set_operation: value does not fit in bits 55:52"); \
	__svm_ghcb_msr_psc_set_operation(v, x);				\
})

/*
 * a termination request of the GHCB MSR protocol: 64 bits, AMD APM GHCB specification (56421), Section 2.3.1, Termination Request.
 *   11:0	info: GHCB_MSR_TERM_REQ
 *   15:12	reason_set: the reason set (0: the GHCB specification's)
 *   23:16	reason_code: the reason within its set (set 0: 0 general, 1 protocol version unsupported, 2 SNP unsupported)
 *   63:24	reserved, must be zero
 */
#define SVM_GHCB_MSR_TERM_INFO_MASK 0xfffULL
#define SVM_GHCB_MSR_TERM_REASON_SET_MASK 0xf000ULL
#define SVM_GHCB_MSR_TERM_REASON_CODE_MASK 0xff0000ULL

static __always_inline vmx_u64 svm_ghcb_msr_term_info(vmx_u64 v)
{
	return (v & SVM_GHCB_MSR_TERM_INFO_MASK) >> 0;
}

static __always_inline vmx_u64 __svm_ghcb_msr_term_set_info(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_GHCB_MSR_TERM_INFO_MASK) |
	       (x << 0 & SVM_GHCB_MSR_TERM_INFO_MASK);
}

#define svm_ghcb_msr_term_set_info(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0xfff,					\
			"svm_ghcb_msr_term_set_info: value does not fit in bits 11:0"); \
	__svm_ghcb_msr_term_set_info(v, x);				\
})

static __always_inline vmx_u64 svm_ghcb_msr_term_reason_set(vmx_u64 v)
{
	return (v & SVM_GHCB_MSR_TERM_REASON_SET_MASK) >> 12;
}

static __always_inline vmx_u64 __svm_ghcb_msr_term_set_reason_set(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_GHCB_MSR_TERM_REASON_SET_MASK) |
	       (x << 12 & SVM_GHCB_MSR_TERM_REASON_SET_MASK);
}

#define svm_ghcb_msr_term_set_reason_set(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0xf,						\
			"svm_ghcb_msr_term_set_reason_set: value does not fit in bits 15:12"); \
	__svm_ghcb_msr_term_set_reason_set(v, x);			\
})

static __always_inline vmx_u64 svm_ghcb_msr_term_reason_code(vmx_u64 v)
{
	return (v & SVM_GHCB_MSR_TERM_REASON_CODE_MASK) >> 16;
}

static __always_inline vmx_u64 __svm_ghcb_msr_term_set_reason_code(vmx_u64 v, vmx_u64 x)
{
	return (v & ~SVM_GHCB_MSR_TERM_REASON_CODE_MASK) |
	       (x << 16 & SVM_GHCB_MSR_TERM_REASON_CODE_MASK);
}

#define svm_ghcb_msr_term_set_reason_code(v, x)				\
({									\
	SVM_FIELD_FITS(x, 0xff,						\
			"svm_ghcb_msr_term_set_reason_code: value does not fit in bits 23:16"); \
	__svm_ghcb_msr_term_set_reason_code(v, x);			\
})

#endif /* VMXGEN_SVM_LAYOUTS_H */
