# SPDX-License-Identifier: MIT
"""The one generator of C that calls every public function.

What is called comes from two places, so that anything the spec or the
generator adds is called with no test edit:
  - wrappers(model): every instruction wrapper of every ISA, from the C
    backend's own list (backends.c.public_functions), each with its guard
    (64-bit-only wrappers under #if defined(__x86_64__));
  - public(model, gen_dir): those, then every other public function of the
    headers and the generic VMCS accessor macros, read from the headers
    (tests/lib/headers.py).

Two forms of C:
  - caller_functions(): one C function per callee, with the callee's own
    parameters (the compiler cannot fold them); each function's body is
    the call alone ("status": return the status test) or the shape of
    real code ("goto": 'if (f(...) != SUCCEED) goto fail;');
  - calls_function(): one function whose body calls every callee, each
    value argument derived from one parameter 'arg', each pointer
    argument pointing at one local per pointee type; calls_in_parts():
    the same calls from functions of PART callees each, and one that
    calls those.
"""

import glob
import itertools
import os
import re

from headers import Api


class Callee:
    """A public function or function-like macro, as a caller sees it."""

    def __init__(self, name, returns, params, condition="", success=None,
                 instruction=None, fixed=None, form=None, labels=()):
        self.form = form                    # a wrapper's form, or None
        self.labels = list(labels)          # a goto form's label parameters
        self.name = name
        self.returns = returns
        self.params = list(params)          # [(C type, name)]
        self.condition = condition          # "" or a C #if expression
        self.success = success              # the success constant, or None
        self.instruction = instruction      # the model's, for wrappers
        self.fixed = dict(fixed or {})      # {param index: argument text}

    @property
    def tests_status(self):
        """Whether a caller compares the result with the success constant."""
        return self.success is not None and self.returns != "void"

    @property
    def reads_carry(self):
        """Whether the status register has a CF outcome (PVALIDATE's "not
        updated", SEAMCALL's VMfailInvalid) that the wrapper reads."""
        st = self.instruction.status if self.instruction else None
        return st is not None and st.kind == "register" and st.cf is not None

    @property
    def branches_on_flags(self):
        """Whether that comparison is a branch on CF/ZF: the status comes
        from the flags.  A wrapper that reports only faults (AMD SVM's)
        returns its success constant unless a fault hook sent it to its
        fault path, so without a hook the comparison folds away."""
        if self.form == "value":        # returns the value, branches
            return True
        if self.form == "fault_only":   # VMfail is success
            return False
        return self.tests_status and (self.instruction is None or
                                      self.instruction.status.kind == "rflags")

    def arguments(self):
        """The arguments of a call from a function declared with
        declaration(): its parameters' names, the fixed ones' text."""
        return ", ".join(self.fixed.get(i, n)
                         for i, (_, n) in enumerate(self.params))

    def declaration(self):
        """The parameters a caller passes on (all but the fixed ones) as a
        C parameter list."""
        params = [(t, n) for i, (t, n) in enumerate(self.params)
                  if i not in self.fixed]
        if not params:
            return "void"
        return ", ".join(declarator(t, n) for t, n in params)


def declarator(ctype, name):
    """A parameter's declaration: 'unsigned long x', 'u8 *p', and for a
    pointer to a function (a type with '(*)') 'int (*f)(int)'."""
    if "(*)" in ctype:
        return ctype.replace("(*)", "(*%s)" % name, 1)
    return ctype + ("" if ctype.endswith("*") else " ") + name


def spec_fixups(wrappers, by_name):
    """form_fixups() of what the spec reader says of each instruction
    (by_name: {C name: specread instruction}): its fixup and the status
    its wrapper returns after a fault (an instruction whose status is a
    register has a value of its own, as the program's (long long) cast of
    it gives it back; the others their ISA's fault status)."""
    def fault_value(i):
        if i.status == "register":
            v = i.status_fault
            if v is not None and i.status_width == 64 and v >> 63:
                v -= 1 << 64
            return v
        return (i.isa.fault or {}).get("value")
    return form_fixups(wrappers, {
        c.name: (by_name[c.name].fault_fixup(), fault_value(by_name[c.name]))
        for c in wrappers if c.name in by_name})


