// SPDX-License-Identifier: MIT
// DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
// (template gen/backends/rust/templates/isa.rs.j2).  Edit the spec and run make.

//! x86 host instructions (Intel SDM), as unsafe functions around one asm! block
//! each. A memory operand the instruction reads is a local the wrapper builds
//! (a descriptor is a #[repr(C)] struct with reserved bits zero) and passes by
//! address; one it stores to is the caller's &mut.

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

/// INVPCID invalidation type (register operand of INVPCID). Intel SDM Vol. 2A,
/// Chapter 3, INVPCID (Operation).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum InvpcidType {
    /// invalidate the mappings of one linear address for one PCID (global ones
    /// included)
    IndividualAddress = 0,
    /// invalidate all mappings tagged with one PCID (not global ones)
    SingleContext = 1,
    /// invalidate all mappings of every PCID, global ones included
    AllContextIncludingGlobals = 2,
    /// invalidate all mappings of every PCID but global ones
    AllContext = 3,
}

impl InvpcidType {
    /// The spec's name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::IndividualAddress => "INDIVIDUAL_ADDRESS",
            Self::SingleContext => "SINGLE_CONTEXT",
            Self::AllContextIncludingGlobals => "ALL_CONTEXT_INCLUDING_GLOBALS",
            Self::AllContext => "ALL_CONTEXT",
        }
    }

    /// The value with this number, if there is one.
    pub const fn from_raw(raw: u32) -> Option<Self> {
        match raw {
            0 => Some(Self::IndividualAddress),
            1 => Some(Self::SingleContext),
            2 => Some(Self::AllContextIncludingGlobals),
            3 => Some(Self::AllContext),
            _ => None,
        }
    }
}

/// INVPCID descriptor. Intel SDM Vol. 2A, Chapter 3, INVPCID, Figure 3-24
/// (INVPCID Descriptor).
///
/// Built by [`InvpcidDescriptor::new`] with every reserved bit as the manual
/// requires (zero).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct InvpcidDescriptor {
    bits_63_0: u64,
    linear_address: u64,
}

const _: () = assert!(core::mem::size_of::<InvpcidDescriptor>() == 16);
const _: () = assert!(core::mem::offset_of!(InvpcidDescriptor, bits_63_0) == 0);
const _: () = assert!(core::mem::offset_of!(InvpcidDescriptor, linear_address) == 8);

impl InvpcidDescriptor {
    /// The invpcid_descriptor with these fields, reserved bits as required.
    #[inline(always)]
    pub const fn new(pcid: u16, linear_address: u64) -> Self {
        Self {
            bits_63_0: (pcid as u64 & 0xfff) << 0,
            linear_address: linear_address as u64,
        }
    }

    /// Bits 11:0: process-context identifier.
    #[inline(always)]
    pub const fn pcid(&self) -> u16 {
        (self.bits_63_0 >> 0 & 0xfff) as u16
    }

    /// Bits 127:64: the linear address (individual-address type only).
    #[inline(always)]
    pub const fn linear_address(&self) -> u64 {
        self.linear_address as u64
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

/// GDTR/IDTR pseudo-descriptor in 32-bit mode. Intel SDM Vol. 3A, Section 3.5.1
/// (Segment Descriptor Tables), Figure 3-11 (Pseudo-Descriptor Formats).
///
/// Every member at its offset; the gaps are reserved (private, zero in
/// [`PseudoDescriptor32::zeroed`]).
#[derive(Clone, Copy)]
#[repr(C, packed)]
pub struct PseudoDescriptor32 {
    /// Bytes 0x000..0x001: the table's size in bytes minus 1
    pub limit: u16,
    /// Bytes 0x002..0x005: the table's linear address
    pub base: u32,
}

const _: () = assert!(core::mem::size_of::<PseudoDescriptor32>() == 6);
const _: () = assert!(core::mem::offset_of!(PseudoDescriptor32, limit) == 0);
const _: () = assert!(core::mem::offset_of!(PseudoDescriptor32, base) == 2);

impl PseudoDescriptor32 {
    /// Every byte zero.
    pub const fn zeroed() -> Self {
        Self {
            limit: 0,
            base: 0,
        }
    }
}

impl Default for PseudoDescriptor32 {
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
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
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
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
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

/// Processor identification and feature information.
///
/// Executes `CPUID` (`NP 0F A2`).
/// Returns the information of leaf @leaf (EAX) and subleaf @subleaf (ECX,
/// ignored by the leaves without subleaves) in EAX, EBX, ECX and EDX. Executes
/// at any privilege level (unless CPUID faulting is on); under a hypervisor it
/// always exits to it.
/// Intel SDM Vol. 2A, Chapter 3, CPUID (CPU Identification).
///
/// - `leaf`: the leaf (EAX)
/// - `subleaf`: the subleaf (ECX)
///
/// Returns `Ok((eax, ebx, ecx, edx))`; Err(HostxFail::Fault) only with the
/// fault-hook feature, if the instruction faulted, with no output (without the
/// feature the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for CPUID
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn cpuid(leaf: u32, subleaf: u32) -> Result<(u32, u32, u32, u32), HostxFail> {
    let eax: u32;
    let ebx: u32;
    let ecx: u32;
    let edx: u32;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            swap_rbx!("ebx_rbx"),
            "cpuid",
            swap_rbx!("ebx_rbx"),
            in("eax") leaf,
            in("ecx") subleaf,
            lateout("eax") eax,
            ebx_rbx = out(reg) ebx,
            lateout("ecx") ecx,
            lateout("edx") edx,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        let faulted: u32;
        asm!(
            "xor {faulted:e}, {faulted:e}",
            swap_rbx!("ebx_rbx"),
            "4:",
            "cpuid",
            "jmp 6f",
            "5:",
            "mov $1, {faulted:e}",
            "6:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            swap_rbx!("ebx_rbx"),
            in("eax") leaf,
            in("ecx") subleaf,
            lateout("eax") eax,
            ebx_rbx = out(reg) ebx,
            lateout("ecx") ecx,
            lateout("edx") edx,
            faulted = out(reg) faulted,
            options(att_syntax, nostack),
        );
        if faulted != 0 {
            crate::cold();
            return Err(HostxFail::Fault);
        }
    }
    Ok((eax, ebx, ecx, edx))
}

/// Read CR0 (system control flags).
///
/// Executes `MOV r64, CR0` (`NP 0F 20 /0`).
/// Returns CR0 in @value (64 bits in 64-bit mode, 32 outside). #GP at CPL > 0.
/// Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Control Registers).
///
/// Returns `Ok(value)`; Err(HostxFail::Fault) only with the fault-hook feature,
/// if the instruction faulted, with no output (without the feature the error
/// type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for MOV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn read_cr0() -> Result<usize, HostxFail> {
    let value: usize;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "mov %cr0, {value}",
            value = lateout(reg) value,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        let faulted: u32;
        asm!(
            "xor {faulted:e}, {faulted:e}",
            "4:",
            "mov %cr0, {value}",
            "jmp 6f",
            "5:",
            "mov $1, {faulted:e}",
            "6:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            value = lateout(reg) value,
            faulted = out(reg) faulted,
            options(att_syntax, nostack, nomem),
        );
        if faulted != 0 {
            crate::cold();
            return Err(HostxFail::Fault);
        }
    }
    Ok(value)
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
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
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

/// Read CR2 (the page-fault linear address).
///
/// Executes `MOV r64, CR2` (`NP 0F 20 /2`).
/// Returns CR2 in @value (64 bits in 64-bit mode, 32 outside). #GP at CPL > 0.
/// Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Control Registers).
///
/// Returns `Ok(value)`; Err(HostxFail::Fault) only with the fault-hook feature,
/// if the instruction faulted, with no output (without the feature the error
/// type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for MOV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn read_cr2() -> Result<usize, HostxFail> {
    let value: usize;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "mov %cr2, {value}",
            value = lateout(reg) value,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        let faulted: u32;
        asm!(
            "xor {faulted:e}, {faulted:e}",
            "4:",
            "mov %cr2, {value}",
            "jmp 6f",
            "5:",
            "mov $1, {faulted:e}",
            "6:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            value = lateout(reg) value,
            faulted = out(reg) faulted,
            options(att_syntax, nostack, nomem),
        );
        if faulted != 0 {
            crate::cold();
            return Err(HostxFail::Fault);
        }
    }
    Ok(value)
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
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
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

