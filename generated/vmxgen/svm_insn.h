/* SPDX-License-Identifier: MIT */
/*
 * DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
 * (template gen/backends/c/templates/insn.h.j2).  Edit the spec and run make.
 */
/*
 * AMD SVM instruction wrappers.  Each one builds any memory operand as a C
 * object passed to the asm as "m", so the compiler cannot drop or move the
 * stores that fill it.
 */
#ifndef VMXGEN_SVM_INSN_H
#define VMXGEN_SVM_INSN_H

#include <vmxgen/vmx_compat.h>

/**
 * enum svm_status - how an SVM instruction wrapper completed
 * @SVM_OK: the instruction completed (SVM instructions report nothing
 *	else)
 * @SVM_FAULT: the instruction faulted (#UD with EFER.SVME = 0, #GP at CPL
 *	> 0 or for a bad address) and an exception fixup resumed the wrapper
 *	(only with a fault hook)
 */
enum svm_status {
	SVM_OK = 0,
	SVM_FAULT = 1,
};

/**
 * enum svm_tlb_control - what VMRUN flushes from the TLB (VMCB 05Ch)
 * @SVM_TLB_CONTROL_DO_NOTHING: flush nothing
 * @SVM_TLB_CONTROL_FLUSH_ALL: flush the entire TLB, every ASID (also the host's)
 * @SVM_TLB_CONTROL_FLUSH_ASID: flush the guest's ASID (FlushByAsid)
 * @SVM_TLB_CONTROL_FLUSH_ASID_LOCAL: flush the guest's non-global translations (FlushByAsid)
 *
 * AMD APM Vol. 2, Table B-1 (05Ch); Section 15.16.1 (TLB Flush).
 */
enum svm_tlb_control {
	SVM_TLB_CONTROL_DO_NOTHING = 0,
	SVM_TLB_CONTROL_FLUSH_ALL = 1,
	SVM_TLB_CONTROL_FLUSH_ASID = 3,
	SVM_TLB_CONTROL_FLUSH_ASID_LOCAL = 7,
};

/**
 * enum svm_rmp_page_size - the page size of an RMP entry (PVALIDATE, RMPADJUST)
 * @SVM_RMP_PAGE_SIZE_4K: a 4-KByte page
 * @SVM_RMP_PAGE_SIZE_2M: a 2-MByte page
 *
 * AMD APM Vol. 3, PVALIDATE and RMPADJUST (ECX/RCX).
 */
enum svm_rmp_page_size {
	SVM_RMP_PAGE_SIZE_4K = 0,
	SVM_RMP_PAGE_SIZE_2M = 1,
};

/**
 * enum svm_rmp_status - the return code of an RMP instruction (EAX)
 * @SVM_RMP_SUCCESS: the instruction did what it was asked
 * @SVM_RMP_FAIL_INPUT: an operand is invalid (misaligned address, reserved bits, size)
 * @SVM_RMP_FAIL_PERMISSION: the current VMPL or RMP state does not allow it
 * @SVM_RMP_FAIL_INUSE: another processor is changing the entry: retry
 * @SVM_RMP_FAIL_OVERLAP: a 4-KByte and a 2-MByte entry would overlap (RMPUPDATE): retry
 * @SVM_RMP_FAIL_SIZEMISMATCH: the page size does not match the RMP entry's
 *
 * AMD APM Vol. 3, Chapter 4, PSMASH, PVALIDATE, RMPADJUST and RMPUPDATE:
 * return codes in EAX.
 */
enum svm_rmp_status {
	SVM_RMP_SUCCESS = 0,
	SVM_RMP_FAIL_INPUT = 1,
	SVM_RMP_FAIL_PERMISSION = 2,
	SVM_RMP_FAIL_INUSE = 3,
	SVM_RMP_FAIL_OVERLAP = 4,
	SVM_RMP_FAIL_SIZEMISMATCH = 6,
};

/**
 * enum svm_ghcb_msr_info - the request or response code of the GHCB MSR protocol (GHCB MSR bits 11:0)
 * @SVM_GHCB_MSR_SEV_INFO_RESP: SEV information: the protocol versions and the C-bit position (layout ghcb_msr_sev_info)
 * @SVM_GHCB_MSR_SEV_INFO_REQ: SEV information request
 * @SVM_GHCB_MSR_CPUID_REQ: CPUID request: a function and one register (layout ghcb_msr_cpuid)
 * @SVM_GHCB_MSR_CPUID_RESP: CPUID response: the register's value in bits 63:32
 * @SVM_GHCB_MSR_REG_GPA_REQ: register the GHCB's guest frame number (bits 63:12)
 * @SVM_GHCB_MSR_REG_GPA_RESP: the registered GHCB's guest frame number, or all ones if refused
 * @SVM_GHCB_MSR_PSC_REQ: page state change of one page (layout ghcb_msr_psc)
 * @SVM_GHCB_MSR_PSC_RESP: page state change response: an error code in bits 63:32, 0 for success
 * @SVM_GHCB_MSR_HV_FT_REQ: hypervisor feature request
 * @SVM_GHCB_MSR_HV_FT_RESP: the hypervisor's features in bits 63:12 (bit 12: SEV-SNP)
 * @SVM_GHCB_MSR_TERM_REQ: termination request with a reason (layout ghcb_msr_term)
 *
 * AMD APM GHCB specification (56421), Section 2.3.1 (GHCB MSR Protocol), Table
 * 2.
 */
enum svm_ghcb_msr_info {
	SVM_GHCB_MSR_SEV_INFO_RESP = 1,
	SVM_GHCB_MSR_SEV_INFO_REQ = 2,
	SVM_GHCB_MSR_CPUID_REQ = 4,
	SVM_GHCB_MSR_CPUID_RESP = 5,
	SVM_GHCB_MSR_REG_GPA_REQ = 18,
	SVM_GHCB_MSR_REG_GPA_RESP = 19,
	SVM_GHCB_MSR_PSC_REQ = 20,
	SVM_GHCB_MSR_PSC_RESP = 21,
	SVM_GHCB_MSR_HV_FT_REQ = 128,
	SVM_GHCB_MSR_HV_FT_RESP = 129,
	SVM_GHCB_MSR_TERM_REQ = 256,
};

/**
 * enum svm_ghcb_psc_op - the page operation of a page state change
 * @SVM_GHCB_PSC_PRIVATE: assign the page to the guest (private)
 * @SVM_GHCB_PSC_SHARED: make the page shared with the hypervisor
 * @SVM_GHCB_PSC_PSMASH: split a 2-MByte page's RMP entry (SNP page state change NAE only)
 * @SVM_GHCB_PSC_UNSMASH: merge 4-KByte RMP entries back into a 2-MByte one (SNP page state change NAE only)
 *
 * AMD APM GHCB specification (56421), Section 2.3.1, SNP Page State Change.
 */
enum svm_ghcb_psc_op {
	SVM_GHCB_PSC_PRIVATE = 1,
	SVM_GHCB_PSC_SHARED = 2,
	SVM_GHCB_PSC_PSMASH = 3,
	SVM_GHCB_PSC_UNSMASH = 4,
};

/**
 * struct svm_rmpupdate_entry - the new RMP entry RMPUPDATE reads (RCX points to it)
 * @gpa: bits 63:0, the guest physical address the page is mapped at (bits 11:0 zero)
 * @assigned: bits 64:64, the page is assigned to a guest (ASID) or the AMD-SP
 * @reserved_71_65: bits 71:65, reserved, must be zero
 * @page_size: bits 72:72, the entry covers a 2-MByte page (1) or a 4-KByte one (0)
 * @reserved_79_73: bits 79:73, reserved, must be zero
 * @immutable: bits 80:80, the entry can then only be changed by the AMD-SP
 * @reserved_95_81: bits 95:81, reserved, must be zero
 * @asid: bits 127:96, the ASID of the guest that owns the page (0: the hypervisor or the AMD-SP)
 *
 * AMD APM Vol. 3, RMPUPDATE: the RMP entry format read from [RCX].
 */
struct svm_rmpupdate_entry {
	vmx_u64 gpa;
	vmx_u64 assigned : 1;
	vmx_u64 reserved_71_65 : 7;
	vmx_u64 page_size : 1;
	vmx_u64 reserved_79_73 : 7;
	vmx_u64 immutable : 1;
	vmx_u64 reserved_95_81 : 15;
	vmx_u64 asid : 32;
};

_Static_assert(sizeof(struct svm_rmpupdate_entry) == 16,
	       "rmpupdate entry is 128 bits");
_Static_assert(__builtin_offsetof(struct svm_rmpupdate_entry, gpa) == 0,
	       "rmpupdate entry: gpa starts at bit 0");

