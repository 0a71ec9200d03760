# SPDX-License-Identifier: MIT
"""The lines the generated dumps (vmx_vmcs_dump(), svm_vmcb_dump_fields())
must print for chosen values, derived from the spec by the tests' own
reader (specread.py), never from gen/: written by gen-table.py into
spec-dump.h for tests/harness/dump.c.

A line is "<name> = 0x<hex>" (the field's width in digits: 16-bit 4,
32-bit 8, 64-bit and natural 16; a VMCB member twice its bytes) and then,
each after a space: the exit reason's name (in the field that holds it);
the decode layout's named fields in bit order (one bit: its name if set;
wider: "<field>=<value name>", else "<field>=0x<hex>"); the decode enum's
value name; the names of the control bits set (the control group whose
field it is); and, for an exit-information field, the fields of the
layout the current exit reason decodes it with.
"""

DIGITS = {16: 4, 32: 8, 64: 16, "natural": 16}
MASK64 = (1 << 64) - 1


def field_value(encoding, width):
    """A value per field with bits set all over it."""
    v = (0x9e3779b97f4a7c15 * (encoding + 1)) & MASK64
    v ^= v >> 29
    bits = 64 if width == "natural" else width
    return v & ((1 << bits) - 1)


def svm_byte(i):
    """Byte i of the VMCB the SVM dump is shown."""
    return (i * 37 + 11) & 0xff


def layout_parts(layout, value):
    parts = []
    for f in sorted(layout["fields"], key=lambda f: int(
            str(f["bits"]).split(":")[1])):
        if "name" not in f:
            continue
        hi, lo = (int(x) for x in str(f["bits"]).split(":"))
        width = hi - lo + 1
        v = (value >> lo) & ((1 << width) - 1)
        if width == 1:
            if v:
                parts.append(f["name"])
            continue
        names = {x["value"]: x["name"] for x in f.get("values", [])}
        parts.append("%s=%s" % (f["name"], names[v] if v in names
                                else "%#x" % v))
    return parts


class Decoders:
    """What one ISA's spec says about decoding its values."""

    def __init__(self, isa):
        raw = isa.raw
        self.layouts = {l["name"]: l for l in raw.get("layouts", [])}
        self.enums = {e["name"]: e for e in raw.get("enums", [])}
        self.groups = {g["field"]: g for g in raw.get("control_groups", [])}
        self.exits = raw.get("exit_reasons", [])
        table = isa.raw_isa.get("exit_reasons", {})
        self.exit_field = table.get("field")
        self.exit_bits = table.get("bits", 16)

    def exit_name(self, value):
        mask = (1 << self.exit_bits) - 1
        for e in self.exits:
            if e["number"] & mask == value & mask:
                return e["name"].upper()
        return None

    def parts(self, name, decode, value, exit_value):
        out = []
        if name == self.exit_field and self.exit_name(value):
            out.append(self.exit_name(value))
        if decode in self.layouts:
            out += layout_parts(self.layouts[decode], value)
        elif decode in self.enums:
            out += [v["name"] for v in self.enums[decode]["values"]
                    if v["value"] == value]
        g = self.groups.get(name)
        if g:
            out += [b["name"] for b in g["bits"] if value >> b["bit"] & 1]
        mask = (1 << self.exit_bits) - 1
        for e in self.exits:
            layout = e.get("decode", {}).get(name)
            if layout and e["number"] & mask == exit_value & mask:
                out += layout_parts(self.layouts[layout], value)
        return out

    def exit_with_decode(self):
        """The first exit reason that decodes an exit-information field,
        or None (a spec without: no dump cases)."""
        return next((e for e in self.exits if e.get("decode")), None)


def line(name, value, digits, parts):
    return " ".join(["%s = 0x%0*x" % (name, digits, value)] + parts)


def vmx_cases(isa):
    """(encoding, value, supported, expected line or None), spec order."""
    d = Decoders(isa)
    exit_reason = d.exit_with_decode()
    exit_value = exit_reason["number"]
    keep = {d.exit_field} | set(exit_reason["decode"])
    # The VM-instruction error field is one every CPU has; by the time the
    # dump reads it, a field before it failed with "unsupported VMCS
    # component".
    error_field = (isa.vmcs or {}).get("error_field")
    unsupported = next(e["number"] for e in isa.errors
                       if e["name"] == "unsupported_vmcs_component")
    keep.add(error_field)
    out = []
    for i, f in enumerate(isa.raw.get("vmcs_fields", [])):
        value = field_value(f["encoding"], f["width"])
        if f["name"] == d.exit_field:
            value = exit_value
        elif f["name"] == error_field:
            value = unsupported
        elif f.get("decode") in d.enums:    # a value the enum names
            value = d.enums[f["decode"]]["values"][-1]["value"]
        # Every fifth field is one the "CPU" does not have.
        supported = i % 5 != 3 or f["name"] in keep
        out.append((f["encoding"], value, supported, line(
            f["name"], value, DIGITS[f["width"]],
            d.parts(f["name"], f.get("decode"), value, exit_value))))
    return out


