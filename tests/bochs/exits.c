// SPDX-License-Identifier: MIT
/*
 * exits.c - real VM exits on the emulated CPU, decoded only with the
 * generated layouts (issue 12).
 *
 * One VMCS, its controls computed with vmx_ctls_msr()/vmx_ctls_adjust()
 * from the model's own capability MSRs (kernel.c's ctls_value()): CR3-load
 * exiting, unconditional I/O exiting, HLT exiting, exception bitmap bit 6
 * (#UD) and, where the model has it, EPT.  Each scenario enters the guest
 * at a snippet of its own (asm below), expects one VM exit with a given
 * reason at the exiting instruction, and decodes the exit information with
 * the getters of <vmxgen/vmx_layouts.h>.  Should the instruction not exit,
 * the snippet's HLT does (reason 12), and the scenario fails with that.
 *
 * Markers: adjust-ept-missing, adjust-controls, exit-cr-access, dump-vmcs,
 * exit-io-out, exit-io-in, exit-exception, exit-cpuid,
 * exit-ept-violation, exit-interruptibility (run-bochs.sh owns the
 * verdicts per model).  The capability MSRs are printed as VMXT INFO lines
 * (tests/controls.py keeps the values).
 */
#include "kernel.h"
#include "dumpcheck.h"

#define XSTR(x) STR(x)
#define STR(x) #x

/* I/O ports the guest uses: POST-code port and CMOS data port. */
#define PORT_OUT	0x80
#define PORT_IN		0x71

/*
 * The EPT maps guest-physical [0, EPT_MAPPED) onto the same host-physical
 * addresses with 2-MiB pages: all the RAM the Bochs machine has ("megs: 64"
 * in run-bochs.sh).  EPT_HOLE is past it; the guest's own paging (boot.S:
 * the first GiB, identity) maps it, so a write there is an EPT violation
 * at that guest-physical address.
 */
#define EPT_MAPPED	(64ULL << 20)
#define EPT_PAGES_2M	(EPT_MAPPED >> 21)
#define EPT_HOLE	0x4000238
_Static_assert(EPT_HOLE >= EPT_MAPPED, "EPT_HOLE must not be mapped");

#define RFLAGS_IF	(1UL << 9)

/*
 * The guest snippets: exit_guest_<x> is where the guest starts,
 * exit_at_<x> the instruction that must exit, exit_after_<x> the next one
 * (its address minus exit_at_<x> is the instruction length the CPU must
 * report).  Inline asm that stays: each snippet is an instruction in the
 * exact form whose exit is tested, at an address the checks know.
 */
__asm__(".pushsection .text.exits_guest, \"ax\"\n"
	"exit_guest_cr3:\n"
	"	mov %cr3, %rax\n"
	"exit_at_cr3:\n"
	"	mov %rax, %cr3\n"
	"exit_after_cr3:\n"
	"	hlt\n"
	"exit_guest_out:\n"
	"exit_at_out:\n"
	"	outb %al, $" XSTR(PORT_OUT) "\n"
	"exit_after_out:\n"
	"	hlt\n"
	"exit_guest_in:\n"
	"	movl $" XSTR(PORT_IN) ", %edx\n"
	"exit_at_in:\n"
	"	inw %dx, %ax\n"
	"exit_after_in:\n"
	"	hlt\n"
	"exit_guest_ud:\n"
	"exit_at_ud:\n"
	"	ud2\n"
	"	hlt\n"
	"exit_guest_cpuid:\n"
	"	xorl %eax, %eax\n"
	"exit_at_cpuid:\n"
	"	cpuid\n"
	"exit_after_cpuid:\n"
	"	hlt\n"
	"exit_guest_ept:\n"
	"	movl $" XSTR(EPT_HOLE) ", %edi\n"
	"exit_at_ept:\n"
	"	movl %eax, (%rdi)\n"
	"	hlt\n"
	"exit_guest_sti:\n"
	"	sti\n"
	"exit_at_sti:\n"
	"	vmcall\n"
	"exit_after_sti:\n"
	"	hlt\n"
	".popsection");

extern const u8 exit_guest_cr3[], exit_at_cr3[], exit_after_cr3[];
extern const u8 exit_guest_out[], exit_at_out[], exit_after_out[];
extern const u8 exit_guest_in[], exit_at_in[], exit_after_in[];
extern const u8 exit_guest_ud[], exit_at_ud[];
extern const u8 exit_guest_cpuid[], exit_at_cpuid[], exit_after_cpuid[];
extern const u8 exit_guest_ept[], exit_at_ept[];
extern const u8 exit_guest_sti[], exit_at_sti[], exit_after_sti[];

