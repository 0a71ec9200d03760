# SPDX-License-Identifier: MIT
"""Running Debian's kbuild from a test: which kernel headers are
installed, and an environment the calling make cannot leak into."""

import os
import re

# Variables that must not leak from the calling make (make check CC=clang,
# V=1, ...) or the environment into kbuild.
SCRUB_ENV = ("MAKEFLAGS", "MFLAGS", "MAKEOVERRIDES", "MAKELEVEL", "MAKE",
             "CC", "LD", "AR", "CFLAGS", "CPPFLAGS", "LDFLAGS", "ARCH",
             "CROSS_COMPILE", "LLVM", "LLVM_IAS", "KCFLAGS", "KCPPFLAGS",
             "KAFLAGS", "KBUILD_OUTPUT", "KBUILD_VERBOSE",
             "KBUILD_EXTRA_SYMBOLS", "O", "M", "V", "W", "C", "CF")

def kernel_build_dirs():
    """[(release, build dir)] under /lib/modules, newest first."""
    base = "/lib/modules"
    out = []
    for v in os.listdir(base) if os.path.isdir(base) else []:
        build = os.path.join(base, v, "build")
        if os.path.isfile(os.path.join(build, "Makefile")):
            out.append((v, build))

    def key(item):
        return [int(x) if x.isdigit() else x
                for x in re.split(r"(\d+)", item[0])]
    return sorted(out, key=key, reverse=True)


def clean_env():
    env = {k: v for k, v in os.environ.items() if k not in SCRUB_ENV}
    env["LC_ALL"] = "C"
    return env
