// SPDX-License-Identifier: MIT
// DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
// (template gen/backends/rust/templates/isa.rs.j2).  Edit the spec and run make.

//! AMD SVM instructions (AMD APM), as unsafe functions around one asm! block
//! each. A memory operand the instruction reads is a local the wrapper builds
//! (a descriptor is a #[repr(C)] struct with reserved bits zero) and passes by
//! address; one it stores to is the caller's &mut.
//!
//! Not generated yet (the C headers have them):
//! - layout rmpupdate_entry: a bit layout wider than 64 bits that no instruction takes: not generated yet

#[allow(unused_imports)]
use core::arch::asm;

mod tables;
pub use self::tables::*;

pub mod layout;

mod entry;
pub use self::entry::*;

/// The failures of AMD SVM instructions (the status model: how an SVM
/// instruction wrapper completed): the Err of every wrapper that reports a
/// status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "fault-hook", repr(u8))]
pub enum SvmFail {
    /// the instruction faulted (#UD with EFER.SVME = 0, #GP at CPL > 0 or for a
    /// bad address) and an exception fixup resumed the wrapper (only with a
    /// fault hook); only with the fault-hook feature, whose table
    /// (vmxgen::fault) the caller's exception handler uses.
    #[cfg(feature = "fault-hook")]
    Fault = 1,
}

impl SvmFail {
    /// The manual's name of the failure.
    pub const fn name(self) -> &'static str {
        match self {
            #[cfg(feature = "fault-hook")]
            Self::Fault => "fault",
        }
    }

    /// The value of the C header's status constant for it.
    pub const fn value(self) -> u8 {
        match self {
            #[cfg(feature = "fault-hook")]
            Self::Fault => 1,
        }
    }
}

/// what VMRUN flushes from the TLB (VMCB 05Ch). AMD APM Vol. 2, Table B-1
/// (05Ch); Section 15.16.1 (TLB Flush).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum TlbControl {
    /// flush nothing
    DoNothing = 0,
    /// flush the entire TLB, every ASID (also the host's)
    FlushAll = 1,
    /// flush the guest's ASID (FlushByAsid)
    FlushAsid = 3,
    /// flush the guest's non-global translations (FlushByAsid)
    FlushAsidLocal = 7,
}

impl TlbControl {
    /// The spec's name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::DoNothing => "DO_NOTHING",
            Self::FlushAll => "FLUSH_ALL",
            Self::FlushAsid => "FLUSH_ASID",
            Self::FlushAsidLocal => "FLUSH_ASID_LOCAL",
        }
    }

    /// The value with this number, if there is one.
    pub const fn from_raw(raw: u32) -> Option<Self> {
        match raw {
            0 => Some(Self::DoNothing),
            1 => Some(Self::FlushAll),
            3 => Some(Self::FlushAsid),
            7 => Some(Self::FlushAsidLocal),
            _ => None,
        }
    }
}

/// the page size of an RMP entry (PVALIDATE, RMPADJUST). AMD APM Vol. 3,
/// PVALIDATE and RMPADJUST (ECX/RCX).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum RmpPageSize {
    /// a 4-KByte page
    Size4k = 0,
    /// a 2-MByte page
    Size2m = 1,
}

impl RmpPageSize {
    /// The spec's name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Size4k => "SIZE_4K",
            Self::Size2m => "SIZE_2M",
        }
    }

    /// The value with this number, if there is one.
    pub const fn from_raw(raw: u32) -> Option<Self> {
        match raw {
            0 => Some(Self::Size4k),
            1 => Some(Self::Size2m),
            _ => None,
        }
    }
}

/// the return code of an RMP instruction (EAX). AMD APM Vol. 3, Chapter 4,
/// PSMASH, PVALIDATE, RMPADJUST and RMPUPDATE: return codes in EAX.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum RmpStatus {
    /// the instruction did what it was asked
    Success = 0,
    /// an operand is invalid (misaligned address, reserved bits, size)
    FailInput = 1,
    /// the current VMPL or RMP state does not allow it
    FailPermission = 2,
    /// another processor is changing the entry: retry
    FailInuse = 3,
    /// a 4-KByte and a 2-MByte entry would overlap (RMPUPDATE): retry
    FailOverlap = 4,
    /// the page size does not match the RMP entry's
    FailSizemismatch = 6,
}

impl RmpStatus {
    /// The spec's name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Success => "SUCCESS",
            Self::FailInput => "FAIL_INPUT",
            Self::FailPermission => "FAIL_PERMISSION",
            Self::FailInuse => "FAIL_INUSE",
            Self::FailOverlap => "FAIL_OVERLAP",
            Self::FailSizemismatch => "FAIL_SIZEMISMATCH",
        }
    }

    /// The value with this number, if there is one.
    pub const fn from_raw(raw: u32) -> Option<Self> {
        match raw {
            0 => Some(Self::Success),
            1 => Some(Self::FailInput),
            2 => Some(Self::FailPermission),
            3 => Some(Self::FailInuse),
            4 => Some(Self::FailOverlap),
            6 => Some(Self::FailSizemismatch),
            _ => None,
        }
    }
}

/// the request or response code of the GHCB MSR protocol (GHCB MSR bits 11:0).
/// AMD APM GHCB specification (56421), Section 2.3.1 (GHCB MSR Protocol), Table
/// 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum GhcbMsrInfo {
    /// SEV information: the protocol versions and the C-bit position (layout
    /// ghcb_msr_sev_info)
    SevInfoResp = 1,
    /// SEV information request
    SevInfoReq = 2,
    /// CPUID request: a function and one register (layout ghcb_msr_cpuid)
    CpuidReq = 4,
    /// CPUID response: the register's value in bits 63:32
    CpuidResp = 5,
    /// register the GHCB's guest frame number (bits 63:12)
    RegGpaReq = 18,
    /// the registered GHCB's guest frame number, or all ones if refused
    RegGpaResp = 19,
    /// page state change of one page (layout ghcb_msr_psc)
    PscReq = 20,
    /// page state change response: an error code in bits 63:32, 0 for success
    PscResp = 21,
    /// hypervisor feature request
    HvFtReq = 128,
    /// the hypervisor's features in bits 63:12 (bit 12: SEV-SNP)
    HvFtResp = 129,
    /// termination request with a reason (layout ghcb_msr_term)
    TermReq = 256,
}

impl GhcbMsrInfo {
    /// The spec's name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::SevInfoResp => "SEV_INFO_RESP",
            Self::SevInfoReq => "SEV_INFO_REQ",
            Self::CpuidReq => "CPUID_REQ",
            Self::CpuidResp => "CPUID_RESP",
            Self::RegGpaReq => "REG_GPA_REQ",
            Self::RegGpaResp => "REG_GPA_RESP",
            Self::PscReq => "PSC_REQ",
            Self::PscResp => "PSC_RESP",
            Self::HvFtReq => "HV_FT_REQ",
            Self::HvFtResp => "HV_FT_RESP",
            Self::TermReq => "TERM_REQ",
        }
    }

    /// The value with this number, if there is one.
    pub const fn from_raw(raw: u32) -> Option<Self> {
        match raw {
            1 => Some(Self::SevInfoResp),
            2 => Some(Self::SevInfoReq),
            4 => Some(Self::CpuidReq),
            5 => Some(Self::CpuidResp),
            18 => Some(Self::RegGpaReq),
            19 => Some(Self::RegGpaResp),
            20 => Some(Self::PscReq),
            21 => Some(Self::PscResp),
            128 => Some(Self::HvFtReq),
            129 => Some(Self::HvFtResp),
            256 => Some(Self::TermReq),
            _ => None,
        }
    }
}

/// the page operation of a page state change. AMD APM GHCB specification
/// (56421), Section 2.3.1, SNP Page State Change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum GhcbPscOp {
    /// assign the page to the guest (private)
    Private = 1,
    /// make the page shared with the hypervisor
    Shared = 2,
    /// split a 2-MByte page's RMP entry (SNP page state change NAE only)
    Psmash = 3,
    /// merge 4-KByte RMP entries back into a 2-MByte one (SNP page state change
    /// NAE only)
    Unsmash = 4,
}

impl GhcbPscOp {
    /// The spec's name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Private => "PRIVATE",
            Self::Shared => "SHARED",
            Self::Psmash => "PSMASH",
            Self::Unsmash => "UNSMASH",
        }
    }

    /// The value with this number, if there is one.
    pub const fn from_raw(raw: u32) -> Option<Self> {
        match raw {
            1 => Some(Self::Private),
            2 => Some(Self::Shared),
            3 => Some(Self::Psmash),
            4 => Some(Self::Unsmash),
            _ => None,
        }
    }
}

