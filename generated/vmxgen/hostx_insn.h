/* SPDX-License-Identifier: MIT */
/*
 * DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
 * (template gen/backends/c/templates/insn.h.j2).  Edit the spec and run make.
 */
/*
 * x86 host instruction wrappers.  Each one builds any memory operand as a C
 * object passed to the asm as "m", so the compiler cannot drop or move the
 * stores that fill it.
 */
#ifndef VMXGEN_HOSTX_INSN_H
#define VMXGEN_HOSTX_INSN_H

#include <vmxgen/vmx_compat.h>

/**
 * enum hostx_status - how a host instruction wrapper completed
 * @HOSTX_OK: the instruction completed (these instructions report nothing
 *	else)
 * @HOSTX_FAULT: the instruction faulted (#GP at CPL > 0, an MSR or XCR
 *	that does not exist or a value it does not take, #UD) and an exception
 *	fixup resumed the wrapper (only with a fault hook); no output was stored
 */
enum hostx_status {
	HOSTX_OK = 0,
	HOSTX_FAULT = 1,
};

/**
 * enum hostx_invpcid_type - INVPCID invalidation type (register operand of INVPCID)
 * @HOSTX_INVPCID_INDIVIDUAL_ADDRESS: invalidate the mappings of one linear address for one PCID (global ones included)
 * @HOSTX_INVPCID_SINGLE_CONTEXT: invalidate all mappings tagged with one PCID (not global ones)
 * @HOSTX_INVPCID_ALL_CONTEXT_INCLUDING_GLOBALS: invalidate all mappings of every PCID, global ones included
 * @HOSTX_INVPCID_ALL_CONTEXT: invalidate all mappings of every PCID but global ones
 *
 * Intel SDM Vol. 2A, Chapter 3, INVPCID (Operation).
 */
enum hostx_invpcid_type {
	HOSTX_INVPCID_INDIVIDUAL_ADDRESS = 0,
	HOSTX_INVPCID_SINGLE_CONTEXT = 1,
	HOSTX_INVPCID_ALL_CONTEXT_INCLUDING_GLOBALS = 2,
	HOSTX_INVPCID_ALL_CONTEXT = 3,
};

/**
 * struct hostx_invpcid_descriptor - INVPCID descriptor
 * @pcid: bits 11:0, process-context identifier
 * @reserved_63_12: bits 63:12, reserved, must be zero; INVPCID raises #GP if any is set
 * @linear_address: bits 127:64, the linear address (individual-address type only)
 *
 * Intel SDM Vol. 2A, Chapter 3, INVPCID, Figure 3-24 (INVPCID Descriptor).
 */
struct hostx_invpcid_descriptor {
	vmx_u64 pcid : 12;
	vmx_u64 reserved_63_12 : 52;
	vmx_u64 linear_address;
};

_Static_assert(sizeof(struct hostx_invpcid_descriptor) == 16,
	       "invpcid descriptor is 128 bits");
_Static_assert(__builtin_offsetof(struct hostx_invpcid_descriptor, linear_address) == 8,
	       "invpcid descriptor: linear_address starts at bit 64");

/**
 * struct hostx_pseudo_descriptor_64 - GDTR/IDTR pseudo-descriptor in 64-bit mode
 * @limit: bytes 0x000..0x001, the table's size in bytes minus 1
 * @base: bytes 0x002..0x009, the table's linear address
 *
 * Intel SDM Vol. 3A, Section 3.5.1 (Segment Descriptor Tables), Figure 3-11 (Pseudo-Descriptor Formats).
 */
struct hostx_pseudo_descriptor_64 {
	vmx_u16 limit;
	vmx_u64 base;
} __packed;

_Static_assert(sizeof(struct hostx_pseudo_descriptor_64) == 10,
	       "pseudo descriptor 64 is 10 bytes");
_Static_assert(__builtin_offsetof(struct hostx_pseudo_descriptor_64, limit) == 0,
	       "pseudo descriptor 64: limit starts at byte 0");
_Static_assert(__builtin_offsetof(struct hostx_pseudo_descriptor_64, base) == 2,
	       "pseudo descriptor 64: base starts at byte 2");

/**
 * struct hostx_pseudo_descriptor_32 - GDTR/IDTR pseudo-descriptor in 32-bit mode
 * @limit: bytes 0x000..0x001, the table's size in bytes minus 1
 * @base: bytes 0x002..0x005, the table's linear address
 *
 * Intel SDM Vol. 3A, Section 3.5.1 (Segment Descriptor Tables), Figure 3-11 (Pseudo-Descriptor Formats).
 */
struct hostx_pseudo_descriptor_32 {
	vmx_u16 limit;
	vmx_u32 base;
} __packed;

_Static_assert(sizeof(struct hostx_pseudo_descriptor_32) == 6,
	       "pseudo descriptor 32 is 6 bytes");
_Static_assert(__builtin_offsetof(struct hostx_pseudo_descriptor_32, limit) == 0,
	       "pseudo descriptor 32: limit starts at byte 0");
_Static_assert(__builtin_offsetof(struct hostx_pseudo_descriptor_32, base) == 2,
	       "pseudo descriptor 32: base starts at byte 2");

