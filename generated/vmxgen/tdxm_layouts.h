/* SPDX-License-Identifier: MIT */
/*
 * DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
 * (template gen/backends/c/templates/layouts.h.j2).  Edit the spec and run make.
 */
/*
 * Bit layouts of values: exit qualifications, MSR values, register images.
 * For each field, a mask; a getter, tdxm_<layout>_<field>(v), that returns
 * the field shifted down to bit 0; and a setter,
 * tdxm_<layout>_set_<field>(v, x), that returns v with the field replaced
 * by x.  A constant x that does not fit the field is a compile-time
 * error; a variable one is cut to the field's width.
 */
#ifndef VMXGEN_TDXM_LAYOUTS_H
#define VMXGEN_TDXM_LAYOUTS_H

#include <vmxgen/vmx_compat.h>

/*
 * Whether a constant x fits in a field of the given mask (shifted down to
 * bit 0); a variable is not checked here.  Costs nothing at run time.
 */
#define TDXM_FIELD_FITS(x, max, message)				\
	_Static_assert(__builtin_choose_expr(__builtin_constant_p(x),	\
		(vmx_u64)(x) <= (vmx_u64)(max), 1), message)

/*
 * the leaf function and its version (RAX on input): 64 bits, Intel TDX Module ABI Specification "SEAMCALL Instruction (Common)" and "TDCALL Instruction (Common)": RAX input.
 *   15:0	leaf: the leaf function number
 *   23:16	version: the leaf's version (0 unless a leaf says otherwise)
 *   63:24	reserved, must be zero
 */
#define TDXM_LEAF_AND_VERSION_LEAF_MASK 0xffffULL
#define TDXM_LEAF_AND_VERSION_VERSION_MASK 0xff0000ULL

static __always_inline vmx_u64 tdxm_leaf_and_version_leaf(vmx_u64 v)
{
	return (v & TDXM_LEAF_AND_VERSION_LEAF_MASK) >> 0;
}

static __always_inline vmx_u64 __tdxm_leaf_and_version_set_leaf(vmx_u64 v, vmx_u64 x)
{
	return (v & ~TDXM_LEAF_AND_VERSION_LEAF_MASK) |
	       (x << 0 & TDXM_LEAF_AND_VERSION_LEAF_MASK);
}

#define tdxm_leaf_and_version_set_leaf(v, x)				\
({									\
	TDXM_FIELD_FITS(x, 0xffff,					\
			"tdxm_leaf_and_version_set_leaf: value does not fit in bits 15:0"); \
	__tdxm_leaf_and_version_set_leaf(v, x);				\
})

static __always_inline vmx_u64 tdxm_leaf_and_version_version(vmx_u64 v)
{
	return (v & TDXM_LEAF_AND_VERSION_VERSION_MASK) >> 16;
}

static __always_inline vmx_u64 __tdxm_leaf_and_version_set_version(vmx_u64 v, vmx_u64 x)
{
	return (v & ~TDXM_LEAF_AND_VERSION_VERSION_MASK) |
	       (x << 16 & TDXM_LEAF_AND_VERSION_VERSION_MASK);
}

#define tdxm_leaf_and_version_set_version(v, x)				\
({									\
	TDXM_FIELD_FITS(x, 0xff,					\
			"tdxm_leaf_and_version_set_version: value does not fit in bits 23:16"); \
	__tdxm_leaf_and_version_set_version(v, x);			\
})

/*
 * the completion status of a TDX module call (RAX on output): 64 bits, Intel TDX Module ABI Specification "Function Completion Status Codes".
 *   31:0	details_l2: details, level 2: often the ID of the operand at fault (1 for RCX)
 *   39:32	details_l1: details, level 1: which status within the class
 *   47:40	class: the class of the status
 *   59:48	reserved, must be zero
 *   60:60	host_recoverability_hint: the host may recover the TD (TDH.VP.ENTER after an asynchronous exit)
 *   61:61	fatal: the TD is in a fatal state
 *   62:62	non_recoverable: the TD or VCPU cannot continue (Linux: TDX_NON_RECOVERABLE)
 *   63:63	error: the call failed (Linux: TDX_ERROR); clear for success and for warnings such as TDX_KEY_CONFIGURED
 */
