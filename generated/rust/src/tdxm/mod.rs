// SPDX-License-Identifier: MIT
// DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
// (template gen/backends/rust/templates/isa.rs.j2).  Edit the spec and run make.

//! Intel TDX module calls instructions (Intel TDX Module ABI Specification), as
//! unsafe functions around one asm! block each. A memory operand the
//! instruction reads is a local the wrapper builds (a descriptor is a
//! #[repr(C)] struct with reserved bits zero) and passes by address; one it
//! stores to is the caller's &mut.

#[allow(unused_imports)]
use core::arch::asm;

pub mod layout;

mod entry;
pub use self::entry::*;

/// TDCALL leaf functions (guest TD to TDX module). Intel TDX Module ABI
/// Specification "TDCALL Leaf Functions" (TDX module ABI: Guest-Side Interface
/// Functions).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum TdcallLeaf {
    /// TDG.VP.VMCALL: call the host VMM (TDVMCALL)
    VpVmcall = 0,
    /// TDG.VP.INFO: the TD's execution environment
    VpInfo = 1,
    /// TDG.MR.RTMR.EXTEND: extend a runtime measurement register
    MrRtmrExtend = 2,
    /// TDG.VP.VEINFO.GET: the information of the last #VE
    VpVeinfoGet = 3,
    /// TDG.MR.REPORT: create a TDREPORT_STRUCT
    MrReport = 4,
    /// TDG.VP.CPUIDVE.SET: #VE on CPUID or not
    VpCpuidveSet = 5,
    /// TDG.MEM.PAGE.ACCEPT: accept a pending private page
    MemPageAccept = 6,
    /// TDG.VM.RD: read a TD-scope metadata field
    VmRd = 7,
    /// TDG.VM.WR: write a TD-scope metadata field
    VmWr = 8,
    /// TDG.VP.RD: read a VCPU-scope metadata field
    VpRd = 9,
    /// TDG.VP.WR: write a VCPU-scope metadata field
    VpWr = 10,
    /// TDG.MEM.PAGE.ATTR.RD: a page's attributes
    MemPageAttrRd = 23,
    /// TDG.MEM.PAGE.ATTR.WR: set a page's attributes
    MemPageAttrWr = 24,
    /// TDG.VP.ENTER: enter an L2 VM
    VpEnter = 25,
}

impl TdcallLeaf {
    /// The spec's name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::VpVmcall => "VP_VMCALL",
            Self::VpInfo => "VP_INFO",
            Self::MrRtmrExtend => "MR_RTMR_EXTEND",
            Self::VpVeinfoGet => "VP_VEINFO_GET",
            Self::MrReport => "MR_REPORT",
            Self::VpCpuidveSet => "VP_CPUIDVE_SET",
            Self::MemPageAccept => "MEM_PAGE_ACCEPT",
            Self::VmRd => "VM_RD",
            Self::VmWr => "VM_WR",
            Self::VpRd => "VP_RD",
            Self::VpWr => "VP_WR",
            Self::MemPageAttrRd => "MEM_PAGE_ATTR_RD",
            Self::MemPageAttrWr => "MEM_PAGE_ATTR_WR",
            Self::VpEnter => "VP_ENTER",
        }
    }

    /// The value with this number, if there is one.
    pub const fn from_raw(raw: u32) -> Option<Self> {
        match raw {
            0 => Some(Self::VpVmcall),
            1 => Some(Self::VpInfo),
            2 => Some(Self::MrRtmrExtend),
            3 => Some(Self::VpVeinfoGet),
            4 => Some(Self::MrReport),
            5 => Some(Self::VpCpuidveSet),
            6 => Some(Self::MemPageAccept),
            7 => Some(Self::VmRd),
            8 => Some(Self::VmWr),
            9 => Some(Self::VpRd),
            10 => Some(Self::VpWr),
            23 => Some(Self::MemPageAttrRd),
            24 => Some(Self::MemPageAttrWr),
            25 => Some(Self::VpEnter),
            _ => None,
        }
    }
}

/// SEAMCALL leaf functions (host VMM to TDX module). Intel TDX Module ABI
/// Specification "SEAMCALL Leaf Functions" (TDX module ABI: Host-Side
/// (SEAMCALL) Interface Functions).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum SeamcallLeaf {
    /// TDH.VP.ENTER: enter a TD VCPU
    VpEnter = 0,
    /// TDH.MNG.ADDCX: add a TDCS page
    MngAddcx = 1,
    /// TDH.MEM.PAGE.ADD: add and measure an initial private page
    MemPageAdd = 2,
    /// TDH.MEM.SEPT.ADD: add a Secure EPT page
    MemSeptAdd = 3,
    /// TDH.VP.ADDCX: add a TDCX page to a VCPU
    VpAddcx = 4,
    /// TDH.MEM.PAGE.AUG: add a pending private page to a running TD
    MemPageAug = 6,
    /// TDH.MEM.RANGE.BLOCK: block a GPA range
    MemRangeBlock = 7,
    /// TDH.MNG.KEY.CONFIG: program the TD's key on the package
    MngKeyConfig = 8,
    /// TDH.MNG.CREATE: create a TD (its TDR page)
    MngCreate = 9,
    /// TDH.VP.CREATE: create a VCPU (its TDVPR page)
    VpCreate = 10,
    /// TDH.MNG.RD: read a TD-scope metadata field
    MngRd = 11,
    /// TDH.MR.EXTEND: extend MRTD with a 256-byte chunk
    MrExtend = 16,
    /// TDH.MR.FINALIZE: finalize the TD's measurement
    MrFinalize = 17,
    /// TDH.VP.FLUSH: flush a VCPU's cached state
    VpFlush = 18,
    /// TDH.MNG.VPFLUSHDONE: all VCPUs are flushed
    MngVpflushdone = 19,
    /// TDH.MNG.KEY.FREEID: free the TD's HKID
    MngKeyFreeid = 20,
    /// TDH.MNG.INIT: initialize the TD from TD_PARAMS
    MngInit = 21,
    /// TDH.VP.INIT: initialize a VCPU
    VpInit = 22,
    /// TDH.PHYMEM.PAGE.RDMD: a page's PAMT metadata
    PhymemPageRdmd = 24,
    /// TDH.VP.RD: read a VCPU-scope metadata field
    VpRd = 26,
    /// TDH.PHYMEM.PAGE.RECLAIM: reclaim a page from a torn-down TD
    PhymemPageReclaim = 28,
    /// TDH.MEM.PAGE.REMOVE: remove a private page
    MemPageRemove = 29,
    /// TDH.SYS.KEY.CONFIG: program the global key on the package
    SysKeyConfig = 31,
    /// TDH.SYS.INIT: global initialization of the module
    SysInit = 33,
    /// TDH.SYS.RD: read a global metadata field
    SysRd = 34,
    /// TDH.SYS.LP.INIT: initialize the module on this logical processor
    SysLpInit = 35,
    /// TDH.SYS.TDMR.INIT: initialize a chunk of a TDMR's PAMT
    SysTdmrInit = 36,
    /// TDH.MEM.TRACK: advance the TD's TLB epoch
    MemTrack = 38,
    /// TDH.PHYMEM.CACHE.WB: write back the package's caches
    PhymemCacheWb = 40,
    /// TDH.PHYMEM.PAGE.WBINVD: write back and invalidate one page's cache lines
    PhymemPageWbinvd = 41,
    /// TDH.VP.WR: write a VCPU-scope metadata field
    VpWr = 43,
    /// TDH.SYS.CONFIG: the TDMRs and the global KeyID
    SysConfig = 45,
}

