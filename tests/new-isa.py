#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A new instruction set is a folder and nothing else, the build included.

In a copy of the source tree (what make dist would ship: no build
products), tests/extension/sgx/ becomes spec/sgx/, and nothing else is
edited.  Then ./configure, make (which regenerates generated/, its new
headers and generated/outputs.mk among them), make install DESTDIR=STAGE
(the second make: Makefile.in depends on the fragment, so automake runs
again and the install lists take the new headers) and tests/sync.py in the
copy must all pass: the headers of the new ISA are installed with the
others, and the copy's Makefile.am is byte for byte the original's.
"""

import os
import shutil
import stat

from vmxtest import BUILDDIR, PYTHON, SRCDIR, Tap, run, workdir

NEW = "sgx"
# Build products and caches of a tree that was built in place: a copy is
# made as a fresh checkout would be, so that configure runs from scratch.
SKIP = {".git", "autom4te.cache", "rust-target", "Makefile", "config.status",
        "config.log", "vmxgen.pc", "vmxgen.stamp", "__pycache__", ".deps",
        ".dirstamp"}
SKIP_UNDER = {"tests": {"tmp", "cache"}}
# A build directory inside the source tree (make distcheck's _build/sub,
# where this test's own copy is made) is not part of the tree.
_BUILD = os.path.relpath(BUILDDIR, SRCDIR).split(os.sep)[0]
if _BUILD not in (os.curdir, os.pardir):
    SKIP_UNDER[os.curdir] = {_BUILD}


def ignore(directory, names):
    rel = os.path.relpath(directory, SRCDIR)
    under = SKIP_UNDER.get(rel, set())
    return [n for n in names if n in SKIP or n in under or
            n.endswith((".log", ".trs", ".o", ".tar.gz")) or
            n.startswith("vmxgen-")]


def writable(tree):
    """make distcheck's source tree is read-only; the copy must not be."""
    for root, dirs, files in os.walk(tree):
        for name in dirs + files:
            path = os.path.join(root, name)
            if not os.path.islink(path):
                os.chmod(path, os.stat(path).st_mode | stat.S_IWUSR)
    os.chmod(tree, os.stat(tree).st_mode | stat.S_IWUSR)


def main():
    tap = Tap()
    wd = workdir("new-isa")
    tree = os.path.join(wd, "tree")
    shutil.copytree(SRCDIR, tree, ignore=ignore, symlinks=True)
    writable(tree)
    shutil.copytree(os.path.join(SRCDIR, "tests", "extension", NEW),
                    os.path.join(tree, "spec", NEW))
    with open(os.path.join(SRCDIR, "Makefile.am"), "rb") as f:
        makefile_am = f.read()

    steps = [
        ("./configure", ["./configure", "-q", "PYTHON=" + PYTHON]),
        ("make", ["make", "-s"]),
        ("make install DESTDIR=stage",
         ["make", "-s", "install", "DESTDIR=" + os.path.join(wd, "stage")]),
    ]
    for name, cmd in steps:
        r = run(cmd, cwd=tree, env=dict(os.environ, MAKEFLAGS=""))
        if not tap.ok(r.returncode == 0, "spec/%s/ added: %s succeeds"
                      % (NEW, name), r.stdout[-2000:] + r.stderr[-3000:]):
            tap.done()
            return
    with open(os.path.join(tree, "generated", "outputs.mk")) as f:
        fragment = f.read()
    tap.ok("generated/vmxgen/%s_insn.h" % NEW in fragment,
           "make wrote generated/outputs.mk with the new ISA's headers",
           fragment)
    includedir = None
    for root, dirs, _ in os.walk(os.path.join(wd, "stage")):
        if os.path.basename(root) == "vmxgen" and \
                os.path.basename(os.path.dirname(root)) == "include":
            includedir = root
    installed = sorted(os.listdir(includedir)) if includedir else []
    for header in ("%s.h" % NEW, "%s_insn.h" % NEW, "vmx.h", "svm.h"):
        tap.ok(header in installed, "make install installs vmxgen/%s"
               % header, " ".join(installed))
    env = dict(os.environ, top_srcdir=tree, top_builddir=tree,
               PYTHONPATH=os.pathsep.join([os.path.join(tree, "gen"),
                                           os.path.join(tree, "tests", "lib")]))
    r = run([PYTHON, os.path.join(tree, "tests", "sync.py")], cwd=tree,
            env=env)
    bad = [l for l in r.stdout.splitlines() if l.startswith("not ok")]
    tap.ok(r.returncode == 0 and not bad and "\nok " in "\n" + r.stdout,
           "tests/sync.py passes in the copy", "\n".join(bad) + r.stderr)
    with open(os.path.join(tree, "Makefile.am"), "rb") as f:
        tap.ok(f.read() == makefile_am, "Makefile.am was not edited")
    shutil.rmtree(wd)
    tap.done()


if __name__ == "__main__":
    main()
