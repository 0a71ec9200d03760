// SPDX-License-Identifier: MIT
/*
 * The typed VMCS accessors of vmcs_fields.h against the trap-and-emulate
 * "CPU": for every field in the spec, vmx_vmcs_read_NAME() and the width-checked
 * vmx_vmreadW() read a value the model holds, and (unless the field is
 * read-only) vmx_vmcs_write_NAME() and vmx_vmwriteW() store one.  Each must run
 * exactly one VMREAD or VMWRITE with the spec's field encoding.
 *
 * The encodings do not depend on the optimisation level, and these ~700
 * small functions take a second or two to compile, so this runs at -O2
 * only (for each compiler); cases.c covers the levels.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <vmxgen/vmx.h>

#include "emu.h"
#include "tap.h"
#include "variant.h"

#define VMCS_A		0x0000000123456000ULL	/* the current VMCS */

typedef vmx_u16 field_16;
typedef vmx_u32 field_32;
typedef vmx_u64 field_64;
typedef unsigned long field_l;

/* A value per field and @salt, cut to the width, with its top bit set. */
static unsigned long long field_value(unsigned int encoding,
				      const char *width, unsigned int salt)
{
	unsigned long long v = 0xf8e7d6c5b4a39281ULL ^
			       (unsigned long long)encoding << 20 ^ salt << 4;

	if (!strcmp(width, "16"))
		return (v & 0xffff) | 0x8000;
	if (!strcmp(width, "32"))
		return (v & 0xffffffff) | 0x80000000;
	return v | 1ULL << 63;
}

/*
 * The accessors ran exactly @n VMX instructions, all @insn on field
 * @encoding, and (for writes) with the values @values.
 */
static bool field_traps(enum spec_insn insn, unsigned int n,
			unsigned long encoding, const unsigned long long *values)
{
	unsigned int i;

	if (emu_nr_traps() != n)
		return false;
	for (i = 0; i < n; i++) {
		const struct emu_trap *t = emu_trap(i);
		const struct emu_operand *field = emu_operand(t, "field");
		const struct emu_operand *value = emu_operand(t, "value");

		if (t->insn != insn || t->bad[0] || !field || !value ||
		    field->value != encoding ||
		    (values && value->value != values[i]))
			return false;
	}
	return true;
}

static bool field_ok(bool ok, const char *name, const char *what)
{
	unsigned int i;

	if (tap_ok(ok, "%s vmcs %s: %s", variant, name, what))
		return true;
	for (i = 0; i < emu_nr_traps(); i++) {
		const struct emu_trap *t = emu_trap(i);
		const struct emu_operand *field = emu_operand(t, "field");
		const struct emu_operand *value = emu_operand(t, "value");

		tap_diag("  %s field %#llx value %#llx %s",
			 spec_insns[t->insn].name, field ? field->value : 0,
			 value ? value->value : 0, t->bad);
	}
	return false;
}

/*
 * Per field, only the accessor calls are its own code (rd_NAME, wr_NAME:
 * the field's encoding and, for writes, its values are constants there,
 * as in a caller); the checks around them are shared (check_read(),
 * check_write()).  Expanding the checks into every field's function made
 * this file take seconds to compile.
 */
struct field_case {
	const char *name;
	unsigned int encoding;
	const char *width;
	void (*rd)(enum vmx_status st[2], unsigned long long got[2]);
	void (*wr)(enum vmx_status st[2]);	/* NULL: read-only */
};

/* Read a preset value through vmx_vmcs_read_NAME() and vmx_vmreadW(). */
#define FIELD_READ(name, encoding, w)					\
static __attribute__((noinline)) void rd_##name(enum vmx_status st[2],	\
						unsigned long long got[2]) \
{									\
	field_##w typed = 0, sized = 0;					\
									\
	st[0] = vmx_vmcs_read_##name(&typed);				\
	st[1] = vmx_vmread##w(encoding, &sized);			\
	got[0] = typed;							\
	got[1] = sized;							\
}

