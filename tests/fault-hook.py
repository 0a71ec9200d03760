#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""VMXGEN_FAULT_HOOK in user space: empty by default, and when defined,
placed at every VMX instruction with the right "next" label.

The test program defines the hook the way a kernel defines _ASM_EXTABLE:
each expansion adds an entry (instruction, next) to a section of its own,
"vmxgen_hook".  Then:
- every VMX instruction in the linked program, in every public function of
  the headers, has exactly one entry, and no entry points elsewhere;
- the entries work as a fixup table: a SIGILL/SIGSEGV handler finds the
  faulting instruction in it, sets the flags of the outcome under test and
  resumes at "next".  Every instruction wrapper, for every outcome it can
  report, called from an ordinary function, a cold one and the cold part
  of a split function, must return that outcome's status.  An instruction
  that does not trap on this machine (VMCALL under some hypervisors) is
  skipped with the reason: it is probed in a child process first.
gcc and clang, -O0 and -O2, 64- and 32-bit (32-bit needs gcc-multilib).
"""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lib"))
sys.path.insert(0, HERE)
from calls import Calls  # noqa: E402
from vmxtest import (SRCDIR, Tap, compilers, include_flags, load_model,  # noqa: E402
                     run, workdir)

CONTEXTS = ("hot", "cold", "split")

HEAD = r"""/* Written by tests/kernel/fault-hook.py. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <ucontext.h>
#include <unistd.h>

/* Like the kernel's _ASM_EXTABLE: position-independent 32-bit offsets. */
#define VMXGEN_FAULT_HOOK(insn, next)					\
	".pushsection vmxgen_hook, \"a\"\n\t"				\
	".balign 4\n\t"							\
	".long (" #insn ") - .\n\t"					\
	".long (" #next ") - .\n\t"					\
	".popsection\n\t"
#include <vmxgen/vmx.h>

struct hook {
	int32_t insn, next;
};
extern const struct hook __start_vmxgen_hook[], __stop_vmxgen_hook[];

static uintptr_t target(const int32_t *p)
{
	return (uintptr_t)p + (intptr_t)*p;
}

#define X86_FLAGS_ARITH 0x8d5UL	/* CF PF AF ZF SF OF */
#define X86_CF 0x1UL
#define X86_ZF 0x40UL

enum { SUCCEED, FAIL_INVALID, FAIL_VALID };
static volatile int want;
static volatile int traps;

static void on_trap(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;
#ifdef __x86_64__
	greg_t *ip = &uc->uc_mcontext.gregs[REG_RIP];
#else
	greg_t *ip = &uc->uc_mcontext.gregs[REG_EIP];
#endif
	greg_t *fl = &uc->uc_mcontext.gregs[REG_EFL];
	const struct hook *h;
	static const char msg[] = "trap at an instruction without a hook entry\n";

	(void)sig;
	(void)si;
	for (h = __start_vmxgen_hook; h < __stop_vmxgen_hook; h++) {
		if (target(&h->insn) != (uintptr_t)*ip)
			continue;
		*fl &= ~X86_FLAGS_ARITH;
		*fl |= want == FAIL_INVALID ? X86_CF : want == FAIL_VALID ? X86_ZF : 0;
		*ip = target(&h->next);
		traps++;
		return;
	}
	if (write(2, msg, sizeof(msg) - 1) < 0)
		_exit(4);
	_exit(3);
}

/* Its callers' VMX instructions go to their cold part at -O2 (gcc). */
__attribute__((noinline, cold)) static void slow_path(void)
{
	__asm__ __volatile__("");
}

/* 1 if fn(ctx, arg) traps exactly once: run it in a child first, because
 * an instruction that does not trap really executes. */
