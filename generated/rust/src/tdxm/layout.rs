// SPDX-License-Identifier: MIT
// DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
// (template gen/backends/rust/templates/layout.rs.j2).  Edit the spec and run make.

//! Bit layouts of Intel TDX module calls values (exit qualifications, MSR
//! values, register images, EPT entries) of up to 64 bits: a newtype each, with
//! a getter, a with_ setter and a mask per field, all const fns. A setter keeps
//! the bits of its field only: a value too wide for it is cut, as the C
//! header's setters do at run time.

/// the leaf function and its version (RAX on input). Intel TDX Module ABI
/// Specification "SEAMCALL Instruction (Common)" and "TDCALL Instruction
/// (Common)": RAX input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct LeafAndVersion(pub u64);

impl LeafAndVersion {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of leaf (bits 15:0).
    pub const LEAF_MASK: u64 = 0xffff;

    /// Bits 15:0: the leaf function number.
    pub const fn leaf(self) -> u16 {
        (self.0 >> 0 & 0xffff) as u16
    }

    /// The value with leaf (bits 15:0) set to `x`.
    #[must_use]
    pub const fn with_leaf(self, x: u16) -> Self {
        Self(self.0 & !Self::LEAF_MASK | (x as u64) << 0 & Self::LEAF_MASK)
    }

    /// The mask of version (bits 23:16).
    pub const VERSION_MASK: u64 = 0xff0000;

    /// Bits 23:16: the leaf's version (0 unless a leaf says otherwise).
    pub const fn version(self) -> u8 {
        (self.0 >> 16 & 0xff) as u8
    }

    /// The value with version (bits 23:16) set to `x`.
    #[must_use]
    pub const fn with_version(self, x: u8) -> Self {
        Self(self.0 & !Self::VERSION_MASK | (x as u64) << 16 & Self::VERSION_MASK)
    }
}

/// the completion status of a TDX module call (RAX on output). Intel TDX Module
/// ABI Specification "Function Completion Status Codes".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct CompletionStatus(pub u64);

impl CompletionStatus {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of details_l2 (bits 31:0).
    pub const DETAILS_L2_MASK: u64 = 0xffffffff;

    /// Bits 31:0: details, level 2: often the ID of the operand at fault (1 for RCX).
    pub const fn details_l2(self) -> u32 {
        (self.0 >> 0 & 0xffffffff) as u32
    }

    /// The value with details_l2 (bits 31:0) set to `x`.
    #[must_use]
    pub const fn with_details_l2(self, x: u32) -> Self {
        Self(self.0 & !Self::DETAILS_L2_MASK | (x as u64) << 0 & Self::DETAILS_L2_MASK)
    }

    /// The mask of details_l1 (bits 39:32).
    pub const DETAILS_L1_MASK: u64 = 0xff00000000;

    /// Bits 39:32: details, level 1: which status within the class.
    pub const fn details_l1(self) -> u8 {
        (self.0 >> 32 & 0xff) as u8
    }

    /// The value with details_l1 (bits 39:32) set to `x`.
    #[must_use]
    pub const fn with_details_l1(self, x: u8) -> Self {
        Self(self.0 & !Self::DETAILS_L1_MASK | (x as u64) << 32 & Self::DETAILS_L1_MASK)
    }

