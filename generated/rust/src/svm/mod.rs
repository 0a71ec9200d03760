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
//! - the fault status (FAULT): the C header's VMXGEN_FAULT_HOOK has no Rust counterpart yet: a faulting instruction raises its exception

#[allow(unused_imports)]
use core::arch::asm;

mod tables;
pub use self::tables::*;

/// Clear the global interrupt flag (GIF).
///
/// Executes `CLGI` (`NP 0F 01 DD`).
/// AMD APM Vol. 3, Chapter 4 (System Instruction Reference), CLGI.
///
/// It reports no failure, so nothing is returned.
///
/// # Safety
///
/// The processor must be in the state the section above requires for CLGI
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn clgi() {
    asm!(
        "clgi",
        options(att_syntax, nostack),
    );
}

/// Invalidate the TLB mapping of a virtual page in an ASID.
///
/// Executes `INVLPGA` (`NP 0F 01 DF`).
/// AMD APM Vol. 3, Chapter 4 (System Instruction Reference), INVLPGA.
///
/// - `va`: virtual address of the page (rAX; the address size is the mode's)
/// - `asid`: address space identifier (ASID) whose mapping is invalidated
///
/// It reports no failure, so nothing is returned.
///
/// # Safety
///
/// The processor must be in the state the section above requires for INVLPGA
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn invlpga(va: usize, asid: u32) {
    asm!(
        "invlpga",
        in("eax") va,
        in("ecx") asid,
        options(att_syntax, nostack),
    );
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
/// It reports no failure, so nothing is returned.
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
pub unsafe fn invlpgb(address: usize, count: u32, ids: u32) {
    asm!(
        "invlpgb",
        in("eax") address,
        in("ecx") count,
        in("edx") ids,
        options(att_syntax, nostack),
    );
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
/// It reports no failure, so nothing is returned.
///
/// # Safety
///
/// The processor must be in the state the section above requires for SKINIT
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn skinit(slb_pa: u32) {
    asm!(
        "skinit",
        in("eax") slb_pa,
        options(att_syntax, nostack),
    );
}

/// Set the global interrupt flag (GIF).
///
/// Executes `STGI` (`NP 0F 01 DC`).
/// AMD APM Vol. 3, Chapter 4 (System Instruction Reference), STGI.
///
/// It reports no failure, so nothing is returned.
///
/// # Safety
///
/// The processor must be in the state the section above requires for STGI
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn stgi() {
    asm!(
        "stgi",
        options(att_syntax, nostack),
    );
}

/// Wait until this processor's INVLPGB invalidations are done everywhere.
///
/// Executes `TLBSYNC` (`NP 0F 01 FF`).
/// AMD APM Vol. 3, Chapter 4 (System Instruction Reference), TLBSYNC.
///
/// It reports no failure, so nothing is returned.
///
/// # Safety
///
/// The processor must be in the state the section above requires for TLBSYNC
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn tlbsync() {
    asm!(
        "tlbsync",
        options(att_syntax, nostack),
    );
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
/// It reports no failure, so nothing is returned.
///
/// # Safety
///
/// The processor must be in the state the section above requires for VMLOAD
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn vmload(vmcb_pa: usize) {
    asm!(
        "vmload",
        in("eax") vmcb_pa,
        options(att_syntax, nostack),
    );
}

/// Call the VM monitor.
///
/// Executes `VMMCALL` (`NP 0F 01 D9`).
/// In a guest whose VMCB intercepts VMMCALL it causes #VMEXIT with exit code
/// 0x81 and the monitor decides what the guest sees; without the intercept, and
/// outside a guest, it raises #UD.
/// AMD APM Vol. 3, Chapter 4 (System Instruction Reference), VMMCALL.
///
/// It reports no failure, so nothing is returned.
///
/// # Safety
///
/// The processor must be in the state the section above requires for VMMCALL
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn vmmcall() {
    asm!(
        "vmmcall",
        options(att_syntax, nostack),
    );
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
/// It reports no failure, so nothing is returned.
///
/// # Safety
///
/// The processor must be in the state the section above requires for VMSAVE
/// (operating mode, privilege level, control-register and MSR settings);
/// otherwise the instruction raises an exception (#UD or #GP) instead of
/// returning.
/// The instruction can read and write memory the compiler does not see.
#[inline(always)]
pub unsafe fn vmsave(vmcb_pa: usize) {
    asm!(
        "vmsave",
        in("eax") vmcb_pa,
        options(att_syntax, nostack),
    );
}

#[cfg(test)]
mod tests {
    #[allow(unused_imports)]
    use super::*;
}
