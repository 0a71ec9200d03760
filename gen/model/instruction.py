# SPDX-License-Identifier: MIT
"""Instructions and their operands, as facts: what the CPU reads and
writes, in which registers or memory, how wide in each mode, and how the
instruction reports its status."""

from model.base import Item, at
from model.encoding import Encoding
from model.registers import SYSREGS, register

MODES = (64, 32)
NATIVE = "native"
# Register widths from narrowest to widest in every mode: native is 32
# bits in 32-bit mode and 64 in 64-bit mode.
_WIDTH_ORDER = {32: 0, NATIVE: 1, 64: 2}


class Operand:
    def __init__(self, insn, raw, where):
        self.insn = insn
        self.name = raw["name"]
        self.role = raw["role"]             # read, write, readwrite
        self.kind = raw["kind"]     # reg, mem, reg_or_mem, implicit, imm, sysreg
        self.width = raw.get("width")       # 8..128 or 'native'
        name = raw.get("register")
        # sysreg: a control or debug register, in ModRM.reg (its number)
        self.sysreg = name if name in SYSREGS else None
        self.register = register(name) if name and not self.sysreg else None
        self.value = raw.get("value")       # fixed value: not a parameter
        # The instruction uses the memory operand's address, not its bytes
        # (INVLPG): the wrapper takes the address.
        self.address = raw.get("address", False)
        # The assembler's syntax names this bound register (IN AL, DX):
        # the asm text writes it, as the manual does.
        self.syntax = raw.get("syntax", False)
        self.enum_name = raw.get("enum")
        self.layout_name = raw.get("layout")
        self.summary = raw.get("summary", "")
        self.where = where
        self.enum = None
        self.layout = None

    @property
    def explicit(self):
        return self.kind != "implicit"

    @property
    def is_input(self):
        return self.role in ("read", "readwrite")

    @property
    def is_output(self):
        return self.role in ("write", "readwrite")

    @property
    def fixed(self):
        return self.value is not None

    @property
    def native(self):
        """As wide as the mode: 64 bits in 64-bit mode, 32 outside."""
        return self.width == NATIVE

    def bits(self, mode=64):
        """The operand's size in bits in the given mode."""
        if self.layout is not None:
            return self.layout.bits if self.layout.kind == "bits" else \
                self.layout.size_bytes * 8
        if self.native:
            return mode
        return self.width

    @property
    def manual_form(self):
        """As the manual writes it in 64-bit mode: r64, m128, r/m64, RAX."""
        if self.kind == "implicit":
            return self.register.name.upper()
        if self.kind == "imm":
            return "imm%d" % self.width
        if self.kind == "sysreg":
            return self.sysreg.upper()
        return {"reg": "r", "mem": "m", "reg_or_mem": "r/m"}[self.kind] + \
            str(self.bits(64))


class CarryOutcome:
    """What CF = 1 after an instruction with a status register means
    (PVALIDATE: nothing was updated; SEAMCALL: VMfailInvalid, RAX
    unchanged), and the value its wrapper returns for it instead of the
    register."""

    def __init__(self, raw):
        self.value = raw["value"]
        self.summary = raw["summary"]


class FaultValue:
    """What the wrapper of an instruction with a status register returns
    when a fault hook resumed it after a fault (#UD, #GP): a value the
    register never holds, which the spec names (TDX's software-defined
    error class), instead of whatever the register held before."""

    def __init__(self, raw):
        self.value = raw["value"]
        self.summary = raw["summary"]


class StatusSource:
    """How one instruction reports: rflags (the ISA's outcomes), none, or
    a value left in a register, with CF = 1 as one more outcome if cf is
    given."""

    def __init__(self, raw, isa):
        if raw is None:
            raw = isa.status.kind
        self.cf = None
        self.fault = None
        if isinstance(raw, dict):
            self.kind = "register"
            self.register = register(raw["register"])
            self.width = raw["width"]
            if "cf" in raw:
                self.cf = CarryOutcome(raw["cf"])
            if "fault" in raw:
                self.fault = FaultValue(raw["fault"])
        else:
            self.kind = raw
            self.register = None
            self.width = None


