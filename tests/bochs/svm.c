// SPDX-License-Identifier: MIT
/*
 * svm.c - a tiny 64-bit kernel that runs the generated SVM code on the AMD
 * CPUs Bochs emulates, and prints one marker line per scenario:
 *
 *	SVMT <scenario-id> <PASS|FAIL|UNSUPPORTED> <detail>
 *
 * framed by "SVMT BEGIN" and "SVMT END failures=N"; an exception prints
 * "SVMT CRASH ...".  run-bochs-svm.sh turns the markers into TAP lines and
 * owns the verdicts (which scenarios each model must pass).
 *
 * Everything SVM comes from <vmxgen/svm.h>, included the way a user
 * includes it: the instruction wrappers, struct svm_vmcb and its members,
 * the exit codes and svm_exit_code_name(), the intercept bits, the CPUID
 * feature bits, EFER.SVME, VM_HSAVE_PA and the nested-page-fault EXITINFO1
 * layout.  Local code covers the rest: boot.S (long mode, IDT stubs),
 * klib.h (COM1, MSRs, IDT, TSS), page tables, the guests (assembly: their
 * exits are checked at exact addresses) and the local APIC.
 */
#define KLIB_MARKER "SVMT"
/*
 * The fault hook is in force for the whole kernel, as a Linux module would
 * use _ASM_EXTABLE: every SVM instruction records (instruction, fixup) in
 * the section vmxt_extable (kernel.ld gives its bounds), and exc_handler()
 * resumes a faulting one at its fixup; the wrapper then returns SVM_FAULT.
 * Defined before klib.h, whose MSR and CPUID helpers are hostx wrappers:
 * theirs are in the table too (a #GP there still ends the run).
 */
#define VMXGEN_FAULT_HOOK(insn, fixup)					\
	".pushsection vmxt_extable, \"a\"\n\t"				\
	".balign 8\n\t"							\
	".quad " #insn ", " #fixup "\n\t"				\
	".popsection\n\t"
#include "klib.h"
#include <vmxgen/svm.h>
#include "dumpcheck.h"

/* Architectural MSRs the generated header does not cover. */
#define MSR_STAR		0xC0000081
#define MSR_LSTAR		0xC0000082
#define MSR_CSTAR		0xC0000083
#define MSR_SFMASK		0xC0000084
#define MSR_FS_BASE		0xC0000100
#define MSR_GS_BASE		0xC0000101
#define MSR_KERNEL_GS_BASE	0xC0000102
#define MSR_SYSENTER_CS		0x174
#define MSR_SYSENTER_ESP	0x175
#define MSR_SYSENTER_EIP	0x176
#define MSR_PAT			0x277

/* Page-table entry bits (long-mode and nested page tables alike). */
#define PTE_P	(1ULL << 0)
#define PTE_RW	(1ULL << 1)
#define PTE_US	(1ULL << 2)
#define PTE_PWT	(1ULL << 3)
#define PTE_PCD	(1ULL << 4)
#define PTE_PS	(1ULL << 7)
#define PTE_ADDR 0x000FFFFFFFFFF000ULL
#define PAGE_2M	(1ULL << 21)

#define RFLAGS_FIXED	(1ULL << 1)

/* Freestanding: the compiler may still call these for struct copies. */
void *memset(void *d, int c, unsigned long n);
void *memset(void *d, int c, unsigned long n)
{
	unsigned char *p = d;

	while (n--)
		*p++ = (unsigned char)c;
	return d;
}

void *memcpy(void *d, const void *s, unsigned long n);
void *memcpy(void *d, const void *s, unsigned long n)
{
	unsigned char *p = d;
	const unsigned char *q = s;

	while (n--)
		*p++ = *q++;
	return d;
}

/* boot.S's VMX landing pads (unused by this kernel) refer to these. */
u64 vmexit_ctx[8], user_ctx[8];

/* One entry of vmxt_extable, as VMXGEN_FAULT_HOOK above records it. */
struct extable_entry {
	u64 insn, fixup;
};
extern const struct extable_entry __vmxt_extable_start[], __vmxt_extable_end[];

#define VEC_UD	6

/* Faults resumed through the table: how many, and the last one. */
static u64 n_faults, fault_vector, fault_rip;

/*
 * A #UD at an SVM instruction of the exception table resumes at its fixup;
 * any other exception in the host (the guests' are intercepted) ends the run.
 */
void exc_handler(struct exc_frame *f)
{
	const struct extable_entry *e;

	for (e = __vmxt_extable_start; e < __vmxt_extable_end; e++)
		if (e->insn == f->rip && f->vector == VEC_UD)
			break;
	if (e == __vmxt_extable_end)
		exc_report(f);
	n_faults++;
	fault_vector = f->vector;
	fault_rip = f->rip;
	f->rip = e->fixup;	/* everything else as the CPU saved it */
}

/* ------------------------------------------------------------------ */
/* Memory (4 KiB aligned, identity-mapped, in .bss). */

static struct svm_vmcb vmcb_msrs __attribute__((aligned(4096)));
static struct svm_vmcb vmcb_host __attribute__((aligned(4096)));
static u8 hsave[4096] __attribute__((aligned(4096)));
static u8 iopm[3 * 4096] __attribute__((aligned(4096)));
static u8 msrpm[2 * 4096] __attribute__((aligned(4096)));
static u64 npt_pml4[512] __attribute__((aligned(4096)));
static u64 npt_pdpt[512] __attribute__((aligned(4096)));
static u64 npt_pd[512] __attribute__((aligned(4096)));
static u64 apic_pd[512] __attribute__((aligned(4096)));
static u8 guest_stack[8192] __attribute__((aligned(16)));

static u32 svm_features;	/* CPUID 8000_000A EDX */

/* ------------------------------------------------------------------ */
/*
 * Every guest entry is svm_run_guest() (generated/vmxgen/svm_entry.S,
 * assembled by svm-entry.S with the fault hook), called through
 * entry_call() (tests/harness/entry-call.S, assembled by
 * svm-entry-call.S): it holds known values in rbx, rbp, r12-r15 and in two
 * stack words above the return address, and reports what came back.
 */
enum svm_status entry_call(struct svm_guest_regs *regs, u64 vmcb_pa,
			   const u64 in[8], u64 out[9]);
extern u64 entry_call_rsp;

static u64 mix(u64 x)	/* splitmix64 */
{
	x += 0x9E3779B97F4A7C15ULL;
	x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
	x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
	return x ^ (x >> 31);
}

/* All entries, and those whose status or host state came back wrong. */
static u64 n_entries, n_entries_bad;
static const char *entry_bad_what;
static u64 entry_bad_got, entry_bad_want, entry_bad_n;

static void entry_check(const char *what, u64 got, u64 want)
{
	if (got != want && !entry_bad_what) {
		entry_bad_what = what;
		entry_bad_got = got;
		entry_bad_want = want;
		entry_bad_n = n_entries;
	}
}

static struct svm_vmcb vmcb __attribute__((aligned(4096)));

/* One VMRUN of vmcb through svm_run_guest(). */
static enum svm_status enter(struct svm_guest_regs *regs)
{
	static const char *const what[9] = {
		"rbx", "rbp", "r12", "r13", "r14", "r15", "rsp after the call",
		"stack word 1", "stack word 2",
	};
	const char *bad = entry_bad_what;
	u64 in[8], out[9];
	enum svm_status st;
	unsigned int k;

