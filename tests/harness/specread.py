# SPDX-License-Identifier: MIT
"""The tests' own reader of spec/: every ISA folder, its instructions,
layouts, enums and VMX tables, and the C signature each wrapper must have
under the contract of doc/spec-format.md.

It reads the YAML with PyYAML's safe loader (libyaml's, CSafeLoader, where
PyYAML has it: the pure-Python one took a second) and never imports gen/,
so that what
the tests derive from the spec (the trap-and-emulate harness's cases, the
callers of the extension tests) is an independent check of the generator,
not a copy of it.  It checks only what it needs to derive that; the
generator's diagnostics are tested elsewhere (tests/bad-specs.py).
"""

import os
import re

import yaml

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class SpecError(Exception):
    pass


# x86 register numbers (ModRM/REX order) by name.
REG64 = ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
         "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"]
REG32 = ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi",
         "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d"]
REG16 = ["ax", "cx", "dx", "bx", "sp", "bp", "si", "di"]
REG8 = ["al", "cl", "dl", "bl"]
REGNUM = {n: i for regs in (REG64, REG32, REG16, REG8)
          for i, n in enumerate(regs)}
# Control and debug registers (kind sysreg): their number, ModRM.reg.
# CR8 is 8: ModRM.reg 0 and REX.R (the encoding's rex_r).
SYSREGS = dict({"cr%d" % n: n for n in (0, 2, 3, 4, 8)},
               **{"dr%d" % n: n for n in range(8)})

# The port a case gives a macro's immediate parameter (hostx_inb_imm8()):
# an integer constant expression in the case's text, and the value the
# "CPU" must find in the instruction's immediate.
IMMEDIATE = 0x80

UTYPE = {8: "vmx_u8", 16: "vmx_u16", 32: "vmx_u32", 64: "vmx_u64"}


def utype(bits):
    """The smallest vmx_uN that holds a field of @bits bits."""
    for n in (8, 16, 32, 64):
        if bits <= n:
            return UTYPE[n]
    return None


class Operand:
    def __init__(self, isa, insn, raw):
        self.raw = raw
        self.name = raw["name"]
        self.role = raw["role"]
        self.kind = raw["kind"]
        self.enum = isa.enums[raw["enum"]] if "enum" in raw else None
        self.layout = isa.layouts[raw["layout"]] if "layout" in raw else None
        self.fixed = raw.get("value")
        self.syntax = bool(raw.get("syntax"))  # the asm text names the register
        # A memory operand whose address is what counts (INVLPG m8): the
        # C parameter is the address.
        self.address = bool(raw.get("address"))
        self.reg = None
        self.sysreg = raw.get("register") if self.kind == "sysreg" else None
        if self.sysreg is not None and self.sysreg not in SYSREGS:
            raise SpecError("%s: %s: operand %s: register %r"
                            % (insn.path, insn.cname, self.name, self.sysreg))
        if self.kind == "implicit":
            name = raw.get("register")
            if name not in REGNUM:
                raise SpecError("%s: %s: operand %s: register %r"
                                % (insn.path, insn.cname, self.name, name))
            self.reg = name
        width = raw.get("width")
        if self.layout:
            width = self.layout.bits
        self.native = width == "native"
        self.width = 64 if self.native else width      # bits in 64-bit mode
        if not isinstance(self.width, int):
            raise SpecError("%s: %s: operand %s: width %r"
                            % (insn.path, insn.cname, self.name, width))

    @property
    def regnum(self):
        return REGNUM[self.reg] if self.reg else -1

    @property
    def reads(self):
        return self.role in ("read", "readwrite")

    @property
    def writes(self):
        return self.role in ("write", "readwrite")

    def value_type(self, isa):
        """The C type of the value (before any pointer)."""
        if self.enum:
            return "enum %s_%s" % (isa.name, self.enum.name)
        if self.native:
            return "unsigned long"
        return UTYPE.get(self.width)

    def params(self, isa):
        """[(ctype, name)] this operand contributes to the C signature,
        or None if the contract has no C type for it."""
        if self.fixed is not None or self.kind == "sysreg":
            return []
        if self.layout:
            if self.layout.byte_layout:
                if not self.layout.plain:
                    return None
                struct = "struct %s_%s *" % (isa.name, self.layout.name)
                return [(struct if self.writes else "const " + struct,
                         self.name)]
            out = []
            for f in self.layout.named:
                t = utype(f.width)
                if t is None:
                    return None
                out.append((t, f.name))
            return out
        if self.address:
            return [("const void *", self.name)]
        t = self.value_type(isa)
        if t is None:
            return None
        if self.writes:
            return [(t + " *", self.name)]
        return [(t, self.name)]


