# SPDX-License-Identifier: MIT
"""The Rust names registry: the checked namespace of the crate.

Every name the Rust backend emits is declared here, in its scope (a
module, the items of a type, the parameters and locals of a wrapper),
with the spec location that produced it, and recorded (vmxgen --names
prints the record; tests/rust.py compares it with the names the crate
declares).  Two spec names that become the same Rust name
(single_context and SingleContext both give the variant SingleContext; an
operand named status beside the wrapper's own local) are a spec error
naming both places.  names.py escapes keywords (r#type, self_, Self_); a
name that still is one (strict or reserved, Self, self, super, crate
included) is an error here, and so is a module whose folder is not its
name (`pub mod r#fn;` is src/fn/).
"""

from backends.rust import names as rn
from backends.rust import entry as re_
from backends.rust import wrappers as rw


def _at(where):
    return "%s:%d:%d" % (where.path, where.line, where.column)


class Registry:
    """Every scope, and the record of every name declared in one."""

    def __init__(self, diag):
        self.diag = diag
        self.scopes = {}
        self.record = []        # (scope title, name, where, what)

    def scope(self, title, module=None):
        """The scope of that title (a module, a type's items, a fn) in the
        module of an ISA (None: the crate)."""
        key = (module, title)
        if key not in self.scopes:
            self.scopes[key] = Scope(self.diag, title, self)
        return self.scopes[key]

    def own(self, module, title, *names):
        """The backend's own names of a template's text, in scope title of
        module: named in the template beside the text; prints as
        nothing."""
        scope = self.scope(title, module)
        for name in names:
            scope.declare(name, None, "a name of the generated code", True)
        return ""

    def dump(self):
        return ["\t".join((title, "name", name, _at(where) if where else "-",
                            what)) for title, name, where, what in self.record]


class Scope:
    def __init__(self, diag, title, registry=None):
        self.diag = diag
        self.title = title
        self.names = {}
        self.registry = registry

    def declare(self, name, where, what, internal=False, copy=False):
        """copy: a spec name checked in another scope already (a form's
        copy of its wrapper's): only a clash with the backend's own
        names is reported here."""
        bare = name[2:] if name.startswith("r#") else name
        if (bare in rn.NOT_RAW or bare in rn.KEYWORDS and bare == name) \
                and where is not None and not copy:
            self.diag.error(where, "Rust name '%s' of %s in %s is a Rust "
                            "keyword%s; rename it in the spec" % (
                                name, what, self.title, " that cannot be a "
                                "raw identifier" if bare in rn.NOT_RAW
                                else ""))
            return
        first = self.names.get(name)
        if first is None:
            self.names[name] = (where, what, internal)
            if self.registry is not None:
                self.registry.record.append((self.title, name, where, what))
            return
        f_where, f_what, f_internal = first
        if copy and f_where is not None:
            return              # reported in the wrapper's scope
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
    """The registry of the crate, its clashes reported to diag."""
    reg = Registry(diag)
    crate = reg.scope("the crate root")
    for v in views:
        isa = v.isa
        crate.declare(v.names.module, isa.where("name"), "the module of ISA "
                      "'%s'" % isa.name)
        if v.names.folder != v.names.module.replace("r#", "", 1):
            diag.error(isa.where("name"), "the module of ISA '%s' is %s but "
                       "its files would go to src/%s/: a module's path must "
                       "be its name" % (isa.name, v.names.module,
                                        v.names.folder))
        _check_isa(v, diag, reg)
    return reg


