// SPDX-License-Identifier: MIT
/*
 * kernel.c - a tiny 64-bit kernel that runs the generated VMX wrappers on the
 * VMX CPU that Bochs emulates, and prints one marker line per scenario:
 *
 *	VMXT <scenario-id> <PASS|FAIL|UNSUPPORTED> <detail>
 *
 * framed by "VMXT BEGIN" and "VMXT END"; an exception prints "VMXT CRASH ...".
 * Output goes to COM1 and to the Bochs debug port 0xE9.  The harness
 * (run-bochs.sh) turns the markers into TAP lines and owns the verdicts.
 *
 * Every VMX instruction, VMCS field, control bit, capability MSR, bit
 * layout, exit reason, error number and capability check comes from
 * <vmxgen/vmx.h>, included the way a user includes it (through kernel.h);
 * every control value from vmx_ctls_msr() and vmx_ctls_adjust(); every
 * guest runs through vmx_run_guest() (generated/vmxgen/vmx_entry.S).
 * What the headers do not cover (other MSRs, control registers,
 * descriptor tables) is local.
 *
 * kernel.h puts the fault hook in force for the whole kernel: the #UD/#GP
 * handler resumes a faulting VMX instruction at the fixup the hook
 * recorded.  The "fault-*" scenarios provoke real #UD and #GP(0) and check
 * that the wrapper returns VMX_FAULT; every other scenario runs with the
 * hook too.  exits.c has the VM-exit scenarios.
 */
#include "kernel.h"

/* ------------------------------------------------------------------ */
/*
 * VMCS fields, exit reasons, VM-instruction errors and the INVEPT/INVVPID
 * capability helpers all come from <vmxgen/vmx.h>.  The one local encoding:
 * a field no VMCS has (natural-width host-state index 0x1FF), for the
 * "unsupported field" failure.
 */
#define UNSUPPORTED_FIELD	0x6FFEUL

/*
 * MSRs and architectural bits outside VMX (not part of the generated
 * headers); the VMX capability MSRs and control bits are VMX_MSR_* and
 * VMX_CTL_* from <vmxgen/vmx.h>.
 */
#define MSR_IA32_FEATURE_CONTROL	0x3A
#define FEATURE_CONTROL_LOCKED		(1ULL << 0)
#define FEATURE_CONTROL_VMX_OUTSIDE_SMX	(1ULL << 2)
#define CR4_VMXE			(1UL << 13)
#define RFLAGS_FIXED_1			(1UL << 1)	/* reserved, always 1 */
#define RFLAGS_ZF			(1UL << 6)
#define DR7_RESET			0x400UL		/* DR7 at power-up */
/* CF, PF, AF, ZF, SF, OF: what VMsucceed/VMfail set or clear. */
#define RFLAGS_STATUS			0x8D5UL

#include "kconsole.h"

/* All integer arguments must be 64-bit: cast at the call site. */
void kprintf(const char *fmt, ...)
{
	__builtin_va_list ap;

	__builtin_va_start(ap, fmt);
	kvprintf(fmt, ap);
	__builtin_va_end(ap);
}

static unsigned int n_fail;

void report(const char *id, enum verdict v, const char *fmt, ...)
{
	static const char *const names[] = { "PASS", "FAIL", "UNSUPPORTED" };
	__builtin_va_list ap;

	if (v == FAIL)
		n_fail++;
	kprintf("VMXT %s %s ", id, names[v]);
	__builtin_va_start(ap, fmt);
	kvprintf(fmt, ap);
	__builtin_va_end(ap);
	con_putc('\n');
}

const char *status_name(enum vmx_status st)
{
	switch (st) {
	case VMX_SUCCEED:
		return "VMX_SUCCEED";
	case VMX_FAIL_VALID:
		return "VMX_FAIL_VALID";
	case VMX_FAIL_INVALID:
		return "VMX_FAIL_INVALID";
	case VMX_FAULT:
		return "VMX_FAULT";
	}
	return "invalid-status";
}

/* ------------------------------------------------------------------ */
/*
 * IDT for vectors 0-31: a #UD or #GP at an instruction of the exception
 * table resumes at its fixup; anything else reports vector, error code and
 * RIP, then stops.  Vector 32 (DPL 3) is the way back from CPL 3.
 */

/* One entry of vmxt_extable, as VMXGEN_FAULT_HOOK above records it. */
struct vmxt_extable_entry {
	u64 insn, fixup;
};
extern const struct vmxt_extable_entry __vmxt_extable_start[];
extern const struct vmxt_extable_entry __vmxt_extable_end[];
extern const u8 __text_start[], __text_end[];

#define VEC_USER_RETURN	32

/*
 * The last fault resumed through the table, and how many there were.
 * Read and written at CPL 3 too (the CPL 3 scenarios): plain globals in
 * user-accessible memory.
 */
struct fault_record {
	u64 vector, error, rip, fixup, cs;
};
static volatile struct fault_record fault_last;
static volatile u64 n_faults;

void user_return_entry(void);

static struct idt_gate idt[VEC_USER_RETURN + 1] __attribute__((aligned(16)));

static void __attribute__((noreturn)) exc_report(struct exc_frame *f)
{
	kprintf("\nVMXT CRASH vector=%u error=%x rip=%x cs=%x rsp=%x\n",
		f->vector, f->error, f->rip, f->cs, f->rsp);
	serial_flush();
	bochs_shutdown();
}

static const struct vmxt_extable_entry *extable_find(u64 rip)
{
	const struct vmxt_extable_entry *e;

	for (e = __vmxt_extable_start; e < __vmxt_extable_end; e++)
		if (e->insn == rip)
			return e;
	return 0;
}

/* Called by isr_common; returns only to resume at a fixup. */
void exc_handler(struct exc_frame *f)
{
	const struct vmxt_extable_entry *e = 0;

	if (f->vector == VEC_UD || f->vector == VEC_GP)
		e = extable_find(f->rip);
	if (!e)
		exc_report(f);
	fault_last.vector = f->vector;
	fault_last.error = f->error;
	fault_last.rip = f->rip;
	fault_last.fixup = e->fixup;
	fault_last.cs = f->cs;
	n_faults++;
	f->rip = e->fixup;	/* everything else as the CPU saved it */
}

static void set_gate(unsigned int n, u64 a, u8 type)
{
	idt[n].off0 = (u16)a;
	idt[n].sel = SEL_CODE64;
	idt[n].ist = 0;
	idt[n].type = type;
	idt[n].off1 = (u16)(a >> 16);
	idt[n].off2 = (u32)(a >> 32);
	idt[n].zero = 0;
}

static void idt_init(void)
{
	struct hostx_pseudo_descriptor_64 p;
	int i;

	for (i = 0; i < 32; i++)	/* present, DPL 0, 64-bit interrupt gate */
		set_gate(i, isr_table[i], 0x8E);
	/* DPL 3: "int $32" at CPL 3 is allowed */
	set_gate(VEC_USER_RETURN, (u64)(unsigned long)user_return_entry, 0xEE);
	p.limit = sizeof(idt) - 1;
	p.base = pa_of(idt);
	hostx_lidt(&p);
}

/*
 * A 64-bit TSS: the VMCS host TR selector must not be 0, and an interrupt
 * or exception at CPL 3 switches to RSP0.
 */
static u8 tss[104] __attribute__((aligned(16)));
static u8 ring0_stack[8192] __attribute__((aligned(16)));

static void tss_init(void)
{
	u64 rsp0 = pa_of(ring0_stack + sizeof(ring0_stack));
	int i;

	for (i = 0; i < 8; i++)		/* RSP0 at offset 4 (unaligned) */
		tss[4 + i] = (u8)(rsp0 >> (8 * i));
	tss_load(tss);
}

/* ------------------------------------------------------------------ */
/* Memory the VMX scenarios use (4 KiB aligned, identity-mapped, in .bss). */

