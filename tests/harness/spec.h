/* SPDX-License-Identifier: MIT */
/*
 * Types of the harness's copy of the spec.  The data is generated from
 * spec/ into spec-table.h by gen-table.py.
 */
#ifndef HARNESS_SPEC_H
#define HARNESS_SPEC_H

#include <stdbool.h>

enum spec_map { SPEC_MAP_0F = 1, SPEC_MAP_0F38, SPEC_MAP_0F3A };

enum spec_modrm {
	SPEC_MODRM_R,		/* /r: ModRM.reg names a register */
	SPEC_MODRM_DIGIT,	/* /0../7: ModRM.reg is an opcode extension */
	SPEC_MODRM_FIXED,	/* the whole ModRM byte is part of the opcode */
};

enum spec_role { SPEC_READ, SPEC_WRITE };
enum spec_kind { SPEC_REG, SPEC_MEM, SPEC_REG_OR_MEM, SPEC_IMPLICIT };

enum spec_outcome {
	SPEC_SUCCEED,
	SPEC_FAIL_INVALID,
	SPEC_FAIL_VALID,
	SPEC_NR_OUTCOMES
};

#define SPEC_OUT(o)		(1u << (o))
/* A descriptor field: first bit and width, as two arguments. */
#define SPEC_BITS(low, width)	(low), (width)
#define SPEC_MAX_OPERANDS	4

struct spec_operand {
	const char *name;
	enum spec_role role;
	enum spec_kind kind;
	unsigned int width;	/* bits, in 64-bit mode */
	const char *reg;	/* implicit operands: "eax", ... */
};

struct spec_insn_info {
	const char *name;
	unsigned char prefix;	/* mandatory prefix, 0 if none */
	unsigned char map;	/* enum spec_map */
	unsigned char opcode;
	unsigned char modrm;	/* enum spec_modrm */
	unsigned char modrm_value;
	unsigned int outcomes;	/* SPEC_OUT() mask */
	bool enters_guest;	/* VMsucceed does not return to the caller */
	unsigned int error;	/* a VM-instruction error it can report */
	unsigned int nr_operands;
	struct spec_operand operands[SPEC_MAX_OPERANDS];	/* Intel order */
};

struct spec_vmcs_field {
	const char *name;
	unsigned int encoding;
	unsigned int width;	/* 16, 32, 64, or 0 for natural width */
};

#endif /* HARNESS_SPEC_H */