    /// The mask of class (bits 47:40).
    pub const CLASS_MASK: u64 = 0xff0000000000;
    /// class = 0: success, TD exits and interruptions (TDX_SUCCESS, TDX_NON_RECOVERABLE_VCPU, TDX_INTERRUPTED_RESUMABLE).
    pub const CLASS_GENERAL: u8 = 0;
    /// class = 1: an invalid operand (TDX_OPERAND_INVALID, TDX_OPERAND_ADDR_RANGE_ERROR).
    pub const CLASS_OPERAND: u8 = 1;
    /// class = 2: a resource is busy: retry (TDX_OPERAND_BUSY, TDX_SYS_BUSY, TDX_RND_NO_ENTROPY).
    pub const CLASS_BUSY: u8 = 2;
    /// class = 3: a page's metadata (TDX_PAGE_METADATA_INCORRECT, TDX_PAGE_ALREADY_FREE).
    pub const CLASS_PAGE: u8 = 3;
    /// class = 4: pages still belong to the TD (TDX_TD_ASSOCIATED_PAGES_EXIST).
    pub const CLASS_TD_PAGES: u8 = 4;
    /// class = 5: the module's initialization state (TDX_SYS_NOT_READY, TDX_SYS_LP_INIT_NOT_DONE).
    pub const CLASS_SYSTEM: u8 = 5;
    /// class = 6: the TD's state (TDX_TD_FATAL, TDX_LIFECYCLE_STATE_INCORRECT, TDX_OP_STATE_INCORRECT).
    pub const CLASS_TD: u8 = 6;
    /// class = 7: the VCPU's state (TDX_VCPU_STATE_INCORRECT, TDX_VCPU_NOT_ASSOCIATED).
    pub const CLASS_VCPU: u8 = 7;
    /// class = 8: key management (TDX_KEY_GENERATION_FAILED, TDX_KEY_CONFIGURED, TDX_FLUSHVP_NOT_DONE).
    pub const CLASS_KEY: u8 = 8;
    /// class = 9: the platform's configuration (TDX_INCORRECT_CPUID_VALUE, TDX_SMRR_NOT_LOCKED).
    pub const CLASS_CONFIG: u8 = 9;
    /// class = 10: TDMRs, PAMTs and CMRs (TDX_INVALID_TDMR, TDX_PAMT_OVERLAP).
    pub const CLASS_TDMR: u8 = 10;
    /// class = 11: the Secure EPT (TDX_EPT_WALK_FAILED, TDX_PAGE_ALREADY_ACCEPTED, TDX_PAGE_SIZE_MISMATCH).
    pub const CLASS_EPT: u8 = 11;
    /// class = 12: metadata fields (TDX_METADATA_FIELD_ID_INCORRECT, TDX_METADATA_FIELD_NOT_READABLE).
    pub const CLASS_METADATA: u8 = 12;
    /// class = 13: service TD binding (TDX_SERVTD_NOT_BOUND).
    pub const CLASS_SERVICE_TD: u8 = 13;
    /// class = 14: TD migration (TDX_INVALID_MBMD, TDX_TD_NOT_MIGRATABLE).
    pub const CLASS_MIGRATION: u8 = 14;
    /// class = 16: TD reports (TDX_INVALID_CPUSVN, TDX_INVALID_REPORTMACSTRUCT).
    pub const CLASS_REPORT: u8 = 16;
    /// class = 17: L2 VMs and pending interrupts (TDX_L2_EXIT_HOST_ROUTED_ASYNC, TDX_PENDING_INTERRUPT).
    pub const CLASS_L2: u8 = 17;
    /// class = 255: never used by the module: reserved for software (Linux's TDX_SW_ERROR, TDX_SEAMCALL_VMFAILINVALID).
    pub const CLASS_SOFTWARE: u8 = 255;

    /// Bits 47:40: the class of the status.
    pub const fn class(self) -> u8 {
        (self.0 >> 40 & 0xff) as u8
    }

    /// The value with class (bits 47:40) set to `x`.
    #[must_use]
    pub const fn with_class(self, x: u8) -> Self {
        Self(self.0 & !Self::CLASS_MASK | (x as u64) << 40 & Self::CLASS_MASK)
    }

    /// The mask of host_recoverability_hint (bits 60:60).
    pub const HOST_RECOVERABILITY_HINT_MASK: u64 = 0x1000000000000000;

    /// Bits 60:60: the host may recover the TD (TDH.VP.ENTER after an asynchronous exit).
    pub const fn host_recoverability_hint(self) -> bool {
        self.0 >> 60 & 1 != 0
    }

    /// The value with host_recoverability_hint (bits 60:60) set to `x`.
    #[must_use]
    pub const fn with_host_recoverability_hint(self, x: bool) -> Self {
        Self(self.0 & !Self::HOST_RECOVERABILITY_HINT_MASK | (x as u64) << 60 & Self::HOST_RECOVERABILITY_HINT_MASK)
    }

    /// The mask of fatal (bits 61:61).
    pub const FATAL_MASK: u64 = 0x2000000000000000;

    /// Bits 61:61: the TD is in a fatal state.
    pub const fn fatal(self) -> bool {
        self.0 >> 61 & 1 != 0
    }

    /// The value with fatal (bits 61:61) set to `x`.
    #[must_use]
    pub const fn with_fatal(self, x: bool) -> Self {
        Self(self.0 & !Self::FATAL_MASK | (x as u64) << 61 & Self::FATAL_MASK)
    }

    /// The mask of non_recoverable (bits 62:62).
    pub const NON_RECOVERABLE_MASK: u64 = 0x4000000000000000;