/// the GHCB save area (the guest's registers for the hypervisor). AMD APM GHCB
/// specification (56421), Section 2.2 (GHCB Layout), Table 1.
///
/// Every member at its offset; the gaps are reserved (private, zero in
/// [`GhcbSave::zeroed`]).
#[derive(Clone, Copy)]
#[repr(C)]
pub struct GhcbSave {
    reserved_0x000: [u8; 203],
    /// Bytes 0x0cb..0x0cb: the guest's CPL
    pub cpl: u8,
    reserved_0x0cc: [u8; 116],
    /// Bytes 0x140..0x147: IA32_XSS
    pub xss: u64,
    reserved_0x148: [u8; 24],
    /// Bytes 0x160..0x167: DR7
    pub dr7: u64,
    reserved_0x168: [u8; 16],
    /// Bytes 0x178..0x17f: RIP
    pub rip: u64,
    reserved_0x180: [u8; 88],
    /// Bytes 0x1d8..0x1df: RSP
    pub rsp: u64,
    reserved_0x1e0: [u8; 24],
    /// Bytes 0x1f8..0x1ff: RAX
    pub rax: u64,
    reserved_0x200: [u8; 264],
    /// Bytes 0x308..0x30f: RCX
    pub rcx: u64,
    /// Bytes 0x310..0x317: RDX
    pub rdx: u64,
    /// Bytes 0x318..0x31f: RBX
    pub rbx: u64,
    reserved_0x320: [u8; 8],
    /// Bytes 0x328..0x32f: RBP
    pub rbp: u64,
    /// Bytes 0x330..0x337: RSI
    pub rsi: u64,
    /// Bytes 0x338..0x33f: RDI
    pub rdi: u64,
    /// Bytes 0x340..0x347: R8
    pub r8: u64,
    /// Bytes 0x348..0x34f: R9
    pub r9: u64,
    /// Bytes 0x350..0x357: R10
    pub r10: u64,
    /// Bytes 0x358..0x35f: R11
    pub r11: u64,
    /// Bytes 0x360..0x367: R12
    pub r12: u64,
    /// Bytes 0x368..0x36f: R13
    pub r13: u64,
    /// Bytes 0x370..0x377: R14
    pub r14: u64,
    /// Bytes 0x378..0x37f: R15
    pub r15: u64,
    reserved_0x380: [u8; 16],
    /// Bytes 0x390..0x397: the exit code of the event (an SVM exit code or a
    /// VMGEXIT one)
    pub sw_exit_code: u64,
    /// Bytes 0x398..0x39f: exit information 1 (on return: 0 success, 1 the
    /// hypervisor's error, 2 bad GHCB input)
    pub sw_exit_info_1: u64,
    /// Bytes 0x3a0..0x3a7: exit information 2
    pub sw_exit_info_2: u64,
    /// Bytes 0x3a8..0x3af: the guest physical address of a scratch area (in the
    /// shared buffer or elsewhere)
    pub sw_scratch: u64,
    reserved_0x3b0: [u8; 56],
    /// Bytes 0x3e8..0x3ef: XCR0
    pub xcr0: u64,
    /// Bytes 0x3f0..0x3ff: one bit per 8 bytes of the save area: bit n says the
    /// qword at offset 8n is valid
    pub valid_bitmap: [u8; 16],
    /// Bytes 0x400..0x407: the guest physical address of the x87 state
    pub x87_state_gpa: u64,
}

const _: () = assert!(core::mem::size_of::<GhcbSave>() == 1032);
const _: () = assert!(core::mem::offset_of!(GhcbSave, reserved_0x000) == 0);
const _: () = assert!(core::mem::offset_of!(GhcbSave, cpl) == 203);
const _: () = assert!(core::mem::offset_of!(GhcbSave, reserved_0x0cc) == 204);
const _: () = assert!(core::mem::offset_of!(GhcbSave, xss) == 320);
const _: () = assert!(core::mem::offset_of!(GhcbSave, reserved_0x148) == 328);
const _: () = assert!(core::mem::offset_of!(GhcbSave, dr7) == 352);
const _: () = assert!(core::mem::offset_of!(GhcbSave, reserved_0x168) == 360);
const _: () = assert!(core::mem::offset_of!(GhcbSave, rip) == 376);
const _: () = assert!(core::mem::offset_of!(GhcbSave, reserved_0x180) == 384);
const _: () = assert!(core::mem::offset_of!(GhcbSave, rsp) == 472);
const _: () = assert!(core::mem::offset_of!(GhcbSave, reserved_0x1e0) == 480);
const _: () = assert!(core::mem::offset_of!(GhcbSave, rax) == 504);
const _: () = assert!(core::mem::offset_of!(GhcbSave, reserved_0x200) == 512);
const _: () = assert!(core::mem::offset_of!(GhcbSave, rcx) == 776);
const _: () = assert!(core::mem::offset_of!(GhcbSave, rdx) == 784);
const _: () = assert!(core::mem::offset_of!(GhcbSave, rbx) == 792);
const _: () = assert!(core::mem::offset_of!(GhcbSave, reserved_0x320) == 800);
const _: () = assert!(core::mem::offset_of!(GhcbSave, rbp) == 808);
const _: () = assert!(core::mem::offset_of!(GhcbSave, rsi) == 816);
const _: () = assert!(core::mem::offset_of!(GhcbSave, rdi) == 824);
const _: () = assert!(core::mem::offset_of!(GhcbSave, r8) == 832);
const _: () = assert!(core::mem::offset_of!(GhcbSave, r9) == 840);
const _: () = assert!(core::mem::offset_of!(GhcbSave, r10) == 848);
const _: () = assert!(core::mem::offset_of!(GhcbSave, r11) == 856);
const _: () = assert!(core::mem::offset_of!(GhcbSave, r12) == 864);
const _: () = assert!(core::mem::offset_of!(GhcbSave, r13) == 872);
const _: () = assert!(core::mem::offset_of!(GhcbSave, r14) == 880);
const _: () = assert!(core::mem::offset_of!(GhcbSave, r15) == 888);
const _: () = assert!(core::mem::offset_of!(GhcbSave, reserved_0x380) == 896);
const _: () = assert!(core::mem::offset_of!(GhcbSave, sw_exit_code) == 912);
const _: () = assert!(core::mem::offset_of!(GhcbSave, sw_exit_info_1) == 920);
const _: () = assert!(core::mem::offset_of!(GhcbSave, sw_exit_info_2) == 928);
const _: () = assert!(core::mem::offset_of!(GhcbSave, sw_scratch) == 936);
const _: () = assert!(core::mem::offset_of!(GhcbSave, reserved_0x3b0) == 944);
const _: () = assert!(core::mem::offset_of!(GhcbSave, xcr0) == 1000);
const _: () = assert!(core::mem::offset_of!(GhcbSave, valid_bitmap) == 1008);
const _: () = assert!(core::mem::offset_of!(GhcbSave, x87_state_gpa) == 1024);

impl GhcbSave {
    /// Every byte zero.
    pub const fn zeroed() -> Self {
        Self {
            reserved_0x000: [0; 203],
            cpl: 0,
            reserved_0x0cc: [0; 116],
            xss: 0,
            reserved_0x148: [0; 24],
            dr7: 0,
            reserved_0x168: [0; 16],
            rip: 0,
            reserved_0x180: [0; 88],
            rsp: 0,
            reserved_0x1e0: [0; 24],
            rax: 0,
            reserved_0x200: [0; 264],
            rcx: 0,
            rdx: 0,
            rbx: 0,
            reserved_0x320: [0; 8],
            rbp: 0,
            rsi: 0,
            rdi: 0,
            r8: 0,
            r9: 0,
            r10: 0,
            r11: 0,
            r12: 0,
            r13: 0,
            r14: 0,
            r15: 0,
            reserved_0x380: [0; 16],
            sw_exit_code: 0,
            sw_exit_info_1: 0,
            sw_exit_info_2: 0,
            sw_scratch: 0,
            reserved_0x3b0: [0; 56],
            xcr0: 0,
            valid_bitmap: [0; 16],
            x87_state_gpa: 0,
        }
    }
}

impl Default for GhcbSave {
    fn default() -> Self {
        Self::zeroed()
    }
}

/// the guest-hypervisor communication block (GHCB) of an SEV-ES or SEV-SNP
/// guest, one 4-KByte page. AMD APM GHCB specification (56421), Section 2.2
/// (GHCB Layout), Table 1.
///
/// Every member at its offset; the gaps are reserved (private, zero in
/// [`Ghcb::zeroed`]).
#[derive(Clone, Copy)]
#[repr(C)]
pub struct Ghcb {
    /// Bytes 0x000..0x407: the save area
    pub save: GhcbSave,
    reserved_0x408: [u8; 1016],
    /// Bytes 0x800..0xfef: the shared buffer (SW_SCRATCH may point here)
    pub shared_buffer: [u8; 2032],
    reserved_0xff0: [u8; 10],
    /// Bytes 0xffa..0xffb: the GHCB protocol version the guest uses (1 or 2)
    pub protocol_version: u16,
    /// Bytes 0xffc..0xfff: the GHCB's format: 0 the standard one
    pub usage: u32,
}

const _: () = assert!(core::mem::size_of::<Ghcb>() == 4096);
const _: () = assert!(core::mem::offset_of!(Ghcb, save) == 0);
const _: () = assert!(core::mem::offset_of!(Ghcb, reserved_0x408) == 1032);
const _: () = assert!(core::mem::offset_of!(Ghcb, shared_buffer) == 2048);
const _: () = assert!(core::mem::offset_of!(Ghcb, reserved_0xff0) == 4080);
const _: () = assert!(core::mem::offset_of!(Ghcb, protocol_version) == 4090);
const _: () = assert!(core::mem::offset_of!(Ghcb, usage) == 4092);

impl Ghcb {
    /// Every byte zero.
    pub const fn zeroed() -> Self {
        Self {
            save: GhcbSave::zeroed(),
            reserved_0x408: [0; 1016],
            shared_buffer: [0; 2032],
            reserved_0xff0: [0; 10],
            protocol_version: 0,
            usage: 0,
        }
    }
}

impl Default for Ghcb {
    fn default() -> Self {
        Self::zeroed()
    }
}

/// a segment register in the VMCB state save area. AMD APM Vol. 2, Appendix B,
/// Table B-2 (VMCB Layout, State Save Area); Section 15.5.1 (segment
/// attributes).
///
/// Every member at its offset; the gaps are reserved (private, zero in
/// [`VmcbSegment::zeroed`]).
#[derive(Clone, Copy)]
#[repr(C)]
pub struct VmcbSegment {
    /// Bytes 0x000..0x001: the selector
    pub selector: u16,
    /// Bytes 0x002..0x003: attributes, packed: descriptor bits 47:40 and 55:52
    /// (layout segment_attrib)
    pub attrib: u16,
    /// Bytes 0x004..0x007: the segment limit, expanded to bytes
    pub limit: u32,
    /// Bytes 0x008..0x00f: the segment base address
    pub base: u64,
}

const _: () = assert!(core::mem::size_of::<VmcbSegment>() == 16);
const _: () = assert!(core::mem::offset_of!(VmcbSegment, selector) == 0);
const _: () = assert!(core::mem::offset_of!(VmcbSegment, attrib) == 2);
const _: () = assert!(core::mem::offset_of!(VmcbSegment, limit) == 4);
const _: () = assert!(core::mem::offset_of!(VmcbSegment, base) == 8);

