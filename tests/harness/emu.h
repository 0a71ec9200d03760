/* SPDX-License-Identifier: MIT */
/*
 * Trap-and-emulate the spec's instructions in user mode.
 *
 * A VMX, SVM, SGX or TDX instruction (or INVPCID) executed in user mode
 * faults (#UD: SIGILL, #GP: SIGSEGV).  The handler decodes the faulting
 * instruction with Zydis, picks the spec instruction it is (by mnemonic,
 * and by the fixed register values of leaf operands when one opcode is
 * several spec instructions, ENCLS[EADD] and ENCLS[EINIT]), checks its
 * encoding against the spec, reads every operand the spec lists from the
 * signal context and memory as the CPU would (explicit ones where the
 * decoder finds them, implicit ones in the registers the spec names),
 * applies the outcome the test scripted (RFLAGS as the ISA's outcome sets
 * them; a status value into the status register; outputs into their
 * registers or memory; junk into declared clobbers) and resumes after
 * the instruction.  A small VMX model (current VMCS, field store, error
 * field) gives VMX instructions their effect when no output is scripted.
 *
 * An instruction that does not fault here (VMCALL under a hypervisor that
 * handles it) is caught by single-stepping (EFLAGS.TF) between
 * emu_begin() and emu_end() instead; emu_unusable() says why an
 * instruction can be caught neither way.
 *
 * A step scripted as EMU_FAULT is an instruction that faults (#UD, #GP):
 * the handler then does what a kernel's exception fixup does with the
 * table a fault hook (VMXGEN_FAULT_HOOK) recorded, given by emu_fixups():
 * it finds the faulting RIP in the table and resumes at its fixup, with
 * every register and flag as they were before the instruction, nothing
 * written, no VMX model change.
 *
 * VMLAUNCH and VMRESUME scripted to succeed enter the "guest" and come
 * straight back with a VM exit (emu_expect_exit()): see vm_enter() in
 * emu.c for what is checked at the entry and what the exit loads.
 * SEAMCALL's TDH.VP.ENTER leaves the status scripted in RAX and the exit's
 * GPRs that emu_expect_exit() scripted.
 */
#ifndef HARNESS_EMU_H
#define HARNESS_EMU_H

#include <stdbool.h>
#include <stdint.h>
#include "spec-table.h"

#define EMU_NO_VMCS	(~0ULL)	/* current-VMCS pointer when there is none */
#define EMU_MAX_TRAPS	4
#define EMU_NO_OUTCOME	(-1)	/* the script of an instruction without RFLAGS outcomes */
#define EMU_FAULT	(-2)	/* the script of an instruction that faults */
#define EMU_CARRY	(-3)	/* a status register's instruction that sets CF */
#define EMU_CLOBBER	0xc10bbe5dc10bbe5dULL	/* what a clobbered register gets */
#define EMU_NR_GPRS	16	/* rAX ... r15 in the x86 numbering (4 is RSP) */
#define EMU_RSP		4

struct emu_operand {
	bool is_mem;
	const char *reg;		/* register name, or NULL for memory */
	unsigned long long addr;	/* memory: effective address */
	unsigned long long value;	/* as read: register, or the first 8 bytes */
	unsigned char bytes[SPEC_MAX_MEM_BYTES];	/* memory as read */
	bool wrote;			/* the "CPU" wrote this output */
	unsigned long long out;		/* what it wrote */
};

/* One spec instruction the "CPU" executed. */
struct emu_trap {
	enum spec_insn insn;		/* as decoded */
	int outcome;			/* as applied: ISA outcome, or EMU_NO_OUTCOME */
	int signo;			/* SIGILL, SIGSEGV, or SIGTRAP if stepped */
	char bad[256];			/* how it differs from spec or script */
	struct emu_operand op[SPEC_MAX_OPERANDS];	/* spec order */
	unsigned long long status;	/* written to the status register */
	/* EMU_FAULT: where the instruction was, and where it resumed. */
	unsigned long long rip, next, fixup;
	bool fixed_up;			/* the table had an entry for it */
	/* The GPRs when the instruction trapped, in the x86 numbering. */
	unsigned long long gpr[EMU_NR_GPRS];
	/* VMLAUNCH/VMRESUME: a VM exit happened, to HOST_RSP and HOST_RIP. */
	bool exited;
	unsigned long long host_rsp, host_rip;
};

