// SPDX-License-Identifier: MIT
/*
 * Trap-and-emulate the spec's instructions in user mode: see emu.h.
 *
 * Everything the handler needs is set up by emu_init(); the handler itself
 * only decodes, copies and formats into fixed buffers.  The signals it
 * handles are synchronous, raised by the code between emu_begin() and
 * emu_end(), never from inside libc.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/uio.h>
#include <ucontext.h>
#include <unistd.h>

#include <Zydis/Zydis.h>

#include "emu.h"

#define X86_CF		0x0001
#define X86_PF		0x0004
#define X86_AF		0x0010
#define X86_ZF		0x0040
#define X86_SF		0x0080
#define X86_TF		0x0100
#define X86_FIXED	0x0002	/* RFLAGS bit 1, always set */
#define X86_OF		0x0800
#define X86_ARITH	(X86_CF | X86_PF | X86_AF | X86_ZF | X86_SF | X86_OF)

#define MAX_VMCS	8
#define MAX_FIELDS	256	/* a dump reads every field of the spec */

enum catch { CATCH_FAULT = 1, CATCH_STEP, CATCH_NONE };

struct vmcs {
	unsigned long long pa;
	bool launched;			/* launch state: launched, or clear */
	unsigned int nr_fields;
	struct {
		unsigned long field;
		unsigned long long value;
	} f[MAX_FIELDS];
};

struct step {
	enum spec_insn insn;
	int outcome;
	unsigned int error;
	unsigned int scripted;		/* bit i: operand i has a scripted value */
	unsigned long long output[SPEC_MAX_OPERANDS];
	bool has_status;
	unsigned long long status;
	/* VM exit after a successful VMLAUNCH/VMRESUME. */
	bool exit_scripted;
	unsigned int exit_reason;
	bool exit_gprs;			/* else the GPRs stay as they were */
	unsigned long long exit_gpr[EMU_NR_GPRS];
	unsigned int exit_keep;		/* bit i: GPR i stays as it was */
};

/* What the VMX model does with an instruction, by its C name. */
enum model {
	MODEL_NONE, MODEL_VMXON, MODEL_VMXOFF, MODEL_VMPTRLD, MODEL_VMCLEAR,
	MODEL_VMPTRST, MODEL_VMREAD, MODEL_VMWRITE, MODEL_VMFUNC,
	MODEL_VMLAUNCH, MODEL_VMRESUME,
};

static const char *const model_names[] = {
	[MODEL_VMXON] = "vmx_vmxon", [MODEL_VMXOFF] = "vmx_vmxoff",
	[MODEL_VMPTRLD] = "vmx_vmptrld", [MODEL_VMCLEAR] = "vmx_vmclear",
	[MODEL_VMPTRST] = "vmx_vmptrst", [MODEL_VMREAD] = "vmx_vmread",
	[MODEL_VMWRITE] = "vmx_vmwrite", [MODEL_VMFUNC] = "vmx_vmfunc",
	[MODEL_VMLAUNCH] = "vmx_vmlaunch", [MODEL_VMRESUME] = "vmx_vmresume",
};

/* Host-state fields the VM-entry path must write before each entry. */

static struct {
	ZydisDecoder decoder;
	ZydisMnemonic mnemonic[SPEC_NR_INSNS];
	enum model model[SPEC_NR_INSNS];
	enum catch catch[SPEC_NR_INSNS];
	int probe_signo[SPEC_NR_INSNS];
	char why[SPEC_NR_INSNS][160];
	struct sigaction old_ill, old_segv, old_trap;
	unsigned long page_size;

	/* The fault hook's table. */
	const struct emu_fixup *fixups, *fixups_end;

	/* The model. */
	bool in_vmx;
	unsigned long long current;
	unsigned int nr_vmcs;
	struct vmcs vmcs[MAX_VMCS];

	/* The script, and what happened. */
	struct step script[EMU_MAX_TRAPS];
	unsigned int nr_script;
	struct emu_trap traps[EMU_MAX_TRAPS];
	unsigned int nr_traps;

	/* emu_vmread_table(): VMREADs answered from the model. */
	bool vmread_table;
	unsigned int table_reads, table_bad;
	struct emu_trap table_trap;	/* the last of them */
	char table_first_bad[256];

	volatile sig_atomic_t stepping;
	volatile sig_atomic_t probing;
	volatile sig_atomic_t probed;
} emu;

/* --- Notes: appended in the handler, so no stdio there. --- */

static void append(struct emu_trap *t, const char *s)
{
	size_t len = strlen(t->bad);

	while (*s && len + 1 < sizeof(t->bad))
		t->bad[len++] = *s++;
	t->bad[len] = '\0';
}

/* Another way the trap differs from the spec or the script. */
static void note(struct emu_trap *t, const char *s)
{
	if (t->bad[0])
		append(t, "; ");
	append(t, s);
}

static void note_hex(struct emu_trap *t, const char *s, unsigned long long v)
{
	char buf[64], *p = buf + sizeof(buf);
	size_t n = strlen(s);

	*--p = '\0';
	do {
		*--p = "0123456789abcdef"[v & 15];
		v >>= 4;
	} while (v);
	*--p = 'x';
	*--p = '0';
	if (n > (size_t)(p - buf))
		n = p - buf;
	p -= n;
	memcpy(p, s, n);
	note(t, p);
}

/* --- The model. --- */

static const struct spec_vmcs_field *field_info(unsigned long field)
{
	size_t i;

	for (i = 0; i < sizeof(spec_vmcs_fields) / sizeof(spec_vmcs_fields[0]); i++)
		if (spec_vmcs_fields[i].encoding == field)
			return &spec_vmcs_fields[i];
	return NULL;
}

/* The VMCS at @pa, clear and empty the first time it is used. */
static struct vmcs *vmcs_at(unsigned long long pa)
{
	struct vmcs *v;
	unsigned int i;

	for (i = 0; i < emu.nr_vmcs; i++)
		if (emu.vmcs[i].pa == pa)
			return &emu.vmcs[i];
	if (pa == EMU_NO_VMCS || emu.nr_vmcs == MAX_VMCS)
		return NULL;
	v = &emu.vmcs[emu.nr_vmcs++];
	v->pa = pa;
	v->launched = false;
	v->nr_fields = 0;
	return v;
}

bool emu_vmcs_launched(unsigned long long pa)
{
	struct vmcs *v = vmcs_at(pa);

	return v && v->launched;
}

static unsigned long long *field_slot(unsigned long long pa,
				      unsigned long field)
{
	struct vmcs *v = vmcs_at(pa);
	unsigned int i;

	if (!v)
		return NULL;
	for (i = 0; i < v->nr_fields; i++)
		if (v->f[i].field == field)
			return &v->f[i].value;
	if (v->nr_fields == MAX_FIELDS)
		return NULL;
	v->f[i].field = field;
	v->f[i].value = 0;
	v->nr_fields++;
	return &v->f[i].value;
}

