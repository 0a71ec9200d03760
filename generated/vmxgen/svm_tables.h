/* SPDX-License-Identifier: MIT */
/*
 * DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
 * (template gen/backends/c/templates/tables.h.j2).  Edit the spec and run make.
 */
/*
 * AMD SVM: exit reasons, MSRs and CPUID bits.
 */
#ifndef VMXGEN_SVM_TABLES_H
#define VMXGEN_SVM_TABLES_H

#include <vmxgen/svm_insn.h>

/**
 * enum svm_exit_code - #VMEXIT codes (EXITCODE, VMCB offset 070h)
 * @SVM_EXIT_CODE_CR0_READ: read of CR0
 * @SVM_EXIT_CODE_CR1_READ: read of CR1
 * @SVM_EXIT_CODE_CR2_READ: read of CR2
 * @SVM_EXIT_CODE_CR3_READ: read of CR3
 * @SVM_EXIT_CODE_CR4_READ: read of CR4
 * @SVM_EXIT_CODE_CR5_READ: read of CR5
 * @SVM_EXIT_CODE_CR6_READ: read of CR6
 * @SVM_EXIT_CODE_CR7_READ: read of CR7
 * @SVM_EXIT_CODE_CR8_READ: read of CR8
 * @SVM_EXIT_CODE_CR9_READ: read of CR9
 * @SVM_EXIT_CODE_CR10_READ: read of CR10
 * @SVM_EXIT_CODE_CR11_READ: read of CR11
 * @SVM_EXIT_CODE_CR12_READ: read of CR12
 * @SVM_EXIT_CODE_CR13_READ: read of CR13
 * @SVM_EXIT_CODE_CR14_READ: read of CR14
 * @SVM_EXIT_CODE_CR15_READ: read of CR15
 * @SVM_EXIT_CODE_CR0_WRITE: write of CR0
 * @SVM_EXIT_CODE_CR1_WRITE: write of CR1
 * @SVM_EXIT_CODE_CR2_WRITE: write of CR2
 * @SVM_EXIT_CODE_CR3_WRITE: write of CR3
 * @SVM_EXIT_CODE_CR4_WRITE: write of CR4
 * @SVM_EXIT_CODE_CR5_WRITE: write of CR5
 * @SVM_EXIT_CODE_CR6_WRITE: write of CR6
 * @SVM_EXIT_CODE_CR7_WRITE: write of CR7
 * @SVM_EXIT_CODE_CR8_WRITE: write of CR8
 * @SVM_EXIT_CODE_CR9_WRITE: write of CR9
 * @SVM_EXIT_CODE_CR10_WRITE: write of CR10
 * @SVM_EXIT_CODE_CR11_WRITE: write of CR11
 * @SVM_EXIT_CODE_CR12_WRITE: write of CR12
 * @SVM_EXIT_CODE_CR13_WRITE: write of CR13
 * @SVM_EXIT_CODE_CR14_WRITE: write of CR14
 * @SVM_EXIT_CODE_CR15_WRITE: write of CR15
 * @SVM_EXIT_CODE_DR0_READ: read of DR0
 * @SVM_EXIT_CODE_DR1_READ: read of DR1
 * @SVM_EXIT_CODE_DR2_READ: read of DR2
 * @SVM_EXIT_CODE_DR3_READ: read of DR3
 * @SVM_EXIT_CODE_DR4_READ: read of DR4
 * @SVM_EXIT_CODE_DR5_READ: read of DR5
 * @SVM_EXIT_CODE_DR6_READ: read of DR6
 * @SVM_EXIT_CODE_DR7_READ: read of DR7
 * @SVM_EXIT_CODE_DR8_READ: read of DR8
 * @SVM_EXIT_CODE_DR9_READ: read of DR9
 * @SVM_EXIT_CODE_DR10_READ: read of DR10
 * @SVM_EXIT_CODE_DR11_READ: read of DR11
 * @SVM_EXIT_CODE_DR12_READ: read of DR12
 * @SVM_EXIT_CODE_DR13_READ: read of DR13
 * @SVM_EXIT_CODE_DR14_READ: read of DR14
 * @SVM_EXIT_CODE_DR15_READ: read of DR15
 * @SVM_EXIT_CODE_DR0_WRITE: write of DR0
 * @SVM_EXIT_CODE_DR1_WRITE: write of DR1
 * @SVM_EXIT_CODE_DR2_WRITE: write of DR2
 * @SVM_EXIT_CODE_DR3_WRITE: write of DR3
 * @SVM_EXIT_CODE_DR4_WRITE: write of DR4
 * @SVM_EXIT_CODE_DR5_WRITE: write of DR5
 * @SVM_EXIT_CODE_DR6_WRITE: write of DR6
 * @SVM_EXIT_CODE_DR7_WRITE: write of DR7
 * @SVM_EXIT_CODE_DR8_WRITE: write of DR8
 * @SVM_EXIT_CODE_DR9_WRITE: write of DR9
 * @SVM_EXIT_CODE_DR10_WRITE: write of DR10
 * @SVM_EXIT_CODE_DR11_WRITE: write of DR11
 * @SVM_EXIT_CODE_DR12_WRITE: write of DR12
 * @SVM_EXIT_CODE_DR13_WRITE: write of DR13
 * @SVM_EXIT_CODE_DR14_WRITE: write of DR14
 * @SVM_EXIT_CODE_DR15_WRITE: write of DR15
 * @SVM_EXIT_CODE_EXCP_DE: exception #DE, divide error (vector 0)
 * @SVM_EXIT_CODE_EXCP_DB: exception #DB, debug (vector 1)
 * @SVM_EXIT_CODE_EXCP_NMI: exception NMI (vector 2) (vector 2)
 * @SVM_EXIT_CODE_EXCP_BP: exception #BP, breakpoint (vector 3)
 * @SVM_EXIT_CODE_EXCP_OF: exception #OF, overflow (vector 4)
 * @SVM_EXIT_CODE_EXCP_BR: exception #BR, bound range (vector 5)
 * @SVM_EXIT_CODE_EXCP_UD: exception #UD, invalid opcode (vector 6)
 * @SVM_EXIT_CODE_EXCP_NM: exception #NM, device not available (vector 7)
 * @SVM_EXIT_CODE_EXCP_DF: exception #DF, double fault (vector 8)
 * @SVM_EXIT_CODE_EXCP_9: exception vector 9 (reserved vector)
 * @SVM_EXIT_CODE_EXCP_TS: exception #TS, invalid TSS (vector 10)
 * @SVM_EXIT_CODE_EXCP_NP: exception #NP, segment not present (vector 11)
 * @SVM_EXIT_CODE_EXCP_SS: exception #SS, stack fault (vector 12)
 * @SVM_EXIT_CODE_EXCP_GP: exception #GP, general protection (vector 13)
 * @SVM_EXIT_CODE_EXCP_PF: exception #PF, page fault (vector 14)
 * @SVM_EXIT_CODE_EXCP_15: exception vector 15 (reserved vector)
 * @SVM_EXIT_CODE_EXCP_MF: exception #MF, x87 floating-point (vector 16)
 * @SVM_EXIT_CODE_EXCP_AC: exception #AC, alignment check (vector 17)
 * @SVM_EXIT_CODE_EXCP_MC: exception #MC, machine check (vector 18)
 * @SVM_EXIT_CODE_EXCP_XF: exception #XF, SIMD floating-point (vector 19)
 * @SVM_EXIT_CODE_EXCP_20: exception vector 20 (reserved vector)
 * @SVM_EXIT_CODE_EXCP_CP: exception #CP, control protection (vector 21)
 * @SVM_EXIT_CODE_EXCP_22: exception vector 22 (reserved vector)
 * @SVM_EXIT_CODE_EXCP_23: exception vector 23 (reserved vector)
 * @SVM_EXIT_CODE_EXCP_24: exception vector 24 (reserved vector)
 * @SVM_EXIT_CODE_EXCP_25: exception vector 25 (reserved vector)
 * @SVM_EXIT_CODE_EXCP_26: exception vector 26 (reserved vector)
 * @SVM_EXIT_CODE_EXCP_27: exception vector 27 (reserved vector)
 * @SVM_EXIT_CODE_EXCP_HV: exception #HV, hypervisor injection (vector 28)
 * @SVM_EXIT_CODE_EXCP_VC: exception #VC, VMM communication (vector 29)
 * @SVM_EXIT_CODE_EXCP_SX: exception #SX, security (vector 30)
 * @SVM_EXIT_CODE_EXCP_31: exception vector 31 (reserved vector)
 * @SVM_EXIT_CODE_INTR: physical INTR (maskable interrupt)
 * @SVM_EXIT_CODE_NMI: physical NMI
 * @SVM_EXIT_CODE_SMI: physical SMI
 * @SVM_EXIT_CODE_INIT: physical INIT
 * @SVM_EXIT_CODE_VINTR: virtual INTR
 * @SVM_EXIT_CODE_CR0_SEL_WRITE: write of CR0 that changed bits other than TS
 *	or MP
 * @SVM_EXIT_CODE_IDTR_READ: read of IDTR
 * @SVM_EXIT_CODE_GDTR_READ: read of GDTR
 * @SVM_EXIT_CODE_LDTR_READ: read of LDTR
 * @SVM_EXIT_CODE_TR_READ: read of TR
 * @SVM_EXIT_CODE_IDTR_WRITE: write of IDTR
 * @SVM_EXIT_CODE_GDTR_WRITE: write of GDTR
 * @SVM_EXIT_CODE_LDTR_WRITE: write of LDTR
 * @SVM_EXIT_CODE_TR_WRITE: write of TR
 * @SVM_EXIT_CODE_RDTSC: RDTSC
 * @SVM_EXIT_CODE_RDPMC: RDPMC
 * @SVM_EXIT_CODE_PUSHF: PUSHF
 * @SVM_EXIT_CODE_POPF: POPF
 * @SVM_EXIT_CODE_CPUID: CPUID
 * @SVM_EXIT_CODE_RSM: RSM
 * @SVM_EXIT_CODE_IRET: IRET
 * @SVM_EXIT_CODE_SWINT: software interrupt (INTn)
 * @SVM_EXIT_CODE_INVD: INVD
 * @SVM_EXIT_CODE_PAUSE: PAUSE
 * @SVM_EXIT_CODE_HLT: HLT
 * @SVM_EXIT_CODE_INVLPG: INVLPG
 * @SVM_EXIT_CODE_INVLPGA: INVLPGA
 * @SVM_EXIT_CODE_IOIO: IN or OUT accessing protected port
 * @SVM_EXIT_CODE_MSR: RDMSR or WRMSR access to protected MSR
 * @SVM_EXIT_CODE_TASK_SWITCH: task switch
 * @SVM_EXIT_CODE_FERR_FREEZE: FP error freeze
 * @SVM_EXIT_CODE_SHUTDOWN: shutdown
 * @SVM_EXIT_CODE_VMRUN: VMRUN
 * @SVM_EXIT_CODE_VMMCALL: VMMCALL
 * @SVM_EXIT_CODE_VMLOAD: VMLOAD
 * @SVM_EXIT_CODE_VMSAVE: VMSAVE
 * @SVM_EXIT_CODE_STGI: STGI
 * @SVM_EXIT_CODE_CLGI: CLGI
 * @SVM_EXIT_CODE_SKINIT: SKINIT
 * @SVM_EXIT_CODE_RDTSCP: RDTSCP
 * @SVM_EXIT_CODE_ICEBP: ICEBP
 * @SVM_EXIT_CODE_WBINVD: WBINVD or WBNOINVD
 * @SVM_EXIT_CODE_MONITOR: MONITOR or MONITORX
 * @SVM_EXIT_CODE_MWAIT: MWAIT or MWAITX
 * @SVM_EXIT_CODE_MWAIT_CONDITIONAL: MWAIT or MWAITX with the monitor hardware
 *	armed
 * @SVM_EXIT_CODE_XSETBV: XSETBV
 * @SVM_EXIT_CODE_RDPRU: RDPRU
 * @SVM_EXIT_CODE_EFER_WRITE_TRAP: write of EFER, after it completed (a trap)
 * @SVM_EXIT_CODE_CR0_WRITE_TRAP: write of CR0, after it completed (a trap)
 * @SVM_EXIT_CODE_CR1_WRITE_TRAP: write of CR1, after it completed (a trap)
 * @SVM_EXIT_CODE_CR2_WRITE_TRAP: write of CR2, after it completed (a trap)
 * @SVM_EXIT_CODE_CR3_WRITE_TRAP: write of CR3, after it completed (a trap)
 * @SVM_EXIT_CODE_CR4_WRITE_TRAP: write of CR4, after it completed (a trap)
 * @SVM_EXIT_CODE_CR5_WRITE_TRAP: write of CR5, after it completed (a trap)
 * @SVM_EXIT_CODE_CR6_WRITE_TRAP: write of CR6, after it completed (a trap)
 * @SVM_EXIT_CODE_CR7_WRITE_TRAP: write of CR7, after it completed (a trap)
 * @SVM_EXIT_CODE_CR8_WRITE_TRAP: write of CR8, after it completed (a trap)
 * @SVM_EXIT_CODE_CR9_WRITE_TRAP: write of CR9, after it completed (a trap)
 * @SVM_EXIT_CODE_CR10_WRITE_TRAP: write of CR10, after it completed (a trap)
 * @SVM_EXIT_CODE_CR11_WRITE_TRAP: write of CR11, after it completed (a trap)
 * @SVM_EXIT_CODE_CR12_WRITE_TRAP: write of CR12, after it completed (a trap)
 * @SVM_EXIT_CODE_CR13_WRITE_TRAP: write of CR13, after it completed (a trap)
 * @SVM_EXIT_CODE_CR14_WRITE_TRAP: write of CR14, after it completed (a trap)
 * @SVM_EXIT_CODE_CR15_WRITE_TRAP: write of CR15, after it completed (a trap)
 * @SVM_EXIT_CODE_INVLPGB: INVLPGB
 * @SVM_EXIT_CODE_INVLPGB_ILLEGAL: INVLPGB with an illegal operand
 * @SVM_EXIT_CODE_INVPCID: INVPCID
 * @SVM_EXIT_CODE_MCOMMIT: MCOMMIT
 * @SVM_EXIT_CODE_TLBSYNC: TLBSYNC
 * @SVM_EXIT_CODE_BUSLOCK: bus lock with the bus lock counter at zero
 * @SVM_EXIT_CODE_IDLE_HLT: HLT with no virtual interrupt or NMI pending (idle
 *	HLT intercept)
 * @SVM_EXIT_CODE_NPF: nested page fault (EXITINFO1: layout npf_exit_info_1;
 *	EXITINFO2: the guest physical address)
 * @SVM_EXIT_CODE_AVIC_INCOMPLETE_IPI: AVIC: an IPI that could not be delivered
 *	to every target
 * @SVM_EXIT_CODE_AVIC_NOACCEL: AVIC: a virtual APIC access that is not
 *	accelerated
 * @SVM_EXIT_CODE_VMGEXIT: VMGEXIT
 * @SVM_EXIT_CODE_INVALID: VMEXIT_INVALID: invalid guest state in the VMCB
 *	(VMRUN failed)
 * @SVM_EXIT_CODE_BUSY: VMEXIT_BUSY: the BUSY bit was set in the encrypted VMSA
 * @SVM_EXIT_CODE_IDLE_REQUIRED: VMEXIT_IDLE_REQUIRED: the sibling thread is
 *	not in an idle state
 * @SVM_EXIT_CODE_INVALID_PMC: VMEXIT_INVALID_PMC: invalid PMC state
 *
 * AMD APM Vol. 2, Appendix C (SVM Intercept Exit Codes), Table C-1.
 */