/**
 * struct svm_ghcb_save - the GHCB save area (the guest's registers for the hypervisor)
 * @reserved_0x000: bytes 0x000..0x0ca, reserved
 * @cpl: bytes 0x0cb..0x0cb, the guest's CPL
 * @reserved_0x0cc: bytes 0x0cc..0x13f, reserved
 * @xss: bytes 0x140..0x147, IA32_XSS
 * @reserved_0x148: bytes 0x148..0x15f, reserved
 * @dr7: bytes 0x160..0x167, DR7
 * @reserved_0x168: bytes 0x168..0x177, reserved
 * @rip: bytes 0x178..0x17f, RIP
 * @reserved_0x180: bytes 0x180..0x1d7, reserved
 * @rsp: bytes 0x1d8..0x1df, RSP
 * @reserved_0x1e0: bytes 0x1e0..0x1f7, reserved
 * @rax: bytes 0x1f8..0x1ff, RAX
 * @reserved_0x200: bytes 0x200..0x307, reserved
 * @rcx: bytes 0x308..0x30f, RCX
 * @rdx: bytes 0x310..0x317, RDX
 * @rbx: bytes 0x318..0x31f, RBX
 * @reserved_0x320: bytes 0x320..0x327, reserved
 * @rbp: bytes 0x328..0x32f, RBP
 * @rsi: bytes 0x330..0x337, RSI
 * @rdi: bytes 0x338..0x33f, RDI
 * @r8: bytes 0x340..0x347, R8
 * @r9: bytes 0x348..0x34f, R9
 * @r10: bytes 0x350..0x357, R10
 * @r11: bytes 0x358..0x35f, R11
 * @r12: bytes 0x360..0x367, R12
 * @r13: bytes 0x368..0x36f, R13
 * @r14: bytes 0x370..0x377, R14
 * @r15: bytes 0x378..0x37f, R15
 * @reserved_0x380: bytes 0x380..0x38f, reserved
 * @sw_exit_code: bytes 0x390..0x397, the exit code of the event (an SVM exit code or a VMGEXIT one)
 * @sw_exit_info_1: bytes 0x398..0x39f, exit information 1 (on return: 0 success, 1 the hypervisor's error, 2 bad GHCB input)
 * @sw_exit_info_2: bytes 0x3a0..0x3a7, exit information 2
 * @sw_scratch: bytes 0x3a8..0x3af, the guest physical address of a scratch area (in the shared buffer or elsewhere)
 * @reserved_0x3b0: bytes 0x3b0..0x3e7, reserved
 * @xcr0: bytes 0x3e8..0x3ef, XCR0
 * @valid_bitmap: bytes 0x3f0..0x3ff, one bit per 8 bytes of the save area: bit n says the qword at offset 8n is valid
 * @x87_state_gpa: bytes 0x400..0x407, the guest physical address of the x87 state
 *
 * AMD APM GHCB specification (56421), Section 2.2 (GHCB Layout), Table 1.
 */
struct svm_ghcb_save {
	vmx_u8 reserved_0x000[203];
	vmx_u8 cpl;
	vmx_u8 reserved_0x0cc[116];
	vmx_u64 xss;
	vmx_u8 reserved_0x148[24];
	vmx_u64 dr7;
	vmx_u8 reserved_0x168[16];
	vmx_u64 rip;
	vmx_u8 reserved_0x180[88];
	vmx_u64 rsp;
	vmx_u8 reserved_0x1e0[24];
	vmx_u64 rax;
	vmx_u8 reserved_0x200[264];
	vmx_u64 rcx;
	vmx_u64 rdx;
	vmx_u64 rbx;
	vmx_u8 reserved_0x320[8];
	vmx_u64 rbp;
	vmx_u64 rsi;
	vmx_u64 rdi;
	vmx_u64 r8;
	vmx_u64 r9;
	vmx_u64 r10;
	vmx_u64 r11;
	vmx_u64 r12;
	vmx_u64 r13;
	vmx_u64 r14;
	vmx_u64 r15;
	vmx_u8 reserved_0x380[16];
	vmx_u64 sw_exit_code;
	vmx_u64 sw_exit_info_1;
	vmx_u64 sw_exit_info_2;
	vmx_u64 sw_scratch;
	vmx_u8 reserved_0x3b0[56];
	vmx_u64 xcr0;
	vmx_u8 valid_bitmap[16];
	vmx_u64 x87_state_gpa;
};

_Static_assert(sizeof(struct svm_ghcb_save) == 1032,
	       "ghcb save is 1032 bytes");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, reserved_0x000) == 0,
	       "ghcb save: reserved_0x000 starts at byte 0");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, cpl) == 203,
	       "ghcb save: cpl starts at byte 203");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, reserved_0x0cc) == 204,
	       "ghcb save: reserved_0x0cc starts at byte 204");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, xss) == 320,
	       "ghcb save: xss starts at byte 320");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, reserved_0x148) == 328,
	       "ghcb save: reserved_0x148 starts at byte 328");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, dr7) == 352,
	       "ghcb save: dr7 starts at byte 352");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, reserved_0x168) == 360,
	       "ghcb save: reserved_0x168 starts at byte 360");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, rip) == 376,
	       "ghcb save: rip starts at byte 376");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, reserved_0x180) == 384,
	       "ghcb save: reserved_0x180 starts at byte 384");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, rsp) == 472,
	       "ghcb save: rsp starts at byte 472");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, reserved_0x1e0) == 480,
	       "ghcb save: reserved_0x1e0 starts at byte 480");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, rax) == 504,
	       "ghcb save: rax starts at byte 504");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, reserved_0x200) == 512,
	       "ghcb save: reserved_0x200 starts at byte 512");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, rcx) == 776,
	       "ghcb save: rcx starts at byte 776");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, rdx) == 784,
	       "ghcb save: rdx starts at byte 784");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, rbx) == 792,
	       "ghcb save: rbx starts at byte 792");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, reserved_0x320) == 800,
	       "ghcb save: reserved_0x320 starts at byte 800");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, rbp) == 808,
	       "ghcb save: rbp starts at byte 808");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, rsi) == 816,
	       "ghcb save: rsi starts at byte 816");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, rdi) == 824,
	       "ghcb save: rdi starts at byte 824");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, r8) == 832,
	       "ghcb save: r8 starts at byte 832");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, r9) == 840,
	       "ghcb save: r9 starts at byte 840");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, r10) == 848,
	       "ghcb save: r10 starts at byte 848");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, r11) == 856,
	       "ghcb save: r11 starts at byte 856");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, r12) == 864,
	       "ghcb save: r12 starts at byte 864");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, r13) == 872,
	       "ghcb save: r13 starts at byte 872");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, r14) == 880,
	       "ghcb save: r14 starts at byte 880");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, r15) == 888,
	       "ghcb save: r15 starts at byte 888");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, reserved_0x380) == 896,
	       "ghcb save: reserved_0x380 starts at byte 896");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, sw_exit_code) == 912,
	       "ghcb save: sw_exit_code starts at byte 912");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, sw_exit_info_1) == 920,
	       "ghcb save: sw_exit_info_1 starts at byte 920");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, sw_exit_info_2) == 928,
	       "ghcb save: sw_exit_info_2 starts at byte 928");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, sw_scratch) == 936,
	       "ghcb save: sw_scratch starts at byte 936");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, reserved_0x3b0) == 944,
	       "ghcb save: reserved_0x3b0 starts at byte 944");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, xcr0) == 1000,
	       "ghcb save: xcr0 starts at byte 1000");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, valid_bitmap) == 1008,
	       "ghcb save: valid_bitmap starts at byte 1008");
_Static_assert(__builtin_offsetof(struct svm_ghcb_save, x87_state_gpa) == 1024,
	       "ghcb save: x87_state_gpa starts at byte 1024");

/**
 * struct svm_ghcb - the guest-hypervisor communication block (GHCB) of an SEV-ES or SEV-SNP guest, one 4-KByte page
 * @save: bytes 0x000..0x407, the save area
 * @reserved_0x408: bytes 0x408..0x7ff, reserved
 * @shared_buffer: bytes 0x800..0xfef, the shared buffer (SW_SCRATCH may point here)
 * @reserved_0xff0: bytes 0xff0..0xff9, reserved
 * @protocol_version: bytes 0xffa..0xffb, the GHCB protocol version the guest uses (1 or 2)
 * @usage: bytes 0xffc..0xfff, the GHCB's format: 0 the standard one
 *
 * AMD APM GHCB specification (56421), Section 2.2 (GHCB Layout), Table 1.
 */
struct svm_ghcb {
	struct svm_ghcb_save save;
	vmx_u8 reserved_0x408[1016];
	vmx_u8 shared_buffer[2032];
	vmx_u8 reserved_0xff0[10];
	vmx_u16 protocol_version;
	vmx_u32 usage;
};

_Static_assert(sizeof(struct svm_ghcb) == 4096,
	       "ghcb is 4096 bytes");
_Static_assert(__builtin_offsetof(struct svm_ghcb, save) == 0,
	       "ghcb: save starts at byte 0");
_Static_assert(__builtin_offsetof(struct svm_ghcb, reserved_0x408) == 1032,
	       "ghcb: reserved_0x408 starts at byte 1032");
_Static_assert(__builtin_offsetof(struct svm_ghcb, shared_buffer) == 2048,
	       "ghcb: shared_buffer starts at byte 2048");
