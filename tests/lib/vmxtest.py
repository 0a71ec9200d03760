# SPDX-License-Identifier: MIT
"""Shared bits of the Python tests: TAP output, paths, tools, the model.

Every test prints TAP (one line per case) and exits 0 once its plan is
printed; the TAP driver turns 'not ok' lines into failures.

The environment is set once, by AM_TESTS_ENVIRONMENT in Makefile.am:
PYTHONPATH (gen/ and tests/lib/), top_srcdir and top_builddir, and the
tools configure found: CC, GNU_CC, CLANG, OBJDUMP, PYTHON, VMXGEN_MAKE.
One test by hand, from the build tree: make check TESTS=tests/shape.py
"""

import concurrent.futures
import functools
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading

SRCDIR = os.path.abspath(os.environ.get(
    "top_srcdir", os.path.join(os.path.dirname(__file__), "..", "..")))
BUILDDIR = os.path.abspath(os.environ.get("top_builddir", os.getcwd()))
SPEC = os.path.join(SRCDIR, "spec")
GENERATED = os.path.join(SRCDIR, "generated")
GEN = os.path.join(SRCDIR, "gen", "vmxgen.py")
PYTHON = os.environ.get("PYTHON") or sys.executable
OBJDUMP = os.environ.get("OBJDUMP") or "objdump"


class Tap:
    def __init__(self):
        self.count = 0
        self.failed = 0

    def ok(self, cond, name, diag=None):
        self.count += 1
        print("%s %d - %s" % ("ok" if cond else "not ok", self.count, name))
        if not cond:
            self.failed += 1
            if diag:
                for line in str(diag).rstrip().splitlines()[:60]:
                    print("# " + line)
        sys.stdout.flush()
        return cond

    def skip(self, name, why):
        self.count += 1
        print("ok %d - %s # SKIP %s" % (self.count, name, why))

    def skip_all(self, why):
        """The one way to skip a whole test: say why."""
        print("1..0 # SKIP %s" % why)
        sys.exit(0)

    def cases(self, items, what):
        """items, as a list; a failure 'no cases: what' if there are
        none (a list that comes out empty checks nothing)."""
        items = list(items)
        if not items:
            self.ok(False, "no cases: " + what)
        return items

    def done(self):
        """The plan.  A test that checked nothing fails: '1..0' would be
        a skip, and a skip says why (skip_all)."""
        if not self.count:
            self.ok(False, "no cases: the test checked nothing")
        print("1..%d" % self.count)
        sys.exit(0)


class TapBuffer:
    """TAP lines kept until emit(): for checks that run on a thread beside
    others, their lines printed in order when they are done."""

    def __init__(self, prefix=None):
        self.prefix = prefix        # 'PREFIX: ' before every name
        self.lines = []             # (cond or None for a skip, name, text)

    def ok(self, cond, name, diag=None):
        self.lines.append((bool(cond), name, diag))
        return cond

    def skip(self, name, why):
        self.lines.append((None, name, why))

    def extend(self, other):
        self.lines += other.lines

    @property
    def failed(self):
        return sum(cond is False for cond, _, _ in self.lines)

    def emit(self, tap):
        for cond, name, text in self.lines:
            if self.prefix:
                name = "%s: %s" % (self.prefix, name)
            if cond is None:
                tap.skip(name, text)
            else:
                tap.ok(cond, name, text)


def jobs():
    """How many processes the tests run at once: as many as the machine
    has CPUs (VMXGEN_TEST_JOBS=N: N)."""
    return max(1, int(os.environ.get("VMXGEN_TEST_JOBS") or
                      os.cpu_count() or 1))


# Every process run() starts takes one of these: tests that run cases on
# threads, and steps on threads inside them, still run jobs() at once.
_slots = threading.BoundedSemaphore(jobs())


def run(cmd, **kw):
    """subprocess.run, output captured (as text unless
    universal_newlines=False)."""
    kw.setdefault("universal_newlines", True)
    with _slots:
        return subprocess.run(cmd, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, **kw)


def slot():
    """One of the slots run() takes, for a process started otherwise."""
    return _slots


def parallel(fn, items, cost=None):
    """[fn(item) for item in items], on as many threads as the machine has
    CPUs (VMXGEN_TEST_JOBS=N: N), results in order.  For steps that wait
    on other processes (compilers, the generator, kbuild): a test may use
    every CPU (make check runs two tests at a time on two cores, so that
    one test's serial stretch leaves no core idle).  Print nothing in fn:
    report from the results, so that the TAP output keeps its order.
    cost(item): an estimate of its time; the dearest start first, so that
    no long one is left to run alone at the end."""
    items = list(items)
    n = jobs()
    if n <= 1 or len(items) <= 1:
        return [fn(i) for i in items]
    order = list(range(len(items)))
    if cost is not None:
        order.sort(key=lambda i: -cost(items[i]))
    with concurrent.futures.ThreadPoolExecutor(min(n, len(items))) as pool:
        futures = {i: pool.submit(fn, items[i]) for i in order}
        return [futures[i].result() for i in range(len(items))]


