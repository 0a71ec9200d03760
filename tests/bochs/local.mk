# SPDX-License-Identifier: MIT
# tests/bochs/local.mk - run the generated VMX wrappers on Bochs's emulated
# VMX CPUs (issue 6).  Included from the top-level Makefile.am, after its
# TESTS, EXTRA_DIST and clean-local/dist-hook definitions:
#
#	include $(srcdir)/tests/bochs/local.mk
#
# Uses from the top level: $(CC) (gcc or clang targeting x86-64), GNU make,
# the .sh test extension run by the TAP driver, AM_V_GEN.
#
# The test kernel is built freestanding with its own flags, never with the
# user's CFLAGS: it includes <vmxgen/vmx.h> exactly as a user would, with
# -I$(top_srcdir)/generated -I$(top_srcdir)/include and -nostdinc.
# tests/bochs/run-bochs.sh builds the GRUB ISO, runs Bochs per CPU model in
# tests/bochs/run/<model>/ under the build tree and prints TAP; it skips
# with the reason when Bochs or the GRUB tools are missing.

BOCHS_VMX_KERNEL = tests/bochs/vmxtest.elf
BOCHS_VMX_SRCS = \
	tests/bochs/boot.S \
	tests/bochs/kernel.c \
	tests/bochs/kernel.h \
	tests/bochs/kcpu.h \
	tests/bochs/kconsole.h \
	tests/bochs/dumpcheck.h \
	tests/bochs/exits.c \
	tests/bochs/entry.c \
	tests/bochs/entry-guest.S \
	tests/bochs/vmx-entry.S \
	tests/bochs/entrycheck.c \
	tests/bochs/kernel.ld
BOCHS_VMX_COMPILE_FLAGS = -m64 -O2 -std=gnu11 -ffreestanding -nostdinc \
	-fno-pic -fno-pie -mno-red-zone -mno-sse -mno-mmx -mno-80387 \
	-fno-stack-protector -fcf-protection=none \
	-fno-asynchronous-unwind-tables -Wall -Wextra \
	-I$(top_srcdir)/generated -I$(top_srcdir)/include -Itests/bochs
BOCHS_VMX_LINK_FLAGS = -nostdlib -static -Wl,-n -Wl,-z,max-page-size=0x1000 \
	-Wl,--build-id=none -T $(top_srcdir)/tests/bochs/kernel.ld