def _check_isa(v, diag, reg):
    isa, n = v.isa, v.names
    here = isa.where("name")
    root = reg.scope("module %s" % n.module, n.module)
    for name in ROOT_RESERVED:
        root.declare(name, None, "a name the generated code uses", True)
    if v.has_fail_type:
        root.declare(n.fail_type, here, "the failure type of ISA '%s'"
                     % isa.name)
        items = reg.scope(n.fail_type, n.module)
        for name in ("name", "value"):
            items.declare(name, None, "a method", True)
        for o in v.fail_outcomes + ([isa.status.fault] if
                                    isa.status.fault else []):
            items.declare(n.fail_variant(o), o.where, "the failure '%s'"
                          % o.name)
    for e in isa.enums:
        root.declare(n.enum_type(e), e.where("name"), "enum '%s'" % e.name)
        items = reg.scope("enum %s" % n.enum_type(e), n.module)
        for name in ("name", "from_raw", "supported"):
            items.declare(name, None, "a method", True)
        for val in e.values:
            items.declare(n.enum_variant(val), val.where, "value '%s' of "
                          "enum '%s'" % (val.name, e.name))
    for s in v.struct_layouts:
        l = s.layout
        root.declare(s.rtype, l.where("name"), "layout '%s'" % l.name)
        items = reg.scope("struct %s" % s.rtype, n.module)
        items.declare("new", None, "its constructor", True)
        for f, _ in s.fields:
            items.declare(rn.ident(f.name), f.where, "field '%s'" % f.name)
        members = reg.scope("the members of struct %s" % s.rtype, n.module)
        for w in s.words:
            members.declare(w.name, None, "a member", True)
    for b in v.byte_structs:
        l = b.layout
        root.declare(b.rtype, l.where("name"), "layout '%s'" % l.name)
        members = reg.scope("struct %s" % b.rtype, n.module)
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
        root.declare(w.function, where, "instruction '%s'" % insn.name
                     if w.form is None else "the %s form of instruction "
                     "'%s'" % (w.form, insn.name))
        _check_wrapper(w, diag, reg)
    if v.has_vmcs:
        scope = reg.scope("module %s::vmcs" % n.module, n.module)
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
            items = reg.scope("enum %s" % kind, n.module)
            for name in ("name", "from_raw", "description"):
                items.declare(name, None, "a method", True)
            for e in entries:
                items.declare(rn.camel(e.name), e.where("name"), "entry '%s'"
                              % e.name)
        msr = reg.scope("module %s::msr" % n.module, n.module)
        for c in isa.capabilities:
            msr.declare(rn.upper(c.name), c.where("name"), "capability MSR "
                        "'%s'" % c.name)
            if c.bits:
                msr.declare(rn.ident(c.short_name), c.where("short_name"),
                            "the bits of capability MSR '%s'" % c.name)
                bits = reg.scope("module %s::msr::%s" % (n.module,
                                                           c.short_name), n.module)
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
            items = reg.scope("enum Ctls", n.module)
            for name in ("name", "msr", "adjust", "bit_name", "from_raw"):
                items.declare(name, None, "a method", True)
            ctl = reg.scope("module %s::ctl" % n.module, n.module)
            for g in isa.control_groups:
                items.declare(rn.camel(g.constant.lower()), g.where("constant"),
                              "control group '%s'" % g.name)
                ctl.declare(rn.ident(g.constant.lower()), g.where("constant"),
                            "control group '%s'" % g.name)
                bits = reg.scope("module %s::ctl::%s" % (n.module,
                                                           g.constant.lower()))
                for b in g.bits:
                    bits.declare(rn.upper(b.name), b.where, "control '%s'"
                                 % b.name)
    if v.entry:
        re_.declare(reg, v)
    if v.value_layouts:
        scope = reg.scope("module %s::layout" % n.module, n.module)
        for vl in v.value_layouts:
            l = vl.layout
            scope.declare(vl.rtype, l.where("name"), "layout '%s'" % l.name)
            items = reg.scope("layout %s" % vl.rtype, n.module)
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


def _check_wrapper(w, diag, reg):
    insn = w.insn
    scope = reg.scope("fn %s" % w.function, w.names.module)
    own = {"register": ["status"]}.get(w.status_kind, [])
    own += {"asm_goto": [name for name, _ in w.labels]}.get(w.capture, [])
    own += ["carry"] if w.carry else []
    own += ["on_fail", "F"] if w.on_fail else []
    for name in own:
        scope.declare(name, None, "a local of the wrapper", True)
    # A form repeats its wrapper's spec names, checked there: copied, so
    # that a mistake is reported once and the form's own names meet them.
    copy = w.form is not None
    by_name = {rn.ident(o.name): o for o in insn.operands}
    for p in w.params:
        op = by_name.get(p.owner)
        if p.owner is None:
            continue        # the form's own (on_fail), declared above
        what = "parameter" if op is None or op.layout is None else \
            "parameter (a field of layout '%s', operand '%s')" % (
                op.layout.name, op.name)
        scope.declare(rn.plain(p.name.replace("r#", "")), p.where, what,
                      copy=copy)
    imm = insn.immediate_parameter
    for name, _, _ in w.const_params:
        scope.declare(name, imm.where, "the const generic of operand '%s'"
                      % imm.name, copy=copy)
    params = [p.name for p in w.params]
    for op in insn.operands:
        if op.fixed or rn.ident(op.name) in params:
            continue
        what = "the local of operand '%s'" % op.name if op.layout is None \
            else "the descriptor of operand '%s'" % op.name
        scope.declare(rn.plain(op.name), op.where, what, copy=copy)
