#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""32-bit code: a 64-bit use never silently truncates.

In 32-bit code unsigned long -- the type of every natural-width argument
(VMREAD/VMWRITE's register operands, natural-width VMCS fields) -- has 32
bits.  For every such argument of every public function and accessor
macro in the headers (found by reading them), passing a 64-bit value, or a
pointer to a 64-bit object, must be a compile-time error whose message
names the function: a negative compile test, gcc and clang, -m32
freestanding.  The same source must compile cleanly in 64-bit code, and
with arguments of the right type in 32-bit code.

64-bit VMCS fields are not 64-bit-only: vmx_vmread64()/vmx_vmwrite64() and
the per-field accessors of a 64-bit field must, in 32-bit code, access the
field twice, through its encoding and its _HIGH encoding (field | 1).
"""

import os
import re

from callers import Args, call_statement, includes, public
from disasm import disassemble
from headers import Api
from vmxtest import (GENERATED, Tap, compilers, include_flags, load_model, run,
                     workdir, write)

NATURAL = ("unsigned long", "unsigned long *")
# VMXGEN_ALLOW_EXIT_INFO_WRITES: the read-only fields' write accessors too.
FLAGS = ["-ffreestanding", "-nostdinc", "-O2", "-std=gnu11", "-Wall", "-Wextra",
         "-DVMXGEN_ALLOW_EXIT_INFO_WRITES"]
# The words every truncation error carries (vmx_compat.h).
MESSAGE = "in 32-bit code"


class Case:
    """One call with one natural-width argument replaced by a 64-bit one."""

    def __init__(self, callee, index):
        self.callee = callee
        self.name = callee.name
        self.args = Args()
        self.right = self.args.of(callee)           # C arguments, right types
        self.wide = list(self.right)                # one argument 64-bit
        self.wide[index] = "&wide" if callee.params[index][0].endswith("*") \
            else "(vmx_u64)arg"


def cases(callees):
    """A Case for every natural-width argument of every public function
    and accessor macro (the field of a macro is a constant, not one)."""
    return [Case(c, i) for c in callees for i, (ctype, _) in enumerate(c.params)
            if ctype in NATURAL and i not in c.fixed and
            "__x86_64__" not in c.condition]


def source(cs, wide):
    """(C text, {line: case index}): a caller per case, each call on its
    own line, the line of each case's call recorded."""
    out = includes(GENERATED) + [""]
    lines = {}
    for n, c in enumerate(cs):
        if c.callee.condition:
            out.append("#if " + c.callee.condition)
        out.append(c.args.definitions())
        out.append("int case%d(unsigned long arg);" % n)
        out.append("int case%d(unsigned long arg)\n{" % n)
        out.append("\tvmx_u64 wide __attribute__((__unused__)) = 0;")
        out += ["\t" + d for d in c.args.declarations()]
        out.append("\tint n = 0;")
        out.append("\t(void)arg;")
        lines["\n".join(out).count("\n") + 2] = n
        out.append("\t" + call_statement(c.callee, c.wide if wide else c.right))
        out.append("\treturn n;")
        out.append("}")
        if c.callee.condition:
            out.append("#endif")
    return "\n".join(out) + "\n", lines


def errors_by_case(stderr, src, lines):
    """{case index: [its error lines]}: each error of a compile of src,
    attributed to the case whose call line it names first (clang puts
    that line in the error itself, gcc in the 'in expansion of macro'
    note after an error in a header).  Errors naming no call line go
    under None."""
    out = {}
    where = re.compile(r"^%s:(\d+):\d+: " % re.escape(src))
    current = None      # (error line, its case found yet)
    for ln in stderr.splitlines():
        if ": error: " in ln:
            current = [ln, False]
            out.setdefault(None, []).append(ln)
        m = where.match(ln)
        if current and not current[1] and m and int(m.group(1)) in lines:
            out[None].remove(current[0])
            out.setdefault(lines[int(m.group(1))], []).append(current[0])
            current[1] = True
    return out


def compile_c(cc, bits, src, extra=()):
    cmd = cc.split() + ["-m%d" % bits] + FLAGS + list(extra) + [
        "-c", src, "-o", src + ".o"] + include_flags()
    return run(cmd), cmd


def wide_field(api):
    """(constant, encoding, read accessor, write accessor) of a writable
    64-bit VMCS field, from the per-field accessors in the headers."""
    by_constant = {}
    for acc in api.field_accessors():
        if acc.suffix == "64":
            by_constant.setdefault(acc.constant, {})[acc.direction] = acc.function.name
    for constant, fns in by_constant.items():
        if "read" in fns and "write" in fns:
            return constant, api.constants[constant], fns["read"], fns["write"]
    return None


def check_64bit_accessors(tap, cname, cc, wd, api):
    """vmx_vmread64()/vmx_vmwrite64() and per-field 64-bit accessors do
    two accesses in 32-bit code: field, then field | 1."""
    field = wide_field(api)
    if field is None:
        tap.ok(False, "%s -m32: 64-bit accessors compile" % cname,
               "no writable 64-bit VMCS field with per-field accessors found "
               "in the headers")
        return
    constant, encoding, read, write_fn = field
    calls = [
        ("vmread", "vmx_vmread64", "vmx_vmread64(%s, &v)" % constant),
        ("vmwrite", "vmx_vmwrite64", "vmx_vmwrite64(%s, v)" % constant),
        ("vmread", read, "%s(&v)" % read),
        ("vmwrite", write_fn, "%s(v)" % write_fn),
    ]
    src = write(os.path.join(wd, "wide64-%s.c" % cname), "#include <vmxgen/vmx.h>\n\n" +
                "".join("int acc%d(vmx_u64 v);\nint acc%d(vmx_u64 v)\n{\n"
                        "\treturn (int)%s;\n}\n\n" % (n, n, call)
                        for n, (_, _, call) in enumerate(calls)))
    r, cmd = compile_c(cc, 32, src, ["-Werror"])
    if not tap.ok(r.returncode == 0, "%s -m32: 64-bit accessors compile" % cname,
                  " ".join(cmd) + "\n" + r.stderr):
        return
    dis = disassemble(src + ".o")
    low, high = "$%#x" % encoding, "$%#x" % (encoding | 1)
    for n, (mn, name, _) in enumerate(calls):
        body = dis.function("acc%d" % n)
        count = sum(1 for i in body if i.mnemonic == mn)
        imms = " ".join(i.text for i in body)
        tap.ok(count == 2 and low in imms and high in imms,
               "%s -m32: %s() on %s does two 32-bit %s: %s and %s (_HIGH)"
               % (cname, name, constant, mn, low[1:], high[1:]),
               "\n".join(map(repr, body)))


def main():
    tap = Tap()
    api = Api(GENERATED)
    callees, _ = public(load_model(), GENERATED, api)
    cs = cases(callees)
    tap.ok(any(c.name == "vmx_vmwrite" for c in cs) and any(c.name == "vmx_vmread" for c in cs),
           "natural-width arguments found in the headers: %d (functions and "
           "accessor macros)" % len(cs))
    wd = workdir("m32")
    right = write(os.path.join(wd, "right.c"), source(cs, False)[0])
    text, lines = source(cs, True)
    wrong = write(os.path.join(wd, "wrong.c"), text)
    for cname, cc in compilers():
        r, cmd = compile_c(cc, 32, right, ["-Werror"])
        # The cases an #if in the headers leaves out are left out here too.
        compiled = len([f for f in disassemble(right + ".o").functions
                        if re.match(r"^case\d+$", f)]) if r.returncode == 0 else len(cs)
        tap.ok(r.returncode == 0 and not r.stderr.strip(),
               "%s -m32: natural-width arguments of the right type compile "
               "cleanly (%d calls)" % (cname, compiled), " ".join(cmd) + "\n" + r.stderr)
        r, cmd = compile_c(cc, 64, wrong, ["-Werror"])
        tap.ok(r.returncode == 0 and not r.stderr.strip(),
               "%s -m64: the same calls with 64-bit arguments compile cleanly "
               "(unsigned long has 64 bits)" % cname, " ".join(cmd) + "\n" + r.stderr)
        # All cases at once: one truncation error per case.
        r, cmd = compile_c(cc, 32, wrong, ["-ferror-limit=0"] if "clang" in cname else [])
        errors = [ln for ln in r.stderr.splitlines()
                  if "error" in ln and MESSAGE in ln]
        tap.ok(r.returncode != 0 and len(errors) == compiled,
               "%s -m32: every 64-bit natural-width argument is a compile-time "
               "error (%d errors, %d calls)" % (cname, len(errors), compiled),
               " ".join(cmd) + "\n" + r.stderr)
        # Each case on its own: the errors of that one compile attributed
        # to the case by the line of its call (once one compile per case,
        # ~300 in all, 15 s: the same errors, each then alone in its file).
        mine = errors_by_case(r.stderr, wrong, lines)
        for n, c in enumerate(cs):
            named = [ln for ln in mine.get(n, [])
                     if "%s: " % c.name in ln and MESSAGE in ln]
            tap.ok(r.returncode != 0 and named,
                   "%s -m32: %s(%s) is a compile-time error naming %s"
                   % (cname, c.name, ", ".join(c.wide), c.name),
                   "errors at its call (%s line %d):\n%s\nnot at a call:\n%s"
                   % (wrong, [k for k, v in lines.items() if v == n][0],
                      "\n".join(mine.get(n, [])) or "none",
                      "\n".join(mine.get(None, [])) or "none"))
        check_64bit_accessors(tap, cname, cc, wd, api)
    tap.done()


if __name__ == "__main__":
    main()
