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

from callers import Args, calls_function, includes, public
from disasm import disassemble
from vmxtest import (GENERATED, Tap, compilers, has_32bit_libc, include_flags,
                     load_model, parallel, run, workdir, write)

CONTEXTS = ("hot", "cold", "split")

HEAD = r"""/* Written by tests/fault-hook.py. */
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
%(includes)s

struct hook {
	int32_t insn, next;
};
extern const struct hook __start_vmxgen_hook[], __stop_vmxgen_hook[];

static uintptr_t target(const int32_t *p)
{
	return (uintptr_t)p + (intptr_t)*p;
}

#define X86_FLAGS_ARITH 0x8d5UL	/* CF PF AF ZF SF OF */

/* The flags the outcome under test sets (CF, ZF or none). */
static volatile unsigned long want;
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
		*fl |= want;
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
		want = 0;
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


# The RFLAGS bit of each outcome flag the spec names.
FLAG_BITS = {"none": 0, "cf": 0x1, "zf": 0x40}


def outcomes(callee):
    """[(outcome name, RFLAGS bits to set, status expected or None)]: the
    success outcome, then every failure outcome the wrapper reports."""
    insn = callee.instruction
    if not callee.tests_status:
        # Nothing to tell apart: void returns 0 (below), a status register
        # holds whatever the skipped instruction left there.
        return [("success", 0, 0 if callee.returns == "void" else None)]
    success = insn.isa.status.success
    return [(success.name, 0, success.value)] + [
        (o.name, FLAG_BITS[o.flag], o.value) for o in insn.fail_outcomes]


def program(wrappers, callees):
    out = [HEAD % {"includes": "\n".join(includes(GENERATED))},
           calls_function(callees, "__attribute__((noinline)) static int "
                          "all_public(unsigned long arg)")]
    runs = []
    for c in wrappers:
        args = Args()
        call = "%s(%s)" % (c.name, ", ".join(args.of(c)))
        run_call = ("%s;\n\treturn 0;" % call if c.returns == "void"
                    else "return (int)%s;" % call)
        decl = "\n".join(["\t" + d for d in args.declarations()] + ["\t(void)arg;"])
        text = """
__attribute__((noinline)) static int hot_%(fn)s(unsigned long arg)
{
%(decl)s
	%(run)s
}

__attribute__((noinline, cold)) static int cold_%(fn)s(unsigned long arg)
{
%(decl)s
	%(run)s
}

__attribute__((noinline)) static int split_%(fn)s(unsigned long arg)
{
%(decl)s
	if (arg) {
		slow_path();
		%(run_split)s
	}
	return -1;
}