def form_fixups(wrappers, kinds):
    """kinds ({wrapper name: (fixup, fault value)}, from the spec reader,
    which knows each instruction's own wrapper) with each form of a wrapper
    added: the value form resumes as its wrapper does; the raw, memory and
    fault-only forms are asm goto without outputs, at their fault path."""
    from backends.c.names import IsaNames
    out = dict(kinds)
    for c in wrappers:
        if c.form is None:
            continue
        base = kinds.get(c.name[:-len(IsaNames.FORM_SUFFIX[c.form])])
        if base is not None:
            out[c.name] = (base[0] if c.form == "value" else "path", base[1])
    return out


# What a caller gives a macro's immediate parameter (IN's port in E4 ib):
# an integer constant expression, which no caller's parameter is.
IMMEDIATE = 0x80


def wrappers(model):
    """[Callee]: every instruction wrapper of every ISA of the model (a
    macro's immediate parameter fixed to IMMEDIATE)."""
    import backends.c
    return [Callee(f.name, f.returns, f.params,
                   "defined(%s)" % f.guard if f.guard else "", f.success,
                   f.instruction, form=f.form,
                   fixed={k: "%#x" % IMMEDIATE for k in f.immediates})
            for f in backends.c.public_functions(model)]


def goto_forms(model):
    """[Callee]: every goto form (a statement macro taking the caller's
    labels after its arguments), guarded as its wrapper, the ones with
    outputs also by VMXGEN_HAVE_ASM_GOTO_OUTPUT (defined only there)."""
    import backends.c
    out = []
    for v, g in backends.c.public_goto_forms(model):
        cond = ["defined(__x86_64__)"] if g.insn.only64 else []
        if g.outputs:
            cond.append("defined(VMXGEN_HAVE_ASM_GOTO_OUTPUT)")
        out.append(Callee(g.function, "void", [(p.ctype, p.name)
                                                for p in g.params],
                          " && ".join(cond), instruction=g.insn, form=g.form,
                          labels=g.goto_labels))
    return out


def public(model, gen_dir, api=None):
    """([Callee], [names of macros not understood]): the wrappers, then
    every other public function of the headers in gen_dir, then the
    generic VMCS accessor macros, each called with a constant field of
    its width (writable, for a write) taken from a per-field accessor."""
    api = api or Api(gen_dir)
    out = wrappers(model)
    have = {c.name for c in out}
    for fn in api.functions:
        if fn.name not in have:
            have.add(fn.name)
            out.append(Callee(fn.name, fn.returns, fn.params, fn.condition))
    fields = {}
    for acc in api.field_accessors():
        fields.setdefault((acc.direction, acc.suffix), acc)
    skipped = []
    for m in api.macros:
        if m.name in have:      # the checked 32-bit entry of a function
            continue
        kind = re.match(r"^\w+?_vm(read|write)(\w+)$", m.name)
        acc = kind and fields.get((kind.group(1), kind.group(2)))
        if not acc or m.params != ["field", "value"]:
            skipped.append(m.name)
            continue
        out.append(Callee(m.name, acc.function.returns,
                          [("unsigned long", "field"), (acc.ctype, "value")],
                          m.condition, fixed={0: acc.constant}))
    return out, skipped


def includes(gen_dir):
    """#include lines for every generated header, umbrellas and all (the
    files Api(gen_dir) reads, found without parsing them)."""
    return ["#include <vmxgen/%s>" % os.path.basename(h)
            for h in sorted(glob.glob(os.path.join(gen_dir, "vmxgen",
                                                   "*.h")))]


def _guarded(condition, lines):
    return ["#if " + condition] + lines + ["#endif"] if condition else lines


