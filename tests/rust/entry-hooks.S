/* SPDX-License-Identifier: MIT */
/*
 * entry-hooks.S - the functions the crate's vmx-entry-hooks and
 * tdxm-entry-hooks features make vmx::run_guest() and tdxm::vp_enter()
 * call, for the hook build of the entry test (tests/rust/main.rs,
 * HARNESS_HOOK=1): tests/harness/entry-hook.h's hooks, which the C
 * entry's hook variants splice in as VMXGEN_ENTRY_BEFORE/AFTER, here
 * each a function that the entry calls (rax..r11 its to clobber, as in
 * any call).
 */
#include "entry-hook.h"

	.text
	.globl	vmxgen_vmx_entry_before
	.type	vmxgen_vmx_entry_before, @function
vmxgen_vmx_entry_before:
	ENTRY_HOOK_BEFORE
	ret
	.size	vmxgen_vmx_entry_before, . - vmxgen_vmx_entry_before

	.globl	vmxgen_vmx_entry_after
	.type	vmxgen_vmx_entry_after, @function
vmxgen_vmx_entry_after:
	ENTRY_HOOK_AFTER
	ret
	.size	vmxgen_vmx_entry_after, . - vmxgen_vmx_entry_after

	/* The same for tdxm::vp_enter() (the tdxm-entry-hooks feature). */
	.globl	vmxgen_tdxm_entry_before
	.type	vmxgen_tdxm_entry_before, @function
vmxgen_tdxm_entry_before:
	ENTRY_HOOK_BEFORE
	ret
	.size	vmxgen_tdxm_entry_before, . - vmxgen_tdxm_entry_before

	.globl	vmxgen_tdxm_entry_after
	.type	vmxgen_tdxm_entry_after, @function
vmxgen_tdxm_entry_after:
	ENTRY_HOOK_AFTER
	ret
	.size	vmxgen_tdxm_entry_after, . - vmxgen_tdxm_entry_after

	ENTRY_HOOK_DATA

	.section .note.GNU-stack, "", @progbits
