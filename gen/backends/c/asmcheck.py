# SPDX-License-Identifier: MIT
"""The asm text against the spec's encoding, by the assembler itself.

C cannot see inside an asm string: a spec whose operands are listed in
the wrong order, or whose mnemonic names another instruction than its
encoding, gives headers that the compiler accepts and the assembler
refuses (or, worse, encodes as something else).  So before anything is
written, every wrapper's instruction line is assembled once per mode, as
the compiler would print it (registers for "r", a memory reference for
"m"), by GNU as in one run, and the bytes are compared with the spec's
prefix, REX.R, opcode map (none: a one-byte opcode), opcode, ModRM (or
none) and immediate.
"""

import os
import re
import shutil
import struct
import subprocess
import tempfile

# Registers the compiler might pick for the explicit operands, by width,
# in order; the memory operand's base is (r/e)ax, so it is never used.
REGISTERS = {
    64: {8: ("cl", "dl"), 16: ("cx", "dx"), 32: ("ecx", "edx"),
         64: ("rcx", "rdx")},
    32: {8: ("cl", "dl"), 16: ("cx", "dx"), 32: ("ecx", "edx")},
}
MEMORY = {64: "(%rax)", 32: "(%eax)"}
ERROR_LINE = re.compile(r"^[^:]*:(\d+): (?:Error|Warning): (.*)$")
LEGACY_PREFIXES = {0x66, 0x67, 0xF0, 0xF2, 0xF3, 0x26, 0x2E, 0x36, 0x3E,
                   0x64, 0x65}


def find_assembler():
    """GNU as: $VMXGEN_AS, else 'as' on PATH; None if it is not an
    executable program."""
    return shutil.which(os.environ.get("VMXGEN_AS") or "as")


ORDER = "order: "     # marks a mismatch in the operands' order
REGISTER_NUMBERS = (1, 2)     # ModRM numbers of (r/e)cx and (r/e)dx


def operand_text(op, mode, register_index):
    """How the compiler prints the operand in the asm template."""
    if op.kind in ("imm", "sysreg"):
        return None     # written into the wrapper's text
    if op.kind == "mem" or op.layout is not None:
        return MEMORY[mode]
    width = mode if (op.enum is not None or op.native) else op.width
    names = REGISTERS[mode].get(width)
    if names is None:
        return None
    return "%" + names[register_index]


def insn_text(wrapper, mode):
    """(the wrapper's instruction line with each %[operand] as the
    compiler prints it, {ModRM field: register number the operand that
    belongs there got}); None if some operand fits no register."""
    texts, where, regs = {}, {}, 0
    for op in wrapper.insn.explicit_operands:
        if op.kind == "imm" and not op.fixed:
            texts[op.name] = "$0x80"    # a macro's "N" operand, as printed
            continue
        if op.kind in ("imm", "sysreg"):
            continue    # written into the wrapper's text
        t = operand_text(op, mode, regs)
        if t is None:
            return None
        if t.startswith("%") and op.kind != "imm":
            # The model puts a 'reg' operand in ModRM.reg and a memory or
            # register-or-memory one in ModRM.r/m (a ModRM /r form).
            where["reg" if op.kind == "reg" else "rm"] = (
                op.name, REGISTER_NUMBERS[regs])
            regs += 1
        texts[op.name] = t
    try:
        line = re.sub(r"%\[(\w+)\]|%%", lambda m: texts[m.group(1)]
                      if m.group(1) else "%", wrapper.asm_insn)
    except KeyError:
        return None
    return line, where


