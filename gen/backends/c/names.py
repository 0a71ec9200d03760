# SPDX-License-Identifier: MIT
"""Every C name the backend emits, derived in one place from the model.

The ISA's name is the prefix (vmx -> vmx_vmptrld(), enum vmx_status,
VMX_SUCCEED); the types and glue come from the hand-written
include/vmxgen/vmx_compat.h.
"""

import os

C_KEYWORDS = frozenset("""
    auto break case char const continue default do double else enum extern
    float for goto if inline int long register restrict return short signed
    sizeof static struct switch typedef union unsigned void volatile while
    _Bool _Complex _Imaginary _Alignas _Alignof _Atomic _Generic _Noreturn
    _Static_assert _Thread_local asm typeof bool true false
    alignas alignof constexpr nullptr static_assert thread_local
    typeof_unqual _BitInt _Decimal32 _Decimal64 _Decimal128
""".split())

# What vmx_compat.h declares: no generated name may take one of these.
COMPAT_TYPES = {8: "vmx_u8", 16: "vmx_u16", 32: "vmx_u32", 64: "vmx_u64"}
COMPAT_MACROS = ("VMXGEN_FAULT_HOOK", "VMXGEN_FAULT_FLAGS", "VMXGEN_FAULT_LABEL",
                 "VMXGEN_HAVE_FAULT_HOOK", "VMXGEN_NATURAL",
                 "VMXGEN_NATURAL_PTR", "VMXGEN_HAVE_ASM_GOTO_OUTPUT",
                 "VMXGEN_ASM_GOTO_OUTPUT_BARRIER", "VMXGEN_NO_ASM_GOTO_OUTPUT",
                 "VMXGEN_HAVE_BUILD_CHECK", "VMXGEN_BUILD_CHECK",
                 "VMXGEN_BUILD_CHECK_", "VMXGEN_BUILD_CHECK__",
                 "VMXGEN_OUT_OF_LINE", "VMXGEN_COLD_LABEL",
                 "VMXGEN_IS_ICE", "VMXGEN_IMM8",
                 "VMXGEN_STRINGIFY", "VMXGEN_STRINGIFY_",
                 "VMXGEN_VMX_COMPAT_H")
# What include/vmxgen/dump_line.h declares, the dumps' line formatter
# (one for every ISA): its struct tag, its functions, its include guard.
DUMP_LINE_HEADER = "vmxgen/dump_line.h"
DUMP_LINE_TAG = "vmxgen_dump_line"
DUMP_LINE_FUNCTIONS = {"put": "vmxgen_dump_put", "hex": "vmxgen_dump_hex",
                       "field": "vmxgen_dump_field",
                       "name": "vmxgen_dump_name"}
DUMP_LINE_MACROS = ("VMXGEN_DUMP_LINE_H",)
# Object-like macros of the places the headers are included in: a
# parameter, local or struct member of that name would be replaced by
# the macro's expansion.  (Function-like ones only expand before '(':
# every generated function has the ISA prefix.)
FOREIGN_MACROS = {
    "current": "a macro of the Linux kernel (<asm/current.h>)",
    "fallthrough": "a macro of the Linux kernel (<linux/compiler_attributes.h>)",
    "noinline": "a macro of the Linux kernel (<linux/compiler_attributes.h>)",
    "notrace": "a macro of the Linux kernel (<linux/compiler_types.h>)",
    "noinstr": "a macro of the Linux kernel (<linux/compiler_types.h>)",
    "asmlinkage": "a macro of the Linux kernel (<linux/linkage.h>)",
    "errno": "a macro of C's <errno.h>",
    "linux": "a macro GCC predefines in GNU C modes (-std=gnu*)",
    "unix": "a macro GCC predefines in GNU C modes (-std=gnu*)",
    "i386": "a macro GCC predefines in GNU C modes under -m32",
}
NATIVE_TYPE = "unsigned long"


def uint_type(bits):
    """The smallest compat type holding bits bits."""
    for w in (8, 16, 32, 64):
        if bits <= w:
            return COMPAT_TYPES[w]
    raise ValueError("no C integer type holds %d bits" % bits)


def guard(output):
    """Include guard of an output path: vmxgen/vmx_insn.h -> VMXGEN_VMX_INSN_H."""
    return "VMXGEN_" + "".join(c if c.isalnum() else "_"
                               for c in os.path.basename(output)).upper()


