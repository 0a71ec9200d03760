#!/bin/bash
# SPDX-License-Identifier: MIT
#
# run-bochs.sh - run the VMX test kernel on Bochs CPU models and print TAP.
#
# The kernel (built by make from tests/bochs/{boot.S,kernel.c,kernel.ld})
# prints one marker per scenario on COM1:
#	VMXT <scenario-id> <PASS|FAIL|UNSUPPORTED> <detail>
# This script owns the verdicts: for each model it knows which scenarios
# must pass and which must be reported unsupported (and not run), and a
# missing marker, a crash report, a Bochs panic or a timeout is a failure.
# Bochs's exit status is never used (it is 1 for a clean shutdown too).
# Where Bochs is known to differ from the SDM (known_deviation below), the
# kernel still judges by the SDM and the TAP line carries "# TODO": a FAIL
# there is XFAIL, and should Bochs start doing what the SDM says, the XPASS
# fails the test until the deviation is removed from this script.
#
# Run from the build directory, or set top_builddir (make check does both).
# Environment:
#	BOCHS_VMX_KERNEL   kernel ELF     (default tests/bochs/vmxtest.elf)
#	BOCHS_VMX_RUNDIR   work directory (default tests/bochs/run)
#	BOCHS_VMX_MODELS   CPU models     (default: the three below)
#	BOCHS_VMX_JOBS     parallel runs  (default 2)
#	BOCHS_VMX_TIMEOUT  seconds/run    (default 60)
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
kernel=${BOCHS_VMX_KERNEL:-$builddir/tests/bochs/vmxtest.elf}
rundir=${BOCHS_VMX_RUNDIR:-$builddir/tests/bochs/run}
models=${BOCHS_VMX_MODELS:-core2_penryn_t9600 corei7_skylake_x corei7_icelake_u}
jobs=${BOCHS_VMX_JOBS:-2}
tmo=${BOCHS_VMX_TIMEOUT:-60}

# --- Tools (bochs-lib.sh): missing ones make the test skip, with the reason.
. "$(dirname "$0")/bochs-lib.sh" || {
	echo "Bail out! $(dirname "$0")/bochs-lib.sh not found"
	exit 1
}
bochs_require_tools

# --- Scenarios: id|description, in the order the kernel runs them. ------
# The fault scenarios: the kernel defines VMXGEN_FAULT_HOOK to record an
# exception table, its #UD/#GP handler resumes at the recorded fixup, and
# the wrapper must return VMX_FAULT (void wrappers: return after it).
wrappers='invept invvpid vmcall vmclear vmfunc vmlaunch vmptrld vmptrst vmread
	vmresume vmwrite vmxoff vmxon'
# The helpers below set a variable rather than print: no subshell, no fork
# (this script prints over 200 lines, each formerly a handful of forks).
fault_outcome() {
	case $1 in
	vmptrst) outcome="the void wrapper returns, its output not written" ;;
	vmfunc) outcome="the void wrapper returns" ;;
	*) outcome="the wrapper returns VMX_FAULT" ;;
	esac
}
fault_ud_outside=
fault_cpl3=
for w in $wrappers; do
	fault_outcome "$w"
	if [ "$w" != vmxon ]; then
		fault_ud_outside="$fault_ud_outside
fault-ud-$w|$w outside VMX operation (CR4.VMXE=1): #UD at the instruction, resumed at its exception-table fixup, $outcome"
	fi
	case $w in
	vmfunc) want="#UD (not in VMX non-root)" ;;
	*) want="#GP(0)" ;;
	esac
	fault_cpl3="$fault_cpl3
fault-cpl3-$w|$w at CPL 3 in VMX root: $want at the instruction, resumed at CPL 3 at its fixup, $outcome"
done