	for (k = 0; k < 8; k++)
		in[k] = mix(n_entries * 8 + k + 0x5EED);
	st = entry_call(regs, pa_of(&vmcb), in, out);
	entry_check("svm_run_guest() status", st, SVM_OK);
	for (k = 0; k < 6; k++)
		entry_check(what[k], out[k], in[k]);
	entry_check(what[6], out[6], entry_call_rsp);
	entry_check(what[7], out[7], in[6]);
	entry_check(what[8], out[8], in[7]);
	if (entry_bad_what != bad)
		n_entries_bad++;
	n_entries++;
	return st;
}

/* ------------------------------------------------------------------ */
/*
 * The guests, in assembly: each exit is checked at the exact address of
 * the instruction that caused it.
 *
 * guest_intercepts: CPUID, VMMCALL, HLT, UD2, one exit each.
 * guest_npf: reads the 64-bit word at npf_gva into npf_value, then HLT.
 * guest_rt: one round trip; checks that every GPR holds rt_in[] (a wrong
 * one sets its bit in rt_bad), loads rt_out[] into every GPR, VMMCALL.
 * The index of a GPR in rt_in/rt_out: RT_* below.
 */
enum {
	RT_RAX, RT_RBX, RT_RCX, RT_RDX, RT_RSI, RT_RDI, RT_RBP, RT_RSP,
	RT_R8, RT_R9, RT_R10, RT_R11, RT_R12, RT_R13, RT_R14, RT_R15, RT_N
};
static const char *const rt_name[RT_N] = {
	"rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "rsp",
	"r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15",
};
u64 rt_in[RT_N], rt_out[RT_N], rt_bad;
volatile u64 npf_gva, npf_value;

void guest_intercepts(void), gi_cpuid(void), gi_vmmcall(void), gi_hlt(void),
	gi_ud2(void), gi_end(void);
void guest_npf(void), gn_load(void), gn_hlt(void);
void guest_rt(void), grt_vmmcall(void);

/*
 * Inline asm that stays: the guests are the test's own code, whose exits
 * are checked at exact addresses (the labels), in the forms the checks need.
 */
__asm__(
	"	.text\n"
	"	.globl	guest_intercepts, gi_cpuid, gi_vmmcall, gi_hlt, gi_ud2, gi_end\n"
	"guest_intercepts:\n"
	"gi_cpuid:	cpuid\n"
	"gi_vmmcall:	vmmcall\n"
	"gi_hlt:	hlt\n"
	"gi_ud2:	ud2\n"
	"gi_end:	hlt\n"
	"	jmp	gi_end\n"
	"\n"
	"	.globl	guest_npf, gn_load, gn_hlt\n"
	"guest_npf:\n"
	"	movq	npf_gva(%rip), %rbx\n"
	"gn_load:	movq	(%rbx), %rax\n"
	"	movq	%rax, npf_value(%rip)\n"
	"gn_hlt:	hlt\n"
	"	jmp	gn_hlt\n"
	"\n"
	"	.macro	RT_CHECK reg, k\n"
	"	cmpq	rt_in+8*\\k(%rip), %\\reg\n"
	"	je	1f\n"
	"	orq	$(1 << \\k), rt_bad(%rip)\n"
	"1:\n"
	"	.endm\n"
	"	.globl	guest_rt, grt_vmmcall\n"
	"guest_rt:\n"
	"	RT_CHECK rax, 0\n"
	"	RT_CHECK rbx, 1\n"
	"	RT_CHECK rcx, 2\n"
	"	RT_CHECK rdx, 3\n"
	"	RT_CHECK rsi, 4\n"
	"	RT_CHECK rdi, 5\n"
	"	RT_CHECK rbp, 6\n"
	"	RT_CHECK rsp, 7\n"
	"	RT_CHECK r8, 8\n"
	"	RT_CHECK r9, 9\n"
	"	RT_CHECK r10, 10\n"
	"	RT_CHECK r11, 11\n"
	"	RT_CHECK r12, 12\n"
	"	RT_CHECK r13, 13\n"
	"	RT_CHECK r14, 14\n"
	"	RT_CHECK r15, 15\n"
	"	movq	rt_out+8*0(%rip), %rax\n"
	"	movq	rt_out+8*1(%rip), %rbx\n"
	"	movq	rt_out+8*2(%rip), %rcx\n"
	"	movq	rt_out+8*3(%rip), %rdx\n"
	"	movq	rt_out+8*4(%rip), %rsi\n"
	"	movq	rt_out+8*5(%rip), %rdi\n"
	"	movq	rt_out+8*6(%rip), %rbp\n"
	"	movq	rt_out+8*7(%rip), %rsp\n"
	"	movq	rt_out+8*8(%rip), %r8\n"
	"	movq	rt_out+8*9(%rip), %r9\n"
	"	movq	rt_out+8*10(%rip), %r10\n"
	"	movq	rt_out+8*11(%rip), %r11\n"
	"	movq	rt_out+8*12(%rip), %r12\n"
	"	movq	rt_out+8*13(%rip), %r13\n"
	"	movq	rt_out+8*14(%rip), %r14\n"
	"	movq	rt_out+8*15(%rip), %r15\n"
	"grt_vmmcall:	vmmcall\n"
	"	jmp	guest_rt\n");

/* ------------------------------------------------------------------ */
/* The VMCB: a guest that is a copy of this flat 64-bit host. */

/* The VMCB attrib of a GDT segment, packed by the generated setters. */
static u16 gdt_attrib(u16 sel)
{
	u64 d = boot_gdt[sel >> 3];	/* x86 descriptor: type 43:40, S 44, ... */
	u32 a = 0;

	a = svm_segment_attrib_set_type(a, d >> 40 & 0xF);
	a = svm_segment_attrib_set_s(a, d >> 44 & 1);
	a = svm_segment_attrib_set_dpl(a, d >> 45 & 3);
	a = svm_segment_attrib_set_p(a, d >> 47 & 1);
	a = svm_segment_attrib_set_avl(a, d >> 52 & 1);
	a = svm_segment_attrib_set_l(a, d >> 53 & 1);
	a = svm_segment_attrib_set_db(a, d >> 54 & 1);
	a = svm_segment_attrib_set_g(a, d >> 55 & 1);
	return (u16)a;
}

#define SET_SEG(v, seg, sel, lim, b)					\
	do {								\
		(v)->save.seg.selector = (sel);				\
		(v)->save.seg.attrib = (sel) ? gdt_attrib(sel) : 0;	\
		(v)->save.seg.limit = (lim);				\
		(v)->save.seg.base = (b);				\
	} while (0)