static u8 vmxon_region[4096] __attribute__((aligned(4096)));
static u8 vmcs_a[4096] __attribute__((aligned(4096)));
static u8 vmcs_b[4096] __attribute__((aligned(4096)));
static u8 ept_pml4[4096] __attribute__((aligned(4096)));
static u8 guest_stack[8192] __attribute__((aligned(16)));
static u8 user_stack[4096] __attribute__((aligned(16)));

struct kjmp {
	u64 rbx, rbp, r12, r13, r14, r15, rsp, rip;
};
struct kjmp user_ctx;
int kjmp_save(struct kjmp *ctx) __attribute__((returns_twice));
void enter_user(void (*entry)(void), void *stack) __attribute__((noreturn));

struct vmxt_caps vmx;

static void stamp(u8 *region)
{
	*(volatile u32 *)region = vmx.revision;
}

/* ------------------------------------------------------------------ */
/* Scenario helpers. */

const char *error_name(u32 err)
{
	const char *name = vmx_insn_error_name(err);

	return name ? name : "unassigned";
}

/* Expect VMfailValid with error @err. */
static void expect_valid(const char *id, enum vmx_status st,
			 enum vmx_insn_error err)
{
	u32 got;

	if (st != VMX_FAIL_VALID) {
		report(id, FAIL, "status %s, want VMX_FAIL_VALID error %u (%s)",
		       status_name(st), (u64)err, error_name(err));
		return;
	}
	got = vmx_insn_error();
	report(id, got == (u32)err ? PASS : FAIL,
	       "status VMX_FAIL_VALID, VM-instruction error %u (%s), want %u",
	       (u64)got, error_name(got), (u64)err);
}

static void expect_ok(const char *id, enum vmx_status st, const char *what)
{
	if (st == VMX_SUCCEED) {
		report(id, PASS, "%s: VMX_SUCCEED", what);
	} else if (st == VMX_FAIL_VALID) {
		u32 e = vmx_insn_error();

		report(id, FAIL, "%s: VMX_FAIL_VALID, error %u (%s)", what,
		       (u64)e, error_name(e));
	} else {
		report(id, FAIL, "%s: %s", what, status_name(st));
	}
}

/* vmx_vmwrite() then vmx_vmread() of one field; @want must read back. */
static void round_trip(const char *id, unsigned long field,
		       unsigned long val, unsigned long want)
{
	unsigned long got = 0x5A5A5A5A5A5A5A5AUL;
	enum vmx_status w, r;

	w = vmx_vmwrite(field, val);
	r = vmx_vmread(field, &got);
	if (w == VMX_SUCCEED && r == VMX_SUCCEED && got == want)
		report(id, PASS, "field %x: wrote %x, read %x", (u64)field,
		       (u64)val, (u64)got);
	else
		report(id, FAIL,
		       "field %x: vmwrite %s, vmread %s, wrote %x, read %x, want %x",
		       (u64)field, status_name(w), status_name(r), (u64)val,
		       (u64)got, (u64)want);
}

/*
 * The same through the generated typed accessors vmx_vmcs_write_<f>() and
 * vmx_vmcs_read_<f>(), whose value type is the field's own width.
 */
#define TYPED_ROUND_TRIP(id, f, type, val)				\
	do {								\
		type got_ = (type)0x5A5A5A5A5A5A5A5AULL;		\
		enum vmx_status w_ = vmx_vmcs_write_##f(val);		\
		enum vmx_status r_ = vmx_vmcs_read_##f(&got_);		\
									\
		report(id, w_ == VMX_SUCCEED && r_ == VMX_SUCCEED &&	\
			   got_ == (type)(val) ? PASS : FAIL,		\
		       "vmx_write_" #f "(%x): %s, vmx_read_" #f "(): %s, %x", \
		       (u64)(val), status_name(w_), status_name(r_),	\
		       (u64)got_);					\
	} while (0)

/* Counts failed writes while building a VMCS (W() in kernel.h). */
unsigned int n_write_fail;
const char *first_bad_field;

void check_write(enum vmx_status st, const char *field)
{
	if (st != VMX_SUCCEED && !n_write_fail++)
		first_bad_field = field;
}

/* Whether the model allows the 1-setting of @ctl in @group. */
int ctl_allowed(enum vmx_ctls group, u64 ctl)
{
	u64 value;

	return vmx_ctls_adjust(group, vmx.ctls[group], ctl, 0, &value) == 0;
}

/*
 * A control field's value from the model's capability MSR for @group
 * (vmx_ctls_msr() chose it): @required and @optional controls the model
 * allows, plus those it forces to 1 (SDM Appendix A.3-A.5).  A required
 * control the model lacks counts as a failed write, named by
 * vmx_ctls_bit_name().
 */
u64 ctls_value(enum vmx_ctls group, u64 required, u64 optional)
{
	u64 value, missing;

	missing = vmx_ctls_adjust(group, vmx.ctls[group], required, optional,
				  &value);
	if (missing && !n_write_fail++)
		first_bad_field = vmx_ctls_bit_name(group,
						    __builtin_ctzll(missing));
	return value;
}

/*
 * An EPT pointer to the PML4 table at @pml4: 4-level walk, paging
 * structures write-back if the model supports it, else uncacheable (SDM
 * 25.6.11, A.10).
 */
u64 eptp_of(u64 pml4)
{
	u64 eptp = 0;

	eptp = vmx_eptp_set_memtype(eptp,
		vmx.cap >> VMX_EPT_VPID_CAP_EPT_MEMORY_TYPE_WB_BIT & 1 ?
		VMX_EPTP_MEMTYPE_WB : VMX_EPTP_MEMTYPE_UC);
	eptp = vmx_eptp_set_walk_length(eptp, VMX_EPTP_WALK_LENGTH_LEVELS_4);
	return vmx_eptp_set_pml4_address(eptp, pml4 >> PAGE_SHIFT);
}

int streq(const char *a, const char *b)
{
	if (!a || !b)
		return 0;
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return *a == *b;
}

/* ------------------------------------------------------------------ */
/* The guest: runs in VMX non-root operation, on its own stack. */

static volatile int guest_use_vmfunc;
static volatile enum vmx_status guest_vmcall_status = VMX_SUCCEED;

static void __attribute__((noreturn, used)) guest_main(void)
{
	/* Exits with reason 18; continues after the VMCALL on VMRESUME. */
	guest_vmcall_status = vmx_vmcall();
	if (guest_use_vmfunc)
		vmx_vmfunc(0, 0);	/* VM-function controls 0: exit 59 */
	for (;;)
		hostx_hlt();	/* exit 12 */
}

/*
 * Segment access rights (SDM 25.4.1, the access_rights layout): present,
 * S = 1 (code or data), granularity 4 KiB, DPL 0.  Types (SDM Vol. 3A
 * 3.4.5.1, 3.5): 3 read/write data, 11 execute/read code, both accessed;
 * 11 busy 64-bit TSS (a system segment, S = 0).
 */
#define SEG_TYPE_DATA_RW_ACCESSED	3
#define SEG_TYPE_CODE_XR_ACCESSED	11
#define SEG_TYPE_TSS_BUSY		11

static u32 ar_flat(u32 type)
{
	u32 ar = 0;

	ar = vmx_access_rights_set_type(ar, type);
	ar = vmx_access_rights_set_s(ar, 1);
	ar = vmx_access_rights_set_p(ar, 1);
	return vmx_access_rights_set_g(ar, 1);
}

