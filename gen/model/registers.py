# SPDX-License-Identifier: MIT
"""The general-purpose registers an operand or a status can be bound to.

A register is named by its 64-bit or its 32-bit form (rax, eax; r8, r8d),
or for the legacy ones also by its 16- or 8-bit form (ax, al: IN and
OUT's port in DX, their data in AL/AX/EAX).
rbp and rsp are not bindable (the schema refuses them): one is the frame
pointer, the other the stack.
"""


class Register:
    def __init__(self, name, family, bits, only64):
        self.name = name        # as written in the spec: 'rax', 'r8d'
        self.family = family    # the 64-bit name: 'rax', 'r8'
        self.bits = bits        # 64, 32, 16 or 8: the width its name implies
        self.only64 = only64    # r8..r15 exist only in 64-bit mode

    def __eq__(self, other):
        return isinstance(other, Register) and other.family == self.family

    def __hash__(self):
        return hash(self.family)

    def __repr__(self):
        return "Register(%s)" % self.name


LEGACY = ["rax", "rbx", "rcx", "rdx", "rsi", "rdi"]
EXTENDED = ["r%d" % n for n in range(8, 16)]

REGISTERS = {}
for _family in LEGACY:
    REGISTERS[_family] = Register(_family, _family, 64, False)
    REGISTERS["e" + _family[1:]] = Register("e" + _family[1:], _family, 32, False)
for _family, _w, _b in (("rax", "ax", "al"), ("rbx", "bx", "bl"),
                         ("rcx", "cx", "cl"), ("rdx", "dx", "dl"),
                         ("rsi", "si", None), ("rdi", "di", None)):
    REGISTERS[_w] = Register(_w, _family, 16, False)
    if _b:
        REGISTERS[_b] = Register(_b, _family, 8, False)
for _family in EXTENDED:
    REGISTERS[_family] = Register(_family, _family, 64, True)
    REGISTERS[_family + "d"] = Register(_family + "d", _family, 32, True)


def register(name):
    return REGISTERS[name]


# Control and debug registers: an operand of kind sysreg names one, and
# the instruction's ModRM.reg is its number (MOV to/from CRn, DRn; SDM
# Vol. 2B, MOV-Move to/from Control Registers, Debug Registers): its low 3
# bits, REX.R the fourth (CR8: 'REX.R + 0F 22 /0', 64-bit mode only).
SYSREGS = {"cr0": 0, "cr2": 2, "cr3": 3, "cr4": 4, "cr8": 8}
SYSREGS.update({"dr%d" % n: n for n in range(8)})
