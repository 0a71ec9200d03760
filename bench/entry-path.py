#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""make bench: the instructions on the entry and exit paths of each
generated guest entry (vmx_run_guest(), svm_run_guest()) next to
Linux KVM's hand-written ones (__vmx_vcpu_run, __svm_vcpu_run), counted in
the assembler source of both by the same rule, and their ratio.  Figures,
not pass/fail.

The rule (count_path()): after the preprocessor, walk the source from the
function's first instruction to the entering instruction (VMRESUME, for a
guest that already ran, or VMRUN) -- the entry path -- and from where the
CPU resumes after the exit (the label in HOST_RIP, or the instruction
after VMRUN) to the return -- the exit path; count each instruction met
once, follow unconditional jumps, take no conditional branch (the
successful case: every VMWRITE succeeded, the guest already launched).
The Rust crate's entries (vmx::run_guest(), svm::run_guest()) are counted
the same way in their global_asm! text (generated/rust/src/<isa>/entry.rs),
with the features off (no hook calls, no fault table): the same template
makes both, so they should count the same.
Without mitigations: the generated hooks empty, and KVM's mitigation
macros as they are on a CPU that needs none (ALTERNATIVE: its original
instruction; FILL_RETURN_BUFFER, CLEAR_CPU_BUFFERS, VM_CLEAR_CPU_BUFFERS,
RESTORE_*_SPEC_CTRL: nothing); annotations (UNWIND_HINT_*, ENDBR with
IBT off, _ASM_EXTABLE, SYM_*) are no instructions, RET is one.  A call
counts one: the C it calls is not in the source.