# The VM exits of exits.c: controls from vmx_ctls_msr()/vmx_ctls_adjust(),
# exit information decoded with the generated layout getters.
exit_scenarios="
adjust-ept-missing|adjust: requiring EPT on a model without it, vmx_ctls_adjust() reports the secondary-controls bit vmx_ctls_bit_name() names 'Enable EPT' as missing
adjust-controls|adjust: the exit scenarios' VMCS controls from vmx_ctls_msr() and vmx_ctls_adjust() with the model's capability MSRs; VM entry accepts them
exit-cr-access|cr-access: guest mov %rax,%cr3 under CR3-load exiting exits (reason 28): qualification cr 3, access type mov-to-CR, gpr RAX; instruction length
dump-vmcs|dump: vmx_vmcs_dump() right after the CR-access exit: VMX_SUCCEED, a line per field the model has (VMfailValid ones skipped), the exit reason named CONTROL_REGISTER_ACCESS, the qualification decoded as cr=0x3 access_type=MOV_TO_CR, the primary controls by name (cr3_load_exiting, hlt_exiting, unconditional_io_exiting)
exit-io-out|io: guest outb %al,\$0x80 under unconditional I/O exiting exits (reason 30): port 0x80, size 1 byte, out, immediate operand; instruction length
exit-io-in|io: guest inw %dx,%ax from port 0x71 under unconditional I/O exiting exits (reason 30): port 0x71, size 2 bytes, in, DX operand; instruction length
exit-exception|exception: guest ud2 with exception-bitmap bit 6 exits (reason 0): interruption information vector 6, type hardware exception, no error code, valid
exit-cpuid|cpuid: guest cpuid exits (reason 10); instruction length
exit-ept-violation|ept-violation: guest write to a guest-physical address the EPT does not map exits (reason 48): qualification write, not read, not readable/writable/executable, linear address valid; the guest-physical and linear addresses
exit-interruptibility|interruptibility: guest vmcall right after sti exits (reason 18) with blocking by STI (not by MOV SS) in the guest interruptibility state, RFLAGS.IF set"

# The guest entry of entry.c: vmx_run_guest() from generated/vmxgen/vmx_entry.S.
entry_scenarios="
enter-guest-launch|enter-guest: vmx_run_guest(regs, false) VMLAUNCHes; the guest finds the 15 values of regs in its GPRs, leaves 15 new ones and VMCALLs (exit 18); they land in regs; rbx, rbp, r12-r15 and the caller's stack intact
enter-guest-round-trips|enter-guest: 1,000 VMRESUMEs, new values both ways each time, every bit of every register 0 and 1 both ways, host registers and stack checked after each; a stale HOST_RSP cache half way is written again, and HOST_RSP equals the cache at the end
enter-guest-entry-failure|enter-guest: guest RFLAGS bit 1 clear: VM-entry failure, exit reason 0x80000021, VMX_SUCCEED, regs as the host left them, host intact
enter-guest-vmfail-valid|enter-guest: VMLAUNCH with a pin-based control the model does not allow: VMX_FAIL_VALID, error 7, regs unchanged, host intact
enter-guest-fault-ud|enter-guest: vmx_run_guest() outside VMX operation (CR4.VMXE=1): #UD at its first VMWRITE, resumed at the fixup vmx-entry.S's fault hook recorded, VMX_FAULT"

# The entry checks of entrycheck.c (issue 23): one case per rule of the
# spec that VMCS edits can break (gen-entry-cases.py lists them).  A case
# the model cannot run (the edits do not break the rule there, a field it
# lacks) reports UNSUPPORTED with the reason: a SKIP here.
cases_txt=${BOCHS_ENTRY_CASES:-$builddir/tests/bochs/entry-cases.txt}
[ -r "$cases_txt" ] || bail "$cases_txt not found (make builds it with the kernel)"
entry_check_scenarios="
entry-check-baseline|entry-check: the checker passes every rule on setup_vmcs()'s valid state, and VMLAUNCH enters the guest
$(cat "$cases_txt")"
# Each model must agree with the checker on at least this many rules.
entry_check_min=40