_Static_assert(__builtin_offsetof(struct svm_ghcb, reserved_0xff0) == 4080,
	       "ghcb: reserved_0xff0 starts at byte 4080");
_Static_assert(__builtin_offsetof(struct svm_ghcb, protocol_version) == 4090,
	       "ghcb: protocol_version starts at byte 4090");
_Static_assert(__builtin_offsetof(struct svm_ghcb, usage) == 4092,
	       "ghcb: usage starts at byte 4092");

/**
 * struct svm_vmcb_segment - a segment register in the VMCB state save area
 * @selector: bytes 0x000..0x001, the selector
 * @attrib: bytes 0x002..0x003, attributes, packed: descriptor bits 47:40 and 55:52 (layout segment_attrib)
 * @limit: bytes 0x004..0x007, the segment limit, expanded to bytes
 * @base: bytes 0x008..0x00f, the segment base address
 *
 * AMD APM Vol. 2, Appendix B, Table B-2 (VMCB Layout, State Save Area); Section 15.5.1 (segment attributes).
 */
struct svm_vmcb_segment {
	vmx_u16 selector;
	vmx_u16 attrib;
	vmx_u32 limit;
	vmx_u64 base;
};

_Static_assert(sizeof(struct svm_vmcb_segment) == 16,
	       "vmcb segment is 16 bytes");
_Static_assert(__builtin_offsetof(struct svm_vmcb_segment, selector) == 0,
	       "vmcb segment: selector starts at byte 0");
_Static_assert(__builtin_offsetof(struct svm_vmcb_segment, attrib) == 2,
	       "vmcb segment: attrib starts at byte 2");
_Static_assert(__builtin_offsetof(struct svm_vmcb_segment, limit) == 4,
	       "vmcb segment: limit starts at byte 4");
_Static_assert(__builtin_offsetof(struct svm_vmcb_segment, base) == 8,
	       "vmcb segment: base starts at byte 8");

/**
 * struct svm_vmcb_control - the VMCB control area (intercepts, exit information, guest controls)
 * @intercept_cr: bytes 0x000..0x003, CR intercepts: bit n reads of CRn (15:0), bit 16+n writes of CRn (31:16) (layout intercept_cr)
 * @intercept_dr: bytes 0x004..0x007, DR intercepts: bit n reads of DRn (15:0), bit 16+n writes of DRn (31:16) (layout intercept_dr)
 * @intercept_exceptions: bytes 0x008..0x00b, exception intercepts: bit n intercepts exception vector n
 * @intercept_misc1: bytes 0x00c..0x00f, instruction and event intercepts, first word: INTR to SHUTDOWN (layout intercept_misc1)
 * @intercept_misc2: bytes 0x010..0x013, instruction intercepts, second word: VMRUN to RDPRU and the EFER/CR write traps (layout intercept_misc2)
 * @intercept_misc3: bytes 0x014..0x017, instruction intercepts, third word: INVLPGB to IDLE_HLT (layout intercept_misc3)
 * @reserved_0x018: bytes 0x018..0x03b, reserved
 * @pause_filter_threshold: bytes 0x03c..0x03d, PAUSE filter threshold (PauseFilterThreshold)
 * @pause_filter_count: bytes 0x03e..0x03f, PAUSE filter count (PauseFilter)
 * @iopm_base_pa: bytes 0x040..0x047, physical address of the I/O permissions map (IOPM_BASE_PA; bits 11:0 ignored)
 * @msrpm_base_pa: bytes 0x048..0x04f, physical address of the MSR permissions map (MSRPM_BASE_PA; bits 11:0 ignored)
 * @tsc_offset: bytes 0x050..0x057, added to the TSC in the guest (TSC_OFFSET)
 * @asid: bytes 0x058..0x05b, guest address space identifier (ASID; 0 is the host's and makes VMRUN fail)
 * @tlb_control: bytes 0x05c..0x05c, TLB_CONTROL: what VMRUN flushes (enum svm_tlb_control)
 * @reserved_0x05d: bytes 0x05d..0x05f, reserved
 * @vintr: bytes 0x060..0x067, virtual interrupt control: V_TPR, V_IRQ, V_INTR_PRIO, V_INTR_MASKING, V_INTR_VECTOR, ... (layout vintr)
 * @int_state: bytes 0x068..0x06f, guest interrupt state: INTERRUPT_SHADOW (bit 0), GUEST_INTERRUPT_MASK (bit 1) (layout int_state)
 * @exit_code: bytes 0x070..0x077, EXITCODE: why the guest exited (enum svm_exit_code; negative codes as 64-bit values)
 * @exit_info_1: bytes 0x078..0x07f, EXITINFO1: exit-specific information (nested page fault: layout npf_exit_info_1)
 * @exit_info_2: bytes 0x080..0x087, EXITINFO2: exit-specific information (nested page fault: the guest physical address)
 * @exit_int_info: bytes 0x088..0x08f, EXITINTINFO: the event being delivered when the exit happened (layout exit_int_info)
 * @nested_ctl: bytes 0x090..0x097, nested paging and SEV enables: NP_ENABLE (bit 0), SEV (bit 1), SEV-ES (bit 2), ... (layout nested_ctl)
 * @avic_apic_bar: bytes 0x098..0x09f, AVIC APIC_BAR: the guest physical address of the virtual APIC page (bits 51:12)
 * @ghcb_gpa: bytes 0x0a0..0x0a7, guest physical address of the GHCB (guest-hypervisor communication block) (SEV-ES only)
 * @event_inj: bytes 0x0a8..0x0af, EVENTINJ: an event VMRUN injects into the guest (layout event_inj)
 * @nested_cr3: bytes 0x0b0..0x0b7, N_CR3: the nested page table root (host physical address)
 * @virt_ext: bytes 0x0b8..0x0bf, LBR virtualization enable (bit 0), virtualized VMSAVE/VMLOAD enable (bit 1) (layout virt_ext)
 * @clean_bits: bytes 0x0c0..0x0c3, VMCB clean bits: state areas the CPU may take from its cache (layout clean_bits)
 * @reserved_0x0c4: bytes 0x0c4..0x0c7, reserved
 * @next_rip: bytes 0x0c8..0x0cf, nRIP: the guest RIP after the intercepted instruction (NRIPS)
 * @insn_len: bytes 0x0d0..0x0d0, number of guest instruction bytes fetched (DecodeAssists)
 * @insn_bytes: bytes 0x0d1..0x0df, the guest instruction bytes fetched (DecodeAssists)
 * @avic_backing_page: bytes 0x0e0..0x0e7, AVIC backing page pointer (bits 51:12)
 * @reserved_0x0e8: bytes 0x0e8..0x0ef, reserved
 * @avic_logical_table: bytes 0x0f0..0x0f7, AVIC logical APIC ID table pointer (bits 51:12)
 * @avic_physical_table: bytes 0x0f8..0x0ff, AVIC physical APIC ID table pointer (bits 51:12) and its maximum index (bits 7:0)
 * @reserved_0x100: bytes 0x100..0x107, reserved
 * @vmsa_pa: bytes 0x108..0x10f, VMSA pointer: physical address of the encrypted save area of an SEV-ES guest (SEV-ES only)
 * @reserved_0x110: bytes 0x110..0x11f, reserved
 * @bus_lock_counter: bytes 0x120..0x121, bus locks the guest may take before #VMEXIT BUSLOCK (BusLockThreshold)
 * @reserved_0x122: bytes 0x122..0x3df, reserved
 * @host_reserved: bytes 0x3e0..0x3ff, reserved for the hypervisor's own use: the CPU does not touch it
 *
 * AMD APM Vol. 2, Appendix B, Table B-1 (VMCB Layout, Control Area).
 */
struct svm_vmcb_control {
	vmx_u32 intercept_cr;
	vmx_u32 intercept_dr;
	vmx_u32 intercept_exceptions;
	vmx_u32 intercept_misc1;
	vmx_u32 intercept_misc2;
	vmx_u32 intercept_misc3;
	vmx_u8 reserved_0x018[36];
	vmx_u16 pause_filter_threshold;
	vmx_u16 pause_filter_count;
	vmx_u64 iopm_base_pa;
	vmx_u64 msrpm_base_pa;
	vmx_u64 tsc_offset;
	vmx_u32 asid;
	vmx_u8 tlb_control;
	vmx_u8 reserved_0x05d[3];
	vmx_u64 vintr;
	vmx_u64 int_state;
	vmx_u64 exit_code;
	vmx_u64 exit_info_1;
	vmx_u64 exit_info_2;
	vmx_u64 exit_int_info;
	vmx_u64 nested_ctl;
	vmx_u64 avic_apic_bar;
	vmx_u64 ghcb_gpa;
	vmx_u64 event_inj;
	vmx_u64 nested_cr3;
	vmx_u64 virt_ext;
	vmx_u32 clean_bits;
	vmx_u8 reserved_0x0c4[4];
	vmx_u64 next_rip;
	vmx_u8 insn_len;
	vmx_u8 insn_bytes[15];
	vmx_u64 avic_backing_page;
	vmx_u8 reserved_0x0e8[8];
	vmx_u64 avic_logical_table;
	vmx_u64 avic_physical_table;
	vmx_u8 reserved_0x100[8];
	vmx_u64 vmsa_pa;
	vmx_u8 reserved_0x110[16];
	vmx_u16 bus_lock_counter;
	vmx_u8 reserved_0x122[702];
	vmx_u8 host_reserved[32];
};

