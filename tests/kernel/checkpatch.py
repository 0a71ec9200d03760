#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The headers a kernel tree copies, checked with the kernel's own style
tools: scripts/checkpatch.pl --no-tree --strict and scripts/kernel-doc, from
Debian's linux-source-6.1.

Every generated header must give 0 errors and 0 warnings (CHECKs are
listed, not counted) and no kernel-doc warning; every public function and
accessor macro must have a kernel-doc comment, except the per-field VMCS
accessors (see PER_FIELD below).  So must the hand-written dump_line.h
(the dumps' line formatter, included by every <isa>_dump.h).  The
hand-written vmx_compat.h must give 0 errors and 0 warnings apart from the
exceptions README.md lists (COMPAT_EXCEPTIONS); the instruction headers
(<isa>_insn.h) apart from the goto forms' flow control (INSN_EXCEPTIONS).

The tools come from the linux-source-6.1 package: 'apt-get download' (no
root needed), extracted once into tests/cache/ under the build tree with
what the KVM tests read (tests/lib/linuxsource.py), the .deb deleted.  VMXGEN_LINUX_SCRIPTS=DIR uses DIR/checkpatch.pl,
DIR/kernel-doc, ... instead (e.g. a kernel tree's scripts/).  Offline, or
without apt-get: skipped with the reason.
"""

import os
import re
import shutil
import sys
import tempfile

import linuxsource
from headers import Api
from vmxtest import GENERATED, SRCDIR, Tap, jobs, parallel, run, workdir

# vmx_compat.h's accepted checkpatch exceptions (README.md says why):
# the fixed-width typedefs and __always_inline exist only outside the kernel.
COMPAT_EXCEPTIONS = ["NEW_TYPEDEFS", "COMPLEX_MACRO", "PREFER_DEFINED_ATTRIBUTE_MACRO"]

# The instruction headers' one accepted exception: the goto forms
# (<isa>_<insn>_goto(..., fail, fault)) are macros whose asm goto jumps to
# the caller's labels, which is their point (README, "Forms"); checkpatch
# warns on the word 'goto' in any macro, as on the kernel's own
# unsafe_get_user().  Every other warning still counts in those headers.
INSN_EXCEPTIONS = ["MACRO_WITH_FLOW_CONTROL"]

# Per-field VMCS accessors: one per field and direction, documented once in
# vmcs_fields.h's header comment rather than each by kernel-doc; likewise
# the getter and setter of each field of a value layout (<isa>_layouts.h),
# documented by its header comment and the comment over each layout.
PER_FIELD = re.compile(r"^[a-z]+_vmcs_(read|write)_\w+$")


def tools():
    """(scripts dir, root dir for --root, description) or skip reason."""
    env = os.environ.get("VMXGEN_LINUX_SCRIPTS")
    if env:
        return os.path.abspath(env), None, env
    src, version = linuxsource.source()
    if not src:
        return None, None, version
    return os.path.join(src, "scripts"), src, version


def attributed(paths, lines, ok):
    """{path: its lines}: each line to the file it starts with (the tools
    name the file as given, then ':' or, for checkpatch's summary,
    ' total: '); with a line that names none of them, or not ok (the run
    failed), every file gets the run's whole output instead."""
    mine = {p: [] for p in paths}
    stray = []
    for line in lines:
        owner = next((p for p in paths if line.startswith(p + ":") or
                      line.startswith(p + " total: ") or
                      line.endswith("Cannot open file " + p)), None)
        (mine[owner] if owner else stray).append(line)
    if stray or not ok:
        return {p: lines for p in paths}
    return mine


def checkpatch(scripts, root, paths, cwd, ignore=()):
    """checkpatch.pl on paths, in one run (it checks each file on its own:
    only CamelCase words are reported once per run, a CHECK):
    {path: ((errors, warnings, checks) or None if it did not run, its
    lines)}."""
    cmd = ["perl", os.path.join(scripts, "checkpatch.pl"), "--no-tree", "--strict",
           "--show-types", "--terse", "--summary-file"]
    if root:
        cmd.append("--root=" + root)
    if ignore:
        cmd.append("--ignore=" + ",".join(ignore))
    cmd += ["-f"] + paths
    # In a git checkout checkpatch writes a CamelCase cache file into the
    # current directory: not into the source tree.
    r = run(cmd, cwd=cwd)
    lines = (r.stdout + r.stderr).splitlines()
    ran = r.returncode in (0, 1) and not r.stderr.strip()
    out = {}
    for path, mine in attributed(paths, lines, ran).items():
        text = "\n".join(mine)
        m = re.search(r"^%s total: (\d+) errors, (\d+) warnings, (?:(\d+) checks, )?"
                      % re.escape(path), text, re.M)
        if m:
            out[path] = tuple(int(x or 0) for x in m.groups()), text
        else:
            # --terse prints nothing at all for a clean file.
            out[path] = ((0, 0, 0) if ran and not mine else None), text
    return out


def kernel_doc(scripts, paths, cwd):
    """kernel-doc -none on paths, in one run: {path: its warnings, or
    None if the run failed}."""
    r = run(["perl", os.path.join(scripts, "kernel-doc"), "-none"] + paths,
            cwd=cwd)
    lines = [ln for ln in (r.stdout + r.stderr).splitlines() if ln.strip()]
    ok = r.returncode == 0
    return {p: mine if ok else None
            for p, mine in attributed(paths, lines, ok).items()}, lines


def batches(paths, n):
    """paths in n runs of about the same size (largest first, each to the
    lightest run), for n CPUs."""
    runs = [[] for _ in range(max(1, min(n, len(paths))))]
    for p in sorted(paths, key=os.path.getsize, reverse=True):
        min(runs, key=lambda b: sum(map(os.path.getsize, b))).append(p)
    return [sorted(b) for b in runs]


def kernel_doc_coverage(text, names):
    """Public names not right after a kernel-doc comment for them
    ('/**' then ' * name() - ...')."""
    missing = []
    for name in names:
        m = (re.search(r"^static\b[^;{}]*?\b%s\(" % name, text, re.M) or
             re.search(r"^#define\s+%s\(" % name, text, re.M))
        before = text[:m.start()] if m else ""
        start = before.rfind("/**")
        if not m or start < 0 or not before.rstrip().endswith("*/") or \
                "*/" in before[start:].rstrip()[:-2] or \
                not re.match(r"/\*\*\n \* %s(\(\))? - " % name, before[start:]):
            missing.append(name)
    return missing


def main():
    if sys.argv[1:] == ["--fetch"]:
        # setup.sh: fetch the tools now, not in make check.
        scripts, _, what = tools()
        print("checkpatch.pl and kernel-doc: %s" % (
            "from " + what if scripts else "not available (" + what + ")"))
        return
    tap = Tap()
    if not shutil.which("perl"):
        tap.skip_all("perl is not installed")
    scripts, root, what = tools()
    if scripts is None:
        tap.skip_all(what)
    print("# checkpatch.pl and kernel-doc from %s" % what)
    wd = workdir("checkpatch")
    api = Api(GENERATED)
    compat = os.path.join(SRCDIR, "include", "vmxgen", "vmx_compat.h")
    dump_line = os.path.join(SRCDIR, "include", "vmxgen", "dump_line.h")
    headers = api.headers + [dump_line]

    # TODO(speed): what is left (~26 s CPU) is checkpatch.pl's own work
    # per line of the ~29k header lines (profiled with Devel::NYTProf:
    # ~0.45 ms a code line, ~0.6 ms a comment line, whose characters
    # annotate_values() takes one at a time; ctx_statement_block() scans
    # each statement again from each of its lines, vmx_entry_check()'s
    # 69 KB body five times).  No option skips that work (--ignore only
    # hides reports); only fewer or shorter generated lines would cut it,
    # e.g. the layouts' 22 lines per field (9.5k lines in all).
    # Each tool runs once on many files (its start, reading its word and
    # type lists, was a tenth of the test's time when it ran per file):
    # checkpatch.pl in one run per CPU, kernel-doc in one run.  The
    # instruction headers run apart, with their exception.
    insn = [h for h in headers if h.endswith("_insn.h")]
    rest = [h for h in headers if h not in insn]
    runs = [("checkpatch", b) for b in batches(rest, jobs())] + \
        [("insn", insn), ("compat", [compat]), ("kernel-doc", headers)]

    def one(job):
        what, paths = job
        cwd = tempfile.mkdtemp(dir=wd)
        if what == "kernel-doc":
            return kernel_doc(scripts, paths, cwd)
        return checkpatch(scripts, root, paths, cwd,
                          {"compat": COMPAT_EXCEPTIONS,
                           "insn": INSN_EXCEPTIONS}.get(what, ()))

    results = parallel(one, runs, cost=lambda job: sum(map(os.path.getsize, job[1])))
    found = {}
    for (what, _), result in zip(runs, results):
        if what != "kernel-doc":
            found.update(result)
    docs, doc_lines = results[-1]
    for path in headers:
        counts, out = found[path]
        name = os.path.relpath(path, SRCDIR)
        if not tap.ok(counts is not None, "%s: checkpatch.pl runs" % name, out):
            continue
        errors, warnings, checks = counts
        checks_seen = sorted(set(re.findall(r"CHECK:(\w+)", out)))
        tap.ok(errors == 0 and warnings == 0,
               "%s: checkpatch.pl --strict: %d errors, %d warnings (%d checks%s)"
               % (name, errors, warnings, checks,
                  ": " + ", ".join(checks_seen) if checks_seen else ""),
               "\n".join(ln for ln in out.splitlines()
                         if re.search(r": (ERROR|WARNING):", ln)))
        warns = docs[path]
        tap.ok(warns == [], "%s: kernel-doc: no warnings (%s)"
               % (name, "did not run" if warns is None else len(warns)),
               "\n".join(doc_lines if warns is None else warns))
        with open(path) as f:
            text = f.read()
        names = [fn.name for fn in api.functions if fn.path == path]
        # A macro named like a function is its 32-bit shim: counted once.
        names += [m.name for m in api.macros if m.path == path and m.name not in names]
        # The hand-written helpers are out of line, not inline (Api's).
        names += re.findall(r"^static VMXGEN_OUT_OF_LINE void (\w+)\(", text, re.M)
        per_field = [n for n in names if PER_FIELD.match(n) and "vmcs_fields" in name
                     or name.endswith("_layouts.h")]
        names = [n for n in names if n not in per_field]
        missing = kernel_doc_coverage(text, names)
        tap.ok(not missing, "%s: kernel-doc comment on each of %d public functions "
               "and macros%s" % (name, len(names), " (%d per-field accessors "
                                 "excepted)" % len(per_field) if per_field else ""),
               "no kernel-doc: " + ", ".join(missing))
    counts, out = found[compat]
    tap.ok(counts is not None and counts[:2] == (0, 0),
           "include/vmxgen/vmx_compat.h: checkpatch.pl --strict: 0 errors, 0 "
           "warnings apart from README's exceptions (%s)" % ", ".join(COMPAT_EXCEPTIONS),
           out)
    tap.done()


if __name__ == "__main__":
    main()
