// SPDX-License-Identifier: MIT
// DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
// (template gen/backends/rust/templates/vmcs.rs.j2).  Edit the spec and run make.

//! The VMCS fields of the VMX spec as a typed API. Each field is a constant
//! Field<T, A>: T is the type of its width (u16, u32, u64, or usize for natural
//! width) and A says whether it can be written. read() gives a T and write()
//! takes one, so a width mismatch does not compile, and a read-only field
//! (VM-exit information) has no write(): writing one does not compile either.
//! Both go through vmread() and vmwrite(); a 64-bit field takes two of them
//! (the field and its high half) in 32-bit code.

use core::fmt;
use core::marker::PhantomData;

use super::{VmFail, vmread, vmwrite};

mod sealed {
    pub trait Sealed {}
    impl Sealed for u16 {}
    impl Sealed for u32 {}
    impl Sealed for u64 {}
    impl Sealed for usize {}
    impl Sealed for super::ReadOnly {}
    impl Sealed for super::ReadWrite {}
}

/// A type a VMCS field holds: `u16`, `u32`, `u64` or `usize` (natural width).
pub trait FieldValue: Copy + sealed::Sealed {
    /// Bits 14:13 of the encoding of a field of this width.
    const WIDTH: u32;
    #[doc(hidden)]
    unsafe fn from_vmcs(encoding: u32) -> Result<Self, VmFail>;
    #[doc(hidden)]
    unsafe fn to_vmcs(encoding: u32, value: Self) -> Result<(), VmFail>;
}

macro_rules! narrow_value {
    ($t:ty, $width:expr) => {
        impl FieldValue for $t {
            const WIDTH: u32 = $width;
            #[inline(always)]
            unsafe fn from_vmcs(encoding: u32) -> Result<Self, VmFail> {
                let mut value = 0;
                vmread(encoding as usize, &mut value)?;
                Ok(value as $t)
            }
            #[inline(always)]
            unsafe fn to_vmcs(encoding: u32, value: Self) -> Result<(), VmFail> {
                vmwrite(encoding as usize, value as usize)
            }
        }
    };
}

narrow_value!(u16, 0);
narrow_value!(u32, 2);
narrow_value!(usize, 3);
#[cfg(target_pointer_width = "64")]
narrow_value!(u64, 1);

/// In 32-bit code a 64-bit field is two: the field, and its high half
/// (the encoding with bit 0, the access type, set).
#[cfg(target_pointer_width = "32")]
impl FieldValue for u64 {
    const WIDTH: u32 = 1;
    #[inline(always)]
    unsafe fn from_vmcs(encoding: u32) -> Result<Self, VmFail> {
        let (mut low, mut high) = (0, 0);
        vmread(encoding as usize, &mut low)?;
        vmread(encoding as usize | 1, &mut high)?;
        Ok(low as u64 | (high as u64) << 32)
    }
    #[inline(always)]
    unsafe fn to_vmcs(encoding: u32, value: Self) -> Result<(), VmFail> {
        vmwrite(encoding as usize, value as usize)?;
        vmwrite(encoding as usize | 1, (value >> 32) as usize)
    }
}

/// Whether a field can be written: [`ReadOnly`] or [`ReadWrite`].
pub trait Access: sealed::Sealed {
    /// A VM-exit information field: bits 11:10 of its encoding are 1.
    const READ_ONLY: bool;
}

/// A VM-exit information field: it has no `write()`.
pub enum ReadOnly {}
/// A field the VMM can write.
pub enum ReadWrite {}

impl Access for ReadOnly {
    const READ_ONLY: bool = true;
}
impl Access for ReadWrite {
    const READ_ONLY: bool = false;
}

/// A VMCS field: its encoding, holding a `T`, writable if `A` is [`ReadWrite`].
pub struct Field<T, A = ReadWrite> {
    encoding: u32,
    name: &'static str,
    _type: PhantomData<fn() -> (T, A)>,
}

impl<T, A> Clone for Field<T, A> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T, A> Copy for Field<T, A> {}

impl<T, A> fmt::Debug for Field<T, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({:#06x})", self.name, self.encoding)
    }
}

impl<T: FieldValue, A: Access> Field<T, A> {
    const fn new(encoding: u32, name: &'static str) -> Self {
        Field { encoding, name, _type: PhantomData }
    }

    /// The field's encoding, the operand of VMREAD and VMWRITE.
    pub const fn encoding(self) -> u32 {
        self.encoding
    }

    /// The spec's name of the field.
    pub const fn name(self) -> &'static str {
        self.name
    }

    /// Reads the field from the current VMCS.
    ///
    /// # Safety
    ///
    /// As [`vmread`](super::vmread): the processor state its instruction requires.
    #[inline(always)]
    pub unsafe fn read(self) -> Result<T, VmFail> {
        T::from_vmcs(self.encoding)
    }
}

impl<T: FieldValue> Field<T, ReadWrite> {
    /// Writes the field of the current VMCS.
    ///
    /// # Safety
    ///
    /// As [`vmwrite`](super::vmwrite): the processor state its instruction requires;
    /// the value takes effect at the next VM entry.
    #[inline(always)]
    pub unsafe fn write(self, value: T) -> Result<(), VmFail> {
        T::to_vmcs(self.encoding, value)
    }
}

/// 16-bit control field 0x0000, Intel SDM B.1.1.
pub const VIRTUAL_PROCESSOR_ID: Field<u16> = Field::new(0x0000, "virtual_processor_id");

/// 16-bit control field 0x0002, Intel SDM B.1.1.
pub const POSTED_INTERRUPT_NOTIFICATION_VECTOR: Field<u16> = Field::new(0x0002, "posted_interrupt_notification_vector");

/// 16-bit control field 0x0004, Intel SDM B.1.1.
pub const EPTP_INDEX: Field<u16> = Field::new(0x0004, "eptp_index");

/// 16-bit control field 0x0006, Intel SDM B.1.1.
pub const HLAT_PREFIX_SIZE: Field<u16> = Field::new(0x0006, "hlat_prefix_size");

/// 16-bit control field 0x0008, Intel SDM B.1.1.
pub const LAST_PID_POINTER_INDEX: Field<u16> = Field::new(0x0008, "last_pid_pointer_index");

/// 16-bit control field 0x000a, Intel SDM B.1.1.
pub const VIRTUAL_TIMER_VECTOR: Field<u16> = Field::new(0x000a, "virtual_timer_vector");

/// 16-bit guest-state field 0x0800, Intel SDM B.1.2.
pub const GUEST_ES_SELECTOR: Field<u16> = Field::new(0x0800, "guest_es_selector");

/// 16-bit guest-state field 0x0802, Intel SDM B.1.2.
pub const GUEST_CS_SELECTOR: Field<u16> = Field::new(0x0802, "guest_cs_selector");

/// 16-bit guest-state field 0x0804, Intel SDM B.1.2.
pub const GUEST_SS_SELECTOR: Field<u16> = Field::new(0x0804, "guest_ss_selector");

/// 16-bit guest-state field 0x0806, Intel SDM B.1.2.
pub const GUEST_DS_SELECTOR: Field<u16> = Field::new(0x0806, "guest_ds_selector");

/// 16-bit guest-state field 0x0808, Intel SDM B.1.2.
pub const GUEST_FS_SELECTOR: Field<u16> = Field::new(0x0808, "guest_fs_selector");

