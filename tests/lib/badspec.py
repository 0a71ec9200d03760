# SPDX-License-Identifier: MIT
"""One way to write a bad-spec case, and one way to run it.

A case (Case) is a spec the generator must refuse, built in a scratch
directory from:
  base    "isa": every isa.yaml of the real spec (so a case file put in an
          ISA folder belongs to that ISA), "real": the whole real spec, or
          "empty";
  files   {path under spec/: bytes (or text), or None to delete the file};
  edits   [Edit]: text replaced in a file of the base, the error expected
          where the edit says;
  expect  [Expect]: the 'error:' lines the generator must print.
run() runs the real command on it, with a copy of generated/ as the output
directory, and returns what happened (Run): exit status, output, the
expected lines found or missing, whether the output was left untouched.
Each test turns that into as many TAP lines as it likes.

Cases kept as files: tests/bad-specs/NAME.yaml (from_file()), whose first
lines say

    # expect: LINE:COL: REGEX
    # path: vmx/instructions/NAME.yaml

(the path is optional: vmx/NAME.yaml by default).  The file goes at that
path, in a spec holding the real isa.yaml files; the generator must report
REGEX (after 'error: ') at spec/PATH:LINE:COL.
"""

import os
import re
import resource
import shutil
import subprocess
import time

from vmxtest import GEN, GENERATED, PYTHON, SPEC, snapshot, workdir

DEFAULT_FOLDER = "vmx"


class Expect:
    """An error line: at spec/PATH:LINE:COL (line or column None: any),
    saying REGEX."""

    def __init__(self, path, line, col, regex, name=None):
        self.path = path
        self.line = line
        self.col = col
        self.regex = regex
        self.name = name or regex

    @classmethod
    def at(cls, path, where, regex, name=None):
        """where: 'LINE:COL', 'LINE:' or '' (any)."""
        line, _, col = where.partition(":")
        return cls(path, int(line) if line else None,
                   int(col) if col else None, regex, name)

    @property
    def where(self):
        return "spec/%s:%s:%s" % (self.path, self.line or "*", self.col or "*")

    def pattern(self):
        return re.compile(r"^spec/%s:%s:%s: error: .*?%s" % (
            re.escape(self.path), self.line or r"\d+", self.col or r"\d+",
            self.regex))

    def __str__(self):
        return "%s: %s" % (self.where, self.regex)


class Edit:
    """Replace old with new in path.  The error is expected at the last
    'point' in the new text or, if it has none, at the nearest 'point'
    before the edit (the entry the edit is in; a point 'name: x' means
    the x)."""

    def __init__(self, path, old, new, point, regex, name):
        self.path, self.old, self.new, self.point = path, old, new, point
        self.regex, self.name = regex, name

    def apply(self, spec):
        """Edit the file under spec; the Expect, or LookupError if the
        file no longer has the text."""
        path = os.path.join(spec, self.path)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        at = text.find(self.old)
        if at < 0:
            raise LookupError("spec/%s no longer contains %r (test: %s)"
                              % (self.path, self.old, self.name))
        text = text[:at] + self.new + text[at + len(self.old):]
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        if self.point in self.new:
            pos = at + self.new.rindex(self.point)
        elif self.point in text[:at]:
            pos = text.rindex(self.point, 0, at) + (
                len("name: ") if self.point.startswith("name: ") else 0)
        else:
            raise LookupError("spec/%s has no %r before the edit (test: %s)"
                              % (self.path, self.point, self.name))
        line = text.count("\n", 0, pos) + 1
        col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        return Expect(self.path, line, col, self.regex, self.name)


class Case:
    def __init__(self, name, files=None, expect=(), base="isa", edits=()):
        self.name = name
        self.files = dict(files or {})
        self.expect = list(expect)
        self.base = base
        self.edits = list(edits)


