# SPDX-License-Identifier: MIT
"""Rust callers of the generated crate's wrappers, one per C wrapper, with
the C wrapper's parameters (from the model: backends.c.public_functions
and backends.rust.public_functions):

  bridge  a #[no_mangle] extern "C" function with the C wrapper's name and
          signature that calls the Rust wrapper and stores its outputs
          through the C pointers on success, returning the C status value:
          the trap-and-emulate harness's cases.c calls these (tests/rust.py);
  shape   shape_<C name>, for the success-path figures (make bench):
          'if the call failed { return shape_failed() } 0', outputs stored
          as the C caller stores them, enums passed through as the C
          caller passes them.
"""

import os
import re

import backends.c
import backends.rust
from backends.c.entry import public_entries
from backends.rust.names import ident
from callers import IMMEDIATE, declarator

C_TYPES = {"vmx_u8": "u8", "vmx_u16": "u16", "vmx_u32": "u32",
           "vmx_u64": "u64", "unsigned long": "usize", "void": "()"}


def toolchain(tap):
    """(CARGO, RUSTC) as configure found them; without them the whole
    test is skipped, saying why."""
    cargo, rustc = os.environ.get("CARGO"), os.environ.get("RUSTC")
    if not cargo or not rustc:
        tap.skip_all(os.environ.get("RUST_SKIP") or
                     "configure found no Rust toolchain (CARGO, RUSTC)")
    return cargo, rustc


def rust_type(ctype):
    """The FFI type of a C parameter type: a pointer to a struct or to
    void points at bytes (the Rust wrapper's reference gets it by
    .cast()), a pointer to a function is an extern "C" fn."""
    ctype = ctype.strip()
    fn = re.match(r"^(.*?)\s*\(\*\)\((.*)\)$", ctype)
    if fn:
        ret, args = fn.groups()
        return 'extern "C" fn(%s) -> %s' % (", ".join(
            rust_type(a) for a in args.split(",")), rust_type(ret))
    if ctype.endswith("*"):
        pointee = ctype[:-1].strip()
        kind = "*mut "
        if pointee.startswith("const "):
            pointee, kind = pointee[len("const "):], "*const "
        if pointee == "void" or pointee.startswith("struct "):
            return kind + "u8"
        return kind + rust_type(pointee)
    if ctype.startswith("enum "):
        return "u32"
    return C_TYPES[ctype]


