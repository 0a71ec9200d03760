/* SPDX-License-Identifier: MIT */
/*
 * td-entry-call.S - entry-call.S for tdxm_vp_enter() (TDH.VP.ENTER,
 * generated/vmxgen/tdxm_entry.S) as td_entry_call(): the same frame, the
 * same checks of the callee-saved registers and the stack, in the same
 * program as entry_call (tests/harness/entry.c runs both).
 *
 *	vmx_u64 td_entry_call(struct tdxm_vp_enter_regs *regs, vmx_u64 vcpu,
 *			      const u64 in[8], u64 out[9]);
 */
#define ENTRY_CALL_TARGET	tdxm_vp_enter
#define ENTRY_CALL		td_entry_call
#define ENTRY_CALL_RSP		td_entry_call_rsp
#include "entry-call.S"
