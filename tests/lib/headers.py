# SPDX-License-Identifier: MIT
"""The public API of the generated headers, read from the headers
themselves (not from the generator's model), so that whatever the
generator adds -- instruction wrappers, typed VMCS accessors, table
lookups -- is seen with no test edit.

Public means: a 'static inline' or 'static __always_inline' function whose
name does not start with '_', and a function-like macro named like one
(lower case).  Each comes with the preprocessor condition (a C
expression, "" if none) it is compiled under; the include guard does not
count.
"""

import glob
import os
import re

# Parameters may be pointers to functions: one level of nested parentheses.
FUNC_RE = re.compile(r"^static\s+(?:__always_inline|inline)\s+([^;{()]*?)\s*"
                     r"\b([a-z]\w*)\(((?:[^()]|\([^()]*\))*)\)\s*\{(.*?)^\}",
                     re.M | re.S)
MACRO_RE = re.compile(r"^#define\s+([a-z]\w*)\(([^)]*)\)", re.M)
CONSTANT_RE = re.compile(r"^\t([A-Z][A-Z0-9_]*) = (0x[0-9a-fA-F]+|\d+),?$", re.M)
# A per-field VMCS accessor's body: the generic access it makes.
FIELD_ACCESS_RE = re.compile(r"\b__\w+_vm(read|write)(\w*)\(([A-Z][A-Z0-9_]*),")


class Function:
    def __init__(self, ret, name, params, body, condition, path):
        self.returns = " ".join(ret.split())
        self.name = name
        self.params = []
        self.body = body
        self.condition = condition
        self.path = path
        params = params.strip()
        if params and params != "void":
            # Commas inside parentheses belong to a pointer to a function,
            # whose name is in its first parentheses: "R (*f)(A, B)".
            for p in re.split(r",(?![^()]*\))", params):
                p = p.strip()
                m = re.match(r"^(.*?)\(\*(\w+)\)(.*)$", p)
                if m:
                    self.params.append((" ".join((m.group(1) + "(*)" +
                                                  m.group(3)).split()),
                                        m.group(2)))
                    continue
                m = re.match(r"^(.*?)(\w+)$", p)
                self.params.append((" ".join(m.group(1).split()), m.group(2)))


class Macro:
    def __init__(self, name, params, condition, path):
        self.name = name
        self.params = [a.strip() for a in params.split(",")]
        self.condition = condition
        self.path = path


class FieldAccessor:
    """A per-field VMCS accessor: vmx_vmcs_read_guest_rip() reads constant
    VMCS_GUEST_RIP through the generic access of its width ('l')."""

    def __init__(self, fn, direction, suffix, constant):
        self.function = fn
        self.direction = direction      # read, write
        self.suffix = suffix            # 16, 32, 64, l
        self.constant = constant
        # read: the pointer's type; write: the value's
        self.ctype = fn.params[0][0] if fn.params else None


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


class Api:
    """Public functions, function-like macros and enum constants of the
    headers under gen_dir/vmxgen/."""

    def __init__(self, gen_dir):
        self.headers = sorted(glob.glob(os.path.join(gen_dir, "vmxgen", "*.h")))
        self.functions = []
        self.macros = []
        self.constants = {}
        for path in self.headers:
            with open(path) as f:
                text = f.read()
            conds = conditions(text)
            for m in FUNC_RE.finditer(text):
                self.functions.append(Function(
                    m.group(1), m.group(2), m.group(3), m.group(4),
                    condition_at(conds, m.start()), path))
            for m in MACRO_RE.finditer(text):
                self.macros.append(Macro(m.group(1), m.group(2),
                                         condition_at(conds, m.start()), path))
            for m in CONSTANT_RE.finditer(text):
                self.constants[m.group(1)] = int(m.group(2), 0)

    def function_names(self):
        return [f.name for f in self.functions]

    def field_accessors(self):
        """[FieldAccessor] of the per-field VMCS accessors compiled
        unconditionally (so a write accessor's field is writable)."""
        out = []
        for fn in self.functions:
            m = re.match(r"^\w+_(read|write)_\w+$", fn.name)
            access = FIELD_ACCESS_RE.search(fn.body) if m else None
            if access and access.group(1) == m.group(1) and not fn.condition:
                out.append(FieldAccessor(fn, access.group(1), access.group(2),
                                         access.group(3)))
        return out