enum svm_exit_code {
	SVM_EXIT_CODE_CR0_READ = 0x0,
	SVM_EXIT_CODE_CR1_READ = 0x1,
	SVM_EXIT_CODE_CR2_READ = 0x2,
	SVM_EXIT_CODE_CR3_READ = 0x3,
	SVM_EXIT_CODE_CR4_READ = 0x4,
	SVM_EXIT_CODE_CR5_READ = 0x5,
	SVM_EXIT_CODE_CR6_READ = 0x6,
	SVM_EXIT_CODE_CR7_READ = 0x7,
	SVM_EXIT_CODE_CR8_READ = 0x8,
	SVM_EXIT_CODE_CR9_READ = 0x9,
	SVM_EXIT_CODE_CR10_READ = 0xa,
	SVM_EXIT_CODE_CR11_READ = 0xb,
	SVM_EXIT_CODE_CR12_READ = 0xc,
	SVM_EXIT_CODE_CR13_READ = 0xd,
	SVM_EXIT_CODE_CR14_READ = 0xe,
	SVM_EXIT_CODE_CR15_READ = 0xf,
	SVM_EXIT_CODE_CR0_WRITE = 0x10,
	SVM_EXIT_CODE_CR1_WRITE = 0x11,
	SVM_EXIT_CODE_CR2_WRITE = 0x12,
	SVM_EXIT_CODE_CR3_WRITE = 0x13,
	SVM_EXIT_CODE_CR4_WRITE = 0x14,
	SVM_EXIT_CODE_CR5_WRITE = 0x15,
	SVM_EXIT_CODE_CR6_WRITE = 0x16,
	SVM_EXIT_CODE_CR7_WRITE = 0x17,
	SVM_EXIT_CODE_CR8_WRITE = 0x18,
	SVM_EXIT_CODE_CR9_WRITE = 0x19,
	SVM_EXIT_CODE_CR10_WRITE = 0x1a,
	SVM_EXIT_CODE_CR11_WRITE = 0x1b,
	SVM_EXIT_CODE_CR12_WRITE = 0x1c,
	SVM_EXIT_CODE_CR13_WRITE = 0x1d,
	SVM_EXIT_CODE_CR14_WRITE = 0x1e,
	SVM_EXIT_CODE_CR15_WRITE = 0x1f,
	SVM_EXIT_CODE_DR0_READ = 0x20,
	SVM_EXIT_CODE_DR1_READ = 0x21,
	SVM_EXIT_CODE_DR2_READ = 0x22,
	SVM_EXIT_CODE_DR3_READ = 0x23,
	SVM_EXIT_CODE_DR4_READ = 0x24,
	SVM_EXIT_CODE_DR5_READ = 0x25,
	SVM_EXIT_CODE_DR6_READ = 0x26,
	SVM_EXIT_CODE_DR7_READ = 0x27,
	SVM_EXIT_CODE_DR8_READ = 0x28,
	SVM_EXIT_CODE_DR9_READ = 0x29,
	SVM_EXIT_CODE_DR10_READ = 0x2a,
	SVM_EXIT_CODE_DR11_READ = 0x2b,
	SVM_EXIT_CODE_DR12_READ = 0x2c,
	SVM_EXIT_CODE_DR13_READ = 0x2d,
	SVM_EXIT_CODE_DR14_READ = 0x2e,
	SVM_EXIT_CODE_DR15_READ = 0x2f,
	SVM_EXIT_CODE_DR0_WRITE = 0x30,
	SVM_EXIT_CODE_DR1_WRITE = 0x31,
	SVM_EXIT_CODE_DR2_WRITE = 0x32,
	SVM_EXIT_CODE_DR3_WRITE = 0x33,
	SVM_EXIT_CODE_DR4_WRITE = 0x34,
	SVM_EXIT_CODE_DR5_WRITE = 0x35,
	SVM_EXIT_CODE_DR6_WRITE = 0x36,
	SVM_EXIT_CODE_DR7_WRITE = 0x37,
	SVM_EXIT_CODE_DR8_WRITE = 0x38,
	SVM_EXIT_CODE_DR9_WRITE = 0x39,
	SVM_EXIT_CODE_DR10_WRITE = 0x3a,
	SVM_EXIT_CODE_DR11_WRITE = 0x3b,
	SVM_EXIT_CODE_DR12_WRITE = 0x3c,
	SVM_EXIT_CODE_DR13_WRITE = 0x3d,
	SVM_EXIT_CODE_DR14_WRITE = 0x3e,
	SVM_EXIT_CODE_DR15_WRITE = 0x3f,
	SVM_EXIT_CODE_EXCP_DE = 0x40,
	SVM_EXIT_CODE_EXCP_DB = 0x41,
	SVM_EXIT_CODE_EXCP_NMI = 0x42,
	SVM_EXIT_CODE_EXCP_BP = 0x43,
	SVM_EXIT_CODE_EXCP_OF = 0x44,
	SVM_EXIT_CODE_EXCP_BR = 0x45,
	SVM_EXIT_CODE_EXCP_UD = 0x46,
	SVM_EXIT_CODE_EXCP_NM = 0x47,
	SVM_EXIT_CODE_EXCP_DF = 0x48,
	SVM_EXIT_CODE_EXCP_9 = 0x49,
	SVM_EXIT_CODE_EXCP_TS = 0x4a,
	SVM_EXIT_CODE_EXCP_NP = 0x4b,
	SVM_EXIT_CODE_EXCP_SS = 0x4c,
	SVM_EXIT_CODE_EXCP_GP = 0x4d,
	SVM_EXIT_CODE_EXCP_PF = 0x4e,
	SVM_EXIT_CODE_EXCP_15 = 0x4f,
	SVM_EXIT_CODE_EXCP_MF = 0x50,
	SVM_EXIT_CODE_EXCP_AC = 0x51,
	SVM_EXIT_CODE_EXCP_MC = 0x52,
	SVM_EXIT_CODE_EXCP_XF = 0x53,
	SVM_EXIT_CODE_EXCP_20 = 0x54,
	SVM_EXIT_CODE_EXCP_CP = 0x55,
	SVM_EXIT_CODE_EXCP_22 = 0x56,
	SVM_EXIT_CODE_EXCP_23 = 0x57,
	SVM_EXIT_CODE_EXCP_24 = 0x58,
	SVM_EXIT_CODE_EXCP_25 = 0x59,
	SVM_EXIT_CODE_EXCP_26 = 0x5a,
	SVM_EXIT_CODE_EXCP_27 = 0x5b,
	SVM_EXIT_CODE_EXCP_HV = 0x5c,
	SVM_EXIT_CODE_EXCP_VC = 0x5d,
	SVM_EXIT_CODE_EXCP_SX = 0x5e,
	SVM_EXIT_CODE_EXCP_31 = 0x5f,
	SVM_EXIT_CODE_INTR = 0x60,
	SVM_EXIT_CODE_NMI = 0x61,
	SVM_EXIT_CODE_SMI = 0x62,
	SVM_EXIT_CODE_INIT = 0x63,
	SVM_EXIT_CODE_VINTR = 0x64,
	SVM_EXIT_CODE_CR0_SEL_WRITE = 0x65,
	SVM_EXIT_CODE_IDTR_READ = 0x66,
	SVM_EXIT_CODE_GDTR_READ = 0x67,
	SVM_EXIT_CODE_LDTR_READ = 0x68,
	SVM_EXIT_CODE_TR_READ = 0x69,
	SVM_EXIT_CODE_IDTR_WRITE = 0x6a,
	SVM_EXIT_CODE_GDTR_WRITE = 0x6b,
	SVM_EXIT_CODE_LDTR_WRITE = 0x6c,
	SVM_EXIT_CODE_TR_WRITE = 0x6d,
	SVM_EXIT_CODE_RDTSC = 0x6e,
	SVM_EXIT_CODE_RDPMC = 0x6f,
	SVM_EXIT_CODE_PUSHF = 0x70,
	SVM_EXIT_CODE_POPF = 0x71,
	SVM_EXIT_CODE_CPUID = 0x72,
	SVM_EXIT_CODE_RSM = 0x73,
	SVM_EXIT_CODE_IRET = 0x74,
	SVM_EXIT_CODE_SWINT = 0x75,
	SVM_EXIT_CODE_INVD = 0x76,
	SVM_EXIT_CODE_PAUSE = 0x77,
	SVM_EXIT_CODE_HLT = 0x78,
	SVM_EXIT_CODE_INVLPG = 0x79,
	SVM_EXIT_CODE_INVLPGA = 0x7a,
	SVM_EXIT_CODE_IOIO = 0x7b,
	SVM_EXIT_CODE_MSR = 0x7c,
	SVM_EXIT_CODE_TASK_SWITCH = 0x7d,
	SVM_EXIT_CODE_FERR_FREEZE = 0x7e,
	SVM_EXIT_CODE_SHUTDOWN = 0x7f,
	SVM_EXIT_CODE_VMRUN = 0x80,
	SVM_EXIT_CODE_VMMCALL = 0x81,
	SVM_EXIT_CODE_VMLOAD = 0x82,
	SVM_EXIT_CODE_VMSAVE = 0x83,
	SVM_EXIT_CODE_STGI = 0x84,
	SVM_EXIT_CODE_CLGI = 0x85,
	SVM_EXIT_CODE_SKINIT = 0x86,
	SVM_EXIT_CODE_RDTSCP = 0x87,
	SVM_EXIT_CODE_ICEBP = 0x88,
	SVM_EXIT_CODE_WBINVD = 0x89,
	SVM_EXIT_CODE_MONITOR = 0x8a,
	SVM_EXIT_CODE_MWAIT = 0x8b,
	SVM_EXIT_CODE_MWAIT_CONDITIONAL = 0x8c,
	SVM_EXIT_CODE_XSETBV = 0x8d,
	SVM_EXIT_CODE_RDPRU = 0x8e,
	SVM_EXIT_CODE_EFER_WRITE_TRAP = 0x8f,
	SVM_EXIT_CODE_CR0_WRITE_TRAP = 0x90,
	SVM_EXIT_CODE_CR1_WRITE_TRAP = 0x91,
	SVM_EXIT_CODE_CR2_WRITE_TRAP = 0x92,
	SVM_EXIT_CODE_CR3_WRITE_TRAP = 0x93,
	SVM_EXIT_CODE_CR4_WRITE_TRAP = 0x94,
	SVM_EXIT_CODE_CR5_WRITE_TRAP = 0x95,
	SVM_EXIT_CODE_CR6_WRITE_TRAP = 0x96,
	SVM_EXIT_CODE_CR7_WRITE_TRAP = 0x97,
	SVM_EXIT_CODE_CR8_WRITE_TRAP = 0x98,
	SVM_EXIT_CODE_CR9_WRITE_TRAP = 0x99,
	SVM_EXIT_CODE_CR10_WRITE_TRAP = 0x9a,
	SVM_EXIT_CODE_CR11_WRITE_TRAP = 0x9b,
	SVM_EXIT_CODE_CR12_WRITE_TRAP = 0x9c,
	SVM_EXIT_CODE_CR13_WRITE_TRAP = 0x9d,
	SVM_EXIT_CODE_CR14_WRITE_TRAP = 0x9e,
	SVM_EXIT_CODE_CR15_WRITE_TRAP = 0x9f,
	SVM_EXIT_CODE_INVLPGB = 0xa0,
	SVM_EXIT_CODE_INVLPGB_ILLEGAL = 0xa1,
	SVM_EXIT_CODE_INVPCID = 0xa2,
	SVM_EXIT_CODE_MCOMMIT = 0xa3,
	SVM_EXIT_CODE_TLBSYNC = 0xa4,
	SVM_EXIT_CODE_BUSLOCK = 0xa5,
	SVM_EXIT_CODE_IDLE_HLT = 0xa6,
	SVM_EXIT_CODE_NPF = 0x400,
	SVM_EXIT_CODE_AVIC_INCOMPLETE_IPI = 0x401,
	SVM_EXIT_CODE_AVIC_NOACCEL = 0x402,
	SVM_EXIT_CODE_VMGEXIT = 0x403,
	SVM_EXIT_CODE_INVALID = -1,
	SVM_EXIT_CODE_BUSY = -2,
	SVM_EXIT_CODE_IDLE_REQUIRED = -3,
	SVM_EXIT_CODE_INVALID_PMC = -4,
};

