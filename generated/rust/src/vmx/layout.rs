// SPDX-License-Identifier: MIT
// DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
// (template gen/backends/rust/templates/layout.rs.j2).  Edit the spec and run make.

//! Bit layouts of VMX values (exit qualifications, MSR values, register images,
//! EPT entries) of up to 64 bits: a newtype each, with a getter, a with_ setter
//! and a mask per field, all const fns. A setter keeps the bits of its field
//! only: a value too wide for it is cut, as the C header's setters do at run
//! time.

/// extended-page-table pointer (EPTP). Intel SDM Vol. 3C, Section 25.6.11
/// (Extended-Page-Table Pointer (EPTP)), table 'Format of Extended-Page-Table
/// Pointer' (Section 20.6.11, Table 20-8 in the 2009 edition).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Eptp(pub u64);

impl Eptp {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of memtype (bits 2:0).
    pub const MEMTYPE_MASK: u64 = 0x7;
    /// memtype = 0: uncacheable.
    pub const MEMTYPE_UC: u8 = 0;
    /// memtype = 6: write-back.
    pub const MEMTYPE_WB: u8 = 6;

    /// Bits 2:0: memory type of the EPT paging structures (other values reserved).
    pub const fn memtype(self) -> u8 {
        (self.0 >> 0 & 0x7) as u8
    }

    /// The value with memtype (bits 2:0) set to `x`.
    #[must_use]
    pub const fn with_memtype(self, x: u8) -> Self {
        Self(self.0 & !Self::MEMTYPE_MASK | (x as u64) << 0 & Self::MEMTYPE_MASK)
    }

    /// The mask of walk_length (bits 5:3).
    pub const WALK_LENGTH_MASK: u64 = 0x38;
    /// walk_length = 3: 4-level EPT.
    pub const WALK_LENGTH_LEVELS_4: u8 = 3;
    /// walk_length = 4: 5-level EPT.
    pub const WALK_LENGTH_LEVELS_5: u8 = 4;

    /// Bits 5:3: EPT page-walk length minus 1.
    pub const fn walk_length(self) -> u8 {
        (self.0 >> 3 & 0x7) as u8
    }

    /// The value with walk_length (bits 5:3) set to `x`.
    #[must_use]
    pub const fn with_walk_length(self, x: u8) -> Self {
        Self(self.0 & !Self::WALK_LENGTH_MASK | (x as u64) << 3 & Self::WALK_LENGTH_MASK)
    }

    /// The mask of ad (bits 6:6).
    pub const AD_MASK: u64 = 0x40;

    /// Bits 6:6: enable accessed and dirty flags for EPT.
    pub const fn ad(self) -> bool {
        self.0 >> 6 & 1 != 0
    }

    /// The value with ad (bits 6:6) set to `x`.
    #[must_use]
    pub const fn with_ad(self, x: bool) -> Self {
        Self(self.0 & !Self::AD_MASK | (x as u64) << 6 & Self::AD_MASK)
    }

    /// The mask of sss (bits 7:7).
    pub const SSS_MASK: u64 = 0x80;

    /// Bits 7:7: enable enforcement of access rights for supervisor shadow-stack pages.
    pub const fn sss(self) -> bool {
        self.0 >> 7 & 1 != 0
    }

    /// The value with sss (bits 7:7) set to `x`.
    #[must_use]
    pub const fn with_sss(self, x: bool) -> Self {
        Self(self.0 & !Self::SSS_MASK | (x as u64) << 7 & Self::SSS_MASK)
    }

    /// The mask of pml4_address (bits 51:12).
    pub const PML4_ADDRESS_MASK: u64 = 0xffffffffff000;

    /// Bits 51:12: physical address of the EPT PML4 table (PML5 table with 5-level EPT); getter: address >> 12.
    pub const fn pml4_address(self) -> u64 {
        (self.0 >> 12 & 0xffffffffff) as u64
    }

    /// The value with pml4_address (bits 51:12) set to `x`.
    #[must_use]
    pub const fn with_pml4_address(self, x: u64) -> Self {
        Self(self.0 & !Self::PML4_ADDRESS_MASK | (x as u64) << 12 & Self::PML4_ADDRESS_MASK)
    }
}

/// EPT PML4 entry (references an EPT page-directory-pointer table). Intel SDM
/// Vol. 3C, Chapter 29 (VMX Support for Address Translation), Table 29-1
/// (Format of an EPT PML4 Entry (PML4E) that References an EPT
/// Page-Directory-Pointer Table).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct EptPml4e(pub u64);

impl EptPml4e {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of read (bits 0:0).
    pub const READ_MASK: u64 = 0x1;

    /// Bits 0:0: reads allowed from the 512-GByte region.
    pub const fn read(self) -> bool {
        self.0 >> 0 & 1 != 0
    }

    /// The value with read (bits 0:0) set to `x`.
    #[must_use]
    pub const fn with_read(self, x: bool) -> Self {
        Self(self.0 & !Self::READ_MASK | (x as u64) << 0 & Self::READ_MASK)
    }

    /// The mask of write (bits 1:1).
    pub const WRITE_MASK: u64 = 0x2;

    /// Bits 1:1: writes allowed to the 512-GByte region.
    pub const fn write(self) -> bool {
        self.0 >> 1 & 1 != 0
    }

    /// The value with write (bits 1:1) set to `x`.
    #[must_use]
    pub const fn with_write(self, x: bool) -> Self {
        Self(self.0 & !Self::WRITE_MASK | (x as u64) << 1 & Self::WRITE_MASK)
    }

    /// The mask of execute (bits 2:2).
    pub const EXECUTE_MASK: u64 = 0x4;

    /// Bits 2:2: instruction fetches allowed (supervisor-mode linear addresses only, with mode-based execute control).
    pub const fn execute(self) -> bool {
        self.0 >> 2 & 1 != 0
    }

    /// The value with execute (bits 2:2) set to `x`.
    #[must_use]
    pub const fn with_execute(self, x: bool) -> Self {
        Self(self.0 & !Self::EXECUTE_MASK | (x as u64) << 2 & Self::EXECUTE_MASK)
    }

    /// The mask of accessed (bits 8:8).
    pub const ACCESSED_MASK: u64 = 0x100;

    /// Bits 8:8: accessed flag (EPTP bit 6 set; ignored otherwise).
    pub const fn accessed(self) -> bool {
        self.0 >> 8 & 1 != 0
    }

    /// The value with accessed (bits 8:8) set to `x`.
    #[must_use]
    pub const fn with_accessed(self, x: bool) -> Self {
        Self(self.0 & !Self::ACCESSED_MASK | (x as u64) << 8 & Self::ACCESSED_MASK)
    }

    /// The mask of user_execute (bits 10:10).
    pub const USER_EXECUTE_MASK: u64 = 0x400;

    /// Bits 10:10: instruction fetches allowed from user-mode linear addresses (mode-based execute control; ignored otherwise).
    pub const fn user_execute(self) -> bool {
        self.0 >> 10 & 1 != 0
    }

    /// The value with user_execute (bits 10:10) set to `x`.
    #[must_use]
    pub const fn with_user_execute(self, x: bool) -> Self {
        Self(self.0 & !Self::USER_EXECUTE_MASK | (x as u64) << 10 & Self::USER_EXECUTE_MASK)
    }

    /// The mask of address (bits 51:12).
    pub const ADDRESS_MASK: u64 = 0xffffffffff000;

    /// Bits 51:12: physical address of the EPT page-directory-pointer table; getter: address >> 12.
    pub const fn address(self) -> u64 {
        (self.0 >> 12 & 0xffffffffff) as u64
    }

    /// The value with address (bits 51:12) set to `x`.
    #[must_use]
    pub const fn with_address(self, x: u64) -> Self {
        Self(self.0 & !Self::ADDRESS_MASK | (x as u64) << 12 & Self::ADDRESS_MASK)
    }
}

/// EPT page-directory-pointer-table entry that references an EPT page
/// directory. Intel SDM Vol. 3C, Chapter 29 (VMX Support for Address
/// Translation), Table 29-3 (Format of an EPT PDPTE that References an EPT Page
/// Directory).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct EptPdpte(pub u64);

impl EptPdpte {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of read (bits 0:0).
    pub const READ_MASK: u64 = 0x1;

    /// Bits 0:0: reads allowed from the 1-GByte region.
    pub const fn read(self) -> bool {
        self.0 >> 0 & 1 != 0
    }

    /// The value with read (bits 0:0) set to `x`.
    #[must_use]
    pub const fn with_read(self, x: bool) -> Self {
        Self(self.0 & !Self::READ_MASK | (x as u64) << 0 & Self::READ_MASK)
    }

    /// The mask of write (bits 1:1).
    pub const WRITE_MASK: u64 = 0x2;

    /// Bits 1:1: writes allowed to the 1-GByte region.
    pub const fn write(self) -> bool {
        self.0 >> 1 & 1 != 0
    }

    /// The value with write (bits 1:1) set to `x`.
    #[must_use]
    pub const fn with_write(self, x: bool) -> Self {
        Self(self.0 & !Self::WRITE_MASK | (x as u64) << 1 & Self::WRITE_MASK)
    }

    /// The mask of execute (bits 2:2).
    pub const EXECUTE_MASK: u64 = 0x4;

    /// Bits 2:2: instruction fetches allowed (supervisor-mode linear addresses only, with mode-based execute control).
    pub const fn execute(self) -> bool {
        self.0 >> 2 & 1 != 0
    }

    /// The value with execute (bits 2:2) set to `x`.
    #[must_use]
    pub const fn with_execute(self, x: bool) -> Self {
        Self(self.0 & !Self::EXECUTE_MASK | (x as u64) << 2 & Self::EXECUTE_MASK)
    }

    /// The mask of large_page (bits 7:7).
    pub const LARGE_PAGE_MASK: u64 = 0x80;

    /// Bits 7:7: 0 in this form (1: the entry maps a 1-GByte page, see ept_pdpte_1g).
    pub const fn large_page(self) -> bool {
        self.0 >> 7 & 1 != 0
    }

    /// The value with large_page (bits 7:7) set to `x`.
    #[must_use]
    pub const fn with_large_page(self, x: bool) -> Self {
        Self(self.0 & !Self::LARGE_PAGE_MASK | (x as u64) << 7 & Self::LARGE_PAGE_MASK)
    }

    /// The mask of accessed (bits 8:8).
    pub const ACCESSED_MASK: u64 = 0x100;

    /// Bits 8:8: accessed flag (EPTP bit 6 set; ignored otherwise).
    pub const fn accessed(self) -> bool {
        self.0 >> 8 & 1 != 0
    }

    /// The value with accessed (bits 8:8) set to `x`.
    #[must_use]
    pub const fn with_accessed(self, x: bool) -> Self {
        Self(self.0 & !Self::ACCESSED_MASK | (x as u64) << 8 & Self::ACCESSED_MASK)
    }

    /// The mask of user_execute (bits 10:10).
    pub const USER_EXECUTE_MASK: u64 = 0x400;

    /// Bits 10:10: instruction fetches allowed from user-mode linear addresses (mode-based execute control; ignored otherwise).
    pub const fn user_execute(self) -> bool {
        self.0 >> 10 & 1 != 0
    }

    /// The value with user_execute (bits 10:10) set to `x`.
    #[must_use]
    pub const fn with_user_execute(self, x: bool) -> Self {
        Self(self.0 & !Self::USER_EXECUTE_MASK | (x as u64) << 10 & Self::USER_EXECUTE_MASK)
    }

    /// The mask of address (bits 51:12).
    pub const ADDRESS_MASK: u64 = 0xffffffffff000;

    /// Bits 51:12: physical address of the EPT page directory; getter: address >> 12.
    pub const fn address(self) -> u64 {
        (self.0 >> 12 & 0xffffffffff) as u64
    }

    /// The value with address (bits 51:12) set to `x`.
    #[must_use]
    pub const fn with_address(self, x: u64) -> Self {
        Self(self.0 & !Self::ADDRESS_MASK | (x as u64) << 12 & Self::ADDRESS_MASK)
    }
}

/// EPT page-directory-pointer-table entry that maps a 1-GByte page. Intel SDM
/// Vol. 3C, Chapter 29 (VMX Support for Address Translation), Table 29-2
/// (Format of an EPT PDPTE that Maps a 1-GByte Page).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct EptPdpte1g(pub u64);

impl EptPdpte1g {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of read (bits 0:0).
    pub const READ_MASK: u64 = 0x1;

    /// Bits 0:0: reads allowed from the 1-GByte page.
    pub const fn read(self) -> bool {
        self.0 >> 0 & 1 != 0
    }

    /// The value with read (bits 0:0) set to `x`.
    #[must_use]
    pub const fn with_read(self, x: bool) -> Self {
        Self(self.0 & !Self::READ_MASK | (x as u64) << 0 & Self::READ_MASK)
    }

    /// The mask of write (bits 1:1).
    pub const WRITE_MASK: u64 = 0x2;

    /// Bits 1:1: writes allowed to the 1-GByte page.
    pub const fn write(self) -> bool {
        self.0 >> 1 & 1 != 0
    }

    /// The value with write (bits 1:1) set to `x`.
    #[must_use]
    pub const fn with_write(self, x: bool) -> Self {
        Self(self.0 & !Self::WRITE_MASK | (x as u64) << 1 & Self::WRITE_MASK)
    }

    /// The mask of execute (bits 2:2).
    pub const EXECUTE_MASK: u64 = 0x4;

    /// Bits 2:2: instruction fetches allowed (supervisor-mode linear addresses only, with mode-based execute control).
    pub const fn execute(self) -> bool {
        self.0 >> 2 & 1 != 0
    }

    /// The value with execute (bits 2:2) set to `x`.
    #[must_use]
    pub const fn with_execute(self, x: bool) -> Self {
        Self(self.0 & !Self::EXECUTE_MASK | (x as u64) << 2 & Self::EXECUTE_MASK)
    }

    /// The mask of memtype (bits 5:3).
    pub const MEMTYPE_MASK: u64 = 0x38;
    /// memtype = 0: uncacheable.
    pub const MEMTYPE_UC: u8 = 0;
    /// memtype = 1: write combining.
    pub const MEMTYPE_WC: u8 = 1;
    /// memtype = 4: write-through.
    pub const MEMTYPE_WT: u8 = 4;
    /// memtype = 5: write-protected.
    pub const MEMTYPE_WP: u8 = 5;
    /// memtype = 6: write-back.
    pub const MEMTYPE_WB: u8 = 6;

    /// Bits 5:3: EPT memory type of the page (2, 3 and 7 are reserved: EPT misconfiguration).
    pub const fn memtype(self) -> u8 {
        (self.0 >> 3 & 0x7) as u8
    }

    /// The value with memtype (bits 5:3) set to `x`.
    #[must_use]
    pub const fn with_memtype(self, x: u8) -> Self {
        Self(self.0 & !Self::MEMTYPE_MASK | (x as u64) << 3 & Self::MEMTYPE_MASK)
    }

    /// The mask of ignore_pat (bits 6:6).
    pub const IGNORE_PAT_MASK: u64 = 0x40;

    /// Bits 6:6: ignore the PAT memory type for this page.
    pub const fn ignore_pat(self) -> bool {
        self.0 >> 6 & 1 != 0
    }

    /// The value with ignore_pat (bits 6:6) set to `x`.
    #[must_use]
    pub const fn with_ignore_pat(self, x: bool) -> Self {
        Self(self.0 & !Self::IGNORE_PAT_MASK | (x as u64) << 6 & Self::IGNORE_PAT_MASK)
    }

    /// The mask of large_page (bits 7:7).
    pub const LARGE_PAGE_MASK: u64 = 0x80;

    /// Bits 7:7: 1 in this form (0: the entry references an EPT page directory, see ept_pdpte).
    pub const fn large_page(self) -> bool {
        self.0 >> 7 & 1 != 0
    }

    /// The value with large_page (bits 7:7) set to `x`.
    #[must_use]
    pub const fn with_large_page(self, x: bool) -> Self {
        Self(self.0 & !Self::LARGE_PAGE_MASK | (x as u64) << 7 & Self::LARGE_PAGE_MASK)
    }

    /// The mask of accessed (bits 8:8).
    pub const ACCESSED_MASK: u64 = 0x100;

    /// Bits 8:8: accessed flag (EPTP bit 6 set; ignored otherwise).
    pub const fn accessed(self) -> bool {
        self.0 >> 8 & 1 != 0
    }

    /// The value with accessed (bits 8:8) set to `x`.
    #[must_use]
    pub const fn with_accessed(self, x: bool) -> Self {
        Self(self.0 & !Self::ACCESSED_MASK | (x as u64) << 8 & Self::ACCESSED_MASK)
    }

    /// The mask of dirty (bits 9:9).
    pub const DIRTY_MASK: u64 = 0x200;

    /// Bits 9:9: dirty flag (EPTP bit 6 set; ignored otherwise).
    pub const fn dirty(self) -> bool {
        self.0 >> 9 & 1 != 0
    }

    /// The value with dirty (bits 9:9) set to `x`.
    #[must_use]
    pub const fn with_dirty(self, x: bool) -> Self {
        Self(self.0 & !Self::DIRTY_MASK | (x as u64) << 9 & Self::DIRTY_MASK)
    }

    /// The mask of user_execute (bits 10:10).
    pub const USER_EXECUTE_MASK: u64 = 0x400;

    /// Bits 10:10: instruction fetches allowed from user-mode linear addresses (mode-based execute control; ignored otherwise).
    pub const fn user_execute(self) -> bool {
        self.0 >> 10 & 1 != 0
    }

    /// The value with user_execute (bits 10:10) set to `x`.
    #[must_use]
    pub const fn with_user_execute(self, x: bool) -> Self {
        Self(self.0 & !Self::USER_EXECUTE_MASK | (x as u64) << 10 & Self::USER_EXECUTE_MASK)
    }

    /// The mask of address (bits 51:30).
    pub const ADDRESS_MASK: u64 = 0xfffffc0000000;

    /// Bits 51:30: physical address of the 1-GByte page; getter: address >> 30.
    pub const fn address(self) -> u32 {
        (self.0 >> 30 & 0x3fffff) as u32
    }

    /// The value with address (bits 51:30) set to `x`.
    #[must_use]
    pub const fn with_address(self, x: u32) -> Self {
        Self(self.0 & !Self::ADDRESS_MASK | (x as u64) << 30 & Self::ADDRESS_MASK)
    }

    /// The mask of verify_guest_paging (bits 57:57).
    pub const VERIFY_GUEST_PAGING_MASK: u64 = 0x200000000000000;

    /// Bits 57:57: verify guest paging (guest-paging verification control; ignored otherwise).
    pub const fn verify_guest_paging(self) -> bool {
        self.0 >> 57 & 1 != 0
    }

    /// The value with verify_guest_paging (bits 57:57) set to `x`.
    #[must_use]
    pub const fn with_verify_guest_paging(self, x: bool) -> Self {
        Self(self.0 & !Self::VERIFY_GUEST_PAGING_MASK | (x as u64) << 57 & Self::VERIFY_GUEST_PAGING_MASK)
    }

    /// The mask of paging_write (bits 58:58).
    pub const PAGING_WRITE_MASK: u64 = 0x400000000000000;

    /// Bits 58:58: paging-write access (EPT paging-write control; ignored otherwise).
    pub const fn paging_write(self) -> bool {
        self.0 >> 58 & 1 != 0
    }

    /// The value with paging_write (bits 58:58) set to `x`.
    #[must_use]
    pub const fn with_paging_write(self, x: bool) -> Self {
        Self(self.0 & !Self::PAGING_WRITE_MASK | (x as u64) << 58 & Self::PAGING_WRITE_MASK)
    }

    /// The mask of supervisor_shadow_stack (bits 60:60).
    pub const SUPERVISOR_SHADOW_STACK_MASK: u64 = 0x1000000000000000;

    /// Bits 60:60: supervisor shadow-stack page (EPTP bit 7 set; ignored otherwise).
    pub const fn supervisor_shadow_stack(self) -> bool {
        self.0 >> 60 & 1 != 0
    }

    /// The value with supervisor_shadow_stack (bits 60:60) set to `x`.
    #[must_use]
    pub const fn with_supervisor_shadow_stack(self, x: bool) -> Self {
        Self(self.0 & !Self::SUPERVISOR_SHADOW_STACK_MASK | (x as u64) << 60 & Self::SUPERVISOR_SHADOW_STACK_MASK)
    }

    /// The mask of suppress_ve (bits 63:63).
    pub const SUPPRESS_VE_MASK: u64 = 0x8000000000000000;

    /// Bits 63:63: suppress #VE (EPT-violation #VE control; ignored otherwise).
    pub const fn suppress_ve(self) -> bool {
        self.0 >> 63 & 1 != 0
    }

    /// The value with suppress_ve (bits 63:63) set to `x`.
    #[must_use]
    pub const fn with_suppress_ve(self, x: bool) -> Self {
        Self(self.0 & !Self::SUPPRESS_VE_MASK | (x as u64) << 63 & Self::SUPPRESS_VE_MASK)
    }
}

/// EPT page-directory entry that references an EPT page table. Intel SDM Vol.
/// 3C, Chapter 29 (VMX Support for Address Translation), Table 29-5 (Format of
/// an EPT PDE that References an EPT Page Table).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct EptPde(pub u64);

impl EptPde {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of read (bits 0:0).
    pub const READ_MASK: u64 = 0x1;

    /// Bits 0:0: reads allowed from the 2-MByte region.
    pub const fn read(self) -> bool {
        self.0 >> 0 & 1 != 0
    }

    /// The value with read (bits 0:0) set to `x`.
    #[must_use]
    pub const fn with_read(self, x: bool) -> Self {
        Self(self.0 & !Self::READ_MASK | (x as u64) << 0 & Self::READ_MASK)
    }

    /// The mask of write (bits 1:1).
    pub const WRITE_MASK: u64 = 0x2;

    /// Bits 1:1: writes allowed to the 2-MByte region.
    pub const fn write(self) -> bool {
        self.0 >> 1 & 1 != 0
    }

    /// The value with write (bits 1:1) set to `x`.
    #[must_use]
    pub const fn with_write(self, x: bool) -> Self {
        Self(self.0 & !Self::WRITE_MASK | (x as u64) << 1 & Self::WRITE_MASK)
    }

    /// The mask of execute (bits 2:2).
    pub const EXECUTE_MASK: u64 = 0x4;

    /// Bits 2:2: instruction fetches allowed (supervisor-mode linear addresses only, with mode-based execute control).
    pub const fn execute(self) -> bool {
        self.0 >> 2 & 1 != 0
    }

    /// The value with execute (bits 2:2) set to `x`.
    #[must_use]
    pub const fn with_execute(self, x: bool) -> Self {
        Self(self.0 & !Self::EXECUTE_MASK | (x as u64) << 2 & Self::EXECUTE_MASK)
    }

    /// The mask of large_page (bits 7:7).
    pub const LARGE_PAGE_MASK: u64 = 0x80;

    /// Bits 7:7: 0 in this form (1: the entry maps a 2-MByte page, see ept_pde_2m).
    pub const fn large_page(self) -> bool {
        self.0 >> 7 & 1 != 0
    }

    /// The value with large_page (bits 7:7) set to `x`.
    #[must_use]
    pub const fn with_large_page(self, x: bool) -> Self {
        Self(self.0 & !Self::LARGE_PAGE_MASK | (x as u64) << 7 & Self::LARGE_PAGE_MASK)
    }

    /// The mask of accessed (bits 8:8).
    pub const ACCESSED_MASK: u64 = 0x100;

    /// Bits 8:8: accessed flag (EPTP bit 6 set; ignored otherwise).
    pub const fn accessed(self) -> bool {
        self.0 >> 8 & 1 != 0
    }

