#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The generated tables in C: name functions against the spec for every
number (and NULL in the gaps), of every ISA: exit reasons (VMX's 16-bit
basic reasons in a 32-bit field, AMD's 64-bit exit codes with their
negative ones) and the bit names of CPUID registers; the capability
helpers against MSR values
computed by hand, and the compile-time checks of the VMCS accessors (each
negative case has a positive twin that must compile, so the test can
fail for the right reason only)."""

import glob
import os
import re
import shutil

from vmxtest import (SRCDIR, Tap, compilers, include_flags, load_model,
                     parallel, run, workdir, write)

NAMES_C = r"""
#include <stdio.h>
#include <vmxgen/vmx.h>

int main(void)
{
	unsigned int n;

	for (n = 0; n < 1024; n++) {
		const char *e = vmx_insn_error_name(n);
		const char *d = vmx_insn_error_description(n);

		printf("%u %s|%s\n", n, e ? e : "(null)", d ? d : "(null)");
	}
	return 0;
}
"""


def exit_probes(table, numbers):
    """The values to look up in an ISA's exit table: 0..1023, every
    number as the CPU stores it and its neighbours, the top 256 values
    (where the negative ones are), and a number with a bit set above the
    number's width (the lookup cuts it) or above 32 bits (it must not)."""
    top = (1 << table.value_bits) - 1
    probes = set(range(1024)) | set(range(top - 255, top + 1))
    for n in numbers:
        u = table.unsigned(n)
        probes |= {u, (u + 1) & top, (u - 1) & top}
        if table.bits < table.value_bits:
            probes.add(u | 1 << (table.value_bits - 1))
        elif table.value_bits == 64 and u < 1 << 32:
            probes.add(u | 1 << 32)
    return sorted(probes)


def isa_names_c(isa, names, probes):
    """C: print each probe's exit name and every CPUID bit name."""
    t = isa.exit_table
    out = ["#include <stdio.h>", "#include <vmxgen/%s.h>" % isa.name, "",
           "static const unsigned long long probes[] = {"]
    out += ["\t%#xULL," % p for p in probes] + ["};", "",
            "int main(void)", "{", "\tunsigned int i;", ""]
    if isa.exit_reasons:
        out += ["\tfor (i = 0; i < sizeof(probes) / sizeof(probes[0]); i++) {",
                "\t\tconst char *x = %s((vmx_u%d)probes[i]);"
                % (names.exit_name_function, t.value_bits),
                "",
                '\t\tprintf("x %llx %s\\n", probes[i], x ? x : "(null)");',
                "\t}"]
    for l in isa.cpuid_layouts:
        if l.flags:
            out += ["\tfor (i = 0; i < 40; i++) {",
                    "\t\tconst char *b = %s(i);" % names.bit_name_function(l), "",
                    '\t\tprintf("c %s %%u %%s\\n", i, b ? b : "(null)");' % l.name,
                    "\t}"]
    out += ["\treturn 0;", "}", ""]
    return "\n".join(out)


def check_isa_names(tap, wd, isa):
    """The exit name lookup and the CPUID bit names of one ISA, against
    the spec, with every compiler."""
    from backends.c.names import IsaNames
    t = isa.exit_table
    names = IsaNames(isa)
    top = (1 << t.bits) - 1
    want = {t.unsigned(e.number): e.name.upper() for e in isa.exit_reasons}
    probes = exit_probes(t, [e.number for e in isa.exit_reasons])
    flags = {(l.name, f.low): f.name.upper() for l in isa.cpuid_layouts
             for f in l.flags}
    src = isa_names_c(isa, names, probes)
    for cname, exe in built(tap, wd, "names-" + isa.name, src,
                            "%s name table program" % isa.name):
        bad_x, bad_c = [], []
        seen = set()
        for line in run([exe]).stdout.splitlines():
            kind, rest = line.split(" ", 1)
            if kind == "x":
                value, got = rest.split(" ", 1)
                value = int(value, 16)
                seen.add(value)
                expect = want.get(value & top if t.masked else value, "(null)")
                if got != expect:
                    bad_x.append("%#x: %s, want %s" % (value, got, expect))
            else:
                layout, bit, got = rest.split(" ")
                if got != flags.get((layout, int(bit)), "(null)"):
                    bad_c.append("%s bit %s: %s" % (layout, bit, got))
        if isa.exit_reasons:
            tap.ok(not bad_x and seen == set(probes), "%s: %s() gives the "
                   "spec's %d %ss and NULL for the other %d values probed "
                   "(%s)" % (cname, names.exit_name_function,
                             len(want), t.name.replace("_", " "),
                             len(probes) - len(set(want) & set(probes)),
                             "bits above %d cut off" % t.bits if t.masked else
                             "all %d bits, negative codes as stored" % t.bits),
                   "\n".join(bad_x[:20]))
        layouts = [l for l in isa.cpuid_layouts if l.flags]
        if layouts:
            tap.ok(not bad_c, "%s: the CPUID bit names of %s: the spec's %d "
                   "one-bit fields, NULL for the other bits 0..39"
                   % (cname, ", ".join(n.bit_name_function(l) for l in layouts
                                       for n in [names]), len(flags)),
                   "\n".join(bad_c))

