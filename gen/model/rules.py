# SPDX-License-Identifier: MIT
"""Entry checks: the manual's rules for entering a guest, as expressions.

A rule (spec key entry_checks) is a condition over the state the CPU
checks: VMCS fields (or values the caller supplies, entry_check: values),
their bits and bit ranges, control bits, capability MSRs and their bits.
It holds a 'check' that must be true, optionally only 'when' another
condition is; a violated rule makes the entry fail in its class
(entry_check: classes: VMfailValid 7, exit reason 33, ...).

The expressions are written in a small subset of Python's expression
syntax and parsed by Python's own parser (ast, mode "eval"): a parser that
is kept with the language, with every node's column, and whose precedence
is the one a reader expects of 'x & 0xff == 0' (the mask first, unlike
C).  Everything outside the subset is refused at its token:

    a and b, a or b, not a          conditions
    x == y, !=, <, <=, >, >=        one comparison (no chains) of values
    x in (1, 2, 3)                  a value among constants
    x & y, x | y, x ^ y, ~x         values; x << n, x >> n (n a constant)
    NAME                            a VMCS field, a value, a capability MSR,
                                    a control group (its field)
    NAME.bit                        a control bit (group.bit), a capability
                                    bit, or a field of the layout the value
                                    is read through (1 bit: a condition)
    NAME[n], NAME[hi:lo]            one bit (a condition), a bit range
    canonical(x)                    x (64 bits) is a canonical address
    aligned(x, n)                   x is a multiple of n (a power of two)
    fits(x, n)                      x < 2**n (n a value or constant)
    fits(x, n, size)                the size bytes from x lie below 2**n:
                                    x + size <= 2**n, without overflow
                                    (size a constant of at least 1)
    allowed(group)                  the group's controls are settings its
                                    capability MSR allows (the TRUE MSR when
                                    IA32_VMX_BASIC says it exists)
    fixed(reg, x)                   x has the bits VMX operation fixes in
                                    reg (cr0, cr4) at their fixed values

Values have a width (a VMCS field's, a bit range's); a constant must fit
the width of what it meets.  The checked tree (Expr) is what backends
print and what evaluate() runs.
"""

import ast
import re

from model.base import Item, unique

FUNCTIONS = {"canonical": (1,), "aligned": (2,), "fits": (2, 3),
             "allowed": (1,), "fixed": (2,)}
CANONICAL_BITS = 48     # TODO(rules): 57 with 5-level paging (CR4.LA57)
MAX_EXPRESSION = 2000   # characters (the schema's limit too)
MAX_DEPTH = 50          # nesting of the tree (the real rules: under 10)


class RuleError(Exception):
    """A mistake in an expression: offset (into the string) and text;
    text None when the mistake was reported where it was made."""

    def __init__(self, offset, message):
        super().__init__(message)
        self.offset = offset
        self.message = message


# --- the checked tree ---------------------------------------------------

class Expr:
    """A checked expression: kind 'bool' or 'int'; an int has a width in
    bits, or None for a constant (it takes the width of what it meets)."""
    kind = "int"
    width = None


class Const(Expr):
    def __init__(self, value):
        self.value = value


class Read(Expr):
    """A value of the snapshot (an Input), whole."""

    def __init__(self, value):
        self.input = value
        self.width = value.width


class Bits(Expr):
    """Bits [low, low + width) of a value; a condition if it is one bit
    read as a bit (x.flag, x[n])."""

    def __init__(self, of, low, width, condition):
        self.of, self.low = of, low
        self.width = width
        self.kind = "bool" if condition else "int"


class Not(Expr):
    kind = "bool"

    def __init__(self, of):
        self.of = of


class Logic(Expr):
    """op 'and' / 'or' over two or more conditions."""
    kind = "bool"

    def __init__(self, op, terms):
        self.op, self.terms = op, terms


class Compare(Expr):
    """op one of == != < <= > >=; a and b both values or both conditions."""
    kind = "bool"

    def __init__(self, op, a, b):
        self.op, self.a, self.b = op, a, b


class Member(Expr):
    kind = "bool"

    def __init__(self, of, values):
        self.of, self.values = of, values


class Binary(Expr):
    """op & | ^ << >> over values."""

    def __init__(self, op, a, b, width):
        self.op, self.a, self.b, self.width = op, a, b, width


class Invert(Expr):
    """~x within x's width."""

    def __init__(self, of):
        self.of, self.width = of, of.width