#define TDXM_COMPLETION_STATUS_DETAILS_L2_MASK 0xffffffffULL
#define TDXM_COMPLETION_STATUS_DETAILS_L1_MASK 0xff00000000ULL
#define TDXM_COMPLETION_STATUS_CLASS_MASK 0xff0000000000ULL
#define TDXM_COMPLETION_STATUS_HOST_RECOVERABILITY_HINT_MASK 0x1000000000000000ULL
#define TDXM_COMPLETION_STATUS_FATAL_MASK 0x2000000000000000ULL
#define TDXM_COMPLETION_STATUS_NON_RECOVERABLE_MASK 0x4000000000000000ULL
#define TDXM_COMPLETION_STATUS_ERROR_MASK 0x8000000000000000ULL

static __always_inline vmx_u64 tdxm_completion_status_details_l2(vmx_u64 v)
{
	return (v & TDXM_COMPLETION_STATUS_DETAILS_L2_MASK) >> 0;
}

static __always_inline vmx_u64 __tdxm_completion_status_set_details_l2(vmx_u64 v, vmx_u64 x)
{
	return (v & ~TDXM_COMPLETION_STATUS_DETAILS_L2_MASK) |
	       (x << 0 & TDXM_COMPLETION_STATUS_DETAILS_L2_MASK);
}

#define tdxm_completion_status_set_details_l2(v, x)			\
({									\
	TDXM_FIELD_FITS(x, 0xffffffff,					\
			"tdxm_completion_status_set_details_l2: value does not fit in bits 31:0"); \
	__tdxm_completion_status_set_details_l2(v, x);			\
})

static __always_inline vmx_u64 tdxm_completion_status_details_l1(vmx_u64 v)
{
	return (v & TDXM_COMPLETION_STATUS_DETAILS_L1_MASK) >> 32;
}

static __always_inline vmx_u64 __tdxm_completion_status_set_details_l1(vmx_u64 v, vmx_u64 x)
{
	return (v & ~TDXM_COMPLETION_STATUS_DETAILS_L1_MASK) |
	       (x << 32 & TDXM_COMPLETION_STATUS_DETAILS_L1_MASK);
}

#define tdxm_completion_status_set_details_l1(v, x)			\
({									\
	TDXM_FIELD_FITS(x, 0xff,					\
			"tdxm_completion_status_set_details_l1: value does not fit in bits 39:32"); \
	__tdxm_completion_status_set_details_l1(v, x);			\
})

static __always_inline vmx_u64 tdxm_completion_status_class(vmx_u64 v)
{
	return (v & TDXM_COMPLETION_STATUS_CLASS_MASK) >> 40;
}

static __always_inline vmx_u64 __tdxm_completion_status_set_class(vmx_u64 v, vmx_u64 x)
{
	return (v & ~TDXM_COMPLETION_STATUS_CLASS_MASK) |
	       (x << 40 & TDXM_COMPLETION_STATUS_CLASS_MASK);
}

#define tdxm_completion_status_set_class(v, x)				\
({									\
	TDXM_FIELD_FITS(x, 0xff,					\
			"tdxm_completion_status_set_class: value does not fit in bits 47:40"); \
	__tdxm_completion_status_set_class(v, x);			\
})

static __always_inline vmx_u64 tdxm_completion_status_host_recoverability_hint(vmx_u64 v)
{
	return (v & TDXM_COMPLETION_STATUS_HOST_RECOVERABILITY_HINT_MASK) >> 60;
}

static __always_inline vmx_u64 __tdxm_completion_status_set_host_recoverability_hint(vmx_u64 v, vmx_u64 x)
{
	return (v & ~TDXM_COMPLETION_STATUS_HOST_RECOVERABILITY_HINT_MASK) |
	       (x << 60 & TDXM_COMPLETION_STATUS_HOST_RECOVERABILITY_HINT_MASK);
}

#define tdxm_completion_status_set_host_recoverability_hint(v, x)	\
({									\
	TDXM_FIELD_FITS(x, 0x1,						\
			"tdxm_completion_status_set_host_recoverability_hint: value does not fit in bits 60:60"); \
	__tdxm_completion_status_set_host_recoverability_hint(v, x);	\
})

static __always_inline vmx_u64 tdxm_completion_status_fatal(vmx_u64 v)
{
	return (v & TDXM_COMPLETION_STATUS_FATAL_MASK) >> 61;
}

