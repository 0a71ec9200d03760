# SPDX-License-Identifier: MIT
"""What a dump of an ISA's guest control block shows: every VMCS field
(VMX) or every integer member of the structure that holds the exit
reason (SVM's VMCB), each with the decoders that name its value.

The facts come from the spec: a field's or member's 'decode' (a bit
layout or an enum), the control groups (a control field's bits by name),
the exit-reason table's 'field' (the field that holds the exit reason,
named from the table) and each exit reason's 'decode' (the layouts of
the exit-information fields on an exit for that reason: the exit
qualification of a CR access is a qual_cr).
"""

from model.base import at


class Decoder:
    """How a dump names a value: 'layout' (a bit layout: its named
    fields), 'enum' (an enum's value name), 'controls' (a control group:
    the names of the bits set) or 'exit' (the ISA's exit-reason table)."""

    def __init__(self, kind, target):
        self.kind = kind
        self.target = target


class DumpItem:
    """One line of a dump: a VMCS field, or an integer member of a byte
    layout at a byte offset from the structure's start."""

    def __init__(self, path, bits, where, field=None, offset=None):
        self.path = tuple(path)         # ("guest_rip",), ("save", "cs", "attrib")
        self.bits = bits                # 8/16/32/64, or 'natural'
        self.where = where
        self.field = field              # the VmcsField, or None
        self.offset = offset            # a member's byte offset, or None
        self.decoders = []
        self.by_exit = []               # (exit reason, bit layout)

    @property
    def name(self):
        return ".".join(self.path)

    @property
    def value_bits(self):
        return 64 if self.bits == "natural" else self.bits


class Dump:
    def __init__(self, isa, items, exit_item, root):
        self.isa = isa
        self.items = items
        self.exit_item = exit_item      # the item holding the exit reason
        self.root = root                # the byte layout dumped, or None

    @property
    def exit_layouts(self):
        """Every (item, exit reason, layout) an exit reason decodes."""
        return [(item, e, l) for item in self.items for e, l in item.by_exit]


def _members(layout, path, offset):
    """(path, offset, member) of every member of a byte layout, nested
    layouts' members under their own path."""
    for m in layout.members:
        if m.layout is not None:
            if m.count is None and m.layout.kind == "bytes":
                yield from _members(m.layout, path + (m.name,),
                                    offset + m.offset)
            continue
        yield path + (m.name,), offset + m.offset, m


def _root(isa, name):
    """The byte layouts that are nested in no other and hold a member
    'name' (an integer, at any depth)."""
    nested = {id(l) for b in isa.byte_layouts for l in b.nested}
    return [l for l in isa.byte_layouts if id(l) not in nested and
            any(p[-1] == name and m.int_bits for p, _, m in
                _members(l, (), 0))]


def _decoder(isa, name, bits, where, what, diag):
    """The decoder a 'decode' names, if it fits a value of 'bits'."""
    layouts = {l.name: l for l in isa.bit_layouts}
    enums = {e.name: e for e in isa.enums}
    if name in layouts:
        layout = layouts[name]
        if layout.bits > bits:
            diag.error(where, "%s is %d bits wide, but its decode layout "
                       "'%s' (%s) has %d bits" % (what, bits, name,
                                                   at(layout.where("name")),
                                                   layout.bits))
            return None
        return Decoder("layout", layout)
    if name in enums:
        return Decoder("enum", enums[name])
    if isa.undefined("layouts", name) and isa.undefined("enums", name):
        diag.error(where, "%s: decode '%s' is neither a bit layout nor an "
                   "enum of the spec" % (what, name))
    return None


def build(isa, diag):
    """The ISA's dump, or None when its exit-reason table names no
    field."""
    table = isa.exit_table
    if table.field_name is None:
        return None
    where = table.where
    root = None
    if isa.vmcs_read is not None:
        if not isa.vmcs_fields:     # a spec without them: nothing to dump
            return None
        items = [DumpItem((f.name,), f.width, f.where("name"), field=f)
                 for f in isa.vmcs_fields]
        for item in items:
            f = item.field
            if f.decode_name is not None:
                d = _decoder(isa, f.decode_name, item.value_bits,
                             f.where("decode"), "VMCS field '%s'" % f.name,
                             diag)
                if d:
                    item.decoders.append(d)
        by_name = {i.field.name: i for i in items}
        for g in isa.control_groups:
            if g.field is not None:
                by_name[g.field.name].decoders.append(Decoder("controls", g))
    else:
        if not isa.byte_layouts:    # a spec without them: nothing to dump
            return None
        roots = _root(isa, table.field_name)
        if len(roots) != 1:
            diag.error(where, "exit-reason field '%s' is %s" % (
                table.field_name, "not an integer member of any byte layout"
                if not roots else "a member of several byte layouts (%s)"
                % ", ".join(l.name for l in roots)))
            return None
        root = roots[0]
        items = []
        for path, offset, m in _members(root, (), 0):
            if not m.int_bits or m.count is not None:
                continue    # TODO: arrays (instruction bytes) are not shown
            item = DumpItem(path, m.int_bits, m.where, offset=offset)
            if m.decode_name is not None:
                d = _decoder(isa, m.decode_name, m.int_bits, m.where,
                             "member '%s'" % item.name, diag)
                if d:
                    item.decoders.append(d)
            items.append(item)
        by_name = {}
        for item in items:
            by_name.setdefault(item.path[-1], []).append(item)
        by_name = {k: v[0] for k, v in by_name.items() if len(v) == 1}
    exit_item = by_name.get(table.field_name)
    if exit_item is None:
        if isa.undefined("vmcs_fields", table.field_name):
            diag.error(where, "exit-reason field '%s' is not a VMCS field "
                       "(or a member of one name in the dumped structure)"
                       % table.field_name)
        return None
    if exit_item.value_bits < table.value_bits:
        diag.error(where, "exit-reason field '%s' has %d bits, fewer than "
                   "the %d of an exit-reason value" % (
                       table.field_name, exit_item.value_bits,
                       table.value_bits))
    if isa.exit_reasons:    # else there is no table to name them
        exit_item.decoders.insert(0, Decoder("exit", table))
    layouts = {l.name: l for l in isa.bit_layouts}
    for e in isa.exit_reasons:
        for field, layout_name in e.decode_names.items():
            w = e.where("decode", field)
            item = by_name.get(field)
            layout = layouts.get(layout_name)
            if item is None:
                diag.error(w, "exit reason '%s' decodes '%s', which is not "
                           "a field the dump shows (by a unique name)"
                           % (e.name, field))
            elif layout is None:
                if isa.undefined("layouts", layout_name):
                    diag.error(w, "exit reason '%s' decodes '%s' with '%s', "
                               "which is not a bit layout of the spec"
                               % (e.name, field, layout_name))
            elif layout.bits > item.value_bits:
                diag.error(w, "exit reason '%s' decodes '%s' (%d bits) with "
                           "layout '%s' of %d bits" % (
                               e.name, field, item.value_bits, layout_name,
                               layout.bits))
            else:
                item.by_exit.append((e, layout))
    return Dump(isa, items, exit_item, root)