class Call(Expr):
    """A test: canonical, aligned, fits (args: exprs), allowed (group:
    a ControlGroup), fixed (register: a FixedRegister, args: [x])."""
    kind = "bool"

    def __init__(self, name, args, group=None, register=None):
        self.name, self.args = name, args
        self.group, self.register = group, register
        # allowed(): the MSR that says the TRUE MSRs exist, and its bit
        self.basic = self.true_bit = None


# --- what rules read ----------------------------------------------------

class Input:
    """One value of the snapshot a checker evaluates: a VMCS field, a
    value the caller supplies, or a capability MSR."""

    def __init__(self, name, width, kind, obj, summary, layout=None):
        self.name = name
        self.width = width      # bits
        self.kind = kind        # 'field', 'value', 'capability'
        self.obj = obj          # VmcsField, Value or Capability
        self.summary = summary
        self.layout = layout    # the BitLayout it is read through, if any


class Value(Item):
    """entry_check: values: a value the caller supplies (width), a VMCS
    field read through a layout (field + layout), or a member of the
    checker's state layout (member: its path, as save.cs.attrib)."""

    def __init__(self, source, path, raw):
        super().__init__(source, path)
        self.name = raw["name"]
        self.width = raw.get("width")
        self.member_path = raw.get("member")
        self.layout_name = raw.get("layout")
        self.summary = raw.get("summary", "")
        self.layout = None
        self.members = None     # the Members of member_path, outermost first


class FailureClass(Item):
    """How the CPU reports a violated rule of this class: an error number
    (VMfailValid with that VM-instruction error) or an exit (a reason, and
    the qualification it leaves)."""

    def __init__(self, source, path, raw):
        super().__init__(source, path)
        self.name = raw["name"]
        self.summary = raw["summary"]
        self.error = raw.get("error")
        self.exit = raw.get("exit")
        self.qualification = raw.get("qualification")
        self.number = None      # the Numbered entry it names, once resolved


class EntryCheck(Item):
    """entry_check: the checker of an ISA (name, summary, sdm), its
    failure classes in the order the CPU checks them, and its values."""

    def __init__(self, source, path, raw):
        super().__init__(source, path)
        self.name = raw["name"]
        self.summary = raw["summary"]
        self.sdm = raw["sdm"]
        self.sources = raw.get("sources", "")
        # The byte layout the checker reads (a VMCB): the C checker takes
        # a pointer to it; values name its members.  None: the snapshot.
        self.state_name = raw.get("state")
        self.state = None
        self.classes = [FailureClass(source, path + ("classes", i), c)
                        for i, c in enumerate(raw["classes"])]
        self.values = [Value(source, path + ("values", i), v)
                       for i, v in enumerate(raw.get("values", []))]
        self.rules = []
        self.inputs = []        # what any rule reads, in a fixed order


class Rule(Item):
    def __init__(self, source, path, raw):
        super().__init__(source, path)
        self.name = raw["name"]
        self.sdm = raw["sdm"]
        self.statement = raw["statement"]
        self.class_name = raw["class"]
        self.sources = raw.get("sources", "")
        self.text = {k: raw[k] for k in ("when", "check") if k in raw}
        self.failure = None
        self.when = None        # Expr or None
        self.check = None       # Expr
        self.inputs = []        # Inputs it reads, in first-read order
        self.ok = False         # both expressions checked

    def error_at(self, key, offset):
        return self.source.where_in(self.path + (key,), offset)


# --- name resolution ----------------------------------------------------

class Scope:
    """The names a rule of one ISA can use."""

    def __init__(self, isa, check):
        self.isa = isa
        self.inputs = {}        # name -> Input (created on first use)
        self.fields = {f.name: f for f in isa.vmcs_fields}
        self.values = {v.name: v for v in check.values}
        self.groups = {g.name: g for g in isa.control_groups}
        self.caps = {}
        for c in isa.capabilities:
            self.caps[c.name] = c
            self.caps.setdefault(c.short_name, c)
        self.fixed = {r.name: r for r in isa.fixed_registers}
        self.layouts = {l.name: l for l in isa.bit_layouts if l.bits <= 64}

    def maybe_left_out(self):
        """Whether an entry a rule could name failed to load (already
        reported), so that an unknown name may be that entry."""
        return any(not self.isa.undefined(table, None) for table in
                   ("vmcs_fields", "control_groups", "capabilities"))

    def kinds(self, name):
        """Every kind of thing name could be (more than one: ambiguous)."""
        found = []
        if name in self.values:
            found.append("value")
        elif name in self.fields:
            found.append("VMCS field")
        if name in self.groups:
            found.append("control group")
        if name in self.caps:
            found.append("capability MSR")
        return found

    def input_for(self, name):
        """The snapshot value a name reads (an Input), or None."""
        if name in self.inputs:
            return self.inputs[name]
        value = self.values.get(name)
        field = self.fields.get(name)
        if value is not None and value.members is not None:
            got = Input(name, value.members[-1].int_bits, "member", value,
                        value.summary or value.members[-1].summary,
                        value.layout)
        elif value is not None and value.member_path is not None:
            # its member was refused already: read it as 64 bits, so that
            # the rules that read it are checked without a second error
            got = Input(name, 64, "member", value, value.summary,
                        value.layout)
        elif value is not None and value.width is None and field is not None:
            got = Input(name, _field_bits(field), "field", field,
                        field.summary, value.layout)
        elif value is not None and value.width is not None:
            got = Input(name, value.width, "value", value, value.summary,
                        value.layout)
        elif field is not None:
            got = Input(name, _field_bits(field), "field", field,
                        field.summary)
        elif name in self.groups:
            group = self.groups[name]
            return self.input_for(group.field_name) \
                if group.field is not None else None
        elif name in self.caps:
            cap = self.caps[name]
            name = cap.name
            if name in self.inputs:
                return self.inputs[name]
            got = Input(name, 64, "capability", cap, "capability MSR %#x"
                        % cap.msr, self.layouts.get(cap.short_name))
        else:
            return None
        self.inputs[name] = got
        return got