impl VmcbSegment {
    /// Every byte zero.
    pub const fn zeroed() -> Self {
        Self {
            selector: 0,
            attrib: 0,
            limit: 0,
            base: 0,
        }
    }
}

impl Default for VmcbSegment {
    fn default() -> Self {
        Self::zeroed()
    }
}

/// the VMCB control area (intercepts, exit information, guest controls). AMD
/// APM Vol. 2, Appendix B, Table B-1 (VMCB Layout, Control Area).
///
/// Every member at its offset; the gaps are reserved (private, zero in
/// [`VmcbControl::zeroed`]).
#[derive(Clone, Copy)]
#[repr(C)]
pub struct VmcbControl {
    /// Bytes 0x000..0x003: CR intercepts: bit n reads of CRn (15:0), bit 16+n
    /// writes of CRn (31:16) (layout intercept_cr)
    pub intercept_cr: u32,
    /// Bytes 0x004..0x007: DR intercepts: bit n reads of DRn (15:0), bit 16+n
    /// writes of DRn (31:16) (layout intercept_dr)
    pub intercept_dr: u32,
    /// Bytes 0x008..0x00b: exception intercepts: bit n intercepts exception
    /// vector n
    pub intercept_exceptions: u32,
    /// Bytes 0x00c..0x00f: instruction and event intercepts, first word: INTR
    /// to SHUTDOWN (layout intercept_misc1)
    pub intercept_misc1: u32,
    /// Bytes 0x010..0x013: instruction intercepts, second word: VMRUN to RDPRU
    /// and the EFER/CR write traps (layout intercept_misc2)
    pub intercept_misc2: u32,
    /// Bytes 0x014..0x017: instruction intercepts, third word: INVLPGB to
    /// IDLE_HLT (layout intercept_misc3)
    pub intercept_misc3: u32,
    reserved_0x018: [u8; 36],
    /// Bytes 0x03c..0x03d: PAUSE filter threshold (PauseFilterThreshold)
    pub pause_filter_threshold: u16,
    /// Bytes 0x03e..0x03f: PAUSE filter count (PauseFilter)
    pub pause_filter_count: u16,
    /// Bytes 0x040..0x047: physical address of the I/O permissions map
    /// (IOPM_BASE_PA; bits 11:0 ignored)
    pub iopm_base_pa: u64,
    /// Bytes 0x048..0x04f: physical address of the MSR permissions map
    /// (MSRPM_BASE_PA; bits 11:0 ignored)
    pub msrpm_base_pa: u64,
    /// Bytes 0x050..0x057: added to the TSC in the guest (TSC_OFFSET)
    pub tsc_offset: u64,
    /// Bytes 0x058..0x05b: guest address space identifier (ASID; 0 is the
    /// host's and makes VMRUN fail)
    pub asid: u32,
    /// Bytes 0x05c..0x05c: TLB_CONTROL: what VMRUN flushes (enum
    /// svm_tlb_control)
    pub tlb_control: u8,
    reserved_0x05d: [u8; 3],
    /// Bytes 0x060..0x067: virtual interrupt control: V_TPR, V_IRQ,
    /// V_INTR_PRIO, V_INTR_MASKING, V_INTR_VECTOR, ... (layout vintr)
    pub vintr: u64,
    /// Bytes 0x068..0x06f: guest interrupt state: INTERRUPT_SHADOW (bit 0),
    /// GUEST_INTERRUPT_MASK (bit 1) (layout int_state)
    pub int_state: u64,
    /// Bytes 0x070..0x077: EXITCODE: why the guest exited (enum svm_exit_code;
    /// negative codes as 64-bit values)
    pub exit_code: u64,
    /// Bytes 0x078..0x07f: EXITINFO1: exit-specific information (nested page
    /// fault: layout npf_exit_info_1)
    pub exit_info_1: u64,
    /// Bytes 0x080..0x087: EXITINFO2: exit-specific information (nested page
    /// fault: the guest physical address)
    pub exit_info_2: u64,
    /// Bytes 0x088..0x08f: EXITINTINFO: the event being delivered when the exit
    /// happened (layout exit_int_info)
    pub exit_int_info: u64,
    /// Bytes 0x090..0x097: nested paging and SEV enables: NP_ENABLE (bit 0),
    /// SEV (bit 1), SEV-ES (bit 2), ... (layout nested_ctl)
    pub nested_ctl: u64,
    /// Bytes 0x098..0x09f: AVIC APIC_BAR: the guest physical address of the
    /// virtual APIC page (bits 51:12)
    pub avic_apic_bar: u64,
    /// Bytes 0x0a0..0x0a7: guest physical address of the GHCB (guest-hypervisor
    /// communication block) (SEV-ES only)
    pub ghcb_gpa: u64,
    /// Bytes 0x0a8..0x0af: EVENTINJ: an event VMRUN injects into the guest
    /// (layout event_inj)
    pub event_inj: u64,
    /// Bytes 0x0b0..0x0b7: N_CR3: the nested page table root (host physical
    /// address)
    pub nested_cr3: u64,
    /// Bytes 0x0b8..0x0bf: LBR virtualization enable (bit 0), virtualized
    /// VMSAVE/VMLOAD enable (bit 1) (layout virt_ext)
    pub virt_ext: u64,
    /// Bytes 0x0c0..0x0c3: VMCB clean bits: state areas the CPU may take from
    /// its cache (layout clean_bits)
    pub clean_bits: u32,
    reserved_0x0c4: [u8; 4],
    /// Bytes 0x0c8..0x0cf: nRIP: the guest RIP after the intercepted
    /// instruction (NRIPS)
    pub next_rip: u64,
    /// Bytes 0x0d0..0x0d0: number of guest instruction bytes fetched
    /// (DecodeAssists)
    pub insn_len: u8,
    /// Bytes 0x0d1..0x0df: the guest instruction bytes fetched (DecodeAssists)
    pub insn_bytes: [u8; 15],
    /// Bytes 0x0e0..0x0e7: AVIC backing page pointer (bits 51:12)
    pub avic_backing_page: u64,
    reserved_0x0e8: [u8; 8],
    /// Bytes 0x0f0..0x0f7: AVIC logical APIC ID table pointer (bits 51:12)
    pub avic_logical_table: u64,
    /// Bytes 0x0f8..0x0ff: AVIC physical APIC ID table pointer (bits 51:12) and
    /// its maximum index (bits 7:0)
    pub avic_physical_table: u64,
    reserved_0x100: [u8; 8],
    /// Bytes 0x108..0x10f: VMSA pointer: physical address of the encrypted save
    /// area of an SEV-ES guest (SEV-ES only)
    pub vmsa_pa: u64,
    reserved_0x110: [u8; 16],
    /// Bytes 0x120..0x121: bus locks the guest may take before #VMEXIT BUSLOCK
    /// (BusLockThreshold)
    pub bus_lock_counter: u16,
    reserved_0x122: [u8; 702],
    /// Bytes 0x3e0..0x3ff: reserved for the hypervisor's own use: the CPU does
    /// not touch it
    pub host_reserved: [u8; 32],
}

const _: () = assert!(core::mem::size_of::<VmcbControl>() == 1024);
const _: () = assert!(core::mem::offset_of!(VmcbControl, intercept_cr) == 0);
const _: () = assert!(core::mem::offset_of!(VmcbControl, intercept_dr) == 4);
const _: () = assert!(core::mem::offset_of!(VmcbControl, intercept_exceptions) == 8);
const _: () = assert!(core::mem::offset_of!(VmcbControl, intercept_misc1) == 12);
const _: () = assert!(core::mem::offset_of!(VmcbControl, intercept_misc2) == 16);
const _: () = assert!(core::mem::offset_of!(VmcbControl, intercept_misc3) == 20);
const _: () = assert!(core::mem::offset_of!(VmcbControl, reserved_0x018) == 24);
const _: () = assert!(core::mem::offset_of!(VmcbControl, pause_filter_threshold) == 60);
const _: () = assert!(core::mem::offset_of!(VmcbControl, pause_filter_count) == 62);
const _: () = assert!(core::mem::offset_of!(VmcbControl, iopm_base_pa) == 64);
const _: () = assert!(core::mem::offset_of!(VmcbControl, msrpm_base_pa) == 72);
const _: () = assert!(core::mem::offset_of!(VmcbControl, tsc_offset) == 80);
const _: () = assert!(core::mem::offset_of!(VmcbControl, asid) == 88);
const _: () = assert!(core::mem::offset_of!(VmcbControl, tlb_control) == 92);
const _: () = assert!(core::mem::offset_of!(VmcbControl, reserved_0x05d) == 93);
const _: () = assert!(core::mem::offset_of!(VmcbControl, vintr) == 96);
const _: () = assert!(core::mem::offset_of!(VmcbControl, int_state) == 104);
const _: () = assert!(core::mem::offset_of!(VmcbControl, exit_code) == 112);
const _: () = assert!(core::mem::offset_of!(VmcbControl, exit_info_1) == 120);
const _: () = assert!(core::mem::offset_of!(VmcbControl, exit_info_2) == 128);
const _: () = assert!(core::mem::offset_of!(VmcbControl, exit_int_info) == 136);
const _: () = assert!(core::mem::offset_of!(VmcbControl, nested_ctl) == 144);
const _: () = assert!(core::mem::offset_of!(VmcbControl, avic_apic_bar) == 152);
const _: () = assert!(core::mem::offset_of!(VmcbControl, ghcb_gpa) == 160);
const _: () = assert!(core::mem::offset_of!(VmcbControl, event_inj) == 168);
const _: () = assert!(core::mem::offset_of!(VmcbControl, nested_cr3) == 176);
const _: () = assert!(core::mem::offset_of!(VmcbControl, virt_ext) == 184);
const _: () = assert!(core::mem::offset_of!(VmcbControl, clean_bits) == 192);
const _: () = assert!(core::mem::offset_of!(VmcbControl, reserved_0x0c4) == 196);
const _: () = assert!(core::mem::offset_of!(VmcbControl, next_rip) == 200);
const _: () = assert!(core::mem::offset_of!(VmcbControl, insn_len) == 208);
const _: () = assert!(core::mem::offset_of!(VmcbControl, insn_bytes) == 209);
const _: () = assert!(core::mem::offset_of!(VmcbControl, avic_backing_page) == 224);
const _: () = assert!(core::mem::offset_of!(VmcbControl, reserved_0x0e8) == 232);
const _: () = assert!(core::mem::offset_of!(VmcbControl, avic_logical_table) == 240);
const _: () = assert!(core::mem::offset_of!(VmcbControl, avic_physical_table) == 248);
const _: () = assert!(core::mem::offset_of!(VmcbControl, reserved_0x100) == 256);
const _: () = assert!(core::mem::offset_of!(VmcbControl, vmsa_pa) == 264);
const _: () = assert!(core::mem::offset_of!(VmcbControl, reserved_0x110) == 272);
const _: () = assert!(core::mem::offset_of!(VmcbControl, bus_lock_counter) == 288);
const _: () = assert!(core::mem::offset_of!(VmcbControl, reserved_0x122) == 290);
const _: () = assert!(core::mem::offset_of!(VmcbControl, host_reserved) == 992);

