# SPDX-License-Identifier: MIT
"""C code that calls every public function of the generated headers.

Read from the headers themselves (not from the model), so that whatever
the generator adds -- instruction wrappers, typed VMCS accessors, table
lookups -- is called too, with no test edit.  Public means: a
'static inline' or 'static __always_inline' function named vmx_*, or a
function-like macro vmx_vmread<W>()/vmx_vmwrite<W>() (called with a
constant field of its width, taken from the model).
"""

import glob
import os
import re

FUNC_RE = re.compile(r"^static\s+(?:__always_inline|inline)\s+([^;{()]*?)\s*"
                     r"\b(vmx_\w+)\(([^)]*)\)\s*\{", re.M)
MACRO_RE = re.compile(r"^#define\s+(vmx_\w+)\(([^)]*)\)", re.M)
ACCESSOR_RE = re.compile(r"^vmx_vm(read|write)(\w+)$")


class Function:
    def __init__(self, ret, name, params):
        self.ret = " ".join(ret.split())
        self.name = name
        self.params = []
        params = params.strip()
        if params and params != "void":
            for p in params.split(","):
                m = re.match(r"^(.*?)(\w+)$", p.strip())
                self.params.append((" ".join(m.group(1).split()), m.group(2)))


def conditions(text):
    """[(offset, condition)]: from each offset on, the preprocessor
    condition (a C expression, "" if none) under which the text is
    compiled.  The include guard does not count."""
    out = [(0, "")]
    stack = []
    offset = 0
    for line in text.splitlines(True):
        d = re.match(r"^#\s*(ifdef|ifndef|if|elif|else|endif)\b\s*(.*?)\s*$", line)
        offset += len(line)
        if not d:
            continue
        kind, arg = d.groups()
        if kind == "ifdef":
            stack.append("defined(%s)" % arg)
        elif kind == "ifndef":
            guard = not stack and arg.endswith("_H")
            stack.append(None if guard else "!defined(%s)" % arg)
        elif kind == "if":
            stack.append("(%s)" % arg)
        elif kind in ("else", "elif") and stack:
            prev = stack.pop()
            neg = "!(%s)" % prev if prev else "0"
            stack.append(neg if kind == "else" else "%s && (%s)" % (neg, arg))
        elif kind == "endif" and stack:
            stack.pop()
        out.append((offset, " && ".join(c for c in stack if c)))
    return out


def condition_at(conds, pos):
    current = ""
    for offset, cond in conds:
        if offset > pos:
            break
        current = cond
    return current


def public_api(gen_dir):
    """([Function], [(macro name, [params], condition, path)]) of the
    headers in gen_dir; each Function has .condition ("" or a #if
    expression) and .path."""
    funcs, macros = [], []
    for path in sorted(glob.glob(os.path.join(gen_dir, "vmxgen", "*.h"))):
        with open(path) as f:
            text = f.read()
        conds = conditions(text)
        for m in FUNC_RE.finditer(text):
            fn = Function(*m.groups())
            fn.condition = condition_at(conds, m.start())
            fn.path = path
            funcs.append(fn)
        for m in MACRO_RE.finditer(text):
            macros.append((m.group(1), [a.strip() for a in m.group(2).split(",")],
                           condition_at(conds, m.start()), path))
    return funcs, macros


def _field_for(spec, suffix, write):
    for f in spec.vmcs_fields:
        if f.accessor_suffix == suffix and not (write and f.read_only):
            return f
    return None


class Calls:
    """Statements calling every public function and accessor macro.

    'arg' is a C expression of type unsigned long that the compiler cannot
    fold; each call's result is added to an int named 'n'.  Pointer
    arguments point at one local per pointee type (self.locals).
    """

    def __init__(self, spec, gen_dir, arg="arg"):
        self.funcs, macros = public_api(gen_dir)
        self.arg = arg
        self.locals = {}
        self.lines = []
        self.skipped = []
        for fn in self.funcs:
            self._add(fn.condition, self._call(
                fn.ret, fn.name, [self._value(t) for t, _ in fn.params]))
        functions = {fn.name for fn in self.funcs}
        for name, params, cond, _ in macros:
            if name in functions:  # a 32-bit shim over the function
                continue
            m = ACCESSOR_RE.match(name)
            field = m and _field_for(spec, m.group(2), m.group(1) == "write")
            if not field or params != ["field", "value"]:
                self.skipped.append(name)
                continue
            value = (self._value(field.c_type + " *") if m.group(1) == "read"
                     else self._value(field.c_type))
            self._add(cond, self._call("enum vmx_status", name,
                                       [field.constant, value]))

    def _add(self, condition, line):
        if condition:
            self.lines += ["#if " + condition, line, "#endif"]
        else:
            self.lines.append(line)

    def _value(self, ctype):
        if ctype.endswith("*"):
            base = ctype[:-1].strip()
            if base.startswith("const "):
                base = base[len("const "):]
            var = "v%d" % len(self.locals)
            var = self.locals.setdefault(base, var)
            return "&" + var
        return "(%s)%s" % (ctype, self.arg)

    @staticmethod
    def _call(ret, name, args):
        call = "%s(%s)" % (name, ", ".join(args))
        if ret == "void":
            return call + ";"
        if ret.endswith("*"):
            return "n += %s != (void *)0;" % call
        return "n += (int)%s;" % call

    def declarations(self):
        # Unused if every call that uses it is compiled out by an #if.
        return ["%s %s __attribute__((__unused__)) = %s;"
                % (t, v, "{ 0 }" if t.startswith("struct ") else "0")
                for t, v in self.locals.items()]

    def function_names(self):
        return [f.name for f in self.funcs]
