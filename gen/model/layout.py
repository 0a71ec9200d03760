# SPDX-License-Identifier: MIT
"""Layouts: how bits or bytes of a value or a structure are assigned.

A bit layout (key 'bits': its size in bits) lists fields by bit range:
registers, descriptors, exit qualifications, MSR values.  Every bit is
described exactly once; reserved ranges say what they must hold (zero, one,
or ignored) and need not line up with any word boundary.  A field may list
its enumerated values.

A byte layout (key 'bytes': its size) lists members at fixed byte
offsets: large structures such as AMD's VMCB.  A member is an unsigned
integer of 8..64 bits, another layout, or an array of either; the space
between members is reserved.
"""

from model.base import Item, at

INT_TYPES = {"u8": 8, "u16": 16, "u32": 32, "u64": 64}


class FieldValue:
    def __init__(self, raw, where):
        self.name = raw["name"]
        self.value = raw["value"]
        self.summary = raw.get("summary", "")
        self.where = where


class Field:
    """A named field or a reserved range of a bit layout."""

    def __init__(self, raw, low, high, where, value_where):
        self.name = raw.get("name")
        self.summary = raw.get("summary", "")
        self.reserved = raw.get("reserved")   # None, 'zero', 'one', 'ignored'
        self.low = low
        self.high = high
        self.where = where
        self.values = [FieldValue(v, value_where(j))
                       for j, v in enumerate(raw.get("values", []))]

    @property
    def width(self):
        return self.high - self.low + 1

    @property
    def bits_text(self):
        return "%d:%d" % (self.high, self.low)


class BitLayout(Item):
    kind = "bits"

    def __init__(self, source, path, raw, diag):
        super().__init__(source, path)
        self.name = raw["name"]
        self.summary = raw["summary"]
        self.sdm = raw["sdm"]
        self.bits = raw["bits"]
        # {leaf, subleaf, register} if the layout is a CPUID output
        # register, else None.
        self.cpuid = raw.get("cpuid")
        if self.cpuid is not None and self.bits != 32:
            diag.error(self.where("cpuid"), "layout '%s' is a CPUID register "
                       "(%s), which has 32 bits, not %d"
                       % (self.name, self.cpuid["register"].upper(),
                          self.bits))
        self.fields = []
        complete = True
        for i, f in enumerate(raw["fields"]):
            where = self.where("fields", i)
            high, low = (int(x) for x in f["bits"].split(":"))
            if high < low:
                diag.error(self.where("fields", i, "bits"), "bit range '%s' is "
                           "reversed; write it high:low, as '%d:%d'"
                           % (f["bits"], low, high))
                complete = False
                continue
            field = Field(f, low, high, where,
                          lambda j, i=i: self.where("fields", i, "values", j))
            if field.reserved and field.name:
                diag.error(where, "reserved bits %s must not have a name"
                           % field.bits_text)
            elif not field.reserved and not field.name:
                diag.error(where, "field %s needs a name, or 'reserved: zero' "
                           "(or one, or ignored)" % field.bits_text)
                complete = False
                continue
            if field.values and field.reserved:
                diag.error(where, "reserved bits %s cannot list values"
                           % field.bits_text)
            self._check_values(field, diag)
            self.fields.append(field)
        if self.bits % 8:
            diag.error(self.where("bits"), "layout size %d is not a whole "
                       "number of bytes" % self.bits)
        if complete:
            self._check_coverage(diag)
        self.fields.sort(key=lambda f: f.low)

    def _check_values(self, field, diag):
        seen_names, seen_values = {}, {}
        for v in field.values:
            if v.value >> field.width:
                diag.error(v.where, "value %d of field '%s' does not fit in "
                           "its %d bits" % (v.value, field.name, field.width))
            if v.name in seen_names:
                diag.error(v.where, "duplicate value name '%s' in field '%s'"
                           % (v.name, field.name))
            if v.value in seen_values:
                diag.error(v.where, "duplicate value %d in field '%s' (%s)"
                           % (v.value, field.name, seen_values[v.value]))
            seen_names.setdefault(v.name, v)
            seen_values.setdefault(v.value, v.name)

    def _check_coverage(self, diag):
        owner = {}
        for f in self.fields:
            if f.high >= self.bits:
                diag.error(f.where, "bits %s go past the layout's size of %d "
                           "bits" % (f.bits_text, self.bits))
                return
            for bit in range(f.low, f.high + 1):
                if bit in owner:
                    other = owner[bit]
                    diag.error(f.where, "bits %s overlap bits %s (%s) at "
                               "bit %d" % (f.bits_text, other.bits_text,
                                           at(other.where), bit))
                    break
            for bit in range(f.low, f.high + 1):
                owner.setdefault(bit, f)
        gaps, bit = [], 0
        while bit < self.bits:
            if bit in owner:
                bit += 1
                continue
            start = bit
            while bit < self.bits and bit not in owner:
                bit += 1
            gaps.append("%d:%d" % (bit - 1, start))
        if gaps:
            total = sum(f.width for f in self.fields)
            diag.error(self.where("fields"), "layout '%s' fields total %d "
                       "bits, not its size of %d: bits %s are not described "
                       "(add them, as reserved if they are)"
                       % (self.name, total, self.bits, ", ".join(gaps)))

    @property
    def named_fields(self):
        return [f for f in self.fields if not f.reserved]

    @property
    def flags(self):
        """The named one-bit fields: what a bit can be called by."""
        return [f for f in self.named_fields if f.width == 1]

    @property
    def size_bytes(self):
        return self.bits // 8

    def pieces(self, low, high):
        """(field, first bit, last bit) of every field that has bits in
        low..high, cut to that window, lowest first."""
        out = []
        for f in self.fields:
            a, b = max(f.low, low), min(f.high, high)
            if a <= b:
                out.append((f, a, b))
        return out


