#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""vmx_entry_check() against the rules it is generated from, on the host.

The baseline (tests/lib/entrycases.py) must pass every rule, in Python
(rules.evaluate(), the language's meaning) and in the generated C.  For
every rule, a state derived from the rule's data that breaks it
(entrycases.derive(): edits of what the rule reads, not typed per rule)
must make the C checker report that rule and exactly the other rules the
Python evaluation says the state breaks.  One compile, one run."""

import os

import entrycases
from vmxtest import Tap, default_compiler, include_flags, load_model, run, \
    workdir, write


def c_program(check, base, cases):
    ids = [r for r in check.rules if r.ok]
    out = ["#include <stdio.h>", "#include <string.h>",
           "#include <vmxgen/vmx.h>", "",
           "static void report(void *ctx, enum vmx_entry_check_rule_id id)",
           "{", "\tprintf(\" %u\", (unsigned int)id);", "\t(void)ctx;", "}",
           "", "static const struct vmx_entry_check_snapshot base = {"]
    for i in check.inputs:
        out.append("\t.%s = %#xULL," % (i.name, base[i.name]))
    out += ["};", "", "int main(void)", "{",
            "\tstruct vmx_entry_check_snapshot s;", "",
            "\tprintf(\"baseline\");", "\tvmx_entry_check(&base, report, 0);",
            "\tprintf(\"\\n\");"]
    for rule, edits, _ in cases:
        out += ["\ts = base;"] + ["\ts.%s = %#xULL;" % (i.name, v)
                                 for i, v, _ in edits]
        out += ["\tprintf(\"%d\");" % ids.index(rule),
                "\tvmx_entry_check(&s, report, 0);", "\tprintf(\"\\n\");"]
    out += ["\treturn 0;", "}", ""]
    return "\n".join(out)


def main():
    tap = Tap()
    check = load_model().isa("vmx").entry_check
    ids = [r for r in check.rules if r.ok]
    base = entrycases.vmx_baseline(check)
    bad = entrycases.broken(check, base)
    tap.ok(not bad, "entry-check: the baseline passes every rule (Python)",
           ", ".join(r.name for r in bad))
    cases, missing = [], []
    for rule in tap.cases(ids, "entry checks in the spec"):
        got = entrycases.derive(check, base, rule)
        if got is None:
            missing.append(rule)
        else:
            cases.append((rule, got[0], got[1]))
    cc = default_compiler()
    if cc is None:
        tap.skip_all("no C compiler")
    wd = workdir("entry-check")
    src = write(os.path.join(wd, "t.c"), c_program(check, base, cases))
    exe = os.path.join(wd, "t")
    r = run([cc[1], "-O1", "-std=gnu11", "-Wall", "-Wextra", "-Werror"] +
            include_flags() + [src, "-o", exe])
    if not tap.ok(r.returncode == 0, "entry-check: the checker compiles",
                  r.stderr):
        tap.done()
    r = run([exe])
    lines = r.stdout.splitlines()
    tap.ok(lines[:1] == ["baseline"], "entry-check: the baseline passes "
           "every rule (C)", lines[:1])
    reported = {}
    for line in lines[1:]:
        words = line.split()
        reported[int(words[0])] = [int(w) for w in words[1:]]
    for rule, edits, expect in cases:
        want = [ids.index(x) for x in expect]
        got = reported.get(ids.index(rule))
        tap.ok(got == want, "entry-check %s (%s): %s breaks it%s" % (
            rule.name, rule.sdm, ", ".join("%s = %#x" % (i.name, v)
                                           for i, v, _ in edits),
            "" if len(expect) == 1 else " and %d more" % (len(expect) - 1)),
            "C reported %s, Python %s" % (
                [ids[i].name for i in got or []], [x.name for x in expect]))
    for rule in missing:
        tap.skip("entry-check %s (%s)" % (rule.name, rule.sdm),
                 "no state within two edits of each condition breaks it")
    tap.done()


main()