impl VmcbControl {
    /// Every byte zero.
    pub const fn zeroed() -> Self {
        Self {
            intercept_cr: 0,
            intercept_dr: 0,
            intercept_exceptions: 0,
            intercept_misc1: 0,
            intercept_misc2: 0,
            intercept_misc3: 0,
            reserved_0x018: [0; 36],
            pause_filter_threshold: 0,
            pause_filter_count: 0,
            iopm_base_pa: 0,
            msrpm_base_pa: 0,
            tsc_offset: 0,
            asid: 0,
            tlb_control: 0,
            reserved_0x05d: [0; 3],
            vintr: 0,
            int_state: 0,
            exit_code: 0,
            exit_info_1: 0,
            exit_info_2: 0,
            exit_int_info: 0,
            nested_ctl: 0,
            avic_apic_bar: 0,
            ghcb_gpa: 0,
            event_inj: 0,
            nested_cr3: 0,
            virt_ext: 0,
            clean_bits: 0,
            reserved_0x0c4: [0; 4],
            next_rip: 0,
            insn_len: 0,
            insn_bytes: [0; 15],
            avic_backing_page: 0,
            reserved_0x0e8: [0; 8],
            avic_logical_table: 0,
            avic_physical_table: 0,
            reserved_0x100: [0; 8],
            vmsa_pa: 0,
            reserved_0x110: [0; 16],
            bus_lock_counter: 0,
            reserved_0x122: [0; 702],
            host_reserved: [0; 32],
        }
    }
}

impl Default for VmcbControl {
    fn default() -> Self {
        Self::zeroed()
    }
}

/// the VMCB state save area (the guest's registers). AMD APM Vol. 2, Appendix
/// B, Table B-2 (VMCB Layout, State Save Area); Section 15.35.5 / Table B-4
/// (SEV-ES save area).
///
/// Every member at its offset; the gaps are reserved (private, zero in
/// [`VmcbSave::zeroed`]).
#[derive(Clone, Copy)]
#[repr(C)]
pub struct VmcbSave {
    /// Bytes 0x000..0x00f: ES
    pub es: VmcbSegment,
    /// Bytes 0x010..0x01f: CS
    pub cs: VmcbSegment,
    /// Bytes 0x020..0x02f: SS
    pub ss: VmcbSegment,
    /// Bytes 0x030..0x03f: DS
    pub ds: VmcbSegment,
    /// Bytes 0x040..0x04f: FS (VMLOAD, VMSAVE)
    pub fs: VmcbSegment,
    /// Bytes 0x050..0x05f: GS (VMLOAD, VMSAVE)
    pub gs: VmcbSegment,
    /// Bytes 0x060..0x06f: GDTR (limit and base only)
    pub gdtr: VmcbSegment,
    /// Bytes 0x070..0x07f: LDTR (VMLOAD, VMSAVE)
    pub ldtr: VmcbSegment,
    /// Bytes 0x080..0x08f: IDTR (limit and base only)
    pub idtr: VmcbSegment,
    /// Bytes 0x090..0x09f: TR (VMLOAD, VMSAVE)
    pub tr: VmcbSegment,
    /// Bytes 0x0a0..0x0a7: shadow stack pointer for CPL 0 (PL0_SSP) (SEV-ES
    /// only)
    pub pl0_ssp: u64,
    /// Bytes 0x0a8..0x0af: shadow stack pointer for CPL 1 (PL1_SSP) (SEV-ES
    /// only)
    pub pl1_ssp: u64,
    /// Bytes 0x0b0..0x0b7: shadow stack pointer for CPL 2 (PL2_SSP) (SEV-ES
    /// only)
    pub pl2_ssp: u64,
    /// Bytes 0x0b8..0x0bf: shadow stack pointer for CPL 3 (PL3_SSP) (SEV-ES
    /// only)
    pub pl3_ssp: u64,
    /// Bytes 0x0c0..0x0c7: user-mode CET settings (U_CET) (SEV-ES only)
    pub u_cet: u64,
    reserved_0x0c8: [u8; 2],
    /// Bytes 0x0ca..0x0ca: virtual machine privilege level (SEV-SNP only)
    pub vmpl: u8,
    /// Bytes 0x0cb..0x0cb: current privilege level
    pub cpl: u8,
    reserved_0x0cc: [u8; 4],
    /// Bytes 0x0d0..0x0d7: EFER
    pub efer: u64,
    reserved_0x0d8: [u8; 104],
    /// Bytes 0x140..0x147: XSS (SEV-ES only)
    pub xss: u64,
    /// Bytes 0x148..0x14f: CR4
    pub cr4: u64,
    /// Bytes 0x150..0x157: CR3
    pub cr3: u64,
    /// Bytes 0x158..0x15f: CR0
    pub cr0: u64,
    /// Bytes 0x160..0x167: DR7
    pub dr7: u64,
    /// Bytes 0x168..0x16f: DR6
    pub dr6: u64,
    /// Bytes 0x170..0x177: RFLAGS
    pub rflags: u64,
    /// Bytes 0x178..0x17f: RIP
    pub rip: u64,
    /// Bytes 0x180..0x187: DR0 (SEV-ES only)
    pub dr0: u64,
    /// Bytes 0x188..0x18f: DR1 (SEV-ES only)
    pub dr1: u64,
    /// Bytes 0x190..0x197: DR2 (SEV-ES only)
    pub dr2: u64,
    /// Bytes 0x198..0x19f: DR3 (SEV-ES only)
    pub dr3: u64,
    /// Bytes 0x1a0..0x1a7: DR0 address mask (SEV-ES only)
    pub dr0_addr_mask: u64,
    /// Bytes 0x1a8..0x1af: DR1 address mask (SEV-ES only)
    pub dr1_addr_mask: u64,
    /// Bytes 0x1b0..0x1b7: DR2 address mask (SEV-ES only)
    pub dr2_addr_mask: u64,
    /// Bytes 0x1b8..0x1bf: DR3 address mask (SEV-ES only)
    pub dr3_addr_mask: u64,
    reserved_0x1c0: [u8; 24],
    /// Bytes 0x1d8..0x1df: RSP
    pub rsp: u64,
    /// Bytes 0x1e0..0x1e7: supervisor CET settings (S_CET)
    pub s_cet: u64,
    /// Bytes 0x1e8..0x1ef: shadow stack pointer (SSP)
    pub ssp: u64,
    /// Bytes 0x1f0..0x1f7: interrupt shadow stack table address (ISST_ADDR)
    pub isst_addr: u64,
    /// Bytes 0x1f8..0x1ff: RAX
    pub rax: u64,
    /// Bytes 0x200..0x207: STAR (VMLOAD, VMSAVE)
    pub star: u64,
    /// Bytes 0x208..0x20f: LSTAR (VMLOAD, VMSAVE)
    pub lstar: u64,
    /// Bytes 0x210..0x217: CSTAR (VMLOAD, VMSAVE)
    pub cstar: u64,
    /// Bytes 0x218..0x21f: SFMASK (VMLOAD, VMSAVE)
    pub sfmask: u64,
    /// Bytes 0x220..0x227: KernelGSbase (VMLOAD, VMSAVE)
    pub kernel_gs_base: u64,
    /// Bytes 0x228..0x22f: SYSENTER_CS (VMLOAD, VMSAVE)
    pub sysenter_cs: u64,
    /// Bytes 0x230..0x237: SYSENTER_ESP (VMLOAD, VMSAVE)
    pub sysenter_esp: u64,
    /// Bytes 0x238..0x23f: SYSENTER_EIP (VMLOAD, VMSAVE)
    pub sysenter_eip: u64,
    /// Bytes 0x240..0x247: CR2
    pub cr2: u64,
    reserved_0x248: [u8; 32],
    /// Bytes 0x268..0x26f: guest PAT (used with nested paging)
    pub g_pat: u64,
    /// Bytes 0x270..0x277: DBGCTL (LBR virtualization)
    pub dbgctl: u64,
    /// Bytes 0x278..0x27f: BR_FROM (LBR virtualization)
    pub br_from: u64,
    /// Bytes 0x280..0x287: BR_TO (LBR virtualization)
    pub br_to: u64,
    /// Bytes 0x288..0x28f: LASTEXCPFROM (LBR virtualization)
    pub last_excp_from: u64,
    /// Bytes 0x290..0x297: LASTEXCPTO (LBR virtualization)
    pub last_excp_to: u64,
    reserved_0x298: [u8; 72],
    /// Bytes 0x2e0..0x2e7: the guest's SPEC_CTRL
    pub spec_ctrl: u64,
    /// Bytes 0x2e8..0x2eb: PKRU (SEV-ES only)
    pub pkru: u32,
    reserved_0x2ec: [u8; 28],
    /// Bytes 0x308..0x30f: RCX (SEV-ES only)
    pub rcx: u64,
    /// Bytes 0x310..0x317: RDX (SEV-ES only)
    pub rdx: u64,
    /// Bytes 0x318..0x31f: RBX (SEV-ES only)
    pub rbx: u64,
    reserved_0x320: [u8; 8],
    /// Bytes 0x328..0x32f: RBP (SEV-ES only)
    pub rbp: u64,
    /// Bytes 0x330..0x337: RSI (SEV-ES only)
    pub rsi: u64,
    /// Bytes 0x338..0x33f: RDI (SEV-ES only)
    pub rdi: u64,
    /// Bytes 0x340..0x347: R8 (SEV-ES only)
    pub r8: u64,
    /// Bytes 0x348..0x34f: R9 (SEV-ES only)
    pub r9: u64,
    /// Bytes 0x350..0x357: R10 (SEV-ES only)
    pub r10: u64,
    /// Bytes 0x358..0x35f: R11 (SEV-ES only)
    pub r11: u64,
    /// Bytes 0x360..0x367: R12 (SEV-ES only)
    pub r12: u64,
    /// Bytes 0x368..0x36f: R13 (SEV-ES only)
    pub r13: u64,
    /// Bytes 0x370..0x377: R14 (SEV-ES only)
    pub r14: u64,
    /// Bytes 0x378..0x37f: R15 (SEV-ES only)
    pub r15: u64,
    reserved_0x380: [u8; 16],
    /// Bytes 0x390..0x397: the guest's EXITINFO1 (for the GHCB protocol)
    /// (SEV-ES only)
    pub guest_exit_info_1: u64,
    /// Bytes 0x398..0x39f: the guest's EXITINFO2 (SEV-ES only)
    pub guest_exit_info_2: u64,
    /// Bytes 0x3a0..0x3a7: the guest's EXITINTINFO (SEV-ES only)
    pub guest_exit_int_info: u64,
    /// Bytes 0x3a8..0x3af: the guest's nRIP (SEV-ES only)
    pub guest_nrip: u64,
    /// Bytes 0x3b0..0x3b7: SEV features enabled for the guest (SEV_FEATURES)
    /// (SEV-ES only)
    pub sev_features: u64,
    /// Bytes 0x3b8..0x3bf: the guest's virtual interrupt control (SEV-ES only)
    pub vintr_ctrl: u64,
    /// Bytes 0x3c0..0x3c7: the guest's EXITCODE (SEV-ES only)
    pub guest_exit_code: u64,
    /// Bytes 0x3c8..0x3cf: virtual top of memory (SEV-ES only)
    pub virtual_tom: u64,
    /// Bytes 0x3d0..0x3d7: TLB_ID (SEV-ES only)
    pub tlb_id: u64,
    /// Bytes 0x3d8..0x3df: PCPU_ID (SEV-ES only)
    pub pcpu_id: u64,
    /// Bytes 0x3e0..0x3e7: the guest's EVENTINJ (SEV-ES only)
    pub event_inj: u64,
    /// Bytes 0x3e8..0x3ef: XCR0 (SEV-ES only)
    pub xcr0: u64,
    reserved_0x3f0: [u8; 16],
    /// Bytes 0x400..0x407: x87 data pointer (SEV-ES only)
    pub x87_dp: u64,
    /// Bytes 0x408..0x40b: MXCSR (SEV-ES only)
    pub mxcsr: u32,
    /// Bytes 0x40c..0x40d: x87 tag word (SEV-ES only)
    pub x87_ftw: u16,
    /// Bytes 0x40e..0x40f: x87 status word (SEV-ES only)
    pub x87_fsw: u16,
    /// Bytes 0x410..0x411: x87 control word (SEV-ES only)
    pub x87_fcw: u16,
    /// Bytes 0x412..0x413: x87 last opcode (SEV-ES only)
    pub x87_fop: u16,
    /// Bytes 0x414..0x415: x87 data segment (SEV-ES only)
    pub x87_ds: u16,
    /// Bytes 0x416..0x417: x87 code segment (SEV-ES only)
    pub x87_cs: u16,
    /// Bytes 0x418..0x41f: x87 instruction pointer (SEV-ES only)
    pub x87_rip: u64,
    /// Bytes 0x420..0x46f: ST0-ST7, 10 bytes each (SEV-ES only)
    pub fpreg_x87: [u8; 80],
    /// Bytes 0x470..0x56f: XMM0-XMM15, 16 bytes each (SEV-ES only)
    pub fpreg_xmm: [u8; 256],
    /// Bytes 0x570..0x66f: YMM0-YMM15, upper 128 bits, 16 bytes each (SEV-ES
    /// only)
    pub fpreg_ymm: [u8; 256],
    reserved_0x670: [u8; 1424],
}

