// SPDX-License-Identifier: MIT
// Build script of the test crate tests/rust.py assembles: compiles the
// trap-and-emulate "CPU" (tests/harness/emu.c) and the harness's driver
// (a copy of tests/harness/cases.c next to the spec-cases.h that routes
// each wrapper to the Rust bridges) with the system C compiler, and links
// them into the test binaries only.  No cc crate: there is no registry.
use std::env;
use std::path::PathBuf;
use std::process::Command;

fn main() {
    let var = |name: &str| env::var(name).unwrap_or_else(|_| panic!("{} is not set", name));
    let cc = env::var("HARNESS_CC").unwrap_or_else(|_| "cc".into());
    let src = var("HARNESS_SRC"); // tests/harness in the source tree
    let tmp = var("HARNESS_TMP"); // spec-table.h, spec-cases.h, cases.c
    let out = PathBuf::from(var("OUT_DIR"));
    let includes = [
        format!("-I{}", tmp),
        format!("-I{}", src),
        format!("-I{}", var("HARNESS_GENERATED")),
        format!("-I{}", var("HARNESS_INCLUDE")),
    ];
    for (file, extra) in [
        (format!("{}/emu.c", src), vec![]),
        (format!("{}/cases.c", tmp), vec!["-Dmain=harness_main", "-DHARNESS_VARIANT=O2"]),
    ] {
        let obj = out.join(PathBuf::from(&file).with_extension("o").file_name().unwrap());
        let status = Command::new(&cc)
            .args(["-std=gnu11", "-O2", "-g", "-Wall", "-c", "-o"])
            .arg(&obj)
            .args(&includes)
            .args(&extra)
            .arg(&file)
            .status()
            .expect("running the C compiler");
        assert!(status.success(), "{} does not compile", file);
        println!("cargo:rustc-link-arg-tests={}", obj.display());
        println!("cargo:rerun-if-changed={}", file);
    }
    for lib in var("HARNESS_LIBS").split_whitespace() {
        println!("cargo:rustc-link-arg-tests={}", lib);
    }
}