def _field_bits(field):
    """A natural-width field as 64 bits: the checker reads the guest and
    host of a 64-bit CPU."""
    return 64 if field.width == "natural" else field.width


# --- checking an expression ---------------------------------------------

_CMP = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=",
        ast.Gt: ">", ast.GtE: ">="}
_BIN = {ast.BitAnd: "&", ast.BitOr: "|", ast.BitXor: "^", ast.LShift: "<<",
        ast.RShift: ">>"}
_WORDS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/",
          ast.FloorDiv: "//", ast.Mod: "%", ast.Pow: "**", ast.MatMult: "@",
          ast.USub: "unary -", ast.UAdd: "unary +", ast.Is: "is",
          ast.IsNot: "is not", ast.NotIn: "not in"}


def parse(text):
    """The Python tree of an expression, or RuleError at the offending
    character.  Newlines (of a block scalar) are blanks: one logical line,
    so that a column is an offset into the string."""
    if len(text) > MAX_EXPRESSION:
        raise RuleError(0, "expression is longer than %d characters"
                        % MAX_EXPRESSION)
    bad = re.search(r"[^\x20-\x7e\n\t]", text)
    if bad:
        raise RuleError(bad.start(), "character U+%04X is not allowed in an "
                        "expression (ASCII only)" % ord(bad.group()))
    flat = text.replace("\n", " ").replace("\t", " ")
    body = flat.lstrip()
    lead = len(flat) - len(body)   # Python refuses leading blanks
    if not body.strip():
        raise RuleError(0, "empty expression")
    try:
        tree = ast.parse(body, mode="eval").body
    except SyntaxError as e:
        # Offset 0 (or none): at the end of the text.
        offset = (e.offset or len(body) + 1) - 1 if e.lineno in (None, 1) \
            else len(body)
        msg = (e.msg or "invalid syntax").split(" (")[0]
        raise RuleError(lead + min(max(offset, 0), len(body.rstrip()) - 1),
                        "syntax error in expression: %s" % msg)
    except (RecursionError, MemoryError, ValueError):
        raise RuleError(lead, "expression is nested too deeply")
    # Depth bounded here: the checker and the backends recurse over it.
    todo = [(tree, 1)]
    while todo:
        node, depth = todo.pop()
        if depth > MAX_DEPTH:
            raise RuleError(lead + node.col_offset, "expression is nested "
                            "deeper than %d levels here" % MAX_DEPTH)
        if hasattr(node, "col_offset"):
            node.col_offset += lead
            node.end_col_offset = (node.end_col_offset or 0) + lead
        todo += [(child, depth + 1) for child in ast.iter_child_nodes(node)]
    return tree