/*
 * Fields as the SDM stores them: VMWRITE truncates to the field's width,
 * VMREAD zero-extends, and an odd encoding of a 64-bit field is its high
 * half (Vol. 3D, Appendix B).
 */
static bool is_high_access(unsigned long field)
{
	const struct spec_vmcs_field *fi = field_info(field & ~1UL);

	return (field & 1) && fi && fi->width == 64;
}

unsigned long long emu_vmcs_get(unsigned long long vmcs, unsigned long field)
{
	bool high = is_high_access(field);
	unsigned long long *slot = field_slot(vmcs, high ? field & ~1UL : field);

	if (!slot)
		return 0;
	return high ? *slot >> 32 : *slot;
}

void emu_vmcs_set(unsigned long long vmcs, unsigned long field,
		  unsigned long long value)
{
	bool high = is_high_access(field);
	unsigned long long *slot = field_slot(vmcs, high ? field & ~1UL : field);
	const struct spec_vmcs_field *fi = field_info(field);

	if (!slot)
		return;
	if (high)
		*slot = (*slot & 0xffffffffULL) | (value << 32);
	else if (fi && fi->width && fi->width < 64)
		*slot = value & ((1ULL << fi->width) - 1);
	else
		*slot = value;
}

void emu_reset(bool in_vmx, unsigned long long current)
{
	emu.in_vmx = in_vmx;
	emu.current = current;
	emu.nr_vmcs = 0;
}

unsigned long long emu_current_vmcs(void)
{
	return emu.current;
}

bool emu_in_vmx(void)
{
	return emu.in_vmx;
}

/* --- Operands, as the CPU reads them. --- */

/* The signal context's slot of x86 register @num (0 = rAX ... 15 = r15). */
static int greg_of(int num)
{
	static const int map[16] = {
		REG_RAX, REG_RCX, REG_RDX, REG_RBX, REG_RSP, REG_RBP, REG_RSI,
		REG_RDI, REG_R8, REG_R9, REG_R10, REG_R11, REG_R12, REG_R13,
		REG_R14, REG_R15,
	};

	return num >= 0 && num < 16 ? map[num] : -1;
}

static int greg_index(ZydisRegister reg)
{
	static const ZydisRegister map[16] = {
		ZYDIS_REGISTER_RAX, ZYDIS_REGISTER_RCX, ZYDIS_REGISTER_RDX,
		ZYDIS_REGISTER_RBX, ZYDIS_REGISTER_RSP, ZYDIS_REGISTER_RBP,
		ZYDIS_REGISTER_RSI, ZYDIS_REGISTER_RDI, ZYDIS_REGISTER_R8,
		ZYDIS_REGISTER_R9, ZYDIS_REGISTER_R10, ZYDIS_REGISTER_R11,
		ZYDIS_REGISTER_R12, ZYDIS_REGISTER_R13, ZYDIS_REGISTER_R14,
		ZYDIS_REGISTER_R15,
	};
	int i;

	reg = ZydisRegisterGetLargestEnclosing(ZYDIS_MACHINE_MODE_LONG_64, reg);
	if (reg == ZYDIS_REGISTER_RIP)
		return REG_RIP;
	for (i = 0; i < 16; i++)
		if (map[i] == reg)
			return greg_of(i);
	return -1;
}

static unsigned long long width_mask(unsigned int bits)
{
	return bits >= 64 ? ~0ULL : (1ULL << bits) - 1;
}

static bool reg_read(struct emu_trap *t, const greg_t *gr, ZydisRegister reg,
		     unsigned long long *value)
{
	int g = greg_index(reg);

	if (g < 0) {
		note(t, "operand in a register the harness cannot read");
		return false;
	}
	*value = (unsigned long long)gr[g] &
		 width_mask(ZydisRegisterGetWidth(ZYDIS_MACHINE_MODE_LONG_64, reg));
	return true;
}

/*
 * A register write as the CPU does it in 64-bit mode: 32 bits zero-extend
 * into the whole register, 8 and 16 bits leave the rest alone.
 */
static void reg_write(greg_t *gr, int g, unsigned int width,
		      unsigned long long value)
{
	unsigned long long old = (unsigned long long)gr[g];

	if (width >= 32)
		gr[g] = (greg_t)(value & width_mask(width));
	else
		gr[g] = (greg_t)((old & ~width_mask(width)) |
				 (value & width_mask(width)));
}

static bool effective_address(struct emu_trap *t, const greg_t *gr,
			      const ZydisDecodedInstruction *in,
			      const ZydisDecodedOperand *op,
			      unsigned long long *addr)
{
	unsigned long long a = (unsigned long long)op->mem.disp.value, v;

	if (op->mem.segment == ZYDIS_REGISTER_FS ||
	    op->mem.segment == ZYDIS_REGISTER_GS) {
		note(t, "memory operand with an FS/GS segment");
		return false;
	}
	if (op->mem.base == ZYDIS_REGISTER_RIP ||
	    op->mem.base == ZYDIS_REGISTER_EIP) {
		a += (unsigned long long)gr[REG_RIP] + in->length;
	} else if (op->mem.base != ZYDIS_REGISTER_NONE) {
		if (!reg_read(t, gr, op->mem.base, &v))
			return false;
		a += v;
	}
	if (op->mem.index != ZYDIS_REGISTER_NONE) {
		if (!reg_read(t, gr, op->mem.index, &v))
			return false;
		a += v * op->mem.scale;
	}
	*addr = a & width_mask(in->address_width);
	return true;
}

/*
 * Memory operands go through the kernel, so that a wrong address makes a
 * failed check rather than a crash inside the handler.  Where that is not
 * allowed (seccomp), copy directly.
 */
static bool mem_copy(struct emu_trap *t, void *to, const void *from,
		     size_t n, bool write)
{
	struct iovec local = { write ? (void *)from : to, n };
	struct iovec remote = { write ? to : (void *)from, n };
	ssize_t done;

	done = write ? process_vm_writev(getpid(), &local, 1, &remote, 1, 0) :
		       process_vm_readv(getpid(), &local, 1, &remote, 1, 0);
	if (done == (ssize_t)n)
		return true;
	if (done < 0 && (errno == ENOSYS || errno == EPERM)) {
		memcpy(to, from, n);
		return true;
	}
	note_hex(t, write ? "cannot write memory operand at " :
			    "cannot read memory operand at ",
		 (uintptr_t)(write ? to : from));
	return false;
}