# entrycheck.c's cases (issue 23): per entry check of the spec, the VMCS
# edits that break it, derived from the rules (tests/lib/entrycases.py);
# entry-cases.txt lists them for run-bochs.sh.
BOCHS_ENTRY_CASES = tests/bochs/entry-cases.h
$(BOCHS_ENTRY_CASES): $(top_srcdir)/tests/bochs/gen-entry-cases.py \
		$(top_srcdir)/tests/lib/entrycases.py \
		$(top_srcdir)/gen/model/rules.py \
		$(wildcard $(top_srcdir)/spec/vmx/*.yaml)
	@$(MKDIR_P) tests/bochs
	$(AM_V_GEN)PYTHONDONTWRITEBYTECODE=1 $(PYTHON) \
		$(top_srcdir)/tests/bochs/gen-entry-cases.py tests/bochs

# Rebuilt when any public header changes (the generator may add headers).
$(BOCHS_VMX_KERNEL): $(BOCHS_VMX_SRCS:%=$(top_srcdir)/%) $(BOCHS_ENTRY_CASES) \
		$(wildcard $(top_srcdir)/generated/vmxgen/*.h) \
		$(top_srcdir)/generated/vmxgen/vmx_entry.S \
		$(top_srcdir)/tests/harness/entry-call.S \
		$(wildcard $(top_srcdir)/include/vmxgen/*.h)
	@$(MKDIR_P) tests/bochs
	$(AM_V_GEN)$(CC) $(BOCHS_VMX_COMPILE_FLAGS) $(BOCHS_VMX_LINK_FLAGS) -o $@ \
		$(top_srcdir)/tests/bochs/boot.S $(top_srcdir)/tests/bochs/kernel.c \
		$(top_srcdir)/tests/bochs/exits.c $(top_srcdir)/tests/bochs/entry.c \
		$(top_srcdir)/tests/bochs/entry-guest.S \
		$(top_srcdir)/tests/bochs/vmx-entry.S \
		$(top_srcdir)/tests/bochs/entrycheck.c \
		$(top_srcdir)/tests/harness/entry-call.S

TESTS += tests/bochs/run-bochs.sh
# The kernel is built before the tests run (with the harness programs, a
# job per core: check-build in Makefile.am) if TESTS has its test, not by
# "make all".
tests/bochs/run-bochs.log: $(BOCHS_VMX_KERNEL)
check_build += $(if $(filter tests/bochs/run-bochs.sh,$(TESTS)),$(BOCHS_VMX_KERNEL))

EXTRA_DIST += $(BOCHS_VMX_SRCS) tests/bochs/run-bochs.sh \
	tests/bochs/gen-entry-cases.py \
	tests/bochs/bochs-lib.sh tests/bochs/local.mk tests/bochs/README.md

clean-local: clean-local-bochs
clean-local-bochs:
	-rm -rf tests/bochs/run $(BOCHS_VMX_KERNEL) $(BOCHS_ENTRY_CASES) \
		tests/bochs/entry-cases.txt

# An in-tree build leaves these in $(srcdir)/tests: keep them out of the
# tarball (EXTRA_DIST may name the whole tests directory).
dist-hook: dist-hook-bochs
dist-hook-bochs:
	-rm -rf $(distdir)/tests/bochs/run $(distdir)/$(BOCHS_VMX_KERNEL) \
		$(distdir)/tests/bochs/run-bochs.log \
		$(distdir)/tests/bochs/run-bochs.trs \
		$(distdir)/$(BOCHS_ENTRY_CASES) $(distdir)/tests/bochs/entry-cases.txt

.PHONY: clean-local-bochs dist-hook-bochs

# The SVM kernel (issue 14): boot.S and kernel.ld shared with the VMX
# kernel, svm.c and klib.h its own, the generated svm_entry.S through
# svm-entry.S (with the fault hook), entry-call.S through svm-entry-call.S;
# run-bochs-svm.sh runs it on Bochs's AMD models (ryzen,
# phenom_8650_toliman, turion64_tyler), two at a time.
BOCHS_SVM_KERNEL = tests/bochs/svmtest.elf
BOCHS_SVM_SRCS = \
	tests/bochs/boot.S \
	tests/bochs/svm.c \
	tests/bochs/svm-entry.S \
	tests/bochs/svm-entry-call.S \
	tests/bochs/klib.h \
	tests/bochs/kcpu.h \
	tests/bochs/kconsole.h \
	tests/bochs/dumpcheck.h \
	tests/bochs/kernel.ld

$(BOCHS_SVM_KERNEL): $(BOCHS_SVM_SRCS:%=$(top_srcdir)/%) \
		$(wildcard $(top_srcdir)/generated/vmxgen/*.h) \
		$(top_srcdir)/generated/vmxgen/svm_entry.S \
		$(top_srcdir)/tests/harness/entry-call.S \
		$(wildcard $(top_srcdir)/include/vmxgen/*.h)
	@$(MKDIR_P) tests/bochs
	$(AM_V_GEN)$(CC) $(BOCHS_VMX_COMPILE_FLAGS) $(BOCHS_VMX_LINK_FLAGS) -o $@ \
		$(top_srcdir)/tests/bochs/boot.S $(top_srcdir)/tests/bochs/svm.c \
		$(top_srcdir)/tests/bochs/svm-entry.S \
		$(top_srcdir)/tests/bochs/svm-entry-call.S

TESTS += tests/bochs/run-bochs-svm.sh
tests/bochs/run-bochs-svm.log: $(BOCHS_SVM_KERNEL)
check_build += $(if $(filter tests/bochs/run-bochs-svm.sh,$(TESTS)),$(BOCHS_SVM_KERNEL))

EXTRA_DIST += tests/bochs/svm.c tests/bochs/svm-entry.S \
	tests/bochs/svm-entry-call.S tests/bochs/klib.h tests/bochs/kcpu.h \
	tests/bochs/kconsole.h \
	tests/bochs/run-bochs-svm.sh

clean-local: clean-local-bochs-svm
clean-local-bochs-svm:
	-rm -rf tests/bochs/run-svm $(BOCHS_SVM_KERNEL)

dist-hook: dist-hook-bochs-svm
dist-hook-bochs-svm:
	-rm -rf $(distdir)/tests/bochs/run-svm $(distdir)/$(BOCHS_SVM_KERNEL) \
		$(distdir)/tests/bochs/run-bochs-svm.log \
		$(distdir)/tests/bochs/run-bochs-svm.trs

.PHONY: clean-local-bochs-svm dist-hook-bochs-svm