/**
 * svm_exit_code_name() - the name of a value of enum svm_exit_code
 * @exit_code: the value, all 64 bits (negative codes as the CPU stores them)
 *
 * Return: e.g. "VMRUN", or NULL for a number the APM does not assign.
 */
static inline const char *svm_exit_code_name(vmx_u64 exit_code)
{
	switch (exit_code) {
	case 0x0ULL: return "CR0_READ";
	case 0x1ULL: return "CR1_READ";
	case 0x2ULL: return "CR2_READ";
	case 0x3ULL: return "CR3_READ";
	case 0x4ULL: return "CR4_READ";
	case 0x5ULL: return "CR5_READ";
	case 0x6ULL: return "CR6_READ";
	case 0x7ULL: return "CR7_READ";
	case 0x8ULL: return "CR8_READ";
	case 0x9ULL: return "CR9_READ";
	case 0xaULL: return "CR10_READ";
	case 0xbULL: return "CR11_READ";
	case 0xcULL: return "CR12_READ";
	case 0xdULL: return "CR13_READ";
	case 0xeULL: return "CR14_READ";
	case 0xfULL: return "CR15_READ";
	case 0x10ULL: return "CR0_WRITE";
	case 0x11ULL: return "CR1_WRITE";
	case 0x12ULL: return "CR2_WRITE";
	case 0x13ULL: return "CR3_WRITE";
	case 0x14ULL: return "CR4_WRITE";
	case 0x15ULL: return "CR5_WRITE";
	case 0x16ULL: return "CR6_WRITE";
	case 0x17ULL: return "CR7_WRITE";
	case 0x18ULL: return "CR8_WRITE";
	case 0x19ULL: return "CR9_WRITE";
	case 0x1aULL: return "CR10_WRITE";
	case 0x1bULL: return "CR11_WRITE";
	case 0x1cULL: return "CR12_WRITE";
	case 0x1dULL: return "CR13_WRITE";
	case 0x1eULL: return "CR14_WRITE";
	case 0x1fULL: return "CR15_WRITE";
	case 0x20ULL: return "DR0_READ";
	case 0x21ULL: return "DR1_READ";
	case 0x22ULL: return "DR2_READ";
	case 0x23ULL: return "DR3_READ";
	case 0x24ULL: return "DR4_READ";
	case 0x25ULL: return "DR5_READ";
	case 0x26ULL: return "DR6_READ";
	case 0x27ULL: return "DR7_READ";
	case 0x28ULL: return "DR8_READ";
	case 0x29ULL: return "DR9_READ";
	case 0x2aULL: return "DR10_READ";
	case 0x2bULL: return "DR11_READ";
	case 0x2cULL: return "DR12_READ";
	case 0x2dULL: return "DR13_READ";
	case 0x2eULL: return "DR14_READ";
	case 0x2fULL: return "DR15_READ";
	case 0x30ULL: return "DR0_WRITE";
	case 0x31ULL: return "DR1_WRITE";
	case 0x32ULL: return "DR2_WRITE";
	case 0x33ULL: return "DR3_WRITE";
	case 0x34ULL: return "DR4_WRITE";
	case 0x35ULL: return "DR5_WRITE";
	case 0x36ULL: return "DR6_WRITE";
	case 0x37ULL: return "DR7_WRITE";
	case 0x38ULL: return "DR8_WRITE";
	case 0x39ULL: return "DR9_WRITE";
	case 0x3aULL: return "DR10_WRITE";
	case 0x3bULL: return "DR11_WRITE";
	case 0x3cULL: return "DR12_WRITE";
	case 0x3dULL: return "DR13_WRITE";
	case 0x3eULL: return "DR14_WRITE";
	case 0x3fULL: return "DR15_WRITE";
	case 0x40ULL: return "EXCP_DE";
	case 0x41ULL: return "EXCP_DB";
	case 0x42ULL: return "EXCP_NMI";
	case 0x43ULL: return "EXCP_BP";
	case 0x44ULL: return "EXCP_OF";
	case 0x45ULL: return "EXCP_BR";
	case 0x46ULL: return "EXCP_UD";
	case 0x47ULL: return "EXCP_NM";
	case 0x48ULL: return "EXCP_DF";
	case 0x49ULL: return "EXCP_9";
	case 0x4aULL: return "EXCP_TS";
	case 0x4bULL: return "EXCP_NP";
	case 0x4cULL: return "EXCP_SS";
	case 0x4dULL: return "EXCP_GP";
	case 0x4eULL: return "EXCP_PF";
	case 0x4fULL: return "EXCP_15";
	case 0x50ULL: return "EXCP_MF";
	case 0x51ULL: return "EXCP_AC";
	case 0x52ULL: return "EXCP_MC";
	case 0x53ULL: return "EXCP_XF";
	case 0x54ULL: return "EXCP_20";
	case 0x55ULL: return "EXCP_CP";
	case 0x56ULL: return "EXCP_22";
	case 0x57ULL: return "EXCP_23";
	case 0x58ULL: return "EXCP_24";
	case 0x59ULL: return "EXCP_25";
	case 0x5aULL: return "EXCP_26";
	case 0x5bULL: return "EXCP_27";
	case 0x5cULL: return "EXCP_HV";
	case 0x5dULL: return "EXCP_VC";
	case 0x5eULL: return "EXCP_SX";
	case 0x5fULL: return "EXCP_31";
	case 0x60ULL: return "INTR";
	case 0x61ULL: return "NMI";
	case 0x62ULL: return "SMI";
	case 0x63ULL: return "INIT";
	case 0x64ULL: return "VINTR";
	case 0x65ULL: return "CR0_SEL_WRITE";
	case 0x66ULL: return "IDTR_READ";
	case 0x67ULL: return "GDTR_READ";
	case 0x68ULL: return "LDTR_READ";
	case 0x69ULL: return "TR_READ";
	case 0x6aULL: return "IDTR_WRITE";
	case 0x6bULL: return "GDTR_WRITE";
	case 0x6cULL: return "LDTR_WRITE";
	case 0x6dULL: return "TR_WRITE";
	case 0x6eULL: return "RDTSC";
	case 0x6fULL: return "RDPMC";
	case 0x70ULL: return "PUSHF";
	case 0x71ULL: return "POPF";
	case 0x72ULL: return "CPUID";
	case 0x73ULL: return "RSM";
	case 0x74ULL: return "IRET";
	case 0x75ULL: return "SWINT";
	case 0x76ULL: return "INVD";
	case 0x77ULL: return "PAUSE";
	case 0x78ULL: return "HLT";
	case 0x79ULL: return "INVLPG";
	case 0x7aULL: return "INVLPGA";
	case 0x7bULL: return "IOIO";
	case 0x7cULL: return "MSR";
	case 0x7dULL: return "TASK_SWITCH";
	case 0x7eULL: return "FERR_FREEZE";
	case 0x7fULL: return "SHUTDOWN";
	case 0x80ULL: return "VMRUN";
	case 0x81ULL: return "VMMCALL";
	case 0x82ULL: return "VMLOAD";
	case 0x83ULL: return "VMSAVE";
	case 0x84ULL: return "STGI";
	case 0x85ULL: return "CLGI";
	case 0x86ULL: return "SKINIT";
	case 0x87ULL: return "RDTSCP";
	case 0x88ULL: return "ICEBP";
	case 0x89ULL: return "WBINVD";
	case 0x8aULL: return "MONITOR";
	case 0x8bULL: return "MWAIT";
	case 0x8cULL: return "MWAIT_CONDITIONAL";
	case 0x8dULL: return "XSETBV";
	case 0x8eULL: return "RDPRU";
	case 0x8fULL: return "EFER_WRITE_TRAP";
	case 0x90ULL: return "CR0_WRITE_TRAP";
	case 0x91ULL: return "CR1_WRITE_TRAP";
	case 0x92ULL: return "CR2_WRITE_TRAP";
	case 0x93ULL: return "CR3_WRITE_TRAP";
	case 0x94ULL: return "CR4_WRITE_TRAP";
	case 0x95ULL: return "CR5_WRITE_TRAP";
	case 0x96ULL: return "CR6_WRITE_TRAP";
	case 0x97ULL: return "CR7_WRITE_TRAP";
	case 0x98ULL: return "CR8_WRITE_TRAP";
	case 0x99ULL: return "CR9_WRITE_TRAP";
	case 0x9aULL: return "CR10_WRITE_TRAP";
	case 0x9bULL: return "CR11_WRITE_TRAP";
	case 0x9cULL: return "CR12_WRITE_TRAP";
	case 0x9dULL: return "CR13_WRITE_TRAP";
	case 0x9eULL: return "CR14_WRITE_TRAP";
	case 0x9fULL: return "CR15_WRITE_TRAP";
	case 0xa0ULL: return "INVLPGB";
	case 0xa1ULL: return "INVLPGB_ILLEGAL";
	case 0xa2ULL: return "INVPCID";
	case 0xa3ULL: return "MCOMMIT";
	case 0xa4ULL: return "TLBSYNC";
	case 0xa5ULL: return "BUSLOCK";
	case 0xa6ULL: return "IDLE_HLT";
	case 0x400ULL: return "NPF";
	case 0x401ULL: return "AVIC_INCOMPLETE_IPI";
	case 0x402ULL: return "AVIC_NOACCEL";
	case 0x403ULL: return "VMGEXIT";
	case 0xffffffffffffffffULL: return "INVALID";
	case 0xfffffffffffffffeULL: return "BUSY";
	case 0xfffffffffffffffdULL: return "IDLE_REQUIRED";
	case 0xfffffffffffffffcULL: return "INVALID_PMC";
	default: return (const char *)0;
	}
}

