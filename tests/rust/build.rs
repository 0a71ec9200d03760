// SPDX-License-Identifier: MIT
// Build script of the test crate tests/rust.py assembles: compiles the
// trap-and-emulate "CPU" (tests/harness/emu.c) and the harness's drivers
// (a copy of tests/harness/cases.c next to the spec-cases.h that routes
// each wrapper to the Rust bridges; tests/harness/fields.c with
// rust-shim.h, which routes the per-field accessors; tests/harness/entry.c
// and entry-call.S, which call vmx_run_guest(), a bridge to the crate's
// vmx::run_guest(), td-entry-call.S, which calls tdxm_vp_enter(), a
// bridge to tdxm::vp_enter(), and with HARNESS_HOOK the hooks of entry-hooks.S) with
// the system C compiler, and links them into the test binaries only.  No cc crate: there is no registry.
// The objects are remade when cases.c, spec-cases.h (the spec) or emu.h
// changed; tests/rust.py rewrites those only when their bytes change.
// -O0: the C is the test's driver, not what is tested (fields.c takes
// 4 s at -O2, under 1 s at -O0).
use std::env;
use std::path::PathBuf;
use std::process::Command;

/// Whether obj is missing or older than one of the files it is made from.
fn stale(obj: &PathBuf, from: &[String]) -> bool {
    let time = |p: &std::path::Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    match time(obj) {
        None => true,
        Some(t) => from.iter().any(|f| time(std::path::Path::new(f)).map_or(true, |s| s > t)),
    }
}

fn main() {
    let var = |name: &str| env::var(name).unwrap_or_else(|_| panic!("{} is not set", name));
    let cc = env::var("HARNESS_CC").unwrap_or_else(|_| "cc".into());
    let src = var("HARNESS_SRC"); // tests/harness in the source tree
    let tmp = var("HARNESS_TMP"); // spec-table.h, spec-cases.h, cases.c
    // One set of objects for the debug and the release build (each runs
    // this script): in HARNESS_TMP, remade when a source is newer.
    let out = PathBuf::from(&tmp);
    // main.rs's cfg for the extension's harness, which rustc builds alone.
    println!("cargo:rustc-check-cfg=cfg(trap_only)");
    let includes = [
        format!("-I{}", tmp),
        format!("-I{}", src),
        format!("-I{}", var("HARNESS_GENERATED")),
        format!("-I{}", var("HARNESS_INCLUDE")),
    ];
    let shim = format!("{}/rust-shim.h", tmp);
    // HARNESS_HOOK=1 (with the crate's fault-hook feature): cases.c's fault
    // cases, with the crate's fault table in place of the C macros' one.
    println!("cargo:rerun-if-env-changed=HARNESS_HOOK");
    let hook = env::var("HARNESS_HOOK").map_or(false, |v| v == "1");
    let table = [
        "-DHARNESS_FAULT_HOOK",
        "-D__start_harness_fixups=__start_vmxgen_fault_table",
        "-D__stop_harness_fixups=__stop_vmxgen_fault_table",
    ];
    let mut cases = vec!["-Dmain=trap_main", "-DHARNESS_VARIANT=O0"];
    // entry.c's HOST_RIP check: between the crate's two assembler
    // functions (tests/rust.py names them from the model).
    let start = format!("-DENTRY_TEXT_START={}", var("HARNESS_ENTRY_START"));
    let end = format!("-DENTRY_TEXT_END={}", var("HARNESS_ENTRY_END"));
    let mut entry = vec!["-Dmain=entry_main", "-DHARNESS_VARIANT=O0", &start, &end];
    let mut objects = vec![
        (format!("{}/emu.c", src), vec![]),
        (format!("{}/cases.c", tmp), vec![]),
        (format!("{}/fields.c", src), vec!["-Dmain=fields_main", "-DHARNESS_VARIANT=O0", "-include", &shim]),
        (format!("{}/entry-call.S", src), vec![]),
        (format!("{}/td-entry-call.S", src), vec![]),
    ];
    if hook {
        cases.extend(table);
        entry.extend(table);
        objects.push((format!("{}/entry-hooks.S", var("HARNESS_RUST_SRC")), vec![]));
    }
    objects[1].1 = cases;
    objects.push((format!("{}/entry.c", src), entry));
    for (file, extra) in objects {
        let mut obj = out.join(PathBuf::from(&file).with_extension("o").file_name().unwrap());
        if hook && (file.ends_with("cases.c") || file.ends_with("entry.c")) {
            let name = format!("{}-hook.o", obj.file_stem().unwrap().to_str().unwrap());
            obj.set_file_name(name);
        }
        println!("cargo:rustc-link-arg-tests={}", obj.display());
        let inputs = [
            file.clone(),
            format!("{}/spec-table.h", tmp),
            format!("{}/spec-cases.h", tmp),
            format!("{}/c-spec-cases.h", tmp),
            format!("{}/rust-shim.h", tmp),
            format!("{}/emu.h", src),
            format!("{}/entry-hook.h", src),
            format!("{}/entry-call.S", src),
        ];
        for f in &inputs {
            println!("cargo:rerun-if-changed={}", f);
        }
        if !stale(&obj, &inputs) {
            continue;
        }
        let status = Command::new(&cc)
            .args(["-std=gnu11", "-O0", "-g", "-Wall", "-c", "-o"])
            .arg(&obj)
            .args(&includes)
            .args(&extra)
            .arg(&file)
            .status()
            .expect("running the C compiler");
        assert!(status.success(), "{} does not compile", file);
    }
    for lib in var("HARNESS_LIBS").split_whitespace() {
        println!("cargo:rustc-link-arg-tests={}", lib);
    }
}