/// Read CR3 (the page-table base).
///
/// Executes `MOV r64, CR3` (`NP 0F 20 /3`).
/// Returns CR3 in @value (64 bits in 64-bit mode, 32 outside). #GP at CPL > 0.
/// Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Control Registers).
///
/// Returns `Ok(value)`; Err(HostxFail::Fault) only with the fault-hook feature,
/// if the instruction faulted, with no output (without the feature the error
/// type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for MOV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn read_cr3() -> Result<usize, HostxFail> {
    let value: usize;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "mov %cr3, {value}",
            value = lateout(reg) value,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        let faulted: u32;
        asm!(
            "xor {faulted:e}, {faulted:e}",
            "4:",
            "mov %cr3, {value}",
            "jmp 6f",
            "5:",
            "mov $1, {faulted:e}",
            "6:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            value = lateout(reg) value,
            faulted = out(reg) faulted,
            options(att_syntax, nostack, nomem),
        );
        if faulted != 0 {
            crate::cold();
            return Err(HostxFail::Fault);
        }
    }
    Ok(value)
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
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
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

/// Read CR4 (architecture extension flags).
///
/// Executes `MOV r64, CR4` (`NP 0F 20 /4`).
/// Returns CR4 in @value (64 bits in 64-bit mode, 32 outside). #GP at CPL > 0.
/// Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Control Registers).
///
/// Returns `Ok(value)`; Err(HostxFail::Fault) only with the fault-hook feature,
/// if the instruction faulted, with no output (without the feature the error
/// type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for MOV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn read_cr4() -> Result<usize, HostxFail> {
    let value: usize;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "mov %cr4, {value}",
            value = lateout(reg) value,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        let faulted: u32;
        asm!(
            "xor {faulted:e}, {faulted:e}",
            "4:",
            "mov %cr4, {value}",
            "jmp 6f",
            "5:",
            "mov $1, {faulted:e}",
            "6:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            value = lateout(reg) value,
            faulted = out(reg) faulted,
            options(att_syntax, nostack, nomem),
        );
        if faulted != 0 {
            crate::cold();
            return Err(HostxFail::Fault);
        }
    }
    Ok(value)
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
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
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

/// Read CR8 (task priority).
///
/// Executes `MOV r64, CR8` (`NP REX.R + 0F 20 /0`).
/// Returns CR8 in @value: the task-priority class of the local APIC's TPR in
/// bits 3:0, the rest zero. #GP at CPL > 0. 64-bit mode only.
/// Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Control Registers).
///
/// Returns `Ok(value)`; Err(HostxFail::Fault) only with the fault-hook feature,
/// if the instruction faulted, with no output (without the feature the error
/// type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for MOV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn read_cr8() -> Result<usize, HostxFail> {
    let value: usize;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "mov %cr8, {value}",
            value = lateout(reg) value,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        let faulted: u32;
        asm!(
            "xor {faulted:e}, {faulted:e}",
            "4:",
            "mov %cr8, {value}",
            "jmp 6f",
            "5:",
            "mov $1, {faulted:e}",
            "6:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            value = lateout(reg) value,
            faulted = out(reg) faulted,
            options(att_syntax, nostack, nomem),
        );
        if faulted != 0 {
            crate::cold();
            return Err(HostxFail::Fault);
        }
    }
    Ok(value)
}

/// Write CR8 (task priority).
///
/// Executes `MOV CR8, r64` (`NP REX.R + 0F 22 /0`).
/// Loads @value into CR8 (the task-priority class, bits 3:0). #GP at CPL > 0 or
/// for a value with bits 63:4 set. 64-bit mode only.
/// Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Control Registers).
///
/// - `value`: the new CR8
///
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for MOV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn write_cr8(value: usize) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "mov {value}, %cr8",
            value = in(reg) value,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "mov {value}, %cr8",
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

/// Read DR0 (breakpoint address 0).
///
/// Executes `MOV r64, DR0` (`NP 0F 21 /0`).
/// Returns DR0 in @value (64 bits in 64-bit mode, 32 outside). #GP at CPL > 0.
/// Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
///
/// Returns `Ok(value)`; Err(HostxFail::Fault) only with the fault-hook feature,
/// if the instruction faulted, with no output (without the feature the error
/// type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for MOV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn read_dr0() -> Result<usize, HostxFail> {
    let value: usize;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "mov %dr0, {value}",
            value = lateout(reg) value,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        let faulted: u32;
        asm!(
            "xor {faulted:e}, {faulted:e}",
            "4:",
            "mov %dr0, {value}",
            "jmp 6f",
            "5:",
            "mov $1, {faulted:e}",
            "6:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            value = lateout(reg) value,
            faulted = out(reg) faulted,
            options(att_syntax, nostack, nomem),
        );
        if faulted != 0 {
            crate::cold();
            return Err(HostxFail::Fault);
        }
    }
    Ok(value)
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
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
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

/// Read DR1 (breakpoint address 1).
///
/// Executes `MOV r64, DR1` (`NP 0F 21 /1`).
/// Returns DR1 in @value (64 bits in 64-bit mode, 32 outside). #GP at CPL > 0.
/// Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
///
/// Returns `Ok(value)`; Err(HostxFail::Fault) only with the fault-hook feature,
/// if the instruction faulted, with no output (without the feature the error
/// type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for MOV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn read_dr1() -> Result<usize, HostxFail> {
    let value: usize;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "mov %dr1, {value}",
            value = lateout(reg) value,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        let faulted: u32;
        asm!(
            "xor {faulted:e}, {faulted:e}",
            "4:",
            "mov %dr1, {value}",
            "jmp 6f",
            "5:",
            "mov $1, {faulted:e}",
            "6:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            value = lateout(reg) value,
            faulted = out(reg) faulted,
            options(att_syntax, nostack, nomem),
        );
        if faulted != 0 {
            crate::cold();
            return Err(HostxFail::Fault);
        }
    }
    Ok(value)
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
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
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

/// Read DR2 (breakpoint address 2).
///
/// Executes `MOV r64, DR2` (`NP 0F 21 /2`).
/// Returns DR2 in @value (64 bits in 64-bit mode, 32 outside). #GP at CPL > 0.
/// Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
///
/// Returns `Ok(value)`; Err(HostxFail::Fault) only with the fault-hook feature,
/// if the instruction faulted, with no output (without the feature the error
/// type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for MOV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn read_dr2() -> Result<usize, HostxFail> {
    let value: usize;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "mov %dr2, {value}",
            value = lateout(reg) value,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        let faulted: u32;
        asm!(
            "xor {faulted:e}, {faulted:e}",
            "4:",
            "mov %dr2, {value}",
            "jmp 6f",
            "5:",
            "mov $1, {faulted:e}",
            "6:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            value = lateout(reg) value,
            faulted = out(reg) faulted,
            options(att_syntax, nostack, nomem),
        );
        if faulted != 0 {
            crate::cold();
            return Err(HostxFail::Fault);
        }
    }
    Ok(value)
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
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
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

