// SPDX-License-Identifier: MIT
/*
 * Run every generated wrapper against the trap-and-emulate "CPU", once per
 * outcome the spec says it can report.  This file is compiled once per
 * compiler and variant (-DHARNESS_VARIANT=O2, ..., or asan); emu.c, the
 * "CPU", is compiled once.
 *
 * The cases are derived from the spec: gen-table.py writes spec-cases.h,
 * one function per wrapper that calls it with the values in struct
 * case_io, and run_case() below chooses those values (distinctive, cut to
 * each operand's width, top bit set so that a sign extension shows),
 * scripts the outcome and the outputs, and checks:
 *   - the wrapper has the C signature the contract gives it;
 *   - it executed exactly one spec instruction, this one, encoded as the
 *     spec says (prefix, map, opcode, ModRM, leaf values in registers);
 *   - the "CPU" read every input operand as the caller passed it
 *     (registers, implicit ones included, memory operands, layout bytes
 *     with every reserved bit zero);
 *   - the outputs it wrote landed in the caller's objects, and nothing
 *     beside them (guard words on both sides); on an RFLAGS failure,
 *     nothing was stored at all;
 *   - the status: the C constant of the RFLAGS outcome, or the value of
 *     the status register.
 * Every form of a wrapper (README, "Forms": <name>_raw(), _mem(), _or(),
 * _fault_only(), derived from the spec by specread.py as the contract
 * gives them) runs the same cases through its own generated function,
 * with what the form changes checked instead: the raw form's bytes reach
 * the CPU as passed, reserved ones included; the memory form's operand is
 * memory; the value form returns the value, and on a failure or a fault
 * calls on_fail() once with its parameters and the status and returns
 * what on_fail() returns; the fault-only form returns the success for
 * every VMfail.
 * What a generic case cannot say is written by hand at the end: round
 * trips through the VMX model (VMWRITE then VMREAD, VMPTRLD then
 * VMPTRST, VMCLEAR of the current VMCS) and the VM-instruction error
 * after VMfailValid, read back with VMREAD and vmx_insn_error().
 *
 * Built with -DHARNESS_FAULT_HOOK, the wrappers record a fault hook's
 * table (VMXGEN_FAULT_HOOK, as a kernel's _ASM_EXTABLE would) and every
 * wrapper gets one more case: its instruction faults (#UD or #GP, as the
 * "CPU" here raises it: SIGILL or SIGSEGV), and the "CPU" resumes at the
 * fixup the table gives for the faulting RIP with the registers and flags
 * unchanged, as a kernel's exception fixup does.  Then:
 *   - the fixup is where the contract (include/vmxgen/vmx_compat.h) puts
 *     it: the wrapper's fault path (asm goto wrappers), or the next
 *     instruction (wrappers with outputs, and those without a status);
 *   - a wrapper that returns an RFLAGS status returns the ISA's fault
 *     status (VMX_FAULT), and stores no output;
 *   - a wrapper that returns a status register returns the spec's fault
 *     value for it (TDX_SW_ERROR), not what the register held, and
 *     stores no output;
 *   - a wrapper without a status returns, and stores no output;
 *   - the normal outcomes' cases still give their own statuses, with the
 *     flags the hook sets before an instruction with outputs.
 */
#include <cpuid.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "emu.h"
#include "tap.h"
#include "variant.h"

#define VMCS_A		0x0000000123456000ULL	/* the current VMCS */
#define VMCS_B		0x00000007fedcb000ULL
#define GUARD_BYTE	0x5a
#define GUARD		0x5a5a5a5a5a5a5a5aULL

/* What a case passes to a wrapper, and what came back. */
struct case_io {
	enum spec_insn insn;
	int outcome;		/* ISA outcome, or EMU_NO_OUTCOME */
	char label[32];		/* "fail_valid", "run", "status 0" */
	/* The wrapper, or one of its forms (spec_form_cases). */
	enum spec_form form;
	enum spec_fixup fixup;
	void (*fn)(struct case_io *io);

	/* Chosen by run_case(). */
	unsigned int pick[SPEC_MAX_OPERANDS];	/* enum operands: which value */
	unsigned long long in[SPEC_MAX_OPERANDS];	/* inputs, as the CPU must see them */
	unsigned long long field[SPEC_MAX_OPERANDS][SPEC_MAX_FIELDS];
	unsigned long long out[SPEC_MAX_OPERANDS];	/* outputs the "CPU" writes */
	unsigned long long status;		/* status register value */
	/* The raw form: a layout operand's bytes, reserved ones included. */
	unsigned char raw[SPEC_MAX_OPERANDS][SPEC_MAX_MEM_BYTES];

	bool goto_form;		/* a goto form: ret is the label reached */

	/* Recorded by the case function. */
	const char *unsupported;
	const char *skipped;	/* a form this build does not define */
	const char *signature;
	bool signature_ok;
	bool returned;
	bool completed;		/* the wrapper returned to the case function */
	unsigned long long ret;
	unsigned long long got[SPEC_MAX_OPERANDS];	/* outputs as stored */
	bool untouched[SPEC_MAX_OPERANDS];	/* output object still all guard */
	bool guards[SPEC_MAX_OPERANDS];		/* guard words beside it intact */
	/* The value form: what its on_fail() handler saw, what it returned. */
	unsigned int fail_calls;
	long long fail_status;
	bool fail_args_ok;			/* the parameters as passed */
	unsigned long long fail_result;		/* what on_fail() returned */
};

