#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""VMXGEN_FAULT_HOOK in user space: nothing by default; when defined, one
entry at every VMX instruction, and a fixup that makes a faulting
instruction a status.

The contract (include/vmxgen/vmx_compat.h): the default hook expands to ""
and VMXGEN_HAVE_FAULT_HOOK is undefined.  A hook defined before the
include is expanded once per instruction with (insn, fixup); the fixup is
  - "path": the wrapper's own fault path, which returns the ISA's fault
    status (VMX_FAULT), for wrappers that return an RFLAGS status and have
    no outputs (asm goto);
  - "flags": the next instruction, for those with outputs (VMREAD): the
    wrapper set CF = ZF = 1 before the instruction (VMXGEN_FAULT_FLAGS,
    cmp + stc right before it) and reports the fault status when it finds
    both set;
  - "next": the next instruction, for everything else (no status, or an
    ISA without a fault status): it just resumes.
Which wrapper is which comes from the spec, read by the harness's own
reader (tests/harness/specread.py), not from the generator.

The test program defines the hook the way a kernel defines _ASM_EXTABLE:
each expansion adds an entry (insn, fixup) to a section of its own.  Then:
  - every VMX instruction in the linked program, in every public function
    of the headers, has exactly one entry, no entry points elsewhere, and
    each fixup is where the contract puts it;
  - the entries work as an exception table: a SIGILL/SIGSEGV handler finds
    the faulting instruction in it and resumes at the fixup with the
    registers and flags unchanged, as a kernel's fixup does.  Every wrapper
    that returns a status must return the fault status, called from an
    ordinary function, a cold one and the cold part of a split function;
    a void one must return after exactly one trap.  An instruction that
    does not trap on this machine (VMCALL under some hypervisors) is
    skipped with the reason: it is probed in a child process first.
gcc and clang, -O0 and -O2, 64- and 32-bit (32-bit needs gcc-multilib),
built in parallel.
"""

import bisect
import os
import re

from callers import Args, calls_in_parts, includes, public, spec_fixups
from disasm import disassemble, is_encoding
from vmxtest import (GENERATED, SPEC, Tap, asm_goto_outputs,
                     compilers, has_32bit_libc, include_flags, load_model,
                     load_specread, parallel, run, workdir, write)

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
#define VMXGEN_FAULT_HOOK(insn, fixup)					\
	".pushsection vmxgen_hook, \"a\"\n\t"				\
	".balign 4\n\t"							\
	".long (" #insn ") - .\n\t"					\
	".long (" #fixup ") - .\n\t"					\
	".popsection\n\t"
%(includes)s

#ifndef VMXGEN_HAVE_FAULT_HOOK
#error "VMXGEN_HAVE_FAULT_HOOK is not defined although VMXGEN_FAULT_HOOK is"
#endif

struct hook {
	int32_t insn, fixup;
};
extern const struct hook __start_vmxgen_hook[], __stop_vmxgen_hook[];

static uintptr_t target(const int32_t *p)
{
	return (uintptr_t)p + (intptr_t)*p;
}

static volatile int traps;

/* The exception fixup: RIP to the fixup, nothing else changed. */
static void on_trap(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;
#ifdef __x86_64__
	greg_t *ip = &uc->uc_mcontext.gregs[REG_RIP];
#else
	greg_t *ip = &uc->uc_mcontext.gregs[REG_EIP];
#endif
	const struct hook *h;
	static const char msg[] = "trap at an instruction without a hook entry\n";

	(void)sig;
	(void)si;
	for (h = __start_vmxgen_hook; h < __stop_vmxgen_hook; h++) {
		if (target(&h->insn) != (uintptr_t)*ip)
			continue;
		*ip = target(&h->fixup);
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
static int traps_once(long long (*fn)(int, unsigned long), unsigned long arg)
{
	int status;
	pid_t pid;

	fflush(stdout);
	pid = fork();
	if (pid == 0) {
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
	long long got;

	if (argc > 1 && !strcmp(argv[1], "--table")) {
		for (h = __start_vmxgen_hook; h < __stop_vmxgen_hook; h++)
			printf("HOOK %%#lx %%#lx\n", (unsigned long)target(&h->insn),
			       (unsigned long)target(&h->fixup));
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


def program(wrappers, callees):
    out = [HEAD % {"includes": "\n".join(includes(GENERATED))},
           calls_in_parts(callees, "all_public",
                          noinline="__attribute__((noinline))")]
    runs = []
    for c in wrappers:
        args = Args()
        call = "%s(%s)" % (c.name, ", ".join(args.of(c)))
        run_call = ("%s;\n\treturn 0;" % call if c.returns == "void"
                    else "return (long long)%s;" % call)
        decl = "\n".join(["\t" + d for d in args.declarations()] + ["\t(void)arg;"])
        text = args.definitions() + """
