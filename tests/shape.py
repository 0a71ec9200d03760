#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Zero overhead, checked on every wrapper with gcc and clang at -O2 (and
-O3, -Os): in a caller that does 'if (vmx_X(...) != VMX_SUCCEED) goto
fail;', the VMX instruction is followed directly by one conditional branch
on CF/ZF, and the success path holds no other branch, no pushf, no setcc.
A wrapper that reports no status in the flags is the instruction and no
branch; one whose status register has a CF outcome (PVALIDATE, SEAMCALL)
reads CF once after it (a branch, cmov or setcc on CF) and nothing else."""

import os

from callers import caller_functions, wrappers
from disasm import disassemble, is_encoding
from successpath import shape_problems, success_path
from vmxtest import (GENERATED, Tap, asm_goto_outputs, compilers, include_flags,
                     load_model, run,
                     workdir, write)


def main():
    tap = Tap()
    callees = tap.cases(wrappers(load_model()), "the spec has no wrapper")
    wd = workdir("shape")
    src = write(os.path.join(wd, "shape.c"), caller_functions(
        callees, GENERATED, style="goto", prefix="shape_"))
    for cname, cc in compilers():
        goto_outputs = asm_goto_outputs(cc)
        for opt in ("-O2", "-O3", "-Os"):
            obj = os.path.join(wd, "shape-%s%s.o" % (cname, opt))
            r = run(cc.split() + [opt, "-c", src, "-o", obj] + include_flags())
            if not tap.ok(r.returncode == 0, "%s %s: callers compile" % (cname, opt),
                          r.stderr):
                continue
            dis = disassemble(obj)
            for w in callees:
                mn = w.instruction.mnemonic
                if w.form == "value" and not goto_outputs:
                    # TODO: one branch, as KVM's own fallback (an error
                    # trampoline called from inside the asm, after a taken
                    # 'ja' on success) would need a trampoline per handler.
                    tap.skip("%s %s: success path of %s" % (cname, opt, w.name),
                             "no asm goto with outputs under this compiler "
                             "(README, Status capture): the value form's "
                             "fallback is two not-taken branches, its stub's "
                             "'jbe' and the caller's on its one flag output")
                    continue
                enc = w.instruction.encoding

                def ours(i, mn=mn, enc=enc):
                    return i.is_mnemonic(mn) and is_encoding(i.raw, enc)
                ours.name = mn
                path, problem = success_path(dis.function("shape_" + w.name), ours,
                                             w.branches_on_flags,
                                             carry=w.reads_carry)
                problems = [problem] if problem else \
                    shape_problems(path, ours, w.branches_on_flags,
                                   carry=w.reads_carry)
                what = ("%s then one branch on CF/ZF" % mn if w.branches_on_flags
                        else "%s, CF read once" % mn if w.reads_carry
                        else "%s with no branch" % mn)
                tap.ok(not problems, "%s %s: success path of %s is %s, no "
                       "pushf/setcc (%d instructions)" % (cname, opt, w.name,
                                                        what, len(path)),
                       "\n".join(problems) + "\npath:\n" +
                       "\n".join(map(repr, path)))
    tap.done()


if __name__ == "__main__":
    main()