impl SeamcallLeaf {
    /// The spec's name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::VpEnter => "VP_ENTER",
            Self::MngAddcx => "MNG_ADDCX",
            Self::MemPageAdd => "MEM_PAGE_ADD",
            Self::MemSeptAdd => "MEM_SEPT_ADD",
            Self::VpAddcx => "VP_ADDCX",
            Self::MemPageAug => "MEM_PAGE_AUG",
            Self::MemRangeBlock => "MEM_RANGE_BLOCK",
            Self::MngKeyConfig => "MNG_KEY_CONFIG",
            Self::MngCreate => "MNG_CREATE",
            Self::VpCreate => "VP_CREATE",
            Self::MngRd => "MNG_RD",
            Self::MrExtend => "MR_EXTEND",
            Self::MrFinalize => "MR_FINALIZE",
            Self::VpFlush => "VP_FLUSH",
            Self::MngVpflushdone => "MNG_VPFLUSHDONE",
            Self::MngKeyFreeid => "MNG_KEY_FREEID",
            Self::MngInit => "MNG_INIT",
            Self::VpInit => "VP_INIT",
            Self::PhymemPageRdmd => "PHYMEM_PAGE_RDMD",
            Self::VpRd => "VP_RD",
            Self::PhymemPageReclaim => "PHYMEM_PAGE_RECLAIM",
            Self::MemPageRemove => "MEM_PAGE_REMOVE",
            Self::SysKeyConfig => "SYS_KEY_CONFIG",
            Self::SysInit => "SYS_INIT",
            Self::SysRd => "SYS_RD",
            Self::SysLpInit => "SYS_LP_INIT",
            Self::SysTdmrInit => "SYS_TDMR_INIT",
            Self::MemTrack => "MEM_TRACK",
            Self::PhymemCacheWb => "PHYMEM_CACHE_WB",
            Self::PhymemPageWbinvd => "PHYMEM_PAGE_WBINVD",
            Self::VpWr => "VP_WR",
            Self::SysConfig => "SYS_CONFIG",
        }
    }

    /// The value with this number, if there is one.
    pub const fn from_raw(raw: u32) -> Option<Self> {
        match raw {
            0 => Some(Self::VpEnter),
            1 => Some(Self::MngAddcx),
            2 => Some(Self::MemPageAdd),
            3 => Some(Self::MemSeptAdd),
            4 => Some(Self::VpAddcx),
            6 => Some(Self::MemPageAug),
            7 => Some(Self::MemRangeBlock),
            8 => Some(Self::MngKeyConfig),
            9 => Some(Self::MngCreate),
            10 => Some(Self::VpCreate),
            11 => Some(Self::MngRd),
            16 => Some(Self::MrExtend),
            17 => Some(Self::MrFinalize),
            18 => Some(Self::VpFlush),
            19 => Some(Self::MngVpflushdone),
            20 => Some(Self::MngKeyFreeid),
            21 => Some(Self::MngInit),
            22 => Some(Self::VpInit),
            24 => Some(Self::PhymemPageRdmd),
            26 => Some(Self::VpRd),
            28 => Some(Self::PhymemPageReclaim),
            29 => Some(Self::MemPageRemove),
            31 => Some(Self::SysKeyConfig),
            33 => Some(Self::SysInit),
            34 => Some(Self::SysRd),
            35 => Some(Self::SysLpInit),
            36 => Some(Self::SysTdmrInit),
            38 => Some(Self::MemTrack),
            40 => Some(Self::PhymemCacheWb),
            41 => Some(Self::PhymemPageWbinvd),
            43 => Some(Self::VpWr),
            45 => Some(Self::SysConfig),
            _ => None,
        }
    }
}

/// Create a TD, its TDR page and HKID (TDH.MNG.CREATE).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.MNG.CREATE Leaf (SEAMCALL leaf 9).
///
/// - `tdr`: RCX: the physical address of the page to become the TDR
/// - `hkid`: RDX: the TD's private HKID (bits 15:0, the rest 0)
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it (0 if it faulted,
/// with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_mng_create(tdr: u64, hkid: u64) -> u64 {
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x9_u64 => status,
            in("ecx") tdr,
            in("edx") hkid,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x9_u64 => status,
            in("ecx") tdr,
            in("edx") hkid,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack),
        );
    }
    if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }
}

/// Add and measure an initial private page of a TD (TDH.MEM.PAGE.ADD).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.MEM.PAGE.ADD Leaf (SEAMCALL leaf 2).
///
/// - `gpa`: RCX: in, the page's GPA and level 0 (layout page_info); out,
///   extended error information 1
/// - `tdr`: RDX: in, the TDR page's physical address; out, extended error
///   information 2
/// - `page`: R8: the physical address of the page to add
/// - `source`: R9: the physical address of the (shared) page to copy into it
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it; RCX: in, the
/// page's GPA and level 0 (layout page_info); out, extended error information
/// 1; RDX: in, the TDR page's physical address; out, extended error information
/// 2 (0 if it faulted, with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_mem_page_add(gpa: u64, tdr: u64, page: u64, source: u64) -> (u64, u64, u64) {
    let mut gpa = gpa;
    let mut tdr = tdr;
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x2_u64 => status,
            inlateout("ecx") gpa => gpa,
            inlateout("edx") tdr => tdr,
            in("r8") page,
            in("r9") source,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x2_u64 => status,
            inlateout("ecx") gpa => gpa,
            inlateout("edx") tdr => tdr,
            in("r8") page,
            in("r9") source,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack),
        );
    }
    (if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }, gpa, tdr)
}

/// Initialize the TDX module globally (TDH.SYS.INIT).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.SYS.INIT Leaf (SEAMCALL leaf 33).
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it (0 if it faulted,
/// with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_sys_init() -> u64 {
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x21_u64 => status,
            in("ecx") 0x0_u64,
            carry = lateout(reg_byte) carry,
            out("edx") _,
            out("r8") _,
            out("r9") _,
            out("r10") _,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x21_u64 => status,
            in("ecx") 0x0_u64,
            carry = lateout(reg_byte) carry,
            out("edx") _,
            out("r8") _,
            out("r9") _,
            out("r10") _,
            options(att_syntax, nostack, nomem),
        );
    }
    if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }
}

/// Initialize the TDX module on this logical processor (TDH.SYS.LP.INIT).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.SYS.LP.INIT Leaf (SEAMCALL leaf 35).
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it (0 if it faulted,
/// with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_sys_lp_init() -> u64 {
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x23_u64 => status,
            carry = lateout(reg_byte) carry,
            out("ecx") _,
            out("edx") _,
            out("r8") _,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x23_u64 => status,
            carry = lateout(reg_byte) carry,
            out("ecx") _,
            out("edx") _,
            out("r8") _,
            options(att_syntax, nostack, nomem),
        );
    }
    if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }
}

/// Read a global metadata field of the TDX module (TDH.SYS.RD).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.SYS.RD Leaf (SEAMCALL leaf 34).
///
/// - `field`: RDX: in, the field identifier; out, the next field's identifier
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it; RDX: in, the field
/// identifier; out, the next field's identifier; R8: the field's value (0 on
/// failure) (0 if it faulted, with the fault-hook feature). It reports no
/// failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_sys_rd(field: u64) -> (u64, u64, u64) {
    let mut field = field;
    let value: u64;
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x22_u64 => status,
            inlateout("edx") field => field,
            lateout("r8") value,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x22_u64 => status,
            inlateout("edx") field => field,
            lateout("r8") value,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    (if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }, field, value)
}