static u8 vmcs_exits[4096] __attribute__((aligned(4096)));
static u64 ept_pml4[512] __attribute__((aligned(4096)));
static u64 ept_pdpt[512] __attribute__((aligned(4096)));
static u64 ept_pd[512] __attribute__((aligned(4096)));

static int launched;	/* vmcs_exits has been launched */
static int entered;	/* a VM entry with these controls succeeded */

/* ------------------------------------------------------------------ */
/* The capability MSRs, once, for tests/controls.py. */

/* Whether the model has capability MSR @msr (SDM Appendix A). */
static int cap_msr_present(u32 msr)
{
	switch (msr) {
	case VMX_MSR_IA32_VMX_PROCBASED_CTLS2:
		return ctl_allowed(VMX_CTLS_PROC,
				   VMX_CTL_PROC_ACTIVATE_SECONDARY_CONTROLS);
	case VMX_MSR_IA32_VMX_EPT_VPID_CAP:
		return ctl_allowed(VMX_CTLS_PROC2, VMX_CTL_PROC2_ENABLE_EPT) ||
		       ctl_allowed(VMX_CTLS_PROC2, VMX_CTL_PROC2_ENABLE_VPID);
	case VMX_MSR_IA32_VMX_TRUE_PINBASED_CTLS:
	case VMX_MSR_IA32_VMX_TRUE_PROCBASED_CTLS:
	case VMX_MSR_IA32_VMX_TRUE_EXIT_CTLS:
	case VMX_MSR_IA32_VMX_TRUE_ENTRY_CTLS:
		return (int)vmx_basic_true_ctls(vmx.basic);
	case VMX_MSR_IA32_VMX_VMFUNC:
		return ctl_allowed(VMX_CTLS_PROC2,
				   VMX_CTL_PROC2_ENABLE_VM_FUNCTIONS);
	case VMX_MSR_IA32_VMX_PROCBASED_CTLS3:
		return ctl_allowed(VMX_CTLS_PROC,
				   VMX_CTL_PROC_ACTIVATE_TERTIARY_CONTROLS);
	case VMX_MSR_IA32_VMX_EXIT_CTLS2:
		return ctl_allowed(VMX_CTLS_EXIT,
				   VMX_CTL_EXIT_ACTIVATE_SECONDARY_CONTROLS);
	default:
		return 1;
	}
}

static void print_cap_msrs(void)
{
	u32 msr;

	for (msr = VMX_MSR_IA32_VMX_BASIC; msr <= VMX_MSR_IA32_VMX_EXIT_CTLS2; msr++)
		if (cap_msr_present(msr))
			kprintf("VMXT INFO msr %x=%x\n", (u64)msr, rdmsr(msr));
}

/* ------------------------------------------------------------------ */
/* The VMCS. */

/*
 * Requiring EPT: on a model without it, vmx_ctls_adjust() must report the
 * secondary processor-based control "Enable EPT" (SDM 25.6.2, A.3.3) as
 * missing, and vmx_ctls_bit_name() must name it.  Returns whether EPT can
 * be used.
 */
static int adjust_require_ept(void)
{
	const char *id = "adjust-ept-missing";
	u64 cap = vmx.ctls[VMX_CTLS_PROC2], value = 0, missing;
	const char *name;

	missing = vmx_ctls_adjust(VMX_CTLS_PROC2, cap, VMX_CTL_PROC2_ENABLE_EPT,
				  0, &value);
	if (!missing) {
		report(id, value & VMX_CTL_PROC2_ENABLE_EPT ? UNSUPPORTED : FAIL,
		       "EPT allowed here (secondary controls MSR %x): value %x; not run",
		       cap, value);
		return !!(value & VMX_CTL_PROC2_ENABLE_EPT);
	}
	name = vmx_ctls_bit_name(VMX_CTLS_PROC2, __builtin_ctzll(missing));
	report(id, missing == VMX_CTL_PROC2_ENABLE_EPT &&
		   streq(name, "Enable EPT") &&
		   !(value & VMX_CTL_PROC2_ENABLE_EPT) ? PASS : FAIL,
	       "secondary controls MSR %x, EPT required: missing %x, bit %u named '%s'; value %x",
	       cap, missing, (u64)__builtin_ctzll(missing), name, value);
	return 0;
}

