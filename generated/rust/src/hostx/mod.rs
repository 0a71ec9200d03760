// SPDX-License-Identifier: MIT
// DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
// (template gen/backends/rust/templates/isa.rs.j2).  Edit the spec and run make.

//! x86 host instructions (Intel SDM), as unsafe functions around one asm! block
//! each. A memory operand the instruction reads is a local the wrapper builds
//! (a descriptor is a #[repr(C)] struct with reserved bits zero) and passes by
//! address; one it stores to is the caller's &mut.
//!
//! Not generated yet (the C headers have them):
//! - instruction cpuid: outputs of an instruction that reports only faults (the C header's 'faulted' register) are not generated for Rust yet
//! - instruction read_cr0: outputs of an instruction that reports only faults (the C header's 'faulted' register) are not generated for Rust yet
//! - instruction read_cr2: outputs of an instruction that reports only faults (the C header's 'faulted' register) are not generated for Rust yet
//! - instruction read_cr3: outputs of an instruction that reports only faults (the C header's 'faulted' register) are not generated for Rust yet
//! - instruction read_cr4: outputs of an instruction that reports only faults (the C header's 'faulted' register) are not generated for Rust yet
//! - instruction read_dr0: outputs of an instruction that reports only faults (the C header's 'faulted' register) are not generated for Rust yet
//! - instruction read_dr1: outputs of an instruction that reports only faults (the C header's 'faulted' register) are not generated for Rust yet
//! - instruction read_dr2: outputs of an instruction that reports only faults (the C header's 'faulted' register) are not generated for Rust yet
//! - instruction read_dr3: outputs of an instruction that reports only faults (the C header's 'faulted' register) are not generated for Rust yet
//! - instruction read_dr4: outputs of an instruction that reports only faults (the C header's 'faulted' register) are not generated for Rust yet
//! - instruction read_dr5: outputs of an instruction that reports only faults (the C header's 'faulted' register) are not generated for Rust yet
//! - instruction read_dr6: outputs of an instruction that reports only faults (the C header's 'faulted' register) are not generated for Rust yet
//! - instruction read_dr7: outputs of an instruction that reports only faults (the C header's 'faulted' register) are not generated for Rust yet
//! - instruction inb: outputs of an instruction that reports only faults (the C header's 'faulted' register) are not generated for Rust yet
//! - instruction inl: outputs of an instruction that reports only faults (the C header's 'faulted' register) are not generated for Rust yet
//! - instruction inw: outputs of an instruction that reports only faults (the C header's 'faulted' register) are not generated for Rust yet
//! - instruction lgdt: operand 'descriptor': a byte layout in memory (layout 'pseudo_descriptor_64') is not generated for Rust yet
//! - instruction lidt: operand 'descriptor': a byte layout in memory (layout 'pseudo_descriptor_64') is not generated for Rust yet
//! - instruction rdmsr: outputs of an instruction that reports only faults (the C header's 'faulted' register) are not generated for Rust yet
//! - instruction rdtsc: outputs of an instruction that reports only faults (the C header's 'faulted' register) are not generated for Rust yet
//! - instruction rdtscp: outputs of an instruction that reports only faults (the C header's 'faulted' register) are not generated for Rust yet
//! - instruction sgdt: operand 'descriptor': a byte layout in memory (layout 'pseudo_descriptor_64') is not generated for Rust yet
//! - instruction sidt: operand 'descriptor': a byte layout in memory (layout 'pseudo_descriptor_64') is not generated for Rust yet
//! - instruction sldt: outputs of an instruction that reports only faults (the C header's 'faulted' register) are not generated for Rust yet
//! - instruction str: outputs of an instruction that reports only faults (the C header's 'faulted' register) are not generated for Rust yet
//! - instruction xgetbv: outputs of an instruction that reports only faults (the C header's 'faulted' register) are not generated for Rust yet

#[allow(unused_imports)]
use core::arch::asm;

/// The failures of x86 host instructions (the status model: how a host
/// instruction wrapper completed): the Err of every wrapper that reports a
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

