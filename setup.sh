#!/bin/sh
# SPDX-License-Identifier: MIT
# One command for a fresh Debian 12 machine: install the Debian packages
# vmxgen's build and tests need (only the missing ones), then autoreconf,
# configure and make (which regenerates generated/ if the spec changed).
# Extra arguments go to ./configure.
set -eu
cd "$(dirname "$0")"

# Why each package is needed:
PACKAGES="
autoconf automake make gcc pkg-config
python3 python3-jinja2 python3-yaml python3-jsonschema
python3-hypothesis
clang binutils python3-capstone
libzydis-dev
gcc-multilib
rustc-web cargo-web rust-web-src
linux-headers-amd64 sparse
bochs bochs-term bochsbios vgabios grub-pc-bin grub-common xorriso mtools
patch
"
# autoconf..pkg-config  the Autotools build and the pkg-config install test
# python3-jinja2/yaml/jsonschema  the generator: templates, YAML, schema
# python3-hypothesis    property-based fuzzing of the spec loader
# clang                 every test runs under gcc and clang
# binutils, python3-capstone  the encoding oracle's two disassemblers
# libzydis-dev          x86 decoder of the trap-and-emulate harness
# gcc-multilib          32-bit hosted builds (-m32 with libc)
# rustc-web cargo-web   the generated Rust crate (generated/rust/): Debian 12's
#                       rustc-web is 1.85 (1.96 in bookworm-security), stable
#                       asm goto from 1.87; the plain 'rustc' package is 1.63,
#                       without asm goto (and conflicts with rustc-web)
# rust-web-src          the Rust library sources (342 MB installed), for make
#                       check-rust-targets: core for x86_64-unknown-none and
#                       i686 built with -Zbuild-std (rustc-web ships only the
#                       host's core)
# linux-headers-amd64, sparse  the out-of-tree kernel module build test
# bochs ... mtools      the emulated-VMX-CPU tests (Bochs + GRUB ISO)
# patch                 make bench-kvm applies contrib/kvm/vmx.c.patch to KVM

missing=
for p in $PACKAGES; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
		missing="$missing $p"
done
if [ -n "$missing" ]; then
	echo "setup: installing:$missing"
	SUDO=
	[ "$(id -u)" -eq 0 ] || SUDO=sudo
	$SUDO apt-get update -q
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q \
		--no-install-recommends -o DPkg::Lock::Timeout=300 $missing
fi

autoreconf -fi
./configure "$@"
make
# The kernel's checkpatch.pl and kernel-doc for the kernel-style test, from
# Debian's linux-source-6.1 (a download, kept under tests/cache/).
make kernel-scripts