/* The explicit operands: what the ModRM (and REX) bytes encode. */
static unsigned int explicit_operands(const ZydisDecodedInstruction *in,
				      const ZydisDecodedOperand *ops,
				      int *which)
{
	unsigned int i, n = 0;

	for (i = 0; i < in->operand_count; i++)
		if (ops[i].visibility == ZYDIS_OPERAND_VISIBILITY_EXPLICIT)
			which[n++] = i;
	return n;
}

/* The spec's opcode map of each Zydis opcode map. */
static const unsigned char spec_map_of[] = {
	[ZYDIS_OPCODE_MAP_DEFAULT] = SPEC_MAP_NONE,
	[ZYDIS_OPCODE_MAP_0F] = SPEC_MAP_0F,
	[ZYDIS_OPCODE_MAP_0F38] = SPEC_MAP_0F38,
	[ZYDIS_OPCODE_MAP_0F3A] = SPEC_MAP_0F3A,
};

/*
 * Are the decoded bytes @id's opcode (map, opcode, ModRM.reg digit or
 * fixed ModRM byte)?  One mnemonic can be several spec instructions (MOV
 * to CR0, from CR3, ...).
 */
static bool encoding_matches(enum spec_insn id,
			     const ZydisDecodedInstruction *in)
{
	const struct spec_insn_info *s = &spec_insns[id];
	unsigned int modrm = in->raw.modrm.mod << 6 | in->raw.modrm.reg << 3 |
			     in->raw.modrm.rm;

	unsigned char prefix = 0;
	unsigned int i;

	for (i = 0; i < in->raw.prefix_count; i++)
		if (in->raw.prefixes[i].value == 0x66 ||
		    in->raw.prefixes[i].value == 0xf2 ||
		    in->raw.prefixes[i].value == 0xf3)
			prefix = in->raw.prefixes[i].value;
	if (in->opcode_map >= sizeof(spec_map_of) || spec_map_of[in->opcode_map] != s->map ||
	    in->opcode != s->opcode || prefix != s->prefix)
		return false;
	/* REX.R is the digit's fourth bit (MOV CR0 and MOV CR8) */
	if (s->modrm == SPEC_MODRM_DIGIT)
		return in->raw.modrm.reg == s->modrm_value &&
		       !!in->raw.rex.R == s->rex_r;
	if (s->modrm == SPEC_MODRM_FIXED)
		return modrm == s->modrm_value;
	return true;
}

/* Does the instruction hold the fixed values of @id's leaf operands? */
static bool fixed_values_match(enum spec_insn id, const greg_t *gr)
{
	const struct spec_insn_info *s = &spec_insns[id];
	unsigned int i;

	for (i = 0; i < s->nr_operands; i++) {
		const struct spec_operand *so = &s->operands[i];
		int g = greg_of(so->reg);

		if (so->fixed && so->kind == SPEC_IMPLICIT && (g < 0 ||
				  (((unsigned long long)gr[g] ^ so->value) &
				   width_mask(so->width))))
			return false;
	}
	return true;
}

/*
 * Read every operand the spec lists: explicit ones matched to the
 * decoder's explicit operands in order (zidx[] remembers which decoded
 * operand is which), implicit ones from the register the spec names.
 */
static void read_operands(struct emu_trap *t, greg_t *gr,
			  const ZydisDecodedInstruction *in,
			  const ZydisDecodedOperand *ops, int *zidx)
{
	const struct spec_insn_info *s = &spec_insns[t->insn];
	int expl[ZYDIS_MAX_OPERAND_COUNT];
	unsigned int i, e = 0, nr_expl = explicit_operands(in, ops, expl);

	for (i = 0; i < s->nr_operands; i++) {
		const struct spec_operand *so = &s->operands[i];
		struct emu_operand *o = &t->op[i];
		const ZydisDecodedOperand *zo;
		unsigned int bytes = so->width / 8;
		bool mem;

		zidx[i] = -1;
		if (so->kind == SPEC_IMPLICIT) {
			int g = greg_of(so->reg);

			o->reg = so->reg_name;
			/*
			 * IN AL, DX: a bound register the decoder lists too
			 * (in IN AL, imm8 Zydis hides AL: only the imm8 is
			 * explicit, and it is the next operand's).
			 */
			if (so->syntax && e < nr_expl &&
			    ops[expl[e]].type == ZYDIS_OPERAND_TYPE_REGISTER &&
			    strcmp(ZydisRegisterGetString(ops[expl[e++]].reg.value),
				   so->reg_name))
				note(t, "the decoder names another register than the spec");
			if (g < 0) {
				note(t, "implicit operand in a register the harness cannot read");
				continue;
			}
			o->value = (unsigned long long)gr[g] & width_mask(so->width);
			if (so->fixed && o->value != (so->value & width_mask(so->width))) {
				note(t, so->reg_name);
				note_hex(t, "  holds ", o->value);
				note_hex(t, "  the spec fixes ", so->value);
			}
			continue;
		}
		if (e == nr_expl) {
			note(t, "decoder shows fewer operands than the spec");
			return;
		}
		zidx[i] = expl[e];
		zo = &ops[expl[e++]];
		if (so->kind == SPEC_SYSREG) {
			/* CR3, DR7, ...: named by the decoder, no value here */
			o->reg = so->reg_name;
			if (zo->type != ZYDIS_OPERAND_TYPE_REGISTER ||
			    strcmp(ZydisRegisterGetString(zo->reg.value), so->reg_name))
				note(t, "not the spec's control or debug register");
			zidx[i] = -1;
			continue;
		}
		if (so->kind == SPEC_IMM) {
			o->value = zo->imm.value.u;
			if (zo->type != ZYDIS_OPERAND_TYPE_IMMEDIATE)
				note(t, "an immediate in the spec, not in the decoder");
			else if (so->fixed && o->value != so->value)
				note_hex(t, "immediate ", o->value);	/* a parameter's: cases.c */
			zidx[i] = -1;
			continue;
		}
		mem = zo->type == ZYDIS_OPERAND_TYPE_MEMORY;
		if ((so->kind == SPEC_REG && zo->type != ZYDIS_OPERAND_TYPE_REGISTER) ||
		    (so->kind == SPEC_MEM && !mem))
			note(t, "operand kind differs from the spec");
		if (zo->size != so->width)
			note_hex(t, "operand width (bits) ", zo->size);
		if (((so->role & SPEC_READ) &&
		     !(zo->actions & ZYDIS_OPERAND_ACTION_MASK_READ)) ||
		    ((so->role & SPEC_WRITE) &&
		     !(zo->actions & ZYDIS_OPERAND_ACTION_MASK_WRITE)))
			note(t, "operand role differs from the spec");

		if (!mem) {
			o->reg = ZydisRegisterGetString(zo->reg.value);
			reg_read(t, gr, zo->reg.value, &o->value);
			continue;
		}
		o->is_mem = true;
		if (!effective_address(t, gr, in, zo, &o->addr))
			continue;
		if (so->address) {	/* INVLPG: the address is the operand */
			o->value = o->addr;
			continue;
		}
		if (!(so->role & SPEC_READ))
			continue;
		if (bytes > sizeof(o->bytes)) {
			note(t, "memory operand larger than the harness reads");
			continue;
		}
		/* Memory as it is now, not as the caller meant it. */
		mem_copy(t, o->bytes, (const void *)(uintptr_t)o->addr, bytes, false);
		memcpy(&o->value, o->bytes, bytes < 8 ? bytes : 8);
	}
	if (e != nr_expl)
		note(t, "decoder shows more operands than the spec");
}