/// GDTR/IDTR pseudo-descriptor in 64-bit mode. Intel SDM Vol. 3A, Section 3.5.1
/// (Segment Descriptor Tables), Figure 3-11 (Pseudo-Descriptor Formats).
///
/// Every member at its offset; the gaps are reserved (private, zero in
/// [`PseudoDescriptor64::zeroed`]).
#[derive(Clone, Copy)]
#[repr(C, packed)]
pub struct PseudoDescriptor64 {
    /// Bytes 0x000..0x001: the table's size in bytes minus 1
    pub limit: u16,
    /// Bytes 0x002..0x009: the table's linear address
    pub base: u64,
}

const _: () = assert!(core::mem::size_of::<PseudoDescriptor64>() == 10);
const _: () = assert!(core::mem::offset_of!(PseudoDescriptor64, limit) == 0);
const _: () = assert!(core::mem::offset_of!(PseudoDescriptor64, base) == 2);

impl PseudoDescriptor64 {
    /// Every byte zero.
    pub const fn zeroed() -> Self {
        Self {
            limit: 0,
            base: 0,
        }
    }
}

impl Default for PseudoDescriptor64 {
    fn default() -> Self {
        Self::zeroed()
    }
}

/// Clear the interrupt flag.
///
/// Executes `CLI` (`FA`).
/// Clears RFLAGS.IF: maskable interrupts are held off. #GP if CPL > IOPL
/// (without VME or PVI).
/// Intel SDM Vol. 2A, Chapter 3, CLI (Clear Interrupt Flag).
///
/// Returns Ok(()); Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted (without it the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for CLI
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn cli() -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "cli",
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "cli",
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