/// 16-bit guest-state field 0x080a, Intel SDM B.1.2.
pub const GUEST_GS_SELECTOR: Field<u16> = Field::new(0x080a, "guest_gs_selector");

/// 16-bit guest-state field 0x080c, Intel SDM B.1.2.
pub const GUEST_LDTR_SELECTOR: Field<u16> = Field::new(0x080c, "guest_ldtr_selector");

/// 16-bit guest-state field 0x080e, Intel SDM B.1.2.
pub const GUEST_TR_SELECTOR: Field<u16> = Field::new(0x080e, "guest_tr_selector");

/// 16-bit guest-state field 0x0810, Intel SDM B.1.2.
pub const GUEST_INTERRUPT_STATUS: Field<u16> = Field::new(0x0810, "guest_interrupt_status");

/// 16-bit guest-state field 0x0812, Intel SDM B.1.2.
pub const PML_INDEX: Field<u16> = Field::new(0x0812, "pml_index");

/// 16-bit guest-state field 0x0814, Intel SDM B.1.2.
pub const GUEST_UINV: Field<u16> = Field::new(0x0814, "guest_uinv");

/// 16-bit host-state field 0x0c00, Intel SDM B.1.3.
pub const HOST_ES_SELECTOR: Field<u16> = Field::new(0x0c00, "host_es_selector");

/// 16-bit host-state field 0x0c02, Intel SDM B.1.3.
pub const HOST_CS_SELECTOR: Field<u16> = Field::new(0x0c02, "host_cs_selector");

/// 16-bit host-state field 0x0c04, Intel SDM B.1.3.
pub const HOST_SS_SELECTOR: Field<u16> = Field::new(0x0c04, "host_ss_selector");

/// 16-bit host-state field 0x0c06, Intel SDM B.1.3.
pub const HOST_DS_SELECTOR: Field<u16> = Field::new(0x0c06, "host_ds_selector");

/// 16-bit host-state field 0x0c08, Intel SDM B.1.3.
pub const HOST_FS_SELECTOR: Field<u16> = Field::new(0x0c08, "host_fs_selector");

/// 16-bit host-state field 0x0c0a, Intel SDM B.1.3.
pub const HOST_GS_SELECTOR: Field<u16> = Field::new(0x0c0a, "host_gs_selector");

/// 16-bit host-state field 0x0c0c, Intel SDM B.1.3.
pub const HOST_TR_SELECTOR: Field<u16> = Field::new(0x0c0c, "host_tr_selector");

/// 64-bit control field 0x2000, Intel SDM B.2.1.
pub const IO_BITMAP_A_ADDRESS: Field<u64> = Field::new(0x2000, "io_bitmap_a_address");

/// 64-bit control field 0x2002, Intel SDM B.2.1.
pub const IO_BITMAP_B_ADDRESS: Field<u64> = Field::new(0x2002, "io_bitmap_b_address");

/// 64-bit control field 0x2004, Intel SDM B.2.1.
pub const MSR_BITMAPS_ADDRESS: Field<u64> = Field::new(0x2004, "msr_bitmaps_address");

/// 64-bit control field 0x2006, Intel SDM B.2.1.
pub const VM_EXIT_MSR_STORE_ADDRESS: Field<u64> = Field::new(0x2006, "vm_exit_msr_store_address");

/// 64-bit control field 0x2008, Intel SDM B.2.1.
pub const VM_EXIT_MSR_LOAD_ADDRESS: Field<u64> = Field::new(0x2008, "vm_exit_msr_load_address");

/// 64-bit control field 0x200a, Intel SDM B.2.1.
pub const VM_ENTRY_MSR_LOAD_ADDRESS: Field<u64> = Field::new(0x200a, "vm_entry_msr_load_address");

/// 64-bit control field 0x200c, Intel SDM B.2.1.
pub const EXECUTIVE_VMCS_POINTER: Field<u64> = Field::new(0x200c, "executive_vmcs_pointer");

/// 64-bit control field 0x200e, Intel SDM B.2.1.
pub const PML_ADDRESS: Field<u64> = Field::new(0x200e, "pml_address");

/// 64-bit control field 0x2010, Intel SDM B.2.1.
pub const TSC_OFFSET: Field<u64> = Field::new(0x2010, "tsc_offset");

/// 64-bit control field 0x2012, Intel SDM B.2.1.
pub const VIRTUAL_APIC_ADDRESS: Field<u64> = Field::new(0x2012, "virtual_apic_address");

/// 64-bit control field 0x2014, Intel SDM B.2.1.
pub const APIC_ACCESS_ADDRESS: Field<u64> = Field::new(0x2014, "apic_access_address");

/// 64-bit control field 0x2016, Intel SDM B.2.1.
pub const POSTED_INTERRUPT_DESCRIPTOR_ADDRESS: Field<u64> = Field::new(0x2016, "posted_interrupt_descriptor_address");

/// 64-bit control field 0x2018, Intel SDM B.2.1.
pub const VM_FUNCTION_CONTROLS: Field<u64> = Field::new(0x2018, "vm_function_controls");

/// 64-bit control field 0x201a, Intel SDM B.2.1.
pub const EPT_POINTER: Field<u64> = Field::new(0x201a, "ept_pointer");

/// 64-bit control field 0x201c, Intel SDM B.2.1.
pub const EOI_EXIT_BITMAP_0: Field<u64> = Field::new(0x201c, "eoi_exit_bitmap_0");

/// 64-bit control field 0x201e, Intel SDM B.2.1.
pub const EOI_EXIT_BITMAP_1: Field<u64> = Field::new(0x201e, "eoi_exit_bitmap_1");

/// 64-bit control field 0x2020, Intel SDM B.2.1.
pub const EOI_EXIT_BITMAP_2: Field<u64> = Field::new(0x2020, "eoi_exit_bitmap_2");

/// 64-bit control field 0x2022, Intel SDM B.2.1.
pub const EOI_EXIT_BITMAP_3: Field<u64> = Field::new(0x2022, "eoi_exit_bitmap_3");

/// 64-bit control field 0x2024, Intel SDM B.2.1.
pub const EPTP_LIST_ADDRESS: Field<u64> = Field::new(0x2024, "eptp_list_address");

/// 64-bit control field 0x2026, Intel SDM B.2.1.
pub const VMREAD_BITMAP_ADDRESS: Field<u64> = Field::new(0x2026, "vmread_bitmap_address");

/// 64-bit control field 0x2028, Intel SDM B.2.1.
pub const VMWRITE_BITMAP_ADDRESS: Field<u64> = Field::new(0x2028, "vmwrite_bitmap_address");

/// 64-bit control field 0x202a, Intel SDM B.2.1.
pub const VIRTUALIZATION_EXCEPTION_INFORMATION_ADDRESS: Field<u64> = Field::new(0x202a, "virtualization_exception_information_address");

/// 64-bit control field 0x202c, Intel SDM B.2.1.
pub const XSS_EXITING_BITMAP: Field<u64> = Field::new(0x202c, "xss_exiting_bitmap");

/// 64-bit control field 0x202e, Intel SDM B.2.1.
pub const ENCLS_EXITING_BITMAP: Field<u64> = Field::new(0x202e, "encls_exiting_bitmap");

/// 64-bit control field 0x2030, Intel SDM B.2.1.
pub const SUB_PAGE_PERMISSION_TABLE_POINTER: Field<u64> = Field::new(0x2030, "sub_page_permission_table_pointer");

/// 64-bit control field 0x2032, Intel SDM B.2.1.
pub const TSC_MULTIPLIER: Field<u64> = Field::new(0x2032, "tsc_multiplier");