static void write_operand(struct emu_trap *t, greg_t *gr,
			  const ZydisDecodedOperand *ops, int *zidx,
			  unsigned int i, unsigned long long value)
{
	const struct spec_operand *so = &spec_insns[t->insn].operands[i];
	struct emu_operand *o = &t->op[i];
	unsigned int bytes = so->width / 8;
	int g;

	if (bytes > sizeof(value) && so->kind == SPEC_MEM && zidx[i] >= 0 &&
	    t->op[i].is_mem) {
		/* SGDT's 10 bytes: the value over and over */
		unsigned char buf[SPEC_MAX_MEM_BYTES];
		unsigned int b;

		for (b = 0; b < bytes && b < sizeof(buf); b++)
			buf[b] = (unsigned char)(value >> 8 * (b % 8));
		o->wrote = true;
		o->out = value;
		mem_copy(t, (void *)(uintptr_t)o->addr, buf, b, true);
		return;
	}
	if (bytes > sizeof(value)) {
		note(t, "an output wider than 64 bits: not emulated");
		return;
	}
	o->wrote = true;
	o->out = value & width_mask(so->width);
	if (so->kind == SPEC_IMPLICIT) {
		g = greg_of(so->reg);
	} else if (zidx[i] < 0) {
		return;
	} else if (o->is_mem) {
		mem_copy(t, (void *)(uintptr_t)o->addr, &o->out, bytes, true);
		return;
	} else {
		g = greg_index(ops[zidx[i]].reg.value);
	}
	if (g >= 0)
		reg_write(gr, g, so->width, o->out);
}

static void check_encoding(struct emu_trap *t,
			   const ZydisDecodedInstruction *in)
{
	const struct spec_insn_info *s = &spec_insns[t->insn];
	unsigned int modrm = in->raw.modrm.mod << 6 | in->raw.modrm.reg << 3 |
			     in->raw.modrm.rm;
	unsigned char mandatory = 0;
	unsigned int i;

	for (i = 0; i < in->raw.prefix_count; i++) {
		unsigned char v = in->raw.prefixes[i].value;

		if (in->raw.prefixes[i].type == ZYDIS_PREFIX_TYPE_MANDATORY ||
		    (v == s->prefix && v == 0x66))	/* operand size: IN AX, DX */
			mandatory = v;
		else if ((v & 0xf0) != 0x40)	/* REX is fine */
			note_hex(t, "unexpected prefix ", v);
	}
	if (mandatory != s->prefix)
		note_hex(t, "mandatory prefix ", mandatory);
	if (in->opcode_map >= sizeof(spec_map_of) || spec_map_of[in->opcode_map] != s->map)
		note(t, "opcode map differs from the spec");
	if (in->opcode != s->opcode)
		note_hex(t, "opcode ", in->opcode);
	if (s->modrm == SPEC_MODRM_DIGIT && !!in->raw.rex.R != s->rex_r)
		note_hex(t, "REX.R ", in->raw.rex.R);	/* ModRM.reg's bit 3 */
	if ((s->modrm == SPEC_MODRM_NONE) !=
	    !(in->attributes & ZYDIS_ATTRIB_HAS_MODRM))
		note(t, s->modrm == SPEC_MODRM_NONE ? "a ModRM byte where the spec has none" :
						     "no ModRM byte where the spec has one");
	else if ((s->modrm == SPEC_MODRM_FIXED && modrm != s->modrm_value) ||
	    (s->modrm == SPEC_MODRM_DIGIT && in->raw.modrm.reg != s->modrm_value))
		note_hex(t, "ModRM ", modrm);
	if (in->address_width != 64)
		note(t, "address size is not 64 bits");
}

int emu_operand_index(enum spec_insn insn, const char *name)
{
	const struct spec_insn_info *s = &spec_insns[insn];
	unsigned int i;

	for (i = 0; i < s->nr_operands; i++)
		if (!strcmp(s->operands[i].name, name))
			return i;
	return -1;
}

const struct emu_operand *emu_operand(const struct emu_trap *t,
				      const char *name)
{
	int i = t ? emu_operand_index(t->insn, name) : -1;

	return i < 0 ? NULL : &t->op[i];
}

static int operand(struct emu_trap *t, const char *name)
{
	int i = emu_operand_index(t->insn, name);

	if (i < 0)
		note(t, "the spec names no operand the model needs");
	return i;
}

/* What a VMX instruction does to the model when it succeeds. */
static void execute(struct emu_trap *t, greg_t *gr,
		    const ZydisDecodedOperand *ops, int *zidx)
{
	int a, b;

	switch (emu.model[t->insn]) {
	case MODEL_VMXON:
		emu.in_vmx = true;
		emu.current = EMU_NO_VMCS;
		break;
	case MODEL_VMXOFF:
		emu.in_vmx = false;
		break;
	case MODEL_VMPTRLD:
		if ((a = operand(t, "vmcs_pa")) >= 0)
			emu.current = t->op[a].value;
		break;
	case MODEL_VMCLEAR:
		if ((a = operand(t, "vmcs_pa")) < 0)
			break;
		if (vmcs_at(t->op[a].value))
			vmcs_at(t->op[a].value)->launched = false;
		if (t->op[a].value == emu.current)
			emu.current = EMU_NO_VMCS;
		break;
	case MODEL_VMPTRST:
		if ((a = operand(t, "vmcs_pa")) >= 0)
			write_operand(t, gr, ops, zidx, a, emu.current);
		break;
	case MODEL_VMREAD:
	case MODEL_VMWRITE:
		a = operand(t, "field");
		b = operand(t, "value");
		if (a < 0 || b < 0)
			break;
		if (emu.current == EMU_NO_VMCS) {
			note(t, "VMsucceed scripted without a current VMCS");
		} else if (emu.model[t->insn] == MODEL_VMREAD) {
			write_operand(t, gr, ops, zidx, b,
				      emu_vmcs_get(emu.current, t->op[a].value));
		} else {
			emu_vmcs_set(emu.current, t->op[a].value,
				     t->op[b].value);
		}
		break;
	default:
		/* The rest change nothing the model keeps. */
		break;
	}
}

