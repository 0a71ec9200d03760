# SPDX-License-Identifier: MIT
"""Walk the success path of a compiled wrapper caller.

The callers have the shape users write:

    int shape_X(args) { if (vmx_X(args) != VMX_SUCCEED) goto fail; return 0;
                        fail: return failed(); }

From the function's entry this follows straight-line code to its 'ret',
taking the not-failed direction of the conditional branch that follows the
VMX instruction, and records every instruction on the way.
"""

import re

# Branch mnemonics (objdump's AT&T names) by the condition they test.
FAIL_BRANCHES = {
    # taken when the instruction failed: CF=1 or ZF=1
    "jbe": "taken", "jna": "taken",
    # taken when it succeeded: CF=0 and ZF=0
    "ja": "fallthrough", "jnbe": "fallthrough",
}
SINGLE_FLAG_BRANCHES = {"jb": "taken", "jc": "taken", "jnae": "taken",
                        "je": "taken", "jz": "taken",
                        "jae": "fallthrough", "jnb": "fallthrough", "jnc": "fallthrough",
                        "jne": "fallthrough", "jnz": "fallthrough"}
FLAG_READERS = re.compile(r"^(pushf|lahf|set[a-z]+|cmov[a-z]+|adc|sbb|pushfq|pushfl)$")
# What reads CF alone: a status register with a CF outcome (PVALIDATE,
# SEAMCALL) turns CF into its value once, as a branch, cmov or setcc.
CF_BRANCHES = {"jb": "taken", "jc": "taken", "jnae": "taken",
               "jae": "fallthrough", "jnb": "fallthrough", "jnc": "fallthrough"}
CF_READERS = re.compile(r"^((cmov|set)(b|c|nae|ae|nb|nc)[lqw]?|adc[lqw]?|sbb[lqw]?)$")


def _matcher(vmx_mnemonic):
    """The instruction test: a mnemonic, or a function of an Insn (one
    that also looks at the bytes, for a mnemonic like mov)."""
    if callable(vmx_mnemonic):
        return vmx_mnemonic
    return lambda i: i.mnemonic == vmx_mnemonic


def success_path(insns, vmx_mnemonic, expect_branch=True, limit=64,
                 carry=False):
    """(path, problem): the instructions from entry to ret on success.
    carry: a branch on CF after the instruction is followed where CF = 0
    (the status register's own value, not the CF outcome)."""
    is_vmx = _matcher(vmx_mnemonic)
    by_addr = {i.addr: n for n, i in enumerate(insns)}
    path, n, after_vmx = [], 0, False
    while n < len(insns) and len(path) < limit:
        insn = insns[n]
        path.append(insn)
        if insn.mnemonic.startswith("ret"):
            return path, None
        if after_vmx:
            after_vmx = False
            how = FAIL_BRANCHES.get(insn.mnemonic) or SINGLE_FLAG_BRANCHES.get(insn.mnemonic)
            if how is None:
                return path, "the VMX instruction is followed by '%s', not a " \
                    "conditional branch on CF/ZF" % insn.mnemonic
            if how == "fallthrough":
                n = by_addr.get(insn.target(), len(insns))
            else:
                n += 1
            continue
        if is_vmx(insn):
            after_vmx = expect_branch
            n += 1
            continue
        if insn.mnemonic == "jmp":
            n = by_addr.get(insn.target(), len(insns))
            continue
        if carry and insn.mnemonic in CF_BRANCHES:
            if CF_BRANCHES[insn.mnemonic] == "fallthrough":
                n = by_addr.get(insn.target(), len(insns))
            else:
                n += 1
            continue
        if insn.mnemonic.startswith("j"):
            return path, "a second conditional branch (%s) on the success path" % insn
        if insn.mnemonic.startswith("call"):
            return path, "a call on the success path: %s" % insn
        n += 1
    return path, "no 'ret' reached on the success path"


def shape_problems(path, vmx_mnemonic, reports_status, carry=False):
    """What is wrong with a success path, per the zero-overhead rule.
    carry: the status register has a CF outcome, read once (a branch,
    cmov or setcc on CF after the instruction)."""
    problems = []
    is_vmx = _matcher(vmx_mnemonic)
    idx = [n for n, i in enumerate(path) if is_vmx(i)]
    if len(idx) != 1:
        return ["%d %s instructions on the success path"
                % (len(idx), getattr(vmx_mnemonic, "name", vmx_mnemonic))]
    readers = [i for i in path if FLAG_READERS.match(i.mnemonic)]
    branches = [i for i in path if i.mnemonic.startswith("j") and i.mnemonic != "jmp"]
    if carry:
        cf = [i for i in path if CF_READERS.match(i.mnemonic) or
              i.mnemonic in CF_BRANCHES]
        if len(cf) > 1:
            problems.append("CF read %d times on the success path: %s"
                            % (len(cf), cf))
        if any(path.index(i) < idx[0] for i in cf):
            problems.append("CF read before the instruction: %s" % cf)
        readers = [i for i in readers if i not in cf]
        branches = [i for i in branches if i not in cf]
    if readers:
        problems.append("flag readers on the success path: %s" % readers)
    if reports_status and len(branches) != 1:
        problems.append("%d conditional branches on the success path (want 1)"
                        % len(branches))
    if not reports_status and branches:
        problems.append("a wrapper without status has branches: %s" % branches)
    return problems