static void vmcb_init(struct svm_vmcb *v, void (*rip)(void))
{
	struct hostx_pseudo_descriptor_64 gdtr, idtr;

	sgdt(&gdtr);
	sidt(&idtr);
	memset(v, 0, sizeof(*v));
	/* Every exception exits, so a guest fault is a visible exit code. */
	v->control.intercept_exceptions = ~0U;
	v->control.intercept_misc1 = SVM_INTERCEPT_MISC1_CPUID_MASK |
				     SVM_INTERCEPT_MISC1_HLT_MASK |
				     SVM_INTERCEPT_MISC1_SHUTDOWN_MASK;
	/* VMRUN must be intercepted, or VMRUN fails (VMEXIT_INVALID). */
	v->control.intercept_misc2 = SVM_INTERCEPT_MISC2_VMRUN_MASK |
				     SVM_INTERCEPT_MISC2_VMMCALL_MASK;
	v->control.iopm_base_pa = pa_of(iopm);
	v->control.msrpm_base_pa = pa_of(msrpm);
	v->control.asid = 1;

	SET_SEG(v, es, SEL_DATA, 0xFFFFFFFF, 0);
	SET_SEG(v, cs, SEL_CODE64, 0xFFFFFFFF, 0);
	SET_SEG(v, ss, SEL_DATA, 0xFFFFFFFF, 0);
	SET_SEG(v, ds, SEL_DATA, 0xFFFFFFFF, 0);
	v->save.gdtr.limit = gdtr.limit;
	v->save.gdtr.base = gdtr.base;
	v->save.idtr.limit = idtr.limit;
	v->save.idtr.base = idtr.base;
	v->save.cpl = 0;
	v->save.efer = rdmsr(SVM_MSR_EFER);
	v->save.cr0 = read_cr0();
	v->save.cr3 = read_cr3();
	v->save.cr4 = read_cr4();
	v->save.dr6 = 0xFFFF0FF0;	/* architectural reset values */
	v->save.dr7 = 0x400;
	v->save.rflags = RFLAGS_FIXED;
	v->save.rip = pa_of(rip);
	/* As after a call: RSP + 8 is 16-byte aligned. */
	v->save.rsp = pa_of(guest_stack + sizeof(guest_stack) - 8);
	v->save.g_pat = rdmsr(MSR_PAT);
}

static const char *exit_name(u64 code)
{
	const char *name = svm_exit_code_name(code);

	return name ? name : "unassigned";
}

/*
 * The last #VMEXIT must be @want, named @want_name by svm_exit_code_name(),
 * with the guest RIP at @at.  Reports and returns whether it was.
 */
static int expect_exit(const char *id, u64 want, const char *want_name,
		       void (*at)(void))
{
	u64 code = vmcb.control.exit_code, rip = vmcb.save.rip;
	const char *name = svm_exit_code_name(code);
	int ok = code == want && streq(name, want_name) && rip == pa_of(at) &&
		 vmcb.control.exit_int_info == 0;

	report(id, ok ? PASS : FAIL,
	       "exit code %x (%s) at guest rip %x, exitintinfo %x; want %x (%s) at %x, exitintinfo 0",
	       code, exit_name(code), rip, vmcb.control.exit_int_info, want,
	       want_name, pa_of(at));
	return ok;
}

/* ------------------------------------------------------------------ */
/* The scenarios, in order. */

/*
 * Each wrapper whose instruction raises #UD while EFER.SVME = 0 (APM Vol. 3:
 * VMLOAD, VMSAVE, INVLPGA, VMRUN in svm_run_guest(); VMMCALL outside a
 * guest always): one fault, at an instruction of the exception table, and
 * the wrapper returns SVM_FAULT.  STGI and CLGI are left out: with SVM Lock (SVML, on every
 * Bochs SVM model) they do not need EFER.SVME.
 */
static enum svm_status fc_vmload(void) { return svm_vmload(pa_of(&vmcb_host)); }
static enum svm_status fc_vmsave(void) { return svm_vmsave(pa_of(&vmcb_host)); }
static enum svm_status fc_invlpga(void) { return svm_invlpga_asid(0, 1); }
static enum svm_status fc_vmmcall(void) { return svm_vmmcall(); }
static enum svm_status fc_vmrun(void)
{
	struct svm_guest_regs regs = { 0 };

	return svm_run_guest(&regs, pa_of(&vmcb));
}

static const struct {
	const char *id, *insn;
	enum svm_status (*fn)(void);
} fault_cases[] = {
	{ "fault-ud-vmload", "svm_vmload", fc_vmload },
	{ "fault-ud-vmsave", "svm_vmsave", fc_vmsave },
	{ "fault-ud-invlpga", "svm_invlpga_asid", fc_invlpga },
	{ "fault-ud-vmmcall", "svm_vmmcall", fc_vmmcall },
	{ "fault-ud-vmrun", "svm_run_guest", fc_vmrun },
};

static u64 faults_in_cases;

static int in_extable(u64 rip)
{
	const struct extable_entry *e;

	for (e = __vmxt_extable_start; e < __vmxt_extable_end; e++)
		if (e->insn == rip)
			return 1;
	return 0;
}

static void fault_cases_svme_off(void)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(fault_cases); i++) {
		u64 before = n_faults;
		enum svm_status st;

		fault_vector = fault_rip = ~0ULL;
		st = fault_cases[i].fn();
		faults_in_cases += n_faults - before;
		report(fault_cases[i].id,
		       st == SVM_FAULT && n_faults - before == 1 &&
			       fault_vector == VEC_UD && in_extable(fault_rip)
			       ? PASS : FAIL,
		       "%s with EFER.SVME=0: returned %s, %u faults, vector %u at %x",
		       fault_cases[i].insn, st == SVM_FAULT ? "SVM_FAULT" :
		       st == SVM_OK ? "SVM_OK" : "?", n_faults - before,
		       fault_vector, fault_rip);
	}
}

/* "NP LbrVirt ...": the names of the bits set in @edx, by the header. */
static void feature_names(u32 edx)
{
	const char *sep = "";
	unsigned int bit;

	for (bit = 0; bit < 32; bit++) {
		if (!(edx & (1U << bit)))
			continue;
		if (svm_cpuid_svm_edx_bit_name(bit))
			kprintf("%s%s", sep, svm_cpuid_svm_edx_bit_name(bit));
		else
			kprintf("%sbit%u", sep, (u64)bit);
		sep = " ";
	}
}

static int enable_svm(void)
{
	u32 r[4];
	u64 efer;

	cpuid(SVM_CPUID_EXT_ECX_LEAF, 0, r);
	if (!svm_cpuid_ext_ecx_svm(r[2])) {
		report("cpuid-svm", FAIL, "CPUID %x ECX %x: SVM clear",
		       (u64)SVM_CPUID_EXT_ECX_LEAF, (u64)r[2]);
		return 0;
	}
	report("cpuid-svm", PASS, "CPUID %x ECX %x: SVM set",
	       (u64)SVM_CPUID_EXT_ECX_LEAF, (u64)r[2]);

	/* The harness compares the detail with what the model must report. */
	cpuid(SVM_CPUID_SVM_EDX_LEAF, 0, r);
	svm_features = r[3];
	kprintf(KLIB_MARKER " cpuid-svm-leaf PASS rev=%u asids=%x features=",
		(u64)svm_cpuid_svm_eax_svm_rev(r[0]), (u64)svm_cpuid_svm_ebx_nasid(r[1]));
	feature_names(r[3]);
	kprintf("\n");

	efer = rdmsr(SVM_MSR_EFER);
	wrmsr(SVM_MSR_EFER, efer | 1ULL << SVM_EFER_SVME_BIT);
	report("efer-svme", rdmsr(SVM_MSR_EFER) >> SVM_EFER_SVME_BIT & 1 &&
			    !(efer >> SVM_EFER_SVME_BIT & 1) ? PASS : FAIL,
	       "EFER %x before, %x after setting SVME (bit %u)", efer,
	       rdmsr(SVM_MSR_EFER), (u64)SVM_EFER_SVME_BIT);

	wrmsr(SVM_MSR_VM_HSAVE_PA, pa_of(hsave));
	report("vm-hsave-pa", rdmsr(SVM_MSR_VM_HSAVE_PA) == pa_of(hsave) ? PASS : FAIL,
	       "VM_HSAVE_PA %x, wrote %x", rdmsr(SVM_MSR_VM_HSAVE_PA), pa_of(hsave));
	return rdmsr(SVM_MSR_EFER) >> SVM_EFER_SVME_BIT & 1;
}