/// Read a VCPU-scope metadata field (TDH.VP.RD).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.VP.RD Leaf (SEAMCALL leaf 26).
///
/// - `vcpu`: RCX: the TDVPR page's physical address
/// - `field`: RDX: the field identifier
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it; R8: the field's
/// value (0 on failure) (0 if it faulted, with the fault-hook feature). It
/// reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_vp_rd(vcpu: u64, field: u64) -> (u64, u64) {
    let value: u64;
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x1a_u64 => status,
            in("ecx") vcpu,
            in("edx") field,
            lateout("r8") value,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x1a_u64 => status,
            in("ecx") vcpu,
            in("edx") field,
            lateout("r8") value,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    (if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }, value)
}

/// Write a VCPU-scope metadata field (TDH.VP.WR).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.VP.WR Leaf (SEAMCALL leaf 43).
///
/// - `vcpu`: RCX: the TDVPR page's physical address
/// - `field`: RDX: the field identifier
/// - `value`: R8: in, the value to write; out, the field's previous value (0 on
///   failure)
/// - `mask`: R9: the bits of the field to write
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it; R8: in, the value
/// to write; out, the field's previous value (0 on failure) (0 if it faulted,
/// with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_vp_wr(vcpu: u64, field: u64, value: u64, mask: u64) -> (u64, u64) {
    let mut value = value;
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x2b_u64 => status,
            in("ecx") vcpu,
            in("edx") field,
            inlateout("r8") value => value,
            in("r9") mask,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x2b_u64 => status,
            in("ecx") vcpu,
            in("edx") field,
            inlateout("r8") value => value,
            in("r9") mask,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    (if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }, value)
}

/// Add a TDCS page to a TD (TDH.MNG.ADDCX).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.MNG.ADDCX Leaf (SEAMCALL leaf 1).
///
/// - `tdcs`: RCX: the physical address of the page to become a TDCS page
/// - `tdr`: RDX: the TDR page's physical address
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it (0 if it faulted,
/// with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_mng_addcx(tdcs: u64, tdr: u64) -> u64 {
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x1_u64 => status,
            in("ecx") tdcs,
            in("edx") tdr,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x1_u64 => status,
            in("ecx") tdcs,
            in("edx") tdr,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack),
        );
    }
    if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }
}

/// Add a TDCX page to a TD VCPU (TDH.VP.ADDCX).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.VP.ADDCX Leaf (SEAMCALL leaf 4).
///
/// - `tdcx`: RCX: the physical address of the page to become a TDCX page
/// - `tdvpr`: RDX: the VCPU's TDVPR page's physical address
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it (0 if it faulted,
/// with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_vp_addcx(tdcx: u64, tdvpr: u64) -> u64 {
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x4_u64 => status,
            in("ecx") tdcx,
            in("edx") tdvpr,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x4_u64 => status,
            in("ecx") tdcx,
            in("edx") tdvpr,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack),
        );
    }
    if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }
}

/// Program the TD's ephemeral key on this package (TDH.MNG.KEY.CONFIG).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.MNG.KEY.CONFIG Leaf (SEAMCALL leaf 8).
///
/// - `tdr`: RCX: the TDR page's physical address
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it (0 if it faulted,
/// with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_mng_key_config(tdr: u64) -> u64 {
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x8_u64 => status,
            in("ecx") tdr,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x8_u64 => status,
            in("ecx") tdr,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }
}

/// Create a TD VCPU, its TDVPR page (TDH.VP.CREATE).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.VP.CREATE Leaf (SEAMCALL leaf 10).
///
/// - `tdvpr`: RCX: the physical address of the page to become the TDVPR
/// - `tdr`: RDX: the TDR page's physical address
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it (0 if it faulted,
/// with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_vp_create(tdvpr: u64, tdr: u64) -> u64 {
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0xa_u64 => status,
            in("ecx") tdvpr,
            in("edx") tdr,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0xa_u64 => status,
            in("ecx") tdvpr,
            in("edx") tdr,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack),
        );
    }
    if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }
}

/// Finalize the TD's build-time measurement (MRTD) (TDH.MR.FINALIZE).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.MR.FINALIZE Leaf (SEAMCALL leaf 17).
///
/// - `tdr`: RCX: the TDR page's physical address
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it (0 if it faulted,
/// with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_mr_finalize(tdr: u64) -> u64 {
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x11_u64 => status,
            in("ecx") tdr,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x11_u64 => status,
            in("ecx") tdr,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }
}

/// Flush a TD VCPU's state cached on this logical processor (TDH.VP.FLUSH).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.VP.FLUSH Leaf (SEAMCALL leaf 18).
///
/// - `tdvpr`: RCX: the VCPU's TDVPR page's physical address
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it (0 if it faulted,
/// with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_vp_flush(tdvpr: u64) -> u64 {
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x12_u64 => status,
            in("ecx") tdvpr,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x12_u64 => status,
            in("ecx") tdvpr,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }
}

/// Check that all of a TD's VCPUs are flushed (TDH.MNG.VPFLUSHDONE).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.MNG.VPFLUSHDONE Leaf (SEAMCALL leaf 19).
///
/// - `tdr`: RCX: the TDR page's physical address
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it (0 if it faulted,
/// with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_mng_vpflushdone(tdr: u64) -> u64 {
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x13_u64 => status,
            in("ecx") tdr,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x13_u64 => status,
            in("ecx") tdr,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }
}

/// Release the TD's HKID (TDH.MNG.KEY.FREEID).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.MNG.KEY.FREEID Leaf (SEAMCALL leaf 20).
///
/// - `tdr`: RCX: the TDR page's physical address
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it (0 if it faulted,
/// with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_mng_key_freeid(tdr: u64) -> u64 {
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x14_u64 => status,
            in("ecx") tdr,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x14_u64 => status,
            in("ecx") tdr,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }
}

/// Advance the TD's TLB epoch (TDH.MEM.TRACK).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.MEM.TRACK Leaf (SEAMCALL leaf 38).
///
/// - `tdr`: RCX: the TDR page's physical address
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it (0 if it faulted,
/// with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_mem_track(tdr: u64) -> u64 {
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x26_u64 => status,
            in("ecx") tdr,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x26_u64 => status,
            in("ecx") tdr,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }
}

/// Write back and invalidate the cache lines of one page
/// (TDH.PHYMEM.PAGE.WBINVD).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.PHYMEM.PAGE.WBINVD Leaf (SEAMCALL leaf 41).
///
/// - `page`: RCX: the page's physical address with its HKID in the upper
///   address bits
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it (0 if it faulted,
/// with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_phymem_page_wbinvd(page: u64) -> u64 {
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x29_u64 => status,
            in("ecx") page,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x29_u64 => status,
            in("ecx") page,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack),
        );
    }
    if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }
}

/// Add a pending private page to a running TD (TDH.MEM.PAGE.AUG).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.MEM.PAGE.AUG Leaf (SEAMCALL leaf 6).
///
/// - `gpa`: RCX: in, the page's GPA and level 0 (layout page_info); out,
///   extended error information 1
/// - `tdr`: RDX: in, the TDR page's physical address; out, extended error
///   information 2
/// - `page`: R8: the physical address of the page to add
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it; RCX: in, the
/// page's GPA and level 0 (layout page_info); out, extended error information
/// 1; RDX: in, the TDR page's physical address; out, extended error information
/// 2 (0 if it faulted, with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_mem_page_aug(gpa: u64, tdr: u64, page: u64) -> (u64, u64, u64) {
    let mut gpa = gpa;
    let mut tdr = tdr;
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x6_u64 => status,
            inlateout("ecx") gpa => gpa,
            inlateout("edx") tdr => tdr,
            in("r8") page,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x6_u64 => status,
            inlateout("ecx") gpa => gpa,
            inlateout("edx") tdr => tdr,
            in("r8") page,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack),
        );
    }
    (if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }, gpa, tdr)
}

