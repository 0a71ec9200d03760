# SPDX-License-Identifier: MIT
"""States that break one entry check each, derived from the rules.

A case starts from a valid baseline (every rule holds) and changes what
the rule reads, found by a search over the rule's own inputs (never typed
per rule): single bits flipped, the value cleared or set to all ones, the
constants the rule names (and their neighbours).  If the rule's 'when'
does not hold in the baseline, an edit that makes it hold comes first.
VMCS fields are tried before capability MSRs and caller values (a CPU
cannot be given other MSRs; a Bochs run can only write VMCS fields).  Of
the edits that break the rule, the first that breaks no other rule wins;
else the one that breaks the fewest.  rules.evaluate() gives the rules a
case breaks: the generated C must report exactly those.
"""

from model import rules as R


def _mask(w):
    return (1 << w) - 1


def vmx_baseline(check):
    """A valid 64-bit guest on a 64-bit host, with capability MSRs like
    Bochs's Skylake-X model: every rule of check must hold on it."""
    ar_data = 0xc093            # type 3, S, P, D/B, G
    v = {
        # The capability MSRs Bochs 2.7's corei7_skylake_x reports
        # (VMXT INFO lines of tests/bochs/run-bochs.sh).
        "ia32_vmx_basic": 0xd810000000002b,
        "ia32_vmx_pinbased_ctls": 0x7f00000016,
        "ia32_vmx_true_pinbased_ctls": 0x7f00000016,
        "ia32_vmx_procbased_ctls": 0xf7f9fffe0401e172,
        "ia32_vmx_true_procbased_ctls": 0xf7f9fffe04006172,
        "ia32_vmx_procbased_ctls2": 0x2177fff00000000,
        "ia32_vmx_procbased_ctls3": 0,
        "ia32_vmx_exit_ctls": 0x7fffff00036dff,
        "ia32_vmx_true_exit_ctls": 0x7fffff00036dfb,
        "ia32_vmx_exit_ctls2": 0,
        "ia32_vmx_entry_ctls": 0xffff000011ff,
        "ia32_vmx_true_entry_ctls": 0xffff000011fb,
        "ia32_vmx_misc": 0x600401e0,
        "ia32_vmx_cr0_fixed0": 0x80000021,
        "ia32_vmx_cr0_fixed1": 0xffffffff,
        "ia32_vmx_cr4_fixed0": 0x2000,
        "ia32_vmx_cr4_fixed1": 0x3727ff,
        "ia32_vmx_ept_vpid_cap": 0xf0106334141,
        "ia32_vmx_vmfunc": 1,
        "maxphyaddr": 40,
        "host_efer_lma": 1,
        # As the Bochs kernel's setup_vmcs() makes them: the TRUE MSRs'
        # default settings, HLT exiting, host address-space size, IA-32e
        # mode guest; no secondary controls (a rule about them needs an
        # edit that activates them).
        "pin_based_vm_execution_controls": 0x16,
        "primary_processor_based_vm_execution_controls": 0x04006172 | 1 << 7,
        "primary_vm_exit_controls": 0x36dfb | 1 << 9,
        "vm_entry_controls": 0x11fb | 1 << 9,
        "host_cr0": 0x80000031, "host_cr3": 0x1000, "host_cr4": 0x2020,
        "host_cs_selector": 0x8, "host_ss_selector": 0x10,
        "host_ds_selector": 0x10, "host_es_selector": 0x10,
        "host_fs_selector": 0x10, "host_gs_selector": 0x10,
        "host_tr_selector": 0x18, "host_rip": 0x100000,
        "vmcs_link_pointer": _mask(64),
        "guest_cr0": 0x80000031, "guest_cr3": 0x1000, "guest_cr4": 0x2020,
        "guest_rflags": 2, "guest_rip": 0x100000, "guest_dr7": 0x400,
        "guest_cs_selector": 0x8, "guest_cs_access_rights": 0xa09b,
        "guest_tr_selector": 0x18, "guest_tr_access_rights": 0x8b,
        "guest_tr_limit": 0x67, "guest_ldtr_access_rights": 0x10000,
        # IDT limit 0: an injected event that the CPU accepts ends in a
        # triple fault (an exit), never in the host's handlers.
        "guest_gdtr_limit": 0xffff, "guest_idtr_limit": 0,
        "guest_ia32_efer": 0xd00, "host_ia32_efer": 0xd00,
        # Fields setup_vmcs() does not write read 0 there (a zeroed VMCS
        # region): a PAT of UC entries, valid.
        "guest_ia32_pat": 0, "host_ia32_pat": 0,
    }
    for s in ("cs", "ss", "ds", "es", "fs", "gs"):
        v["guest_%s_limit" % s] = 0xffffffff
    for s in ("ss", "ds", "es", "fs", "gs"):
        v["guest_%s_selector" % s] = 0x10
        v["guest_%s_access_rights" % s] = ar_data
    return {i.name: v.get(i.name, 0) & _mask(i.width) for i in check.inputs}


def _py(e):
    """An Expr as Python source over env 'v' (rules.evaluate()'s meaning,
    compiled: the search evaluates rules a hundred thousand times)."""
    t = type(e)
    if t is R.Const:
        return str(e.value)
    if t is R.Read:
        return "v[%r]" % e.input.name
    if t is R.Bits:
        return "((%s >> %d) & %d)" % (_py(e.of), e.low, _mask(e.width))
    if t is R.Not:
        return "(not %s)" % _py(e.of)
    if t is R.Logic:
        return "(" + (" %s " % e.op).join(_py(x) for x in e.terms) + ")"
    if t is R.Compare:
        if e.a.kind == "bool":
            return "(bool(%s) %s bool(%s))" % (_py(e.a), e.op, _py(e.b))
        return "(%s %s %s)" % (_py(e.a), e.op, _py(e.b))
    if t is R.Member:
        return "(%s in %r)" % (_py(e.of), tuple(e.values))
    if t is R.Binary:
        if e.op == "<<":
            return "((%s << %s) & %d)" % (_py(e.a), _py(e.b), _mask(64))
        return "(%s %s %s)" % (_py(e.a), e.op, _py(e.b))
    if t is R.Invert:
        return "(~%s & %d)" % (_py(e.of), _mask(e.width))
    return "call(%s, v)" % ("e%d" % id(e))


