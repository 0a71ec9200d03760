// SPDX-License-Identifier: MIT
// DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
// (template gen/backends/rust/templates/lib.rs.j2).  Edit the spec and run make.

//! x86 virtualization instructions, their tables and layouts, generated
//! from the vmxgen spec: one module per instruction set: [`hostx`], [`svm`], [`tdxm`], [`vmx`].
//!
//! `no_std`, no allocation, no dependencies.  Every wrapper is an
//! `unsafe fn` around one `asm!` block that also takes the instruction's
//! status, so no compiler-generated code runs between the instruction and
//! the flags it set; a failure comes back as `Err`.

#![no_std]
#![cfg(any(target_arch = "x86_64", target_arch = "x86"))]

#[cfg(test)]
extern crate std;

// The asm! line that exchanges an operand's register with RBX, where an
// instruction reads or writes RBX (LLVM reserves RBX in 64-bit code: asm!
// cannot bind it): 'xchg' changes no flag, and the same line after the
// instruction gives RBX back.  In 32-bit code EBX could be bound, but the
// same exchange is correct there too and keeps one wrapper for both.
#[cfg(target_arch = "x86_64")]
macro_rules! swap_rbx {
    ($operand:literal) => {
        concat!("xchg {", $operand, ":r}, %rbx")
    };
}
#[cfg(target_arch = "x86")]
macro_rules! swap_rbx {
    ($operand:literal) => {
        concat!("xchg {", $operand, ":e}, %ebx")
    };
}

/// x86 host (Intel SDM).
pub mod hostx;

/// AMD SVM (AMD APM).
pub mod svm;

/// Intel TDX module calls (Intel TDX Module ABI Specification).
pub mod tdxm;

/// VMX (Intel SDM).
pub mod vmx;

/// Called on a wrapper's failure path: a call to a `#[cold]` function
/// marks the path unlikely (stable Rust's way to say so), so that the
/// compiler decodes the failure off the success path (a value form's
/// `vmread; setbe; adc; test; jne`, nothing more before the value).
#[cold]
#[inline(always)]
pub(crate) fn cold() {}

/// The fault table of the `fault-hook` feature: with it, every wrapper whose
/// instruction can report a fault records the instruction and where to
/// resume if it faults (#UD outside VMX operation, #GP for a bad operand) in
/// the section `vmxgen_fault_table`, as the Linux exception table does (two
/// 32-bit offsets from where each is stored).  The caller's exception
/// handler looks the faulting RIP up with [`fault::fixup`] and resumes there
/// with the registers and flags as they were; the wrapper then returns
/// `Err(..::Fault)`.  Without the feature nothing is recorded and a fault is
/// the caller's.
#[cfg(feature = "fault-hook")]
pub mod fault {
    /// One entry of the table.
    #[repr(C)]
    #[derive(Debug)]
    pub struct Entry {
        insn: i32,
        fixup: i32,
    }

    const _: () = assert!(core::mem::size_of::<Entry>() == 8);

    impl Entry {
        /// The address of the instruction.
        pub fn insn(&self) -> usize {
            (core::ptr::addr_of!(self.insn) as isize + self.insn as isize) as usize
        }

        /// Where to resume if it faults.
        pub fn fixup(&self) -> usize {
            (core::ptr::addr_of!(self.fixup) as isize + self.fixup as isize) as usize
        }
    }

    extern "C" {
        static __start_vmxgen_fault_table: Entry;
        static __stop_vmxgen_fault_table: Entry;
    }

    /// Every entry, between the `__start_`/`__stop_` symbols the linker
    /// defines for the section (GNU ld and lld do for a section named like
    /// a C identifier; a linker script must keep the section and define
    /// them).
    pub fn table() -> &'static [Entry] {
        unsafe {
            let start = core::ptr::addr_of!(__start_vmxgen_fault_table);
            let stop = core::ptr::addr_of!(__stop_vmxgen_fault_table);
            core::slice::from_raw_parts(start, stop.offset_from(start) as usize)
        }
    }

    /// Where to resume after a fault at `rip`, if a wrapper's instruction
    /// is there.
    pub fn fixup(rip: usize) -> Option<usize> {
        table().iter().find(|e| e.insn() == rip).map(Entry::fixup)
    }
}
