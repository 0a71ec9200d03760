#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Turn the spec into the C table the trap-and-emulate harness checks against.

Usage: gen-table.py SPEC_DIR OUTPUT

The harness must not repeat what the spec says: the encoding each
instruction must have, its operands (role, kind, width), the outcomes it
can report, the descriptor layouts, the enum values and the VM-instruction
error numbers all come from here.  This reads the YAML directly rather than
through gen/, so that the harness stays an independent check of the
generator's output.
"""

import os
import re
import sys

import yaml

MAPS = {"0f": "SPEC_MAP_0F", "0f38": "SPEC_MAP_0F38", "0f3a": "SPEC_MAP_0F3A"}
KINDS = {"reg": "SPEC_REG", "mem": "SPEC_MEM", "reg_or_mem": "SPEC_REG_OR_MEM",
         "implicit": "SPEC_IMPLICIT"}
OUTCOMES = {"VMsucceed": "SPEC_SUCCEED", "VMfailInvalid": "SPEC_FAIL_INVALID",
            "VMfailValid": "SPEC_FAIL_VALID"}


class SpecError(Exception):
    pass


def load(spec_dir, name, key):
    path = os.path.join(spec_dir, name)
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f)
    if not isinstance(data, dict) or key not in data:
        raise SpecError("%s: no top-level '%s' list" % (path, key))
    return [(path, entry) for entry in data[key]]


def load_instructions(spec_dir):
    idir = os.path.join(spec_dir, "instructions")
    out = []
    for name in sorted(os.listdir(idir)):
        if name.endswith(".yaml"):
            out += load(spec_dir, os.path.join("instructions", name),
                        "instructions")
    return sorted(out, key=lambda pe: pe[1]["mnemonic"])


def modrm(path, insn):
    """(kind, value): /r -> register form, /N -> digit, int -> fixed byte."""
    m = insn["encoding"]["modrm"]
    if isinstance(m, int):
        return "SPEC_MODRM_FIXED", m
    if m == "/r":
        return "SPEC_MODRM_R", 0
    if re.fullmatch(r"/[0-7]", m):
        return "SPEC_MODRM_DIGIT", int(m[1])
    raise SpecError("%s: %s: bad modrm %r" % (path, insn["mnemonic"], m))


def prefix(path, insn):
    p = insn["encoding"]["prefix"]
    if p == "none":
        return 0
    if p in (0x66, 0xf2, 0xf3):
        return p
    raise SpecError("%s: %s: bad prefix %r" % (path, insn["mnemonic"], p))


def error_for(mnemonic, errors):
    """A VM-instruction error this instruction can report: the first whose
    description starts with the mnemonic, else the first that names it."""
    word = re.compile(r"\b%s\b" % mnemonic.upper())
    for match in (word.match, word.search):
        for _, e in errors:
            if match(e["description"]):
                return e["number"], e["name"]
    return None


def bits(path, field):
    hi, lo = (int(x) for x in field["bits"].split(":"))
    if hi < lo:
        raise SpecError("%s: bad bit range %s" % (path, field["bits"]))
    return lo, hi - lo + 1


def render(spec_dir):
    insns = load_instructions(spec_dir)
    descs = load(spec_dir, "descriptors.yaml", "descriptors")
    enums = load(spec_dir, "enums.yaml", "enums")
    errors = load(spec_dir, "vm-instruction-errors.yaml",
                  "vm_instruction_errors")
    fields = load(spec_dir, "vmcs-fields.yaml", "vmcs_fields")

    o = ["/* SPDX-License-Identifier: MIT */",
         "/* DO NOT EDIT: generated from spec/ by tests/harness/gen-table.py */",
         "#ifndef HARNESS_SPEC_TABLE_H",
         "#define HARNESS_SPEC_TABLE_H",
         "",
         "#include \"spec.h\"",
         "",
         "enum spec_insn {"]
    o += ["\tSPEC_%s," % i["mnemonic"].upper() for _, i in insns]
    o += ["\tSPEC_NR_INSNS", "};", ""]

    o.append("static const struct spec_insn_info spec_insns[SPEC_NR_INSNS] = {")
    for path, i in insns:
        mn = i["mnemonic"]
        enc = i["encoding"]
        kind, value = modrm(path, i)
        outs = " | ".join("SPEC_OUT(%s)" % OUTCOMES[x] for x in i["outcomes"])
        err = error_for(mn, errors)
        if not err and "VMfailValid" in i["outcomes"]:
            raise SpecError("%s: %s reports VMfailValid but no VM-instruction"
                            " error names it" % (path, mn))
        o += ["\t[SPEC_%s] = {" % mn.upper(),
              "\t\t.name = \"%s\"," % mn,
              "\t\t.prefix = 0x%02x, .map = %s, .opcode = 0x%02x,"
              % (prefix(path, i), MAPS[enc["map"]], enc["opcode"]),
              "\t\t.modrm = %s, .modrm_value = 0x%02x," % (kind, value),
              "\t\t.outcomes = %s," % outs,
              "\t\t.enters_guest = %d," % bool(i.get("success_enters_guest")),
              "\t\t.error = %d,%s" % ((err[0], " /* %s */" % err[1]) if err
                                      else (0, "")),
              "\t\t.nr_operands = %d," % len(i["operands"]),
              "\t\t.operands = {"]
        for op in i["operands"]:
            o.append("\t\t\t{ \"%s\", %s, %s, %d, \"%s\" },"
                     % (op["name"],
                        "SPEC_WRITE" if op["role"] == "write" else "SPEC_READ",
                        KINDS[op["kind"]], op["width"], op.get("register", "")))
        o += ["\t\t},", "\t},"]
    o += ["};", ""]

    for path, d in descs:
        name = d["name"].upper()
        o.append("#define SPEC_DESC_%s_BYTES %d" % (name, d["size"] // 8))
        for f in d["fields"]:
            if f.get("reserved"):
                continue
            lo, width = bits(path, f)
            o.append("#define SPEC_DESC_%s_%s SPEC_BITS(%d, %d)"
                     % (name, f["name"].upper(), lo, width))
    o.append("")

    for _, e in enums:
        for v in e["values"]:
            o.append("#define SPEC_%s%s %d" % (e["prefix"], v["name"], v["value"]))
    o.append("")

    # X(name, encoding, width): width 16, 32, 64 or l (natural).  The
    # VM-exit information fields are read-only (SDM Vol. 3C, 25.11.2 and
    # IA32_VMX_MISC bit 29).
    for title, ro in (("WRITABLE", False), ("READ_ONLY", True)):
        o.append("#define SPEC_VMCS_%s_FIELDS(X) \\" % title)
        for _, f in fields:
            if (f["type"] == "exit_info") == ro:
                w = f["width"]
                o.append("\tX(%s, 0x%04x, %s) \\"
                         % (f["name"], f["encoding"],
                            "l" if w == "natural" else w))
        o.append("")
    o.append("static const struct spec_vmcs_field spec_vmcs_fields[] = {")
    for _, f in fields:
        w = f["width"]
        o.append("\t{ \"%s\", 0x%04x, %d }," % (f["name"], f["encoding"],
                                               0 if w == "natural" else w))
    o += ["};", ""]
    for _, f in fields:
        o.append("#define SPEC_VMCS_%s 0x%04x" % (f["name"].upper(), f["encoding"]))
    o += ["", "#endif /* HARNESS_SPEC_TABLE_H */", ""]
    return "\n".join(o)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen-table.py SPEC_DIR OUTPUT\n")
        return 2
    try:
        text = render(argv[1])
    except (OSError, KeyError, TypeError, ValueError, yaml.YAMLError,
            SpecError) as e:
        sys.stderr.write("gen-table.py: error: %s%s\n"
                         % ("missing key " if isinstance(e, KeyError) else "", e))
        return 2
    tmp = argv[2] + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, argv[2])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
