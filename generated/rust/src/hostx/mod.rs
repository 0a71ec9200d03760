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

#[allow(unused_imports)]
use core::arch::asm;

/// Clear the task-switched flag in CR0.
///
/// Executes `CLTS` (`NP 0F 06`).
/// Clears CR0.TS.
/// Intel SDM Vol. 2A, Chapter 3, CLTS (Clear Task-Switched Flag in CR0).
///
/// It reports no failure, so nothing is returned.
///
/// # Safety
///
/// The processor must be in the state the section above requires for CLTS
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn clts() {
    asm!(
        "clts",
        options(att_syntax, nostack, nomem),
    );
}

/// Halt until an interrupt, NMI, SMI or reset.
///
/// Executes `HLT` (`F4`).
/// Stops executing instructions until an enabled interrupt, an NMI, an SMI,
/// INIT or a reset; execution resumes after HLT. #GP at CPL > 0.
/// Intel SDM Vol. 2A, Chapter 3, HLT (Halt).
///
/// It reports no failure, so nothing is returned.
///
/// # Safety
///
/// The processor must be in the state the section above requires for HLT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn hlt() {
    asm!(
        "hlt",
        options(att_syntax, nostack),
    );
}

/// Spin-loop hint.
///
/// Executes `PAUSE` (`F3 90`).
/// Tells the processor the code is a spin-wait loop (and a hypervisor's
/// PAUSE-loop exiting sees it). Executes at any privilege level; a NOP on
/// processors without it.
/// Intel SDM Vol. 2B, Chapter 4, PAUSE (Spin Loop Hint).
///
/// It reports no failure, so nothing is returned.
///
/// # Safety
///
/// The processor must be in the state the section above requires for PAUSE
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn pause() {
    asm!(
        "pause",
        options(att_syntax, nostack),
    );
}

/// Read a model-specific register.
///
/// Executes `RDMSR` (`NP 0F 32`).
/// Reads the MSR @msr (ECX) into EDX:EAX: @high gets bits 63:32, @low bits
/// 31:0. #GP at CPL > 0 or for an MSR that does not exist.
/// Intel SDM Vol. 2B, Chapter 4, RDMSR (Read from Model Specific Register).
///
/// - `msr`: the MSR's address (ECX)
///
/// Returns bits 63:32 of the MSR (EDX); bits 31:0 of the MSR (EAX). It reports
/// no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for RDMSR
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn rdmsr(msr: u32) -> (u32, u32) {
    let high: u32;
    let low: u32;
    asm!(
        "rdmsr",
        in("ecx") msr,
        lateout("edx") high,
        lateout("eax") low,
        options(att_syntax, nostack, nomem),
    );
    (high, low)
}

/// Read the time-stamp counter.
///
/// Executes `RDTSC` (`NP 0F 31`).
/// Reads the time-stamp counter into EDX:EAX (@high bits 63:32, @low bits
/// 31:0). Not ordered with the instructions around it (use RDTSCP or a fence
/// for that). #GP at CPL > 0 with CR4.TSD = 1.
/// Intel SDM Vol. 2B, Chapter 4, RDTSC (Read Time-Stamp Counter).
///
/// Returns bits 63:32 of the counter (EDX); bits 31:0 of the counter (EAX). It
/// reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for RDTSC
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn rdtsc() -> (u32, u32) {
    let high: u32;
    let low: u32;
    asm!(
        "rdtsc",
        lateout("edx") high,
        lateout("eax") low,
        options(att_syntax, nostack, nomem),
    );
    (high, low)
}

/// Read the time-stamp counter and IA32_TSC_AUX.
///
/// Executes `RDTSCP` (`NP 0F 01 F9`).
/// Reads the time-stamp counter into EDX:EAX (@high bits 63:32, @low bits 31:0)
/// after all earlier instructions have executed, and IA32_TSC_AUX into ECX
/// (@aux). #GP at CPL > 0 with CR4.TSD = 1.
/// Intel SDM Vol. 2B, Chapter 4, RDTSCP (Read Time-Stamp Counter and Processor ID).
///
/// Returns bits 63:32 of the counter (EDX); bits 31:0 of the counter (EAX);
/// IA32_TSC_AUX (ECX). It reports no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for RDTSCP
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn rdtscp() -> (u32, u32, u32) {
    let high: u32;
    let low: u32;
    let aux: u32;
    asm!(
        "rdtscp",
        lateout("edx") high,
        lateout("eax") low,
        lateout("ecx") aux,
        options(att_syntax, nostack, nomem),
    );
    (high, low, aux)
}

/// Write back and invalidate the caches.
///
/// Executes `WBINVD` (`NP 0F 09`).
/// Writes every modified cache line back to memory and invalidates the caches
/// (the external ones too). #GP at CPL > 0.
/// Intel SDM Vol. 2D, Chapter 6, WBINVD (Write Back and Invalidate Cache).
///
/// It reports no failure, so nothing is returned.
///
/// # Safety
///
/// The processor must be in the state the section above requires for WBINVD
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn wbinvd() {
    asm!(
        "wbinvd",
        options(att_syntax, nostack),
    );
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
/// It reports no failure, so nothing is returned.
///
/// # Safety
///
/// The processor must be in the state the section above requires for WRMSR
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn wrmsr(msr: u32, low: u32, high: u32) {
    asm!(
        "wrmsr",
        in("ecx") msr,
        in("edx") high,
        in("eax") low,
        options(att_syntax, nostack),
    );
}

/// Read an extended control register.
///
/// Executes `XGETBV` (`NP 0F 01 D0`).
/// Reads XCR @xcr (ECX; 0 is XCR0) into EDX:EAX (@high bits 63:32, @low bits
/// 31:0). #UD with CR4.OSXSAVE = 0, #GP for an XCR that does not exist.
/// Executes at any privilege level.
/// Intel SDM Vol. 2C, Chapter 6, XGETBV (Get Value of Extended Control Register).
///
/// - `xcr`: the XCR's number (ECX)
///
/// Returns bits 63:32 of the XCR (EDX); bits 31:0 of the XCR (EAX). It reports
/// no failure.
///
/// # Safety
///
/// The processor must be in the state the section above requires for XGETBV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn xgetbv(xcr: u32) -> (u32, u32) {
    let high: u32;
    let low: u32;
    asm!(
        "xgetbv",
        in("ecx") xcr,
        lateout("edx") high,
        lateout("eax") low,
        options(att_syntax, nostack, nomem),
    );
    (high, low)
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
/// It reports no failure, so nothing is returned.
///
/// # Safety
///
/// The processor must be in the state the section above requires for XSETBV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn xsetbv(xcr: u32, low: u32, high: u32) {
    asm!(
        "xsetbv",
        in("ecx") xcr,
        in("edx") high,
        in("eax") low,
        options(att_syntax, nostack),
    );
}

#[cfg(test)]
mod tests {
    #[allow(unused_imports)]
    use super::*;
}