/// Read DR3 (breakpoint address 3).
///
/// Executes `MOV r64, DR3` (`NP 0F 21 /3`).
/// Returns DR3 in @value (64 bits in 64-bit mode, 32 outside). #GP at CPL > 0.
/// Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
///
/// Returns `Ok(value)`; Err(HostxFail::Fault) only with the fault-hook feature,
/// if the instruction faulted, with no output (without the feature the error
/// type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for MOV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn read_dr3() -> Result<usize, HostxFail> {
    let value: usize;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "mov %dr3, {value}",
            value = lateout(reg) value,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        let faulted: u32;
        asm!(
            "xor {faulted:e}, {faulted:e}",
            "4:",
            "mov %dr3, {value}",
            "jmp 6f",
            "5:",
            "mov $1, {faulted:e}",
            "6:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            value = lateout(reg) value,
            faulted = out(reg) faulted,
            options(att_syntax, nostack, nomem),
        );
        if faulted != 0 {
            crate::cold();
            return Err(HostxFail::Fault);
        }
    }
    Ok(value)
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
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
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

/// Read DR4 (an alias of DR6 with CR4.DE = 0).
///
/// Executes `MOV r64, DR4` (`NP 0F 21 /4`).
/// Returns DR4 in @value (64 bits in 64-bit mode, 32 outside). #GP at CPL > 0.
/// #UD with CR4.DE = 1 (DR4 and DR5 are reserved then).
/// Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
///
/// Returns `Ok(value)`; Err(HostxFail::Fault) only with the fault-hook feature,
/// if the instruction faulted, with no output (without the feature the error
/// type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for MOV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn read_dr4() -> Result<usize, HostxFail> {
    let value: usize;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "mov %dr4, {value}",
            value = lateout(reg) value,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        let faulted: u32;
        asm!(
            "xor {faulted:e}, {faulted:e}",
            "4:",
            "mov %dr4, {value}",
            "jmp 6f",
            "5:",
            "mov $1, {faulted:e}",
            "6:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            value = lateout(reg) value,
            faulted = out(reg) faulted,
            options(att_syntax, nostack, nomem),
        );
        if faulted != 0 {
            crate::cold();
            return Err(HostxFail::Fault);
        }
    }
    Ok(value)
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
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
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

/// Read DR5 (an alias of DR7 with CR4.DE = 0).
///
/// Executes `MOV r64, DR5` (`NP 0F 21 /5`).
/// Returns DR5 in @value (64 bits in 64-bit mode, 32 outside). #GP at CPL > 0.
/// #UD with CR4.DE = 1 (DR4 and DR5 are reserved then).
/// Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
///
/// Returns `Ok(value)`; Err(HostxFail::Fault) only with the fault-hook feature,
/// if the instruction faulted, with no output (without the feature the error
/// type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for MOV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn read_dr5() -> Result<usize, HostxFail> {
    let value: usize;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "mov %dr5, {value}",
            value = lateout(reg) value,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        let faulted: u32;
        asm!(
            "xor {faulted:e}, {faulted:e}",
            "4:",
            "mov %dr5, {value}",
            "jmp 6f",
            "5:",
            "mov $1, {faulted:e}",
            "6:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            value = lateout(reg) value,
            faulted = out(reg) faulted,
            options(att_syntax, nostack, nomem),
        );
        if faulted != 0 {
            crate::cold();
            return Err(HostxFail::Fault);
        }
    }
    Ok(value)
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
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
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

/// Read DR6 (debug status).
///
/// Executes `MOV r64, DR6` (`NP 0F 21 /6`).
/// Returns DR6 in @value (64 bits in 64-bit mode, 32 outside). #GP at CPL > 0.
/// Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
///
/// Returns `Ok(value)`; Err(HostxFail::Fault) only with the fault-hook feature,
/// if the instruction faulted, with no output (without the feature the error
/// type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for MOV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn read_dr6() -> Result<usize, HostxFail> {
    let value: usize;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "mov %dr6, {value}",
            value = lateout(reg) value,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        let faulted: u32;
        asm!(
            "xor {faulted:e}, {faulted:e}",
            "4:",
            "mov %dr6, {value}",
            "jmp 6f",
            "5:",
            "mov $1, {faulted:e}",
            "6:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            value = lateout(reg) value,
            faulted = out(reg) faulted,
            options(att_syntax, nostack, nomem),
        );
        if faulted != 0 {
            crate::cold();
            return Err(HostxFail::Fault);
        }
    }
    Ok(value)
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
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
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

/// Read DR7 (debug control).
///
/// Executes `MOV r64, DR7` (`NP 0F 21 /7`).
/// Returns DR7 in @value (64 bits in 64-bit mode, 32 outside). #GP at CPL > 0.
/// Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
///
/// Returns `Ok(value)`; Err(HostxFail::Fault) only with the fault-hook feature,
/// if the instruction faulted, with no output (without the feature the error
/// type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for MOV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn read_dr7() -> Result<usize, HostxFail> {
    let value: usize;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "mov %dr7, {value}",
            value = lateout(reg) value,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        let faulted: u32;
        asm!(
            "xor {faulted:e}, {faulted:e}",
            "4:",
            "mov %dr7, {value}",
            "jmp 6f",
            "5:",
            "mov $1, {faulted:e}",
            "6:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            value = lateout(reg) value,
            faulted = out(reg) faulted,
            options(att_syntax, nostack, nomem),
        );
        if faulted != 0 {
            crate::cold();
            return Err(HostxFail::Fault);
        }
    }
    Ok(value)
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
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
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
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
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

/// Read 8 bits from an I/O port.
///
/// Executes `IN AL, DX` (`EC`).
/// Reads AL from the I/O port @port (DX) into @value. #GP if CPL > IOPL and the
/// TSS's I/O permission bitmap denies the port.
/// Intel SDM Vol. 2A, Chapter 3, IN (Input from Port).
///
/// - `port`: the port (DX)
///
/// Returns `Ok(value)`; Err(HostxFail::Fault) only with the fault-hook feature,
/// if the instruction faulted, with no output (without the feature the error
/// type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for IN
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn inb(port: u16) -> Result<u8, HostxFail> {
    let value: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "in %dx, %al",
            lateout("al") value,
            in("dx") port,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        let faulted: u32;
        asm!(
            "xor {faulted:e}, {faulted:e}",
            "4:",
            "in %dx, %al",
            "jmp 6f",
            "5:",
            "mov $1, {faulted:e}",
            "6:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            lateout("al") value,
            in("dx") port,
            faulted = out(reg) faulted,
            options(att_syntax, nostack),
        );
        if faulted != 0 {
            crate::cold();
            return Err(HostxFail::Fault);
        }
    }
    Ok(value)
}

/// Read 8 bits from an I/O port given as a constant.
///
/// Executes `IN AL, imm8` (`E4 ib`).
/// Reads AL from the I/O port @port, an integer constant expression 0..255 (the
/// instruction's imm8), into @value. #GP if CPL > IOPL and the TSS's I/O
/// permission bitmap denies the port.
/// Intel SDM Vol. 2A, Chapter 3, IN (Input from Port).
///
/// - `PORT`: the port (imm8), a const generic (`inb_imm8::<0x80>(..)`): the
///   instruction's immediate
///
/// Returns `Ok(value)`; Err(HostxFail::Fault) only with the fault-hook feature,
/// if the instruction faulted, with no output (without the feature the error
/// type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for IN
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn inb_imm8<const PORT: u8>() -> Result<u8, HostxFail> {
    let value: u8;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "in ${port}, %al",
            lateout("al") value,
            port = const PORT,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        let faulted: u32;
        asm!(
            "xor {faulted:e}, {faulted:e}",
            "4:",
            "in ${port}, %al",
            "jmp 6f",
            "5:",
            "mov $1, {faulted:e}",
            "6:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            lateout("al") value,
            port = const PORT,
            faulted = out(reg) faulted,
            options(att_syntax, nostack),
        );
        if faulted != 0 {
            crate::cold();
            return Err(HostxFail::Fault);
        }
    }
    Ok(value)
}

