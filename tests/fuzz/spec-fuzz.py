#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Property-based fuzzing of the spec loader and validator (hypothesis).

Every input is the real spec/ with files mutated (tests/fuzz/mutators.py
says how, on the YAML trees of tests/fuzz/yamltree.py); for each one the
generator must succeed, or exit 2 with 'file:line:col: error:' lines in
file order; never raise (a traceback) and never change the output
directory when it fails (tests/fuzz/runner.py runs it and says exactly
what it checks).

  make check:     a fixed seed (derandomize) and VMXGEN_FUZZ_EXAMPLES
                  inputs (default 100), about 10 s;
  make fuzz-long: this script with --long: 10,000 inputs (--examples N,
                  --seed N), then how many inputs were tried and how many
                  errors of each kind were seen.

A failure prints the mutations, the input files and the generator's
output, and saves the input as a spec directory with the command that
reproduces it.
"""

import argparse
import os
import sys
import time
import traceback

from vmxtest import BUILDDIR, Tap

try:
    import hypothesis.configuration
except ImportError:
    Tap().skip_all("python3-hypothesis is not installed")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import seed as hypothesis_seed  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from hypothesis.reporting import with_reporter  # noqa: E402

# Hypothesis's cache (of Unicode tables) goes to the build tree's scratch
# directory, not to .hypothesis/ in the source tree.
hypothesis.configuration.set_hypothesis_home_dir(
    os.path.join(BUILDDIR, "tests", "tmp", "hypothesis"))

import model  # noqa: E402
import runner  # noqa: E402
from mutators import spec_changes  # noqa: E402
from yamltree import emit  # noqa: E402


def self_checks(tap, h):
    # The emitter the structural mutations print with: every real file
    # printed back from its node tree gives the same headers.
    changes = {rel: emit(tree).encode("utf-8")
               for rel, tree in h.trees.items()}
    try:
        r = h.run(changes, ["re-emit every file"])
        ok, why = r.rc == 0, r.stderr
    except runner.Violation as e:
        ok, why = False, str(e)
    tap.ok(ok, "harness: every spec file re-printed from its YAML tree "
           "still generates", why)

    # A real traceback must be caught: inject one into the model.
    real = model.build

    def broken(sources, diag):
        raise KeyError("injected fault")
    model.build = broken
    try:
        h.run({}, ["injected fault"])
        caught = None
    except runner.Violation as e:
        caught = e
    finally:
        model.build = real
    h.stats["traceback"] -= 1
    h.stats["inputs"] -= 1
    tap.ok(caught is not None and caught.kind == "traceback" and
           "KeyError: 'injected fault'" in str(caught),
           "harness: an exception escaping the generator is reported as a "
           "traceback",
           str(caught))

    # In-process runs agree with the real command.
    vmxon = "vmx/instructions/vmxon.yaml"
    samples = [("pristine", {}),
               ("unknown key", {vmxon: h.texts[vmxon].replace(b"operands:",
                                                             b"operandz:")}),
               ("YAML syntax", {"vmx/enums.yaml": b"enums: [\n"}),
               ("new file in no ISA folder", {"zz/fuzz.yaml": b"enums: []\n"})]
    for name, changes in samples:
        h.apply(changes)
        try:
            inproc = h.call()
        finally:
            h.restore(changes)
        rc, stderr = h.command(changes)
        tap.ok((inproc.rc, inproc.stderr, inproc.exc) == (rc, stderr, None),
               "harness: in-process run matches the command (%s, exit %d)"
               % (name, rc), "in-process: %r %r %r\ncommand: %r %r" % (
                   inproc.rc, inproc.stderr, inproc.exc, rc, stderr))


def summary(h, seconds, examples, seed):
    s = h.stats
    out = ["inputs tried: %d (%d requested examples, seed %s) in %.1f s, "
           "%.1f ms each" % (s["inputs"], examples, seed, seconds,
                             1000.0 * seconds / max(s["inputs"], 1)),
           "outcomes: exit 0 (input still valid): %d (headers compiled: "
           "%d), exit 2 (errors reported): %d" % (s["exit 0"], s["compiled"],
                                                  s["exit 2"]),
           "tracebacks: %d, timeouts: %d, partial writes: %d, bad "
           "diagnostics: %d, accepted but broken C: %d" % (
               s["traceback"], s["timeout"], s["partial write"],
               s["bad position"] + s["bad stderr"] + s["no diagnostic"] +
               s["not in file order"], s["accepted spec gives broken C"]),
           "slowest input: %.2f s (%s)" % (h.slowest[0], "; ".join(
               h.slowest[1] or [])[:150]),
           "errors seen, by kind (%d kinds, %d errors):"
           % (len(h.kinds), sum(h.kinds.values()))]
    out += ["  %6d  %s" % (n, k) for k, n in h.kinds.most_common()]
    out.append("mutations applied, by kind:")
    out += ["  %6d  %s" % (n, k) for k, n in h.ops.most_common()]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--long", action="store_true",
                    help="the long campaign (make fuzz-long)")
    ap.add_argument("--examples", type=int)
    ap.add_argument("--seed", type=int, default=20240607)
    args = ap.parse_args()
    examples = args.examples or (10000 if args.long else int(
        os.environ.get("VMXGEN_FUZZ_EXAMPLES", "100")))

    tap = Tap()
    h = runner.Harness()
    self_checks(tap, h)

    @settings(max_examples=examples, deadline=None, database=None,
              derandomize=not args.long, print_blob=False,
              report_multiple_bugs=False,
              suppress_health_check=list(HealthCheck))
    @given(st.data())
    def fuzz(data):
        changes, labels = data.draw(spec_changes(h.mutator),
                                    label="input (changed spec files, "
                                    "mutations)")
        h.run(changes, labels)

    if args.long:
        fuzz = hypothesis_seed(args.seed)(fuzz)
        h.progress = 1000
    report = []
    t = time.perf_counter()
    failure = None
    with with_reporter(report.append):
        try:
            fuzz()
        except Exception as e:  # the shrunk failing example
            failure = "%s: %s" % (type(e).__name__, e)
            if not isinstance(e, runner.Violation):  # a bug of the harness
                failure = traceback.format_exc()
    seconds = time.perf_counter() - t
    lines = summary(h, seconds, examples,
                    args.seed if args.long else "derandomized")
    diag = "\n".join(report)
    if failure:
        diag += "\n" + failure
        how = h.save_failure()
        if how:
            diag += "\nreproduce with:\n  " + how
    tap.ok(failure is None, "%d fuzzed specs: exit 0, or exit 2 with "
           "file:line:col errors in file order; no traceback; output "
           "untouched on failure" % h.stats["inputs"], diag)
    for line in lines:
        print(("" if args.long else "# ") + line)
    h.close(keep=failure is not None)
    if args.long:
        sys.exit(0 if tap.failed == 0 else 1)
    tap.done()


if __name__ == "__main__":
    main()
