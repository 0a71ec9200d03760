/* SPDX-License-Identifier: MIT */
/*
 * DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
 * (template gen/backends/c/templates/umbrella.h.j2).  Edit the spec and run make.
 */
/*
 * Everything vmxgen generates for VMX, in one include: <vmxgen/vmx.h>.
 */
#ifndef VMXGEN_VMX_H
#define VMXGEN_VMX_H

#include <vmxgen/vmx_insn.h>
#include <vmxgen/vmx_layouts.h>
#include <vmxgen/vmcs_fields.h>
#include <vmxgen/vmx_tables.h>
#include <vmxgen/vmx_dump.h>
#include <vmxgen/vmx_entry.h>
#include <vmxgen/vmx_entry_check.h>

#endif /* VMXGEN_VMX_H */
