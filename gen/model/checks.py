# SPDX-License-Identifier: MIT
"""Build the model from loaded sources and check what needs more than one
entry: duplicates, references, overlapping encodings."""

from model import dump
from model.base import at as _at
from model.base import unique
from model.entry import GuestEntry
from model.instruction import Instruction
from model.isa import Isa
from model.layout import BitLayout, ByteLayout
from model.rules import EntryCheck, build_rules
from model.tables import (Capability, ControlGroup, Enum, FixedRegister,
                          Numbered, VmcsField)


class Model:
    """The whole spec: one Isa per folder, in folder order."""

    def __init__(self, isas):
        self.isas = isas

    @property
    def instructions(self):
        return [i for isa in self.isas for i in isa.instructions]

    def isa(self, name):
        for isa in self.isas:
            if isa.name == name:
                return isa
        return None


def _entries(sources, key):
    for src in sources:
        for i, raw in enumerate(src.data.get(key, [])):
            if raw is not None:     # None: the entry failed the schema
                yield src, (key, i), raw


def build_isa(folder, isa_source, sources, left_out, diag):
    isa = Isa(isa_source, ("isa",), isa_source.data["isa"], folder)
    isa.left_out = left_out
    for src, path, raw in _entries(sources, "enums"):
        isa.enums.append(Enum(src, path, raw))
    for src, path, raw in _entries(sources, "layouts"):
        cls = BitLayout if "bits" in raw else ByteLayout
        if "cpuid" in raw and "bits" not in raw:
            diag.error(src.where(path + ("cpuid",)), "layout '%s': only a "
                       "bit layout can be a CPUID register" % raw["name"])
            continue
        if ("bits" in raw) == ("bytes" in raw) or \
                ("fields" in raw) != ("bits" in raw) or \
                ("members" in raw) != ("bytes" in raw):
            diag.error(src.where(path), "layout '%s' needs either 'bits' "
                       "with 'fields' (a bit layout) or 'bytes' with "
                       "'members' (a byte layout)" % raw["name"])
            continue
        isa.layouts.append(cls(src, path, raw, diag))
    for src, path, raw in _entries(sources, "instructions"):
        isa.instructions.append(Instruction(isa, src, path, raw, diag))
    for src, path, raw in _entries(sources, "vmcs_fields"):
        isa.vmcs_fields.append(VmcsField(src, path, raw, diag))
    for src, path, raw in _entries(sources, "vm_instruction_errors"):
        isa.insn_errors.append(Numbered(src, path, raw))
    for src, path, raw in _entries(sources, "exit_reasons"):
        isa.exit_reasons.append(Numbered(src, path, raw))
    for src, path, raw in _entries(sources, "capabilities"):
        isa.capabilities.append(Capability(src, path, raw))
    for src, path, raw in _entries(sources, "control_groups"):
        isa.control_groups.append(ControlGroup(src, path, raw, diag))
    for src, path, raw in _entries(sources, "fixed_registers"):
        isa.fixed_registers.append(FixedRegister(src, path, raw))
    isa.guest_entry = _guest_entry(isa, sources, diag)
    _check_isa(isa, diag)
    isa.entry_check = _entry_check(isa, sources, diag)
    return isa


def _check_status_model(isa, diag):
    """An rflags status model names one outcome per flag state: exactly one
    success (flag none) and at most one outcome for CF and one for ZF.
    Marks the model inconsistent if not, so that no instruction's check
    reports what follows from it (isa.yaml's error is the one)."""
    model = isa.status
    before = len(diag.errors)
    _check_status_model_of(isa, model, diag)
    model.consistent = len(diag.errors) == before


def _check_status_model_of(isa, model, diag):
    if model.kind != "rflags":
        # Instructions that report nothing may still fault: with a fault
        # status their wrappers return the one outcome (the success) or
        # the fault.
        if model.outcomes and not model.fault:
            diag.error(isa.where("status", "outcomes"), "a status model of "
                       "kind none has outcomes only with a fault status "
                       "('fault:'), as the success a wrapper returns")
        elif model.fault and (len(model.outcomes) != 1 or
                              model.outcomes[0].flag != "none"):
            diag.error(isa.where("status", "fault"), "a status model of "
                       "kind none with a fault status needs exactly one "
                       "outcome, with flag: none (what a wrapper returns "
                       "when the instruction did not fault)")
        _unique_statuses(model, diag)
        return
    where = isa.where("status", "outcomes")
    for flag in ("none", "cf", "zf"):
        have = [o for o in model.outcomes if o.flag == flag]
        if flag == "none" and len(have) != 1:
            diag.error(where, "an rflags status model needs exactly one "
                       "outcome with flag: none (the success), not %d"
                       % len(have))
        elif len(have) > 1:
            diag.error(have[1].where, "outcomes '%s' and '%s' (%s) both "
                       "stand for %s = 1" % (have[1].name, have[0].name,
                                             _at(have[0].where), flag.upper()))
    _unique_statuses(model, diag)


