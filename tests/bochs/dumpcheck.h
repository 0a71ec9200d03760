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

/*
 * Mark every want @line has; show the line (with @marker, "VMXT" or
 * "SVMT") once if it had any.
 */
static void dump_check(struct dump_want *wants, unsigned int n,
		       const char *marker, const char *line)
{
	unsigned int i, shown = 0;

	for (i = 0; i < n; i++)
		if (wants[i].part && dump_has(line, wants[i].name, wants[i].part)) {
			wants[i].found = 1;
			if (!shown++)
				kprintf("%s INFO dump %s\n", marker, line);
		}
}

/* The first want no line had (its part), or NULL. */
static const char *dump_missing(const struct dump_want *wants, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		if (!wants[i].found)
			return wants[i].part ? wants[i].part : wants[i].name;
	return 0;
}

#endif /* TESTS_BOCHS_DUMPCHECK_H */
