// SPDX-License-Identifier: MIT
// DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
// (template gen/backends/rust/templates/isa.rs.j2).  Edit the spec and run make.

//! VMX instructions (Intel SDM), as unsafe functions around one asm! block
//! each. The block takes the status from RFLAGS itself: with no register
//! outputs it branches on the flags to the failure (asm goto), with them it
//! turns the flags into a byte before anything else runs; the caller gets
//! Err(VmFail) on a failure. A memory operand the instruction reads is a local
//! the wrapper builds (a descriptor is a #[repr(C)] struct with reserved bits
//! zero) and passes by address; one it stores to is the caller's &mut.

#[allow(unused_imports)]
use core::arch::asm;

mod tables;
pub use self::tables::*;

pub mod vmcs;

pub mod layout;

mod entry;
pub use self::entry::*;

/// The failures of VMX instructions (the status model: how a VMX instruction
/// completed): the Err of every wrapper that reports a status.
///
/// The values are those of MSVC's __vmx_* intrinsics.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum VmFail {
    /// VMfailValid: ZF = 1; the VM-instruction error field of the current VMCS
    /// holds the reason
    Valid = 1,
    /// VMfailInvalid: CF = 1; there was no current VMCS to hold an error number
    Invalid = 2,
    /// the instruction faulted (#UD or #GP) and an exception fixup resumed the
    /// wrapper (only with a fault hook); only with the fault-hook feature,
    /// whose table (vmxgen::fault) the caller's exception handler uses.
    #[cfg(feature = "fault-hook")]
    Fault = 3,
}

impl VmFail {
    /// The manual's name of the failure.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Valid => "VMfailValid",
            Self::Invalid => "VMfailInvalid",
            #[cfg(feature = "fault-hook")]
            Self::Fault => "fault",
        }
    }

    /// The value of the C header's status constant for it.
    pub const fn value(self) -> u8 {
        match self {
            Self::Valid => 1,
            Self::Invalid => 2,
            #[cfg(feature = "fault-hook")]
            Self::Fault => 3,
        }
    }
}

/// INVEPT invalidation type (register operand of INVEPT). Intel SDM Vol. 3C,
/// Section 29.4.3.1 (Operations that Invalidate Cached Mappings); Chapter 31,
/// INVEPT.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum InveptType {
    /// invalidate mappings tagged with the EPTRTA of the descriptor's EPTP
    SingleContext = 1,
    /// invalidate mappings tagged with any EPTRTA
    Global = 2,
}

impl InveptType {
    /// The spec's name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::SingleContext => "SINGLE_CONTEXT",
            Self::Global => "GLOBAL",
        }
    }

    /// The value with this number, if there is one.
    pub const fn from_raw(raw: u32) -> Option<Self> {
        match raw {
            1 => Some(Self::SingleContext),
            2 => Some(Self::Global),
            _ => None,
        }
    }

    /// Whether the CPU supports this value, and invept at all:
    /// `cap` is the raw value of IA32_VMX_EPT_VPID_CAP (MSR 0x48c).
    pub const fn supported(self, cap: u64) -> bool {
        if cap >> 20 & 1 == 0 {
            return false;
        }
        match self {
            Self::SingleContext => cap >> 25 & 1 != 0,
            Self::Global => cap >> 26 & 1 != 0,
        }
    }
}

/// INVVPID invalidation type (register operand of INVVPID). Intel SDM Vol. 3C,
/// Section 29.4.3.1 (Operations that Invalidate Cached Mappings); Chapter 31,
/// INVVPID.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum InvvpidType {
    /// invalidate one linear address for one VPID
    IndividualAddress = 0,
    /// invalidate all mappings tagged with one VPID
    SingleContext = 1,
    /// invalidate all mappings tagged with any non-zero VPID
    AllContext = 2,
    /// like single-context but keep global translations
    SingleContextRetainingGlobals = 3,
}

impl InvvpidType {
    /// The spec's name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::IndividualAddress => "INDIVIDUAL_ADDRESS",
            Self::SingleContext => "SINGLE_CONTEXT",
            Self::AllContext => "ALL_CONTEXT",
            Self::SingleContextRetainingGlobals => "SINGLE_CONTEXT_RETAINING_GLOBALS",
        }
    }

    /// The value with this number, if there is one.
    pub const fn from_raw(raw: u32) -> Option<Self> {
        match raw {
            0 => Some(Self::IndividualAddress),
            1 => Some(Self::SingleContext),
            2 => Some(Self::AllContext),
            3 => Some(Self::SingleContextRetainingGlobals),
            _ => None,
        }
    }

    /// Whether the CPU supports this value, and invvpid at all:
    /// `cap` is the raw value of IA32_VMX_EPT_VPID_CAP (MSR 0x48c).
    pub const fn supported(self, cap: u64) -> bool {
        if cap >> 32 & 1 == 0 {
            return false;
        }
        match self {
            Self::IndividualAddress => cap >> 40 & 1 != 0,
            Self::SingleContext => cap >> 41 & 1 != 0,
            Self::AllContext => cap >> 42 & 1 != 0,
            Self::SingleContextRetainingGlobals => cap >> 43 & 1 != 0,
        }
    }
}