/**
 * hostx_cli() - clear the interrupt flag
 *
 * Executes CLI (FA).
 * Clears RFLAGS.IF: maskable interrupts are held off.  #GP if CPL > IOPL
 * (without VME or PVI).
 * Intel SDM Vol. 2A, Chapter 3, CLI (Clear Interrupt Flag).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_cli(void)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tcli\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		:
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("cli"
		:
		:
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

/**
 * hostx_clts() - clear the task-switched flag in CR0
 *
 * Executes CLTS (NP 0F 06).
 * Clears CR0.TS.
 * Intel SDM Vol. 2A, Chapter 3, CLTS (Clear Task-Switched Flag in CR0).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_clts(void)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tclts\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		:
		: "cc"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("clts"
		:
		:
		: "cc");
	return HOSTX_OK;
#endif
}

/**
 * hostx_cpuid() - processor identification and feature information
 * @leaf: the leaf (EAX)
 * @subleaf: the subleaf (ECX)
 * @eax: EAX after CPUID
 * @ebx: EBX after CPUID
 * @ecx: ECX after CPUID
 * @edx: EDX after CPUID
 *
 * Executes CPUID (NP 0F A2).
 * Returns the information of leaf (at)leaf (EAX) and subleaf (at)subleaf
 * (ECX, ignored by the leaves without subleaves) in EAX, EBX, ECX and EDX.
 * Executes at any privilege level (unless CPUID faulting is on); under a
 * hypervisor it always exits to it.
 * Intel SDM Vol. 2A, Chapter 3, CPUID (CPU Identification).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_cpuid(vmx_u32 leaf, vmx_u32 subleaf, vmx_u32 *eax, vmx_u32 *ebx, vmx_u32 *ecx, vmx_u32 *edx)
{
	vmx_u32 eax_out;
	vmx_u32 ebx_out;
	vmx_u32 ecx_out;
	vmx_u32 edx_out;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\tcpuid\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [eax] "=a" (eax_out),
		  [ebx] "=b" (ebx_out),
		  [ecx] "=c" (ecx_out),
		  [edx] "=d" (edx_out)
		: [leaf] "a" (leaf),
		  [subleaf] "c" (subleaf)
		: "cc", "memory");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("cpuid"
		: [eax] "=a" (eax_out),
		  [ebx] "=b" (ebx_out),
		  [ecx] "=c" (ecx_out),
		  [edx] "=d" (edx_out)
		: [leaf] "a" (leaf),
		  [subleaf] "c" (subleaf)
		: "cc", "memory");
#endif
	*eax = eax_out;
	*ebx = ebx_out;
	*ecx = ecx_out;
	*edx = edx_out;
	return HOSTX_OK;
}

/**
 * hostx_read_cr0() - read CR0 (system control flags)
 * @value: CR0
 *
 * Executes MOV r64, CR0 (NP 0F 20 /0).
 * Returns CR0 in (at)value (64 bits in 64-bit mode, 32 outside).  #GP at
 * CPL > 0.
 * Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Control Registers).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_read_cr0(unsigned long *value)
{
	unsigned long value_out;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\tmov %%cr0, %[value]\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [value] "=r" (value_out)
		:
		: "cc");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("mov %%cr0, %[value]"
		: [value] "=r" (value_out)
		:
		: "cc");
#endif
	*value = value_out;
	return HOSTX_OK;
}

#ifndef __x86_64__
#define hostx_read_cr0(value) \
	((hostx_read_cr0)( \
		VMXGEN_NATURAL_PTR(value, hostx_read_cr0)))
#endif

/**
 * hostx_write_cr0() - write CR0 (system control flags)
 * @value: the new CR0
 *
 * Executes MOV CR0, r64 (NP 0F 22 /0).
 * Loads (at)value into CR0.  #GP at CPL > 0 or for a value with reserved
 * bits set or an invalid combination.
 * Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Control Registers).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_write_cr0(unsigned long value)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tmov %[value], %%cr0\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [value] "r" (value)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("mov %[value], %%cr0"
		:
		: [value] "r" (value)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

#ifndef __x86_64__
#define hostx_write_cr0(value) \
	((hostx_write_cr0)( \
		VMXGEN_NATURAL(value, hostx_write_cr0)))
#endif

/**
 * hostx_read_cr2() - read CR2 (the page-fault linear address)
 * @value: CR2
 *
 * Executes MOV r64, CR2 (NP 0F 20 /2).
 * Returns CR2 in (at)value (64 bits in 64-bit mode, 32 outside).  #GP at
 * CPL > 0.
 * Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Control Registers).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_read_cr2(unsigned long *value)
{
	unsigned long value_out;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\tmov %%cr2, %[value]\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [value] "=r" (value_out)
		:
		: "cc");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("mov %%cr2, %[value]"
		: [value] "=r" (value_out)
		:
		: "cc");
#endif
	*value = value_out;
	return HOSTX_OK;
}

#ifndef __x86_64__
#define hostx_read_cr2(value) \
	((hostx_read_cr2)( \
		VMXGEN_NATURAL_PTR(value, hostx_read_cr2)))
#endif

/**
 * hostx_write_cr2() - write CR2 (the page-fault linear address)
 * @value: the new CR2
 *
 * Executes MOV CR2, r64 (NP 0F 22 /2).
 * Loads (at)value into CR2.  #GP at CPL > 0 or for a value with reserved
 * bits set or an invalid combination.
 * Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Control Registers).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_write_cr2(unsigned long value)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tmov %[value], %%cr2\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [value] "r" (value)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("mov %[value], %%cr2"
		:
		: [value] "r" (value)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

#ifndef __x86_64__
#define hostx_write_cr2(value) \
	((hostx_write_cr2)( \
		VMXGEN_NATURAL(value, hostx_write_cr2)))
#endif

/**
 * hostx_read_cr3() - read CR3 (the page-table base)
 * @value: CR3
 *
 * Executes MOV r64, CR3 (NP 0F 20 /3).
 * Returns CR3 in (at)value (64 bits in 64-bit mode, 32 outside).  #GP at
 * CPL > 0.
 * Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Control Registers).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_read_cr3(unsigned long *value)
{
	unsigned long value_out;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\tmov %%cr3, %[value]\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [value] "=r" (value_out)
		:
		: "cc");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("mov %%cr3, %[value]"
		: [value] "=r" (value_out)
		:
		: "cc");
#endif
	*value = value_out;
	return HOSTX_OK;
}

#ifndef __x86_64__
#define hostx_read_cr3(value) \
	((hostx_read_cr3)( \
		VMXGEN_NATURAL_PTR(value, hostx_read_cr3)))
#endif

/**
 * hostx_write_cr3() - write CR3 (the page-table base)
 * @value: the new CR3
 *
 * Executes MOV CR3, r64 (NP 0F 22 /3).
 * Loads (at)value into CR3.  #GP at CPL > 0 or for a value with reserved
 * bits set or an invalid combination.
 * Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Control Registers).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_write_cr3(unsigned long value)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tmov %[value], %%cr3\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [value] "r" (value)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("mov %[value], %%cr3"
		:
		: [value] "r" (value)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

#ifndef __x86_64__
#define hostx_write_cr3(value) \
	((hostx_write_cr3)( \
		VMXGEN_NATURAL(value, hostx_write_cr3)))
#endif

/**
 * hostx_read_cr4() - read CR4 (architecture extension flags)
 * @value: CR4
 *
 * Executes MOV r64, CR4 (NP 0F 20 /4).
 * Returns CR4 in (at)value (64 bits in 64-bit mode, 32 outside).  #GP at
 * CPL > 0.
 * Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Control Registers).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_read_cr4(unsigned long *value)
{
	unsigned long value_out;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\tmov %%cr4, %[value]\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [value] "=r" (value_out)
		:
		: "cc");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("mov %%cr4, %[value]"
		: [value] "=r" (value_out)
		:
		: "cc");
#endif
	*value = value_out;
	return HOSTX_OK;
}

#ifndef __x86_64__
#define hostx_read_cr4(value) \
	((hostx_read_cr4)( \
		VMXGEN_NATURAL_PTR(value, hostx_read_cr4)))
#endif

/**
 * hostx_write_cr4() - write CR4 (architecture extension flags)
 * @value: the new CR4
 *
 * Executes MOV CR4, r64 (NP 0F 22 /4).
 * Loads (at)value into CR4.  #GP at CPL > 0 or for a value with reserved
 * bits set or an invalid combination.
 * Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Control Registers).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_write_cr4(unsigned long value)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tmov %[value], %%cr4\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [value] "r" (value)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("mov %[value], %%cr4"
		:
		: [value] "r" (value)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

#ifndef __x86_64__
#define hostx_write_cr4(value) \
	((hostx_write_cr4)( \
		VMXGEN_NATURAL(value, hostx_write_cr4)))
#endif

#ifdef __x86_64__
/**
 * hostx_read_cr8() - read CR8 (task priority)
 * @value: CR8
 *
 * Executes MOV r64, CR8 (NP REX.R + 0F 20 /0).
 * Returns CR8 in (at)value: the task-priority class of the local APIC's
 * TPR in bits 3:0, the rest zero.  #GP at CPL > 0.  64-bit mode only.
 * Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Control Registers).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_read_cr8(unsigned long *value)
{
	unsigned long value_out;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\tmov %%cr8, %[value]\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [value] "=r" (value_out)
		:
		: "cc");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("mov %%cr8, %[value]"
		: [value] "=r" (value_out)
		:
		: "cc");
#endif
	*value = value_out;
	return HOSTX_OK;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * hostx_write_cr8() - write CR8 (task priority)
 * @value: the new CR8
 *
 * Executes MOV CR8, r64 (NP REX.R + 0F 22 /0).
 * Loads (at)value into CR8 (the task-priority class, bits 3:0).  #GP at
 * CPL > 0 or for a value with bits 63:4 set.  64-bit mode only.
 * Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Control Registers).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_write_cr8(unsigned long value)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tmov %[value], %%cr8\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [value] "r" (value)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("mov %[value], %%cr8"
		:
		: [value] "r" (value)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}
#endif /* __x86_64__ */

