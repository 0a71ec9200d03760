# SPDX-License-Identifier: MIT
# tests/harness/local.mk - run every generated wrapper against a user-mode
# trap-and-emulate "CPU" (issue 3, part 3; see tests/harness/emu.h).
# Included from the top-level Makefile.am, after its TESTS, CLEANFILES,
# EXTRA_DIST, SPEC_INPUTS and clean-local/dist-hook definitions:
#
#	include $(srcdir)/tests/harness/local.mk
#
# It sets check_PROGRAMS and MOSTLYCLEANFILES with '=' (add to them after
# the include).  Uses from configure: the HAVE_ZYDIS conditional,
# ZYDIS_LIBS, GNU_CC and CLANG (each empty if not found), PYTHON, MKDIR_P;
# and GNU make.
#
# cases.c (every wrapper of every ISA in the spec, every outcome; the cases
# are generated from the spec into spec-cases.h) is built for gcc and clang
# at -O0, -O2, -O3 and -Os, once more with $(CC) under ASan and UBSan, and
# for gcc and clang at -O0 and -O2 with a fault hook (hook-*: the wrappers
# record VMXGEN_FAULT_HOOK's table, and each gets a case in which its
# instruction faults and the "CPU" resumes at the recorded fixup);
# fields.c (the typed VMCS accessors) for gcc and clang at -O2; dump.c
# (the generated VMCS and VMCB dumps, against lines spec-dump.h derives
# from the spec) for gcc and clang at -O2; entry.c
# (vmx_run_guest(), generated/vmxgen/vmx_entry.S, with entry-call.S, and
# tdxm_vp_enter(), tdxm_entry.S, with td-entry-call.S, all
# assembled by the variant's compiler) for gcc and clang at -O0 and -O2,
# under ASan and UBSan, and at -O2 with the hooks of entry-hook.S
# (entry-hook-*: the fault hook's table and the entry hooks).  They are
# compiled by the rules below, not by automake, so that each variant gets
# its own compiler and level, which CFLAGS cannot override (variant.h
# checks).  A variant whose compiler configure did not find builds
# missing.c instead, which skips with the reason.  emu.c, the "CPU", is
# built once with $(CC) and $(CFLAGS).

HARNESS_SRCS = \
	tests/harness/local.mk \
	tests/harness/gen-table.py \
	tests/harness/specread.py \
	tests/harness/spec.h \
	tests/harness/emu.h \
	tests/harness/emu.c \
	tests/harness/tap.h \
	tests/harness/variant.h \
	tests/harness/cases.c \
	tests/harness/fields.c \
	tests/harness/dump.c \
	tests/harness/dumpread.py \
	tests/harness/entry.c \
	tests/harness/entry-call.S \
	tests/harness/td-entry-call.S \
	tests/harness/entry-hook.S \
	tests/harness/entry-hook.h \
	tests/harness/missing.c \
	tests/harness/no-zydis.sh
EXTRA_DIST += $(HARNESS_SRCS)

if HAVE_ZYDIS

harness_tests = \
	tests/harness/gcc-O0 tests/harness/gcc-O2 \
	tests/harness/gcc-O3 tests/harness/gcc-Os \
	tests/harness/clang-O0 tests/harness/clang-O2 \
	tests/harness/clang-O3 tests/harness/clang-Os \
	tests/harness/asan \
	tests/harness/hook-gcc-O0 tests/harness/hook-gcc-O2 \
	tests/harness/hook-clang-O0 tests/harness/hook-clang-O2 \
	tests/harness/fields-gcc-O2 tests/harness/fields-clang-O2 \
	tests/harness/dump-gcc-O2 tests/harness/dump-clang-O2 \
	tests/harness/entry-gcc-O0 tests/harness/entry-gcc-O2 \
	tests/harness/entry-clang-O0 tests/harness/entry-clang-O2 \
	tests/harness/entry-asan \
	tests/harness/entry-hook-gcc-O2 tests/harness/entry-hook-clang-O2