/* What a value form's handler records (spec-cases.h's on_fail_*()). */
static struct {
	unsigned int calls;
	long long status;
	unsigned long long args[SPEC_MAX_OPERANDS];
} case_fail;

#define CASE_FAIL_RESULT 0x0badfa11c0ffee42ULL	/* on_fail() returns it */

static void case_guard(void *p, size_t n)
{
	memset(p, GUARD_BYTE, n);
}

static bool case_guard_ok(const void *p, size_t n)
{
	const unsigned char *b = p;
	size_t i;

	for (i = 0; i < n; i++)
		if (b[i] != GUARD_BYTE)
			return false;
	return true;
}

static void case_begin(struct case_io *io)
{
	(void)io;
	emu_begin();
}

static void case_end(struct case_io *io)
{
	emu_end();
	io->completed = true;
}

#ifdef HARNESS_FAULT_HOOK
/*
 * Like the kernel's _ASM_EXTABLE(insn, fixup): one entry per expansion,
 * each address a 32-bit offset from where it is stored.
 */
#define VMXGEN_FAULT_HOOK(insn, fixup)					\
	".pushsection harness_fixups, \"a\"\n\t"			\
	".balign 4\n\t"							\
	".long (" #insn ") - .\n\t"					\
	".long (" #fixup ") - .\n\t"					\
	".popsection\n\t"
extern const struct emu_fixup __start_harness_fixups[];
extern const struct emu_fixup __stop_harness_fixups[];
#endif

/* The label a goto form's case reached (its ret). */
enum { CASE_LABEL_SUCCEED, CASE_LABEL_FAIL, CASE_LABEL_FAULT };

#include "spec-cases.h"

#ifdef VMXGEN_HAVE_FAULT_HOOK
#define HAVE_FAULT_HOOK true
#else
#define HAVE_FAULT_HOOK false
#endif

/* The case being run, for naming its checks. */
static const char *cur_name;
static const char *cur_label;

static __attribute__((format(printf, 2, 3)))
bool check(bool ok, const char *fmt, ...)
{
	char what[160];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	return tap_ok(ok, "%s %s %s: %s", variant, cur_name, cur_label, what);
}

static void diag_bytes(const char *what, const unsigned char *b, size_t n)
{
	char buf[3 * SPEC_MAX_MEM_BYTES + 1] = "";
	size_t i;

	for (i = 0; i < n && i < SPEC_MAX_MEM_BYTES; i++)
		sprintf(buf + 3 * i, " %02x", b[i]);
	tap_diag("  %s:%s", what, buf);
}

static unsigned long long mask(unsigned int bits)
{
	return bits >= 64 ? ~0ULL : (1ULL << bits) - 1;
}

/*
 * A value for operand @what of @insn: distinctive, cut to @bits, with
 * the top bit set (a sign or zero extension, or a narrower store, shows).
 */
static unsigned long long distinct(unsigned int insn, unsigned int what,
				   unsigned int salt, unsigned int bits)
{
	unsigned long long v = 0x9e3779b97f4a7c15ULL *
			       (insn * 131ULL + what * 17ULL + salt + 1);

	v ^= v >> 29;
	return (v & mask(bits)) | 1ULL << (bits - 1);
}

/* Set bits low..low+width-1 of @d to @v (to ones beyond its 64 bits). */
static void layout_put(unsigned char *d, unsigned int low, unsigned int width,
		       unsigned long long v, bool ones)
{
	unsigned int i;

	for (i = 0; i < width; i++)
		if (i < 64 ? v >> i & 1 : ones)
			d[(low + i) / 8] |= 1u << ((low + i) % 8);
		else
			d[(low + i) / 8] &= ~(1u << ((low + i) % 8));
}

/*
 * The bytes a layout operand must hold: the fields the caller passed,
 * reserved ranges as the spec says (zero, or one); @care has the bits
 * that matter (not the ignored ones).
 */
static void layout_bytes(const struct spec_layout *l,
			 const unsigned long long *field,
			 unsigned char *want, unsigned char *care)
{
	unsigned int j;

	memset(want, 0, l->bytes);
	memset(care, 0xff, l->bytes);
	for (j = 0; j < l->nr_fields; j++)
		layout_put(want, l->fields[j].low, l->fields[j].width,
			   field[j], false);
	for (j = 0; j < l->nr_reserved; j++) {
		const struct spec_reserved_range *r = &l->reserved[j];

		if (r->must == SPEC_RESERVED_ONE)
			layout_put(want, r->low, r->width, ~0ULL, true);
		else if (r->must == SPEC_RESERVED_IGNORED)
			layout_put(care, r->low, r->width, 0, false);
	}
}

static bool bytes_match(const unsigned char *got, const unsigned char *want,
			const unsigned char *care, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		if ((got[i] ^ want[i]) & care[i])
			return false;
	return true;
}

/* The trap of the case: one instruction, this one, as the spec says. */
static const struct emu_trap *check_trap(enum spec_insn insn)
{
	const struct emu_trap *t = emu_trap(0);
	unsigned int n = emu_nr_traps();
	bool ok = n == 1 && t->insn == insn && !t->bad[0];

	check(ok, "executes one %s, encoded as the spec says",
	      spec_insns[insn].mnemonic);
	if (n != 1)
		tap_diag("  the CPU saw %u spec instructions", n);
	if (t && t->insn != insn)
		tap_diag("  decoded %s", spec_insns[t->insn].name);
	if (t && t->bad[0])
		tap_diag("  %s", t->bad);
	return n ? t : NULL;
}