class Checker:
    """Turns one expression's Python tree into an Expr, checking every
    name, width and type; the first mistake raises RuleError."""

    def __init__(self, scope, reads):
        self.scope = scope
        self.reads = reads      # list: Inputs read, in order

    def read(self, name, node):
        got = self.scope.input_for(name)
        if got is None and self.scope.maybe_left_out():
            # An entry of a table it could name failed to load and was
            # reported there; a second error here would be noise.
            raise RuleError(node.col_offset, None)
        if got is None:
            raise RuleError(node.col_offset, "unknown name '%s'" % name +
                            self.suggest(name))
        if got not in self.reads:
            self.reads.append(got)
        return got

    def suggest(self, name):
        import difflib
        pool = list(self.scope.fields) + list(self.scope.values) + \
            list(self.scope.groups) + list(self.scope.caps)
        close = difflib.get_close_matches(name, pool, 1, 0.7)
        return "; did you mean '%s'?" % close[0] if close else \
            " (not a VMCS field, value, control group or capability MSR)"

    def condition(self, node):
        e = self.expr(node)
        if e.kind != "bool":
            raise RuleError(node.col_offset, "this is %s, not a condition; "
                            "compare it (!= 0) or test a bit" % _what(e))
        return e

    def value(self, node):
        e = self.expr(node)
        if e.kind != "int":
            raise RuleError(node.col_offset, "this is a condition, not a "
                            "value; a value is needed here")
        return e

    def expr(self, node):
        method = getattr(self, "do_" + type(node).__name__, None)
        if method is None:
            raise RuleError(node.col_offset, "%s is not part of the rule "
                            "language" % _construct(node))
        return method(node)

    def do_Constant(self, node):
        v = node.value
        if isinstance(v, bool) or not isinstance(v, int):
            raise RuleError(node.col_offset, "only integer constants are "
                            "allowed, not %r" % (v,))
        if v >= 1 << 64:
            raise RuleError(node.col_offset, "constant %#x does not fit in "
                            "64 bits" % v)
        return Const(v)

    def do_Name(self, node):
        if node.id in FUNCTIONS:
            raise RuleError(node.col_offset, "'%s' is a test: call it, "
                            "%s(...)" % (node.id, node.id))
        if node.id in self.scope.groups and \
                self.scope.groups[node.id].field is None:
            raise RuleError(node.col_offset, "control group '%s' has no "
                            "VMCS field to read" % node.id)
        self._unambiguous(node.id, node)
        return Read(self.read(node.id, node))

    def _unambiguous(self, name, node):
        kinds = self.scope.kinds(name)
        if len(kinds) > 1:
            raise RuleError(node.col_offset, "'%s' is ambiguous here: it "
                            "names a %s" % (name, " and a ".join(kinds)))

    def do_Attribute(self, node):
        base = node.value
        if not isinstance(base, ast.Name):
            raise RuleError(node.col_offset, "'.%s' must follow a name (a "
                            "control group, a capability MSR, or a value "
                            "read through a layout)" % node.attr)
        name, attr = base.id, node.attr
        col = node.end_col_offset - len(attr)
        self._unambiguous(name, base)
        group = self.scope.groups.get(name)
        if group is not None:
            for bit in group.bits:
                if bit.name == attr:
                    if group.field is None:
                        raise RuleError(base.col_offset, "control group '%s' "
                                        "has no VMCS field to read" % name)
                    return Bits(Read(self.read(group.field_name, base)),
                                bit.bit, 1, True)
            raise RuleError(col, "control group '%s' has no bit '%s'%s"
                            % (name, attr, _close(attr, [b.name for b in
                                                         group.bits])))
        got = self.read(name, base)
        names = []
        if got.kind == "capability":
            for bit in got.obj.bits:
                if bit.name == attr:
                    return Bits(Read(got), bit.bit, 1, True)
            names += [b.name for b in got.obj.bits]
        if got.layout is not None:
            for f in got.layout.fields:
                if f.name == attr:
                    return Bits(Read(got), f.low, f.width, f.width == 1)
            names += [f.name for f in got.layout.fields if f.name]
        if got.layout is None and not (got.kind == "capability" and
                                       got.obj.bits):
            raise RuleError(col, "'%s' has no named bits: give it a layout "
                            "(entry_check: values) or write %s[N]"
                            % (name, name))
        raise RuleError(col, "'%s' has no bit or field '%s'%s"
                        % (name, attr, _close(attr, names)))

    def do_Subscript(self, node):
        of = self.value(node.value)
        if of.width is None:
            raise RuleError(node.col_offset, "bits of a constant: write the "
                            "constant")
        index = node.slice
        if isinstance(index, ast.Index):        # Python < 3.9
            index = index.value
        if isinstance(index, ast.Slice):
            if index.step is not None or index.lower is None or \
                    index.upper is None:
                raise RuleError(node.col_offset, "a bit range is [high:low]")
            high = self._bit(index.lower, of)
            low = self._bit(index.upper, of)
            if high < low:
                raise RuleError(index.lower.col_offset, "write the bit range "
                                "high:low ([%d:%d])" % (low, high))
            return Bits(of, low, high - low + 1, False)
        return Bits(of, self._bit(index, of), 1, True)

    def _bit(self, node, of):
        if not (isinstance(node, ast.Constant) and type(node.value) is int):
            raise RuleError(node.col_offset, "a bit number must be a "
                            "constant")
        if node.value >= of.width:
            raise RuleError(node.col_offset, "bit %d is past the width of "
                            "this %d-bit value" % (node.value, of.width))
        return node.value

    def do_BoolOp(self, node):
        op = "and" if isinstance(node.op, ast.And) else "or"
        return Logic(op, [self.condition(v) for v in node.values])

    def do_UnaryOp(self, node):
        if isinstance(node.op, ast.Not):
            return Not(self.condition(node.operand))
        if isinstance(node.op, ast.Invert):
            of = self.value(node.operand)
            if of.width is None:
                raise RuleError(node.col_offset, "~ of a constant: write the "
                                "constant")
            return Invert(of)
        raise RuleError(node.col_offset, "%s is not part of the rule "
                        "language" % _WORDS.get(type(node.op), "this operator"))

    def do_BinOp(self, node):
        op = _BIN.get(type(node.op))
        if op is None:
            raise RuleError(_op_col(node), "operator %s is not part of the "
                            "rule language (values: & | ^ ~ << >>)"
                            % _WORDS.get(type(node.op), "this"))
        a, b = self.value(node.left), self.value(node.right)
        if op in ("<<", ">>"):
            if not isinstance(b, Const) or b.value > 63:
                raise RuleError(node.right.col_offset, "a shift count must be "
                                "a constant of 0..63")
            if a.width is None:
                raise RuleError(node.left.col_offset, "shift of a constant: "
                                "write the constant")
            width = max(a.width - b.value, 1) if op == ">>" else \
                min(a.width + b.value, 64)
            return Binary(op, a, b, width)
        self._fit(a, b, node)
        if a.width is None and b.width is None:
            raise RuleError(node.col_offset, "an operation on two constants: "
                            "write the result")
        widths = [w for w in (a.width, b.width) if w is not None]
        width = min(widths) if op == "&" else max(widths)
        return Binary(op, a, b, width)

    def _fit(self, a, b, node):
        """A constant must fit the width of the value it meets."""
        for c, v, at in ((a, b, node.left), (b, a, node.right)):
            if isinstance(c, Const) and v.width is not None and \
                    c.value >> v.width:
                raise RuleError(at.col_offset, "constant %#x does not fit in "
                                "the %d bits of the value it meets"
                                % (c.value, v.width))

    def do_Compare(self, node):
        if len(node.ops) != 1:
            raise RuleError(node.comparators[1].col_offset, "chained "
                            "comparison: write 'a < b and b < c'")
        op_node = node.ops[0]
        if isinstance(op_node, ast.In):
            of = self.value(node.left)
            seq = node.comparators[0]
            if not isinstance(seq, (ast.Tuple, ast.List)) or not seq.elts:
                raise RuleError(seq.col_offset, "'in' takes a list of "
                                "constants: x in (1, 2)")
            values = []
            for e in seq.elts:
                c = self.expr(e)
                if not isinstance(c, Const):
                    raise RuleError(e.col_offset, "'in' takes constants only")
                if of.width is not None and c.value >> of.width:
                    raise RuleError(e.col_offset, "constant %#x does not fit "
                                    "in the %d bits of the value it meets"
                                    % (c.value, of.width))
                values.append(c.value)
            return Member(of, values)
        op = _CMP.get(type(op_node))
        if op is None:
            raise RuleError(node.col_offset, "comparison '%s' is not part of "
                            "the rule language" % _WORDS.get(type(op_node), "?"))
        a = self.expr(node.left)
        b = self.expr(node.comparators[0])
        if a.kind != b.kind:
            raise RuleError(node.comparators[0].col_offset, "comparing %s "
                            "with %s" % (_what(a), _what(b)))
        if a.kind == "bool" and op not in ("==", "!="):
            raise RuleError(node.col_offset, "conditions compare with == or "
                            "!= only")
        if a.kind == "int":
            self._fit_cmp(a, b, node)
            if a.width is None and b.width is None:
                raise RuleError(node.col_offset, "comparison of two "
                                "constants: its result is known")
        return Compare(op, a, b)

    def _fit_cmp(self, a, b, node):
        for c, v, at in ((a, b, node.left), (b, a, node.comparators[0])):
            if isinstance(c, Const) and v.width is not None and \
                    c.value >> v.width:
                raise RuleError(at.col_offset, "constant %#x does not fit in "
                                "the %d bits of the value it is compared "
                                "with" % (c.value, v.width))

    def do_Call(self, node):
        if not isinstance(node.func, ast.Name) or \
                node.func.id not in FUNCTIONS:
            raise RuleError(node.col_offset, "unknown test%s (tests: %s)"
                            % (" '%s'" % node.func.id if isinstance(
                                node.func, ast.Name) else "",
                               ", ".join(sorted(FUNCTIONS))))
        name = node.func.id
        if node.keywords or len(node.args) not in FUNCTIONS[name] or \
                any(isinstance(a, ast.Starred) for a in node.args):
            n = " or ".join(str(k) for k in FUNCTIONS[name])
            raise RuleError(node.col_offset, "%s() takes %s argument%s"
                            % (name, n, "" if n == "1" else "s"))
        args = node.args
        if name == "allowed":
            g = args[0]
            if not isinstance(g, ast.Name) or g.id not in self.scope.groups:
                raise RuleError(g.col_offset, "allowed() takes a control "
                                "group (%s)" % ", ".join(self.scope.groups))
            group = self.scope.groups[g.id]
            if group.field is None or group.msr is None:
                raise RuleError(g.col_offset, "control group '%s' has no "
                                "field or capability MSR" % g.id)
            self.read(group.field_name, g)
            self.read(group.msr.name, g)
            call = Call(name, [], group=group)
            isa = self.scope.isa
            if group.true_msr is not None and isa.basic is not None and \
                    isa.true_controls_bit is not None:
                self.read(group.true_msr.name, g)
                self.read(isa.basic.name, g)
                call.basic, call.true_bit = isa.basic, isa.true_controls_bit
            return call
        if name == "fixed":
            r = args[0]
            if not isinstance(r, ast.Name) or r.id not in self.scope.fixed:
                raise RuleError(r.col_offset, "fixed() takes a fixed register "
                                "(%s) first" % (", ".join(self.scope.fixed) or
                                                   "none in this ISA"))
            reg = self.scope.fixed[r.id]
            if reg.fixed0 is None or reg.fixed1 is None:
                raise RuleError(r.col_offset, "fixed register '%s' has no "
                                "capability MSRs" % r.id)
            x = self._wide(args[1], 64, name)
            self.read(reg.fixed0.name, r)
            self.read(reg.fixed1.name, r)
            return Call(name, [x], register=reg)
        x = self.value(args[0])
        if x.width is None:
            raise RuleError(args[0].col_offset, "%s() of a constant: its "
                            "result is known" % name)
        if name == "canonical":
            if x.width != 64:
                raise RuleError(args[0].col_offset, "canonical() takes a "
                                "64-bit address, not a %d-bit value"
                                % x.width)
            return Call(name, [x])
        n = self.value(args[1])
        if name == "aligned":
            if not isinstance(n, Const) or n.value < 1 or \
                    n.value & (n.value - 1) or n.value >> x.width:
                raise RuleError(args[1].col_offset, "aligned() takes a "
                                "constant power of two that fits the value")
            return Call(name, [x, n])
        if isinstance(n, Const) and not 0 <= n.value <= x.width:
            raise RuleError(args[1].col_offset, "fits(x, n): n must be 0..%d "
                            "for this %d-bit value" % (x.width, x.width))
        if len(args) == 3:
            size = self.value(args[2])
            if not isinstance(size, Const) or not 1 <= size.value < 1 << 63:
                raise RuleError(args[2].col_offset, "fits(x, n, size): size "
                                "must be a constant of 1..2**63-1 (bytes)")
            return Call(name, [x, n, size])
        return Call(name, [x, n])

    def _wide(self, node, width, name):
        x = self.value(node)
        if x.width is not None and x.width != width:
            raise RuleError(node.col_offset, "%s() takes a %d-bit value, not "
                            "a %d-bit one" % (name, width, x.width))
        return x

    def do_Tuple(self, node):
        raise RuleError(node.col_offset, "a list of constants belongs after "
                        "'in' only")

    do_List = do_Tuple