/*
 * svm_vmcb_dump_fields() right after the CPUID exit (issue 23): a line per
 * integer member; EXITCODE named, the intercepts vmcb_init() set by name.
 */
static struct dump_want dump_wants[] = {
	{ "control.exit_code", 0, 0 },	/* the exit code's name, set below */
	{ "control.intercept_misc1", "cpuid", 0 },
	{ "control.intercept_misc1", "hlt", 0 },
	{ "control.intercept_misc2", "vmrun", 0 },
	{ "control.intercept_misc2", "vmmcall", 0 },
};

static void dump_vmcb(void)
{
	struct dump_check check = { dump_wants, ARRAY_SIZE(dump_wants), "SVMT", 0 };
	const char *missing;

	dump_wants[0].part = svm_exit_code_name(SVM_EXIT_CODE_CPUID);
	svm_vmcb_dump_fields(&vmcb, dump_check_line, &check);
	missing = dump_missing(&check);
	report("dump-vmcb", !missing && check.lines >= 100 ? PASS : FAIL,
	       "svm_vmcb_dump_fields(): %u lines; decoded part missing: %s",
	       (u64)check.lines, missing ? missing : "none");
}

/* CPUID, VMMCALL, HLT, UD2 in one guest: four exits, nRIP where NRIPS. */
static void intercepts(void)
{
	static const struct {
		const char *id, *nrip_id;
		u64 code;
		const char *name;
		void (*at)(void), (*next)(void);
	} steps[] = {
		{ "vmrun-cpuid", "nrip-cpuid", SVM_EXIT_CODE_CPUID, "CPUID", gi_cpuid, gi_vmmcall },
		{ "vmrun-vmmcall", "nrip-vmmcall", SVM_EXIT_CODE_VMMCALL, "VMMCALL", gi_vmmcall, gi_hlt },
		{ "vmrun-hlt", "nrip-hlt", SVM_EXIT_CODE_HLT, "HLT", gi_hlt, gi_ud2 },
		{ "vmrun-ud2", 0, SVM_EXIT_CODE_EXCP_UD, "EXCP_UD", gi_ud2, gi_end },
	};
	struct svm_guest_regs regs = { 0 };
	unsigned int i;

	vmcb_init(&vmcb, guest_intercepts);
	for (i = 0; i < ARRAY_SIZE(steps); i++) {
		enter(&regs);
		expect_exit(steps[i].id, steps[i].code, steps[i].name, steps[i].at);
		if (steps[i].code == SVM_EXIT_CODE_CPUID)
			dump_vmcb();
		if (!steps[i].nrip_id)
			;
		else if (!svm_cpuid_svm_edx_nrips(svm_features))
			report(steps[i].nrip_id, UNSUPPORTED, "no NRIPS: not run");
		else
			report(steps[i].nrip_id,
			       vmcb.control.next_rip == pa_of(steps[i].next) ? PASS : FAIL,
			       "nRIP %x, want %x (the next instruction)",
			       vmcb.control.next_rip, pa_of(steps[i].next));
		vmcb.save.rip = pa_of(steps[i].next);
	}
}

static void asid_zero(void)
{
	struct svm_guest_regs regs = { 0 };
	u64 code;

	vmcb_init(&vmcb, guest_intercepts);
	vmcb.control.asid = 0;
	enter(&regs);
	code = vmcb.control.exit_code;
	report("vmrun-asid0", code == (u64)SVM_EXIT_CODE_INVALID &&
			      streq(svm_exit_code_name(code), "INVALID") ? PASS : FAIL,
	       "VMRUN with ASID 0: exit code %x (%s), want %x (INVALID)", code,
	       exit_name(code), (u64)SVM_EXIT_CODE_INVALID);
}

/* Guest-physical 2 MiB page 256 (512 MiB) starts unmapped. */
#define NPF_SLOT 256
static volatile u64 npf_target = 0x5EC0DEDA7A5EC0DEULL;

static void nested_paging(void)
{
	struct svm_guest_regs regs = { 0 };
	u64 info1, info2, target = pa_of(&npf_target);
	unsigned int i;

	if (!svm_cpuid_svm_edx_np(svm_features)) {
		report("npf-unmapped", UNSUPPORTED, "no nested paging: not run");
		report("npf-info", UNSUPPORTED, "no nested paging: not run");
		report("npf-mapped-hlt", UNSUPPORTED, "no nested paging: not run");
		report("npf-mapped-read", UNSUPPORTED, "no nested paging: not run");
		return;
	}
	/* Identity map of the first GiB; nested walks are user accesses. */
	npt_pml4[0] = pa_of(npt_pdpt) | PTE_P | PTE_RW | PTE_US;
	npt_pdpt[0] = pa_of(npt_pd) | PTE_P | PTE_RW | PTE_US;
	for (i = 0; i < 512; i++)
		npt_pd[i] = i * PAGE_2M | PTE_P | PTE_RW | PTE_US | PTE_PS;
	npt_pd[NPF_SLOT] = 0;
	npf_gva = NPF_SLOT * PAGE_2M + (target & (PAGE_2M - 1));
	npf_value = 0;

	vmcb_init(&vmcb, guest_npf);
	vmcb.control.nested_ctl = svm_nested_ctl_set_np_enable(0, 1);
	vmcb.control.nested_cr3 = pa_of(npt_pml4);
	enter(&regs);
	info1 = vmcb.control.exit_info_1;
	info2 = vmcb.control.exit_info_2;
	expect_exit("npf-unmapped", SVM_EXIT_CODE_NPF, "NPF", gn_load);
	report("npf-info", info2 == npf_gva &&
		   !svm_npf_exit_info_1_present(info1) &&
		   !svm_npf_exit_info_1_write(info1) &&
		   svm_npf_exit_info_1_user(info1) &&
		   !svm_npf_exit_info_1_reserved_bit(info1) &&
		   !svm_npf_exit_info_1_fetch(info1) &&
		   svm_npf_exit_info_1_final_gpa(info1) &&
		   !svm_npf_exit_info_1_guest_page_table(info1) ? PASS : FAIL,
	       "EXITINFO1 %x: present %u write %u user %u reserved_bit %u fetch %u final_gpa %u guest_page_table %u (want 0 0 1 0 0 1 0); EXITINFO2 %x, want %x",
	       info1, svm_npf_exit_info_1_present(info1),
	       svm_npf_exit_info_1_write(info1), svm_npf_exit_info_1_user(info1),
	       svm_npf_exit_info_1_reserved_bit(info1),
	       svm_npf_exit_info_1_fetch(info1),
	       svm_npf_exit_info_1_final_gpa(info1),
	       svm_npf_exit_info_1_guest_page_table(info1), info2, npf_gva);

	/* Map it onto the 2 MiB page that holds npf_target; flush. */
	npt_pd[NPF_SLOT] = (target & ~(PAGE_2M - 1)) | PTE_P | PTE_RW | PTE_US | PTE_PS;
	vmcb.control.tlb_control = SVM_TLB_CONTROL_FLUSH_ALL;
	enter(&regs);
	expect_exit("npf-mapped-hlt", SVM_EXIT_CODE_HLT, "HLT", gn_hlt);
	report("npf-mapped-read", npf_value == npf_target ? PASS : FAIL,
	       "the guest read %x at GPA %x, want %x", npf_value, npf_gva, npf_target);
}

