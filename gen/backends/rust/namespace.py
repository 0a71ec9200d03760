# SPDX-License-Identifier: MIT
"""The checked Rust namespace.

Every name the Rust backend emits is declared here, in its scope (a
module, the items of a type, the parameters and locals of a wrapper),
with the spec location that produced it.  Two spec names that become the
same Rust name (single_context and SingleContext both give the variant
SingleContext; an operand named status beside the wrapper's own local) are
a spec error naming both places.  Keywords never clash: names.ident()
escapes them (r#type, self_) before they get here.
"""

from backends.rust import names as rn
from backends.rust import wrappers as rw


def _at(where):
    return "%s:%d:%d" % (where.path, where.line, where.column)


class Scope:
    def __init__(self, diag, title):
        self.diag = diag
        self.title = title
        self.names = {}

    def declare(self, name, where, what, internal=False):
        first = self.names.get(name)
        if first is None:
            self.names[name] = (where, what, internal)
            return
        f_where, f_what, f_internal = first
        if where is None:       # the backend's own name meets another
            where, what, f_where, f_what = f_where, f_what, where, what
        if where is None:
            return              # two names of the backend: its own bug
        other = f_what if f_where is None else "%s (%s)" % (f_what,
                                                           _at(f_where))
        self.diag.error(where, "Rust name '%s' of %s in %s clashes with %s; "
                        "rename one in the spec" % (name, what, self.title,
                                                    other))


# What the generated code names in every ISA module besides the spec's
# names: the prelude types it uses and its own items.
ROOT_RESERVED = ("Result", "Option", "Ok", "Err", "Some", "None", "core",
                 "asm", "MaybeUninit", "vmcs", "tables", "layout", "msr",
                 "ctl")


def check(views, diag):
    crate = Scope(diag, "the crate root")
    for v in views:
        isa = v.isa
        crate.declare(v.names.module, isa.where("name"), "the module of ISA "
                      "'%s'" % isa.name)
        _check_isa(v, diag)


