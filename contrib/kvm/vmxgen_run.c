// SPDX-License-Identifier: MIT
/*
 * KVM's __vmx_vcpu_run() (vmx/vmenter.S) built on vmxgen's
 * vmx_run_guest() and its entry hooks (vmxgen_entry.S): the same
 * arguments, flags and return value (0 after a VM exit, 1 after VM-Fail).
 * Built objtool-clean by contrib/kvm/build.py, not linked: vmx.c would
 * also have to write HOST_RIP with vmx_run_guest_init_vmcs() instead of
 * vmx_vmexit (README.md).
 */
#include <linux/kvm_host.h>

#include "vmx.h"
#include "run_flags.h"
#include "vmxgen_run.h"

static_assert(offsetof(struct vmxgen_run, vmx) == VMXGEN_RUN_VMX);
static_assert(offsetof(struct vmxgen_run, spec_ctrl) == VMXGEN_RUN_SPEC_CTRL);
static_assert(offsetof(struct vmxgen_run, flags) == VMXGEN_RUN_FLAGS);

bool noinstr __vmx_vcpu_run(struct vcpu_vmx *vmx, unsigned long *regs,
			    unsigned int flags)
{
	/*
	 * KVM's regs[] has a slot for RSP (which the VMCS holds); struct
	 * vmx_guest_regs does not: the registers are copied both ways.
	 */
	struct vmxgen_run run = {
		.regs = {
			.rax = regs[VCPU_REGS_RAX], .rcx = regs[VCPU_REGS_RCX],
			.rdx = regs[VCPU_REGS_RDX], .rbx = regs[VCPU_REGS_RBX],
			.rbp = regs[VCPU_REGS_RBP], .rsi = regs[VCPU_REGS_RSI],
			.rdi = regs[VCPU_REGS_RDI], .r8 = regs[VCPU_REGS_R8],
			.r9 = regs[VCPU_REGS_R9], .r10 = regs[VCPU_REGS_R10],
			.r11 = regs[VCPU_REGS_R11], .r12 = regs[VCPU_REGS_R12],
			.r13 = regs[VCPU_REGS_R13], .r14 = regs[VCPU_REGS_R14],
			.r15 = regs[VCPU_REGS_R15],
		},
		.vmx = vmx,
		.spec_ctrl = vmx->spec_ctrl,
		.flags = flags,
	};
	enum vmx_status st;

	st = vmx_run_guest(&run.regs, flags & VMX_RUN_VMRESUME,
			     &vmx->loaded_vmcs->host_state.rsp);
	if (st == VMX_SUCCEED) {
		regs[VCPU_REGS_RAX] = run.regs.rax;
		regs[VCPU_REGS_RCX] = run.regs.rcx;
		regs[VCPU_REGS_RDX] = run.regs.rdx;
		regs[VCPU_REGS_RBX] = run.regs.rbx;
		regs[VCPU_REGS_RBP] = run.regs.rbp;
		regs[VCPU_REGS_RSI] = run.regs.rsi;
		regs[VCPU_REGS_RDI] = run.regs.rdi;
		regs[VCPU_REGS_R8] = run.regs.r8;
		regs[VCPU_REGS_R9] = run.regs.r9;
		regs[VCPU_REGS_R10] = run.regs.r10;
		regs[VCPU_REGS_R11] = run.regs.r11;
		regs[VCPU_REGS_R12] = run.regs.r12;
		regs[VCPU_REGS_R13] = run.regs.r13;
		regs[VCPU_REGS_R14] = run.regs.r14;
		regs[VCPU_REGS_R15] = run.regs.r15;
		return false;
	}
	/* As vmenter.S's fixup: a fault is tolerated only while rebooting. */
	if (st == VMX_FAULT && !kvm_rebooting)
		BUG();
	return true;
}
