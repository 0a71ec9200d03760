/* SPDX-License-Identifier: MIT */
/*
 * entry-hook.S - generated/vmxgen/vmx_entry.S and tdxm_entry.S as the hook variants of
 * tests/harness/entry.c (entry-hook-*) assemble it, the way its header
 * (<vmxgen/vmx_compat_asm.h>) says a user does: define the hooks, then
 * include the generated file.
 *
 * VMXGEN_FAULT_HOOK records the harness's table, as cases.c's does for
 * the C wrappers: two 32-bit offsets per entry in section harness_fixups,
 * which emu.c's fault handler searches.  The entry hooks are
 * entry-hook.h's (counted, checked, clobbering).
 */
#include "entry-hook.h"

#define VMXGEN_FAULT_HOOK(insn, fixup)				\
	.pushsection harness_fixups, "a";			\
	.balign 4;						\
	.long (insn) - .;					\
	.long (fixup) - .;					\
	.popsection

#define VMXGEN_ENTRY_BEFORE	ENTRY_HOOK_BEFORE
#define VMXGEN_ENTRY_AFTER	ENTRY_HOOK_AFTER

#include <vmxgen/vmx_entry.S>
#include <vmxgen/tdxm_entry.S>

	ENTRY_HOOK_DATA
