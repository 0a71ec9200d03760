// SPDX-License-Identifier: MIT
/*
 * vmx_run_guest() (generated/vmxgen/vmx_entry.S) against the
 * trap-and-emulate "CPU" of emu.c, which enters no guest: a VMLAUNCH or
 * VMRESUME scripted to succeed is checked as the CPU checks a VM entry
 * and comes straight back with a VM exit to HOST_RSP/HOST_RIP, every GPR
 * then holding what the script says the guest left there.  This file is
 * built per compiler and level (-DHARNESS_VARIANT=O2), under ASan and
 * UBSan, and with hooks (-DHARNESS_FAULT_HOOK: the program then links
 * entry-hook.S, which assembles vmx_entry.S with a fault hook and entry
 * hooks); vmx_entry.S and entry-call.S are assembled by the variant's
 * compiler.  The checks:
 *   - struct vmx_guest_regs: 15 registers of 8 bytes, in the contract's
 *     order;
 *   - vmx_run_guest_init_vmcs() executes one VMWRITE, HOST_RIP, to an
 *     address inside vmx_run_guest(), and returns its status;
 *   - a call executes VMWRITE HOST_RSP only when *host_rsp is not the
 *     stack pointer it enters with (then *host_rsp becomes it; a failed or
 *     faulting VMWRITE leaves it), then VMLAUNCH if @launched is false,
 *     VMRESUME if true; the "CPU" checks at each entry that HOST_RSP is
 *     the stack pointer and HOST_RIP was written;
 *   - each value the host put in regs is in its GPR at VMLAUNCH/VMRESUME,
 *     and each GPR the guest left lands in its slot of regs;
 *   - rbx, rbp, r12-r15 hold the caller's values after every outcome,
 *     RSP is where it was and the caller's stack is untouched: an
 *     assembly caller (entry-call.S) puts known values there and
 *     canaries on its stack, and C locals held in those registers
 *     survive too;
 *   - VMfailValid and VMfailInvalid of VMLAUNCH/VMRESUME, or of the
 *     VMWRITE, come back as VMX_FAIL_VALID and VMX_FAIL_INVALID with regs
 *     unchanged; a VM-entry failure (exit reason bit 31, no guest ran)
 *     is a VM exit: VMX_SUCCEED, regs as the host put them;
 *   - with the fault hook: VMLAUNCH, VMRESUME or a VMWRITE that faults
 *     returns VMX_FAULT, host intact, regs unchanged;
 *   - with the entry hooks of entry-hook.S (the hook variants): BEFORE
 *     runs once per call that got past the VMWRITEs, AFTER exactly as
 *     often, finding the guest's registers cleared; what the two may
 *     clobber, they do, and nothing above changes.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "emu.h"
#include "tap.h"
#include "variant.h"

#include <vmxgen/vmx.h>

/*
 * The code of the entry: HOST_RIP must be inside the first function and
 * before the second.  The Rust crate's test (tests/rust/main.rs, driver
 * entry) calls vmx_run_guest() and vmx_run_guest_init_vmcs() as bridges
 * to its vmx::run_guest() and vmx::run_guest_init_vmcs(), whose assembler
 * functions it names here.
 */
#ifdef ENTRY_TEXT_START
extern char ENTRY_TEXT_START[], ENTRY_TEXT_END[];
#else
#define ENTRY_TEXT_START	vmx_run_guest
#define ENTRY_TEXT_END		vmx_run_guest_init_vmcs
#endif

#ifdef HARNESS_FAULT_HOOK
/* entry-hook.S: vmx_entry.S with the fault hook and the entry hooks. */
extern const struct emu_fixup __start_harness_fixups[];
extern const struct emu_fixup __stop_harness_fixups[];
extern uint64_t entry_hook_before, entry_hook_after, entry_hook_after_regs;
#endif

#define VMCS_A		0x0000000123456000ULL
#define CANARY		0xca0a5a1e5eedf00dULL
#define NR_REGS		15

/* A member of an entry's register struct and its register. */
struct slot {
	const char *name;
	size_t offset;
	unsigned int gpr;	/* x86 numbering, as in struct emu_trap */
};

/* The slots of struct vmx_guest_regs, in order, and their GPR numbers. */
static const struct slot slot[NR_REGS] = {
	{ "rax", offsetof(struct vmx_guest_regs, rax), 0 },
	{ "rcx", offsetof(struct vmx_guest_regs, rcx), 1 },
	{ "rdx", offsetof(struct vmx_guest_regs, rdx), 2 },
	{ "rbx", offsetof(struct vmx_guest_regs, rbx), 3 },
	{ "rbp", offsetof(struct vmx_guest_regs, rbp), 5 },
	{ "rsi", offsetof(struct vmx_guest_regs, rsi), 6 },
	{ "rdi", offsetof(struct vmx_guest_regs, rdi), 7 },
	{ "r8", offsetof(struct vmx_guest_regs, r8), 8 },
	{ "r9", offsetof(struct vmx_guest_regs, r9), 9 },
	{ "r10", offsetof(struct vmx_guest_regs, r10), 10 },
	{ "r11", offsetof(struct vmx_guest_regs, r11), 11 },
	{ "r12", offsetof(struct vmx_guest_regs, r12), 12 },
	{ "r13", offsetof(struct vmx_guest_regs, r13), 13 },
	{ "r14", offsetof(struct vmx_guest_regs, r14), 14 },
	{ "r15", offsetof(struct vmx_guest_regs, r15), 15 },
};

