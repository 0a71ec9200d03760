#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The C namespace of the generated headers.

- The names registry is the whole truth: every name the generated headers
  declare (read back by clang's AST dump and preprocessor: functions,
  parameters, locals, struct members, enum constants, tags, typedefs,
  macros) was handed out by the registry (vmxgen --names), in its scope.
- No name of the registry clashes (same C name space, or either one a
  macro) with a file-scope name of the hypervisor trees the headers are
  meant to be included in: the fixture tests/namespace/<tree>.txt, made
  by tests/namespace/collect.py from Linux 6.1 and 6.12 (KVM and the x86
  VMX/SVM/MSR headers), Xen, ACRN and kvm-unit-tests.
- The registry holds every file-scope name the hand-written headers
  (include/vmxgen/) define, but the compiler's reserved ones (__x), so no
  generated name takes one, and they too are held against the fixture.
- Every file-scope name a header defines belongs to the ISA whose header
  defines it, no name is defined by the headers of two ISAs
  (<vmxgen/vmx.h> and <vmxgen/svm.h> go in one file), and none is a name
  the installed kernel headers' <asm/svm.h>, <uapi/asm/svm.h>,
  <asm/vmx.h> or <asm/msr-index.h> define (tests/kernel/kbuild.py builds
  a module with them; this names the clash without a kernel build).

