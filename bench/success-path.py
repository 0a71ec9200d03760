#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""make bench: the success path of every generated VMX wrapper next to a
KVM-style hand-written reference (bench/kvm_ref.h, ref_<mnemonic>()),
under gcc and clang at -O2.  Prints instructions and bytes from the
caller's entry to its 'ret' on success, and the ratio generated/reference.
Wrappers without a reference (other ISAs, instructions KVM does not use)
are left out.  Figures, not pass/fail."""

import os
import re
import sys

from callers import caller_functions, wrappers
from disasm import disassemble
from successpath import shape_problems, success_path
from vmxtest import GENERATED, compilers, include_flags, load_model, run, workdir, write

HERE = os.path.dirname(os.path.abspath(__file__))


def reference(callee):
    return "ref_" + callee.instruction.mnemonic


def measure(callees, cc, src):
    obj = src + "." + os.path.basename(cc.split()[0]) + ".o"
    r = run(cc.split() + ["-O2", "-std=gnu11", "-I", HERE, "-c", src, "-o", obj]
            + include_flags())
    if r.returncode:
        sys.exit("bench: %s failed:\n%s" % (cc, r.stderr))
    dis = disassemble(obj)
    rows = {}
    for c in callees:
        mn = c.instruction.mnemonic
        path, problem = success_path(dis.function("shape_" + c.name), mn,
                                     c.branches_on_flags)
        problems = [problem] if problem else shape_problems(path, mn,
                                                            c.branches_on_flags)
        rows[c.name] = (len(path), sum(i.size for i in path), problems)
    return rows


def main():
    with open(os.path.join(HERE, "kvm_ref.h")) as f:
        refs = set(re.findall(r"\b(ref_\w+)\(", f.read()))
    callees = [c for c in wrappers(load_model()) if reference(c) in refs]
    wd = workdir("bench")
    ours = write(os.path.join(wd, "ours.c"), caller_functions(
        callees, GENERATED, style="goto", prefix="shape_"))
    ref = write(os.path.join(wd, "ref.c"), caller_functions(
        callees, GENERATED, style="goto", prefix="shape_", call=reference,
        top=['#include "kvm_ref.h"']))
    results = {}
    for cname, cc in compilers():
        results[cname] = (measure(callees, cc, ours), measure(callees, cc, ref))
    names = list(results)
    print("Success path of 'if (vmx_X(...) != VMX_SUCCEED) goto fail;' at -O2,")
    print("from the caller's entry to its ret: instructions/bytes, generated vs")
    print("KVM-style reference (asm goto + jna), ratio = generated/reference.")
    print()
    head = "%-14s" % "wrapper"
    for n in names:
        head += " | %-6s gen  ref  ratio" % n
    print(head + " | shape")
    print("-" * len(head) + "-+------")
    worst = 0
    for c in callees:
        line = "%-14s" % c.name
        shape_ok = True
        for n in names:
            g, r = results[n][0][c.name], results[n][1][c.name]
            ratio = g[0] / r[0]
            worst = max(worst, ratio)
            line += " | %2d/%-3d %2d/%-3d %5.2f" % (g[0], g[1], r[0], r[1], ratio)
            shape_ok = shape_ok and not g[2]
        print(line + " | " + ("insn+1 branch" if c.branches_on_flags else "insn, no branch")
              if shape_ok else line + " | BAD")
    print()
    print("largest instruction-count ratio: %.2f" % worst)
    for n in names:
        for c in callees:
            g = results[n][0][c.name]
            if g[2]:
                print("%s %s: %s" % (n, c.name, "; ".join(g[2])))


if __name__ == "__main__":
    main()
