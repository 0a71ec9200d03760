# SPDX-License-Identifier: MIT
"""The one reader of objdump's output for the tests and the benchmark:
the disassembly of an object or program (by section and function) and
the relocations of a section."""

import re
import subprocess

from vmxtest import OBJDUMP

# Prefixes objdump prints as a word of their own before the mnemonic.
PREFIX_WORDS = ("cs", "ds", "notrack", "bnd", "rep", "data16")

SECTION = re.compile(r"^Disassembly of section (\S+):$")
FUNCTION = re.compile(r"^([0-9a-f]+) <([^>]+)>:$")
INSN = re.compile(r"^\s*([0-9a-f]+):\t((?:[0-9a-f]{2} )+)\s*\t(\S+)\s*(.*)$")
# A function symbol of objdump -t: value, section, name.
SYMBOL = re.compile(r"^([0-9a-f]+) .{6}F (\S+)\t([0-9a-f]+)\s+(\S+)$", re.M)
RELOC = re.compile(r"^([0-9a-f]+)\s+(R_\S+)\s+(\S+?)(?:([+-])0x([0-9a-f]+))?$")


class Insn:
    def __init__(self, section, function, addr, raw, mnemonic, operands):
        self.section = section
        self.function = function
        self.addr = addr
        self.raw = raw
        self.mnemonic = mnemonic
        self.operands = operands

    def __repr__(self):
        return "%x: %s %s" % (self.addr, self.mnemonic, self.operands)

    @property
    def size(self):
        return len(self.raw)

    def is_mnemonic(self, mnemonic):
        """Whether objdump's name for it is the assembler's mnemonic, also
        with an AT&T operand-size suffix: objdump writes LGDT's m16&32
        form in 32-bit code as lgdtl, SGDT's as sgdtl, where the spec
        (and the assembler) say lgdt."""
        return self.mnemonic == mnemonic or (
            self.mnemonic[:-1] == mnemonic and self.mnemonic[-1] in "wlq")

    @property
    def text(self):
        return (self.mnemonic + " " + self.operands).strip()

    def target(self):
        """The address a direct branch or call goes to."""
        m = re.match(r"([0-9a-f]+)\b", self.operands)
        return int(m.group(1), 16) if m else None


class Disassembly:
    def __init__(self, insns, symbols=()):
        """symbols: (section, address, name, size) of the function
        symbols, in the symbol table's order: a name that objdump does not
        print (an alias at the address of another, as rustc's merged
        identical functions are) gets that function's instructions too."""
        self.insns = insns
        self.symbols = list(symbols)
        self.functions = {}
        for i in insns:
            if i.function is not None:
                self.functions.setdefault(i.function, []).append(i)
        at = {(f[0].section, f[0].addr): f for f in self.functions.values()}
        for section, addr, name, _ in self.symbols:
            if name not in self.functions and (section, addr) in at:
                self.functions[name] = at[(section, addr)]

    def function(self, name):
        return self.functions.get(name, [])

    def having(self, mnemonics):
        """The instructions whose mnemonic is one of mnemonics."""
        return [i for i in self.insns if i.mnemonic in mnemonics]


PREFIX_BYTES = {0x66, 0x67, 0xF0, 0xF2, 0xF3, 0x26, 0x2E, 0x36, 0x3E, 0x64,
                0x65}


def is_encoding(raw, enc, bits=64):
    """Whether the bytes raw are the instruction of encoding enc (the
    model's: map, opcode, the ModRM digit or fixed byte), whatever the
    prefixes and REX: one mnemonic can be many instructions (MOV, and
    MOV to CR3)."""
    i = 0
    while i < len(raw) and raw[i] in PREFIX_BYTES:
        i += 1
    rex = 0
    if bits == 64 and i < len(raw) and 0x40 <= raw[i] <= 0x4F:
        rex = raw[i]
        i += 1
    want = enc.opcode_bytes[1 if enc.prefix is not None else 0:]
    if list(raw[i:i + len(want)]) != want:
        return False
    if enc.modrm_form == "digit":
        # REX.R is the digit's fourth bit: MOV CR0 or MOV CR8.
        rest = raw[i + len(want):]
        return bool(rest) and (rest[0] >> 3) & 7 == enc.modrm_digit and \
            bool(rex & 4) == enc.rex_r
    return True


def parse(text):
    """A Disassembly from the text of 'objdump -d -w'."""
    insns = []
    section = function = None
    for line in text.splitlines():
        m = SECTION.match(line)
        if m:
            section, function = m.group(1), None
            continue
        m = FUNCTION.match(line)
        if m:
            function = m.group(2)
            continue
        m = INSN.match(line)
        if not m:
            continue
        mnemonic, operands = m.group(3), m.group(4)
        if mnemonic in PREFIX_WORDS and operands:
            mnemonic, _, operands = operands.partition(" ")
        insns.append(Insn(section, function, int(m.group(1), 16),
                          bytes.fromhex(m.group(2).replace(" ", "")),
                          mnemonic, operands.strip()))
    return Disassembly(insns)


def disassemble(path, sections=(".text",), objdump=None):
    """The disassembly of sections of an object file or program (all of
    its code sections if sections is None)."""
    cmd = [objdump or OBJDUMP, "-d", "-w"]
    for s in sections or ():
        cmd += ["-j", s]
    out = subprocess.run(cmd + [path], stdout=subprocess.PIPE,
                         universal_newlines=True).stdout
    d = parse(out)
    table = subprocess.run([objdump or OBJDUMP, "-t", path],
                           stdout=subprocess.PIPE,
                           universal_newlines=True).stdout
    symbols = [(m.group(2), int(m.group(1), 16), m.group(4),
                int(m.group(3), 16)) for m in SYMBOL.finditer(table)]
    return Disassembly(d.insns, symbols) if symbols else d


def relocations(path, section, objdump=None):
    """{offset: (type, symbol, addend)} of the relocations of a section of
    an object file; None if it has no relocation records."""
    out = subprocess.run([objdump or OBJDUMP, "-r", "-j", section, path],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         universal_newlines=True).stdout
    if "RELOCATION RECORDS FOR [%s]" % section not in out:
        return None
    relocs = {}
    for line in out.splitlines():
        m = RELOC.match(line.strip())
        if m:
            addend = int(m.group(5) or "0", 16) * (-1 if m.group(4) == "-" else 1)
            relocs[int(m.group(1), 16)] = (m.group(2), m.group(3), addend)
    return relocs
