#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The promise that a new instruction is a spec edit only, kept all the way
through the checks make check runs.

Each case is a change to a copy of the spec, nothing else:
  vmclear  spec/vmx/instructions/vmclear.yaml taken out, then put back
           (tests/extension/vmclear.yaml);
  svm      VMLOAD added to the real spec/svm/ (taken out first, as VMCLEAR
           is): a native-width implicit operand (rAX), a wrapper that
           reports only faults;
  tdx      a TDCALL-shaped leaf added to the real spec/tdx/ (ISA tdxm):
           leaf fixed in RAX, inputs in RCX/RDX/R8, outputs in R9/R10,
           the status in RAX, 64-bit only;
  sgx      ENCLS[EADD] and ENCLS[EINIT]: one opcode, the leaf in EAX;
  hostx    RDMSR (modrm: none: no ModRM byte; ECX in, EDX:EAX out),
           HLT (map: none: a one-byte opcode) and INVPCID (a register and
           an m128 descriptor built from a layout, with its enum and
           layout), MOV to/from CR8 (rex_r: REX.R, the fourth bit of
           ModRM.reg: CR0's bytes but for it) and OUT imm8, AL (an
           immediate parameter: the wrapper is a function-like macro),
           added to the real spec/hostx/ (taken out first, as VMCLEAR is).