const _: () = assert!(core::mem::size_of::<VmcbSave>() == 3072);
const _: () = assert!(core::mem::offset_of!(VmcbSave, es) == 0);
const _: () = assert!(core::mem::offset_of!(VmcbSave, cs) == 16);
const _: () = assert!(core::mem::offset_of!(VmcbSave, ss) == 32);
const _: () = assert!(core::mem::offset_of!(VmcbSave, ds) == 48);
const _: () = assert!(core::mem::offset_of!(VmcbSave, fs) == 64);
const _: () = assert!(core::mem::offset_of!(VmcbSave, gs) == 80);
const _: () = assert!(core::mem::offset_of!(VmcbSave, gdtr) == 96);
const _: () = assert!(core::mem::offset_of!(VmcbSave, ldtr) == 112);
const _: () = assert!(core::mem::offset_of!(VmcbSave, idtr) == 128);
const _: () = assert!(core::mem::offset_of!(VmcbSave, tr) == 144);
const _: () = assert!(core::mem::offset_of!(VmcbSave, pl0_ssp) == 160);
const _: () = assert!(core::mem::offset_of!(VmcbSave, pl1_ssp) == 168);
const _: () = assert!(core::mem::offset_of!(VmcbSave, pl2_ssp) == 176);
const _: () = assert!(core::mem::offset_of!(VmcbSave, pl3_ssp) == 184);
const _: () = assert!(core::mem::offset_of!(VmcbSave, u_cet) == 192);
const _: () = assert!(core::mem::offset_of!(VmcbSave, reserved_0x0c8) == 200);
const _: () = assert!(core::mem::offset_of!(VmcbSave, vmpl) == 202);
const _: () = assert!(core::mem::offset_of!(VmcbSave, cpl) == 203);
const _: () = assert!(core::mem::offset_of!(VmcbSave, reserved_0x0cc) == 204);
const _: () = assert!(core::mem::offset_of!(VmcbSave, efer) == 208);
const _: () = assert!(core::mem::offset_of!(VmcbSave, reserved_0x0d8) == 216);
const _: () = assert!(core::mem::offset_of!(VmcbSave, xss) == 320);
const _: () = assert!(core::mem::offset_of!(VmcbSave, cr4) == 328);
const _: () = assert!(core::mem::offset_of!(VmcbSave, cr3) == 336);
const _: () = assert!(core::mem::offset_of!(VmcbSave, cr0) == 344);
const _: () = assert!(core::mem::offset_of!(VmcbSave, dr7) == 352);
const _: () = assert!(core::mem::offset_of!(VmcbSave, dr6) == 360);
const _: () = assert!(core::mem::offset_of!(VmcbSave, rflags) == 368);
const _: () = assert!(core::mem::offset_of!(VmcbSave, rip) == 376);
const _: () = assert!(core::mem::offset_of!(VmcbSave, dr0) == 384);
const _: () = assert!(core::mem::offset_of!(VmcbSave, dr1) == 392);
const _: () = assert!(core::mem::offset_of!(VmcbSave, dr2) == 400);
const _: () = assert!(core::mem::offset_of!(VmcbSave, dr3) == 408);
const _: () = assert!(core::mem::offset_of!(VmcbSave, dr0_addr_mask) == 416);
const _: () = assert!(core::mem::offset_of!(VmcbSave, dr1_addr_mask) == 424);
const _: () = assert!(core::mem::offset_of!(VmcbSave, dr2_addr_mask) == 432);
const _: () = assert!(core::mem::offset_of!(VmcbSave, dr3_addr_mask) == 440);
const _: () = assert!(core::mem::offset_of!(VmcbSave, reserved_0x1c0) == 448);
const _: () = assert!(core::mem::offset_of!(VmcbSave, rsp) == 472);
const _: () = assert!(core::mem::offset_of!(VmcbSave, s_cet) == 480);
const _: () = assert!(core::mem::offset_of!(VmcbSave, ssp) == 488);
const _: () = assert!(core::mem::offset_of!(VmcbSave, isst_addr) == 496);
const _: () = assert!(core::mem::offset_of!(VmcbSave, rax) == 504);
const _: () = assert!(core::mem::offset_of!(VmcbSave, star) == 512);
const _: () = assert!(core::mem::offset_of!(VmcbSave, lstar) == 520);
const _: () = assert!(core::mem::offset_of!(VmcbSave, cstar) == 528);
const _: () = assert!(core::mem::offset_of!(VmcbSave, sfmask) == 536);
const _: () = assert!(core::mem::offset_of!(VmcbSave, kernel_gs_base) == 544);
const _: () = assert!(core::mem::offset_of!(VmcbSave, sysenter_cs) == 552);
const _: () = assert!(core::mem::offset_of!(VmcbSave, sysenter_esp) == 560);
const _: () = assert!(core::mem::offset_of!(VmcbSave, sysenter_eip) == 568);
const _: () = assert!(core::mem::offset_of!(VmcbSave, cr2) == 576);
const _: () = assert!(core::mem::offset_of!(VmcbSave, reserved_0x248) == 584);
const _: () = assert!(core::mem::offset_of!(VmcbSave, g_pat) == 616);
const _: () = assert!(core::mem::offset_of!(VmcbSave, dbgctl) == 624);
const _: () = assert!(core::mem::offset_of!(VmcbSave, br_from) == 632);
const _: () = assert!(core::mem::offset_of!(VmcbSave, br_to) == 640);
const _: () = assert!(core::mem::offset_of!(VmcbSave, last_excp_from) == 648);
const _: () = assert!(core::mem::offset_of!(VmcbSave, last_excp_to) == 656);
const _: () = assert!(core::mem::offset_of!(VmcbSave, reserved_0x298) == 664);
const _: () = assert!(core::mem::offset_of!(VmcbSave, spec_ctrl) == 736);
const _: () = assert!(core::mem::offset_of!(VmcbSave, pkru) == 744);
const _: () = assert!(core::mem::offset_of!(VmcbSave, reserved_0x2ec) == 748);
const _: () = assert!(core::mem::offset_of!(VmcbSave, rcx) == 776);
const _: () = assert!(core::mem::offset_of!(VmcbSave, rdx) == 784);
const _: () = assert!(core::mem::offset_of!(VmcbSave, rbx) == 792);
const _: () = assert!(core::mem::offset_of!(VmcbSave, reserved_0x320) == 800);
const _: () = assert!(core::mem::offset_of!(VmcbSave, rbp) == 808);
const _: () = assert!(core::mem::offset_of!(VmcbSave, rsi) == 816);
const _: () = assert!(core::mem::offset_of!(VmcbSave, rdi) == 824);
const _: () = assert!(core::mem::offset_of!(VmcbSave, r8) == 832);
const _: () = assert!(core::mem::offset_of!(VmcbSave, r9) == 840);
const _: () = assert!(core::mem::offset_of!(VmcbSave, r10) == 848);
const _: () = assert!(core::mem::offset_of!(VmcbSave, r11) == 856);
const _: () = assert!(core::mem::offset_of!(VmcbSave, r12) == 864);
const _: () = assert!(core::mem::offset_of!(VmcbSave, r13) == 872);
const _: () = assert!(core::mem::offset_of!(VmcbSave, r14) == 880);
const _: () = assert!(core::mem::offset_of!(VmcbSave, r15) == 888);
const _: () = assert!(core::mem::offset_of!(VmcbSave, reserved_0x380) == 896);
const _: () = assert!(core::mem::offset_of!(VmcbSave, guest_exit_info_1) == 912);
const _: () = assert!(core::mem::offset_of!(VmcbSave, guest_exit_info_2) == 920);
const _: () = assert!(core::mem::offset_of!(VmcbSave, guest_exit_int_info) == 928);
const _: () = assert!(core::mem::offset_of!(VmcbSave, guest_nrip) == 936);
const _: () = assert!(core::mem::offset_of!(VmcbSave, sev_features) == 944);
const _: () = assert!(core::mem::offset_of!(VmcbSave, vintr_ctrl) == 952);
const _: () = assert!(core::mem::offset_of!(VmcbSave, guest_exit_code) == 960);
const _: () = assert!(core::mem::offset_of!(VmcbSave, virtual_tom) == 968);
const _: () = assert!(core::mem::offset_of!(VmcbSave, tlb_id) == 976);
const _: () = assert!(core::mem::offset_of!(VmcbSave, pcpu_id) == 984);
const _: () = assert!(core::mem::offset_of!(VmcbSave, event_inj) == 992);
const _: () = assert!(core::mem::offset_of!(VmcbSave, xcr0) == 1000);
const _: () = assert!(core::mem::offset_of!(VmcbSave, reserved_0x3f0) == 1008);
const _: () = assert!(core::mem::offset_of!(VmcbSave, x87_dp) == 1024);
const _: () = assert!(core::mem::offset_of!(VmcbSave, mxcsr) == 1032);
const _: () = assert!(core::mem::offset_of!(VmcbSave, x87_ftw) == 1036);
const _: () = assert!(core::mem::offset_of!(VmcbSave, x87_fsw) == 1038);
const _: () = assert!(core::mem::offset_of!(VmcbSave, x87_fcw) == 1040);
const _: () = assert!(core::mem::offset_of!(VmcbSave, x87_fop) == 1042);
const _: () = assert!(core::mem::offset_of!(VmcbSave, x87_ds) == 1044);
const _: () = assert!(core::mem::offset_of!(VmcbSave, x87_cs) == 1046);
const _: () = assert!(core::mem::offset_of!(VmcbSave, x87_rip) == 1048);
const _: () = assert!(core::mem::offset_of!(VmcbSave, fpreg_x87) == 1056);
const _: () = assert!(core::mem::offset_of!(VmcbSave, fpreg_xmm) == 1136);
const _: () = assert!(core::mem::offset_of!(VmcbSave, fpreg_ymm) == 1392);
const _: () = assert!(core::mem::offset_of!(VmcbSave, reserved_0x670) == 1648);

