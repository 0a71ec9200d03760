# SPDX-License-Identifier: MIT
"""The Rust backend: a no_std crate under generated/rust/ with one module
per ISA (src/<isa>/mod.rs and its submodules), from the same model as the
C headers.

    names.py      every Rust name, text escapes
    wrappers.py   instructions as unsafe fns around one asm! block each
    namespace.py  the names registry: every Rust name with the spec
                  location that caused it; clashes are spec errors
    templates/    the text of the crate

What the backend cannot generate yet it leaves out explicitly, with the
reason in a comment of the generated module (and in IsaView.skipped):
never a crash, never a silent gap.
"""

import os
import weakref

from backends import asm, render as _render
from backends.rust import names as rn
from backends.rust.entry import EntryView
from backends.rust.namespace import check as _check_names
from backends.rust.wrappers import Unsupported, Wrapper
from backends.rust.wrappers import asm_text as _asm_text

TEMPLATES = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                         "templates")
CRATE = "rust"
CRATE_NAME = "vmxgen"
# rustc 1.87 stabilised asm goto (label operands), which the wrappers use.
RUST_VERSION = "1.87"


class StructWord:
    """One integer member of a layout struct."""

    def __init__(self, index, bits, layout):
        self.index = index
        self.bits = bits
        self.low = index * bits
        self.high = self.low + bits - 1
        self.rtype = rn.uint(bits)
        self.pieces = layout.pieces(self.low, self.high)
        whole = [f for f, a, b in self.pieces if a == self.low and
                 b == self.high]
        if whole and not whole[0].reserved:
            self.name = whole[0].name
        elif all(f.reserved for f, _, _ in self.pieces):
            self.name = "reserved_%d_%d" % (self.high, self.low)
        else:
            self.name = "bits_%d_%d" % (self.high, self.low)
        self.ones = 0
        for f, a, b in self.pieces:
            if f.reserved == "one":
                self.ones |= ((1 << (b - a + 1)) - 1) << (a - self.low)

    @property
    def byte_offset(self):
        return self.low // 8