/// Block a GPA range of a TD in its Secure EPT (TDH.MEM.RANGE.BLOCK).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.MEM.RANGE.BLOCK Leaf (SEAMCALL leaf 7).
///
/// - `gpa`: RCX: in, the range's GPA and level (layout page_info); out,
///   extended error information 1
/// - `tdr`: RDX: in, the TDR page's physical address; out, extended error
///   information 2
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it; RCX: in, the
/// range's GPA and level (layout page_info); out, extended error information 1;
/// RDX: in, the TDR page's physical address; out, extended error information 2
/// (0 if it faulted, with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_mem_range_block(gpa: u64, tdr: u64) -> (u64, u64, u64) {
    let mut gpa = gpa;
    let mut tdr = tdr;
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x7_u64 => status,
            inlateout("ecx") gpa => gpa,
            inlateout("edx") tdr => tdr,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x7_u64 => status,
            inlateout("ecx") gpa => gpa,
            inlateout("edx") tdr => tdr,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    (if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }, gpa, tdr)
}

/// Extend the TD's MRTD with a 256-byte chunk of a private page
/// (TDH.MR.EXTEND).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.MR.EXTEND Leaf (SEAMCALL leaf 16).
///
/// - `gpa`: RCX: in, the chunk's GPA (256-byte aligned); out, extended error
///   information 1
/// - `tdr`: RDX: in, the TDR page's physical address; out, extended error
///   information 2
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it; RCX: in, the
/// chunk's GPA (256-byte aligned); out, extended error information 1; RDX: in,
/// the TDR page's physical address; out, extended error information 2 (0 if it
/// faulted, with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_mr_extend(gpa: u64, tdr: u64) -> (u64, u64, u64) {
    let mut gpa = gpa;
    let mut tdr = tdr;
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x10_u64 => status,
            inlateout("ecx") gpa => gpa,
            inlateout("edx") tdr => tdr,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x10_u64 => status,
            inlateout("ecx") gpa => gpa,
            inlateout("edx") tdr => tdr,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    (if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }, gpa, tdr)
}

/// Remove a private page from a TD (TDH.MEM.PAGE.REMOVE).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.MEM.PAGE.REMOVE Leaf (SEAMCALL leaf 29).
///
/// - `gpa`: RCX: in, the page's GPA and level (layout page_info); out, extended
///   error information 1
/// - `tdr`: RDX: in, the TDR page's physical address; out, extended error
///   information 2
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it; RCX: in, the
/// page's GPA and level (layout page_info); out, extended error information 1;
/// RDX: in, the TDR page's physical address; out, extended error information 2
/// (0 if it faulted, with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_mem_page_remove(gpa: u64, tdr: u64) -> (u64, u64, u64) {
    let mut gpa = gpa;
    let mut tdr = tdr;
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x1d_u64 => status,
            inlateout("ecx") gpa => gpa,
            inlateout("edx") tdr => tdr,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x1d_u64 => status,
            inlateout("ecx") gpa => gpa,
            inlateout("edx") tdr => tdr,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    (if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }, gpa, tdr)
}

/// Add a Secure EPT page to a TD (TDH.MEM.SEPT.ADD).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.MEM.SEPT.ADD Leaf (SEAMCALL leaf 3).
///
/// - `gpa`: RCX: in, the GPA and level the new Secure EPT page maps (layout
///   page_info, level 1 and up); out, extended error information 1
/// - `tdr`: RDX: in, the TDR page's physical address; out, extended error
///   information 2
/// - `page`: R8: the physical address of the page to become the Secure EPT page
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it; RCX: in, the GPA
/// and level the new Secure EPT page maps (layout page_info, level 1 and up);
/// out, extended error information 1; RDX: in, the TDR page's physical address;
/// out, extended error information 2 (0 if it faulted, with the fault-hook
/// feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_mem_sept_add(gpa: u64, tdr: u64, page: u64) -> (u64, u64, u64) {
    let mut gpa = gpa;
    let mut tdr = tdr;
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x3_u64 => status,
            inlateout("ecx") gpa => gpa,
            inlateout("edx") tdr => tdr,
            in("r8") page,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x3_u64 => status,
            inlateout("ecx") gpa => gpa,
            inlateout("edx") tdr => tdr,
            in("r8") page,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack),
        );
    }
    (if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }, gpa, tdr)
}

/// Read a TD-scope metadata field (TDH.MNG.RD).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.MNG.RD Leaf (SEAMCALL leaf 11).
///
/// - `tdr`: RCX: the TDR page's physical address
/// - `field`: RDX: the field identifier
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it; R8: the field's
/// value (0 on failure) (0 if it faulted, with the fault-hook feature). It
/// reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_mng_rd(tdr: u64, field: u64) -> (u64, u64) {
    let value: u64;
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0xb_u64 => status,
            in("ecx") tdr,
            in("edx") field,
            lateout("r8") value,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0xb_u64 => status,
            in("ecx") tdr,
            in("edx") field,
            lateout("r8") value,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    (if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }, value)
}

/// Initialize a TD from its TD_PARAMS (TDH.MNG.INIT).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.MNG.INIT Leaf (SEAMCALL leaf 21).
///
/// - `tdr`: RCX: in, the TDR page's physical address; out, 0, or the CPUID leaf
///   (bits 31:0) and subleaf (bits 63:32) TD_PARAMS configures wrongly
/// - `td_params`: RDX: the physical address of the TD_PARAMS structure (1024
///   bytes, 1024-byte aligned)
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it; RCX: in, the TDR
/// page's physical address; out, 0, or the CPUID leaf (bits 31:0) and subleaf
/// (bits 63:32) TD_PARAMS configures wrongly (0 if it faulted, with the
/// fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_mng_init(tdr: u64, td_params: u64) -> (u64, u64) {
    let mut tdr = tdr;
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x15_u64 => status,
            inlateout("ecx") tdr => tdr,
            in("edx") td_params,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x15_u64 => status,
            inlateout("ecx") tdr => tdr,
            in("edx") td_params,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack),
        );
    }
    (if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }, tdr)
}

/// Initialize a TD VCPU and set its x2APIC ID (TDH.VP.INIT version 1).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.VP.INIT Leaf (SEAMCALL leaf 22).
///
/// - `tdvpr`: RCX: the VCPU's TDVPR page's physical address
/// - `initial_rcx`: RDX: the VCPU's RCX when it first runs
/// - `x2apic_id`: R8: the VCPU's x2APIC ID (bits 31:0, the rest 0), unique in
///   the TD
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it (0 if it faulted,
/// with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_vp_init(tdvpr: u64, initial_rcx: u64, x2apic_id: u64) -> u64 {
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x10016_u64 => status,
            in("ecx") tdvpr,
            in("edx") initial_rcx,
            in("r8") x2apic_id,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x10016_u64 => status,
            in("ecx") tdvpr,
            in("edx") initial_rcx,
            in("r8") x2apic_id,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }
}

