# SPDX-License-Identifier: MIT
"""Linux KVM built out of tree from Debian's linux-source-6.1, against the
installed kernel headers (/lib/modules/<release>/build): for the KVM port
(contrib/kvm/build.py, make bench-kvm) and the KVM-include test
(tests/kernel/kvm-include.py).

The source: 'apt-get download linux-source-6.1' once, arch/x86/kvm and
virt/kvm extracted into tests/cache/ of the build tree with the other
files the tests read, the .deb deleted (tests/lib/linuxsource.py).  A tree to build is a copy of those two
folders with three changes of build glue to arch/x86/kvm/Makefile, no C
change (/work/shared/notes' kvm-oot-build.md has how they were found):
  -I $(srctree)/arch/x86/kvm      -> -I $(src): the headers are in the copy;
  include $(srctree)/virt/...     -> the copy's virt/kvm/Makefile.kvm;
  -I <tree>/oot/trace, an empty folder two levels down: trace.h's
     TRACE_INCLUDE_PATH ../../arch/x86/kvm is relative to an include
     folder and lands on the copy's arch/x86/kvm from there.
Files are written only when their bytes change, so that kbuild rebuilds
only what a change touches.
"""

import os
import re
import subprocess

import linuxsource
from kbuildenv import clean_env

MEMBERS = ("arch/x86/kvm", "virt/kvm")
KVM = "arch/x86/kvm"

GLUE = (("-I $(srctree)/arch/x86/kvm",
         "-I $(src) -I $(src)/../../../oot/trace"),
        ("include $(srctree)/virt/kvm/Makefile.kvm",
         "include $(src)/../../../virt/kvm/Makefile.kvm"))


def source():
    """(folder holding arch/x86/kvm and virt/kvm, the .deb's name), or
    (None, why not).  VMXGEN_LINUX_SOURCE=DIR: a kernel tree instead."""
    env = os.environ.get("VMXGEN_LINUX_SOURCE")
    if env:
        return env, env
    return linuxsource.source()


def put(path, data):
    """Write bytes to path unless it holds them already."""
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return False
    except OSError:
        pass
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    return True


def read(path):
    with open(path, "rb") as f:
        return f.read()


def prepare(src, tree):
    """Copy KVM from src into tree with the build glue; returns the
    folder to give kbuild as M=."""
    for member in MEMBERS:
        top = os.path.join(src, member)
        for d, _, files in os.walk(top):
            for name in files:
                p = os.path.join(d, name)
                put(os.path.join(tree, os.path.relpath(p, src)), read(p))
    put(os.path.join(tree, KVM, "Makefile"), glued_makefile(src))
    os.makedirs(os.path.join(tree, "oot", "trace"), exist_ok=True)
    return os.path.join(tree, KVM)


def glued_makefile(src):
    """KVM's arch/x86/kvm/Makefile with the build glue, as bytes."""
    mk = os.path.join(src, KVM, "Makefile")
    text = read(mk).decode()
    for old, new in GLUE:
        if old not in text:
            raise RuntimeError("%s: no '%s' to change" % (mk, old))
        text = text.replace(old, new)
    return text.encode()


def make(build, module_dir, targets, extra=(), timeout=1800):
    """kbuild in module_dir: the CompletedProcess (stdout and stderr
    together in stdout)."""
    cmd = ["make", "-C", build, "M=" + module_dir,
           "-j%d" % (os.cpu_count() or 1)] + list(extra) + list(targets)
    return subprocess.run(cmd, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, universal_newlines=True,
                          env=clean_env(), timeout=timeout)


DIAGNOSTIC = re.compile(r"warning:|error:|objtool:|modpost:", re.I)


def diagnostics(log, tree):
    """The diagnostic lines of a kbuild log, the tree's path taken out."""
    return [line.replace(tree, "<tree>").strip() for line in log.splitlines()
            if DIAGNOSTIC.search(line)]