_Static_assert(sizeof(struct svm_vmcb_control) == 1024,
	       "vmcb control is 1024 bytes");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, intercept_cr) == 0,
	       "vmcb control: intercept_cr starts at byte 0");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, intercept_dr) == 4,
	       "vmcb control: intercept_dr starts at byte 4");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, intercept_exceptions) == 8,
	       "vmcb control: intercept_exceptions starts at byte 8");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, intercept_misc1) == 12,
	       "vmcb control: intercept_misc1 starts at byte 12");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, intercept_misc2) == 16,
	       "vmcb control: intercept_misc2 starts at byte 16");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, intercept_misc3) == 20,
	       "vmcb control: intercept_misc3 starts at byte 20");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, reserved_0x018) == 24,
	       "vmcb control: reserved_0x018 starts at byte 24");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, pause_filter_threshold) == 60,
	       "vmcb control: pause_filter_threshold starts at byte 60");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, pause_filter_count) == 62,
	       "vmcb control: pause_filter_count starts at byte 62");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, iopm_base_pa) == 64,
	       "vmcb control: iopm_base_pa starts at byte 64");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, msrpm_base_pa) == 72,
	       "vmcb control: msrpm_base_pa starts at byte 72");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, tsc_offset) == 80,
	       "vmcb control: tsc_offset starts at byte 80");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, asid) == 88,
	       "vmcb control: asid starts at byte 88");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, tlb_control) == 92,
	       "vmcb control: tlb_control starts at byte 92");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, reserved_0x05d) == 93,
	       "vmcb control: reserved_0x05d starts at byte 93");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, vintr) == 96,
	       "vmcb control: vintr starts at byte 96");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, int_state) == 104,
	       "vmcb control: int_state starts at byte 104");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, exit_code) == 112,
	       "vmcb control: exit_code starts at byte 112");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, exit_info_1) == 120,
	       "vmcb control: exit_info_1 starts at byte 120");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, exit_info_2) == 128,
	       "vmcb control: exit_info_2 starts at byte 128");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, exit_int_info) == 136,
	       "vmcb control: exit_int_info starts at byte 136");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, nested_ctl) == 144,
	       "vmcb control: nested_ctl starts at byte 144");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, avic_apic_bar) == 152,
	       "vmcb control: avic_apic_bar starts at byte 152");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, ghcb_gpa) == 160,
	       "vmcb control: ghcb_gpa starts at byte 160");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, event_inj) == 168,
	       "vmcb control: event_inj starts at byte 168");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, nested_cr3) == 176,
	       "vmcb control: nested_cr3 starts at byte 176");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, virt_ext) == 184,
	       "vmcb control: virt_ext starts at byte 184");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, clean_bits) == 192,
	       "vmcb control: clean_bits starts at byte 192");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, reserved_0x0c4) == 196,
	       "vmcb control: reserved_0x0c4 starts at byte 196");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, next_rip) == 200,
	       "vmcb control: next_rip starts at byte 200");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, insn_len) == 208,
	       "vmcb control: insn_len starts at byte 208");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, insn_bytes) == 209,
	       "vmcb control: insn_bytes starts at byte 209");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, avic_backing_page) == 224,
	       "vmcb control: avic_backing_page starts at byte 224");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, reserved_0x0e8) == 232,
	       "vmcb control: reserved_0x0e8 starts at byte 232");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, avic_logical_table) == 240,
	       "vmcb control: avic_logical_table starts at byte 240");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, avic_physical_table) == 248,
	       "vmcb control: avic_physical_table starts at byte 248");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, reserved_0x100) == 256,
	       "vmcb control: reserved_0x100 starts at byte 256");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, vmsa_pa) == 264,
	       "vmcb control: vmsa_pa starts at byte 264");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, reserved_0x110) == 272,
	       "vmcb control: reserved_0x110 starts at byte 272");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, bus_lock_counter) == 288,
	       "vmcb control: bus_lock_counter starts at byte 288");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, reserved_0x122) == 290,
	       "vmcb control: reserved_0x122 starts at byte 290");
_Static_assert(__builtin_offsetof(struct svm_vmcb_control, host_reserved) == 992,
	       "vmcb control: host_reserved starts at byte 992");