    /// Bits 62:62: the TD or VCPU cannot continue (Linux: TDX_NON_RECOVERABLE).
    pub const fn non_recoverable(self) -> bool {
        self.0 >> 62 & 1 != 0
    }

    /// The value with non_recoverable (bits 62:62) set to `x`.
    #[must_use]
    pub const fn with_non_recoverable(self, x: bool) -> Self {
        Self(self.0 & !Self::NON_RECOVERABLE_MASK | (x as u64) << 62 & Self::NON_RECOVERABLE_MASK)
    }

    /// The mask of error (bits 63:63).
    pub const ERROR_MASK: u64 = 0x8000000000000000;

    /// Bits 63:63: the call failed (Linux: TDX_ERROR); clear for success and for warnings such as TDX_KEY_CONFIGURED.
    pub const fn error(self) -> bool {
        self.0 >> 63 & 1 != 0
    }

    /// The value with error (bits 63:63) set to `x`.
    #[must_use]
    pub const fn with_error(self, x: bool) -> Self {
        Self(self.0 & !Self::ERROR_MASK | (x as u64) << 63 & Self::ERROR_MASK)
    }
}

/// a guest physical page and its mapping level (RCX). Intel TDX Module ABI
/// Specification "GPA and Level" operand of TDG.MEM.PAGE.ACCEPT.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct PageInfo(pub u64);

impl PageInfo {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of level (bits 2:0).
    pub const LEVEL_MASK: u64 = 0x7;
    /// level = 0: a 4-KByte page.
    pub const LEVEL_SIZE_4K: u8 = 0;
    /// level = 1: a 2-MByte page.
    pub const LEVEL_SIZE_2M: u8 = 1;
    /// level = 2: a 1-GByte page.
    pub const LEVEL_SIZE_1G: u8 = 2;

    /// Bits 2:0: the mapping level.
    pub const fn level(self) -> u8 {
        (self.0 >> 0 & 0x7) as u8
    }

    /// The value with level (bits 2:0) set to `x`.
    #[must_use]
    pub const fn with_level(self, x: u8) -> Self {
        Self(self.0 & !Self::LEVEL_MASK | (x as u64) << 0 & Self::LEVEL_MASK)
    }

    /// The mask of gpa_page (bits 51:12).
    pub const GPA_PAGE_MASK: u64 = 0xffffffffff000;

    /// Bits 51:12: bits 51:12 of the guest physical address (the address shifted right by 12).
    pub const fn gpa_page(self) -> u64 {
        (self.0 >> 12 & 0xffffffffff) as u64
    }

