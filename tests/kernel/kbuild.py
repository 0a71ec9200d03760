#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The README's "copy into a kernel tree" route, with the kernel's own tools.

An out-of-tree module gets exactly the files the README says to copy
(generated/vmxgen/*.h and include/vmxgen/vmx_compat.h, into vmxgen/ beside
the source, ccflags-y += -I$(src)) and calls every public function of the
headers -- in an ordinary function, in a __cold one and directly in the
__init function, each behind a condition that is never true at run time.
Debian's kbuild (linux-headers-amd64; the version comes from /lib/modules,
never from uname -r) builds it with W=1 KCFLAGS=-Werror and sparse
(C=1 CF=-Wsparse-error).  objtool and modpost warnings leave the exit
status 0, so the log is searched too: any warning, error, objtool, modpost
or sparse line fails.

A second build defines VMXGEN_FAULT_HOOK with the kernel's own
_ASM_EXTABLE: it must be as clean, and its __ex_table must hold exactly one
entry per VMX instruction in the object, on that instruction, with the
fixup the contract of include/vmxgen/vmx_compat.h gives it (which one is
read from the spec by the harness's reader, tests/harness/specread.py):
  - a wrapper that returns an RFLAGS status and has no outputs (asm goto):
    its own fault path, which returns VMX_FAULT.  Checked on the code
    itself: from the instruction, a small abstract machine runs the path of
    each outcome (the flags each leaves: CF = ZF = 0, CF = 1, ZF = 1,
    through the status branches) and the fault path (from the fixup) up to
    where they meet the success path, and there one location -- the
    return register at a return, or wherever the calling code keeps the
    sum of statuses -- must hold the success path's value plus each
    outcome's status value, and plus 3 (VMX_FAULT) on the fault path.  The
    module also has one function per wrapper and context that returns
    the wrapper's status as it is, so that each wrapper is seen returning
    3 in %eax, in .text, .text.unlikely (__cold) and .init.text;
  - a wrapper whose status is a register (TDCALL, SEAMCALL: RAX; PSMASH,
    PVALIDATE, RMPADJUST, RMPUPDATE: EAX): its own fault path too, on
    which, where it meets the success path, one location holds the spec's
    fault value where the success path holds the register as the
    instruction left it (so the code after takes the fault for that
    status); in the vmxgen_ret_*() functions the fault path must go on to
    the return on what it knows (a test of the constant, never the flags
    the fault left) and return the fault value, all 64 bits of it for
    RAX, storing nothing (no output is written after a fault);
  - a wrapper with outputs and a fault status (IN, the safe RDMSR): as an
    asm goto wrapper, its 'faulted' register the location, and in the
    vmxgen_ret_*() functions the same run to the return as a register
    status's: the fault status returned, no output stored;
  - a wrapper with outputs (VMREAD): the next instruction, right after a
    cmp %esp,%esp; stc that sets CF = ZF = 1 before it;
  - a wrapper without a status (VMPTRST, VMFUNC): the next instruction.
The first build must have no __ex_table at all (the default hook is
empty), and both must be free of compiler, objtool, modpost and sparse
warnings (objtool would call a fault path that nothing reaches an
unreachable instruction).

A third module, built the same way at the same time, includes the kernel's
<asm/vmx.h>, <asm/msr-index.h>, <asm/vmxfeatures.h>, <asm/cpufeatures.h>
and <asm/virtext.h> (where the kernel still has it, as 6.1 does) and
<vmxgen/vmx.h> in one file: no name of one may clash with the other's (a
redeclared enum, a function or macro defined twice with other types).
It uses names from each: BUILD_BUG_ONs that the kernel's constant and
vmxgen's for the same thing are equal, and a function that takes both
VMCS field enums and calls both headers' IA32_VMX_BASIC and IA32_VMX_MISC
getters.

A fourth does the same for AMD SVM (issue 14): the kernel's <asm/svm.h>
(struct vmcb, vmcb_control_area, vmcb_save_area, vmcb_seg, SVM_EXIT_*,
SVM_* constants), <asm/msr-index.h>, <asm/vmx.h>, <asm/vmxfeatures.h>,
<asm/cpufeatures.h> and <asm/virtext.h> with <vmxgen/svm.h> and
<vmxgen/vmx.h>, BUILD_BUG_ONs that the kernel's VMCB offsets and sizes,
exit codes, MSRs and bits equal vmxgen's, and a function using both VMCB
structs.
"""

import concurrent.futures
import glob
import os
import re
import shutil

from callers import Args, calls_in_parts, includes, public, spec_fixups
from disasm import disassemble, is_encoding, relocations
from headers import Api
from kbuildenv import clean_env, kernel_build_dirs
from vmxtest import (GENERATED, SPEC, SRCDIR, Tap, load_model, load_specread,
                     parallel, run, workdir, write)
from backends.c.entry import public_entries

# What the README tells users to copy, relative to the source tree.
COPY = ["generated/vmxgen/*.h", "generated/vmxgen/*.S", "include/vmxgen/*.h"]

# Lines of a kbuild log that fail the test.  "MODPOST <file>" and "CHECK
# <file>" are progress lines; diagnostics carry a colon.
BAD_LINE = re.compile(r"warning:|error:|objtool:|modpost:|sparse:", re.I)

MODULE_TAIL = """\
static int __init vmxgen_kbuild_init(void)
{
	unsigned long arg = READ_ONCE(vmxgen_never);

	if (arg)
		return vmxgen_kbuild_hot(arg) + vmxgen_kbuild_cold(arg) +
		       vmxgen_kbuild_calls(arg) + vmxgen_kbuild_returns(arg);
	return 0;
}

static void __exit vmxgen_kbuild_exit(void)
{
}

module_init(vmxgen_kbuild_init);
module_exit(vmxgen_kbuild_exit);
MODULE_LICENSE("Dual MIT/GPL");
MODULE_DESCRIPTION("vmxgen: every generated VMX wrapper, built by kbuild");
"""

MODULE_HEAD = """\
// SPDX-License-Identifier: MIT
/*
 * Written by tests/kernel/kbuild.py: every public vmxgen function, built
 * by kbuild, never executed (vmxgen_never is never set).
 */
#include <linux/compiler.h>
#include <linux/init.h>
#include <linux/module.h>
#ifdef VMXGEN_TEST_EXTABLE
#include <asm/asm.h>
#define VMXGEN_FAULT_HOOK(insn, fixup) _ASM_EXTABLE(insn, fixup)
#endif
%(includes)s

/* Nothing writes it; READ_ONCE() keeps the compiler from knowing that. */
static unsigned long vmxgen_never;
"""

# The three-header module.  Each pair names one fact in the kernel's
# headers and in vmxgen's.
THREE_HEADERS = """\
// SPDX-License-Identifier: MIT
/*
 * Written by tests/kernel/kbuild.py: the kernel's own VMX headers and
 * vmxgen's in one file, never executed (vmxgen_never is never set).
 */
#include <linux/build_bug.h>
#include <linux/compiler.h>
#include <linux/init.h>
#include <linux/module.h>
#include <asm/cpufeatures.h>
#include <asm/msr-index.h>
#include <asm/vmx.h>
#include <asm/vmxfeatures.h>
%(virtext)s#include <vmxgen/vmx.h>

/* Nothing writes it; READ_ONCE() keeps the compiler from knowing that. */
static unsigned long vmxgen_never;

static noinline u64 vmxgen_both(u64 basic, u64 misc, enum vmcs_field kernel,
				enum vmx_vmcs_field ours)
{
	BUILD_BUG_ON(MSR_IA32_VMX_BASIC != VMX_MSR_IA32_VMX_BASIC);
	BUILD_BUG_ON(MSR_IA32_VMX_EPT_VPID_CAP != VMX_MSR_IA32_VMX_EPT_VPID_CAP);
	BUILD_BUG_ON(VMX_BASIC_TRUE_CTLS != VMX_BASIC_TRUE_CTLS_MASK);
	BUILD_BUG_ON(VMX_EPT_INVEPT_BIT != VMX_EPT_VPID_CAP_INVEPT_MASK);
	BUILD_BUG_ON((u32)GUEST_RIP != (u32)VMCS_GUEST_RIP);
	BUILD_BUG_ON(EXIT_REASON_CPUID != (int)VMX_BASIC_EXIT_REASON_CPUID);
	BUILD_BUG_ON(SECONDARY_EXEC_ENABLE_EPT != VMX_CTL_PROC2_ENABLE_EPT);
	BUILD_BUG_ON(INTR_INFO_VALID_MASK != VMX_INTR_INFO_VALID_MASK);

	return vmx_basic_vmcs_size(basic) + vmx_basic_region_size(basic) +
	       vmx_misc_preemption_timer_rate(misc) +
	       vmx_misc_preemption_tsc_bit(misc) + (u32)kernel + (u32)ours;
}

static int __init vmxgen_kbuild_init(void)
{
	unsigned long arg = READ_ONCE(vmxgen_never);

	if (arg)
		return vmxgen_both(arg, arg, GUEST_RIP, VMCS_GUEST_RIP) != 0;
	return 0;
}

static void __exit vmxgen_kbuild_exit(void)
{
}

module_init(vmxgen_kbuild_init);
module_exit(vmxgen_kbuild_exit);
MODULE_LICENSE("Dual MIT/GPL");
MODULE_DESCRIPTION("vmxgen: <asm/vmx.h>, <asm/msr-index.h> and <vmxgen/vmx.h> together");
"""


# The SVM module: the kernel's SVM, MSR and VMX headers and vmxgen's two
# umbrellas in one file.  Each BUILD_BUG_ON names one fact in both.
SVM_HEADERS = """\
// SPDX-License-Identifier: MIT
/*
 * Written by tests/kernel/kbuild.py: the kernel's <asm/svm.h> and vmxgen's
 * <vmxgen/svm.h> (with both VMX headers) in one file, never executed.
 */
#include <linux/bits.h>
#include <linux/build_bug.h>
#include <linux/compiler.h>
#include <linux/init.h>
#include <linux/module.h>
#include <linux/stddef.h>
#include <asm/cpufeatures.h>
#include <asm/msr-index.h>
#include <asm/svm.h>
#include <asm/vmx.h>
#include <asm/vmxfeatures.h>
%(virtext)s#include <vmxgen/svm.h>
#include <vmxgen/vmx.h>

#define SAME_OFFSET(kernel, km, ours, om) \\
	BUILD_BUG_ON(offsetof(kernel, km) != offsetof(ours, om))

/* Nothing writes it; READ_ONCE() keeps the compiler from knowing that. */
static unsigned long vmxgen_never;

static noinline u64 vmxgen_both(struct vmcb *kernel, struct svm_vmcb *ours,
				enum vmcs_field field)
{
	BUILD_BUG_ON(sizeof(struct svm_vmcb) != PAGE_SIZE);
	BUILD_BUG_ON(sizeof(struct svm_vmcb_control) !=
		     sizeof(struct vmcb_control_area));
	BUILD_BUG_ON(sizeof(struct svm_vmcb_segment) != sizeof(struct vmcb_seg));
%(same_offsets)s
	BUILD_BUG_ON(SVM_EXIT_CPUID != SVM_EXIT_CODE_CPUID);
	BUILD_BUG_ON(SVM_EXIT_VMMCALL != SVM_EXIT_CODE_VMMCALL);
	BUILD_BUG_ON(SVM_EXIT_HLT != SVM_EXIT_CODE_HLT);
	BUILD_BUG_ON(SVM_EXIT_EXCP_BASE + 6 != SVM_EXIT_CODE_EXCP_UD);
	BUILD_BUG_ON(SVM_EXIT_NPF != SVM_EXIT_CODE_NPF);
	BUILD_BUG_ON(SVM_EXIT_VMGEXIT != SVM_EXIT_CODE_VMGEXIT);
	BUILD_BUG_ON(SVM_EXIT_ERR != SVM_EXIT_CODE_INVALID);
	BUILD_BUG_ON(MSR_EFER != SVM_MSR_EFER || _EFER_SVME != SVM_EFER_SVME_BIT);
	BUILD_BUG_ON(MSR_VM_CR != SVM_MSR_VM_CR);
	BUILD_BUG_ON(MSR_VM_HSAVE_PA != SVM_MSR_VM_HSAVE_PA);
	BUILD_BUG_ON(SVM_VM_CR_SVM_DIS_MASK != BIT_ULL(SVM_VM_CR_SVMDIS_BIT));
	BUILD_BUG_ON(SVM_VM_CR_SVM_LOCK_MASK != BIT_ULL(SVM_VM_CR_LOCK_BIT));
	BUILD_BUG_ON(SVM_CPUID_FUNC != SVM_CPUID_SVM_EDX_LEAF);
	BUILD_BUG_ON(TLB_CONTROL_FLUSH_ASID_LOCAL != SVM_TLB_CONTROL_FLUSH_ASID_LOCAL);
	BUILD_BUG_ON((u32)SVM_EVTINJ_VALID != SVM_EVENT_INJ_VALID_MASK);
	BUILD_BUG_ON(SVM_EVTINJ_TYPE_EXEPT != SVM_EVENT_INJ_TYPE_EXCEPTION << 8);
	BUILD_BUG_ON(V_IRQ_MASK != SVM_VINTR_V_IRQ_MASK);
	BUILD_BUG_ON(SVM_NESTED_CTL_NP_ENABLE != SVM_NESTED_CTL_NP_ENABLE_MASK);
	BUILD_BUG_ON(BIT(INTERCEPT_CPUID - 96) != SVM_INTERCEPT_MISC1_CPUID_MASK);
	BUILD_BUG_ON(BIT(INTERCEPT_VMRUN - 128) != SVM_INTERCEPT_MISC2_VMRUN_MASK);
	BUILD_BUG_ON(SVM_SELECTOR_L_MASK != SVM_SEGMENT_ATTRIB_L_MASK);

	return kernel->control.exit_code + ours->control.exit_code +
	       (svm_exit_code_name(ours->control.exit_code) != NULL) +
	       svm_cpuid_svm_edx_np(ours->control.asid) + (u32)field;
}

static int __init vmxgen_kbuild_init(void)
{
	unsigned long arg = READ_ONCE(vmxgen_never);

	if (arg)
		return vmxgen_both((struct vmcb *)arg, (struct svm_vmcb *)arg,
				   GUEST_RIP) != 0;
	return 0;
}

static void __exit vmxgen_kbuild_exit(void)
{
}

module_init(vmxgen_kbuild_init);
module_exit(vmxgen_kbuild_exit);
MODULE_LICENSE("Dual MIT/GPL");
MODULE_DESCRIPTION("vmxgen: <asm/svm.h> and <vmxgen/svm.h> together");
"""


# The VMCB members the kernel's structs (Linux 6.1: vmcb_control_area,
# vmcb_save_area, sev_es_save_area, vmcb_seg) share with vmxgen's, by
# their names in each: every one at the same offset.  The kernel splits
# some 64-bit fields in two (int_ctl/int_vector, exit_code/exit_code_hi,
# exit_int_info/_err, event_inj/_err): the first half's offset is the
# field's.  Its vmpl0_ssp..vmpl3_ssp are the APM's PL0_SSP..PL3_SSP.
SVM_SAME_OFFSETS = [
    ("vmcb", "save", "svm_vmcb", "save"),
    ("vmcb_seg", "selector", "svm_vmcb_segment", "selector"),
    ("vmcb_seg", "attrib", "svm_vmcb_segment", "attrib"),
    ("vmcb_seg", "limit", "svm_vmcb_segment", "limit"),
    ("vmcb_seg", "base", "svm_vmcb_segment", "base"),
] + [("vmcb_control_area", k, "svm_vmcb_control", o) for k, o in (
    ("intercepts", "intercept_cr"),
    ("pause_filter_thresh", "pause_filter_threshold"),
    ("pause_filter_count", "pause_filter_count"),
    ("iopm_base_pa", "iopm_base_pa"), ("msrpm_base_pa", "msrpm_base_pa"),
    ("tsc_offset", "tsc_offset"), ("asid", "asid"), ("tlb_ctl", "tlb_control"),
    ("int_ctl", "vintr"), ("int_state", "int_state"),
    ("exit_code", "exit_code"), ("exit_info_1", "exit_info_1"),
    ("exit_info_2", "exit_info_2"), ("exit_int_info", "exit_int_info"),
    ("nested_ctl", "nested_ctl"), ("avic_vapic_bar", "avic_apic_bar"),
    ("ghcb_gpa", "ghcb_gpa"), ("event_inj", "event_inj"),
    ("nested_cr3", "nested_cr3"), ("virt_ext", "virt_ext"),
    ("clean", "clean_bits"), ("next_rip", "next_rip"),
    ("insn_len", "insn_len"), ("insn_bytes", "insn_bytes"),
    ("avic_backing_page", "avic_backing_page"),
    ("avic_logical_id", "avic_logical_table"),
    ("avic_physical_id", "avic_physical_table"), ("vmsa_pa", "vmsa_pa"))
] + [("vmcb_save_area", m, "svm_vmcb_save", m) for m in (
    "es cs ss ds fs gs gdtr ldtr idtr tr vmpl cpl efer cr4 cr3 cr0 dr7 dr6 "
    "rflags rip rsp s_cet ssp isst_addr rax star lstar cstar sfmask "
    "kernel_gs_base sysenter_cs sysenter_esp sysenter_eip cr2 g_pat dbgctl "
    "br_from br_to last_excp_from last_excp_to spec_ctrl").split()
] + [("sev_es_save_area", "vmpl%d_ssp" % i, "svm_vmcb_save", "pl%d_ssp" % i)
     for i in range(4)
] + [("sev_es_save_area", m, "svm_vmcb_save", m) for m in (
    "u_cet vmpl cpl efer xss cr4 dr0 dr1 dr2 dr3 dr0_addr_mask dr3_addr_mask "
    "rsp rax cr2 g_pat pkru rcx rdx rbx rbp rsi rdi r8 r9 r10 r11 r12 r13 r14 "
    "r15 guest_exit_info_1 guest_exit_info_2 guest_exit_int_info guest_nrip "
    "sev_features vintr_ctrl guest_exit_code virtual_tom tlb_id pcpu_id "
    "event_inj xcr0 x87_dp mxcsr x87_ftw x87_fsw x87_fcw x87_fop x87_ds "
    "x87_cs x87_rip fpreg_x87 fpreg_xmm fpreg_ymm").split()]


def svm_module(virtext_line):
    return SVM_HEADERS % {"virtext": virtext_line, "same_offsets": "\n".join(
        "\tSAME_OFFSET(struct %s, %s, struct %s, %s);" % x
        for x in SVM_SAME_OFFSETS)}


def virtext(kver, kbuild):
    """The include of <asm/virtext.h> where the kernel still has it (6.1;
    its helpers moved into KVM later): Debian's kbuild tree has the
    headers in the -common tree beside it.  (sparse knows no
    __has_include.)"""
    common = "/usr/src/linux-headers-%s-common" % kver.rsplit("-", 1)[0]
    for root in (kbuild, common):
        if os.path.exists(os.path.join(root, "arch/x86/include/asm/virtext.h")):
            return "#include <asm/virtext.h>\n"
    return ""


# The contexts of the per-wrapper functions: (name, declarator prefix,
# whether it needs a prototype first (W=1: -Wmissing-prototypes)).
CONTEXTS = (("hot", "noinline ", True),
            ("cold", "static noinline __cold ", False),
            ("init", "static noinline __init ", False))


def returning_functions(wrappers):
    """C: for each wrapper and context, a function with the wrapper's own
    parameters that returns what the wrapper returns, as it is; then one
    __init function that calls them all."""
    out = []
    calls = []
    args = Args()
    for c in wrappers:
        params = c.declaration()
        names = c.arguments()
        # The wrapper's own type: an int would drop a 64-bit status's
        # high half (TDX's fault value is 0 in its low 32 bits).
        ret = c.returns
        body = ("\t%s(%s);" % (c.name, names) if ret == "void"
                else "\treturn %s(%s);" % (c.name, names))
        text = []
        for ctx, prefix, proto in CONTEXTS:
            fn = "vmxgen_ret_%s_%s" % (ctx, c.name)
            if proto:
                text.append("%s %s(%s);" % (ret, fn, params))
            text.append("%s%s %s(%s)\n{\n%s\n}\n" % (prefix, ret, fn, params, body))
            # fn takes the callee's parameters but the fixed ones.
            call = "%s(%s)" % (fn, ", ".join(
                a for i, a in enumerate(args.of(c)) if i not in c.fixed))
            calls.append((c.condition, "\t%s;" % call if ret == "void"
                          else "\tn += %s;" % call))
        if c.condition:
            text = ["#if " + c.condition] + text + ["#endif"]
        out += text
    body = ["\t" + d for d in args.declarations()] + ["\tint n = 0;", ""]
    for cond, line in calls:
        body += ["#if " + cond, line, "#endif"] if cond else [line]
    body += ["", "\treturn n;"]
    out.append(args.definitions())
    out.append("static int __init vmxgen_kbuild_returns(unsigned long arg)\n"
               "{\n%s\n}\n" % "\n".join(body))
    return "\n".join(out)


def module_source(callees, wrappers):
    head = MODULE_HEAD % {"includes": "\n".join(includes(GENERATED))}
    return head + "\n".join([
        calls_in_parts(callees, "vmxgen_kbuild_hot", "", prototype=True,
                       static=True),
        calls_in_parts(callees, "vmxgen_kbuild_cold", "__cold ", static=True),
        calls_in_parts(callees, "vmxgen_kbuild_calls", "__init ", static=True),
        returning_functions(wrappers),
        MODULE_TAIL])


def kernel_has(build, option):
    """Whether the kernel configuration of build sets option (=y)."""
    try:
        with open(os.path.join(build, "include", "config", "auto.conf")) as f:
            return any(line.strip() == option + "=y" for line in f)
    except OSError:
        return False


def copy_headers(dest):
    os.makedirs(os.path.join(dest, "vmxgen"))
    copied = []
    for pattern in COPY:
        for src in sorted(glob.glob(os.path.join(SRCDIR, pattern))):
            shutil.copy(src, os.path.join(dest, "vmxgen"))
            copied.append(os.path.relpath(src, SRCDIR))
    return copied


def extable_entries(obj):
    """[(insn target, fixup target)] from the relocations of __ex_table;
    each target is (section, offset).  None if there is no __ex_table."""
    relocs = relocations(obj, "__ex_table")
    if relocs is None:
        return None
    targets = {off: (sym, addend) for off, (kind, sym, addend) in relocs.items()
               if kind == "R_X86_64_PC32"}
    return [(targets[off], targets.get(off + 4))
            for off in sorted(targets) if off % 12 == 0]


def encodings(wrappers):
    """{mnemonic: [(opcode bytes, encoding)]}, each distinct encoding of
    the wrappers that have the mnemonic once (26 of the wrappers are a
    mov: MOV to and from CR0, CR3, ...).  is_encoding() once per
    instruction and wrapper was most of the time this test spent in
    Python (the objects have 11,000 everyday movs)."""
    out = {}
    for c in wrappers:
        e = c.instruction.encoding
        want = bytes(e.opcode_bytes[1 if e.prefix is not None else 0:])
        key = (want, e.modrm_form, e.modrm_digit, e.rex_r)
        out.setdefault(c.instruction.mnemonic, {}).setdefault(key, (want, e))
    return {m: list(es.values()) for m, es in out.items()}


def is_wrapper_insn(i, encs):
    """Whether the instruction i is one of encs' (encodings()): its
    mnemonic, and its bytes those of one of the encodings (is_encoding()
    only where the opcode bytes are, as it wants them)."""
    return any(want in i.raw and is_encoding(i.raw, e)
               for want, e in encs.get(i.mnemonic) or ())


# --- A small abstract machine over the object's code ----------------------

GPRS = {}
for _q, _d, _w, _b in [("rax", "eax", "ax", "al"), ("rcx", "ecx", "cx", "cl"),
                       ("rdx", "edx", "dx", "dl"), ("rbx", "ebx", "bx", "bl"),
                       ("rsp", "esp", "sp", "spl"), ("rbp", "ebp", "bp", "bpl"),
                       ("rsi", "esi", "si", "sil"), ("rdi", "edi", "di", "dil")] + \
        [("r%d" % n, "r%dd" % n, "r%dw" % n, "r%db" % n) for n in range(8, 16)]:
    GPRS.update({_q: (_q, 64), _d: (_q, 32), _w: (_q, 16), _b: (_q, 8)})
GPRS.update({"ah": ("rax", 8), "ch": ("rcx", 8), "dh": ("rdx", 8), "bh": ("rbx", 8)})

# The conditions of the branches that read only CF and ZF.
CONDITIONS = {
    "a": lambda cf, zf: not cf and not zf, "nbe": lambda cf, zf: not cf and not zf,
    "ae": lambda cf, zf: not cf, "nb": lambda cf, zf: not cf, "nc": lambda cf, zf: not cf,
    "b": lambda cf, zf: cf, "c": lambda cf, zf: cf, "nae": lambda cf, zf: cf,
    "be": lambda cf, zf: cf or zf, "na": lambda cf, zf: cf or zf,
    "e": lambda cf, zf: zf, "z": lambda cf, zf: zf,
    "ne": lambda cf, zf: not zf, "nz": lambda cf, zf: not zf,
}
ALU = re.compile(r"^(mov|add|sub|xor|and|or|cmp|test|lea|inc|dec|neg|not|push|pop)"
                 r"([bwlq]?)$")
NOPS = ("nop", "nopw", "nopl", "endbr64", "endbr32")
FLAGS_WRITERS = ("add", "sub", "xor", "and", "or", "cmp", "test", "inc", "dec", "neg")


def condition(cc, flags):
    """Whether the branch condition cc holds with flags (cf, zf), either
    of which may be None (unknown); None if that depends on an unknown."""
    if flags is None:
        return None
    got = {bool(CONDITIONS[cc](c, z))
           for c in ((True, False) if flags[0] is None else (flags[0],))
           for z in ((True, False) if flags[1] is None else (flags[1],))}
    return got.pop() if len(got) == 1 else None


# The kernel's return: ret, or a jump to the return thunk (CONFIG_RETHUNK).
RETURN_THUNKS = ("__x86_return_thunk", "__x86_return_thunk-0x4")


def split_operands(text):
    """AT&T operands, split at the commas outside parentheses; a branch
    target's '<symbol+off>' dropped."""
    text = re.sub(r"\s*<[^>]*>$", "", text.split("#")[0].strip())
    out, depth, cur = [], 0, ""
    for ch in text:
        if ch == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
            continue
        depth += ch == "("
        depth -= ch == ")"
        cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


class Machine:
    """Runs straight-line paths of an object's code over abstract values:
    a constant (None, n), or a symbol plus a constant (symbol, n), where a
    symbol is what a location held when the path began ("init", loc) or
    a result the machine does not compute (unique to its instruction, so
    two paths never agree on one by chance).  CF and ZF are known
    (cf, zf), each of them may be unknown (None), or neither is (None);
    a cmp, test, inc or dec of constants sets them, as the fault path's
    test of its constant status does; branches on known flags are
    followed, a branch on anything unknown ends the path.  A path ends at a return (ret, or a
    jump to the return thunk), at a VMX instruction, a call, a jump out of
    the object, an instruction it does not model, or after LIMIT
    instructions."""

    LIMIT = 64

    def is_vmx(self, i):
        """Whether i is a wrapper's instruction: its mnemonic and bytes."""
        if i.mnemonic in self.vmx and self.vmx[i.mnemonic] is None:
            return True
        return is_wrapper_insn(i, self.vmx)

    def __init__(self, obj, vmx_mnemonics, more_targets=(), dis=None):
        """vmx_mnemonics: {mnemonic: [wrappers]} (their encodings tell a
        wrapper's mov, to CR3, from an everyday one), or a set of
        mnemonics that are only ever VMX instructions (the guest entry's).
        dis: obj's disassembly, if the caller has it already."""
        self.dis = dis or disassemble(obj, sections=None)
        self.vmx = encodings(c for ws in vmx_mnemonics.values() for c in ws) \
            if isinstance(vmx_mnemonics, dict) else \
            {m: None for m in vmx_mnemonics}
        self.at = {(i.section, i.addr): k for k, i in enumerate(self.dis.insns)}
        self.relocs = {}
        for sec in {i.section for i in self.dis.insns}:
            for off, r in (relocations(obj, sec) or {}).items():
                self.relocs[(sec, off)] = r
        # Every place code can come to other than from the instruction
        # before it: direct branch targets, and more_targets (fixups).
        self.targets = set(more_targets)
        for i in self.dis.insns:
            if i.mnemonic.startswith("j"):
                t = self.branch_target(i)
                if isinstance(t, tuple):
                    self.targets.add(t)

    def state_at(self, where):
        """The state on reaching where, from the start of the straight
        run of code it is in (back to a branch target, or the instruction
        after a branch, call or return; at most LIMIT instructions): so
        that what the code before set (a register the compiler knows is
        0) is known to every path from where."""
        k = j = self.at[where]
        insns = self.dis.insns
        while j > 0 and k - j < self.LIMIT:
            prev, cur = insns[j - 1], insns[j]
            if prev.section != cur.section or (cur.section, cur.addr) in self.targets \
                    or prev.mnemonic.startswith(("j", "ret", "call", "int3", "ud2")) \
                    or self.is_vmx(prev):
                break
            j -= 1
        start = (insns[j].section, insns[j].addr)
        while True:
            _, end = self.run(start, None, stop=frozenset([where]))
            if end[0] != "end" or end[1] is None or end[1] == where or \
                    self.at.get(end[1], k) >= k:
                return end[2] if end[0] == "stop" else {}
            # An instruction it does not model (rep stos): what came before
            # it is unknown, what the code after it sets is still known.
            start = self.following(end[1])

    def insn(self, where):
        k = self.at.get(where)
        return None if k is None else self.dis.insns[k]

    def following(self, where):
        """The instruction after the one at where."""
        k = self.at.get(where)
        if k is None or k + 1 >= len(self.dis.insns):
            return None
        n = self.dis.insns[k + 1]
        return (n.section, n.addr) if n.section == where[0] else None

    # --- values ---

    @staticmethod
    def loc_of(op):
        """The location an operand names: a register's 64-bit name (and
        its width), or a memory operand's text; None for an immediate."""
        if op.startswith("$"):
            return None, None
        if op.startswith("%") and op[1:] in GPRS:
            return GPRS[op[1:]]
        return "mem:" + op, 64

    def read(self, state, op, where):
        if op.startswith("$"):
            return (None, int(op[1:], 0))
        loc, width = self.loc_of(op)
        if op.startswith("%") and op[1:] not in GPRS:
            return (("result", where, op), 0)
        v = state.get(loc, (("init", loc), 0))
        if width < 32 or op[1:] in ("ah", "bh", "ch", "dh"):
            # A part of a register: a constant's low bits, else unknown.
            return (None, v[1] & ((1 << width) - 1)) if v[0] is None else \
                (("result", where, op), 0)
        if width == 32 and v[0] is None:
            return (None, v[1] & 0xffffffff)
        return v

    def write(self, state, op, value, where):
        loc, width = self.loc_of(op)
        if loc is None:
            return False
        if op.startswith("%") and (width < 32 or op[1:] in ("ah", "bh", "ch", "dh")):
            value = (("result", where, op), 0)      # a partial write
        elif value[0] is None and width == 32:
            value = (None, value[1] & 0xffffffff)
        state[loc] = value
        return True

    def address(self, state, op, where):
        """The value of a memory operand's address (lea)."""
        m = re.match(r"^(-?0x[0-9a-f]+|-?\d+)?\((%\w+)?(?:,(%\w+)(?:,(\d))?)?\)$", op)
        if not m or (m.group(2) or "") in ("%rip", "%eip"):
            return (("result", where, op), 0)
        base, off = None, int(m.group(1) or "0", 0)
        for reg, scale in ((m.group(2), 1), (m.group(3), int(m.group(4) or "1"))):
            if not reg:
                continue
            v = self.read(state, reg, where)
            if v[0] is None:
                off += v[1] * scale
            elif base is None and scale == 1:
                base, off = v[0], off + v[1]
            else:
                return (("result", where, op), 0)
        return (base, off)

    # --- running ---

    def branch_target(self, i):
        """(section, offset) of a direct branch, "return" for the return
        thunk, None for anything else outside the object."""
        r = self.relocs.get((i.section, i.addr + i.size - 4))
        if r is None:
            t = i.target()
            return None if t is None else (i.section, t)
        _, sym, addend = r
        if sym.startswith("."):
            return (sym, addend + 4)
        if sym in RETURN_THUNKS:
            return "return"
        return None

    def run(self, start, flags, stop=frozenset(), state=None, shared=()):
        """Run from start with flags (cf, zf) or None, and state (a copy
        is taken).  Returns (trace, end): trace is [(where, state before
        it)] and end is ("stop", where, state) at an address of stop once
        the path has left the addresses of shared (another path's, which
        it follows from the same start until a branch goes another way),
        ("return", where, state), or ("end", where, why)."""
        state, trace, where = dict(state or {}), [], start
        for step in range(self.LIMIT):
            if step < len(shared) and shared[step] == where:
                pass
            elif where in stop:
                return trace, ("stop", where, state)
            else:
                shared = ()
            i = self.insn(where)
            if i is None:
                return trace, ("end", where, "no instruction there")
            trace.append((where, dict(state)))
            mn, ops = i.mnemonic, split_operands(i.operands)
            nxt = (i.section, i.addr + i.size)
            if self.is_vmx(i):
                return trace, ("end", where, "a VMX instruction (%s)" % mn)
            if mn in ("ret", "retq"):
                return trace, ("return", where, state)
            if mn == "jmp" or mn.startswith("j") and mn[1:] in CONDITIONS:
                target = self.branch_target(i)
                if mn != "jmp":
                    if flags is None:
                        return trace, ("end", where, "a branch on unknown flags (%s)"
                                       % i.text)
                    taken = condition(mn[1:], flags)
                    if taken is None:
                        return trace, ("end", where, "a branch on unknown flags (%s)"
                                       % i.text)
                    if not taken:
                        where = nxt
                        continue
                if target == "return":
                    return trace, ("return", where, state)
                if target is None:
                    return trace, ("end", where, "a jump out of the object (%s)" % i.text)
                where = target
                continue
            if mn in NOPS or mn == "xchg" and ops in (["%ax", "%ax"], ["%eax", "%eax"]):
                where = nxt
                continue
            m = ALU.match(mn)
            op = m.group(1) if m else mn
            if op == "movabs" or op == "mov":
                self.write(state, ops[1], self.read(state, ops[0], where), where)
            elif op == "lea":
                self.write(state, ops[1], self.address(state, ops[0], where), where)
            elif op in ("add", "sub") and len(ops) == 2:
                a, b = self.read(state, ops[0], where), self.read(state, ops[1], where)
                sign = 1 if op == "add" else -1
                if a[0] is None:
                    v = (b[0], b[1] + sign * a[1])
                elif b[0] is None and op == "add":
                    v = (a[0], a[1] + b[1])
                else:
                    v = (("result", where, ops[1]), 0)
                self.write(state, ops[1], v, where)
            elif op in ("inc", "dec") and len(ops) == 1:
                b = self.read(state, ops[0], where)
                self.write(state, ops[0], (b[0], b[1] + (1 if op == "inc" else -1)), where)
                v = self.read(state, ops[0], where)
                width = self.loc_of(ops[0])[1] or 64
                # ZF of a constant (inc %eax; je: the fault path's all
                # ones); CF is as it was.
                flags = (flags and flags[0], v[1] & ((1 << width) - 1) == 0) \
                    if v[0] is None and width >= 32 else None
                where = nxt
                continue
            elif re.match(r"^set(%s)$" % "|".join(CONDITIONS), mn) and \
                    ops[0][1:] in GPRS and GPRS[ops[0][1:]][1] == 8 and \
                    ops[0][1:] not in ("ah", "bh", "ch", "dh") and \
                    condition(mn[3:], flags) is not None and \
                    state.get(GPRS[ops[0][1:]][0], ("?", 0))[0] is None:
                # setne %al after a test of a constant: a constant byte.
                loc = GPRS[ops[0][1:]][0]
                self.write(state, "%" + loc, (None, state[loc][1] & ~0xff |
                                              condition(mn[3:], flags)), where)
            elif re.match(r"^sh[lr][lq]?$", mn) and len(ops) == 2 and \
                    ops[0].startswith("$") and self.loc_of(ops[1])[1] in (32, 64) \
                    and self.read(state, ops[1], where)[0] is None:
                # A constant built by a shift (-Os: mov $0x8000ff,%ecx;
                # shl $0x28,%rcx).
                v, n = self.read(state, ops[1], where)[1], int(ops[0][1:], 0)
                v = v << n if mn[2] == "l" else v >> n
                self.write(state, ops[1], (None, v & ((1 << self.loc_of(ops[1])[1]) - 1)),
                           where)
                flags = None
                where = nxt
                continue
            elif re.match(r"^movz(b|w)[lq]$", mn) and \
                    self.read(state, ops[0], where)[0] is None:
                v = self.read(state, ops[0], where)[1]
                self.write(state, ops[1], (None, v & (0xff if mn[4] == "b" else 0xffff)),
                           where)
            elif op == "xor" and len(ops) == 2 and ops[0] == ops[1] and ops[0][1:] in GPRS:
                self.write(state, ops[1], (None, 0), where)
                flags = (False, True)
                where = nxt
                continue
            elif op in ("cmp", "test") and len(ops) == 2:
                # Of two constants (the fault path's status against the
                # value the wrapper tests it for) the flags are known.
                a, b = self.read(state, ops[0], where), self.read(state, ops[1], where)
                width = max(self.loc_of(o)[1] or 0 for o in ops)
                mask = (1 << width) - 1
                if a[0] is None and b[0] is None and width >= 32 and \
                        not any(o.startswith("mem:") for o in map(
                            lambda o: self.loc_of(o)[0] or "", ops)):
                    x, y = a[1] & mask, b[1] & mask
                    flags = (y < x, y == x) if op == "cmp" else (False, x & y == 0)
                else:
                    flags = None
                where = nxt
                continue
            elif re.match(r"^stos[bwlq]?$", mn):
                # (rep) stos, a memset of a local: memory, %rdi and %rcx
                # change; %rax, which it stores, and the flags do not.
                for loc in [loc for loc in state if loc.startswith("mem:")]:
                    del state[loc]
                for reg in ("%rdi", "%rcx"):
                    self.write(state, reg, (("result", where, reg), 0), where)
            elif op in ("and", "or", "xor", "neg", "not", "pop", "push") or \
                    re.match(r"^(mov[sz]\w*|set\w+|cmov\w+|s[ah][lr]\w?|imul\w?|"
                             r"sbb\w?|adc\w?)$", mn):
                # Not computed: the destination holds a result of its own.
                if op == "push":
                    self.write(state, "%rsp", (("result", where, "%rsp"), 0), where)
                elif ops:
                    self.write(state, ops[-1], (("result", where, ops[-1]), 0), where)
                if op == "pop":
                    self.write(state, "%rsp", (("result", where, "%rsp"), 0), where)
            else:
                return trace, ("end", where, "an instruction the test does not "
                               "model (%s)" % i.text)
            if op in FLAGS_WRITERS or re.match(r"^(s[ah][lr]|imul|sbb|adc)", mn):
                flags = None
            where = nxt
        return trace, ("end", where, "more than %d instructions" % self.LIMIT)


def site_status(machine, k, i, c, fixup, kinds):
    """status_location() of the site of instruction i at k for wrapper c:
    (locations, problems); problems None if the site is not checked."""
    insn = c.instruction
    fault = kinds[c.name][1]
    returns = (i.function or "").startswith("vmxgen_ret_")
    if insn.status.kind == "register":
        return register_status(machine, k, i.size, insn, fixup, fault, returns)
    success = insn.isa.status.success
    flag = {"cf": (True, False), "zf": (False, True)}
    # A fault-only form reports no VMfail: its flags lead nowhere else.
    fails = [] if c.form == "fault_only" else insn.fail_outcomes
    outcomes = [(success.name, success.value, False, False)] + [
        (o.name, o.value, *flag[o.flag]) for o in fails]
    writes = c.form != "mem" and any(
        o.role == "write" and o.kind in ("reg", "reg_or_mem") for o in insn.operands)
    if writes and not (i.function or "").startswith("vmxgen_ret_"):
        return set(), None
    locs, problems = status_location(machine, k, i.size, outcomes, fixup,
                                     fault, writes)
    if returns and insn.status.kind == "none" and (
            any(o.is_output for o in insn.operands) or
            (not problems and locs != {"rax"})):
        # Outputs and a fault status (IN, the safe RDMSR), or a status
        # the asm statement outputs (a macro's OUT imm8): the status
        # may be kept apart from %eax where the paths meet and returned
        # after; the fault path must return it, storing nothing.
        problems += fault_return(machine, k, fixup, fault, 32)
        if not problems:
            locs = {"rax"}
    return locs, problems


def fault_return(machine, insn_at, fault_at, fault, width):
    """Problems of the fault path of a vmxgen_ret_*() function, from
    fault_at to its return: it must get there on what it knows (a branch
    on flags the fault left as they were fails), return fault in the
    width's part of %rax, and store nothing on the way (no output)."""
    before = {k: v for k, v in machine.state_at(insn_at).items()
              if not k.startswith("mem:")}
    trace, end = machine.run(fault_at, None, state=before)
    where = "fault path from %s+%#x" % fault_at
    if end[0] != "return":
        return ["%s never returns: %s at %s+%#x" % (
            where, end[2] if end[0] == "end" else "a stop",
            *(end[1] or ("?", 0)))]
    mask = (1 << width) - 1
    got = end[2].get("rax", (("init", "rax"), 0))
    problems = []
    if got[0] is not None or got[1] & mask != fault & mask:
        problems.append("%s returns %s in %%rax, not %#x" % (
            where, "%#x" % (got[1] & mask) if got[0] is None else "a value "
            "of its own", fault & mask))
    stored = sorted(m[4:] for m in end[2] if m.startswith("mem:")
                    and "(%rsp)" not in m)
    if stored:
        problems.append("%s stores to %s (an output?)" % (where, ", ".join(stored)))
    return problems


def register_status(machine, insn_at, size, insn, fault_at, fault, returns):
    """(locations, problems) of an instruction whose status is a register
    (SEAMCALL, TDCALL, PSMASH, PVALIDATE, RMPADJUST, RMPUPDATE): where the
    fault path meets the success path, one location holds the register's
    value as the instruction left it on the success path and the fault
    value on the fault path, so that the code after it takes a fault for
    that status; in a vmxgen_ret_*() function the fault path must also
    return the fault value, storing no output (fault_return())."""
    reg = "%" + insn.status.register.name
    status_loc, width = machine.loc_of(reg)
    mask = (1 << width) - 1
    nxt = (insn_at[0], insn_at[1] + size)
    before = {k: v for k, v in machine.state_at(insn_at).items()
              if not k.startswith("mem:")}
    # On success the instruction wrote the status and each register
    # output: values no other path has.
    written = dict(before)
    for r in [reg] + ["%" + o.register.name for o in insn.operands
                      if o.is_output and o.register]:
        written[machine.loc_of(r)[0]] = (("result", insn_at, r), 0)
    s_trace, s_end = machine.run(nxt, None, state=written)
    s_states = {w: st for w, st in s_trace}
    if s_end[0] == "stop":
        s_states[s_end[1]] = s_end[2]
    trace, end = machine.run(fault_at, None, stop=frozenset(s_states),
                             state=before)
    if end[0] == "stop":
        here, there = end[2], s_states[end[1]]
    elif end[0] == "return" and s_end[0] == "return":
        here, there = end[2], s_end[2]
    else:
        why = end[2] if end[0] == "end" else "it returns, the success path does not"
        return set(), ["fault path from %s+%#x never meets the success path: "
                       "%s at %s+%#x" % (*fault_at, why, *(end[1] or ("?", 0)))]
    good = {loc for loc in set(here) | set(there)
            if there.get(loc) == (("result", insn_at, reg), 0)
            and here.get(loc, ("?", 0))[0] is None
            and here[loc][1] & mask == fault & mask}
    problems = [] if good else [
        "fault path from %s+%#x: no location holds %s on the success path "
        "and %#x on the fault path where they meet" % (
            *fault_at, reg, fault & mask)]
    if returns:
        problems += fault_return(machine, insn_at, fault_at, fault, width)
        good = {"rax"} if not problems else good
    return good, problems


def status_location(machine, insn_at, size, outcomes, fault_at, fault_value,
                    writes=False):
    """Where the status goes on the paths out of an asm goto VMX
    instruction at insn_at: from the next instruction with the flags of
    each outcome in outcomes [(name, value, cf, zf)], the first of which
    is success, and from the fault path at fault_at.  Returns (locations,
    problems): the locations that hold, where each path meets the success
    path, its value there plus the path's status value."""
    nxt = (insn_at[0], insn_at[1] + size)
    (_, s_value, cf, zf), others = outcomes[0], outcomes[1:]
    # An asm goto without outputs writes no register; memory it may.
    before = {k: v for k, v in machine.state_at(insn_at).items()
              if not k.startswith("mem:")}
    # One with outputs (VMREAD) writes its register destination (the
    # last AT&T operand) on success: a value no other path has.
    written = dict(before)
    last = machine.insn(insn_at).operands.rsplit(",", 1)[-1].strip()
    if writes and last.startswith("%"):
        loc, _ = machine.loc_of(last)
        written[loc] = (("result", insn_at, last), 0)
    s_trace, s_end = machine.run(nxt, (cf, zf), state=written)
    s_states = {w: st for w, st in s_trace}
    if s_end[0] == "stop":
        s_states[s_end[1]] = s_end[2]
    paths = [(name, value, nxt, (cf, zf)) for name, value, cf, zf in others]
    paths.append(("fault", fault_value, fault_at, None))
    common, problems = None, []
    s_addrs = [w for w, _ in s_trace]
    for name, value, start, flags in paths:
        trace, end = machine.run(start, flags, stop=frozenset(s_states),
                                 state=before,
                                 shared=s_addrs if start == nxt else ())
        if end[0] == "stop":
            here, there = end[2], s_states[end[1]]
            locs = set(here) | set(there)
        elif end[0] == "return" and s_end[0] == "return":
            here, there = end[2], s_end[2]
            locs = {"rax"}
        else:
            why = end[2] if end[0] == "end" else "it returns, the success path does not"
            problems.append("%s path from %s+%#x never meets the success path: %s "
                            "at %s+%#x" % (name, start[0], start[1], why,
                                           *(end[1] or ("?", 0))))
            continue
        good = set()
        for loc in locs:
            h = here.get(loc, (("init", loc), 0))
            t = there.get(loc, (("init", loc), 0))
            if h[0] == t[0] and h[1] - t[1] == value - s_value:
                good.add(loc)
        if not good:
            problems.append("%s path from %s+%#x: no location holds the success "
                            "path's value + %d where they meet" % (
                                name, start[0], start[1], value - s_value))
        common = good if common is None else common & good
    if not problems and not common:
        problems.append("no one location holds the status on every path")
    return common or set(), problems


SECTIONS = {"hot": ".text", "cold": ".text.unlikely", "init": ".init.text"}


def check_extable(tap, obj, entries, wrappers, kinds, dis):
    """Each VMX instruction has one entry, with the fixup the contract
    gives its wrapper: one TAP line for the entries, one for the fixups
    that resume after the instruction, one for the fault paths of every
    asm goto instruction, and one per asm goto wrapper for its own
    returning functions.  dis: obj's disassembly."""
    by_mnemonic = {}
    for c in wrappers:
        by_mnemonic.setdefault(c.instruction.mnemonic, []).append(c)
    machine = Machine(obj, by_mnemonic, [f for _, f in entries], dis)
    insns = {(i.section, i.addr): i for i in machine.dis.having(by_mnemonic)
             if machine.is_vmx(i)}
    targets = {}
    for insn_at, fixup_at in entries:
        targets.setdefault(insn_at, []).append(fixup_at)
    bad = ["%s+%#x: __ex_table entry on no VMX instruction" % e[0]
           for e in entries if e[0] not in insns]
    bad += ["%s at %s+%#x: %d __ex_table entries" % (
        insns[k].mnemonic, k[0], k[1], len(targets.get(k, [])))
        for k in sorted(insns) if len(targets.get(k, [])) != 1]
    tap.ok(not bad and len(entries) == len(insns),
           "_ASM_EXTABLE hook: one __ex_table entry on each VMX instruction "
           "(%d instructions, %d entries)" % (len(insns), len(entries)),
           "\n".join(bad))

    count = {"path": 0, "flags": 0, "next": 0}
    resume, faults = [], []
    returning = {}      # (wrapper, context) -> (section, problems)
    for k, i in sorted(insns.items()):
        if len(targets.get(k, [])) != 1:
            continue
        fixup = targets[k][0]
        nxt = (k[0], k[1] + i.size)
        where = "%s at %s+%#x (%s)" % (i.mnemonic, k[0], k[1], i.function)
        cands = {kinds[c.name][0]: c for c in by_mnemonic[i.mnemonic]}
        kind = "path" if fixup != nxt else "flags" if "flags" in cands else "next"
        count[kind] += 1
        if kind not in cands:
            (faults if "path" in cands else resume).append(
                "%s: fixup %s+%#x, want %s" % (where, fixup[0], fixup[1], " or ".join(
                    "its fault path" if c == "path" else "the next instruction"
                    for c in sorted(cands))))
            continue
        if kind == "flags":
            before = [machine.dis.insns[machine.at[k] - n].text for n in (2, 1)]
            if before != ["cmp %esp,%esp", "stc"]:
                resume.append("%s: preceded by %s, want cmp %%esp,%%esp; stc "
                              "(CF = ZF = 1 before it)" % (where, before))
            continue
        if kind == "next":
            continue
        m = re.match(r"^vmxgen_ret_(hot|cold|init)_(\w+)$", i.function or "")
        # The wrapper whose site it is: named by a vmxgen_ret_*() function,
        # else any wrapper (or form) of the instruction at a fault path.
        options = [c for c in by_mnemonic[i.mnemonic]
                   if kinds[c.name][0] == "path" and (not m or c.name == m.group(2))]
        if any(c.form == "value" for c in options):
            # What the value form returns is its handler's (called through
            # a pointer: the machine stops there); tests/fault-hook.py runs it.
            continue
        tried, locs, why = [], set(), None
        for c in options:
            locs, why = site_status(machine, k, i, c, fixup, kinds)
            if not why:         # passes, or not checked here
                break
            tried.append(why)
        else:
            why = tried[0] if tried else None
        if why is None:
            # VMREAD's other callers (vmx_insn_error(), the typed field
            # readers) turn its status into a value or a status of their
            # own; its status as it is is checked in vmxgen_ret_*().
            continue
        why = ["%s: %s" % (where, w) for w in why]
        faults += why
        if m:
            if not why and locs != {"rax"}:
                why.append("%s: the status is in %s, not returned in %%eax"
                           % (where, sorted(locs)))
            returning[m.group(2), m.group(1)] = (k[0], why)

    tap.ok(not resume, "_ASM_EXTABLE hook: %d fixups at the next instruction "
           "(%d VMREAD-like, after cmp %%esp,%%esp; stc: CF = ZF = 1; %d of "
           "wrappers without a status)" % (count["flags"] + count["next"],
                                          count["flags"], count["next"]),
           "\n".join(resume))
    values = sorted({kinds[c.name][1] for c in wrappers if kinds[c.name][0] == "path"})
    tap.ok(not faults and count["path"],
           "_ASM_EXTABLE hook: %d fixups at an asm goto wrapper's fault path: "
           "a path of its own, on which one location holds the success path's "
           "value plus the fault status (%s), where it holds plus each "
           "failure's status on theirs" % (count["path"], ", ".join(map(str, values))),
           "\n".join(faults))
    for c in wrappers:
        if kinds[c.name][0] != "path" or c.form == "value":
            continue
        bad = []
        for ctx, section in sorted(SECTIONS.items()):
            got = returning.get((c.name, ctx))
            if got is None:
                bad.append("vmxgen_ret_%s_%s: no %s whose fixup is a fault path"
                           % (ctx, c.name, c.instruction.mnemonic))
            elif got[0] != section:
                bad.append("vmxgen_ret_%s_%s: in %s, not %s" % (ctx, c.name, got[0], section))
            else:
                bad += got[1]
        wide = c.instruction.status.kind == "register" and \
            c.instruction.status.width == 64
        tap.ok(not bad, "_ASM_EXTABLE hook: %s's fault path returns %#x "
               "(%s) in %s, in .text, .text.unlikely (__cold) and "
               ".init.text" % (c.name, kinds[c.name][1] & (2 ** 64 - 1 if wide
                                                           else 0xffffffff),
                               "its own fault value" if c.instruction.status.kind
                               == "register" else c.name.split("_")[0].upper()
                               + "_FAULT", "%rax" if wide else "%eax"),
               "\n".join(bad))
    return insns


def module_name(variant):
    """Each variant's module has a name of its own: kbuild refuses two
    modules of one name in one run."""
    return "vmxgen_" + variant.replace("-", "_")


def build(moddir, kbuild, sparse, jobs=1):
    """Build the module(s) in moddir: (command, exit status, log)."""
    cmd = ["make", "-C", kbuild, "M=" + moddir, "W=1", "KCFLAGS=-Werror"]
    if jobs > 1:
        cmd[1:1] = ["-j%d" % jobs]
    if sparse:
        cmd += ["C=1", "CF=-Wsparse-error"]
    cmd.append("modules")
    r = run(cmd, env=clean_env(), timeout=600)
    log = r.stdout + r.stderr
    with open(os.path.join(moddir, "build.log"), "w") as f:
        f.write(" ".join(cmd) + "\n" + log)
    return cmd, r.returncode, log


def build_all(wd, variants, kbuild, sparse, write_module):
    """Build every variant's module: ({variant: (its directory, (command,
    exit status, log))}, whether one run built them all).

    Each variant has a directory of its own under wd (its Kbuild, its
    copy of the headers); wd's Kbuild names them all, so that one kbuild
    run with make -jN builds them all and pays the kernel's makefiles and
    modpost once (six runs cost about 5 s more CPU time).  If that run is
    clean -- exit 0, every .ko written, no line of BAD_LINE -- each variant
    gets the lines of the log that name its directory.  Otherwise which
    module failed how must not depend on reading a shared log: every
    variant is written again into a fresh directory (wd/alone/) and built
    there on its own, two at a time, and its checks read that build."""
    write(os.path.join(wd, "Kbuild"),
          "obj-m += %s\n" % " ".join(v + "/" for v in variants))
    jobs = int(os.environ.get("VMXGEN_TEST_JOBS") or os.cpu_count() or 1)
    cmd, status, log = build(wd, kbuild, sparse, jobs)
    moddirs = {v: os.path.join(wd, v) for v in variants}
    kos = [os.path.join(d, module_name(v) + ".ko") for v, d in moddirs.items()]
    if (status == 0 and all(os.path.exists(ko) for ko in kos)
            and not BAD_LINE.search(log)):
        lines = log.splitlines()
        return {v: (d, (cmd, status, "\n".join(
            line for line in lines if d + "/" in line)))
            for v, d in moddirs.items()}, True
    moddirs = {v: os.path.join(wd, "alone", v) for v in variants}
    for v, d in moddirs.items():
        write_module(d, v)
    results = parallel(lambda v: build(moddirs[v], kbuild, sparse), variants)
    return {v: (moddirs[v], r) for v, r in zip(variants, results)}, False


def check_build(tap, tag, moddir, name, kver, sparse, result):
    cmd, status, log = result
    print("# %s: %s" % (tag, " ".join(cmd)))
    bad = [line for line in log.splitlines() if BAD_LINE.search(line)]
    ko = os.path.join(moddir, name + ".ko")
    ok = tap.ok(status == 0 and os.path.exists(ko),
                "%s: kbuild %s builds the module (exit 0, .ko written)" % (tag, kver),
                log)
    tap.ok(ok and not bad, "%s: no compiler, objtool, modpost or sparse "
           "warning in the log" % tag, "\n".join(bad) or log)
    if sparse:
        tap.ok(re.search(r"^\s*CHECK\s+\S*vmxgen_\w+\.c", log, re.M) is not None,
               "%s: sparse checked the module source" % tag, log)
    return ok


# The modules that include the kernel's headers with vmxgen's: (TAP tag,
# the headers, what their BUILD_BUG_ONs and code use).
KERNEL_MODULES = {
    "kernel": ("three headers", "<asm/vmx.h>, <asm/msr-index.h>, "
               "<asm/vmxfeatures.h>, <asm/cpufeatures.h>, <asm/virtext.h> "
               "and <vmxgen/vmx.h>", "names of each used"),
    "kernel-svm": ("svm headers", "<asm/svm.h>, <asm/msr-index.h>, "
                   "<asm/vmx.h>, <asm/vmxfeatures.h>, <asm/cpufeatures.h>, "
                   "<asm/virtext.h>, "
                   "<vmxgen/svm.h> and <vmxgen/vmx.h>",
                   "VMCB offsets, exit codes, MSRs and bits of each equal"),
}


def check_three_headers(tap, moddir, kver, sparse, result, variant="kernel"):
    """One TAP line: a module with the kernel's headers and vmxgen's
    builds, .ko written, with no warning in the log, and sparse (if
    installed) checked it."""
    tag, headers, used = KERNEL_MODULES[variant]
    name = module_name(variant)
    cmd, status, log = result
    print("# %s: %s" % (tag, " ".join(cmd)))
    bad = [line for line in log.splitlines() if BAD_LINE.search(line)]
    ko = os.path.exists(os.path.join(moddir, name + ".ko"))
    checked = not sparse or re.search(r"^\s*CHECK\s+\S*/%s\.c$" % name,
                                      log, re.M) is not None
    tap.ok(status == 0 and ko and not bad and checked,
           "%s: %s in one module: kbuild %s W=1 -Werror%s, no warning, %s"
           % (tag, headers, kver, " and sparse" if sparse else "", used),
           "\n".join(bad) or log)


# --- The guest entry (issue 13): the generated .S in a module ----------------

ENTRY_HEAD = """\
// SPDX-License-Identifier: MIT
/*
 * Written by tests/kernel/kbuild.py: every generated guest entry, linked
 * from its .S by kbuild, never executed (vmxgen_never is never set).
 */
#include <linux/compiler.h>
#include <linux/init.h>
#include <linux/module.h>
%(includes)s

static unsigned long vmxgen_never;

static int __init vmxgen_entry_init(void)
{
	unsigned long arg = READ_ONCE(vmxgen_never);
	int n = 0;
%(regs)s
	if (arg) {
%(calls)s
	}
	return n;
}

static void __exit vmxgen_entry_exit(void)
{
}

module_init(vmxgen_entry_init);
module_exit(vmxgen_entry_exit);
MODULE_LICENSE("Dual MIT/GPL");
MODULE_DESCRIPTION("vmxgen: the generated guest entries, built by kbuild");
"""

# With the fault hook, the .S files are assembled through one wrapper that
# defines it, as the README tells kernel users to do.
ENTRY_HOOK = """\
/* SPDX-License-Identifier: MIT */
#include <asm/asm.h>
#define VMXGEN_FAULT_HOOK(insn, fixup) _ASM_EXTABLE(insn, fixup)
%s
"""


def entry_module(moddir, name, entries, hook):
    """The module source and Kbuild of the guest-entry variants: the
    README's 'foo-y += vmxgen/vmx_entry.o', or (hook) one .S that defines
    the fault hook and includes the generated ones.  Returns the objects
    that hold the entries, relative to moddir."""
    args = {"_Bool": "arg & 1", "vmx_u64": "arg"}
    regs = ["\tstruct %s %s_regs = { };" % (e.struct, e.isa) for e in entries]
    regs += ["\tunsigned long %s_%s = 0;" % (e.isa, e.cache_param)
             for e in entries if e.cache_param]
    calls = ["\t\tn += (int)%s();" % e.init_function
             for e in entries if e.init_function]
    calls += ["\t\tn += (int)%s(&%s_regs%s);" % (
        e.function, e.isa, "".join(
            ", &%s_%s" % (e.isa, n) if n == e.cache_param else ", " + args[t]
            for t, n in e.params[1:]))
        for e in entries]
    headers = sorted({"#include <vmxgen/%s.h>" % e.isa for e in entries})
    write(os.path.join(moddir, "vmxgen_entry_main.c"), ENTRY_HEAD % {
        "includes": "\n".join(headers), "regs": "\n".join(regs),
        "calls": "\n".join(calls)})
    if hook:
        write(os.path.join(moddir, "vmxgen_entry_hook.S"), ENTRY_HOOK % "\n".join(
            '#include "%s"' % e.source for e in entries))
        objs = ["vmxgen_entry_hook.o"]
    else:
        objs = [e.source[:-2] + ".o" for e in entries]
    write(os.path.join(moddir, "Kbuild"),
          "obj-m := %s.o\n%s-y := vmxgen_entry_main.o %s\n"
          "ccflags-y += -I$(src)\nasflags-y += -I$(src)\n"
          % (name, name, " ".join(objs)))
    return objs


def check_entry(tap, tag, objs, entries, hook):
    """objtool ran on the entry objects (they have ORC data), and the
    exception table is as the contract says: none without the hook; with
    it one entry on each instruction that can fault, from whose fixup the
    function returns the ISA's fault status (run by the Machine)."""
    faulting = {}
    for e in entries:
        for mn in e.writes + e.enters:
            faulting.setdefault(mn, e)
    problems, count = [], 0
    for obj in objs:
        sections = run([OBJDUMP_CMD, "-h", obj]).stdout
        if ".orc_unwind" not in sections:
            problems.append("%s: no .orc_unwind: objtool did not process it"
                            % os.path.basename(obj))
    tap.ok(not problems, "%s: objtool processed the guest-entry object(s) "
           "(ORC data in %s)" % (tag, ", ".join(os.path.basename(o) for o in objs)),
           "\n".join(problems))
    problems = []
    for obj in objs:
        dis = disassemble(obj, sections=None)
        at = {(i.section, i.addr): i for i in dis.insns}
        insns = {k for k, i in at.items() if i.mnemonic in faulting}
        entries_ = extable_entries(obj)
        if not hook:
            if entries_ is not None:
                problems.append("%s: __ex_table without a hook" % obj)
            continue
        count += len(insns)
        entries_ = entries_ or []
        machine = Machine(obj, set(faulting), [f for _, f in entries_])
        seen = {}
        for insn_at, fixup_at in entries_:
            seen[insn_at] = seen.get(insn_at, 0) + 1
            i = at.get(insn_at)
            if i is None or i.mnemonic not in faulting:
                problems.append("entry on %s+%#x: not an entry instruction (%s)"
                                % (insn_at + (i and i.text,)))
                continue
            # From the fixup to the return: %eax is the fault status (all
            # of %rax when the entry returns a status register's value,
            # TDH.VP.ENTER's).
            want = faulting[i.mnemonic].fault_value
            mask = 0xffffffff if faulting[i.mnemonic].status_register is None \
                else 0xffffffffffffffff
            _, end = machine.run(fixup_at, None)
            got = end[2].get("rax") if end[0] == "return" else None
            if got is None or got[0] is not None or got[1] & mask != want:
                problems.append("%s at %s+%#x: from its fixup %s+%#x the "
                                "function %s, want a return of %d (the fault "
                                "status) in %%eax or %%rax" % (
                                    i.mnemonic, insn_at[0], insn_at[1],
                                    fixup_at[0], fixup_at[1],
                                    "returns %s" % (got,) if end[0] == "return"
                                    else "does not return: %s" % (end[2],), want))
        for k in sorted(insns):
            if seen.get(k) != 1:
                problems.append("%s at %s+%#x: %d __ex_table entries" % (
                    at[k].mnemonic, k[0], k[1], seen.get(k, 0)))
    if hook:
        tap.ok(not problems and count, "%s: one __ex_table entry on each "
               "VMWRITE and entering instruction (%d), whose fixup returns "
               "the fault status in %%eax (%%rax: a status register's)"
               % (tag, count), "\n".join(problems))
    else:
        tap.ok(not problems, "%s: no __ex_table (no hook)" % tag,
               "\n".join(problems))


OBJDUMP_CMD = os.environ.get("OBJDUMP") or "objdump"


def main():
    tap = Tap()
    kernels = kernel_build_dirs()
    if not kernels:
        tap.skip_all("no kernel headers: /lib/modules/*/build is missing "
                     "(apt-get install linux-headers-amd64)")
    kver, kbuild = kernels[0]
    if not shutil.which("make"):
        tap.skip_all("make is not installed")
    sparse = shutil.which("sparse") is not None
    api = Api(GENERATED)
    model = load_model()
    callees, skipped = public(model, GENERATED, api)
    wrappers = [c for c in callees if c.instruction is not None]
    mnemonics = {c.instruction.mnemonic for c in wrappers}

    wd = workdir("kbuild")
    variants = {"plain": "default hook", "extable": "_ASM_EXTABLE hook",
                "kernel": "three headers", "kernel-svm": "SVM headers"}
    entries = public_entries(model)
    if entries:
        variants.update({"entry": "guest entry",
                         "entry-extable": "guest entry, _ASM_EXTABLE hook"})
    entry_objs = {}

    def write_module(moddir, variant):
        """A variant's module directory: the copied headers, the source
        and the Kbuild."""
        name = module_name(variant)
        copied = copy_headers(moddir)
        if variant.startswith("entry"):
            entry_objs[variant] = entry_module(moddir, name, entries,
                                               variant == "entry-extable")
            return copied
        write(os.path.join(moddir, name + ".c"),
              THREE_HEADERS % {"virtext": virtext(kver, kbuild)}
              if variant == "kernel"
              else svm_module(virtext(kver, kbuild))
              if variant == "kernel-svm"
              else module_source(callees, wrappers))
        write(os.path.join(moddir, "Kbuild"),
              "obj-m := %s.o\nccflags-y += -I$(src)\n" % name +
              ("ccflags-y += -DVMXGEN_TEST_EXTABLE\n" if variant == "extable" else ""))
        return copied

    for variant in variants:
        copied = write_module(os.path.join(wd, variant), variant)
    # kbuild runs while the harness reads the spec (a second or so: on
    # two CPUs, kbuild leaves one idle at its start and end).  So the
    # module has every wrapper, known to the spec reader or not; the
    # checks of the objects take those it knows.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        building = pool.submit(build_all, wd, variants, kbuild, sparse,
                               write_module)
        specread = load_specread()
        by_name = {i.cname: i
                   for i in specread.instructions(specread.load(SPEC))}
        # {wrapper: (its fixup under the contract, the fault status value)}
        kinds = spec_fixups(wrappers, by_name)
        if kernel_has(kbuild, "CONFIG_CC_HAS_ASM_GOTO_OUTPUT"):
            # asm goto with outputs: VMREAD resumes at its fault path too.
            kinds = {n: ("path" if k == "flags" else k, v)
                     for n, (k, v) in kinds.items()}
        missing = {c.name for c in wrappers} - set(api.function_names()) - \
            {m.name for m in api.macros}     # hostx_inb_imm8(): a macro
        tap.ok(not missing, "every instruction wrapper of the spec is in "
               "the headers and called (%d of %d public functions and "
               "macros)" % (len(wrappers), len(callees)),
               "not found in the headers: %s" % sorted(missing))
        unknown = [c.name for c in wrappers if c.name not in kinds]
        tap.ok(not unknown, "the spec reader (tests/harness/specread.py) "
               "gives every wrapper's fixup (%s)" % ", ".join(
                   "%s: %s" % (n, k[0]) for n, k in sorted(kinds.items())),
               "unknown: %s" % unknown)
        known = [c for c in wrappers if c.name in kinds]
        if skipped:
            print("# public macros not called (unknown shape): %s"
                  % ", ".join(skipped))
        print("# copied into vmxgen/: %s" % " ".join(copied))
        results, joint = building.result()
    if not joint:
        print("# one kbuild run for all modules was not clean: each module "
              "again on its own")
    objs = {}
    for variant, tag in variants.items():
        moddir, result = results[variant]
        name = module_name(variant)
        if variant in KERNEL_MODULES:
            check_three_headers(tap, moddir, kver, sparse, result, variant)
            continue
        if variant.startswith("entry"):
            if check_build(tap, tag, moddir, name, kver, sparse, result):
                check_entry(tap, tag, [os.path.join(moddir, o)
                                       for o in entry_objs[variant]],
                            entries, variant == "entry-extable")
            continue
        if check_build(tap, tag, moddir, name, kver, sparse, result):
            objs[variant] = os.path.join(moddir, name + ".o")
    if not sparse:
        tap.skip("sparse (C=1 CF=-Wsparse-error)", "sparse is not installed "
                 "(apt-get install sparse)")

    # The objects: VMX instructions of every context, and __ex_table.
    encs = encodings(wrappers)
    for variant, obj in sorted(objs.items()):
        dis = disassemble(obj, sections=None)
        insns = {(i.section, i.addr) for i in dis.having(mnemonics)
                 if is_wrapper_insn(i, encs)}
        sections = {s for s, _ in insns}
        tag = variants[variant]
        tap.ok(set(SECTIONS.values()) <= sections,
               "%s: VMX instructions in .text, .text.unlikely (__cold) and "
               ".init.text" % tag, "found in: %s" % sorted(sections))
        entries = extable_entries(obj)
        if variant == "plain":
            tap.ok(entries is None, "default hook: no __ex_table (the default "
                   "VMXGEN_FAULT_HOOK expands to nothing)",
                   entries and "%d entries" % len(entries))
            continue
        if tap.ok(entries is not None, "_ASM_EXTABLE hook: __ex_table exists"):
            check_extable(tap, obj, entries, known, kinds, dis)
    tap.done()


if __name__ == "__main__":
    main()
