/* SPDX-License-Identifier: MIT */
/*
 * DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
 * (template gen/backends/c/templates/insn.h.j2).  Edit the spec and run make.
 */
/*
 * Intel TDX module calls instruction wrappers.  Each one builds any memory
 * operand as a C object passed to the asm as "m", so the compiler cannot
 * drop or move the stores that fill it.
 */
#ifndef VMXGEN_TDXM_INSN_H
#define VMXGEN_TDXM_INSN_H

#include <vmxgen/vmx_compat.h>

/**
 * enum tdxm_tdcall_leaf - TDCALL leaf functions (guest TD to TDX module)
 * @TDXM_TDG_VP_VMCALL: TDG.VP.VMCALL: call the host VMM (TDVMCALL)
 * @TDXM_TDG_VP_INFO: TDG.VP.INFO: the TD's execution environment
 * @TDXM_TDG_MR_RTMR_EXTEND: TDG.MR.RTMR.EXTEND: extend a runtime measurement register
 * @TDXM_TDG_VP_VEINFO_GET: TDG.VP.VEINFO.GET: the information of the last #VE
 * @TDXM_TDG_MR_REPORT: TDG.MR.REPORT: create a TDREPORT_STRUCT
 * @TDXM_TDG_VP_CPUIDVE_SET: TDG.VP.CPUIDVE.SET: #VE on CPUID or not
 * @TDXM_TDG_MEM_PAGE_ACCEPT: TDG.MEM.PAGE.ACCEPT: accept a pending private page
 * @TDXM_TDG_VM_RD: TDG.VM.RD: read a TD-scope metadata field
 * @TDXM_TDG_VM_WR: TDG.VM.WR: write a TD-scope metadata field
 * @TDXM_TDG_VP_RD: TDG.VP.RD: read a VCPU-scope metadata field
 * @TDXM_TDG_VP_WR: TDG.VP.WR: write a VCPU-scope metadata field
 * @TDXM_TDG_MEM_PAGE_ATTR_RD: TDG.MEM.PAGE.ATTR.RD: a page's attributes
 * @TDXM_TDG_MEM_PAGE_ATTR_WR: TDG.MEM.PAGE.ATTR.WR: set a page's attributes
 * @TDXM_TDG_VP_ENTER: TDG.VP.ENTER: enter an L2 VM
 *
 * Intel TDX Module ABI Specification "TDCALL Leaf Functions" (TDX module ABI:
 * Guest-Side Interface Functions).
 */
enum tdxm_tdcall_leaf {
	TDXM_TDG_VP_VMCALL = 0,
	TDXM_TDG_VP_INFO = 1,
	TDXM_TDG_MR_RTMR_EXTEND = 2,
	TDXM_TDG_VP_VEINFO_GET = 3,
	TDXM_TDG_MR_REPORT = 4,
	TDXM_TDG_VP_CPUIDVE_SET = 5,
	TDXM_TDG_MEM_PAGE_ACCEPT = 6,
	TDXM_TDG_VM_RD = 7,
	TDXM_TDG_VM_WR = 8,
	TDXM_TDG_VP_RD = 9,
	TDXM_TDG_VP_WR = 10,
	TDXM_TDG_MEM_PAGE_ATTR_RD = 23,
	TDXM_TDG_MEM_PAGE_ATTR_WR = 24,
	TDXM_TDG_VP_ENTER = 25,
};

/**
 * enum tdxm_seamcall_leaf - SEAMCALL leaf functions (host VMM to TDX module)
 * @TDXM_TDH_VP_ENTER: TDH.VP.ENTER: enter a TD VCPU
 * @TDXM_TDH_MNG_ADDCX: TDH.MNG.ADDCX: add a TDCS page
 * @TDXM_TDH_MEM_PAGE_ADD: TDH.MEM.PAGE.ADD: add and measure an initial private page
 * @TDXM_TDH_MEM_SEPT_ADD: TDH.MEM.SEPT.ADD: add a Secure EPT page
 * @TDXM_TDH_VP_ADDCX: TDH.VP.ADDCX: add a TDCX page to a VCPU
 * @TDXM_TDH_MEM_PAGE_AUG: TDH.MEM.PAGE.AUG: add a pending private page to a running TD
 * @TDXM_TDH_MEM_RANGE_BLOCK: TDH.MEM.RANGE.BLOCK: block a GPA range
 * @TDXM_TDH_MNG_KEY_CONFIG: TDH.MNG.KEY.CONFIG: program the TD's key on the package
 * @TDXM_TDH_MNG_CREATE: TDH.MNG.CREATE: create a TD (its TDR page)
 * @TDXM_TDH_VP_CREATE: TDH.VP.CREATE: create a VCPU (its TDVPR page)
 * @TDXM_TDH_MNG_RD: TDH.MNG.RD: read a TD-scope metadata field
 * @TDXM_TDH_MR_EXTEND: TDH.MR.EXTEND: extend MRTD with a 256-byte chunk
 * @TDXM_TDH_MR_FINALIZE: TDH.MR.FINALIZE: finalize the TD's measurement
 * @TDXM_TDH_VP_FLUSH: TDH.VP.FLUSH: flush a VCPU's cached state
 * @TDXM_TDH_MNG_VPFLUSHDONE: TDH.MNG.VPFLUSHDONE: all VCPUs are flushed
 * @TDXM_TDH_MNG_KEY_FREEID: TDH.MNG.KEY.FREEID: free the TD's HKID
 * @TDXM_TDH_MNG_INIT: TDH.MNG.INIT: initialize the TD from TD_PARAMS
 * @TDXM_TDH_VP_INIT: TDH.VP.INIT: initialize a VCPU
 * @TDXM_TDH_PHYMEM_PAGE_RDMD: TDH.PHYMEM.PAGE.RDMD: a page's PAMT metadata
 * @TDXM_TDH_VP_RD: TDH.VP.RD: read a VCPU-scope metadata field
 * @TDXM_TDH_PHYMEM_PAGE_RECLAIM: TDH.PHYMEM.PAGE.RECLAIM: reclaim a page from a torn-down TD
 * @TDXM_TDH_MEM_PAGE_REMOVE: TDH.MEM.PAGE.REMOVE: remove a private page
 * @TDXM_TDH_SYS_KEY_CONFIG: TDH.SYS.KEY.CONFIG: program the global key on the package
 * @TDXM_TDH_SYS_INIT: TDH.SYS.INIT: global initialization of the module
 * @TDXM_TDH_SYS_RD: TDH.SYS.RD: read a global metadata field
 * @TDXM_TDH_SYS_LP_INIT: TDH.SYS.LP.INIT: initialize the module on this logical processor
 * @TDXM_TDH_SYS_TDMR_INIT: TDH.SYS.TDMR.INIT: initialize a chunk of a TDMR's PAMT
 * @TDXM_TDH_MEM_TRACK: TDH.MEM.TRACK: advance the TD's TLB epoch
 * @TDXM_TDH_PHYMEM_CACHE_WB: TDH.PHYMEM.CACHE.WB: write back the package's caches
 * @TDXM_TDH_PHYMEM_PAGE_WBINVD: TDH.PHYMEM.PAGE.WBINVD: write back and invalidate one page's cache lines
 * @TDXM_TDH_VP_WR: TDH.VP.WR: write a VCPU-scope metadata field
 * @TDXM_TDH_SYS_CONFIG: TDH.SYS.CONFIG: the TDMRs and the global KeyID
 *
 * Intel TDX Module ABI Specification "SEAMCALL Leaf Functions" (TDX module
 * ABI: Host-Side (SEAMCALL) Interface Functions).
 */
