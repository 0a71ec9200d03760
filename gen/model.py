# SPDX-License-Identifier: MIT
"""The validated model of the spec: plain objects, every derived fact
computed once here so the templates only print.

Checks that need more than one entry live here (duplicates, references,
descriptor bit coverage); the shape of single entries is the schema's job.
"""

import re

from specload import Location

C_KEYWORDS = {
    "auto", "break", "case", "char", "const", "continue", "default", "do",
    "double", "else", "enum", "extern", "float", "for", "goto", "if",
    "inline", "int", "long", "register", "restrict", "return", "short",
    "signed", "sizeof", "static", "struct", "switch", "typedef", "union",
    "unsigned", "void", "volatile", "while", "asm", "typeof",
    "_Bool", "_Complex", "_Imaginary", "_Alignas", "_Alignof", "_Atomic",
    "_Generic", "_Noreturn", "_Static_assert", "_Thread_local",
}

PREFIX_BYTES = {"none": None, 0x66: 0x66, 0xF2: 0xF2, 0xF3: 0xF3}
MAP_BYTES = {"0f": [0x0F], "0f38": [0x0F, 0x38], "0f3a": [0x0F, 0x3A]}
REGISTER_CONSTRAINT = {"eax": "a", "ebx": "b", "ecx": "c", "edx": "d",
                       "esi": "S", "edi": "D"}
C_UINT = {8: "vmx_u8", 16: "vmx_u16", 32: "vmx_u32", 64: "vmx_u64"}
OUTCOME_STATUS = {"VMsucceed": "VMX_SUCCEED", "VMfailInvalid": "VMX_FAIL_INVALID",
                  "VMfailValid": "VMX_FAIL_VALID"}


class Item:
    """Base for model objects: remembers where the entry was written."""

    def __init__(self, source, path):
        self.source = source
        self.path = tuple(path)

    def where(self, *sub):
        return self.source.where(self.path + sub)


# --- enums --------------------------------------------------------------

class EnumValue:
    def __init__(self, enum, raw, where):
        self.name = raw["name"]
        self.constant = enum.prefix + raw["name"]
        self.value = raw["value"]
        self.summary = raw.get("summary", "")
        self.capability_name = raw.get("capability")
        self.capability = None  # CapabilityBit, resolved later
        self.where = where


class Enum(Item):
    def __init__(self, source, path, raw):
        super().__init__(source, path)
        self.name = raw["name"]
        self.prefix = raw["prefix"]
        self.summary = raw["summary"]
        self.sdm = raw["sdm"]
        self.capability_name = raw.get("capability")
        self.capability = None
        self.values = [EnumValue(self, v, source.where(path + ("values", i)))
                       for i, v in enumerate(raw["values"])]

    @property
    def c_type(self):
        return "enum " + self.name

    @property
    def supported_function(self):
        return self.name + "_supported"

    @property
    def capability_subject(self):
        """What the capability is about, for documentation: 'INVEPT'."""
        return re.sub(r"^vmx_|_type$", "", self.name).upper()

    @property
    def has_capabilities(self):
        return self.capability is not None or any(
            v.capability for v in self.values)


# --- descriptors ----------------------------------------------------------

class DescriptorMember:
    """One C struct member: a named field or a piece of a reserved range."""

    def __init__(self, name, low, width, field, bitfield=False):
        self.name = name
        self.low = low
        self.width = width
        self.field = field
        self.bitfield = bitfield
        self.c_type = "vmx_u64" if bitfield else C_UINT[width]

    @property
    def high(self):
        return self.low + self.width - 1

    @property
    def byte_offset(self):
        return self.low // 8

    @property
    def declaration(self):
        if self.bitfield:
            return "%s %s : %d;" % (self.c_type, self.name, self.width)
        return "%s %s;" % (self.c_type, self.name)


class DescriptorField:
    def __init__(self, raw, low, high, where):
        self.name = raw.get("name")
        self.summary = raw.get("summary", "")
        self.reserved = raw.get("reserved", False)
        self.must_be_zero = raw.get("must_be_zero", False)
        self.low = low
        self.high = high
        self.where = where

    @property
    def width(self):
        return self.high - self.low + 1

    @property
    def bits(self):
        return "%d:%d" % (self.high, self.low)

    @property
    def param_type(self):
        for w in (8, 16, 32, 64):
            if self.width <= w:
                return C_UINT[w]
        return None


