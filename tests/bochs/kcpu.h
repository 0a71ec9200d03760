/* SPDX-License-Identifier: MIT */
/*
 * kcpu.h - what both Bochs test kernels (kernel.h's VMX kernel, klib.h's
 * SVM kernel) take from boot.S, and their CPU helpers: the generated
 * hostx_*() wrappers in the names the kernels use, each giving what a
 * faulting instruction gives under the fault hook (0) rather than stack
 * garbage.  Included after u8..u64 exist and <vmxgen/hostx.h> is in.
 */
#ifndef TESTS_BOCHS_KCPU_H
#define TESTS_BOCHS_KCPU_H

/* The selectors of boot.S's GDT. */
#define SEL_CODE64	0x08
#define SEL_DATA	0x10
#define SEL_TSS		0x18

/* What boot.S's isr_common saved: registers, vector, error code, CPU frame. */
struct exc_frame {
	u64 r15, r14, r13, r12, r11, r10, r9, r8, rbp, rdi, rsi, rdx, rcx, rbx, rax;
	u64 vector, error, rip, cs, rflags, rsp, ss;
};

struct __attribute__((packed)) idt_gate {
	u16 off0, sel;
	u8 ist, type;
	u16 off1;
	u32 off2, zero;
};

extern const u64 isr_table[32];
extern u64 boot_gdt[];
extern u64 boot_gdt_tss[2];
void bochs_shutdown(void) __attribute__((noreturn));
/* The kernel's, which isr_common calls. */
void exc_handler(struct exc_frame *f);

static inline u64 rdmsr(u32 msr)
{
	u32 lo = 0, hi = 0;	/* a faulting RDMSR (fault hook) reads as 0 */

	hostx_rdmsr(msr, &lo, &hi);
	return ((u64)hi << 32) | lo;
}

static inline void wrmsr(u32 msr, u64 v)
{
	hostx_wrmsr(msr, (u32)v, (u32)(v >> 32));
}

static inline void cpuid(u32 leaf, u32 sub, u32 r[4])
{
	r[0] = r[1] = r[2] = r[3] = 0;	/* what a faulting CPUID (fault hook) gives */
	hostx_cpuid(leaf, sub, &r[0], &r[1], &r[2], &r[3]);
}

#define DEFINE_READ_CR(n)						\
	static inline u64 read_cr##n(void)				\
	{								\
		unsigned long v = 0;					\
									\
		hostx_read_cr##n(&v);					\
		return v;						\
	}
#define DEFINE_WRITE_CR(n)						\
	static inline void write_cr##n(unsigned long v)			\
	{								\
		hostx_write_cr##n(v);					\
	}
DEFINE_READ_CR(0)
DEFINE_READ_CR(3)
DEFINE_READ_CR(4)
DEFINE_WRITE_CR(0)
DEFINE_WRITE_CR(4)

/* GDTR and IDTR: the generated 10-byte pseudo-descriptor (limit, base). */

static inline void sgdt(struct hostx_pseudo_descriptor_64 *p)
{
	hostx_sgdt(p);
}

static inline void sidt(struct hostx_pseudo_descriptor_64 *p)
{
	hostx_sidt(p);
}

static inline u64 pa_of(const volatile void *p)	/* identity-mapped */
{
	return (u64)(unsigned long)p;
}

/*
 * Put @tss (104 bytes, no I/O permission map) into boot.S's GDT slot
 * SEL_TSS as an available 64-bit TSS and load it into TR.
 */
static inline void tss_load(u8 *tss)
{
	u64 base = pa_of(tss);
	u64 limit = 104 - 1;

	tss[102] = 104;			/* I/O map base beyond the limit */
	boot_gdt_tss[0] = (limit & 0xFFFF) | ((base & 0xFFFFFF) << 16) |
			  (0x89ULL << 40) /* present, available 64-bit TSS */ |
			  (((limit >> 16) & 0xF) << 48) |
			  (((base >> 24) & 0xFF) << 56);
	boot_gdt_tss[1] = base >> 32;
	hostx_ltr(SEL_TSS);
}

#endif /* TESTS_BOCHS_KCPU_H */