BYTES = {"u8": 1, "u16": 2, "u32": 4, "u64": 8}


class Field:
    def __init__(self, raw, path):
        m = re.fullmatch(r"(\d+):(\d+)", str(raw["bits"]))
        if not m:
            raise SpecError("%s: bad bit range %r" % (path, raw["bits"]))
        hi, lo = int(m.group(1)), int(m.group(2))
        self.lo, self.width = lo, hi - lo + 1
        self.name = raw.get("name")
        self.reserved = raw.get("reserved")


class Layout:
    """A bit layout (bits:, fields:).  A byte layout (bytes:, members:)
    is kept by size only: no C parameter list is known for one."""

    def __init__(self, raw, path):
        self.name = raw["name"]
        self.byte_layout = "bits" not in raw
        self.bits = raw["bits"] if not self.byte_layout else raw["bytes"] * 8
        self.fields = [Field(f, path) for f in raw.get("fields") or []]
        # A byte layout's plain members are its fields here (a bit range
        # each), so the harness fills and checks them like a bit layout's.
        self.plain = all(m.get("type") in BYTES and "count" not in m
                         for m in raw.get("members") or [])
        for m in raw.get("members") or []:
            if m.get("type") in BYTES and "count" not in m:
                lo = m["offset"] * 8
                self.fields.append(Field({"bits": "%d:%d" % (
                    lo + BYTES[m["type"]] * 8 - 1, lo), "name": m["name"]},
                    path))
        self.named = [f for f in self.fields if not f.reserved]
        self.reserved = [f for f in self.fields if f.reserved]


class Enum:
    def __init__(self, isa, raw):
        self.name = raw["name"]
        prefix = raw.get("prefix", "")
        self.values = [(("%s_%s%s" % (isa.name, prefix, v["name"])).upper(),
                        v["value"]) for v in raw["values"]]