class Instruction(Item):
    def __init__(self, isa, source, path, raw, diag):
        super().__init__(source, path)
        self.isa = isa
        self.mnemonic = raw["mnemonic"]
        self.name = raw.get("name", self.mnemonic)
        self.summary = raw["summary"]
        self.description = raw.get("description", "")
        self.sdm = raw["sdm"]
        self.encoding = Encoding(raw["encoding"],
                                 lambda *sub: self.where("encoding", *sub), diag)
        self.modes = tuple(m for m in MODES if m in raw.get("modes", MODES))
        self.status = StatusSource(raw.get("status"), isa)
        self.outcome_names = list(raw.get("outcomes", []))
        self.outcomes = []      # isa.Outcome objects, resolved by check()
        self.success_enters_guest = raw.get("success_enters_guest", False)
        # A "memory" clobber, and why: the manual's reason the instruction
        # must be ordered with the caller's memory accesses (a string), or
        # true without one (older specs).
        # Why the asm text is the encoding's bytes, not the mnemonic
        # (WRMSRNS: clang 14's assembler does not know it), or None.
        self.as_bytes = raw.get("as_bytes")
        clobber = raw["memory_clobber"]
        self.memory_clobber = bool(clobber)
        self.memory_reason = clobber if isinstance(clobber, str) else None
        self.clobbers = [register(r) for r in raw.get("clobbers", [])]
        self.operands = [Operand(self, o, self.where("operands", i))
                         for i, o in enumerate(raw["operands"])]
        self.parameter_order = raw.get("parameters")
        # Why a form that reports only faults is wanted, if it is.
        self.fault_only = raw.get("fault_only")
        # false: no C wrapper of its own; generated entry code uses it
        # (VMRUN, which only the guest-entry trampoline may execute).
        self.wrapper = raw.get("wrapper", True)

    # --- derived facts --------------------------------------------------

    @property
    def only64(self):
        return self.modes == (64,)

    @property
    def forms(self):
        """The forms of the instruction besides its wrapper, from the
        spec: "raw" if a memory operand is a layout (the bytes as the CPU
        reads them, reserved bits included), "mem" if an operand may be
        register or memory (the memory encoding), "value" if it reports
        VMfail in RFLAGS and writes one register (the value returned, a
        failure handed to a handler), "fault_only" where the spec asks
        for it (only a fault is an error)."""
        out = []
        if any(o.layout is not None for o in self.operands):
            out.append("raw")
        if any(o.kind == "reg_or_mem" for o in self.operands):
            out.append("mem")
        written = [o for o in self.operands if o.role != "read"]
        if self.status.kind == "rflags" and self.fail_outcomes and \
                len(written) == 1 and written[0].kind in ("reg", "reg_or_mem") \
                and written[0].role == "write":
            out.append("value")
        if self.fault_only and self.fault is not None and \
                self.status.kind == "rflags":
            out.append("fault_only")
        return out

    @property
    def fail_outcomes(self):
        return [o for o in self.outcomes if not o.succeeded]

    @property
    def fault(self):
        """The ISA's fault status, if this instruction reports it: an
        instruction whose status is its ISA's kind does; one that differs
        (VMFUNC, status none among rflags instructions) does not."""
        if self.status.kind != self.isa.status.kind:
            return None
        return self.isa.status.fault

    @property
    def returns_status(self):
        """Whether the caller gets something back: a failure outcome, a
        status register, or (status none) a fault status."""
        if self.status.kind == "register":
            return True
        if self.status.kind == "none":
            return self.fault is not None
        return self.status.kind == "rflags" and bool(self.fail_outcomes)

    @property
    def parameters(self):
        """The operands a caller supplies or receives, in parameter order."""
        by_name = {o.name: o for o in self.operands}
        order = self.parameter_order or [o.name for o in self.operands]
        return [by_name[n] for n in order if n in by_name and
                not by_name[n].fixed]

    @property
    def immediate_parameter(self):
        """The immediate operand the caller gives (IN's port in E4 ib), a
        compile-time constant, or None."""
        return next((o for o in self.operands
                     if o.kind == "imm" and not o.fixed), None)

    @property
    def explicit_operands(self):
        return [o for o in self.operands if o.explicit]

    @property
    def syntax_operands(self):
        """The operands the asm text names, in the manual's order: the
        explicit ones and the bound registers of the syntax (IN's AL, DX)."""
        return [o for o in self.operands if o.explicit or o.syntax]

    @property
    def registers_read(self):
        return [o.register for o in self.operands
                if o.register is not None and o.is_input]

    @property
    def registers_written(self):
        out = [o.register for o in self.operands
               if o.register is not None and o.is_output]
        if self.status.kind == "register":
            out.append(self.status.register)
        return out + list(self.clobbers)

    @property
    def status_input(self):
        """The input operand bound to the status register, or None: it
        goes in through the register the status comes back in (TDCALL's
        leaf in RAX; PSMASH's 64-bit address in RAX, its status in EAX).
        The checks refuse an output there."""
        if self.status.kind != "register":
            return None
        return next((o for o in self.operands if o.register is not None and
                     o.register == self.status.register and o.is_input),
                    None)

    @property
    def status_carrier_width(self):
        """The width of the one variable the status register is, in and
        out: the status's, or its input's if that is wider (the status is
        then the carrier's low bits, as EAX is RAX's).  None without a
        status register."""
        if self.status.kind != "register":
            return None
        op = self.status_input
        if op is None or _WIDTH_ORDER.get(op.width, -1) <= \
                _WIDTH_ORDER[self.status.width]:
            return self.status.width
        return op.width

    @property
    def fixed_values(self):
        """{register family: value} of the fixed (leaf) operands."""
        return {o.register.family: o.value for o in self.operands
                if o.fixed and o.register is not None}

    @property
    def manual_form(self):
        explicit = [o.manual_form for o in self.syntax_operands]
        return (self.mnemonic.upper() + " " + ", ".join(explicit)).strip()

    # --- checks of one entry ---------------------------------------------

    def resolve(self, enums, layouts, diag):
        for op in self.operands:
            if op.enum_name:
                op.enum = enums.get(op.enum_name)
                if op.enum is None and self.isa.undefined("enums",
                                                          op.enum_name):
                    diag.error(op.where, "operand '%s' names enum '%s', which "
                               "the spec does not define" % (op.name,
                                                             op.enum_name))
            if op.layout_name:
                op.layout = layouts.get(op.layout_name)
                if op.layout is None and self.isa.undefined("layouts",
                                                            op.layout_name):
                    diag.error(op.where, "operand '%s' names layout '%s', "
                               "which the spec does not define"
                               % (op.name, op.layout_name))
                elif op.layout is not None and op.layout.kind != "bits" \
                        and op.kind != "mem":
                    diag.error(op.where, "operand '%s': layout '%s' is a "
                               "byte layout, which only a memory operand "
                               "can be" % (op.name, op.layout_name))
                    op.layout = None

    def check(self, diag):
        self._check_operands(diag)
        self._check_registers(diag)
        self._check_form(diag)
        self._check_as_bytes(diag)
        self._check_status(diag)

    def _check_operands(self, diag):
        names = {}
        for op in self.operands:
            if op.name in names:
                diag.error(op.where, "duplicate operand name '%s' (first at "
                           "%s)" % (op.name, at(names[op.name].where)))
            names.setdefault(op.name, op)
            if (op.kind == "implicit") != (op.register is not None):
                diag.error(op.where, "operand '%s': 'register' is given for "
                           "implicit operands (a general-purpose register), "
                           "and only for them and sysreg ones" % op.name)
            if op.address and (op.kind != "mem" or op.role != "read" or
                               op.layout_name is not None):
                diag.error(op.where, "operand '%s': 'address' is for a read "
                           "memory operand without a layout, whose address "
                           "the instruction uses (INVLPG m8)" % op.name)
            if op.syntax and op.kind != "implicit":
                diag.error(op.where, "operand '%s': 'syntax' is for a bound "
                           "register the assembler's syntax names (kind "
                           "implicit); the other kinds are in the text "
                           "anyway" % op.name)
            if (op.kind == "sysreg") != (op.sysreg is not None):
                diag.error(op.where, "operand '%s': kind sysreg takes a "
                           "control or debug register (%s), and only it"
                           % (op.name, ", ".join(SYSREGS)))
            if op.kind == "sysreg" and op.width != NATIVE:
                diag.error(op.where, "operand '%s': a control or debug "
                           "register is width native (64 bits in 64-bit "
                           "mode, 32 outside)" % op.name)
            if op.layout_name is None and op.width is None:
                diag.error(op.where, "operand '%s' needs a width" % op.name)
            # A 16-bit register read (LTR's selector, r/m16) assembles
            # without an operand-size prefix, a 16-bit write would take
            # one (66); a 32-bit register is one in both modes (STR's
            # destination, zero-extended).
            if op.kind in ("reg", "reg_or_mem") and op.width != NATIVE and \
                    not (op.kind == "reg" and not op.enum_name and
                         (op.width == 32 or
                          (op.width == 16 and op.role == "read"))):
                diag.error(op.where, "register operand '%s' must be width "
                           "native (r64 in 64-bit mode, r32 outside); a reg "
                           "operand may also be 32 bits, or 16 if read"
                           % op.name)
            if op.kind == "implicit" and op.register is not None:
                if op.width not in (8, 16, 32, 64, NATIVE):
                    diag.error(op.where, "register operand '%s' must be "
                               "width 8, 16, 32, 64 or native" % op.name)
                elif op.register.bits < 64 and op.width != op.register.bits:
                    diag.error(op.where, "operand '%s': %s is a %d-bit "
                               "register; give width %d, or name the 64-bit "
                               "register (%s) for width %s"
                               % (op.name, op.register.name,
                                  op.register.bits, op.register.bits,
                                  op.register.family, op.width))
                elif op.register.bits == 64 and op.width in (8, 16):
                    diag.error(op.where, "operand '%s': name the %d-bit "
                               "register for width %d" % (op.name, op.width,
                                                          op.width))
            if op.kind == "imm":
                if op.role != "read" or op.width not in (8, 16, 32):
                    diag.error(op.where, "immediate operand '%s' must be "
                               "role read, width 8, 16 or 32" % op.name)
                if not op.fixed and op.width != 8:
                    # An immediate parameter is a compile-time constant
                    # the caller writes (IN/OUT's port): the C wrapper is
                    # a function-like macro whose asm takes it as "N"
                    # (0..255), Rust's a const generic u8.
                    diag.error(op.where, "immediate operand '%s' without "
                               "a fixed value is a parameter, which must be "
                               "width 8 (the \"N\" constraint: 0..255); "
                               "give a wider immediate a fixed value"
                               % op.name)
                if not op.fixed and self.status.kind != "none":
                    # The wrapper is a statement expression: it returns
                    # the ISA's success or fault status, no outcome.
                    diag.error(op.where, "immediate parameter '%s': its "
                               "wrapper is a macro, for an instruction "
                               "that reports nothing but faults (status: "
                               "none)" % op.name)
            if op.fixed:
                if op.kind not in ("implicit", "imm") or op.role != "read":
                    diag.error(op.where, "operand '%s': only an implicit "
                               "read operand or an immediate can have a "
                               "fixed value" % op.name)
                elif op.width != NATIVE and op.width is not None and \
                        op.value >> op.width:
                    diag.error(op.where, "operand '%s': value 0x%x does not "
                               "fit in %d bits" % (op.name, op.value, op.width))
                elif op.native and op.value >> 32 and 32 in self.modes:
                    diag.error(op.where, "operand '%s': value 0x%x does not "
                               "fit in 32 bits, the operand's width in 32-bit "
                               "mode" % (op.name, op.value))
            # A bit layout is built from its fields (read); a byte layout
            # (LGDT's pseudo-descriptor) is the caller's struct, read or
            # written (SGDT) through a pointer.
            if op.layout_name and (op.kind != "mem" or (
                    op.role != "read" and not (op.layout is not None and
                                               op.layout.kind == "bytes"))):
                diag.error(op.where, "layout operand '%s' must be a read "
                           "memory operand (a byte layout may also be "
                           "written)" % op.name)
            if op.layout is not None and op.width is not None and \
                    op.width != op.layout.bits:
                diag.error(op.where, "operand '%s' is %s bits but layout "
                           "'%s' is %d bits" % (op.name, op.width,
                                                op.layout.name, op.layout.bits))
            if op.kind == "mem" and op.layout_name is None and \
                    op.width not in (8, 16, 32, 64):
                diag.error(op.where, "memory operand '%s' of %s bits needs a "
                           "layout (8, 16, 32 and 64 bits are plain values)"
                           % (op.name, op.width))
            if op.enum_name and (op.kind not in ("reg", "implicit") or
                                 op.role != "read"):
                diag.error(op.where, "only register read operands can take "
                           "an enum")

    def _check_registers(self, diag):
        """One register, one operand; 64-bit registers only in 64-bit mode."""
        modes_where = self.where("modes")
        owner = {}
        for op in self.operands:
            if op.register is None:
                continue
            first = owner.get(op.register.family)
            # A register may hold one input and one output (CPUID: the
            # leaf in EAX, then EAX's output): what goes in and what
            # comes out are then different operands, as the manual says.
            if first is not None and not (
                    first.role != "readwrite" and op.role != "readwrite"
                    and first.role != op.role):
                diag.error(op.where, "operands '%s' and '%s' (%s) are both "
                           "bound to %s; one register holds one operand "
                           "(or one read and one write)"
                           % (op.name, first.name, at(first.where),
                              op.register.family))
            elif first is not None and op.register.bits != \
                    first.register.bits:
                diag.error(op.where, "operands '%s' and '%s' (%s) name %s "
                           "in two widths (%s, %s)"
                           % (op.name, first.name, at(first.where),
                              op.register.family, op.register.name,
                              first.register.name))
            owner.setdefault(op.register.family, op)
            if 32 in self.modes and (op.register.only64 or op.width == 64):
                diag.error(op.where, "operand '%s' (%s, width %s) exists only "
                           "in 64-bit mode, but the instruction claims 32-bit "
                           "forms (%s); add 'modes: [64]' or use width "
                           "native" % (op.name, op.register.name, op.width,
                                       at(modes_where)))
        for i, reg in enumerate(self.clobbers):
            op = owner.get(reg.family)
            if op is not None:
                diag.error(self.where("clobbers", i), "%s is clobbered and "
                           "also holds operand '%s' (%s); an operand "
                           "the instruction changes is an output"
                           % (reg.name, op.name, at(op.where)))
            if reg.only64 and 32 in self.modes:
                diag.error(self.where("clobbers", i), "%s exists only in "
                           "64-bit mode, but the instruction claims 32-bit "
                           "forms (%s); add 'modes: [64]'"
                           % (reg.name, at(modes_where)))
        st = self.status
        if st.kind == "register":
            where = self.where("status")
            op = owner.get(st.register.family)
            if op is not None and op.is_output:
                diag.error(where, "the status register %s is also output "
                           "operand '%s' (%s)" % (st.register.name, op.name,
                                                  at(op.where)))
            if st.register.bits == 32 and st.width != 32:
                diag.error(where, "%s is a 32-bit register; give width 32"
                           % st.register.name)
            if 32 in self.modes and (st.register.only64 or st.width == 64):
                diag.error(where, "the status register %s (width %s) exists "
                           "only in 64-bit mode, but the instruction claims "
                           "32-bit forms (%s); add 'modes: [64]' or use "
                           "width native" % (st.register.name, st.width,
                                             at(modes_where)))
            if st.register in self.clobbers:
                i = self.clobbers.index(st.register)
                diag.error(where, "the status register %s is also listed "
                           "as clobbered (%s)" % (st.register.name,
                                                  at(self.where("clobbers", i))))
            cf = st.cf
            bits = 32 if st.width == NATIVE and 32 in self.modes else \
                64 if st.width == NATIVE else st.width
            if cf is not None and cf.value >> bits:
                diag.error(self.where("status", "cf", "value"), "value 0x%x "
                           "does not fit in the %d-bit status it stands for"
                           % (cf.value, bits))
            fault = st.fault
            if fault is None:
                # A fault hook resumes the instruction after a fault; the
                # register still holds what went in (a leaf number, an
                # address), which a caller would take for a status.
                diag.error(where, "a status register needs 'fault: {value: "
                           "V, summary: S}': the value the wrapper returns "
                           "when a fault hook (VMXGEN_FAULT_HOOK) resumed "
                           "the faulting instruction, one %s never holds "
                           "(else the caller sees the register as it was)"
                           % st.register.name)
            elif fault.value >> bits:
                diag.error(self.where("status", "fault", "value"), "value "
                           "0x%x does not fit in the %d-bit status it "
                           "stands for" % (fault.value, bits))
            elif cf is not None and fault.value == cf.value:
                diag.error(self.where("status", "fault", "value"), "value "
                           "0x%x is also the CF = 1 outcome's (%s): a caller "
                           "could not tell a fault from it"
                           % (fault.value, at(self.where("status", "cf",
                                                         "value"))))

    def _check_as_bytes(self, diag):
        """Bytes stand for the instruction only where nothing in them
        depends on an operand: no explicit operand, no ModRM /r or /N."""
        if self.as_bytes is None:
            return
        if self.explicit_operands or self.encoding.modrm_form in ("r",
                                                                  "digit"):
            diag.error(self.where("as_bytes"), "as_bytes: the bytes of %s "
                       "would depend on its operands (%s); only an encoding "
                       "with no explicit operand and a fixed ModRM byte or "
                       "none can be written as bytes"
                       % (self.name, self.encoding.text))

    @property
    def text_bytes(self):
        """The bytes the asm text holds instead of the mnemonic (as_bytes):
        the whole encoding, prefix and fixed ModRM byte included."""
        return self.encoding.opcode_bytes

    def _check_form(self, diag):
        """Explicit operands must fit the ModRM form."""
        imms = [o for o in self.explicit_operands if o.kind == "imm"]
        # A sysreg operand that names no control or debug register is
        # reported where its operand is checked.
        sysregs = [o for o in self.explicit_operands
                   if o.kind == "sysreg" and o.sysreg is not None]
        explicit = [o for o in self.explicit_operands
                    if o.kind not in ("imm", "sysreg")]
        regs = [o for o in explicit if o.kind == "reg"]
        mems = [o for o in explicit if o.kind in ("mem", "reg_or_mem")]
        enc = self.encoding
        form = self.where("encoding", "modrm")
        if enc.modrm_form == "none" and explicit:
            diag.error(form, "without a ModRM byte (modrm: none) there is "
                       "no room for register or memory operands; %s has %d "
                       "(bind them to registers: kind implicit)"
                       % (self.name, len(explicit)))
        if len(imms) > 1:
            diag.error(imms[1].where, "one immediate per instruction")
        enc.immediate_bytes = sum(o.width // 8 for o in imms
                                  if o.width in (8, 16, 32))
        if enc.modrm_form == "r" and not (len(regs) == 1 and len(mems) == 1
                                          and len(explicit) == 2):
            diag.error(form, "ModRM /r needs one register operand and one "
                       "register-or-memory operand; %s has %d explicit "
                       "operand(s)" % (self.name, len(explicit)))
        if enc.modrm_form == "digit" and not (
                len(explicit) == 1 and explicit[0].kind in ("mem", "reg")):
            diag.error(form, "ModRM /%d needs exactly one memory operand, "
                       "or one register operand (in r/m, mod = 11)"
                       % enc.modrm_digit)
        number = SYSREGS[sysregs[0].sysreg] if sysregs else None
        if sysregs and (len(sysregs) > 1 or enc.modrm_form != "digit" or
                        enc.modrm_digit != number & 7):
            diag.error(form, "a control or debug register operand (%s) is "
                       "ModRM.reg: the form is /%d, its number%s, with the "
                       "other operand in r/m" % (
                           sysregs[0].sysreg, number & 7,
                           " less 8 (REX.R holds the 8)" if number >> 3
                           else ""))
        self._check_rex_r(enc, sysregs[0].sysreg if sysregs else None, diag)
        if enc.modrm_form == "digit" and explicit and \
                explicit[0].kind == "reg":
            enc.register_only = True
        if enc.modrm_form == "fixed" and explicit:
            diag.error(form, "a fixed ModRM byte leaves no room for explicit "
                       "operands")
        enc.memory_only = any(o.kind == "mem" for o in explicit)
        if self.parameter_order is not None:
            wanted = sorted(o.name for o in self.operands if not o.fixed)
            if sorted(self.parameter_order) != wanted:
                diag.error(self.where("parameters"), "parameters must list "
                           "each operand without a fixed value once: %s"
                           % ", ".join(wanted))

    def _check_rex_r(self, enc, sysreg, diag):
        """REX.R is ModRM.reg's fourth bit: set for a control register
        numbered 8 or more (CR8), and only for it (in a /N form it would
        select another instruction or be ignored; in a /r form the
        compiler picks the register), and in 64-bit mode only (in 32-bit
        mode 40..4F are INC and DEC)."""
        where = self.where("encoding", "rex_r")
        number = SYSREGS[sysreg] if sysreg else None
        if number is not None and number >> 3 and not enc.rex_r:
            diag.error(self.where("encoding"), "%s is register %d: ModRM.reg "
                       "holds %d and REX.R the 8; add 'rex_r: true' (the "
                       "manual's 'REX.R +' before the opcode)"
                       % (sysreg, number, number & 7))
        if not enc.rex_r:
            return
        if number is None or not number >> 3:
            diag.error(where, "rex_r: REX.R extends ModRM.reg to a register "
                       "numbered 8 or more, which only a control register "
                       "operand (kind sysreg: cr8) names here; %s has %s"
                       % (self.name, sysreg or "none"))
        if 32 in self.modes:
            diag.error(where, "rex_r: a REX prefix exists only in 64-bit "
                       "mode (40..4F are INC/DEC in 32-bit mode), but the "
                       "instruction claims 32-bit forms (%s); add 'modes: "
                       "[64]'" % at(self.where("modes")))

    def _check_status(self, diag):
        st = self.status
        outcomes_where = self.where("outcomes")
        if st.kind != "rflags":
            if self.outcome_names:
                diag.error(outcomes_where, "outcomes are only for "
                           "instructions whose status is rflags")
            if self.success_enters_guest:
                diag.error(self.where("success_enters_guest"), "only an "
                           "instruction with rflags status can report "
                           "failing to enter the guest")
            return
        model = self.isa.status
        if model.kind != "rflags" or not model.outcomes:
            diag.error(self.where("mnemonic"), "ISA '%s' defines no rflags outcomes; give this "
                       "instruction 'status: none' or a status register"
                       % self.isa.name)
            return
        if not self.outcome_names:
            diag.error(self.where(), "missing required key 'outcomes' (the "
                       "instruction's status is rflags)")
            return
        for i, name in enumerate(self.outcome_names):
            outcome = model.outcome(name)
            if outcome is None:
                diag.error(self.where("outcomes", i), "'%s' is not an "
                           "outcome of ISA '%s' (%s)" % (
                               name, self.isa.name,
                               ", ".join(o.name for o in model.outcomes)))
            elif outcome in self.outcomes:
                diag.error(self.where("outcomes", i), "outcome '%s' is "
                           "listed twice" % name)
            else:
                self.outcomes.append(outcome)
        if self.success_enters_guest and model.consistent and \
                any(o.succeeded for o in self.outcomes):
            diag.error(outcomes_where, "an instruction that enters the guest "
                       "on success never reports %s to its caller; drop it "
                       "from outcomes" % model.success.name)
