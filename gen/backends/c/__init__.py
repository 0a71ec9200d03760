# SPDX-License-Identifier: MIT
"""The C backend: static inline wrappers, enums, structs and tables in
headers under generated/vmxgen/, one set per ISA.

    names.py      every C name, from the model and the ISA's prefix,
                  handed out through the names registry
    escape.py     spec text into string literals and comments
    wrappers.py   instructions as asm statements (constraints, capture)
    layouts.py    bit and byte layouts as structs
    namespace.py  the names registry: every name with the spec location
                  that caused it; clashes are spec errors
    templates/    the text of the headers
"""

import os
import weakref

from backends import asm, render as _render
from backends.c import asmcheck, escape, layouts
from backends.c.names import COMPAT_TYPES, NATIVE_TYPE, IsaNames, guard
from backends.c.namespace import Registry
from backends.c.wrappers import Wrapper
from backends.c.entry import EntryView, declare_entry, reg8, reg32
from backends.c.checks import CheckView
from backends.c.dump import DumpView
from model.rules import CANONICAL_BITS

TEMPLATES = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                         "templates")


class Width:
    """One width of VMCS field, for the generic accessors."""

    def __init__(self, width, suffix, ctype, constant, text):
        self.width, self.suffix, self.ctype = width, suffix, ctype
        self.constant, self.text = constant, text


VMCS_WIDTHS = [
    Width(16, "16", COMPAT_TYPES[16], "VMCS_FIELD_WIDTH_16", "16-bit"),
    Width(32, "32", COMPAT_TYPES[32], "VMCS_FIELD_WIDTH_32", "32-bit"),
    Width(64, "64", COMPAT_TYPES[64], "VMCS_FIELD_WIDTH_64", "64-bit"),
    Width("natural", "l", NATIVE_TYPE, "VMCS_FIELD_WIDTH_NATURAL",
          "natural-width"),
]
VMCS_WIDTH_BY_FIELD = {w.width: w for w in VMCS_WIDTHS}