#define GUEST_SEG(seg, sel, limit, ar, base)				\
	do {								\
		W(guest_##seg##_selector, sel);				\
		W(guest_##seg##_limit, limit);				\
		W(guest_##seg##_access_rights, ar);			\
		W(guest_##seg##_base, base);				\
	} while (0)

/* Fill the current VMCS: guest = copy of this flat 64-bit host. */
void setup_vmcs(void)
{
	struct hostx_pseudo_descriptor_64 gdtr, idtr;
	unsigned long cr0 = read_cr0(), cr3 = read_cr3(), cr4 = read_cr4();
	u32 ar_data, ar_code, ar_tss, ar_unusable;

	sgdt(&gdtr);
	sidt(&idtr);
	ar_data = vmx_access_rights_set_db(ar_flat(SEG_TYPE_DATA_RW_ACCESSED), 1);
	ar_code = vmx_access_rights_set_l(ar_flat(SEG_TYPE_CODE_XR_ACCESSED), 1);
	ar_tss = vmx_access_rights_set_type(0, SEG_TYPE_TSS_BUSY);
	ar_tss = vmx_access_rights_set_p(ar_tss, 1);
	ar_unusable = vmx_access_rights_set_unusable(0, 1);

	/* Controls, from the model's capability MSRs. */
	W(pin_based_vm_execution_controls, ctls_value(VMX_CTLS_PIN, 0, 0));
	W(primary_processor_based_vm_execution_controls,
	  ctls_value(VMX_CTLS_PROC, VMX_CTL_PROC_HLT_EXITING |
		     (guest_use_vmfunc ? VMX_CTL_PROC_ACTIVATE_SECONDARY_CONTROLS : 0),
		     0));
	if (guest_use_vmfunc) {
		W(secondary_processor_based_vm_execution_controls,
		  ctls_value(VMX_CTLS_PROC2, VMX_CTL_PROC2_ENABLE_VM_FUNCTIONS, 0));
		W(vm_function_controls, 0);	/* every VMFUNC exits */
	}
	W(primary_vm_exit_controls,
	  ctls_value(VMX_CTLS_EXIT, VMX_CTL_EXIT_HOST_ADDRESS_SPACE_SIZE, 0));
	W(vm_entry_controls,
	  ctls_value(VMX_CTLS_ENTRY, VMX_CTL_ENTRY_IA32E_MODE_GUEST, 0));
	W(exception_bitmap, 0);
	W(cr3_target_count, 0);
	W(vm_exit_msr_store_count, 0);
	W(vm_exit_msr_load_count, 0);
	W(vm_entry_msr_load_count, 0);
	W(vm_entry_interruption_information, 0);
	W(vmcs_link_pointer, ~0ULL);

	/* Host state: where VM exits land. */
	W(host_cr0, cr0);
	W(host_cr3, cr3);
	W(host_cr4, cr4);
	W(host_es_selector, SEL_DATA);
	W(host_cs_selector, SEL_CODE64);
	W(host_ss_selector, SEL_DATA);
	W(host_ds_selector, SEL_DATA);
	W(host_fs_selector, SEL_DATA);
	W(host_gs_selector, SEL_DATA);
	W(host_tr_selector, SEL_TSS);
	W(host_fs_base, 0);
	W(host_gs_base, 0);
	W(host_tr_base, pa_of(tss));
	W(host_gdtr_base, gdtr.base);
	W(host_idtr_base, idtr.base);
	W(host_ia32_sysenter_cs, 0);
	W(host_ia32_sysenter_esp, 0);
	W(host_ia32_sysenter_eip, 0);
	/*
	 * HOST_RIP once per VMCS; HOST_RSP is vmx_run_guest()'s, written
	 * when it differs from what vmcs_host_rsp says this VMCS holds.
	 */
	check_write(vmx_run_guest_init_vmcs(), "vmx_run_guest_init_vmcs");
	vmcs_host_rsp = 0;

	/* Guest state: a copy of this flat 64-bit host. */
	W(guest_cr0, cr0);
	W(guest_cr3, cr3);
	W(guest_cr4, cr4);
	GUEST_SEG(es, SEL_DATA, 0xFFFFFFFF, ar_data, 0);
	GUEST_SEG(cs, SEL_CODE64, 0xFFFFFFFF, ar_code, 0);
	GUEST_SEG(ss, SEL_DATA, 0xFFFFFFFF, ar_data, 0);
	GUEST_SEG(ds, SEL_DATA, 0xFFFFFFFF, ar_data, 0);
	GUEST_SEG(fs, SEL_DATA, 0xFFFFFFFF, ar_data, 0);
	GUEST_SEG(gs, SEL_DATA, 0xFFFFFFFF, ar_data, 0);
	GUEST_SEG(ldtr, 0, 0, ar_unusable, 0);
	GUEST_SEG(tr, SEL_TSS, sizeof(tss) - 1, ar_tss, pa_of(tss));
	W(guest_gdtr_base, gdtr.base);
	W(guest_gdtr_limit, gdtr.limit);
	W(guest_idtr_base, idtr.base);
	W(guest_idtr_limit, idtr.limit);
	W(guest_dr7, DR7_RESET);
	/* As after a call: RSP + 8 is 16-byte aligned at function entry. */
	W(guest_rsp, pa_of(guest_stack + sizeof(guest_stack) - 8));
	W(guest_rip, (unsigned long)guest_main);
	W(guest_rflags, RFLAGS_FIXED_1);
	W(guest_pending_debug_exceptions, 0);
	W(guest_interruptibility_state, 0);
	W(guest_activity_state, VMX_ACTIVITY_ACTIVE);
	W(guest_ia32_sysenter_cs, 0);
	W(guest_ia32_sysenter_esp, 0);
	W(guest_ia32_sysenter_eip, 0);
}

/*
 * VMLAUNCH (launch != 0) or VMRESUME, through vmx_run_guest().  Returns
 * 1 after a VM exit, 0 if the instruction failed; *st holds its status.
 * The guests keep their general-purpose registers in guest_regs from one
 * exit to the next entry.
 */
static struct vmx_guest_regs guest_regs;
unsigned long vmcs_host_rsp;

int enter_guest(int launch, enum vmx_status *st)
{
	*st = vmx_run_guest(&guest_regs, !launch, &vmcs_host_rsp);
	return *st == VMX_SUCCEED;
}

/*
 * One VM entry, expecting an exit with @want_reason, decoded by the
 * generated vmx_basic_exit_reason_name() as @want_name.
 */
static int run_guest(const char *id, int launch, enum vmx_basic_exit_reason want_reason,
		     const char *want_name)
{
	const char *insn = launch ? "vmlaunch" : "vmresume";
	enum vmx_status st;
	u32 reason = ~0U;
	const char *name;

	if (!enter_guest(launch, &st)) {
		if (st == VMX_FAIL_VALID) {
			u32 e = vmx_insn_error();

			report(id, FAIL, "%s failed: VMX_FAIL_VALID, error %u (%s)",
			       insn, (u64)e, error_name(e));
		} else {
			report(id, FAIL, "%s failed: %s", insn, status_name(st));
		}
		return 0;
	}
	st = vmx_vmcs_read_exit_reason(&reason);
	name = vmx_basic_exit_reason_name(reason);
	if (st == VMX_SUCCEED && reason == (u32)want_reason &&
	    streq(name, want_name)) {
		report(id, PASS, "%s, then VM exit reason %u, named %s", insn,
		       (u64)reason, name);
		return 1;
	}
	report(id, FAIL,
	       "%s, then VM exit reason %x (vmread %s), named %s; want %u named %s",
	       insn, (u64)reason, status_name(st), name ? name : "(null)",
	       (u64)want_reason, want_name);
	return 0;
}

void skip_instruction(void)
{
	unsigned long rip = 0;
	u32 len = 0;

	check_write(vmx_vmcs_read_guest_rip(&rip), "read guest_rip");
	check_write(vmx_vmcs_read_vm_exit_instruction_length(&len),
		    "read vm_exit_instruction_length");
	W(guest_rip, rip + len);
}

/* ------------------------------------------------------------------ */
/* The scenarios, in order. */

static int enable_vmx(void)
{
	u32 r[4];
	u64 fc;
	unsigned long cr0, cr4;
	u64 cr0_f0, cr0_f1, cr4_f0, cr4_f1;
	enum vmx_ctls g;

	cpuid(1, 0, r);
	if (!(r[2] & (1U << 5))) {
		report("enable", FAIL, "CPUID.1:ECX.VMX[bit 5] is 0");
		return 0;
	}
	fc = rdmsr(MSR_IA32_FEATURE_CONTROL);
	if (!(fc & FEATURE_CONTROL_LOCKED)) {
		fc |= FEATURE_CONTROL_LOCKED | FEATURE_CONTROL_VMX_OUTSIDE_SMX;
		wrmsr(MSR_IA32_FEATURE_CONTROL, fc);
		fc = rdmsr(MSR_IA32_FEATURE_CONTROL);
	}
	if (!(fc & FEATURE_CONTROL_VMX_OUTSIDE_SMX)) {
		report("enable", FAIL,
		       "IA32_FEATURE_CONTROL %x: locked without VMX outside SMX",
		       fc);
		return 0;
	}

	vmx.basic = rdmsr(VMX_MSR_IA32_VMX_BASIC);
	vmx.revision = (u32)vmx_basic_revision_id(vmx.basic);
	vmx.misc = rdmsr(VMX_MSR_IA32_VMX_MISC);
	/*
	 * The capability MSR of each control group, as vmx_ctls_msr() says
	 * (TRUE ones when IA32_VMX_BASIC bit 55 is set).  Optional MSRs raise
	 * #GP when absent: read the secondary and tertiary processor-based and
	 * the secondary exit controls' MSRs only when the primary controls
	 * allow their "activate" bit, EPT_VPID_CAP and VMFUNC only when a
	 * secondary control that needs them is allowed (SDM A.3.3, A.3.4,
	 * A.4.2, A.10, A.11); an absent group stays 0, allowing nothing.
	 */
	for (g = VMX_CTLS_PIN; g <= VMX_CTLS_ENTRY; g++)
		if (g != VMX_CTLS_PROC2 && g != VMX_CTLS_PROC3 && g != VMX_CTLS_EXIT2)
			vmx.ctls[g] = rdmsr(vmx_ctls_msr(g, vmx.basic));
	if (ctl_allowed(VMX_CTLS_PROC, VMX_CTL_PROC_ACTIVATE_SECONDARY_CONTROLS))
		vmx.ctls[VMX_CTLS_PROC2] = rdmsr(vmx_ctls_msr(VMX_CTLS_PROC2, vmx.basic));
	if (ctl_allowed(VMX_CTLS_PROC, VMX_CTL_PROC_ACTIVATE_TERTIARY_CONTROLS))
		vmx.ctls[VMX_CTLS_PROC3] = rdmsr(vmx_ctls_msr(VMX_CTLS_PROC3, vmx.basic));
	if (ctl_allowed(VMX_CTLS_EXIT, VMX_CTL_EXIT_ACTIVATE_SECONDARY_CONTROLS))
		vmx.ctls[VMX_CTLS_EXIT2] = rdmsr(vmx_ctls_msr(VMX_CTLS_EXIT2, vmx.basic));
	if (ctl_allowed(VMX_CTLS_PROC2, VMX_CTL_PROC2_ENABLE_EPT) ||
	    ctl_allowed(VMX_CTLS_PROC2, VMX_CTL_PROC2_ENABLE_VPID))
		vmx.cap = rdmsr(VMX_MSR_IA32_VMX_EPT_VPID_CAP);
	if (ctl_allowed(VMX_CTLS_PROC2, VMX_CTL_PROC2_ENABLE_VM_FUNCTIONS))
		vmx.vmfunc = rdmsr(VMX_MSR_IA32_VMX_VMFUNC);
	cpuid(0x80000000, 0, r);
	vmx.maxphyaddr = 36;
	if (r[0] >= 0x80000008) {
		cpuid(0x80000008, 0, r);
		vmx.maxphyaddr = r[0] & 0xFF;
	}

	cr0_f0 = rdmsr(VMX_MSR_IA32_VMX_CR0_FIXED0);
	cr0_f1 = rdmsr(VMX_MSR_IA32_VMX_CR0_FIXED1);
	write_cr0(vmx_cr0_adjust(read_cr0(), cr0_f0, cr0_f1));
	cr4_f0 = rdmsr(VMX_MSR_IA32_VMX_CR4_FIXED0);
	cr4_f1 = rdmsr(VMX_MSR_IA32_VMX_CR4_FIXED1);
	write_cr4(vmx_cr4_adjust(read_cr4() | CR4_VMXE, cr4_f0, cr4_f1));
	cr0 = read_cr0();
	cr4 = read_cr4();

	kprintf("VMXT INFO basic=%x revision=%x misc=%x maxphyaddr=%u\n",
		vmx.basic, (u64)vmx.revision, vmx.misc, (u64)vmx.maxphyaddr);
	kprintf("VMXT INFO pin=%x proc=%x proc2=%x exit=%x entry=%x\n",
		vmx.ctls[VMX_CTLS_PIN], vmx.ctls[VMX_CTLS_PROC],
		vmx.ctls[VMX_CTLS_PROC2], vmx.ctls[VMX_CTLS_EXIT],
		vmx.ctls[VMX_CTLS_ENTRY]);
	kprintf("VMXT INFO ept_vpid_cap=%x vmfunc=%x\n", vmx.cap, vmx.vmfunc);

	if (!(cr4 & CR4_VMXE) ||
	    (cr0 & vmx_cr0_must_be_1(cr0_f0)) != vmx_cr0_must_be_1(cr0_f0) ||
	    (cr0 & vmx_cr0_must_be_0(cr0_f1)) ||
	    (cr4 & vmx_cr4_must_be_1(cr4_f0)) != vmx_cr4_must_be_1(cr4_f0) ||
	    (cr4 & vmx_cr4_must_be_0(cr4_f1))) {
		report("enable", FAIL,
		       "CR0 %x CR4 %x do not satisfy the fixed bits (CR0 %x/%x, CR4 %x/%x)",
		       (u64)cr0, (u64)cr4, cr0_f0, cr0_f1, cr4_f0, cr4_f1);
		return 0;
	}
	report("enable", PASS,
	       "IA32_FEATURE_CONTROL %x, CR0 %x, CR4 %x (VMXE), revision id %x",
	       fc, (u64)cr0, (u64)cr4, (u64)vmx.revision);
	return 1;
}

static void invept_invvpid(void)
{
	static const struct {
		const char *id;
		enum vmx_invept_type type;
	} ept[] = {
		{ "invept-single-context", VMX_INVEPT_SINGLE_CONTEXT },
		{ "invept-global", VMX_INVEPT_GLOBAL },
	};
	static const struct {
		const char *id;
		enum vmx_invvpid_type type;
	} vpid[] = {
		{ "invvpid-individual-address", VMX_INVVPID_INDIVIDUAL_ADDRESS },
		{ "invvpid-single-context", VMX_INVVPID_SINGLE_CONTEXT },
		{ "invvpid-all-context", VMX_INVVPID_ALL_CONTEXT },
		{ "invvpid-single-context-retaining-globals",
		  VMX_INVVPID_SINGLE_CONTEXT_RETAINING_GLOBALS },
	};
	u64 eptp = eptp_of(pa_of(ept_pml4));
	int any_ept = 0, any_vpid = 0;
	unsigned int i;

	for (i = 0; i < sizeof(ept) / sizeof(ept[0]); i++) {
		if (!vmx_invept_type_supported(vmx.cap, ept[i].type)) {
			report(ept[i].id, UNSUPPORTED,
			       "capability helper says type %u unsupported (cap %x); not run",
			       (u64)ept[i].type, vmx.cap);
			continue;
		}
		any_ept = 1;
		expect_ok(ept[i].id, vmx_invept(ept[i].type, eptp), "invept");
	}
	for (i = 0; i < sizeof(vpid) / sizeof(vpid[0]); i++) {
		if (!vmx_invvpid_type_supported(vmx.cap, vpid[i].type)) {
			report(vpid[i].id, UNSUPPORTED,
			       "capability helper says type %u unsupported (cap %x); not run",
			       (u64)vpid[i].type, vmx.cap);
			continue;
		}
		any_vpid = 1;
		expect_ok(vpid[i].id,
			  vmx_invvpid(vpid[i].type, 1, pa_of(vmcs_b)), "invvpid");
	}

	/* Deliberate failures, only where the instructions exist. */
	if (any_ept)
		expect_valid("invept-invalid-type",
			     vmx_invept((enum vmx_invept_type)3, eptp),
			     VMX_INSN_ERROR_INVALID_INVEPT_INVVPID_OPERAND);
	else
		report("invept-invalid-type", UNSUPPORTED,
		       "no INVEPT type supported; not run");
	if (any_vpid && vmx_invvpid_type_supported(vmx.cap, VMX_INVVPID_SINGLE_CONTEXT))
		expect_valid("invvpid-vpid-0",
			     vmx_invvpid(VMX_INVVPID_SINGLE_CONTEXT, 0, 0),
			     VMX_INSN_ERROR_INVALID_INVEPT_INVVPID_OPERAND);
	else
		report("invvpid-vpid-0", UNSUPPORTED,
		       "INVVPID single-context unsupported; not run");
}

/* ------------------------------------------------------------------ */
/*
 * Faults.  A fault case calls one wrapper where its instruction must
 * fault; the #UD/#GP handler resumes it at the fixup the hook recorded, and
 * the wrapper must return VMX_FAULT (void wrappers: return, output not
 * written).  Cases run at CPL 0 or, through run_at_cpl3(), at CPL 3, where
 * nothing is printed: results are kept and reported back at CPL 0.
 */

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
/* Inline asm that stays (no instruction): a compiler barrier. */
#define barrier() __asm__ volatile("" : : : "memory")

/*
 * The VMX instruction at @addr (SDM encodings: mandatory prefix, optional
 * REX, opcode, ModRM.reg where it tells two apart), or NULL.  Checks that a
 * fault, or a table entry, is at the instruction meant.
 */
static const struct {
	const char *name;
	u8 prefix;		/* 0: none */
	u8 len;
	u8 op[3];
	signed char reg;	/* ModRM.reg, or -1 */
} vmx_encodings[] = {
	{ "invept", 0x66, 3, { 0x0F, 0x38, 0x80 }, -1 },
	{ "invvpid", 0x66, 3, { 0x0F, 0x38, 0x81 }, -1 },
	{ "vmcall", 0, 3, { 0x0F, 0x01, 0xC1 }, -1 },
	{ "vmclear", 0x66, 2, { 0x0F, 0xC7 }, 6 },
	{ "vmfunc", 0, 3, { 0x0F, 0x01, 0xD4 }, -1 },
	{ "vmlaunch", 0, 3, { 0x0F, 0x01, 0xC2 }, -1 },
	{ "vmptrld", 0, 2, { 0x0F, 0xC7 }, 6 },
	{ "vmptrst", 0, 2, { 0x0F, 0xC7 }, 7 },
	{ "vmread", 0, 2, { 0x0F, 0x78 }, -1 },
	{ "vmresume", 0, 3, { 0x0F, 0x01, 0xC3 }, -1 },
	{ "vmwrite", 0, 2, { 0x0F, 0x79 }, -1 },
	{ "vmxoff", 0, 3, { 0x0F, 0x01, 0xC4 }, -1 },
	{ "vmxon", 0xF3, 2, { 0x0F, 0xC7 }, 6 },
};

static int in_text(u64 addr)
{
	return addr >= pa_of(__text_start) && addr + 8 <= pa_of(__text_end);
}

static int vmx_encoding_at(u64 addr)
{
	unsigned int i, j;

	if (!in_text(addr))
		return -1;
	for (i = 0; i < ARRAY_SIZE(vmx_encodings); i++) {
		const u8 *p = (const u8 *)(unsigned long)addr;

		if (vmx_encodings[i].prefix) {
			if (*p++ != vmx_encodings[i].prefix)
				continue;
		} else if (*p == 0x66 || *p == 0xF2 || *p == 0xF3) {
			continue;
		}
		if ((*p & 0xF0) == 0x40)	/* REX */
			p++;
		for (j = 0; j < vmx_encodings[i].len; j++)
			if (p[j] != vmx_encodings[i].op[j])
				break;
		if (j < vmx_encodings[i].len)
			continue;
		if (vmx_encodings[i].reg >= 0 &&
		    ((p[j] >> 3) & 7) != (u8)vmx_encodings[i].reg)
			continue;
		return (int)i;
	}
	return -1;
}

static const char *vmx_insn_at(u64 addr)
{
	int i = vmx_encoding_at(addr);

	return i < 0 ? 0 : vmx_encodings[i].name;
}

/*
 * The hostx wrappers this kernel calls record entries too (SDM Vol. 2):
 * HLT F4, IN AL,DX EC, OUT DX,AL EE; and after 0F: LTR 00, LIDT/SGDT/SIDT
 * 01, MOV from/to CR 20/22, WRMSR 30, RDMSR 32, CPUID A2 (a REX prefix may
 * come first).
 */
static int host_insn_at(u64 addr)
{
	static const u8 after_0f[] = { 0x00, 0x01, 0x20, 0x22, 0x30, 0x32, 0xA2 };
	const u8 *p = (const u8 *)(unsigned long)addr;
	unsigned int i;

	if (!in_text(addr))
		return 0;
	if ((p[0] & 0xF0) == 0x40)
		p++;
	if (p[0] == 0xF4 || p[0] == 0xEC || p[0] == 0xEE)
		return 1;
	for (i = 0; p[0] == 0x0F && i < ARRAY_SIZE(after_0f); i++)
		if (p[1] == after_0f[i])
			return 1;
	return 0;
}

/* Every entry of the table: at a VMX (or hostx) instruction, fixup in .text. */
static void check_extable(void)
{
	const struct vmxt_extable_entry *e;
	u64 n = 0, host = 0, bad = 0, kinds = 0, first_bad = 0;
	u32 seen = 0;
	unsigned int i;

	for (e = __vmxt_extable_start; e < __vmxt_extable_end; e++) {
		int k = vmx_encoding_at(e->insn);

		n++;
		/*
		 * A hostx fixup may be the instruction itself: the fault
		 * path of the guest's for (;;) hostx_hlt() is the loop's head.
		 */
		if (k < 0 && host_insn_at(e->insn) && in_text(e->fixup)) {
			host++;
			continue;
		}
		if (k < 0 || !in_text(e->fixup) || e->fixup == e->insn) {
			if (!bad++)
				first_bad = e->insn;
			continue;
		}
		seen |= 1U << k;
	}
	for (i = 0; i < ARRAY_SIZE(vmx_encodings); i++)
		kinds += (seen >> i) & 1;
	if (n && !bad && kinds == ARRAY_SIZE(vmx_encodings))
		report("extable", PASS,
		       "%u entries recorded by VMXGEN_FAULT_HOOK, each at a VMX instruction (all %u wrappers) or a hostx one (%u), every fixup in .text",
		       n, kinds, host);
	else
		report("extable", FAIL,
		       "%u entries, %u bad (first at %x), %u of %u instructions seen",
		       n, bad, first_bad, kinds, (u64)ARRAY_SIZE(vmx_encodings));
}

/* Pseudo-statuses of the void wrappers' cases. */
#define RESUMED		100	/* returned after the fault */
#define OUTPUT_WRITTEN	101	/* returned, but wrote its output */
#define NOT_RUN		102
#define SENTINEL	0x5A5A5A5A5A5A5A5AULL

struct fault_case {
	const char *id;
	const char *insn;	/* what vmx_insn_at() must find at the fault */
	u64 vector;		/* VEC_UD, or VEC_GP with error code 0 */
	int (*run)(void);	/* a vmx_status, or RESUMED / OUTPUT_WRITTEN */
	int is_void;		/* wrapper returns nothing */
};

struct fault_result {
	int status;
	u64 faults;
	struct fault_record rec;
};

static u64 faults_in_cases;

/* Each calls one wrapper; harmless should the instruction not fault. */
static int fc_invept(void)
{
	return vmx_invept(VMX_INVEPT_GLOBAL, 0);
}

static int fc_invvpid(void)
{
	return vmx_invvpid(VMX_INVVPID_ALL_CONTEXT, 1, 0);
}

static int fc_vmcall(void)
{
	return vmx_vmcall();
}

static int fc_vmclear(void)
{
	return vmx_vmclear(pa_of(vmcs_b));
}

static int fc_vmfunc(void)
{
	vmx_vmfunc(0, 0);
	return RESUMED;
}

static int fc_vmlaunch(void)
{
	return vmx_vmlaunch();
}

static int fc_vmptrld(void)
{
	return vmx_vmptrld(pa_of(vmcs_a));
}

/*
 * vmx_vmptrst()'s output is "=m": the compiler takes the old value as dead
 * and drops a plain store of SENTINEL before it.  A volatile object keeps
 * the store, so what is read back is what the CPU left there.
 */
static int fc_vmptrst(void)
{
	volatile u64 p = SENTINEL;

	vmx_vmptrst((vmx_u64 *)&p);
	return p == SENTINEL ? RESUMED : OUTPUT_WRITTEN;
}

static int fc_vmread(void)
{
	unsigned long v = (unsigned long)SENTINEL;
	enum vmx_status st = vmx_vmread(VMCS_GUEST_RIP, &v);

	return st == VMX_FAULT && v != (unsigned long)SENTINEL ? OUTPUT_WRITTEN
							       : (int)st;
}

static int fc_vmresume(void)
{
	return vmx_vmresume();
}

static int fc_vmwrite(void)
{
	return vmx_vmwrite(VMCS_GUEST_RIP, 0x1234);
}

static int fc_vmxoff(void)
{
	return vmx_vmxoff();
}

static int fc_vmxon(void)
{
	return vmx_vmxon(pa_of(vmxon_region));
}

/*
 * Its first instruction, VMWRITE of HOST_RSP (the cache says 0, no stack
 * pointer), faults; regs are not read.
 */
static int fc_enter_guest(void)
{
	static struct vmx_guest_regs regs;
	unsigned long host_rsp = 0;

	return vmx_run_guest(&regs, 0, &host_rsp);
}

static void run_case(const struct fault_case *c, struct fault_result *r)
{
	u64 before = n_faults;

	barrier();
	r->status = c->run();
	barrier();
	r->faults = n_faults - before;
	r->rec.vector = fault_last.vector;
	r->rec.error = fault_last.error;
	r->rec.rip = fault_last.rip;
	r->rec.fixup = fault_last.fixup;
	r->rec.cs = fault_last.cs;
	faults_in_cases += r->faults;
}

static const char *vector_name(u64 v)
{
	return v == VEC_UD ? "#UD" : v == VEC_GP ? "#GP" : "vector";
}

static const char *case_status_name(int st)
{
	switch (st) {
	case RESUMED:
		return "returned after it";
	case OUTPUT_WRITTEN:
		return "returned, but wrote its output";
	case NOT_RUN:
		return "not run";
	default:
		return status_name((enum vmx_status)st);
	}
}

static void report_case(const struct fault_case *c, const struct fault_result *r,
			u64 cpl)
{
	int want = c->is_void ? RESUMED : VMX_FAULT;
	const char *at = r->faults ? vmx_insn_at(r->rec.rip) : 0;

	if (r->faults == 1 && r->rec.vector == c->vector && r->rec.error == 0 &&
	    (r->rec.cs & 3) == cpl && streq(at, c->insn) && r->status == want) {
		report(c->id, PASS,
		       "%s(%u) at %x (%s, CPL %u), resumed at fixup %x: %s",
		       vector_name(r->rec.vector), r->rec.error, r->rec.rip, at,
		       r->rec.cs & 3, r->rec.fixup, case_status_name(r->status));
		return;
	}
	if (!r->faults) {
		report(c->id, FAIL, "no fault (want %s at %s); %s", vector_name(c->vector),
		       c->insn, case_status_name(r->status));
		return;
	}
	report(c->id, FAIL,
	       "%u fault(s), last %s %u error %x at %x (%s, CPL %u), fixup %x; %s; want one %s(0) at %s, CPL %u, %s",
	       r->faults, vector_name(r->rec.vector), r->rec.vector, r->rec.error,
	       r->rec.rip, at ? at : "not a VMX instruction", r->rec.cs & 3,
	       r->rec.fixup, case_status_name(r->status), vector_name(c->vector),
	       c->insn, cpl, case_status_name(want));
}

static void fault_case_cpl0(const struct fault_case *c)
{
	struct fault_result r;

	run_case(c, &r);
	report_case(c, &r, 0);
}

/*
 * Outside VMX operation (CR4.VMXE = 1): every VMX instruction but VMXON
 * raises #UD (SDM: "#UD If not in VMX operation"; VMFUNC: "If executed
 * outside VMX non-root operation").
 */
static const struct fault_case ud_outside[] = {
	{ "fault-ud-invept", "invept", VEC_UD, fc_invept, 0 },
	{ "fault-ud-invvpid", "invvpid", VEC_UD, fc_invvpid, 0 },
	{ "fault-ud-vmcall", "vmcall", VEC_UD, fc_vmcall, 0 },
	{ "fault-ud-vmclear", "vmclear", VEC_UD, fc_vmclear, 0 },
	{ "fault-ud-vmfunc", "vmfunc", VEC_UD, fc_vmfunc, 1 },
	{ "fault-ud-vmlaunch", "vmlaunch", VEC_UD, fc_vmlaunch, 0 },
	{ "fault-ud-vmptrld", "vmptrld", VEC_UD, fc_vmptrld, 0 },
	{ "fault-ud-vmptrst", "vmptrst", VEC_UD, fc_vmptrst, 1 },
	{ "fault-ud-vmread", "vmread", VEC_UD, fc_vmread, 0 },
	{ "fault-ud-vmresume", "vmresume", VEC_UD, fc_vmresume, 0 },
	{ "fault-ud-vmwrite", "vmwrite", VEC_UD, fc_vmwrite, 0 },
	{ "fault-ud-vmxoff", "vmxoff", VEC_UD, fc_vmxoff, 0 },
	{ "enter-guest-fault-ud", "vmwrite", VEC_UD, fc_enter_guest, 0 },
};

/*
 * In VMX root operation at CPL 3: #GP(0) ("ELSIF CPL > 0 THEN #GP(0)"),
 * except VMFUNC (#UD outside VMX non-root operation).  INVEPT and INVVPID
 * only where the model has them (without, the SDM says #UD: see
 * fault-ud-invept-no-ept).
 */
static const struct fault_case cpl3_cases[] = {
	{ "fault-cpl3-invept", "invept", VEC_GP, fc_invept, 0 },
	{ "fault-cpl3-invvpid", "invvpid", VEC_GP, fc_invvpid, 0 },
	{ "fault-cpl3-vmcall", "vmcall", VEC_GP, fc_vmcall, 0 },
	{ "fault-cpl3-vmclear", "vmclear", VEC_GP, fc_vmclear, 0 },
	{ "fault-cpl3-vmfunc", "vmfunc", VEC_UD, fc_vmfunc, 1 },
	{ "fault-cpl3-vmlaunch", "vmlaunch", VEC_GP, fc_vmlaunch, 0 },
	{ "fault-cpl3-vmptrld", "vmptrld", VEC_GP, fc_vmptrld, 0 },
	{ "fault-cpl3-vmptrst", "vmptrst", VEC_GP, fc_vmptrst, 1 },
	{ "fault-cpl3-vmread", "vmread", VEC_GP, fc_vmread, 0 },
	{ "fault-cpl3-vmresume", "vmresume", VEC_GP, fc_vmresume, 0 },
	{ "fault-cpl3-vmwrite", "vmwrite", VEC_GP, fc_vmwrite, 0 },
	{ "fault-cpl3-vmxon", "vmxon", VEC_GP, fc_vmxon, 0 },
	{ "fault-cpl3-vmxoff", "vmxoff", VEC_GP, fc_vmxoff, 0 },
};

/* INVEPT and INVVPID exist (IA32_VMX_EPT_VPID_CAP; 0 if unreadable). */
#define CAP_INVEPT	(1ULL << VMX_EPT_VPID_CAP_INVEPT_BIT)
#define CAP_INVVPID	(1ULL << VMX_EPT_VPID_CAP_INVVPID_BIT)

static struct fault_result cpl3_results[ARRAY_SIZE(cpl3_cases)];

/* At CPL 3: run the cases not marked NOT_RUN, then "int $32" back. */
static void __attribute__((noreturn, used)) user_main(void)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(cpl3_cases); i++)
		if (cpl3_results[i].status != NOT_RUN)
			run_case(&cpl3_cases[i], &cpl3_results[i]);
	/*
	 * Inline asm that stays: the test's own way back to CPL 0, a software
	 * interrupt through its DPL-3 gate (no wrapper is an INT n).
	 */
	__asm__ volatile("int %0" : : "i"(VEC_USER_RETURN) : "memory");
	for (;;)
		;
}

static void __attribute__((noinline)) run_at_cpl3(void (*fn)(void))
{
	if (kjmp_save(&user_ctx) == 0)
		enter_user(fn, user_stack + sizeof(user_stack) - 8);
	barrier();
}

static void cpl3_faults(void)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(cpl3_cases); i++) {
		const char *insn = cpl3_cases[i].insn;

		cpl3_results[i].status = 0;
		if ((streq(insn, "invept") && !(vmx.cap & CAP_INVEPT)) ||
		    (streq(insn, "invvpid") && !(vmx.cap & CAP_INVVPID)))
			cpl3_results[i].status = NOT_RUN;
	}
	run_at_cpl3(user_main);
	for (i = 0; i < ARRAY_SIZE(cpl3_cases); i++) {
		if (cpl3_results[i].status == NOT_RUN)
			report(cpl3_cases[i].id, UNSUPPORTED,
			       "%s not supported here (IA32_VMX_EPT_VPID_CAP %x); not run",
			       cpl3_cases[i].insn, vmx.cap);
		else
			report_case(&cpl3_cases[i], &cpl3_results[i], 3);
	}
}

