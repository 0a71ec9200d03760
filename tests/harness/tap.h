/* SPDX-License-Identifier: MIT */
/*
 * A small TAP producer: one "ok"/"not ok" line per check, diagnostics as
 * "#" lines, and the plan at the end.
 */
#ifndef HARNESS_TAP_H
#define HARNESS_TAP_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>

static unsigned int tap_count, tap_failures;

static void tap_start(void)
{
	/* Keep what was printed if the program dies. */
	setvbuf(stdout, NULL, _IOLBF, 0);
}

static void tap_line(const char *status, const char *directive,
		     const char *fmt, va_list ap)
{
	printf("%s %u - ", status, ++tap_count);
	vprintf(fmt, ap);
	if (directive)
		printf(" # %s", directive);
	putchar('\n');
}

static __attribute__((format(printf, 2, 3)))
bool tap_ok(bool ok, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	tap_line(ok ? "ok" : "not ok", NULL, fmt, ap);
	va_end(ap);
	if (!ok)
		tap_failures++;
	return ok;
}

static __attribute__((format(printf, 2, 3)))
void tap_skip(const char *reason, const char *fmt, ...)
{
	char directive[256];
	va_list ap;

	snprintf(directive, sizeof(directive), "SKIP %s", reason);
	va_start(ap, fmt);
	tap_line("ok", directive, fmt, ap);
	va_end(ap);
}

static __attribute__((format(printf, 1, 2)))
void tap_diag(const char *fmt, ...)
{
	va_list ap;

	fputs("# ", stdout);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

static int tap_done(void)
{
	printf("1..%u\n", tap_count);
	return tap_failures ? 1 : 0;
}

#endif /* HARNESS_TAP_H */
