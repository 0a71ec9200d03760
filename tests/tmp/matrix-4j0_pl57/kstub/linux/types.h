/* Stub of the kernel's <linux/types.h>: just what vmxgen needs. */
typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
