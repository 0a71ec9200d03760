#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The Bochs kernel's entry-check cases, from the spec's rules.

Writes OUTDIR/entry-cases.h (the C table entrycheck.c runs: per rule, the
VMCS edits that break it, from tests/lib/entrycases.py with VMCS fields
only, as a mask and the value of the bits under it, so that they apply to
the model's own valid state; and how to fill the snapshot's capability
MSRs and values) and OUTDIR/entry-cases.txt (id|description per case, the
scenarios run-bochs.sh expects).  Usage: gen-entry-cases.py OUTDIR"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(HERE, "..", "..", "gen"),
                os.path.join(HERE, "..", "lib")]

import entrycases  # noqa: E402
from vmxtest import load_model, write  # noqa: E402

# How the kernel fills the values no VMCS field holds (kernel.h names).
VALUES = {"maxphyaddr": "vmx.maxphyaddr",
          "host_efer_lma": "1 /* the kernel runs in 64-bit mode */"}


def main(outdir):
    check = load_model().isa("vmx").entry_check
    base = entrycases.vmx_baseline(check)
    ids = [r for r in check.rules if r.ok]
    cases = []
    for rule in ids:
        got = entrycases.derive(check, base, rule, fields_only=True)
        if got is not None:
            cases.append((rule, got[0]))
    h = ["/* SPDX-License-Identifier: MIT */",
         "/* DO NOT EDIT: made by tests/bochs/gen-entry-cases.py from the "
         "spec's entry checks. */", "",
         "struct entry_case {", "\tconst char *id;",
         "\tenum vmx_entry_check_rule_id rule;", "\tunsigned int n;",
         "\tstruct entry_edit edits[%d];" % max(
             [len(e) for _, e in cases] or [1]), "};", "",
         "static const struct entry_case entry_cases[] = {"]
    txt = []
    for rule, edits in cases:
        h.append("\t{ \"entry-check-%s\", VMX_ENTRY_CHECK_%s, %d, {" % (
            rule.name.replace("_", "-"), rule.name.upper(), len(edits)))
        for i, value, mask in edits:
            h.append("\t\t{ VMCS_%s, \"%s\", %#xULL, %#xULL }," % (
                i.obj.name.upper(), i.obj.name, mask, value & mask))
        h.append("\t} },")
        txt.append("entry-check-%s|entry-check %s (%s): %s" % (
            rule.name.replace("_", "-"), rule.name, rule.sdm,
            rule.statement.replace("|", "/")))
    h += ["};", "", "/* The capability MSRs and values the rules read. */",
          "static void entry_check_fill(struct vmx_entry_check_snapshot *s)",
          "{"]
    for i in check.inputs:
        if i.kind == "capability":
            h.append("\ts->%s = cap_msr(%#x);" % (i.name, i.obj.msr))
        elif i.kind == "value":
            if i.name not in VALUES:
                sys.exit("gen-entry-cases.py: value '%s': the kernel does "
                         "not know how to fill it (add it to VALUES)"
                         % i.name)
            h.append("\ts->%s = %s;" % (i.name, VALUES[i.name]))
    h += ["}", ""]
    write(os.path.join(outdir, "entry-cases.h"), "\n".join(h))
    write(os.path.join(outdir, "entry-cases.txt"), "\n".join(txt) + "\n")


main(sys.argv[1])