def _op_col(node):
    return node.left.end_col_offset + 1 if hasattr(node.left,
                                                    "end_col_offset") \
        else node.col_offset


def _what(e):
    if e.kind == "bool":
        return "a condition"
    if e.width is None:
        return "a constant"
    return "a %d-bit value" % e.width


def _construct(node):
    return {"IfExp": "'x if c else y'", "Lambda": "lambda",
            "Dict": "a dict", "Set": "a set", "ListComp": "a comprehension",
            "GeneratorExp": "a comprehension", "SetComp": "a comprehension",
            "DictComp": "a comprehension", "JoinedStr": "an f-string",
            "Starred": "'*'", "NamedExpr": "':='", "Await": "await",
            "Yield": "yield", "YieldFrom": "yield", "Slice": "a slice"
            }.get(type(node).__name__, type(node).__name__.lower())


def _close(name, names):
    import difflib
    close = difflib.get_close_matches(name, names, 1, 0.6)
    return "; did you mean '%s'?" % close[0] if close else ""


# --- building the rules of an ISA ---------------------------------------

def build_rules(isa, check, raw_rules, diag):
    """Resolve the checker's classes and values, and check every rule;
    errors are file:line:col at the token."""
    numbers = {"error": {e.number: e for e in isa.insn_errors},
               "exit": {isa.exit_table.unsigned(e.number): e
                        for e in isa.exit_reasons}}
    unique(diag, check.classes, lambda c: c.name,
           lambda c: "failure class '%s'" % c.name, lambda c: c.where("name"))
    for c in check.classes:
        if (c.error is None) == (c.exit is None):
            diag.error(c.where(), "failure class '%s' needs exactly one of "
                       "'error' (a VM-instruction error number) or 'exit' (an "
                       "exit reason)" % c.name)
            continue
        if c.qualification is not None and c.exit is None:
            diag.error(c.where("qualification"), "a qualification belongs "
                       "to an exit")
        kind = "error" if c.error is not None else "exit"
        number = c.error if c.error is not None else \
            isa.exit_table.unsigned(c.exit)
        c.number = numbers[kind].get(number)
        if c.number is None and isa.undefined(
                "vm_instruction_errors" if kind == "error" else
                "exit_reasons", None):
            diag.error(c.where(kind), "failure class '%s': no %s numbered %d "
                       "in the ISA's tables" % (
                           c.name, "VM-instruction error" if kind == "error"
                           else "exit reason", c.error if kind == "error"
                           else c.exit))
    fields = {f.name: f for f in isa.vmcs_fields}
    layouts = {l.name: l for l in isa.bit_layouts}
    _resolve_state(isa, check, diag)
    unique(diag, check.values, lambda v: v.name,
           lambda v: "value '%s'" % v.name, lambda v: v.where("name"))
    for v in check.values:
        if v.member_path is not None:
            _resolve_member(check, v, diag)
        elif v.width is None and v.name not in fields:
            if isa.undefined("vmcs_fields", v.name):
                diag.error(v.where("name"), "value '%s' has no width and is "
                           "no VMCS field: give 'width' (a value the caller "
                           "supplies) or name a field" % v.name)
        if v.width is not None and v.member_path is not None:
            diag.error(v.where("width"), "'%s' is a member of '%s': its width "
                       "is the member's; drop 'width'" % (v.name,
                                                         check.state_name))
        elif v.width is not None and v.name in fields:
            diag.error(v.where("width"), "'%s' is a VMCS field: its width is "
                       "the field's; drop 'width'" % v.name)
        if v.layout_name is not None:
            v.layout = layouts.get(v.layout_name)
            if v.layout is None:
                if isa.undefined("layouts", v.layout_name):
                    diag.error(v.where("layout"), "unknown bit layout '%s'%s"
                               % (v.layout_name, _close(v.layout_name,
                                                        list(layouts))))
            elif v.layout.bits > 64:
                diag.error(v.where("layout"), "layout '%s' is %d bits: a "
                           "value is read through a layout of up to 64"
                           % (v.layout_name, v.layout.bits))
                v.layout = None
    classes = {c.name: c for c in check.classes}
    scope = Scope(isa, check)
    first = {}
    for src, path, raw in raw_rules:
        rule = Rule(src, path, raw)
        if rule.name in first:
            diag.error(rule.where("name"), "duplicate entry check '%s' (first "
                       "defined at %s)" % (rule.name, first[rule.name]))
            continue
        first[rule.name] = rule.where("name")
        rule.failure = classes.get(rule.class_name)
        if rule.failure is None:
            diag.error(rule.where("class"), "unknown failure class '%s' "
                       "(classes: %s)" % (rule.class_name,
                                          ", ".join(classes) or "none"))
        ok = True
        for key in ("when", "check"):
            if key not in rule.text:
                continue
            try:
                tree = parse(rule.text[key])
                expr = Checker(scope, rule.inputs).condition(tree)
            except RuleError as e:
                if e.message is not None:   # None: reported elsewhere
                    diag.error(rule.error_at(key, e.offset), "%s: %s"
                               % (key, e.message))
                ok = False
                continue
            setattr(rule, key, expr)
        rule.ok = ok and rule.failure is not None
        check.rules.append(rule)
    order = [i for i in scope.inputs.values()]
    check.inputs = order
    return check


