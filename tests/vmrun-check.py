#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""svm_vmrun_check() (generated from spec/svm/vmrun-checks.yaml) on
VMCBs built here, without a CPU.

- A valid baseline (a 64-bit guest as a hypervisor sets one up, on a CPU
  with a 40-bit physical address and the EFER and CR4 bits of a Bochs
  ryzen) breaks no rule, in the model's evaluator and in C.
- For every rule, a VMCB that breaks that rule and no other, derived from
  the rule's own expressions (tests/lib/entrycases.py, as for VMX): C
  reports exactly that rule, and its section and statement through
  svm_vmrun_check_rule().
- 400 random VMCBs near the baseline (seeded; the seed is printed): C
  reports the same rules as the model's evaluator (rules.violated).

One compiler run (-Wall -Wextra -Werror) and one program for all of it.
"""

import os
import random

import entrycases
from vmxtest import (Tap, default_compiler, include_flags, load_model, run,
                     workdir, write)

MASK64 = (1 << 64) - 1
EFER_HAS = (1 << 0) | (1 << 8) | (1 << 10) | (1 << 11) | (1 << 12) | (1 << 14)
CR4_HAS = 0x7ff | (1 << 16) | (1 << 17) | (1 << 18) | (1 << 20) | (1 << 21)

# The baseline: what a 64-bit hypervisor's VMCB holds (input name: value).
BASELINE = {
    "guest_efer": (1 << 12) | (1 << 10) | (1 << 8) | (1 << 0),
    "guest_cr0": 0x80050033,            # PG, AM, WP, NE, ET, MP, PE
    "guest_cr3": 0x1000,
    "guest_cr4": 0x6a0,                 # OSXMMEXCPT, OSFXSR, PGE, PAE
    "guest_dr6": 0xffff0ff0,
    "guest_dr7": 0x400,
    "guest_cs_attrib": 0xa9b,           # 64-bit code: L, P, S, type 0xb
    "intercept_misc2": 1,               # VMRUN
    "msrpm_base_pa": 0x10000,
    "iopm_base_pa": 0x20000,
    "event_inj": 0,
    "asid": 1,
    "maxphyaddr": 40,
    "efer_mbz": ~EFER_HAS & MASK64,
    "cr4_mbz": ~CR4_HAS & MASK64,
    "long_mode": 1,
}
RANDOM_CASES = 400


def near(rng, check, base):
    """A random state near base: a few inputs with a few bits flipped or a
    field set at random."""
    env = dict(base)
    for i in rng.sample(check.inputs, rng.randint(1, 3)):
        v = env[i.name]
        for _ in range(rng.randint(1, 3)):
            if rng.random() < 0.7:
                v ^= 1 << rng.randrange(i.width)
            else:
                v = rng.getrandbits(i.width)
        if i.name == "maxphyaddr":
            v = rng.choice([32, 36, 40, 48, 52, 63, 64, 65, 255])
        env[i.name] = v
    return env


def c_case(view, label, env):
    """The C statements of one case: fill vmcb, call the checker."""
    lines = ["\tmemset(&vmcb, 0, sizeof(vmcb));"]
    for i in view.inputs:
        if i.kind == "member":
            path = ".".join(m.name for m in i.obj.members)
            lines.append("\tvmcb.%s = %#xULL;" % (path, env[i.name]))
    args = ", ".join("%#xULL" % env[i.name] for i in view.params)
    lines.append('\tcheck("%s", %s);' % (label, args))
    return "\n".join(lines)


class View:
    def __init__(self, check):
        self.inputs = check.inputs
        self.params = sorted((i for i in check.inputs if i.kind == "value"),
                             key=lambda i: check.values.index(i.obj))


def program(check, cases):
    view = View(check)
    params = ", ".join("vmx_u64 %s" % i.name for i in view.params)
    call = ", ".join("(%s)%s" % ("vmx_u8" if i.width <= 8 else "vmx_u64",
                                 i.name) for i in view.params)
    body = "\n".join(c_case(view, label, env) for label, env in cases)
    return """#include <stdio.h>
#include <string.h>
#include <vmxgen/svm.h>

static struct svm_vmcb vmcb;

static void report(void *ctx, enum svm_vmrun_check_rule_id id)
{
	const struct svm_vmrun_check_rule_info *r = svm_vmrun_check_rule(id);

	(void)ctx;
	printf(" %%s|%%s|%%s", r->name, r->sdm, r->statement);
}

