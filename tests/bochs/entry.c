// SPDX-License-Identifier: MIT
/*
 * entry.c - vmx_run_guest() (generated/vmxgen/vmx_entry.S) on the VMX
 * CPU Bochs emulates, on a VMCS of its own:
 *
 *   enter-guest-launch       VMLAUNCH: the guest (entry-guest.S) finds the
 *                            15 values the host put in regs, leaves 15 new
 *                            ones and VMCALLs; they land in regs;
 *   enter-guest-round-trips  1,000 times: the host checks them, puts new
 *                            ones, VMRESUMEs; the values change every
 *                            time, and every bit of every register is
 *                            seen 0 and 1 in both directions; half way
 *                            the cache of HOST_RSP is made stale (the
 *                            entry must write it again), and at the end
 *                            the VMCS's HOST_RSP is what the cache says;
 *   enter-guest-entry-failure  guest RFLAGS bit 1 clear: a VM-entry failure
 *                            (exit reason 33 with bit 31), which is a VM
 *                            exit: VMX_SUCCEED, regs as the host left them
 *                            (no guest ran, the GPRs were not changed);
 *   enter-guest-vmfail-valid VMLAUNCH with a pin-based control the model
 *                            does not allow: VMX_FAIL_VALID, error 7,
 *                            regs unchanged.
 *
 * Every call goes through entry_call (tests/harness/entry-call.S), which
 * holds known values in rbx, rbp and r12-r15 and two words on the stack
 * across it; each scenario checks them after every call.
 */
#include "kernel.h"

#define NR_REGS		15
#define ROUND_TRIPS	1000
#define RFLAGS_FIXED_1	0x2UL	/* RFLAGS bit 1: reserved, must be 1 */

_Static_assert(sizeof(struct vmx_guest_regs) == NR_REGS * 8 &&
	       __builtin_offsetof(struct vmx_guest_regs, rbp) == 4 * 8 &&
	       __builtin_offsetof(struct vmx_guest_regs, r8) == 7 * 8 &&
	       __builtin_offsetof(struct vmx_guest_regs, r15) == 14 * 8,
	       "entry-guest.S relies on the contract's register order");

static const char *const reg_name[NR_REGS] = {
	"rax", "rcx", "rdx", "rbx", "rbp", "rsi", "rdi",
	"r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15",
};

/* entry-guest.S, and what it shares with the host. */
void entry_guest(void);
struct vmx_guest_regs entry_expect, entry_next;
volatile u64 entry_guest_bad, entry_guest_runs;

/* tests/harness/entry-call.S */
enum vmx_status entry_call(struct vmx_guest_regs *regs, _Bool launched,
			   const u64 *in, u64 *out, unsigned long *host_rsp);
extern u64 entry_call_rsp;

static u8 entry_vmcs[4096] __attribute__((aligned(4096)));
static u8 entry_stack[4096] __attribute__((aligned(16)));

/* Value @k of register slot @i: a different mix of bits every time. */
static u64 value(u64 k, unsigned int i)
{
	u64 v = 0x9E3779B97F4A7C15ULL * (k * 16 + i + 1);

	v ^= v >> 31;
	v *= 0xBF58476D1CE4E5B9ULL;
	v ^= v >> 29;
	return v;
}

static u64 *slot(struct vmx_guest_regs *r, unsigned int i)
{
	return (u64 *)r + i;
}

static void fill(struct vmx_guest_regs *r, u64 k)
{
	unsigned int i;

	for (i = 0; i < NR_REGS; i++)
		*slot(r, i) = value(k, i);
}

/* The first slot where @a and @b differ, or -1. */
static int differs(struct vmx_guest_regs *a, struct vmx_guest_regs *b)
{
	unsigned int i;

	for (i = 0; i < NR_REGS; i++)
		if (*slot(a, i) != *slot(b, i))
			return (int)i;
	return -1;
}

/* One call through entry_call, and what the host got back. */
struct call {
	enum vmx_status st;
	u64 in[8], out[9];
};

static void call(struct call *c, struct vmx_guest_regs *regs, int launched,
		 u64 k)
{
	unsigned int i;

	for (i = 0; i < 8; i++)
		c->in[i] = value(k, 16 + i);
	c->st = entry_call(regs, launched, c->in, c->out, &vmcs_host_rsp);
}

/* Why the host is not intact after @c, or NULL. */
static const char *host_broken(const struct call *c)
{
	static const char *const what[6] = {
		"rbx changed", "rbp changed", "r12 changed",
		"r13 changed", "r14 changed", "r15 changed",
	};
	unsigned int i;

	for (i = 0; i < 6; i++)
		if (c->out[i] != c->in[i])
			return what[i];
	if (c->out[6] != entry_call_rsp)
		return "RSP moved";
	if (c->out[7] != c->in[6] || c->out[8] != c->in[7])
		return "the caller's stack changed";
	return 0;
}

static u32 exit_reason(void)
{
	u32 reason = ~0U;

	if (vmx_vmcs_read_exit_reason(&reason) != VMX_SUCCEED)
		return ~0U;
	return reason;
}