class Member:
    """A member of a byte layout, or a reserved gap between members."""

    def __init__(self, raw, where):
        self.name = raw.get("name")
        self.offset = raw["offset"]
        self.int_bits = INT_TYPES.get(raw.get("type"))
        self.layout_name = raw.get("layout")
        self.layout = None
        self.count = raw.get("count")       # None: not an array
        self.summary = raw.get("summary", "")
        # The feature or mode without which the member is reserved
        # ("SEV-ES": the VMCB save area's SEV-ES-only fields).
        self.only = raw.get("only", "")
        self.decode_name = raw.get("decode")    # a layout or enum, or None
        self.where = where
        self.reserved = False

    @property
    def element_bytes(self):
        if self.layout is not None:
            return self.layout.size_bytes
        return (self.int_bits or 8) // 8

    @property
    def size_bytes(self):
        return self.element_bytes * (self.count or 1)

    @property
    def end(self):
        return self.offset + self.size_bytes


class ByteLayout(Item):
    kind = "bytes"

    def __init__(self, source, path, raw, diag):
        super().__init__(source, path)
        self.name = raw["name"]
        self.summary = raw["summary"]
        self.sdm = raw["sdm"]
        self.size_bytes = raw["bytes"]
        self.members = []
        for i, m in enumerate(raw["members"]):
            member = Member(m, self.where("members", i))
            if (member.int_bits is None) == (member.layout_name is None):
                diag.error(member.where, "member '%s' needs either 'type' "
                           "(u8, u16, u32, u64) or 'layout'" % member.name)
                continue
            self.members.append(member)

    @property
    def bits(self):
        return self.size_bytes * 8

    def resolve(self, layouts, isa, diag):
        for m in self.members:
            if m.layout_name is None:
                continue
            m.layout = layouts.get(m.layout_name)
            if m.layout is None and isa.undefined("layouts", m.layout_name):
                diag.error(m.where, "member '%s' names layout '%s', which the "
                           "spec does not define" % (m.name, m.layout_name))

    def check(self, diag):
        """Members in offset order, inside the size, not overlapping."""
        previous = None
        for m in self.members:
            if m.layout_name is not None and m.layout is None:
                return
            if previous is not None and m.offset < previous.end:
                diag.error(m.where, "member '%s' at offset 0x%x overlaps "
                           "'%s' (%s, bytes 0x%x..0x%x); list members in "
                           "offset order without overlap"
                           % (m.name, m.offset, previous.name,
                              at(previous.where), previous.offset,
                              previous.end - 1))
            if m.end > self.size_bytes:
                diag.error(m.where, "member '%s' ends at 0x%x, past the "
                           "layout's size of 0x%x bytes"
                           % (m.name, m.end, self.size_bytes))
            previous = m

    @property
    def gaps(self):
        """(offset, length) of every reserved range between members."""
        out, at = [], 0
        for m in self.members:
            if m.offset > at:
                out.append((at, m.offset - at))
            at = max(at, m.end)
        if at < self.size_bytes:
            out.append((at, self.size_bytes - at))
        return out

    @property
    def nested(self):
        return [m.layout for m in self.members if m.layout is not None]