/// 64-bit control field 0x2034, Intel SDM B.2.1.
pub const TERTIARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS: Field<u64> = Field::new(0x2034, "tertiary_processor_based_vm_execution_controls");

/// 64-bit control field 0x2036, Intel SDM B.2.1.
pub const ENCLV_EXITING_BITMAP: Field<u64> = Field::new(0x2036, "enclv_exiting_bitmap");

/// 64-bit control field 0x2038, Intel SDM B.2.1.
pub const LOW_PASID_DIRECTORY_ADDRESS: Field<u64> = Field::new(0x2038, "low_pasid_directory_address");

/// 64-bit control field 0x203a, Intel SDM B.2.1.
pub const HIGH_PASID_DIRECTORY_ADDRESS: Field<u64> = Field::new(0x203a, "high_pasid_directory_address");

/// 64-bit control field 0x203c, Intel SDM B.2.1.
pub const SHARED_EPTP: Field<u64> = Field::new(0x203c, "shared_eptp");

/// 64-bit control field 0x203e, Intel SDM B.2.1.
pub const PCONFIG_EXITING_BITMAP: Field<u64> = Field::new(0x203e, "pconfig_exiting_bitmap");

/// 64-bit control field 0x2040, Intel SDM B.2.1.
pub const HLATP: Field<u64> = Field::new(0x2040, "hlatp");

/// 64-bit control field 0x2042, Intel SDM B.2.1.
pub const PID_POINTER_TABLE_ADDRESS: Field<u64> = Field::new(0x2042, "pid_pointer_table_address");

/// 64-bit control field 0x2044, Intel SDM B.2.1.
pub const SECONDARY_VM_EXIT_CONTROLS: Field<u64> = Field::new(0x2044, "secondary_vm_exit_controls");

/// 64-bit control field 0x204a, Intel SDM B.2.1.
pub const IA32_SPEC_CTRL_MASK: Field<u64> = Field::new(0x204a, "ia32_spec_ctrl_mask");

/// 64-bit control field 0x204c, Intel SDM B.2.1.
pub const IA32_SPEC_CTRL_SHADOW: Field<u64> = Field::new(0x204c, "ia32_spec_ctrl_shadow");

/// 64-bit control field 0x204e, Intel SDM B.2.1.
pub const GUEST_DEADLINE_SHADOW: Field<u64> = Field::new(0x204e, "guest_deadline_shadow");

/// 64-bit control field 0x2052, Intel SDM B.2.1.
pub const INJECTED_EVENT_DATA: Field<u64> = Field::new(0x2052, "injected_event_data");

/// 64-bit VM-exit information field 0x2400 (read-only), Intel SDM B.2.2.
pub const GUEST_PHYSICAL_ADDRESS: Field<u64, ReadOnly> = Field::new(0x2400, "guest_physical_address");

/// 64-bit VM-exit information field 0x2404 (read-only), Intel SDM B.2.2.
pub const ORIGINAL_EVENT_DATA: Field<u64, ReadOnly> = Field::new(0x2404, "original_event_data");

/// 64-bit guest-state field 0x2800, Intel SDM B.2.3.
pub const VMCS_LINK_POINTER: Field<u64> = Field::new(0x2800, "vmcs_link_pointer");

/// 64-bit guest-state field 0x2802, Intel SDM B.2.3.
pub const GUEST_IA32_DEBUGCTL: Field<u64> = Field::new(0x2802, "guest_ia32_debugctl");

/// 64-bit guest-state field 0x2804, Intel SDM B.2.3.
pub const GUEST_IA32_PAT: Field<u64> = Field::new(0x2804, "guest_ia32_pat");

/// 64-bit guest-state field 0x2806, Intel SDM B.2.3.
pub const GUEST_IA32_EFER: Field<u64> = Field::new(0x2806, "guest_ia32_efer");

/// 64-bit guest-state field 0x2808, Intel SDM B.2.3.
pub const GUEST_IA32_PERF_GLOBAL_CTRL: Field<u64> = Field::new(0x2808, "guest_ia32_perf_global_ctrl");

/// 64-bit guest-state field 0x280a, Intel SDM B.2.3.
pub const GUEST_PDPTE0: Field<u64> = Field::new(0x280a, "guest_pdpte0");

/// 64-bit guest-state field 0x280c, Intel SDM B.2.3.
pub const GUEST_PDPTE1: Field<u64> = Field::new(0x280c, "guest_pdpte1");

/// 64-bit guest-state field 0x280e, Intel SDM B.2.3.
pub const GUEST_PDPTE2: Field<u64> = Field::new(0x280e, "guest_pdpte2");

/// 64-bit guest-state field 0x2810, Intel SDM B.2.3.
pub const GUEST_PDPTE3: Field<u64> = Field::new(0x2810, "guest_pdpte3");

/// 64-bit guest-state field 0x2812, Intel SDM B.2.3.
pub const GUEST_IA32_BNDCFGS: Field<u64> = Field::new(0x2812, "guest_ia32_bndcfgs");

/// 64-bit guest-state field 0x2814, Intel SDM B.2.3.
pub const GUEST_IA32_RTIT_CTL: Field<u64> = Field::new(0x2814, "guest_ia32_rtit_ctl");

/// 64-bit guest-state field 0x2816, Intel SDM B.2.3.
pub const GUEST_IA32_LBR_CTL: Field<u64> = Field::new(0x2816, "guest_ia32_lbr_ctl");

/// 64-bit guest-state field 0x2818, Intel SDM B.2.3.
pub const GUEST_IA32_PKRS: Field<u64> = Field::new(0x2818, "guest_ia32_pkrs");

/// 64-bit guest-state field 0x281a, Intel SDM B.2.3.
pub const GUEST_IA32_FRED_CONFIG: Field<u64> = Field::new(0x281a, "guest_ia32_fred_config");

/// 64-bit guest-state field 0x281c, Intel SDM B.2.3.
pub const GUEST_IA32_FRED_RSP1: Field<u64> = Field::new(0x281c, "guest_ia32_fred_rsp1");

/// 64-bit guest-state field 0x281e, Intel SDM B.2.3.
pub const GUEST_IA32_FRED_RSP2: Field<u64> = Field::new(0x281e, "guest_ia32_fred_rsp2");

/// 64-bit guest-state field 0x2820, Intel SDM B.2.3.
pub const GUEST_IA32_FRED_RSP3: Field<u64> = Field::new(0x2820, "guest_ia32_fred_rsp3");

/// 64-bit guest-state field 0x2822, Intel SDM B.2.3.
pub const GUEST_IA32_FRED_STKLVLS: Field<u64> = Field::new(0x2822, "guest_ia32_fred_stklvls");

/// 64-bit guest-state field 0x2824, Intel SDM B.2.3.
pub const GUEST_IA32_FRED_SSP1: Field<u64> = Field::new(0x2824, "guest_ia32_fred_ssp1");

/// 64-bit guest-state field 0x2826, Intel SDM B.2.3.
pub const GUEST_IA32_FRED_SSP2: Field<u64> = Field::new(0x2826, "guest_ia32_fred_ssp2");

/// 64-bit guest-state field 0x2828, Intel SDM B.2.3.
pub const GUEST_IA32_FRED_SSP3: Field<u64> = Field::new(0x2828, "guest_ia32_fred_ssp3");

