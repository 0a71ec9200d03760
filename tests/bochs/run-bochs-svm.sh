#!/bin/bash
# SPDX-License-Identifier: MIT
#
# run-bochs-svm.sh - run the SVM test kernel on Bochs's AMD CPU models and
# print TAP.
#
# The kernel (built by make from tests/bochs/{boot.S,svm.c,klib.h,kernel.ld})
# prints one marker per scenario on COM1:
#	SVMT <scenario-id> <PASS|FAIL|UNSUPPORTED> <detail>
# This script owns the verdicts: for each model it knows which scenarios
# must pass, which must be reported unsupported (the model lacks the
# feature: not run), and what CPUID 8000_000A must say; a missing marker, a
# crash report, a Bochs panic or a timeout is a failure.  Bochs's exit
# status is never used (it is 1 for a clean shutdown too).  Every TAP line
# names "svm", the model and the scenario; the VMRUN consistency checks'
# lines also "vmrun-check" and the rule.  Where Bochs is known to depart
# from the APM (known_deviation below) the line carries "# TODO" (XFAIL).
#
# Run from the build directory, or set top_builddir (make check does both).
# Environment:
#	BOCHS_SVM_KERNEL   kernel ELF     (default tests/bochs/svmtest.elf)
#	BOCHS_SVM_RUNDIR   work directory (default tests/bochs/run-svm)
#	BOCHS_SVM_MODELS   CPU models     (default: the three below)
#	BOCHS_SVM_JOBS     parallel runs  (default 2)
#	BOCHS_SVM_TIMEOUT  seconds/run    (default 60)
#	BOCHS_BIN GRUB_MKRESCUE           tool overrides

# make check runs this with $(SHELL), which may be a POSIX sh: use bash.
if [ -z "${BASH_VERSION:-}" ]; then
	if ! command -v bash >/dev/null 2>&1; then
		echo "1..0 # SKIP bash not found"
		exit 0
	fi
	exec bash "$0" "$@"
fi

set -u

builddir=${top_builddir:-.}
kernel=${BOCHS_SVM_KERNEL:-$builddir/tests/bochs/svmtest.elf}
rundir=${BOCHS_SVM_RUNDIR:-$builddir/tests/bochs/run-svm}
models=${BOCHS_SVM_MODELS:-ryzen phenom_8650_toliman turion64_tyler}
jobs=${BOCHS_SVM_JOBS:-2}
tmo=${BOCHS_SVM_TIMEOUT:-60}

. "$(dirname "$0")/bochs-lib.sh" || {
	echo "Bail out! $(dirname "$0")/bochs-lib.sh not found"
	exit 1
}
bochs_require_tools