def _resolve_state(isa, check, diag):
    """entry_check: state: the byte layout the checker reads."""
    if check.state_name is None:
        return
    byte = {l.name: l for l in isa.layouts if l.kind == "bytes"}
    check.state = byte.get(check.state_name)
    if check.state is None and isa.undefined("layouts", check.state_name):
        diag.error(check.where("state"), "unknown byte layout '%s'%s"
                   % (check.state_name, _close(check.state_name,
                                               list(byte))))


def _resolve_member(check, v, diag):
    """v.members: the members of the path v.member_path names, down from
    the state layout to an integer member."""
    if check.state is None:
        if check.state_name is None:
            diag.error(v.where("member"), "value '%s' names a member, but "
                       "the entry check has no 'state:' layout" % v.name)
        return
    layout, members = check.state, []
    parts = v.member_path.split(".")
    for i, part in enumerate(parts):
        found = [m for m in layout.members if m.name == part and
                 not m.reserved]
        if not found:
            diag.error(v.where("member"), "'%s' has no member '%s'%s"
                       % (layout.name, part, _close(part, [
                           m.name for m in layout.members if m.name])))
            return
        m = found[0]
        members.append(m)
        last = i == len(parts) - 1
        if m.count is not None:
            diag.error(v.where("member"), "'%s' is an array: a rule reads "
                       "one integer member" % ".".join(parts[:i + 1]))
            return
        if last and m.int_bits is None:
            diag.error(v.where("member"), "'%s' is a layout, not an integer "
                       "member: name one of its members (%s.%s)"
                       % (v.member_path, v.member_path, next(
                           (x.name for x in m.layout.members if x.name),
                           "...") if m.layout else "..."))
            return
        if not last and m.layout is None:
            diag.error(v.where("member"), "'%s' is an integer: it has no "
                       "member '%s'" % (".".join(parts[:i + 1]), parts[i + 1]))
            return
        layout = m.layout
    v.members = members


