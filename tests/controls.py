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
groups are checked, plus test groups (tests/controls/) of each shape.  And
vmx_ctls_msr()/vmx_ctls_adjust() with the capability MSRs three Bochs CPU
models really report (BOCHS_MSRS), against the SDM's rule and its default1
settings (SDM_CTLS, SDM_DEFAULT1: transcribed here from the SDM, not read
from the spec)."""

import glob
import os
import shutil

import yaml

from cmatrix import run_everywhere
from vmxtest import SRCDIR, Tap, spec_with, write

HERE = os.path.join(SRCDIR, "tests", "controls")
MASK64 = (1 << 64) - 1

# SDM Vol. 3D Appendix A: each control field's width and capability MSR,
# and the TRUE capability MSR that the processor has and that replaces it
# when bit 55 of IA32_VMX_BASIC is 1 (A.1; pin-based A.3.1, primary
# processor-based A.3.2, secondary A.3.3, tertiary A.3.4, primary VM-exit
# A.4.1, secondary VM-exit A.4.2, VM-entry A.5).
SDM_TRUE_CTLS_BIT = 55
SDM_CTLS = {           # enum vmx_ctls suffix: (width, MSR, TRUE MSR)
    "PIN": (32, 0x481, 0x48d),
    "PROC": (32, 0x482, 0x48e),
    "PROC2": (32, 0x48b, None),
    "PROC3": (64, 0x492, None),
    "EXIT": (32, 0x483, 0x48f),
    "EXIT2": (64, 0x493, None),
    "ENTRY": (32, 0x484, 0x490),
}
# The default1 controls (SDM A.2): the plain capability MSRs report them as
# fixed to 1.  Pin-based bits 1, 2, 4 (A.3.1); primary processor-based
# bits 1, 4-6, 8, 13-16, 26 (A.3.2); VM-exit bits 0-8, 10, 11, 13, 14, 16,
# 17 (A.4.1); VM-entry bits 0-8, 12 (A.5).  The same masks are Linux's
# asm/vmx.h *_ALWAYSON_WITHOUT_TRUE_MSR and Bochs's cpu/vmx.h *_CTRLS_LO.
SDM_DEFAULT1 = {"PIN": 0x16, "PROC": 0x0401e172, "EXIT": 0x36dff,
                "ENTRY": 0x11ff}

# The capability MSRs of the three Bochs CPU models tests/bochs/run-bochs.sh
# runs (Debian bochs 2.7+dfsg-4+deb12u1), as the test kernel prints them
# (tests/bochs/exits.c, "VMXT INFO msr <index>=<value>", copied from
# tests/bochs/run-bochs.log on 2026-12-01): IA32_VMX_BASIC and the control
# MSRs.  The models have no tertiary or secondary VM-exit controls (the
# activate bits are not allowed: no 0x492, 0x493; reading one raises #GP).
BOCHS_MSRS = {
    "core2_penryn_t9600": {
        0x480: 0x00d810000000002b,
        0x481: 0x0000003f00000016, 0x482: 0xf7f9fffe0401e172,
        0x483: 0x0003ffff00036dff, 0x484: 0x00003fff000011ff,
        0x48b: 0x0000004100000000,
        0x48d: 0x0000003f00000016, 0x48e: 0xf7f9fffe04006172,
        0x48f: 0x0003ffff00036dfb, 0x490: 0x00003fff000011fb,
    },
    "corei7_skylake_x": {
        0x480: 0x00d810000000002b,
        0x481: 0x0000007f00000016, 0x482: 0xf7f9fffe0401e172,
        0x483: 0x007fffff00036dff, 0x484: 0x0000ffff000011ff,
        0x48b: 0x02177fff00000000,
        0x48d: 0x0000007f00000016, 0x48e: 0xf7f9fffe04006172,
        0x48f: 0x007fffff00036dfb, 0x490: 0x0000ffff000011fb,
    },
    "corei7_icelake_u": {
        0x480: 0x00d8100000000004,
        0x481: 0x0000007f00000016, 0x482: 0xfff9fffe0401e172,
        0x483: 0x007fffff00036dff, 0x484: 0x0000ffff000011ff,
        0x48b: 0x02977fff00000000,
        0x48d: 0x0000007f00000016, 0x48e: 0xfff9fffe04006172,
        0x48f: 0x007fffff00036dfb, 0x490: 0x0000ffff000011fb,
    },
}


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


def adjust(width, cap, required, optional):
    """The SDM's rule (Appendix A.3-A.5), computed here: a 32-bit field's
    MSR has allowed-0 settings in bits 31:0 (1: the control must be 1) and
    allowed-1 settings in bits 63:32 (0: it must be 0); a 64-bit field's
    MSR has allowed-1 settings only (A.3.4, A.4.2)."""
    if width == 64:
        allowed1, forced1 = cap, 0
    else:
        allowed1, forced1 = cap >> 32, cap & 0xffffffff
    return (((required | optional) & allowed1) | forced1) & MASK64, \
        required & ~allowed1 & MASK64


def bochs_checks(P, p):
    """C checks of <p>ctls_msr() and <p>ctls_adjust() with the MSR values
    of BOCHS_MSRS: per model, group and MSR it has (the plain one and the
    TRUE one), nothing asked, every control asked as optional, every
    control required (what is missing is exactly what the MSR does not
    allow), and the controls tests/bochs/exits.c asks for.  A group whose
    MSR the model does not have allows nothing (SDM A.3.3, A.3.4, A.4.2:
    the MSR exists only if the activate control may be 1)."""
    # What the Bochs kernel requires (tests/bochs/exits.c): HLT (bit 7),
    # CR3-load (15), unconditional I/O exiting (24) (SDM 25.6.2);
    # host address-space size (exit bit 9, 25.7.1); IA-32e mode guest
    # (entry bit 9, 25.8.1); enable EPT (secondary bit 1, 25.6.2).
    asks = {"PROC": (1 << 7) | (1 << 15) | (1 << 24), "EXIT": 1 << 9,
            "ENTRY": 1 << 9, "PROC2": 1 << 1}
    out = []
    for model, msrs in BOCHS_MSRS.items():
        basic = msrs[0x480]
        for const, (width, plain, true) in SDM_CTLS.items():
            g = P + "CTLS_" + const
            want_msr = true if true and basic >> SDM_TRUE_CTLS_BIT & 1 \
                else plain
            out.append("\tcheck(%sctls_msr(%s, %#xULL) == %#x, \"%s: %s "
                       "msr\");" % (p, g, basic, want_msr, model, const))
            mask = (1 << width) - 1
            for msr in (plain, true):
                if msr is None:
                    continue
                cap = msrs.get(msr, 0)
                cases = [(0, 0), (0, mask), (mask, 0)]
                if const in asks:
                    cases.append((asks[const], 0))
                for required, optional in cases:
                    value, missing = adjust(width, cap, required, optional)
                    out.append("\tv = 0x5a5a;")
                    out.append("\tcheck(%sctls_adjust(%s, %#xULL, %#xULL, "
                               "%#xULL, &v) == %#xULL && v == %#xULL, "
                               "\"%s: %s MSR %#x required %#x optional "
                               "%#x\");"
                               % (p, g, cap, required, optional, missing,
                                  value, model, const, msr, required,
                                  optional))
                # The plain MSRs force exactly the default1 controls.
                if msr == plain and const in SDM_DEFAULT1 and msr in msrs:
                    out.append("\tcheck(%sctls_adjust(%s, %#xULL, 0, 0, &v) "
                               "== 0 && v == %#xULL, \"%s: %s default1\");"
                               % (p, g, cap, SDM_DEFAULT1[const], model,
                                  const))
    # Worked by hand from the MSR values above (SDM A.3.2, A.3.3):
    # penryn's secondary controls allow bits 0 and 6 only (bits 32, 38 of
    # 0x4100000000): requiring "Enable EPT" (bit 1) leaves it missing,
    # with nothing forced; the TRUE primary controls force bits 1, 4-6, 8,
    # 13, 14, 26 (0x04006172), plus HLT, CR3-load and unconditional I/O
    # exiting: 0x0500e1f2; the plain MSR also forces CR3-load and
    # CR3-store exiting (bits 15, 16): 0x0401e172 with nothing asked.
    for cap, g, required, missing, value in (
            (0x0000004100000000, "PROC2", 1 << 1, 1 << 1, 0),
            (0xf7f9fffe04006172, "PROC", 0x01008080, 0, 0x0500e1f2),
            (0xf7f9fffe0401e172, "PROC", 0, 0, 0x0401e172)):
        out.append("\tv = 0x5a5a;")
        out.append("\tcheck(%sctls_adjust(%sCTLS_%s, %#xULL, %#xULL, 0, &v) "
                   "== %#xULL && v == %#xULL, \"penryn by hand: %s %#x\");"
                   % (p, P, g, cap, required, missing, value, g, required))
    out.append("\tcheck(same(%sctls_bit_name(%sCTLS_PROC2, 1), \"Enable "
               "EPT\"), \"the missing bit's name\");" % (p, P))
    return out


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
        if name == "vmx":
            out += bochs_checks("VMX_", "vmx_")
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
                value, missing = adjust(g["width"], cap, required, optional)
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
    for name, rc, text in run_everywhere(src, out, wd, "controls"):
        last = text.strip().splitlines()[-1] if rc is not None and \
            text.strip() else "did not compile"
        tap.ok(rc == 0, "%s: bit names, MSR choice and the adjust rule of "
               "%d groups, CR0/CR4 fixed bits, vmx_ctls_msr/adjust with the "
               "MSRs of %d Bochs models (%s)"
               % (name, ngroups, len(BOCHS_MSRS), last), text)
    shutil.rmtree(wd)
    tap.done()


if __name__ == "__main__":
    main()
