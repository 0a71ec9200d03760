#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""make bench-kvm: Linux KVM's kvm-intel.ko built as it is, and built
with its VMX instructions from vmxgen (contrib/kvm/: vmx_ops.h in place of
KVM's, vmx.c.patch for VMXON/VMXOFF), compared.  Figures, not pass/fail.

Both builds are Debian's linux-source-6.1 (arch/x86/kvm and virt/kvm,
fetched once with 'apt-get download' into tests/cache/, see
tests/lib/kvmtree.py) built out of tree against the installed headers
(/lib/modules/<newest>/build; linux-headers-amd64) with W=1 and the Debian
config as it is: -Werror (CONFIG_KVM_WERROR), objtool on every object.
kvm-amd.ko is left out (CONFIG_KVM_AMD= on the command line).  The
unmodified build is kept in tests/cache/kvm-bench/<release>/base/, keyed
by the source package and the build glue: a second run builds only the
port (in .../vmxgen/, where only changed files are written, so kbuild
recompiles what includes them).

Printed: every diagnostic of the port that the unmodified build does not
give (none expected: the port must build as clean), a table of every
function that holds a VMX instruction in either module (objdump
instruction counts, a function's .cold part counted with it), and as the
last two lines:
  kvm-intel.ko text: base N, vmxgen M, ratio R       ('size' text)
  largest instruction-count ratio over F functions with VMX instructions: R (function)
(F: the functions present in both modules).  Exit status 1 when the
builds cannot be made (no source, no kernel headers, a failed build).

With BENCH_KVM_OBJECTS="vmx/vmx.o vmx/nested.o" (objects under
arch/x86/kvm) only those objects of the port are rebuilt and compared
with the base build's: see objects_only().
"""

import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(HERE, "..", "..", "tests", "lib"),
                os.path.join(HERE, "..", "..", "gen")]

import kvmtree  # noqa: E402
from kbuildenv import kernel_build_dirs  # noqa: E402
from vmxtest import BUILDDIR, SRCDIR  # noqa: E402

MODULE = "kvm-intel.ko"
EXTRA = ("W=1", "CONFIG_KVM_AMD=")
# What the port puts into the tree: (file in the project, place in the tree).
PORT = [("contrib/kvm/vmx_ops.h", "arch/x86/kvm/vmx/vmx_ops.h"),
        ("contrib/kvm/vmxgen_run.h", "arch/x86/kvm/vmx/vmxgen_run.h"),
        ("contrib/kvm/vmxgen_run.c", "arch/x86/kvm/vmx/vmxgen_run.c"),
        ("contrib/kvm/vmxgen_entry.S", "arch/x86/kvm/vmx/vmxgen_entry.S")]
# __vmx_vcpu_run() on vmx_run_guest(): compiled (objtool runs on each),
# not linked into the module (README.md says why).
ENTRY_OBJECTS = ["vmx/vmxgen_run.o", "vmx/vmxgen_entry.o"]
MAKEFILE_FRAGMENT = "contrib/kvm/Makefile.vmxgen"
PATCHES = ["contrib/kvm/vmx.c.patch"]
# The files a kernel tree copies (README, "Copy into a kernel tree").
VMXGEN_FILES = ["generated/vmxgen/*.h", "generated/vmxgen/*.S",
                "include/vmxgen/*.h"]
VMX_MNEMONICS = ("vmread", "vmwrite", "vmclear", "vmptrld", "vmptrst",
                 "invept", "invvpid", "vmxon", "vmxoff", "vmlaunch",
                 "vmresume", "vmcall", "vmfunc")


def fail(msg):
    print("bench-kvm: " + msg)
    sys.exit(1)


def build(kbuild, tree, what):
    """kbuild's modules in tree/arch/x86/kvm; the diagnostics."""
    mdir = os.path.join(tree, kvmtree.KVM)
    r = kvmtree.make(kbuild, mdir, ["modules"], EXTRA)
    with open(os.path.join(tree, "build.log"), "w") as f:
        f.write(r.stdout)
    if r.returncode:
        fail("the %s build failed (log: %s):\n%s" % (
            what, os.path.join(tree, "build.log"),
            "\n".join(r.stdout.splitlines()[-40:])))
    return kvmtree.diagnostics(r.stdout, tree)


def base_build(src, version, release, kbuild, top):
    """The unmodified build, kept while its key holds."""
    tree = os.path.join(top, "base")
    key = "%s\n%s\n%s\n" % (version, release, kvmtree.GLUE)
    stamp = os.path.join(tree, "KEY")
    ko = os.path.join(tree, kvmtree.KVM, MODULE)
    if os.path.exists(stamp) and os.path.exists(ko) and \
            kvmtree.read(stamp).decode() == key:
        with open(os.path.join(tree, "diagnostics")) as f:
            return tree, f.read().splitlines()
    shutil.rmtree(tree, ignore_errors=True)
    kvmtree.prepare(src, tree)
    print("bench-kvm: building %s unmodified (a few minutes, once)"
          % MODULE, flush=True)
    diags = build(kbuild, tree, "unmodified")
    with open(os.path.join(tree, "diagnostics"), "w") as f:
        f.write("".join(d + "\n" for d in diags))
    kvmtree.put(stamp, key.encode())
    return tree, diags


def port_files(src):
    """{place in the tree: bytes} of everything the port changes."""
    out = {dst: kvmtree.read(os.path.join(SRCDIR, s)) for s, dst in PORT}
    mk = os.path.join(kvmtree.KVM, "Makefile")
    out[mk] = kvmtree.glued_makefile(src) + \
        kvmtree.read(os.path.join(SRCDIR, MAKEFILE_FRAGMENT))
    for pattern in VMXGEN_FILES:
        for p in sorted(glob.glob(os.path.join(SRCDIR, pattern))):
            out[os.path.join(kvmtree.KVM, "vmxgen", os.path.basename(p))] = \
                kvmtree.read(p)
    with tempfile.TemporaryDirectory() as tmp:
        for patch in PATCHES:
            target = patched_file(patch)
            os.makedirs(os.path.dirname(os.path.join(tmp, target)),
                        exist_ok=True)
            shutil.copy(os.path.join(src, target), os.path.join(tmp, target))
            r = subprocess.run(["patch", "-p1", "--quiet", "-i",
                                os.path.join(SRCDIR, patch)], cwd=tmp,
                               stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT,
                               universal_newlines=True)
            if r.returncode:
                fail("%s does not apply:\n%s" % (patch, r.stdout))
            out[target] = kvmtree.read(os.path.join(tmp, target))
    return out


def patched_file(patch):
    with open(os.path.join(SRCDIR, patch)) as f:
        for line in f:
            if line.startswith("+++ b/"):
                return line[6:].split()[0]
    fail("%s names no file" % patch)


def port_tree(src, top):
    """The port's tree with the port's files in it (written only where
    their bytes changed)."""
    tree = os.path.join(top, "vmxgen")
    kvmtree.prepare(src, tree)
    for place, data in sorted(port_files(src).items()):
        kvmtree.put(os.path.join(tree, place), data)
    return tree


def port_build(src, kbuild, top):
    tree = port_tree(src, top)
    print("bench-kvm: building %s over vmxgen" % MODULE, flush=True)
    return tree, build(kbuild, tree, "vmxgen")


def entry_build(kbuild, tree):
    """ENTRY_OBJECTS in the port's tree: (diagnostics, objects without
    objtool's ORC data, make's status)."""
    mdir = os.path.join(tree, kvmtree.KVM)
    r = kvmtree.make(kbuild, mdir, ENTRY_OBJECTS, EXTRA)
    with open(os.path.join(tree, "entry-build.log"), "w") as f:
        f.write(r.stdout)
    objdump = os.environ.get("OBJDUMP") or "objdump"
    no_orc = []
    for o in ENTRY_OBJECTS:
        path = os.path.join(mdir, o)
        h = subprocess.run([objdump, "-h", path], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, universal_newlines=True)
        if ".orc_unwind" not in h.stdout:
            no_orc.append(o)
    return kvmtree.diagnostics(r.stdout, tree), no_orc, r.returncode


# --- comparing ----------------------------------------------------------------

def text_size(ko):
    r = subprocess.run(["size", ko], stdout=subprocess.PIPE,
                       universal_newlines=True, check=True)
    return int(r.stdout.splitlines()[1].split()[0])


def symbol_ends(ko):
    """{(function symbol, start): end} from the symbol table (st_size)."""
    readelf = os.environ.get("READELF") or "readelf"
    r = subprocess.run([readelf, "-sW", ko], stdout=subprocess.PIPE,
                       universal_newlines=True, check=True)
    ends = {}
    for line in r.stdout.splitlines():
        f = line.split()
        if len(f) == 8 and f[3] == "FUNC":
            start = int(f[1], 16)
            ends[(f[7], start)] = start + int(f[2], 0)
    return ends


PADDING = ("nop", "nopl", "nopw", "xchg", "data16", "cs", "int3")


def functions(ko):
    """{function: [instructions, VMX instructions]}, a function's .cold
    part counted with it.

    objdump shows code past the end of a symbol (its st_size) under the
    symbol before it: the alignment padding between functions, and the
    out-of-line stubs the wrappers put in '.subsection 1' (jc/jmp to the
    function's VMfail paths), which the assembler places at the end of the
    section, after its last function.  A stub is counted with the function
    it jumps into, padding with none; anything else past a symbol's end
    stays with that symbol.  (KVM's own layer has no such stubs.)"""
    objdump = os.environ.get("OBJDUMP") or "objdump"
    ends = symbol_ends(ko)
    r = subprocess.run([objdump, "-d", "--no-show-raw-insn", ko],
                       stdout=subprocess.PIPE, universal_newlines=True,
                       check=True)
    out, name, end = {}, None, None
    for line in r.stdout.splitlines():
        m = re.match(r"^([0-9a-f]+) <([^>]+)>:$", line)
        if m:
            start = int(m.group(1), 16)
            end = ends.get((m.group(2), start))
            name = re.sub(r"\.cold(\.\d+)?$", "", m.group(2))
            out.setdefault(name, [0, 0])
            continue
        m = re.match(r"^\s+([0-9a-f]+):\s+(\S+)\s*(.*)$", line)
        if not m or not name:
            continue
        owner = name
        if end is not None and int(m.group(1), 16) >= end:
            target = re.search(r"<([^>+]+)(\+0x[0-9a-f]+)?>", m.group(3))
            if target:
                owner = re.sub(r"\.cold(\.\d+)?$", "", target.group(1))
                out.setdefault(owner, [0, 0])
            elif m.group(2) in PADDING:
                continue
        out[owner][0] += 1
        if m.group(2) in VMX_MNEMONICS:
            out[owner][1] += 1
    return out


def main():
    src, version = kvmtree.source()
    if not src:
        fail("no KVM source: " + version)
    kernels = kernel_build_dirs()
    if not kernels:
        fail("no kernel headers: /lib/modules/*/build is missing "
             "(linux-headers-amd64)")
    release, kbuild = kernels[0]
    top = os.path.join(BUILDDIR, "tests", "cache", "kvm-bench", release)
    base, base_diags = base_build(src, version, release, kbuild, top)
    objects = os.environ.get("BENCH_KVM_OBJECTS", "").split()
    if objects:
        return objects_only(objects, src, kbuild, base, top)
    port, port_diags = port_build(src, kbuild, top)

    print("KVM: %s, built against %s with W=1 (objtool, -Werror)"
          % (version, kbuild))
    new = [d for d in port_diags if d not in base_diags]
    print("diagnostics: base %d, vmxgen %d, new in vmxgen %d"
          % (len(base_diags), len(port_diags), len(new)))
    for d in new:
        print("  new: " + d)
    diags, no_orc, status = entry_build(kbuild, port)
    print("__vmx_vcpu_run on vmx_run_guest() (%s): %s, %d diagnostics%s"
          % (", ".join(ENTRY_OBJECTS), "built" if not status else
             "BUILD FAILED (%s)" % os.path.join(port, "entry-build.log"),
             len(diags), "; no ORC data (objtool did not run) in " +
             ", ".join(no_orc) if no_orc else ", objtool ran on both"))
    for d in diags:
        print("  " + d)

    b = functions(os.path.join(base, kvmtree.KVM, MODULE))
    p = functions(os.path.join(port, kvmtree.KVM, MODULE))
    rows = table(b, p)
    tb = text_size(os.path.join(base, kvmtree.KVM, MODULE))
    tp = text_size(os.path.join(port, kvmtree.KVM, MODULE))
    print()
    print("%s text: base %d, vmxgen %d, ratio %.3f" % (MODULE, tb, tp,
                                                        tp / tb))
    print(largest(rows, b, p, "functions with VMX instructions"))
    return 0


def table(b, p):
    """Print the per-function table of two {function: [instructions,
    VMX instructions]}; the functions both have, largest ratio first."""
    names = sorted(n for n in set(b) | set(p)
                   if b.get(n, [0, 0])[1] or p.get(n, [0, 0])[1])
    both = [n for n in names if n in b and n in p]
    rows = sorted(both, key=lambda n: (-p[n][0] / b[n][0], n))
    print()
    print("%-44s %6s %6s %6s %5s" % ("function (VMX insns base/vmxgen)",
                                     "base", "vmxgen", "ratio", ""))
    for n in rows:
        print("%-44s %6d %6d %6.2f  %d/%d" % (n[:44], b[n][0], p[n][0],
                                              p[n][0] / b[n][0], b[n][1],
                                              p[n][1]))
    for n in names:
        if n not in both:
            side, c = ("base only", b[n]) if n in b else ("vmxgen only", p[n])
            print("%-44s %s: %d instructions, %d VMX" % (n[:44], side, c[0],
                                                          c[1]))
    return rows


def largest(rows, b, p, what):
    worst = rows[0] if rows else None
    return "largest instruction-count ratio over %d %s: %.2f (%s)" % (
        len(rows), what, p[worst][0] / b[worst][0] if worst else 0, worst)


def objects_only(objects, src, kbuild, base, top):
    """BENCH_KVM_OBJECTS: only these objects of the port (paths under
    arch/x86/kvm, e.g. vmx/vmx.o) are rebuilt, with kbuild's own flags
    and BENCH_KVM_KCFLAGS (e.g. -fdump-ipa-inline-details: the dumps land
    next to the object), and their functions are compared with the same
    objects of the base build: half a minute an object where the module
    takes minutes, to see what a change does.  A function in two objects
    (a static inline) is counted once for each, as in the module.  The
    module's figures are the full run's."""
    tree = port_tree(src, top)
    mdir = os.path.join(tree, kvmtree.KVM)
    flags = os.environ.get("BENCH_KVM_KCFLAGS")
    extra = EXTRA + (("KCFLAGS=" + flags,) if flags else ())
    print("bench-kvm: building %s over vmxgen" % ", ".join(objects),
          flush=True)
    r = kvmtree.make(kbuild, mdir, objects, extra)
    with open(os.path.join(tree, "objects-build.log"), "w") as f:
        f.write(r.stdout)
    if r.returncode:
        fail("the vmxgen build of %s failed:\n%s" % (
            ", ".join(objects), "\n".join(r.stdout.splitlines()[-40:])))
    b, p = {}, {}
    for o in objects:
        for counts, ko in ((b, os.path.join(base, kvmtree.KVM, o)),
                           (p, os.path.join(mdir, o))):
            for n, (insns, vmx) in functions(ko).items():
                c = counts.setdefault(n, [0, 0])
                c[0] += insns
                c[1] += vmx
    rows = table(b, p)
    print()
    print("instructions in %s: base %d, vmxgen %d" % (
        ", ".join(objects), sum(c[0] for c in b.values()),
        sum(c[0] for c in p.values())))
    print(largest(rows, b, p, "functions with VMX instructions in " +
                  ", ".join(objects)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