/*
 * The MSR-backed state VMSAVE and VMLOAD move: FS/GS base (of the FS, GS
 * segments), KernelGsBase, STAR, LSTAR, CSTAR, SFMASK, SYSENTER_CS/ESP/EIP.
 */
#define MSR_STATE(X)							\
	X(MSR_FS_BASE, fs.base)						\
	X(MSR_GS_BASE, gs.base)						\
	X(MSR_KERNEL_GS_BASE, kernel_gs_base)				\
	X(MSR_STAR, star)						\
	X(MSR_LSTAR, lstar)						\
	X(MSR_CSTAR, cstar)						\
	X(MSR_SFMASK, sfmask)						\
	X(MSR_SYSENTER_CS, sysenter_cs)					\
	X(MSR_SYSENTER_ESP, sysenter_esp)				\
	X(MSR_SYSENTER_EIP, sysenter_eip)

/* A canonical, distinct value per MSR; SFMASK and SYSENTER_CS 32-bit. */
static u64 msr_value(unsigned int k, u64 salt)
{
	u64 v = (0x00007F0000000000ULL | (u64)(k + 1) << 32 | 0x1000 * (k + 1)) ^ salt;

	return k == 6 || k == 7 ? (u32)v : v;
}

struct mismatch {
	const char *what;
	u64 got, want;
	unsigned int n;
};

static void note(struct mismatch *m, const char *what, u64 got, u64 want)
{
	if (got != want && !m->n++) {
		m->what = what;
		m->got = got;
		m->want = want;
	}
}

static void report_mismatch(const char *id, const struct mismatch *m,
			    const char *what)
{
	if (m->n)
		report(id, FAIL, "%s: %u mismatches, first %s = %x, want %x",
		       what, (u64)m->n, m->what, m->got, m->want);
	else
		report(id, PASS, "%s", what);
}

static void vmsave_vmload(void)
{
	struct mismatch m = { 0 };
	unsigned int k;

	/* the host's own, restored below */
	note(&m, "svm_vmsave() status", svm_vmsave(pa_of(&vmcb_host)), SVM_OK);

	/* VMSAVE: what the MSRs and FS, GS, TR, LDTR hold, at the VMCB members. */
	k = 0;
#define WR(msr, member) wrmsr(msr, msr_value(k++, 0));
	MSR_STATE(WR)
#undef WR
	memset(&vmcb_msrs, 0, sizeof(vmcb_msrs));
	note(&m, "svm_vmsave() status", svm_vmsave(pa_of(&vmcb_msrs)), SVM_OK);
	k = 0;
#define CHECK(msr, member) note(&m, #member, vmcb_msrs.save.member, msr_value(k++, 0));
	MSR_STATE(CHECK)
#undef CHECK
	note(&m, "fs.selector", vmcb_msrs.save.fs.selector, SEL_DATA);
	note(&m, "gs.selector", vmcb_msrs.save.gs.selector, SEL_DATA);
	note(&m, "fs.attrib", vmcb_msrs.save.fs.attrib, gdt_attrib(SEL_DATA));
	note(&m, "tr.selector", vmcb_msrs.save.tr.selector, str());
	note(&m, "tr.attrib", vmcb_msrs.save.tr.attrib, gdt_attrib(SEL_TSS));
	note(&m, "tr.limit", vmcb_msrs.save.tr.limit, sizeof(tss) - 1);
	note(&m, "tr.base", vmcb_msrs.save.tr.base, pa_of(tss));
	note(&m, "ldtr.selector", vmcb_msrs.save.ldtr.selector, 0);
	report_mismatch("vmsave", &m,
			"FS, GS, TR, LDTR, KernelGsBase, STAR, LSTAR, CSTAR, SFMASK, SYSENTER_CS/ESP/EIP at their struct svm_vmcb members");

	/* VMLOAD: new values in the VMCB members reach the MSRs. */
	memset(&m, 0, sizeof(m));
	k = 0;
#define SET(msr, member) vmcb_msrs.save.member = msr_value(k++, 0x5A5A0000ULL);
	MSR_STATE(SET)
#undef SET
	note(&m, "svm_vmload() status", svm_vmload(pa_of(&vmcb_msrs)), SVM_OK);
	k = 0;
#define CHECK(msr, member) note(&m, #member, rdmsr(msr), msr_value(k++, 0x5A5A0000ULL));
	MSR_STATE(CHECK)
#undef CHECK
	note(&m, "TR selector", str(), SEL_TSS);
	/* and VMLOAD of the first VMSAVE gives the host its values back */
	note(&m, "svm_vmload() status", svm_vmload(pa_of(&vmcb_host)), SVM_OK);
#define CHECK(msr, member) note(&m, "host " #member, rdmsr(msr), vmcb_host.save.member);
	MSR_STATE(CHECK)
#undef CHECK
	report_mismatch("vmload", &m,
			"the VMCB members reach FS/GS base, KernelGsBase, STAR, LSTAR, CSTAR, SFMASK, SYSENTER_CS/ESP/EIP; the host's VMSAVE restores them");
}

/* ------------------------------------------------------------------ */
/*
 * CLGI/STGI through the local APIC: a self-IPI sent with RFLAGS.IF = 1 is
 * held while GIF = 0 and taken at STGI.  GIF is also 0 after #VMEXIT.
 */
#define MSR_APIC_BASE	0x1B
#define APIC_TPR	0x80
#define APIC_EOI	0xB0
#define APIC_SVR	0xF0
#define APIC_ICR_LO	0x300
#define APIC_ICR_HI	0x310
#define APIC_SVR_ENABLE	(1U << 8)
#define APIC_ICR_SELF	(1U << 18)	/* destination shorthand: self */
#define IPI_VECTOR	0x40
#define STR(x)		#x
#define XSTR(x)		STR(x)

u64 apic_base;
volatile u64 ipi_count;
void ipi_isr(void);
/* Inline asm that stays: an interrupt handler (IRETQ), the test's own. */
__asm__(
	"	.text\n"
	"	.globl	ipi_isr\n"
	"ipi_isr:\n"
	"	pushq	%rax\n"
	"	incq	ipi_count(%rip)\n"
	"	movq	apic_base(%rip), %rax\n"
	"	movl	$0, " XSTR(APIC_EOI) "(%rax)\n"
	"	popq	%rax\n"
	"	iretq\n");

static inline void apic_write(u32 reg, u32 v)
{
	*(volatile u32 *)(unsigned long)(apic_base + reg) = v;
}

static inline u32 apic_read(u32 reg)
{
	return *(volatile u32 *)(unsigned long)(apic_base + reg);
}