static int traps_once(int (*fn)(int, unsigned long), unsigned long arg)
{
	int status;
	pid_t pid;

	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		want = SUCCEED;
		traps = 0;
		fn(0, arg);
		_exit(traps == 1 ? 0 : 5);
	}
	return pid > 0 && waitpid(pid, &status, 0) == pid &&
	       WIFEXITED(status) && WEXITSTATUS(status) == 0;
}
"""

MAIN = r"""
int main(int argc, char **argv)
{
	struct sigaction sa;
	const struct hook *h;
	unsigned long arg = (unsigned long)argc;
	int got;

	if (argc > 1 && !strcmp(argv[1], "--table")) {
		for (h = __start_vmxgen_hook; h < __stop_vmxgen_hook; h++)
			printf("HOOK %%#lx %%#lx\n", (unsigned long)target(&h->insn),
			       (unsigned long)target(&h->next));
		if (argc > 2)	/* never: keeps every public function */
			return all_public(arg);
		return 0;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_trap;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGILL, &sa, NULL);
	sigaction(SIGSEGV, &sa, NULL);
%(runs)s
	return 0;
}
"""


def program(spec, calls):
    out = [HEAD]
    body = ["\t" + d for d in calls.declarations()] + ["\tint n = 0;", ""]
    body += [line if line.startswith("#") else "\t" + line for line in calls.lines]
    out.append("__attribute__((noinline)) static int all_public(unsigned long arg)\n"
               "{\n%s\n\treturn n;\n}\n" % "\n".join(body + ["\t(void)arg;"]))
    runs = []
    for insn in spec.instructions:
        mn = insn.mnemonic
        decls, args = [], []
        for i, (ctype, name, _) in enumerate(insn.params):
            if ctype.endswith("*"):
                decls.append("\t%s p%d = 0;" % (ctype[:-1].strip(), i))
                args.append("&p%d" % i)
            else:
                args.append("(%s)arg" % ctype)
        call = "%s(%s)" % (insn.function, ", ".join(args))
        run_call = ("return (int)%s;" % call if insn.returns_status
                    else "%s;\n\treturn VMX_SUCCEED;" % call)
        decl = "\n".join(decls + ["\t(void)arg;"])
        out.append("""
__attribute__((noinline)) static int hot_%(mn)s(unsigned long arg)
{
%(decl)s
	%(run)s
}

__attribute__((noinline, cold)) static int cold_%(mn)s(unsigned long arg)
{
%(decl)s
	%(run)s
}

__attribute__((noinline)) static int split_%(mn)s(unsigned long arg)
{
%(decl)s
	if (arg) {
		slow_path();
		%(run_split)s
	}
	return -1;
}