# --- evaluation (the semantics every backend prints) --------------------

def evaluate(expr, env):
    """The value of a checked expression; env maps an Input's name to its
    value (an int of its width)."""
    return _EVAL[type(expr)](expr, env)


def _mask(width):
    return (1 << width) - 1


def _call(e, env):
    if e.name == "canonical":
        x = evaluate(e.args[0], env)
        top = x >> (CANONICAL_BITS - 1)
        return top == 0 or top == _mask(64 - CANONICAL_BITS + 1)
    if e.name == "aligned":
        return evaluate(e.args[0], env) & (e.args[1].value - 1) == 0
    if e.name == "fits":
        n = evaluate(e.args[1], env)
        x = evaluate(e.args[0], env)
        if len(e.args) == 3:        # x + size <= 2**n, in exact integers
            return x + e.args[2].value <= 1 << min(n, 64)
        return n >= 64 or x >> n == 0
    if e.name == "fixed":
        x = evaluate(e.args[0], env)
        f0 = env[e.register.fixed0.name]
        f1 = env[e.register.fixed1.name]
        return x & f0 == f0 and x & ~f1 & _mask(64) == 0
    g = e.group
    v = env[g.field_name]
    msr = env[g.msr.name]
    if e.basic is not None and env[e.basic.name] >> e.true_bit & 1:
        msr = env[g.true_msr.name]
    if not g.allowed0_in_msr:
        return v & ~msr & _mask(64) == 0
    must, may = msr & _mask(32), msr >> 32
    return v & must == must and v & ~may & _mask(32) == 0


