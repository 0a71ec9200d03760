#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Every generated header, and a caller of every wrapper of every ISA,
compiles warning-free in every world the headers promise: gcc and clang x
C99, C11, gnu11 x hosted, freestanding (-nostdinc) and kernel-style
(__KERNEL__ with a stub <linux/types.h>) x 64 and 32 bit (the matrix:
tests/lib/cmatrix.py)."""

import os

import cmatrix
from callers import caller_functions, wrappers
from vmxtest import GENERATED, Tap, load_model, workdir, write


def main():
    tap = Tap()
    callees = wrappers(load_model())
    wd = workdir("matrix")
    # Hosted code includes libc first: the headers must coexist with
    # <stdint.h> and glibc's own __always_inline.
    hosted = write(os.path.join(wd, "hosted.c"), caller_functions(
        callees, GENERATED, top=["#include <stdint.h>", "#include <stdio.h>"]))
    bare = write(os.path.join(wd, "bare.c"), caller_functions(callees, GENERATED))
    variants = tap.cases(cmatrix.variants(stds=("c99", "c11", "gnu11"),
                                          worlds=cmatrix.WORLDS),
                         "no C compiler found")
    for v, cmd, r in cmatrix.compile(
            variants, lambda v: hosted if v.world == "hosted" else bare):
        if cmd is None:
            tap.skip(v.name, v.skip)
            continue
        tap.ok(r.returncode == 0 and not r.stderr.strip(),
               "%s: all wrappers compile without warnings" % v.name,
               cmatrix.failed(cmd, r))
    tap.done()


if __name__ == "__main__":
    main()
