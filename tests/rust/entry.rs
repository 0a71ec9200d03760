// SPDX-License-Identifier: MIT
// The Rust guest entry under the trap-and-emulate "CPU": the C entry's test
// (tests/harness/entry.c, renamed entry_main) runs vmx_run_guest() and
// vmx_run_guest_init_vmcs(), here bridges (bridge.rs, written by
// tests/rust.py from the model) to the crate's vmx::run_guest() and
// vmx::run_guest_init_vmcs(): every register both ways, the host's
// callee-saved registers and stack kept (entry-call.S), every VMfail and
// fault status with regs untouched, HOST_RSP written only when it
// changed, HOST_RIP once per VMCS inside the crate's entry, and with
// HARNESS_HOOK the hooks of entry-hooks.S.
#![allow(non_snake_case, clippy::missing_safety_doc)]

extern "C" {
    fn entry_main() -> i32;
}

#[allow(unused_unsafe, dead_code, unreachable_patterns, clippy::all)]
mod bridge {
    include!(concat!(env!("CARGO_MANIFEST_DIR"), "/bridge.rs"));
}

fn main() {
    std::process::exit(unsafe { entry_main() });
}
