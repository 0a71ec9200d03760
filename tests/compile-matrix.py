#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Every wrapper compiles warning-free in every world the headers promise:
gcc and clang x C99, C11, gnu11 x hosted, freestanding (-nostdinc) and
kernel-style (__KERNEL__ with a stub <linux/types.h>) x 64 and 32 bit."""

import os

from callers import caller_functions, wrappers
from vmxtest import (GENERATED, Tap, compilers, has_32bit_libc, include_flags,
                     load_model, run, workdir, write)

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
    for cname, cc in compilers():
        for bits in (64, 32):
            for std in ("c99", "c11", "gnu11"):
                for world, src, flags in worlds:
                    if world == "hosted" and bits == 32 and not has_32bit_libc():
                        tap.skip("%s -m32 -std=%s %s" % (cname, std, world),
                                 "no 32-bit libc headers (gcc-multilib)")
                        continue
                    cmd = cc.split() + ["-m%d" % bits, "-std=" + std, "-Wall",
                                        "-Wextra", "-Werror", "-O2", "-c", src,
                                        "-o", os.devnull] + flags + include_flags()
                    r = run(cmd)
                    tap.ok(r.returncode == 0 and not r.stderr.strip(),
                           "%s -m%d -std=%s %s: all wrappers compile without "
                           "warnings" % (cname, bits, std, world),
                           " ".join(cmd) + "\n" + r.stderr)
    tap.done()


if __name__ == "__main__":
    main()