/// Read 32 bits from an I/O port.
///
/// Executes `IN EAX, DX` (`ED`).
/// Reads EAX from the I/O port @port (DX) into @value. #GP if CPL > IOPL and
/// the TSS's I/O permission bitmap denies the port.
/// Intel SDM Vol. 2A, Chapter 3, IN (Input from Port).
///
/// - `port`: the port (DX)
///
/// Returns `Ok(value)`; Err(HostxFail::Fault) only with the fault-hook feature,
/// if the instruction faulted, with no output (without the feature the error
/// type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for IN
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn inl(port: u16) -> Result<u32, HostxFail> {
    let value: u32;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "in %dx, %eax",
            lateout("eax") value,
            in("dx") port,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        let faulted: u32;
        asm!(
            "xor {faulted:e}, {faulted:e}",
            "4:",
            "in %dx, %eax",
            "jmp 6f",
            "5:",
            "mov $1, {faulted:e}",
            "6:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            lateout("eax") value,
            in("dx") port,
            faulted = out(reg) faulted,
            options(att_syntax, nostack),
        );
        if faulted != 0 {
            crate::cold();
            return Err(HostxFail::Fault);
        }
    }
    Ok(value)
}

/// Read 32 bits from an I/O port given as a constant.
///
/// Executes `IN EAX, imm8` (`E5 ib`).
/// Reads EAX from the I/O port @port, an integer constant expression 0..255
/// (the instruction's imm8), into @value. #GP if CPL > IOPL and the TSS's I/O
/// permission bitmap denies the port.
/// Intel SDM Vol. 2A, Chapter 3, IN (Input from Port).
///
/// - `PORT`: the port (imm8), a const generic (`inl_imm8::<0x80>(..)`): the
///   instruction's immediate
///
/// Returns `Ok(value)`; Err(HostxFail::Fault) only with the fault-hook feature,
/// if the instruction faulted, with no output (without the feature the error
/// type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for IN
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn inl_imm8<const PORT: u8>() -> Result<u32, HostxFail> {
    let value: u32;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "in ${port}, %eax",
            lateout("eax") value,
            port = const PORT,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        let faulted: u32;
        asm!(
            "xor {faulted:e}, {faulted:e}",
            "4:",
            "in ${port}, %eax",
            "jmp 6f",
            "5:",
            "mov $1, {faulted:e}",
            "6:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            lateout("eax") value,
            port = const PORT,
            faulted = out(reg) faulted,
            options(att_syntax, nostack),
        );
        if faulted != 0 {
            crate::cold();
            return Err(HostxFail::Fault);
        }
    }
    Ok(value)
}

/// Invalidate the TLB entries of one page.
///
/// Executes `INVLPG m8` (`NP 0F 01 /7`).
/// Invalidates the TLB and paging-structure cache entries of the page holding
/// the linear address @address (for the current PCID; global entries too).
/// Memory is not accessed: the operand's address is what counts. #GP at CPL >
/// 0.
/// Intel SDM Vol. 2A, Chapter 3, INVLPG (Invalidate TLB Entries).
///
/// - `address`: the linear address whose page's entries go
///
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for INVLPG
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// `address` must be the linear address whose page's entries go: the processor
/// uses it as such.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn invlpg(address: *const u8) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "invlpg ({address})",
            address = in(reg) address,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "invlpg ({address})",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            address = in(reg) address,
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Invalidate TLB entries by process-context identifier.
///
/// Executes `INVPCID r64, m128` (`66 0F 38 82 /r`).
/// Invalidates the TLB and paging-structure cache entries that @type selects,
/// for the PCID and linear address of the descriptor. #GP at CPL > 0, for a
/// type above 3, reserved descriptor bits set, a non-canonical address
/// (individual-address type) or a PCID other than 0 with CR4.PCIDE = 0; #UD if
/// CPUID.(EAX=07H,ECX=0):EBX.INVPCID[bit 10] = 0. The raw form passes any type
/// and the descriptor's bytes.
/// Intel SDM Vol. 2A, Chapter 3 (Instruction Set Reference, A-L), INVPCID.
///
/// - `type`: invalidation type
/// - `pcid`: process-context identifier
/// - `linear_address`: the linear address (individual-address type only)
///
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for INVPCID
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn invpcid(r#type: InvpcidType, pcid: u16, linear_address: u64) -> Result<(), HostxFail> {
    let descriptor = InvpcidDescriptor::new(pcid, linear_address);
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "invpcid ({descriptor}), {type_}",
            type_ = in(reg) r#type as usize,
            descriptor = in(reg) core::ptr::addr_of!(descriptor),
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "invpcid ({descriptor}), {type_}",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            type_ = in(reg) r#type as usize,
            descriptor = in(reg) core::ptr::addr_of!(descriptor),
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Invalidate TLB entries by process-context identifier.
///
/// Executes `INVPCID r64, m128` (`66 0F 38 82 /r`).
/// Invalidates the TLB and paging-structure cache entries that @type selects,
/// for the PCID and linear address of the descriptor. #GP at CPL > 0, for a
/// type above 3, reserved descriptor bits set, a non-canonical address
/// (individual-address type) or a PCID other than 0 with CR4.PCIDE = 0; #UD if
/// CPUID.(EAX=07H,ECX=0):EBX.INVPCID[bit 10] = 0. The raw form passes any type
/// and the descriptor's bytes.
/// Intel SDM Vol. 2A, Chapter 3 (Instruction Set Reference, A-L), INVPCID.
///
/// - `type`: invalidation type
/// - `descriptor`: its 16 bytes, reserved bits included
///
/// This form takes the memory operand as bytes, reserved bits included, and
/// any value of the register operands: to forward a guest's operand or probe
/// reserved bits.
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for INVPCID
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn invpcid_raw(r#type: usize, descriptor: &[u8; 16]) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "invpcid ({descriptor}), {type_}",
            type_ = in(reg) r#type,
            descriptor = in(reg) descriptor as *const [u8; 16],
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "invpcid ({descriptor}), {type_}",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            type_ = in(reg) r#type,
            descriptor = in(reg) descriptor as *const [u8; 16],
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Read 16 bits from an I/O port.
///
/// Executes `IN AX, DX` (`66 ED`).
/// Reads AX from the I/O port @port (DX) into @value. #GP if CPL > IOPL and the
/// TSS's I/O permission bitmap denies the port.
/// Intel SDM Vol. 2A, Chapter 3, IN (Input from Port).
///
/// - `port`: the port (DX)
///
/// Returns `Ok(value)`; Err(HostxFail::Fault) only with the fault-hook feature,
/// if the instruction faulted, with no output (without the feature the error
/// type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for IN
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn inw(port: u16) -> Result<u16, HostxFail> {
    let value: u16;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "in %dx, %ax",
            lateout("ax") value,
            in("dx") port,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        let faulted: u32;
        asm!(
            "xor {faulted:e}, {faulted:e}",
            "4:",
            "in %dx, %ax",
            "jmp 6f",
            "5:",
            "mov $1, {faulted:e}",
            "6:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            lateout("ax") value,
            in("dx") port,
            faulted = out(reg) faulted,
            options(att_syntax, nostack),
        );
        if faulted != 0 {
            crate::cold();
            return Err(HostxFail::Fault);
        }
    }
    Ok(value)
}

/// Read 16 bits from an I/O port given as a constant.
///
/// Executes `IN AX, imm8` (`66 E5 ib`).
/// Reads AX from the I/O port @port, an integer constant expression 0..255 (the
/// instruction's imm8), into @value. #GP if CPL > IOPL and the TSS's I/O
/// permission bitmap denies the port.
/// Intel SDM Vol. 2A, Chapter 3, IN (Input from Port).
///
/// - `PORT`: the port (imm8), a const generic (`inw_imm8::<0x80>(..)`): the
///   instruction's immediate
///
/// Returns `Ok(value)`; Err(HostxFail::Fault) only with the fault-hook feature,
/// if the instruction faulted, with no output (without the feature the error
/// type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for IN
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn inw_imm8<const PORT: u8>() -> Result<u16, HostxFail> {
    let value: u16;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "in ${port}, %ax",
            lateout("ax") value,
            port = const PORT,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        let faulted: u32;
        asm!(
            "xor {faulted:e}, {faulted:e}",
            "4:",
            "in ${port}, %ax",
            "jmp 6f",
            "5:",
            "mov $1, {faulted:e}",
            "6:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            lateout("ax") value,
            port = const PORT,
            faulted = out(reg) faulted,
            options(att_syntax, nostack),
        );
        if faulted != 0 {
            crate::cold();
            return Err(HostxFail::Fault);
        }
    }
    Ok(value)
}