/*
 * VMLAUNCH/VMRESUME scripted to succeed.  First what the CPU checks and
 * the harness can see: VMX operation with a current VMCS (else
 * VMfailInvalid), its launch state (clear for VMLAUNCH, else VMfailValid
 * 4; launched for VMRESUME, else 5), and of the host state a canonical
 * HOST_RIP (SDM Vol. 3C 27.2.4, "host address-space size" set: else
 * VMfailValid 8).  Then what the CPU cannot check but the entry path
 * promises: HOST_RSP is the stack pointer at the VMLAUNCH/VMRESUME (the
 * exit comes back to this very frame, whether the entry wrote it now or
 * found it there from an earlier call), and HOST_RIP was written in this
 * VMCS (which address, the test checks).  A failed
 * check is noted and the instruction fails as the CPU would, so that
 * the program goes on; the return value says so (*error: its number).
 *
 * Then the VM exit, as SDM 28.5 loads the host state that user mode has:
 * RSP and RIP from HOST_RSP and HOST_RIP, RFLAGS cleared but bit 1, the
 * exit reason into the VMCS, and the GPRs as the guest left them.  The
 * GPRs at the entry are in t->gpr for the caller to check.
 */
static bool vm_enter(struct emu_trap *t, greg_t *gr, const struct step *s,
		     unsigned int *error)
{
	bool launch = emu.model[t->insn] == MODEL_VMLAUNCH;
	struct vmcs *v = emu.in_vmx ? vmcs_at(emu.current) : NULL;
	unsigned long long rsp, rip;
	unsigned int i;
	bool ok = true;

	if (!v) {
		note(t, "VM entry without VMX operation or a current VMCS");
		*error = 0;
		return false;
	}
	rsp = emu_vmcs_get(emu.current, SPEC_VMCS_HOST_RSP);
	rip = emu_vmcs_get(emu.current, SPEC_VMCS_HOST_RIP);
	if (launch && v->launched) {
		note(t, "VMLAUNCH of a launched VMCS (VMfailValid 4)");
		*error = 4;
		return false;
	}
	if (!launch && !v->launched) {
		note(t, "VMRESUME of a clear VMCS (VMfailValid 5)");
		*error = 5;
		return false;
	}
	if ((unsigned long long)((long long)(rip << 16) >> 16) != rip) {
		note_hex(t, "HOST_RIP is not canonical (VMfailValid 8): ", rip);
		ok = false;
	}
	if (rsp != (unsigned long long)gr[REG_RSP]) {
		note_hex(t, "HOST_RSP is not the stack pointer of the VM entry: ",
			 rsp);
		ok = false;
	}
	if (!rip) {
		note(t, "HOST_RIP not written in this VMCS");
		ok = false;
	}
	if (!ok) {
		*error = 8;
		return false;
	}
	if (!s || !s->exit_scripted)
		note(t, "VM entry scripted without emu_expect_exit()");

	t->exited = true;
	t->host_rsp = rsp;
	t->host_rip = rip;
	for (i = 0; i < EMU_NR_GPRS; i++)
		if (i != EMU_RSP && s && s->exit_gprs && !(s->exit_keep & 1u << i))
			gr[greg_of(i)] = (greg_t)s->exit_gpr[i];
	gr[REG_RSP] = (greg_t)rsp;
	gr[REG_RIP] = (greg_t)rip;
	gr[REG_EFL] = (greg_t)(X86_FIXED |
			       (emu.stepping ? (unsigned long long)gr[REG_EFL] & X86_TF : 0));
	emu_vmcs_set(emu.current, SPEC_VMCS_EXIT_REASON, s ? s->exit_reason : 0);
	if (!(s && s->exit_reason >> 31))
		v->launched = true;
	return true;
}

/* --- Faults: the exception fixup of a kernel, over the hook's table. --- */

static uintptr_t fixup_target(const int32_t *p)
{
	return (uintptr_t)p + (intptr_t)*p;
}

void emu_fixups(const struct emu_fixup *begin, const struct emu_fixup *end)
{
	emu.fixups = begin;
	emu.fixups_end = end;
}

unsigned int emu_nr_fixups(void)
{
	return emu.fixups ? (unsigned int)(emu.fixups_end - emu.fixups) : 0;
}

/*
 * The instruction faulted: as the CPU, change nothing (no register, flag
 * or memory write, no model change); as the kernel's fault handler, find
 * the faulting RIP in the table and resume at its fixup.  Without an
 * entry a kernel would oops; here the note fails the case, and the
 * instruction is skipped so that the program goes on.
 */
static void fault(struct emu_trap *t, greg_t *gr,
		  const ZydisDecodedInstruction *in)
{
	const struct emu_fixup *f;
	unsigned int found = 0;

	t->rip = (unsigned long long)gr[REG_RIP];
	t->next = t->rip + in->length;
	t->fixup = t->next;
	for (f = emu.fixups; f && f < emu.fixups_end; f++) {
		if (fixup_target(&f->insn) != t->rip)
			continue;
		if (!found++)
			t->fixup = fixup_target(&f->fixup);
	}
	t->fixed_up = found == 1;
	if (!found)
		note(t, "faulted at an instruction the fault hook's table does not list");
	else if (found > 1)
		note(t, "the fault hook's table lists the instruction more than once");
	gr[REG_RIP] = (greg_t)t->fixup;
}

/* The index of the ISA's outcome that sets @flag. */
static int outcome_of(const struct spec_isa_info *isa, int flag)
{
	int i;

	for (i = 0; i < (int)isa->nr_outcomes; i++)
		if ((int)isa->outcomes[i].flag == flag)
			return i;
	return -1;
}

/* Whether the current VMCS of the model holds the field a VMREAD names. */
static bool field_present(struct emu_trap *t)
{
	const struct vmcs *v = NULL;
	unsigned long field;
	unsigned int i;
	int a = operand(t, "field");

	for (i = 0; i < emu.nr_vmcs; i++)
		if (emu.vmcs[i].pa == emu.current)
			v = &emu.vmcs[i];
	if (a < 0 || !v)
		return false;
	field = t->op[a].value;
	if (is_high_access(field))
		field &= ~1UL;
	for (i = 0; i < v->nr_fields; i++)
		if (v->f[i].field == field)
			return true;
	return false;
}

