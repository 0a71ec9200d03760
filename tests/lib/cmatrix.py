# SPDX-License-Identifier: MIT
"""The compile matrix: every test that compiles C against the headers in
several settings takes them from here.

A Variant is one compiler (vmxtest.compilers(): gcc and clang), one mode
(-m64, -m32), one C standard and one world the headers promise to work
in: hosted (libc's headers), freestanding (-ffreestanding -nostdinc) or
kernel (freestanding, __KERNEL__ and a stub <linux/types.h>); always
-Wall -Wextra -Werror.  variants() gives the product of what a test
asks for; compile() and build_and_run() run a source in each, in
parallel, results in order.  A variant this machine cannot build (hosted
-m32 without 32-bit libc headers) says why in skip, and is not run.
"""

import functools
import os

from vmxtest import (compilers, has_32bit_libc, include_flags, parallel, run,
                     workdir, write)

WARNINGS = ["-Wall", "-Wextra", "-Werror"]
WORLDS = ("hosted", "freestanding", "kernel")

# The kernel's <linux/types.h>: just what the headers use under
# __KERNEL__.
KERNEL_TYPES = """\
typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
"""


@functools.lru_cache(maxsize=None)
def _kernel_stub():
    d = workdir("kstub")
    write(os.path.join(d, "linux", "types.h"), KERNEL_TYPES)
    return d


def world_flags(world):
    if world == "hosted":
        return []
    flags = ["-ffreestanding", "-nostdinc"]
    if world == "kernel":
        flags += ["-D__KERNEL__", "-I", _kernel_stub()]
    return flags


class Variant:
    def __init__(self, compiler, cc, bits, std, world):
        self.compiler = compiler    # its label: 'gcc', 'clang', ...
        self.cc = cc                # the command
        self.bits = bits
        self.std = std
        self.world = world

    @property
    def name(self):
        return "%s -m%d -std=%s %s" % (self.compiler, self.bits, self.std,
                                       self.world)

    @property
    def tag(self):
        """The name as a file name."""
        return "%s-m%d-%s-%s" % (self.compiler.split()[0], self.bits,
                                 self.std, self.world)

    @property
    def skip(self):
        if self.world == "hosted" and self.bits == 32 and \
                not has_32bit_libc():
            return "no 32-bit libc headers (gcc-multilib)"
        return None

    def command(self, src, out=None, opt="-O2", action=("-c", "-o",
                                                          os.devnull),
                extra=()):
        """The compiler's command line for src against the headers in out
        (None: generated/ and include/)."""
        return self.cc.split() + ["-m%d" % self.bits, "-std=" + self.std,
                                  opt] + WARNINGS + \
            world_flags(self.world) + [src] + list(action) + list(extra) + \
            include_flags(out)


def variants(bits=(64, 32), stds=("gnu11",), worlds=("freestanding",),
             ccs=None):
    """Every compiler (or those of ccs: [(label, command)]) x bits x stds
    x worlds."""
    return [Variant(label, cc, b, std, world)
            for label, cc in (compilers() if ccs is None else ccs)
            for b in bits for std in stds for world in worlds]


def compile(variants, src, **kw):
    """[(variant, command, CompletedProcess)]: src (or src(variant)) with
    each variant (command and result None where it skips); kw as
    Variant.command's."""
    def one(v):
        if v.skip:
            return v, None, None
        cmd = v.command(src(v) if callable(src) else src, **kw)
        return v, cmd, run(cmd)
    return parallel(one, variants)


def build_and_run(variants, src, wd, name, out=None, opt="-O2", text=True):
    """[(variant, command, compile result, its run or None)]: the program
    src built with each variant into wd, and run where it built (its
    output as text, or bytes)."""
    def one(v):
        if v.skip:
            return v, None, None, None
        exe = os.path.join(wd, "%s-%s" % (name, v.tag))
        cmd = v.command(src, out, opt=opt, action=("-o", exe))
        built = run(cmd)
        if built.returncode != 0:
            return v, cmd, built, None
        return v, cmd, built, run([exe], universal_newlines=text)
    return parallel(one, variants)


def run_everywhere(src, out, wd, name):
    """The program src built with every compiler, -m64 and -m32 (gnu11,
    hosted, -O2) against the headers in out, and run: [(variant name,
    exit status or None if it did not build, its output or the
    compiler's)]."""
    return [(v.name, None, v.skip) if v.skip else
            (v.name, None, built.stderr) if ran is None else
            (v.name, ran.returncode, ran.stdout)
            for v, _, built, ran in build_and_run(
                variants(worlds=("hosted",)), src, wd, name, out)]


def failed(cmd, result):
    """What a failed compile says: its command and its messages."""
    return " ".join(cmd) + "\n" + result.stdout + result.stderr


def every_error(src, gen_dir, opt="-O0"):
    """[(compiler name, exit status, stderr)] of compiling src, a file
    that must not compile, with each compiler and no error limit, so that
    every mistake in it is named (one per call it holds)."""
    def build(job):
        cname, cc = job
        extra = ["-ferror-limit=0"] if "clang" in cname else ["-fmax-errors=0"]
        r = run(cc.split() + extra + [opt, "-c", src, "-o", os.devnull] +
                include_flags(gen_dir))
        return cname, r.returncode, r.stderr
    return parallel(build, compilers())
