/* SPDX-License-Identifier: MIT */
/*
 * DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
 * (template gen/backends/c/templates/umbrella.h.j2).  Edit the spec and run make.
 */
/*
 * Everything vmxgen generates for Intel TDX module calls, in one include: <vmxgen/tdxm.h>.
 */
#ifndef VMXGEN_TDXM_H
#define VMXGEN_TDXM_H

#include <vmxgen/tdxm_insn.h>
#include <vmxgen/tdxm_layouts.h>
#include <vmxgen/tdxm_entry.h>

#endif /* VMXGEN_TDXM_H */
