# SPDX-License-Identifier: MIT
# DO NOT EDIT: generated from the spec by gen/vmxgen.py (gen/backends/make/).
# Included by Makefile.am: the files of generated/ that make install installs
# and make dist ships, one list per kind.

# The headers a user copies or installs under $(includedir)/vmxgen/.
VMXGEN_HEADER_FILES = \
	generated/vmxgen/hostx_insn.h \
	generated/vmxgen/hostx.h \
	generated/vmxgen/svm_insn.h \
	generated/vmxgen/svm_layouts.h \
	generated/vmxgen/svm_tables.h \
	generated/vmxgen/svm_dump.h \
	generated/vmxgen/svm_entry.h \
	generated/vmxgen/svm_vmrun_check.h \
	generated/vmxgen/svm.h \
	generated/vmxgen/tdxm_insn.h \
	generated/vmxgen/tdxm_layouts.h \
	generated/vmxgen/tdxm_entry.h \
	generated/vmxgen/tdxm.h \
	generated/vmxgen/vmx_insn.h \
	generated/vmxgen/vmx_layouts.h \
	generated/vmxgen/vmcs_fields.h \
	generated/vmxgen/vmx_tables.h \
	generated/vmxgen/vmx_dump.h \
	generated/vmxgen/vmx_entry.h \
	generated/vmxgen/vmx_entry_check.h \
	generated/vmxgen/vmx.h

# The guest entries' assembler sources, installed under $(pkgdatadir).
VMXGEN_ENTRY_FILES = \
	generated/vmxgen/svm_entry.S \
	generated/vmxgen/tdxm_entry.S \
	generated/vmxgen/vmx_entry.S
