#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The C namespace of the generated headers, read from the headers: every
file-scope name one defines (macros, functions, enum constants, struct
and enum tags) belongs to the ISA whose header defines it, no name is
defined by the headers of two ISAs (<vmxgen/vmx.h> and <vmxgen/svm.h> go
in one file), and none is a name the kernel's <asm/svm.h>,
<uapi/asm/svm.h>, <asm/vmx.h> or <asm/msr-index.h> defines (a module
includes them together; tests/kernel/kbuild.py builds one, this names the
clash without a kernel build).

An ISA's names start with its prefix: <isa>_, <ISA>_, __<isa>_ (a
setter's helper), or it is the header's include guard; the VMCS field
header (vmcs_fields.h, VMX's) keeps the SDM's VMCS_ names.
"""

import glob
import os
import re

from backends.c.names import IsaNames, guard
from vmxtest import GENERATED, Tap, load_model

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


def main():
    tap = Tap()
    model = load_model()
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
            prefixes += ("VMCS_", "vmcs_")
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
