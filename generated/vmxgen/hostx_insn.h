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
 * hostx_clts() - clear the task-switched flag in CR0
 *
 * Executes CLTS (NP 0F 06).
 * Clears CR0.TS.
 * It reports no status, so nothing is returned.
 * Intel SDM Vol. 2A, Chapter 3, CLTS (Clear Task-Switched Flag in CR0).
 */
static __always_inline void
hostx_clts(void)
{
	__asm__ __volatile__("771:\tclts\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, 772b)
		:
		:
		: "cc");
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
 * It reports no status, so nothing is returned.
 * Intel SDM Vol. 2A, Chapter 3, CPUID (CPU Identification).
 */
static __always_inline void
hostx_cpuid(vmx_u32 leaf, vmx_u32 subleaf, vmx_u32 *eax, vmx_u32 *ebx, vmx_u32 *ecx, vmx_u32 *edx)
{
	vmx_u32 eax_out;
	vmx_u32 ebx_out;
	vmx_u32 ecx_out;
	vmx_u32 edx_out;

	__asm__ __volatile__("771:\tcpuid\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, 772b)
		: [eax] "=a" (eax_out),
		  [ebx] "=b" (ebx_out),
		  [ecx] "=c" (ecx_out),
		  [edx] "=d" (edx_out)
		: [leaf] "a" (leaf),
		  [subleaf] "c" (subleaf)
		: "cc", "memory");
	*eax = eax_out;
	*ebx = ebx_out;
	*ecx = ecx_out;
	*edx = edx_out;
}

/**
 * hostx_hlt() - halt until an interrupt, NMI, SMI or reset
 *
 * Executes HLT (F4).
 * Stops executing instructions until an enabled interrupt, an NMI, an SMI,
 * INIT or a reset; execution resumes after HLT.  #GP at CPL > 0.
 * It reports no status, so nothing is returned.
 * Intel SDM Vol. 2A, Chapter 3, HLT (Halt).
 */
static __always_inline void
hostx_hlt(void)
{
	__asm__ __volatile__("771:\thlt\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, 772b)
		:
		:
		: "cc", "memory");
}

/**
 * hostx_pause() - spin-loop hint
 *
 * Executes PAUSE (F3 90).
 * Tells the processor the code is a spin-wait loop (and a hypervisor's
 * PAUSE-loop exiting sees it).  Executes at any privilege level; a NOP on
 * processors without it.
 * It reports no status, so nothing is returned.
 * Intel SDM Vol. 2B, Chapter 4, PAUSE (Spin Loop Hint).
 */
static __always_inline void
hostx_pause(void)
{
	__asm__ __volatile__("771:\tpause\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, 772b)
		:
		:
		: "cc", "memory");
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
 * It reports no status, so nothing is returned.
 * Intel SDM Vol. 2B, Chapter 4, RDMSR (Read from Model Specific Register).
 */
static __always_inline void
hostx_rdmsr(vmx_u32 msr, vmx_u32 *low, vmx_u32 *high)
{
	vmx_u32 high_out;
	vmx_u32 low_out;

	__asm__ __volatile__("771:\trdmsr\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, 772b)
		: [high] "=d" (high_out),
		  [low] "=a" (low_out)
		: [msr] "c" (msr)
		: "cc");
	*high = high_out;
	*low = low_out;
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
 * It reports no status, so nothing is returned.
 * Intel SDM Vol. 2B, Chapter 4, RDTSC (Read Time-Stamp Counter).
 */
static __always_inline void
hostx_rdtsc(vmx_u32 *low, vmx_u32 *high)
{
	vmx_u32 high_out;
	vmx_u32 low_out;

	__asm__ __volatile__("771:\trdtsc\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, 772b)
		: [high] "=d" (high_out),
		  [low] "=a" (low_out)
		:
		: "cc");
	*high = high_out;
	*low = low_out;
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
 * It reports no status, so nothing is returned.
 * Intel SDM Vol. 2B, Chapter 4, RDTSCP (Read Time-Stamp Counter and Processor ID).
 */
static __always_inline void
hostx_rdtscp(vmx_u32 *low, vmx_u32 *high, vmx_u32 *aux)
{
	vmx_u32 high_out;
	vmx_u32 low_out;
	vmx_u32 aux_out;

	__asm__ __volatile__("771:\trdtscp\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, 772b)
		: [high] "=d" (high_out),
		  [low] "=a" (low_out),
		  [aux] "=c" (aux_out)
		:
		: "cc");
	*high = high_out;
	*low = low_out;
	*aux = aux_out;
}

/**
 * hostx_wbinvd() - write back and invalidate the caches
 *
 * Executes WBINVD (NP 0F 09).
 * Writes every modified cache line back to memory and invalidates the
 * caches (the external ones too).  #GP at CPL > 0.
 * It reports no status, so nothing is returned.
 * Intel SDM Vol. 2D, Chapter 6, WBINVD (Write Back and Invalidate Cache).
 */
static __always_inline void
hostx_wbinvd(void)
{
	__asm__ __volatile__("771:\twbinvd\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, 772b)
		:
		:
		: "cc", "memory");
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
 * It reports no status, so nothing is returned.
 * Intel SDM Vol. 2B, Chapter 6, WRMSR (Write to Model Specific Register).
 */
static __always_inline void
hostx_wrmsr(vmx_u32 msr, vmx_u32 low, vmx_u32 high)
{
	__asm__ __volatile__("771:\twrmsr\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, 772b)
		:
		: [msr] "c" (msr),
		  [high] "d" (high),
		  [low] "a" (low)
		: "cc", "memory");
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
 * It reports no status, so nothing is returned.
 * Intel SDM Vol. 2C, Chapter 6, XGETBV (Get Value of Extended Control Register).
 */
static __always_inline void
hostx_xgetbv(vmx_u32 xcr, vmx_u32 *low, vmx_u32 *high)
{
	vmx_u32 high_out;
	vmx_u32 low_out;

	__asm__ __volatile__("771:\txgetbv\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, 772b)
		: [high] "=d" (high_out),
		  [low] "=a" (low_out)
		: [xcr] "c" (xcr)
		: "cc");
	*high = high_out;
	*low = low_out;
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
 * It reports no status, so nothing is returned.
 * Intel SDM Vol. 2C, Chapter 6, XSETBV (Set Extended Control Register).
 */
static __always_inline void
hostx_xsetbv(vmx_u32 xcr, vmx_u32 low, vmx_u32 high)
{
	__asm__ __volatile__("771:\txsetbv\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, 772b)
		:
		: [xcr] "c" (xcr),
		  [high] "d" (high),
		  [low] "a" (low)
		: "cc", "memory");
}

#endif /* VMXGEN_HOSTX_INSN_H */
