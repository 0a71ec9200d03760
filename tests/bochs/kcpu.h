/* SPDX-License-Identifier: MIT */
/*
 * kcpu.h - the CPU helpers of both Bochs test kernels (kernel.h's VMX
 * kernel, klib.h's SVM kernel): the generated hostx_*() wrappers in the
 * names the kernels use, each giving what a faulting instruction gives
 * under the fault hook (0) rather than stack garbage.  Included after
 * u32 and u64 exist and <vmxgen/hostx.h> is in.
 */
#ifndef TESTS_BOCHS_KCPU_H
#define TESTS_BOCHS_KCPU_H

static inline u64 rdmsr(u32 msr)
{
	u32 lo = 0, hi = 0;	/* a faulting RDMSR (fault hook) reads as 0 */

	hostx_rdmsr(msr, &lo, &hi);
	return ((u64)hi << 32) | lo;
}

static inline void wrmsr(u32 msr, u64 v)
{
	hostx_wrmsr(msr, (u32)v, (u32)(v >> 32));
}

static inline void cpuid(u32 leaf, u32 sub, u32 r[4])
{
	r[0] = r[1] = r[2] = r[3] = 0;	/* what a faulting CPUID (fault hook) gives */
	hostx_cpuid(leaf, sub, &r[0], &r[1], &r[2], &r[3]);
}

#define DEFINE_READ_CR(n)						\
	static inline u64 read_cr##n(void)				\
	{								\
		unsigned long v = 0;					\
									\
		hostx_read_cr##n(&v);					\
		return v;						\
	}
#define DEFINE_WRITE_CR(n)						\
	static inline void write_cr##n(unsigned long v)			\
	{								\
		hostx_write_cr##n(v);					\
	}
DEFINE_READ_CR(0)
DEFINE_READ_CR(3)
DEFINE_READ_CR(4)
DEFINE_WRITE_CR(0)
DEFINE_WRITE_CR(4)

/* GDTR and IDTR: the generated 10-byte pseudo-descriptor (limit, base). */

static inline void sgdt(struct hostx_pseudo_descriptor_64 *p)
{
	hostx_sgdt(p);
}

static inline void sidt(struct hostx_pseudo_descriptor_64 *p)
{
	hostx_sidt(p);
}

static inline u64 pa_of(const volatile void *p)	/* identity-mapped */
{
	return (u64)(unsigned long)p;
}

#endif /* TESTS_BOCHS_KCPU_H */
