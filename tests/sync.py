#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The committed generated/ must be exactly what the spec gives today."""

import filecmp
import os
import re

from vmxtest import GEN, PYTHON, SPEC, SRCDIR, Tap, run, workdir

tap = Tap()
out = workdir("sync")
spec = SPEC
r = run([PYTHON, GEN, "-q", "--spec", spec, "--output", out])
tap.ok(r.returncode == 0, "generator runs on the committed spec", r.stderr)
outputs = run([PYTHON, GEN, "--list-outputs", "--spec", spec]).stdout.split()
for rel in outputs:
    committed = os.path.join(SRCDIR, "generated", rel)
    fresh = os.path.join(out, rel)
    same = os.path.exists(committed) and os.path.exists(fresh) and \
        filecmp.cmp(committed, fresh, shallow=False)
    diff = "" if same else run(["diff", "-u", committed, fresh]).stdout
    tap.ok(same, "generated/%s matches the spec (run make to regenerate)" % rel,
           diff)
extra = []
for root, _, files in os.walk(os.path.join(SRCDIR, "generated")):
    for f in files:
        rel = os.path.relpath(os.path.join(root, f), os.path.join(SRCDIR, "generated"))
        if rel not in outputs:
            extra.append(rel)
tap.ok(not extra, "generated/ holds nothing the generator does not write",
       "\n".join(extra))
# What make install ships is what the generator writes: Makefile.am
# takes the lists of generated/outputs.mk (checked above like any output),
# and names no generated file itself.
with open(os.path.join(SRCDIR, "Makefile.am")) as f:
    am = f.read()
uses = {
    "include $(srcdir)/generated/outputs.mk":
        r"^include \$\(srcdir\)/generated/outputs\.mk$",
    "vmxgeninclude_HEADERS = $(VMXGEN_HEADER_FILES) ...":
        r"^vmxgeninclude_HEADERS = \$\(VMXGEN_HEADER_FILES\)",
    "dist_pkgdata_DATA = $(VMXGEN_ENTRY_FILES)":
        r"^dist_pkgdata_DATA = \$\(VMXGEN_ENTRY_FILES\)$",
}
missing = [text for text, pattern in uses.items()
           if not re.search(pattern, am, re.M)]
listed = re.findall(r"generated/vmxgen/\S+", am)
tap.ok("outputs.mk" in outputs and not missing and not listed,
       "Makefile.am installs and ships the generator's lists "
       "(generated/outputs.mk), naming no generated file itself",
       "missing: %s\nlisted by hand: %s" % (missing, listed))
r = run([PYTHON, GEN, "--check", "--spec", spec, "--output",
         os.path.join(SRCDIR, "generated")])
tap.ok(r.returncode == 0, "vmxgen --check agrees that generated/ is current",
       r.stderr)
tap.done()