    /// The value with gpa_page (bits 51:12) set to `x`.
    #[must_use]
    pub const fn with_gpa_page(self, x: u64) -> Self {
        Self(self.0 & !Self::GPA_PAGE_MASK | (x as u64) << 12 & Self::GPA_PAGE_MASK)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each field of leaf_and_version alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn leaf_and_version() {
        assert_eq!(LeafAndVersion::LEAF_MASK as u64, 0xffffu64);
        assert_eq!(LeafAndVersion(0).with_leaf(0xffff).0, LeafAndVersion::LEAF_MASK);
        assert_eq!(LeafAndVersion(!0).leaf(), 0xffff);
        assert_eq!(LeafAndVersion(!LeafAndVersion::LEAF_MASK).leaf(), 0);
        assert_eq!(LeafAndVersion(!0).with_leaf(0).0, !LeafAndVersion::LEAF_MASK);
        assert_eq!(LeafAndVersion::VERSION_MASK as u64, 0xff0000u64);
        assert_eq!(LeafAndVersion(0).with_version(0xff).0, LeafAndVersion::VERSION_MASK);
        assert_eq!(LeafAndVersion(!0).version(), 0xff);
        assert_eq!(LeafAndVersion(!LeafAndVersion::VERSION_MASK).version(), 0);
        assert_eq!(LeafAndVersion(!0).with_version(0).0, !LeafAndVersion::VERSION_MASK);
    }

    /// Each field of completion_status alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn completion_status() {
        assert_eq!(CompletionStatus::DETAILS_L2_MASK as u64, 0xffffffffu64);
        assert_eq!(CompletionStatus(0).with_details_l2(0xffffffff).0, CompletionStatus::DETAILS_L2_MASK);
        assert_eq!(CompletionStatus(!0).details_l2(), 0xffffffff);
        assert_eq!(CompletionStatus(!CompletionStatus::DETAILS_L2_MASK).details_l2(), 0);
        assert_eq!(CompletionStatus(!0).with_details_l2(0).0, !CompletionStatus::DETAILS_L2_MASK);
        assert_eq!(CompletionStatus::DETAILS_L1_MASK as u64, 0xff00000000u64);
        assert_eq!(CompletionStatus(0).with_details_l1(0xff).0, CompletionStatus::DETAILS_L1_MASK);
        assert_eq!(CompletionStatus(!0).details_l1(), 0xff);
        assert_eq!(CompletionStatus(!CompletionStatus::DETAILS_L1_MASK).details_l1(), 0);
        assert_eq!(CompletionStatus(!0).with_details_l1(0).0, !CompletionStatus::DETAILS_L1_MASK);
        assert_eq!(CompletionStatus::CLASS_MASK as u64, 0xff0000000000u64);
        assert_eq!(CompletionStatus(0).with_class(0xff).0, CompletionStatus::CLASS_MASK);
        assert_eq!(CompletionStatus(!0).class(), 0xff);
        assert_eq!(CompletionStatus(!CompletionStatus::CLASS_MASK).class(), 0);
        assert_eq!(CompletionStatus(!0).with_class(0).0, !CompletionStatus::CLASS_MASK);
        assert_eq!(CompletionStatus::HOST_RECOVERABILITY_HINT_MASK as u64, 0x1000000000000000u64);
        assert_eq!(CompletionStatus(0).with_host_recoverability_hint(true).0, CompletionStatus::HOST_RECOVERABILITY_HINT_MASK);
        assert!(CompletionStatus(!0).host_recoverability_hint());
        assert!(!CompletionStatus(!CompletionStatus::HOST_RECOVERABILITY_HINT_MASK).host_recoverability_hint());
        assert_eq!(CompletionStatus(!0).with_host_recoverability_hint(false).0, !CompletionStatus::HOST_RECOVERABILITY_HINT_MASK);
        assert_eq!(CompletionStatus::FATAL_MASK as u64, 0x2000000000000000u64);
        assert_eq!(CompletionStatus(0).with_fatal(true).0, CompletionStatus::FATAL_MASK);
        assert!(CompletionStatus(!0).fatal());
        assert!(!CompletionStatus(!CompletionStatus::FATAL_MASK).fatal());
        assert_eq!(CompletionStatus(!0).with_fatal(false).0, !CompletionStatus::FATAL_MASK);
        assert_eq!(CompletionStatus::NON_RECOVERABLE_MASK as u64, 0x4000000000000000u64);
        assert_eq!(CompletionStatus(0).with_non_recoverable(true).0, CompletionStatus::NON_RECOVERABLE_MASK);
        assert!(CompletionStatus(!0).non_recoverable());
        assert!(!CompletionStatus(!CompletionStatus::NON_RECOVERABLE_MASK).non_recoverable());
        assert_eq!(CompletionStatus(!0).with_non_recoverable(false).0, !CompletionStatus::NON_RECOVERABLE_MASK);
        assert_eq!(CompletionStatus::ERROR_MASK as u64, 0x8000000000000000u64);
        assert_eq!(CompletionStatus(0).with_error(true).0, CompletionStatus::ERROR_MASK);
        assert!(CompletionStatus(!0).error());
        assert!(!CompletionStatus(!CompletionStatus::ERROR_MASK).error());
        assert_eq!(CompletionStatus(!0).with_error(false).0, !CompletionStatus::ERROR_MASK);
    }

    /// Each field of page_info alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn page_info() {
        assert_eq!(PageInfo::LEVEL_MASK as u64, 0x7u64);
        assert_eq!(PageInfo(0).with_level(0x7).0, PageInfo::LEVEL_MASK);
        assert_eq!(PageInfo(!0).level(), 0x7);
        assert_eq!(PageInfo(!PageInfo::LEVEL_MASK).level(), 0);
        assert_eq!(PageInfo(!0).with_level(0).0, !PageInfo::LEVEL_MASK);
        assert_eq!(PageInfo::GPA_PAGE_MASK as u64, 0xffffffffff000u64);
        assert_eq!(PageInfo(0).with_gpa_page(0xffffffffff).0, PageInfo::GPA_PAGE_MASK);
        assert_eq!(PageInfo(!0).gpa_page(), 0xffffffffff);
        assert_eq!(PageInfo(!PageInfo::GPA_PAGE_MASK).gpa_page(), 0);
        assert_eq!(PageInfo(!0).with_gpa_page(0).0, !PageInfo::GPA_PAGE_MASK);
    }
}