class IsaNames:
    """The names of one ISA's generated C.  With a registry (namespace.py),
    every name handed out is recorded there with the spec location that
    caused it; the templates print names only through these methods."""

    def __init__(self, isa, registry=None):
        self.isa = isa
        self.prefix = isa.name + "_"
        self.upper = isa.name.upper() + "_"
        self.registry = registry

    def _name(self, text, space, where, what, **kw):
        if self.registry is not None:
            self.registry.declare(text, space, where, what, **kw)
        return text

    def _own(self, text, space, what, key="name"):
        """A name of the backend's own spelling, caused by the ISA."""
        return self._name(text, space, self.isa.where(key), what,
                          internal=True)

    def locals(self, function, *texts, where=None):
        """The backend's own parameters and locals of function, named in
        the template beside its text; prints as nothing."""
        if self.registry is None:
            return ""
        return self.registry.scope(function + "()", where or
                                   self.isa.where("name")).declare_all(*texts)

    def parameter(self, function, text, where, what):
        """A parameter named by the spec."""
        if self.registry is not None:
            self.registry.scope(function + "()", where).declare(text, where,
                                                                what)
        return text

    # headers
    def header(self, kind):
        return "vmxgen/%s_%s.h" % (self.isa.name, kind)

    @property
    def umbrella(self):
        return "vmxgen/%s.h" % self.isa.name

    vmcs_header = "vmxgen/vmcs_fields.h"

    def guard(self, output):
        return self._own(guard(output), "macro", "the include guard of %s"
                         % output)

    # instructions and status
    # The suffix of each form of an instruction (Instruction.forms).
    FORM_SUFFIX = {"raw": "_raw", "mem": "_mem", "value": "_or",
                   "fault_only": "_fault_only"}

    def function(self, insn, form=None):
        where = insn.where("name" if insn.name != insn.mnemonic else
                           "mnemonic")
        # An immediate parameter makes the wrapper a function-like macro
        # (backends.c.wrappers.Wrapper._as_macro), which expands anywhere.
        kind = "macro" if insn.immediate_parameter is not None else \
            "identifier"
        if form is None:
            return self._name(self.prefix + insn.name, kind, where,
                              "instruction '%s'" % insn.name)
        return self._name(self.prefix + insn.name + self.FORM_SUFFIX[form],
                          kind, where, "the %s form of instruction "
                          "'%s'" % (form, insn.name))

    def goto_macro(self, insn, form=None):
        """vmx_vmclear_goto(), vmx_invept_raw_goto(),
        vmx_vmxon_fault_only_goto(): the goto form of a wrapper (or of
        its form), a statement macro that jumps to the caller's labels.
        The suffix is the kernel's for macros taking a label
        (__get_user_goto(), __put_user_goto()); no tree of the namespace
        fixture declares a name ending in it."""
        where = insn.where("name" if insn.name != insn.mnemonic else
                           "mnemonic")
        return self._name(self.prefix + insn.name +
                          self.FORM_SUFFIX.get(form, "") + "_goto", "macro",
                          where, "the goto form of %s'%s'"
                          % ("the %s form of instruction " % form if form
                             else "instruction ", insn.name))

    def shim(self, function):
        """The 32-bit macro over a function with natural-width arguments:
        no clash with the function it stands in for."""
        old = self.registry and self.registry.names.get(function)
        if old:
            old = old[0]
            self.registry.declare(function, "macro", old.where, "the 32-bit "
                                  "macro of " + old.what, alias=function)
        return function

    @property
    def status_enum(self):
        return self._name(self.prefix + "status", "tag", self.isa.where("name"),
                          "the status enum of ISA '%s'" % self.isa.name)

    def status_constant(self, outcome):
        return self._name(self.upper + outcome.constant, "identifier",
                          outcome.where, "status outcome '%s'" % outcome.name)

    # enums and layouts
    def enum_tag(self, enum):
        return self._name(self.prefix + enum.name, "tag", enum.where("name"),
                          "enum '%s'" % enum.name)

    def enum_constant(self, value):
        return self._name(self.upper + value.enum.prefix + value.name,
                          "identifier", value.where, "value '%s' of enum '%s'"
                          % (value.name, value.enum.name))

    def struct_tag(self, layout):
        return self._name(self.prefix + layout.name, "tag",
                          layout.where("name"), "layout '%s'" % layout.name)

    def member(self, layout, text, where=None):
        """A member of a layout's struct: where, the spec's field or
        member; None for the backend's own (reserved gaps, words)."""
        if self.registry is not None:
            self.registry.scope("struct " + self.prefix + layout.name,
                                layout.where("name")).declare(
                text, where, "a member", internal=where is None, members=True)
        return text

    @staticmethod
    def _field_what(layout, field):
        return "field '%s' of layout '%s'" % (field.name, layout.name)

    def field_enum_tag(self, layout, field):
        return self._name("%s%s_%s" % (self.prefix, layout.name, field.name),
                          "tag", field.where, "the values of " +
                          self._field_what(layout, field))

    def field_value_constant(self, layout, field, value):
        return self._name(("%s%s_%s_%s" % (self.upper, layout.name, field.name,
                                           value.name)).upper(), "identifier",
                          value.where, "value '%s' of field '%s'"
                          % (value.name, field.name))

    def field_getter(self, layout, field):
        return self._name("%s%s_%s" % (self.prefix, layout.name, field.name),
                          "identifier", field.where, "the getter of " +
                          self._field_what(layout, field))

    def field_setter(self, layout, field):
        return self._name("%s%s_set_%s" % (self.prefix, layout.name,
                                           field.name), "macro", field.where,
                          "the setter of " + self._field_what(layout, field))

    def field_setter_helper(self, layout, field):
        return self._name("__" + self.field_setter(layout, field),
                          "identifier", field.where, "the setter of " +
                          self._field_what(layout, field), internal=True)

    def field_mask(self, layout, field):
        return self._name(("%s%s_%s_MASK" % (self.upper, layout.name,
                                             field.name)).upper(), "macro",
                          field.where, "the mask of " +
                          self._field_what(layout, field))

    @property
    def field_fits(self):
        return self._own(self.upper + "FIELD_FITS", "macro", "the setters' "
                         "compile-time check")

    @property
    def ctls_enum(self):
        return self._name(self.prefix + "ctls", "tag", self.isa.where("name"),
                          "the enum of control groups")

    def ctls_constant(self, group):
        return self._name(self.upper + "CTLS_" + group.constant, "identifier",
                          group.where("constant"), "control group '%s'"
                          % group.name)

    def ctl_bit_constant(self, bit):
        return self._name("%sCTL_%s_%s" % (self.upper, bit.group.constant,
                                           bit.name.upper()), "macro",
                          bit.where, "control '%s' of group '%s'"
                          % (bit.name, bit.group.name))

    def ctls_function(self, what):
        text = self.prefix + "ctls_" + what
        return self._name(text, "identifier", self.isa.where("name"),
                          "the control helper %s()" % text)

    def fixed_function(self, register, what):
        """vmx_cr0_must_be_1(), vmx_cr0_must_be_0(), vmx_cr0_adjust()."""
        return self._name("%s%s_%s" % (self.prefix, register.name, what),
                          "identifier", register.where("name"), "the %s "
                          "helper of fixed register '%s'" % (what,
                                                             register.name))

    def supported_function(self, enum):
        return self._name(self.prefix + enum.name + "_supported",
                          "identifier", enum.where("name"), "the capability "
                          "helper of enum '%s'" % enum.name)

    # tables
    @property
    def insn_error_enum(self):
        return self._own(self.prefix + "insn_error", "tag", "the enum of "
                         "VM-instruction errors")

    def insn_error_function(self, what):
        """vmx_insn_error_name(), vmx_insn_error_description()."""
        text = "%sinsn_error_%s" % (self.prefix, what)
        return self._own(text, "identifier", "the table helper %s()" % text)

    @property
    def insn_error_reader(self):
        return self._name(self.prefix + "insn_error", "identifier",
                          self.isa.where("vmcs"), "the VM-instruction error "
                          "helper")

    def insn_error_constant(self, entry):
        return self._name(self.upper + "INSN_ERROR_" + entry.name.upper(),
                          "identifier", entry.where("name"),
                          "VM-instruction error '%s'" % entry.name)

    @property
    def exit_enum(self):
        """enum vmx_exit_reason, enum svm_exit_code."""
        return self._name(self.prefix + self.isa.exit_table.name, "tag",
                          self.isa.exit_table.where, "the enum of exit "
                          "reasons")

    @property
    def exit_name_function(self):
        text = self.prefix + self.isa.exit_table.name + "_name"
        return self._name(text, "identifier", self.isa.exit_table.where,
                          "the table helper %s()" % text)

    def exit_reason_constant(self, entry):
        return self._name("%s%s_%s" % (self.upper,
                                       self.isa.exit_table.name.upper(),
                                       entry.name.upper()), "identifier",
                          entry.where("name"), "exit reason '%s'" % entry.name)

    def cpuid_leaf_constant(self, layout):
        """SVM_CPUID_SVM_FEATURES_LEAF: the leaf of a CPUID layout."""
        return self._name(("%s%s_LEAF" % (self.upper, layout.name)).upper(),
                          "macro", layout.where("cpuid"), "the leaf of CPUID "
                          "layout '%s'" % layout.name)

    def cpuid_subleaf_constant(self, layout):
        return self._name(("%s%s_SUBLEAF" % (self.upper, layout.name)).upper(),
                          "macro", layout.where("cpuid"), "the subleaf of "
                          "CPUID layout '%s'" % layout.name)

    def bit_name_function(self, layout):
        """svm_cpuid_svm_features_bit_name()."""
        return self._name("%s%s_bit_name" % (self.prefix, layout.name),
                          "identifier", layout.where("cpuid"), "the bit names "
                          "of CPUID layout '%s'" % layout.name)

    def msr_constant(self, cap):
        return self._name(self.upper + "MSR_" + cap.name.upper(), "macro",
                          cap.where("name"), "capability MSR '%s'" % cap.name)

    def capability_bit_constant(self, bit):
        return self._name("%s%s_%s_BIT" % (self.upper,
                                           bit.msr.short_name.upper(),
                                           bit.name.upper()), "macro",
                          bit.where, "capability bit '%s'" % bit.name)

    # VMCS fields
    def vmcs_constant(self, field):
        return self._name("VMCS_" + field.name.upper(), "identifier",
                          field.where("name"), "VMCS field '%s'" % field.name)

    def vmcs_high_constant(self, field):
        return self._name(self.vmcs_constant(field) + "_HIGH", "identifier",
                          field.where("name"), "the high half of VMCS field "
                          "'%s'" % field.name)

    def field_reader(self, field):
        return self._name(self.prefix + "vmcs_read_" + field.name,
                          "identifier",
                          field.where("name"), "the read accessor of VMCS "
                          "field '%s'" % field.name)

    def field_writer(self, field):
        return self._name(self.prefix + "vmcs_write_" + field.name,
                          "identifier",
                          field.where("name"), "the write accessor of VMCS "
                          "field '%s'" % field.name)

    @property
    def vmcs_enum(self):
        return self._own(self.prefix + "vmcs_field", "tag", "the VMCS field "
                         "enum", key="vmcs")

    def vmcs_own(self, text, space, what):
        """The VMCS encoding helpers: the width and type enums, their
        constants and the macros that take an encoding apart, with the
        ISA's prefix (KVM and kvm-unit-tests declare the bare names)."""
        prefix = self.upper if text.isupper() else self.prefix
        return self._own(prefix + text, space, "the VMCS " + what, key="vmcs")

    def vmcs_accessor(self, base, suffix, width, what):
        """vmx_vmread16() (a macro) and its helper __vmx_vmread16()."""
        text = base + suffix
        self._own("__" + text, "identifier", "the %s VMCS %s helper"
                  % (width, what), key="vmcs")
        return self._name(text, "macro", self.isa.where("vmcs"), "the %s VMCS "
                          "%s accessor" % (width, what))

    def vmcs_check(self, what):
        """VMX_CHECK_FIELD, VMX_CHECK_WRITABLE."""
        return self._own(self.upper + "CHECK_" + what, "macro", "the VMCS "
                         "accessor checks", key="vmcs")

    # the dump (model.dump, backends/c/dump.py)
    @property
    def dump_function(self):
        """vmx_vmcs_dump() for the VMCS; for a structure,
        <prefix><layout>_dump_fields(): Xen's svmdebug.c has its own
        svm_vmcb_dump()."""
        root = self.isa.dump.root
        text = self.prefix + ("vmcs_dump" if root is None else
                              root.name + "_dump_fields")
        return self._name(text, "identifier", self.isa.exit_table.where,
                          "the dump of the %s" % ("VMCS" if root is None
                                                  else root.name))

    def dump_own(self, text, space="identifier"):
        """The dump's own names: <prefix>dump_decode(), <PREFIX>DUMP_LINE_MAX
        (the line formatter is hand-written: dump_line)."""
        full = (self.upper + "DUMP_" if text.isupper() else
                self.prefix + "dump_") + text
        return self._name(full, space,
                          self.isa.exit_table.where, "a helper of the dump",
                          internal=True)

    @staticmethod
    def dump_line(helper=None):
        """The line formatter of include/vmxgen/dump_line.h, the same for
        every ISA: its struct tag, or the function of helper (put, hex,
        field, name).  The registry holds them from the start."""
        return DUMP_LINE_TAG if helper is None else \
            DUMP_LINE_FUNCTIONS[helper]

    def dump_decoder(self, kind, target):
        """<prefix>dump_layout_<layout>(), _enum_<enum>(), _ctls_<group>():
        the parts of a value in a dump line."""
        return self._name("%sdump_%s_%s" % (self.prefix, kind, target.name),
                          "identifier", target.where("name"),
                          "the dump's decoder of %s '%s'" % (kind,
                                                              target.name))