def from_file(path):
    """The Case a tests/bad-specs/NAME.yaml file describes (expect None
    if its first line is not a well-formed '# expect:')."""
    with open(path, "rb") as f:
        data = f.read()
    head = data[:4096].decode("utf-8", "replace").splitlines()
    name = os.path.basename(path)[:-len(".yaml")]
    m = re.match(r"# expect: (\d+:\d+): (.*)$", head[0] if head else "")
    where = next((re.match(r"# path: (\S+)$", h).group(1) for h in head[1:3]
                  if re.match(r"# path: (\S+)$", h)),
                 "%s/%s.yaml" % (DEFAULT_FOLDER, name))
    expect = [Expect.at(where, m.group(1), m.group(2))] if m else []
    return Case(name, {where: data}, expect)


class Run:
    """What the generator did with a Case."""

    def __init__(self, case, wd, spec, rc, stdout, stderr, seconds, rss,
                 untouched, expect):
        self.case = case
        self.wd = wd                # the scratch directory (the cwd)
        self.spec = spec            # the spec directory in it
        self.rc = rc
        self.stdout = stdout
        self.stderr = stderr
        self.seconds = seconds
        self.rss = rss              # peak RSS of the generator, KiB
        self.untouched = untouched  # output directory as before
        self.expect = expect        # every Expect, edits' included
        self.lines = stderr.splitlines()

    @property
    def clean(self):
        """No traceback, nothing on stdout."""
        return "Traceback" not in self.stderr and not self.stdout

    @property
    def refused(self):
        """Exit 2, no traceback, output untouched."""
        return self.rc == 2 and "Traceback" not in self.stderr and self.untouched

    def found(self, expect):
        pat = expect.pattern()
        return [l for l in self.lines if pat.search(l)]

    def missing(self):
        return [e for e in self.expect if not self.found(e)]

    def report(self):
        return "exit %d in %.2f s, peak RSS %d KiB\nstderr:\n%s%s" % (
            self.rc, self.seconds, self.rss, self.stderr[:3000],
            "\nstdout:\n" + self.stdout if self.stdout else "")


def build(case, wd):
    """The case's spec directory under wd; its edits' Expects."""
    spec = os.path.join(wd, "spec")
    if case.base == "real":
        shutil.copytree(SPEC, spec)
    else:
        os.makedirs(spec)
        if case.base == "isa":
            for root, _, names in os.walk(SPEC):
                if "isa.yaml" in names:
                    rel = os.path.relpath(root, SPEC)
                    os.makedirs(os.path.join(spec, rel), exist_ok=True)
                    shutil.copy(os.path.join(root, "isa.yaml"),
                                os.path.join(spec, rel, "isa.yaml"))
    for rel, data in case.files.items():
        path = os.path.join(spec, rel)
        if data is None:
            os.unlink(path)
            continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    return spec, [e.apply(spec) for e in case.edits]


def run(case, limit_as=None, keep=False):
    """Run the generator on the case (under an address-space limit in
    bytes, if given), in a scratch directory removed after unless keep.
    Raises LookupError if an edit no longer applies."""
    wd = workdir("bad-" + re.sub(r"\W+", "-", case.name)[:40])
    try:
        spec, edited = build(case, wd)
    except LookupError:
        shutil.rmtree(wd, ignore_errors=True)
        raise
    try:
        out = os.path.join(wd, "out")
        shutil.copytree(GENERATED, out)
        os.chmod(out, 0o755)
        before = snapshot(out)

        def limit():
            if limit_as:
                resource.setrlimit(resource.RLIMIT_AS, (limit_as, limit_as))
        with open(os.path.join(wd, "stdout"), "w+b") as so, \
                open(os.path.join(wd, "stderr"), "w+b") as se:
            t = time.perf_counter()
            p = subprocess.Popen([PYTHON, GEN, "--spec", spec, "--output", out],
                                 cwd=wd, stdout=so, stderr=se, preexec_fn=limit)
            _, status, usage = os.wait4(p.pid, 0)
            seconds = time.perf_counter() - t
            p.returncode = os.waitstatus_to_exitcode(status)
            so.seek(0)
            se.seek(0)
            stdout, stderr = so.read(), se.read()
        return Run(case, wd, spec, p.returncode,
                   stdout.decode("utf-8", "replace"),
                   stderr.decode("utf-8", "replace"), seconds, usage.ru_maxrss,
                   snapshot(out) == before, case.expect + edited)
    finally:
        if not keep:
            shutil.rmtree(wd, ignore_errors=True)