/// Load the global descriptor table register (64-bit mode).
///
/// Executes `LGDT m80` (`NP 0F 01 /2`).
/// Loads GDTR from the pseudo-descriptor at @descriptor. #GP at CPL > 0 (in
/// 64-bit mode also for a non-canonical base). The pseudo-descriptor is 10
/// bytes in 64-bit mode.
/// Intel SDM Vol. 2A, Chapter 3, LGDT/LIDT (Load Global/Interrupt Descriptor Table Register).
///
/// - `descriptor`: the GDTR pseudo-descriptor (10 bytes)
///
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for LGDT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn lgdt(descriptor: &PseudoDescriptor64) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "lgdt ({descriptor})",
            descriptor = in(reg) descriptor as *const PseudoDescriptor64,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "lgdt ({descriptor})",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            descriptor = in(reg) descriptor as *const PseudoDescriptor64,
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Load the global descriptor table register (64-bit mode).
///
/// Executes `LGDT m80` (`NP 0F 01 /2`).
/// Loads GDTR from the pseudo-descriptor at @descriptor. #GP at CPL > 0 (in
/// 64-bit mode also for a non-canonical base). The pseudo-descriptor is 10
/// bytes in 64-bit mode.
/// Intel SDM Vol. 2A, Chapter 3, LGDT/LIDT (Load Global/Interrupt Descriptor Table Register).
///
/// - `descriptor`: its 10 bytes, reserved bits included
///
/// This form takes the memory operand as bytes, reserved bits included, and
/// any value of the register operands: to forward a guest's operand or probe
/// reserved bits.
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for LGDT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn lgdt_raw(descriptor: &[u8; 10]) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "lgdt ({descriptor})",
            descriptor = in(reg) descriptor as *const [u8; 10],
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "lgdt ({descriptor})",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            descriptor = in(reg) descriptor as *const [u8; 10],
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Load the global descriptor table register (32-bit mode).
///
/// Executes `LGDT m48` (`NP 0F 01 /2`).
/// Loads GDTR from the pseudo-descriptor at @descriptor. #GP at CPL > 0 (in
/// 64-bit mode also for a non-canonical base). The pseudo-descriptor is 6 bytes
/// in 32-bit mode.
/// Intel SDM Vol. 2A, Chapter 3, LGDT/LIDT (Load Global/Interrupt Descriptor Table Register).
///
/// - `descriptor`: the GDTR pseudo-descriptor (6 bytes)
///
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for LGDT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn lgdt32(descriptor: &PseudoDescriptor32) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "lgdt ({descriptor})",
            descriptor = in(reg) descriptor as *const PseudoDescriptor32,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "lgdt ({descriptor})",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            descriptor = in(reg) descriptor as *const PseudoDescriptor32,
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Load the global descriptor table register (32-bit mode).
///
/// Executes `LGDT m48` (`NP 0F 01 /2`).
/// Loads GDTR from the pseudo-descriptor at @descriptor. #GP at CPL > 0 (in
/// 64-bit mode also for a non-canonical base). The pseudo-descriptor is 6 bytes
/// in 32-bit mode.
/// Intel SDM Vol. 2A, Chapter 3, LGDT/LIDT (Load Global/Interrupt Descriptor Table Register).
///
/// - `descriptor`: its 6 bytes, reserved bits included
///
/// This form takes the memory operand as bytes, reserved bits included, and
/// any value of the register operands: to forward a guest's operand or probe
/// reserved bits.
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for LGDT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn lgdt32_raw(descriptor: &[u8; 6]) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "lgdt ({descriptor})",
            descriptor = in(reg) descriptor as *const [u8; 6],
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "lgdt ({descriptor})",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            descriptor = in(reg) descriptor as *const [u8; 6],
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Load the interrupt descriptor table register (64-bit mode).
///
/// Executes `LIDT m80` (`NP 0F 01 /3`).
/// Loads IDTR from the pseudo-descriptor at @descriptor. #GP at CPL > 0 (in
/// 64-bit mode also for a non-canonical base). The pseudo-descriptor is 10
/// bytes in 64-bit mode.
/// Intel SDM Vol. 2A, Chapter 3, LGDT/LIDT (Load Global/Interrupt Descriptor Table Register).
///
/// - `descriptor`: the IDTR pseudo-descriptor (10 bytes)
///
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for LIDT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn lidt(descriptor: &PseudoDescriptor64) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "lidt ({descriptor})",
            descriptor = in(reg) descriptor as *const PseudoDescriptor64,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "lidt ({descriptor})",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            descriptor = in(reg) descriptor as *const PseudoDescriptor64,
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Load the interrupt descriptor table register (64-bit mode).
///
/// Executes `LIDT m80` (`NP 0F 01 /3`).
/// Loads IDTR from the pseudo-descriptor at @descriptor. #GP at CPL > 0 (in
/// 64-bit mode also for a non-canonical base). The pseudo-descriptor is 10
/// bytes in 64-bit mode.
/// Intel SDM Vol. 2A, Chapter 3, LGDT/LIDT (Load Global/Interrupt Descriptor Table Register).
///
/// - `descriptor`: its 10 bytes, reserved bits included
///
/// This form takes the memory operand as bytes, reserved bits included, and
/// any value of the register operands: to forward a guest's operand or probe
/// reserved bits.
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for LIDT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn lidt_raw(descriptor: &[u8; 10]) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "lidt ({descriptor})",
            descriptor = in(reg) descriptor as *const [u8; 10],
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "lidt ({descriptor})",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            descriptor = in(reg) descriptor as *const [u8; 10],
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Load the interrupt descriptor table register (32-bit mode).
///
/// Executes `LIDT m48` (`NP 0F 01 /3`).
/// Loads IDTR from the pseudo-descriptor at @descriptor. #GP at CPL > 0 (in
/// 64-bit mode also for a non-canonical base). The pseudo-descriptor is 6 bytes
/// in 32-bit mode.
/// Intel SDM Vol. 2A, Chapter 3, LGDT/LIDT (Load Global/Interrupt Descriptor Table Register).
///
/// - `descriptor`: the IDTR pseudo-descriptor (6 bytes)
///
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for LIDT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn lidt32(descriptor: &PseudoDescriptor32) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "lidt ({descriptor})",
            descriptor = in(reg) descriptor as *const PseudoDescriptor32,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "lidt ({descriptor})",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            descriptor = in(reg) descriptor as *const PseudoDescriptor32,
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Load the interrupt descriptor table register (32-bit mode).
///
/// Executes `LIDT m48` (`NP 0F 01 /3`).
/// Loads IDTR from the pseudo-descriptor at @descriptor. #GP at CPL > 0 (in
/// 64-bit mode also for a non-canonical base). The pseudo-descriptor is 6 bytes
/// in 32-bit mode.
/// Intel SDM Vol. 2A, Chapter 3, LGDT/LIDT (Load Global/Interrupt Descriptor Table Register).
///
/// - `descriptor`: its 6 bytes, reserved bits included
///
/// This form takes the memory operand as bytes, reserved bits included, and
/// any value of the register operands: to forward a guest's operand or probe
/// reserved bits.
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for LIDT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn lidt32_raw(descriptor: &[u8; 6]) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "lidt ({descriptor})",
            descriptor = in(reg) descriptor as *const [u8; 6],
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "lidt ({descriptor})",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            descriptor = in(reg) descriptor as *const [u8; 6],
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
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
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
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
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
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
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

