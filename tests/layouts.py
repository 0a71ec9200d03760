#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Getters, setters and masks of every value layout (a bit layout of up to
64 bits) against values computed here from the bit ranges: the real spec's
layouts plus tests/layouts/value-layouts.yaml (fields at bit 0 and bit 63,
a whole word, single bits).  Expected values come from the harness's own
spec reader, never from gen/.  Per field: getter of all-ones, zero, the
mask and its complement; setter of the largest value into zero, of zero
into all-ones, of 1, and of a variable one past the largest (cut to the
field); for gcc and clang, -m64 and -m32.  And per layout, a constant that
does not fit the field must not compile, next to a twin that fits."""

import importlib.util
import os
import shutil

from vmxtest import (SRCDIR, Tap, compilers, include_flags, parallel, run,
                     run_everywhere, spec_with, write)

HERE = os.path.join(SRCDIR, "tests", "layouts")


def _specread():
    path = os.path.join(SRCDIR, "tests", "harness", "specread.py")
    spec = importlib.util.spec_from_file_location("specread", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


specread = _specread()


def value_layouts(isas):
    return [(isa, l) for isa in isas for l in sorted(isa.layouts.values(),
                                                      key=lambda l: l.name)
            if not l.byte_layout and l.bits <= 64 and l.named]


def checks(isa, layout):
    """(C expression, what) pairs that must all be true, computed from the
    bit ranges alone."""
    t = "vmx_u64" if layout.bits > 32 else "vmx_u32"
    full = (1 << layout.bits) - 1

    def c(v):
        return "(%s)%#xULL" % (t, v)

    out = []
    for f in layout.named:
        get = "%s_%s_%s" % (isa.name, layout.name, f.name)
        put = "%s_%s_set_%s" % (isa.name, layout.name, f.name)
        mask_name = ("%s_%s_%s_MASK" % (isa.name, layout.name, f.name)).upper()
        top = (1 << f.width) - 1
        mask = top << f.lo
        out += [
            ("%s == %s" % (mask_name, c(mask)), "%s" % mask_name),
            ("%s(%s) == %s" % (get, c(full), c(top)), "%s(all ones)" % get),
            ("%s(0) == 0" % get, "%s(0)" % get),
            ("%s(%s) == %s" % (get, c(mask), c(top)), "%s(mask)" % get),
            ("%s(%s) == 0" % (get, c(full & ~mask)), "%s(~mask)" % get),
            ("%s(0, %s) == %s" % (put, c(top), c(mask)), "%s(0, max)" % put),
            ("%s(%s, 0) == %s" % (put, c(full), c(full & ~mask)),
             "%s(all ones, 0)" % put),
            ("%s(0, 1) == %s" % (put, c(1 << f.lo)), "%s(0, 1)" % put),
        ]
    return out


def main():
    tap = Tap()
    wd, spec, out, r = spec_with("layouts", {
        "vmx/value-layouts-test.yaml": os.path.join(HERE,
                                                    "value-layouts.yaml")})
    if not tap.ok(r.returncode == 0, "the spec with the test layouts "
                  "generates", r.stderr):
        tap.done()
    isas = specread.load(spec)
    layouts = value_layouts(isas)
    tap.ok(len(layouts) >= 3, "%d value layouts to check" % len(layouts))

    body = ["#include <stdio.h>"]
    body += ["#include <vmxgen/%s.h>" % isa.name for isa in isas]
    body += ["", "static int failed;", "",
             "static void check(int ok, const char *what)", "{",
             "\tif (!ok) {", "\t\tprintf(\"FAIL %s\\n\", what);",
             "\t\tfailed++;", "\t}", "}", "",
             "int main(int argc, char **argv)", "{",
             "\t/* Variables, so the setters' compile-time check stays out",
             "\t * of it: one past each field's largest value. */",
             "\tvolatile vmx_u64 big = argc;",
             "\tint n = 0;", "", "\t(void)argv;"]
    names = []
    for isa, layout in layouts:
        for expr, what in checks(isa, layout):
            body.append("\tcheck(%s, \"%s\"); n++;" % (expr, what))
            names.append(what)
        # max + 1 as a variable: computed at run time from argc (1).
        t = "vmx_u64" if layout.bits > 32 else "vmx_u32"
        for f in layout.named:
            limit = 64 if layout.bits > 32 else 32
            if f.width >= limit:
                continue
            put = "%s_%s_set_%s" % (isa.name, layout.name, f.name)
            full = (1 << layout.bits) - 1
            mask = ((1 << f.width) - 1) << f.lo
            past = "((%s)big << %d)" % (t, f.width)
            body.append("\tcheck(%s(0, %s) == 0, \"%s(0, max + 1) is cut to "
                        "the field\"); n++;" % (put, past, put))
            body.append("\tcheck(%s((%s)%#xULL, %s) == (%s)%#xULL, \"%s(all "
                        "ones, max + 1)\"); n++;"
                        % (put, t, full, past, t, full & ~mask, put))
    body += ["\tprintf(\"%d checks, %d failed\\n\", n, failed);",
             "\treturn failed != 0;", "}", ""]
    src = os.path.join(wd, "layouts.c")
    write(src, "\n".join(body))

    for cname, mode, status, text in run_everywhere(src, out, wd, "layouts"):
        tap.ok(status == 0, "%s %s: every getter, setter and mask of %d "
               "layouts matches its bit ranges (%s)" % (
                   cname, mode, len(layouts),
                   text.strip().splitlines()[-1] if status is not None
                   and text.strip() else "did not compile"), text)

    # A constant that does not fit must not compile; its twin must.
    def constant(job):
        (cname, cc), (isa, layout, f, value) = job
        put = "%s_%s_set_%s" % (isa.name, layout.name, f.name)
        c = os.path.join(wd, "fit-%s-%s-%s-%x.c" % (cname.split()[0],
                                                    layout.name, f.name, value))
        write(c, "#include <vmxgen/%s.h>\nunsigned long long f(void);\n"
              "unsigned long long f(void)\n{\n\treturn %s(0, %#xULL);\n}\n"
              % (isa.name, put, value))
        r = run(cc.split() + ["-O0", "-c", c, "-o", os.devnull] +
                include_flags(out))
        return job, r.returncode, r.stderr

    cases = []
    for isa, layout in layouts:
        limit = 64 if layout.bits > 32 else 32
        fields = [f for f in layout.named if f.width < limit]
        if fields:
            f = fields[0]
            top = (1 << f.width) - 1
            cases += [(isa, layout, f, top), (isa, layout, f, top + 1)]
    jobs = [(c, k) for c in compilers() for k in cases]
    for ((cname, _), (isa, layout, f, value)), rc, err in parallel(constant,
                                                                     jobs):
        put = "%s_%s_set_%s" % (isa.name, layout.name, f.name)
        fits = value < (1 << f.width)
        if fits:
            tap.ok(rc == 0, "%s: %s(0, %#x) compiles (the largest value)"
                   % (cname, put, value), err)
        else:
            tap.ok(rc != 0 and put in err, "%s: %s(0, %#x) is a compile-time "
                   "error naming the setter" % (cname, put, value), err)
    shutil.rmtree(wd)
    tap.done()


if __name__ == "__main__":
    main()
