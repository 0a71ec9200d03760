// SPDX-License-Identifier: MIT
// The test program of the Rust crate under the trap-and-emulate "CPU" of
// tests/harness/emu.c: its first argument names the C driver it runs
// (build.rs renames each driver's main() to <name>_main).  One program,
// not three: each would compile the same bridge.rs and link the same
// objects.
//  - trap: tests/harness/cases.c runs every wrapper x every outcome and
//    prints TAP.  It calls each wrapper through a bridge with the C
//    wrapper's name and signature (bridge.rs, written by tests/rust.py
//    from the model), so the C driver's checks (operands as the CPU reads
//    them, outputs, nothing stored beside them or on failure, statuses,
//    the error number after VMfailValid, the round trips through the VMX
//    model) apply to the Rust wrappers inlined into the bridges.
//  - fields: tests/harness/fields.c reads every field, and writes every
//    writable one, through vmx_vmcs_read_<field>() and
//    vmx_vmcs_write_<field>(), here bridges to the Rust Field constants'
//    read() and write(): each must execute one VMREAD or VMWRITE of its
//    encoding and carry the value whole.  (fields.c's other half, the
//    generic vmx_vmread<w>()/vmx_vmwrite<w>() macros, stays the C
//    header's: its inline helpers call the C wrappers.)
//  - entry: tests/harness/entry.c runs vmx_run_guest() and
//    vmx_run_guest_init_vmcs(), here bridges to the crate's
//    vmx::run_guest() and vmx::run_guest_init_vmcs(): every register both
//    ways, the host's callee-saved registers and stack kept
//    (entry-call.S), every VMfail and fault status with regs untouched,
//    HOST_RSP written only when it changed, HOST_RIP once per VMCS inside
//    the crate's entry, and with HARNESS_HOOK the hooks of entry-hooks.S.
// The extension's harness (tests/rust.py, rustc without cargo) links
// cases.c alone and is built with --cfg trap_only.
#![allow(non_snake_case, clippy::missing_safety_doc)]

extern "C" {
    fn trap_main() -> i32;
    #[cfg(not(trap_only))]
    fn fields_main() -> i32;
    #[cfg(not(trap_only))]
    fn entry_main() -> i32;
}

#[allow(unused_unsafe, dead_code, unreachable_patterns, clippy::all)]
mod bridge {
    include!(concat!(env!("CARGO_MANIFEST_DIR"), "/bridge.rs"));
}

fn main() {
    let driver = std::env::args().nth(1).unwrap_or_default();
    let status = unsafe {
        match driver.as_str() {
            "trap" => trap_main(),
            #[cfg(not(trap_only))]
            "fields" => fields_main(),
            #[cfg(not(trap_only))]
            "entry" => entry_main(),
            _ => {
                eprintln!("usage: the C driver to run: trap, fields or entry");
                2
            }
        }
    };
    std::process::exit(status);
}