_EVAL = {
    Const: lambda e, env: e.value,
    Read: lambda e, env: env[e.input.name],
    Bits: lambda e, env: (evaluate(e.of, env) >> e.low) & _mask(e.width),
    Not: lambda e, env: not evaluate(e.of, env),
    Logic: lambda e, env: (all if e.op == "and" else any)(
        evaluate(t, env) for t in e.terms),
    Compare: lambda e, env: {
        "==": lambda a, b: a == b, "!=": lambda a, b: a != b,
        "<": lambda a, b: a < b, "<=": lambda a, b: a <= b,
        ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}[e.op](
            int(evaluate(e.a, env)), int(evaluate(e.b, env))),
    Member: lambda e, env: evaluate(e.of, env) in e.values,
    Binary: lambda e, env: {
        "&": lambda a, b: a & b, "|": lambda a, b: a | b,
        "^": lambda a, b: a ^ b,
        "<<": lambda a, b: (a << b) & _mask(64),
        ">>": lambda a, b: a >> b}[e.op](evaluate(e.a, env),
                                         evaluate(e.b, env)),
    Invert: lambda e, env: ~evaluate(e.of, env) & _mask(e.width),
    Call: _call,
}


def violated(rule, env):
    """Whether the rule is broken by the state env."""
    if rule.when is not None and not evaluate(rule.when, env):
        return False
    return not evaluate(rule.check, env)