/// guest activity state (the activity-state guest field). Intel SDM Vol. 3C,
/// Section 25.4.2 (Guest Non-Register State), activity state (24.4.2 in the
/// 2016 edition).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum ActivityState {
    /// executing instructions normally
    Active = 0,
    /// inactive after executing HLT
    Hlt = 1,
    /// inactive after a triple fault or another serious error
    Shutdown = 2,
    /// inactive waiting for a startup IPI (SIPI)
    WaitSipi = 3,
}

impl ActivityState {
    /// The spec's name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Active => "ACTIVE",
            Self::Hlt => "HLT",
            Self::Shutdown => "SHUTDOWN",
            Self::WaitSipi => "WAIT_SIPI",
        }
    }

    /// The value with this number, if there is one.
    pub const fn from_raw(raw: u32) -> Option<Self> {
        match raw {
            0 => Some(Self::Active),
            1 => Some(Self::Hlt),
            2 => Some(Self::Shutdown),
            3 => Some(Self::WaitSipi),
            _ => None,
        }
    }
}

/// INVEPT descriptor. Intel SDM Vol. 3C, Chapter 31, INVEPT, Figure 31-1
/// (INVEPT Descriptor).
///
/// Built by [`InveptDescriptor::new`] with every reserved bit as the manual
/// requires (zero).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct InveptDescriptor {
    eptp: u64,
    reserved_127_64: u64,
}

const _: () = assert!(core::mem::size_of::<InveptDescriptor>() == 16);
const _: () = assert!(core::mem::offset_of!(InveptDescriptor, eptp) == 0);
const _: () = assert!(core::mem::offset_of!(InveptDescriptor, reserved_127_64) == 8);

impl InveptDescriptor {
    /// The invept_descriptor with these fields, reserved bits as required.
    #[inline(always)]
    pub const fn new(eptp: u64) -> Self {
        Self {
            eptp: eptp as u64,
            reserved_127_64: 0,
        }
    }

    /// Bits 63:0: EPT pointer whose cached mappings are invalidated.
    #[inline(always)]
    pub const fn eptp(&self) -> u64 {
        self.eptp as u64
    }
}

/// INVVPID descriptor. Intel SDM Vol. 3C, Chapter 31, INVVPID, Figure 31-2
/// (INVVPID Descriptor).
///
/// Built by [`InvvpidDescriptor::new`] with every reserved bit as the manual
/// requires (zero).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct InvvpidDescriptor {
    bits_63_0: u64,
    linear_address: u64,
}

const _: () = assert!(core::mem::size_of::<InvvpidDescriptor>() == 16);
const _: () = assert!(core::mem::offset_of!(InvvpidDescriptor, bits_63_0) == 0);
const _: () = assert!(core::mem::offset_of!(InvvpidDescriptor, linear_address) == 8);

impl InvvpidDescriptor {
    /// The invvpid_descriptor with these fields, reserved bits as required.
    #[inline(always)]
    pub const fn new(vpid: u16, linear_address: u64) -> Self {
        Self {
            bits_63_0: (vpid as u64 & 0xffff) << 0,
            linear_address: linear_address as u64,
        }
    }

    /// Bits 15:0: virtual-processor identifier.
    #[inline(always)]
    pub const fn vpid(&self) -> u16 {
        (self.bits_63_0 >> 0 & 0xffff) as u16
    }

    /// Bits 127:64: linear address (individual-address type only).
    #[inline(always)]
    pub const fn linear_address(&self) -> u64 {
        self.linear_address as u64
    }
}

/// Invalidate cached EPT-derived translations.
///
/// Executes `INVEPT r64, m128` (`66 0F 38 80 /r`).
/// Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), INVEPT.
///
/// - `type`: invalidation type
/// - `eptp`: EPT pointer whose cached mappings are invalidated
///
/// Returns `Ok(())` on VMsucceed, `Err(VmFail::Invalid)` (no current VMCS) or
/// `Err(VmFail::Valid)` (the reason is in the VM-instruction error field).
///
/// # Safety
///
/// The processor must be in the state the section above requires for INVEPT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn invept(r#type: InveptType, eptp: u64) -> Result<(), VmFail> {
    let descriptor = InveptDescriptor::new(eptp);
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "invept ({descriptor}), {type_}",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            type_ = in(reg) r#type as usize,
            descriptor = in(reg) core::ptr::addr_of!(descriptor),
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            options(att_syntax, nostack, readonly),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "invept ({descriptor}), {type_}",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            type_ = in(reg) r#type as usize,
            descriptor = in(reg) core::ptr::addr_of!(descriptor),
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            fault = label {
                return Err(VmFail::Fault);
            },
            options(att_syntax, nostack, readonly),
        );
    }
    Ok(())
}

