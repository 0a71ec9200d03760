#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Make the fixture of tests/namespace.py: the file-scope names that real
hypervisor trees declare where vmxgen's headers may be included (KVM,
Xen, ACRN, kvm-unit-tests), one file per tree, tests/namespace/<tree>.txt.

Only names are kept, never code: what Universal Ctags reports as a macro,
function (or prototype), enum constant, struct/union/enum tag, typedef,
global or extern variable, with its C name space (macro, tag or
identifier: C keeps tags apart from the other identifiers, and a macro
meets both).  Struct members and locals are left out: a generated name
cannot meet them.

Run by hand, never by make check (the sources are large and fetched):

    tests/namespace/collect.py linux-6.1 linux-6.12 xen acrn kvm-unit-tests

The Linux trees come from Debian's linux-source-<version> packages
('apt-get download', as tests/lib/linuxsource.py does for checkpatch),
extracted into tests/cache/namespace/; the others from bare git
repositories (the default paths are where the 'fetch' tool puts its
mirrors; --git TREE=DIR names another), read with 'git show' at HEAD.
Mainline Linux is not among them: its mirror is too large to fetch here
(see doc/design.md, "Names").
"""

import argparse
import fnmatch
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lib"))

import linuxsource  # noqa: E402

CACHE = os.path.join(HERE, "..", "cache", "namespace")
MIRRORS = "/work/.mirror"

KVM_FILES = ["arch/x86/kvm/*.[ch]", "arch/x86/kvm/*/*.[ch]",
             "arch/x86/include/asm/vmx.h", "arch/x86/include/asm/vmxfeatures.h",
             "arch/x86/include/asm/svm.h", "arch/x86/include/asm/msr-index.h",
             "arch/x86/include/uapi/asm/vmx.h",
             "arch/x86/include/uapi/asm/svm.h"]
# <asm/virtext.h> is gone from 6.12 (its helpers moved into KVM).
KVM_61_FILES = KVM_FILES + ["arch/x86/include/asm/virtext.h"]

# tree: (kind, source, [file patterns], description)
TREES = {
    "linux-6.1": ("deb", "linux-source-6.1", KVM_61_FILES,
                  "Linux 6.1 (Debian linux-source-6.1): KVM and the x86 "
                  "VMX/SVM/MSR headers"),
    "linux-6.12": ("deb", "linux-source-6.12", KVM_FILES,
                   "Linux 6.12 (Debian linux-source-6.12, the newest Linux "
                   "packaged here): KVM and the x86 VMX/SVM/MSR headers"),
    "xen": ("git", "xen-project+xen",
            ["xen/arch/x86/include/asm/hvm/svm*.h",
             "xen/arch/x86/include/asm/hvm/vmx/*.h",
             "xen/arch/x86/hvm/vmx/*.[ch]", "xen/arch/x86/hvm/svm/*.[ch]"],
            "Xen (github:xen-project/xen): the VMX and SVM headers and code"),
    "acrn": ("git", "projectacrn+acrn-hypervisor",
             ["hypervisor/include/arch/x86/asm/vmx.h",
              "hypervisor/include/arch/x86/asm/guest/vm*.h",
              "hypervisor/arch/x86/vmx.c", "hypervisor/arch/x86/guest/vm*.c"],
             "ACRN (github:projectacrn/acrn-hypervisor): the VMX headers "
             "and code"),
    "kvm-unit-tests": ("git", "kvm-unit-tests+kvm-unit-tests",
                       ["lib/x86/*.[ch]", "x86/vmx*.[ch]", "x86/svm*.[ch]"],
                       "kvm-unit-tests (github:kvm-unit-tests/kvm-unit-tests, "
                       "a mirror of gitlab.com/kvm-unit-tests): lib/x86 and "
                       "the VMX and SVM tests"),
}

# Universal Ctags' C kinds, by the C name space they take.
SPACES = {"macro": "macro", "enumerator": "identifier",
          "function": "identifier", "prototype": "identifier",
          "variable": "identifier", "externvar": "identifier",
          "typedef": "identifier", "struct": "tag", "union": "tag",
          "enum": "tag"}


def ctags_version():
    out = subprocess.run(["ctags", "--version"], stdout=subprocess.PIPE,
                         universal_newlines=True, check=True).stdout
    return out.splitlines()[0].split(",")[0]


def names(root, files):
    """{(name, space)} of what the files declare at file scope."""
    out = set()
    r = subprocess.run(["ctags", "-f", "-", "--languages=C",
                        "--language-force=C", "--kinds-C=defgpstuvx",
                        "--fields=K"] + files, cwd=root,
                       stdout=subprocess.PIPE, universal_newlines=True,
                       check=True)
    for line in r.stdout.splitlines():
        if line.startswith("!"):
            continue
        fields = line.split("\t")
        kind = fields[-1] if len(fields) > 3 else ""
        if kind in SPACES and not fields[0].startswith("__anon"):
            out.add((fields[0], SPACES[kind]))
    return out


def match(paths, patterns):
    return sorted(p for p in paths
                  if any(fnmatch.fnmatchcase(p, pat) and
                         p.count("/") == pat.count("/") for pat in patterns))


def from_deb(package, patterns):
    cache = os.path.join(CACHE, package)
    if not os.path.exists(os.path.join(cache, "VERSION")):
        # tar's '*' takes '/' too, and tar calls a pattern that only
        # matched what an earlier one took "not found": one per folder.
        members = ["arch/x86/kvm/*"] + [p for p in patterns
                                        if not p.startswith("arch/x86/kvm/")]
        why = linuxsource.fetch(package, cache, members)
        if why:
            raise SystemExit("collect: %s" % why)
    with open(os.path.join(cache, "VERSION")) as f:
        version = f.read().strip()
    paths = []
    for top, _, files in os.walk(cache):
        paths += [os.path.relpath(os.path.join(top, f), cache) for f in files]
    return cache, match(paths, patterns), version, None


def from_git(repo, patterns, workdir):
    def git(*args):
        return subprocess.run(["git", "-C", repo] + list(args),
                              stdout=subprocess.PIPE, check=True).stdout
    commit = git("rev-parse", "HEAD").decode().strip()
    date = git("log", "-1", "--format=%cd", "--date=short").decode().strip()
    paths = match(git("ls-tree", "-r", "--name-only", "HEAD").decode()
                  .splitlines(), patterns)
    for p in paths:
        dest = os.path.join(workdir, p)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "wb") as f:
            f.write(git("show", "HEAD:" + p))
    return workdir, paths, "commit %s (%s)" % (commit, date), commit


def collect(tree, git_dirs):
    kind, source, patterns, what = TREES[tree]
    with tempfile.TemporaryDirectory() as tmp:
        if kind == "deb":
            root, files, version, _ = from_deb(source, patterns)
        else:
            repo = git_dirs.get(tree) or os.path.join(MIRRORS, source, "repo")
            root, files, version, _ = from_git(repo, patterns, tmp)
        if not files:
            raise SystemExit("collect: %s: no files match" % tree)
        found = names(root, files)
    header = ["# %s" % what,
              "# version: %s" % version,
              "# made by tests/namespace/collect.py with %s: the file-scope "
              "names (macros, functions, enum constants, tags, typedefs, "
              "globals) of these %d files, as 'name space'" % (
                  ctags_version(), len(files))]
    header += ["#   %s" % f for f in files]
    lines = ["%s %s" % n for n in sorted(found)]
    path = os.path.join(HERE, tree + ".txt")
    with open(path, "w") as f:
        f.write("\n".join(header + lines) + "\n")
    print("%s: %d names from %d files (%s)" % (path, len(lines), len(files),
                                               version))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("trees", nargs="*", default=sorted(TREES),
                        help="of: %s" % ", ".join(sorted(TREES)))
    parser.add_argument("--git", action="append", default=[],
                        metavar="TREE=DIR", help="a bare repository to read")
    args = parser.parse_args()
    git_dirs = dict(g.split("=", 1) for g in args.git)
    for tree in args.trees:
        if tree not in TREES:
            parser.error("unknown tree %r" % tree)
        collect(tree, git_dirs)


if __name__ == "__main__":
    main()
