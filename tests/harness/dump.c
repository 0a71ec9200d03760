// SPDX-License-Identifier: MIT
/*
 * The generated dumps against lines derived from the spec by the tests'
 * own reader (spec-dump.h, from tests/harness/dumpread.py):
 *  - vmx_vmcs_dump() under the trap-and-emulate "CPU" in table mode: each
 *    VMREAD reads the model's VMCS, and a field the model lacks (every
 *    fifth) is VMfailValid 12, as a CPU without it answers; the dump must
 *    print every field the model has, decoded, in spec order, and none
 *    of the others; then with no current VMCS it must print nothing and
 *    return VMX_FAIL_INVALID;
 *  - svm_vmcb_dump_fields() on a VMCB filled with a byte pattern and an
 *    exit code whose EXITINFO1 the spec decodes.
 */
#include <stdio.h>
#include <string.h>

#include <vmxgen/vmx.h>
#include <vmxgen/svm.h>

#include "emu.h"
#include "spec-dump.h"
#include "tap.h"
#include "variant.h"

#define VMCS_A		0x0000000123456000ULL	/* the current VMCS */
#define MAX_LINES	512

static char lines[MAX_LINES][VMX_DUMP_LINE_MAX > SVM_DUMP_LINE_MAX ?
			     VMX_DUMP_LINE_MAX : SVM_DUMP_LINE_MAX];
static unsigned int nr_lines;

static void collect(void *ctx, const char *line)
{
	(void)ctx;
	if (nr_lines < MAX_LINES)
		snprintf(lines[nr_lines], sizeof(lines[0]), "%s", line);
	nr_lines++;
}

/* Line @i printed is @want; the first mismatch of a run says both. */
static void check_line(unsigned int i, const char *want, const char *what)
{
	const char *got = i < nr_lines && i < MAX_LINES ? lines[i] : "(none)";

	if (!tap_ok(!strcmp(got, want), "%s dump %s line %u", variant, what, i))
		tap_diag("  got  '%s'\n#   want '%s'", got, want);
}

#ifdef SPEC_DUMP_VMCS
struct vmcs_case {
	unsigned long encoding;
	unsigned long long value;
	int supported;
	const char *line;
};

#define VMCS_CASE(enc, value, supported, line) { enc, value, supported, line },
static const struct vmcs_case vmcs_cases[] = { SPEC_DUMP_VMCS(VMCS_CASE) };
#define NR_VMCS_CASES (sizeof(vmcs_cases) / sizeof(vmcs_cases[0]))

static void dump_vmcs(void)
{
	unsigned int i, n = 0, bad, reads;
	const char *first_bad;
	enum vmx_status st;

	emu_reset(true, VMCS_A);
	for (i = 0; i < NR_VMCS_CASES; i++)
		if (vmcs_cases[i].supported)
			emu_vmcs_set(VMCS_A, vmcs_cases[i].encoding,
				     vmcs_cases[i].value);
	nr_lines = 0;
	emu_vmread_table(true);
	emu_begin();
	st = vmx_vmcs_dump(collect, NULL);
	emu_end();
	reads = emu_table_reads(&bad, &first_bad);
	emu_vmread_table(false);
	tap_ok(st == VMX_SUCCEED && emu_nr_traps() == 0, "%s dump vmcs: "
	       "VMX_SUCCEED, only VMREADs (status %d, %u other traps)",
	       variant, st, emu_nr_traps());
	if (!tap_ok(bad == 0, "%s dump vmcs: every VMREAD as the spec "
		    "encodes it (%u reads)", variant, reads))
		tap_diag("  %u differ; the first: %s", bad, first_bad);
	for (i = 0; i < NR_VMCS_CASES; i++)
		if (vmcs_cases[i].supported)
			check_line(n++, vmcs_cases[i].line, "vmcs");
	tap_ok(nr_lines == n, "%s dump vmcs: %u lines, one per field the "
	       "CPU has (%zu fields, the others VMfailValid)", variant,
	       nr_lines, NR_VMCS_CASES);

	/* No current VMCS: VMfailInvalid at the first read, nothing printed. */
	emu_reset(true, EMU_NO_VMCS);
	nr_lines = 0;
	emu_expect(SPEC_VMX_VMREAD, SPEC_OC_VMX_FAIL_INVALID, 0);
	emu_begin();
	st = vmx_vmcs_dump(collect, NULL);
	emu_end();
	tap_ok(st == VMX_FAIL_INVALID && nr_lines == 0 && emu_nr_traps() == 1,
	       "%s dump vmcs: no current VMCS: VMX_FAIL_INVALID, no line "
	       "(status %d, %u lines, %u VMREADs)", variant, st, nr_lines,
	       emu_nr_traps());
}
#endif

#ifdef SPEC_DUMP_VMCB
static const char *const vmcb_lines[] = {
#define VMCB_CASE(line) line,
	SPEC_DUMP_VMCB(VMCB_CASE)
};

static void dump_vmcb(void)
{
	static struct svm_vmcb vmcb;
	unsigned char *bytes = (unsigned char *)&vmcb;
	unsigned long long code = SPEC_DUMP_SVM_EXIT_CODE;
	unsigned int i;

	for (i = 0; i < sizeof(vmcb); i++)
		bytes[i] = SPEC_DUMP_SVM_BYTE(i);
	for (i = 0; i < 8; i++)
		bytes[SPEC_DUMP_SVM_EXIT_OFFSET + i] = code >> (8 * i) & 0xff;
	nr_lines = 0;
	svm_vmcb_dump_fields(&vmcb, collect, NULL);
	for (i = 0; i < sizeof(vmcb_lines) / sizeof(vmcb_lines[0]); i++)
		check_line(i, vmcb_lines[i], "vmcb");
	tap_ok(nr_lines == i, "%s dump vmcb: %u lines, one per integer member "
	       "(%u)", variant, nr_lines, i);
}
#endif

int main(void)
{
	tap_start();
	emu_init();
	variant_check();
#ifdef SPEC_DUMP_VMCS
	if (emu_unusable(SPEC_VMX_VMREAD))
		tap_skip(emu_unusable(SPEC_VMX_VMREAD), "%s dump vmcs", variant);
	else
		dump_vmcs();
#endif
#ifdef SPEC_DUMP_VMCB
	dump_vmcb();
#endif
	return tap_done();
}