# --- Scenarios: id|description, in the order the kernel runs them. ------
scenarios="
fault-ud-vmload|svm_vmload with EFER.SVME=0: #UD at an exception-table instruction, the wrapper returns SVM_FAULT
fault-ud-vmsave|svm_vmsave with EFER.SVME=0: #UD at an exception-table instruction, the wrapper returns SVM_FAULT
fault-ud-invlpga|svm_invlpga_asid with EFER.SVME=0: #UD at an exception-table instruction, the wrapper returns SVM_FAULT
fault-ud-vmmcall|svm_vmmcall outside a guest: #UD at an exception-table instruction, the wrapper returns SVM_FAULT
fault-ud-vmrun|svm_run_guest with EFER.SVME=0: #UD at its VMRUN (an exception-table instruction), it returns SVM_FAULT
cpuid-svm|CPUID 8000_0001 ECX.SVM set (generated bit name)
cpuid-svm-leaf|CPUID 8000_000A: revision, ASID count and the feature bits by their generated names
efer-svme|EFER.SVME (generated bit) set and read back
vm-hsave-pa|VM_HSAVE_PA (generated MSR number) written and read back
vmrun-cpuid|VMRUN via the entry trampoline; CPUID intercepted: exit 0x72 by generated name, at the CPUID
nrip-cpuid|nRIP after the CPUID exit is the next instruction
dump-vmcb|svm_vmcb_dump_fields() after the CPUID exit: a line per integer member, EXITCODE named CPUID, the intercepts by name (cpuid, hlt, vmrun, vmmcall)
vmrun-vmmcall|VMMCALL intercepted: exit 0x81 by generated name, at the VMMCALL
nrip-vmmcall|nRIP after the VMMCALL exit is the next instruction
vmrun-hlt|HLT intercepted: exit 0x78 by generated name, at the HLT
nrip-hlt|nRIP after the HLT exit is the next instruction
vmrun-ud2|UD2 with all exceptions intercepted: exit 0x46 (#UD) by generated name, at the UD2
vmrun-asid0|VMRUN with ASID 0: VMEXIT_INVALID (-1) by generated name
npf-unmapped|nested paging: a read of an unmapped GPA exits 0x400 (NPF) at the load
npf-info|NPF EXITINFO1 decoded by the generated layout (not present, read, user, final translation), EXITINFO2 the GPA
npf-mapped-hlt|after mapping the GPA (TLB_CONTROL flush) the guest runs on to HLT
npf-mapped-read|the guest read the host's value through the new nested mapping
vmsave|VMSAVE: FS, GS, TR, LDTR, KernelGsBase, STAR..SYSENTER at the generated VMCB members
vmload|VMLOAD: the generated VMCB members reach the MSRs; a VMLOAD of the host's VMSAVE restores them
clgi-stgi|CLGI holds a self-IPI (RFLAGS.IF=1) until STGI
gif-after-vmexit|GIF is 0 after #VMEXIT: a self-IPI waits until STGI
invlpga|INVLPGA runs without a fault
round-trips|1,000 guest round trips: every GPR checked host->guest and guest->host, all bits both ways
host-regs-preserved|the entry trampoline keeps the host's rbx, rbp, r12-r15
no-fault-on-normal-paths|with the fault hook in force, no SVM instruction outside the fault scenarios faulted
vmrun-check-valid|vmrun-check valid VMCB: svm_vmrun_check() reports no rule, the CPU enters the guest (CPUID exit)
vmrun-check-efer-svme|vmrun-check efer_svme: guest EFER.SVME = 0
vmrun-check-cr0-cd-nw|vmrun-check cr0_cd_nw: guest CR0.NW = 1 with CR0.CD = 0
vmrun-check-cr0-high|vmrun-check cr0_high: guest CR0 bit 32 set
vmrun-check-cr3-mbz|vmrun-check cr3_mbz: long-mode guest CR3 with the bit at the physical-address width set
vmrun-check-cr4-mbz|vmrun-check cr4_mbz: guest CR4 with its lowest MBZ bit (by CPUID) set
vmrun-check-cr4-mbz-high|vmrun-check cr4_mbz: guest CR4 bit 32 set
vmrun-check-dr6-high|vmrun-check dr6_high: guest DR6 bit 32 set
vmrun-check-dr7-high|vmrun-check dr7_high: guest DR7 bit 32 set
vmrun-check-efer-mbz|vmrun-check efer_mbz: guest EFER with its lowest MBZ bit above 8 (by CPUID) set
vmrun-check-efer-mbz-high|vmrun-check efer_mbz: guest EFER bit 32 set
vmrun-check-long-mode-pae|vmrun-check long_mode_pae: EFER.LME = CR0.PG = 1 with CR4.PAE = 0
vmrun-check-long-mode-cs|vmrun-check long_mode_cs: long mode with CS.L = CS.D = 1
vmrun-check-legacy-cs-l-d|vmrun-check (no rule): CS.L = CS.D = 1 in a 32-bit guest without paging is valid
vmrun-check-vmrun-intercept|vmrun-check vmrun_intercept: the VMRUN intercept clear
vmrun-check-msrpm-pa|vmrun-check msrpm_pa: MSRPM_BASE_PA at the first address past the physical-address width
vmrun-check-iopm-pa|vmrun-check iopm_pa: IOPM_BASE_PA at the first address past the physical-address width
vmrun-check-msrpm-pa-end|vmrun-check msrpm_pa: the 8-KiB MSRPM starting on the last page below the width
vmrun-check-iopm-pa-end|vmrun-check iopm_pa: the 12-KiB IOPM starting on the last page below the width
vmrun-check-event-type|vmrun-check event_inj_type: EVENTINJ valid with reserved type 1
vmrun-check-event-type-7|vmrun-check event_inj_type: EVENTINJ valid with reserved type 7
vmrun-check-event-vector-nmi|vmrun-check event_inj_vector: exception type with vector 2 (NMI)
vmrun-check-event-vector-32|vmrun-check event_inj_vector: exception type with vector 32
vmrun-check-event-vector-15|vmrun-check event_inj_vector: exception type with reserved vector 15
vmrun-check-asid-zero|vmrun-check asid_zero: ASID 0
"

# Scenarios each model must report UNSUPPORTED (the kernel says so from
# CPUID and does not run them); every other scenario must PASS.
nrip_all='nrip-cpuid nrip-vmmcall nrip-hlt'
npf_all='npf-unmapped npf-info npf-mapped-hlt npf-mapped-read'
expect_unsupported() {
	case $1 in
	ryzen) unsup= ;;
	phenom_8650_toliman) unsup=$nrip_all ;;
	turion64_tyler) unsup="$nrip_all $npf_all" ;;
	*) unsup= ;;
	esac
}