static __always_inline vmx_u64 __tdxm_completion_status_set_fatal(vmx_u64 v, vmx_u64 x)
{
	return (v & ~TDXM_COMPLETION_STATUS_FATAL_MASK) |
	       (x << 61 & TDXM_COMPLETION_STATUS_FATAL_MASK);
}

#define tdxm_completion_status_set_fatal(v, x)				\
({									\
	TDXM_FIELD_FITS(x, 0x1,						\
			"tdxm_completion_status_set_fatal: value does not fit in bits 61:61"); \
	__tdxm_completion_status_set_fatal(v, x);			\
})

static __always_inline vmx_u64 tdxm_completion_status_non_recoverable(vmx_u64 v)
{
	return (v & TDXM_COMPLETION_STATUS_NON_RECOVERABLE_MASK) >> 62;
}

static __always_inline vmx_u64 __tdxm_completion_status_set_non_recoverable(vmx_u64 v, vmx_u64 x)
{
	return (v & ~TDXM_COMPLETION_STATUS_NON_RECOVERABLE_MASK) |
	       (x << 62 & TDXM_COMPLETION_STATUS_NON_RECOVERABLE_MASK);
}

#define tdxm_completion_status_set_non_recoverable(v, x)		\
({									\
	TDXM_FIELD_FITS(x, 0x1,						\
			"tdxm_completion_status_set_non_recoverable: value does not fit in bits 62:62"); \
	__tdxm_completion_status_set_non_recoverable(v, x);		\
})

static __always_inline vmx_u64 tdxm_completion_status_error(vmx_u64 v)
{
	return (v & TDXM_COMPLETION_STATUS_ERROR_MASK) >> 63;
}

static __always_inline vmx_u64 __tdxm_completion_status_set_error(vmx_u64 v, vmx_u64 x)
{
	return (v & ~TDXM_COMPLETION_STATUS_ERROR_MASK) |
	       (x << 63 & TDXM_COMPLETION_STATUS_ERROR_MASK);
}

#define tdxm_completion_status_set_error(v, x)				\
({									\
	TDXM_FIELD_FITS(x, 0x1,						\
			"tdxm_completion_status_set_error: value does not fit in bits 63:63"); \
	__tdxm_completion_status_set_error(v, x);			\
})

/* Values of tdxm_completion_status_class(). */
enum tdxm_completion_status_class {
	TDXM_COMPLETION_STATUS_CLASS_GENERAL = 0, /* success, TD exits and interruptions (TDX_SUCCESS, TDX_NON_RECOVERABLE_VCPU, TDX_INTERRUPTED_RESUMABLE) */
	TDXM_COMPLETION_STATUS_CLASS_OPERAND = 1, /* an invalid operand (TDX_OPERAND_INVALID, TDX_OPERAND_ADDR_RANGE_ERROR) */
	TDXM_COMPLETION_STATUS_CLASS_BUSY = 2, /* a resource is busy: retry (TDX_OPERAND_BUSY, TDX_SYS_BUSY, TDX_RND_NO_ENTROPY) */
	TDXM_COMPLETION_STATUS_CLASS_PAGE = 3, /* a page's metadata (TDX_PAGE_METADATA_INCORRECT, TDX_PAGE_ALREADY_FREE) */
	TDXM_COMPLETION_STATUS_CLASS_TD_PAGES = 4, /* pages still belong to the TD (TDX_TD_ASSOCIATED_PAGES_EXIST) */
	TDXM_COMPLETION_STATUS_CLASS_SYSTEM = 5, /* the module's initialization state (TDX_SYS_NOT_READY, TDX_SYS_LP_INIT_NOT_DONE) */
	TDXM_COMPLETION_STATUS_CLASS_TD = 6, /* the TD's state (TDX_TD_FATAL, TDX_LIFECYCLE_STATE_INCORRECT, TDX_OP_STATE_INCORRECT) */
	TDXM_COMPLETION_STATUS_CLASS_VCPU = 7, /* the VCPU's state (TDX_VCPU_STATE_INCORRECT, TDX_VCPU_NOT_ASSOCIATED) */
	TDXM_COMPLETION_STATUS_CLASS_KEY = 8, /* key management (TDX_KEY_GENERATION_FAILED, TDX_KEY_CONFIGURED, TDX_FLUSHVP_NOT_DONE) */
	TDXM_COMPLETION_STATUS_CLASS_CONFIG = 9, /* the platform's configuration (TDX_INCORRECT_CPUID_VALUE, TDX_SMRR_NOT_LOCKED) */
	TDXM_COMPLETION_STATUS_CLASS_TDMR = 10, /* TDMRs, PAMTs and CMRs (TDX_INVALID_TDMR, TDX_PAMT_OVERLAP) */
	TDXM_COMPLETION_STATUS_CLASS_EPT = 11, /* the Secure EPT (TDX_EPT_WALK_FAILED, TDX_PAGE_ALREADY_ACCEPTED, TDX_PAGE_SIZE_MISMATCH) */
	TDXM_COMPLETION_STATUS_CLASS_METADATA = 12, /* metadata fields (TDX_METADATA_FIELD_ID_INCORRECT, TDX_METADATA_FIELD_NOT_READABLE) */
	TDXM_COMPLETION_STATUS_CLASS_SERVICE_TD = 13, /* service TD binding (TDX_SERVTD_NOT_BOUND) */
	TDXM_COMPLETION_STATUS_CLASS_MIGRATION = 14, /* TD migration (TDX_INVALID_MBMD, TDX_TD_NOT_MIGRATABLE) */
	TDXM_COMPLETION_STATUS_CLASS_REPORT = 16, /* TD reports (TDX_INVALID_CPUSVN, TDX_INVALID_REPORTMACSTRUCT) */
	TDXM_COMPLETION_STATUS_CLASS_L2 = 17, /* L2 VMs and pending interrupts (TDX_L2_EXIT_HOST_ROUTED_ASYNC, TDX_PENDING_INTERRUPT) */
	TDXM_COMPLETION_STATUS_CLASS_SOFTWARE = 255, /* never used by the module: reserved for software (Linux's TDX_SW_ERROR, TDX_SEAMCALL_VMFAILINVALID) */
};

