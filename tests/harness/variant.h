/* SPDX-License-Identifier: MIT */
/*
 * Which build of a harness program this is: the compiler, and the level
 * or sanitizer from -DHARNESS_VARIANT=O2 (O0, O3, Os, asan), and " hook"
 * with -DHARNESS_FAULT_HOOK.  Every TAP line starts with the label,
 * "gcc -O2", "clang asan" or "gcc -O0 hook".
 */
#ifndef HARNESS_VARIANT_H
#define HARNESS_VARIANT_H

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "tap.h"

#ifdef __clang__
#define COMPILER "clang"
#else
#define COMPILER "gcc"
#endif
#define STR(x) #x
#define XSTR(x) STR(x)
#ifndef HARNESS_VARIANT
#define HARNESS_VARIANT unnamed
#endif

#ifdef HARNESS_FAULT_HOOK
#define HOOK_LABEL " hook"	/* built with a fault hook: -DHARNESS_FAULT_HOOK */
#else
#define HOOK_LABEL ""
#endif

static char variant[40];

/* Set the label, and check that the flags took effect (not CFLAGS). */
static void variant_check(void)
{
	const char *want = XSTR(HARNESS_VARIANT);
	bool asan = false;
#if defined(__SANITIZE_ADDRESS__)
	asan = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
	asan = true;
#endif
#endif
#ifndef __OPTIMIZE__
	const char *level = "O0";
#elif defined(__OPTIMIZE_SIZE__)
	const char *level = "Os";
#else
	const char *level = "O2 O3";
#endif

	if (!strcmp(want, "asan")) {
		snprintf(variant, sizeof(variant), "%s asan", COMPILER);
		tap_ok(asan, "%s: built with AddressSanitizer", variant);
	} else {
		snprintf(variant, sizeof(variant), "%s -%s%s", COMPILER, want,
			 HOOK_LABEL);
		tap_ok(strstr(level, want) != NULL, "%s: built as -%s", variant,
		       want);
	}
}

#endif /* HARNESS_VARIANT_H */
