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
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lib"))
sys.path.insert(0, HERE)
from calls import public_api  # noqa: E402
from vmxtest import SRCDIR, Tap, compilers, include_flags, load_model, run, workdir  # noqa: E402

NATURAL = ("unsigned long", "unsigned long *")
# VMXGEN_ALLOW_EXIT_INFO_WRITES: the read-only fields' write accessors too.
FLAGS = ["-ffreestanding", "-nostdinc", "-O2", "-std=gnu11", "-Wall", "-Wextra",
         "-DVMXGEN_ALLOW_EXIT_INFO_WRITES"]
# The words every truncation error carries (vmx_compat.h).
MESSAGE = "in 32-bit code"


class Case:
    """One call with one natural-width argument replaced by a 64-bit one."""

    def __init__(self, name, args, wide, condition):
        self.name = name          # function or macro
        self.args = args          # C argument list, right types
        self.wide = wide          # the same, one argument 64-bit
        self.condition = condition


def cases(spec):
    funcs, macros = public_api(os.path.join(SRCDIR, "generated"))
    out = []
    for fn in funcs:
        if fn.name.startswith("__"):
            continue
        for i, (ctype, _) in enumerate(fn.params):
            if ctype not in NATURAL:
                continue
            args = [arg_for(t) for t, _ in fn.params]
            wide = list(args)
            wide[i] = "&wide" if ctype.endswith("*") else "(vmx_u64)arg"
            out.append(Case(fn.name, args, wide, fn.condition))
    shims = {fn.name for fn in funcs}
    for name, params, cond, _ in macros:
        m = re.match(r"^vmx_vm(read|write)(\w+)$", name)
        if name in shims or not m or params != ["field", "value"]:
            continue
        field = next((f for f in spec.vmcs_fields if f.accessor_suffix == m.group(2)
                      and not (m.group(1) == "write" and f.read_only)), None)
        if field is None or field.c_type != "unsigned long":
            continue
        read = m.group(1) == "read"
        out.append(Case(name, [field.constant, "&natural" if read else "arg"],
                        [field.constant, "&wide" if read else "(vmx_u64)arg"], cond))
    return out


def arg_for(ctype):
    if ctype == "unsigned long *":
        return "&natural"
    if ctype.endswith("*"):
        return "&obj_" + re.sub(r"\W+", "_", ctype[:-1].strip())
    return "(%s)arg" % ctype


def source(cs, wide):
    """A caller per case, each call on its own line."""
    out = ["#include <vmxgen/vmx.h>", ""]
    for n, c in enumerate(cs):
        if c.condition:
            out.append("#if " + c.condition)
        out.append("int case%d(unsigned long arg);" % n)
        out.append("int case%d(unsigned long arg)\n{" % n)
        out.append("\tunsigned long natural = 0;\n\tvmx_u64 wide = 0;")
        for a in sorted(set(c.args)):
            m = re.match(r"^&obj_(\w+)$", a)
            if m:
                out.append("\t%s obj_%s = 0;" % (m.group(1).replace("_", " ")
                                                  .replace("vmx u", "vmx_u"), m.group(1)))
        out.append("\t(void)natural;\n\t(void)wide;\n\t(void)arg;")
        out.append("\treturn (int)%s(%s);" % (c.name, ", ".join(c.wide if wide else c.args)))
        out.append("}")
        if c.condition:
            out.append("#endif")
    return "\n".join(out) + "\n"


def compile_c(cc, bits, src, extra=()):
    cmd = cc.split() + ["-m%d" % bits] + FLAGS + list(extra) + [
        "-c", src, "-o", src + ".o"] + include_flags()
    return run(cmd), cmd


def disasm(objdump, obj, func):
    r = run([objdump, "-d", "--no-show-raw-insn", obj])
    body, inside = [], False
    for line in r.stdout.splitlines():
        if re.match(r"^[0-9a-f]+ <%s>:$" % re.escape(func), line):
            inside = True
            continue
        if inside and re.match(r"^[0-9a-f]+ <", line):
            break
        if inside and "\t" in line:
            body.append(line.split("\t", 1)[1].strip())
    return body


