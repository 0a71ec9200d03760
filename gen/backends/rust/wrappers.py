# SPDX-License-Identifier: MIT
"""One instruction as a Rust wrapper: an unsafe fn around one asm! block
that also takes the status, so no compiler-generated code runs between the
instruction and the flags it set.

How the status leaves the asm! block (Wrapper.capture):
  asm_goto   no outputs: the block branches to label operands that return
             the failure (stable asm goto, Rust 1.87): on success the
             instruction is followed by one conditional branch, as in C;
  flag_byte  outputs (asm goto with outputs is unstable): the block turns
             the flags into a byte before anything else runs: setbe (CF or
             ZF) then adc $0 (plus CF) gives 0 for success, 1 for the ZF
             failure, 2 for the CF failure; with one failure flag, setc or
             setz;
  plain      nothing to report (no rflags failure outcome).
Memory operands are passed as pointers to locals ('({ptr})' in AT&T
syntax): the descriptor is built in the wrapper as a #[repr(C)] struct.
"""

from backends.rust import names as rn

# Registers Rust's asm! cannot bind (LLVM reserves them): rbx in 64-bit
# code, and rbp/rsp everywhere (the schema refuses those already).  An
# operand bound to rbx goes through a register LLVM picks, swapped into
# rbx around the instruction (SWAPPED: 'xchg' changes no flag, so the
# status is still there after it).  The line is the crate's macro
# swap_rbx!(operand) (lib.rs.j2), 'xchg {operand:r}, %rbx' in 64-bit code
# and 'xchg {operand:e}, %ebx' in 32-bit code, where EBX is bindable but
# may hold a value of the compiler's: the second xchg gives it back either
# way, and the wrapper is built for both modes.
UNBINDABLE = {}
SWAPPED = "rbx"
# What a register is called in asm!: the 32-bit name is valid in both
# modes for the legacy registers; r8..r15 exist in 64-bit code only.


def _reg32(reg):
    """The 32-bit name of a register (eax, r8d)."""
    if reg.family[1:].isdigit():
        return reg.family + "d"
    return "e" + reg.family[1:]


def _reg_name(reg):
    if reg.bits < 32:
        return reg.name     # al, dx: the name gives the width
    if reg.family.startswith("r") and reg.family[1:].isdigit():
        return reg.family if reg.bits == 64 else reg.name
    return "e" + reg.family[1:]


class AsmMacro(str):
    """A line of an asm! block that is a macro call of the crate (its
    text depends on the target), not a string literal."""


def asm_text(line):
    """A line of an asm! block as the template prints it."""
    return str(line) if isinstance(line, AsmMacro) else rn.string(line)


class Unsupported(Exception):
    """What the Rust backend cannot generate yet, with the reason."""


class Param:
    def __init__(self, name, rtype, summary, where):
        self.name = rn.ident(name)
        self.rtype = rtype
        self.summary = summary
        self.where = where


