#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The generated tables in C: name functions against the spec for every
number (and NULL in the gaps), the capability helpers against MSR values
computed by hand, and the compile-time checks of the VMCS accessors (each
negative case has a positive twin that must compile, so the test can
fail for the right reason only)."""

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
		const char *x = vmx_exit_reason_name(n);

		printf("%u %s|%s|%s\n", n, e ? e : "(null)", d ? d : "(null)",
		       x ? x : "(null)");
	}
	/* Only bits 15:0 of an exit reason are the basic reason. */
	printf("entry-failure %s\n", vmx_exit_reason_name(0x80000000u | 33));
	return 0;
}
"""

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

# (name, body that must compile, body that must not, message the compiler gives)
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
     "unsigned long v; return vmx_read_guest_rip(&v);",
     "vmx_u16 v; return vmx_read_guest_rip(&v);",
     "incompatible"),
    ("no write accessor for a read-only field without the opt-in",
     "vmx_u32 v; return vmx_read_exit_reason(&v);",
     "return vmx_write_exit_reason(0);",
     "implicit declaration"),
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


def main():
    tap = Tap()
    vmx = next(isa for isa in load_model().isas if isa.name == "vmx")
    wd = workdir("tables")
    ccs = compilers()

    # The C names are the spec's names in upper case.
    errors = {e.number: (e.name.upper(), e.description) for e in vmx.insn_errors}
    reasons = {e.number: e.name.upper() for e in vmx.exit_reasons}
    for cname, exe in built(tap, wd, "names", NAMES_C, "name table program"):
        out = run([exe]).stdout.splitlines()
        rows = dict(re.match(r"(\S+) (.*)", l).groups() for l in out)
        bad_e, bad_x = [], []
        for n in range(1024):
            e, d, x = rows[str(n)].split("|")
            want = errors.get(n)
            if (e, d) != (want or ("(null)", "(null)")):
                bad_e.append("%d: %s / %s" % (n, e, d))
            want = reasons.get(n)
            if x != (want or "(null)"):
                bad_x.append("%d: %s" % (n, x))
        tap.ok(not bad_e, "%s: vmx_insn_error_name/description give the spec's %d "
               "errors and NULL for the other %d numbers below 1024"
               % (cname, len(errors), 1024 - len(errors)), "\n".join(bad_e))
        tap.ok(not bad_x, "%s: vmx_exit_reason_name gives the spec's %d reasons and "
               "NULL for the other %d numbers below 1024"
               % (cname, len(reasons), 1024 - len(reasons)), "\n".join(bad_x))
        tap.ok(rows.get("entry-failure") == reasons[33],
               "%s: vmx_exit_reason_name ignores bit 31 (VM-entry failure)" % cname,
               rows.get("entry-failure"))

    for cname, exe in built(tap, wd, "caps", CAPS_C, "capability program"):
        for name, cap, ept, vpid in CAPS:
            got = run([exe, "%x" % cap]).stdout.strip()
            tap.ok(got == "%s %s" % (ept, vpid), "%s: capability helpers, %s "
                   "(0x%016x): INVEPT %s INVVPID %s" % (cname, name, cap, ept, vpid),
                   "got " + got)

    cases = [(cname, cc, bits, case) for cname, cc in ccs for bits in (64, 32)
             for case in COMPILE_CASES]

    def good_and_bad(job):
        cname, cc, bits, case = job
        out = []
        for kind, body in (("good", case[1]), ("bad", case[2])):
            src = write(os.path.join(wd, "%s-%s-m%d-%d.c" % (
                kind, cname, bits, COMPILE_CASES.index(case))),
                "#include <vmxgen/vmx.h>\nint f(void);\n"
                "int f(void)\n{\n\t%s\n}\n" % body)
            out.append(run(cc.split() + ["-m%d" % bits, "-O2", "-Wall", "-Werror",
                                         "-ffreestanding", "-nostdinc", "-c", src,
                                         "-o", os.devnull] + include_flags()))
        return out

    for (cname, _, bits, (name, _, _, message)), (good, bad) in zip(
            cases, parallel(good_and_bad, cases)):
        tap.ok(good.returncode == 0 and bad.returncode != 0 and message in bad.stderr,
               "%s -m%d: rejected at compile time: %s" % (cname, bits, name),
               "good: %s\nbad: %s" % (good.stderr, bad.stderr))

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
