/* SPDX-License-Identifier: MIT */
/*
 * vmx-entry.S - generated/vmxgen/vmx_entry.S as the Bochs test kernel
 * builds it: with the kernel's fault hook (kernel.h's VMXGEN_FAULT_HOOK,
 * in assembler form), so that its VMWRITEs, VMLAUNCH and VMRESUME have
 * entries in the same exception table as every C wrapper, which the
 * "extable" scenario checks.
 */
#define VMXGEN_FAULT_HOOK(insn, fixup)				\
	.pushsection vmxt_extable, "a";				\
	.balign 8;						\
	.quad insn, fixup;					\
	.popsection

#include <vmxgen/vmx_entry.S>