scenarios="
extable|VMXGEN_FAULT_HOOK records one exception-table entry per VMX instruction (all 13 wrappers), fixups in .text
fault-ud-vmread-vmxe-off|vmread with CR4.VMXE=0 (before VMXON): #UD at the instruction, resumed at its fixup (CF=ZF=1 preset), the wrapper returns VMX_FAULT
fault-ud-vmxon-vmxe-off|vmxon with CR4.VMXE=0: #UD at the instruction, resumed at the asm goto fault label, the wrapper returns VMX_FAULT
enable|enable VMX: CPUID.1:ECX.VMX, IA32_FEATURE_CONTROL locked with VMX outside SMX, CR0/CR4 fixed bits, CR4.VMXE$fault_ud_outside
fault-gp-vmxon-cr0-ne|vmxon with CR0.NE=0 (CR0 fixed-0 bit violated): #GP(0) at the instruction, resumed at its fixup, the wrapper returns VMX_FAULT
vmxon|vmxon of a revision-stamped VMXON region succeeds
vmread-no-current-vmcs|vmread with no current VMCS fails invalid
vmxon-in-root-no-current-vmcs|vmxon in VMX root with no current VMCS fails invalid
vmclear|vmclear of a VMCS region succeeds
vmptrld|vmptrld of the cleared VMCS succeeds
vmptrst|vmptrst returns the loaded VMCS pointer$fault_cpl3
fault-ud-invept-no-ept|invept in VMX root on a model without EPT/INVEPT: #UD (SDM), the wrapper returns VMX_FAULT
fault-ud-invvpid-no-vpid|invvpid in VMX root on a model without VPID/INVVPID: #UD (SDM), the wrapper returns VMX_FAULT
vmptrst-after-faults|the faulting instructions leave the current VMCS pointer unchanged
vmwrite-vmread-16|vmwrite/vmread round trip of a 16-bit field (guest ES selector)
vmwrite-vmread-16-truncates|vmwrite of a wider value to a 16-bit field reads back its low 16 bits
vmwrite-vmread-32|vmwrite/vmread round trip of a 32-bit field (guest ES limit)
vmwrite-vmread-64|vmwrite/vmread round trip of a 64-bit field (TSC offset)
vmread-64-high|vmread of the high-half encoding of a 64-bit field
vmwrite-vmread-natural|vmwrite/vmread round trip of a natural-width field (guest RIP)
typed-accessor-16|typed accessors vmx_write/vmx_vmcs_read_guest_cs_selector round trip (16-bit)
typed-accessor-32|typed accessors vmx_write/vmx_vmcs_read_guest_cs_limit round trip (32-bit)
typed-accessor-64|typed accessors vmx_write/vmx_vmcs_read_vmcs_link_pointer round trip (64-bit)
typed-accessor-natural|typed accessors vmx_write/vmx_vmcs_read_guest_rsp round trip (natural width)
vmread-unsupported-field|vmread of an unsupported field fails valid with error 12
vmptrld-vmxon-pointer|vmptrld of the vmxon region fails valid with error 10
vmptrld-beyond-maxphyaddr|vmptrld beyond the physical-address width fails valid with error 9
vmptrld-unaligned|vmptrld of an unaligned address fails valid with error 9
vmclear-vmxon-pointer|vmclear of the vmxon region fails valid with error 3
vmxon-in-root|vmxon in VMX root fails valid with error 15
vmptrst-after-failures|the failed instructions leave the current VMCS pointer unchanged
invept-single-context|invept single-context (type 1)
invept-global|invept global (type 2)
invvpid-individual-address|invvpid individual-address (type 0)
invvpid-single-context|invvpid single-context (type 1)
invvpid-all-context|invvpid all-context (type 2)
invvpid-single-context-retaining-globals|invvpid single-context-retaining-globals (type 3)
invept-invalid-type|invept with invalid type 3 fails valid with error 28
invvpid-vpid-0|invvpid single-context with VPID 0 fails valid with error 28
vmlaunch-vmcall|vmlaunch of a minimal guest; its VMCALL exits with reason 18, vmx_basic_exit_reason_name() says VMCALL
vmresume-vmfunc|vmresume; the guest VMFUNC exits with reason 59, vmx_basic_exit_reason_name() says VMFUNC
vmresume-hlt|vmresume; the guest HLT exits with reason 12, vmx_basic_exit_reason_name() says HLT
guest-vmcall-status|the guest vmx_vmcall() returns the status the monitor set in RFLAGS
vmlaunch-launched-vmcs|vmlaunch of a launched VMCS fails valid with error 4
vmclear-second-vmcs|vmclear of a second VMCS succeeds
vmptrld-second-vmcs|vmptrld of the second VMCS succeeds
vmlaunch-bad-host-state|vmlaunch with bad host state (host TR selector 0) fails valid with error 8
vmclear-current|vmclear of the current VMCS succeeds
vmptrst-no-current-vmcs|vmptrst with no current VMCS returns all ones
vmwrite-no-current-vmcs|vmwrite with no current VMCS fails invalid$exit_scenarios$entry_scenarios$entry_check_scenarios
vmxoff|vmxoff succeeds
no-fault-on-normal-paths|with the fault hook in force, no instruction outside the fault scenarios faulted
"

