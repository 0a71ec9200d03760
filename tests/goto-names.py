#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The goto forms' macros rename the spec's names only where they are C
names: a spec parameter named like an asm constraint ("r", "rm") keeps
its operand's constraint, and the header compiles.

A goto form (vmx_<insn>_goto(args, fail, fault)) is the wrapper's body
with each parameter x renamed __x; the rename once reached into the
strings too, so a VMWRITE whose field operand is named r had the
constraint "__r" (a compile error from a spec the generator accepted).
Here VMWRITE's operands are named r and rm, and a caller of both its goto
forms compiles, gcc or clang, 64- and 32-bit, freestanding; one caller
gives its labels through macros (the fail label's name in the asm text
is the expanded one, VMXGEN_STRINGIFY(), as the label list's)."""

import os
import re

from vmxtest import (SPEC, Tap, default_compiler, include_flags, run, spec_with,
                     workdir, write)

CALLER = r"""
#include <vmxgen/vmx.h>

int write_reg(unsigned long f, unsigned long v)
{
	vmx_vmwrite_goto(f, v, fail, fault);
	return 0;
fail:
	return 1;
fault:
	return 2;
}

/* Labels through macros: the asm text names the expanded label, as the
 * asm goto's label list does (a plain #fail named WRITE_FAILED). */
#define WRITE_FAILED out_fail
#define WRITE_FAULTED out_fault

int write_macro_labels(unsigned long f, unsigned long v)
{
	vmx_vmwrite_goto(f, v, WRITE_FAILED, WRITE_FAULTED);
	return 0;
out_fail:
	return 1;
out_fault:
	return 2;
}

int write_mem(unsigned long f, const unsigned long *v)
{
	vmx_vmwrite_mem_goto(f, v, fail, fault);
	return 0;
fail:
	return 1;
fault:
	return 2;
}
"""


def main():
    tap = Tap()
    with open(os.path.join(SPEC, "vmx", "instructions", "vmwrite.yaml")) as f:
        text = f.read()
    renamed = re.sub(r"\{name: field,", "{name: r,", text)
    renamed = re.sub(r"\{name: value,", "{name: rm,", renamed)
    tap.ok(renamed.count("{name: r,") == 1 and renamed.count("{name: rm,") == 1,
           "VMWRITE's operands renamed r and rm in a copy of the spec")
    yaml = write(os.path.join(workdir("goto-names"), "vmwrite.yaml"), renamed)
    wd, _, out, r = spec_with("goto-names", {
        os.path.join("vmx", "instructions", "vmwrite.yaml"): yaml})
    if not tap.ok(r.returncode == 0, "the generator accepts it", r.stderr):
        tap.done()
        return
    with open(os.path.join(out, "vmxgen", "vmx_insn.h")) as f:
        header = f.read()
    macro = re.search(r"^#define vmx_vmwrite_goto\(r, rm, fail, fault\)"
                      r"(?:.*\\\n)*.*\n", header, re.M)
    body = macro.group() if macro else ""
    tap.ok('[__r] "r" (__r)' in body and '"rm" (__rm)' in body and
           "%[__rm], %[__r]" in body,
           "vmx_vmwrite_goto(): operands renamed, constraints kept", body)
    cc = default_compiler()
    src = write(os.path.join(wd, "caller.c"), CALLER)
    for bits in ("-m64", "-m32"):
        r = run(cc[1].split() + [bits, "-ffreestanding", "-O2", "-std=gnu11",
                                 "-Wall", "-Wextra", "-Werror", "-c", src,
                                 "-o", os.devnull] + include_flags(out))
        tap.ok(r.returncode == 0, "%s %s: a caller of both goto forms, "
               "labels through macros too, compiles" % (cc[0], bits), r.stderr)
    tap.done()


if __name__ == "__main__":
    main()
