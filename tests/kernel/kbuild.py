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

import glob
import os
import re
import shutil

from callers import calls_function, includes, public
from disasm import disassemble, relocations
from headers import Api
from vmxtest import (GENERATED, SRCDIR, Tap, load_model, parallel, run, workdir,
                     write)

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

MODULE_TAIL = """\
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
"""

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
%(includes)s

/* Nothing writes it; READ_ONCE() keeps the compiler from knowing that. */
static unsigned long vmxgen_never;
"""


def module_source(callees):
    head = MODULE_HEAD % {"includes": "\n".join(includes(GENERATED))}
    return head + "\n".join([
        calls_function(callees, "int vmxgen_kbuild_hot(unsigned long arg);\n"
                       "noinline int vmxgen_kbuild_hot(unsigned long arg)"),
        calls_function(callees, "static noinline __cold int "
                       "vmxgen_kbuild_cold(unsigned long arg)"),
        calls_function(callees, "static int __init "
                       "vmxgen_kbuild_calls(unsigned long arg)"),
        MODULE_TAIL])


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
    os.makedirs(os.path.join(dest, "vmxgen"))
    copied = []
    for pattern in COPY:
        for src in sorted(glob.glob(os.path.join(SRCDIR, pattern))):
            shutil.copy(src, os.path.join(dest, "vmxgen"))
            copied.append(os.path.relpath(src, SRCDIR))
    return copied


def vmx_instructions(obj, mnemonics):
    """{(section, offset): (mnemonic, length)} of every VMX instruction."""
    return {(i.section, i.addr): (i.mnemonic, i.size)
            for i in disassemble(obj, sections=None).having(mnemonics)}


def extable_entries(obj):
    """[(insn target, fixup target)] from the relocations of __ex_table;
    each target is (section, offset).  None if there is no __ex_table."""
    relocs = relocations(obj, "__ex_table")
    if relocs is None:
        return None
    targets = {off: (sym, addend) for off, (kind, sym, addend) in relocs.items()
               if kind == "R_X86_64_PC32"}
    return [(targets[off], targets.get(off + 4))
            for off in sorted(targets) if off % 12 == 0]


def build(moddir, kbuild, sparse):
    """Build the module in moddir: (command, exit status, log)."""
    cmd = ["make", "-C", kbuild, "M=" + moddir, "W=1", "KCFLAGS=-Werror"]
    if sparse:
        cmd += ["C=1", "CF=-Wsparse-error"]
    cmd.append("modules")
    r = run(cmd, env=clean_env(), timeout=600)
    log = r.stdout + r.stderr
    with open(os.path.join(moddir, "build.log"), "w") as f:
        f.write(" ".join(cmd) + "\n" + log)
    return cmd, r.returncode, log


def check_build(tap, tag, moddir, kver, sparse, result):
    cmd, status, log = result
    print("# %s: %s" % (tag, " ".join(cmd)))
    bad = [line for line in log.splitlines() if BAD_LINE.search(line)]
    ko = os.path.join(moddir, "vmxgen_kbuild.ko")
    ok = tap.ok(status == 0 and os.path.exists(ko),
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
    api = Api(GENERATED)
    callees, skipped = public(load_model(), GENERATED, api)
    wrappers = [c for c in callees if c.instruction is not None]
    mnemonics = {c.instruction.mnemonic for c in wrappers}
    missing = {c.name for c in wrappers} - set(api.function_names())
    tap.ok(not missing, "every instruction wrapper of the spec is in the "
           "headers and called (%d of %d public functions and macros)"
           % (len(wrappers), len(callees)),
           "not found in the headers: %s" % sorted(missing))
    if skipped:
        print("# public macros not called (unknown shape): %s" % ", ".join(skipped))

    wd = workdir("kbuild")
    variants = {"plain": "default hook", "extable": "_ASM_EXTABLE hook"}
    for variant in variants:
        moddir = os.path.join(wd, variant)
        os.makedirs(moddir)
        copied = copy_headers(moddir)
        write(os.path.join(moddir, "vmxgen_kbuild.c"), module_source(callees))
        write(os.path.join(moddir, "Kbuild"),
              "obj-m := vmxgen_kbuild.o\nccflags-y += -I$(src)\n" +
              ("ccflags-y += -DVMXGEN_TEST_EXTABLE\n" if variant == "extable" else ""))
    print("# copied into vmxgen/: %s" % " ".join(copied))
    results = parallel(lambda v: build(os.path.join(wd, v), kbuild, sparse), variants)
    objs = {}
    for (variant, tag), result in zip(variants.items(), results):
        moddir = os.path.join(wd, variant)
        if check_build(tap, tag, moddir, kver, sparse, result):
            objs[variant] = os.path.join(moddir, "vmxgen_kbuild.o")
    if not sparse:
        tap.skip("sparse (C=1 CF=-Wsparse-error)", "sparse is not installed "
                 "(apt-get install sparse)")

    # The objects: VMX instructions of every context, and __ex_table.
    for variant, obj in sorted(objs.items()):
        insns = vmx_instructions(obj, mnemonics)
        sections = {s for s, _ in insns}
        tag = "default hook" if variant == "plain" else "_ASM_EXTABLE hook"
        tap.ok({".text", ".text.unlikely", ".init.text"} <= sections,
               "%s: VMX instructions in .text, .text.unlikely (__cold) and "
               ".init.text" % tag, "found in: %s" % sorted(sections))
        entries = extable_entries(obj)
        if variant == "plain":
            tap.ok(entries is None, "default hook: no __ex_table (the default "
                   "VMXGEN_FAULT_HOOK expands to nothing)",
                   entries and "%d entries" % len(entries))
            continue
        if not tap.ok(entries is not None, "_ASM_EXTABLE hook: __ex_table exists"):
            continue
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