/// Invalidate cached EPT-derived translations.
///
/// Executes `INVEPT r64, m128` (`66 0F 38 80 /r`).
/// Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), INVEPT.
///
/// - `type`: invalidation type
/// - `descriptor`: its 16 bytes, reserved bits included
///
/// This form takes the memory operand as bytes, reserved bits included, and
/// any value of the register operands: to forward a guest's operand or probe
/// reserved bits.
/// Returns `Ok(())` on VMsucceed, `Err(VmFail::Invalid)` (no current VMCS) or
/// `Err(VmFail::Valid)` (the reason is in the VM-instruction error field).
///
/// # Safety
///
/// The processor must be in the state the section above requires for INVEPT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn invept_raw(r#type: usize, descriptor: &[u8; 16]) -> Result<(), VmFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "invept ({descriptor}), {type_}",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            type_ = in(reg) r#type,
            descriptor = in(reg) descriptor as *const [u8; 16],
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            options(att_syntax, nostack, readonly),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "invept ({descriptor}), {type_}",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            type_ = in(reg) r#type,
            descriptor = in(reg) descriptor as *const [u8; 16],
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            fault = label {
                return Err(VmFail::Fault);
            },
            options(att_syntax, nostack, readonly),
        );
    }
    Ok(())
}

/// Invalidate cached translations tagged with a VPID.
///
/// Executes `INVVPID r64, m128` (`66 0F 38 81 /r`).
/// Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), INVVPID.
///
/// - `type`: invalidation type
/// - `vpid`: virtual-processor identifier
/// - `linear_address`: linear address (individual-address type only)
///
/// Returns `Ok(())` on VMsucceed, `Err(VmFail::Invalid)` (no current VMCS) or
/// `Err(VmFail::Valid)` (the reason is in the VM-instruction error field).
///
/// # Safety
///
/// The processor must be in the state the section above requires for INVVPID
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn invvpid(r#type: InvvpidType, vpid: u16, linear_address: u64) -> Result<(), VmFail> {
    let descriptor = InvvpidDescriptor::new(vpid, linear_address);
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "invvpid ({descriptor}), {type_}",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            type_ = in(reg) r#type as usize,
            descriptor = in(reg) core::ptr::addr_of!(descriptor),
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            options(att_syntax, nostack, readonly),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "invvpid ({descriptor}), {type_}",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            type_ = in(reg) r#type as usize,
            descriptor = in(reg) core::ptr::addr_of!(descriptor),
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            fault = label {
                return Err(VmFail::Fault);
            },
            options(att_syntax, nostack, readonly),
        );
    }
    Ok(())
}

/// Invalidate cached translations tagged with a VPID.
///
/// Executes `INVVPID r64, m128` (`66 0F 38 81 /r`).
/// Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), INVVPID.
///
/// - `type`: invalidation type
/// - `descriptor`: its 16 bytes, reserved bits included
///
/// This form takes the memory operand as bytes, reserved bits included, and
/// any value of the register operands: to forward a guest's operand or probe
/// reserved bits.
/// Returns `Ok(())` on VMsucceed, `Err(VmFail::Invalid)` (no current VMCS) or
/// `Err(VmFail::Valid)` (the reason is in the VM-instruction error field).
///
/// # Safety
///
/// The processor must be in the state the section above requires for INVVPID
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn invvpid_raw(r#type: usize, descriptor: &[u8; 16]) -> Result<(), VmFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "invvpid ({descriptor}), {type_}",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            type_ = in(reg) r#type,
            descriptor = in(reg) descriptor as *const [u8; 16],
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            options(att_syntax, nostack, readonly),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "invvpid ({descriptor}), {type_}",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            type_ = in(reg) r#type,
            descriptor = in(reg) descriptor as *const [u8; 16],
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            fault = label {
                return Err(VmFail::Fault);
            },
            options(att_syntax, nostack, readonly),
        );
    }
    Ok(())
}

