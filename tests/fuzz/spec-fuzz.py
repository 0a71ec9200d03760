#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Property-based fuzzing of the spec loader and validator (hypothesis).

Every input is the real spec/ or a seed of the corpus (runner.seeds():
one per class of mistake, and valid specs near one) with files mutated
(tests/fuzz/mutators.py says how, on the YAML trees of
tests/fuzz/yamltree.py; most mutations aim at the classes: C names across
tables, text with C metacharacters, numbers in YAML 1.1 disguises,
register bindings, overlapping encodings).  For each one the generator
must succeed and give C that compiles with gcc and clang, -m64 and -m32,
or exit 2 with 'file:line:col: error:' lines in file order; never raise (a
traceback), never hang, never change the output directory when it fails;
and refuse what is wrong whatever else holds (tests/fuzz/runner.py runs it
and says exactly what it checks).

  make check:     every seed as it is (those of tests/bad-specs/ are
                  bases of mutations only: bad-specs.py runs them), then a
                  fixed seed (derandomize) and VMXGEN_FUZZ_EXAMPLES inputs
                  (default 50), each accepted one compiled by gcc and
                  clang, -m64 and -m32 (two runs of four, alternating),
                  in the background while the next input generates (a
                  compile that fails is reported unshrunk, after the run);
  make fuzz-long: this script with --long: every seed, then 10,000 inputs
                  (--examples N, --seed N) that go on after a violation,
                  each accepted one also compiled to assembly now and
                  then; then the figures: inputs, outcomes, accepted but
                  broken C, tracebacks, hangs, specs accepted that must be
                  refused, diagnostics by kind, and the first violations.

