# SPDX-License-Identifier: MIT
"""Encodings as bytes: mandatory prefix, opcode map, opcode, ModRM.

Two encodings are compared by the byte sequences they can match, not by
how they are written: '0F C7 /r' and '0F C7 /6' overlap (every ModRM byte
with reg = 6), '0F 01 /r' and '0F 01 C1' too.
"""

import re

PREFIXES = (0x66, 0xF2, 0xF3)
MAP_BYTES = {"0f": (0x0F,), "0f38": (0x0F, 0x38), "0f3a": (0x0F, 0x3A)}


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
        self.map = raw["map"]
        self.opcode = raw["opcode"]
        self.modrm_form = None      # 'r', 'digit' or 'fixed'
        self.modrm_digit = None
        self.modrm_byte = None
        modrm = raw["modrm"]
        if isinstance(modrm, int):
            self.modrm_form = "fixed"
            self.modrm_byte = modrm
            if not 0xC0 <= modrm <= 0xFF:
                diag.error(where("modrm"), "a fixed ModRM byte must be "
                           "0xc0..0xff (register form), not 0x%x" % modrm)
        elif re.fullmatch(r"/r", modrm):
            self.modrm_form = "r"
        elif re.fullmatch(r"/[0-7]", modrm):
            self.modrm_form = "digit"
            self.modrm_digit = int(modrm[1])
        else:
            diag.error(where("modrm"), "ModRM form '%s' is not /r, /0../7 or "
                       "a fixed byte like 0xc1" % modrm)
        self.memory_only = False    # set by the instruction: r/m must be memory

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
        """The manual's notation: '66 0F 38 80 /r', 'NP 0F 01 C4'."""
        parts = ["NP"] if self.prefix is None else ["%02X" % self.prefix]
        parts += ["%02X" % b for b in MAP_BYTES[self.map] + (self.opcode,)]
        if self.modrm_form == "fixed":
            parts.append("%02X" % self.modrm_byte)
        elif self.modrm_form == "r":
            parts.append("/r")
        elif self.modrm_form == "digit":
            parts.append("/%d" % self.modrm_digit)
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
        return values

    def overlaps(self, other):
        """Whether some byte sequence matches both encodings."""
        if (self.prefix, self.map, self.opcode) != \
                (other.prefix, other.map, other.opcode):
            return False
        if self.modrm_form is None or other.modrm_form is None:
            return False
        return bool(self.modrm_values() & other.modrm_values())