# --- one caller per callee ---------------------------------------------------

def caller_functions(callees, gen_dir, style="status", prefix="call_",
                     call=None, top=(), failed="shape_failed"):
    """C source: for each callee, a function prefix + callee.name taking
    the callee's parameters.  call(callee) names the function called (the
    callee's own name by default).  style "status": return the call's
    status test (int), its value, or nothing; style "goto": 'if (f(...)
    != SUCCEED) goto fail; return 0; fail: return failed();'."""
    out = list(top) + includes(gen_dir) + [""]
    if style == "goto":
        out += ["int %s(void);" % failed, ""]
    for c in callees:
        name = prefix + c.name
        args = c.arguments()
        invoke = "%s(%s)" % (call(c) if call else c.name, args)
        if c.labels:
            # A goto form: each label returns its own value, so that the
            # caller's labels are all used and told apart.
            ret = "int"
            body = "\t%s(%s);\n\treturn 0;" % (c.name, ", ".join(
                ([args] if args else []) + c.labels))
            body += "".join("\n%s:\n\treturn %d;" % (l, i + 1)
                            for i, l in enumerate(c.labels))
        elif c.tests_status and style == "goto":
            ret = "int"
            body = ("\tif (%s != %s)\n\t\tgoto fail;\n\treturn 0;\nfail:\n"
                    "\treturn %s();" % (invoke, c.success, failed))
        elif c.tests_status:
            ret, body = "int", "\treturn %s != %s;" % (invoke, c.success)
        elif c.returns == "void" and style == "goto":
            ret, body = "int", "\t%s;\n\treturn 0;" % invoke
        elif c.returns == "void":
            ret, body = "void", "\t%s;" % invoke
        elif style == "goto":
            ret, body = "int", "\treturn (int)%s;" % invoke
        else:
            ret, body = c.returns, "\treturn %s;" % invoke
        out += _guarded(c.condition, [
            "%s %s(%s);" % (ret, name, c.declaration()),
            "%s %s(%s)\n{\n%s\n}" % (ret, name, c.declaration(), body)])
        out.append("")
    return "\n".join(out) + "\n"


# --- every callee in one function --------------------------------------------

_HANDLERS = itertools.count()


def handler(ctype):
    """(name, definition) of a function a pointer of type ctype ('R (*)(A,
    B)') can point at: it returns its last argument (a status) as R, so
    that a caller sees the status through a value form's handler."""
    ret, args = re.match(r"^(.*?)\s*\(\*\)\((.*)\)$", ctype).groups()
    # A parameter the header names ('void *ctx', the dumps' print
    # callback) loses its name: a type never ends in '*' and a name.
    types = [re.sub(r"(?<=\*)\s*[A-Za-z_]\w*$", "", a.strip())
             for a in args.split(",")]
    name = "handler%d" % next(_HANDLERS)
    params = ", ".join(declarator(t, "a%d" % i) for i, t in enumerate(types))
    if ret == "void":       # a callback that returns nothing (print)
        body = " ".join("(void)a%d;" % i for i in range(len(types)))
        return name, ("__attribute__((__unused__)) static void %s(%s)\n"
                      "{\n\t%s\n}\n" % (name, params, body))
    body = " ".join("(void)a%d;" % i for i in range(len(types) - 1))
    return name, ("__attribute__((__unused__)) static %s %s(%s)\n{\n\t%s"
                  "\n\treturn (%s)a%d;\n}\n" % (ret, name, params, body,
                                                ret, len(types) - 1))


