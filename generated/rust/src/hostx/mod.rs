// SPDX-License-Identifier: MIT
// DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
// (template gen/backends/rust/templates/isa.rs.j2).  Edit the spec and run make.

//! x86 host instructions instructions (Intel SDM), as unsafe functions around
//! one asm! block each. A memory operand is a local the wrapper builds (a
//! descriptor is a #[repr(C)] struct with reserved bits zero) and passes by
//! address.
//!
//! Not generated yet (the C headers have them):
//! - instruction cpuid: LLVM reserves rbx in 64-bit code; asm! cannot bind it
//! - instruction rdmsr: outputs of an instruction that reports only faults (the C header's 'faulted' register) are not generated for Rust yet
//! - instruction rdtsc: outputs of an instruction that reports only faults (the C header's 'faulted' register) are not generated for Rust yet
//! - instruction rdtscp: outputs of an instruction that reports only faults (the C header's 'faulted' register) are not generated for Rust yet
//! - instruction xgetbv: outputs of an instruction that reports only faults (the C header's 'faulted' register) are not generated for Rust yet

#[allow(unused_imports)]
use core::arch::asm;

/// The failures of x86 host instructions instructions (the status model: how a
/// host instruction wrapper completed): the Err of every wrapper that reports a
/// status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "fault-hook", repr(u8))]
pub enum HostxFail {
    /// the instruction faulted (#GP at CPL > 0, an MSR or XCR that does not
    /// exist or a value it does not take, #UD) and an exception fixup resumed
    /// the wrapper (only with a fault hook); no output was stored; only with
    /// the fault-hook feature, whose table (vmxgen::fault) the caller's
    /// exception handler uses.
    #[cfg(feature = "fault-hook")]
    Fault = 1,
}

impl HostxFail {
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

/// Clear the task-switched flag in CR0.
///
/// Executes `CLTS` (`NP 0F 06`).
/// Clears CR0.TS.
/// Intel SDM Vol. 2A, Chapter 3, CLTS (Clear Task-Switched Flag in CR0).
///
/// Returns Ok(()); Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted (without it the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for CLTS
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn clts() -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "clts",
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "clts",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack, nomem),
        );
    }
    Ok(())
}

/// Halt until an interrupt, NMI, SMI or reset.
///
/// Executes `HLT` (`F4`).
/// Stops executing instructions until an enabled interrupt, an NMI, an SMI,
/// INIT or a reset; execution resumes after HLT. #GP at CPL > 0.
/// Intel SDM Vol. 2A, Chapter 3, HLT (Halt).
///
/// Returns Ok(()); Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted (without it the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for HLT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn hlt() -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "hlt",
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "hlt",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Spin-loop hint.
///
/// Executes `PAUSE` (`F3 90`).
/// Tells the processor the code is a spin-wait loop (and a hypervisor's
/// PAUSE-loop exiting sees it). Executes at any privilege level; a NOP on
/// processors without it.
/// Intel SDM Vol. 2B, Chapter 4, PAUSE (Spin Loop Hint).
///
/// Returns Ok(()); Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted (without it the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for PAUSE
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn pause() -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "pause",
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "pause",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Write back and invalidate the caches.
///
/// Executes `WBINVD` (`NP 0F 09`).
/// Writes every modified cache line back to memory and invalidates the caches
/// (the external ones too). #GP at CPL > 0.
/// Intel SDM Vol. 2D, Chapter 6, WBINVD (Write Back and Invalidate Cache).
///
/// Returns Ok(()); Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted (without it the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for WBINVD
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn wbinvd() -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "wbinvd",
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "wbinvd",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Write a model-specific register.
///
/// Executes `WRMSR` (`NP 0F 30`).
/// Writes EDX:EAX (@high bits 63:32, @low bits 31:0) to the MSR @msr (ECX). #GP
/// at CPL > 0, for an MSR that does not exist or a value it does not take.
/// Intel SDM Vol. 2B, Chapter 6, WRMSR (Write to Model Specific Register).
///
/// - `msr`: the MSR's address (ECX)
/// - `low`: bits 31:0 of the value (EAX)
/// - `high`: bits 63:32 of the value (EDX)
///
/// Returns Ok(()); Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted (without it the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for WRMSR
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn wrmsr(msr: u32, low: u32, high: u32) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "wrmsr",
            in("ecx") msr,
            in("edx") high,
            in("eax") low,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "wrmsr",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            in("ecx") msr,
            in("edx") high,
            in("eax") low,
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Write an extended control register.
///
/// Executes `XSETBV` (`NP 0F 01 D1`).
/// Writes EDX:EAX (@high bits 63:32, @low bits 31:0) to XCR @xcr (ECX; 0 is
/// XCR0). #GP at CPL > 0 or for a value the XCR does not take, #UD with
/// CR4.OSXSAVE = 0.
/// Intel SDM Vol. 2C, Chapter 6, XSETBV (Set Extended Control Register).
///
/// - `xcr`: the XCR's number (ECX)
/// - `low`: bits 31:0 of the value (EAX)
/// - `high`: bits 63:32 of the value (EDX)
///
/// Returns Ok(()); Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted (without it the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for XSETBV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn xsetbv(xcr: u32, low: u32, high: u32) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "xsetbv",
            in("ecx") xcr,
            in("edx") high,
            in("eax") low,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "xsetbv",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            in("ecx") xcr,
            in("edx") high,
            in("eax") low,
            fault = label {
                return Err(HostxFail::Fault);
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
}