tests/extension/<isa>/ with an isa.yaml is a new ISA folder, dropped in as
spec/<isa>/; without one it adds its files to the spec's own spec/<isa>/
(the spec's files of the same names taken out first, and the wrappers
checked absent without them).  For each: regenerate into a scratch directory
(gen/vmxgen.py --spec COPY --output OUT); the wrappers have the contract's
C signatures and compile with gcc and clang, -m64 and -m32, -Wall -Wextra
-Werror (a 64-bit-only wrapper is absent under -m32, and the header still
compiles); the encoding oracle (tests/encoding.py COPY OUT NAMES) passes for
them; objdump, Capstone, Zydis, gas and clang know the spec's encoding
(a tool that does not is a SKIP saying so, not a failure); the
trap-and-emulate harness, generated from the copy by its own reader and
built against OUT, passes every check, also built with a fault hook
(every new instruction also faults, SIGILL or SIGSEGV, and resumes at the
hook's fixup); and gen/ is byte for byte what it was.

The cases run in parallel, each at one optimisation level (-O2) with gcc
and clang; the full matrix of levels is the main harness's job.
"""

import concurrent.futures
import filecmp
import hashlib
import os
import re
import shutil
import subprocess
import tempfile

import yaml

import cmatrix
import forkserver
from vmxtest import (GEN, GENERATED, PYTHON, SRCDIR, Tap, TapBuffer,
                     compilers, include_flags, load_script, load_specread, parallel,
                     run, slot, workdir, write)

HARNESS = os.path.join(SRCDIR, "tests", "harness")
EXTENSIONS = os.path.join(SRCDIR, "tests", "extension")
OBJDUMP = os.environ.get("OBJDUMP") or "objdump"
ZYDIS_LIBS = (os.environ.get("ZYDIS_LIBS") or "-lZydis").split()

specread = load_specread()

try:
    import capstone
except ImportError:
    capstone = None

import specload  # noqa: E402
import vmxgen  # noqa: E402
encoding = load_script("encoding_oracle",
                       os.path.join(SRCDIR, "tests", "encoding.py"))


def preload():
    """What every child of the fork server gets: the generator imported,
    and the spec's files read, parsed and schema-checked (the generator's
    in-memory cache of sources, by name, place in the spec and bytes), named
    as a case's copy names them when the generator and the oracle run in
    the case's directory on 'spec' (script()).  A copy's run then parses
    only the files its extension changed, or moved to another place in
    the file list (half of what each run cost: 14 runs, each of ~100
    files)."""
    forkserver.generator_modules()
    specload.load_sources(os.path.join(SRCDIR, "spec"),
                          specload.Diagnostics(), name="spec")


def script(main, argv, args=None, cwd=None):
    """What 'python3 SCRIPT ARGV' prints and exits with, SCRIPT's main run
    in a child of the fork server (in cwd), where the script and its
    libraries are already imported: no new interpreter to start and
    import them for each case (a third of what the generator's run costs,
    a quarter of the oracle's).  main(*args), by default main(argv[1:]),
    with sys.argv = argv."""
    with slot(), tempfile.TemporaryFile() as so, \
            tempfile.TemporaryFile() as se:
        done = forkserver.run(main, (argv[1:],) if args is None else args,
                              argv=argv, stdout=so, stderr=se, cwd=cwd)
        so.seek(0)
        se.seek(0)
        return subprocess.CompletedProcess(
            argv, done.returncode, so.read().decode("utf-8", "replace"),
            se.read().decode("utf-8", "replace") + (
                "\nkilled after %.0f s" % done.seconds if done.timed_out
                else ""))


def tree_hash(path):
    """{file: sha256} of every file under @path (no __pycache__)."""
    out = {}
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for f in sorted(files):
            p = os.path.join(root, f)
            with open(p, "rb") as fh:
                out[os.path.relpath(p, path)] = hashlib.sha256(fh.read()).hexdigest()
    return out


def tree_changes(before, after):
    return "\n".join("%s %s" % ("added" if f not in before else "removed"
                                if f not in after else "changed", f)
                      for f in sorted(set(before) | set(after))
                      if before.get(f) != after.get(f))


# --- Tools: does each know the spec's encoding? ---------------------------

ZYDIS_PROBE = r"""
#include <stdio.h>
#include <stdlib.h>
#include <Zydis/Zydis.h>

/* Decode the hex bytes of argv[1] in 64-bit mode: "mnemonic length". */
int main(int argc, char **argv)
{
	unsigned char b[16];
	size_t n = 0;
	ZydisDecoder d;
	ZydisDecodedInstruction in;
	ZydisDecodedOperand ops[ZYDIS_MAX_OPERAND_COUNT];
	ZyanU64 v = ZydisGetVersion();

	if (argc == 1) {
		printf("Zydis %u.%u.%u\n", (unsigned)ZYDIS_VERSION_MAJOR(v),
		       (unsigned)ZYDIS_VERSION_MINOR(v), (unsigned)ZYDIS_VERSION_PATCH(v));
		return 0;
	}
	for (; argv[1][2 * n] && n < sizeof(b); n++) {
		char h[3] = { argv[1][2 * n], argv[1][2 * n + 1], 0 };
		b[n] = (unsigned char)strtoul(h, NULL, 16);
	}
	ZydisDecoderInit(&d, ZYDIS_MACHINE_MODE_LONG_64, ZYDIS_STACK_WIDTH_64);
	if (!ZYAN_SUCCESS(ZydisDecoderDecodeFull(&d, b, n, &in, ops)))
		return puts("invalid 0"), 0;
	printf("%s %u\n", ZydisMnemonicGetString(in.mnemonic), in.length);
	return 0;
}
"""


class Tools:
    """What each tool on this machine is, found once."""

    def __init__(self, wd):
        self.wd = wd
        self.compilers = list(compilers())
        r = run([OBJDUMP, "--version"])
        self.objdump = r.stdout.splitlines()[0] if r.returncode == 0 else None
        self.zydis, self.zydis_why = None, "no C compiler"
        if self.compilers:
            src = write(os.path.join(wd, "zydis-probe.c"), ZYDIS_PROBE)
            exe = os.path.join(wd, "zydis-probe")
            r = run(self.compilers[0][1].split() + ["-Wall", "-Werror", src, "-o", exe]
                    + ZYDIS_LIBS)
            if r.returncode == 0:
                self.zydis = exe
                self.zydis_version = run([exe]).stdout.strip()
            else:
                self.zydis_why = "Zydis 4 (libzydis-dev) not usable: " + \
                    (r.stderr.strip().splitlines() or ["?"])[-1]


def probe_form(insn):
    """(AT&T text, the bytes the spec says it is) of one form of @insn:
    register operands %rax, memory operands (%rdi), bound registers the
    syntax names by their names (OUT imm8, AL)."""
    explicit = [o for o in insn.operands if o.kind != "implicit"]
    mem = [o for o in explicit if o.kind in ("mem", "reg_or_mem")]
    shown = [o for o in insn.operands if o.kind != "implicit" or o.syntax]
    text = [("(%rdi)" if o.kind in ("mem", "reg_or_mem") else
             "%" + o.reg if o.kind == "implicit" else
             "$%#x" % (specread.IMMEDIATE if o.fixed is None else o.fixed)
             if o.kind == "imm" else
             "%" + o.sysreg if o.kind == "sysreg" else "%rax")
            for o in reversed(shown)]
    raw = insn.encoding_bytes
    if insn.rex_r:      # REX.R: after a mandatory prefix, before 0F
        n = 1 if insn.prefix else 0
        raw = raw[:n] + b"\x44" + raw[n:]
    if insn.modrm not in ("fixed", "none"):
        reg = insn.modrm_value if insn.modrm == "digit" else 0
        raw += bytes([(0x07 if mem else 0xc0) | reg << 3])
    raw += insn.immediate_bytes
    return (insn.mnemonic + (" " + ", ".join(text) if text else "")), raw


def strip_rex(raw, want):
    """@raw without a REX prefix the assembler may put before 0F."""
    i = len(want) - len(want.lstrip(b"\x66\xf2\xf3"))
    if len(raw) == len(want) + 1 and 0x40 <= raw[i] <= 0x4f:
        return raw[:i] + raw[i + 1:]
    return raw


def check_tools(res, tools, insn, wd):
    """Each tool knows @insn's encoding: the assemblers turn its mnemonic
    into the spec's bytes, the decoders turn the spec's bytes into its
    mnemonic.  A tool that does not know it at all is a SKIP."""
    text, want = probe_form(insn)

    def name(tool):
        return "%s: %s knows %s (%s)" % (insn.cname, tool, want.hex(" "), text)

    base = os.path.join(wd, "probe-" + insn.cname)
    for label, cc in tools.compilers:
        asm = "gas" if label == "gcc" else "%s's assembler" % label
        src = write(base + ".s", ".text\n\t%s\n" % text)
        obj = "%s-%s.o" % (base, label)
        r = run(cc.split() + ["-c", "-x", "assembler", src, "-o", obj])
        if r.returncode != 0:
            res.skip(name(asm), "%s does not assemble '%s': %s" % (
                asm, text, (r.stderr.strip().splitlines() or ["?"])[-1]))
            continue
        binf = obj + ".bin"
        run(["objcopy", "-O", "binary", "-j", ".text", obj, binf])
        with open(binf, "rb") as f:
            got = strip_rex(f.read(), want)
        res.ok(got == want, name(asm), "assembled to %s" % got.hex(" "))

    binf = write(base + ".raw", "")
    with open(binf, "wb") as f:
        f.write(want)
    if not tools.objdump:
        res.skip(name("objdump"), "objdump does not run")
    else:
        r = run([OBJDUMP, "-D", "-b", "binary", "-m", "i386:x86-64", binf])
        lines = [l for l in r.stdout.splitlines() if re.match(r"^\s+[0-9a-f]+:\t", l)]
        fields = lines[0].split("\t") if lines else []
        mnem = fields[2].split()[0] if len(fields) > 2 and fields[2].split() else ""
        if mnem in ("", "(bad)"):
            res.skip(name("objdump"), "%s does not decode %s" % (tools.objdump, want.hex(" ")))
        else:
            res.ok(mnem == insn.mnemonic and len(lines) == 1, name("objdump"),
                   r.stdout)

    if not capstone:
        res.skip(name("Capstone"), "python3-capstone is not installed")
    else:
        md = capstone.Cs(capstone.CS_ARCH_X86, capstone.CS_MODE_64)
        dec = list(md.disasm(want, 0))
        if not dec:
            res.skip(name("Capstone"), "Capstone %s does not decode %s"
                     % (capstone.__version__, want.hex(" ")))
        else:
            res.ok(dec[0].mnemonic == insn.mnemonic and dec[0].size == len(want),
                   name("Capstone"),
                   "decoded as %s" % [(d.mnemonic, d.op_str, d.size) for d in dec])

    if not tools.zydis:
        res.skip(name("Zydis"), tools.zydis_why)
    else:
        r = run([tools.zydis, want.hex()])
        out = r.stdout.split()
        if not out or out[0] == "invalid":
            res.skip(name("Zydis"), "%s does not decode %s" % (tools.zydis_version,
                                                              want.hex(" ")))
        else:
            res.ok(out[0] == insn.mnemonic and out[1] == str(len(want)),
                   name("Zydis"), r.stdout)


# --- The checks of one case ------------------------------------------------

def callers(isas, insns):
    """A caller per new wrapper; under C11, each signature asserted."""
    top = ["#include <vmxgen/%s.h>" % isa.name for isa in isas]
    asserts = ["#if __STDC_VERSION__ >= 201112L"]
    for i in insns:
        guard = specread.mode_guard(i)
        sig = i.c_signature()
        if sig is None:
            continue
        asserts += [guard] if guard else []
        if i.macro:
            # A function-like macro (an immediate parameter): one.
            asserts += ["#ifndef %s" % i.cname,
                        "#error \"%s: not a macro\"" % i.cname, "#endif"]
            asserts += ["#endif"] if guard else []
            continue
        asserts.append("_Static_assert(__builtin_types_compatible_p(__typeof__(&%s), %s),\n"
                       "\t       \"%s: not the contract's signature %s\");"
                       % (i.cname, sig, i.cname, sig.replace('"', "")))
        asserts += ["#endif"] if guard else []
    asserts.append("#endif")
    return specread.callers_c(insns, "\n".join(top)) + "\n".join(asserts) + "\n"


def compile_matrix(res, tools, isas, insns, out, wd):
    """gcc and clang, -m64 and -m32, hosted (gnu11, -m64: -m32 libc
    headers are not a given) and freestanding (c99), -Wall -Wextra
    -Werror; under -m32 a 64-bit-only wrapper is absent."""
    src = write(os.path.join(wd, "callers.c"), callers(isas, insns))
    names = ", ".join(i.cname for i in insns)
    variants = cmatrix.variants(bits=(64,), worlds=("hosted",),
                                ccs=tools.compilers) + \
        cmatrix.variants(stds=("c99",), ccs=tools.compilers)
    for v, cmd, r in cmatrix.compile(variants, src, out=out):
        res.ok(r.returncode == 0, "%s: callers of %s compile, -Wall -Wextra "
               "-Werror" % (v.name, names), cmatrix.failed(cmd, r))
    only64 = [(v, i, write(os.path.join(wd, "m32-%s.c" % i.cname), "".join(
        "#include <vmxgen/%s.h>\n" % isa.name for isa in isas) +
        "void *use(void);\nvoid *use(void)\n{\n\treturn (void *)&%s;\n}\n"
        % i.cname))
        for i in insns if 32 not in i.modes
        for v in cmatrix.variants(bits=(32,), stds=("c99",),
                                  ccs=tools.compilers)]
    for (v, i, _), r in zip(only64, parallel(
            lambda job: run(job[0].command(job[2], out)), only64)):
        res.ok(r.returncode != 0 and i.cname in r.stderr,
               "%s: %s is not declared (modes [64])" % (v.name, i.cname),
               r.stderr or "it compiled")


def encoding_oracle(res, spec, out, insns):
    r = script(encoding.main, [encoding.__file__, os.path.basename(spec),
                               out, ",".join(i.cname for i in insns)],
               args=(), cwd=os.path.dirname(spec))
    lines = r.stdout.splitlines()
    broken = [l for l in lines if l.startswith("not ok")]
    res.ok(r.returncode == 0 and not broken and re.search(r"^1\.\.\d+$", r.stdout, re.M),
           "encoding oracle (tests/encoding.py) passes on the copy",
           "\n".join(broken) + r.stderr)
    for i in insns:
        mine = [l for l in lines if re.search(r"\b%s\b" % i.cname, l)]
        skipped = [l for l in mine if "# SKIP" in l]
        res.ok(mine and all(l.startswith("ok") for l in mine),
               "encoding oracle: %s encodes as %s (%d checks, %d skipped)"
               % (i.cname, i.encoding_text(), len(mine), len(skipped)),
               "\n".join(mine) or "no check names it")


# TODO(speed): what is left of this test's CPU (profiled 2026-12-08, ~21 s
# idle): the 15 compiles of harness/cases.c (5 cases x 3 builds, ~0.5 s
# each at -O2, of which ~0.4 s is cases.c's own generic code and 0.1 s
# parsing; the ISA headers parse in 0.02-0.06 s, so including only the
# changed ISA's would not help): compiling that code once per compiler
# needs it apart from spec-table.h's constants (SPEC_MAX_*, enum
# spec_insn), which each copy changes.  The 9 generator runs (~0.5 s each
# after preload()), the 5 oracles' load_model() (the backends' checks
# again, ~0.4 s, on a copy the generator has just accepted), and ~100
# small compiles (compile_matrix, m32, one assembler run per probe).
def harness(res, tools, spec, out, insns, wd):
    """The trap-and-emulate harness, from the copy, against OUT."""
    if not tools.zydis:
        res.skip("harness", tools.zydis_why)
        return
    hdir = os.path.join(wd, "harness")
    os.makedirs(hdir)
    # The cases of the changed ISA only, when every other header is
    # generated/'s byte for byte: the main harness runs their cases (at
    # these levels and more).  Half of each cases.c compile was theirs.
    changed = sorted({i.isa.name for i in insns})
    others = sorted(f for f in os.listdir(os.path.join(GENERATED, "vmxgen"))
                    if not any(f.startswith((n + ".", n + "_"))
                               for n in changed))
    differ = [f for f in others
              if not os.path.exists(os.path.join(out, "vmxgen", f)) or
              not filecmp.cmp(os.path.join(GENERATED, "vmxgen", f),
                              os.path.join(out, "vmxgen", f), shallow=False)]
    if not res.ok(not differ, "harness: the headers of the ISAs other than "
                  "%s are generated/'s byte for byte (%d files), so only %s's "
                  "cases run here" % (", ".join(changed), len(others),
                                      ", ".join(changed)),
                  "differ: %s (all cases run)" % ", ".join(differ)):
        changed = []
    r = run([PYTHON, os.path.join(HARNESS, "gen-table.py"), spec, hdir] +
            changed)
    if not res.ok(r.returncode == 0, "harness: gen-table.py reads the copy", r.stderr):
        return
    # The sources beside the copy's spec-table.h and spec-cases.h: an
    # #include "..." looks in the including file's directory first, where
    # an in-tree build keeps the main spec's.
    for f in os.listdir(HARNESS):
        if f.endswith((".c", ".h")) and not f.startswith("spec-"):
            shutil.copy(os.path.join(HARNESS, f), hdir)
    # The wrappers at -O2, with every compiler and once more with a fault
    # hook (the first compiler: each wrapper's instruction also faults and
    # resumes at the hook's fixup); the "CPU" at -O0, which builds five
    # times faster.
    flags = ["-std=gnu11", "-Wall", "-Wextra", "-I", hdir] + include_flags(out)
    cc0 = tools.compilers[0][1]
    emu = os.path.join(hdir, "emu.o")
    builds = [("%s -O2" % label, cc, []) for label, cc in tools.compilers]
    builds.append(("%s -O2 hook" % tools.compilers[0][0], cc0,
                   ["-DHARNESS_FAULT_HOOK"]))
    with concurrent.futures.ThreadPoolExecutor(3) as pool:
        emu_job = pool.submit(run, cc0.split() + flags + [
            "-O0", "-c", os.path.join(hdir, "emu.c"), "-o", emu])
        cases = [(label, cc, pool.submit(run, cc.split() + flags + extra + [
            "-O2", "-DHARNESS_VARIANT=O2", "-c", os.path.join(hdir, "cases.c"),
            "-o", os.path.join(hdir, "cases-%d.o" % k)]), k)
            for k, (label, cc, extra) in enumerate(builds)]
        r = emu_job.result()
        if not res.ok(r.returncode == 0, "harness: emu.c compiles", r.stderr):
            return
        for label, cc, c, k in cases:
            r = c.result()
            name = "harness (%s)" % label
            if not res.ok(r.returncode == 0, name + ": cases.c compiles", r.stderr):
                continue
            exe = os.path.join(hdir, "harness-%d" % k)
            r = run(cc.split() + [os.path.join(hdir, "cases-%d.o" % k), emu,
                                  "-o", exe] + ZYDIS_LIBS)
            if not res.ok(r.returncode == 0, name + ": links", r.stderr):
                continue
            try:
                r = run([exe], timeout=60)
            except subprocess.TimeoutExpired:
                res.ok(False, name + ": runs", "timed out")
                continue
            lines = r.stdout.splitlines()
            results = [l for l in lines if re.match(r"^(not )?ok ", l)]
            bad = [l for l in lines if l.startswith("not ok")]
            res.ok(r.returncode == 0 and results and not bad,
                   name + ": all %d checks ok" % len(results),
                   "\n".join(bad[:20]) + "\n" + r.stderr)
            for i in insns:
                mine = [l for l in results if " %s " % i.cname in l]
                skips = [l for l in mine if "# SKIP" in l]
                if mine and len(skips) == len(mine):
                    res.skip(name + ": %s" % i.cname,
                             skips[0].split("# SKIP ", 1)[1])
                    continue
                res.ok(mine and not skips and all(l.startswith("ok") for l in mine),
                       name + ": %d checks on %s, all ok" % (len(mine), i.cname),
                       "\n".join(l for l in mine if not l.startswith("ok ")) or
                       "no check names it")


def generate(res, spec, out, what):
    """The generator on the copy, run in its directory as --spec spec:
    its files are named as preload() named the spec's."""
    os.makedirs(out)
    r = script(vmxgen.main, [GEN, "-q", "--spec", os.path.basename(spec),
                             "--output", out], cwd=os.path.dirname(spec))
    return res.ok(r.returncode == 0 and not r.stderr, "generates %s" % what,
                  r.stderr)


def added_wrappers(folder, isa):
    """The C names of the wrappers the instructions under @folder get."""
    out = []
    for root, _, files in os.walk(folder):
        for f in sorted(files):
            with open(os.path.join(root, f), encoding="utf-8") as fh:
                doc = yaml.safe_load(fh) or {}
            out += ["%s_%s" % (isa, i.get("name", i["mnemonic"]))
                    for i in doc.get("instructions") or []]
    return out


def isa_name(folder):
    """The ISA name an ISA folder's isa.yaml gives (spec/tdx/ is 'tdxm')."""
    with open(os.path.join(folder, "isa.yaml"), encoding="utf-8") as f:
        return yaml.safe_load(f)["isa"]["name"]


def case(name, tools, gen_before):
    """One extension: @name is vmclear or an ISA folder under
    tests/extension/.  Returns its TapBuffer."""
    res = TapBuffer(name)
    wd = workdir("extension-" + name)
    spec = os.path.join(wd, "spec")
    shutil.copytree(os.path.join(SRCDIR, "spec"), spec)
    out = os.path.join(wd, "out")

    if name == "vmclear":
        target = os.path.join(spec, "vmx", "instructions", "vmclear.yaml")
        os.remove(target)
        without = os.path.join(wd, "without")
        if generate(res, spec, without, "without VMCLEAR"):
            with open(os.path.join(without, "vmxgen", "vmx_insn.h")) as f:
                res.ok("vmx_vmclear" not in f.read(),
                       "without the entry there is no vmx_vmclear")
        shutil.copy(os.path.join(EXTENSIONS, "vmclear.yaml"), target)
        what = "with tests/extension/vmclear.yaml as spec/vmx/instructions/vmclear.yaml"
    else:
        src, dst = os.path.join(EXTENSIONS, name), os.path.join(spec, name)
        isa = isa_name(dst if os.path.isdir(dst) else src)
        added = [os.path.relpath(os.path.join(root, f), src)
                 for root, _, files in os.walk(src) for f in files]
        if os.path.isdir(dst):
            without = os.path.join(wd, "without")
            for rel in added:
                if os.path.exists(os.path.join(dst, rel)):
                    os.remove(os.path.join(dst, rel))
            if generate(res, spec, without, "without tests/extension/%s/'s "
                        "files" % name):
                with open(os.path.join(without, "vmxgen", "%s_insn.h"
                                       % isa)) as f:
                    text = f.read()
                for cname in added_wrappers(src, isa):
                    res.ok(not re.search(r"^%s\(" % cname, text, re.M),
                           "without the entry there is no %s" % cname)
            shutil.copytree(src, dst, dirs_exist_ok=True)
            what = "with tests/extension/%s/ added to spec/%s/" % (name, name)
        else:
            shutil.copytree(src, dst)
            what = "with tests/extension/%s/ as spec/%s/" % (name, name)
        new_files = {os.path.realpath(os.path.join(dst, rel)) for rel in added}

    if not generate(res, spec, out, what):
        return res
    try:
        isas = specread.load(spec)
    except (OSError, KeyError, TypeError, ValueError, specread.SpecError) as e:
        res.ok(False, "the harness's reader reads the copy", str(e))
        return res
    if name == "vmclear":
        insns = [i for i in specread.instructions(isas) if i.cname == "vmx_vmclear"]
    else:
        insns = [i for x in isas if x.name == isa
                 for i in x.instructions
                 if os.path.realpath(i.path) in new_files]
    if not res.ok(insns, "the copy has the new instructions"):
        return res
    headers = ""
    for root, _, files in os.walk(os.path.join(out, "vmxgen")):
        for f in sorted(files):
            with open(os.path.join(root, f)) as fh:
                headers += fh.read()
    for i in insns:
        # A function (its name starts a line), or a function-like macro.
        res.ok(re.search(r"^(#define )?%s\(" % i.cname, headers, re.M),
               "a wrapper %s() is generated" % i.cname)

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        parts = [TapBuffer(name) for _ in range(4)]
        futures = [
            pool.submit(compile_matrix, parts[0], tools, isas, insns, out, wd),
            pool.submit(encoding_oracle, parts[1], spec, out, insns),
            pool.submit(lambda: [check_tools(parts[2], tools, i, wd) for i in insns]),
            pool.submit(harness, parts[3], tools, spec, out, insns, wd),
        ]
        for f, part in zip(futures, parts):
            try:
                f.result()
            except Exception as e:      # a crash here is a failed check
                part.ok(False, "the test itself", repr(e))
            res.extend(part)
    gen_after = tree_hash(os.path.join(SRCDIR, "gen"))
    res.ok(gen_after == gen_before,
           "gen/ is unchanged: the extension took a spec edit only",
           tree_changes(gen_before, gen_after))
    if not res.failed:
        shutil.rmtree(wd)
    return res


def main():
    forkserver.start(preload)
    tap = Tap()
    gen_before = tree_hash(os.path.join(SRCDIR, "gen"))
    wd = workdir("extension")
    tools = Tools(wd)
    if not tools.compilers:
        tap.skip_all("no C compiler found")
    names = ["vmclear"] + tap.cases(sorted(
        d for d in os.listdir(EXTENSIONS)
        if os.path.isdir(os.path.join(EXTENSIONS, d))),
        "no ISA folder in tests/extension/")
    with concurrent.futures.ThreadPoolExecutor(len(names)) as pool:
        for res in pool.map(lambda n: case(n, tools, gen_before), names):
            res.emit(tap)
    shutil.rmtree(wd)
    tap.done()


if __name__ == "__main__":
    main()