def callers(model, style="bridge"):
    """(Rust source, [(C function, C declaration)], [C names without a Rust
    wrapper])."""
    rs = {(f.instruction.name, f.form): f
          for f in backends.rust.public_functions(model)}
    lines, decls, missing = ["use vmxgen::*;", ""], [], []
    if style == "bridge":
        # A wrapper that returns a value and no status gives 0 after a
        # fault (with the fault-hook feature); the C wrapper leaves the
        # caller's object alone.  The bridge does as C does when the
        # harness's CPU says the instruction faulted and the value is 0.
        lines += ['#[cfg(feature = "fault-hook")]',
                  "fn faulted() -> bool {",
                  '    extern "C" {',
                  "        fn rust_harness_faulted() -> i32;",
                  "    }",
                  "    unsafe { rust_harness_faulted() != 0 }", "}",
                  '#[cfg(not(feature = "fault-hook"))]',
                  "fn faulted() -> bool {", "    false", "}", ""]
    if style == "shape":
        lines += ['extern "C" {', "    fn shape_failed() -> i32;", "}", ""]
    for f in backends.c.public_functions(model):
        r = rs.get((f.instruction.name, f.form))
        if r is None:
            missing.append(f.name)
            continue
        params = ", ".join("%s: %s" % (ident(name), rust_type(ct))
                           for ct, name in f.params)
        args = []
        c_types = {n: ct for ct, n in f.params}
        for name, rtype, enum in r.params:
            if rtype.startswith("*const"):
                # an address (INVLPG's): C's pointer, as it is
                args.append(ident(name) + ".cast()")
                continue
            if rtype.startswith("&"):
                # C's pointer is Rust's reference (to the pointee, or to
                # the struct or bytes a C struct or void pointer points at)
                args.append("&%s*%s.cast()" % ("mut " if rtype.startswith(
                    "&mut") else "", ident(name)))
                continue
            if "(*)" in c_types.get(name, ""):
                # the value form's handler: its failure as the C status
                n = c_types[name].count(",") + 1
                a = ["a%d" % i for i in range(n)]
                args.append("|%s| %s(%s, %s.value() as u32)" % (
                    ", ".join(a), ident(name), ", ".join(a[:-1]), a[-1]))
                continue
            if c_types.get(name, "").endswith("*"):
                # read-write: C passes a pointer, Rust takes the value and
                # gives the new one back
                args.append("*" + ident(name))
                continue
            if enum and style == "shape":
                args.append("core::mem::transmute(%s)" % ident(name))
            elif enum:
                args.append("%s::from_raw(%s as _).expect(\"an enum value\")"
                            % (enum, ident(name)))
            else:
                args.append(ident(name))
        # A C macro's immediate is a const generic of the Rust wrapper:
        # the bridge gives it the one constant C callers give the macro
        # (callers.IMMEDIATE), and refuses any other port with a status
        # no wrapper returns.
        turbofish = "::<%#x>" % IMMEDIATE if f.macro else ""
        call = "%s%s(%s)" % (r.path, turbofish, ", ".join(args))
        check = ["if %s != %#x { return %s; }" % (
            ident(f.params[k][1]), IMMEDIATE,
            "-1" if style == "shape" else "u32::MAX") for k in f.immediates]
        c_names = {name for _, name in f.params}
        outs = [name for name, _ in r.outputs]
        stores = ["*%s = o%d;" % (ident(name), i) for i, name in
                  enumerate(outs) if name is not None and name in c_names]
        pattern = "()" if not outs else "o0" if len(outs) == 1 else \
            "(" + ", ".join("o%d" % i for i in range(len(outs))) + ")"
        status = "o%d" % outs.index(None) if None in outs else None
        success = f.instruction.isa.status.success
        if f.form == "value":
            # the value, or what the handler gave
            name, ret = ("shape_" + f.name, "i32") if style == "shape" \
                else (f.name, rust_type(f.returns))
            body = ["%s%s" % (call, " as i32" if style == "shape" else "")]
        elif style == "shape":
            name, ret = "shape_" + f.name, "i32"
            if r.fail_type:
                body = ["match %s {" % call,
                        "    Ok(%s) => { %s 0 }" % (pattern, " ".join(stores)),
                        "    Err(_) => shape_failed(),", "}"]
            else:
                body = ["let %s = %s;" % (pattern, call)] + stores + \
                    ["%s as i32" % status if status else "0"]
        else:
            name, ret = f.name, rust_type(f.returns)
            if r.fail_type:
                body = ["match %s {" % call,
                        "    Ok(%s) => { %s %d }" % (pattern, " ".join(stores),
                                                       success.value),
                        "    Err(e) => e.value() as u32,", "}"]
            else:
                fault = f.instruction.status.fault \
                    if f.instruction.status.kind == "register" else None
                if fault is not None and status:
                    # The Rust wrapper returns the outputs beside the
                    # fault value; the C one stores none of them.
                    stores = ["if !(faulted() && %s == %#x) { %s }"
                              % (status, fault.value, " ".join(stores))] \
                        if stores else []
                else:
                    stores = ["if !(faulted() && o%d == 0) { %s }" % (i, st)
                              for i, st in enumerate(stores)] \
                        if stores else []
                # A C wrapper that returns a status the Rust one does not
                # report (AMD SVM's: OK, or FAULT through a fault hook,
                # which the Rust crate does not have) returns the success.
                done = [status] if status else \
                    ["%d" % success.value] if ret != "()" and success else []
                body = ["let %s = %s;" % (pattern, call)] + stores + done
        if r.only64:
            lines.append('#[cfg(target_arch = "x86_64")]')
        lines += ["#[no_mangle]",
                  'pub unsafe extern "C" fn %s(%s)%s {' % (
                      name, params, "" if ret == "()" else " -> " + ret)]
        lines += ["    " + line for line in check + body] + ["}", ""]
        decl = "%s %s(%s);" % (f.returns, f.name, ", ".join(
            declarator(ct, n) for ct, n in f.params) or "void")
        if f.macro:     # still a macro to its callers (#ifdef, typeof)
            names = ", ".join(n for _, n in f.params)
            decl += "\n#define %s(%s) (%s)(%s)" % (f.name, names, f.name,
                                                   names)
        decls.append((f.name, decl))
    return "\n".join(lines) + "\n", decls, missing


def rust_entries(model):
    """[(C PublicEntry, Rust EntryView)] of every guest entry."""
    rust = {v.isa.name: v for v in backends.rust.views(model) if v.entry}
    return [(c, rust[c.isa]) for c in public_entries(model) if c.isa in rust]


def entry_bridges(model, prefix=""):
    """Each Rust guest entry behind the C entry's name (with prefix) and
    signature, returning the C status: tests/harness/entry.c calls them
    (tests/rust.py), tests/rust-targets.py builds them for its targets."""
    lines = []
    for c, v in rust_entries(model):
        e, mod = v.entry, "vmxgen::" + v.names.module
        for fn, params in ((c.function, e.params),
                           (c.init_function, [])):
            if fn is None:
                continue
            rust_fn = e.function if params else e.init_function
            args = ", ".join("&mut *" + p.name if p.raw_type.startswith("*")
                             else p.name for p in params)
            # A status register's value (TDH.VP.ENTER's RAX) is returned
            # as it is, u64 in both languages.
            wide = c.status_register is not None
            lines += ['#[cfg(target_arch = "x86_64")]', "#[no_mangle]",
                      'pub unsafe extern "C" fn %s(%s) -> %s {' % (
                          prefix + fn, ", ".join("%s: %s" % (
                              p.name, p.raw_type.replace(
                                  "*mut ", "*mut %s::" % mod))
                              for p in params), "u64" if wide else "u32"),
                      "    %s::%s(%s)" % (mod, rust_fn, args) if wide else
                      "    match %s::%s(%s) { Ok(()) => %d, Err(e) => "
                      "e.value() as u32 }" % (mod, rust_fn, args,
                                              c.success_value), "}", ""]
    return lines
