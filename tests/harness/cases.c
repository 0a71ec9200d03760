// SPDX-License-Identifier: MIT
/*
 * Run every generated wrapper against the trap-and-emulate "CPU", once per
 * outcome the spec says it can report.  This file is compiled once per
 * compiler and variant (-DHARNESS_VARIANT=O2, ..., or asan); emu.c, the
 * "CPU", is compiled once.
 *
 * For each case: did the wrapper execute exactly one VMX instruction, the
 * one the spec describes; did the "CPU" see the operands the caller passed;
 * did outputs land where the caller asked; is the status the outcome.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <vmxgen/vmx.h>

#include "emu.h"
#include "tap.h"
#include "variant.h"

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))

#define VMCS_A		0x0000000123456000ULL	/* the current VMCS */
#define VMCS_B		0x00000007fedcb000ULL
#define VMXON_REGION	0x0000000000abc000ULL
#define GUARD		0x5a5a5a5a5a5a5a5aUL

static const char *const outcome_names[SPEC_NR_OUTCOMES] = {
	[SPEC_SUCCEED] = "succeed",
	[SPEC_FAIL_INVALID] = "fail_invalid",
	[SPEC_FAIL_VALID] = "fail_valid",
};

static const enum vmx_status outcome_status[SPEC_NR_OUTCOMES] = {
	[SPEC_SUCCEED] = VMX_SUCCEED,
	[SPEC_FAIL_INVALID] = VMX_FAIL_INVALID,
	[SPEC_FAIL_VALID] = VMX_FAIL_VALID,
};

/* The case being run, for naming its checks. */
static enum spec_insn cur_insn;
static enum spec_outcome cur_oc;

static __attribute__((format(printf, 2, 3)))
bool check(bool ok, const char *fmt, ...)
{
	char what[128];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	return tap_ok(ok, "%s %s %s: %s", variant,
		      spec_insns[cur_insn].name, outcome_names[cur_oc], what);
}

static void diag_bytes(const char *what, const unsigned char *b, size_t n)
{
	char buf[3 * 16 + 1] = "";
	size_t i;

	for (i = 0; i < n && i < 16; i++)
		sprintf(buf + 3 * i, " %02x", b[i]);
	tap_diag("  %s:%s", what, buf);
}

/* Put a value into a descriptor at a SPEC_BITS(low, width) position. */
static void desc_put(unsigned char *d, unsigned int low, unsigned int width,
		     unsigned long long v)
{
	unsigned int i;

	for (i = 0; i < width && i < 64; i++)
		if (v >> i & 1)
			d[(low + i) / 8] |= 1u << ((low + i) % 8);
}

/* The wrapper ran exactly one VMX instruction: this one, as the spec says. */
static const struct emu_trap *check_trap(enum spec_insn insn)
{
	const struct emu_trap *t = emu_trap(0);
	unsigned int n = emu_nr_traps();
	bool ok = n == 1 && t->insn == insn && !t->bad[0];

	check(ok, "executes one %s, encoded as the spec says",
	      spec_insns[insn].name);
	if (n != 1)
		tap_diag("  the CPU saw %u VMX instructions", n);
	if (t && t->insn != insn)
		tap_diag("  decoded %s", spec_insns[t->insn].name);
	if (t && t->bad[0])
		tap_diag("  %s", t->bad);
	return n ? t : NULL;
}

static void check_status(enum vmx_status st)
{
	if (!check(st == outcome_status[cur_oc], "status"))
		tap_diag("  got %d, want %d", st, outcome_status[cur_oc]);
}

/* The operand the spec calls @name, as the "CPU" saw it. */
static const struct emu_operand *operand(const struct emu_trap *t,
					 const char *name)
{
	const struct emu_operand *o = emu_operand(t, name);

	if (t && !o)
		tap_diag("  the spec has no %s operand '%s'",
			 spec_insns[t->insn].name, name);
	return o;
}

static void check_operand(const struct emu_trap *t, const char *name,
			  unsigned long long want, const char *what)
{
	const struct emu_operand *o = operand(t, name);

	if (!check(o && o->value == want, "%s", what) && o)
		tap_diag("  got %#llx (%s), want %#llx", o->value,
			 o->is_mem ? "memory" : o->reg, want);
}

/* The value of operand @name in the only trap, or GUARD. */
static unsigned long long seen(const char *name)
{
	const struct emu_operand *o = NULL;

	if (emu_nr_traps() == 1)
		o = emu_operand(emu_trap(0), name);
	return o ? o->value : GUARD;
}

