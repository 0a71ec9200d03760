#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Many mistakes at once, and messages that say how to fix them.

The real spec with several independent mistakes in several files must
report every one of them in one run, at its place, in file order (files in
the generator's order, then line, then column), up to the limit of 50 and
then say it stopped.  Where a likely fix exists the message says it: the
key or value meant ("did you mean 'operands'?"), the range a number must be
in, the bit range the other way round.

Schema-level mistakes (shape of single entries) and model-level ones
(duplicates, references, bit coverage) are separate runs: the model is only
built once every entry has the right shape.
"""

import os
import re
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "lib"))
from vmxtest import GEN, PYTHON, SRCDIR, Tap, run, snapshot, workdir  # noqa: E402

import specload  # noqa: E402

# (file, old text, new text, the part of new text the error points at,
#  what the message must say (regex), test name)
# The error points at the last 'point' in the new text or, if it has none,
# at the nearest one before the edit.
SCHEMA_MISTAKES = [
    ("instructions/vmxon.yaml", "    operands:", "    operandz:", "operandz",
     r"unknown key 'operandz'; did you mean 'operands'\?$",
     "misspelt key: did you mean 'operands'?"),
    ("instructions/vmxon.yaml", "opcode: 0xc7", "opcode: 0x1c7", "0x1c7",
     r"'opcode': integer 455 is out of range; expected 0\.\.255 "
     r"\(0x0\.\.0xff\)$", "opcode out of range: expected 0..255"),
    ("instructions/invept.yaml", "role: read", "role: reed", "reed",
     r"'role': string 'reed' is not one of: read, write; did you mean "
     r"'read'\?$", "misspelt value: did you mean 'read'?"),
    ("instructions/vmptrst.yaml", "- mnemonic: vmptrst", "- mnemonik: vmptrst",
     "mnemonik", r"unknown key 'mnemonik'; did you mean 'mnemonic'\?$",
     "misspelt key: did you mean 'mnemonic'?"),
    ("instructions/vmptrst.yaml", "memory_clobber: false",
     "memory_clobber: false\n    colour: blue", "colour",
     r"unknown key 'colour' \(allowed here: description, encoding, "
     r"memory_clobber, mnemonic, operands, outcomes, parameters, sdm, "
     r"success_enters_guest, summary\)$",
     "unknown key with no near match: the keys allowed there"),
    ("instructions/vmptrst.yaml", "opcode: 0xc7", 'opcode: "0xzz"', '"0xzz"',
     r"'opcode': '0xzz' is not a valid hexadecimal number$",
     "quoted bad hex number"),
    ("descriptors.yaml", "size: 128", "size: 5000", "5000",
     r"'size': integer 5000 is out of range; expected 8\.\.4096 "
     r"\(0x8\.\.0x1000\)$", "descriptor size out of range: expected 8..4096"),
    ("capabilities.yaml", "{bit: 0,", "{bit: 64,", "64",
     r"'bit': integer 64 is out of range; expected 0\.\.63 \(0x0\.\.0x3f\)$",
     "capability bit out of range: expected 0..63"),
    ("vm-instruction-errors.yaml", "{number: 1,", "{number: one,", "one",
     r"'number' must be an integer, not string 'one'$",
     "wrong type: must be an integer"),
    ("vmcs-fields.yaml", "encoding: 0x0000,", "encoding: 0x10000,", "0x10000",
     r"'encoding': integer 65536 is out of range; expected 0\.\.65535",
     "VMCS encoding out of range: expected 0..65535"),
    ("capabilities.yaml", 'description: "EPT supports execute-only',
     'description: "' + "x" * 450 + '', '"xxx',
     r"'description': string 'x{37}\.\.\.' is longer than 400 characters "
     r"\(\d+\)$", "text too long: the limit and the length, not the text"),
    ("exit-reasons.yaml", "{number: 0, name: exception_or_nmi",
     "{number: 0, name: exception_or_nmi, number: 0", "number",
     r"duplicate key 'number' \(first given at line \d+\)$",
     "duplicate key (YAML level), with the first one's line"),
]

MODEL_MISTAKES = [
    ("descriptors.yaml", '{bits: "63:0", name: eptp', '{bits: "0:63", name: eptp',
     '"0:63"', r"bit range '0:63' is reversed; write it high:low, as '63:0'$",
     "reversed bit range: write it as '63:0'"),
    ("descriptors.yaml", '{bits: "63:16", reserved: true',
     '{bits: "63:8", reserved: true', '{bits: "63:8"',
     r"bits 63:8 overlap bits 15:0 \(line \d+\) at bit 8$",
     "overlapping bit ranges, naming the other range"),
    ("enums.yaml", "{name: GLOBAL, value: 2", "{name: GLOBAL, value: 1",
     "{name: GLOBAL", r"duplicate value 1 in enum vmx_invept_type "
     r"\(VMX_INVEPT_GLOBAL\) \(first defined at spec/enums.yaml:\d+\); give "
     r"each constant its own value$", "duplicate enum value"),
    ("instructions/invept.yaml", "descriptor: invept}", "descriptor: inveptt}",
     "{name: descriptor", r"operand 'descriptor' names descriptor 'inveptt', "
     r"which the spec does not define$", "reference to an undefined descriptor"),
    ("instructions/vmptrst.yaml", "- mnemonic: vmptrst", "- mnemonic: vmptrld",
     "vmptrld", r"duplicate instruction 'vmptrld' \(first defined at "
     r"spec/instructions/vmptrld.yaml:\d+\)$",
     "duplicate instruction, naming the first"),
    ("instructions/vmxon.yaml", "- mnemonic: vmxon", "- mnemonic: int", "int",
     r"mnemonic 'int' is a C keyword$", "C keyword as a name"),
    ("vmcs-fields.yaml", "encoding: 0x0002,", "encoding: 0x23fe,", "0x23fe",
     r"has width bits 14:13 = 1 \(64-bit\) but the field is declared width 16$",
     "VMCS encoding whose width bits disagree with the width"),
]


# What fuzzing found the generator accepting (and then writing broken C or
# crashing on): now refused, each with its reason.
FOUND_BY_FUZZING = [
    ("enums.yaml", "{name: GLOBAL, value: 2", "{name: GLOBAL, value: 2.0",
     "2.0", r"'value' must be an integer, not number 2\.0$",
     "a float where an integer belongs (was printed into C as '2.0')"),
    ("instructions/vmxon.yaml", "summary: enter VMX root operation",
     'summary: "enter VMX */ root operation"', '"enter',
     r"'summary': string 'enter VMX \*/ root operation' is not one line of "
     r"text without control characters or '\*/'$",
     "'*/' in a summary (would end the C comment)"),
    ("instructions/vmptrst.yaml", "summary: store the current-VMCS pointer",
     'summary: "store the\\nVMCS pointer"', '"store',
     r"'summary': string 'store the\\x0aVMCS pointer' is not one line",
     "a newline in a summary, shown escaped in the message"),
    ("instructions/vmptrld.yaml", "- mnemonic: vmptrld",
     '- mnemonic: "vmptrld\\n"', '"vmptrld',
     r"'mnemonic': string 'vmptrld\\x0a' is not a lower-case C identifier",
     "a C name with a trailing newline (pattern '$' matched before it)"),
    ("instructions/vmcall.yaml", "summary: call to the VM monitor",
     'summary: "call\\0 to the VM monitor"', '"call',
     r"'summary': string 'call\\x00 to the VM monitor' is not one line",
     "a NUL character in a summary"),
]

FOUND_BY_FUZZING_MODEL = [
    ("enums.yaml", "    capability: invept\n", "", "name: vmx_invept_type",
     r"enum 'vmx_invept_type' gives capability bits for its values, so it "
     r"needs 'capability:' too", "an enum with value capabilities but none "
     "of its own (crashed a template)"),
    ("vmcs-fields.yaml", "- {name: v", "- {name: v", "v",
     r"the VMCS field accessors need instruction 'vmwrite', which the spec "
     r"does not define$", "VMCS fields without the vmwrite instruction "
     "(the accessors call vmx_vmwrite())"),
]


def apply(spec, mistakes):
    """Edit the copy of the spec; return [(file, line, col, regex, name)]
    or raise if the spec no longer has the text a mistake replaces."""
    expected = []
    for rel, old, new, point, regex, name in mistakes:
        path = os.path.join(spec, rel)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        at = text.find(old)
        if at < 0:
            raise LookupError("spec/%s no longer contains %r (test: %s)"
                              % (rel, old, name))
        text = text[:at] + new + text[at + len(old):]
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        # Where the error points: the last 'point' in the new text, or
        # else the nearest one before it (the entry the edit is in).
        pos = at + new.rindex(point) if point in new else \
            text.rindex(point, 0, at) + (len("name: ") if point.startswith(
                "name: ") else 0)
        line = text.count("\n", 0, pos) + 1
        col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        expected.append((rel, line, col, regex, name))
    return expected


def file_order(spec):
    return {rel: i for i, rel in enumerate(specload.spec_files(spec))}


def check_run(tap, title, mistakes, delete=(), whole=()):
    """delete: spec files to remove; whole: (regex, name) of errors about
    the spec as a whole, reported at 'spec:1:1'."""
    wd = workdir("diag")
    spec = os.path.join(wd, "spec")
    out = os.path.join(wd, "out")
    shutil.copytree(os.path.join(SRCDIR, "spec"), spec)
    shutil.copytree(os.path.join(SRCDIR, "generated"), out)
    for rel in delete:
        os.unlink(os.path.join(spec, rel))
    try:
        expected = apply(spec, mistakes)
        expected += [(None, 1, 1, regex, name) for regex, name in whole]
    except LookupError as e:
        tap.ok(False, "%s: the spec still has the text the test edits" % title,
               str(e))
        return
    before = snapshot(out)
    r = run([PYTHON, GEN, "--spec", spec, "--output", out])
    lines = r.stderr.splitlines()
    tap.ok(r.returncode == 2 and "Traceback" not in r.stderr and
           snapshot(out) == before,
           "%s: exit 2, no traceback, output untouched" % title, r.stderr)
    for rel, line, col, regex, name in expected:
        where = "spec%s:%d:%d: error: " % ("/" + rel if rel else "", line, col)
        hit = [l for l in lines if l.startswith(where) and
               re.search(regex, l[len(where):])]
        tap.ok(hit, "%s at %s%s" % (name, where, regex[:60]), r.stderr)
    # Every mistake reported, nothing else, in file order.
    order = file_order(spec)
    keys = []
    for l in lines:
        m = re.match(r"spec(/.+?)?:(\d+):(\d+): error: ", l)
        keys.append((order.get((m.group(1) or "/")[1:], -1), int(m.group(2)),
                     int(m.group(3))) if m else None)
    tap.ok(None not in keys and keys == sorted(keys),
           "%s: all %d errors in file order (file, line, column)"
           % (title, len(keys)), r.stderr)
    tap.ok(len(lines) == len(expected),
           "%s: %d independent mistakes, %d errors: one each"
           % (title, len(expected), len(lines)), r.stderr)
    shutil.rmtree(wd)


def check_limit(tap):
    """60 mistakes: the first 50 in file order, then 'too many errors'."""
    wd = workdir("diag-limit")
    spec = os.path.join(wd, "spec")
    out = os.path.join(wd, "out")
    shutil.copytree(os.path.join(SRCDIR, "spec"), spec)
    os.makedirs(out)
    path = os.path.join(spec, "vmcs-fields.yaml")
    with open(path, encoding="utf-8") as f:
        text = f.read().splitlines(True)
    where = []
    for i, l in enumerate(text):
        if ", width: " in l and len(where) < 60:
            text[i] = l.replace(", width: ", ", widht: ")
            where.append((i + 1, text[i].index("widht") + 1))
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(text)
    r = run([PYTHON, GEN, "--spec", spec, "--output", out])
    lines = r.stderr.splitlines()
    got = []
    for l in lines[:-1]:
        m = re.match(r"spec/vmcs-fields\.yaml:(\d+):(\d+): error: unknown key "
                     r"'widht'; did you mean 'width'\?$", l)
        got.append((int(m.group(1)), int(m.group(2))) if m else l)
    tap.ok(len(where) == 60 and r.returncode == 2 and got == where[:50] and
           lines[-1] == "vmxgen: error: too many errors, stopping after 50",
           "60 misspelt keys: the first 50, in order, each with its "
           "did-you-mean, then 'too many errors, stopping after 50'",
           "%d edits\n%s" % (len(where), r.stderr[-3000:]))
    shutil.rmtree(wd)


def check_tables_optional(tap):
    """Found by fuzzing: a spec without VMCS fields, exit reasons or
    VM-instruction errors gave an empty C enum.  The templates now leave
    out what has no entries; the headers must still compile."""
    wd = workdir("diag-tables")
    spec = os.path.join(wd, "spec")
    out = os.path.join(wd, "out")
    shutil.copytree(os.path.join(SRCDIR, "spec"), spec)
    os.makedirs(out)
    for name in ("vmcs-fields.yaml", "exit-reasons.yaml",
                 "vm-instruction-errors.yaml"):
        os.remove(os.path.join(spec, name))
    r = run([PYTHON, GEN, "-q", "--spec", spec, "--output", out])
    src = os.path.join(wd, "use.c")
    with open(src, "w") as f:
        f.write("#include <vmxgen/vmx.h>\n")
    c = run(["gcc", "-Wall", "-Wextra", "-Werror", "-fsyntax-only", src,
             "-I", out, "-I", os.path.join(SRCDIR, "include")])
    tap.ok(r.returncode == 0 and c.returncode == 0,
           "found by fuzzing: a spec without VMCS fields, exit reasons or "
           "VM-instruction errors generates headers that compile",
           r.stderr + c.stderr)
    shutil.rmtree(wd)


def main():
    tap = Tap()
    check_run(tap, "schema mistakes in 8 files", SCHEMA_MISTAKES)
    check_run(tap, "model mistakes in 5 files", MODEL_MISTAKES)
    check_run(tap, "found by fuzzing, schema", FOUND_BY_FUZZING)
    check_run(tap, "found by fuzzing, model", FOUND_BY_FUZZING_MODEL,
              delete=["instructions/vmwrite.yaml"])
    check_tables_optional(tap)
    check_limit(tap)
    tap.done()


if __name__ == "__main__":
    main()