/// Read the PAMT metadata of a physical page (TDH.PHYMEM.PAGE.RDMD).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.PHYMEM.PAGE.RDMD Leaf (SEAMCALL leaf 24).
///
/// - `page`: RCX: in, the page's physical address; out, its page type (PT_NDA
///   0, PT_RSVD 1, ...), 0 on failure
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it; RCX: in, the
/// page's physical address; out, its page type (PT_NDA 0, PT_RSVD 1, ...), 0 on
/// failure; RDX: the physical address of the owning TD's TDR page; R8: the size
/// the page is mapped at (0: 4 KB, 1: 2 MB, 2: 1 GB); R9: the blocking epoch of
/// a regular or Secure EPT page, else 0 (0 if it faulted, with the fault-hook
/// feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_phymem_page_rdmd(page: u64) -> (u64, u64, u64, u64, u64) {
    let mut page = page;
    let owner: u64;
    let size: u64;
    let bepoch: u64;
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x18_u64 => status,
            inlateout("ecx") page => page,
            lateout("edx") owner,
            lateout("r8") size,
            lateout("r9") bepoch,
            carry = lateout(reg_byte) carry,
            out("r10") _,
            out("r11") _,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x18_u64 => status,
            inlateout("ecx") page => page,
            lateout("edx") owner,
            lateout("r8") size,
            lateout("r9") bepoch,
            carry = lateout(reg_byte) carry,
            out("r10") _,
            out("r11") _,
            options(att_syntax, nostack, nomem),
        );
    }
    (if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }, page, owner, size, bepoch)
}

/// Reclaim a page from a torn-down TD (TDH.PHYMEM.PAGE.RECLAIM).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.PHYMEM.PAGE.RECLAIM Leaf (SEAMCALL leaf 28).
///
/// - `page`: RCX: in, the page's physical address; out, the page type it had
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it; RCX: in, the
/// page's physical address; out, the page type it had; RDX: the physical
/// address of the TDR page of the TD that owned it; R8: the size it was mapped
/// at (0: 4 KB, 1: 2 MB, 2: 1 GB) (0 if it faulted, with the fault-hook
/// feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_phymem_page_reclaim(page: u64) -> (u64, u64, u64, u64) {
    let mut page = page;
    let owner: u64;
    let size: u64;
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x1c_u64 => status,
            inlateout("ecx") page => page,
            lateout("edx") owner,
            lateout("r8") size,
            carry = lateout(reg_byte) carry,
            out("r9") _,
            out("r10") _,
            out("r11") _,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x1c_u64 => status,
            inlateout("ecx") page => page,
            lateout("edx") owner,
            lateout("r8") size,
            carry = lateout(reg_byte) carry,
            out("r9") _,
            out("r10") _,
            out("r11") _,
            options(att_syntax, nostack),
        );
    }
    (if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }, page, owner, size)
}

/// Program the TDX global private key on this package (TDH.SYS.KEY.CONFIG).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.SYS.KEY.CONFIG Leaf (SEAMCALL leaf 31).
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it (0 if it faulted,
/// with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_sys_key_config() -> u64 {
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x1f_u64 => status,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x1f_u64 => status,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack, nomem),
        );
    }
    if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }
}

/// Initialize the next chunk of a TDMR's PAMT (TDH.SYS.TDMR.INIT).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.SYS.TDMR.INIT Leaf (SEAMCALL leaf 36).
///
/// - `tdmr`: RCX: the TDMR's base address (1 GB aligned)
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it; RDX: the next
/// address to initialize (1 GB aligned) (0 if it faulted, with the fault-hook
/// feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_sys_tdmr_init(tdmr: u64) -> (u64, u64) {
    let next: u64;
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x24_u64 => status,
            in("ecx") tdmr,
            lateout("edx") next,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x24_u64 => status,
            in("ecx") tdmr,
            lateout("edx") next,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack),
        );
    }
    (if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }, next)
}

/// Write back the package's caches of TD memory (TDH.PHYMEM.CACHE.WB).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.PHYMEM.CACHE.WB Leaf (SEAMCALL leaf 40).
///
/// - `command`: RCX: 0 to start, 1 to resume after TDX_INTERRUPTED_RESUMABLE
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it (0 if it faulted,
/// with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_phymem_cache_wb(command: u64) -> u64 {
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x28_u64 => status,
            in("ecx") command,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x28_u64 => status,
            in("ecx") command,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack),
        );
    }
    if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }
}

/// Give the TDX module its TDMRs and global KeyID (TDH.SYS.CONFIG).
///
/// Executes `SEAMCALL` (`66 0F 01 CF`).
/// Intel TDX Module ABI Specification TDH.SYS.CONFIG Leaf (SEAMCALL leaf 45).
///
/// - `tdmr_array`: RCX: the physical address of the array of TDMR_INFO physical
///   addresses
/// - `nr_tdmrs`: RDX: the number of entries in the array
/// - `global_keyid`: R8: the TDX global private KeyID (bits 15:0, the rest 0)
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff00ffff0000 if
/// it sets CF (VMfailInvalid: no TDX module to call), or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it (0 if it faulted,
/// with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SEAMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdh_sys_config(tdmr_array: u64, nr_tdmrs: u64, global_keyid: u64) -> u64 {
    let status: u64;
    let carry: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "seamcall",
            "setc {carry}",
            inlateout("rax") 0x2d_u64 => status,
            in("ecx") tdmr_array,
            in("edx") nr_tdmrs,
            in("r8") global_keyid,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "seamcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "clc",
            "jmp 5b",
            ".previous",
            "setc {carry}",
            inlateout("rax") 0x2d_u64 => status,
            in("ecx") tdmr_array,
            in("edx") nr_tdmrs,
            in("r8") global_keyid,
            carry = lateout(reg_byte) carry,
            options(att_syntax, nostack),
        );
    }
    if carry != 0 { 0x8000ff00ffff0000_u64 } else { status }
}

/// Get the TD's execution environment (TDG.VP.INFO).
///
/// Executes `TDCALL` (`66 0F 01 CC`).
/// Intel TDX Module ABI Specification TDG.VP.INFO Leaf (TDCALL leaf 1).
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it; RCX: the guest
/// physical address width (bits 5:0: 48 or 52); RDX: the TD's ATTRIBUTES; R8:
/// the number of VCPUs (bits 31:0) and the maximum (bits 63:32); R9: this
/// VCPU's index; R10: which optional leaves are available (bit 0: TDG.SYS.RD),
/// 0 in older modules; R11: reserved, 0 (0 if it faulted, with the fault-hook
/// feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for TDCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdg_vp_info() -> (u64, u64, u64, u64, u64, u64, u64) {
    let gpaw: u64;
    let attributes: u64;
    let vcpus: u64;
    let vcpu_index: u64;
    let info1: u64;
    let info2: u64;
    let status: u64;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "tdcall",
            inlateout("rax") 0x1_u64 => status,
            lateout("ecx") gpaw,
            lateout("edx") attributes,
            lateout("r8") vcpus,
            lateout("r9") vcpu_index,
            lateout("r10") info1,
            lateout("r11") info2,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "tdcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "jmp 5b",
            ".previous",
            inlateout("rax") 0x1_u64 => status,
            lateout("ecx") gpaw,
            lateout("edx") attributes,
            lateout("r8") vcpus,
            lateout("r9") vcpu_index,
            lateout("r10") info1,
            lateout("r11") info2,
            options(att_syntax, nostack, nomem),
        );
    }
    (status, gpaw, attributes, vcpus, vcpu_index, info1, info2)
}