# Scenarios each model must report UNSUPPORTED (helper says so; not run).
# Every other scenario must PASS.
inv_all='invept-single-context invept-global invvpid-individual-address
	invvpid-single-context invvpid-all-context
	invvpid-single-context-retaining-globals invept-invalid-type invvpid-vpid-0'
expect_unsupported() {
	case $1 in
	core2_penryn_t9600 | bx_generic)
		echo "$inv_all vmresume-vmfunc fault-cpl3-invept fault-cpl3-invvpid exit-ept-violation" ;;
	*) echo "fault-ud-invept-no-ept fault-ud-invvpid-no-vpid adjust-ept-missing" ;;
	esac
}

# Where Bochs 2.7 is known to differ from the SDM: todo = the reason, the
# TAP "# TODO" explanation; empty: none.
known_deviation() {
	todo=
	case $1:$2 in
	core2_penryn_t9600:fault-ud-invept-no-ept | bx_generic:fault-ud-invept-no-ept)
		todo="Bochs 2.7 deviates from the SDM: INVEPT runs (VMsucceed) on a model without EPT, no #UD" ;;
	core2_penryn_t9600:fault-ud-invvpid-no-vpid | bx_generic:fault-ud-invvpid-no-vpid)
		todo="Bochs 2.7 deviates from the SDM: INVVPID runs (VMsucceed) on a model without VPID, no #UD" ;;
	*:entry-check-entry-to-smm-outside-smm)
		todo="Bochs 2.7 deviates from the SDM (27.2.1.3: outside SMM, the entry-to-SMM control must be 0, a control check, VMfailValid 7): it does not check the control and fails the entry on the guest state instead (exit 33, qualification 0: an SMM guest must block SMIs)" ;;
	core2_penryn_t9600:entry-check-event-other-needs-mtf | core2_penryn_t9600:entry-check-event-other-vector | \
	corei7_skylake_x:entry-check-event-other-needs-mtf | corei7_skylake_x:entry-check-event-other-vector)
		todo="Bochs 2.7 deviates from the SDM (27.2.1.3: without the monitor-trap-flag control, interruption type 7 is reserved, VMfailValid 7): it panics ('unsupported event injection type 7'), so the case is not run" ;;
	*:entry-check-guest-rip-canonical)
		todo="Bochs 2.7 deviates from the SDM (27.3.1.4: in an IA-32e mode guest with CS.L = 1, the guest RIP must be canonical, else exit 33): it enters the guest, which then faults (triple fault, exit 2)" ;;
	esac
}

