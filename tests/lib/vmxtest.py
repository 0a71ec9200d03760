# SPDX-License-Identifier: MIT
"""Shared bits of the Python tests: TAP output, paths, tools, the model.

Every test prints TAP (one line per case) and exits 0 once its plan is
printed; the TAP driver turns 'not ok' lines into failures.
"""

import os
import shutil
import subprocess
import sys
import tempfile

SRCDIR = os.path.abspath(os.environ.get(
    "top_srcdir", os.path.join(os.path.dirname(__file__), "..", "..")))
BUILDDIR = os.path.abspath(os.environ.get("top_builddir", os.getcwd()))
GEN = os.path.join(SRCDIR, "gen", "vmxgen.py")
PYTHON = os.environ.get("PYTHON") or sys.executable
sys.path.insert(0, os.path.join(SRCDIR, "gen"))


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
        print("1..0 # SKIP %s" % why)
        sys.exit(0)

    def done(self):
        print("1..%d" % self.count)
        sys.exit(0)


def compilers():
    """(name, command) of every C compiler to test with: gcc and clang."""
    out = [("gcc", os.environ.get("CC") or "gcc")]
    clang = os.environ.get("CLANG", "clang")
    if clang:
        out.append(("clang", clang))
    return [(n, c) for n, c in out if shutil.which(c.split()[0])]


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True, **kw)


def include_flags(generated=None):
    return ["-I", generated or os.path.join(SRCDIR, "generated"),
            "-I", os.path.join(SRCDIR, "include")]


def load_model(spec_dir=None):
    """The generator's own model of a spec (the spec must be valid)."""
    import specload
    import vmxgen
    diag = specload.Diagnostics()
    spec = vmxgen.load_spec(spec_dir or os.path.join(SRCDIR, "spec"), diag)
    if diag or spec is None:
        raise SystemExit("spec does not load:\n" + "\n".join(diag.lines()))
    return spec


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