class Instruction:
    def __init__(self, isa, raw, path):
        self.isa = isa
        self.path = path
        self.raw = raw
        self.mnemonic = raw["mnemonic"]
        self.name = raw.get("name", self.mnemonic)
        self.cname = "%s_%s" % (isa.name, self.name)
        enc = raw["encoding"]
        self.prefix = 0 if enc["prefix"] == "none" else enc["prefix"]
        if self.prefix not in (0, 0x66, 0xf2, 0xf3):
            raise SpecError("%s: %s: bad prefix %r" % (path, self.cname, self.prefix))
        self.map = enc["map"]
        if self.map not in ("none", "0f", "0f38", "0f3a"):
            raise SpecError("%s: %s: bad map %r" % (path, self.cname, self.map))
        self.opcode = enc["opcode"]
        m = enc["modrm"]
        if isinstance(m, int):
            self.modrm, self.modrm_value = "fixed", m
        elif m == "none":
            self.modrm, self.modrm_value = "none", 0
        elif m == "/r":
            self.modrm, self.modrm_value = "r", 0
        elif re.fullmatch(r"/[0-7]", str(m)):
            self.modrm, self.modrm_value = "digit", int(m[1])
        else:
            raise SpecError("%s: %s: bad modrm %r" % (path, self.cname, m))
        # REX.R = 1, the fourth bit of ModRM.reg (MOV CR8).
        self.rex_r = bool(enc.get("rex_r", False))
        self.modes = raw.get("modes", [32, 64])
        self.operands = [Operand(isa, self, o) for o in raw.get("operands") or []]
        # An immediate (IN/OUT's ib): a fixed value, in the instruction,
        # or a parameter, which makes the wrapper a function-like macro
        # (doc/spec-format.md) that a case calls with IMMEDIATE.
        self.immediate = [o for o in self.operands if o.kind == "imm"]
        self.macro = any(o.fixed is None for o in self.immediate)
        self.enters_guest = bool(raw.get("success_enters_guest"))
        # wrapper: false -- no C function (VMRUN: only the generated
        # guest-entry code executes it), so no case either.
        self.wrapper = raw.get("wrapper", True)
        self.memory_clobber = bool(raw.get("memory_clobber"))
        self.clobbers = list(raw.get("clobbers") or [])
        for r in self.clobbers:
            if r not in REGNUM:
                raise SpecError("%s: %s: clobber %r" % (path, self.cname, r))

        st = raw.get("status", isa.status_kind)
        self.status_reg, self.status_width, self.status_native = None, None, False
        # CF = 1 as an outcome of a status register (PVALIDATE): the value
        # the wrapper returns for it, or None.
        self.status_cf = None
        # What the wrapper returns when a fault hook resumed it, or None.
        self.status_fault = None
        if isinstance(st, dict):
            self.status = "register"
            self.status_reg = st["register"]
            self.status_cf = (st.get("cf") or {}).get("value")
            self.status_fault = (st.get("fault") or {}).get("value")
            if self.status_reg not in REGNUM:
                raise SpecError("%s: %s: status register %r"
                                % (path, self.cname, self.status_reg))
            self.status_native = st["width"] == "native"
            self.status_width = 64 if self.status_native else st["width"]
        elif st in ("rflags", "none"):
            self.status = st
        else:
            raise SpecError("%s: %s: status %r" % (path, self.cname, st))
        if self.status == "rflags":
            names = raw.get("outcomes", [o["name"] for o in isa.outcomes])
            known = [o["name"] for o in isa.outcomes]
            for n in names:
                if n not in known:
                    raise SpecError("%s: %s: outcome %r" % (path, self.cname, n))
            self.outcomes = [known.index(n) for n in names]
        else:
            self.outcomes = []

    @property
    def key(self):
        """The harness's identifier: SPEC_<KEY>."""
        return self.cname.upper()

    def operand(self, name):
        for o in self.operands:
            if o.name == name:
                return o
        return None

    def c_params(self):
        """[(ctype, name, operand)] in C order, or None if the contract
        gives an operand no C type."""
        order = self.raw.get("parameters")
        ops = [self.operand(n) for n in order] if order else self.operands
        if None in ops:
            raise SpecError("%s: %s: parameters name an unknown operand"
                            % (self.path, self.cname))
        out = []
        for o in ops:
            p = o.params(self.isa)
            if p is None:
                return None
            out += [(t, n, o) for t, n in p]
        return out

    def c_return(self):
        if self.status == "rflags":
            fails = [i for i in self.outcomes
                     if self.isa.outcomes[i]["flag"] != "none"]
            return "enum %s_status" % self.isa.name if fails else "void"
        if self.status == "register":
            return "unsigned long" if self.status_native else UTYPE[self.status_width]
        if self.isa.status_kind == "none" and self.isa.fault is not None:
            # An ISA whose instructions report nothing but fault: the
            # success or the fault status (include/vmxgen/vmx_compat.h).
            return "enum %s_status" % self.isa.name
        return "void"

    @property
    def outputs(self):
        return [o for o in self.operands if o.writes]

    def fault_fixup(self):
        """What the fault hook's fixup of this wrapper's instruction is,
        under the contract of include/vmxgen/vmx_compat.h: "path" (its
        own fault path, which returns the ISA's fault status: wrappers
        that return an RFLAGS status and have no outputs, asm goto; and
        those of an ISA whose instructions report nothing but that has
        a fault status, AMD SVM's),
        "flags" (the next instruction, where the status test finds the
        CF = ZF = 1 the wrapper set before it and returns the fault
        status: RFLAGS status with outputs) or "next" (the next
        instruction, nothing to report: everything else, and every
        wrapper of an ISA without a fault status).  A status register with
        a fault value: "path" too, a path of the wrapper's own that
        returns that value."""
        if self.status == "register" and self.status_fault is not None:
            return "path"
        if self.isa.fault is None or self.status != self.isa.status_kind \
                or not self.c_return().startswith("enum "):
            return "next"
        return "flags" if self.outputs and self.status == "rflags" else "path"

    def forms(self):
        """The Forms the contract gives this wrapper, in the order raw,
        mem, value, fault_only."""
        out = []
        if any(o.layout for o in self.operands):
            out.append(Form(self, "raw"))
        if any(o.kind == "reg_or_mem" for o in self.operands):
            out.append(Form(self, "mem"))
        written = [o for o in self.operands if o.writes]
        fails = [i for i in self.outcomes
                 if self.isa.outcomes[i]["flag"] != "none"]
        if self.status == "rflags" and fails and len(written) == 1 and \
                written[0].kind in ("reg", "reg_or_mem") and \
                written[0].role == "write":
            out.append(Form(self, "value"))
        if self.raw.get("fault_only") and self.isa.fault is not None and \
                self.status == "rflags":
            out.append(Form(self, "fault_only"))
        # The goto forms (README, "Goto forms"): of the wrapper and of each
        # form but the value form, where the status is RFLAGS with a
        # failure, success comes back (not VMLAUNCH/VMRESUME), and no
        # parameter is a field of a bit layout the wrapper builds.
        if self.status == "rflags" and fails and \
                not self.raw.get("success_enters_guest") and \
                self.c_params() is not None:
            typed = any(o.layout and not o.layout.byte_layout
                        for o in self.operands)
            out += [Form(self, k, goto=True)
                    for k in ["wrapper"] + [f.kind for f in out]
                    if k != "value" and (k != "wrapper" or not typed)]
        return out

    def c_signature(self):
        """The C type of a pointer to the wrapper, for
        __builtin_types_compatible_p, or None."""
        params = self.c_params()
        if params is None:
            return None
        return "%s (*)(%s)" % (self.c_return(),
                               ", ".join(t for t, _, _ in params) or "void")

    @property
    def immediate_bytes(self):
        """The immediate's bytes, little-endian (b'' without one)."""
        return b"".join((IMMEDIATE if o.fixed is None else o.fixed)
                        .to_bytes(o.width // 8, "little")
                        for o in self.immediate)

    @property
    def encoding_bytes(self):
        """The bytes up to ModRM: prefix, 0F, map byte, opcode (and a
        fixed ModRM byte)."""
        b = [self.prefix] if self.prefix else []
        b += {"none": [], "0f": [0x0f], "0f38": [0x0f, 0x38],
              "0f3a": [0x0f, 0x3a]}[self.map]
        b.append(self.opcode)
        if self.modrm == "fixed":
            b.append(self.modrm_value)
        return bytes(b)

    def encoding_text(self):
        t = " ".join("%02X" % x for x in self.encoding_bytes)
        if self.rex_r:
            t = "REX.R + " + t
        if self.modrm == "r":
            t += " /r"
        elif self.modrm == "digit":
            t += " /%d" % self.modrm_value
        if self.immediate:
            t += " " + " ".join("%02X" % x for x in self.immediate_bytes)
        return t


class Form:
    """A form of a wrapper besides the wrapper itself, as the contract
    gives them (README, "Forms"): each derived from a fact of the spec.
      raw         a memory operand is a layout: <name>_raw(), the bytes as
                  the CPU reads them ('const void *', 'void *' if stored
                  to), enum register operands as 'unsigned long';
      mem         an operand may be register or memory (r/m): <name>_mem(),
                  the memory encoding, a pointer to the value;
      value       RFLAGS failures and exactly one written operand, a
                  register (VMREAD): <name>_or(..., on_fail), the value
                  returned, a failure (or fault) handed to
                  on_fail(<the other parameters>, status), whose result
                  is returned;
      fault_only  the spec's 'fault_only:' (VMXON, VMXOFF): VMfail is not
                  reported, the success status unless a fault hook resumed
                  a faulting instruction;
    and with goto set, the goto form of the wrapper (kind "wrapper") or of
    a form: a statement macro <name>[_<suffix>]_goto(..., fail, fault)
    jumping to the caller's label for a VMfail (none in the fault-only
    form) and for a fault, the fixup at the fault label."""

    SUFFIX = {"raw": "_raw", "mem": "_mem", "value": "_or",
              "fault_only": "_fault_only"}

    def __init__(self, insn, kind, goto=False):
        self.insn = insn
        self.kind = kind        # "wrapper": the goto form of the wrapper
        self.goto = goto        # the goto form: <name>[_<form>]_goto()
        self.cname = insn.cname + self.SUFFIX.get(kind, "") + \
            ("_goto" if goto else "")
        self.key = self.cname.upper()
        self.written = ([o for o in insn.operands if o.writes][0]
                        if kind == "value" else None)

    def c_params(self):
        """[(ctype, name, operand)] in C order, or None; the value form's
        handler is last, with operand None."""
        base = self.insn.c_params()
        if base is None:
            return None
        out = []
        for t, n, o in base:
            if self.kind == "raw" and o.layout:
                if out and out[-1][2] is o:
                    continue        # a bit layout's fields: one pointer
                out.append(("void *" if o.writes else "const void *", o.name, o))
            elif self.kind == "raw" and o.enum:
                out.append(("unsigned long", n, o))
            elif self.kind == "mem" and o.kind == "reg_or_mem" and not o.writes:
                out.append(("const %s *" % t, n, o))
            elif self.kind == "value" and o is self.written:
                continue
            else:
                out.append((t, n, o))
        if self.kind == "value":
            out.append(("%s (*)(%s)" % (self.c_return(), ", ".join(
                [t for t, _, _ in out] + ["enum %s_status" % self.insn.isa.name])),
                "on_fail", None))
        return out

    def c_return(self):
        if self.kind == "value":
            return self.written.value_type(self.insn.isa)
        return self.insn.c_return()

    def c_signature(self):
        params = self.c_params()
        if params is None:
            return None
        return "%s (*)(%s)" % (self.c_return(),
                               ", ".join(t for t, _, _ in params) or "void")

    def fault_fixup(self):
        """As Instruction.fault_fixup(): the value form has the
        instruction's register output ("flags", as the wrapper); the
        memory form stores through memory, so an asm goto's fault path
        ("path"); the others as the wrapper."""
        base = self.insn.fault_fixup()
        if self.goto and base != "next":
            return "path"
        if self.kind == "mem" and base == "flags":
            return "path"
        return base


class Isa:
    def __init__(self, path):
        self.path = path
        self.instructions = []
        self.layouts, self.enums = {}, {}
        self.errors, self.vmcs_fields = [], []
        data = {}
        files = []
        for root, dirs, names in os.walk(path):
            dirs.sort()
            files += [os.path.join(root, n) for n in sorted(names)
                      if n.endswith(".yaml")]
        for f in files:
            with open(f, encoding="utf-8") as fh:
                doc = yaml.load(fh, Loader=SAFE_LOADER)
            if not isinstance(doc, dict):
                raise SpecError("%s: not a mapping" % f)
            for k, v in doc.items():
                if k == "isa":
                    data["isa"] = (f, v)
                else:
                    data.setdefault(k, []).extend((f, e) for e in v or [])
        if "isa" not in data:
            raise SpecError("%s: no isa.yaml" % path)
        # Every entry as written, by key (tests/harness/dumpread.py).
        self.raw = {k: [e for _, e in v] for k, v in data.items()
                    if k != "isa"}
        isa = data["isa"][1]
        self.raw_isa = isa
        self.name = isa["name"]
        self.status_kind = isa["status"]["kind"]
        self.outcomes = isa["status"].get("outcomes") or []
        # What a status-returning wrapper reports when its instruction
        # faulted and a fault hook's fixup resumed it ({constant, value}),
        # or None: the ISA has no such status.
        self.fault = isa["status"].get("fault")
        self.vmcs = isa.get("vmcs")
        for f, e in data.get("layouts", []):
            self.layouts[e["name"]] = Layout(e, f)
        for _, e in data.get("enums", []):
            self.enums[e["name"]] = Enum(self, e)
        self.errors = [e for _, e in data.get("vm_instruction_errors", [])]
        self.vmcs_fields = [e for _, e in data.get("vmcs_fields", [])]
        # The instructions without a C wrapper (VMRUN, TDH.VP.ENTER: only a
        # guest entry executes them) are in the table, for the "CPU" to
        # know them when an entry runs, and have no case.
        self.entering = []
        for f, e in data.get("instructions", []):
            insn = Instruction(self, e, f)
            (self.instructions if insn.wrapper else self.entering).append(insn)
        self.instructions.sort(key=lambda i: i.name)
        self.entering.sort(key=lambda i: i.name)

    def error_field(self):
        """The encoding of the VMCS field VMfailValid writes, or None."""
        name = (self.vmcs or {}).get("error_field")
        for f in self.vmcs_fields:
            if f["name"] == name:
                return f["encoding"]
        return None

    def error_for(self, insn):
        """A VM-instruction error @insn can report: the first whose
        description starts with the mnemonic, else the first naming it."""
        word = re.compile(r"\b%s\b" % re.escape(insn.mnemonic.upper()))
        for match in (word.match, word.search):
            for e in self.errors:
                if match(e["description"]):
                    return e["number"], e["name"]
        return None


def load(spec_dir):
    """Every ISA under @spec_dir (each folder holding an isa.yaml), by name."""
    isas = []
    for d in sorted(os.listdir(spec_dir)):
        p = os.path.join(spec_dir, d)
        if os.path.isfile(os.path.join(p, "isa.yaml")):
            isas.append(Isa(p))
    if not isas:
        raise SpecError("%s: no ISA folder (spec/<isa>/isa.yaml)" % spec_dir)
    return sorted(isas, key=lambda i: i.name)


def instructions(isas):
    return [i for isa in isas for i in isa.instructions]


def table_instructions(isas):
    """Every instruction of the table: the wrappers', then those only a
    guest entry executes."""
    return instructions(isas) + [i for isa in isas for i in isa.entering]


def mode_guard(insn):
    """The preprocessor line that keeps a one-mode wrapper's users out of
    the other mode, or None."""
    if 32 not in insn.modes:
        return "#ifdef __x86_64__"
    if 64 not in insn.modes:
        return "#ifndef __x86_64__"
    return None


def callers_c(insns, top="", prefix="call_"):
    """C source with one function per wrapper in @insns, calling it with
    the function's own parameters (so nothing folds away)."""
    out = [top]
    for isa in sorted({i.isa.name for i in insns}):
        out.append("#include <vmxgen/%s.h>" % isa)
    out.append("")
    for i in insns:
        params = i.c_params()
        if params is None:
            continue
        # A macro's immediate is a constant in the text, not a parameter.
        proto = ", ".join("%s%s%s" % (t, "" if t.endswith("*") else " ", n)
                          for t, n, o in params if o.kind != "imm") or "void"
        args = ", ".join("%#x" % IMMEDIATE if o.kind == "imm" else n
                         for _, n, o in params)
        ret = i.c_return()
        fn = prefix + i.cname
        guard = mode_guard(i)
        if guard:
            out.append(guard)
        out.append("%s %s(%s);" % (ret, fn, proto))
        out.append("%s %s(%s)\n{\n\t%s%s(%s);\n}"
                   % (ret, fn, proto, "" if ret == "void" else "return ",
                      i.cname, args))
        if guard:
            out.append("#endif")
        out.append("")
    return "\n".join(out)
