/* SPDX-License-Identifier: MIT */
/*
 * DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
 * (template gen/backends/c/templates/insn.h.j2).  Edit the spec and run make.
 */
/*
 * x86 host instructions instruction wrappers.  Each one builds any memory
 * operand as a C object passed to the asm as "m", so the compiler cannot
 * drop or move the stores that fill it.
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
	vmx_u32 faulted = 1;

	__asm__ __volatile__("771:\tcpuid\n\t"
		"xor %k[faulted], %k[faulted]\n773:\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "+r" (faulted),
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
	vmx_u32 faulted = 1;

	__asm__ __volatile__("771:\trdmsr\n\t"
		"xor %k[faulted], %k[faulted]\n773:\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "+r" (faulted),
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
	vmx_u32 faulted = 1;

	__asm__ __volatile__("771:\trdtsc\n\t"
		"xor %k[faulted], %k[faulted]\n773:\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "+r" (faulted),
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
	vmx_u32 faulted = 1;

	__asm__ __volatile__("771:\trdtscp\n\t"
		"xor %k[faulted], %k[faulted]\n773:\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "+r" (faulted),
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
 * Intel SDM Vol. 2B, Chapter 6, WRMSR (Write to Model Specific Register).
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
 * hostx_xgetbv() - read an extended control register
 * @xcr: the XCR's number (ECX)
 * @low: bits 31:0 of the XCR (EAX)
 * @high: bits 63:32 of the XCR (EDX)
 *
 * Executes XGETBV (NP 0F 01 D0).
 * Reads XCR (at)xcr (ECX; 0 is XCR0) into EDX:EAX ((at)high bits 63:32,
 * (at)low bits 31:0).  #UD with CR4.OSXSAVE = 0, #GP for an XCR that does
 * not exist.  Executes at any privilege level.
 * Intel SDM Vol. 2C, Chapter 6, XGETBV (Get Value of Extended Control Register).
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
	vmx_u32 faulted = 1;

	__asm__ __volatile__("771:\txgetbv\n\t"
		"xor %k[faulted], %k[faulted]\n773:\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [faulted] "+r" (faulted),
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
 * Intel SDM Vol. 2C, Chapter 6, XSETBV (Set Extended Control Register).
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
