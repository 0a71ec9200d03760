#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Zero overhead, checked on every wrapper with gcc and clang at -O2 (and
-O3, -Os): in a caller that does 'if (vmx_X(...) != VMX_SUCCEED) goto
fail;', the VMX instruction is followed directly by one conditional branch
on CF/ZF, and the success path holds no other branch, no pushf, no setcc."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from shapes import shape_c  # noqa: E402
from successpath import disassemble, shape_problems, success_path  # noqa: E402
from vmxtest import Tap, compilers, include_flags, load_model, run, workdir  # noqa: E402


def main():
    tap = Tap()
    spec = load_model()
    objdump = os.environ.get("OBJDUMP") or "objdump"
    wd = workdir("shape")
    src = os.path.join(wd, "shape.c")
    with open(src, "w") as f:
        f.write(shape_c(spec))
    for cname, cc in compilers():
        for opt in ("-O2", "-O3", "-Os"):
            obj = os.path.join(wd, "shape-%s%s.o" % (cname, opt))
            r = run(cc.split() + [opt, "-c", src, "-o", obj] + include_flags())
            if not tap.ok(r.returncode == 0, "%s %s: callers compile" % (cname, opt),
                          r.stderr):
                continue
            funcs = disassemble(obj, objdump)
            for insn in spec.instructions:
                body = funcs.get("shape_" + insn.mnemonic, [])
                path, problem = success_path(body, insn.mnemonic, insn.returns_status)
                problems = [problem] if problem else \
                    shape_problems(path, insn.mnemonic, insn.returns_status)
                what = ("%s then one branch on CF/ZF" % insn.mnemonic
                        if insn.returns_status else "%s with no branch" % insn.mnemonic)
                tap.ok(not problems, "%s %s: success path of vmx_%s is %s, no "
                       "pushf/setcc (%d instructions)" % (cname, opt, insn.mnemonic,
                                                        what, len(path)),
                       "\n".join(problems) + "\npath:\n" +
                       "\n".join(map(repr, path)))
    tap.done()


if __name__ == "__main__":
    main()
