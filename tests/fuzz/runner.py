# SPDX-License-Identifier: MIT
"""Running the generator on fuzzed specs, in-process, and the invariant
every run must keep (Harness.run raises Violation when it does not):

  - the generator exits 0, or exits 2 with at least one
    'spec/FILE:LINE:COL: error: ...' line, every stderr line being such a
    line (or the 'too many errors' line), in file order, each naming a file
    of the spec and a line that exists in it;
  - no exception escapes (that is what prints a traceback);
  - on exit 2 the output directory is exactly as before (bytes and mtimes);
    on exit 0 it holds the outputs and no temporary file, and a caller of
    every public function compiles with gcc and clang, -m64 and -m32, C99
    and gnu11 (four runs: each compiler in each mode, each standard with
    each compiler and in each mode), -Wall -Wextra -Werror, freestanding:
    a spec the generator accepts must not give broken C;
  - a mutation that makes the spec wrong whatever else holds (labelled
    MUST_REFUSE, mutators.py) ends in exit 2;
  - every diagnostic names a line and column that exist, counting lines as
    editors and compilers do (\n, \r\n or \r ends one; NEL and U+2028 do
    not).

A process per input costs ~0.3 s, so the harness runs the command's steps
itself (generate(): vmxgen.load_spec, render_all, write_outputs, with what
main() prints on error); spec-fuzz.py checks on samples that this gives
what the real command gives.  The inputs are fed to the loader, not
written: the scratch spec directory holds the file names (the loader lists
it), and every file's bytes come from memory through load_spec(...,
read=).
"""

import collections
import concurrent.futures
import contextlib
import difflib
import errno
import io
import os
import re
import shutil
import signal
import subprocess
import time
import traceback

import badspec
import specload
import vmxgen
import yaml

from callers import caller_functions, public
from mutators import MUST_REFUSE, NEW_FOLDER, Mutator
from cmatrix import Variant, failed
from vmxtest import (GEN, PYTHON, SPEC, SRCDIR, compilers, parallel,
                     snapshot, workdir)
from vmxtest import run as run_cmd
from yamltree import from_yaml

DIAG = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):(?P<col>\d+): error: "
                  r"(?P<msg>.*)$")
TOO_MANY = re.compile(r"^vmxgen: error: too many errors, stopping after \d+$")
EDITOR_BREAK = re.compile("\r\n|\r|\n")
TEMP = re.compile(r"^\.vmxgen-.*\.tmp$")
PER_INPUT_SECONDS = 20
# Violations kept for the report, of each kind, when a campaign goes on
# after them.
KEEP_FAILURES = 4
# The compilers' runs of an accepted spec: (compiler kind, bits, std).
COMPILE_RUNS = [("gcc", 64, "c99"), ("gcc", 32, "gnu11"),
                ("clang", 64, "gnu11"), ("clang", 32, "c99")]


# The exit status each seed must have as it is (None: not asserted): the
# seed files say "Seed (accepted)" or "Seed (refused)"; bad specs are
# refused; extension ISAs and test data are accepted.
SEED_EXIT = {}