/// Call to the VM monitor.
///
/// Executes `VMCALL` (`NP 0F 01 C1`).
/// In VMX non-root operation VMCALL causes a VM exit (reason 18) and the
/// monitor decides what the guest sees; in VMX root operation it fails with
/// VMfailValid or VMfailInvalid unless the dual-monitor treatment of SMIs is
/// active.
/// Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMCALL.
///
/// Returns `Ok(())` on VMsucceed, `Err(VmFail::Invalid)` (no current VMCS) or
/// `Err(VmFail::Valid)` (the reason is in the VM-instruction error field).
///
/// # Safety
///
/// The processor must be in the state the section above requires for VMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn vmcall() -> Result<(), VmFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "vmcall",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "vmcall",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            fault = label {
                return Err(VmFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Flush a VMCS to memory and make it clear and inactive.
///
/// Executes `VMCLEAR m64` (`66 0F C7 /6`).
/// Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMCLEAR.
///
/// - `vmcs_pa`: physical address of the 4-KByte aligned VMCS region
///
/// Returns `Ok(())` on VMsucceed, `Err(VmFail::Invalid)` (no current VMCS) or
/// `Err(VmFail::Valid)` (the reason is in the VM-instruction error field).
///
/// # Safety
///
/// The processor must be in the state the section above requires for VMCLEAR
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// `vmcs_pa` must be physical address of the 4-KByte aligned VMCS region: the
/// processor uses it as such.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn vmclear(vmcs_pa: u64) -> Result<(), VmFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "vmclear ({vmcs_pa})",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            vmcs_pa = in(reg) core::ptr::addr_of!(vmcs_pa),
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "vmclear ({vmcs_pa})",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            vmcs_pa = in(reg) core::ptr::addr_of!(vmcs_pa),
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            fault = label {
                return Err(VmFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Invoke a VM function from VMX non-root operation.
///
/// Executes `VMFUNC` (`NP 0F 01 D4`).
/// VMFUNC reports no VMX status, neither VMsucceed nor VMfail, and leaves
/// RFLAGS alone: it either performs the function or causes a VM exit (reason
/// 59). Function 0 is EPTP switching, with ECX holding the EPTP-list index.
/// Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMFUNC.
///
/// - `function`: VM-function number
/// - `index`: function argument (EPTP-list index for function 0)
///
/// It reports no failure, so nothing is returned.
///
/// # Safety
///
/// The processor must be in the state the section above requires for VMFUNC
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn vmfunc(function: u32, index: u32) {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "vmfunc",
            in("eax") function,
            in("ecx") index,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "vmfunc",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            in("eax") function,
            in("ecx") index,
            options(att_syntax, nostack),
        );
    }
}

/// Launch the virtual machine managed by the current VMCS.
///
/// Executes `VMLAUNCH` (`NP 0F 01 C2`).
/// Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMLAUNCH/VMRESUME.
///
/// Returns only if the instruction failed: `Err(VmFail::Invalid)` (no current
/// VMCS) or `Err(VmFail::Valid)` (the reason is in the VM-instruction error
/// field). On success the guest runs and its VM exits go to the host RIP of the
/// current VMCS, never back here.
///
/// # Safety
///
/// The processor must be in the state the section above requires for VMLAUNCH
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// On success the guest runs with the state of the current VMCS: it can change
/// any memory the caller can see.
#[inline(always)]
pub unsafe fn vmlaunch() -> Result<(), VmFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "vmlaunch",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "vmlaunch",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            fault = label {
                return Err(VmFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Make a VMCS current and active.
///
/// Executes `VMPTRLD m64` (`NP 0F C7 /6`).
/// Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMPTRLD.
///
/// - `vmcs_pa`: physical address of the 4-KByte aligned VMCS region
///
/// Returns `Ok(())` on VMsucceed, `Err(VmFail::Invalid)` (no current VMCS) or
/// `Err(VmFail::Valid)` (the reason is in the VM-instruction error field).
///
/// # Safety
///
/// The processor must be in the state the section above requires for VMPTRLD
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// `vmcs_pa` must be physical address of the 4-KByte aligned VMCS region: the
/// processor uses it as such.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn vmptrld(vmcs_pa: u64) -> Result<(), VmFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "vmptrld ({vmcs_pa})",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            vmcs_pa = in(reg) core::ptr::addr_of!(vmcs_pa),
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "vmptrld ({vmcs_pa})",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            vmcs_pa = in(reg) core::ptr::addr_of!(vmcs_pa),
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            fault = label {
                return Err(VmFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Store the current-VMCS pointer.
///
/// Executes `VMPTRST m64` (`NP 0F C7 /7`).
/// Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMPTRST.
///
/// - `vmcs_pa`: receives the current-VMCS pointer (all ones if there is none)
///
/// It reports no failure, so nothing is returned.
///
/// # Safety
///
/// The processor must be in the state the section above requires for VMPTRST
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn vmptrst(vmcs_pa: &mut u64) {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "vmptrst ({vmcs_pa})",
            vmcs_pa = in(reg) vmcs_pa as *mut u64,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "vmptrst ({vmcs_pa})",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            vmcs_pa = in(reg) vmcs_pa as *mut u64,
            options(att_syntax, nostack),
        );
    }
}

/// Read a field of the current VMCS.
///
/// Executes `VMREAD r/m64, r64` (`NP 0F 78 /r`).
/// Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMREAD.
///
/// - `field`: VMCS field encoding
/// - `value`: receives the field's value (zero-extended)
///
/// Returns `Ok(())` on VMsucceed, `Err(VmFail::Invalid)` (no current VMCS) or
/// `Err(VmFail::Valid)` (the reason is in the VM-instruction error field).
///
/// # Safety
///
/// The processor must be in the state the section above requires for VMREAD
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn vmread(field: usize, value: &mut usize) -> Result<(), VmFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "vmread {field}, ({value})",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            value = in(reg) value as *mut usize,
            field = in(reg) field,
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "vmread {field}, ({value})",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            value = in(reg) value as *mut usize,
            field = in(reg) field,
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            fault = label {
                return Err(VmFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Read a field of the current VMCS.
///
/// Executes `VMREAD r/m64, r64` (`NP 0F 78 /r`).
/// Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMREAD.
///
/// - `field`: VMCS field encoding
/// - `value`: receives the field's value (zero-extended)
///
/// This form uses the instruction's memory encoding (r/m as memory).
/// Returns `Ok(())` on VMsucceed, `Err(VmFail::Invalid)` (no current VMCS) or
/// `Err(VmFail::Valid)` (the reason is in the VM-instruction error field).
///
/// # Safety
///
/// The processor must be in the state the section above requires for VMREAD
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn vmread_mem(field: usize, value: &mut usize) -> Result<(), VmFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "vmread {field}, ({value})",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            value = in(reg) value as *mut usize,
            field = in(reg) field,
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "vmread {field}, ({value})",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            value = in(reg) value as *mut usize,
            field = in(reg) field,
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            fault = label {
                return Err(VmFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Read a field of the current VMCS.
///
/// Executes `VMREAD r/m64, r64` (`NP 0F 78 /r`).
/// Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMREAD.
///
/// - `field`: VMCS field encoding
/// - `on_fail`: called on failure with `field` and the failure; its result is
///   returned
///
/// Returns the value; on VMfailInvalid or VMfailValid (or a fault, with the
/// fault-hook feature) what `on_fail` returns. This form returns the value
/// instead of a Result and reports a failure to a handler (KVM's vmcs_readl()
/// shape).
///
/// # Safety
///
/// The processor must be in the state the section above requires for VMREAD
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn vmread_or<F: FnOnce(usize, VmFail) -> usize>(field: usize, on_fail: F) -> usize {
    let value: usize;
    #[cfg(not(feature = "fault-hook"))]
    {
        let status_flags: u8;
        asm!(
            "vmread {field}, {value}",
            "setbe {status_flags}",
            "adc $0, {status_flags}",
            value = lateout(reg) value,
            field = in(reg) field,
            status_flags = lateout(reg_byte) status_flags,
            options(att_syntax, nostack, nomem),
        );
        if status_flags != 0 {
            crate::cold();
            return on_fail(field, if status_flags == 1 { VmFail::Valid } else { VmFail::Invalid });
        }
    }
    #[cfg(feature = "fault-hook")]
    {
        let status_cf: u8;
        let status_zf: u8;
        asm!(
            "cmp %esp, %esp",
            "stc",
            "4:",
            "vmread {field}, {value}",
            "5:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            "setc {status_cf}",
            "setz {status_zf}",
            value = lateout(reg) value,
            field = in(reg) field,
            status_cf = lateout(reg_byte) status_cf,
            status_zf = lateout(reg_byte) status_zf,
            options(att_syntax, nostack, nomem),
        );
        if status_cf | status_zf != 0 {
            crate::cold();
            let failure = match (status_cf, status_zf) {
                (1, 1) => VmFail::Fault,
                (1, _) => VmFail::Invalid,
                (_, 1) => VmFail::Valid,
                _ => VmFail::Fault,
            };
            return on_fail(field, failure);
        }
    }
    value
}

/// Resume the virtual machine managed by the current VMCS.
///
/// Executes `VMRESUME` (`NP 0F 01 C3`).
/// Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMLAUNCH/VMRESUME.
///
/// Returns only if the instruction failed: `Err(VmFail::Invalid)` (no current
/// VMCS) or `Err(VmFail::Valid)` (the reason is in the VM-instruction error
/// field). On success the guest runs and its VM exits go to the host RIP of the
/// current VMCS, never back here.
///
/// # Safety
///
/// The processor must be in the state the section above requires for VMRESUME
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// On success the guest runs with the state of the current VMCS: it can change
/// any memory the caller can see.
#[inline(always)]
pub unsafe fn vmresume() -> Result<(), VmFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "vmresume",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "vmresume",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            fault = label {
                return Err(VmFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Write a field of the current VMCS.
///
/// Executes `VMWRITE r64, r/m64` (`NP 0F 79 /r`).
/// Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMWRITE.
///
/// - `field`: VMCS field encoding
/// - `value`: value to write (truncated to the field's width)
///
/// Returns `Ok(())` on VMsucceed, `Err(VmFail::Invalid)` (no current VMCS) or
/// `Err(VmFail::Valid)` (the reason is in the VM-instruction error field).
///
/// # Safety
///
/// The processor must be in the state the section above requires for VMWRITE
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn vmwrite(field: usize, value: usize) -> Result<(), VmFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "vmwrite {value}, {field}",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            field = in(reg) field,
            value = in(reg) value,
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "vmwrite {value}, {field}",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            field = in(reg) field,
            value = in(reg) value,
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            fault = label {
                return Err(VmFail::Fault);
            },
            options(att_syntax, nostack, nomem),
        );
    }
    Ok(())
}

/// Write a field of the current VMCS.
///
/// Executes `VMWRITE r64, r/m64` (`NP 0F 79 /r`).
/// Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMWRITE.
///
/// - `field`: VMCS field encoding
/// - `value`: value to write (truncated to the field's width)
///
/// This form uses the instruction's memory encoding (r/m as memory).
/// Returns `Ok(())` on VMsucceed, `Err(VmFail::Invalid)` (no current VMCS) or
/// `Err(VmFail::Valid)` (the reason is in the VM-instruction error field).
///
/// # Safety
///
/// The processor must be in the state the section above requires for VMWRITE
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn vmwrite_mem(field: usize, value: &usize) -> Result<(), VmFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "vmwrite ({value}), {field}",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            field = in(reg) field,
            value = in(reg) value as *const usize,
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            options(att_syntax, nostack, readonly),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "vmwrite ({value}), {field}",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            field = in(reg) field,
            value = in(reg) value as *const usize,
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            fault = label {
                return Err(VmFail::Fault);
            },
            options(att_syntax, nostack, readonly),
        );
    }
    Ok(())
}

/// Leave VMX operation.
///
/// Executes `VMXOFF` (`NP 0F 01 C4`).
/// Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMXOFF.
///
/// Returns `Ok(())` on VMsucceed, `Err(VmFail::Invalid)` (no current VMCS) or
/// `Err(VmFail::Valid)` (the reason is in the VM-instruction error field).
///
/// # Safety
///
/// The processor must be in the state the section above requires for VMXOFF
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn vmxoff() -> Result<(), VmFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "vmxoff",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "vmxoff",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            fault = label {
                return Err(VmFail::Fault);
            },
            options(att_syntax, nostack, nomem),
        );
    }
    Ok(())
}