def sections(obj):
    """{name: bytes} of an ELF64 relocatable object's sections."""
    shoff, = struct.unpack_from("<Q", obj, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", obj, 0x3A)

    def header(i):
        name, _type, _flags, _addr, offset, size = struct.unpack_from(
            "<IIQQQQ", obj, shoff + i * shentsize)
        return name, offset, size

    _, str_off, str_size = header(shstrndx)
    strtab = obj[str_off:str_off + str_size]
    out = {}
    for i in range(shnum):
        name, offset, size = header(i)
        end = strtab.index(b"\0", name)
        out[strtab[name:end].decode("ascii", "replace")] = \
            obj[offset:offset + size]
    return out


def decode_mismatch(enc, code, mode, where=None):
    """Why the bytes are not the encoding, or None when they are; where:
    {'reg' or 'rm': (operand, register number)} for a ModRM /r form."""
    i, prefixes = 0, []
    while i < len(code) and code[i] in LEGACY_PREFIXES:
        prefixes.append(code[i])
        i += 1
    want = [] if enc.prefix is None else [enc.prefix]
    if prefixes != want:
        return "prefix bytes %s, not %s" % (
            " ".join("%02X" % b for b in prefixes) or "none",
            " ".join("%02X" % b for b in want) or "none")
    rex = 0
    if mode == 64 and i < len(code) and 0x40 <= code[i] <= 0x4F:
        rex = code[i]   # operand size or register extension
        i += 1
    # The operands are (r/e)cx and (r/e)dx, which need no REX.R: REX.R
    # comes from the mnemonic (a register numbered 8 or more: CR8).
    if bool(rex & 4) != enc.rex_r:
        return "REX.R = %d where the encoding has %d" % (bool(rex & 4),
                                                        enc.rex_r)
    ident = list(code[i:i + len(enc.opcode_bytes) - len(want)])
    if ident != enc.opcode_bytes[len(want):]:
        return "%s where the encoding has %s" % (
            " ".join("%02X" % b for b in ident),
            " ".join("%02X" % b for b in enc.opcode_bytes[len(want):]))
    i += len(ident)
    if enc.modrm_form in ("r", "digit"):
        if i >= len(code):
            return "no ModRM byte"
        modrm = code[i]
        i += 1
        if enc.modrm_form == "digit" and (modrm >> 3) & 7 != enc.modrm_digit:
            return "ModRM.reg is %d, not /%d" % ((modrm >> 3) & 7,
                                                 enc.modrm_digit)
        if enc.memory_only and modrm >> 6 == 3:
            return "a register where the encoding needs memory"
        if enc.register_only and modrm >> 6 != 3:
            return "memory where the encoding has a register (mod = 11)"
        if enc.modrm_form == "r":
            for field, got in (("reg", (modrm >> 3) & 7), ("rm", modrm & 7)):
                name, number = dict(where or ()).get(field, (None, None))
                if name is not None and (field == "reg" or modrm >> 6 == 3) \
                        and got != number:
                    return ORDER + ("operand '%s' is not in ModRM.%s, where "
                                    "its kind puts it: the operands are "
                                    "listed in the other order than the "
                                    "manual's" % (name, "reg" if field ==
                                                  "reg" else "r/m"))
    imm = code[i:i + enc.immediate_bytes]
    if len(imm) != enc.immediate_bytes:
        return "no immediate of %d byte(s)" % enc.immediate_bytes
    i += len(imm)
    if i != len(code):
        return "%d more byte(s) after the instruction" % (len(code) - i)
    return None


def check(view, diag):
    """Assemble every wrapper's instruction in every mode it has; spec
    errors for lines the assembler refuses or encodes differently."""
    cases = []
    for w in view.wrappers:
        for mode in sorted(w.insn.modes, reverse=True):
            got = insn_text(w, mode)
            if got is not None:     # else a width no register has: the
                cases.append((w.insn, mode, got[0],
                              tuple(sorted(got[1].items()))))  # model says
    if not cases:
        return
    assembler = find_assembler()
    if assembler is None:
        diag.error(view.isa.where("name"), "no assembler to check the asm "
                   "text against the encodings (%s): install binutils (GNU "
                   "as) or set VMXGEN_AS" % (
                       "VMXGEN_AS=%s is no program" % os.environ["VMXGEN_AS"]
                       if os.environ.get("VMXGEN_AS") else "no 'as' on PATH"))
        return
    with tempfile.TemporaryDirectory(prefix="vmxgen-as.") as tmp:
        found, refused = _assemble(assembler, tmp, cases)
        if refused:
            # Report each instruction once; then check the others' bytes.
            reported = set()
            for (insn, mode, text, _), message in refused.items():
                if id(insn) not in reported:
                    reported.add(id(insn))
                    diag.error(insn.where("operands"), "the assembler "
                               "refuses '%s' (%d-bit mode), the asm text of "
                               "%s with its operands in the order listed "
                               "here (the manual's order; AT&T reverses it): "
                               "%s" % (text, mode, insn.manual_form, message))
            cases = [c for c in cases if id(c[0]) not in reported]
            found, refused = _assemble(assembler, tmp, cases)
        if found is None:
            diag.error(view.isa.where("name"), "the assembler (%s) failed: "
                       "%s" % (assembler, refused))
            return
    reported = set()
    for n, (insn, mode, text, where) in enumerate(cases):
        code = found.get(".vmxgen.%d" % n, b"")
        why = decode_mismatch(insn.encoding, code, mode, where)
        if why and id(insn) not in reported:
            reported.add(id(insn))
            key = "operands" if why.startswith(ORDER) else "encoding"
            why = why[len(ORDER):] if key == "operands" else why
            diag.error(insn.where(key), "'%s' assembles (%d-bit mode) "
                       "to %s, which is not %s: %s; the mnemonic or the "
                       "operands do not match the encoding"
                       % (text, mode, " ".join("%02X" % b for b in code)
                          or "nothing", insn.encoding.text, why))


def _assemble(assembler, tmp, cases):
    """({section: bytes}, {}) when every line assembled; (None, {case:
    message}) for the lines it refused; (None, text) if it failed
    otherwise."""
    lines, by_line = [], {}
    for n, case in enumerate(cases):
        lines += ['.section .vmxgen.%d,"ax"' % n, ".code%d" % case[1]]
        by_line[len(lines) + 1] = case
        lines.append(case[2])
    src = os.path.join(tmp, "check.s")
    obj = os.path.join(tmp, "check.o")
    with open(src, "w") as f:
        f.write("\n".join(lines) + "\n")
    r = subprocess.run([assembler, "--64", "-o", obj, src],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       universal_newlines=True)
    refused = {}
    for message in r.stdout.splitlines():
        m = ERROR_LINE.match(message)
        case = by_line.get(int(m.group(1))) if m else None
        if case is not None:
            refused.setdefault(case, m.group(2))
    if refused:
        return None, refused
    if r.returncode != 0:
        return None, r.stdout.strip()[:500]
    with open(obj, "rb") as f:
        return sections(f.read()), {}
