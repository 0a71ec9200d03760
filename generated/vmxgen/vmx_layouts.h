/* SPDX-License-Identifier: MIT */
/*
 * DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
 * (template gen/backends/c/templates/layouts.h.j2).  Edit the spec and run make.
 */
/*
 * Bit layouts of values: exit qualifications, MSR values, register images.
 * For each field, a mask; a getter, vmx_<layout>_<field>(v), that returns
 * the field shifted down to bit 0; and a setter,
 * vmx_<layout>_set_<field>(v, x), that returns v with the field replaced
 * by x.  A constant x that does not fit the field is a compile-time
 * error; a variable one is cut to the field's width.
 */
#ifndef VMXGEN_VMX_LAYOUTS_H
#define VMXGEN_VMX_LAYOUTS_H

#include <vmxgen/vmx_compat.h>

/*
 * Whether a constant x fits in a field of the given mask (shifted down to
 * bit 0); a variable is not checked here.  Costs nothing at run time.
 */
#define VMX_FIELD_FITS(x, max, message)					\
	_Static_assert(__builtin_choose_expr(__builtin_constant_p(x),	\
		(vmx_u64)(x) <= (vmx_u64)(max), 1), message)

/*
 * extended-page-table pointer (EPTP): 64 bits, Intel SDM Vol. 3C, Section 25.6.11 (Extended-Page-Table Pointer (EPTP)), table 'Format of Extended-Page-Table Pointer' (Section 20.6.11, Table 20-8 in the 2009 edition).
 *   2:0	memtype: memory type of the EPT paging structures (other values reserved)
 *   5:3	walk_length: EPT page-walk length minus 1
 *   6:6	ad: enable accessed and dirty flags for EPT
 *   7:7	sss: enable enforcement of access rights for supervisor shadow-stack pages
 *   11:8	reserved, must be zero
 *   51:12	pml4_address: physical address of the EPT PML4 table (PML5 table with 5-level EPT); getter: address >> 12
 *   63:52	reserved, must be zero
 */
#define VMX_EPTP_MEMTYPE_MASK 0x7ULL
#define VMX_EPTP_WALK_LENGTH_MASK 0x38ULL
#define VMX_EPTP_AD_MASK 0x40ULL
#define VMX_EPTP_SSS_MASK 0x80ULL
#define VMX_EPTP_PML4_ADDRESS_MASK 0xffffffffff000ULL

static __always_inline vmx_u64 vmx_eptp_memtype(vmx_u64 v)
{
	return (v & VMX_EPTP_MEMTYPE_MASK) >> 0;
}

static __always_inline vmx_u64 __vmx_eptp_set_memtype(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPTP_MEMTYPE_MASK) |
	       (x << 0 & VMX_EPTP_MEMTYPE_MASK);
}

#define vmx_eptp_set_memtype(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x7,						\
			"vmx_eptp_set_memtype: value does not fit in bits 2:0"); \
	__vmx_eptp_set_memtype(v, x);					\
})

static __always_inline vmx_u64 vmx_eptp_walk_length(vmx_u64 v)
{
	return (v & VMX_EPTP_WALK_LENGTH_MASK) >> 3;
}

static __always_inline vmx_u64 __vmx_eptp_set_walk_length(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPTP_WALK_LENGTH_MASK) |
	       (x << 3 & VMX_EPTP_WALK_LENGTH_MASK);
}

#define vmx_eptp_set_walk_length(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x7,						\
			"vmx_eptp_set_walk_length: value does not fit in bits 5:3"); \
	__vmx_eptp_set_walk_length(v, x);				\
})

static __always_inline vmx_u64 vmx_eptp_ad(vmx_u64 v)
{
	return (v & VMX_EPTP_AD_MASK) >> 6;
}

static __always_inline vmx_u64 __vmx_eptp_set_ad(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPTP_AD_MASK) |
	       (x << 6 & VMX_EPTP_AD_MASK);
}

#define vmx_eptp_set_ad(v, x)						\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_eptp_set_ad: value does not fit in bits 6:6"); \
	__vmx_eptp_set_ad(v, x);					\
})

static __always_inline vmx_u64 vmx_eptp_sss(vmx_u64 v)
{
	return (v & VMX_EPTP_SSS_MASK) >> 7;
}

static __always_inline vmx_u64 __vmx_eptp_set_sss(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPTP_SSS_MASK) |
	       (x << 7 & VMX_EPTP_SSS_MASK);
}

#define vmx_eptp_set_sss(v, x)						\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_eptp_set_sss: value does not fit in bits 7:7"); \
	__vmx_eptp_set_sss(v, x);					\
})

static __always_inline vmx_u64 vmx_eptp_pml4_address(vmx_u64 v)
{
	return (v & VMX_EPTP_PML4_ADDRESS_MASK) >> 12;
}

static __always_inline vmx_u64 __vmx_eptp_set_pml4_address(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPTP_PML4_ADDRESS_MASK) |
	       (x << 12 & VMX_EPTP_PML4_ADDRESS_MASK);
}

#define vmx_eptp_set_pml4_address(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0xffffffffff,					\
			"vmx_eptp_set_pml4_address: value does not fit in bits 51:12"); \
	__vmx_eptp_set_pml4_address(v, x);				\
})

/* Values of vmx_eptp_memtype(). */
enum vmx_eptp_memtype {
	VMX_EPTP_MEMTYPE_UC = 0, /* uncacheable */
	VMX_EPTP_MEMTYPE_WB = 6, /* write-back */
};

/* Values of vmx_eptp_walk_length(). */
enum vmx_eptp_walk_length {
	VMX_EPTP_WALK_LENGTH_LEVELS_4 = 3, /* 4-level EPT */
	VMX_EPTP_WALK_LENGTH_LEVELS_5 = 4, /* 5-level EPT */
};

/*
 * EPT PML4 entry (references an EPT page-directory-pointer table): 64 bits, Intel SDM Vol. 3C, Chapter 29 (VMX Support for Address Translation), Table 29-1 (Format of an EPT PML4 Entry (PML4E) that References an EPT Page-Directory-Pointer Table).
 *   0:0	read: reads allowed from the 512-GByte region
 *   1:1	write: writes allowed to the 512-GByte region
 *   2:2	execute: instruction fetches allowed (supervisor-mode linear addresses only, with mode-based execute control)
 *   7:3	reserved, must be zero
 *   8:8	accessed: accessed flag (EPTP bit 6 set; ignored otherwise)
 *   9:9	reserved
 *   10:10	user_execute: instruction fetches allowed from user-mode linear addresses (mode-based execute control; ignored otherwise)
 *   11:11	reserved
 *   51:12	address: physical address of the EPT page-directory-pointer table; getter: address >> 12
 *   63:52	reserved
 */
#define VMX_EPT_PML4E_READ_MASK 0x1ULL
#define VMX_EPT_PML4E_WRITE_MASK 0x2ULL
#define VMX_EPT_PML4E_EXECUTE_MASK 0x4ULL
#define VMX_EPT_PML4E_ACCESSED_MASK 0x100ULL
#define VMX_EPT_PML4E_USER_EXECUTE_MASK 0x400ULL
#define VMX_EPT_PML4E_ADDRESS_MASK 0xffffffffff000ULL

static __always_inline vmx_u64 vmx_ept_pml4e_read(vmx_u64 v)
{
	return (v & VMX_EPT_PML4E_READ_MASK) >> 0;
}

static __always_inline vmx_u64 __vmx_ept_pml4e_set_read(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PML4E_READ_MASK) |
	       (x << 0 & VMX_EPT_PML4E_READ_MASK);
}

#define vmx_ept_pml4e_set_read(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pml4e_set_read: value does not fit in bits 0:0"); \
	__vmx_ept_pml4e_set_read(v, x);					\
})

static __always_inline vmx_u64 vmx_ept_pml4e_write(vmx_u64 v)
{
	return (v & VMX_EPT_PML4E_WRITE_MASK) >> 1;
}

static __always_inline vmx_u64 __vmx_ept_pml4e_set_write(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PML4E_WRITE_MASK) |
	       (x << 1 & VMX_EPT_PML4E_WRITE_MASK);
}

#define vmx_ept_pml4e_set_write(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pml4e_set_write: value does not fit in bits 1:1"); \
	__vmx_ept_pml4e_set_write(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pml4e_execute(vmx_u64 v)
{
	return (v & VMX_EPT_PML4E_EXECUTE_MASK) >> 2;
}

static __always_inline vmx_u64 __vmx_ept_pml4e_set_execute(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PML4E_EXECUTE_MASK) |
	       (x << 2 & VMX_EPT_PML4E_EXECUTE_MASK);
}

#define vmx_ept_pml4e_set_execute(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pml4e_set_execute: value does not fit in bits 2:2"); \
	__vmx_ept_pml4e_set_execute(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pml4e_accessed(vmx_u64 v)
{
	return (v & VMX_EPT_PML4E_ACCESSED_MASK) >> 8;
}

static __always_inline vmx_u64 __vmx_ept_pml4e_set_accessed(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PML4E_ACCESSED_MASK) |
	       (x << 8 & VMX_EPT_PML4E_ACCESSED_MASK);
}

#define vmx_ept_pml4e_set_accessed(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pml4e_set_accessed: value does not fit in bits 8:8"); \
	__vmx_ept_pml4e_set_accessed(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pml4e_user_execute(vmx_u64 v)
{
	return (v & VMX_EPT_PML4E_USER_EXECUTE_MASK) >> 10;
}

static __always_inline vmx_u64 __vmx_ept_pml4e_set_user_execute(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PML4E_USER_EXECUTE_MASK) |
	       (x << 10 & VMX_EPT_PML4E_USER_EXECUTE_MASK);
}

#define vmx_ept_pml4e_set_user_execute(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pml4e_set_user_execute: value does not fit in bits 10:10"); \
	__vmx_ept_pml4e_set_user_execute(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pml4e_address(vmx_u64 v)
{
	return (v & VMX_EPT_PML4E_ADDRESS_MASK) >> 12;
}

static __always_inline vmx_u64 __vmx_ept_pml4e_set_address(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PML4E_ADDRESS_MASK) |
	       (x << 12 & VMX_EPT_PML4E_ADDRESS_MASK);
}

#define vmx_ept_pml4e_set_address(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0xffffffffff,					\
			"vmx_ept_pml4e_set_address: value does not fit in bits 51:12"); \
	__vmx_ept_pml4e_set_address(v, x);				\
})

/*
 * EPT page-directory-pointer-table entry that references an EPT page directory: 64 bits, Intel SDM Vol. 3C, Chapter 29 (VMX Support for Address Translation), Table 29-3 (Format of an EPT PDPTE that References an EPT Page Directory).
 *   0:0	read: reads allowed from the 1-GByte region
 *   1:1	write: writes allowed to the 1-GByte region
 *   2:2	execute: instruction fetches allowed (supervisor-mode linear addresses only, with mode-based execute control)
 *   6:3	reserved, must be zero
 *   7:7	large_page: 0 in this form (1: the entry maps a 1-GByte page, see ept_pdpte_1g)
 *   8:8	accessed: accessed flag (EPTP bit 6 set; ignored otherwise)
 *   9:9	reserved
 *   10:10	user_execute: instruction fetches allowed from user-mode linear addresses (mode-based execute control; ignored otherwise)
 *   11:11	reserved
 *   51:12	address: physical address of the EPT page directory; getter: address >> 12
 *   63:52	reserved
 */
#define VMX_EPT_PDPTE_READ_MASK 0x1ULL
#define VMX_EPT_PDPTE_WRITE_MASK 0x2ULL
#define VMX_EPT_PDPTE_EXECUTE_MASK 0x4ULL
#define VMX_EPT_PDPTE_LARGE_PAGE_MASK 0x80ULL
#define VMX_EPT_PDPTE_ACCESSED_MASK 0x100ULL
#define VMX_EPT_PDPTE_USER_EXECUTE_MASK 0x400ULL
#define VMX_EPT_PDPTE_ADDRESS_MASK 0xffffffffff000ULL

static __always_inline vmx_u64 vmx_ept_pdpte_read(vmx_u64 v)
{
	return (v & VMX_EPT_PDPTE_READ_MASK) >> 0;
}

static __always_inline vmx_u64 __vmx_ept_pdpte_set_read(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDPTE_READ_MASK) |
	       (x << 0 & VMX_EPT_PDPTE_READ_MASK);
}

#define vmx_ept_pdpte_set_read(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pdpte_set_read: value does not fit in bits 0:0"); \
	__vmx_ept_pdpte_set_read(v, x);					\
})

static __always_inline vmx_u64 vmx_ept_pdpte_write(vmx_u64 v)
{
	return (v & VMX_EPT_PDPTE_WRITE_MASK) >> 1;
}

static __always_inline vmx_u64 __vmx_ept_pdpte_set_write(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDPTE_WRITE_MASK) |
	       (x << 1 & VMX_EPT_PDPTE_WRITE_MASK);
}

#define vmx_ept_pdpte_set_write(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pdpte_set_write: value does not fit in bits 1:1"); \
	__vmx_ept_pdpte_set_write(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pdpte_execute(vmx_u64 v)
{
	return (v & VMX_EPT_PDPTE_EXECUTE_MASK) >> 2;
}

static __always_inline vmx_u64 __vmx_ept_pdpte_set_execute(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDPTE_EXECUTE_MASK) |
	       (x << 2 & VMX_EPT_PDPTE_EXECUTE_MASK);
}

#define vmx_ept_pdpte_set_execute(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pdpte_set_execute: value does not fit in bits 2:2"); \
	__vmx_ept_pdpte_set_execute(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pdpte_large_page(vmx_u64 v)
{
	return (v & VMX_EPT_PDPTE_LARGE_PAGE_MASK) >> 7;
}

static __always_inline vmx_u64 __vmx_ept_pdpte_set_large_page(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDPTE_LARGE_PAGE_MASK) |
	       (x << 7 & VMX_EPT_PDPTE_LARGE_PAGE_MASK);
}

#define vmx_ept_pdpte_set_large_page(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pdpte_set_large_page: value does not fit in bits 7:7"); \
	__vmx_ept_pdpte_set_large_page(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pdpte_accessed(vmx_u64 v)
{
	return (v & VMX_EPT_PDPTE_ACCESSED_MASK) >> 8;
}

static __always_inline vmx_u64 __vmx_ept_pdpte_set_accessed(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDPTE_ACCESSED_MASK) |
	       (x << 8 & VMX_EPT_PDPTE_ACCESSED_MASK);
}

#define vmx_ept_pdpte_set_accessed(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pdpte_set_accessed: value does not fit in bits 8:8"); \
	__vmx_ept_pdpte_set_accessed(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pdpte_user_execute(vmx_u64 v)
{
	return (v & VMX_EPT_PDPTE_USER_EXECUTE_MASK) >> 10;
}

static __always_inline vmx_u64 __vmx_ept_pdpte_set_user_execute(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDPTE_USER_EXECUTE_MASK) |
	       (x << 10 & VMX_EPT_PDPTE_USER_EXECUTE_MASK);
}

#define vmx_ept_pdpte_set_user_execute(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pdpte_set_user_execute: value does not fit in bits 10:10"); \
	__vmx_ept_pdpte_set_user_execute(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pdpte_address(vmx_u64 v)
{
	return (v & VMX_EPT_PDPTE_ADDRESS_MASK) >> 12;
}

static __always_inline vmx_u64 __vmx_ept_pdpte_set_address(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDPTE_ADDRESS_MASK) |
	       (x << 12 & VMX_EPT_PDPTE_ADDRESS_MASK);
}

#define vmx_ept_pdpte_set_address(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0xffffffffff,					\
			"vmx_ept_pdpte_set_address: value does not fit in bits 51:12"); \
	__vmx_ept_pdpte_set_address(v, x);				\
})

/*
 * EPT page-directory-pointer-table entry that maps a 1-GByte page: 64 bits, Intel SDM Vol. 3C, Chapter 29 (VMX Support for Address Translation), Table 29-2 (Format of an EPT PDPTE that Maps a 1-GByte Page).
 *   0:0	read: reads allowed from the 1-GByte page
 *   1:1	write: writes allowed to the 1-GByte page
 *   2:2	execute: instruction fetches allowed (supervisor-mode linear addresses only, with mode-based execute control)
 *   5:3	memtype: EPT memory type of the page (2, 3 and 7 are reserved: EPT misconfiguration)
 *   6:6	ignore_pat: ignore the PAT memory type for this page
 *   7:7	large_page: 1 in this form (0: the entry references an EPT page directory, see ept_pdpte)
 *   8:8	accessed: accessed flag (EPTP bit 6 set; ignored otherwise)
 *   9:9	dirty: dirty flag (EPTP bit 6 set; ignored otherwise)
 *   10:10	user_execute: instruction fetches allowed from user-mode linear addresses (mode-based execute control; ignored otherwise)
 *   11:11	reserved
 *   29:12	reserved, must be zero
 *   51:30	address: physical address of the 1-GByte page; getter: address >> 30
 *   56:52	reserved
 *   57:57	verify_guest_paging: verify guest paging (guest-paging verification control; ignored otherwise)
 *   58:58	paging_write: paging-write access (EPT paging-write control; ignored otherwise)
 *   59:59	reserved
 *   60:60	supervisor_shadow_stack: supervisor shadow-stack page (EPTP bit 7 set; ignored otherwise)
 *   62:61	reserved
 *   63:63	suppress_ve: suppress #VE (EPT-violation #VE control; ignored otherwise)
 */
#define VMX_EPT_PDPTE_1G_READ_MASK 0x1ULL
#define VMX_EPT_PDPTE_1G_WRITE_MASK 0x2ULL
#define VMX_EPT_PDPTE_1G_EXECUTE_MASK 0x4ULL
#define VMX_EPT_PDPTE_1G_MEMTYPE_MASK 0x38ULL
#define VMX_EPT_PDPTE_1G_IGNORE_PAT_MASK 0x40ULL
#define VMX_EPT_PDPTE_1G_LARGE_PAGE_MASK 0x80ULL
#define VMX_EPT_PDPTE_1G_ACCESSED_MASK 0x100ULL
#define VMX_EPT_PDPTE_1G_DIRTY_MASK 0x200ULL
#define VMX_EPT_PDPTE_1G_USER_EXECUTE_MASK 0x400ULL
#define VMX_EPT_PDPTE_1G_ADDRESS_MASK 0xfffffc0000000ULL
#define VMX_EPT_PDPTE_1G_VERIFY_GUEST_PAGING_MASK 0x200000000000000ULL
#define VMX_EPT_PDPTE_1G_PAGING_WRITE_MASK 0x400000000000000ULL
#define VMX_EPT_PDPTE_1G_SUPERVISOR_SHADOW_STACK_MASK 0x1000000000000000ULL
#define VMX_EPT_PDPTE_1G_SUPPRESS_VE_MASK 0x8000000000000000ULL