static void apic_init(void)
{
	u64 *pml4 = (u64 *)(unsigned long)(read_cr3() & PTE_ADDR);
	u64 *pdpt = (u64 *)(unsigned long)(pml4[0] & PTE_ADDR);

	/* boot.S maps the first GiB; the APIC page sits higher (3-4 GiB). */
	apic_base = rdmsr(MSR_APIC_BASE) & PTE_ADDR;
	pdpt[apic_base >> 30] = pa_of(apic_pd) | PTE_P | PTE_RW;
	apic_pd[(apic_base >> 21) & 511] = (apic_base & ~(PAGE_2M - 1)) |
		PTE_P | PTE_RW | PTE_PS | PTE_PWT | PTE_PCD;
	hostx_write_cr3(read_cr3());	/* flush the TLB: the new mapping */
	set_gate(IPI_VECTOR, pa_of(ipi_isr));
	outb(0x21, 0xFF);	/* mask the 8259 PICs: no PIT tick at vector 8 */
	outb(0xA1, 0xFF);
	apic_write(APIC_TPR, 0);
	apic_write(APIC_SVR, apic_read(APIC_SVR) | APIC_SVR_ENABLE | 0xFF);
}

static void spin(void)
{
	unsigned int i;

	for (i = 0; i < 1000; i++)
		hostx_pause();
}

/* With GIF = 0 (the caller's doing): a self-IPI waits until svm_stgi(). */
static void ipi_held_until_stgi(const char *id, const char *why)
{
	u64 held, taken;

	ipi_count = 0;
	hostx_sti();
	apic_write(APIC_ICR_HI, 0);
	apic_write(APIC_ICR_LO, APIC_ICR_SELF | IPI_VECTOR);
	spin();
	held = ipi_count;
	svm_stgi();
	spin();
	taken = ipi_count;
	hostx_cli();
	report(id, held == 0 && taken == 1 ? PASS : FAIL,
	       "%s: self-IPI with IF=1 taken %u times before svm_stgi(), %u after; want 0, 1",
	       why, held, taken);
}

static void gif(void)
{
	struct svm_guest_regs regs = { 0 };

	apic_init();
	svm_stgi();
	svm_clgi();
	ipi_held_until_stgi("clgi-stgi", "after svm_clgi()");

	vmcb_init(&vmcb, gi_hlt);
	enter(&regs);
	ipi_held_until_stgi("gif-after-vmexit", "after a #VMEXIT (HLT)");
}

static void invlpga(void)
{
	enum svm_status a = svm_invlpga_asid(npf_gva, 1), b = svm_invlpga_asid(0, 1);

	report("invlpga", a == SVM_OK && b == SVM_OK ? PASS : FAIL,
	       "svm_invlpga_asid(%x, 1) and svm_invlpga_asid(0, 1) returned %u and %u, want SVM_OK (%u)",
	       npf_gva, (u64)a, (u64)b, (u64)SVM_OK);
}

/* ------------------------------------------------------------------ */
/*
 * 1,000 round trips: every GPR carries a new value into the guest and
 * another one back each time; over each two rounds every bit of every GPR
 * is 0 and 1 both ways (a value, then its complement).  enter() checks
 * the host's callee-saved registers and stack around each trip.
 */
#define ROUNDS 1000

static u64 pattern(unsigned int round, unsigned int k)
{
	u64 v = mix((u64)(round >> 1) * 64 + k);

	return round & 1 ? ~v : v;
}

#define GPR(R, r) { RT_##R, __builtin_offsetof(struct svm_guest_regs, r) }
static const struct {
	unsigned int rt;
	unsigned long off;
} gpr_map[] = {
	GPR(RCX, rcx), GPR(RDX, rdx), GPR(RBX, rbx), GPR(RBP, rbp),
	GPR(RSI, rsi), GPR(RDI, rdi), GPR(R8, r8), GPR(R9, r9),
	GPR(R10, r10), GPR(R11, r11), GPR(R12, r12), GPR(R13, r13),
	GPR(R14, r14), GPR(R15, r15),
};
#undef GPR
_Static_assert(sizeof(gpr_map) / sizeof(gpr_map[0]) * 8 == sizeof(struct svm_guest_regs),
	       "every member of struct svm_guest_regs is in gpr_map");

static void round_trips(void)
{
	struct svm_guest_regs regs;
	u64 *slot, seen1[2][RT_N], seen0[2][RT_N];
	unsigned int r, k, i, bad_rounds = 0, exits_ok = 0;
	struct mismatch m = { 0 };
	u64 first_round = 0, all = ~0ULL;

	memset(seen1, 0, sizeof(seen1));
	memset(seen0, 0, sizeof(seen0));
	vmcb_init(&vmcb, guest_rt);
	for (r = 0; r < ROUNDS; r++) {
		unsigned int wrong_before = m.n;

		for (k = 0; k < RT_N; k++) {
			rt_in[k] = pattern(r, k);
			rt_out[k] = pattern(r, k + 16);
			seen1[0][k] |= rt_in[k];
			seen0[0][k] |= ~rt_in[k];
		}
		rt_bad = 0;
		for (i = 0; i < ARRAY_SIZE(gpr_map); i++) {
			slot = (u64 *)((char *)&regs + gpr_map[i].off);
			*slot = rt_in[gpr_map[i].rt];
		}
		vmcb.save.rax = rt_in[RT_RAX];
		vmcb.save.rsp = rt_in[RT_RSP];
		vmcb.save.rip = pa_of(guest_rt);

		enter(&regs);

		if (vmcb.control.exit_code == SVM_EXIT_CODE_VMMCALL &&
		    vmcb.save.rip == pa_of(grt_vmmcall))
			exits_ok++;
		if (rt_bad) {	/* what the guest found wrong: report the first */
			for (k = 0; !(rt_bad & (1ULL << k)); k++)
				;
			note(&m, rt_name[k], ~0ULL, rt_in[k]);
		}
		for (i = 0; i < ARRAY_SIZE(gpr_map); i++) {
			slot = (u64 *)((char *)&regs + gpr_map[i].off);
			note(&m, rt_name[gpr_map[i].rt], *slot, rt_out[gpr_map[i].rt]);
		}
		note(&m, "rax", vmcb.save.rax, rt_out[RT_RAX]);
		note(&m, "rsp", vmcb.save.rsp, rt_out[RT_RSP]);
		if (m.n != wrong_before && !bad_rounds++)
			first_round = r;
		for (k = 0; k < RT_N; k++) {
			seen1[1][k] |= rt_out[k];
			seen0[1][k] |= ~rt_out[k];
		}
	}
	for (k = 0; k < RT_N; k++)
		all &= seen1[0][k] & seen0[0][k] & seen1[1][k] & seen0[1][k];

	if (m.n || exits_ok != ROUNDS || all != ~0ULL)
		report("round-trips", FAIL,
		       "%u rounds, %u VMMCALL exits at grt_vmmcall, %u rounds wrong (first %u: %s = %x, want %x, guest-side mismatch = got ~0), bits exercised %x",
		       (u64)ROUNDS, (u64)exits_ok, (u64)bad_rounds, first_round,
		       m.what, m.got, m.want, all);
	else
		report("round-trips", PASS,
		       "%u rounds: 16 GPRs host->guest and guest->host, all bits 0 and 1 both ways, each exit VMMCALL at grt_vmmcall",
		       (u64)ROUNDS);
}

/* ------------------------------------------------------------------ */
/*
 * VMRUN's consistency checks (issue 23; the rules: spec/svm/vmrun-checks.yaml,
 * APM Vol. 2, 15.5.1 and 15.20).  Each case starts from vmcb_init()'s valid
 * guest, breaks one rule the way the manual words it (by hand here, not
 * from the rule data), asks the generated svm_vmrun_check() and VMRUNs:
 * the checker must name that rule alone and the CPU answer VMEXIT_INVALID
 * (-1), or both accept the VMCB.  The kernel judges by the manual;
 * run-bochs-svm.sh lists where Bochs 2.7 departs from it (XFAIL).
 * Marker: "SVMT vmrun-check-<case> PASS|FAIL detail".
 */