/* Choose the values of one case of @insn, and script the "CPU". */
static void prepare(struct case_io *io, enum spec_insn insn, int outcome,
		    unsigned int salt)
{
	const struct spec_insn_info *s = &spec_insns[insn];
	unsigned int i, j;

	io->insn = insn;
	io->outcome = outcome;
	for (i = 0; i < s->nr_operands; i++) {
		/* The raw form's bytes: every one distinct, reserved ones too. */
		for (j = 0; io->form == SPEC_FORM_RAW && j < SPEC_MAX_MEM_BYTES; j++)
			io->raw[i][j] = (unsigned char)distinct(insn, 128 + i, salt * 64 + j, 8);
		const struct spec_operand *so = &s->operands[i];
		const struct spec_layout *l = so->layout;

		if (so->nr_enum)
			io->pick[i] %= so->nr_enum;
		if (so->fixed)
			io->in[i] = so->value & mask(so->width);
		else if (so->nr_enum)
			io->in[i] = so->enum_values[io->pick[i]];
		else if (so->address)	/* INVLPG's: never dereferenced */
			io->in[i] = distinct(insn, i, salt, 64);
		else if (so->width <= 64)
			io->in[i] = distinct(insn, i, salt, so->width);
		for (j = 0; l && j < l->nr_fields; j++)
			io->field[i][j] = distinct(insn, 16 + i * 8 + j, salt,
						   l->fields[j].width);
		if ((so->role & SPEC_WRITE) && so->width <= 64)
			io->out[i] = distinct(insn, 64 + i, salt, so->width);
	}
	emu_expect(insn, outcome, s->error);
	for (i = 0; i < s->nr_operands; i++)
		if (s->operands[i].role & SPEC_WRITE)
			emu_expect_output(i, io->out[i]);
	if (s->status == SPEC_STATUS_REGISTER)
		emu_expect_status(io->status);
}

static void run(struct case_io *io, unsigned int salt)
{
	unsigned int pick[SPEC_MAX_OPERANDS];
	unsigned long long status = io->status;
	enum spec_insn insn = io->insn;
	int outcome = io->outcome;
	enum spec_form form = io->form;
	enum spec_fixup fixup = io->fixup;
	bool goto_form = io->goto_form;
	void (*fn)(struct case_io *) = io->fn;

	memcpy(pick, io->pick, sizeof(pick));
	memset(io, 0, sizeof(*io));
	memcpy(io->pick, pick, sizeof(pick));
	io->status = status;
	io->form = form;
	io->fixup = fixup;
	io->goto_form = goto_form;
	io->fn = fn;
	prepare(io, insn, outcome, salt);
	/* In VMX root operation, with VMCS_A current. */
	emu_reset(true, VMCS_A);
	emu_dirty_stack();
	fn(io);
}

static void check_inputs(const struct emu_trap *t, const struct case_io *io)
{
	const struct spec_insn_info *s = &spec_insns[io->insn];
	unsigned int i;

	for (i = 0; i < s->nr_operands; i++) {
		const struct spec_operand *so = &s->operands[i];
		const struct emu_operand *o = t ? &t->op[i] : NULL;
		const struct spec_layout *l = so->layout;
		unsigned char want[SPEC_MAX_MEM_BYTES], care[SPEC_MAX_MEM_BYTES];
		bool ok;

		if (!(so->role & SPEC_READ))
			continue;
		if (so->kind == SPEC_SYSREG || (so->kind == SPEC_IMM && so->fixed))
			continue;	/* no value: the decoder's check (emu.c) */
		if (l && io->form == SPEC_FORM_RAW) {
			ok = o && o->is_mem && !memcmp(o->bytes, io->raw[i], l->bytes);
			if (!check(ok, "%s bytes as passed, reserved ones included",
				   so->name) && o) {
				diag_bytes("got ", o->bytes, l->bytes);
				diag_bytes("want", io->raw[i], l->bytes);
			}
			continue;
		}
		if (l) {
			layout_bytes(l, io->field[i], want, care);
			ok = o && o->is_mem && bytes_match(o->bytes, want, care, l->bytes);
			if (!check(ok, "%s bytes as the CPU reads them (reserved bits as the spec says)",
				   so->name) && o) {
				diag_bytes("got ", o->bytes, l->bytes);
				diag_bytes("want", want, l->bytes);
			}
			continue;
		}
		if (so->width > 64) {
			check(false, "%s: an input wider than 64 bits, which the harness cannot check",
			      so->name);
			continue;
		}
		if (io->form == SPEC_FORM_MEM && so->kind == SPEC_REG_OR_MEM)
			check(o && o->is_mem, "%s in memory (the memory encoding)",
			      so->name);
		ok = o && o->value == io->in[i];
		if (so->fixed)
			ok = check(ok, "%s: the fixed value %#llx in %s", so->name,
				   io->in[i], so->reg_name);
		else
			ok = check(ok, "%s as the CPU reads it", so->name);
		if (!ok && o)
			tap_diag("  got %#llx (%s), want %#llx", o->value,
				 o->is_mem ? "memory" : o->reg, io->in[i]);
	}
}

/*
 * The outputs landed in the caller's objects, and nothing beside them;
 * after an RFLAGS failure nothing was stored (a readwrite object keeps
 * what the caller put there).
 */