static __always_inline vmx_u64 vmx_ept_pdpte_1g_read(vmx_u64 v)
{
	return (v & VMX_EPT_PDPTE_1G_READ_MASK) >> 0;
}

static __always_inline vmx_u64 __vmx_ept_pdpte_1g_set_read(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDPTE_1G_READ_MASK) |
	       (x << 0 & VMX_EPT_PDPTE_1G_READ_MASK);
}

#define vmx_ept_pdpte_1g_set_read(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pdpte_1g_set_read: value does not fit in bits 0:0"); \
	__vmx_ept_pdpte_1g_set_read(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pdpte_1g_write(vmx_u64 v)
{
	return (v & VMX_EPT_PDPTE_1G_WRITE_MASK) >> 1;
}

static __always_inline vmx_u64 __vmx_ept_pdpte_1g_set_write(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDPTE_1G_WRITE_MASK) |
	       (x << 1 & VMX_EPT_PDPTE_1G_WRITE_MASK);
}

#define vmx_ept_pdpte_1g_set_write(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pdpte_1g_set_write: value does not fit in bits 1:1"); \
	__vmx_ept_pdpte_1g_set_write(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pdpte_1g_execute(vmx_u64 v)
{
	return (v & VMX_EPT_PDPTE_1G_EXECUTE_MASK) >> 2;
}

static __always_inline vmx_u64 __vmx_ept_pdpte_1g_set_execute(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDPTE_1G_EXECUTE_MASK) |
	       (x << 2 & VMX_EPT_PDPTE_1G_EXECUTE_MASK);
}

#define vmx_ept_pdpte_1g_set_execute(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pdpte_1g_set_execute: value does not fit in bits 2:2"); \
	__vmx_ept_pdpte_1g_set_execute(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pdpte_1g_memtype(vmx_u64 v)
{
	return (v & VMX_EPT_PDPTE_1G_MEMTYPE_MASK) >> 3;
}

static __always_inline vmx_u64 __vmx_ept_pdpte_1g_set_memtype(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDPTE_1G_MEMTYPE_MASK) |
	       (x << 3 & VMX_EPT_PDPTE_1G_MEMTYPE_MASK);
}

#define vmx_ept_pdpte_1g_set_memtype(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x7,						\
			"vmx_ept_pdpte_1g_set_memtype: value does not fit in bits 5:3"); \
	__vmx_ept_pdpte_1g_set_memtype(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pdpte_1g_ignore_pat(vmx_u64 v)
{
	return (v & VMX_EPT_PDPTE_1G_IGNORE_PAT_MASK) >> 6;
}

static __always_inline vmx_u64 __vmx_ept_pdpte_1g_set_ignore_pat(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDPTE_1G_IGNORE_PAT_MASK) |
	       (x << 6 & VMX_EPT_PDPTE_1G_IGNORE_PAT_MASK);
}

#define vmx_ept_pdpte_1g_set_ignore_pat(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pdpte_1g_set_ignore_pat: value does not fit in bits 6:6"); \
	__vmx_ept_pdpte_1g_set_ignore_pat(v, x);			\
})

static __always_inline vmx_u64 vmx_ept_pdpte_1g_large_page(vmx_u64 v)
{
	return (v & VMX_EPT_PDPTE_1G_LARGE_PAGE_MASK) >> 7;
}

static __always_inline vmx_u64 __vmx_ept_pdpte_1g_set_large_page(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDPTE_1G_LARGE_PAGE_MASK) |
	       (x << 7 & VMX_EPT_PDPTE_1G_LARGE_PAGE_MASK);
}

#define vmx_ept_pdpte_1g_set_large_page(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pdpte_1g_set_large_page: value does not fit in bits 7:7"); \
	__vmx_ept_pdpte_1g_set_large_page(v, x);			\
})

static __always_inline vmx_u64 vmx_ept_pdpte_1g_accessed(vmx_u64 v)
{
	return (v & VMX_EPT_PDPTE_1G_ACCESSED_MASK) >> 8;
}

static __always_inline vmx_u64 __vmx_ept_pdpte_1g_set_accessed(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDPTE_1G_ACCESSED_MASK) |
	       (x << 8 & VMX_EPT_PDPTE_1G_ACCESSED_MASK);
}

#define vmx_ept_pdpte_1g_set_accessed(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pdpte_1g_set_accessed: value does not fit in bits 8:8"); \
	__vmx_ept_pdpte_1g_set_accessed(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pdpte_1g_dirty(vmx_u64 v)
{
	return (v & VMX_EPT_PDPTE_1G_DIRTY_MASK) >> 9;
}

static __always_inline vmx_u64 __vmx_ept_pdpte_1g_set_dirty(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDPTE_1G_DIRTY_MASK) |
	       (x << 9 & VMX_EPT_PDPTE_1G_DIRTY_MASK);
}

#define vmx_ept_pdpte_1g_set_dirty(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pdpte_1g_set_dirty: value does not fit in bits 9:9"); \
	__vmx_ept_pdpte_1g_set_dirty(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pdpte_1g_user_execute(vmx_u64 v)
{
	return (v & VMX_EPT_PDPTE_1G_USER_EXECUTE_MASK) >> 10;
}

static __always_inline vmx_u64 __vmx_ept_pdpte_1g_set_user_execute(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDPTE_1G_USER_EXECUTE_MASK) |
	       (x << 10 & VMX_EPT_PDPTE_1G_USER_EXECUTE_MASK);
}

#define vmx_ept_pdpte_1g_set_user_execute(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pdpte_1g_set_user_execute: value does not fit in bits 10:10"); \
	__vmx_ept_pdpte_1g_set_user_execute(v, x);			\
})

static __always_inline vmx_u64 vmx_ept_pdpte_1g_address(vmx_u64 v)
{
	return (v & VMX_EPT_PDPTE_1G_ADDRESS_MASK) >> 30;
}

static __always_inline vmx_u64 __vmx_ept_pdpte_1g_set_address(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDPTE_1G_ADDRESS_MASK) |
	       (x << 30 & VMX_EPT_PDPTE_1G_ADDRESS_MASK);
}

#define vmx_ept_pdpte_1g_set_address(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x3fffff,					\
			"vmx_ept_pdpte_1g_set_address: value does not fit in bits 51:30"); \
	__vmx_ept_pdpte_1g_set_address(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pdpte_1g_verify_guest_paging(vmx_u64 v)
{
	return (v & VMX_EPT_PDPTE_1G_VERIFY_GUEST_PAGING_MASK) >> 57;
}

static __always_inline vmx_u64 __vmx_ept_pdpte_1g_set_verify_guest_paging(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDPTE_1G_VERIFY_GUEST_PAGING_MASK) |
	       (x << 57 & VMX_EPT_PDPTE_1G_VERIFY_GUEST_PAGING_MASK);
}

#define vmx_ept_pdpte_1g_set_verify_guest_paging(v, x)			\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pdpte_1g_set_verify_guest_paging: value does not fit in bits 57:57"); \
	__vmx_ept_pdpte_1g_set_verify_guest_paging(v, x);		\
})

static __always_inline vmx_u64 vmx_ept_pdpte_1g_paging_write(vmx_u64 v)
{
	return (v & VMX_EPT_PDPTE_1G_PAGING_WRITE_MASK) >> 58;
}

static __always_inline vmx_u64 __vmx_ept_pdpte_1g_set_paging_write(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDPTE_1G_PAGING_WRITE_MASK) |
	       (x << 58 & VMX_EPT_PDPTE_1G_PAGING_WRITE_MASK);
}

#define vmx_ept_pdpte_1g_set_paging_write(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pdpte_1g_set_paging_write: value does not fit in bits 58:58"); \
	__vmx_ept_pdpte_1g_set_paging_write(v, x);			\
})

static __always_inline vmx_u64 vmx_ept_pdpte_1g_supervisor_shadow_stack(vmx_u64 v)
{
	return (v & VMX_EPT_PDPTE_1G_SUPERVISOR_SHADOW_STACK_MASK) >> 60;
}

static __always_inline vmx_u64 __vmx_ept_pdpte_1g_set_supervisor_shadow_stack(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDPTE_1G_SUPERVISOR_SHADOW_STACK_MASK) |
	       (x << 60 & VMX_EPT_PDPTE_1G_SUPERVISOR_SHADOW_STACK_MASK);
}

#define vmx_ept_pdpte_1g_set_supervisor_shadow_stack(v, x)		\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pdpte_1g_set_supervisor_shadow_stack: value does not fit in bits 60:60"); \
	__vmx_ept_pdpte_1g_set_supervisor_shadow_stack(v, x);		\
})

static __always_inline vmx_u64 vmx_ept_pdpte_1g_suppress_ve(vmx_u64 v)
{
	return (v & VMX_EPT_PDPTE_1G_SUPPRESS_VE_MASK) >> 63;
}

static __always_inline vmx_u64 __vmx_ept_pdpte_1g_set_suppress_ve(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDPTE_1G_SUPPRESS_VE_MASK) |
	       (x << 63 & VMX_EPT_PDPTE_1G_SUPPRESS_VE_MASK);
}

#define vmx_ept_pdpte_1g_set_suppress_ve(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pdpte_1g_set_suppress_ve: value does not fit in bits 63:63"); \
	__vmx_ept_pdpte_1g_set_suppress_ve(v, x);			\
})

/* Values of vmx_ept_pdpte_1g_memtype(). */
enum vmx_ept_pdpte_1g_memtype {
	VMX_EPT_PDPTE_1G_MEMTYPE_UC = 0, /* uncacheable */
	VMX_EPT_PDPTE_1G_MEMTYPE_WC = 1, /* write combining */
	VMX_EPT_PDPTE_1G_MEMTYPE_WT = 4, /* write-through */
	VMX_EPT_PDPTE_1G_MEMTYPE_WP = 5, /* write-protected */
	VMX_EPT_PDPTE_1G_MEMTYPE_WB = 6, /* write-back */
};

/*
 * EPT page-directory entry that references an EPT page table: 64 bits, Intel SDM Vol. 3C, Chapter 29 (VMX Support for Address Translation), Table 29-5 (Format of an EPT PDE that References an EPT Page Table).
 *   0:0	read: reads allowed from the 2-MByte region
 *   1:1	write: writes allowed to the 2-MByte region
 *   2:2	execute: instruction fetches allowed (supervisor-mode linear addresses only, with mode-based execute control)
 *   6:3	reserved, must be zero
 *   7:7	large_page: 0 in this form (1: the entry maps a 2-MByte page, see ept_pde_2m)
 *   8:8	accessed: accessed flag (EPTP bit 6 set; ignored otherwise)
 *   9:9	reserved
 *   10:10	user_execute: instruction fetches allowed from user-mode linear addresses (mode-based execute control; ignored otherwise)
 *   11:11	reserved
 *   51:12	address: physical address of the EPT page table; getter: address >> 12
 *   63:52	reserved
 */
#define VMX_EPT_PDE_READ_MASK 0x1ULL
#define VMX_EPT_PDE_WRITE_MASK 0x2ULL
#define VMX_EPT_PDE_EXECUTE_MASK 0x4ULL
#define VMX_EPT_PDE_LARGE_PAGE_MASK 0x80ULL
#define VMX_EPT_PDE_ACCESSED_MASK 0x100ULL
#define VMX_EPT_PDE_USER_EXECUTE_MASK 0x400ULL
#define VMX_EPT_PDE_ADDRESS_MASK 0xffffffffff000ULL

static __always_inline vmx_u64 vmx_ept_pde_read(vmx_u64 v)
{
	return (v & VMX_EPT_PDE_READ_MASK) >> 0;
}

static __always_inline vmx_u64 __vmx_ept_pde_set_read(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDE_READ_MASK) |
	       (x << 0 & VMX_EPT_PDE_READ_MASK);
}

#define vmx_ept_pde_set_read(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pde_set_read: value does not fit in bits 0:0"); \
	__vmx_ept_pde_set_read(v, x);					\
})

static __always_inline vmx_u64 vmx_ept_pde_write(vmx_u64 v)
{
	return (v & VMX_EPT_PDE_WRITE_MASK) >> 1;
}

static __always_inline vmx_u64 __vmx_ept_pde_set_write(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDE_WRITE_MASK) |
	       (x << 1 & VMX_EPT_PDE_WRITE_MASK);
}

#define vmx_ept_pde_set_write(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pde_set_write: value does not fit in bits 1:1"); \
	__vmx_ept_pde_set_write(v, x);					\
})

static __always_inline vmx_u64 vmx_ept_pde_execute(vmx_u64 v)
{
	return (v & VMX_EPT_PDE_EXECUTE_MASK) >> 2;
}

static __always_inline vmx_u64 __vmx_ept_pde_set_execute(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDE_EXECUTE_MASK) |
	       (x << 2 & VMX_EPT_PDE_EXECUTE_MASK);
}

#define vmx_ept_pde_set_execute(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pde_set_execute: value does not fit in bits 2:2"); \
	__vmx_ept_pde_set_execute(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pde_large_page(vmx_u64 v)
{
	return (v & VMX_EPT_PDE_LARGE_PAGE_MASK) >> 7;
}

static __always_inline vmx_u64 __vmx_ept_pde_set_large_page(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDE_LARGE_PAGE_MASK) |
	       (x << 7 & VMX_EPT_PDE_LARGE_PAGE_MASK);
}

#define vmx_ept_pde_set_large_page(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pde_set_large_page: value does not fit in bits 7:7"); \
	__vmx_ept_pde_set_large_page(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pde_accessed(vmx_u64 v)
{
	return (v & VMX_EPT_PDE_ACCESSED_MASK) >> 8;
}

static __always_inline vmx_u64 __vmx_ept_pde_set_accessed(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDE_ACCESSED_MASK) |
	       (x << 8 & VMX_EPT_PDE_ACCESSED_MASK);
}

#define vmx_ept_pde_set_accessed(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pde_set_accessed: value does not fit in bits 8:8"); \
	__vmx_ept_pde_set_accessed(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pde_user_execute(vmx_u64 v)
{
	return (v & VMX_EPT_PDE_USER_EXECUTE_MASK) >> 10;
}

static __always_inline vmx_u64 __vmx_ept_pde_set_user_execute(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDE_USER_EXECUTE_MASK) |
	       (x << 10 & VMX_EPT_PDE_USER_EXECUTE_MASK);
}

#define vmx_ept_pde_set_user_execute(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pde_set_user_execute: value does not fit in bits 10:10"); \
	__vmx_ept_pde_set_user_execute(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pde_address(vmx_u64 v)
{
	return (v & VMX_EPT_PDE_ADDRESS_MASK) >> 12;
}

static __always_inline vmx_u64 __vmx_ept_pde_set_address(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDE_ADDRESS_MASK) |
	       (x << 12 & VMX_EPT_PDE_ADDRESS_MASK);
}

#define vmx_ept_pde_set_address(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0xffffffffff,					\
			"vmx_ept_pde_set_address: value does not fit in bits 51:12"); \
	__vmx_ept_pde_set_address(v, x);				\
})

/*
 * EPT page-directory entry that maps a 2-MByte page: 64 bits, Intel SDM Vol. 3C, Chapter 29 (VMX Support for Address Translation), Table 29-4 (Format of an EPT PDE that Maps a 2-MByte Page).
 *   0:0	read: reads allowed from the 2-MByte page
 *   1:1	write: writes allowed to the 2-MByte page
 *   2:2	execute: instruction fetches allowed (supervisor-mode linear addresses only, with mode-based execute control)
 *   5:3	memtype: EPT memory type of the page (2, 3 and 7 are reserved: EPT misconfiguration)
 *   6:6	ignore_pat: ignore the PAT memory type for this page
 *   7:7	large_page: 1 in this form (0: the entry references an EPT page table, see ept_pde)
 *   8:8	accessed: accessed flag (EPTP bit 6 set; ignored otherwise)
 *   9:9	dirty: dirty flag (EPTP bit 6 set; ignored otherwise)
 *   10:10	user_execute: instruction fetches allowed from user-mode linear addresses (mode-based execute control; ignored otherwise)
 *   11:11	reserved
 *   20:12	reserved, must be zero
 *   51:21	address: physical address of the 2-MByte page; getter: address >> 21
 *   56:52	reserved
 *   57:57	verify_guest_paging: verify guest paging (guest-paging verification control; ignored otherwise)
 *   58:58	paging_write: paging-write access (EPT paging-write control; ignored otherwise)
 *   59:59	reserved
 *   60:60	supervisor_shadow_stack: supervisor shadow-stack page (EPTP bit 7 set; ignored otherwise)
 *   62:61	reserved
 *   63:63	suppress_ve: suppress #VE (EPT-violation #VE control; ignored otherwise)
 */
#define VMX_EPT_PDE_2M_READ_MASK 0x1ULL
#define VMX_EPT_PDE_2M_WRITE_MASK 0x2ULL
#define VMX_EPT_PDE_2M_EXECUTE_MASK 0x4ULL
#define VMX_EPT_PDE_2M_MEMTYPE_MASK 0x38ULL
#define VMX_EPT_PDE_2M_IGNORE_PAT_MASK 0x40ULL
#define VMX_EPT_PDE_2M_LARGE_PAGE_MASK 0x80ULL
#define VMX_EPT_PDE_2M_ACCESSED_MASK 0x100ULL
#define VMX_EPT_PDE_2M_DIRTY_MASK 0x200ULL
#define VMX_EPT_PDE_2M_USER_EXECUTE_MASK 0x400ULL
#define VMX_EPT_PDE_2M_ADDRESS_MASK 0xfffffffe00000ULL
#define VMX_EPT_PDE_2M_VERIFY_GUEST_PAGING_MASK 0x200000000000000ULL
#define VMX_EPT_PDE_2M_PAGING_WRITE_MASK 0x400000000000000ULL
#define VMX_EPT_PDE_2M_SUPERVISOR_SHADOW_STACK_MASK 0x1000000000000000ULL
#define VMX_EPT_PDE_2M_SUPPRESS_VE_MASK 0x8000000000000000ULL