impl VmcbSave {
    /// Every byte zero.
    pub const fn zeroed() -> Self {
        Self {
            es: VmcbSegment::zeroed(),
            cs: VmcbSegment::zeroed(),
            ss: VmcbSegment::zeroed(),
            ds: VmcbSegment::zeroed(),
            fs: VmcbSegment::zeroed(),
            gs: VmcbSegment::zeroed(),
            gdtr: VmcbSegment::zeroed(),
            ldtr: VmcbSegment::zeroed(),
            idtr: VmcbSegment::zeroed(),
            tr: VmcbSegment::zeroed(),
            pl0_ssp: 0,
            pl1_ssp: 0,
            pl2_ssp: 0,
            pl3_ssp: 0,
            u_cet: 0,
            reserved_0x0c8: [0; 2],
            vmpl: 0,
            cpl: 0,
            reserved_0x0cc: [0; 4],
            efer: 0,
            reserved_0x0d8: [0; 104],
            xss: 0,
            cr4: 0,
            cr3: 0,
            cr0: 0,
            dr7: 0,
            dr6: 0,
            rflags: 0,
            rip: 0,
            dr0: 0,
            dr1: 0,
            dr2: 0,
            dr3: 0,
            dr0_addr_mask: 0,
            dr1_addr_mask: 0,
            dr2_addr_mask: 0,
            dr3_addr_mask: 0,
            reserved_0x1c0: [0; 24],
            rsp: 0,
            s_cet: 0,
            ssp: 0,
            isst_addr: 0,
            rax: 0,
            star: 0,
            lstar: 0,
            cstar: 0,
            sfmask: 0,
            kernel_gs_base: 0,
            sysenter_cs: 0,
            sysenter_esp: 0,
            sysenter_eip: 0,
            cr2: 0,
            reserved_0x248: [0; 32],
            g_pat: 0,
            dbgctl: 0,
            br_from: 0,
            br_to: 0,
            last_excp_from: 0,
            last_excp_to: 0,
            reserved_0x298: [0; 72],
            spec_ctrl: 0,
            pkru: 0,
            reserved_0x2ec: [0; 28],
            rcx: 0,
            rdx: 0,
            rbx: 0,
            reserved_0x320: [0; 8],
            rbp: 0,
            rsi: 0,
            rdi: 0,
            r8: 0,
            r9: 0,
            r10: 0,
            r11: 0,
            r12: 0,
            r13: 0,
            r14: 0,
            r15: 0,
            reserved_0x380: [0; 16],
            guest_exit_info_1: 0,
            guest_exit_info_2: 0,
            guest_exit_int_info: 0,
            guest_nrip: 0,
            sev_features: 0,
            vintr_ctrl: 0,
            guest_exit_code: 0,
            virtual_tom: 0,
            tlb_id: 0,
            pcpu_id: 0,
            event_inj: 0,
            xcr0: 0,
            reserved_0x3f0: [0; 16],
            x87_dp: 0,
            mxcsr: 0,
            x87_ftw: 0,
            x87_fsw: 0,
            x87_fcw: 0,
            x87_fop: 0,
            x87_ds: 0,
            x87_cs: 0,
            x87_rip: 0,
            fpreg_x87: [0; 80],
            fpreg_xmm: [0; 256],
            fpreg_ymm: [0; 256],
            reserved_0x670: [0; 1424],
        }
    }
}

impl Default for VmcbSave {
    fn default() -> Self {
        Self::zeroed()
    }
}

/// the virtual machine control block (VMCB) of a guest, one 4-KByte aligned
/// page. AMD APM Vol. 2, Section 15.5.1 (Basic Operation) and Appendix B
/// (Layout of VMCB).
///
/// Every member at its offset; the gaps are reserved (private, zero in
/// [`Vmcb::zeroed`]).
#[derive(Clone, Copy)]
#[repr(C)]
pub struct Vmcb {
    /// Bytes 0x000..0x3ff: the control area
    pub control: VmcbControl,
    /// Bytes 0x400..0xfff: the state save area
    pub save: VmcbSave,
}

const _: () = assert!(core::mem::size_of::<Vmcb>() == 4096);
const _: () = assert!(core::mem::offset_of!(Vmcb, control) == 0);
const _: () = assert!(core::mem::offset_of!(Vmcb, save) == 1024);

impl Vmcb {
    /// Every byte zero.
    pub const fn zeroed() -> Self {
        Self {
            control: VmcbControl::zeroed(),
            save: VmcbSave::zeroed(),
        }
    }
}

impl Default for Vmcb {
    fn default() -> Self {
        Self::zeroed()
    }
}