static const char *const callee_saved[6] = {
	"rbx", "rbp", "r12", "r13", "r14", "r15"
};

/* entry-call.S: the six callee-saved registers and the stack around the call. */
enum vmx_status entry_call(struct vmx_guest_regs *regs, bool launched,
			   const uint64_t *in, uint64_t *out,
			   unsigned long *host_rsp);
extern uint64_t entry_call_rsp;

/* The caller's cache of HOST_RSP for the one VMCS (VMCS_A). */
static unsigned long host_rsp;
/* What no stack pointer is: a cache that makes the entry write HOST_RSP. */
#define STALE_RSP	(~0UL)

/* The function and the case being run, for naming its checks. */
static const char *fn = "vmx_run_guest";
static char cur[64];

static __attribute__((format(printf, 2, 3)))
bool check(bool ok, const char *fmt, ...)
{
	char what[200];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	return tap_ok(ok, "%s %s %s: %s", variant, fn, cur, what);
}

static uint64_t *member(void *regs, const struct slot *sl)
{
	return (uint64_t *)((char *)regs + sl->offset);
}

/* A value for register @i in round @k: distinct, every bit varies. */
static uint64_t value(unsigned int k, unsigned int i)
{
	uint64_t v = 0x9e3779b97f4a7c15ULL * (k * 64ULL + i + 1);

	v ^= v >> 31;
	v *= 0xbf58476d1ce4e5b9ULL;
	v ^= v >> 29;
	return k & 1 ? ~v : v;
}

/* Every member of @regs (@n slots) a value of round @k. */
static void fill_slots(void *regs, const struct slot *slots, unsigned int n,
		       unsigned int k)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		*member(regs, &slots[i]) = value(k, i);
}

static void fill(struct vmx_guest_regs *r, unsigned int k)
{
	fill_slots(r, slot, NR_REGS, k);
}

/* One call through entry_call: what the caller sees. */
struct call {
	enum vmx_status st;
	uint64_t in[8], out[9];
	uint64_t rsp;			/* before the call */
	unsigned long cache_before;	/* host_rsp before and after */
	/* Hook variants: runs of the entry hooks, what AFTER found. */
	uint64_t before, after, after_regs;
};

/* Before a call: the caller's values (round @k), the hooks' counts. */
static void call_begin(struct call *c, unsigned int k)
{
	unsigned int i;

	for (i = 0; i < 8; i++)
		c->in[i] = value(k + 1000, i) ^ (i >= 6 ? CANARY : 0);
	memset(c->out, 0, sizeof(c->out));
#ifdef HARNESS_FAULT_HOOK
	c->before = entry_hook_before;
	c->after = entry_hook_after;
	entry_hook_after_regs = 0;
#endif
	emu_begin();
}

/* After it: RSP before the call (@rsp), what the hooks did. */
static void call_end(struct call *c, uint64_t rsp)
{
	emu_end();
	c->rsp = rsp;
#ifdef HARNESS_FAULT_HOOK
	c->before = entry_hook_before - c->before;
	c->after = entry_hook_after - c->after;
	c->after_regs = entry_hook_after_regs;
#endif
}

static void call(struct call *c, struct vmx_guest_regs *regs, bool launched,
		 unsigned int k)
{
	c->cache_before = host_rsp;
	call_begin(c, k);
	c->st = entry_call(regs, launched, c->in, c->out, &host_rsp);
	call_end(c, entry_call_rsp);
}

/* The entry hooks ran @runs times each; AFTER found no guest value. */
static void check_hooks(const struct call *c, unsigned int runs)
{
#ifdef HARNESS_FAULT_HOOK
	if (!check(c->before == runs && c->after == runs && !c->after_regs,
		   "VMXGEN_ENTRY_BEFORE and VMXGEN_ENTRY_AFTER ran %u time(s) each, AFTER with the guest's registers cleared",
		   runs))
		tap_diag("  BEFORE %llu, AFTER %llu, OR of the registers %#llx",
			 (unsigned long long)c->before,
			 (unsigned long long)c->after,
			 (unsigned long long)c->after_regs);
#else
	(void)c;
	(void)runs;
#endif
}