enum tdxm_seamcall_leaf {
	TDXM_TDH_VP_ENTER = 0,
	TDXM_TDH_MNG_ADDCX = 1,
	TDXM_TDH_MEM_PAGE_ADD = 2,
	TDXM_TDH_MEM_SEPT_ADD = 3,
	TDXM_TDH_VP_ADDCX = 4,
	TDXM_TDH_MEM_PAGE_AUG = 6,
	TDXM_TDH_MEM_RANGE_BLOCK = 7,
	TDXM_TDH_MNG_KEY_CONFIG = 8,
	TDXM_TDH_MNG_CREATE = 9,
	TDXM_TDH_VP_CREATE = 10,
	TDXM_TDH_MNG_RD = 11,
	TDXM_TDH_MR_EXTEND = 16,
	TDXM_TDH_MR_FINALIZE = 17,
	TDXM_TDH_VP_FLUSH = 18,
	TDXM_TDH_MNG_VPFLUSHDONE = 19,
	TDXM_TDH_MNG_KEY_FREEID = 20,
	TDXM_TDH_MNG_INIT = 21,
	TDXM_TDH_VP_INIT = 22,
	TDXM_TDH_PHYMEM_PAGE_RDMD = 24,
	TDXM_TDH_VP_RD = 26,
	TDXM_TDH_PHYMEM_PAGE_RECLAIM = 28,
	TDXM_TDH_MEM_PAGE_REMOVE = 29,
	TDXM_TDH_SYS_KEY_CONFIG = 31,
	TDXM_TDH_SYS_INIT = 33,
	TDXM_TDH_SYS_RD = 34,
	TDXM_TDH_SYS_LP_INIT = 35,
	TDXM_TDH_SYS_TDMR_INIT = 36,
	TDXM_TDH_MEM_TRACK = 38,
	TDXM_TDH_PHYMEM_CACHE_WB = 40,
	TDXM_TDH_PHYMEM_PAGE_WBINVD = 41,
	TDXM_TDH_VP_WR = 43,
	TDXM_TDH_SYS_CONFIG = 45,
};

#ifdef __x86_64__
/**
 * tdxm_tdh_mng_create() - create a TD, its TDR page and HKID (TDH.MNG.CREATE)
 * @tdr: RCX: the physical address of the page to become the TDR
 * @hkid: RDX: the TD's private HKID (bits 15:0, the rest 0)
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.MNG.CREATE Leaf (SEAMCALL leaf 9).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000; the instruction
 * faulted (#UD outside VMX root operation, #GP at CPL > 0); TDX_ERROR with
 * class SOFTWARE (47:40 = 0xFF, which the module never uses), Linux's
 * TDX_SW_ERROR; Linux's tdxcall.S adds the trap number in bits 31:0
 * (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup that only resumes
 * cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_mng_create(vmx_u64 tdr, vmx_u64 hkid)
{
	vmx_u64 status = (vmx_u64)0x9;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	/*
	 * "memory": the module zeroes and fills the TDR page.
	 */
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [tdr] "c" (tdr),
		  [hkid] "d" (hkid)
		: "cc", "memory");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	/*
	 * "memory": the module zeroes and fills the TDR page.
	 */
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [tdr] "c" (tdr),
		  [hkid] "d" (hkid)
		: "cc", "memory");
#endif
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_mem_page_add() - add and measure an initial private page of a TD (TDH.MEM.PAGE.ADD)
 * @gpa: RCX: in, the page's GPA and level 0 (layout page_info); out, extended error information 1
 * @tdr: RDX: in, the TDR page's physical address; out, extended error information 2
 * @page: R8: the physical address of the page to add
 * @source: R9: the physical address of the (shared) page to copy into it
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.MEM.PAGE.ADD Leaf (SEAMCALL leaf 2).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000, and nothing is
 * stored; the instruction faulted (#UD outside VMX root operation, #GP at
 * CPL > 0); TDX_ERROR with class SOFTWARE (47:40 = 0xFF, which the module
 * never uses), Linux's TDX_SW_ERROR; Linux's tdxcall.S adds the trap
 * number in bits 31:0 (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup
 * that only resumes cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_mem_page_add(vmx_u64 *gpa, vmx_u64 *tdr, vmx_u64 page, vmx_u64 source)
{
	register vmx_u64 page_r8 __asm__("r8") = page;
	register vmx_u64 source_r9 __asm__("r9") = source;
	vmx_u64 status = (vmx_u64)0x2;
	vmx_u64 gpa_out = *gpa;
	vmx_u64 tdr_out = *tdr;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	/*
	 * "memory": the module copies the source page into the new one.
	 */
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [gpa] "+c" (gpa_out),
		  [tdr] "+d" (tdr_out),
		  [carry] "=@ccc" (carry)
		: [page] "r" (page_r8),
		  [source] "r" (source_r9)
		: "cc", "memory");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	/*
	 * "memory": the module copies the source page into the new one.
	 */
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [gpa] "+c" (gpa_out),
		  [tdr] "+d" (tdr_out),
		  [carry] "=@ccc" (carry)
		: [page] "r" (page_r8),
		  [source] "r" (source_r9)
		: "cc", "memory");