static __always_inline vmx_u64 vmx_ept_pde_2m_read(vmx_u64 v)
{
	return (v & VMX_EPT_PDE_2M_READ_MASK) >> 0;
}

static __always_inline vmx_u64 __vmx_ept_pde_2m_set_read(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDE_2M_READ_MASK) |
	       (x << 0 & VMX_EPT_PDE_2M_READ_MASK);
}

#define vmx_ept_pde_2m_set_read(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pde_2m_set_read: value does not fit in bits 0:0"); \
	__vmx_ept_pde_2m_set_read(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pde_2m_write(vmx_u64 v)
{
	return (v & VMX_EPT_PDE_2M_WRITE_MASK) >> 1;
}

static __always_inline vmx_u64 __vmx_ept_pde_2m_set_write(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDE_2M_WRITE_MASK) |
	       (x << 1 & VMX_EPT_PDE_2M_WRITE_MASK);
}

#define vmx_ept_pde_2m_set_write(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pde_2m_set_write: value does not fit in bits 1:1"); \
	__vmx_ept_pde_2m_set_write(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pde_2m_execute(vmx_u64 v)
{
	return (v & VMX_EPT_PDE_2M_EXECUTE_MASK) >> 2;
}

static __always_inline vmx_u64 __vmx_ept_pde_2m_set_execute(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDE_2M_EXECUTE_MASK) |
	       (x << 2 & VMX_EPT_PDE_2M_EXECUTE_MASK);
}

#define vmx_ept_pde_2m_set_execute(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pde_2m_set_execute: value does not fit in bits 2:2"); \
	__vmx_ept_pde_2m_set_execute(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pde_2m_memtype(vmx_u64 v)
{
	return (v & VMX_EPT_PDE_2M_MEMTYPE_MASK) >> 3;
}

static __always_inline vmx_u64 __vmx_ept_pde_2m_set_memtype(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDE_2M_MEMTYPE_MASK) |
	       (x << 3 & VMX_EPT_PDE_2M_MEMTYPE_MASK);
}

#define vmx_ept_pde_2m_set_memtype(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x7,						\
			"vmx_ept_pde_2m_set_memtype: value does not fit in bits 5:3"); \
	__vmx_ept_pde_2m_set_memtype(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pde_2m_ignore_pat(vmx_u64 v)
{
	return (v & VMX_EPT_PDE_2M_IGNORE_PAT_MASK) >> 6;
}

static __always_inline vmx_u64 __vmx_ept_pde_2m_set_ignore_pat(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDE_2M_IGNORE_PAT_MASK) |
	       (x << 6 & VMX_EPT_PDE_2M_IGNORE_PAT_MASK);
}

#define vmx_ept_pde_2m_set_ignore_pat(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pde_2m_set_ignore_pat: value does not fit in bits 6:6"); \
	__vmx_ept_pde_2m_set_ignore_pat(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pde_2m_large_page(vmx_u64 v)
{
	return (v & VMX_EPT_PDE_2M_LARGE_PAGE_MASK) >> 7;
}

static __always_inline vmx_u64 __vmx_ept_pde_2m_set_large_page(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDE_2M_LARGE_PAGE_MASK) |
	       (x << 7 & VMX_EPT_PDE_2M_LARGE_PAGE_MASK);
}

#define vmx_ept_pde_2m_set_large_page(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pde_2m_set_large_page: value does not fit in bits 7:7"); \
	__vmx_ept_pde_2m_set_large_page(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pde_2m_accessed(vmx_u64 v)
{
	return (v & VMX_EPT_PDE_2M_ACCESSED_MASK) >> 8;
}

static __always_inline vmx_u64 __vmx_ept_pde_2m_set_accessed(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDE_2M_ACCESSED_MASK) |
	       (x << 8 & VMX_EPT_PDE_2M_ACCESSED_MASK);
}

#define vmx_ept_pde_2m_set_accessed(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pde_2m_set_accessed: value does not fit in bits 8:8"); \
	__vmx_ept_pde_2m_set_accessed(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pde_2m_dirty(vmx_u64 v)
{
	return (v & VMX_EPT_PDE_2M_DIRTY_MASK) >> 9;
}

static __always_inline vmx_u64 __vmx_ept_pde_2m_set_dirty(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDE_2M_DIRTY_MASK) |
	       (x << 9 & VMX_EPT_PDE_2M_DIRTY_MASK);
}

#define vmx_ept_pde_2m_set_dirty(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pde_2m_set_dirty: value does not fit in bits 9:9"); \
	__vmx_ept_pde_2m_set_dirty(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pde_2m_user_execute(vmx_u64 v)
{
	return (v & VMX_EPT_PDE_2M_USER_EXECUTE_MASK) >> 10;
}

static __always_inline vmx_u64 __vmx_ept_pde_2m_set_user_execute(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDE_2M_USER_EXECUTE_MASK) |
	       (x << 10 & VMX_EPT_PDE_2M_USER_EXECUTE_MASK);
}

#define vmx_ept_pde_2m_set_user_execute(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pde_2m_set_user_execute: value does not fit in bits 10:10"); \
	__vmx_ept_pde_2m_set_user_execute(v, x);			\
})

static __always_inline vmx_u64 vmx_ept_pde_2m_address(vmx_u64 v)
{
	return (v & VMX_EPT_PDE_2M_ADDRESS_MASK) >> 21;
}

static __always_inline vmx_u64 __vmx_ept_pde_2m_set_address(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDE_2M_ADDRESS_MASK) |
	       (x << 21 & VMX_EPT_PDE_2M_ADDRESS_MASK);
}

#define vmx_ept_pde_2m_set_address(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x7fffffff,					\
			"vmx_ept_pde_2m_set_address: value does not fit in bits 51:21"); \
	__vmx_ept_pde_2m_set_address(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pde_2m_verify_guest_paging(vmx_u64 v)
{
	return (v & VMX_EPT_PDE_2M_VERIFY_GUEST_PAGING_MASK) >> 57;
}

static __always_inline vmx_u64 __vmx_ept_pde_2m_set_verify_guest_paging(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDE_2M_VERIFY_GUEST_PAGING_MASK) |
	       (x << 57 & VMX_EPT_PDE_2M_VERIFY_GUEST_PAGING_MASK);
}

#define vmx_ept_pde_2m_set_verify_guest_paging(v, x)			\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pde_2m_set_verify_guest_paging: value does not fit in bits 57:57"); \
	__vmx_ept_pde_2m_set_verify_guest_paging(v, x);			\
})

static __always_inline vmx_u64 vmx_ept_pde_2m_paging_write(vmx_u64 v)
{
	return (v & VMX_EPT_PDE_2M_PAGING_WRITE_MASK) >> 58;
}

static __always_inline vmx_u64 __vmx_ept_pde_2m_set_paging_write(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDE_2M_PAGING_WRITE_MASK) |
	       (x << 58 & VMX_EPT_PDE_2M_PAGING_WRITE_MASK);
}

#define vmx_ept_pde_2m_set_paging_write(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pde_2m_set_paging_write: value does not fit in bits 58:58"); \
	__vmx_ept_pde_2m_set_paging_write(v, x);			\
})

static __always_inline vmx_u64 vmx_ept_pde_2m_supervisor_shadow_stack(vmx_u64 v)
{
	return (v & VMX_EPT_PDE_2M_SUPERVISOR_SHADOW_STACK_MASK) >> 60;
}

static __always_inline vmx_u64 __vmx_ept_pde_2m_set_supervisor_shadow_stack(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDE_2M_SUPERVISOR_SHADOW_STACK_MASK) |
	       (x << 60 & VMX_EPT_PDE_2M_SUPERVISOR_SHADOW_STACK_MASK);
}

#define vmx_ept_pde_2m_set_supervisor_shadow_stack(v, x)		\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pde_2m_set_supervisor_shadow_stack: value does not fit in bits 60:60"); \
	__vmx_ept_pde_2m_set_supervisor_shadow_stack(v, x);		\
})

static __always_inline vmx_u64 vmx_ept_pde_2m_suppress_ve(vmx_u64 v)
{
	return (v & VMX_EPT_PDE_2M_SUPPRESS_VE_MASK) >> 63;
}

static __always_inline vmx_u64 __vmx_ept_pde_2m_set_suppress_ve(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PDE_2M_SUPPRESS_VE_MASK) |
	       (x << 63 & VMX_EPT_PDE_2M_SUPPRESS_VE_MASK);
}

#define vmx_ept_pde_2m_set_suppress_ve(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pde_2m_set_suppress_ve: value does not fit in bits 63:63"); \
	__vmx_ept_pde_2m_set_suppress_ve(v, x);				\
})

/* Values of vmx_ept_pde_2m_memtype(). */
enum vmx_ept_pde_2m_memtype {
	VMX_EPT_PDE_2M_MEMTYPE_UC = 0, /* uncacheable */
	VMX_EPT_PDE_2M_MEMTYPE_WC = 1, /* write combining */
	VMX_EPT_PDE_2M_MEMTYPE_WT = 4, /* write-through */
	VMX_EPT_PDE_2M_MEMTYPE_WP = 5, /* write-protected */
	VMX_EPT_PDE_2M_MEMTYPE_WB = 6, /* write-back */
};

/*
 * EPT page-table entry (maps a 4-KByte page): 64 bits, Intel SDM Vol. 3C, Chapter 29 (VMX Support for Address Translation), Table 29-6 (Format of an EPT Page-Table Entry that Maps a 4-KByte Page).
 *   0:0	read: reads allowed from the 4-KByte page
 *   1:1	write: writes allowed to the 4-KByte page
 *   2:2	execute: instruction fetches allowed (supervisor-mode linear addresses only, with mode-based execute control)
 *   5:3	memtype: EPT memory type of the page (2, 3 and 7 are reserved: EPT misconfiguration)
 *   6:6	ignore_pat: ignore the PAT memory type for this page
 *   7:7	reserved
 *   8:8	accessed: accessed flag (EPTP bit 6 set; ignored otherwise)
 *   9:9	dirty: dirty flag (EPTP bit 6 set; ignored otherwise)
 *   10:10	user_execute: instruction fetches allowed from user-mode linear addresses (mode-based execute control; ignored otherwise)
 *   11:11	reserved
 *   51:12	address: physical address of the 4-KByte page; getter: address >> 12
 *   56:52	reserved
 *   57:57	verify_guest_paging: verify guest paging (guest-paging verification control; ignored otherwise)
 *   58:58	paging_write: paging-write access (EPT paging-write control; ignored otherwise)
 *   59:59	reserved
 *   60:60	supervisor_shadow_stack: supervisor shadow-stack page (EPTP bit 7 set; ignored otherwise)
 *   61:61	sub_page_write: sub-page write permissions (sub-page write permissions control; ignored otherwise)
 *   62:62	reserved
 *   63:63	suppress_ve: suppress #VE (EPT-violation #VE control; ignored otherwise)
 */
#define VMX_EPT_PTE_READ_MASK 0x1ULL
#define VMX_EPT_PTE_WRITE_MASK 0x2ULL
#define VMX_EPT_PTE_EXECUTE_MASK 0x4ULL
#define VMX_EPT_PTE_MEMTYPE_MASK 0x38ULL
#define VMX_EPT_PTE_IGNORE_PAT_MASK 0x40ULL
#define VMX_EPT_PTE_ACCESSED_MASK 0x100ULL
#define VMX_EPT_PTE_DIRTY_MASK 0x200ULL
#define VMX_EPT_PTE_USER_EXECUTE_MASK 0x400ULL
#define VMX_EPT_PTE_ADDRESS_MASK 0xffffffffff000ULL
#define VMX_EPT_PTE_VERIFY_GUEST_PAGING_MASK 0x200000000000000ULL
#define VMX_EPT_PTE_PAGING_WRITE_MASK 0x400000000000000ULL
#define VMX_EPT_PTE_SUPERVISOR_SHADOW_STACK_MASK 0x1000000000000000ULL
#define VMX_EPT_PTE_SUB_PAGE_WRITE_MASK 0x2000000000000000ULL
#define VMX_EPT_PTE_SUPPRESS_VE_MASK 0x8000000000000000ULL

static __always_inline vmx_u64 vmx_ept_pte_read(vmx_u64 v)
{
	return (v & VMX_EPT_PTE_READ_MASK) >> 0;
}

static __always_inline vmx_u64 __vmx_ept_pte_set_read(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PTE_READ_MASK) |
	       (x << 0 & VMX_EPT_PTE_READ_MASK);
}

#define vmx_ept_pte_set_read(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pte_set_read: value does not fit in bits 0:0"); \
	__vmx_ept_pte_set_read(v, x);					\
})

static __always_inline vmx_u64 vmx_ept_pte_write(vmx_u64 v)
{
	return (v & VMX_EPT_PTE_WRITE_MASK) >> 1;
}

static __always_inline vmx_u64 __vmx_ept_pte_set_write(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PTE_WRITE_MASK) |
	       (x << 1 & VMX_EPT_PTE_WRITE_MASK);
}

#define vmx_ept_pte_set_write(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pte_set_write: value does not fit in bits 1:1"); \
	__vmx_ept_pte_set_write(v, x);					\
})

static __always_inline vmx_u64 vmx_ept_pte_execute(vmx_u64 v)
{
	return (v & VMX_EPT_PTE_EXECUTE_MASK) >> 2;
}

static __always_inline vmx_u64 __vmx_ept_pte_set_execute(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PTE_EXECUTE_MASK) |
	       (x << 2 & VMX_EPT_PTE_EXECUTE_MASK);
}

#define vmx_ept_pte_set_execute(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pte_set_execute: value does not fit in bits 2:2"); \
	__vmx_ept_pte_set_execute(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pte_memtype(vmx_u64 v)
{
	return (v & VMX_EPT_PTE_MEMTYPE_MASK) >> 3;
}

static __always_inline vmx_u64 __vmx_ept_pte_set_memtype(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PTE_MEMTYPE_MASK) |
	       (x << 3 & VMX_EPT_PTE_MEMTYPE_MASK);
}

#define vmx_ept_pte_set_memtype(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x7,						\
			"vmx_ept_pte_set_memtype: value does not fit in bits 5:3"); \
	__vmx_ept_pte_set_memtype(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pte_ignore_pat(vmx_u64 v)
{
	return (v & VMX_EPT_PTE_IGNORE_PAT_MASK) >> 6;
}

static __always_inline vmx_u64 __vmx_ept_pte_set_ignore_pat(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PTE_IGNORE_PAT_MASK) |
	       (x << 6 & VMX_EPT_PTE_IGNORE_PAT_MASK);
}

#define vmx_ept_pte_set_ignore_pat(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pte_set_ignore_pat: value does not fit in bits 6:6"); \
	__vmx_ept_pte_set_ignore_pat(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pte_accessed(vmx_u64 v)
{
	return (v & VMX_EPT_PTE_ACCESSED_MASK) >> 8;
}

static __always_inline vmx_u64 __vmx_ept_pte_set_accessed(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PTE_ACCESSED_MASK) |
	       (x << 8 & VMX_EPT_PTE_ACCESSED_MASK);
}

#define vmx_ept_pte_set_accessed(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pte_set_accessed: value does not fit in bits 8:8"); \
	__vmx_ept_pte_set_accessed(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pte_dirty(vmx_u64 v)
{
	return (v & VMX_EPT_PTE_DIRTY_MASK) >> 9;
}

static __always_inline vmx_u64 __vmx_ept_pte_set_dirty(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PTE_DIRTY_MASK) |
	       (x << 9 & VMX_EPT_PTE_DIRTY_MASK);
}

#define vmx_ept_pte_set_dirty(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pte_set_dirty: value does not fit in bits 9:9"); \
	__vmx_ept_pte_set_dirty(v, x);					\
})

static __always_inline vmx_u64 vmx_ept_pte_user_execute(vmx_u64 v)
{
	return (v & VMX_EPT_PTE_USER_EXECUTE_MASK) >> 10;
}

static __always_inline vmx_u64 __vmx_ept_pte_set_user_execute(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PTE_USER_EXECUTE_MASK) |
	       (x << 10 & VMX_EPT_PTE_USER_EXECUTE_MASK);
}

#define vmx_ept_pte_set_user_execute(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pte_set_user_execute: value does not fit in bits 10:10"); \
	__vmx_ept_pte_set_user_execute(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pte_address(vmx_u64 v)
{
	return (v & VMX_EPT_PTE_ADDRESS_MASK) >> 12;
}

static __always_inline vmx_u64 __vmx_ept_pte_set_address(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PTE_ADDRESS_MASK) |
	       (x << 12 & VMX_EPT_PTE_ADDRESS_MASK);
}

#define vmx_ept_pte_set_address(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0xffffffffff,					\
			"vmx_ept_pte_set_address: value does not fit in bits 51:12"); \
	__vmx_ept_pte_set_address(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pte_verify_guest_paging(vmx_u64 v)
{
	return (v & VMX_EPT_PTE_VERIFY_GUEST_PAGING_MASK) >> 57;
}

static __always_inline vmx_u64 __vmx_ept_pte_set_verify_guest_paging(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PTE_VERIFY_GUEST_PAGING_MASK) |
	       (x << 57 & VMX_EPT_PTE_VERIFY_GUEST_PAGING_MASK);
}

#define vmx_ept_pte_set_verify_guest_paging(v, x)			\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pte_set_verify_guest_paging: value does not fit in bits 57:57"); \
	__vmx_ept_pte_set_verify_guest_paging(v, x);			\
})

static __always_inline vmx_u64 vmx_ept_pte_paging_write(vmx_u64 v)
{
	return (v & VMX_EPT_PTE_PAGING_WRITE_MASK) >> 58;
}

static __always_inline vmx_u64 __vmx_ept_pte_set_paging_write(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PTE_PAGING_WRITE_MASK) |
	       (x << 58 & VMX_EPT_PTE_PAGING_WRITE_MASK);
}