/* What the rules need to know of the CPU, found as a hypervisor finds it. */
static u64 cpu_efer_mbz, cpu_cr4_mbz;
static unsigned int cpu_maxphyaddr;
static int cpu_long_mode;

#define CR0_PE		(1ULL << 0)
#define CR0_NW		(1ULL << 29)
#define CR0_CD		(1ULL << 30)
#define CR0_PG		(1ULL << 31)
#define CR4_PAE		(1ULL << 5)
#define EFER_LME	(1ULL << 8)
#define EFER_LMA	(1ULL << 10)

/*
 * The CR4 and EFER bits this CPU has, from CPUID (APM Vol. 2, 3.1.3 and
 * 3.1.7, each bit's feature flag); every other bit is MBZ.  CR4 bits 0-10
 * (VME..OSXMMEXCPT) exist on every CPU with long mode.
 */
static const struct {
	u8 bit;
	u32 leaf;
	u8 reg, flag;	/* reg: 1 EBX, 2 ECX, 3 EDX */
} cr4_bits[] = {
	{ 11, 7, 2, 2 },		/* UMIP */
	{ 12, 7, 2, 16 },		/* LA57 */
	{ 16, 7, 1, 0 },		/* FSGSBASE */
	{ 17, 1, 2, 17 },		/* PCIDE */
	{ 18, 1, 2, 26 },		/* OSXSAVE */
	{ 20, 7, 1, 7 },		/* SMEP */
	{ 21, 7, 1, 20 },		/* SMAP */
	{ 22, 7, 2, 3 },		/* PKE */
	{ 23, 7, 2, 7 },		/* CET */
}, efer_bits[] = {
	{ 0, 0x80000001, 3, 11 },	/* SCE: SysCallSysRet */
	{ 8, 0x80000001, 3, 29 },	/* LME: LM */
	{ 10, 0x80000001, 3, 29 },	/* LMA: LM */
	{ 11, 0x80000001, 3, 20 },	/* NXE: NX */
	{ 12, 0x80000001, 2, 2 },	/* SVME: SVM */
	{ 14, 0x80000001, 3, 25 },	/* FFXSR: FFXSR */
	{ 15, 0x80000001, 2, 17 },	/* TCE: TCE */
};

static int cpuid_flag(u32 leaf, unsigned int reg, unsigned int flag)
{
	u32 r[4], max[4];

	cpuid(leaf & 0x80000000, 0, max);
	if (leaf > max[0])
		return 0;
	cpuid(leaf, 0, r);
	return r[reg] >> flag & 1;
}

static void cpu_facts(void)
{
	u64 cr4_has = 0x7FF, efer_has = 0;
	u32 r[4];
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(cr4_bits); i++)
		if (cpuid_flag(cr4_bits[i].leaf, cr4_bits[i].reg, cr4_bits[i].flag))
			cr4_has |= 1ULL << cr4_bits[i].bit;
	for (i = 0; i < ARRAY_SIZE(efer_bits); i++)
		if (cpuid_flag(efer_bits[i].leaf, efer_bits[i].reg, efer_bits[i].flag))
			efer_has |= 1ULL << efer_bits[i].bit;
	cpu_cr4_mbz = ~cr4_has;
	cpu_efer_mbz = ~efer_has;
	cpuid(0x80000008, 0, r);
	cpu_maxphyaddr = r[0] & 0xFF;
	cpu_long_mode = cpuid_flag(0x80000001, 3, 29);
}

static u64 lowest_bit(u64 m)
{
	return m & -m;
}

/*
 * The breakers: each turns the valid guest into one that breaks one rule.
 * long_mode_pe (CR0.PE = 0 with EFER.LME = CR0.PG = 1) has none: Bochs 2.7
 * enters such a guest and panics (run-bochs-svm.sh says more).
 */
static void brk_none(struct svm_vmcb *v) { (void)v; }
static void brk_efer_svme(struct svm_vmcb *v) { v->save.efer &= ~(1ULL << SVM_EFER_SVME_BIT); }
static void brk_cr0_cd_nw(struct svm_vmcb *v) { v->save.cr0 = (v->save.cr0 & ~CR0_CD) | CR0_NW; }
static void brk_cr0_high(struct svm_vmcb *v) { v->save.cr0 |= 1ULL << 32; }
static void brk_cr3_mbz(struct svm_vmcb *v) { v->save.cr3 |= 1ULL << cpu_maxphyaddr; }
static void brk_cr4_mbz(struct svm_vmcb *v) { v->save.cr4 |= lowest_bit(cpu_cr4_mbz); }
static void brk_cr4_high(struct svm_vmcb *v) { v->save.cr4 |= 1ULL << 32; }
static void brk_dr6_high(struct svm_vmcb *v) { v->save.dr6 |= 1ULL << 32; }
static void brk_dr7_high(struct svm_vmcb *v) { v->save.dr7 |= 1ULL << 32; }
static void brk_efer_mbz(struct svm_vmcb *v) { v->save.efer |= lowest_bit(cpu_efer_mbz & ~0x1FFULL); }
static void brk_efer_high(struct svm_vmcb *v) { v->save.efer |= 1ULL << 32; }
static void brk_lme_pg_no_pae(struct svm_vmcb *v) { v->save.cr4 &= ~CR4_PAE; }
static void brk_cs_l_d(struct svm_vmcb *v)
{
	v->save.cs.attrib = (u16)svm_segment_attrib_set_db(v->save.cs.attrib, 1);
}
/* Outside long mode CS.L with CS.D breaks no rule: a 32-bit guest, paging off. */
static void brk_cs_l_d_legacy(struct svm_vmcb *v)
{
	brk_cs_l_d(v);
	v->save.efer &= ~(EFER_LME | EFER_LMA);
	v->save.cr0 &= ~CR0_PG;
}
static void brk_vmrun_intercept(struct svm_vmcb *v)
{
	v->control.intercept_misc2 &= ~SVM_INTERCEPT_MISC2_VMRUN_MASK;
}
/* Bits 11:0 are ignored: the maps start at the first address past the width. */
static void brk_msrpm_pa(struct svm_vmcb *v) { v->control.msrpm_base_pa = 1ULL << cpu_maxphyaddr; }
static void brk_iopm_pa(struct svm_vmcb *v) { v->control.iopm_base_pa = 1ULL << cpu_maxphyaddr; }
/* The last page below the width: the map (8 KiB, 12 KiB) runs past it. */
static void brk_msrpm_pa_end(struct svm_vmcb *v)
{
	v->control.msrpm_base_pa = (1ULL << cpu_maxphyaddr) - 0x1000;
}
static void brk_iopm_pa_end(struct svm_vmcb *v)
{
	v->control.iopm_base_pa = (1ULL << cpu_maxphyaddr) - 0x1000;
}
/*
 * An event VMRUN accepts goes to the guest's IDT, not to an intercept: an
 * empty IDT turns its delivery into a #GP, which is intercepted.
 */