A failure prints the mutations, the input files and the generator's
output, and saves the input as a spec directory with the command that
reproduces it.
"""

import argparse
import concurrent.futures
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
import specload  # noqa: E402
from mutators import spec_changes  # noqa: E402
from yamltree import emit  # noqa: E402


def self_checks(tap, h):
    keep_going, h.keep_going = h.keep_going, False
    try:
        _self_checks(tap, h)
    finally:
        h.keep_going = keep_going


def _self_checks(tap, h):
    # In-process runs agree with the real command: the commands start
    # first, in the background (they are processes of their own).
    vmxon = "vmx/instructions/vmxon.yaml"
    samples = [("pristine", {}),
               ("unknown key", {vmxon: h.texts[vmxon].replace(b"operands:",
                                                             b"operandz:")}),
               ("YAML syntax", {"vmx/enums.yaml": b"enums: [\n"}),
               ("new file in no ISA folder", {"zz/fuzz.yaml": b"enums: []\n"})]
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        commands = [pool.submit(h.command, changes) for _, changes in samples]
        _in_process_checks(tap, h)
        for (name, changes), command in zip(samples, commands):
            if not changes:     # the real spec: the harness's first run
                inproc = h.pristine
            else:
                h.apply(changes)
                try:
                    inproc = h.call()
                finally:
                    h.restore(changes)
            rc, stderr = command.result()
            tap.ok((inproc.rc, inproc.stderr, inproc.exc) == (rc, stderr,
                                                               None),
                   "harness: in-process run matches the command (%s, exit "
                   "%d)" % (name, rc), "in-process: %r %r %r\ncommand: %r %r"
                   % (inproc.rc, inproc.stderr, inproc.exc, rc, stderr))


def _in_process_checks(tap, h):
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

    # The loader's cache gives a file whose place in the load order moved
    # (a file added before it) what parsing it there gives: the real
    # file, and one with a schema error (its Locations in the errors).
    vmxon = "vmx/instructions/vmxon.yaml"
    bad = []
    for raw in (h.texts[vmxon], h.texts[vmxon].replace(b"operands:",
                                                        b"operandz:")):
        display = "spec/" + vmxon
        specload._load_checked(raw, display, 3)
        moved = specload._load_checked(raw, display, 7)
        specload._SOURCE_CACHE.pop((display, raw))
        parsed = specload._load_checked(raw, display, 7)
        if loaded(moved) != loaded(parsed):
            bad.append("%r\n%r" % (loaded(moved), loaded(parsed)))
    tap.ok(not bad, "harness: a spec file cached at one place in the load "
           "order and read at another gives what parsing it there gives",
           "\n".join(bad)[:3000])

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


def loaded(result):
    """A _load_checked() result as plain values, Locations as tuples."""
    src, errors, left_out = result

    def at(loc):
        return (loc.path, loc.line, loc.column, loc.order)
    marks = None if src is None else (
        src.order, src.data, {k: at(v) for k, v in src.value_marks.items()},
        {k: at(v) for k, v in src.key_marks.items()}, src.locate(0).order)
    return marks, [(at(loc), m) for loc, m in errors], left_out


def run_seeds(tap, h, names):
    """Each seed as it is: the invariant holds (one TAP line each).  A
    seed that fails is no base of the fuzzed inputs: they would fail for
    the same reason, and hide what else there is.  The headers of an
    accepted seed compile in the background while the next seed
    generates; the lines are printed once all have compiled."""
    keep_going, h.keep_going = h.keep_going, False
    failed = set()
    done = []   # (name, Violation or None, result, future or None)
    h.deferred = []
    try:
        for name, files in h.seeds:
            if not any(name.startswith(n) for n in names):
                continue
            compiled = len(h.deferred)
            try:
                r = h.run(files, [name])
                done.append((name, files, None, r, h.deferred[compiled:]))
            except runner.Violation as e:
                done.append((name, files, e, None, []))
    finally:
        h.deferred = None
    for name, files, e, r, compiles in done:
        if compiles:    # what h.run raises when it compiles at once
            e = h.deferred_violation(compiles[0]) or e
        want = runner.SEED_EXIT.get(name)
        if e is not None:
            ok, why = False, str(e)
            failed.add(name)
            h.seed_failures.append((e.kind, name))
        else:
            ok, why = True, "exit %d" % r.rc
            if want is not None and r.rc != want:
                ok, why = False, "exit %d, but this seed must exit %d" % (
                    r.rc, want)
                failed.add(name)
        tap.ok(ok, "%s: %s" % (name, why if ok else "violates the "
                                "invariant: " + why.splitlines()[0]), why)
    h.keep_going = keep_going
    h.mutator.seeds = [s for s in h.mutator.seeds if s[0] not in failed]


def summary(h, seconds, examples, seed):
    s = h.stats
    out = ["inputs tried: %d (%d requested examples, seed %s) in %.1f s, "
           "%.1f ms each" % (s["inputs"], examples, seed, seconds,
                             1000.0 * seconds / max(s["inputs"], 1)),
           "outcomes: exit 0 (input still valid): %d (headers compiled: "
           "%d), exit 2 (errors reported): %d" % (s["exit 0"], s["compiled"],
                                                  s["exit 2"]),
           "accepted but broken C: %d, accepted but the assembler refuses "
           "its asm: %d, tracebacks: %d, hangs (no result "
           "after %d s): %d, accepted but must be refused: %d, partial "
           "writes: %d, bad diagnostics: %d, fuzzer errors: %d" % (
               s["accepted spec gives broken C"],
               s["accepted spec gives asm the assembler refuses"],
               s["traceback"],
               runner.PER_INPUT_SECONDS, s["timeout"],
               s["accepted a spec it must refuse"], s["partial write"],
               s["bad position"] + s["bad stderr"] + s["no diagnostic"] +
               s["not in file order"] + s["bad exit status"] +
               s["stdout"] + s["stderr on success"], s["fuzzer error"]),
           "slowest input: %.2f s (%s)" % (h.slowest[0], "; ".join(
               h.slowest[1] or [])[:150]),
           "errors seen, by kind (%d kinds, %d errors):"
           % (len(h.kinds), sum(h.kinds.values()))]
    out += ["  %6d  %s" % (n, k) for k, n in h.kinds.most_common()]
    if h.seed_failures:
        out.append("seeds that fail as they are (no base of fuzzed "
                   "inputs): %s" % "; ".join("%s (%s)" % (n, k) for k, n in
                                             h.seed_failures))
    out.append("mutations applied, by kind:")
    out += ["  %6d  %s" % (n, k) for k, n in h.ops.most_common()]
    if h.causes:
        out.append("violations, by kind and the mutations that led to them:")
        out += ["  %6d  %s: %s" % (n, k, c) for (k, c), n in
                sorted(h.causes.items(), key=lambda i: (-i[1], i[0]))]
    if h.failures:
        out.append("violations (the first %d of each kind):"
                   % runner.KEEP_FAILURES)
        for kind, text in h.failures:
            out.append("--- " + kind)
            out += ["  " + l for l in text.splitlines()[:40]]
    return out


# TODO(speed): an input costs the generator's own model build (~0.05 s)
# and, when accepted, its C and Rust checks, which render every header and
# the crate (~0.25 s), then two compiler runs (~0.2 s, in the background).
# Rendering again only the ISAs an input changed would need the C name
# registry, which every header's rendering fills, kept per ISA.


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--long", action="store_true",
                    help="the long campaign (make fuzz-long)")
    ap.add_argument("--examples", type=int)
    ap.add_argument("--seed", type=int, default=20240607)
    args = ap.parse_args()
    examples = args.examples or (10000 if args.long else int(
        os.environ.get("VMXGEN_FUZZ_EXAMPLES", "50")))

    tap = Tap()
    h = runner.Harness(all_runs=args.long, asm_every=5 if args.long else 0,
                       keep_going=args.long)
    self_checks(tap, h)
    run_seeds(tap, h, ["seed", "extension", "test data"] +
              (["bad-spec"] if args.long else []))

    @settings(max_examples=examples, deadline=None, database=None,
              derandomize=not args.long, print_blob=False,
              report_multiple_bugs=False,
              suppress_health_check=list(HealthCheck))
    @given(st.data())
    def fuzz(data):
        try:
            changes, labels = data.draw(spec_changes(h.mutator),
                                        label="input (changed spec files, "
                                        "mutations)")
        except (RecursionError, LookupError, AttributeError, TypeError,
                ValueError):
            if not args.long:
                raise
            # A bug of the mutators: counted and shown, the campaign
            # goes on.
            h.stats["fuzzer error"] += 1
            if h.stats["fuzzer error"] <= runner.KEEP_FAILURES:
                h.failures.append(("fuzzer error", traceback.format_exc()))
            return
        h.run(changes, labels)

    if args.long:
        fuzz = hypothesis_seed(args.seed)(fuzz)
        h.progress = 1000
    report = []
    inputs_before = h.stats["inputs"]
    t = time.perf_counter()
    failure = None
    # make check: an accepted input's headers compile in the background
    # while the next input generates; a compile that fails is reported
    # after the run, with its input as it is (not shrunk).
    h.deferred = None if args.long else []
    with with_reporter(report.append):
        try:
            fuzz()
        except Exception as e:  # the shrunk failing example
            failure = "%s: %s" % (type(e).__name__, e)
            if not isinstance(e, runner.Violation):  # a bug of the harness
                failure = traceback.format_exc()
    for compiled in h.deferred or []:
        e = h.deferred_violation(compiled)
        if e and not failure:
            failure = "%s: %s" % (type(e).__name__, e)
    h.deferred = None
    seconds = time.perf_counter() - t
    lines = summary(h, seconds, examples,
                    args.seed if args.long else "derandomized")
    diag = "\n".join(report)
    if failure:
        diag += "\n" + failure
        how = h.save_failure()
        if how:
            diag += "\nreproduce with:\n  " + how
    fuzzed = h.stats["inputs"] - inputs_before
    tap.ok(failure is None and not h.failures, "%d fuzzed specs: exit 0 and "
           "C that compiles, or exit 2 with file:line:col errors in file "
           "order; no traceback, no hang; output untouched on failure; "
           "refused where it must be" % fuzzed, diag + "".join(
               "\n%s\n%s" % f for f in h.failures[:3]))
    for line in lines:
        print(("" if args.long else "# ") + line)
    h.close(keep=failure is not None)
    if args.long:
        sys.exit(0 if tap.failed == 0 else 1)
    tap.done()


if __name__ == "__main__":
    main()
