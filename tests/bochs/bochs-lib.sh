# SPDX-License-Identifier: MIT
#
# bochs-lib.sh - what the Bochs test scripts share (sourced by bash):
# the tool checks that make a test skip, the GRUB multiboot2 ISO, one Bochs
# run per CPU model in its own directory (several in parallel), the
# kernel's markers, the TAP line of a whole run, and the dump of a failed
# run.  The caller sets
#	rundir tmo        work directory, seconds per run
# Facts behind the Bochs settings: shared/notes/bochs-vmx.md.

bochs=${BOCHS_BIN:-bochs-bin}
mkrescue=${GRUB_MKRESCUE:-grub-mkrescue}
bios=/usr/share/bochs/BIOS-bochs-latest
vgabios=/usr/share/vgabios/vgabios.bin
grub_pc=/usr/lib/grub/i386-pc

skip() {
	echo "1..0 # SKIP $*"
	exit 0
}

bail() {
	echo "Bail out! $*"
	exit 1
}

# Missing tools make the whole test skip, with the reason.
bochs_require_tools() {
	local d f term_plugin=
	command -v "$bochs" >/dev/null 2>&1 ||
		skip "$bochs not found (apt-get install bochs bochs-term bochsbios vgabios)"
	command -v "$mkrescue" >/dev/null 2>&1 ||
		skip "$mkrescue not found (apt-get install grub-common grub-pc-bin xorriso)"
	command -v xorriso >/dev/null 2>&1 || skip "xorriso not found (apt-get install xorriso)"
	command -v timeout >/dev/null 2>&1 || skip "timeout (coreutils) not found"
	[ -d "$grub_pc" ] || skip "$grub_pc missing (apt-get install grub-pc-bin)"
	[ -r "$bios" ] || skip "$bios missing (apt-get install bochsbios)"
	[ -r "$vgabios" ] || skip "$vgabios missing (apt-get install vgabios)"
	for d in /usr/lib/*/bochs/plugins /usr/lib/bochs/plugins /usr/lib64/bochs/plugins \
		 ${LTDL_LIBRARY_PATH:-}; do
		for f in "$d"/libbx_term*.so*; do
			[ -e "$f" ] && term_plugin=$f && break 2
		done
	done
	[ -n "$term_plugin" ] ||
		skip "Bochs term display plugin not found (apt-get install bochs-term)"
}

# bochs_make_iso KERNEL NAME: $rundir/NAME.iso booting KERNEL; sets iso.
bochs_make_iso() {
	local kernel=$1 name=$2
	[ -r "$kernel" ] || bail "kernel image $kernel not found (make builds it)"
	rm -rf "$rundir"
	mkdir -p "$rundir/iso/boot/grub" || bail "cannot create $rundir"
	cp "$kernel" "$rundir/iso/boot/$name.elf" || bail "cannot copy $kernel"
	cat >"$rundir/iso/boot/grub/grub.cfg" <<EOF
set timeout=0
set default=0
terminal_output console
menuentry "vmxgen $name" {
	multiboot2 /boot/$name.elf
	boot
}
EOF
	if ! "$mkrescue" --install-modules="multiboot2 normal iso9660 biosdisk" \
		--locales= --fonts= --themes= -o "$rundir/$name.iso" "$rundir/iso" \
		>"$rundir/grub-mkrescue.log" 2>&1; then
		sed 's/^/# /' "$rundir/grub-mkrescue.log"
		bail "grub-mkrescue failed"
	fi
	iso=$(cd "$rundir" && pwd)/$name.iso
}

# bochs_run_model MODEL: boot $iso on CPU MODEL in $rundir/MODEL; leaves
# com1.txt, bochs.log, stderr.txt, status (timeout's) and times there.
bochs_run_model() {
	local model=$1 dir=$rundir/$1 start end
	mkdir -p "$dir"
	cat >"$dir/bochsrc" <<EOF
megs: 64
romimage: file=$bios
vgaromimage: file=$vgabios
cpu: model=$model, count=1, reset_on_triple_fault=0
ata0-master: type=cdrom, path="$iso", status=inserted
boot: cdrom
display_library: term
port_e9_hack: enabled=1
clock: sync=none
panic: action=fatal
error: action=report
sound: waveoutdrv=dummy, waveindrv=dummy, midioutdrv=dummy
com1: enabled=1, mode=file, dev=com1.txt
log: bochs.log
EOF
	printf 'c\nquit\n' >"$dir/bochs.rc"
	start=$(date +%s.%N)
	(
		cd "$dir" || exit 1
		# SIGINT drops a hung Bochs into its debugger, which runs "quit".
		TERM=dumb timeout -s INT -k 5 "$tmo" \
			"$bochs" -q -f bochsrc -rc bochs.rc </dev/null \
			>stdout.txt 2>stderr.txt
		echo $? >status
	)
	end=$(date +%s.%N)
	echo "$start $end" >"$dir/times"
}

# bochs_run_models "MODELS" JOBS: every model, JOBS at a time.
bochs_run_models() {
	local m running=0
	for m in $1; do
		bochs_run_model "$m" &
		running=$((running + 1))
		if [ "$running" -ge "$2" ]; then
			wait -n
			running=$((running - 1))
		fi
	done
	wait
}

# bochs_read_run MODEL PREFIX: the run's markers "PREFIX <id> <rest>" into
# the associative array marker (marker[id] = " rest", the first line of
# each id; declare -A marker first) and n_markers; crash (the PREFIX CRASH
# line), panic (Bochs's first panic but the requested power-off), status,
# secs (wall time) and why_missing (what a missing marker means).
bochs_read_run() {
	local dir=$rundir/$1 prefix=$2 com=$rundir/$1/com1.txt line rest key start end
	[ -f "$com" ] || : >"$com"
	crash=$(grep -a -m1 "^$prefix CRASH" "$com")
	panic=$(grep -a -E '>>PANIC<<|^[0-9]+p\[' "$dir/bochs.log" 2>/dev/null |
		grep -v 'Shutdown port: shutdown requested' | head -n 1)
	status=$(cat "$dir/status" 2>/dev/null)
	why_missing="no marker: the kernel did not get this far"
	[ -n "$crash" ] && why_missing="no marker; kernel crashed: ${crash#"$prefix CRASH "}"
	[ -n "$panic" ] && why_missing="no marker; Bochs panicked: $panic"
	[ "$status" = 124 ] || [ "$status" = 137 ] &&
		why_missing="no marker; Bochs timed out after ${tmo}s"
	n_markers=0
	while IFS= read -r line || [ -n "$line" ]; do
		line=${line%$'\r'}
		case $line in
		"$prefix "*) ;;
		*) continue ;;
		esac
		n_markers=$((n_markers + 1))
		rest=${line#"$prefix "}
		key=${rest%% *}
		[ -n "${marker[$key]+set}" ] || marker[$key]=${rest#"$key"}
	done <"$com"
	read -r start end <"$dir/times"
	secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
}

# bochs_verdict ID: the kernel's marker of scenario ID (marker[ID],
# " VERDICT detail") as line, verdict and detail.
bochs_verdict() {
	line=${marker[$1]-}
	rest=${line# }
	verdict=${rest%% *}
	detail=${rest#"$verdict"}
	detail=${detail# }
}

# bochs_end_line N PREFIX NAME MODEL: TAP line N, for the run as a whole:
# the kernel reached "PREFIX END" with exactly the known deviations it
# reported FAIL as failures (deviated), no crash, no Bochs panic.  NAME
# comes first in the line, MODEL in its parentheses.  Sets model_failed
# if not.
bochs_end_line() {
	local end_line= what
	[ -n "${marker[END]+set}" ] && end_line="$2 END${marker[END]}"
	what="kernel reached $2 END with 0 failures"
	[ "$deviated" -gt 0 ] &&
		what="kernel reached $2 END with no failures but the $deviated known Bochs deviation(s)"
	what="$3$what, no crash, no Bochs panic ($4${secs}s)"
	if [ "$end_line" = "$2 END failures=$deviated" ] && [ -z "$crash" ] &&
		[ -z "$panic" ] && [ "$n_markers" -gt 0 ]; then
		echo "ok $1 - $what"
	else
		echo "not ok $1 - $what"
		[ -n "$crash" ] && echo "# $crash"
		[ -n "$panic" ] && echo "# Bochs: $panic"
		[ -z "$end_line" ] && echo "# no '$2 END' marker (Bochs exit status $status)"
		[ -n "$end_line" ] && echo "# $end_line"
		model_failed=1
	fi
}

# bochs_times T0 MODELS JOBS: the figure of the whole test, from T0 (date
# +%s.%N before the ISO was made).
bochs_times() {
	awk -v a="$1" -v b="$(date +%s.%N)" -v m="$2" -v j="$3" \
		'BEGIN { printf "# %d models, %d in parallel: %.1fs including the ISO\n", m, j, b - a }'
}

# bochs_todo_line OK N NAME MANUAL: the TAP line of case N, which Bochs is
# known to get wrong (todo: why, the "# TODO" text; verdict, detail: the
# kernel's marker), judged by MANUAL's rule.  OK=1 (Bochs now does what the
# manual says) is an XPASS and sets model_failed; a FAIL counts in deviated.
bochs_todo_line() {
	if [ "$1" = 1 ]; then
		echo "ok $2 - $3 # TODO $todo"
		echo "# kernel: $verdict $detail"
		echo "# Bochs now does what the $4 says: remove this known_deviation"
		model_failed=1
	else
		echo "not ok $2 - $3 # TODO $todo"
		echo "# kernel: ${verdict:-no marker} $detail"
		[ "$verdict" = FAIL ] && deviated=$((deviated + 1))
	fi
}

# bochs_dump MODEL: the kernel's output, Bochs's log and stderr, as TAP
# comments.
bochs_dump() {
	local dir=$rundir/$1
	echo "# ---- $1: kernel output ($dir/com1.txt) ----"
	sed 's/^/# /' "$dir/com1.txt"
	echo "# ---- $1: Bochs log ($dir/bochs.log) ----"
	sed 's/^/# /' "$dir/bochs.log" 2>/dev/null
	echo "# ---- $1: Bochs stderr ----"
	sed 's/^/# /' "$dir/stderr.txt" 2>/dev/null
}
