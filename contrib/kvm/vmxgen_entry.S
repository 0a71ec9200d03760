/* SPDX-License-Identifier: MIT */
/*
 * vmxgen's generated guest entry, vmx_run_guest(), with what KVM's
 * __vmx_vcpu_run() (vmx/vmenter.S) does around VMLAUNCH/VMRESUME put in
 * its entry hooks; vmxgen_run.c's __vmx_vcpu_run() calls it.  README.md
 * (contrib/kvm) lists what the hooks cannot place where KVM does.
 */
#include <linux/linkage.h>
#include <asm/asm.h>
#include <asm/msr-index.h>
#include <asm/nospec-branch.h>
#include <asm/percpu.h>
#include "vmxgen_run.h"

/*
 * Before the guest's registers are loaded, (%rsp) is the struct
 * vmxgen_run: write the guest's SPEC_CTRL if it differs from the host's
 * (no return or indirect branch may follow before the VM entry: none
 * does in vmx_run_guest()), then VERW (CLEAR_CPU_BUFFERS).
 */
.macro kvm_vmxgen_before
	ALTERNATIVE "jmp .Lkvm_vmxgen_spec_ctrl_done", "", X86_FEATURE_MSR_SPEC_CTRL
	mov (%rsp), %rax
	movl VMXGEN_RUN_SPEC_CTRL(%rax), %eax
	cmpl PER_CPU_VAR(x86_spec_ctrl_current), %eax
	je .Lkvm_vmxgen_spec_ctrl_done
	mov $MSR_IA32_SPEC_CTRL, %ecx
	xor %edx, %edx
	wrmsr
.Lkvm_vmxgen_spec_ctrl_done:
	CLEAR_CPU_BUFFERS
.endm

/*
 * After the guest's registers are stored and cleared, before the first
 * return: fill the RSB, restore the host's SPEC_CTRL (and save the
 * guest's if VMX_RUN_SAVE_SPEC_CTRL), clear the branch history.
 */
.macro kvm_vmxgen_after
	FILL_RETURN_BUFFER %rcx, RSB_CLEAR_LOOPS, X86_FEATURE_RSB_VMEXIT, \
			   X86_FEATURE_RSB_VMEXIT_LITE
	mov (%rsp), %rax
	mov VMXGEN_RUN_VMX(%rax), %rdi
	movl VMXGEN_RUN_FLAGS(%rax), %esi
	call vmx_spec_ctrl_restore_host
	CLEAR_BRANCH_HISTORY_VMEXIT
.endm

#define VMXGEN_ENTRY_BEFORE	kvm_vmxgen_before
#define VMXGEN_ENTRY_AFTER	kvm_vmxgen_after
#define VMXGEN_ENTRY_SECTION	.section .noinstr.text, "ax"
#define VMXGEN_FAULT_HOOK(insn, fixup) _ASM_EXTABLE(insn, fixup)
#include <vmxgen/vmx_entry.S>