# (name, IA32_VMX_EPT_VPID_CAP value, expected INVEPT 1,2 / INVVPID 0,1,2,3)
# Bits per SDM A.10: 20 INVEPT, 25 single-context, 26 all-context;
# 32 INVVPID, 40 individual-address, 41 single, 42 all, 43 retaining-globals.
CAPS = [
    ("everything supported", 0x00000F0106100000, "11", "1111"),
    ("nothing supported", 0x0, "00", "0000"),
    ("INVEPT global only, INVVPID single+all", 0x0000060104100000, "01", "0110"),
    ("type bits without the instruction bits", 0x00000F0006000000, "00", "0000"),
    ("KVM's VPID bits shifted down by 32 are not the MSR's", 0x0000000000000F01, "00", "0000"),
    ("INVEPT single only, INVVPID individual+retaining", 0x0000090102100000, "10", "1001"),
]

CAPS_C = r"""
#include <stdio.h>
#include <vmxgen/vmx.h>

int main(int argc, char **argv)
{
	unsigned long long cap;

	(void)argc;
	sscanf(argv[1], "%llx", &cap);
	printf("%d%d %d%d%d%d\n",
	       vmx_invept_type_supported(cap, VMX_INVEPT_SINGLE_CONTEXT),
	       vmx_invept_type_supported(cap, VMX_INVEPT_GLOBAL),
	       vmx_invvpid_type_supported(cap, VMX_INVVPID_INDIVIDUAL_ADDRESS),
	       vmx_invvpid_type_supported(cap, VMX_INVVPID_SINGLE_CONTEXT),
	       vmx_invvpid_type_supported(cap, VMX_INVVPID_ALL_CONTEXT),
	       vmx_invvpid_type_supported(cap,
				VMX_INVVPID_SINGLE_CONTEXT_RETAINING_GLOBALS));
	return 0;
}
"""

# (name, body that must compile, body that must not, message the compiler
# gives[, C before the function])
COMPILE_CASES = [
    ("16-bit accessor on a 64-bit field",
     "vmx_u16 v; return vmx_vmread16(VMCS_GUEST_CS_SELECTOR, &v);",
     "vmx_u16 v; return vmx_vmread16(VMCS_GUEST_IA32_DEBUGCTL, &v);",
     "vmx_vmread16: VMCS field is not 16-bit"),
    ("64-bit write accessor on a natural-width field",
     "return vmx_vmwrite64(VMCS_GUEST_IA32_DEBUGCTL, 0);",
     "return vmx_vmwrite64(VMCS_GUEST_RIP, 0);",
     "vmx_vmwrite64: VMCS field is not 64-bit"),
    ("generic write to a read-only VM-exit information field",
     "return vmx_vmwrite32(VMCS_GUEST_INTERRUPTIBILITY_STATE, 0);",
     "return vmx_vmwrite32(VMCS_EXIT_REASON, 0);",
     "VM-exit information fields are read-only"),
    ("per-field accessor with a pointer of the wrong width",
     "unsigned long v; return vmx_vmcs_read_guest_rip(&v);",
     "vmx_u16 v; return vmx_vmcs_read_guest_rip(&v);",
     "incompatible"),
    ("no write accessor for a read-only field without the opt-in",
     "vmx_u32 v; return vmx_vmcs_read_exit_reason(&v);",
     "return vmx_vmcs_write_exit_reason(0);",
     "implicit declaration"),
    # The field is a constant only once the helper is inlined: the check
    # must see through it (VMXGEN_BUILD_CHECK), and a variable field or a
    # right one must cost nothing and compile.
    ("16-bit accessor on a natural-width field through an always-inline helper",
     "vmx_u16 v; return rd16(VMCS_GUEST_CS_SELECTOR, &v) + rd16(g(), &v);",
     "vmx_u16 v; return rd16(VMCS_GUEST_RIP, &v);",
     "vmx_vmread16: VMCS field is not 16-bit",
     "unsigned long g(void);\n"
     "static __always_inline int rd16(unsigned long field, vmx_u16 *v)\n"
     "{\n\treturn vmx_vmread16(field, v);\n}\n"),
    ("write to a VM-exit information field through an always-inline helper",
     "return wr32(VMCS_GUEST_INTERRUPTIBILITY_STATE, 0) + wr32(g(), 0);",
     "return wr32(VMCS_EXIT_REASON, 0);",
     "VM-exit information fields are read-only",
     "unsigned long g(void);\n"
     "static __always_inline int wr32(unsigned long field, vmx_u32 v)\n"
     "{\n\treturn vmx_vmwrite32(field, v);\n}\n"),
]