/* Write through vmx_vmcs_write_NAME() and vmx_vmwriteW(). */
#define FIELD_WRITE(name, encoding, w)					\
static __attribute__((noinline)) void wr_##name(enum vmx_status st[2])	\
{									\
	st[0] = vmx_vmcs_write_##name((field_##w)field_value(encoding, #w, 2)); \
	st[1] = vmx_vmwrite##w(encoding, (field_##w)field_value(encoding, #w, 3)); \
}

#define FIELD_RW(name, encoding, w)					\
	FIELD_READ(name, encoding, w)					\
	FIELD_WRITE(name, encoding, w)
#define FIELD_RO(name, encoding, w) FIELD_READ(name, encoding, w)
#define FIELD_RW_ENTRY(name, encoding, w) \
	{ #name, encoding, #w, rd_##name, wr_##name },
#define FIELD_RO_ENTRY(name, encoding, w) \
	{ #name, encoding, #w, rd_##name, NULL },

SPEC_VMCS_WRITABLE_FIELDS(FIELD_RW)
SPEC_VMCS_READ_ONLY_FIELDS(FIELD_RO)

static const struct field_case field_cases[] = {
	SPEC_VMCS_WRITABLE_FIELDS(FIELD_RW_ENTRY)
	SPEC_VMCS_READ_ONLY_FIELDS(FIELD_RO_ENTRY)
};

static void check_read(const struct field_case *f)
{
	const unsigned long long want = field_value(f->encoding, f->width, 1);
	enum vmx_status st[2] = { 0, 0 };
	unsigned long long got[2] = { 0, 0 };
	char what[160];

	emu_reset(true, VMCS_A);
	emu_vmcs_set(VMCS_A, f->encoding, want);
	emu_expect(SPEC_VMX_VMREAD, SPEC_OC_VMX_SUCCEED, 0);
	emu_expect(SPEC_VMX_VMREAD, SPEC_OC_VMX_SUCCEED, 0);
	emu_begin();
	f->rd(st, got);
	emu_end();
	snprintf(what, sizeof(what), "vmx_vmcs_read_%s() and vmx_vmread%s()",
		 f->name, f->width);
	if (!field_ok(st[0] == VMX_SUCCEED && st[1] == VMX_SUCCEED &&
		      got[0] == want && got[1] == want &&
		      field_traps(SPEC_VMX_VMREAD, 2, f->encoding, NULL),
		      f->name, what))
		tap_diag("  got %#llx and %#llx (status %d, %d), want %#llx",
			 got[0], got[1], st[0], st[1], want);
}

static void check_write(const struct field_case *f)
{
	const unsigned long long v[2] = {
		field_value(f->encoding, f->width, 2),
		field_value(f->encoding, f->width, 3),
	};
	enum vmx_status st[2] = { 0, 0 };
	char what[160];

	emu_reset(true, VMCS_A);
	emu_expect(SPEC_VMX_VMWRITE, SPEC_OC_VMX_SUCCEED, 0);
	emu_expect(SPEC_VMX_VMWRITE, SPEC_OC_VMX_SUCCEED, 0);
	emu_begin();
	f->wr(st);
	emu_end();
	snprintf(what, sizeof(what), "vmx_vmcs_write_%s() and vmx_vmwrite%s()",
		 f->name, f->width);
	field_ok(st[0] == VMX_SUCCEED && st[1] == VMX_SUCCEED &&
		 field_traps(SPEC_VMX_VMWRITE, 2, f->encoding, v) &&
		 emu_vmcs_get(VMCS_A, f->encoding) == v[1], f->name, what);
}

int main(void)
{
	size_t i;

	tap_start();
	emu_init();
	variant_check();
	if (emu_unusable(SPEC_VMX_VMREAD) || emu_unusable(SPEC_VMX_VMWRITE)) {
		tap_skip(emu_unusable(SPEC_VMX_VMREAD) ? emu_unusable(SPEC_VMX_VMREAD) :
			 emu_unusable(SPEC_VMX_VMWRITE), "%s vmcs fields", variant);
		return tap_done();
	}
	for (i = 0; i < sizeof(field_cases) / sizeof(field_cases[0]); i++) {
		check_read(&field_cases[i]);
		if (field_cases[i].wr)
			check_write(&field_cases[i]);
	}
	return tap_done();
}