def _unique_statuses(model, diag):
    unique(diag, model.outcomes + ([model.fault] if model.fault else []),
           lambda o: o.value, lambda o: "status value %d (%s)" % (o.value,
                                                                  o.name),
           lambda o: o.where)
    unique(diag, model.outcomes + ([model.fault] if model.fault else []),
           lambda o: o.constant, lambda o: "status constant %s" % o.constant,
           lambda o: o.where)


def _check_isa(isa, diag):
    _check_status_model(isa, diag)
    unique(diag, isa.instructions, lambda i: i.name,
           lambda i: "instruction '%s'" % i.name,
           lambda i: i.where("name" if i.name != i.mnemonic else "mnemonic"))
    unique(diag, isa.layouts, lambda l: l.name,
           lambda l: "layout '%s'" % l.name, lambda l: l.where("name"))
    unique(diag, isa.enums, lambda e: e.name,
           lambda e: "enum '%s'" % e.name, lambda e: e.where("name"))
    for layout in isa.bit_layouts:
        unique(diag, layout.named_fields, lambda f: f.name,
               lambda f, l=layout: "field name '%s' in layout '%s'"
               % (f.name, l.name), lambda f: f.where)
    for layout in isa.byte_layouts:
        unique(diag, layout.members, lambda m: m.name,
               lambda m, l=layout: "member name '%s' in layout '%s'"
               % (m.name, l.name), lambda m: m.where)
    for e in isa.enums:
        unique(diag, e.values, lambda v: v.name,
               lambda v, e=e: "value name '%s' in enum '%s'" % (v.name, e.name),
               lambda v: v.where)
        unique(diag, e.values, lambda v: v.value,
               lambda v, e=e: "value %d in enum '%s' (%s); give each "
               "constant its own value" % (v.value, e.name, v.name),
               lambda v: v.where)
    unique(diag, isa.vmcs_fields, lambda f: f.name,
           lambda f: "VMCS field name '%s'" % f.name, lambda f: f.where("name"))
    unique(diag, isa.vmcs_fields, lambda f: f.encoding,
           lambda f: "VMCS field encoding 0x%04x (%s)" % (f.encoding, f.name),
           lambda f: f.where("encoding"))
    _check_numbers(isa, diag)
    exits = isa.exit_table
    # -1 and its two's complement are one exit reason (a number out of
    # range, reported above, is compared with no other).
    unique(diag, [n for n in isa.exit_reasons
                  if exits.low <= n.number <= exits.high],
           lambda n: exits.unsigned(n.number),
           lambda n: "exit reason number %d (%s)%s" % (
               n.number, n.name, "" if exits.masked
               else ", %#x as a %d-bit value" % (exits.unsigned(n.number),
                                                  exits.bits)),
           lambda n: n.where("number"))
    unique(diag, isa.insn_errors, lambda n: n.number,
           lambda n: "VM-instruction error number %d (%s)" % (n.number,
                                                              n.name),
           lambda n: n.where("number"))
    for table, what in ((isa.insn_errors, "VM-instruction error"),
                        (isa.exit_reasons, "exit reason")):
        unique(diag, table, lambda n: n.name,
               lambda n, w=what: "%s name '%s'" % (w, n.name),
               lambda n: n.where("name"))
    unique(diag, isa.capabilities, lambda c: c.name,
           lambda c: "capability MSR '%s'" % c.name, lambda c: c.where("name"))
    unique(diag, isa.capabilities, lambda c: c.short_name,
           lambda c: "capability MSR short name '%s'" % c.short_name,
           lambda c: c.where("short_name"))
    for c in isa.capabilities:
        unique(diag, c.bits, lambda b: b.bit,
               lambda b, c=c: "bit %d of %s" % (b.bit, c.name), lambda b: b.where)
    unique(diag, [b for c in isa.capabilities for b in c.bits],
           lambda b: b.name, lambda b: "capability bit name '%s'" % b.name,
           lambda b: b.where)

    _resolve_capabilities(isa, diag)
    _check_controls(isa, diag)
    _check_fixed_registers(isa, diag)
    layouts = {l.name: l for l in isa.layouts}
    for layout in isa.byte_layouts:
        layout.resolve(layouts, isa, diag)
    _check_layout_cycles(isa, diag)
    isa.layouts_in_order = _layouts_in_order(isa)
    for layout in isa.byte_layouts:
        layout.check(diag)
    enums = {e.name: e for e in isa.enums}
    for insn in isa.instructions:
        insn.resolve(enums, layouts, diag)
        insn.check(diag)
    _resolve_vmcs_access(isa, diag)
    isa.dump = dump.build(isa, diag)
    if isa.guest_entry is not None:
        isa.guest_entry.resolve(diag)
        isa.guest_entry.check(diag)


