// SPDX-License-Identifier: MIT
// DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
// (template gen/backends/rust/templates/layout.rs.j2).  Edit the spec and run make.

//! Bit layouts of AMD SVM values (exit qualifications, MSR values, register
//! images, EPT entries) of up to 64 bits: a newtype each, with a getter, a
//! with_ setter and a mask per field, all const fns. A setter keeps the bits of
//! its field only: a value too wide for it is cut, as the C header's setters do
//! at run time.

/// CPUID 8000_0001h ECX, extended feature flags: the SVM bit. AMD APM Vol. 3,
/// Appendix E.4.2 (Function 8000_0001h); Vol. 2, Section 15.4.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct CpuidExtEcx(pub u32);

impl CpuidExtEcx {
    /// The layout over a raw value.
    pub const fn new(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// The mask of svm (bits 2:2).
    pub const SVM_MASK: u32 = 0x4;

    /// Bits 2:2: SVM: secure virtual machine (VMRUN ..).
    pub const fn svm(self) -> bool {
        self.0 >> 2 & 1 != 0
    }

    /// The value with svm (bits 2:2) set to `x`.
    #[must_use]
    pub const fn with_svm(self, x: bool) -> Self {
        Self(self.0 & !Self::SVM_MASK | (x as u32) << 2 & Self::SVM_MASK)
    }
}

/// CPUID 8000_000Ah EAX: the SVM revision. AMD APM Vol. 3, Appendix E.4.9
/// (Function 8000_000Ah).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct CpuidSvmEax(pub u32);

impl CpuidSvmEax {
    /// The layout over a raw value.
    pub const fn new(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// The mask of svm_rev (bits 7:0).
    pub const SVM_REV_MASK: u32 = 0xff;

    /// Bits 7:0: SVM revision number.
    pub const fn svm_rev(self) -> u8 {
        (self.0 >> 0 & 0xff) as u8
    }

    /// The value with svm_rev (bits 7:0) set to `x`.
    #[must_use]
    pub const fn with_svm_rev(self, x: u8) -> Self {
        Self(self.0 & !Self::SVM_REV_MASK | (x as u32) << 0 & Self::SVM_REV_MASK)
    }
}

/// CPUID 8000_000Ah EBX: the number of ASIDs. AMD APM Vol. 3, Appendix E.4.9
/// (Function 8000_000Ah).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct CpuidSvmEbx(pub u32);

impl CpuidSvmEbx {
    /// The layout over a raw value.
    pub const fn new(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// The mask of nasid (bits 31:0).
    pub const NASID_MASK: u32 = 0xffffffff;

    /// Bits 31:0: number of address space identifiers (ASID 0 is the host's).
    pub const fn nasid(self) -> u32 {
        (self.0 >> 0 & 0xffffffff) as u32
    }

    /// The value with nasid (bits 31:0) set to `x`.
    #[must_use]
    pub const fn with_nasid(self, x: u32) -> Self {
        Self(self.0 & !Self::NASID_MASK | (x as u32) << 0 & Self::NASID_MASK)
    }
}

/// CPUID 8000_000Ah EDX: SVM features. AMD APM Vol. 3, Appendix E.4.9 (Function
/// 8000_000Ah), Table E-5.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct CpuidSvmEdx(pub u32);

impl CpuidSvmEdx {
    /// The layout over a raw value.
    pub const fn new(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// The mask of np (bits 0:0).
    pub const NP_MASK: u32 = 0x1;

    /// Bits 0:0: nested paging (NP).
    pub const fn np(self) -> bool {
        self.0 >> 0 & 1 != 0
    }

    /// The value with np (bits 0:0) set to `x`.
    #[must_use]
    pub const fn with_np(self, x: bool) -> Self {
        Self(self.0 & !Self::NP_MASK | (x as u32) << 0 & Self::NP_MASK)
    }

    /// The mask of lbr_virt (bits 1:1).
    pub const LBR_VIRT_MASK: u32 = 0x2;

    /// Bits 1:1: LBR virtualization (LbrVirt).
    pub const fn lbr_virt(self) -> bool {
        self.0 >> 1 & 1 != 0
    }

    /// The value with lbr_virt (bits 1:1) set to `x`.
    #[must_use]
    pub const fn with_lbr_virt(self, x: bool) -> Self {
        Self(self.0 & !Self::LBR_VIRT_MASK | (x as u32) << 1 & Self::LBR_VIRT_MASK)
    }

    /// The mask of svml (bits 2:2).
    pub const SVML_MASK: u32 = 0x4;

    /// Bits 2:2: SVM lock: VM_CR.SVMDIS can be locked (SVML).
    pub const fn svml(self) -> bool {
        self.0 >> 2 & 1 != 0
    }

    /// The value with svml (bits 2:2) set to `x`.
    #[must_use]
    pub const fn with_svml(self, x: bool) -> Self {
        Self(self.0 & !Self::SVML_MASK | (x as u32) << 2 & Self::SVML_MASK)
    }

    /// The mask of nrips (bits 3:3).
    pub const NRIPS_MASK: u32 = 0x8;

    /// Bits 3:3: next RIP saved at #VMEXIT (NRIPS).
    pub const fn nrips(self) -> bool {
        self.0 >> 3 & 1 != 0
    }

    /// The value with nrips (bits 3:3) set to `x`.
    #[must_use]
    pub const fn with_nrips(self, x: bool) -> Self {
        Self(self.0 & !Self::NRIPS_MASK | (x as u32) << 3 & Self::NRIPS_MASK)
    }

    /// The mask of tsc_rate_msr (bits 4:4).
    pub const TSC_RATE_MSR_MASK: u32 = 0x10;

    /// Bits 4:4: MSR-based TSC rate control (TscRateMsr).
    pub const fn tsc_rate_msr(self) -> bool {
        self.0 >> 4 & 1 != 0
    }

    /// The value with tsc_rate_msr (bits 4:4) set to `x`.
    #[must_use]
    pub const fn with_tsc_rate_msr(self, x: bool) -> Self {
        Self(self.0 & !Self::TSC_RATE_MSR_MASK | (x as u32) << 4 & Self::TSC_RATE_MSR_MASK)
    }

    /// The mask of vmcb_clean (bits 5:5).
    pub const VMCB_CLEAN_MASK: u32 = 0x20;

    /// Bits 5:5: VMCB clean bits (VmcbClean).
    pub const fn vmcb_clean(self) -> bool {
        self.0 >> 5 & 1 != 0
    }

    /// The value with vmcb_clean (bits 5:5) set to `x`.
    #[must_use]
    pub const fn with_vmcb_clean(self, x: bool) -> Self {
        Self(self.0 & !Self::VMCB_CLEAN_MASK | (x as u32) << 5 & Self::VMCB_CLEAN_MASK)
    }

    /// The mask of flush_by_asid (bits 6:6).
    pub const FLUSH_BY_ASID_MASK: u32 = 0x40;

    /// Bits 6:6: TLB_CONTROL flushes by ASID (FlushByAsid).
    pub const fn flush_by_asid(self) -> bool {
        self.0 >> 6 & 1 != 0
    }

    /// The value with flush_by_asid (bits 6:6) set to `x`.
    #[must_use]
    pub const fn with_flush_by_asid(self, x: bool) -> Self {
        Self(self.0 & !Self::FLUSH_BY_ASID_MASK | (x as u32) << 6 & Self::FLUSH_BY_ASID_MASK)
    }

    /// The mask of decode_assists (bits 7:7).
    pub const DECODE_ASSISTS_MASK: u32 = 0x80;

    /// Bits 7:7: decode assists (DecodeAssists).
    pub const fn decode_assists(self) -> bool {
        self.0 >> 7 & 1 != 0
    }

    /// The value with decode_assists (bits 7:7) set to `x`.
    #[must_use]
    pub const fn with_decode_assists(self, x: bool) -> Self {
        Self(self.0 & !Self::DECODE_ASSISTS_MASK | (x as u32) << 7 & Self::DECODE_ASSISTS_MASK)
    }

    /// The mask of pause_filter (bits 10:10).
    pub const PAUSE_FILTER_MASK: u32 = 0x400;

    /// Bits 10:10: PAUSE intercept filter (PauseFilter).
    pub const fn pause_filter(self) -> bool {
        self.0 >> 10 & 1 != 0
    }

    /// The value with pause_filter (bits 10:10) set to `x`.
    #[must_use]
    pub const fn with_pause_filter(self, x: bool) -> Self {
        Self(self.0 & !Self::PAUSE_FILTER_MASK | (x as u32) << 10 & Self::PAUSE_FILTER_MASK)
    }

    /// The mask of pause_filter_threshold (bits 12:12).
    pub const PAUSE_FILTER_THRESHOLD_MASK: u32 = 0x1000;

    /// Bits 12:12: PAUSE filter threshold (PauseFilterThreshold).
    pub const fn pause_filter_threshold(self) -> bool {
        self.0 >> 12 & 1 != 0
    }

    /// The value with pause_filter_threshold (bits 12:12) set to `x`.
    #[must_use]
    pub const fn with_pause_filter_threshold(self, x: bool) -> Self {
        Self(self.0 & !Self::PAUSE_FILTER_THRESHOLD_MASK | (x as u32) << 12 & Self::PAUSE_FILTER_THRESHOLD_MASK)
    }

    /// The mask of avic (bits 13:13).
    pub const AVIC_MASK: u32 = 0x2000;

    /// Bits 13:13: AMD virtual interrupt controller (AVIC).
    pub const fn avic(self) -> bool {
        self.0 >> 13 & 1 != 0
    }

    /// The value with avic (bits 13:13) set to `x`.
    #[must_use]
    pub const fn with_avic(self, x: bool) -> Self {
        Self(self.0 & !Self::AVIC_MASK | (x as u32) << 13 & Self::AVIC_MASK)
    }

    /// The mask of v_vmsave_vmload (bits 15:15).
    pub const V_VMSAVE_VMLOAD_MASK: u32 = 0x8000;

    /// Bits 15:15: virtualized VMSAVE and VMLOAD (VMSAVEvirt).
    pub const fn v_vmsave_vmload(self) -> bool {
        self.0 >> 15 & 1 != 0
    }

    /// The value with v_vmsave_vmload (bits 15:15) set to `x`.
    #[must_use]
    pub const fn with_v_vmsave_vmload(self, x: bool) -> Self {
        Self(self.0 & !Self::V_VMSAVE_VMLOAD_MASK | (x as u32) << 15 & Self::V_VMSAVE_VMLOAD_MASK)
    }

    /// The mask of vgif (bits 16:16).
    pub const VGIF_MASK: u32 = 0x10000;

    /// Bits 16:16: virtual GIF (VGIF).
    pub const fn vgif(self) -> bool {
        self.0 >> 16 & 1 != 0
    }

    /// The value with vgif (bits 16:16) set to `x`.
    #[must_use]
    pub const fn with_vgif(self, x: bool) -> Self {
        Self(self.0 & !Self::VGIF_MASK | (x as u32) << 16 & Self::VGIF_MASK)
    }

    /// The mask of gmet (bits 17:17).
    pub const GMET_MASK: u32 = 0x20000;

    /// Bits 17:17: guest mode execute trap (GMET).
    pub const fn gmet(self) -> bool {
        self.0 >> 17 & 1 != 0
    }

    /// The value with gmet (bits 17:17) set to `x`.
    #[must_use]
    pub const fn with_gmet(self, x: bool) -> Self {
        Self(self.0 & !Self::GMET_MASK | (x as u32) << 17 & Self::GMET_MASK)
    }

    /// The mask of spec_ctrl (bits 20:20).
    pub const SPEC_CTRL_MASK: u32 = 0x100000;

    /// Bits 20:20: SPEC_CTRL virtualization (SpecCtrl).
    pub const fn spec_ctrl(self) -> bool {
        self.0 >> 20 & 1 != 0
    }

    /// The value with spec_ctrl (bits 20:20) set to `x`.
    #[must_use]
    pub const fn with_spec_ctrl(self, x: bool) -> Self {
        Self(self.0 & !Self::SPEC_CTRL_MASK | (x as u32) << 20 & Self::SPEC_CTRL_MASK)
    }

    /// The mask of vnmi (bits 25:25).
    pub const VNMI_MASK: u32 = 0x2000000;

    /// Bits 25:25: virtual NMI (vNMI).
    pub const fn vnmi(self) -> bool {
        self.0 >> 25 & 1 != 0
    }

    /// The value with vnmi (bits 25:25) set to `x`.
    #[must_use]
    pub const fn with_vnmi(self, x: bool) -> Self {
        Self(self.0 & !Self::VNMI_MASK | (x as u32) << 25 & Self::VNMI_MASK)
    }

    /// The mask of bus_lock_threshold (bits 29:29).
    pub const BUS_LOCK_THRESHOLD_MASK: u32 = 0x20000000;

    /// Bits 29:29: bus lock threshold (BusLockThreshold).
    pub const fn bus_lock_threshold(self) -> bool {
        self.0 >> 29 & 1 != 0
    }

    /// The value with bus_lock_threshold (bits 29:29) set to `x`.
    #[must_use]
    pub const fn with_bus_lock_threshold(self, x: bool) -> Self {
        Self(self.0 & !Self::BUS_LOCK_THRESHOLD_MASK | (x as u32) << 29 & Self::BUS_LOCK_THRESHOLD_MASK)
    }

    /// The mask of idle_hlt (bits 30:30).
    pub const IDLE_HLT_MASK: u32 = 0x40000000;

    /// Bits 30:30: idle HLT intercept (IdleHltIntercept).
    pub const fn idle_hlt(self) -> bool {
        self.0 >> 30 & 1 != 0
    }

    /// The value with idle_hlt (bits 30:30) set to `x`.
    #[must_use]
    pub const fn with_idle_hlt(self, x: bool) -> Self {
        Self(self.0 & !Self::IDLE_HLT_MASK | (x as u32) << 30 & Self::IDLE_HLT_MASK)
    }
}

/// CR intercepts (VMCB 000h). AMD APM Vol. 2, Table B-1 (000h); Section 15.9
/// (Intercept Operation).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct InterceptCr(pub u32);

impl InterceptCr {
    /// The layout over a raw value.
    pub const fn new(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// The mask of cr0_read (bits 0:0).
    pub const CR0_READ_MASK: u32 = 0x1;

    /// Bits 0:0: intercept reads of CR0.
    pub const fn cr0_read(self) -> bool {
        self.0 >> 0 & 1 != 0
    }

    /// The value with cr0_read (bits 0:0) set to `x`.
    #[must_use]
    pub const fn with_cr0_read(self, x: bool) -> Self {
        Self(self.0 & !Self::CR0_READ_MASK | (x as u32) << 0 & Self::CR0_READ_MASK)
    }

    /// The mask of cr1_read (bits 1:1).
    pub const CR1_READ_MASK: u32 = 0x2;

    /// Bits 1:1: intercept reads of CR1.
    pub const fn cr1_read(self) -> bool {
        self.0 >> 1 & 1 != 0
    }

    /// The value with cr1_read (bits 1:1) set to `x`.
    #[must_use]
    pub const fn with_cr1_read(self, x: bool) -> Self {
        Self(self.0 & !Self::CR1_READ_MASK | (x as u32) << 1 & Self::CR1_READ_MASK)
    }

    /// The mask of cr2_read (bits 2:2).
    pub const CR2_READ_MASK: u32 = 0x4;

    /// Bits 2:2: intercept reads of CR2.
    pub const fn cr2_read(self) -> bool {
        self.0 >> 2 & 1 != 0
    }

    /// The value with cr2_read (bits 2:2) set to `x`.
    #[must_use]
    pub const fn with_cr2_read(self, x: bool) -> Self {
        Self(self.0 & !Self::CR2_READ_MASK | (x as u32) << 2 & Self::CR2_READ_MASK)
    }

    /// The mask of cr3_read (bits 3:3).
    pub const CR3_READ_MASK: u32 = 0x8;

    /// Bits 3:3: intercept reads of CR3.
    pub const fn cr3_read(self) -> bool {
        self.0 >> 3 & 1 != 0
    }

    /// The value with cr3_read (bits 3:3) set to `x`.
    #[must_use]
    pub const fn with_cr3_read(self, x: bool) -> Self {
        Self(self.0 & !Self::CR3_READ_MASK | (x as u32) << 3 & Self::CR3_READ_MASK)
    }

    /// The mask of cr4_read (bits 4:4).
    pub const CR4_READ_MASK: u32 = 0x10;

    /// Bits 4:4: intercept reads of CR4.
    pub const fn cr4_read(self) -> bool {
        self.0 >> 4 & 1 != 0
    }

    /// The value with cr4_read (bits 4:4) set to `x`.
    #[must_use]
    pub const fn with_cr4_read(self, x: bool) -> Self {
        Self(self.0 & !Self::CR4_READ_MASK | (x as u32) << 4 & Self::CR4_READ_MASK)
    }

    /// The mask of cr5_read (bits 5:5).
    pub const CR5_READ_MASK: u32 = 0x20;

    /// Bits 5:5: intercept reads of CR5.
    pub const fn cr5_read(self) -> bool {
        self.0 >> 5 & 1 != 0
    }

    /// The value with cr5_read (bits 5:5) set to `x`.
    #[must_use]
    pub const fn with_cr5_read(self, x: bool) -> Self {
        Self(self.0 & !Self::CR5_READ_MASK | (x as u32) << 5 & Self::CR5_READ_MASK)
    }

    /// The mask of cr6_read (bits 6:6).
    pub const CR6_READ_MASK: u32 = 0x40;

    /// Bits 6:6: intercept reads of CR6.
    pub const fn cr6_read(self) -> bool {
        self.0 >> 6 & 1 != 0
    }

    /// The value with cr6_read (bits 6:6) set to `x`.
    #[must_use]
    pub const fn with_cr6_read(self, x: bool) -> Self {
        Self(self.0 & !Self::CR6_READ_MASK | (x as u32) << 6 & Self::CR6_READ_MASK)
    }

    /// The mask of cr7_read (bits 7:7).
    pub const CR7_READ_MASK: u32 = 0x80;

    /// Bits 7:7: intercept reads of CR7.
    pub const fn cr7_read(self) -> bool {
        self.0 >> 7 & 1 != 0
    }

    /// The value with cr7_read (bits 7:7) set to `x`.
    #[must_use]
    pub const fn with_cr7_read(self, x: bool) -> Self {
        Self(self.0 & !Self::CR7_READ_MASK | (x as u32) << 7 & Self::CR7_READ_MASK)
    }

    /// The mask of cr8_read (bits 8:8).
    pub const CR8_READ_MASK: u32 = 0x100;

    /// Bits 8:8: intercept reads of CR8.
    pub const fn cr8_read(self) -> bool {
        self.0 >> 8 & 1 != 0
    }

    /// The value with cr8_read (bits 8:8) set to `x`.
    #[must_use]
    pub const fn with_cr8_read(self, x: bool) -> Self {
        Self(self.0 & !Self::CR8_READ_MASK | (x as u32) << 8 & Self::CR8_READ_MASK)
    }

    /// The mask of cr9_read (bits 9:9).
    pub const CR9_READ_MASK: u32 = 0x200;

    /// Bits 9:9: intercept reads of CR9.
    pub const fn cr9_read(self) -> bool {
        self.0 >> 9 & 1 != 0
    }

    /// The value with cr9_read (bits 9:9) set to `x`.
    #[must_use]
    pub const fn with_cr9_read(self, x: bool) -> Self {
        Self(self.0 & !Self::CR9_READ_MASK | (x as u32) << 9 & Self::CR9_READ_MASK)
    }

    /// The mask of cr10_read (bits 10:10).
    pub const CR10_READ_MASK: u32 = 0x400;

    /// Bits 10:10: intercept reads of CR10.
    pub const fn cr10_read(self) -> bool {
        self.0 >> 10 & 1 != 0
    }

    /// The value with cr10_read (bits 10:10) set to `x`.
    #[must_use]
    pub const fn with_cr10_read(self, x: bool) -> Self {
        Self(self.0 & !Self::CR10_READ_MASK | (x as u32) << 10 & Self::CR10_READ_MASK)
    }

    /// The mask of cr11_read (bits 11:11).
    pub const CR11_READ_MASK: u32 = 0x800;

    /// Bits 11:11: intercept reads of CR11.
    pub const fn cr11_read(self) -> bool {
        self.0 >> 11 & 1 != 0
    }

    /// The value with cr11_read (bits 11:11) set to `x`.
    #[must_use]
    pub const fn with_cr11_read(self, x: bool) -> Self {
        Self(self.0 & !Self::CR11_READ_MASK | (x as u32) << 11 & Self::CR11_READ_MASK)
    }

    /// The mask of cr12_read (bits 12:12).
    pub const CR12_READ_MASK: u32 = 0x1000;

    /// Bits 12:12: intercept reads of CR12.
    pub const fn cr12_read(self) -> bool {
        self.0 >> 12 & 1 != 0
    }

    /// The value with cr12_read (bits 12:12) set to `x`.
    #[must_use]
    pub const fn with_cr12_read(self, x: bool) -> Self {
        Self(self.0 & !Self::CR12_READ_MASK | (x as u32) << 12 & Self::CR12_READ_MASK)
    }

    /// The mask of cr13_read (bits 13:13).
    pub const CR13_READ_MASK: u32 = 0x2000;

    /// Bits 13:13: intercept reads of CR13.
    pub const fn cr13_read(self) -> bool {
        self.0 >> 13 & 1 != 0
    }

    /// The value with cr13_read (bits 13:13) set to `x`.
    #[must_use]
    pub const fn with_cr13_read(self, x: bool) -> Self {
        Self(self.0 & !Self::CR13_READ_MASK | (x as u32) << 13 & Self::CR13_READ_MASK)
    }

    /// The mask of cr14_read (bits 14:14).
    pub const CR14_READ_MASK: u32 = 0x4000;

    /// Bits 14:14: intercept reads of CR14.
    pub const fn cr14_read(self) -> bool {
        self.0 >> 14 & 1 != 0
    }

    /// The value with cr14_read (bits 14:14) set to `x`.
    #[must_use]
    pub const fn with_cr14_read(self, x: bool) -> Self {
        Self(self.0 & !Self::CR14_READ_MASK | (x as u32) << 14 & Self::CR14_READ_MASK)
    }

    /// The mask of cr15_read (bits 15:15).
    pub const CR15_READ_MASK: u32 = 0x8000;

    /// Bits 15:15: intercept reads of CR15.
    pub const fn cr15_read(self) -> bool {
        self.0 >> 15 & 1 != 0
    }

    /// The value with cr15_read (bits 15:15) set to `x`.
    #[must_use]
    pub const fn with_cr15_read(self, x: bool) -> Self {
        Self(self.0 & !Self::CR15_READ_MASK | (x as u32) << 15 & Self::CR15_READ_MASK)
    }

    /// The mask of cr0_write (bits 16:16).
    pub const CR0_WRITE_MASK: u32 = 0x10000;

    /// Bits 16:16: intercept writes of CR0.
    pub const fn cr0_write(self) -> bool {
        self.0 >> 16 & 1 != 0
    }

    /// The value with cr0_write (bits 16:16) set to `x`.
    #[must_use]
    pub const fn with_cr0_write(self, x: bool) -> Self {
        Self(self.0 & !Self::CR0_WRITE_MASK | (x as u32) << 16 & Self::CR0_WRITE_MASK)
    }

    /// The mask of cr1_write (bits 17:17).
    pub const CR1_WRITE_MASK: u32 = 0x20000;

    /// Bits 17:17: intercept writes of CR1.
    pub const fn cr1_write(self) -> bool {
        self.0 >> 17 & 1 != 0
    }

    /// The value with cr1_write (bits 17:17) set to `x`.
    #[must_use]
    pub const fn with_cr1_write(self, x: bool) -> Self {
        Self(self.0 & !Self::CR1_WRITE_MASK | (x as u32) << 17 & Self::CR1_WRITE_MASK)
    }

    /// The mask of cr2_write (bits 18:18).
    pub const CR2_WRITE_MASK: u32 = 0x40000;

    /// Bits 18:18: intercept writes of CR2.
    pub const fn cr2_write(self) -> bool {
        self.0 >> 18 & 1 != 0
    }

    /// The value with cr2_write (bits 18:18) set to `x`.
    #[must_use]
    pub const fn with_cr2_write(self, x: bool) -> Self {
        Self(self.0 & !Self::CR2_WRITE_MASK | (x as u32) << 18 & Self::CR2_WRITE_MASK)
    }

    /// The mask of cr3_write (bits 19:19).
    pub const CR3_WRITE_MASK: u32 = 0x80000;

    /// Bits 19:19: intercept writes of CR3.
    pub const fn cr3_write(self) -> bool {
        self.0 >> 19 & 1 != 0
    }

    /// The value with cr3_write (bits 19:19) set to `x`.
    #[must_use]
    pub const fn with_cr3_write(self, x: bool) -> Self {
        Self(self.0 & !Self::CR3_WRITE_MASK | (x as u32) << 19 & Self::CR3_WRITE_MASK)
    }

    /// The mask of cr4_write (bits 20:20).
    pub const CR4_WRITE_MASK: u32 = 0x100000;

    /// Bits 20:20: intercept writes of CR4.
    pub const fn cr4_write(self) -> bool {
        self.0 >> 20 & 1 != 0
    }

    /// The value with cr4_write (bits 20:20) set to `x`.
    #[must_use]
    pub const fn with_cr4_write(self, x: bool) -> Self {
        Self(self.0 & !Self::CR4_WRITE_MASK | (x as u32) << 20 & Self::CR4_WRITE_MASK)
    }

    /// The mask of cr5_write (bits 21:21).
    pub const CR5_WRITE_MASK: u32 = 0x200000;

    /// Bits 21:21: intercept writes of CR5.
    pub const fn cr5_write(self) -> bool {
        self.0 >> 21 & 1 != 0
    }

    /// The value with cr5_write (bits 21:21) set to `x`.
    #[must_use]
    pub const fn with_cr5_write(self, x: bool) -> Self {
        Self(self.0 & !Self::CR5_WRITE_MASK | (x as u32) << 21 & Self::CR5_WRITE_MASK)
    }

    /// The mask of cr6_write (bits 22:22).
    pub const CR6_WRITE_MASK: u32 = 0x400000;

    /// Bits 22:22: intercept writes of CR6.
    pub const fn cr6_write(self) -> bool {
        self.0 >> 22 & 1 != 0
    }

    /// The value with cr6_write (bits 22:22) set to `x`.
    #[must_use]
    pub const fn with_cr6_write(self, x: bool) -> Self {
        Self(self.0 & !Self::CR6_WRITE_MASK | (x as u32) << 22 & Self::CR6_WRITE_MASK)
    }

    /// The mask of cr7_write (bits 23:23).
    pub const CR7_WRITE_MASK: u32 = 0x800000;

    /// Bits 23:23: intercept writes of CR7.
    pub const fn cr7_write(self) -> bool {
        self.0 >> 23 & 1 != 0
    }

    /// The value with cr7_write (bits 23:23) set to `x`.
    #[must_use]
    pub const fn with_cr7_write(self, x: bool) -> Self {
        Self(self.0 & !Self::CR7_WRITE_MASK | (x as u32) << 23 & Self::CR7_WRITE_MASK)
    }

    /// The mask of cr8_write (bits 24:24).
    pub const CR8_WRITE_MASK: u32 = 0x1000000;

    /// Bits 24:24: intercept writes of CR8.
    pub const fn cr8_write(self) -> bool {
        self.0 >> 24 & 1 != 0
    }

    /// The value with cr8_write (bits 24:24) set to `x`.
    #[must_use]
    pub const fn with_cr8_write(self, x: bool) -> Self {
        Self(self.0 & !Self::CR8_WRITE_MASK | (x as u32) << 24 & Self::CR8_WRITE_MASK)
    }

    /// The mask of cr9_write (bits 25:25).
    pub const CR9_WRITE_MASK: u32 = 0x2000000;

    /// Bits 25:25: intercept writes of CR9.
    pub const fn cr9_write(self) -> bool {
        self.0 >> 25 & 1 != 0
    }

    /// The value with cr9_write (bits 25:25) set to `x`.
    #[must_use]
    pub const fn with_cr9_write(self, x: bool) -> Self {
        Self(self.0 & !Self::CR9_WRITE_MASK | (x as u32) << 25 & Self::CR9_WRITE_MASK)
    }

    /// The mask of cr10_write (bits 26:26).
    pub const CR10_WRITE_MASK: u32 = 0x4000000;

    /// Bits 26:26: intercept writes of CR10.
    pub const fn cr10_write(self) -> bool {
        self.0 >> 26 & 1 != 0
    }

    /// The value with cr10_write (bits 26:26) set to `x`.
    #[must_use]
    pub const fn with_cr10_write(self, x: bool) -> Self {
        Self(self.0 & !Self::CR10_WRITE_MASK | (x as u32) << 26 & Self::CR10_WRITE_MASK)
    }

    /// The mask of cr11_write (bits 27:27).
    pub const CR11_WRITE_MASK: u32 = 0x8000000;

    /// Bits 27:27: intercept writes of CR11.
    pub const fn cr11_write(self) -> bool {
        self.0 >> 27 & 1 != 0
    }

    /// The value with cr11_write (bits 27:27) set to `x`.
    #[must_use]
    pub const fn with_cr11_write(self, x: bool) -> Self {
        Self(self.0 & !Self::CR11_WRITE_MASK | (x as u32) << 27 & Self::CR11_WRITE_MASK)
    }

    /// The mask of cr12_write (bits 28:28).
    pub const CR12_WRITE_MASK: u32 = 0x10000000;

    /// Bits 28:28: intercept writes of CR12.
    pub const fn cr12_write(self) -> bool {
        self.0 >> 28 & 1 != 0
    }

    /// The value with cr12_write (bits 28:28) set to `x`.
    #[must_use]
    pub const fn with_cr12_write(self, x: bool) -> Self {
        Self(self.0 & !Self::CR12_WRITE_MASK | (x as u32) << 28 & Self::CR12_WRITE_MASK)
    }

    /// The mask of cr13_write (bits 29:29).
    pub const CR13_WRITE_MASK: u32 = 0x20000000;

    /// Bits 29:29: intercept writes of CR13.
    pub const fn cr13_write(self) -> bool {
        self.0 >> 29 & 1 != 0
    }

    /// The value with cr13_write (bits 29:29) set to `x`.
    #[must_use]
    pub const fn with_cr13_write(self, x: bool) -> Self {
        Self(self.0 & !Self::CR13_WRITE_MASK | (x as u32) << 29 & Self::CR13_WRITE_MASK)
    }

    /// The mask of cr14_write (bits 30:30).
    pub const CR14_WRITE_MASK: u32 = 0x40000000;

    /// Bits 30:30: intercept writes of CR14.
    pub const fn cr14_write(self) -> bool {
        self.0 >> 30 & 1 != 0
    }

    /// The value with cr14_write (bits 30:30) set to `x`.
    #[must_use]
    pub const fn with_cr14_write(self, x: bool) -> Self {
        Self(self.0 & !Self::CR14_WRITE_MASK | (x as u32) << 30 & Self::CR14_WRITE_MASK)
    }

    /// The mask of cr15_write (bits 31:31).
    pub const CR15_WRITE_MASK: u32 = 0x80000000;

    /// Bits 31:31: intercept writes of CR15.
    pub const fn cr15_write(self) -> bool {
        self.0 >> 31 & 1 != 0
    }

    /// The value with cr15_write (bits 31:31) set to `x`.
    #[must_use]
    pub const fn with_cr15_write(self, x: bool) -> Self {
        Self(self.0 & !Self::CR15_WRITE_MASK | (x as u32) << 31 & Self::CR15_WRITE_MASK)
    }
}

/// DR intercepts (VMCB 004h). AMD APM Vol. 2, Table B-1 (004h); Section 15.9.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct InterceptDr(pub u32);

impl InterceptDr {
    /// The layout over a raw value.
    pub const fn new(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// The mask of dr0_read (bits 0:0).
    pub const DR0_READ_MASK: u32 = 0x1;

    /// Bits 0:0: intercept reads of DR0.
    pub const fn dr0_read(self) -> bool {
        self.0 >> 0 & 1 != 0
    }

    /// The value with dr0_read (bits 0:0) set to `x`.
    #[must_use]
    pub const fn with_dr0_read(self, x: bool) -> Self {
        Self(self.0 & !Self::DR0_READ_MASK | (x as u32) << 0 & Self::DR0_READ_MASK)
    }

    /// The mask of dr1_read (bits 1:1).
    pub const DR1_READ_MASK: u32 = 0x2;

    /// Bits 1:1: intercept reads of DR1.
    pub const fn dr1_read(self) -> bool {
        self.0 >> 1 & 1 != 0
    }

    /// The value with dr1_read (bits 1:1) set to `x`.
    #[must_use]
    pub const fn with_dr1_read(self, x: bool) -> Self {
        Self(self.0 & !Self::DR1_READ_MASK | (x as u32) << 1 & Self::DR1_READ_MASK)
    }

    /// The mask of dr2_read (bits 2:2).
    pub const DR2_READ_MASK: u32 = 0x4;

    /// Bits 2:2: intercept reads of DR2.
    pub const fn dr2_read(self) -> bool {
        self.0 >> 2 & 1 != 0
    }

    /// The value with dr2_read (bits 2:2) set to `x`.
    #[must_use]
    pub const fn with_dr2_read(self, x: bool) -> Self {
        Self(self.0 & !Self::DR2_READ_MASK | (x as u32) << 2 & Self::DR2_READ_MASK)
    }

    /// The mask of dr3_read (bits 3:3).
    pub const DR3_READ_MASK: u32 = 0x8;

    /// Bits 3:3: intercept reads of DR3.
    pub const fn dr3_read(self) -> bool {
        self.0 >> 3 & 1 != 0
    }

    /// The value with dr3_read (bits 3:3) set to `x`.
    #[must_use]
    pub const fn with_dr3_read(self, x: bool) -> Self {
        Self(self.0 & !Self::DR3_READ_MASK | (x as u32) << 3 & Self::DR3_READ_MASK)
    }

    /// The mask of dr4_read (bits 4:4).
    pub const DR4_READ_MASK: u32 = 0x10;

    /// Bits 4:4: intercept reads of DR4.
    pub const fn dr4_read(self) -> bool {
        self.0 >> 4 & 1 != 0
    }

    /// The value with dr4_read (bits 4:4) set to `x`.
    #[must_use]
    pub const fn with_dr4_read(self, x: bool) -> Self {
        Self(self.0 & !Self::DR4_READ_MASK | (x as u32) << 4 & Self::DR4_READ_MASK)
    }

    /// The mask of dr5_read (bits 5:5).
    pub const DR5_READ_MASK: u32 = 0x20;

    /// Bits 5:5: intercept reads of DR5.
    pub const fn dr5_read(self) -> bool {
        self.0 >> 5 & 1 != 0
    }

    /// The value with dr5_read (bits 5:5) set to `x`.
    #[must_use]
    pub const fn with_dr5_read(self, x: bool) -> Self {
        Self(self.0 & !Self::DR5_READ_MASK | (x as u32) << 5 & Self::DR5_READ_MASK)
    }

    /// The mask of dr6_read (bits 6:6).
    pub const DR6_READ_MASK: u32 = 0x40;

    /// Bits 6:6: intercept reads of DR6.
    pub const fn dr6_read(self) -> bool {
        self.0 >> 6 & 1 != 0
    }

    /// The value with dr6_read (bits 6:6) set to `x`.
    #[must_use]
    pub const fn with_dr6_read(self, x: bool) -> Self {
        Self(self.0 & !Self::DR6_READ_MASK | (x as u32) << 6 & Self::DR6_READ_MASK)
    }

    /// The mask of dr7_read (bits 7:7).
    pub const DR7_READ_MASK: u32 = 0x80;

    /// Bits 7:7: intercept reads of DR7.
    pub const fn dr7_read(self) -> bool {
        self.0 >> 7 & 1 != 0
    }

    /// The value with dr7_read (bits 7:7) set to `x`.
    #[must_use]
    pub const fn with_dr7_read(self, x: bool) -> Self {
        Self(self.0 & !Self::DR7_READ_MASK | (x as u32) << 7 & Self::DR7_READ_MASK)
    }

    /// The mask of dr8_read (bits 8:8).
    pub const DR8_READ_MASK: u32 = 0x100;

    /// Bits 8:8: intercept reads of DR8.
    pub const fn dr8_read(self) -> bool {
        self.0 >> 8 & 1 != 0
    }

    /// The value with dr8_read (bits 8:8) set to `x`.
    #[must_use]
    pub const fn with_dr8_read(self, x: bool) -> Self {
        Self(self.0 & !Self::DR8_READ_MASK | (x as u32) << 8 & Self::DR8_READ_MASK)
    }

    /// The mask of dr9_read (bits 9:9).
    pub const DR9_READ_MASK: u32 = 0x200;

    /// Bits 9:9: intercept reads of DR9.
    pub const fn dr9_read(self) -> bool {
        self.0 >> 9 & 1 != 0
    }

    /// The value with dr9_read (bits 9:9) set to `x`.
    #[must_use]
    pub const fn with_dr9_read(self, x: bool) -> Self {
        Self(self.0 & !Self::DR9_READ_MASK | (x as u32) << 9 & Self::DR9_READ_MASK)
    }

    /// The mask of dr10_read (bits 10:10).
    pub const DR10_READ_MASK: u32 = 0x400;

    /// Bits 10:10: intercept reads of DR10.
    pub const fn dr10_read(self) -> bool {
        self.0 >> 10 & 1 != 0
    }

    /// The value with dr10_read (bits 10:10) set to `x`.
    #[must_use]
    pub const fn with_dr10_read(self, x: bool) -> Self {
        Self(self.0 & !Self::DR10_READ_MASK | (x as u32) << 10 & Self::DR10_READ_MASK)
    }

    /// The mask of dr11_read (bits 11:11).
    pub const DR11_READ_MASK: u32 = 0x800;

    /// Bits 11:11: intercept reads of DR11.
    pub const fn dr11_read(self) -> bool {
        self.0 >> 11 & 1 != 0
    }

    /// The value with dr11_read (bits 11:11) set to `x`.
    #[must_use]
    pub const fn with_dr11_read(self, x: bool) -> Self {
        Self(self.0 & !Self::DR11_READ_MASK | (x as u32) << 11 & Self::DR11_READ_MASK)
    }

    /// The mask of dr12_read (bits 12:12).
    pub const DR12_READ_MASK: u32 = 0x1000;

    /// Bits 12:12: intercept reads of DR12.
    pub const fn dr12_read(self) -> bool {
        self.0 >> 12 & 1 != 0
    }

    /// The value with dr12_read (bits 12:12) set to `x`.
    #[must_use]
    pub const fn with_dr12_read(self, x: bool) -> Self {
        Self(self.0 & !Self::DR12_READ_MASK | (x as u32) << 12 & Self::DR12_READ_MASK)
    }

    /// The mask of dr13_read (bits 13:13).
    pub const DR13_READ_MASK: u32 = 0x2000;

    /// Bits 13:13: intercept reads of DR13.
    pub const fn dr13_read(self) -> bool {
        self.0 >> 13 & 1 != 0
    }

    /// The value with dr13_read (bits 13:13) set to `x`.
    #[must_use]
    pub const fn with_dr13_read(self, x: bool) -> Self {
        Self(self.0 & !Self::DR13_READ_MASK | (x as u32) << 13 & Self::DR13_READ_MASK)
    }

    /// The mask of dr14_read (bits 14:14).
    pub const DR14_READ_MASK: u32 = 0x4000;

    /// Bits 14:14: intercept reads of DR14.
    pub const fn dr14_read(self) -> bool {
        self.0 >> 14 & 1 != 0
    }

    /// The value with dr14_read (bits 14:14) set to `x`.
    #[must_use]
    pub const fn with_dr14_read(self, x: bool) -> Self {
        Self(self.0 & !Self::DR14_READ_MASK | (x as u32) << 14 & Self::DR14_READ_MASK)
    }

    /// The mask of dr15_read (bits 15:15).
    pub const DR15_READ_MASK: u32 = 0x8000;

    /// Bits 15:15: intercept reads of DR15.
    pub const fn dr15_read(self) -> bool {
        self.0 >> 15 & 1 != 0
    }

    /// The value with dr15_read (bits 15:15) set to `x`.
    #[must_use]
    pub const fn with_dr15_read(self, x: bool) -> Self {
        Self(self.0 & !Self::DR15_READ_MASK | (x as u32) << 15 & Self::DR15_READ_MASK)
    }

    /// The mask of dr0_write (bits 16:16).
    pub const DR0_WRITE_MASK: u32 = 0x10000;

    /// Bits 16:16: intercept writes of DR0.
    pub const fn dr0_write(self) -> bool {
        self.0 >> 16 & 1 != 0
    }

    /// The value with dr0_write (bits 16:16) set to `x`.
    #[must_use]
    pub const fn with_dr0_write(self, x: bool) -> Self {
        Self(self.0 & !Self::DR0_WRITE_MASK | (x as u32) << 16 & Self::DR0_WRITE_MASK)
    }

    /// The mask of dr1_write (bits 17:17).
    pub const DR1_WRITE_MASK: u32 = 0x20000;

    /// Bits 17:17: intercept writes of DR1.
    pub const fn dr1_write(self) -> bool {
        self.0 >> 17 & 1 != 0
    }

    /// The value with dr1_write (bits 17:17) set to `x`.
    #[must_use]
    pub const fn with_dr1_write(self, x: bool) -> Self {
        Self(self.0 & !Self::DR1_WRITE_MASK | (x as u32) << 17 & Self::DR1_WRITE_MASK)
    }

    /// The mask of dr2_write (bits 18:18).
    pub const DR2_WRITE_MASK: u32 = 0x40000;

    /// Bits 18:18: intercept writes of DR2.
    pub const fn dr2_write(self) -> bool {
        self.0 >> 18 & 1 != 0
    }

    /// The value with dr2_write (bits 18:18) set to `x`.
    #[must_use]
    pub const fn with_dr2_write(self, x: bool) -> Self {
        Self(self.0 & !Self::DR2_WRITE_MASK | (x as u32) << 18 & Self::DR2_WRITE_MASK)
    }

    /// The mask of dr3_write (bits 19:19).
    pub const DR3_WRITE_MASK: u32 = 0x80000;

    /// Bits 19:19: intercept writes of DR3.
    pub const fn dr3_write(self) -> bool {
        self.0 >> 19 & 1 != 0
    }

    /// The value with dr3_write (bits 19:19) set to `x`.
    #[must_use]
    pub const fn with_dr3_write(self, x: bool) -> Self {
        Self(self.0 & !Self::DR3_WRITE_MASK | (x as u32) << 19 & Self::DR3_WRITE_MASK)
    }

    /// The mask of dr4_write (bits 20:20).
    pub const DR4_WRITE_MASK: u32 = 0x100000;

    /// Bits 20:20: intercept writes of DR4.
    pub const fn dr4_write(self) -> bool {
        self.0 >> 20 & 1 != 0
    }

    /// The value with dr4_write (bits 20:20) set to `x`.
    #[must_use]
    pub const fn with_dr4_write(self, x: bool) -> Self {
        Self(self.0 & !Self::DR4_WRITE_MASK | (x as u32) << 20 & Self::DR4_WRITE_MASK)
    }

    /// The mask of dr5_write (bits 21:21).
    pub const DR5_WRITE_MASK: u32 = 0x200000;

    /// Bits 21:21: intercept writes of DR5.
    pub const fn dr5_write(self) -> bool {
        self.0 >> 21 & 1 != 0
    }

    /// The value with dr5_write (bits 21:21) set to `x`.
    #[must_use]
    pub const fn with_dr5_write(self, x: bool) -> Self {
        Self(self.0 & !Self::DR5_WRITE_MASK | (x as u32) << 21 & Self::DR5_WRITE_MASK)
    }

    /// The mask of dr6_write (bits 22:22).
    pub const DR6_WRITE_MASK: u32 = 0x400000;

    /// Bits 22:22: intercept writes of DR6.
    pub const fn dr6_write(self) -> bool {
        self.0 >> 22 & 1 != 0
    }

    /// The value with dr6_write (bits 22:22) set to `x`.
    #[must_use]
    pub const fn with_dr6_write(self, x: bool) -> Self {
        Self(self.0 & !Self::DR6_WRITE_MASK | (x as u32) << 22 & Self::DR6_WRITE_MASK)
    }

    /// The mask of dr7_write (bits 23:23).
    pub const DR7_WRITE_MASK: u32 = 0x800000;

    /// Bits 23:23: intercept writes of DR7.
    pub const fn dr7_write(self) -> bool {
        self.0 >> 23 & 1 != 0
    }

    /// The value with dr7_write (bits 23:23) set to `x`.
    #[must_use]
    pub const fn with_dr7_write(self, x: bool) -> Self {
        Self(self.0 & !Self::DR7_WRITE_MASK | (x as u32) << 23 & Self::DR7_WRITE_MASK)
    }

    /// The mask of dr8_write (bits 24:24).
    pub const DR8_WRITE_MASK: u32 = 0x1000000;

    /// Bits 24:24: intercept writes of DR8.
    pub const fn dr8_write(self) -> bool {
        self.0 >> 24 & 1 != 0
    }

    /// The value with dr8_write (bits 24:24) set to `x`.
    #[must_use]
    pub const fn with_dr8_write(self, x: bool) -> Self {
        Self(self.0 & !Self::DR8_WRITE_MASK | (x as u32) << 24 & Self::DR8_WRITE_MASK)
    }

    /// The mask of dr9_write (bits 25:25).
    pub const DR9_WRITE_MASK: u32 = 0x2000000;

    /// Bits 25:25: intercept writes of DR9.
    pub const fn dr9_write(self) -> bool {
        self.0 >> 25 & 1 != 0
    }

    /// The value with dr9_write (bits 25:25) set to `x`.
    #[must_use]
    pub const fn with_dr9_write(self, x: bool) -> Self {
        Self(self.0 & !Self::DR9_WRITE_MASK | (x as u32) << 25 & Self::DR9_WRITE_MASK)
    }

    /// The mask of dr10_write (bits 26:26).
    pub const DR10_WRITE_MASK: u32 = 0x4000000;

    /// Bits 26:26: intercept writes of DR10.
    pub const fn dr10_write(self) -> bool {
        self.0 >> 26 & 1 != 0
    }

    /// The value with dr10_write (bits 26:26) set to `x`.
    #[must_use]
    pub const fn with_dr10_write(self, x: bool) -> Self {
        Self(self.0 & !Self::DR10_WRITE_MASK | (x as u32) << 26 & Self::DR10_WRITE_MASK)
    }

    /// The mask of dr11_write (bits 27:27).
    pub const DR11_WRITE_MASK: u32 = 0x8000000;

    /// Bits 27:27: intercept writes of DR11.
    pub const fn dr11_write(self) -> bool {
        self.0 >> 27 & 1 != 0
    }

    /// The value with dr11_write (bits 27:27) set to `x`.
    #[must_use]
    pub const fn with_dr11_write(self, x: bool) -> Self {
        Self(self.0 & !Self::DR11_WRITE_MASK | (x as u32) << 27 & Self::DR11_WRITE_MASK)
    }

    /// The mask of dr12_write (bits 28:28).
    pub const DR12_WRITE_MASK: u32 = 0x10000000;

    /// Bits 28:28: intercept writes of DR12.
    pub const fn dr12_write(self) -> bool {
        self.0 >> 28 & 1 != 0
    }

    /// The value with dr12_write (bits 28:28) set to `x`.
    #[must_use]
    pub const fn with_dr12_write(self, x: bool) -> Self {
        Self(self.0 & !Self::DR12_WRITE_MASK | (x as u32) << 28 & Self::DR12_WRITE_MASK)
    }

    /// The mask of dr13_write (bits 29:29).
    pub const DR13_WRITE_MASK: u32 = 0x20000000;

    /// Bits 29:29: intercept writes of DR13.
    pub const fn dr13_write(self) -> bool {
        self.0 >> 29 & 1 != 0
    }

    /// The value with dr13_write (bits 29:29) set to `x`.
    #[must_use]
    pub const fn with_dr13_write(self, x: bool) -> Self {
        Self(self.0 & !Self::DR13_WRITE_MASK | (x as u32) << 29 & Self::DR13_WRITE_MASK)
    }

    /// The mask of dr14_write (bits 30:30).
    pub const DR14_WRITE_MASK: u32 = 0x40000000;

    /// Bits 30:30: intercept writes of DR14.
    pub const fn dr14_write(self) -> bool {
        self.0 >> 30 & 1 != 0
    }

    /// The value with dr14_write (bits 30:30) set to `x`.
    #[must_use]
    pub const fn with_dr14_write(self, x: bool) -> Self {
        Self(self.0 & !Self::DR14_WRITE_MASK | (x as u32) << 30 & Self::DR14_WRITE_MASK)
    }

    /// The mask of dr15_write (bits 31:31).
    pub const DR15_WRITE_MASK: u32 = 0x80000000;

    /// Bits 31:31: intercept writes of DR15.
    pub const fn dr15_write(self) -> bool {
        self.0 >> 31 & 1 != 0
    }

    /// The value with dr15_write (bits 31:31) set to `x`.
    #[must_use]
    pub const fn with_dr15_write(self, x: bool) -> Self {
        Self(self.0 & !Self::DR15_WRITE_MASK | (x as u32) << 31 & Self::DR15_WRITE_MASK)
    }
}

/// exception intercepts (VMCB 008h). AMD APM Vol. 2, Table B-1 (008h); Section
/// 15.12 (Exception Intercepts).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct InterceptExceptions(pub u32);

impl InterceptExceptions {
    /// The layout over a raw value.
    pub const fn new(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// The mask of de (bits 0:0).
    pub const DE_MASK: u32 = 0x1;

    /// Bits 0:0: intercept exception vector 0 (#DE).
    pub const fn de(self) -> bool {
        self.0 >> 0 & 1 != 0
    }

    /// The value with de (bits 0:0) set to `x`.
    #[must_use]
    pub const fn with_de(self, x: bool) -> Self {
        Self(self.0 & !Self::DE_MASK | (x as u32) << 0 & Self::DE_MASK)
    }

    /// The mask of db (bits 1:1).
    pub const DB_MASK: u32 = 0x2;

    /// Bits 1:1: intercept exception vector 1 (#DB).
    pub const fn db(self) -> bool {
        self.0 >> 1 & 1 != 0
    }

    /// The value with db (bits 1:1) set to `x`.
    #[must_use]
    pub const fn with_db(self, x: bool) -> Self {
        Self(self.0 & !Self::DB_MASK | (x as u32) << 1 & Self::DB_MASK)
    }

    /// The mask of nmi (bits 2:2).
    pub const NMI_MASK: u32 = 0x4;

    /// Bits 2:2: intercept exception vector 2.
    pub const fn nmi(self) -> bool {
        self.0 >> 2 & 1 != 0
    }

    /// The value with nmi (bits 2:2) set to `x`.
    #[must_use]
    pub const fn with_nmi(self, x: bool) -> Self {
        Self(self.0 & !Self::NMI_MASK | (x as u32) << 2 & Self::NMI_MASK)
    }

    /// The mask of bp (bits 3:3).
    pub const BP_MASK: u32 = 0x8;

    /// Bits 3:3: intercept exception vector 3 (#BP).
    pub const fn bp(self) -> bool {
        self.0 >> 3 & 1 != 0
    }

    /// The value with bp (bits 3:3) set to `x`.
    #[must_use]
    pub const fn with_bp(self, x: bool) -> Self {
        Self(self.0 & !Self::BP_MASK | (x as u32) << 3 & Self::BP_MASK)
    }

    /// The mask of of (bits 4:4).
    pub const OF_MASK: u32 = 0x10;

    /// Bits 4:4: intercept exception vector 4 (#OF).
    pub const fn of(self) -> bool {
        self.0 >> 4 & 1 != 0
    }

    /// The value with of (bits 4:4) set to `x`.
    #[must_use]
    pub const fn with_of(self, x: bool) -> Self {
        Self(self.0 & !Self::OF_MASK | (x as u32) << 4 & Self::OF_MASK)
    }

    /// The mask of br (bits 5:5).
    pub const BR_MASK: u32 = 0x20;

    /// Bits 5:5: intercept exception vector 5 (#BR).
    pub const fn br(self) -> bool {
        self.0 >> 5 & 1 != 0
    }

    /// The value with br (bits 5:5) set to `x`.
    #[must_use]
    pub const fn with_br(self, x: bool) -> Self {
        Self(self.0 & !Self::BR_MASK | (x as u32) << 5 & Self::BR_MASK)
    }

    /// The mask of ud (bits 6:6).
    pub const UD_MASK: u32 = 0x40;

    /// Bits 6:6: intercept exception vector 6 (#UD).
    pub const fn ud(self) -> bool {
        self.0 >> 6 & 1 != 0
    }

    /// The value with ud (bits 6:6) set to `x`.
    #[must_use]
    pub const fn with_ud(self, x: bool) -> Self {
        Self(self.0 & !Self::UD_MASK | (x as u32) << 6 & Self::UD_MASK)
    }

    /// The mask of nm (bits 7:7).
    pub const NM_MASK: u32 = 0x80;

    /// Bits 7:7: intercept exception vector 7 (#NM).
    pub const fn nm(self) -> bool {
        self.0 >> 7 & 1 != 0
    }

    /// The value with nm (bits 7:7) set to `x`.
    #[must_use]
    pub const fn with_nm(self, x: bool) -> Self {
        Self(self.0 & !Self::NM_MASK | (x as u32) << 7 & Self::NM_MASK)
    }

    /// The mask of df (bits 8:8).
    pub const DF_MASK: u32 = 0x100;

    /// Bits 8:8: intercept exception vector 8 (#DF).
    pub const fn df(self) -> bool {
        self.0 >> 8 & 1 != 0
    }

    /// The value with df (bits 8:8) set to `x`.
    #[must_use]
    pub const fn with_df(self, x: bool) -> Self {
        Self(self.0 & !Self::DF_MASK | (x as u32) << 8 & Self::DF_MASK)
    }

    /// The mask of vector_9 (bits 9:9).
    pub const VECTOR_9_MASK: u32 = 0x200;

    /// Bits 9:9: intercept exception vector 9.
    pub const fn vector_9(self) -> bool {
        self.0 >> 9 & 1 != 0
    }

    /// The value with vector_9 (bits 9:9) set to `x`.
    #[must_use]
    pub const fn with_vector_9(self, x: bool) -> Self {
        Self(self.0 & !Self::VECTOR_9_MASK | (x as u32) << 9 & Self::VECTOR_9_MASK)
    }

    /// The mask of ts (bits 10:10).
    pub const TS_MASK: u32 = 0x400;

    /// Bits 10:10: intercept exception vector 10 (#TS).
    pub const fn ts(self) -> bool {
        self.0 >> 10 & 1 != 0
    }

    /// The value with ts (bits 10:10) set to `x`.
    #[must_use]
    pub const fn with_ts(self, x: bool) -> Self {
        Self(self.0 & !Self::TS_MASK | (x as u32) << 10 & Self::TS_MASK)
    }

    /// The mask of np (bits 11:11).
    pub const NP_MASK: u32 = 0x800;

    /// Bits 11:11: intercept exception vector 11 (#NP).
    pub const fn np(self) -> bool {
        self.0 >> 11 & 1 != 0
    }

    /// The value with np (bits 11:11) set to `x`.
    #[must_use]
    pub const fn with_np(self, x: bool) -> Self {
        Self(self.0 & !Self::NP_MASK | (x as u32) << 11 & Self::NP_MASK)
    }

    /// The mask of ss (bits 12:12).
    pub const SS_MASK: u32 = 0x1000;

    /// Bits 12:12: intercept exception vector 12 (#SS).
    pub const fn ss(self) -> bool {
        self.0 >> 12 & 1 != 0
    }

    /// The value with ss (bits 12:12) set to `x`.
    #[must_use]
    pub const fn with_ss(self, x: bool) -> Self {
        Self(self.0 & !Self::SS_MASK | (x as u32) << 12 & Self::SS_MASK)
    }

    /// The mask of gp (bits 13:13).
    pub const GP_MASK: u32 = 0x2000;

    /// Bits 13:13: intercept exception vector 13 (#GP).
    pub const fn gp(self) -> bool {
        self.0 >> 13 & 1 != 0
    }

    /// The value with gp (bits 13:13) set to `x`.
    #[must_use]
    pub const fn with_gp(self, x: bool) -> Self {
        Self(self.0 & !Self::GP_MASK | (x as u32) << 13 & Self::GP_MASK)
    }

    /// The mask of pf (bits 14:14).
    pub const PF_MASK: u32 = 0x4000;

    /// Bits 14:14: intercept exception vector 14 (#PF).
    pub const fn pf(self) -> bool {
        self.0 >> 14 & 1 != 0
    }

    /// The value with pf (bits 14:14) set to `x`.
    #[must_use]
    pub const fn with_pf(self, x: bool) -> Self {
        Self(self.0 & !Self::PF_MASK | (x as u32) << 14 & Self::PF_MASK)
    }

    /// The mask of vector_15 (bits 15:15).
    pub const VECTOR_15_MASK: u32 = 0x8000;

    /// Bits 15:15: intercept exception vector 15.
    pub const fn vector_15(self) -> bool {
        self.0 >> 15 & 1 != 0
    }

    /// The value with vector_15 (bits 15:15) set to `x`.
    #[must_use]
    pub const fn with_vector_15(self, x: bool) -> Self {
        Self(self.0 & !Self::VECTOR_15_MASK | (x as u32) << 15 & Self::VECTOR_15_MASK)
    }

    /// The mask of mf (bits 16:16).
    pub const MF_MASK: u32 = 0x10000;

    /// Bits 16:16: intercept exception vector 16 (#MF).
    pub const fn mf(self) -> bool {
        self.0 >> 16 & 1 != 0
    }

    /// The value with mf (bits 16:16) set to `x`.
    #[must_use]
    pub const fn with_mf(self, x: bool) -> Self {
        Self(self.0 & !Self::MF_MASK | (x as u32) << 16 & Self::MF_MASK)
    }

    /// The mask of ac (bits 17:17).
    pub const AC_MASK: u32 = 0x20000;

    /// Bits 17:17: intercept exception vector 17 (#AC).
    pub const fn ac(self) -> bool {
        self.0 >> 17 & 1 != 0
    }

    /// The value with ac (bits 17:17) set to `x`.
    #[must_use]
    pub const fn with_ac(self, x: bool) -> Self {
        Self(self.0 & !Self::AC_MASK | (x as u32) << 17 & Self::AC_MASK)
    }

    /// The mask of mc (bits 18:18).
    pub const MC_MASK: u32 = 0x40000;

    /// Bits 18:18: intercept exception vector 18 (#MC).
    pub const fn mc(self) -> bool {
        self.0 >> 18 & 1 != 0
    }

    /// The value with mc (bits 18:18) set to `x`.
    #[must_use]
    pub const fn with_mc(self, x: bool) -> Self {
        Self(self.0 & !Self::MC_MASK | (x as u32) << 18 & Self::MC_MASK)
    }

    /// The mask of xf (bits 19:19).
    pub const XF_MASK: u32 = 0x80000;

    /// Bits 19:19: intercept exception vector 19 (#XF).
    pub const fn xf(self) -> bool {
        self.0 >> 19 & 1 != 0
    }

    /// The value with xf (bits 19:19) set to `x`.
    #[must_use]
    pub const fn with_xf(self, x: bool) -> Self {
        Self(self.0 & !Self::XF_MASK | (x as u32) << 19 & Self::XF_MASK)
    }

    /// The mask of vector_20 (bits 20:20).
    pub const VECTOR_20_MASK: u32 = 0x100000;

    /// Bits 20:20: intercept exception vector 20.
    pub const fn vector_20(self) -> bool {
        self.0 >> 20 & 1 != 0
    }

    /// The value with vector_20 (bits 20:20) set to `x`.
    #[must_use]
    pub const fn with_vector_20(self, x: bool) -> Self {
        Self(self.0 & !Self::VECTOR_20_MASK | (x as u32) << 20 & Self::VECTOR_20_MASK)
    }

    /// The mask of cp (bits 21:21).
    pub const CP_MASK: u32 = 0x200000;

    /// Bits 21:21: intercept exception vector 21 (#CP).
    pub const fn cp(self) -> bool {
        self.0 >> 21 & 1 != 0
    }

    /// The value with cp (bits 21:21) set to `x`.
    #[must_use]
    pub const fn with_cp(self, x: bool) -> Self {
        Self(self.0 & !Self::CP_MASK | (x as u32) << 21 & Self::CP_MASK)
    }

    /// The mask of vector_22 (bits 22:22).
    pub const VECTOR_22_MASK: u32 = 0x400000;

    /// Bits 22:22: intercept exception vector 22.
    pub const fn vector_22(self) -> bool {
        self.0 >> 22 & 1 != 0
    }

    /// The value with vector_22 (bits 22:22) set to `x`.
    #[must_use]
    pub const fn with_vector_22(self, x: bool) -> Self {
        Self(self.0 & !Self::VECTOR_22_MASK | (x as u32) << 22 & Self::VECTOR_22_MASK)
    }

    /// The mask of vector_23 (bits 23:23).
    pub const VECTOR_23_MASK: u32 = 0x800000;

    /// Bits 23:23: intercept exception vector 23.
    pub const fn vector_23(self) -> bool {
        self.0 >> 23 & 1 != 0
    }

    /// The value with vector_23 (bits 23:23) set to `x`.
    #[must_use]
    pub const fn with_vector_23(self, x: bool) -> Self {
        Self(self.0 & !Self::VECTOR_23_MASK | (x as u32) << 23 & Self::VECTOR_23_MASK)
    }

    /// The mask of vector_24 (bits 24:24).
    pub const VECTOR_24_MASK: u32 = 0x1000000;

    /// Bits 24:24: intercept exception vector 24.
    pub const fn vector_24(self) -> bool {
        self.0 >> 24 & 1 != 0
    }

    /// The value with vector_24 (bits 24:24) set to `x`.
    #[must_use]
    pub const fn with_vector_24(self, x: bool) -> Self {
        Self(self.0 & !Self::VECTOR_24_MASK | (x as u32) << 24 & Self::VECTOR_24_MASK)
    }

    /// The mask of vector_25 (bits 25:25).
    pub const VECTOR_25_MASK: u32 = 0x2000000;

    /// Bits 25:25: intercept exception vector 25.
    pub const fn vector_25(self) -> bool {
        self.0 >> 25 & 1 != 0
    }

    /// The value with vector_25 (bits 25:25) set to `x`.
    #[must_use]
    pub const fn with_vector_25(self, x: bool) -> Self {
        Self(self.0 & !Self::VECTOR_25_MASK | (x as u32) << 25 & Self::VECTOR_25_MASK)
    }

    /// The mask of vector_26 (bits 26:26).
    pub const VECTOR_26_MASK: u32 = 0x4000000;

    /// Bits 26:26: intercept exception vector 26.
    pub const fn vector_26(self) -> bool {
        self.0 >> 26 & 1 != 0
    }

    /// The value with vector_26 (bits 26:26) set to `x`.
    #[must_use]
    pub const fn with_vector_26(self, x: bool) -> Self {
        Self(self.0 & !Self::VECTOR_26_MASK | (x as u32) << 26 & Self::VECTOR_26_MASK)
    }

    /// The mask of vector_27 (bits 27:27).
    pub const VECTOR_27_MASK: u32 = 0x8000000;

    /// Bits 27:27: intercept exception vector 27.
    pub const fn vector_27(self) -> bool {
        self.0 >> 27 & 1 != 0
    }

    /// The value with vector_27 (bits 27:27) set to `x`.
    #[must_use]
    pub const fn with_vector_27(self, x: bool) -> Self {
        Self(self.0 & !Self::VECTOR_27_MASK | (x as u32) << 27 & Self::VECTOR_27_MASK)
    }

    /// The mask of hv (bits 28:28).
    pub const HV_MASK: u32 = 0x10000000;

    /// Bits 28:28: intercept exception vector 28 (#HV).
    pub const fn hv(self) -> bool {
        self.0 >> 28 & 1 != 0
    }

    /// The value with hv (bits 28:28) set to `x`.
    #[must_use]
    pub const fn with_hv(self, x: bool) -> Self {
        Self(self.0 & !Self::HV_MASK | (x as u32) << 28 & Self::HV_MASK)
    }

    /// The mask of vc (bits 29:29).
    pub const VC_MASK: u32 = 0x20000000;

    /// Bits 29:29: intercept exception vector 29 (#VC).
    pub const fn vc(self) -> bool {
        self.0 >> 29 & 1 != 0
    }

    /// The value with vc (bits 29:29) set to `x`.
    #[must_use]
    pub const fn with_vc(self, x: bool) -> Self {
        Self(self.0 & !Self::VC_MASK | (x as u32) << 29 & Self::VC_MASK)
    }

    /// The mask of sx (bits 30:30).
    pub const SX_MASK: u32 = 0x40000000;

    /// Bits 30:30: intercept exception vector 30 (#SX).
    pub const fn sx(self) -> bool {
        self.0 >> 30 & 1 != 0
    }

    /// The value with sx (bits 30:30) set to `x`.
    #[must_use]
    pub const fn with_sx(self, x: bool) -> Self {
        Self(self.0 & !Self::SX_MASK | (x as u32) << 30 & Self::SX_MASK)
    }

    /// The mask of vector_31 (bits 31:31).
    pub const VECTOR_31_MASK: u32 = 0x80000000;

    /// Bits 31:31: intercept exception vector 31.
    pub const fn vector_31(self) -> bool {
        self.0 >> 31 & 1 != 0
    }

    /// The value with vector_31 (bits 31:31) set to `x`.
    #[must_use]
    pub const fn with_vector_31(self, x: bool) -> Self {
        Self(self.0 & !Self::VECTOR_31_MASK | (x as u32) << 31 & Self::VECTOR_31_MASK)
    }
}

/// first instruction/event intercept word (VMCB 00Ch). AMD APM Vol. 2, Table
/// B-1 (00Ch); Section 15.9.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct InterceptMisc1(pub u32);

impl InterceptMisc1 {
    /// The layout over a raw value.
    pub const fn new(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// The mask of intr (bits 0:0).
    pub const INTR_MASK: u32 = 0x1;

    /// Bits 0:0: intercept physical INTR.
    pub const fn intr(self) -> bool {
        self.0 >> 0 & 1 != 0
    }

    /// The value with intr (bits 0:0) set to `x`.
    #[must_use]
    pub const fn with_intr(self, x: bool) -> Self {
        Self(self.0 & !Self::INTR_MASK | (x as u32) << 0 & Self::INTR_MASK)
    }

    /// The mask of nmi (bits 1:1).
    pub const NMI_MASK: u32 = 0x2;

    /// Bits 1:1: intercept physical NMI.
    pub const fn nmi(self) -> bool {
        self.0 >> 1 & 1 != 0
    }

    /// The value with nmi (bits 1:1) set to `x`.
    #[must_use]
    pub const fn with_nmi(self, x: bool) -> Self {
        Self(self.0 & !Self::NMI_MASK | (x as u32) << 1 & Self::NMI_MASK)
    }

    /// The mask of smi (bits 2:2).
    pub const SMI_MASK: u32 = 0x4;

    /// Bits 2:2: intercept physical SMI.
    pub const fn smi(self) -> bool {
        self.0 >> 2 & 1 != 0
    }

    /// The value with smi (bits 2:2) set to `x`.
    #[must_use]
    pub const fn with_smi(self, x: bool) -> Self {
        Self(self.0 & !Self::SMI_MASK | (x as u32) << 2 & Self::SMI_MASK)
    }

    /// The mask of init (bits 3:3).
    pub const INIT_MASK: u32 = 0x8;

    /// Bits 3:3: intercept physical INIT.
    pub const fn init(self) -> bool {
        self.0 >> 3 & 1 != 0
    }

    /// The value with init (bits 3:3) set to `x`.
    #[must_use]
    pub const fn with_init(self, x: bool) -> Self {
        Self(self.0 & !Self::INIT_MASK | (x as u32) << 3 & Self::INIT_MASK)
    }

    /// The mask of vintr (bits 4:4).
    pub const VINTR_MASK: u32 = 0x10;

    /// Bits 4:4: intercept virtual INTR.
    pub const fn vintr(self) -> bool {
        self.0 >> 4 & 1 != 0
    }

    /// The value with vintr (bits 4:4) set to `x`.
    #[must_use]
    pub const fn with_vintr(self, x: bool) -> Self {
        Self(self.0 & !Self::VINTR_MASK | (x as u32) << 4 & Self::VINTR_MASK)
    }

    /// The mask of cr0_sel_write (bits 5:5).
    pub const CR0_SEL_WRITE_MASK: u32 = 0x20;

    /// Bits 5:5: intercept writes of CR0 that change bits other than TS or MP.
    pub const fn cr0_sel_write(self) -> bool {
        self.0 >> 5 & 1 != 0
    }

    /// The value with cr0_sel_write (bits 5:5) set to `x`.
    #[must_use]
    pub const fn with_cr0_sel_write(self, x: bool) -> Self {
        Self(self.0 & !Self::CR0_SEL_WRITE_MASK | (x as u32) << 5 & Self::CR0_SEL_WRITE_MASK)
    }

    /// The mask of idtr_read (bits 6:6).
    pub const IDTR_READ_MASK: u32 = 0x40;

    /// Bits 6:6: intercept reads of IDTR.
    pub const fn idtr_read(self) -> bool {
        self.0 >> 6 & 1 != 0
    }

    /// The value with idtr_read (bits 6:6) set to `x`.
    #[must_use]
    pub const fn with_idtr_read(self, x: bool) -> Self {
        Self(self.0 & !Self::IDTR_READ_MASK | (x as u32) << 6 & Self::IDTR_READ_MASK)
    }

    /// The mask of gdtr_read (bits 7:7).
    pub const GDTR_READ_MASK: u32 = 0x80;

    /// Bits 7:7: intercept reads of GDTR.
    pub const fn gdtr_read(self) -> bool {
        self.0 >> 7 & 1 != 0
    }

    /// The value with gdtr_read (bits 7:7) set to `x`.
    #[must_use]
    pub const fn with_gdtr_read(self, x: bool) -> Self {
        Self(self.0 & !Self::GDTR_READ_MASK | (x as u32) << 7 & Self::GDTR_READ_MASK)
    }

    /// The mask of ldtr_read (bits 8:8).
    pub const LDTR_READ_MASK: u32 = 0x100;

    /// Bits 8:8: intercept reads of LDTR.
    pub const fn ldtr_read(self) -> bool {
        self.0 >> 8 & 1 != 0
    }

    /// The value with ldtr_read (bits 8:8) set to `x`.
    #[must_use]
    pub const fn with_ldtr_read(self, x: bool) -> Self {
        Self(self.0 & !Self::LDTR_READ_MASK | (x as u32) << 8 & Self::LDTR_READ_MASK)
    }

    /// The mask of tr_read (bits 9:9).
    pub const TR_READ_MASK: u32 = 0x200;

    /// Bits 9:9: intercept reads of TR.
    pub const fn tr_read(self) -> bool {
        self.0 >> 9 & 1 != 0
    }

    /// The value with tr_read (bits 9:9) set to `x`.
    #[must_use]
    pub const fn with_tr_read(self, x: bool) -> Self {
        Self(self.0 & !Self::TR_READ_MASK | (x as u32) << 9 & Self::TR_READ_MASK)
    }

    /// The mask of idtr_write (bits 10:10).
    pub const IDTR_WRITE_MASK: u32 = 0x400;

    /// Bits 10:10: intercept writes of IDTR.
    pub const fn idtr_write(self) -> bool {
        self.0 >> 10 & 1 != 0
    }

    /// The value with idtr_write (bits 10:10) set to `x`.
    #[must_use]
    pub const fn with_idtr_write(self, x: bool) -> Self {
        Self(self.0 & !Self::IDTR_WRITE_MASK | (x as u32) << 10 & Self::IDTR_WRITE_MASK)
    }

    /// The mask of gdtr_write (bits 11:11).
    pub const GDTR_WRITE_MASK: u32 = 0x800;

    /// Bits 11:11: intercept writes of GDTR.
    pub const fn gdtr_write(self) -> bool {
        self.0 >> 11 & 1 != 0
    }

    /// The value with gdtr_write (bits 11:11) set to `x`.
    #[must_use]
    pub const fn with_gdtr_write(self, x: bool) -> Self {
        Self(self.0 & !Self::GDTR_WRITE_MASK | (x as u32) << 11 & Self::GDTR_WRITE_MASK)
    }

    /// The mask of ldtr_write (bits 12:12).
    pub const LDTR_WRITE_MASK: u32 = 0x1000;

    /// Bits 12:12: intercept writes of LDTR.
    pub const fn ldtr_write(self) -> bool {
        self.0 >> 12 & 1 != 0
    }

    /// The value with ldtr_write (bits 12:12) set to `x`.
    #[must_use]
    pub const fn with_ldtr_write(self, x: bool) -> Self {
        Self(self.0 & !Self::LDTR_WRITE_MASK | (x as u32) << 12 & Self::LDTR_WRITE_MASK)
    }

    /// The mask of tr_write (bits 13:13).
    pub const TR_WRITE_MASK: u32 = 0x2000;

    /// Bits 13:13: intercept writes of TR.
    pub const fn tr_write(self) -> bool {
        self.0 >> 13 & 1 != 0
    }

    /// The value with tr_write (bits 13:13) set to `x`.
    #[must_use]
    pub const fn with_tr_write(self, x: bool) -> Self {
        Self(self.0 & !Self::TR_WRITE_MASK | (x as u32) << 13 & Self::TR_WRITE_MASK)
    }

    /// The mask of rdtsc (bits 14:14).
    pub const RDTSC_MASK: u32 = 0x4000;

    /// Bits 14:14: intercept RDTSC.
    pub const fn rdtsc(self) -> bool {
        self.0 >> 14 & 1 != 0
    }

    /// The value with rdtsc (bits 14:14) set to `x`.
    #[must_use]
    pub const fn with_rdtsc(self, x: bool) -> Self {
        Self(self.0 & !Self::RDTSC_MASK | (x as u32) << 14 & Self::RDTSC_MASK)
    }

    /// The mask of rdpmc (bits 15:15).
    pub const RDPMC_MASK: u32 = 0x8000;

    /// Bits 15:15: intercept RDPMC.
    pub const fn rdpmc(self) -> bool {
        self.0 >> 15 & 1 != 0
    }

    /// The value with rdpmc (bits 15:15) set to `x`.
    #[must_use]
    pub const fn with_rdpmc(self, x: bool) -> Self {
        Self(self.0 & !Self::RDPMC_MASK | (x as u32) << 15 & Self::RDPMC_MASK)
    }

    /// The mask of pushf (bits 16:16).
    pub const PUSHF_MASK: u32 = 0x10000;

    /// Bits 16:16: intercept PUSHF.
    pub const fn pushf(self) -> bool {
        self.0 >> 16 & 1 != 0
    }

    /// The value with pushf (bits 16:16) set to `x`.
    #[must_use]
    pub const fn with_pushf(self, x: bool) -> Self {
        Self(self.0 & !Self::PUSHF_MASK | (x as u32) << 16 & Self::PUSHF_MASK)
    }

    /// The mask of popf (bits 17:17).
    pub const POPF_MASK: u32 = 0x20000;

    /// Bits 17:17: intercept POPF.
    pub const fn popf(self) -> bool {
        self.0 >> 17 & 1 != 0
    }

    /// The value with popf (bits 17:17) set to `x`.
    #[must_use]
    pub const fn with_popf(self, x: bool) -> Self {
        Self(self.0 & !Self::POPF_MASK | (x as u32) << 17 & Self::POPF_MASK)
    }

    /// The mask of cpuid (bits 18:18).
    pub const CPUID_MASK: u32 = 0x40000;

    /// Bits 18:18: intercept CPUID.
    pub const fn cpuid(self) -> bool {
        self.0 >> 18 & 1 != 0
    }

    /// The value with cpuid (bits 18:18) set to `x`.
    #[must_use]
    pub const fn with_cpuid(self, x: bool) -> Self {
        Self(self.0 & !Self::CPUID_MASK | (x as u32) << 18 & Self::CPUID_MASK)
    }

    /// The mask of rsm (bits 19:19).
    pub const RSM_MASK: u32 = 0x80000;

    /// Bits 19:19: intercept RSM.
    pub const fn rsm(self) -> bool {
        self.0 >> 19 & 1 != 0
    }

    /// The value with rsm (bits 19:19) set to `x`.
    #[must_use]
    pub const fn with_rsm(self, x: bool) -> Self {
        Self(self.0 & !Self::RSM_MASK | (x as u32) << 19 & Self::RSM_MASK)
    }

    /// The mask of iret (bits 20:20).
    pub const IRET_MASK: u32 = 0x100000;

    /// Bits 20:20: intercept IRET.
    pub const fn iret(self) -> bool {
        self.0 >> 20 & 1 != 0
    }

    /// The value with iret (bits 20:20) set to `x`.
    #[must_use]
    pub const fn with_iret(self, x: bool) -> Self {
        Self(self.0 & !Self::IRET_MASK | (x as u32) << 20 & Self::IRET_MASK)
    }

    /// The mask of swint (bits 21:21).
    pub const SWINT_MASK: u32 = 0x200000;

    /// Bits 21:21: intercept software interrupts (INTn).
    pub const fn swint(self) -> bool {
        self.0 >> 21 & 1 != 0
    }

    /// The value with swint (bits 21:21) set to `x`.
    #[must_use]
    pub const fn with_swint(self, x: bool) -> Self {
        Self(self.0 & !Self::SWINT_MASK | (x as u32) << 21 & Self::SWINT_MASK)
    }

    /// The mask of invd (bits 22:22).
    pub const INVD_MASK: u32 = 0x400000;

    /// Bits 22:22: intercept INVD.
    pub const fn invd(self) -> bool {
        self.0 >> 22 & 1 != 0
    }

    /// The value with invd (bits 22:22) set to `x`.
    #[must_use]
    pub const fn with_invd(self, x: bool) -> Self {
        Self(self.0 & !Self::INVD_MASK | (x as u32) << 22 & Self::INVD_MASK)
    }

    /// The mask of pause (bits 23:23).
    pub const PAUSE_MASK: u32 = 0x800000;

    /// Bits 23:23: intercept PAUSE.
    pub const fn pause(self) -> bool {
        self.0 >> 23 & 1 != 0
    }

    /// The value with pause (bits 23:23) set to `x`.
    #[must_use]
    pub const fn with_pause(self, x: bool) -> Self {
        Self(self.0 & !Self::PAUSE_MASK | (x as u32) << 23 & Self::PAUSE_MASK)
    }

    /// The mask of hlt (bits 24:24).
    pub const HLT_MASK: u32 = 0x1000000;

    /// Bits 24:24: intercept HLT.
    pub const fn hlt(self) -> bool {
        self.0 >> 24 & 1 != 0
    }

    /// The value with hlt (bits 24:24) set to `x`.
    #[must_use]
    pub const fn with_hlt(self, x: bool) -> Self {
        Self(self.0 & !Self::HLT_MASK | (x as u32) << 24 & Self::HLT_MASK)
    }

    /// The mask of invlpg (bits 25:25).
    pub const INVLPG_MASK: u32 = 0x2000000;

    /// Bits 25:25: intercept INVLPG.
    pub const fn invlpg(self) -> bool {
        self.0 >> 25 & 1 != 0
    }

    /// The value with invlpg (bits 25:25) set to `x`.
    #[must_use]
    pub const fn with_invlpg(self, x: bool) -> Self {
        Self(self.0 & !Self::INVLPG_MASK | (x as u32) << 25 & Self::INVLPG_MASK)
    }

    /// The mask of invlpga (bits 26:26).
    pub const INVLPGA_MASK: u32 = 0x4000000;

    /// Bits 26:26: intercept INVLPGA.
    pub const fn invlpga(self) -> bool {
        self.0 >> 26 & 1 != 0
    }

    /// The value with invlpga (bits 26:26) set to `x`.
    #[must_use]
    pub const fn with_invlpga(self, x: bool) -> Self {
        Self(self.0 & !Self::INVLPGA_MASK | (x as u32) << 26 & Self::INVLPGA_MASK)
    }

    /// The mask of ioio_prot (bits 27:27).
    pub const IOIO_PROT_MASK: u32 = 0x8000000;

    /// Bits 27:27: intercept IN/OUT to ports the IOPM selects.
    pub const fn ioio_prot(self) -> bool {
        self.0 >> 27 & 1 != 0
    }

    /// The value with ioio_prot (bits 27:27) set to `x`.
    #[must_use]
    pub const fn with_ioio_prot(self, x: bool) -> Self {
        Self(self.0 & !Self::IOIO_PROT_MASK | (x as u32) << 27 & Self::IOIO_PROT_MASK)
    }

    /// The mask of msr_prot (bits 28:28).
    pub const MSR_PROT_MASK: u32 = 0x10000000;

    /// Bits 28:28: intercept RDMSR/WRMSR of MSRs the MSRPM selects.
    pub const fn msr_prot(self) -> bool {
        self.0 >> 28 & 1 != 0
    }

    /// The value with msr_prot (bits 28:28) set to `x`.
    #[must_use]
    pub const fn with_msr_prot(self, x: bool) -> Self {
        Self(self.0 & !Self::MSR_PROT_MASK | (x as u32) << 28 & Self::MSR_PROT_MASK)
    }

    /// The mask of task_switch (bits 29:29).
    pub const TASK_SWITCH_MASK: u32 = 0x20000000;

    /// Bits 29:29: intercept task switches.
    pub const fn task_switch(self) -> bool {
        self.0 >> 29 & 1 != 0
    }

    /// The value with task_switch (bits 29:29) set to `x`.
    #[must_use]
    pub const fn with_task_switch(self, x: bool) -> Self {
        Self(self.0 & !Self::TASK_SWITCH_MASK | (x as u32) << 29 & Self::TASK_SWITCH_MASK)
    }

    /// The mask of ferr_freeze (bits 30:30).
    pub const FERR_FREEZE_MASK: u32 = 0x40000000;

    /// Bits 30:30: intercept FERR_FREEZE.
    pub const fn ferr_freeze(self) -> bool {
        self.0 >> 30 & 1 != 0
    }

    /// The value with ferr_freeze (bits 30:30) set to `x`.
    #[must_use]
    pub const fn with_ferr_freeze(self, x: bool) -> Self {
        Self(self.0 & !Self::FERR_FREEZE_MASK | (x as u32) << 30 & Self::FERR_FREEZE_MASK)
    }

    /// The mask of shutdown (bits 31:31).
    pub const SHUTDOWN_MASK: u32 = 0x80000000;

    /// Bits 31:31: intercept shutdown events.
    pub const fn shutdown(self) -> bool {
        self.0 >> 31 & 1 != 0
    }

    /// The value with shutdown (bits 31:31) set to `x`.
    #[must_use]
    pub const fn with_shutdown(self, x: bool) -> Self {
        Self(self.0 & !Self::SHUTDOWN_MASK | (x as u32) << 31 & Self::SHUTDOWN_MASK)
    }
}

/// second instruction intercept word (VMCB 010h). AMD APM Vol. 2, Table B-1
/// (010h); Section 15.9.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct InterceptMisc2(pub u32);

impl InterceptMisc2 {
    /// The layout over a raw value.
    pub const fn new(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// The mask of vmrun (bits 0:0).
    pub const VMRUN_MASK: u32 = 0x1;

    /// Bits 0:0: intercept VMRUN (must be set: VMRUN fails without it).
    pub const fn vmrun(self) -> bool {
        self.0 >> 0 & 1 != 0
    }

    /// The value with vmrun (bits 0:0) set to `x`.
    #[must_use]
    pub const fn with_vmrun(self, x: bool) -> Self {
        Self(self.0 & !Self::VMRUN_MASK | (x as u32) << 0 & Self::VMRUN_MASK)
    }

    /// The mask of vmmcall (bits 1:1).
    pub const VMMCALL_MASK: u32 = 0x2;

    /// Bits 1:1: intercept VMMCALL.
    pub const fn vmmcall(self) -> bool {
        self.0 >> 1 & 1 != 0
    }

    /// The value with vmmcall (bits 1:1) set to `x`.
    #[must_use]
    pub const fn with_vmmcall(self, x: bool) -> Self {
        Self(self.0 & !Self::VMMCALL_MASK | (x as u32) << 1 & Self::VMMCALL_MASK)
    }

    /// The mask of vmload (bits 2:2).
    pub const VMLOAD_MASK: u32 = 0x4;

    /// Bits 2:2: intercept VMLOAD.
    pub const fn vmload(self) -> bool {
        self.0 >> 2 & 1 != 0
    }

    /// The value with vmload (bits 2:2) set to `x`.
    #[must_use]
    pub const fn with_vmload(self, x: bool) -> Self {
        Self(self.0 & !Self::VMLOAD_MASK | (x as u32) << 2 & Self::VMLOAD_MASK)
    }

    /// The mask of vmsave (bits 3:3).
    pub const VMSAVE_MASK: u32 = 0x8;

    /// Bits 3:3: intercept VMSAVE.
    pub const fn vmsave(self) -> bool {
        self.0 >> 3 & 1 != 0
    }

    /// The value with vmsave (bits 3:3) set to `x`.
    #[must_use]
    pub const fn with_vmsave(self, x: bool) -> Self {
        Self(self.0 & !Self::VMSAVE_MASK | (x as u32) << 3 & Self::VMSAVE_MASK)
    }

    /// The mask of stgi (bits 4:4).
    pub const STGI_MASK: u32 = 0x10;

    /// Bits 4:4: intercept STGI.
    pub const fn stgi(self) -> bool {
        self.0 >> 4 & 1 != 0
    }

    /// The value with stgi (bits 4:4) set to `x`.
    #[must_use]
    pub const fn with_stgi(self, x: bool) -> Self {
        Self(self.0 & !Self::STGI_MASK | (x as u32) << 4 & Self::STGI_MASK)
    }

    /// The mask of clgi (bits 5:5).
    pub const CLGI_MASK: u32 = 0x20;

    /// Bits 5:5: intercept CLGI.
    pub const fn clgi(self) -> bool {
        self.0 >> 5 & 1 != 0
    }

    /// The value with clgi (bits 5:5) set to `x`.
    #[must_use]
    pub const fn with_clgi(self, x: bool) -> Self {
        Self(self.0 & !Self::CLGI_MASK | (x as u32) << 5 & Self::CLGI_MASK)
    }

    /// The mask of skinit (bits 6:6).
    pub const SKINIT_MASK: u32 = 0x40;

    /// Bits 6:6: intercept SKINIT.
    pub const fn skinit(self) -> bool {
        self.0 >> 6 & 1 != 0
    }

    /// The value with skinit (bits 6:6) set to `x`.
    #[must_use]
    pub const fn with_skinit(self, x: bool) -> Self {
        Self(self.0 & !Self::SKINIT_MASK | (x as u32) << 6 & Self::SKINIT_MASK)
    }

    /// The mask of rdtscp (bits 7:7).
    pub const RDTSCP_MASK: u32 = 0x80;

    /// Bits 7:7: intercept RDTSCP.
    pub const fn rdtscp(self) -> bool {
        self.0 >> 7 & 1 != 0
    }

    /// The value with rdtscp (bits 7:7) set to `x`.
    #[must_use]
    pub const fn with_rdtscp(self, x: bool) -> Self {
        Self(self.0 & !Self::RDTSCP_MASK | (x as u32) << 7 & Self::RDTSCP_MASK)
    }

    /// The mask of icebp (bits 8:8).
    pub const ICEBP_MASK: u32 = 0x100;

    /// Bits 8:8: intercept ICEBP.
    pub const fn icebp(self) -> bool {
        self.0 >> 8 & 1 != 0
    }

    /// The value with icebp (bits 8:8) set to `x`.
    #[must_use]
    pub const fn with_icebp(self, x: bool) -> Self {
        Self(self.0 & !Self::ICEBP_MASK | (x as u32) << 8 & Self::ICEBP_MASK)
    }

    /// The mask of wbinvd (bits 9:9).
    pub const WBINVD_MASK: u32 = 0x200;

    /// Bits 9:9: intercept WBINVD and WBNOINVD.
    pub const fn wbinvd(self) -> bool {
        self.0 >> 9 & 1 != 0
    }

    /// The value with wbinvd (bits 9:9) set to `x`.
    #[must_use]
    pub const fn with_wbinvd(self, x: bool) -> Self {
        Self(self.0 & !Self::WBINVD_MASK | (x as u32) << 9 & Self::WBINVD_MASK)
    }

    /// The mask of monitor (bits 10:10).
    pub const MONITOR_MASK: u32 = 0x400;

    /// Bits 10:10: intercept MONITOR and MONITORX.
    pub const fn monitor(self) -> bool {
        self.0 >> 10 & 1 != 0
    }

    /// The value with monitor (bits 10:10) set to `x`.
    #[must_use]
    pub const fn with_monitor(self, x: bool) -> Self {
        Self(self.0 & !Self::MONITOR_MASK | (x as u32) << 10 & Self::MONITOR_MASK)
    }

    /// The mask of mwait (bits 11:11).
    pub const MWAIT_MASK: u32 = 0x800;

    /// Bits 11:11: intercept MWAIT and MWAITX.
    pub const fn mwait(self) -> bool {
        self.0 >> 11 & 1 != 0
    }

    /// The value with mwait (bits 11:11) set to `x`.
    #[must_use]
    pub const fn with_mwait(self, x: bool) -> Self {
        Self(self.0 & !Self::MWAIT_MASK | (x as u32) << 11 & Self::MWAIT_MASK)
    }

    /// The mask of mwait_conditional (bits 12:12).
    pub const MWAIT_CONDITIONAL_MASK: u32 = 0x1000;

    /// Bits 12:12: intercept MWAIT/MWAITX with the monitor armed.
    pub const fn mwait_conditional(self) -> bool {
        self.0 >> 12 & 1 != 0
    }

    /// The value with mwait_conditional (bits 12:12) set to `x`.
    #[must_use]
    pub const fn with_mwait_conditional(self, x: bool) -> Self {
        Self(self.0 & !Self::MWAIT_CONDITIONAL_MASK | (x as u32) << 12 & Self::MWAIT_CONDITIONAL_MASK)
    }

    /// The mask of xsetbv (bits 13:13).
    pub const XSETBV_MASK: u32 = 0x2000;

    /// Bits 13:13: intercept XSETBV.
    pub const fn xsetbv(self) -> bool {
        self.0 >> 13 & 1 != 0
    }

    /// The value with xsetbv (bits 13:13) set to `x`.
    #[must_use]
    pub const fn with_xsetbv(self, x: bool) -> Self {
        Self(self.0 & !Self::XSETBV_MASK | (x as u32) << 13 & Self::XSETBV_MASK)
    }

    /// The mask of rdpru (bits 14:14).
    pub const RDPRU_MASK: u32 = 0x4000;

    /// Bits 14:14: intercept RDPRU.
    pub const fn rdpru(self) -> bool {
        self.0 >> 14 & 1 != 0
    }

    /// The value with rdpru (bits 14:14) set to `x`.
    #[must_use]
    pub const fn with_rdpru(self, x: bool) -> Self {
        Self(self.0 & !Self::RDPRU_MASK | (x as u32) << 14 & Self::RDPRU_MASK)
    }

    /// The mask of efer_write_trap (bits 15:15).
    pub const EFER_WRITE_TRAP_MASK: u32 = 0x8000;

    /// Bits 15:15: intercept writes of EFER, after they complete (a trap).
    pub const fn efer_write_trap(self) -> bool {
        self.0 >> 15 & 1 != 0
    }

    /// The value with efer_write_trap (bits 15:15) set to `x`.
    #[must_use]
    pub const fn with_efer_write_trap(self, x: bool) -> Self {
        Self(self.0 & !Self::EFER_WRITE_TRAP_MASK | (x as u32) << 15 & Self::EFER_WRITE_TRAP_MASK)
    }

    /// The mask of cr0_write_trap (bits 16:16).
    pub const CR0_WRITE_TRAP_MASK: u32 = 0x10000;

    /// Bits 16:16: intercept writes of CR0 after they complete (a trap).
    pub const fn cr0_write_trap(self) -> bool {
        self.0 >> 16 & 1 != 0
    }

    /// The value with cr0_write_trap (bits 16:16) set to `x`.
    #[must_use]
    pub const fn with_cr0_write_trap(self, x: bool) -> Self {
        Self(self.0 & !Self::CR0_WRITE_TRAP_MASK | (x as u32) << 16 & Self::CR0_WRITE_TRAP_MASK)
    }

    /// The mask of cr1_write_trap (bits 17:17).
    pub const CR1_WRITE_TRAP_MASK: u32 = 0x20000;

    /// Bits 17:17: intercept writes of CR1 after they complete (a trap).
    pub const fn cr1_write_trap(self) -> bool {
        self.0 >> 17 & 1 != 0
    }

    /// The value with cr1_write_trap (bits 17:17) set to `x`.
    #[must_use]
    pub const fn with_cr1_write_trap(self, x: bool) -> Self {
        Self(self.0 & !Self::CR1_WRITE_TRAP_MASK | (x as u32) << 17 & Self::CR1_WRITE_TRAP_MASK)
    }

    /// The mask of cr2_write_trap (bits 18:18).
    pub const CR2_WRITE_TRAP_MASK: u32 = 0x40000;

    /// Bits 18:18: intercept writes of CR2 after they complete (a trap).
    pub const fn cr2_write_trap(self) -> bool {
        self.0 >> 18 & 1 != 0
    }

    /// The value with cr2_write_trap (bits 18:18) set to `x`.
    #[must_use]
    pub const fn with_cr2_write_trap(self, x: bool) -> Self {
        Self(self.0 & !Self::CR2_WRITE_TRAP_MASK | (x as u32) << 18 & Self::CR2_WRITE_TRAP_MASK)
    }

    /// The mask of cr3_write_trap (bits 19:19).
    pub const CR3_WRITE_TRAP_MASK: u32 = 0x80000;

    /// Bits 19:19: intercept writes of CR3 after they complete (a trap).
    pub const fn cr3_write_trap(self) -> bool {
        self.0 >> 19 & 1 != 0
    }

    /// The value with cr3_write_trap (bits 19:19) set to `x`.
    #[must_use]
    pub const fn with_cr3_write_trap(self, x: bool) -> Self {
        Self(self.0 & !Self::CR3_WRITE_TRAP_MASK | (x as u32) << 19 & Self::CR3_WRITE_TRAP_MASK)
    }

    /// The mask of cr4_write_trap (bits 20:20).
    pub const CR4_WRITE_TRAP_MASK: u32 = 0x100000;

    /// Bits 20:20: intercept writes of CR4 after they complete (a trap).
    pub const fn cr4_write_trap(self) -> bool {
        self.0 >> 20 & 1 != 0
    }

    /// The value with cr4_write_trap (bits 20:20) set to `x`.
    #[must_use]
    pub const fn with_cr4_write_trap(self, x: bool) -> Self {
        Self(self.0 & !Self::CR4_WRITE_TRAP_MASK | (x as u32) << 20 & Self::CR4_WRITE_TRAP_MASK)
    }

    /// The mask of cr5_write_trap (bits 21:21).
    pub const CR5_WRITE_TRAP_MASK: u32 = 0x200000;

    /// Bits 21:21: intercept writes of CR5 after they complete (a trap).
    pub const fn cr5_write_trap(self) -> bool {
        self.0 >> 21 & 1 != 0
    }

    /// The value with cr5_write_trap (bits 21:21) set to `x`.
    #[must_use]
    pub const fn with_cr5_write_trap(self, x: bool) -> Self {
        Self(self.0 & !Self::CR5_WRITE_TRAP_MASK | (x as u32) << 21 & Self::CR5_WRITE_TRAP_MASK)
    }

    /// The mask of cr6_write_trap (bits 22:22).
    pub const CR6_WRITE_TRAP_MASK: u32 = 0x400000;

    /// Bits 22:22: intercept writes of CR6 after they complete (a trap).
    pub const fn cr6_write_trap(self) -> bool {
        self.0 >> 22 & 1 != 0
    }

    /// The value with cr6_write_trap (bits 22:22) set to `x`.
    #[must_use]
    pub const fn with_cr6_write_trap(self, x: bool) -> Self {
        Self(self.0 & !Self::CR6_WRITE_TRAP_MASK | (x as u32) << 22 & Self::CR6_WRITE_TRAP_MASK)
    }

    /// The mask of cr7_write_trap (bits 23:23).
    pub const CR7_WRITE_TRAP_MASK: u32 = 0x800000;

    /// Bits 23:23: intercept writes of CR7 after they complete (a trap).
    pub const fn cr7_write_trap(self) -> bool {
        self.0 >> 23 & 1 != 0
    }

    /// The value with cr7_write_trap (bits 23:23) set to `x`.
    #[must_use]
    pub const fn with_cr7_write_trap(self, x: bool) -> Self {
        Self(self.0 & !Self::CR7_WRITE_TRAP_MASK | (x as u32) << 23 & Self::CR7_WRITE_TRAP_MASK)
    }

    /// The mask of cr8_write_trap (bits 24:24).
    pub const CR8_WRITE_TRAP_MASK: u32 = 0x1000000;

    /// Bits 24:24: intercept writes of CR8 after they complete (a trap).
    pub const fn cr8_write_trap(self) -> bool {
        self.0 >> 24 & 1 != 0
    }

    /// The value with cr8_write_trap (bits 24:24) set to `x`.
    #[must_use]
    pub const fn with_cr8_write_trap(self, x: bool) -> Self {
        Self(self.0 & !Self::CR8_WRITE_TRAP_MASK | (x as u32) << 24 & Self::CR8_WRITE_TRAP_MASK)
    }

    /// The mask of cr9_write_trap (bits 25:25).
    pub const CR9_WRITE_TRAP_MASK: u32 = 0x2000000;

    /// Bits 25:25: intercept writes of CR9 after they complete (a trap).
    pub const fn cr9_write_trap(self) -> bool {
        self.0 >> 25 & 1 != 0
    }

    /// The value with cr9_write_trap (bits 25:25) set to `x`.
    #[must_use]
    pub const fn with_cr9_write_trap(self, x: bool) -> Self {
        Self(self.0 & !Self::CR9_WRITE_TRAP_MASK | (x as u32) << 25 & Self::CR9_WRITE_TRAP_MASK)
    }

    /// The mask of cr10_write_trap (bits 26:26).
    pub const CR10_WRITE_TRAP_MASK: u32 = 0x4000000;

    /// Bits 26:26: intercept writes of CR10 after they complete (a trap).
    pub const fn cr10_write_trap(self) -> bool {
        self.0 >> 26 & 1 != 0
    }

    /// The value with cr10_write_trap (bits 26:26) set to `x`.
    #[must_use]
    pub const fn with_cr10_write_trap(self, x: bool) -> Self {
        Self(self.0 & !Self::CR10_WRITE_TRAP_MASK | (x as u32) << 26 & Self::CR10_WRITE_TRAP_MASK)
    }

    /// The mask of cr11_write_trap (bits 27:27).
    pub const CR11_WRITE_TRAP_MASK: u32 = 0x8000000;

    /// Bits 27:27: intercept writes of CR11 after they complete (a trap).
    pub const fn cr11_write_trap(self) -> bool {
        self.0 >> 27 & 1 != 0
    }

    /// The value with cr11_write_trap (bits 27:27) set to `x`.
    #[must_use]
    pub const fn with_cr11_write_trap(self, x: bool) -> Self {
        Self(self.0 & !Self::CR11_WRITE_TRAP_MASK | (x as u32) << 27 & Self::CR11_WRITE_TRAP_MASK)
    }

    /// The mask of cr12_write_trap (bits 28:28).
    pub const CR12_WRITE_TRAP_MASK: u32 = 0x10000000;

    /// Bits 28:28: intercept writes of CR12 after they complete (a trap).
    pub const fn cr12_write_trap(self) -> bool {
        self.0 >> 28 & 1 != 0
    }

    /// The value with cr12_write_trap (bits 28:28) set to `x`.
    #[must_use]
    pub const fn with_cr12_write_trap(self, x: bool) -> Self {
        Self(self.0 & !Self::CR12_WRITE_TRAP_MASK | (x as u32) << 28 & Self::CR12_WRITE_TRAP_MASK)
    }

    /// The mask of cr13_write_trap (bits 29:29).
    pub const CR13_WRITE_TRAP_MASK: u32 = 0x20000000;

    /// Bits 29:29: intercept writes of CR13 after they complete (a trap).
    pub const fn cr13_write_trap(self) -> bool {
        self.0 >> 29 & 1 != 0
    }

    /// The value with cr13_write_trap (bits 29:29) set to `x`.
    #[must_use]
    pub const fn with_cr13_write_trap(self, x: bool) -> Self {
        Self(self.0 & !Self::CR13_WRITE_TRAP_MASK | (x as u32) << 29 & Self::CR13_WRITE_TRAP_MASK)
    }

    /// The mask of cr14_write_trap (bits 30:30).
    pub const CR14_WRITE_TRAP_MASK: u32 = 0x40000000;

    /// Bits 30:30: intercept writes of CR14 after they complete (a trap).
    pub const fn cr14_write_trap(self) -> bool {
        self.0 >> 30 & 1 != 0
    }

    /// The value with cr14_write_trap (bits 30:30) set to `x`.
    #[must_use]
    pub const fn with_cr14_write_trap(self, x: bool) -> Self {
        Self(self.0 & !Self::CR14_WRITE_TRAP_MASK | (x as u32) << 30 & Self::CR14_WRITE_TRAP_MASK)
    }

    /// The mask of cr15_write_trap (bits 31:31).
    pub const CR15_WRITE_TRAP_MASK: u32 = 0x80000000;

    /// Bits 31:31: intercept writes of CR15 after they complete (a trap).
    pub const fn cr15_write_trap(self) -> bool {
        self.0 >> 31 & 1 != 0
    }

    /// The value with cr15_write_trap (bits 31:31) set to `x`.
    #[must_use]
    pub const fn with_cr15_write_trap(self, x: bool) -> Self {
        Self(self.0 & !Self::CR15_WRITE_TRAP_MASK | (x as u32) << 31 & Self::CR15_WRITE_TRAP_MASK)
    }
}

/// third instruction intercept word (VMCB 014h). AMD APM Vol. 2, Table B-1
/// (014h); Section 15.9.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct InterceptMisc3(pub u32);

impl InterceptMisc3 {
    /// The layout over a raw value.
    pub const fn new(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// The mask of invlpgb (bits 0:0).
    pub const INVLPGB_MASK: u32 = 0x1;

    /// Bits 0:0: intercept INVLPGB.
    pub const fn invlpgb(self) -> bool {
        self.0 >> 0 & 1 != 0
    }

    /// The value with invlpgb (bits 0:0) set to `x`.
    #[must_use]
    pub const fn with_invlpgb(self, x: bool) -> Self {
        Self(self.0 & !Self::INVLPGB_MASK | (x as u32) << 0 & Self::INVLPGB_MASK)
    }

    /// The mask of invlpgb_illegal (bits 1:1).
    pub const INVLPGB_ILLEGAL_MASK: u32 = 0x2;

    /// Bits 1:1: intercept INVLPGB with an illegal operand.
    pub const fn invlpgb_illegal(self) -> bool {
        self.0 >> 1 & 1 != 0
    }

    /// The value with invlpgb_illegal (bits 1:1) set to `x`.
    #[must_use]
    pub const fn with_invlpgb_illegal(self, x: bool) -> Self {
        Self(self.0 & !Self::INVLPGB_ILLEGAL_MASK | (x as u32) << 1 & Self::INVLPGB_ILLEGAL_MASK)
    }

    /// The mask of invpcid (bits 2:2).
    pub const INVPCID_MASK: u32 = 0x4;

    /// Bits 2:2: intercept INVPCID.
    pub const fn invpcid(self) -> bool {
        self.0 >> 2 & 1 != 0
    }

    /// The value with invpcid (bits 2:2) set to `x`.
    #[must_use]
    pub const fn with_invpcid(self, x: bool) -> Self {
        Self(self.0 & !Self::INVPCID_MASK | (x as u32) << 2 & Self::INVPCID_MASK)
    }

    /// The mask of mcommit (bits 3:3).
    pub const MCOMMIT_MASK: u32 = 0x8;

    /// Bits 3:3: intercept MCOMMIT.
    pub const fn mcommit(self) -> bool {
        self.0 >> 3 & 1 != 0
    }

    /// The value with mcommit (bits 3:3) set to `x`.
    #[must_use]
    pub const fn with_mcommit(self, x: bool) -> Self {
        Self(self.0 & !Self::MCOMMIT_MASK | (x as u32) << 3 & Self::MCOMMIT_MASK)
    }

    /// The mask of tlbsync (bits 4:4).
    pub const TLBSYNC_MASK: u32 = 0x10;

    /// Bits 4:4: intercept TLBSYNC.
    pub const fn tlbsync(self) -> bool {
        self.0 >> 4 & 1 != 0
    }

    /// The value with tlbsync (bits 4:4) set to `x`.
    #[must_use]
    pub const fn with_tlbsync(self, x: bool) -> Self {
        Self(self.0 & !Self::TLBSYNC_MASK | (x as u32) << 4 & Self::TLBSYNC_MASK)
    }

    /// The mask of buslock (bits 5:5).
    pub const BUSLOCK_MASK: u32 = 0x20;

    /// Bits 5:5: intercept bus locks (with the bus lock counter at zero).
    pub const fn buslock(self) -> bool {
        self.0 >> 5 & 1 != 0
    }

    /// The value with buslock (bits 5:5) set to `x`.
    #[must_use]
    pub const fn with_buslock(self, x: bool) -> Self {
        Self(self.0 & !Self::BUSLOCK_MASK | (x as u32) << 5 & Self::BUSLOCK_MASK)
    }

    /// The mask of idle_hlt (bits 6:6).
    pub const IDLE_HLT_MASK: u32 = 0x40;

    /// Bits 6:6: intercept HLT with no virtual interrupt or NMI pending.
    pub const fn idle_hlt(self) -> bool {
        self.0 >> 6 & 1 != 0
    }

    /// The value with idle_hlt (bits 6:6) set to `x`.
    #[must_use]
    pub const fn with_idle_hlt(self, x: bool) -> Self {
        Self(self.0 & !Self::IDLE_HLT_MASK | (x as u32) << 6 & Self::IDLE_HLT_MASK)
    }
}

/// virtual interrupt control (VMCB 060h). AMD APM Vol. 2, Table B-1 (060h);
/// Section 15.21 (Interrupt and LAPIC Support).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Vintr(pub u64);

impl Vintr {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of v_tpr (bits 7:0).
    pub const V_TPR_MASK: u64 = 0xff;