class Wrapper:
    def __init__(self, insn, names, struct_of, form=None):
        """struct_of(layout) -> the Rust struct type of a layout operand,
        or None if the backend cannot build it; form: None, or one of
        insn.forms (the C header's forms, the same facts)."""
        self.insn = insn
        self.names = names
        self.form = form
        self.function = names.function(insn, form)
        self.fail_type = names.fail_type
        self.params = []
        self.setup = []         # statements before asm!
        self.operands = []      # asm! operands (text)
        self.outputs = []       # (expression, Rust type) the fn returns
        self.post = []          # statements after asm!
        self.options = ["att_syntax", "nostack"]
        self.by_pointer = set()  # operands passed as the caller's &mut
        self.by_ref = set()      # operands read from the caller's &
        self.swap = None         # the asm! name swapped with rbx
        self.swap_operands = []  # its operand (one: one rbx)
        self.on_fail = None      # the value form's handler type (Fn bound)
        # An immediate parameter (IN's port in E4 ib): a const generic,
        # the asm's 'const' operand (call it as inb_imm8::<0x80>()).
        self.const_params = []   # (NAME, type, summary)
        st = insn.status
        # With the crate's fault-hook feature, what a faulting instruction
        # reports: the ISA's fault status, for instructions whose status
        # is in RFLAGS like their ISA's (the C header's VMXGEN_FAULT_HOOK
        # contract); the others resume after the instruction.
        isa_status = insn.isa.status
        # hook: the fault-hook feature gives every wrapper a table entry, as
        # VMXGEN_FAULT_HOOK does every C wrapper (also in an ISA without a
        # fault status: TDX's); hook_fault: what it then reports.
        self.hook = True
        self.hook_fault = isa_status.fault if st.kind == "rflags" and \
            isa_status.kind == "rflags" else None
        if st.kind == "rflags" and insn.isa.status.kind != "rflags":
            raise Unsupported("rflags status without an rflags status model")
        self.status_kind = st.kind
        for op in insn.operands:
            self._operand(op, struct_of)
        order = [rn.ident(o.name) for o in insn.parameters]
        self.params.sort(key=lambda p: order.index(p.owner)
                         if p.owner in order else len(order))
        # Outputs in the spec's parameter order too (RDMSR: low, high), as
        # the C wrapper's pointers are.
        self.outputs.sort(key=lambda o: order.index(rn.ident(o[3]))
                          if rn.ident(o[3]) in order else len(order))
        self.carry = st.kind == "register" and st.cf is not None
        if st.kind == "register":
            self._status_register()
            if self.carry:
                # CF = 1 is an outcome of its own: setc turns it into a
                # byte, and the spec's value is returned instead of the
                # register (as the C wrapper's =@ccc output).
                self.setup.append("let carry: u8;")
                self.operands.append("carry = lateout(reg_byte) carry")
                expr, rtype, summary, name = self.outputs[0]
                self.outputs[0] = (
                    "if carry != 0 { %#x_%s } else { %s }"
                    % (st.cf.value, rtype, expr), rtype,
                    "%s, or %#x if it sets CF (%s)" % (summary, st.cf.value,
                                                       st.cf.summary), name)
        if st.kind == "register" and st.fault is not None:
            expr, rtype, summary, name = self.outputs[0]
            self.outputs[0] = (expr, rtype, "%s, or %#x if it faulted and "
                               "the fault-hook feature's fixup resumed it"
                               % (summary, st.fault.value), name)
        for r in insn.clobbers:
            if r.family == SWAPPED:
                self._swap("rbx_clobber = out(reg) _")
                continue
            self.operands.append('out("%s") _' % _reg_name(r))
        # An instruction that reports nothing but whose ISA has a fault
        # status (AMD SVM's): Result<_, <Isa>Fail>, whose only variant,
        # Fault, exists with the fault-hook feature (without it the error
        # type is empty and the Result costs nothing), as the C wrapper
        # returns <isa>_status whether or not there is a hook.
        # With outputs (RDMSR's), the fault path is the C header's
        # fault_output shape: a 'faulted' register (asm goto with outputs
        # is unstable), and the outputs only in the Ok.  The fault_only
        # form (VMXON, VMXOFF) is the same without outputs: VMfail is not
        # reported, only a fault.
        self.fault_only = (st.kind == "none" and isa_status.kind == "none"
                           and isa_status.fault is not None) or \
            form == "fault_only"
        if self.fault_only:
            self.hook_fault = isa_status.fault
        explicit = insn.syntax_operands
        text = [self._text_of(o) for o in reversed(explicit)]
        self.asm_insn = (insn.mnemonic + " " + ", ".join(text)).strip()
        if insn.as_bytes is not None:
            # As the C wrapper: the bytes, which every assembler takes.
            self.asm_insn = ".byte " + ", ".join("%#04x" % b
                                                 for b in insn.text_bytes)
        self.fail = [] if form == "fault_only" else self._fail_outcomes()
        self.capture = self._capture()
        if self.swap and self.capture != "fault_output" and (
                self.capture == "asm_goto" or self.fault_only):
            # Refused here, where the view leaves it out with the reason,
            # not while the crate renders (a traceback).
            raise Unsupported("an operand in rbx and a fault path: the "
                              "fixup would skip rbx's restore")
        if form == "value":
            self._value_form()
        mem_write = any(o.kind == "mem" and o.is_output or
                        o.name in self.by_pointer for o in insn.operands)
        mem_read = any(o.kind == "mem" and o.is_input or
                       o.name in self.by_ref for o in insn.operands)
        if not insn.memory_clobber and not mem_write:
            self.options.append("readonly" if mem_read else "nomem")

    # --- operands -----------------------------------------------------------

    def _param(self, op, name, rtype, summary, where=None):
        p = Param(name, rtype, summary, where or op.where)
        p.owner = rn.ident(op.name)
        self.params.append(p)
        return p

    def _text_of(self, op):
        if op.kind == "imm" and op.fixed:
            return "$%#x" % op.value    # a fixed immediate: in the text
        if op.kind == "imm":            # a const operand: its number
            return "${%s}" % rn.plain(op.name)
        if op.kind == "sysreg":
            return "%%%s" % op.sysreg   # a control or debug register
        if op.kind == "implicit":       # a bound register the syntax names
            return "%%%s" % op.register.name
        # A register operand narrower than the mode is printed by its
        # 16- or 32-bit name (asm! template modifiers x and e).
        modifier = {16: ":x", 32: ":e"}.get(op.width, "") \
            if op.kind == "reg" else ""
        name = "{%s%s}" % (rn.plain(op.name), modifier)
        memory = op.kind == "mem" or op.name in self.by_pointer or \
            op.name in self.by_ref
        return "(%s)" % name if memory else name

    def _value_type(self, op):
        if op.enum is not None:
            return self.names.enum_type(op.enum)
        if op.width == "native":
            return rn.NATIVE
        return rn.uint(op.width)

    def _input_expr(self, op, name):
        if op.enum is not None:
            return "%s as %s" % (name, rn.NATIVE if op.native or op.kind != "implicit"
                                 else rn.uint(op.width))
        return name

    def _operand(self, op, struct_of):
        asm_name = rn.plain(op.name)
        var = rn.ident(op.name)
        if op.kind == "imm" and not op.fixed:
            const = op.name.upper()
            self.const_params.append((const, rn.uint(op.width), op.summary))
            self.operands.append("%s = const %s" % (asm_name, const))
            return
        if op.kind in ("imm", "sysreg"):
            return      # written into the asm text
        if op.layout is not None and (self.form == "raw" or
                                      op.layout.kind == "bytes"):
            # The caller's object, through a reference: a byte layout's
            # struct (LGDT's pseudo-descriptor), or in the raw form the
            # bytes as the CPU reads them, reserved bits included.
            rtype = "[u8; %d]" % op.layout.size_bytes \
                if self.form == "raw" else struct_of(op.layout)
            if rtype is None:
                raise Unsupported("layout '%s' is not a struct the Rust "
                                  "backend can build" % op.layout.name)
            summary = op.summary
            if self.form == "raw":
                summary = ("its %d bytes, reserved bits included" if
                           op.role == "read" else "receives its %d bytes") \
                    % op.layout.size_bytes
            self._by_reference(op, asm_name, var, rtype, summary)
            return
        if op.layout is not None:
            struct = struct_of(op.layout)
            if struct is None:
                raise Unsupported("layout '%s' is not a struct the Rust "
                                  "backend can build" % op.layout.name)
            args = []
            for f in op.layout.named_fields:
                self._param(op, f.name, rn.uint(f.width), f.summary, f.where)
                args.append(rn.ident(f.name))
            self.setup.append("let %s = %s::new(%s);" % (var, struct,
                                                        ", ".join(args)))
            self.operands.append("%s = in(reg) core::ptr::addr_of!(%s)"
                                 % (asm_name, var))
            return
        if self.form == "raw" and op.enum is not None and \
                op.kind in ("reg", "reg_or_mem"):
            # The register as the CPU reads it: any value, not the enum's.
            self._param(op, op.name, rn.NATIVE, op.summary)
            self.operands.append("%s = in(reg) %s" % (asm_name, var))
            return
        if self.form == "mem" and op.kind == "reg_or_mem":
            # The memory encoding: the caller's object.
            self._by_reference(op, asm_name, var, self._value_type(op),
                               op.summary)
            return
        if op.address:
            # The instruction uses the operand's address, never its bytes
            # (INVLPG): the caller's pointer, in a register.
            self._param(op, op.name, "*const u8", op.summary)
            self.operands.append("%s = in(reg) %s" % (asm_name, var))
            return
        rtype = self._value_type(op)
        if op.kind == "mem" and op.role == "read":
            self._param(op, op.name, rtype, op.summary)
            self.operands.append("%s = in(reg) core::ptr::addr_of!(%s)"
                                 % (asm_name, var))
            return
        if op.kind in ("mem", "reg_or_mem") and op.is_output and \
                self.form != "value":
            # The caller's object is the operand, as the C wrapper's
            # pointer is: the instruction stores straight into it, so the
            # block has no outputs and takes its status with asm goto (a
            # register output would need asm goto with outputs, unstable,
            # or a flag byte: 3 more instructions on the success path).
            # A faulting instruction stores nothing: the object keeps its
            # value, as in C.
            self._param(op, op.name, "&mut " + rtype, op.summary)
            self.by_pointer.add(op.name)
            self.operands.append("%s = in(reg) %s as *mut %s"
                                 % (asm_name, var, rtype))
            return
        if op.kind in ("reg", "reg_or_mem"):
            if op.role == "read":
                self._param(op, op.name, rtype, op.summary)
                self.operands.append("%s = in(reg) %s"
                                     % (asm_name, self._input_expr(op, var)))
            else:
                if op.is_input:
                    self._param(op, op.name, rtype, op.summary)
                    self.operands.append("%s = inlateout(reg) %s => %s"
                                         % (asm_name, var, var))
                    self.setup.append("let mut %s = %s;" % (var, var))
                else:
                    self.setup.append("let %s: %s;" % (var, rtype))
                    self.operands.append("%s = lateout(reg) %s"
                                         % (asm_name, var))
                self.outputs.append((var, rtype, op.summary, op.name))
            return
        # implicit: bound to a register the asm text does not name
        if op.register.family == SWAPPED and op is not self.insn.status_input:
            self._swap_operand(op, asm_name, var, rtype)
            return
        reg = _reg_name(op.register)
        if op is self.insn.status_input:
            # It goes in through the status variable (_status_register).
            if not op.fixed:
                self._param(op, op.name, rtype, op.summary)
            return
        if op.role == "read":
            if op.fixed:
                expr = "%#x_%s" % (op.value, rtype if rtype != rn.NATIVE
                                   else rn.NATIVE)
            else:
                self._param(op, op.name, rtype, op.summary)
                expr = self._input_expr(op, var)
            self.operands.append('in("%s") %s' % (reg, expr))
            return
        if op.is_input:
            self._param(op, op.name, rtype, op.summary)
            self.setup.append("let mut %s = %s;" % (var, var))
            self.operands.append('inlateout("%s") %s => %s' % (reg, var, var))
        else:
            self.setup.append("let %s: %s;" % (var, rtype))
            self.operands.append('lateout("%s") %s' % (reg, var))
        self.outputs.append((var, rtype, op.summary, op.name))

    def _by_reference(self, op, asm_name, var, rtype, summary):
        """A memory operand that is the caller's object: & if the
        instruction only reads it, &mut if it stores to it (a faulting
        instruction stores nothing)."""
        if op.role == "read":
            self._param(op, op.name, "&" + rtype, summary)
            self.by_ref.add(op.name)
            self.operands.append("%s = in(reg) %s as *const %s"
                                 % (asm_name, var, rtype))
        else:
            self._param(op, op.name, "&mut " + rtype, summary)
            self.by_pointer.add(op.name)
            self.operands.append("%s = in(reg) %s as *mut %s"
                                 % (asm_name, var, rtype))

    def _value_form(self):
        """The value form (C's <insn>_or): the one register the
        instruction writes is returned; a failure goes to the caller's
        on_fail with the read parameters and the failure, and what it
        returns is returned (KVM's vmcs_readl() shape)."""
        expr, rtype, summary, name = self.outputs[0]
        self.value_rtype = rtype
        reads = [p for p in self.params]
        self.handler_args = [p.name for p in reads]
        self.on_fail = "FnOnce(%s) -> %s" % (", ".join(
            [p.rtype for p in reads] + [self.fail_type]), rtype)
        p = Param("on_fail", "F", "called on failure with %s; its result "
                  "is returned" % " and ".join(
                      ["`%s`" % n.replace("r#", "") for n in
                       self.handler_args] + ["the failure"]),
                  self.insn.where("mnemonic"))
        p.owner = None
        self.params.append(p)

    def fail_return(self, variant):
        """The expression a failure returns (inside Err(..) unless the
        value form, which hands it to on_fail)."""
        if self.form == "value":
            return "on_fail(%s)" % ", ".join(self.handler_args + [variant])
        return "Err(%s)" % variant

    def _swap(self, operand):
        if self.swap is not None:
            raise Unsupported("two operands bound to rbx")
        self.swap = operand.split(" ", 1)[0]
        self.operands.append(operand)

    def _swap_operand(self, op, asm_name, var, rtype):
        """An implicit operand in rbx: in a register of LLVM's choice,
        exchanged with rbx before the instruction and back after it.  An
        input's register holds it again afterwards (the instruction leaves
        rbx alone); an output's holds the instruction's rbx."""
        name = asm_name + "_rbx"
        if op.role == "read":
            if op.fixed:
                expr = "%#x_%s" % (op.value, rtype)
            else:
                self._param(op, op.name, rtype, op.summary)
                expr = self._input_expr(op, var)
            self._swap("%s = in(reg) %s" % (name, expr))
            return
        if op.is_input:
            self._param(op, op.name, rtype, op.summary)
            self.setup.append("let mut %s = %s;" % (var, var))
            self._swap("%s = inout(reg) %s" % (name, var))
        else:
            self.setup.append("let %s: %s;" % (var, rtype))
            self._swap("%s = out(reg) %s" % (name, var))
        self.outputs.append((var, rtype, op.summary, op.name))

    @property
    def only64(self):
        return self.insn.only64

    def _status_register(self):
        """The status comes back in a register.  An input bound to the
        same register goes in through the status variable, which has the
        model's carrier width (the wider of the two); the status is its
        low bits."""
        insn = self.insn
        st = insn.status
        if st.register.family == SWAPPED:
            raise Unsupported("a status in rbx (asm! cannot bind it): no "
                              "spec has one")
        rtype = self._width_type(st.width)
        carrier = self._width_type(insn.status_carrier_width)
        # Named by the carrier's width: rax for a 64-bit one (64-bit mode
        # only), else as for any operand.
        reg = st.register.family if insn.status_carrier_width == 64 \
            else _reg_name(st.register)
        op = insn.status_input
        self.setup.append("let status: %s;" % carrier)
        if op is None:
            self.operands.insert(0, 'lateout("%s") status' % reg)
        else:
            if op.fixed:
                expr = "%#x_%s" % (op.value, carrier)
            else:
                expr = rn.ident(op.name)
                if op.enum is not None or self._value_type(op) != carrier:
                    expr = "%s as %s" % (expr, carrier)
            self.operands.insert(0, 'inlateout("%s") %s => status'
                                 % (reg, expr))
        value = "status" if carrier == rtype else "status as %s" % rtype
        self.outputs.insert(0, (value, rtype, "the status the instruction "
                                "leaves in %s" % st.register.name.upper(),
                                None))

    @staticmethod
    def _width_type(width):
        return rn.NATIVE if width == "native" else rn.uint(width)

    # --- status -----------------------------------------------------------------

    def _fail_outcomes(self):
        if self.insn.status.kind != "rflags":
            return []
        return self.insn.fail_outcomes

    def _capture(self):
        if self.fault_only and self.outputs:
            return "fault_output"   # the fault path: a 'faulted' register
        if not self.fail:
            return "plain"
        return "flag_byte" if self.outputs else "asm_goto"

    def outcome_by_flag(self, flag):
        for o in self.fail:
            if o.flag == flag:
                return o
        return None

    def variant(self, outcome):
        return "%s::%s" % (self.fail_type, self.names.fail_variant(outcome))

    @staticmethod
    def fault_entry(insn, fixup):
        """An entry of the fault table, as the C harness's and the kernel's
        exception tables have them: two 32-bit offsets from where each is
        stored, the instruction's and the fixup's."""
        return ['.pushsection vmxgen_fault_table, "a"', ".balign 4",
                ".long %s - ., %s - ." % (insn, fixup), ".popsection"]

    def asm_lines_for(self, hook):
        """The template strings of the asm! block, in order; hook: with the
        fault table entry (the fault-hook feature)."""
        if not hook:
            return self.asm_lines
        if self.capture == "fault_output":
            # C's shape: 'faulted' cleared before the instruction; the
            # fixup resumes on the path that sets it, the success path
            # jumps over that; rbx (if swapped) restored on both.
            return ["xor {faulted:e}, {faulted:e}"] + self.swap_lines + \
                ["4:", self.asm_insn, "jmp 6f", "5:", "mov $1, {faulted:e}",
                 "6:"] + self.fault_entry("4b", "5b") + self.swap_lines + \
                self.asm_lines[len(self.swap_lines) * 2 + 1:]
        if self.swap and (self.capture == "asm_goto" or self.fault_only):
            raise Unsupported("an operand in rbx and a fault path: the "
                              "fixup would skip rbx's restore")
        if self.capture == "asm_goto" or self.fault_only:
            return ["4:", self.asm_insn] + \
                self.fault_entry("4b", "{fault}") + self.asm_lines[1:]
        if self.capture == "flag_byte":
            # CF = ZF = 1 before the instruction, which no outcome leaves:
            # a fixup resumes after it with them.
            return ["cmp %esp, %esp", "stc"] + self.swap_lines + \
                ["4:", self.asm_insn, "5:"] + self.fault_entry("4b", "5b") + \
                self.swap_lines + ["setc {status_cf}", "setz {status_zf}"]
        after = self.asm_lines[len(self.swap_lines) + 1:]
        fault = self.insn.status.fault if self.status_kind == "register" \
            else None
        if fault is not None:
            # As the C wrapper: the fixup resumes on a path out of line
            # that puts the spec's fault value in the status register (a
            # 32-bit mov zero-extends), not what the register held.
            reg = self.insn.status.register
            name = "%" + (reg.family if fault.value >> 32 else
                          _reg32(reg))
            return self.swap_lines + ["4:", self.asm_insn, "5:"] + \
                self.fault_entry("4b", "6f") + \
                [".subsection 1", "6:", "mov $%#x, %s" % (fault.value, name)] + \
                (["clc"] if self.carry else []) + \
                ["jmp 5b", ".previous"] + after
        return self.swap_lines + ["4:", self.asm_insn, "5:"] + \
            self.fault_entry("4b", "5b") + after

    @property
    def swap_lines(self):
        return [AsmMacro("swap_rbx!(%s)" % rn.string(self.swap))] \
            if self.swap else []

    @property
    def asm_lines(self):
        """The template strings of the asm! block, in order."""
        lines = self.swap_lines + [self.asm_insn] + self.swap_lines
        cf, zf = self.outcome_by_flag("cf"), self.outcome_by_flag("zf")
        if self.capture == "asm_goto":
            if cf and zf:
                # As the C wrapper: one not-taken branch on success; the
                # failures are told apart out of line (LLVM's assembler
                # puts subsection 1 after the function).
                lines += ["jbe 3f", ".subsection 1", "3:",
                          "jc {fail_cf}", "jmp {fail_zf}", ".previous"]
            else:
                lines += ["j%s {fail_%s}" % ("c" if cf else "z",
                                             "cf" if cf else "zf")]
        elif self.capture == "flag_byte":
            if cf and zf:
                lines += ["setbe {status_flags}", "adc $0, {status_flags}"]
            else:
                lines += ["set%s {status_flags}" % ("c" if cf else "z")]
        if self.carry:
            lines.append("setc {carry}")
        return lines

    @property
    def labels(self):
        """(operand name, outcome) of the asm goto labels."""
        if self.capture != "asm_goto":
            return []
        return [("fail_" + o.flag, o) for o in
                sorted(self.fail, key=lambda o: o.flag)]

    def labels_for(self, hook):
        return self.labels + ([("fault", self.hook_fault)]
                              if hook and (self.capture == "asm_goto" or
                                           self.fault_only and
                                           self.capture != "fault_output")
                              else [])

    @property
    def flag_byte_cases(self):
        """(byte value, outcome) of the flag_byte shape's failures."""
        cf, zf = self.outcome_by_flag("cf"), self.outcome_by_flag("zf")
        if cf and zf:
            return [(1, zf), (2, cf)]
        return [(1, cf or zf)]

    # --- signature -----------------------------------------------------------

    @property
    def value_type(self):
        """What a successful call gives: (), T, or a tuple."""
        types = [o[1] for o in self.outputs]
        if not types:
            return "()"
        if len(types) == 1:
            return types[0]
        return "(" + ", ".join(types) + ")"

    @property
    def value_expr(self):
        exprs = [o[0] for o in self.outputs]
        if not exprs:
            return "()"
        if len(exprs) == 1:
            return exprs[0]
        return "(" + ", ".join(exprs) + ")"

    @property
    def returns(self):
        if self.form == "value":
            return self.value_type
        if self.fail or self.fault_only:
            return "Result<%s, %s>" % (self.value_type, self.fail_type)
        return self.value_type

    @property
    def generics(self):
        params = ["const %s: %s" % c[:2] for c in self.const_params]
        if self.on_fail:
            params.append("F: %s" % self.on_fail)
        return "<%s>" % ", ".join(params) if params else ""

    @property
    def param_list(self):
        return ", ".join("%s: %s" % (p.name, p.rtype) for p in self.params)

    @property
    def uses_maybe_uninit(self):
        return any("MaybeUninit" in s for s in self.setup)