# What CPUID 8000_000A must say on each model, the EDX bits by the names
# svm_cpuid_svm_edx_bit_name() gives them (measured on Bochs 2.7: EDX
# 0x44F, 0x7 and 0x2, shared/notes/bochs-svm.md); empty: not checked.
expect_leaf() {
	case $1 in
	ryzen) leaf="rev=1 asids=0x8000 features=NP LBR_VIRT SVML NRIPS FLUSH_BY_ASID PAUSE_FILTER" ;;
	phenom_8650_toliman) leaf="rev=1 asids=0x40 features=NP LBR_VIRT SVML" ;;
	turion64_tyler) leaf="rev=1 asids=0x40 features=LBR_VIRT" ;;
	*) leaf= ;;
	esac
}

# Where Bochs 2.7 departs from the APM (its bochs/cpu/svm.cc VMRUN checks):
# todo = the manual's statement and what Bochs does, the TAP "# TODO"; empty:
# none.  The kernel judges by the manual (FAIL there is XFAIL); should Bochs
# start doing what the APM says, the XPASS fails until the line goes.  Not
# run at all: long_mode_pe (EFER.LME = CR0.PG = 1, CR0.PE = 0): Bochs 2.7
# accepts it (its paged-real-mode path clears PG after setting LMA) and then
# panics ("EFER.LMA is set when CR0.PE=0"), which ends the run.
known_deviation() {
	todo=
	case $2 in
	vmrun-check-cr3-mbz)
		todo="APM 15.5.1: a CR3 with an MBZ bit set (bits 63:MAXPHYADDR in long mode) is illegal guest state; Bochs 2.7 does not check CR3 at VMRUN and enters the guest (its first fetch takes #PF)" ;;
	vmrun-check-legacy-cs-l-d)
		todo="APM 15.5.1: CS.L = CS.D = 1 is illegal only with EFER.LME, CR0.PG and CR4.PAE set; Bochs 2.7 refuses it in every mode (VMEXIT_INVALID for a valid 32-bit guest)" ;;
	vmrun-check-msrpm-pa-end | vmrun-check-iopm-pa-end)
		todo="APM 15.5.1: an MSR or IOIO intercept table that extends to an address at or above the maximum physical address is illegal; Bochs 2.7 checks the base address only and enters the guest" ;;
	vmrun-check-event-vector-15)
		todo="APM 15.20: EVENTINJ TYPE = 3 with a vector that is no exception is illegal; Bochs 2.7 refuses vector 2 and vectors above 31 only, and injects reserved vector 15" ;;
	esac
}

n_scen=$(printf '%s\n' "$scenarios" | grep -c '|')
set -- $models
n_models=$#
# Per model: every scenario, plus one line for a clean run to SVMT END.
echo "1..$((n_models * (n_scen + 1)))"

# --- Build the ISO, run Bochs, one directory per model. -----------------
t0=$(date +%s.%N)
bochs_make_iso "$kernel" svmtest
bochs_run_models "$models" "$jobs"

# --- Verdicts from the markers. ------------------------------------------
n=0
failed=0
for m in $models; do
	expect_unsupported "$m"
	unsup=" $(echo $unsup) "
	expect_leaf "$m"
	model_failed=0
	deviated=0	# known deviations the kernel reported FAIL
	unset marker
	declare -A marker
	bochs_read_run "$m" SVMT

	while IFS='|' read -r id desc; do
		[ -n "$id" ] || continue
		n=$((n + 1))
		bochs_verdict "$id"
		case $unsup in
		*" $id "*) want=UNSUPPORTED name="svm $m $id: $desc: the model lacks it, not run" ;;
		*) want=PASS name="svm $m $id: $desc" ;;
		esac
		ok=0
		[ -n "$verdict" ] && [ "$verdict" = "$want" ] && ok=1
		# The CPUID leaf must also say what this model has.
		if [ "$id" = cpuid-svm-leaf ] && [ -n "$leaf" ] && [ "$detail" != "$leaf" ]; then
			ok=0
		fi
		known_deviation "$m" "$id"
		if [ -n "$todo" ]; then
			# Judged by the APM; Bochs is known not to do it.
			bochs_todo_line "$ok" "$n" "$name" APM
		elif [ "$ok" = 1 ]; then
			echo "ok $n - $name"
		else
			echo "not ok $n - $name"
			if [ -z "$line" ]; then
				echo "# $why_missing"
			else
				echo "# kernel: $verdict $detail (expected $want)"
			fi
			[ "$id" = cpuid-svm-leaf ] && echo "# expected: $leaf"
			model_failed=1
		fi
	done <<EOF
$scenarios
EOF

	n=$((n + 1))
	bochs_end_line "$n" SVMT "svm $m run: " ""

	if [ "$model_failed" = 1 ]; then
		failed=1
		bochs_dump "$m"
	fi
done

bochs_times "$t0" "$n_models" "$jobs"
# The run directories stay for inspection ("make clean" removes them).
exit "$failed"