/// Clear the global interrupt flag (GIF).
///
/// Executes `CLGI` (`NP 0F 01 DD`).
/// AMD APM Vol. 3, Chapter 4 (System Instruction Reference), CLGI.
///
/// Returns `Ok(())`; Err(SvmFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for CLGI
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn clgi() -> Result<(), SvmFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "clgi",
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "clgi",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            fault = label {
                return Err(SvmFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Invalidate the TLB mapping of a virtual page in an ASID.
///
/// Executes `INVLPGA` (`NP 0F 01 DF`).
/// AMD APM Vol. 3, Chapter 4 (System Instruction Reference), INVLPGA.
///
/// - `va`: virtual address of the page (rAX; the address size is the mode's)
/// - `asid`: address space identifier (ASID) whose mapping is invalidated
///
/// Returns `Ok(())`; Err(SvmFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for INVLPGA
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn invlpga_asid(va: usize, asid: u32) -> Result<(), SvmFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "invlpga",
            in("eax") va,
            in("ecx") asid,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "invlpga",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            in("eax") va,
            in("ecx") asid,
            fault = label {
                return Err(SvmFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Invalidate TLB entries with broadcast to all processors.
///
/// Executes `INVLPGB` (`NP 0F 01 FE`).
/// Invalidates the selected TLB entries on every processor of the system;
/// TLBSYNC waits until they are done.
/// AMD APM Vol. 3, Chapter 4 (System Instruction Reference), INVLPGB.
///
/// - `address`: rAX: the virtual address (bits 63:12) and the valid and scope
///   flags (bits 5:0)
/// - `count`: ECX: the number of further pages (bits 15:0) and the 2-MByte
///   stride (bit 31)
/// - `ids`: EDX: the ASID (bits 15:0) and the PCID (bits 27:16)
///
/// Returns `Ok(())`; Err(SvmFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for INVLPGB
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn invlpgb(address: usize, count: u32, ids: u32) -> Result<(), SvmFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "invlpgb",
            in("eax") address,
            in("ecx") count,
            in("edx") ids,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "invlpgb",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            in("eax") address,
            in("ecx") count,
            in("edx") ids,
            fault = label {
                return Err(SvmFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Split a 2-MByte page's RMP entry into 512 4-KByte entries.
///
/// Executes `PSMASH` (`F3 0F 01 FF`).
/// AMD APM Vol. 3, Chapter 4 (System Instruction Reference), PSMASH; Vol. 2, Section 15.36.10 (Large Page Management).
///
/// - `spa`: RAX: the system physical address of the 2-MByte page
///
/// Returns the status the instruction leaves in EAX, or 0xffffffff if it
/// faulted and the fault-hook feature's fixup resumed it (0 if it faulted, with
/// the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for PSMASH
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn psmash(spa: u64) -> u32 {
    let status: u64;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "psmash",
            inlateout("rax") spa => status,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "psmash",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0xffffffff, %eax",
            "jmp 5b",
            ".previous",
            inlateout("rax") spa => status,
            options(att_syntax, nostack),
        );
    }
    status as u32
}

/// Validate or rescind validation of a guest page in the RMP.
///
/// Executes `PVALIDATE` (`F2 0F 01 FF`).
/// Sets or clears the Validated bit of the RMP entry of the guest page at the
/// given virtual address (SEV-SNP guests only).
/// AMD APM Vol. 3, Chapter 4 (System Instruction Reference), PVALIDATE; Vol. 2, Section 15.36.6 (Page Validation).
///
/// - `address`: rAX: the guest virtual address of the page (4-KByte or 2-MByte
///   aligned)
/// - `page_size`: ECX: the page size
/// - `validate`: EDX: 1 to validate the page, 0 to rescind its validation
///
/// Returns the status the instruction leaves in EAX, or 0xff if it sets CF (the
/// RMP entry's Validated bit already had the requested value: nothing was
/// updated), or 0xffffffff if it faulted and the fault-hook feature's fixup
/// resumed it (0 if it faulted, with the fault-hook feature). It reports no
/// failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for PVALIDATE
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn pvalidate(address: usize, page_size: RmpPageSize, validate: u32) -> u32 {
    let status: usize;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "pvalidate",
            "setc {carry}",
            inlateout("eax") address => status,
            in("ecx") page_size as u32,
            in("edx") validate,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "pvalidate",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0xffffffff, %eax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("eax") address => status,
            in("ecx") page_size as u32,
            in("edx") validate,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack),
        );
    }
    if carry != 0 { 0xff_u32 } else { status as u32 }
}

/// Adjust the RMP permissions of a guest page for a less privileged VMPL.
///
/// Executes `RMPADJUST` (`F3 0F 01 FE`).
/// AMD APM Vol. 3, Chapter 4 (System Instruction Reference), RMPADJUST; Vol. 2, Section 15.36.7 (Virtual Machine Privilege Levels).
///
/// - `address`: RAX: the guest virtual address of the page
/// - `page_size`: RCX: the page size
/// - `attributes`: RDX: the target VMPL, its permissions and the VMSA bit
///   (layout rmpadjust_attributes)
///
/// Returns the status the instruction leaves in EAX, or 0xffffffff if it
/// faulted and the fault-hook feature's fixup resumed it (0 if it faulted, with
/// the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for RMPADJUST
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn rmpadjust(address: u64, page_size: RmpPageSize, attributes: u64) -> u32 {
    let status: u64;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "rmpadjust",
            inlateout("rax") address => status,
            in("ecx") page_size as u64,
            in("edx") attributes,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "rmpadjust",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0xffffffff, %eax",
            "jmp 5b",
            ".previous",
            inlateout("rax") address => status,
            in("ecx") page_size as u64,
            in("edx") attributes,
            options(att_syntax, nostack),
        );
    }
    status as u32
}

/// Write a new RMP entry for a page.
///
/// Executes `RMPUPDATE` (`F2 0F 01 FE`).
/// AMD APM Vol. 3, Chapter 4 (System Instruction Reference), RMPUPDATE; Vol. 2, Section 15.36.4 (RMP Updates).
///
/// - `spa`: RAX: the system physical address of the page
/// - `entry`: RCX: the (virtual) address of the 16-byte new entry (struct
///   svm_rmpupdate_entry)
///
/// Returns the status the instruction leaves in EAX, or 0xffffffff if it
/// faulted and the fault-hook feature's fixup resumed it (0 if it faulted, with
/// the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for RMPUPDATE
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn rmpupdate(spa: u64, entry: u64) -> u32 {
    let status: u64;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "rmpupdate",
            inlateout("rax") spa => status,
            in("ecx") entry,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "rmpupdate",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0xffffffff, %eax",
            "jmp 5b",
            ".previous",
            inlateout("rax") spa => status,
            in("ecx") entry,
            options(att_syntax, nostack),
        );
    }
    status as u32
}

