#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Every generated header, and a caller of every wrapper of every ISA,
compiles warning-free in every world the headers promise: gcc and clang x
C99, C11, gnu11 x hosted, freestanding (-nostdinc) and kernel-style
(__KERNEL__ with a stub <linux/types.h>) x 64 and 32 bit."""

import os

from callers import caller_functions, wrappers
from vmxtest import (GENERATED, Tap, compilers, has_32bit_libc, include_flags,
                     load_model, parallel, run, workdir, write)

KERNEL_TYPES = """\
/* Stub of the kernel's <linux/types.h>: just what vmxgen needs. */
typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
"""


def main():
    tap = Tap()
    callees = wrappers(load_model())
    wd = workdir("matrix")
    write(os.path.join(wd, "kstub", "linux", "types.h"), KERNEL_TYPES)
    # Hosted code includes libc first: the headers must coexist with
    # <stdint.h> and glibc's own __always_inline.
    hosted = write(os.path.join(wd, "hosted.c"), caller_functions(
        callees, GENERATED, top=["#include <stdint.h>", "#include <stdio.h>"]))
    bare = write(os.path.join(wd, "bare.c"), caller_functions(callees, GENERATED))
    worlds = [
        ("hosted", hosted, []),
        ("freestanding", bare, ["-ffreestanding", "-nostdinc"]),
        ("kernel", bare, ["-ffreestanding", "-nostdinc", "-D__KERNEL__",
                          "-I", os.path.join(wd, "kstub")]),
    ]
    cases = [(cname, cc, bits, std, world, src, flags)
             for cname, cc in compilers() for bits in (64, 32)
             for std in ("c99", "c11", "gnu11") for world, src, flags in worlds]

    def compile_case(case):
        cname, cc, bits, std, world, src, flags = case
        if world == "hosted" and bits == 32 and not has_32bit_libc():
            return None, None
        cmd = cc.split() + ["-m%d" % bits, "-std=" + std, "-Wall", "-Wextra",
                            "-Werror", "-O2", "-c", src, "-o", os.devnull] + \
            flags + include_flags()
        return cmd, run(cmd)

    for case, (cmd, r) in zip(cases, parallel(compile_case, cases)):
        cname, _, bits, std, world, _, _ = case
        name = "%s -m%d -std=%s %s" % (cname, bits, std, world)
        if cmd is None:
            tap.skip(name, "no 32-bit libc headers (gcc-multilib)")
            continue
        tap.ok(r.returncode == 0 and not r.stderr.strip(),
               "%s: all wrappers compile without warnings" % name,
               " ".join(cmd) + "\n" + r.stderr)
    tap.done()


if __name__ == "__main__":
    main()