#define vmx_ept_pte_set_paging_write(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pte_set_paging_write: value does not fit in bits 58:58"); \
	__vmx_ept_pte_set_paging_write(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pte_supervisor_shadow_stack(vmx_u64 v)
{
	return (v & VMX_EPT_PTE_SUPERVISOR_SHADOW_STACK_MASK) >> 60;
}

static __always_inline vmx_u64 __vmx_ept_pte_set_supervisor_shadow_stack(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PTE_SUPERVISOR_SHADOW_STACK_MASK) |
	       (x << 60 & VMX_EPT_PTE_SUPERVISOR_SHADOW_STACK_MASK);
}

#define vmx_ept_pte_set_supervisor_shadow_stack(v, x)			\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pte_set_supervisor_shadow_stack: value does not fit in bits 60:60"); \
	__vmx_ept_pte_set_supervisor_shadow_stack(v, x);		\
})

static __always_inline vmx_u64 vmx_ept_pte_sub_page_write(vmx_u64 v)
{
	return (v & VMX_EPT_PTE_SUB_PAGE_WRITE_MASK) >> 61;
}

static __always_inline vmx_u64 __vmx_ept_pte_set_sub_page_write(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PTE_SUB_PAGE_WRITE_MASK) |
	       (x << 61 & VMX_EPT_PTE_SUB_PAGE_WRITE_MASK);
}

#define vmx_ept_pte_set_sub_page_write(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pte_set_sub_page_write: value does not fit in bits 61:61"); \
	__vmx_ept_pte_set_sub_page_write(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_pte_suppress_ve(vmx_u64 v)
{
	return (v & VMX_EPT_PTE_SUPPRESS_VE_MASK) >> 63;
}

static __always_inline vmx_u64 __vmx_ept_pte_set_suppress_ve(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_PTE_SUPPRESS_VE_MASK) |
	       (x << 63 & VMX_EPT_PTE_SUPPRESS_VE_MASK);
}

#define vmx_ept_pte_set_suppress_ve(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_pte_set_suppress_ve: value does not fit in bits 63:63"); \
	__vmx_ept_pte_set_suppress_ve(v, x);				\
})

/* Values of vmx_ept_pte_memtype(). */
enum vmx_ept_pte_memtype {
	VMX_EPT_PTE_MEMTYPE_UC = 0, /* uncacheable */
	VMX_EPT_PTE_MEMTYPE_WC = 1, /* write combining */
	VMX_EPT_PTE_MEMTYPE_WT = 4, /* write-through */
	VMX_EPT_PTE_MEMTYPE_WP = 5, /* write-protected */
	VMX_EPT_PTE_MEMTYPE_WB = 6, /* write-back */
};

/*
 * exit reason (VM-exit information field): 32 bits, Intel SDM Vol. 3C, Section 25.9.1 (Basic VM-Exit Information), table 'Format of Exit Reason' (Table 24-14 in the 2016 edition).
 *   15:0	basic: basic exit reason (Appendix C); of the VM-entry failure if entry_failure is 1
 *   24:16	reserved, must be zero
 *   25:25	reserved
 *   26:26	bus_lock_detected: a bus lock was detected (bus-lock detection VM-execution control)
 *   27:27	enclave: the VM exit was incident to enclave mode
 *   28:28	pending_mtf: SMM VM exit that took priority over a pending MTF VM exit
 *   29:29	from_root: VM exit from VMX root operation (SMM VM exits only)
 *   30:30	reserved, must be zero
 *   31:31	entry_failure: VM-entry failure (0 = true VM exit)
 */
#define VMX_EXIT_REASON_BASIC_MASK 0xffffU
#define VMX_EXIT_REASON_BUS_LOCK_DETECTED_MASK 0x4000000U
#define VMX_EXIT_REASON_ENCLAVE_MASK 0x8000000U
#define VMX_EXIT_REASON_PENDING_MTF_MASK 0x10000000U
#define VMX_EXIT_REASON_FROM_ROOT_MASK 0x20000000U
#define VMX_EXIT_REASON_ENTRY_FAILURE_MASK 0x80000000U

static __always_inline vmx_u32 vmx_exit_reason_basic(vmx_u32 v)
{
	return (v & VMX_EXIT_REASON_BASIC_MASK) >> 0;
}

static __always_inline vmx_u32 __vmx_exit_reason_set_basic(vmx_u32 v, vmx_u32 x)
{
	return (v & ~VMX_EXIT_REASON_BASIC_MASK) |
	       (x << 0 & VMX_EXIT_REASON_BASIC_MASK);
}

#define vmx_exit_reason_set_basic(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0xffff,					\
			"vmx_exit_reason_set_basic: value does not fit in bits 15:0"); \
	__vmx_exit_reason_set_basic(v, x);				\
})

static __always_inline vmx_u32 vmx_exit_reason_bus_lock_detected(vmx_u32 v)
{
	return (v & VMX_EXIT_REASON_BUS_LOCK_DETECTED_MASK) >> 26;
}

static __always_inline vmx_u32 __vmx_exit_reason_set_bus_lock_detected(vmx_u32 v, vmx_u32 x)
{
	return (v & ~VMX_EXIT_REASON_BUS_LOCK_DETECTED_MASK) |
	       (x << 26 & VMX_EXIT_REASON_BUS_LOCK_DETECTED_MASK);
}

#define vmx_exit_reason_set_bus_lock_detected(v, x)			\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_exit_reason_set_bus_lock_detected: value does not fit in bits 26:26"); \
	__vmx_exit_reason_set_bus_lock_detected(v, x);			\
})

static __always_inline vmx_u32 vmx_exit_reason_enclave(vmx_u32 v)
{
	return (v & VMX_EXIT_REASON_ENCLAVE_MASK) >> 27;
}

static __always_inline vmx_u32 __vmx_exit_reason_set_enclave(vmx_u32 v, vmx_u32 x)
{
	return (v & ~VMX_EXIT_REASON_ENCLAVE_MASK) |
	       (x << 27 & VMX_EXIT_REASON_ENCLAVE_MASK);
}

#define vmx_exit_reason_set_enclave(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_exit_reason_set_enclave: value does not fit in bits 27:27"); \
	__vmx_exit_reason_set_enclave(v, x);				\
})

static __always_inline vmx_u32 vmx_exit_reason_pending_mtf(vmx_u32 v)
{
	return (v & VMX_EXIT_REASON_PENDING_MTF_MASK) >> 28;
}

static __always_inline vmx_u32 __vmx_exit_reason_set_pending_mtf(vmx_u32 v, vmx_u32 x)
{
	return (v & ~VMX_EXIT_REASON_PENDING_MTF_MASK) |
	       (x << 28 & VMX_EXIT_REASON_PENDING_MTF_MASK);
}

#define vmx_exit_reason_set_pending_mtf(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_exit_reason_set_pending_mtf: value does not fit in bits 28:28"); \
	__vmx_exit_reason_set_pending_mtf(v, x);			\
})

static __always_inline vmx_u32 vmx_exit_reason_from_root(vmx_u32 v)
{
	return (v & VMX_EXIT_REASON_FROM_ROOT_MASK) >> 29;
}

static __always_inline vmx_u32 __vmx_exit_reason_set_from_root(vmx_u32 v, vmx_u32 x)
{
	return (v & ~VMX_EXIT_REASON_FROM_ROOT_MASK) |
	       (x << 29 & VMX_EXIT_REASON_FROM_ROOT_MASK);
}

#define vmx_exit_reason_set_from_root(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_exit_reason_set_from_root: value does not fit in bits 29:29"); \
	__vmx_exit_reason_set_from_root(v, x);				\
})

static __always_inline vmx_u32 vmx_exit_reason_entry_failure(vmx_u32 v)
{
	return (v & VMX_EXIT_REASON_ENTRY_FAILURE_MASK) >> 31;
}

static __always_inline vmx_u32 __vmx_exit_reason_set_entry_failure(vmx_u32 v, vmx_u32 x)
{
	return (v & ~VMX_EXIT_REASON_ENTRY_FAILURE_MASK) |
	       (x << 31 & VMX_EXIT_REASON_ENTRY_FAILURE_MASK);
}

#define vmx_exit_reason_set_entry_failure(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_exit_reason_set_entry_failure: value does not fit in bits 31:31"); \
	__vmx_exit_reason_set_entry_failure(v, x);			\
})

/*
 * interruption information (VM-entry and VM-exit interruption information, IDT-vectoring information): 32 bits, Intel SDM Vol. 3C, Sections 25.8.3, 25.9.2, 25.9.3, tables 'Format of the VM-Entry/VM-Exit Interruption-Information Field', 'Format of the IDT-Vectoring Information Field'.
 *   7:0	vector: vector of the interrupt or exception
 *   10:8	type: interruption (event) type
 *   11:11	error_code_valid: an error code is delivered (VM entry) or was saved (VM exit, IDT vectoring)
 *   12:12	nmi_unblocking: VM-exit interruption information only: NMI unblocking due to IRET (undefined in IDT-vectoring information, must be 0 on VM entry)
 *   13:13	nested_exception: FRED: the event is a nested exception (with IA32_VMX_BASIC bit 58); reserved otherwise
 *   30:14	reserved, must be zero
 *   31:31	valid: the field is valid
 */
#define VMX_INTR_INFO_VECTOR_MASK 0xffU
#define VMX_INTR_INFO_TYPE_MASK 0x700U
#define VMX_INTR_INFO_ERROR_CODE_VALID_MASK 0x800U
#define VMX_INTR_INFO_NMI_UNBLOCKING_MASK 0x1000U
#define VMX_INTR_INFO_NESTED_EXCEPTION_MASK 0x2000U
#define VMX_INTR_INFO_VALID_MASK 0x80000000U

static __always_inline vmx_u32 vmx_intr_info_vector(vmx_u32 v)
{
	return (v & VMX_INTR_INFO_VECTOR_MASK) >> 0;
}

static __always_inline vmx_u32 __vmx_intr_info_set_vector(vmx_u32 v, vmx_u32 x)
{
	return (v & ~VMX_INTR_INFO_VECTOR_MASK) |
	       (x << 0 & VMX_INTR_INFO_VECTOR_MASK);
}

#define vmx_intr_info_set_vector(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0xff,						\
			"vmx_intr_info_set_vector: value does not fit in bits 7:0"); \
	__vmx_intr_info_set_vector(v, x);				\
})

static __always_inline vmx_u32 vmx_intr_info_type(vmx_u32 v)
{
	return (v & VMX_INTR_INFO_TYPE_MASK) >> 8;
}

static __always_inline vmx_u32 __vmx_intr_info_set_type(vmx_u32 v, vmx_u32 x)
{
	return (v & ~VMX_INTR_INFO_TYPE_MASK) |
	       (x << 8 & VMX_INTR_INFO_TYPE_MASK);
}

#define vmx_intr_info_set_type(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x7,						\
			"vmx_intr_info_set_type: value does not fit in bits 10:8"); \
	__vmx_intr_info_set_type(v, x);					\
})

static __always_inline vmx_u32 vmx_intr_info_error_code_valid(vmx_u32 v)
{
	return (v & VMX_INTR_INFO_ERROR_CODE_VALID_MASK) >> 11;
}

static __always_inline vmx_u32 __vmx_intr_info_set_error_code_valid(vmx_u32 v, vmx_u32 x)
{
	return (v & ~VMX_INTR_INFO_ERROR_CODE_VALID_MASK) |
	       (x << 11 & VMX_INTR_INFO_ERROR_CODE_VALID_MASK);
}

#define vmx_intr_info_set_error_code_valid(v, x)			\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_intr_info_set_error_code_valid: value does not fit in bits 11:11"); \
	__vmx_intr_info_set_error_code_valid(v, x);			\
})

static __always_inline vmx_u32 vmx_intr_info_nmi_unblocking(vmx_u32 v)
{
	return (v & VMX_INTR_INFO_NMI_UNBLOCKING_MASK) >> 12;
}

static __always_inline vmx_u32 __vmx_intr_info_set_nmi_unblocking(vmx_u32 v, vmx_u32 x)
{
	return (v & ~VMX_INTR_INFO_NMI_UNBLOCKING_MASK) |
	       (x << 12 & VMX_INTR_INFO_NMI_UNBLOCKING_MASK);
}

#define vmx_intr_info_set_nmi_unblocking(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_intr_info_set_nmi_unblocking: value does not fit in bits 12:12"); \
	__vmx_intr_info_set_nmi_unblocking(v, x);			\
})

static __always_inline vmx_u32 vmx_intr_info_nested_exception(vmx_u32 v)
{
	return (v & VMX_INTR_INFO_NESTED_EXCEPTION_MASK) >> 13;
}

static __always_inline vmx_u32 __vmx_intr_info_set_nested_exception(vmx_u32 v, vmx_u32 x)
{
	return (v & ~VMX_INTR_INFO_NESTED_EXCEPTION_MASK) |
	       (x << 13 & VMX_INTR_INFO_NESTED_EXCEPTION_MASK);
}

#define vmx_intr_info_set_nested_exception(v, x)			\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_intr_info_set_nested_exception: value does not fit in bits 13:13"); \
	__vmx_intr_info_set_nested_exception(v, x);			\
})

static __always_inline vmx_u32 vmx_intr_info_valid(vmx_u32 v)
{
	return (v & VMX_INTR_INFO_VALID_MASK) >> 31;
}

static __always_inline vmx_u32 __vmx_intr_info_set_valid(vmx_u32 v, vmx_u32 x)
{
	return (v & ~VMX_INTR_INFO_VALID_MASK) |
	       (x << 31 & VMX_INTR_INFO_VALID_MASK);
}

#define vmx_intr_info_set_valid(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_intr_info_set_valid: value does not fit in bits 31:31"); \
	__vmx_intr_info_set_valid(v, x);				\
})

/* Values of vmx_intr_info_type(). */
enum vmx_intr_info_type {
	VMX_INTR_INFO_TYPE_EXTERNAL_INTERRUPT = 0, /* external interrupt */
	VMX_INTR_INFO_TYPE_NMI = 2, /* non-maskable interrupt */
	VMX_INTR_INFO_TYPE_HARDWARE_EXCEPTION = 3, /* hardware exception (#PF, #UD, ...) */
	VMX_INTR_INFO_TYPE_SOFTWARE_INTERRUPT = 4, /* software interrupt (INT n) */
	VMX_INTR_INFO_TYPE_PRIVILEGED_SOFTWARE_EXCEPTION = 5, /* privileged software exception (INT1) */
	VMX_INTR_INFO_TYPE_SOFTWARE_EXCEPTION = 6, /* software exception (INT3, INTO) */
	VMX_INTR_INFO_TYPE_OTHER_EVENT = 7, /* other event (MTF injection; SYSCALL/SYSENTER with FRED) */
};

/*
 * exit qualification for control-register accesses (MOV CR, CLTS, LMSW): 64 bits, Intel SDM Vol. 3C, Section 28.2.1 (Basic VM-Exit Information), Table 28-3 (Exit Qualification for Control-Register Accesses; Table 27-3 in the 2016 edition).
 *   3:0	cr: number of the control register (0 for CLTS and LMSW)
 *   5:4	access_type: access type
 *   6:6	lmsw_type: LMSW operand type (0 for CLTS and MOV CR)
 *   7:7	reserved, must be zero
 *   11:8	gpr: MOV CR: the general-purpose register, 0 = RAX, 1 = RCX, 2 = RDX, 3 = RBX, 4 = RSP, 5 = RBP, 6 = RSI, 7 = RDI, 8-15 = R8-R15 (0 for CLTS and LMSW)
 *   15:12	reserved, must be zero
 *   31:16	lmsw_source: LMSW source data (0 for CLTS and MOV CR)
 *   63:32	reserved, must be zero
 */
#define VMX_QUAL_CR_CR_MASK 0xfULL
#define VMX_QUAL_CR_ACCESS_TYPE_MASK 0x30ULL
#define VMX_QUAL_CR_LMSW_TYPE_MASK 0x40ULL
#define VMX_QUAL_CR_GPR_MASK 0xf00ULL
#define VMX_QUAL_CR_LMSW_SOURCE_MASK 0xffff0000ULL

static __always_inline vmx_u64 vmx_qual_cr_cr(vmx_u64 v)
{
	return (v & VMX_QUAL_CR_CR_MASK) >> 0;
}

static __always_inline vmx_u64 __vmx_qual_cr_set_cr(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_CR_CR_MASK) |
	       (x << 0 & VMX_QUAL_CR_CR_MASK);
}

#define vmx_qual_cr_set_cr(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0xf,						\
			"vmx_qual_cr_set_cr: value does not fit in bits 3:0"); \
	__vmx_qual_cr_set_cr(v, x);					\
})

static __always_inline vmx_u64 vmx_qual_cr_access_type(vmx_u64 v)
{
	return (v & VMX_QUAL_CR_ACCESS_TYPE_MASK) >> 4;
}

static __always_inline vmx_u64 __vmx_qual_cr_set_access_type(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_CR_ACCESS_TYPE_MASK) |
	       (x << 4 & VMX_QUAL_CR_ACCESS_TYPE_MASK);
}

#define vmx_qual_cr_set_access_type(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x3,						\
			"vmx_qual_cr_set_access_type: value does not fit in bits 5:4"); \
	__vmx_qual_cr_set_access_type(v, x);				\
})

static __always_inline vmx_u64 vmx_qual_cr_lmsw_type(vmx_u64 v)
{
	return (v & VMX_QUAL_CR_LMSW_TYPE_MASK) >> 6;
}

static __always_inline vmx_u64 __vmx_qual_cr_set_lmsw_type(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_CR_LMSW_TYPE_MASK) |
	       (x << 6 & VMX_QUAL_CR_LMSW_TYPE_MASK);
}

#define vmx_qual_cr_set_lmsw_type(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_qual_cr_set_lmsw_type: value does not fit in bits 6:6"); \
	__vmx_qual_cr_set_lmsw_type(v, x);				\
})

static __always_inline vmx_u64 vmx_qual_cr_gpr(vmx_u64 v)
{
	return (v & VMX_QUAL_CR_GPR_MASK) >> 8;
}

static __always_inline vmx_u64 __vmx_qual_cr_set_gpr(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_CR_GPR_MASK) |
	       (x << 8 & VMX_QUAL_CR_GPR_MASK);
}

