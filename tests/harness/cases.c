// SPDX-License-Identifier: MIT
/*
 * Run every generated wrapper against the trap-and-emulate "CPU", once per
 * outcome the spec says it can report.  This file is compiled once per
 * compiler and optimisation level (HARNESS_OPT names the level); emu.c,
 * the "CPU", is compiled once.
 *
 * For each case: did the wrapper execute exactly one VMX instruction, the
 * one the spec describes; did the "CPU" see the operands the caller passed;
 * did outputs land where the caller asked; is the status the outcome.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <vmxgen/vmx.h>

#include "emu.h"
#include "tap.h"

#ifdef __clang__
#define COMPILER "clang"
#else
#define COMPILER "gcc"
#endif
#ifndef HARNESS_OPT
#define HARNESS_OPT "-O?"
#endif

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
	return tap_ok(ok, "%s %s %s %s: %s", COMPILER, HARNESS_OPT,
		      spec_insns[cur_insn].name, outcome_names[cur_oc], what);
}

static void diag_bytes(const char *what, const unsigned char *b, size_t n)
{
	char buf[3 * 16 + 1];
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

static void check_operand(const struct emu_trap *t, unsigned int i,
			  unsigned long long want, const char *what)
{
	bool ok = t && t->op[i].value == want;

	if (!check(ok, "%s", what) && t)
		tap_diag("  got %#llx (%s), want %#llx", t->op[i].value,
			 t->op[i].is_mem ? "memory" : t->op[i].reg, want);
}

static void check_descriptor(const struct emu_trap *t, unsigned int i,
			     const unsigned char *want, size_t size)
{
	bool ok = t && t->op[i].is_mem && !memcmp(t->op[i].bytes, want, size);

	if (!check(ok, "descriptor bytes") && t) {
		diag_bytes("got ", t->op[i].bytes, size);
		diag_bytes("want", want, size);
	}
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
#ifdef HARNESS_HAVE_INSN_ERROR
	emu_expect(SPEC_VMREAD, SPEC_SUCCEED, 0);
	emu_begin();
	v = (unsigned long)vmx_insn_error();
	emu_end();
	if (!check(v == want && emu_nr_traps() == 1,
		   "error number via vmx_insn_error()"))
		tap_diag("  error %lu, want %u", v, want);
#endif
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
	unsigned int k = oc % 2;

	desc_put(want, SPEC_DESC_INVEPT_EPTP, eptp);
	t = RUN(SPEC_INVEPT, oc, st = vmx_invept(types[k].type, eptp));
	check_operand(t, 0, types[k].want, "type register");
	check_descriptor(t, 1, want, sizeof(want));
	check_status(st);
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

	desc_put(want, SPEC_DESC_INVVPID_VPID, vpid);
	desc_put(want, SPEC_DESC_INVVPID_LINEAR_ADDRESS, la);
	t = RUN(SPEC_INVVPID, oc, st = vmx_invvpid(types[oc].type, vpid, la));
	check_operand(t, 0, types[oc].want, "type register");
	check_descriptor(t, 1, want, sizeof(want));
	check_status(st);
}

static __attribute__((noinline)) void case_vmptrld(enum spec_outcome oc)
{
	const struct emu_trap *t;
	enum vmx_status st = -1;

	t = RUN(SPEC_VMPTRLD, oc, st = vmx_vmptrld(VMCS_B));
	check_operand(t, 0, VMCS_B, "pointer operand");
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
	check_operand(t, 0, VMXON_REGION, "pointer operand");
	check_status(st);
}

static __attribute__((noinline)) void case_vmclear(enum spec_outcome oc)
{
	const struct emu_trap *t;
	enum vmx_status st = -1;

	t = RUN(SPEC_VMCLEAR, oc, st = vmx_vmclear(VMCS_A));
	check_operand(t, 0, VMCS_A, "pointer operand");
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
	const struct emu_trap *t;

	t = RUN(SPEC_VMPTRST, oc, vmx_vmptrst(&out.pa));
	if (!check(out.pa == VMCS_A, "pointer lands in *pa"))
		tap_diag("  got %#llx, want %#llx",
			 (unsigned long long)out.pa, VMCS_A);
	check(out.before == GUARD && out.after == GUARD,
	      "nothing written beside *pa");
	if (t && t->op[0].is_mem && t->op[0].addr != (uintptr_t)&out.pa)
		tap_diag("  stored through a temporary at %#llx", t->op[0].addr);
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
	check_operand(t, 1, field, "field register");
	check_status(st);
	if (oc == SPEC_SUCCEED && !check(out.value == value,
					 "value lands in *value"))
		tap_diag("  got %#lx, want %#llx", out.value, value);
	check(out.before == GUARD && out.after == GUARD,
	      "nothing written beside *value");
	if (t)
		tap_diag("  destination: %s", t->op[0].is_mem ? "memory" : t->op[0].reg);
}

static __attribute__((noinline)) void case_vmwrite(enum spec_outcome oc)
{
	const unsigned long field = SPEC_VMCS_HOST_RIP;
	const unsigned long value = 0xffffffff81234567UL - oc;
	unsigned long back = GUARD;
	const struct emu_trap *t;
	enum vmx_status st = -1;

	t = RUN(SPEC_VMWRITE, oc, st = vmx_vmwrite(field, value));
	check_operand(t, 0, field, "field register");
	check_operand(t, 1, value, "value operand");
	check_status(st);
	if (t)
		tap_diag("  source: %s", t->op[1].is_mem ? "memory" : t->op[1].reg);
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
	check_operand(t, 0, function, "function in eax");
	check_operand(t, 1, index, "index in ecx");
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
	if (!(s->outcomes & SPEC_OUT(oc))) {
		if (oc == SPEC_SUCCEED && s->enters_guest)
			tap_skip("VMsucceed enters the guest and does not return",
				 "%s %s %s succeed", COMPILER, HARNESS_OPT,
				 s->name);
		return;
	}
	if (why) {
		tap_skip(why, "%s %s %s %s", COMPILER, HARNESS_OPT, s->name,
			 outcome_names[oc]);
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

/* The variant's flags took effect (CFLAGS cannot override them). */
static void check_variant(void)
{
	const char *opt = HARNESS_OPT;
#if !defined(__OPTIMIZE__)
	const char *built = "-O0";
#elif defined(__OPTIMIZE_SIZE__)
	const char *built = "-Os";
#else
	const char *built = "-O2 or -O3";
#endif

	tap_ok(strstr(built, opt) != NULL, "%s %s: compiled as %s", COMPILER,
	       opt, built);
}

int main(void)
{
	int insn, oc;

	tap_start();
	emu_init();
	check_variant();
	for (insn = 0; insn < SPEC_NR_INSNS; insn++)
		tap_diag("%s: %s", spec_insns[insn].name, emu_how(insn));
	for (insn = 0; insn < SPEC_NR_INSNS; insn++)
		for (oc = 0; oc < SPEC_NR_OUTCOMES; oc++)
			run(insn, oc);
	return tap_done();
}