class StructLayout:
    """A bit layout that is a memory operand, as a #[repr(C)] struct of
    integer words: named fields get getters, new() takes them, reserved
    bits are zero (or one, where the layout says so)."""

    def __init__(self, layout, names):
        self.layout = layout
        self.rtype = names.struct_type(layout)
        bits = next(w for w in (64, 32, 16, 8) if layout.bits % w == 0)
        self.words = [StructWord(i, bits, layout)
                      for i in range(layout.bits // bits)]
        self.word_of = {}
        for w in self.words:
            for f, a, b in w.pieces:
                if f.reserved:
                    continue
                if (a, b) != (f.low, f.high):
                    raise Unsupported("field '%s' (bits %s) crosses a %d-bit "
                                      "word of the struct" % (f.name,
                                                              f.bits_text, bits))
                self.word_of[f.name] = w

    @property
    def fields(self):
        return [(f, self.word_of[f.name]) for f in self.layout.named_fields]

    @staticmethod
    def field_type(f):
        return rn.uint(f.width)


class ValueLayout:
    """A bit layout of up to 64 bits as a value: a newtype with a getter,
    a with_ setter and a mask per field."""

    def __init__(self, layout, names):
        self.layout = layout
        self.rtype = names.layout_type(layout)
        self.inner = "u64" if layout.bits > 32 else "u32"

    @staticmethod
    def field_type(f):
        return "bool" if f.width == 1 and not f.values else rn.uint(f.width)

    def mask(self, f):
        return "%#x" % (((1 << f.width) - 1) << f.low)

    @staticmethod
    def field_max(f):
        return "%#x" % ((1 << f.width) - 1)


class ByteMember:
    """A member of a byte-layout struct, or a reserved gap (private)."""

    def __init__(self, name, rtype, offset, size, summary="", only="",
                 reserved=False):
        self.name, self.rtype, self.offset, self.size = name, rtype, offset, size
        self.summary, self.only, self.reserved = summary, only, reserved

    @property
    def zero(self):
        """The member's value in zeroed()."""
        if self.rtype.startswith("["):
            elem, count = self.rtype[1:-1].rsplit("; ", 1)
            return "[%s; %s]" % (ByteStruct.zero_of(elem), count)
        return ByteStruct.zero_of(self.rtype)


class ByteStruct:
    """A byte layout (AMD's VMCB) as a #[repr(C)] struct: every member at
    its offset, the gaps as private reserved byte arrays, nested layouts as
    their structs; packed where natural alignment would move a member."""

    def __init__(self, layout, names, structs):
        self.layout = layout
        self.rtype = names.struct_type(layout)
        self.members = []
        gaps = dict(layout.gaps)
        at = 0
        self.align = 1
        self.packed = False
        for m in layout.members:
            if at in gaps:
                self.members.append(self._gap(at, gaps[at]))
            elem, align = self._element(m, names, structs)
            rtype = "[%s; %d]" % (elem, m.count) if m.count else elem
            self.members.append(ByteMember(rn.ident(m.name), rtype, m.offset,
                                           m.size_bytes, m.summary,
                                           getattr(m, "only", "") or ""))
            self.align = max(self.align, align)
            if m.offset % align:
                self.packed = True
            at = max(at, m.end)
        if at in gaps:
            self.members.append(self._gap(at, gaps[at]))
        if layout.size_bytes % self.align:
            self.packed = True

    @staticmethod
    def _gap(offset, length):
        return ByteMember("reserved_%#05x" % offset, "[u8; %d]" % length,
                          offset, length, reserved=True)

    @staticmethod
    def _element(m, names, structs):
        """(Rust type, alignment) of one element of a member."""
        l = m.layout
        if l is None:
            return rn.uint(m.int_bits), m.int_bits // 8
        if l.kind == "bytes":
            inner = structs.get(id(l))
            if inner is None:
                raise Unsupported("member '%s': layout '%s' is not generated"
                                  % (m.name, l.name))
            return inner.rtype, 1 if inner.packed else inner.align
        if l.bits in (8, 16, 32, 64):
            return rn.uint(l.bits), l.bits // 8
        return "[u8; %d]" % l.size_bytes, 1

    @staticmethod
    def zero_of(rtype):
        if rtype in rn.UINTS.values():
            return "0"
        if rtype.startswith("["):
            elem, count = rtype[1:-1].rsplit("; ", 1)
            return "[%s; %s]" % (ByteStruct.zero_of(elem), count)
        return "%s::zeroed()" % rtype


class IsaView:
    """Everything the templates print for one ISA."""

    def __init__(self, isa):
        self.isa = isa
        self.names = rn.IsaNames(isa)
        self.skipped = []           # (what, why): left out, said in a comment
        self.structs = {}
        for insn in isa.instructions:
            for op in insn.operands:
                l = op.layout
                # A byte layout operand (LGDT's) is the caller's struct.
                if l is None or id(l) in self.structs or l.kind != "bits":
                    continue
                try:
                    self.structs[id(l)] = StructLayout(l, self.names)
                except Unsupported as e:
                    self.structs[id(l)] = None
                    self.skipped.append(("layout %s" % l.name, str(e)))
        self.byte_structs = []
        self.byte_struct_of = {}
        for l in isa.layouts_in_order:
            if l.kind != "bytes":
                continue
            try:
                b = ByteStruct(l, self.names, self.byte_struct_of)
                self.byte_struct_of[id(l)] = b
                self.byte_structs.append(b)
            except Unsupported as e:
                self.skipped.append(("layout %s" % l.name, str(e)))
        self.wrappers = []
        # wrapper: false -- only generated entry code executes it (VMRUN).
        for insn in [i for i in isa.instructions
                     if i.wrapper]:
            # Each form of the C header's (Instruction.forms), from the
            # same facts; a form the wrapper cannot have is not tried.
            for form in [None] + insn.forms:
                try:
                    self.wrappers.append(Wrapper(insn, self.names,
                                                 self._struct_of, form))
                except Unsupported as e:
                    self.skipped.append(("instruction %s%s" % (
                        insn.name, " (the %s form)" % form if form else ""),
                        str(e)))
                    break
        self.value_layouts = [ValueLayout(l, self.names)
                              for l in isa.bit_layouts if l.bits <= 64]
        for l in isa.bit_layouts:
            if l.bits > 64 and id(l) not in self.structs:
                self.skipped.append(("layout %s" % l.name, "a bit layout "
                                     "wider than 64 bits that no instruction "
                                     "takes: not generated yet"))
        self.has_fail = isa.status.kind == "rflags" and \
            any(not o.succeeded for o in isa.status.outcomes)
        self.field_read = self._wrapper(isa.field_read)
        self.field_write = self._wrapper(isa.field_write)
        self.has_vmcs = bool(isa.vmcs_fields) and self.field_read is not None \
            and self.field_write is not None and self.has_fail
        if isa.vmcs_fields and not self.has_vmcs:
            self.skipped.append(("the VMCS field accessors", "they need the "
                                 "read and write instructions as wrappers"))
        ge = isa.guest_entry
        # An entry the model could not resolve is reported there.
        self.entry = EntryView(self) if ge is not None and \
            ge.enter is not None and (ge.resume is None or
                                      ge.resume.instruction is not None) \
            else None
        if isa.status.fault is not None and not self.has_hook:
            self.skipped.append(("the fault status (%s)" % isa.status.fault.constant,
                                 "the fault-hook feature covers instructions "
                                 "that report their status in RFLAGS only: a "
                                 "faulting instruction raises its exception"))

    @property
    def fault_only(self):
        """Whether the ISA's wrappers report nothing but a fault (SVM)."""
        return any(w.fault_only for w in self.wrappers)

    @property
    def has_fail_type(self):
        return self.has_fail or self.fault_only

    @property
    def has_hook(self):
        """Whether some wrapper records a fault table entry (fault-hook)."""
        return any(w.hook for w in self.wrappers)

    def _struct_of(self, layout):
        s = self.structs.get(id(layout)) or \
            self.byte_struct_of.get(id(layout))
        return s.rtype if s else None

    def _wrapper(self, insn):
        for w in self.wrappers:
            if w.insn is insn and w.form is None:
                return w
        return None

    @property
    def struct_layouts(self):
        return [s for s in self.structs.values() if s is not None]

    @property
    def fail_outcomes(self):
        return [o for o in self.isa.status.outcomes if not o.succeeded]

    @property
    def has_tables(self):
        return bool(self.isa.insn_errors or self.isa.exit_reasons or
                    self.isa.capabilities or self.isa.control_groups or
                    self.isa.fixed_registers)

    @property
    def enums(self):
        return self.isa.enums

    @staticmethod
    def enum_repr(enum):
        top = max([v.value for v in enum.values] + [0])
        low = min([v.value for v in enum.values] + [0])
        if low < 0:
            return "i64"
        return "u32" if top < 1 << 32 else "u64"

    @staticmethod
    def table_repr(entries):
        numbers = [e.number for e in entries]
        if min(numbers) < 0:
            return "i64"
        return "u32" if max(numbers) < 1 << 32 else "u64"

    def capability_msr(self, enum):
        bit = enum.capability or next(v.capability for v in enum.values
                                      if v.capability)
        return bit.msr

    def modules(self):
        """(file under src/<isa>/, template, module name) of each file."""
        out = [("mod.rs", "isa.rs.j2", None)]
        if self.has_vmcs:
            out.append(("vmcs.rs", "vmcs.rs.j2", "vmcs"))
        if self.has_tables:
            out.append(("tables.rs", "tables.rs.j2", "tables"))
        if self.value_layouts:
            out.append(("layout.rs", "layout.rs.j2", "layout"))
        if self.entry:
            out.append(("entry.rs", "entry.rs.j2", "entry"))
        return out

    def outputs(self):
        return [("%s/src/%s/%s" % (CRATE, self.names.folder, f), t)
                for f, t, _ in self.modules()]

    # text helpers for the templates
    @staticmethod
    def hexw(value, bits):
        return "%#x" % value if bits <= 32 else "%#x" % value

    @staticmethod
    def ctl_type(group):
        return "u64" if group.width > 32 else "u32"


def supported_isas(model):
    """Every ISA of the model gets a module: what it cannot express is left
    out inside it (IsaView.skipped), not the ISA."""
    return list(model.isas)


_VIEWS = weakref.WeakKeyDictionary()


def views(model):
    """One IsaView per ISA, built once per model (check, outputs, render)."""
    if model not in _VIEWS:
        _VIEWS[model] = [IsaView(isa) for isa in supported_isas(model)]
    return _VIEWS[model]


def outputs(model):
    out = ["%s/Cargo.toml" % CRATE, "%s/src/lib.rs" % CRATE]
    for v in views(model):
        out += [p for p, _ in v.outputs()]
    return out


_REGISTRIES = weakref.WeakKeyDictionary()
# The last check()'s model, context and rendering, for render().
_LAST = []


def check(model, diag, context):
    """Rust names: keywords escaped by names.py; clashes and keywords that
    remain reported by the names registry (namespace.py), which records
    the spec's names from the views and the backend's own from a
    rendering of the crate (kept for render())."""
    reg = _check_names(views(model), diag)
    _REGISTRIES[model] = reg
    if not diag:
        _LAST[:] = [model, dict(context), _render_crate(model, context, reg)]


def registry(model):
    """The names registry of the model's crate (after check())."""
    return _REGISTRIES.get(model)


_ENV = None


def environment():
    global _ENV
    if _ENV is None:
        _ENV = _render.environment([TEMPLATES, asm.TEMPLATES], {
            "reg8": asm.reg8,
            "reg32": asm.reg32,
            "doc": rn.doc,
            "wrap": rn.wrap,
            "rstring": rn.string,
            "asm_text": _asm_text,
            "ident": rn.ident,
            "plain": rn.plain,
            "camel": rn.camel,
            "upper": rn.upper,
            "sentence": lambda t: t[:1].upper() + t[1:],
        })
    return _ENV


def render(model, context):
    if _LAST and _LAST[0] is model and _LAST[1] == context:
        return dict(_LAST[2])
    return _render_crate(model, context, None)


def _render_crate(model, context, reg):
    env = environment()
    all_views = views(model)
    common = dict(spec_name=rn.doc(context["spec_name"] + "/"),
                  crate_name=CRATE_NAME, rust_version=RUST_VERSION,
                  views=all_views, own=reg.own if reg else _no_names)
    rendered = {}
    for path, template in (("%s/Cargo.toml" % CRATE, "Cargo.toml.j2"),
                           ("%s/src/lib.rs" % CRATE, "lib.rs.j2")):
        rendered[path] = env.get_template(template).render(
            template="gen/backends/rust/templates/" + template,
            **common).encode("utf-8")
    for view in all_views:
        for path, template in view.outputs():
            text = env.get_template(template).render(
                v=view, isa=view.isa, n=view.names,
                template="gen/backends/rust/templates/" + template, **common)
            rendered[path] = text.encode("utf-8")
    return rendered


def _no_names(*args):
    return ""


# --- what tests may ask ----------------------------------------------------

class PublicFunction:
    """A wrapper as a caller sees it: its path in the crate, parameters
    (spec name, Rust type, the enum's type path if an enum), the outputs a
    success gives (spec operand name or None for a status register, Rust
    type), the failure type's path if it reports one."""

    def __init__(self, view, w):
        module = view.names.module
        self.instruction = w.insn
        self.form = w.form      # None, or the form (Instruction.forms)
        self.path = "%s::%s" % (module, w.function)
        self.params = []
        by_name = {rn.ident(o.name): o for o in w.insn.operands}
        for p in w.params:
            op = by_name.get(p.name)
            enum = None
            if op is not None and op.enum is not None and \
                    not p.rtype.startswith(("usize", "&")):
                enum = "%s::%s" % (module, view.names.enum_type(op.enum))
            self.params.append((p.name.replace("r#", ""), p.rtype, enum))
        self.outputs = [(o[3], o[1]) for o in w.outputs]
        self.fail_type = "%s::%s" % (module, w.fail_type) \
            if w.fail or w.fault_only else None
        self.capture = w.capture
        self.only64 = w.only64


def public_functions(model):
    """Every generated Rust wrapper, for tests that call them all."""
    return [PublicFunction(v, w) for v in views(model) for w in v.wrappers]