    /// The value with accessed (bits 8:8) set to `x`.
    #[must_use]
    pub const fn with_accessed(self, x: bool) -> Self {
        Self(self.0 & !Self::ACCESSED_MASK | (x as u64) << 8 & Self::ACCESSED_MASK)
    }

    /// The mask of user_execute (bits 10:10).
    pub const USER_EXECUTE_MASK: u64 = 0x400;

    /// Bits 10:10: instruction fetches allowed from user-mode linear addresses (mode-based execute control; ignored otherwise).
    pub const fn user_execute(self) -> bool {
        self.0 >> 10 & 1 != 0
    }

    /// The value with user_execute (bits 10:10) set to `x`.
    #[must_use]
    pub const fn with_user_execute(self, x: bool) -> Self {
        Self(self.0 & !Self::USER_EXECUTE_MASK | (x as u64) << 10 & Self::USER_EXECUTE_MASK)
    }

    /// The mask of address (bits 51:12).
    pub const ADDRESS_MASK: u64 = 0xffffffffff000;

    /// Bits 51:12: physical address of the EPT page table; getter: address >> 12.
    pub const fn address(self) -> u64 {
        (self.0 >> 12 & 0xffffffffff) as u64
    }

    /// The value with address (bits 51:12) set to `x`.
    #[must_use]
    pub const fn with_address(self, x: u64) -> Self {
        Self(self.0 & !Self::ADDRESS_MASK | (x as u64) << 12 & Self::ADDRESS_MASK)
    }
}

/// EPT page-directory entry that maps a 2-MByte page. Intel SDM Vol. 3C,
/// Chapter 29 (VMX Support for Address Translation), Table 29-4 (Format of an
/// EPT PDE that Maps a 2-MByte Page).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct EptPde2m(pub u64);

impl EptPde2m {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of read (bits 0:0).
    pub const READ_MASK: u64 = 0x1;

    /// Bits 0:0: reads allowed from the 2-MByte page.
    pub const fn read(self) -> bool {
        self.0 >> 0 & 1 != 0
    }

    /// The value with read (bits 0:0) set to `x`.
    #[must_use]
    pub const fn with_read(self, x: bool) -> Self {
        Self(self.0 & !Self::READ_MASK | (x as u64) << 0 & Self::READ_MASK)
    }

    /// The mask of write (bits 1:1).
    pub const WRITE_MASK: u64 = 0x2;

    /// Bits 1:1: writes allowed to the 2-MByte page.
    pub const fn write(self) -> bool {
        self.0 >> 1 & 1 != 0
    }

    /// The value with write (bits 1:1) set to `x`.
    #[must_use]
    pub const fn with_write(self, x: bool) -> Self {
        Self(self.0 & !Self::WRITE_MASK | (x as u64) << 1 & Self::WRITE_MASK)
    }

    /// The mask of execute (bits 2:2).
    pub const EXECUTE_MASK: u64 = 0x4;

    /// Bits 2:2: instruction fetches allowed (supervisor-mode linear addresses only, with mode-based execute control).
    pub const fn execute(self) -> bool {
        self.0 >> 2 & 1 != 0
    }

    /// The value with execute (bits 2:2) set to `x`.
    #[must_use]
    pub const fn with_execute(self, x: bool) -> Self {
        Self(self.0 & !Self::EXECUTE_MASK | (x as u64) << 2 & Self::EXECUTE_MASK)
    }

    /// The mask of memtype (bits 5:3).
    pub const MEMTYPE_MASK: u64 = 0x38;
    /// memtype = 0: uncacheable.
    pub const MEMTYPE_UC: u8 = 0;
    /// memtype = 1: write combining.
    pub const MEMTYPE_WC: u8 = 1;
    /// memtype = 4: write-through.
    pub const MEMTYPE_WT: u8 = 4;
    /// memtype = 5: write-protected.
    pub const MEMTYPE_WP: u8 = 5;
    /// memtype = 6: write-back.
    pub const MEMTYPE_WB: u8 = 6;

    /// Bits 5:3: EPT memory type of the page (2, 3 and 7 are reserved: EPT misconfiguration).
    pub const fn memtype(self) -> u8 {
        (self.0 >> 3 & 0x7) as u8
    }

    /// The value with memtype (bits 5:3) set to `x`.
    #[must_use]
    pub const fn with_memtype(self, x: u8) -> Self {
        Self(self.0 & !Self::MEMTYPE_MASK | (x as u64) << 3 & Self::MEMTYPE_MASK)
    }

    /// The mask of ignore_pat (bits 6:6).
    pub const IGNORE_PAT_MASK: u64 = 0x40;

    /// Bits 6:6: ignore the PAT memory type for this page.
    pub const fn ignore_pat(self) -> bool {
        self.0 >> 6 & 1 != 0
    }

    /// The value with ignore_pat (bits 6:6) set to `x`.
    #[must_use]
    pub const fn with_ignore_pat(self, x: bool) -> Self {
        Self(self.0 & !Self::IGNORE_PAT_MASK | (x as u64) << 6 & Self::IGNORE_PAT_MASK)
    }

    /// The mask of large_page (bits 7:7).
    pub const LARGE_PAGE_MASK: u64 = 0x80;

    /// Bits 7:7: 1 in this form (0: the entry references an EPT page table, see ept_pde).
    pub const fn large_page(self) -> bool {
        self.0 >> 7 & 1 != 0
    }

    /// The value with large_page (bits 7:7) set to `x`.
    #[must_use]
    pub const fn with_large_page(self, x: bool) -> Self {
        Self(self.0 & !Self::LARGE_PAGE_MASK | (x as u64) << 7 & Self::LARGE_PAGE_MASK)
    }

    /// The mask of accessed (bits 8:8).
    pub const ACCESSED_MASK: u64 = 0x100;

    /// Bits 8:8: accessed flag (EPTP bit 6 set; ignored otherwise).
    pub const fn accessed(self) -> bool {
        self.0 >> 8 & 1 != 0
    }

    /// The value with accessed (bits 8:8) set to `x`.
    #[must_use]
    pub const fn with_accessed(self, x: bool) -> Self {
        Self(self.0 & !Self::ACCESSED_MASK | (x as u64) << 8 & Self::ACCESSED_MASK)
    }

    /// The mask of dirty (bits 9:9).
    pub const DIRTY_MASK: u64 = 0x200;

    /// Bits 9:9: dirty flag (EPTP bit 6 set; ignored otherwise).
    pub const fn dirty(self) -> bool {
        self.0 >> 9 & 1 != 0
    }

    /// The value with dirty (bits 9:9) set to `x`.
    #[must_use]
    pub const fn with_dirty(self, x: bool) -> Self {
        Self(self.0 & !Self::DIRTY_MASK | (x as u64) << 9 & Self::DIRTY_MASK)
    }

    /// The mask of user_execute (bits 10:10).
    pub const USER_EXECUTE_MASK: u64 = 0x400;

    /// Bits 10:10: instruction fetches allowed from user-mode linear addresses (mode-based execute control; ignored otherwise).
    pub const fn user_execute(self) -> bool {
        self.0 >> 10 & 1 != 0
    }

    /// The value with user_execute (bits 10:10) set to `x`.
    #[must_use]
    pub const fn with_user_execute(self, x: bool) -> Self {
        Self(self.0 & !Self::USER_EXECUTE_MASK | (x as u64) << 10 & Self::USER_EXECUTE_MASK)
    }

    /// The mask of address (bits 51:21).
    pub const ADDRESS_MASK: u64 = 0xfffffffe00000;

    /// Bits 51:21: physical address of the 2-MByte page; getter: address >> 21.
    pub const fn address(self) -> u32 {
        (self.0 >> 21 & 0x7fffffff) as u32
    }

    /// The value with address (bits 51:21) set to `x`.
    #[must_use]
    pub const fn with_address(self, x: u32) -> Self {
        Self(self.0 & !Self::ADDRESS_MASK | (x as u64) << 21 & Self::ADDRESS_MASK)
    }

    /// The mask of verify_guest_paging (bits 57:57).
    pub const VERIFY_GUEST_PAGING_MASK: u64 = 0x200000000000000;

    /// Bits 57:57: verify guest paging (guest-paging verification control; ignored otherwise).
    pub const fn verify_guest_paging(self) -> bool {
        self.0 >> 57 & 1 != 0
    }

    /// The value with verify_guest_paging (bits 57:57) set to `x`.
    #[must_use]
    pub const fn with_verify_guest_paging(self, x: bool) -> Self {
        Self(self.0 & !Self::VERIFY_GUEST_PAGING_MASK | (x as u64) << 57 & Self::VERIFY_GUEST_PAGING_MASK)
    }

    /// The mask of paging_write (bits 58:58).
    pub const PAGING_WRITE_MASK: u64 = 0x400000000000000;

    /// Bits 58:58: paging-write access (EPT paging-write control; ignored otherwise).
    pub const fn paging_write(self) -> bool {
        self.0 >> 58 & 1 != 0
    }

    /// The value with paging_write (bits 58:58) set to `x`.
    #[must_use]
    pub const fn with_paging_write(self, x: bool) -> Self {
        Self(self.0 & !Self::PAGING_WRITE_MASK | (x as u64) << 58 & Self::PAGING_WRITE_MASK)
    }

    /// The mask of supervisor_shadow_stack (bits 60:60).
    pub const SUPERVISOR_SHADOW_STACK_MASK: u64 = 0x1000000000000000;

    /// Bits 60:60: supervisor shadow-stack page (EPTP bit 7 set; ignored otherwise).
    pub const fn supervisor_shadow_stack(self) -> bool {
        self.0 >> 60 & 1 != 0
    }

    /// The value with supervisor_shadow_stack (bits 60:60) set to `x`.
    #[must_use]
    pub const fn with_supervisor_shadow_stack(self, x: bool) -> Self {
        Self(self.0 & !Self::SUPERVISOR_SHADOW_STACK_MASK | (x as u64) << 60 & Self::SUPERVISOR_SHADOW_STACK_MASK)
    }

    /// The mask of suppress_ve (bits 63:63).
    pub const SUPPRESS_VE_MASK: u64 = 0x8000000000000000;

    /// Bits 63:63: suppress #VE (EPT-violation #VE control; ignored otherwise).
    pub const fn suppress_ve(self) -> bool {
        self.0 >> 63 & 1 != 0
    }

    /// The value with suppress_ve (bits 63:63) set to `x`.
    #[must_use]
    pub const fn with_suppress_ve(self, x: bool) -> Self {
        Self(self.0 & !Self::SUPPRESS_VE_MASK | (x as u64) << 63 & Self::SUPPRESS_VE_MASK)
    }
}

/// EPT page-table entry (maps a 4-KByte page). Intel SDM Vol. 3C, Chapter 29
/// (VMX Support for Address Translation), Table 29-6 (Format of an EPT
/// Page-Table Entry that Maps a 4-KByte Page).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct EptPte(pub u64);

impl EptPte {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of read (bits 0:0).
    pub const READ_MASK: u64 = 0x1;

    /// Bits 0:0: reads allowed from the 4-KByte page.
    pub const fn read(self) -> bool {
        self.0 >> 0 & 1 != 0
    }

    /// The value with read (bits 0:0) set to `x`.
    #[must_use]
    pub const fn with_read(self, x: bool) -> Self {
        Self(self.0 & !Self::READ_MASK | (x as u64) << 0 & Self::READ_MASK)
    }

    /// The mask of write (bits 1:1).
    pub const WRITE_MASK: u64 = 0x2;

    /// Bits 1:1: writes allowed to the 4-KByte page.
    pub const fn write(self) -> bool {
        self.0 >> 1 & 1 != 0
    }

    /// The value with write (bits 1:1) set to `x`.
    #[must_use]
    pub const fn with_write(self, x: bool) -> Self {
        Self(self.0 & !Self::WRITE_MASK | (x as u64) << 1 & Self::WRITE_MASK)
    }

    /// The mask of execute (bits 2:2).
    pub const EXECUTE_MASK: u64 = 0x4;

    /// Bits 2:2: instruction fetches allowed (supervisor-mode linear addresses only, with mode-based execute control).
    pub const fn execute(self) -> bool {
        self.0 >> 2 & 1 != 0
    }

    /// The value with execute (bits 2:2) set to `x`.
    #[must_use]
    pub const fn with_execute(self, x: bool) -> Self {
        Self(self.0 & !Self::EXECUTE_MASK | (x as u64) << 2 & Self::EXECUTE_MASK)
    }

    /// The mask of memtype (bits 5:3).
    pub const MEMTYPE_MASK: u64 = 0x38;
    /// memtype = 0: uncacheable.
    pub const MEMTYPE_UC: u8 = 0;
    /// memtype = 1: write combining.
    pub const MEMTYPE_WC: u8 = 1;
    /// memtype = 4: write-through.
    pub const MEMTYPE_WT: u8 = 4;
    /// memtype = 5: write-protected.
    pub const MEMTYPE_WP: u8 = 5;
    /// memtype = 6: write-back.
    pub const MEMTYPE_WB: u8 = 6;

    /// Bits 5:3: EPT memory type of the page (2, 3 and 7 are reserved: EPT misconfiguration).
    pub const fn memtype(self) -> u8 {
        (self.0 >> 3 & 0x7) as u8
    }

    /// The value with memtype (bits 5:3) set to `x`.
    #[must_use]
    pub const fn with_memtype(self, x: u8) -> Self {
        Self(self.0 & !Self::MEMTYPE_MASK | (x as u64) << 3 & Self::MEMTYPE_MASK)
    }

    /// The mask of ignore_pat (bits 6:6).
    pub const IGNORE_PAT_MASK: u64 = 0x40;

    /// Bits 6:6: ignore the PAT memory type for this page.
    pub const fn ignore_pat(self) -> bool {
        self.0 >> 6 & 1 != 0
    }

    /// The value with ignore_pat (bits 6:6) set to `x`.
    #[must_use]
    pub const fn with_ignore_pat(self, x: bool) -> Self {
        Self(self.0 & !Self::IGNORE_PAT_MASK | (x as u64) << 6 & Self::IGNORE_PAT_MASK)
    }

    /// The mask of accessed (bits 8:8).
    pub const ACCESSED_MASK: u64 = 0x100;

    /// Bits 8:8: accessed flag (EPTP bit 6 set; ignored otherwise).
    pub const fn accessed(self) -> bool {
        self.0 >> 8 & 1 != 0
    }

    /// The value with accessed (bits 8:8) set to `x`.
    #[must_use]
    pub const fn with_accessed(self, x: bool) -> Self {
        Self(self.0 & !Self::ACCESSED_MASK | (x as u64) << 8 & Self::ACCESSED_MASK)
    }

    /// The mask of dirty (bits 9:9).
    pub const DIRTY_MASK: u64 = 0x200;

    /// Bits 9:9: dirty flag (EPTP bit 6 set; ignored otherwise).
    pub const fn dirty(self) -> bool {
        self.0 >> 9 & 1 != 0
    }

    /// The value with dirty (bits 9:9) set to `x`.
    #[must_use]
    pub const fn with_dirty(self, x: bool) -> Self {
        Self(self.0 & !Self::DIRTY_MASK | (x as u64) << 9 & Self::DIRTY_MASK)
    }

    /// The mask of user_execute (bits 10:10).
    pub const USER_EXECUTE_MASK: u64 = 0x400;

    /// Bits 10:10: instruction fetches allowed from user-mode linear addresses (mode-based execute control; ignored otherwise).
    pub const fn user_execute(self) -> bool {
        self.0 >> 10 & 1 != 0
    }

    /// The value with user_execute (bits 10:10) set to `x`.
    #[must_use]
    pub const fn with_user_execute(self, x: bool) -> Self {
        Self(self.0 & !Self::USER_EXECUTE_MASK | (x as u64) << 10 & Self::USER_EXECUTE_MASK)
    }

    /// The mask of address (bits 51:12).
    pub const ADDRESS_MASK: u64 = 0xffffffffff000;

    /// Bits 51:12: physical address of the 4-KByte page; getter: address >> 12.
    pub const fn address(self) -> u64 {
        (self.0 >> 12 & 0xffffffffff) as u64
    }

    /// The value with address (bits 51:12) set to `x`.
    #[must_use]
    pub const fn with_address(self, x: u64) -> Self {
        Self(self.0 & !Self::ADDRESS_MASK | (x as u64) << 12 & Self::ADDRESS_MASK)
    }

    /// The mask of verify_guest_paging (bits 57:57).
    pub const VERIFY_GUEST_PAGING_MASK: u64 = 0x200000000000000;

    /// Bits 57:57: verify guest paging (guest-paging verification control; ignored otherwise).
    pub const fn verify_guest_paging(self) -> bool {
        self.0 >> 57 & 1 != 0
    }

    /// The value with verify_guest_paging (bits 57:57) set to `x`.
    #[must_use]
    pub const fn with_verify_guest_paging(self, x: bool) -> Self {
        Self(self.0 & !Self::VERIFY_GUEST_PAGING_MASK | (x as u64) << 57 & Self::VERIFY_GUEST_PAGING_MASK)
    }

    /// The mask of paging_write (bits 58:58).
    pub const PAGING_WRITE_MASK: u64 = 0x400000000000000;

    /// Bits 58:58: paging-write access (EPT paging-write control; ignored otherwise).
    pub const fn paging_write(self) -> bool {
        self.0 >> 58 & 1 != 0
    }

    /// The value with paging_write (bits 58:58) set to `x`.
    #[must_use]
    pub const fn with_paging_write(self, x: bool) -> Self {
        Self(self.0 & !Self::PAGING_WRITE_MASK | (x as u64) << 58 & Self::PAGING_WRITE_MASK)
    }

    /// The mask of supervisor_shadow_stack (bits 60:60).
    pub const SUPERVISOR_SHADOW_STACK_MASK: u64 = 0x1000000000000000;

    /// Bits 60:60: supervisor shadow-stack page (EPTP bit 7 set; ignored otherwise).
    pub const fn supervisor_shadow_stack(self) -> bool {
        self.0 >> 60 & 1 != 0
    }

    /// The value with supervisor_shadow_stack (bits 60:60) set to `x`.
    #[must_use]
    pub const fn with_supervisor_shadow_stack(self, x: bool) -> Self {
        Self(self.0 & !Self::SUPERVISOR_SHADOW_STACK_MASK | (x as u64) << 60 & Self::SUPERVISOR_SHADOW_STACK_MASK)
    }

    /// The mask of sub_page_write (bits 61:61).
    pub const SUB_PAGE_WRITE_MASK: u64 = 0x2000000000000000;

    /// Bits 61:61: sub-page write permissions (sub-page write permissions control; ignored otherwise).
    pub const fn sub_page_write(self) -> bool {
        self.0 >> 61 & 1 != 0
    }

    /// The value with sub_page_write (bits 61:61) set to `x`.
    #[must_use]
    pub const fn with_sub_page_write(self, x: bool) -> Self {
        Self(self.0 & !Self::SUB_PAGE_WRITE_MASK | (x as u64) << 61 & Self::SUB_PAGE_WRITE_MASK)
    }

    /// The mask of suppress_ve (bits 63:63).
    pub const SUPPRESS_VE_MASK: u64 = 0x8000000000000000;

    /// Bits 63:63: suppress #VE (EPT-violation #VE control; ignored otherwise).
    pub const fn suppress_ve(self) -> bool {
        self.0 >> 63 & 1 != 0
    }

    /// The value with suppress_ve (bits 63:63) set to `x`.
    #[must_use]
    pub const fn with_suppress_ve(self, x: bool) -> Self {
        Self(self.0 & !Self::SUPPRESS_VE_MASK | (x as u64) << 63 & Self::SUPPRESS_VE_MASK)
    }
}

/// exit reason (VM-exit information field). Intel SDM Vol. 3C, Section 25.9.1
/// (Basic VM-Exit Information), table 'Format of Exit Reason' (Table 24-14 in
/// the 2016 edition).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct ExitReason(pub u32);

impl ExitReason {
    /// The layout over a raw value.
    pub const fn new(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// The mask of basic (bits 15:0).
    pub const BASIC_MASK: u32 = 0xffff;

    /// Bits 15:0: basic exit reason (Appendix C); of the VM-entry failure if entry_failure is 1.
    pub const fn basic(self) -> u16 {
        (self.0 >> 0 & 0xffff) as u16
    }

    /// The value with basic (bits 15:0) set to `x`.
    #[must_use]
    pub const fn with_basic(self, x: u16) -> Self {
        Self(self.0 & !Self::BASIC_MASK | (x as u32) << 0 & Self::BASIC_MASK)
    }

    /// The mask of bus_lock_detected (bits 26:26).
    pub const BUS_LOCK_DETECTED_MASK: u32 = 0x4000000;

    /// Bits 26:26: a bus lock was detected (bus-lock detection VM-execution control).
    pub const fn bus_lock_detected(self) -> bool {
        self.0 >> 26 & 1 != 0
    }

    /// The value with bus_lock_detected (bits 26:26) set to `x`.
    #[must_use]
    pub const fn with_bus_lock_detected(self, x: bool) -> Self {
        Self(self.0 & !Self::BUS_LOCK_DETECTED_MASK | (x as u32) << 26 & Self::BUS_LOCK_DETECTED_MASK)
    }

    /// The mask of enclave (bits 27:27).
    pub const ENCLAVE_MASK: u32 = 0x8000000;

    /// Bits 27:27: the VM exit was incident to enclave mode.
    pub const fn enclave(self) -> bool {
        self.0 >> 27 & 1 != 0
    }

    /// The value with enclave (bits 27:27) set to `x`.
    #[must_use]
    pub const fn with_enclave(self, x: bool) -> Self {
        Self(self.0 & !Self::ENCLAVE_MASK | (x as u32) << 27 & Self::ENCLAVE_MASK)
    }

    /// The mask of pending_mtf (bits 28:28).
    pub const PENDING_MTF_MASK: u32 = 0x10000000;

    /// Bits 28:28: SMM VM exit that took priority over a pending MTF VM exit.
    pub const fn pending_mtf(self) -> bool {
        self.0 >> 28 & 1 != 0
    }

    /// The value with pending_mtf (bits 28:28) set to `x`.
    #[must_use]
    pub const fn with_pending_mtf(self, x: bool) -> Self {
        Self(self.0 & !Self::PENDING_MTF_MASK | (x as u32) << 28 & Self::PENDING_MTF_MASK)
    }

    /// The mask of from_root (bits 29:29).
    pub const FROM_ROOT_MASK: u32 = 0x20000000;

    /// Bits 29:29: VM exit from VMX root operation (SMM VM exits only).
    pub const fn from_root(self) -> bool {
        self.0 >> 29 & 1 != 0
    }

    /// The value with from_root (bits 29:29) set to `x`.
    #[must_use]
    pub const fn with_from_root(self, x: bool) -> Self {
        Self(self.0 & !Self::FROM_ROOT_MASK | (x as u32) << 29 & Self::FROM_ROOT_MASK)
    }

    /// The mask of entry_failure (bits 31:31).
    pub const ENTRY_FAILURE_MASK: u32 = 0x80000000;

    /// Bits 31:31: VM-entry failure (0 = true VM exit).
    pub const fn entry_failure(self) -> bool {
        self.0 >> 31 & 1 != 0
    }

    /// The value with entry_failure (bits 31:31) set to `x`.
    #[must_use]
    pub const fn with_entry_failure(self, x: bool) -> Self {
        Self(self.0 & !Self::ENTRY_FAILURE_MASK | (x as u32) << 31 & Self::ENTRY_FAILURE_MASK)
    }
}

/// interruption information (VM-entry and VM-exit interruption information,
/// IDT-vectoring information). Intel SDM Vol. 3C, Sections 25.8.3, 25.9.2,
/// 25.9.3, tables 'Format of the VM-Entry/VM-Exit Interruption-Information
/// Field', 'Format of the IDT-Vectoring Information Field'.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct IntrInfo(pub u32);

impl IntrInfo {
    /// The layout over a raw value.
    pub const fn new(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// The mask of vector (bits 7:0).
    pub const VECTOR_MASK: u32 = 0xff;

    /// Bits 7:0: vector of the interrupt or exception.
    pub const fn vector(self) -> u8 {
        (self.0 >> 0 & 0xff) as u8
    }

    /// The value with vector (bits 7:0) set to `x`.
    #[must_use]
    pub const fn with_vector(self, x: u8) -> Self {
        Self(self.0 & !Self::VECTOR_MASK | (x as u32) << 0 & Self::VECTOR_MASK)
    }

    /// The mask of type (bits 10:8).
    pub const TYPE_MASK: u32 = 0x700;
    /// type = 0: external interrupt.
    pub const TYPE_EXTERNAL_INTERRUPT: u8 = 0;
    /// type = 2: non-maskable interrupt.
    pub const TYPE_NMI: u8 = 2;
    /// type = 3: hardware exception (#PF, #UD, ...).
    pub const TYPE_HARDWARE_EXCEPTION: u8 = 3;
    /// type = 4: software interrupt (INT n).
    pub const TYPE_SOFTWARE_INTERRUPT: u8 = 4;
    /// type = 5: privileged software exception (INT1).
    pub const TYPE_PRIVILEGED_SOFTWARE_EXCEPTION: u8 = 5;
    /// type = 6: software exception (INT3, INTO).
    pub const TYPE_SOFTWARE_EXCEPTION: u8 = 6;
    /// type = 7: other event (MTF injection; SYSCALL/SYSENTER with FRED).
    pub const TYPE_OTHER_EVENT: u8 = 7;

    /// Bits 10:8: interruption (event) type.
    pub const fn r#type(self) -> u8 {
        (self.0 >> 8 & 0x7) as u8
    }