static void check_outputs(const struct emu_trap *t, const struct case_io *io,
			  bool stored)
{
	const struct spec_insn_info *s = &spec_insns[io->insn];
	unsigned int i;

	for (i = 0; i < s->nr_operands; i++) {
		const struct spec_operand *so = &s->operands[i];
		const struct emu_operand *o = t ? &t->op[i] : NULL;

		if (!(so->role & SPEC_WRITE) || so->kind == SPEC_SYSREG)
			continue;	/* a control register: nothing to store */
		if (io->form == SPEC_FORM_MEM && so->kind == SPEC_REG_OR_MEM)
			check(o && o->is_mem, "%s is memory (the memory encoding)",
			      so->name);
		if (io->form == SPEC_FORM_VALUE) {
			/* No object: the value comes back as the result. */
			if (stored && !check(io->got[i] == io->out[i],
					     "returns %s", so->name))
				tap_diag("  got %#llx, want %#llx", io->got[i],
					 io->out[i]);
			continue;
		}
		if (stored) {
			if (!check(io->got[i] == io->out[i], "%s lands in *%s",
				   so->name, so->name))
				tap_diag("  got %#llx, want %#llx (the CPU wrote it to %s)",
					 io->got[i], io->out[i],
					 !o ? "?" : o->is_mem ? "memory" : o->reg);
		} else if (so->role & SPEC_READ) {
			if (!check(io->got[i] == io->in[i], "*%s keeps its value",
				   so->name))
				tap_diag("  got %#llx, want %#llx", io->got[i], io->in[i]);
		} else if (!check(io->untouched[i], "*%s untouched", so->name)) {
			tap_diag("  got %#llx", io->got[i]);
		}
		check(io->guards[i], "nothing written beside *%s", so->name);
	}
}

/* Whether @outcome of @s is a failure (an RFLAGS outcome with a flag). */
static bool isa_fails(const struct spec_insn_info *s, int outcome)
{
	return s->status == SPEC_STATUS_RFLAGS && outcome >= 0 &&
	       spec_isas[s->isa].outcomes[outcome].flag != SPEC_FLAG_NONE;
}

/*
 * The value form: on success on_fail() is not called; on a failure
 * (status @failed, 0 for none) or a fault it is called once, with the
 * parameters as passed and the status, and what it returns is returned.
 */
static void check_on_fail(const struct case_io *io, long long failed)
{
	if (!failed) {
		check(io->returned && io->fail_calls == 0, "on_fail() not called");
		return;
	}
	if (!check(io->fail_calls == 1 && io->fail_status == failed,
		   "on_fail() called once, with the status (%lld)", failed))
		tap_diag("  %u calls, status %lld", io->fail_calls, io->fail_status);
	check(io->fail_args_ok, "on_fail() gets the parameters as passed");
	if (!check(io->returned && io->ret == io->fail_result,
		   "returns what on_fail() returns"))
		tap_diag("  got %#llx, want %#llx", io->ret, io->fail_result);
}

static void check_status(const struct emu_trap *t, const struct case_io *io)
{
	const struct spec_insn_info *s = &spec_insns[io->insn];
	const long long *constants = spec_status[s->isa];
	unsigned long long want;

	if (s->status == SPEC_STATUS_REGISTER) {
		want = io->outcome == EMU_CARRY ? s->cf_value :
			io->status & mask(s->status_width);
		if (!check(io->returned && io->ret == want, "status from %s",
			   t && t->insn == io->insn ? "the status register" : "?"))
			tap_diag("  got %#llx, want %#llx", io->ret, want);
	} else if (io->goto_form) {
		/* One label for every VMfail; none in the fault-only form. */
		want = isa_fails(s, io->outcome) &&
		       io->form != SPEC_FORM_FAULT_ONLY ? CASE_LABEL_FAIL :
		       CASE_LABEL_SUCCEED;
		if (!check(io->returned && io->ret == want, "goes on at the %s",
			   want == CASE_LABEL_FAIL ? "fail label" :
			   "statement after it"))
			tap_diag("  reached label %lld", (long long)io->ret);
	} else if (io->form == SPEC_FORM_VALUE) {
		check_on_fail(io, constants && isa_fails(s, io->outcome) ?
			      constants[io->outcome] : 0);
	} else if (s->status == SPEC_STATUS_RFLAGS && io->returned) {
		/* The fault-only form reports no VMfail: the success. */
		want = !constants ? ~0ULL : io->form == SPEC_FORM_FAULT_ONLY ?
			(unsigned long long)constants[s->outcome_list[0]] :
			(unsigned long long)constants[io->outcome];
		if (!check(io->ret == want, "status"))
			tap_diag("  got %lld, want %lld", (long long)io->ret,
				 (long long)want);
	} else if (s->status == SPEC_STATUS_NONE && io->returned) {
		/* Reports nothing, faults only: the one (success) outcome. */
		want = constants ? (unsigned long long)constants[0] : ~0ULL;
		if (!check(io->ret == want, "status: the success (no fault)"))
			tap_diag("  got %lld, want %lld", (long long)io->ret,
				 (long long)want);
	}
}

/*
 * Whether this compiler gets asm goto with outputs under the README's rule
 * (gcc 11 and later, clang 17 and later): then a wrapper with outputs
 * (VMREAD) resumes at its fault path too, else after the instruction.
 */
#if defined(VMXGEN_NO_ASM_GOTO_OUTPUT)
#define ASM_GOTO_OUTPUT 0
#elif defined(__clang__)
#define ASM_GOTO_OUTPUT (__clang_major__ >= 17)
#else
#define ASM_GOTO_OUTPUT (__GNUC__ >= 11)
#endif

