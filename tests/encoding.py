#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Encoding oracle: the bytes each wrapper really emits, decoded by two
disassemblers (objdump and Capstone), against the encoding in the spec.

The asm templates name the instruction by mnemonic; this test does not
trust that the mnemonic is the right one: it checks mandatory prefix,
opcode map, opcode and the ModRM reg field (or fixed ModRM byte) of the
bytes the assembler produced, in 64- and 32-bit code, from gcc and clang.
Usage: encoding.py [SPEC_DIR GENERATED_DIR]  (defaults: the committed ones)
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from callers import caller_name, callers_c  # noqa: E402
from disasm import disassemble  # noqa: E402
from vmxtest import (Tap, compilers, include_flags, load_model, run,  # noqa: E402
                     workdir)

LEGACY_PREFIXES = {0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65, 0x67}

try:
    import capstone
except ImportError:
    capstone = None


def split_instruction(raw, bits):
    """(mandatory prefix or None, rest) after dropping REX and the legacy
    prefixes that do not select the instruction."""
    i = 0
    mandatory = None
    while i < len(raw):
        b = raw[i]
        if b in (0x66, 0xF2, 0xF3):
            mandatory = b
        elif b not in LEGACY_PREFIXES:
            break
        i += 1
    if bits == 64 and i < len(raw) and 0x40 <= raw[i] <= 0x4F:
        i += 1
    return mandatory, raw[i:]


def check_bytes(insn, raw, bits):
    """None if raw encodes insn per the spec, else what is wrong."""
    prefix, rest = split_instruction(raw, bits)
    if prefix != insn.prefix:
        return "mandatory prefix %s, spec says %s" % (
            "none" if prefix is None else "%02x" % prefix,
            "none" if insn.prefix is None else "%02x" % insn.prefix)
    want = bytes(insn.opcode_bytes[1:] if insn.prefix is not None
                 else insn.opcode_bytes)
    if insn.modrm_byte is not None:
        if rest != want:
            return "bytes %s, spec says %s" % (rest.hex(" "), want.hex(" "))
        return None
    if not rest.startswith(want):
        return "opcode %s, spec says %s" % (rest[:len(want)].hex(" "), want.hex(" "))
    if len(rest) <= len(want):
        return "no ModRM byte"
    modrm = rest[len(want)]
    reg = (modrm >> 3) & 7
    mod = modrm >> 6
    if insn.modrm_digit is not None and reg != insn.modrm_digit:
        return "ModRM reg field %d, spec says /%d" % (reg, insn.modrm_digit)
    mem_ops = [o for o in insn.operands if o.kind == "mem"]
    if mem_ops and mod == 3:
        return "ModRM mod=3 (register) but the operand is memory"
    return None


def main():
    tap = Tap()
    spec_dir = sys.argv[1] if len(sys.argv) > 1 else None
    gen_dir = sys.argv[2] if len(sys.argv) > 2 else None
    spec = load_model(spec_dir)
    objdump = os.environ.get("OBJDUMP") or "objdump"
    wd = workdir("encoding")
    src = os.path.join(wd, "callers.c")
    with open(src, "w") as f:
        f.write(callers_c(spec))
    for cname, cc in compilers():
        for bits in (64, 32):
            for opt in ("-O0", "-O2"):
                tag = "%s -m%d %s" % (cname, bits, opt)
                obj = os.path.join(wd, "callers-%s-%d%s.o" % (cname, bits, opt))
                r = run(cc.split() + ["-m%d" % bits, opt, "-ffreestanding",
                                      "-nostdinc", "-c", src, "-o", obj]
                        + include_flags(gen_dir))
                if not tap.ok(r.returncode == 0, "%s: callers compile" % tag,
                              r.stderr):
                    continue
                funcs = disassemble(obj, objdump)
                if capstone:
                    md = capstone.Cs(capstone.CS_ARCH_X86, capstone.CS_MODE_64
                                     if bits == 64 else capstone.CS_MODE_32)
                for insn in spec.instructions:
                    body = funcs.get(caller_name(insn), [])
                    hits = [(i.raw, i.mnemonic) for i in body if i.mnemonic == insn.mnemonic]
                    name = "%s: %s encodes as %s" % (tag, insn.mnemonic,
                                                     insn.encoding_text)
                    if not tap.ok(len(hits) == 1, name, "objdump finds %d %s "
                                  "in %s:\n%s" % (len(hits), insn.mnemonic,
                                                  caller_name(insn), body)):
                        continue
                    raw = hits[0][0]
                    problem = check_bytes(insn, raw, bits)
                    if problem is None and capstone:
                        decoded = list(md.disasm(raw, 0))
                        if len(decoded) != 1 or decoded[0].mnemonic != insn.mnemonic \
                                or decoded[0].size != len(raw):
                            problem = "Capstone decodes %s as %s" % (
                                raw.hex(" "), [(d.mnemonic, d.op_str) for d in decoded])
                    tap.ok(problem is None, name + " (" + raw.hex(" ") + ")",
                           problem)
    if not capstone:
        tap.skip("second decoder", "python3-capstone is not installed")
    tap.done()


if __name__ == "__main__":
    main()
