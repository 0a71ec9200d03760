/* SPDX-License-Identifier: MIT */
/*
 * The line formatter of the generated dumps (<isa>_dump.h): one copy for
 * every ISA, since only the longest line differs between them, and that
 * is the caller's buffer.
 *
 * Hand-written, like vmx_compat.h.  Freestanding: no libc.  The four
 * helpers are VMXGEN_OUT_OF_LINE: a dump calls them from hundreds of
 * places, which inlined would double its code.
 */
#ifndef VMXGEN_DUMP_LINE_H
#define VMXGEN_DUMP_LINE_H

#include <vmxgen/vmx_compat.h>

/**
 * struct vmxgen_dump_line - a dump line being built
 * @text: the caller's buffer, always NUL-terminated
 * @len: the length of the text in it
 * @size: its size: the text is cut at @size - 1 characters
 *
 * The length is kept so that appending does not walk the line again.
 */
struct vmxgen_dump_line {
	char *text;
	unsigned int len;
	unsigned int size;
};

/**
 * vmxgen_dump_put() - append a string to a dump line
 * @line: the line
 * @s: the string, NUL-terminated
 */
static VMXGEN_OUT_OF_LINE void vmxgen_dump_put(struct vmxgen_dump_line *line,
					       const char *s)
{
	if (!line->size)	/* no room even for the NUL */
		return;
	while (*s && line->len < line->size - 1)
		line->text[line->len++] = *s++;
	line->text[line->len] = '\0';
}

/**
 * vmxgen_dump_hex() - append "0x" and a value in hex
 * @line: the line
 * @value: the value
 * @digits: the fewest digits to print (leading zeros; at most 16 are)
 */
static VMXGEN_OUT_OF_LINE void vmxgen_dump_hex(struct vmxgen_dump_line *line,
					       vmx_u64 value,
					       unsigned int digits)
{
	char text[19];
	unsigned int i = sizeof(text) - 1;

	text[i] = '\0';
	do {
		text[--i] = "0123456789abcdef"[value & 0xf];
		value >>= 4;
	} while (i > 2 && (value || sizeof(text) - 1 - i < digits));
	text[--i] = 'x';
	text[--i] = '0';
	vmxgen_dump_put(line, text + i);
}

/**
 * vmxgen_dump_field() - append " <field>=0x<value>"
 * @line: the line
 * @field: the name of a field of more than one bit
 * @value: its value
 */
static VMXGEN_OUT_OF_LINE void vmxgen_dump_field(struct vmxgen_dump_line *line,
						 const char *field,
						 vmx_u64 value)
{
	vmxgen_dump_put(line, " ");
	vmxgen_dump_put(line, field);
	vmxgen_dump_put(line, "=");
	vmxgen_dump_hex(line, value, 1);
}

/**
 * vmxgen_dump_name() - append " <name>", unless there is no name
 * @line: the line
 * @name: the name, or NULL for a value the spec does not name
 */
static VMXGEN_OUT_OF_LINE void vmxgen_dump_name(struct vmxgen_dump_line *line,
						const char *name)
{
	if (!name)
		return;
	vmxgen_dump_put(line, " ");
	vmxgen_dump_put(line, name);
}

#endif /* VMXGEN_DUMP_LINE_H */
