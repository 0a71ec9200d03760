# SPDX-License-Identifier: MIT
"""The guest entry in GNU assembler (AT&T syntax, x86-64 System V), the
one text that both the C backend's <isa>_entry.S and the Rust backend's
global_asm! print (templates/_entry_body.j2), from the model's GuestEntry.
Not a backend: what differs between the two languages (how a function
starts and ends, the return, the hooks, the fault hook's table, the
section, what the comments call the function) is the Dialect each passes.

How the function is laid out (what the model leaves to the language):

- the SysV arguments arrive in rdi (the struct), then rsi, rdx, ... (the
  boolean that picks the resuming instruction, the entering instruction's
  register operands);
- the host's callee-saved registers are pushed, rbp first as a frame
  pointer; the other arguments are kept in callee-saved registers (the
  "holders", so that the before-entry hook may use every caller-saved
  one); the struct pointer is pushed last: the exit finds it at (%rsp),
  the stack pointer the VM exit resumes with;
- the status is kept in the first holder from the exit to the return: an
  enum value in its 32-bit form, or, when the entering instruction reports
  in a register (SEAMCALL's RAX), that register's 64-bit value (movabs for
  the CF and fault values, which need all 64 bits);
- the stack pointer of the exit (VMX's HOST_RSP) is written only when it
  differs from the caller's cache of it (a pointer argument, one per
  VMCS: KVM keeps the same in its loaded_vmcs), out of line; where the
  exit resumes (HOST_RIP) never changes, so a second function writes it
  once per VMCS (<function>_init_vmcs());
- every register that held a guest value is cleared before the
  after-exit hook runs.

The assembler's own symbols (.set constants, labels) are local (.L) and
spelt from the model: .L<ISA>_<STATUS>, .L<ISA>_<STRUCT>_<REG>,
.LVMCS_<FIELD>, labels .L<isa>_<what>.
"""

import os

TEMPLATES = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                         "templates")
ARGUMENT_REGISTERS = ("rdi", "rsi", "rdx", "rcx", "r8", "r9")
# What a C call, and so a hook, may change (SysV x86-64): none of these can
# keep an argument or the status across the hooks.
CALL_CLOBBERED = ("rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11")


def reg32(name):
    """The 32-bit form of a 64-bit register name: rax -> eax, r8 -> r8d."""
    return name + "d" if name[1].isdigit() else "e" + name[1:]


def reg8(name):
    """The low byte: rsi -> sil, r8 -> r8b."""
    if name[1].isdigit():
        return name + "b"
    return {"rax": "al", "rbx": "bl", "rcx": "cl", "rdx": "dl", "rsi": "sil",
            "rdi": "dil", "rbp": "bpl"}[name]


class Param:
    """One argument of the entry function: kind is 'regs' (the struct),
    'flag' (picks the resuming instruction), 'operand' (a register operand
    of the entering instruction) or 'cache' (the caller's cache of the
    stack field)."""

    def __init__(self, kind, name, arg, operand=None):
        self.kind = kind
        self.name = name
        self.arg = arg              # the SysV argument register
        self.holder = None          # the callee-saved register keeping it
        self.operand = operand      # the model Operand it is, if any

    @property
    def cache(self):
        return self.kind == "cache"


class Outcome:
    """A status the function returns, as the assembler names it."""

    def __init__(self, symbol, value, flag=None):
        self.symbol = symbol
        self.value = value
        self.flag = flag            # 'cf', 'zf' for a failure by flag