def built(tap, wd, name, text, what):
    """[(compiler, program)]: text built by each compiler, a TAP line each."""
    src = write(os.path.join(wd, name + ".c"), text)
    out = []
    for cname, cc in compilers():
        exe = os.path.join(wd, "%s-%s" % (name, cname))
        r = run(cc.split() + ["-O2", "-Wall", "-Werror", src, "-o", exe] + include_flags())
        if tap.ok(r.returncode == 0, "%s: %s builds" % (cname, what), r.stderr):
            out.append((cname, exe))
    return out


# KVM's own exit code for exits it makes up (not the CPU's), and the
# bounds of the exception range (codes the spec has as EXCP_DE, EXCP_31).
KERNEL_ONLY_EXITS = ("SW", "EXCP_BASE", "LAST_EXCP")


def kernel_exit_codes():
    """{name: value} of SVM_EXIT_* in the kernel's <uapi/asm/svm.h> (an
    independent transcription of APM Table C-1), or None."""
    for path in sorted(glob.glob("/usr/src/linux-headers-*-common/arch/x86/"
                                 "include/uapi/asm/svm.h")):
        with open(path) as f:
            found = re.findall(r"^#define\s+SVM_EXIT_(\w+)\s+(-?(?:0x)?[0-9a-fA-F]+)\b",
                               f.read(), re.M)
        return {n: int(v, 0) for n, v in found if n not in KERNEL_ONLY_EXITS}
    return None


def check_kernel_exits(tap, svm):
    """Every exit code the kernel names is one the spec assigns."""
    kernel = kernel_exit_codes()
    if kernel is None:
        tap.skip("the kernel's SVM exit codes are the spec's",
                 "no /usr/src/linux-headers-*-common (linux-headers-amd64)")
        return
    t = svm.exit_table
    ours = {t.unsigned(e.number): e.name for e in svm.exit_reasons}
    missing = ["SVM_EXIT_%s = %#x" % (n, v) for n, v in sorted(kernel.items())
               if t.unsigned(v) not in ours]
    tap.ok(kernel and not missing, "the kernel's <uapi/asm/svm.h>: its %d exit "
           "codes (SVM_EXIT_*, but %s) are all in the spec"
           % (len(kernel), ", ".join(KERNEL_ONLY_EXITS)), "\n".join(missing))