/**
 * hostx_read_dr0() - read DR0 (breakpoint address 0)
 * @value: DR0
 *
 * Executes MOV r64, DR0 (NP 0F 21 /0).
 * Returns DR0 in (at)value (64 bits in 64-bit mode, 32 outside).  #GP at
 * CPL > 0.
 * Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_read_dr0(unsigned long *value)
{
	unsigned long value_out;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\tmov %%dr0, %[value]\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [value] "=r" (value_out)
		:
		: "cc");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("mov %%dr0, %[value]"
		: [value] "=r" (value_out)
		:
		: "cc");
#endif
	*value = value_out;
	return HOSTX_OK;
}

#ifndef __x86_64__
#define hostx_read_dr0(value) \
	((hostx_read_dr0)( \
		VMXGEN_NATURAL_PTR(value, hostx_read_dr0)))
#endif

/**
 * hostx_write_dr0() - write DR0 (breakpoint address 0)
 * @value: the new DR0
 *
 * Executes MOV DR0, r64 (NP 0F 23 /0).
 * Loads (at)value into DR0.  #GP at CPL > 0, or for a value with bits
 * 63:32 set in DR6 or DR7.
 * Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_write_dr0(unsigned long value)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tmov %[value], %%dr0\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [value] "r" (value)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("mov %[value], %%dr0"
		:
		: [value] "r" (value)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

#ifndef __x86_64__
#define hostx_write_dr0(value) \
	((hostx_write_dr0)( \
		VMXGEN_NATURAL(value, hostx_write_dr0)))
#endif

/**
 * hostx_read_dr1() - read DR1 (breakpoint address 1)
 * @value: DR1
 *
 * Executes MOV r64, DR1 (NP 0F 21 /1).
 * Returns DR1 in (at)value (64 bits in 64-bit mode, 32 outside).  #GP at
 * CPL > 0.
 * Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_read_dr1(unsigned long *value)
{
	unsigned long value_out;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\tmov %%dr1, %[value]\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [value] "=r" (value_out)
		:
		: "cc");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("mov %%dr1, %[value]"
		: [value] "=r" (value_out)
		:
		: "cc");
#endif
	*value = value_out;
	return HOSTX_OK;
}

#ifndef __x86_64__
#define hostx_read_dr1(value) \
	((hostx_read_dr1)( \
		VMXGEN_NATURAL_PTR(value, hostx_read_dr1)))
#endif

/**
 * hostx_write_dr1() - write DR1 (breakpoint address 1)
 * @value: the new DR1
 *
 * Executes MOV DR1, r64 (NP 0F 23 /1).
 * Loads (at)value into DR1.  #GP at CPL > 0, or for a value with bits
 * 63:32 set in DR6 or DR7.
 * Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_write_dr1(unsigned long value)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tmov %[value], %%dr1\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [value] "r" (value)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("mov %[value], %%dr1"
		:
		: [value] "r" (value)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

#ifndef __x86_64__
#define hostx_write_dr1(value) \
	((hostx_write_dr1)( \
		VMXGEN_NATURAL(value, hostx_write_dr1)))
#endif

/**
 * hostx_read_dr2() - read DR2 (breakpoint address 2)
 * @value: DR2
 *
 * Executes MOV r64, DR2 (NP 0F 21 /2).
 * Returns DR2 in (at)value (64 bits in 64-bit mode, 32 outside).  #GP at
 * CPL > 0.
 * Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_read_dr2(unsigned long *value)
{
	unsigned long value_out;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\tmov %%dr2, %[value]\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [value] "=r" (value_out)
		:
		: "cc");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("mov %%dr2, %[value]"
		: [value] "=r" (value_out)
		:
		: "cc");
#endif
	*value = value_out;
	return HOSTX_OK;
}

#ifndef __x86_64__
#define hostx_read_dr2(value) \
	((hostx_read_dr2)( \
		VMXGEN_NATURAL_PTR(value, hostx_read_dr2)))
#endif

/**
 * hostx_write_dr2() - write DR2 (breakpoint address 2)
 * @value: the new DR2
 *
 * Executes MOV DR2, r64 (NP 0F 23 /2).
 * Loads (at)value into DR2.  #GP at CPL > 0, or for a value with bits
 * 63:32 set in DR6 or DR7.
 * Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_write_dr2(unsigned long value)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tmov %[value], %%dr2\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [value] "r" (value)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("mov %[value], %%dr2"
		:
		: [value] "r" (value)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

#ifndef __x86_64__
#define hostx_write_dr2(value) \
	((hostx_write_dr2)( \
		VMXGEN_NATURAL(value, hostx_write_dr2)))
#endif

/**
 * hostx_read_dr3() - read DR3 (breakpoint address 3)
 * @value: DR3
 *
 * Executes MOV r64, DR3 (NP 0F 21 /3).
 * Returns DR3 in (at)value (64 bits in 64-bit mode, 32 outside).  #GP at
 * CPL > 0.
 * Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_read_dr3(unsigned long *value)
{
	unsigned long value_out;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\tmov %%dr3, %[value]\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [value] "=r" (value_out)
		:
		: "cc");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("mov %%dr3, %[value]"
		: [value] "=r" (value_out)
		:
		: "cc");
#endif
	*value = value_out;
	return HOSTX_OK;
}

#ifndef __x86_64__
#define hostx_read_dr3(value) \
	((hostx_read_dr3)( \
		VMXGEN_NATURAL_PTR(value, hostx_read_dr3)))
#endif

/**
 * hostx_write_dr3() - write DR3 (breakpoint address 3)
 * @value: the new DR3
 *
 * Executes MOV DR3, r64 (NP 0F 23 /3).
 * Loads (at)value into DR3.  #GP at CPL > 0, or for a value with bits
 * 63:32 set in DR6 or DR7.
 * Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_write_dr3(unsigned long value)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tmov %[value], %%dr3\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [value] "r" (value)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("mov %[value], %%dr3"
		:
		: [value] "r" (value)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

#ifndef __x86_64__
#define hostx_write_dr3(value) \
	((hostx_write_dr3)( \
		VMXGEN_NATURAL(value, hostx_write_dr3)))
#endif

/**
 * hostx_read_dr4() - read DR4 (an alias of DR6 with CR4.DE = 0)
 * @value: DR4
 *
 * Executes MOV r64, DR4 (NP 0F 21 /4).
 * Returns DR4 in (at)value (64 bits in 64-bit mode, 32 outside).  #GP at
 * CPL > 0. #UD with CR4.DE = 1 (DR4 and DR5 are reserved then).
 * Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_read_dr4(unsigned long *value)
{
	unsigned long value_out;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\tmov %%dr4, %[value]\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [value] "=r" (value_out)
		:
		: "cc");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("mov %%dr4, %[value]"
		: [value] "=r" (value_out)
		:
		: "cc");
#endif
	*value = value_out;
	return HOSTX_OK;
}

#ifndef __x86_64__
#define hostx_read_dr4(value) \
	((hostx_read_dr4)( \
		VMXGEN_NATURAL_PTR(value, hostx_read_dr4)))
#endif

/**
 * hostx_write_dr4() - write DR4 (an alias of DR6 with CR4.DE = 0)
 * @value: the new DR4
 *
 * Executes MOV DR4, r64 (NP 0F 23 /4).
 * Loads (at)value into DR4.  #GP at CPL > 0, or for a value with bits
 * 63:32 set in DR6 or DR7. #UD with CR4.DE = 1 (DR4 and DR5 are reserved
 * then).
 * Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_write_dr4(unsigned long value)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tmov %[value], %%dr4\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [value] "r" (value)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("mov %[value], %%dr4"
		:
		: [value] "r" (value)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

#ifndef __x86_64__
#define hostx_write_dr4(value) \
	((hostx_write_dr4)( \
		VMXGEN_NATURAL(value, hostx_write_dr4)))
#endif

/**
 * hostx_read_dr5() - read DR5 (an alias of DR7 with CR4.DE = 0)
 * @value: DR5
 *
 * Executes MOV r64, DR5 (NP 0F 21 /5).
 * Returns DR5 in (at)value (64 bits in 64-bit mode, 32 outside).  #GP at
 * CPL > 0. #UD with CR4.DE = 1 (DR4 and DR5 are reserved then).
 * Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_read_dr5(unsigned long *value)
{
	unsigned long value_out;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\tmov %%dr5, %[value]\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [value] "=r" (value_out)
		:
		: "cc");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("mov %%dr5, %[value]"
		: [value] "=r" (value_out)
		:
		: "cc");
#endif
	*value = value_out;
	return HOSTX_OK;
}

#ifndef __x86_64__
#define hostx_read_dr5(value) \
	((hostx_read_dr5)( \
		VMXGEN_NATURAL_PTR(value, hostx_read_dr5)))
#endif

/**
 * hostx_write_dr5() - write DR5 (an alias of DR7 with CR4.DE = 0)
 * @value: the new DR5
 *
 * Executes MOV DR5, r64 (NP 0F 23 /5).
 * Loads (at)value into DR5.  #GP at CPL > 0, or for a value with bits
 * 63:32 set in DR6 or DR7. #UD with CR4.DE = 1 (DR4 and DR5 are reserved
 * then).
 * Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_write_dr5(unsigned long value)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tmov %[value], %%dr5\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [value] "r" (value)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("mov %[value], %%dr5"
		:
		: [value] "r" (value)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

#ifndef __x86_64__
#define hostx_write_dr5(value) \
	((hostx_write_dr5)( \
		VMXGEN_NATURAL(value, hostx_write_dr5)))
#endif

/**
 * hostx_read_dr6() - read DR6 (debug status)
 * @value: DR6
 *
 * Executes MOV r64, DR6 (NP 0F 21 /6).
 * Returns DR6 in (at)value (64 bits in 64-bit mode, 32 outside).  #GP at
 * CPL > 0.
 * Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_read_dr6(unsigned long *value)
{
	unsigned long value_out;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\tmov %%dr6, %[value]\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [value] "=r" (value_out)
		:
		: "cc");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("mov %%dr6, %[value]"
		: [value] "=r" (value_out)
		:
		: "cc");
#endif
	*value = value_out;
	return HOSTX_OK;
}

#ifndef __x86_64__
#define hostx_read_dr6(value) \
	((hostx_read_dr6)( \
		VMXGEN_NATURAL_PTR(value, hostx_read_dr6)))
#endif

/**
 * hostx_write_dr6() - write DR6 (debug status)
 * @value: the new DR6
 *
 * Executes MOV DR6, r64 (NP 0F 23 /6).
 * Loads (at)value into DR6.  #GP at CPL > 0, or for a value with bits
 * 63:32 set in DR6 or DR7.
 * Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_write_dr6(unsigned long value)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tmov %[value], %%dr6\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [value] "r" (value)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("mov %[value], %%dr6"
		:
		: [value] "r" (value)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

#ifndef __x86_64__
#define hostx_write_dr6(value) \
	((hostx_write_dr6)( \
		VMXGEN_NATURAL(value, hostx_write_dr6)))
#endif

/**
 * hostx_read_dr7() - read DR7 (debug control)
 * @value: DR7
 *
 * Executes MOV r64, DR7 (NP 0F 21 /7).
 * Returns DR7 in (at)value (64 bits in 64-bit mode, 32 outside).  #GP at
 * CPL > 0.
 * Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_read_dr7(unsigned long *value)
{
	unsigned long value_out;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\tmov %%dr7, %[value]\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [value] "=r" (value_out)
		:
		: "cc");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("mov %%dr7, %[value]"
		: [value] "=r" (value_out)
		:
		: "cc");
#endif
	*value = value_out;
	return HOSTX_OK;
}

#ifndef __x86_64__
#define hostx_read_dr7(value) \
	((hostx_read_dr7)( \
		VMXGEN_NATURAL_PTR(value, hostx_read_dr7)))
#endif

/**
 * hostx_write_dr7() - write DR7 (debug control)
 * @value: the new DR7
 *
 * Executes MOV DR7, r64 (NP 0F 23 /7).
 * Loads (at)value into DR7.  #GP at CPL > 0, or for a value with bits
 * 63:32 set in DR6 or DR7.
 * Intel SDM Vol. 2B, Chapter 4, MOV (Move to/from Debug Registers).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_write_dr7(unsigned long value)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tmov %[value], %%dr7\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [value] "r" (value)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("mov %[value], %%dr7"
		:
		: [value] "r" (value)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

#ifndef __x86_64__
#define hostx_write_dr7(value) \
	((hostx_write_dr7)( \
		VMXGEN_NATURAL(value, hostx_write_dr7)))
#endif

/**
 * hostx_hlt() - halt until an interrupt, NMI, SMI or reset
 *
 * Executes HLT (F4).
 * Stops executing instructions until an enabled interrupt, an NMI, an SMI,
 * INIT or a reset; execution resumes after HLT.  #GP at CPL > 0.
 * Intel SDM Vol. 2A, Chapter 3, HLT (Halt).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_hlt(void)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\thlt\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		:
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("hlt"
		:
		:
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

/**
 * hostx_inb() - read 8 bits from an I/O port
 * @port: the port (DX)
 * @value: the value read (AL)
 *
 * Executes IN AL, DX (EC).
 * Reads AL from the I/O port (at)port (DX) into (at)value.  #GP if CPL >
 * IOPL and the TSS's I/O permission bitmap denies the port.
 * Intel SDM Vol. 2A, Chapter 3, IN (Input from Port).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_inb(vmx_u16 port, vmx_u8 *value)
{
	vmx_u8 value_out;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\tin %%dx, %%al\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [value] "=a" (value_out)
		: [port] "d" (port)
		: "cc", "memory");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("in %%dx, %%al"
		: [value] "=a" (value_out)
		: [port] "d" (port)
		: "cc", "memory");
#endif
	*value = value_out;
	return HOSTX_OK;
}

#ifdef VMXGEN_HAVE_FAULT_HOOK
/**
 * hostx_inb_imm8() - read 8 bits from an I/O port given as a constant
 * @port: the port (imm8), an integer constant expression
 * @value: the value read (AL)
 *
 * Executes IN AL, imm8 (E4 ib).
 * Reads AL from the I/O port (at)port, an integer constant expression
 * 0..255 (the instruction's imm8), into (at)value.  #GP if CPL > IOPL and
 * the TSS's I/O permission bitmap denies the port.
 * A function-like macro: (at)port must be an integer constant expression
 * (any other is a compile error), which a function's parameter never is.
 * Intel SDM Vol. 2A, Chapter 3, IN (Input from Port).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
#define hostx_inb_imm8(port, value) ({ \
	_Static_assert(VMXGEN_IMM8(port), \
		       "hostx_inb_imm8: port is an integer constant expression 0..255"); \
	vmx_u8 *hostx_inb_imm8_value = (value); \
	vmx_u8 hostx_inb_imm8_value_out; \
	vmx_u32 hostx_inb_imm8_status; \
	\
	__asm__ __volatile__("mov $0, %k[op_status]\n771:\tin %[op_port], %%al\n772:\n\t" \
		".subsection 1\n773:\tmov $1, %k[op_status]\n\t" \
		"jmp 772b\n\t.previous\n\t" \
		VMXGEN_FAULT_HOOK(771b, 773b) \
		: [op_status] "=&r" (hostx_inb_imm8_status), \
		  [op_value] "=a" (hostx_inb_imm8_value_out) \
		: [op_port] "N" (port) \
		: "cc", "memory"); \
	if (hostx_inb_imm8_status == HOSTX_OK) { \
		*hostx_inb_imm8_value = hostx_inb_imm8_value_out; \
	} \
	(enum hostx_status)hostx_inb_imm8_status; \
})
#else
#define hostx_inb_imm8(port, value) ({ \
	_Static_assert(VMXGEN_IMM8(port), \
		       "hostx_inb_imm8: port is an integer constant expression 0..255"); \
	vmx_u8 *hostx_inb_imm8_value = (value); \
	vmx_u8 hostx_inb_imm8_value_out; \
	\
	__asm__ __volatile__("in %[op_port], %%al" \
		: [op_value] "=a" (hostx_inb_imm8_value_out) \
		: [op_port] "N" (port) \
		: "cc", "memory"); \
	*hostx_inb_imm8_value = hostx_inb_imm8_value_out; \
	(enum hostx_status)HOSTX_OK; \
})
#endif

/**
 * hostx_inl() - read 32 bits from an I/O port
 * @port: the port (DX)
 * @value: the value read (EAX)
 *
 * Executes IN EAX, DX (ED).
 * Reads EAX from the I/O port (at)port (DX) into (at)value.  #GP if CPL >
 * IOPL and the TSS's I/O permission bitmap denies the port.
 * Intel SDM Vol. 2A, Chapter 3, IN (Input from Port).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_inl(vmx_u16 port, vmx_u32 *value)
{
	vmx_u32 value_out;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\tin %%dx, %%eax\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [value] "=a" (value_out)
		: [port] "d" (port)
		: "cc", "memory");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("in %%dx, %%eax"
		: [value] "=a" (value_out)
		: [port] "d" (port)
		: "cc", "memory");
#endif
	*value = value_out;
	return HOSTX_OK;
}

#ifdef VMXGEN_HAVE_FAULT_HOOK
/**
 * hostx_inl_imm8() - read 32 bits from an I/O port given as a constant
 * @port: the port (imm8), an integer constant expression
 * @value: the value read (EAX)
 *
 * Executes IN EAX, imm8 (E5 ib).
 * Reads EAX from the I/O port (at)port, an integer constant expression
 * 0..255 (the instruction's imm8), into (at)value.  #GP if CPL > IOPL and
 * the TSS's I/O permission bitmap denies the port.
 * A function-like macro: (at)port must be an integer constant expression
 * (any other is a compile error), which a function's parameter never is.
 * Intel SDM Vol. 2A, Chapter 3, IN (Input from Port).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
#define hostx_inl_imm8(port, value) ({ \
	_Static_assert(VMXGEN_IMM8(port), \
		       "hostx_inl_imm8: port is an integer constant expression 0..255"); \
	vmx_u32 *hostx_inl_imm8_value = (value); \
	vmx_u32 hostx_inl_imm8_value_out; \
	vmx_u32 hostx_inl_imm8_status; \
	\
	__asm__ __volatile__("mov $0, %k[op_status]\n771:\tin %[op_port], %%eax\n772:\n\t" \
		".subsection 1\n773:\tmov $1, %k[op_status]\n\t" \
		"jmp 772b\n\t.previous\n\t" \
		VMXGEN_FAULT_HOOK(771b, 773b) \
		: [op_status] "=&r" (hostx_inl_imm8_status), \
		  [op_value] "=a" (hostx_inl_imm8_value_out) \
		: [op_port] "N" (port) \
		: "cc", "memory"); \
	if (hostx_inl_imm8_status == HOSTX_OK) { \
		*hostx_inl_imm8_value = hostx_inl_imm8_value_out; \
	} \
	(enum hostx_status)hostx_inl_imm8_status; \
})
#else
#define hostx_inl_imm8(port, value) ({ \
	_Static_assert(VMXGEN_IMM8(port), \
		       "hostx_inl_imm8: port is an integer constant expression 0..255"); \
	vmx_u32 *hostx_inl_imm8_value = (value); \
	vmx_u32 hostx_inl_imm8_value_out; \
	\
	__asm__ __volatile__("in %[op_port], %%eax" \
		: [op_value] "=a" (hostx_inl_imm8_value_out) \
		: [op_port] "N" (port) \
		: "cc", "memory"); \
	*hostx_inl_imm8_value = hostx_inl_imm8_value_out; \
	(enum hostx_status)HOSTX_OK; \
})
#endif

/**
 * hostx_invlpg() - invalidate the TLB entries of one page
 * @address: the linear address whose page's entries go
 *
 * Executes INVLPG m8 (NP 0F 01 /7).
 * Invalidates the TLB and paging-structure cache entries of the page
 * holding the linear address (at)address (for the current PCID; global
 * entries too).  Memory is not accessed: the operand's address is what
 * counts.  #GP at CPL > 0.
 * Intel SDM Vol. 2A, Chapter 3, INVLPG (Invalidate TLB Entries).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_invlpg(const void *address)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tinvlpg %[address]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [address] "m" (*(const vmx_u8 *)address)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("invlpg %[address]"
		:
		: [address] "m" (*(const vmx_u8 *)address)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

/**
 * hostx_invpcid() - invalidate TLB entries by process-context identifier
 * @type: invalidation type
 * @pcid: process-context identifier
 * @linear_address: the linear address (individual-address type only)
 *
 * Executes INVPCID r64, m128 (66 0F 38 82 /r).
 * Invalidates the TLB and paging-structure cache entries that (at)type
 * selects, for the PCID and linear address of the descriptor.  #GP at CPL
 * > 0, for a type above 3, reserved descriptor bits set, a non-canonical
 * address (individual-address type) or a PCID other than 0 with CR4.PCIDE
 * = 0; #UD if CPUID.(EAX=07H,ECX=0):EBX.INVPCID[bit 10] = 0.  The raw form
 * passes any type and the descriptor's bytes.
 * Intel SDM Vol. 2A, Chapter 3 (Instruction Set Reference, A-L), INVPCID.
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_invpcid(enum hostx_invpcid_type type, vmx_u16 pcid, vmx_u64 linear_address)
{
	const struct hostx_invpcid_descriptor descriptor = {
		.pcid = pcid,
		.linear_address = linear_address,
		.reserved_63_12 = 0,
	};

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tinvpcid %[descriptor], %[type]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [type] "r" ((unsigned long)type),
		  [descriptor] "m" (descriptor)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("invpcid %[descriptor], %[type]"
		:
		: [type] "r" ((unsigned long)type),
		  [descriptor] "m" (descriptor)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

/**
 * hostx_invpcid_raw() - invalidate TLB entries by process-context identifier
 * @type: invalidation type
 * @descriptor: its 16 bytes, reserved bits included
 *
 * Executes INVPCID r64, m128 (66 0F 38 82 /r).
 * Invalidates the TLB and paging-structure cache entries that (at)type
 * selects, for the PCID and linear address of the descriptor.  #GP at CPL
 * > 0, for a type above 3, reserved descriptor bits set, a non-canonical
 * address (individual-address type) or a PCID other than 0 with CR4.PCIDE
 * = 0; #UD if CPUID.(EAX=07H,ECX=0):EBX.INVPCID[bit 10] = 0.  The raw form
 * passes any type and the descriptor's bytes.
 * This form takes the memory operand as bytes, reserved bits included, and
 * any value of the register operands: to forward a guest's operand or
 * probe reserved bits.
 * Intel SDM Vol. 2A, Chapter 3 (Instruction Set Reference, A-L), INVPCID.
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_invpcid_raw(unsigned long type, const void *descriptor)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tinvpcid %[descriptor], %[type]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [type] "r" ((unsigned long)type),
		  [descriptor] "m" (*(const vmx_u8 (*)[16])descriptor)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("invpcid %[descriptor], %[type]"
		:
		: [type] "r" ((unsigned long)type),
		  [descriptor] "m" (*(const vmx_u8 (*)[16])descriptor)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

#ifndef __x86_64__
#define hostx_invpcid_raw(type, descriptor) \
	((hostx_invpcid_raw)( \
		VMXGEN_NATURAL(type, hostx_invpcid_raw), \
		descriptor))
#endif

/**
 * hostx_inw() - read 16 bits from an I/O port
 * @port: the port (DX)
 * @value: the value read (AX)
 *
 * Executes IN AX, DX (66 ED).
 * Reads AX from the I/O port (at)port (DX) into (at)value.  #GP if CPL >
 * IOPL and the TSS's I/O permission bitmap denies the port.
 * Intel SDM Vol. 2A, Chapter 3, IN (Input from Port).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_inw(vmx_u16 port, vmx_u16 *value)
{
	vmx_u16 value_out;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\tin %%dx, %%ax\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [value] "=a" (value_out)
		: [port] "d" (port)
		: "cc", "memory");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("in %%dx, %%ax"
		: [value] "=a" (value_out)
		: [port] "d" (port)
		: "cc", "memory");
#endif
	*value = value_out;
	return HOSTX_OK;
}

#ifdef VMXGEN_HAVE_FAULT_HOOK
/**
 * hostx_inw_imm8() - read 16 bits from an I/O port given as a constant
 * @port: the port (imm8), an integer constant expression
 * @value: the value read (AX)
 *
 * Executes IN AX, imm8 (66 E5 ib).
 * Reads AX from the I/O port (at)port, an integer constant expression
 * 0..255 (the instruction's imm8), into (at)value.  #GP if CPL > IOPL and
 * the TSS's I/O permission bitmap denies the port.
 * A function-like macro: (at)port must be an integer constant expression
 * (any other is a compile error), which a function's parameter never is.
 * Intel SDM Vol. 2A, Chapter 3, IN (Input from Port).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
#define hostx_inw_imm8(port, value) ({ \
	_Static_assert(VMXGEN_IMM8(port), \
		       "hostx_inw_imm8: port is an integer constant expression 0..255"); \
	vmx_u16 *hostx_inw_imm8_value = (value); \
	vmx_u16 hostx_inw_imm8_value_out; \
	vmx_u32 hostx_inw_imm8_status; \
	\
	__asm__ __volatile__("mov $0, %k[op_status]\n771:\tin %[op_port], %%ax\n772:\n\t" \
		".subsection 1\n773:\tmov $1, %k[op_status]\n\t" \
		"jmp 772b\n\t.previous\n\t" \
		VMXGEN_FAULT_HOOK(771b, 773b) \
		: [op_status] "=&r" (hostx_inw_imm8_status), \
		  [op_value] "=a" (hostx_inw_imm8_value_out) \
		: [op_port] "N" (port) \
		: "cc", "memory"); \
	if (hostx_inw_imm8_status == HOSTX_OK) { \
		*hostx_inw_imm8_value = hostx_inw_imm8_value_out; \
	} \
	(enum hostx_status)hostx_inw_imm8_status; \
})
#else
#define hostx_inw_imm8(port, value) ({ \
	_Static_assert(VMXGEN_IMM8(port), \
		       "hostx_inw_imm8: port is an integer constant expression 0..255"); \
	vmx_u16 *hostx_inw_imm8_value = (value); \
	vmx_u16 hostx_inw_imm8_value_out; \
	\
	__asm__ __volatile__("in %[op_port], %%ax" \
		: [op_value] "=a" (hostx_inw_imm8_value_out) \
		: [op_port] "N" (port) \
		: "cc", "memory"); \
	*hostx_inw_imm8_value = hostx_inw_imm8_value_out; \
	(enum hostx_status)HOSTX_OK; \
})
#endif

#ifdef __x86_64__
/**
 * hostx_lgdt() - load the global descriptor table register (64-bit mode)
 * @descriptor: the GDTR pseudo-descriptor (10 bytes)
 *
 * Executes LGDT m80 (NP 0F 01 /2).
 * Loads GDTR from the pseudo-descriptor at (at)descriptor.  #GP at CPL > 0
 * (in 64-bit mode also for a non-canonical base).  The pseudo-descriptor
 * is 10 bytes in 64-bit mode.
 * Intel SDM Vol. 2A, Chapter 3, LGDT/LIDT (Load Global/Interrupt Descriptor Table Register).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_lgdt(const struct hostx_pseudo_descriptor_64 *descriptor)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tlgdt %[descriptor]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [descriptor] "m" (*descriptor)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("lgdt %[descriptor]"
		:
		: [descriptor] "m" (*descriptor)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * hostx_lgdt_raw() - load the global descriptor table register (64-bit mode)
 * @descriptor: its 10 bytes, reserved bits included
 *
 * Executes LGDT m80 (NP 0F 01 /2).
 * Loads GDTR from the pseudo-descriptor at (at)descriptor.  #GP at CPL > 0
 * (in 64-bit mode also for a non-canonical base).  The pseudo-descriptor
 * is 10 bytes in 64-bit mode.
 * This form takes the memory operand as bytes, reserved bits included, and
 * any value of the register operands: to forward a guest's operand or
 * probe reserved bits.
 * Intel SDM Vol. 2A, Chapter 3, LGDT/LIDT (Load Global/Interrupt Descriptor Table Register).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_lgdt_raw(const void *descriptor)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tlgdt %[descriptor]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [descriptor] "m" (*(const vmx_u8 (*)[10])descriptor)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("lgdt %[descriptor]"
		:
		: [descriptor] "m" (*(const vmx_u8 (*)[10])descriptor)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}
#endif /* __x86_64__ */