/*
 * The value form of an implementation that takes its status as a flag byte
 * whatever the compiler (the Rust crate's: tests/rust.py defines
 * HARNESS_VALUE_FORM_FLAG_BYTE) resumes after the instruction.
 */
#ifdef HARNESS_VALUE_FORM_FLAG_BYTE
#define VALUE_FORM_GOTO_OUTPUT 0
#else
#define VALUE_FORM_GOTO_OUTPUT ASM_GOTO_OUTPUT
#endif

/* How the fault cases' instructions trapped: SIGILL (#UD), SIGSEGV (#GP). */
static unsigned int faults_ud, faults_gp, faults_stepped;

/*
 * After a fault and the fixup the table gave: where it resumed, what the
 * wrapper returned, and that it stored nothing.
 */
static void check_fault(const struct emu_trap *t, const struct case_io *io)
{
	bool goto_output = io->form == SPEC_FORM_VALUE ? VALUE_FORM_GOTO_OUTPUT :
			   ASM_GOTO_OUTPUT;
	const char *const where[] = {
		[SPEC_FIXUP_NEXT] = "the next instruction",
		[SPEC_FIXUP_PATH] = "the wrapper's fault path",
		[SPEC_FIXUP_FLAGS] = goto_output ? "the wrapper's fault path (asm goto with outputs)" :
			"the next instruction, with CF = ZF = 1 set before it",
	};
	const struct spec_insn_info *s = &spec_insns[io->insn];
	const struct spec_isa_info *isa = &spec_isas[s->isa];
	const long long *constant = spec_fault[s->isa];
	bool at_next = t && t->fixed_up && t->fixup == t->next;
	bool ok;

	if (t) {
		faults_ud += t->signo == SIGILL;
		faults_gp += t->signo == SIGSEGV;
		faults_stepped += t->signo == SIGTRAP;
	}
	ok = t && t->fixed_up &&
	     at_next == (io->fixup == SPEC_FIXUP_NEXT ||
			 (io->fixup == SPEC_FIXUP_FLAGS && !goto_output));
	if (!check(ok, "the fault hook's fixup is %s", where[io->fixup]) && t)
		tap_diag("  %s (signal %d) at %#llx: %s %#llx, the next instruction at %#llx",
			 spec_insns[t->insn].mnemonic, t->signo, t->rip,
			 t->fixed_up ? "fixup" : "no table entry, skipped to", t->fixup,
			 t->next);
	check(io->completed, "resumes: the wrapper returns to its caller");
	if (io->form == SPEC_FORM_VALUE) {
		check_on_fail(io, constant ? *constant : -1);
		check_outputs(t, io, false);
		return;
	}
	if (io->fixup == SPEC_FIXUP_NEXT && io->returned) {
		/*
		 * A status the wrapper cannot tell from a fault (RFLAGS in an
		 * ISA without a fault status): whatever the registers held,
		 * and so are its outputs.
		 */
		return;
	}
	if (io->goto_form) {
		check(io->returned && io->ret == CASE_LABEL_FAULT,
		      "goes on at the fault label");
	} else if (s->status == SPEC_STATUS_REGISTER && io->fixup != SPEC_FIXUP_NEXT) {
		/* Not what the register held: the spec's fault value. */
		ok = io->returned && s->status_fault && io->ret == s->fault_value;
		if (!check(ok, "status: the fault value (%#llx)", s->fault_value))
			tap_diag("  got %#llx", io->ret);
	} else if (io->fixup != SPEC_FIXUP_NEXT) {
		ok = io->returned && constant && *constant == isa->fault_value &&
		     io->ret == (unsigned long long)*constant;
		if (!check(ok, "status: the fault status (%lld)", isa->fault_value))
			tap_diag("  got %lld, want %lld", (long long)io->ret,
				 constant ? *constant : -1LL);
	}
	check_outputs(t, io, false);
}

/*
 * Every value of each enum-typed operand reaches the register: run the
 * case once per value (the outcome of @io).
 */
static void check_enums(struct case_io *io)
{
	const struct spec_insn_info *s = &spec_insns[io->insn];
	unsigned int i, k;

	for (i = 0; i < s->nr_operands; i++) {
		const struct spec_operand *so = &s->operands[i];
		bool ok = true;

		if (so->fixed || so->nr_enum < 2 || !(so->role & SPEC_READ))
			continue;
		for (k = 0; k < so->nr_enum; k++) {
			const struct emu_operand *o;

			memset(io->pick, 0, sizeof(io->pick));
			io->pick[i] = k;
			run(io, 7);
			o = emu_nr_traps() == 1 ? &emu_trap(0)->op[i] : NULL;
			ok &= o && o->value == (unsigned long long)so->enum_values[k];
		}
		memset(io->pick, 0, sizeof(io->pick));
		check(ok, "every value of its enum reaches %s", so->name);
	}
}

/*
 * After VMfailValid the error number is in the current VMCS: fetch it the
 * way a caller would.
 */
