/* SPDX-License-Identifier: MIT */
/*
 * DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
 * (template gen/backends/c/templates/umbrella.h.j2).  Edit the spec and run make.
 */
/*
 * Everything vmxgen generates for x86 host, in one include: <vmxgen/hostx.h>.
 */
#ifndef VMXGEN_HOSTX_H
#define VMXGEN_HOSTX_H

#include <vmxgen/hostx_insn.h>

#endif /* VMXGEN_HOSTX_H */