/*
 * CPUID 8000_0001h ECX, extended feature flags: the SVM bit: CPUID leaf 0x80000001, register ECX.
 * Its fields: svm_cpuid_ext_ecx_<field>() in <vmxgen/svm_layouts.h>.
 */
#define SVM_CPUID_EXT_ECX_LEAF 0x80000001U

/**
 * svm_cpuid_ext_ecx_bit_name() - the name of a bit of CPUID 0x80000001 ECX
 * @bit: the bit number, 0..31
 *
 * Return: e.g. "SVM", or NULL for a bit the spec does not name as a
 * one-bit field.
 */
static inline const char *svm_cpuid_ext_ecx_bit_name(unsigned int bit)
{
	switch (bit) {
	case 2: return "SVM";
	default: return (const char *)0;
	}
}

/*
 * CPUID 8000_000Ah EAX: the SVM revision: CPUID leaf 0x8000000a, register EAX.
 * Its fields: svm_cpuid_svm_eax_<field>() in <vmxgen/svm_layouts.h>.
 */
#define SVM_CPUID_SVM_EAX_LEAF 0x8000000aU

/*
 * CPUID 8000_000Ah EBX: the number of ASIDs: CPUID leaf 0x8000000a, register EBX.
 * Its fields: svm_cpuid_svm_ebx_<field>() in <vmxgen/svm_layouts.h>.
 */