/// Write 8 bits to an I/O port given as a constant.
///
/// Executes `OUT imm8, AL` (`E6 ib`).
/// Writes @value (AL) to the I/O port @port, an integer constant expression
/// 0..255 (the instruction's imm8). #GP if CPL > IOPL and the TSS's I/O
/// permission bitmap denies the port.
/// Intel SDM Vol. 2B, Chapter 4, OUT (Output to Port).
///
/// - `PORT`: the port (imm8), a const generic (`outb_imm8::<0x80>(..)`): the
///   instruction's immediate
/// - `value`: the value written (AL)
///
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for OUT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn outb_imm8<const PORT: u8>(value: u8) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "out %al, ${port}",
            port = const PORT,
            in("al") value,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "out %al, ${port}",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            port = const PORT,
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
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
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

/// Write 32 bits to an I/O port given as a constant.
///
/// Executes `OUT imm8, EAX` (`E7 ib`).
/// Writes @value (EAX) to the I/O port @port, an integer constant expression
/// 0..255 (the instruction's imm8). #GP if CPL > IOPL and the TSS's I/O
/// permission bitmap denies the port.
/// Intel SDM Vol. 2B, Chapter 4, OUT (Output to Port).
///
/// - `PORT`: the port (imm8), a const generic (`outl_imm8::<0x80>(..)`): the
///   instruction's immediate
/// - `value`: the value written (EAX)
///
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for OUT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn outl_imm8<const PORT: u8>(value: u32) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "out %eax, ${port}",
            port = const PORT,
            in("eax") value,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "out %eax, ${port}",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            port = const PORT,
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
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
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

/// Write 16 bits to an I/O port given as a constant.
///
/// Executes `OUT imm8, AX` (`66 E7 ib`).
/// Writes @value (AX) to the I/O port @port, an integer constant expression
/// 0..255 (the instruction's imm8). #GP if CPL > IOPL and the TSS's I/O
/// permission bitmap denies the port.
/// Intel SDM Vol. 2B, Chapter 4, OUT (Output to Port).
///
/// - `PORT`: the port (imm8), a const generic (`outw_imm8::<0x80>(..)`): the
///   instruction's immediate
/// - `value`: the value written (AX)
///
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for OUT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn outw_imm8<const PORT: u8>(value: u16) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "out %ax, ${port}",
            port = const PORT,
            in("ax") value,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "out %ax, ${port}",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            port = const PORT,
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
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
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

/// Read a model-specific register.
///
/// Executes `RDMSR` (`NP 0F 32`).
/// Reads the MSR @msr (ECX) into EDX:EAX: @high gets bits 63:32, @low bits
/// 31:0. #GP at CPL > 0 or for an MSR that does not exist.
/// Intel SDM Vol. 2B, Chapter 4, RDMSR (Read from Model Specific Register).
///
/// - `msr`: the MSR's address (ECX)
///
/// Returns `Ok((low, high))`; Err(HostxFail::Fault) only with the fault-hook
/// feature, if the instruction faulted, with no output (without the feature the
/// error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for RDMSR
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn rdmsr(msr: u32) -> Result<(u32, u32), HostxFail> {
    let high: u32;
    let low: u32;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "rdmsr",
            in("ecx") msr,
            lateout("edx") high,
            lateout("eax") low,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        let faulted: u32;
        asm!(
            "xor {faulted:e}, {faulted:e}",
            "4:",
            "rdmsr",
            "jmp 6f",
            "5:",
            "mov $1, {faulted:e}",
            "6:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            in("ecx") msr,
            lateout("edx") high,
            lateout("eax") low,
            faulted = out(reg) faulted,
            options(att_syntax, nostack, nomem),
        );
        if faulted != 0 {
            crate::cold();
            return Err(HostxFail::Fault);
        }
    }
    Ok((low, high))
}

/// Read the time-stamp counter.
///
/// Executes `RDTSC` (`NP 0F 31`).
/// Reads the time-stamp counter into EDX:EAX (@high bits 63:32, @low bits
/// 31:0). Not ordered with the instructions around it (use RDTSCP or a fence
/// for that). #GP at CPL > 0 with CR4.TSD = 1.
/// Intel SDM Vol. 2B, Chapter 4, RDTSC (Read Time-Stamp Counter).
///
/// Returns `Ok((low, high))`; Err(HostxFail::Fault) only with the fault-hook
/// feature, if the instruction faulted, with no output (without the feature the
/// error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for RDTSC
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn rdtsc() -> Result<(u32, u32), HostxFail> {
    let high: u32;
    let low: u32;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "rdtsc",
            lateout("edx") high,
            lateout("eax") low,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        let faulted: u32;
        asm!(
            "xor {faulted:e}, {faulted:e}",
            "4:",
            "rdtsc",
            "jmp 6f",
            "5:",
            "mov $1, {faulted:e}",
            "6:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            lateout("edx") high,
            lateout("eax") low,
            faulted = out(reg) faulted,
            options(att_syntax, nostack, nomem),
        );
        if faulted != 0 {
            crate::cold();
            return Err(HostxFail::Fault);
        }
    }
    Ok((low, high))
}

/// Read the time-stamp counter and IA32_TSC_AUX.
///
/// Executes `RDTSCP` (`NP 0F 01 F9`).
/// Reads the time-stamp counter into EDX:EAX (@high bits 63:32, @low bits 31:0)
/// after all earlier instructions have executed, and IA32_TSC_AUX into ECX
/// (@aux). #GP at CPL > 0 with CR4.TSD = 1.
/// Intel SDM Vol. 2B, Chapter 4, RDTSCP (Read Time-Stamp Counter and Processor ID).
///
/// Returns `Ok((low, high, aux))`; Err(HostxFail::Fault) only with the
/// fault-hook feature, if the instruction faulted, with no output (without the
/// feature the error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for RDTSCP
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn rdtscp() -> Result<(u32, u32, u32), HostxFail> {
    let high: u32;
    let low: u32;
    let aux: u32;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "rdtscp",
            lateout("edx") high,
            lateout("eax") low,
            lateout("ecx") aux,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        let faulted: u32;
        asm!(
            "xor {faulted:e}, {faulted:e}",
            "4:",
            "rdtscp",
            "jmp 6f",
            "5:",
            "mov $1, {faulted:e}",
            "6:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            lateout("edx") high,
            lateout("eax") low,
            lateout("ecx") aux,
            faulted = out(reg) faulted,
            options(att_syntax, nostack, nomem),
        );
        if faulted != 0 {
            crate::cold();
            return Err(HostxFail::Fault);
        }
    }
    Ok((low, high, aux))
}

