#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""make bench-success-path: the generated VMX wrappers next to a
KVM-style hand-written reference (bench/kvm_ref.h, ref_<mnemonic>(),
written to KVM's vmx_ops.h technique), under gcc and clang at -O2,
without and with a fault hook (an exception-table entry per instruction,
as KVM's _ASM_EXTABLE).  For each wrapper, in a caller that does 'if
(vmx_X(...) != VMX_SUCCEED) goto fail;': the instructions and bytes from
the caller's entry to its 'ret' on success, and the instructions of the
whole caller function (failure paths included; the out-of-line stub of a
wrapper whose caller tells the failures apart is outside it).  Then a
caller that inlines 35 VMREADs of the value form (vmx_vmread_or(), as
KVM's sync_vmcs02_to_vmcs12_rare() does with vmcs_readl()).  Ratios are
generated/reference.  Wrappers without a reference (other ISAs, forms,
instructions KVM does not use) are left out.  Figures, not pass/fail."""

import os
import re
import sys

from callers import caller_functions, wrappers
from disasm import disassemble
from successpath import shape_problems, success_path
from vmxtest import (GENERATED, OBJDUMP, compilers, include_flags, load_model,
                     run, workdir, write)

HERE = os.path.dirname(os.path.abspath(__file__))

# The hook: one exception-table-like entry per instruction, as the kernel's
# _ASM_EXTABLE adds.
HOOK = ['#define VMXGEN_FAULT_HOOK(insn, fixup) ".pushsection ex, \\"a\\"\\n\\t" '
        '".long (" #insn ") - .\\n\\t.long (" #fixup ") - .\\n\\t.popsection\\n\\t"']
READS = 35


def reference(callee):
    return "ref_" + callee.instruction.mnemonic


def sync_rare(fields, ours):
    """A caller that stores READS fields, each read with the value form
    (ours) or the reference's vmcs_readl(); a failure is reported out of
    line by one of two functions, as KVM's are."""
    out = ['#include "kvm_ref.h"', ""]
    if ours:
        out += ["static __always_inline unsigned long on_fail(unsigned long field,",
                "\t\t\t\t\t\tenum vmx_status status)", "{",
                "\tif (status == VMX_FAULT)", "\t\tref_spurious_fault();",
                "\telse", "\t\tref_vmread_error(field);", "\treturn 0;", "}", ""]
    out += ["void sync_rare(unsigned long *out);",
            "void sync_rare(unsigned long *out)", "{"]
    for k, f in enumerate(fields):
        out.append("\tout[%d] = %s;" % (k, "vmx_vmread_or(%s, on_fail)" % f if ours
                                        else "ref_vmcs_readl(%s)" % f))
    return "\n".join(out + ["}", ""])


class Object:
    """A compiled object: each function's instructions, only those inside
    its symbol's size (a wrapper's stub in '.subsection 1' follows the last
    function of the section, outside every symbol)."""

    def __init__(self, obj):
        self.dis = disassemble(obj)
        self.size = {}
        for line in run([OBJDUMP, "-t", obj]).stdout.splitlines():
            m = re.match(r"^[0-9a-f]+ .{6}F \S+\s+([0-9a-f]+)\s+(\S+)$", line)
            if m:
                self.size[m.group(2)] = int(m.group(1), 16)

    def function(self, name):
        insns = self.dis.function(name)
        if not insns or name not in self.size:
            return insns
        return [i for i in insns if i.addr < insns[0].addr + self.size[name]]


def compile_obj(cc, src, tag):
    obj = "%s.%s.o" % (src, tag)
    r = run(cc.split() + ["-O2", "-std=gnu11", "-I", HERE, "-c", src, "-o", obj]
            + include_flags())
    if r.returncode:
        sys.exit("bench: %s failed:\n%s" % (cc, r.stderr))
    return Object(obj)


def measure(callees, dis):
    rows = {}
    for c in callees:
        mn = c.instruction.mnemonic
        insns = dis.function("shape_" + c.name)
        path, problem = success_path(insns, mn, c.branches_on_flags)
        problems = [problem] if problem else shape_problems(path, mn,
                                                            c.branches_on_flags)
        rows[c.name] = (len(path), sum(i.size for i in path), len(insns),
                        problems)
    return rows


def main():
    with open(os.path.join(HERE, "kvm_ref.h")) as f:
        refs = set(re.findall(r"\b(ref_\w+)\(", f.read()))
    callees = [c for c in wrappers(load_model())
               if reference(c) in refs and c.form is None]
    with open(os.path.join(GENERATED, "vmxgen", "vmcs_fields.h")) as f:
        fields = re.findall(r"^\t(VMCS_GUEST_\w+) = 0x[0-9a-f]*[02468ace],$",
                            f.read(), re.M)[:READS]
    wd = workdir("bench")
    worst = 0
    for hook in (False, True):
        top = HOOK if hook else []
        ours = write(os.path.join(wd, "ours%d.c" % hook), caller_functions(
            callees, GENERATED, style="goto", prefix="shape_", top=top))
        ref = write(os.path.join(wd, "ref%d.c" % hook), caller_functions(
            callees, GENERATED, style="goto", prefix="shape_", call=reference,
            top=top + ['#include "kvm_ref.h"']))
        sync = [write(os.path.join(wd, "sync%d%d.c" % (hook, o)),
                      "\n".join(top) + "\n" + sync_rare(fields, o))
                for o in (True, False)]
        results, syncs = {}, {}
        for cname, cc in compilers():
            results[cname] = (measure(callees, compile_obj(cc, ours, cname)),
                              measure(callees, compile_obj(cc, ref, cname)))
            syncs[cname] = [len(compile_obj(cc, s, cname).function("sync_rare"))
                            for s in sync]
        names = list(results)
        print("%s a fault hook: 'if (vmx_X(...) != VMX_SUCCEED) goto fail;' at "
              "-O2," % ("With" if hook else "Without"))
        print("success path (instructions/bytes, entry to ret) and whole caller "
              "(instructions),")
        print("generated vs KVM-style reference, ratio = generated/reference.")
        print()
        head = "%-14s" % "wrapper"
        for n in names:
            head += " | %-6s path gen/ref   func gen/ref ratio" % n
        print(head + " | shape")
        print("-" * len(head) + "-+------")
        bad = []
        for c in callees:
            line = "%-14s" % c.name
            shape_ok = True
            for n in names:
                g, r = results[n][0][c.name], results[n][1][c.name]
                ratio = max(g[0] / r[0], g[2] / r[2])
                worst = max(worst, ratio)
                line += " | %2d/%-3d %2d/%-3d  %3d/%-3d %5.2f" % (
                    g[0], g[1], r[0], r[1], g[2], r[2], ratio)
                shape_ok = shape_ok and not g[3]
                if g[3]:
                    bad.append("%s %s: %s" % (n, c.name, "; ".join(g[3])))
            print(line + " | " + ("insn+1 branch" if c.branches_on_flags else
                                  "insn, no branch") if shape_ok else line + " | BAD")
        print()
        for n in names:
            g, r = syncs[n]
            worst = max(worst, g / r)
            print("%s: a caller of %d VMREADs (value form vs KVM's vmcs_readl()): "
                  "%d vs %d instructions, ratio %.2f" % (n, len(fields), g, r, g / r))
        for line in bad:
            print(line)
        print()
    print("largest instruction-count ratio: %.2f" % worst)


if __name__ == "__main__":
    main()
