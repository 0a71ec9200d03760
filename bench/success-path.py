#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""make bench: the success path of every generated wrapper next to a
KVM-style hand-written reference (bench/kvm_ref.h), under gcc and clang at
-O2.  Prints instructions and bytes from the caller's entry to its 'ret'
on success, and the ratio generated/reference.  Figures, not pass/fail."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "lib"))
from shapes import shape_c  # noqa: E402
from successpath import disassemble, shape_problems, success_path  # noqa: E402
from vmxtest import compilers, include_flags, load_model, run, workdir  # noqa: E402


def measure(spec, cc, src, objdump, prefix):
    obj = src + "." + os.path.basename(cc.split()[0]) + ".o"
    r = run(cc.split() + ["-O2", "-std=gnu11", "-I", HERE, "-c", src, "-o", obj]
            + include_flags())
    if r.returncode:
        sys.exit("bench: %s failed:\n%s" % (cc, r.stderr))
    funcs = disassemble(obj, objdump)
    rows = {}
    for insn in spec.instructions:
        path, problem = success_path(funcs.get(prefix + insn.mnemonic, []),
                                     insn.mnemonic, insn.returns_status)
        problems = [problem] if problem else shape_problems(
            path, insn.mnemonic, insn.returns_status)
        rows[insn.mnemonic] = (len(path), sum(len(i.raw) for i in path), problems, path)
    return rows


def main():
    spec = load_model()
    objdump = os.environ.get("OBJDUMP") or "objdump"
    wd = workdir("bench")
    ours = os.path.join(wd, "ours.c")
    with open(ours, "w") as f:
        f.write(shape_c(spec))
    ref = os.path.join(wd, "ref.c")
    with open(ref, "w") as f:
        f.write('#include "kvm_ref.h"\n' + shape_c(spec, "ref_", "shape_"))
    results = {}
    for cname, cc in compilers():
        results[cname] = (measure(spec, cc, ours, objdump, "shape_"),
                          measure(spec, cc, ref, objdump, "shape_"))
    names = list(results)
    print("Success path of 'if (vmx_X(...) != VMX_SUCCEED) goto fail;' at -O2,")
    print("from the caller's entry to its ret: instructions/bytes, generated vs")
    print("KVM-style reference (asm goto + jna), ratio = generated/reference.")
    print()
    head = "%-10s" % "insn"
    for n in names:
        head += " | %-6s gen  ref  ratio" % n
    print(head + " | shape")
    print("-" * len(head) + "-+------")
    worst = 0
    for insn in spec.instructions:
        line = "%-10s" % insn.mnemonic
        shape_ok = True
        for n in names:
            g, r = results[n][0][insn.mnemonic], results[n][1][insn.mnemonic]
            ratio = g[0] / r[0]
            worst = max(worst, ratio)
            line += " | %2d/%-3d %2d/%-3d %5.2f" % (g[0], g[1], r[0], r[1], ratio)
            shape_ok = shape_ok and not g[2]
        print(line + " | " + ("insn+1 branch" if insn.returns_status else "insn, no branch")
              if shape_ok else line + " | BAD")
    print()
    print("largest instruction-count ratio: %.2f" % worst)
    for n in names:
        for insn in spec.instructions:
            g = results[n][0][insn.mnemonic]
            if g[2]:
                print("%s %s: %s" % (n, insn.mnemonic, "; ".join(g[2])))


if __name__ == "__main__":
    main()