check_PROGRAMS = $(harness_tests)
# Built a job per core before the tests (check-build in Makefile.am), the
# slowest compiles first: cases.c under ASan takes 4.6 s, fields.c 2 s
# with either compiler.
check_build += tests/harness/asan$(EXEEXT) \
	tests/harness/fields-gcc-O2$(EXEEXT) \
	tests/harness/fields-clang-O2$(EXEEXT) $(check_PROGRAMS)
TESTS += $(harness_tests)

# Each program is its test object plus the "CPU".
harness_emu = tests/harness/emu.$(OBJEXT) $(ZYDIS_LIBS)
tests_harness_gcc_O0_SOURCES =
tests_harness_gcc_O0_LDADD = tests/harness/cases-gcc-O0.$(OBJEXT) $(harness_emu)
tests_harness_gcc_O2_SOURCES =
tests_harness_gcc_O2_LDADD = tests/harness/cases-gcc-O2.$(OBJEXT) $(harness_emu)
tests_harness_gcc_O3_SOURCES =
tests_harness_gcc_O3_LDADD = tests/harness/cases-gcc-O3.$(OBJEXT) $(harness_emu)
tests_harness_gcc_Os_SOURCES =
tests_harness_gcc_Os_LDADD = tests/harness/cases-gcc-Os.$(OBJEXT) $(harness_emu)
tests_harness_clang_O0_SOURCES =
tests_harness_clang_O0_LDADD = tests/harness/cases-clang-O0.$(OBJEXT) $(harness_emu)
tests_harness_clang_O2_SOURCES =
tests_harness_clang_O2_LDADD = tests/harness/cases-clang-O2.$(OBJEXT) $(harness_emu)
tests_harness_clang_O3_SOURCES =
tests_harness_clang_O3_LDADD = tests/harness/cases-clang-O3.$(OBJEXT) $(harness_emu)
tests_harness_clang_Os_SOURCES =
tests_harness_clang_Os_LDADD = tests/harness/cases-clang-Os.$(OBJEXT) $(harness_emu)
tests_harness_hook_gcc_O0_SOURCES =
tests_harness_hook_gcc_O0_LDADD = tests/harness/cases-hook-gcc-O0.$(OBJEXT) $(harness_emu)
tests_harness_hook_gcc_O2_SOURCES =
tests_harness_hook_gcc_O2_LDADD = tests/harness/cases-hook-gcc-O2.$(OBJEXT) $(harness_emu)
tests_harness_hook_clang_O0_SOURCES =
tests_harness_hook_clang_O0_LDADD = tests/harness/cases-hook-clang-O0.$(OBJEXT) $(harness_emu)
tests_harness_hook_clang_O2_SOURCES =
tests_harness_hook_clang_O2_LDADD = tests/harness/cases-hook-clang-O2.$(OBJEXT) $(harness_emu)
tests_harness_fields_gcc_O2_SOURCES =
tests_harness_fields_gcc_O2_LDADD = tests/harness/fields-gcc-O2.$(OBJEXT) $(harness_emu)
tests_harness_fields_clang_O2_SOURCES =
tests_harness_fields_clang_O2_LDADD = tests/harness/fields-clang-O2.$(OBJEXT) $(harness_emu)
tests_harness_dump_gcc_O2_SOURCES =
tests_harness_dump_gcc_O2_LDADD = tests/harness/dump-gcc-O2.$(OBJEXT) $(harness_emu)
tests_harness_dump_clang_O2_SOURCES =
tests_harness_dump_clang_O2_LDADD = tests/harness/dump-clang-O2.$(OBJEXT) $(harness_emu)

# The entry programs: the test, the generated functions (VMX's and the
# TDX module's), their callers.
harness_entry_gcc = tests/harness/as-vmx_entry-gcc.$(OBJEXT) \
	tests/harness/as-tdxm_entry-gcc.$(OBJEXT) \
	tests/harness/as-entry-call-gcc.$(OBJEXT) \
	tests/harness/as-td-entry-call-gcc.$(OBJEXT) $(harness_emu)