class EntryAsm:
    """The layout of one guest entry function in x86-64 assembler."""

    def __init__(self, entry, function):
        self.entry = entry
        self.isa = entry.isa
        self.function = function                # the symbol
        self.struct_tag = self.isa.name + "_" + entry.struct
        self.label = ".L" + self.isa.name + "_"   # local labels: .Lvmx_exit
        # The registers that keep the arguments across the hook and the
        # status from the exit on: callee-saved, not the frame pointer.
        holders = [r for r in entry.host_saved if r != "rbp"]
        self.params = [Param("regs", "regs", ARGUMENT_REGISTERS[0])]
        if entry.resume is not None:
            self.params.append(Param("flag", entry.resume.when, None))
        for _, op in entry.operand_registers:
            self.params.append(Param("operand", op.name, None, op))
        if entry.stack_field is not None:
            self.params.append(Param("cache", entry.stack_field.name, None))
        for i, p in enumerate(self.params[1:]):
            p.arg = ARGUMENT_REGISTERS[i + 1] \
                if i + 1 < len(ARGUMENT_REGISTERS) else None
        for i, p in enumerate(self.held):
            p.holder = holders[i] if i < len(holders) else None
        self.status_holder = holders[0] if holders else None

    @property
    def held(self):
        """The parameters kept in a callee-saved register across the
        hook: all but the struct and the cache, which is done with before
        the hook."""
        return [p for p in self.params[1:] if not p.cache]

    @property
    def cache(self):
        return next((p for p in self.params if p.cache), None)

    @property
    def init_function(self):
        """The function that writes the resume address once per VMCS."""
        return self.function + "_init_vmcs" \
            if self.entry.resume_field is not None else None

    @property
    def returns_status(self):
        return self.entry.has_status

    # --- symbols --------------------------------------------------------------

    def member_symbol(self, reg):
        return ".L" + ("%s_%s" % (self.struct_tag, reg)).upper()

    @property
    def size_symbol(self):
        return ".L" + ("%s_SIZE" % self.struct_tag).upper()

    def status_constant(self, outcome):
        return self.isa.name.upper() + "_" + outcome.constant

    def asm_status(self, outcome):
        return ".L" + self.status_constant(outcome)

    @staticmethod
    def field_constant(field):
        return "VMCS_" + field.name.upper()

    # --- the layout -----------------------------------------------------------

    @property
    def pushes(self):
        """The host registers saved, in push order: rbp first."""
        saved = self.entry.host_saved
        return (["rbp"] if "rbp" in saved else []) + \
            [r for r in reversed(saved) if r != "rbp"]

    @property
    def frame_pointer(self):
        return "rbp" in self.entry.host_saved

    @property
    def status_register(self):
        return self.entry.status_register

    @property
    def wide_status(self):
        """Whether the status is a register's 64 bits rather than an enum."""
        return self.status_register is not None

    def register_status_symbol(self, what):
        """.L<FUNCTION>_CF, .L<FUNCTION>_FAULT: the values the entry
        returns instead of the status register's."""
        return ".L%s_%s" % (self.function.upper(), what)

    @property
    def statuses(self):
        """Every status value the assembler names: from the ISA's status
        model, or the entering instruction's CF and fault values when it
        reports in a register."""
        if not self.returns_status:
            return []
        st = self.status_register
        if st is not None:
            return [Outcome(self.register_status_symbol(k), "%#x" % v.value)
                    for k, v in (("CF", st.cf), ("FAULT", st.fault)) if v]
        s = self.isa.status
        return [Outcome(self.asm_status(o), o.value) for o in
                s.outcomes + ([s.fault] if s.fault else [])]

    @property
    def success_symbol(self):
        if self.wide_status:
            return None         # the status register's value
        s = self.isa.status.success
        return self.asm_status(s) if s and self.returns_status else None

    @property
    def fault_symbol(self):
        st = self.status_register
        if st is not None:
            return self.register_status_symbol("FAULT") if st.fault else None
        f = self.isa.status.fault
        return self.asm_status(f) if f else None

    def fail_outcomes(self, insn):
        """[(symbol, flag)] of the outcomes insn falls through with, the
        default first: one flag is set after a failure, so the first one
        needs no test and each other one a cmov on its flag."""
        st = insn.status
        if st.kind == "register":
            return [(self.register_status_symbol("CF"), "cf")] if st.cf \
                else []
        return [(self.asm_status(o), o.flag) for o in insn.fail_outcomes]

    @property
    def entry_fails(self):
        return self.fail_outcomes(self.entry.enter)

    @property
    def status_reg(self):
        """The holder of the status as the assembler writes it: 64 bits
        for a register's status, else the enum's 32."""
        h = self.status_holder
        return h if self.wide_status else reg32(h)

    @property
    def state_text(self):
        """Why the state registers are not members of the struct (the
        struct's documentation in either language): the CPU keeps them,
        or, the status register, the entry returns it."""
        st = self.status_register
        kept = [r.upper() for r in self.entry.state_registers
                if st is None or r != st.register.family]
        text = "The guest's %s %s not here: the CPU loads and saves %s " \
            "itself." % (" and ".join(kept),
                         "is" if len(kept) == 1 else "are",
                         "it" if len(kept) == 1 else "them")
        if st is not None:
            text += "  Nor is %s, which holds the leaf in and the status " \
                "out: the function returns it." % st.register.name.upper()
        return text

    def register_status_text(self, regs, escape):
        """What the function returns when the instruction reports in a
        register; regs is how the struct parameter is written, escape
        what spec text goes through."""
        st = self.status_register
        parts = ["what %s holds when %s comes back (the status of the exit)"
                 % (st.register.name.upper(),
                    self.entry.enter.mnemonic.upper())]
        if st.cf is not None:
            parts.append("%#x if it set CF (%s), with %s unchanged"
                         % (st.cf.value, escape(st.cf.summary), regs))
        if st.fault is not None:
            parts.append("%#x if it faulted and the fault hook is in use, "
                         "with %s unchanged" % (st.fault.value, regs))
        return "; ".join(parts) + ".  The host's registers are intact " \
            "after each."

    @property
    def exit_comment(self):
        """What the registers hold when the instruction came back."""
        st = self.status_register
        if st is None:
            return ("The guest exited: back here with the host's %s, the "
                    "rest as the guest left them." % ", ".join(
                        r.upper() for r in self.entry.state_registers))
        kept = [r.upper() for r in self.entry.state_registers
                if r != st.register.family]
        return ("The guest exited: back here with the status in %s, the "
                "host's %s, the rest as the exit left them."
                % (st.register.name.upper(), ", ".join(kept)))

    @property
    def writer(self):
        return self.isa.field_write

    @property
    def host_writes(self):
        """[(label suffix, field symbol, encoding, what)]: the VMCS fields
        written before the entry, the stack pointer first."""
        e = self.entry
        if e.stack_field is None:
            return []
        return [("write_stack", ".L" + self.field_constant(e.stack_field),
                 e.stack_field.encoding, "the stack pointer of the exit"),
                ("write_resume", ".L" + self.field_constant(e.resume_field),
                 e.resume_field.encoding, "where the exit resumes")]

    @property
    def write_fails(self):
        return self.fail_outcomes(self.writer) if self.writer else []

    def write_insn(self, value, field):
        """The VMCS write in AT&T order: the spec lists the operands in
        the manual's (Intel) order, AT&T reverses them; which operand is
        the field and which the value, the accessors' parameter order
        (field, value) says."""
        field_op, value_op = self.writer.parameters
        regs = {id(field_op): "%" + field, id(value_op): "%" + value}
        return "%s %s" % (self.writer.mnemonic, ", ".join(
            regs[id(o)] for o in reversed(self.writer.operands)))

    @property
    def pointer(self):
        """The register through which the guest's registers are loaded:
        the first struct register that no operand needs, loaded last."""
        used = self.operand_families
        return next(r.name for r in self.entry.registers if r.name not in used)

    @property
    def operand_families(self):
        """The registers the entering instruction's operands take (the
        parameters' and the fixed values'): a member in one of them is
        not loaded, the operand goes there."""
        return {r for r, _ in self.entry.operand_registers} | \
            {r for r, _ in self.entry.fixed_registers}

    @property
    def loads(self):
        """(register, symbol) loaded from the struct, the pointer last."""
        regs = [r.name for r in self.entry.registers
                if r.name != self.pointer and
                r.name not in self.operand_families]
        return [(r, self.member_symbol(r)) for r in regs + [self.pointer]]

    @property
    def exit_scratch(self):
        """A register free at the exit to reload the struct pointer into:
        one the CPU restored to the host's value (SVM: rax), but the
        status register and the frame pointer; else None (the pointer
        register is pushed first)."""
        st = self.status_register
        for r in self.entry.state_registers:
            if r == "rsp" or (st is not None and r == st.register.family) \
                    or (r == "rbp" and self.frame_pointer):
                continue
            return r
        return None

    @property
    def stores(self):
        return [(r.name, self.member_symbol(r.name))
                for r in self.entry.registers]

    @property
    def cleared(self):
        """The registers that held guest values, but the status holder:
        cleared (32-bit xor zero-extends) before the after-exit hook."""
        return [reg32(r.name) for r in self.entry.registers
                if r.name != self.status_holder]

    @property
    def fixed(self):
        return self.entry.fixed_registers

    @property
    def frame_slots(self):
        """Words pushed after the return address: the host registers and
        the struct pointer."""
        return len(self.pushes) + 1

    @property
    def aligned(self):
        """Whether the stack is 16-byte aligned at the hooks (with the
        return address, an even number of words)."""
        return (self.frame_slots + 1) % 2 == 0

    def instructions(self):
        """(label suffix, instruction) of each entering instruction: the
        resuming one first (taken when the flag is set)."""
        out = []
        if self.entry.resume is not None:
            out.append(("resume", self.entry.resume.instruction))
        out.append(("enter", self.entry.enter))
        return out

    @staticmethod
    def asm(insn):
        """An entering instruction as the assembler takes it: the
        mnemonic and the bound registers its syntax names (syntax: true),
        AT&T order, as the C wrappers write it: VMRUN's rAX and SEAMCALL's
        RCX are implicit, 'vmrun' and 'seamcall' alone."""
        regs = ["%" + o.register.family for o in reversed(insn.operands)
                if o.kind == "implicit" and o.syntax]
        return insn.mnemonic + (" " + ", ".join(regs) if regs else "")

    def problems(self):
        """[(key path under the entry, message)]: what this layout cannot
        do with the spec's entry (each backend reports them at the spec)."""
        ge = self.entry
        out = []
        for i, r in enumerate(ge.host_saved):
            if r in CALL_CLOBBERED:
                out.append((("host_saved", i), "%s is not callee-saved: the "
                            "hooks may change it as a C call may (rax, rcx, "
                            "rdx, rsi, rdi, r8-r11), so the guest entry "
                            "cannot keep anything in it; list the "
                            "callee-saved registers (rbx, rbp, r12-r15)" % r))
                return out
        holders = [r for r in ge.host_saved if r != "rbp"]
        if len(holders) < max(len(self.held), 1 if self.returns_status else 0):
            out.append((("host_saved",), "the guest entry keeps its "
                        "arguments (%d besides the struct) and its status in "
                        "callee-saved registers other than rbp across the "
                        "hooks; host_saved lists %d" % (len(self.held),
                                                        len(holders))))
        if len(self.params) > len(ARGUMENT_REGISTERS):
            out.append((("name",), "the guest entry takes %d parameters; "
                        "more than %d would be passed on the stack"
                        % (len(self.params), len(ARGUMENT_REGISTERS))))
        if not self.aligned:
            out.append((("host_saved",), "with %d host registers saved the "
                        "stack is not 16-byte aligned at the hooks: with the "
                        "return address and the struct pointer, save an even "
                        "number" % len(ge.host_saved)))
        return out


FILTERS = {"reg8": reg8, "reg32": reg32}
