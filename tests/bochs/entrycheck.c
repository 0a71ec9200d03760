// SPDX-License-Identifier: MIT
/*
 * entrycheck.c - the generated vmx_entry_check() (issue 23) against the VM
 * entry of the CPU Bochs emulates.
 *
 * entry-cases.h (made by gen-entry-cases.py from the spec's rules) lists,
 * per rule, the VMCS edits that break it.  For each case the kernel
 * starts from a valid state (a fresh VMCS filled by kernel.c's
 * setup_vmcs()), applies the edits (each sets the bits under a mask),
 * reads the state back into the checker's snapshot (vmx_entry_check_read()
 * and the model's capability MSRs) and asks the checker which rules it
 * breaks.  If the edits do not break the rule on this model (a control it
 * does not allow, a field it does not have), the case is UNSUPPORTED and
 * says why.  Otherwise it VMLAUNCHes and compares the CPU's verdict
 * (VMfailValid with an error number, or a VM-entry failure exit with its
 * reason and qualification) with the class the checker predicts: the
 * first class, in the CPU's order of checking, among the broken rules.
 *
 * Markers: entry-check-baseline, then entry-check-<rule> per case
 * (run-bochs.sh reads the list from entry-cases.txt).
 */
#include "kernel.h"
#include <vmxgen/vmx_entry_check.h>

struct entry_edit {
	unsigned long field;
	const char *name;
	u64 mask, value;
};

/*
 * A capability MSR, or 0 if the model does not have it: an optional one
 * is read only when the MSRs that say it exists do (SDM A.1-A.11), as a
 * read of an absent MSR is a #GP.
 */
static u64 cap_msr(u32 index)
{
	u64 proc = vmx.ctls[VMX_CTLS_PROC], exit = vmx.ctls[VMX_CTLS_EXIT];
	int have;

	switch (index) {
	case 0x48b:	/* secondary controls: "activate secondary controls" may be 1 */
		have = proc >> (32 + 31) & 1;
		break;
	case 0x48c:	/* EPT/VPID capabilities: kernel.c read it if it exists */
		return vmx.cap;
	case 0x48d: case 0x48e: case 0x48f: case 0x490:	/* the TRUE MSRs */
		have = vmx.basic >> 55 & 1;
		break;
	case 0x491:	/* VM functions: kernel.c read it if it exists */
		return vmx.vmfunc;
	case 0x492:	/* tertiary controls: "activate tertiary controls" may be 1 */
		have = proc >> (32 + 17) & 1;
		break;
	case 0x493:	/* secondary exit controls: "activate secondary controls" may be 1 */
		have = exit >> (32 + 31) & 1;
		break;
	default:
		have = index >= 0x480 && index <= 0x48a;
	}
	return have ? rdmsr(index) : 0;
}

#include "entry-cases.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define RULE_WORDS ((VMX_ENTRY_CHECK_RULES + 63) / 64)

static u8 check_vmcs[4096] __attribute__((aligned(4096)));

struct found {
	u64 bits[RULE_WORDS];
	unsigned int n;
	enum vmx_entry_check_rule_id first;
};

static void collect(void *ctx, enum vmx_entry_check_rule_id id)
{
	struct found *f = ctx;

	if (!f->n++)
		f->first = id;
	f->bits[id / 64] |= 1ULL << (id % 64);
}

static int has(const struct found *f, enum vmx_entry_check_rule_id id)
{
	return (f->bits[id / 64] >> (id % 64)) & 1;
}

/*
 * A fresh, valid VMCS: cleared (not launched), current, setup_vmcs().
 * Bochs keeps the fields in the region itself: zeroing it first leaves no
 * field of an earlier case behind (setup_vmcs() writes only some).
 */
static int fresh_vmcs(void)
{
	unsigned int i;

	for (i = 0; i < sizeof(check_vmcs); i++)
		((volatile u8 *)check_vmcs)[i] = 0;
	*(volatile u32 *)check_vmcs = vmx.revision;
	if (vmx_vmclear(pa_of(check_vmcs)) != VMX_SUCCEED ||
	    vmx_vmptrld(pa_of(check_vmcs)) != VMX_SUCCEED)
		return 0;
	n_write_fail = 0;
	setup_vmcs();
	/* An injected event the CPU accepts ends in a triple fault (exit 2). */
	W(guest_idtr_limit, 0);
	return n_write_fail == 0;
}

static void snapshot(struct vmx_entry_check_snapshot *s, struct found *f)
{
	unsigned int i;

	for (i = 0; i < sizeof(*s); i++)
		((u8 *)s)[i] = 0;
	vmx_entry_check_read(s);
	entry_check_fill(s);
	for (i = 0; i < RULE_WORDS; i++)
		f->bits[i] = 0;
	f->n = 0;
	f->first = VMX_ENTRY_CHECK_RULES;
	vmx_entry_check(s, collect, f);
}

/* The class the CPU must report: the first, in its order, of the broken rules. */
static enum vmx_entry_check_class_id predicted(const struct found *f)
{
	enum vmx_entry_check_class_id c = VMX_ENTRY_CHECK_CLASSES;
	unsigned int id;

	for (id = 0; id < VMX_ENTRY_CHECK_RULES; id++)
		if (has(f, id) && vmx_entry_check_rule(id)->cls < c)
			c = vmx_entry_check_rule(id)->cls;
	return c;
}

/*
 * VMLAUNCH and the class the CPU's verdict names, or CLASSES with what
 * happened in *what (entered the guest, another error).
 */
