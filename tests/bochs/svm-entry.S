/* SPDX-License-Identifier: MIT */
/*
 * svm-entry.S - generated/vmxgen/svm_entry.S as the Bochs SVM test kernel
 * builds it: with svm.c's fault hook (in assembler form), so that its VMRUN
 * has an entry in the same exception table as every C wrapper.
 */
#define VMXGEN_FAULT_HOOK(insn, fixup)				\
	.pushsection vmxt_extable, "a";				\
	.balign 8;						\
	.quad insn, fixup;					\
	.popsection

#include <vmxgen/svm_entry.S>
