// SPDX-License-Identifier: MIT
// The typed VMCS fields of the Rust crate under the trap-and-emulate "CPU":
// the C harness's tests/harness/fields.c (renamed fields_main) reads every
// field, and writes every writable one, through vmx_vmcs_read_<field>() and
// vmx_vmcs_write_<field>(), which are here bridges to the Rust Field constants'
// read() and write() (bridge.rs, written by tests/rust.py): each must
// execute one VMREAD or VMWRITE of its encoding and carry the value whole.
// (fields.c's other half, the generic vmx_vmread<w>()/vmx_vmwrite<w>()
// macros, stays the C header's: its inline helpers call the C wrappers.)
#![allow(non_snake_case, clippy::missing_safety_doc)]

extern "C" {
    fn fields_main() -> i32;
}

#[allow(unused_unsafe, dead_code, unreachable_patterns, clippy::all)]
mod bridge {
    include!(concat!(env!("CARGO_MANIFEST_DIR"), "/bridge.rs"));
}

fn main() {
    std::process::exit(unsafe { fields_main() });
}
