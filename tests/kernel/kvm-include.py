#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The drop-in proof (issue 20): Linux KVM's own code compiles with the
vmxgen umbrella headers included where a port over vmxgen includes them,
at the top of KVM's vmx/vmx_ops.h and svm/svm_ops.h, and nothing else of
KVM changed.  Any name vmxgen generates that KVM also declares (a struct
or enum tag, a function, a macro) breaks these compiles.

KVM is Debian's linux-source-6.1 (arch/x86/kvm, virt/kvm; fetched once
into tests/cache/, see tests/lib/kvmtree.py), built out of tree against
the installed headers with the Debian config (-Werror, objtool) and W=1;
only vmx/vmx.o, vmx/nested.o and svm/svm.o are compiled (about 15 s on
two cores), without debug information (KCFLAGS=-g0, after the config's
-g: the dearest part of these compiles; see below).  Each must compile,
with <vmxgen/...> among its dependencies
(so the header really was included), and the log must hold no warning,
error or objtool line.  No source or no kernel headers: skipped with the
reason.  --fetch: only download the source (setup.sh's make kernel-scripts).
"""

import glob
import os
import shutil
import sys

import kvmtree
from kbuildenv import kernel_build_dirs
from vmxtest import BUILDDIR, SRCDIR, Tap

# What each ops header gets at its top, after its include guard: the
# fault hook as a Linux module defines it, and the umbrella header.
INCLUDES = {
    "vmx/vmx_ops.h": ("__KVM_X86_VMX_INSN_H", "vmxgen/vmx.h"),
    "svm/svm_ops.h": ("__KVM_X86_SVM_OPS_H", "vmxgen/svm.h"),
}
OBJECTS = ["vmx/vmx.o", "vmx/nested.o", "svm/svm.o"]
COPY = ["generated/vmxgen/*.h", "include/vmxgen/*.h"]


def top_of(ops, guard, header):
    """KVM's ops header with the umbrella included after its guard."""
    marker = "#define %s\n" % guard
    if marker not in ops:
        raise RuntimeError("no '%s' in the ops header" % marker.strip())
    return ops.replace(marker, marker + (
        "\n#include <asm/asm.h>\n"
        "#define VMXGEN_FAULT_HOOK(insn, fixup) _ASM_EXTABLE(insn, fixup)\n"
        "#include <%s>\n" % header), 1)


def main():
    tap = Tap()
    src, version = kvmtree.source()
    if "--fetch" in sys.argv[1:]:
        print(version)
        return 0 if src else 1
    if not src:
        tap.skip_all("no KVM source: " + version)
    kernels = kernel_build_dirs()
    if not kernels:
        tap.skip_all("no kernel headers: /lib/modules/*/build is missing "
                     "(linux-headers-amd64)")
    release, kbuild = kernels[0]
    tree = os.path.join(BUILDDIR, "tests", "tmp", "kvm-include")
    shutil.rmtree(tree, ignore_errors=True)
    mdir = kvmtree.prepare(src, tree)
    os.makedirs(os.path.join(mdir, "vmxgen"))
    for pattern in COPY:
        for p in glob.glob(os.path.join(SRCDIR, pattern)):
            shutil.copy(p, os.path.join(mdir, "vmxgen"))
    for ops, (guard, header) in sorted(INCLUDES.items()):
        path = os.path.join(mdir, ops)
        with open(path) as f:
            text = f.read()
        with open(path, "w") as f:
            f.write(top_of(text, guard, header))

    # -g0: the objects without DWARF, two fifths of gcc's time.  -g
    # changes neither the code (gcc's -fcompare-debug rule: objdump -d -r
    # of the three objects is the same either way) nor a diagnostic, and
    # KVM calls no vmxgen function, so the headers put no code of their
    # own into the objects: what can clash is names, which the compiler's
    # front end reports, -g or not.
    r = kvmtree.make(kbuild, mdir, OBJECTS, ["-k", "W=1", "KCFLAGS=-g0"],
                     timeout=900)
    diags = kvmtree.diagnostics(r.stdout, tree)
    about = "%s, %s" % (version, release)
    for obj in OBJECTS:
        d, name = os.path.split(obj)
        cmd = os.path.join(mdir, d, ".%s.cmd" % name)
        header = INCLUDES["svm/svm_ops.h" if d == "svm" else "vmx/vmx_ops.h"][1]
        deps = open(cmd).read() if os.path.exists(cmd) else ""
        tap.ok(os.path.exists(os.path.join(mdir, obj)) and
               os.path.join("vmxgen", os.path.basename(header)) in deps,
               "KVM's %s compiles with <%s> at the top of %s (%s)"
               % (obj, header, "svm_ops.h" if d == "svm" else "vmx_ops.h",
                  about),
               "\n".join(diags) or r.stdout[-3000:])
    tap.ok(r.returncode == 0 and not diags, "no warning, error or objtool "
           "line in the W=1 build of the three objects",
           "\n".join(diags) or r.stdout[-3000:])
    tap.done()


if __name__ == "__main__":
    sys.exit(main())