static void emulate(int signo, greg_t *gr, const ZydisDecodedInstruction *in,
		    const ZydisDecodedOperand *ops, enum spec_insn id)
{
	const struct spec_insn_info *si = &spec_insns[id];
	const struct spec_isa_info *isa = &spec_isas[si->isa];
	struct step *s = NULL, table;
	struct emu_trap *t;
	int zidx[SPEC_MAX_OPERANDS];
	unsigned long long flags = (unsigned long long)gr[REG_EFL];
	bool rflags = si->status == SPEC_STATUS_RFLAGS;
	bool success, allowed;
	unsigned int i, error;

	if (emu.nr_traps == EMU_MAX_TRAPS) {
		/* Runaway: report it through the last record and fail. */
		t = &emu.traps[EMU_MAX_TRAPS - 1];
		note(t, "more spec instructions than the harness records");
		gr[REG_EFL] = (greg_t)((flags & ~X86_ARITH) | X86_CF);
		gr[REG_RIP] += in->length;
		return;
	}
	if (emu.nr_traps < emu.nr_script)
		s = &emu.script[emu.nr_traps];
	if (!s && emu.vmread_table && emu.model[id] == MODEL_VMREAD) {
		/* Not scripted: VMsucceed, or VMfailValid if the model lacks the field (below). */
		table = (struct step){ .insn = id, .outcome = outcome_of(isa, SPEC_FLAG_NONE) };
		s = &table;
		t = &emu.table_trap;
		emu.table_reads++;
	} else {
		t = &emu.traps[emu.nr_traps++];
	}
	memset(t, 0, sizeof(*t));
	t->insn = id;
	t->signo = signo;
	for (i = 0; i < EMU_NR_GPRS; i++)
		t->gpr[i] = (unsigned long long)gr[greg_of(i)];
	t->outcome = s ? s->outcome : EMU_NO_OUTCOME;
	error = s ? s->error : 0;
	if (!s) {
		note(t, "not scripted");
	} else if (s->insn != id) {
		note(t, "the script expected ");
		append(t, spec_insns[s->insn].name);
	}
	if (t->outcome == EMU_FAULT) {
		/* The operands as the wrapper set them up, for the checks. */
		check_encoding(t, in);
		read_operands(t, gr, in, ops, zidx);
		fault(t, gr, in);
		return;
	}
	/*
	 * An instruction that enters a guest does not report success in
	 * RFLAGS (it does not come back), but the script may ask for one:
	 * the VM entry and exit of vm_enter().
	 */
	allowed = t->outcome >= 0 &&
		  ((si->outcomes & SPEC_OUT(t->outcome)) ||
		   (si->enters_guest && rflags &&
		    isa->outcomes[t->outcome].flag == SPEC_FLAG_NONE));
	if (rflags && !allowed) {
		note(t, "scripted outcome is not one the spec allows");
		/* A failure, for want of a better answer. */
		t->outcome = -1;
		for (i = 0; i < isa->nr_outcomes && t->outcome < 0; i++)
			if (isa->outcomes[i].flag == SPEC_FLAG_CF)
				t->outcome = i;
		if (t->outcome < 0)
			t->outcome = 0;
	} else if (!rflags && t->outcome != EMU_NO_OUTCOME &&
		   !(t->outcome == EMU_CARRY && si->status_cf)) {
		note(t, "an outcome scripted for an instruction without RFLAGS status");
		t->outcome = EMU_NO_OUTCOME;
	}

	check_encoding(t, in);
	read_operands(t, gr, in, ops, zidx);
	if (s == &table && !field_present(t)) {
		/* SDM Vol. 3C, VMREAD: an unsupported field is VMfailValid 12. */
		t->outcome = outcome_of(isa, SPEC_FLAG_ZF);
		error = 12;
	}

	success = !rflags || (t->outcome >= 0 &&
			      isa->outcomes[t->outcome].flag == SPEC_FLAG_NONE);
	if (success && si->enters_guest) {
		if (vm_enter(t, gr, s, &error))
			return;
		/* Refused at the entry: VMfailValid, or VMfailInvalid. */
		success = false;
		for (i = 0; i < isa->nr_outcomes; i++)
			if (isa->outcomes[i].flag ==
			    (emu.current == EMU_NO_VMCS ? SPEC_FLAG_CF : SPEC_FLAG_ZF))
				t->outcome = i;
	}
	if (success) {
		execute(t, gr, ops, zidx);
		for (i = 0; s && i < si->nr_operands; i++)
			if (s->scripted & 1u << i)
				write_operand(t, gr, ops, zidx, i, s->output[i]);
		for (i = 0; i < si->nr_operands; i++)
			if ((si->operands[i].role & SPEC_WRITE) && !t->op[i].wrote) {
				note(t, "no value scripted for output ");
				append(t, si->operands[i].name);
			}
	} else if (rflags && isa->outcomes[t->outcome].flag == SPEC_FLAG_ZF &&
		   isa->error_field >= 0) {
		/* VMfailValid: the reason goes into the current VMCS. */
		if (emu.current == EMU_NO_VMCS)
			note(t, "VMfailValid scripted without a current VMCS");
		else
			emu_vmcs_set(emu.current, isa->error_field, error);
	}

	if (si->status == SPEC_STATUS_REGISTER) {
		if (!s || !s->has_status)
			note(t, "no status value scripted");
		t->status = (s ? s->status : 0) & width_mask(si->status_width);
		if (greg_of(si->status_reg) >= 0)
			reg_write(gr, greg_of(si->status_reg), si->status_width,
				  t->status);
	}
	/*
	 * An instruction that runs a guest and comes back after itself with
	 * what the exit left in the registers (TDH.VP.ENTER: the guest ran
	 * unless CF reports that nothing did): the GPRs emu_expect_exit()
	 * scripted, but RSP, the status register and those kept.
	 */
	if (s && s->exit_gprs && !si->enters_guest && t->outcome != EMU_CARRY) {
		t->exited = true;
		for (i = 0; i < EMU_NR_GPRS; i++)
			if (i != EMU_RSP && (int)i != si->status_reg &&
			    !(s->exit_keep & 1u << i))
				gr[greg_of(i)] = (greg_t)s->exit_gpr[i];
	}
	for (i = 0; i < si->nr_clobbers; i++)
		if (greg_of(si->clobbers[i]) >= 0)
			gr[greg_of(si->clobbers[i])] = (greg_t)EMU_CLOBBER;

	/*
	 * VMsucceed/VMfailInvalid/VMfailValid in the SDM clear CF, PF, AF,
	 * ZF, SF and OF, then set CF or ZF.  VMFUNC affects no flags, nor
	 * does anything without RFLAGS status here.
	 */
	if (rflags && emu.model[id] != MODEL_VMFUNC) {
		flags &= ~X86_ARITH;
		if (isa->outcomes[t->outcome].flag == SPEC_FLAG_CF)
			flags |= X86_CF;
		else if (isa->outcomes[t->outcome].flag == SPEC_FLAG_ZF)
			flags |= X86_ZF;
	}
	/*
	 * A status register with a CF outcome (PVALIDATE): CF as scripted,
	 * clear in every other case (the wrapper must not see a stale one).
	 */
	if (si->status_cf) {
		flags &= ~X86_CF;
		if (t->outcome == EMU_CARRY)
			flags |= X86_CF;
	}
	gr[REG_EFL] = (greg_t)flags;
	gr[REG_RIP] += in->length;
}