/// Secure init and jump with attestation.
///
/// Executes `SKINIT` (`NP 0F 01 DE`).
/// Reinitializes the processor to a known state and jumps to the secure loader
/// (SL) in the 64-KByte aligned secure loader block, sending the block to the
/// TPM for measurement. On success it does not come back here: the secure
/// loader runs.
/// AMD APM Vol. 3, Chapter 4 (System Instruction Reference), SKINIT; Vol. 2, Section 15.27 (Security).
///
/// - `slb_pa`: physical address of the 64-KByte aligned secure loader block
///
/// Returns `Ok(())`; Err(SvmFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for SKINIT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn skinit(slb_pa: u32) -> Result<(), SvmFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "skinit",
            in("eax") slb_pa,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "skinit",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            in("eax") slb_pa,
            fault = label {
                return Err(SvmFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Set the global interrupt flag (GIF).
///
/// Executes `STGI` (`NP 0F 01 DC`).
/// AMD APM Vol. 3, Chapter 4 (System Instruction Reference), STGI.
///
/// Returns `Ok(())`; Err(SvmFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for STGI
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn stgi() -> Result<(), SvmFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "stgi",
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "stgi",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            fault = label {
                return Err(SvmFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Wait until this processor's INVLPGB invalidations are done everywhere.
///
/// Executes `TLBSYNC` (`NP 0F 01 FF`).
/// AMD APM Vol. 3, Chapter 4 (System Instruction Reference), TLBSYNC.
///
/// Returns `Ok(())`; Err(SvmFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for TLBSYNC
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn tlbsync() -> Result<(), SvmFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "tlbsync",
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "tlbsync",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            fault = label {
                return Err(SvmFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Load FS, GS, TR, LDTR and the system-call MSRs from a VMCB.
///
/// Executes `VMLOAD` (`NP 0F 01 DA`).
/// Loads FS, GS, TR and LDTR (with their hidden state), KernelGsBase, STAR,
/// LSTAR, CSTAR, SFMASK and SYSENTER_CS/ESP/EIP from the VMCB's state save
/// area.
/// AMD APM Vol. 3, Chapter 4 (System Instruction Reference), VMLOAD.
///
/// - `vmcb_pa`: physical address of the 4-KByte aligned VMCB
///
/// Returns `Ok(())`; Err(SvmFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for VMLOAD
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn vmload(vmcb_pa: usize) -> Result<(), SvmFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "vmload",
            in("eax") vmcb_pa,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "vmload",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            in("eax") vmcb_pa,
            fault = label {
                return Err(SvmFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Call the VM monitor.
///
/// Executes `VMMCALL` (`NP 0F 01 D9`).
/// In a guest whose VMCB intercepts VMMCALL it causes #VMEXIT with exit code
/// 0x81 and the monitor decides what the guest sees; without the intercept, and
/// outside a guest, it raises #UD.
/// AMD APM Vol. 3, Chapter 4 (System Instruction Reference), VMMCALL.
///
/// Returns `Ok(())`; Err(SvmFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for VMMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn vmmcall() -> Result<(), SvmFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "vmmcall",
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "vmmcall",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            fault = label {
                return Err(SvmFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Save FS, GS, TR, LDTR and the system-call MSRs to a VMCB.
///
/// Executes `VMSAVE` (`NP 0F 01 DB`).
/// Stores the state VMLOAD loads (FS, GS, TR, LDTR, KernelGsBase, STAR, LSTAR,
/// CSTAR, SFMASK, SYSENTER_CS/ESP/EIP) into the VMCB's state save area.
/// AMD APM Vol. 3, Chapter 4 (System Instruction Reference), VMSAVE.
///
/// - `vmcb_pa`: physical address of the 4-KByte aligned VMCB
///
/// Returns `Ok(())`; Err(SvmFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for VMSAVE
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn vmsave(vmcb_pa: usize) -> Result<(), SvmFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "vmsave",
            in("eax") vmcb_pa,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "vmsave",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            in("eax") vmcb_pa,
            fault = label {
                return Err(SvmFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[allow(unused_imports)]
    use super::*;

    #[test]
    fn enum_tlb_control() {
        assert_eq!(TlbControl::DoNothing as u32, 0);
        assert_eq!(TlbControl::from_raw(0), Some(TlbControl::DoNothing));
        assert_eq!(TlbControl::DoNothing.name(), "DO_NOTHING");
        assert_eq!(TlbControl::FlushAll as u32, 1);
        assert_eq!(TlbControl::from_raw(1), Some(TlbControl::FlushAll));
        assert_eq!(TlbControl::FlushAll.name(), "FLUSH_ALL");
        assert_eq!(TlbControl::FlushAsid as u32, 3);
        assert_eq!(TlbControl::from_raw(3), Some(TlbControl::FlushAsid));
        assert_eq!(TlbControl::FlushAsid.name(), "FLUSH_ASID");
        assert_eq!(TlbControl::FlushAsidLocal as u32, 7);
        assert_eq!(TlbControl::from_raw(7), Some(TlbControl::FlushAsidLocal));
        assert_eq!(TlbControl::FlushAsidLocal.name(), "FLUSH_ASID_LOCAL");
        assert_eq!(TlbControl::from_raw(8), None);
    }

    #[test]
    fn enum_rmp_page_size() {
        assert_eq!(RmpPageSize::Size4k as u32, 0);
        assert_eq!(RmpPageSize::from_raw(0), Some(RmpPageSize::Size4k));
        assert_eq!(RmpPageSize::Size4k.name(), "SIZE_4K");
        assert_eq!(RmpPageSize::Size2m as u32, 1);
        assert_eq!(RmpPageSize::from_raw(1), Some(RmpPageSize::Size2m));
        assert_eq!(RmpPageSize::Size2m.name(), "SIZE_2M");
        assert_eq!(RmpPageSize::from_raw(2), None);
    }

    #[test]
    fn enum_rmp_status() {
        assert_eq!(RmpStatus::Success as u32, 0);
        assert_eq!(RmpStatus::from_raw(0), Some(RmpStatus::Success));
        assert_eq!(RmpStatus::Success.name(), "SUCCESS");
        assert_eq!(RmpStatus::FailInput as u32, 1);
        assert_eq!(RmpStatus::from_raw(1), Some(RmpStatus::FailInput));
        assert_eq!(RmpStatus::FailInput.name(), "FAIL_INPUT");
        assert_eq!(RmpStatus::FailPermission as u32, 2);
        assert_eq!(RmpStatus::from_raw(2), Some(RmpStatus::FailPermission));
        assert_eq!(RmpStatus::FailPermission.name(), "FAIL_PERMISSION");
        assert_eq!(RmpStatus::FailInuse as u32, 3);
        assert_eq!(RmpStatus::from_raw(3), Some(RmpStatus::FailInuse));
        assert_eq!(RmpStatus::FailInuse.name(), "FAIL_INUSE");
        assert_eq!(RmpStatus::FailOverlap as u32, 4);
        assert_eq!(RmpStatus::from_raw(4), Some(RmpStatus::FailOverlap));
        assert_eq!(RmpStatus::FailOverlap.name(), "FAIL_OVERLAP");
        assert_eq!(RmpStatus::FailSizemismatch as u32, 6);
        assert_eq!(RmpStatus::from_raw(6), Some(RmpStatus::FailSizemismatch));
        assert_eq!(RmpStatus::FailSizemismatch.name(), "FAIL_SIZEMISMATCH");
        assert_eq!(RmpStatus::from_raw(7), None);
    }

    #[test]
    fn enum_ghcb_msr_info() {
        assert_eq!(GhcbMsrInfo::SevInfoResp as u32, 1);
        assert_eq!(GhcbMsrInfo::from_raw(1), Some(GhcbMsrInfo::SevInfoResp));
        assert_eq!(GhcbMsrInfo::SevInfoResp.name(), "SEV_INFO_RESP");
        assert_eq!(GhcbMsrInfo::SevInfoReq as u32, 2);
        assert_eq!(GhcbMsrInfo::from_raw(2), Some(GhcbMsrInfo::SevInfoReq));
        assert_eq!(GhcbMsrInfo::SevInfoReq.name(), "SEV_INFO_REQ");
        assert_eq!(GhcbMsrInfo::CpuidReq as u32, 4);
        assert_eq!(GhcbMsrInfo::from_raw(4), Some(GhcbMsrInfo::CpuidReq));
        assert_eq!(GhcbMsrInfo::CpuidReq.name(), "CPUID_REQ");
        assert_eq!(GhcbMsrInfo::CpuidResp as u32, 5);
        assert_eq!(GhcbMsrInfo::from_raw(5), Some(GhcbMsrInfo::CpuidResp));
        assert_eq!(GhcbMsrInfo::CpuidResp.name(), "CPUID_RESP");
        assert_eq!(GhcbMsrInfo::RegGpaReq as u32, 18);
        assert_eq!(GhcbMsrInfo::from_raw(18), Some(GhcbMsrInfo::RegGpaReq));
        assert_eq!(GhcbMsrInfo::RegGpaReq.name(), "REG_GPA_REQ");
        assert_eq!(GhcbMsrInfo::RegGpaResp as u32, 19);
        assert_eq!(GhcbMsrInfo::from_raw(19), Some(GhcbMsrInfo::RegGpaResp));
        assert_eq!(GhcbMsrInfo::RegGpaResp.name(), "REG_GPA_RESP");
        assert_eq!(GhcbMsrInfo::PscReq as u32, 20);
        assert_eq!(GhcbMsrInfo::from_raw(20), Some(GhcbMsrInfo::PscReq));
        assert_eq!(GhcbMsrInfo::PscReq.name(), "PSC_REQ");
        assert_eq!(GhcbMsrInfo::PscResp as u32, 21);
        assert_eq!(GhcbMsrInfo::from_raw(21), Some(GhcbMsrInfo::PscResp));
        assert_eq!(GhcbMsrInfo::PscResp.name(), "PSC_RESP");
        assert_eq!(GhcbMsrInfo::HvFtReq as u32, 128);
        assert_eq!(GhcbMsrInfo::from_raw(128), Some(GhcbMsrInfo::HvFtReq));
        assert_eq!(GhcbMsrInfo::HvFtReq.name(), "HV_FT_REQ");
        assert_eq!(GhcbMsrInfo::HvFtResp as u32, 129);
        assert_eq!(GhcbMsrInfo::from_raw(129), Some(GhcbMsrInfo::HvFtResp));
        assert_eq!(GhcbMsrInfo::HvFtResp.name(), "HV_FT_RESP");
        assert_eq!(GhcbMsrInfo::TermReq as u32, 256);
        assert_eq!(GhcbMsrInfo::from_raw(256), Some(GhcbMsrInfo::TermReq));
        assert_eq!(GhcbMsrInfo::TermReq.name(), "TERM_REQ");
        assert_eq!(GhcbMsrInfo::from_raw(257), None);
    }

    #[test]
    fn enum_ghcb_psc_op() {
        assert_eq!(GhcbPscOp::Private as u32, 1);
        assert_eq!(GhcbPscOp::from_raw(1), Some(GhcbPscOp::Private));
        assert_eq!(GhcbPscOp::Private.name(), "PRIVATE");
        assert_eq!(GhcbPscOp::Shared as u32, 2);
        assert_eq!(GhcbPscOp::from_raw(2), Some(GhcbPscOp::Shared));
        assert_eq!(GhcbPscOp::Shared.name(), "SHARED");
        assert_eq!(GhcbPscOp::Psmash as u32, 3);
        assert_eq!(GhcbPscOp::from_raw(3), Some(GhcbPscOp::Psmash));
        assert_eq!(GhcbPscOp::Psmash.name(), "PSMASH");
        assert_eq!(GhcbPscOp::Unsmash as u32, 4);
        assert_eq!(GhcbPscOp::from_raw(4), Some(GhcbPscOp::Unsmash));
        assert_eq!(GhcbPscOp::Unsmash.name(), "UNSMASH");
        assert_eq!(GhcbPscOp::from_raw(5), None);
    }

    /// GhcbSave::zeroed() is 1032 zero bytes (its offsets are
    /// asserted at compile time).
    #[test]
    fn zeroed_ghcb_save() {
        let z = GhcbSave::zeroed();
        let bytes: [u8; 1032] = unsafe { core::mem::transmute_copy(&z) };
        assert!(bytes.iter().all(|&x| x == 0));
    }

    /// Ghcb::zeroed() is 4096 zero bytes (its offsets are
    /// asserted at compile time).
    #[test]
    fn zeroed_ghcb() {
        let z = Ghcb::zeroed();
        let bytes: [u8; 4096] = unsafe { core::mem::transmute_copy(&z) };
        assert!(bytes.iter().all(|&x| x == 0));
    }

    /// VmcbSegment::zeroed() is 16 zero bytes (its offsets are
    /// asserted at compile time).
    #[test]
    fn zeroed_vmcb_segment() {
        let z = VmcbSegment::zeroed();
        let bytes: [u8; 16] = unsafe { core::mem::transmute_copy(&z) };
        assert!(bytes.iter().all(|&x| x == 0));
    }

    /// VmcbControl::zeroed() is 1024 zero bytes (its offsets are
    /// asserted at compile time).
    #[test]
    fn zeroed_vmcb_control() {
        let z = VmcbControl::zeroed();
        let bytes: [u8; 1024] = unsafe { core::mem::transmute_copy(&z) };
        assert!(bytes.iter().all(|&x| x == 0));
    }

    /// VmcbSave::zeroed() is 3072 zero bytes (its offsets are
    /// asserted at compile time).
    #[test]
    fn zeroed_vmcb_save() {
        let z = VmcbSave::zeroed();
        let bytes: [u8; 3072] = unsafe { core::mem::transmute_copy(&z) };
        assert!(bytes.iter().all(|&x| x == 0));
    }

    /// Vmcb::zeroed() is 4096 zero bytes (its offsets are
    /// asserted at compile time).
    #[test]
    fn zeroed_vmcb() {
        let z = Vmcb::zeroed();
        let bytes: [u8; 4096] = unsafe { core::mem::transmute_copy(&z) };
        assert!(bytes.iter().all(|&x| x == 0));
    }
}