def seeds():
    """[(name, {path under spec/: bytes})]: the seed corpus, each put over
    the real spec.  tests/fuzz/seeds/*.yaml (valid specs near a class of
    mistake, and known failures; one per class), the ISA folders of the
    extension tests, the test layouts and control groups, and every
    refused spec of tests/bad-specs/ (a class of mistake each).  Seed
    files are in the bad-spec format (tests/lib/badspec.py: '# path:',
    '# file:')."""
    out = []
    for folder, prefix in (("fuzz/seeds", "seed"), ("bad-specs", "bad-spec")):
        d = os.path.join(SRCDIR, "tests", folder)
        for f in sorted(os.listdir(d)):
            if f.endswith(".yaml"):
                case = badspec.from_file(os.path.join(d, f))
                with open(os.path.join(d, f), "rb") as fh:
                    head = fh.read(300).decode("ascii", "replace")
                SEED_EXIT["%s %s" % (prefix, case.name)] = \
                    2 if prefix == "bad-spec" or "Seed (refused" in head else \
                    0 if "Seed (accepted)" in head else None
                out.append(("%s %s" % (prefix, case.name),
                            {rel: data if isinstance(data, bytes) else
                             data.encode() for rel, data in case.files.items()}))
    ext = os.path.join(SRCDIR, "tests", "extension")
    for isa in sorted(os.listdir(ext)):
        files = {}
        for root, _, names in os.walk(os.path.join(ext, isa)):
            for n in names:
                if n.endswith(".yaml"):
                    path = os.path.join(root, n)
                    with open(path, "rb") as fh:
                        files[os.path.relpath(path, ext)] = fh.read()
        if any(os.path.basename(r) == "isa.yaml" for r in files):
            out.append(("extension %s" % isa, files))
            SEED_EXIT["extension %s" % isa] = 0
    for rel, at in (("tests/layouts/value-layouts.yaml",
                     "vmx/fuzz-value-layouts.yaml"),
                    ("tests/controls/test-controls.yaml",
                     "vmx/fuzz-test-controls.yaml")):
        path = os.path.join(SRCDIR, rel)
        if os.path.exists(path):
            with open(path, "rb") as fh:
                out.append(("test data %s" % rel, {at: fh.read()}))
                SEED_EXIT["test data %s" % rel] = 0
    return out


class Timeout(BaseException):
    pass


class Result:
    def __init__(self, rc, stdout, stderr, exc, seconds):
        self.rc = rc
        self.stdout = stdout
        self.stderr = stderr
        self.exc = exc  # formatted traceback of an exception that escaped
        self.seconds = seconds


class Violation(AssertionError):
    def __init__(self, kind, detail):
        super().__init__("%s\n%s" % (kind, detail))
        self.kind = kind


def cause(labels):
    """The mutations of an input, names and numbers taken out: what a
    violation is counted under."""
    out = []
    for l in labels:
        l = re.sub(r"^[^:]*\.yaml: ", "", l)
        l = re.sub(r" (at|->|\(was|in) .*", "", l)
        l = re.sub(r"\b(0x[0-9a-f]+|\d+)\b", "N", l)
        out.append(l[:50])
    return "; ".join(out)


def error_kind(msg):
    """A diagnostic with names and numbers taken out, for counting kinds."""
    k = re.sub(r"'[^']*'", "'…'", msg)
    k = re.sub(r"\b(0x[0-9a-fA-F]+|\d+)\b", "N", k)
    k = re.sub(r"#x[0-9a-fA-F]+", "#xN", k)
    k = re.sub(r"U\+[0-9A-F]+", "U+N", k)
    k = re.sub(r"\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b", "C_NAME", k)
    k = re.split(r";| \(|, but found| found ", k)[0]
    return k[:90]


# Object-like macros of the places the headers are included in (the
# kernel, libc; GCC predefines 'linux' and 'unix' itself under -std=gnu*):
# defined before the headers, so a generated name equal to one breaks the
# compile here as it would there.
HOST_MACROS = """\
#define current get_current()
#define fallthrough __attribute__((__fallthrough__))
#define noinline __attribute__((__noinline__))
#define notrace __attribute__((__no_instrument_function__))
#define noinstr notrace
#define asmlinkage
#define errno (*__errno_location())
"""