/* Identity map of [0, EPT_MAPPED), read/write/execute, write-back. */
static void build_ept(void)
{
	u64 e;
	unsigned int i;

	e = vmx_ept_pml4e_set_read(0, 1);
	e = vmx_ept_pml4e_set_write(e, 1);
	e = vmx_ept_pml4e_set_execute(e, 1);
	ept_pml4[0] = vmx_ept_pml4e_set_address(e, pa_of(ept_pdpt) >> PAGE_SHIFT);
	e = vmx_ept_pdpte_set_read(0, 1);
	e = vmx_ept_pdpte_set_write(e, 1);
	e = vmx_ept_pdpte_set_execute(e, 1);
	ept_pdpt[0] = vmx_ept_pdpte_set_address(e, pa_of(ept_pd) >> PAGE_SHIFT);
	for (i = 0; i < EPT_PAGES_2M; i++) {
		e = vmx_ept_pde_2m_set_read(0, 1);
		e = vmx_ept_pde_2m_set_write(e, 1);
		e = vmx_ept_pde_2m_set_execute(e, 1);
		e = vmx_ept_pde_2m_set_memtype(e, VMX_EPT_PDE_2M_MEMTYPE_WB);
		e = vmx_ept_pde_2m_set_large_page(e, 1);
		ept_pd[i] = vmx_ept_pde_2m_set_address(e, i);	/* i * 2 MiB */
	}
}

static void setup_exits_vmcs(int use_ept)
{
	u64 proc = VMX_CTL_PROC_HLT_EXITING | VMX_CTL_PROC_CR3_LOAD_EXITING |
		   VMX_CTL_PROC_UNCONDITIONAL_IO_EXITING;

	*(volatile u32 *)vmcs_exits = vmx.revision;
	check_write(vmx_vmclear(pa_of(vmcs_exits)), "vmclear");
	check_write(vmx_vmptrld(pa_of(vmcs_exits)), "vmptrld");
	setup_vmcs();		/* kernel.c: host state, guest = copy of it */
	if (use_ept)
		proc |= VMX_CTL_PROC_ACTIVATE_SECONDARY_CONTROLS;
	W(pin_based_vm_execution_controls, ctls_value(VMX_CTLS_PIN, 0, 0));
	W(primary_processor_based_vm_execution_controls,
	  ctls_value(VMX_CTLS_PROC, proc, 0));
	if (use_ept) {
		build_ept();
		W(secondary_processor_based_vm_execution_controls,
		  ctls_value(VMX_CTLS_PROC2, VMX_CTL_PROC2_ENABLE_EPT, 0));
		W(ept_pointer, eptp_of(pa_of(ept_pml4)));
	}
	W(primary_vm_exit_controls,
	  ctls_value(VMX_CTLS_EXIT, VMX_CTL_EXIT_HOST_ADDRESS_SPACE_SIZE, 0));
	W(vm_entry_controls,
	  ctls_value(VMX_CTLS_ENTRY, VMX_CTL_ENTRY_IA32E_MODE_GUEST, 0));
	W(exception_bitmap, 1U << VEC_UD);
	W(cr3_target_count, 0);	/* every MOV to CR3 exits (SDM 26.1.3) */
}

static void report_adjust_controls(void)
{
	u32 pin = 0, proc = 0, proc2 = 0, exit = 0, entry = 0;

	vmx_vmcs_read_pin_based_vm_execution_controls(&pin);
	vmx_vmcs_read_primary_processor_based_vm_execution_controls(&proc);
	vmx_vmcs_read_secondary_processor_based_vm_execution_controls(&proc2);
	vmx_vmcs_read_primary_vm_exit_controls(&exit);
	vmx_vmcs_read_vm_entry_controls(&entry);
	report("adjust-controls", entered ? PASS : FAIL,
	       "%s: pin %x proc %x proc2 %x exit %x entry %x (vmx_ctls_adjust() with MSRs %x %x %x %x %x)",
	       entered ? "VM entry accepted" : "no VM entry with",
	       (u64)pin, (u64)proc, (u64)proc2, (u64)exit, (u64)entry,
	       (u64)vmx_ctls_msr(VMX_CTLS_PIN, vmx.basic),
	       (u64)vmx_ctls_msr(VMX_CTLS_PROC, vmx.basic),
	       (u64)vmx_ctls_msr(VMX_CTLS_PROC2, vmx.basic),
	       (u64)vmx_ctls_msr(VMX_CTLS_EXIT, vmx.basic),
	       (u64)vmx_ctls_msr(VMX_CTLS_ENTRY, vmx.basic));
}