harness_entry_clang = tests/harness/as-vmx_entry-clang.$(OBJEXT) \
	tests/harness/as-tdxm_entry-clang.$(OBJEXT) \
	tests/harness/as-entry-call-clang.$(OBJEXT) \
	tests/harness/as-td-entry-call-clang.$(OBJEXT) $(harness_emu)
tests_harness_entry_gcc_O0_SOURCES =
tests_harness_entry_gcc_O0_LDADD = tests/harness/entry-gcc-O0.$(OBJEXT) $(harness_entry_gcc)
tests_harness_entry_gcc_O2_SOURCES =
tests_harness_entry_gcc_O2_LDADD = tests/harness/entry-gcc-O2.$(OBJEXT) $(harness_entry_gcc)
tests_harness_entry_clang_O0_SOURCES =
tests_harness_entry_clang_O0_LDADD = tests/harness/entry-clang-O0.$(OBJEXT) $(harness_entry_clang)
tests_harness_entry_clang_O2_SOURCES =
tests_harness_entry_clang_O2_LDADD = tests/harness/entry-clang-O2.$(OBJEXT) $(harness_entry_clang)
tests_harness_entry_hook_gcc_O2_SOURCES =
tests_harness_entry_hook_gcc_O2_LDADD = tests/harness/entry-hook-gcc-O2.$(OBJEXT) \
	tests/harness/as-hooked-gcc.$(OBJEXT) \
	tests/harness/as-entry-call-gcc.$(OBJEXT) \
	tests/harness/as-td-entry-call-gcc.$(OBJEXT) $(harness_emu)
tests_harness_entry_hook_clang_O2_SOURCES =
tests_harness_entry_hook_clang_O2_LDADD = tests/harness/entry-hook-clang-O2.$(OBJEXT) \
	tests/harness/as-hooked-clang.$(OBJEXT) \
	tests/harness/as-entry-call-clang.$(OBJEXT) \
	tests/harness/as-td-entry-call-clang.$(OBJEXT) $(harness_emu)

harness_sanitize = -fsanitize=address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer
tests_harness_asan_SOURCES =
tests_harness_asan_LDADD = tests/harness/asan-cases.$(OBJEXT) \
	tests/harness/asan-emu.$(OBJEXT) $(ZYDIS_LIBS)
tests_harness_asan_LDFLAGS = $(harness_sanitize)
tests_harness_entry_asan_SOURCES =
tests_harness_entry_asan_LDADD = tests/harness/asan-entry.$(OBJEXT) \
	tests/harness/as-vmx_entry-cc.$(OBJEXT) \
	tests/harness/as-tdxm_entry-cc.$(OBJEXT) \
	tests/harness/as-entry-call-cc.$(OBJEXT) \
	tests/harness/as-td-entry-call-cc.$(OBJEXT) \
	tests/harness/asan-emu.$(OBJEXT) $(ZYDIS_LIBS)
tests_harness_entry_asan_LDFLAGS = $(harness_sanitize)

harness_cppflags = -I$(builddir)/tests/harness -I$(top_srcdir)/tests/harness \
	-I$(top_srcdir)/generated -I$(top_srcdir)/include