class IsaView:
    """Everything the templates print for one ISA."""

    def __init__(self, isa, registry=None):
        self.isa = isa
        self.names = IsaNames(isa, registry)
        self.wrappers = [Wrapper(i, self.names, form)
                         for i in isa.instructions if i.wrapper
                         for form in [None] + i.forms]
        # The goto forms (Wrapper.goto_lines()), by the wrapper they are
        # of: macros, so no function shares their parameters' scope.
        self.goto_forms = {w.function: Wrapper(w.insn, self.names, w.form,
                                               goto=True)
                           for w in self.wrappers if Wrapper.has_goto(w)}
        if registry is not None:
            for w in self.wrappers:
                _declare_wrapper(registry, w)
            for g in self.goto_forms.values():
                scope = registry.scope(g.function + "()",
                                       g.insn.where("mnemonic"))
                for p in g.params:
                    scope.copy(p.name, p.where, "parameter")
                for label in g.goto_labels:
                    scope.declare(label, None, "a label parameter",
                                  internal=True)
        self.has_status_enum = any(
            i.status.kind == "rflags" for i in isa.instructions) or \
            isa.status.kind == "rflags" or isa.status.fault is not None
        self.has_vmcs = isa.vmcs_read is not None
        self.has_vmcs_access = isa.field_read is not None and \
            isa.field_write is not None
        self.has_tables = self.has_vmcs or isa.has_tables
        self.entry = EntryView(isa.guest_entry, self.names) \
            if isa.guest_entry else None
        self.checks = CheckView(isa, self.names) \
            if isa.entry_check is not None else None
        self.dump = DumpView(isa, self.names) if isa.dump else None

    @property
    def intro_lines(self):
        """The paragraph at the top of the wrappers' header."""
        isa = self.isa
        text = "%s instruction wrappers.  " % isa.title
        if isa.status.kind == "rflags":
            flags = ["%s=1: %s" % (o.flag.upper(), o.name) for o in
                     sorted(isa.status.outcomes, key=lambda o: o.flag)
                     if not o.succeeded]
            flags.append("neither: %s" % isa.status.success.name)
            text += ("Each one takes the instruction's status inside its own "
                     "asm statement (%s), so no compiler-generated code can "
                     "clobber the flags first, and builds" % ", ".join(flags))
        else:
            text += "Each one builds"
        text += (" any memory operand as a C object passed to the asm as "
                 "\"m\", so the compiler cannot drop or move the stores that "
                 "fill it.")
        return escape.wrap(escape.comment(text), 73)

    @property
    def statuses(self):
        """The status enum's constants: the outcomes, then the fault."""
        s = self.isa.status
        return s.outcomes + ([s.fault] if s.fault else [])

    @property
    def struct_layouts(self):
        """Layouts that are C structs: byte layouts, and bit layouts that
        are memory operands, members of byte layouts, or wider than 64
        bits.  Nested ones come before the layouts that hold them."""
        used = {id(o.layout) for i in self.isa.instructions
                for o in i.operands if o.layout is not None}
        used |= {id(m) for l in self.isa.byte_layouts for m in l.nested}
        return [l for l in self.isa.layouts_in_order if l.kind == "bytes" or
                l.bits > 64 or id(l) in used]

    @property
    def value_layouts(self):
        """Bit layouts of up to 64 bits: values (exit qualifications, MSR
        values, register images) with a getter and a setter per field."""
        return [l for l in self.isa.bit_layouts if l.bits <= 64]

    @staticmethod
    def value_type(layout):
        return COMPAT_TYPES[64] if layout.bits > 32 else COMPAT_TYPES[32]

    @staticmethod
    def field_max(field):
        return "%#x" % ((1 << field.width) - 1)

    @staticmethod
    def mask(layout, field):
        suffix = "ULL" if layout.bits > 32 else "U"
        return "%#x%s" % (((1 << field.width) - 1) << field.low, suffix)

    def outputs(self):
        """(path, template) of every header of this ISA, umbrella last."""
        n = self.names
        out = [(n.header("insn"), "insn.h.j2")]
        if self.value_layouts:
            out.append((n.header("layouts"), "layouts.h.j2"))
        if self.has_vmcs:
            out.append((n.vmcs_header, "vmcs_fields.h.j2"))
        if self.has_tables:
            out.append((n.header("tables"), "tables.h.j2"))
        if self.dump:
            out.append((n.header("dump"), "dump.h.j2"))
        if self.entry:
            out += [(self.entry.header, "entry.h.j2"),
                    (self.entry.source, "entry.S.j2")]
        if self.checks:
            out.append((self.checks.header, "checks.h.j2"))
        out.append((n.umbrella, "umbrella.h.j2"))
        return out

    def wrapper(self, insn):
        for w in self.wrappers:
            if w.insn is insn:
                return w
        return None

    def layout_members(self, layout):
        """The members of a layout's struct, each handed out by the
        registry (a spec field or member, or the backend's own gap)."""
        if layout.kind == "bits":
            members = layouts.bit_members(layout)
        else:
            members = layouts.byte_members(layout, self.names)
        spec = {f.name: f.where for f in getattr(layout, "fields", [])
                if f.name}
        spec.update({m.name: m.where for m in getattr(layout, "members", [])})
        for m in members:
            self.names.member(layout, m.name, spec.get(m.name))
        return members

    @staticmethod
    def packed(layout):
        return layouts.is_packed(layout)

    @staticmethod
    def outcomes_text(insn):
        st = insn.status
        if st.kind == "rflags":
            return ", ".join(o.name for o in insn.outcomes)
        if st.kind == "register":
            text = "status in %s" % st.register.name.upper()
            if st.cf is not None:
                text += "; CF=1: %#x (%s)" % (st.cf.value, st.cf.summary)
            if st.fault is not None:
                text += "; a fault: %#x (%s)" % (st.fault.value,
                                                 st.fault.summary)
            return text
        if insn.fault is not None:
            return "none reported; faults only (%s)" % ", ".join(
                IsaNames(insn.isa).status_constant(o)
                for o in (insn.isa.status.success, insn.fault))
        return "none reported"

    @property
    def exit_example(self):
        """The exit reason a comment shows: the first one an instruction of
        the ISA causes (VMCALL, VMRUN), else the first."""
        names = {i.name for i in self.isa.instructions}
        return next((e for e in self.isa.exit_reasons if e.name in names),
                    self.isa.exit_reasons[0])

    def exit_value(self, entry):
        """An exit reason as an enum value: decimal, as it always was, for
        exit reasons of up to 32 bits; hex, or negative, for wider ones."""
        if self.isa.exit_table.value_bits <= 32:
            return str(entry.number)
        return "%#x" % entry.number if entry.number >= 0 else str(entry.number)

    def exit_case(self, entry):
        """An exit reason as a case label of the lookup: the value the CPU
        stores (two's complement for a negative number)."""
        table = self.isa.exit_table
        if table.value_bits <= 32:
            return str(entry.number)
        return "%#xULL" % table.unsigned(entry.number)

    @staticmethod
    def bit_value(group, bit):
        return "(1%s << %d)" % ("ULL" if group.width > 32 else "U", bit.bit)

    @staticmethod
    def capability_msr(enum):
        bit = enum.capability or next(v.capability for v in enum.values
                                      if v.capability)
        return bit.msr

    def field_params(self, field, reader):
        """The parameter of a VMCS field's accessor, as a wrapper's."""
        from backends.c.wrappers import Param
        ctype = self.vmcs_width(field).ctype
        natural = field.width == "natural"
        return [Param(ctype + " *" if reader else ctype, "value", "", natural)]

    def vmcs_width(self, field):
        return VMCS_WIDTH_BY_FIELD[field.width]

    vmcs_widths = VMCS_WIDTHS


