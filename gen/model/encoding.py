# SPDX-License-Identifier: MIT
"""Encodings as bytes: mandatory prefix, opcode map, opcode, ModRM.

Two encodings are compared by the byte sequences they can match, not by
how they are written: '0F C7 /r' and '0F C7 /6' overlap (every ModRM byte
with reg = 6), '0F 01 /r' and '0F 01 C1' too.  An opcode either takes a
ModRM byte or not (SDM Vol. 2A, 2.1.2 and Appendix A): two entries of the
same opcode bytes, one with a ModRM byte and one without ('modrm: none'),
describe one opcode two ways, so they overlap too.  REX.R (rex_r: MOV
to/from CR8, 'REX.R + 0F 22 /0') is the fourth bit of ModRM.reg: an
encoding without it has REX.R = 0, so CR0's '0F 22 /0' and CR8's do not
overlap.
"""

import re

PREFIXES = (0x66, 0xF2, 0xF3)
MAP_BYTES = {"none": (), "0f": (0x0F,), "0f38": (0x0F, 0x38),
             "0f3a": (0x0F, 0x3A)}
# Bytes that are not a one-byte opcode (map: none) but the start of
# something else: the two-byte escape, the legacy prefixes (SDM Vol. 2A,
# 2.1.1), VEX/EVEX/XOP are not here (C4, C5, 62, 8F are opcodes in 32-bit
# mode and the assembler check sees what they become).
NOT_OPCODES = {0x0F: "the escape to the 0F maps",
               0x26: "a segment prefix", 0x2E: "a segment prefix",
               0x36: "a segment prefix", 0x3E: "a segment prefix",
               0x64: "a segment prefix", 0x65: "a segment prefix",
               0x66: "the operand-size prefix",
               0x67: "the address-size prefix", 0xF0: "the LOCK prefix",
               0xF2: "the REPNE prefix", 0xF3: "the REP prefix"}


class Encoding:
    def __init__(self, raw, where, diag):
        prefix = raw["prefix"]
        if prefix == "none":
            self.prefix = None
        elif isinstance(prefix, int) and prefix in PREFIXES:
            self.prefix = prefix
        else:
            shown = "0x%02x" % prefix if isinstance(prefix, int) else repr(prefix)
            diag.error(where("prefix"), "mandatory prefix must be 0x66, 0xf2, "
                       "0xf3 or none, not %s" % shown)
            self.prefix = None
        # Every key is checked here, in one place, so that all the
        # mistakes of one entry's encoding are reported in the same run.
        self.map = raw["map"]
        if self.map not in MAP_BYTES:
            diag.error(where("map"), "opcode map must be none (a one-byte "
                       "opcode), 0f, 0f38 or 0f3a, not %r" % (self.map,))
            self.map = "0f"
        self.opcode = raw["opcode"]
        if self.map == "none" and self.opcode in NOT_OPCODES:
            diag.error(where("opcode"), "0x%02x is %s, not a one-byte opcode"
                       % (self.opcode, NOT_OPCODES[self.opcode]))
        self.modrm_form = None      # 'r', 'digit', 'fixed' or 'none'
        self.modrm_digit = None
        self.modrm_byte = None
        modrm = raw["modrm"]
        if isinstance(modrm, int):
            self.modrm_form = "fixed"
            self.modrm_byte = modrm
            if not 0xC0 <= modrm <= 0xFF:
                diag.error(where("modrm"), "a fixed ModRM byte must be "
                           "0xc0..0xff (register form), not 0x%x" % modrm)
        elif modrm == "none":
            self.modrm_form = "none"
        elif re.fullmatch(r"/r", modrm):
            self.modrm_form = "r"
        elif re.fullmatch(r"/[0-7]", modrm):
            self.modrm_form = "digit"
            self.modrm_digit = int(modrm[1])
        else:
            diag.error(where("modrm"), "ModRM form '%s' is not /r, /0../7, "
                       "none or a fixed byte like 0xc1" % modrm)
        # REX.R = 1 (64-bit mode only; the instruction checks its modes
        # and that ModRM.reg names a register numbered 8 or more).
        self.rex_r = raw.get("rex_r", False)
        self.memory_only = False    # set by the instruction: r/m must be memory
        self.register_only = False  # set by it: r/m is a register (mod 11)
        self.immediate_bytes = 0    # set by it: the bytes after opcode/ModRM

    @property
    def has_modrm(self):
        return self.modrm_form in ("r", "digit", "fixed")

    @property
    def opcode_bytes(self):
        """The bytes that identify the instruction, in order."""
        out = [] if self.prefix is None else [self.prefix]
        out += list(MAP_BYTES[self.map]) + [self.opcode]
        if self.modrm_byte is not None:
            out.append(self.modrm_byte)
        return out

    @property
    def text(self):
        """The manual's notation: '66 0F 38 80 /r', 'NP 0F 01 C4', 'F4',
        'E4 ib', 'NP REX.R + 0F 22 /0'."""
        parts = ["NP"] if self.prefix is None and self.map != "none" \
            else [] if self.prefix is None else ["%02X" % self.prefix]
        if self.rex_r:
            parts += ["REX.R", "+"]
        parts += ["%02X" % b for b in MAP_BYTES[self.map] + (self.opcode,)]
        if self.modrm_form == "fixed":
            parts.append("%02X" % self.modrm_byte)
        elif self.modrm_form == "r":
            parts.append("/r")
        elif self.modrm_form == "digit":
            parts.append("/%d" % self.modrm_digit)
        parts += {0: [], 1: ["ib"], 2: ["iw"], 4: ["id"]}[self.immediate_bytes]
        return " ".join(parts)

    def modrm_values(self):
        """Every ModRM byte this encoding matches."""
        if self.modrm_form == "fixed":
            return {self.modrm_byte}
        values = set(range(256))
        if self.modrm_form == "digit":
            values = {b for b in values if (b >> 3) & 7 == self.modrm_digit}
        if self.memory_only:
            values = {b for b in values if b >> 6 != 3}
        if self.register_only:
            values = {b for b in values if b >> 6 == 3}
        return values

    def overlaps(self, other):
        """Whether some byte sequence matches both encodings."""
        if (self.prefix, self.map, self.opcode) != \
                (other.prefix, other.map, other.opcode):
            return False
        if self.modrm_form is None or other.modrm_form is None:
            return False    # refused already
        if not self.has_modrm or not other.has_modrm:
            # The same opcode bytes: one without a ModRM byte matches
            # whatever follows them, which is any ModRM byte the other
            # reads (and the same bytes if neither has one).
            return True
        if self.rex_r != other.rex_r:
            return False    # ModRM.reg differs in its fourth bit
        return bool(self.modrm_values() & other.modrm_values())
