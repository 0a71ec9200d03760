# SPDX-License-Identifier: MIT
"""One instruction as a C wrapper: parameters, the asm statement's text,
operands and constraints, and how its status leaves the asm.

Constraint selection lives here: the six legacy registers have constraint
letters; r8..r15 are bound through local register variables, which is the
one documented use of them (operands of an extended asm statement).
"""

import os
import re

from backends.c import escape, layouts
from backends.c.names import NATIVE_TYPE, uint_type

LETTERS = {"rax": "a", "rbx": "b", "rcx": "c", "rdx": "d", "rsi": "S",
           "rdi": "D"}
# The flag that a jCC / =@ccCC condition tests, by failure flags.
FAIL_CONDITION = {frozenset(["cf", "zf"]): "be", frozenset(["cf"]): "c",
                  frozenset(["zf"]): "e"}


def width_type(width):
    return NATIVE_TYPE if width == "native" else uint_type(width)


class Param:
    def __init__(self, ctype, name, summary, natural=False):
        self.ctype = ctype
        self.name = name
        self.summary = summary
        self.natural = natural      # unsigned long, or a pointer to one

    @property
    def declaration(self):
        if "(*)" in self.ctype:     # a pointer to a function
            return self.ctype.replace("(*)", "(*%s)" % self.name, 1)
        sep = "" if self.ctype.endswith("*") else " "
        return self.ctype + sep + self.name