def main():
    tap = Tap()
    vmx = next(isa for isa in load_model().isas if isa.name == "vmx")
    wd = workdir("tables")
    ccs = compilers()

    # The C names are the spec's names in upper case.
    errors = {e.number: (e.name.upper(), e.description) for e in vmx.insn_errors}
    for cname, exe in built(tap, wd, "names", NAMES_C, "name table program"):
        out = run([exe]).stdout.splitlines()
        rows = dict(re.match(r"(\S+) (.*)", l).groups() for l in out)
        bad_e = []
        for n in range(1024):
            e, d = rows[str(n)].split("|")
            want = errors.get(n)
            if (e, d) != (want or ("(null)", "(null)")):
                bad_e.append("%d: %s / %s" % (n, e, d))
        tap.ok(not bad_e, "%s: vmx_insn_error_name/description give the spec's %d "
               "errors and NULL for the other %d numbers below 1024"
               % (cname, len(errors), 1024 - len(errors)), "\n".join(bad_e))
    for isa in load_model().isas:
        if isa.exit_reasons or isa.cpuid_layouts:
            check_isa_names(tap, wd, isa)
        if isa.name == "svm":
            check_kernel_exits(tap, isa)

    for cname, exe in built(tap, wd, "caps", CAPS_C, "capability program"):
        for name, cap, ept, vpid in CAPS:
            got = run([exe, "%x" % cap]).stdout.strip()
            tap.ok(got == "%s %s" % (ept, vpid), "%s: capability helpers, %s "
                   "(0x%016x): INVEPT %s INVVPID %s" % (cname, name, cap, ept, vpid),
                   "got " + got)

    # Per compiler and mode, the good bodies of every case in one file
    # (each its own function: they must all compile, so one compile says
    # it for all), each bad one in a file of its own (its error alone).
    def source(kind, cname, bits, cases):
        return write(os.path.join(wd, "%s-%s-m%d-%d.c" % (
            kind, cname, bits, COMPILE_CASES.index(cases[0][1]))),
            "#include <vmxgen/vmx.h>\n" + "".join(
                "int f%d(void);\n%sint f%d(void)\n{\n\t%s\n}\n" % (
                    n, case[4] if len(case) > 4 else "", n, body)
                for n, (body, case) in enumerate(cases)))

    def compile_c(job):
        cname, cc, bits, kind, cases = job
        return run(cc.split() + ["-m%d" % bits, "-O2", "-Wall", "-Werror",
                                 "-ffreestanding", "-nostdinc", "-c",
                                 source(kind, cname, bits, cases),
                                 "-o", os.devnull] + include_flags())

    jobs = [(cname, cc, bits, "good", [(c[1], c) for c in COMPILE_CASES])
            for cname, cc in ccs for bits in (64, 32)]
    jobs += [(cname, cc, bits, "bad", [(c[2], c)]) for cname, cc in ccs
             for bits in (64, 32) for c in COMPILE_CASES]
    done = dict(((cname, bits, kind, cases[0][1][0]), r) for
                (cname, _, bits, kind, cases), r in zip(jobs, parallel(
                    compile_c, jobs)))
    for cname, _ in ccs:
        for bits in (64, 32):
            good = done[cname, bits, "good", COMPILE_CASES[0][0]]
            for name, _, _, message, *_ in COMPILE_CASES:
                bad = done[cname, bits, "bad", name]
                tap.ok(good.returncode == 0 and bad.returncode != 0 and
                       message in bad.stderr, "%s -m%d: rejected at compile "
                       "time: %s" % (cname, bits, name), "good (all cases' "
                       "in one file): %s\nbad: %s" % (good.stderr, bad.stderr))

    # The header's own static asserts catch an encoding that disagrees
    # with the declared width: corrupt one in a copy and it must not compile.
    copy = os.path.join(wd, "corrupt")
    shutil.copytree(os.path.join(SRCDIR, "generated"), copy)
    path = os.path.join(copy, "vmxgen", "vmcs_fields.h")
    with open(path) as f:
        text = f.read()
    corrupted = text.replace("VMCS_GUEST_RIP = 0x681e,", "VMCS_GUEST_RIP = 0x481e,")
    with open(path, "w") as f:
        f.write(corrupted)
    src = write(os.path.join(wd, "inc.c"), "#include <vmxgen/vmx.h>\n")
    for cname, cc in ccs:
        r = run(cc.split() + ["-fsyntax-only", src] + include_flags(copy))
        tap.ok(corrupted != text and r.returncode != 0 and
               "VMCS_GUEST_RIP: encoding bits disagree" in r.stderr,
               "%s: the header's static asserts reject a VMCS encoding whose "
               "width bits disagree" % cname, r.stderr)
    shutil.rmtree(wd)
    tap.done()


if __name__ == "__main__":
    main()
