#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Many mistakes at once, and messages that say how to fix them.

The real spec with several independent mistakes in several files must
report every one of them in one run, at its place, in file order (files in
the generator's order, then line, then column), up to the limit of 50 and
then say it stopped.  Where a likely fix exists the message says it: the
key or value meant ("did you mean 'operands'?"), the range a number must be
in, the bit range the other way round.

Schema-level mistakes (shape of single entries), model-level ones
(duplicates, references, bit coverage) and the C backend's (names that
are keywords, reserved or taken) are separate runs: the model is built
from the entries that have the right shape, and the backend checks only a
model without mistakes.
"""

import os
import re
import shutil

import yaml

import badspec
import forkserver
import specload
from badspec import Case, Edit
from vmxtest import (GEN, PYTHON, SPEC, Tap, default_compiler, include_flags,
                     parallel, run, workdir, write)

# Edits of a copy of the real spec (tests/lib/badspec.py): (file, old
# text, new text, the part of the new text the error points at, what the
# message must say (regex), test name).  The error points at the last
# 'point' in the new text or, if it has none, at the nearest one before
# the edit.
# The allowed keys a message lists come from the schema, not a copy here.
with open(os.path.join(os.path.dirname(GEN), "schema.yaml")) as _f:
    SCHEMA = yaml.safe_load(_f)

SCHEMA_MISTAKES = [
    ("vmx/instructions/vmxon.yaml", "    operands:", "    operandz:", "operandz",
     r"unknown key 'operandz'; did you mean 'operands'\?$",
     "misspelt key: did you mean 'operands'?"),
    ("vmx/instructions/vmxon.yaml", "opcode: 0xc7", "opcode: 0x1c7", "0x1c7",
     r"'opcode': integer 455 is out of range; expected 0\.\.255 "
     r"\(0x0\.\.0xff\)$", "opcode out of range: expected 0..255"),
    ("vmx/instructions/invept.yaml", "role: read", "role: reed", "reed",
     r"'role': string 'reed' is not one of: read, write, readwrite; did you mean "
     r"'read'\?$", "misspelt value: did you mean 'read'?"),
    ("vmx/instructions/vmptrst.yaml", "- mnemonic: vmptrst", "- mnemonik: vmptrst",
     "mnemonik", r"unknown key 'mnemonik'; did you mean 'mnemonic'\?$",
     "misspelt key: did you mean 'mnemonic'?"),
    ("vmx/instructions/vmptrst.yaml", "memory_clobber: false",
     "memory_clobber: false\n    colour: blue", "colour",
     r"unknown key 'colour' \(allowed here: %s\)$" % ", ".join(
         sorted(SCHEMA["definitions"]["instruction"]["properties"])),
     "unknown key with no near match: the keys allowed there"),
    ("vmx/instructions/vmptrst.yaml", "opcode: 0xc7", 'opcode: "0xzz"', '"0xzz"',
     r"'opcode': '0xzz' is not a valid hexadecimal number$",
     "quoted bad hex number"),
    ("vmx/layouts.yaml", "bits: 128", "bits: 5000", "5000",
     r"'bits': integer 5000 is out of range; expected 8\.\.4096 "
     r"\(0x8\.\.0x1000\)$", "layout size out of range: expected 8..4096"),
    ("vmx/capabilities.yaml", "{bit: 0,", "{bit: 64,", "64",
     r"'bit': integer 64 is out of range; expected 0\.\.63 \(0x0\.\.0x3f\)$",
     "capability bit out of range: expected 0..63"),
    ("vmx/vm-instruction-errors.yaml", "{number: 1,", "{number: one,", "one",
     r"'number' must be an integer, not string 'one'$",
     "wrong type: must be an integer"),
    ("vmx/vmcs-fields.yaml", "encoding: 0x0000,", "encoding: 0x10000,", "0x10000",
     r"'encoding': integer 65536 is out of range; expected 0\.\.65535",
     "VMCS encoding out of range: expected 0..65535"),
    ("vmx/capabilities.yaml", 'description: "EPT supports execute-only',
     'description: "' + "x" * 450 + '', '"xxx',
     r"'description': string 'x{37}\.\.\.' is longer than 400 characters "
     r"\(\d+\)$", "text too long: the limit and the length, not the text"),
    ("vmx/exit-reasons.yaml", "{number: 0, name: exception_or_nmi",
     "{number: 0, name: exception_or_nmi, number: 0", "number",
     r"duplicate key 'number' \(first given at line \d+\)$",
     "duplicate key (YAML level), with the first one's line"),
]

MODEL_MISTAKES = [
    ("vmx/layouts.yaml", '{bits: "63:0", name: eptp', '{bits: "0:63", name: eptp',
     '"0:63"', r"bit range '0:63' is reversed; write it high:low, as '63:0'$",
     "reversed bit range: write it as '63:0'"),
    ("vmx/layouts.yaml", '{bits: "63:16", reserved: zero',
     '{bits: "63:8", reserved: zero', '{bits: "63:8"',
     r"bits 63:8 overlap bits 15:0 \(spec/vmx/layouts\.yaml:\d+:\d+\) at bit 8$",
     "overlapping bit ranges, naming the other range"),
    ("vmx/enums.yaml", "{name: GLOBAL, value: 2", "{name: GLOBAL, value: 1",
     "{name: GLOBAL", r"duplicate value 1 in enum 'invept_type' \(GLOBAL\); "
     r"give each constant its own value \(first defined at "
     r"spec/vmx/enums.yaml:\d+:\d+\)$", "duplicate enum value"),
    ("vmx/instructions/invept.yaml", "layout: invept_descriptor}",
     "layout: inveptt}", "{name: descriptor", r"operand 'descriptor' names "
     r"layout 'inveptt', which the spec does not define$",
     "reference to an undefined layout"),
    ("vmx/instructions/vmptrst.yaml", "- mnemonic: vmptrst", "- mnemonic: vmptrld",
     "vmptrld", r"duplicate instruction 'vmptrld' \(first defined at "
     r"spec/vmx/instructions/vmptrld.yaml:\d+:\d+\)$",
     "duplicate instruction, naming the first"),
    ("vmx/vmcs-fields.yaml", "encoding: 0x0002,", "encoding: 0x23fe,", "0x23fe",
     r"has width bits 14:13 = 1 \(64-bit\) but the field is declared width 16$",
     "VMCS encoding whose width bits disagree with the width"),
]


# The C backend checks its names once the model holds no mistake: a run
# of their own.
C_NAME_MISTAKES = [
    ("vmx/instructions/vmxon.yaml", "{name: vmxon_pa,", "{name: int,", "{name: int",
     r"C name 'int' of parameter of vmx_vmxon\(\) is a C keyword; rename it "
     r"in the spec$", "C keyword as a parameter name"),
    ("vmx/instructions/vmptrld.yaml", "{name: vmcs_pa,", "{name: __pa,",
     "{name: __pa", r"C name '__pa' of parameter of vmx_vmptrld\(\) is reserved "
     r"for the C implementation \(leading underscore\); rename it in the spec$",
     "reserved identifier as a parameter name"),
    ("vmx/instructions/vmptrst.yaml", "{name: vmcs_pa,", "{name: vmx_vmclear,",
     "{name: vmx_vmclear", r"C name 'vmx_vmclear' of parameter of "
     r"vmx_vmptrst\(\) is also the C name of instruction 'vmclear' "
     r"\(spec/vmx/instructions/vmclear.yaml:\d+:\d+\), which would be hidden "
     r"by it$", "a parameter hiding a wrapper, naming both"),
]

# What fuzzing found the generator accepting (and then writing broken C or
# crashing on): now refused, each with its reason.
FOUND_BY_FUZZING = [
    ("vmx/enums.yaml", "{name: GLOBAL, value: 2", "{name: GLOBAL, value: 2.0",
     "2.0", r"'2\.0' is not written as a decimal or 0x hexadecimal integer",
     "a float where an integer belongs (was printed into C as '2.0')"),
    ("vmx/instructions/vmxon.yaml", "summary: enter VMX root operation",
     'summary: "enter VMX */ root operation"', '"enter',
     r"'summary': string 'enter VMX \*/ root operation' is not one line of "
     r"text without control characters or '\*/'$",
     "'*/' in a summary (would end the C comment)"),
    ("vmx/instructions/vmptrst.yaml", "summary: store the current-VMCS pointer",
     'summary: "store the\\nVMCS pointer"', '"store',
     r"'summary': string 'store the\\x0aVMCS pointer' is not one line",
     "a newline in a summary, shown escaped in the message"),
    ("vmx/instructions/vmptrld.yaml", "- mnemonic: vmptrld",
     '- mnemonic: "vmptrld\\n"', '"vmptrld',
     r"'mnemonic': string 'vmptrld\\x0a' is not a lower-case C identifier",
     "a C name with a trailing newline (pattern '$' matched before it)"),
    ("vmx/instructions/vmcall.yaml", "summary: call to the VM monitor",
     'summary: "call\\0 to the VM monitor"', '"call',
     r"'summary': string 'call\\x00 to the VM monitor' is not one line",
     "a NUL character in a summary"),
]

FOUND_BY_FUZZING_MODEL = [
    ("vmx/enums.yaml", "    capability: invept\n", "", "name: invept_type",
     r"enum 'invept_type' gives capability bits for its values, so it "
     r"needs 'capability:' too", "an enum with value capabilities but none "
     "of its own (crashed a template)"),
    # No edit: the error is about the ISA's VMCS access, in isa.yaml.
    ("vmx/isa.yaml", "    read: vmread\n    write: vmwrite\n",
     "    read: vmread\n    write: vmwrite\n", "read: vmread",
     r"the VMCS field accessors need instruction 'vmwrite', which ISA 'vmx' "
     r"does not define$", "VMCS fields without the vmwrite instruction "
     "(the accessors call vmx_vmwrite())"),
]

# Found by issue 19: an inconsistent status model is reported where it
# is, not again at every instruction that lists its outcomes.
FOUND_IN_ISSUE_19 = [
    ("vmx/isa.yaml", "value: 1\n        flag: zf", "value: 1\n        flag: none",
     "- name: VMsucceed", r"an rflags status model needs exactly one outcome "
     r"with flag: none \(the success\), not 2$", "VMfailValid with flag: "
     "none: one error, at isa.yaml (not at vmlaunch/vmresume too)"),
]


def run_mistakes(title, mistakes, delete=()):
    """(Run, the spec's file order) of the real spec with mistakes made and
    the files delete deleted; (LookupError, None) if a mistake no longer
    applies."""
    case = Case(title, {rel: None for rel in delete}, base="real",
                edits=[Edit(*m) for m in mistakes])
    try:
        r = badspec.run(case, keep=True)
    except LookupError as e:
        return e, None
    order = {rel: i for i, rel in enumerate(specload.spec_files(r.spec))}
    shutil.rmtree(r.wd)
    return r, order


def check_run(tap, title, r, order):
    if order is None:
        tap.ok(False, "%s: the spec still has the text the test edits" % title,
               str(r))
        return
    tap.ok(r.refused, "%s: exit 2, no traceback, output untouched" % title,
           r.report())
    for e in r.expect:
        tap.ok(r.found(e), "%s at %s: error: %s" % (e.name, e.where, e.regex[:60]),
               r.stderr)
    # Every mistake reported, nothing else, in file order.
    keys = []
    for l in r.lines:
        m = re.match(r"spec(/.+?)?:(\d+):(\d+): error: ", l)
        keys.append((order.get((m.group(1) or "/")[1:], -1), int(m.group(2)),
                     int(m.group(3))) if m else None)
    tap.ok(None not in keys and keys == sorted(keys),
           "%s: all %d errors in file order (file, line, column)"
           % (title, len(keys)), r.stderr)
    tap.ok(len(r.lines) == len(r.expect),
           "%s: %d independent mistakes, %d errors: one each"
           % (title, len(r.expect), len(r.lines)), r.stderr)


def check_limit(tap):
    """60 mistakes: the first 50 in file order, then 'too many errors'."""
    rel = "vmx/vmcs-fields.yaml"
    with open(os.path.join(SPEC, rel), encoding="utf-8") as f:
        text = f.read().splitlines(True)
    where = []
    for i, l in enumerate(text):
        if ", width: " in l and len(where) < 60:
            text[i] = l.replace(", width: ", ", widht: ")
            where.append((i + 1, text[i].index("widht") + 1))
    r = badspec.run(Case("limit", {rel: "".join(text)}, base="real"))
    got = []
    for l in r.lines[:-1]:
        m = re.match(r"spec/%s:(\d+):(\d+): error: unknown key "
                     r"'widht'; did you mean 'width'\?$" % re.escape(rel), l)
        got.append((int(m.group(1)), int(m.group(2))) if m else l)
    tap.ok(len(where) == 60 and r.rc == 2 and got == where[:50] and
           r.lines[-1:] == ["vmxgen: error: too many errors, stopping after 50"],
           "60 misspelt keys: the first 50, in order, each with its "
           "did-you-mean, then 'too many errors, stopping after 50'",
           "%d edits\n%s" % (len(where), r.stderr[-3000:]))


def check_no_assembler(tap):
    """The C backend assembles every wrapper's instruction to check it
    against the spec's encoding: without an assembler the generator says
    so, once per ISA, writes nothing and prints no traceback."""
    wd = workdir("diag-no-as")
    out = os.path.join(wd, "out")
    os.makedirs(out)
    missing = os.path.join(wd, "no-such-as")
    r = run([PYTHON, GEN, "-q", "--spec", os.path.basename(SPEC), "--output",
             out], env=dict(os.environ, VMXGEN_AS=missing),
            cwd=os.path.dirname(SPEC))
    found = re.findall(r"(?m)^spec/[a-z0-9_]+/isa\.yaml:\d+:\d+: error: no "
                       r"assembler to check the asm text against the "
                       r"encodings \(VMXGEN_AS=%s is no program\)"
                       % re.escape(missing), r.stderr)
    tap.ok(r.returncode == 2 and found and len(found) == len(
        r.stderr.splitlines()) and "Traceback" not in r.stderr and
        not os.listdir(out),
        "no assembler (VMXGEN_AS names no program): exit 2, one error per "
        "ISA at its isa.yaml, nothing written", r.stderr)
    shutil.rmtree(wd)


def check_spec_path(tap):
    """Errors name the spec directory as the command line did: from
    another directory, '--spec some/where/spec' (and the same with a
    trailing slash) reports some/where/spec/vmx/..., not spec/vmx/...,
    which from the project's root would be the checkout's own file."""
    wd = workdir("diag-spec-path")
    spec = os.path.join(wd, "some", "where", "spec")
    shutil.copytree(SPEC, spec)
    out = os.path.join(wd, "out")
    os.makedirs(out)
    rel = os.path.join("vmx", "instructions", "vmxon.yaml")
    path = os.path.join(spec, rel)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    write(path, text.replace("    operands:", "    operandz:", 1))
    for given in ("some/where/spec", "some/where/spec/"):
        r = run([PYTHON, GEN, "-q", "--spec", given, "--output", out], cwd=wd)
        lines = r.stderr.splitlines()
        tap.ok(r.returncode == 2 and len(lines) == 1 and lines[0].startswith(
            "some/where/spec/%s:" % rel) and "unknown key 'operandz'"
            in lines[0], "--spec %s: the error names some/where/spec/%s"
            % (given, rel), r.stderr)
    shutil.rmtree(wd)


def check_tables_optional(tap):
    """Found by fuzzing: a spec without VMCS fields, exit reasons or
    VM-instruction errors gave an empty C enum.  The templates now leave
    out what has no entries; the headers must still compile."""
    wd = workdir("diag-tables")
    spec = os.path.join(wd, "spec")
    out = os.path.join(wd, "out")
    shutil.copytree(SPEC, spec)
    os.makedirs(out)
    for name in ("vmcs-fields.yaml", "exit-reasons.yaml",
                 "vm-instruction-errors.yaml"):
        os.remove(os.path.join(spec, "vmx", name))
    # ... the control groups, each of which names its VMCS field, the
    # guest entry, which writes HOST_RSP and HOST_RIP, the entry checks,
    # whose rules read VMCS fields and name exit reasons and errors ...
    for rel in specload.spec_files(spec):
        with open(os.path.join(spec, rel), encoding="utf-8") as f:
            if re.search(r"(?m)^(control_groups|guest_entry|entry_checks?):", f.read()):
                os.remove(os.path.join(spec, rel))
    # ... and the ISA's VMCS access, which names a VMCS field.
    isa = os.path.join(spec, "vmx", "isa.yaml")
    with open(isa) as f:
        text = f.read()
    write(isa, re.sub(r"\n  vmcs:\n(    .*\n)+", "\n", text))
    r = run([PYTHON, GEN, "-q", "--spec", spec, "--output", out])
    src = write(os.path.join(wd, "use.c"), "#include <vmxgen/vmx.h>\n")
    cname, cc = default_compiler()
    c = run(cc.split() + ["-Wall", "-Wextra", "-Werror", "-fsyntax-only", src]
            + include_flags(out))
    tap.ok(r.returncode == 0 and c.returncode == 0,
           "found by fuzzing: a spec without VMCS fields, exit reasons or "
           "VM-instruction errors generates headers that compile (%s)" % cname,
           r.stderr + c.stderr)
    shutil.rmtree(wd)


def main():
    forkserver.start()
    tap = Tap()
    runs = [("schema mistakes in 8 files", SCHEMA_MISTAKES, ()),
            ("model mistakes in 5 files", MODEL_MISTAKES, ()),
            ("C name mistakes in 3 files", C_NAME_MISTAKES, ()),
            ("found by fuzzing, schema", FOUND_BY_FUZZING, ()),
            ("found by fuzzing, model", FOUND_BY_FUZZING_MODEL,
             ["vmx/instructions/vmwrite.yaml"]),
            ("found by issue 19, model", FOUND_IN_ISSUE_19, ())]
    for (title, _, _), (r, order) in zip(runs, parallel(
            lambda run: run_mistakes(*run), runs)):
        check_run(tap, title, r, order)
    check_tables_optional(tap)
    check_spec_path(tap)
    check_no_assembler(tap)
    check_limit(tap)
    tap.done()


if __name__ == "__main__":
    main()
