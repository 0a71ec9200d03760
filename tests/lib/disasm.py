# SPDX-License-Identifier: MIT
"""objdump's disassembly of an object file, per function."""

import re
import subprocess


class Insn:
    def __init__(self, addr, raw, mnemonic, operands):
        self.addr = addr
        self.raw = raw
        self.mnemonic = mnemonic
        self.operands = operands

    def __repr__(self):
        return "%x: %s %s" % (self.addr, self.mnemonic, self.operands)

    def target(self):
        m = re.match(r"([0-9a-f]+)\b", self.operands)
        return int(m.group(1), 16) if m else None


def disassemble(obj, objdump="objdump"):
    """{function: [Insn]} for the .text section of obj (relocatable)."""
    out = subprocess.run([objdump, "-d", "-w", "-j", ".text", obj],
                         stdout=subprocess.PIPE, universal_newlines=True).stdout
    funcs, current = {}, None
    for line in out.splitlines():
        m = re.match(r"^([0-9a-f]+) <([\w.]+)>:$", line)
        if m:
            current = funcs.setdefault(m.group(2), [])
            continue
        m = re.match(r"^\s*([0-9a-f]+):\t((?:[0-9a-f]{2} )+)\s*\t(\S+)\s*(.*)$", line)
        if m and current is not None:
            mnemonic = m.group(3)
            operands = m.group(4)
            if mnemonic in ("cs", "ds", "notrack", "bnd", "rep", "data16") and operands:
                mnemonic, _, operands = operands.partition(" ")
            current.append(Insn(int(m.group(1), 16),
                                bytes.fromhex(m.group(2).replace(" ", "")),
                                mnemonic, operands.strip()))
    return funcs