/*
 * SDM: INVEPT raises #UD if the processor does not support EPT or INVEPT
 * (IA32_VMX_PROCBASED_CTLS2[33] = 0 or IA32_VMX_EPT_VPID_CAP[20] = 0);
 * INVVPID if it does not support VPIDs or INVVPID (CTLS2[37], CAP[32]).
 * Run in VMX root at CPL 0, only on models without them.
 */
static void ud_unsupported_invept_invvpid(void)
{
	static const struct fault_case invept_case = {
		"fault-ud-invept-no-ept", "invept", VEC_UD, fc_invept, 0
	};
	static const struct fault_case invvpid_case = {
		"fault-ud-invvpid-no-vpid", "invvpid", VEC_UD, fc_invvpid, 0
	};

	if (vmx.cap & CAP_INVEPT)
		report(invept_case.id, UNSUPPORTED,
		       "INVEPT is supported here (IA32_VMX_EPT_VPID_CAP %x): no #UD to provoke; not run",
		       vmx.cap);
	else
		fault_case_cpl0(&invept_case);
	if (vmx.cap & CAP_INVVPID)
		report(invvpid_case.id, UNSUPPORTED,
		       "INVVPID is supported here (IA32_VMX_EPT_VPID_CAP %x): no #UD to provoke; not run",
		       vmx.cap);
	else
		fault_case_cpl0(&invvpid_case);
}