#define vmx_qual_cr_set_gpr(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0xf,						\
			"vmx_qual_cr_set_gpr: value does not fit in bits 11:8"); \
	__vmx_qual_cr_set_gpr(v, x);					\
})

static __always_inline vmx_u64 vmx_qual_cr_lmsw_source(vmx_u64 v)
{
	return (v & VMX_QUAL_CR_LMSW_SOURCE_MASK) >> 16;
}

static __always_inline vmx_u64 __vmx_qual_cr_set_lmsw_source(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_CR_LMSW_SOURCE_MASK) |
	       (x << 16 & VMX_QUAL_CR_LMSW_SOURCE_MASK);
}

#define vmx_qual_cr_set_lmsw_source(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0xffff,					\
			"vmx_qual_cr_set_lmsw_source: value does not fit in bits 31:16"); \
	__vmx_qual_cr_set_lmsw_source(v, x);				\
})

/* Values of vmx_qual_cr_access_type(). */
enum vmx_qual_cr_access_type {
	VMX_QUAL_CR_ACCESS_TYPE_MOV_TO_CR = 0,
	VMX_QUAL_CR_ACCESS_TYPE_MOV_FROM_CR = 1,
	VMX_QUAL_CR_ACCESS_TYPE_CLTS = 2,
	VMX_QUAL_CR_ACCESS_TYPE_LMSW = 3,
};

/* Values of vmx_qual_cr_lmsw_type(). */
enum vmx_qual_cr_lmsw_type {
	VMX_QUAL_CR_LMSW_TYPE_REGISTER = 0,
	VMX_QUAL_CR_LMSW_TYPE_MEMORY = 1,
};

/*
 * exit qualification for MOV DR: 64 bits, Intel SDM Vol. 3C, Section 28.2.1 (Basic VM-Exit Information), Table 28-4 (Exit Qualification for MOV DR; Table 27-4 in the 2016 edition).
 *   2:0	dr: number of the debug register
 *   3:3	reserved, must be zero
 *   4:4	direction: direction of the access
 *   7:5	reserved, must be zero
 *   11:8	gpr: the general-purpose register, numbered as in qual_cr
 *   63:12	reserved, must be zero
 */
#define VMX_QUAL_DR_DR_MASK 0x7ULL
#define VMX_QUAL_DR_DIRECTION_MASK 0x10ULL
#define VMX_QUAL_DR_GPR_MASK 0xf00ULL

static __always_inline vmx_u64 vmx_qual_dr_dr(vmx_u64 v)
{
	return (v & VMX_QUAL_DR_DR_MASK) >> 0;
}

static __always_inline vmx_u64 __vmx_qual_dr_set_dr(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_DR_DR_MASK) |
	       (x << 0 & VMX_QUAL_DR_DR_MASK);
}

#define vmx_qual_dr_set_dr(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x7,						\
			"vmx_qual_dr_set_dr: value does not fit in bits 2:0"); \
	__vmx_qual_dr_set_dr(v, x);					\
})

static __always_inline vmx_u64 vmx_qual_dr_direction(vmx_u64 v)
{
	return (v & VMX_QUAL_DR_DIRECTION_MASK) >> 4;
}

static __always_inline vmx_u64 __vmx_qual_dr_set_direction(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_DR_DIRECTION_MASK) |
	       (x << 4 & VMX_QUAL_DR_DIRECTION_MASK);
}

#define vmx_qual_dr_set_direction(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_qual_dr_set_direction: value does not fit in bits 4:4"); \
	__vmx_qual_dr_set_direction(v, x);				\
})

static __always_inline vmx_u64 vmx_qual_dr_gpr(vmx_u64 v)
{
	return (v & VMX_QUAL_DR_GPR_MASK) >> 8;
}

static __always_inline vmx_u64 __vmx_qual_dr_set_gpr(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_DR_GPR_MASK) |
	       (x << 8 & VMX_QUAL_DR_GPR_MASK);
}

#define vmx_qual_dr_set_gpr(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0xf,						\
			"vmx_qual_dr_set_gpr: value does not fit in bits 11:8"); \
	__vmx_qual_dr_set_gpr(v, x);					\
})

/* Values of vmx_qual_dr_direction(). */
enum vmx_qual_dr_direction {
	VMX_QUAL_DR_DIRECTION_MOV_TO_DR = 0,
	VMX_QUAL_DR_DIRECTION_MOV_FROM_DR = 1,
};

/*
 * exit qualification for I/O instructions: 64 bits, Intel SDM Vol. 3C, Section 28.2.1 (Basic VM-Exit Information), Table 28-5 (Exit Qualification for I/O Instructions; Table 27-5 in the 2016 edition).
 *   2:0	size: size of the access (other values not used)
 *   3:3	in: direction: 0 = OUT, 1 = IN
 *   4:4	string: string instruction (INS, OUTS)
 *   5:5	rep: REP prefixed
 *   6:6	imm: operand encoding: 0 = DX, 1 = immediate
 *   15:7	reserved, must be zero
 *   31:16	port: port number (from DX or the immediate)
 *   63:32	reserved, must be zero
 */
#define VMX_QUAL_IO_SIZE_MASK 0x7ULL
#define VMX_QUAL_IO_IN_MASK 0x8ULL
#define VMX_QUAL_IO_STRING_MASK 0x10ULL
#define VMX_QUAL_IO_REP_MASK 0x20ULL
#define VMX_QUAL_IO_IMM_MASK 0x40ULL
#define VMX_QUAL_IO_PORT_MASK 0xffff0000ULL

static __always_inline vmx_u64 vmx_qual_io_size(vmx_u64 v)
{
	return (v & VMX_QUAL_IO_SIZE_MASK) >> 0;
}

static __always_inline vmx_u64 __vmx_qual_io_set_size(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_IO_SIZE_MASK) |
	       (x << 0 & VMX_QUAL_IO_SIZE_MASK);
}

#define vmx_qual_io_set_size(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x7,						\
			"vmx_qual_io_set_size: value does not fit in bits 2:0"); \
	__vmx_qual_io_set_size(v, x);					\
})

static __always_inline vmx_u64 vmx_qual_io_in(vmx_u64 v)
{
	return (v & VMX_QUAL_IO_IN_MASK) >> 3;
}

static __always_inline vmx_u64 __vmx_qual_io_set_in(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_IO_IN_MASK) |
	       (x << 3 & VMX_QUAL_IO_IN_MASK);
}

#define vmx_qual_io_set_in(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_qual_io_set_in: value does not fit in bits 3:3"); \
	__vmx_qual_io_set_in(v, x);					\
})

static __always_inline vmx_u64 vmx_qual_io_string(vmx_u64 v)
{
	return (v & VMX_QUAL_IO_STRING_MASK) >> 4;
}

static __always_inline vmx_u64 __vmx_qual_io_set_string(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_IO_STRING_MASK) |
	       (x << 4 & VMX_QUAL_IO_STRING_MASK);
}

#define vmx_qual_io_set_string(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_qual_io_set_string: value does not fit in bits 4:4"); \
	__vmx_qual_io_set_string(v, x);					\
})

static __always_inline vmx_u64 vmx_qual_io_rep(vmx_u64 v)
{
	return (v & VMX_QUAL_IO_REP_MASK) >> 5;
}

static __always_inline vmx_u64 __vmx_qual_io_set_rep(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_IO_REP_MASK) |
	       (x << 5 & VMX_QUAL_IO_REP_MASK);
}

#define vmx_qual_io_set_rep(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_qual_io_set_rep: value does not fit in bits 5:5"); \
	__vmx_qual_io_set_rep(v, x);					\
})

static __always_inline vmx_u64 vmx_qual_io_imm(vmx_u64 v)
{
	return (v & VMX_QUAL_IO_IMM_MASK) >> 6;
}

static __always_inline vmx_u64 __vmx_qual_io_set_imm(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_IO_IMM_MASK) |
	       (x << 6 & VMX_QUAL_IO_IMM_MASK);
}

#define vmx_qual_io_set_imm(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_qual_io_set_imm: value does not fit in bits 6:6"); \
	__vmx_qual_io_set_imm(v, x);					\
})

static __always_inline vmx_u64 vmx_qual_io_port(vmx_u64 v)
{
	return (v & VMX_QUAL_IO_PORT_MASK) >> 16;
}

static __always_inline vmx_u64 __vmx_qual_io_set_port(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_IO_PORT_MASK) |
	       (x << 16 & VMX_QUAL_IO_PORT_MASK);
}

#define vmx_qual_io_set_port(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0xffff,					\
			"vmx_qual_io_set_port: value does not fit in bits 31:16"); \
	__vmx_qual_io_set_port(v, x);					\
})

/* Values of vmx_qual_io_size(). */
enum vmx_qual_io_size {
	VMX_QUAL_IO_SIZE_BYTE = 0, /* 1 byte */
	VMX_QUAL_IO_SIZE_WORD = 1, /* 2 bytes */
	VMX_QUAL_IO_SIZE_DWORD = 3, /* 4 bytes */
};

/*
 * exit qualification for task switches: 64 bits, Intel SDM Vol. 3C, Section 28.2.1 (Basic VM-Exit Information), Table 28-2 (Exit Qualification for Task Switch; Table 27-2 in the 2016 edition).
 *   15:0	selector: selector of the TSS the guest attempted to switch to
 *   29:16	reserved, must be zero
 *   31:30	source: what initiated the task switch
 *   63:32	reserved, must be zero
 */
#define VMX_QUAL_TASK_SWITCH_SELECTOR_MASK 0xffffULL
#define VMX_QUAL_TASK_SWITCH_SOURCE_MASK 0xc0000000ULL

static __always_inline vmx_u64 vmx_qual_task_switch_selector(vmx_u64 v)
{
	return (v & VMX_QUAL_TASK_SWITCH_SELECTOR_MASK) >> 0;
}

static __always_inline vmx_u64 __vmx_qual_task_switch_set_selector(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_TASK_SWITCH_SELECTOR_MASK) |
	       (x << 0 & VMX_QUAL_TASK_SWITCH_SELECTOR_MASK);
}

#define vmx_qual_task_switch_set_selector(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0xffff,					\
			"vmx_qual_task_switch_set_selector: value does not fit in bits 15:0"); \
	__vmx_qual_task_switch_set_selector(v, x);			\
})

static __always_inline vmx_u64 vmx_qual_task_switch_source(vmx_u64 v)
{
	return (v & VMX_QUAL_TASK_SWITCH_SOURCE_MASK) >> 30;
}

static __always_inline vmx_u64 __vmx_qual_task_switch_set_source(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_TASK_SWITCH_SOURCE_MASK) |
	       (x << 30 & VMX_QUAL_TASK_SWITCH_SOURCE_MASK);
}

#define vmx_qual_task_switch_set_source(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x3,						\
			"vmx_qual_task_switch_set_source: value does not fit in bits 31:30"); \
	__vmx_qual_task_switch_set_source(v, x);			\
})

/* Values of vmx_qual_task_switch_source(). */
enum vmx_qual_task_switch_source {
	VMX_QUAL_TASK_SWITCH_SOURCE_CALL = 0, /* CALL instruction */
	VMX_QUAL_TASK_SWITCH_SOURCE_IRET = 1, /* IRET instruction */
	VMX_QUAL_TASK_SWITCH_SOURCE_JMP = 2, /* JMP instruction */
	VMX_QUAL_TASK_SWITCH_SOURCE_IDT_TASK_GATE = 3, /* task gate in the IDT */
};

/*
 * exit qualification for EPT violations: 64 bits, Intel SDM Vol. 3C, Section 28.2.1 (Basic VM-Exit Information), Table 28-7 (Exit Qualification for EPT Violations; Table 27-7 in the 2016 edition).
 *   0:0	read: the access was a data read
 *   1:1	write: the access was a data write
 *   2:2	fetch: the access was an instruction fetch
 *   3:3	readable: AND of bit 0 (read) of the EPT entries used: the GPA was readable
 *   4:4	writable: AND of bit 1 (write) of the EPT entries used: the GPA was writable
 *   5:5	executable: AND of bit 2 (execute; supervisor-mode with mode-based execute control) of the EPT entries used
 *   6:6	user_executable: AND of bit 10 (user-mode execute) of the EPT entries used; undefined without mode-based execute control
 *   7:7	gla_valid: the guest linear-address field is valid
 *   8:8	gla_translation: if gla_valid: 1 = the access was to the translation of the linear address, 0 = to a guest paging-structure entry
 *   9:9	gla_user: advanced VM-exit information: the linear address is a user-mode address
 *   10:10	gla_writable: advanced VM-exit information: the linear address is writable (R/W of the guest paging entries)
 *   11:11	gla_nx: advanced VM-exit information: the linear address is execute-disable
 *   12:12	nmi_unblocking: NMI unblocking due to IRET
 *   13:13	shadow_stack: the access was a shadow-stack access
 *   14:14	supervisor_shadow_stack: the supervisor shadow-stack bit (60) of the EPT leaf entry, with EPTP bit 7 set
 *   16:15	reserved
 *   63:17	reserved, must be zero
 */
#define VMX_QUAL_EPT_READ_MASK 0x1ULL
#define VMX_QUAL_EPT_WRITE_MASK 0x2ULL
#define VMX_QUAL_EPT_FETCH_MASK 0x4ULL
#define VMX_QUAL_EPT_READABLE_MASK 0x8ULL
#define VMX_QUAL_EPT_WRITABLE_MASK 0x10ULL
#define VMX_QUAL_EPT_EXECUTABLE_MASK 0x20ULL
#define VMX_QUAL_EPT_USER_EXECUTABLE_MASK 0x40ULL
#define VMX_QUAL_EPT_GLA_VALID_MASK 0x80ULL
#define VMX_QUAL_EPT_GLA_TRANSLATION_MASK 0x100ULL
#define VMX_QUAL_EPT_GLA_USER_MASK 0x200ULL
#define VMX_QUAL_EPT_GLA_WRITABLE_MASK 0x400ULL
#define VMX_QUAL_EPT_GLA_NX_MASK 0x800ULL
#define VMX_QUAL_EPT_NMI_UNBLOCKING_MASK 0x1000ULL
#define VMX_QUAL_EPT_SHADOW_STACK_MASK 0x2000ULL
#define VMX_QUAL_EPT_SUPERVISOR_SHADOW_STACK_MASK 0x4000ULL

static __always_inline vmx_u64 vmx_qual_ept_read(vmx_u64 v)
{
	return (v & VMX_QUAL_EPT_READ_MASK) >> 0;
}

static __always_inline vmx_u64 __vmx_qual_ept_set_read(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_EPT_READ_MASK) |
	       (x << 0 & VMX_QUAL_EPT_READ_MASK);
}

#define vmx_qual_ept_set_read(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_qual_ept_set_read: value does not fit in bits 0:0"); \
	__vmx_qual_ept_set_read(v, x);					\
})

static __always_inline vmx_u64 vmx_qual_ept_write(vmx_u64 v)
{
	return (v & VMX_QUAL_EPT_WRITE_MASK) >> 1;
}

static __always_inline vmx_u64 __vmx_qual_ept_set_write(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_EPT_WRITE_MASK) |
	       (x << 1 & VMX_QUAL_EPT_WRITE_MASK);
}

#define vmx_qual_ept_set_write(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_qual_ept_set_write: value does not fit in bits 1:1"); \
	__vmx_qual_ept_set_write(v, x);					\
})

static __always_inline vmx_u64 vmx_qual_ept_fetch(vmx_u64 v)
{
	return (v & VMX_QUAL_EPT_FETCH_MASK) >> 2;
}

static __always_inline vmx_u64 __vmx_qual_ept_set_fetch(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_EPT_FETCH_MASK) |
	       (x << 2 & VMX_QUAL_EPT_FETCH_MASK);
}

#define vmx_qual_ept_set_fetch(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_qual_ept_set_fetch: value does not fit in bits 2:2"); \
	__vmx_qual_ept_set_fetch(v, x);					\
})

static __always_inline vmx_u64 vmx_qual_ept_readable(vmx_u64 v)
{
	return (v & VMX_QUAL_EPT_READABLE_MASK) >> 3;
}

static __always_inline vmx_u64 __vmx_qual_ept_set_readable(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_EPT_READABLE_MASK) |
	       (x << 3 & VMX_QUAL_EPT_READABLE_MASK);
}

#define vmx_qual_ept_set_readable(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_qual_ept_set_readable: value does not fit in bits 3:3"); \
	__vmx_qual_ept_set_readable(v, x);				\
})

static __always_inline vmx_u64 vmx_qual_ept_writable(vmx_u64 v)
{
	return (v & VMX_QUAL_EPT_WRITABLE_MASK) >> 4;
}

static __always_inline vmx_u64 __vmx_qual_ept_set_writable(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_EPT_WRITABLE_MASK) |
	       (x << 4 & VMX_QUAL_EPT_WRITABLE_MASK);
}

#define vmx_qual_ept_set_writable(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_qual_ept_set_writable: value does not fit in bits 4:4"); \
	__vmx_qual_ept_set_writable(v, x);				\
})

static __always_inline vmx_u64 vmx_qual_ept_executable(vmx_u64 v)
{
	return (v & VMX_QUAL_EPT_EXECUTABLE_MASK) >> 5;
}

static __always_inline vmx_u64 __vmx_qual_ept_set_executable(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_EPT_EXECUTABLE_MASK) |
	       (x << 5 & VMX_QUAL_EPT_EXECUTABLE_MASK);
}

#define vmx_qual_ept_set_executable(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_qual_ept_set_executable: value does not fit in bits 5:5"); \
	__vmx_qual_ept_set_executable(v, x);				\
})

static __always_inline vmx_u64 vmx_qual_ept_user_executable(vmx_u64 v)
{
	return (v & VMX_QUAL_EPT_USER_EXECUTABLE_MASK) >> 6;
}

static __always_inline vmx_u64 __vmx_qual_ept_set_user_executable(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_EPT_USER_EXECUTABLE_MASK) |
	       (x << 6 & VMX_QUAL_EPT_USER_EXECUTABLE_MASK);
}

#define vmx_qual_ept_set_user_executable(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_qual_ept_set_user_executable: value does not fit in bits 6:6"); \
	__vmx_qual_ept_set_user_executable(v, x);			\
})

static __always_inline vmx_u64 vmx_qual_ept_gla_valid(vmx_u64 v)
{
	return (v & VMX_QUAL_EPT_GLA_VALID_MASK) >> 7;
}