def _one_per_isa(isa, sources, key, what, make, diag):
    """The ISA's one top-level 'key:' entry (in any of its files), made by
    make(src, path, raw), or None; a second one is an error at its key."""
    found = None
    for src in sources:
        raw = src.data.get(key)
        if raw is None:
            continue
        if found is not None:
            diag.error(src.where_key((key,)), "ISA '%s' has one %s, given "
                       "already at %s" % (isa.name, what,
                                          _at(found.source.where_key((key,)))))
            continue
        found = make(src, (key,), raw)
    return found


def _entry_check(isa, sources, diag):
    """The ISA's entry checker (entry_check, one per ISA) and its rules
    (entry_checks, in any file of the ISA), or None."""
    found = _one_per_isa(isa, sources, "entry_check", "entry checker",
                         EntryCheck, diag)
    rules = list(_entries(sources, "entry_checks"))
    if found is None:
        for src, path, raw in rules[:1]:
            if True not in isa.left_out:
                diag.error(src.where(path), "entry checks need the ISA's "
                           "'entry_check:' (its classes of failure and the "
                           "checker's name)")
        return None
    return build_rules(isa, found, rules, diag)


def _guest_entry(isa, sources, diag):
    """The ISA's guest entry (one, in any of its files), or None."""
    return _one_per_isa(isa, sources, "guest_entry", "guest entry",
                        lambda src, path, raw: GuestEntry(isa, src, path, raw),
                        diag)


def _check_numbers(isa, diag):
    """VM-instruction errors are 0..65535; exit reasons fit the ISA's
    exit_reasons width, negative ones as its two's complement."""
    for e in isa.insn_errors:
        if not 0 <= e.number <= 0xffff:
            diag.error(e.where("number"), "VM-instruction error number %d "
                       "is out of range; expected 0..65535 (0x0..0xffff)"
                       % e.number)
    exits = isa.exit_table
    if exits.bits > exits.value_bits:
        diag.error(exits.where, "exit reasons of %d bits cannot be looked up "
                   "in a value of %d bits (value_bits); make value_bits at "
                   "least bits" % (exits.bits, exits.value_bits))
        return
    for e in isa.exit_reasons:
        if not exits.low <= e.number <= exits.high:
            diag.error(e.where("number"), "exit reason number %d is out of "
                       "range for the exit reasons of ISA '%s' (%d bits%s, "
                       "%s): expected %d..%d (%#x)" % (
                           e.number, isa.name, exits.bits,
                           ", unsigned" if exits.masked else "",
                           _at(exits.where), exits.low, exits.high,
                           exits.high))


def _resolve_capabilities(isa, diag):
    bits = {b.name: b for c in isa.capabilities for b in c.bits}
    for e in isa.enums:
        for holder, where in [(e, e.where("capability"))] + \
                [(v, v.where) for v in e.values]:
            if holder.capability_name is None:
                continue
            holder.capability = bits.get(holder.capability_name)
            if holder.capability is None and isa.undefined("capabilities",
                                                           None):
                diag.error(where, "capability bit '%s' is not defined in any "
                           "capabilities table" % holder.capability_name)
        if e.capability_name is None and any(v.capability_name
                                             for v in e.values):
            diag.error(e.where("name"), "enum '%s' gives capability bits for "
                       "its values, so it needs 'capability:' too (the bit "
                       "that says the instruction is supported)" % e.name)
        msrs = {v.capability.msr for v in e.values if v.capability}
        if e.capability:
            msrs.add(e.capability.msr)
        if len(msrs) > 1:
            diag.error(e.where("capability"), "enum '%s' takes its capability "
                       "bits from %s; one helper reads one MSR, so they must "
                       "all be bits of one capability MSR"
                       % (e.name, " and ".join(sorted(m.name for m in msrs))))