    /// Bits 7:0: the guest's virtual TPR (CR8).
    pub const fn v_tpr(self) -> u8 {
        (self.0 >> 0 & 0xff) as u8
    }

    /// The value with v_tpr (bits 7:0) set to `x`.
    #[must_use]
    pub const fn with_v_tpr(self, x: u8) -> Self {
        Self(self.0 & !Self::V_TPR_MASK | (x as u64) << 0 & Self::V_TPR_MASK)
    }

    /// The mask of v_irq (bits 8:8).
    pub const V_IRQ_MASK: u64 = 0x100;

    /// Bits 8:8: a virtual interrupt is pending.
    pub const fn v_irq(self) -> bool {
        self.0 >> 8 & 1 != 0
    }

    /// The value with v_irq (bits 8:8) set to `x`.
    #[must_use]
    pub const fn with_v_irq(self, x: bool) -> Self {
        Self(self.0 & !Self::V_IRQ_MASK | (x as u64) << 8 & Self::V_IRQ_MASK)
    }

    /// The mask of v_gif (bits 9:9).
    pub const V_GIF_MASK: u64 = 0x200;

    /// Bits 9:9: the virtual GIF (with V_GIF_ENABLE).
    pub const fn v_gif(self) -> bool {
        self.0 >> 9 & 1 != 0
    }

