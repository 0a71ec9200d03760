#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Getters, setters and masks of every value layout (a bit layout of up to
64 bits) against values computed here from the bit ranges: the real spec's
layouts plus tests/layouts/value-layouts.yaml (fields at bit 0 and bit 63,
a whole word, single bits).  Expected values come from the harness's own
spec reader, never from gen/.  Per field: getter of all-ones, zero, the
mask and its complement; setter of the largest value into zero, of zero
into all-ones, of 1, and of a variable one past the largest (cut to the
field); for gcc and clang, -m64 and -m32.

The same program checks the real spec's layouts against values computed
from tests/layouts/sdm-fields.txt, bit ranges typed by hand from the SDM:
per field the mask, the getter of all-ones, of the field's lowest and
highest bit alone and of the bits just outside it (boundary - 1 and + 1),
the setter of the largest value, of 0 and of 1, and that it leaves the
bits just outside alone; and the enumerated constants listed there.  The
spec's fields must be exactly those of the file, with the same ranges, and
the single bits of a capability MSR (spec/vmx/capabilities.yaml) exactly
the one-bit fields of the value layout of the same name.

And every setter given a constant one past its largest value must not
compile, each failing with its own message (one file per compiler; the
program above gives each setter its largest value as a constant).

Byte layouts: struct svm_vmcb's members of issue 14's contract at the
offsets and sizes of tests/layouts/apm-vmcb.txt, typed by hand from the
AMD APM (the header's static asserts check the spec's own offsets)."""

import os
import re
import shutil

import yaml

from cmatrix import every_error, run_everywhere
from vmxtest import SPEC, SRCDIR, Tap, load_specread, spec_with, write

HERE = os.path.join(SRCDIR, "tests", "layouts")
# Lines of checks per function of the program.
PART = 200


specread = load_specread()


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


def sdm_fields(path):
    """{layout: (bits, [(field, high, low)], [(constant, value)])} from the
    hand-written file."""
    out = {}
    cur = None
    with open(path) as f:
        for n, line in enumerate(f, 1):
            text = line.split("#")[0].rstrip()
            if not text:
                continue
            words = text.split()
            if not line[0].isspace():
                cur = words[0]
                out[cur] = (int(words[1]), [], [])
            elif words[0] == "=":
                out[cur][2].append((words[1], int(words[2], 0)))
            else:
                hi, lo = words[1].split(":")
                out[cur][1].append((words[0], int(hi), int(lo)))
    return out


def hand_checks(hand):
    """(C expression, what) pairs from the hand-written ranges alone."""
    out = []
    for name, (bits, fields, consts) in sorted(hand.items()):
        t = "vmx_u64" if bits > 32 else "vmx_u32"
        full = (1 << bits) - 1

        def c(v):
            return "(%s)%#xULL" % (t, v)

        for field, hi, lo in fields:
            get = "vmx_%s_%s" % (name, field)
            put = "vmx_%s_set_%s" % (name, field)
            mask_name = ("vmx_%s_%s_MASK" % (name, field)).upper()
            top = (1 << (hi - lo + 1)) - 1
            mask = top << lo
            # The bits just outside the field: boundary - 1 and + 1.
            near = (1 << lo - 1 if lo else 0) | \
                (1 << hi + 1 if hi + 1 < bits else 0)
            what = "sdm %s.%s %d:%d" % (name, field, hi, lo)
            out += [
                ("%s == %s" % (mask_name, c(mask)), what + ": mask"),
                ("%s(%s) == %s" % (get, c(full), c(top)),
                 what + ": get(all ones)"),
                ("%s(%s) == 1" % (get, c(1 << lo)),
                 "%s: get(bit %d)" % (what, lo)),
                ("%s(%s) == %s" % (get, c(1 << hi), c(1 << (hi - lo))),
                 "%s: get(bit %d)" % (what, hi)),
                ("%s(%s) == 0" % (get, c(near)),
                 what + ": get(bits just outside)"),
                ("%s(0, %s) == %s" % (put, c(top), c(mask)),
                 what + ": set(0, max)"),
                ("%s(%s, 0) == %s" % (put, c(full), c(full & ~mask)),
                 what + ": set(all ones, 0)"),
                ("%s(0, 1) == %s" % (put, c(1 << lo)), what + ": set(0, 1)"),
                ("%s(%s, %s) == %s" % (put, c(near), c(top), c(near | mask)),
                 what + ": set(bits just outside, max) keeps them"),
            ]
        for const, value in consts:
            out.append(("%s == %d" % (const, value),
                        "sdm %s: %s" % (name, const)))
    return out


def compare_with_spec(layouts, hand):
    """Differences between the spec's value layouts (test layouts left
    out) and the hand-written file."""
    spec = {l.name: (l.bits, sorted((f.name, f.lo + f.width - 1, f.lo)
                                    for f in l.named))
            for isa, l in layouts
            if isa.name == "vmx" and not l.name.startswith("test_")}
    theirs = {n: (b, sorted(f)) for n, (b, f, _) in hand.items()}
    bad = []
    for name in sorted(set(spec) | set(theirs)):
        if name not in theirs:
            bad.append("%s: in the spec, not in sdm-fields.txt" % name)
        elif name not in spec:
            bad.append("%s: in sdm-fields.txt, not a value layout of the "
                       "spec" % name)
        elif spec[name] != theirs[name]:
            a, b = set(spec[name][1]), set(theirs[name][1])
            bad.append("%s: spec %d bits %s, sdm-fields.txt %d bits %s" % (
                name, spec[name][0], sorted(a - b), theirs[name][0],
                sorted(b - a)))
    return bad


def capability_bits(layouts):
    """Differences between each capability MSR's single bits and the
    one-bit fields of the value layout named like it."""
    with open(os.path.join(SRCDIR, "spec", "vmx", "capabilities.yaml")) as f:
        caps = yaml.safe_load(f)["capabilities"]
    by_name = {l.name: l for isa, l in layouts if isa.name == "vmx"}
    bad, seen = [], []
    for cap in caps:
        layout = by_name.get(cap["short_name"])
        if layout is None or not cap.get("bits"):
            continue
        seen.append(cap["short_name"])
        a = {(b["name"], b["bit"]) for b in cap["bits"]}
        b = {(f.name, f.lo) for f in layout.named if f.width == 1}
        bad += ["%s: capability bit %s %d has no such one-bit field"
                % (cap["short_name"], *x) for x in sorted(a - b)]
        bad += ["%s: one-bit field %s %d is no capability bit"
                % (cap["short_name"], *x) for x in sorted(b - a)]
    return seen, bad


def vmcb_program(path):
    """C: offsetof() and sizeof() of each line of apm-vmcb.txt against
    its numbers; prints the failures and the count."""
    body = ["#include <stdio.h>", "#include <vmxgen/svm.h>", "",
            "int main(void)", "{", "\tint failed = 0, n = 0;", ""]
    with open(path) as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            words = line.split()
            if words[0] == "struct":
                got_off, got_size = "0", "sizeof(struct %s)" % words[1]
                what = "struct " + words[1]
                want_off, want_size = 0, int(words[3], 0)
            else:
                got_off = "__builtin_offsetof(struct svm_vmcb, %s)" % words[0]
                got_size = "sizeof(((struct svm_vmcb *)0)->%s)" % words[0]
                what = words[0]
                want_off, want_size = int(words[1], 0), int(words[2], 0)
            body += ["\tn++;",
                     "\tif (%s != %d || %s != %d) {" % (got_off, want_off,
                                                       got_size, want_size),
                     "\t\tprintf(\"FAIL %s: offset %%zu size %%zu, APM %#x %d\\n\","
                     % (what, want_off, want_size),
                     "\t\t       (size_t)%s, (size_t)%s);" % (got_off, got_size),
                     "\t\tfailed++;", "\t}"]
    body += ["\tprintf(\"%d members, %d failed\\n\", n, failed);",
             "\treturn failed != 0;", "}", ""]
    return "\n".join(body)


def reference_diagrams(layouts):
    """Layouts of the real spec without a bit diagram naming each of their
    fields in the committed reference page of their ISA."""
    pages = {}
    missing = []
    for isa, l in layouts:
        if l.name.startswith("test_"):
            continue
        if isa.name not in pages:
            path = os.path.join(SRCDIR, "generated", "doc",
                                "%s-reference.md" % isa.name)
            with open(path) as f:
                pages[isa.name] = f.read().split("\n### ")
        sections = pages[isa.name]
        keys = ("`%s_%s_<field>()`" % (isa.name, l.name),
                "`struct %s_%s`" % (isa.name, l.name))
        text = [t for t in sections if any(k in t.split("\n")[0] for k in keys)]
        blocks = text[0].split("```")[1::2] if text else []
        cells = set(re.findall(r"\|\s*(\w+)\s*(?=\|)", blocks[0])) \
            if blocks else set()
        lost = [f.name for f in l.named if f.name not in cells]
        if not blocks or lost:
            missing.append("%s: %s" % (l.name, "no bit diagram" if not blocks
                                       else "not in its diagram: %s" % lost))
    return missing


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
    hand = sdm_fields(os.path.join(HERE, "sdm-fields.txt"))
    bad = compare_with_spec(layouts, hand)
    tap.ok(not bad, "the spec's value layouts are those of tests/layouts/"
           "sdm-fields.txt (typed from the SDM): %d layouts, %d fields, same "
           "bit ranges" % (len(hand), sum(len(f) for _, f, _ in hand.values())),
           "\n".join(bad))
    bad = reference_diagrams(
        [(i, l) for i in specread.load(SPEC) for l in i.layouts.values()
         if not l.byte_layout])
    tap.ok(not bad, "generated/doc/<isa>-reference.md has a bit diagram of "
           "every bit layout of the spec, naming each of its fields",
           "\n".join(bad))
    seen, bad = capability_bits(layouts)
    tap.ok(seen and not bad, "the single bits of %s in spec/vmx/capabilities."
           "yaml are the one-bit fields of the layout of that name"
           % ", ".join(seen) if seen else "no capability MSR with a layout",
           "\n".join(bad))

    body = ["#include <stdio.h>"]
    body += ["#include <vmxgen/%s.h>" % isa.name for isa in isas]
    body += ["", "static int failed;", "",
             "/* Not inlined: clang's inliner took 4 s of a 5 s compile",
             " * putting 6,000 copies of it into main(). */",
             "static __attribute__((__noinline__)) void",
             "check(int ok, const char *what)", "{",
             "\tif (!ok) {", "\t\tprintf(\"FAIL %s\\n\", what);",
             "\t\tfailed++;", "\t}", "}", ""]
    checks_c = []       # the statements, each line a check or an #if
    names = []
    for isa, layout in layouts:
        for expr, what in checks(isa, layout):
            checks_c.append("\tcheck(%s, \"%s\"); n++;" % (expr, what))
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
            checks_c.append("\tcheck(%s(0, %s) == 0, \"%s(0, max + 1) is "
                            "cut to the field\"); n++;" % (put, past, put))
            checks_c.append("\tcheck(%s((%s)%#xULL, %s) == (%s)%#xULL, \"%s("
                            "all ones, max + 1)\"); n++;"
                            % (put, t, full, past, t, full & ~mask, put))
    for expr, what in hand_checks(hand):
        checks_c.append("\tcheck(%s, \"%s\"); n++;" % (expr, what))
    for name, (_, fields, _) in sorted(hand.items()):
        for field, hi, lo in fields:
            bit = ("vmx_%s_%s_BIT" % (name, field)).upper()
            if hi == lo and any(l.name == name for _, l in layouts):
                checks_c += ["#ifdef %s" % bit,
                             "\tcheck(%s == 1ULL << %s, \"%s\"); n++;" % (
                                 ("vmx_%s_%s_MASK" % (name, field)).upper(),
                                 bit, bit),
                             "#endif"]
    # The checks in functions of about PART lines, not all in main():
    # clang's -O2 took a third longer on the one body.
    parts, depth = [[]], 0
    for line in checks_c:
        parts[-1].append(line)
        depth += line.startswith("#if") - line.startswith("#endif")
        if not depth and len(parts[-1]) >= PART:
            parts.append([])
    parts = [p for p in parts if p]
    for k, part in enumerate(parts):
        body += ["static __attribute__((__noinline__)) int",
                 "checks_%d(vmx_u64 big)" % k, "{", "\tint n = 0;", "",
                 "\t(void)big;"] + part + ["\treturn n;", "}", ""]
    body += ["int main(int argc, char **argv)", "{",
             "\t/* A variable, so the setters' compile-time check stays out",
             "\t * of it: one past each field's largest value. */",
             "\tvolatile vmx_u64 big = argc;",
             "\tint n = 0;", "", "\t(void)argv;"]
    body += ["\tn += checks_%d(big);" % k for k in range(len(parts))]
    body += ["\tprintf(\"%d checks, %d failed\\n\", n, failed);",
             "\treturn failed != 0;", "}", ""]
    src = os.path.join(wd, "layouts.c")
    write(src, "\n".join(body))

    for name, status, text in run_everywhere(src, out, wd, "layouts"):
        tap.ok(status == 0, "%s: every getter, setter and mask of %d "
               "layouts matches its bit ranges, and the SDM's "
               "(sdm-fields.txt) (%s)" % (
                   name, len(layouts),
                   text.strip().splitlines()[-1] if status is not None
                   and text.strip() else "did not compile"), text)

    src = write(os.path.join(wd, "vmcb.c"),
                vmcb_program(os.path.join(HERE, "apm-vmcb.txt")))
    for name, status, text in run_everywhere(src, out, wd, "vmcb"):
        tap.ok(status == 0, "%s: struct svm_vmcb's contract members at the "
               "APM's offsets and sizes (apm-vmcb.txt): %s" % (
                   name, text.strip().splitlines()[-1]
                   if status is not None and text.strip() else "did not "
                   "compile"), text)

    # Every setter given a constant one past its largest value: a file
    # per compiler, which must not compile, with each setter's own message.
    # (The program above gives every setter its largest value.)
    calls = []
    for isa, layout in layouts:
        limit = 64 if layout.bits > 32 else 32
        for f in layout.named:
            if f.width < limit:
                calls.append(("%s_%s_set_%s" % (isa.name, layout.name, f.name),
                              1 << f.width))
    src = os.path.join(wd, "too-big.c")
    text = ["#include <vmxgen/%s.h>" % isa.name for isa in isas]
    text += ["unsigned long long f%d(void);\nunsigned long long f%d(void)\n"
             "{\n\treturn %s(0, %#xULL);\n}" % (k, k, put, value)
             for k, (put, value) in enumerate(calls)]
    write(src, "\n".join(text) + "\n")

    for cname, rc, err in every_error(src, out):
        quiet = [put for put, _ in calls
                 if not re.search(re.escape(put) + r": value does not fit", err)]
        tap.ok(rc != 0 and not quiet, "%s: each of the %d setters given a "
               "constant one past its largest value is a compile-time error "
               "with its own message" % (cname, len(calls)),
               "no error for: %s\n%s" % (", ".join(quiet), err[-4000:]))
    shutil.rmtree(wd)
    tap.done()


if __name__ == "__main__":
    main()
