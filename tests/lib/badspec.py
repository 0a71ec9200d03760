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
comment lines say

    # expect: LINE:COL: REGEX
    # names: LINE:COL
    # path: vmx/instructions/NAME.yaml

The file goes at that path (optional: vmx/NAME.yaml by default), in a
spec holding the real isa.yaml files; the generator must report REGEX
(after 'error: ') at spec/PATH:LINE:COL.  A line '# file: OTHER/PATH.yaml'
ends that file and starts another of the case, up to the next such line
(one named vmx/isa.yaml replaces the real one); its lines are numbered
from 1.  Each '# names:' line belongs to the '# expect:'
before it: that error must also name the other party of the mistake at
spec/PATH:LINE:COL (the duplicate's first definition, the other name of a
clash).  Both take another file of the spec as 'OTHER/PATH.yaml:LINE:COL'.
An '# expect:' may be repeated: every one must be reported.

A case may also hold what a file cannot say: a spec directory of another
name (spec_name, bytes allowed), files that are not regular (FIFO,
DIRECTORY, Symlink(target)), special files in the output directory
(out_files), an empty output directory (outputs="empty": for a spec the
generator must accept, run with keep=True to look at what it wrote).  Every run is bounded in time (timeout): a generator that
blocks (on a FIFO, say) is killed and the Run says so (timed_out).
"""

import atexit
import functools
import os
import re
import shutil
import stat
import threading

import forkserver
import vmxgen
from vmxtest import GEN, GENERATED, PYTHON, SPEC, slot, workdir

DEFAULT_FOLDER = "vmx"


class Expect:
    """An error line: at spec/PATH:LINE:COL (line or column None: any),
    saying REGEX."""

    def __init__(self, path, line, col, regex, name=None, names=()):
        self.path = path
        self.line = line
        self.col = col
        self.regex = regex
        self.name = name or regex
        # 'PATH:LINE:COL' of every other place the message must name
        self.names = list(names)

    @classmethod
    def at(cls, path, where, regex, name=None):
        """where: 'LINE:COL', 'LINE:' or '' (any)."""
        line, _, col = where.partition(":")
        return cls(path, int(line) if line else None,
                   int(col) if col else None, regex, name)

    @property
    def where(self):
        return "spec/%s:%s:%s" % (self.path, self.line or "*", self.col or "*")

    def pattern(self, display="spec"):
        """display: how the generator shows the spec directory."""
        d = re.escape(display)
        return re.compile(r"^%s/%s:%s:%s: error: (?=.*?(?:%s))" % (
            d, re.escape(self.path), self.line or r"\d+", self.col or r"\d+",
            self.regex) + "".join(r"(?=.*%s/%s(?!\d))" % (d, re.escape(n))
                                  for n in self.names))

    def __str__(self):
        return "%s: %s%s" % (self.where, self.regex, "".join(
            " [naming spec/%s]" % n for n in self.names))


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
        os.unlink(path)     # a link to the shared copy (linked_copy())
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


class Special:
    def __init__(self, what):
        self.what = what

    def __repr__(self):
        return self.what


# Files that are not regular files, for Case.files and Case.out_files.
FIFO = Special("a FIFO")
DIRECTORY = Special("a directory")


class Symlink:
    def __init__(self, target):
        self.target = target


class Case:
    def __init__(self, name, files=None, expect=(), base="isa", edits=(),
                 spec_name="spec", out_files=None, timeout=60,
                 outputs="generated"):
        self.name = name
        self.files = dict(files or {})
        self.expect = list(expect)
        self.base = base
        self.edits = list(edits)
        self.spec_name = spec_name      # str, or bytes (not UTF-8, say)
        # How the messages show it: the name, bytes that are not UTF-8
        # as \\uDCxx escapes.
        self.display = re.sub("[\udc80-\udcff]", lambda m: "\\u%04x" % ord(
            m.group()), os.fsdecode(spec_name))
        self.out_files = dict(out_files or {})  # output path: FIFO, ...
        self.timeout = timeout
        # What the output directory holds before the run: a copy of
        # generated/, or nothing ("empty").
        self.outputs = outputs
        self.problems = []              # what from_file could not read


_FILE = re.compile(rb"^# file: (\S+)(?:\r\n|\r|\n)", re.M)
_HEAD = re.compile(r"# (expect|names|path): (.*)$")
_AT = re.compile(r"(?:(\S+\.yaml):)?(\d+:\d+)(?:: (.*))?$")


def from_file(path):
    """The Case a tests/bad-specs/NAME.yaml file describes.  Header lines
    it cannot read are listed in case.problems (a case without an
    '# expect:' has no expect)."""
    with open(path, "rb") as f:
        data = f.read()
    name = os.path.basename(path)[:-len(".yaml")]
    where = "%s/%s.yaml" % (DEFAULT_FOLDER, name)
    heads = []
    for line in re.split("\r\n|\r|\n", data[:8192].decode("utf-8", "replace")):
        if not line.startswith("#"):
            break
        m = _HEAD.match(line)
        if m:
            heads.append((m.group(1), m.group(2)))
    problems, expect = [], []
    for key, value in heads:
        if key == "path":
            where = value
    for key, value in heads:
        if key == "path":
            continue
        m = _AT.match(value)
        if not m or (key == "expect") != (m.group(3) is not None):
            problems.append("cannot read '# %s: %s'" % (key, value))
        elif key == "expect":
            expect.append(Expect.at(m.group(1) or where, m.group(2),
                                    m.group(3)))
        elif not expect:
            problems.append("'# names:' before any '# expect:'")
        else:
            expect[-1].names.append("%s:%s" % (m.group(1) or where,
                                               m.group(2)))
    parts = _FILE.split(data)
    files = {where: parts[0]}
    for i in range(1, len(parts), 2):
        files[parts[i].decode("utf-8")] = parts[i + 1]
    case = Case(name, files, expect)
    case.problems = problems
    return case


class Run:
    """What the generator did with a Case."""

    def __init__(self, case, wd, spec, rc, stdout, stderr, seconds, rss,
                 untouched, expect, timed_out=False, cpu_seconds=0.0):
        self.case = case
        self.timed_out = timed_out  # killed after case.timeout seconds
        self.wd = wd                # the scratch directory (the cwd)
        self.spec = spec            # the spec directory in it
        self.rc = rc
        self.stdout = stdout
        self.stderr = stderr
        self.seconds = seconds
        self.cpu_seconds = cpu_seconds  # user + system, load-independent
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
        pat = expect.pattern(self.case.display)
        return [l for l in self.lines if pat.search(l)]

    def missing(self):
        return [e for e in self.expect if not self.found(e)]

    def report(self):
        return "%s in %.2f s (%.2f s CPU), peak RSS %d KiB\nstderr:\n%s%s" % (
            "killed after %d s" % self.case.timeout if self.timed_out
            else "exit %s" % self.rc, self.seconds, self.cpu_seconds, self.rss,
            self.stderr[:3000], "\nstdout:\n" + self.stdout if self.stdout
            else "")


def snapshot(directory):
    """Inode, size and mtime of every regular file of directory, to prove
    it was not touched (written in place: a new mtime; replaced: another
    inode); a symlink by its target; another file (a FIFO) by its kind,
    unopened.  (The bytes were read here once: 2 MB twice per case.)"""
    state = {}
    for root, dirs, files in os.walk(directory):
        for f in files + [d for d in dirs
                          if os.path.islink(os.path.join(root, d))]:
            p = os.path.join(root, f)
            st = os.lstat(p)
            if stat.S_ISREG(st.st_mode):
                data = "file %d, %d bytes" % (st.st_ino, st.st_size)
            elif stat.S_ISLNK(st.st_mode):
                data = "symlink to " + os.readlink(p)
            else:
                data = "mode %o" % st.st_mode
            state[os.path.relpath(p, directory)] = (data, st.st_mtime_ns)
    return state


_copying = threading.Lock()


@functools.lru_cache(maxsize=None)
def _shared_copy(tree):
    """One copy of tree per test process, removed at exit: what each
    case's copy links to (the source tree itself never is)."""
    wd = workdir("badspec-shared")
    atexit.register(shutil.rmtree, wd, True)
    shutil.copytree(tree, os.path.join(wd, "tree"), symlinks=True)
    for root, dirs, _ in os.walk(wd):     # a read-only source tree's modes
        for d in dirs:
            os.chmod(os.path.join(root, d), 0o755)
    return os.path.join(wd, "tree")