    /// The value with v_gif (bits 9:9) set to `x`.
    #[must_use]
    pub const fn with_v_gif(self, x: bool) -> Self {
        Self(self.0 & !Self::V_GIF_MASK | (x as u64) << 9 & Self::V_GIF_MASK)
    }

    /// The mask of v_nmi (bits 11:11).
    pub const V_NMI_MASK: u64 = 0x800;

    /// Bits 11:11: a virtual NMI is pending (with V_NMI_ENABLE).
    pub const fn v_nmi(self) -> bool {
        self.0 >> 11 & 1 != 0
    }

    /// The value with v_nmi (bits 11:11) set to `x`.
    #[must_use]
    pub const fn with_v_nmi(self, x: bool) -> Self {
        Self(self.0 & !Self::V_NMI_MASK | (x as u64) << 11 & Self::V_NMI_MASK)
    }

    /// The mask of v_nmi_mask (bits 12:12).
    pub const V_NMI_MASK_MASK: u64 = 0x1000;

    /// Bits 12:12: virtual NMIs are blocked.
    pub const fn v_nmi_mask(self) -> bool {
        self.0 >> 12 & 1 != 0
    }

    /// The value with v_nmi_mask (bits 12:12) set to `x`.
    #[must_use]
    pub const fn with_v_nmi_mask(self, x: bool) -> Self {
        Self(self.0 & !Self::V_NMI_MASK_MASK | (x as u64) << 12 & Self::V_NMI_MASK_MASK)
    }

    /// The mask of v_intr_prio (bits 19:16).
    pub const V_INTR_PRIO_MASK: u64 = 0xf0000;

    /// Bits 19:16: priority of the pending virtual interrupt.
    pub const fn v_intr_prio(self) -> u8 {
        (self.0 >> 16 & 0xf) as u8
    }

    /// The value with v_intr_prio (bits 19:16) set to `x`.
    #[must_use]
    pub const fn with_v_intr_prio(self, x: u8) -> Self {
        Self(self.0 & !Self::V_INTR_PRIO_MASK | (x as u64) << 16 & Self::V_INTR_PRIO_MASK)
    }

    /// The mask of v_ign_tpr (bits 20:20).
    pub const V_IGN_TPR_MASK: u64 = 0x100000;

    /// Bits 20:20: the pending virtual interrupt ignores the virtual TPR.
    pub const fn v_ign_tpr(self) -> bool {
        self.0 >> 20 & 1 != 0
    }

    /// The value with v_ign_tpr (bits 20:20) set to `x`.
    #[must_use]
    pub const fn with_v_ign_tpr(self, x: bool) -> Self {
        Self(self.0 & !Self::V_IGN_TPR_MASK | (x as u64) << 20 & Self::V_IGN_TPR_MASK)
    }

    /// The mask of v_intr_masking (bits 24:24).
    pub const V_INTR_MASKING_MASK: u64 = 0x1000000;

    /// Bits 24:24: virtual interrupt masking: the guest's RFLAGS.IF and TPR act on virtual interrupts only.
    pub const fn v_intr_masking(self) -> bool {
        self.0 >> 24 & 1 != 0
    }

    /// The value with v_intr_masking (bits 24:24) set to `x`.
    #[must_use]
    pub const fn with_v_intr_masking(self, x: bool) -> Self {
        Self(self.0 & !Self::V_INTR_MASKING_MASK | (x as u64) << 24 & Self::V_INTR_MASKING_MASK)
    }

    /// The mask of v_gif_enable (bits 25:25).
    pub const V_GIF_ENABLE_MASK: u64 = 0x2000000;

    /// Bits 25:25: virtual GIF enable.
    pub const fn v_gif_enable(self) -> bool {
        self.0 >> 25 & 1 != 0
    }

    /// The value with v_gif_enable (bits 25:25) set to `x`.
    #[must_use]
    pub const fn with_v_gif_enable(self, x: bool) -> Self {
        Self(self.0 & !Self::V_GIF_ENABLE_MASK | (x as u64) << 25 & Self::V_GIF_ENABLE_MASK)
    }

    /// The mask of v_nmi_enable (bits 26:26).
    pub const V_NMI_ENABLE_MASK: u64 = 0x4000000;

    /// Bits 26:26: virtual NMI enable.
    pub const fn v_nmi_enable(self) -> bool {
        self.0 >> 26 & 1 != 0
    }