static void check_error(unsigned int want)
{
#if defined(SPEC_HAVE_VMX_VMREAD)
	unsigned long v = GUARD;
	enum vmx_status st;

	emu_expect(SPEC_VMX_VMREAD, SPEC_OC_VMX_SUCCEED, 0);
	emu_begin();
	st = vmx_vmread(SPEC_VMCS_VM_INSTRUCTION_ERROR, &v);
	emu_end();
	if (!check(st == VMX_SUCCEED && v == want && emu_nr_traps() == 1,
		   "error number via vmread"))
		tap_diag("  status %d, error %lu, want %u", st, v, want);

	emu_expect(SPEC_VMX_VMREAD, SPEC_OC_VMX_SUCCEED, 0);
	emu_begin();
	v = vmx_insn_error();
	emu_end();
	if (!check(v == want && emu_nr_traps() == 1,
		   "error number via vmx_insn_error()"))
		tap_diag("  error %lu, want %u", v, want);
#else
	(void)want;
	check(false, "the spec has VMfailValid but no vmx_vmread to read the error");
#endif
}

/*
 * Case number @k of @insn: its values (and its enum operands' values)
 * differ from case to case.
 */
static void run_case(const struct spec_form_case *f, enum spec_insn insn,
		     int outcome, const char *label, unsigned long long status,
		     unsigned int k)
{
	bool first = !k;
	const struct spec_insn_info *s = &spec_insns[insn];
	const struct spec_isa_info *isa = &spec_isas[s->isa];
	const char *why = emu_unusable(insn);
	const struct emu_trap *t;
	struct case_io io;
	unsigned int i;
	bool stored;

	cur_name = f ? f->name : s->name;
	cur_label = label;
	if (why) {
		tap_skip(why, "%s %s %s", variant, cur_name, label);
		return;
	}
	memset(&io, 0, sizeof(io));
	io.insn = insn;
	io.outcome = outcome;
	io.status = status;
	io.form = f ? f->form : SPEC_FORM_NONE;
	io.fixup = f ? f->fixup : s->fixup;
	io.fn = f ? f->run : spec_cases[insn];
	io.goto_form = f && f->goto_form;
	for (i = 0; i < SPEC_MAX_OPERANDS; i++)
		io.pick[i] = k;
	run(&io, k);
	if (io.unsupported) {
		check(false, "%s", io.unsupported);
		return;
	}
	if (io.skipped) {
		tap_skip(io.skipped, "%s %s %s", variant, cur_name, label);
		return;
	}
	if (first && !io.goto_form && !check(io.signature_ok, "C signature %s", io.signature))
		tap_diag("  the generated header declares something else");
	t = check_trap(insn);
	check_inputs(t, &io);
	if (outcome == EMU_FAULT) {
		check_fault(t, &io);
		return;
	}
	stored = s->status != SPEC_STATUS_RFLAGS ||
		 isa->outcomes[outcome].flag == SPEC_FLAG_NONE;
	check_outputs(t, &io, stored);
	check_status(t, &io);
	if (first && !f)
		check_enums(&io);
	if (s->status == SPEC_STATUS_RFLAGS &&
	    isa->outcomes[outcome].flag == SPEC_FLAG_ZF && isa->error_field >= 0)
		check_error(s->error);
}

/*
 * Every case the spec gives @insn (or its form @f): one per outcome, or
 * per status value.
 */
static void run_cases(const struct spec_form_case *f, enum spec_insn insn)
{
	const struct spec_insn_info *s = &spec_insns[insn];
	const struct spec_isa_info *isa = &spec_isas[s->isa];
	char label[32];
	unsigned int k;

	switch (s->status) {
	case SPEC_STATUS_RFLAGS:
		for (k = 0; k < s->nr_outcomes; k++)
			run_case(f, insn, s->outcome_list[k],
				 isa->outcomes[s->outcome_list[k]].label, 0, k);
		break;
	case SPEC_STATUS_NONE:
		run_case(f, insn, EMU_NO_OUTCOME, "run", 0, 0);
		break;
	case SPEC_STATUS_REGISTER:
		run_case(f, insn, EMU_NO_OUTCOME, "status 0", 0, 0);
		snprintf(label, sizeof(label), "status %#llx",
			 distinct(insn, 99, 0, s->status_width));
		run_case(f, insn, EMU_NO_OUTCOME, label,
			 distinct(insn, 99, 0, s->status_width), 1);
		/* CF set (and the register 0, as PVALIDATE leaves it). */
		if (s->status_cf)
			run_case(f, insn, EMU_CARRY, "CF set", 0, 3);
		break;
	}
	if (HAVE_FAULT_HOOK)
		run_case(f, insn, EMU_FAULT, "fault", 0, s->nr_outcomes + 2);
}

/* The C constants of each RFLAGS status enum are the spec's values. */
static void check_status_constants(void)
{
	unsigned int i, k;

	for (i = 0; i < SPEC_NR_ISAS; i++) {
		const struct spec_isa_info *isa = &spec_isas[i];
		bool ok = true;

		if (!spec_status[i])
			continue;
		for (k = 0; k < isa->nr_outcomes; k++)
			ok &= spec_status[i][k] == isa->outcomes[k].value;
		tap_ok(ok, "%s enum %s_status: the constants have the spec's values",
		       variant, isa->name);
	}
}

/* --- Round trips through the VMX model: what no generic case says. --- */

#define RUN(insn, call)						\
	({								\
		emu_expect(insn, SPEC_OC_VMX_SUCCEED, 0);		\
		emu_begin();						\
		call;							\
		emu_end();						\
		emu_nr_traps() == 1 && !emu_trap(0)->bad[0];		\
	})