/// Store the global descriptor table register (64-bit mode).
///
/// Executes `SGDT m80` (`NP 0F 01 /0`).
/// Stores GDTR into the pseudo-descriptor at @descriptor. #GP at CPL > 0 with
/// CR4.UMIP = 1. The pseudo-descriptor is 10 bytes in 64-bit mode.
/// Intel SDM Vol. 2B, Chapter 4, SGDT (Store Global Descriptor Table Register).
///
/// - `descriptor`: the GDTR pseudo-descriptor (10 bytes)
///
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for SGDT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn sgdt(descriptor: &mut PseudoDescriptor64) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "sgdt ({descriptor})",
            descriptor = in(reg) descriptor as *mut PseudoDescriptor64,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "sgdt ({descriptor})",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            descriptor = in(reg) descriptor as *mut PseudoDescriptor64,
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Store the global descriptor table register (64-bit mode).
///
/// Executes `SGDT m80` (`NP 0F 01 /0`).
/// Stores GDTR into the pseudo-descriptor at @descriptor. #GP at CPL > 0 with
/// CR4.UMIP = 1. The pseudo-descriptor is 10 bytes in 64-bit mode.
/// Intel SDM Vol. 2B, Chapter 4, SGDT (Store Global Descriptor Table Register).
///
/// - `descriptor`: receives its 10 bytes
///
/// This form takes the memory operand as bytes, reserved bits included, and
/// any value of the register operands: to forward a guest's operand or probe
/// reserved bits.
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for SGDT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn sgdt_raw(descriptor: &mut [u8; 10]) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "sgdt ({descriptor})",
            descriptor = in(reg) descriptor as *mut [u8; 10],
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "sgdt ({descriptor})",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            descriptor = in(reg) descriptor as *mut [u8; 10],
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Store the global descriptor table register (32-bit mode).
///
/// Executes `SGDT m48` (`NP 0F 01 /0`).
/// Stores GDTR into the pseudo-descriptor at @descriptor. #GP at CPL > 0 with
/// CR4.UMIP = 1. The pseudo-descriptor is 6 bytes in 32-bit mode.
/// Intel SDM Vol. 2B, Chapter 4, SGDT (Store Global Descriptor Table Register).
///
/// - `descriptor`: the GDTR pseudo-descriptor (6 bytes)
///
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for SGDT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn sgdt32(descriptor: &mut PseudoDescriptor32) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "sgdt ({descriptor})",
            descriptor = in(reg) descriptor as *mut PseudoDescriptor32,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "sgdt ({descriptor})",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            descriptor = in(reg) descriptor as *mut PseudoDescriptor32,
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Store the global descriptor table register (32-bit mode).
///
/// Executes `SGDT m48` (`NP 0F 01 /0`).
/// Stores GDTR into the pseudo-descriptor at @descriptor. #GP at CPL > 0 with
/// CR4.UMIP = 1. The pseudo-descriptor is 6 bytes in 32-bit mode.
/// Intel SDM Vol. 2B, Chapter 4, SGDT (Store Global Descriptor Table Register).
///
/// - `descriptor`: receives its 6 bytes
///
/// This form takes the memory operand as bytes, reserved bits included, and
/// any value of the register operands: to forward a guest's operand or probe
/// reserved bits.
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for SGDT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn sgdt32_raw(descriptor: &mut [u8; 6]) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "sgdt ({descriptor})",
            descriptor = in(reg) descriptor as *mut [u8; 6],
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "sgdt ({descriptor})",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            descriptor = in(reg) descriptor as *mut [u8; 6],
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Store the interrupt descriptor table register (64-bit mode).
///
/// Executes `SIDT m80` (`NP 0F 01 /1`).
/// Stores IDTR into the pseudo-descriptor at @descriptor. #GP at CPL > 0 with
/// CR4.UMIP = 1. The pseudo-descriptor is 10 bytes in 64-bit mode.
/// Intel SDM Vol. 2B, Chapter 4, SIDT (Store Interrupt Descriptor Table Register).
///
/// - `descriptor`: the IDTR pseudo-descriptor (10 bytes)
///
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for SIDT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn sidt(descriptor: &mut PseudoDescriptor64) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "sidt ({descriptor})",
            descriptor = in(reg) descriptor as *mut PseudoDescriptor64,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "sidt ({descriptor})",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            descriptor = in(reg) descriptor as *mut PseudoDescriptor64,
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Store the interrupt descriptor table register (64-bit mode).
///
/// Executes `SIDT m80` (`NP 0F 01 /1`).
/// Stores IDTR into the pseudo-descriptor at @descriptor. #GP at CPL > 0 with
/// CR4.UMIP = 1. The pseudo-descriptor is 10 bytes in 64-bit mode.
/// Intel SDM Vol. 2B, Chapter 4, SIDT (Store Interrupt Descriptor Table Register).
///
/// - `descriptor`: receives its 10 bytes
///
/// This form takes the memory operand as bytes, reserved bits included, and
/// any value of the register operands: to forward a guest's operand or probe
/// reserved bits.
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for SIDT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub unsafe fn sidt_raw(descriptor: &mut [u8; 10]) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "sidt ({descriptor})",
            descriptor = in(reg) descriptor as *mut [u8; 10],
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "sidt ({descriptor})",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            descriptor = in(reg) descriptor as *mut [u8; 10],
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Store the interrupt descriptor table register (32-bit mode).
///
/// Executes `SIDT m48` (`NP 0F 01 /1`).
/// Stores IDTR into the pseudo-descriptor at @descriptor. #GP at CPL > 0 with
/// CR4.UMIP = 1. The pseudo-descriptor is 6 bytes in 32-bit mode.
/// Intel SDM Vol. 2B, Chapter 4, SIDT (Store Interrupt Descriptor Table Register).
///
/// - `descriptor`: the IDTR pseudo-descriptor (6 bytes)
///
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for SIDT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn sidt32(descriptor: &mut PseudoDescriptor32) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "sidt ({descriptor})",
            descriptor = in(reg) descriptor as *mut PseudoDescriptor32,
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "sidt ({descriptor})",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            descriptor = in(reg) descriptor as *mut PseudoDescriptor32,
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Store the interrupt descriptor table register (32-bit mode).
///
/// Executes `SIDT m48` (`NP 0F 01 /1`).
/// Stores IDTR into the pseudo-descriptor at @descriptor. #GP at CPL > 0 with
/// CR4.UMIP = 1. The pseudo-descriptor is 6 bytes in 32-bit mode.
/// Intel SDM Vol. 2B, Chapter 4, SIDT (Store Interrupt Descriptor Table Register).
///
/// - `descriptor`: receives its 6 bytes
///
/// This form takes the memory operand as bytes, reserved bits included, and
/// any value of the register operands: to forward a guest's operand or probe
/// reserved bits.
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for SIDT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn sidt32_raw(descriptor: &mut [u8; 6]) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "sidt ({descriptor})",
            descriptor = in(reg) descriptor as *mut [u8; 6],
            options(att_syntax, nostack),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        asm!(
            "4:",
            "sidt ({descriptor})",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., {fault} - .",
            ".popsection",
            descriptor = in(reg) descriptor as *mut [u8; 6],
            fault = label {
                return Err(HostxFail::Fault);
            },
            options(att_syntax, nostack),
        );
    }
    Ok(())
}

/// Store the local descriptor table register's selector.
///
/// Executes `SLDT r32` (`NP 0F 00 /0`).
/// Returns LDTR's selector in @selector (zero-extended). #GP at CPL > 0 with
/// CR4.UMIP = 1.
/// Intel SDM Vol. 2B, Chapter 4, SLDT (Store Local Descriptor Table Register).
///
/// Returns `Ok(selector)`; Err(HostxFail::Fault) only with the fault-hook
/// feature, if the instruction faulted, with no output (without the feature the
/// error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for SLDT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn sldt() -> Result<u32, HostxFail> {
    let selector: u32;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "sldt {selector:e}",
            selector = lateout(reg) selector,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        let faulted: u32;
        asm!(
            "xor {faulted:e}, {faulted:e}",
            "4:",
            "sldt {selector:e}",
            "jmp 6f",
            "5:",
            "mov $1, {faulted:e}",
            "6:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            selector = lateout(reg) selector,
            faulted = out(reg) faulted,
            options(att_syntax, nostack, nomem),
        );
        if faulted != 0 {
            crate::cold();
            return Err(HostxFail::Fault);
        }
    }
    Ok(selector)
}

/// Set the interrupt flag.
///
/// Executes `STI` (`FB`).
/// Sets RFLAGS.IF: maskable interrupts are taken from the end of the next
/// instruction on. #GP if CPL > IOPL (without VME or PVI).
/// Intel SDM Vol. 2B, Chapter 4, STI (Set Interrupt Flag).
///
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
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