/* The host side after any outcome: callee-saved registers, RSP, stack. */
static void check_host(const struct call *c, bool detail)
{
	char bad[128] = "";
	unsigned int i;
	bool ok = true;

	for (i = 0; i < 6; i++) {
		if (c->out[i] == c->in[i])
			continue;
		ok = false;
		snprintf(bad + strlen(bad), sizeof(bad) - strlen(bad), " %s",
			 callee_saved[i]);
		if (detail)
			tap_diag("  %s %#llx, want %#llx", callee_saved[i],
				 (unsigned long long)c->out[i],
				 (unsigned long long)c->in[i]);
	}
	if (!check(ok, "rbx, rbp, r12-r15 keep the caller's values"))
		tap_diag("  changed:%s", bad);
	if (!check(c->out[6] == c->rsp, "RSP is back where it was"))
		tap_diag("  %#llx, want %#llx", (unsigned long long)c->out[6],
			 (unsigned long long)c->rsp);
	if (!check(c->out[7] == c->in[6] && c->out[8] == c->in[7],
		   "the caller's stack is untouched"))
		tap_diag("  %#llx %#llx, want %#llx %#llx",
			 (unsigned long long)c->out[7], (unsigned long long)c->out[8],
			 (unsigned long long)c->in[6], (unsigned long long)c->in[7]);
}

/* The HOST_RSP write of a call whose cache is stale (@write), or none. */
static void script_host_write(bool write)
{
	if (write)
		emu_expect(SPEC_VMX_VMWRITE, SPEC_OC_VMX_SUCCEED, 0);
}

/*
 * The VMX instructions of one call: VMWRITE HOST_RSP if @write, then
 * @insn, as scripted and without a note from the "CPU"; *host_rsp holds
 * the HOST_RSP written, or what it held.
 */
static const struct emu_trap *check_insns(const struct call *c,
					  enum spec_insn insn, bool write)
{
	const struct emu_trap *w = write ? emu_trap(0) : NULL;
	const struct emu_trap *t = emu_trap(write ? 1 : 0);
	const struct emu_operand *f = emu_operand(w, "field");
	const struct emu_operand *v = emu_operand(w, "value");
	unsigned int i;
	bool ok;

	ok = emu_nr_traps() == (write ? 2u : 1u) && t && t->insn == insn;
	for (i = 0; i < emu_nr_traps(); i++)
		ok &= !emu_trap(i)->bad[0];
	if (!check(ok, "executes %s%s, as the CPU checks them",
		   write ? "VMWRITE, " : "", spec_insns[insn].mnemonic)) {
		tap_diag("  the CPU saw %u spec instructions", emu_nr_traps());
		for (i = 0; i < emu_nr_traps(); i++)
			tap_diag("  %s%s%s", spec_insns[emu_trap(i)->insn].mnemonic,
				 emu_trap(i)->bad[0] ? ": " : "", emu_trap(i)->bad);
	}
	if (write) {
		ok = f && v && f->value == SPEC_VMCS_HOST_RSP &&
		     host_rsp == v->value;
		if (!check(ok, "the VMWRITE is to HOST_RSP, and *host_rsp is the value written") && f && v)
			tap_diag("  field %#llx value %#llx, *host_rsp %#lx",
				 f->value, v->value, host_rsp);
	} else {
		check(host_rsp == c->cache_before,
		      "no VMWRITE: *host_rsp was the stack pointer, and is unchanged");
	}
	return t && t->insn == insn ? t : NULL;
}

/*
 * A new VMCS_A: an empty VMCS, current, with HOST_RIP written by
 * vmx_run_guest_init_vmcs(), and the cache of its HOST_RSP zero.
 */
static void new_vmcs(void)
{
	unsigned long long rip;
	enum vmx_status st;

	emu_reset(true, VMCS_A);
	host_rsp = 0;
	emu_expect(SPEC_VMX_VMWRITE, SPEC_OC_VMX_SUCCEED, 0);
	emu_begin();
	st = vmx_run_guest_init_vmcs();
	emu_end();
	rip = emu_vmcs_get(VMCS_A, SPEC_VMCS_HOST_RIP);
	if (!check(st == VMX_SUCCEED && emu_nr_traps() == 1 &&
		   !emu_trap(0)->bad[0] &&
		   rip > (uintptr_t)ENTRY_TEXT_START &&
		   rip < (uintptr_t)ENTRY_TEXT_END,
		   "vmx_run_guest_init_vmcs(): one VMWRITE, HOST_RIP inside vmx_run_guest()"))
		tap_diag("  status %d, %u instructions, HOST_RIP %#llx, function at %p",
			 st, emu_nr_traps(), rip, (void *)(uintptr_t)ENTRY_TEXT_START);
}

/* vmx_run_guest_init_vmcs()'s VMWRITE fails or faults (@outcome). */
static void init_fails(int outcome, enum vmx_status want, const char *want_name)
{
	enum vmx_status st;

	emu_expect(SPEC_VMX_VMWRITE, outcome, 12);
	emu_begin();
	st = vmx_run_guest_init_vmcs();
	emu_end();
	if (!check(st == want && emu_nr_traps() == 1,
		   "vmx_run_guest_init_vmcs(): status %s", want_name))
		tap_diag("  status %d, %u instructions", st, emu_nr_traps());
}

/*
 * Each member of @want (@n slots) was in its register when @t trapped at
 * @at, the entering instruction.
 */
