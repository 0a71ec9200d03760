#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Malformed specs: each must end in exit status 2 and a compiler-style
'spec/FILE:LINE:COL: error: ...' naming the problem at the right place, with
no Python traceback, and must leave the output directory untouched.

Each case is tests/bad-specs/NAME.yaml, put into a spec that holds the
real isa.yaml files; its first lines say what to expect and where the file
goes (tests/lib/badspec.py):
  # expect: LINE:COL: REGEX
  # path: vmx/instructions/NAME.yaml      (optional; default vmx/NAME.yaml)
"""

import os

import badspec
from vmxtest import SRCDIR, Tap, parallel

CASES = os.path.join(SRCDIR, "tests", "bad-specs")


def main():
    tap = Tap()
    cases = [badspec.from_file(os.path.join(CASES, f))
             for f in sorted(os.listdir(CASES)) if f.endswith(".yaml")]
    for case, r in zip(cases, parallel(badspec.run, cases)):
        report = r.report()
        tap.ok(r.rc == 2, "%s: exits with status 2" % case.name, report)
        tap.ok(len(case.expect) == 1 and not r.missing(),
               "%s: reports %s" % (case.name, case.expect[0] if case.expect
                                   else "(no '# expect:' line)"), report)
        tap.ok(r.clean, "%s: no traceback, nothing on stdout" % case.name, report)
        tap.ok(r.untouched, "%s: output directory untouched" % case.name)
    tap.ok(len(cases) >= 15, "at least 15 distinct malformed specs (%d)" % len(cases))
    tap.done()


if __name__ == "__main__":
    main()
