/* SPDX-License-Identifier: MIT */
/*
 * kconsole.h - port I/O, COM1 (mirrored to the Bochs debug port 0xE9) and a
 * minimal printf, shared by the Bochs test kernels (kernel.c for VMX, and
 * svm.c through klib.h).  Include it once, after u8, u16 and u64 exist
 * and after <vmxgen/hostx.h>.
 */
#ifndef TESTS_BOCHS_KCONSOLE_H
#define TESTS_BOCHS_KCONSOLE_H

static inline void outb(u16 port, u8 v)
{
	hostx_outb(port, v);
}

static inline u8 inb(u16 port)
{
	u8 v = 0;	/* what a faulting IN (fault hook) gives */

	hostx_inb(port, &v);
	return v;
}

#define COM1 0x3F8

static void serial_init(void)
{
	outb(COM1 + 1, 0x00);	/* no interrupts */
	outb(COM1 + 3, 0x80);	/* DLAB */
	outb(COM1 + 0, 0x01);	/* 115200 baud */
	outb(COM1 + 1, 0x00);
	outb(COM1 + 3, 0x03);	/* 8 data bits, no parity, 1 stop bit */
	outb(COM1 + 2, 0xC7);	/* FIFO on */
	outb(COM1 + 4, 0x03);
}

static void con_putc(char c)
{
	int spin = 100000;

	while (!(inb(COM1 + 5) & 0x20) && --spin)
		;
	outb(COM1, (u8)c);
	outb(0xE9, (u8)c);
}

/* Wait until the UART has sent everything (LSR.TEMT), before power-off. */
static void serial_flush(void)
{
	int spin = 1000000;

	while (!(inb(COM1 + 5) & 0x40) && --spin)
		;
}

static void con_puts(const char *s)
{
	while (*s)
		con_putc(*s++);
}

static void put_u(u64 v, unsigned int base)
{
	char buf[24];
	int i = 0;

	do {
		buf[i++] = "0123456789abcdef"[v % base];
		v /= base;
	} while (v);
	while (i)
		con_putc(buf[--i]);
}

/* %s %c %d %u %x (%lx/%llx accepted; all integers are read as 64-bit). */
static void kvprintf(const char *fmt, __builtin_va_list ap)
{
	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			con_putc(*fmt);
			continue;
		}
		fmt++;
		while (*fmt == 'l')
			fmt++;
		switch (*fmt) {
		case 's': {
			const char *s = __builtin_va_arg(ap, const char *);

			con_puts(s ? s : "(null)");
			break;
		}
		case 'c':
			con_putc((char)__builtin_va_arg(ap, int));
			break;
		case 'd': {
			long long v = __builtin_va_arg(ap, long long);

			if (v < 0) {
				con_putc('-');
				v = -v;
			}
			put_u((u64)v, 10);
			break;
		}
		case 'u':
			put_u(__builtin_va_arg(ap, u64), 10);
			break;
		case 'x':
			con_puts("0x");
			put_u(__builtin_va_arg(ap, u64), 16);
			break;
		case '%':
			con_putc('%');
			break;
		default:
			con_putc('?');
			break;
		}
	}
}

#endif /* TESTS_BOCHS_KCONSOLE_H */