static __always_inline vmx_u64 __vmx_qual_ept_set_gla_valid(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_EPT_GLA_VALID_MASK) |
	       (x << 7 & VMX_QUAL_EPT_GLA_VALID_MASK);
}

#define vmx_qual_ept_set_gla_valid(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_qual_ept_set_gla_valid: value does not fit in bits 7:7"); \
	__vmx_qual_ept_set_gla_valid(v, x);				\
})

static __always_inline vmx_u64 vmx_qual_ept_gla_translation(vmx_u64 v)
{
	return (v & VMX_QUAL_EPT_GLA_TRANSLATION_MASK) >> 8;
}

static __always_inline vmx_u64 __vmx_qual_ept_set_gla_translation(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_EPT_GLA_TRANSLATION_MASK) |
	       (x << 8 & VMX_QUAL_EPT_GLA_TRANSLATION_MASK);
}

#define vmx_qual_ept_set_gla_translation(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_qual_ept_set_gla_translation: value does not fit in bits 8:8"); \
	__vmx_qual_ept_set_gla_translation(v, x);			\
})

static __always_inline vmx_u64 vmx_qual_ept_gla_user(vmx_u64 v)
{
	return (v & VMX_QUAL_EPT_GLA_USER_MASK) >> 9;
}

static __always_inline vmx_u64 __vmx_qual_ept_set_gla_user(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_EPT_GLA_USER_MASK) |
	       (x << 9 & VMX_QUAL_EPT_GLA_USER_MASK);
}

#define vmx_qual_ept_set_gla_user(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_qual_ept_set_gla_user: value does not fit in bits 9:9"); \
	__vmx_qual_ept_set_gla_user(v, x);				\
})

static __always_inline vmx_u64 vmx_qual_ept_gla_writable(vmx_u64 v)
{
	return (v & VMX_QUAL_EPT_GLA_WRITABLE_MASK) >> 10;
}

static __always_inline vmx_u64 __vmx_qual_ept_set_gla_writable(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_EPT_GLA_WRITABLE_MASK) |
	       (x << 10 & VMX_QUAL_EPT_GLA_WRITABLE_MASK);
}

#define vmx_qual_ept_set_gla_writable(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_qual_ept_set_gla_writable: value does not fit in bits 10:10"); \
	__vmx_qual_ept_set_gla_writable(v, x);				\
})

static __always_inline vmx_u64 vmx_qual_ept_gla_nx(vmx_u64 v)
{
	return (v & VMX_QUAL_EPT_GLA_NX_MASK) >> 11;
}

static __always_inline vmx_u64 __vmx_qual_ept_set_gla_nx(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_EPT_GLA_NX_MASK) |
	       (x << 11 & VMX_QUAL_EPT_GLA_NX_MASK);
}

#define vmx_qual_ept_set_gla_nx(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_qual_ept_set_gla_nx: value does not fit in bits 11:11"); \
	__vmx_qual_ept_set_gla_nx(v, x);				\
})

static __always_inline vmx_u64 vmx_qual_ept_nmi_unblocking(vmx_u64 v)
{
	return (v & VMX_QUAL_EPT_NMI_UNBLOCKING_MASK) >> 12;
}

static __always_inline vmx_u64 __vmx_qual_ept_set_nmi_unblocking(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_EPT_NMI_UNBLOCKING_MASK) |
	       (x << 12 & VMX_QUAL_EPT_NMI_UNBLOCKING_MASK);
}

#define vmx_qual_ept_set_nmi_unblocking(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_qual_ept_set_nmi_unblocking: value does not fit in bits 12:12"); \
	__vmx_qual_ept_set_nmi_unblocking(v, x);			\
})

static __always_inline vmx_u64 vmx_qual_ept_shadow_stack(vmx_u64 v)
{
	return (v & VMX_QUAL_EPT_SHADOW_STACK_MASK) >> 13;
}

static __always_inline vmx_u64 __vmx_qual_ept_set_shadow_stack(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_EPT_SHADOW_STACK_MASK) |
	       (x << 13 & VMX_QUAL_EPT_SHADOW_STACK_MASK);
}

#define vmx_qual_ept_set_shadow_stack(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_qual_ept_set_shadow_stack: value does not fit in bits 13:13"); \
	__vmx_qual_ept_set_shadow_stack(v, x);				\
})

static __always_inline vmx_u64 vmx_qual_ept_supervisor_shadow_stack(vmx_u64 v)
{
	return (v & VMX_QUAL_EPT_SUPERVISOR_SHADOW_STACK_MASK) >> 14;
}

static __always_inline vmx_u64 __vmx_qual_ept_set_supervisor_shadow_stack(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_QUAL_EPT_SUPERVISOR_SHADOW_STACK_MASK) |
	       (x << 14 & VMX_QUAL_EPT_SUPERVISOR_SHADOW_STACK_MASK);
}

#define vmx_qual_ept_set_supervisor_shadow_stack(v, x)			\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_qual_ept_set_supervisor_shadow_stack: value does not fit in bits 14:14"); \
	__vmx_qual_ept_set_supervisor_shadow_stack(v, x);		\
})

/*
 * segment access rights (guest ES..GS, LDTR, TR access-rights fields): 32 bits, Intel SDM Vol. 3C, Section 25.4.1 (Guest Register State), table 'Format of Access Rights' (Table 24-2 in the 2016 edition).
 *   3:0	type: segment type
 *   4:4	s: descriptor type (0 = system, 1 = code or data)
 *   6:5	dpl: descriptor privilege level
 *   7:7	p: segment present
 *   11:8	reserved, must be zero
 *   12:12	avl: available for use by system software
 *   13:13	l: 64-bit mode active (CS only; reserved for the other segments)
 *   14:14	db: default operation size (0 = 16-bit, 1 = 32-bit segment)
 *   15:15	g: granularity
 *   16:16	unusable: segment unusable (0 = usable, 1 = unusable)
 *   31:17	reserved, must be zero
 */
#define VMX_ACCESS_RIGHTS_TYPE_MASK 0xfU
#define VMX_ACCESS_RIGHTS_S_MASK 0x10U
#define VMX_ACCESS_RIGHTS_DPL_MASK 0x60U
#define VMX_ACCESS_RIGHTS_P_MASK 0x80U
#define VMX_ACCESS_RIGHTS_AVL_MASK 0x1000U
#define VMX_ACCESS_RIGHTS_L_MASK 0x2000U
#define VMX_ACCESS_RIGHTS_DB_MASK 0x4000U
#define VMX_ACCESS_RIGHTS_G_MASK 0x8000U
#define VMX_ACCESS_RIGHTS_UNUSABLE_MASK 0x10000U

static __always_inline vmx_u32 vmx_access_rights_type(vmx_u32 v)
{
	return (v & VMX_ACCESS_RIGHTS_TYPE_MASK) >> 0;
}

static __always_inline vmx_u32 __vmx_access_rights_set_type(vmx_u32 v, vmx_u32 x)
{
	return (v & ~VMX_ACCESS_RIGHTS_TYPE_MASK) |
	       (x << 0 & VMX_ACCESS_RIGHTS_TYPE_MASK);
}

#define vmx_access_rights_set_type(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0xf,						\
			"vmx_access_rights_set_type: value does not fit in bits 3:0"); \
	__vmx_access_rights_set_type(v, x);				\
})

static __always_inline vmx_u32 vmx_access_rights_s(vmx_u32 v)
{
	return (v & VMX_ACCESS_RIGHTS_S_MASK) >> 4;
}

static __always_inline vmx_u32 __vmx_access_rights_set_s(vmx_u32 v, vmx_u32 x)
{
	return (v & ~VMX_ACCESS_RIGHTS_S_MASK) |
	       (x << 4 & VMX_ACCESS_RIGHTS_S_MASK);
}

#define vmx_access_rights_set_s(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_access_rights_set_s: value does not fit in bits 4:4"); \
	__vmx_access_rights_set_s(v, x);				\
})

static __always_inline vmx_u32 vmx_access_rights_dpl(vmx_u32 v)
{
	return (v & VMX_ACCESS_RIGHTS_DPL_MASK) >> 5;
}

static __always_inline vmx_u32 __vmx_access_rights_set_dpl(vmx_u32 v, vmx_u32 x)
{
	return (v & ~VMX_ACCESS_RIGHTS_DPL_MASK) |
	       (x << 5 & VMX_ACCESS_RIGHTS_DPL_MASK);
}

#define vmx_access_rights_set_dpl(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x3,						\
			"vmx_access_rights_set_dpl: value does not fit in bits 6:5"); \
	__vmx_access_rights_set_dpl(v, x);				\
})

static __always_inline vmx_u32 vmx_access_rights_p(vmx_u32 v)
{
	return (v & VMX_ACCESS_RIGHTS_P_MASK) >> 7;
}

static __always_inline vmx_u32 __vmx_access_rights_set_p(vmx_u32 v, vmx_u32 x)
{
	return (v & ~VMX_ACCESS_RIGHTS_P_MASK) |
	       (x << 7 & VMX_ACCESS_RIGHTS_P_MASK);
}

#define vmx_access_rights_set_p(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_access_rights_set_p: value does not fit in bits 7:7"); \
	__vmx_access_rights_set_p(v, x);				\
})

static __always_inline vmx_u32 vmx_access_rights_avl(vmx_u32 v)
{
	return (v & VMX_ACCESS_RIGHTS_AVL_MASK) >> 12;
}

static __always_inline vmx_u32 __vmx_access_rights_set_avl(vmx_u32 v, vmx_u32 x)
{
	return (v & ~VMX_ACCESS_RIGHTS_AVL_MASK) |
	       (x << 12 & VMX_ACCESS_RIGHTS_AVL_MASK);
}

#define vmx_access_rights_set_avl(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_access_rights_set_avl: value does not fit in bits 12:12"); \
	__vmx_access_rights_set_avl(v, x);				\
})

static __always_inline vmx_u32 vmx_access_rights_l(vmx_u32 v)
{
	return (v & VMX_ACCESS_RIGHTS_L_MASK) >> 13;
}

static __always_inline vmx_u32 __vmx_access_rights_set_l(vmx_u32 v, vmx_u32 x)
{
	return (v & ~VMX_ACCESS_RIGHTS_L_MASK) |
	       (x << 13 & VMX_ACCESS_RIGHTS_L_MASK);
}

#define vmx_access_rights_set_l(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_access_rights_set_l: value does not fit in bits 13:13"); \
	__vmx_access_rights_set_l(v, x);				\
})

static __always_inline vmx_u32 vmx_access_rights_db(vmx_u32 v)
{
	return (v & VMX_ACCESS_RIGHTS_DB_MASK) >> 14;
}

static __always_inline vmx_u32 __vmx_access_rights_set_db(vmx_u32 v, vmx_u32 x)
{
	return (v & ~VMX_ACCESS_RIGHTS_DB_MASK) |
	       (x << 14 & VMX_ACCESS_RIGHTS_DB_MASK);
}

#define vmx_access_rights_set_db(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_access_rights_set_db: value does not fit in bits 14:14"); \
	__vmx_access_rights_set_db(v, x);				\
})

static __always_inline vmx_u32 vmx_access_rights_g(vmx_u32 v)
{
	return (v & VMX_ACCESS_RIGHTS_G_MASK) >> 15;
}

static __always_inline vmx_u32 __vmx_access_rights_set_g(vmx_u32 v, vmx_u32 x)
{
	return (v & ~VMX_ACCESS_RIGHTS_G_MASK) |
	       (x << 15 & VMX_ACCESS_RIGHTS_G_MASK);
}

#define vmx_access_rights_set_g(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_access_rights_set_g: value does not fit in bits 15:15"); \
	__vmx_access_rights_set_g(v, x);				\
})

static __always_inline vmx_u32 vmx_access_rights_unusable(vmx_u32 v)
{
	return (v & VMX_ACCESS_RIGHTS_UNUSABLE_MASK) >> 16;
}

static __always_inline vmx_u32 __vmx_access_rights_set_unusable(vmx_u32 v, vmx_u32 x)
{
	return (v & ~VMX_ACCESS_RIGHTS_UNUSABLE_MASK) |
	       (x << 16 & VMX_ACCESS_RIGHTS_UNUSABLE_MASK);
}

#define vmx_access_rights_set_unusable(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_access_rights_set_unusable: value does not fit in bits 16:16"); \
	__vmx_access_rights_set_unusable(v, x);				\
})

/*
 * guest interruptibility state: 32 bits, Intel SDM Vol. 3C, Section 25.4.2 (Guest Non-Register State), table 'Format of Interruptibility State' (Table 24-3 in the 2016 edition).
 *   0:0	sti: blocking by STI
 *   1:1	mov_ss: blocking by MOV SS (and POP SS)
 *   2:2	smi: blocking by SMI
 *   3:3	nmi: blocking by NMI (virtual-NMI blocking when the virtual NMIs control is 1)
 *   4:4	enclave: enclave interruption (the VM exit was incident to enclave mode)
 *   31:5	reserved, must be zero
 */
#define VMX_INTR_STATE_STI_MASK 0x1U
#define VMX_INTR_STATE_MOV_SS_MASK 0x2U
#define VMX_INTR_STATE_SMI_MASK 0x4U
#define VMX_INTR_STATE_NMI_MASK 0x8U
#define VMX_INTR_STATE_ENCLAVE_MASK 0x10U

static __always_inline vmx_u32 vmx_intr_state_sti(vmx_u32 v)
{
	return (v & VMX_INTR_STATE_STI_MASK) >> 0;
}

static __always_inline vmx_u32 __vmx_intr_state_set_sti(vmx_u32 v, vmx_u32 x)
{
	return (v & ~VMX_INTR_STATE_STI_MASK) |
	       (x << 0 & VMX_INTR_STATE_STI_MASK);
}

#define vmx_intr_state_set_sti(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_intr_state_set_sti: value does not fit in bits 0:0"); \
	__vmx_intr_state_set_sti(v, x);					\
})

static __always_inline vmx_u32 vmx_intr_state_mov_ss(vmx_u32 v)
{
	return (v & VMX_INTR_STATE_MOV_SS_MASK) >> 1;
}

static __always_inline vmx_u32 __vmx_intr_state_set_mov_ss(vmx_u32 v, vmx_u32 x)
{
	return (v & ~VMX_INTR_STATE_MOV_SS_MASK) |
	       (x << 1 & VMX_INTR_STATE_MOV_SS_MASK);
}

#define vmx_intr_state_set_mov_ss(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_intr_state_set_mov_ss: value does not fit in bits 1:1"); \
	__vmx_intr_state_set_mov_ss(v, x);				\
})

static __always_inline vmx_u32 vmx_intr_state_smi(vmx_u32 v)
{
	return (v & VMX_INTR_STATE_SMI_MASK) >> 2;
}

static __always_inline vmx_u32 __vmx_intr_state_set_smi(vmx_u32 v, vmx_u32 x)
{
	return (v & ~VMX_INTR_STATE_SMI_MASK) |
	       (x << 2 & VMX_INTR_STATE_SMI_MASK);
}

#define vmx_intr_state_set_smi(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_intr_state_set_smi: value does not fit in bits 2:2"); \
	__vmx_intr_state_set_smi(v, x);					\
})

static __always_inline vmx_u32 vmx_intr_state_nmi(vmx_u32 v)
{
	return (v & VMX_INTR_STATE_NMI_MASK) >> 3;
}

static __always_inline vmx_u32 __vmx_intr_state_set_nmi(vmx_u32 v, vmx_u32 x)
{
	return (v & ~VMX_INTR_STATE_NMI_MASK) |
	       (x << 3 & VMX_INTR_STATE_NMI_MASK);
}

#define vmx_intr_state_set_nmi(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_intr_state_set_nmi: value does not fit in bits 3:3"); \
	__vmx_intr_state_set_nmi(v, x);					\
})

static __always_inline vmx_u32 vmx_intr_state_enclave(vmx_u32 v)
{
	return (v & VMX_INTR_STATE_ENCLAVE_MASK) >> 4;
}

static __always_inline vmx_u32 __vmx_intr_state_set_enclave(vmx_u32 v, vmx_u32 x)
{
	return (v & ~VMX_INTR_STATE_ENCLAVE_MASK) |
	       (x << 4 & VMX_INTR_STATE_ENCLAVE_MASK);
}

#define vmx_intr_state_set_enclave(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_intr_state_set_enclave: value does not fit in bits 4:4"); \
	__vmx_intr_state_set_enclave(v, x);				\
})

/*
 * IA32_VMX_BASIC MSR (480H), basic VMX information: 64 bits, Intel SDM Vol. 3D, Appendix A.1 (Basic VMX Information).
 *   30:0	revision_id: VMCS revision identifier
 *   31:31	reserved, must be zero
 *   44:32	region_size: bytes to allocate for the VMXON region and each VMCS (at most 4096)
 *   47:45	reserved, must be zero
 *   48:48	phys32: physical addresses of the VMXON region, VMCSs and their data structures are limited to 32 bits (always 0 with Intel 64)
 *   49:49	dual_monitor: dual-monitor treatment of SMIs and SMM is supported
 *   53:50	memtype: memory type for the VMCS and the structures it references
 *   54:54	ins_outs: VM exits due to INS and OUTS report the VM-exit instruction-information field
 *   55:55	true_ctls: default1 controls may be 0; the IA32_VMX_TRUE_*_CTLS MSRs exist
 *   56:56	no_err_code_check: VM entry may deliver a hardware exception with or without an error code, whatever the vector
 *   57:57	reserved, must be zero
 *   58:58	nested_exception: VMX nested-exception support (FRED): bit 13 of the interruption-information fields
 *   59:59	reserved, must be zero
 *   60:60	reserved
 *   63:61	reserved, must be zero
 */
#define VMX_BASIC_REVISION_ID_MASK 0x7fffffffULL
#define VMX_BASIC_REGION_SIZE_MASK 0x1fff00000000ULL
#define VMX_BASIC_PHYS32_MASK 0x1000000000000ULL
#define VMX_BASIC_DUAL_MONITOR_MASK 0x2000000000000ULL
#define VMX_BASIC_MEMTYPE_MASK 0x3c000000000000ULL
#define VMX_BASIC_INS_OUTS_MASK 0x40000000000000ULL
#define VMX_BASIC_TRUE_CTLS_MASK 0x80000000000000ULL
#define VMX_BASIC_NO_ERR_CODE_CHECK_MASK 0x100000000000000ULL
#define VMX_BASIC_NESTED_EXCEPTION_MASK 0x400000000000000ULL

