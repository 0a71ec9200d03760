// SPDX-License-Identifier: MIT
// The trap-and-emulate test of the Rust wrappers: the C harness's driver
// (tests/harness/cases.c, renamed harness_main) runs every wrapper x every
// outcome under the SIGILL "CPU" of tests/harness/emu.c and prints TAP.
// It calls each wrapper through a bridge with the C wrapper's name and
// signature (bridge.rs, written by tests/rust.py from the model), so the
// C driver's checks (operands as the CPU reads them, outputs, nothing
// stored beside them or on failure, statuses, the error number after
// VMfailValid, the round trips through the VMX model) apply to the Rust
// wrappers inlined into the bridges.
#![allow(non_snake_case, clippy::missing_safety_doc)]

extern "C" {
    fn harness_main() -> i32;
}

#[allow(unused_unsafe, dead_code, unreachable_patterns, clippy::all)]
mod bridge {
    include!(concat!(env!("CARGO_MANIFEST_DIR"), "/bridge.rs"));
}

fn main() {
    std::process::exit(unsafe { harness_main() });
}