#endif
	*gpa = gpa_out;
	*tdr = tdr_out;
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_sys_init() - initialize the TDX module globally (TDH.SYS.INIT)
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.SYS.INIT Leaf (SEAMCALL leaf 33).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000; the instruction
 * faulted (#UD outside VMX root operation, #GP at CPL > 0); TDX_ERROR with
 * class SOFTWARE (47:40 = 0xFF, which the module never uses), Linux's
 * TDX_SW_ERROR; Linux's tdxcall.S adds the trap number in bits 31:0
 * (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup that only resumes
 * cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_sys_init(void)
{
	vmx_u64 status = (vmx_u64)0x21;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [attributes] "c" ((vmx_u64)0x0)
		: "cc", "edx", "r8", "r9", "r10");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [attributes] "c" ((vmx_u64)0x0)
		: "cc", "edx", "r8", "r9", "r10");
#endif
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_sys_lp_init() - initialize the TDX module on this logical processor (TDH.SYS.LP.INIT)
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.SYS.LP.INIT Leaf (SEAMCALL leaf 35).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000; the instruction
 * faulted (#UD outside VMX root operation, #GP at CPL > 0); TDX_ERROR with
 * class SOFTWARE (47:40 = 0xFF, which the module never uses), Linux's
 * TDX_SW_ERROR; Linux's tdxcall.S adds the trap number in bits 31:0
 * (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup that only resumes
 * cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_sys_lp_init(void)
{
	vmx_u64 status = (vmx_u64)0x23;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		:
		: "cc", "ecx", "edx", "r8");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		:
		: "cc", "ecx", "edx", "r8");
#endif
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_sys_rd() - read a global metadata field of the TDX module (TDH.SYS.RD)
 * @field: RDX: in, the field identifier; out, the next field's identifier
 * @value: R8: the field's value (0 on failure)
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.SYS.RD Leaf (SEAMCALL leaf 34).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000, and nothing is
 * stored; the instruction faulted (#UD outside VMX root operation, #GP at
 * CPL > 0); TDX_ERROR with class SOFTWARE (47:40 = 0xFF, which the module
 * never uses), Linux's TDX_SW_ERROR; Linux's tdxcall.S adds the trap
 * number in bits 31:0 (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup
 * that only resumes cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_sys_rd(vmx_u64 *field, vmx_u64 *value)
{
	register vmx_u64 value_r8 __asm__("r8");
	vmx_u64 status = (vmx_u64)0x22;
	vmx_u64 field_out = *field;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [field] "+d" (field_out),
		  [value] "=r" (value_r8),
		  [carry] "=@ccc" (carry)
		:
		: "cc");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [field] "+d" (field_out),
		  [value] "=r" (value_r8),
		  [carry] "=@ccc" (carry)
		:
		: "cc");
#endif
	*field = field_out;
	*value = value_r8;
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_vp_rd() - read a VCPU-scope metadata field (TDH.VP.RD)
 * @vcpu: RCX: the TDVPR page's physical address
 * @field: RDX: the field identifier
 * @value: R8: the field's value (0 on failure)
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.VP.RD Leaf (SEAMCALL leaf 26).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000, and nothing is
 * stored; the instruction faulted (#UD outside VMX root operation, #GP at
 * CPL > 0); TDX_ERROR with class SOFTWARE (47:40 = 0xFF, which the module
 * never uses), Linux's TDX_SW_ERROR; Linux's tdxcall.S adds the trap
 * number in bits 31:0 (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup
 * that only resumes cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_vp_rd(vmx_u64 vcpu, vmx_u64 field, vmx_u64 *value)
{
	register vmx_u64 value_r8 __asm__("r8");
	vmx_u64 status = (vmx_u64)0x1a;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [value] "=r" (value_r8),
		  [carry] "=@ccc" (carry)
		: [vcpu] "c" (vcpu),
		  [field] "d" (field)
		: "cc");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [value] "=r" (value_r8),
		  [carry] "=@ccc" (carry)
		: [vcpu] "c" (vcpu),
		  [field] "d" (field)
		: "cc");
#endif
	*value = value_r8;
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_vp_wr() - write a VCPU-scope metadata field (TDH.VP.WR)
 * @vcpu: RCX: the TDVPR page's physical address
 * @field: RDX: the field identifier
 * @value: R8: in, the value to write; out, the field's previous value (0 on failure)
 * @mask: R9: the bits of the field to write
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.VP.WR Leaf (SEAMCALL leaf 43).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000, and nothing is
 * stored; the instruction faulted (#UD outside VMX root operation, #GP at
 * CPL > 0); TDX_ERROR with class SOFTWARE (47:40 = 0xFF, which the module
 * never uses), Linux's TDX_SW_ERROR; Linux's tdxcall.S adds the trap
 * number in bits 31:0 (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup
 * that only resumes cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_vp_wr(vmx_u64 vcpu, vmx_u64 field, vmx_u64 *value, vmx_u64 mask)
{
	register vmx_u64 value_r8 __asm__("r8") = *value;
	register vmx_u64 mask_r9 __asm__("r9") = mask;
	vmx_u64 status = (vmx_u64)0x2b;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [value] "+r" (value_r8),
		  [carry] "=@ccc" (carry)
		: [vcpu] "c" (vcpu),
		  [field] "d" (field),
		  [mask] "r" (mask_r9)
		: "cc");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [value] "+r" (value_r8),
		  [carry] "=@ccc" (carry)
		: [vcpu] "c" (vcpu),
		  [field] "d" (field),
		  [mask] "r" (mask_r9)
		: "cc");
#endif
	*value = value_r8;
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_mng_addcx() - add a TDCS page to a TD (TDH.MNG.ADDCX)
 * @tdcs: RCX: the physical address of the page to become a TDCS page
 * @tdr: RDX: the TDR page's physical address
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.MNG.ADDCX Leaf (SEAMCALL leaf 1).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000; the instruction
 * faulted (#UD outside VMX root operation, #GP at CPL > 0); TDX_ERROR with
 * class SOFTWARE (47:40 = 0xFF, which the module never uses), Linux's
 * TDX_SW_ERROR; Linux's tdxcall.S adds the trap number in bits 31:0
 * (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup that only resumes
 * cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_mng_addcx(vmx_u64 tdcs, vmx_u64 tdr)
{
	vmx_u64 status = (vmx_u64)0x1;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	/*
	 * "memory": the module takes over and initializes the page: the
	 * caller's stores to it come first.
	 */
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [tdcs] "c" (tdcs),
		  [tdr] "d" (tdr)
		: "cc", "memory");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	/*
	 * "memory": the module takes over and initializes the page: the
	 * caller's stores to it come first.
	 */
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [tdcs] "c" (tdcs),
		  [tdr] "d" (tdr)
		: "cc", "memory");
#endif
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_vp_addcx() - add a TDCX page to a TD VCPU (TDH.VP.ADDCX)
 * @tdcx: RCX: the physical address of the page to become a TDCX page
 * @tdvpr: RDX: the VCPU's TDVPR page's physical address
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.VP.ADDCX Leaf (SEAMCALL leaf 4).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000; the instruction
 * faulted (#UD outside VMX root operation, #GP at CPL > 0); TDX_ERROR with
 * class SOFTWARE (47:40 = 0xFF, which the module never uses), Linux's
 * TDX_SW_ERROR; Linux's tdxcall.S adds the trap number in bits 31:0
 * (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup that only resumes
 * cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_vp_addcx(vmx_u64 tdcx, vmx_u64 tdvpr)
{
	vmx_u64 status = (vmx_u64)0x4;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	/*
	 * "memory": the module takes over and initializes the page: the
	 * caller's stores to it come first.
	 */
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [tdcx] "c" (tdcx),
		  [tdvpr] "d" (tdvpr)
		: "cc", "memory");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	/*
	 * "memory": the module takes over and initializes the page: the
	 * caller's stores to it come first.
	 */
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [tdcx] "c" (tdcx),
		  [tdvpr] "d" (tdvpr)
		: "cc", "memory");
#endif
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_mng_key_config() - program the TD's ephemeral key on this package (TDH.MNG.KEY.CONFIG)
 * @tdr: RCX: the TDR page's physical address
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.MNG.KEY.CONFIG Leaf (SEAMCALL leaf 8).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000; the instruction
 * faulted (#UD outside VMX root operation, #GP at CPL > 0); TDX_ERROR with
 * class SOFTWARE (47:40 = 0xFF, which the module never uses), Linux's
 * TDX_SW_ERROR; Linux's tdxcall.S adds the trap number in bits 31:0
 * (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup that only resumes
 * cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_mng_key_config(vmx_u64 tdr)
{
	vmx_u64 status = (vmx_u64)0x8;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [tdr] "c" (tdr)
		: "cc");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [tdr] "c" (tdr)
		: "cc");
#endif
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_vp_create() - create a TD VCPU, its TDVPR page (TDH.VP.CREATE)
 * @tdvpr: RCX: the physical address of the page to become the TDVPR
 * @tdr: RDX: the TDR page's physical address
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.VP.CREATE Leaf (SEAMCALL leaf 10).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000; the instruction
 * faulted (#UD outside VMX root operation, #GP at CPL > 0); TDX_ERROR with
 * class SOFTWARE (47:40 = 0xFF, which the module never uses), Linux's
 * TDX_SW_ERROR; Linux's tdxcall.S adds the trap number in bits 31:0
 * (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup that only resumes
 * cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_vp_create(vmx_u64 tdvpr, vmx_u64 tdr)
{
	vmx_u64 status = (vmx_u64)0xa;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	/*
	 * "memory": the module takes over and initializes the page: the
	 * caller's stores to it come first.
	 */
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [tdvpr] "c" (tdvpr),
		  [tdr] "d" (tdr)
		: "cc", "memory");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	/*
	 * "memory": the module takes over and initializes the page: the
	 * caller's stores to it come first.
	 */
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [tdvpr] "c" (tdvpr),
		  [tdr] "d" (tdr)
		: "cc", "memory");
#endif
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_mr_finalize() - finalize the TD's build-time measurement (MRTD) (TDH.MR.FINALIZE)
 * @tdr: RCX: the TDR page's physical address
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.MR.FINALIZE Leaf (SEAMCALL leaf 17).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000; the instruction
 * faulted (#UD outside VMX root operation, #GP at CPL > 0); TDX_ERROR with
 * class SOFTWARE (47:40 = 0xFF, which the module never uses), Linux's
 * TDX_SW_ERROR; Linux's tdxcall.S adds the trap number in bits 31:0
 * (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup that only resumes
 * cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_mr_finalize(vmx_u64 tdr)
{
	vmx_u64 status = (vmx_u64)0x11;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [tdr] "c" (tdr)
		: "cc");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [tdr] "c" (tdr)
		: "cc");
#endif
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_vp_flush() - flush a TD VCPU's state cached on this logical processor (TDH.VP.FLUSH)
 * @tdvpr: RCX: the VCPU's TDVPR page's physical address
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.VP.FLUSH Leaf (SEAMCALL leaf 18).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000; the instruction
 * faulted (#UD outside VMX root operation, #GP at CPL > 0); TDX_ERROR with
 * class SOFTWARE (47:40 = 0xFF, which the module never uses), Linux's
 * TDX_SW_ERROR; Linux's tdxcall.S adds the trap number in bits 31:0
 * (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup that only resumes
 * cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_vp_flush(vmx_u64 tdvpr)
{
	vmx_u64 status = (vmx_u64)0x12;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [tdvpr] "c" (tdvpr)
		: "cc");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [tdvpr] "c" (tdvpr)
		: "cc");
#endif
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_mng_vpflushdone() - check that all of a TD's VCPUs are flushed (TDH.MNG.VPFLUSHDONE)
 * @tdr: RCX: the TDR page's physical address
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.MNG.VPFLUSHDONE Leaf (SEAMCALL leaf 19).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000; the instruction
 * faulted (#UD outside VMX root operation, #GP at CPL > 0); TDX_ERROR with
 * class SOFTWARE (47:40 = 0xFF, which the module never uses), Linux's
 * TDX_SW_ERROR; Linux's tdxcall.S adds the trap number in bits 31:0
 * (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup that only resumes
 * cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_mng_vpflushdone(vmx_u64 tdr)
{
	vmx_u64 status = (vmx_u64)0x13;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [tdr] "c" (tdr)
		: "cc");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [tdr] "c" (tdr)
		: "cc");
#endif
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_mng_key_freeid() - release the TD's HKID (TDH.MNG.KEY.FREEID)
 * @tdr: RCX: the TDR page's physical address
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.MNG.KEY.FREEID Leaf (SEAMCALL leaf 20).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000; the instruction
 * faulted (#UD outside VMX root operation, #GP at CPL > 0); TDX_ERROR with
 * class SOFTWARE (47:40 = 0xFF, which the module never uses), Linux's
 * TDX_SW_ERROR; Linux's tdxcall.S adds the trap number in bits 31:0
 * (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup that only resumes
 * cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_mng_key_freeid(vmx_u64 tdr)
{
	vmx_u64 status = (vmx_u64)0x14;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [tdr] "c" (tdr)
		: "cc");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [tdr] "c" (tdr)
		: "cc");
#endif
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_mem_track() - advance the TD's TLB epoch (TDH.MEM.TRACK)
 * @tdr: RCX: the TDR page's physical address
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.MEM.TRACK Leaf (SEAMCALL leaf 38).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000; the instruction
 * faulted (#UD outside VMX root operation, #GP at CPL > 0); TDX_ERROR with
 * class SOFTWARE (47:40 = 0xFF, which the module never uses), Linux's
 * TDX_SW_ERROR; Linux's tdxcall.S adds the trap number in bits 31:0
 * (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup that only resumes
 * cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_mem_track(vmx_u64 tdr)
{
	vmx_u64 status = (vmx_u64)0x26;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [tdr] "c" (tdr)
		: "cc");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [tdr] "c" (tdr)
		: "cc");
#endif
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_phymem_page_wbinvd() - write back and invalidate the cache lines of one page (TDH.PHYMEM.PAGE.WBINVD)
 * @page: RCX: the page's physical address with its HKID in the upper address bits
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.PHYMEM.PAGE.WBINVD Leaf (SEAMCALL leaf 41).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000; the instruction
 * faulted (#UD outside VMX root operation, #GP at CPL > 0); TDX_ERROR with
 * class SOFTWARE (47:40 = 0xFF, which the module never uses), Linux's
 * TDX_SW_ERROR; Linux's tdxcall.S adds the trap number in bits 31:0
 * (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup that only resumes
 * cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_phymem_page_wbinvd(vmx_u64 page)
{
	vmx_u64 status = (vmx_u64)0x29;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	/*
	 * "memory": the page's cache lines go back to memory the caller
	 * reuses.
	 */
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [page] "c" (page)
		: "cc", "memory");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	/*
	 * "memory": the page's cache lines go back to memory the caller
	 * reuses.
	 */
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [page] "c" (page)
		: "cc", "memory");
#endif
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_mem_page_aug() - add a pending private page to a running TD (TDH.MEM.PAGE.AUG)
 * @gpa: RCX: in, the page's GPA and level 0 (layout page_info); out, extended error information 1
 * @tdr: RDX: in, the TDR page's physical address; out, extended error information 2
 * @page: R8: the physical address of the page to add
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.MEM.PAGE.AUG Leaf (SEAMCALL leaf 6).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000, and nothing is
 * stored; the instruction faulted (#UD outside VMX root operation, #GP at
 * CPL > 0); TDX_ERROR with class SOFTWARE (47:40 = 0xFF, which the module
 * never uses), Linux's TDX_SW_ERROR; Linux's tdxcall.S adds the trap
 * number in bits 31:0 (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup
 * that only resumes cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_mem_page_aug(vmx_u64 *gpa, vmx_u64 *tdr, vmx_u64 page)
{
	register vmx_u64 page_r8 __asm__("r8") = page;
	vmx_u64 status = (vmx_u64)0x6;
	vmx_u64 gpa_out = *gpa;
	vmx_u64 tdr_out = *tdr;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	/*
	 * "memory": the module takes over the page: the caller's stores to
	 * it come first.
	 */
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [gpa] "+c" (gpa_out),
		  [tdr] "+d" (tdr_out),
		  [carry] "=@ccc" (carry)
		: [page] "r" (page_r8)
		: "cc", "memory");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	/*
	 * "memory": the module takes over the page: the caller's stores to
	 * it come first.
	 */
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [gpa] "+c" (gpa_out),
		  [tdr] "+d" (tdr_out),
		  [carry] "=@ccc" (carry)
		: [page] "r" (page_r8)
		: "cc", "memory");
#endif
	*gpa = gpa_out;
	*tdr = tdr_out;
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_mem_range_block() - block a GPA range of a TD in its Secure EPT (TDH.MEM.RANGE.BLOCK)
 * @gpa: RCX: in, the range's GPA and level (layout page_info); out, extended error information 1
 * @tdr: RDX: in, the TDR page's physical address; out, extended error information 2
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.MEM.RANGE.BLOCK Leaf (SEAMCALL leaf 7).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000, and nothing is
 * stored; the instruction faulted (#UD outside VMX root operation, #GP at
 * CPL > 0); TDX_ERROR with class SOFTWARE (47:40 = 0xFF, which the module
 * never uses), Linux's TDX_SW_ERROR; Linux's tdxcall.S adds the trap
 * number in bits 31:0 (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup
 * that only resumes cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_mem_range_block(vmx_u64 *gpa, vmx_u64 *tdr)
{
	vmx_u64 status = (vmx_u64)0x7;
	vmx_u64 gpa_out = *gpa;
	vmx_u64 tdr_out = *tdr;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [gpa] "+c" (gpa_out),
		  [tdr] "+d" (tdr_out),
		  [carry] "=@ccc" (carry)
		:
		: "cc");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [gpa] "+c" (gpa_out),
		  [tdr] "+d" (tdr_out),
		  [carry] "=@ccc" (carry)
		:
		: "cc");
#endif
	*gpa = gpa_out;
	*tdr = tdr_out;
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_mr_extend() - extend the TD's MRTD with a 256-byte chunk of a private page (TDH.MR.EXTEND)
 * @gpa: RCX: in, the chunk's GPA (256-byte aligned); out, extended error information 1
 * @tdr: RDX: in, the TDR page's physical address; out, extended error information 2
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.MR.EXTEND Leaf (SEAMCALL leaf 16).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000, and nothing is
 * stored; the instruction faulted (#UD outside VMX root operation, #GP at
 * CPL > 0); TDX_ERROR with class SOFTWARE (47:40 = 0xFF, which the module
 * never uses), Linux's TDX_SW_ERROR; Linux's tdxcall.S adds the trap
 * number in bits 31:0 (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup
 * that only resumes cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_mr_extend(vmx_u64 *gpa, vmx_u64 *tdr)
{
	vmx_u64 status = (vmx_u64)0x10;
	vmx_u64 gpa_out = *gpa;
	vmx_u64 tdr_out = *tdr;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [gpa] "+c" (gpa_out),
		  [tdr] "+d" (tdr_out),
		  [carry] "=@ccc" (carry)
		:
		: "cc");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [gpa] "+c" (gpa_out),
		  [tdr] "+d" (tdr_out),
		  [carry] "=@ccc" (carry)
		:
		: "cc");
#endif
	*gpa = gpa_out;
	*tdr = tdr_out;
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_mem_page_remove() - remove a private page from a TD (TDH.MEM.PAGE.REMOVE)
 * @gpa: RCX: in, the page's GPA and level (layout page_info); out, extended error information 1
 * @tdr: RDX: in, the TDR page's physical address; out, extended error information 2
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.MEM.PAGE.REMOVE Leaf (SEAMCALL leaf 29).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000, and nothing is
 * stored; the instruction faulted (#UD outside VMX root operation, #GP at
 * CPL > 0); TDX_ERROR with class SOFTWARE (47:40 = 0xFF, which the module
 * never uses), Linux's TDX_SW_ERROR; Linux's tdxcall.S adds the trap
 * number in bits 31:0 (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup
 * that only resumes cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_mem_page_remove(vmx_u64 *gpa, vmx_u64 *tdr)
{
	vmx_u64 status = (vmx_u64)0x1d;
	vmx_u64 gpa_out = *gpa;
	vmx_u64 tdr_out = *tdr;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [gpa] "+c" (gpa_out),
		  [tdr] "+d" (tdr_out),
		  [carry] "=@ccc" (carry)
		:
		: "cc");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [gpa] "+c" (gpa_out),
		  [tdr] "+d" (tdr_out),
		  [carry] "=@ccc" (carry)
		:
		: "cc");
#endif
	*gpa = gpa_out;
	*tdr = tdr_out;
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_mem_sept_add() - add a Secure EPT page to a TD (TDH.MEM.SEPT.ADD)
 * @gpa: RCX: in, the GPA and level the new Secure EPT page maps (layout page_info, level 1 and up); out, extended error information 1
 * @tdr: RDX: in, the TDR page's physical address; out, extended error information 2
 * @page: R8: the physical address of the page to become the Secure EPT page
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.MEM.SEPT.ADD Leaf (SEAMCALL leaf 3).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000, and nothing is
 * stored; the instruction faulted (#UD outside VMX root operation, #GP at
 * CPL > 0); TDX_ERROR with class SOFTWARE (47:40 = 0xFF, which the module
 * never uses), Linux's TDX_SW_ERROR; Linux's tdxcall.S adds the trap
 * number in bits 31:0 (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup
 * that only resumes cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_mem_sept_add(vmx_u64 *gpa, vmx_u64 *tdr, vmx_u64 page)
{
	register vmx_u64 page_r8 __asm__("r8") = page;
	vmx_u64 status = (vmx_u64)0x3;
	vmx_u64 gpa_out = *gpa;
	vmx_u64 tdr_out = *tdr;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	/*
	 * "memory": the module takes over the page: the caller's stores to
	 * it come first.
	 */
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [gpa] "+c" (gpa_out),
		  [tdr] "+d" (tdr_out),
		  [carry] "=@ccc" (carry)
		: [page] "r" (page_r8)
		: "cc", "memory");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	/*
	 * "memory": the module takes over the page: the caller's stores to
	 * it come first.
	 */
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [gpa] "+c" (gpa_out),
		  [tdr] "+d" (tdr_out),
		  [carry] "=@ccc" (carry)
		: [page] "r" (page_r8)
		: "cc", "memory");
#endif
	*gpa = gpa_out;
	*tdr = tdr_out;
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_mng_rd() - read a TD-scope metadata field (TDH.MNG.RD)
 * @tdr: RCX: the TDR page's physical address
 * @field: RDX: the field identifier
 * @value: R8: the field's value (0 on failure)
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.MNG.RD Leaf (SEAMCALL leaf 11).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000, and nothing is
 * stored; the instruction faulted (#UD outside VMX root operation, #GP at
 * CPL > 0); TDX_ERROR with class SOFTWARE (47:40 = 0xFF, which the module
 * never uses), Linux's TDX_SW_ERROR; Linux's tdxcall.S adds the trap
 * number in bits 31:0 (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup
 * that only resumes cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_mng_rd(vmx_u64 tdr, vmx_u64 field, vmx_u64 *value)
{
	register vmx_u64 value_r8 __asm__("r8");
	vmx_u64 status = (vmx_u64)0xb;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [value] "=r" (value_r8),
		  [carry] "=@ccc" (carry)
		: [tdr] "c" (tdr),
		  [field] "d" (field)
		: "cc");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [value] "=r" (value_r8),
		  [carry] "=@ccc" (carry)
		: [tdr] "c" (tdr),
		  [field] "d" (field)
		: "cc");
#endif
	*value = value_r8;
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_mng_init() - initialize a TD from its TD_PARAMS (TDH.MNG.INIT)
 * @tdr: RCX: in, the TDR page's physical address; out, 0, or the CPUID leaf (bits 31:0) and subleaf (bits 63:32) TD_PARAMS configures wrongly
 * @td_params: RDX: the physical address of the TD_PARAMS structure (1024 bytes, 1024-byte aligned)
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.MNG.INIT Leaf (SEAMCALL leaf 21).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000, and nothing is
 * stored; the instruction faulted (#UD outside VMX root operation, #GP at
 * CPL > 0); TDX_ERROR with class SOFTWARE (47:40 = 0xFF, which the module
 * never uses), Linux's TDX_SW_ERROR; Linux's tdxcall.S adds the trap
 * number in bits 31:0 (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup
 * that only resumes cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_mng_init(vmx_u64 *tdr, vmx_u64 td_params)
{
	vmx_u64 status = (vmx_u64)0x15;
	vmx_u64 tdr_out = *tdr;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	/*
	 * "memory": the module reads TD_PARAMS from the caller's memory:
	 * the caller's stores to it come first.
	 */
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [tdr] "+c" (tdr_out),
		  [carry] "=@ccc" (carry)
		: [td_params] "d" (td_params)
		: "cc", "memory");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	/*
	 * "memory": the module reads TD_PARAMS from the caller's memory:
	 * the caller's stores to it come first.
	 */
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [tdr] "+c" (tdr_out),
		  [carry] "=@ccc" (carry)
		: [td_params] "d" (td_params)
		: "cc", "memory");
#endif
	*tdr = tdr_out;
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_vp_init() - initialize a TD VCPU and set its x2APIC ID (TDH.VP.INIT version 1)
 * @tdvpr: RCX: the VCPU's TDVPR page's physical address
 * @initial_rcx: RDX: the VCPU's RCX when it first runs
 * @x2apic_id: R8: the VCPU's x2APIC ID (bits 31:0, the rest 0), unique in the TD
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.VP.INIT Leaf (SEAMCALL leaf 22).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000; the instruction
 * faulted (#UD outside VMX root operation, #GP at CPL > 0); TDX_ERROR with
 * class SOFTWARE (47:40 = 0xFF, which the module never uses), Linux's
 * TDX_SW_ERROR; Linux's tdxcall.S adds the trap number in bits 31:0
 * (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup that only resumes
 * cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_vp_init(vmx_u64 tdvpr, vmx_u64 initial_rcx, vmx_u64 x2apic_id)
{
	register vmx_u64 x2apic_id_r8 __asm__("r8") = x2apic_id;
	vmx_u64 status = (vmx_u64)0x10016;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [tdvpr] "c" (tdvpr),
		  [initial_rcx] "d" (initial_rcx),
		  [x2apic_id] "r" (x2apic_id_r8)
		: "cc");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [tdvpr] "c" (tdvpr),
		  [initial_rcx] "d" (initial_rcx),
		  [x2apic_id] "r" (x2apic_id_r8)
		: "cc");
#endif
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_phymem_page_rdmd() - read the PAMT metadata of a physical page (TDH.PHYMEM.PAGE.RDMD)
 * @page: RCX: in, the page's physical address; out, its page type (PT_NDA 0, PT_RSVD 1, ...), 0 on failure
 * @owner: RDX: the physical address of the owning TD's TDR page
 * @size: R8: the size the page is mapped at (0: 4 KB, 1: 2 MB, 2: 1 GB)
 * @bepoch: R9: the blocking epoch of a regular or Secure EPT page, else 0
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.PHYMEM.PAGE.RDMD Leaf (SEAMCALL leaf 24).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000, and nothing is
 * stored; the instruction faulted (#UD outside VMX root operation, #GP at
 * CPL > 0); TDX_ERROR with class SOFTWARE (47:40 = 0xFF, which the module
 * never uses), Linux's TDX_SW_ERROR; Linux's tdxcall.S adds the trap
 * number in bits 31:0 (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup
 * that only resumes cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_phymem_page_rdmd(vmx_u64 *page, vmx_u64 *owner, vmx_u64 *size, vmx_u64 *bepoch)
{
	register vmx_u64 size_r8 __asm__("r8");
	register vmx_u64 bepoch_r9 __asm__("r9");
	vmx_u64 status = (vmx_u64)0x18;
	vmx_u64 page_out = *page;
	vmx_u64 owner_out;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [page] "+c" (page_out),
		  [owner] "=d" (owner_out),
		  [size] "=r" (size_r8),
		  [bepoch] "=r" (bepoch_r9),
		  [carry] "=@ccc" (carry)
		:
		: "cc", "r10", "r11");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [page] "+c" (page_out),
		  [owner] "=d" (owner_out),
		  [size] "=r" (size_r8),
		  [bepoch] "=r" (bepoch_r9),
		  [carry] "=@ccc" (carry)
		:
		: "cc", "r10", "r11");
#endif
	*page = page_out;
	*owner = owner_out;
	*size = size_r8;
	*bepoch = bepoch_r9;
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_phymem_page_reclaim() - reclaim a page from a torn-down TD (TDH.PHYMEM.PAGE.RECLAIM)
 * @page: RCX: in, the page's physical address; out, the page type it had
 * @owner: RDX: the physical address of the TDR page of the TD that owned it
 * @size: R8: the size it was mapped at (0: 4 KB, 1: 2 MB, 2: 1 GB)
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.PHYMEM.PAGE.RECLAIM Leaf (SEAMCALL leaf 28).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000, and nothing is
 * stored; the instruction faulted (#UD outside VMX root operation, #GP at
 * CPL > 0); TDX_ERROR with class SOFTWARE (47:40 = 0xFF, which the module
 * never uses), Linux's TDX_SW_ERROR; Linux's tdxcall.S adds the trap
 * number in bits 31:0 (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup
 * that only resumes cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_phymem_page_reclaim(vmx_u64 *page, vmx_u64 *owner, vmx_u64 *size)
{
	register vmx_u64 size_r8 __asm__("r8");
	vmx_u64 status = (vmx_u64)0x1c;
	vmx_u64 page_out = *page;
	vmx_u64 owner_out;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	/*
	 * "memory": the page goes back to the caller, who may reuse it.
	 */
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [page] "+c" (page_out),
		  [owner] "=d" (owner_out),
		  [size] "=r" (size_r8),
		  [carry] "=@ccc" (carry)
		:
		: "cc", "r9", "r10", "r11", "memory");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	/*
	 * "memory": the page goes back to the caller, who may reuse it.
	 */
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [page] "+c" (page_out),
		  [owner] "=d" (owner_out),
		  [size] "=r" (size_r8),
		  [carry] "=@ccc" (carry)
		:
		: "cc", "r9", "r10", "r11", "memory");
#endif
	*page = page_out;
	*owner = owner_out;
	*size = size_r8;
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_sys_key_config() - program the TDX global private key on this package (TDH.SYS.KEY.CONFIG)
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.SYS.KEY.CONFIG Leaf (SEAMCALL leaf 31).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000; the instruction
 * faulted (#UD outside VMX root operation, #GP at CPL > 0); TDX_ERROR with
 * class SOFTWARE (47:40 = 0xFF, which the module never uses), Linux's
 * TDX_SW_ERROR; Linux's tdxcall.S adds the trap number in bits 31:0
 * (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup that only resumes
 * cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_sys_key_config(void)
{
	vmx_u64 status = (vmx_u64)0x1f;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		:
		: "cc");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		:
		: "cc");
#endif
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_sys_tdmr_init() - initialize the next chunk of a TDMR's PAMT (TDH.SYS.TDMR.INIT)
 * @tdmr: RCX: the TDMR's base address (1 GB aligned)
 * @next: RDX: the next address to initialize (1 GB aligned)
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.SYS.TDMR.INIT Leaf (SEAMCALL leaf 36).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000, and nothing is
 * stored; the instruction faulted (#UD outside VMX root operation, #GP at
 * CPL > 0); TDX_ERROR with class SOFTWARE (47:40 = 0xFF, which the module
 * never uses), Linux's TDX_SW_ERROR; Linux's tdxcall.S adds the trap
 * number in bits 31:0 (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup
 * that only resumes cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_sys_tdmr_init(vmx_u64 tdmr, vmx_u64 *next)
{
	vmx_u64 status = (vmx_u64)0x24;
	vmx_u64 next_out;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	/*
	 * "memory": the module writes the PAMT in the caller's memory.
	 */
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [next] "=d" (next_out),
		  [carry] "=@ccc" (carry)
		: [tdmr] "c" (tdmr)
		: "cc", "memory");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	/*
	 * "memory": the module writes the PAMT in the caller's memory.
	 */
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [next] "=d" (next_out),
		  [carry] "=@ccc" (carry)
		: [tdmr] "c" (tdmr)
		: "cc", "memory");
#endif
	*next = next_out;
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_phymem_cache_wb() - write back the package's caches of TD memory (TDH.PHYMEM.CACHE.WB)
 * @command: RCX: 0 to start, 1 to resume after TDX_INTERRUPTED_RESUMABLE
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.PHYMEM.CACHE.WB Leaf (SEAMCALL leaf 40).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000; the instruction
 * faulted (#UD outside VMX root operation, #GP at CPL > 0); TDX_ERROR with
 * class SOFTWARE (47:40 = 0xFF, which the module never uses), Linux's
 * TDX_SW_ERROR; Linux's tdxcall.S adds the trap number in bits 31:0
 * (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup that only resumes
 * cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_phymem_cache_wb(vmx_u64 command)
{
	vmx_u64 status = (vmx_u64)0x28;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	/*
	 * "memory": the caches of the caller's memory go back to it.
	 */
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [command] "c" (command)
		: "cc", "memory");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	/*
	 * "memory": the caches of the caller's memory go back to it.
	 */
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [command] "c" (command)
		: "cc", "memory");
#endif
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdh_sys_config() - give the TDX module its TDMRs and global KeyID (TDH.SYS.CONFIG)
 * @tdmr_array: RCX: the physical address of the array of TDMR_INFO physical addresses
 * @nr_tdmrs: RDX: the number of entries in the array
 * @global_keyid: R8: the TDX global private KeyID (bits 15:0, the rest 0)
 *
 * Executes SEAMCALL (66 0F 01 CF).
 * Intel TDX Module ABI Specification TDH.SYS.CONFIG Leaf (SEAMCALL leaf 45).
 *
 * Return: the status the instruction leaves in RAX.  If it sets CF
 * (VMfailInvalid: no TDX module to call): 0x8000ff00ffff0000.  If a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000; the instruction
 * faulted (#UD outside VMX root operation, #GP at CPL > 0); TDX_ERROR with
 * class SOFTWARE (47:40 = 0xFF, which the module never uses), Linux's
 * TDX_SW_ERROR; Linux's tdxcall.S adds the trap number in bits 31:0
 * (TDX_SEAMCALL_GP, TDX_SEAMCALL_UD), which a fixup that only resumes
 * cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdh_sys_config(vmx_u64 tdmr_array, vmx_u64 nr_tdmrs, vmx_u64 global_keyid)
{
	register vmx_u64 global_keyid_r8 __asm__("r8") = global_keyid;
	vmx_u64 status = (vmx_u64)0x2d;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	/*
	 * "memory": the module reads the TDMR array and the TDMR_INFO
	 * structures from the caller's memory.
	 */
	__asm__ __volatile__("771:\tseamcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [tdmr_array] "c" (tdmr_array),
		  [nr_tdmrs] "d" (nr_tdmrs),
		  [global_keyid] "r" (global_keyid_r8)
		: "cc", "memory");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	/*
	 * "memory": the module reads the TDMR array and the TDMR_INFO
	 * structures from the caller's memory.
	 */
	__asm__ __volatile__("seamcall"
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [tdmr_array] "c" (tdmr_array),
		  [nr_tdmrs] "d" (nr_tdmrs),
		  [global_keyid] "r" (global_keyid_r8)
		: "cc", "memory");
#endif
	if (__builtin_expect(carry, 0))
		return (vmx_u64)0x8000ff00ffff0000ULL;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdg_vp_info() - get the TD's execution environment (TDG.VP.INFO)
 * @gpaw: RCX: the guest physical address width (bits 5:0: 48 or 52)
 * @attributes: RDX: the TD's ATTRIBUTES
 * @vcpus: R8: the number of VCPUs (bits 31:0) and the maximum (bits 63:32)
 * @vcpu_index: R9: this VCPU's index
 * @info1: R10: which optional leaves are available (bit 0: TDG.SYS.RD), 0 in older modules
 * @info2: R11: reserved, 0
 *
 * Executes TDCALL (66 0F 01 CC).
 * Intel TDX Module ABI Specification TDG.VP.INFO Leaf (TDCALL leaf 1).
 *
 * Return: the status the instruction leaves in RAX.  If a fault hook
 * (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000, and nothing is
 * stored; the instruction faulted (#UD outside a TD, #GP at CPL > 0);
 * TDX_ERROR with class SOFTWARE (47:40 = 0xFF, which the module never
 * uses), Linux's TDX_SW_ERROR; Linux adds the trap number in bits 31:0,
 * which a fixup that only resumes cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdg_vp_info(vmx_u64 *gpaw, vmx_u64 *attributes, vmx_u64 *vcpus, vmx_u64 *vcpu_index, vmx_u64 *info1, vmx_u64 *info2)
{
	register vmx_u64 vcpus_r8 __asm__("r8");
	register vmx_u64 vcpu_index_r9 __asm__("r9");
	register vmx_u64 info1_r10 __asm__("r10");
	register vmx_u64 info2_r11 __asm__("r11");
	vmx_u64 status = (vmx_u64)0x1;
	vmx_u64 gpaw_out;
	vmx_u64 attributes_out;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\ttdcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [gpaw] "=c" (gpaw_out),
		  [attributes] "=d" (attributes_out),
		  [vcpus] "=r" (vcpus_r8),
		  [vcpu_index] "=r" (vcpu_index_r9),
		  [info1] "=r" (info1_r10),
		  [info2] "=r" (info2_r11)
		:
		: "cc");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	__asm__ __volatile__("tdcall"
		: [status] "+a" (status),
		  [gpaw] "=c" (gpaw_out),
		  [attributes] "=d" (attributes_out),
		  [vcpus] "=r" (vcpus_r8),
		  [vcpu_index] "=r" (vcpu_index_r9),
		  [info1] "=r" (info1_r10),
		  [info2] "=r" (info2_r11)
		:
		: "cc");
#endif
	*gpaw = gpaw_out;
	*attributes = attributes_out;
	*vcpus = vcpus_r8;
	*vcpu_index = vcpu_index_r9;
	*info1 = info1_r10;
	*info2 = info2_r11;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdg_vp_veinfo_get() - get the information of the last virtualization exception (TDG.VP.VEINFO.GET)
 * @exit_reason: RCX: the exit reason (bits 31:0)
 * @exit_qualification: RDX: the exit qualification
 * @gla: R8: the guest linear address
 * @gpa: R9: the guest physical address
 * @instruction: R10: the instruction length (bits 31:0) and information (bits 63:32)
 *
 * Executes TDCALL (66 0F 01 CC).
 * Intel TDX Module ABI Specification TDG.VP.VEINFO.GET Leaf (TDCALL leaf 3).
 *
 * Return: the status the instruction leaves in RAX.  If a fault hook
 * (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000, and nothing is
 * stored; the instruction faulted (#UD outside a TD, #GP at CPL > 0);
 * TDX_ERROR with class SOFTWARE (47:40 = 0xFF, which the module never
 * uses), Linux's TDX_SW_ERROR; Linux adds the trap number in bits 31:0,
 * which a fixup that only resumes cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdg_vp_veinfo_get(vmx_u64 *exit_reason, vmx_u64 *exit_qualification, vmx_u64 *gla, vmx_u64 *gpa, vmx_u64 *instruction)
{
	register vmx_u64 gla_r8 __asm__("r8");
	register vmx_u64 gpa_r9 __asm__("r9");
	register vmx_u64 instruction_r10 __asm__("r10");
	vmx_u64 status = (vmx_u64)0x3;
	vmx_u64 exit_reason_out;
	vmx_u64 exit_qualification_out;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\ttdcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [exit_reason] "=c" (exit_reason_out),
		  [exit_qualification] "=d" (exit_qualification_out),
		  [gla] "=r" (gla_r8),
		  [gpa] "=r" (gpa_r9),
		  [instruction] "=r" (instruction_r10)
		:
		: "cc");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	__asm__ __volatile__("tdcall"
		: [status] "+a" (status),
		  [exit_reason] "=c" (exit_reason_out),
		  [exit_qualification] "=d" (exit_qualification_out),
		  [gla] "=r" (gla_r8),
		  [gpa] "=r" (gpa_r9),
		  [instruction] "=r" (instruction_r10)
		:
		: "cc");
#endif
	*exit_reason = exit_reason_out;
	*exit_qualification = exit_qualification_out;
	*gla = gla_r8;
	*gpa = gpa_r9;
	*instruction = instruction_r10;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdg_mr_report() - create a TDREPORT_STRUCT of this TD (TDG.MR.REPORT)
 * @report_gpa: RCX: the guest physical address of the 1024-byte TDREPORT_STRUCT (1024-byte aligned)
 * @report_data_gpa: RDX: the guest physical address of the 64-byte REPORTDATA (64-byte aligned)
 * @subtype: R8: the report subtype (0)
 *
 * Executes TDCALL (66 0F 01 CC).
 * Intel TDX Module ABI Specification TDG.MR.REPORT Leaf (TDCALL leaf 4).
 *
 * Return: the status the instruction leaves in RAX.  If a fault hook
 * (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000; the instruction
 * faulted (#UD outside a TD, #GP at CPL > 0); TDX_ERROR with class
 * SOFTWARE (47:40 = 0xFF, which the module never uses), Linux's
 * TDX_SW_ERROR; Linux adds the trap number in bits 31:0, which a fixup
 * that only resumes cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdg_mr_report(vmx_u64 report_gpa, vmx_u64 report_data_gpa, vmx_u64 subtype)
{
	register vmx_u64 subtype_r8 __asm__("r8") = subtype;
	vmx_u64 status = (vmx_u64)0x4;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\ttdcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status)
		: [report_gpa] "c" (report_gpa),
		  [report_data_gpa] "d" (report_data_gpa),
		  [subtype] "r" (subtype_r8)
		: "cc", "memory");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	__asm__ __volatile__("tdcall"
		: [status] "+a" (status)
		: [report_gpa] "c" (report_gpa),
		  [report_data_gpa] "d" (report_data_gpa),
		  [subtype] "r" (subtype_r8)
		: "cc", "memory");
#endif
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdg_mr_rtmr_extend() - extend a runtime measurement register (TDG.MR.RTMR.EXTEND)
 * @data_gpa: RCX: the guest physical address of the 48-byte extension data (64-byte aligned)
 * @index: RDX: the RTMR's index (0..3)
 *
 * Executes TDCALL (66 0F 01 CC).
 * Intel TDX Module ABI Specification TDG.MR.RTMR.EXTEND Leaf (TDCALL leaf 2).
 *
 * Return: the status the instruction leaves in RAX.  If a fault hook
 * (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000; the instruction
 * faulted (#UD outside a TD, #GP at CPL > 0); TDX_ERROR with class
 * SOFTWARE (47:40 = 0xFF, which the module never uses), Linux's
 * TDX_SW_ERROR; Linux adds the trap number in bits 31:0, which a fixup
 * that only resumes cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdg_mr_rtmr_extend(vmx_u64 data_gpa, vmx_u64 index)
{
	vmx_u64 status = (vmx_u64)0x2;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\ttdcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status)
		: [data_gpa] "c" (data_gpa),
		  [index] "d" (index)
		: "cc", "memory");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	__asm__ __volatile__("tdcall"
		: [status] "+a" (status)
		: [data_gpa] "c" (data_gpa),
		  [index] "d" (index)
		: "cc", "memory");
#endif
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdg_mem_page_accept() - accept a pending private page into the TD (TDG.MEM.PAGE.ACCEPT)
 * @page: RCX: the page's GPA and level (layout page_info)
 *
 * Executes TDCALL (66 0F 01 CC).
 * Intel TDX Module ABI Specification TDG.MEM.PAGE.ACCEPT Leaf (TDCALL leaf 6).
 *
 * Return: the status the instruction leaves in RAX.  If a fault hook
 * (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000; the instruction
 * faulted (#UD outside a TD, #GP at CPL > 0); TDX_ERROR with class
 * SOFTWARE (47:40 = 0xFF, which the module never uses), Linux's
 * TDX_SW_ERROR; Linux adds the trap number in bits 31:0, which a fixup
 * that only resumes cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdg_mem_page_accept(vmx_u64 page)
{
	vmx_u64 status = (vmx_u64)0x6;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\ttdcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status)
		: [page] "c" (page)
		: "cc", "memory");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	__asm__ __volatile__("tdcall"
		: [status] "+a" (status)
		: [page] "c" (page)
		: "cc", "memory");
#endif
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdg_vm_rd() - read a TD-scope metadata field (TDG.VM.RD)
 * @field: RDX: the field identifier
 * @value: R8: the field's value (0 on failure)
 *
 * Executes TDCALL (66 0F 01 CC).
 * Intel TDX Module ABI Specification TDG.VM.RD Leaf (TDCALL leaf 7).
 *
 * Return: the status the instruction leaves in RAX.  If a fault hook
 * (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000, and nothing is
 * stored; the instruction faulted (#UD outside a TD, #GP at CPL > 0);
 * TDX_ERROR with class SOFTWARE (47:40 = 0xFF, which the module never
 * uses), Linux's TDX_SW_ERROR; Linux adds the trap number in bits 31:0,
 * which a fixup that only resumes cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdg_vm_rd(vmx_u64 field, vmx_u64 *value)
{
	register vmx_u64 value_r8 __asm__("r8");
	vmx_u64 status = (vmx_u64)0x7;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\ttdcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [value] "=r" (value_r8)
		: [vm] "c" ((vmx_u64)0x0),
		  [field] "d" (field)
		: "cc");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	__asm__ __volatile__("tdcall"
		: [status] "+a" (status),
		  [value] "=r" (value_r8)
		: [vm] "c" ((vmx_u64)0x0),
		  [field] "d" (field)
		: "cc");
#endif
	*value = value_r8;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdg_vm_wr() - write a TD-scope metadata field (TDG.VM.WR)
 * @field: RDX: the field identifier
 * @value: R8: in, the value to write; out, the field's previous value
 * @mask: R9: the bits of the field to write
 *
 * Executes TDCALL (66 0F 01 CC).
 * Intel TDX Module ABI Specification TDG.VM.WR Leaf (TDCALL leaf 8).
 *
 * Return: the status the instruction leaves in RAX.  If a fault hook
 * (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000, and nothing is
 * stored; the instruction faulted (#UD outside a TD, #GP at CPL > 0);
 * TDX_ERROR with class SOFTWARE (47:40 = 0xFF, which the module never
 * uses), Linux's TDX_SW_ERROR; Linux adds the trap number in bits 31:0,
 * which a fixup that only resumes cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdg_vm_wr(vmx_u64 field, vmx_u64 *value, vmx_u64 mask)
{
	register vmx_u64 value_r8 __asm__("r8") = *value;
	register vmx_u64 mask_r9 __asm__("r9") = mask;
	vmx_u64 status = (vmx_u64)0x8;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\ttdcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [value] "+r" (value_r8)
		: [vm] "c" ((vmx_u64)0x0),
		  [field] "d" (field),
		  [mask] "r" (mask_r9)
		: "cc");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	__asm__ __volatile__("tdcall"
		: [status] "+a" (status),
		  [value] "+r" (value_r8)
		: [vm] "c" ((vmx_u64)0x0),
		  [field] "d" (field),
		  [mask] "r" (mask_r9)
		: "cc");
#endif
	*value = value_r8;
	return status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * tdxm_tdg_vp_vmcall() - call the host VMM with R10..R15 (TDG.VP.VMCALL)
 * @type: R10: in, 0 for a standard TDVMCALL; out, its status from the VMM
 * @subfunction: R11: in, the TDVMCALL sub-function; out, its result
 * @arg1: R12: an argument, and what the VMM returns there
 * @arg2: R13: an argument, and what the VMM returns there
 * @arg3: R14: an argument, and what the VMM returns there
 * @arg4: R15: an argument, and what the VMM returns there
 *
 * Executes TDCALL (66 0F 01 CC).
 * Intel TDX Module ABI Specification TDG.VP.VMCALL Leaf (TDCALL leaf 0); Intel GHCI for TDX, TDG.VP.VMCALL Interface.
 *
 * Return: the status the instruction leaves in RAX.  If a fault hook
 * (VMXGEN_FAULT_HOOK) resumed it: 0x8000ff0000000000, and nothing is
 * stored; the instruction faulted (#UD outside a TD, #GP at CPL > 0);
 * TDX_ERROR with class SOFTWARE (47:40 = 0xFF, which the module never
 * uses), Linux's TDX_SW_ERROR; Linux adds the trap number in bits 31:0,
 * which a fixup that only resumes cannot know, so they are 0.
 */
static __always_inline vmx_u64
tdxm_tdg_vp_vmcall(vmx_u64 *type, vmx_u64 *subfunction, vmx_u64 *arg1, vmx_u64 *arg2, vmx_u64 *arg3, vmx_u64 *arg4)
{
	register vmx_u64 type_r10 __asm__("r10") = *type;
	register vmx_u64 subfunction_r11 __asm__("r11") = *subfunction;
	register vmx_u64 arg1_r12 __asm__("r12") = *arg1;
	register vmx_u64 arg2_r13 __asm__("r13") = *arg2;
	register vmx_u64 arg3_r14 __asm__("r14") = *arg3;
	register vmx_u64 arg4_r15 __asm__("r15") = *arg4;
	vmx_u64 status = (vmx_u64)0x0;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\ttdcall\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0x8000ff0000000000, %q[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [type] "+r" (type_r10),
		  [subfunction] "+r" (subfunction_r11),
		  [arg1] "+r" (arg1_r12),
		  [arg2] "+r" (arg2_r13),
		  [arg3] "+r" (arg3_r14),
		  [arg4] "+r" (arg4_r15)
		: [gpr_select] "c" ((vmx_u64)0xfc00)
		: "cc", "memory");
	if (__builtin_expect(status == (vmx_u64)0x8000ff0000000000ULL, 0))
		return (vmx_u64)0x8000ff0000000000ULL;
#else
	__asm__ __volatile__("tdcall"
		: [status] "+a" (status),
		  [type] "+r" (type_r10),
		  [subfunction] "+r" (subfunction_r11),
		  [arg1] "+r" (arg1_r12),
		  [arg2] "+r" (arg2_r13),
		  [arg3] "+r" (arg3_r14),
		  [arg4] "+r" (arg4_r15)
		: [gpr_select] "c" ((vmx_u64)0xfc00)
		: "cc", "memory");
#endif
	*type = type_r10;
	*subfunction = subfunction_r11;
	*arg1 = arg1_r12;
	*arg2 = arg2_r13;
	*arg3 = arg3_r14;
	*arg4 = arg4_r15;
	return status;
}
#endif /* __x86_64__ */

#endif /* VMXGEN_TDXM_INSN_H */
