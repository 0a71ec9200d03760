/* SPDX-License-Identifier: MIT */
/*
 * svm-entry-call.S - tests/harness/entry-call.S calling svm_run_guest():
 *
 *	enum svm_status entry_call(struct svm_guest_regs *regs, u64 vmcb_pa,
 *				   const u64 in[8], u64 out[9]);
 *
 * the same registers and stack words checked around the call as for VMX.
 */
#define ENTRY_CALL_TARGET svm_run_guest
#include "../harness/entry-call.S"