static enum vmx_entry_check_class_id launch(char *what, u64 *num, u64 *qual)
{
	enum vmx_status st;
	unsigned int c;
	u32 reason = 0;
	unsigned long q = 0;

	*num = *qual = 0;
	if (!enter_guest(1, &st)) {
		if (st != VMX_FAIL_VALID) {
			*what = 'I';	/* VMfailInvalid */
			return VMX_ENTRY_CHECK_CLASSES;
		}
		*what = 'V';
		*num = vmx_insn_error();
		for (c = 0; c < VMX_ENTRY_CHECK_CLASSES; c++)
			if (vmx_entry_check_class(c)->error == (int)*num)
				return c;
		return VMX_ENTRY_CHECK_CLASSES;
	}
	vmx_vmcs_read_exit_reason(&reason);
	vmx_vmcs_read_exit_qualification(&q);
	*num = reason;
	*qual = q;
	if (!vmx_exit_reason_entry_failure(reason)) {
		*what = 'E';	/* entered the guest: a VM exit */
		return VMX_ENTRY_CHECK_CLASSES;
	}
	*what = 'X';
	for (c = 0; c < VMX_ENTRY_CHECK_CLASSES; c++) {
		const struct vmx_entry_check_class_info *k = vmx_entry_check_class(c);

		if (k->has_exit && k->exit == vmx_exit_reason_basic(reason) &&
		    k->qualification == q)
			return c;
	}
	return VMX_ENTRY_CHECK_CLASSES;
}

static const char *class_name(enum vmx_entry_check_class_id c)
{
	return c < VMX_ENTRY_CHECK_CLASSES ? vmx_entry_check_class(c)->name : "none";
}

static const char *cpu_text(char what)
{
	switch (what) {
	case 'V':
		return "VMfailValid, error";
	case 'X':
		return "VM-entry failure, exit reason";
	case 'E':
		return "entered the guest, then exit reason";
	default:
		return "VMfailInvalid";
	}
}

static void run_case(const struct entry_case *c)
{
	struct vmx_entry_check_snapshot s;
	struct found f;
	enum vmx_entry_check_class_id want, got;
	u64 num, qual;
	unsigned int i;
	char what;

	if (!fresh_vmcs()) {
		report(c->id, FAIL, "no valid starting state (%s)", first_bad_field);
		return;
	}
	snapshot(&s, &f);
	if (f.n) {
		report(c->id, FAIL, "the starting state breaks %u rule(s), first %s",
		       (u64)f.n, vmx_entry_check_rule(f.first)->name);
		return;
	}
	for (i = 0; i < c->n; i++) {
		const struct entry_edit *e = &c->edits[i];
		unsigned long old = 0;

		if (vmx_vmread(e->field, &old) != VMX_SUCCEED ||
		    vmx_vmwrite(e->field, (old & ~e->mask) | e->value) != VMX_SUCCEED) {
			report(c->id, UNSUPPORTED, "this model has no field %s: not run",
			       e->name);
			return;
		}
	}
	snapshot(&s, &f);
	if (!has(&f, c->rule)) {
		report(c->id, UNSUPPORTED, "the edits do not break %s on this model "
		       "(the checker finds %u broken rule(s), first %s): not run",
		       vmx_entry_check_rule(c->rule)->name, (u64)f.n,
		       f.n ? vmx_entry_check_rule(f.first)->name : "none");
		return;
	}
	/*
	 * Bochs 2.7 panics on an injected event of type 7 when the model has
	 * no monitor trap flag (the SDM: the type is reserved there, a
	 * VMfailValid 7): not run, and a known deviation of run-bochs.sh.
	 */
	if (vmx_intr_info_valid(s.vm_entry_interruption_information) &&
	    vmx_intr_info_type(s.vm_entry_interruption_information) == 7 &&
	    !(vmx.ctls[VMX_CTLS_PROC] >> (32 + 27) & 1)) {
		report(c->id, FAIL, "not run: Bochs 2.7 panics ('unsupported event "
		       "injection type 7') on this model without the monitor trap flag");
		return;
	}
	want = predicted(&f);
	got = launch(&what, &num, &qual);
	report(c->id, got == want ? PASS : FAIL, "checker: %u broken rule(s), "
	       "first %s, class %s; CPU: %s %u, qualification %u: class %s",
	       (u64)f.n, vmx_entry_check_rule(f.first)->name, class_name(want),
	       cpu_text(what), what == 'V' ? num : (u64)vmx_exit_reason_basic(num),
	       qual, class_name(got));
}

void run_entry_check_scenarios(void)
{
	struct vmx_entry_check_snapshot s;
	struct found f;
	u64 num, qual;
	unsigned int i;
	char what;

	if (!fresh_vmcs()) {
		report("entry-check-baseline", FAIL, "no valid starting state (%s)",
		       first_bad_field);
		return;
	}
	snapshot(&s, &f);
	if (f.n) {
		report("entry-check-baseline", FAIL, "the checker finds %u broken "
		       "rule(s) in the valid state, first %s", (u64)f.n,
		       vmx_entry_check_rule(f.first)->name);
	} else {
		launch(&what, &num, &qual);
		report("entry-check-baseline", what == 'E' ? PASS : FAIL,
		       "the checker passes all %u rules on setup_vmcs()'s state "
		       "and VMLAUNCH enters the guest (exit %u)",
		       (u64)VMX_ENTRY_CHECK_RULES, (u64)vmx_exit_reason_basic(num));
	}
	for (i = 0; i < ARRAY_SIZE(entry_cases); i++)
		run_case(&entry_cases[i]);
	vmx_vmclear(pa_of(check_vmcs));
}