    /// The value with type (bits 10:8) set to `x`.
    #[must_use]
    pub const fn with_type(self, x: u8) -> Self {
        Self(self.0 & !Self::TYPE_MASK | (x as u32) << 8 & Self::TYPE_MASK)
    }

    /// The mask of error_code_valid (bits 11:11).
    pub const ERROR_CODE_VALID_MASK: u32 = 0x800;

    /// Bits 11:11: an error code is delivered (VM entry) or was saved (VM exit, IDT vectoring).
    pub const fn error_code_valid(self) -> bool {
        self.0 >> 11 & 1 != 0
    }

    /// The value with error_code_valid (bits 11:11) set to `x`.
    #[must_use]
    pub const fn with_error_code_valid(self, x: bool) -> Self {
        Self(self.0 & !Self::ERROR_CODE_VALID_MASK | (x as u32) << 11 & Self::ERROR_CODE_VALID_MASK)
    }

    /// The mask of nmi_unblocking (bits 12:12).
    pub const NMI_UNBLOCKING_MASK: u32 = 0x1000;

    /// Bits 12:12: VM-exit interruption information only: NMI unblocking due to IRET (undefined in IDT-vectoring information, must be 0 on VM entry).
    pub const fn nmi_unblocking(self) -> bool {
        self.0 >> 12 & 1 != 0
    }

    /// The value with nmi_unblocking (bits 12:12) set to `x`.
    #[must_use]
    pub const fn with_nmi_unblocking(self, x: bool) -> Self {
        Self(self.0 & !Self::NMI_UNBLOCKING_MASK | (x as u32) << 12 & Self::NMI_UNBLOCKING_MASK)
    }

    /// The mask of nested_exception (bits 13:13).
    pub const NESTED_EXCEPTION_MASK: u32 = 0x2000;

    /// Bits 13:13: FRED: the event is a nested exception (with IA32_VMX_BASIC bit 58); reserved otherwise.
    pub const fn nested_exception(self) -> bool {
        self.0 >> 13 & 1 != 0
    }

    /// The value with nested_exception (bits 13:13) set to `x`.
    #[must_use]
    pub const fn with_nested_exception(self, x: bool) -> Self {
        Self(self.0 & !Self::NESTED_EXCEPTION_MASK | (x as u32) << 13 & Self::NESTED_EXCEPTION_MASK)
    }

    /// The mask of valid (bits 31:31).
    pub const VALID_MASK: u32 = 0x80000000;

    /// Bits 31:31: the field is valid.
    pub const fn valid(self) -> bool {
        self.0 >> 31 & 1 != 0
    }

    /// The value with valid (bits 31:31) set to `x`.
    #[must_use]
    pub const fn with_valid(self, x: bool) -> Self {
        Self(self.0 & !Self::VALID_MASK | (x as u32) << 31 & Self::VALID_MASK)
    }
}

/// exit qualification for control-register accesses (MOV CR, CLTS, LMSW). Intel
/// SDM Vol. 3C, Section 28.2.1 (Basic VM-Exit Information), Table 28-3 (Exit
/// Qualification for Control-Register Accesses; Table 27-3 in the 2016
/// edition).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct QualCr(pub u64);

impl QualCr {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of cr (bits 3:0).
    pub const CR_MASK: u64 = 0xf;

    /// Bits 3:0: number of the control register (0 for CLTS and LMSW).
    pub const fn cr(self) -> u8 {
        (self.0 >> 0 & 0xf) as u8
    }

    /// The value with cr (bits 3:0) set to `x`.
    #[must_use]
    pub const fn with_cr(self, x: u8) -> Self {
        Self(self.0 & !Self::CR_MASK | (x as u64) << 0 & Self::CR_MASK)
    }

    /// The mask of access_type (bits 5:4).
    pub const ACCESS_TYPE_MASK: u64 = 0x30;
    /// access_type = 0.
    pub const ACCESS_TYPE_MOV_TO_CR: u8 = 0;
    /// access_type = 1.
    pub const ACCESS_TYPE_MOV_FROM_CR: u8 = 1;
    /// access_type = 2.
    pub const ACCESS_TYPE_CLTS: u8 = 2;
    /// access_type = 3.
    pub const ACCESS_TYPE_LMSW: u8 = 3;

    /// Bits 5:4: access type.
    pub const fn access_type(self) -> u8 {
        (self.0 >> 4 & 0x3) as u8
    }

    /// The value with access_type (bits 5:4) set to `x`.
    #[must_use]
    pub const fn with_access_type(self, x: u8) -> Self {
        Self(self.0 & !Self::ACCESS_TYPE_MASK | (x as u64) << 4 & Self::ACCESS_TYPE_MASK)
    }

    /// The mask of lmsw_type (bits 6:6).
    pub const LMSW_TYPE_MASK: u64 = 0x40;
    /// lmsw_type = 0.
    pub const LMSW_TYPE_REGISTER: u8 = 0;
    /// lmsw_type = 1.
    pub const LMSW_TYPE_MEMORY: u8 = 1;

    /// Bits 6:6: LMSW operand type (0 for CLTS and MOV CR).
    pub const fn lmsw_type(self) -> u8 {
        (self.0 >> 6 & 0x1) as u8
    }

    /// The value with lmsw_type (bits 6:6) set to `x`.
    #[must_use]
    pub const fn with_lmsw_type(self, x: u8) -> Self {
        Self(self.0 & !Self::LMSW_TYPE_MASK | (x as u64) << 6 & Self::LMSW_TYPE_MASK)
    }

    /// The mask of gpr (bits 11:8).
    pub const GPR_MASK: u64 = 0xf00;

    /// Bits 11:8: MOV CR: the general-purpose register, 0 = RAX, 1 = RCX, 2 = RDX, 3 = RBX, 4 = RSP, 5 = RBP, 6 = RSI, 7 = RDI, 8-15 = R8-R15 (0 for CLTS and LMSW).
    pub const fn gpr(self) -> u8 {
        (self.0 >> 8 & 0xf) as u8
    }

    /// The value with gpr (bits 11:8) set to `x`.
    #[must_use]
    pub const fn with_gpr(self, x: u8) -> Self {
        Self(self.0 & !Self::GPR_MASK | (x as u64) << 8 & Self::GPR_MASK)
    }

    /// The mask of lmsw_source (bits 31:16).
    pub const LMSW_SOURCE_MASK: u64 = 0xffff0000;

    /// Bits 31:16: LMSW source data (0 for CLTS and MOV CR).
    pub const fn lmsw_source(self) -> u16 {
        (self.0 >> 16 & 0xffff) as u16
    }

    /// The value with lmsw_source (bits 31:16) set to `x`.
    #[must_use]
    pub const fn with_lmsw_source(self, x: u16) -> Self {
        Self(self.0 & !Self::LMSW_SOURCE_MASK | (x as u64) << 16 & Self::LMSW_SOURCE_MASK)
    }
}

/// exit qualification for MOV DR. Intel SDM Vol. 3C, Section 28.2.1 (Basic
/// VM-Exit Information), Table 28-4 (Exit Qualification for MOV DR; Table 27-4
/// in the 2016 edition).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct QualDr(pub u64);

impl QualDr {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of dr (bits 2:0).
    pub const DR_MASK: u64 = 0x7;

    /// Bits 2:0: number of the debug register.
    pub const fn dr(self) -> u8 {
        (self.0 >> 0 & 0x7) as u8
    }

    /// The value with dr (bits 2:0) set to `x`.
    #[must_use]
    pub const fn with_dr(self, x: u8) -> Self {
        Self(self.0 & !Self::DR_MASK | (x as u64) << 0 & Self::DR_MASK)
    }

    /// The mask of direction (bits 4:4).
    pub const DIRECTION_MASK: u64 = 0x10;
    /// direction = 0.
    pub const DIRECTION_MOV_TO_DR: u8 = 0;
    /// direction = 1.
    pub const DIRECTION_MOV_FROM_DR: u8 = 1;

    /// Bits 4:4: direction of the access.
    pub const fn direction(self) -> u8 {
        (self.0 >> 4 & 0x1) as u8
    }

    /// The value with direction (bits 4:4) set to `x`.
    #[must_use]
    pub const fn with_direction(self, x: u8) -> Self {
        Self(self.0 & !Self::DIRECTION_MASK | (x as u64) << 4 & Self::DIRECTION_MASK)
    }

    /// The mask of gpr (bits 11:8).
    pub const GPR_MASK: u64 = 0xf00;

    /// Bits 11:8: the general-purpose register, numbered as in qual_cr.
    pub const fn gpr(self) -> u8 {
        (self.0 >> 8 & 0xf) as u8
    }

    /// The value with gpr (bits 11:8) set to `x`.
    #[must_use]
    pub const fn with_gpr(self, x: u8) -> Self {
        Self(self.0 & !Self::GPR_MASK | (x as u64) << 8 & Self::GPR_MASK)
    }
}

/// exit qualification for I/O instructions. Intel SDM Vol. 3C, Section 28.2.1
/// (Basic VM-Exit Information), Table 28-5 (Exit Qualification for I/O
/// Instructions; Table 27-5 in the 2016 edition).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct QualIo(pub u64);

impl QualIo {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of size (bits 2:0).
    pub const SIZE_MASK: u64 = 0x7;
    /// size = 0: 1 byte.
    pub const SIZE_BYTE: u8 = 0;
    /// size = 1: 2 bytes.
    pub const SIZE_WORD: u8 = 1;
    /// size = 3: 4 bytes.
    pub const SIZE_DWORD: u8 = 3;

    /// Bits 2:0: size of the access (other values not used).
    pub const fn size(self) -> u8 {
        (self.0 >> 0 & 0x7) as u8
    }

    /// The value with size (bits 2:0) set to `x`.
    #[must_use]
    pub const fn with_size(self, x: u8) -> Self {
        Self(self.0 & !Self::SIZE_MASK | (x as u64) << 0 & Self::SIZE_MASK)
    }

    /// The mask of in (bits 3:3).
    pub const IN_MASK: u64 = 0x8;

    /// Bits 3:3: direction: 0 = OUT, 1 = IN.
    pub const fn r#in(self) -> bool {
        self.0 >> 3 & 1 != 0
    }

    /// The value with in (bits 3:3) set to `x`.
    #[must_use]
    pub const fn with_in(self, x: bool) -> Self {
        Self(self.0 & !Self::IN_MASK | (x as u64) << 3 & Self::IN_MASK)
    }

    /// The mask of string (bits 4:4).
    pub const STRING_MASK: u64 = 0x10;

    /// Bits 4:4: string instruction (INS, OUTS).
    pub const fn string(self) -> bool {
        self.0 >> 4 & 1 != 0
    }

    /// The value with string (bits 4:4) set to `x`.
    #[must_use]
    pub const fn with_string(self, x: bool) -> Self {
        Self(self.0 & !Self::STRING_MASK | (x as u64) << 4 & Self::STRING_MASK)
    }

    /// The mask of rep (bits 5:5).
    pub const REP_MASK: u64 = 0x20;

    /// Bits 5:5: REP prefixed.
    pub const fn rep(self) -> bool {
        self.0 >> 5 & 1 != 0
    }

    /// The value with rep (bits 5:5) set to `x`.
    #[must_use]
    pub const fn with_rep(self, x: bool) -> Self {
        Self(self.0 & !Self::REP_MASK | (x as u64) << 5 & Self::REP_MASK)
    }

    /// The mask of imm (bits 6:6).
    pub const IMM_MASK: u64 = 0x40;

    /// Bits 6:6: operand encoding: 0 = DX, 1 = immediate.
    pub const fn imm(self) -> bool {
        self.0 >> 6 & 1 != 0
    }

    /// The value with imm (bits 6:6) set to `x`.
    #[must_use]
    pub const fn with_imm(self, x: bool) -> Self {
        Self(self.0 & !Self::IMM_MASK | (x as u64) << 6 & Self::IMM_MASK)
    }

    /// The mask of port (bits 31:16).
    pub const PORT_MASK: u64 = 0xffff0000;

    /// Bits 31:16: port number (from DX or the immediate).
    pub const fn port(self) -> u16 {
        (self.0 >> 16 & 0xffff) as u16
    }

    /// The value with port (bits 31:16) set to `x`.
    #[must_use]
    pub const fn with_port(self, x: u16) -> Self {
        Self(self.0 & !Self::PORT_MASK | (x as u64) << 16 & Self::PORT_MASK)
    }
}

/// exit qualification for task switches. Intel SDM Vol. 3C, Section 28.2.1
/// (Basic VM-Exit Information), Table 28-2 (Exit Qualification for Task Switch;
/// Table 27-2 in the 2016 edition).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct QualTaskSwitch(pub u64);

impl QualTaskSwitch {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of selector (bits 15:0).
    pub const SELECTOR_MASK: u64 = 0xffff;

    /// Bits 15:0: selector of the TSS the guest attempted to switch to.
    pub const fn selector(self) -> u16 {
        (self.0 >> 0 & 0xffff) as u16
    }

    /// The value with selector (bits 15:0) set to `x`.
    #[must_use]
    pub const fn with_selector(self, x: u16) -> Self {
        Self(self.0 & !Self::SELECTOR_MASK | (x as u64) << 0 & Self::SELECTOR_MASK)
    }

    /// The mask of source (bits 31:30).
    pub const SOURCE_MASK: u64 = 0xc0000000;
    /// source = 0: CALL instruction.
    pub const SOURCE_CALL: u8 = 0;
    /// source = 1: IRET instruction.
    pub const SOURCE_IRET: u8 = 1;
    /// source = 2: JMP instruction.
    pub const SOURCE_JMP: u8 = 2;
    /// source = 3: task gate in the IDT.
    pub const SOURCE_IDT_TASK_GATE: u8 = 3;

    /// Bits 31:30: what initiated the task switch.
    pub const fn source(self) -> u8 {
        (self.0 >> 30 & 0x3) as u8
    }

    /// The value with source (bits 31:30) set to `x`.
    #[must_use]
    pub const fn with_source(self, x: u8) -> Self {
        Self(self.0 & !Self::SOURCE_MASK | (x as u64) << 30 & Self::SOURCE_MASK)
    }
}

/// exit qualification for EPT violations. Intel SDM Vol. 3C, Section 28.2.1
/// (Basic VM-Exit Information), Table 28-7 (Exit Qualification for EPT
/// Violations; Table 27-7 in the 2016 edition).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct QualEpt(pub u64);

impl QualEpt {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of read (bits 0:0).
    pub const READ_MASK: u64 = 0x1;

    /// Bits 0:0: the access was a data read.
    pub const fn read(self) -> bool {
        self.0 >> 0 & 1 != 0
    }

    /// The value with read (bits 0:0) set to `x`.
    #[must_use]
    pub const fn with_read(self, x: bool) -> Self {
        Self(self.0 & !Self::READ_MASK | (x as u64) << 0 & Self::READ_MASK)
    }

    /// The mask of write (bits 1:1).
    pub const WRITE_MASK: u64 = 0x2;

    /// Bits 1:1: the access was a data write.
    pub const fn write(self) -> bool {
        self.0 >> 1 & 1 != 0
    }

    /// The value with write (bits 1:1) set to `x`.
    #[must_use]
    pub const fn with_write(self, x: bool) -> Self {
        Self(self.0 & !Self::WRITE_MASK | (x as u64) << 1 & Self::WRITE_MASK)
    }

    /// The mask of fetch (bits 2:2).
    pub const FETCH_MASK: u64 = 0x4;

    /// Bits 2:2: the access was an instruction fetch.
    pub const fn fetch(self) -> bool {
        self.0 >> 2 & 1 != 0
    }

    /// The value with fetch (bits 2:2) set to `x`.
    #[must_use]
    pub const fn with_fetch(self, x: bool) -> Self {
        Self(self.0 & !Self::FETCH_MASK | (x as u64) << 2 & Self::FETCH_MASK)
    }

    /// The mask of readable (bits 3:3).
    pub const READABLE_MASK: u64 = 0x8;

    /// Bits 3:3: AND of bit 0 (read) of the EPT entries used: the GPA was readable.
    pub const fn readable(self) -> bool {
        self.0 >> 3 & 1 != 0
    }

    /// The value with readable (bits 3:3) set to `x`.
    #[must_use]
    pub const fn with_readable(self, x: bool) -> Self {
        Self(self.0 & !Self::READABLE_MASK | (x as u64) << 3 & Self::READABLE_MASK)
    }

    /// The mask of writable (bits 4:4).
    pub const WRITABLE_MASK: u64 = 0x10;

    /// Bits 4:4: AND of bit 1 (write) of the EPT entries used: the GPA was writable.
    pub const fn writable(self) -> bool {
        self.0 >> 4 & 1 != 0
    }

    /// The value with writable (bits 4:4) set to `x`.
    #[must_use]
    pub const fn with_writable(self, x: bool) -> Self {
        Self(self.0 & !Self::WRITABLE_MASK | (x as u64) << 4 & Self::WRITABLE_MASK)
    }

    /// The mask of executable (bits 5:5).
    pub const EXECUTABLE_MASK: u64 = 0x20;

    /// Bits 5:5: AND of bit 2 (execute; supervisor-mode with mode-based execute control) of the EPT entries used.
    pub const fn executable(self) -> bool {
        self.0 >> 5 & 1 != 0
    }

    /// The value with executable (bits 5:5) set to `x`.
    #[must_use]
    pub const fn with_executable(self, x: bool) -> Self {
        Self(self.0 & !Self::EXECUTABLE_MASK | (x as u64) << 5 & Self::EXECUTABLE_MASK)
    }

    /// The mask of user_executable (bits 6:6).
    pub const USER_EXECUTABLE_MASK: u64 = 0x40;

    /// Bits 6:6: AND of bit 10 (user-mode execute) of the EPT entries used; undefined without mode-based execute control.
    pub const fn user_executable(self) -> bool {
        self.0 >> 6 & 1 != 0
    }

    /// The value with user_executable (bits 6:6) set to `x`.
    #[must_use]
    pub const fn with_user_executable(self, x: bool) -> Self {
        Self(self.0 & !Self::USER_EXECUTABLE_MASK | (x as u64) << 6 & Self::USER_EXECUTABLE_MASK)
    }

    /// The mask of gla_valid (bits 7:7).
    pub const GLA_VALID_MASK: u64 = 0x80;

    /// Bits 7:7: the guest linear-address field is valid.
    pub const fn gla_valid(self) -> bool {
        self.0 >> 7 & 1 != 0
    }

    /// The value with gla_valid (bits 7:7) set to `x`.
    #[must_use]
    pub const fn with_gla_valid(self, x: bool) -> Self {
        Self(self.0 & !Self::GLA_VALID_MASK | (x as u64) << 7 & Self::GLA_VALID_MASK)
    }

    /// The mask of gla_translation (bits 8:8).
    pub const GLA_TRANSLATION_MASK: u64 = 0x100;

    /// Bits 8:8: if gla_valid: 1 = the access was to the translation of the linear address, 0 = to a guest paging-structure entry.
    pub const fn gla_translation(self) -> bool {
        self.0 >> 8 & 1 != 0
    }

    /// The value with gla_translation (bits 8:8) set to `x`.
    #[must_use]
    pub const fn with_gla_translation(self, x: bool) -> Self {
        Self(self.0 & !Self::GLA_TRANSLATION_MASK | (x as u64) << 8 & Self::GLA_TRANSLATION_MASK)
    }

    /// The mask of gla_user (bits 9:9).
    pub const GLA_USER_MASK: u64 = 0x200;

    /// Bits 9:9: advanced VM-exit information: the linear address is a user-mode address.
    pub const fn gla_user(self) -> bool {
        self.0 >> 9 & 1 != 0
    }

    /// The value with gla_user (bits 9:9) set to `x`.
    #[must_use]
    pub const fn with_gla_user(self, x: bool) -> Self {
        Self(self.0 & !Self::GLA_USER_MASK | (x as u64) << 9 & Self::GLA_USER_MASK)
    }

    /// The mask of gla_writable (bits 10:10).
    pub const GLA_WRITABLE_MASK: u64 = 0x400;

    /// Bits 10:10: advanced VM-exit information: the linear address is writable (R/W of the guest paging entries).
    pub const fn gla_writable(self) -> bool {
        self.0 >> 10 & 1 != 0
    }

    /// The value with gla_writable (bits 10:10) set to `x`.
    #[must_use]
    pub const fn with_gla_writable(self, x: bool) -> Self {
        Self(self.0 & !Self::GLA_WRITABLE_MASK | (x as u64) << 10 & Self::GLA_WRITABLE_MASK)
    }

    /// The mask of gla_nx (bits 11:11).
    pub const GLA_NX_MASK: u64 = 0x800;

    /// Bits 11:11: advanced VM-exit information: the linear address is execute-disable.
    pub const fn gla_nx(self) -> bool {
        self.0 >> 11 & 1 != 0
    }

    /// The value with gla_nx (bits 11:11) set to `x`.
    #[must_use]
    pub const fn with_gla_nx(self, x: bool) -> Self {
        Self(self.0 & !Self::GLA_NX_MASK | (x as u64) << 11 & Self::GLA_NX_MASK)
    }

    /// The mask of nmi_unblocking (bits 12:12).
    pub const NMI_UNBLOCKING_MASK: u64 = 0x1000;

    /// Bits 12:12: NMI unblocking due to IRET.
    pub const fn nmi_unblocking(self) -> bool {
        self.0 >> 12 & 1 != 0
    }

    /// The value with nmi_unblocking (bits 12:12) set to `x`.
    #[must_use]
    pub const fn with_nmi_unblocking(self, x: bool) -> Self {
        Self(self.0 & !Self::NMI_UNBLOCKING_MASK | (x as u64) << 12 & Self::NMI_UNBLOCKING_MASK)
    }

    /// The mask of shadow_stack (bits 13:13).
    pub const SHADOW_STACK_MASK: u64 = 0x2000;

    /// Bits 13:13: the access was a shadow-stack access.
    pub const fn shadow_stack(self) -> bool {
        self.0 >> 13 & 1 != 0
    }

    /// The value with shadow_stack (bits 13:13) set to `x`.
    #[must_use]
    pub const fn with_shadow_stack(self, x: bool) -> Self {
        Self(self.0 & !Self::SHADOW_STACK_MASK | (x as u64) << 13 & Self::SHADOW_STACK_MASK)
    }

