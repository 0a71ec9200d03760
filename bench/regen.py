#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""How long regenerating the whole spec takes, next to how long Python takes
just to import the generator's libraries, and whether a repeated run changes
any byte or timestamp.  A figure to read, not a pass/fail test.

Target (issue 11): regenerating <= 2x the import of yaml, jinja2 and
jsonschema, measured here in one run, interleaved so that the machine's
load affects both alike.  The generator keeps the spec files it parsed in
an on-disk cache; an uncached run (the first after any edit of the
generator, or VMXGEN_NO_CACHE=1) is printed too."""

import os
import shutil
import subprocess
import tempfile
import time

from vmxtest import GEN, PYTHON, SPEC, snapshot

RUNS = 9
IMPORTS = [PYTHON, "-c", "import yaml, jinja2, jsonschema"]


def timed(cmd, env=None):
    t = time.perf_counter()
    subprocess.run(cmd, check=True, env=env)
    return time.perf_counter() - t


def median(values):
    return sorted(values)[len(values) // 2]


out = tempfile.mkdtemp(prefix="vmxgen-bench-")
try:
    regen, imports, states, cold = [], [], [], []
    uncached = dict(os.environ, VMXGEN_NO_CACHE="1")
    for _ in range(RUNS):
        imports.append(timed(IMPORTS))
        regen.append(timed([PYTHON, GEN, "-q", "--spec", SPEC, "--output",
                            out]))
        states.append(snapshot(out))
        cold.append(timed([PYTHON, GEN, "-q", "--check", "--spec", SPEC,
                           "--output", out], uncached))
    files = len(states[0])
    nbytes = sum(len(d) for d, _ in states[0].values())
    changed = [f for f in states[0]
               if any(s[f] != states[0][f] for s in states[1:])]
    print("regenerate %d files (%d bytes) from spec/: first run %.3f s, "
          "repeated runs min %.3f s / median %.3f s (%d runs, whole process)"
          % (files, nbytes, regen[0], min(regen[1:]), median(regen[1:]), RUNS))
    print("the same without the cache of parsed spec files (VMXGEN_NO_CACHE"
          "=1: every file parsed and schema-checked, as after an edit of "
          "the generator): min %.3f s / median %.3f s, ratio %.2f (median)"
          % (min(cold), median(cold), median(cold) / median(imports)))
    print("python3 -c 'import yaml, jinja2, jsonschema': min %.3f s / "
          "median %.3f s" % (min(imports), median(imports)))
    print("ratio regenerate / import: %.2f (median), %.2f (min); target <= 2"
          % (median(regen[1:]) / median(imports),
             min(regen[1:]) / min(imports)))
    print("repeated runs changed %d file(s) in bytes or mtime%s"
          % (len(changed), (": " + ", ".join(changed)) if changed else ""))
finally:
    shutil.rmtree(out)