/// Store the task register's selector.
///
/// Executes `STR r32` (`NP 0F 00 /1`).
/// Returns TR's selector in @selector (zero-extended). #GP at CPL > 0 with
/// CR4.UMIP = 1.
/// Intel SDM Vol. 2B, Chapter 4, STR (Store Task Register).
///
/// Returns `Ok(selector)`; Err(HostxFail::Fault) only with the fault-hook
/// feature, if the instruction faulted, with no output (without the feature the
/// error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for STR
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn str() -> Result<u32, HostxFail> {
    let selector: u32;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "str {selector:e}",
            selector = lateout(reg) selector,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        let faulted: u32;
        asm!(
            "xor {faulted:e}, {faulted:e}",
            "4:",
            "str {selector:e}",
            "jmp 6f",
            "5:",
            "mov $1, {faulted:e}",
            "6:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            selector = lateout(reg) selector,
            faulted = out(reg) faulted,
            options(att_syntax, nostack, nomem),
        );
        if faulted != 0 {
            crate::cold();
            return Err(HostxFail::Fault);
        }
    }
    Ok(selector)
}

/// Write back and invalidate the caches.
///
/// Executes `WBINVD` (`NP 0F 09`).
/// Writes every modified cache line back to memory and invalidates the caches
/// (the external ones too). #GP at CPL > 0.
/// Intel SDM Vol. 2D, Chapter 6, WBINVD (Write Back and Invalidate Cache).
///
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
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
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
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

/// Write a model-specific register, non-serializing.
///
/// Executes `WRMSRNS` (`NP 0F 01 C6`).
/// Writes EDX:EAX (@high bits 63:32, @low bits 31:0) to the MSR @msr (ECX), as
/// WRMSR does but without serializing the processor. #GP at CPL > 0, for an MSR
/// that does not exist or a value it does not take; #UD if
/// CPUID.(EAX=07H,ECX=1):EAX.WRMSRNS[bit 19] = 0.
/// Intel SDM Vol. 2D, Chapter 6, WRMSRNS (Non-Serializing Write to Model Specific Register).
///
/// - `msr`: the MSR's address (ECX)
/// - `low`: bits 31:0 of the value (EAX)
/// - `high`: bits 63:32 of the value (EDX)
///
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for WRMSRNS
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn wrmsrns(msr: u32, low: u32, high: u32) -> Result<(), HostxFail> {
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            ".byte 0x0f, 0x01, 0xc6",
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
            ".byte 0x0f, 0x01, 0xc6",
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

/// Read an extended control register.
///
/// Executes `XGETBV` (`NP 0F 01 D0`).
/// Reads XCR @xcr (ECX; 0 is XCR0) into EDX:EAX (@high bits 63:32, @low bits
/// 31:0). #UD with CR4.OSXSAVE = 0, #GP for an XCR that does not exist.
/// Executes at any privilege level.
/// Intel SDM Vol. 2D, Chapter 6, XGETBV (Get Value of Extended Control Register).
///
/// - `xcr`: the XCR's number (ECX)
///
/// Returns `Ok((low, high))`; Err(HostxFail::Fault) only with the fault-hook
/// feature, if the instruction faulted, with no output (without the feature the
/// error type is empty).
///
/// # Safety
///
/// The processor must be in the state the section above requires for XGETBV
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
#[inline(always)]
pub unsafe fn xgetbv(xcr: u32) -> Result<(u32, u32), HostxFail> {
    let high: u32;
    let low: u32;
    #[cfg(not(feature = "fault-hook"))]
    {
        asm!(
            "xgetbv",
            in("ecx") xcr,
            lateout("edx") high,
            lateout("eax") low,
            options(att_syntax, nostack, nomem),
        );
    }
    #[cfg(feature = "fault-hook")]
    {
        let faulted: u32;
        asm!(
            "xor {faulted:e}, {faulted:e}",
            "4:",
            "xgetbv",
            "jmp 6f",
            "5:",
            "mov $1, {faulted:e}",
            "6:",
            ".pushsection vmxgen_fault_table, \"a\"",
            ".balign 4",
            ".long 4b - ., 5b - .",
            ".popsection",
            in("ecx") xcr,
            lateout("edx") high,
            lateout("eax") low,
            faulted = out(reg) faulted,
            options(att_syntax, nostack, nomem),
        );
        if faulted != 0 {
            crate::cold();
            return Err(HostxFail::Fault);
        }
    }
    Ok((low, high))
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
/// Returns `Ok(())`; Err(HostxFail::Fault) only with the fault-hook feature, if
/// the instruction faulted, with no output (without the feature the error type
/// is empty).
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

    #[test]
    fn enum_invpcid_type() {
        assert_eq!(InvpcidType::IndividualAddress as u32, 0);
        assert_eq!(InvpcidType::from_raw(0), Some(InvpcidType::IndividualAddress));
        assert_eq!(InvpcidType::IndividualAddress.name(), "INDIVIDUAL_ADDRESS");
        assert_eq!(InvpcidType::SingleContext as u32, 1);
        assert_eq!(InvpcidType::from_raw(1), Some(InvpcidType::SingleContext));
        assert_eq!(InvpcidType::SingleContext.name(), "SINGLE_CONTEXT");
        assert_eq!(InvpcidType::AllContextIncludingGlobals as u32, 2);
        assert_eq!(InvpcidType::from_raw(2), Some(InvpcidType::AllContextIncludingGlobals));
        assert_eq!(InvpcidType::AllContextIncludingGlobals.name(), "ALL_CONTEXT_INCLUDING_GLOBALS");
        assert_eq!(InvpcidType::AllContext as u32, 3);
        assert_eq!(InvpcidType::from_raw(3), Some(InvpcidType::AllContext));
        assert_eq!(InvpcidType::AllContext.name(), "ALL_CONTEXT");
        assert_eq!(InvpcidType::from_raw(4), None);
    }

    /// PseudoDescriptor64::zeroed() is 10 zero bytes (its offsets are
    /// asserted at compile time).
    #[test]
    fn zeroed_pseudo_descriptor_64() {
        let z = PseudoDescriptor64::zeroed();
        let bytes: [u8; 10] = unsafe { core::mem::transmute_copy(&z) };
        assert!(bytes.iter().all(|&x| x == 0));
    }

    /// PseudoDescriptor32::zeroed() is 6 zero bytes (its offsets are
    /// asserted at compile time).
    #[test]
    fn zeroed_pseudo_descriptor_32() {
        let z = PseudoDescriptor32::zeroed();
        let bytes: [u8; 6] = unsafe { core::mem::transmute_copy(&z) };
        assert!(bytes.iter().all(|&x| x == 0));
    }

    /// The bytes of invpcid_descriptor as the manual lays them out: each field
    /// alone at its maximum lands on its bits, nothing else is set.
    #[test]
    fn layout_invpcid_descriptor() {
        fn bytes(d: &InvpcidDescriptor) -> [u8; 16] {
            unsafe { core::mem::transmute_copy(d) }
        }
        fn bit(b: &[u8], i: usize) -> bool {
            b[i / 8] >> (i % 8) & 1 != 0
        }
        let ones: &[(usize, usize)] = &[];
        let fixed = |i: usize| ones.iter().any(|&(a, b)| a <= i && i <= b);
        let d = InvpcidDescriptor::new(0xfff, 0);
        let b = bytes(&d);
        for i in 0..128 {
            assert_eq!(bit(&b, i), (0..=11).contains(&i) || fixed(i), "pcid: bit {}", i);
        }
        assert_eq!(d.pcid(), 0xfff);
        let d = InvpcidDescriptor::new(0, 0xffffffffffffffff);
        let b = bytes(&d);
        for i in 0..128 {
            assert_eq!(bit(&b, i), (64..=127).contains(&i) || fixed(i), "linear_address: bit {}", i);
        }
        assert_eq!(d.linear_address(), 0xffffffffffffffff);
    }
}