def linked_copy(tree, dst):
    """dst: tree's directories, its files hard links to one shared copy
    of them (copying 3 MB for each case was most of a case's cost).  A
    case never writes a file in place: make_file() and Edit.apply()
    unlink it first, and the generator replaces an output by renaming a
    new file over it."""
    with _copying:
        shared = _shared_copy(tree)
    for root, dirs, files in os.walk(shared):
        to = os.path.join(dst, os.path.relpath(root, shared))
        os.makedirs(to, exist_ok=True)
        for f in files:
            os.link(os.path.join(root, f), os.path.join(to, f),
                    follow_symlinks=False)


def make_file(path, data):
    """data: bytes or text, None (delete), FIFO, DIRECTORY or a Symlink."""
    if data is None:
        os.unlink(path)
        return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if os.path.lexists(path):
        os.unlink(path)     # perhaps a link to the shared copy
    if data is FIFO:
        os.mkfifo(path)
    elif data is DIRECTORY:
        os.makedirs(path)
    elif isinstance(data, Symlink):
        os.symlink(data.target, path)
    else:
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def build(case, wd):
    """The case's spec directory under wd; its edits' Expects."""
    spec = os.path.join(os.fsencode(wd), os.fsencode(case.spec_name))
    spec = os.fsdecode(spec)
    if case.base == "real":
        linked_copy(SPEC, spec)
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
        make_file(os.path.join(spec, rel), data)
    return spec, [e.apply(spec) for e in case.edits]