    /// The value with v_nmi_enable (bits 26:26) set to `x`.
    #[must_use]
    pub const fn with_v_nmi_enable(self, x: bool) -> Self {
        Self(self.0 & !Self::V_NMI_ENABLE_MASK | (x as u64) << 26 & Self::V_NMI_ENABLE_MASK)
    }

    /// The mask of v_intr_vector (bits 39:32).
    pub const V_INTR_VECTOR_MASK: u64 = 0xff00000000;

    /// Bits 39:32: vector of the pending virtual interrupt.
    pub const fn v_intr_vector(self) -> u8 {
        (self.0 >> 32 & 0xff) as u8
    }

    /// The value with v_intr_vector (bits 39:32) set to `x`.
    #[must_use]
    pub const fn with_v_intr_vector(self, x: u8) -> Self {
        Self(self.0 & !Self::V_INTR_VECTOR_MASK | (x as u64) << 32 & Self::V_INTR_VECTOR_MASK)
    }
}

/// guest interrupt state (VMCB 068h). AMD APM Vol. 2, Table B-1 (068h); Section
/// 15.21.5.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct IntState(pub u64);

impl IntState {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of interrupt_shadow (bits 0:0).
    pub const INTERRUPT_SHADOW_MASK: u64 = 0x1;

    /// Bits 0:0: the guest is in an interrupt shadow (after STI or MOV SS).
    pub const fn interrupt_shadow(self) -> bool {
        self.0 >> 0 & 1 != 0
    }

    /// The value with interrupt_shadow (bits 0:0) set to `x`.
    #[must_use]
    pub const fn with_interrupt_shadow(self, x: bool) -> Self {
        Self(self.0 & !Self::INTERRUPT_SHADOW_MASK | (x as u64) << 0 & Self::INTERRUPT_SHADOW_MASK)
    }

    /// The mask of guest_interrupt_mask (bits 1:1).
    pub const GUEST_INTERRUPT_MASK_MASK: u64 = 0x2;

    /// Bits 1:1: the guest's RFLAGS.IF value at #VMEXIT (with virtual interrupt masking).
    pub const fn guest_interrupt_mask(self) -> bool {
        self.0 >> 1 & 1 != 0
    }

    /// The value with guest_interrupt_mask (bits 1:1) set to `x`.
    #[must_use]
    pub const fn with_guest_interrupt_mask(self, x: bool) -> Self {
        Self(self.0 & !Self::GUEST_INTERRUPT_MASK_MASK | (x as u64) << 1 & Self::GUEST_INTERRUPT_MASK_MASK)
    }
}

/// event to inject at VMRUN (EVENTINJ, VMCB 0A8h). AMD APM Vol. 2, Table B-1
/// (0A8h); Section 15.20 (Event Injection), Figure 15-4.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct EventInj(pub u64);

impl EventInj {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of vector (bits 7:0).
    pub const VECTOR_MASK: u64 = 0xff;

    /// Bits 7:0: vector of the event (2 for NMI).
    pub const fn vector(self) -> u8 {
        (self.0 >> 0 & 0xff) as u8
    }

    /// The value with vector (bits 7:0) set to `x`.
    #[must_use]
    pub const fn with_vector(self, x: u8) -> Self {
        Self(self.0 & !Self::VECTOR_MASK | (x as u64) << 0 & Self::VECTOR_MASK)
    }

    /// The mask of type (bits 10:8).
    pub const TYPE_MASK: u64 = 0x700;
    /// type = 0: external or virtual interrupt.
    pub const TYPE_INTR: u8 = 0;
    /// type = 2: NMI.
    pub const TYPE_NMI: u8 = 2;
    /// type = 3: exception (fault or trap).
    pub const TYPE_EXCEPTION: u8 = 3;
    /// type = 4: software interrupt (INTn).
    pub const TYPE_SOFT_INT: u8 = 4;

    /// Bits 10:8: type of the event.
    pub const fn r#type(self) -> u8 {
        (self.0 >> 8 & 0x7) as u8
    }

    /// The value with type (bits 10:8) set to `x`.
    #[must_use]
    pub const fn with_type(self, x: u8) -> Self {
        Self(self.0 & !Self::TYPE_MASK | (x as u64) << 8 & Self::TYPE_MASK)
    }

    /// The mask of error_code_valid (bits 11:11).
    pub const ERROR_CODE_VALID_MASK: u64 = 0x800;

    /// Bits 11:11: the event pushes an error code (EV).
    pub const fn error_code_valid(self) -> bool {
        self.0 >> 11 & 1 != 0
    }

    /// The value with error_code_valid (bits 11:11) set to `x`.
    #[must_use]
    pub const fn with_error_code_valid(self, x: bool) -> Self {
        Self(self.0 & !Self::ERROR_CODE_VALID_MASK | (x as u64) << 11 & Self::ERROR_CODE_VALID_MASK)
    }

    /// The mask of valid (bits 31:31).
    pub const VALID_MASK: u64 = 0x80000000;

    /// Bits 31:31: the field holds an event (V).
    pub const fn valid(self) -> bool {
        self.0 >> 31 & 1 != 0
    }

    /// The value with valid (bits 31:31) set to `x`.
    #[must_use]
    pub const fn with_valid(self, x: bool) -> Self {
        Self(self.0 & !Self::VALID_MASK | (x as u64) << 31 & Self::VALID_MASK)
    }

    /// The mask of error_code (bits 63:32).
    pub const ERROR_CODE_MASK: u64 = 0xffffffff00000000;

    /// Bits 63:32: the error code the event pushes.
    pub const fn error_code(self) -> u32 {
        (self.0 >> 32 & 0xffffffff) as u32
    }

    /// The value with error_code (bits 63:32) set to `x`.
    #[must_use]
    pub const fn with_error_code(self, x: u32) -> Self {
        Self(self.0 & !Self::ERROR_CODE_MASK | (x as u64) << 32 & Self::ERROR_CODE_MASK)
    }
}

/// the event being delivered at #VMEXIT (EXITINTINFO, VMCB 088h). AMD APM Vol.
/// 2, Table B-1 (088h); Section 15.7.2 (Intercepts During IDT Interrupt
/// Delivery).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct ExitIntInfo(pub u64);

impl ExitIntInfo {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of vector (bits 7:0).
    pub const VECTOR_MASK: u64 = 0xff;

    /// Bits 7:0: vector of the event (2 for NMI).
    pub const fn vector(self) -> u8 {
        (self.0 >> 0 & 0xff) as u8
    }

    /// The value with vector (bits 7:0) set to `x`.
    #[must_use]
    pub const fn with_vector(self, x: u8) -> Self {
        Self(self.0 & !Self::VECTOR_MASK | (x as u64) << 0 & Self::VECTOR_MASK)
    }

    /// The mask of type (bits 10:8).
    pub const TYPE_MASK: u64 = 0x700;
    /// type = 0: external or virtual interrupt.
    pub const TYPE_INTR: u8 = 0;
    /// type = 2: NMI.
    pub const TYPE_NMI: u8 = 2;
    /// type = 3: exception (fault or trap).
    pub const TYPE_EXCEPTION: u8 = 3;
    /// type = 4: software interrupt (INTn).
    pub const TYPE_SOFT_INT: u8 = 4;

    /// Bits 10:8: type of the event.
    pub const fn r#type(self) -> u8 {
        (self.0 >> 8 & 0x7) as u8
    }

    /// The value with type (bits 10:8) set to `x`.
    #[must_use]
    pub const fn with_type(self, x: u8) -> Self {
        Self(self.0 & !Self::TYPE_MASK | (x as u64) << 8 & Self::TYPE_MASK)
    }

    /// The mask of error_code_valid (bits 11:11).
    pub const ERROR_CODE_VALID_MASK: u64 = 0x800;

    /// Bits 11:11: the event pushes an error code (EV).
    pub const fn error_code_valid(self) -> bool {
        self.0 >> 11 & 1 != 0
    }

    /// The value with error_code_valid (bits 11:11) set to `x`.
    #[must_use]
    pub const fn with_error_code_valid(self, x: bool) -> Self {
        Self(self.0 & !Self::ERROR_CODE_VALID_MASK | (x as u64) << 11 & Self::ERROR_CODE_VALID_MASK)
    }

    /// The mask of valid (bits 31:31).
    pub const VALID_MASK: u64 = 0x80000000;

    /// Bits 31:31: the field holds an event (V).
    pub const fn valid(self) -> bool {
        self.0 >> 31 & 1 != 0
    }

    /// The value with valid (bits 31:31) set to `x`.
    #[must_use]
    pub const fn with_valid(self, x: bool) -> Self {
        Self(self.0 & !Self::VALID_MASK | (x as u64) << 31 & Self::VALID_MASK)
    }

    /// The mask of error_code (bits 63:32).
    pub const ERROR_CODE_MASK: u64 = 0xffffffff00000000;

    /// Bits 63:32: the error code the event pushes.
    pub const fn error_code(self) -> u32 {
        (self.0 >> 32 & 0xffffffff) as u32
    }

    /// The value with error_code (bits 63:32) set to `x`.
    #[must_use]
    pub const fn with_error_code(self, x: u32) -> Self {
        Self(self.0 & !Self::ERROR_CODE_MASK | (x as u64) << 32 & Self::ERROR_CODE_MASK)
    }
}

/// EXITINFO1 of a nested page fault (#VMEXIT 0x400): the fault's error code.
/// AMD APM Vol. 2, Section 15.25.6 (Nested versus Guest Page Faults, Fault
/// Ordering).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct NpfExitInfo1(pub u64);

impl NpfExitInfo1 {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of present (bits 0:0).
    pub const PRESENT_MASK: u64 = 0x1;

    /// Bits 0:0: the nested page was present (a protection fault), else not present.
    pub const fn present(self) -> bool {
        self.0 >> 0 & 1 != 0
    }

    /// The value with present (bits 0:0) set to `x`.
    #[must_use]
    pub const fn with_present(self, x: bool) -> Self {
        Self(self.0 & !Self::PRESENT_MASK | (x as u64) << 0 & Self::PRESENT_MASK)
    }

    /// The mask of write (bits 1:1).
    pub const WRITE_MASK: u64 = 0x2;

    /// Bits 1:1: the access was a write.
    pub const fn write(self) -> bool {
        self.0 >> 1 & 1 != 0
    }

    /// The value with write (bits 1:1) set to `x`.
    #[must_use]
    pub const fn with_write(self, x: bool) -> Self {
        Self(self.0 & !Self::WRITE_MASK | (x as u64) << 1 & Self::WRITE_MASK)
    }

    /// The mask of user (bits 2:2).
    pub const USER_MASK: u64 = 0x4;

    /// Bits 2:2: the access was a user access (nested walks are user accesses).
    pub const fn user(self) -> bool {
        self.0 >> 2 & 1 != 0
    }

    /// The value with user (bits 2:2) set to `x`.
    #[must_use]
    pub const fn with_user(self, x: bool) -> Self {
        Self(self.0 & !Self::USER_MASK | (x as u64) << 2 & Self::USER_MASK)
    }

    /// The mask of reserved_bit (bits 3:3).
    pub const RESERVED_BIT_MASK: u64 = 0x8;

    /// Bits 3:3: a reserved bit was set in a nested page-table entry.
    pub const fn reserved_bit(self) -> bool {
        self.0 >> 3 & 1 != 0
    }

    /// The value with reserved_bit (bits 3:3) set to `x`.
    #[must_use]
    pub const fn with_reserved_bit(self, x: bool) -> Self {
        Self(self.0 & !Self::RESERVED_BIT_MASK | (x as u64) << 3 & Self::RESERVED_BIT_MASK)
    }

    /// The mask of fetch (bits 4:4).
    pub const FETCH_MASK: u64 = 0x10;

    /// Bits 4:4: the access was an instruction fetch.
    pub const fn fetch(self) -> bool {
        self.0 >> 4 & 1 != 0
    }

    /// The value with fetch (bits 4:4) set to `x`.
    #[must_use]
    pub const fn with_fetch(self, x: bool) -> Self {
        Self(self.0 & !Self::FETCH_MASK | (x as u64) << 4 & Self::FETCH_MASK)
    }

    /// The mask of final_gpa (bits 32:32).
    pub const FINAL_GPA_MASK: u64 = 0x100000000;

    /// Bits 32:32: the fault happened translating the final guest physical address.
    pub const fn final_gpa(self) -> bool {
        self.0 >> 32 & 1 != 0
    }

    /// The value with final_gpa (bits 32:32) set to `x`.
    #[must_use]
    pub const fn with_final_gpa(self, x: bool) -> Self {
        Self(self.0 & !Self::FINAL_GPA_MASK | (x as u64) << 32 & Self::FINAL_GPA_MASK)
    }

    /// The mask of guest_page_table (bits 33:33).
    pub const GUEST_PAGE_TABLE_MASK: u64 = 0x200000000;

    /// Bits 33:33: the fault happened translating a guest page-table access.
    pub const fn guest_page_table(self) -> bool {
        self.0 >> 33 & 1 != 0
    }

    /// The value with guest_page_table (bits 33:33) set to `x`.
    #[must_use]
    pub const fn with_guest_page_table(self, x: bool) -> Self {
        Self(self.0 & !Self::GUEST_PAGE_TABLE_MASK | (x as u64) << 33 & Self::GUEST_PAGE_TABLE_MASK)
    }
}

/// nested paging and SEV enables (VMCB 090h). AMD APM Vol. 2, Table B-1 (090h);
/// Sections 15.25 (Nested Paging), 15.34, 15.35.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct NestedCtl(pub u64);

impl NestedCtl {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of np_enable (bits 0:0).
    pub const NP_ENABLE_MASK: u64 = 0x1;

    /// Bits 0:0: enable nested paging.
    pub const fn np_enable(self) -> bool {
        self.0 >> 0 & 1 != 0
    }

    /// The value with np_enable (bits 0:0) set to `x`.
    #[must_use]
    pub const fn with_np_enable(self, x: bool) -> Self {
        Self(self.0 & !Self::NP_ENABLE_MASK | (x as u64) << 0 & Self::NP_ENABLE_MASK)
    }

    /// The mask of sev_enable (bits 1:1).
    pub const SEV_ENABLE_MASK: u64 = 0x2;

    /// Bits 1:1: enable SEV (encrypted guest memory).
    pub const fn sev_enable(self) -> bool {
        self.0 >> 1 & 1 != 0
    }

    /// The value with sev_enable (bits 1:1) set to `x`.
    #[must_use]
    pub const fn with_sev_enable(self, x: bool) -> Self {
        Self(self.0 & !Self::SEV_ENABLE_MASK | (x as u64) << 1 & Self::SEV_ENABLE_MASK)
    }

    /// The mask of sev_es_enable (bits 2:2).
    pub const SEV_ES_ENABLE_MASK: u64 = 0x4;

    /// Bits 2:2: enable SEV-ES (encrypted guest state).
    pub const fn sev_es_enable(self) -> bool {
        self.0 >> 2 & 1 != 0
    }

    /// The value with sev_es_enable (bits 2:2) set to `x`.
    #[must_use]
    pub const fn with_sev_es_enable(self, x: bool) -> Self {
        Self(self.0 & !Self::SEV_ES_ENABLE_MASK | (x as u64) << 2 & Self::SEV_ES_ENABLE_MASK)
    }
}

/// virtualization extensions (VMCB 0B8h). AMD APM Vol. 2, Table B-1 (0B8h);
/// Sections 15.23 (LBR Virtualization), 15.33.1 (VMSAVE and VMLOAD
/// Virtualization).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct VirtExt(pub u64);

impl VirtExt {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of lbr_virt_enable (bits 0:0).
    pub const LBR_VIRT_ENABLE_MASK: u64 = 0x1;

    /// Bits 0:0: LBR virtualization: the guest's DBGCTL and LBR MSRs live in the VMCB.
    pub const fn lbr_virt_enable(self) -> bool {
        self.0 >> 0 & 1 != 0
    }

    /// The value with lbr_virt_enable (bits 0:0) set to `x`.
    #[must_use]
    pub const fn with_lbr_virt_enable(self, x: bool) -> Self {
        Self(self.0 & !Self::LBR_VIRT_ENABLE_MASK | (x as u64) << 0 & Self::LBR_VIRT_ENABLE_MASK)
    }

    /// The mask of v_vmload_vmsave_enable (bits 1:1).
    pub const V_VMLOAD_VMSAVE_ENABLE_MASK: u64 = 0x2;

    /// Bits 1:1: virtualized VMSAVE/VMLOAD: the guest executes them without #VMEXIT.
    pub const fn v_vmload_vmsave_enable(self) -> bool {
        self.0 >> 1 & 1 != 0
    }

    /// The value with v_vmload_vmsave_enable (bits 1:1) set to `x`.
    #[must_use]
    pub const fn with_v_vmload_vmsave_enable(self, x: bool) -> Self {
        Self(self.0 & !Self::V_VMLOAD_VMSAVE_ENABLE_MASK | (x as u64) << 1 & Self::V_VMLOAD_VMSAVE_ENABLE_MASK)
    }
}

/// VMCB clean bits (VMCB 0C0h): state the CPU may take from its cache. AMD APM
/// Vol. 2, Table B-1 (0C0h); Section 15.15.3 (VMCB Clean Field), Table 15-9.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct CleanBits(pub u32);

impl CleanBits {
    /// The layout over a raw value.
    pub const fn new(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// The mask of intercepts (bits 0:0).
    pub const INTERCEPTS_MASK: u32 = 0x1;

    /// Bits 0:0: unchanged since the last VMRUN: the intercept vectors, TSC_OFFSET and the PAUSE filter.
    pub const fn intercepts(self) -> bool {
        self.0 >> 0 & 1 != 0
    }

    /// The value with intercepts (bits 0:0) set to `x`.
    #[must_use]
    pub const fn with_intercepts(self, x: bool) -> Self {
        Self(self.0 & !Self::INTERCEPTS_MASK | (x as u32) << 0 & Self::INTERCEPTS_MASK)
    }

    /// The mask of iopm (bits 1:1).
    pub const IOPM_MASK: u32 = 0x2;

    /// Bits 1:1: unchanged since the last VMRUN: IOPM_BASE_PA and MSRPM_BASE_PA.
    pub const fn iopm(self) -> bool {
        self.0 >> 1 & 1 != 0
    }

    /// The value with iopm (bits 1:1) set to `x`.
    #[must_use]
    pub const fn with_iopm(self, x: bool) -> Self {
        Self(self.0 & !Self::IOPM_MASK | (x as u32) << 1 & Self::IOPM_MASK)
    }

    /// The mask of asid (bits 2:2).
    pub const ASID_MASK: u32 = 0x4;

    /// Bits 2:2: unchanged since the last VMRUN: the ASID.
    pub const fn asid(self) -> bool {
        self.0 >> 2 & 1 != 0
    }

    /// The value with asid (bits 2:2) set to `x`.
    #[must_use]
    pub const fn with_asid(self, x: bool) -> Self {
        Self(self.0 & !Self::ASID_MASK | (x as u32) << 2 & Self::ASID_MASK)
    }

    /// The mask of tpr (bits 3:3).
    pub const TPR_MASK: u32 = 0x8;

    /// Bits 3:3: unchanged since the last VMRUN: the virtual interrupt control (V_TPR ..).
    pub const fn tpr(self) -> bool {
        self.0 >> 3 & 1 != 0
    }

    /// The value with tpr (bits 3:3) set to `x`.
    #[must_use]
    pub const fn with_tpr(self, x: bool) -> Self {
        Self(self.0 & !Self::TPR_MASK | (x as u32) << 3 & Self::TPR_MASK)
    }

    /// The mask of np (bits 4:4).
    pub const NP_MASK: u32 = 0x10;

    /// Bits 4:4: unchanged since the last VMRUN: nested paging: NP_ENABLE, N_CR3, G_PAT.
    pub const fn np(self) -> bool {
        self.0 >> 4 & 1 != 0
    }

    /// The value with np (bits 4:4) set to `x`.
    #[must_use]
    pub const fn with_np(self, x: bool) -> Self {
        Self(self.0 & !Self::NP_MASK | (x as u32) << 4 & Self::NP_MASK)
    }

    /// The mask of crx (bits 5:5).
    pub const CRX_MASK: u32 = 0x20;

    /// Bits 5:5: unchanged since the last VMRUN: CR0, CR3, CR4, EFER.
    pub const fn crx(self) -> bool {
        self.0 >> 5 & 1 != 0
    }

    /// The value with crx (bits 5:5) set to `x`.
    #[must_use]
    pub const fn with_crx(self, x: bool) -> Self {
        Self(self.0 & !Self::CRX_MASK | (x as u32) << 5 & Self::CRX_MASK)
    }

    /// The mask of drx (bits 6:6).
    pub const DRX_MASK: u32 = 0x40;

    /// Bits 6:6: unchanged since the last VMRUN: DR6, DR7.
    pub const fn drx(self) -> bool {
        self.0 >> 6 & 1 != 0
    }

    /// The value with drx (bits 6:6) set to `x`.
    #[must_use]
    pub const fn with_drx(self, x: bool) -> Self {
        Self(self.0 & !Self::DRX_MASK | (x as u32) << 6 & Self::DRX_MASK)
    }

    /// The mask of dt (bits 7:7).
    pub const DT_MASK: u32 = 0x80;

    /// Bits 7:7: unchanged since the last VMRUN: GDTR, IDTR.
    pub const fn dt(self) -> bool {
        self.0 >> 7 & 1 != 0
    }

    /// The value with dt (bits 7:7) set to `x`.
    #[must_use]
    pub const fn with_dt(self, x: bool) -> Self {
        Self(self.0 & !Self::DT_MASK | (x as u32) << 7 & Self::DT_MASK)
    }

    /// The mask of seg (bits 8:8).
    pub const SEG_MASK: u32 = 0x100;

    /// Bits 8:8: unchanged since the last VMRUN: CS, DS, ES, SS, CPL.
    pub const fn seg(self) -> bool {
        self.0 >> 8 & 1 != 0
    }

    /// The value with seg (bits 8:8) set to `x`.
    #[must_use]
    pub const fn with_seg(self, x: bool) -> Self {
        Self(self.0 & !Self::SEG_MASK | (x as u32) << 8 & Self::SEG_MASK)
    }

    /// The mask of cr2 (bits 9:9).
    pub const CR2_MASK: u32 = 0x200;

    /// Bits 9:9: unchanged since the last VMRUN: CR2.
    pub const fn cr2(self) -> bool {
        self.0 >> 9 & 1 != 0
    }

    /// The value with cr2 (bits 9:9) set to `x`.
    #[must_use]
    pub const fn with_cr2(self, x: bool) -> Self {
        Self(self.0 & !Self::CR2_MASK | (x as u32) << 9 & Self::CR2_MASK)
    }

    /// The mask of lbr (bits 10:10).
    pub const LBR_MASK: u32 = 0x400;

    /// Bits 10:10: unchanged since the last VMRUN: DBGCTL and the LBR MSRs.
    pub const fn lbr(self) -> bool {
        self.0 >> 10 & 1 != 0
    }

    /// The value with lbr (bits 10:10) set to `x`.
    #[must_use]
    pub const fn with_lbr(self, x: bool) -> Self {
        Self(self.0 & !Self::LBR_MASK | (x as u32) << 10 & Self::LBR_MASK)
    }
}

/// segment attributes in the VMCB (the attrib member of struct
/// svm_vmcb_segment). AMD APM Vol. 2, Section 15.5.1 (Basic Operation): segment
/// attributes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct SegmentAttrib(pub u32);

impl SegmentAttrib {
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

    /// Bits 3:0: segment type (descriptor bits 43:40).
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

    /// Bits 4:4: S: code or data segment (descriptor bit 44).
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

    /// Bits 6:5: descriptor privilege level (descriptor bits 46:45).
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

    /// Bits 7:7: present (descriptor bit 47).
    pub const fn p(self) -> bool {
        self.0 >> 7 & 1 != 0
    }

    /// The value with p (bits 7:7) set to `x`.
    #[must_use]
    pub const fn with_p(self, x: bool) -> Self {
        Self(self.0 & !Self::P_MASK | (x as u32) << 7 & Self::P_MASK)
    }

    /// The mask of avl (bits 8:8).
    pub const AVL_MASK: u32 = 0x100;

    /// Bits 8:8: available to software (descriptor bit 52).
    pub const fn avl(self) -> bool {
        self.0 >> 8 & 1 != 0
    }

    /// The value with avl (bits 8:8) set to `x`.
    #[must_use]
    pub const fn with_avl(self, x: bool) -> Self {
        Self(self.0 & !Self::AVL_MASK | (x as u32) << 8 & Self::AVL_MASK)
    }

    /// The mask of l (bits 9:9).
    pub const L_MASK: u32 = 0x200;

    /// Bits 9:9: long mode code segment (descriptor bit 53).
    pub const fn l(self) -> bool {
        self.0 >> 9 & 1 != 0
    }

    /// The value with l (bits 9:9) set to `x`.
    #[must_use]
    pub const fn with_l(self, x: bool) -> Self {
        Self(self.0 & !Self::L_MASK | (x as u32) << 9 & Self::L_MASK)
    }

    /// The mask of db (bits 10:10).
    pub const DB_MASK: u32 = 0x400;

    /// Bits 10:10: default operation size (descriptor bit 54).
    pub const fn db(self) -> bool {
        self.0 >> 10 & 1 != 0
    }

    /// The value with db (bits 10:10) set to `x`.
    #[must_use]
    pub const fn with_db(self, x: bool) -> Self {
        Self(self.0 & !Self::DB_MASK | (x as u32) << 10 & Self::DB_MASK)
    }

    /// The mask of g (bits 11:11).
    pub const G_MASK: u32 = 0x800;

    /// Bits 11:11: granularity (descriptor bit 55).
    pub const fn g(self) -> bool {
        self.0 >> 11 & 1 != 0
    }

    /// The value with g (bits 11:11) set to `x`.
    #[must_use]
    pub const fn with_g(self, x: bool) -> Self {
        Self(self.0 & !Self::G_MASK | (x as u32) << 11 & Self::G_MASK)
    }
}

/// rAX of INVLPGB: the address and what to invalidate. AMD APM Vol. 3, INVLPGB.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct InvlpgbRax(pub u64);

impl InvlpgbRax {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of va_valid (bits 0:0).
    pub const VA_VALID_MASK: u64 = 0x1;

    /// Bits 0:0: invalidate by virtual address (bits 63:12).
    pub const fn va_valid(self) -> bool {
        self.0 >> 0 & 1 != 0
    }

    /// The value with va_valid (bits 0:0) set to `x`.
    #[must_use]
    pub const fn with_va_valid(self, x: bool) -> Self {
        Self(self.0 & !Self::VA_VALID_MASK | (x as u64) << 0 & Self::VA_VALID_MASK)
    }

    /// The mask of pcid_valid (bits 1:1).
    pub const PCID_VALID_MASK: u64 = 0x2;

    /// Bits 1:1: only the PCID in EDX.
    pub const fn pcid_valid(self) -> bool {
        self.0 >> 1 & 1 != 0
    }

    /// The value with pcid_valid (bits 1:1) set to `x`.
    #[must_use]
    pub const fn with_pcid_valid(self, x: bool) -> Self {
        Self(self.0 & !Self::PCID_VALID_MASK | (x as u64) << 1 & Self::PCID_VALID_MASK)
    }

    /// The mask of asid_valid (bits 2:2).
    pub const ASID_VALID_MASK: u64 = 0x4;

    /// Bits 2:2: only the ASID in EDX.
    pub const fn asid_valid(self) -> bool {
        self.0 >> 2 & 1 != 0
    }

    /// The value with asid_valid (bits 2:2) set to `x`.
    #[must_use]
    pub const fn with_asid_valid(self, x: bool) -> Self {
        Self(self.0 & !Self::ASID_VALID_MASK | (x as u64) << 2 & Self::ASID_VALID_MASK)
    }

    /// The mask of include_global (bits 3:3).
    pub const INCLUDE_GLOBAL_MASK: u64 = 0x8;

    /// Bits 3:3: global translations too.
    pub const fn include_global(self) -> bool {
        self.0 >> 3 & 1 != 0
    }

    /// The value with include_global (bits 3:3) set to `x`.
    #[must_use]
    pub const fn with_include_global(self, x: bool) -> Self {
        Self(self.0 & !Self::INCLUDE_GLOBAL_MASK | (x as u64) << 3 & Self::INCLUDE_GLOBAL_MASK)
    }

    /// The mask of final_only (bits 4:4).
    pub const FINAL_ONLY_MASK: u64 = 0x10;

    /// Bits 4:4: only final (leaf) translations, not the page-walk caches.
    pub const fn final_only(self) -> bool {
        self.0 >> 4 & 1 != 0
    }

    /// The value with final_only (bits 4:4) set to `x`.
    #[must_use]
    pub const fn with_final_only(self, x: bool) -> Self {
        Self(self.0 & !Self::FINAL_ONLY_MASK | (x as u64) << 4 & Self::FINAL_ONLY_MASK)
    }

    /// The mask of include_nested (bits 5:5).
    pub const INCLUDE_NESTED_MASK: u64 = 0x20;

    /// Bits 5:5: nested (guest) translations too.
    pub const fn include_nested(self) -> bool {
        self.0 >> 5 & 1 != 0
    }

    /// The value with include_nested (bits 5:5) set to `x`.
    #[must_use]
    pub const fn with_include_nested(self, x: bool) -> Self {
        Self(self.0 & !Self::INCLUDE_NESTED_MASK | (x as u64) << 5 & Self::INCLUDE_NESTED_MASK)
    }

    /// The mask of va (bits 63:12).
    pub const VA_MASK: u64 = 0xfffffffffffff000;

    /// Bits 63:12: the virtual page number (address bits 63:12).
    pub const fn va(self) -> u64 {
        (self.0 >> 12 & 0xfffffffffffff) as u64
    }

    /// The value with va (bits 63:12) set to `x`.
    #[must_use]
    pub const fn with_va(self, x: u64) -> Self {
        Self(self.0 & !Self::VA_MASK | (x as u64) << 12 & Self::VA_MASK)
    }
}

/// ECX of INVLPGB: how many pages, and their stride. AMD APM Vol. 3, INVLPGB.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct InvlpgbEcx(pub u32);

impl InvlpgbEcx {
    /// The layout over a raw value.
    pub const fn new(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// The mask of count (bits 15:0).
    pub const COUNT_MASK: u32 = 0xffff;

    /// Bits 15:0: the number of pages after the first.
    pub const fn count(self) -> u16 {
        (self.0 >> 0 & 0xffff) as u16
    }

    /// The value with count (bits 15:0) set to `x`.
    #[must_use]
    pub const fn with_count(self, x: u16) -> Self {
        Self(self.0 & !Self::COUNT_MASK | (x as u32) << 0 & Self::COUNT_MASK)
    }

    /// The mask of stride_2m (bits 31:31).
    pub const STRIDE_2M_MASK: u32 = 0x80000000;

    /// Bits 31:31: the pages are 2 MBytes apart, else 4 KBytes.
    pub const fn stride_2m(self) -> bool {
        self.0 >> 31 & 1 != 0
    }

    /// The value with stride_2m (bits 31:31) set to `x`.
    #[must_use]
    pub const fn with_stride_2m(self, x: bool) -> Self {
        Self(self.0 & !Self::STRIDE_2M_MASK | (x as u32) << 31 & Self::STRIDE_2M_MASK)
    }
}

/// EDX of INVLPGB: which address space. AMD APM Vol. 3, INVLPGB.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct InvlpgbEdx(pub u32);

impl InvlpgbEdx {
    /// The layout over a raw value.
    pub const fn new(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// The mask of asid (bits 15:0).
    pub const ASID_MASK: u32 = 0xffff;

    /// Bits 15:0: the ASID (with asid_valid).
    pub const fn asid(self) -> u16 {
        (self.0 >> 0 & 0xffff) as u16
    }

    /// The value with asid (bits 15:0) set to `x`.
    #[must_use]
    pub const fn with_asid(self, x: u16) -> Self {
        Self(self.0 & !Self::ASID_MASK | (x as u32) << 0 & Self::ASID_MASK)
    }

    /// The mask of pcid (bits 27:16).
    pub const PCID_MASK: u32 = 0xfff0000;

    /// Bits 27:16: the PCID (with pcid_valid).
    pub const fn pcid(self) -> u16 {
        (self.0 >> 16 & 0xfff) as u16
    }

    /// The value with pcid (bits 27:16) set to `x`.
    #[must_use]
    pub const fn with_pcid(self, x: u16) -> Self {
        Self(self.0 & !Self::PCID_MASK | (x as u32) << 16 & Self::PCID_MASK)
    }
}

/// what RMPADJUST sets (RDX). AMD APM Vol. 3, RMPADJUST: RDX.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct RmpadjustAttributes(pub u64);

impl RmpadjustAttributes {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of target_vmpl (bits 7:0).
    pub const TARGET_VMPL_MASK: u64 = 0xff;

    /// Bits 7:0: the VMPL whose permissions change (numerically greater than the current one).
    pub const fn target_vmpl(self) -> u8 {
        (self.0 >> 0 & 0xff) as u8
    }

    /// The value with target_vmpl (bits 7:0) set to `x`.
    #[must_use]
    pub const fn with_target_vmpl(self, x: u8) -> Self {
        Self(self.0 & !Self::TARGET_VMPL_MASK | (x as u64) << 0 & Self::TARGET_VMPL_MASK)
    }

    /// The mask of read (bits 8:8).
    pub const READ_MASK: u64 = 0x100;

    /// Bits 8:8: the target VMPL may read the page.
    pub const fn read(self) -> bool {
        self.0 >> 8 & 1 != 0
    }

    /// The value with read (bits 8:8) set to `x`.
    #[must_use]
    pub const fn with_read(self, x: bool) -> Self {
        Self(self.0 & !Self::READ_MASK | (x as u64) << 8 & Self::READ_MASK)
    }

    /// The mask of write (bits 9:9).
    pub const WRITE_MASK: u64 = 0x200;

    /// Bits 9:9: the target VMPL may write the page.
    pub const fn write(self) -> bool {
        self.0 >> 9 & 1 != 0
    }

    /// The value with write (bits 9:9) set to `x`.
    #[must_use]
    pub const fn with_write(self, x: bool) -> Self {
        Self(self.0 & !Self::WRITE_MASK | (x as u64) << 9 & Self::WRITE_MASK)
    }

    /// The mask of user_execute (bits 10:10).
    pub const USER_EXECUTE_MASK: u64 = 0x400;

    /// Bits 10:10: the target VMPL may execute the page at CPL 3.
    pub const fn user_execute(self) -> bool {
        self.0 >> 10 & 1 != 0
    }

    /// The value with user_execute (bits 10:10) set to `x`.
    #[must_use]
    pub const fn with_user_execute(self, x: bool) -> Self {
        Self(self.0 & !Self::USER_EXECUTE_MASK | (x as u64) << 10 & Self::USER_EXECUTE_MASK)
    }

    /// The mask of supervisor_execute (bits 11:11).
    pub const SUPERVISOR_EXECUTE_MASK: u64 = 0x800;

    /// Bits 11:11: the target VMPL may execute the page at CPL 0..2.
    pub const fn supervisor_execute(self) -> bool {
        self.0 >> 11 & 1 != 0
    }

    /// The value with supervisor_execute (bits 11:11) set to `x`.
    #[must_use]
    pub const fn with_supervisor_execute(self, x: bool) -> Self {
        Self(self.0 & !Self::SUPERVISOR_EXECUTE_MASK | (x as u64) << 11 & Self::SUPERVISOR_EXECUTE_MASK)
    }

    /// The mask of vmsa (bits 16:16).
    pub const VMSA_MASK: u64 = 0x10000;

    /// Bits 16:16: the page is a VMSA (only from VMPL0).
    pub const fn vmsa(self) -> bool {
        self.0 >> 16 & 1 != 0
    }

    /// The value with vmsa (bits 16:16) set to `x`.
    #[must_use]
    pub const fn with_vmsa(self, x: bool) -> Self {
        Self(self.0 & !Self::VMSA_MASK | (x as u64) << 16 & Self::VMSA_MASK)
    }
}

/// the GHCB MSR as a protocol message. AMD APM GHCB specification (56421),
/// Section 2.3.1 (GHCB MSR Protocol).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct GhcbMsr(pub u64);

impl GhcbMsr {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of info (bits 11:0).
    pub const INFO_MASK: u64 = 0xfff;

    /// Bits 11:0: the request or response code (enum ghcb_msr_info); 0 when the MSR holds the GHCB's address.
    pub const fn info(self) -> u16 {
        (self.0 >> 0 & 0xfff) as u16
    }

    /// The value with info (bits 11:0) set to `x`.
    #[must_use]
    pub const fn with_info(self, x: u16) -> Self {
        Self(self.0 & !Self::INFO_MASK | (x as u64) << 0 & Self::INFO_MASK)
    }

    /// The mask of data (bits 63:12).
    pub const DATA_MASK: u64 = 0xfffffffffffff000;

    /// Bits 63:12: the code's data (a GHCB guest frame number, features, ...).
    pub const fn data(self) -> u64 {
        (self.0 >> 12 & 0xfffffffffffff) as u64
    }

    /// The value with data (bits 63:12) set to `x`.
    #[must_use]
    pub const fn with_data(self, x: u64) -> Self {
        Self(self.0 & !Self::DATA_MASK | (x as u64) << 12 & Self::DATA_MASK)
    }
}

/// the SEV information response of the GHCB MSR protocol. AMD APM GHCB
/// specification (56421), Section 2.3.1, SEV Information.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct GhcbMsrSevInfo(pub u64);

impl GhcbMsrSevInfo {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of info (bits 11:0).
    pub const INFO_MASK: u64 = 0xfff;

