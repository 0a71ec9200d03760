/* SPDX-License-Identifier: MIT */
/*
 * Types of the harness's copy of the spec.  The data is generated from
 * spec/ into spec-table.h by gen-table.py, which defines the SPEC_MAX_*
 * limits (the largest the spec needs) before it includes this.
 */
#ifndef HARNESS_SPEC_H
#define HARNESS_SPEC_H

#include <stdbool.h>

/* SPEC_MAP_NONE: a one-byte opcode (no 0F escape). */
enum spec_map { SPEC_MAP_NONE, SPEC_MAP_0F, SPEC_MAP_0F38, SPEC_MAP_0F3A };

enum spec_modrm {
	SPEC_MODRM_R,		/* /r: ModRM.reg names a register */
	SPEC_MODRM_DIGIT,	/* /0../7: ModRM.reg is an opcode extension */
	SPEC_MODRM_FIXED,	/* the whole ModRM byte is part of the opcode */
	SPEC_MODRM_NONE,	/* no ModRM byte */
};

enum spec_role { SPEC_READ = 1, SPEC_WRITE = 2, SPEC_READWRITE = 3 };
enum spec_kind { SPEC_REG, SPEC_MEM, SPEC_REG_OR_MEM, SPEC_IMPLICIT,
		 SPEC_IMM /* a fixed immediate: .value */,
		 SPEC_SYSREG /* a control or debug register: .reg_name */ };

/* How an instruction reports its status. */
enum spec_status {
	SPEC_STATUS_RFLAGS,	/* an outcome of its ISA, in CF/ZF */
	SPEC_STATUS_NONE,	/* nothing: the wrapper returns void */
	SPEC_STATUS_REGISTER,	/* a value in a register */
};

/* The flag an RFLAGS outcome sets (after clearing CF, PF, AF, ZF, SF, OF). */
enum spec_flag { SPEC_FLAG_NONE, SPEC_FLAG_CF, SPEC_FLAG_ZF };

#define SPEC_OUT(o)		(1u << (o))

struct spec_outcome_info {
	const char *name;	/* "VMfailValid" */
	const char *label;	/* "fail_valid": its C constant, lower case */
	enum spec_flag flag;
	long long value;	/* of the C constant */
};

struct spec_isa_info {
	const char *name;		/* C prefix: "vmx" */
	long long error_field;		/* VMCS field VMfailValid writes, or -1 */
	unsigned int nr_outcomes;
	struct spec_outcome_info outcomes[SPEC_MAX_OUTCOMES];
	bool has_fault;			/* a status for "the instruction faulted" */
	long long fault_value;		/* its value */
};

/*
 * Where the fixup that a fault hook (VMXGEN_FAULT_HOOK) records for an
 * instruction resumes, under the contract of include/vmxgen/vmx_compat.h.
 */
enum spec_fixup {
	SPEC_FIXUP_NEXT,	/* after the instruction; nothing to report */
	SPEC_FIXUP_PATH,	/* the wrapper's fault path (asm goto), which
				 * returns the ISA's fault status (a status
				 * register: the instruction's fault_value) */
	SPEC_FIXUP_FLAGS,	/* after the instruction, with the CF = ZF = 1
				 * the wrapper set before it: the fault status */
};

/* A named field of a bit layout. */
struct spec_field {
	const char *name;
	unsigned int low, width;
};

/* What a reserved range must hold. */
enum spec_reserved {
	SPEC_RESERVED_ZERO,
	SPEC_RESERVED_ONE,
	SPEC_RESERVED_IGNORED,	/* anything */
};

struct spec_reserved_range {
	unsigned int low, width;
	enum spec_reserved must;
};

struct spec_layout {
	const char *name;
	unsigned int bytes;
	unsigned int nr_fields;
	struct spec_field fields[SPEC_MAX_FIELDS];
	unsigned int nr_reserved;
	struct spec_reserved_range reserved[SPEC_MAX_RESERVED];
};

struct spec_operand {
	const char *name;
	enum spec_role role;
	enum spec_kind kind;
	unsigned int width;	/* bits, in 64-bit mode (native: 64) */
	int reg;		/* implicit operands: x86 register number */
	const char *reg_name;	/* implicit operands: "eax", "r9", ... */
	bool syntax;		/* implicit, but the decoder shows it (IN AL, DX) */
	bool address;		/* memory whose address counts (INVLPG): .width
				 * is the decoder's, the value the address */
	bool fixed;		/* a fixed value (a leaf number), not a parameter */
	unsigned long long value;	/* the fixed value */
	const struct spec_layout *layout;	/* a memory operand's layout */
	unsigned int nr_enum;	/* an enum-typed operand's values */
	long long enum_values[SPEC_MAX_ENUM_VALUES];
};

struct spec_insn_info {
	const char *name;	/* the C function: "vmx_invept" */
	const char *mnemonic;	/* what decoders print: "invept" */
	unsigned int isa;	/* enum spec_isa */
	unsigned char prefix;	/* mandatory prefix, 0 if none */
	unsigned char map;	/* enum spec_map */
	unsigned char opcode;
	unsigned char modrm;	/* enum spec_modrm */
	unsigned char modrm_value;
	bool rex_r;		/* REX.R = 1: ModRM.reg + 8 (MOV CR8) */
	bool mode32, mode64;
	enum spec_status status;
	int status_reg;		/* SPEC_STATUS_REGISTER: x86 register number */
	unsigned int status_width;
	bool status_cf;		/* CF = 1 is an outcome: the wrapper returns */
	unsigned long long cf_value;	/* cf_value instead of the register */
	bool status_fault;	/* a fault hook's fixup returns */
	unsigned long long fault_value;	/* fault_value instead of it */
	unsigned int outcomes;	/* SPEC_OUT() mask of its ISA's outcomes */
	unsigned int nr_outcomes;	/* the same, in spec order */
	unsigned int outcome_list[SPEC_MAX_OUTCOMES];
	bool enters_guest;	/* VMsucceed does not return to the caller */
	enum spec_fixup fixup;	/* what a fault hook's fixup does */
	unsigned int error;	/* a VM-instruction error it can report */
	unsigned int nr_clobbers;
	int clobbers[SPEC_MAX_CLOBBERS];	/* x86 register numbers */
	unsigned int nr_operands;
	struct spec_operand operands[SPEC_MAX_OPERANDS];	/* Intel order */
};

struct spec_vmcs_field {
	const char *name;
	unsigned int encoding;
	unsigned int width;	/* 16, 32, 64, or 0 for natural width */
};

/* A form of a wrapper besides the wrapper itself (README, "Forms"). */
enum spec_form {
	SPEC_FORM_NONE,		/* the wrapper */
	SPEC_FORM_RAW,		/* <name>_raw(): a layout operand as bytes */
	SPEC_FORM_MEM,		/* <name>_mem(): r/m as memory, through a pointer */
	SPEC_FORM_VALUE,	/* <name>_or(): the value, a failure to on_fail() */
	SPEC_FORM_FAULT_ONLY,	/* <name>_fault_only(): VMfail not reported */
};

struct case_io;

/* One form of a wrapper and the function that runs a case of it. */
struct spec_form_case {
	unsigned int insn;	/* enum spec_insn: its instruction */
	enum spec_form form;
	const char *name;	/* the C function: "vmx_vmread_or" */
	enum spec_fixup fixup;	/* what a fault hook's fixup does */
	void (*run)(struct case_io *io);
	bool goto_form;		/* <name>[_<form>]_goto(..., fail, fault) */
};

#endif /* HARNESS_SPEC_H */