/// 64-bit guest-state field 0x2830, Intel SDM B.2.3.
pub const GUEST_DEADLINE: Field<u64> = Field::new(0x2830, "guest_deadline");

/// 64-bit host-state field 0x2c00, Intel SDM B.2.4.
pub const HOST_IA32_PAT: Field<u64> = Field::new(0x2c00, "host_ia32_pat");

/// 64-bit host-state field 0x2c02, Intel SDM B.2.4.
pub const HOST_IA32_EFER: Field<u64> = Field::new(0x2c02, "host_ia32_efer");

/// 64-bit host-state field 0x2c04, Intel SDM B.2.4.
pub const HOST_IA32_PERF_GLOBAL_CTRL: Field<u64> = Field::new(0x2c04, "host_ia32_perf_global_ctrl");

/// 64-bit host-state field 0x2c06, Intel SDM B.2.4.
pub const HOST_IA32_PKRS: Field<u64> = Field::new(0x2c06, "host_ia32_pkrs");

/// 64-bit host-state field 0x2c08, Intel SDM B.2.4.
pub const HOST_IA32_FRED_CONFIG: Field<u64> = Field::new(0x2c08, "host_ia32_fred_config");

/// 64-bit host-state field 0x2c0a, Intel SDM B.2.4.
pub const HOST_IA32_FRED_RSP1: Field<u64> = Field::new(0x2c0a, "host_ia32_fred_rsp1");

/// 64-bit host-state field 0x2c0c, Intel SDM B.2.4.
pub const HOST_IA32_FRED_RSP2: Field<u64> = Field::new(0x2c0c, "host_ia32_fred_rsp2");

/// 64-bit host-state field 0x2c0e, Intel SDM B.2.4.
pub const HOST_IA32_FRED_RSP3: Field<u64> = Field::new(0x2c0e, "host_ia32_fred_rsp3");

/// 64-bit host-state field 0x2c10, Intel SDM B.2.4.
pub const HOST_IA32_FRED_STKLVLS: Field<u64> = Field::new(0x2c10, "host_ia32_fred_stklvls");

/// 64-bit host-state field 0x2c12, Intel SDM B.2.4.
pub const HOST_IA32_FRED_SSP1: Field<u64> = Field::new(0x2c12, "host_ia32_fred_ssp1");

/// 64-bit host-state field 0x2c14, Intel SDM B.2.4.
pub const HOST_IA32_FRED_SSP2: Field<u64> = Field::new(0x2c14, "host_ia32_fred_ssp2");

/// 64-bit host-state field 0x2c16, Intel SDM B.2.4.
pub const HOST_IA32_FRED_SSP3: Field<u64> = Field::new(0x2c16, "host_ia32_fred_ssp3");

/// 32-bit control field 0x4000, Intel SDM B.3.1.
pub const PIN_BASED_VM_EXECUTION_CONTROLS: Field<u32> = Field::new(0x4000, "pin_based_vm_execution_controls");

/// 32-bit control field 0x4002, Intel SDM B.3.1.
pub const PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS: Field<u32> = Field::new(0x4002, "primary_processor_based_vm_execution_controls");

/// 32-bit control field 0x4004, Intel SDM B.3.1.
pub const EXCEPTION_BITMAP: Field<u32> = Field::new(0x4004, "exception_bitmap");

/// 32-bit control field 0x4006, Intel SDM B.3.1.
pub const PAGE_FAULT_ERROR_CODE_MASK: Field<u32> = Field::new(0x4006, "page_fault_error_code_mask");

/// 32-bit control field 0x4008, Intel SDM B.3.1.
pub const PAGE_FAULT_ERROR_CODE_MATCH: Field<u32> = Field::new(0x4008, "page_fault_error_code_match");

/// 32-bit control field 0x400a, Intel SDM B.3.1.
pub const CR3_TARGET_COUNT: Field<u32> = Field::new(0x400a, "cr3_target_count");

/// 32-bit control field 0x400c, Intel SDM B.3.1.
pub const PRIMARY_VM_EXIT_CONTROLS: Field<u32> = Field::new(0x400c, "primary_vm_exit_controls");

/// 32-bit control field 0x400e, Intel SDM B.3.1.
pub const VM_EXIT_MSR_STORE_COUNT: Field<u32> = Field::new(0x400e, "vm_exit_msr_store_count");

/// 32-bit control field 0x4010, Intel SDM B.3.1.
pub const VM_EXIT_MSR_LOAD_COUNT: Field<u32> = Field::new(0x4010, "vm_exit_msr_load_count");

/// 32-bit control field 0x4012, Intel SDM B.3.1.
pub const VM_ENTRY_CONTROLS: Field<u32> = Field::new(0x4012, "vm_entry_controls");

/// 32-bit control field 0x4014, Intel SDM B.3.1.
pub const VM_ENTRY_MSR_LOAD_COUNT: Field<u32> = Field::new(0x4014, "vm_entry_msr_load_count");

/// 32-bit control field 0x4016, Intel SDM B.3.1.
pub const VM_ENTRY_INTERRUPTION_INFORMATION: Field<u32> = Field::new(0x4016, "vm_entry_interruption_information");

/// 32-bit control field 0x4018, Intel SDM B.3.1.
pub const VM_ENTRY_EXCEPTION_ERROR_CODE: Field<u32> = Field::new(0x4018, "vm_entry_exception_error_code");

/// 32-bit control field 0x401a, Intel SDM B.3.1.
pub const VM_ENTRY_INSTRUCTION_LENGTH: Field<u32> = Field::new(0x401a, "vm_entry_instruction_length");

/// 32-bit control field 0x401c, Intel SDM B.3.1.
pub const TPR_THRESHOLD: Field<u32> = Field::new(0x401c, "tpr_threshold");

/// 32-bit control field 0x401e, Intel SDM B.3.1.
pub const SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS: Field<u32> = Field::new(0x401e, "secondary_processor_based_vm_execution_controls");

/// 32-bit control field 0x4020, Intel SDM B.3.1.
pub const PLE_GAP: Field<u32> = Field::new(0x4020, "ple_gap");

/// 32-bit control field 0x4022, Intel SDM B.3.1.
pub const PLE_WINDOW: Field<u32> = Field::new(0x4022, "ple_window");

/// 32-bit control field 0x4024, Intel SDM B.3.1.
pub const INSTRUCTION_TIMEOUT_CONTROL: Field<u32> = Field::new(0x4024, "instruction_timeout_control");

/// 32-bit VM-exit information field 0x4400 (read-only), Intel SDM B.3.2.
pub const VM_INSTRUCTION_ERROR: Field<u32, ReadOnly> = Field::new(0x4400, "vm_instruction_error");

/// 32-bit VM-exit information field 0x4402 (read-only), Intel SDM B.3.2.
pub const EXIT_REASON: Field<u32, ReadOnly> = Field::new(0x4402, "exit_reason");

/// 32-bit VM-exit information field 0x4404 (read-only), Intel SDM B.3.2.
pub const VM_EXIT_INTERRUPTION_INFORMATION: Field<u32, ReadOnly> = Field::new(0x4404, "vm_exit_interruption_information");

/// 32-bit VM-exit information field 0x4406 (read-only), Intel SDM B.3.2.
pub const VM_EXIT_INTERRUPTION_ERROR_CODE: Field<u32, ReadOnly> = Field::new(0x4406, "vm_exit_interruption_error_code");

/// 32-bit VM-exit information field 0x4408 (read-only), Intel SDM B.3.2.
pub const IDT_VECTORING_INFORMATION: Field<u32, ReadOnly> = Field::new(0x4408, "idt_vectoring_information");

