# SPDX-License-Identifier: MIT
# tests/kernel/local.mk - the headers in a Linux kernel tree (issue 5): a
# real kernel module build (kbuild, W=1, sparse, objtool, modpost, the
# _ASM_EXTABLE fault hook) and the kernel's checkpatch.pl and kernel-doc.
# (32-bit truncation, install and the user-space fault hook are tests/*.py
# in the top-level Makefile.am.)  Included from the top-level Makefile.am:
#
#	include $(srcdir)/tests/kernel/local.mk
#
# tests/ is distributed whole (EXTRA_DIST), so nothing is added here.

TESTS += \
	tests/kernel/kbuild.py \
	tests/kernel/checkpatch.py \
	tests/kernel/kvm-include.py

# setup.sh runs "make kernel-scripts" once: it downloads linux-source-6.1
# (about 140 MB; apt-get download, no root) and extracts, in one go,
# checkpatch.pl and kernel-doc and KVM's source (arch/x86/kvm, virt/kvm)
# into one cache that all their users share (tests/lib/linuxsource.py),
# so that make check does not pay for it; the second command finds it
# there.  Offline it says so and the tests skip later with the reason.
kernel-scripts:
	$(AM_TESTS_ENVIRONMENT) $(PYTHON) $(srcdir)/tests/kernel/checkpatch.py --fetch
	$(AM_TESTS_ENVIRONMENT) $(PYTHON) $(srcdir)/tests/kernel/kvm-include.py --fetch

.PHONY: kernel-scripts

# linuxsource.py keeps what it extracts from linux-source-6.1 in
# tests/cache/: "make clean" keeps them, "make distclean"
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