/**
 * struct svm_vmcb_save - the VMCB state save area (the guest's registers)
 * @es: bytes 0x000..0x00f, ES
 * @cs: bytes 0x010..0x01f, CS
 * @ss: bytes 0x020..0x02f, SS
 * @ds: bytes 0x030..0x03f, DS
 * @fs: bytes 0x040..0x04f, FS (VMLOAD, VMSAVE)
 * @gs: bytes 0x050..0x05f, GS (VMLOAD, VMSAVE)
 * @gdtr: bytes 0x060..0x06f, GDTR (limit and base only)
 * @ldtr: bytes 0x070..0x07f, LDTR (VMLOAD, VMSAVE)
 * @idtr: bytes 0x080..0x08f, IDTR (limit and base only)
 * @tr: bytes 0x090..0x09f, TR (VMLOAD, VMSAVE)
 * @pl0_ssp: bytes 0x0a0..0x0a7, shadow stack pointer for CPL 0 (PL0_SSP) (SEV-ES only)
 * @pl1_ssp: bytes 0x0a8..0x0af, shadow stack pointer for CPL 1 (PL1_SSP) (SEV-ES only)
 * @pl2_ssp: bytes 0x0b0..0x0b7, shadow stack pointer for CPL 2 (PL2_SSP) (SEV-ES only)
 * @pl3_ssp: bytes 0x0b8..0x0bf, shadow stack pointer for CPL 3 (PL3_SSP) (SEV-ES only)
 * @u_cet: bytes 0x0c0..0x0c7, user-mode CET settings (U_CET) (SEV-ES only)
 * @reserved_0x0c8: bytes 0x0c8..0x0c9, reserved
 * @vmpl: bytes 0x0ca..0x0ca, virtual machine privilege level (SEV-SNP only)
 * @cpl: bytes 0x0cb..0x0cb, current privilege level
 * @reserved_0x0cc: bytes 0x0cc..0x0cf, reserved
 * @efer: bytes 0x0d0..0x0d7, EFER
 * @reserved_0x0d8: bytes 0x0d8..0x13f, reserved
 * @xss: bytes 0x140..0x147, XSS (SEV-ES only)
 * @cr4: bytes 0x148..0x14f, CR4
 * @cr3: bytes 0x150..0x157, CR3
 * @cr0: bytes 0x158..0x15f, CR0
 * @dr7: bytes 0x160..0x167, DR7
 * @dr6: bytes 0x168..0x16f, DR6
 * @rflags: bytes 0x170..0x177, RFLAGS
 * @rip: bytes 0x178..0x17f, RIP
 * @dr0: bytes 0x180..0x187, DR0 (SEV-ES only)
 * @dr1: bytes 0x188..0x18f, DR1 (SEV-ES only)
 * @dr2: bytes 0x190..0x197, DR2 (SEV-ES only)
 * @dr3: bytes 0x198..0x19f, DR3 (SEV-ES only)
 * @dr0_addr_mask: bytes 0x1a0..0x1a7, DR0 address mask (SEV-ES only)
 * @dr1_addr_mask: bytes 0x1a8..0x1af, DR1 address mask (SEV-ES only)
 * @dr2_addr_mask: bytes 0x1b0..0x1b7, DR2 address mask (SEV-ES only)
 * @dr3_addr_mask: bytes 0x1b8..0x1bf, DR3 address mask (SEV-ES only)
 * @reserved_0x1c0: bytes 0x1c0..0x1d7, reserved
 * @rsp: bytes 0x1d8..0x1df, RSP
 * @s_cet: bytes 0x1e0..0x1e7, supervisor CET settings (S_CET)
 * @ssp: bytes 0x1e8..0x1ef, shadow stack pointer (SSP)
 * @isst_addr: bytes 0x1f0..0x1f7, interrupt shadow stack table address (ISST_ADDR)
 * @rax: bytes 0x1f8..0x1ff, RAX
 * @star: bytes 0x200..0x207, STAR (VMLOAD, VMSAVE)
 * @lstar: bytes 0x208..0x20f, LSTAR (VMLOAD, VMSAVE)
 * @cstar: bytes 0x210..0x217, CSTAR (VMLOAD, VMSAVE)
 * @sfmask: bytes 0x218..0x21f, SFMASK (VMLOAD, VMSAVE)
 * @kernel_gs_base: bytes 0x220..0x227, KernelGSbase (VMLOAD, VMSAVE)
 * @sysenter_cs: bytes 0x228..0x22f, SYSENTER_CS (VMLOAD, VMSAVE)
 * @sysenter_esp: bytes 0x230..0x237, SYSENTER_ESP (VMLOAD, VMSAVE)
 * @sysenter_eip: bytes 0x238..0x23f, SYSENTER_EIP (VMLOAD, VMSAVE)
 * @cr2: bytes 0x240..0x247, CR2
 * @reserved_0x248: bytes 0x248..0x267, reserved
 * @g_pat: bytes 0x268..0x26f, guest PAT (used with nested paging)
 * @dbgctl: bytes 0x270..0x277, DBGCTL (LBR virtualization)
 * @br_from: bytes 0x278..0x27f, BR_FROM (LBR virtualization)
 * @br_to: bytes 0x280..0x287, BR_TO (LBR virtualization)
 * @last_excp_from: bytes 0x288..0x28f, LASTEXCPFROM (LBR virtualization)
 * @last_excp_to: bytes 0x290..0x297, LASTEXCPTO (LBR virtualization)
 * @reserved_0x298: bytes 0x298..0x2df, reserved
 * @spec_ctrl: bytes 0x2e0..0x2e7, the guest's SPEC_CTRL
 * @pkru: bytes 0x2e8..0x2eb, PKRU (SEV-ES only)
 * @reserved_0x2ec: bytes 0x2ec..0x307, reserved
 * @rcx: bytes 0x308..0x30f, RCX (SEV-ES only)
 * @rdx: bytes 0x310..0x317, RDX (SEV-ES only)
 * @rbx: bytes 0x318..0x31f, RBX (SEV-ES only)
 * @reserved_0x320: bytes 0x320..0x327, reserved
 * @rbp: bytes 0x328..0x32f, RBP (SEV-ES only)
 * @rsi: bytes 0x330..0x337, RSI (SEV-ES only)
 * @rdi: bytes 0x338..0x33f, RDI (SEV-ES only)
 * @r8: bytes 0x340..0x347, R8 (SEV-ES only)
 * @r9: bytes 0x348..0x34f, R9 (SEV-ES only)
 * @r10: bytes 0x350..0x357, R10 (SEV-ES only)
 * @r11: bytes 0x358..0x35f, R11 (SEV-ES only)
 * @r12: bytes 0x360..0x367, R12 (SEV-ES only)
 * @r13: bytes 0x368..0x36f, R13 (SEV-ES only)
 * @r14: bytes 0x370..0x377, R14 (SEV-ES only)
 * @r15: bytes 0x378..0x37f, R15 (SEV-ES only)
 * @reserved_0x380: bytes 0x380..0x38f, reserved
 * @guest_exit_info_1: bytes 0x390..0x397, the guest's EXITINFO1 (for the GHCB protocol) (SEV-ES only)
 * @guest_exit_info_2: bytes 0x398..0x39f, the guest's EXITINFO2 (SEV-ES only)
 * @guest_exit_int_info: bytes 0x3a0..0x3a7, the guest's EXITINTINFO (SEV-ES only)
 * @guest_nrip: bytes 0x3a8..0x3af, the guest's nRIP (SEV-ES only)
 * @sev_features: bytes 0x3b0..0x3b7, SEV features enabled for the guest (SEV_FEATURES) (SEV-ES only)
 * @vintr_ctrl: bytes 0x3b8..0x3bf, the guest's virtual interrupt control (SEV-ES only)
 * @guest_exit_code: bytes 0x3c0..0x3c7, the guest's EXITCODE (SEV-ES only)
 * @virtual_tom: bytes 0x3c8..0x3cf, virtual top of memory (SEV-ES only)
 * @tlb_id: bytes 0x3d0..0x3d7, TLB_ID (SEV-ES only)
 * @pcpu_id: bytes 0x3d8..0x3df, PCPU_ID (SEV-ES only)
 * @event_inj: bytes 0x3e0..0x3e7, the guest's EVENTINJ (SEV-ES only)
 * @xcr0: bytes 0x3e8..0x3ef, XCR0 (SEV-ES only)
 * @reserved_0x3f0: bytes 0x3f0..0x3ff, reserved
 * @x87_dp: bytes 0x400..0x407, x87 data pointer (SEV-ES only)
 * @mxcsr: bytes 0x408..0x40b, MXCSR (SEV-ES only)
 * @x87_ftw: bytes 0x40c..0x40d, x87 tag word (SEV-ES only)
 * @x87_fsw: bytes 0x40e..0x40f, x87 status word (SEV-ES only)
 * @x87_fcw: bytes 0x410..0x411, x87 control word (SEV-ES only)
 * @x87_fop: bytes 0x412..0x413, x87 last opcode (SEV-ES only)
 * @x87_ds: bytes 0x414..0x415, x87 data segment (SEV-ES only)
 * @x87_cs: bytes 0x416..0x417, x87 code segment (SEV-ES only)
 * @x87_rip: bytes 0x418..0x41f, x87 instruction pointer (SEV-ES only)
 * @fpreg_x87: bytes 0x420..0x46f, ST0-ST7, 10 bytes each (SEV-ES only)
 * @fpreg_xmm: bytes 0x470..0x56f, XMM0-XMM15, 16 bytes each (SEV-ES only)
 * @fpreg_ymm: bytes 0x570..0x66f, YMM0-YMM15, upper 128 bits, 16 bytes each (SEV-ES only)
 * @reserved_0x670: bytes 0x670..0xbff, reserved
 *
 * AMD APM Vol. 2, Appendix B, Table B-2 (VMCB Layout, State Save Area); Section 15.35.5 / Table B-4 (SEV-ES save area).
 */
struct svm_vmcb_save {
	struct svm_vmcb_segment es;
	struct svm_vmcb_segment cs;
	struct svm_vmcb_segment ss;
	struct svm_vmcb_segment ds;
	struct svm_vmcb_segment fs;
	struct svm_vmcb_segment gs;
	struct svm_vmcb_segment gdtr;
	struct svm_vmcb_segment ldtr;
	struct svm_vmcb_segment idtr;
	struct svm_vmcb_segment tr;
	vmx_u64 pl0_ssp;
	vmx_u64 pl1_ssp;
	vmx_u64 pl2_ssp;
	vmx_u64 pl3_ssp;
	vmx_u64 u_cet;
	vmx_u8 reserved_0x0c8[2];
	vmx_u8 vmpl;
	vmx_u8 cpl;
	vmx_u8 reserved_0x0cc[4];
	vmx_u64 efer;
	vmx_u8 reserved_0x0d8[104];
	vmx_u64 xss;
	vmx_u64 cr4;
	vmx_u64 cr3;
	vmx_u64 cr0;
	vmx_u64 dr7;
	vmx_u64 dr6;
	vmx_u64 rflags;
	vmx_u64 rip;
	vmx_u64 dr0;
	vmx_u64 dr1;
	vmx_u64 dr2;
	vmx_u64 dr3;
	vmx_u64 dr0_addr_mask;
	vmx_u64 dr1_addr_mask;
	vmx_u64 dr2_addr_mask;
	vmx_u64 dr3_addr_mask;
	vmx_u8 reserved_0x1c0[24];
	vmx_u64 rsp;
	vmx_u64 s_cet;
	vmx_u64 ssp;
	vmx_u64 isst_addr;
	vmx_u64 rax;
	vmx_u64 star;
	vmx_u64 lstar;
	vmx_u64 cstar;
	vmx_u64 sfmask;
	vmx_u64 kernel_gs_base;
	vmx_u64 sysenter_cs;
	vmx_u64 sysenter_esp;
	vmx_u64 sysenter_eip;
	vmx_u64 cr2;
	vmx_u8 reserved_0x248[32];
	vmx_u64 g_pat;
	vmx_u64 dbgctl;
	vmx_u64 br_from;
	vmx_u64 br_to;
	vmx_u64 last_excp_from;
	vmx_u64 last_excp_to;
	vmx_u8 reserved_0x298[72];
	vmx_u64 spec_ctrl;
	vmx_u32 pkru;
	vmx_u8 reserved_0x2ec[28];
	vmx_u64 rcx;
	vmx_u64 rdx;
	vmx_u64 rbx;
	vmx_u8 reserved_0x320[8];
	vmx_u64 rbp;
	vmx_u64 rsi;
	vmx_u64 rdi;
	vmx_u64 r8;
	vmx_u64 r9;
	vmx_u64 r10;
	vmx_u64 r11;
	vmx_u64 r12;
	vmx_u64 r13;
	vmx_u64 r14;
	vmx_u64 r15;
	vmx_u8 reserved_0x380[16];
	vmx_u64 guest_exit_info_1;
	vmx_u64 guest_exit_info_2;
	vmx_u64 guest_exit_int_info;
	vmx_u64 guest_nrip;
	vmx_u64 sev_features;
	vmx_u64 vintr_ctrl;
	vmx_u64 guest_exit_code;
	vmx_u64 virtual_tom;
	vmx_u64 tlb_id;
	vmx_u64 pcpu_id;
	vmx_u64 event_inj;
	vmx_u64 xcr0;
	vmx_u8 reserved_0x3f0[16];
	vmx_u64 x87_dp;
	vmx_u32 mxcsr;
	vmx_u16 x87_ftw;
	vmx_u16 x87_fsw;
	vmx_u16 x87_fcw;
	vmx_u16 x87_fop;
	vmx_u16 x87_ds;
	vmx_u16 x87_cs;
	vmx_u64 x87_rip;
	vmx_u8 fpreg_x87[80];
	vmx_u8 fpreg_xmm[256];
	vmx_u8 fpreg_ymm[256];
	vmx_u8 reserved_0x670[1424];
};