/// Get the information of the last virtualization exception
/// (TDG.VP.VEINFO.GET).
///
/// Executes `TDCALL` (`66 0F 01 CC`).
/// Intel TDX Module ABI Specification TDG.VP.VEINFO.GET Leaf (TDCALL leaf 3).
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it; RCX: the exit
/// reason (bits 31:0); RDX: the exit qualification; R8: the guest linear
/// address; R9: the guest physical address; R10: the instruction length (bits
/// 31:0) and information (bits 63:32) (0 if it faulted, with the fault-hook
/// feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for TDCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdg_vp_veinfo_get() -> (u64, u64, u64, u64, u64, u64) {
    let exit_reason: u64;
    let exit_qualification: u64;
    let gla: u64;
    let gpa: u64;
    let instruction: u64;
    let status: u64;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "tdcall",
            inlateout("rax") 0x3_u64 => status,
            lateout("ecx") exit_reason,
            lateout("edx") exit_qualification,
            lateout("r8") gla,
            lateout("r9") gpa,
            lateout("r10") instruction,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "tdcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "jmp 5b",
            ".previous",
            inlateout("rax") 0x3_u64 => status,
            lateout("ecx") exit_reason,
            lateout("edx") exit_qualification,
            lateout("r8") gla,
            lateout("r9") gpa,
            lateout("r10") instruction,
            options(att_syntax, nostack, nomem),
        );
    }
    (status, exit_reason, exit_qualification, gla, gpa, instruction)
}

/// Create a TDREPORT_STRUCT of this TD (TDG.MR.REPORT).
///
/// Executes `TDCALL` (`66 0F 01 CC`).
/// Intel TDX Module ABI Specification TDG.MR.REPORT Leaf (TDCALL leaf 4).
///
/// - `report_gpa`: RCX: the guest physical address of the 1024-byte
///   TDREPORT_STRUCT (1024-byte aligned)
/// - `report_data_gpa`: RDX: the guest physical address of the 64-byte
///   REPORTDATA (64-byte aligned)
/// - `subtype`: R8: the report subtype (0)
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it (0 if it faulted,
/// with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for TDCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdg_mr_report(report_gpa: u64, report_data_gpa: u64, subtype: u64) -> u64 {
    let status: u64;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "tdcall",
            inlateout("rax") 0x4_u64 => status,
            in("ecx") report_gpa,
            in("edx") report_data_gpa,
            in("r8") subtype,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "tdcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "jmp 5b",
            ".previous",
            inlateout("rax") 0x4_u64 => status,
            in("ecx") report_gpa,
            in("edx") report_data_gpa,
            in("r8") subtype,
            options(att_syntax, nostack),
        );
    }
    status
}

/// Extend a runtime measurement register (TDG.MR.RTMR.EXTEND).
///
/// Executes `TDCALL` (`66 0F 01 CC`).
/// Intel TDX Module ABI Specification TDG.MR.RTMR.EXTEND Leaf (TDCALL leaf 2).
///
/// - `data_gpa`: RCX: the guest physical address of the 48-byte extension data
///   (64-byte aligned)
/// - `index`: RDX: the RTMR's index (0..3)
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it (0 if it faulted,
/// with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for TDCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdg_mr_rtmr_extend(data_gpa: u64, index: u64) -> u64 {
    let status: u64;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "tdcall",
            inlateout("rax") 0x2_u64 => status,
            in("ecx") data_gpa,
            in("edx") index,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "tdcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "jmp 5b",
            ".previous",
            inlateout("rax") 0x2_u64 => status,
            in("ecx") data_gpa,
            in("edx") index,
            options(att_syntax, nostack),
        );
    }
    status
}

/// Accept a pending private page into the TD (TDG.MEM.PAGE.ACCEPT).
///
/// Executes `TDCALL` (`66 0F 01 CC`).
/// Intel TDX Module ABI Specification TDG.MEM.PAGE.ACCEPT Leaf (TDCALL leaf 6).
///
/// - `page`: RCX: the page's GPA and level (layout page_info)
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it (0 if it faulted,
/// with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for TDCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdg_mem_page_accept(page: u64) -> u64 {
    let status: u64;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "tdcall",
            inlateout("rax") 0x6_u64 => status,
            in("ecx") page,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "tdcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "jmp 5b",
            ".previous",
            inlateout("rax") 0x6_u64 => status,
            in("ecx") page,
            options(att_syntax, nostack),
        );
    }
    status
}

/// Read a TD-scope metadata field (TDG.VM.RD).
///
/// Executes `TDCALL` (`66 0F 01 CC`).
/// Intel TDX Module ABI Specification TDG.VM.RD Leaf (TDCALL leaf 7).
///
/// - `field`: RDX: the field identifier
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it; R8: the field's
/// value (0 on failure) (0 if it faulted, with the fault-hook feature). It
/// reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for TDCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdg_vm_rd(field: u64) -> (u64, u64) {
    let value: u64;
    let status: u64;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "tdcall",
            inlateout("rax") 0x7_u64 => status,
            in("ecx") 0x0_u64,
            in("edx") field,
            lateout("r8") value,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "tdcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "jmp 5b",
            ".previous",
            inlateout("rax") 0x7_u64 => status,
            in("ecx") 0x0_u64,
            in("edx") field,
            lateout("r8") value,
            options(att_syntax, nostack, nomem),
        );
    }
    (status, value)
}

/// Write a TD-scope metadata field (TDG.VM.WR).
///
/// Executes `TDCALL` (`66 0F 01 CC`).
/// Intel TDX Module ABI Specification TDG.VM.WR Leaf (TDCALL leaf 8).
///
/// - `field`: RDX: the field identifier
/// - `value`: R8: in, the value to write; out, the field's previous value
/// - `mask`: R9: the bits of the field to write
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it; R8: in, the value
/// to write; out, the field's previous value (0 if it faulted, with the
/// fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for TDCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdg_vm_wr(field: u64, value: u64, mask: u64) -> (u64, u64) {
    let mut value = value;
    let status: u64;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "tdcall",
            inlateout("rax") 0x8_u64 => status,
            in("ecx") 0x0_u64,
            in("edx") field,
            inlateout("r8") value => value,
            in("r9") mask,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "tdcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "jmp 5b",
            ".previous",
            inlateout("rax") 0x8_u64 => status,
            in("ecx") 0x0_u64,
            in("edx") field,
            inlateout("r8") value => value,
            in("r9") mask,
            options(att_syntax, nostack, nomem),
        );
    }
    (status, value)
}

/// Call the host VMM with R10..R15 (TDG.VP.VMCALL).
///
/// Executes `TDCALL` (`66 0F 01 CC`).
/// Intel TDX Module ABI Specification TDG.VP.VMCALL Leaf (TDCALL leaf 0); Intel GHCI for TDX, TDG.VP.VMCALL Interface.
///
/// - `type`: R10: in, 0 for a standard TDVMCALL; out, its status from the VMM
/// - `subfunction`: R11: in, the TDVMCALL sub-function; out, its result
/// - `arg1`: R12: an argument, and what the VMM returns there
/// - `arg2`: R13: an argument, and what the VMM returns there
/// - `arg3`: R14: an argument, and what the VMM returns there
/// - `arg4`: R15: an argument, and what the VMM returns there
///
/// Returns the status the instruction leaves in RAX, or 0x8000ff0000000000 if
/// it faulted and the fault-hook feature's fixup resumed it; R10: in, 0 for a
/// standard TDVMCALL; out, its status from the VMM; R11: in, the TDVMCALL
/// sub-function; out, its result; R12: an argument, and what the VMM returns
/// there; R13: an argument, and what the VMM returns there; R14: an argument,
/// and what the VMM returns there; R15: an argument, and what the VMM returns
/// there (0 if it faulted, with the fault-hook feature). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for TDCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn tdg_vp_vmcall(r#type: u64, subfunction: u64, arg1: u64, arg2: u64, arg3: u64, arg4: u64) -> (u64, u64, u64, u64, u64, u64, u64) {
    let mut r#type = r#type;
    let mut subfunction = subfunction;
    let mut arg1 = arg1;
    let mut arg2 = arg2;
    let mut arg3 = arg3;
    let mut arg4 = arg4;
    let status: u64;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "tdcall",
            inlateout("rax") 0x0_u64 => status,
            in("ecx") 0xfc00_u64,
            inlateout("r10") r#type => r#type,
            inlateout("r11") subfunction => subfunction,
            inlateout("r12") arg1 => arg1,
            inlateout("r13") arg2 => arg2,
            inlateout("r14") arg3 => arg3,
            inlateout("r15") arg4 => arg4,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "tdcall",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 6f - .",
            ".popsection",
            ".subsection 1",
            "6:",
            "mov $0x8000ff0000000000, %rax",
            "jmp 5b",
            ".previous",
            inlateout("rax") 0x0_u64 => status,
            in("ecx") 0xfc00_u64,
            inlateout("r10") r#type => r#type,
            inlateout("r11") subfunction => subfunction,
            inlateout("r12") arg1 => arg1,
            inlateout("r13") arg2 => arg2,
            inlateout("r14") arg3 => arg3,
            inlateout("r15") arg4 => arg4,
            options(att_syntax, nostack),
        );
    }
    (status, r#type, subfunction, arg1, arg2, arg3, arg4)
}

