# SPDX-License-Identifier: MIT
"""The entry checker in C: the snapshot struct, the rule and class tables,
and each rule's expression (gen/model/rules.py) printed as C.

Every value is widened to vmx_u64 before it is operated on, so that C's
promotions never change a result: the expressions mean what
rules.evaluate() computes (tests/entry-check.py compares the two).
"""

from model import rules as r
from backends.c import escape
from backends.c.names import COMPAT_TYPES, uint_type


class CheckView:
    """What the checker's header prints for one ISA."""

    def __init__(self, isa, names):
        self.isa = isa
        self.check = isa.entry_check
        self.n = names
        p, u = names.prefix + self.check.name, names.upper + \
            self.check.name.upper()
        self.function = self._fn(p, "the entry checker")
        self.reader = self._fn(p + "_read", "the entry checker's VMREAD "
                               "filler") if self.has_reader else None
        self.info_function = self._fn(p + "_rule", "the entry checker's "
                                      "rule table")
        self.class_function = self._fn(p + "_class", "the entry checker's "
                                       "class table")
        self.helpers = {k: names._own("__" + p + "_" + k, "identifier",
                                      "a helper of the entry checker")
                        for k in ("canonical", "fits", "fits_size", "fixed", "allowed32",
                                  "allowed64", "msr")}
        # A checker of a byte layout (entry_check: state, AMD's VMCB) takes
        # a pointer to the caller's struct and the values as parameters;
        # one of a snapshot (VMX) takes the snapshot struct.
        self.state = self.check.state
        self.state_param = self.state_tag = None
        if self.state is not None:
            self.state_tag = names.prefix + self.state.name
            self.state_param = names.parameter(
                self.function, self.state.name, self.check.where("state"),
                "the entry checker's state")
        self.params = sorted(
            (i for i in self.check.inputs if i.kind == "value"),
            key=lambda i: self.check.values.index(i.obj)) \
            if self.state is not None else []
        for i in self.params:
            names.parameter(self.function, i.name, self._where(i),
                            "a value the entry checker reads")
        self.snapshot = names._name(p + "_snapshot", "tag", self.check.where(
            "name"), "the entry checker's snapshot struct") \
            if self.snapshot_inputs else None
        self.info_struct = names._name(p + "_rule_info", "tag",
                                       self.check.where("name"),
                                       "the entry checker's rule struct")
        self.class_struct = names._name(p + "_class_info", "tag",
                                        self.check.where("name"),
                                        "the entry checker's class struct")
        self.rule_enum = names._name(p + "_rule_id", "tag", self.check.where(
            "name"), "the entry checker's rule enum")
        self.class_enum = names._name(p + "_class_id", "tag",
                                      self.check.where("name"),
                                      "the entry checker's class enum")
        self.rule_constants = {
            id(rule): names._name(u + "_" + rule.name.upper(), "identifier",
                                  rule.where("name"), "entry check '%s'"
                                  % rule.name) for rule in self.rules}
        self.rule_count = names._name(u + "_RULES", "identifier",
                                      self.check.where("name"), "the number "
                                      "of entry checks")
        self.class_constants = {
            id(c): names._name(u + "_CLASS_" + c.name.upper(), "identifier",
                               c.where("name"), "failure class '%s'" % c.name)
            for c in self.check.classes}
        self.class_count = names._name(u + "_CLASSES", "identifier",
                                       self.check.where("name"), "the number "
                                       "of failure classes")
        for i in self.snapshot_inputs:
            names.registry and names.registry.scope(
                "struct " + self.snapshot, self.check.where("name")).declare(
                    i.name, self._where(i), "a member", members=True)
        if names.registry is not None:
            reg, at = names.registry, self.check.where("name")
            for fn, params in (("canonical", ("a",)), ("fits", ("x", "n")),
                               ("fits_size", ("x", "n", "size")),
                               ("fixed", ("x", "fixed0", "fixed1")),
                               ("msr", ("basic", "bit", "msr", "true_msr")),
                               ("allowed32", ("ctls", "msr", "must", "may")),
                               ("allowed64", ("ctls", "msr"))):
                reg.scope(self.helpers[fn] + "()", at).declare_all(*params)
            reg.scope(self.class_function + "()", at).declare_all("id",
                                                                  "classes")
            reg.scope(self.info_function + "()", at).declare_all("id",
                                                                 "rules")
            for struct, members in (
                    (self.class_struct, ("name", "summary", "error",
                                         "has_exit", "exit",
                                         "qualification")),
                    (self.info_struct, ("name", "sdm", "statement", "cls"))):
                scope = reg.scope("struct " + struct, at)
                for m in members:
                    scope.declare(m, None, "a member", internal=True,
                                  members=True)
            names.registry.scope(self.function + "()", self.check.where(
                "name")).declare_all(*(("report", "ctx", "found") + (
                    () if self.state is not None else ("s",))))
            if self.reader:
                names.registry.scope(self.reader + "()", self.check.where(
                    "name")).declare_all("s", "failed", "v16", "v32", "v64",
                                         "vl")

    def _fn(self, text, what):
        return self.n._name(text, "identifier", self.check.where("name"), what)

    @staticmethod
    def _where(i):
        obj = i.obj
        return obj.where("name") if callable(getattr(obj, "where", None)) \
            else None

    @property
    def uses(self):
        """The helpers the rules call (the header defines only those)."""
        out = set()

        def walk(e):
            if isinstance(e, r.Call):
                if e.name == "allowed":
                    out.add("allowed32" if e.group.allowed0_in_msr
                            else "allowed64")
                    if e.basic is not None:
                        out.add("msr")
                elif e.name == "fits" and len(e.args) == 3:
                    out.add("fits_size")
                else:
                    out.add(e.name)
            for c in (getattr(e, k, None) for k in ("of", "a", "b")):
                if isinstance(c, r.Expr):
                    walk(c)
            for c in getattr(e, "terms", None) or getattr(e, "args", None) \
                    or []:
                walk(c)
        for rule in self.rules:
            for e in (rule.when, rule.check):
                if e is not None:
                    walk(e)
        return out

    @property
    def snapshot_inputs(self):
        """What the snapshot struct holds: everything the rules read, or
        nothing with a state layout (read in place, values passed)."""
        return [] if self.check.state is not None else self.check.inputs

    @property
    def header(self):
        return "vmxgen/%s%s.h" % (self.n.prefix, self.check.name)

    @property
    def rules(self):
        return [x for x in self.check.rules if x.ok]

    @property
    def has_reader(self):
        return self.isa.field_read is not None and any(
            i.kind == "field" for i in self.check.inputs)

    def ctype(self, i):
        if i.kind == "field" and i.obj.width == "natural":
            return COMPAT_TYPES[64]
        return uint_type(i.width)

    def comment(self, i):
        if i.kind == "field":
            return "%s (%#06x)" % (i.obj.width_text + " " + i.obj.type_text
                                   + " field", i.obj.encoding)
        if i.kind == "capability":
            return "capability MSR %#x, %s" % (i.obj.msr, i.obj.name.upper())
        return escape.comment(i.summary or "supplied by the caller")

    @property
    def field_inputs(self):
        return [i for i in self.check.inputs if i.kind == "field"]

    def reader_call(self, i):
        return self.n.field_reader(i.obj)

    def c(self, e):
        """An Expr as a C expression over 's'."""
        return _C[type(e)](self, e)

    def rule_text(self, rule):
        return escape.string_literal(rule.statement)

    def string(self, text):
        return escape.string_literal(text)

    def text(self, text):
        return escape.comment(text)