static void check(const char *label, %s)
{
	unsigned int n;

	printf("%%s:", label);
	n = svm_vmrun_check(&vmcb, %s, report, NULL);
	printf(" =%%u\\n", n);
}

int main(void)
{
%s
	return 0;
}
""" % (params, call, body)


def main():
    tap = Tap()
    cc = default_compiler()
    if cc is None:
        tap.skip_all("no C compiler")
    spec = load_model()
    isa = next(i for i in spec.isas if i.name == "svm")
    check = isa.entry_check
    rules = [r for r in check.rules if r.ok]
    tap.cases(rules, "rules in spec/svm/vmrun-checks.yaml")
    seed = int(os.environ.get("VMRUN_CHECK_SEED") or random.randrange(1 << 30))
    rng = random.Random(seed)

    def broken(env):
        return [x.name for x in entrycases.broken(check, env)]

    tap.ok(broken(BASELINE) == [], "model: the baseline VMCB breaks no rule",
           "broken: %s" % broken(BASELINE))
    cases = [("baseline", BASELINE)]
    derived = {}
    for rule in rules:
        got = entrycases.derive(check, BASELINE, rule)
        env = None
        if got is not None and [x.name for x in got[1]] == [rule.name]:
            env = dict(BASELINE, **{e[0].name: e[1] for e in got[0]})
        derived[rule.name] = env
        if env is not None:
            cases.append(("rule-" + rule.name, env))
    randoms = [near(rng, check, BASELINE) for _ in range(RANDOM_CASES)]
    cases += [("random-%d" % k, env) for k, env in enumerate(randoms)]

    wd = workdir("vmrun-check")
    src = write(os.path.join(wd, "vmrun-check.c"), program(check, cases))
    exe = os.path.join(wd, "vmrun-check")
    label, cmd = cc
    r = run(cmd.split() + ["-std=gnu11", "-O1", "-Wall", "-Wextra", "-Werror"]
            + include_flags() + ["-o", exe, src])
    if not tap.ok(r.returncode == 0, "%s: the checker compiles with "
                  "-Wall -Wextra -Werror" % label, r.stderr):
        tap.done()
    r = run([exe])
    tap.ok(r.returncode == 0, "the checker program runs", r.stderr)
    names = [x.name for x in rules]

    def reported(label):
        line = next((s for s in r.stdout.splitlines()
                     if s.startswith(label + ":")), None)
        if line is None:
            return None
        body = line[len(label) + 1:].rsplit(" =", 1)[0]
        out = []
        for part in body.split(" ")[1:]:
            head = part.split("|")[0]
            if head in names and "|" in part:
                out.append(head)
        return out

    base = reported("baseline")
    tap.ok(base == [], "C: the baseline VMCB breaks no rule",
           "reported: %s" % base)
    for rule in rules:
        env = derived[rule.name]
        what = "rule %s (%s)" % (rule.name, rule.sdm)
        if not tap.ok(env is not None, "%s: a VMCB breaking it alone, "
                      "derived from its expressions" % what,
                      "no candidate state breaks it and no other rule"):
            tap.skip("%s: C reports it alone" % what, "no derived VMCB")
            continue
        changed = ", ".join("%s=%#x" % (k, v) for k, v in sorted(env.items())
                            if BASELINE[k] != v)
        got = reported("rule-" + rule.name)
        line = next((s for s in r.stdout.splitlines()
                     if s.startswith("rule-%s:" % rule.name)), "")
        text = "|".join([rule.name, rule.sdm, rule.statement])
        tap.ok(got == [rule.name] and text in line,
               "%s: C reports it alone, with its section and statement, for "
               "%s" % (what, changed), "reported: %s\n%s" % (got, line))
    bad, breaking = [], 0
    for k, env in enumerate(randoms):
        want = broken(env)
        breaking += bool(want)
        got = reported("random-%d" % k)
        if got != want:
            bad.append("random-%d %s: C %s, model %s" % (
                k, {n: hex(v) for n, v in env.items() if BASELINE[n] != v},
                got, want))
    tap.ok(not bad and 0 < breaking < RANDOM_CASES, "C and the model's "
           "evaluator report the same rules on %d random VMCBs near the "
           "baseline, %d of them breaking some (seed %d, VMRUN_CHECK_SEED=%d "
           "repeats it)" % (RANDOM_CASES, breaking, seed, seed),
           "\n".join(bad[:10]))
    tap.done()


if __name__ == "__main__":
    main()
