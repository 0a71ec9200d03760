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
                 "VMXGEN_NATURAL_PTR",
                 "VMXGEN_VMX_COMPAT_H")
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
    """The names of one ISA's generated C."""

    def __init__(self, isa):
        self.isa = isa
        self.prefix = isa.name + "_"
        self.upper = isa.name.upper() + "_"

    # headers
    def header(self, kind):
        return "vmxgen/%s_%s.h" % (self.isa.name, kind)

    @property
    def umbrella(self):
        return "vmxgen/%s.h" % self.isa.name

    vmcs_header = "vmxgen/vmcs_fields.h"

    # instructions and status
    def function(self, insn):
        return self.prefix + insn.name

    @property
    def status_enum(self):
        return self.prefix + "status"

    def status_constant(self, outcome):
        return self.upper + outcome.constant

    # enums and layouts
    def enum_tag(self, enum):
        return self.prefix + enum.name

    def enum_constant(self, value):
        return self.upper + value.enum.prefix + value.name

    def struct_tag(self, layout):
        return self.prefix + layout.name

    def field_enum_tag(self, layout, field):
        return "%s%s_%s" % (self.prefix, layout.name, field.name)

    def field_value_constant(self, layout, field, value):
        return ("%s%s_%s_%s" % (self.upper, layout.name, field.name,
                                value.name)).upper()

    def field_getter(self, layout, field):
        return "%s%s_%s" % (self.prefix, layout.name, field.name)

    def field_setter(self, layout, field):
        return "%s%s_set_%s" % (self.prefix, layout.name, field.name)

    def field_mask(self, layout, field):
        return ("%s%s_%s_MASK" % (self.upper, layout.name, field.name)).upper()

    @property
    def ctls_enum(self):
        return self.prefix + "ctls"

    def ctls_constant(self, group):
        return self.upper + "CTLS_" + group.constant

    def ctl_bit_constant(self, bit):
        return "%sCTL_%s_%s" % (self.upper, bit.group.constant, bit.name.upper())

    def ctls_function(self, what):
        return self.prefix + "ctls_" + what

    def fixed_function(self, register, what):
        """vmx_cr0_must_be_1(), vmx_cr0_must_be_0(), vmx_cr0_adjust()."""
        return "%s%s_%s" % (self.prefix, register.name, what)

    def supported_function(self, enum):
        return self.prefix + enum.name + "_supported"

    # tables
    def insn_error_constant(self, entry):
        return self.upper + "INSN_ERROR_" + entry.name.upper()

    @property
    def exit_enum(self):
        """enum vmx_exit_reason, enum svm_exit_code."""
        return self.prefix + self.isa.exit_table.name

    @property
    def exit_name_function(self):
        return self.exit_enum + "_name"

    def exit_reason_constant(self, entry):
        return "%s%s_%s" % (self.upper, self.isa.exit_table.name.upper(),
                            entry.name.upper())

    def cpuid_leaf_constant(self, layout):
        """SVM_CPUID_SVM_FEATURES_LEAF: the leaf of a CPUID layout."""
        return ("%s%s_LEAF" % (self.upper, layout.name)).upper()

    def cpuid_subleaf_constant(self, layout):
        return ("%s%s_SUBLEAF" % (self.upper, layout.name)).upper()

    def bit_name_function(self, layout):
        """svm_cpuid_svm_features_bit_name()."""
        return "%s%s_bit_name" % (self.prefix, layout.name)

    def msr_constant(self, cap):
        return self.upper + "MSR_" + cap.name.upper()

    def capability_bit_constant(self, bit):
        return "%s%s_%s_BIT" % (self.upper, bit.msr.short_name.upper(),
                                bit.name.upper())

    # VMCS fields
    @staticmethod
    def vmcs_constant(field):
        return "VMCS_" + field.name.upper()

    def field_reader(self, field):
        return self.prefix + "read_" + field.name

    def field_writer(self, field):
        return self.prefix + "write_" + field.name
