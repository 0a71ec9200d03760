# SPDX-License-Identifier: MIT
# tests/kernel/local.mk - the drop-in proof (issue 5): the headers in a real
# kernel module build (kbuild, W=1, sparse, objtool, modpost), under the
# kernel's checkpatch.pl and kernel-doc, in 32-bit code, installed with
# pkg-config, and with VMXGEN_FAULT_HOOK.  Included from the top-level
# Makefile.am:
#
#	include $(srcdir)/tests/kernel/local.mk
#
# tests/ is distributed whole (EXTRA_DIST), so nothing is added here.

TESTS += \
	tests/kernel/kbuild.py \
	tests/kernel/checkpatch.py \
	tests/kernel/m32-truncation.py \
	tests/kernel/install.py \
	tests/kernel/fault-hook.py

# install.py runs "make install DESTDIR=..." with the same make.
AM_TESTS_ENVIRONMENT += VMXGEN_MAKE='$(MAKE)'; export VMXGEN_MAKE;

# checkpatch.py keeps the scripts it extracts from linux-source-6.1 in
# tests/cache/ (see the test): "make clean" keeps them, "make distclean"
# does not.
distclean-local: distclean-local-kernel
distclean-local-kernel:
	-rm -rf tests/cache

.PHONY: distclean-local-kernel

# An in-tree build keeps that cache in $(srcdir)/tests: not in the tarball.
dist-hook: dist-hook-kernel
dist-hook-kernel:
	-rm -rf $(distdir)/tests/cache

.PHONY: dist-hook-kernel