    /// The mask of supervisor_shadow_stack (bits 14:14).
    pub const SUPERVISOR_SHADOW_STACK_MASK: u64 = 0x4000;

    /// Bits 14:14: the supervisor shadow-stack bit (60) of the EPT leaf entry, with EPTP bit 7 set.
    pub const fn supervisor_shadow_stack(self) -> bool {
        self.0 >> 14 & 1 != 0
    }

    /// The value with supervisor_shadow_stack (bits 14:14) set to `x`.
    #[must_use]
    pub const fn with_supervisor_shadow_stack(self, x: bool) -> Self {
        Self(self.0 & !Self::SUPERVISOR_SHADOW_STACK_MASK | (x as u64) << 14 & Self::SUPERVISOR_SHADOW_STACK_MASK)
    }
}

/// segment access rights (guest ES..GS, LDTR, TR access-rights fields). Intel
/// SDM Vol. 3C, Section 25.4.1 (Guest Register State), table 'Format of Access
/// Rights' (Table 24-2 in the 2016 edition).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct AccessRights(pub u32);

impl AccessRights {
    /// The layout over a raw value.
    pub const fn new(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// The mask of type (bits 3:0).
    pub const TYPE_MASK: u32 = 0xf;

    /// Bits 3:0: segment type.
    pub const fn r#type(self) -> u8 {
        (self.0 >> 0 & 0xf) as u8
    }

    /// The value with type (bits 3:0) set to `x`.
    #[must_use]
    pub const fn with_type(self, x: u8) -> Self {
        Self(self.0 & !Self::TYPE_MASK | (x as u32) << 0 & Self::TYPE_MASK)
    }

    /// The mask of s (bits 4:4).
    pub const S_MASK: u32 = 0x10;

    /// Bits 4:4: descriptor type (0 = system, 1 = code or data).
    pub const fn s(self) -> bool {
        self.0 >> 4 & 1 != 0
    }

    /// The value with s (bits 4:4) set to `x`.
    #[must_use]
    pub const fn with_s(self, x: bool) -> Self {
        Self(self.0 & !Self::S_MASK | (x as u32) << 4 & Self::S_MASK)
    }

    /// The mask of dpl (bits 6:5).
    pub const DPL_MASK: u32 = 0x60;

    /// Bits 6:5: descriptor privilege level.
    pub const fn dpl(self) -> u8 {
        (self.0 >> 5 & 0x3) as u8
    }

    /// The value with dpl (bits 6:5) set to `x`.
    #[must_use]
    pub const fn with_dpl(self, x: u8) -> Self {
        Self(self.0 & !Self::DPL_MASK | (x as u32) << 5 & Self::DPL_MASK)
    }

    /// The mask of p (bits 7:7).
    pub const P_MASK: u32 = 0x80;

    /// Bits 7:7: segment present.
    pub const fn p(self) -> bool {
        self.0 >> 7 & 1 != 0
    }

    /// The value with p (bits 7:7) set to `x`.
    #[must_use]
    pub const fn with_p(self, x: bool) -> Self {
        Self(self.0 & !Self::P_MASK | (x as u32) << 7 & Self::P_MASK)
    }

    /// The mask of avl (bits 12:12).
    pub const AVL_MASK: u32 = 0x1000;

    /// Bits 12:12: available for use by system software.
    pub const fn avl(self) -> bool {
        self.0 >> 12 & 1 != 0
    }

    /// The value with avl (bits 12:12) set to `x`.
    #[must_use]
    pub const fn with_avl(self, x: bool) -> Self {
        Self(self.0 & !Self::AVL_MASK | (x as u32) << 12 & Self::AVL_MASK)
    }

    /// The mask of l (bits 13:13).
    pub const L_MASK: u32 = 0x2000;

    /// Bits 13:13: 64-bit mode active (CS only; reserved for the other segments).
    pub const fn l(self) -> bool {
        self.0 >> 13 & 1 != 0
    }

    /// The value with l (bits 13:13) set to `x`.
    #[must_use]
    pub const fn with_l(self, x: bool) -> Self {
        Self(self.0 & !Self::L_MASK | (x as u32) << 13 & Self::L_MASK)
    }

    /// The mask of db (bits 14:14).
    pub const DB_MASK: u32 = 0x4000;

    /// Bits 14:14: default operation size (0 = 16-bit, 1 = 32-bit segment).
    pub const fn db(self) -> bool {
        self.0 >> 14 & 1 != 0
    }

    /// The value with db (bits 14:14) set to `x`.
    #[must_use]
    pub const fn with_db(self, x: bool) -> Self {
        Self(self.0 & !Self::DB_MASK | (x as u32) << 14 & Self::DB_MASK)
    }

    /// The mask of g (bits 15:15).
    pub const G_MASK: u32 = 0x8000;

    /// Bits 15:15: granularity.
    pub const fn g(self) -> bool {
        self.0 >> 15 & 1 != 0
    }

    /// The value with g (bits 15:15) set to `x`.
    #[must_use]
    pub const fn with_g(self, x: bool) -> Self {
        Self(self.0 & !Self::G_MASK | (x as u32) << 15 & Self::G_MASK)
    }

    /// The mask of unusable (bits 16:16).
    pub const UNUSABLE_MASK: u32 = 0x10000;

    /// Bits 16:16: segment unusable (0 = usable, 1 = unusable).
    pub const fn unusable(self) -> bool {
        self.0 >> 16 & 1 != 0
    }

    /// The value with unusable (bits 16:16) set to `x`.
    #[must_use]
    pub const fn with_unusable(self, x: bool) -> Self {
        Self(self.0 & !Self::UNUSABLE_MASK | (x as u32) << 16 & Self::UNUSABLE_MASK)
    }
}

/// guest interruptibility state. Intel SDM Vol. 3C, Section 25.4.2 (Guest
/// Non-Register State), table 'Format of Interruptibility State' (Table 24-3 in
/// the 2016 edition).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct IntrState(pub u32);

impl IntrState {
    /// The layout over a raw value.
    pub const fn new(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// The mask of sti (bits 0:0).
    pub const STI_MASK: u32 = 0x1;

    /// Bits 0:0: blocking by STI.
    pub const fn sti(self) -> bool {
        self.0 >> 0 & 1 != 0
    }

    /// The value with sti (bits 0:0) set to `x`.
    #[must_use]
    pub const fn with_sti(self, x: bool) -> Self {
        Self(self.0 & !Self::STI_MASK | (x as u32) << 0 & Self::STI_MASK)
    }

    /// The mask of mov_ss (bits 1:1).
    pub const MOV_SS_MASK: u32 = 0x2;

    /// Bits 1:1: blocking by MOV SS (and POP SS).
    pub const fn mov_ss(self) -> bool {
        self.0 >> 1 & 1 != 0
    }

    /// The value with mov_ss (bits 1:1) set to `x`.
    #[must_use]
    pub const fn with_mov_ss(self, x: bool) -> Self {
        Self(self.0 & !Self::MOV_SS_MASK | (x as u32) << 1 & Self::MOV_SS_MASK)
    }

    /// The mask of smi (bits 2:2).
    pub const SMI_MASK: u32 = 0x4;

    /// Bits 2:2: blocking by SMI.
    pub const fn smi(self) -> bool {
        self.0 >> 2 & 1 != 0
    }

    /// The value with smi (bits 2:2) set to `x`.
    #[must_use]
    pub const fn with_smi(self, x: bool) -> Self {
        Self(self.0 & !Self::SMI_MASK | (x as u32) << 2 & Self::SMI_MASK)
    }

    /// The mask of nmi (bits 3:3).
    pub const NMI_MASK: u32 = 0x8;

    /// Bits 3:3: blocking by NMI (virtual-NMI blocking when the virtual NMIs control is 1).
    pub const fn nmi(self) -> bool {
        self.0 >> 3 & 1 != 0
    }

    /// The value with nmi (bits 3:3) set to `x`.
    #[must_use]
    pub const fn with_nmi(self, x: bool) -> Self {
        Self(self.0 & !Self::NMI_MASK | (x as u32) << 3 & Self::NMI_MASK)
    }

    /// The mask of enclave (bits 4:4).
    pub const ENCLAVE_MASK: u32 = 0x10;

    /// Bits 4:4: enclave interruption (the VM exit was incident to enclave mode).
    pub const fn enclave(self) -> bool {
        self.0 >> 4 & 1 != 0
    }

    /// The value with enclave (bits 4:4) set to `x`.
    #[must_use]
    pub const fn with_enclave(self, x: bool) -> Self {
        Self(self.0 & !Self::ENCLAVE_MASK | (x as u32) << 4 & Self::ENCLAVE_MASK)
    }
}

/// IA32_VMX_BASIC MSR (480H), basic VMX information. Intel SDM Vol. 3D,
/// Appendix A.1 (Basic VMX Information).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Basic(pub u64);

impl Basic {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of revision_id (bits 30:0).
    pub const REVISION_ID_MASK: u64 = 0x7fffffff;

    /// Bits 30:0: VMCS revision identifier.
    pub const fn revision_id(self) -> u32 {
        (self.0 >> 0 & 0x7fffffff) as u32
    }

    /// The value with revision_id (bits 30:0) set to `x`.
    #[must_use]
    pub const fn with_revision_id(self, x: u32) -> Self {
        Self(self.0 & !Self::REVISION_ID_MASK | (x as u64) << 0 & Self::REVISION_ID_MASK)
    }

    /// The mask of region_size (bits 44:32).
    pub const REGION_SIZE_MASK: u64 = 0x1fff00000000;

    /// Bits 44:32: bytes to allocate for the VMXON region and each VMCS (at most 4096).
    pub const fn region_size(self) -> u16 {
        (self.0 >> 32 & 0x1fff) as u16
    }

    /// The value with region_size (bits 44:32) set to `x`.
    #[must_use]
    pub const fn with_region_size(self, x: u16) -> Self {
        Self(self.0 & !Self::REGION_SIZE_MASK | (x as u64) << 32 & Self::REGION_SIZE_MASK)
    }

    /// The mask of phys32 (bits 48:48).
    pub const PHYS32_MASK: u64 = 0x1000000000000;

    /// Bits 48:48: physical addresses of the VMXON region, VMCSs and their data structures are limited to 32 bits (always 0 with Intel 64).
    pub const fn phys32(self) -> bool {
        self.0 >> 48 & 1 != 0
    }

    /// The value with phys32 (bits 48:48) set to `x`.
    #[must_use]
    pub const fn with_phys32(self, x: bool) -> Self {
        Self(self.0 & !Self::PHYS32_MASK | (x as u64) << 48 & Self::PHYS32_MASK)
    }

    /// The mask of dual_monitor (bits 49:49).
    pub const DUAL_MONITOR_MASK: u64 = 0x2000000000000;

    /// Bits 49:49: dual-monitor treatment of SMIs and SMM is supported.
    pub const fn dual_monitor(self) -> bool {
        self.0 >> 49 & 1 != 0
    }

    /// The value with dual_monitor (bits 49:49) set to `x`.
    #[must_use]
    pub const fn with_dual_monitor(self, x: bool) -> Self {
        Self(self.0 & !Self::DUAL_MONITOR_MASK | (x as u64) << 49 & Self::DUAL_MONITOR_MASK)
    }

    /// The mask of memtype (bits 53:50).
    pub const MEMTYPE_MASK: u64 = 0x3c000000000000;
    /// memtype = 0: uncacheable.
    pub const MEMTYPE_UC: u8 = 0;
    /// memtype = 6: write-back.
    pub const MEMTYPE_WB: u8 = 6;

    /// Bits 53:50: memory type for the VMCS and the structures it references.
    pub const fn memtype(self) -> u8 {
        (self.0 >> 50 & 0xf) as u8
    }

    /// The value with memtype (bits 53:50) set to `x`.
    #[must_use]
    pub const fn with_memtype(self, x: u8) -> Self {
        Self(self.0 & !Self::MEMTYPE_MASK | (x as u64) << 50 & Self::MEMTYPE_MASK)
    }

    /// The mask of ins_outs (bits 54:54).
    pub const INS_OUTS_MASK: u64 = 0x40000000000000;

    /// Bits 54:54: VM exits due to INS and OUTS report the VM-exit instruction-information field.
    pub const fn ins_outs(self) -> bool {
        self.0 >> 54 & 1 != 0
    }

    /// The value with ins_outs (bits 54:54) set to `x`.
    #[must_use]
    pub const fn with_ins_outs(self, x: bool) -> Self {
        Self(self.0 & !Self::INS_OUTS_MASK | (x as u64) << 54 & Self::INS_OUTS_MASK)
    }

    /// The mask of true_ctls (bits 55:55).
    pub const TRUE_CTLS_MASK: u64 = 0x80000000000000;

    /// Bits 55:55: default1 controls may be 0; the IA32_VMX_TRUE_*_CTLS MSRs exist.
    pub const fn true_ctls(self) -> bool {
        self.0 >> 55 & 1 != 0
    }

    /// The value with true_ctls (bits 55:55) set to `x`.
    #[must_use]
    pub const fn with_true_ctls(self, x: bool) -> Self {
        Self(self.0 & !Self::TRUE_CTLS_MASK | (x as u64) << 55 & Self::TRUE_CTLS_MASK)
    }

    /// The mask of no_err_code_check (bits 56:56).
    pub const NO_ERR_CODE_CHECK_MASK: u64 = 0x100000000000000;

    /// Bits 56:56: VM entry may deliver a hardware exception with or without an error code, whatever the vector.
    pub const fn no_err_code_check(self) -> bool {
        self.0 >> 56 & 1 != 0
    }

    /// The value with no_err_code_check (bits 56:56) set to `x`.
    #[must_use]
    pub const fn with_no_err_code_check(self, x: bool) -> Self {
        Self(self.0 & !Self::NO_ERR_CODE_CHECK_MASK | (x as u64) << 56 & Self::NO_ERR_CODE_CHECK_MASK)
    }

    /// The mask of nested_exception (bits 58:58).
    pub const NESTED_EXCEPTION_MASK: u64 = 0x400000000000000;

    /// Bits 58:58: VMX nested-exception support (FRED): bit 13 of the interruption-information fields.
    pub const fn nested_exception(self) -> bool {
        self.0 >> 58 & 1 != 0
    }

    /// The value with nested_exception (bits 58:58) set to `x`.
    #[must_use]
    pub const fn with_nested_exception(self, x: bool) -> Self {
        Self(self.0 & !Self::NESTED_EXCEPTION_MASK | (x as u64) << 58 & Self::NESTED_EXCEPTION_MASK)
    }
}

/// IA32_VMX_MISC MSR (485H), miscellaneous VMX data. Intel SDM Vol. 3D,
/// Appendix A.6 (Miscellaneous Data).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Misc(pub u64);

impl Misc {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of preemption_tsc_bit (bits 4:0).
    pub const PREEMPTION_TSC_BIT_MASK: u64 = 0x1f;

    /// Bits 4:0: the VMX-preemption timer counts down by 1 each time this bit of the TSC changes.
    pub const fn preemption_tsc_bit(self) -> u8 {
        (self.0 >> 0 & 0x1f) as u8
    }

    /// The value with preemption_tsc_bit (bits 4:0) set to `x`.
    #[must_use]
    pub const fn with_preemption_tsc_bit(self, x: u8) -> Self {
        Self(self.0 & !Self::PREEMPTION_TSC_BIT_MASK | (x as u64) << 0 & Self::PREEMPTION_TSC_BIT_MASK)
    }

    /// The mask of store_lma (bits 5:5).
    pub const STORE_LMA_MASK: u64 = 0x20;

    /// Bits 5:5: VM exits store IA32_EFER.LMA into the IA-32e mode guest VM-entry control.
    pub const fn store_lma(self) -> bool {
        self.0 >> 5 & 1 != 0
    }

    /// The value with store_lma (bits 5:5) set to `x`.
    #[must_use]
    pub const fn with_store_lma(self, x: bool) -> Self {
        Self(self.0 & !Self::STORE_LMA_MASK | (x as u64) << 5 & Self::STORE_LMA_MASK)
    }

    /// The mask of activity_hlt (bits 6:6).
    pub const ACTIVITY_HLT_MASK: u64 = 0x40;

    /// Bits 6:6: activity state 1 (HLT) is supported.
    pub const fn activity_hlt(self) -> bool {
        self.0 >> 6 & 1 != 0
    }

    /// The value with activity_hlt (bits 6:6) set to `x`.
    #[must_use]
    pub const fn with_activity_hlt(self, x: bool) -> Self {
        Self(self.0 & !Self::ACTIVITY_HLT_MASK | (x as u64) << 6 & Self::ACTIVITY_HLT_MASK)
    }

    /// The mask of activity_shutdown (bits 7:7).
    pub const ACTIVITY_SHUTDOWN_MASK: u64 = 0x80;

    /// Bits 7:7: activity state 2 (shutdown) is supported.
    pub const fn activity_shutdown(self) -> bool {
        self.0 >> 7 & 1 != 0
    }

    /// The value with activity_shutdown (bits 7:7) set to `x`.
    #[must_use]
    pub const fn with_activity_shutdown(self, x: bool) -> Self {
        Self(self.0 & !Self::ACTIVITY_SHUTDOWN_MASK | (x as u64) << 7 & Self::ACTIVITY_SHUTDOWN_MASK)
    }

    /// The mask of activity_wait_sipi (bits 8:8).
    pub const ACTIVITY_WAIT_SIPI_MASK: u64 = 0x100;

    /// Bits 8:8: activity state 3 (wait-for-SIPI) is supported.
    pub const fn activity_wait_sipi(self) -> bool {
        self.0 >> 8 & 1 != 0
    }

    /// The value with activity_wait_sipi (bits 8:8) set to `x`.
    #[must_use]
    pub const fn with_activity_wait_sipi(self, x: bool) -> Self {
        Self(self.0 & !Self::ACTIVITY_WAIT_SIPI_MASK | (x as u64) << 8 & Self::ACTIVITY_WAIT_SIPI_MASK)
    }

    /// The mask of pt_in_vmx (bits 14:14).
    pub const PT_IN_VMX_MASK: u64 = 0x4000;

    /// Bits 14:14: Intel PT can be used in VMX operation.
    pub const fn pt_in_vmx(self) -> bool {
        self.0 >> 14 & 1 != 0
    }

    /// The value with pt_in_vmx (bits 14:14) set to `x`.
    #[must_use]
    pub const fn with_pt_in_vmx(self, x: bool) -> Self {
        Self(self.0 & !Self::PT_IN_VMX_MASK | (x as u64) << 14 & Self::PT_IN_VMX_MASK)
    }

    /// The mask of rdmsr_smbase (bits 15:15).
    pub const RDMSR_SMBASE_MASK: u64 = 0x8000;

    /// Bits 15:15: RDMSR can read IA32_SMBASE in SMM.
    pub const fn rdmsr_smbase(self) -> bool {
        self.0 >> 15 & 1 != 0
    }

    /// The value with rdmsr_smbase (bits 15:15) set to `x`.
    #[must_use]
    pub const fn with_rdmsr_smbase(self, x: bool) -> Self {
        Self(self.0 & !Self::RDMSR_SMBASE_MASK | (x as u64) << 15 & Self::RDMSR_SMBASE_MASK)
    }

    /// The mask of cr3_targets (bits 24:16).
    pub const CR3_TARGETS_MASK: u64 = 0x1ff0000;

    /// Bits 24:16: number of CR3-target values supported (0 to 256).
    pub const fn cr3_targets(self) -> u16 {
        (self.0 >> 16 & 0x1ff) as u16
    }

    /// The value with cr3_targets (bits 24:16) set to `x`.
    #[must_use]
    pub const fn with_cr3_targets(self, x: u16) -> Self {
        Self(self.0 & !Self::CR3_TARGETS_MASK | (x as u64) << 16 & Self::CR3_TARGETS_MASK)
    }

    /// The mask of max_msr_list (bits 27:25).
    pub const MAX_MSR_LIST_MASK: u64 = 0xe000000;

    /// Bits 27:25: N: 512 * (N + 1) is the recommended maximum number of MSRs in each MSR list.
    pub const fn max_msr_list(self) -> u8 {
        (self.0 >> 25 & 0x7) as u8
    }

    /// The value with max_msr_list (bits 27:25) set to `x`.
    #[must_use]
    pub const fn with_max_msr_list(self, x: u8) -> Self {
        Self(self.0 & !Self::MAX_MSR_LIST_MASK | (x as u64) << 25 & Self::MAX_MSR_LIST_MASK)
    }

    /// The mask of smm_monitor_ctl_b2 (bits 28:28).
    pub const SMM_MONITOR_CTL_B2_MASK: u64 = 0x10000000;

    /// Bits 28:28: bit 2 of IA32_SMM_MONITOR_CTL can be set (VMXOFF then leaves SMIs blocked).
    pub const fn smm_monitor_ctl_b2(self) -> bool {
        self.0 >> 28 & 1 != 0
    }

    /// The value with smm_monitor_ctl_b2 (bits 28:28) set to `x`.
    #[must_use]
    pub const fn with_smm_monitor_ctl_b2(self, x: bool) -> Self {
        Self(self.0 & !Self::SMM_MONITOR_CTL_B2_MASK | (x as u64) << 28 & Self::SMM_MONITOR_CTL_B2_MASK)
    }

    /// The mask of vmwrite_any (bits 29:29).
    pub const VMWRITE_ANY_MASK: u64 = 0x20000000;

    /// Bits 29:29: VMWRITE can write any supported field, VM-exit information fields included.
    pub const fn vmwrite_any(self) -> bool {
        self.0 >> 29 & 1 != 0
    }

    /// The value with vmwrite_any (bits 29:29) set to `x`.
    #[must_use]
    pub const fn with_vmwrite_any(self, x: bool) -> Self {
        Self(self.0 & !Self::VMWRITE_ANY_MASK | (x as u64) << 29 & Self::VMWRITE_ANY_MASK)
    }

    /// The mask of inject_len0 (bits 30:30).
    pub const INJECT_LEN0_MASK: u64 = 0x40000000;

    /// Bits 30:30: VM entry may inject a software interrupt or (privileged) software exception with instruction length 0.
    pub const fn inject_len0(self) -> bool {
        self.0 >> 30 & 1 != 0
    }

    /// The value with inject_len0 (bits 30:30) set to `x`.
    #[must_use]
    pub const fn with_inject_len0(self, x: bool) -> Self {
        Self(self.0 & !Self::INJECT_LEN0_MASK | (x as u64) << 30 & Self::INJECT_LEN0_MASK)
    }

    /// The mask of mseg_revision (bits 63:32).
    pub const MSEG_REVISION_MASK: u64 = 0xffffffff00000000;

    /// Bits 63:32: MSEG revision identifier.
    pub const fn mseg_revision(self) -> u32 {
        (self.0 >> 32 & 0xffffffff) as u32
    }

    /// The value with mseg_revision (bits 63:32) set to `x`.
    #[must_use]
    pub const fn with_mseg_revision(self, x: u32) -> Self {
        Self(self.0 & !Self::MSEG_REVISION_MASK | (x as u64) << 32 & Self::MSEG_REVISION_MASK)
    }
}

/// IA32_VMX_EPT_VPID_CAP MSR (48CH), EPT and VPID capabilities. Intel SDM Vol.
/// 3D, Appendix A.10 (VPID and EPT Capabilities).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct EptVpidCap(pub u64);

impl EptVpidCap {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of ept_execute_only (bits 0:0).
    pub const EPT_EXECUTE_ONLY_MASK: u64 = 0x1;

    /// Bits 0:0: EPT supports execute-only translations.
    pub const fn ept_execute_only(self) -> bool {
        self.0 >> 0 & 1 != 0
    }