/* --- The signal handler. --- */

/*
 * The spec instruction this is: the one with the decoded mnemonic, and
 * among several (leaves of one opcode) the one whose fixed register
 * values the registers hold; failing that the first, whose check then
 * says what differs.
 */
static int spec_id(const ZydisDecodedInstruction *in, const greg_t *gr)
{
	int i, first = -1, same_bytes = -1, named = 0;

	for (i = 0; i < SPEC_NR_INSNS; i++) {
		if (emu.mnemonic[i] != in->mnemonic || !spec_insns[i].mode64)
			continue;
		named++;
		if (!encoding_matches(i, in)) {
			if (first < 0)
				first = i;
			continue;
		}
		if (fixed_values_match(i, gr))
			return i;
		if (same_bytes < 0)
			same_bytes = i;
	}
	if (same_bytes >= 0)
		return same_bytes;
	/*
	 * A mnemonic of several spec instructions (MOV to and from each
	 * control register) is also an everyday instruction's: bytes none
	 * of them has are not theirs.
	 */
	return named == 1 ? first : -1;
}
static bool decode(const greg_t *gr, ZydisDecodedInstruction *in,
		   ZydisDecodedOperand *ops)
{
	uintptr_t rip = (uintptr_t)gr[REG_RIP];
	size_t len = emu.page_size - (rip & (emu.page_size - 1));
	ZyanStatus st;

	/* Do not read past the page unless the instruction goes on. */
	if (len > ZYDIS_MAX_INSTRUCTION_LENGTH)
		len = ZYDIS_MAX_INSTRUCTION_LENGTH;
	st = ZydisDecoderDecodeFull(&emu.decoder, (const void *)rip, len, in, ops);
	if (st == ZYDIS_STATUS_NO_MORE_DATA)
		st = ZydisDecoderDecodeFull(&emu.decoder, (const void *)rip,
					    ZYDIS_MAX_INSTRUCTION_LENGTH, in, ops);
	return ZYAN_SUCCESS(st);
}

static void on_signal(int signo, siginfo_t *si, void *ctx)
{
	greg_t *gr = ((ucontext_t *)ctx)->uc_mcontext.gregs;
	ZydisDecodedInstruction in;
	ZydisDecodedOperand ops[ZYDIS_MAX_OPERAND_COUNT];
	int saved_errno = errno;
	int id = -1;

	(void)si;
	if (signo != SIGTRAP || emu.stepping) {
		if (decode(gr, &in, ops))
			id = spec_id(&in, gr);
	}
	if (id < 0) {
		if (signo == SIGTRAP && emu.stepping)
			return;		/* not there yet: keep stepping */
		/* Not ours: let whatever was there before have it. */
		sigaction(signo, signo == SIGILL ? &emu.old_ill :
				 signo == SIGSEGV ? &emu.old_segv : &emu.old_trap,
			  NULL);
		if (signo == SIGTRAP)
			raise(signo);	/* a trap does not repeat */
		return;
	}
	if (emu.probing) {
		emu.probed = signo;
		gr[REG_RIP] += in.length;
	} else {
		emulate(signo, gr, &in, ops, (enum spec_insn)id);
		if (emu.vmread_table && emu.table_trap.bad[0]) {
			if (!emu.table_bad++)
				memcpy(emu.table_first_bad, emu.table_trap.bad,
				       sizeof(emu.table_first_bad));
			emu.table_trap.bad[0] = '\0';
		}
	}
	errno = saved_errno;
}

/* --- Single-stepping. --- */

/* Keep clear of the red zone: this may be inlined into a leaf function. */
static inline void set_tf(void)
{
	asm volatile("lea -128(%%rsp), %%rsp\n\t"
		     "pushfq\n\t"
		     "orq %[tf], (%%rsp)\n\t"
		     "popfq\n\t"
		     "lea 128(%%rsp), %%rsp"
		     : : [tf] "i" (X86_TF) : "memory", "cc");
}

static inline void clear_tf(void)
{
	asm volatile("lea -128(%%rsp), %%rsp\n\t"
		     "pushfq\n\t"
		     "andq %[mask], (%%rsp)\n\t"
		     "popfq\n\t"
		     "lea 128(%%rsp), %%rsp"
		     : : [mask] "i" (~X86_TF) : "memory", "cc");
}

void emu_expect(enum spec_insn insn, int outcome, unsigned int error)
{
	if (emu.nr_script == EMU_MAX_TRAPS) {
		fprintf(stderr, "emu: script too long\n");
		abort();
	}
	emu.script[emu.nr_script++] = (struct step){ .insn = insn,
		.outcome = outcome, .error = error };
}

static struct step *last_step(void)
{
	if (!emu.nr_script) {
		fprintf(stderr, "emu: output scripted before emu_expect()\n");
		abort();
	}
	return &emu.script[emu.nr_script - 1];
}

void emu_expect_output(unsigned int operand, unsigned long long value)
{
	struct step *s = last_step();

	if (operand >= spec_insns[s->insn].nr_operands) {
		fprintf(stderr, "emu: %s has no operand %u\n",
			spec_insns[s->insn].name, operand);
		abort();
	}
	s->scripted |= 1u << operand;
	s->output[operand] = value;
}

void emu_expect_status(unsigned long long value)
{
	struct step *s = last_step();

	s->has_status = true;
	s->status = value;
}

void emu_expect_exit(unsigned int reason, const unsigned long long *gprs)
{
	struct step *s = last_step();

	s->exit_scripted = true;
	s->exit_reason = reason;
	s->exit_gprs = gprs != NULL;
	if (gprs)
		memcpy(s->exit_gpr, gprs, sizeof(s->exit_gpr));
}

void emu_expect_exit_keeps(unsigned int keep)
{
	last_step()->exit_keep = keep;
}

void emu_begin(void)
{
	unsigned int i;
	bool step = false;

	emu.nr_traps = 0;
	for (i = 0; i < emu.nr_script; i++)
		step |= emu.catch[emu.script[i].insn] == CATCH_STEP;
	if (step) {
		emu.stepping = 1;
		set_tf();
	}
}

