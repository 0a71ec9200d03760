// SPDX-License-Identifier: MIT
// DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
// (template gen/backends/rust/templates/isa.rs.j2).  Edit the spec and run make.

//! AMD SVM instructions (AMD APM), as unsafe functions around one asm! block
//! each. A memory operand is a local the wrapper builds (a descriptor is a
//! #[repr(C)] struct with reserved bits zero) and passes by address.
//!
//! Not generated yet (the C headers have them):
//! - layout vmcb_segment: byte layouts (structs at byte offsets) are not generated yet
//! - layout vmcb_control: byte layouts (structs at byte offsets) are not generated yet
//! - layout vmcb_save: byte layouts (structs at byte offsets) are not generated yet
//! - layout vmcb: byte layouts (structs at byte offsets) are not generated yet

#[allow(unused_imports)]
use core::arch::asm;

mod tables;
pub use self::tables::*;

pub mod layout;

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

/// Clear the global interrupt flag (GIF).
///
/// Executes `CLGI` (`NP 0F 01 DD`).
/// AMD APM Vol. 3, Chapter 4 (System Instruction Reference), CLGI.
///
/// Returns Ok(()); Err(SvmFail::Fault) only with the fault-hook feature, if the
/// instruction faulted (without it the error type is empty).
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
/// Returns Ok(()); Err(SvmFail::Fault) only with the fault-hook feature, if the
/// instruction faulted (without it the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for INVLPGA
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn invlpga(va: usize, asid: u32) -> Result<(), SvmFail> {
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
/// Returns Ok(()); Err(SvmFail::Fault) only with the fault-hook feature, if the
/// instruction faulted (without it the error type is empty).
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

/// Secure init and jump with attestation.
///
/// Executes `SKINIT` (`NP 0F 01 DE`).
/// Reinitializes the processor to a known state and jumps to the secure loader
/// (SL) in the 64-KByte aligned secure loader block, sending the block to the
/// TPM for measurement. It returns only if it faulted.
/// AMD APM Vol. 3, Chapter 4 (System Instruction Reference), SKINIT; Vol. 2, Section 15.27 (Security).
///
/// - `slb_pa`: physical address of the 64-KByte aligned secure loader block
///
/// Returns Ok(()); Err(SvmFail::Fault) only with the fault-hook feature, if the
/// instruction faulted (without it the error type is empty).
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
/// Returns Ok(()); Err(SvmFail::Fault) only with the fault-hook feature, if the
/// instruction faulted (without it the error type is empty).
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
/// Returns Ok(()); Err(SvmFail::Fault) only with the fault-hook feature, if the
/// instruction faulted (without it the error type is empty).
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
/// Returns Ok(()); Err(SvmFail::Fault) only with the fault-hook feature, if the
/// instruction faulted (without it the error type is empty).
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
/// Returns Ok(()); Err(SvmFail::Fault) only with the fault-hook feature, if the
/// instruction faulted (without it the error type is empty).
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
/// Returns Ok(()); Err(SvmFail::Fault) only with the fault-hook feature, if the
/// instruction faulted (without it the error type is empty).
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
}