_Static_assert(sizeof(struct svm_vmcb_save) == 3072,
	       "vmcb save is 3072 bytes");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, es) == 0,
	       "vmcb save: es starts at byte 0");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, cs) == 16,
	       "vmcb save: cs starts at byte 16");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, ss) == 32,
	       "vmcb save: ss starts at byte 32");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, ds) == 48,
	       "vmcb save: ds starts at byte 48");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, fs) == 64,
	       "vmcb save: fs starts at byte 64");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, gs) == 80,
	       "vmcb save: gs starts at byte 80");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, gdtr) == 96,
	       "vmcb save: gdtr starts at byte 96");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, ldtr) == 112,
	       "vmcb save: ldtr starts at byte 112");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, idtr) == 128,
	       "vmcb save: idtr starts at byte 128");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, tr) == 144,
	       "vmcb save: tr starts at byte 144");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, pl0_ssp) == 160,
	       "vmcb save: pl0_ssp starts at byte 160");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, pl1_ssp) == 168,
	       "vmcb save: pl1_ssp starts at byte 168");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, pl2_ssp) == 176,
	       "vmcb save: pl2_ssp starts at byte 176");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, pl3_ssp) == 184,
	       "vmcb save: pl3_ssp starts at byte 184");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, u_cet) == 192,
	       "vmcb save: u_cet starts at byte 192");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, reserved_0x0c8) == 200,
	       "vmcb save: reserved_0x0c8 starts at byte 200");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, vmpl) == 202,
	       "vmcb save: vmpl starts at byte 202");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, cpl) == 203,
	       "vmcb save: cpl starts at byte 203");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, reserved_0x0cc) == 204,
	       "vmcb save: reserved_0x0cc starts at byte 204");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, efer) == 208,
	       "vmcb save: efer starts at byte 208");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, reserved_0x0d8) == 216,
	       "vmcb save: reserved_0x0d8 starts at byte 216");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, xss) == 320,
	       "vmcb save: xss starts at byte 320");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, cr4) == 328,
	       "vmcb save: cr4 starts at byte 328");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, cr3) == 336,
	       "vmcb save: cr3 starts at byte 336");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, cr0) == 344,
	       "vmcb save: cr0 starts at byte 344");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, dr7) == 352,
	       "vmcb save: dr7 starts at byte 352");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, dr6) == 360,
	       "vmcb save: dr6 starts at byte 360");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, rflags) == 368,
	       "vmcb save: rflags starts at byte 368");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, rip) == 376,
	       "vmcb save: rip starts at byte 376");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, dr0) == 384,
	       "vmcb save: dr0 starts at byte 384");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, dr1) == 392,
	       "vmcb save: dr1 starts at byte 392");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, dr2) == 400,
	       "vmcb save: dr2 starts at byte 400");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, dr3) == 408,
	       "vmcb save: dr3 starts at byte 408");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, dr0_addr_mask) == 416,
	       "vmcb save: dr0_addr_mask starts at byte 416");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, dr1_addr_mask) == 424,
	       "vmcb save: dr1_addr_mask starts at byte 424");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, dr2_addr_mask) == 432,
	       "vmcb save: dr2_addr_mask starts at byte 432");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, dr3_addr_mask) == 440,
	       "vmcb save: dr3_addr_mask starts at byte 440");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, reserved_0x1c0) == 448,
	       "vmcb save: reserved_0x1c0 starts at byte 448");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, rsp) == 472,
	       "vmcb save: rsp starts at byte 472");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, s_cet) == 480,
	       "vmcb save: s_cet starts at byte 480");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, ssp) == 488,
	       "vmcb save: ssp starts at byte 488");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, isst_addr) == 496,
	       "vmcb save: isst_addr starts at byte 496");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, rax) == 504,
	       "vmcb save: rax starts at byte 504");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, star) == 512,
	       "vmcb save: star starts at byte 512");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, lstar) == 520,
	       "vmcb save: lstar starts at byte 520");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, cstar) == 528,
	       "vmcb save: cstar starts at byte 528");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, sfmask) == 536,
	       "vmcb save: sfmask starts at byte 536");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, kernel_gs_base) == 544,
	       "vmcb save: kernel_gs_base starts at byte 544");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, sysenter_cs) == 552,
	       "vmcb save: sysenter_cs starts at byte 552");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, sysenter_esp) == 560,
	       "vmcb save: sysenter_esp starts at byte 560");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, sysenter_eip) == 568,
	       "vmcb save: sysenter_eip starts at byte 568");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, cr2) == 576,
	       "vmcb save: cr2 starts at byte 576");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, reserved_0x248) == 584,
	       "vmcb save: reserved_0x248 starts at byte 584");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, g_pat) == 616,
	       "vmcb save: g_pat starts at byte 616");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, dbgctl) == 624,
	       "vmcb save: dbgctl starts at byte 624");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, br_from) == 632,
	       "vmcb save: br_from starts at byte 632");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, br_to) == 640,
	       "vmcb save: br_to starts at byte 640");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, last_excp_from) == 648,
	       "vmcb save: last_excp_from starts at byte 648");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, last_excp_to) == 656,
	       "vmcb save: last_excp_to starts at byte 656");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, reserved_0x298) == 664,
	       "vmcb save: reserved_0x298 starts at byte 664");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, spec_ctrl) == 736,
	       "vmcb save: spec_ctrl starts at byte 736");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, pkru) == 744,
	       "vmcb save: pkru starts at byte 744");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, reserved_0x2ec) == 748,
	       "vmcb save: reserved_0x2ec starts at byte 748");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, rcx) == 776,
	       "vmcb save: rcx starts at byte 776");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, rdx) == 784,
	       "vmcb save: rdx starts at byte 784");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, rbx) == 792,
	       "vmcb save: rbx starts at byte 792");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, reserved_0x320) == 800,
	       "vmcb save: reserved_0x320 starts at byte 800");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, rbp) == 808,
	       "vmcb save: rbp starts at byte 808");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, rsi) == 816,
	       "vmcb save: rsi starts at byte 816");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, rdi) == 824,
	       "vmcb save: rdi starts at byte 824");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, r8) == 832,
	       "vmcb save: r8 starts at byte 832");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, r9) == 840,
	       "vmcb save: r9 starts at byte 840");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, r10) == 848,
	       "vmcb save: r10 starts at byte 848");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, r11) == 856,
	       "vmcb save: r11 starts at byte 856");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, r12) == 864,
	       "vmcb save: r12 starts at byte 864");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, r13) == 872,
	       "vmcb save: r13 starts at byte 872");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, r14) == 880,
	       "vmcb save: r14 starts at byte 880");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, r15) == 888,
	       "vmcb save: r15 starts at byte 888");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, reserved_0x380) == 896,
	       "vmcb save: reserved_0x380 starts at byte 896");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, guest_exit_info_1) == 912,
	       "vmcb save: guest_exit_info_1 starts at byte 912");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, guest_exit_info_2) == 920,
	       "vmcb save: guest_exit_info_2 starts at byte 920");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, guest_exit_int_info) == 928,
	       "vmcb save: guest_exit_int_info starts at byte 928");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, guest_nrip) == 936,
	       "vmcb save: guest_nrip starts at byte 936");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, sev_features) == 944,
	       "vmcb save: sev_features starts at byte 944");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, vintr_ctrl) == 952,
	       "vmcb save: vintr_ctrl starts at byte 952");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, guest_exit_code) == 960,
	       "vmcb save: guest_exit_code starts at byte 960");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, virtual_tom) == 968,
	       "vmcb save: virtual_tom starts at byte 968");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, tlb_id) == 976,
	       "vmcb save: tlb_id starts at byte 976");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, pcpu_id) == 984,
	       "vmcb save: pcpu_id starts at byte 984");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, event_inj) == 992,
	       "vmcb save: event_inj starts at byte 992");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, xcr0) == 1000,
	       "vmcb save: xcr0 starts at byte 1000");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, reserved_0x3f0) == 1008,
	       "vmcb save: reserved_0x3f0 starts at byte 1008");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, x87_dp) == 1024,
	       "vmcb save: x87_dp starts at byte 1024");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, mxcsr) == 1032,
	       "vmcb save: mxcsr starts at byte 1032");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, x87_ftw) == 1036,
	       "vmcb save: x87_ftw starts at byte 1036");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, x87_fsw) == 1038,
	       "vmcb save: x87_fsw starts at byte 1038");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, x87_fcw) == 1040,
	       "vmcb save: x87_fcw starts at byte 1040");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, x87_fop) == 1042,
	       "vmcb save: x87_fop starts at byte 1042");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, x87_ds) == 1044,
	       "vmcb save: x87_ds starts at byte 1044");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, x87_cs) == 1046,
	       "vmcb save: x87_cs starts at byte 1046");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, x87_rip) == 1048,
	       "vmcb save: x87_rip starts at byte 1048");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, fpreg_x87) == 1056,
	       "vmcb save: fpreg_x87 starts at byte 1056");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, fpreg_xmm) == 1136,
	       "vmcb save: fpreg_xmm starts at byte 1136");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, fpreg_ymm) == 1392,
	       "vmcb save: fpreg_ymm starts at byte 1392");