/* ------------------------------------------------------------------ */
/* The exits. */

/*
 * Enter the guest at @start; 1 if it exits with @want at @at (guest RIP,
 * SDM 28.3.3: the RIP of the instruction that caused the exit), else a
 * FAIL marker for @id and 0.
 */
static int guest_exit(const char *id, const u8 *start, const u8 *at,
		      enum vmx_basic_exit_reason want)
{
	enum vmx_status st;
	u32 reason = ~0U, basic;
	unsigned long rip = 0;

	n_write_fail = 0;
	W(guest_rip, pa_of(start));
	if (!enter_guest(!launched, &st)) {
		u32 err = st == VMX_FAIL_VALID ? vmx_insn_error() : 0;

		report(id, FAIL, "%s: %s, VM-instruction error %u (%s)",
		       launched ? "vmresume" : "vmlaunch", status_name(st),
		       (u64)err, error_name(err));
		return 0;
	}
	check_write(vmx_vmcs_read_exit_reason(&reason), "read exit_reason");
	check_write(vmx_vmcs_read_guest_rip(&rip), "read guest_rip");
	basic = vmx_exit_reason_basic(reason);
	if (vmx_exit_reason_entry_failure(reason)) {
		report(id, FAIL, "VM entry failed: exit reason %x (%s)",
		       (u64)reason, vmx_basic_exit_reason_name(basic));
		return 0;
	}
	launched = entered = 1;
	if (n_write_fail || basic != (u32)want || rip != pa_of(at)) {
		report(id, FAIL,
		       "exit reason %u (%s) at guest RIP %x, VMCS access %s; want %u (%s) at %x",
		       (u64)basic, vmx_basic_exit_reason_name(basic), (u64)rip,
		       n_write_fail ? first_bad_field : "ok", (u64)want,
		       vmx_basic_exit_reason_name(want), pa_of(at));
		return 0;
	}
	return 1;
}

/* The VM-exit instruction length (SDM 28.2.5), 0 if unreadable. */
static u64 exit_insn_len(void)
{
	u32 len = 0;

	vmx_vmcs_read_vm_exit_instruction_length(&len);
	return len;
}

static unsigned long exit_qual(void)
{
	unsigned long q = ~0UL;

	vmx_vmcs_read_exit_qualification(&q);
	return q;
}

/* MOV to CR3 under CR3-load exiting (SDM 26.1.3; qualification 28.2.1). */
static void exit_cr_access(void)
{
	const char *id = "exit-cr-access";
	unsigned long q;
	u64 len;

	if (!guest_exit(id, exit_guest_cr3, exit_at_cr3,
			VMX_BASIC_EXIT_REASON_CONTROL_REGISTER_ACCESS))
		return;
	q = exit_qual();
	len = exit_insn_len();
	report(id, vmx_qual_cr_cr(q) == 3 &&
		   vmx_qual_cr_access_type(q) == VMX_QUAL_CR_ACCESS_TYPE_MOV_TO_CR &&
		   vmx_qual_cr_gpr(q) == 0 /* RAX */ &&
		   len == (u64)(exit_after_cr3 - exit_at_cr3) ? PASS : FAIL,
	       "reason %u (%s), qualification %x: cr %u, access type %u, gpr %u; instruction length %u",
	       (u64)VMX_BASIC_EXIT_REASON_CONTROL_REGISTER_ACCESS,
	       vmx_basic_exit_reason_name(VMX_BASIC_EXIT_REASON_CONTROL_REGISTER_ACCESS),
	       (u64)q, vmx_qual_cr_cr(q), vmx_qual_cr_access_type(q),
	       vmx_qual_cr_gpr(q), len);
}

/*
 * vmx_vmcs_dump() right after the CR-access exit (issue 23): every field
 * the model has, one line each; the lines of the exit reason, the exit
 * qualification (decoded by the exit reason's layout) and the primary
 * processor-based controls must show what the scenario set up.
 */
static struct dump_want dump_wants[] = {
	{ "exit_reason", 0, 0 },	/* the exit reason's name, set below */
	{ "exit_qualification", "access_type=MOV_TO_CR", 0 },
	{ "exit_qualification", "cr=0x3", 0 },
	{ "primary_processor_based_vm_execution_controls", "cr3_load_exiting", 0 },
	{ "primary_processor_based_vm_execution_controls", "hlt_exiting", 0 },
	{ "primary_processor_based_vm_execution_controls", "unconditional_io_exiting", 0 },
};