static int run_%(mn)s(int ctx, unsigned long arg)
{
	return ctx == 0 ? hot_%(mn)s(arg) : ctx == 1 ? cold_%(mn)s(arg) :
	       split_%(mn)s(arg);
}
""" % {"mn": mn, "decl": decl, "run": run_call,
       "run_split": run_call.replace("\n\t", "\n\t\t")})
        outcomes = [("SUCCEED", "VMX_SUCCEED")]
        if insn.returns_status:
            outcomes += [(o.upper().replace("VMFAIL", "FAIL_"), insn.status_of(o))
                         for o in insn.fail_outcomes]
        runs.append('\tif (!traps_once(run_%s, arg)) {\n'
                    '\t\tprintf("NOTRAP %s\\n");\n\t} else {' % (mn, mn))
        for ctx_i, ctx in enumerate(CONTEXTS):
            for oc, status in outcomes:
                runs.append('\t\twant = %s;\n\t\ttraps = 0;\n'
                            '\t\tgot = run_%s(%d, arg);\n'
                            '\t\tprintf("RESULT %s %s %s %%d %%d %%d\\n", '
                            'got, (int)%s, traps);'
                            % (oc, mn, ctx_i, mn, ctx, oc, status))
        runs.append("\t}")
    out.append(MAIN % {"runs": "\n".join(runs)})
    return "\n".join(out)


def vmx_addresses(objdump, exe, mnemonics):
    """{address: (mnemonic, length)} of every VMX instruction in exe."""
    found = {}
    r = run([objdump, "-d", "-w", exe])
    for line in r.stdout.splitlines():
        m = re.match(r"^\s*([0-9a-f]+):\t((?:[0-9a-f]{2} )+)\s*\t?(\S*)", line)
        if m and m.group(3) in mnemonics:
            found[int(m.group(1), 16)] = (m.group(3), len(m.group(2).split()))
    return found


def has_32bit_libc():
    return os.path.exists("/usr/include/x86_64-linux-gnu/gnu/stubs-32.h") or \
        os.path.isdir("/usr/include/i386-linux-gnu")


def check_default(tap, wd):
    """The default VMXGEN_FAULT_HOOK is the empty string literal."""
    src = os.path.join(wd, "default.c")
    with open(src, "w") as f:
        f.write("#include <vmxgen/vmx.h>\nHOOK_IS VMXGEN_FAULT_HOOK(771b, 772b)\n")
    for cname, cc in compilers():
        r = run(cc.split() + ["-E", "-P", src] + include_flags())
        lines = [ln.strip() for ln in r.stdout.splitlines() if ln.startswith("HOOK_IS")]
        tap.ok(r.returncode == 0 and lines == ['HOOK_IS ""'],
               "%s: the default VMXGEN_FAULT_HOOK(insn, next) expands to \"\" "
               "(adds nothing to the asm)" % cname, r.stderr or lines)


def main():
    tap = Tap()
    spec = load_model()
    objdump = os.environ.get("OBJDUMP") or "objdump"
    mnemonics = {insn.mnemonic for insn in spec.instructions}
    calls = Calls(spec, os.path.join(SRCDIR, "generated"))
    wd = workdir("fault-hook")
    check_default(tap, wd)
    src = os.path.join(wd, "hook.c")
    with open(src, "w") as f:
        f.write(program(spec, calls))
    for cname, cc in compilers():
        for bits in (64, 32):
            if bits == 32 and not has_32bit_libc():
                tap.skip("%s -m32: fault hook" % cname,
                         "no 32-bit libc headers (gcc-multilib)")
                continue
            for opt in ("-O0", "-O2"):
                tag = "%s -m%d %s" % (cname, bits, opt)
                exe = os.path.join(wd, "hook-%s-%d%s" % (cname, bits, opt))
                cmd = cc.split() + ["-m%d" % bits, opt, "-no-pie", "-Wall",
                                    "-Wextra", "-Werror", src, "-o", exe] + include_flags()
                r = run(cmd)
                if not tap.ok(r.returncode == 0, "%s: hook program builds" % tag,
                              " ".join(cmd) + "\n" + r.stderr):
                    continue
                check_table(tap, tag, exe, objdump, mnemonics)
                check_runs(tap, tag, exe, spec)
    tap.done()


def check_table(tap, tag, exe, objdump, mnemonics):
    r = run([exe, "--table"])
    entries = [tuple(int(x, 16) for x in line.split()[1:])
               for line in r.stdout.splitlines() if line.startswith("HOOK ")]
    insns = vmx_addresses(objdump, exe, mnemonics)
    problems = []
    seen = {}
    for insn_at, next_at in entries:
        seen[insn_at] = seen.get(insn_at, 0) + 1
        if insn_at not in insns:
            problems.append("entry at %#x: not a VMX instruction" % insn_at)
        elif next_at != insn_at + insns[insn_at][1]:
            problems.append("%s at %#x: next is %#x, want %#x" % (
                insns[insn_at][0], insn_at, next_at, insn_at + insns[insn_at][1]))
    for at, (mn, _) in sorted(insns.items()):
        if seen.get(at, 0) != 1:
            problems.append("%s at %#x: %d entries" % (mn, at, seen.get(at, 0)))
    tap.ok(r.returncode == 0 and insns and not problems,
           "%s: exactly one hook entry at each of the %d VMX instructions, "
           "next = the instruction after it" % (tag, len(insns)),
           "\n".join(problems) or r.stderr)


def check_runs(tap, tag, exe, spec):
    r = run([exe])
    results = {}
    notrap = set()
    for line in r.stdout.splitlines():
        f = line.split()
        if f[:1] == ["NOTRAP"]:
            notrap.add(f[1])
        elif f[:1] == ["RESULT"]:
            results.setdefault(f[1], []).append(f[2:])
    if r.returncode != 0:
        tap.ok(False, "%s: hook program runs" % tag,
               "exit status %d\n%s%s" % (r.returncode, r.stdout[-2000:], r.stderr))
        return
    for insn in spec.instructions:
        mn = insn.mnemonic
        name = "%s: %s: fixup via the hook gives each outcome's status (%s)" % (
            tag, insn.function, ", ".join(CONTEXTS))
        if mn in notrap:
            tap.skip(name, "%s does not trap in user mode on this machine "
                     "(executed or handled by a hypervisor)" % mn)
            continue
        rows = results.get(mn, [])
        bad = ["%s, %s: status %s, want %s; %s trap(s)" % (ctx, oc, got, exp, n)
               for ctx, oc, got, exp, n in rows if got != exp or n != "1"]
        want = len(CONTEXTS) * (1 + len(insn.fail_outcomes))
        tap.ok(len(rows) == want and not bad, name,
               "\n".join(bad) or "%d results, want %d" % (len(rows), want))


if __name__ == "__main__":
    main()
