# SPDX-License-Identifier: MIT
"""Files of the Linux source from Debian's linux-source-<version> package,
for the tests and benchmarks that read the kernel's own files
(checkpatch.pl and kernel-doc; KVM's arch/x86/kvm and virt/kvm):
'apt-get download' (no root needed), the wanted members of the source
tarball extracted into a cache directory, the .deb deleted.  The cache
holds a VERSION file naming the .deb once it is complete.

source() is the one cache of linux-source-6.1 that every user shares
(tests/kernel/checkpatch.py, tests/lib/kvmtree.py, bench/entry-path.py):
one download extracts what all of them read."""

import glob
import os
import re
import shutil
import subprocess
import tempfile

from vmxtest import BUILDDIR, run

PACKAGE = "linux-source-6.1"
# What the users of source() read: checkpatch.pl with the two files it
# reads from its own folder, kernel-doc, .clang-format (checkpatch.py);
# KVM (kvmtree.py, entry-path.py).
SCRIPTS = ["checkpatch.pl", "spelling.txt", "const_structs.checkpatch",
           "kernel-doc"]
MEMBERS = ["scripts/" + s for s in SCRIPTS] + [".clang-format",
                                               "arch/x86/kvm", "virt/kvm"]
REQUIRED = ["scripts/" + s for s in SCRIPTS] + [
    "arch/x86/kvm/vmx/vmx.c", "arch/x86/kvm/vmx/vmenter.S",
    "arch/x86/kvm/svm/vmenter.S", "virt/kvm/Makefile.kvm"]


def source():
    """(folder holding MEMBERS, the .deb's name), fetched once into
    tests/cache/ of the build tree, or (None, why not).  The folder also
    has an empty include/, for checkpatch's --root.  A cache made before
    all users shared it (scripts only) is fetched again."""
    cache = os.path.join(BUILDDIR, "tests", "cache", PACKAGE)
    stamp = os.path.join(cache, "VERSION")
    if not all(os.path.exists(os.path.join(cache, p))
               for p in REQUIRED + ["VERSION"]):
        if os.path.isdir(cache) and not os.path.islink(cache):
            shutil.rmtree(cache, ignore_errors=True)
        why = fetch(PACKAGE, cache, MEMBERS, required=REQUIRED,
                    prepare=lambda out: os.makedirs(
                        os.path.join(out, "include")))
        if why:
            return None, why
    with open(stamp) as f:
        return cache, f.read().strip()


def fetch(package, cache, members, required=(), prepare=None):
    """Extract the tarball members matching the wildcards in members
    (relative to the source tree's top folder, e.g. 'scripts/kernel-doc')
    into cache.  required: paths that must then exist under it;
    prepare(out): called on the extraction directory first.  Returns
    None, or why it could not."""
    for tool in ("apt-get", "dpkg-deb", "tar", "xz"):
        if not shutil.which(tool):
            return "%s is not installed" % tool
    parent = os.path.dirname(cache)
    os.makedirs(parent, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="fetch-", dir=parent)
    try:
        r = run(["apt-get", "download", package], cwd=tmp, timeout=900)
        debs = glob.glob(os.path.join(tmp, package + "_*.deb"))
        if r.returncode != 0 or not debs:
            last = (r.stderr.strip().splitlines() or ["no .deb"])[-1]
            return "apt-get download %s failed (offline?): %s" % (package, last)
        deb = debs[0]
        listing = run(["dpkg-deb", "-c", deb]).stdout
        m = re.search(r"(\./usr/src/linux-source-[^/\s]*\.tar\.xz)", listing)
        if not m:
            return "%s holds no usr/src/linux-source-*.tar.xz" % os.path.basename(deb)
        out = os.path.join(tmp, "x")
        os.makedirs(out)
        if prepare:
            prepare(out)
        # dpkg-deb | tar -xO inner.tar.xz | tar -xJ the members.
        p1 = subprocess.Popen(["dpkg-deb", "--fsys-tarfile", deb], stdout=subprocess.PIPE)
        p2 = subprocess.Popen(["tar", "-xO", m.group(1)], stdin=p1.stdout,
                              stdout=subprocess.PIPE)
        p1.stdout.close()
        p3 = subprocess.run(["tar", "-xJ", "-C", out, "--strip-components=1",
                             "--wildcards"] + ["*/" + p for p in members],
                            stdin=p2.stdout, stderr=subprocess.PIPE,
                            universal_newlines=True)
        p2.stdout.close()
        p2.wait()
        p1.wait()
        missing = [p for p in required if not os.path.exists(os.path.join(out, p))]
        if p3.returncode != 0 or missing:
            return "extracting %s failed: %s %s" % (package, missing, p3.stderr.strip())
        with open(os.path.join(out, "VERSION"), "w") as f:
            f.write(os.path.basename(deb) + "\n")
        try:
            os.rename(out, cache)
        except OSError:
            if not os.path.isdir(cache):  # not another run that was faster
                raise
        return None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