#define CR0_NE (1UL << 5)

static void run_scenarios(void)
{
	u64 ptr, pa_vmxon = pa_of(vmxon_region), pa_a = pa_of(vmcs_a);
	u64 pa_b = pa_of(vmcs_b);
	unsigned long v, rflags = 0;
	u32 reason = ~0U;
	enum vmx_status st;

	static const struct fault_case ud_vmxe_off[] = {
		{ "fault-ud-vmread-vmxe-off", "vmread", VEC_UD, fc_vmread, 0 },
		{ "fault-ud-vmxon-vmxe-off", "vmxon", VEC_UD, fc_vmxon, 0 },
	};
	static const struct fault_case gp_vmxon_ne = {
		"fault-gp-vmxon-cr0-ne", "vmxon", VEC_GP, fc_vmxon, 0
	};
	unsigned int i;

	check_extable();

	/* Before anything VMX: CR4.VMXE = 0, so no VMX operation either. */
	if (read_cr4() & CR4_VMXE) {
		for (i = 0; i < ARRAY_SIZE(ud_vmxe_off); i++)
			report(ud_vmxe_off[i].id, FAIL,
			       "CR4.VMXE is already set at boot (CR4 %x)",
			       (u64)read_cr4());
	} else {
		for (i = 0; i < ARRAY_SIZE(ud_vmxe_off); i++)
			fault_case_cpl0(&ud_vmxe_off[i]);
	}

	if (!enable_vmx())
		return;

	stamp(vmxon_region);
	stamp(vmcs_a);
	stamp(vmcs_b);

	/* CR4.VMXE = 1, not in VMX operation yet. */
	for (i = 0; i < ARRAY_SIZE(ud_outside); i++)
		fault_case_cpl0(&ud_outside[i]);
	/*
	 * VMXON with CR0 not as IA32_VMX_CR0_FIXED0 requires (NE clear):
	 * "#GP(0) ... the values of CR0 and CR4 are not supported in VMX
	 * operation".  The region is valid: without the #GP it would succeed.
	 */
	{
		unsigned long cr0 = read_cr0();

		write_cr0(cr0 & ~CR0_NE);
		fault_case_cpl0(&gp_vmxon_ne);
		write_cr0(cr0);
	}

	st = vmx_vmxon(pa_vmxon);
	expect_ok("vmxon", st, "vmxon of a revision-stamped 4 KiB region");
	if (st != VMX_SUCCEED)
		return;

	/* No current VMCS yet: failures are VMfailInvalid. */
	v = 0;
	st = vmx_vmread(VMCS_GUEST_RIP, &v);
	report("vmread-no-current-vmcs", st == VMX_FAIL_INVALID ? PASS : FAIL,
	       "vmread with no current VMCS: %s (want VMX_FAIL_INVALID)",
	       status_name(st));
	st = vmx_vmxon(pa_vmxon);
	report("vmxon-in-root-no-current-vmcs",
	       st == VMX_FAIL_INVALID ? PASS : FAIL,
	       "vmxon in VMX root with no current VMCS: %s (want VMX_FAIL_INVALID)",
	       status_name(st));

	expect_ok("vmclear", vmx_vmclear(pa_a), "vmclear of a VMCS region");
	expect_ok("vmptrld", vmx_vmptrld(pa_a), "vmptrld of the cleared VMCS");
	ptr = 0;
	vmx_vmptrst(&ptr);
	report("vmptrst", ptr == pa_a ? PASS : FAIL,
	       "vmptrst stored %x (loaded %x)", ptr, pa_a);

	/* In VMX root with a current VMCS: CPL 3, and absent instructions. */
	cpl3_faults();
	ud_unsupported_invept_invvpid();
	ptr = 0;
	vmx_vmptrst(&ptr);
	report("vmptrst-after-faults", ptr == pa_a ? PASS : FAIL,
	       "current VMCS after the faulting instructions: %x (want %x)",
	       ptr, pa_a);

	round_trip("vmwrite-vmread-16", VMCS_GUEST_ES_SELECTOR, 0x1238, 0x1238);
	round_trip("vmwrite-vmread-16-truncates", VMCS_GUEST_ES_SELECTOR,
		   0xABCD5678UL, 0x5678);
	round_trip("vmwrite-vmread-32", VMCS_GUEST_ES_LIMIT, 0x89ABCDEFUL,
		   0x89ABCDEFUL);
	round_trip("vmwrite-vmread-64", VMCS_TSC_OFFSET, 0x0123456789ABCDEFUL,
		   0x0123456789ABCDEFUL);
	v = 0;
	st = vmx_vmread(VMCS_TSC_OFFSET_HIGH, &v);
	report("vmread-64-high", st == VMX_SUCCEED && v == 0x01234567 ? PASS : FAIL,
	       "vmread of field %x (high half): %s, %x (want 0x1234567)",
	       (u64)VMCS_TSC_OFFSET_HIGH, status_name(st), (u64)v);
	round_trip("vmwrite-vmread-natural", VMCS_GUEST_RIP, 0xFFFF800012345678UL,
		   0xFFFF800012345678UL);
	TYPED_ROUND_TRIP("typed-accessor-16", guest_cs_selector, u16, 0x4321);
	TYPED_ROUND_TRIP("typed-accessor-32", guest_cs_limit, u32, 0xFEDCBA98U);
	TYPED_ROUND_TRIP("typed-accessor-64", vmcs_link_pointer, u64,
			 0x8877665544332211ULL);
	TYPED_ROUND_TRIP("typed-accessor-natural", guest_rsp, unsigned long,
			 0x00007FFF89ABCDE0UL);

	/* Deliberate failures with a current VMCS: VMfailValid + error. */
	v = 0;
	expect_valid("vmread-unsupported-field",
		     vmx_vmread(UNSUPPORTED_FIELD, &v),
		     VMX_INSN_ERROR_UNSUPPORTED_VMCS_COMPONENT);
	expect_valid("vmptrld-vmxon-pointer", vmx_vmptrld(pa_vmxon),
		     VMX_INSN_ERROR_VMPTRLD_VMXON_POINTER);
	expect_valid("vmptrld-beyond-maxphyaddr",
		     vmx_vmptrld(1ULL << vmx.maxphyaddr),
		     VMX_INSN_ERROR_VMPTRLD_INVALID_ADDRESS);
	expect_valid("vmptrld-unaligned", vmx_vmptrld(pa_b + 8),
		     VMX_INSN_ERROR_VMPTRLD_INVALID_ADDRESS);
	expect_valid("vmclear-vmxon-pointer", vmx_vmclear(pa_vmxon),
		     VMX_INSN_ERROR_VMCLEAR_VMXON_POINTER);
	expect_valid("vmxon-in-root", vmx_vmxon(pa_vmxon),
		     VMX_INSN_ERROR_VMXON_IN_VMX_ROOT);
	/*
	 * Not tested: VMCALL in VMX root (VMfailValid 1 per the SDM) -- Bochs
	 * 2.7 panics with "VMCALL: not implemented yet" there.
	 */
	ptr = 0;
	vmx_vmptrst(&ptr);
	report("vmptrst-after-failures", ptr == pa_a ? PASS : FAIL,
	       "current VMCS after the failed instructions: %x (want %x)",
	       ptr, pa_a);

	invept_invvpid();

	/* A guest: VMCALL (18), [VMFUNC (59)], HLT (12). */
	guest_use_vmfunc = ctl_allowed(VMX_CTLS_PROC2,
				       VMX_CTL_PROC2_ENABLE_VM_FUNCTIONS);
	n_write_fail = 0;
	setup_vmcs();
	if (n_write_fail) {
		report("vmlaunch-vmcall", FAIL,
		       "%u VMCS write(s) failed setting up the VMCS, first %s",
		       (u64)n_write_fail, first_bad_field);
		return;
	}
	if (!run_guest("vmlaunch-vmcall", 1, VMX_BASIC_EXIT_REASON_VMCALL, "VMCALL"))
		return;
	/*
	 * VMCALL in the guest leaves RFLAGS alone: what the guest's wrapper
	 * returns is whatever the monitor puts there.  Report VMfailValid
	 * (ZF=1, CF=0), which no stale flags or always-succeeding wrapper
	 * would produce by accident.
	 */
	check_write(vmx_vmcs_read_guest_rflags(&rflags), "read guest_rflags");
	W(guest_rflags, (rflags & ~RFLAGS_STATUS) | RFLAGS_ZF | RFLAGS_FIXED_1);
	skip_instruction();
	if (guest_use_vmfunc) {
		if (!run_guest("vmresume-vmfunc", 0, VMX_BASIC_EXIT_REASON_VMFUNC,
			       "VMFUNC"))
			return;
		skip_instruction();
	} else {
		report("vmresume-vmfunc", UNSUPPORTED,
		       "secondary control 'enable VM functions' not allowed; not run");
	}
	if (!run_guest("vmresume-hlt", 0, VMX_BASIC_EXIT_REASON_HLT, "HLT"))
		return;
	report("guest-vmcall-status",
	       guest_vmcall_status == VMX_FAIL_VALID ? PASS : FAIL,
	       "vmx_vmcall() in the guest returned %s after the monitor set ZF=1 CF=0 (want VMX_FAIL_VALID)",
	       status_name(guest_vmcall_status));

	/* VMLAUNCH of the launched VMCS. */
	st = VMX_SUCCEED;
	if (enter_guest(1, &st))
		report("vmlaunch-launched-vmcs", FAIL,
		       "vmlaunch of a launched VMCS entered the guest (exit %u)",
		       (u64)(vmx_vmcs_read_exit_reason(&reason), reason));
	else
		expect_valid("vmlaunch-launched-vmcs", st,
			     VMX_INSN_ERROR_VMLAUNCH_NONCLEAR_VMCS);

	/* VMLAUNCH with bad host state (host TR selector 0) on VMCS B. */
	expect_ok("vmclear-second-vmcs", vmx_vmclear(pa_b), "vmclear of VMCS B");
	expect_ok("vmptrld-second-vmcs", vmx_vmptrld(pa_b), "vmptrld of VMCS B");
	guest_use_vmfunc = 0;
	n_write_fail = 0;
	setup_vmcs();
	W(host_tr_selector, 0);
	if (n_write_fail) {
		report("vmlaunch-bad-host-state", FAIL,
		       "%u VMCS write(s) failed setting up VMCS B, first %s",
		       (u64)n_write_fail, first_bad_field);
	} else if (enter_guest(1, &st)) {
		report("vmlaunch-bad-host-state", FAIL,
		       "vmlaunch with host TR selector 0 entered the guest (exit %u)",
		       (u64)(vmx_vmcs_read_exit_reason(&reason), reason));
	} else {
		expect_valid("vmlaunch-bad-host-state", st,
			     VMX_INSN_ERROR_VMENTRY_INVALID_HOST_STATE_FIELD);
	}

	/* VMCLEAR of the current VMCS leaves no current VMCS. */
	expect_ok("vmclear-current", vmx_vmclear(pa_b), "vmclear of the current VMCS");
	ptr = 0;
	vmx_vmptrst(&ptr);
	report("vmptrst-no-current-vmcs", ptr == ~0ULL ? PASS : FAIL,
	       "vmptrst with no current VMCS stored %x (want 0xffffffffffffffff)",
	       ptr);
	st = vmx_vmwrite(VMCS_GUEST_RIP, 0);
	report("vmwrite-no-current-vmcs", st == VMX_FAIL_INVALID ? PASS : FAIL,
	       "vmwrite after vmclear of the current VMCS: %s (want VMX_FAIL_INVALID)",
	       status_name(st));

	run_exit_scenarios();
	run_entry_scenarios();
	run_entry_check_scenarios();

	st = vmx_vmxoff();
	expect_ok("vmxoff", st, "vmxoff");
	if (st == VMX_SUCCEED)
		write_cr4(read_cr4() & ~CR4_VMXE);

	report("no-fault-on-normal-paths",
	       n_faults == faults_in_cases ? PASS : FAIL,
	       "%u faults resumed through the table, %u of them by the fault scenarios",
	       (u64)n_faults, faults_in_cases);
}

void kmain(void);

void kmain(void)
{
	serial_init();
	idt_init();
	tss_init();
	con_puts("\nVMXT BEGIN\n");
	run_scenarios();
	kprintf("VMXT END failures=%u\n", (u64)n_fail);
	serial_flush();
	bochs_shutdown();
}