/// 32-bit VM-exit information field 0x440a (read-only), Intel SDM B.3.2.
pub const IDT_VECTORING_ERROR_CODE: Field<u32, ReadOnly> = Field::new(0x440a, "idt_vectoring_error_code");

/// 32-bit VM-exit information field 0x440c (read-only), Intel SDM B.3.2.
pub const VM_EXIT_INSTRUCTION_LENGTH: Field<u32, ReadOnly> = Field::new(0x440c, "vm_exit_instruction_length");

/// 32-bit VM-exit information field 0x440e (read-only), Intel SDM B.3.2.
pub const VM_EXIT_INSTRUCTION_INFORMATION: Field<u32, ReadOnly> = Field::new(0x440e, "vm_exit_instruction_information");

/// 32-bit guest-state field 0x4800, Intel SDM B.3.3.
pub const GUEST_ES_LIMIT: Field<u32> = Field::new(0x4800, "guest_es_limit");

/// 32-bit guest-state field 0x4802, Intel SDM B.3.3.
pub const GUEST_CS_LIMIT: Field<u32> = Field::new(0x4802, "guest_cs_limit");

/// 32-bit guest-state field 0x4804, Intel SDM B.3.3.
pub const GUEST_SS_LIMIT: Field<u32> = Field::new(0x4804, "guest_ss_limit");

/// 32-bit guest-state field 0x4806, Intel SDM B.3.3.
pub const GUEST_DS_LIMIT: Field<u32> = Field::new(0x4806, "guest_ds_limit");

/// 32-bit guest-state field 0x4808, Intel SDM B.3.3.
pub const GUEST_FS_LIMIT: Field<u32> = Field::new(0x4808, "guest_fs_limit");

/// 32-bit guest-state field 0x480a, Intel SDM B.3.3.
pub const GUEST_GS_LIMIT: Field<u32> = Field::new(0x480a, "guest_gs_limit");

/// 32-bit guest-state field 0x480c, Intel SDM B.3.3.
pub const GUEST_LDTR_LIMIT: Field<u32> = Field::new(0x480c, "guest_ldtr_limit");

/// 32-bit guest-state field 0x480e, Intel SDM B.3.3.
pub const GUEST_TR_LIMIT: Field<u32> = Field::new(0x480e, "guest_tr_limit");

/// 32-bit guest-state field 0x4810, Intel SDM B.3.3.
pub const GUEST_GDTR_LIMIT: Field<u32> = Field::new(0x4810, "guest_gdtr_limit");

/// 32-bit guest-state field 0x4812, Intel SDM B.3.3.
pub const GUEST_IDTR_LIMIT: Field<u32> = Field::new(0x4812, "guest_idtr_limit");

/// 32-bit guest-state field 0x4814, Intel SDM B.3.3.
pub const GUEST_ES_ACCESS_RIGHTS: Field<u32> = Field::new(0x4814, "guest_es_access_rights");

/// 32-bit guest-state field 0x4816, Intel SDM B.3.3.
pub const GUEST_CS_ACCESS_RIGHTS: Field<u32> = Field::new(0x4816, "guest_cs_access_rights");

/// 32-bit guest-state field 0x4818, Intel SDM B.3.3.
pub const GUEST_SS_ACCESS_RIGHTS: Field<u32> = Field::new(0x4818, "guest_ss_access_rights");

/// 32-bit guest-state field 0x481a, Intel SDM B.3.3.
pub const GUEST_DS_ACCESS_RIGHTS: Field<u32> = Field::new(0x481a, "guest_ds_access_rights");

/// 32-bit guest-state field 0x481c, Intel SDM B.3.3.
pub const GUEST_FS_ACCESS_RIGHTS: Field<u32> = Field::new(0x481c, "guest_fs_access_rights");

/// 32-bit guest-state field 0x481e, Intel SDM B.3.3.
pub const GUEST_GS_ACCESS_RIGHTS: Field<u32> = Field::new(0x481e, "guest_gs_access_rights");

/// 32-bit guest-state field 0x4820, Intel SDM B.3.3.
pub const GUEST_LDTR_ACCESS_RIGHTS: Field<u32> = Field::new(0x4820, "guest_ldtr_access_rights");

/// 32-bit guest-state field 0x4822, Intel SDM B.3.3.
pub const GUEST_TR_ACCESS_RIGHTS: Field<u32> = Field::new(0x4822, "guest_tr_access_rights");

/// 32-bit guest-state field 0x4824, Intel SDM B.3.3.
pub const GUEST_INTERRUPTIBILITY_STATE: Field<u32> = Field::new(0x4824, "guest_interruptibility_state");

/// 32-bit guest-state field 0x4826, Intel SDM B.3.3.
pub const GUEST_ACTIVITY_STATE: Field<u32> = Field::new(0x4826, "guest_activity_state");

/// 32-bit guest-state field 0x4828, Intel SDM B.3.3.
pub const GUEST_SMBASE: Field<u32> = Field::new(0x4828, "guest_smbase");

/// 32-bit guest-state field 0x482a, Intel SDM B.3.3.
pub const GUEST_IA32_SYSENTER_CS: Field<u32> = Field::new(0x482a, "guest_ia32_sysenter_cs");

/// 32-bit guest-state field 0x482e, Intel SDM B.3.3.
pub const VMX_PREEMPTION_TIMER_VALUE: Field<u32> = Field::new(0x482e, "vmx_preemption_timer_value");

/// 32-bit host-state field 0x4c00, Intel SDM B.3.4.
pub const HOST_IA32_SYSENTER_CS: Field<u32> = Field::new(0x4c00, "host_ia32_sysenter_cs");

/// natural-width control field 0x6000, Intel SDM B.4.1.
pub const CR0_GUEST_HOST_MASK: Field<usize> = Field::new(0x6000, "cr0_guest_host_mask");

/// natural-width control field 0x6002, Intel SDM B.4.1.
pub const CR4_GUEST_HOST_MASK: Field<usize> = Field::new(0x6002, "cr4_guest_host_mask");

/// natural-width control field 0x6004, Intel SDM B.4.1.
pub const CR0_READ_SHADOW: Field<usize> = Field::new(0x6004, "cr0_read_shadow");

/// natural-width control field 0x6006, Intel SDM B.4.1.
pub const CR4_READ_SHADOW: Field<usize> = Field::new(0x6006, "cr4_read_shadow");

/// natural-width control field 0x6008, Intel SDM B.4.1.
pub const CR3_TARGET_VALUE_0: Field<usize> = Field::new(0x6008, "cr3_target_value_0");

/// natural-width control field 0x600a, Intel SDM B.4.1.
pub const CR3_TARGET_VALUE_1: Field<usize> = Field::new(0x600a, "cr3_target_value_1");

/// natural-width control field 0x600c, Intel SDM B.4.1.
pub const CR3_TARGET_VALUE_2: Field<usize> = Field::new(0x600c, "cr3_target_value_2");

/// natural-width control field 0x600e, Intel SDM B.4.1.
pub const CR3_TARGET_VALUE_3: Field<usize> = Field::new(0x600e, "cr3_target_value_3");

/// natural-width VM-exit information field 0x6400 (read-only), Intel SDM B.4.2.
pub const EXIT_QUALIFICATION: Field<usize, ReadOnly> = Field::new(0x6400, "exit_qualification");

