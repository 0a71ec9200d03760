#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""make bench: the success path of every generated Rust wrapper beside the
C header's, at opt-level 2 (rustc -C opt-level=2; gcc and clang -O2).

Each caller has the shape users write, in both languages, with the same
parameters:

    C:    if (vmx_X(args) != VMX_SUCCEED) goto fail; return 0;
          fail: return shape_failed();
    Rust: match vmx::X(args) { Ok(v) => { *out = v; 0 } Err(_) => shape_failed() }

(a wrapper that stores through the caller's &mut, VMREAD's and VMPTRST's,
gets the C caller's pointer: vmx::vmread(field, &mut *value)).

Prints instructions/bytes from the caller's entry to its 'ret' on success
and what follows the VMX instruction, for two ABIs (ABIS: user space with
the red zone, a kernel without), with how much longer the Rust path is
than the shorter C one, and last, per ABI, the wrappers over +1.
Figures, not pass/fail; with no Rust toolchain (RUSTC from configure) it
says so and stops."""

import os
import sys

import rustcalls
from callers import caller_functions, wrappers
from disasm import disassemble
from successpath import shape_problems, success_path
from vmxtest import GENERATED, compilers, include_flags, load_model, run, workdir, write

RUSTC = os.environ.get("RUSTC")


def shortest_return(insns, limit=64):
    """The shortest path from the entry to a 'ret' with no call on it (the
    failure paths call shape_failed), trying both ways at each conditional
    branch: the success path whatever the branch's sense."""
    by_addr = {i.addr: n for n, i in enumerate(insns)}
    best = None
    todo = [(0, [])]
    while todo:
        n, path = todo.pop()
        if n >= len(insns) or len(path) >= limit or n in [by_addr[i.addr] for i in path]:
            continue
        insn = insns[n]
        path = path + [insn]
        if insn.mnemonic.startswith("call"):
            continue
        if insn.mnemonic.startswith("ret"):
            if best is None or len(path) < len(best):
                best = path
            continue
        if insn.mnemonic.startswith("j"):
            target = by_addr.get(insn.target())
            if target is not None:
                todo.append((target, path))
            if insn.mnemonic != "jmp":
                todo.append((n + 1, path))
            continue
        todo.append((n + 1, path))
    return best


def measure_rust(dis, callees):
    rows = {}
    for c in callees:
        mn = c.instruction.mnemonic
        path = shortest_return(dis.function("shape_" + c.name))
        if path is None:
            rows[c.name] = (0, 0, ["no path to 'ret' without a call"], "-")
            continue
        at = [i.mnemonic for i in path]
        after = at[at.index(mn) + 1] if mn in at and at.index(mn) + 1 < len(at) else "-"
        problems = [] if at.count(mn) == 1 else ["%d %s" % (at.count(mn), mn)]
        rows[c.name] = (len(path), sum(i.size for i in path), problems, after)
    return rows


def measure(dis, callees):
    rows = {}
    for c in callees:
        mn = c.instruction.mnemonic
        path, problem = success_path(dis.function("shape_" + c.name), mn,
                                     c.branches_on_flags)
        problems = [problem] if problem else \
            shape_problems(path, mn, c.branches_on_flags)
        at = [i.mnemonic for i in path]
        after = at[at.index(mn) + 1] if mn in at and at.index(mn) + 1 < len(at) else "-"
        rows[c.name] = (len(path), sum(i.size for i in path), problems, after)
    return rows


# The two ABIs a wrapper is built for: user space (the x86-64 psABI's
# 128-byte red zone below the stack pointer, which a leaf function may use
# without moving it) and a kernel (no red zone: an interrupt pushes its
# frame on the current stack; Linux builds with -mno-red-zone, Rust's
# x86_64-unknown-none target has none, -C no-redzone=yes says so on the
# host target).  gcc's shortest C paths store a memory operand in the red
# zone and tail-call the failure path; a kernel cannot.
ABIS = (("user space (red zone)", [], []),
        ("kernel (no red zone: -C no-redzone=yes, -mno-red-zone)",
         ["-C", "no-redzone=yes"], ["-mno-red-zone"]))


def measure_abi(wd, abi, rlib, src, csrc, have, callees, rust_flags, c_flags):
    tag = "kernel" if rust_flags else "user"
    obj = os.path.join(wd, "shape.%s.o" % tag)
    r = run([RUSTC, "--edition", "2021", "--crate-type", "lib", "-C",
             "opt-level=2", "-C", "panic=abort", "--emit", "obj", "-o", obj,
             "--extern", "vmxgen=" + rlib, src] + rust_flags)
    if r.returncode:
        sys.exit("bench: the Rust callers do not build:\n" + r.stderr)
    results = {"rustc": measure_rust(disassemble(obj, sections=None), have)}
    for cname, cc in compilers():
        cobj = "%s.%s.%s.o" % (csrc, cname, tag)
        r = run(cc.split() + ["-O2", "-std=gnu11", "-c", csrc, "-o", cobj]
                + c_flags + include_flags())
        if r.returncode:
            sys.exit("bench: %s failed:\n%s" % (cc, r.stderr))
        results[cname] = measure(disassemble(cobj), callees)
    return results


def table(abi, results, callees, missing):
    """Print one ABI's table; the wrappers more than one instruction
    longer in Rust than in the shorter C."""
    names = list(results)
    print("Success path at opt-level 2, %s, from the caller's entry to its "
          "ret:" % abi)
    print("instructions/bytes, and the instruction after the VMX one; "
          "+N: Rust over the shorter C.")
    print()
    head = "%-22s" % "wrapper" + "".join(" | %-15s" % n for n in names)
    print(head)
    print("-" * len(head))
    over = []
    for c in callees:
        if c.name in missing:
            continue
        line = "%-22s" % c.name
        for n in names:
            count, size, problems, after = results[n][c.name]
            line += " | %2d/%-3d %-4s%s" % (count, size, after,
                                            " BAD" if problems else "    ")
        # A C path the measure could not follow (BAD: clang's flag
        # outputs) is no figure to compare with, if the other C is one.
        cs = [results[n][c.name] for n in names if n != "rustc"]
        shortest = min(r[0] for r in ([r for r in cs if not r[2]] or cs))
        extra = results["rustc"][c.name][0] - shortest
        if extra > 0:
            line += "  +%d" % extra
        if extra > 1:
            over.append("%s (+%d)" % (c.name, extra))
        print(line)
    print()
    for n in names:
        for c in callees:
            if c.name in results[n] and results[n][c.name][2]:
                print("%s %s: %s" % (n, c.name, "; ".join(results[n][c.name][2])))
    print()
    return over


def main():
    if not RUSTC:
        print("bench: no Rust toolchain (configure: %s)"
              % (os.environ.get("RUST_SKIP") or "RUSTC unset"))
        return 0
    model = load_model()
    callees = [c for c in wrappers(model)
               if c.instruction.status.kind != "register"]
    wd = workdir("bench-rust")
    rlib = os.path.join(wd, "libvmxgen.rlib")
    r = run([RUSTC, "--edition", "2021", "--crate-type", "rlib",
             "--crate-name", "vmxgen", "-C", "opt-level=2", "-C",
             "panic=abort", "-o", rlib,
             os.path.join(GENERATED, "rust", "src", "lib.rs")])
    if r.returncode:
        sys.exit("bench: the crate does not build:\n" + r.stderr)
    source, _, missing = rustcalls.callers(model, "shape")
    src = write(os.path.join(wd, "shape.rs"), "#![no_std]\n" + source)
    csrc = write(os.path.join(wd, "shape.c"), caller_functions(
        callees, GENERATED, style="goto", prefix="shape_"))
    # The C forms without a Rust counterpart have no Rust caller.
    have = [c for c in callees if c.name not in missing]
    over = {}
    for abi, rust_flags, c_flags in ABIS:
        results = measure_abi(wd, abi, rlib, src, csrc, have, callees,
                              rust_flags, c_flags)
        over[abi] = table(abi, results, callees, missing)
    for abi, _, _ in ABIS:
        print("%s: %s" % (abi, "every Rust wrapper within +1 instruction of "
                          "the shorter C" if not over[abi] else
                          "more than +1 over the shorter C: " +
                          ", ".join(over[abi])))
    if missing:
        print("no Rust wrapper: " + ", ".join(missing))
    return 0


if __name__ == "__main__":
    sys.exit(main())
