# SPDX-License-Identifier: MIT
"""Layouts as C structs.

A bit layout is cut into 64-bit words (the last one may be narrower).  A
word that holds one field exactly is a plain member; a word shared by
several fields becomes bitfields of the word's type, so the compiler fills
it with one store (as KVM's hand-written INVVPID operand does).  A reserved
range that spans words is split at the word boundary; a named field cannot
be (C has no bitfield across storage units), and the checker says so.

A byte layout lists its members at their offsets with reserved byte arrays
in between; if C's natural alignment would move a member, the struct is
packed.  Static asserts on the size and every offset let the compiler check
what the spec says.
"""

from backends.c.names import COMPAT_TYPES, uint_type


class Member:
    def __init__(self, name, ctype, low, width, summary, reserved=None,
                 bitfield=False, count=None):
        self.name = name
        self.ctype = ctype
        self.low = low              # first bit (bit layouts) or byte offset
        self.width = width          # bits (bit layouts) or bytes
        self.summary = summary
        self.reserved = reserved    # None, 'zero', 'one', 'ignored'
        self.bitfield = bitfield
        self.count = count
        self.only = ""              # the feature without which it is reserved

    @property
    def high(self):
        return self.low + self.width - 1

    @property
    def declaration(self):
        if self.bitfield:
            return "%s %s : %d;" % (self.ctype, self.name, self.width)
        if self.count is not None:
            return "%s %s[%d];" % (self.ctype, self.name, self.count)
        return "%s %s;" % (self.ctype, self.name)

    @property
    def byte_offset(self):
        return self.low // 8


def reserved_name(high, low):
    return "reserved_%d_%d" % (high, low)


def word_spans(size):
    """(first bit, bits) of each storage word of a size-bit layout."""
    return [(w, min(64, size - w)) for w in range(0, size, 64)]


def word_type(bits):
    return COMPAT_TYPES[bits] if bits in COMPAT_TYPES else COMPAT_TYPES[64]


def bit_members(layout):
    """The C members of a bit layout, or raise ValueError naming a field
    that crosses a word boundary."""
    members = []
    for word, bits in word_spans(layout.bits):
        top = word + bits - 1
        pieces = layout.pieces(word, top)
        for f, low, high in pieces:
            if f.name and (f.low < word or f.high > top):
                raise ValueError(f)
        if len(pieces) == 1 and pieces[0][1] == word and pieces[0][2] == top \
                and bits in COMPAT_TYPES:
            f, low, high = pieces[0]
            name = f.name or reserved_name(high, low)
            members.append(Member(name, COMPAT_TYPES[bits], low, bits,
                                  f.summary, f.reserved))
            continue
        for f, low, high in pieces:
            name = f.name or reserved_name(high, low)
            members.append(Member(name, word_type(bits), low, high - low + 1,
                                  f.summary, f.reserved, bitfield=True))
    return members


def bit_layout_packed(layout):
    """A last word of 24, 40, 48 or 56 bits has no C type of its own, and
    an 80-bit layout (a u64 and a u16) would be padded to 128."""
    if any(bits not in COMPAT_TYPES for _, bits in word_spans(layout.bits)):
        return True
    return layout.size_bytes % alignment(layout) != 0


def byte_members(layout, names):
    """The C members of a byte layout, reserved gaps included, in order."""
    members = []
    gaps = dict(layout.gaps)
    at = 0
    for m in layout.members:
        if at in gaps:
            members.append(_gap(at, gaps[at]))
        if m.layout is not None:
            ctype = "struct " + names.struct_tag(m.layout)
        else:
            ctype = uint_type(m.int_bits)
        member = Member(m.name, ctype, m.offset, m.size_bytes, m.summary,
                        count=m.count)
        member.only = m.only
        members.append(member)
        at = max(at, m.end)
    if at in gaps:
        members.append(_gap(at, gaps[at]))
    return members


def _gap(offset, length):
    return Member("reserved_%#05x" % offset, COMPAT_TYPES[8], offset, length,
                  "", reserved="ignored", count=length)


def alignment(layout):
    """The alignment C gives a struct of this layout, unpacked."""
    if layout.kind == "bits":
        return max(min(bits, 64) // 8 if bits in COMPAT_TYPES else 8
                   for _, bits in word_spans(layout.bits))
    out = 1
    for m in layout.members:
        out = max(out, alignment(m.layout) if m.layout is not None
                  else m.int_bits // 8)
    return out


def byte_layout_packed(layout):
    """Whether natural alignment would move a member or pad the end."""
    for m in layout.members:
        if m.layout is not None:
            align = 1 if is_packed(m.layout) else alignment(m.layout)
        else:
            align = m.int_bits // 8
        if m.offset % align:
            return True
    return layout.size_bytes % alignment(layout) != 0


def is_packed(layout):
    if layout.kind == "bits":
        return bit_layout_packed(layout)
    return byte_layout_packed(layout)
