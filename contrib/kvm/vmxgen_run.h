/* SPDX-License-Identifier: MIT */
/*
 * The frame that __vmx_vcpu_run() (vmxgen_run.c) hands to vmxgen's
 * vmx_run_guest() and that the entry hooks of vmxgen_entry.S read: the
 * hooks see only the pointer vmx_run_guest() keeps at (%rsp), its
 * @regs, so what else they need follows the registers in one struct.
 */
#ifndef __KVM_X86_VMXGEN_RUN_H
#define __KVM_X86_VMXGEN_RUN_H

/* Offsets in struct vmxgen_run, for the hooks; asserted in vmxgen_run.c. */
#define VMXGEN_RUN_VMX		120
#define VMXGEN_RUN_SPEC_CTRL	128
#define VMXGEN_RUN_FLAGS	132

#ifndef __ASSEMBLY__
struct vmxgen_run {
	struct vmx_guest_regs regs;	/* vmx_run_guest()'s @regs */
	struct vcpu_vmx *vmx;		/* for vmx_spec_ctrl_restore_host() */
	u32 spec_ctrl;			/* the guest's SPEC_CTRL */
	u32 flags;			/* VMX_RUN_* */
};
#endif

#endif /* __KVM_X86_VMXGEN_RUN_H */