/// natural-width VM-exit information field 0x6402 (read-only), Intel SDM B.4.2.
pub const IO_RCX: Field<usize, ReadOnly> = Field::new(0x6402, "io_rcx");

/// natural-width VM-exit information field 0x6404 (read-only), Intel SDM B.4.2.
pub const IO_RSI: Field<usize, ReadOnly> = Field::new(0x6404, "io_rsi");

/// natural-width VM-exit information field 0x6406 (read-only), Intel SDM B.4.2.
pub const IO_RDI: Field<usize, ReadOnly> = Field::new(0x6406, "io_rdi");

/// natural-width VM-exit information field 0x6408 (read-only), Intel SDM B.4.2.
pub const IO_RIP: Field<usize, ReadOnly> = Field::new(0x6408, "io_rip");

/// natural-width VM-exit information field 0x640a (read-only), Intel SDM B.4.2.
pub const GUEST_LINEAR_ADDRESS: Field<usize, ReadOnly> = Field::new(0x640a, "guest_linear_address");

/// natural-width guest-state field 0x6800, Intel SDM B.4.3.
pub const GUEST_CR0: Field<usize> = Field::new(0x6800, "guest_cr0");

/// natural-width guest-state field 0x6802, Intel SDM B.4.3.
pub const GUEST_CR3: Field<usize> = Field::new(0x6802, "guest_cr3");

/// natural-width guest-state field 0x6804, Intel SDM B.4.3.
pub const GUEST_CR4: Field<usize> = Field::new(0x6804, "guest_cr4");

/// natural-width guest-state field 0x6806, Intel SDM B.4.3.
pub const GUEST_ES_BASE: Field<usize> = Field::new(0x6806, "guest_es_base");

/// natural-width guest-state field 0x6808, Intel SDM B.4.3.
pub const GUEST_CS_BASE: Field<usize> = Field::new(0x6808, "guest_cs_base");

/// natural-width guest-state field 0x680a, Intel SDM B.4.3.
pub const GUEST_SS_BASE: Field<usize> = Field::new(0x680a, "guest_ss_base");

/// natural-width guest-state field 0x680c, Intel SDM B.4.3.
pub const GUEST_DS_BASE: Field<usize> = Field::new(0x680c, "guest_ds_base");

/// natural-width guest-state field 0x680e, Intel SDM B.4.3.
pub const GUEST_FS_BASE: Field<usize> = Field::new(0x680e, "guest_fs_base");

/// natural-width guest-state field 0x6810, Intel SDM B.4.3.
pub const GUEST_GS_BASE: Field<usize> = Field::new(0x6810, "guest_gs_base");

/// natural-width guest-state field 0x6812, Intel SDM B.4.3.
pub const GUEST_LDTR_BASE: Field<usize> = Field::new(0x6812, "guest_ldtr_base");

/// natural-width guest-state field 0x6814, Intel SDM B.4.3.
pub const GUEST_TR_BASE: Field<usize> = Field::new(0x6814, "guest_tr_base");

/// natural-width guest-state field 0x6816, Intel SDM B.4.3.
pub const GUEST_GDTR_BASE: Field<usize> = Field::new(0x6816, "guest_gdtr_base");

/// natural-width guest-state field 0x6818, Intel SDM B.4.3.
pub const GUEST_IDTR_BASE: Field<usize> = Field::new(0x6818, "guest_idtr_base");

/// natural-width guest-state field 0x681a, Intel SDM B.4.3.
pub const GUEST_DR7: Field<usize> = Field::new(0x681a, "guest_dr7");

/// natural-width guest-state field 0x681c, Intel SDM B.4.3.
pub const GUEST_RSP: Field<usize> = Field::new(0x681c, "guest_rsp");

/// natural-width guest-state field 0x681e, Intel SDM B.4.3.
pub const GUEST_RIP: Field<usize> = Field::new(0x681e, "guest_rip");

/// natural-width guest-state field 0x6820, Intel SDM B.4.3.
pub const GUEST_RFLAGS: Field<usize> = Field::new(0x6820, "guest_rflags");

/// natural-width guest-state field 0x6822, Intel SDM B.4.3.
pub const GUEST_PENDING_DEBUG_EXCEPTIONS: Field<usize> = Field::new(0x6822, "guest_pending_debug_exceptions");

/// natural-width guest-state field 0x6824, Intel SDM B.4.3.
pub const GUEST_IA32_SYSENTER_ESP: Field<usize> = Field::new(0x6824, "guest_ia32_sysenter_esp");

/// natural-width guest-state field 0x6826, Intel SDM B.4.3.
pub const GUEST_IA32_SYSENTER_EIP: Field<usize> = Field::new(0x6826, "guest_ia32_sysenter_eip");

/// natural-width guest-state field 0x6828, Intel SDM B.4.3.
pub const GUEST_IA32_S_CET: Field<usize> = Field::new(0x6828, "guest_ia32_s_cet");

/// natural-width guest-state field 0x682a, Intel SDM B.4.3.
pub const GUEST_SSP: Field<usize> = Field::new(0x682a, "guest_ssp");

/// natural-width guest-state field 0x682c, Intel SDM B.4.3.
pub const GUEST_IA32_INTERRUPT_SSP_TABLE_ADDR: Field<usize> = Field::new(0x682c, "guest_ia32_interrupt_ssp_table_addr");

/// natural-width host-state field 0x6c00, Intel SDM B.4.4.
pub const HOST_CR0: Field<usize> = Field::new(0x6c00, "host_cr0");

/// natural-width host-state field 0x6c02, Intel SDM B.4.4.
pub const HOST_CR3: Field<usize> = Field::new(0x6c02, "host_cr3");

/// natural-width host-state field 0x6c04, Intel SDM B.4.4.
pub const HOST_CR4: Field<usize> = Field::new(0x6c04, "host_cr4");

/// natural-width host-state field 0x6c06, Intel SDM B.4.4.
pub const HOST_FS_BASE: Field<usize> = Field::new(0x6c06, "host_fs_base");

/// natural-width host-state field 0x6c08, Intel SDM B.4.4.
pub const HOST_GS_BASE: Field<usize> = Field::new(0x6c08, "host_gs_base");

/// natural-width host-state field 0x6c0a, Intel SDM B.4.4.
pub const HOST_TR_BASE: Field<usize> = Field::new(0x6c0a, "host_tr_base");

/// natural-width host-state field 0x6c0c, Intel SDM B.4.4.
pub const HOST_GDTR_BASE: Field<usize> = Field::new(0x6c0c, "host_gdtr_base");

/// natural-width host-state field 0x6c0e, Intel SDM B.4.4.
pub const HOST_IDTR_BASE: Field<usize> = Field::new(0x6c0e, "host_idtr_base");

/// natural-width host-state field 0x6c10, Intel SDM B.4.4.
pub const HOST_IA32_SYSENTER_ESP: Field<usize> = Field::new(0x6c10, "host_ia32_sysenter_esp");

/// natural-width host-state field 0x6c12, Intel SDM B.4.4.
pub const HOST_IA32_SYSENTER_EIP: Field<usize> = Field::new(0x6c12, "host_ia32_sysenter_eip");

/// natural-width host-state field 0x6c14, Intel SDM B.4.4.
pub const HOST_RSP: Field<usize> = Field::new(0x6c14, "host_rsp");

/// natural-width host-state field 0x6c16, Intel SDM B.4.4.
pub const HOST_RIP: Field<usize> = Field::new(0x6c16, "host_rip");

