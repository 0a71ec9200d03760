#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""make check-rust-targets (not part of make check: it builds core from
source, minutes on this machine): the generated crate for the targets a
kernel builds, x86_64-unknown-none (no red zone, soft float) and
i686-unknown-linux-gnu (32-bit: natural width u32, a 64-bit VMCS field as
two halves), for which Debian's rustc-web ships no core library.

Each target's core and compiler_builtins are built from Debian's Rust
sources (package rust-web-src, the library under
`rustc --print sysroot`/lib/rustlib/src/rust/library) with cargo's
-Zbuild-std, unlocked on the stable toolchain by RUSTC_BOOTSTRAP=1, and
the sources' own vendored crates (library/vendor) in place of crates.io:
no network.  A caller of every wrapper (tests/lib/rustcalls.py's shape
callers, #[no_mangle], so every asm! block is generated and assembled for
the target) is built with the crate, with and without the fault-hook
feature, and the guest entries (their global_asm! assembled for the
target, a caller of each: rustcalls.entry_bridges), with and without the
fault-hook and <isa>-entry-hooks features.  Without the sources: a skip
that says which package.
"""

import os
import shutil
import time

import rustcalls
from vmxtest import BUILDDIR, GENERATED, Tap, load_model, run, write

tap = Tap()
CARGO, RUSTC = rustcalls.toolchain(tap)
TARGETS = ("x86_64-unknown-none", "i686-unknown-linux-gnu")
WORK = os.path.join(BUILDDIR, "tests", "tmp", "rust-targets")
TARGET_DIR = os.path.join(BUILDDIR, "rust-target", "build-std")

CALLERS_TOML = """\
[package]
name = "callers"
version = "0.0.0"
edition = "2021"
publish = false

[lib]
path = "lib.rs"

[features]
fault-hook = ["vmxgen/fault-hook"]

[dependencies]
vmxgen = { path = "../vmxgen" }

[workspace]

# core built at opt-level 0 without debug information: the quickest
# build of it; the asm! blocks are the same (#[inline(always)] inlines at
# every level), assembled for the target.
[profile.dev]
debug = 0
incremental = false
"""


def library():
    r = run([RUSTC, "--print", "sysroot"])
    return os.path.join(r.stdout.strip(), "lib", "rustlib", "src", "rust",
                        "library")


def main():
    lib = library()
    if not os.path.isfile(os.path.join(lib, "core", "src", "lib.rs")):
        tap.skip_all("no Rust library sources at %s: Debian's are the "
                     "package rust-web-src (the version of rustc-web)" % lib)
    if os.path.exists(WORK):
        shutil.rmtree(WORK)
    shutil.copytree(os.path.join(GENERATED, "rust"),
                    os.path.join(WORK, "vmxgen"))
    model = load_model()
    source, _, _ = rustcalls.callers(model, "shape")
    source += "\n".join(rustcalls.entry_bridges(model, "shape_")) + "\n"
    write(os.path.join(WORK, "callers", "lib.rs"), "#![no_std]\n" + source)
    hooks = ["vmxgen/" + v.entry.feature
             for _, v in rustcalls.rust_entries(model)]
    write(os.path.join(WORK, "callers", "Cargo.toml"), CALLERS_TOML)
    config = write(os.path.join(WORK, "config.toml"), (
        "[source.crates-io]\n"
        "replace-with = \"library-vendor\"\n"
        "[source.library-vendor]\n"
        "directory = \"%s\"\n") % os.path.join(lib, "vendor"))
    env = dict(os.environ, RUSTC=RUSTC, RUSTC_BOOTSTRAP="1",
               CARGO_HOME=os.path.join(TARGET_DIR, "cargo-home"),
               CARGO_TERM_COLOR="never")
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep)
        if not os.path.exists(os.path.join(p, "rustup")))
    for target in TARGETS:
        for features in ([], ["--features", ",".join(["fault-hook"] + hooks)]):
            what = "the crate and a caller of every wrapper and guest entry " \
                "build for %s%s" % (target, " with " + features[1]
                                    if features else "")
            t = time.time()
            r = run([CARGO, "build", "--offline", "--config",
                     config, "-Zbuild-std=core,compiler_builtins",
                     "--target", target, "--target-dir", TARGET_DIR] +
                    features, cwd=os.path.join(WORK, "callers"), env=env)
            print("# %s: %.1f s" % (what, time.time() - t))
            tap.ok(r.returncode == 0, what, r.stderr[-4000:])
    tap.done()


main()