harness_cflags = -std=gnu11 -g -Wall -Wextra
harness_deps = tests/harness/spec-table.h tests/harness/spec-cases.h \
	tests/harness/spec-dump.h \
	$(top_srcdir)/tests/harness/spec.h $(top_srcdir)/tests/harness/emu.h \
	$(top_srcdir)/tests/harness/tap.h $(top_srcdir)/tests/harness/variant.h \
	vmxgen.stamp $(wildcard $(top_srcdir)/generated/vmxgen/*.h) \
	$(wildcard $(top_srcdir)/include/vmxgen/*.h)

# The spec as a C table (what the "CPU" checks each instruction against)
# and as case functions (one per wrapper), both written by one run of
# gen-table.py; spec-cases.h is remade with the table if it went missing.
tests/harness/spec-table.h: $(top_srcdir)/tests/harness/gen-table.py \
		$(top_srcdir)/tests/harness/specread.py \
		$(top_srcdir)/tests/harness/dumpread.py $(SPEC_INPUTS)
	@$(MKDIR_P) tests/harness
	$(AM_V_GEN)$(PYTHON) $(top_srcdir)/tests/harness/gen-table.py \
		$(top_srcdir)/spec tests/harness
tests/harness/spec-cases.h tests/harness/spec-dump.h: tests/harness/spec-table.h
	@test -f $@ || { rm -f tests/harness/spec-table.h; \
		$(MAKE) $(AM_MAKEFLAGS) tests/harness/spec-table.h; }

tests/harness/emu.$(OBJEXT): $(top_srcdir)/tests/harness/emu.c $(harness_deps)
	$(AM_V_CC)$(CC) $(harness_cppflags) $(CPPFLAGS) $(harness_cflags) \
		$(CFLAGS) -c -o $@ $(top_srcdir)/tests/harness/emu.c

tests/harness/asan-%.$(OBJEXT): $(top_srcdir)/tests/harness/%.c $(harness_deps)
	$(AM_V_CC)$(CC) $(harness_cppflags) $(CPPFLAGS) $(harness_cflags) \
		$(CFLAGS) $(harness_sanitize) -DHARNESS_VARIANT=asan \
		-c -o $@ $(top_srcdir)/tests/harness/$*.c

# FILE-COMPILER-LEVEL.o from FILE.c: $(1) is FILE, $(2) the compiler's
# name, $(3) its command (empty if configure did not find it), $(4) more
# flags; $* is the level.
harness_compile = if test -n "$(3)"; then \
		$(3) $(harness_cppflags) $(CPPFLAGS) $(harness_cflags) -$* \
			-DHARNESS_VARIANT=$* $(4) -c -o $@ \
			$(top_srcdir)/tests/harness/$(1).c; \
	else \
		$(CC) $(CPPFLAGS) $(CFLAGS) -DHARNESS_MISSING=$(2) -c -o $@ \
			$(top_srcdir)/tests/harness/missing.c; \
	fi

tests/harness/cases-hook-gcc-%.$(OBJEXT): $(top_srcdir)/tests/harness/cases.c $(harness_deps)
	$(AM_V_CC)$(call harness_compile,cases,gcc,$(GNU_CC),-DHARNESS_FAULT_HOOK)
tests/harness/cases-hook-clang-%.$(OBJEXT): $(top_srcdir)/tests/harness/cases.c $(harness_deps)
	$(AM_V_CC)$(call harness_compile,cases,clang,$(CLANG),-DHARNESS_FAULT_HOOK)
tests/harness/cases-gcc-%.$(OBJEXT): $(top_srcdir)/tests/harness/cases.c $(harness_deps)
	$(AM_V_CC)$(call harness_compile,cases,gcc,$(GNU_CC))
tests/harness/cases-clang-%.$(OBJEXT): $(top_srcdir)/tests/harness/cases.c $(harness_deps)
	$(AM_V_CC)$(call harness_compile,cases,clang,$(CLANG))
tests/harness/entry-hook-gcc-%.$(OBJEXT): $(top_srcdir)/tests/harness/entry.c $(harness_deps)
	$(AM_V_CC)$(call harness_compile,entry,gcc,$(GNU_CC),-DHARNESS_FAULT_HOOK)
tests/harness/entry-hook-clang-%.$(OBJEXT): $(top_srcdir)/tests/harness/entry.c $(harness_deps)
	$(AM_V_CC)$(call harness_compile,entry,clang,$(CLANG),-DHARNESS_FAULT_HOOK)
tests/harness/entry-gcc-%.$(OBJEXT): $(top_srcdir)/tests/harness/entry.c $(harness_deps)
	$(AM_V_CC)$(call harness_compile,entry,gcc,$(GNU_CC))
tests/harness/entry-clang-%.$(OBJEXT): $(top_srcdir)/tests/harness/entry.c $(harness_deps)
	$(AM_V_CC)$(call harness_compile,entry,clang,$(CLANG))

# as-FILE-COMPILER.o from FILE.S, assembled by the compiler ($* names it:
# gcc, clang, or cc for $(CC)); an empty object if configure did not find
# it (the variant is then missing.c, which skips).  $(1) is the source.
harness_as_gcc = $(GNU_CC)
harness_as_clang = $(CLANG)
harness_as_cc = $(CC)
harness_assemble = if test -n "$(harness_as_$*)"; then \
		$(harness_as_$*) $(harness_cppflags) $(CPPFLAGS) -c -o $@ $(1); \
	else \
		$(CC) -c -o $@ -x c /dev/null; \
	fi
tests/harness/as-vmx_entry-%.$(OBJEXT): $(top_srcdir)/generated/vmxgen/vmx_entry.S $(harness_deps)
	$(AM_V_CC)$(call harness_assemble,$(top_srcdir)/generated/vmxgen/vmx_entry.S)
tests/harness/as-tdxm_entry-%.$(OBJEXT): $(top_srcdir)/generated/vmxgen/tdxm_entry.S $(harness_deps)
	$(AM_V_CC)$(call harness_assemble,$(top_srcdir)/generated/vmxgen/tdxm_entry.S)
tests/harness/as-hooked-%.$(OBJEXT): $(top_srcdir)/tests/harness/entry-hook.S \
		$(top_srcdir)/tests/harness/entry-hook.h \
		$(top_srcdir)/generated/vmxgen/vmx_entry.S \
		$(top_srcdir)/generated/vmxgen/tdxm_entry.S $(harness_deps)
	$(AM_V_CC)$(call harness_assemble,$(top_srcdir)/tests/harness/entry-hook.S)
tests/harness/as-entry-call-%.$(OBJEXT): $(top_srcdir)/tests/harness/entry-call.S
	@$(MKDIR_P) tests/harness
	$(AM_V_CC)$(call harness_assemble,$(top_srcdir)/tests/harness/entry-call.S)
tests/harness/as-td-entry-call-%.$(OBJEXT): $(top_srcdir)/tests/harness/td-entry-call.S \
		$(top_srcdir)/tests/harness/entry-call.S
	@$(MKDIR_P) tests/harness
	$(AM_V_CC)$(call harness_assemble,$(top_srcdir)/tests/harness/td-entry-call.S)

tests/harness/fields-gcc-%.$(OBJEXT): $(top_srcdir)/tests/harness/fields.c $(harness_deps)
	$(AM_V_CC)$(call harness_compile,fields,gcc,$(GNU_CC))
tests/harness/fields-clang-%.$(OBJEXT): $(top_srcdir)/tests/harness/fields.c $(harness_deps)
	$(AM_V_CC)$(call harness_compile,fields,clang,$(CLANG))
tests/harness/dump-gcc-%.$(OBJEXT): $(top_srcdir)/tests/harness/dump.c $(harness_deps)
	$(AM_V_CC)$(call harness_compile,dump,gcc,$(GNU_CC))
tests/harness/dump-clang-%.$(OBJEXT): $(top_srcdir)/tests/harness/dump.c $(harness_deps)
	$(AM_V_CC)$(call harness_compile,dump,clang,$(CLANG))

MOSTLYCLEANFILES = tests/harness/*.$(OBJEXT)
CLEANFILES += tests/harness/spec-table.h tests/harness/spec-cases.h \
	tests/harness/spec-dump.h

else !HAVE_ZYDIS

TESTS += tests/harness/no-zydis.sh

endif !HAVE_ZYDIS

# An in-tree build leaves these in $(srcdir)/tests/harness: keep them out
# of the tarball (EXTRA_DIST may name the whole tests directory).
dist-hook: dist-hook-harness
dist-hook-harness:
	-cd $(distdir)/tests/harness && rm -f *.o *.log *.trs .dirstamp spec-table.h spec-cases.h \
		spec-dump.h gcc-O? clang-O? hook-gcc-O? hook-clang-O? asan \
		fields-gcc-O2 fields-clang-O2 dump-gcc-O2 dump-clang-O2 entry-gcc-O? entry-clang-O? entry-asan \
		entry-hook-gcc-O2 entry-hook-clang-O2

.PHONY: dist-hook-harness