An ISA's names start with its prefix: <isa>_, <ISA>_, __<isa>_ (a
setter's helper), or it is the header's include guard; the VMCS field
header (vmcs_fields.h, VMX's) keeps the SDM's VMCS_ names.
"""

import glob
import json
import os
import re
import shutil

import backends.c
from backends.c.names import IsaNames, guard
from vmxtest import GENERATED, SRCDIR, Tap, load_model, parallel, run

FIXTURE = os.path.join(SRCDIR, "tests", "namespace")
MIN_TREES = 4
# The compilations whose declarations are read back: every #ifdef branch
# of the headers is in one of them.
CONFIGS = (["-m64", "-DVMXGEN_ALLOW_EXIT_INFO_WRITES"], ["-m32"])

DEFINE_RE = re.compile(r"^#\s*define\s+(\w+)", re.M)
TAG_RE = re.compile(r"^(?:typedef\s+)?(?:struct|enum|union)\s+(\w+)\s*\{", re.M)
ENUM_RE = re.compile(r"\benum\s*\w*\s*\{(.*?)\}", re.S)
CONSTANT_RE = re.compile(r"^\s*([A-Za-z_]\w*)\s*(?:=|,|$)", re.M)
FUNCTION_RE = re.compile(r"^(?:static[^;{(]*?\b)?([A-Za-z_]\w*)\((?=[^;]*\)\s*\{)",
                         re.M)
KEYWORDS = {"if", "switch", "while", "for", "return", "sizeof", "defined"}
KERNEL_HEADERS = ("arch/x86/include/asm/svm.h",
                  "arch/x86/include/uapi/asm/svm.h",
                  "arch/x86/include/asm/vmx.h",
                  "arch/x86/include/uapi/asm/vmx.h",
                  "arch/x86/include/asm/msr-index.h")


def names_in(text):
    """{name: kind} of what a C header defines at file scope."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    out = {}
    for kind, regex in (("macro", DEFINE_RE), ("tag", TAG_RE),
                        ("function", FUNCTION_RE)):
        for m in regex.finditer(text):
            if m.group(1) not in KEYWORDS:
                out.setdefault(m.group(1), kind)
    for block in ENUM_RE.finditer(text):
        for m in CONSTANT_RE.finditer(block.group(1)):
            out.setdefault(m.group(1), "constant")
    return out


def kernel_names():
    """{name: header} of the kernel's VMX/SVM/MSR headers, or None."""
    for build in sorted(glob.glob("/usr/src/linux-headers-*-common")):
        out = {}
        for rel in KERNEL_HEADERS:
            path = os.path.join(build, rel)
            if os.path.exists(path):
                with open(path, encoding="utf-8", errors="replace") as f:
                    for name in names_in(f.read()):
                        out.setdefault(name, rel)
        if out:
            return out
    return None


def registry_names(reg):
    """({name: {space}} at file scope, {(scope, name)}) of the registry.
    An assembler symbol is a link-time name, as a function's is."""
    files, scoped = {}, set()
    for scope, name in reg.record:
        if scope is None:
            space = "identifier" if name.space == "assembler symbol" \
                else name.space
            files.setdefault(name.text, set()).add(space)
        else:
            scoped.add((scope, name.text))
    return files, scoped


def fixture():
    """{tree: (first header line, {name: {space}})}."""
    out = {}
    for path in sorted(glob.glob(os.path.join(FIXTURE, "*.txt"))):
        names, title = {}, None
        with open(path) as f:
            for line in f:
                if line.startswith("#"):
                    title = title or line[1:].strip()
                    continue
                name, space = line.split()
                names.setdefault(name, set()).add(space)
        out[os.path.basename(path)[:-4]] = (title, names)
    return out


def clashes(ours, theirs):
    return sorted("%s (%s; theirs: %s)" % (name, "/".join(sorted(spaces)),
                                           "/".join(sorted(theirs[name])))
                  for name, spaces in ours.items() if name in theirs and
                  (spaces & theirs[name] or "macro" in spaces | theirs[name]))


def _walk(node, state, out, scope):
    """The declarations of clang's JSON AST, each with the file it is in:
    clang writes a location's file only when it changes, so the file is
    followed through every location in the order they are printed."""
    for key, value in node.items():
        if key in ("loc", "range"):
            _locations(value, state)
            if key == "loc":
                node_file = state["file"]
    kind, name = node.get("kind"), node.get("name")
    here = state["file"] if "loc" not in node else node_file
    inner_scope = scope
    if name and here and here.startswith(state["root"]) and \
            not node.get("isImplicit"):
        if kind in ("FunctionDecl", "EnumDecl", "RecordDecl", "TypedefDecl",
                    "EnumConstantDecl") or (kind == "VarDecl" and
                                            scope is None):
            out.add((None, name))
        elif kind in ("ParmVarDecl", "VarDecl", "FieldDecl"):
            out.add((scope, name))
    if kind == "FunctionDecl":
        inner_scope = name + "()"
    elif kind == "RecordDecl" and name:
        inner_scope = "struct " + name
    for child in node.get("inner", ()):
        _walk(child, state, out, inner_scope)


def _locations(loc, state):
    if not isinstance(loc, dict):
        return
    if "file" in loc:
        state["file"] = loc["file"]
    for key in ("spellingLoc", "expansionLoc", "begin", "end"):
        if key in loc:
            _locations(loc[key], state)


# TODO(speed): most of this test's own CPU (~2.5 s of ~5) is json.loads()
# of clang's AST dumps (66 MB for <vmxgen/vmx.h>, every function body
# included) and the walk over them; reading stdout as bytes or through a
# file made no measurable difference (2026-12-08).  clang's text dump is
# 16 times smaller, but it shows a declaration at its spelling location
# where this walk follows the expansion's file: not the same check.
def declared(header, flags):
    """{(scope or None, name)} the generated headers declare when header
    is included, and the macros they define (scope None)."""
    root = os.path.join(GENERATED, "vmxgen") + os.sep
    cmd = ["clang", "-x", "c", "-std=gnu11", "-ffreestanding", "-fsyntax-only",
           "-I", GENERATED, "-I", os.path.join(SRCDIR, "include")] + flags
    src = "#include <vmxgen/%s>\n" % header
    r = run(cmd + ["-Xclang", "-ast-dump=json", "-"], input=src)
    if r.returncode != 0:
        raise SystemExit("clang: " + r.stderr)
    out = set()
    _walk(json.loads(r.stdout), {"file": None, "root": root}, out, None)
    r = run([a for a in cmd if a != "-fsyntax-only"] + ["-E", "-dD", "-"],
            input=src)
    if r.returncode != 0:
        raise SystemExit("clang -E: " + r.stderr)
    pre = r.stdout
    current = None
    for line in pre.splitlines():
        m = re.match(r'# \d+ "([^"]*)"', line)
        if m:
            current = m.group(1)
        elif current and current.startswith(root):
            m = re.match(r"#define (\w+)", line)
            if m:
                out.add((None, m.group(1)))
    return out


def check_registry(tap, reg, model):
    files, scoped = registry_names(reg)
    tap.ok(len(files) > 100 and len(scoped) > 100, "the registry holds the "
           "names (%d at file scope, %d in functions and structs)"
           % (len(files), len(scoped)))
    if not shutil.which("clang"):
        tap.skip("the headers declare only the registry's names",
                 "clang is not installed")
        return
    headers = [os.path.basename(IsaNames(isa).umbrella) for isa in model.isas]
    found = parallel(lambda hf: declared(*hf), [(h, f) for h in headers
                                                for f in CONFIGS])
    for i, header in enumerate(headers):
        seen = set().union(*found[i * len(CONFIGS):(i + 1) * len(CONFIGS)])
        stray = sorted("%s%s" % (name, " in " + scope if scope else "")
                       for scope, name in seen
                       if (scope is None and name not in files) or
                       (scope is not None and (scope, name) not in scoped))
        tap.ok(len(seen) > 100 and not stray, "<vmxgen/%s>: its %d "
               "declarations (%s) are all names the registry handed out"
               % (header, len(seen), "; ".join(" ".join(f) for f in CONFIGS)),
               "\n".join(stray))


def check_handwritten(tap, reg):
    """The registry knows the names of include/vmxgen/*.h."""
    known = {name.text for name in reg.handwritten}
    for path in sorted(glob.glob(os.path.join(SRCDIR, "include", "vmxgen",
                                              "*.h"))):
        with open(path) as f:
            names = names_in(f.read())
        missing = sorted(name for name in names if name not in known and
                         not name.startswith("__"))
        tap.ok(names and not missing, "include/vmxgen/%s: the registry "
               "holds its %d names" % (os.path.basename(path), len(names)),
               "not in the registry: " + ", ".join(missing))


def check_fixture(tap, reg):
    files, _ = registry_names(reg)
    for name in reg.handwritten:
        files.setdefault(name.text, set()).add(name.space)
    trees = fixture()
    tap.ok(len(trees) >= MIN_TREES, "the fixture holds at least %d trees "
           "(%s)" % (MIN_TREES, ", ".join(sorted(trees))))
    for tree, (title, names) in sorted(trees.items()):
        bad = clashes(files, names)
        tap.ok(names and not bad, "no generated name clashes with the %d "
               "names of %s (%s)" % (len(names), tree, title),
               "\n".join(bad))


def main():
    tap = Tap()
    model = load_model()
    reg = backends.c.registry(model)
    check_registry(tap, reg, model)
    check_handwritten(tap, reg)
    check_fixture(tap, reg)
    owner = {}      # header -> ISA
    for isa in model.isas:
        n = IsaNames(isa)
        for path in glob.glob(os.path.join(GENERATED, "vmxgen", "%s*.h"
                                           % isa.name)):
            owner[os.path.basename(path)] = (isa, n)
        if isa.vmcs_read is not None:
            owner[os.path.basename(n.vmcs_header)] = (isa, n)
    defined = {}    # name -> [(header, kind)]
    for header, (isa, n) in sorted(owner.items()):
        with open(os.path.join(GENERATED, "vmxgen", header)) as f:
            names = names_in(f.read())
        prefixes = (n.prefix, n.upper, "__" + n.prefix,
                    guard("vmxgen/" + header))
        if header == os.path.basename(n.vmcs_header):
            prefixes += ("VMCS_",)
        bad = sorted(name for name in names if not name.startswith(prefixes))
        tap.ok(names and not bad, "%s: its %d names start with %s"
               % (header, len(names), ", ".join(prefixes)), "\n".join(bad))
        for name, kind in names.items():
            defined.setdefault(name, []).append((header, kind, isa.name))
    both = sorted("%s: %s" % (name, ", ".join("%s (%s)" % (h, k)
                                              for h, k, _ in where))
                  for name, where in defined.items()
                  if len({i for _, _, i in where}) > 1)
    tap.ok(len(model.isas) > 1 and not both, "no name is defined by the "
           "headers of two ISAs (%s)" % ", ".join(i.name for i in model.isas),
           "\n".join(both))
    kernel = kernel_names()
    if kernel is None:
        tap.skip("the kernel's names", "no /usr/src/linux-headers-*-common "
                 "(apt-get install linux-headers-amd64)")
    else:
        clash = sorted("%s: %s and %s" % (name, where[0][0], kernel[name])
                       for name, where in defined.items() if name in kernel)
        tap.ok(not clash, "no name of the generated headers is one the "
               "kernel's %s define (%d names there)"
               % (", ".join(h.split("include/")[1] for h in KERNEL_HEADERS),
                  len(kernel)), "\n".join(clash))
    tap.done()


if __name__ == "__main__":
    main()