/* A clear VMCS, current, set up for entry_guest. */
static int load_vmcs(const char *id)
{
	enum vmx_status c, l;

	*(volatile u32 *)entry_vmcs = vmx.revision;
	c = vmx_vmclear(pa_of(entry_vmcs));
	l = vmx_vmptrld(pa_of(entry_vmcs));

	if (c != VMX_SUCCEED || l != VMX_SUCCEED) {
		report(id, FAIL, "vmclear %s, vmptrld %s of the entry VMCS",
		       status_name(c), status_name(l));
		return 0;
	}
	n_write_fail = 0;
	setup_vmcs();
	W(guest_rip, (unsigned long)entry_guest);
	W(guest_rsp, pa_of(entry_stack + sizeof(entry_stack)));
	if (n_write_fail) {
		report(id, FAIL, "%u VMCS write(s) failed, first %s",
		       (u64)n_write_fail, first_bad_field);
		return 0;
	}
	return 1;
}

/*
 * Round @k: the host puts values 2k in regs, the guest must find them and
 * leave values 2k + 1.  Returns NULL if all went as it should, else what
 * did not, and *reg the register it was about ("" if none).
 */
static const char *round_trip(struct vmx_guest_regs *regs, int launched,
			      u64 k, struct call *c, u32 *reason,
			      const char **reg)
{
	u64 runs = entry_guest_runs;
	const char *broken;
	int i;

	*reg = "";
	fill(regs, 2 * k);
	entry_expect = *regs;
	fill(&entry_next, 2 * k + 1);
	entry_guest_bad = 0;
	call(c, regs, launched, k);
	*reason = exit_reason();
	if (c->st != VMX_SUCCEED)
		return "vmx_run_guest() did not return VMX_SUCCEED";
	if ((broken = host_broken(c)))
		return broken;
	if (*reason != VMX_BASIC_EXIT_REASON_VMCALL)
		return "the exit reason is not VMCALL (18)";
	if (entry_guest_runs != runs + 1)
		return "the guest did not run once";
	if (entry_guest_bad) {
		*reg = reg_name[__builtin_ctzll(entry_guest_bad)];
		return "the guest found a value the host did not put in";
	}
	if ((i = differs(regs, &entry_next)) >= 0) {
		*reg = reg_name[i];
		return "the guest's value did not land in its slot of regs:";
	}
	skip_instruction();	/* past the VMCALL */
	return 0;
}

static void report_round(const char *id, const char *what, const char *reg,
			 u64 k, const struct call *c, u32 reason)
{
	report(id, FAIL,
	       "round %u: %s %s (status %s, exit reason %x, guest mismatches %x)",
	       k, what, reg, status_name(c->st), (u64)reason, entry_guest_bad);
}

/* Every bit of every register, 0 and 1, host to guest and back. */
struct coverage {
	u64 ones[2][NR_REGS], zeros[2][NR_REGS];
};

static void cover(struct coverage *cv, int dir, struct vmx_guest_regs *r)
{
	unsigned int i;

	for (i = 0; i < NR_REGS; i++) {
		cv->ones[dir][i] |= *slot(r, i);
		cv->zeros[dir][i] |= ~*slot(r, i);
	}
}

static int covered(const struct coverage *cv)
{
	unsigned int d, i;

	for (d = 0; d < 2; d++)
		for (i = 0; i < NR_REGS; i++)
			if (~cv->ones[d][i] || ~cv->zeros[d][i])
				return 0;
	return 1;
}

static int launch_and_round_trips(void)
{
	static struct coverage cv;
	struct vmx_guest_regs regs;
	struct call c;
	const char *bad, *reg;
	unsigned long host_rsp;
	u32 reason;
	u64 k;

	if (!load_vmcs("enter-guest-launch")) {
		report("enter-guest-round-trips", FAIL, "not run: no VMCS");
		return 0;
	}
	bad = round_trip(&regs, 0, 0, &c, &reason, &reg);
	if (bad) {
		report_round("enter-guest-launch", bad, reg, 0, &c, reason);
		report("enter-guest-round-trips", FAIL, "not run: VMLAUNCH went wrong");
		return 0;
	}
	report("enter-guest-launch", PASS,
	       "vmx_run_guest(regs, false): VMLAUNCH, the guest found the 15 values, VMCALL exit %u, its 15 values in regs, rbx rbp r12-r15 and the stack intact",
	       (u64)reason);

	for (k = 1; k <= ROUND_TRIPS; k++) {
		if (k == ROUND_TRIPS / 2)
			vmcs_host_rsp ^= 64;	/* as if called from elsewhere */
		cover(&cv, 0, &entry_expect);
		bad = round_trip(&regs, 1, k, &c, &reason, &reg);
		if (bad) {
			report_round("enter-guest-round-trips", bad, reg, k, &c,
				     reason);
			return 0;
		}
		cover(&cv, 1, &regs);
	}
	host_rsp = ~0UL;
	vmx_vmcs_read_host_rsp(&host_rsp);
	report("enter-guest-round-trips",
	       covered(&cv) && host_rsp == vmcs_host_rsp ? PASS : FAIL,
	       "%u VMRESUMEs through vmx_run_guest(regs, true, &cache), new values each time: all arrived both ways, every bit of the 15 registers %s, rbx rbp r12-r15 and the stack intact after each, HOST_RSP %x %s the cache (%x)",
	       (u64)ROUND_TRIPS,
	       covered(&cv) ? "was 0 and 1 both ways" : "NOT seen both 0 and 1",
	       (u64)host_rsp, host_rsp == vmcs_host_rsp ? "is" : "is NOT",
	       (u64)vmcs_host_rsp);
	return 1;
}