static void check_loaded_slots(const struct emu_trap *t, const void *want,
			       const struct slot *slots, unsigned int n,
			       const char *at, bool per_register)
{
	char bad[128] = "";
	unsigned int i;
	bool ok, all = t != NULL;

	for (i = 0; i < n; i++) {
		uint64_t w = *member((void *)want, &slots[i]);

		ok = t && t->gpr[slots[i].gpr] == w;
		if (per_register && !check(ok, "regs->%s is in %s at the %s",
					   slots[i].name, slots[i].name, at) && t)
			tap_diag("  %#llx, want %#llx", t->gpr[slots[i].gpr],
				 (unsigned long long)w);
		if (!ok)
			snprintf(bad + strlen(bad), sizeof(bad) - strlen(bad),
				 " %s", slots[i].name);
		all &= ok;
	}
	if (!per_register && !check(all, "every regs value is in its GPR at the %s", at))
		tap_diag("  wrong:%s", bad);
}

/* Each register the guest's exit left landed in its member of @got. */
static void check_stored_slots(const void *got, const struct slot *slots,
			       unsigned int n,
			       const unsigned long long *exit_gpr,
			       bool per_register)
{
	char bad[128] = "";
	unsigned int i;
	bool ok, all = true;

	for (i = 0; i < n; i++) {
		uint64_t g = *member((void *)got, &slots[i]);

		ok = g == exit_gpr[slots[i].gpr];
		if (per_register && !check(ok, "the guest's %s lands in regs->%s",
					   slots[i].name, slots[i].name))
			tap_diag("  %#llx, want %#llx", (unsigned long long)g,
				 exit_gpr[slots[i].gpr]);
		if (!ok)
			snprintf(bad + strlen(bad), sizeof(bad) - strlen(bad),
				 " %s", slots[i].name);
		all &= ok;
	}
	if (!per_register && !check(all, "every GPR the guest left lands in its slot"))
		tap_diag("  wrong:%s", bad);
}

static void check_loaded(const struct emu_trap *t,
			 const struct vmx_guest_regs *want, bool per_register)
{
	check_loaded_slots(t, want, slot, NR_REGS, "VM entry", per_register);
}

static void check_stored(const struct vmx_guest_regs *got,
			 const unsigned long long *exit_gpr, bool per_register)
{
	check_stored_slots(got, slot, NR_REGS, exit_gpr, per_register);
}

/* What the "guest" leaves in its GPRs in round @k (RSP: not used). */
static void exit_values(unsigned long long *gpr, unsigned int k)
{
	unsigned int i;

	for (i = 0; i < EMU_NR_GPRS; i++)
		gpr[i] = value(k + 500, i);
}

/*
 * A VM entry and exit: VMLAUNCH (@launched false) or VMRESUME, round @k
 * of values; @detail: one check per register.
 */
static void round_trip(bool launched, unsigned int k, bool detail, bool write)
{
	enum spec_insn insn = launched ? SPEC_VMX_VMRESUME : SPEC_VMX_VMLAUNCH;
	struct vmx_guest_regs regs, sent;
	unsigned long long exit_gpr[EMU_NR_GPRS];
	const struct emu_trap *t;
	struct call c;

	fill(&regs, k);
	sent = regs;
	exit_values(exit_gpr, k);
	script_host_write(write);
	emu_expect(insn, SPEC_OC_VMX_SUCCEED, 0);
	emu_expect_exit(18, exit_gpr);
	call(&c, &regs, launched, k);

	if (!check(c.st == VMX_SUCCEED, "VM exit: VMX_SUCCEED"))
		tap_diag("  status %d", c.st);
	t = check_insns(&c, insn, write);
	check(t && t->exited, "the \"CPU\" entered and exited (HOST_RSP, HOST_RIP)");
	if (detail && t)
		check(t->host_rsp < c.rsp && t->host_rsp >= c.rsp - 4096,
		      "HOST_RSP is on the stack below the caller's frame");
	check_loaded(t, &sent, detail);
	check_stored(&regs, exit_gpr, detail);
	check_host(&c, detail);
	check_hooks(&c, 1);
}

/*
 * VMLAUNCH (@launched false) or VMRESUME fails: @outcome is VMfailValid
 * or VMfailInvalid; nothing in regs changes.
 */
static void entry_fails(bool launched, int outcome, enum vmx_status want,
			const char *want_name, unsigned int k)
{
	enum spec_insn insn = launched ? SPEC_VMX_VMRESUME : SPEC_VMX_VMLAUNCH;
	struct vmx_guest_regs regs, sent;
	const struct emu_trap *t;
	struct call c;

	fill(&regs, k);
	sent = regs;
	host_rsp = STALE_RSP;
	script_host_write(true);
	emu_expect(insn, outcome, 7);
	call(&c, &regs, launched, k);

	if (!check(c.st == want, "status %s", want_name))
		tap_diag("  status %d", c.st);
	t = check_insns(&c, insn, true);
	check_loaded(t, &sent, false);
	check(!memcmp(&regs, &sent, sizeof(regs)), "regs unchanged");
	check_host(&c, false);
	check_hooks(&c, 1);
}

/*
 * The VMWRITE of HOST_RSP fails (no current VMCS: VMfailInvalid): nothing
 * more runs, the status is VMX_FAIL_INVALID, regs and the cache unchanged.
 */