class Harness:
    """The real spec in memory, changed per input; a scratch spec directory
    with its file names; an output directory holding the real outputs."""

    def __init__(self, name="fuzz", all_runs=False, asm_every=0,
                 keep_going=False):
        """all_runs: compile each accepted input in every run of
        COMPILE_RUNS (else in two of them: gcc and clang, -m64 and -m32,
        the other two with the next input); asm_every: also compile the
        callers to assembly (asm constraints checked, -S -O0) for one
        accepted input in asm_every (0: never); keep_going: count
        violations (in failures) instead of raising."""
        self.wd = workdir(name)
        self.spec = os.path.join(self.wd, "spec")
        self.out = os.path.join(self.wd, "out")
        shutil.copytree(SPEC, self.spec)
        os.makedirs(self.out)
        self.texts = {}
        for rel in specload.spec_files(self.spec):
            with open(os.path.join(self.spec, rel), "rb") as f:
                self.texts[rel] = f.read()
        self.current = dict(self.texts)     # what read() serves
        r = self.call()
        if r.rc != 0:
            raise SystemExit("the real spec does not generate:\n%s%s"
                             % (r.stderr, r.exc or ""))
        self.pristine = r   # the in-process run of the real spec
        self.baseline = snapshot(self.out)
        self.outputs = sorted(self.baseline)
        # The real files' trees: libyaml's composer where there is one
        # (ten times faster; from_yaml gives the same trees from both).
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        self.trees = {rel: from_yaml(yaml.compose(data.decode("utf-8"),
                                                  Loader=loader))
                      for rel, data in self.texts.items()}
        self.mutator = Mutator(self.trees, self.texts)
        self.seeds = seeds()
        for seed_name, files in self.seeds:
            self.mutator.add_seed(seed_name, files)
        # Compile what every accepted input gives (VMXGEN_FUZZ_COMPILE=0:
        # do not): each compiler kind found, in its runs of COMPILE_RUNS.
        found = dict(compilers())
        self.cc = [Variant(kind, found.get(kind) or next(iter(found.values())),
                           bits, std, "freestanding")
                   for kind, bits, std in COMPILE_RUNS] \
            if found and os.environ.get("VMXGEN_FUZZ_COMPILE", "1") != "0" \
            else []
        self.all_runs = all_runs
        self.asm_every = asm_every
        self.keep_going = keep_going
        self.failures = []      # (kind, description), with keep_going
        self.seed_failures = []     # (kind, seed name)
        self.causes = collections.Counter()     # (kind, mutations): count
        self.use_c = os.path.join(self.wd, "callers.c")
        # With a list here, compiles() copies the headers and starts the
        # compiles in the background, and returns None; run() appends
        # (future of the verdict, changes, labels, result): the caller
        # waits for it (spec-fuzz.py), so the next input is generated while
        # this one compiles.
        self.deferred = None
        self._pool = None
        self.model = None
        self.stats = collections.Counter()
        self.kinds = collections.Counter()
        self.ops = collections.Counter()
        self.slowest = (0.0, None)
        self.progress = 0  # print a line every this many inputs
        self.last_failure = None

    def close(self, keep=False):
        if self._pool:
            self._pool.shutdown()
        if not keep:
            shutil.rmtree(self.wd, ignore_errors=True)

    # --- the input ---------------------------------------------------------

    def read(self, path):
        """The loader's read=: a spec file's bytes, from memory."""
        rel = os.path.relpath(path, self.spec)
        if self.current.get(rel) is None:
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), path)
        return self.current[rel]

    def apply(self, changes):
        """Put changes in memory; create or delete their files' names."""
        for rel, data in changes.items():
            self.current[rel] = data
            path = os.path.join(self.spec, rel)
            if data is None:
                if os.path.exists(path):
                    os.unlink(path)
            elif not os.path.exists(path):
                os.makedirs(os.path.dirname(path), exist_ok=True)
                open(path, "wb").close()    # the bytes come through read()

    def restore(self, changes):
        for rel in changes:
            path = os.path.join(self.spec, rel)
            if rel in self.texts:
                self.current[rel] = self.texts[rel]
                if not os.path.exists(path):
                    with open(path, "wb") as f:
                        f.write(self.texts[rel])
            else:
                self.current.pop(rel, None)
                if os.path.exists(path):
                    os.unlink(path)
        p = os.path.join(self.spec, NEW_FOLDER)
        if os.path.isdir(p) and not os.listdir(p):
            os.rmdir(p)

    def materialize(self, changes, directory):
        """The input as a real spec directory (directory/spec), for the
        real command."""
        spec = os.path.join(directory, "spec")
        shutil.copytree(SPEC, spec)
        for rel, data in changes.items():
            p = os.path.join(spec, rel)
            if data is None:
                if os.path.exists(p):
                    os.unlink(p)
            else:
                os.makedirs(os.path.dirname(p), exist_ok=True)
                with open(p, "wb") as f:
                    f.write(data)
        return spec

    # --- one run -------------------------------------------------------------

    def generate(self):
        """What 'vmxgen -q --spec SPEC --output OUT' does, in-process: exit
        status; diagnostics on stderr."""
        model = vmxgen.load_or_report(self.spec, read=self.read, name="spec")
        if model is None:
            return 2
        vmxgen.write_outputs(self.out, vmxgen.render_all(model, self.spec))
        self.model = model
        return 0

    def call(self, limit=PER_INPUT_SECONDS):
        """generate(), its output captured; an exception escaping it is
        what prints a traceback in the command."""
        out, err = io.StringIO(), io.StringIO()
        exc = None
        rc = None

        def alarm(signum, frame):
            raise Timeout("no result after %d s" % limit)
        old = signal.signal(signal.SIGALRM, alarm)
        signal.alarm(limit)
        t = time.perf_counter()
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                rc = self.generate()
        except KeyboardInterrupt:
            raise
        except BaseException:  # noqa: B902 - anything at all is a traceback
            exc = traceback.format_exc()
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, old)
        return Result(rc, out.getvalue(), err.getvalue(), exc,
                      time.perf_counter() - t)

    def command(self, changes):
        """The real command on the input: (exit status, stderr)."""
        d = workdir("fuzz-command")
        try:
            spec = self.materialize(changes, d)
            os.makedirs(os.path.join(d, "out"))
            r = subprocess.run([PYTHON, GEN, "-q", "--spec",
                                os.path.relpath(spec, d), "--output",
                                os.path.join(d, "out")], cwd=d,
                               stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, universal_newlines=True)
            return r.returncode, r.stderr
        finally:
            shutil.rmtree(d, ignore_errors=True)

    def run(self, changes, labels=()):
        """Run the generator on the spec with changes; check the invariant.
        Raises Violation (with the reproducing input) if it does not hold."""
        self.apply(changes)
        deferred = len(self.deferred) if self.deferred is not None else 0
        try:
            def lines():
                """{file: its lines}, of the input (before restore()):
                what an exit 2's diagnostics are checked against."""
                out = {}
                for rel in specload.spec_files(self.spec):
                    data = self.current.get(rel) or b""
                    # As an editor counts: characters, or bytes where the
                    # file is not UTF-8 (its error is at a byte's column).
                    out[rel] = (EDITOR_BREAK.split(data.decode("utf-8",
                                                               "replace")),
                                EDITOR_BREAK.split(data.decode("latin-1")))
                return out
            before = snapshot(self.out)
            self.model = None
            r = self.call()
            after = snapshot(self.out)
            self.stats["inputs"] += 1
            if self.progress and self.stats["inputs"] % self.progress == 0:
                print("... %d inputs, %d tracebacks" % (
                    self.stats["inputs"], self.stats["traceback"]),
                    flush=True)
            for l in labels:
                words = re.sub(r"^[^:]*: ", "", l).split(" ")
                n = 2 if words[0] in ("text", "file", "wrong", "tag", "alias",
                                      "other", "rename", "duplicate", "c",
                                      "disguised", "unquoted", "register",
                                      "encoding", "test") else 1
                self.ops[" ".join(words[:n]).rstrip(":")] += 1
            if r.seconds > self.slowest[0]:
                self.slowest = (r.seconds, labels)
            problem = self.judge(r, before, after, lines)
            if self.deferred is not None and len(self.deferred) > deferred:
                self.deferred[-1] = (self.deferred[-1], changes, labels, r)
            if not problem and r.rc == 0:
                must = [l for l in labels if MUST_REFUSE in l]
                if must:
                    problem = ("accepted a spec it must refuse",
                               "exit 0 after: %s" % "; ".join(must))
            if problem:
                self.stats[problem[0]] += 1
                self.last_failure = (changes, labels, r)
                if self.keep_going:
                    self.causes[(problem[0], cause(labels))] += 1
                    if sum(k == problem[0] for k, _ in self.failures) < \
                            KEEP_FAILURES:
                        self.failures.append((problem[0], problem[1][:3000] +
                                              "\n" + self.describe(
                                                  changes, labels, r)))
                else:
                    raise Violation(problem[0], problem[1] + "\n" +
                                    self.describe(changes, labels, r))
        finally:
            self.restore(changes)
            if snapshot(self.out) != self.baseline:
                shutil.rmtree(self.out)
                os.makedirs(self.out)
                for rel, (data, mtime) in self.baseline.items():
                    p = os.path.join(self.out, rel)
                    os.makedirs(os.path.dirname(p), exist_ok=True)
                    with open(p, "wb") as f:
                        f.write(data)
                    os.utime(p, ns=(mtime, mtime))
        return r

    def judge(self, r, before, after, lines):
        if r.exc:
            kind = "timeout" if "Timeout" in r.exc.splitlines()[-1] \
                else "traceback"
            return kind, "exception escaped the generator:\n" + r.exc
        if r.rc not in (0, 2):
            return "bad exit status", "exit status %r" % r.rc
        if r.stdout:
            return "stdout", "printed on stdout with -q:\n" + r.stdout
        if r.rc == 0:
            self.stats["exit 0"] += 1
            if r.stderr:
                return "stderr on success", r.stderr
            temps = [f for f in after if TEMP.match(os.path.basename(f))]
            missing = [f for f in self.outputs if f not in after]
            if temps or missing:
                return "partial write", "output directory after success: " \
                    "temporary files %s, outputs missing %s" % (temps, missing)
            return self.compiles(sorted(after))
        self.stats["exit 2"] += 1
        if after != before:
            changed = sorted(k for k in set(before) | set(after)
                             if before.get(k) != after.get(k))
            return "partial write", "exit 2 but the output directory " \
                "changed: %s" % ", ".join(changed)
        diags = []
        lines = lines()
        order = {rel: i for i, rel in enumerate(sorted(lines))}
        spec_name = os.path.basename(self.spec)
        out = r.stderr.splitlines()
        for i, line in enumerate(out):
            m = DIAG.match(line)
            if m:
                diags.append(m)
                continue
            if TOO_MANY.match(line) and i == len(out) - 1:
                continue
            return "bad stderr", "stderr line is not 'file:line:col: " \
                "error: ...': %r" % line
        if not diags:
            return "no diagnostic", "exit 2 without a file:line:col: error:"
        keys = []
        for m in diags:
            f = m.group("file")
            rel = f[len(spec_name) + 1:] if f.startswith(spec_name + "/") \
                else None
            if f == spec_name and m.group("line") == m.group("col") == "1":
                keys.append((-1, 1, 1))  # about the spec as a whole
                self.kinds[error_kind(m.group("msg"))] += 1
                continue
            if rel not in lines:
                return "bad position", "diagnostic names %r, not a spec " \
                    "file" % f
            ln, col = int(m.group("line")), int(m.group("col"))
            ok = False
            for flines in lines[rel]:
                if 1 <= ln <= len(flines) and \
                        1 <= col <= len(flines[ln - 1]) + 1:
                    ok = True
            if not ok:
                return "bad position", "no line %d with a column %d in %s " \
                    "(%d lines): %s" % (ln, col, f, len(lines[rel][0]),
                                        m.group(0)[:300])
            keys.append((order[rel], ln, col))
            self.kinds[error_kind(m.group("msg"))] += 1
        if keys != sorted(keys):
            return "not in file order", r.stderr
        return None

    def compiles(self, files):
        """A spec the generator accepts must give C that compiles: a caller
        of every public function (tests/lib/callers.py), with each run of
        self.cc, -Wall -Wextra -Werror, freestanding (so -m32 needs no
        32-bit libc); else the validator let through something it should
        have refused."""
        if not self.cc:
            return None
        self.stats["compiled"] += 1
        try:
            callees, _ = public(self.model, self.out)
            source = caller_functions(callees, self.out)
        except Exception:  # noqa: B902 - the headers are not what they say
            return "accepted spec gives broken C", "the headers cannot be " \
                "read for their functions:\n" + traceback.format_exc()
        use_c, out = self.use_c, self.out
        if self.deferred is not None:
            d = os.path.join(self.wd, "deferred-%d" % self.stats["compiled"])
            use_c, out = os.path.join(d, "callers.c"), os.path.join(d, "out")
            shutil.copytree(self.out, out)
        with open(use_c, "w") as f:
            f.write(HOST_MACROS + source)
        cc = self.cc if self.all_runs or len(self.cc) < 4 else \
            [self.cc[i] for i in ((0, 3), (1, 2))[self.stats["compiled"] % 2]]
        runs = [(v, ("-fsyntax-only",)) for v in cc]
        if self.asm_every and self.stats["compiled"] % self.asm_every == 0:
            runs.append((self.cc[self.stats["compiled"] // self.asm_every %
                                 len(self.cc)], ("-S", "-o", os.devnull)))

        def one(run):
            variant, action = run
            cmd = variant.command(use_c, out, opt="-O0", action=action)
            return cmd, run_cmd(cmd)

        def verdict():
            for (_, action), (cmd, r) in zip(runs, parallel(one, runs)):
                if r.returncode != 0 or (r.stdout + r.stderr).strip():
                    # The C is fine where only the assembler (-S: clang's
                    # integrated one) refuses the asm text: a spec whose
                    # operand order or mnemonic contradicts the
                    # instruction, which C cannot see.  Still a
                    # violation, of its own kind.
                    kind = "accepted spec gives broken C" if action[0] != \
                        "-S" else "accepted spec gives asm the assembler " \
                        "refuses"
                    return kind, failed(cmd, r)[:3000]
            return None
        if self.deferred is None:
            return verdict()
        if self._pool is None:
            self._pool = concurrent.futures.ThreadPoolExecutor(1)
        self.deferred.append(self._pool.submit(verdict))
        return None

    def deferred_violation(self, compiled):
        """The Violation that run() would have raised for a deferred
        compile (compiled: what run() appended), or None."""
        future, changes, labels, r = compiled
        problem = future.result()
        if not problem:
            return None
        self.stats[problem[0]] += 1
        self.last_failure = (changes, labels, r)
        return Violation(problem[0], problem[1] + "\n" +
                         self.describe(changes, labels, r))

    def describe(self, changes, labels, r):
        """The reproducing input, printed with a failure."""
        out = ["mutations: %s" % "; ".join(labels) if labels else
               "mutations: none"]
        for rel, data in sorted(changes.items()):
            if data is None:
                out.append("spec/%s: deleted" % rel)
            elif len(data) <= 3000:
                out.append("spec/%s (%d bytes):" % (rel, len(data)))
                out += ["  " + repr(l)[2:-1] for l in data.split(b"\n")]
            elif rel in self.texts:
                out.append("spec/%s (%d bytes), as a diff from the real "
                           "file:" % (rel, len(data)))
                diff = list(difflib.unified_diff(
                    self.texts[rel].decode("utf-8").splitlines(),
                    data.decode("utf-8", "backslashreplace").splitlines(),
                    lineterm="", n=1))[2:]
                out += ["  " + l[:300] for l in diff[:80]]
            else:
                out.append("spec/%s: %d bytes (in the saved spec "
                           "directory)" % (rel, len(data)))
        out.append("exit %r; stderr:" % r.rc)
        out += ["  " + l for l in r.stderr.splitlines()[:20]]
        return "\n".join(out)


    def save_failure(self):
        """Write the last failing input as a spec directory; return how to
        rerun it with the real command."""
        if not self.last_failure:
            return None
        d = workdir("fuzz-repro")
        spec = self.materialize(self.last_failure[0], d)
        os.makedirs(os.path.join(d, "out"))
        return "%s %s --spec %s --output %s" % (PYTHON, GEN, spec,
                                                os.path.join(d, "out"))