def _check_controls(isa, diag):
    """Control groups: unique names, constants and values; their MSRs are
    capability MSRs and their field a VMCS field of their width; with any
    TRUE MSR, the ISA says which IA32_VMX_BASIC bit announces them."""
    groups = isa.control_groups
    unique(diag, groups, lambda g: g.name,
           lambda g: "control group '%s'" % g.name, lambda g: g.where("name"))
    unique(diag, groups, lambda g: g.constant,
           lambda g: "control group constant %s" % g.constant,
           lambda g: g.where("constant"))
    unique(diag, groups, lambda g: g.value,
           lambda g: "control group value %d (%s)" % (g.value, g.name),
           lambda g: g.where("value"))
    msrs = {c.name: c for c in isa.capabilities}
    fields = {f.name: f for f in isa.vmcs_fields}
    for g in groups:
        unique(diag, g.bits, lambda b: b.bit, lambda b, g=g: "bit %d of "
               "control group '%s'" % (b.bit, g.name), lambda b: b.where)
        unique(diag, g.bits, lambda b: b.name, lambda b, g=g: "control "
               "name '%s' in group '%s'" % (b.name, g.name), lambda b: b.where)
        for attr, key in (("msr", "msr"), ("true_msr", "true_msr")):
            name = getattr(g, attr + "_name")
            if name is None:
                continue
            setattr(g, attr, msrs.get(name))
            if getattr(g, attr) is None and isa.undefined("capabilities",
                                                          name):
                diag.error(g.where(key), "control group '%s' names "
                           "capability MSR '%s', which the spec does not "
                           "define" % (g.name, name))
        g.field = fields.get(g.field_name)
        if g.field is None:
            if isa.undefined("vmcs_fields", g.field_name):
                diag.error(g.where("field"), "control group '%s' names VMCS "
                           "field '%s', which the spec does not define"
                           % (g.name, g.field_name))
        elif g.field.width != g.width:
            diag.error(g.where("field"), "control group '%s' is %d bits but "
                       "its VMCS field '%s' is declared width %s (%s)"
                       % (g.name, g.width, g.field.name, g.field.width,
                          _at(g.field.where("width"))))
    if any(g.true_msr_name for g in groups):
        if isa.basic_name is None or isa.true_controls_bit is None:
            diag.error(isa.where("name"), "control groups name TRUE "
                       "capability MSRs, so 'vmcs:' needs 'basic' (the MSR "
                       "that says they exist) and 'true_controls_bit'")
        else:
            isa.basic = msrs.get(isa.basic_name)
            if isa.basic is None and isa.undefined("capabilities",
                                                   isa.basic_name):
                diag.error(isa.where("vmcs", "basic"), "capability MSR '%s' "
                           "is not defined" % isa.basic_name)


def _check_fixed_registers(isa, diag):
    unique(diag, isa.fixed_registers, lambda r: r.name,
           lambda r: "fixed register '%s'" % r.name, lambda r: r.where("name"))
    msrs = {c.name: c for c in isa.capabilities}
    for r in isa.fixed_registers:
        for key in ("fixed0", "fixed1"):
            name = getattr(r, key + "_name")
            setattr(r, key, msrs.get(name))
            if getattr(r, key) is None and isa.undefined("capabilities", name):
                diag.error(r.where(key), "fixed register '%s' names "
                           "capability MSR '%s', which the spec does not "
                           "define" % (r.name, name))


def _check_layout_cycles(isa, diag):
    """A byte layout must not contain itself, directly or not."""
    def visit(layout, trail):
        if layout in trail:
            diag.error(layout.where("name"), "layout '%s' contains itself "
                       "(%s)" % (layout.name, " -> ".join(
                           l.name for l in trail + [layout])))
            return False
        if layout.kind != "bytes":
            return True
        return all(visit(m.layout, trail + [layout]) for m in layout.members
                   if m.layout is not None)

    for layout in isa.byte_layouts:
        if not visit(layout, []):
            for m in layout.members:
                m.layout = None     # keep later checks from recursing
            layout.members = [m for m in layout.members
                              if m.layout_name is None]