static void vmwrite_fails(unsigned int k)
{
	struct vmx_guest_regs regs, sent;
	struct call c;

	fill(&regs, k);
	sent = regs;
	emu_reset(true, EMU_NO_VMCS);
	host_rsp = STALE_RSP;
	emu_expect(SPEC_VMX_VMWRITE, SPEC_OC_VMX_FAIL_INVALID, 0);
	call(&c, &regs, false, k);
	check(host_rsp == STALE_RSP, "*host_rsp unchanged");

	if (!check(c.st == VMX_FAIL_INVALID, "status VMX_FAIL_INVALID"))
		tap_diag("  status %d", c.st);
	if (!check(emu_nr_traps() == 1 && !emu_trap(0)->bad[0],
		   "no VMX instruction after the failed VMWRITE"))
		tap_diag("  %u instructions", emu_nr_traps());
	check(!memcmp(&regs, &sent, sizeof(regs)), "regs unchanged");
	check_host(&c, false);
	check_hooks(&c, 0);
}

/*
 * A VM-entry failure after the checks of the instruction (invalid guest
 * state): the CPU loads the host state as for a VM exit, exit reason
 * bit 31 set, and leaves the GPRs as they were (no guest ran).
 */
static void entry_failure_exit(unsigned int k)
{
	struct vmx_guest_regs regs, sent;
	const struct emu_trap *t;
	struct call c;

	fill(&regs, k);
	sent = regs;
	host_rsp = STALE_RSP;
	script_host_write(true);
	emu_expect(SPEC_VMX_VMLAUNCH, SPEC_OC_VMX_SUCCEED, 0);
	emu_expect_exit(1u << 31 | 33, NULL);
	call(&c, &regs, false, k);

	if (!check(c.st == VMX_SUCCEED, "VM exit: VMX_SUCCEED"))
		tap_diag("  status %d", c.st);
	t = check_insns(&c, SPEC_VMX_VMLAUNCH, true);
	check(t && t->exited, "the \"CPU\" exited to HOST_RSP, HOST_RIP");
	check(emu_vmcs_get(VMCS_A, SPEC_VMCS_EXIT_REASON) == (1u << 31 | 33),
	      "exit reason 0x80000021 in the VMCS");
	check(!memcmp(&regs, &sent, sizeof(regs)),
	      "regs hold what the host put there (the GPRs were not changed)");
	check_host(&c, false);
	check_hooks(&c, 1);
}

#ifdef HARNESS_FAULT_HOOK
/*
 * The instruction number @nth of a call with a stale cache (0: the
 * VMWRITE; 1: VMLAUNCH or VMRESUME) faults: the exception fixup from the
 * table resumes the entry path, which returns VMX_FAULT.
 */
static void entry_faults(bool launched, unsigned int nth, unsigned int k)
{
	enum spec_insn insn = launched ? SPEC_VMX_VMRESUME : SPEC_VMX_VMLAUNCH;
	struct vmx_guest_regs regs, sent;
	const struct emu_trap *t;
	struct call c;

	fill(&regs, k);
	sent = regs;
	host_rsp = STALE_RSP;
	if (nth == 0) {
		emu_expect(SPEC_VMX_VMWRITE, EMU_FAULT, 0);
	} else {
		script_host_write(true);
		emu_expect(insn, EMU_FAULT, 0);
	}
	call(&c, &regs, launched, k);
	if (nth == 0)
		check(host_rsp == STALE_RSP, "*host_rsp unchanged");

	t = emu_trap(emu_nr_traps() - 1);
	if (!check(emu_nr_traps() == nth + 1 && t && t->fixed_up && !t->bad[0],
		   "the fault is resumed at the fixup the table gives"))
		tap_diag("  %u instructions, last %s: %s", emu_nr_traps(),
			 t ? spec_insns[t->insn].mnemonic : "-", t ? t->bad : "");
	if (!check(c.st == VMX_FAULT, "status VMX_FAULT"))
		tap_diag("  status %d", c.st);
	check(!memcmp(&regs, &sent, sizeof(regs)), "regs unchanged");
	check_host(&c, false);
	check_hooks(&c, nth ? 1 : 0);
}
#endif

/*
 * Live C values in callee-saved registers across a plain call, as the
 * compiler arranges them (register variables pin them at the call).
 */
static __attribute__((noinline)) void c_locals(void)
{
	struct vmx_guest_regs regs;
	unsigned long long exit_gpr[EMU_NR_GPRS];
	volatile uint64_t seed = 0x0123456789abcdefULL;
	register uint64_t b __asm__("rbx") = seed * 3;
	register uint64_t x12 __asm__("r12") = seed * 5;
	register uint64_t x13 __asm__("r13") = seed * 7;
	register uint64_t x14 __asm__("r14") = seed * 11;
	register uint64_t x15 __asm__("r15") = seed * 13;
	enum vmx_status st;

	fill(&regs, 40);
	exit_values(exit_gpr, 40);
	strcpy(cur, "C caller");
	new_vmcs();
	script_host_write(true);
	emu_expect(SPEC_VMX_VMLAUNCH, SPEC_OC_VMX_SUCCEED, 0);
	emu_expect_exit(18, exit_gpr);
	emu_begin();
	__asm__ volatile("" : "+r"(b), "+r"(x12), "+r"(x13), "+r"(x14), "+r"(x15));
	st = vmx_run_guest(&regs, false, &host_rsp);
	__asm__ volatile("" : "+r"(b), "+r"(x12), "+r"(x13), "+r"(x14), "+r"(x15));
	emu_end();
	check(st == VMX_SUCCEED && b == seed * 3 && x12 == seed * 5 &&
	      x13 == seed * 7 && x14 == seed * 11 && x15 == seed * 13,
	      "C locals held in rbx, r12-r15 survive a VM exit");
}

