#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Turn the spec into the trap-and-emulate harness's table and cases.

Usage: gen-table.py SPEC_DIR OUTPUT_DIR [ISA...]

Writes OUTPUT_DIR/spec-table.h, what the "CPU" (emu.c) checks each trapped
instruction against: every ISA under SPEC_DIR, each instruction's encoding,
operands (role, kind, width, register, fixed value, layout), status and
outcomes, clobbers, where a fault hook's fixup resumes it (the contract of
include/vmxgen/vmx_compat.h, from the ISA's fault status); the VMCS fields
and VM-instruction errors.  And
OUTPUT_DIR/spec-cases.h: one function per wrapper, and one per form of a
wrapper (specread.Form: raw, mem, value, fault_only), that calls it with
the values a case chose (cases.c), so that an instruction added to the
spec is tested with no edit here or in cases.c.  With ISA names,
spec-cases.h has the case functions of those ISAs' wrappers and forms only
(tests/extension.py: the ISAs a case changed; the others' headers are byte
for byte generated/'s, whose cases the main harness runs) and defines
SPEC_CASES_ONLY.

The harness must not repeat what the spec says, and must not share the
generator's reading of it: this reads the YAML itself (specread.py), never
gen/.  The C signature each case calls is the contract's
(doc/spec-format.md), derived here from the spec, and checked against the
generated header at compile time of the case (__builtin_types_compatible_p),
so a wrong one fails one check instead of the build.
And OUTPUT_DIR/spec-dump.h: the lines the generated dumps must print for
chosen values (dumpread.py), for dump.c.
"""

import os
import sys

import yaml

import dumpread     # beside this script
import specread
from specread import SpecError

MAPS = {"none": "SPEC_MAP_NONE", "0f": "SPEC_MAP_0F", "0f38": "SPEC_MAP_0F38", "0f3a": "SPEC_MAP_0F3A"}
KINDS = {"reg": "SPEC_REG", "mem": "SPEC_MEM", "reg_or_mem": "SPEC_REG_OR_MEM",
         "implicit": "SPEC_IMPLICIT", "imm": "SPEC_IMM",
         "sysreg": "SPEC_SYSREG"}
ROLES = {"read": "SPEC_READ", "write": "SPEC_WRITE",
         "readwrite": "SPEC_READWRITE"}
MODRMS = {"r": "SPEC_MODRM_R", "digit": "SPEC_MODRM_DIGIT",
          "fixed": "SPEC_MODRM_FIXED", "none": "SPEC_MODRM_NONE"}
STATUS = {"rflags": "SPEC_STATUS_RFLAGS", "none": "SPEC_STATUS_NONE",
          "register": "SPEC_STATUS_REGISTER"}
RESERVED = {"zero": "SPEC_RESERVED_ZERO", "one": "SPEC_RESERVED_ONE",
            "ignored": "SPEC_RESERVED_IGNORED"}
FLAGS = {"none": "SPEC_FLAG_NONE", "cf": "SPEC_FLAG_CF", "zf": "SPEC_FLAG_ZF"}
FIXUPS = {"next": "SPEC_FIXUP_NEXT", "path": "SPEC_FIXUP_PATH",
          "flags": "SPEC_FIXUP_FLAGS"}
BANNER = ["/* SPDX-License-Identifier: MIT */",
          "/* DO NOT EDIT: generated from spec/ by tests/harness/gen-table.py */"]


def c_str(s):
    return '"%s"' % str(s).replace("\\", "\\\\").replace('"', '\\"')


def layout_key(isa, layout):
    return "SPEC_LAYOUT_%s_%s" % (isa.name.upper(), layout.name.upper())


def render_table(isas):
    insns = specread.table_instructions(isas)
    layouts = [(isa, l) for isa in isas for l in isa.layouts.values()]
    limit = {
        "OPERANDS": max([len(i.operands) for i in insns] + [1]),
        "OUTCOMES": max([len(isa.outcomes) for isa in isas] + [1]),
        "CLOBBERS": max([len(i.clobbers) for i in insns] + [1]),
        "FIELDS": max([len(l.named) for _, l in layouts] + [1]),
        "RESERVED": max([len(l.reserved) for _, l in layouts] + [1]),
        "ENUM_VALUES": max([len(o.enum.values) for i in insns
                            for o in i.operands if o.enum] + [1]),
    }
    for i in insns:
        for o in i.operands:
            if o.kind in ("mem", "reg_or_mem") and o.width % 8:
                raise SpecError("%s: %s: memory operand %s of %d bits"
                                % (i.path, i.cname, o.name, o.width))
    mem = max([o.width // 8 for i in insns for o in i.operands
               if o.kind in ("mem", "reg_or_mem")] + [8])

    o = BANNER + ["#ifndef HARNESS_SPEC_TABLE_H", "#define HARNESS_SPEC_TABLE_H", ""]
    o += ["#define SPEC_MAX_%s %d" % kv for kv in sorted(limit.items())]
    o += ["#define SPEC_MAX_MEM_BYTES %d" % mem, "", '#include "spec.h"', ""]

    o.append("enum spec_isa {")
    o += ["\tSPEC_ISA_%s," % isa.name.upper() for isa in isas]
    o += ["\tSPEC_NR_ISAS", "};", ""]
    for isa in isas:
        for k, oc in enumerate(isa.outcomes):
            o.append("#define SPEC_OC_%s_%s %d"
                     % (isa.name.upper(), oc["constant"].upper(), k))
    o.append("")

    o.append("static const struct spec_isa_info spec_isas[SPEC_NR_ISAS] = {")
    for isa in isas:
        ef = isa.error_field()
        o += ["\t[SPEC_ISA_%s] = {" % isa.name.upper(),
              "\t\t.name = %s," % c_str(isa.name),
              "\t\t.error_field = %s," % ("-1" if ef is None else "0x%04x" % ef),
              "\t\t.nr_outcomes = %d," % len(isa.outcomes),
              "\t\t.outcomes = {"]
        for oc in isa.outcomes:
            o.append("\t\t\t{ %s, %s, %s, %d },"
                     % (c_str(oc["name"]), c_str(oc["constant"].lower()),
                        FLAGS[oc["flag"]], oc["value"]))
        o.append("\t\t},")
        if isa.fault is not None:
            o.append("\t\t.has_fault = 1, .fault_value = %d," % isa.fault["value"])
        o.append("\t},")
    o += ["};", ""]

    if layouts:
        o.append("enum spec_layout_id {")
        o += ["\t%s," % layout_key(isa, l) for isa, l in layouts]
        o += ["};", ""]
    o.append("static const struct spec_layout spec_layouts[%d] = {"
             % max(len(layouts), 1))
    for isa, l in layouts:
        o += ["\t[%s] = {" % layout_key(isa, l),
              "\t\t.name = %s, .bytes = %d, .nr_fields = %d," % (
                  c_str(l.name), l.bits // 8, len(l.named)),
              "\t\t.fields = {"]
        o += ["\t\t\t{ %s, %d, %d }," % (c_str(f.name), f.lo, f.width)
              for f in l.named]
        o.append("\t\t},")
        if l.reserved:
            o.append("\t\t.nr_reserved = %d, .reserved = {" % len(l.reserved))
            o += ["\t\t\t{ %d, %d, %s }," % (f.lo, f.width, RESERVED[f.reserved])
                  for f in l.reserved]
            o.append("\t\t},")
        o.append("\t},")
    o += ["};", ""]

    o.append("enum spec_insn {")
    o += ["\tSPEC_%s," % i.key for i in insns]
    o += ["\tSPEC_NR_INSNS", "};", ""]
    o += ["#define SPEC_HAVE_%s 1" % i.key for i in insns]
    o.append("")

    o.append("static const struct spec_insn_info spec_insns[SPEC_NR_INSNS] = {")
    for i in insns:
        isa = i.isa
        err = isa.error_for(i)
        fails_valid = [k for k in i.outcomes if isa.outcomes[k]["flag"] == "zf"]
        if fails_valid and isa.error_field() is not None and not err:
            raise SpecError("%s: %s reports %s but no VM-instruction error "
                            "names it" % (i.path, i.cname,
                                          isa.outcomes[fails_valid[0]]["name"]))
        outs = " | ".join("SPEC_OUT(%d)" % k for k in i.outcomes) or "0"
        o += ["\t[SPEC_%s] = {" % i.key,
              "\t\t.name = %s, .mnemonic = %s," % (c_str(i.cname), c_str(i.mnemonic)),
              "\t\t.isa = SPEC_ISA_%s," % isa.name.upper(),
              "\t\t.prefix = 0x%02x, .map = %s, .opcode = 0x%02x,"
              % (i.prefix, MAPS[i.map], i.opcode),
              "\t\t.modrm = %s, .modrm_value = 0x%02x, .rex_r = %d,"
              % (MODRMS[i.modrm], i.modrm_value, i.rex_r),
              "\t\t.mode32 = %d, .mode64 = %d," % (32 in i.modes, 64 in i.modes),
              "\t\t.status = %s, .status_reg = %d, .status_width = %d,"
              % (STATUS[i.status], specread.REGNUM.get(i.status_reg, -1),
                 i.status_width or 0),
              "\t\t.status_cf = %d, .cf_value = %#xULL,"
              % (i.status_cf is not None, i.status_cf or 0),
              "\t\t.status_fault = %d, .fault_value = %#xULL,"
              % (i.status_fault is not None, i.status_fault or 0),
              "\t\t.outcomes = %s," % outs,
              "\t\t.nr_outcomes = %d,%s" % (
                  len(i.outcomes), " .outcome_list = { %s }," % ", ".join(
                      str(k) for k in i.outcomes) if i.outcomes else ""),
              "\t\t.enters_guest = %d," % i.enters_guest,
              "\t\t.fixup = %s," % FIXUPS[i.fault_fixup()],
              "\t\t.error = %d,%s" % ((err[0], " /* %s */" % err[1]) if err
                                      else (0, "")),
              "\t\t.nr_clobbers = %d,%s" % (len(i.clobbers), " .clobbers = { %s },"
                                            % ", ".join(str(specread.REGNUM[r])
                                                        for r in i.clobbers)
                                            if i.clobbers else ""),
              "\t\t.nr_operands = %d," % len(i.operands)]
        if i.operands:
            o.append("\t\t.operands = {")
        for op in i.operands:
            fields = ["%s, %s, %s, %d" % (c_str(op.name), ROLES[op.role],
                                          KINDS[op.kind], op.width),
                      ".reg = %d, .reg_name = %s" % (op.regnum, c_str(
                          op.reg or op.sysreg or ""))]
            if op.fixed is not None:
                fields.append(".fixed = 1, .value = 0x%xULL" % op.fixed)
            if op.syntax:
                fields.append(".syntax = 1")
            if op.address:
                fields.append(".address = 1")
            if op.layout:
                fields.append(".layout = &spec_layouts[%s]"
                              % layout_key(isa, op.layout))
            if op.enum:
                fields.append(".nr_enum = %d, .enum_values = { %s }"
                              % (len(op.enum.values),
                                 ", ".join("%d" % v for _, v in op.enum.values)))
            o.append("\t\t\t{ %s }," % ", ".join(fields))
        if i.operands:
            o.append("\t\t},")
        o.append("\t},")
    o += ["};", ""]

    # The VMCS fields, for the VMX model and fields.c.
    # X(name, encoding, width): width 16, 32, 64 or l (natural).  The
    # VM-exit information fields are read-only (SDM Vol. 3C, 25.11.2 and
    # IA32_VMX_MISC bit 29).
    fields = [f for isa in isas for f in isa.vmcs_fields]
    for title, ro in (("WRITABLE", False), ("READ_ONLY", True)):
        o.append("#define SPEC_VMCS_%s_FIELDS(X) \\" % title)
        for f in fields:
            if (f["type"] == "exit_info") == ro:
                w = f["width"]
                o.append("\tX(%s, 0x%04x, %s) \\"
                         % (f["name"], f["encoding"],
                            "l" if w == "natural" else w))
        o.append("")
    o.append("static const struct spec_vmcs_field spec_vmcs_fields[%d] = {"
             % max(len(fields), 1))
    for f in fields:
        w = f["width"]
        o.append("\t{ %s, 0x%04x, %d }," % (c_str(f["name"]), f["encoding"],
                                            0 if w == "natural" else w))
    o += ["};", "#define SPEC_NR_VMCS_FIELDS %d" % len(fields), ""]
    for f in fields:
        o.append("#define SPEC_VMCS_%s 0x%04x" % (f["name"].upper(), f["encoding"]))
    o += ["", "#endif /* HARNESS_SPEC_TABLE_H */", ""]
    return "\n".join(o)


def output_checks(k, store):
    """C after the call, for output k in its guarded local out_k: the
    value stored into io->got (the statement store), whether the wrapper
    left it alone (untouched) and whether it wrote outside it (guards)."""
    return [store,
            "\tio->untouched[%d] = case_guard_ok(&out_%d.v, sizeof(out_%d.v));"
            % (k, k, k),
            "\tio->guards[%d] = case_guard_ok(&out_%d.before, sizeof(out_%d.before)) &&"
            % (k, k, k),
            "\t\t\t case_guard_ok(&out_%d.after, sizeof(out_%d.after));"
            % (k, k)]


def pointer_output(k, vt, op, decl, setup, args, after):
    """A register output the wrapper stores through a pointer: a local of
    type vt between guards, passed as &out_k.v, checked after the call
    (output_checks); its value first if the operand is read too."""
    decl.append("\tstruct { %s before, v, after; } out_%d;" % (vt, k))
    setup.append("\tcase_guard(&out_%d, sizeof(out_%d));" % (k, k))
    if op.reads:
        setup.append("\tout_%d.v = (%s)io->in[%d];" % (k, vt, k))
    args.append("&out_%d.v" % k)
    after += output_checks(
        k, "\tio->got[%d] = (unsigned long long)out_%d.v;" % (k, k))


def signature_lines(w, params, ret, call=None):
    """The case's record of whether the wrapper or form w (its cname,
    c_signature()) has the C signature the contract gives it; a macro
    (call: the case's call of it) is one, and its call has the type of
    the contract's return."""
    if getattr(w, "macro", False):
        return ["#ifdef %s" % w.cname,
                "\tio->signature_ok = __builtin_types_compatible_p(__typeof__(%s),"
                % call, "\t\t\t%s);" % ret,
                "#else", "\tio->signature_ok = false;", "#endif",
                "\tio->signature = %s;" % c_str("macro %s %s(%s)" % (
                    ret, w.cname, ", ".join(n for _, n, _ in params)))]
    return ["\tio->signature_ok = __builtin_types_compatible_p(__typeof__(&%s),"
            % w.cname, "\t\t\t%s);" % w.c_signature(),
            "\tio->signature = %s;" % c_str("%s %s(%s)" % (
                ret, w.cname, ", ".join(t for t, _, _ in params) or "void"))]


def case_function(i):
    """One case function: call the wrapper with what io holds, record
    what it returned and where its outputs landed."""
    name = "case_%s" % i.cname
    o = ["/* %s: %s (%s) */" % (i.cname, i.encoding_text(),
                                os.path.relpath(i.path, os.path.dirname(
                                    os.path.dirname(i.isa.path)))),
         "static __attribute__((noinline)) void %s(struct case_io *io)" % name,
         "{"]
    params = i.c_params()
    guard = specread.mode_guard(i)
    if params is None:
        bad = [op.name for op in i.operands if op.params(i.isa) is None]
        o += ["\tio->unsupported = \"the contract gives operand '%s' no C type\";"
              % bad[0], "}", ""]
        return o
    if guard:
        o.append(guard)
    statics, decl, setup, args, after = [], [], [], [], []
    for k, op in enumerate(i.operands):
        if op.enum and not op.writes and op.fixed is None:
            statics.append("\tstatic const enum %s_%s enum_%d[] = {"
                           % (i.isa.name, op.enum.name, k))
            statics += ["\t\t%s," % c for c, _ in op.enum.values]
            statics.append("\t};")
    for t, n, op in params:
        k = i.operands.index(op)
        if op.layout and op.layout.byte_layout and op.writes:
            # The struct between guards; its first 8 bytes are what
            # io->got holds (the "CPU" writes the scripted value over it).
            vt = t[:-2]
            decl.append("\tstruct { unsigned long long before; %s v; "
                        "unsigned long long after; } out_%d;" % (vt, k))
            setup.append("\tcase_guard(&out_%d, sizeof(out_%d));" % (k, k))
            args.append("&out_%d.v" % k)
            after += output_checks(
                k, "\tmemcpy(&io->got[%d], &out_%d.v, sizeof(io->got[%d]));"
                % (k, k, k))
        elif op.layout and op.layout.byte_layout:
            vt = t[len("const "):-2]
            decl.append("\t%s mem_%d = {" % (vt, k))
            decl += ["\t\t.%s = (%s)io->field[%d][%d]," % (
                f.name, specread.utype(f.width), k, j)
                for j, f in enumerate(op.layout.named)]
            decl.append("\t};")
            args.append("&mem_%d" % k)
        elif op.layout:
            j = [f.name for f in op.layout.named].index(n)
            args.append("(%s)io->field[%d][%d]" % (t, k, j))
        elif op.writes:
            pointer_output(k, t[:-2], op, decl, setup, args, after)
        elif op.enum:
            args.append("enum_%d[io->pick[%d]]" % (k, k))
        elif op.address:
            args.append("(%s)(uintptr_t)io->in[%d]" % (t, k))
        elif op.kind == "imm":
            # A macro's immediate: a constant in the text, the value the
            # "CPU" must find in the instruction (check_inputs).
            setup.append("\tio->in[%d] = %#x;" % (k, specread.IMMEDIATE))
            args.append("%#x" % specread.IMMEDIATE)
        else:
            args.append("(%s)io->in[%d]" % (t, k))
    ret = i.c_return()
    call = "%s(%s)" % (i.cname, ", ".join(args))
    if ret != "void":
        decl.append("\t%s ret;" % ret)
    o += statics + decl
    if statics or decl:
        o.append("")
    o += signature_lines(i, params, ret, call)
    o += setup
    o.append("\tcase_begin(io);")
    o.append("\t%s%s;" % ("" if ret == "void" else "ret = ", call))
    o.append("\tcase_end(io);")
    if ret != "void":
        o += ["\tio->returned = true;", "\tio->ret = (unsigned long long)ret;"]
    o += after
    if guard:
        o += ["#else", "\tio->unsupported = \"not available in this mode\";",
              "#endif"]
    o += ["}", ""]
    return o


FORMS = {"raw": "SPEC_FORM_RAW", "mem": "SPEC_FORM_MEM",
         "value": "SPEC_FORM_VALUE", "fault_only": "SPEC_FORM_FAULT_ONLY",
         "wrapper": "SPEC_FORM_NONE"}


def form_case_function(f):
    """One case function of a form (specread.Form): the values are the
    wrapper's case's (struct case_io, by the instruction's operand
    index); what the form changes is how they are passed and how the
    result comes back, recorded for cases.c's form checks."""
    i = f.insn
    name = "case_%s" % f.cname
    o = ["/* %s: the %s form of %s */" % (f.cname, f.kind, i.cname)]
    params = f.c_params()
    if params is None:
        return o + ["static __attribute__((noinline)) void %s(struct case_io *io)"
                    % name, "{", "\tio->unsupported = \"the contract gives an "
                    "operand no C type\";", "}", ""]
    ret = f.c_return()
    handler = "on_fail_%s" % i.cname
    if f.kind == "value":
        # The handler records its call; what it returns is CASE_FAIL_RESULT.
        hp = [t for t, _, op in params if op is not None]
        o += ["static %s %s(%s)" % (ret, handler, ", ".join(
            ["%s a%d" % (t, k) for k, t in enumerate(hp)] +
            ["enum %s_status status" % i.isa.name])), "{",
              "\tcase_fail.calls++;", "\tcase_fail.status = status;"]
        o += ["\tcase_fail.args[%d] = (unsigned long long)a%d;" % (k, k)
              for k in range(len(hp))]
        o += ["\treturn (%s)CASE_FAIL_RESULT;" % ret, "}", ""]
    o += ["static __attribute__((noinline)) void %s(struct case_io *io)" % name,
          "{"]
    guard = specread.mode_guard(i)
    if guard:
        o.append(guard)
    decl, setup, args, after = [], [], [], []
    for t, n, op in params:
        if op is None:                  # the value form's handler
            args.append(handler)
            continue
        k = i.operands.index(op)
        if f.kind == "raw" and op.layout and op.writes:
            decl.append("\tstruct { unsigned long long before; unsigned char "
                        "v[%d]; unsigned long long after; } out_%d;"
                        % (op.layout.bits // 8, k))
            setup.append("\tcase_guard(&out_%d, sizeof(out_%d));" % (k, k))
            args.append("out_%d.v" % k)
            after += output_checks(
                k, "\tmemcpy(&io->got[%d], out_%d.v, sizeof(io->got[%d]));"
                % (k, k, k))
        elif f.kind == "raw" and op.layout:
            args.append("io->raw[%d]" % k)
        elif f.kind == "raw" and op.enum:
            args.append("(unsigned long)io->in[%d]" % k)
        elif f.kind == "mem" and op.kind == "reg_or_mem" and not op.writes:
            vt = t[len("const "):-2]
            decl.append("\t%s mem_%d = (%s)io->in[%d];" % (vt, k, vt, k))
            args.append("&mem_%d" % k)
        elif op.layout and not op.layout.byte_layout:
            j = [fl.name for fl in op.layout.named].index(n)
            args.append("(%s)io->field[%d][%d]" % (t, k, j))
        elif op.layout:
            raise SpecError("%s: %s: a byte layout in its %s form, which the "
                            "harness cannot call" % (i.path, f.cname, f.kind))
        elif op.writes:
            pointer_output(k, t[:-2], op, decl, setup, args, after)
        elif op.enum:
            args.append("(%s)io->in[%d]" % (t, k))
        else:
            args.append("(%s)io->in[%d]" % (t, k))
    if ret != "void":
        decl.append("\t%s ret;" % ("int" if f.goto else ret))
    o += decl
    if decl:
        o.append("")
    if not f.goto:
        o += signature_lines(f, params, ret)
    o += setup
    if f.kind == "value":
        o.append("\tmemset(&case_fail, 0, sizeof(case_fail));")
    o.append("\tcase_begin(io);")
    if f.goto:
        # The label reached, as CASE_LABEL_*: a macro, no signature.
        labels = (["fault"] if f.kind == "fault_only" else ["fail", "fault"])
        o += ["#if defined(HARNESS_NO_GOTO_FORMS)",
              "\tio->skipped = \"a C macro: no Rust form (asm goto labels)\";",
              "\tret = -1;",
              "#elif defined(%s)" % f.cname,
              "\t%s(%s);" % (f.cname, ", ".join(args + labels)),
              "\tret = CASE_LABEL_SUCCEED;", "\tgoto out;"]
        o += ["%s:\n\tret = CASE_LABEL_%s;\n\tgoto out;" % (l, l.upper())
              for l in labels]
        o += ["out:", "#else",
              "\tio->skipped = \"not defined: no asm goto outputs\";",
              "\tret = -1;", "#endif"]
        ret = "int"
    else:
        o.append("\t%s%s(%s);" % ("" if ret == "void" else "ret = ",
                                   f.cname, ", ".join(args)))
    o.append("\tcase_end(io);")
    if ret != "void":
        o += ["\tio->returned = true;", "\tio->ret = (unsigned long long)ret;"]
    o += after
    if f.kind == "value":
        k = i.operands.index(f.written)
        hp = [(t, op) for t, _, op in params if op is not None]
        same = " &&\n\t\t\t   ".join(
            "case_fail.args[%d] == (unsigned long long)(%s)io->in[%d]"
            % (j, t, i.operands.index(op)) for j, (t, op) in enumerate(hp))
        o += ["\t/* No object: the value is what it returns. */",
              "\tio->got[%d] = (unsigned long long)ret;" % k,
              "\tio->fail_calls = case_fail.calls;",
              "\tio->fail_status = case_fail.status;",
              "\tio->fail_result = (unsigned long long)(%s)CASE_FAIL_RESULT;" % ret,
              "\tio->fail_args_ok = %s;" % (same or "true")]
    if guard:
        o += ["#else", "\tio->unsupported = \"not available in this mode\";",
              "#endif"]
    o += ["}", ""]
    return o


def render_cases(isas, only=None):
    insns = [i for i in specread.instructions(isas)
             if only is None or i.isa.name in only]
    o = BANNER + [
        "/*",
        " * One function per wrapper: it calls the wrapper with the values",
        " * in struct case_io (cases.c) and records what came back.  Included",
        " * by cases.c only, after struct case_io, case_begin(), case_end(),",
        " * case_guard() and case_guard_ok().",
        " */",
        "#ifndef HARNESS_SPEC_CASES_H",
        "#define HARNESS_SPEC_CASES_H", ""]
    if only is not None:
        o += ["/* The cases of these ISAs only: the others' entries are NULL. */",
              "#define SPEC_CASES_ONLY %s" % c_str(" ".join(sorted(only))), ""]
    o += ["#include <vmxgen/%s.h>" % isa.name for isa in isas]
    o.append("")
    for isa in isas:
        if isa.outcomes and any(i.c_return().startswith("enum")
                                for i in isa.instructions):
            o.append("static const long long spec_status_%s[] = {" % isa.name)
            o += ["\t%s_%s," % (isa.name.upper(), oc["constant"].upper())
                  for oc in isa.outcomes]
            o += ["};", ""]
    o.append("/* The C constants of each ISA's status enum, in spec order. */")
    o.append("static const long long *const spec_status[SPEC_NR_ISAS] = {")
    for isa in isas:
        if isa.outcomes and any(i.c_return().startswith("enum")
                                for i in isa.instructions):
            o.append("\t[SPEC_ISA_%s] = spec_status_%s," % (isa.name.upper(), isa.name))
    o += ["};", ""]
    o.append("/* The C constant of each ISA's fault status, if it has one. */")
    for isa in isas:
        if isa.fault is not None:
            o.append("static const long long spec_fault_%s = %s_%s;"
                     % (isa.name, isa.name.upper(), isa.fault["constant"].upper()))
    o.append("static const long long *const spec_fault[SPEC_NR_ISAS] = {")
    for isa in isas:
        if isa.fault is not None:
            o.append("\t[SPEC_ISA_%s] = &spec_fault_%s," % (isa.name.upper(), isa.name))
    o += ["};", ""]
    for i in insns:
        o += case_function(i)
    o.append("static void (*const spec_cases[SPEC_NR_INSNS])(struct case_io *) = {")
    o += ["\t[SPEC_%s] = case_%s," % (i.key, i.cname) for i in insns]
    o += ["};", ""]
    forms = [f for i in insns for f in i.forms()]
    for f in forms:
        o += form_case_function(f)
    o += ["/* Every form of every wrapper (README, \"Forms\"), and its case. */",
          "static const struct spec_form_case spec_form_cases[%d] = {"
          % max(len(forms), 1)]
    o += ["\t{ SPEC_%s, %s, %s, %s, case_%s, %s }," % (
        f.insn.key, FORMS[f.kind], c_str(f.cname), FIXUPS[f.fault_fixup()],
        f.cname, "true" if f.goto else "false") for f in forms]
    o += ["};", "#define SPEC_NR_FORM_CASES %d" % len(forms), "",
          "#endif /* HARNESS_SPEC_CASES_H */", ""]
    return "\n".join(o)


def write(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def main(argv):
    if len(argv) < 3:
        sys.stderr.write("usage: gen-table.py SPEC_DIR OUTPUT_DIR [ISA...]\n")
        return 2
    try:
        isas = specread.load(argv[1])
        only = set(argv[3:]) or None
        unknown = sorted((only or set()) - {isa.name for isa in isas})
        if unknown:
            raise ValueError("no ISA named %s in the spec" % ", ".join(unknown))
        table = render_table(isas)
        cases = render_cases(isas, only)
        dump = dumpread.render(isas)
    except (OSError, KeyError, TypeError, ValueError, yaml.YAMLError,
            SpecError) as e:
        sys.stderr.write("gen-table.py: error: %s%s\n"
                         % ("missing key " if isinstance(e, KeyError) else "", e))
        return 2
    write(os.path.join(argv[2], "spec-table.h"), table)
    write(os.path.join(argv[2], "spec-cases.h"), cases)
    write(os.path.join(argv[2], "spec-dump.h"), dump)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