_Static_assert(__builtin_offsetof(struct svm_vmcb_save, reserved_0x670) == 1648,
	       "vmcb save: reserved_0x670 starts at byte 1648");

/**
 * struct svm_vmcb - the virtual machine control block (VMCB) of a guest, one 4-KByte aligned page
 * @control: bytes 0x000..0x3ff, the control area
 * @save: bytes 0x400..0xfff, the state save area
 *
 * AMD APM Vol. 2, Section 15.5.1 (Basic Operation) and Appendix B (Layout of VMCB).
 */
struct svm_vmcb {
	struct svm_vmcb_control control;
	struct svm_vmcb_save save;
};

_Static_assert(sizeof(struct svm_vmcb) == 4096,
	       "vmcb is 4096 bytes");
_Static_assert(__builtin_offsetof(struct svm_vmcb, control) == 0,
	       "vmcb: control starts at byte 0");
_Static_assert(__builtin_offsetof(struct svm_vmcb, save) == 1024,
	       "vmcb: save starts at byte 1024");

/**
 * svm_clgi() - clear the global interrupt flag (GIF)
 *
 * Executes CLGI (NP 0F 01 DD).
 * AMD APM Vol. 3, Chapter 4 (System Instruction Reference), CLGI.
 *
 * Return: %SVM_OK; %SVM_FAULT (the instruction faulted) if a fault hook
 * (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum svm_status
svm_clgi(void)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tclgi\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		:
		: "cc", "memory"
		: fault);
	return SVM_OK;
fault:
	return SVM_FAULT;
#else
	__asm__ __volatile__("clgi"
		:
		:
		: "cc", "memory");
	return SVM_OK;
#endif
}

/**
 * svm_invlpga_asid() - invalidate the TLB mapping of a virtual page in an ASID
 * @va: virtual address of the page (rAX; the address size is the mode's)
 * @asid: address space identifier (ASID) whose mapping is invalidated
 *
 * Executes INVLPGA (NP 0F 01 DF).
 * AMD APM Vol. 3, Chapter 4 (System Instruction Reference), INVLPGA.
 *
 * Return: %SVM_OK; %SVM_FAULT (the instruction faulted) if a fault hook
 * (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum svm_status
svm_invlpga_asid(unsigned long va, vmx_u32 asid)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tinvlpga\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [va] "a" (va),
		  [asid] "c" (asid)
		: "cc", "memory"
		: fault);
	return SVM_OK;
fault:
	return SVM_FAULT;
#else
	__asm__ __volatile__("invlpga"
		:
		: [va] "a" (va),
		  [asid] "c" (asid)
		: "cc", "memory");
	return SVM_OK;
#endif
}

#ifndef __x86_64__
#define svm_invlpga_asid(va, asid) \
	((svm_invlpga_asid)( \
		VMXGEN_NATURAL(va, svm_invlpga_asid), \
		asid))
#endif

#ifdef __x86_64__
/**
 * svm_invlpgb() - invalidate TLB entries with broadcast to all processors
 * @address: rAX: the virtual address (bits 63:12) and the valid and scope flags (bits 5:0)
 * @count: ECX: the number of further pages (bits 15:0) and the 2-MByte stride (bit 31)
 * @ids: EDX: the ASID (bits 15:0) and the PCID (bits 27:16)
 *
 * Executes INVLPGB (NP 0F 01 FE).
 * Invalidates the selected TLB entries on every processor of the system;
 * TLBSYNC waits until they are done.
 * AMD APM Vol. 3, Chapter 4 (System Instruction Reference), INVLPGB.
 *
 * Return: %SVM_OK; %SVM_FAULT (the instruction faulted) if a fault hook
 * (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum svm_status
svm_invlpgb(unsigned long address, vmx_u32 count, vmx_u32 ids)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tinvlpgb\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [address] "a" (address),
		  [count] "c" (count),
		  [ids] "d" (ids)
		: "cc", "memory"
		: fault);
	return SVM_OK;
fault:
	return SVM_FAULT;
#else
	__asm__ __volatile__("invlpgb"
		:
		: [address] "a" (address),
		  [count] "c" (count),
		  [ids] "d" (ids)
		: "cc", "memory");
	return SVM_OK;
#endif
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * svm_psmash() - split a 2-MByte page's RMP entry into 512 4-KByte entries
 * @spa: RAX: the system physical address of the 2-MByte page
 *
 * Executes PSMASH (F3 0F 01 FF).
 * AMD APM Vol. 3, Chapter 4 (System Instruction Reference), PSMASH; Vol. 2, Section 15.36.10 (Large Page Management).
 *
 * Return: the status the instruction leaves in EAX.  If a fault hook
 * (VMXGEN_FAULT_HOOK) resumed it: 0xffffffff; the instruction faulted (#UD
 * without SEV-SNP, #GP at CPL > 0); all ones, which is no APM return code
 * (rmp_status).
 */
static __always_inline vmx_u32
svm_psmash(vmx_u64 spa)
{
	vmx_u64 status = spa;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\tpsmash\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0xffffffff, %k[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status)
		:
		: "cc", "memory");
	if (__builtin_expect((vmx_u32)status == (vmx_u32)0xffffffffULL, 0))
		return (vmx_u32)0xffffffffULL;
#else
	__asm__ __volatile__("psmash"
		: [status] "+a" (status)
		:
		: "cc", "memory");
#endif
	return (vmx_u32)status;
}
#endif /* __x86_64__ */

/**
 * svm_pvalidate() - validate or rescind validation of a guest page in the RMP
 * @address: rAX: the guest virtual address of the page (4-KByte or 2-MByte aligned)
 * @page_size: ECX: the page size
 * @validate: EDX: 1 to validate the page, 0 to rescind its validation
 *
 * Executes PVALIDATE (F2 0F 01 FF).
 * Sets or clears the Validated bit of the RMP entry of the guest page at
 * the given virtual address (SEV-SNP guests only).
 * AMD APM Vol. 3, Chapter 4 (System Instruction Reference), PVALIDATE; Vol. 2, Section 15.36.6 (Page Validation).
 *
 * Return: the status the instruction leaves in EAX.  If it sets CF (the
 * RMP entry's Validated bit already had the requested value: nothing was
 * updated): 0xff.  If a fault hook (VMXGEN_FAULT_HOOK) resumed it:
 * 0xffffffff; the instruction faulted (#UD without SEV-SNP, #GP at CPL >
 * 0); all ones, which is no APM return code (rmp_status) nor the CF
 * outcome's 0xff.
 */
static __always_inline vmx_u32
svm_pvalidate(unsigned long address, enum svm_rmp_page_size page_size, vmx_u32 validate)
{
	unsigned long status = address;
	vmx_u8 carry;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\tpvalidate\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0xffffffff, %k[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [page_size] "c" ((unsigned long)page_size),
		  [validate] "d" (validate)
		: "cc", "memory");
	if (__builtin_expect((vmx_u32)status == (vmx_u32)0xffffffffULL, 0))
		return (vmx_u32)0xffffffffULL;
#else
	__asm__ __volatile__("pvalidate"
		: [status] "+a" (status),
		  [carry] "=@ccc" (carry)
		: [page_size] "c" ((unsigned long)page_size),
		  [validate] "d" (validate)
		: "cc", "memory");
#endif
	if (__builtin_expect(carry, 0))
		return (vmx_u32)0xffULL;
	return (vmx_u32)status;
}

#ifndef __x86_64__
#define svm_pvalidate(address, page_size, validate) \
	((svm_pvalidate)( \
		VMXGEN_NATURAL(address, svm_pvalidate), \
		page_size, \
		validate))
#endif

#ifdef __x86_64__
/**
 * svm_rmpadjust() - adjust the RMP permissions of a guest page for a less privileged VMPL
 * @address: RAX: the guest virtual address of the page
 * @page_size: RCX: the page size
 * @attributes: RDX: the target VMPL, its permissions and the VMSA bit (layout rmpadjust_attributes)
 *
 * Executes RMPADJUST (F3 0F 01 FE).
 * AMD APM Vol. 3, Chapter 4 (System Instruction Reference), RMPADJUST; Vol. 2, Section 15.36.7 (Virtual Machine Privilege Levels).
 *
 * Return: the status the instruction leaves in EAX.  If a fault hook
 * (VMXGEN_FAULT_HOOK) resumed it: 0xffffffff; the instruction faulted (#UD
 * without SEV-SNP, #GP at CPL > 0); all ones, which is no APM return code
 * (rmp_status).
 */