/**
 * hostx_lgdt32() - load the global descriptor table register (32-bit mode)
 * @descriptor: the GDTR pseudo-descriptor (6 bytes)
 *
 * Executes LGDT m48 (NP 0F 01 /2).
 * Loads GDTR from the pseudo-descriptor at (at)descriptor.  #GP at CPL > 0
 * (in 64-bit mode also for a non-canonical base).  The pseudo-descriptor
 * is 6 bytes in 32-bit mode.
 * Intel SDM Vol. 2A, Chapter 3, LGDT/LIDT (Load Global/Interrupt Descriptor Table Register).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_lgdt32(const struct hostx_pseudo_descriptor_32 *descriptor)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tlgdt %[descriptor]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [descriptor] "m" (*descriptor)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("lgdt %[descriptor]"
		:
		: [descriptor] "m" (*descriptor)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

/**
 * hostx_lgdt32_raw() - load the global descriptor table register (32-bit mode)
 * @descriptor: its 6 bytes, reserved bits included
 *
 * Executes LGDT m48 (NP 0F 01 /2).
 * Loads GDTR from the pseudo-descriptor at (at)descriptor.  #GP at CPL > 0
 * (in 64-bit mode also for a non-canonical base).  The pseudo-descriptor
 * is 6 bytes in 32-bit mode.
 * This form takes the memory operand as bytes, reserved bits included, and
 * any value of the register operands: to forward a guest's operand or
 * probe reserved bits.
 * Intel SDM Vol. 2A, Chapter 3, LGDT/LIDT (Load Global/Interrupt Descriptor Table Register).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_lgdt32_raw(const void *descriptor)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tlgdt %[descriptor]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [descriptor] "m" (*(const vmx_u8 (*)[6])descriptor)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("lgdt %[descriptor]"
		:
		: [descriptor] "m" (*(const vmx_u8 (*)[6])descriptor)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

#ifdef __x86_64__
/**
 * hostx_lidt() - load the interrupt descriptor table register (64-bit mode)
 * @descriptor: the IDTR pseudo-descriptor (10 bytes)
 *
 * Executes LIDT m80 (NP 0F 01 /3).
 * Loads IDTR from the pseudo-descriptor at (at)descriptor.  #GP at CPL > 0
 * (in 64-bit mode also for a non-canonical base).  The pseudo-descriptor
 * is 10 bytes in 64-bit mode.
 * Intel SDM Vol. 2A, Chapter 3, LGDT/LIDT (Load Global/Interrupt Descriptor Table Register).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_lidt(const struct hostx_pseudo_descriptor_64 *descriptor)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tlidt %[descriptor]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [descriptor] "m" (*descriptor)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("lidt %[descriptor]"
		:
		: [descriptor] "m" (*descriptor)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * hostx_lidt_raw() - load the interrupt descriptor table register (64-bit mode)
 * @descriptor: its 10 bytes, reserved bits included
 *
 * Executes LIDT m80 (NP 0F 01 /3).
 * Loads IDTR from the pseudo-descriptor at (at)descriptor.  #GP at CPL > 0
 * (in 64-bit mode also for a non-canonical base).  The pseudo-descriptor
 * is 10 bytes in 64-bit mode.
 * This form takes the memory operand as bytes, reserved bits included, and
 * any value of the register operands: to forward a guest's operand or
 * probe reserved bits.
 * Intel SDM Vol. 2A, Chapter 3, LGDT/LIDT (Load Global/Interrupt Descriptor Table Register).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_lidt_raw(const void *descriptor)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tlidt %[descriptor]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [descriptor] "m" (*(const vmx_u8 (*)[10])descriptor)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("lidt %[descriptor]"
		:
		: [descriptor] "m" (*(const vmx_u8 (*)[10])descriptor)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}
#endif /* __x86_64__ */