static void check_descriptor(const struct emu_trap *t,
			     const unsigned char *want, size_t size)
{
	const struct emu_operand *o = operand(t, "descriptor");

	if (!check(o && o->is_mem && !memcmp(o->bytes, want, size),
		   "descriptor bytes") && o) {
		diag_bytes("got ", o->bytes, size);
		diag_bytes("want", want, size);
	}
}

static void diag_form(const struct emu_trap *t, const char *name)
{
	const struct emu_operand *o = operand(t, name);

	if (o)
		tap_diag("  %s: %s", name, o->is_mem ? "memory" : o->reg);
}

/*
 * After VMfailValid the error number is in the current VMCS: fetch it the
 * way a caller would.
 */
static void check_error(unsigned int want)
{
	unsigned long v = GUARD;
	enum vmx_status st;

	emu_expect(SPEC_VMREAD, SPEC_SUCCEED, 0);
	emu_begin();
	st = vmx_vmread(SPEC_VMCS_VM_INSTRUCTION_ERROR, &v);
	emu_end();
	if (!check(st == VMX_SUCCEED && v == want && emu_nr_traps() == 1,
		   "error number via vmread"))
		tap_diag("  status %d, error %lu, want %u", st, v, want);

	emu_expect(SPEC_VMREAD, SPEC_SUCCEED, 0);
	emu_begin();
	v = vmx_insn_error();
	emu_end();
	if (!check(v == want && emu_nr_traps() == 1,
		   "error number via vmx_insn_error()"))
		tap_diag("  error %lu, want %u", v, want);
}

/* Where the current VMCS pointer is, through VMPTRST. */
static unsigned long long current_vmcs(void)
{
	vmx_u64 pa = GUARD;

	emu_expect(SPEC_VMPTRST, SPEC_SUCCEED, 0);
	emu_begin();
	vmx_vmptrst(&pa);
	emu_end();
	return emu_nr_traps() == 1 ? pa : GUARD;
}

/* --- One function per wrapper; each runs one outcome. --- */

#define RUN(insn, oc, call)				\
	({						\
		emu_expect(insn, oc, spec_insns[insn].error); \
		emu_begin();				\
		call;					\
		emu_end();				\
		check_trap(insn);			\
	})

static __attribute__((noinline)) void case_invept(enum spec_outcome oc)
{
	static const struct {
		enum vmx_invept_type type;
		unsigned long long want;
	} types[] = {
		{ VMX_INVEPT_SINGLE_CONTEXT, SPEC_VMX_INVEPT_SINGLE_CONTEXT },
		{ VMX_INVEPT_GLOBAL, SPEC_VMX_INVEPT_GLOBAL },
	};
	vmx_u64 eptp = 0x800000012345601eULL | (vmx_u64)oc << 32;
	unsigned char want[SPEC_DESC_INVEPT_BYTES] = { 0 };
	const struct emu_trap *t;
	enum vmx_status st = -1;
	unsigned int k = oc % ARRAY_SIZE(types);
	bool ok = true;

	desc_put(want, SPEC_DESC_INVEPT_EPTP, eptp);
	t = RUN(SPEC_INVEPT, oc, st = vmx_invept(types[k].type, eptp));
	check_operand(t, "type", types[k].want, "type register");
	check_descriptor(t, want, sizeof(want));
	check_status(st);
	if (oc != SPEC_SUCCEED)
		return;
	for (k = 0; k < ARRAY_SIZE(types); k++) {
		emu_expect(SPEC_INVEPT, SPEC_SUCCEED, 0);
		emu_begin();
		st = vmx_invept(types[k].type, eptp);
		emu_end();
		ok &= st == VMX_SUCCEED && seen("type") == types[k].want;
	}
	check(ok, "every type reaches the type register");
}