static __always_inline vmx_u32
svm_rmpadjust(vmx_u64 address, enum svm_rmp_page_size page_size, vmx_u64 attributes)
{
	vmx_u64 status = address;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\trmpadjust\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0xffffffff, %k[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status)
		: [page_size] "c" ((unsigned long)page_size),
		  [attributes] "d" (attributes)
		: "cc", "memory");
	if (__builtin_expect((vmx_u32)status == (vmx_u32)0xffffffffULL, 0))
		return (vmx_u32)0xffffffffULL;
#else
	__asm__ __volatile__("rmpadjust"
		: [status] "+a" (status)
		: [page_size] "c" ((unsigned long)page_size),
		  [attributes] "d" (attributes)
		: "cc", "memory");
#endif
	return (vmx_u32)status;
}
#endif /* __x86_64__ */

#ifdef __x86_64__
/**
 * svm_rmpupdate() - write a new RMP entry for a page
 * @spa: RAX: the system physical address of the page
 * @entry: RCX: the (virtual) address of the 16-byte new entry (struct svm_rmpupdate_entry)
 *
 * Executes RMPUPDATE (F2 0F 01 FE).
 * AMD APM Vol. 3, Chapter 4 (System Instruction Reference), RMPUPDATE; Vol. 2, Section 15.36.4 (RMP Updates).
 *
 * Return: the status the instruction leaves in EAX.  If a fault hook
 * (VMXGEN_FAULT_HOOK) resumed it: 0xffffffff; the instruction faulted (#UD
 * without SEV-SNP, #GP at CPL > 0); all ones, which is no APM return code
 * (rmp_status).
 */
static __always_inline vmx_u32
svm_rmpupdate(vmx_u64 spa, vmx_u64 entry)
{
	vmx_u64 status = spa;

#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ __volatile__("771:\trmpupdate\n772:\n\t"
		".subsection 1\n"
		"773:\tmov $0xffffffff, %k[status]\n\t"
		"jmp 772b\n\t"
		".previous\n\t"
		VMXGEN_FAULT_HOOK(771b, 773b)
		: [status] "+a" (status)
		: [entry] "c" (entry)
		: "cc", "memory");
	if (__builtin_expect((vmx_u32)status == (vmx_u32)0xffffffffULL, 0))
		return (vmx_u32)0xffffffffULL;
#else
	__asm__ __volatile__("rmpupdate"
		: [status] "+a" (status)
		: [entry] "c" (entry)
		: "cc", "memory");
#endif
	return (vmx_u32)status;
}
#endif /* __x86_64__ */

/**
 * svm_skinit() - secure init and jump with attestation
 * @slb_pa: physical address of the 64-KByte aligned secure loader block
 *
 * Executes SKINIT (NP 0F 01 DE).
 * Reinitializes the processor to a known state and jumps to the secure
 * loader (SL) in the 64-KByte aligned secure loader block, sending the
 * block to the TPM for measurement.  On success it does not come back
 * here: the secure loader runs.
 * AMD APM Vol. 3, Chapter 4 (System Instruction Reference), SKINIT; Vol. 2, Section 15.27 (Security).
 *
 * Return: %SVM_OK; %SVM_FAULT (the instruction faulted) if a fault hook
 * (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum svm_status
svm_skinit(vmx_u32 slb_pa)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tskinit\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [slb_pa] "a" (slb_pa)
		: "cc", "memory"
		: fault);
	return SVM_OK;
fault:
	return SVM_FAULT;
#else
	__asm__ __volatile__("skinit"
		:
		: [slb_pa] "a" (slb_pa)
		: "cc", "memory");
	return SVM_OK;
#endif
}

/**
 * svm_stgi() - set the global interrupt flag (GIF)
 *
 * Executes STGI (NP 0F 01 DC).
 * AMD APM Vol. 3, Chapter 4 (System Instruction Reference), STGI.
 *
 * Return: %SVM_OK; %SVM_FAULT (the instruction faulted) if a fault hook
 * (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum svm_status
svm_stgi(void)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tstgi\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		:
		: "cc", "memory"
		: fault);
	return SVM_OK;
fault:
	return SVM_FAULT;
#else
	__asm__ __volatile__("stgi"
		:
		:
		: "cc", "memory");
	return SVM_OK;
#endif
}

/**
 * svm_tlbsync() - wait until this processor's INVLPGB invalidations are done everywhere
 *
 * Executes TLBSYNC (NP 0F 01 FF).
 * AMD APM Vol. 3, Chapter 4 (System Instruction Reference), TLBSYNC.
 *
 * Return: %SVM_OK; %SVM_FAULT (the instruction faulted) if a fault hook
 * (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum svm_status
svm_tlbsync(void)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\ttlbsync\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		:
		: "cc", "memory"
		: fault);
	return SVM_OK;
fault:
	return SVM_FAULT;
#else
	__asm__ __volatile__("tlbsync"
		:
		:
		: "cc", "memory");
	return SVM_OK;
#endif
}

/**
 * svm_vmload() - load FS, GS, TR, LDTR and the system-call MSRs from a VMCB
 * @vmcb_pa: physical address of the 4-KByte aligned VMCB
 *
 * Executes VMLOAD (NP 0F 01 DA).
 * Loads FS, GS, TR and LDTR (with their hidden state), KernelGsBase, STAR,
 * LSTAR, CSTAR, SFMASK and SYSENTER_CS/ESP/EIP from the VMCB's state save
 * area.
 * AMD APM Vol. 3, Chapter 4 (System Instruction Reference), VMLOAD.
 *
 * Return: %SVM_OK; %SVM_FAULT (the instruction faulted) if a fault hook
 * (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum svm_status
svm_vmload(unsigned long vmcb_pa)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tvmload\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [vmcb_pa] "a" (vmcb_pa)
		: "cc", "memory"
		: fault);
	return SVM_OK;
fault:
	return SVM_FAULT;
#else
	__asm__ __volatile__("vmload"
		:
		: [vmcb_pa] "a" (vmcb_pa)
		: "cc", "memory");
	return SVM_OK;
#endif
}

#ifndef __x86_64__
#define svm_vmload(vmcb_pa) \
	((svm_vmload)( \
		VMXGEN_NATURAL(vmcb_pa, svm_vmload)))
#endif

/**
 * svm_vmmcall() - call the VM monitor
 *
 * Executes VMMCALL (NP 0F 01 D9).
 * In a guest whose VMCB intercepts VMMCALL it causes #VMEXIT with exit
 * code 0x81 and the monitor decides what the guest sees; without the
 * intercept, and outside a guest, it raises #UD.
 * AMD APM Vol. 3, Chapter 4 (System Instruction Reference), VMMCALL.
 *
 * Return: %SVM_OK; %SVM_FAULT (the instruction faulted) if a fault hook
 * (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum svm_status
svm_vmmcall(void)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tvmmcall\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		:
		: "cc", "memory"
		: fault);
	return SVM_OK;
fault:
	return SVM_FAULT;
#else
	__asm__ __volatile__("vmmcall"
		:
		:
		: "cc", "memory");
	return SVM_OK;
#endif
}

/**
 * svm_vmsave() - save FS, GS, TR, LDTR and the system-call MSRs to a VMCB
 * @vmcb_pa: physical address of the 4-KByte aligned VMCB
 *
 * Executes VMSAVE (NP 0F 01 DB).
 * Stores the state VMLOAD loads (FS, GS, TR, LDTR, KernelGsBase, STAR,
 * LSTAR, CSTAR, SFMASK, SYSENTER_CS/ESP/EIP) into the VMCB's state save
 * area.
 * AMD APM Vol. 3, Chapter 4 (System Instruction Reference), VMSAVE.
 *
 * Return: %SVM_OK; %SVM_FAULT (the instruction faulted) if a fault hook
 * (VMXGEN_FAULT_HOOK) resumed it.
 */
static __always_inline enum svm_status
svm_vmsave(unsigned long vmcb_pa)
{
#ifdef VMXGEN_HAVE_FAULT_HOOK
	__asm__ goto("771:\tvmsave\n772:\n\t"
		VMXGEN_FAULT_HOOK(771b, %l[fault])
		:
		: [vmcb_pa] "a" (vmcb_pa)
		: "cc", "memory"
		: fault);
	return SVM_OK;
fault:
	return SVM_FAULT;
#else
	__asm__ __volatile__("vmsave"
		:
		: [vmcb_pa] "a" (vmcb_pa)
		: "cc", "memory");
	return SVM_OK;
#endif
}

#ifndef __x86_64__
#define svm_vmsave(vmcb_pa) \
	((svm_vmsave)( \
		VMXGEN_NATURAL(vmcb_pa, svm_vmsave)))
#endif

#endif /* VMXGEN_SVM_INSN_H */
