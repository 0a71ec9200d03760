# SPDX-License-Identifier: MIT
"""The guest entry in Rust: src/<isa>/entry.rs, from the model's
GuestEntry, with the same assembler as the C backend's <isa>_entry.S
(gen/backends/asm: the layout and the text, templates/_entry_body.j2) in a
global_asm! block, and what is Rust's around it: the register struct with
its offsets asserted by offset_of!, the typed functions (Result, &mut),
and the Dialect.

Why global_asm! and not a naked function: the exit of a VMX entry resumes
at HOST_RIP, a label inside the entry function, which a second function
(<function>_init_vmcs) writes once per VMCS; in one global_asm! block both
functions see the label, as in the C .S.  The functions' symbols are
therefore plain (vmxgen_rust_<isa>_<name>), hidden, apart from the C .S's.

The hooks: the C .S splices the user's assembler text (VMXGEN_ENTRY_BEFORE,
VMXGEN_ENTRY_AFTER) in when it is assembled; a crate is compiled before its
user, so the Rust entry calls functions the user's crate defines instead,
vmxgen_<isa>_entry_before() and vmxgen_<isa>_entry_after(), when the
feature <isa>-entry-hooks is on (without it there is no call at all).  A
trait (generic entry functions) was the other way; it would give one copy
of the entry, and one HOST_RIP, per hook type, and a VMCS initialised for
one and run with another would resume in the wrong copy: hooks fixed when
the crate is built are what the C entry has, and what one hypervisor per
binary needs.
"""

from backends import asm
from backends.rust import names as rn

SYMBOL_PREFIX = "vmxgen_rust_"
MODULE = "entry"


class Dialect:
    """How global_asm! spells what the shared assembler leaves to the
    language: ELF directives for the function symbols, the hooks as calls
    under '.if' of a const operand (the hook feature), the fault table of
    the crate's fault-hook feature (vmxgen::fault: two 32-bit offsets, as
    its wrappers record)."""

    def __init__(self, view):
        self.v = view

    endbr = unwind_save = unwind_restore = ""
    ret = "\tret"
    fault_begin = ".if {fault_hook}"
    fault_end = ".endif"

    @property
    def section(self):
        return '.pushsection .text.%s, "ax", @progbits' % self.v.asm.function

    @property
    def before(self):
        return ".if {entry_hooks}\n\tcall %s\n.endif" % self.v.hook_before

    @property
    def after(self):
        return ".if {entry_hooks}\n\tcall %s\n.endif" % self.v.hook_after

    @staticmethod
    def func_start(name):
        return (".globl %s\n.hidden %s\n.type %s, @function\n.p2align 4\n%s:"
                % (name, name, name, name))

    @staticmethod
    def func_end(name):
        return ".size %s, . - %s" % (name, name)

    @staticmethod
    def fault_hook(insn, fixup):
        return ('.pushsection vmxgen_fault_table, "a"\n.balign 4\n'
                ".long %s - ., %s - .\n.popsection" % (insn, fixup))

    @property
    def offsets_comment(self):
        return "Offsets in %s (asserted with offset_of! below)." \
            % self.v.struct_type

    @property
    def status_comment(self):
        return "the raw status: Ok, or the value() of the %s" \
            % self.v.names.fail_type

    @property
    def signature(self):
        return self.v.raw_signature

    @property
    def init_signature(self):
        return self.v.raw_init_signature

    @property
    def function_name(self):
        return self.v.asm.function


class RustParam:
    def __init__(self, p, rtype, raw_type, arg):
        self.name = rn.ident(p.name)
        self.kind = p.kind
        self.rtype = rtype          # of the typed function
        self.raw_type = raw_type    # of the extern "C" declaration
        self.arg = arg              # what the typed function passes
        self.param = p