#define SVM_CPUID_SVM_EBX_LEAF 0x8000000aU

/*
 * CPUID 8000_000Ah EDX: SVM features: CPUID leaf 0x8000000a, register EDX.
 * Its fields: svm_cpuid_svm_edx_<field>() in <vmxgen/svm_layouts.h>.
 */
#define SVM_CPUID_SVM_EDX_LEAF 0x8000000aU

/**
 * svm_cpuid_svm_edx_bit_name() - the name of a bit of CPUID 0x8000000a EDX
 * @bit: the bit number, 0..31
 *
 * Return: e.g. "NP", or NULL for a bit the spec does not name as a
 * one-bit field.
 */
static inline const char *svm_cpuid_svm_edx_bit_name(unsigned int bit)
{
	switch (bit) {
	case 0: return "NP";
	case 1: return "LBR_VIRT";
	case 2: return "SVML";
	case 3: return "NRIPS";
	case 4: return "TSC_RATE_MSR";
	case 5: return "VMCB_CLEAN";
	case 6: return "FLUSH_BY_ASID";
	case 7: return "DECODE_ASSISTS";
	case 10: return "PAUSE_FILTER";
	case 12: return "PAUSE_FILTER_THRESHOLD";
	case 13: return "AVIC";
	case 15: return "V_VMSAVE_VMLOAD";
	case 16: return "VGIF";
	case 17: return "GMET";
	case 20: return "SPEC_CTRL";
	case 25: return "VNMI";
	case 29: return "BUS_LOCK_THRESHOLD";
	case 30: return "IDLE_HLT";
	default: return (const char *)0;
	}
}