/*
 * a guest physical page and its mapping level (RCX): 64 bits, Intel TDX Module ABI Specification "GPA and Level" operand of TDG.MEM.PAGE.ACCEPT.
 *   2:0	level: the mapping level
 *   11:3	reserved, must be zero
 *   51:12	gpa_page: bits 51:12 of the guest physical address (the address shifted right by 12)
 *   63:52	reserved, must be zero
 */
#define TDXM_PAGE_INFO_LEVEL_MASK 0x7ULL
#define TDXM_PAGE_INFO_GPA_PAGE_MASK 0xffffffffff000ULL

static __always_inline vmx_u64 tdxm_page_info_level(vmx_u64 v)
{
	return (v & TDXM_PAGE_INFO_LEVEL_MASK) >> 0;
}

static __always_inline vmx_u64 __tdxm_page_info_set_level(vmx_u64 v, vmx_u64 x)
{
	return (v & ~TDXM_PAGE_INFO_LEVEL_MASK) |
	       (x << 0 & TDXM_PAGE_INFO_LEVEL_MASK);
}

#define tdxm_page_info_set_level(v, x)					\
({									\
	TDXM_FIELD_FITS(x, 0x7,						\
			"tdxm_page_info_set_level: value does not fit in bits 2:0"); \
	__tdxm_page_info_set_level(v, x);				\
})

static __always_inline vmx_u64 tdxm_page_info_gpa_page(vmx_u64 v)
{
	return (v & TDXM_PAGE_INFO_GPA_PAGE_MASK) >> 12;
}

static __always_inline vmx_u64 __tdxm_page_info_set_gpa_page(vmx_u64 v, vmx_u64 x)
{
	return (v & ~TDXM_PAGE_INFO_GPA_PAGE_MASK) |
	       (x << 12 & TDXM_PAGE_INFO_GPA_PAGE_MASK);
}

#define tdxm_page_info_set_gpa_page(v, x)				\
({									\
	TDXM_FIELD_FITS(x, 0xffffffffff,				\
			"tdxm_page_info_set_gpa_page: value does not fit in bits 51:12"); \
	__tdxm_page_info_set_gpa_page(v, x);				\
})

/* Values of tdxm_page_info_level(). */
enum tdxm_page_info_level {
	TDXM_PAGE_INFO_LEVEL_SIZE_4K = 0, /* a 4-KByte page */
	TDXM_PAGE_INFO_LEVEL_SIZE_2M = 1, /* a 2-MByte page */
	TDXM_PAGE_INFO_LEVEL_SIZE_1G = 2, /* a 1-GByte page */
};

#endif /* VMXGEN_TDXM_LAYOUTS_H */
