# SPDX-License-Identifier: MIT
"""The guest entry in C and GNU assembler: <isa>_entry.h (the register
struct with its offsets asserted, the declaration) and <isa>_entry.S (the
function, AT&T syntax, 64-bit only), both from the model's GuestEntry.

How the function is laid out (what the model leaves to the language):

- the SysV arguments arrive in rdi (the struct), then rsi, rdx, ... (the
  boolean that picks the resuming instruction, the entering instruction's
  register operands);
- the host's callee-saved registers are pushed, rbp first as a frame
  pointer; the other arguments are kept in callee-saved registers (the
  "holders", so that the before-entry hook may use every caller-saved
  one); the struct pointer is pushed last: the exit finds it at (%rsp),
  the stack pointer the VM exit resumes with;
- the status is kept in the first holder from the exit to the return;
- the stack pointer of the exit (VMX's HOST_RSP) is written only when it
  differs from the caller's cache of it (a pointer argument, one per
  VMCS: KVM keeps the same in its loaded_vmcs), out of line; where the
  exit resumes (HOST_RIP) never changes, so a second function writes it
  once per VMCS (<function>_init_vmcs());
- every register that held a guest value is cleared before the
  after-exit hook runs.
"""

from backends.c import escape
from backends.c.names import guard

ARGUMENT_REGISTERS = ("rdi", "rsi", "rdx", "rcx", "r8", "r9")
# What a C call, and so a hook, may change (SysV x86-64): none of these can
# keep an argument or the status across the hooks.
CALL_CLOBBERED = ("rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11")
HEADER = "entry"
COMPAT_ASM = "vmxgen/vmx_compat_asm.h"
# What include/vmxgen/vmx_compat_asm.h defines: no generated name may take
# one of these (the .S is preprocessed with them in scope).
COMPAT_ASM_MACROS = (
    "VMXGEN_VMX_COMPAT_ASM_H", "VMXGEN_FUNC_START", "VMXGEN_FUNC_END",
    "VMXGEN_RET", "VMXGEN_ENDBR", "VMXGEN_UNWIND_SAVE",
    "VMXGEN_UNWIND_RESTORE", "VMXGEN_ENTRY_BEFORE", "VMXGEN_ENTRY_AFTER",
    "VMXGEN_ENTRY_SECTION", "VMXGEN_FILE_END", "VMXGEN_HAVE_FAULT_HOOK",
    "VMXGEN_FAULT_HOOK")


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
    def __init__(self, ctype, name, summary, arg, holder=None, operand=None,
                 cache=False):
        self.ctype = ctype
        self.name = name
        self.summary = summary
        self.arg = arg              # the SysV argument register
        self.holder = holder        # the callee-saved register keeping it
        self.operand = operand      # the model Operand it is, if any
        self.cache = cache          # the caller's cache of the stack field

    @property
    def declaration(self):
        sep = "" if self.ctype.endswith("*") else " "
        return self.ctype + sep + self.name


class Outcome:
    """A status the function returns, as the .S names it."""

    def __init__(self, symbol, value, flag=None):
        self.symbol = symbol
        self.value = value
        self.flag = flag            # 'cf', 'zf' for a failure by flag