def check_64bit_accessors(tap, cname, cc, wd, spec, objdump):
    """vmx_vmread64()/vmx_vmwrite64() and per-field 64-bit accessors do
    two accesses in 32-bit code: field, then field | 1."""
    field = next(f for f in spec.vmcs_fields if f.width == 64 and not f.read_only)
    calls = [
        ("vmread", "vmx_vmread64", "vmx_vmread64(%s, &v)" % field.constant),
        ("vmwrite", "vmx_vmwrite64", "vmx_vmwrite64(%s, v)" % field.constant),
        ("vmread", "vmx_read_" + field.name, "vmx_read_%s(&v)" % field.name),
        ("vmwrite", "vmx_write_" + field.name, "vmx_write_%s(v)" % field.name),
    ]
    src = os.path.join(wd, "wide64-%s.c" % cname)
    with open(src, "w") as f:
        f.write("#include <vmxgen/vmx.h>\n\n")
        for n, (_, _, call) in enumerate(calls):
            f.write("int acc%d(vmx_u64 v);\nint acc%d(vmx_u64 v)\n{\n"
                    "\treturn (int)%s;\n}\n\n" % (n, n, call))
    r, cmd = compile_c(cc, 32, src, ["-Werror"])
    if not tap.ok(r.returncode == 0, "%s -m32: 64-bit accessors compile" % cname,
                  " ".join(cmd) + "\n" + r.stderr):
        return
    low, high = "$%#x" % field.encoding, "$%#x" % (field.encoding | 1)
    for n, (mn, name, _) in enumerate(calls):
        body = disasm(objdump, src + ".o", "acc%d" % n)
        count = sum(1 for i in body if i.split()[0] == mn)
        imms = " ".join(body)
        tap.ok(count == 2 and low in imms and high in imms,
               "%s -m32: %s() on %s does two 32-bit %s: %s and %s (_HIGH)"
               % (cname, name, field.constant, mn, low[1:], high[1:]),
               "\n".join(body))


def main():
    tap = Tap()
    spec = load_model()
    objdump = os.environ.get("OBJDUMP") or "objdump"
    cs = cases(spec)
    tap.ok(any(c.name == "vmx_vmwrite" for c in cs) and any(c.name == "vmx_vmread" for c in cs),
           "natural-width arguments found in the headers: %d (functions and "
           "accessor macros)" % len(cs))
    wd = workdir("m32")
    right = os.path.join(wd, "right.c")
    wrong = os.path.join(wd, "wrong.c")
    with open(right, "w") as f:
        f.write(source(cs, False))
    with open(wrong, "w") as f:
        f.write(source(cs, True))
    for cname, cc in compilers():
        r, cmd = compile_c(cc, 32, right, ["-Werror"])
        # The cases an #if in the headers leaves out are left out here too.
        compiled = len(re.findall(r"\bcase\d+$", run([objdump, "-t", right + ".o"]).stdout,
                                  re.M)) if r.returncode == 0 else len(cs)
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
        # One compile per case (per-field accessors: the first read and
        # write only): the message names the function.
        per_field = set()
        for n, c in enumerate(cs):
            kind = re.match(r"^vmx_(read|write)_", c.name)
            if kind:
                if kind.group(1) in per_field:
                    continue
                per_field.add(kind.group(1))
            one = os.path.join(wd, "one-%s-%d.c" % (cname, n))
            with open(one, "w") as f:
                f.write(source([c], True))
            r, cmd = compile_c(cc, 32, one)
            named = [ln for ln in r.stderr.splitlines()
                     if "error" in ln and "%s: " % c.name in ln and MESSAGE in ln]
            tap.ok(r.returncode != 0 and named,
                   "%s -m32: %s(%s) is a compile-time error naming %s"
                   % (cname, c.name, ", ".join(c.wide), c.name),
                   " ".join(cmd) + "\n" + r.stderr)
        check_64bit_accessors(tap, cname, cc, wd, spec, objdump)
    tap.done()


if __name__ == "__main__":
    main()
