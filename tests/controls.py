#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The control-field helpers against values computed here from the spec
(read with yaml, never through gen/): <isa>_ctls_bit_name() over every bit
of every group (the SDM name, NULL in the gaps), <isa>_ctls_msr() with the
TRUE-controls bit of the basic MSR set and clear, and <isa>_ctls_adjust()
against hand-made capability values (forced-1 bits, a required control
that is not allowed, optional ones, the 64-bit groups that have allowed-1
settings only), and the fixed-register helpers (CR0, CR4: FIXED0 bits
forced to 1, bits clear in FIXED1 forced to 0), with gcc and clang, -m64 and -m32.  The spec's own control
groups are checked, plus test groups (tests/controls/) of each shape."""

import glob
import os
import shutil

import yaml

from vmxtest import SRCDIR, Tap, run_everywhere, spec_with, write

HERE = os.path.join(SRCDIR, "tests", "controls")
MASK64 = (1 << 64) - 1


def spec_tables(spec):
    """{isa: (isa data, groups, capabilities by name)} from the YAML."""
    out = {}
    for isa_file in sorted(glob.glob(os.path.join(spec, "*", "isa.yaml"))):
        folder = os.path.dirname(isa_file)
        with open(isa_file) as f:
            isa = yaml.safe_load(f)["isa"]
        groups, caps, fixed = [], {}, []
        for path in sorted(glob.glob(os.path.join(folder, "**", "*.yaml"),
                                     recursive=True)):
            with open(path) as f:
                data = yaml.safe_load(f)
            groups += data.get("control_groups") or []
            fixed += data.get("fixed_registers") or []
            for c in data.get("capabilities") or []:
                caps[c["name"]] = c
        if groups or fixed:
            out[isa["name"]] = (isa, groups, caps, fixed)
    return out


def adjust(group, cap, required, optional):
    """The SDM's rule (Appendix A.3-A.5), computed here."""
    if group["width"] == 64:
        allowed1, forced1 = cap, 0
    else:
        allowed1, forced1 = cap >> 32, cap & 0xffffffff
    return (((required | optional) & allowed1) | forced1) & MASK64, \
        required & ~allowed1 & MASK64


def cstr(text):
    return '"%s"' % text.replace("\\", "\\\\").replace('"', '\\"') \
        .replace("??", "?\\?")


def program(tables):
    out = ["#include <stdio.h>", "#include <string.h>"]
    out += ["#include <vmxgen/%s.h>" % name for name in tables]
    out += ["", "static int failed, n;", "",
            "static void check(int ok, const char *what)", "{", "\tn++;",
            "\tif (!ok) {", "\t\tprintf(\"FAIL %s\\n\", what);",
            "\t\tfailed++;", "\t}", "}", "",
            "static int same(const char *a, const char *b)", "{",
            "\treturn a && b ? !strcmp(a, b) : a == b;", "}", "",
            "int main(void)", "{", "\tvmx_u64 v;"]
    for name, (isa, groups, caps, fixed) in tables.items():
        for r in fixed:
            f = "%s_%s_" % (name, r["name"])
            # FIXED0 = 1: fixed to 1; FIXED1 = 0: fixed to 0 (SDM A.7/A.8).
            for v, f0, f1 in ((0, 0x80000021, 0xffffffff),
                              (MASK64, 0x21, 0xffffffff),
                              (0x5a5a5a5a, 0x2000, 0x3767ff),
                              (0, 0, 0), (MASK64, MASK64, MASK64)):
                want = (v | f0) & f1
                out.append("\tcheck(%sadjust(%#xULL, %#xULL, %#xULL) == %#xULL "
                           "&& %smust_be_1(%#xULL) == %#xULL && "
                           "%smust_be_0(%#xULL) == %#xULL, \"%s adjust %#x\");"
                           % (f, v, f0, f1, want, f, f0, f0, f, f1,
                              ~f1 & MASK64, f, v))
        P, p = name.upper() + "_", name + "_"
        vmcs = isa.get("vmcs") or {}
        true_bit = vmcs.get("true_controls_bit")
        for g in groups:
            const = P + "CTLS_" + g["constant"]
            names = {b["bit"]: b["sdm_name"] for b in g["bits"]}
            for bit in range(g["width"] + 2):
                want = cstr(names[bit]) if bit in names else "(const char *)0"
                out.append("\tcheck(same(%sctls_bit_name(%s, %d), %s), "
                           "\"%s bit %d name\");" % (p, const, bit, want,
                                                      const, bit))
            for b in g["bits"]:
                out.append("\tcheck(%sCTL_%s_%s == %#xULL, \"%sCTL_%s_%s\");"
                           % (P, g["constant"], b["name"].upper(),
                              1 << b["bit"], P, g["constant"],
                              b["name"].upper()))
            plain = caps[g["msr"]]["msr"]
            true = caps[g["true_msr"]]["msr"] if g.get("true_msr") else plain
            if true_bit is not None:
                for basic, want in ((0, plain), (1 << true_bit, true),
                                    (MASK64 & ~(1 << true_bit), plain),
                                    (MASK64, true)):
                    out.append("\tcheck(%sctls_msr(%s, %#xULL) == %#x, "
                               "\"%s msr with basic %#x\");"
                               % (p, const, basic, want, const, basic))
            width_mask = (1 << g["width"]) - 1
            cases = [
                (0, 0, 0),                               # nothing allowed
                (MASK64, width_mask, 0),                 # everything allowed
                ((0x0000000f << 32) | 0x3, 0x4, 0x8),    # forced 0,1; 2 ok
                ((0x0000000a << 32) | 0x2, 0x5, 0x8),    # 0 and 2 not allowed
                (0x8000000000000001, 0x8000000000000001 & width_mask, 0x2),
                (0xffffffff00000000, 0, width_mask),     # optional: all allowed
            ]
            for cap, required, optional in cases:
                value, missing = adjust(g, cap, required, optional)
                out.append("\tv = 0x5a5a;")
                out.append("\tcheck(%sctls_adjust(%s, %#xULL, %#xULL, %#xULL, "
                           "&v) == %#xULL && v == %#xULL, \"%s adjust cap "
                           "%#x required %#x optional %#x\");"
                           % (p, const, cap, required, optional, missing,
                              value, const, cap, required, optional))
    out += ["\tprintf(\"%d checks, %d failed\\n\", n, failed);",
            "\treturn failed != 0;", "}", ""]
    return "\n".join(out)


def main():
    tap = Tap()
    wd, spec, out, r = spec_with("controls", {
        "vmx/controls-test.yaml": os.path.join(HERE, "test-controls.yaml")})
    if not tap.ok(r.returncode == 0, "the spec with the test control groups "
                  "generates", r.stderr):
        tap.done()
    tables = spec_tables(spec)
    ngroups = sum(len(t[1]) for t in tables.values())
    tap.ok(ngroups >= 3, "%d control groups to check" % ngroups)
    src = write(os.path.join(wd, "controls.c"), program(tables))
    for cname, mode, rc, text in run_everywhere(src, out, wd, "controls"):
        last = text.strip().splitlines()[-1] if rc is not None and \
            text.strip() else "did not compile"
        tap.ok(rc == 0, "%s %s: bit names, MSR choice and the adjust rule of "
               "%d groups, CR0/CR4 fixed bits (%s)" % (cname, mode, ngroups,
                                                       last), text)
    shutil.rmtree(wd)
    tap.done()


if __name__ == "__main__":
    main()