_VIEWS = weakref.WeakKeyDictionary()


def views(model):
    """One IsaView per ISA, built once per model: the checker, the outputs,
    the renderer and the doc backend all use the same ones.  They share
    one names registry, which records every name they hand out."""
    if model not in _VIEWS:
        reg = Registry()
        _VIEWS[model] = [IsaView(isa, reg) for isa in model.isas]
    return _VIEWS[model]


def _declare_wrapper(reg, w):
    """The parameters and locals of a wrapper, as its Wrapper object (which
    the template prints) names them."""
    insn = w.insn
    scope = reg.scope(w.function + "()", insn.where("mnemonic"))
    by_name = {o.name: o for o in insn.operands}
    # A form repeats its wrapper's spec names, checked there: copied, so
    # that a mistake is reported once and the form's own names meet them.
    for o in insn.operands if w.form else []:
        scope.copy(o.name, o.where, "operand")
    for p in w.params:
        if w.form and p.name in by_name:
            continue
        op = by_name.get(p.owner)
        if op is None:      # a form's own (the value form's handler)
            scope.declare(p.name, p.where, "parameter", internal=True)
            continue
        what = "parameter" if p.field is None else \
            "parameter (field '%s' of layout '%s', operand '%s')" % (
                p.field.name, op.layout_name, op.name)
        scope.declare(p.name, p.where, what)
    if w.macro:
        # A macro's locals live in its caller's block: each has the
        # macro's name in front (Wrapper._as_macro), none is a caller's.
        for name in w.macro_local_names:
            scope.declare(name, insn.where("mnemonic"), "a macro's local",
                          internal=True)
        return
    for name in w.local_names:
        owner = next((o for o in insn.operands
                      if name == o.name or name.startswith(o.name + "_")),
                     None)
        if w.form and name in by_name:
            continue
        scope.declare(name, owner.where if owner else None,
                      "a local" if owner is None else
                      "the local for operand '%s'" % owner.name,
                      internal=owner is None)


def outputs(model):
    return [path for v in views(model) for path, _ in v.outputs()]


# --- the checker --------------------------------------------------------