static __attribute__((noinline)) void vmx_round_trips(void)
{
#if defined(SPEC_HAVE_VMX_VMPTRLD) && defined(SPEC_HAVE_VMX_VMPTRST) && \
	defined(SPEC_HAVE_VMX_VMCLEAR) && defined(SPEC_HAVE_VMX_VMREAD) && \
	defined(SPEC_HAVE_VMX_VMWRITE)
	const unsigned long field = SPEC_VMCS_HOST_RIP;
	const unsigned long value = 0xffffffff81234567UL;
	vmx_u64 pa;
	unsigned long back;
	bool ok;

	cur_label = "model";
	cur_name = "vmx_vmptrst";
	emu_reset(true, VMCS_A);
	pa = GUARD;
	ok = RUN(SPEC_VMX_VMPTRST, vmx_vmptrst(&pa));
	if (!check(ok && pa == VMCS_A, "stores the current-VMCS pointer"))
		tap_diag("  got %#llx, want %#llx", (unsigned long long)pa, VMCS_A);

	cur_name = "vmx_vmptrld";
	ok = RUN(SPEC_VMX_VMPTRLD, vmx_vmptrld(VMCS_B));
	pa = GUARD;
	ok &= RUN(SPEC_VMX_VMPTRST, vmx_vmptrst(&pa));
	if (!check(ok && pa == VMCS_B, "vmx_vmptrst gives it back"))
		tap_diag("  got %#llx, want %#llx", (unsigned long long)pa, VMCS_B);

	cur_name = "vmx_vmclear";
	emu_reset(true, VMCS_A);
	ok = RUN(SPEC_VMX_VMCLEAR, vmx_vmclear(VMCS_B));
	pa = GUARD;
	ok &= RUN(SPEC_VMX_VMPTRST, vmx_vmptrst(&pa));
	check(ok && pa == VMCS_A, "of another VMCS: the current one stays");
	ok = RUN(SPEC_VMX_VMCLEAR, vmx_vmclear(VMCS_A));
	pa = GUARD;
	ok &= RUN(SPEC_VMX_VMPTRST, vmx_vmptrst(&pa));
	check(ok && pa == EMU_NO_VMCS,
	      "of the current VMCS: vmx_vmptrst shows none");

	cur_name = "vmx_vmread";
	emu_reset(true, VMCS_A);
	emu_vmcs_set(VMCS_A, SPEC_VMCS_GUEST_RIP, 0xfedcba9876543210ULL);
	back = GUARD;
	ok = RUN(SPEC_VMX_VMREAD, vmx_vmread(SPEC_VMCS_GUEST_RIP, &back));
	if (!check(ok && back == 0xfedcba9876543210UL,
		   "gives the value the current VMCS holds"))
		tap_diag("  got %#lx", back);

	cur_name = "vmx_vmwrite";
	ok = RUN(SPEC_VMX_VMWRITE, vmx_vmwrite(field, value));
	back = GUARD;
	ok &= RUN(SPEC_VMX_VMREAD, vmx_vmread(field, &back));
	if (!check(ok && back == value, "vmx_vmread gives it back"))
		tap_diag("  got %#lx, want %#lx", back, value);
#endif
}

/* Without a current VMCS the VMREAD fails, and vmx_insn_error() says 0. */
static void check_insn_error_without_vmcs(void)
{
#if defined(SPEC_HAVE_VMX_VMREAD)
	const struct emu_operand *field;
	unsigned int error;

	emu_reset(true, EMU_NO_VMCS);
	emu_expect(SPEC_VMX_VMREAD, SPEC_OC_VMX_FAIL_INVALID, 0);
	emu_begin();
	error = vmx_insn_error();
	emu_end();
	field = emu_operand(emu_trap(0), "field");
	tap_ok(error == 0 && emu_nr_traps() == 1 && field &&
	       field->value == SPEC_VMCS_VM_INSTRUCTION_ERROR,
	       "%s vmx_insn_error() without a current VMCS: 0", variant);
#endif
}

/* When VMREAD faults, vmx_insn_error() says 0. */
static void check_insn_error_fault(void)
{
#if defined(SPEC_HAVE_VMX_VMREAD)
	unsigned int error;

	emu_reset(true, VMCS_A);
	emu_vmcs_set(VMCS_A, SPEC_VMCS_VM_INSTRUCTION_ERROR, 7);
	emu_expect(SPEC_VMX_VMREAD, EMU_FAULT, 0);
	emu_begin();
	error = vmx_insn_error();
	emu_end();
	tap_ok(error == 0 && emu_nr_traps() == 1 && !emu_trap(0)->bad[0],
	       "%s vmx_insn_error() when its VMREAD faults: 0", variant);
#endif
}

/*
 * CPUID, RDTSC and XGETBV run in user mode (Linux leaves CR4.TSD clear and
 * sets CR4.OSXSAVE): called outside the "CPU" here, the wrappers give what
 * the processor gives to the compiler's own <cpuid.h> and builtins (the
 * builtins, not <x86intrin.h>: that header was half of this file's parsing,
 * which every harness build and each tests/extension.py case pays).
 */
#if defined(SPEC_HAVE_HOSTX_XGETBV)
__attribute__((target("xsave"))) static unsigned long long xcr0(void)
{
	return __builtin_ia32_xgetbv(0);
}
#endif