def _const(v):
    return "%#xULL" % v if v > 0xffffffff else ("%#x" % v if v > 9
                                                else str(v))


def _mask(width):
    return _const((1 << width) - 1)


def _read(view, e):
    i = e.input
    if view.state is not None and i.kind == "member":
        return "(%s)%s->%s" % (COMPAT_TYPES[64], view.state_param, ".".join(
            m.name for m in i.obj.members))
    if view.state is not None:
        return "(%s)%s" % (COMPAT_TYPES[64], i.name)
    return "(%s)s->%s" % (COMPAT_TYPES[64], i.name)


def _bits(view, e):
    of = view.c(e.of)
    if e.low:
        of = "(%s >> %d)" % (of, e.low)
    if e.width == 64:
        return of
    return "(%s & %s)" % (of, _mask(e.width))


def _compare(view, e):
    a, b = view.c(e.a), view.c(e.b)
    if e.a.kind == "bool":
        return "(!(%s) %s !(%s))" % (a, e.op, b)
    return "(%s %s %s)" % (a, e.op, b)


def _member(view, e):
    x = view.c(e.of)
    if len(e.values) > 4 and max(e.values) < 64:
        # a set of small numbers (exception vectors) as a bit mask
        mask = sum(1 << v for v in set(e.values))
        return "(%s < 64 && ((%#xULL >> %s) & 1))" % (x, mask, x)
    return "(" + " || ".join("%s == %s" % (x, _const(v))
                             for v in e.values) + ")"


def _binary(view, e):
    return "(%s %s %s)" % (view.c(e.a), e.op, view.c(e.b))


def _call(view, e):
    h = view.helpers
    if e.name == "canonical":
        return "%s(%s)" % (h["canonical"], view.c(e.args[0]))
    if e.name == "aligned":
        return "((%s & %s) == 0)" % (view.c(e.args[0]),
                                     _const(e.args[1].value - 1))
    if e.name == "fits" and len(e.args) == 3:
        return "%s(%s, %s, %s)" % (h["fits_size"], view.c(e.args[0]),
                                   view.c(e.args[1]), view.c(e.args[2]))
    if e.name == "fits":
        return "%s(%s, %s)" % (h["fits"], view.c(e.args[0]),
                               view.c(e.args[1]))
    if e.name == "fixed":
        return "%s(%s, s->%s, s->%s)" % (h["fixed"], view.c(e.args[0]),
                                          e.register.fixed0.name,
                                          e.register.fixed1.name)
    g = e.group
    msr = "s->" + g.msr.name
    if e.basic is not None:
        msr = "%s(s->%s, %d, s->%s, s->%s)" % (
            h["msr"], e.basic.name, e.true_bit, g.msr.name, g.true_msr.name)
    return "%s(s->%s, %s)" % (h["allowed32" if g.allowed0_in_msr
                                else "allowed64"], g.field_name, msr)


_C = {
    r.Const: lambda v, e: _const(e.value),
    r.Read: _read,
    r.Bits: _bits,
    r.Not: lambda v, e: "!%s" % v.c(e.of),
    r.Logic: lambda v, e: "(" + (" && " if e.op == "and" else " || ").join(
        v.c(t) for t in e.terms) + ")",
    r.Compare: _compare,
    r.Member: _member,
    r.Binary: _binary,
    r.Invert: lambda v, e: "(~%s & %s)" % (v.c(e.of), _mask(e.width)),
    r.Call: _call,
}
