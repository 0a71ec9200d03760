/* SPDX-License-Identifier: MIT */
/*
 * kernel.h - what the files of the Bochs VMX test kernel share: the
 * generated headers with the fault hook in force, the marker output, the
 * model's VMX capabilities, and the VMCS helpers of kernel.c that other
 * scenario files (exits.c) build on.
 *
 * The fault hook is in force for the whole kernel, as a Linux module would
 * use _ASM_EXTABLE: every VMX instruction records (instruction, fixup) in
 * the section vmxt_extable (kernel.ld gives its bounds), and the #UD/#GP
 * handler in kernel.c resumes a faulting VMX instruction at its fixup.
 */
#ifndef VMXT_KERNEL_H
#define VMXT_KERNEL_H

#define VMXGEN_FAULT_HOOK(insn, fixup)					\
	".pushsection vmxt_extable, \"a\"\n\t"				\
	".balign 8\n\t"							\
	".quad " #insn ", " #fixup "\n\t"				\
	".popsection\n\t"
#include <vmxgen/vmx.h>
#include <vmxgen/hostx.h>

typedef vmx_u16 u16;
typedef vmx_u32 u32;
typedef vmx_u64 u64;
typedef unsigned char u8;

#define PAGE_SHIFT	12
#define VEC_UD		6	/* invalid opcode */
#define VEC_GP		13	/* general protection */

/* Markers: "VMXT <id> <PASS|FAIL|UNSUPPORTED> <detail>". */
enum verdict { PASS, FAIL, UNSUPPORTED };

/* %s %c %d %u %x; all integer arguments must be 64-bit: cast them. */
void kprintf(const char *fmt, ...);
void report(const char *id, enum verdict v, const char *fmt, ...);

/* The model's VMX capability MSRs, read once by enable_vmx(). */
struct vmxt_caps {
	u64 basic, misc, cap, vmfunc;
	u32 revision;
	unsigned int maxphyaddr;
	/* per enum vmx_ctls: the MSR vmx_ctls_msr() names; 0 if absent */
	u64 ctls[VMX_CTLS_ENTRY + 1];
};
extern struct vmxt_caps vmx;

const char *status_name(enum vmx_status st);
const char *error_name(u32 err);
int streq(const char *a, const char *b);

/* VMCS writes: W(field, value) counts failures in n_write_fail. */
extern unsigned int n_write_fail;
extern const char *first_bad_field;
void check_write(enum vmx_status st, const char *field);
#define W(f, val) check_write(vmx_vmcs_write_##f(val), #f)
/* Guest RIP past the exiting instruction, before a VMRESUME. */
void skip_instruction(void);

int ctl_allowed(enum vmx_ctls group, u64 ctl);
u64 ctls_value(enum vmx_ctls group, u64 required, u64 optional);
u64 eptp_of(u64 pml4);
void setup_vmcs(void);
int enter_guest(int launch, enum vmx_status *st);
/*
 * What the current VMCS holds in HOST_RSP, as vmx_run_guest() last
 * wrote it (its third argument); setup_vmcs() zeroes it for a new VMCS.
 */
extern unsigned long vmcs_host_rsp;

/* VM exits beyond VMCALL/VMFUNC/HLT, decoded with the layouts (exits.c). */
void run_exit_scenarios(void);

/* vmx_run_guest(): 1,000 round trips, entry failures (entry.c). */
void run_entry_scenarios(void);

/* vmx_entry_check() against the CPU's VM entry, per rule (entrycheck.c). */
void run_entry_check_scenarios(void);

#include "kcpu.h"

#endif /* VMXT_KERNEL_H */