/*
 * One entry of the table a fault hook records, the way the kernel's
 * _ASM_EXTABLE does: each address as a 32-bit offset from where it is
 * stored (".long (insn) - ., (fixup) - .").
 */
struct emu_fixup {
	int32_t insn, fixup;
};

void emu_init(void);
/* The fault hook's table: [begin, end). */
void emu_fixups(const struct emu_fixup *begin, const struct emu_fixup *end);
unsigned int emu_nr_fixups(void);
const char *emu_unusable(enum spec_insn insn);
const char *emu_how(enum spec_insn insn);

/* Model: VMX operation, current VMCS, field store. */
void emu_reset(bool in_vmx, unsigned long long current);
unsigned long long emu_current_vmcs(void);
bool emu_in_vmx(void);
bool emu_vmcs_launched(unsigned long long vmcs);
unsigned long long emu_vmcs_get(unsigned long long vmcs, unsigned long field);
void emu_vmcs_set(unsigned long long vmcs, unsigned long field,
		  unsigned long long value);

/*
 * Script: the next instructions and what they report.  @outcome is an
 * index into the ISA's outcomes (SPEC_OC_VMX_SUCCEED, ...) for an
 * instruction with RFLAGS status, else EMU_NO_OUTCOME; or EMU_FAULT for
 * any instruction that is to fault; @error is the
 * VM-instruction error a VMfailValid leaves in the current VMCS.
 * emu_expect_output() and emu_expect_status() add to the last step: the
 * value an output operand (by spec index) or the status register gets.
 * An output with no scripted value gets what the model says, if anything.
 */
void emu_expect(enum spec_insn insn, int outcome, unsigned int error);
void emu_expect_output(unsigned int operand, unsigned long long value);
void emu_expect_status(unsigned long long value);
/*
 * For a VMLAUNCH/VMRESUME scripted to succeed: the exit reason the VM exit
 * stores, and what the guest left in its GPRs (x86 numbering; the RSP slot
 * is not used: RSP comes from HOST_RSP), or NULL for the GPRs as the
 * entry found them (a VM-entry failure, exit reason bit 31: no guest ran).
 */
void emu_expect_exit(unsigned int reason, const unsigned long long *gprs);
/*
 * An instruction that runs a guest and comes back after itself
 * (TDH.VP.ENTER: no VMCS, a status register) takes the same script: its
 * exit leaves the scripted GPRs but RSP and the status register (which
 * gets emu_expect_status()'s value); @reason is not used.  For either
 * kind, emu_expect_exit_keeps() names the GPRs (bit i: x86 number i) the
 * exit leaves as they were (TDH.VP.ENTER's RBP, which the module keeps).
 */
void emu_expect_exit_keeps(unsigned int keep);
/*
 * Table mode, for code that reads many fields (a VMCS dump): a VMREAD
 * with no script step left reads the model's current VMCS, VMsucceed if
 * it holds the field (emu_vmcs_set()), else VMfailValid with error 12
 * (unsupported VMCS component), as a CPU without the field answers.
 * These reads are not recorded as traps; emu_table_reads() counts them,
 * and those that differed from the spec (@bad, the first one's notes).
 */
void emu_vmread_table(bool on);
unsigned int emu_table_reads(unsigned int *bad, const char **first_bad);
void emu_begin(void);
void emu_end(void);
unsigned int emu_nr_traps(void);
const struct emu_trap *emu_trap(unsigned int i);
/* An operand by its name in the spec; -1 or NULL if it has none. */
int emu_operand_index(enum spec_insn insn, const char *name);
const struct emu_operand *emu_operand(const struct emu_trap *t,
				      const char *name);

void emu_dirty_stack(void);

#endif /* HARNESS_EMU_H */
