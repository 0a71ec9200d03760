/* SPDX-License-Identifier: MIT */
/*
 * dumpcheck.h - what the Bochs kernels look for in the lines of a
 * generated dump (vmx_vmcs_dump() in exits.c, svm_vmcb_dump_fields() in
 * svm.c): a line "<name> = 0x<value> <part> <part> ..." that has a given
 * decoded part.  Include it once, after kprintf() exists.
 */
#ifndef TESTS_BOCHS_DUMPCHECK_H
#define TESTS_BOCHS_DUMPCHECK_H

#ifndef ARRAY_SIZE
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#endif

struct dump_want {
	const char *name;	/* the line's name */
	const char *part;	/* a decoded part it must have */
	int found;
};

/* Whether @line is "<name> = ..." with @part as one of its parts. */
static int dump_has(const char *line, const char *name, const char *part)
{
	unsigned int i, j, n = 0;

	for (i = 0; name[i]; i++)
		if (line[i] != name[i])
			return 0;
	if (line[i] != ' ' || line[i + 1] != '=')
		return 0;
	while (part[n])
		n++;
	for (; line[i]; i++) {
		if (line[i] != ' ')
			continue;
		for (j = 0; j < n && line[i + 1 + j] == part[j]; j++)
			;
		if (j == n && (line[i + 1 + n] == ' ' || !line[i + 1 + n]))
			return 1;
	}
	return 0;
}

/* What one dump must show, and what it showed. */
struct dump_check {
	struct dump_want *wants;
	unsigned int nr_wants;
	const char *marker;	/* "VMXT" or "SVMT", on the lines shown */
	unsigned int lines;	/* how many the dump printed */
};

/*
 * The dump's print callback, @ctx a struct dump_check: count @line, mark
 * every want it has and show it once if it had any.
 */
static void dump_check_line(void *ctx, const char *line)
{
	struct dump_check *check = ctx;
	struct dump_want *want = check->wants;
	unsigned int i, shown = 0;

	check->lines++;
	for (i = 0; i < check->nr_wants; i++)
		if (want[i].part && dump_has(line, want[i].name, want[i].part)) {
			want[i].found = 1;
			if (!shown++)
				kprintf("%s INFO dump %s\n", check->marker, line);
		}
}

/* The first want no line had (its part), or NULL. */
static const char *dump_missing(const struct dump_check *check)
{
	const struct dump_want *want = check->wants;
	unsigned int i;

	for (i = 0; i < check->nr_wants; i++)
		if (!want[i].found)
			return want[i].part ? want[i].part : want[i].name;
	return 0;
}

#endif /* TESTS_BOCHS_DUMPCHECK_H */
