#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Encoding oracle: the bytes each wrapper really emits, decoded by two
disassemblers (objdump and Capstone), against the encoding in the spec.

The asm templates name the instruction by mnemonic; this test does not
trust that the mnemonic is the right one: it checks mandatory prefix,
REX.R where ModRM.reg is a digit (MOV CR8), opcode map (or none: a one-byte opcode), opcode and the ModRM reg field
(or fixed ModRM byte, or that there is none, and the immediate) of the
bytes the assembler produced, in 64- and 32-bit code, from gcc and clang.
Usage: encoding.py [SPEC_DIR GENERATED_DIR]  (defaults: the committed ones)
"""

import os
import sys

import callers
from disasm import disassemble, is_encoding
from vmxtest import (GENERATED, Tap, compilers, include_flags, load_model,
                     run, workdir, write)

LEGACY_PREFIXES = {0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65, 0x67}

try:
    import capstone
except ImportError:
    capstone = None


def split_instruction(raw, bits):
    """(mandatory prefix or None, REX byte or 0, rest) after the legacy
    prefixes that do not select the instruction."""
    i = 0
    mandatory = None
    rex = 0
    while i < len(raw):
        b = raw[i]
        if b in (0x66, 0xF2, 0xF3):
            mandatory = b
        elif b not in LEGACY_PREFIXES:
            break
        i += 1
    if bits == 64 and i < len(raw) and 0x40 <= raw[i] <= 0x4F:
        rex = raw[i]
        i += 1
    return mandatory, rex, raw[i:]


def check_bytes(insn, raw, bits):
    """None if raw encodes insn per the spec, else what is wrong."""
    enc = insn.encoding
    prefix, rex, rest = split_instruction(raw, bits)
    if prefix != enc.prefix:
        return "mandatory prefix %s, spec says %s" % (
            "none" if prefix is None else "%02x" % prefix,
            "none" if enc.prefix is None else "%02x" % enc.prefix)
    want = bytes(enc.opcode_bytes[1:] if enc.prefix is not None
                 else enc.opcode_bytes)
    if not enc.has_modrm:
        # No ModRM byte: the opcode, then the immediate if any, and
        # nothing else.
        imm = b"".join((o.value if o.fixed else callers.IMMEDIATE)
                       .to_bytes(o.width // 8, "little")
                       for o in insn.operands if o.kind == "imm")
        if rest != want + imm:
            return "bytes %s, spec says %s" % (rest.hex(" "),
                                               (want + imm).hex(" "))
        return None
    if enc.modrm_byte is not None:
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
    if enc.modrm_digit is not None and reg != enc.modrm_digit:
        return "ModRM reg field %d, spec says /%d" % (reg, enc.modrm_digit)
    # With a digit, REX.R is its fourth bit (CR8 is 'REX.R + 0F 20 /0');
    # in a /r form it belongs to the register the compiler picked.
    if enc.modrm_digit is not None and bool(rex & 4) != enc.rex_r:
        return "REX.R = %d, spec says %d" % (bool(rex & 4), enc.rex_r)
    mem_ops = [o for o in insn.operands if o.kind == "mem"]
    if mem_ops and mod == 3:
        return "ModRM mod=3 (register) but the operand is memory"
    return None


def capstone_problem(raw, bits, mnemonic):
    """None if Capstone decodes raw as one mnemonic instruction, "" if it
    decodes nothing at all (an instruction newer than it)."""
    md = capstone.Cs(capstone.CS_ARCH_X86, capstone.CS_MODE_64 if bits == 64
                     else capstone.CS_MODE_32)
    decoded = list(md.disasm(raw, 0))
    if not decoded:
        return ""
    # A mandatory prefix Capstone does not know as part of the opcode is
    # one it skips: 66 0F 01 CF (SEAMCALL) decodes as 0F 01 CF (ENCLS).
    # That is an instruction newer than it too, not a wrong encoding (the
    # bytes were checked against the spec above).
    if decoded[0].mnemonic != mnemonic and raw[:1] in (b"\x66", b"\xf2",
                                                        b"\xf3"):
        bare = list(md.disasm(raw[1:], 0))
        if bare and bare[0].mnemonic == decoded[0].mnemonic:
            return ""
    if len(decoded) != 1 or decoded[0].mnemonic != mnemonic \
            or decoded[0].size != len(raw):
        return "Capstone decodes %s as %s" % (
            raw.hex(" "), [(d.mnemonic, d.op_str) for d in decoded])
    return None


def main():
    tap = Tap()
    spec_dir = sys.argv[1] if len(sys.argv) > 1 else None
    gen_dir = sys.argv[2] if len(sys.argv) > 2 else GENERATED
    wrappers = callers.wrappers(load_model(spec_dir))
    if len(sys.argv) > 3:
        # Only these wrappers (the extension test's new instructions: the
        # others are this test's on the real spec).
        only = set(sys.argv[3].split(","))
        wrappers = [w for w in wrappers if w.name in only]
    wrappers = tap.cases(wrappers, "no wrapper to check (of: %s)" % (
        sys.argv[3] if len(sys.argv) > 3 else "the spec"))
    wd = workdir("encoding")
    src = write(os.path.join(wd, "callers.c"),
                callers.caller_functions(wrappers, gen_dir))
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
                dis = disassemble(obj)
                for w in wrappers:
                    insn = w.instruction
                    if bits not in insn.modes:
                        continue    # compiled out: a 64-bit-only wrapper
                    caller = "call_" + w.name
                    body = dis.function(caller)
                    hits = [i.raw for i in body if i.is_mnemonic(insn.mnemonic)]
                    if len(hits) > 1:
                        # An everyday mnemonic (MOV to CR3): the one with
                        # the spec's opcode, if the caller has it.
                        ours = [h for h in hits
                                if is_encoding(h, insn.encoding, bits)]
                        hits = ours or hits
                    name = "%s: %s encodes as %s" % (tag, w.name,
                                                     insn.encoding.text)
                    if not tap.ok(len(hits) == 1, name, "objdump finds %d %s "
                                  "in %s:\n%s" % (len(hits), insn.mnemonic,
                                                  caller, body)):
                        continue
                    raw = hits[0]
                    problem = check_bytes(insn, raw, bits)
                    if problem is None and capstone:
                        problem = capstone_problem(raw, bits, insn.mnemonic)
                        if problem == "":
                            tap.skip(name + " (" + raw.hex(" ") + ")",
                                     "the spec and objdump agree; Capstone %s "
                                     "does not know the instruction"
                                     % capstone.__version__)
                            continue
                    tap.ok(problem is None, name + " (" + raw.hex(" ") + ")",
                           problem)
    if not capstone:
        tap.skip("second decoder", "python3-capstone is not installed")
    tap.done()


if __name__ == "__main__":
    main()
