#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""make check-stress ROUNDS=N: the tests that run processes from threads
(and the fork server's children), N rounds, two at a time, each run under
a timeout, to catch what hangs or fails only now and then.

First each test runs once alone: its time is its normal time on this
machine as loaded now (a test that fails or hangs alone stops here: that
is no rare failure).  Then the rounds: each run under coreutils 'timeout'
(which kills the run's whole process group: the test, its fork server,
their children) after 5 times its normal time, at least 60 s.  A run that
is killed is hung; one that exits non-zero or prints a 'not ok' line
failed; the output of each is kept under tests/tmp/stress/.  Not part of
make check.  The last line is exactly 'N rounds: H hung, F failed'.

    tests/stress.py [--rounds N] [--jobs 2] [--minutes M] [TEST...]

A round's runs are two at a time; the next round starts when the last of
one has ended.  With --minutes (make check-stress STRESS_MINUTES=M) no
round starts after M minutes, and the line counts the rounds that ran.
"""

import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import time

from vmxtest import BUILDDIR, PYTHON, SRCDIR

TESTS = ["tests/extension.py", "tests/bad-specs.py", "tests/fork-server.py",
         "tests/fuzz/diagnostics.py", "tests/fuzz/hostile-yaml.py",
         "tests/fuzz/writes.py"]
FACTOR = 5
MIN_TIMEOUT = 60
ALONE_TIMEOUT = 600
LOGS = os.path.join(BUILDDIR, "tests", "tmp", "stress")


def run(test, timeout, log):
    """('ok' | 'hung' | 'failed', seconds, why) of one run of test."""
    t = time.monotonic()
    with open(log, "w") as out:
        r = subprocess.run(["timeout", "-k", "10", str(timeout), PYTHON,
                            os.path.join(SRCDIR, test)], stdout=out,
                           stderr=subprocess.STDOUT, cwd=BUILDDIR)
    seconds = time.monotonic() - t
    with open(log, errors="replace") as f:
        text = f.read()
    bad = re.findall(r"(?m)^not ok .*$", text)
    if r.returncode in (124, 137) or r.returncode == -9:
        return "hung", seconds, "killed after %d s" % timeout
    if r.returncode != 0 or bad:
        return "failed", seconds, "exit %d; %s" % (
            r.returncode, "; ".join(bad[:3]) or text.strip()[-300:])
    if not re.search(r"(?m)^1\.\.\d+", text):
        return "failed", seconds, "no plan"
    return "ok", seconds, ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--minutes", type=float, default=0,
                    help="start no round after this many minutes (0: "
                    "no limit); the line then counts the rounds run")
    ap.add_argument("tests", nargs="*")
    args = ap.parse_args()
    tests = args.tests or TESTS
    os.makedirs(LOGS, exist_ok=True)

    normal = {}
    for test in tests:
        name = re.sub(r"\W+", "-", test)
        verdict, seconds, why = run(test, ALONE_TIMEOUT, os.path.join(
            LOGS, "alone-%s.log" % name))
        print("alone: %s: %s in %.1f s %s" % (test, verdict, seconds, why),
              flush=True)
        if verdict != "ok":
            print("%s does not pass alone: not a stress failure; fix it "
                  "first" % test)
            sys.exit(1)
        normal[test] = seconds

    hung = failed = rounds = 0

    def one(job):
        k, test = job
        timeout = max(MIN_TIMEOUT, int(FACTOR * normal[test]) + 1)
        log = os.path.join(LOGS, "round-%d-%s.log" % (
            k, re.sub(r"\W+", "-", test)))
        return run(test, timeout, log) + (log,)

    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for k in range(1, args.rounds + 1):
            if args.minutes and time.monotonic() - started > \
                    60 * args.minutes:
                print("out of time (--minutes %g): %d rounds of %d run"
                      % (args.minutes, rounds, args.rounds))
                break
            jobs = [(k, test) for test in tests]
            for (_, test), (verdict, seconds, why, log) in zip(
                    jobs, pool.map(one, jobs)):
                hung += verdict == "hung"
                failed += verdict == "failed"
                print("round %d: %s: %s in %.1f s%s" % (
                    k, test, verdict, seconds,
                    " (%s; %s)" % (why, log) if why else ""), flush=True)
            rounds = k
    print("%d rounds: %d hung, %d failed" % (rounds, hung, failed))
    sys.exit(1 if hung or failed else 0)


if __name__ == "__main__":
    main()
