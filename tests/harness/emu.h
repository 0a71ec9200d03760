/* SPDX-License-Identifier: MIT */
/*
 * Trap-and-emulate VMX instructions in user mode.
 *
 * A VMX instruction executed in user mode faults (#UD: SIGILL outside VMX
 * operation, #GP: SIGSEGV inside it).  The handler decodes the faulting
 * instruction with Zydis, checks it against the spec, reads its operands
 * from the signal context and memory as the CPU would, applies the outcome
 * the test scripted to a small model of VMX state, writes the outputs and
 * resumes after the instruction.
 *
 * An instruction that does not fault here (VMCALL under a hypervisor that
 * handles it) is caught by single-stepping (EFLAGS.TF) between
 * emu_begin() and emu_end() instead; emu_unusable() says why an
 * instruction can be caught neither way.
 */
#ifndef HARNESS_EMU_H
#define HARNESS_EMU_H

#include <stdbool.h>
#include "spec-table.h"

#define EMU_NO_VMCS	(~0ULL)	/* current-VMCS pointer when there is none */
#define EMU_MAX_TRAPS	4

struct emu_operand {
	bool is_mem;
	const char *reg;		/* register name, or NULL for memory */
	unsigned long long addr;	/* memory: effective address */
	unsigned long long value;	/* register, or the first 8 bytes */
	unsigned char bytes[16];	/* memory read, or memory written */
};

/* One VMX instruction the "CPU" executed. */
struct emu_trap {
	enum spec_insn insn;		/* as decoded */
	enum spec_outcome outcome;	/* as applied */
	int signo;			/* SIGILL, SIGSEGV, or SIGTRAP if stepped */
	char bad[160];			/* how it differs from spec or script */
	struct emu_operand op[SPEC_MAX_OPERANDS];	/* spec order */
};

void emu_init(void);
const char *emu_unusable(enum spec_insn insn);
const char *emu_how(enum spec_insn insn);

/* Model: VMX operation, current VMCS, field store. */
void emu_reset(bool in_vmx, unsigned long long current);
unsigned long long emu_current_vmcs(void);
bool emu_in_vmx(void);
unsigned long long emu_vmcs_get(unsigned long long vmcs, unsigned long field);
void emu_vmcs_set(unsigned long long vmcs, unsigned long field,
		  unsigned long long value);

/* Script: the next instructions and what they report. */
void emu_expect(enum spec_insn insn, enum spec_outcome outcome,
		unsigned int error);
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