def _members(layouts, layout, path, offset):
    for m in layout["members"]:
        if "layout" in m:
            inner = layouts[m["layout"]]
            if "count" not in m and "members" in inner:
                yield from _members(layouts, inner, path + [m["name"]],
                                    offset + m["offset"])
            continue
        yield path + [m["name"]], offset + m["offset"], m


SIZES = {"u8": 1, "u16": 2, "u32": 4, "u64": 8}


def svm_root(isa):
    """The byte layout nested in no other that holds the exit field, or
    None."""
    d = Decoders(isa)
    layouts = {l["name"]: l for l in isa.raw.get("layouts", [])}
    nested = {m["layout"] for l in layouts.values()
              for m in l.get("members", []) if "layout" in m}
    return next((l for l in layouts.values() if "members" in l and
                 l["name"] not in nested and
                 any(p[-1] == d.exit_field for p, _, m in
                     _members(layouts, l, [], 0) if "type" in m)), None)


def svm_cases(isa):
    """(exit-field offset, exit code, [(name, offset, size, expected)])."""
    d = Decoders(isa)
    layouts = {l["name"]: l for l in isa.raw.get("layouts", [])}
    root = svm_root(isa)
    members = [(p, o, m) for p, o, m in _members(layouts, root, [], 0)
               if "type" in m and "count" not in m]
    exit_offset = next(o for p, o, m in members if p[-1] == d.exit_field)
    exit_value = d.exit_with_decode()["number"] & MASK64
    page = [svm_byte(i) for i in range(root["bytes"])]
    for i in range(8):
        page[exit_offset + i] = exit_value >> (8 * i) & 0xff
    out = []
    for p, o, m in members:
        size = SIZES[m["type"]]
        value = sum(page[o + i] << (8 * i) for i in range(size))
        out.append((".".join(p), o, size, line(
            ".".join(p), value, 2 * size,
            d.parts(p[-1], m.get("decode"), value, exit_value))))
    return root["name"], exit_offset, exit_value, out


def c_str(s):
    return '"%s"' % s.replace("\\", "\\\\").replace('"', '\\"')


def render(isas):
    o = ["/* Generated by tests/harness/gen-table.py from spec/: the lines "
         "the dumps must print. */",
         "#ifndef HARNESS_SPEC_DUMP_H", "#define HARNESS_SPEC_DUMP_H", ""]
    by_name = {i.name: i for i in isas}
    vmx = by_name.get("vmx")
    # A spec that lacks what the cases need (an extension test's) gets none.
    if vmx is not None and vmx.raw.get("vmcs_fields") and \
            Decoders(vmx).exit_field and Decoders(vmx).exit_with_decode():
        o.append("/* X(encoding, value, supported, expected line) */")
        o.append("#define SPEC_DUMP_VMCS(X) \\")
        for enc, value, sup, text in vmx_cases(vmx):
            o.append("\tX(%#06x, %#xULL, %d, %s) \\" % (enc, value, int(sup),
                                                       c_str(text)))
        o.append("")
    svm = by_name.get("svm")
    if svm is not None and Decoders(svm).exit_field and \
            Decoders(svm).exit_with_decode() and svm_root(svm):
        root, off, code, cases = svm_cases(svm)
        o.append("#define SPEC_DUMP_SVM_EXIT_OFFSET %#x" % off)
        o.append("#define SPEC_DUMP_SVM_EXIT_CODE %#xULL" % code)
        o.append("#define SPEC_DUMP_SVM_BYTE(i) (((i) * 37 + 11) & 0xff)")
        o.append("/* X(expected line) */")
        o.append("#define SPEC_DUMP_VMCB(X) \\")
        for name, off, size, text in cases:
            o.append("\tX(%s) \\" % c_str(text))
        o.append("")
    o += ["#endif /* HARNESS_SPEC_DUMP_H */", ""]
    return "\n".join(o)