class Args:
    """Arguments of calls from a function with a parameter 'arg' that the
    compiler cannot fold: a value parameter gets (type)arg, a pointer one
    points at one local per pointee type (a 64-byte buffer for void), a
    pointer to a function at a handler (handler(); its definition from
    definitions(), at file scope).  static: the structs are static, not
    on the stack (a kernel's frame limit is 2 KiB; a VMCB is 4)."""

    def __init__(self, arg="arg", static=False):
        self.arg = arg
        self.static = static
        self.locals = {}        # pointee type -> local name
        self.handlers = {}      # function pointer type -> (name, definition)

    def value(self, ctype):
        if "(*)" in ctype:
            return self.handlers.setdefault(ctype, handler(ctype))[0]
        if ctype.endswith("*"):
            base = ctype[:-1].strip()
            if base.startswith("const "):
                base = base[len("const "):]
            if base == "void":
                return self.locals.setdefault("vmx_u8 %s[64]",
                                              "v%d" % len(self.locals))
            return "&" + self.locals.setdefault(base, "v%d" % len(self.locals))
        return "(%s)%s" % (ctype, self.arg)

    def definitions(self):
        """The file-scope definitions the arguments need."""
        return "".join(d for _, d in self.handlers.values())

    def of(self, callee):
        return [callee.fixed.get(i) or self.value(t)
                for i, (t, _) in enumerate(callee.params)]

    def declarations(self):
        # Unused if every call that uses it is compiled out by an #if.
        return [("%s __attribute__((__unused__)) = { 0 };" % (t % v))
                if "%s" in t else "%s%s %s __attribute__((__unused__)) = %s;"
                % ("static " if self.static and t.startswith("struct ")
                   else "", t, v,
                   "{ 0 }" if t.startswith("struct ") else "0")
                for t, v in self.locals.items()]


def call_statement(callee, args, total="n"):
    """The statement calling callee, its result added to int total."""
    call = "%s(%s)" % (callee.name, ", ".join(args))
    if callee.returns == "void":
        return call + ";"
    if callee.returns.endswith("*"):
        return "%s += %s != (void *)0;" % (total, call)
    return "%s += (int)%s;" % (total, call)


def calls_function(callees, head, arg="arg", static=False):
    """A C function: head (its declarator, e.g. 'static int f(unsigned
    long arg)'), then a body that calls every callee and returns the sum
    of their results (static: as Args)."""
    args = Args(arg, static)
    lines = []
    for c in callees:
        lines += _guarded(c.condition, ["\t" + call_statement(c, args.of(c))])
    body = ["\t" + d for d in args.declarations()] + ["\tint n = 0;", ""]
    body += lines + ["", "\t(void)%s;" % arg, "\treturn n;"]
    return "%s%s\n{\n%s\n}\n" % (args.definitions(), head, "\n".join(body))


# Callees per function of calls_in_parts().  With every public function
# inlined into one body, a kernel's frame limit (CONFIG_FRAME_WARN: 2048
# bytes in Debian's config, an error under -Werror) is passed, as the
# outputs' temporaries add up; and gcc -O2 takes twice as long as for the
# same calls in parts (4.1 s against 2.3 s for tests/fault-hook.py's
# program: its passes grow faster than the function).
PART = 32


def calls_in_parts(callees, name, qualifiers="", prototype=False,
                   static=False, noinline="noinline"):
    """C: functions 'static noinline qualifiers int name_N(unsigned long
    arg)', each calling a part of callees (calls_function(); static: as
    Args), then name(), which sums them (with a prototype first if it is
    not static: W=1 warns of a global function without one).  noinline:
    how the code spells the attribute (the kernel's macro by default)."""
    parts = [callees[i:i + PART] for i in range(0, len(callees), PART)]
    out = [calls_function(part, "static %s %sint %s_%d(unsigned long arg)"
                          % (noinline, qualifiers, name, i), static=static)
           for i, part in enumerate(parts)]
    total = " +\n\t       ".join("%s_%d(arg)" % (name, i)
                                   for i in range(len(parts))) or "0"
    head = "int %s(unsigned long arg)" % name
    if prototype:
        head = head + ";\n%s %s" % (noinline, head)
    else:
        head = "static %s %s%s" % (noinline, qualifiers, head)
    out.append("%s\n{\n\treturn %s;\n}\n" % (head, total))
    return "\n".join(out)
