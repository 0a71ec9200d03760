# SPDX-License-Identifier: MIT
# tests/fuzz/local.mk - the generator under bad input (issue 7): fuzzed
# specs (hypothesis), hostile YAML, interrupted and failed writes, many
# errors at once and their messages.  Included at the end of Makefile.am:
#
#	include $(srcdir)/tests/fuzz/local.mk
#
# make check runs each test bounded (the fuzzing with a fixed seed);
# make fuzz-long runs the long campaign and prints its figures:
#   10,000 fuzzed specs (FUZZ_EXAMPLES=N for another number, FUZZ_SEED=N)
#   and 400 runs killed with SIGKILL after random delays (FUZZ_KILLS=N).

TESTS += \
	tests/fuzz/spec-fuzz.py \
	tests/fuzz/hostile-yaml.py \
	tests/fuzz/writes.py \
	tests/fuzz/diagnostics.py

FUZZ_EXAMPLES = 10000
FUZZ_SEED = 20240607
FUZZ_KILLS = 400
fuzz-long:
	$(AM_TESTS_ENVIRONMENT) $(PYTHON) $(srcdir)/tests/fuzz/spec-fuzz.py --long \
		--examples $(FUZZ_EXAMPLES) --seed $(FUZZ_SEED)
	$(AM_TESTS_ENVIRONMENT) $(PYTHON) $(srcdir)/tests/fuzz/writes.py --long \
		--runs $(FUZZ_KILLS)
.PHONY: fuzz-long
