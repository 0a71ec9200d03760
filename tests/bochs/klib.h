/* SPDX-License-Identifier: MIT */
/*
 * klib.h - the plain kernel helpers of the Bochs test kernels: port I/O,
 * COM1 and a minimal printf, the scenario markers, MSRs, CPUID, control and
 * descriptor-table registers, the IDT for vectors 0-31 and a 64-bit TSS.
 * Nothing here is VMX or SVM.  Included once, by the kernel's .c file
 * (svm.c), which defines before it:
 *
 *	KLIB_MARKER	the marker prefix, e.g. "SVMT"
 *
 * and after it exc_handler(), which boot.S's isr_common calls.
 *
 * Markers: "<MARKER> <scenario-id> <PASS|FAIL|UNSUPPORTED> <detail>", one a
 * line, on COM1 and the Bochs debug port 0xE9; klib_report() counts FAILs.
 */
#ifndef TESTS_BOCHS_KLIB_H
#define TESTS_BOCHS_KLIB_H

/* The same types as vmx_u8..vmx_u64 (and kernel.h's u8..u64). */
typedef __UINT8_TYPE__ u8;
typedef __UINT16_TYPE__ u16;
typedef __UINT32_TYPE__ u32;
typedef __UINT64_TYPE__ u64;

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#include <vmxgen/hostx.h>
#include "kconsole.h"

static void kprintf(const char *fmt, ...)
{
	__builtin_va_list ap;

	__builtin_va_start(ap, fmt);
	kvprintf(fmt, ap);
	__builtin_va_end(ap);
}

static unsigned int n_fail;

enum verdict { PASS, FAIL, UNSUPPORTED };

static void report(const char *id, enum verdict v, const char *fmt, ...)
{
	static const char *const names[] = { "PASS", "FAIL", "UNSUPPORTED" };
	__builtin_va_list ap;

	if (v == FAIL)
		n_fail++;
	kprintf(KLIB_MARKER " %s %s ", id, names[v]);
	__builtin_va_start(ap, fmt);
	kvprintf(fmt, ap);
	__builtin_va_end(ap);
	con_putc('\n');
}

static int streq(const char *a, const char *b)
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
/* CPU helpers (and kcpu.h's, which the VMX kernel shares). */

#include "kcpu.h"

static inline u64 read_rflags(void)
{
	u64 v;

	/* Inline asm that stays: PUSHF/POP, no privileged instruction. */
	__asm__ volatile("pushfq; popq %0" : "=r"(v));
	return v;
}

static inline u16 str(void)
{
	vmx_u32 sel = 0;

	hostx_str(&sel);
	return (u16)sel;
}


/* ------------------------------------------------------------------ */
/* IDT for vectors 0-31 (boot.S's stubs) and a 64-bit TSS. */

static struct idt_gate idt[256] __attribute__((aligned(16)));

static void __attribute__((noreturn)) exc_report(struct exc_frame *f)
{
	kprintf("\n" KLIB_MARKER " CRASH vector=%u error=%x rip=%x cs=%x rsp=%x\n",
		f->vector, f->error, f->rip, f->cs, f->rsp);
	serial_flush();
	bochs_shutdown();
}

/* Present, DPL 0, 64-bit interrupt gate for vector @n. */
static void set_gate(unsigned int n, u64 a)
{
	idt[n].off0 = (u16)a;
	idt[n].sel = SEL_CODE64;
	idt[n].ist = 0;
	idt[n].type = 0x8E;
	idt[n].off1 = (u16)(a >> 16);
	idt[n].off2 = (u32)(a >> 32);
	idt[n].zero = 0;
}

/* Vectors 0-31: boot.S's stubs, which call exc_handler(). */
static void idt_init(void)
{
	struct hostx_pseudo_descriptor_64 p;
	unsigned int i;

	for (i = 0; i < 32; i++)
		set_gate(i, isr_table[i]);
	p.limit = sizeof(idt) - 1;
	p.base = pa_of(idt);
	hostx_lidt(&p);
}

static u8 tss[104] __attribute__((aligned(16)));

/* A 64-bit TSS in boot.S's GDT slot SEL_TSS, loaded into TR. */
static void tss_init(void)
{
	tss_load(tss);
}

#endif /* TESTS_BOCHS_KLIB_H */