def _check_isa(v, diag):
    isa, n = v.isa, v.names
    here = isa.where("name")
    root = Scope(diag, "module %s" % n.module)
    for name in ROOT_RESERVED:
        root.declare(name, None, "a name the generated code uses", True)
    if v.has_fail_type:
        root.declare(n.fail_type, here, "the failure type of ISA '%s'"
                     % isa.name)
        items = Scope(diag, n.fail_type)
        for name in ("name", "value"):
            items.declare(name, None, "a method", True)
        for o in v.fail_outcomes + ([isa.status.fault] if
                                    isa.status.fault else []):
            items.declare(n.fail_variant(o), o.where, "the failure '%s'"
                          % o.name)
    for e in isa.enums:
        root.declare(n.enum_type(e), e.where("name"), "enum '%s'" % e.name)
        items = Scope(diag, "enum %s" % n.enum_type(e))
        for name in ("name", "from_raw", "supported"):
            items.declare(name, None, "a method", True)
        for val in e.values:
            items.declare(n.enum_variant(val), val.where, "value '%s' of "
                          "enum '%s'" % (val.name, e.name))
    for s in v.struct_layouts:
        l = s.layout
        root.declare(s.rtype, l.where("name"), "layout '%s'" % l.name)
        items = Scope(diag, "struct %s" % s.rtype)
        items.declare("new", None, "its constructor", True)
        for f, _ in s.fields:
            items.declare(rn.ident(f.name), f.where, "field '%s'" % f.name)
        members = Scope(diag, "the members of struct %s" % s.rtype)
        for w in s.words:
            members.declare(w.name, None, "a member", True)
    for b in v.byte_structs:
        l = b.layout
        root.declare(b.rtype, l.where("name"), "layout '%s'" % l.name)
        members = Scope(diag, "struct %s" % b.rtype)
        members.declare("zeroed", None, "its constructor", True)
        spec = {rn.ident(m.name): m.where for m in l.members}
        for m in b.members:
            members.declare(m.name.replace("r#", ""), spec.get(m.name),
                            "member '%s'" % m.name if not m.reserved else
                            "a reserved gap", m.reserved)
    for w in v.wrappers:
        insn = w.insn
        where = insn.where("name" if insn.name != insn.mnemonic else
                           "mnemonic")
        root.declare(w.function, where, "instruction '%s'" % insn.name)
        _check_wrapper(w, diag)
    if v.has_vmcs:
        scope = Scope(diag, "module %s::vmcs" % n.module)
        for name in ("Field", "FieldValue", "ReadOnly", "ReadWrite",
                     "insn_error", "sealed", "Access", "PhantomData"):
            scope.declare(name, None, "a name of the module", True)
        for f in isa.vmcs_fields:
            scope.declare(rn.upper(f.name), f.where("name"), "VMCS field '%s'"
                          % f.name)
    if v.has_tables:
        for kind, entries in (("InsnError", isa.insn_errors),
                              ("ExitReason", isa.exit_reasons)):
            if not entries:
                continue
            first = entries[0]
            root.declare(kind, first.where("name"), "the table type %s" % kind)
            items = Scope(diag, "enum %s" % kind)
            for name in ("name", "from_raw", "description"):
                items.declare(name, None, "a method", True)
            for e in entries:
                items.declare(rn.camel(e.name), e.where("name"), "entry '%s'"
                              % e.name)
        msr = Scope(diag, "module %s::msr" % n.module)
        for c in isa.capabilities:
            msr.declare(rn.upper(c.name), c.where("name"), "capability MSR "
                        "'%s'" % c.name)
            if c.bits:
                msr.declare(rn.ident(c.short_name), c.where("short_name"),
                            "the bits of capability MSR '%s'" % c.name)
                bits = Scope(diag, "module %s::msr::%s" % (n.module,
                                                           c.short_name))
                for b in c.bits:
                    bits.declare(rn.upper(b.name), b.where, "capability bit "
                                 "'%s'" % b.name)
        for r in isa.fixed_registers:
            for what in ("must_be_1", "must_be_0", "adjust"):
                root.declare("%s_%s" % (r.name, what), r.where("name"),
                             "the %s helper of fixed register '%s'"
                             % (what, r.name))
        if isa.control_groups:
            root.declare("Ctls", isa.control_groups[0].where("name"),
                         "the control-group enum")
            items = Scope(diag, "enum Ctls")
            for name in ("name", "msr", "adjust", "bit_name", "from_raw"):
                items.declare(name, None, "a method", True)
            ctl = Scope(diag, "module %s::ctl" % n.module)
            for g in isa.control_groups:
                items.declare(rn.camel(g.constant.lower()), g.where("constant"),
                              "control group '%s'" % g.name)
                ctl.declare(rn.ident(g.constant.lower()), g.where("constant"),
                            "control group '%s'" % g.name)
                bits = Scope(diag, "module %s::ctl::%s" % (n.module,
                                                           g.constant.lower()))
                for b in g.bits:
                    bits.declare(rn.upper(b.name), b.where, "control '%s'"
                                 % b.name)
    if v.value_layouts:
        scope = Scope(diag, "module %s::layout" % n.module)
        for vl in v.value_layouts:
            l = vl.layout
            scope.declare(vl.rtype, l.where("name"), "layout '%s'" % l.name)
            items = Scope(diag, "layout %s" % vl.rtype)
            items.declare("new", None, "a method", True)
            items.declare("bits", None, "a method", True)
            for f in l.named_fields:
                items.declare(rn.ident(f.name), f.where, "the getter of "
                              "field '%s'" % f.name)
                items.declare("with_" + f.name, f.where, "the setter of "
                              "field '%s'" % f.name)
                items.declare(rn.upper(f.name) + "_MASK", f.where, "the mask "
                              "of field '%s'" % f.name)
                for val in f.values:
                    items.declare(rn.upper(f.name + "_" + val.name), val.where,
                                  "value '%s' of field '%s'" % (val.name,
                                                                f.name))


def _check_wrapper(w, diag):
    insn = w.insn
    scope = Scope(diag, "fn %s" % w.function)
    own = {"register": ["status"]}.get(w.status_kind, [])
    own += {"flag_byte": ["status_flags"],
            "asm_goto": [name for name, _ in w.labels]}.get(w.capture, [])
    for name in own:
        scope.declare(name, None, "a local of the wrapper", True)
    by_name = {rn.ident(o.name): o for o in insn.operands}
    for p in w.params:
        op = by_name.get(p.owner)
        what = "parameter" if op is None or op.layout is None else \
            "parameter (a field of layout '%s', operand '%s')" % (
                op.layout.name, op.name)
        scope.declare(rn.plain(p.name.replace("r#", "")), p.where, what)
    for op in insn.operands:
        if op.layout is not None or op.fixed:
            continue
        if rn.ident(op.name) not in [p.name for p in w.params]:
            scope.declare(rn.plain(op.name), op.where, "the local of "
                          "operand '%s'" % op.name)
    for op in insn.operands:
        if op.layout is not None:
            scope.declare(rn.plain(op.name), op.where, "the descriptor of "
                          "operand '%s'" % op.name)
