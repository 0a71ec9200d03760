# SPDX-License-Identifier: MIT
"""The guest entry in C and GNU assembler: <isa>_entry.h (the register
struct with its offsets asserted, the declaration) and <isa>_entry.S (the
function, AT&T syntax, 64-bit only), both from the model's GuestEntry.
The assembler and its layout are shared with the Rust backend
(gen/backends/asm: EntryAsm, templates/_entry_body.j2); what is C's here
is the header, the kernel-doc and the Dialect: the .S spells what differs
between worlds as the macros of <vmxgen/vmx_compat_asm.h>.
"""

from backends import asm
from backends.asm import reg8, reg32  # noqa: F401 (backends.c's filters)
from backends.c import escape
from backends.c.names import guard

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

# The C types and kernel-doc of the parameters, by kind (asm.Param).
PARAM_TYPES = {"regs": None, "flag": "_Bool", "operand": "vmx_u64",
               "cache": "unsigned long *"}


class Dialect:
    """How the .S spells what the shared assembler leaves to the
    language: the macros of <vmxgen/vmx_compat_asm.h>, which differ
    between a kernel tree and everything else."""

    def __init__(self, view):
        self.v = view

    section = "\tVMXGEN_ENTRY_SECTION"
    before = "\tVMXGEN_ENTRY_BEFORE"
    after = "\tVMXGEN_ENTRY_AFTER"
    unwind_save = "\tVMXGEN_UNWIND_SAVE"
    unwind_restore = "\tVMXGEN_UNWIND_RESTORE"
    endbr = "\tVMXGEN_ENDBR"
    ret = "\tVMXGEN_RET"
    fault_begin = "#ifdef VMXGEN_HAVE_FAULT_HOOK"
    fault_end = "#endif"

    @staticmethod
    def func_start(name):
        return "VMXGEN_FUNC_START(%s)" % name

    @staticmethod
    def func_end(name):
        return "VMXGEN_FUNC_END(%s)" % name

    @staticmethod
    def fault_hook(insn, fixup):
        return "\tVMXGEN_FAULT_HOOK(%s, %s)" % (insn, fixup)

    @property
    def offsets_comment(self):
        return "Offsets in struct %s (<%s> asserts the same)." % (
            self.v.struct_tag, self.v.header)

    @property
    def status_comment(self):
        v = self.v
        if v.wide_status:
            return "What %s() returns instead of %s's status" % (
                v.function, v.status_register.register.name.upper())
        return "enum %s" % v.n.status_enum

    @property
    def signature(self):
        v = self.v
        return "%s %s(%s)" % (v.return_type, v.function, ", ".join(
            p.declaration for p in v.params))

    @property
    def init_signature(self):
        return "%s %s(void)" % (self.v.return_type, self.v.init_function)

    @property
    def function_name(self):
        return self.v.function + "()"


class EntryView(asm.EntryAsm):
    """Everything the two templates print for one ISA's guest entry."""

    def __init__(self, entry, names):
        n = names
        super().__init__(entry, n.prefix + entry.name)
        self.n = names
        self.struct_tag = n.prefix + entry.struct
        self.header = n.header(HEADER)
        self.source = "vmxgen/%s_%s.S" % (self.isa.name, HEADER)
        self.label = ".L" + n.prefix       # local labels: .Lvmx_exit
        self.dialect = Dialect(self)
        for p in self.params:
            p.ctype = PARAM_TYPES[p.kind] or "struct %s *" % self.struct_tag
            p.summary = self._summary(p)
            p.declaration = p.ctype + ("" if p.ctype.endswith("*") else " ") \
                + p.name

    def _summary(self, p):
        e = self.entry
        if p.kind == "regs":
            return ("the guest's registers: loaded before the entry, stored "
                    "after the exit")
        if p.kind == "flag":
            return "%s if true, else %s" % (
                e.resume.instruction.mnemonic.upper(),
                e.enter.mnemonic.upper())
        if p.kind == "operand":
            return p.operand.summary or "%s's operand" % \
                e.enter.mnemonic.upper()
        return ("what the caller knows the current VMCS holds in %s (0 "
                "before its first entry): one per VMCS"
                % self.n.vmcs_constant(e.stack_field))

    # --- C ----------------------------------------------------------------

    @property
    def return_type(self):
        if self.wide_status:
            return "vmx_u64"
        return "enum %s" % self.n.status_enum if self.returns_status \
            else "void"

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
        skipped = [r.name.upper() for r in e.registers
                   if r.name in self.operand_families]
        text += ", loads the %d registers of @regs" % (
            len(e.registers) - len(skipped))
        if skipped:
            text += " (all but %s)" % ", ".join(skipped)
        for _, op in e.operand_registers:
            text += " and %s = @%s" % (op.register.family.upper(), op.name)
        if e.resume is not None:
            text += ", then %s if @%s, else %s" % (
                e.resume.instruction.mnemonic.upper(), e.resume.when,
                e.enter.mnemonic.upper())
        else:
            text += ", then %s" % e.enter.mnemonic.upper()
        if skipped:
            text += (".  When the guest exits, it stores all %d registers "
                     "into @regs (%s too: what the exit left there), clears "
                     "them and restores the host's." % (len(e.registers),
                                                        ", ".join(skipped)))
        else:
            text += (".  When the guest exits, it stores the registers back "
                     "into @regs, clears them and restores the host's.")
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
        if self.status_register is not None:
            return self.register_status_text(parameter % "regs",
                                              escape.kerneldoc)
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

    @property
    def guard(self):
        return guard(self.header)


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
                name = Name(m, MACRO, None, "a macro of vmx_compat_asm.h",
                            True)
                ns._add(name)
                ns.handwritten.append(name)
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
    if e.wide_status:
        for o in e.statuses:
            ns.declare(o.symbol[1:], ASM, ge.where("enter"), "the .set "
                       "value the entry returns instead of the status "
                       "register's", internal=True)
    for _, sym, _, _ in e.host_writes:
        ns.declare(sym[1:], ASM, ge.where("host_state"), "the .set encoding of "
                   "a VMCS field the entry writes", internal=True)
    # What the layout of the assembler needs.
    for key, message in e.problems():
        diag.error(ge.where(*key), message)


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
        # Members the entering instruction's operands take (TDH.VP.ENTER's
        # RCX): loaded from the parameter, not the struct; stored.
        self.operand_members = [r.name for r in e.entry.registers
                                if r.name in e.operand_families]
        # The instruction's status register and its CF value, if it
        # reports in one (the function returns it).
        st = e.status_register
        self.status_register = st.register.family if st else None
        self.status_cf = st.cf.value if st and st.cf else None
        if st is not None and st.fault is not None:
            self.fault_value = st.fault.value
        self.host_saved = list(e.entry.host_saved)
        # The instructions that can fault, by mnemonic: the control-state
        # writes and the entering instructions.
        self.writes = [view.isa.field_write.mnemonic] * len(e.host_writes) \
            if e.host_writes else []
        self.enters = [i.mnemonic for _, i in e.instructions()]
        self.resume = (e.entry.resume.instruction.mnemonic,
                       e.entry.resume.when) if e.entry.resume else None
        fault = view.isa.status.fault
        if st is None:
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