static void dump_vmcs(void)
{
	struct dump_check check = { dump_wants, ARRAY_SIZE(dump_wants), "VMXT", 0 };
	const char *id = "dump-vmcs";
	enum vmx_status st;
	const char *missing;

	dump_wants[0].part = vmx_basic_exit_reason_name(
		VMX_BASIC_EXIT_REASON_CONTROL_REGISTER_ACCESS);
	st = vmx_vmcs_dump(dump_check_line, &check);
	missing = dump_missing(&check);
	report(id, st == VMX_SUCCEED && !missing && check.lines >= 100 ? PASS : FAIL,
	       "vmx_vmcs_dump(): %s, %u lines; decoded part missing: %s",
	       status_name(st), (u64)check.lines, missing ? missing : "none");
}

/* IN and OUT under unconditional I/O exiting (SDM 26.1.3; 28.2.1). */
static void exit_io(const char *id, const u8 *start, const u8 *at,
		    const u8 *after, u64 port, u64 size, u64 in, u64 imm)
{
	unsigned long q;
	u64 len;

	if (!guest_exit(id, start, at, VMX_BASIC_EXIT_REASON_IO_INSTRUCTION))
		return;
	q = exit_qual();
	len = exit_insn_len();
	report(id, vmx_qual_io_port(q) == port && vmx_qual_io_size(q) == size &&
		   vmx_qual_io_in(q) == in && vmx_qual_io_imm(q) == imm &&
		   !vmx_qual_io_string(q) && !vmx_qual_io_rep(q) &&
		   len == (u64)(after - at) ? PASS : FAIL,
	       "reason %u (%s), qualification %x: port %x, size %u, in %u, imm %u, string %u, rep %u; instruction length %u",
	       (u64)VMX_BASIC_EXIT_REASON_IO_INSTRUCTION,
	       vmx_basic_exit_reason_name(VMX_BASIC_EXIT_REASON_IO_INSTRUCTION), (u64)q,
	       vmx_qual_io_port(q), vmx_qual_io_size(q), vmx_qual_io_in(q),
	       vmx_qual_io_imm(q), vmx_qual_io_string(q), vmx_qual_io_rep(q),
	       len);
}

/* UD2 with exception-bitmap bit 6 (SDM 25.6.3; interruption info 28.2.2). */
static void exit_exception(void)
{
	const char *id = "exit-exception";
	u32 info = 0, idt = ~0U;

	if (!guest_exit(id, exit_guest_ud, exit_at_ud,
			VMX_BASIC_EXIT_REASON_EXCEPTION_OR_NMI))
		return;
	vmx_vmcs_read_vm_exit_interruption_information(&info);
	vmx_vmcs_read_idt_vectoring_information(&idt);
	report(id, vmx_intr_info_valid(info) && vmx_intr_info_vector(info) == VEC_UD &&
		   vmx_intr_info_type(info) == VMX_INTR_INFO_TYPE_HARDWARE_EXCEPTION &&
		   !vmx_intr_info_error_code_valid(info) &&
		   !vmx_intr_info_valid(idt) ? PASS : FAIL,
	       "reason %u (%s), interruption information %x: vector %u, type %u, error code valid %u, valid %u; IDT-vectoring valid %u",
	       (u64)VMX_BASIC_EXIT_REASON_EXCEPTION_OR_NMI,
	       vmx_basic_exit_reason_name(VMX_BASIC_EXIT_REASON_EXCEPTION_OR_NMI), (u64)info,
	       (u64)vmx_intr_info_vector(info), (u64)vmx_intr_info_type(info),
	       (u64)vmx_intr_info_error_code_valid(info),
	       (u64)vmx_intr_info_valid(info), (u64)vmx_intr_info_valid(idt));
}

/* CPUID exits unconditionally (SDM 26.1.2). */
static void exit_cpuid(void)
{
	const char *id = "exit-cpuid";
	u64 len;

	if (!guest_exit(id, exit_guest_cpuid, exit_at_cpuid, VMX_BASIC_EXIT_REASON_CPUID))
		return;
	len = exit_insn_len();
	report(id, len == (u64)(exit_after_cpuid - exit_at_cpuid) ? PASS : FAIL,
	       "reason %u (%s); instruction length %u",
	       (u64)VMX_BASIC_EXIT_REASON_CPUID,
	       vmx_basic_exit_reason_name(VMX_BASIC_EXIT_REASON_CPUID), len);
}