static void check_native(void)
{
#if defined(SPEC_HAVE_HOSTX_CPUID)
	/* Leaves whose values do not depend on the processor asked (leaf
	 * 1's EBX 31:24 is the APIC ID: masked, the thread may move). */
	static const unsigned int leaves[][3] = {
		{ 0, 0, ~0U }, { 1, 0, 0x00ffffff }, { 7, 0, ~0U },
		{ 0xd, 0, ~0U }, { 0xd, 1, ~0U }, { 0x80000000, 0, ~0U },
		{ 0x80000001, 0, ~0U },
	};
	unsigned int i, max, a, b, c, d;
	vmx_u32 r[4];
	enum hostx_status st;

	emu_begin();	/* no trap recorded: nothing to resume */
	emu_end();
	/* int in clang's <cpuid.h>, unsigned int in gcc's */
	max = (unsigned int)__get_cpuid_max(0, NULL);
	for (i = 0; i < sizeof(leaves) / sizeof(leaves[0]); i++) {
		unsigned int leaf = leaves[i][0], sub = leaves[i][1];

		if (leaf < 0x80000000 ? leaf > max :
		    leaf > (unsigned int)__get_cpuid_max(0x80000000, NULL)) {
			tap_skip("the processor has no such leaf",
				 "%s hostx_cpuid(%#x, %u) on this processor", variant, leaf, sub);
			continue;
		}
		__cpuid_count(leaf, sub, a, b, c, d);
		st = hostx_cpuid(leaf, sub, &r[0], &r[1], &r[2], &r[3]);
		if (!tap_ok(st == HOSTX_OK && r[0] == a && (r[1] & leaves[i][2]) == (b & leaves[i][2]) &&
			    r[2] == c && r[3] == d,
			    "%s hostx_cpuid(%#x, %u) on this processor: <cpuid.h>'s __cpuid_count() values",
			    variant, leaf, sub))
			tap_diag("  got %#x %#x %#x %#x, want %#x %#x %#x %#x",
				 r[0], r[1], r[2], r[3], a, b, c, d);
	}
#endif
#if defined(SPEC_HAVE_HOSTX_RDTSC)
	{
		/* lfence keeps each read after the one before it. */
		unsigned long long t0, t, t1;
		vmx_u32 lo, hi;

		__builtin_ia32_lfence();
		t0 = __builtin_ia32_rdtsc();
		__builtin_ia32_lfence();
		hostx_rdtsc(&lo, &hi);
		__builtin_ia32_lfence();
		t1 = __builtin_ia32_rdtsc();
		t = (unsigned long long)hi << 32 | lo;
		if (!tap_ok(t0 <= t && t <= t1 && t1 - t0 < 1ULL << 32,
			    "%s hostx_rdtsc() on this processor: between two __rdtsc()", variant))
			tap_diag("  %#llx, %#llx, %#llx", t0, t, t1);
	}
#endif
#if defined(SPEC_HAVE_HOSTX_XGETBV) && defined(SPEC_HAVE_HOSTX_CPUID)
	{
		unsigned int a, b, c, d;
		vmx_u32 lo, hi;

		if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_OSXSAVE)) {
			tap_skip("CPUID.1:ECX.OSXSAVE is 0: XGETBV raises #UD",
				 "%s hostx_xgetbv(0) on this processor", variant);
		} else {
			hostx_xgetbv(0, &lo, &hi);
			if (!tap_ok(((unsigned long long)hi << 32 | lo) == xcr0(),
				    "%s hostx_xgetbv(0) on this processor: _xgetbv(0)'s XCR0", variant))
				tap_diag("  got %#llx, want %#llx",
					 (unsigned long long)hi << 32 | lo, xcr0());
		}
	}
#endif
}

/* The fault hook is in use exactly in the variants built with it. */
static void check_hook(void)
{
#ifdef HARNESS_FAULT_HOOK
	emu_fixups(__start_harness_fixups, __stop_harness_fixups);
	tap_ok(HAVE_FAULT_HOOK && emu_nr_fixups() > 0,
	       "%s: built with a fault hook (VMXGEN_HAVE_FAULT_HOOK), which recorded %u fixups",
	       variant, emu_nr_fixups());
#else
	tap_ok(!HAVE_FAULT_HOOK,
	       "%s: built without a fault hook (VMXGEN_HAVE_FAULT_HOOK undefined)",
	       variant);
#endif
}

int main(void)
{
	unsigned int k;
	int insn;

	tap_start();
	emu_init();
	variant_check();
	check_hook();
	for (insn = 0; insn < SPEC_NR_INSNS; insn++)
		tap_diag("%s: %s", spec_insns[insn].name, emu_how(insn));
	check_status_constants();
	for (insn = 0; insn < SPEC_NR_INSNS; insn++) {
		/*
		 * No case: an instruction without a wrapper (VMRUN, only a
		 * guest entry executes it), or with gen-table.py ISA... the
		 * other ISAs' wrappers.
		 */
		if (!spec_cases[insn])
			continue;
		run_cases(NULL, insn);
	}
	for (k = 0; k < SPEC_NR_FORM_CASES; k++)
		run_cases(&spec_form_cases[k], spec_form_cases[k].insn);
	check_native();
#if defined(SPEC_HAVE_VMX_VMREAD)
	if (!emu_unusable(SPEC_VMX_VMREAD)) {
		vmx_round_trips();
		check_insn_error_without_vmcs();
		if (HAVE_FAULT_HOOK)
			check_insn_error_fault();
	}
	if (HAVE_FAULT_HOOK)
		tap_diag("fault cases: %u trapped as SIGILL (#UD), %u as SIGSEGV (#GP), %u by single-stepping",
			 faults_ud, faults_gp, faults_stepped);
#endif
	return tap_done();
}
