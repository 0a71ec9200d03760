#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""How long regenerating the whole spec takes, and whether a repeated run
changes any byte or timestamp.  A figure to read, not a pass/fail test."""

import shutil
import subprocess
import tempfile
import time

from vmxtest import GEN, PYTHON, SPEC, snapshot

RUNS = 5
out = tempfile.mkdtemp(prefix="vmxgen-bench-")
try:
    times = []
    states = []
    for _ in range(RUNS):
        t = time.perf_counter()
        subprocess.run([PYTHON, GEN, "-q", "--spec", SPEC, "--output", out],
                       check=True)
        times.append(time.perf_counter() - t)
        states.append(snapshot(out))
    files = len(states[0])
    nbytes = sum(len(d) for d, _ in states[0].values())
    changed = [f for f in states[0] if any(s[f] != states[0][f] for s in states[1:])]
    print("regenerate %d files (%d bytes) from spec/: first run %.3f s, "
          "repeated runs min %.3f s / median %.3f s (%d runs, whole process)"
          % (files, nbytes, times[0], min(times[1:]), sorted(times[1:])[len(times[1:]) // 2], RUNS))
    print("repeated runs changed %d file(s) in bytes or mtime%s"
          % (len(changed), (": " + ", ".join(changed)) if changed else ""))
finally:
    shutil.rmtree(out)