def run(case, limit_as=None, keep=False):
    """Run the generator on the case (under an address-space limit in
    bytes, if given; killed after case.timeout seconds), in a scratch
    directory removed after unless keep (the outputs are in wd/out).
    Raises LookupError if an edit no longer applies.

    The run is what 'python3 gen/vmxgen.py --spec SPEC --output OUT' does,
    in a child of the fork server (tests/lib/forkserver.py: the test must
    call forkserver.start() before any thread), which has gen/ imported:
    no new interpreter per case.  BADSPEC_EXEC=1 in the environment runs
    the real command instead (from the fork server too: the limit is set
    in the child before it executes Python)."""
    wd = workdir("bad-" + re.sub(r"\W+", "-", case.name)[:40])
    try:
        spec, edited = build(case, wd)
    except LookupError:
        shutil.rmtree(wd, ignore_errors=True)
        raise
    try:
        out = os.path.join(wd, "out")
        if case.outputs == "empty":
            os.makedirs(out)
        else:
            linked_copy(GENERATED, out)
            os.chmod(out, 0o755)
        for rel, data in case.out_files.items():
            make_file(os.path.join(out, rel), data)
        before = snapshot(out)

        with open(os.path.join(wd, "stdout"), "w+b") as so, \
                open(os.path.join(wd, "stderr"), "w+b") as se:
            # The spec as a user in wd names it: errors say spec/...
            argv = ["--spec", os.path.basename(spec),
                    "--output", out]
            if os.environ.get("BADSPEC_EXEC"):
                target, args = [PYTHON, GEN] + argv, ()
            else:
                target, args = vmxgen.main, (argv,)
            with slot():
                done = forkserver.run(target, args, stdout=so, stderr=se,
                                      cwd=wd, limit_as=limit_as,
                                      timeout=case.timeout)
            so.seek(0)
            se.seek(0)
            stdout, stderr = so.read(), se.read()
        return Run(case, wd, spec, done.returncode,
                   stdout.decode("utf-8", "replace"),
                   stderr.decode("utf-8", "replace"), done.seconds,
                   done.maxrss, snapshot(out) == before, case.expect + edited,
                   done.timed_out, done.cpu_seconds)
    finally:
        if not keep:
            shutil.rmtree(wd, ignore_errors=True)