class Wrapper:
    """The C view of one instruction."""

    def __init__(self, insn, names, form=None, goto=False):
        self.insn = insn
        self.names = names
        self.form = form        # None, or one of insn.forms
        self.goto = goto        # the goto form (a macro): goto_lines()
        self.function = names.goto_macro(insn, form) if goto else \
            names.function(insn, form)
        self.fail_fn = None     # the handler type of the "value" form
        self.value_out = None   # the local the "value" form returns
        self.writes_memory = False
        self.params = []
        self.setup = []         # statements before the asm
        self.locals = []        # (declaration, name)
        self.outputs = []       # asm output operands
        self.inputs = []        # asm input operands
        self.store_back = []    # statements after it
        self.local_names = []   # every name declared inside the function
        self.register_outputs = []  # (asm name, C local) of "=r" outputs
        st = insn.status
        self.status_kind = st.kind
        if st.kind == "register":
            self.returns = width_type(st.width)
        elif form == "value":
            self.returns = NATIVE_TYPE
            self._status_type = "enum " + names.status_enum
        elif insn.returns_status:
            self.returns = "enum " + names.status_enum
        else:
            self.returns = "void"
        self._status_local = None
        self.status_expr = None     # what a status register wrapper returns
        if st.kind == "register":
            self._status_local = "status"
            self.local_names.append("status")
        for op in insn.operands:
            self._operand(op)
        order = [o.name for o in insn.parameters]
        by_name = {}
        for p in self.params:
            by_name.setdefault(p.owner, []).append(p)
        self.params = [p for n in order for p in by_name.get(n, [])]
        self.carry = None       # what the wrapper returns when CF = 1
        self.fault_value = None  # what it returns when a fixup resumed it
        if form == "value":
            self._value_form()
        if st.kind == "register":
            self._status_register()
            if st.cf is not None:
                self._carry(st.cf)
            if st.fault is not None:
                self._fault_value(st.fault)
        # Local register variables first: checkpatch does not read
        # 'register T x __asm__("r8")' as a declaration, and warns "Missing
        # a blank line after declarations" when one follows a plain
        # declaration (TDX's leaves in R8..R15).
        self.locals.sort(key=lambda l: not l.startswith("register "))
        explicit = insn.syntax_operands
        # A fixed immediate, a control register and a bound register the
        # syntax names are written into the text ($0x80, %%cr3, %%dx);
        # the other operands are the compiler's to print.
        att = ", ".join(self._text_of(o) for o in reversed(explicit))
        self.asm_insn = (insn.mnemonic + " " + att).strip()
        if insn.as_bytes is not None:
            self.asm_insn = ".byte " + ", ".join("%#04x" % b
                                                 for b in insn.text_bytes)
        self.capture = self._capture()
        self.fault = insn.fault
        # An immediate parameter (IN's port in E4 ib) is a constant the
        # caller writes, which only a macro can hand to an "N" operand.
        self.macro = insn.immediate_parameter is not None
        if self.capture == "goto_outputs":
            # The fallback without asm goto outputs (VMXGEN_HAVE_ASM_GOTO_
            # OUTPUT undefined): the failure flags become outputs.  With a
            # fault status, a fixup resumes after the instruction with CF =
            # ZF = 1 (VMXGEN_FAULT_FLAGS set them before it), which no VMX
            # instruction leaves: both flags are outputs.
            if self.status_stub:
                self.flag_outputs = [("be", "failed")]
            elif self.fault is not None:
                self.flag_outputs = [("be", "failed"), ("c", "cf"),
                                     ("e", "zf")]
            else:
                self.flag_outputs = [(self.fail_condition, "failed")]
                if self.fail_stub:
                    self.flag_outputs.append(("c", "invalid"))
            self.flag_operands = ['"=@cc%s" (%s)' % f
                                  for f in self.flag_outputs]
            self.local_names += [v for _, v in self.flag_outputs]
        else:
            self.flag_outputs = []
            self.flag_operands = []
        if self.capture == "fault_output":
            self.local_names.append("faulted")
        self.clobbers = ['"cc"'] + ['"%s"' % self._clobber_name(r)
                                    for r in insn.clobbers]
        if insn.memory_clobber or self.writes_memory:
            self.clobbers.append('"memory"')
        # The spec's reason for the "memory" clobber, as comment lines.
        reason = insn.memory_reason
        if self.writes_memory and not insn.memory_clobber:
            reason = ("the instruction stores to *%s, an \"m\" input: asm "
                      "goto cannot have outputs everywhere" % self.mem_written)
        self.memory_comment = escape.wrap(escape.comment(
            '"memory": ' + reason + "."), 64) if reason else []
        if self.macro:
            self._as_macro()

    # --- operands ---------------------------------------------------------

    @staticmethod
    def _text_of(op):
        """An operand as the asm text has it."""
        if op.kind == "imm" and op.fixed:
            return "$%#x" % op.value
        if op.kind == "sysreg":
            return "%%%%%s" % op.sysreg
        if op.kind == "implicit":   # a bound register the syntax names
            return "%%%%%s" % op.register.name
        return "%%[%s]" % op.name

    def _param(self, op, ctype, name, summary, natural=False, field=None):
        p = Param(ctype, name, summary, natural)
        p.owner = op.name
        p.field = field         # the layout field it fills, if any
        p.where = field.where if field is not None else op.where
        self.params.append(p)
        return p

    def _local(self, decl, name):
        self.locals.append(decl)
        self.local_names.append(name)

    def _register(self, op, kind):
        """The constraint of an operand bound to a register, declaring a
        local register variable for r8..r15.  kind: '', '=' or '+'."""
        family = op.register.family
        if family in LETTERS:
            return kind + LETTERS[family], None
        var = "%s_%s" % (op.name, family)
        return kind + "r", var

    def _operand(self, op):
        n = op.name
        ctype = ("enum " + self.names.enum_tag(op.enum) if op.enum
                 else width_type(op.width) if op.width is not None else None)
        if self.form == "raw" and op.enum:
            # The register as the CPU reads it: any value, not the enum's.
            ctype = NATIVE_TYPE
        if self.form == "raw" and op.layout is not None:
            # The bytes as the CPU reads them, reserved bits included,
            # through a char type (which may alias whatever the caller
            # wrote them as).
            if op.role == "read":
                self._param(op, "const void *", n, "its %d bytes, reserved "
                            "bits included" % op.layout.size_bytes)
                self.inputs.append('[%s] "m" (*(const vmx_u8 (*)[%d])%s)'
                                   % (n, op.layout.size_bytes, n))
            else:
                # Stored to (SGDT): an "m" input and a "memory" clobber,
                # as the memory form's store.
                self._param(op, "void *", n, "receives its %d bytes"
                            % op.layout.size_bytes)
                self.inputs.append('[%s] "m" (*(vmx_u8 (*)[%d])%s)'
                                   % (n, op.layout.size_bytes, n))
                self.writes_memory = True
                self.mem_written = n
        elif self.form == "mem" and op.kind == "reg_or_mem":
            # The memory encoding.  A store goes through an "m" input and a
            # "memory" clobber: asm goto may not have outputs.
            if op.role == "read":
                self._param(op, "const " + ctype + " *", n, op.summary,
                            natural=True)
            else:
                self._param(op, ctype + " *", n, op.summary, natural=True)
                self.writes_memory = True
                self.mem_written = n
            self.inputs.append('[%s] "m" (*%s)' % (n, n))
        elif op.layout is not None and op.layout.kind == "bytes":
            # The caller's struct, through a pointer: read or written.
            struct = "struct " + self.names.struct_tag(op.layout)
            if op.role == "read":
                self._param(op, "const %s *" % struct, n, op.summary)
                self.inputs.append('[%s] "m" (*%s)' % (n, n))
            else:
                self._param(op, "%s *" % struct, n, op.summary)
                self.outputs.append('[%s] "%sm" (*%s)'
                                    % (n, "+" if op.is_input else "=", n))
        elif op.layout is not None:
            struct = "struct " + self.names.struct_tag(op.layout)
            fields = op.layout.named_fields
            for f in fields:
                self._param(op, uint_type(f.width), f.name, f.summary,
                            field=f)
            # Designated initialisers: every reserved member is zero,
            # unless the layout says its bits must be one.  Each is named,
            # zero too: given every member of a bit-field word, gcc builds
            # the word in a register and stores it once; with one left to
            # the implicit zero it stores 0, then the field (INVVPID's
            # VPID: "movq $0; mov %si" where KVM has "movzwl; mov").
            self.setup += ["const %s %s = {" % (struct, n)]
            self.setup += ["\t.%s = %s," % (f.name, f.name) for f in fields]
            self.setup += ["\t.%s = %s," % (m.name, "%#x" % ((1 << m.width) - 1)
                                              if m.reserved == "one" else "0")
                           for m in layouts.bit_members(op.layout)
                           if m.reserved]
            self.setup += ["};"]
            self.local_names.append(n)
            self.inputs.append('[%s] "m" (%s)' % (n, n))
        elif op.kind == "imm" and not op.fixed:
            # A constant the caller writes: "N" (0..255) is an integer
            # constant expression, and the asm prints it as $N.
            self._param(op, ctype, n, (op.summary or n) + ", an integer "
                        "constant expression")
            self.inputs.append('[%s] "N" (%s)' % (n, n))
        elif op.kind in ("imm", "sysreg"):
            pass        # in the asm text
        elif op.address:
            # The instruction uses the operand's address, never its bytes
            # (INVLPG): an "m" operand on the byte there, which the
            # compiler does not load.
            self._param(op, "const void *", n, op.summary)
            self.inputs.append('[%s] "m" (*(const vmx_u8 *)%s)' % (n, n))
        elif op.kind == "mem":
            if op.role == "read":
                self._param(op, ctype, n, op.summary)
                self.inputs.append('[%s] "m" (%s)' % (n, n))
            else:
                self._param(op, ctype + " *", n, op.summary)
                self.outputs.append('[%s] "%sm" (*%s)'
                                    % (n, "+" if op.is_input else "=", n))
        elif op.kind in ("reg", "reg_or_mem"):
            if op.role == "read":
                expr = "(%s)%s" % (NATIVE_TYPE, n) if op.enum else n
                letter = "r" if op.kind == "reg" else "rm"
                self._param(op, ctype, n, op.summary,
                            natural=not op.enum or self.form == "raw")
                self.inputs.append('[%s] "%s" (%s)' % (n, letter, expr))
            else:
                # A register output goes through a local, so nothing is
                # stored through the caller's pointer unless the
                # instruction succeeded (VMREAD leaves it alone on VMfail).
                self._param(op, ctype + " *", n, op.summary, natural=True)
                tmp = n + "_out"
                init = " = *%s" % n if op.is_input else ""
                self._local("%s %s%s;" % (ctype, tmp, init), tmp)
                self.outputs.append('[%s] "%sr" (%s)'
                                    % (n, "+" if op.is_input else "=", tmp))
                self.register_outputs.append((n, tmp))
                self.store_back.append("*%s = %s;" % (n, tmp))
        else:
            self._implicit(op, ctype)

    def _value_form(self):
        """The register the instruction writes is returned; a failure goes
        to the caller's handler, with the read parameters and the status,
        and what the handler returns is returned."""
        out = [p for p in self.params if p.ctype.endswith("*")][0]
        self.params.remove(out)
        self.store_back = []
        self.value_out = out.name + "_out"
        self.handler_args = [p.name for p in self.params]
        self.fail_fn = "%s (*)(%s)" % (self.returns, ", ".join(
            [p.ctype for p in self.params] + [self._status_type]))
        p = Param(self.fail_fn, "on_fail", "called on failure with %s and "
                  "the status; its result is returned"
                  % ", ".join(self.handler_args))
        p.owner, p.field, p.where = None, None, self.insn.where("mnemonic")
        self.params.append(p)

    def fail_return(self, status):
        """The statement returning a failure status (a C expression)."""
        if self.form == "value":
            return "return on_fail(%s);" % ", ".join(self.handler_args +
                                                     [status])
        return "return %s;" % status

    @property
    def success_returns(self):
        if self.form == "value":
            return ["return %s;" % self.value_out]
        return self.store_back + ["return %s;" % self.status_constant(
            self.insn.isa.status.success)]

    def _implicit(self, op, ctype):
        n = op.name
        if op is self.insn.status_input:
            # It goes in through the status variable (_status_register).
            if not op.fixed:
                self._param(op, ctype, n, op.summary,
                            natural=op.native and not op.enum)
            return
        if op.role == "read":
            if op.fixed:
                expr = "(%s)%#x" % (ctype, op.value)
            else:
                self._param(op, ctype, n, op.summary,
                            natural=op.native and not op.enum)
                expr = "(%s)%s" % (NATIVE_TYPE, n) if op.enum else n
            constraint, var = self._register(op, "")
            if var:
                self._local("register %s %s __asm__(\"%s\") = %s;"
                            % (ctype, var, op.register.family, expr), var)
                expr = var
            self.inputs.append('[%s] "%s" (%s)' % (n, constraint, expr))
            return
        self._param(op, ctype + " *", n, op.summary, natural=op.native)
        kind = "+" if op.is_input else "="
        constraint, var = self._register(op, kind)
        tmp = var or n + "_out"
        init = " = *%s" % n if op.is_input else ""
        if var:
            self._local("register %s %s __asm__(\"%s\")%s;"
                        % (ctype, var, op.register.family, init), var)
        else:
            self._local("%s %s%s;" % (ctype, tmp, init), tmp)
        self.outputs.append('[%s] "%s" (%s)' % (n, constraint, tmp))
        self.store_back.append("*%s = %s;" % (n, tmp))

    def _status_register(self):
        """The status comes back in a register.  An input bound to the
        same register (a leaf number, an address) goes in through the
        status variable, which has the model's carrier width: the wider
        of the two, the status being its low bits."""
        insn = self.insn
        ctype = width_type(insn.status_carrier_width)
        op = insn.status_input
        init = ""
        if op is not None:
            cast = op.fixed or op.enum or width_type(op.width) != ctype
            value = "%#x" % op.value if op.fixed else op.name
            init = " = " + ("(%s)%s" % (ctype, value) if cast else value)
        family = insn.status.register.family
        if family in LETTERS:
            self._local_first("%s status%s;" % (ctype, init))
            constraint = ("+" if op else "=") + LETTERS[family]
        else:
            self._local_first("register %s status __asm__(\"%s\")%s;"
                              % (ctype, family, init))
            constraint = ("+" if op else "=") + "r"
        self.outputs.insert(0, '[status] "%s" (status)' % constraint)
        self.status_expr = "status" if ctype == self.returns else \
            "(%s)status" % self.returns

    def _carry(self, cf):
        """CF = 1 is an outcome of its own (PVALIDATE's "not updated",
        SEAMCALL's VMfailInvalid): a flag output, and the spec's value
        returned for it instead of the register."""
        self._local("vmx_u8 carry;", "carry")
        self.outputs.append('[carry] "=@ccc" (carry)')
        self.carry = "(%s)%#xULL" % (self.returns, cf.value)

    def _fault_value(self, fault):
        """With a fault hook, the fixup resumes on a path of the asm
        statement's own (subsection 1, off the success path) that puts the
        spec's fault value in the status register, so that the wrapper
        does not return what the register held (a leaf number, an
        address); the wrapper then returns it without storing outputs."""
        self.fault_value = "(%s)%#xULL" % (self.returns, fault.value)
        # A 32-bit mov zero-extends into the 64-bit register: the value
        # whole in a status of any width, in either mode.
        size = "k" if fault.value < 1 << 32 else "q"
        self.fault_asm = [".subsection 1\\n",
                          "773:\\tmov $%#x, %%%s[status]\\n\\t"
                          % (fault.value, size),
                          "jmp 772b\\n\\t",
                          ".previous\\n\\t"]

    def _local_first(self, decl):
        self.locals.insert(0, decl)

    @staticmethod
    def _clobber_name(reg):
        # The 32-bit name of a legacy register is understood by gcc and
        # clang in both modes; r8..r15 exist only in 64-bit code.
        if reg.family in LETTERS:
            return "e" + reg.family[1:]
        return reg.family

    # --- a function-like macro ----------------------------------------------

    def _as_macro(self):
        """The wrapper of an instruction with an immediate parameter, as a
        function-like macro: a statement expression whose asm takes that
        argument as "N", which is an integer constant expression at every
        optimisation level (a function's parameter is not, and clang at
        -O0 refuses it); a _Static_assert of VMXGEN_IMM8() (vmx_compat.h)
        makes any other argument a compile error that names the wrapper.  Each other argument is
        evaluated once, into a local of the parameter's type (a pointer
        of another type is the compiler's warning, as for a function).
        The locals and the asm operands get names of the macro's own
        (hostx_inb_imm8_value, [op_value]): a caller's argument cannot be
        one of them, and no token of the body is a parameter's name but
        where the argument belongs."""
        imm = self.insn.immediate_parameter
        prefix = self.function + "_"
        mine = [p.name for p in self.params if p.owner != imm.name]
        names = mine + self.local_names + ["status"]
        ident = re.compile(r"\b(%s)\b" % "|".join(map(re.escape, names)))
        operand = re.compile(r'^\[(\w+)\] ("[^"]*") \((.*)\)$')

        def c(text):
            return ident.sub(lambda m: prefix + m.group(1), text)

        def asm_operand(text):
            m = operand.match(text)
            return '[op_%s] %s (%s)' % (m.group(1), m.group(2), c(m.group(3)))

        self.macro_args = ", ".join(p.name for p in self.params)
        self.macro_check = [
            '_Static_assert(VMXGEN_IMM8(%s),' % imm.name,
            '\t       "%s: %s is an integer constant expression 0..255");'
            % (self.function, imm.name)]
        self.macro_locals = ["%s%s%s = (%s);" % (
            p.ctype, "" if p.ctype.endswith("*") else " ", prefix + p.name,
            p.name) for p in self.params if p.owner != imm.name]
        self.macro_locals += [c(line) for line in self.locals]
        self.macro_outputs = [asm_operand(o) for o in self.outputs]
        self.macro_inputs = [asm_operand(i) for i in self.inputs]
        self.macro_store_back = [c(line) for line in self.store_back]
        # With a fault hook: the status, an output of the asm statement.
        self.macro_status = prefix + "status"
        self.macro_local_names = [prefix + n for n in mine + self.local_names]
        if self.fault is not None:
            self.macro_local_names.append(self.macro_status)
        self.macro_asm = re.sub(r"%\[(\w+)\]", r"%[op_\1]", self.asm_insn)

    # --- status capture ---------------------------------------------------

    @property
    def has_outputs(self):
        return bool(self.outputs)

    def _capture(self):
        """asm_goto: no outputs, so 'asm goto' branches straight to the
        caller's failure code.  goto_outputs: outputs too (VMREAD): asm
        goto with outputs where the compiler gets it right
        (VMXGEN_HAVE_ASM_GOTO_OUTPUT, vmx_compat.h), else the failure
        flags as '=@cc' outputs.  plain: nothing to branch on (no rflags
        failure outcome).  fault_goto: the instruction reports nothing but
        its ISA has a fault status: with a fault hook
        (VMXGEN_HAVE_FAULT_HOOK), an asm goto whose one label is the fault
        path; without one, a plain asm statement, and the wrapper returns
        the success (asm goto needs a label, and a fault path nothing
        jumps to is what objtool calls unreachable).  fault_output: the
        same with outputs, which asm goto cannot have where the compiler
        gets it wrong: with a fault hook the asm statement clears a
        'faulted' output before the instruction and jumps over its own
        fault path after it; the fixup resumes on that path, which sets it
        to 1; the outputs are stored only if it is 0 (RDMSR with a hook is
        the "safe" MSR read)."""
        if self.form == "fault_only":
            return "fault_goto"
        if self.insn.status.kind == "none" and self.insn.fault is not None:
            return "fault_output" if self.has_outputs else "fault_goto"
        if self.insn.status.kind == "register" and \
                self.insn.status.fault is not None:
            return "fault_status"
        if self.insn.status.kind != "rflags" or not self.insn.returns_status:
            return "plain"
        return "goto_outputs" if self.has_outputs else "asm_goto"

    @property
    def fail_outcomes(self):
        return self.insn.fail_outcomes

    @property
    def fail_condition(self):
        return FAIL_CONDITION[frozenset(o.flag for o in self.fail_outcomes)]

    @property
    def fail_stub(self):
        """Both failures possible: one 'jbe' follows the instruction, and
        the failure is told apart out of line (fail_asm)."""
        return self.fail_condition == "be"

    @property
    def status_stub(self):
        """The flag-output fallback of the value form (vmx_vmread_or()
        without asm goto outputs), both failures possible: one 'jbe'
        after the instruction goes to a stub in subsection 1 that writes
        the failure's status into the register output (mov keeps the
        flags) and comes back, so the statement has one flag output,
        "=@ccbe", which gcc and clang branch on directly: 'vmread; jbe
        stub; jbe failure' on success, where three flag outputs cost
        clang 14 a setcc each and the value stayed in a register only on
        the success path.  A fault hook's fixup resumes after the
        instruction with CF = ZF = 1 (VMXGEN_FAULT_FLAGS), which the stub
        tells from both failures.  (The status form keeps its flag
        outputs: its success path is one branch that way.)  Lines of the
        asm text, or []."""
        if not (self.form == "value" and self.capture == "goto_outputs" and
                self.fail_stub and self.register_outputs):
            return []
        reg = self.register_outputs[0][0]
        cf = self.outcome_by_flag("cf")
        zf = self.outcome_by_flag("zf")
        lines = ["jbe 773f\\n",
                 "774:\\n\\t",
                 ".subsection 1\\n",
                 "773:\\tmov %%[%s], %%k[%s]\\n\\t" % (self.fail_label(zf), reg),
                 "jnc 774b\\n\\t",
                 "mov %%[%s], %%k[%s]\\n\\t" % (self.fail_label(cf), reg)]
        if self.fault is not None:
            lines += ["jnz 774b\\n\\t",
                      "mov %%[%s], %%k[%s]\\n\\t" % (self.fail_label(self.fault),
                                                    reg)]
        return lines + ["jmp 774b\\n\\t", ".previous"]

    @property
    def status_stub_inputs(self):
        """The status constants the stub writes, as "i" operands."""
        if not self.status_stub:
            return []
        outcomes = self.fail_outcomes + ([self.fault] if self.fault else [])
        return ['[%s] "i" (%s)' % (self.fail_label(o), self.status_constant(o))
                for o in outcomes]

    @property
    def stub_status(self):
        """The C expression of the status the stub left in the register."""
        return "(enum %s)%s" % (self.names.status_enum,
                                self.register_outputs[0][1])

    @property
    def fail_asm(self):
        """The asm lines after the instruction that branch to the failure
        labels, the success path falling through one not-taken branch.
        With both failures possible, 'jbe' goes to a stub in subsection 1
        of the current section (after the code of every function in it,
        so off the hot path's cache lines; in the same section, so an
        __init function's stub is discarded with it) that tells CF from
        ZF.  When the compiler gives both labels the same block (a caller
        that does not tell the failures apart), the assembler sees the
        same label text twice and '.ifc' leaves only 'jbe' to it: KVM's
        'vmwrite; jna error'."""
        if not self.fail_stub:
            return [self.fail_branch]
        cf = self.fail_label(self.outcome_by_flag("cf"))
        zf = self.fail_label(self.outcome_by_flag("zf"))
        return [".ifc %%l[%s], %%l[%s]\\n\\t" % (cf, zf),
                "jbe %%l[%s]\\n\\t" % zf,
                ".else\\n\\t",
                "jbe 773f\\n\\t",
                ".subsection 1\\n",
                "773:\\tjc %%l[%s]\\n\\t" % cf,
                "jmp %%l[%s]\\n\\t" % zf,
                ".previous\\n\\t",
                ".endif"]

    def fail_label(self, outcome):
        return outcome.constant.lower()

    def status_constant(self, outcome):
        return self.names.status_constant(outcome)

    @property
    def fail_labels(self):
        return [self.fail_label(o) for o in self.fail_outcomes]

    def hook_args(self, goto=True):
        """Where a fixup resumes: the fault path of an asm goto wrapper,
        else the next instruction."""
        if self.fault is not None and goto and self.capture != "plain":
            return "771b, %%l[%s]" % self.fail_label(self.fault)
        if self.capture == "fault_status":
            return "771b, 773b"
        return "771b, 772b"

    @property
    def fault_return(self):
        """The failure return of a flag-output wrapper with a fault
        status: CF and ZF both set means the fixup resumed it."""
        cf, zf = self.outcome_by_flag("cf"), self.outcome_by_flag("zf")
        expr = self.status_constant(zf) if zf else self.status_constant(cf)
        if cf and zf:
            expr = "cf ? %s : %s" % (self.status_constant(cf), expr)
        return "cf && zf ? %s : %s" % (self.status_constant(self.fault), expr)

    @property
    def fail_branch(self):
        return "j%s %%l[%s]" % (self.fail_condition,
                                self.fail_label(self.fail_outcomes[0]))

    def outcome_by_flag(self, flag):
        for o in self.fail_outcomes:
            if o.flag == flag:
                return o
        return None

    # --- the goto form ------------------------------------------------------

    # The captures a goto form exists for: the asm statement branches on
    # the status (the value form hands it to a function instead).
    GOTO_CAPTURES = ("asm_goto", "goto_outputs", "fault_goto")

    @staticmethod
    def has_goto(w):
        """Whether wrapper w has a goto form: it reports a status in
        RFLAGS (VMfail), which leaves the asm statement by a branch, and
        success comes back to the caller (not VMLAUNCH/VMRESUME, whose
        success is the guest), and no parameter is a field of a layout
        the wrapper builds (INVEPT's and INVVPID's typed forms): the
        macro's parameter would replace the member's name in the
        initialiser's designator; their _raw forms have a goto form, the
        caller building the descriptor (as contrib/kvm does).  TODO: the fault-only instructions of
        other ISAs (SVM's VMLOAD, CLGI...; KVM's svm_asm()) would take the
        same form; not asked for yet, and 1,400 lines of headers."""
        return w.capture in Wrapper.GOTO_CAPTURES and w.form != "value" \
            and w.insn.status.kind == "rflags" and \
            not w.insn.success_enters_guest and \
            not any(p.field is not None for p in w.params)

    @property
    def goto_labels(self):
        """The caller's labels the goto form takes: one for every failure
        outcome (the fault-only form has none), one for a fault."""
        return (["fail"] if self.capture != "fault_goto" else []) + \
            (["fault"] if self.fault is not None else [])

    @property
    def goto_params(self):
        return [p.name for p in self.params] + self.goto_labels

    def _goto_rename(self, text, asm=False):
        """The C names of the function's body as the macro's: a parameter
        or local x becomes __x (and its asm operand %[__x]), so that
        neither the macro's parameters (the spec's names) nor a caller's
        variable named like one meets them; a designator (.x) stays.
        Inside a string (a constraint, a message) and in the asm text
        (asm: text is the template) only operand references change: a
        parameter named r must not make the constraint "r" "__r", nor
        one named ax the register %%ax %%__ax."""
        names = set(p.name for p in self.params) | set(self.local_names)
        if not names:
            return text
        alt = "|".join(sorted(map(re.escape, names), key=len, reverse=True))

        def operands(t):
            return re.sub(r"(%%[A-Za-z]?\[)(%s)\]" % alt, r"\1__\2]", t)
        if asm:
            return operands(text)
        parts = re.split(r'("(?:[^"\\]|\\.)*")', text)
        return "".join(operands(t) if i % 2 else
                       re.sub(r"(?<![.\w])(%s)\b" % alt, r"__\1", t)
                       for i, t in enumerate(parts))

    def goto_lines(self):
        """The body of the goto form, a do { } while (0) statement (a
        statement expression if it is the asm statement alone), as
        lines without their continuations: the arguments in locals of the
        wrapper's parameter types (natural-width ones through
        VMXGEN_NATURAL, as the 32-bit shims), the wrapper's asm statement
        whose failure branch goes to the caller's fail label and whose
        fixup goes to its fault label.  Both labels are in the asm
        statement's list even without a hook, so that a caller's fault
        label is always used (no -Wunused-label) and the statement has
        KVM's two labels (vmx_asm1()/vmx_asm2()): gcc lays out the blocks
        around an asm goto by its labels, and a third one cost
        __loaded_vmcs_clear() three instructions (contrib/kvm/README.md)."""
        ren = self._goto_rename
        lines = []
        for p in self.params:
            init = "(%s)" % p.name
            if p.natural:
                init = "VMXGEN_NATURAL%s(%s, %s)" % (
                    "_PTR" if p.ctype.endswith("*") else "", p.name,
                    self.function)
            lines.append("\t%s = %s;" % (ren(p.declaration), init))
        lines += ["\t" + ren(line) for line in self.setup + self.locals]
        if lines:
            lines.append("")
        keyword = "__asm__ __volatile__ goto" if self.outputs else \
            "__asm__ goto"
        text = ['%s("771:\\t%s\\n\\t"' % (keyword, ren(self.asm_insn, asm=True))]
        if self.fault is not None:
            text.append("\tVMXGEN_FAULT_HOOK(771b, %l[fault])")
        if "fail" in self.goto_labels:
            text.append('\t"j%s %%l[" VMXGEN_STRINGIFY(fail) "]"' %
                        self.fail_condition)
        for operands in (self.outputs, self.inputs):
            text += ["\t:" + (" " if operands else "") +
                     ",\n\t  ".join(map(ren, operands))]
        text += ["\t: " + ", ".join(self.clobbers),
                 "\t: " + ", ".join(self.goto_labels) + ");"]
        text = [line for t in text for line in t.split("\n")]
        lines += ["\t" + t for t in text]
        if self.outputs:
            lines.append("\tVMXGEN_ASM_GOTO_OUTPUT_BARRIER;")
        lines += ["\t" + ren(line) for line in self.store_back]
        if len(lines) == len(text):
            # The asm statement alone: checkpatch wants no do { } while
            # (0) around one statement, and a macro of more than a call
            # in parentheses; a statement expression is both.
            return ["({"] + lines + ["})"]
        return ["do {"] + lines + ["} while (0)"]

    @property
    def goto_doc_lines(self):
        """The kernel-doc text of the goto form after the wrapper's."""
        labels = []
        if "fail" in self.goto_labels:
            labels.append("%s to the fail label" % " and ".join(
                o.name for o in self.fail_outcomes))
        if "fault" in self.goto_labels:
            labels.append("a fault to the fault label if a fault hook "
                          "(VMXGEN_FAULT_HOOK) resumed it (listed in the asm "
                          "statement's labels without one, so the caller's "
                          "label is always used)")
        text = ("This form is a statement that jumps to the caller's labels "
                "(two different labels: an asm goto lists each once) "
                "instead of returning a status: %s; on success it continues "
                "after the statement%s." % ("; ".join(labels),
                                            ", with the outputs stored"
                                            if self.store_back else ""))
        if self.outputs:
            text += ("  Defined only with asm goto outputs "
                     "(VMXGEN_HAVE_ASM_GOTO_OUTPUT).")
        if self.memory_comment:     # not inside the macro (checkpatch)
            text += "  " + " ".join(self.memory_comment)
        return escape.wrap(escape.kerneldoc(text))

    # --- documentation ------------------------------------------------------

    FORM_TEXT = {
        "raw": "This form takes the memory operand as bytes, reserved bits "
               "included, and any value of the register operands: to forward "
               "a guest's operand or probe reserved bits.",
        "mem": "This form uses the instruction's memory encoding (r/m as "
               "memory).",
        "value": "This form returns the value instead of a status and "
                 "reports a failure to a handler (KVM's vmcs_readl() shape).",
    }

    @property
    def form_outcomes(self):
        """What a form reports, for the reference page, if not the
        instruction's outcomes."""
        return {"fault_only": "success or a fault (VMfail is not reported)",
                "value": "the value; a failure goes to on_fail"}.get(self.form)

    @property
    def doc_lines(self):
        insn = self.insn
        lines = escape.wrap(escape.kerneldoc(insn.description)) \
            if insn.description else []
        if self.form == "fault_only":
            lines += escape.wrap(escape.kerneldoc(
                "This form reports only a fault: %s are not told from "
                "success (%s)." % (" and ".join(o.name for o in
                                              insn.fail_outcomes),
                                   insn.fault_only)))
        elif self.form:
            lines += escape.wrap(self.FORM_TEXT[self.form])
        if self.macro:
            lines += escape.wrap(escape.kerneldoc(
                "A function-like macro: @%s must be an integer constant "
                "expression (any other is a compile error), which a "
                "function's parameter never is." % insn.immediate_parameter.name))
        if insn.as_bytes is not None:
            lines += escape.wrap(escape.kerneldoc(
                "The asm text is the instruction's bytes, not its mnemonic: "
                "%s." % insn.as_bytes))
        if not self.insn.returns_status:
            lines.append("It reports no %s, so nothing is returned."
                         % self._failure_word)
        return lines

    @property
    def _failure_word(self):
        """'VMfail' for VMfailValid and VMfailInvalid: what the manual
        calls a failure status."""
        names = [o.name for o in self.insn.isa.status.outcomes
                 if not o.succeeded]
        common = os.path.commonprefix(names) if names else ""
        return common or "status"

    @property
    def return_lines(self):
        insn = self.insn
        if self.form == "value":
            return escape.wrap("Return: the value read; if the instruction "
                               "failed (or a fault hook resumed it), what "
                               "@on_fail returns.")
        if insn.status.kind == "register":
            text = ("Return: the status the instruction leaves in %s."
                    % insn.status.register.name.upper())
            if insn.status.cf is not None:
                text += "  If it sets CF (%s): %#x." % (
                    escape.kerneldoc(insn.status.cf.summary),
                    insn.status.cf.value)
            if insn.status.fault is not None:
                text += ("  If a fault hook (VMXGEN_FAULT_HOOK) resumed it: "
                         "%#x%s; %s." % (
                             insn.status.fault.value,
                             ", and nothing is stored" if self.store_back
                             else "",
                             escape.kerneldoc(insn.status.fault.summary)))
            return escape.wrap(text)
        if self.capture in ("fault_goto", "fault_output"):
            text = ("Return: %%%s; %%%s (%s) if a fault hook "
                    "(VMXGEN_FAULT_HOOK) resumed it."
                    % (self.status_constant(insn.isa.status.success),
                       self.status_constant(self.fault),
                       escape.kerneldoc(self.fault.returns or
                                        self.fault.summary)))
            return escape.wrap(text)
        words = []
        for o in insn.outcomes:
            word = "%" + self.status_constant(o)
            if o.returns:
                word += " (%s)" % escape.kerneldoc(o.returns)
            words.append(word)
        listed = words[0] if len(words) == 1 else \
            ", ".join(words[:-1]) + " or " + words[-1]
        if self.fault is not None:
            listed += "; %%%s (%s) if a fault hook (VMXGEN_FAULT_HOOK) " \
                "resumed it" % (self.status_constant(self.fault),
                                escape.kerneldoc(self.fault.returns or
                                                 self.fault.summary))
        if insn.success_enters_guest:
            text = ("Return: only if the instruction failed: " + listed +
                    ".  On success the guest runs and its VM exits go to the "
                    "host RIP of the current VMCS, never back here.")
        else:
            text = "Return: " + listed + "."
        return escape.wrap(text)

    @property
    def param_list(self):
        return ", ".join(p.declaration for p in self.params) or "void"

    @property
    def natural_params(self):
        return any(p.natural for p in self.params)