#ifdef SPEC_HAVE_TDXM_TDH_VP_ENTER
/*
 * tdxm_vp_enter() (generated/vmxgen/tdxm_entry.S): SEAMCALL with RAX = 0,
 * TDH.VP.ENTER, which comes back after itself, the status in RAX, every
 * register of struct tdxm_vp_enter_regs as the TD exit left it (or as
 * it was, when CF says no module ran).  Called through td_entry_call
 * (td-entry-call.S, entry-call.S's frame and checks).  The checks:
 *   - struct tdxm_vp_enter_regs: 13 registers of 8 bytes, in the spec's
 *     order;
 *   - at the SEAMCALL, RAX is 0, RCX the vcpu argument, and every other
 *     member is in its register; after it, every member holds what the
 *     exit left in its register (RCX too), and the function returns what
 *     the exit left in RAX;
 *   - CF (VMfailInvalid) returns the spec's CF value, with regs unchanged;
 *     with the fault hook, a faulting SEAMCALL returns its fault value,
 *     regs unchanged;
 *   - rbx, rbp, r12-r15, RSP and the caller's stack are intact after
 *     each (the exit keeps RBP: the module's NO_RBP_MOD);
 *   - hook variants: BEFORE and AFTER run once a call, AFTER finding every
 *     shared register cleared (RAX holds the status, RBP the frame).
 */
#include <vmxgen/tdxm_entry.h>

#define TD_NR_REGS	13
#define TDVPR_A		0x0000000456789000ULL

static const struct slot td_slot[TD_NR_REGS] = {
	{ "rcx", offsetof(struct tdxm_vp_enter_regs, rcx), 1 },
	{ "rdx", offsetof(struct tdxm_vp_enter_regs, rdx), 2 },
	{ "rbx", offsetof(struct tdxm_vp_enter_regs, rbx), 3 },
	{ "rsi", offsetof(struct tdxm_vp_enter_regs, rsi), 6 },
	{ "rdi", offsetof(struct tdxm_vp_enter_regs, rdi), 7 },
	{ "r8", offsetof(struct tdxm_vp_enter_regs, r8), 8 },
	{ "r9", offsetof(struct tdxm_vp_enter_regs, r9), 9 },
	{ "r10", offsetof(struct tdxm_vp_enter_regs, r10), 10 },
	{ "r11", offsetof(struct tdxm_vp_enter_regs, r11), 11 },
	{ "r12", offsetof(struct tdxm_vp_enter_regs, r12), 12 },
	{ "r13", offsetof(struct tdxm_vp_enter_regs, r13), 13 },
	{ "r14", offsetof(struct tdxm_vp_enter_regs, r14), 14 },
	{ "r15", offsetof(struct tdxm_vp_enter_regs, r15), 15 },
};

/* td-entry-call.S: entry_call's frame around tdxm_vp_enter(). */
vmx_u64 td_entry_call(struct tdxm_vp_enter_regs *regs, vmx_u64 vcpu,
		      const uint64_t *in, uint64_t *out);
extern uint64_t td_entry_call_rsp;

/* One call through td_entry_call. */
static vmx_u64 td_call(struct call *c, struct tdxm_vp_enter_regs *regs,
		       vmx_u64 vcpu, unsigned int k)
{
	vmx_u64 st;

	call_begin(c, k);
	st = td_entry_call(regs, vcpu, c->in, c->out);
	call_end(c, td_entry_call_rsp);
	return st;
}

/*
 * The hooks ran once each; AFTER's OR of the registers is @rax (the
 * status register, not cleared: the function returns it) and RBP, the
 * frame pointer tdxm_vp_enter() set up, which the SEAMCALL (@t) found and
 * the exit keeps: every shared register was zero.
 */
static void td_check_hooks(const struct call *c, uint64_t rax,
			   const struct emu_trap *t)
{
#ifdef HARNESS_FAULT_HOOK
	uint64_t want = rax | (t ? t->gpr[5] : 0);

	if (!check(c->before == 1 && c->after == 1 && c->after_regs == want,
		   "VMXGEN_ENTRY_BEFORE and VMXGEN_ENTRY_AFTER ran once each, AFTER with the shared registers cleared"))
		tap_diag("  BEFORE %llu, AFTER %llu, OR of the registers %#llx, want %#llx",
			 (unsigned long long)c->before,
			 (unsigned long long)c->after,
			 (unsigned long long)c->after_regs,
			 (unsigned long long)want);
#else
	(void)c;
	(void)rax;
	(void)t;
#endif
}