class EntryView:
    """Everything the two templates print for one ISA's guest entry."""

    def __init__(self, entry, names):
        self.entry = entry
        self.isa = entry.isa
        self.n = names
        n = names
        self.function = n.prefix + entry.name
        self.struct_tag = n.prefix + entry.struct
        self.header = n.header(HEADER)
        self.source = "vmxgen/%s_%s.S" % (self.isa.name, HEADER)
        self.label = ".L" + n.prefix       # local labels: .Lvmx_exit
        # The registers that keep the arguments across the hook and the
        # status from the exit on: callee-saved, not the frame pointer.
        holders = [r for r in entry.host_saved if r != "rbp"]
        self.params = [Param("struct %s *" % self.struct_tag, "regs",
                             "the guest's registers: loaded before the "
                             "entry, stored after the exit",
                             ARGUMENT_REGISTERS[0])]
        if entry.resume is not None:
            insn = entry.resume.instruction
            self.params.append(Param(
                "_Bool", entry.resume.when, "%s if true, else %s"
                % (insn.mnemonic.upper(), entry.enter.mnemonic.upper()),
                None))
        for _, op in entry.operand_registers:
            self.params.append(Param(
                "vmx_u64", op.name, op.summary or "%s's operand"
                % entry.enter.mnemonic.upper(), None, operand=op))
        if entry.stack_field is not None:
            self.params.append(Param(
                "unsigned long *", entry.stack_field.name, "what the "
                "caller knows the current VMCS holds in %s (0 before its "
                "first entry): one per VMCS" % names.vmcs_constant(
                    entry.stack_field),
                None, cache=True))
        for i, p in enumerate(self.params[1:]):
            p.arg = ARGUMENT_REGISTERS[i + 1]
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

    # --- C ----------------------------------------------------------------

    @property
    def returns_status(self):
        return self.entry.has_status

    @property
    def return_type(self):
        return "enum %s" % self.n.status_enum if self.returns_status \
            else "void"

    # Assembler constants (.set) are local symbols (.L): they stay out of
    # the object's symbol table, where a disassembler would take them for
    # addresses.
    def member_symbol(self, reg):
        return ".L" + ("%s_%s" % (self.struct_tag, reg)).upper()

    @property
    def size_symbol(self):
        return ".L" + ("%s_SIZE" % self.struct_tag).upper()

    @property
    def doc_paragraphs(self):
        """The body of the function's kernel-doc comment, escaped (spec
        text through escape.kerneldoc; '@name' are its parameters)."""
        e, n = self.entry, self.n
        saved = ", ".join(r.upper() for r in e.host_saved)
        text = "Saves the host's callee-saved registers (%s)" % saved
        if e.stack_field is not None:
            text += ", writes %s (its stack pointer) with %s if it is not " \
                "*@%s and then updates *@%s" % (
                    n.vmcs_constant(e.stack_field),
                    self.writer.mnemonic.upper(), self.cache.name,
                    self.cache.name)
        text += ", loads the %d registers of @regs" % len(e.registers)
        for _, op in e.operand_registers:
            text += " and %s = @%s" % (op.register.family.upper(), op.name)
        if e.resume is not None:
            text += ", then %s if @%s, else %s" % (
                e.resume.instruction.mnemonic.upper(), e.resume.when,
                e.enter.mnemonic.upper())
        else:
            text += ", then %s" % e.enter.mnemonic.upper()
        text += (".  When the guest exits, it stores the registers back into "
                 "@regs, clears them and restores the host's.")
        out = [text]
        if e.resume_field is not None:
            out.append("Where the VM exit resumes, %s, is written once per "
                       "VMCS by %s(), which must have run on the current "
                       "VMCS before the first call." % (
                           n.vmcs_constant(e.resume_field),
                           self.init_function))
        if e.description:
            out.append(escape.kerneldoc(e.description))
        out.append("Hooks, empty unless defined when %s is assembled (see "
                   "%s): VMXGEN_ENTRY_BEFORE runs after the host's registers "
                   "are saved%s, just before the guest's are loaded; "
                   "VMXGEN_ENTRY_AFTER on every way back once the first one "
                   "ran, after the guest's registers are stored and cleared, "
                   "before the host's are restored.  That is where a kernel "
                   "puts its speculation mitigations (SPEC_CTRL, VERW before; "
                   "RSB filling, SPEC_CTRL after)."
                   % (self.source, COMPAT_ASM, " and the VMCS field written"
                      if e.stack_field is not None else ""))
        return out

    @property
    def return_text(self):
        """The kernel-doc Return: text."""
        return self.returns_text("%%%s", "@%s")

    def returns_text(self, constant, parameter):
        """What the function returns, with constants and parameters
        written by the formats given (kernel-doc: %X and @x)."""
        e, n, s = self.entry, self.n, self.isa.status
        parts = ["%s when the guest ran and exited" % (
            constant % n.status_constant(s.success))] if s.success else []
        fails = e.fail_outcomes
        if fails:
            what = "/".join(i.mnemonic.upper() for i in e.instructions)
            if e.stack_field is not None:
                what += " or a %s before it" % self.writer.mnemonic.upper()
            parts.append("%s if %s failed, with %s unchanged" % (
                " or ".join(constant % n.status_constant(o) for o in fails),
                what, parameter % "regs"))
        if s.fault:
            parts.append("%s if an instruction faulted and the fault hook "
                         "(VMXGEN_FAULT_HOOK) is in use"
                         % (constant % n.status_constant(s.fault)))
        return "; ".join(parts) + ".  The host's registers are intact " \
            "after each."

    @property
    def init_doc(self):
        """The kernel-doc body of the init function."""
        e, n = self.entry, self.n
        return ("Writes %s of the current VMCS with %s: the address in %s() "
                "where its VM exits resume, which is the same for every "
                "call.  Call it once per VMCS, after making it current and "
                "before its first %s()." % (
                    n.vmcs_constant(e.resume_field),
                    self.writer.mnemonic.upper(), self.function,
                    self.function))

    @property
    def init_return_text(self):
        n, s = self.n, self.isa.status
        parts = ["%%%s" % n.status_constant(s.success)]
        parts.append(" or ".join("%%%s" % n.status_constant(o)
                                 for o in self.writer.fail_outcomes) +
                     " if %s failed" % self.writer.mnemonic.upper())
        if s.fault:
            parts.append("%%%s if it faulted and the fault hook "
                         "(VMXGEN_FAULT_HOOK) is in use"
                         % n.status_constant(s.fault))
        return "; ".join(parts) + "."

    # --- assembler ----------------------------------------------------------

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
    def statuses(self):
        """Every status value the .S names: from the ISA's status model."""
        if not self.returns_status:
            return []
        s = self.isa.status
        return [Outcome(self.asm_status(o), o.value) for o in
                s.outcomes + ([s.fault] if s.fault else [])]

    def asm_status(self, outcome):
        return ".L" + self.n.status_constant(outcome)

    @property
    def success_symbol(self):
        s = self.isa.status.success
        return self.asm_status(s) if s and self.returns_status else None

    @property
    def fault_symbol(self):
        f = self.isa.status.fault
        return self.asm_status(f) if f else None

    def fail_outcomes(self, insn):
        """[(symbol, flag)] of the outcomes insn falls through with, the
        default first: one flag is set after a failure, so the first one
        needs no test and each other one a cmov on its flag."""
        return [(self.asm_status(o), o.flag) for o in insn.fail_outcomes]

    @property
    def entry_fails(self):
        return self.fail_outcomes(self.entry.enter)

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
        return [("write_stack", ".L" + self.n.vmcs_constant(e.stack_field),
                 e.stack_field.encoding, "the stack pointer of the exit"),
                ("write_resume", ".L" + self.n.vmcs_constant(e.resume_field),
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
        used = {r for r, _ in self.entry.operand_registers}
        return next(r.name for r in self.entry.registers if r.name not in used)

    @property
    def loads(self):
        """(register, symbol) loaded from the struct, the pointer last."""
        regs = [r.name for r in self.entry.registers if r.name != self.pointer]
        return [(r, self.member_symbol(r)) for r in regs + [self.pointer]]

    @property
    def exit_scratch(self):
        """A register free at the exit to reload the struct pointer into:
        one the CPU restored to the host's value (SVM: rax), else None
        (the pointer register is pushed first)."""
        for r in self.entry.state_registers:
            if r != "rsp":
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

    @property
    def guard(self):
        return guard(self.header)

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
        mnemonic and its register operands, AT&T order."""
        regs = ["%" + o.register.family for o in reversed(insn.operands)
                if o.kind == "implicit" and not o.fixed]
        return insn.mnemonic + (" " + ", ".join(regs) if regs else "")


# --- the checker ------------------------------------------------------------

ASM = "assembler symbol"


def declare_entry(ns, view, diag):
    """Register every name of the entry (C and assembler) in the checked
    namespace, and refuse what the assembler layout cannot do.  Assembler
    symbols (.set) live apart from C identifiers but meet the macros of
    the compat headers, which the preprocessor applies to the .S."""
    from backends.c.namespace import MACRO, ORDINARY, TAG, Name
    if not getattr(ns, "entry_compat_declared", False):
        ns.entry_compat_declared = True
        for m in COMPAT_ASM_MACROS:
            if not any(old.space == MACRO for old in ns.names.get(m, [])):
                ns._add(Name(m, MACRO, None, "a macro of vmx_compat_asm.h",
                             True))
    e = view.entry
    if e is None:
        return
    ge = e.entry
    if ge.enter is None or (ge.resume is not None and
                            ge.resume.instruction is None):
        return      # reported by the model
    where = ge.where("name")
    ns.declare(e.function, ORDINARY, where, "the guest entry function")
    ns.declare(e.struct_tag, TAG, ge.where("struct"), "the guest entry's "
               "register struct")
    ns.declare(e.function, ASM, where, "the guest entry's symbol")
    scope = ns.scope("struct " + e.struct_tag, ge.where("struct"))
    for r in ge.registers:
        scope.declare(r.name, r.where, "a member", members=True)
    scope = ns.scope(e.function + "()", where)
    for i, p in enumerate(e.params):
        if i == 0:
            scope.declare(p.name, ge.where("struct"), "the struct parameter",
                          internal=True)
        elif p.operand is not None:
            scope.declare(p.name, p.operand.where, "the parameter for "
                          "operand '%s'" % p.operand.name)
        elif p.cache:
            scope.declare(p.name, ge.where("host_state", "stack_pointer"),
                          "the parameter caching the stack field")
        else:
            scope.declare(p.name, ge.where("resume", "when"), "the flag "
                          "parameter")
    if e.init_function:
        ns.declare(e.init_function, ORDINARY, ge.where("host_state"),
                   "the function writing the resume address once per VMCS")
        ns.declare(e.init_function, ASM, ge.where("host_state"),
                   "the symbol of the function writing the resume address")
    for r in ge.registers:
        ns.declare(e.member_symbol(r.name)[1:], ASM, r.where, "the .set offset "
                   "of member '%s'" % r.name)
    ns.declare(e.size_symbol[1:], ASM, ge.where("struct"), "the .set size of "
               "the register struct")
    st = view.isa.status
    for o in (st.outcomes + ([st.fault] if st.fault else [])
              if e.returns_status else []):
        ns.declare(e.asm_status(o)[1:], ASM, o.where, "the .set value of "
                   "status '%s'" % o.name, internal=True)
    for _, sym, _, _ in e.host_writes:
        ns.declare(sym[1:], ASM, ge.where("host_state"), "the .set encoding of "
                   "a VMCS field the entry writes", internal=True)
    # What the layout of the .S needs.
    for i, r in enumerate(ge.host_saved):
        if r in CALL_CLOBBERED:
            diag.error(ge.where("host_saved", i), "%s is not callee-saved: "
                       "the hooks may change it as a C call may (rax, rcx, "
                       "rdx, rsi, rdi, r8-r11), so the guest entry cannot "
                       "keep anything in it; list the callee-saved registers "
                       "(rbx, rbp, r12-r15)" % r)
            return
    holders = [r for r in ge.host_saved if r != "rbp"]
    if len(holders) < max(len(e.held), 1 if e.returns_status else 0):
        diag.error(ge.where("host_saved"), "the guest entry keeps its "
                   "arguments (%d besides the struct) and its status in "
                   "callee-saved registers other than rbp across the hooks; "
                   "host_saved lists %d" % (len(e.held), len(holders)))
    if len(e.params) > len(ARGUMENT_REGISTERS):
        diag.error(where, "the guest entry takes %d parameters; more than %d "
                   "would be passed on the stack" % (len(e.params),
                                                     len(ARGUMENT_REGISTERS)))
    if not e.aligned:
        diag.error(ge.where("host_saved"), "with %d host registers saved the "
                   "stack is not 16-byte aligned at the hooks: with the "
                   "return address and the struct pointer, save an even "
                   "number" % len(ge.host_saved))


# --- what tests may ask -------------------------------------------------------

class PublicEntry:
    """One ISA's guest entry as tests see it."""

    def __init__(self, view):
        e = view.entry
        self.isa = view.isa.name
        self.function = e.function
        self.struct = e.struct_tag
        self.header = e.header                      # vmxgen/vmx_entry.h
        self.source = e.source                      # vmxgen/vmx_entry.S
        self.returns = e.return_type
        self.params = [(p.ctype, p.name) for p in e.params]
        self.registers = [(r.name, r.offset) for r in e.entry.registers]
        self.state_registers = list(e.entry.state_registers)
        self.host_saved = list(e.entry.host_saved)
        # The instructions that can fault, by mnemonic: the control-state
        # writes and the entering instructions.
        self.writes = [view.isa.field_write.mnemonic] * len(e.host_writes) \
            if e.host_writes else []
        self.enters = [i.mnemonic for _, i in e.instructions()]
        self.resume = (e.entry.resume.instruction.mnemonic,
                       e.entry.resume.when) if e.entry.resume else None
        fault = view.isa.status.fault
        self.fault_value = fault.value if fault else None
        success = view.isa.status.success
        self.success_value = success.value if success and e.returns_status \
            else None
        self.fails = [(o.name, o.flag, o.value) for o in e.entry.fail_outcomes]
        self.host_fields = [(sym[2:], enc) for _, sym, enc, _ in e.host_writes]
        # The function writing the resume address once per VMCS (VMX), and
        # the parameter caching the stack field, or None.
        self.init_function = e.init_function
        self.cache_param = e.cache.name if e.cache else None


def public_entries(model):
    """Every ISA's guest entry, for tests that build and run them."""
    from backends import c as c_backend
    return [PublicEntry(v) for v in c_backend.views(model) if v.entry]
