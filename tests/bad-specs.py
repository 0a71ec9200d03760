#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Malformed specs: each must end in exit status 2 and a compiler-style
'spec/FILE:LINE:COL: error: ...' naming the problem at the right place, with
no Python traceback, and must leave the output directory untouched.

Each case is tests/bad-specs/NAME.yaml; its first line says what to expect:
  # expect: LINE:COL: REGEX
where the error must point and what it must say (after 'error: ').
"""

import os
import re
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from vmxtest import GEN, PYTHON, SRCDIR, Tap, run, snapshot, workdir  # noqa: E402

CASES = os.path.join(SRCDIR, "tests", "bad-specs")


def expectations(path):
    with open(path, "rb") as f:
        head = f.read(4096).decode("utf-8", "replace").splitlines()
    m = re.match(r"# expect: (\d+:\d+): (.*)$", head[0] if head else "")
    return (m.group(2), m.group(1)) if m else (None, None)


def main():
    tap = Tap()
    cases = sorted(f for f in os.listdir(CASES) if f.endswith(".yaml"))
    for case in cases:
        expect, at = expectations(os.path.join(CASES, case))
        name = case[:-len(".yaml")]
        wd = workdir("bad-" + name)
        spec = os.path.join(wd, "spec")
        out = os.path.join(wd, "out")
        os.makedirs(spec)
        shutil.copy(os.path.join(CASES, case), os.path.join(spec, case))
        shutil.copytree(os.path.join(SRCDIR, "generated"), out)
        os.chmod(out, 0o755)
        before = snapshot(out)
        r = run([PYTHON, GEN, "--spec", spec, "--output", out], cwd=wd)
        where = "spec/%s:%s: error: " % (case, at)
        lines = [l for l in r.stderr.splitlines() if l.startswith(where)]
        matched = [l for l in lines if expect and re.search(expect, l[len(where):])]
        report = "exit %d\nstderr:\n%s" % (r.returncode, r.stderr)
        tap.ok(r.returncode == 2, "%s: exits with status 2" % name, report)
        tap.ok(expect is not None and at is not None and bool(matched),
               "%s: reports '%s' at %s" % (name, expect, at), report)
        tap.ok("Traceback" not in r.stderr and not r.stdout,
               "%s: no traceback, nothing on stdout" % name, report + r.stdout)
        tap.ok(snapshot(out) == before, "%s: output directory untouched" % name)
        shutil.rmtree(wd)
    tap.ok(len(cases) >= 15, "at least 15 distinct malformed specs (%d)" % len(cases))
    tap.done()


if __name__ == "__main__":
    main()