def compiled(rule, part="rule"):
    """violated(env) of a rule (part "when": whether its when holds),
    compiled once."""
    fn = getattr(rule, "_compiled_" + part, None)
    if fn is None:
        calls = {}

        def collect(e):
            if isinstance(e, R.Call):
                calls["e%d" % id(e)] = e
            for name in ("of", "a", "b"):
                c = getattr(e, name, None)
                if isinstance(c, R.Expr):
                    collect(c)
            for c in getattr(e, "terms", []):
                collect(c)
        when = "True" if rule.when is None else _py(rule.when)
        for e in (rule.when, rule.check):
            if e is not None:
                collect(e)
        src = "lambda v: bool(%s) and not (%s)" % (when, _py(rule.check))
        if part == "when":
            src = "lambda v: bool(%s)" % when
        fn = eval(src, dict(calls, call=R.evaluate))  # noqa: S307 - our text
        setattr(rule, "_compiled_" + part, fn)
    return fn


def broken(check, env):
    """The rules env breaks, in spec order."""
    return [r for r in check.rules if r.ok and compiled(r)(env)]


def _constants(expr, out):
    if isinstance(expr, R.Const):
        out.add(expr.value)
    for name in ("of", "a", "b"):
        child = getattr(expr, name, None)
        if isinstance(child, R.Expr):
            _constants(child, out)
    for child in getattr(expr, "terms", []) + getattr(expr, "args", []):
        _constants(child, out)
    for c in getattr(expr, "values", []):
        out.add(c)
    return out


def _edits(inputs, env, exprs):
    """Candidate single edits (Input, value, mask), VMCS fields first: the
    value's bits under mask are what the edit sets (a bit flip sets one
    bit; a whole value or a layout field its bits), so that the edit can
    be applied to another valid state (a Bochs model's)."""
    consts = set()
    for e in exprs:
        if e is not None:
            _constants(e, consts)
    order = sorted(inputs, key=lambda i: i.kind != "field")
    for i in order:
        w, old = i.width, env[i.name]
        whole = _mask(w)
        # Smallest changes first: single bits, then fields, then the whole
        # value cleared or set.
        values = [(old ^ 1 << b, 1 << b) for b in range(w)]
        for c in sorted(consts):
            for d in (c, c - 1, c + 1):
                if 0 <= d <= whole:
                    values.append((d, whole))
            if i.layout is not None:
                for f in i.layout.fields:
                    if f.name and c <= _mask(f.width):
                        m = _mask(f.width) << f.low
                        values.append((old & ~m | c << f.low, m))
        values += [(0, whole), (whole, whole)]
        seen = set()
        for val, m in values:
            if val != old and val not in seen:
                seen.add(val)
                yield i, val, m


def _apply(env, edits):
    return dict(env, **{i.name: v for i, v, _ in edits})


def _sequences(inputs, env, exprs, goal, limit):
    """Edit lists of one, then two edits, after which goal(env) holds."""
    found = []
    singles = list(_edits(inputs, env, exprs))
    for edit in singles:
        if goal(_apply(env, [edit])):
            found.append([edit])
            if len(found) >= limit:
                return found
    if found:
        return found
    for edit in singles:
        env1 = _apply(env, [edit])
        for edit2 in _edits(inputs, env1, exprs):
            if goal(_apply(env1, [edit2])):
                found.append([edit, edit2])
                if len(found) >= limit:
                    return found
    return found


def _greedy(inputs, env, when):
    """Edits that make each term of when (an 'and') hold in turn, each by
    one edit that keeps the terms before it: a condition of several parts
    (secondary controls, EPT, PAE paging, a present PDPTE) in as many
    edits.  [] if some term cannot be made to hold."""
    terms = when.terms if isinstance(when, R.Logic) and when.op == "and" \
        else [when]
    edits = []
    for n, term in enumerate(terms):
        if R.evaluate(term, env):
            continue
        for edit in _edits(inputs, env, [term]):
            env1 = _apply(env, [edit])
            if all(R.evaluate(t, env1) for t in terms[:n + 1]):
                edits.append(edit)
                env = env1
                break
        else:
            return []
    return [edits]


def derive(check, base, rule, fields_only=False):
    """(edits [(Input, value, mask)], rules broken) for the rule, or None: the
    edits that break it and the fewest others."""
    inputs = [i for i in rule.inputs
              if not fields_only or i.kind == "field"]
    broken_by = compiled(rule)
    firsts = [[]]
    if not compiled(rule, "when")(base):
        firsts = _greedy(inputs, base, rule.when) or \
            _sequences(inputs, base, [rule.when], compiled(rule, "when"), 4)
    best = None
    for first in firsts:
        env0 = _apply(base, first)
        if broken_by(env0):     # the edits that make 'when' hold suffice
            got = broken(check, env0)
            if best is None or len(got) < len(best[1]):
                best = (first, got)
                if len(got) == 1:
                    return best
            continue
        for more in _sequences(inputs, env0, [rule.check, rule.when],
                               broken_by, 16):
            got = broken(check, _apply(env0, more))
            if best is None or len(got) < len(best[1]):
                best = (first + more, got)
                if len(got) == 1:
                    return best
    return best