#[cfg(test)]
mod tests {
    #[allow(unused_imports)]
    use super::*;

    #[test]
    fn enum_tdcall_leaf() {
        assert_eq!(TdcallLeaf::VpVmcall as u32, 0);
        assert_eq!(TdcallLeaf::from_raw(0), Some(TdcallLeaf::VpVmcall));
        assert_eq!(TdcallLeaf::VpVmcall.name(), "VP_VMCALL");
        assert_eq!(TdcallLeaf::VpInfo as u32, 1);
        assert_eq!(TdcallLeaf::from_raw(1), Some(TdcallLeaf::VpInfo));
        assert_eq!(TdcallLeaf::VpInfo.name(), "VP_INFO");
        assert_eq!(TdcallLeaf::MrRtmrExtend as u32, 2);
        assert_eq!(TdcallLeaf::from_raw(2), Some(TdcallLeaf::MrRtmrExtend));
        assert_eq!(TdcallLeaf::MrRtmrExtend.name(), "MR_RTMR_EXTEND");
        assert_eq!(TdcallLeaf::VpVeinfoGet as u32, 3);
        assert_eq!(TdcallLeaf::from_raw(3), Some(TdcallLeaf::VpVeinfoGet));
        assert_eq!(TdcallLeaf::VpVeinfoGet.name(), "VP_VEINFO_GET");
        assert_eq!(TdcallLeaf::MrReport as u32, 4);
        assert_eq!(TdcallLeaf::from_raw(4), Some(TdcallLeaf::MrReport));
        assert_eq!(TdcallLeaf::MrReport.name(), "MR_REPORT");
        assert_eq!(TdcallLeaf::VpCpuidveSet as u32, 5);
        assert_eq!(TdcallLeaf::from_raw(5), Some(TdcallLeaf::VpCpuidveSet));
        assert_eq!(TdcallLeaf::VpCpuidveSet.name(), "VP_CPUIDVE_SET");
        assert_eq!(TdcallLeaf::MemPageAccept as u32, 6);
        assert_eq!(TdcallLeaf::from_raw(6), Some(TdcallLeaf::MemPageAccept));
        assert_eq!(TdcallLeaf::MemPageAccept.name(), "MEM_PAGE_ACCEPT");
        assert_eq!(TdcallLeaf::VmRd as u32, 7);
        assert_eq!(TdcallLeaf::from_raw(7), Some(TdcallLeaf::VmRd));
        assert_eq!(TdcallLeaf::VmRd.name(), "VM_RD");
        assert_eq!(TdcallLeaf::VmWr as u32, 8);
        assert_eq!(TdcallLeaf::from_raw(8), Some(TdcallLeaf::VmWr));
        assert_eq!(TdcallLeaf::VmWr.name(), "VM_WR");
        assert_eq!(TdcallLeaf::VpRd as u32, 9);
        assert_eq!(TdcallLeaf::from_raw(9), Some(TdcallLeaf::VpRd));
        assert_eq!(TdcallLeaf::VpRd.name(), "VP_RD");
        assert_eq!(TdcallLeaf::VpWr as u32, 10);
        assert_eq!(TdcallLeaf::from_raw(10), Some(TdcallLeaf::VpWr));
        assert_eq!(TdcallLeaf::VpWr.name(), "VP_WR");
        assert_eq!(TdcallLeaf::MemPageAttrRd as u32, 23);
        assert_eq!(TdcallLeaf::from_raw(23), Some(TdcallLeaf::MemPageAttrRd));
        assert_eq!(TdcallLeaf::MemPageAttrRd.name(), "MEM_PAGE_ATTR_RD");
        assert_eq!(TdcallLeaf::MemPageAttrWr as u32, 24);
        assert_eq!(TdcallLeaf::from_raw(24), Some(TdcallLeaf::MemPageAttrWr));
        assert_eq!(TdcallLeaf::MemPageAttrWr.name(), "MEM_PAGE_ATTR_WR");
        assert_eq!(TdcallLeaf::VpEnter as u32, 25);
        assert_eq!(TdcallLeaf::from_raw(25), Some(TdcallLeaf::VpEnter));
        assert_eq!(TdcallLeaf::VpEnter.name(), "VP_ENTER");
        assert_eq!(TdcallLeaf::from_raw(26), None);
    }