/* A write to a GPA the EPT does not map (SDM 29.3.3; 28.2.1, Table 28-7). */
static void exit_ept_violation(int use_ept)
{
	const char *id = "exit-ept-violation";
	unsigned long q, gla = 0;
	u64 gpa = 0;

	if (!use_ept) {
		report(id, UNSUPPORTED, "no EPT on this model; not run");
		return;
	}
	if (!guest_exit(id, exit_guest_ept, exit_at_ept,
			VMX_BASIC_EXIT_REASON_EPT_VIOLATION))
		return;
	q = exit_qual();
	vmx_vmcs_read_guest_physical_address(&gpa);
	vmx_vmcs_read_guest_linear_address(&gla);
	report(id, vmx_qual_ept_write(q) && !vmx_qual_ept_read(q) &&
		   !vmx_qual_ept_fetch(q) && !vmx_qual_ept_readable(q) &&
		   !vmx_qual_ept_writable(q) && !vmx_qual_ept_executable(q) &&
		   vmx_qual_ept_gla_valid(q) && vmx_qual_ept_gla_translation(q) &&
		   gpa == EPT_HOLE && gla == EPT_HOLE ? PASS : FAIL,
	       "reason %u (%s), qualification %x: read %u write %u fetch %u readable %u writable %u executable %u gla_valid %u gla_translation %u; guest-physical %x, linear %x",
	       (u64)VMX_BASIC_EXIT_REASON_EPT_VIOLATION,
	       vmx_basic_exit_reason_name(VMX_BASIC_EXIT_REASON_EPT_VIOLATION), (u64)q,
	       vmx_qual_ept_read(q), vmx_qual_ept_write(q), vmx_qual_ept_fetch(q),
	       vmx_qual_ept_readable(q), vmx_qual_ept_writable(q),
	       vmx_qual_ept_executable(q), vmx_qual_ept_gla_valid(q),
	       vmx_qual_ept_gla_translation(q), gpa, (u64)gla);
}

/*
 * VMCALL right after STI (IF was 0): the exit saves blocking by STI in the
 * guest interruptibility state (SDM 28.3.4; format 25.4.2).  The last
 * entry: the guest keeps IF = 1, never resumed.
 */
static void exit_interruptibility(void)
{
	const char *id = "exit-interruptibility";
	u32 state = ~0U;
	unsigned long rflags = 0;
	u64 len;

	if (!guest_exit(id, exit_guest_sti, exit_at_sti, VMX_BASIC_EXIT_REASON_VMCALL))
		return;
	vmx_vmcs_read_guest_interruptibility_state(&state);
	vmx_vmcs_read_guest_rflags(&rflags);
	len = exit_insn_len();
	report(id, vmx_intr_state_sti(state) && !vmx_intr_state_mov_ss(state) &&
		   (rflags & RFLAGS_IF) &&
		   len == (u64)(exit_after_sti - exit_at_sti) ? PASS : FAIL,
	       "reason %u (%s), interruptibility state %x: sti %u, mov_ss %u; guest RFLAGS %x; instruction length %u",
	       (u64)VMX_BASIC_EXIT_REASON_VMCALL,
	       vmx_basic_exit_reason_name(VMX_BASIC_EXIT_REASON_VMCALL), (u64)state,
	       (u64)vmx_intr_state_sti(state), (u64)vmx_intr_state_mov_ss(state),
	       (u64)rflags, len);
}

void run_exit_scenarios(void)
{
	int use_ept;

	print_cap_msrs();
	use_ept = adjust_require_ept();
	n_write_fail = 0;
	setup_exits_vmcs(use_ept);
	if (n_write_fail) {
		report("adjust-controls", FAIL, "setting up the VMCS: %u failure(s), first %s",
		       (u64)n_write_fail, first_bad_field);
		return;
	}
	exit_cr_access();
	dump_vmcs();
	report_adjust_controls();
	exit_io("exit-io-out", exit_guest_out, exit_at_out, exit_after_out,
		PORT_OUT, VMX_QUAL_IO_SIZE_BYTE, 0, 1);
	exit_io("exit-io-in", exit_guest_in, exit_at_in, exit_after_in,
		PORT_IN, VMX_QUAL_IO_SIZE_WORD, 1, 0);
	exit_exception();
	exit_cpuid();
	exit_ept_violation(use_ept);
	exit_interruptibility();
	vmx_vmclear(pa_of(vmcs_exits));
}
