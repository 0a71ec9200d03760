// SPDX-License-Identifier: MIT
// DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
// (template gen/backends/rust/templates/lib.rs.j2).  Edit the spec and run make.

//! x86 virtualization instructions, their tables and layouts, generated
//! from the vmxgen spec: one module per instruction set: [`svm`], [`vmx`].
//!
//! `no_std`, no allocation, no dependencies.  Every wrapper is an
//! `unsafe fn` around one `asm!` block that also takes the instruction's
//! status, so no compiler-generated code runs between the instruction and
//! the flags it set; a failure comes back as `Err`.

#![no_std]
#![cfg(any(target_arch = "x86_64", target_arch = "x86"))]

#[cfg(test)]
extern crate std;

/// AMD SVM (AMD APM).
pub mod svm;

/// VMX (Intel SDM).
pub mod vmx;