/**
 * hostx_lidt32() - load the interrupt descriptor table register (32-bit mode)
 * @descriptor: the IDTR pseudo-descriptor (6 bytes)
 *
 * Executes LIDT m48 (NP 0F 01 /3).
 * Loads IDTR from the pseudo-descriptor at (at)descriptor.  #GP at CPL > 0
 * (in 64-bit mode also for a non-canonical base).  The pseudo-descriptor
 * is 6 bytes in 32-bit mode.
 * Intel SDM Vol. 2A, Chapter 3, LGDT/LIDT (Load Global/Interrupt Descriptor Table Register).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_lidt32(const struct hostx_pseudo_descriptor_32 *descriptor)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tlidt %[descriptor]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [descriptor] "m" (*descriptor)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("lidt %[descriptor]"
		:
		: [descriptor] "m" (*descriptor)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

/**
 * hostx_lidt32_raw() - load the interrupt descriptor table register (32-bit mode)
 * @descriptor: its 6 bytes, reserved bits included
 *
 * Executes LIDT m48 (NP 0F 01 /3).
 * Loads IDTR from the pseudo-descriptor at (at)descriptor.  #GP at CPL > 0
 * (in 64-bit mode also for a non-canonical base).  The pseudo-descriptor
 * is 6 bytes in 32-bit mode.
 * This form takes the memory operand as bytes, reserved bits included, and
 * any value of the register operands: to forward a guest's operand or
 * probe reserved bits.
 * Intel SDM Vol. 2A, Chapter 3, LGDT/LIDT (Load Global/Interrupt Descriptor Table Register).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_lidt32_raw(const void *descriptor)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tlidt %[descriptor]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [descriptor] "m" (*(const vmx_u8 (*)[6])descriptor)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("lidt %[descriptor]"
		:
		: [descriptor] "m" (*(const vmx_u8 (*)[6])descriptor)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

/**
 * hostx_lldt() - load the local descriptor table register
 * @selector: the LDT's selector (0: none)
 *
 * Executes LLDT r16 (NP 0F 00 /2).
 * Loads LDTR from the LDT descriptor (at)selector selects in the GDT (a
 * null selector leaves LDTR unusable).  #GP at CPL > 0 or for a selector
 * that is not an LDT descriptor's.
 * Intel SDM Vol. 2A, Chapter 3, LLDT (Load Local Descriptor Table Register).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_lldt(vmx_u16 selector)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tlldt %[selector]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [selector] "r" (selector)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("lldt %[selector]"
		:
		: [selector] "r" (selector)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

#ifndef __x86_64__
#define hostx_lldt(selector) \
	((hostx_lldt)( \
		VMXGEN_NATURAL(selector, hostx_lldt)))
#endif

/**
 * hostx_ltr() - load the task register
 * @selector: the TSS's selector
 *
 * Executes LTR r16 (NP 0F 00 /3).
 * Loads TR from the TSS descriptor (at)selector selects in the GDT and
 * marks the TSS busy.  #GP at CPL > 0, for a null or non-TSS selector or a
 * busy TSS.
 * Intel SDM Vol. 2A, Chapter 3, LTR (Load Task Register).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_ltr(vmx_u16 selector)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tltr %[selector]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [selector] "r" (selector)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("ltr %[selector]"
		:
		: [selector] "r" (selector)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

#ifndef __x86_64__
#define hostx_ltr(selector) \
	((hostx_ltr)( \
		VMXGEN_NATURAL(selector, hostx_ltr)))
#endif

/**
 * hostx_outb() - write 8 bits to an I/O port
 * @port: the port (DX)
 * @value: the value written (AL)
 *
 * Executes OUT DX, AL (EE).
 * Writes (at)value (AL) to the I/O port (at)port (DX).  #GP if CPL > IOPL
 * and the TSS's I/O permission bitmap denies the port.
 * Intel SDM Vol. 2B, Chapter 4, OUT (Output to Port).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_outb(vmx_u16 port, vmx_u8 value)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tout %%al, %%dx\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [port] "d" (port),
		  [value] "a" (value)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("out %%al, %%dx"
		:
		: [port] "d" (port),
		  [value] "a" (value)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

#ifdef VMXGEN_HAVE_FAULT_HOOK
/**
 * hostx_outb_imm8() - write 8 bits to an I/O port given as a constant
 * @port: the port (imm8), an integer constant expression
 * @value: the value written (AL)
 *
 * Executes OUT imm8, AL (E6 ib).
 * Writes (at)value (AL) to the I/O port (at)port, an integer constant
 * expression 0..255 (the instruction's imm8).  #GP if CPL > IOPL and the
 * TSS's I/O permission bitmap denies the port.
 * A function-like macro: (at)port must be an integer constant expression
 * (any other is a compile error), which a function's parameter never is.
 * Intel SDM Vol. 2B, Chapter 4, OUT (Output to Port).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
#define hostx_outb_imm8(port, value) ({ \
	_Static_assert(VMXGEN_IMM8(port), \
		       "hostx_outb_imm8: port is an integer constant expression 0..255"); \
	vmx_u8 hostx_outb_imm8_value = (value); \
	vmx_u32 hostx_outb_imm8_status; \
	\
	__asm__ __volatile__("mov $0, %k[op_status]\n771:\tout %%al, %[op_port]\n772:\n\t" \
		".subsection 1\n773:\tmov $1, %k[op_status]\n\t" \
		"jmp 772b\n\t.previous\n\t" \
		VMXGEN_FAULT_HOOK(771b, 773b) \
		: [op_status] "=&r" (hostx_outb_imm8_status) \
		: [op_port] "N" (port), \
		  [op_value] "a" (hostx_outb_imm8_value) \
		: "cc", "memory"); \
	(enum hostx_status)hostx_outb_imm8_status; \
})
#else
#define hostx_outb_imm8(port, value) ({ \
	_Static_assert(VMXGEN_IMM8(port), \
		       "hostx_outb_imm8: port is an integer constant expression 0..255"); \
	vmx_u8 hostx_outb_imm8_value = (value); \
	\
	__asm__ __volatile__("out %%al, %[op_port]" \
		: \
		: [op_port] "N" (port), \
		  [op_value] "a" (hostx_outb_imm8_value) \
		: "cc", "memory"); \
	(enum hostx_status)HOSTX_OK; \
})
#endif

/**
 * hostx_outl() - write 32 bits to an I/O port
 * @port: the port (DX)
 * @value: the value written (EAX)
 *
 * Executes OUT DX, EAX (EF).
 * Writes (at)value (EAX) to the I/O port (at)port (DX).  #GP if CPL > IOPL
 * and the TSS's I/O permission bitmap denies the port.
 * Intel SDM Vol. 2B, Chapter 4, OUT (Output to Port).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_outl(vmx_u16 port, vmx_u32 value)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tout %%eax, %%dx\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [port] "d" (port),
		  [value] "a" (value)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("out %%eax, %%dx"
		:
		: [port] "d" (port),
		  [value] "a" (value)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

#ifdef VMXGEN_HAVE_FAULT_HOOK
/**
 * hostx_outl_imm8() - write 32 bits to an I/O port given as a constant
 * @port: the port (imm8), an integer constant expression
 * @value: the value written (EAX)
 *
 * Executes OUT imm8, EAX (E7 ib).
 * Writes (at)value (EAX) to the I/O port (at)port, an integer constant
 * expression 0..255 (the instruction's imm8).  #GP if CPL > IOPL and the
 * TSS's I/O permission bitmap denies the port.
 * A function-like macro: (at)port must be an integer constant expression
 * (any other is a compile error), which a function's parameter never is.
 * Intel SDM Vol. 2B, Chapter 4, OUT (Output to Port).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
#define hostx_outl_imm8(port, value) ({ \
	_Static_assert(VMXGEN_IMM8(port), \
		       "hostx_outl_imm8: port is an integer constant expression 0..255"); \
	vmx_u32 hostx_outl_imm8_value = (value); \
	vmx_u32 hostx_outl_imm8_status; \
	\
	__asm__ __volatile__("mov $0, %k[op_status]\n771:\tout %%eax, %[op_port]\n772:\n\t" \
		".subsection 1\n773:\tmov $1, %k[op_status]\n\t" \
		"jmp 772b\n\t.previous\n\t" \
		VMXGEN_FAULT_HOOK(771b, 773b) \
		: [op_status] "=&r" (hostx_outl_imm8_status) \
		: [op_port] "N" (port), \
		  [op_value] "a" (hostx_outl_imm8_value) \
		: "cc", "memory"); \
	(enum hostx_status)hostx_outl_imm8_status; \
})
#else
#define hostx_outl_imm8(port, value) ({ \
	_Static_assert(VMXGEN_IMM8(port), \
		       "hostx_outl_imm8: port is an integer constant expression 0..255"); \
	vmx_u32 hostx_outl_imm8_value = (value); \
	\
	__asm__ __volatile__("out %%eax, %[op_port]" \
		: \
		: [op_port] "N" (port), \
		  [op_value] "a" (hostx_outl_imm8_value) \
		: "cc", "memory"); \
	(enum hostx_status)HOSTX_OK; \
})
#endif

/**
 * hostx_outw() - write 16 bits to an I/O port
 * @port: the port (DX)
 * @value: the value written (AX)
 *
 * Executes OUT DX, AX (66 EF).
 * Writes (at)value (AX) to the I/O port (at)port (DX).  #GP if CPL > IOPL
 * and the TSS's I/O permission bitmap denies the port.
 * Intel SDM Vol. 2B, Chapter 4, OUT (Output to Port).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_outw(vmx_u16 port, vmx_u16 value)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tout %%ax, %%dx\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [port] "d" (port),
		  [value] "a" (value)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("out %%ax, %%dx"
		:
		: [port] "d" (port),
		  [value] "a" (value)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

#ifdef VMXGEN_HAVE_FAULT_HOOK
/**
 * hostx_outw_imm8() - write 16 bits to an I/O port given as a constant
 * @port: the port (imm8), an integer constant expression
 * @value: the value written (AX)
 *
 * Executes OUT imm8, AX (66 E7 ib).
 * Writes (at)value (AX) to the I/O port (at)port, an integer constant
 * expression 0..255 (the instruction's imm8).  #GP if CPL > IOPL and the
 * TSS's I/O permission bitmap denies the port.
 * A function-like macro: (at)port must be an integer constant expression
 * (any other is a compile error), which a function's parameter never is.
 * Intel SDM Vol. 2B, Chapter 4, OUT (Output to Port).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
#define hostx_outw_imm8(port, value) ({ \
	_Static_assert(VMXGEN_IMM8(port), \
		       "hostx_outw_imm8: port is an integer constant expression 0..255"); \
	vmx_u16 hostx_outw_imm8_value = (value); \
	vmx_u32 hostx_outw_imm8_status; \
	\
	__asm__ __volatile__("mov $0, %k[op_status]\n771:\tout %%ax, %[op_port]\n772:\n\t" \
		".subsection 1\n773:\tmov $1, %k[op_status]\n\t" \
		"jmp 772b\n\t.previous\n\t" \
		VMXGEN_FAULT_HOOK(771b, 773b) \
		: [op_status] "=&r" (hostx_outw_imm8_status) \
		: [op_port] "N" (port), \
		  [op_value] "a" (hostx_outw_imm8_value) \
		: "cc", "memory"); \
	(enum hostx_status)hostx_outw_imm8_status; \
})
#else
#define hostx_outw_imm8(port, value) ({ \
	_Static_assert(VMXGEN_IMM8(port), \
		       "hostx_outw_imm8: port is an integer constant expression 0..255"); \
	vmx_u16 hostx_outw_imm8_value = (value); \
	\
	__asm__ __volatile__("out %%ax, %[op_port]" \
		: \
		: [op_port] "N" (port), \
		  [op_value] "a" (hostx_outw_imm8_value) \
		: "cc", "memory"); \
	(enum hostx_status)HOSTX_OK; \
})
#endif

/**
 * hostx_pause() - spin-loop hint
 *
 * Executes PAUSE (F3 90).
 * Tells the processor the code is a spin-wait loop (and a hypervisor's
 * PAUSE-loop exiting sees it).  Executes at any privilege level; a NOP on
 * processors without it.
 * Intel SDM Vol. 2B, Chapter 4, PAUSE (Spin Loop Hint).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_pause(void)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tpause\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		:
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("pause"
		:
		:
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

/**
 * hostx_rdmsr() - read a model-specific register
 * @msr: the MSR's address (ECX)
 * @low: bits 31:0 of the MSR (EAX)
 * @high: bits 63:32 of the MSR (EDX)
 *
 * Executes RDMSR (NP 0F 32).
 * Reads the MSR (at)msr (ECX) into EDX:EAX: (at)high gets bits 63:32,
 * (at)low bits 31:0.  #GP at CPL > 0 or for an MSR that does not exist.
 * Intel SDM Vol. 2B, Chapter 4, RDMSR (Read from Model Specific Register).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_rdmsr(vmx_u32 msr, vmx_u32 *low, vmx_u32 *high)
{
	vmx_u32 high_out;
	vmx_u32 low_out;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\trdmsr\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [high] "=d" (high_out),
		  [low] "=a" (low_out)
		: [msr] "c" (msr)
		: "cc");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("rdmsr"
		: [high] "=d" (high_out),
		  [low] "=a" (low_out)
		: [msr] "c" (msr)
		: "cc");
#endif
	*high = high_out;
	*low = low_out;
	return HOSTX_OK;
}

/**
 * hostx_rdtsc() - read the time-stamp counter
 * @low: bits 31:0 of the counter (EAX)
 * @high: bits 63:32 of the counter (EDX)
 *
 * Executes RDTSC (NP 0F 31).
 * Reads the time-stamp counter into EDX:EAX ((at)high bits 63:32, (at)low
 * bits 31:0).  Not ordered with the instructions around it (use RDTSCP or
 * a fence for that).  #GP at CPL > 0 with CR4.TSD = 1.
 * Intel SDM Vol. 2B, Chapter 4, RDTSC (Read Time-Stamp Counter).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_rdtsc(vmx_u32 *low, vmx_u32 *high)
{
	vmx_u32 high_out;
	vmx_u32 low_out;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\trdtsc\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [high] "=d" (high_out),
		  [low] "=a" (low_out)
		:
		: "cc");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("rdtsc"
		: [high] "=d" (high_out),
		  [low] "=a" (low_out)
		:
		: "cc");
#endif
	*high = high_out;
	*low = low_out;
	return HOSTX_OK;
}

/**
 * hostx_rdtscp() - read the time-stamp counter and IA32_TSC_AUX
 * @low: bits 31:0 of the counter (EAX)
 * @high: bits 63:32 of the counter (EDX)
 * @aux: IA32_TSC_AUX (ECX)
 *
 * Executes RDTSCP (NP 0F 01 F9).
 * Reads the time-stamp counter into EDX:EAX ((at)high bits 63:32, (at)low
 * bits 31:0) after all earlier instructions have executed, and
 * IA32_TSC_AUX into ECX ((at)aux).  #GP at CPL > 0 with CR4.TSD = 1.
 * Intel SDM Vol. 2B, Chapter 4, RDTSCP (Read Time-Stamp Counter and Processor ID).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_rdtscp(vmx_u32 *low, vmx_u32 *high, vmx_u32 *aux)
{
	vmx_u32 high_out;
	vmx_u32 low_out;
	vmx_u32 aux_out;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\trdtscp\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [high] "=d" (high_out),
		  [low] "=a" (low_out),
		  [aux] "=c" (aux_out)
		:
		: "cc");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("rdtscp"
		: [high] "=d" (high_out),
		  [low] "=a" (low_out),
		  [aux] "=c" (aux_out)
		:
		: "cc");
#endif
	*high = high_out;
	*low = low_out;
	*aux = aux_out;
	return HOSTX_OK;
}

#ifdef __x86_64__
/**
 * hostx_sgdt() - store the global descriptor table register (64-bit mode)
 * @descriptor: the GDTR pseudo-descriptor (10 bytes)
 *
 * Executes SGDT m80 (NP 0F 01 /0).
 * Stores GDTR into the pseudo-descriptor at (at)descriptor.  #GP at CPL >
 * 0 with CR4.UMIP = 1.  The pseudo-descriptor is 10 bytes in 64-bit mode.
 * Intel SDM Vol. 2B, Chapter 4, SGDT (Store Global Descriptor Table Register).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_sgdt(struct hostx_pseudo_descriptor_64 *descriptor)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\tsgdt %[descriptor]\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [descriptor] "=m" (*descriptor)
		:
		: "cc");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("sgdt %[descriptor]"
		: [descriptor] "=m" (*descriptor)
		:
		: "cc");
#endif
	return HOSTX_OK;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * hostx_sgdt_raw() - store the global descriptor table register (64-bit mode)
 * @descriptor: receives its 10 bytes
 *
 * Executes SGDT m80 (NP 0F 01 /0).
 * Stores GDTR into the pseudo-descriptor at (at)descriptor.  #GP at CPL >
 * 0 with CR4.UMIP = 1.  The pseudo-descriptor is 10 bytes in 64-bit mode.
 * This form takes the memory operand as bytes, reserved bits included, and
 * any value of the register operands: to forward a guest's operand or
 * probe reserved bits.
 * Intel SDM Vol. 2B, Chapter 4, SGDT (Store Global Descriptor Table Register).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_sgdt_raw(void *descriptor)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	/*
	 * "memory": the instruction stores to *descriptor, an "m" input:
	 * asm goto cannot have outputs everywhere.
	 */
	__asm__ goto("771:\tsgdt %[descriptor]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [descriptor] "m" (*(vmx_u8 (*)[10])descriptor)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	/*
	 * "memory": the instruction stores to *descriptor, an "m" input:
	 * asm goto cannot have outputs everywhere.
	 */
	__asm__ __volatile__("sgdt %[descriptor]"
		:
		: [descriptor] "m" (*(vmx_u8 (*)[10])descriptor)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}
#endif /* __x86_64__ */

/**
 * hostx_sgdt32() - store the global descriptor table register (32-bit mode)
 * @descriptor: the GDTR pseudo-descriptor (6 bytes)
 *
 * Executes SGDT m48 (NP 0F 01 /0).
 * Stores GDTR into the pseudo-descriptor at (at)descriptor.  #GP at CPL >
 * 0 with CR4.UMIP = 1.  The pseudo-descriptor is 6 bytes in 32-bit mode.
 * Intel SDM Vol. 2B, Chapter 4, SGDT (Store Global Descriptor Table Register).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_sgdt32(struct hostx_pseudo_descriptor_32 *descriptor)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\tsgdt %[descriptor]\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [descriptor] "=m" (*descriptor)
		:
		: "cc");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("sgdt %[descriptor]"
		: [descriptor] "=m" (*descriptor)
		:
		: "cc");
#endif
	return HOSTX_OK;
}

/**
 * hostx_sgdt32_raw() - store the global descriptor table register (32-bit mode)
 * @descriptor: receives its 6 bytes
 *
 * Executes SGDT m48 (NP 0F 01 /0).
 * Stores GDTR into the pseudo-descriptor at (at)descriptor.  #GP at CPL >
 * 0 with CR4.UMIP = 1.  The pseudo-descriptor is 6 bytes in 32-bit mode.
 * This form takes the memory operand as bytes, reserved bits included, and
 * any value of the register operands: to forward a guest's operand or
 * probe reserved bits.
 * Intel SDM Vol. 2B, Chapter 4, SGDT (Store Global Descriptor Table Register).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_sgdt32_raw(void *descriptor)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	/*
	 * "memory": the instruction stores to *descriptor, an "m" input:
	 * asm goto cannot have outputs everywhere.
	 */
	__asm__ goto("771:\tsgdt %[descriptor]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [descriptor] "m" (*(vmx_u8 (*)[6])descriptor)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	/*
	 * "memory": the instruction stores to *descriptor, an "m" input:
	 * asm goto cannot have outputs everywhere.
	 */
	__asm__ __volatile__("sgdt %[descriptor]"
		:
		: [descriptor] "m" (*(vmx_u8 (*)[6])descriptor)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

#ifdef __x86_64__
/**
 * hostx_sidt() - store the interrupt descriptor table register (64-bit mode)
 * @descriptor: the IDTR pseudo-descriptor (10 bytes)
 *
 * Executes SIDT m80 (NP 0F 01 /1).
 * Stores IDTR into the pseudo-descriptor at (at)descriptor.  #GP at CPL >
 * 0 with CR4.UMIP = 1.  The pseudo-descriptor is 10 bytes in 64-bit mode.
 * Intel SDM Vol. 2B, Chapter 4, SIDT (Store Interrupt Descriptor Table Register).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_sidt(struct hostx_pseudo_descriptor_64 *descriptor)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\tsidt %[descriptor]\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [descriptor] "=m" (*descriptor)
		:
		: "cc");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("sidt %[descriptor]"
		: [descriptor] "=m" (*descriptor)
		:
		: "cc");
#endif
	return HOSTX_OK;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * hostx_sidt_raw() - store the interrupt descriptor table register (64-bit mode)
 * @descriptor: receives its 10 bytes
 *
 * Executes SIDT m80 (NP 0F 01 /1).
 * Stores IDTR into the pseudo-descriptor at (at)descriptor.  #GP at CPL >
 * 0 with CR4.UMIP = 1.  The pseudo-descriptor is 10 bytes in 64-bit mode.
 * This form takes the memory operand as bytes, reserved bits included, and
 * any value of the register operands: to forward a guest's operand or
 * probe reserved bits.
 * Intel SDM Vol. 2B, Chapter 4, SIDT (Store Interrupt Descriptor Table Register).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_sidt_raw(void *descriptor)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	/*
	 * "memory": the instruction stores to *descriptor, an "m" input:
	 * asm goto cannot have outputs everywhere.
	 */
	__asm__ goto("771:\tsidt %[descriptor]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [descriptor] "m" (*(vmx_u8 (*)[10])descriptor)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	/*
	 * "memory": the instruction stores to *descriptor, an "m" input:
	 * asm goto cannot have outputs everywhere.
	 */
	__asm__ __volatile__("sidt %[descriptor]"
		:
		: [descriptor] "m" (*(vmx_u8 (*)[10])descriptor)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}
#endif /* __x86_64__ */

/**
 * hostx_sidt32() - store the interrupt descriptor table register (32-bit mode)
 * @descriptor: the IDTR pseudo-descriptor (6 bytes)
 *
 * Executes SIDT m48 (NP 0F 01 /1).
 * Stores IDTR into the pseudo-descriptor at (at)descriptor.  #GP at CPL >
 * 0 with CR4.UMIP = 1.  The pseudo-descriptor is 6 bytes in 32-bit mode.
 * Intel SDM Vol. 2B, Chapter 4, SIDT (Store Interrupt Descriptor Table Register).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_sidt32(struct hostx_pseudo_descriptor_32 *descriptor)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\tsidt %[descriptor]\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [descriptor] "=m" (*descriptor)
		:
		: "cc");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("sidt %[descriptor]"
		: [descriptor] "=m" (*descriptor)
		:
		: "cc");
#endif
	return HOSTX_OK;
}

/**
 * hostx_sidt32_raw() - store the interrupt descriptor table register (32-bit mode)
 * @descriptor: receives its 6 bytes
 *
 * Executes SIDT m48 (NP 0F 01 /1).
 * Stores IDTR into the pseudo-descriptor at (at)descriptor.  #GP at CPL >
 * 0 with CR4.UMIP = 1.  The pseudo-descriptor is 6 bytes in 32-bit mode.
 * This form takes the memory operand as bytes, reserved bits included, and
 * any value of the register operands: to forward a guest's operand or
 * probe reserved bits.
 * Intel SDM Vol. 2B, Chapter 4, SIDT (Store Interrupt Descriptor Table Register).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_sidt32_raw(void *descriptor)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	/*
	 * "memory": the instruction stores to *descriptor, an "m" input:
	 * asm goto cannot have outputs everywhere.
	 */
	__asm__ goto("771:\tsidt %[descriptor]\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [descriptor] "m" (*(vmx_u8 (*)[6])descriptor)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	/*
	 * "memory": the instruction stores to *descriptor, an "m" input:
	 * asm goto cannot have outputs everywhere.
	 */
	__asm__ __volatile__("sidt %[descriptor]"
		:
		: [descriptor] "m" (*(vmx_u8 (*)[6])descriptor)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

/**
 * hostx_sldt() - store the local descriptor table register's selector
 * @selector: LDTR's selector
 *
 * Executes SLDT r32 (NP 0F 00 /0).
 * Returns LDTR's selector in (at)selector (zero-extended).  #GP at CPL > 0
 * with CR4.UMIP = 1.
 * Intel SDM Vol. 2B, Chapter 4, SLDT (Store Local Descriptor Table Register).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_sldt(vmx_u32 *selector)
{
	vmx_u32 selector_out;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\tsldt %[selector]\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [selector] "=r" (selector_out)
		:
		: "cc");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("sldt %[selector]"
		: [selector] "=r" (selector_out)
		:
		: "cc");
#endif
	*selector = selector_out;
	return HOSTX_OK;
}

#ifndef __x86_64__
#define hostx_sldt(selector) \
	((hostx_sldt)( \
		VMXGEN_NATURAL_PTR(selector, hostx_sldt)))
#endif

/**
 * hostx_sti() - set the interrupt flag
 *
 * Executes STI (FB).
 * Sets RFLAGS.IF: maskable interrupts are taken from the end of the next
 * instruction on.  #GP if CPL > IOPL (without VME or PVI).
 * Intel SDM Vol. 2B, Chapter 4, STI (Set Interrupt Flag).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_sti(void)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tsti\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		:
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("sti"
		:
		:
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

/**
 * hostx_str() - store the task register's selector
 * @selector: TR's selector
 *
 * Executes STR r32 (NP 0F 00 /1).
 * Returns TR's selector in (at)selector (zero-extended).  #GP at CPL > 0
 * with CR4.UMIP = 1.
 * Intel SDM Vol. 2B, Chapter 4, STR (Store Task Register).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_str(vmx_u32 *selector)
{
	vmx_u32 selector_out;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\tstr %[selector]\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [selector] "=r" (selector_out)
		:
		: "cc");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("str %[selector]"
		: [selector] "=r" (selector_out)
		:
		: "cc");
#endif
	*selector = selector_out;
	return HOSTX_OK;
}

#ifndef __x86_64__
#define hostx_str(selector) \
	((hostx_str)( \
		VMXGEN_NATURAL_PTR(selector, hostx_str)))
#endif

/**
 * hostx_wbinvd() - write back and invalidate the caches
 *
 * Executes WBINVD (NP 0F 09).
 * Writes every modified cache line back to memory and invalidates the
 * caches (the external ones too).  #GP at CPL > 0.
 * Intel SDM Vol. 2D, Chapter 6, WBINVD (Write Back and Invalidate Cache).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_wbinvd(void)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\twbinvd\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		:
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("wbinvd"
		:
		:
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

/**
 * hostx_wrmsr() - write a model-specific register
 * @msr: the MSR's address (ECX)
 * @low: bits 31:0 of the value (EAX)
 * @high: bits 63:32 of the value (EDX)
 *
 * Executes WRMSR (NP 0F 30).
 * Writes EDX:EAX ((at)high bits 63:32, (at)low bits 31:0) to the MSR
 * (at)msr (ECX).  #GP at CPL > 0, for an MSR that does not exist or a
 * value it does not take.
 * Intel SDM Vol. 2D, Chapter 6, WRMSR (Write to Model Specific Register).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_wrmsr(vmx_u32 msr, vmx_u32 low, vmx_u32 high)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\twrmsr\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [msr] "c" (msr),
		  [high] "d" (high),
		  [low] "a" (low)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("wrmsr"
		:
		: [msr] "c" (msr),
		  [high] "d" (high),
		  [low] "a" (low)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

/**
 * hostx_wrmsrns() - write a model-specific register, non-serializing
 * @msr: the MSR's address (ECX)
 * @low: bits 31:0 of the value (EAX)
 * @high: bits 63:32 of the value (EDX)
 *
 * Executes WRMSRNS (NP 0F 01 C6).
 * Writes EDX:EAX ((at)high bits 63:32, (at)low bits 31:0) to the MSR
 * (at)msr (ECX), as WRMSR does but without serializing the processor.  #GP
 * at CPL > 0, for an MSR that does not exist or a value it does not take;
 * #UD if CPUID.(EAX=07H,ECX=1):EAX.WRMSRNS[bit 19] = 0.
 * The asm text is the instruction's bytes, not its mnemonic: clang 14's
 * integrated assembler lacks the mnemonic (LLVM knows it from 16).
 * Intel SDM Vol. 2D, Chapter 6, WRMSRNS (Non-Serializing Write to Model Specific Register).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_wrmsrns(vmx_u32 msr, vmx_u32 low, vmx_u32 high)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\t.byte 0x0f, 0x01, 0xc6\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [msr] "c" (msr),
		  [high] "d" (high),
		  [low] "a" (low)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__(".byte 0x0f, 0x01, 0xc6"
		:
		: [msr] "c" (msr),
		  [high] "d" (high),
		  [low] "a" (low)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

/**
 * hostx_xgetbv() - read an extended control register
 * @xcr: the XCR's number (ECX)
 * @low: bits 31:0 of the XCR (EAX)
 * @high: bits 63:32 of the XCR (EDX)
 *
 * Executes XGETBV (NP 0F 01 D0).
 * Reads XCR (at)xcr (ECX; 0 is XCR0) into EDX:EAX ((at)high bits 63:32,
 * (at)low bits 31:0).  #UD with CR4.OSXSAVE = 0, #GP for an XCR that does
 * not exist.  Executes at any privilege level.
 * Intel SDM Vol. 2D, Chapter 6, XGETBV (Get Value of Extended Control Register).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_xgetbv(vmx_u32 xcr, vmx_u32 *low, vmx_u32 *high)
{
	vmx_u32 high_out;
	vmx_u32 low_out;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	vmx_u32 faulted;

	__asm__ __volatile__("xor %k[faulted], %k[faulted]\n771:\txgetbv\n772:\n\t"
		".subsection 1\n773:\tmov $1, %k[faulted]\n\t"
		"jmp 772b\n\t.previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "=&r" (faulted),
		  [high] "=d" (high_out),
		  [low] "=a" (low_out)
		: [xcr] "c" (xcr)
		: "cc");
	if (__builtin_expect(faulted, 0))
		return HOSTX_FAULT;
#else
	__asm__ __volatile__("xgetbv"
		: [high] "=d" (high_out),
		  [low] "=a" (low_out)
		: [xcr] "c" (xcr)
		: "cc");
#endif
	*high = high_out;
	*low = low_out;
	return HOSTX_OK;
}

/**
 * hostx_xsetbv() - write an extended control register
 * @xcr: the XCR's number (ECX)
 * @low: bits 31:0 of the value (EAX)
 * @high: bits 63:32 of the value (EDX)
 *
 * Executes XSETBV (NP 0F 01 D1).
 * Writes EDX:EAX ((at)high bits 63:32, (at)low bits 31:0) to XCR (at)xcr
 * (ECX; 0 is XCR0).  #GP at CPL > 0 or for a value the XCR does not take,
 * #UD with CR4.OSXSAVE = 0.
 * Intel SDM Vol. 2D, Chapter 6, XSETBV (Set Extended Control Register).
 *
 * Return: %HOSTX_OK; %HOSTX_FAULT (the instruction faulted) if a fault
 * hook (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum hostx_status
hostx_xsetbv(vmx_u32 xcr, vmx_u32 low, vmx_u32 high)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\txsetbv\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [xcr] "c" (xcr),
		  [high] "d" (high),
		  [low] "a" (low)
		: "cc", "memory"
		: fault);
	return HOSTX_OK;
fault:
	return HOSTX_FAULT;
#else
	__asm__ __volatile__("xsetbv"
		:
		: [xcr] "c" (xcr),
		  [high] "d" (high),
		  [low] "a" (low)
		: "cc", "memory");
	return HOSTX_OK;
#endif
}

#endif /* VMXGEN_HOSTX_INSN_H */