static __attribute__((noinline)) void case_invvpid(enum spec_outcome oc)
{
	static const struct {
		enum vmx_invvpid_type type;
		unsigned long long want;
	} types[] = {
		{ VMX_INVVPID_SINGLE_CONTEXT_RETAINING_GLOBALS,
		  SPEC_VMX_INVVPID_SINGLE_CONTEXT_RETAINING_GLOBALS },
		{ VMX_INVVPID_INDIVIDUAL_ADDRESS,
		  SPEC_VMX_INVVPID_INDIVIDUAL_ADDRESS },
		{ VMX_INVVPID_SINGLE_CONTEXT, SPEC_VMX_INVVPID_SINGLE_CONTEXT },
		{ VMX_INVVPID_ALL_CONTEXT, SPEC_VMX_INVVPID_ALL_CONTEXT },
	};
	/* Top bit set: a sign extension would show in the reserved bits. */
	vmx_u16 vpid = 0x8001 + oc;
	vmx_u64 la = 0xffff800012345678ULL + oc;
	unsigned char want[SPEC_DESC_INVVPID_BYTES] = { 0 };
	const struct emu_trap *t;
	enum vmx_status st = -1;
	unsigned int k = oc % ARRAY_SIZE(types);
	bool ok = true;

	desc_put(want, SPEC_DESC_INVVPID_VPID, vpid);
	desc_put(want, SPEC_DESC_INVVPID_LINEAR_ADDRESS, la);
	t = RUN(SPEC_INVVPID, oc, st = vmx_invvpid(types[k].type, vpid, la));
	check_operand(t, "type", types[k].want, "type register");
	check_descriptor(t, want, sizeof(want));
	check_status(st);
	if (oc != SPEC_SUCCEED)
		return;
	for (k = 0; k < ARRAY_SIZE(types); k++) {
		emu_expect(SPEC_INVVPID, SPEC_SUCCEED, 0);
		emu_begin();
		st = vmx_invvpid(types[k].type, vpid, la);
		emu_end();
		ok &= st == VMX_SUCCEED && seen("type") == types[k].want;
	}
	check(ok, "every type reaches the type register");
}

static __attribute__((noinline)) void case_vmptrld(enum spec_outcome oc)
{
	const struct emu_trap *t;
	enum vmx_status st = -1;

	t = RUN(SPEC_VMPTRLD, oc, st = vmx_vmptrld(VMCS_B));
	check_operand(t, "vmcs_pa", VMCS_B, "pointer operand");
	check_status(st);
	if (oc == SPEC_SUCCEED)
		check(current_vmcs() == VMCS_B, "vmptrst gives it back");
}

static __attribute__((noinline)) void case_vmxon(enum spec_outcome oc)
{
	const struct emu_trap *t;
	enum vmx_status st = -1;

	/* VMfailValid: VMXON in VMX root operation; else not yet in it. */
	if (oc != SPEC_FAIL_VALID)
		emu_reset(false, EMU_NO_VMCS);
	t = RUN(SPEC_VMXON, oc, st = vmx_vmxon(VMXON_REGION));
	check_operand(t, "vmxon_pa", VMXON_REGION, "pointer operand");
	check_status(st);
}

static __attribute__((noinline)) void case_vmclear(enum spec_outcome oc)
{
	const struct emu_trap *t;
	enum vmx_status st = -1;

	t = RUN(SPEC_VMCLEAR, oc, st = vmx_vmclear(VMCS_A));
	check_operand(t, "vmcs_pa", VMCS_A, "pointer operand");
	check_status(st);
	if (oc == SPEC_SUCCEED)
		check(current_vmcs() == EMU_NO_VMCS,
		      "vmptrst shows no current VMCS");
}

static __attribute__((noinline)) void case_vmptrst(enum spec_outcome oc)
{
	struct {
		unsigned long before;
		vmx_u64 pa;
		unsigned long after;
	} out = { GUARD, GUARD, GUARD };

	RUN(SPEC_VMPTRST, oc, vmx_vmptrst(&out.pa));
	if (!check(out.pa == VMCS_A, "pointer lands in *pa"))
		tap_diag("  got %#llx, want %#llx",
			 (unsigned long long)out.pa, VMCS_A);
	check(out.before == GUARD && out.after == GUARD,
	      "nothing written beside *pa");
}

static __attribute__((noinline)) void case_vmread(enum spec_outcome oc)
{
	const unsigned long field = SPEC_VMCS_GUEST_RIP;
	const unsigned long long value = 0xfedcba9876543210ULL;
	struct {
		unsigned long before, value, after;
	} out = { GUARD, GUARD, GUARD };
	const struct emu_trap *t;
	enum vmx_status st = -1;

	emu_vmcs_set(VMCS_A, field, value);
	t = RUN(SPEC_VMREAD, oc, st = vmx_vmread(field, &out.value));
	diag_form(t, "value");
	check_operand(t, "field", field, "field register");
	check_status(st);
	/* On VMfail the CPU writes nothing, so neither may the wrapper. */
	if (oc == SPEC_SUCCEED && !check(out.value == value,
					 "value lands in *value"))
		tap_diag("  got %#lx, want %#llx", out.value, value);
	if (oc != SPEC_SUCCEED && !check(out.value == GUARD,
					 "*value untouched"))
		tap_diag("  got %#lx", out.value);
	check(out.before == GUARD && out.after == GUARD,
	      "nothing written beside *value");
}