static int run_%(fn)s(int ctx, unsigned long arg)
{
	return ctx == 0 ? hot_%(fn)s(arg) : ctx == 1 ? cold_%(fn)s(arg) :
	       split_%(fn)s(arg);
}
""" % {"fn": c.name, "decl": decl, "run": run_call,
       "run_split": run_call.replace("\n\t", "\n\t\t")}
        lines = ['\tif (!traps_once(run_%s, arg)) {\n'
                 '\t\tprintf("NOTRAP %s\\n");\n\t} else {' % (c.name, c.name)]
        for ctx_i, ctx in enumerate(CONTEXTS):
            for name, flags, _ in outcomes(c):
                lines.append('\t\twant = %#x;\n\t\ttraps = 0;\n'
                             '\t\tgot = run_%s(%d, arg);\n'
                             '\t\tprintf("RESULT %s %s %s %%d %%d\\n", got, traps);'
                             % (flags, c.name, ctx_i, c.name, ctx, name))
        lines.append("\t}")
        if c.condition:
            text = "#if %s\n%s#endif\n" % (c.condition, text)
            lines = ["#if " + c.condition] + lines + ["#endif"]
        out.append(text)
        runs += lines
    out.append(MAIN % {"runs": "\n".join(runs)})
    return "\n".join(out)


def vmx_addresses(exe, mnemonics):
    """{address: (mnemonic, length)} of every VMX instruction in exe."""
    return {i.addr: (i.mnemonic, i.size)
            for i in disassemble(exe, sections=None).having(mnemonics)}


def check_default(tap, wd):
    """The default VMXGEN_FAULT_HOOK is the empty string literal."""
    src = write(os.path.join(wd, "default.c"),
                "#include <vmxgen/vmx.h>\nHOOK_IS VMXGEN_FAULT_HOOK(771b, 772b)\n")
    for cname, cc in compilers():
        r = run(cc.split() + ["-E", "-P", src] + include_flags())
        lines = [ln.strip() for ln in r.stdout.splitlines() if ln.startswith("HOOK_IS")]
        tap.ok(r.returncode == 0 and lines == ['HOOK_IS ""'],
               "%s: the default VMXGEN_FAULT_HOOK(insn, next) expands to \"\" "
               "(adds nothing to the asm)" % cname, r.stderr or lines)


def main():
    tap = Tap()
    callees, _ = public(load_model(), GENERATED)
    wrappers = [c for c in callees if c.instruction is not None]
    mnemonics = {c.instruction.mnemonic for c in wrappers}
    wd = workdir("fault-hook")
    check_default(tap, wd)
    src = write(os.path.join(wd, "hook.c"), program(wrappers, callees))
    variants = [(cname, cc, bits, opt) for cname, cc in compilers()
                for bits in (64, 32) for opt in ("-O0", "-O2")]

    def build(variant):
        cname, cc, bits, opt = variant
        if bits == 32 and not has_32bit_libc():
            return None, None, None
        exe = os.path.join(wd, "hook-%s-%d%s" % (cname, bits, opt))
        cmd = cc.split() + ["-m%d" % bits, opt, "-no-pie", "-Wall", "-Wextra",
                            "-Werror", src, "-o", exe] + include_flags()
        return exe, cmd, run(cmd)

    for (cname, _, bits, opt), (exe, cmd, r) in zip(variants,
                                                   parallel(build, variants)):
        if exe is None:
            if opt == "-O0":
                tap.skip("%s -m32: fault hook" % cname,
                         "no 32-bit libc headers (gcc-multilib)")
            continue
        tag = "%s -m%d %s" % (cname, bits, opt)
        if not tap.ok(r.returncode == 0, "%s: hook program builds" % tag,
                      " ".join(cmd) + "\n" + r.stderr):
            continue
        check_table(tap, tag, exe, mnemonics)
        check_runs(tap, tag, exe, [w for w in wrappers if bits in w.instruction.modes])
    tap.done()


def check_table(tap, tag, exe, mnemonics):
    r = run([exe, "--table"])
    entries = [tuple(int(x, 16) for x in line.split()[1:])
               for line in r.stdout.splitlines() if line.startswith("HOOK ")]
    insns = vmx_addresses(exe, mnemonics)
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


def check_runs(tap, tag, exe, wrappers):
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
    for c in wrappers:
        name = "%s: %s: fixup via the hook gives each outcome's status (%s)" % (
            tag, c.name, ", ".join(CONTEXTS))
        if c.name in notrap:
            tap.skip(name, "%s does not trap in user mode on this machine "
                     "(executed or handled by a hypervisor)"
                     % c.instruction.mnemonic)
            continue
        expected = {oc: status for oc, _, status in outcomes(c)}
        rows = results.get(c.name, [])
        bad = ["%s, %s: status %s, want %s; %s trap(s)" % (ctx, oc, got, expected.get(oc), n)
               for ctx, oc, got, n in rows
               if n != "1" or oc not in expected or
               (expected[oc] is not None and got != str(expected[oc]))]
        want = len(CONTEXTS) * len(expected)
        tap.ok(len(rows) == want and not bad, name,
               "\n".join(bad) or "%d results, want %d" % (len(rows), want))


if __name__ == "__main__":
    main()