def _layouts_in_order(isa):
    """Every layout, each byte layout after the layouts it holds (C and
    Rust declare them in this order); otherwise in spec order."""
    done, out = set(), []

    def visit(layout):
        if id(layout) in done:
            return
        done.add(id(layout))
        if layout.kind == "bytes":
            for m in layout.nested:
                visit(m)
        out.append(layout)

    for layout in isa.layouts:
        visit(layout)
    return out


def _resolve_vmcs_access(isa, diag):
    by_name = {i.name: i for i in isa.instructions}
    fields = {f.name: f for f in isa.vmcs_fields}
    where = isa.where("vmcs")
    if isa.vmcs_read is not None:
        isa.field_read = by_name.get(isa.vmcs_read)
        isa.field_write = by_name.get(isa.vmcs_write)
        for name, insn, roles in ((isa.vmcs_read, isa.field_read,
                                   ("read", "write")),
                                  (isa.vmcs_write, isa.field_write,
                                   ("read", "read"))):
            if insn is None and isa.vmcs_fields and \
                    isa.undefined("instructions", name):
                diag.error(where, "the VMCS field accessors need instruction "
                           "'%s', which ISA '%s' does not define"
                           % (name, isa.name))
            elif insn is not None and not _accessor_shape(insn, roles):
                diag.error(insn.where("operands"), "the VMCS field accessors "
                           "(%s) call '%s' with a field encoding and a value: "
                           "it needs both modes, exactly two native-width "
                           "operands, %s then %s, a status with a failure "
                           "outcome, and a wrapper"
                           % (_at(where), name, *("a %s one" % r for r in roles)))
                if insn is isa.field_read:
                    isa.field_read = None
                else:
                    isa.field_write = None
    elif isa.vmcs_fields:
        diag.error(isa.where("name"), "ISA '%s' lists VMCS fields but not "
                   "how to access them ('vmcs: {read: ..., write: ...}')"
                   % isa.name)
    if isa.error_field_name is not None:
        isa.error_field = fields.get(isa.error_field_name)
        if isa.error_field is None and isa.vmcs_fields and \
                isa.undefined("vmcs_fields", isa.error_field_name):
            diag.error(isa.where("vmcs", "error_field"), "error field '%s' is "
                       "not among the VMCS fields" % isa.error_field_name)
        elif isa.error_field is not None and isa.error_field.width != 32:
            diag.error(isa.error_field.where("width"), "the VM-instruction "
                       "error field '%s' is read as a 32-bit number, but is "
                       "declared width %s" % (isa.error_field.name,
                                              isa.error_field.width))


def _accessor_shape(insn, roles):
    """Whether an instruction can serve the VMCS accessors: in both modes
    (they are used in 32-bit code too), parameters (field, value), both
    native width, in the given roles, and a status that can fail."""
    params = insn.parameters
    return len(params) == 2 and len(insn.operands) == 2 and \
        insn.modes == (64, 32) and \
        all(p.native and p.role == r for p, r in zip(params, roles)) and \
        insn.status.kind == "rflags" and bool(insn.fail_outcomes) and \
        insn.wrapper


def _check_encodings(instructions, diag):
    """Two instructions must not match the same bytes, unless a fixed
    register value (an ENCLS leaf in EAX) tells them apart."""
    for n, insn in enumerate(instructions):
        for other in instructions[:n]:
            if not insn.encoding.overlaps(other.encoding):
                continue
            if not set(insn.modes) & set(other.modes):
                continue    # the same bytes, each in its mode (LGDT's m16&32, m16&64)
            mine, theirs = insn.fixed_values, other.fixed_values
            if any(r in theirs and theirs[r] != v for r, v in mine.items()):
                continue
            where = other.where("encoding")
            diag.error(insn.where("encoding"), "duplicate encoding %s (%s): "
                       "it matches the same bytes as %s (%s) at %s; "
                       "instructions that share an opcode need different "
                       "fixed register values"
                       % (insn.encoding.text, insn.name, other.encoding.text,
                          other.name, _at(where)))
            break


def build(groups, diag):
    """groups: [(folder, isa source, [sources], left out)] -> Model, where
    left out names what failed to load (see Isa.undefined)."""
    isas = [build_isa(folder, isa_src, sources, left_out, diag)
            for folder, isa_src, sources, left_out in groups]
    unique(diag, isas, lambda i: i.name, lambda i: "ISA name '%s'" % i.name,
           lambda i: i.where("name"))
    _check_encodings([i for isa in isas for i in isa.instructions], diag)
    return Model(isas)