    /// The value with ept_execute_only (bits 0:0) set to `x`.
    #[must_use]
    pub const fn with_ept_execute_only(self, x: bool) -> Self {
        Self(self.0 & !Self::EPT_EXECUTE_ONLY_MASK | (x as u64) << 0 & Self::EPT_EXECUTE_ONLY_MASK)
    }

    /// The mask of ept_page_walk_length_4 (bits 6:6).
    pub const EPT_PAGE_WALK_LENGTH_4_MASK: u64 = 0x40;

    /// Bits 6:6: an EPT page-walk length of 4 is supported.
    pub const fn ept_page_walk_length_4(self) -> bool {
        self.0 >> 6 & 1 != 0
    }

    /// The value with ept_page_walk_length_4 (bits 6:6) set to `x`.
    #[must_use]
    pub const fn with_ept_page_walk_length_4(self, x: bool) -> Self {
        Self(self.0 & !Self::EPT_PAGE_WALK_LENGTH_4_MASK | (x as u64) << 6 & Self::EPT_PAGE_WALK_LENGTH_4_MASK)
    }

    /// The mask of ept_page_walk_length_5 (bits 7:7).
    pub const EPT_PAGE_WALK_LENGTH_5_MASK: u64 = 0x80;

    /// Bits 7:7: an EPT page-walk length of 5 is supported.
    pub const fn ept_page_walk_length_5(self) -> bool {
        self.0 >> 7 & 1 != 0
    }

    /// The value with ept_page_walk_length_5 (bits 7:7) set to `x`.
    #[must_use]
    pub const fn with_ept_page_walk_length_5(self, x: bool) -> Self {
        Self(self.0 & !Self::EPT_PAGE_WALK_LENGTH_5_MASK | (x as u64) << 7 & Self::EPT_PAGE_WALK_LENGTH_5_MASK)
    }

    /// The mask of ept_memory_type_uc (bits 8:8).
    pub const EPT_MEMORY_TYPE_UC_MASK: u64 = 0x100;

    /// Bits 8:8: the EPT paging structures may be uncacheable (UC).
    pub const fn ept_memory_type_uc(self) -> bool {
        self.0 >> 8 & 1 != 0
    }

    /// The value with ept_memory_type_uc (bits 8:8) set to `x`.
    #[must_use]
    pub const fn with_ept_memory_type_uc(self, x: bool) -> Self {
        Self(self.0 & !Self::EPT_MEMORY_TYPE_UC_MASK | (x as u64) << 8 & Self::EPT_MEMORY_TYPE_UC_MASK)
    }

    /// The mask of ept_memory_type_wb (bits 14:14).
    pub const EPT_MEMORY_TYPE_WB_MASK: u64 = 0x4000;

    /// Bits 14:14: the EPT paging structures may be write-back (WB).
    pub const fn ept_memory_type_wb(self) -> bool {
        self.0 >> 14 & 1 != 0
    }

    /// The value with ept_memory_type_wb (bits 14:14) set to `x`.
    #[must_use]
    pub const fn with_ept_memory_type_wb(self, x: bool) -> Self {
        Self(self.0 & !Self::EPT_MEMORY_TYPE_WB_MASK | (x as u64) << 14 & Self::EPT_MEMORY_TYPE_WB_MASK)
    }

    /// The mask of ept_2mb_pages (bits 16:16).
    pub const EPT_2MB_PAGES_MASK: u64 = 0x10000;

    /// Bits 16:16: EPT PDEs may map 2-Mbyte pages.
    pub const fn ept_2mb_pages(self) -> bool {
        self.0 >> 16 & 1 != 0
    }

    /// The value with ept_2mb_pages (bits 16:16) set to `x`.
    #[must_use]
    pub const fn with_ept_2mb_pages(self, x: bool) -> Self {
        Self(self.0 & !Self::EPT_2MB_PAGES_MASK | (x as u64) << 16 & Self::EPT_2MB_PAGES_MASK)
    }

    /// The mask of ept_1gb_pages (bits 17:17).
    pub const EPT_1GB_PAGES_MASK: u64 = 0x20000;

    /// Bits 17:17: EPT PDPTEs may map 1-Gbyte pages.
    pub const fn ept_1gb_pages(self) -> bool {
        self.0 >> 17 & 1 != 0
    }

    /// The value with ept_1gb_pages (bits 17:17) set to `x`.
    #[must_use]
    pub const fn with_ept_1gb_pages(self, x: bool) -> Self {
        Self(self.0 & !Self::EPT_1GB_PAGES_MASK | (x as u64) << 17 & Self::EPT_1GB_PAGES_MASK)
    }

    /// The mask of invept (bits 20:20).
    pub const INVEPT_MASK: u64 = 0x100000;

    /// Bits 20:20: the INVEPT instruction is supported.
    pub const fn invept(self) -> bool {
        self.0 >> 20 & 1 != 0
    }

    /// The value with invept (bits 20:20) set to `x`.
    #[must_use]
    pub const fn with_invept(self, x: bool) -> Self {
        Self(self.0 & !Self::INVEPT_MASK | (x as u64) << 20 & Self::INVEPT_MASK)
    }

    /// The mask of ept_accessed_dirty_flags (bits 21:21).
    pub const EPT_ACCESSED_DIRTY_FLAGS_MASK: u64 = 0x200000;

    /// Bits 21:21: accessed and dirty flags for EPT are supported.
    pub const fn ept_accessed_dirty_flags(self) -> bool {
        self.0 >> 21 & 1 != 0
    }

    /// The value with ept_accessed_dirty_flags (bits 21:21) set to `x`.
    #[must_use]
    pub const fn with_ept_accessed_dirty_flags(self, x: bool) -> Self {
        Self(self.0 & !Self::EPT_ACCESSED_DIRTY_FLAGS_MASK | (x as u64) << 21 & Self::EPT_ACCESSED_DIRTY_FLAGS_MASK)
    }

    /// The mask of ept_advanced_vm_exit_info (bits 22:22).
    pub const EPT_ADVANCED_VM_EXIT_INFO_MASK: u64 = 0x400000;

    /// Bits 22:22: EPT violations report advanced VM-exit information.
    pub const fn ept_advanced_vm_exit_info(self) -> bool {
        self.0 >> 22 & 1 != 0
    }

    /// The value with ept_advanced_vm_exit_info (bits 22:22) set to `x`.
    #[must_use]
    pub const fn with_ept_advanced_vm_exit_info(self, x: bool) -> Self {
        Self(self.0 & !Self::EPT_ADVANCED_VM_EXIT_INFO_MASK | (x as u64) << 22 & Self::EPT_ADVANCED_VM_EXIT_INFO_MASK)
    }

    /// The mask of ept_supervisor_shadow_stack (bits 23:23).
    pub const EPT_SUPERVISOR_SHADOW_STACK_MASK: u64 = 0x800000;

    /// Bits 23:23: the EPTP supervisor shadow-stack control is supported.
    pub const fn ept_supervisor_shadow_stack(self) -> bool {
        self.0 >> 23 & 1 != 0
    }

    /// The value with ept_supervisor_shadow_stack (bits 23:23) set to `x`.
    #[must_use]
    pub const fn with_ept_supervisor_shadow_stack(self, x: bool) -> Self {
        Self(self.0 & !Self::EPT_SUPERVISOR_SHADOW_STACK_MASK | (x as u64) << 23 & Self::EPT_SUPERVISOR_SHADOW_STACK_MASK)
    }

    /// The mask of invept_single_context (bits 25:25).
    pub const INVEPT_SINGLE_CONTEXT_MASK: u64 = 0x2000000;

    /// Bits 25:25: the single-context INVEPT type is supported.
    pub const fn invept_single_context(self) -> bool {
        self.0 >> 25 & 1 != 0
    }

    /// The value with invept_single_context (bits 25:25) set to `x`.
    #[must_use]
    pub const fn with_invept_single_context(self, x: bool) -> Self {
        Self(self.0 & !Self::INVEPT_SINGLE_CONTEXT_MASK | (x as u64) << 25 & Self::INVEPT_SINGLE_CONTEXT_MASK)
    }

    /// The mask of invept_all_context (bits 26:26).
    pub const INVEPT_ALL_CONTEXT_MASK: u64 = 0x4000000;

    /// Bits 26:26: the all-context INVEPT type is supported.
    pub const fn invept_all_context(self) -> bool {
        self.0 >> 26 & 1 != 0
    }

    /// The value with invept_all_context (bits 26:26) set to `x`.
    #[must_use]
    pub const fn with_invept_all_context(self, x: bool) -> Self {
        Self(self.0 & !Self::INVEPT_ALL_CONTEXT_MASK | (x as u64) << 26 & Self::INVEPT_ALL_CONTEXT_MASK)
    }

    /// The mask of invvpid (bits 32:32).
    pub const INVVPID_MASK: u64 = 0x100000000;

    /// Bits 32:32: the INVVPID instruction is supported.
    pub const fn invvpid(self) -> bool {
        self.0 >> 32 & 1 != 0
    }

    /// The value with invvpid (bits 32:32) set to `x`.
    #[must_use]
    pub const fn with_invvpid(self, x: bool) -> Self {
        Self(self.0 & !Self::INVVPID_MASK | (x as u64) << 32 & Self::INVVPID_MASK)
    }

    /// The mask of invvpid_individual_address (bits 40:40).
    pub const INVVPID_INDIVIDUAL_ADDRESS_MASK: u64 = 0x10000000000;

    /// Bits 40:40: the individual-address INVVPID type is supported.
    pub const fn invvpid_individual_address(self) -> bool {
        self.0 >> 40 & 1 != 0
    }

    /// The value with invvpid_individual_address (bits 40:40) set to `x`.
    #[must_use]
    pub const fn with_invvpid_individual_address(self, x: bool) -> Self {
        Self(self.0 & !Self::INVVPID_INDIVIDUAL_ADDRESS_MASK | (x as u64) << 40 & Self::INVVPID_INDIVIDUAL_ADDRESS_MASK)
    }

    /// The mask of invvpid_single_context (bits 41:41).
    pub const INVVPID_SINGLE_CONTEXT_MASK: u64 = 0x20000000000;

    /// Bits 41:41: the single-context INVVPID type is supported.
    pub const fn invvpid_single_context(self) -> bool {
        self.0 >> 41 & 1 != 0
    }

    /// The value with invvpid_single_context (bits 41:41) set to `x`.
    #[must_use]
    pub const fn with_invvpid_single_context(self, x: bool) -> Self {
        Self(self.0 & !Self::INVVPID_SINGLE_CONTEXT_MASK | (x as u64) << 41 & Self::INVVPID_SINGLE_CONTEXT_MASK)
    }

    /// The mask of invvpid_all_context (bits 42:42).
    pub const INVVPID_ALL_CONTEXT_MASK: u64 = 0x40000000000;

    /// Bits 42:42: the all-context INVVPID type is supported.
    pub const fn invvpid_all_context(self) -> bool {
        self.0 >> 42 & 1 != 0
    }

    /// The value with invvpid_all_context (bits 42:42) set to `x`.
    #[must_use]
    pub const fn with_invvpid_all_context(self, x: bool) -> Self {
        Self(self.0 & !Self::INVVPID_ALL_CONTEXT_MASK | (x as u64) << 42 & Self::INVVPID_ALL_CONTEXT_MASK)
    }

    /// The mask of invvpid_single_context_retaining_globals (bits 43:43).
    pub const INVVPID_SINGLE_CONTEXT_RETAINING_GLOBALS_MASK: u64 = 0x80000000000;

    /// Bits 43:43: the single-context-retaining-globals INVVPID type is supported.
    pub const fn invvpid_single_context_retaining_globals(self) -> bool {
        self.0 >> 43 & 1 != 0
    }

    /// The value with invvpid_single_context_retaining_globals (bits 43:43) set to `x`.
    #[must_use]
    pub const fn with_invvpid_single_context_retaining_globals(self, x: bool) -> Self {
        Self(self.0 & !Self::INVVPID_SINGLE_CONTEXT_RETAINING_GLOBALS_MASK | (x as u64) << 43 & Self::INVVPID_SINGLE_CONTEXT_RETAINING_GLOBALS_MASK)
    }

    /// The mask of max_hlat_prefix_size (bits 53:48).
    pub const MAX_HLAT_PREFIX_SIZE_MASK: u64 = 0x3f000000000000;

    /// Bits 53:48: the largest value supported in the HLAT prefix size VM-execution control field.
    pub const fn max_hlat_prefix_size(self) -> u8 {
        (self.0 >> 48 & 0x3f) as u8
    }

    /// The value with max_hlat_prefix_size (bits 53:48) set to `x`.
    #[must_use]
    pub const fn with_max_hlat_prefix_size(self, x: u8) -> Self {
        Self(self.0 & !Self::MAX_HLAT_PREFIX_SIZE_MASK | (x as u64) << 48 & Self::MAX_HLAT_PREFIX_SIZE_MASK)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each field of eptp alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn eptp() {
        assert_eq!(Eptp::MEMTYPE_MASK as u64, 0x7u64);
        assert_eq!(Eptp(0).with_memtype(0x7).0, Eptp::MEMTYPE_MASK);
        assert_eq!(Eptp(!0).memtype(), 0x7);
        assert_eq!(Eptp(!Eptp::MEMTYPE_MASK).memtype(), 0);
        assert_eq!(Eptp(!0).with_memtype(0).0, !Eptp::MEMTYPE_MASK);
        assert_eq!(Eptp::WALK_LENGTH_MASK as u64, 0x38u64);
        assert_eq!(Eptp(0).with_walk_length(0x7).0, Eptp::WALK_LENGTH_MASK);
        assert_eq!(Eptp(!0).walk_length(), 0x7);
        assert_eq!(Eptp(!Eptp::WALK_LENGTH_MASK).walk_length(), 0);
        assert_eq!(Eptp(!0).with_walk_length(0).0, !Eptp::WALK_LENGTH_MASK);
        assert_eq!(Eptp::AD_MASK as u64, 0x40u64);
        assert_eq!(Eptp(0).with_ad(true).0, Eptp::AD_MASK);
        assert!(Eptp(!0).ad());
        assert!(!Eptp(!Eptp::AD_MASK).ad());
        assert_eq!(Eptp(!0).with_ad(false).0, !Eptp::AD_MASK);
        assert_eq!(Eptp::SSS_MASK as u64, 0x80u64);
        assert_eq!(Eptp(0).with_sss(true).0, Eptp::SSS_MASK);
        assert!(Eptp(!0).sss());
        assert!(!Eptp(!Eptp::SSS_MASK).sss());
        assert_eq!(Eptp(!0).with_sss(false).0, !Eptp::SSS_MASK);
        assert_eq!(Eptp::PML4_ADDRESS_MASK as u64, 0xffffffffff000u64);
        assert_eq!(Eptp(0).with_pml4_address(0xffffffffff).0, Eptp::PML4_ADDRESS_MASK);
        assert_eq!(Eptp(!0).pml4_address(), 0xffffffffff);
        assert_eq!(Eptp(!Eptp::PML4_ADDRESS_MASK).pml4_address(), 0);
        assert_eq!(Eptp(!0).with_pml4_address(0).0, !Eptp::PML4_ADDRESS_MASK);
    }

    /// Each field of ept_pml4e alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn ept_pml4e() {
        assert_eq!(EptPml4e::READ_MASK as u64, 0x1u64);
        assert_eq!(EptPml4e(0).with_read(true).0, EptPml4e::READ_MASK);
        assert!(EptPml4e(!0).read());
        assert!(!EptPml4e(!EptPml4e::READ_MASK).read());
        assert_eq!(EptPml4e(!0).with_read(false).0, !EptPml4e::READ_MASK);
        assert_eq!(EptPml4e::WRITE_MASK as u64, 0x2u64);
        assert_eq!(EptPml4e(0).with_write(true).0, EptPml4e::WRITE_MASK);
        assert!(EptPml4e(!0).write());
        assert!(!EptPml4e(!EptPml4e::WRITE_MASK).write());
        assert_eq!(EptPml4e(!0).with_write(false).0, !EptPml4e::WRITE_MASK);
        assert_eq!(EptPml4e::EXECUTE_MASK as u64, 0x4u64);
        assert_eq!(EptPml4e(0).with_execute(true).0, EptPml4e::EXECUTE_MASK);
        assert!(EptPml4e(!0).execute());
        assert!(!EptPml4e(!EptPml4e::EXECUTE_MASK).execute());
        assert_eq!(EptPml4e(!0).with_execute(false).0, !EptPml4e::EXECUTE_MASK);
        assert_eq!(EptPml4e::ACCESSED_MASK as u64, 0x100u64);
        assert_eq!(EptPml4e(0).with_accessed(true).0, EptPml4e::ACCESSED_MASK);
        assert!(EptPml4e(!0).accessed());
        assert!(!EptPml4e(!EptPml4e::ACCESSED_MASK).accessed());
        assert_eq!(EptPml4e(!0).with_accessed(false).0, !EptPml4e::ACCESSED_MASK);
        assert_eq!(EptPml4e::USER_EXECUTE_MASK as u64, 0x400u64);
        assert_eq!(EptPml4e(0).with_user_execute(true).0, EptPml4e::USER_EXECUTE_MASK);
        assert!(EptPml4e(!0).user_execute());
        assert!(!EptPml4e(!EptPml4e::USER_EXECUTE_MASK).user_execute());
        assert_eq!(EptPml4e(!0).with_user_execute(false).0, !EptPml4e::USER_EXECUTE_MASK);
        assert_eq!(EptPml4e::ADDRESS_MASK as u64, 0xffffffffff000u64);
        assert_eq!(EptPml4e(0).with_address(0xffffffffff).0, EptPml4e::ADDRESS_MASK);
        assert_eq!(EptPml4e(!0).address(), 0xffffffffff);
        assert_eq!(EptPml4e(!EptPml4e::ADDRESS_MASK).address(), 0);
        assert_eq!(EptPml4e(!0).with_address(0).0, !EptPml4e::ADDRESS_MASK);
    }

    /// Each field of ept_pdpte alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn ept_pdpte() {
        assert_eq!(EptPdpte::READ_MASK as u64, 0x1u64);
        assert_eq!(EptPdpte(0).with_read(true).0, EptPdpte::READ_MASK);
        assert!(EptPdpte(!0).read());
        assert!(!EptPdpte(!EptPdpte::READ_MASK).read());
        assert_eq!(EptPdpte(!0).with_read(false).0, !EptPdpte::READ_MASK);
        assert_eq!(EptPdpte::WRITE_MASK as u64, 0x2u64);
        assert_eq!(EptPdpte(0).with_write(true).0, EptPdpte::WRITE_MASK);
        assert!(EptPdpte(!0).write());
        assert!(!EptPdpte(!EptPdpte::WRITE_MASK).write());
        assert_eq!(EptPdpte(!0).with_write(false).0, !EptPdpte::WRITE_MASK);
        assert_eq!(EptPdpte::EXECUTE_MASK as u64, 0x4u64);
        assert_eq!(EptPdpte(0).with_execute(true).0, EptPdpte::EXECUTE_MASK);
        assert!(EptPdpte(!0).execute());
        assert!(!EptPdpte(!EptPdpte::EXECUTE_MASK).execute());
        assert_eq!(EptPdpte(!0).with_execute(false).0, !EptPdpte::EXECUTE_MASK);
        assert_eq!(EptPdpte::LARGE_PAGE_MASK as u64, 0x80u64);
        assert_eq!(EptPdpte(0).with_large_page(true).0, EptPdpte::LARGE_PAGE_MASK);
        assert!(EptPdpte(!0).large_page());
        assert!(!EptPdpte(!EptPdpte::LARGE_PAGE_MASK).large_page());
        assert_eq!(EptPdpte(!0).with_large_page(false).0, !EptPdpte::LARGE_PAGE_MASK);
        assert_eq!(EptPdpte::ACCESSED_MASK as u64, 0x100u64);
        assert_eq!(EptPdpte(0).with_accessed(true).0, EptPdpte::ACCESSED_MASK);
        assert!(EptPdpte(!0).accessed());
        assert!(!EptPdpte(!EptPdpte::ACCESSED_MASK).accessed());
        assert_eq!(EptPdpte(!0).with_accessed(false).0, !EptPdpte::ACCESSED_MASK);
        assert_eq!(EptPdpte::USER_EXECUTE_MASK as u64, 0x400u64);
        assert_eq!(EptPdpte(0).with_user_execute(true).0, EptPdpte::USER_EXECUTE_MASK);
        assert!(EptPdpte(!0).user_execute());
        assert!(!EptPdpte(!EptPdpte::USER_EXECUTE_MASK).user_execute());
        assert_eq!(EptPdpte(!0).with_user_execute(false).0, !EptPdpte::USER_EXECUTE_MASK);
        assert_eq!(EptPdpte::ADDRESS_MASK as u64, 0xffffffffff000u64);
        assert_eq!(EptPdpte(0).with_address(0xffffffffff).0, EptPdpte::ADDRESS_MASK);
        assert_eq!(EptPdpte(!0).address(), 0xffffffffff);
        assert_eq!(EptPdpte(!EptPdpte::ADDRESS_MASK).address(), 0);
        assert_eq!(EptPdpte(!0).with_address(0).0, !EptPdpte::ADDRESS_MASK);
    }

