# SPDX-License-Identifier: MIT
"""The dump of an ISA's guest control block in C (model.dump): a line
per VMCS field (VMX, read with VMREAD) or per integer member of the VMCB
(SVM, read from the caller's structure), 'name = 0x<value>' and the
value's decoded parts, each handed to the caller's print callback.

A line is '<name> = 0x<hex, the field's width>' followed by, for each
decoder of the field, space-separated parts: the exit-reason table's
name of the value; a bit layout's named fields in bit order (a one-bit
field by its name when set, a wider one as 'name=VALUE' by the spec's
value name or 'name=0x<hex>'); an enum's value name; the names of the
control bits set.  tests/harness/dump.py computes the same lines from
the spec with its own reader.
"""

from backends.c import escape

HEX_DIGITS = {8: 2, 16: 4, 32: 8, 64: 16, "natural": 16}


def layout_length(layout):
    """The longest text a layout's parts can take."""
    n = 0
    for f in layout.named_fields:
        n += len(f.name) + 1
        if f.width > 1:
            hexlen = 2 + (f.width + 3) // 4
            n += 1 + max([hexlen] + [len(v.name) for v in f.values])
    return n


class DumpView:
    """What the dump template prints for one ISA."""

    def __init__(self, isa, names):
        self.isa = isa
        self.dump = isa.dump
        self.n = names

    @property
    def intro(self):
        """The header comment's first sentence for a structure, wrapped:
        the spec's summary says what the structure is ("the ...")."""
        return escape.wrap(escape.comment(
            "A dump of %s: every integer member, one line each."
            % self.dump.root.summary), 73)

    @property
    def is_vmcs(self):
        return self.dump.root is None

    @property
    def items(self):
        return self.dump.items

    @property
    def no_vmcs(self):
        """The failure that is not VMfailValid: VMfailInvalid."""
        s = self.isa.status
        return next(o for o in s.outcomes
                    if not o.succeeded and o is not s.error_outcome)

    @staticmethod
    def digits(item):
        return HEX_DIGITS[item.bits]

    @property
    def layouts(self):
        """Every bit layout a decoder or an exit reason uses, in spec
        order, once."""
        used = {id(d.target) for i in self.items for d in i.decoders
                if d.kind == "layout"}
        used |= {id(l) for i in self.items for _, l in i.by_exit}
        return [l for l in self.isa.bit_layouts if id(l) in used]

    @property
    def enums(self):
        used = {id(d.target) for i in self.items for d in i.decoders
                if d.kind == "enum"}
        return [e for e in self.isa.enums if id(e) in used]

    @property
    def groups(self):
        used = {id(d.target) for i in self.items for d in i.decoders
                if d.kind == "controls"}
        return [g for g in self.isa.control_groups if id(g) in used]

    @property
    def decoded(self):
        """The items with something to decode, grouped by the same
        decoders (case labels of one switch arm)."""
        arms = {}
        order = []
        for item in self.items:
            if not item.decoders and not item.by_exit:
                continue
            key = (tuple((d.kind, id(d.target)) for d in item.decoders),
                   tuple((e.number, id(l)) for e, l in item.by_exit))
            if key not in arms:
                arms[key] = []
                order.append(key)
            arms[key].append(item)
        return [arms[k] for k in order]

    @property
    def line_max(self):
        """The size of the line buffer: the longest line any value can
        give, and its NUL."""
        longest = 0
        for item in self.items:
            n = len(item.name) + len(" = 0x") + self.digits(item)
            for d in item.decoders:
                n += self._part_length(d)
            n += max([layout_length(l) for _, l in item.by_exit] or [0])
            longest = max(longest, n)
        return longest + 1

    def _part_length(self, d):
        t = d.target
        if d.kind == "exit":
            return 1 + max(len(e.name) for e in self.isa.exit_reasons)
        if d.kind == "enum":
            return 1 + max(len(v.name) for v in t.values)
        if d.kind == "controls":
            return sum(len(b.name) + 1 for b in t.bits)
        return layout_length(t)

    def exit_case(self, entry):
        table = self.isa.exit_table
        if table.value_bits <= 32:
            return str(entry.number)
        return "%#xULL" % table.unsigned(entry.number)

    @staticmethod
    def mask(field):
        return "%#xULL" % ((1 << field.width) - 1)

    @staticmethod
    def bit(field):
        return "%#xULL" % (1 << field.low)

    @staticmethod
    def offset_text(item):
        return "%#05x" % item.offset