class Descriptor(Item):
    def __init__(self, source, path, raw, diag):
        super().__init__(source, path)
        self.name = raw["name"]
        self.struct = "vmx_%s_descriptor" % self.name
        self.summary = raw["summary"]
        self.sdm = raw["sdm"]
        self.size = raw["size"]
        self.fields = []
        for i, f in enumerate(raw["fields"]):
            where = source.where(path + ("fields", i, "bits"))
            high, low = (int(x) for x in f["bits"].split(":"))
            field = DescriptorField(f, low, high, source.where(path + ("fields", i)))
            if high < low:
                diag.error(where, "bit range '%s' is reversed; write it "
                           "high:low, as '%d:%d'" % (f["bits"], low, high))
                continue
            if field.reserved and low // 64 != high // 64:
                diag.error(where, "reserved bits %s cross a 64-bit boundary; "
                           "split the range at bit %d" % (field.bits,
                                                          (low // 64 + 1) * 64))
                continue
            if field.reserved:
                if field.name:
                    diag.error(field.where, "reserved bits %s must not have "
                               "a name" % field.bits)
                if not field.must_be_zero:
                    diag.error(field.where, "reserved bits %s are not marked "
                               "must_be_zero: true (vmxgen zeroes every "
                               "reserved bit; say so in the spec)" % field.bits)
            elif not field.name:
                diag.error(field.where, "field %s needs a name, or "
                           "'reserved: true'" % field.bits)
                continue
            elif low // 64 != high // 64:
                diag.error(where, "field '%s' (bits %s) crosses a 64-bit "
                           "boundary; split it at bit %d"
                           % (field.name, field.bits, (low // 64 + 1) * 64))
                continue
            self.fields.append(field)
        if self.size % 8:
            diag.error(self.where("size"), "descriptor size %d is not a "
                       "whole number of bytes" % self.size)
        # Coverage is only meaningful once every range could be read.
        if len(self.fields) == len(raw["fields"]):
            self._check_coverage(diag)
        self.members = self._members() if not diag else []

    def _check_coverage(self, diag):
        owner = {}
        for f in self.fields:
            overlap = None
            for bit in range(f.low, f.high + 1):
                if bit >= self.size:
                    diag.error(f.where, "bits %s go past the descriptor's "
                               "size of %d bits" % (f.bits, self.size))
                    return
                if bit in owner and overlap is None:
                    overlap = (bit, owner[bit])
                owner.setdefault(bit, f)
            if overlap:
                bit, other = overlap
                diag.error(f.where, "bits %s overlap bits %s (line %d) "
                           "at bit %d" % (f.bits, other.bits,
                                          other.where.line, bit))
        gaps = []
        bit = 0
        while bit < self.size:
            if bit in owner:
                bit += 1
                continue
            start = bit
            while bit < self.size and bit not in owner:
                bit += 1
            gaps.append("%d:%d" % (bit - 1, start))
        if gaps:
            total = sum(f.width for f in self.fields)
            diag.error(self.where("fields"), "descriptor '%s' fields total "
                       "%d bits, not its size of %d: bits %s are not "
                       "described (add them, as reserved if they are)"
                       % (self.name, total, self.size, ", ".join(gaps)))

    def _members(self):
        """C members, one 64-bit word at a time.  A word that holds one
        field is a plain member (u64, or u16/u32 pieces of a reserved or
        narrower range); a word shared by several fields becomes u64
        bitfields, so the compiler fills it with one store (as KVM's
        hand-written INVVPID operand does)."""
        members = []
        for word in range(0, self.size, 64):
            top = min(word + 64, self.size) - 1
            inside = sorted((f for f in self.fields if word <= f.low <= top),
                            key=lambda f: f.low)
            if len(inside) == 1 and inside[0].low == word and \
                    inside[0].high == top:
                f = inside[0]
                name = "reserved_%d_%d" % (f.high, f.low) if f.reserved else f.name
                members.append(DescriptorMember(name, f.low, f.width, f,
                                                bitfield=f.width not in C_UINT))
                continue
            for f in inside:
                name = "reserved_%d_%d" % (f.high, f.low) if f.reserved else f.name
                members.append(DescriptorMember(name, f.low, f.width, f,
                                                bitfield=True))
        return members

    @property
    def named_fields(self):
        return [f for f in self.fields if not f.reserved]

    @property
    def has_bitfields(self):
        return any(m.bitfield for m in self.members)


# --- instructions --------------------------------------------------------

class Operand:
    """An instruction operand and how the wrapper passes it."""

    def __init__(self, insn, raw, where):
        self.insn = insn
        self.name = raw["name"]
        self.role = raw["role"]
        self.kind = raw["kind"]
        self.width = raw["width"]
        self.width32 = raw.get("width32", raw["width"])
        self.register = raw.get("register")
        self.enum_name = raw.get("enum")
        self.descriptor_name = raw.get("descriptor")
        self.summary = raw.get("summary", "")
        self.where = where
        self.enum = None
        self.descriptor = None
        # Filled in by Instruction.derive():
        self.params = []        # [(c type, name, summary)]
        self.setup = []         # C statements before the asm
        self.asm_output = None  # "[name] \"=m\" (expr)"
        self.asm_input = None
        self.store_back = None  # C statement after success
        self.local = None       # C declaration of an output temporary

    @property
    def explicit(self):
        return self.kind != "implicit"

    @property
    def is_native_width(self):
        """64 bits in 64-bit mode and 32 outside: the C 'unsigned long'."""
        return self.width == 64 and self.width32 == 32

    @property
    def sdm_form(self):
        """The operand as the SDM writes it in 64-bit mode: r64, m128, r/m64."""
        if self.kind == "implicit":
            return self.register.upper()
        return {"reg": "r", "mem": "m", "reg_or_mem": "r/m"}[self.kind] + \
            str(self.width)


class Instruction(Item):
    def __init__(self, source, path, raw, diag):
        super().__init__(source, path)
        self.mnemonic = raw["mnemonic"]
        self.function = "vmx_" + self.mnemonic
        self.summary = raw["summary"]
        self.description = raw.get("description", "")
        self.sdm = raw["sdm"]
        self.outcomes = list(raw["outcomes"])
        self.success_enters_guest = raw.get("success_enters_guest", False)
        self.memory_clobber = raw["memory_clobber"]
        self.operands = [Operand(self, o, source.where(path + ("operands", i)))
                         for i, o in enumerate(raw["operands"])]
        self.parameter_order = raw.get("parameters")
        self._decode_encoding(raw["encoding"], diag)

    def _decode_encoding(self, enc, diag):
        prefix = enc["prefix"]
        if isinstance(prefix, str) and prefix != "none" or \
                isinstance(prefix, int) and prefix not in PREFIX_BYTES:
            shown = "0x%02x" % prefix if isinstance(prefix, int) else repr(prefix)
            diag.error(self.where("encoding", "prefix"), "mandatory prefix "
                       "must be 0x66, 0xf2, 0xf3 or none, not %s" % shown)
            prefix = "none"
        self.prefix = PREFIX_BYTES.get(prefix)
        self.map = enc["map"]
        self.opcode = enc["opcode"]
        modrm = enc["modrm"]
        self.modrm_digit = None
        self.modrm_byte = None
        self.modrm_is_r = False
        if isinstance(modrm, int):
            if not 0xC0 <= modrm <= 0xFF:
                diag.error(self.where("encoding", "modrm"), "a fixed ModRM "
                           "byte must be 0xc0..0xff (register form), not "
                           "0x%x" % modrm)
            self.modrm_byte = modrm
        elif re.fullmatch(r"/r", modrm):
            self.modrm_is_r = True
        elif re.fullmatch(r"/[0-7]", modrm):
            self.modrm_digit = int(modrm[1])
        else:
            diag.error(self.where("encoding", "modrm"), "ModRM form '%s' is "
                       "not /r, /0../7 or a fixed byte like 0xc1" % modrm)

    # The bytes that identify the instruction, for the encoding oracle.
    @property
    def opcode_bytes(self):
        out = [] if self.prefix is None else [self.prefix]
        out += MAP_BYTES[self.map] + [self.opcode]
        if self.modrm_byte is not None:
            out.append(self.modrm_byte)
        return out

    @property
    def encoding_text(self):
        """The SDM's notation, e.g. '66 0F 38 80 /r' or 'NP 0F 01 C4'."""
        parts = ["NP"] if self.prefix is None else ["%02X" % self.prefix]
        parts += ["%02X" % b for b in MAP_BYTES[self.map] + [self.opcode]]
        if self.modrm_byte is not None:
            parts.append("%02X" % self.modrm_byte)
        elif self.modrm_is_r:
            parts.append("/r")
        elif self.modrm_digit is not None:
            parts.append("/%d" % self.modrm_digit)
        return " ".join(parts)

    @property
    def sdm_form(self):
        explicit = [o.sdm_form for o in self.operands if o.explicit]
        return (self.mnemonic.upper() + " " + ", ".join(explicit)).strip()

    @property
    def returns_status(self):
        return any(o != "VMsucceed" for o in self.outcomes)

    @property
    def fail_outcomes(self):
        return [o for o in self.outcomes if o != "VMsucceed"]

    @property
    def has_outputs(self):
        return any(o.asm_output for o in self.operands)

    @property
    def capture(self):
        """How the status leaves the asm statement.

        asm_goto: no outputs, so 'asm goto' branches straight to the
        caller's failure code; flag_outputs: asm goto with outputs is
        miscompiled by gcc 12.0-12.3 and clang < 17, so CF and ZF become
        '=@cc' outputs; none: the instruction reports no VMfail.
        """
        if not self.returns_status:
            return "none"
        return "flag_outputs" if self.has_outputs else "asm_goto"

    def resolve(self, enums, descriptors, diag):
        for op in self.operands:
            if op.enum_name:
                op.enum = enums.get(op.enum_name)
                if op.enum is None:
                    diag.error(op.where, "operand '%s' names enum '%s', which "
                               "the spec does not define" % (op.name,
                                                             op.enum_name))
            if op.descriptor_name:
                op.descriptor = descriptors.get(op.descriptor_name)
                if op.descriptor is None:
                    diag.error(op.where, "operand '%s' names descriptor '%s', "
                               "which the spec does not define"
                               % (op.name, op.descriptor_name))

    def check(self, diag):
        """Operands must fit the ModRM form and be passable from C."""
        explicit = [o for o in self.operands if o.explicit]
        names = set()
        for op in self.operands:
            if op.name in names:
                diag.error(op.where, "duplicate operand name '%s'" % op.name)
            names.add(op.name)
            if (op.kind == "implicit") != (op.register is not None):
                diag.error(op.where, "operand '%s': 'register' is given for "
                           "implicit operands, and only for them" % op.name)
            if op.kind in ("reg", "reg_or_mem") and not op.is_native_width:
                diag.error(op.where, "register operand '%s' must be width 64 "
                           "with width32 32 (r64 in 64-bit mode, r32 outside)"
                           % op.name)
            if op.kind == "implicit" and op.width != 32:
                diag.error(op.where, "implicit register operand '%s' must be "
                           "32 bits wide" % op.name)
            if op.descriptor_name and (op.kind != "mem" or op.role != "read"):
                diag.error(op.where, "descriptor operand '%s' must be a read "
                           "memory operand" % op.name)
            if op.kind == "mem" and not op.descriptor_name and \
                    op.width not in C_UINT:
                diag.error(op.where, "memory operand '%s' of %d bits needs a "
                           "descriptor layout" % (op.name, op.width))
            if op.kind == "mem" and op.width32 != op.width:
                diag.error(op.where, "memory operand '%s' has the same width "
                           "in every mode; drop width32" % op.name)
            if op.enum_name and op.kind != "reg":
                diag.error(op.where, "only register operands can take an enum")
            if op.descriptor and op.descriptor.size != op.width:
                diag.error(op.where, "operand '%s' is %d bits but descriptor "
                           "'%s' is %d bits" % (op.name, op.width,
                                                op.descriptor.name,
                                                op.descriptor.size))
        regs = [o for o in explicit if o.kind == "reg"]
        mems = [o for o in explicit if o.kind in ("mem", "reg_or_mem")]
        form = self.where("encoding", "modrm")
        if self.modrm_is_r and not (len(regs) == 1 and len(mems) == 1
                                    and len(explicit) == 2):
            diag.error(form, "ModRM /r needs one register operand and one "
                       "register-or-memory operand; %s has %d explicit "
                       "operand(s)" % (self.mnemonic, len(explicit)))
        if self.modrm_digit is not None and not (
                len(explicit) == 1 and explicit[0].kind == "mem"):
            diag.error(form, "ModRM /%d needs exactly one memory operand"
                       % self.modrm_digit)
        if self.modrm_byte is not None and explicit:
            diag.error(form, "a fixed ModRM byte leaves no room for explicit "
                       "operands")
        if self.parameter_order is not None and \
                sorted(self.parameter_order) != sorted(names):
            diag.error(self.where("parameters"), "parameters must list each "
                       "operand once: %s" % ", ".join(o.name for o in
                                                     self.operands))
        if self.success_enters_guest and "VMsucceed" in self.outcomes:
            diag.error(self.where("outcomes"), "an instruction that enters "
                       "the guest on success never reports VMsucceed to its "
                       "caller; drop VMsucceed from outcomes")
        if not self.returns_status and any(
                o.role == "write" and o.kind != "mem" for o in self.operands):
            diag.error(self.where("outcomes"), "register outputs are only "
                       "supported on instructions that report a status")

    def derive(self):
        """Work out C parameters, asm operands and the asm text."""
        for op in self.operands:
            self._derive_operand(op)
        order = self.parameter_order or [o.name for o in self.operands]
        by_name = {o.name: o for o in self.operands}
        self.params = [p for n in order for p in by_name[n].params]
        explicit = [o for o in self.operands if o.explicit]
        # AT&T syntax lists operands in the reverse of the SDM's order.
        att = ", ".join("%%[%s]" % o.name for o in reversed(explicit))
        self.asm_insn = (self.mnemonic + " " + att).strip()
        self.asm_outputs = [o.asm_output for o in self.operands if o.asm_output]
        if self.capture == "flag_outputs":
            self.asm_outputs += ['"=@cc%s" (%s)' % f for f in self.flag_outputs]
        self.asm_inputs = [o.asm_input for o in self.operands if o.asm_input]
        self.locals = [o.local for o in self.operands if o.local]
        self.setup = [s for o in self.operands for s in o.setup]
        self.store_back = [o.store_back for o in self.operands if o.store_back]
        self.clobbers = ['"cc"'] + (['"memory"'] if self.memory_clobber else [])

    def _derive_operand(self, op):
        n = op.name
        if op.descriptor:
            d = op.descriptor
            op.params = [(f.param_type, f.name, f.summary)
                         for f in d.named_fields]
            # Designated initialisers: every reserved member becomes zero.
            op.setup = ["const struct %s %s = {" % (d.struct, n)]
            op.setup += ["\t.%s = %s," % (f.name, f.name) for f in d.named_fields]
            op.setup += ["};"]
            op.asm_input = '[%s] "m" (%s)' % (n, n)
        elif op.kind == "implicit":
            op.params = [(C_UINT[op.width], n, op.summary)]
            op.asm_input = '[%s] "%s" (%s)' % (n, REGISTER_CONSTRAINT[op.register], n)
        elif op.kind == "mem" and op.role == "read":
            op.params = [(C_UINT[op.width], n, op.summary)]
            op.asm_input = '[%s] "m" (%s)' % (n, n)
        elif op.kind == "mem":
            op.params = [(C_UINT[op.width] + " *", n, op.summary)]
            op.asm_output = '[%s] "=m" (*%s)' % (n, n)
        elif op.role == "read":
            ctype = op.enum.c_type if op.enum else "unsigned long"
            expr = "(unsigned long)%s" % n if op.enum else n
            letter = "r" if op.kind == "reg" else "rm"
            op.params = [(ctype, n, op.summary)]
            op.asm_input = '[%s] "%s" (%s)' % (n, letter, expr)
        else:
            # A register output goes through a local so that nothing is
            # stored through the caller's pointer unless the instruction
            # succeeded (VMREAD leaves its destination alone on VMfail).
            op.params = [("unsigned long *", n, op.summary)]
            op.local = "unsigned long %s_out;" % n
            op.asm_output = '[%s] "=r" (%s_out)' % (n, n)
            op.store_back = "*%s = %s_out;" % (n, n)

    # --- how the status is captured (see capture) --------------------------

    @staticmethod
    def fail_label(outcome):
        return {"VMfailInvalid": "fail_invalid", "VMfailValid": "fail_valid"}[outcome]

    @staticmethod
    def status_of(outcome):
        return OUTCOME_STATUS[outcome]

    @property
    def fail_labels(self):
        return [self.fail_label(o) for o in self.fail_outcomes]

    @property
    def fail_flag(self):
        """The condition (as in jCC / =@ccCC) that means 'failed'."""
        kinds = set(self.fail_outcomes)
        if kinds == {"VMfailInvalid", "VMfailValid"}:
            return "be"
        return "c" if "VMfailInvalid" in kinds else "e"

    @property
    def fail_stub(self):
        """Both failures possible.  For asm goto: 'ja' over the failure
        code is the one branch on the success path (taken, 2 bytes), and
        CF is examined only on the failure path.  KVM's vmx_ops.h does the
        same where it cannot use asm goto with outputs."""
        return self.fail_flag == "be"

    @property
    def fail_branch(self):
        """The single branch when only one kind of failure is possible."""
        return "j%s %%l[%s]" % (self.fail_flag, self.fail_labels[0])

    @property
    def flag_outputs(self):
        """(condition, variable) pairs for the flag_outputs capture."""
        out = [(self.fail_flag, "failed")]
        if self.fail_stub:
            out.append(("c", "invalid"))
        return out

    @property
    def return_doc_lines(self):
        import textwrap
        if self.success_enters_guest:
            text = ("Return: only if the instruction failed: " + self.return_doc +
                    ".  On success the guest runs and its VM exits go to the "
                    "host RIP of the current VMCS, never back here.")
        else:
            text = "Return: " + self.return_doc + "."
        return textwrap.wrap(text, 72)

    @property
    def return_doc(self):
        words = {"VMsucceed": "%VMX_SUCCEED",
                 "VMfailInvalid": "%VMX_FAIL_INVALID (no current VMCS)",
                 "VMfailValid": "%VMX_FAIL_VALID (the reason is in the "
                 "VM-instruction error field)"}
        items = [words[o] for o in self.outcomes]
        if len(items) == 1:
            return items[0]
        return ", ".join(items[:-1]) + " or " + items[-1]

    @property
    def doc_lines(self):
        """The description, wrapped for a kernel-doc comment."""
        import textwrap
        lines = []
        if self.description:
            lines += textwrap.wrap(self.description, 72)
        if not self.returns_status:
            lines.append("It reports no VMfail, so nothing is returned.")
        return lines

    @property
    def param_list(self):
        return ", ".join(t + ("" if t.endswith("*") else " ") + n
                         for t, n, _ in self.params) or "void"


# --- tables ------------------------------------------------------------------

VMCS_WIDTH_BITS = {16: 0, 64: 1, 32: 2, "natural": 3}
VMCS_TYPE_BITS = {"control": 0, "exit_info": 1, "guest_state": 2,
                  "host_state": 3}
VMCS_WIDTH_NAMES = {0: "16-bit", 1: "64-bit", 2: "32-bit", 3: "natural-width"}
VMCS_TYPE_NAMES = {0: "control", 1: "VM-exit information (read-only)",
                   2: "guest-state", 3: "host-state"}


class VmcsField(Item):
    def __init__(self, source, path, raw, diag):
        super().__init__(source, path)
        self.name = raw["name"]
        self.constant = "VMCS_" + self.name.upper()
        self.encoding = raw["encoding"]
        self.width = raw["width"]
        self.type = raw["type"]
        self.sdm = raw["sdm"]
        self.summary = raw.get("summary", "")
        self.read_only = self.type == "exit_info"
        enc = self.encoding
        where = self.where("encoding")
        width_bits = (enc >> 13) & 3
        type_bits = (enc >> 10) & 3
        if enc & 1:
            diag.error(where, "encoding 0x%04x of '%s' has bit 0 (access "
                       "type) set, which selects the high half of a 64-bit "
                       "field; list the full encoding 0x%04x and vmxgen "
                       "derives the high one" % (enc, self.name, enc & ~1))
        if enc & ~0x6FFF:
            diag.error(where, "encoding 0x%04x of '%s' sets reserved bits "
                       "(bit 12 and bits 31:15 must be 0)" % (enc, self.name))
        if width_bits != VMCS_WIDTH_BITS[self.width]:
            diag.error(where, "encoding 0x%04x of '%s' has width bits 14:13 "
                       "= %d (%s) but the field is declared width %s"
                       % (enc, self.name, width_bits,
                          VMCS_WIDTH_NAMES[width_bits], self.width))
        if type_bits != VMCS_TYPE_BITS[self.type]:
            diag.error(where, "encoding 0x%04x of '%s' has type bits 11:10 "
                       "= %d (%s) but the field is declared type %s"
                       % (enc, self.name, type_bits,
                          VMCS_TYPE_NAMES[type_bits], self.type))

    @property
    def index(self):
        return (self.encoding >> 1) & 0x1FF

    @property
    def c_type(self):
        return {16: "vmx_u16", 32: "vmx_u32", 64: "vmx_u64",
                "natural": "unsigned long"}[self.width]

    @property
    def accessor_suffix(self):
        """vmx_vmread<suffix>: 16, 32, 64 or l (unsigned long, natural)."""
        return "l" if self.width == "natural" else str(self.width)

    @property
    def width_constant(self):
        return "VMCS_FIELD_WIDTH_" + ("NATURAL" if self.width == "natural"
                                      else str(self.width))

    @property
    def type_constant(self):
        return "VMCS_FIELD_TYPE_" + self.type.upper()

    @property
    def width_text(self):
        return "natural-width" if self.width == "natural" else "%s-bit" % self.width

    @property
    def type_text(self):
        return {"control": "control", "exit_info": "VM-exit information",
                "guest_state": "guest-state", "host_state": "host-state"}[self.type]

    @property
    def c_width(self):
        return "natural" if self.width == "natural" else str(self.width)


class Numbered(Item):
    def __init__(self, source, path, raw, prefix):
        super().__init__(source, path)
        self.number = raw["number"]
        self.name = raw["name"]
        self.constant = prefix + self.name.upper()
        self.text = self.name.upper()
        self.description = raw["description"]


class CapabilityBit:
    def __init__(self, msr, raw, where):
        self.msr = msr
        self.bit = raw["bit"]
        self.name = raw["name"]
        self.constant = "VMX_%s_%s_BIT" % (msr.short_name.upper(), raw["name"].upper())
        self.description = raw.get("description", "")
        self.where = where


class Capability(Item):
    def __init__(self, source, path, raw):
        super().__init__(source, path)
        self.name = raw["name"]
        self.short_name = re.sub(r"^ia32_vmx_", "", self.name)
        self.constant = "VMX_MSR_" + self.name.upper()
        self.msr = raw["msr"]
        self.sdm = raw["sdm"]
        self.bits = [CapabilityBit(self, b, source.where(path + ("bits", i)))
                     for i, b in enumerate(raw["bits"])]


# --- the whole spec ---------------------------------------------------------

class Spec:
    def __init__(self):
        self.files = []
        self.instructions = []
        self.descriptors = []
        self.enums = []
        self.vmcs_fields = []
        self.insn_errors = []
        self.exit_reasons = []
        self.capabilities = []

    @property
    def capability_bits(self):
        return {b.name: b for c in self.capabilities for b in c.bits}

    @property
    def vmcs_widths(self):
        """The four widths, for the generic accessors."""
        class Width:
            def __init__(self, bits, suffix, c_type, constant, text):
                self.bits, self.suffix, self.c_type = bits, suffix, c_type
                self.width_constant, self.text = constant, text
        return [Width(16, "16", "vmx_u16", "VMCS_FIELD_WIDTH_16", "16-bit"),
                Width(32, "32", "vmx_u32", "VMCS_FIELD_WIDTH_32", "32-bit"),
                Width(64, "64", "vmx_u64", "VMCS_FIELD_WIDTH_64", "64-bit"),
                Width("natural", "l", "unsigned long",
                      "VMCS_FIELD_WIDTH_NATURAL", "natural-width")]

    insn_errors_sdm = "Vol. 3C, Section 31.4 (VM Instruction Error Numbers)"
    exit_reasons_sdm = "Vol. 3D, Appendix C (VMX Basic Exit Reasons)"

    def vmcs_field(self, name):
        for f in self.vmcs_fields:
            if f.name == name:
                return f
        return None

    @property
    def insn_error_field(self):
        """The field vmx_insn_error() reads, if the spec lists it."""
        return self.vmcs_field("vm_instruction_error")

    @property
    def has_vmcs_access(self):
        """VMREAD and VMWRITE are there for the generic VMCS accessors."""
        mnemonics = {i.mnemonic for i in self.instructions}
        return "vmread" in mnemonics and "vmwrite" in mnemonics

    @property
    def capability_enums(self):
        return [e for e in self.enums if e.has_capabilities]


def _check_identifier(diag, where, name, what):
    if name in C_KEYWORDS:
        diag.error(where, "%s '%s' is a C keyword" % (what, name))
    elif name.startswith("__") or re.match(r"_[A-Z]", name):
        diag.error(where, "%s '%s' is reserved for the C implementation "
                   "(leading underscore)" % (what, name))


def _unique(diag, items, key, what, where=lambda i: i.where(), hint=""):
    """Report every item whose key was already taken by an earlier one."""
    seen = {}
    for item in items:
        k = key(item)
        if k in seen:
            first = where(seen[k])
            diag.error(where(item), "duplicate %s (first defined at %s:%d)%s"
                       % (what(item), first.path, first.line, hint))
        else:
            seen[k] = item


def build(sources, diag):
    """Build the model from loaded, schema-checked sources."""
    spec = Spec()
    for src in sources:
        spec.files.append(src.path)
        data = src.data
        for i, raw in enumerate(data.get("enums", [])):
            spec.enums.append(Enum(src, ("enums", i), raw))
        for i, raw in enumerate(data.get("descriptors", [])):
            spec.descriptors.append(Descriptor(src, ("descriptors", i), raw, diag))
        for i, raw in enumerate(data.get("instructions", [])):
            spec.instructions.append(Instruction(src, ("instructions", i), raw, diag))
        for i, raw in enumerate(data.get("vmcs_fields", [])):
            spec.vmcs_fields.append(VmcsField(src, ("vmcs_fields", i), raw, diag))
        for i, raw in enumerate(data.get("vm_instruction_errors", [])):
            spec.insn_errors.append(Numbered(src, ("vm_instruction_errors", i),
                                             raw, "VMX_INSN_ERROR_"))
        for i, raw in enumerate(data.get("exit_reasons", [])):
            spec.exit_reasons.append(Numbered(src, ("exit_reasons", i), raw,
                                              "VMX_EXIT_REASON_"))
        for i, raw in enumerate(data.get("capabilities", [])):
            spec.capabilities.append(Capability(src, ("capabilities", i), raw))

    # Names must be usable as C identifiers; the schema checks the
    # character set, this checks keywords and reserved spellings.
    for e in spec.enums:
        _check_identifier(diag, e.where("name"), e.name, "enum name")
    for i in spec.instructions:
        _check_identifier(diag, i.where("mnemonic"), i.mnemonic, "mnemonic")
        for op in i.operands:
            _check_identifier(diag, op.where, op.name, "operand name")
    for d in spec.descriptors:
        _check_identifier(diag, d.where("name"), d.name, "descriptor name")
        for f in d.fields:
            if f.name:
                _check_identifier(diag, f.where, f.name, "field name")

    # Duplicates across the whole spec.
    _unique(diag, spec.instructions, lambda i: i.mnemonic,
            lambda i: "instruction '%s'" % i.mnemonic, lambda i: i.where("mnemonic"))
    _unique(diag, spec.instructions, lambda i: (i.prefix, i.map, i.opcode,
                                                i.modrm_digit, i.modrm_byte),
            lambda i: "encoding %s (%s)" % (i.encoding_text, i.mnemonic),
            lambda i: i.where("encoding"))
    _unique(diag, spec.descriptors, lambda d: d.name,
            lambda d: "descriptor '%s'" % d.name, lambda d: d.where("name"))
    _unique(diag, spec.enums, lambda e: e.name,
            lambda e: "enum '%s'" % e.name, lambda e: e.where("name"))
    for d in spec.descriptors:
        _unique(diag, [f for f in d.fields if f.name], lambda f: f.name,
                lambda f: "field name '%s' in descriptor '%s'" % (f.name, d.name),
                lambda f: f.where)
    constants = [(v, e) for e in spec.enums for v in e.values]
    _unique(diag, constants, lambda ve: ve[0].constant,
            lambda ve: "enum constant %s" % ve[0].constant, lambda ve: ve[0].where)
    for e in spec.enums:
        _unique(diag, e.values, lambda v: v.value,
                lambda v: "value %d in enum %s (%s)" % (v.value, e.name, v.constant),
                lambda v: v.where, hint="; give each constant its own value")
    _unique(diag, spec.vmcs_fields, lambda f: f.name,
            lambda f: "VMCS field name '%s'" % f.name, lambda f: f.where("name"))
    _unique(diag, spec.vmcs_fields, lambda f: f.encoding,
            lambda f: "VMCS field encoding 0x%04x (%s)" % (f.encoding, f.name),
            lambda f: f.where("encoding"))
    for table, what in ((spec.insn_errors, "VM-instruction error"),
                        (spec.exit_reasons, "exit reason")):
        _unique(diag, table, lambda n: n.number,
                lambda n, what=what: "%s number %d (%s)" % (what, n.number, n.name),
                lambda n: n.where("number"))
        _unique(diag, table, lambda n: n.name,
                lambda n, what=what: "%s name '%s'" % (what, n.name),
                lambda n: n.where("name"))
    _unique(diag, spec.capabilities, lambda c: c.name,
            lambda c: "capability MSR '%s'" % c.name, lambda c: c.where("name"))
    for c in spec.capabilities:
        _unique(diag, c.bits, lambda b: b.bit,
                lambda b: "bit %d of %s" % (b.bit, c.name), lambda b: b.where)
    _unique(diag, [b for c in spec.capabilities for b in c.bits],
            lambda b: b.name, lambda b: "capability bit name '%s'" % b.name,
            lambda b: b.where)

    # References between entries.
    cap_bits = spec.capability_bits
    for e in spec.enums:
        for holder, where in [(e, e.where("capability"))] + \
                [(v, v.where) for v in e.values]:
            if holder.capability_name is None:
                continue
            holder.capability = cap_bits.get(holder.capability_name)
            if holder.capability is None:
                diag.error(where, "capability bit '%s' is not defined in any "
                           "capabilities table" % holder.capability_name)
        # The generated *_supported() helper names the MSR by the enum's
        # own capability bit.
        if e.capability_name is None and any(v.capability_name
                                             for v in e.values):
            diag.error(e.where("name"), "enum '%s' gives capability bits for "
                       "its values, so it needs 'capability:' too (the bit "
                       "that says the instruction is supported)" % e.name)
    enums = {e.name: e for e in spec.enums}
    descriptors = {d.name: d for d in spec.descriptors}
    for insn in spec.instructions:
        insn.resolve(enums, descriptors, diag)
        insn.check(diag)

    # The VMCS field accessors are built on vmx_vmread() and vmx_vmwrite().
    # (Empty tables are fine: the templates leave out what has no entries.)
    mnemonics = {i.mnemonic for i in spec.instructions}
    for needed in ("vmread", "vmwrite"):
        if spec.vmcs_fields and needed not in mnemonics:
            diag.error(spec.vmcs_fields[0].where("name"), "the VMCS field "
                       "accessors need instruction '%s', which the spec does "
                       "not define" % needed)
    if not diag:
        for insn in spec.instructions:
            insn.derive()
    return spec