/* One SEAMCALL, TDH.VP.ENTER, as the spec says. */
static const struct emu_trap *td_check_insn(void)
{
	const struct emu_trap *t = emu_nr_traps() == 1 ? emu_trap(0) : NULL;

	if (!check(t && t->insn == SPEC_TDXM_TDH_VP_ENTER && !t->bad[0],
		   "executes one SEAMCALL, TDH.VP.ENTER (RAX 0), as the spec says"))
		tap_diag("  %u spec instructions, first %s: %s", emu_nr_traps(),
			 emu_nr_traps() ? spec_insns[emu_trap(0)->insn].name : "-",
			 emu_nr_traps() ? emu_trap(0)->bad : "");
	return t;
}

/*
 * RAX 0 (the leaf), RCX @vcpu, every other member of @want in its
 * register at the SEAMCALL: the members as @want holds them but RCX's,
 * which is the argument's.
 */
static void td_check_loaded(const struct emu_trap *t,
			    const struct tdxm_vp_enter_regs *want,
			    vmx_u64 vcpu, bool per_register)
{
	struct tdxm_vp_enter_regs in = *want;

	in.rcx = vcpu;
	check_loaded_slots(t, &in, td_slot, TD_NR_REGS, "SEAMCALL", per_register);
	if (!check(t && t->gpr[0] == 0, "RAX is 0 (TDH.VP.ENTER) at the SEAMCALL") && t)
		tap_diag("  %#llx", t->gpr[0]);
}

/* A TD entry and exit, round @k of values; @detail: one check per register. */
static void td_round_trip(unsigned int k, bool detail)
{
	struct tdxm_vp_enter_regs regs, sent;
	unsigned long long exit_gpr[EMU_NR_GPRS];
	vmx_u64 vcpu = TDVPR_A + 4096ULL * k, status = value(k + 700, 0), st;
	const struct emu_trap *t;
	struct call c;

	fill_slots(&regs, td_slot, TD_NR_REGS, k);
	sent = regs;
	exit_values(exit_gpr, k);
	emu_expect(SPEC_TDXM_TDH_VP_ENTER, EMU_NO_OUTCOME, 0);
	emu_expect_status(status);
	emu_expect_exit(0, exit_gpr);
	emu_expect_exit_keeps(1u << 5);		/* RBP: NO_RBP_MOD */
	st = td_call(&c, &regs, vcpu, k);

	if (!check(st == status, "returns the status the exit left in RAX"))
		tap_diag("  %#llx, want %#llx", (unsigned long long)st,
			 (unsigned long long)status);
	t = td_check_insn();
	check(t && t->exited, "the \"module\" ran the TD and exited");
	td_check_loaded(t, &sent, vcpu, detail);
	check_stored_slots(&regs, td_slot, TD_NR_REGS, exit_gpr, detail);
	check_host(&c, detail);
	td_check_hooks(&c, status, t);
}

/*
 * SEAMCALL fails with CF (VMfailInvalid: no module; RAX unchanged), or,
 * @fault, faults and the fixup resumes the entry: the spec's CF or fault
 * value, regs unchanged.
 */
static void td_fails(bool fault, unsigned int k)
{
	const struct spec_insn_info *si = &spec_insns[SPEC_TDXM_TDH_VP_ENTER];
	struct tdxm_vp_enter_regs regs, sent;
	vmx_u64 vcpu = TDVPR_A, want = fault ? si->fault_value : si->cf_value, st;
	const struct emu_trap *t;
	struct call c;

	fill_slots(&regs, td_slot, TD_NR_REGS, k);
	sent = regs;
	emu_expect(SPEC_TDXM_TDH_VP_ENTER, fault ? EMU_FAULT : EMU_CARRY, 0);
	emu_expect_status(0);			/* RAX as it was: the leaf */
	st = td_call(&c, &regs, vcpu, k);

	if (!check(st == want, "returns %#llx", (unsigned long long)want))
		tap_diag("  %#llx", (unsigned long long)st);
	t = td_check_insn();
	if (fault)
		check(t && t->fixed_up, "the fault is resumed at the fixup the table gives");
	td_check_loaded(t, &sent, vcpu, false);
	check(!memcmp(&regs, &sent, sizeof(regs)), "regs unchanged");
	check_host(&c, false);
	td_check_hooks(&c, 0, t);
}

static void td_main(void)
{
	unsigned int i, k;
	bool ok = sizeof(struct tdxm_vp_enter_regs) == TD_NR_REGS * 8;

	fn = "tdxm_vp_enter";
	for (i = 0; i < TD_NR_REGS; i++)
		ok &= td_slot[i].offset == i * 8;
	strcpy(cur, "regs");
	check(ok, "struct tdxm_vp_enter_regs is rcx, rdx, rbx, rsi, rdi, r8-r15, 8 bytes each (%zu bytes)",
	      sizeof(struct tdxm_vp_enter_regs));
	if (emu_unusable(SPEC_TDXM_TDH_VP_ENTER)) {
		tap_skip(emu_unusable(SPEC_TDXM_TDH_VP_ENTER), "%s tdxm_vp_enter",
			 variant);
		return;
	}
	strcpy(cur, "enter");
	td_round_trip(50, true);
	for (k = 51; k < 55; k++) {
		snprintf(cur, sizeof(cur), "enter %u", k);
		td_round_trip(k, false);
	}
	strcpy(cur, "VMfailInvalid");
	td_fails(false, 60);
#ifdef HARNESS_FAULT_HOOK
	strcpy(cur, "seamcall faults");
	td_fails(true, 61);
#endif
}
#endif /* SPEC_HAVE_TDXM_TDH_VP_ENTER */