void emu_end(void)
{
	if (emu.stepping) {
		clear_tf();
		emu.stepping = 0;
	}
	emu.nr_script = 0;
}

void emu_vmread_table(bool on)
{
	emu.vmread_table = on;
	emu.table_reads = emu.table_bad = 0;
	emu.table_first_bad[0] = '\0';
}

unsigned int emu_table_reads(unsigned int *bad, const char **first_bad)
{
	*bad = emu.table_bad;
	*first_bad = emu.table_first_bad;
	return emu.table_reads;
}

unsigned int emu_nr_traps(void)
{
	return emu.nr_traps;
}

const struct emu_trap *emu_trap(unsigned int i)
{
	return i < emu.nr_traps ? &emu.traps[i] : NULL;
}

/* --- Finding out how each instruction can be caught here. --- */

/*
 * Run the spec's encoding of the instruction, with a memory operand at
 * (%rdi), from a scratch page: the signal it raises, if any, is how the
 * wrappers' instructions will be caught.
 */
static int probe(unsigned char *page, enum spec_insn id, bool step)
{
	static unsigned char scratch[SPEC_MAX_MEM_BYTES + 64];
	const struct spec_insn_info *s = &spec_insns[id];
	unsigned char *p = page;
	unsigned int i, b;

	if (mprotect(page, emu.page_size, PROT_READ | PROT_WRITE))
		return -1;
	if (s->prefix)
		*p++ = s->prefix;
	if (s->rex_r)
		*p++ = 0x44;	/* REX.R */
	if (s->map != SPEC_MAP_NONE)
		*p++ = 0x0f;
	if (s->map == SPEC_MAP_0F38)
		*p++ = 0x38;
	else if (s->map == SPEC_MAP_0F3A)
		*p++ = 0x3a;
	*p++ = s->opcode;
	if (s->modrm == SPEC_MODRM_FIXED)
		*p++ = s->modrm_value;
	else if (s->modrm != SPEC_MODRM_NONE)
		/* mod 00, rm 111: (%rdi); reg: the digit, or %rax */
		*p++ = (s->modrm == SPEC_MODRM_DIGIT ? s->modrm_value : 0) << 3 | 7;
	for (i = 0; i < s->nr_operands; i++)	/* an immediate: little-endian */
		if (s->operands[i].kind == SPEC_IMM)
			for (b = 0; b < s->operands[i].width / 8; b++)
				*p++ = (unsigned char)(s->operands[i].value >> 8 * b);
	*p++ = 0xc3;	/* ret */
	if (mprotect(page, emu.page_size, PROT_READ | PROT_EXEC))
		return -1;

	emu.probed = 0;
	emu.probing = 1;
	if (step) {
		emu.stepping = 1;
		set_tf();
	}
	((void (*)(void *))(uintptr_t)page)(scratch);
	if (step) {
		clear_tf();
		emu.stepping = 0;
	}
	emu.probing = 0;
	return emu.probed;
}

static void resolve(enum spec_insn id)
{
	const struct spec_insn_info *s = &spec_insns[id];
	unsigned int m;

	emu.mnemonic[id] = ZYDIS_MNEMONIC_INVALID;
	for (m = 1; m <= ZYDIS_MNEMONIC_MAX_VALUE; m++)
		if (!strcmp(ZydisMnemonicGetString(m), s->mnemonic))
			emu.mnemonic[id] = m;
	emu.model[id] = MODEL_NONE;
	for (m = 0; m < sizeof(model_names) / sizeof(model_names[0]); m++)
		if (model_names[m] && !strcmp(model_names[m], s->name))
			emu.model[id] = m;
}

static void install(int signo, struct sigaction *old)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_signal;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	if (sigaction(signo, &sa, old)) {
		perror("emu: sigaction");
		exit(99);
	}
}

void emu_init(void)
{
	unsigned char *page;
	int i, sig;

	emu.page_size = sysconf(_SC_PAGESIZE);
	if (!ZYAN_SUCCESS(ZydisDecoderInit(&emu.decoder, ZYDIS_MACHINE_MODE_LONG_64,
					   ZYDIS_STACK_WIDTH_64))) {
		fprintf(stderr, "emu: ZydisDecoderInit failed\n");
		exit(99);
	}
	install(SIGILL, &emu.old_ill);
	install(SIGSEGV, &emu.old_segv);
	install(SIGTRAP, &emu.old_trap);

	page = mmap(NULL, emu.page_size, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (page == MAP_FAILED) {
		perror("emu: mmap");
		exit(99);
	}
	for (i = 0; i < SPEC_NR_INSNS; i++) {
		const char *name = spec_insns[i].name;

		resolve(i);
		if (!spec_insns[i].mode64) {
			emu.catch[i] = CATCH_NONE;
			snprintf(emu.why[i], sizeof(emu.why[i]),
				 "%s does not exist in 64-bit mode, where the harness runs",
				 name);
			continue;
		}
		if (emu.mnemonic[i] == ZYDIS_MNEMONIC_INVALID) {
			emu.catch[i] = CATCH_NONE;
			snprintf(emu.why[i], sizeof(emu.why[i]),
				 "Zydis has no mnemonic '%s'", spec_insns[i].mnemonic);
			continue;
		}
		sig = probe(page, i, false);
		emu.probe_signo[i] = sig;
		if (sig == SIGILL || sig == SIGSEGV) {
			emu.catch[i] = CATCH_FAULT;
			continue;
		}
		/*
		 * It ran: VMX is usable here, or a hypervisor handled it
		 * (KVM answers a user-mode VMCALL with -KVM_EPERM in RAX).
		 */
		if (sig == 0 && probe(page, i, true) == SIGTRAP) {
			emu.catch[i] = CATCH_STEP;
			snprintf(emu.why[i], sizeof(emu.why[i]),
				 "%s does not fault in user mode here: caught by single-stepping",
				 name);
			continue;
		}
		emu.catch[i] = CATCH_NONE;
		snprintf(emu.why[i], sizeof(emu.why[i]),
			 "%s does not fault in user mode here and single-stepping does not catch it",
			 name);
	}
	munmap(page, emu.page_size);
}

const char *emu_unusable(enum spec_insn insn)
{
	return emu.catch[insn] == CATCH_NONE ? emu.why[insn] : NULL;
}

const char *emu_how(enum spec_insn insn)
{
	if (emu.catch[insn] != CATCH_FAULT)
		return emu.why[insn];
	return emu.probe_signo[insn] == SIGILL ? "faults with SIGILL" :
						 "faults with SIGSEGV";
}

/* Leave junk where the next callee's locals will be. */
void emu_dirty_stack(void)
{
	volatile unsigned char junk[8192];
	size_t i;

	for (i = 0; i < sizeof(junk); i++)
		junk[i] = 0xa5;
}