class EntryView:
    """Everything entry.rs prints for one ISA's guest entry."""

    def __init__(self, isa_view):
        self.isa_view = isa_view
        self.names = isa_view.names
        ge = self.entry = isa_view.isa.guest_entry
        self.asm = asm.EntryAsm(ge, "%s%s_%s" % (SYMBOL_PREFIX,
                                                 isa_view.isa.name, ge.name))
        self.dialect = Dialect(self)
        self.function = rn.ident(ge.name)
        self.init_function = rn.ident(ge.name + "_init_vmcs") \
            if self.asm.init_function else None
        self.struct_type = rn.camel(ge.struct)
        self.cache_type = rn.camel(ge.stack_field.name) \
            if ge.stack_field is not None else None
        self.feature = "%s-entry-hooks" % isa_view.isa.name
        self.hook_before = "vmxgen_%s_entry_before" % isa_view.isa.name
        self.hook_after = "vmxgen_%s_entry_after" % isa_view.isa.name
        self.params = []
        for p in self.asm.params:
            if p.kind == "regs":
                rp = RustParam(p, "&mut %s" % self.struct_type,
                               "*mut %s" % self.struct_type, rn.ident(p.name))
            elif p.kind == "flag":
                rp = RustParam(p, "bool", "bool", rn.ident(p.name))
            elif p.kind == "operand":
                rp = RustParam(p, "u64", "u64", rn.ident(p.name))
            else:
                rp = RustParam(p, "&mut %s" % self.cache_type,
                               "*mut %s" % self.cache_type, rn.ident(p.name))
            self.params.append(rp)

    @property
    def returns_result(self):
        return self.asm.returns_status and self.isa_view.has_fail_type

    @property
    def raw_return(self):
        if self.asm.wide_status:
            return " -> u64"
        return " -> u32" if self.asm.returns_status else ""

    @property
    def wide_status(self):
        """The function returns the status register's value as it is."""
        return self.asm.wide_status

    @property
    def returns_text(self):
        return self.asm.register_status_text("`regs`", lambda t: t)

    @property
    def raw_signature(self):
        return 'extern "C" fn %s(%s)%s' % (self.asm.function, ", ".join(
            "%s: %s" % (p.name, p.raw_type) for p in self.params),
            self.raw_return)

    @property
    def raw_init_signature(self):
        return 'extern "C" fn %s()%s' % (self.asm.init_function,
                                         self.raw_return)

    @property
    def return_type(self):
        if self.asm.wide_status:
            return " -> u64"
        return " -> Result<(), %s>" % self.names.fail_type \
            if self.returns_result else ""

    @property
    def status_arms(self):
        """[(raw value, Rust expression, cfg feature or None)]."""
        st = self.entry.isa.status
        n = self.names
        arms = []
        if st.success is not None:
            arms.append((st.success.value, "Ok(())", None))
        for o in self.isa_view.fail_outcomes:
            arms.append((o.value, "Err(%s::%s)" % (n.fail_type,
                                                   n.fail_variant(o)), None))
        if st.fault is not None:
            arms.append((st.fault.value, "Err(%s::%s)" % (
                n.fail_type, n.fail_variant(st.fault)), "fault-hook"))
        return arms

    @property
    def has_fault(self):
        return self.entry.isa.status.fault is not None and \
            self.returns_result


    @property
    def entering(self):
        return [i.mnemonic.upper() for _, i in self.asm.instructions()]

    @property
    def writer(self):
        return self.asm.writer.mnemonic.upper() if self.asm.writer else None


def declare(reg, v):
    """The entry's names in the Rust registry (namespace.py)."""
    e = v.entry
    ge = e.entry
    n = v.names
    root = reg.scope("module %s" % n.module, n.module)
    root.declare(MODULE, None, "the module of the guest entry", True)
    root.declare(e.struct_type, ge.where("struct"), "the guest entry's "
                 "register struct")
    root.declare(e.function, ge.where("name"), "the guest entry function")
    if e.cache_type:
        root.declare(e.cache_type, ge.where("host_state", "stack_pointer"),
                     "the cache of the stack field")
    if e.init_function:
        root.declare(e.init_function, ge.where("host_state"), "the function "
                     "writing the resume address once per VMCS")
    own = reg.scope("module %s::%s" % (n.module, MODULE), n.module)
    for name in (e.asm.function, e.asm.init_function, "status",
                 "ENTRY_HOOKS", "FAULT_HOOK"):
        if name:
            own.declare(name, None, "a name of the entry module", True)
    members = reg.scope("struct %s" % e.struct_type, n.module)
    members.declare("new", None, "its constructor", True)
    for r in ge.registers:
        members.declare(r.name, r.where, "a member")
    fn = reg.scope("fn %s" % e.function, n.module)
    for p in e.params:
        fn.declare(p.name, None, "a parameter", True)