static u64 event(struct svm_vmcb *v, unsigned int type, unsigned int vector)
{
	u64 e = 0;

	v->save.idtr.limit = 0;

	e = svm_event_inj_set_valid(e, 1);
	e = svm_event_inj_set_type(e, type);
	return svm_event_inj_set_vector(e, vector);
}
static void brk_event_type(struct svm_vmcb *v) { v->control.event_inj = event(v, 1, 32); }
static void brk_event_type_7(struct svm_vmcb *v) { v->control.event_inj = event(v, 7, 32); }
static void brk_event_nmi_vector(struct svm_vmcb *v)
{
	v->control.event_inj = event(v, SVM_EVENT_INJ_TYPE_EXCEPTION, 2);
}
static void brk_event_vector_32(struct svm_vmcb *v)
{
	v->control.event_inj = event(v, SVM_EVENT_INJ_TYPE_EXCEPTION, 32);
}
static void brk_event_vector_15(struct svm_vmcb *v)
{
	v->control.event_inj = event(v, SVM_EVENT_INJ_TYPE_EXCEPTION, 15);
}
static void brk_asid_zero(struct svm_vmcb *v) { v->control.asid = 0; }

static const struct {
	const char *id;		/* the marker's scenario id */
	const char *rule;	/* the rule broken; NULL: none */
	void (*brk)(struct svm_vmcb *v);
} vmrun_cases[] = {
	{ "vmrun-check-valid", 0, brk_none },
	{ "vmrun-check-efer-svme", "efer_svme", brk_efer_svme },
	{ "vmrun-check-cr0-cd-nw", "cr0_cd_nw", brk_cr0_cd_nw },
	{ "vmrun-check-cr0-high", "cr0_high", brk_cr0_high },
	{ "vmrun-check-cr3-mbz", "cr3_mbz", brk_cr3_mbz },
	{ "vmrun-check-cr4-mbz", "cr4_mbz", brk_cr4_mbz },
	{ "vmrun-check-cr4-mbz-high", "cr4_mbz", brk_cr4_high },
	{ "vmrun-check-dr6-high", "dr6_high", brk_dr6_high },
	{ "vmrun-check-dr7-high", "dr7_high", brk_dr7_high },
	{ "vmrun-check-efer-mbz", "efer_mbz", brk_efer_mbz },
	{ "vmrun-check-efer-mbz-high", "efer_mbz", brk_efer_high },
	{ "vmrun-check-long-mode-pae", "long_mode_pae", brk_lme_pg_no_pae },
	{ "vmrun-check-long-mode-cs", "long_mode_cs", brk_cs_l_d },
	{ "vmrun-check-legacy-cs-l-d", 0, brk_cs_l_d_legacy },
	{ "vmrun-check-vmrun-intercept", "vmrun_intercept", brk_vmrun_intercept },
	{ "vmrun-check-msrpm-pa", "msrpm_pa", brk_msrpm_pa },
	{ "vmrun-check-iopm-pa", "iopm_pa", brk_iopm_pa },
	{ "vmrun-check-msrpm-pa-end", "msrpm_pa", brk_msrpm_pa_end },
	{ "vmrun-check-iopm-pa-end", "iopm_pa", brk_iopm_pa_end },
	{ "vmrun-check-event-type", "event_inj_type", brk_event_type },
	{ "vmrun-check-event-type-7", "event_inj_type", brk_event_type_7 },
	{ "vmrun-check-event-vector-nmi", "event_inj_vector", brk_event_nmi_vector },
	{ "vmrun-check-event-vector-32", "event_inj_vector", brk_event_vector_32 },
	{ "vmrun-check-event-vector-15", "event_inj_vector", brk_event_vector_15 },
	{ "vmrun-check-asid-zero", "asid_zero", brk_asid_zero },
};

/* The rules svm_vmrun_check() reported for one VMCB. */
struct found_rules {
	unsigned int n;
	enum svm_vmrun_check_rule_id first;
	int only_want;		/* every one reported is the one wanted */
	const char *want;
};

static void on_rule(void *ctx, enum svm_vmrun_check_rule_id id)
{
	struct found_rules *f = ctx;

	if (!f->n++)
		f->first = id;
	if (!f->want || !streq(svm_vmrun_check_rule(id)->name, f->want))
		f->only_want = 0;
}

/*
 * Each case: the checker must report exactly the rule broken (none for a
 * valid VMCB), and the CPU must answer VMEXIT_INVALID exactly when a rule
 * is broken.  The detail names the first rule reported, with its section
 * and statement from svm_vmrun_check_rule().
 */
static void vmrun_checks(void)
{
	struct svm_guest_regs regs = { 0 };
	unsigned int i;

	cpu_facts();
	kprintf(KLIB_MARKER " vmrun-check-facts maxphyaddr=%u efer_mbz=%x cr4_mbz=%x long_mode=%u\n",
		(u64)cpu_maxphyaddr, cpu_efer_mbz, cpu_cr4_mbz, (u64)cpu_long_mode);
	for (i = 0; i < ARRAY_SIZE(vmrun_cases); i++) {
		const char *rule = vmrun_cases[i].rule;
		struct found_rules f = { .only_want = 1, .want = rule };
		const struct svm_vmrun_check_rule_info *info;
		int checker_ok, cpu_invalid;
		u64 code;

		vmcb_init(&vmcb, guest_intercepts);
		vmrun_cases[i].brk(&vmcb);
		svm_vmrun_check(&vmcb, (u8)cpu_maxphyaddr, cpu_efer_mbz,
				cpu_cr4_mbz, (u8)cpu_long_mode, on_rule, &f);
		checker_ok = rule ? f.n == 1 && f.only_want : f.n == 0;
		info = f.n ? svm_vmrun_check_rule(f.first) : 0;
		enter(&regs);
		code = vmcb.control.exit_code;
		cpu_invalid = code == (u64)SVM_EXIT_CODE_INVALID;
		report(vmrun_cases[i].id,
		       checker_ok && cpu_invalid == !!rule ? PASS : FAIL,
		       "rule %s; svm_vmrun_check(): %u broken%s%s%s%s%s%s; CPU: exit %x (%s), want %s",
		       rule ? rule : "none", (u64)f.n, info ? ", first " : "",
		       info ? info->name : "", info ? " (" : "",
		       info ? info->sdm : "", info ? "): " : "",
		       info ? info->statement : "", code, exit_name(code),
		       rule ? "INVALID" : "a guest exit");
	}
}

/* ------------------------------------------------------------------ */

void kmain(void);

void kmain(void)
{
	serial_init();
	idt_init();
	tss_init();
	con_puts("\nSVMT BEGIN\n");
	fault_cases_svme_off();
	if (enable_svm()) {
		intercepts();
		asid_zero();
		nested_paging();
		vmsave_vmload();
		gif();
		invlpga();
		round_trips();
		vmrun_checks();
		if (entry_bad_what)
			report("host-regs-preserved", FAIL,
			       "%u of %u svm_run_guest() calls wrong, first (call %u): %s = %x, want %x",
			       n_entries_bad, n_entries, entry_bad_n, entry_bad_what,
			       entry_bad_got, entry_bad_want);
		else
			report("host-regs-preserved", PASS,
			       "all %u svm_run_guest() calls returned SVM_OK with rbx, rbp, r12-r15, RSP and the caller's stack intact",
			       n_entries);
		report("no-fault-on-normal-paths", n_faults == faults_in_cases ? PASS : FAIL,
		       "%u faults resumed through the table, %u of them by the fault scenarios",
		       n_faults, faults_in_cases);
	}
	kprintf("SVMT END failures=%u\n", (u64)n_fail);
	serial_flush();
	bochs_shutdown();
}