@functools.lru_cache(maxsize=None)
def compiler_kind(cmd):
    """What a compiler command is, by the macros it predefines: 'clang',
    'gcc', 'cc' (another C compiler) or None (it does not run)."""
    if not cmd or not shutil.which(cmd.split()[0]):
        return None
    r = run(cmd.split() + ["-dM", "-E", "-x", "c", os.devnull])
    if r.returncode != 0:
        return None
    macros = set(line.split()[1] for line in r.stdout.splitlines()
                 if line.startswith("#define "))
    if "__clang__" in macros:
        return "clang"
    if "__GNUC__" in macros:
        return "gcc"
    return "cc"


@functools.lru_cache(maxsize=None)
def compilers():
    """[(label, command)] of every C compiler to test with: configure's
    GNU_CC and CLANG, and CC if it is neither.  The label says what the
    compiler is (its predefined macros), never which variable named it:
    CC=clang is labelled clang, and tested once."""
    out = []
    for var, default in (("GNU_CC", "gcc"), ("CLANG", "clang"), ("CC", None)):
        cmd = os.environ.get(var, default)
        kind = compiler_kind(cmd)
        if kind is None or any(_same(cmd, c) for _, c in out):
            continue
        label = kind
        if any(n == kind for n, _ in out):
            label = "%s (%s=%s)" % (kind, var, cmd)
        out.append((label, cmd))
    return tuple(out)


def _same(a, b):
    wa, wb = a.split(), b.split()
    return wa[1:] == wb[1:] and \
        os.path.realpath(shutil.which(wa[0])) == os.path.realpath(shutil.which(wb[0]))


def default_compiler():
    """(label, command) of the one compiler a test needs: CC if it runs,
    else the first of compilers(); None if there is none."""
    cc = os.environ.get("CC") or "gcc"
    kind = compiler_kind(cc)
    if kind:
        return kind, cc
    found = compilers()
    return found[0] if found else None


def has_32bit_libc():
    """Whether -m32 can include libc headers (gcc-multilib)."""
    return os.path.exists("/usr/include/x86_64-linux-gnu/gnu/stubs-32.h") or \
        os.path.isdir("/usr/include/i386-linux-gnu")


def include_flags(generated=None):
    return ["-I", generated or GENERATED, "-I", os.path.join(SRCDIR, "include")]


def load_model(spec_dir=None):
    """The generator's own model of a spec (the spec must be valid)."""
    import specload
    import vmxgen
    diag = specload.Diagnostics()
    model = vmxgen.load_spec(spec_dir or SPEC, diag)
    if diag or model is None:
        raise SystemExit("spec does not load:\n" + "\n".join(diag.lines()))
    return model


def load_script(name, path):
    """The Python file at path (a test script, or a module of a directory
    not on sys.path) as module name, loaded once; kept in sys.modules,
    where the fork server's children find its functions by name."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def load_specread():
    """The trap-and-emulate harness's own spec reader
    (tests/harness/specread.py), never gen/'s."""
    return load_script("specread", os.path.join(SRCDIR, "tests", "harness",
                                                "specread.py"))


def workdir(name):
    """A fresh scratch directory under the build tree."""
    base = os.path.join(BUILDDIR, "tests", "tmp")
    os.makedirs(base, exist_ok=True)
    return tempfile.mkdtemp(prefix=name + "-", dir=base)


def snapshot(directory):
    """Bytes and mtime of every file: to prove a directory was not touched."""
    state = {}
    for root, _, files in os.walk(directory):
        for f in files:
            p = os.path.join(root, f)
            st = os.stat(p)
            with open(p, "rb") as fh:
                state[os.path.relpath(p, directory)] = (fh.read(), st.st_mtime_ns)
    return state


def write(path, text):
    """Write a scratch file (text or bytes), creating its directory."""
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "wb" if isinstance(text, bytes) else "w") as f:
        f.write(text)
    return path


def spec_with(name, additions):
    """A scratch copy of the spec with test files added, generated: returns
    (work directory, spec copy, output directory, generator result).
    additions: {path under spec/: path of the file to put there}."""
    wd = workdir(name)
    spec = os.path.join(wd, "spec")
    shutil.copytree(SPEC, spec)
    for rel, src in additions.items():
        shutil.copy(src, os.path.join(spec, rel))
    out = os.path.join(wd, "out")
    os.makedirs(out)
    r = run([PYTHON, GEN, "-q", "--spec", spec, "--output", out])
    return wd, spec, out, r


def asm_goto_outputs(cc):
    """Whether compiler command cc gets asm goto with outputs under the
    README's rule (gcc 11 and later, clang 17 and later), read from its
    predefined macros (not from the headers under test)."""
    r = run(cc.split() + ["-E", "-dM", "-x", "c", os.devnull])
    macros = dict(re.findall(r"^#define (\w+) (.*)$", r.stdout, re.M))
    if "__clang__" in macros:
        return int(macros["__clang_major__"]) >= 17
    return int(macros.get("__GNUC__", 0)) >= 11