static __attribute__((noinline)) void case_vmwrite(enum spec_outcome oc)
{
	const unsigned long field = SPEC_VMCS_HOST_RIP;
	const unsigned long value = 0xffffffff81234567UL - oc;
	unsigned long back = GUARD;
	const struct emu_trap *t;
	enum vmx_status st = -1;

	t = RUN(SPEC_VMWRITE, oc, st = vmx_vmwrite(field, value));
	diag_form(t, "value");
	check_operand(t, "field", field, "field register");
	check_operand(t, "value", value, "value operand");
	check_status(st);
	if (oc != SPEC_SUCCEED)
		return;
	emu_expect(SPEC_VMREAD, SPEC_SUCCEED, 0);
	emu_begin();
	st = vmx_vmread(field, &back);
	emu_end();
	check(st == VMX_SUCCEED && back == value, "vmread gives it back");
}

static __attribute__((noinline)) void case_vmfunc(enum spec_outcome oc)
{
	const vmx_u32 function = 0, index = 0x1ff;
	const struct emu_trap *t;

	t = RUN(SPEC_VMFUNC, oc, vmx_vmfunc(function, index));
	check_operand(t, "function", function, "function in eax");
	check_operand(t, "index", index, "index in ecx");
}

#define CASE_NO_OPERANDS(name, insn)					\
static __attribute__((noinline)) void case_##name(enum spec_outcome oc)	\
{									\
	enum vmx_status st = -1;					\
									\
	RUN(insn, oc, st = vmx_##name());				\
	check_status(st);						\
}

CASE_NO_OPERANDS(vmxoff, SPEC_VMXOFF)
CASE_NO_OPERANDS(vmlaunch, SPEC_VMLAUNCH)
CASE_NO_OPERANDS(vmresume, SPEC_VMRESUME)
CASE_NO_OPERANDS(vmcall, SPEC_VMCALL)

static void (*const cases[SPEC_NR_INSNS])(enum spec_outcome) = {
	[SPEC_INVEPT] = case_invept,
	[SPEC_INVVPID] = case_invvpid,
	[SPEC_VMCALL] = case_vmcall,
	[SPEC_VMCLEAR] = case_vmclear,
	[SPEC_VMFUNC] = case_vmfunc,
	[SPEC_VMLAUNCH] = case_vmlaunch,
	[SPEC_VMPTRLD] = case_vmptrld,
	[SPEC_VMPTRST] = case_vmptrst,
	[SPEC_VMREAD] = case_vmread,
	[SPEC_VMRESUME] = case_vmresume,
	[SPEC_VMWRITE] = case_vmwrite,
	[SPEC_VMXOFF] = case_vmxoff,
	[SPEC_VMXON] = case_vmxon,
};

static void run(enum spec_insn insn, enum spec_outcome oc)
{
	const struct spec_insn_info *s = &spec_insns[insn];
	const char *why = emu_unusable(insn);

	cur_insn = insn;
	cur_oc = oc;
	/* Only the outcomes the spec lists: VMLAUNCH/VMRESUME never return
	 * VMsucceed, they enter the guest. */
	if (!(s->outcomes & SPEC_OUT(oc)))
		return;
	if (why) {
		tap_skip(why, "%s %s %s", variant, s->name, outcome_names[oc]);
		return;
	}
	if (!cases[insn]) {
		check(false, "the harness has a case for it");
		return;
	}
	/* In VMX root operation, with VMCS_A current, unless a case says. */
	emu_reset(true, VMCS_A);
	emu_dirty_stack();
	cases[insn](oc);
	if (oc == SPEC_FAIL_VALID)
		check_error(s->error);
}

/* --- vmx_insn_error() when there is nothing to read. --- */

/* Without a current VMCS the VMREAD fails, and vmx_insn_error() says 0. */
static void check_insn_error_without_vmcs(void)
{
	const struct emu_operand *field;
	unsigned int error;

	emu_reset(true, EMU_NO_VMCS);
	emu_expect(SPEC_VMREAD, SPEC_FAIL_INVALID, 0);
	emu_begin();
	error = vmx_insn_error();
	emu_end();
	field = operand(emu_trap(0), "field");
	tap_ok(error == 0 && emu_nr_traps() == 1 && field &&
	       field->value == SPEC_VMCS_VM_INSTRUCTION_ERROR,
	       "%s vmx_insn_error() without a current VMCS: 0", variant);
}

int main(void)
{
	int insn, oc;

	tap_start();
	emu_init();
	variant_check();
	for (insn = 0; insn < SPEC_NR_INSNS; insn++)
		tap_diag("%s: %s", spec_insns[insn].name, emu_how(insn));
	for (insn = 0; insn < SPEC_NR_INSNS; insn++)
		for (oc = 0; oc < SPEC_NR_OUTCOMES; oc++)
			run(insn, oc);
	if (!emu_unusable(SPEC_VMREAD))
		check_insn_error_without_vmcs();
	return tap_done();
}
