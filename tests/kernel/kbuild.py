#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The README's "copy into a kernel tree" route, with the kernel's own tools.

An out-of-tree module gets exactly the files the README says to copy
(generated/vmxgen/*.h and include/vmxgen/vmx_compat.h, into vmxgen/ beside
the source, ccflags-y += -I$(src)) and calls every public function of the
headers -- in an ordinary function, in a __cold one and directly in the
__init function, each behind a condition that is never true at run time.
Debian's kbuild (linux-headers-amd64; the version comes from /lib/modules,
never from uname -r) builds it with W=1 KCFLAGS=-Werror and sparse
(C=1 CF=-Wsparse-error).  objtool and modpost warnings leave the exit
status 0, so the log is searched too: any warning, error, objtool, modpost
or sparse line fails.

A second build defines VMXGEN_FAULT_HOOK with the kernel's own
_ASM_EXTABLE: it must be as clean, and its __ex_table must hold exactly one
entry per VMX instruction in the object, on that instruction, with the
fixup just after it.  The first build must have no __ex_table at all (the
default hook is empty).
"""

import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lib"))
sys.path.insert(0, HERE)
from calls import Calls  # noqa: E402
from vmxtest import SRCDIR, Tap, load_model, run, workdir  # noqa: E402

# What the README tells users to copy, relative to the source tree.
COPY = ["generated/vmxgen/*.h", "include/vmxgen/vmx_compat.h"]

# Lines of a kbuild log that fail the test.  "MODPOST <file>" and "CHECK
# <file>" are progress lines; diagnostics carry a colon.
BAD_LINE = re.compile(r"warning:|error:|objtool:|modpost:|sparse:", re.I)

# Variables that must not leak from the calling make (make check CC=clang,
# V=1, ...) or the environment into kbuild.
SCRUB_ENV = ("MAKEFLAGS", "MFLAGS", "MAKEOVERRIDES", "MAKELEVEL", "MAKE",
             "CC", "LD", "AR", "CFLAGS", "CPPFLAGS", "LDFLAGS", "ARCH",
             "CROSS_COMPILE", "LLVM", "LLVM_IAS", "KCFLAGS", "KCPPFLAGS",
             "KAFLAGS", "KBUILD_OUTPUT", "KBUILD_VERBOSE",
             "KBUILD_EXTRA_SYMBOLS", "O", "M", "V", "W", "C", "CF")

MODULE_HEAD = """\
// SPDX-License-Identifier: MIT
/*
 * Written by tests/kernel/kbuild.py: every public vmxgen function, built
 * by kbuild, never executed (vmxgen_never is never set).
 */
#include <linux/compiler.h>
#include <linux/init.h>
#include <linux/module.h>
#ifdef VMXGEN_TEST_EXTABLE
#include <asm/asm.h>
#define VMXGEN_FAULT_HOOK(insn, next) _ASM_EXTABLE(insn, next)
#endif
#include <vmxgen/vmx.h>

/* Nothing writes it; READ_ONCE() keeps the compiler from knowing that. */
static unsigned long vmxgen_never;
"""


def body(calls, indent="\t"):
    out = [indent + d for d in calls.declarations()]
    out.append(indent + "int n = 0;")
    out.append("")
    out += [line if line.startswith("#") else indent + line
            for line in calls.lines]
    out.append(indent + "return n;")
    return "\n".join(out)


def module_source(calls):
    return MODULE_HEAD + """
int vmxgen_kbuild_hot(unsigned long arg);
noinline int vmxgen_kbuild_hot(unsigned long arg)
{
%(body)s
}

static noinline __cold int vmxgen_kbuild_cold(unsigned long arg)
{
%(body)s
}

static int __init vmxgen_kbuild_calls(unsigned long arg)
{
%(body)s
}

static int __init vmxgen_kbuild_init(void)
{
	unsigned long arg = READ_ONCE(vmxgen_never);

	if (arg)
		return vmxgen_kbuild_hot(arg) + vmxgen_kbuild_cold(arg) +
		       vmxgen_kbuild_calls(arg);
	return 0;
}

static void __exit vmxgen_kbuild_exit(void)
{
}

module_init(vmxgen_kbuild_init);
module_exit(vmxgen_kbuild_exit);
MODULE_LICENSE("Dual MIT/GPL");
MODULE_DESCRIPTION("vmxgen: every generated VMX wrapper, built by kbuild");
""" % {"body": body(calls)}


def kernel_build_dirs():
    """[(version, build dir)] under /lib/modules, newest first."""
    base = "/lib/modules"
    out = []
    for v in os.listdir(base) if os.path.isdir(base) else []:
        build = os.path.join(base, v, "build")
        if os.path.isfile(os.path.join(build, "Makefile")):
            out.append((v, build))

    def key(item):
        return [int(x) if x.isdigit() else x
                for x in re.split(r"(\d+)", item[0])]
    return sorted(out, key=key, reverse=True)


def clean_env():
    env = {k: v for k, v in os.environ.items() if k not in SCRUB_ENV}
    env["LC_ALL"] = "C"
    return env


def copy_headers(dest):
    import glob
    os.makedirs(os.path.join(dest, "vmxgen"))
    copied = []
    for pattern in COPY:
        for src in sorted(glob.glob(os.path.join(SRCDIR, pattern))):
            shutil.copy(src, os.path.join(dest, "vmxgen"))
            copied.append(os.path.relpath(src, SRCDIR))
    return copied


def objdump_lines(objdump, args, obj):
    return run([objdump] + args + [obj]).stdout.splitlines()


def vmx_instructions(objdump, obj, mnemonics):
    """{(section, offset): (mnemonic, length)} of every VMX instruction."""
    found = {}
    section = None
    for line in objdump_lines(objdump, ["-d", "-w"], obj):
        m = re.match(r"^Disassembly of section (\S+):$", line)
        if m:
            section = m.group(1)
            continue
        m = re.match(r"^\s*([0-9a-f]+):\t((?:[0-9a-f]{2} )+)\s*\t?(\S*)", line)
        if m and m.group(3) in mnemonics:
            found[(section, int(m.group(1), 16))] = (
                m.group(3), len(m.group(2).split()))
    return found


def extable_entries(objdump, obj):
    """[(insn target, fixup target)] from the relocations of __ex_table;
    each target is (section, offset).  None if there is no __ex_table."""
    relocs = {}
    seen = False
    for line in objdump_lines(objdump, ["-r", "-j", "__ex_table"], obj):
        if "RELOCATION RECORDS FOR [__ex_table]" in line:
            seen = True
        m = re.match(r"^([0-9a-f]+)\s+R_X86_64_PC32\s+(\S+?)(?:\+0x([0-9a-f]+))?$",
                     line.strip())
        if m:
            relocs[int(m.group(1), 16)] = (m.group(2), int(m.group(3) or "0", 16))
    if not seen:
        return None
    entries = []
    for off in sorted(relocs):
        if off % 12 == 0:
            entries.append((relocs[off], relocs.get(off + 4)))
    return entries, relocs


def build(tap, tag, moddir, kver, kbuild, sparse):
    cmd = ["make", "-C", kbuild, "M=" + moddir, "W=1", "KCFLAGS=-Werror"]
    if sparse:
        cmd += ["C=1", "CF=-Wsparse-error"]
    cmd.append("modules")
    r = run(cmd, env=clean_env(), timeout=600)
    log = r.stdout + r.stderr
    with open(os.path.join(moddir, "build.log"), "w") as f:
        f.write(" ".join(cmd) + "\n" + log)
    print("# %s: %s" % (tag, " ".join(cmd)))
    bad = [line for line in log.splitlines() if BAD_LINE.search(line)]
    ko = os.path.join(moddir, "vmxgen_kbuild.ko")
    ok = tap.ok(r.returncode == 0 and os.path.exists(ko),
                "%s: kbuild %s builds the module (exit 0, .ko written)" % (tag, kver),
                log)
    tap.ok(ok and not bad, "%s: no compiler, objtool, modpost or sparse "
           "warning in the log" % tag, "\n".join(bad) or log)
    if sparse:
        tap.ok(re.search(r"^\s*CHECK\s+\S*vmxgen_kbuild\.c", log, re.M) is not None,
               "%s: sparse checked the module source" % tag, log)
    return ok


def main():
    tap = Tap()
    kernels = kernel_build_dirs()
    if not kernels:
        tap.skip_all("no kernel headers: /lib/modules/*/build is missing "
                     "(apt-get install linux-headers-amd64)")
    kver, kbuild = kernels[0]
    if not shutil.which("make"):
        tap.skip_all("make is not installed")
    sparse = shutil.which("sparse") is not None
    objdump = os.environ.get("OBJDUMP") or "objdump"
    spec = load_model()
    mnemonics = {insn.mnemonic for insn in spec.instructions}
    calls = Calls(spec, os.path.join(SRCDIR, "generated"))
    wrappers = {insn.function for insn in spec.instructions}
    missing = wrappers - set(calls.function_names())
    tap.ok(not missing, "every instruction wrapper of the spec is called",
           "not found in the headers: %s" % sorted(missing))
    if calls.skipped:
        print("# public macros not called (unknown shape): %s"
              % ", ".join(calls.skipped))

    wd = workdir("kbuild")
    objs = {}
    for variant in ("plain", "extable"):
        moddir = os.path.join(wd, variant)
        os.makedirs(moddir)
        copied = copy_headers(moddir)
        with open(os.path.join(moddir, "vmxgen_kbuild.c"), "w") as f:
            f.write(module_source(calls))
        with open(os.path.join(moddir, "Kbuild"), "w") as f:
            f.write("obj-m := vmxgen_kbuild.o\nccflags-y += -I$(src)\n")
            if variant == "extable":
                f.write("ccflags-y += -DVMXGEN_TEST_EXTABLE\n")
        tag = "default hook" if variant == "plain" else "_ASM_EXTABLE hook"
        if variant == "plain":
            print("# copied into vmxgen/: %s" % " ".join(copied))
        if build(tap, tag, moddir, kver, kbuild, sparse):
            objs[variant] = os.path.join(moddir, "vmxgen_kbuild.o")
    if not sparse:
        tap.skip("sparse (C=1 CF=-Wsparse-error)", "sparse is not installed "
                 "(apt-get install sparse)")

    # The objects: VMX instructions of every context, and __ex_table.
    for variant, obj in sorted(objs.items()):
        insns = vmx_instructions(objdump, obj, mnemonics)
        sections = {s for s, _ in insns}
        tag = "default hook" if variant == "plain" else "_ASM_EXTABLE hook"
        tap.ok({".text", ".text.unlikely", ".init.text"} <= sections,
               "%s: VMX instructions in .text, .text.unlikely (__cold) and "
               ".init.text" % tag, "found in: %s" % sorted(sections))
        table = extable_entries(objdump, obj)
        if variant == "plain":
            tap.ok(table is None, "default hook: no __ex_table (the default "
                   "VMXGEN_FAULT_HOOK expands to nothing)",
                   table and "%d entries" % len(table[0]))
            continue
        if not tap.ok(table is not None, "_ASM_EXTABLE hook: __ex_table exists"):
            continue
        entries, _ = table
        targets = {e[0] for e in entries}
        problems = []
        for key, (mn, length) in sorted(insns.items()):
            if key not in targets:
                problems.append("%s at %s+%#x has no __ex_table entry" % (mn, key[0], key[1]))
        for insn_at, fixup_at in entries:
            if insn_at not in insns:
                problems.append("entry for %s+%#x, not a VMX instruction" % insn_at)
                continue
            mn, length = insns[insn_at]
            if fixup_at != (insn_at[0], insn_at[1] + length):
                problems.append("%s at %s+%#x: fixup %s, want the next instruction"
                                % (mn, insn_at[0], insn_at[1], fixup_at))
        tap.ok(not problems and len(entries) == len(insns),
               "_ASM_EXTABLE hook: one __ex_table entry per VMX instruction "
               "(%d instructions, %d entries), fixup right after it"
               % (len(insns), len(entries)), "\n".join(problems))
    tap.done()


if __name__ == "__main__":
    main()
