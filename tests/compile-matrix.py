#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Every wrapper compiles warning-free in every world the headers promise:
gcc and clang x C99, C11, gnu11 x hosted, freestanding (-nostdinc) and
kernel-style (__KERNEL__ with a stub <linux/types.h>) x 64 and 32 bit."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from callers import callers_c  # noqa: E402
from vmxtest import Tap, compilers, include_flags, load_model, run, workdir  # noqa: E402

KERNEL_TYPES = """\
/* Stub of the kernel's <linux/types.h>: just what vmxgen needs. */
typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
"""


def main():
    tap = Tap()
    spec = load_model()
    wd = workdir("matrix")
    os.makedirs(os.path.join(wd, "kstub", "linux"))
    with open(os.path.join(wd, "kstub", "linux", "types.h"), "w") as f:
        f.write(KERNEL_TYPES)
    hosted = os.path.join(wd, "hosted.c")
    with open(hosted, "w") as f:
        # Hosted code includes libc first: the headers must coexist with
        # <stdint.h> and glibc's own __always_inline.
        f.write(callers_c(spec, "#include <stdint.h>\n#include <stdio.h>\n"))
    bare = os.path.join(wd, "bare.c")
    with open(bare, "w") as f:
        f.write(callers_c(spec))
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
                    if world == "hosted" and bits == 32 and not os.path.exists(
                            "/usr/include/x86_64-linux-gnu/gnu/stubs-32.h") \
                            and not os.path.exists("/usr/include/i386-linux-gnu"):
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