/* Guest RFLAGS bit 1 clear: invalid guest state (SDM 27.3.1.4). */
static void entry_failure(void)
{
	const char *id = "enter-guest-entry-failure";
	u32 want = VMX_EXIT_REASON_ENTRY_FAILURE_MASK |
		   VMX_BASIC_EXIT_REASON_VM_ENTRY_FAILURE_INVALID_GUEST_STATE;
	struct vmx_guest_regs regs, sent;
	u64 runs = entry_guest_runs;
	const char *broken;
	struct call c;
	u32 reason;

	W(guest_rflags, 0);
	fill(&regs, 5000);
	sent = regs;
	call(&c, &regs, 1, 5000);
	reason = exit_reason();
	broken = host_broken(&c);
	W(guest_rflags, RFLAGS_FIXED_1);
	if (c.st == VMX_SUCCEED && reason == want && !broken &&
	    differs(&regs, &sent) < 0 && entry_guest_runs == runs)
		report(id, PASS,
		       "guest RFLAGS 0: VMX_SUCCEED, exit reason %x, regs as the host left them, the guest did not run, host intact",
		       (u64)reason);
	else
		report(id, FAIL,
		       "status %s, exit reason %x (want %x), %s, regs %s, guest runs %u",
		       status_name(c.st), (u64)reason, (u64)want,
		       broken ? broken : "host intact",
		       differs(&regs, &sent) < 0 ? "unchanged" : "changed",
		       entry_guest_runs - runs);
}

/*
 * VMLAUNCH with a pin-based control the model does not allow: the lowest
 * bit it requires cleared, or else the lowest it forbids set (SDM A.3.1,
 * 27.2.1.1: VMfailValid, error 7).
 */
static void vmfail_valid(void)
{
	const char *id = "enter-guest-vmfail-valid";
	u64 cap = vmx.ctls[VMX_CTLS_PIN];
	u32 must1 = (u32)cap, forbidden = ~(u32)(cap >> 32), pin = 0, bit;
	struct vmx_guest_regs regs, sent;
	const char *broken;
	struct call c;
	u32 err = 0;

	if (!load_vmcs(id))
		return;
	check_write(vmx_vmcs_read_pin_based_vm_execution_controls(&pin),
		    "read pin_based_vm_execution_controls");
	bit = must1 ? must1 & -must1 : forbidden & -forbidden;
	W(pin_based_vm_execution_controls, pin ^ bit);
	fill(&regs, 6000);
	sent = regs;
	call(&c, &regs, 0, 6000);
	if (c.st == VMX_FAIL_VALID)
		err = vmx_insn_error();
	broken = host_broken(&c);
	if (c.st == VMX_FAIL_VALID &&
	    err == VMX_INSN_ERROR_VMENTRY_INVALID_CONTROL_FIELD && !broken &&
	    differs(&regs, &sent) < 0 && !n_write_fail)
		report(id, PASS,
		       "pin-based controls %x (bit %u flipped): VMX_FAIL_VALID, error %u (%s), regs unchanged, host intact",
		       (u64)(pin ^ bit), (u64)__builtin_ctz(bit), (u64)err,
		       error_name(err));
	else
		report(id, FAIL,
		       "pin-based controls %x: status %s, error %u (want 7), %s, regs %s, %u write(s) failed",
		       (u64)(pin ^ bit), status_name(c.st), (u64)err,
		       broken ? broken : "host intact",
		       differs(&regs, &sent) < 0 ? "unchanged" : "changed",
		       (u64)n_write_fail);
}

/*
 * The scenarios, in VMX root operation; the current VMCS is the same
 * after them as before.
 */
void run_entry_scenarios(void)
{
	unsigned long prev_host_rsp = vmcs_host_rsp;
	u64 prev = ~0ULL;

	vmx_vmptrst(&prev);
	if (launch_and_round_trips())
		entry_failure();
	else
		report("enter-guest-entry-failure", FAIL, "not run: the guest did not run");
	vmfail_valid();
	vmx_vmclear(pa_of(entry_vmcs));
	if (prev != ~0ULL)
		vmx_vmptrld(prev);
	vmcs_host_rsp = prev_host_rsp;	/* what prev holds */
}