/// natural-width host-state field 0x6c18, Intel SDM B.4.4.
pub const HOST_IA32_S_CET: Field<usize> = Field::new(0x6c18, "host_ia32_s_cet");

/// natural-width host-state field 0x6c1a, Intel SDM B.4.4.
pub const HOST_SSP: Field<usize> = Field::new(0x6c1a, "host_ssp");

/// natural-width host-state field 0x6c1c, Intel SDM B.4.4.
pub const HOST_IA32_INTERRUPT_SSP_TABLE_ADDR: Field<usize> = Field::new(0x6c1c, "host_ia32_interrupt_ssp_table_addr");

/// The VM-instruction error number of the current VMCS: meaningful right
/// after a wrapper returned `Err(VmFail::Valid)`; 0 if there is no
/// current VMCS to read it from.
///
/// # Safety
///
/// As [`Field::read`].
#[inline(always)]
pub unsafe fn insn_error() -> u32 {
    match VM_INSTRUCTION_ERROR.read() {
        Ok(e) => e,
        Err(_) => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check<T: FieldValue, A: Access>(f: Field<T, A>, encoding: u32) {
        assert_eq!(f.encoding(), encoding, "{}", f.name());
        assert_eq!(f.encoding() >> 13 & 3, T::WIDTH, "{}: width", f.name());
        assert_eq!(f.encoding() >> 10 & 3 == 1, A::READ_ONLY, "{}: read-only", f.name());
    }

    /// Each field's type and access agree with the bits of its encoding.
    #[test]
    fn fields() {
        check(VIRTUAL_PROCESSOR_ID, 0x0000);
        check(POSTED_INTERRUPT_NOTIFICATION_VECTOR, 0x0002);
        check(EPTP_INDEX, 0x0004);
        check(HLAT_PREFIX_SIZE, 0x0006);
        check(LAST_PID_POINTER_INDEX, 0x0008);
        check(VIRTUAL_TIMER_VECTOR, 0x000a);
        check(GUEST_ES_SELECTOR, 0x0800);
        check(GUEST_CS_SELECTOR, 0x0802);
        check(GUEST_SS_SELECTOR, 0x0804);
        check(GUEST_DS_SELECTOR, 0x0806);
        check(GUEST_FS_SELECTOR, 0x0808);
        check(GUEST_GS_SELECTOR, 0x080a);
        check(GUEST_LDTR_SELECTOR, 0x080c);
        check(GUEST_TR_SELECTOR, 0x080e);
        check(GUEST_INTERRUPT_STATUS, 0x0810);
        check(PML_INDEX, 0x0812);
        check(GUEST_UINV, 0x0814);
        check(HOST_ES_SELECTOR, 0x0c00);
        check(HOST_CS_SELECTOR, 0x0c02);
        check(HOST_SS_SELECTOR, 0x0c04);
        check(HOST_DS_SELECTOR, 0x0c06);
        check(HOST_FS_SELECTOR, 0x0c08);
        check(HOST_GS_SELECTOR, 0x0c0a);
        check(HOST_TR_SELECTOR, 0x0c0c);
        check(IO_BITMAP_A_ADDRESS, 0x2000);
        check(IO_BITMAP_B_ADDRESS, 0x2002);
        check(MSR_BITMAPS_ADDRESS, 0x2004);
        check(VM_EXIT_MSR_STORE_ADDRESS, 0x2006);
        check(VM_EXIT_MSR_LOAD_ADDRESS, 0x2008);
        check(VM_ENTRY_MSR_LOAD_ADDRESS, 0x200a);
        check(EXECUTIVE_VMCS_POINTER, 0x200c);
        check(PML_ADDRESS, 0x200e);
        check(TSC_OFFSET, 0x2010);
        check(VIRTUAL_APIC_ADDRESS, 0x2012);
        check(APIC_ACCESS_ADDRESS, 0x2014);
        check(POSTED_INTERRUPT_DESCRIPTOR_ADDRESS, 0x2016);
        check(VM_FUNCTION_CONTROLS, 0x2018);
        check(EPT_POINTER, 0x201a);
        check(EOI_EXIT_BITMAP_0, 0x201c);
        check(EOI_EXIT_BITMAP_1, 0x201e);
        check(EOI_EXIT_BITMAP_2, 0x2020);
        check(EOI_EXIT_BITMAP_3, 0x2022);
        check(EPTP_LIST_ADDRESS, 0x2024);
        check(VMREAD_BITMAP_ADDRESS, 0x2026);
        check(VMWRITE_BITMAP_ADDRESS, 0x2028);
        check(VIRTUALIZATION_EXCEPTION_INFORMATION_ADDRESS, 0x202a);
        check(XSS_EXITING_BITMAP, 0x202c);
        check(ENCLS_EXITING_BITMAP, 0x202e);
        check(SUB_PAGE_PERMISSION_TABLE_POINTER, 0x2030);
        check(TSC_MULTIPLIER, 0x2032);
        check(TERTIARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, 0x2034);
        check(ENCLV_EXITING_BITMAP, 0x2036);
        check(LOW_PASID_DIRECTORY_ADDRESS, 0x2038);
        check(HIGH_PASID_DIRECTORY_ADDRESS, 0x203a);
        check(SHARED_EPTP, 0x203c);
        check(PCONFIG_EXITING_BITMAP, 0x203e);
        check(HLATP, 0x2040);
        check(PID_POINTER_TABLE_ADDRESS, 0x2042);
        check(SECONDARY_VM_EXIT_CONTROLS, 0x2044);
        check(IA32_SPEC_CTRL_MASK, 0x204a);
        check(IA32_SPEC_CTRL_SHADOW, 0x204c);
        check(GUEST_DEADLINE_SHADOW, 0x204e);
        check(INJECTED_EVENT_DATA, 0x2052);
        check(GUEST_PHYSICAL_ADDRESS, 0x2400);
        check(ORIGINAL_EVENT_DATA, 0x2404);
        check(VMCS_LINK_POINTER, 0x2800);
        check(GUEST_IA32_DEBUGCTL, 0x2802);
        check(GUEST_IA32_PAT, 0x2804);
        check(GUEST_IA32_EFER, 0x2806);
        check(GUEST_IA32_PERF_GLOBAL_CTRL, 0x2808);
        check(GUEST_PDPTE0, 0x280a);
        check(GUEST_PDPTE1, 0x280c);
        check(GUEST_PDPTE2, 0x280e);
        check(GUEST_PDPTE3, 0x2810);
        check(GUEST_IA32_BNDCFGS, 0x2812);
        check(GUEST_IA32_RTIT_CTL, 0x2814);
        check(GUEST_IA32_LBR_CTL, 0x2816);
        check(GUEST_IA32_PKRS, 0x2818);
        check(GUEST_IA32_FRED_CONFIG, 0x281a);
        check(GUEST_IA32_FRED_RSP1, 0x281c);
        check(GUEST_IA32_FRED_RSP2, 0x281e);
        check(GUEST_IA32_FRED_RSP3, 0x2820);
        check(GUEST_IA32_FRED_STKLVLS, 0x2822);
        check(GUEST_IA32_FRED_SSP1, 0x2824);
        check(GUEST_IA32_FRED_SSP2, 0x2826);
        check(GUEST_IA32_FRED_SSP3, 0x2828);
        check(GUEST_DEADLINE, 0x2830);
        check(HOST_IA32_PAT, 0x2c00);
        check(HOST_IA32_EFER, 0x2c02);
        check(HOST_IA32_PERF_GLOBAL_CTRL, 0x2c04);
        check(HOST_IA32_PKRS, 0x2c06);
        check(HOST_IA32_FRED_CONFIG, 0x2c08);
        check(HOST_IA32_FRED_RSP1, 0x2c0a);
        check(HOST_IA32_FRED_RSP2, 0x2c0c);
        check(HOST_IA32_FRED_RSP3, 0x2c0e);
        check(HOST_IA32_FRED_STKLVLS, 0x2c10);
        check(HOST_IA32_FRED_SSP1, 0x2c12);
        check(HOST_IA32_FRED_SSP2, 0x2c14);
        check(HOST_IA32_FRED_SSP3, 0x2c16);
        check(PIN_BASED_VM_EXECUTION_CONTROLS, 0x4000);
        check(PRIMARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, 0x4002);
        check(EXCEPTION_BITMAP, 0x4004);
        check(PAGE_FAULT_ERROR_CODE_MASK, 0x4006);
        check(PAGE_FAULT_ERROR_CODE_MATCH, 0x4008);
        check(CR3_TARGET_COUNT, 0x400a);
        check(PRIMARY_VM_EXIT_CONTROLS, 0x400c);
        check(VM_EXIT_MSR_STORE_COUNT, 0x400e);
        check(VM_EXIT_MSR_LOAD_COUNT, 0x4010);
        check(VM_ENTRY_CONTROLS, 0x4012);
        check(VM_ENTRY_MSR_LOAD_COUNT, 0x4014);
        check(VM_ENTRY_INTERRUPTION_INFORMATION, 0x4016);
        check(VM_ENTRY_EXCEPTION_ERROR_CODE, 0x4018);
        check(VM_ENTRY_INSTRUCTION_LENGTH, 0x401a);
        check(TPR_THRESHOLD, 0x401c);
        check(SECONDARY_PROCESSOR_BASED_VM_EXECUTION_CONTROLS, 0x401e);
        check(PLE_GAP, 0x4020);
        check(PLE_WINDOW, 0x4022);
        check(INSTRUCTION_TIMEOUT_CONTROL, 0x4024);
        check(VM_INSTRUCTION_ERROR, 0x4400);
        check(EXIT_REASON, 0x4402);
        check(VM_EXIT_INTERRUPTION_INFORMATION, 0x4404);
        check(VM_EXIT_INTERRUPTION_ERROR_CODE, 0x4406);
        check(IDT_VECTORING_INFORMATION, 0x4408);
        check(IDT_VECTORING_ERROR_CODE, 0x440a);
        check(VM_EXIT_INSTRUCTION_LENGTH, 0x440c);
        check(VM_EXIT_INSTRUCTION_INFORMATION, 0x440e);
        check(GUEST_ES_LIMIT, 0x4800);
        check(GUEST_CS_LIMIT, 0x4802);
        check(GUEST_SS_LIMIT, 0x4804);
        check(GUEST_DS_LIMIT, 0x4806);
        check(GUEST_FS_LIMIT, 0x4808);
        check(GUEST_GS_LIMIT, 0x480a);
        check(GUEST_LDTR_LIMIT, 0x480c);
        check(GUEST_TR_LIMIT, 0x480e);
        check(GUEST_GDTR_LIMIT, 0x4810);
        check(GUEST_IDTR_LIMIT, 0x4812);
        check(GUEST_ES_ACCESS_RIGHTS, 0x4814);
        check(GUEST_CS_ACCESS_RIGHTS, 0x4816);
        check(GUEST_SS_ACCESS_RIGHTS, 0x4818);
        check(GUEST_DS_ACCESS_RIGHTS, 0x481a);
        check(GUEST_FS_ACCESS_RIGHTS, 0x481c);
        check(GUEST_GS_ACCESS_RIGHTS, 0x481e);
        check(GUEST_LDTR_ACCESS_RIGHTS, 0x4820);
        check(GUEST_TR_ACCESS_RIGHTS, 0x4822);
        check(GUEST_INTERRUPTIBILITY_STATE, 0x4824);
        check(GUEST_ACTIVITY_STATE, 0x4826);
        check(GUEST_SMBASE, 0x4828);
        check(GUEST_IA32_SYSENTER_CS, 0x482a);
        check(VMX_PREEMPTION_TIMER_VALUE, 0x482e);
        check(HOST_IA32_SYSENTER_CS, 0x4c00);
        check(CR0_GUEST_HOST_MASK, 0x6000);
        check(CR4_GUEST_HOST_MASK, 0x6002);
        check(CR0_READ_SHADOW, 0x6004);
        check(CR4_READ_SHADOW, 0x6006);
        check(CR3_TARGET_VALUE_0, 0x6008);
        check(CR3_TARGET_VALUE_1, 0x600a);
        check(CR3_TARGET_VALUE_2, 0x600c);
        check(CR3_TARGET_VALUE_3, 0x600e);
        check(EXIT_QUALIFICATION, 0x6400);
        check(IO_RCX, 0x6402);
        check(IO_RSI, 0x6404);
        check(IO_RDI, 0x6406);
        check(IO_RIP, 0x6408);
        check(GUEST_LINEAR_ADDRESS, 0x640a);
        check(GUEST_CR0, 0x6800);
        check(GUEST_CR3, 0x6802);
        check(GUEST_CR4, 0x6804);
        check(GUEST_ES_BASE, 0x6806);
        check(GUEST_CS_BASE, 0x6808);
        check(GUEST_SS_BASE, 0x680a);
        check(GUEST_DS_BASE, 0x680c);
        check(GUEST_FS_BASE, 0x680e);
        check(GUEST_GS_BASE, 0x6810);
        check(GUEST_LDTR_BASE, 0x6812);
        check(GUEST_TR_BASE, 0x6814);
        check(GUEST_GDTR_BASE, 0x6816);
        check(GUEST_IDTR_BASE, 0x6818);
        check(GUEST_DR7, 0x681a);
        check(GUEST_RSP, 0x681c);
        check(GUEST_RIP, 0x681e);
        check(GUEST_RFLAGS, 0x6820);
        check(GUEST_PENDING_DEBUG_EXCEPTIONS, 0x6822);
        check(GUEST_IA32_SYSENTER_ESP, 0x6824);
        check(GUEST_IA32_SYSENTER_EIP, 0x6826);
        check(GUEST_IA32_S_CET, 0x6828);
        check(GUEST_SSP, 0x682a);
        check(GUEST_IA32_INTERRUPT_SSP_TABLE_ADDR, 0x682c);
        check(HOST_CR0, 0x6c00);
        check(HOST_CR3, 0x6c02);
        check(HOST_CR4, 0x6c04);
        check(HOST_FS_BASE, 0x6c06);
        check(HOST_GS_BASE, 0x6c08);
        check(HOST_TR_BASE, 0x6c0a);
        check(HOST_GDTR_BASE, 0x6c0c);
        check(HOST_IDTR_BASE, 0x6c0e);
        check(HOST_IA32_SYSENTER_ESP, 0x6c10);
        check(HOST_IA32_SYSENTER_EIP, 0x6c12);
        check(HOST_RSP, 0x6c14);
        check(HOST_RIP, 0x6c16);
        check(HOST_IA32_S_CET, 0x6c18);
        check(HOST_SSP, 0x6c1a);
        check(HOST_IA32_INTERRUPT_SSP_TABLE_ADDR, 0x6c1c);
    }
}