/// Write CR0 (system control flags).
///
/// Executes `MOV CR0, r64` (`NP 0F 22 /0`).
/// Loads @value into CR0. #GP at CPL > 0 or for a value with reserved bits set
/// or an invalid combination.
/// Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Control Registers).
///
/// - `value`: the new CR0
///
/// Returns Ok(()); Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted (without it the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for MOV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn write_cr0(value: usize) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "mov {value}, %cr0",
            value = in(reg) value,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "mov {value}, %cr0",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            value = in(reg) value,
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Write CR2 (the page-fault linear address).
///
/// Executes `MOV CR2, r64` (`NP 0F 22 /2`).
/// Loads @value into CR2. #GP at CPL > 0 or for a value with reserved bits set
/// or an invalid combination.
/// Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Control Registers).
///
/// - `value`: the new CR2
///
/// Returns Ok(()); Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted (without it the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for MOV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn write_cr2(value: usize) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "mov {value}, %cr2",
            value = in(reg) value,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "mov {value}, %cr2",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            value = in(reg) value,
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Write CR3 (the page-table base).
///
/// Executes `MOV CR3, r64` (`NP 0F 22 /3`).
/// Loads @value into CR3. #GP at CPL > 0 or for a value with reserved bits set
/// or an invalid combination.
/// Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Control Registers).
///
/// - `value`: the new CR3
///
/// Returns Ok(()); Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted (without it the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for MOV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn write_cr3(value: usize) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "mov {value}, %cr3",
            value = in(reg) value,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "mov {value}, %cr3",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            value = in(reg) value,
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Write CR4 (architecture extension flags).
///
/// Executes `MOV CR4, r64` (`NP 0F 22 /4`).
/// Loads @value into CR4. #GP at CPL > 0 or for a value with reserved bits set
/// or an invalid combination.
/// Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Control Registers).
///
/// - `value`: the new CR4
///
/// Returns Ok(()); Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted (without it the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for MOV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn write_cr4(value: usize) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "mov {value}, %cr4",
            value = in(reg) value,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "mov {value}, %cr4",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            value = in(reg) value,
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Write DR0 (breakpoint address 0).
///
/// Executes `MOV DR0, r64` (`NP 0F 23 /0`).
/// Loads @value into DR0. #GP at CPL > 0, or for a value with bits 63:32 set in
/// DR6 or DR7.
/// Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
///
/// - `value`: the new DR0
///
/// Returns Ok(()); Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted (without it the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for MOV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn write_dr0(value: usize) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "mov {value}, %dr0",
            value = in(reg) value,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "mov {value}, %dr0",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            value = in(reg) value,
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Write DR1 (breakpoint address 1).
///
/// Executes `MOV DR1, r64` (`NP 0F 23 /1`).
/// Loads @value into DR1. #GP at CPL > 0, or for a value with bits 63:32 set in
/// DR6 or DR7.
/// Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
///
/// - `value`: the new DR1
///
/// Returns Ok(()); Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted (without it the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for MOV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn write_dr1(value: usize) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "mov {value}, %dr1",
            value = in(reg) value,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "mov {value}, %dr1",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            value = in(reg) value,
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Write DR2 (breakpoint address 2).
///
/// Executes `MOV DR2, r64` (`NP 0F 23 /2`).
/// Loads @value into DR2. #GP at CPL > 0, or for a value with bits 63:32 set in
/// DR6 or DR7.
/// Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
///
/// - `value`: the new DR2
///
/// Returns Ok(()); Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted (without it the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for MOV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn write_dr2(value: usize) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "mov {value}, %dr2",
            value = in(reg) value,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "mov {value}, %dr2",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            value = in(reg) value,
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Write DR3 (breakpoint address 3).
///
/// Executes `MOV DR3, r64` (`NP 0F 23 /3`).
/// Loads @value into DR3. #GP at CPL > 0, or for a value with bits 63:32 set in
/// DR6 or DR7.
/// Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
///
/// - `value`: the new DR3
///
/// Returns Ok(()); Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted (without it the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for MOV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn write_dr3(value: usize) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "mov {value}, %dr3",
            value = in(reg) value,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "mov {value}, %dr3",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            value = in(reg) value,
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Write DR4 (an alias of DR6 with CR4.DE = 0).
///
/// Executes `MOV DR4, r64` (`NP 0F 23 /4`).
/// Loads @value into DR4. #GP at CPL > 0, or for a value with bits 63:32 set in
/// DR6 or DR7. #UD with CR4.DE = 1 (DR4 and DR5 are reserved then).
/// Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
///
/// - `value`: the new DR4
///
/// Returns Ok(()); Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted (without it the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for MOV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn write_dr4(value: usize) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "mov {value}, %dr4",
            value = in(reg) value,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "mov {value}, %dr4",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            value = in(reg) value,
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Write DR5 (an alias of DR7 with CR4.DE = 0).
///
/// Executes `MOV DR5, r64` (`NP 0F 23 /5`).
/// Loads @value into DR5. #GP at CPL > 0, or for a value with bits 63:32 set in
/// DR6 or DR7. #UD with CR4.DE = 1 (DR4 and DR5 are reserved then).
/// Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
///
/// - `value`: the new DR5
///
/// Returns Ok(()); Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted (without it the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for MOV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn write_dr5(value: usize) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "mov {value}, %dr5",
            value = in(reg) value,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "mov {value}, %dr5",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            value = in(reg) value,
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Write DR6 (debug status).
///
/// Executes `MOV DR6, r64` (`NP 0F 23 /6`).
/// Loads @value into DR6. #GP at CPL > 0, or for a value with bits 63:32 set in
/// DR6 or DR7.
/// Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
///
/// - `value`: the new DR6
///
/// Returns Ok(()); Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted (without it the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for MOV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn write_dr6(value: usize) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "mov {value}, %dr6",
            value = in(reg) value,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "mov {value}, %dr6",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            value = in(reg) value,
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Write DR7 (debug control).
///
/// Executes `MOV DR7, r64` (`NP 0F 23 /7`).
/// Loads @value into DR7. #GP at CPL > 0, or for a value with bits 63:32 set in
/// DR6 or DR7.
/// Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
///
/// - `value`: the new DR7
///
/// Returns Ok(()); Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted (without it the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for MOV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn write_dr7(value: usize) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "mov {value}, %dr7",
            value = in(reg) value,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "mov {value}, %dr7",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            value = in(reg) value,
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
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

