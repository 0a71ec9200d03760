#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The generated Rust crate (generated/rust/), built once and checked
several ways, with the Debian toolchain configure found (CARGO, RUSTC):

  - cargo test of the crate: its unit tests, generated from the spec
    (enum values and names, descriptor bytes, tables, capability helpers,
    controls, value layouts, VMCS field widths and access);
  - trap-and-emulate, debug and release: a Rust test program (one per
    build, tests/rust/main.rs, run once per C driver) runs every
    wrapper x every outcome, and every typed VMCS field (read, and
    write where it is writable), under the C harness's SIGILL "CPU"
    (tests/harness/emu.c) with the C harness's drivers (cases.c,
    fields.c), each
    wrapper reached through a bridge with the C wrapper's name and
    signature (written here from the model), linked by build.rs with the
    system cc (tests/rust/build.rs);
  - the guest entries, debug and release, and with the fault-hook and
    <isa>-entry-hooks features: tests/harness/entry.c, the C entries' test
    (every register both ways, callee-saved registers and the stack kept,
    every VMfail and fault status, HOST_RSP written only when it changed,
    HOST_RIP once per VMCS, the hooks), against vmx::run_guest(),
    vmx::run_guest_init_vmcs() and tdxm::vp_enter() behind bridges with
    the C functions' names;
    the release bridge keeps no register of its own, so the checks of the
    host's registers and stack see the entry's;
  - the encoding oracle on the release binary: every wrapper's instruction
    bytes, decoded by objdump and Capstone, as the spec says;
  - a negative compile test: a VMCS field read or written with the wrong
    width, and a write to a read-only field, do not compile (and the right
    ones do);
  - the crate of the spec plus tests/extension/'s new ISAs: it builds,
    every wrapper and every form compiles in a caller, encoded as the
    spec says, and the new ISAs' wrappers (SGX's ENCLS leaves, RBX
    swapped in) run under the trap-and-emulate harness through their
    Rust bridges (one rustc-built binary);
  - the names registry: every name the crate declares (fn, struct, enum,
    const, static, mod, type, trait, let; read by a small lexer) is one the
    Rust names registry handed out (vmxgen --names);
  - Rust keywords as spec names (issue 19): an ISA folder named fn (its
    module r#fn in src/fn/), an enum value SELF (variant Self_), a layout
    named self (type Self_, test fn self_): the crate builds and its unit
    tests pass;
  - i686: whether the toolchain has a 32-bit core to build the crate with.

The crate and the test crate are copied under tests/tmp/rust (cargo writes
a Cargo.lock beside a Cargo.toml: never into generated/), one target
directory for everything, --offline.
"""

import glob
import json
import os
import re
import shutil
import time

import yaml

import backends.c
import backends.c.names
import backends.rust
import rustcalls
from disasm import disassemble, is_encoding
from disasm import parse as parse_disassembly
from vmxtest import (BUILDDIR, GEN, GENERATED, PYTHON, SPEC, SRCDIR, Tap,
                     load_model, load_script, run, write)

tap = Tap()
CARGO, RUSTC = rustcalls.toolchain(tap)
started = time.time()
CC = (os.environ.get("GNU_CC") or os.environ.get("CC") or "cc").split()[0]
ZYDIS_LIBS = os.environ.get("ZYDIS_LIBS") or "-lZydis"
HARNESS = os.path.join(SRCDIR, "tests", "harness")
WORK = os.path.join(BUILDDIR, "tests", "tmp", "rust")
TARGET = os.path.join(BUILDDIR, "rust-target")


def sync_tree(src, dst):
    """Copy src to dst, rewriting only the files that differ (cargo goes by
    modification times), removing what src no longer has."""
    want = set()
    for root, _, files in os.walk(src):
        for f in files:
            rel = os.path.relpath(os.path.join(root, f), src)
            want.add(rel)
            with open(os.path.join(root, f), "rb") as fh:
                sync_file(os.path.join(dst, rel), fh.read())
    for root, _, files in os.walk(dst):
        for f in files:
            rel = os.path.relpath(os.path.join(root, f), dst)
            if rel not in want and f != "Cargo.lock":
                os.unlink(os.path.join(root, f))


def sync_file(path, data):
    if isinstance(data, str):
        data = data.encode()
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return path
    except OSError:
        pass
    return write(path, data)


def environment():
    env = dict(os.environ,
               HARNESS_RUST_SRC=os.path.join(SRCDIR, "tests", "rust"), RUSTC=RUSTC, CARGO_TARGET_DIR=TARGET,
               CARGO_HOME=os.path.join(TARGET, "cargo-home"),
               CARGO_TERM_COLOR="never",
               HARNESS_SRC=HARNESS, HARNESS_TMP=os.path.join(WORK, "c"),
               HARNESS_GENERATED=GENERATED,
               HARNESS_INCLUDE=os.path.join(SRCDIR, "include"),
               HARNESS_CC=CC, HARNESS_LIBS=ZYDIS_LIBS)
    rustdoc = os.path.join(os.path.dirname(RUSTC), "rustdoc")
    if os.path.exists(rustdoc):
        env["RUSTDOC"] = rustdoc
    # No other toolchain reached through PATH (rustup's proxies).
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep)
        if not os.path.exists(os.path.join(p, "rustup")))
    return env


ENV = environment()

# --- the workspace ------------------------------------------------------------

WORKSPACE = """\
[workspace]
members = ["vmxgen", "harness"]
resolver = "2"

# No debug information and no incremental state: a third of the time of a
# build from scratch, and the tests never look at either.
[profile.dev]
debug = 0
incremental = false

# The release build is what a kernel builds: opt-level 2.
[profile.release]
opt-level = 2
"""

HARNESS_TOML = """\
[package]
name = "harness"
version = "0.0.0"
edition = "2021"
publish = false
build = "build.rs"

# The library is empty: no test binary of its own.
[lib]
path = "lib.rs"
test = false
doctest = false

# One program runs the three C drivers (trap, fields, entry: its first
# argument): each of the three took as long to build as the one does,
# compiling the same bridge.rs and linking the same objects.
[[test]]
name = "emulated"
path = "main.rs"
harness = false

[features]
fault-hook = ["vmxgen/fault-hook"]

[dependencies]
vmxgen = { path = "../vmxgen" }
"""

def bridges(model):
    """bridge.rs: each Rust wrapper behind the C wrapper's name and
    signature (rustcalls.py), and each typed VMCS field's read() and
    write() behind the C per-field accessors; rust-shim.h, which declares
    them for the C harness in place of the C header's inline functions
    (cases.c reaches it through spec-cases.h, fields.c through -include)."""
    source, decls, missing = rustcalls.callers(model, "bridge")
    lines = [source]
    # A C macro (hostx_inb_imm8()) is not renamed before the headers
    # define it: it is #undef'd after them, as the renamed functions are.
    macros = {f.name for f in backends.c.public_functions(model) if f.macro}
    renames = [name for name, _ in decls if name not in macros]
    extra = []
    rust_views = {v.isa.name: v for v in backends.rust.views(model)}
    for isa in model.isas:
        view = rust_views.get(isa.name)
        if view is None or not view.has_vmcs:
            continue
        fail_value = "e.value() as u32"
        if isa.error_field is not None:
            name = "%s_insn_error" % isa.name
            lines += ["#[no_mangle]",
                      "pub unsafe extern \"C\" fn %s() -> u32 {" % name,
                      "    %s::vmcs::insn_error()" % isa.name, "}", ""]
            renames.append(name)
            extra.append("vmx_u32 %s(void);" % name)
        cn = backends.c.names.IsaNames(isa)
        ok = isa.status.success.value
        for f in isa.vmcs_fields:
            ctype = backends.c.VMCS_WIDTH_BY_FIELD[f.width].ctype
            rtype = rustcalls.rust_type(ctype)
            const = "%s::vmcs::%s" % (isa.name, f.name.upper())
            reader, writer = cn.field_reader(f), cn.field_writer(f)
            lines += ["#[no_mangle]",
                      "pub unsafe extern \"C\" fn %s(value: *mut %s) -> u32 {"
                      % (reader, rtype),
                      "    match %s.read() { Ok(v) => { *value = v; %d } "
                      "Err(e) => %s }" % (const, ok, fail_value), "}", ""]
            renames.append(reader)
            extra.append("enum %s %s(%s *value);" % (cn.status_enum, reader,
                                                     ctype))
            if f.read_only:
                continue
            lines += ["#[no_mangle]",
                      "pub unsafe extern \"C\" fn %s(value: %s) -> u32 {"
                      % (writer, rtype),
                      "    match %s.write(value) { Ok(()) => %d, "
                      "Err(e) => %s }" % (const, ok, fail_value), "}", ""]
            renames.append(writer)
            extra.append("enum %s %s(%s value);" % (cn.status_enum, writer,
                                                    ctype))
    lines += rustcalls.entry_bridges(model)
    shim = ["/* Generated by tests/rust.py: the wrappers and accessors the C "
            "harness calls are the Rust bridges. */",
            "#ifndef RUST_SHIM_H", "#define RUST_SHIM_H"]
    functions = backends.rust.public_functions(model)
    if any(f.capture == "flag_byte" and f.form is None for f in functions):
        # A wrapper with register outputs takes its status as a flag
        # byte: Rust has no asm goto with outputs.
        shim += ["#define VMXGEN_NO_ASM_GOTO_OUTPUT 1"]
    if any(f.capture == "flag_byte" and f.form == "value" for f in functions):
        # So does the value form, which the harness runs too (its fault
        # resumes after the instruction).
        shim += ["#define HARNESS_VALUE_FORM_FLAG_BYTE 1"]
    # The goto forms are C macros (Rust's asm! has no label operands in
    # Debian's rustc): the C harness skips their cases here.
    shim += ["#define HARNESS_NO_GOTO_FORMS 1"]
    shim += ["#include <vmxgen/vmx_compat.h>"]
    shim += ["#define %s %s_c_header" % (n, n) for n in renames]
    shim += ["#include <vmxgen/%s.h>" % isa.name for isa in model.isas]
    shim += ["#undef %s" % n for n in renames + sorted(macros)]
    shim += [d for _, d in decls] + extra
    # For the bridges of the fault-hook build: whether the instruction
    # the "CPU" just ran faulted and was resumed at a fixup.
    shim += ["#ifdef HARNESS_FAULT_HOOK", '#include "emu.h"',
             "int rust_harness_faulted(void);",
             "int rust_harness_faulted(void)", "{",
             "\treturn emu_nr_traps() && emu_trap(emu_nr_traps() - 1)->fixed_up;",
             "}", "#endif", "#endif"]
    return "\n".join(lines) + "\n", "\n".join(shim) + "\n", \
        [(n, "no Rust wrapper") for n in missing]


def assemble(model):
    sync_tree(os.path.join(GENERATED, "rust"), os.path.join(WORK, "vmxgen"))
    c_dir = os.path.join(WORK, "c")
    fresh = os.path.join(WORK, "gen-table")
    os.makedirs(fresh, exist_ok=True)
    r = run([PYTHON, os.path.join(HARNESS, "gen-table.py"), SPEC, fresh])
    if r.returncode:
        raise SystemExit("gen-table.py failed:\n" + r.stderr)
    for name, to in (("spec-table.h", "spec-table.h"),
                     ("spec-cases.h", "c-spec-cases.h")):
        with open(os.path.join(fresh, name), "rb") as f:
            sync_file(os.path.join(c_dir, to), f.read())
    with open(os.path.join(HARNESS, "cases.c"), "rb") as f:
        sync_file(os.path.join(c_dir, "cases.c"), f.read())
    bridge, shim, missing = bridges(model)
    sync_file(os.path.join(c_dir, "rust-shim.h"), shim)
    sync_file(os.path.join(c_dir, "spec-cases.h"), '#include "rust-shim.h"\n'
              '#include "c-spec-cases.h"\n')
    h = os.path.join(WORK, "harness")
    sync_file(os.path.join(WORK, "Cargo.toml"), WORKSPACE)
    sync_file(os.path.join(h, "Cargo.toml"), HARNESS_TOML)
    sync_file(os.path.join(h, "lib.rs"), "#![no_std]\n")
    sync_file(os.path.join(h, "bridge.rs"), bridge)
    with open(os.path.join(SRCDIR, "tests", "rust", "build.rs"), "rb") as fh:
        sync_file(os.path.join(h, "build.rs"), fh.read())
    with open(os.path.join(SRCDIR, "tests", "rust", "main.rs"), "rb") as fh:
        sync_file(os.path.join(h, "main.rs"), fh.read())
    return missing


def cargo(args):
    """Run cargo in the workspace; (ok, {target name: executable}, log)."""
    t = time.time()
    r = run([CARGO] + args + ["--offline", "--message-format=json"],
            cwd=WORK, env=ENV)
    print("# cargo %s: %.1f s" % (" ".join(args), time.time() - t))
    exes, log = {}, []
    for line in r.stdout.splitlines():
        try:
            msg = json.loads(line)
        except ValueError:
            continue
        if msg.get("reason") == "compiler-artifact" and msg.get("executable"):
            exes[msg["target"]["name"]] = msg["executable"]
        if msg.get("reason") == "compiler-message":
            log.append(msg["message"].get("rendered", ""))
    return r.returncode == 0, exes, "".join(log) + r.stderr


HAVE_ZYDIS = [False]    # the harness's CPU decodes with Zydis
NO_RUST = {}     # wrapper name: why the crate has no Rust wrapper for it


def relay(label, exe, driver):
    """Run a TAP program (exe, with the C driver to run: trap, fields or
    entry) and report each of its checks as ours; the checks of a wrapper
    the crate does not have (the C header's stands in for it, outside the
    Rust fault hook's table) are skips saying why."""
    r = run([exe, driver])
    lines = r.stdout.splitlines()
    n = hidden = failed = 0
    for i, line in enumerate(lines):
        m = re.match(r"(not ok|ok) \d+ - (.*)", line)
        if not m:
            continue
        n += 1
        text = m.group(2)
        skip = re.search(r"# SKIP (.*)", text)
        absent = [n for n in NO_RUST if " %s " % n in " %s " % text]
        if absent and not skip:
            hidden += m.group(1) == "not ok"
            tap.skip("%s: %s" % (label, text), "%s: %s (the C header's "
                     "wrapper stands in)" % (absent[0], NO_RUST[absent[0]]))
            continue
        if skip:
            tap.skip("%s: %s" % (label, text[:skip.start()].strip()),
                     skip.group(1))
            continue
        diag = []
        for more in lines[i + 1:]:
            if not more.startswith("#"):
                break
            diag.append(more[1:].strip())
        failed += m.group(1) == "not ok"
        tap.ok(m.group(1) == "ok", "%s: %s" % (label, text), "\n".join(diag))
    plan = [l for l in lines if re.match(r"1\.\.\d+", l)]
    # Exit 1 is the program's "some check failed": fine if the only
    # failures were the skipped ones of wrappers the crate does not have.
    exited = r.returncode == 0 or (r.returncode == 1 and hidden and
                                   not failed)
    tap.ok(exited and n > 0 and plan and
           plan[-1] == "1..%d" % n, "%s: ran to its end (%d checks, exit %d)"
           % (label, n, r.returncode), r.stderr[-2000:])


# --- the checks ----------------------------------------------------------------

def unit_tests(exe):
    r = run([exe, "--test-threads=1"])
    names = re.findall(r"^test (\S+) \.\.\. (ok|FAILED|ignored)$", r.stdout,
                       re.M)
    for name, result in names:
        tap.ok(result == "ok", "cargo test: %s" % name,
               r.stdout[-3000:] if result != "ok" else None)
    tap.ok(r.returncode == 0 and names, "cargo test of the crate: %d unit "
           "tests from the spec" % len(names), r.stdout[-3000:] + r.stderr)


def encoding_oracle(exe, model, label="release", isas=None, sections=(".text",),
                    forms=False):
    """The bytes of each wrapper's instruction in exe (in the bridge with
    the C wrapper's name), decoded by objdump and Capstone, as the spec
    says (tests/encoding.py's checks); isas: only these ISAs' wrappers;
    forms: every ISA's forms too (the trap-and-emulate binary has no
    form: the harness calls none, the linker drops them)."""
    enc = load_script("encoding_oracle",
                      os.path.join(SRCDIR, "tests", "encoding.py"))
    dis = disassemble(exe, sections=sections)
    have = {f.instruction.name for f in backends.rust.public_functions(model)}
    for f in backends.c.public_functions(model):
        insn = f.instruction
        wanted = f.form is not None if forms else f.form is None
        if isas is not None and f.isa in isas and f.form is None:
            wanted = True
        elif isas is not None and not forms:
            wanted = False
        if not wanted or insn.name not in have:
            continue
        body = dis.function(f.name)
        hits = [i.raw for i in body if i.is_mnemonic(insn.mnemonic)]
        if len(hits) > 1:   # an everyday mnemonic (mov): by its bytes
            hits = [h for h in hits if is_encoding(h, insn.encoding)] or hits
        name = "%s: %s (Rust) encodes as %s" % (label, f.name,
                                                insn.encoding.text)
        if not tap.ok(len(hits) == 1, name, "objdump finds %d %s in %s"
                      % (len(hits), insn.mnemonic, f.name)):
            continue
        raw = hits[0]
        problem = enc.check_bytes(insn, raw, 64)
        if problem is None and enc.capstone:
            problem = enc.capstone_problem(raw, 64, insn.mnemonic)
            if problem == "":
                tap.skip(name + " (" + raw.hex(" ") + ")", "objdump and the "
                         "spec agree; Capstone does not know it")
                continue
        tap.ok(problem is None, name + " (" + raw.hex(" ") + ")", problem)


SAVED = ("rbx", "rbp", "r12", "r13", "r14", "r15", "rsp")


def harness_entries(model):
    """[(C PublicEntry, Rust EntryView)] of the entries tests/harness/entry.c
    runs (vmx_run_guest(), tdxm_vp_enter()); the others' instructions the
    harness's "CPU" cannot run (VMRUN)."""
    with open(os.path.join(HARNESS, "entry.c")) as f:
        text = f.read()
    return [(c, v) for c, v in rustcalls.rust_entries(model)
            if re.search(r"\b%s\(" % re.escape(c.function), text)]


def bridge_keeps_nothing(exe, model):
    """The release bridges of the entries entry.c's callers call
    (vmx_run_guest(), tdxm_vp_enter()) neither save a callee-saved register
    nor write the stack but by their call: what entry.c checks of the
    host's registers and stack is then the entry's own doing."""
    for c, v in harness_entries(model):
        # That one function (a whole test binary takes seconds to parse).
        body = parse_disassembly(run([os.environ.get("OBJDUMP", "objdump"),
                                      "-d", "-w", "--disassemble=" +
                                      c.function, exe]).stdout).insns
        own = [i.text for i in body if i.mnemonic in ("push", "pushq") or
               i.mnemonic.startswith("mov") and
               re.search(r",.*\(%rsp\)", i.operands) or
               re.search(r"%(" + "|".join(SAVED[:-1]) + r")\b.*,",
                         i.operands) and i.mnemonic.startswith("mov")]
        # A call, or a tail jump (the status needs no mapping: the
        # Result's bytes are the C status).
        calls = [i for i in body if i.mnemonic.startswith(("call", "jmp"))]
        tap.ok(body and len(calls) == 1 and not own, "release bridge %s() "
               "calls %s::%s once and keeps no register of its own (%d "
               "instruction(s))" % (c.function, v.names.module, v.entry.function,
                                  len(body)),
               "\n".join(i.text for i in body))


def rustc_if_stale(target, sources, args):
    """rustc (opt-level 2, panic=abort) unless target is newer than every
    source: None, or rustc's complaint."""
    try:
        made = os.path.getmtime(target)
        if all(os.path.getmtime(s) < made for s in sources):
            return None
    except OSError:
        pass
    r = run([RUSTC, "--edition", "2021", "-C", "opt-level=2", "-C",
             "panic=abort"] + args, env=ENV)
    return None if r.returncode == 0 else r.stderr or "rustc failed"


# What declares a name in the generated crate, once strings, comments and
# character literals are blanked: an item keyword or let, then the name (a
# raw identifier's r# dropped; `r#type` itself is no item, nor is the
# pointer type `*const T`).
RUST_TOKEN = re.compile(r'"(?:\\.|[^"\\])*"|//[^\n]*|\'(?:\\.|[^\'\\])\'')
RUST_DECL = re.compile(r"(?<![#'*])\b(?:fn|struct|enum|const|static|mod|type|"
                       r"trait|union)\s+(?:r#)?([A-Za-z_]\w*)|"
                       r"\blet\s+(?:mut\s+)?(?:r#)?([A-Za-z_]\w*)")


def crate_names(root):
    """{name: [file]} of what the crate under root declares."""
    out = {}
    for path in sorted(glob.glob(os.path.join(root, "**", "*.rs"),
                                 recursive=True)):
        with open(path) as f:
            text = RUST_TOKEN.sub(" ", f.read())
        text = re.sub(r"\b(?:const|unsafe)\s+fn\b", "fn", text)
        for m in RUST_DECL.finditer(text):
            name = m.group(1) or m.group(2)
            if name != "_" and not (m.group(1) and name == "fn"):
                out.setdefault(name, []).append(os.path.relpath(path, root))
    return out


def registry_names(model):
    """Every name the generated crate declares was handed out by the Rust
    names registry: a name the templates print without it would escape
    the clash and keyword checks."""
    reg = backends.rust.registry(model)
    handed = {name.replace("r#", "", 1) for _, name, _, _ in reg.record}
    declared = crate_names(os.path.join(GENERATED, "rust", "src"))
    stray = sorted("%s (%s)" % (name, ", ".join(sorted(set(files))))
                   for name, files in declared.items() if name not in handed)
    tap.ok(len(declared) > 500 and not stray, "the crate's %d declared names "
           "are all names the Rust registry handed out (%d records)"
           % (len(declared), len(reg.record)), "\n".join(stray))


def keyword_names():
    """Spec names that are Rust keywords where Rust cannot escape them with
    r#: the generator gives them names that build (or refuses them at
    file:line:col, which this would report as the spec not generating)."""
    wd = os.path.join(WORK, "keywords")
    spec = os.path.join(wd, "spec")
    shutil.rmtree(wd, ignore_errors=True)
    shutil.copytree(SPEC, spec)
    shutil.copytree(os.path.join(SRCDIR, "tests", "extension", "sgx"),
                    os.path.join(spec, "fn"))
    edits = (("fn/isa.yaml", "  name: sgx\n", "  name: fn\n"),
             ("vmx/enums.yaml", "    values:\n",
              "    values:\n      - {name: SELF, value: 7, summary: self}\n"),
             ("vmx/layouts.yaml", "layouts:\n",
              "layouts:\n  - name: self\n    summary: a layout named self\n"
              "    sdm: none\n    bits: 32\n    fields:\n"
              "      - {bits: \"3:0\", name: low, summary: low bits}\n"
              "      - {bits: \"31:4\", reserved: zero}\n"))
    for rel, old, new in edits:
        path = os.path.join(spec, rel)
        with open(path) as f:
            text = f.read()
        assert old in text, (rel, old)
        write(path, text.replace(old, new, 1))
    out = os.path.join(wd, "out")
    os.makedirs(out)
    r = run([PYTHON, GEN, "-q", "--spec", spec, "--output", out])
    if not tap.ok(r.returncode == 0, "Rust keywords as spec names (ISA fn, "
                  "enum value SELF, layout self): the spec generates",
                  r.stderr):
        return
    src = os.path.join(out, "rust", "src")
    tap.ok(os.path.exists(os.path.join(src, "fn", "mod.rs")), "ISA fn: its "
           "module r#fn is in src/fn/, where `pub mod r#fn;` looks",
           "\n".join(sorted(os.listdir(src))))
    test = os.path.join(wd, "tests")
    r = run([RUSTC, "--edition", "2021", "--test", "--crate-name", "vmxgen",
             "-o", test, os.path.join(src, "lib.rs")], env=ENV)
    if not tap.ok(r.returncode == 0, "Rust keywords as spec names: the crate "
                  "and its unit tests build", r.stderr):
        return
    r = run([test, "-q"], env=ENV)
    tap.ok(r.returncode == 0 and "Self_" in open(os.path.join(
        src, "vmx", "mod.rs")).read(), "Rust keywords as spec names: the "
        "unit tests pass (variant Self_, type Self_)", r.stdout + r.stderr)


def extension():
    """The crate of the spec plus the new ISAs of tests/extension/ (a
    descriptor instruction, a TDCALL-shaped one with its status and
    outputs in registers, ENCLS leaves): it builds, every wrapper it has
    compiles in a caller at opt-level 2 with its instruction at the spec's
    bytes, and what it leaves out, it says why."""
    src = os.path.join(SRCDIR, "tests", "extension")
    wd = os.path.join(WORK, "extension")
    spec = os.path.join(wd, "spec")
    shutil.rmtree(spec, ignore_errors=True)
    shutil.copytree(SPEC, spec)
    # A folder with an isa.yaml is a new ISA; one without adds its files
    # to the spec's own folder (svm: VMLOAD, PSMASH's status register
    # shared with its 64-bit input; tdx: a TDCALL-shaped leaf), as in
    # tests/extension.py.  The ISAs are named by their isa.yaml (spec/tdx/
    # is ISA tdxm).
    new = []
    for d in sorted(os.listdir(src)):
        if os.path.isdir(os.path.join(src, d)):
            shutil.copytree(os.path.join(src, d), os.path.join(spec, d),
                            dirs_exist_ok=True)
            with open(os.path.join(spec, d, "isa.yaml")) as f:
                new.append(yaml.safe_load(f)["isa"]["name"])
    # The generator rewrites only the outputs that changed, and the two
    # rustc steps run only when their inputs are newer than their outputs.
    out = os.path.join(wd, "out")
    os.makedirs(out, exist_ok=True)
    r = run([PYTHON, GEN, "-q", "--spec", spec, "--output", out])
    if not tap.ok(r.returncode == 0, "extension (%s): the spec generates"
                  % ", ".join(new), r.stderr):
        return
    model = load_model(spec)
    rlib = os.path.join(wd, "libvmxgen.rlib")
    crate = [os.path.join(root, f) for root, _, files in
             os.walk(os.path.join(out, "rust")) for f in files]
    r = rustc_if_stale(rlib, crate, [
        "--crate-type", "rlib", "--crate-name", "vmxgen", "-o", rlib,
        os.path.join(out, "rust", "src", "lib.rs")])
    if not tap.ok(r is None, "extension: the crate builds", r):
        return
    source, _, _ = rustcalls.callers(model, "bridge")
    calls = sync_file(os.path.join(wd, "calls.rs"), "#![no_std]\n#![allow("
                      "unused_unsafe, unreachable_patterns, dead_code)]\n" +
                      source)
    obj = os.path.join(wd, "calls.o")
    r = rustc_if_stale(obj, [calls, rlib], [
        "--crate-type", "lib", "--emit", "obj", "-o", obj,
        "--extern", "vmxgen=" + rlib, calls])
    if not tap.ok(r is None, "extension: a caller of every wrapper "
                  "compiles (opt-level 2)", r):
        return
    for v in backends.rust.views(model):
        if v.isa.name in new:
            for what, why in v.skipped:
                tap.skip("extension: %s %s in Rust" % (v.isa.name, what), why)
    encoding_oracle(obj, model, "extension", new, sections=None, forms=True)
    # Under the harness: the ISAs the extension adds (SGX's ENCLS leaves);
    # the main spec's wrappers run in the trap binary already.
    added = [yaml.safe_load(open(os.path.join(src, d, "isa.yaml")))["isa"]
             ["name"] for d in sorted(os.listdir(src))
             if os.path.exists(os.path.join(src, d, "isa.yaml"))]
    extension_harness(model, spec, wd, rlib, added)


def extension_harness(model, spec, wd, rlib, new):
    """The new ISAs' wrappers (the ENCLS leaves with RBX swapped in, the
    descriptor and TDCALL-shaped ones) run under the trap-and-emulate
    harness as the main spec's do: the C harness's CPU and cases from
    the copy's spec (gen-table.py), each wrapper through its Rust bridge,
    in one binary at opt-level 2 (rustc, no cargo: about a second)."""
    if not HAVE_ZYDIS[0]:
        tap.skip("extension: the new ISAs under the harness", "no Zydis "
                 "(libzydis-dev) for the harness's CPU")
        return
    c = os.path.join(wd, "c")
    fresh = os.path.join(wd, "gen-table")
    os.makedirs(c, exist_ok=True)
    os.makedirs(fresh, exist_ok=True)
    r = run([PYTHON, os.path.join(HARNESS, "gen-table.py"), spec, fresh])
    if not tap.ok(r.returncode == 0, "extension: gen-table.py reads the copy",
                  r.stderr):
        return
    # Files rewritten only when their bytes change, and each step run only
    # when its inputs are newer than its output: a second run builds nothing.
    for name, to in (("spec-table.h", "spec-table.h"),
                     ("spec-cases.h", "c-spec-cases.h")):
        with open(os.path.join(fresh, name), "rb") as f:
            sync_file(os.path.join(c, to), f.read())
    bridge, shim, _ = bridges(model)
    sync_file(os.path.join(c, "rust-shim.h"), shim)
    sync_file(os.path.join(c, "spec-cases.h"), '#include "rust-shim.h"\n'
              '#include "c-spec-cases.h"\n')
    # The harness's sources beside the copy's spec-table.h: an #include
    # "..." looks in the including file's directory first, where an
    # in-tree build keeps the main spec's (as tests/extension.py does).
    for f in os.listdir(HARNESS):
        if f.endswith((".c", ".h")) and not f.startswith("spec-"):
            with open(os.path.join(HARNESS, f), "rb") as fh:
                sync_file(os.path.join(c, f), fh.read())
    objs = []
    for name, extra in (("emu", []), ("cases", ["-Dmain=trap_main",
                                                "-DHARNESS_VARIANT=O0"])):
        obj = os.path.join(c, name + ".o")
        objs.append(obj)
        sources = glob.glob(os.path.join(c, "*.h")) + [
            os.path.join(c, name + ".c")]
        if os.path.exists(obj) and all(os.path.getmtime(f) <
                                       os.path.getmtime(obj) for f in sources):
            continue
        r = run([CC, "-std=gnu11", "-O0", "-c", "-o", obj, "-I", c, "-I",
                 os.path.join(wd, "out"), "-I",
                 os.path.join(SRCDIR, "include")] + extra +
                [os.path.join(c, name + ".c")])
        if not tap.ok(r.returncode == 0, "extension: %s.c compiles for the "
                      "harness" % name, r.stderr):
            return
    bridge = sync_file(os.path.join(c, "bridge.rs"), bridge)
    main = sync_file(os.path.join(c, "main.rs"), open(os.path.join(
        SRCDIR, "tests", "rust", "main.rs")).read().replace(
        'concat!(env!("CARGO_MANIFEST_DIR"), "/bridge.rs")', '"bridge.rs"'))
    exe = os.path.join(c, "harness")
    # trap_only: cases.c's driver alone (fields.c and entry.c are not
    # built here).
    r = rustc_if_stale(exe, [main, bridge, rlib] + objs, [
        "-o", exe, "--cfg", "trap_only", "--extern", "vmxgen=" + rlib, main] +
        [a for o in objs + ZYDIS_LIBS.split() for a in
         ("-C", "link-arg=" + o)])
    if not tap.ok(r is None, "extension: the harness with the Rust bridges "
                  "builds (opt-level 2)", r):
        return
    r = run([exe, "trap"])
    results = [l for l in r.stdout.splitlines() if re.match(r"^(not )?ok ", l)]
    tap.ok(results and re.search(r"^1\.\.\d+$", r.stdout, re.M),
           "extension: the harness ran to its end (%d checks, exit %d)"
           % (len(results), r.returncode), r.stderr[-2000:])
    for f in backends.c.public_functions(model):
        if f.isa not in new or f.form is not None:
            continue
        mine = [l for l in results if " %s " % f.name in l]
        ran = [l for l in mine if "# SKIP" not in l]
        tap.ok(ran and all(l.startswith("ok") for l in mine),
               "extension: %s (Rust) under the harness: %d checks, all ok"
               % (f.name, len(ran)), "\n".join(
                   l for l in mine if not l.startswith("ok ")) or
               "no check names it")


WIDTH_TYPES = {16: "u16", 32: "u32", 64: "u64", "natural": "usize"}


def negative_compile(model):
    """Field accesses of the right width compile, of the wrong width or a
    write to a read-only field do not: rustc --emit=metadata against the
    crate the debug build made."""
    rlibs = sorted(glob.glob(os.path.join(TARGET, "debug", "deps",
                                          "libvmxgen-*.rlib")),
                   key=os.path.getmtime)
    if not rlibs:
        tap.ok(False, "negative compile test: no libvmxgen rlib to build "
               "against")
        return
    for isa in model.isas:
        rw = [f for f in isa.vmcs_fields if not f.read_only]
        ro = [f for f in isa.vmcs_fields if f.read_only]
        if not rw or not ro:
            continue
        w, o = rw[0], ro[0]
        wrong = next(t for k, t in WIDTH_TYPES.items() if k != w.width)
        path = "vmxgen::%s::vmcs" % isa.name
        cases = [
            ("the right widths and a writable field", True,
             "%s::%s.write(0%s)?; let _: %s = %s::%s.read()?;" % (
                 path, w.name.upper(), WIDTH_TYPES[w.width],
                 WIDTH_TYPES[o.width], path, o.name.upper()), None),
            ("a write of the wrong width (%s to a %s field)" % (
                wrong, w.width_text), False, "%s::%s.write(0%s)?;" % (
                path, w.name.upper(), wrong), "E0308"),
            ("a read into the wrong width (%s from a %s field)" % (
                wrong, w.width_text), False, "let _: %s = %s::%s.read()?;" % (
                wrong, path, w.name.upper()), "E0308"),
            ("a write to a read-only field (%s)" % o.name, False,
             "%s::%s.write(0)?;" % (path, o.name.upper()), "E0599"),
        ]
        wd = os.path.join(WORK, "negative")
        for i, (what, compiles, stmt, code) in enumerate(cases):
            src = write(os.path.join(wd, "case%d.rs" % i),
                        "#![no_std]\npub unsafe fn f() -> Result<(), "
                        "vmxgen::%s::VmFail> {\n    %s\n    Ok(())\n}\n"
                        % (isa.name, stmt))
            r = run([RUSTC, "--edition", "2021", "--crate-type", "lib",
                     "--emit", "metadata", "-o", src + ".rmeta",
                     "--extern", "vmxgen=" + rlibs[-1],
                     "-L", "dependency=" + os.path.dirname(rlibs[-1]), src],
                    env=ENV)
            if compiles:
                tap.ok(r.returncode == 0, "%s: %s compiles" % (isa.name, what),
                       r.stderr)
            else:
                tap.ok(r.returncode != 0 and code in r.stderr,
                       "%s: %s does not compile (%s)" % (isa.name, what, code),
                       r.stderr or "it compiled")


def readme_example():
    """README.md's VM-entry loop (the rust block that starts with
    '// vm-entry-loop') compiles against the crate, warnings as errors:
    the worked example cannot rot."""
    with open(os.path.join(SRCDIR, "README.md")) as f:
        blocks = re.findall(r"```rust\n(// vm-entry-loop\n.*?)```", f.read(),
                            re.S)
    rlibs = sorted(glob.glob(os.path.join(TARGET, "debug", "deps",
                                          "libvmxgen-*.rlib")),
                   key=os.path.getmtime)
    if not tap.ok(len(blocks) == 1 and rlibs, "README.md has one VM-entry "
                  "loop example (%d) and a crate to build it against"
                  % len(blocks)):
        return
    src = write(os.path.join(WORK, "readme", "vm_entry_loop.rs"),
                "#![no_std]\n" + blocks[0])
    r = run([RUSTC, "--edition", "2021", "--crate-type", "lib",
             "--emit", "metadata", "-D", "warnings", "-o", src + ".rmeta",
             "--extern", "vmxgen=" + rlibs[-1],
             "-L", "dependency=" + os.path.dirname(rlibs[-1]), src], env=ENV)
    tap.ok(r.returncode == 0, "README.md's VM-entry loop compiles against "
           "the crate", r.stderr)


def i686():
    r = run([RUSTC, "--print", "target-libdir", "--target",
             "i686-unknown-linux-gnu"], env=ENV)
    libdir = r.stdout.strip()
    if r.returncode or not glob.glob(os.path.join(libdir, "libcore-*.rlib")):
        tap.skip("the crate for i686", "%s has no i686 core library (%s); "
                 "Debian's is libstd-rust-web-dev:i386, which apt offers "
                 "only with i386 among dpkg's architectures"
                 % (RUSTC, libdir or r.stderr.strip()))
        return
    ok, _, log = cargo(["build", "-p", "vmxgen", "--target",
                        "i686-unknown-linux-gnu"])
    tap.ok(ok, "the crate builds for i686", log)


def main():
    model = load_model()
    # The two assembler functions of the VMX entry, for entry.c's HOST_RIP
    # check (build.rs).
    vmx = [v.entry for _, v in rustcalls.rust_entries(model) if v.entry.init_function]
    ENV.update(HARNESS_ENTRY_START=vmx[0].asm.function if vmx else "",
               HARNESS_ENTRY_END=vmx[0].asm.init_function if vmx else "")
    missing = assemble(model)
    for name, why in missing:
        tap.skip("%s in Rust" % name, why)
        NO_RUST[name] = why
    have_zydis = run([CC, "-E", "-x", "c", "-"], input="#include <Zydis/Zydis.h>\n").returncode == 0
    HAVE_ZYDIS[0] = have_zydis
    ok, debug, log = cargo(["test", "--workspace", "--no-run"] +
                           ([] if have_zydis else ["-p", "vmxgen"]))
    tap.ok(ok and "vmxgen" in debug, "cargo test --no-run: the crate and its "
           "tests build (debug)", log)
    if "vmxgen" in debug:
        unit_tests(debug["vmxgen"])
    negative_compile(model)
    readme_example()
    if not have_zydis:
        tap.skip("trap-and-emulate", "no Zydis (libzydis-dev) for the "
                 "harness's CPU")
    else:
        ok, release, log = cargo(["test", "--release", "-p", "harness",
                                  "--no-run"])
        tap.ok(ok and "emulated" in release, "the trap-and-emulate test "
               "builds (release, opt-level 2)", log)
        debug_exe, release_exe = debug.get("emulated"), release.get("emulated")
        if debug_exe:
            relay("rust debug", debug_exe, "trap")
        if release_exe:
            relay("rust release", release_exe, "trap")
            encoding_oracle(release_exe, model)
        for label, exe in (("debug", debug_exe), ("release", release_exe)):
            if exe:
                relay("rust %s fields" % label, exe, "fields")
                relay("rust %s entry" % label, exe, "entry")
        if release_exe:
            bridge_keeps_nothing(release_exe, model)
        # TODO: an SVM entry case needs VMRUN in emu.c (and a test like
        # entry.c for svm_run_guest(), which C does not have either).
        ran = harness_entries(model)
        for c, v in rustcalls.rust_entries(model):
            if c.function not in [r.function for r, _ in ran]:
                tap.skip("%s::%s under the trap-and-emulate CPU" % (
                    v.names.module, v.entry.function), "emu.c has no %s "
                    "(the C %s() runs on Bochs only)" % (
                        "/".join(c.enters).upper(), c.function))
        # The hooks: the fault table and, for the entries, the hook
        # features with tests/rust/entry-hooks.S's functions.
        ENV["HARNESS_HOOK"] = "1"
        features = ["fault-hook"] + ["vmxgen/" + v.entry.feature
                                     for _, v in ran]
        ok, hook, log = cargo(["test", "--release", "-p", "harness",
                               "--no-run", "--features", ",".join(features)])
        del ENV["HARNESS_HOOK"]
        tap.ok(ok and "emulated" in hook, "the "
               "trap-and-emulate tests build with the features %s (release)"
               % ", ".join(features), log)
        if "emulated" in hook:
            relay("rust release fault-hook", hook["emulated"], "trap")
            relay("rust release hooks entry", hook["emulated"], "entry")
    extension()
    registry_names(model)
    keyword_names()
    i686()
    print("# %.1f s" % (time.time() - started))
    tap.done()


main()