static __always_inline vmx_u64 vmx_basic_revision_id(vmx_u64 v)
{
	return (v & VMX_BASIC_REVISION_ID_MASK) >> 0;
}

static __always_inline vmx_u64 __vmx_basic_set_revision_id(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_BASIC_REVISION_ID_MASK) |
	       (x << 0 & VMX_BASIC_REVISION_ID_MASK);
}

#define vmx_basic_set_revision_id(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x7fffffff,					\
			"vmx_basic_set_revision_id: value does not fit in bits 30:0"); \
	__vmx_basic_set_revision_id(v, x);				\
})

static __always_inline vmx_u64 vmx_basic_region_size(vmx_u64 v)
{
	return (v & VMX_BASIC_REGION_SIZE_MASK) >> 32;
}

static __always_inline vmx_u64 __vmx_basic_set_region_size(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_BASIC_REGION_SIZE_MASK) |
	       (x << 32 & VMX_BASIC_REGION_SIZE_MASK);
}

#define vmx_basic_set_region_size(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1fff,					\
			"vmx_basic_set_region_size: value does not fit in bits 44:32"); \
	__vmx_basic_set_region_size(v, x);				\
})

static __always_inline vmx_u64 vmx_basic_phys32(vmx_u64 v)
{
	return (v & VMX_BASIC_PHYS32_MASK) >> 48;
}

static __always_inline vmx_u64 __vmx_basic_set_phys32(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_BASIC_PHYS32_MASK) |
	       (x << 48 & VMX_BASIC_PHYS32_MASK);
}

#define vmx_basic_set_phys32(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_basic_set_phys32: value does not fit in bits 48:48"); \
	__vmx_basic_set_phys32(v, x);					\
})

static __always_inline vmx_u64 vmx_basic_dual_monitor(vmx_u64 v)
{
	return (v & VMX_BASIC_DUAL_MONITOR_MASK) >> 49;
}

static __always_inline vmx_u64 __vmx_basic_set_dual_monitor(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_BASIC_DUAL_MONITOR_MASK) |
	       (x << 49 & VMX_BASIC_DUAL_MONITOR_MASK);
}

#define vmx_basic_set_dual_monitor(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_basic_set_dual_monitor: value does not fit in bits 49:49"); \
	__vmx_basic_set_dual_monitor(v, x);				\
})

static __always_inline vmx_u64 vmx_basic_memtype(vmx_u64 v)
{
	return (v & VMX_BASIC_MEMTYPE_MASK) >> 50;
}

static __always_inline vmx_u64 __vmx_basic_set_memtype(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_BASIC_MEMTYPE_MASK) |
	       (x << 50 & VMX_BASIC_MEMTYPE_MASK);
}

#define vmx_basic_set_memtype(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0xf,						\
			"vmx_basic_set_memtype: value does not fit in bits 53:50"); \
	__vmx_basic_set_memtype(v, x);					\
})

static __always_inline vmx_u64 vmx_basic_ins_outs(vmx_u64 v)
{
	return (v & VMX_BASIC_INS_OUTS_MASK) >> 54;
}

static __always_inline vmx_u64 __vmx_basic_set_ins_outs(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_BASIC_INS_OUTS_MASK) |
	       (x << 54 & VMX_BASIC_INS_OUTS_MASK);
}

#define vmx_basic_set_ins_outs(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_basic_set_ins_outs: value does not fit in bits 54:54"); \
	__vmx_basic_set_ins_outs(v, x);					\
})

static __always_inline vmx_u64 vmx_basic_true_ctls(vmx_u64 v)
{
	return (v & VMX_BASIC_TRUE_CTLS_MASK) >> 55;
}

static __always_inline vmx_u64 __vmx_basic_set_true_ctls(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_BASIC_TRUE_CTLS_MASK) |
	       (x << 55 & VMX_BASIC_TRUE_CTLS_MASK);
}

#define vmx_basic_set_true_ctls(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_basic_set_true_ctls: value does not fit in bits 55:55"); \
	__vmx_basic_set_true_ctls(v, x);				\
})

static __always_inline vmx_u64 vmx_basic_no_err_code_check(vmx_u64 v)
{
	return (v & VMX_BASIC_NO_ERR_CODE_CHECK_MASK) >> 56;
}

static __always_inline vmx_u64 __vmx_basic_set_no_err_code_check(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_BASIC_NO_ERR_CODE_CHECK_MASK) |
	       (x << 56 & VMX_BASIC_NO_ERR_CODE_CHECK_MASK);
}

#define vmx_basic_set_no_err_code_check(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_basic_set_no_err_code_check: value does not fit in bits 56:56"); \
	__vmx_basic_set_no_err_code_check(v, x);			\
})

static __always_inline vmx_u64 vmx_basic_nested_exception(vmx_u64 v)
{
	return (v & VMX_BASIC_NESTED_EXCEPTION_MASK) >> 58;
}

static __always_inline vmx_u64 __vmx_basic_set_nested_exception(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_BASIC_NESTED_EXCEPTION_MASK) |
	       (x << 58 & VMX_BASIC_NESTED_EXCEPTION_MASK);
}

#define vmx_basic_set_nested_exception(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_basic_set_nested_exception: value does not fit in bits 58:58"); \
	__vmx_basic_set_nested_exception(v, x);				\
})

/* Values of vmx_basic_memtype(). */
enum vmx_basic_memtype {
	VMX_BASIC_MEMTYPE_UC = 0, /* uncacheable */
	VMX_BASIC_MEMTYPE_WB = 6, /* write-back */
};

/*
 * IA32_VMX_MISC MSR (485H), miscellaneous VMX data: 64 bits, Intel SDM Vol. 3D, Appendix A.6 (Miscellaneous Data).
 *   4:0	preemption_tsc_bit: the VMX-preemption timer counts down by 1 each time this bit of the TSC changes
 *   5:5	store_lma: VM exits store IA32_EFER.LMA into the IA-32e mode guest VM-entry control
 *   6:6	activity_hlt: activity state 1 (HLT) is supported
 *   7:7	activity_shutdown: activity state 2 (shutdown) is supported
 *   8:8	activity_wait_sipi: activity state 3 (wait-for-SIPI) is supported
 *   13:9	reserved, must be zero
 *   14:14	pt_in_vmx: Intel PT can be used in VMX operation
 *   15:15	rdmsr_smbase: RDMSR can read IA32_SMBASE in SMM
 *   24:16	cr3_targets: number of CR3-target values supported (0 to 256)
 *   27:25	max_msr_list: N: 512 * (N + 1) is the recommended maximum number of MSRs in each MSR list
 *   28:28	smm_monitor_ctl_b2: bit 2 of IA32_SMM_MONITOR_CTL can be set (VMXOFF then leaves SMIs blocked)
 *   29:29	vmwrite_any: VMWRITE can write any supported field, VM-exit information fields included
 *   30:30	inject_len0: VM entry may inject a software interrupt or (privileged) software exception with instruction length 0
 *   31:31	reserved, must be zero
 *   63:32	mseg_revision: MSEG revision identifier
 */
#define VMX_MISC_PREEMPTION_TSC_BIT_MASK 0x1fULL
#define VMX_MISC_STORE_LMA_MASK 0x20ULL
#define VMX_MISC_ACTIVITY_HLT_MASK 0x40ULL
#define VMX_MISC_ACTIVITY_SHUTDOWN_MASK 0x80ULL
#define VMX_MISC_ACTIVITY_WAIT_SIPI_MASK 0x100ULL
#define VMX_MISC_PT_IN_VMX_MASK 0x4000ULL
#define VMX_MISC_RDMSR_SMBASE_MASK 0x8000ULL
#define VMX_MISC_CR3_TARGETS_MASK 0x1ff0000ULL
#define VMX_MISC_MAX_MSR_LIST_MASK 0xe000000ULL
#define VMX_MISC_SMM_MONITOR_CTL_B2_MASK 0x10000000ULL
#define VMX_MISC_VMWRITE_ANY_MASK 0x20000000ULL
#define VMX_MISC_INJECT_LEN0_MASK 0x40000000ULL
#define VMX_MISC_MSEG_REVISION_MASK 0xffffffff00000000ULL

static __always_inline vmx_u64 vmx_misc_preemption_tsc_bit(vmx_u64 v)
{
	return (v & VMX_MISC_PREEMPTION_TSC_BIT_MASK) >> 0;
}

static __always_inline vmx_u64 __vmx_misc_set_preemption_tsc_bit(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_MISC_PREEMPTION_TSC_BIT_MASK) |
	       (x << 0 & VMX_MISC_PREEMPTION_TSC_BIT_MASK);
}

#define vmx_misc_set_preemption_tsc_bit(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1f,						\
			"vmx_misc_set_preemption_tsc_bit: value does not fit in bits 4:0"); \
	__vmx_misc_set_preemption_tsc_bit(v, x);			\
})

static __always_inline vmx_u64 vmx_misc_store_lma(vmx_u64 v)
{
	return (v & VMX_MISC_STORE_LMA_MASK) >> 5;
}

static __always_inline vmx_u64 __vmx_misc_set_store_lma(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_MISC_STORE_LMA_MASK) |
	       (x << 5 & VMX_MISC_STORE_LMA_MASK);
}

#define vmx_misc_set_store_lma(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_misc_set_store_lma: value does not fit in bits 5:5"); \
	__vmx_misc_set_store_lma(v, x);					\
})

static __always_inline vmx_u64 vmx_misc_activity_hlt(vmx_u64 v)
{
	return (v & VMX_MISC_ACTIVITY_HLT_MASK) >> 6;
}

static __always_inline vmx_u64 __vmx_misc_set_activity_hlt(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_MISC_ACTIVITY_HLT_MASK) |
	       (x << 6 & VMX_MISC_ACTIVITY_HLT_MASK);
}

#define vmx_misc_set_activity_hlt(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_misc_set_activity_hlt: value does not fit in bits 6:6"); \
	__vmx_misc_set_activity_hlt(v, x);				\
})

static __always_inline vmx_u64 vmx_misc_activity_shutdown(vmx_u64 v)
{
	return (v & VMX_MISC_ACTIVITY_SHUTDOWN_MASK) >> 7;
}

static __always_inline vmx_u64 __vmx_misc_set_activity_shutdown(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_MISC_ACTIVITY_SHUTDOWN_MASK) |
	       (x << 7 & VMX_MISC_ACTIVITY_SHUTDOWN_MASK);
}

#define vmx_misc_set_activity_shutdown(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_misc_set_activity_shutdown: value does not fit in bits 7:7"); \
	__vmx_misc_set_activity_shutdown(v, x);				\
})

static __always_inline vmx_u64 vmx_misc_activity_wait_sipi(vmx_u64 v)
{
	return (v & VMX_MISC_ACTIVITY_WAIT_SIPI_MASK) >> 8;
}

static __always_inline vmx_u64 __vmx_misc_set_activity_wait_sipi(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_MISC_ACTIVITY_WAIT_SIPI_MASK) |
	       (x << 8 & VMX_MISC_ACTIVITY_WAIT_SIPI_MASK);
}

#define vmx_misc_set_activity_wait_sipi(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_misc_set_activity_wait_sipi: value does not fit in bits 8:8"); \
	__vmx_misc_set_activity_wait_sipi(v, x);			\
})

static __always_inline vmx_u64 vmx_misc_pt_in_vmx(vmx_u64 v)
{
	return (v & VMX_MISC_PT_IN_VMX_MASK) >> 14;
}

static __always_inline vmx_u64 __vmx_misc_set_pt_in_vmx(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_MISC_PT_IN_VMX_MASK) |
	       (x << 14 & VMX_MISC_PT_IN_VMX_MASK);
}

#define vmx_misc_set_pt_in_vmx(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_misc_set_pt_in_vmx: value does not fit in bits 14:14"); \
	__vmx_misc_set_pt_in_vmx(v, x);					\
})

static __always_inline vmx_u64 vmx_misc_rdmsr_smbase(vmx_u64 v)
{
	return (v & VMX_MISC_RDMSR_SMBASE_MASK) >> 15;
}

static __always_inline vmx_u64 __vmx_misc_set_rdmsr_smbase(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_MISC_RDMSR_SMBASE_MASK) |
	       (x << 15 & VMX_MISC_RDMSR_SMBASE_MASK);
}

#define vmx_misc_set_rdmsr_smbase(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_misc_set_rdmsr_smbase: value does not fit in bits 15:15"); \
	__vmx_misc_set_rdmsr_smbase(v, x);				\
})

static __always_inline vmx_u64 vmx_misc_cr3_targets(vmx_u64 v)
{
	return (v & VMX_MISC_CR3_TARGETS_MASK) >> 16;
}

static __always_inline vmx_u64 __vmx_misc_set_cr3_targets(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_MISC_CR3_TARGETS_MASK) |
	       (x << 16 & VMX_MISC_CR3_TARGETS_MASK);
}

#define vmx_misc_set_cr3_targets(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1ff,					\
			"vmx_misc_set_cr3_targets: value does not fit in bits 24:16"); \
	__vmx_misc_set_cr3_targets(v, x);				\
})

static __always_inline vmx_u64 vmx_misc_max_msr_list(vmx_u64 v)
{
	return (v & VMX_MISC_MAX_MSR_LIST_MASK) >> 25;
}

static __always_inline vmx_u64 __vmx_misc_set_max_msr_list(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_MISC_MAX_MSR_LIST_MASK) |
	       (x << 25 & VMX_MISC_MAX_MSR_LIST_MASK);
}

#define vmx_misc_set_max_msr_list(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x7,						\
			"vmx_misc_set_max_msr_list: value does not fit in bits 27:25"); \
	__vmx_misc_set_max_msr_list(v, x);				\
})

static __always_inline vmx_u64 vmx_misc_smm_monitor_ctl_b2(vmx_u64 v)
{
	return (v & VMX_MISC_SMM_MONITOR_CTL_B2_MASK) >> 28;
}

static __always_inline vmx_u64 __vmx_misc_set_smm_monitor_ctl_b2(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_MISC_SMM_MONITOR_CTL_B2_MASK) |
	       (x << 28 & VMX_MISC_SMM_MONITOR_CTL_B2_MASK);
}

#define vmx_misc_set_smm_monitor_ctl_b2(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_misc_set_smm_monitor_ctl_b2: value does not fit in bits 28:28"); \
	__vmx_misc_set_smm_monitor_ctl_b2(v, x);			\
})

static __always_inline vmx_u64 vmx_misc_vmwrite_any(vmx_u64 v)
{
	return (v & VMX_MISC_VMWRITE_ANY_MASK) >> 29;
}

static __always_inline vmx_u64 __vmx_misc_set_vmwrite_any(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_MISC_VMWRITE_ANY_MASK) |
	       (x << 29 & VMX_MISC_VMWRITE_ANY_MASK);
}

#define vmx_misc_set_vmwrite_any(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_misc_set_vmwrite_any: value does not fit in bits 29:29"); \
	__vmx_misc_set_vmwrite_any(v, x);				\
})

static __always_inline vmx_u64 vmx_misc_inject_len0(vmx_u64 v)
{
	return (v & VMX_MISC_INJECT_LEN0_MASK) >> 30;
}

static __always_inline vmx_u64 __vmx_misc_set_inject_len0(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_MISC_INJECT_LEN0_MASK) |
	       (x << 30 & VMX_MISC_INJECT_LEN0_MASK);
}

#define vmx_misc_set_inject_len0(v, x)					\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_misc_set_inject_len0: value does not fit in bits 30:30"); \
	__vmx_misc_set_inject_len0(v, x);				\
})

static __always_inline vmx_u64 vmx_misc_mseg_revision(vmx_u64 v)
{
	return (v & VMX_MISC_MSEG_REVISION_MASK) >> 32;
}

static __always_inline vmx_u64 __vmx_misc_set_mseg_revision(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_MISC_MSEG_REVISION_MASK) |
	       (x << 32 & VMX_MISC_MSEG_REVISION_MASK);
}

#define vmx_misc_set_mseg_revision(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0xffffffff,					\
			"vmx_misc_set_mseg_revision: value does not fit in bits 63:32"); \
	__vmx_misc_set_mseg_revision(v, x);				\
})

/*
 * IA32_VMX_EPT_VPID_CAP MSR (48CH), EPT and VPID capabilities: 64 bits, Intel SDM Vol. 3D, Appendix A.10 (VPID and EPT Capabilities).
 *   0:0	ept_execute_only: EPT supports execute-only translations
 *   5:1	reserved
 *   6:6	ept_page_walk_length_4: an EPT page-walk length of 4 is supported
 *   7:7	ept_page_walk_length_5: an EPT page-walk length of 5 is supported
 *   8:8	ept_memory_type_uc: the EPT paging structures may be uncacheable (UC)
 *   13:9	reserved
 *   14:14	ept_memory_type_wb: the EPT paging structures may be write-back (WB)
 *   15:15	reserved
 *   16:16	ept_2mb_pages: EPT PDEs may map 2-Mbyte pages
 *   17:17	ept_1gb_pages: EPT PDPTEs may map 1-Gbyte pages
 *   19:18	reserved
 *   20:20	invept: the INVEPT instruction is supported
 *   21:21	ept_accessed_dirty_flags: accessed and dirty flags for EPT are supported
 *   22:22	ept_advanced_vm_exit_info: EPT violations report advanced VM-exit information
 *   23:23	ept_supervisor_shadow_stack: the EPTP supervisor shadow-stack control is supported
 *   24:24	reserved
 *   25:25	invept_single_context: the single-context INVEPT type is supported
 *   26:26	invept_all_context: the all-context INVEPT type is supported
 *   31:27	reserved
 *   32:32	invvpid: the INVVPID instruction is supported
 *   39:33	reserved
 *   40:40	invvpid_individual_address: the individual-address INVVPID type is supported
 *   41:41	invvpid_single_context: the single-context INVVPID type is supported
 *   42:42	invvpid_all_context: the all-context INVVPID type is supported
 *   43:43	invvpid_single_context_retaining_globals: the single-context-retaining-globals INVVPID type is supported
 *   47:44	reserved
 *   53:48	max_hlat_prefix_size: the largest value supported in the HLAT prefix size VM-execution control field
 *   63:54	reserved
 */