    /// Bits 11:0: GHCB_MSR_SEV_INFO_RESP.
    pub const fn info(self) -> u16 {
        (self.0 >> 0 & 0xfff) as u16
    }

    /// The value with info (bits 11:0) set to `x`.
    #[must_use]
    pub const fn with_info(self, x: u16) -> Self {
        Self(self.0 & !Self::INFO_MASK | (x as u64) << 0 & Self::INFO_MASK)
    }

    /// The mask of cbit (bits 31:24).
    pub const CBIT_MASK: u64 = 0xff000000;

    /// Bits 31:24: the page-table bit that marks a page encrypted.
    pub const fn cbit(self) -> u8 {
        (self.0 >> 24 & 0xff) as u8
    }

    /// The value with cbit (bits 31:24) set to `x`.
    #[must_use]
    pub const fn with_cbit(self, x: u8) -> Self {
        Self(self.0 & !Self::CBIT_MASK | (x as u64) << 24 & Self::CBIT_MASK)
    }

    /// The mask of min_version (bits 47:32).
    pub const MIN_VERSION_MASK: u64 = 0xffff00000000;

    /// Bits 47:32: the lowest GHCB protocol version the hypervisor speaks.
    pub const fn min_version(self) -> u16 {
        (self.0 >> 32 & 0xffff) as u16
    }

    /// The value with min_version (bits 47:32) set to `x`.
    #[must_use]
    pub const fn with_min_version(self, x: u16) -> Self {
        Self(self.0 & !Self::MIN_VERSION_MASK | (x as u64) << 32 & Self::MIN_VERSION_MASK)
    }

    /// The mask of max_version (bits 63:48).
    pub const MAX_VERSION_MASK: u64 = 0xffff000000000000;

    /// Bits 63:48: the highest GHCB protocol version the hypervisor speaks.
    pub const fn max_version(self) -> u16 {
        (self.0 >> 48 & 0xffff) as u16
    }

    /// The value with max_version (bits 63:48) set to `x`.
    #[must_use]
    pub const fn with_max_version(self, x: u16) -> Self {
        Self(self.0 & !Self::MAX_VERSION_MASK | (x as u64) << 48 & Self::MAX_VERSION_MASK)
    }
}

/// a CPUID request of the GHCB MSR protocol. AMD APM GHCB specification
/// (56421), Section 2.3.1, CPUID.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct GhcbMsrCpuid(pub u64);

impl GhcbMsrCpuid {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of info (bits 11:0).
    pub const INFO_MASK: u64 = 0xfff;

    /// Bits 11:0: GHCB_MSR_CPUID_REQ.
    pub const fn info(self) -> u16 {
        (self.0 >> 0 & 0xfff) as u16
    }

    /// The value with info (bits 11:0) set to `x`.
    #[must_use]
    pub const fn with_info(self, x: u16) -> Self {
        Self(self.0 & !Self::INFO_MASK | (x as u64) << 0 & Self::INFO_MASK)
    }

    /// The mask of reg (bits 31:30).
    pub const REG_MASK: u64 = 0xc0000000;
    /// reg = 0.
    pub const REG_EAX: u8 = 0;
    /// reg = 1.
    pub const REG_EBX: u8 = 1;
    /// reg = 2.
    pub const REG_ECX: u8 = 2;
    /// reg = 3.
    pub const REG_EDX: u8 = 3;

    /// Bits 31:30: the register asked for.
    pub const fn reg(self) -> u8 {
        (self.0 >> 30 & 0x3) as u8
    }

    /// The value with reg (bits 31:30) set to `x`.
    #[must_use]
    pub const fn with_reg(self, x: u8) -> Self {
        Self(self.0 & !Self::REG_MASK | (x as u64) << 30 & Self::REG_MASK)
    }

    /// The mask of function (bits 63:32).
    pub const FUNCTION_MASK: u64 = 0xffffffff00000000;

    /// Bits 63:32: the CPUID function (EAX input).
    pub const fn function(self) -> u32 {
        (self.0 >> 32 & 0xffffffff) as u32
    }

    /// The value with function (bits 63:32) set to `x`.
    #[must_use]
    pub const fn with_function(self, x: u32) -> Self {
        Self(self.0 & !Self::FUNCTION_MASK | (x as u64) << 32 & Self::FUNCTION_MASK)
    }
}

/// a page state change request of the GHCB MSR protocol. AMD APM GHCB
/// specification (56421), Section 2.3.1, SNP Page State Change.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct GhcbMsrPsc(pub u64);

impl GhcbMsrPsc {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of info (bits 11:0).
    pub const INFO_MASK: u64 = 0xfff;

    /// Bits 11:0: GHCB_MSR_PSC_REQ.
    pub const fn info(self) -> u16 {
        (self.0 >> 0 & 0xfff) as u16
    }

    /// The value with info (bits 11:0) set to `x`.
    #[must_use]
    pub const fn with_info(self, x: u16) -> Self {
        Self(self.0 & !Self::INFO_MASK | (x as u64) << 0 & Self::INFO_MASK)
    }

    /// The mask of gfn (bits 51:12).
    pub const GFN_MASK: u64 = 0xffffffffff000;

    /// Bits 51:12: the guest frame number of the 4-KByte page.
    pub const fn gfn(self) -> u64 {
        (self.0 >> 12 & 0xffffffffff) as u64
    }

    /// The value with gfn (bits 51:12) set to `x`.
    #[must_use]
    pub const fn with_gfn(self, x: u64) -> Self {
        Self(self.0 & !Self::GFN_MASK | (x as u64) << 12 & Self::GFN_MASK)
    }

    /// The mask of operation (bits 55:52).
    pub const OPERATION_MASK: u64 = 0xf0000000000000;

    /// Bits 55:52: the operation (enum ghcb_psc_op: PRIVATE or SHARED).
    pub const fn operation(self) -> u8 {
        (self.0 >> 52 & 0xf) as u8
    }

    /// The value with operation (bits 55:52) set to `x`.
    #[must_use]
    pub const fn with_operation(self, x: u8) -> Self {
        Self(self.0 & !Self::OPERATION_MASK | (x as u64) << 52 & Self::OPERATION_MASK)
    }
}

/// a termination request of the GHCB MSR protocol. AMD APM GHCB specification
/// (56421), Section 2.3.1, Termination Request.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct GhcbMsrTerm(pub u64);

impl GhcbMsrTerm {
    /// The layout over a raw value.
    pub const fn new(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw value.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// The mask of info (bits 11:0).
    pub const INFO_MASK: u64 = 0xfff;

    /// Bits 11:0: GHCB_MSR_TERM_REQ.
    pub const fn info(self) -> u16 {
        (self.0 >> 0 & 0xfff) as u16
    }

    /// The value with info (bits 11:0) set to `x`.
    #[must_use]
    pub const fn with_info(self, x: u16) -> Self {
        Self(self.0 & !Self::INFO_MASK | (x as u64) << 0 & Self::INFO_MASK)
    }

    /// The mask of reason_set (bits 15:12).
    pub const REASON_SET_MASK: u64 = 0xf000;

    /// Bits 15:12: the reason set (0: the GHCB specification's).
    pub const fn reason_set(self) -> u8 {
        (self.0 >> 12 & 0xf) as u8
    }

    /// The value with reason_set (bits 15:12) set to `x`.
    #[must_use]
    pub const fn with_reason_set(self, x: u8) -> Self {
        Self(self.0 & !Self::REASON_SET_MASK | (x as u64) << 12 & Self::REASON_SET_MASK)
    }

    /// The mask of reason_code (bits 23:16).
    pub const REASON_CODE_MASK: u64 = 0xff0000;

    /// Bits 23:16: the reason within its set (set 0: 0 general, 1 protocol version unsupported, 2 SNP unsupported).
    pub const fn reason_code(self) -> u8 {
        (self.0 >> 16 & 0xff) as u8
    }

    /// The value with reason_code (bits 23:16) set to `x`.
    #[must_use]
    pub const fn with_reason_code(self, x: u8) -> Self {
        Self(self.0 & !Self::REASON_CODE_MASK | (x as u64) << 16 & Self::REASON_CODE_MASK)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each field of cpuid_ext_ecx alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn cpuid_ext_ecx() {
        assert_eq!(CpuidExtEcx::SVM_MASK as u64, 0x4u64);
        assert_eq!(CpuidExtEcx(0).with_svm(true).0, CpuidExtEcx::SVM_MASK);
        assert!(CpuidExtEcx(!0).svm());
        assert!(!CpuidExtEcx(!CpuidExtEcx::SVM_MASK).svm());
        assert_eq!(CpuidExtEcx(!0).with_svm(false).0, !CpuidExtEcx::SVM_MASK);
    }

    /// Each field of cpuid_svm_eax alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn cpuid_svm_eax() {
        assert_eq!(CpuidSvmEax::SVM_REV_MASK as u64, 0xffu64);
        assert_eq!(CpuidSvmEax(0).with_svm_rev(0xff).0, CpuidSvmEax::SVM_REV_MASK);
        assert_eq!(CpuidSvmEax(!0).svm_rev(), 0xff);
        assert_eq!(CpuidSvmEax(!CpuidSvmEax::SVM_REV_MASK).svm_rev(), 0);
        assert_eq!(CpuidSvmEax(!0).with_svm_rev(0).0, !CpuidSvmEax::SVM_REV_MASK);
    }

    /// Each field of cpuid_svm_ebx alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn cpuid_svm_ebx() {
        assert_eq!(CpuidSvmEbx::NASID_MASK as u64, 0xffffffffu64);
        assert_eq!(CpuidSvmEbx(0).with_nasid(0xffffffff).0, CpuidSvmEbx::NASID_MASK);
        assert_eq!(CpuidSvmEbx(!0).nasid(), 0xffffffff);
        assert_eq!(CpuidSvmEbx(!CpuidSvmEbx::NASID_MASK).nasid(), 0);
        assert_eq!(CpuidSvmEbx(!0).with_nasid(0).0, !CpuidSvmEbx::NASID_MASK);
    }

    /// Each field of cpuid_svm_edx alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn cpuid_svm_edx() {
        assert_eq!(CpuidSvmEdx::NP_MASK as u64, 0x1u64);
        assert_eq!(CpuidSvmEdx(0).with_np(true).0, CpuidSvmEdx::NP_MASK);
        assert!(CpuidSvmEdx(!0).np());
        assert!(!CpuidSvmEdx(!CpuidSvmEdx::NP_MASK).np());
        assert_eq!(CpuidSvmEdx(!0).with_np(false).0, !CpuidSvmEdx::NP_MASK);
        assert_eq!(CpuidSvmEdx::LBR_VIRT_MASK as u64, 0x2u64);
        assert_eq!(CpuidSvmEdx(0).with_lbr_virt(true).0, CpuidSvmEdx::LBR_VIRT_MASK);
        assert!(CpuidSvmEdx(!0).lbr_virt());
        assert!(!CpuidSvmEdx(!CpuidSvmEdx::LBR_VIRT_MASK).lbr_virt());
        assert_eq!(CpuidSvmEdx(!0).with_lbr_virt(false).0, !CpuidSvmEdx::LBR_VIRT_MASK);
        assert_eq!(CpuidSvmEdx::SVML_MASK as u64, 0x4u64);
        assert_eq!(CpuidSvmEdx(0).with_svml(true).0, CpuidSvmEdx::SVML_MASK);
        assert!(CpuidSvmEdx(!0).svml());
        assert!(!CpuidSvmEdx(!CpuidSvmEdx::SVML_MASK).svml());
        assert_eq!(CpuidSvmEdx(!0).with_svml(false).0, !CpuidSvmEdx::SVML_MASK);
        assert_eq!(CpuidSvmEdx::NRIPS_MASK as u64, 0x8u64);
        assert_eq!(CpuidSvmEdx(0).with_nrips(true).0, CpuidSvmEdx::NRIPS_MASK);
        assert!(CpuidSvmEdx(!0).nrips());
        assert!(!CpuidSvmEdx(!CpuidSvmEdx::NRIPS_MASK).nrips());
        assert_eq!(CpuidSvmEdx(!0).with_nrips(false).0, !CpuidSvmEdx::NRIPS_MASK);
        assert_eq!(CpuidSvmEdx::TSC_RATE_MSR_MASK as u64, 0x10u64);
        assert_eq!(CpuidSvmEdx(0).with_tsc_rate_msr(true).0, CpuidSvmEdx::TSC_RATE_MSR_MASK);
        assert!(CpuidSvmEdx(!0).tsc_rate_msr());
        assert!(!CpuidSvmEdx(!CpuidSvmEdx::TSC_RATE_MSR_MASK).tsc_rate_msr());
        assert_eq!(CpuidSvmEdx(!0).with_tsc_rate_msr(false).0, !CpuidSvmEdx::TSC_RATE_MSR_MASK);
        assert_eq!(CpuidSvmEdx::VMCB_CLEAN_MASK as u64, 0x20u64);
        assert_eq!(CpuidSvmEdx(0).with_vmcb_clean(true).0, CpuidSvmEdx::VMCB_CLEAN_MASK);
        assert!(CpuidSvmEdx(!0).vmcb_clean());
        assert!(!CpuidSvmEdx(!CpuidSvmEdx::VMCB_CLEAN_MASK).vmcb_clean());
        assert_eq!(CpuidSvmEdx(!0).with_vmcb_clean(false).0, !CpuidSvmEdx::VMCB_CLEAN_MASK);
        assert_eq!(CpuidSvmEdx::FLUSH_BY_ASID_MASK as u64, 0x40u64);
        assert_eq!(CpuidSvmEdx(0).with_flush_by_asid(true).0, CpuidSvmEdx::FLUSH_BY_ASID_MASK);
        assert!(CpuidSvmEdx(!0).flush_by_asid());
        assert!(!CpuidSvmEdx(!CpuidSvmEdx::FLUSH_BY_ASID_MASK).flush_by_asid());
        assert_eq!(CpuidSvmEdx(!0).with_flush_by_asid(false).0, !CpuidSvmEdx::FLUSH_BY_ASID_MASK);
        assert_eq!(CpuidSvmEdx::DECODE_ASSISTS_MASK as u64, 0x80u64);
        assert_eq!(CpuidSvmEdx(0).with_decode_assists(true).0, CpuidSvmEdx::DECODE_ASSISTS_MASK);
        assert!(CpuidSvmEdx(!0).decode_assists());
        assert!(!CpuidSvmEdx(!CpuidSvmEdx::DECODE_ASSISTS_MASK).decode_assists());
        assert_eq!(CpuidSvmEdx(!0).with_decode_assists(false).0, !CpuidSvmEdx::DECODE_ASSISTS_MASK);
        assert_eq!(CpuidSvmEdx::PAUSE_FILTER_MASK as u64, 0x400u64);
        assert_eq!(CpuidSvmEdx(0).with_pause_filter(true).0, CpuidSvmEdx::PAUSE_FILTER_MASK);
        assert!(CpuidSvmEdx(!0).pause_filter());
        assert!(!CpuidSvmEdx(!CpuidSvmEdx::PAUSE_FILTER_MASK).pause_filter());
        assert_eq!(CpuidSvmEdx(!0).with_pause_filter(false).0, !CpuidSvmEdx::PAUSE_FILTER_MASK);
        assert_eq!(CpuidSvmEdx::PAUSE_FILTER_THRESHOLD_MASK as u64, 0x1000u64);
        assert_eq!(CpuidSvmEdx(0).with_pause_filter_threshold(true).0, CpuidSvmEdx::PAUSE_FILTER_THRESHOLD_MASK);
        assert!(CpuidSvmEdx(!0).pause_filter_threshold());
        assert!(!CpuidSvmEdx(!CpuidSvmEdx::PAUSE_FILTER_THRESHOLD_MASK).pause_filter_threshold());
        assert_eq!(CpuidSvmEdx(!0).with_pause_filter_threshold(false).0, !CpuidSvmEdx::PAUSE_FILTER_THRESHOLD_MASK);
        assert_eq!(CpuidSvmEdx::AVIC_MASK as u64, 0x2000u64);
        assert_eq!(CpuidSvmEdx(0).with_avic(true).0, CpuidSvmEdx::AVIC_MASK);
        assert!(CpuidSvmEdx(!0).avic());
        assert!(!CpuidSvmEdx(!CpuidSvmEdx::AVIC_MASK).avic());
        assert_eq!(CpuidSvmEdx(!0).with_avic(false).0, !CpuidSvmEdx::AVIC_MASK);
        assert_eq!(CpuidSvmEdx::V_VMSAVE_VMLOAD_MASK as u64, 0x8000u64);
        assert_eq!(CpuidSvmEdx(0).with_v_vmsave_vmload(true).0, CpuidSvmEdx::V_VMSAVE_VMLOAD_MASK);
        assert!(CpuidSvmEdx(!0).v_vmsave_vmload());
        assert!(!CpuidSvmEdx(!CpuidSvmEdx::V_VMSAVE_VMLOAD_MASK).v_vmsave_vmload());
        assert_eq!(CpuidSvmEdx(!0).with_v_vmsave_vmload(false).0, !CpuidSvmEdx::V_VMSAVE_VMLOAD_MASK);
        assert_eq!(CpuidSvmEdx::VGIF_MASK as u64, 0x10000u64);
        assert_eq!(CpuidSvmEdx(0).with_vgif(true).0, CpuidSvmEdx::VGIF_MASK);
        assert!(CpuidSvmEdx(!0).vgif());
        assert!(!CpuidSvmEdx(!CpuidSvmEdx::VGIF_MASK).vgif());
        assert_eq!(CpuidSvmEdx(!0).with_vgif(false).0, !CpuidSvmEdx::VGIF_MASK);
        assert_eq!(CpuidSvmEdx::GMET_MASK as u64, 0x20000u64);
        assert_eq!(CpuidSvmEdx(0).with_gmet(true).0, CpuidSvmEdx::GMET_MASK);
        assert!(CpuidSvmEdx(!0).gmet());
        assert!(!CpuidSvmEdx(!CpuidSvmEdx::GMET_MASK).gmet());
        assert_eq!(CpuidSvmEdx(!0).with_gmet(false).0, !CpuidSvmEdx::GMET_MASK);
        assert_eq!(CpuidSvmEdx::SPEC_CTRL_MASK as u64, 0x100000u64);
        assert_eq!(CpuidSvmEdx(0).with_spec_ctrl(true).0, CpuidSvmEdx::SPEC_CTRL_MASK);
        assert!(CpuidSvmEdx(!0).spec_ctrl());
        assert!(!CpuidSvmEdx(!CpuidSvmEdx::SPEC_CTRL_MASK).spec_ctrl());
        assert_eq!(CpuidSvmEdx(!0).with_spec_ctrl(false).0, !CpuidSvmEdx::SPEC_CTRL_MASK);
        assert_eq!(CpuidSvmEdx::VNMI_MASK as u64, 0x2000000u64);
        assert_eq!(CpuidSvmEdx(0).with_vnmi(true).0, CpuidSvmEdx::VNMI_MASK);
        assert!(CpuidSvmEdx(!0).vnmi());
        assert!(!CpuidSvmEdx(!CpuidSvmEdx::VNMI_MASK).vnmi());
        assert_eq!(CpuidSvmEdx(!0).with_vnmi(false).0, !CpuidSvmEdx::VNMI_MASK);
        assert_eq!(CpuidSvmEdx::BUS_LOCK_THRESHOLD_MASK as u64, 0x20000000u64);
        assert_eq!(CpuidSvmEdx(0).with_bus_lock_threshold(true).0, CpuidSvmEdx::BUS_LOCK_THRESHOLD_MASK);
        assert!(CpuidSvmEdx(!0).bus_lock_threshold());
        assert!(!CpuidSvmEdx(!CpuidSvmEdx::BUS_LOCK_THRESHOLD_MASK).bus_lock_threshold());
        assert_eq!(CpuidSvmEdx(!0).with_bus_lock_threshold(false).0, !CpuidSvmEdx::BUS_LOCK_THRESHOLD_MASK);
        assert_eq!(CpuidSvmEdx::IDLE_HLT_MASK as u64, 0x40000000u64);
        assert_eq!(CpuidSvmEdx(0).with_idle_hlt(true).0, CpuidSvmEdx::IDLE_HLT_MASK);
        assert!(CpuidSvmEdx(!0).idle_hlt());
        assert!(!CpuidSvmEdx(!CpuidSvmEdx::IDLE_HLT_MASK).idle_hlt());
        assert_eq!(CpuidSvmEdx(!0).with_idle_hlt(false).0, !CpuidSvmEdx::IDLE_HLT_MASK);
    }

    /// Each field of intercept_cr alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn intercept_cr() {
        assert_eq!(InterceptCr::CR0_READ_MASK as u64, 0x1u64);
        assert_eq!(InterceptCr(0).with_cr0_read(true).0, InterceptCr::CR0_READ_MASK);
        assert!(InterceptCr(!0).cr0_read());
        assert!(!InterceptCr(!InterceptCr::CR0_READ_MASK).cr0_read());
        assert_eq!(InterceptCr(!0).with_cr0_read(false).0, !InterceptCr::CR0_READ_MASK);
        assert_eq!(InterceptCr::CR1_READ_MASK as u64, 0x2u64);
        assert_eq!(InterceptCr(0).with_cr1_read(true).0, InterceptCr::CR1_READ_MASK);
        assert!(InterceptCr(!0).cr1_read());
        assert!(!InterceptCr(!InterceptCr::CR1_READ_MASK).cr1_read());
        assert_eq!(InterceptCr(!0).with_cr1_read(false).0, !InterceptCr::CR1_READ_MASK);
        assert_eq!(InterceptCr::CR2_READ_MASK as u64, 0x4u64);
        assert_eq!(InterceptCr(0).with_cr2_read(true).0, InterceptCr::CR2_READ_MASK);
        assert!(InterceptCr(!0).cr2_read());
        assert!(!InterceptCr(!InterceptCr::CR2_READ_MASK).cr2_read());
        assert_eq!(InterceptCr(!0).with_cr2_read(false).0, !InterceptCr::CR2_READ_MASK);
        assert_eq!(InterceptCr::CR3_READ_MASK as u64, 0x8u64);
        assert_eq!(InterceptCr(0).with_cr3_read(true).0, InterceptCr::CR3_READ_MASK);
        assert!(InterceptCr(!0).cr3_read());
        assert!(!InterceptCr(!InterceptCr::CR3_READ_MASK).cr3_read());
        assert_eq!(InterceptCr(!0).with_cr3_read(false).0, !InterceptCr::CR3_READ_MASK);
        assert_eq!(InterceptCr::CR4_READ_MASK as u64, 0x10u64);
        assert_eq!(InterceptCr(0).with_cr4_read(true).0, InterceptCr::CR4_READ_MASK);
        assert!(InterceptCr(!0).cr4_read());
        assert!(!InterceptCr(!InterceptCr::CR4_READ_MASK).cr4_read());
        assert_eq!(InterceptCr(!0).with_cr4_read(false).0, !InterceptCr::CR4_READ_MASK);
        assert_eq!(InterceptCr::CR5_READ_MASK as u64, 0x20u64);
        assert_eq!(InterceptCr(0).with_cr5_read(true).0, InterceptCr::CR5_READ_MASK);
        assert!(InterceptCr(!0).cr5_read());
        assert!(!InterceptCr(!InterceptCr::CR5_READ_MASK).cr5_read());
        assert_eq!(InterceptCr(!0).with_cr5_read(false).0, !InterceptCr::CR5_READ_MASK);
        assert_eq!(InterceptCr::CR6_READ_MASK as u64, 0x40u64);
        assert_eq!(InterceptCr(0).with_cr6_read(true).0, InterceptCr::CR6_READ_MASK);
        assert!(InterceptCr(!0).cr6_read());
        assert!(!InterceptCr(!InterceptCr::CR6_READ_MASK).cr6_read());
        assert_eq!(InterceptCr(!0).with_cr6_read(false).0, !InterceptCr::CR6_READ_MASK);
        assert_eq!(InterceptCr::CR7_READ_MASK as u64, 0x80u64);
        assert_eq!(InterceptCr(0).with_cr7_read(true).0, InterceptCr::CR7_READ_MASK);
        assert!(InterceptCr(!0).cr7_read());
        assert!(!InterceptCr(!InterceptCr::CR7_READ_MASK).cr7_read());
        assert_eq!(InterceptCr(!0).with_cr7_read(false).0, !InterceptCr::CR7_READ_MASK);
        assert_eq!(InterceptCr::CR8_READ_MASK as u64, 0x100u64);
        assert_eq!(InterceptCr(0).with_cr8_read(true).0, InterceptCr::CR8_READ_MASK);
        assert!(InterceptCr(!0).cr8_read());
        assert!(!InterceptCr(!InterceptCr::CR8_READ_MASK).cr8_read());
        assert_eq!(InterceptCr(!0).with_cr8_read(false).0, !InterceptCr::CR8_READ_MASK);
        assert_eq!(InterceptCr::CR9_READ_MASK as u64, 0x200u64);
        assert_eq!(InterceptCr(0).with_cr9_read(true).0, InterceptCr::CR9_READ_MASK);
        assert!(InterceptCr(!0).cr9_read());
        assert!(!InterceptCr(!InterceptCr::CR9_READ_MASK).cr9_read());
        assert_eq!(InterceptCr(!0).with_cr9_read(false).0, !InterceptCr::CR9_READ_MASK);
        assert_eq!(InterceptCr::CR10_READ_MASK as u64, 0x400u64);
        assert_eq!(InterceptCr(0).with_cr10_read(true).0, InterceptCr::CR10_READ_MASK);
        assert!(InterceptCr(!0).cr10_read());
        assert!(!InterceptCr(!InterceptCr::CR10_READ_MASK).cr10_read());
        assert_eq!(InterceptCr(!0).with_cr10_read(false).0, !InterceptCr::CR10_READ_MASK);
        assert_eq!(InterceptCr::CR11_READ_MASK as u64, 0x800u64);
        assert_eq!(InterceptCr(0).with_cr11_read(true).0, InterceptCr::CR11_READ_MASK);
        assert!(InterceptCr(!0).cr11_read());
        assert!(!InterceptCr(!InterceptCr::CR11_READ_MASK).cr11_read());
        assert_eq!(InterceptCr(!0).with_cr11_read(false).0, !InterceptCr::CR11_READ_MASK);
        assert_eq!(InterceptCr::CR12_READ_MASK as u64, 0x1000u64);
        assert_eq!(InterceptCr(0).with_cr12_read(true).0, InterceptCr::CR12_READ_MASK);
        assert!(InterceptCr(!0).cr12_read());
        assert!(!InterceptCr(!InterceptCr::CR12_READ_MASK).cr12_read());
        assert_eq!(InterceptCr(!0).with_cr12_read(false).0, !InterceptCr::CR12_READ_MASK);
        assert_eq!(InterceptCr::CR13_READ_MASK as u64, 0x2000u64);
        assert_eq!(InterceptCr(0).with_cr13_read(true).0, InterceptCr::CR13_READ_MASK);
        assert!(InterceptCr(!0).cr13_read());
        assert!(!InterceptCr(!InterceptCr::CR13_READ_MASK).cr13_read());
        assert_eq!(InterceptCr(!0).with_cr13_read(false).0, !InterceptCr::CR13_READ_MASK);
        assert_eq!(InterceptCr::CR14_READ_MASK as u64, 0x4000u64);
        assert_eq!(InterceptCr(0).with_cr14_read(true).0, InterceptCr::CR14_READ_MASK);
        assert!(InterceptCr(!0).cr14_read());
        assert!(!InterceptCr(!InterceptCr::CR14_READ_MASK).cr14_read());
        assert_eq!(InterceptCr(!0).with_cr14_read(false).0, !InterceptCr::CR14_READ_MASK);
        assert_eq!(InterceptCr::CR15_READ_MASK as u64, 0x8000u64);
        assert_eq!(InterceptCr(0).with_cr15_read(true).0, InterceptCr::CR15_READ_MASK);
        assert!(InterceptCr(!0).cr15_read());
        assert!(!InterceptCr(!InterceptCr::CR15_READ_MASK).cr15_read());
        assert_eq!(InterceptCr(!0).with_cr15_read(false).0, !InterceptCr::CR15_READ_MASK);
        assert_eq!(InterceptCr::CR0_WRITE_MASK as u64, 0x10000u64);
        assert_eq!(InterceptCr(0).with_cr0_write(true).0, InterceptCr::CR0_WRITE_MASK);
        assert!(InterceptCr(!0).cr0_write());
        assert!(!InterceptCr(!InterceptCr::CR0_WRITE_MASK).cr0_write());
        assert_eq!(InterceptCr(!0).with_cr0_write(false).0, !InterceptCr::CR0_WRITE_MASK);
        assert_eq!(InterceptCr::CR1_WRITE_MASK as u64, 0x20000u64);
        assert_eq!(InterceptCr(0).with_cr1_write(true).0, InterceptCr::CR1_WRITE_MASK);
        assert!(InterceptCr(!0).cr1_write());
        assert!(!InterceptCr(!InterceptCr::CR1_WRITE_MASK).cr1_write());
        assert_eq!(InterceptCr(!0).with_cr1_write(false).0, !InterceptCr::CR1_WRITE_MASK);
        assert_eq!(InterceptCr::CR2_WRITE_MASK as u64, 0x40000u64);
        assert_eq!(InterceptCr(0).with_cr2_write(true).0, InterceptCr::CR2_WRITE_MASK);
        assert!(InterceptCr(!0).cr2_write());
        assert!(!InterceptCr(!InterceptCr::CR2_WRITE_MASK).cr2_write());
        assert_eq!(InterceptCr(!0).with_cr2_write(false).0, !InterceptCr::CR2_WRITE_MASK);
        assert_eq!(InterceptCr::CR3_WRITE_MASK as u64, 0x80000u64);
        assert_eq!(InterceptCr(0).with_cr3_write(true).0, InterceptCr::CR3_WRITE_MASK);
        assert!(InterceptCr(!0).cr3_write());
        assert!(!InterceptCr(!InterceptCr::CR3_WRITE_MASK).cr3_write());
        assert_eq!(InterceptCr(!0).with_cr3_write(false).0, !InterceptCr::CR3_WRITE_MASK);
        assert_eq!(InterceptCr::CR4_WRITE_MASK as u64, 0x100000u64);
        assert_eq!(InterceptCr(0).with_cr4_write(true).0, InterceptCr::CR4_WRITE_MASK);
        assert!(InterceptCr(!0).cr4_write());
        assert!(!InterceptCr(!InterceptCr::CR4_WRITE_MASK).cr4_write());
        assert_eq!(InterceptCr(!0).with_cr4_write(false).0, !InterceptCr::CR4_WRITE_MASK);
        assert_eq!(InterceptCr::CR5_WRITE_MASK as u64, 0x200000u64);
        assert_eq!(InterceptCr(0).with_cr5_write(true).0, InterceptCr::CR5_WRITE_MASK);
        assert!(InterceptCr(!0).cr5_write());
        assert!(!InterceptCr(!InterceptCr::CR5_WRITE_MASK).cr5_write());
        assert_eq!(InterceptCr(!0).with_cr5_write(false).0, !InterceptCr::CR5_WRITE_MASK);
        assert_eq!(InterceptCr::CR6_WRITE_MASK as u64, 0x400000u64);
        assert_eq!(InterceptCr(0).with_cr6_write(true).0, InterceptCr::CR6_WRITE_MASK);
        assert!(InterceptCr(!0).cr6_write());
        assert!(!InterceptCr(!InterceptCr::CR6_WRITE_MASK).cr6_write());
        assert_eq!(InterceptCr(!0).with_cr6_write(false).0, !InterceptCr::CR6_WRITE_MASK);
        assert_eq!(InterceptCr::CR7_WRITE_MASK as u64, 0x800000u64);
        assert_eq!(InterceptCr(0).with_cr7_write(true).0, InterceptCr::CR7_WRITE_MASK);
        assert!(InterceptCr(!0).cr7_write());
        assert!(!InterceptCr(!InterceptCr::CR7_WRITE_MASK).cr7_write());
        assert_eq!(InterceptCr(!0).with_cr7_write(false).0, !InterceptCr::CR7_WRITE_MASK);
        assert_eq!(InterceptCr::CR8_WRITE_MASK as u64, 0x1000000u64);
        assert_eq!(InterceptCr(0).with_cr8_write(true).0, InterceptCr::CR8_WRITE_MASK);
        assert!(InterceptCr(!0).cr8_write());
        assert!(!InterceptCr(!InterceptCr::CR8_WRITE_MASK).cr8_write());
        assert_eq!(InterceptCr(!0).with_cr8_write(false).0, !InterceptCr::CR8_WRITE_MASK);
        assert_eq!(InterceptCr::CR9_WRITE_MASK as u64, 0x2000000u64);
        assert_eq!(InterceptCr(0).with_cr9_write(true).0, InterceptCr::CR9_WRITE_MASK);
        assert!(InterceptCr(!0).cr9_write());
        assert!(!InterceptCr(!InterceptCr::CR9_WRITE_MASK).cr9_write());
        assert_eq!(InterceptCr(!0).with_cr9_write(false).0, !InterceptCr::CR9_WRITE_MASK);
        assert_eq!(InterceptCr::CR10_WRITE_MASK as u64, 0x4000000u64);
        assert_eq!(InterceptCr(0).with_cr10_write(true).0, InterceptCr::CR10_WRITE_MASK);
        assert!(InterceptCr(!0).cr10_write());
        assert!(!InterceptCr(!InterceptCr::CR10_WRITE_MASK).cr10_write());
        assert_eq!(InterceptCr(!0).with_cr10_write(false).0, !InterceptCr::CR10_WRITE_MASK);
        assert_eq!(InterceptCr::CR11_WRITE_MASK as u64, 0x8000000u64);
        assert_eq!(InterceptCr(0).with_cr11_write(true).0, InterceptCr::CR11_WRITE_MASK);
        assert!(InterceptCr(!0).cr11_write());
        assert!(!InterceptCr(!InterceptCr::CR11_WRITE_MASK).cr11_write());
        assert_eq!(InterceptCr(!0).with_cr11_write(false).0, !InterceptCr::CR11_WRITE_MASK);
        assert_eq!(InterceptCr::CR12_WRITE_MASK as u64, 0x10000000u64);
        assert_eq!(InterceptCr(0).with_cr12_write(true).0, InterceptCr::CR12_WRITE_MASK);
        assert!(InterceptCr(!0).cr12_write());
        assert!(!InterceptCr(!InterceptCr::CR12_WRITE_MASK).cr12_write());
        assert_eq!(InterceptCr(!0).with_cr12_write(false).0, !InterceptCr::CR12_WRITE_MASK);
        assert_eq!(InterceptCr::CR13_WRITE_MASK as u64, 0x20000000u64);
        assert_eq!(InterceptCr(0).with_cr13_write(true).0, InterceptCr::CR13_WRITE_MASK);
        assert!(InterceptCr(!0).cr13_write());
        assert!(!InterceptCr(!InterceptCr::CR13_WRITE_MASK).cr13_write());
        assert_eq!(InterceptCr(!0).with_cr13_write(false).0, !InterceptCr::CR13_WRITE_MASK);
        assert_eq!(InterceptCr::CR14_WRITE_MASK as u64, 0x40000000u64);
        assert_eq!(InterceptCr(0).with_cr14_write(true).0, InterceptCr::CR14_WRITE_MASK);
        assert!(InterceptCr(!0).cr14_write());
        assert!(!InterceptCr(!InterceptCr::CR14_WRITE_MASK).cr14_write());
        assert_eq!(InterceptCr(!0).with_cr14_write(false).0, !InterceptCr::CR14_WRITE_MASK);
        assert_eq!(InterceptCr::CR15_WRITE_MASK as u64, 0x80000000u64);
        assert_eq!(InterceptCr(0).with_cr15_write(true).0, InterceptCr::CR15_WRITE_MASK);
        assert!(InterceptCr(!0).cr15_write());
        assert!(!InterceptCr(!InterceptCr::CR15_WRITE_MASK).cr15_write());
        assert_eq!(InterceptCr(!0).with_cr15_write(false).0, !InterceptCr::CR15_WRITE_MASK);
    }

