#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The README's "install" route: 'make install DESTDIR=<stage>' from the
build tree, then programs built against the staged copy with nothing but
'pkg-config --cflags vmxgen' (PKG_CONFIG_LIBDIR and PKG_CONFIG_SYSROOT_DIR
pointing into the stage), then 'make uninstall' leaves no file behind.

The staged headers must be exactly the generated ones plus the compat
headers of include/vmxgen/, byte for byte, the guest-entry sources
(generated/vmxgen/*.S) must be where pkg-config's <isa>_entry variable
says and assemble with only its --cflags, and a caller of every public function must build from them
alone (hosted and linked, gcc and clang; freestanding -m32 too), so a
header the generator adds but Makefile.am does not install is caught.

And what make dist ships: every file git tracks must be in the tarball
('make dist-list': what distdir copies, files and whole directories), or
make distcheck fails on a missing file long after it was added.  Skipped
outside a git checkout (the tarball's own tree, as make distcheck tests it).
"""

import glob
import os
import shutil

from callers import calls_function, includes, public
from vmxtest import (BUILDDIR, GENERATED, SRCDIR, Tap, compilers, load_model,
                     run, workdir, write)


def make_env():
    # A sub-make of 'make check': no inherited -n/-k/jobserver/variables.
    env = {k: v for k, v in os.environ.items()
           if k not in ("MAKEFLAGS", "MFLAGS", "MAKEOVERRIDES", "MAKELEVEL", "DESTDIR")}
    env["LC_ALL"] = "C"
    return env


def files_under(top):
    out = []
    for root, _, files in os.walk(top):
        out += [os.path.join(root, f) for f in files]
    return sorted(out)


def check_dist_list(tap, make):
    # The tarball's tree, which make distcheck unpacks inside the checkout
    # it was made in, is no checkout of its own: git would answer for the
    # enclosing one (none of whose files are tracked here).
    top = run(["git", "-C", SRCDIR, "rev-parse", "--show-toplevel"])
    if top.returncode != 0 or os.path.realpath(top.stdout.strip()) != \
            os.path.realpath(SRCDIR):
        tap.skip("every file git tracks is in make dist's list",
                 "the source tree is not a git checkout")
        return
    r = run(["git", "-C", SRCDIR, "ls-files", "-z"])
    # A tracked file deleted in the work tree is not a file to ship.
    tracked = [f for f in r.stdout.split("\0")
               if f and os.path.lexists(os.path.join(SRCDIR, f))]
    r = run([make, "-s", "-C", BUILDDIR, "dist-list"], env=make_env())
    shipped = set(r.stdout.split())

    def in_dist(path):
        # The file itself, or one of the directories it is under.
        parts = path.split("/")
        return any("/".join(parts[:i]) in shipped
                   for i in range(1, len(parts) + 1))
    # .gitignore: git's own; the tarball is not a checkout.
    missing = [f for f in tracked
               if not in_dist(f) and f != ".gitignore"]
    tap.ok(r.returncode == 0 and tracked and not missing,
           "every file git tracks is in make dist's list (%d files; add a "
           "missing one to EXTRA_DIST)" % len(tracked),
           r.stderr + "missing:\n" + "\n".join(missing))


# Calls per function: every public function in one body made the -O2
# compiles superlinear (gcc 2.6 s, clang 1.7 s; in parts of 100: 1.4 and
# 1.2 s).  Each call is still compiled at -O2 with the same arguments.
PART = 100


def program():
    callees, _ = public(load_model(), GENERATED)
    parts = [callees[i:i + PART] for i in range(0, len(callees), PART)]
    out = [calls_function(part, "__attribute__((__noinline__)) static int "
                          "public_%d(unsigned long arg)" % i)
           for i, part in enumerate(parts)]
    out.append("int all_public(unsigned long arg);\n"
               "int all_public(unsigned long arg)\n{\n\treturn %s;\n}\n"
               % " +\n\t       ".join("public_%d(arg)" % i
                                      for i in range(len(parts))))
    return "\n".join(includes(GENERATED)) + "\n\n" + "\n".join(out) + """
int main(int argc, char **argv)
{
	(void)argv;
	return argc > 99 ? all_public((unsigned long)argc) : 0;
}
"""


def main():
    tap = Tap()
    pkg_config = shutil.which("pkg-config")
    if not pkg_config:
        tap.skip_all("pkg-config is not installed (apt-get install pkg-config)")
    make = os.environ.get("VMXGEN_MAKE") or "make"
    check_dist_list(tap, make)
    wd = workdir("install")
    stage = os.path.join(wd, "stage")
    r = run([make, "-C", BUILDDIR, "install", "DESTDIR=" + stage], env=make_env())
    if not tap.ok(r.returncode == 0, "make install DESTDIR=<stage>",
                  r.stdout[-3000:] + r.stderr):
        tap.done()
    installed = files_under(stage)
    pcs = [p for p in installed if p.endswith("/pkgconfig/vmxgen.pc")]
    headers = {os.path.basename(p): p for p in installed
               if os.path.basename(os.path.dirname(p)) == "vmxgen" and p.endswith(".h")}
    sources = {os.path.basename(p): p for p in
               glob.glob(os.path.join(SRCDIR, "generated", "vmxgen", "*.h")) +
               glob.glob(os.path.join(SRCDIR, "include", "vmxgen", "*.h"))}
    asm_sources = {os.path.basename(p): p for p in glob.glob(
        os.path.join(SRCDIR, "generated", "vmxgen", "*.S"))}
    asm_installed = {os.path.basename(p): p for p in installed
                     if p.endswith(".S")}
    tap.ok(len(pcs) == 1, "vmxgen.pc installed under $(libdir)/pkgconfig",
           "\n".join(installed))
    tap.ok(sorted(headers) == sorted(sources),
           "installed headers are generated/vmxgen/*.h and include/vmxgen/*.h (%d)"
           % len(sources),
           "installed: %s\nsource: %s" % (sorted(headers), sorted(sources)))
    differ = []
    for name in sorted(set(headers) & set(sources)):
        with open(headers[name], "rb") as a, open(sources[name], "rb") as b:
            if a.read() != b.read():
                differ.append(name)
    for name in sorted(set(asm_installed) & set(asm_sources)):
        with open(asm_installed[name], "rb") as a, open(asm_sources[name], "rb") as b:
            if a.read() != b.read():
                differ.append(name)
    tap.ok(not differ, "installed headers are byte-identical to the source tree's",
           "differ: %s" % differ)
    tap.ok(sorted(asm_installed) == sorted(asm_sources),
           "installed assembler sources are generated/vmxgen/*.S (%d)"
           % len(asm_sources), "installed: %s\nsource: %s" % (
               sorted(asm_installed), sorted(asm_sources)))
    if not pcs:
        tap.done()

    pcdir = os.path.dirname(pcs[0])
    env = dict(os.environ, PKG_CONFIG_LIBDIR=pcdir, PKG_CONFIG_PATH=pcdir,
               PKG_CONFIG_SYSROOT_DIR=stage, PKG_CONFIG_ALLOW_SYSTEM_CFLAGS="1")
    r = run([pkg_config, "--cflags", "vmxgen"], env=env)
    cflags = r.stdout.split()
    incs = [f[2:] for f in cflags if f.startswith("-I")]
    tap.ok(r.returncode == 0 and incs and all(
        os.path.realpath(i).startswith(os.path.realpath(stage) + os.sep) for i in incs),
        "pkg-config --cflags vmxgen points into the stage: %s" % r.stdout.strip(),
        r.stderr)
    r = run([pkg_config, "--modversion", "vmxgen"], env=env)
    print("# vmxgen.pc version %s" % r.stdout.strip())

    # Each guest-entry source: its path from pkg-config (pkgconf puts the
    # sysroot before it, as before -I; pkg-config 0.29 does not: then the
    # stage is put there here), assembled with only the --cflags by every
    # compiler.
    root = os.path.realpath(stage) + os.sep
    for name in sorted(asm_sources):
        var = name[:-len(".S")]
        r = run([pkg_config, "--variable=" + var, "vmxgen"], env=env)
        where = r.stdout.strip()
        path = where if os.path.realpath(where).startswith(root) else \
            os.path.join(stage, where.lstrip("/"))
        if not tap.ok(r.returncode == 0 and where and os.path.isfile(path)
                      and os.path.realpath(path).startswith(root),
                      "pkg-config --variable=%s vmxgen names the installed "
                      "%s: %s" % (var, name, where), r.stderr):
            continue
        for cname, cc in compilers():
            cmd = cc.split() + ["-c", path, "-o", os.path.join(
                wd, "%s-%s.o" % (var, cname))] + cflags
            r = run(cmd, cwd=wd)
            tap.ok(r.returncode == 0 and not r.stderr.strip(),
                   "%s: %s assembles with only $(pkg-config --cflags vmxgen)"
                   % (cname, name), " ".join(cmd) + "\n" + r.stderr)

    src = write(os.path.join(wd, "user.c"), program())
    stage_inc = os.path.realpath(stage)
    for cname, cc in compilers():
        exe = os.path.join(wd, "user-" + cname)
        cmd = cc.split() + ["-O2", "-Wall", "-Wextra", "-Werror"] + cflags + [
            src, "-o", exe]
        r = run(cmd, cwd=wd)
        ok = tap.ok(r.returncode == 0 and not r.stderr.strip(),
                    "%s: a caller of every public function builds and links with "
                    "only $(pkg-config --cflags vmxgen)" % cname,
                    " ".join(cmd) + "\n" + r.stderr)
        if ok:
            tap.ok(run([exe]).returncode == 0, "%s: it runs" % cname)
        # Which vmxgen headers did the compiler read?  Only staged ones.
        r = run(cc.split() + ["-M"] + cflags + [src], cwd=wd)
        used = [d for d in r.stdout.replace("\\\n", " ").split() if "/vmxgen/" in d]
        stray = [d for d in used if not os.path.realpath(d).startswith(stage_inc)]
        tap.ok(r.returncode == 0 and used and not stray,
               "%s: every vmxgen header it includes comes from the stage (%d)"
               % (cname, len(used)), "not staged: %s" % stray)
        cmd = cc.split() + ["-m32", "-ffreestanding", "-nostdinc", "-O2", "-Wall",
                            "-Wextra", "-Werror", "-c", src, "-o", exe + "-32.o"] + cflags
        r = run(cmd, cwd=wd)
        tap.ok(r.returncode == 0 and not r.stderr.strip(),
               "%s -m32 -ffreestanding -nostdinc: the same caller compiles "
               "against the staged copy" % cname, " ".join(cmd) + "\n" + r.stderr)

    r = run([make, "-C", BUILDDIR, "uninstall", "DESTDIR=" + stage], env=make_env())
    left = files_under(stage)
    tap.ok(r.returncode == 0 and not left, "make uninstall DESTDIR=<stage> "
           "removes every file", r.stderr + "\n".join(left))
    tap.done()


if __name__ == "__main__":
    main()