static void check_layout(void)
{
	unsigned int i;
	bool ok = sizeof(struct vmx_guest_regs) == NR_REGS * 8;

	for (i = 0; i < NR_REGS; i++)
		ok &= slot[i].offset == i * 8;
	strcpy(cur, "regs");
	check(ok, "struct vmx_guest_regs is rax, rcx, rdx, rbx, rbp, rsi, rdi, r8-r15, 8 bytes each (%zu bytes)",
	      sizeof(struct vmx_guest_regs));
}

int main(void)
{
	unsigned int k;

	tap_start();
	emu_init();
	variant_check();
	check_layout();
	if (emu_unusable(SPEC_VMX_VMLAUNCH) || emu_unusable(SPEC_VMX_VMWRITE)) {
		tap_skip(emu_unusable(SPEC_VMX_VMLAUNCH) ? emu_unusable(SPEC_VMX_VMLAUNCH) :
			 emu_unusable(SPEC_VMX_VMWRITE), "%s vmx_run_guest", variant);
		return tap_done();
	}

	/* HOST_RIP, once per VMCS; its failures. */
	strcpy(cur, "init_vmcs");
	new_vmcs();
	init_fails(SPEC_OC_VMX_FAIL_VALID, VMX_FAIL_VALID, "VMX_FAIL_VALID");
	emu_reset(true, EMU_NO_VMCS);
	init_fails(SPEC_OC_VMX_FAIL_INVALID, VMX_FAIL_INVALID, "VMX_FAIL_INVALID");
#ifdef HARNESS_FAULT_HOOK
	emu_fixups(__start_harness_fixups, __stop_harness_fixups);
	init_fails(EMU_FAULT, VMX_FAULT, "VMX_FAULT");
#endif

	/*
	 * A guest's life: VMLAUNCH (the cache is 0: HOST_RSP written), then
	 * VMRESUMEs from the same frame (nothing written), values new each
	 * time; then from "another frame" (the cache says otherwise: written
	 * again) and once more from this one (not).
	 */
	strcpy(cur, "launch");
	new_vmcs();
	round_trip(false, 0, true, true);
	check(emu_vmcs_launched(VMCS_A), "the VMCS is launched");
	strcpy(cur, "resume");
	round_trip(true, 1, true, false);
	for (k = 2; k < 10; k++) {
		snprintf(cur, sizeof(cur), "resume %u", k);
		round_trip(true, k, false, false);
	}
	strcpy(cur, "resume, HOST_RSP stale");
	host_rsp ^= 64;
	round_trip(true, 10, false, true);
	strcpy(cur, "resume, HOST_RSP current again");
	round_trip(true, 11, false, false);

	/* VMRESUME and VMLAUNCH that fail, then a VM-entry failure. */
	strcpy(cur, "vmresume fail_valid");
	entry_fails(true, SPEC_OC_VMX_FAIL_VALID, VMX_FAIL_VALID,
		    "VMX_FAIL_VALID", 20);
	strcpy(cur, "vmresume fail_invalid");
	entry_fails(true, SPEC_OC_VMX_FAIL_INVALID, VMX_FAIL_INVALID,
		    "VMX_FAIL_INVALID", 21);
	new_vmcs();
	strcpy(cur, "vmlaunch fail_valid");
	entry_fails(false, SPEC_OC_VMX_FAIL_VALID, VMX_FAIL_VALID,
		    "VMX_FAIL_VALID", 22);
	check(emu_vmcs_get(VMCS_A, SPEC_VMCS_VM_INSTRUCTION_ERROR) == 7,
	      "VM-instruction error 7 in the VMCS");
	strcpy(cur, "vmlaunch fail_invalid");
	entry_fails(false, SPEC_OC_VMX_FAIL_INVALID, VMX_FAIL_INVALID,
		    "VMX_FAIL_INVALID", 23);
	strcpy(cur, "VM-entry failure");
	new_vmcs();
	entry_failure_exit(24);
	strcpy(cur, "vmwrite fail_invalid");
	vmwrite_fails(25);

#ifdef HARNESS_FAULT_HOOK
	strcpy(cur, "fault hook");
	check(emu_nr_fixups() >= 4,
	      "the fault hook recorded entries (%u) for the VMWRITEs, VMLAUNCH and VMRESUME",
	      emu_nr_fixups());
	strcpy(cur, "vmwrite faults");
	new_vmcs();
	entry_faults(false, 0, 30);
	strcpy(cur, "vmlaunch faults");
	entry_faults(false, 1, 31);
	strcpy(cur, "vmresume faults");
	entry_faults(true, 1, 32);
#endif
	c_locals();
#ifdef SPEC_HAVE_TDXM_TDH_VP_ENTER
	td_main();
#endif
	return tap_done();
}