    /// Each field of intercept_dr alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn intercept_dr() {
        assert_eq!(InterceptDr::DR0_READ_MASK as u64, 0x1u64);
        assert_eq!(InterceptDr(0).with_dr0_read(true).0, InterceptDr::DR0_READ_MASK);
        assert!(InterceptDr(!0).dr0_read());
        assert!(!InterceptDr(!InterceptDr::DR0_READ_MASK).dr0_read());
        assert_eq!(InterceptDr(!0).with_dr0_read(false).0, !InterceptDr::DR0_READ_MASK);
        assert_eq!(InterceptDr::DR1_READ_MASK as u64, 0x2u64);
        assert_eq!(InterceptDr(0).with_dr1_read(true).0, InterceptDr::DR1_READ_MASK);
        assert!(InterceptDr(!0).dr1_read());
        assert!(!InterceptDr(!InterceptDr::DR1_READ_MASK).dr1_read());
        assert_eq!(InterceptDr(!0).with_dr1_read(false).0, !InterceptDr::DR1_READ_MASK);
        assert_eq!(InterceptDr::DR2_READ_MASK as u64, 0x4u64);
        assert_eq!(InterceptDr(0).with_dr2_read(true).0, InterceptDr::DR2_READ_MASK);
        assert!(InterceptDr(!0).dr2_read());
        assert!(!InterceptDr(!InterceptDr::DR2_READ_MASK).dr2_read());
        assert_eq!(InterceptDr(!0).with_dr2_read(false).0, !InterceptDr::DR2_READ_MASK);
        assert_eq!(InterceptDr::DR3_READ_MASK as u64, 0x8u64);
        assert_eq!(InterceptDr(0).with_dr3_read(true).0, InterceptDr::DR3_READ_MASK);
        assert!(InterceptDr(!0).dr3_read());
        assert!(!InterceptDr(!InterceptDr::DR3_READ_MASK).dr3_read());
        assert_eq!(InterceptDr(!0).with_dr3_read(false).0, !InterceptDr::DR3_READ_MASK);
        assert_eq!(InterceptDr::DR4_READ_MASK as u64, 0x10u64);
        assert_eq!(InterceptDr(0).with_dr4_read(true).0, InterceptDr::DR4_READ_MASK);
        assert!(InterceptDr(!0).dr4_read());
        assert!(!InterceptDr(!InterceptDr::DR4_READ_MASK).dr4_read());
        assert_eq!(InterceptDr(!0).with_dr4_read(false).0, !InterceptDr::DR4_READ_MASK);
        assert_eq!(InterceptDr::DR5_READ_MASK as u64, 0x20u64);
        assert_eq!(InterceptDr(0).with_dr5_read(true).0, InterceptDr::DR5_READ_MASK);
        assert!(InterceptDr(!0).dr5_read());
        assert!(!InterceptDr(!InterceptDr::DR5_READ_MASK).dr5_read());
        assert_eq!(InterceptDr(!0).with_dr5_read(false).0, !InterceptDr::DR5_READ_MASK);
        assert_eq!(InterceptDr::DR6_READ_MASK as u64, 0x40u64);
        assert_eq!(InterceptDr(0).with_dr6_read(true).0, InterceptDr::DR6_READ_MASK);
        assert!(InterceptDr(!0).dr6_read());
        assert!(!InterceptDr(!InterceptDr::DR6_READ_MASK).dr6_read());
        assert_eq!(InterceptDr(!0).with_dr6_read(false).0, !InterceptDr::DR6_READ_MASK);
        assert_eq!(InterceptDr::DR7_READ_MASK as u64, 0x80u64);
        assert_eq!(InterceptDr(0).with_dr7_read(true).0, InterceptDr::DR7_READ_MASK);
        assert!(InterceptDr(!0).dr7_read());
        assert!(!InterceptDr(!InterceptDr::DR7_READ_MASK).dr7_read());
        assert_eq!(InterceptDr(!0).with_dr7_read(false).0, !InterceptDr::DR7_READ_MASK);
        assert_eq!(InterceptDr::DR8_READ_MASK as u64, 0x100u64);
        assert_eq!(InterceptDr(0).with_dr8_read(true).0, InterceptDr::DR8_READ_MASK);
        assert!(InterceptDr(!0).dr8_read());
        assert!(!InterceptDr(!InterceptDr::DR8_READ_MASK).dr8_read());
        assert_eq!(InterceptDr(!0).with_dr8_read(false).0, !InterceptDr::DR8_READ_MASK);
        assert_eq!(InterceptDr::DR9_READ_MASK as u64, 0x200u64);
        assert_eq!(InterceptDr(0).with_dr9_read(true).0, InterceptDr::DR9_READ_MASK);
        assert!(InterceptDr(!0).dr9_read());
        assert!(!InterceptDr(!InterceptDr::DR9_READ_MASK).dr9_read());
        assert_eq!(InterceptDr(!0).with_dr9_read(false).0, !InterceptDr::DR9_READ_MASK);
        assert_eq!(InterceptDr::DR10_READ_MASK as u64, 0x400u64);
        assert_eq!(InterceptDr(0).with_dr10_read(true).0, InterceptDr::DR10_READ_MASK);
        assert!(InterceptDr(!0).dr10_read());
        assert!(!InterceptDr(!InterceptDr::DR10_READ_MASK).dr10_read());
        assert_eq!(InterceptDr(!0).with_dr10_read(false).0, !InterceptDr::DR10_READ_MASK);
        assert_eq!(InterceptDr::DR11_READ_MASK as u64, 0x800u64);
        assert_eq!(InterceptDr(0).with_dr11_read(true).0, InterceptDr::DR11_READ_MASK);
        assert!(InterceptDr(!0).dr11_read());
        assert!(!InterceptDr(!InterceptDr::DR11_READ_MASK).dr11_read());
        assert_eq!(InterceptDr(!0).with_dr11_read(false).0, !InterceptDr::DR11_READ_MASK);
        assert_eq!(InterceptDr::DR12_READ_MASK as u64, 0x1000u64);
        assert_eq!(InterceptDr(0).with_dr12_read(true).0, InterceptDr::DR12_READ_MASK);
        assert!(InterceptDr(!0).dr12_read());
        assert!(!InterceptDr(!InterceptDr::DR12_READ_MASK).dr12_read());
        assert_eq!(InterceptDr(!0).with_dr12_read(false).0, !InterceptDr::DR12_READ_MASK);
        assert_eq!(InterceptDr::DR13_READ_MASK as u64, 0x2000u64);
        assert_eq!(InterceptDr(0).with_dr13_read(true).0, InterceptDr::DR13_READ_MASK);
        assert!(InterceptDr(!0).dr13_read());
        assert!(!InterceptDr(!InterceptDr::DR13_READ_MASK).dr13_read());
        assert_eq!(InterceptDr(!0).with_dr13_read(false).0, !InterceptDr::DR13_READ_MASK);
        assert_eq!(InterceptDr::DR14_READ_MASK as u64, 0x4000u64);
        assert_eq!(InterceptDr(0).with_dr14_read(true).0, InterceptDr::DR14_READ_MASK);
        assert!(InterceptDr(!0).dr14_read());
        assert!(!InterceptDr(!InterceptDr::DR14_READ_MASK).dr14_read());
        assert_eq!(InterceptDr(!0).with_dr14_read(false).0, !InterceptDr::DR14_READ_MASK);
        assert_eq!(InterceptDr::DR15_READ_MASK as u64, 0x8000u64);
        assert_eq!(InterceptDr(0).with_dr15_read(true).0, InterceptDr::DR15_READ_MASK);
        assert!(InterceptDr(!0).dr15_read());
        assert!(!InterceptDr(!InterceptDr::DR15_READ_MASK).dr15_read());
        assert_eq!(InterceptDr(!0).with_dr15_read(false).0, !InterceptDr::DR15_READ_MASK);
        assert_eq!(InterceptDr::DR0_WRITE_MASK as u64, 0x10000u64);
        assert_eq!(InterceptDr(0).with_dr0_write(true).0, InterceptDr::DR0_WRITE_MASK);
        assert!(InterceptDr(!0).dr0_write());
        assert!(!InterceptDr(!InterceptDr::DR0_WRITE_MASK).dr0_write());
        assert_eq!(InterceptDr(!0).with_dr0_write(false).0, !InterceptDr::DR0_WRITE_MASK);
        assert_eq!(InterceptDr::DR1_WRITE_MASK as u64, 0x20000u64);
        assert_eq!(InterceptDr(0).with_dr1_write(true).0, InterceptDr::DR1_WRITE_MASK);
        assert!(InterceptDr(!0).dr1_write());
        assert!(!InterceptDr(!InterceptDr::DR1_WRITE_MASK).dr1_write());
        assert_eq!(InterceptDr(!0).with_dr1_write(false).0, !InterceptDr::DR1_WRITE_MASK);
        assert_eq!(InterceptDr::DR2_WRITE_MASK as u64, 0x40000u64);
        assert_eq!(InterceptDr(0).with_dr2_write(true).0, InterceptDr::DR2_WRITE_MASK);
        assert!(InterceptDr(!0).dr2_write());
        assert!(!InterceptDr(!InterceptDr::DR2_WRITE_MASK).dr2_write());
        assert_eq!(InterceptDr(!0).with_dr2_write(false).0, !InterceptDr::DR2_WRITE_MASK);
        assert_eq!(InterceptDr::DR3_WRITE_MASK as u64, 0x80000u64);
        assert_eq!(InterceptDr(0).with_dr3_write(true).0, InterceptDr::DR3_WRITE_MASK);
        assert!(InterceptDr(!0).dr3_write());
        assert!(!InterceptDr(!InterceptDr::DR3_WRITE_MASK).dr3_write());
        assert_eq!(InterceptDr(!0).with_dr3_write(false).0, !InterceptDr::DR3_WRITE_MASK);
        assert_eq!(InterceptDr::DR4_WRITE_MASK as u64, 0x100000u64);
        assert_eq!(InterceptDr(0).with_dr4_write(true).0, InterceptDr::DR4_WRITE_MASK);
        assert!(InterceptDr(!0).dr4_write());
        assert!(!InterceptDr(!InterceptDr::DR4_WRITE_MASK).dr4_write());
        assert_eq!(InterceptDr(!0).with_dr4_write(false).0, !InterceptDr::DR4_WRITE_MASK);
        assert_eq!(InterceptDr::DR5_WRITE_MASK as u64, 0x200000u64);
        assert_eq!(InterceptDr(0).with_dr5_write(true).0, InterceptDr::DR5_WRITE_MASK);
        assert!(InterceptDr(!0).dr5_write());
        assert!(!InterceptDr(!InterceptDr::DR5_WRITE_MASK).dr5_write());
        assert_eq!(InterceptDr(!0).with_dr5_write(false).0, !InterceptDr::DR5_WRITE_MASK);
        assert_eq!(InterceptDr::DR6_WRITE_MASK as u64, 0x400000u64);
        assert_eq!(InterceptDr(0).with_dr6_write(true).0, InterceptDr::DR6_WRITE_MASK);
        assert!(InterceptDr(!0).dr6_write());
        assert!(!InterceptDr(!InterceptDr::DR6_WRITE_MASK).dr6_write());
        assert_eq!(InterceptDr(!0).with_dr6_write(false).0, !InterceptDr::DR6_WRITE_MASK);
        assert_eq!(InterceptDr::DR7_WRITE_MASK as u64, 0x800000u64);
        assert_eq!(InterceptDr(0).with_dr7_write(true).0, InterceptDr::DR7_WRITE_MASK);
        assert!(InterceptDr(!0).dr7_write());
        assert!(!InterceptDr(!InterceptDr::DR7_WRITE_MASK).dr7_write());
        assert_eq!(InterceptDr(!0).with_dr7_write(false).0, !InterceptDr::DR7_WRITE_MASK);
        assert_eq!(InterceptDr::DR8_WRITE_MASK as u64, 0x1000000u64);
        assert_eq!(InterceptDr(0).with_dr8_write(true).0, InterceptDr::DR8_WRITE_MASK);
        assert!(InterceptDr(!0).dr8_write());
        assert!(!InterceptDr(!InterceptDr::DR8_WRITE_MASK).dr8_write());
        assert_eq!(InterceptDr(!0).with_dr8_write(false).0, !InterceptDr::DR8_WRITE_MASK);
        assert_eq!(InterceptDr::DR9_WRITE_MASK as u64, 0x2000000u64);
        assert_eq!(InterceptDr(0).with_dr9_write(true).0, InterceptDr::DR9_WRITE_MASK);
        assert!(InterceptDr(!0).dr9_write());
        assert!(!InterceptDr(!InterceptDr::DR9_WRITE_MASK).dr9_write());
        assert_eq!(InterceptDr(!0).with_dr9_write(false).0, !InterceptDr::DR9_WRITE_MASK);
        assert_eq!(InterceptDr::DR10_WRITE_MASK as u64, 0x4000000u64);
        assert_eq!(InterceptDr(0).with_dr10_write(true).0, InterceptDr::DR10_WRITE_MASK);
        assert!(InterceptDr(!0).dr10_write());
        assert!(!InterceptDr(!InterceptDr::DR10_WRITE_MASK).dr10_write());
        assert_eq!(InterceptDr(!0).with_dr10_write(false).0, !InterceptDr::DR10_WRITE_MASK);
        assert_eq!(InterceptDr::DR11_WRITE_MASK as u64, 0x8000000u64);
        assert_eq!(InterceptDr(0).with_dr11_write(true).0, InterceptDr::DR11_WRITE_MASK);
        assert!(InterceptDr(!0).dr11_write());
        assert!(!InterceptDr(!InterceptDr::DR11_WRITE_MASK).dr11_write());
        assert_eq!(InterceptDr(!0).with_dr11_write(false).0, !InterceptDr::DR11_WRITE_MASK);
        assert_eq!(InterceptDr::DR12_WRITE_MASK as u64, 0x10000000u64);
        assert_eq!(InterceptDr(0).with_dr12_write(true).0, InterceptDr::DR12_WRITE_MASK);
        assert!(InterceptDr(!0).dr12_write());
        assert!(!InterceptDr(!InterceptDr::DR12_WRITE_MASK).dr12_write());
        assert_eq!(InterceptDr(!0).with_dr12_write(false).0, !InterceptDr::DR12_WRITE_MASK);
        assert_eq!(InterceptDr::DR13_WRITE_MASK as u64, 0x20000000u64);
        assert_eq!(InterceptDr(0).with_dr13_write(true).0, InterceptDr::DR13_WRITE_MASK);
        assert!(InterceptDr(!0).dr13_write());
        assert!(!InterceptDr(!InterceptDr::DR13_WRITE_MASK).dr13_write());
        assert_eq!(InterceptDr(!0).with_dr13_write(false).0, !InterceptDr::DR13_WRITE_MASK);
        assert_eq!(InterceptDr::DR14_WRITE_MASK as u64, 0x40000000u64);
        assert_eq!(InterceptDr(0).with_dr14_write(true).0, InterceptDr::DR14_WRITE_MASK);
        assert!(InterceptDr(!0).dr14_write());
        assert!(!InterceptDr(!InterceptDr::DR14_WRITE_MASK).dr14_write());
        assert_eq!(InterceptDr(!0).with_dr14_write(false).0, !InterceptDr::DR14_WRITE_MASK);
        assert_eq!(InterceptDr::DR15_WRITE_MASK as u64, 0x80000000u64);
        assert_eq!(InterceptDr(0).with_dr15_write(true).0, InterceptDr::DR15_WRITE_MASK);
        assert!(InterceptDr(!0).dr15_write());
        assert!(!InterceptDr(!InterceptDr::DR15_WRITE_MASK).dr15_write());
        assert_eq!(InterceptDr(!0).with_dr15_write(false).0, !InterceptDr::DR15_WRITE_MASK);
    }

    /// Each field of intercept_exceptions alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn intercept_exceptions() {
        assert_eq!(InterceptExceptions::DE_MASK as u64, 0x1u64);
        assert_eq!(InterceptExceptions(0).with_de(true).0, InterceptExceptions::DE_MASK);
        assert!(InterceptExceptions(!0).de());
        assert!(!InterceptExceptions(!InterceptExceptions::DE_MASK).de());
        assert_eq!(InterceptExceptions(!0).with_de(false).0, !InterceptExceptions::DE_MASK);
        assert_eq!(InterceptExceptions::DB_MASK as u64, 0x2u64);
        assert_eq!(InterceptExceptions(0).with_db(true).0, InterceptExceptions::DB_MASK);
        assert!(InterceptExceptions(!0).db());
        assert!(!InterceptExceptions(!InterceptExceptions::DB_MASK).db());
        assert_eq!(InterceptExceptions(!0).with_db(false).0, !InterceptExceptions::DB_MASK);
        assert_eq!(InterceptExceptions::NMI_MASK as u64, 0x4u64);
        assert_eq!(InterceptExceptions(0).with_nmi(true).0, InterceptExceptions::NMI_MASK);
        assert!(InterceptExceptions(!0).nmi());
        assert!(!InterceptExceptions(!InterceptExceptions::NMI_MASK).nmi());
        assert_eq!(InterceptExceptions(!0).with_nmi(false).0, !InterceptExceptions::NMI_MASK);
        assert_eq!(InterceptExceptions::BP_MASK as u64, 0x8u64);
        assert_eq!(InterceptExceptions(0).with_bp(true).0, InterceptExceptions::BP_MASK);
        assert!(InterceptExceptions(!0).bp());
        assert!(!InterceptExceptions(!InterceptExceptions::BP_MASK).bp());
        assert_eq!(InterceptExceptions(!0).with_bp(false).0, !InterceptExceptions::BP_MASK);
        assert_eq!(InterceptExceptions::OF_MASK as u64, 0x10u64);
        assert_eq!(InterceptExceptions(0).with_of(true).0, InterceptExceptions::OF_MASK);
        assert!(InterceptExceptions(!0).of());
        assert!(!InterceptExceptions(!InterceptExceptions::OF_MASK).of());
        assert_eq!(InterceptExceptions(!0).with_of(false).0, !InterceptExceptions::OF_MASK);
        assert_eq!(InterceptExceptions::BR_MASK as u64, 0x20u64);
        assert_eq!(InterceptExceptions(0).with_br(true).0, InterceptExceptions::BR_MASK);
        assert!(InterceptExceptions(!0).br());
        assert!(!InterceptExceptions(!InterceptExceptions::BR_MASK).br());
        assert_eq!(InterceptExceptions(!0).with_br(false).0, !InterceptExceptions::BR_MASK);
        assert_eq!(InterceptExceptions::UD_MASK as u64, 0x40u64);
        assert_eq!(InterceptExceptions(0).with_ud(true).0, InterceptExceptions::UD_MASK);
        assert!(InterceptExceptions(!0).ud());
        assert!(!InterceptExceptions(!InterceptExceptions::UD_MASK).ud());
        assert_eq!(InterceptExceptions(!0).with_ud(false).0, !InterceptExceptions::UD_MASK);
        assert_eq!(InterceptExceptions::NM_MASK as u64, 0x80u64);
        assert_eq!(InterceptExceptions(0).with_nm(true).0, InterceptExceptions::NM_MASK);
        assert!(InterceptExceptions(!0).nm());
        assert!(!InterceptExceptions(!InterceptExceptions::NM_MASK).nm());
        assert_eq!(InterceptExceptions(!0).with_nm(false).0, !InterceptExceptions::NM_MASK);
        assert_eq!(InterceptExceptions::DF_MASK as u64, 0x100u64);
        assert_eq!(InterceptExceptions(0).with_df(true).0, InterceptExceptions::DF_MASK);
        assert!(InterceptExceptions(!0).df());
        assert!(!InterceptExceptions(!InterceptExceptions::DF_MASK).df());
        assert_eq!(InterceptExceptions(!0).with_df(false).0, !InterceptExceptions::DF_MASK);
        assert_eq!(InterceptExceptions::VECTOR_9_MASK as u64, 0x200u64);
        assert_eq!(InterceptExceptions(0).with_vector_9(true).0, InterceptExceptions::VECTOR_9_MASK);
        assert!(InterceptExceptions(!0).vector_9());
        assert!(!InterceptExceptions(!InterceptExceptions::VECTOR_9_MASK).vector_9());
        assert_eq!(InterceptExceptions(!0).with_vector_9(false).0, !InterceptExceptions::VECTOR_9_MASK);
        assert_eq!(InterceptExceptions::TS_MASK as u64, 0x400u64);
        assert_eq!(InterceptExceptions(0).with_ts(true).0, InterceptExceptions::TS_MASK);
        assert!(InterceptExceptions(!0).ts());
        assert!(!InterceptExceptions(!InterceptExceptions::TS_MASK).ts());
        assert_eq!(InterceptExceptions(!0).with_ts(false).0, !InterceptExceptions::TS_MASK);
        assert_eq!(InterceptExceptions::NP_MASK as u64, 0x800u64);
        assert_eq!(InterceptExceptions(0).with_np(true).0, InterceptExceptions::NP_MASK);
        assert!(InterceptExceptions(!0).np());
        assert!(!InterceptExceptions(!InterceptExceptions::NP_MASK).np());
        assert_eq!(InterceptExceptions(!0).with_np(false).0, !InterceptExceptions::NP_MASK);
        assert_eq!(InterceptExceptions::SS_MASK as u64, 0x1000u64);
        assert_eq!(InterceptExceptions(0).with_ss(true).0, InterceptExceptions::SS_MASK);
        assert!(InterceptExceptions(!0).ss());
        assert!(!InterceptExceptions(!InterceptExceptions::SS_MASK).ss());
        assert_eq!(InterceptExceptions(!0).with_ss(false).0, !InterceptExceptions::SS_MASK);
        assert_eq!(InterceptExceptions::GP_MASK as u64, 0x2000u64);
        assert_eq!(InterceptExceptions(0).with_gp(true).0, InterceptExceptions::GP_MASK);
        assert!(InterceptExceptions(!0).gp());
        assert!(!InterceptExceptions(!InterceptExceptions::GP_MASK).gp());
        assert_eq!(InterceptExceptions(!0).with_gp(false).0, !InterceptExceptions::GP_MASK);
        assert_eq!(InterceptExceptions::PF_MASK as u64, 0x4000u64);
        assert_eq!(InterceptExceptions(0).with_pf(true).0, InterceptExceptions::PF_MASK);
        assert!(InterceptExceptions(!0).pf());
        assert!(!InterceptExceptions(!InterceptExceptions::PF_MASK).pf());
        assert_eq!(InterceptExceptions(!0).with_pf(false).0, !InterceptExceptions::PF_MASK);
        assert_eq!(InterceptExceptions::VECTOR_15_MASK as u64, 0x8000u64);
        assert_eq!(InterceptExceptions(0).with_vector_15(true).0, InterceptExceptions::VECTOR_15_MASK);
        assert!(InterceptExceptions(!0).vector_15());
        assert!(!InterceptExceptions(!InterceptExceptions::VECTOR_15_MASK).vector_15());
        assert_eq!(InterceptExceptions(!0).with_vector_15(false).0, !InterceptExceptions::VECTOR_15_MASK);
        assert_eq!(InterceptExceptions::MF_MASK as u64, 0x10000u64);
        assert_eq!(InterceptExceptions(0).with_mf(true).0, InterceptExceptions::MF_MASK);
        assert!(InterceptExceptions(!0).mf());
        assert!(!InterceptExceptions(!InterceptExceptions::MF_MASK).mf());
        assert_eq!(InterceptExceptions(!0).with_mf(false).0, !InterceptExceptions::MF_MASK);
        assert_eq!(InterceptExceptions::AC_MASK as u64, 0x20000u64);
        assert_eq!(InterceptExceptions(0).with_ac(true).0, InterceptExceptions::AC_MASK);
        assert!(InterceptExceptions(!0).ac());
        assert!(!InterceptExceptions(!InterceptExceptions::AC_MASK).ac());
        assert_eq!(InterceptExceptions(!0).with_ac(false).0, !InterceptExceptions::AC_MASK);
        assert_eq!(InterceptExceptions::MC_MASK as u64, 0x40000u64);
        assert_eq!(InterceptExceptions(0).with_mc(true).0, InterceptExceptions::MC_MASK);
        assert!(InterceptExceptions(!0).mc());
        assert!(!InterceptExceptions(!InterceptExceptions::MC_MASK).mc());
        assert_eq!(InterceptExceptions(!0).with_mc(false).0, !InterceptExceptions::MC_MASK);
        assert_eq!(InterceptExceptions::XF_MASK as u64, 0x80000u64);
        assert_eq!(InterceptExceptions(0).with_xf(true).0, InterceptExceptions::XF_MASK);
        assert!(InterceptExceptions(!0).xf());
        assert!(!InterceptExceptions(!InterceptExceptions::XF_MASK).xf());
        assert_eq!(InterceptExceptions(!0).with_xf(false).0, !InterceptExceptions::XF_MASK);
        assert_eq!(InterceptExceptions::VECTOR_20_MASK as u64, 0x100000u64);
        assert_eq!(InterceptExceptions(0).with_vector_20(true).0, InterceptExceptions::VECTOR_20_MASK);
        assert!(InterceptExceptions(!0).vector_20());
        assert!(!InterceptExceptions(!InterceptExceptions::VECTOR_20_MASK).vector_20());
        assert_eq!(InterceptExceptions(!0).with_vector_20(false).0, !InterceptExceptions::VECTOR_20_MASK);
        assert_eq!(InterceptExceptions::CP_MASK as u64, 0x200000u64);
        assert_eq!(InterceptExceptions(0).with_cp(true).0, InterceptExceptions::CP_MASK);
        assert!(InterceptExceptions(!0).cp());
        assert!(!InterceptExceptions(!InterceptExceptions::CP_MASK).cp());
        assert_eq!(InterceptExceptions(!0).with_cp(false).0, !InterceptExceptions::CP_MASK);
        assert_eq!(InterceptExceptions::VECTOR_22_MASK as u64, 0x400000u64);
        assert_eq!(InterceptExceptions(0).with_vector_22(true).0, InterceptExceptions::VECTOR_22_MASK);
        assert!(InterceptExceptions(!0).vector_22());
        assert!(!InterceptExceptions(!InterceptExceptions::VECTOR_22_MASK).vector_22());
        assert_eq!(InterceptExceptions(!0).with_vector_22(false).0, !InterceptExceptions::VECTOR_22_MASK);
        assert_eq!(InterceptExceptions::VECTOR_23_MASK as u64, 0x800000u64);
        assert_eq!(InterceptExceptions(0).with_vector_23(true).0, InterceptExceptions::VECTOR_23_MASK);
        assert!(InterceptExceptions(!0).vector_23());
        assert!(!InterceptExceptions(!InterceptExceptions::VECTOR_23_MASK).vector_23());
        assert_eq!(InterceptExceptions(!0).with_vector_23(false).0, !InterceptExceptions::VECTOR_23_MASK);
        assert_eq!(InterceptExceptions::VECTOR_24_MASK as u64, 0x1000000u64);
        assert_eq!(InterceptExceptions(0).with_vector_24(true).0, InterceptExceptions::VECTOR_24_MASK);
        assert!(InterceptExceptions(!0).vector_24());
        assert!(!InterceptExceptions(!InterceptExceptions::VECTOR_24_MASK).vector_24());
        assert_eq!(InterceptExceptions(!0).with_vector_24(false).0, !InterceptExceptions::VECTOR_24_MASK);
        assert_eq!(InterceptExceptions::VECTOR_25_MASK as u64, 0x2000000u64);
        assert_eq!(InterceptExceptions(0).with_vector_25(true).0, InterceptExceptions::VECTOR_25_MASK);
        assert!(InterceptExceptions(!0).vector_25());
        assert!(!InterceptExceptions(!InterceptExceptions::VECTOR_25_MASK).vector_25());
        assert_eq!(InterceptExceptions(!0).with_vector_25(false).0, !InterceptExceptions::VECTOR_25_MASK);
        assert_eq!(InterceptExceptions::VECTOR_26_MASK as u64, 0x4000000u64);
        assert_eq!(InterceptExceptions(0).with_vector_26(true).0, InterceptExceptions::VECTOR_26_MASK);
        assert!(InterceptExceptions(!0).vector_26());
        assert!(!InterceptExceptions(!InterceptExceptions::VECTOR_26_MASK).vector_26());
        assert_eq!(InterceptExceptions(!0).with_vector_26(false).0, !InterceptExceptions::VECTOR_26_MASK);
        assert_eq!(InterceptExceptions::VECTOR_27_MASK as u64, 0x8000000u64);
        assert_eq!(InterceptExceptions(0).with_vector_27(true).0, InterceptExceptions::VECTOR_27_MASK);
        assert!(InterceptExceptions(!0).vector_27());
        assert!(!InterceptExceptions(!InterceptExceptions::VECTOR_27_MASK).vector_27());
        assert_eq!(InterceptExceptions(!0).with_vector_27(false).0, !InterceptExceptions::VECTOR_27_MASK);
        assert_eq!(InterceptExceptions::HV_MASK as u64, 0x10000000u64);
        assert_eq!(InterceptExceptions(0).with_hv(true).0, InterceptExceptions::HV_MASK);
        assert!(InterceptExceptions(!0).hv());
        assert!(!InterceptExceptions(!InterceptExceptions::HV_MASK).hv());
        assert_eq!(InterceptExceptions(!0).with_hv(false).0, !InterceptExceptions::HV_MASK);
        assert_eq!(InterceptExceptions::VC_MASK as u64, 0x20000000u64);
        assert_eq!(InterceptExceptions(0).with_vc(true).0, InterceptExceptions::VC_MASK);
        assert!(InterceptExceptions(!0).vc());
        assert!(!InterceptExceptions(!InterceptExceptions::VC_MASK).vc());
        assert_eq!(InterceptExceptions(!0).with_vc(false).0, !InterceptExceptions::VC_MASK);
        assert_eq!(InterceptExceptions::SX_MASK as u64, 0x40000000u64);
        assert_eq!(InterceptExceptions(0).with_sx(true).0, InterceptExceptions::SX_MASK);
        assert!(InterceptExceptions(!0).sx());
        assert!(!InterceptExceptions(!InterceptExceptions::SX_MASK).sx());
        assert_eq!(InterceptExceptions(!0).with_sx(false).0, !InterceptExceptions::SX_MASK);
        assert_eq!(InterceptExceptions::VECTOR_31_MASK as u64, 0x80000000u64);
        assert_eq!(InterceptExceptions(0).with_vector_31(true).0, InterceptExceptions::VECTOR_31_MASK);
        assert!(InterceptExceptions(!0).vector_31());
        assert!(!InterceptExceptions(!InterceptExceptions::VECTOR_31_MASK).vector_31());
        assert_eq!(InterceptExceptions(!0).with_vector_31(false).0, !InterceptExceptions::VECTOR_31_MASK);
    }

