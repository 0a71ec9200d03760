#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Interrupted and failed writes of the outputs.

- SIGKILL at steps of replacing the outputs (the generator's test hook
  VMXGEN_TEST_PAUSE=1 names each step on stderr and waits for a line on
  stdin): every output is then exactly its old or its new version, the
  outputs already renamed are new and the others old; the next run removes
  the killed run's temporary files and completes the update.  make check
  kills at each kind of step and its boundaries; --long at every step.
- SIGKILL after random delays, without the hook (5 runs in make check,
  --long: 400): every output old or new, never truncated or mixed.
- An unwritable output directory (or subdirectory), a missing one, one that
  is a file: exit 2, a clear 'vmxgen: error:', nothing changed.
- Output paths leaving the output directory (a symlink inside it pointing
  outside, a symlinked output file): refused, nothing written anywhere.

Every run of the generator, killed or not, is vmxgen.main() in a child of
the fork server (tests/lib/forkserver.py: spawn() gives it stdin, the
hook's variable, another user, and kills it): not a Python started and
importing the generator again for each of the ~25 runs.
"""

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

import forkserver
import vmxgen
from vmxtest import SPEC, Tap, TapBuffer, parallel, snapshot, workdir

OUTPUTS = []        # main() sets it: vmxgen --list-outputs
TEMP = re.compile(r"^\.vmxgen-(\d+)-.*\.tmp$")


def old_version(rel):
    """What each output holds before the run: unlike the new one, and of
    another length, so a truncated or mixed file matches neither."""
    return ("/* the old %s */\n" % rel).encode() * 300


def fill_old(out):
    if os.path.exists(out):
        shutil.rmtree(out)
    for rel in OUTPUTS:
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(old_version(rel))


def state(out, new):
    """(per-output 'old'/'new'/'BROKEN', temporary files, other files)."""
    files = {}
    temps = []
    other = []
    for root, _, names in os.walk(out):
        for n in names:
            rel = os.path.relpath(os.path.join(root, n), out)
            if rel in OUTPUTS:
                with open(os.path.join(root, n), "rb") as f:
                    data = f.read()
                files[rel] = "new" if data == new[rel] else \
                    "old" if data == old_version(rel) else "BROKEN"
            elif TEMP.match(n):
                temps.append(rel)
            else:
                other.append(rel)
    for rel in OUTPUTS:
        files.setdefault(rel, "MISSING")
    return files, sorted(temps), sorted(other)


def vmxgen_run(*argv, **kw):
    """'vmxgen ARGV' run to its end: in a child of the fork server, which
    has the generator imported (not a Python started and importing it
    again); kw: forkserver.spawn()'s (user=).  Returns a CompletedProcess
    (text)."""
    with tempfile.TemporaryFile() as so, tempfile.TemporaryFile() as se:
        done = forkserver.run(vmxgen.main, (list(argv),), stdout=so,
                              stderr=se, **kw)
        so.seek(0)
        se.seek(0)
        return subprocess.CompletedProcess(
            ["vmxgen"] + list(argv), done.returncode,
            so.read().decode("utf-8", "replace"),
            se.read().decode("utf-8", "replace"))


def gen(out):
    """A complete run into out (never killed)."""
    return vmxgen_run("-q", "--spec", SPEC, "--output", out)


def generate(out, **kw):
    """A run into out that the test may kill (Child.kill()), a child of
    the fork server too; kw: forkserver.spawn()'s."""
    return forkserver.spawn(vmxgen.main, (["-q", "--spec", SPEC, "--output",
                                           out],), **kw)


# TODO(speed): each of the ~25 runs renders every output again (~0.45 s
# CPU, three quarters of it Jinja rendering of the C headers and the Rust
# crate); a run that is killed must be a real run, so only a faster
# generator cuts that.
def kill_at_steps(tap, wd, new, every=False):
    """SIGKILL at steps of the update (every: at all of them, --long;
    else at each kind of step and its boundaries: the first and last
    temporary file, the first and last rename, the middle, the end)."""
    def run_to(out, k):
        """Run with the hook, answer k pauses, kill at the next one.
        Returns (the steps seen, pid, exited by itself)."""
        child_in, answers = os.pipe()
        pauses, child_err = os.pipe()
        try:
            p = generate(out, stdin=child_in, stderr=child_err,
                         env={"VMXGEN_TEST_PAUSE": "1"})
        finally:
            os.close(child_in)
            os.close(child_err)
        with open(pauses, "rb") as err, open(answers, "wb", 0) as answer:
            steps = []
            while True:
                line = err.readline().decode()
                if not line:
                    p.wait()
                    return steps, p.pid, True
                m = re.match(r"vmxgen: test pause: (.*)", line)
                if not m:
                    continue
                steps.append(m.group(1))
                if len(steps) > k:
                    p.kill()
                    p.wait()
                    return steps, p.pid, False
                answer.write(b"\n")

    out = os.path.join(wd, "steps")
    fill_old(out)
    steps, _, finished = run_to(out, 10 ** 6)
    files, temps, other = state(out, new)
    tap.ok(finished and all(v == "new" for v in files.values()) and
           not temps and not other,
           "with the test hook answered, a run replaces all %d outputs "
           "(%d steps)" % (len(OUTPUTS), len(steps)),
           "%s %s %s %s" % (steps, files, temps, other))
    # The next run's cleanup: after the kill at three of the steps.
    cleanup = (0, len(steps) // 2, len(steps) - 2)

    def kill_at(k):
        """Kill at step k in an output directory of its own: the state
        then, and after the next run (or None)."""
        out = os.path.join(wd, "step-%d" % k)
        fill_old(out)
        _, pid, finished = run_to(out, k)
        killed = (pid, finished) + state(out, new)
        if k not in cleanup:
            return killed, None
        r = gen(out)
        return killed, (r,) + state(out, new)

    renames = [k for k, s in enumerate(steps) if s.startswith("replacing ")]
    chosen = range(len(steps)) if every else sorted(
        {0, 1, renames[0] - 1, renames[0], renames[0] + 1, renames[-1],
         len(steps) - 1} | set(cleanup))
    for k, (killed, after) in zip(chosen, parallel(kill_at, chosen)):
        step = steps[k]
        pid, finished, files, temps, other = killed
        replaced = [re.sub("^replacing ", "", s) for s in steps[:k]
                    if s.startswith("replacing ")]
        want = {rel: "new" if rel in replaced else "old" for rel in OUTPUTS}
        ours = all(TEMP.match(os.path.basename(t)).group(1) == str(pid)
                   for t in temps)
        tap.ok(not finished and files == want and ours and not other,
               "SIGKILL at '%s': each output old or new (%d new), only the "
               "killed run's temporary files besides (%d)"
               % (step, len(replaced), len(temps)),
               "files %s\nwanted %s\ntemps %s\nother %s" % (files, want,
                                                            temps, other))
        if after is None:
            continue
        r, files, temps, other = after
        tap.ok(r.returncode == 0 and all(v == "new" for v in files.values())
               and not temps and not other,
               "after the kill at '%s', the next run completes the update and "
               "removes the temporary files" % step,
               "%s %s %s %s" % (r.stderr, files, temps, other))


def random_kills(tap, wd, new, runs, seed):
    out = os.path.join(wd, "random")
    times = []
    for _ in range(2):
        fill_old(out)
        t = time.perf_counter()
        gen(out)
        times.append(time.perf_counter() - t)
    full = min(times)
    rnd = random.Random(seed)
    outcomes = {"all old": 0, "some new (mixed across files)": 0,
                "all new": 0}
    broken = []
    leftovers = 0
    for i in range(runs):
        fill_old(out)
        delay = rnd.uniform(0.6 * full, 1.1 * full)
        p = generate(out)
        time.sleep(delay)
        p.kill()
        p.wait()
        files, temps, other = state(out, new)
        leftovers += bool(temps)
        if any(v not in ("old", "new") for v in files.values()) or other:
            broken.append("run %d (kill after %.3f s): %s %s" % (
                i, delay, files, other))
        n = sum(v == "new" for v in files.values())
        outcomes["all old" if n == 0 else "all new" if n == len(OUTPUTS)
                 else "some new (mixed across files)"] += 1
    figures = ", ".join("%s: %d" % kv for kv in outcomes.items())
    tap.ok(not broken, "%d runs killed (SIGKILL) after random delays "
           "(0.6..1.1 x %.2f s): every output old or new, never truncated "
           "or mixed (%s; runs leaving temporary files: %d)"
           % (runs, full, figures, leftovers), "\n".join(broken[:20]))
    r = gen(out)
    files, temps, other = state(out, new)
    tap.ok(r.returncode == 0 and not temps and
           all(v == "new" for v in files.values()),
           "a run after the random kills leaves only the new outputs",
           "%s %s %s" % (r.stderr, files, temps))
    return outcomes, broken, leftovers


# Another user for a child of the fork server (which sets them in the
# child, before the generator runs).
AS_NOBODY = {"user": 65534, "group": 65534, "extra_groups": []}


def failed_writes(tap, wd, new):
    def gen_as(out, **kw):
        """A run as another user (kw: AS_NOBODY), or as this one."""
        return vmxgen_run("-q", "--spec", SPEC, "--output", out,
                          user=kw or None)

    # Unwritable: root writes anywhere, so as root run the generator as
    # 'nobody' (in a directory tree it may read).
    kw = {}
    if os.geteuid() == 0:
        os.chmod(wd, 0o755)
        probe = vmxgen_run("--list-outputs", "--spec", SPEC, user=AS_NOBODY)
        kw = AS_NOBODY if probe.returncode == 0 else None
    for what, ro in (("output directory", ""), ("output subdirectory vmxgen/",
                                                 "vmxgen")):
        if kw is None:
            tap.skip("unwritable %s" % what, "running as root and user "
                     "nobody cannot read the source tree")
            continue
        out = os.path.join(wd, "ro-" + (ro or "top"))
        fill_old(out)
        for root, dirs, _ in os.walk(out):
            os.chmod(root, 0o755)
        os.chmod(os.path.join(out, ro), 0o555)
        before = snapshot(out)
        r = gen_as(out, **kw)
        os.chmod(os.path.join(out, ro), 0o755)
        tap.ok(r.returncode == 2 and re.search(
            r"^vmxgen: error: cannot write output: .*Permission denied",
            r.stderr, re.M) and "Traceback" not in r.stderr and
            snapshot(out) == before,
            "unwritable %s: exit 2, 'cannot write output: ... Permission "
            "denied', nothing changed (no temporary file left either)" % what,
            "exit %d\n%s" % (r.returncode, r.stderr))

    missing = os.path.join(wd, "no-such-dir")
    r = gen(missing)
    tap.ok(r.returncode == 2 and "vmxgen: error: output directory '%s' does "
           "not exist" % missing in r.stderr and not os.path.exists(missing)
           and "Traceback" not in r.stderr,
           "missing output directory: exit 2, 'does not exist', not created",
           r.stderr)

    afile = os.path.join(wd, "a-file")
    with open(afile, "w") as f:
        f.write("x\n")
    r = gen(afile)
    tap.ok(r.returncode == 2 and "is not a directory" in r.stderr and
           "Traceback" not in r.stderr,
           "output directory that is a file: exit 2, 'is not a directory'",
           r.stderr)

    out = os.path.join(wd, "sub-is-file")
    os.makedirs(out)
    with open(os.path.join(out, "vmxgen"), "w") as f:
        f.write("x\n")
    before = snapshot(out)
    r = gen(out)
    tap.ok(r.returncode == 2 and "vmxgen: error: cannot write output" in
           r.stderr and snapshot(out) == before and "Traceback" not in r.stderr,
           "output subdirectory vmxgen/ that is a file: exit 2, 'cannot write "
           "output', nothing changed", r.stderr)


def outside(tap, wd, new):
    # A symlink inside the output directory pointing outside it.
    out = os.path.join(wd, "link-dir")
    elsewhere = os.path.join(wd, "elsewhere")
    os.makedirs(elsewhere)
    fill_old(out)
    shutil.rmtree(os.path.join(out, "vmxgen"))
    os.symlink(elsewhere, os.path.join(out, "vmxgen"))
    before, before_else = snapshot(out), snapshot(elsewhere)
    r = gen(out)
    tap.ok(r.returncode == 2 and re.search(
        r"^vmxgen: error: cannot write output: output path 'vmxgen/.*' is "
        r"outside the output directory", r.stderr, re.M) and
        snapshot(out) == before and snapshot(elsewhere) == before_else and
        not os.listdir(elsewhere),
        "symlink out/vmxgen -> a directory outside: refused (exit 2), "
        "nothing written there or in out/", r.stderr)

    # One output file a symlink to a file outside.
    out = os.path.join(wd, "link-file")
    fill_old(out)
    victim = os.path.join(wd, "victim.h")
    with open(victim, "wb") as f:
        f.write(b"/* not the generator's */\n")
    os.unlink(os.path.join(out, "vmxgen", "vmx.h"))
    os.symlink(victim, os.path.join(out, "vmxgen", "vmx.h"))
    before = snapshot(out)
    r = gen(out)
    with open(victim, "rb") as f:
        kept = f.read() == b"/* not the generator's */\n"
    tap.ok(r.returncode == 2 and "outside the output directory" in r.stderr
           and kept and snapshot(out) == before,
           "output file vmxgen/vmx.h a symlink to a file outside: refused "
           "(exit 2), the file outside untouched, nothing else written",
           r.stderr)

    # The output directory itself may be a symlink: that is where it is.
    real = os.path.join(wd, "real-out")
    os.makedirs(real)
    os.symlink(real, os.path.join(wd, "out-link"))
    r = gen(os.path.join(wd, "out-link"))
    files, temps, other = state(real, new)
    tap.ok(r.returncode == 0 and all(v == "new" for v in files.values()),
           "an output directory that is itself a symlink is written through",
           r.stderr)

    bad = []
    base = os.path.join(wd, "real-out")
    for rel in ("../escape.h", "/etc/passwd", "vmxgen/../../escape.h",
                "doc/../../../x"):
        try:
            vmxgen.safe_output_path(base, rel)
            bad.append(rel)
        except ValueError:
            pass
    ok = vmxgen.safe_output_path(base, "vmxgen/vmx.h") == os.path.join(
        os.path.realpath(base), "vmxgen", "vmx.h")
    tap.ok(not bad and ok, "safe_output_path refuses ../, absolute and "
           "escaping paths and accepts vmxgen/vmx.h", "accepted: %s" % bad)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--long", action="store_true")
    ap.add_argument("--runs", type=int)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    runs = args.runs or (400 if args.long else 5)
    forkserver.start()

    tap = Tap()
    OUTPUTS[:] = vmxgen_run("--list-outputs", "--spec", SPEC).stdout.split()
    tap.cases(OUTPUTS, "the generator lists no outputs (--list-outputs)")
    wd = workdir("writes")
    newdir = os.path.join(wd, "new")
    os.makedirs(newdir)
    r = gen(newdir)
    if r.returncode != 0:
        tap.ok(False, "the real spec generates", r.stderr)
        tap.done()
    new = {}
    for rel in OUTPUTS:
        with open(os.path.join(newdir, rel), "rb") as f:
            new[rel] = f.read()

    if args.long:
        t = time.perf_counter()
        outcomes, broken, leftovers = random_kills(tap, wd, new, runs,
                                                   args.seed)
        print("killed runs: %d in %.0f s; %s; partial writes (an output "
              "neither old nor new): %d; runs that left temporary files "
              "(removed by the next run): %d" % (
                  runs, time.perf_counter() - t, ", ".join(
                      "%s: %d" % kv for kv in outcomes.items()),
                  len(broken), leftovers))
        kill_at_steps(tap, wd, new, every=True)
        shutil.rmtree(wd, ignore_errors=True)
        sys.exit(1 if tap.failed else 0)
    kill_at_steps(tap, wd, new)
    random_kills(tap, wd, new, runs, args.seed)
    # The failed writes and the paths outside, side by side (each a row
    # of generator runs in directories of its own); their lines in order.
    taps = [TapBuffer(), TapBuffer()]
    parallel(lambda job: job[0](job[1], wd, new),
             [(failed_writes, taps[0]), (outside, taps[1])])
    for t in taps:
        t.emit(tap)
    for root, dirs, _ in os.walk(wd):
        for d in dirs:
            os.chmod(os.path.join(root, d), 0o755)
    shutil.rmtree(wd, ignore_errors=True)
    tap.done()


if __name__ == "__main__":
    main()