KVM's source is Debian's linux-source-6.1 (the kernel the kbuild test
builds against): 'apt-get download' once, kept in tests/cache/ of the
build tree with what the other users read (tests/lib/linuxsource.py), the
.deb deleted.  VMXGEN_LINUX_SOURCE=DIR
takes them from a kernel tree instead.  Offline: said, and no KVM column.
"""

import ast
import os
import re
import sys

import linuxsource
import backends.rust
from backends.c.entry import public_entries
from vmxtest import GENERATED, SRCDIR, default_compiler, load_model, run

KVM_FILES = {"vmx": ("arch/x86/kvm/vmx/vmenter.S", "__vmx_vcpu_run"),
             "svm": ("arch/x86/kvm/svm/vmenter.S", "__svm_vcpu_run")}

# Mitigation macros: what each is on a CPU that needs none.
NOTHING = ("FILL_RETURN_BUFFER", "CLEAR_CPU_BUFFERS", "VM_CLEAR_CPU_BUFFERS",
           "RESTORE_GUEST_SPEC_CTRL", "RESTORE_HOST_SPEC_CTRL",
           "RESTORE_GUEST_SPEC_CTRL_BODY", "RESTORE_HOST_SPEC_CTRL_BODY",
           "UNTRAIN_RET", "UNTRAIN_RET_VM", "IBRS_ENTER", "IBRS_EXIT",
           "CLEAR_BRANCH_HISTORY", "CLEAR_BRANCH_HISTORY_VMEXIT")
# Annotations: no instruction.
ANNOTATIONS = ("UNWIND_HINT", "ENDBR", "_ASM_EXTABLE", "SYM_", "ANNOTATE_",
               "STACK_FRAME_NON_STANDARD")
# KVM's entering instructions; the generated entries' come from the spec
# (PublicEntry.enters: SEAMCALL for tdxm_vp_enter()).
ENTERING = ("vmresume", "vmrun", "vmlaunch")


# --- the source -------------------------------------------------------------

def kvm_tree():
    """(directory, description) or (None, why not)."""
    env = os.environ.get("VMXGEN_LINUX_SOURCE")
    if env:
        return env, env
    return linuxsource.source()


def preprocess_kvm(text):
    """What the 64-bit kernel's preprocessor keeps of KVM's source, for
    this purpose: #ifdef CONFIG_X86_64 taken, other conditionals of
    other symbols not (#ifndef of them is); #include and #define dropped (the
    macros that matter are classified by name); comments removed."""
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    text = re.sub(r"\\\n", " ", text)
    out, stack = [], []
    for line in text.splitlines():
        s = line.strip()
        m = re.match(r"#\s*(ifdef|ifndef|if|elif|else|endif)\b\s*(.*)", s)
        if m:
            kind, cond = m.groups()
            if kind in ("ifdef", "ifndef", "if"):
                on = bool(re.search(r"\bCONFIG_X86_64\b", cond))
                stack.append(not on if kind == "ifndef" else on)
            elif kind == "elif":
                stack[-1] = False
            elif kind == "else":
                stack[-1] = not stack[-1]
            else:
                stack.pop()
            continue
        if s.startswith("#"):
            continue
        if all(stack):
            out.append(line)
    return "\n".join(out)


def preprocess_generated(path):
    """The generated .S as a user-space build sees it (hooks empty)."""
    _, cc = default_compiler()
    r = run(cc.split() + ["-E", "-P", "-I", GENERATED, "-I",
                          os.path.join(SRCDIR, "include"), path])
    if r.returncode:
        sys.exit("bench: preprocessing %s failed:\n%s" % (path, r.stderr))
    return r.stdout


def rust_global_asm(path):
    """The assembler of the global_asm! block in a generated entry.rs, as
    the crate builds it without features: its string literals, one line
    each, '.if {...}' blocks (the hook and fault-hook switches) left out,
    comments removed."""
    with open(path) as f:
        text = f.read()
    block = text[text.index("core::arch::global_asm!("):]
    block = block[:block.index("\n);")]
    lines, skipping = [], 0
    for m in re.finditer(r'^\s*("(?:\\.|[^"\\])*"),$', block, re.M):
        line = ast.literal_eval(m.group(1))
        if re.match(r"\s*\.if\s*\{", line):
            skipping += 1
        elif skipping and line.strip() == ".endif":
            skipping -= 1
        elif not skipping:
            lines.append(line)
    return re.sub(r"/\*.*?\*/", " ", "\n".join(lines), flags=re.S)


# --- the rule ---------------------------------------------------------------

class Line:
    def __init__(self, kind, text, label=None):
        self.kind = kind        # "label", "insn", "stop"
        self.text = text
        self.label = label

    @property
    def mnemonic(self):
        return self.text.split()[0].lower()

    @property
    def target(self):
        parts = self.text.split()
        return parts[1] if len(parts) > 1 else None


def items(text):
    """Labels and instructions in source order, macros classified."""
    out = []
    for raw in re.split(r"[\n;]", text):
        s = raw.split("#")[0].strip() if not raw.strip().startswith("#") \
            else ""
        while True:
            m = re.match(r"^([.\w]+):\s*(.*)$", s)
            if not m:
                break
            out.append(Line("label", m.group(1), m.group(1)))
            s = m.group(2)
        m = re.match(r"^SYM_(?:FUNC_START|INNER_LABEL(?:_ALIGN)?|CODE_START)\w*"
                     r"\(\s*(\w+)", s)
        if m:
            out.append(Line("label", m.group(1), m.group(1)))
            continue
        if not s or s.startswith("."):
            continue
        word = s.split()[0].split("(")[0]
        if word.startswith(ANNOTATIONS) or word in NOTHING:
            continue
        if word == "ALTERNATIVE":
            first = re.match(r'ALTERNATIVE\s+"([^"]*)"', s)
            if first and first.group(1).strip():
                out.append(Line("insn", first.group(1).strip()))
            continue
        if word == "RET":
            out.append(Line("insn", "ret"))
            continue
        if word.isupper() and not word.startswith("_"):
            # An unknown macro: say so rather than guess.
            out.append(Line("insn", s))
            out[-1].unknown = True
            continue
        out.append(Line("insn", s))
    return out


def count_path(lines, start, stop_at, after=False, taken=()):
    """Instructions from label start (or the instruction after the first
    one whose mnemonic is start, with after=True) to the first one whose
    mnemonic is in stop_at, inclusive: [(text)], and unknown macros met.
    A conditional branch is taken only to a label in taken."""
    labels = {l.label: i for i, l in enumerate(lines) if l.kind == "label"}
    if after:
        i = next(k for k, l in enumerate(lines)
                 if l.kind == "insn" and l.mnemonic == start) + 1
    else:
        i = labels[start]
    path, unknown, steps = [], [], 0
    while i < len(lines) and steps < 1000:
        steps += 1
        line = lines[i]
        if line.kind == "label":
            i += 1
            continue
        path.append(line.text)
        if getattr(line, "unknown", False):
            unknown.append(line.text)
        mn = line.mnemonic
        if mn in stop_at:
            return path, unknown
        if (mn == "jmp" or line.target in taken) and line.target in labels:
            i = labels[line.target]
            continue
        i += 1
    raise ValueError("no %s after %s" % ("/".join(stop_at), start))


def measure(text, function, exit_label, entering=ENTERING):
    lines = items(text)
    entry, u1 = count_path(lines, function, tuple(entering))
    entering = entry[-1].split()[0].lower()
    if exit_label:
        exit_path, u2 = count_path(lines, exit_label, ("ret",))
    else:
        exit_path, u2 = count_path(lines, entering, ("ret",), after=True)
    return entry, exit_path, u1 + u2


def vmwrites(path):
    return sum(1 for t in path if t.split()[0].lower() == "vmwrite")


def kvm_exit_label(text):
    m = re.search(r"SYM_INNER_LABEL(?:_ALIGN)?\(\s*(vmx_vmexit)", text)
    return m.group(1) if m else None


def vmwrites_per_entry(text, e, function, init_function, o):
    """VMWRITEs per entry: the path counted (the stack pointer the one the
    VMCS holds), and the path when it changed (the branch to the
    out-of-line write taken); the VMWRITEs of once per VMCS."""
    if not e.host_fields:
        return None
    moved, _ = count_path(items(text), function, tuple(e.enters),
                          taken=(".L%s_update_stack" % e.isa,))
    init, _ = count_path(items(text), init_function, ("ret",))
    return (vmwrites(o[0]), vmwrites(moved), vmwrites(init))


def main():
    model = load_model()
    entries = public_entries(model)
    rust = {v.isa.name: v.entry for v in backends.rust.views(model)
            if v.entry}
    tree, about = kvm_tree()
    rows = []
    for e in entries:
        ours = preprocess_generated(os.path.join(GENERATED, e.source))
        exit_label = ".L%s_exit" % e.isa if e.host_fields else None
        o = measure(ours, e.function, exit_label, e.enters)
        w = vmwrites_per_entry(ours, e, e.function, e.init_function, o)
        r = None
        if e.isa in rust:
            re_ = rust[e.isa]
            text = rust_global_asm(os.path.join(
                GENERATED, "rust", "src", re_.names.folder, "entry.rs"))
            ro = measure(text, re_.asm.function, exit_label, e.enters)
            r = (re_, ro, vmwrites_per_entry(text, e, re_.asm.function,
                                             re_.asm.init_function, ro))
        k = None
        if tree and e.isa in KVM_FILES:
            rel, fn = KVM_FILES[e.isa]
            path = os.path.join(tree, rel)
            if os.path.exists(path):
                with open(path) as f:
                    text = preprocess_kvm(f.read())
                k = (fn, measure(text, fn, kvm_exit_label(text)
                                 if e.isa == "vmx" else None))
        rows.append((e, o, k, w, r))

    print("Guest entry: instructions on the entry path (function start to "
          "the entering")
    print("instruction, a guest that already ran) and the exit path (where "
          "the CPU")
    print("resumes to ret), counted in the assembler source by one rule; no "
          "mitigations.")
    print("KVM: %s" % (about if tree else "not counted: " + about))
    print()
    print("%-28s %6s %6s %6s" % ("function", "entry", "exit", "total"))
    for e, o, k, _, r in rows:
        print("%-28s %6d %6d %6d" % (e.function, len(o[0]), len(o[1]),
                                     len(o[0]) + len(o[1])))
        if r:
            name = "Rust %s::%s" % (r[0].names.module, r[0].function)
            print("%-28s %6d %6d %6d" % (name, len(r[1][0]), len(r[1][1]),
                                         len(r[1][0]) + len(r[1][1])))
        if k:
            fn, (ke, kx, unknown) = k
            print("%-28s %6d %6d %6d" % ("KVM " + fn, len(ke), len(kx),
                                         len(ke) + len(kx)))
            print("%-28s %6.2f %6.2f %6.2f" % (
                "ratio generated/KVM", len(o[0]) / len(ke),
                len(o[1]) / len(kx),
                (len(o[0]) + len(o[1])) / (len(ke) + len(kx))))
            if unknown:
                print("  (KVM macros counted as one instruction each: %s)"
                      % "; ".join(unknown))
        print()
    for e, _, k, w, r in rows:
        if w:
            print("VMWRITEs per entry, %s(): %d; %d when the stack pointer "
                  "changed since the\nlast entry on that VMCS; %d once per "
                  "VMCS in %s()." % (e.function, w[0], w[1], w[2],
                                     e.init_function))
            if r and r[2]:
                rw = r[2]
                print("Rust %s::%s(): %d; %d when it changed; %d once per "
                      "VMCS in %s()." % (r[0].names.module, r[0].function,
                                         rw[0], rw[1], rw[2],
                                         r[0].init_function))
            if k:
                print("KVM %s: %d in the source (HOST_RSP is written in C by "
                      "vmx_update_host_rsp()\nonly when it changed; HOST_RIP "
                      "once per VMCS in vmx_set_constant_host_state())."
                      % (k[0], vmwrites(k[1][0])))
            print()
    if "-v" in sys.argv[1:]:
        for e, o, k, _, _ in rows:
            print("== %s entry:\n  %s\n== %s exit:\n  %s" % (
                e.function, "\n  ".join(o[0]), e.function, "\n  ".join(o[1])))
            if k:
                print("== KVM %s entry:\n  %s\n== KVM exit:\n  %s" % (
                    k[0], "\n  ".join(k[1][0]), "\n  ".join(k[1][1])))
    print("What differs: KVM compares HOST_RSP with its cache in C (its "
          "'call\nvmx_update_host_rsp' counts one here), vmx_run_guest() "
          "in the assembler\n(cmp, jne).  "
          "KVM's __svm_vcpu_run does VMLOAD/VMSAVE of the guest's\nand "
          "the host's state itself; svm_run_guest() leaves them to its "
          "caller.\nBoth clear the guest's registers after the exit.  The "
          "Rust entries are the C ones'\nassembler; their typed functions "
          "add no instruction at opt-level 2 (tests/rust.py:\na bridge "
          "returning the C status compiles to one jump to the entry).")


if __name__ == "__main__":
    main()