    /// Each field of intercept_misc1 alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn intercept_misc1() {
        assert_eq!(InterceptMisc1::INTR_MASK as u64, 0x1u64);
        assert_eq!(InterceptMisc1(0).with_intr(true).0, InterceptMisc1::INTR_MASK);
        assert!(InterceptMisc1(!0).intr());
        assert!(!InterceptMisc1(!InterceptMisc1::INTR_MASK).intr());
        assert_eq!(InterceptMisc1(!0).with_intr(false).0, !InterceptMisc1::INTR_MASK);
        assert_eq!(InterceptMisc1::NMI_MASK as u64, 0x2u64);
        assert_eq!(InterceptMisc1(0).with_nmi(true).0, InterceptMisc1::NMI_MASK);
        assert!(InterceptMisc1(!0).nmi());
        assert!(!InterceptMisc1(!InterceptMisc1::NMI_MASK).nmi());
        assert_eq!(InterceptMisc1(!0).with_nmi(false).0, !InterceptMisc1::NMI_MASK);
        assert_eq!(InterceptMisc1::SMI_MASK as u64, 0x4u64);
        assert_eq!(InterceptMisc1(0).with_smi(true).0, InterceptMisc1::SMI_MASK);
        assert!(InterceptMisc1(!0).smi());
        assert!(!InterceptMisc1(!InterceptMisc1::SMI_MASK).smi());
        assert_eq!(InterceptMisc1(!0).with_smi(false).0, !InterceptMisc1::SMI_MASK);
        assert_eq!(InterceptMisc1::INIT_MASK as u64, 0x8u64);
        assert_eq!(InterceptMisc1(0).with_init(true).0, InterceptMisc1::INIT_MASK);
        assert!(InterceptMisc1(!0).init());
        assert!(!InterceptMisc1(!InterceptMisc1::INIT_MASK).init());
        assert_eq!(InterceptMisc1(!0).with_init(false).0, !InterceptMisc1::INIT_MASK);
        assert_eq!(InterceptMisc1::VINTR_MASK as u64, 0x10u64);
        assert_eq!(InterceptMisc1(0).with_vintr(true).0, InterceptMisc1::VINTR_MASK);
        assert!(InterceptMisc1(!0).vintr());
        assert!(!InterceptMisc1(!InterceptMisc1::VINTR_MASK).vintr());
        assert_eq!(InterceptMisc1(!0).with_vintr(false).0, !InterceptMisc1::VINTR_MASK);
        assert_eq!(InterceptMisc1::CR0_SEL_WRITE_MASK as u64, 0x20u64);
        assert_eq!(InterceptMisc1(0).with_cr0_sel_write(true).0, InterceptMisc1::CR0_SEL_WRITE_MASK);
        assert!(InterceptMisc1(!0).cr0_sel_write());
        assert!(!InterceptMisc1(!InterceptMisc1::CR0_SEL_WRITE_MASK).cr0_sel_write());
        assert_eq!(InterceptMisc1(!0).with_cr0_sel_write(false).0, !InterceptMisc1::CR0_SEL_WRITE_MASK);
        assert_eq!(InterceptMisc1::IDTR_READ_MASK as u64, 0x40u64);
        assert_eq!(InterceptMisc1(0).with_idtr_read(true).0, InterceptMisc1::IDTR_READ_MASK);
        assert!(InterceptMisc1(!0).idtr_read());
        assert!(!InterceptMisc1(!InterceptMisc1::IDTR_READ_MASK).idtr_read());
        assert_eq!(InterceptMisc1(!0).with_idtr_read(false).0, !InterceptMisc1::IDTR_READ_MASK);
        assert_eq!(InterceptMisc1::GDTR_READ_MASK as u64, 0x80u64);
        assert_eq!(InterceptMisc1(0).with_gdtr_read(true).0, InterceptMisc1::GDTR_READ_MASK);
        assert!(InterceptMisc1(!0).gdtr_read());
        assert!(!InterceptMisc1(!InterceptMisc1::GDTR_READ_MASK).gdtr_read());
        assert_eq!(InterceptMisc1(!0).with_gdtr_read(false).0, !InterceptMisc1::GDTR_READ_MASK);
        assert_eq!(InterceptMisc1::LDTR_READ_MASK as u64, 0x100u64);
        assert_eq!(InterceptMisc1(0).with_ldtr_read(true).0, InterceptMisc1::LDTR_READ_MASK);
        assert!(InterceptMisc1(!0).ldtr_read());
        assert!(!InterceptMisc1(!InterceptMisc1::LDTR_READ_MASK).ldtr_read());
        assert_eq!(InterceptMisc1(!0).with_ldtr_read(false).0, !InterceptMisc1::LDTR_READ_MASK);
        assert_eq!(InterceptMisc1::TR_READ_MASK as u64, 0x200u64);
        assert_eq!(InterceptMisc1(0).with_tr_read(true).0, InterceptMisc1::TR_READ_MASK);
        assert!(InterceptMisc1(!0).tr_read());
        assert!(!InterceptMisc1(!InterceptMisc1::TR_READ_MASK).tr_read());
        assert_eq!(InterceptMisc1(!0).with_tr_read(false).0, !InterceptMisc1::TR_READ_MASK);
        assert_eq!(InterceptMisc1::IDTR_WRITE_MASK as u64, 0x400u64);
        assert_eq!(InterceptMisc1(0).with_idtr_write(true).0, InterceptMisc1::IDTR_WRITE_MASK);
        assert!(InterceptMisc1(!0).idtr_write());
        assert!(!InterceptMisc1(!InterceptMisc1::IDTR_WRITE_MASK).idtr_write());
        assert_eq!(InterceptMisc1(!0).with_idtr_write(false).0, !InterceptMisc1::IDTR_WRITE_MASK);
        assert_eq!(InterceptMisc1::GDTR_WRITE_MASK as u64, 0x800u64);
        assert_eq!(InterceptMisc1(0).with_gdtr_write(true).0, InterceptMisc1::GDTR_WRITE_MASK);
        assert!(InterceptMisc1(!0).gdtr_write());
        assert!(!InterceptMisc1(!InterceptMisc1::GDTR_WRITE_MASK).gdtr_write());
        assert_eq!(InterceptMisc1(!0).with_gdtr_write(false).0, !InterceptMisc1::GDTR_WRITE_MASK);
        assert_eq!(InterceptMisc1::LDTR_WRITE_MASK as u64, 0x1000u64);
        assert_eq!(InterceptMisc1(0).with_ldtr_write(true).0, InterceptMisc1::LDTR_WRITE_MASK);
        assert!(InterceptMisc1(!0).ldtr_write());
        assert!(!InterceptMisc1(!InterceptMisc1::LDTR_WRITE_MASK).ldtr_write());
        assert_eq!(InterceptMisc1(!0).with_ldtr_write(false).0, !InterceptMisc1::LDTR_WRITE_MASK);
        assert_eq!(InterceptMisc1::TR_WRITE_MASK as u64, 0x2000u64);
        assert_eq!(InterceptMisc1(0).with_tr_write(true).0, InterceptMisc1::TR_WRITE_MASK);
        assert!(InterceptMisc1(!0).tr_write());
        assert!(!InterceptMisc1(!InterceptMisc1::TR_WRITE_MASK).tr_write());
        assert_eq!(InterceptMisc1(!0).with_tr_write(false).0, !InterceptMisc1::TR_WRITE_MASK);
        assert_eq!(InterceptMisc1::RDTSC_MASK as u64, 0x4000u64);
        assert_eq!(InterceptMisc1(0).with_rdtsc(true).0, InterceptMisc1::RDTSC_MASK);
        assert!(InterceptMisc1(!0).rdtsc());
        assert!(!InterceptMisc1(!InterceptMisc1::RDTSC_MASK).rdtsc());
        assert_eq!(InterceptMisc1(!0).with_rdtsc(false).0, !InterceptMisc1::RDTSC_MASK);
        assert_eq!(InterceptMisc1::RDPMC_MASK as u64, 0x8000u64);
        assert_eq!(InterceptMisc1(0).with_rdpmc(true).0, InterceptMisc1::RDPMC_MASK);
        assert!(InterceptMisc1(!0).rdpmc());
        assert!(!InterceptMisc1(!InterceptMisc1::RDPMC_MASK).rdpmc());
        assert_eq!(InterceptMisc1(!0).with_rdpmc(false).0, !InterceptMisc1::RDPMC_MASK);
        assert_eq!(InterceptMisc1::PUSHF_MASK as u64, 0x10000u64);
        assert_eq!(InterceptMisc1(0).with_pushf(true).0, InterceptMisc1::PUSHF_MASK);
        assert!(InterceptMisc1(!0).pushf());
        assert!(!InterceptMisc1(!InterceptMisc1::PUSHF_MASK).pushf());
        assert_eq!(InterceptMisc1(!0).with_pushf(false).0, !InterceptMisc1::PUSHF_MASK);
        assert_eq!(InterceptMisc1::POPF_MASK as u64, 0x20000u64);
        assert_eq!(InterceptMisc1(0).with_popf(true).0, InterceptMisc1::POPF_MASK);
        assert!(InterceptMisc1(!0).popf());
        assert!(!InterceptMisc1(!InterceptMisc1::POPF_MASK).popf());
        assert_eq!(InterceptMisc1(!0).with_popf(false).0, !InterceptMisc1::POPF_MASK);
        assert_eq!(InterceptMisc1::CPUID_MASK as u64, 0x40000u64);
        assert_eq!(InterceptMisc1(0).with_cpuid(true).0, InterceptMisc1::CPUID_MASK);
        assert!(InterceptMisc1(!0).cpuid());
        assert!(!InterceptMisc1(!InterceptMisc1::CPUID_MASK).cpuid());
        assert_eq!(InterceptMisc1(!0).with_cpuid(false).0, !InterceptMisc1::CPUID_MASK);
        assert_eq!(InterceptMisc1::RSM_MASK as u64, 0x80000u64);
        assert_eq!(InterceptMisc1(0).with_rsm(true).0, InterceptMisc1::RSM_MASK);
        assert!(InterceptMisc1(!0).rsm());
        assert!(!InterceptMisc1(!InterceptMisc1::RSM_MASK).rsm());
        assert_eq!(InterceptMisc1(!0).with_rsm(false).0, !InterceptMisc1::RSM_MASK);
        assert_eq!(InterceptMisc1::IRET_MASK as u64, 0x100000u64);
        assert_eq!(InterceptMisc1(0).with_iret(true).0, InterceptMisc1::IRET_MASK);
        assert!(InterceptMisc1(!0).iret());
        assert!(!InterceptMisc1(!InterceptMisc1::IRET_MASK).iret());
        assert_eq!(InterceptMisc1(!0).with_iret(false).0, !InterceptMisc1::IRET_MASK);
        assert_eq!(InterceptMisc1::SWINT_MASK as u64, 0x200000u64);
        assert_eq!(InterceptMisc1(0).with_swint(true).0, InterceptMisc1::SWINT_MASK);
        assert!(InterceptMisc1(!0).swint());
        assert!(!InterceptMisc1(!InterceptMisc1::SWINT_MASK).swint());
        assert_eq!(InterceptMisc1(!0).with_swint(false).0, !InterceptMisc1::SWINT_MASK);
        assert_eq!(InterceptMisc1::INVD_MASK as u64, 0x400000u64);
        assert_eq!(InterceptMisc1(0).with_invd(true).0, InterceptMisc1::INVD_MASK);
        assert!(InterceptMisc1(!0).invd());
        assert!(!InterceptMisc1(!InterceptMisc1::INVD_MASK).invd());
        assert_eq!(InterceptMisc1(!0).with_invd(false).0, !InterceptMisc1::INVD_MASK);
        assert_eq!(InterceptMisc1::PAUSE_MASK as u64, 0x800000u64);
        assert_eq!(InterceptMisc1(0).with_pause(true).0, InterceptMisc1::PAUSE_MASK);
        assert!(InterceptMisc1(!0).pause());
        assert!(!InterceptMisc1(!InterceptMisc1::PAUSE_MASK).pause());
        assert_eq!(InterceptMisc1(!0).with_pause(false).0, !InterceptMisc1::PAUSE_MASK);
        assert_eq!(InterceptMisc1::HLT_MASK as u64, 0x1000000u64);
        assert_eq!(InterceptMisc1(0).with_hlt(true).0, InterceptMisc1::HLT_MASK);
        assert!(InterceptMisc1(!0).hlt());
        assert!(!InterceptMisc1(!InterceptMisc1::HLT_MASK).hlt());
        assert_eq!(InterceptMisc1(!0).with_hlt(false).0, !InterceptMisc1::HLT_MASK);
        assert_eq!(InterceptMisc1::INVLPG_MASK as u64, 0x2000000u64);
        assert_eq!(InterceptMisc1(0).with_invlpg(true).0, InterceptMisc1::INVLPG_MASK);
        assert!(InterceptMisc1(!0).invlpg());
        assert!(!InterceptMisc1(!InterceptMisc1::INVLPG_MASK).invlpg());
        assert_eq!(InterceptMisc1(!0).with_invlpg(false).0, !InterceptMisc1::INVLPG_MASK);
        assert_eq!(InterceptMisc1::INVLPGA_MASK as u64, 0x4000000u64);
        assert_eq!(InterceptMisc1(0).with_invlpga(true).0, InterceptMisc1::INVLPGA_MASK);
        assert!(InterceptMisc1(!0).invlpga());
        assert!(!InterceptMisc1(!InterceptMisc1::INVLPGA_MASK).invlpga());
        assert_eq!(InterceptMisc1(!0).with_invlpga(false).0, !InterceptMisc1::INVLPGA_MASK);
        assert_eq!(InterceptMisc1::IOIO_PROT_MASK as u64, 0x8000000u64);
        assert_eq!(InterceptMisc1(0).with_ioio_prot(true).0, InterceptMisc1::IOIO_PROT_MASK);
        assert!(InterceptMisc1(!0).ioio_prot());
        assert!(!InterceptMisc1(!InterceptMisc1::IOIO_PROT_MASK).ioio_prot());
        assert_eq!(InterceptMisc1(!0).with_ioio_prot(false).0, !InterceptMisc1::IOIO_PROT_MASK);
        assert_eq!(InterceptMisc1::MSR_PROT_MASK as u64, 0x10000000u64);
        assert_eq!(InterceptMisc1(0).with_msr_prot(true).0, InterceptMisc1::MSR_PROT_MASK);
        assert!(InterceptMisc1(!0).msr_prot());
        assert!(!InterceptMisc1(!InterceptMisc1::MSR_PROT_MASK).msr_prot());
        assert_eq!(InterceptMisc1(!0).with_msr_prot(false).0, !InterceptMisc1::MSR_PROT_MASK);
        assert_eq!(InterceptMisc1::TASK_SWITCH_MASK as u64, 0x20000000u64);
        assert_eq!(InterceptMisc1(0).with_task_switch(true).0, InterceptMisc1::TASK_SWITCH_MASK);
        assert!(InterceptMisc1(!0).task_switch());
        assert!(!InterceptMisc1(!InterceptMisc1::TASK_SWITCH_MASK).task_switch());
        assert_eq!(InterceptMisc1(!0).with_task_switch(false).0, !InterceptMisc1::TASK_SWITCH_MASK);
        assert_eq!(InterceptMisc1::FERR_FREEZE_MASK as u64, 0x40000000u64);
        assert_eq!(InterceptMisc1(0).with_ferr_freeze(true).0, InterceptMisc1::FERR_FREEZE_MASK);
        assert!(InterceptMisc1(!0).ferr_freeze());
        assert!(!InterceptMisc1(!InterceptMisc1::FERR_FREEZE_MASK).ferr_freeze());
        assert_eq!(InterceptMisc1(!0).with_ferr_freeze(false).0, !InterceptMisc1::FERR_FREEZE_MASK);
        assert_eq!(InterceptMisc1::SHUTDOWN_MASK as u64, 0x80000000u64);
        assert_eq!(InterceptMisc1(0).with_shutdown(true).0, InterceptMisc1::SHUTDOWN_MASK);
        assert!(InterceptMisc1(!0).shutdown());
        assert!(!InterceptMisc1(!InterceptMisc1::SHUTDOWN_MASK).shutdown());
        assert_eq!(InterceptMisc1(!0).with_shutdown(false).0, !InterceptMisc1::SHUTDOWN_MASK);
    }

    /// Each field of intercept_misc2 alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn intercept_misc2() {
        assert_eq!(InterceptMisc2::VMRUN_MASK as u64, 0x1u64);
        assert_eq!(InterceptMisc2(0).with_vmrun(true).0, InterceptMisc2::VMRUN_MASK);
        assert!(InterceptMisc2(!0).vmrun());
        assert!(!InterceptMisc2(!InterceptMisc2::VMRUN_MASK).vmrun());
        assert_eq!(InterceptMisc2(!0).with_vmrun(false).0, !InterceptMisc2::VMRUN_MASK);
        assert_eq!(InterceptMisc2::VMMCALL_MASK as u64, 0x2u64);
        assert_eq!(InterceptMisc2(0).with_vmmcall(true).0, InterceptMisc2::VMMCALL_MASK);
        assert!(InterceptMisc2(!0).vmmcall());
        assert!(!InterceptMisc2(!InterceptMisc2::VMMCALL_MASK).vmmcall());
        assert_eq!(InterceptMisc2(!0).with_vmmcall(false).0, !InterceptMisc2::VMMCALL_MASK);
        assert_eq!(InterceptMisc2::VMLOAD_MASK as u64, 0x4u64);
        assert_eq!(InterceptMisc2(0).with_vmload(true).0, InterceptMisc2::VMLOAD_MASK);
        assert!(InterceptMisc2(!0).vmload());
        assert!(!InterceptMisc2(!InterceptMisc2::VMLOAD_MASK).vmload());
        assert_eq!(InterceptMisc2(!0).with_vmload(false).0, !InterceptMisc2::VMLOAD_MASK);
        assert_eq!(InterceptMisc2::VMSAVE_MASK as u64, 0x8u64);
        assert_eq!(InterceptMisc2(0).with_vmsave(true).0, InterceptMisc2::VMSAVE_MASK);
        assert!(InterceptMisc2(!0).vmsave());
        assert!(!InterceptMisc2(!InterceptMisc2::VMSAVE_MASK).vmsave());
        assert_eq!(InterceptMisc2(!0).with_vmsave(false).0, !InterceptMisc2::VMSAVE_MASK);
        assert_eq!(InterceptMisc2::STGI_MASK as u64, 0x10u64);
        assert_eq!(InterceptMisc2(0).with_stgi(true).0, InterceptMisc2::STGI_MASK);
        assert!(InterceptMisc2(!0).stgi());
        assert!(!InterceptMisc2(!InterceptMisc2::STGI_MASK).stgi());
        assert_eq!(InterceptMisc2(!0).with_stgi(false).0, !InterceptMisc2::STGI_MASK);
        assert_eq!(InterceptMisc2::CLGI_MASK as u64, 0x20u64);
        assert_eq!(InterceptMisc2(0).with_clgi(true).0, InterceptMisc2::CLGI_MASK);
        assert!(InterceptMisc2(!0).clgi());
        assert!(!InterceptMisc2(!InterceptMisc2::CLGI_MASK).clgi());
        assert_eq!(InterceptMisc2(!0).with_clgi(false).0, !InterceptMisc2::CLGI_MASK);
        assert_eq!(InterceptMisc2::SKINIT_MASK as u64, 0x40u64);
        assert_eq!(InterceptMisc2(0).with_skinit(true).0, InterceptMisc2::SKINIT_MASK);
        assert!(InterceptMisc2(!0).skinit());
        assert!(!InterceptMisc2(!InterceptMisc2::SKINIT_MASK).skinit());
        assert_eq!(InterceptMisc2(!0).with_skinit(false).0, !InterceptMisc2::SKINIT_MASK);
        assert_eq!(InterceptMisc2::RDTSCP_MASK as u64, 0x80u64);
        assert_eq!(InterceptMisc2(0).with_rdtscp(true).0, InterceptMisc2::RDTSCP_MASK);
        assert!(InterceptMisc2(!0).rdtscp());
        assert!(!InterceptMisc2(!InterceptMisc2::RDTSCP_MASK).rdtscp());
        assert_eq!(InterceptMisc2(!0).with_rdtscp(false).0, !InterceptMisc2::RDTSCP_MASK);
        assert_eq!(InterceptMisc2::ICEBP_MASK as u64, 0x100u64);
        assert_eq!(InterceptMisc2(0).with_icebp(true).0, InterceptMisc2::ICEBP_MASK);
        assert!(InterceptMisc2(!0).icebp());
        assert!(!InterceptMisc2(!InterceptMisc2::ICEBP_MASK).icebp());
        assert_eq!(InterceptMisc2(!0).with_icebp(false).0, !InterceptMisc2::ICEBP_MASK);
        assert_eq!(InterceptMisc2::WBINVD_MASK as u64, 0x200u64);
        assert_eq!(InterceptMisc2(0).with_wbinvd(true).0, InterceptMisc2::WBINVD_MASK);
        assert!(InterceptMisc2(!0).wbinvd());
        assert!(!InterceptMisc2(!InterceptMisc2::WBINVD_MASK).wbinvd());
        assert_eq!(InterceptMisc2(!0).with_wbinvd(false).0, !InterceptMisc2::WBINVD_MASK);
        assert_eq!(InterceptMisc2::MONITOR_MASK as u64, 0x400u64);
        assert_eq!(InterceptMisc2(0).with_monitor(true).0, InterceptMisc2::MONITOR_MASK);
        assert!(InterceptMisc2(!0).monitor());
        assert!(!InterceptMisc2(!InterceptMisc2::MONITOR_MASK).monitor());
        assert_eq!(InterceptMisc2(!0).with_monitor(false).0, !InterceptMisc2::MONITOR_MASK);
        assert_eq!(InterceptMisc2::MWAIT_MASK as u64, 0x800u64);
        assert_eq!(InterceptMisc2(0).with_mwait(true).0, InterceptMisc2::MWAIT_MASK);
        assert!(InterceptMisc2(!0).mwait());
        assert!(!InterceptMisc2(!InterceptMisc2::MWAIT_MASK).mwait());
        assert_eq!(InterceptMisc2(!0).with_mwait(false).0, !InterceptMisc2::MWAIT_MASK);
        assert_eq!(InterceptMisc2::MWAIT_CONDITIONAL_MASK as u64, 0x1000u64);
        assert_eq!(InterceptMisc2(0).with_mwait_conditional(true).0, InterceptMisc2::MWAIT_CONDITIONAL_MASK);
        assert!(InterceptMisc2(!0).mwait_conditional());
        assert!(!InterceptMisc2(!InterceptMisc2::MWAIT_CONDITIONAL_MASK).mwait_conditional());
        assert_eq!(InterceptMisc2(!0).with_mwait_conditional(false).0, !InterceptMisc2::MWAIT_CONDITIONAL_MASK);
        assert_eq!(InterceptMisc2::XSETBV_MASK as u64, 0x2000u64);
        assert_eq!(InterceptMisc2(0).with_xsetbv(true).0, InterceptMisc2::XSETBV_MASK);
        assert!(InterceptMisc2(!0).xsetbv());
        assert!(!InterceptMisc2(!InterceptMisc2::XSETBV_MASK).xsetbv());
        assert_eq!(InterceptMisc2(!0).with_xsetbv(false).0, !InterceptMisc2::XSETBV_MASK);
        assert_eq!(InterceptMisc2::RDPRU_MASK as u64, 0x4000u64);
        assert_eq!(InterceptMisc2(0).with_rdpru(true).0, InterceptMisc2::RDPRU_MASK);
        assert!(InterceptMisc2(!0).rdpru());
        assert!(!InterceptMisc2(!InterceptMisc2::RDPRU_MASK).rdpru());
        assert_eq!(InterceptMisc2(!0).with_rdpru(false).0, !InterceptMisc2::RDPRU_MASK);
        assert_eq!(InterceptMisc2::EFER_WRITE_TRAP_MASK as u64, 0x8000u64);
        assert_eq!(InterceptMisc2(0).with_efer_write_trap(true).0, InterceptMisc2::EFER_WRITE_TRAP_MASK);
        assert!(InterceptMisc2(!0).efer_write_trap());
        assert!(!InterceptMisc2(!InterceptMisc2::EFER_WRITE_TRAP_MASK).efer_write_trap());
        assert_eq!(InterceptMisc2(!0).with_efer_write_trap(false).0, !InterceptMisc2::EFER_WRITE_TRAP_MASK);
        assert_eq!(InterceptMisc2::CR0_WRITE_TRAP_MASK as u64, 0x10000u64);
        assert_eq!(InterceptMisc2(0).with_cr0_write_trap(true).0, InterceptMisc2::CR0_WRITE_TRAP_MASK);
        assert!(InterceptMisc2(!0).cr0_write_trap());
        assert!(!InterceptMisc2(!InterceptMisc2::CR0_WRITE_TRAP_MASK).cr0_write_trap());
        assert_eq!(InterceptMisc2(!0).with_cr0_write_trap(false).0, !InterceptMisc2::CR0_WRITE_TRAP_MASK);
        assert_eq!(InterceptMisc2::CR1_WRITE_TRAP_MASK as u64, 0x20000u64);
        assert_eq!(InterceptMisc2(0).with_cr1_write_trap(true).0, InterceptMisc2::CR1_WRITE_TRAP_MASK);
        assert!(InterceptMisc2(!0).cr1_write_trap());
        assert!(!InterceptMisc2(!InterceptMisc2::CR1_WRITE_TRAP_MASK).cr1_write_trap());
        assert_eq!(InterceptMisc2(!0).with_cr1_write_trap(false).0, !InterceptMisc2::CR1_WRITE_TRAP_MASK);
        assert_eq!(InterceptMisc2::CR2_WRITE_TRAP_MASK as u64, 0x40000u64);
        assert_eq!(InterceptMisc2(0).with_cr2_write_trap(true).0, InterceptMisc2::CR2_WRITE_TRAP_MASK);
        assert!(InterceptMisc2(!0).cr2_write_trap());
        assert!(!InterceptMisc2(!InterceptMisc2::CR2_WRITE_TRAP_MASK).cr2_write_trap());
        assert_eq!(InterceptMisc2(!0).with_cr2_write_trap(false).0, !InterceptMisc2::CR2_WRITE_TRAP_MASK);
        assert_eq!(InterceptMisc2::CR3_WRITE_TRAP_MASK as u64, 0x80000u64);
        assert_eq!(InterceptMisc2(0).with_cr3_write_trap(true).0, InterceptMisc2::CR3_WRITE_TRAP_MASK);
        assert!(InterceptMisc2(!0).cr3_write_trap());
        assert!(!InterceptMisc2(!InterceptMisc2::CR3_WRITE_TRAP_MASK).cr3_write_trap());
        assert_eq!(InterceptMisc2(!0).with_cr3_write_trap(false).0, !InterceptMisc2::CR3_WRITE_TRAP_MASK);
        assert_eq!(InterceptMisc2::CR4_WRITE_TRAP_MASK as u64, 0x100000u64);
        assert_eq!(InterceptMisc2(0).with_cr4_write_trap(true).0, InterceptMisc2::CR4_WRITE_TRAP_MASK);
        assert!(InterceptMisc2(!0).cr4_write_trap());
        assert!(!InterceptMisc2(!InterceptMisc2::CR4_WRITE_TRAP_MASK).cr4_write_trap());
        assert_eq!(InterceptMisc2(!0).with_cr4_write_trap(false).0, !InterceptMisc2::CR4_WRITE_TRAP_MASK);
        assert_eq!(InterceptMisc2::CR5_WRITE_TRAP_MASK as u64, 0x200000u64);
        assert_eq!(InterceptMisc2(0).with_cr5_write_trap(true).0, InterceptMisc2::CR5_WRITE_TRAP_MASK);
        assert!(InterceptMisc2(!0).cr5_write_trap());
        assert!(!InterceptMisc2(!InterceptMisc2::CR5_WRITE_TRAP_MASK).cr5_write_trap());
        assert_eq!(InterceptMisc2(!0).with_cr5_write_trap(false).0, !InterceptMisc2::CR5_WRITE_TRAP_MASK);
        assert_eq!(InterceptMisc2::CR6_WRITE_TRAP_MASK as u64, 0x400000u64);
        assert_eq!(InterceptMisc2(0).with_cr6_write_trap(true).0, InterceptMisc2::CR6_WRITE_TRAP_MASK);
        assert!(InterceptMisc2(!0).cr6_write_trap());
        assert!(!InterceptMisc2(!InterceptMisc2::CR6_WRITE_TRAP_MASK).cr6_write_trap());
        assert_eq!(InterceptMisc2(!0).with_cr6_write_trap(false).0, !InterceptMisc2::CR6_WRITE_TRAP_MASK);
        assert_eq!(InterceptMisc2::CR7_WRITE_TRAP_MASK as u64, 0x800000u64);
        assert_eq!(InterceptMisc2(0).with_cr7_write_trap(true).0, InterceptMisc2::CR7_WRITE_TRAP_MASK);
        assert!(InterceptMisc2(!0).cr7_write_trap());
        assert!(!InterceptMisc2(!InterceptMisc2::CR7_WRITE_TRAP_MASK).cr7_write_trap());
        assert_eq!(InterceptMisc2(!0).with_cr7_write_trap(false).0, !InterceptMisc2::CR7_WRITE_TRAP_MASK);
        assert_eq!(InterceptMisc2::CR8_WRITE_TRAP_MASK as u64, 0x1000000u64);
        assert_eq!(InterceptMisc2(0).with_cr8_write_trap(true).0, InterceptMisc2::CR8_WRITE_TRAP_MASK);
        assert!(InterceptMisc2(!0).cr8_write_trap());
        assert!(!InterceptMisc2(!InterceptMisc2::CR8_WRITE_TRAP_MASK).cr8_write_trap());
        assert_eq!(InterceptMisc2(!0).with_cr8_write_trap(false).0, !InterceptMisc2::CR8_WRITE_TRAP_MASK);
        assert_eq!(InterceptMisc2::CR9_WRITE_TRAP_MASK as u64, 0x2000000u64);
        assert_eq!(InterceptMisc2(0).with_cr9_write_trap(true).0, InterceptMisc2::CR9_WRITE_TRAP_MASK);
        assert!(InterceptMisc2(!0).cr9_write_trap());
        assert!(!InterceptMisc2(!InterceptMisc2::CR9_WRITE_TRAP_MASK).cr9_write_trap());
        assert_eq!(InterceptMisc2(!0).with_cr9_write_trap(false).0, !InterceptMisc2::CR9_WRITE_TRAP_MASK);
        assert_eq!(InterceptMisc2::CR10_WRITE_TRAP_MASK as u64, 0x4000000u64);
        assert_eq!(InterceptMisc2(0).with_cr10_write_trap(true).0, InterceptMisc2::CR10_WRITE_TRAP_MASK);
        assert!(InterceptMisc2(!0).cr10_write_trap());
        assert!(!InterceptMisc2(!InterceptMisc2::CR10_WRITE_TRAP_MASK).cr10_write_trap());
        assert_eq!(InterceptMisc2(!0).with_cr10_write_trap(false).0, !InterceptMisc2::CR10_WRITE_TRAP_MASK);
        assert_eq!(InterceptMisc2::CR11_WRITE_TRAP_MASK as u64, 0x8000000u64);
        assert_eq!(InterceptMisc2(0).with_cr11_write_trap(true).0, InterceptMisc2::CR11_WRITE_TRAP_MASK);
        assert!(InterceptMisc2(!0).cr11_write_trap());
        assert!(!InterceptMisc2(!InterceptMisc2::CR11_WRITE_TRAP_MASK).cr11_write_trap());
        assert_eq!(InterceptMisc2(!0).with_cr11_write_trap(false).0, !InterceptMisc2::CR11_WRITE_TRAP_MASK);
        assert_eq!(InterceptMisc2::CR12_WRITE_TRAP_MASK as u64, 0x10000000u64);
        assert_eq!(InterceptMisc2(0).with_cr12_write_trap(true).0, InterceptMisc2::CR12_WRITE_TRAP_MASK);
        assert!(InterceptMisc2(!0).cr12_write_trap());
        assert!(!InterceptMisc2(!InterceptMisc2::CR12_WRITE_TRAP_MASK).cr12_write_trap());
        assert_eq!(InterceptMisc2(!0).with_cr12_write_trap(false).0, !InterceptMisc2::CR12_WRITE_TRAP_MASK);
        assert_eq!(InterceptMisc2::CR13_WRITE_TRAP_MASK as u64, 0x20000000u64);
        assert_eq!(InterceptMisc2(0).with_cr13_write_trap(true).0, InterceptMisc2::CR13_WRITE_TRAP_MASK);
        assert!(InterceptMisc2(!0).cr13_write_trap());
        assert!(!InterceptMisc2(!InterceptMisc2::CR13_WRITE_TRAP_MASK).cr13_write_trap());
        assert_eq!(InterceptMisc2(!0).with_cr13_write_trap(false).0, !InterceptMisc2::CR13_WRITE_TRAP_MASK);
        assert_eq!(InterceptMisc2::CR14_WRITE_TRAP_MASK as u64, 0x40000000u64);
        assert_eq!(InterceptMisc2(0).with_cr14_write_trap(true).0, InterceptMisc2::CR14_WRITE_TRAP_MASK);
        assert!(InterceptMisc2(!0).cr14_write_trap());
        assert!(!InterceptMisc2(!InterceptMisc2::CR14_WRITE_TRAP_MASK).cr14_write_trap());
        assert_eq!(InterceptMisc2(!0).with_cr14_write_trap(false).0, !InterceptMisc2::CR14_WRITE_TRAP_MASK);
        assert_eq!(InterceptMisc2::CR15_WRITE_TRAP_MASK as u64, 0x80000000u64);
        assert_eq!(InterceptMisc2(0).with_cr15_write_trap(true).0, InterceptMisc2::CR15_WRITE_TRAP_MASK);
        assert!(InterceptMisc2(!0).cr15_write_trap());
        assert!(!InterceptMisc2(!InterceptMisc2::CR15_WRITE_TRAP_MASK).cr15_write_trap());
        assert_eq!(InterceptMisc2(!0).with_cr15_write_trap(false).0, !InterceptMisc2::CR15_WRITE_TRAP_MASK);
    }

    /// Each field of intercept_misc3 alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn intercept_misc3() {
        assert_eq!(InterceptMisc3::INVLPGB_MASK as u64, 0x1u64);
        assert_eq!(InterceptMisc3(0).with_invlpgb(true).0, InterceptMisc3::INVLPGB_MASK);
        assert!(InterceptMisc3(!0).invlpgb());
        assert!(!InterceptMisc3(!InterceptMisc3::INVLPGB_MASK).invlpgb());
        assert_eq!(InterceptMisc3(!0).with_invlpgb(false).0, !InterceptMisc3::INVLPGB_MASK);
        assert_eq!(InterceptMisc3::INVLPGB_ILLEGAL_MASK as u64, 0x2u64);
        assert_eq!(InterceptMisc3(0).with_invlpgb_illegal(true).0, InterceptMisc3::INVLPGB_ILLEGAL_MASK);
        assert!(InterceptMisc3(!0).invlpgb_illegal());
        assert!(!InterceptMisc3(!InterceptMisc3::INVLPGB_ILLEGAL_MASK).invlpgb_illegal());
        assert_eq!(InterceptMisc3(!0).with_invlpgb_illegal(false).0, !InterceptMisc3::INVLPGB_ILLEGAL_MASK);
        assert_eq!(InterceptMisc3::INVPCID_MASK as u64, 0x4u64);
        assert_eq!(InterceptMisc3(0).with_invpcid(true).0, InterceptMisc3::INVPCID_MASK);
        assert!(InterceptMisc3(!0).invpcid());
        assert!(!InterceptMisc3(!InterceptMisc3::INVPCID_MASK).invpcid());
        assert_eq!(InterceptMisc3(!0).with_invpcid(false).0, !InterceptMisc3::INVPCID_MASK);
        assert_eq!(InterceptMisc3::MCOMMIT_MASK as u64, 0x8u64);
        assert_eq!(InterceptMisc3(0).with_mcommit(true).0, InterceptMisc3::MCOMMIT_MASK);
        assert!(InterceptMisc3(!0).mcommit());
        assert!(!InterceptMisc3(!InterceptMisc3::MCOMMIT_MASK).mcommit());
        assert_eq!(InterceptMisc3(!0).with_mcommit(false).0, !InterceptMisc3::MCOMMIT_MASK);
        assert_eq!(InterceptMisc3::TLBSYNC_MASK as u64, 0x10u64);
        assert_eq!(InterceptMisc3(0).with_tlbsync(true).0, InterceptMisc3::TLBSYNC_MASK);
        assert!(InterceptMisc3(!0).tlbsync());
        assert!(!InterceptMisc3(!InterceptMisc3::TLBSYNC_MASK).tlbsync());
        assert_eq!(InterceptMisc3(!0).with_tlbsync(false).0, !InterceptMisc3::TLBSYNC_MASK);
        assert_eq!(InterceptMisc3::BUSLOCK_MASK as u64, 0x20u64);
        assert_eq!(InterceptMisc3(0).with_buslock(true).0, InterceptMisc3::BUSLOCK_MASK);
        assert!(InterceptMisc3(!0).buslock());
        assert!(!InterceptMisc3(!InterceptMisc3::BUSLOCK_MASK).buslock());
        assert_eq!(InterceptMisc3(!0).with_buslock(false).0, !InterceptMisc3::BUSLOCK_MASK);
        assert_eq!(InterceptMisc3::IDLE_HLT_MASK as u64, 0x40u64);
        assert_eq!(InterceptMisc3(0).with_idle_hlt(true).0, InterceptMisc3::IDLE_HLT_MASK);
        assert!(InterceptMisc3(!0).idle_hlt());
        assert!(!InterceptMisc3(!InterceptMisc3::IDLE_HLT_MASK).idle_hlt());
        assert_eq!(InterceptMisc3(!0).with_idle_hlt(false).0, !InterceptMisc3::IDLE_HLT_MASK);
    }

    /// Each field of vintr alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn vintr() {
        assert_eq!(Vintr::V_TPR_MASK as u64, 0xffu64);
        assert_eq!(Vintr(0).with_v_tpr(0xff).0, Vintr::V_TPR_MASK);
        assert_eq!(Vintr(!0).v_tpr(), 0xff);
        assert_eq!(Vintr(!Vintr::V_TPR_MASK).v_tpr(), 0);
        assert_eq!(Vintr(!0).with_v_tpr(0).0, !Vintr::V_TPR_MASK);
        assert_eq!(Vintr::V_IRQ_MASK as u64, 0x100u64);
        assert_eq!(Vintr(0).with_v_irq(true).0, Vintr::V_IRQ_MASK);
        assert!(Vintr(!0).v_irq());
        assert!(!Vintr(!Vintr::V_IRQ_MASK).v_irq());
        assert_eq!(Vintr(!0).with_v_irq(false).0, !Vintr::V_IRQ_MASK);
        assert_eq!(Vintr::V_GIF_MASK as u64, 0x200u64);
        assert_eq!(Vintr(0).with_v_gif(true).0, Vintr::V_GIF_MASK);
        assert!(Vintr(!0).v_gif());
        assert!(!Vintr(!Vintr::V_GIF_MASK).v_gif());
        assert_eq!(Vintr(!0).with_v_gif(false).0, !Vintr::V_GIF_MASK);
        assert_eq!(Vintr::V_NMI_MASK as u64, 0x800u64);
        assert_eq!(Vintr(0).with_v_nmi(true).0, Vintr::V_NMI_MASK);
        assert!(Vintr(!0).v_nmi());
        assert!(!Vintr(!Vintr::V_NMI_MASK).v_nmi());
        assert_eq!(Vintr(!0).with_v_nmi(false).0, !Vintr::V_NMI_MASK);
        assert_eq!(Vintr::V_NMI_MASK_MASK as u64, 0x1000u64);
        assert_eq!(Vintr(0).with_v_nmi_mask(true).0, Vintr::V_NMI_MASK_MASK);
        assert!(Vintr(!0).v_nmi_mask());
        assert!(!Vintr(!Vintr::V_NMI_MASK_MASK).v_nmi_mask());
        assert_eq!(Vintr(!0).with_v_nmi_mask(false).0, !Vintr::V_NMI_MASK_MASK);
        assert_eq!(Vintr::V_INTR_PRIO_MASK as u64, 0xf0000u64);
        assert_eq!(Vintr(0).with_v_intr_prio(0xf).0, Vintr::V_INTR_PRIO_MASK);
        assert_eq!(Vintr(!0).v_intr_prio(), 0xf);
        assert_eq!(Vintr(!Vintr::V_INTR_PRIO_MASK).v_intr_prio(), 0);
        assert_eq!(Vintr(!0).with_v_intr_prio(0).0, !Vintr::V_INTR_PRIO_MASK);
        assert_eq!(Vintr::V_IGN_TPR_MASK as u64, 0x100000u64);
        assert_eq!(Vintr(0).with_v_ign_tpr(true).0, Vintr::V_IGN_TPR_MASK);
        assert!(Vintr(!0).v_ign_tpr());
        assert!(!Vintr(!Vintr::V_IGN_TPR_MASK).v_ign_tpr());
        assert_eq!(Vintr(!0).with_v_ign_tpr(false).0, !Vintr::V_IGN_TPR_MASK);
        assert_eq!(Vintr::V_INTR_MASKING_MASK as u64, 0x1000000u64);
        assert_eq!(Vintr(0).with_v_intr_masking(true).0, Vintr::V_INTR_MASKING_MASK);
        assert!(Vintr(!0).v_intr_masking());
        assert!(!Vintr(!Vintr::V_INTR_MASKING_MASK).v_intr_masking());
        assert_eq!(Vintr(!0).with_v_intr_masking(false).0, !Vintr::V_INTR_MASKING_MASK);
        assert_eq!(Vintr::V_GIF_ENABLE_MASK as u64, 0x2000000u64);
        assert_eq!(Vintr(0).with_v_gif_enable(true).0, Vintr::V_GIF_ENABLE_MASK);
        assert!(Vintr(!0).v_gif_enable());
        assert!(!Vintr(!Vintr::V_GIF_ENABLE_MASK).v_gif_enable());
        assert_eq!(Vintr(!0).with_v_gif_enable(false).0, !Vintr::V_GIF_ENABLE_MASK);
        assert_eq!(Vintr::V_NMI_ENABLE_MASK as u64, 0x4000000u64);
        assert_eq!(Vintr(0).with_v_nmi_enable(true).0, Vintr::V_NMI_ENABLE_MASK);
        assert!(Vintr(!0).v_nmi_enable());
        assert!(!Vintr(!Vintr::V_NMI_ENABLE_MASK).v_nmi_enable());
        assert_eq!(Vintr(!0).with_v_nmi_enable(false).0, !Vintr::V_NMI_ENABLE_MASK);
        assert_eq!(Vintr::V_INTR_VECTOR_MASK as u64, 0xff00000000u64);
        assert_eq!(Vintr(0).with_v_intr_vector(0xff).0, Vintr::V_INTR_VECTOR_MASK);
        assert_eq!(Vintr(!0).v_intr_vector(), 0xff);
        assert_eq!(Vintr(!Vintr::V_INTR_VECTOR_MASK).v_intr_vector(), 0);
        assert_eq!(Vintr(!0).with_v_intr_vector(0).0, !Vintr::V_INTR_VECTOR_MASK);
    }

    /// Each field of int_state alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn int_state() {
        assert_eq!(IntState::INTERRUPT_SHADOW_MASK as u64, 0x1u64);
        assert_eq!(IntState(0).with_interrupt_shadow(true).0, IntState::INTERRUPT_SHADOW_MASK);
        assert!(IntState(!0).interrupt_shadow());
        assert!(!IntState(!IntState::INTERRUPT_SHADOW_MASK).interrupt_shadow());
        assert_eq!(IntState(!0).with_interrupt_shadow(false).0, !IntState::INTERRUPT_SHADOW_MASK);
        assert_eq!(IntState::GUEST_INTERRUPT_MASK_MASK as u64, 0x2u64);
        assert_eq!(IntState(0).with_guest_interrupt_mask(true).0, IntState::GUEST_INTERRUPT_MASK_MASK);
        assert!(IntState(!0).guest_interrupt_mask());
        assert!(!IntState(!IntState::GUEST_INTERRUPT_MASK_MASK).guest_interrupt_mask());
        assert_eq!(IntState(!0).with_guest_interrupt_mask(false).0, !IntState::GUEST_INTERRUPT_MASK_MASK);
    }