#define VMX_EPT_VPID_CAP_EPT_EXECUTE_ONLY_MASK 0x1ULL
#define VMX_EPT_VPID_CAP_EPT_PAGE_WALK_LENGTH_4_MASK 0x40ULL
#define VMX_EPT_VPID_CAP_EPT_PAGE_WALK_LENGTH_5_MASK 0x80ULL
#define VMX_EPT_VPID_CAP_EPT_MEMORY_TYPE_UC_MASK 0x100ULL
#define VMX_EPT_VPID_CAP_EPT_MEMORY_TYPE_WB_MASK 0x4000ULL
#define VMX_EPT_VPID_CAP_EPT_2MB_PAGES_MASK 0x10000ULL
#define VMX_EPT_VPID_CAP_EPT_1GB_PAGES_MASK 0x20000ULL
#define VMX_EPT_VPID_CAP_INVEPT_MASK 0x100000ULL
#define VMX_EPT_VPID_CAP_EPT_ACCESSED_DIRTY_FLAGS_MASK 0x200000ULL
#define VMX_EPT_VPID_CAP_EPT_ADVANCED_VM_EXIT_INFO_MASK 0x400000ULL
#define VMX_EPT_VPID_CAP_EPT_SUPERVISOR_SHADOW_STACK_MASK 0x800000ULL
#define VMX_EPT_VPID_CAP_INVEPT_SINGLE_CONTEXT_MASK 0x2000000ULL
#define VMX_EPT_VPID_CAP_INVEPT_ALL_CONTEXT_MASK 0x4000000ULL
#define VMX_EPT_VPID_CAP_INVVPID_MASK 0x100000000ULL
#define VMX_EPT_VPID_CAP_INVVPID_INDIVIDUAL_ADDRESS_MASK 0x10000000000ULL
#define VMX_EPT_VPID_CAP_INVVPID_SINGLE_CONTEXT_MASK 0x20000000000ULL
#define VMX_EPT_VPID_CAP_INVVPID_ALL_CONTEXT_MASK 0x40000000000ULL
#define VMX_EPT_VPID_CAP_INVVPID_SINGLE_CONTEXT_RETAINING_GLOBALS_MASK 0x80000000000ULL
#define VMX_EPT_VPID_CAP_MAX_HLAT_PREFIX_SIZE_MASK 0x3f000000000000ULL

static __always_inline vmx_u64 vmx_ept_vpid_cap_ept_execute_only(vmx_u64 v)
{
	return (v & VMX_EPT_VPID_CAP_EPT_EXECUTE_ONLY_MASK) >> 0;
}

static __always_inline vmx_u64 __vmx_ept_vpid_cap_set_ept_execute_only(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_VPID_CAP_EPT_EXECUTE_ONLY_MASK) |
	       (x << 0 & VMX_EPT_VPID_CAP_EPT_EXECUTE_ONLY_MASK);
}

#define vmx_ept_vpid_cap_set_ept_execute_only(v, x)			\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_vpid_cap_set_ept_execute_only: value does not fit in bits 0:0"); \
	__vmx_ept_vpid_cap_set_ept_execute_only(v, x);			\
})

static __always_inline vmx_u64 vmx_ept_vpid_cap_ept_page_walk_length_4(vmx_u64 v)
{
	return (v & VMX_EPT_VPID_CAP_EPT_PAGE_WALK_LENGTH_4_MASK) >> 6;
}

static __always_inline vmx_u64 __vmx_ept_vpid_cap_set_ept_page_walk_length_4(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_VPID_CAP_EPT_PAGE_WALK_LENGTH_4_MASK) |
	       (x << 6 & VMX_EPT_VPID_CAP_EPT_PAGE_WALK_LENGTH_4_MASK);
}

#define vmx_ept_vpid_cap_set_ept_page_walk_length_4(v, x)		\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_vpid_cap_set_ept_page_walk_length_4: value does not fit in bits 6:6"); \
	__vmx_ept_vpid_cap_set_ept_page_walk_length_4(v, x);		\
})

static __always_inline vmx_u64 vmx_ept_vpid_cap_ept_page_walk_length_5(vmx_u64 v)
{
	return (v & VMX_EPT_VPID_CAP_EPT_PAGE_WALK_LENGTH_5_MASK) >> 7;
}

static __always_inline vmx_u64 __vmx_ept_vpid_cap_set_ept_page_walk_length_5(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_VPID_CAP_EPT_PAGE_WALK_LENGTH_5_MASK) |
	       (x << 7 & VMX_EPT_VPID_CAP_EPT_PAGE_WALK_LENGTH_5_MASK);
}

#define vmx_ept_vpid_cap_set_ept_page_walk_length_5(v, x)		\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_vpid_cap_set_ept_page_walk_length_5: value does not fit in bits 7:7"); \
	__vmx_ept_vpid_cap_set_ept_page_walk_length_5(v, x);		\
})

static __always_inline vmx_u64 vmx_ept_vpid_cap_ept_memory_type_uc(vmx_u64 v)
{
	return (v & VMX_EPT_VPID_CAP_EPT_MEMORY_TYPE_UC_MASK) >> 8;
}

static __always_inline vmx_u64 __vmx_ept_vpid_cap_set_ept_memory_type_uc(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_VPID_CAP_EPT_MEMORY_TYPE_UC_MASK) |
	       (x << 8 & VMX_EPT_VPID_CAP_EPT_MEMORY_TYPE_UC_MASK);
}

#define vmx_ept_vpid_cap_set_ept_memory_type_uc(v, x)			\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_vpid_cap_set_ept_memory_type_uc: value does not fit in bits 8:8"); \
	__vmx_ept_vpid_cap_set_ept_memory_type_uc(v, x);		\
})

static __always_inline vmx_u64 vmx_ept_vpid_cap_ept_memory_type_wb(vmx_u64 v)
{
	return (v & VMX_EPT_VPID_CAP_EPT_MEMORY_TYPE_WB_MASK) >> 14;
}

static __always_inline vmx_u64 __vmx_ept_vpid_cap_set_ept_memory_type_wb(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_VPID_CAP_EPT_MEMORY_TYPE_WB_MASK) |
	       (x << 14 & VMX_EPT_VPID_CAP_EPT_MEMORY_TYPE_WB_MASK);
}

#define vmx_ept_vpid_cap_set_ept_memory_type_wb(v, x)			\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_vpid_cap_set_ept_memory_type_wb: value does not fit in bits 14:14"); \
	__vmx_ept_vpid_cap_set_ept_memory_type_wb(v, x);		\
})

static __always_inline vmx_u64 vmx_ept_vpid_cap_ept_2mb_pages(vmx_u64 v)
{
	return (v & VMX_EPT_VPID_CAP_EPT_2MB_PAGES_MASK) >> 16;
}

static __always_inline vmx_u64 __vmx_ept_vpid_cap_set_ept_2mb_pages(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_VPID_CAP_EPT_2MB_PAGES_MASK) |
	       (x << 16 & VMX_EPT_VPID_CAP_EPT_2MB_PAGES_MASK);
}

#define vmx_ept_vpid_cap_set_ept_2mb_pages(v, x)			\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_vpid_cap_set_ept_2mb_pages: value does not fit in bits 16:16"); \
	__vmx_ept_vpid_cap_set_ept_2mb_pages(v, x);			\
})

static __always_inline vmx_u64 vmx_ept_vpid_cap_ept_1gb_pages(vmx_u64 v)
{
	return (v & VMX_EPT_VPID_CAP_EPT_1GB_PAGES_MASK) >> 17;
}

static __always_inline vmx_u64 __vmx_ept_vpid_cap_set_ept_1gb_pages(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_VPID_CAP_EPT_1GB_PAGES_MASK) |
	       (x << 17 & VMX_EPT_VPID_CAP_EPT_1GB_PAGES_MASK);
}

#define vmx_ept_vpid_cap_set_ept_1gb_pages(v, x)			\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_vpid_cap_set_ept_1gb_pages: value does not fit in bits 17:17"); \
	__vmx_ept_vpid_cap_set_ept_1gb_pages(v, x);			\
})

static __always_inline vmx_u64 vmx_ept_vpid_cap_invept(vmx_u64 v)
{
	return (v & VMX_EPT_VPID_CAP_INVEPT_MASK) >> 20;
}

static __always_inline vmx_u64 __vmx_ept_vpid_cap_set_invept(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_VPID_CAP_INVEPT_MASK) |
	       (x << 20 & VMX_EPT_VPID_CAP_INVEPT_MASK);
}

#define vmx_ept_vpid_cap_set_invept(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_vpid_cap_set_invept: value does not fit in bits 20:20"); \
	__vmx_ept_vpid_cap_set_invept(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_vpid_cap_ept_accessed_dirty_flags(vmx_u64 v)
{
	return (v & VMX_EPT_VPID_CAP_EPT_ACCESSED_DIRTY_FLAGS_MASK) >> 21;
}

static __always_inline vmx_u64 __vmx_ept_vpid_cap_set_ept_accessed_dirty_flags(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_VPID_CAP_EPT_ACCESSED_DIRTY_FLAGS_MASK) |
	       (x << 21 & VMX_EPT_VPID_CAP_EPT_ACCESSED_DIRTY_FLAGS_MASK);
}

#define vmx_ept_vpid_cap_set_ept_accessed_dirty_flags(v, x)		\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_vpid_cap_set_ept_accessed_dirty_flags: value does not fit in bits 21:21"); \
	__vmx_ept_vpid_cap_set_ept_accessed_dirty_flags(v, x);		\
})

static __always_inline vmx_u64 vmx_ept_vpid_cap_ept_advanced_vm_exit_info(vmx_u64 v)
{
	return (v & VMX_EPT_VPID_CAP_EPT_ADVANCED_VM_EXIT_INFO_MASK) >> 22;
}

static __always_inline vmx_u64 __vmx_ept_vpid_cap_set_ept_advanced_vm_exit_info(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_VPID_CAP_EPT_ADVANCED_VM_EXIT_INFO_MASK) |
	       (x << 22 & VMX_EPT_VPID_CAP_EPT_ADVANCED_VM_EXIT_INFO_MASK);
}

#define vmx_ept_vpid_cap_set_ept_advanced_vm_exit_info(v, x)		\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_vpid_cap_set_ept_advanced_vm_exit_info: value does not fit in bits 22:22"); \
	__vmx_ept_vpid_cap_set_ept_advanced_vm_exit_info(v, x);		\
})

static __always_inline vmx_u64 vmx_ept_vpid_cap_ept_supervisor_shadow_stack(vmx_u64 v)
{
	return (v & VMX_EPT_VPID_CAP_EPT_SUPERVISOR_SHADOW_STACK_MASK) >> 23;
}

static __always_inline vmx_u64 __vmx_ept_vpid_cap_set_ept_supervisor_shadow_stack(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_VPID_CAP_EPT_SUPERVISOR_SHADOW_STACK_MASK) |
	       (x << 23 & VMX_EPT_VPID_CAP_EPT_SUPERVISOR_SHADOW_STACK_MASK);
}

#define vmx_ept_vpid_cap_set_ept_supervisor_shadow_stack(v, x)		\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_vpid_cap_set_ept_supervisor_shadow_stack: value does not fit in bits 23:23"); \
	__vmx_ept_vpid_cap_set_ept_supervisor_shadow_stack(v, x);	\
})

static __always_inline vmx_u64 vmx_ept_vpid_cap_invept_single_context(vmx_u64 v)
{
	return (v & VMX_EPT_VPID_CAP_INVEPT_SINGLE_CONTEXT_MASK) >> 25;
}

static __always_inline vmx_u64 __vmx_ept_vpid_cap_set_invept_single_context(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_VPID_CAP_INVEPT_SINGLE_CONTEXT_MASK) |
	       (x << 25 & VMX_EPT_VPID_CAP_INVEPT_SINGLE_CONTEXT_MASK);
}

#define vmx_ept_vpid_cap_set_invept_single_context(v, x)		\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_vpid_cap_set_invept_single_context: value does not fit in bits 25:25"); \
	__vmx_ept_vpid_cap_set_invept_single_context(v, x);		\
})

static __always_inline vmx_u64 vmx_ept_vpid_cap_invept_all_context(vmx_u64 v)
{
	return (v & VMX_EPT_VPID_CAP_INVEPT_ALL_CONTEXT_MASK) >> 26;
}

static __always_inline vmx_u64 __vmx_ept_vpid_cap_set_invept_all_context(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_VPID_CAP_INVEPT_ALL_CONTEXT_MASK) |
	       (x << 26 & VMX_EPT_VPID_CAP_INVEPT_ALL_CONTEXT_MASK);
}

#define vmx_ept_vpid_cap_set_invept_all_context(v, x)			\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_vpid_cap_set_invept_all_context: value does not fit in bits 26:26"); \
	__vmx_ept_vpid_cap_set_invept_all_context(v, x);		\
})

static __always_inline vmx_u64 vmx_ept_vpid_cap_invvpid(vmx_u64 v)
{
	return (v & VMX_EPT_VPID_CAP_INVVPID_MASK) >> 32;
}

static __always_inline vmx_u64 __vmx_ept_vpid_cap_set_invvpid(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_VPID_CAP_INVVPID_MASK) |
	       (x << 32 & VMX_EPT_VPID_CAP_INVVPID_MASK);
}

#define vmx_ept_vpid_cap_set_invvpid(v, x)				\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_vpid_cap_set_invvpid: value does not fit in bits 32:32"); \
	__vmx_ept_vpid_cap_set_invvpid(v, x);				\
})

static __always_inline vmx_u64 vmx_ept_vpid_cap_invvpid_individual_address(vmx_u64 v)
{
	return (v & VMX_EPT_VPID_CAP_INVVPID_INDIVIDUAL_ADDRESS_MASK) >> 40;
}

static __always_inline vmx_u64 __vmx_ept_vpid_cap_set_invvpid_individual_address(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_VPID_CAP_INVVPID_INDIVIDUAL_ADDRESS_MASK) |
	       (x << 40 & VMX_EPT_VPID_CAP_INVVPID_INDIVIDUAL_ADDRESS_MASK);
}

#define vmx_ept_vpid_cap_set_invvpid_individual_address(v, x)		\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_vpid_cap_set_invvpid_individual_address: value does not fit in bits 40:40"); \
	__vmx_ept_vpid_cap_set_invvpid_individual_address(v, x);	\
})

static __always_inline vmx_u64 vmx_ept_vpid_cap_invvpid_single_context(vmx_u64 v)
{
	return (v & VMX_EPT_VPID_CAP_INVVPID_SINGLE_CONTEXT_MASK) >> 41;
}

static __always_inline vmx_u64 __vmx_ept_vpid_cap_set_invvpid_single_context(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_VPID_CAP_INVVPID_SINGLE_CONTEXT_MASK) |
	       (x << 41 & VMX_EPT_VPID_CAP_INVVPID_SINGLE_CONTEXT_MASK);
}

#define vmx_ept_vpid_cap_set_invvpid_single_context(v, x)		\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_vpid_cap_set_invvpid_single_context: value does not fit in bits 41:41"); \
	__vmx_ept_vpid_cap_set_invvpid_single_context(v, x);		\
})

static __always_inline vmx_u64 vmx_ept_vpid_cap_invvpid_all_context(vmx_u64 v)
{
	return (v & VMX_EPT_VPID_CAP_INVVPID_ALL_CONTEXT_MASK) >> 42;
}

static __always_inline vmx_u64 __vmx_ept_vpid_cap_set_invvpid_all_context(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_VPID_CAP_INVVPID_ALL_CONTEXT_MASK) |
	       (x << 42 & VMX_EPT_VPID_CAP_INVVPID_ALL_CONTEXT_MASK);
}

#define vmx_ept_vpid_cap_set_invvpid_all_context(v, x)			\
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_vpid_cap_set_invvpid_all_context: value does not fit in bits 42:42"); \
	__vmx_ept_vpid_cap_set_invvpid_all_context(v, x);		\
})

static __always_inline vmx_u64 vmx_ept_vpid_cap_invvpid_single_context_retaining_globals(vmx_u64 v)
{
	return (v & VMX_EPT_VPID_CAP_INVVPID_SINGLE_CONTEXT_RETAINING_GLOBALS_MASK) >> 43;
}

static __always_inline vmx_u64 __vmx_ept_vpid_cap_set_invvpid_single_context_retaining_globals(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_VPID_CAP_INVVPID_SINGLE_CONTEXT_RETAINING_GLOBALS_MASK) |
	       (x << 43 & VMX_EPT_VPID_CAP_INVVPID_SINGLE_CONTEXT_RETAINING_GLOBALS_MASK);
}

#define vmx_ept_vpid_cap_set_invvpid_single_context_retaining_globals(v, x) \
({									\
	VMX_FIELD_FITS(x, 0x1,						\
			"vmx_ept_vpid_cap_set_invvpid_single_context_retaining_globals: value does not fit in bits 43:43"); \
	__vmx_ept_vpid_cap_set_invvpid_single_context_retaining_globals(v, x); \
})

static __always_inline vmx_u64 vmx_ept_vpid_cap_max_hlat_prefix_size(vmx_u64 v)
{
	return (v & VMX_EPT_VPID_CAP_MAX_HLAT_PREFIX_SIZE_MASK) >> 48;
}

static __always_inline vmx_u64 __vmx_ept_vpid_cap_set_max_hlat_prefix_size(vmx_u64 v, vmx_u64 x)
{
	return (v & ~VMX_EPT_VPID_CAP_MAX_HLAT_PREFIX_SIZE_MASK) |
	       (x << 48 & VMX_EPT_VPID_CAP_MAX_HLAT_PREFIX_SIZE_MASK);
}

#define vmx_ept_vpid_cap_set_max_hlat_prefix_size(v, x)			\
({									\
	VMX_FIELD_FITS(x, 0x3f,						\
			"vmx_ept_vpid_cap_set_max_hlat_prefix_size: value does not fit in bits 53:48"); \
	__vmx_ept_vpid_cap_set_max_hlat_prefix_size(v, x);		\
})

#endif /* VMXGEN_VMX_LAYOUTS_H */
