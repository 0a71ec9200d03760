#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Every generated header, and a caller of every wrapper of every ISA,
and every goto form (a statement macro jumping to the caller's labels),
compiles warning-free in every world the headers promise: gcc and clang x
C99, C11, gnu11 x hosted, freestanding (-nostdinc) and kernel-style
(__KERNEL__ with a stub <linux/types.h>) x 64 and 32 bit (the matrix:
tests/lib/cmatrix.py).  And the other side of the macros that take an
instruction's immediate (hostx_outb_imm8()): one file per compiler calling
each with its caller's parameter, which must not compile, with each
macro's own message."""

import os
import re

import cmatrix
from callers import caller_functions, goto_forms, wrappers
from vmxtest import GENERATED, Tap, load_model, workdir, write


def not_constant(tap, callees, wd):
    """Each macro given a variable where its immediate goes: a compile
    error naming it, at -O2 too (where gcc folds what it can), from gcc
    and clang."""
    macros = [c for c in callees if c.instruction and
              c.instruction.immediate_parameter is not None]
    if not macros:
        tap.skip("a non-constant immediate is refused", "no macro wrapper")
        return
    for c in macros:
        c.fixed = {}        # the caller's parameter, not a constant
    src = write(os.path.join(wd, "not-constant.c"),
                caller_functions(macros, GENERATED))

    for cname, rc, err in cmatrix.every_error(src, GENERATED, "-O2"):
        quiet = [c.name for c in macros if not re.search(
            re.escape(c.name) + r": \w+ is an integer constant expression",
            err)]
        tap.ok(rc != 0 and not quiet, "%s -O2: each of the %d macros given "
               "a variable for its immediate (%s) is a compile-time error "
               "with its own message" % (cname, len(macros), ", ".join(
                   c.name for c in macros)),
               "no error for: %s\n%s" % (", ".join(quiet), err[-4000:]))


def main():
    tap = Tap()
    model = load_model()
    callees = wrappers(model) + goto_forms(model)
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
    not_constant(tap, callees, wd)
    tap.done()


if __name__ == "__main__":
    main()