/* EFER (MSR 0xc0000080): bit numbers, APM Vol. 2, Section 3.1.7 (Extended Feature Enable Register) and 15.4. */
#define SVM_MSR_EFER 0xc0000080
#define SVM_EFER_SVME_BIT 12

/* VM_CR (MSR 0xc0010114): bit numbers, APM Vol. 2, Section 15.30.1 (VM_CR MSR). */
#define SVM_MSR_VM_CR 0xc0010114
#define SVM_VM_CR_DPD_BIT 0
#define SVM_VM_CR_R_INIT_BIT 1
#define SVM_VM_CR_DIS_A20M_BIT 2
#define SVM_VM_CR_LOCK_BIT 3
#define SVM_VM_CR_SVMDIS_BIT 4

/* VM_HSAVE_PA (MSR 0xc0010117): bit numbers, APM Vol. 2, Section 15.30.4 (VM_HSAVE_PA MSR). */
#define SVM_MSR_VM_HSAVE_PA 0xc0010117

/* SEV_ES_GHCB (MSR 0xc0010130): bit numbers, APM Vol. 2, Section 15.35.5 (GHCB); GHCB specification (56421), Section 2.3 (GHCB MSR). */
#define SVM_MSR_SEV_ES_GHCB 0xc0010130

#endif /* VMXGEN_SVM_TABLES_H */
