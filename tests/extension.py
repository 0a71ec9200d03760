#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The promise that an instruction of a known shape is a spec edit only:
take VMCLEAR out of a copy of the spec, add it back from
tests/extension/vmclear.yaml, regenerate, and check that the new wrapper
compiles and encodes as 66 0F C7 /6, with gen/ untouched."""

import hashlib
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from vmxtest import (GEN, PYTHON, SRCDIR, Tap, compilers, include_flags,  # noqa: E402
                     run, workdir)


def tree_hash(path):
    h = hashlib.sha256()
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for f in sorted(files):
            p = os.path.join(root, f)
            h.update(os.path.relpath(p, path).encode())
            with open(p, "rb") as fh:
                h.update(fh.read())
    return h.hexdigest()


def main():
    tap = Tap()
    gen_before = tree_hash(os.path.join(SRCDIR, "gen"))
    wd = workdir("extension")
    spec = os.path.join(wd, "spec")
    shutil.copytree(os.path.join(SRCDIR, "spec"), spec)
    os.remove(os.path.join(spec, "instructions", "vmclear.yaml"))

    without = os.path.join(wd, "without")
    os.makedirs(without)
    r = run([PYTHON, GEN, "-q", "--spec", spec, "--output", without])
    tap.ok(r.returncode == 0, "spec without VMCLEAR generates", r.stderr)
    with open(os.path.join(without, "vmxgen", "vmx_insn.h")) as f:
        tap.ok("vmx_vmclear" not in f.read(), "without the entry there is no vmx_vmclear")

    shutil.copy(os.path.join(SRCDIR, "tests", "extension", "vmclear.yaml"),
                os.path.join(spec, "instructions", "vmclear.yaml"))
    out = os.path.join(wd, "with")
    os.makedirs(out)
    r = run([PYTHON, GEN, "-q", "--spec", spec, "--output", out])
    tap.ok(r.returncode == 0, "spec with the added VMCLEAR entry generates", r.stderr)
    with open(os.path.join(out, "vmxgen", "vmx_insn.h")) as f:
        header = f.read()
    tap.ok(re.search(r"^vmx_vmclear\(vmx_u64 vmcs_pa\)$", header, re.M),
           "vmx_vmclear(vmx_u64 vmcs_pa) is generated")

    src = os.path.join(wd, "use.c")
    with open(src, "w") as f:
        f.write("#include <vmxgen/vmx.h>\nint use(vmx_u64 pa);\n"
                "int use(vmx_u64 pa)\n{\n\treturn vmx_vmclear(pa) == VMX_SUCCEED;\n}\n")
    for cname, cc in compilers():
        r = run(cc.split() + ["-Wall", "-Wextra", "-Werror", "-O2", "-c", src,
                              "-o", os.devnull] + include_flags(out))
        tap.ok(r.returncode == 0, "%s compiles a caller of vmx_vmclear" % cname,
               r.stderr)

    oracle = run([PYTHON, os.path.join(SRCDIR, "tests", "encoding.py"), spec, out])
    lines = [l for l in oracle.stdout.splitlines() if "vmclear" in l]
    tap.ok(lines and all(l.startswith("ok") for l in lines)
           and any("(66 0f c7" in l for l in lines),
           "encoding oracle: vmx_vmclear emits 66 0F C7 /6 (%d checks)" % len(lines),
           "\n".join(lines) + oracle.stderr)
    tap.ok(tree_hash(os.path.join(SRCDIR, "gen")) == gen_before,
           "gen/ is unchanged: the extension took a spec edit only")
    shutil.rmtree(wd)
    tap.done()


if __name__ == "__main__":
    main()