    /// Each field of event_inj alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn event_inj() {
        assert_eq!(EventInj::VECTOR_MASK as u64, 0xffu64);
        assert_eq!(EventInj(0).with_vector(0xff).0, EventInj::VECTOR_MASK);
        assert_eq!(EventInj(!0).vector(), 0xff);
        assert_eq!(EventInj(!EventInj::VECTOR_MASK).vector(), 0);
        assert_eq!(EventInj(!0).with_vector(0).0, !EventInj::VECTOR_MASK);
        assert_eq!(EventInj::TYPE_MASK as u64, 0x700u64);
        assert_eq!(EventInj(0).with_type(0x7).0, EventInj::TYPE_MASK);
        assert_eq!(EventInj(!0).r#type(), 0x7);
        assert_eq!(EventInj(!EventInj::TYPE_MASK).r#type(), 0);
        assert_eq!(EventInj(!0).with_type(0).0, !EventInj::TYPE_MASK);
        assert_eq!(EventInj::ERROR_CODE_VALID_MASK as u64, 0x800u64);
        assert_eq!(EventInj(0).with_error_code_valid(true).0, EventInj::ERROR_CODE_VALID_MASK);
        assert!(EventInj(!0).error_code_valid());
        assert!(!EventInj(!EventInj::ERROR_CODE_VALID_MASK).error_code_valid());
        assert_eq!(EventInj(!0).with_error_code_valid(false).0, !EventInj::ERROR_CODE_VALID_MASK);
        assert_eq!(EventInj::VALID_MASK as u64, 0x80000000u64);
        assert_eq!(EventInj(0).with_valid(true).0, EventInj::VALID_MASK);
        assert!(EventInj(!0).valid());
        assert!(!EventInj(!EventInj::VALID_MASK).valid());
        assert_eq!(EventInj(!0).with_valid(false).0, !EventInj::VALID_MASK);
        assert_eq!(EventInj::ERROR_CODE_MASK as u64, 0xffffffff00000000u64);
        assert_eq!(EventInj(0).with_error_code(0xffffffff).0, EventInj::ERROR_CODE_MASK);
        assert_eq!(EventInj(!0).error_code(), 0xffffffff);
        assert_eq!(EventInj(!EventInj::ERROR_CODE_MASK).error_code(), 0);
        assert_eq!(EventInj(!0).with_error_code(0).0, !EventInj::ERROR_CODE_MASK);
    }

    /// Each field of exit_int_info alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn exit_int_info() {
        assert_eq!(ExitIntInfo::VECTOR_MASK as u64, 0xffu64);
        assert_eq!(ExitIntInfo(0).with_vector(0xff).0, ExitIntInfo::VECTOR_MASK);
        assert_eq!(ExitIntInfo(!0).vector(), 0xff);
        assert_eq!(ExitIntInfo(!ExitIntInfo::VECTOR_MASK).vector(), 0);
        assert_eq!(ExitIntInfo(!0).with_vector(0).0, !ExitIntInfo::VECTOR_MASK);
        assert_eq!(ExitIntInfo::TYPE_MASK as u64, 0x700u64);
        assert_eq!(ExitIntInfo(0).with_type(0x7).0, ExitIntInfo::TYPE_MASK);
        assert_eq!(ExitIntInfo(!0).r#type(), 0x7);
        assert_eq!(ExitIntInfo(!ExitIntInfo::TYPE_MASK).r#type(), 0);
        assert_eq!(ExitIntInfo(!0).with_type(0).0, !ExitIntInfo::TYPE_MASK);
        assert_eq!(ExitIntInfo::ERROR_CODE_VALID_MASK as u64, 0x800u64);
        assert_eq!(ExitIntInfo(0).with_error_code_valid(true).0, ExitIntInfo::ERROR_CODE_VALID_MASK);
        assert!(ExitIntInfo(!0).error_code_valid());
        assert!(!ExitIntInfo(!ExitIntInfo::ERROR_CODE_VALID_MASK).error_code_valid());
        assert_eq!(ExitIntInfo(!0).with_error_code_valid(false).0, !ExitIntInfo::ERROR_CODE_VALID_MASK);
        assert_eq!(ExitIntInfo::VALID_MASK as u64, 0x80000000u64);
        assert_eq!(ExitIntInfo(0).with_valid(true).0, ExitIntInfo::VALID_MASK);
        assert!(ExitIntInfo(!0).valid());
        assert!(!ExitIntInfo(!ExitIntInfo::VALID_MASK).valid());
        assert_eq!(ExitIntInfo(!0).with_valid(false).0, !ExitIntInfo::VALID_MASK);
        assert_eq!(ExitIntInfo::ERROR_CODE_MASK as u64, 0xffffffff00000000u64);
        assert_eq!(ExitIntInfo(0).with_error_code(0xffffffff).0, ExitIntInfo::ERROR_CODE_MASK);
        assert_eq!(ExitIntInfo(!0).error_code(), 0xffffffff);
        assert_eq!(ExitIntInfo(!ExitIntInfo::ERROR_CODE_MASK).error_code(), 0);
        assert_eq!(ExitIntInfo(!0).with_error_code(0).0, !ExitIntInfo::ERROR_CODE_MASK);
    }

    /// Each field of npf_exit_info_1 alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn npf_exit_info_1() {
        assert_eq!(NpfExitInfo1::PRESENT_MASK as u64, 0x1u64);
        assert_eq!(NpfExitInfo1(0).with_present(true).0, NpfExitInfo1::PRESENT_MASK);
        assert!(NpfExitInfo1(!0).present());
        assert!(!NpfExitInfo1(!NpfExitInfo1::PRESENT_MASK).present());
        assert_eq!(NpfExitInfo1(!0).with_present(false).0, !NpfExitInfo1::PRESENT_MASK);
        assert_eq!(NpfExitInfo1::WRITE_MASK as u64, 0x2u64);
        assert_eq!(NpfExitInfo1(0).with_write(true).0, NpfExitInfo1::WRITE_MASK);
        assert!(NpfExitInfo1(!0).write());
        assert!(!NpfExitInfo1(!NpfExitInfo1::WRITE_MASK).write());
        assert_eq!(NpfExitInfo1(!0).with_write(false).0, !NpfExitInfo1::WRITE_MASK);
        assert_eq!(NpfExitInfo1::USER_MASK as u64, 0x4u64);
        assert_eq!(NpfExitInfo1(0).with_user(true).0, NpfExitInfo1::USER_MASK);
        assert!(NpfExitInfo1(!0).user());
        assert!(!NpfExitInfo1(!NpfExitInfo1::USER_MASK).user());
        assert_eq!(NpfExitInfo1(!0).with_user(false).0, !NpfExitInfo1::USER_MASK);
        assert_eq!(NpfExitInfo1::RESERVED_BIT_MASK as u64, 0x8u64);
        assert_eq!(NpfExitInfo1(0).with_reserved_bit(true).0, NpfExitInfo1::RESERVED_BIT_MASK);
        assert!(NpfExitInfo1(!0).reserved_bit());
        assert!(!NpfExitInfo1(!NpfExitInfo1::RESERVED_BIT_MASK).reserved_bit());
        assert_eq!(NpfExitInfo1(!0).with_reserved_bit(false).0, !NpfExitInfo1::RESERVED_BIT_MASK);
        assert_eq!(NpfExitInfo1::FETCH_MASK as u64, 0x10u64);
        assert_eq!(NpfExitInfo1(0).with_fetch(true).0, NpfExitInfo1::FETCH_MASK);
        assert!(NpfExitInfo1(!0).fetch());
        assert!(!NpfExitInfo1(!NpfExitInfo1::FETCH_MASK).fetch());
        assert_eq!(NpfExitInfo1(!0).with_fetch(false).0, !NpfExitInfo1::FETCH_MASK);
        assert_eq!(NpfExitInfo1::FINAL_GPA_MASK as u64, 0x100000000u64);
        assert_eq!(NpfExitInfo1(0).with_final_gpa(true).0, NpfExitInfo1::FINAL_GPA_MASK);
        assert!(NpfExitInfo1(!0).final_gpa());
        assert!(!NpfExitInfo1(!NpfExitInfo1::FINAL_GPA_MASK).final_gpa());
        assert_eq!(NpfExitInfo1(!0).with_final_gpa(false).0, !NpfExitInfo1::FINAL_GPA_MASK);
        assert_eq!(NpfExitInfo1::GUEST_PAGE_TABLE_MASK as u64, 0x200000000u64);
        assert_eq!(NpfExitInfo1(0).with_guest_page_table(true).0, NpfExitInfo1::GUEST_PAGE_TABLE_MASK);
        assert!(NpfExitInfo1(!0).guest_page_table());
        assert!(!NpfExitInfo1(!NpfExitInfo1::GUEST_PAGE_TABLE_MASK).guest_page_table());
        assert_eq!(NpfExitInfo1(!0).with_guest_page_table(false).0, !NpfExitInfo1::GUEST_PAGE_TABLE_MASK);
    }

    /// Each field of nested_ctl alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn nested_ctl() {
        assert_eq!(NestedCtl::NP_ENABLE_MASK as u64, 0x1u64);
        assert_eq!(NestedCtl(0).with_np_enable(true).0, NestedCtl::NP_ENABLE_MASK);
        assert!(NestedCtl(!0).np_enable());
        assert!(!NestedCtl(!NestedCtl::NP_ENABLE_MASK).np_enable());
        assert_eq!(NestedCtl(!0).with_np_enable(false).0, !NestedCtl::NP_ENABLE_MASK);
        assert_eq!(NestedCtl::SEV_ENABLE_MASK as u64, 0x2u64);
        assert_eq!(NestedCtl(0).with_sev_enable(true).0, NestedCtl::SEV_ENABLE_MASK);
        assert!(NestedCtl(!0).sev_enable());
        assert!(!NestedCtl(!NestedCtl::SEV_ENABLE_MASK).sev_enable());
        assert_eq!(NestedCtl(!0).with_sev_enable(false).0, !NestedCtl::SEV_ENABLE_MASK);
        assert_eq!(NestedCtl::SEV_ES_ENABLE_MASK as u64, 0x4u64);
        assert_eq!(NestedCtl(0).with_sev_es_enable(true).0, NestedCtl::SEV_ES_ENABLE_MASK);
        assert!(NestedCtl(!0).sev_es_enable());
        assert!(!NestedCtl(!NestedCtl::SEV_ES_ENABLE_MASK).sev_es_enable());
        assert_eq!(NestedCtl(!0).with_sev_es_enable(false).0, !NestedCtl::SEV_ES_ENABLE_MASK);
    }

    /// Each field of virt_ext alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn virt_ext() {
        assert_eq!(VirtExt::LBR_VIRT_ENABLE_MASK as u64, 0x1u64);
        assert_eq!(VirtExt(0).with_lbr_virt_enable(true).0, VirtExt::LBR_VIRT_ENABLE_MASK);
        assert!(VirtExt(!0).lbr_virt_enable());
        assert!(!VirtExt(!VirtExt::LBR_VIRT_ENABLE_MASK).lbr_virt_enable());
        assert_eq!(VirtExt(!0).with_lbr_virt_enable(false).0, !VirtExt::LBR_VIRT_ENABLE_MASK);
        assert_eq!(VirtExt::V_VMLOAD_VMSAVE_ENABLE_MASK as u64, 0x2u64);
        assert_eq!(VirtExt(0).with_v_vmload_vmsave_enable(true).0, VirtExt::V_VMLOAD_VMSAVE_ENABLE_MASK);
        assert!(VirtExt(!0).v_vmload_vmsave_enable());
        assert!(!VirtExt(!VirtExt::V_VMLOAD_VMSAVE_ENABLE_MASK).v_vmload_vmsave_enable());
        assert_eq!(VirtExt(!0).with_v_vmload_vmsave_enable(false).0, !VirtExt::V_VMLOAD_VMSAVE_ENABLE_MASK);
    }

    /// Each field of clean_bits alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn clean_bits() {
        assert_eq!(CleanBits::INTERCEPTS_MASK as u64, 0x1u64);
        assert_eq!(CleanBits(0).with_intercepts(true).0, CleanBits::INTERCEPTS_MASK);
        assert!(CleanBits(!0).intercepts());
        assert!(!CleanBits(!CleanBits::INTERCEPTS_MASK).intercepts());
        assert_eq!(CleanBits(!0).with_intercepts(false).0, !CleanBits::INTERCEPTS_MASK);
        assert_eq!(CleanBits::IOPM_MASK as u64, 0x2u64);
        assert_eq!(CleanBits(0).with_iopm(true).0, CleanBits::IOPM_MASK);
        assert!(CleanBits(!0).iopm());
        assert!(!CleanBits(!CleanBits::IOPM_MASK).iopm());
        assert_eq!(CleanBits(!0).with_iopm(false).0, !CleanBits::IOPM_MASK);
        assert_eq!(CleanBits::ASID_MASK as u64, 0x4u64);
        assert_eq!(CleanBits(0).with_asid(true).0, CleanBits::ASID_MASK);
        assert!(CleanBits(!0).asid());
        assert!(!CleanBits(!CleanBits::ASID_MASK).asid());
        assert_eq!(CleanBits(!0).with_asid(false).0, !CleanBits::ASID_MASK);
        assert_eq!(CleanBits::TPR_MASK as u64, 0x8u64);
        assert_eq!(CleanBits(0).with_tpr(true).0, CleanBits::TPR_MASK);
        assert!(CleanBits(!0).tpr());
        assert!(!CleanBits(!CleanBits::TPR_MASK).tpr());
        assert_eq!(CleanBits(!0).with_tpr(false).0, !CleanBits::TPR_MASK);
        assert_eq!(CleanBits::NP_MASK as u64, 0x10u64);
        assert_eq!(CleanBits(0).with_np(true).0, CleanBits::NP_MASK);
        assert!(CleanBits(!0).np());
        assert!(!CleanBits(!CleanBits::NP_MASK).np());
        assert_eq!(CleanBits(!0).with_np(false).0, !CleanBits::NP_MASK);
        assert_eq!(CleanBits::CRX_MASK as u64, 0x20u64);
        assert_eq!(CleanBits(0).with_crx(true).0, CleanBits::CRX_MASK);
        assert!(CleanBits(!0).crx());
        assert!(!CleanBits(!CleanBits::CRX_MASK).crx());
        assert_eq!(CleanBits(!0).with_crx(false).0, !CleanBits::CRX_MASK);
        assert_eq!(CleanBits::DRX_MASK as u64, 0x40u64);
        assert_eq!(CleanBits(0).with_drx(true).0, CleanBits::DRX_MASK);
        assert!(CleanBits(!0).drx());
        assert!(!CleanBits(!CleanBits::DRX_MASK).drx());
        assert_eq!(CleanBits(!0).with_drx(false).0, !CleanBits::DRX_MASK);
        assert_eq!(CleanBits::DT_MASK as u64, 0x80u64);
        assert_eq!(CleanBits(0).with_dt(true).0, CleanBits::DT_MASK);
        assert!(CleanBits(!0).dt());
        assert!(!CleanBits(!CleanBits::DT_MASK).dt());
        assert_eq!(CleanBits(!0).with_dt(false).0, !CleanBits::DT_MASK);
        assert_eq!(CleanBits::SEG_MASK as u64, 0x100u64);
        assert_eq!(CleanBits(0).with_seg(true).0, CleanBits::SEG_MASK);
        assert!(CleanBits(!0).seg());
        assert!(!CleanBits(!CleanBits::SEG_MASK).seg());
        assert_eq!(CleanBits(!0).with_seg(false).0, !CleanBits::SEG_MASK);
        assert_eq!(CleanBits::CR2_MASK as u64, 0x200u64);
        assert_eq!(CleanBits(0).with_cr2(true).0, CleanBits::CR2_MASK);
        assert!(CleanBits(!0).cr2());
        assert!(!CleanBits(!CleanBits::CR2_MASK).cr2());
        assert_eq!(CleanBits(!0).with_cr2(false).0, !CleanBits::CR2_MASK);
        assert_eq!(CleanBits::LBR_MASK as u64, 0x400u64);
        assert_eq!(CleanBits(0).with_lbr(true).0, CleanBits::LBR_MASK);
        assert!(CleanBits(!0).lbr());
        assert!(!CleanBits(!CleanBits::LBR_MASK).lbr());
        assert_eq!(CleanBits(!0).with_lbr(false).0, !CleanBits::LBR_MASK);
    }

    /// Each field of segment_attrib alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn segment_attrib() {
        assert_eq!(SegmentAttrib::TYPE_MASK as u64, 0xfu64);
        assert_eq!(SegmentAttrib(0).with_type(0xf).0, SegmentAttrib::TYPE_MASK);
        assert_eq!(SegmentAttrib(!0).r#type(), 0xf);
        assert_eq!(SegmentAttrib(!SegmentAttrib::TYPE_MASK).r#type(), 0);
        assert_eq!(SegmentAttrib(!0).with_type(0).0, !SegmentAttrib::TYPE_MASK);
        assert_eq!(SegmentAttrib::S_MASK as u64, 0x10u64);
        assert_eq!(SegmentAttrib(0).with_s(true).0, SegmentAttrib::S_MASK);
        assert!(SegmentAttrib(!0).s());
        assert!(!SegmentAttrib(!SegmentAttrib::S_MASK).s());
        assert_eq!(SegmentAttrib(!0).with_s(false).0, !SegmentAttrib::S_MASK);
        assert_eq!(SegmentAttrib::DPL_MASK as u64, 0x60u64);
        assert_eq!(SegmentAttrib(0).with_dpl(0x3).0, SegmentAttrib::DPL_MASK);
        assert_eq!(SegmentAttrib(!0).dpl(), 0x3);
        assert_eq!(SegmentAttrib(!SegmentAttrib::DPL_MASK).dpl(), 0);
        assert_eq!(SegmentAttrib(!0).with_dpl(0).0, !SegmentAttrib::DPL_MASK);
        assert_eq!(SegmentAttrib::P_MASK as u64, 0x80u64);
        assert_eq!(SegmentAttrib(0).with_p(true).0, SegmentAttrib::P_MASK);
        assert!(SegmentAttrib(!0).p());
        assert!(!SegmentAttrib(!SegmentAttrib::P_MASK).p());
        assert_eq!(SegmentAttrib(!0).with_p(false).0, !SegmentAttrib::P_MASK);
        assert_eq!(SegmentAttrib::AVL_MASK as u64, 0x100u64);
        assert_eq!(SegmentAttrib(0).with_avl(true).0, SegmentAttrib::AVL_MASK);
        assert!(SegmentAttrib(!0).avl());
        assert!(!SegmentAttrib(!SegmentAttrib::AVL_MASK).avl());
        assert_eq!(SegmentAttrib(!0).with_avl(false).0, !SegmentAttrib::AVL_MASK);
        assert_eq!(SegmentAttrib::L_MASK as u64, 0x200u64);
        assert_eq!(SegmentAttrib(0).with_l(true).0, SegmentAttrib::L_MASK);
        assert!(SegmentAttrib(!0).l());
        assert!(!SegmentAttrib(!SegmentAttrib::L_MASK).l());
        assert_eq!(SegmentAttrib(!0).with_l(false).0, !SegmentAttrib::L_MASK);
        assert_eq!(SegmentAttrib::DB_MASK as u64, 0x400u64);
        assert_eq!(SegmentAttrib(0).with_db(true).0, SegmentAttrib::DB_MASK);
        assert!(SegmentAttrib(!0).db());
        assert!(!SegmentAttrib(!SegmentAttrib::DB_MASK).db());
        assert_eq!(SegmentAttrib(!0).with_db(false).0, !SegmentAttrib::DB_MASK);
        assert_eq!(SegmentAttrib::G_MASK as u64, 0x800u64);
        assert_eq!(SegmentAttrib(0).with_g(true).0, SegmentAttrib::G_MASK);
        assert!(SegmentAttrib(!0).g());
        assert!(!SegmentAttrib(!SegmentAttrib::G_MASK).g());
        assert_eq!(SegmentAttrib(!0).with_g(false).0, !SegmentAttrib::G_MASK);
    }

    /// Each field of invlpgb_rax alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn invlpgb_rax() {
        assert_eq!(InvlpgbRax::VA_VALID_MASK as u64, 0x1u64);
        assert_eq!(InvlpgbRax(0).with_va_valid(true).0, InvlpgbRax::VA_VALID_MASK);
        assert!(InvlpgbRax(!0).va_valid());
        assert!(!InvlpgbRax(!InvlpgbRax::VA_VALID_MASK).va_valid());
        assert_eq!(InvlpgbRax(!0).with_va_valid(false).0, !InvlpgbRax::VA_VALID_MASK);
        assert_eq!(InvlpgbRax::PCID_VALID_MASK as u64, 0x2u64);
        assert_eq!(InvlpgbRax(0).with_pcid_valid(true).0, InvlpgbRax::PCID_VALID_MASK);
        assert!(InvlpgbRax(!0).pcid_valid());
        assert!(!InvlpgbRax(!InvlpgbRax::PCID_VALID_MASK).pcid_valid());
        assert_eq!(InvlpgbRax(!0).with_pcid_valid(false).0, !InvlpgbRax::PCID_VALID_MASK);
        assert_eq!(InvlpgbRax::ASID_VALID_MASK as u64, 0x4u64);
        assert_eq!(InvlpgbRax(0).with_asid_valid(true).0, InvlpgbRax::ASID_VALID_MASK);
        assert!(InvlpgbRax(!0).asid_valid());
        assert!(!InvlpgbRax(!InvlpgbRax::ASID_VALID_MASK).asid_valid());
        assert_eq!(InvlpgbRax(!0).with_asid_valid(false).0, !InvlpgbRax::ASID_VALID_MASK);
        assert_eq!(InvlpgbRax::INCLUDE_GLOBAL_MASK as u64, 0x8u64);
        assert_eq!(InvlpgbRax(0).with_include_global(true).0, InvlpgbRax::INCLUDE_GLOBAL_MASK);
        assert!(InvlpgbRax(!0).include_global());
        assert!(!InvlpgbRax(!InvlpgbRax::INCLUDE_GLOBAL_MASK).include_global());
        assert_eq!(InvlpgbRax(!0).with_include_global(false).0, !InvlpgbRax::INCLUDE_GLOBAL_MASK);
        assert_eq!(InvlpgbRax::FINAL_ONLY_MASK as u64, 0x10u64);
        assert_eq!(InvlpgbRax(0).with_final_only(true).0, InvlpgbRax::FINAL_ONLY_MASK);
        assert!(InvlpgbRax(!0).final_only());
        assert!(!InvlpgbRax(!InvlpgbRax::FINAL_ONLY_MASK).final_only());
        assert_eq!(InvlpgbRax(!0).with_final_only(false).0, !InvlpgbRax::FINAL_ONLY_MASK);
        assert_eq!(InvlpgbRax::INCLUDE_NESTED_MASK as u64, 0x20u64);
        assert_eq!(InvlpgbRax(0).with_include_nested(true).0, InvlpgbRax::INCLUDE_NESTED_MASK);
        assert!(InvlpgbRax(!0).include_nested());
        assert!(!InvlpgbRax(!InvlpgbRax::INCLUDE_NESTED_MASK).include_nested());
        assert_eq!(InvlpgbRax(!0).with_include_nested(false).0, !InvlpgbRax::INCLUDE_NESTED_MASK);
        assert_eq!(InvlpgbRax::VA_MASK as u64, 0xfffffffffffff000u64);
        assert_eq!(InvlpgbRax(0).with_va(0xfffffffffffff).0, InvlpgbRax::VA_MASK);
        assert_eq!(InvlpgbRax(!0).va(), 0xfffffffffffff);
        assert_eq!(InvlpgbRax(!InvlpgbRax::VA_MASK).va(), 0);
        assert_eq!(InvlpgbRax(!0).with_va(0).0, !InvlpgbRax::VA_MASK);
    }

    /// Each field of invlpgb_ecx alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn invlpgb_ecx() {
        assert_eq!(InvlpgbEcx::COUNT_MASK as u64, 0xffffu64);
        assert_eq!(InvlpgbEcx(0).with_count(0xffff).0, InvlpgbEcx::COUNT_MASK);
        assert_eq!(InvlpgbEcx(!0).count(), 0xffff);
        assert_eq!(InvlpgbEcx(!InvlpgbEcx::COUNT_MASK).count(), 0);
        assert_eq!(InvlpgbEcx(!0).with_count(0).0, !InvlpgbEcx::COUNT_MASK);
        assert_eq!(InvlpgbEcx::STRIDE_2M_MASK as u64, 0x80000000u64);
        assert_eq!(InvlpgbEcx(0).with_stride_2m(true).0, InvlpgbEcx::STRIDE_2M_MASK);
        assert!(InvlpgbEcx(!0).stride_2m());
        assert!(!InvlpgbEcx(!InvlpgbEcx::STRIDE_2M_MASK).stride_2m());
        assert_eq!(InvlpgbEcx(!0).with_stride_2m(false).0, !InvlpgbEcx::STRIDE_2M_MASK);
    }

    /// Each field of invlpgb_edx alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn invlpgb_edx() {
        assert_eq!(InvlpgbEdx::ASID_MASK as u64, 0xffffu64);
        assert_eq!(InvlpgbEdx(0).with_asid(0xffff).0, InvlpgbEdx::ASID_MASK);
        assert_eq!(InvlpgbEdx(!0).asid(), 0xffff);
        assert_eq!(InvlpgbEdx(!InvlpgbEdx::ASID_MASK).asid(), 0);
        assert_eq!(InvlpgbEdx(!0).with_asid(0).0, !InvlpgbEdx::ASID_MASK);
        assert_eq!(InvlpgbEdx::PCID_MASK as u64, 0xfff0000u64);
        assert_eq!(InvlpgbEdx(0).with_pcid(0xfff).0, InvlpgbEdx::PCID_MASK);
        assert_eq!(InvlpgbEdx(!0).pcid(), 0xfff);
        assert_eq!(InvlpgbEdx(!InvlpgbEdx::PCID_MASK).pcid(), 0);
        assert_eq!(InvlpgbEdx(!0).with_pcid(0).0, !InvlpgbEdx::PCID_MASK);
    }

    /// Each field of rmpadjust_attributes alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn rmpadjust_attributes() {
        assert_eq!(RmpadjustAttributes::TARGET_VMPL_MASK as u64, 0xffu64);
        assert_eq!(RmpadjustAttributes(0).with_target_vmpl(0xff).0, RmpadjustAttributes::TARGET_VMPL_MASK);
        assert_eq!(RmpadjustAttributes(!0).target_vmpl(), 0xff);
        assert_eq!(RmpadjustAttributes(!RmpadjustAttributes::TARGET_VMPL_MASK).target_vmpl(), 0);
        assert_eq!(RmpadjustAttributes(!0).with_target_vmpl(0).0, !RmpadjustAttributes::TARGET_VMPL_MASK);
        assert_eq!(RmpadjustAttributes::READ_MASK as u64, 0x100u64);
        assert_eq!(RmpadjustAttributes(0).with_read(true).0, RmpadjustAttributes::READ_MASK);
        assert!(RmpadjustAttributes(!0).read());
        assert!(!RmpadjustAttributes(!RmpadjustAttributes::READ_MASK).read());
        assert_eq!(RmpadjustAttributes(!0).with_read(false).0, !RmpadjustAttributes::READ_MASK);
        assert_eq!(RmpadjustAttributes::WRITE_MASK as u64, 0x200u64);
        assert_eq!(RmpadjustAttributes(0).with_write(true).0, RmpadjustAttributes::WRITE_MASK);
        assert!(RmpadjustAttributes(!0).write());
        assert!(!RmpadjustAttributes(!RmpadjustAttributes::WRITE_MASK).write());
        assert_eq!(RmpadjustAttributes(!0).with_write(false).0, !RmpadjustAttributes::WRITE_MASK);
        assert_eq!(RmpadjustAttributes::USER_EXECUTE_MASK as u64, 0x400u64);
        assert_eq!(RmpadjustAttributes(0).with_user_execute(true).0, RmpadjustAttributes::USER_EXECUTE_MASK);
        assert!(RmpadjustAttributes(!0).user_execute());
        assert!(!RmpadjustAttributes(!RmpadjustAttributes::USER_EXECUTE_MASK).user_execute());
        assert_eq!(RmpadjustAttributes(!0).with_user_execute(false).0, !RmpadjustAttributes::USER_EXECUTE_MASK);
        assert_eq!(RmpadjustAttributes::SUPERVISOR_EXECUTE_MASK as u64, 0x800u64);
        assert_eq!(RmpadjustAttributes(0).with_supervisor_execute(true).0, RmpadjustAttributes::SUPERVISOR_EXECUTE_MASK);
        assert!(RmpadjustAttributes(!0).supervisor_execute());
        assert!(!RmpadjustAttributes(!RmpadjustAttributes::SUPERVISOR_EXECUTE_MASK).supervisor_execute());
        assert_eq!(RmpadjustAttributes(!0).with_supervisor_execute(false).0, !RmpadjustAttributes::SUPERVISOR_EXECUTE_MASK);
        assert_eq!(RmpadjustAttributes::VMSA_MASK as u64, 0x10000u64);
        assert_eq!(RmpadjustAttributes(0).with_vmsa(true).0, RmpadjustAttributes::VMSA_MASK);
        assert!(RmpadjustAttributes(!0).vmsa());
        assert!(!RmpadjustAttributes(!RmpadjustAttributes::VMSA_MASK).vmsa());
        assert_eq!(RmpadjustAttributes(!0).with_vmsa(false).0, !RmpadjustAttributes::VMSA_MASK);
    }

    /// Each field of ghcb_msr alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn ghcb_msr() {
        assert_eq!(GhcbMsr::INFO_MASK as u64, 0xfffu64);
        assert_eq!(GhcbMsr(0).with_info(0xfff).0, GhcbMsr::INFO_MASK);
        assert_eq!(GhcbMsr(!0).info(), 0xfff);
        assert_eq!(GhcbMsr(!GhcbMsr::INFO_MASK).info(), 0);
        assert_eq!(GhcbMsr(!0).with_info(0).0, !GhcbMsr::INFO_MASK);
        assert_eq!(GhcbMsr::DATA_MASK as u64, 0xfffffffffffff000u64);
        assert_eq!(GhcbMsr(0).with_data(0xfffffffffffff).0, GhcbMsr::DATA_MASK);
        assert_eq!(GhcbMsr(!0).data(), 0xfffffffffffff);
        assert_eq!(GhcbMsr(!GhcbMsr::DATA_MASK).data(), 0);
        assert_eq!(GhcbMsr(!0).with_data(0).0, !GhcbMsr::DATA_MASK);
    }

    /// Each field of ghcb_msr_sev_info alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn ghcb_msr_sev_info() {
        assert_eq!(GhcbMsrSevInfo::INFO_MASK as u64, 0xfffu64);
        assert_eq!(GhcbMsrSevInfo(0).with_info(0xfff).0, GhcbMsrSevInfo::INFO_MASK);
        assert_eq!(GhcbMsrSevInfo(!0).info(), 0xfff);
        assert_eq!(GhcbMsrSevInfo(!GhcbMsrSevInfo::INFO_MASK).info(), 0);
        assert_eq!(GhcbMsrSevInfo(!0).with_info(0).0, !GhcbMsrSevInfo::INFO_MASK);
        assert_eq!(GhcbMsrSevInfo::CBIT_MASK as u64, 0xff000000u64);
        assert_eq!(GhcbMsrSevInfo(0).with_cbit(0xff).0, GhcbMsrSevInfo::CBIT_MASK);
        assert_eq!(GhcbMsrSevInfo(!0).cbit(), 0xff);
        assert_eq!(GhcbMsrSevInfo(!GhcbMsrSevInfo::CBIT_MASK).cbit(), 0);
        assert_eq!(GhcbMsrSevInfo(!0).with_cbit(0).0, !GhcbMsrSevInfo::CBIT_MASK);
        assert_eq!(GhcbMsrSevInfo::MIN_VERSION_MASK as u64, 0xffff00000000u64);
        assert_eq!(GhcbMsrSevInfo(0).with_min_version(0xffff).0, GhcbMsrSevInfo::MIN_VERSION_MASK);
        assert_eq!(GhcbMsrSevInfo(!0).min_version(), 0xffff);
        assert_eq!(GhcbMsrSevInfo(!GhcbMsrSevInfo::MIN_VERSION_MASK).min_version(), 0);
        assert_eq!(GhcbMsrSevInfo(!0).with_min_version(0).0, !GhcbMsrSevInfo::MIN_VERSION_MASK);
        assert_eq!(GhcbMsrSevInfo::MAX_VERSION_MASK as u64, 0xffff000000000000u64);
        assert_eq!(GhcbMsrSevInfo(0).with_max_version(0xffff).0, GhcbMsrSevInfo::MAX_VERSION_MASK);
        assert_eq!(GhcbMsrSevInfo(!0).max_version(), 0xffff);
        assert_eq!(GhcbMsrSevInfo(!GhcbMsrSevInfo::MAX_VERSION_MASK).max_version(), 0);
        assert_eq!(GhcbMsrSevInfo(!0).with_max_version(0).0, !GhcbMsrSevInfo::MAX_VERSION_MASK);
    }

    /// Each field of ghcb_msr_cpuid alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn ghcb_msr_cpuid() {
        assert_eq!(GhcbMsrCpuid::INFO_MASK as u64, 0xfffu64);
        assert_eq!(GhcbMsrCpuid(0).with_info(0xfff).0, GhcbMsrCpuid::INFO_MASK);
        assert_eq!(GhcbMsrCpuid(!0).info(), 0xfff);
        assert_eq!(GhcbMsrCpuid(!GhcbMsrCpuid::INFO_MASK).info(), 0);
        assert_eq!(GhcbMsrCpuid(!0).with_info(0).0, !GhcbMsrCpuid::INFO_MASK);
        assert_eq!(GhcbMsrCpuid::REG_MASK as u64, 0xc0000000u64);
        assert_eq!(GhcbMsrCpuid(0).with_reg(0x3).0, GhcbMsrCpuid::REG_MASK);
        assert_eq!(GhcbMsrCpuid(!0).reg(), 0x3);
        assert_eq!(GhcbMsrCpuid(!GhcbMsrCpuid::REG_MASK).reg(), 0);
        assert_eq!(GhcbMsrCpuid(!0).with_reg(0).0, !GhcbMsrCpuid::REG_MASK);
        assert_eq!(GhcbMsrCpuid::FUNCTION_MASK as u64, 0xffffffff00000000u64);
        assert_eq!(GhcbMsrCpuid(0).with_function(0xffffffff).0, GhcbMsrCpuid::FUNCTION_MASK);
        assert_eq!(GhcbMsrCpuid(!0).function(), 0xffffffff);
        assert_eq!(GhcbMsrCpuid(!GhcbMsrCpuid::FUNCTION_MASK).function(), 0);
        assert_eq!(GhcbMsrCpuid(!0).with_function(0).0, !GhcbMsrCpuid::FUNCTION_MASK);
    }

    /// Each field of ghcb_msr_psc alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn ghcb_msr_psc() {
        assert_eq!(GhcbMsrPsc::INFO_MASK as u64, 0xfffu64);
        assert_eq!(GhcbMsrPsc(0).with_info(0xfff).0, GhcbMsrPsc::INFO_MASK);
        assert_eq!(GhcbMsrPsc(!0).info(), 0xfff);
        assert_eq!(GhcbMsrPsc(!GhcbMsrPsc::INFO_MASK).info(), 0);
        assert_eq!(GhcbMsrPsc(!0).with_info(0).0, !GhcbMsrPsc::INFO_MASK);
        assert_eq!(GhcbMsrPsc::GFN_MASK as u64, 0xffffffffff000u64);
        assert_eq!(GhcbMsrPsc(0).with_gfn(0xffffffffff).0, GhcbMsrPsc::GFN_MASK);
        assert_eq!(GhcbMsrPsc(!0).gfn(), 0xffffffffff);
        assert_eq!(GhcbMsrPsc(!GhcbMsrPsc::GFN_MASK).gfn(), 0);
        assert_eq!(GhcbMsrPsc(!0).with_gfn(0).0, !GhcbMsrPsc::GFN_MASK);
        assert_eq!(GhcbMsrPsc::OPERATION_MASK as u64, 0xf0000000000000u64);
        assert_eq!(GhcbMsrPsc(0).with_operation(0xf).0, GhcbMsrPsc::OPERATION_MASK);
        assert_eq!(GhcbMsrPsc(!0).operation(), 0xf);
        assert_eq!(GhcbMsrPsc(!GhcbMsrPsc::OPERATION_MASK).operation(), 0);
        assert_eq!(GhcbMsrPsc(!0).with_operation(0).0, !GhcbMsrPsc::OPERATION_MASK);
    }

    /// Each field of ghcb_msr_term alone: its mask is its bits, the getter
    /// reads them back, the setter touches nothing else.
    #[test]
    fn ghcb_msr_term() {
        assert_eq!(GhcbMsrTerm::INFO_MASK as u64, 0xfffu64);
        assert_eq!(GhcbMsrTerm(0).with_info(0xfff).0, GhcbMsrTerm::INFO_MASK);
        assert_eq!(GhcbMsrTerm(!0).info(), 0xfff);
        assert_eq!(GhcbMsrTerm(!GhcbMsrTerm::INFO_MASK).info(), 0);
        assert_eq!(GhcbMsrTerm(!0).with_info(0).0, !GhcbMsrTerm::INFO_MASK);
        assert_eq!(GhcbMsrTerm::REASON_SET_MASK as u64, 0xf000u64);
        assert_eq!(GhcbMsrTerm(0).with_reason_set(0xf).0, GhcbMsrTerm::REASON_SET_MASK);
        assert_eq!(GhcbMsrTerm(!0).reason_set(), 0xf);
        assert_eq!(GhcbMsrTerm(!GhcbMsrTerm::REASON_SET_MASK).reason_set(), 0);
        assert_eq!(GhcbMsrTerm(!0).with_reason_set(0).0, !GhcbMsrTerm::REASON_SET_MASK);
        assert_eq!(GhcbMsrTerm::REASON_CODE_MASK as u64, 0xff0000u64);
        assert_eq!(GhcbMsrTerm(0).with_reason_code(0xff).0, GhcbMsrTerm::REASON_CODE_MASK);
        assert_eq!(GhcbMsrTerm(!0).reason_code(), 0xff);
        assert_eq!(GhcbMsrTerm(!GhcbMsrTerm::REASON_CODE_MASK).reason_code(), 0);
        assert_eq!(GhcbMsrTerm(!0).with_reason_code(0).0, !GhcbMsrTerm::REASON_CODE_MASK);
    }
}