/// Leave VMX operation.
///
/// Executes `VMXOFF` (`NP 0F 01 C4`).
/// Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMXOFF.
///
/// This form reports only a fault: VMfailInvalid and VMfailValid are not told
/// from success (a kernel enabling or disabling VMX on a CPU treats VMfail as
/// done (it checked or set the state VMfail reports, e.g. already in VMX
/// operation) and only a fault (#UD, #GP) as an error). Returns Ok(());
/// Err(VmFail::Fault) only with the fault-hook feature, if the instruction
/// faulted.
///
/// # Safety
///
/// The processor must be in the state the section above requires for VMXOFF
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn vmxoff_fault_only() -> Result<(), VmFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "vmxoff",
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "vmxoff",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            fault = label {
                return Err(VmFail::Fault);
            },
            options(att_syntax, nostack, nomem),
        );
    }
    Ok(())
}

/// Enter VMX root operation.
///
/// Executes `VMXON m64` (`F3 0F C7 /6`).
/// Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMXON.
///
/// - `vmxon_pa`: physical address of the 4-KByte aligned VMXON region
///
/// Returns `Ok(())` on VMsucceed, `Err(VmFail::Invalid)` (no current VMCS) or
/// `Err(VmFail::Valid)` (the reason is in the VM-instruction error field).
///
/// # Safety
///
/// The processor must be in the state the section above requires for VMXON
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// `vmxon_pa` must be physical address of the 4-KByte aligned VMXON region: the
/// processor uses it as such.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn vmxon(vmxon_pa: u64) -> Result<(), VmFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "vmxon ({vmxon_pa})",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            vmxon_pa = in(reg) core::ptr::addr_of!(vmxon_pa),
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "vmxon ({vmxon_pa})",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            "jbe 3f",
            ".subsection 1",
            "3:",
            "jc {fail_cf}",
            "jmp {fail_zf}",
            ".previous",
            vmxon_pa = in(reg) core::ptr::addr_of!(vmxon_pa),
            fail_cf = label {
                return Err(VmFail::Invalid);
            },
            fail_zf = label {
                return Err(VmFail::Valid);
            },
            fault = label {
                return Err(VmFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Enter VMX root operation.
///
/// Executes `VMXON m64` (`F3 0F C7 /6`).
/// Intel SDM Vol. 3C, Chapter 31 (VMX Instruction Reference), VMXON.
///
/// - `vmxon_pa`: physical address of the 4-KByte aligned VMXON region
///
/// This form reports only a fault: VMfailInvalid and VMfailValid are not told
/// from success (a kernel enabling or disabling VMX on a CPU treats VMfail as
/// done (it checked or set the state VMfail reports, e.g. already in VMX
/// operation) and only a fault (#UD, #GP) as an error). Returns Ok(());
/// Err(VmFail::Fault) only with the fault-hook feature, if the instruction
/// faulted.
///
/// # Safety
///
/// The processor must be in the state the section above requires for VMXON
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// `vmxon_pa` must be physical address of the 4-KByte aligned VMXON region: the
/// processor uses it as such.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn vmxon_fault_only(vmxon_pa: u64) -> Result<(), VmFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "vmxon ({vmxon_pa})",
            vmxon_pa = in(reg) core::ptr::addr_of!(vmxon_pa),
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "vmxon ({vmxon_pa})",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            vmxon_pa = in(reg) core::ptr::addr_of!(vmxon_pa),
            fault = label {
                return Err(VmFail::Fault);
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
    fn failures_have_the_spec_values() {
        assert_eq!(VmFail::Valid.value(), 1);
        assert_eq!(VmFail::Valid.name(), "VMfailValid");
        assert_eq!(VmFail::Invalid.value(), 2);
        assert_eq!(VmFail::Invalid.name(), "VMfailInvalid");
    }

    #[test]
    fn enum_invept_type() {
        assert_eq!(InveptType::SingleContext as u32, 1);
        assert_eq!(InveptType::from_raw(1), Some(InveptType::SingleContext));
        assert_eq!(InveptType::SingleContext.name(), "SINGLE_CONTEXT");
        assert_eq!(InveptType::Global as u32, 2);
        assert_eq!(InveptType::from_raw(2), Some(InveptType::Global));
        assert_eq!(InveptType::Global.name(), "GLOBAL");
        assert_eq!(InveptType::from_raw(3), None);
        // SINGLE_CONTEXT: supported exactly with bit(s) 20 and 25
        assert!(InveptType::SingleContext.supported(1 << 20 | 1 << 25 | 0));
        assert!(!InveptType::SingleContext.supported(!(1u64 << 20)));
        assert!(!InveptType::SingleContext.supported(!(1u64 << 25)));
        // GLOBAL: supported exactly with bit(s) 20 and 26
        assert!(InveptType::Global.supported(1 << 20 | 1 << 26 | 0));
        assert!(!InveptType::Global.supported(!(1u64 << 20)));
        assert!(!InveptType::Global.supported(!(1u64 << 26)));
    }

    #[test]
    fn enum_invvpid_type() {
        assert_eq!(InvvpidType::IndividualAddress as u32, 0);
        assert_eq!(InvvpidType::from_raw(0), Some(InvvpidType::IndividualAddress));
        assert_eq!(InvvpidType::IndividualAddress.name(), "INDIVIDUAL_ADDRESS");
        assert_eq!(InvvpidType::SingleContext as u32, 1);
        assert_eq!(InvvpidType::from_raw(1), Some(InvvpidType::SingleContext));
        assert_eq!(InvvpidType::SingleContext.name(), "SINGLE_CONTEXT");
        assert_eq!(InvvpidType::AllContext as u32, 2);
        assert_eq!(InvvpidType::from_raw(2), Some(InvvpidType::AllContext));
        assert_eq!(InvvpidType::AllContext.name(), "ALL_CONTEXT");
        assert_eq!(InvvpidType::SingleContextRetainingGlobals as u32, 3);
        assert_eq!(InvvpidType::from_raw(3), Some(InvvpidType::SingleContextRetainingGlobals));
        assert_eq!(InvvpidType::SingleContextRetainingGlobals.name(), "SINGLE_CONTEXT_RETAINING_GLOBALS");
        assert_eq!(InvvpidType::from_raw(4), None);
        // INDIVIDUAL_ADDRESS: supported exactly with bit(s) 32 and 40
        assert!(InvvpidType::IndividualAddress.supported(1 << 32 | 1 << 40 | 0));
        assert!(!InvvpidType::IndividualAddress.supported(!(1u64 << 32)));
        assert!(!InvvpidType::IndividualAddress.supported(!(1u64 << 40)));
        // SINGLE_CONTEXT: supported exactly with bit(s) 32 and 41
        assert!(InvvpidType::SingleContext.supported(1 << 32 | 1 << 41 | 0));
        assert!(!InvvpidType::SingleContext.supported(!(1u64 << 32)));
        assert!(!InvvpidType::SingleContext.supported(!(1u64 << 41)));
        // ALL_CONTEXT: supported exactly with bit(s) 32 and 42
        assert!(InvvpidType::AllContext.supported(1 << 32 | 1 << 42 | 0));
        assert!(!InvvpidType::AllContext.supported(!(1u64 << 32)));
        assert!(!InvvpidType::AllContext.supported(!(1u64 << 42)));
        // SINGLE_CONTEXT_RETAINING_GLOBALS: supported exactly with bit(s) 32 and 43
        assert!(InvvpidType::SingleContextRetainingGlobals.supported(1 << 32 | 1 << 43 | 0));
        assert!(!InvvpidType::SingleContextRetainingGlobals.supported(!(1u64 << 32)));
        assert!(!InvvpidType::SingleContextRetainingGlobals.supported(!(1u64 << 43)));
    }

    #[test]
    fn enum_activity_state() {
        assert_eq!(ActivityState::Active as u32, 0);
        assert_eq!(ActivityState::from_raw(0), Some(ActivityState::Active));
        assert_eq!(ActivityState::Active.name(), "ACTIVE");
        assert_eq!(ActivityState::Hlt as u32, 1);
        assert_eq!(ActivityState::from_raw(1), Some(ActivityState::Hlt));
        assert_eq!(ActivityState::Hlt.name(), "HLT");
        assert_eq!(ActivityState::Shutdown as u32, 2);
        assert_eq!(ActivityState::from_raw(2), Some(ActivityState::Shutdown));
        assert_eq!(ActivityState::Shutdown.name(), "SHUTDOWN");
        assert_eq!(ActivityState::WaitSipi as u32, 3);
        assert_eq!(ActivityState::from_raw(3), Some(ActivityState::WaitSipi));
        assert_eq!(ActivityState::WaitSipi.name(), "WAIT_SIPI");
        assert_eq!(ActivityState::from_raw(4), None);
    }

    /// The bytes of invept_descriptor as the manual lays them out: each field
    /// alone at its maximum lands on its bits, nothing else is set.
    #[test]
    fn layout_invept_descriptor() {
        fn bytes(d: &InveptDescriptor) -> [u8; 16] {
            unsafe { core::mem::transmute_copy(d) }
        }
        fn bit(b: &[u8], i: usize) -> bool {
            b[i / 8] >> (i % 8) & 1 != 0
        }
        let ones: &[(usize, usize)] = &[];
        let fixed = |i: usize| ones.iter().any(|&(a, b)| a <= i && i <= b);
        let d = InveptDescriptor::new(0xffffffffffffffff);
        let b = bytes(&d);
        for i in 0..128 {
            assert_eq!(bit(&b, i), (0..=63).contains(&i) || fixed(i), "eptp: bit {}", i);
        }
        assert_eq!(d.eptp(), 0xffffffffffffffff);
    }

    /// The bytes of invvpid_descriptor as the manual lays them out: each field
    /// alone at its maximum lands on its bits, nothing else is set.
    #[test]
    fn layout_invvpid_descriptor() {
        fn bytes(d: &InvvpidDescriptor) -> [u8; 16] {
            unsafe { core::mem::transmute_copy(d) }
        }
        fn bit(b: &[u8], i: usize) -> bool {
            b[i / 8] >> (i % 8) & 1 != 0
        }
        let ones: &[(usize, usize)] = &[];
        let fixed = |i: usize| ones.iter().any(|&(a, b)| a <= i && i <= b);
        let d = InvvpidDescriptor::new(0xffff, 0);
        let b = bytes(&d);
        for i in 0..128 {
            assert_eq!(bit(&b, i), (0..=15).contains(&i) || fixed(i), "vpid: bit {}", i);
        }
        assert_eq!(d.vpid(), 0xffff);
        let d = InvvpidDescriptor::new(0, 0xffffffffffffffff);
        let b = bytes(&d);
        for i in 0..128 {
            assert_eq!(bit(&b, i), (64..=127).contains(&i) || fixed(i), "linear_address: bit {}", i);
        }
        assert_eq!(d.linear_address(), 0xffffffffffffffff);
    }
}