unsupported_text() {
	case $1 in
	fault-cpl3-invept) utext="no INVEPT on this model: not run" ;;
	fault-cpl3-invvpid) utext="no INVVPID on this model: not run" ;;
	fault-ud-invept-no-ept) utext="INVEPT exists on this model: not run" ;;
	fault-ud-invvpid-no-vpid) utext="INVVPID exists on this model: not run" ;;
	invept-invalid-type) utext="no INVEPT type supported: not run" ;;
	invvpid-vpid-0) utext="INVVPID single-context not supported: not run" ;;
	vmresume-vmfunc) utext="VM functions not supported: not run" ;;
	adjust-ept-missing) utext="EPT is allowed on this model: not run" ;;
	exit-ept-violation) utext="no EPT on this model: not run" ;;
	invept-*) utext="vmx_invept_type_supported() says unsupported: not run" ;;
	invvpid-*) utext="vmx_invvpid_type_supported() says unsupported: not run" ;;
	*) utext="unsupported: not run" ;;
	esac
}

n_scen=$(printf '%s\n' "$scenarios" | grep -c '|')
set -- $models
n_models=$#
# Per model: every scenario, plus one line for the number of entry checks
# run, and one for a clean run to VMXT END.
echo "1..$((n_models * (n_scen + 2)))"

# --- Build the ISO, run Bochs, one directory per model (bochs-lib.sh). --
t0=$(date +%s.%N)
bochs_make_iso "$kernel" vmxtest
bochs_run_models "$models" "$jobs"

# --- Verdicts from the markers. ------------------------------------------
n=0
failed=0
for m in $models; do
	short=${m#*_}
	com=$rundir/$m/com1.txt
	unsup=" $(echo $(expect_unsupported "$m")) "
	model_failed=0
	deviated=0	# known deviations the kernel reported FAIL
	ec_agree=0	# entry checks where the CPU and the checker agree
	# The kernel's markers, read once: marker[id] = " VERDICT detail";
	# crash, panic, status, secs, why_missing (bochs-lib.sh).
	unset marker
	declare -A marker
	bochs_read_run "$m" VMXT

	while IFS='|' read -r id desc; do
		[ -n "$id" ] || continue
		n=$((n + 1))
		bochs_verdict "$id"
		case $unsup in
		*" $id "*) want=UNSUPPORTED ;;
		*) want=PASS ;;
		esac
		if [ "$want" = UNSUPPORTED ]; then
			unsupported_text "$id"
			name="$short: $desc: $utext"
		else
			name="$short: $desc"
		fi
		known_deviation "$m" "$id"
		case $id:$verdict in
		entry-check-baseline:*) ;;
		entry-check-*:PASS) ec_agree=$((ec_agree + 1)) ;;
		entry-check-*:UNSUPPORTED)
			if [ -z "$todo" ]; then
				echo "ok $n - $name # SKIP $detail"
				continue
			fi ;;
		esac
		if [ -n "$todo" ]; then
			# Judged by the SDM; Bochs is known not to do it.
			ok=0
			[ "$verdict" = "$want" ] && ok=1
			bochs_todo_line "$ok" "$n" "$name" SDM
		elif [ -n "$verdict" ] && [ "$verdict" = "$want" ]; then
			echo "ok $n - $name"
		else
			echo "not ok $n - $name"
			if [ -z "$line" ]; then
				echo "# $why_missing"
			else
				echo "# kernel: $verdict $detail (expected $want)"
			fi
			model_failed=1
		fi
	done <<EOF
$scenarios
EOF

	n=$((n + 1))
	if [ "$ec_agree" -ge "$entry_check_min" ]; then
		echo "ok $n - $short: entry-check: the CPU and vmx_entry_check() agree on $ec_agree rules (at least $entry_check_min)"
	else
		echo "not ok $n - $short: entry-check: the CPU and vmx_entry_check() agree on $ec_agree rules (at least $entry_check_min)"
		model_failed=1
	fi

	n=$((n + 1))
	bochs_end_line "$n" VMXT "$short: " "model $m, "

	if [ "$model_failed" = 1 ]; then
		failed=1
		bochs_dump "$m"
	else
		grep -a '^VMXT INFO' "$com" | sed "s/^VMXT INFO/# $short:/"
	fi
done

bochs_times "$t0" "$n_models" "$jobs"
# The run directories stay for inspection ("make clean" removes them).
# Fail the script too, so a failure shows even without a TAP driver.
exit "$failed"