/// Load the local descriptor table register.
///
/// Executes `LLDT r16` (`NP 0F 00 /2`).
/// Loads LDTR from the LDT descriptor @selector selects in the GDT (a null
/// selector leaves LDTR unusable). #GP at CPL > 0 or for a selector that is not
/// an LDT descriptor's.
/// Intel SDM Vol. 2A, Chapter 3, LLDT (Load Local Descriptor Table Register).
///
/// - `selector`: the LDT's selector (0: none)
///
/// Returns Ok(()); Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted (without it the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for LLDT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn lldt(selector: u16) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "lldt {selector:x}",
            selector = in(reg) selector,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "lldt {selector:x}",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            selector = in(reg) selector,
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Load the task register.
///
/// Executes `LTR r16` (`NP 0F 00 /3`).
/// Loads TR from the TSS descriptor @selector selects in the GDT and marks the
/// TSS busy. #GP at CPL > 0, for a null or non-TSS selector or a busy TSS.
/// Intel SDM Vol. 2A, Chapter 3, LTR (Load Task Register).
///
/// - `selector`: the TSS's selector
///
/// Returns Ok(()); Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted (without it the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for LTR
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn ltr(selector: u16) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "ltr {selector:x}",
            selector = in(reg) selector,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "ltr {selector:x}",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            selector = in(reg) selector,
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Write 8 bits to an I/O port.
///
/// Executes `OUT DX, AL` (`EE`).
/// Writes @value (AL) to the I/O port @port (DX). #GP if CPL > IOPL and the
/// TSS's I/O permission bitmap denies the port.
/// Intel SDM Vol. 2B, Chapter 4, OUT (Output to Port).
///
/// - `port`: the port (DX)
/// - `value`: the value written (AL)
///
/// Returns Ok(()); Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted (without it the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for OUT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn outb(port: u16, value: u8) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "out %al, %dx",
            in("dx") port,
            in("al") value,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "out %al, %dx",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            in("dx") port,
            in("al") value,
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Write 32 bits to an I/O port.
///
/// Executes `OUT DX, EAX` (`EF`).
/// Writes @value (EAX) to the I/O port @port (DX). #GP if CPL > IOPL and the
/// TSS's I/O permission bitmap denies the port.
/// Intel SDM Vol. 2B, Chapter 4, OUT (Output to Port).
///
/// - `port`: the port (DX)
/// - `value`: the value written (EAX)
///
/// Returns Ok(()); Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted (without it the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for OUT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn outl(port: u16, value: u32) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "out %eax, %dx",
            in("dx") port,
            in("eax") value,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "out %eax, %dx",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            in("dx") port,
            in("eax") value,
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Write 16 bits to an I/O port.
///
/// Executes `OUT DX, AX` (`66 EF`).
/// Writes @value (AX) to the I/O port @port (DX). #GP if CPL > IOPL and the
/// TSS's I/O permission bitmap denies the port.
/// Intel SDM Vol. 2B, Chapter 4, OUT (Output to Port).
///
/// - `port`: the port (DX)
/// - `value`: the value written (AX)
///
/// Returns Ok(()); Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted (without it the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for OUT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn outw(port: u16, value: u16) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "out %ax, %dx",
            in("dx") port,
            in("ax") value,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "out %ax, %dx",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            in("dx") port,
            in("ax") value,
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

/// Set the interrupt flag.
///
/// Executes `STI` (`FB`).
/// Sets RFLAGS.IF: maskable interrupts are taken from the end of the next
/// instruction on. #GP if CPL > IOPL (without VME or PVI).
/// Intel SDM Vol. 2B, Chapter 4, STI (Set Interrupt Flag).
///
/// Returns Ok(()); Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted (without it the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for STI
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn sti() -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "sti",
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "sti",
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
/// Intel SDM Vol. 2D, Chapter 6, WRMSR (Write to Model Specific Register).
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
/// Intel SDM Vol. 2D, Chapter 6, XSETBV (Set Extended Control Register).
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

    /// PseudoDescriptor64::zeroed() is 10 zero bytes (its offsets are
    /// asserted at compile time).
    #[test]
    fn zeroed_pseudo_descriptor_64() {
        let z = PseudoDescriptor64::zeroed();
        let bytes: [u8; 10] = unsafe { core::mem::transmute_copy(&z) };
        assert!(bytes.iter().all(|&x| x == 0));
    }
}
