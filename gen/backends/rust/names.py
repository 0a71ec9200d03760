# SPDX-License-Identifier: MIT
"""Every Rust name the backend emits, derived in one place from the model,
and the text escapes for doc comments and string literals.

Spec names are snake_case: functions, parameters and methods keep them;
types and enum variants become CamelCase, constants UPPER_CASE.  A spec
name that is a Rust keyword becomes a raw identifier (r#type) where Rust
allows one, else it gets a trailing underscore (self_): namespace.py
then checks that no two generated names of one scope collide.
"""

import re

# Strict and reserved keywords of Rust 2021 (the Reference, "Keywords"),
# and the weak ones that cannot name an item.
KEYWORDS = frozenset("""
    as break const continue crate else enum extern false fn for if impl in
    let loop match mod move mut pub ref return self Self static struct super
    trait true type unsafe use where while async await dyn abstract become box
    do final macro override priv typeof unsized virtual yield try gen union
""".split())
# Keywords that cannot be raw identifiers.
NOT_RAW = frozenset(["crate", "self", "Self", "super", "_"])

NATIVE = "usize"
UINTS = {8: "u8", 16: "u16", 32: "u32", 64: "u64"}


def uint(bits):
    """The smallest unsigned type holding bits bits."""
    for w in (8, 16, 32, 64):
        if bits <= w:
            return UINTS[w]
    raise ValueError("no Rust integer type holds %d bits" % bits)


def ident(name):
    """A spec name as a Rust identifier: keywords escaped."""
    if name in NOT_RAW:
        return name + "_"
    if name in KEYWORDS:
        return "r#" + name
    return name


def plain(name):
    """A spec name where a raw identifier cannot stand (asm! operand
    names, inside format strings): keywords get a trailing underscore."""
    return name + "_" if name in KEYWORDS or name in NOT_RAW else name


def camel(name):
    """snake_case (or any word soup) as CamelCase: single_context ->
    SingleContext, SINGLE_CONTEXT -> SingleContext, ept_pml4e -> EptPml4e,
    2mb -> N2mb, SELF -> Self_."""
    words = [w for w in re.split(r"[^A-Za-z0-9]+", name) if w]
    out = "".join(w[0].upper() + (w[1:].lower() if w.isupper() else w[1:])
                  for w in words)
    if not out or out[0].isdigit():
        out = "N" + out
    if out in KEYWORDS:
        out += "_"      # SELF -> Self_: Self cannot be a raw identifier
    return out


def upper(name):
    out = re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_").upper()
    if not out or out[0].isdigit():
        out = "N" + out
    return out


# --- text -------------------------------------------------------------------

# Characters that end a line comment or that rustc refuses in one: line
# breaks (a bare CR is an error in a doc comment), other controls, and the
# bidirectional overrides (the deny-by-default text_direction_codepoint
# lints).
_UNSAFE = re.compile("[\x00-\x1f\x7f\x85\u2028\u2029\u200e\u200f"
                     "\u202a-\u202e\u2066-\u2069]")


def doc(text):
    """Spec text on one line of a /// comment."""
    return re.sub(r"\s+", " ", _UNSAFE.sub(" ", str(text))).strip()


def wrap(text, width=76):
    """doc() text cut into lines of at most width characters."""
    lines, line = [], ""
    for word in doc(text).split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = (line + " " + word) if line else word
    if line:
        lines.append(line)
    return lines


def string(text):
    """A Rust string literal of spec text."""
    out = []
    for ch in str(text):
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch < " " or ch == "\x7f" or _UNSAFE.match(ch):
            out.append("\\u{%x}" % ord(ch))
        else:
            out.append(ch)
    return '"%s"' % "".join(out)


class IsaNames:
    """The names of one ISA's module."""

    def __init__(self, isa):
        self.isa = isa
        self.module = ident(isa.name)
        # What rustc looks for: `pub mod r#fn;` is src/fn/mod.rs.
        self.folder = self.module[2:] if self.module.startswith("r#") \
            else self.module

    # The C header's form suffixes (backends/c/names.py): the same names.
    FORM_SUFFIX = {"raw": "_raw", "mem": "_mem", "value": "_or",
                   "fault_only": "_fault_only"}

    def function(self, insn, form=None):
        return ident(insn.name + self.FORM_SUFFIX[form] if form else
                     insn.name)

    @property
    def fail_type(self):
        """VMfailValid, VMfailInvalid -> VmFail: what the manual's names of
        the failures have in common, else <Isa>Fail."""
        names = [o.name for o in self.isa.status.outcomes if not o.succeeded]
        common = _common_prefix(names)
        words = re.findall(r"[A-Z]+|[a-z]+|[0-9]+", common)
        if not words:
            return camel(self.isa.name) + "Fail"
        return "".join(w[0].upper() + w[1:].lower() for w in words)

    def fail_variant(self, outcome):
        """FAIL_VALID, FAIL_INVALID -> Valid, Invalid: the constants without
        what the failures' constants have in common."""
        consts = [o.constant for o in self.isa.status.outcomes
                  if not o.succeeded]
        common = _common_prefix(consts) if len(consts) > 1 else ""
        common = common[:common.rfind("_") + 1] if "_" in common else ""
        const = outcome.constant
        if common and const.startswith(common):
            const = const[len(common):]
        return camel(const.lower())

    def enum_type(self, enum):
        return camel(enum.name)

    def enum_variant(self, value):
        return camel(value.name)

    def struct_type(self, layout):
        return camel(layout.name)

    def layout_type(self, layout):
        return camel(layout.name)


def _common_prefix(names):
    if not names:
        return ""
    first, last = min(names), max(names)
    i = 0
    while i < len(first) and i < len(last) and first[i] == last[i]:
        i += 1
    return first[:i]