    /// Each field of ept_pdpte_1g alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn ept_pdpte_1g() {
        assert_eq!(EptPdpte1g::READ_MASK as u64, 0x1u64);
        assert_eq!(EptPdpte1g(0).with_read(true).0, EptPdpte1g::READ_MASK);
        assert!(EptPdpte1g(!0).read());
        assert!(!EptPdpte1g(!EptPdpte1g::READ_MASK).read());
        assert_eq!(EptPdpte1g(!0).with_read(false).0, !EptPdpte1g::READ_MASK);
        assert_eq!(EptPdpte1g::WRITE_MASK as u64, 0x2u64);
        assert_eq!(EptPdpte1g(0).with_write(true).0, EptPdpte1g::WRITE_MASK);
        assert!(EptPdpte1g(!0).write());
        assert!(!EptPdpte1g(!EptPdpte1g::WRITE_MASK).write());
        assert_eq!(EptPdpte1g(!0).with_write(false).0, !EptPdpte1g::WRITE_MASK);
        assert_eq!(EptPdpte1g::EXECUTE_MASK as u64, 0x4u64);
        assert_eq!(EptPdpte1g(0).with_execute(true).0, EptPdpte1g::EXECUTE_MASK);
        assert!(EptPdpte1g(!0).execute());
        assert!(!EptPdpte1g(!EptPdpte1g::EXECUTE_MASK).execute());
        assert_eq!(EptPdpte1g(!0).with_execute(false).0, !EptPdpte1g::EXECUTE_MASK);
        assert_eq!(EptPdpte1g::MEMTYPE_MASK as u64, 0x38u64);
        assert_eq!(EptPdpte1g(0).with_memtype(0x7).0, EptPdpte1g::MEMTYPE_MASK);
        assert_eq!(EptPdpte1g(!0).memtype(), 0x7);
        assert_eq!(EptPdpte1g(!EptPdpte1g::MEMTYPE_MASK).memtype(), 0);
        assert_eq!(EptPdpte1g(!0).with_memtype(0).0, !EptPdpte1g::MEMTYPE_MASK);
        assert_eq!(EptPdpte1g::IGNORE_PAT_MASK as u64, 0x40u64);
        assert_eq!(EptPdpte1g(0).with_ignore_pat(true).0, EptPdpte1g::IGNORE_PAT_MASK);
        assert!(EptPdpte1g(!0).ignore_pat());
        assert!(!EptPdpte1g(!EptPdpte1g::IGNORE_PAT_MASK).ignore_pat());
        assert_eq!(EptPdpte1g(!0).with_ignore_pat(false).0, !EptPdpte1g::IGNORE_PAT_MASK);
        assert_eq!(EptPdpte1g::LARGE_PAGE_MASK as u64, 0x80u64);
        assert_eq!(EptPdpte1g(0).with_large_page(true).0, EptPdpte1g::LARGE_PAGE_MASK);
        assert!(EptPdpte1g(!0).large_page());
        assert!(!EptPdpte1g(!EptPdpte1g::LARGE_PAGE_MASK).large_page());
        assert_eq!(EptPdpte1g(!0).with_large_page(false).0, !EptPdpte1g::LARGE_PAGE_MASK);
        assert_eq!(EptPdpte1g::ACCESSED_MASK as u64, 0x100u64);
        assert_eq!(EptPdpte1g(0).with_accessed(true).0, EptPdpte1g::ACCESSED_MASK);
        assert!(EptPdpte1g(!0).accessed());
        assert!(!EptPdpte1g(!EptPdpte1g::ACCESSED_MASK).accessed());
        assert_eq!(EptPdpte1g(!0).with_accessed(false).0, !EptPdpte1g::ACCESSED_MASK);
        assert_eq!(EptPdpte1g::DIRTY_MASK as u64, 0x200u64);
        assert_eq!(EptPdpte1g(0).with_dirty(true).0, EptPdpte1g::DIRTY_MASK);
        assert!(EptPdpte1g(!0).dirty());
        assert!(!EptPdpte1g(!EptPdpte1g::DIRTY_MASK).dirty());
        assert_eq!(EptPdpte1g(!0).with_dirty(false).0, !EptPdpte1g::DIRTY_MASK);
        assert_eq!(EptPdpte1g::USER_EXECUTE_MASK as u64, 0x400u64);
        assert_eq!(EptPdpte1g(0).with_user_execute(true).0, EptPdpte1g::USER_EXECUTE_MASK);
        assert!(EptPdpte1g(!0).user_execute());
        assert!(!EptPdpte1g(!EptPdpte1g::USER_EXECUTE_MASK).user_execute());
        assert_eq!(EptPdpte1g(!0).with_user_execute(false).0, !EptPdpte1g::USER_EXECUTE_MASK);
        assert_eq!(EptPdpte1g::ADDRESS_MASK as u64, 0xfffffc0000000u64);
        assert_eq!(EptPdpte1g(0).with_address(0x3fffff).0, EptPdpte1g::ADDRESS_MASK);
        assert_eq!(EptPdpte1g(!0).address(), 0x3fffff);
        assert_eq!(EptPdpte1g(!EptPdpte1g::ADDRESS_MASK).address(), 0);
        assert_eq!(EptPdpte1g(!0).with_address(0).0, !EptPdpte1g::ADDRESS_MASK);
        assert_eq!(EptPdpte1g::VERIFY_GUEST_PAGING_MASK as u64, 0x200000000000000u64);
        assert_eq!(EptPdpte1g(0).with_verify_guest_paging(true).0, EptPdpte1g::VERIFY_GUEST_PAGING_MASK);
        assert!(EptPdpte1g(!0).verify_guest_paging());
        assert!(!EptPdpte1g(!EptPdpte1g::VERIFY_GUEST_PAGING_MASK).verify_guest_paging());
        assert_eq!(EptPdpte1g(!0).with_verify_guest_paging(false).0, !EptPdpte1g::VERIFY_GUEST_PAGING_MASK);
        assert_eq!(EptPdpte1g::PAGING_WRITE_MASK as u64, 0x400000000000000u64);
        assert_eq!(EptPdpte1g(0).with_paging_write(true).0, EptPdpte1g::PAGING_WRITE_MASK);
        assert!(EptPdpte1g(!0).paging_write());
        assert!(!EptPdpte1g(!EptPdpte1g::PAGING_WRITE_MASK).paging_write());
        assert_eq!(EptPdpte1g(!0).with_paging_write(false).0, !EptPdpte1g::PAGING_WRITE_MASK);
        assert_eq!(EptPdpte1g::SUPERVISOR_SHADOW_STACK_MASK as u64, 0x1000000000000000u64);
        assert_eq!(EptPdpte1g(0).with_supervisor_shadow_stack(true).0, EptPdpte1g::SUPERVISOR_SHADOW_STACK_MASK);
        assert!(EptPdpte1g(!0).supervisor_shadow_stack());
        assert!(!EptPdpte1g(!EptPdpte1g::SUPERVISOR_SHADOW_STACK_MASK).supervisor_shadow_stack());
        assert_eq!(EptPdpte1g(!0).with_supervisor_shadow_stack(false).0, !EptPdpte1g::SUPERVISOR_SHADOW_STACK_MASK);
        assert_eq!(EptPdpte1g::SUPPRESS_VE_MASK as u64, 0x8000000000000000u64);
        assert_eq!(EptPdpte1g(0).with_suppress_ve(true).0, EptPdpte1g::SUPPRESS_VE_MASK);
        assert!(EptPdpte1g(!0).suppress_ve());
        assert!(!EptPdpte1g(!EptPdpte1g::SUPPRESS_VE_MASK).suppress_ve());
        assert_eq!(EptPdpte1g(!0).with_suppress_ve(false).0, !EptPdpte1g::SUPPRESS_VE_MASK);
    }

    /// Each field of ept_pde alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn ept_pde() {
        assert_eq!(EptPde::READ_MASK as u64, 0x1u64);
        assert_eq!(EptPde(0).with_read(true).0, EptPde::READ_MASK);
        assert!(EptPde(!0).read());
        assert!(!EptPde(!EptPde::READ_MASK).read());
        assert_eq!(EptPde(!0).with_read(false).0, !EptPde::READ_MASK);
        assert_eq!(EptPde::WRITE_MASK as u64, 0x2u64);
        assert_eq!(EptPde(0).with_write(true).0, EptPde::WRITE_MASK);
        assert!(EptPde(!0).write());
        assert!(!EptPde(!EptPde::WRITE_MASK).write());
        assert_eq!(EptPde(!0).with_write(false).0, !EptPde::WRITE_MASK);
        assert_eq!(EptPde::EXECUTE_MASK as u64, 0x4u64);
        assert_eq!(EptPde(0).with_execute(true).0, EptPde::EXECUTE_MASK);
        assert!(EptPde(!0).execute());
        assert!(!EptPde(!EptPde::EXECUTE_MASK).execute());
        assert_eq!(EptPde(!0).with_execute(false).0, !EptPde::EXECUTE_MASK);
        assert_eq!(EptPde::LARGE_PAGE_MASK as u64, 0x80u64);
        assert_eq!(EptPde(0).with_large_page(true).0, EptPde::LARGE_PAGE_MASK);
        assert!(EptPde(!0).large_page());
        assert!(!EptPde(!EptPde::LARGE_PAGE_MASK).large_page());
        assert_eq!(EptPde(!0).with_large_page(false).0, !EptPde::LARGE_PAGE_MASK);
        assert_eq!(EptPde::ACCESSED_MASK as u64, 0x100u64);
        assert_eq!(EptPde(0).with_accessed(true).0, EptPde::ACCESSED_MASK);
        assert!(EptPde(!0).accessed());
        assert!(!EptPde(!EptPde::ACCESSED_MASK).accessed());
        assert_eq!(EptPde(!0).with_accessed(false).0, !EptPde::ACCESSED_MASK);
        assert_eq!(EptPde::USER_EXECUTE_MASK as u64, 0x400u64);
        assert_eq!(EptPde(0).with_user_execute(true).0, EptPde::USER_EXECUTE_MASK);
        assert!(EptPde(!0).user_execute());
        assert!(!EptPde(!EptPde::USER_EXECUTE_MASK).user_execute());
        assert_eq!(EptPde(!0).with_user_execute(false).0, !EptPde::USER_EXECUTE_MASK);
        assert_eq!(EptPde::ADDRESS_MASK as u64, 0xffffffffff000u64);
        assert_eq!(EptPde(0).with_address(0xffffffffff).0, EptPde::ADDRESS_MASK);
        assert_eq!(EptPde(!0).address(), 0xffffffffff);
        assert_eq!(EptPde(!EptPde::ADDRESS_MASK).address(), 0);
        assert_eq!(EptPde(!0).with_address(0).0, !EptPde::ADDRESS_MASK);
    }

    /// Each field of ept_pde_2m alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn ept_pde_2m() {
        assert_eq!(EptPde2m::READ_MASK as u64, 0x1u64);
        assert_eq!(EptPde2m(0).with_read(true).0, EptPde2m::READ_MASK);
        assert!(EptPde2m(!0).read());
        assert!(!EptPde2m(!EptPde2m::READ_MASK).read());
        assert_eq!(EptPde2m(!0).with_read(false).0, !EptPde2m::READ_MASK);
        assert_eq!(EptPde2m::WRITE_MASK as u64, 0x2u64);
        assert_eq!(EptPde2m(0).with_write(true).0, EptPde2m::WRITE_MASK);
        assert!(EptPde2m(!0).write());
        assert!(!EptPde2m(!EptPde2m::WRITE_MASK).write());
        assert_eq!(EptPde2m(!0).with_write(false).0, !EptPde2m::WRITE_MASK);
        assert_eq!(EptPde2m::EXECUTE_MASK as u64, 0x4u64);
        assert_eq!(EptPde2m(0).with_execute(true).0, EptPde2m::EXECUTE_MASK);
        assert!(EptPde2m(!0).execute());
        assert!(!EptPde2m(!EptPde2m::EXECUTE_MASK).execute());
        assert_eq!(EptPde2m(!0).with_execute(false).0, !EptPde2m::EXECUTE_MASK);
        assert_eq!(EptPde2m::MEMTYPE_MASK as u64, 0x38u64);
        assert_eq!(EptPde2m(0).with_memtype(0x7).0, EptPde2m::MEMTYPE_MASK);
        assert_eq!(EptPde2m(!0).memtype(), 0x7);
        assert_eq!(EptPde2m(!EptPde2m::MEMTYPE_MASK).memtype(), 0);
        assert_eq!(EptPde2m(!0).with_memtype(0).0, !EptPde2m::MEMTYPE_MASK);
        assert_eq!(EptPde2m::IGNORE_PAT_MASK as u64, 0x40u64);
        assert_eq!(EptPde2m(0).with_ignore_pat(true).0, EptPde2m::IGNORE_PAT_MASK);
        assert!(EptPde2m(!0).ignore_pat());
        assert!(!EptPde2m(!EptPde2m::IGNORE_PAT_MASK).ignore_pat());
        assert_eq!(EptPde2m(!0).with_ignore_pat(false).0, !EptPde2m::IGNORE_PAT_MASK);
        assert_eq!(EptPde2m::LARGE_PAGE_MASK as u64, 0x80u64);
        assert_eq!(EptPde2m(0).with_large_page(true).0, EptPde2m::LARGE_PAGE_MASK);
        assert!(EptPde2m(!0).large_page());
        assert!(!EptPde2m(!EptPde2m::LARGE_PAGE_MASK).large_page());
        assert_eq!(EptPde2m(!0).with_large_page(false).0, !EptPde2m::LARGE_PAGE_MASK);
        assert_eq!(EptPde2m::ACCESSED_MASK as u64, 0x100u64);
        assert_eq!(EptPde2m(0).with_accessed(true).0, EptPde2m::ACCESSED_MASK);
        assert!(EptPde2m(!0).accessed());
        assert!(!EptPde2m(!EptPde2m::ACCESSED_MASK).accessed());
        assert_eq!(EptPde2m(!0).with_accessed(false).0, !EptPde2m::ACCESSED_MASK);
        assert_eq!(EptPde2m::DIRTY_MASK as u64, 0x200u64);
        assert_eq!(EptPde2m(0).with_dirty(true).0, EptPde2m::DIRTY_MASK);
        assert!(EptPde2m(!0).dirty());
        assert!(!EptPde2m(!EptPde2m::DIRTY_MASK).dirty());
        assert_eq!(EptPde2m(!0).with_dirty(false).0, !EptPde2m::DIRTY_MASK);
        assert_eq!(EptPde2m::USER_EXECUTE_MASK as u64, 0x400u64);
        assert_eq!(EptPde2m(0).with_user_execute(true).0, EptPde2m::USER_EXECUTE_MASK);
        assert!(EptPde2m(!0).user_execute());
        assert!(!EptPde2m(!EptPde2m::USER_EXECUTE_MASK).user_execute());
        assert_eq!(EptPde2m(!0).with_user_execute(false).0, !EptPde2m::USER_EXECUTE_MASK);
        assert_eq!(EptPde2m::ADDRESS_MASK as u64, 0xfffffffe00000u64);
        assert_eq!(EptPde2m(0).with_address(0x7fffffff).0, EptPde2m::ADDRESS_MASK);
        assert_eq!(EptPde2m(!0).address(), 0x7fffffff);
        assert_eq!(EptPde2m(!EptPde2m::ADDRESS_MASK).address(), 0);
        assert_eq!(EptPde2m(!0).with_address(0).0, !EptPde2m::ADDRESS_MASK);
        assert_eq!(EptPde2m::VERIFY_GUEST_PAGING_MASK as u64, 0x200000000000000u64);
        assert_eq!(EptPde2m(0).with_verify_guest_paging(true).0, EptPde2m::VERIFY_GUEST_PAGING_MASK);
        assert!(EptPde2m(!0).verify_guest_paging());
        assert!(!EptPde2m(!EptPde2m::VERIFY_GUEST_PAGING_MASK).verify_guest_paging());
        assert_eq!(EptPde2m(!0).with_verify_guest_paging(false).0, !EptPde2m::VERIFY_GUEST_PAGING_MASK);
        assert_eq!(EptPde2m::PAGING_WRITE_MASK as u64, 0x400000000000000u64);
        assert_eq!(EptPde2m(0).with_paging_write(true).0, EptPde2m::PAGING_WRITE_MASK);
        assert!(EptPde2m(!0).paging_write());
        assert!(!EptPde2m(!EptPde2m::PAGING_WRITE_MASK).paging_write());
        assert_eq!(EptPde2m(!0).with_paging_write(false).0, !EptPde2m::PAGING_WRITE_MASK);
        assert_eq!(EptPde2m::SUPERVISOR_SHADOW_STACK_MASK as u64, 0x1000000000000000u64);
        assert_eq!(EptPde2m(0).with_supervisor_shadow_stack(true).0, EptPde2m::SUPERVISOR_SHADOW_STACK_MASK);
        assert!(EptPde2m(!0).supervisor_shadow_stack());
        assert!(!EptPde2m(!EptPde2m::SUPERVISOR_SHADOW_STACK_MASK).supervisor_shadow_stack());
        assert_eq!(EptPde2m(!0).with_supervisor_shadow_stack(false).0, !EptPde2m::SUPERVISOR_SHADOW_STACK_MASK);
        assert_eq!(EptPde2m::SUPPRESS_VE_MASK as u64, 0x8000000000000000u64);
        assert_eq!(EptPde2m(0).with_suppress_ve(true).0, EptPde2m::SUPPRESS_VE_MASK);
        assert!(EptPde2m(!0).suppress_ve());
        assert!(!EptPde2m(!EptPde2m::SUPPRESS_VE_MASK).suppress_ve());
        assert_eq!(EptPde2m(!0).with_suppress_ve(false).0, !EptPde2m::SUPPRESS_VE_MASK);
    }

    /// Each field of ept_pte alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn ept_pte() {
        assert_eq!(EptPte::READ_MASK as u64, 0x1u64);
        assert_eq!(EptPte(0).with_read(true).0, EptPte::READ_MASK);
        assert!(EptPte(!0).read());
        assert!(!EptPte(!EptPte::READ_MASK).read());
        assert_eq!(EptPte(!0).with_read(false).0, !EptPte::READ_MASK);
        assert_eq!(EptPte::WRITE_MASK as u64, 0x2u64);
        assert_eq!(EptPte(0).with_write(true).0, EptPte::WRITE_MASK);
        assert!(EptPte(!0).write());
        assert!(!EptPte(!EptPte::WRITE_MASK).write());
        assert_eq!(EptPte(!0).with_write(false).0, !EptPte::WRITE_MASK);
        assert_eq!(EptPte::EXECUTE_MASK as u64, 0x4u64);
        assert_eq!(EptPte(0).with_execute(true).0, EptPte::EXECUTE_MASK);
        assert!(EptPte(!0).execute());
        assert!(!EptPte(!EptPte::EXECUTE_MASK).execute());
        assert_eq!(EptPte(!0).with_execute(false).0, !EptPte::EXECUTE_MASK);
        assert_eq!(EptPte::MEMTYPE_MASK as u64, 0x38u64);
        assert_eq!(EptPte(0).with_memtype(0x7).0, EptPte::MEMTYPE_MASK);
        assert_eq!(EptPte(!0).memtype(), 0x7);
        assert_eq!(EptPte(!EptPte::MEMTYPE_MASK).memtype(), 0);
        assert_eq!(EptPte(!0).with_memtype(0).0, !EptPte::MEMTYPE_MASK);
        assert_eq!(EptPte::IGNORE_PAT_MASK as u64, 0x40u64);
        assert_eq!(EptPte(0).with_ignore_pat(true).0, EptPte::IGNORE_PAT_MASK);
        assert!(EptPte(!0).ignore_pat());
        assert!(!EptPte(!EptPte::IGNORE_PAT_MASK).ignore_pat());
        assert_eq!(EptPte(!0).with_ignore_pat(false).0, !EptPte::IGNORE_PAT_MASK);
        assert_eq!(EptPte::ACCESSED_MASK as u64, 0x100u64);
        assert_eq!(EptPte(0).with_accessed(true).0, EptPte::ACCESSED_MASK);
        assert!(EptPte(!0).accessed());
        assert!(!EptPte(!EptPte::ACCESSED_MASK).accessed());
        assert_eq!(EptPte(!0).with_accessed(false).0, !EptPte::ACCESSED_MASK);
        assert_eq!(EptPte::DIRTY_MASK as u64, 0x200u64);
        assert_eq!(EptPte(0).with_dirty(true).0, EptPte::DIRTY_MASK);
        assert!(EptPte(!0).dirty());
        assert!(!EptPte(!EptPte::DIRTY_MASK).dirty());
        assert_eq!(EptPte(!0).with_dirty(false).0, !EptPte::DIRTY_MASK);
        assert_eq!(EptPte::USER_EXECUTE_MASK as u64, 0x400u64);
        assert_eq!(EptPte(0).with_user_execute(true).0, EptPte::USER_EXECUTE_MASK);
        assert!(EptPte(!0).user_execute());
        assert!(!EptPte(!EptPte::USER_EXECUTE_MASK).user_execute());
        assert_eq!(EptPte(!0).with_user_execute(false).0, !EptPte::USER_EXECUTE_MASK);
        assert_eq!(EptPte::ADDRESS_MASK as u64, 0xffffffffff000u64);
        assert_eq!(EptPte(0).with_address(0xffffffffff).0, EptPte::ADDRESS_MASK);
        assert_eq!(EptPte(!0).address(), 0xffffffffff);
        assert_eq!(EptPte(!EptPte::ADDRESS_MASK).address(), 0);
        assert_eq!(EptPte(!0).with_address(0).0, !EptPte::ADDRESS_MASK);
        assert_eq!(EptPte::VERIFY_GUEST_PAGING_MASK as u64, 0x200000000000000u64);
        assert_eq!(EptPte(0).with_verify_guest_paging(true).0, EptPte::VERIFY_GUEST_PAGING_MASK);
        assert!(EptPte(!0).verify_guest_paging());
        assert!(!EptPte(!EptPte::VERIFY_GUEST_PAGING_MASK).verify_guest_paging());
        assert_eq!(EptPte(!0).with_verify_guest_paging(false).0, !EptPte::VERIFY_GUEST_PAGING_MASK);
        assert_eq!(EptPte::PAGING_WRITE_MASK as u64, 0x400000000000000u64);
        assert_eq!(EptPte(0).with_paging_write(true).0, EptPte::PAGING_WRITE_MASK);
        assert!(EptPte(!0).paging_write());
        assert!(!EptPte(!EptPte::PAGING_WRITE_MASK).paging_write());
        assert_eq!(EptPte(!0).with_paging_write(false).0, !EptPte::PAGING_WRITE_MASK);
        assert_eq!(EptPte::SUPERVISOR_SHADOW_STACK_MASK as u64, 0x1000000000000000u64);
        assert_eq!(EptPte(0).with_supervisor_shadow_stack(true).0, EptPte::SUPERVISOR_SHADOW_STACK_MASK);
        assert!(EptPte(!0).supervisor_shadow_stack());
        assert!(!EptPte(!EptPte::SUPERVISOR_SHADOW_STACK_MASK).supervisor_shadow_stack());
        assert_eq!(EptPte(!0).with_supervisor_shadow_stack(false).0, !EptPte::SUPERVISOR_SHADOW_STACK_MASK);
        assert_eq!(EptPte::SUB_PAGE_WRITE_MASK as u64, 0x2000000000000000u64);
        assert_eq!(EptPte(0).with_sub_page_write(true).0, EptPte::SUB_PAGE_WRITE_MASK);
        assert!(EptPte(!0).sub_page_write());
        assert!(!EptPte(!EptPte::SUB_PAGE_WRITE_MASK).sub_page_write());
        assert_eq!(EptPte(!0).with_sub_page_write(false).0, !EptPte::SUB_PAGE_WRITE_MASK);
        assert_eq!(EptPte::SUPPRESS_VE_MASK as u64, 0x8000000000000000u64);
        assert_eq!(EptPte(0).with_suppress_ve(true).0, EptPte::SUPPRESS_VE_MASK);
        assert!(EptPte(!0).suppress_ve());
        assert!(!EptPte(!EptPte::SUPPRESS_VE_MASK).suppress_ve());
        assert_eq!(EptPte(!0).with_suppress_ve(false).0, !EptPte::SUPPRESS_VE_MASK);
    }

    /// Each field of exit_reason alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn exit_reason() {
        assert_eq!(ExitReason::BASIC_MASK as u64, 0xffffu64);
        assert_eq!(ExitReason(0).with_basic(0xffff).0, ExitReason::BASIC_MASK);
        assert_eq!(ExitReason(!0).basic(), 0xffff);
        assert_eq!(ExitReason(!ExitReason::BASIC_MASK).basic(), 0);
        assert_eq!(ExitReason(!0).with_basic(0).0, !ExitReason::BASIC_MASK);
        assert_eq!(ExitReason::BUS_LOCK_DETECTED_MASK as u64, 0x4000000u64);
        assert_eq!(ExitReason(0).with_bus_lock_detected(true).0, ExitReason::BUS_LOCK_DETECTED_MASK);
        assert!(ExitReason(!0).bus_lock_detected());
        assert!(!ExitReason(!ExitReason::BUS_LOCK_DETECTED_MASK).bus_lock_detected());
        assert_eq!(ExitReason(!0).with_bus_lock_detected(false).0, !ExitReason::BUS_LOCK_DETECTED_MASK);
        assert_eq!(ExitReason::ENCLAVE_MASK as u64, 0x8000000u64);
        assert_eq!(ExitReason(0).with_enclave(true).0, ExitReason::ENCLAVE_MASK);
        assert!(ExitReason(!0).enclave());
        assert!(!ExitReason(!ExitReason::ENCLAVE_MASK).enclave());
        assert_eq!(ExitReason(!0).with_enclave(false).0, !ExitReason::ENCLAVE_MASK);
        assert_eq!(ExitReason::PENDING_MTF_MASK as u64, 0x10000000u64);
        assert_eq!(ExitReason(0).with_pending_mtf(true).0, ExitReason::PENDING_MTF_MASK);
        assert!(ExitReason(!0).pending_mtf());
        assert!(!ExitReason(!ExitReason::PENDING_MTF_MASK).pending_mtf());
        assert_eq!(ExitReason(!0).with_pending_mtf(false).0, !ExitReason::PENDING_MTF_MASK);
        assert_eq!(ExitReason::FROM_ROOT_MASK as u64, 0x20000000u64);
        assert_eq!(ExitReason(0).with_from_root(true).0, ExitReason::FROM_ROOT_MASK);
        assert!(ExitReason(!0).from_root());
        assert!(!ExitReason(!ExitReason::FROM_ROOT_MASK).from_root());
        assert_eq!(ExitReason(!0).with_from_root(false).0, !ExitReason::FROM_ROOT_MASK);
        assert_eq!(ExitReason::ENTRY_FAILURE_MASK as u64, 0x80000000u64);
        assert_eq!(ExitReason(0).with_entry_failure(true).0, ExitReason::ENTRY_FAILURE_MASK);
        assert!(ExitReason(!0).entry_failure());
        assert!(!ExitReason(!ExitReason::ENTRY_FAILURE_MASK).entry_failure());
        assert_eq!(ExitReason(!0).with_entry_failure(false).0, !ExitReason::ENTRY_FAILURE_MASK);
    }

    /// Each field of intr_info alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn intr_info() {
        assert_eq!(IntrInfo::VECTOR_MASK as u64, 0xffu64);
        assert_eq!(IntrInfo(0).with_vector(0xff).0, IntrInfo::VECTOR_MASK);
        assert_eq!(IntrInfo(!0).vector(), 0xff);
        assert_eq!(IntrInfo(!IntrInfo::VECTOR_MASK).vector(), 0);
        assert_eq!(IntrInfo(!0).with_vector(0).0, !IntrInfo::VECTOR_MASK);
        assert_eq!(IntrInfo::TYPE_MASK as u64, 0x700u64);
        assert_eq!(IntrInfo(0).with_type(0x7).0, IntrInfo::TYPE_MASK);
        assert_eq!(IntrInfo(!0).r#type(), 0x7);
        assert_eq!(IntrInfo(!IntrInfo::TYPE_MASK).r#type(), 0);
        assert_eq!(IntrInfo(!0).with_type(0).0, !IntrInfo::TYPE_MASK);
        assert_eq!(IntrInfo::ERROR_CODE_VALID_MASK as u64, 0x800u64);
        assert_eq!(IntrInfo(0).with_error_code_valid(true).0, IntrInfo::ERROR_CODE_VALID_MASK);
        assert!(IntrInfo(!0).error_code_valid());
        assert!(!IntrInfo(!IntrInfo::ERROR_CODE_VALID_MASK).error_code_valid());
        assert_eq!(IntrInfo(!0).with_error_code_valid(false).0, !IntrInfo::ERROR_CODE_VALID_MASK);
        assert_eq!(IntrInfo::NMI_UNBLOCKING_MASK as u64, 0x1000u64);
        assert_eq!(IntrInfo(0).with_nmi_unblocking(true).0, IntrInfo::NMI_UNBLOCKING_MASK);
        assert!(IntrInfo(!0).nmi_unblocking());
        assert!(!IntrInfo(!IntrInfo::NMI_UNBLOCKING_MASK).nmi_unblocking());
        assert_eq!(IntrInfo(!0).with_nmi_unblocking(false).0, !IntrInfo::NMI_UNBLOCKING_MASK);
        assert_eq!(IntrInfo::NESTED_EXCEPTION_MASK as u64, 0x2000u64);
        assert_eq!(IntrInfo(0).with_nested_exception(true).0, IntrInfo::NESTED_EXCEPTION_MASK);
        assert!(IntrInfo(!0).nested_exception());
        assert!(!IntrInfo(!IntrInfo::NESTED_EXCEPTION_MASK).nested_exception());
        assert_eq!(IntrInfo(!0).with_nested_exception(false).0, !IntrInfo::NESTED_EXCEPTION_MASK);
        assert_eq!(IntrInfo::VALID_MASK as u64, 0x80000000u64);
        assert_eq!(IntrInfo(0).with_valid(true).0, IntrInfo::VALID_MASK);
        assert!(IntrInfo(!0).valid());
        assert!(!IntrInfo(!IntrInfo::VALID_MASK).valid());
        assert_eq!(IntrInfo(!0).with_valid(false).0, !IntrInfo::VALID_MASK);
    }

    /// Each field of qual_cr alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn qual_cr() {
        assert_eq!(QualCr::CR_MASK as u64, 0xfu64);
        assert_eq!(QualCr(0).with_cr(0xf).0, QualCr::CR_MASK);
        assert_eq!(QualCr(!0).cr(), 0xf);
        assert_eq!(QualCr(!QualCr::CR_MASK).cr(), 0);
        assert_eq!(QualCr(!0).with_cr(0).0, !QualCr::CR_MASK);
        assert_eq!(QualCr::ACCESS_TYPE_MASK as u64, 0x30u64);
        assert_eq!(QualCr(0).with_access_type(0x3).0, QualCr::ACCESS_TYPE_MASK);
        assert_eq!(QualCr(!0).access_type(), 0x3);
        assert_eq!(QualCr(!QualCr::ACCESS_TYPE_MASK).access_type(), 0);
        assert_eq!(QualCr(!0).with_access_type(0).0, !QualCr::ACCESS_TYPE_MASK);
        assert_eq!(QualCr::LMSW_TYPE_MASK as u64, 0x40u64);
        assert_eq!(QualCr(0).with_lmsw_type(0x1).0, QualCr::LMSW_TYPE_MASK);
        assert_eq!(QualCr(!0).lmsw_type(), 0x1);
        assert_eq!(QualCr(!QualCr::LMSW_TYPE_MASK).lmsw_type(), 0);
        assert_eq!(QualCr(!0).with_lmsw_type(0).0, !QualCr::LMSW_TYPE_MASK);
        assert_eq!(QualCr::GPR_MASK as u64, 0xf00u64);
        assert_eq!(QualCr(0).with_gpr(0xf).0, QualCr::GPR_MASK);
        assert_eq!(QualCr(!0).gpr(), 0xf);
        assert_eq!(QualCr(!QualCr::GPR_MASK).gpr(), 0);
        assert_eq!(QualCr(!0).with_gpr(0).0, !QualCr::GPR_MASK);
        assert_eq!(QualCr::LMSW_SOURCE_MASK as u64, 0xffff0000u64);
        assert_eq!(QualCr(0).with_lmsw_source(0xffff).0, QualCr::LMSW_SOURCE_MASK);
        assert_eq!(QualCr(!0).lmsw_source(), 0xffff);
        assert_eq!(QualCr(!QualCr::LMSW_SOURCE_MASK).lmsw_source(), 0);
        assert_eq!(QualCr(!0).with_lmsw_source(0).0, !QualCr::LMSW_SOURCE_MASK);
    }

    /// Each field of qual_dr alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn qual_dr() {
        assert_eq!(QualDr::DR_MASK as u64, 0x7u64);
        assert_eq!(QualDr(0).with_dr(0x7).0, QualDr::DR_MASK);
        assert_eq!(QualDr(!0).dr(), 0x7);
        assert_eq!(QualDr(!QualDr::DR_MASK).dr(), 0);
        assert_eq!(QualDr(!0).with_dr(0).0, !QualDr::DR_MASK);
        assert_eq!(QualDr::DIRECTION_MASK as u64, 0x10u64);
        assert_eq!(QualDr(0).with_direction(0x1).0, QualDr::DIRECTION_MASK);
        assert_eq!(QualDr(!0).direction(), 0x1);
        assert_eq!(QualDr(!QualDr::DIRECTION_MASK).direction(), 0);
        assert_eq!(QualDr(!0).with_direction(0).0, !QualDr::DIRECTION_MASK);
        assert_eq!(QualDr::GPR_MASK as u64, 0xf00u64);
        assert_eq!(QualDr(0).with_gpr(0xf).0, QualDr::GPR_MASK);
        assert_eq!(QualDr(!0).gpr(), 0xf);
        assert_eq!(QualDr(!QualDr::GPR_MASK).gpr(), 0);
        assert_eq!(QualDr(!0).with_gpr(0).0, !QualDr::GPR_MASK);
    }

    /// Each field of qual_io alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn qual_io() {
        assert_eq!(QualIo::SIZE_MASK as u64, 0x7u64);
        assert_eq!(QualIo(0).with_size(0x7).0, QualIo::SIZE_MASK);
        assert_eq!(QualIo(!0).size(), 0x7);
        assert_eq!(QualIo(!QualIo::SIZE_MASK).size(), 0);
        assert_eq!(QualIo(!0).with_size(0).0, !QualIo::SIZE_MASK);
        assert_eq!(QualIo::IN_MASK as u64, 0x8u64);
        assert_eq!(QualIo(0).with_in(true).0, QualIo::IN_MASK);
        assert!(QualIo(!0).r#in());
        assert!(!QualIo(!QualIo::IN_MASK).r#in());
        assert_eq!(QualIo(!0).with_in(false).0, !QualIo::IN_MASK);
        assert_eq!(QualIo::STRING_MASK as u64, 0x10u64);
        assert_eq!(QualIo(0).with_string(true).0, QualIo::STRING_MASK);
        assert!(QualIo(!0).string());
        assert!(!QualIo(!QualIo::STRING_MASK).string());
        assert_eq!(QualIo(!0).with_string(false).0, !QualIo::STRING_MASK);
        assert_eq!(QualIo::REP_MASK as u64, 0x20u64);
        assert_eq!(QualIo(0).with_rep(true).0, QualIo::REP_MASK);
        assert!(QualIo(!0).rep());
        assert!(!QualIo(!QualIo::REP_MASK).rep());
        assert_eq!(QualIo(!0).with_rep(false).0, !QualIo::REP_MASK);
        assert_eq!(QualIo::IMM_MASK as u64, 0x40u64);
        assert_eq!(QualIo(0).with_imm(true).0, QualIo::IMM_MASK);
        assert!(QualIo(!0).imm());
        assert!(!QualIo(!QualIo::IMM_MASK).imm());
        assert_eq!(QualIo(!0).with_imm(false).0, !QualIo::IMM_MASK);
        assert_eq!(QualIo::PORT_MASK as u64, 0xffff0000u64);
        assert_eq!(QualIo(0).with_port(0xffff).0, QualIo::PORT_MASK);
        assert_eq!(QualIo(!0).port(), 0xffff);
        assert_eq!(QualIo(!QualIo::PORT_MASK).port(), 0);
        assert_eq!(QualIo(!0).with_port(0).0, !QualIo::PORT_MASK);
    }

    /// Each field of qual_task_switch alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn qual_task_switch() {
        assert_eq!(QualTaskSwitch::SELECTOR_MASK as u64, 0xffffu64);
        assert_eq!(QualTaskSwitch(0).with_selector(0xffff).0, QualTaskSwitch::SELECTOR_MASK);
        assert_eq!(QualTaskSwitch(!0).selector(), 0xffff);
        assert_eq!(QualTaskSwitch(!QualTaskSwitch::SELECTOR_MASK).selector(), 0);
        assert_eq!(QualTaskSwitch(!0).with_selector(0).0, !QualTaskSwitch::SELECTOR_MASK);
        assert_eq!(QualTaskSwitch::SOURCE_MASK as u64, 0xc0000000u64);
        assert_eq!(QualTaskSwitch(0).with_source(0x3).0, QualTaskSwitch::SOURCE_MASK);
        assert_eq!(QualTaskSwitch(!0).source(), 0x3);
        assert_eq!(QualTaskSwitch(!QualTaskSwitch::SOURCE_MASK).source(), 0);
        assert_eq!(QualTaskSwitch(!0).with_source(0).0, !QualTaskSwitch::SOURCE_MASK);
    }

    /// Each field of qual_ept alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn qual_ept() {
        assert_eq!(QualEpt::READ_MASK as u64, 0x1u64);
        assert_eq!(QualEpt(0).with_read(true).0, QualEpt::READ_MASK);
        assert!(QualEpt(!0).read());
        assert!(!QualEpt(!QualEpt::READ_MASK).read());
        assert_eq!(QualEpt(!0).with_read(false).0, !QualEpt::READ_MASK);
        assert_eq!(QualEpt::WRITE_MASK as u64, 0x2u64);
        assert_eq!(QualEpt(0).with_write(true).0, QualEpt::WRITE_MASK);
        assert!(QualEpt(!0).write());
        assert!(!QualEpt(!QualEpt::WRITE_MASK).write());
        assert_eq!(QualEpt(!0).with_write(false).0, !QualEpt::WRITE_MASK);
        assert_eq!(QualEpt::FETCH_MASK as u64, 0x4u64);
        assert_eq!(QualEpt(0).with_fetch(true).0, QualEpt::FETCH_MASK);
        assert!(QualEpt(!0).fetch());
        assert!(!QualEpt(!QualEpt::FETCH_MASK).fetch());
        assert_eq!(QualEpt(!0).with_fetch(false).0, !QualEpt::FETCH_MASK);
        assert_eq!(QualEpt::READABLE_MASK as u64, 0x8u64);
        assert_eq!(QualEpt(0).with_readable(true).0, QualEpt::READABLE_MASK);
        assert!(QualEpt(!0).readable());
        assert!(!QualEpt(!QualEpt::READABLE_MASK).readable());
        assert_eq!(QualEpt(!0).with_readable(false).0, !QualEpt::READABLE_MASK);
        assert_eq!(QualEpt::WRITABLE_MASK as u64, 0x10u64);
        assert_eq!(QualEpt(0).with_writable(true).0, QualEpt::WRITABLE_MASK);
        assert!(QualEpt(!0).writable());
        assert!(!QualEpt(!QualEpt::WRITABLE_MASK).writable());
        assert_eq!(QualEpt(!0).with_writable(false).0, !QualEpt::WRITABLE_MASK);
        assert_eq!(QualEpt::EXECUTABLE_MASK as u64, 0x20u64);
        assert_eq!(QualEpt(0).with_executable(true).0, QualEpt::EXECUTABLE_MASK);
        assert!(QualEpt(!0).executable());
        assert!(!QualEpt(!QualEpt::EXECUTABLE_MASK).executable());
        assert_eq!(QualEpt(!0).with_executable(false).0, !QualEpt::EXECUTABLE_MASK);
        assert_eq!(QualEpt::USER_EXECUTABLE_MASK as u64, 0x40u64);
        assert_eq!(QualEpt(0).with_user_executable(true).0, QualEpt::USER_EXECUTABLE_MASK);
        assert!(QualEpt(!0).user_executable());
        assert!(!QualEpt(!QualEpt::USER_EXECUTABLE_MASK).user_executable());
        assert_eq!(QualEpt(!0).with_user_executable(false).0, !QualEpt::USER_EXECUTABLE_MASK);
        assert_eq!(QualEpt::GLA_VALID_MASK as u64, 0x80u64);
        assert_eq!(QualEpt(0).with_gla_valid(true).0, QualEpt::GLA_VALID_MASK);
        assert!(QualEpt(!0).gla_valid());
        assert!(!QualEpt(!QualEpt::GLA_VALID_MASK).gla_valid());
        assert_eq!(QualEpt(!0).with_gla_valid(false).0, !QualEpt::GLA_VALID_MASK);
        assert_eq!(QualEpt::GLA_TRANSLATION_MASK as u64, 0x100u64);
        assert_eq!(QualEpt(0).with_gla_translation(true).0, QualEpt::GLA_TRANSLATION_MASK);
        assert!(QualEpt(!0).gla_translation());
        assert!(!QualEpt(!QualEpt::GLA_TRANSLATION_MASK).gla_translation());
        assert_eq!(QualEpt(!0).with_gla_translation(false).0, !QualEpt::GLA_TRANSLATION_MASK);
        assert_eq!(QualEpt::GLA_USER_MASK as u64, 0x200u64);
        assert_eq!(QualEpt(0).with_gla_user(true).0, QualEpt::GLA_USER_MASK);
        assert!(QualEpt(!0).gla_user());
        assert!(!QualEpt(!QualEpt::GLA_USER_MASK).gla_user());
        assert_eq!(QualEpt(!0).with_gla_user(false).0, !QualEpt::GLA_USER_MASK);
        assert_eq!(QualEpt::GLA_WRITABLE_MASK as u64, 0x400u64);
        assert_eq!(QualEpt(0).with_gla_writable(true).0, QualEpt::GLA_WRITABLE_MASK);
        assert!(QualEpt(!0).gla_writable());
        assert!(!QualEpt(!QualEpt::GLA_WRITABLE_MASK).gla_writable());
        assert_eq!(QualEpt(!0).with_gla_writable(false).0, !QualEpt::GLA_WRITABLE_MASK);
        assert_eq!(QualEpt::GLA_NX_MASK as u64, 0x800u64);
        assert_eq!(QualEpt(0).with_gla_nx(true).0, QualEpt::GLA_NX_MASK);
        assert!(QualEpt(!0).gla_nx());
        assert!(!QualEpt(!QualEpt::GLA_NX_MASK).gla_nx());
        assert_eq!(QualEpt(!0).with_gla_nx(false).0, !QualEpt::GLA_NX_MASK);
        assert_eq!(QualEpt::NMI_UNBLOCKING_MASK as u64, 0x1000u64);
        assert_eq!(QualEpt(0).with_nmi_unblocking(true).0, QualEpt::NMI_UNBLOCKING_MASK);
        assert!(QualEpt(!0).nmi_unblocking());
        assert!(!QualEpt(!QualEpt::NMI_UNBLOCKING_MASK).nmi_unblocking());
        assert_eq!(QualEpt(!0).with_nmi_unblocking(false).0, !QualEpt::NMI_UNBLOCKING_MASK);
        assert_eq!(QualEpt::SHADOW_STACK_MASK as u64, 0x2000u64);
        assert_eq!(QualEpt(0).with_shadow_stack(true).0, QualEpt::SHADOW_STACK_MASK);
        assert!(QualEpt(!0).shadow_stack());
        assert!(!QualEpt(!QualEpt::SHADOW_STACK_MASK).shadow_stack());
        assert_eq!(QualEpt(!0).with_shadow_stack(false).0, !QualEpt::SHADOW_STACK_MASK);
        assert_eq!(QualEpt::SUPERVISOR_SHADOW_STACK_MASK as u64, 0x4000u64);
        assert_eq!(QualEpt(0).with_supervisor_shadow_stack(true).0, QualEpt::SUPERVISOR_SHADOW_STACK_MASK);
        assert!(QualEpt(!0).supervisor_shadow_stack());
        assert!(!QualEpt(!QualEpt::SUPERVISOR_SHADOW_STACK_MASK).supervisor_shadow_stack());
        assert_eq!(QualEpt(!0).with_supervisor_shadow_stack(false).0, !QualEpt::SUPERVISOR_SHADOW_STACK_MASK);
    }

    /// Each field of access_rights alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn access_rights() {
        assert_eq!(AccessRights::TYPE_MASK as u64, 0xfu64);
        assert_eq!(AccessRights(0).with_type(0xf).0, AccessRights::TYPE_MASK);
        assert_eq!(AccessRights(!0).r#type(), 0xf);
        assert_eq!(AccessRights(!AccessRights::TYPE_MASK).r#type(), 0);
        assert_eq!(AccessRights(!0).with_type(0).0, !AccessRights::TYPE_MASK);
        assert_eq!(AccessRights::S_MASK as u64, 0x10u64);
        assert_eq!(AccessRights(0).with_s(true).0, AccessRights::S_MASK);
        assert!(AccessRights(!0).s());
        assert!(!AccessRights(!AccessRights::S_MASK).s());
        assert_eq!(AccessRights(!0).with_s(false).0, !AccessRights::S_MASK);
        assert_eq!(AccessRights::DPL_MASK as u64, 0x60u64);
        assert_eq!(AccessRights(0).with_dpl(0x3).0, AccessRights::DPL_MASK);
        assert_eq!(AccessRights(!0).dpl(), 0x3);
        assert_eq!(AccessRights(!AccessRights::DPL_MASK).dpl(), 0);
        assert_eq!(AccessRights(!0).with_dpl(0).0, !AccessRights::DPL_MASK);
        assert_eq!(AccessRights::P_MASK as u64, 0x80u64);
        assert_eq!(AccessRights(0).with_p(true).0, AccessRights::P_MASK);
        assert!(AccessRights(!0).p());
        assert!(!AccessRights(!AccessRights::P_MASK).p());
        assert_eq!(AccessRights(!0).with_p(false).0, !AccessRights::P_MASK);
        assert_eq!(AccessRights::AVL_MASK as u64, 0x1000u64);
        assert_eq!(AccessRights(0).with_avl(true).0, AccessRights::AVL_MASK);
        assert!(AccessRights(!0).avl());
        assert!(!AccessRights(!AccessRights::AVL_MASK).avl());
        assert_eq!(AccessRights(!0).with_avl(false).0, !AccessRights::AVL_MASK);
        assert_eq!(AccessRights::L_MASK as u64, 0x2000u64);
        assert_eq!(AccessRights(0).with_l(true).0, AccessRights::L_MASK);
        assert!(AccessRights(!0).l());
        assert!(!AccessRights(!AccessRights::L_MASK).l());
        assert_eq!(AccessRights(!0).with_l(false).0, !AccessRights::L_MASK);
        assert_eq!(AccessRights::DB_MASK as u64, 0x4000u64);
        assert_eq!(AccessRights(0).with_db(true).0, AccessRights::DB_MASK);
        assert!(AccessRights(!0).db());
        assert!(!AccessRights(!AccessRights::DB_MASK).db());
        assert_eq!(AccessRights(!0).with_db(false).0, !AccessRights::DB_MASK);
        assert_eq!(AccessRights::G_MASK as u64, 0x8000u64);
        assert_eq!(AccessRights(0).with_g(true).0, AccessRights::G_MASK);
        assert!(AccessRights(!0).g());
        assert!(!AccessRights(!AccessRights::G_MASK).g());
        assert_eq!(AccessRights(!0).with_g(false).0, !AccessRights::G_MASK);
        assert_eq!(AccessRights::UNUSABLE_MASK as u64, 0x10000u64);
        assert_eq!(AccessRights(0).with_unusable(true).0, AccessRights::UNUSABLE_MASK);
        assert!(AccessRights(!0).unusable());
        assert!(!AccessRights(!AccessRights::UNUSABLE_MASK).unusable());
        assert_eq!(AccessRights(!0).with_unusable(false).0, !AccessRights::UNUSABLE_MASK);
    }

    /// Each field of intr_state alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn intr_state() {
        assert_eq!(IntrState::STI_MASK as u64, 0x1u64);
        assert_eq!(IntrState(0).with_sti(true).0, IntrState::STI_MASK);
        assert!(IntrState(!0).sti());
        assert!(!IntrState(!IntrState::STI_MASK).sti());
        assert_eq!(IntrState(!0).with_sti(false).0, !IntrState::STI_MASK);
        assert_eq!(IntrState::MOV_SS_MASK as u64, 0x2u64);
        assert_eq!(IntrState(0).with_mov_ss(true).0, IntrState::MOV_SS_MASK);
        assert!(IntrState(!0).mov_ss());
        assert!(!IntrState(!IntrState::MOV_SS_MASK).mov_ss());
        assert_eq!(IntrState(!0).with_mov_ss(false).0, !IntrState::MOV_SS_MASK);
        assert_eq!(IntrState::SMI_MASK as u64, 0x4u64);
        assert_eq!(IntrState(0).with_smi(true).0, IntrState::SMI_MASK);
        assert!(IntrState(!0).smi());
        assert!(!IntrState(!IntrState::SMI_MASK).smi());
        assert_eq!(IntrState(!0).with_smi(false).0, !IntrState::SMI_MASK);
        assert_eq!(IntrState::NMI_MASK as u64, 0x8u64);
        assert_eq!(IntrState(0).with_nmi(true).0, IntrState::NMI_MASK);
        assert!(IntrState(!0).nmi());
        assert!(!IntrState(!IntrState::NMI_MASK).nmi());
        assert_eq!(IntrState(!0).with_nmi(false).0, !IntrState::NMI_MASK);
        assert_eq!(IntrState::ENCLAVE_MASK as u64, 0x10u64);
        assert_eq!(IntrState(0).with_enclave(true).0, IntrState::ENCLAVE_MASK);
        assert!(IntrState(!0).enclave());
        assert!(!IntrState(!IntrState::ENCLAVE_MASK).enclave());
        assert_eq!(IntrState(!0).with_enclave(false).0, !IntrState::ENCLAVE_MASK);
    }

    /// Each field of basic alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn basic() {
        assert_eq!(Basic::REVISION_ID_MASK as u64, 0x7fffffffu64);
        assert_eq!(Basic(0).with_revision_id(0x7fffffff).0, Basic::REVISION_ID_MASK);
        assert_eq!(Basic(!0).revision_id(), 0x7fffffff);
        assert_eq!(Basic(!Basic::REVISION_ID_MASK).revision_id(), 0);
        assert_eq!(Basic(!0).with_revision_id(0).0, !Basic::REVISION_ID_MASK);
        assert_eq!(Basic::REGION_SIZE_MASK as u64, 0x1fff00000000u64);
        assert_eq!(Basic(0).with_region_size(0x1fff).0, Basic::REGION_SIZE_MASK);
        assert_eq!(Basic(!0).region_size(), 0x1fff);
        assert_eq!(Basic(!Basic::REGION_SIZE_MASK).region_size(), 0);
        assert_eq!(Basic(!0).with_region_size(0).0, !Basic::REGION_SIZE_MASK);
        assert_eq!(Basic::PHYS32_MASK as u64, 0x1000000000000u64);
        assert_eq!(Basic(0).with_phys32(true).0, Basic::PHYS32_MASK);
        assert!(Basic(!0).phys32());
        assert!(!Basic(!Basic::PHYS32_MASK).phys32());
        assert_eq!(Basic(!0).with_phys32(false).0, !Basic::PHYS32_MASK);
        assert_eq!(Basic::DUAL_MONITOR_MASK as u64, 0x2000000000000u64);
        assert_eq!(Basic(0).with_dual_monitor(true).0, Basic::DUAL_MONITOR_MASK);
        assert!(Basic(!0).dual_monitor());
        assert!(!Basic(!Basic::DUAL_MONITOR_MASK).dual_monitor());
        assert_eq!(Basic(!0).with_dual_monitor(false).0, !Basic::DUAL_MONITOR_MASK);
        assert_eq!(Basic::MEMTYPE_MASK as u64, 0x3c000000000000u64);
        assert_eq!(Basic(0).with_memtype(0xf).0, Basic::MEMTYPE_MASK);
        assert_eq!(Basic(!0).memtype(), 0xf);
        assert_eq!(Basic(!Basic::MEMTYPE_MASK).memtype(), 0);
        assert_eq!(Basic(!0).with_memtype(0).0, !Basic::MEMTYPE_MASK);
        assert_eq!(Basic::INS_OUTS_MASK as u64, 0x40000000000000u64);
        assert_eq!(Basic(0).with_ins_outs(true).0, Basic::INS_OUTS_MASK);
        assert!(Basic(!0).ins_outs());
        assert!(!Basic(!Basic::INS_OUTS_MASK).ins_outs());
        assert_eq!(Basic(!0).with_ins_outs(false).0, !Basic::INS_OUTS_MASK);
        assert_eq!(Basic::TRUE_CTLS_MASK as u64, 0x80000000000000u64);
        assert_eq!(Basic(0).with_true_ctls(true).0, Basic::TRUE_CTLS_MASK);
        assert!(Basic(!0).true_ctls());
        assert!(!Basic(!Basic::TRUE_CTLS_MASK).true_ctls());
        assert_eq!(Basic(!0).with_true_ctls(false).0, !Basic::TRUE_CTLS_MASK);
        assert_eq!(Basic::NO_ERR_CODE_CHECK_MASK as u64, 0x100000000000000u64);
        assert_eq!(Basic(0).with_no_err_code_check(true).0, Basic::NO_ERR_CODE_CHECK_MASK);
        assert!(Basic(!0).no_err_code_check());
        assert!(!Basic(!Basic::NO_ERR_CODE_CHECK_MASK).no_err_code_check());
        assert_eq!(Basic(!0).with_no_err_code_check(false).0, !Basic::NO_ERR_CODE_CHECK_MASK);
        assert_eq!(Basic::NESTED_EXCEPTION_MASK as u64, 0x400000000000000u64);
        assert_eq!(Basic(0).with_nested_exception(true).0, Basic::NESTED_EXCEPTION_MASK);
        assert!(Basic(!0).nested_exception());
        assert!(!Basic(!Basic::NESTED_EXCEPTION_MASK).nested_exception());
        assert_eq!(Basic(!0).with_nested_exception(false).0, !Basic::NESTED_EXCEPTION_MASK);
    }

    /// Each field of misc alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn misc() {
        assert_eq!(Misc::PREEMPTION_TSC_BIT_MASK as u64, 0x1fu64);
        assert_eq!(Misc(0).with_preemption_tsc_bit(0x1f).0, Misc::PREEMPTION_TSC_BIT_MASK);
        assert_eq!(Misc(!0).preemption_tsc_bit(), 0x1f);
        assert_eq!(Misc(!Misc::PREEMPTION_TSC_BIT_MASK).preemption_tsc_bit(), 0);
        assert_eq!(Misc(!0).with_preemption_tsc_bit(0).0, !Misc::PREEMPTION_TSC_BIT_MASK);
        assert_eq!(Misc::STORE_LMA_MASK as u64, 0x20u64);
        assert_eq!(Misc(0).with_store_lma(true).0, Misc::STORE_LMA_MASK);
        assert!(Misc(!0).store_lma());
        assert!(!Misc(!Misc::STORE_LMA_MASK).store_lma());
        assert_eq!(Misc(!0).with_store_lma(false).0, !Misc::STORE_LMA_MASK);
        assert_eq!(Misc::ACTIVITY_HLT_MASK as u64, 0x40u64);
        assert_eq!(Misc(0).with_activity_hlt(true).0, Misc::ACTIVITY_HLT_MASK);
        assert!(Misc(!0).activity_hlt());
        assert!(!Misc(!Misc::ACTIVITY_HLT_MASK).activity_hlt());
        assert_eq!(Misc(!0).with_activity_hlt(false).0, !Misc::ACTIVITY_HLT_MASK);
        assert_eq!(Misc::ACTIVITY_SHUTDOWN_MASK as u64, 0x80u64);
        assert_eq!(Misc(0).with_activity_shutdown(true).0, Misc::ACTIVITY_SHUTDOWN_MASK);
        assert!(Misc(!0).activity_shutdown());
        assert!(!Misc(!Misc::ACTIVITY_SHUTDOWN_MASK).activity_shutdown());
        assert_eq!(Misc(!0).with_activity_shutdown(false).0, !Misc::ACTIVITY_SHUTDOWN_MASK);
        assert_eq!(Misc::ACTIVITY_WAIT_SIPI_MASK as u64, 0x100u64);
        assert_eq!(Misc(0).with_activity_wait_sipi(true).0, Misc::ACTIVITY_WAIT_SIPI_MASK);
        assert!(Misc(!0).activity_wait_sipi());
        assert!(!Misc(!Misc::ACTIVITY_WAIT_SIPI_MASK).activity_wait_sipi());
        assert_eq!(Misc(!0).with_activity_wait_sipi(false).0, !Misc::ACTIVITY_WAIT_SIPI_MASK);
        assert_eq!(Misc::PT_IN_VMX_MASK as u64, 0x4000u64);
        assert_eq!(Misc(0).with_pt_in_vmx(true).0, Misc::PT_IN_VMX_MASK);
        assert!(Misc(!0).pt_in_vmx());
        assert!(!Misc(!Misc::PT_IN_VMX_MASK).pt_in_vmx());
        assert_eq!(Misc(!0).with_pt_in_vmx(false).0, !Misc::PT_IN_VMX_MASK);
        assert_eq!(Misc::RDMSR_SMBASE_MASK as u64, 0x8000u64);
        assert_eq!(Misc(0).with_rdmsr_smbase(true).0, Misc::RDMSR_SMBASE_MASK);
        assert!(Misc(!0).rdmsr_smbase());
        assert!(!Misc(!Misc::RDMSR_SMBASE_MASK).rdmsr_smbase());
        assert_eq!(Misc(!0).with_rdmsr_smbase(false).0, !Misc::RDMSR_SMBASE_MASK);
        assert_eq!(Misc::CR3_TARGETS_MASK as u64, 0x1ff0000u64);
        assert_eq!(Misc(0).with_cr3_targets(0x1ff).0, Misc::CR3_TARGETS_MASK);
        assert_eq!(Misc(!0).cr3_targets(), 0x1ff);
        assert_eq!(Misc(!Misc::CR3_TARGETS_MASK).cr3_targets(), 0);
        assert_eq!(Misc(!0).with_cr3_targets(0).0, !Misc::CR3_TARGETS_MASK);
        assert_eq!(Misc::MAX_MSR_LIST_MASK as u64, 0xe000000u64);
        assert_eq!(Misc(0).with_max_msr_list(0x7).0, Misc::MAX_MSR_LIST_MASK);
        assert_eq!(Misc(!0).max_msr_list(), 0x7);
        assert_eq!(Misc(!Misc::MAX_MSR_LIST_MASK).max_msr_list(), 0);
        assert_eq!(Misc(!0).with_max_msr_list(0).0, !Misc::MAX_MSR_LIST_MASK);
        assert_eq!(Misc::SMM_MONITOR_CTL_B2_MASK as u64, 0x10000000u64);
        assert_eq!(Misc(0).with_smm_monitor_ctl_b2(true).0, Misc::SMM_MONITOR_CTL_B2_MASK);
        assert!(Misc(!0).smm_monitor_ctl_b2());
        assert!(!Misc(!Misc::SMM_MONITOR_CTL_B2_MASK).smm_monitor_ctl_b2());
        assert_eq!(Misc(!0).with_smm_monitor_ctl_b2(false).0, !Misc::SMM_MONITOR_CTL_B2_MASK);
        assert_eq!(Misc::VMWRITE_ANY_MASK as u64, 0x20000000u64);
        assert_eq!(Misc(0).with_vmwrite_any(true).0, Misc::VMWRITE_ANY_MASK);
        assert!(Misc(!0).vmwrite_any());
        assert!(!Misc(!Misc::VMWRITE_ANY_MASK).vmwrite_any());
        assert_eq!(Misc(!0).with_vmwrite_any(false).0, !Misc::VMWRITE_ANY_MASK);
        assert_eq!(Misc::INJECT_LEN0_MASK as u64, 0x40000000u64);
        assert_eq!(Misc(0).with_inject_len0(true).0, Misc::INJECT_LEN0_MASK);
        assert!(Misc(!0).inject_len0());
        assert!(!Misc(!Misc::INJECT_LEN0_MASK).inject_len0());
        assert_eq!(Misc(!0).with_inject_len0(false).0, !Misc::INJECT_LEN0_MASK);
        assert_eq!(Misc::MSEG_REVISION_MASK as u64, 0xffffffff00000000u64);
        assert_eq!(Misc(0).with_mseg_revision(0xffffffff).0, Misc::MSEG_REVISION_MASK);
        assert_eq!(Misc(!0).mseg_revision(), 0xffffffff);
        assert_eq!(Misc(!Misc::MSEG_REVISION_MASK).mseg_revision(), 0);
        assert_eq!(Misc(!0).with_mseg_revision(0).0, !Misc::MSEG_REVISION_MASK);
    }

    /// Each field of ept_vpid_cap alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn ept_vpid_cap() {
        assert_eq!(EptVpidCap::EPT_EXECUTE_ONLY_MASK as u64, 0x1u64);
        assert_eq!(EptVpidCap(0).with_ept_execute_only(true).0, EptVpidCap::EPT_EXECUTE_ONLY_MASK);
        assert!(EptVpidCap(!0).ept_execute_only());
        assert!(!EptVpidCap(!EptVpidCap::EPT_EXECUTE_ONLY_MASK).ept_execute_only());
        assert_eq!(EptVpidCap(!0).with_ept_execute_only(false).0, !EptVpidCap::EPT_EXECUTE_ONLY_MASK);
        assert_eq!(EptVpidCap::EPT_PAGE_WALK_LENGTH_4_MASK as u64, 0x40u64);
        assert_eq!(EptVpidCap(0).with_ept_page_walk_length_4(true).0, EptVpidCap::EPT_PAGE_WALK_LENGTH_4_MASK);
        assert!(EptVpidCap(!0).ept_page_walk_length_4());
        assert!(!EptVpidCap(!EptVpidCap::EPT_PAGE_WALK_LENGTH_4_MASK).ept_page_walk_length_4());
        assert_eq!(EptVpidCap(!0).with_ept_page_walk_length_4(false).0, !EptVpidCap::EPT_PAGE_WALK_LENGTH_4_MASK);
        assert_eq!(EptVpidCap::EPT_PAGE_WALK_LENGTH_5_MASK as u64, 0x80u64);
        assert_eq!(EptVpidCap(0).with_ept_page_walk_length_5(true).0, EptVpidCap::EPT_PAGE_WALK_LENGTH_5_MASK);
        assert!(EptVpidCap(!0).ept_page_walk_length_5());
        assert!(!EptVpidCap(!EptVpidCap::EPT_PAGE_WALK_LENGTH_5_MASK).ept_page_walk_length_5());
        assert_eq!(EptVpidCap(!0).with_ept_page_walk_length_5(false).0, !EptVpidCap::EPT_PAGE_WALK_LENGTH_5_MASK);
        assert_eq!(EptVpidCap::EPT_MEMORY_TYPE_UC_MASK as u64, 0x100u64);
        assert_eq!(EptVpidCap(0).with_ept_memory_type_uc(true).0, EptVpidCap::EPT_MEMORY_TYPE_UC_MASK);
        assert!(EptVpidCap(!0).ept_memory_type_uc());
        assert!(!EptVpidCap(!EptVpidCap::EPT_MEMORY_TYPE_UC_MASK).ept_memory_type_uc());
        assert_eq!(EptVpidCap(!0).with_ept_memory_type_uc(false).0, !EptVpidCap::EPT_MEMORY_TYPE_UC_MASK);
        assert_eq!(EptVpidCap::EPT_MEMORY_TYPE_WB_MASK as u64, 0x4000u64);
        assert_eq!(EptVpidCap(0).with_ept_memory_type_wb(true).0, EptVpidCap::EPT_MEMORY_TYPE_WB_MASK);
        assert!(EptVpidCap(!0).ept_memory_type_wb());
        assert!(!EptVpidCap(!EptVpidCap::EPT_MEMORY_TYPE_WB_MASK).ept_memory_type_wb());
        assert_eq!(EptVpidCap(!0).with_ept_memory_type_wb(false).0, !EptVpidCap::EPT_MEMORY_TYPE_WB_MASK);
        assert_eq!(EptVpidCap::EPT_2MB_PAGES_MASK as u64, 0x10000u64);
        assert_eq!(EptVpidCap(0).with_ept_2mb_pages(true).0, EptVpidCap::EPT_2MB_PAGES_MASK);
        assert!(EptVpidCap(!0).ept_2mb_pages());
        assert!(!EptVpidCap(!EptVpidCap::EPT_2MB_PAGES_MASK).ept_2mb_pages());
        assert_eq!(EptVpidCap(!0).with_ept_2mb_pages(false).0, !EptVpidCap::EPT_2MB_PAGES_MASK);
        assert_eq!(EptVpidCap::EPT_1GB_PAGES_MASK as u64, 0x20000u64);
        assert_eq!(EptVpidCap(0).with_ept_1gb_pages(true).0, EptVpidCap::EPT_1GB_PAGES_MASK);
        assert!(EptVpidCap(!0).ept_1gb_pages());
        assert!(!EptVpidCap(!EptVpidCap::EPT_1GB_PAGES_MASK).ept_1gb_pages());
        assert_eq!(EptVpidCap(!0).with_ept_1gb_pages(false).0, !EptVpidCap::EPT_1GB_PAGES_MASK);
        assert_eq!(EptVpidCap::INVEPT_MASK as u64, 0x100000u64);
        assert_eq!(EptVpidCap(0).with_invept(true).0, EptVpidCap::INVEPT_MASK);
        assert!(EptVpidCap(!0).invept());
        assert!(!EptVpidCap(!EptVpidCap::INVEPT_MASK).invept());
        assert_eq!(EptVpidCap(!0).with_invept(false).0, !EptVpidCap::INVEPT_MASK);
        assert_eq!(EptVpidCap::EPT_ACCESSED_DIRTY_FLAGS_MASK as u64, 0x200000u64);
        assert_eq!(EptVpidCap(0).with_ept_accessed_dirty_flags(true).0, EptVpidCap::EPT_ACCESSED_DIRTY_FLAGS_MASK);
        assert!(EptVpidCap(!0).ept_accessed_dirty_flags());
        assert!(!EptVpidCap(!EptVpidCap::EPT_ACCESSED_DIRTY_FLAGS_MASK).ept_accessed_dirty_flags());
        assert_eq!(EptVpidCap(!0).with_ept_accessed_dirty_flags(false).0, !EptVpidCap::EPT_ACCESSED_DIRTY_FLAGS_MASK);
        assert_eq!(EptVpidCap::EPT_ADVANCED_VM_EXIT_INFO_MASK as u64, 0x400000u64);
        assert_eq!(EptVpidCap(0).with_ept_advanced_vm_exit_info(true).0, EptVpidCap::EPT_ADVANCED_VM_EXIT_INFO_MASK);
        assert!(EptVpidCap(!0).ept_advanced_vm_exit_info());
        assert!(!EptVpidCap(!EptVpidCap::EPT_ADVANCED_VM_EXIT_INFO_MASK).ept_advanced_vm_exit_info());
        assert_eq!(EptVpidCap(!0).with_ept_advanced_vm_exit_info(false).0, !EptVpidCap::EPT_ADVANCED_VM_EXIT_INFO_MASK);
        assert_eq!(EptVpidCap::EPT_SUPERVISOR_SHADOW_STACK_MASK as u64, 0x800000u64);
        assert_eq!(EptVpidCap(0).with_ept_supervisor_shadow_stack(true).0, EptVpidCap::EPT_SUPERVISOR_SHADOW_STACK_MASK);
        assert!(EptVpidCap(!0).ept_supervisor_shadow_stack());
        assert!(!EptVpidCap(!EptVpidCap::EPT_SUPERVISOR_SHADOW_STACK_MASK).ept_supervisor_shadow_stack());
        assert_eq!(EptVpidCap(!0).with_ept_supervisor_shadow_stack(false).0, !EptVpidCap::EPT_SUPERVISOR_SHADOW_STACK_MASK);
        assert_eq!(EptVpidCap::INVEPT_SINGLE_CONTEXT_MASK as u64, 0x2000000u64);
        assert_eq!(EptVpidCap(0).with_invept_single_context(true).0, EptVpidCap::INVEPT_SINGLE_CONTEXT_MASK);
        assert!(EptVpidCap(!0).invept_single_context());
        assert!(!EptVpidCap(!EptVpidCap::INVEPT_SINGLE_CONTEXT_MASK).invept_single_context());
        assert_eq!(EptVpidCap(!0).with_invept_single_context(false).0, !EptVpidCap::INVEPT_SINGLE_CONTEXT_MASK);
        assert_eq!(EptVpidCap::INVEPT_ALL_CONTEXT_MASK as u64, 0x4000000u64);
        assert_eq!(EptVpidCap(0).with_invept_all_context(true).0, EptVpidCap::INVEPT_ALL_CONTEXT_MASK);
        assert!(EptVpidCap(!0).invept_all_context());
        assert!(!EptVpidCap(!EptVpidCap::INVEPT_ALL_CONTEXT_MASK).invept_all_context());
        assert_eq!(EptVpidCap(!0).with_invept_all_context(false).0, !EptVpidCap::INVEPT_ALL_CONTEXT_MASK);
        assert_eq!(EptVpidCap::INVVPID_MASK as u64, 0x100000000u64);
        assert_eq!(EptVpidCap(0).with_invvpid(true).0, EptVpidCap::INVVPID_MASK);
        assert!(EptVpidCap(!0).invvpid());
        assert!(!EptVpidCap(!EptVpidCap::INVVPID_MASK).invvpid());
        assert_eq!(EptVpidCap(!0).with_invvpid(false).0, !EptVpidCap::INVVPID_MASK);
        assert_eq!(EptVpidCap::INVVPID_INDIVIDUAL_ADDRESS_MASK as u64, 0x10000000000u64);
        assert_eq!(EptVpidCap(0).with_invvpid_individual_address(true).0, EptVpidCap::INVVPID_INDIVIDUAL_ADDRESS_MASK);
        assert!(EptVpidCap(!0).invvpid_individual_address());
        assert!(!EptVpidCap(!EptVpidCap::INVVPID_INDIVIDUAL_ADDRESS_MASK).invvpid_individual_address());
        assert_eq!(EptVpidCap(!0).with_invvpid_individual_address(false).0, !EptVpidCap::INVVPID_INDIVIDUAL_ADDRESS_MASK);
        assert_eq!(EptVpidCap::INVVPID_SINGLE_CONTEXT_MASK as u64, 0x20000000000u64);
        assert_eq!(EptVpidCap(0).with_invvpid_single_context(true).0, EptVpidCap::INVVPID_SINGLE_CONTEXT_MASK);
        assert!(EptVpidCap(!0).invvpid_single_context());
        assert!(!EptVpidCap(!EptVpidCap::INVVPID_SINGLE_CONTEXT_MASK).invvpid_single_context());
        assert_eq!(EptVpidCap(!0).with_invvpid_single_context(false).0, !EptVpidCap::INVVPID_SINGLE_CONTEXT_MASK);
        assert_eq!(EptVpidCap::INVVPID_ALL_CONTEXT_MASK as u64, 0x40000000000u64);
        assert_eq!(EptVpidCap(0).with_invvpid_all_context(true).0, EptVpidCap::INVVPID_ALL_CONTEXT_MASK);
        assert!(EptVpidCap(!0).invvpid_all_context());
        assert!(!EptVpidCap(!EptVpidCap::INVVPID_ALL_CONTEXT_MASK).invvpid_all_context());
        assert_eq!(EptVpidCap(!0).with_invvpid_all_context(false).0, !EptVpidCap::INVVPID_ALL_CONTEXT_MASK);
        assert_eq!(EptVpidCap::INVVPID_SINGLE_CONTEXT_RETAINING_GLOBALS_MASK as u64, 0x80000000000u64);
        assert_eq!(EptVpidCap(0).with_invvpid_single_context_retaining_globals(true).0, EptVpidCap::INVVPID_SINGLE_CONTEXT_RETAINING_GLOBALS_MASK);
        assert!(EptVpidCap(!0).invvpid_single_context_retaining_globals());
        assert!(!EptVpidCap(!EptVpidCap::INVVPID_SINGLE_CONTEXT_RETAINING_GLOBALS_MASK).invvpid_single_context_retaining_globals());
        assert_eq!(EptVpidCap(!0).with_invvpid_single_context_retaining_globals(false).0, !EptVpidCap::INVVPID_SINGLE_CONTEXT_RETAINING_GLOBALS_MASK);
        assert_eq!(EptVpidCap::MAX_HLAT_PREFIX_SIZE_MASK as u64, 0x3f000000000000u64);
        assert_eq!(EptVpidCap(0).with_max_hlat_prefix_size(0x3f).0, EptVpidCap::MAX_HLAT_PREFIX_SIZE_MASK);
        assert_eq!(EptVpidCap(!0).max_hlat_prefix_size(), 0x3f);
        assert_eq!(EptVpidCap(!EptVpidCap::MAX_HLAT_PREFIX_SIZE_MASK).max_hlat_prefix_size(), 0);
        assert_eq!(EptVpidCap(!0).with_max_hlat_prefix_size(0).0, !EptVpidCap::MAX_HLAT_PREFIX_SIZE_MASK);
    }
}