__attribute__((noinline)) static long long hot_%(fn)s(unsigned long arg)
{
%(decl)s
	%(run)s
}

__attribute__((noinline, cold)) static long long cold_%(fn)s(unsigned long arg)
{
%(decl)s
	%(run)s
}

__attribute__((noinline)) static long long split_%(fn)s(unsigned long arg)
{
%(decl)s
	if (arg) {
		slow_path();
		%(run_split)s
	}
	return -1;
}

static long long run_%(fn)s(int ctx, unsigned long arg)
{
	return ctx == 0 ? hot_%(fn)s(arg) : ctx == 1 ? cold_%(fn)s(arg) :
	       split_%(fn)s(arg);
}
""" % {"fn": c.name, "decl": decl, "run": run_call,
       "run_split": run_call.replace("\n\t", "\n\t\t")}
        lines = ['\tif (!traps_once(run_%s, arg)) {\n'
                 '\t\tprintf("NOTRAP %s\\n");\n\t} else {' % (c.name, c.name)]
        for ctx_i, ctx in enumerate(CONTEXTS):
            lines.append('\t\ttraps = 0;\n'
                         '\t\tgot = run_%s(%d, arg);\n'
                         '\t\tprintf("RESULT %s %s %%lld %%d\\n", got, traps);'
                         % (c.name, ctx_i, c.name, ctx))
        lines.append("\t}")
        if c.condition:
            text = "#if %s\n%s#endif\n" % (c.condition, text)
            lines = ["#if " + c.condition] + lines + ["#endif"]
        out.append(text)
        runs += lines
    out.append(MAIN % {"runs": "\n".join(runs)})
    return "\n".join(out)


def check_default(tap, wd):
    """The default VMXGEN_FAULT_HOOK is the empty string literal, and
    VMXGEN_HAVE_FAULT_HOOK is not defined."""
    src = write(os.path.join(wd, "default.c"),
                "#include <vmxgen/vmx.h>\n"
                "HOOK_IS VMXGEN_FAULT_HOOK(771b, %l[fault])\n"
                "#ifdef VMXGEN_HAVE_FAULT_HOOK\nHAVE_IS defined\n"
                "#else\nHAVE_IS undefined\n#endif\n")
    results = parallel(lambda c: run(c[1].split() + ["-E", "-P", src] + include_flags()),
                       compilers())
    for (cname, _), r in zip(compilers(), results):
        lines = [" ".join(ln.split()) for ln in r.stdout.splitlines()
                 if ln.startswith(("HOOK_IS", "HAVE_IS"))]
        tap.ok(r.returncode == 0 and lines == ['HOOK_IS ""', "HAVE_IS undefined"],
               "%s: by default VMXGEN_FAULT_HOOK(insn, fixup) expands to \"\" "
               "(adds nothing to the asm) and VMXGEN_HAVE_FAULT_HOOK is "
               "undefined" % cname, r.stderr or lines)


def fixup_kinds(wrappers):
    """{wrapper name: ("path" | "flags" | "next", the ISA's fault status
    value or None)}, from the spec."""
    specread = load_specread()
    by_name = {i.cname: i for i in specread.instructions(specread.load(SPEC))}
    return spec_fixups(wrappers, by_name)


# TODO(speed): what is left (profiled 2026-12-08, ~15 s idle): the eight
# compiles of the program, two thirds at -O2 (gcc ~2.4 s, clang ~2.0 s
# each: the 3 x ~130 contexts and the ~1,200 public functions in parts),
# which are the checks themselves; main()'s ~130 blocks of runs as a
# table and a loop looked 10% cheaper for clang -O2, nothing for gcc, at
# a load too high to tell.  Python: load_model() (~0.5 s) and parsing the
# eight disassemblies (~0.15 s each).
def main():
    tap = Tap()
    callees, _ = public(load_model(), GENERATED)
    wrappers = [c for c in callees if c.instruction is not None]
    kinds = fixup_kinds(wrappers)
    missing = [c.name for c in wrappers if c.name not in kinds]
    tap.ok(not missing, "the spec reader knows every wrapper's fixup (%s)"
           % ", ".join("%s: %s" % (n, k[0]) for n, k in sorted(kinds.items())),
           "unknown: %s" % missing)
    by_mnemonic = {}
    for c in wrappers:
        encs = ENCODINGS.setdefault(c.instruction.mnemonic, {})
        e = c.instruction.encoding
        # One of each (many wrappers share an instruction), with the
        # opcode bytes is_encoding() wants to find in an instruction's.
        want = e.opcode_bytes[1 if e.prefix is not None else 0:]
        encs.setdefault((e.prefix is None, tuple(e.opcode_bytes),
                         e.modrm_form, e.modrm_digit, e.rex_r), (bytes(want), e))
    for c in wrappers:
        by_mnemonic.setdefault(c.instruction.mnemonic, set()).add(
            kinds.get(c.name, ("?",))[0])
    wd = workdir("fault-hook")
    check_default(tap, wd)
    src = write(os.path.join(wd, "hook.c"), program(wrappers, callees))
    versions = {cname: asm_goto_outputs(cc) for cname, cc in compilers()}
    variants = [(cname, cc, bits, opt) for cname, cc in compilers()
                for bits in (64, 32) for opt in ("-O0", "-O2")]

    def build(variant):
        """Build, then read the table and run it: everything that waits on
        other processes, done on every CPU."""
        cname, cc, bits, opt = variant
        if bits == 32 and not has_32bit_libc():
            return None
        exe = os.path.join(wd, "hook-%s-%d%s" % (cname, bits, opt))
        cmd = cc.split() + ["-m%d" % bits, opt, "-no-pie", "-Wall", "-Wextra",
                            "-Werror", src, "-o", exe] + include_flags()
        r = run(cmd)
        if r.returncode != 0:
            return cmd, r, None, None, None, None
        dis = disassemble(exe, sections=None)
        return cmd, r, run([exe, "--table"]), dis, run([exe]), Functions(dis)

    for (cname, _, bits, opt), built in zip(variants, parallel(build, variants)):
        if built is None:
            if opt == "-O0":
                tap.skip("%s -m32: fault hook" % cname,
                         "no 32-bit libc headers (gcc-multilib)")
            continue
        cmd, r, table, dis, runs, funcs = built
        tag = "%s -m%d %s" % (cname, bits, opt)
        if not tap.ok(r.returncode == 0, "%s: hook program builds" % tag,
                      " ".join(cmd) + "\n" + r.stderr):
            continue
        check_table(tap, tag, table, dis, funcs,
                    goto_outputs(by_mnemonic, versions[cname]))
        check_runs(tap, tag, runs, [w for w in wrappers if bits in w.instruction.modes],
                   kinds)
    tap.done()


def goto_outputs(by_mnemonic, version):
    """by_mnemonic for a compiler that gets asm goto with outputs under the
    README's rule (gcc 11 and later, clang 17 and later): a wrapper with
    outputs resumes at its fault path ("path"), not after the
    instruction ("flags")."""
    if not version:
        return by_mnemonic
    return {mn: {"path" if k == "flags" else k for k in kinds}
            for mn, kinds in by_mnemonic.items()}


class Functions:
    """The function symbols of a program, from the symbol table its
    disassembly read: holding(addr) is the first, in the table's order,
    whose range holds addr.  Found by bisection (a walk of the table
    for each of ~3,000 lookups a program, over 350-930 symbols, was a
    quarter of check_table's time) when no two ranges overlap but those
    that start together (aliases); by the walk otherwise."""

    def __init__(self, dis):
        self.table = [(addr, addr + size, name)
                      for _, addr, name, size in dis.symbols]
        self.order = sorted(range(len(self.table)),
                            key=lambda k: (self.table[k][0], k))
        self.starts = [self.table[k][0] for k in self.order]
        self.disjoint, end = True, -1
        for k, j in enumerate(self.order):
            start = self.table[j][0]
            if k and start != self.starts[k - 1] and end > start:
                self.disjoint = False
            end = max(end, self.table[j][1])

    def holding(self, addr):
        if not self.disjoint:
            return next((n for s, e, n in self.table if s <= addr < e), None)
        # Those starting at the last start at or before addr: no other
        # range can hold it.
        k = bisect.bisect_right(self.starts, addr)
        if not k:
            return None
        last, group = self.starts[k - 1], []
        while k and self.starts[k - 1] == last:
            group.append(self.order[k - 1])
            k -= 1
        return next((self.table[j][2] for j in sorted(group)
                     if addr < self.table[j][1]), None)


def function_at(funcs, addr):
    """The function symbol holding addr, without the suffix of a part
    split off from it (f.cold, f.part.0); None if there is none."""
    name = funcs.holding(addr)
    if name is None:
        return None
    return re.sub(r"\.(cold|part|constprop|isra)(\.\d+)?.*$", "", name)


ENCODINGS = {}      # mnemonic: {key: (opcode bytes, an encoding of its wrappers)}


def stub_into(dis, at, funcs, addr, func):
    """Whether the code at addr is a stub out of line (a status register's
    fault path in .subsection 1, after every function of the section)
    that jumps back into func within a few instructions."""
    k = at[addr]
    for i in dis.insns[k:k + 4]:
        if i.mnemonic == "jmp":
            return function_at(funcs, i.target() or 0) == func
    return False


def check_table(tap, tag, r, dis, funcs, by_mnemonic):
    """One entry per VMX instruction, each fixup where the contract puts
    it: "path" inside the instruction's function (or a part of it) and not
    the next instruction, "flags" and "next" the next instruction; before
    a "flags" instruction, the cmp + stc that set CF = ZF = 1."""
    entries = [tuple(int(x, 16) for x in line.split()[1:])
               for line in r.stdout.splitlines() if line.startswith("HOOK ")]
    at = {i.addr: k for k, i in enumerate(dis.insns)}
    # The C runtime's own code is not the wrappers' (glibc's _start ends
    # in a hlt): functions with a reserved name (_x) are left out.
    # (A mov is a wrapper's only with its bytes: MOV to CR3.)
    # The spec's mnemonic of each instruction objdump names (lgdtl: lgdt).
    # (Insn.is_mnemonic as a table: objdump's names, the spec's mnemonic
    # of each; the last in by_mnemonic wins, as with a loop over it.)
    names = {}
    for m in by_mnemonic:
        names.update((m + s, m) for s in ("", "w", "l", "q"))
    spec_mn = {i.addr: names[i.mnemonic] for i in dis.insns
               if i.mnemonic in names}
    # The bytes first: every mov is looked at, few are MOV to CR3; each
    # distinct opcode once (26 encodings, 4 opcodes: the tests of all 26
    # were two fifths of check_table), is_encoding() only where its
    # opcode bytes are.
    wants = {}
    for mn, encs in ENCODINGS.items():
        for want, e in encs.values():
            wants.setdefault(mn, {}).setdefault(want, []).append(e)
    insns = {i.addr: i for i in dis.insns if i.addr in spec_mn and
             any(want in i.raw and any(is_encoding(i.raw, e) for e in encs)
                 for want, encs in wants[spec_mn[i.addr]].items())
             and not (function_at(funcs, i.addr) or "").startswith("_")}
    problems, seen, count = [], {}, {}
    for insn_at, fixup_at in entries:
        seen[insn_at] = seen.get(insn_at, 0) + 1
        i = insns.get(insn_at)
        if i is None:
            problems.append("entry at %#x: not a VMX instruction" % insn_at)
            continue
        nxt = insn_at + i.size
        kinds = by_mnemonic[spec_mn[insn_at]]
        func = function_at(funcs, insn_at)
        where = "%s at %#x in %s" % (i.mnemonic, insn_at, func)
        fixup = dis.insns[at[fixup_at]] if fixup_at in at else None
        if fixup_at == nxt:
            kind = "flags" if "flags" in kinds else "next"
        else:
            kind = "path"
        count[kind] = count.get(kind, 0) + 1
        if kind not in kinds:
            problems.append("%s: fixup %#x, want %s" % (
                where, fixup_at, " or ".join(
                    "the next instruction (%#x)" % nxt if k != "path" else
                    "its fault path" for k in sorted(kinds))))
        elif kind == "path" and (fixup is None or func is None or
                                 (function_at(funcs, fixup_at) != func and
                                  not stub_into(dis, at, funcs, fixup_at,
                                                func))):
            problems.append("%s: fixup %#x is not an instruction of %s (%s)" % (
                where, fixup_at, func, function_at(funcs, fixup_at)
                if fixup else "no instruction there"))
        elif kind == "flags":
            k = at[insn_at]
            before = [dis.insns[j].text for j in (k - 2, k - 1) if j >= 0]
            if before != ["cmp %esp,%esp", "stc"]:
                problems.append("%s: preceded by %s, want cmp %%esp,%%esp; stc "
                                "(CF = ZF = 1)" % (where, before))
    for a, i in sorted(insns.items()):
        if seen.get(a, 0) != 1:
            problems.append("%s at %#x: %d entries" % (i.mnemonic, a, seen.get(a, 0)))
    tap.ok(r.returncode == 0 and insns and not problems,
           "%s: exactly one hook entry at each of the %d VMX instructions, the "
           "fixup where the contract puts it (%s)" % (
               tag, len(insns), ", ".join("%s: %d" % kv for kv in sorted(count.items()))),
           "\n".join(problems) or r.stderr)


def check_runs(tap, tag, r, wrappers, kinds):
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
        kind, fault = kinds.get(c.name, (None, None))
        if kind in ("path", "flags"):
            want, what = str(fault), "returns the fault status (%d)" % fault
        elif c.returns == "void":
            want, what = "0", "resumes after the instruction and returns"
        else:
            want, what = None, "resumes after the instruction"
        name = "%s: %s faults, the hook's fixup runs: %s (%s)" % (
            tag, c.name, what, ", ".join(CONTEXTS))
        if c.name in notrap:
            tap.skip(name, "%s does not trap in user mode on this machine "
                     "(executed or handled by a hypervisor)"
                     % c.instruction.mnemonic)
            continue
        rows = results.get(c.name, [])
        bad = ["%s: got %s, want %s; %s trap(s)" % (ctx, got, want, n)
               for ctx, got, n in rows
               if n != "1" or (want is not None and got != want)]
        tap.ok(len(rows) == len(CONTEXTS) and not bad, name,
               "\n".join(bad) or "%d results, want %d" % (len(rows), len(CONTEXTS)))


if __name__ == "__main__":
    main()
