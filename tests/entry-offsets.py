#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The guest entry's two outputs agree on the register struct, and follow
the spec: for every ISA's <isa>_entry.S and <isa>_entry.h, assembled and
compiled by gcc and clang, the displacement of every load before the
entering instruction and of every store after it (read back from the
object's disassembly) is the C offsetof() of that register's member
(asserted by a C program that includes the header), every member is
loaded and stored exactly once (a member whose register the entering
instruction takes as an operand, TDH.VP.ENTER's RCX, is stored and not
loaded: the parameter goes there), and the assembler refuses a 32-bit build
with the #error.  Done for the spec as it is and for a copy with each
ISA's register order reversed, so that the offsets come from the data and
not from a fixed layout (the struct's first member moves to the end).
"""

import os
import re
import shutil

from backends.c.entry import public_entries
from disasm import disassemble
from vmxtest import (GEN, PYTHON, SPEC, SRCDIR, Tap, compilers, load_model,
                     parallel, run, workdir, write)

REG = r"%(r[a-z0-9]+)"


def accesses(insns, entering):
    """({register: displacement} loaded before the entering instruction,
    {register: displacement} stored after it, problems)."""
    loads, stores, problems = {}, {}, []
    seen_entry = False
    for i in insns:
        if i.mnemonic in entering:
            seen_entry = True
            continue
        ops = i.operands
        if not seen_entry:
            m = re.fullmatch(r"(0x[0-9a-f]+)?\(%r\w+\)," + REG, ops)
            if i.mnemonic == "mov" and m and "(%rsp)" not in ops:
                reg, disp = m.group(2), int(m.group(1) or "0", 16)
                if reg in loads:
                    problems.append("%s loaded twice" % reg)
                loads[reg] = disp
        else:
            m = re.fullmatch(REG + r",(0x[0-9a-f]+)?\(%r\w+\)", ops)
            if i.mnemonic == "mov" and m:
                reg, disp = m.group(1), int(m.group(2) or "0", 16)
            elif i.mnemonic == "pop" and re.fullmatch(r"(0x[0-9a-f]+)?\(%(r\w+)\)", ops):
                # pop into the struct: the register pushed just before
                # (the pointer register's own value).
                disp = int(re.match(r"(0x[0-9a-f]+)?", ops).group(1) or "0", 16)
                reg = re.search(r"\(%(r\w+)\)", ops).group(1)
            else:
                continue
            if reg == "rsp":
                # The stack pointer into the caller's cache of it (VMX's
                # HOST_RSP), never a member: the CPU keeps the guest's.
                continue
            if reg in stores:
                problems.append("%s stored twice" % reg)
            stores[reg] = disp
    if not seen_entry:
        problems.append("no %s in the function" % "/".join(entering))
    return loads, stores, problems


def check_tree(tap, label, generated, entries, wd):
    inc = ["-I", generated, "-I", os.path.join(SRCDIR, "include")]
    jobs = [(e, cname, cc) for e in entries for cname, cc in compilers()]

    def one(job):
        e, cname, cc = job
        obj = os.path.join(wd, "%s-%s-%s.o" % (label, e.isa, cname))
        r = run(cc.split() + ["-c", "-m64", os.path.join(generated, e.source),
                              "-o", obj] + inc)
        if r.returncode:
            return job, None, r.stderr, None
        fn = disassemble(obj).function(e.function)
        loads, stores, problems = accesses(fn, set(e.enters))
        # The C side: every displacement is offsetof() of its member.
        asserts = ["_Static_assert(__builtin_offsetof(struct %s, %s) == %d, "
                   "\"%s %s\");" % (e.struct, reg, disp, what, reg)
                   for what, table in (("load", loads), ("store", stores))
                   for reg, disp in sorted(table.items())]
        src = write(os.path.join(wd, "%s-%s-%s.c" % (label, e.isa, cname)),
                    "#include <%s>\n%s\n" % (e.header, "\n".join(asserts)))
        c = run(cc.split() + ["-std=gnu11", "-Wall", "-Wextra", "-Werror",
                              "-c", src, "-o", os.devnull] + inc)
        members = {r for r, _ in e.registers}
        loaded = members - set(e.operand_members)
        if set(loads) != loaded:
            problems.append("loaded: %s, members but operands': %s"
                            % (sorted(loads), sorted(loaded)))
        if set(stores) != members:
            problems.append("stored: %s, members: %s" % (sorted(stores), sorted(members)))
        m32 = run(cc.split() + ["-c", "-m32", os.path.join(generated, e.source),
                                "-o", os.devnull] + inc)
        return job, (loads, stores, problems, c), None, m32

    for (e, cname, _), result, err, m32 in parallel(one, jobs):
        name = "%s: %s %s" % (label, cname, e.source)
        if result is None:
            tap.ok(False, "%s assembles" % name, err)
            continue
        loads, stores, problems, c = result
        tap.ok(not problems and c.returncode == 0,
               "%s: each of the %d members loaded before %s and stored after "
               "it at its offsetof() in %s" % (name, len(e.registers),
                                               "/".join(e.enters).upper(),
                                               e.header),
               "\n".join(problems) + c.stderr)
        tap.ok(m32.returncode != 0 and "64-bit code" in m32.stderr,
               "%s: -m32 stops at the #error" % name, m32.stderr)


def reversed_spec(wd):
    """A copy of the spec with every guest entry's registers reversed."""
    spec = os.path.join(wd, "spec")
    shutil.copytree(SPEC, spec)
    changed = 0
    for root, _, files in os.walk(spec):
        for f in files:
            path = os.path.join(root, f)
            with open(path) as fh:
                text = fh.read()
            if "guest_entry:" not in text:
                continue
            m = re.search(r"^(  registers: \[)([^\]]*)\]", text, re.M)
            regs = [r.strip() for r in m.group(2).split(",")]
            text = text[:m.start(2)] + ", ".join(reversed(regs)) + text[m.end(2):]
            with open(path, "w") as fh:
                fh.write(text)
            changed += 1
    return spec, changed


def main():
    tap = Tap()
    entries = public_entries(load_model())
    if not entries:
        tap.skip_all("the spec has no guest entry")
    wd = workdir("entry-offsets")
    check_tree(tap, "spec", os.path.join(SRCDIR, "generated"), entries, wd)

    spec, changed = reversed_spec(wd)
    out = os.path.join(wd, "out")
    os.makedirs(out)
    r = run([PYTHON, GEN, "-q", "--spec", spec, "--output", out])
    if tap.ok(r.returncode == 0 and changed == len(entries),
              "the spec with each entry's registers reversed (%d files) "
              "generates" % changed, r.stderr):
        rev = public_entries(load_model(spec))
        firsts = {e.isa: e.registers[0] for e in entries}
        tap.ok(all(e.registers[-1][0] == firsts[e.isa][0] for e in rev),
               "reversed: the first member of each struct is now the last",
               str([(e.isa, e.registers[:2]) for e in rev]))
        check_tree(tap, "reversed", out, rev, wd)
    tap.done()


if __name__ == "__main__":
    main()