def check(model, diag, context):
    """Everything C cannot say as the spec says it, before anything is
    written: layouts C cannot represent, registers that no constraint can
    bind, then name clashes.  The names are checked over what a rendering
    of every header handed out (namespace.Registry); that rendering is
    kept for render()."""
    all_views = views(model)
    reg = all_views[0].names.registry if all_views else Registry()
    for view in all_views:
        _check_layouts(view, diag)
        declare_entry(reg, view, diag)
        _check_exit_enum(view, diag)
    for view in all_views:
        asmcheck.check(view, diag)
    if not diag:    # else the templates cannot print such a model
        _LAST[:] = [model, dict(context), _render_views(all_views, context)]
        reg.finish()
    for where, message in reg.errors:
        diag.error(where, message)


def registry(model):
    """The names registry of the model's C (complete after check())."""
    all_views = views(model)
    return all_views[0].names.registry if all_views else None


def _check_exit_enum(view, diag):
    """Exit reasons become enum constants, which C gives type int: a
    number outside int's range (a 64-bit value that is not a small
    negative one) has no portable enum constant."""
    for e in view.isa.exit_reasons:
        if not -(1 << 31) <= e.number < (1 << 31):
            diag.error(e.where("number"), "exit reason number %d (%s) does "
                       "not fit a C enum constant (an int: -2147483648.."
                       "2147483647); write a 64-bit value with its top bit "
                       "set as a negative number (-1 for all ones)"
                       % (e.number, e.name))


def _check_layouts(view, diag):
    for layout in view.isa.bit_layouts:
        try:
            layouts.bit_members(layout)
        except ValueError as e:
            f = e.args[0]
            edge = (f.low // 64 + 1) * 64
            diag.error(f.where, "field '%s' (bits %s) crosses a 64-bit "
                       "boundary, which a C bitfield cannot; split it at bit "
                       "%d" % (f.name, f.bits_text, edge))


# --- rendering ----------------------------------------------------------

_ENV = None


def environment():
    global _ENV
    if _ENV is None:
        _ENV = _render.environment([TEMPLATES, asm.TEMPLATES], {
            "guard": guard,
            "comment": escape.comment,
            "kerneldoc": escape.kerneldoc,
            "continued": escape.continued,
            "cstring": escape.string_literal,
            "reg8": reg8,
            "reg32": reg32,
            "id": id,
        })
    return _ENV


# The last check()'s model, context, rendering and registry: render() of
# the same model returns that rendering instead of making it again.
_LAST = []


def render(model, context):
    if _LAST and _LAST[0] is model and _LAST[1] == context:
        return dict(_LAST[2])
    return _render_views(views(model), context)


def _render_views(all_views, context):
    env = environment()
    rendered = {}
    for view in all_views:
        for path, template in view.outputs():
            text = env.get_template(template).render(
                v=view, isa=view.isa, n=view.names, d=view.dump, output=path,
                ck=view.checks, canonical_bits=CANONICAL_BITS,
                template="gen/backends/c/templates/" + template,
                spec_name=escape.comment(context["spec_name"] + "/"))
            rendered[path] = text.encode("utf-8")
    return rendered


# --- what tests may ask ----------------------------------------------------

class PublicFunction:
    def __init__(self, view, w):
        self.name = w.function
        self.returns = w.returns
        self.params = [(p.ctype, p.name) for p in w.params]
        self.guard = "__x86_64__" if w.insn.only64 else None
        self.header = view.names.header("insn")
        self.isa = view.isa.name
        self.status = w.insn.status.kind
        success = view.isa.status.success
        self.success = view.names.status_constant(success) \
            if w.insn.returns_status and w.insn.status.kind != "register" \
            and success and w.form != "value" else None
        self.instruction = w.insn
        self.form = w.form      # None, or the form (Instruction.forms)
        # A function-like macro, whose immediate parameter (by index) a
        # caller must give as an integer constant expression.
        self.macro = w.macro
        imm = w.insn.immediate_parameter
        self.immediates = [k for k, p in enumerate(w.params)
                           if imm is not None and p.owner == imm.name]


def public_goto_forms(model):
    """Every goto form (a statement macro), as (ISA view, Wrapper)."""
    return [(v, g) for v in views(model) for g in v.goto_forms.values()]


def public_functions(model):
    """Every generated instruction wrapper, for tests that call them all."""
    return [PublicFunction(v, w) for v in views(model) for w in v.wrappers]