    #[test]
    fn enum_seamcall_leaf() {
        assert_eq!(SeamcallLeaf::VpEnter as u32, 0);
        assert_eq!(SeamcallLeaf::from_raw(0), Some(SeamcallLeaf::VpEnter));
        assert_eq!(SeamcallLeaf::VpEnter.name(), "VP_ENTER");
        assert_eq!(SeamcallLeaf::MngAddcx as u32, 1);
        assert_eq!(SeamcallLeaf::from_raw(1), Some(SeamcallLeaf::MngAddcx));
        assert_eq!(SeamcallLeaf::MngAddcx.name(), "MNG_ADDCX");
        assert_eq!(SeamcallLeaf::MemPageAdd as u32, 2);
        assert_eq!(SeamcallLeaf::from_raw(2), Some(SeamcallLeaf::MemPageAdd));
        assert_eq!(SeamcallLeaf::MemPageAdd.name(), "MEM_PAGE_ADD");
        assert_eq!(SeamcallLeaf::MemSeptAdd as u32, 3);
        assert_eq!(SeamcallLeaf::from_raw(3), Some(SeamcallLeaf::MemSeptAdd));
        assert_eq!(SeamcallLeaf::MemSeptAdd.name(), "MEM_SEPT_ADD");
        assert_eq!(SeamcallLeaf::VpAddcx as u32, 4);
        assert_eq!(SeamcallLeaf::from_raw(4), Some(SeamcallLeaf::VpAddcx));
        assert_eq!(SeamcallLeaf::VpAddcx.name(), "VP_ADDCX");
        assert_eq!(SeamcallLeaf::MemPageAug as u32, 6);
        assert_eq!(SeamcallLeaf::from_raw(6), Some(SeamcallLeaf::MemPageAug));
        assert_eq!(SeamcallLeaf::MemPageAug.name(), "MEM_PAGE_AUG");
        assert_eq!(SeamcallLeaf::MemRangeBlock as u32, 7);
        assert_eq!(SeamcallLeaf::from_raw(7), Some(SeamcallLeaf::MemRangeBlock));
        assert_eq!(SeamcallLeaf::MemRangeBlock.name(), "MEM_RANGE_BLOCK");
        assert_eq!(SeamcallLeaf::MngKeyConfig as u32, 8);
        assert_eq!(SeamcallLeaf::from_raw(8), Some(SeamcallLeaf::MngKeyConfig));
        assert_eq!(SeamcallLeaf::MngKeyConfig.name(), "MNG_KEY_CONFIG");
        assert_eq!(SeamcallLeaf::MngCreate as u32, 9);
        assert_eq!(SeamcallLeaf::from_raw(9), Some(SeamcallLeaf::MngCreate));
        assert_eq!(SeamcallLeaf::MngCreate.name(), "MNG_CREATE");
        assert_eq!(SeamcallLeaf::VpCreate as u32, 10);
        assert_eq!(SeamcallLeaf::from_raw(10), Some(SeamcallLeaf::VpCreate));
        assert_eq!(SeamcallLeaf::VpCreate.name(), "VP_CREATE");
        assert_eq!(SeamcallLeaf::MngRd as u32, 11);
        assert_eq!(SeamcallLeaf::from_raw(11), Some(SeamcallLeaf::MngRd));
        assert_eq!(SeamcallLeaf::MngRd.name(), "MNG_RD");
        assert_eq!(SeamcallLeaf::MrExtend as u32, 16);
        assert_eq!(SeamcallLeaf::from_raw(16), Some(SeamcallLeaf::MrExtend));
        assert_eq!(SeamcallLeaf::MrExtend.name(), "MR_EXTEND");
        assert_eq!(SeamcallLeaf::MrFinalize as u32, 17);
        assert_eq!(SeamcallLeaf::from_raw(17), Some(SeamcallLeaf::MrFinalize));
        assert_eq!(SeamcallLeaf::MrFinalize.name(), "MR_FINALIZE");
        assert_eq!(SeamcallLeaf::VpFlush as u32, 18);
        assert_eq!(SeamcallLeaf::from_raw(18), Some(SeamcallLeaf::VpFlush));
        assert_eq!(SeamcallLeaf::VpFlush.name(), "VP_FLUSH");
        assert_eq!(SeamcallLeaf::MngVpflushdone as u32, 19);
        assert_eq!(SeamcallLeaf::from_raw(19), Some(SeamcallLeaf::MngVpflushdone));
        assert_eq!(SeamcallLeaf::MngVpflushdone.name(), "MNG_VPFLUSHDONE");
        assert_eq!(SeamcallLeaf::MngKeyFreeid as u32, 20);
        assert_eq!(SeamcallLeaf::from_raw(20), Some(SeamcallLeaf::MngKeyFreeid));
        assert_eq!(SeamcallLeaf::MngKeyFreeid.name(), "MNG_KEY_FREEID");
        assert_eq!(SeamcallLeaf::MngInit as u32, 21);
        assert_eq!(SeamcallLeaf::from_raw(21), Some(SeamcallLeaf::MngInit));
        assert_eq!(SeamcallLeaf::MngInit.name(), "MNG_INIT");
        assert_eq!(SeamcallLeaf::VpInit as u32, 22);
        assert_eq!(SeamcallLeaf::from_raw(22), Some(SeamcallLeaf::VpInit));
        assert_eq!(SeamcallLeaf::VpInit.name(), "VP_INIT");
        assert_eq!(SeamcallLeaf::PhymemPageRdmd as u32, 24);
        assert_eq!(SeamcallLeaf::from_raw(24), Some(SeamcallLeaf::PhymemPageRdmd));
        assert_eq!(SeamcallLeaf::PhymemPageRdmd.name(), "PHYMEM_PAGE_RDMD");
        assert_eq!(SeamcallLeaf::VpRd as u32, 26);
        assert_eq!(SeamcallLeaf::from_raw(26), Some(SeamcallLeaf::VpRd));
        assert_eq!(SeamcallLeaf::VpRd.name(), "VP_RD");
        assert_eq!(SeamcallLeaf::PhymemPageReclaim as u32, 28);
        assert_eq!(SeamcallLeaf::from_raw(28), Some(SeamcallLeaf::PhymemPageReclaim));
        assert_eq!(SeamcallLeaf::PhymemPageReclaim.name(), "PHYMEM_PAGE_RECLAIM");
        assert_eq!(SeamcallLeaf::MemPageRemove as u32, 29);
        assert_eq!(SeamcallLeaf::from_raw(29), Some(SeamcallLeaf::MemPageRemove));
        assert_eq!(SeamcallLeaf::MemPageRemove.name(), "MEM_PAGE_REMOVE");
        assert_eq!(SeamcallLeaf::SysKeyConfig as u32, 31);
        assert_eq!(SeamcallLeaf::from_raw(31), Some(SeamcallLeaf::SysKeyConfig));
        assert_eq!(SeamcallLeaf::SysKeyConfig.name(), "SYS_KEY_CONFIG");
        assert_eq!(SeamcallLeaf::SysInit as u32, 33);
        assert_eq!(SeamcallLeaf::from_raw(33), Some(SeamcallLeaf::SysInit));
        assert_eq!(SeamcallLeaf::SysInit.name(), "SYS_INIT");
        assert_eq!(SeamcallLeaf::SysRd as u32, 34);
        assert_eq!(SeamcallLeaf::from_raw(34), Some(SeamcallLeaf::SysRd));
        assert_eq!(SeamcallLeaf::SysRd.name(), "SYS_RD");
        assert_eq!(SeamcallLeaf::SysLpInit as u32, 35);
        assert_eq!(SeamcallLeaf::from_raw(35), Some(SeamcallLeaf::SysLpInit));
        assert_eq!(SeamcallLeaf::SysLpInit.name(), "SYS_LP_INIT");
        assert_eq!(SeamcallLeaf::SysTdmrInit as u32, 36);
        assert_eq!(SeamcallLeaf::from_raw(36), Some(SeamcallLeaf::SysTdmrInit));
        assert_eq!(SeamcallLeaf::SysTdmrInit.name(), "SYS_TDMR_INIT");
        assert_eq!(SeamcallLeaf::MemTrack as u32, 38);
        assert_eq!(SeamcallLeaf::from_raw(38), Some(SeamcallLeaf::MemTrack));
        assert_eq!(SeamcallLeaf::MemTrack.name(), "MEM_TRACK");
        assert_eq!(SeamcallLeaf::PhymemCacheWb as u32, 40);
        assert_eq!(SeamcallLeaf::from_raw(40), Some(SeamcallLeaf::PhymemCacheWb));
        assert_eq!(SeamcallLeaf::PhymemCacheWb.name(), "PHYMEM_CACHE_WB");
        assert_eq!(SeamcallLeaf::PhymemPageWbinvd as u32, 41);
        assert_eq!(SeamcallLeaf::from_raw(41), Some(SeamcallLeaf::PhymemPageWbinvd));
        assert_eq!(SeamcallLeaf::PhymemPageWbinvd.name(), "PHYMEM_PAGE_WBINVD");
        assert_eq!(SeamcallLeaf::VpWr as u32, 43);
        assert_eq!(SeamcallLeaf::from_raw(43), Some(SeamcallLeaf::VpWr));
        assert_eq!(SeamcallLeaf::VpWr.name(), "VP_WR");
        assert_eq!(SeamcallLeaf::SysConfig as u32, 45);
        assert_eq!(SeamcallLeaf::from_raw(45), Some(SeamcallLeaf::SysConfig));
        assert_eq!(SeamcallLeaf::SysConfig.name(), "SYS_CONFIG");
        assert_eq!(SeamcallLeaf::from_raw(46), None);
    }
}
