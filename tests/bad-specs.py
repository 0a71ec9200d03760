#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Specs the generator must refuse, and specs it must accept as they are.

The principle (doc/spec-format.md): a spec the generator accepts yields
headers that compile cleanly and mean what the spec says; anything else
is refused with file:line:col.  So each class of mistake is a case here:

- Refused: each case must end in exit status 2 and a compiler-style
  'spec/FILE:LINE:COL: error: ...' at the right place, naming every other
  party of the mistake at its file:line:col (the first definition of a
  duplicate, the other name of a clash), with no Python traceback, in
  bounded time, and must leave the output directory untouched.  Most are
  tests/bad-specs/NAME.yaml, whose first lines say what to expect
  (tests/lib/badspec.py):
      # expect: LINE:COL: REGEX
      # names: LINE:COL                    (another party of that error)
      # path: vmx/instructions/NAME.yaml   (optional; default vmx/NAME.yaml)
      # file: vmx/isa.yaml                 (starts another file of the case)
  The rest (FIFOs, devices, directories named *.yaml, huge files, spec
  directories whose name is not UTF-8, special files among the outputs)
  are written here, in SPECIAL.

- Accepted and correct (ACCEPTED): spec text full of C metacharacters
  ('"', '\\', '??/', '/*', '@', U+2028, NEL), names C reserves only at file
  scope used where they are not, a spec directory named 'spec*' or not
  UTF-8: generated, compiled with every compiler, -m64 and -m32, C99 and
  gnu11, -Wall -Wextra -Werror, and the text found as the spec says (C
  strings by a program that prints them, comments in the headers).
"""

import json
import os
import re
import shutil

import badspec
import cmatrix
import forkserver
from badspec import DIRECTORY, FIFO, Case, Expect, Symlink
from callers import caller_functions, public
from vmxtest import SPEC, SRCDIR, Tap, load_model, parallel, write

CASES = os.path.join(SRCDIR, "tests", "bad-specs")

# --- refused: what a file cannot hold ---------------------------------------

# Guard of the cases that used to hang (FIFOs, a flat 4 MiB list): a
# generator blocked on a FIFO is killed after the case's timeout (and
# fails 'exits with status 2'); one that works too long costs CPU.  So the
# guard is CPU seconds (user + system), which a loaded machine does not
# inflate as it does wall time: far above the ~1 s these take, far below
# a run that loops.
MAX_SECONDS = 10


def read_spec(rel):
    with open(os.path.join(SPEC, rel), encoding="utf-8") as f:
        return f.read()


def flat_list(n):
    return "exit_reasons: [" + ",".join(["0"] * n) + "]\n"


def special_cases():
    """[(Case, max seconds)]: specs a case file cannot describe."""
    bad_entry = "exit_reasons:\n  - {number: 1, name: one, descriptio: x}\n"
    # 60000 items in 120 KB (below the size limit): refused at the item
    # where the file passes 50000 YAML nodes (the stream, document,
    # mapping, key and list events come first).
    items = 60000
    at_node = 50000 - 5
    return [
        (Case("FIFO as a spec file", {"vmx/fifo.yaml": FIFO}, [Expect(
            "vmx/fifo.yaml", 1, 1, r"cannot read spec file: it is a FIFO, "
            r"not a regular file")], timeout=MAX_SECONDS * 3), MAX_SECONDS),
        (Case("character device as a spec file",
              {"vmx/zero.yaml": Symlink("/dev/zero")}, [Expect(
                  "vmx/zero.yaml", 1, 1, r"cannot read spec file: it is a "
                  r"character device")], timeout=MAX_SECONDS * 3),
         MAX_SECONDS),
        (Case("directory named *.yaml", {"vmx/dir.yaml": DIRECTORY}, [Expect(
            "vmx/dir.yaml", 1, 1, r"cannot read spec file: it is a "
            r"directory")]), MAX_SECONDS),
        (Case("flat 4 MiB list", {"vmx/flat.yaml": flat_list(2 << 20)},
              [Expect("vmx/flat.yaml", 1, 1, r"spec file is larger than "
                      r"\d+ bytes")], timeout=MAX_SECONDS * 3), MAX_SECONDS),
        (Case("flat list of 60000 items in 120 KB",
              {"vmx/flat.yaml": flat_list(items)},
              [Expect("vmx/flat.yaml", 1, len("exit_reasons: [") + 1 +
                      2 * at_node, r"this file holds more than 50000 YAML "
                      r"nodes; refusing$")], timeout=MAX_SECONDS * 3),
         MAX_SECONDS),
        # Not UTF-8: the name is shown with its bytes escaped, no
        # UnicodeEncodeError on the way.
        (Case("spec directory whose name is not UTF-8",
              {"vmx/bad.yaml": bad_entry}, [Expect(
                  "vmx/bad.yaml", 2, 28, "unknown key 'descriptio'")],
              spec_name=b"spec\xff"), MAX_SECONDS),
        # Outputs: refused before anything is opened (a FIFO would block).
        (Case("FIFO where an output header goes", {}, base="real",
              out_files={"vmxgen/vmx_insn.h": FIFO}, timeout=MAX_SECONDS * 3),
         MAX_SECONDS),
        (Case("character device where an output header goes", {},
              base="real", out_files={"vmxgen/vmx_tables.h":
                                      Symlink("/dev/zero")},
              timeout=MAX_SECONDS * 3), MAX_SECONDS),
    ]


# What an output that is not a regular file gets: refused by its kind, or
# (a symlink out of the output directory) by where it leads.
OUTPUT_ERROR = r"^vmxgen: error: cannot write output: (output \S+/%s is " \
    r"a FIFO, not a regular file|output path '%s' is outside the output " \
    r"directory)$"


def check_refused(tap, case, r, max_seconds=None):
    report = r.report()
    tap.ok(r.rc == 2 and not r.timed_out, "%s: exits with status 2"
           % case.name, report)
    for problem in case.problems:
        tap.ok(False, "%s: %s" % (case.name, problem))
    if not case.expect and not case.out_files:
        tap.ok(False, "%s: says what to expect ('# expect:')" % case.name)
    for e in case.expect:
        tap.ok(r.found(e), "%s: reports %s" % (case.name, e), report)
    if case.out_files:
        for rel, kind in case.out_files.items():
            pat = re.compile(OUTPUT_ERROR % (re.escape(rel), re.escape(rel)))
            tap.ok(len(r.lines) == 1 and pat.match(r.lines[0]),
                   "%s: says why the output cannot be written" % case.name,
                   report)
    tap.ok(r.clean, "%s: no traceback, nothing on stdout" % case.name, report)
    tap.ok(r.untouched, "%s: output directory untouched" % case.name)
    if max_seconds:
        tap.ok(not r.timed_out and r.cpu_seconds < max_seconds,
               "%s: done in %.2f s of CPU (guard %d s)"
               % (case.name, r.cpu_seconds, max_seconds), report)


# --- accepted: spec text C must survive ------------------------------------

def yaml_quote(text):
    """A YAML double-quoted scalar: every character outside printable
    ASCII-and-beyond written as an escape, the rest as it is."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or 0x7f <= ord(ch) <= 0x9f or ch in "\u2028\u2029":
            out.append("\\x%02x" % ord(ch) if ord(ch) < 0x100
                       else "\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


# VM-instruction error descriptions: C string literals (checked by a
# program that prints them) and kernel-doc comments.
STRINGS = {
    60001: 'a "quoted" word',
    60002: "ends with a backslash \\",
    60003: "trigraphs ??= ??( ??) ??' ??< ??! ??> ??- and at the end ??/",
    60004: "a comment opener /* and // in the middle",
    60005: "printf %s %d %n and a \\n and \\x41 written out",
    60006: "separators\u2028line\x85next\u2029paragraph",
    60007: "non-ASCII \u00e9 \u2713 \U0001F600",
    60008: "an at sign @param and a@b",
    60009: 'backslash-quote \\" and a double \\\\',
}
# Runs of question marks: breaking each '??' of '???/' left to right
# leaves a '??/': its own case.
QUESTION_MARKS = {
    60010: "runs of question marks: ???/ ????/ ?????= and ???",
}
# Text that lands in comments only: (text, where it must be found).
COMMENTS = {
    "exit reason": "opens /* a comment and ends with ??/",
    "summary": "summary /* with a trigraph at the end ??/",
    "description": "first line ??/\nsecond /* line \\\nthird",
    "operand": "operand /* summary ??/",
    "layout": "a 96-bit /* layout ??/",
    "field": "field /* summary ??/",
    "value": "value /* summary ??/",
    "enum": "enum /* summary ??/",
    "vmcs sdm": "B.4.4 /* ??/",
    "capability sdm": "A.99 /* ??/",
    "title": "VMX /* title ??/",
    "note": 'note /* "quoted" ??/',
}
# The manual's name, in every SDM reference: its own case.
MANUAL = "Intel /* SDM ??/"


def edit_isa(**keys):
    """The real isa.yaml with top-level keys of isa: (or of its status:,
    for 'note' and 'summary') set to text."""
    isa = read_spec("vmx/isa.yaml")
    for key, text in sorted(keys.items()):
        indent = "    " if key in ("note", "summary") else "  "
        isa, n = re.subn(r"(?m)^%s%s: .*$" % (indent, key),
                         "%s%s: %s" % (indent, key, yaml_quote(text)), isa)
        assert n == 1, key
    return isa


def accepted_spec():
    """Files of the real spec plus vmx/zz-accepted.yaml, with text full of C
    metacharacters in every place spec text reaches C."""
    isa = edit_isa(title=COMMENTS["title"], note=COMMENTS["note"])
    q = {k: yaml_quote(v) for k, v in COMMENTS.items()}
    extra = ["vm_instruction_errors:"]
    extra += ["  - {number: %d, name: accepted_%d, description: %s}"
              % (n, n, yaml_quote(t)) for n, t in sorted(STRINGS.items())]
    extra += [
        "exit_reasons:",
        "  - {number: 60001, name: accepted, description: %s}"
        % q["exit reason"],
        "instructions:",
        # MONITORX (0F 01 FA) and a memory-only /7 (CLFLUSH, 0F AE /7: not
        # in the spec, whose INVLPG is 0F 01 /7) match no byte sequence in
        # common.
        "  - mnemonic: monitorx",
        "    name: accepted_monitorx",
        "    summary: " + q["summary"],
        "    description: " + q["description"],
        "    sdm: none",
        "    encoding: {prefix: none, map: 0f, opcode: 0x01, modrm: 0xfa}",
        "    operands: []",
        "    status: none",
        "    clobbers: [rax, rcx, rdx]",
        "    memory_clobber: false",
        # '_x' is reserved at file scope only: a parameter may be named so.
        "  - mnemonic: clflush",
        "    name: accepted_clflush",
        "    summary: flush a cache line",
        "    sdm: none",
        "    encoding: {prefix: none, map: 0f, opcode: 0xae, modrm: /7}",
        "    operands:",
        "      - {name: _x, role: read, kind: mem, width: 8, summary: %s}"
        % q["operand"],
        "    status: none",
        "    memory_clobber: true",
        "layouts:",
        # 96 bits: a struct whose size is no multiple of 64; 40 bits: a
        # value of no C integer's width.
        "  - name: accepted_96",
        "    summary: " + q["layout"],
        "    sdm: none",
        "    bits: 96",
        "    fields:",
        "      - {bits: '31:0', name: low, summary: %s}" % q["field"],
        "      - {bits: '63:32', reserved: zero}",
        "      - {bits: '95:64', name: high, values: [{name: ONE, value: 1, "
        "summary: %s}]}" % q["value"],
        "  - name: accepted_40",
        "    summary: a 40-bit value",
        "    sdm: none",
        "    bits: 40",
        "    fields:",
        "      - {bits: '39:1', name: upper}",
        "      - {bits: '0:0', reserved: one}",
        # 'enum _x' was accepted as reserved C; enum vmx__x is not.
        "enums:",
        "  - name: _x",
        "    prefix: ACCEPTED_",
        "    summary: " + q["enum"],
        "    sdm: none",
        "    values:",
        "      - {name: A, value: 1}",
        "vmcs_fields:",
        "  - {name: accepted, encoding: 0x6cfe, width: natural, "
        "type: host_state, sdm: %s}" % q["vmcs sdm"],
        "capabilities:",
        "  - name: ia32_accepted",
        "    short_name: accepted",
        "    msr: 0x4ff",
        "    sdm: " + q["capability sdm"],
        "    bits:",
        "      - {bit: 0, name: accepted_bit}",
    ]
    return {"vmx/isa.yaml": isa, "vmx/zz-accepted.yaml": "\n".join(extra)
            + "\n"}


def question_marks_spec():
    """The real spec plus a VM-instruction error and an exit reason whose
    descriptions are runs of question marks."""
    text = QUESTION_MARKS[60010]
    return {"vmx/zz-accepted.yaml": "\n".join([
        "vm_instruction_errors:",
        "  - {number: 60010, name: accepted_60010, description: %s}"
        % yaml_quote(text),
        "exit_reasons:",
        "  - {number: 60010, name: accepted, description: %s}"
        % yaml_quote(text)]) + "\n"}


def norm(text):
    """Text as a comment must hold it: a comment may break '/*', '*/' and
    '??' with a space, write '@' as '(at)' (kernel-doc), turn line breaks
    and separators into spaces, and wrap (a line of a block comment goes
    on after ' * ')."""
    text = re.sub(r"\n[ \t]*\*[ \t]", " ", text)
    return re.sub(r"\s+", "", text.replace("(at)", "@"))


PRINT_STRINGS = """\
#include <stdio.h>
#include <string.h>
#include <vmxgen/vmx.h>

int main(void)
{
	static const unsigned numbers[] = { %s };
	unsigned i;

	for (i = 0; i < sizeof(numbers) / sizeof(numbers[0]); i++) {
		const char *s = vmx_insn_error_description(numbers[i]);

		if (!s)
			return 1;
		fwrite(s, 1, strlen(s) + 1, stdout);
	}
	return 0;
}
"""


def compile_matrix(src, out, action=("-S", "-o", os.devnull)):
    """src with every compiler, -m64 and -m32, C99 and gnu11,
    freestanding, -O0, against the headers in out: cmatrix.compile()'s
    list."""
    return cmatrix.compile(cmatrix.variants(stds=("c99", "gnu11")), src,
                           out=out, opt="-O0", action=action)


# TODO(speed): of the test's ~13 s of CPU, the accepted cases take about
# half: six whole generator runs (~0.55 s each), 64 compiles of the
# headers (~5 s: 8 variants for each case that compiles) and two
# load_model() calls in this process; the ~140 refused cases cost ~2.3 s
# in the fork server's children, the two that put a FIFO or a device
# among the outputs 0.6 s each (they load the whole real spec before
# refusing).  Profiled 2026-12-08, nothing cut yet.
def check_accepted(tap):
    runs = [Case("C metacharacters in spec text", accepted_spec(),
                 base="real", outputs="empty"),
            Case("runs of question marks in spec text",
                 question_marks_spec(), base="real", outputs="empty"),
            # 'a table's entries from all files of an ISA are
            # concatenated' (doc/spec-format.md): isa.yaml's too.
            Case("a table in isa.yaml", {"vmx/isa.yaml": read_spec(
                "vmx/isa.yaml") + "exit_reasons:\n  - {number: 60020, "
                "name: accepted_in_isa, description: in isa.yaml}\n"},
                base="real", outputs="empty"),
            Case("C metacharacters in the manual's name",
                 {"vmx/isa.yaml": edit_isa(manual=MANUAL)}, base="real",
                 outputs="empty"),
            Case("spec directory named 'spec*'", {}, base="real",
                 outputs="empty", spec_name="spec*"),
            Case("spec directory whose name is not UTF-8", {}, base="real",
                 outputs="empty", spec_name=b"spec\xff")]
    results = parallel(lambda c: badspec.run(c, keep=True), runs)
    try:
        for case, r in zip(runs, results):
            out = os.path.join(r.wd, "out")
            ok = tap.ok(r.rc == 0 and not r.stderr,
                        "accepted: %s: exit 0, nothing on stderr" % case.name,
                        r.report())
            if not ok:
                continue
            if case.name == "C metacharacters in spec text":
                check_text(tap, case, r, out, STRINGS, COMMENTS)
                continue
            if case.name == "runs of question marks in spec text":
                check_text(tap, case, r, out, QUESTION_MARKS, {})
                continue
            text = all_headers(out)
            if case.name == "a table in isa.yaml":
                tap.ok("VMX_BASIC_EXIT_REASON_ACCEPTED_IN_ISA = 60020" in text,
                       "accepted: %s: its entries are in the headers"
                       % case.name)
                continue
            if case.spec_name == "spec*":
                shown = "spec* /"
            elif isinstance(case.spec_name, bytes):
                shown = "spec\ufffd/"
            else:
                shown = MANUAL
            tap.ok(norm(shown) in norm(text), "accepted: %s: the headers "
                   "show it as %r" % (case.name, shown), text[:600])
            src = write(os.path.join(r.wd, "use.c"),
                        "#include <vmxgen/vmx.h>\n")
            for v, cmd, c in compile_matrix(src, out, action=(
                    "-fsyntax-only",)):
                tap.ok(c.returncode == 0 and not c.stderr, "accepted: %s: "
                       "the headers compile (%s, -Wall -Wextra -Werror)"
                       % (case.name, v.name), cmatrix.failed(cmd, c))
    finally:
        for r in results:
            shutil.rmtree(r.wd, ignore_errors=True)


def all_headers(out):
    text = ""
    for root, _, files in os.walk(out):
        for f in sorted(files):
            if f.endswith(".h"):
                with open(os.path.join(root, f), encoding="utf-8") as fh:
                    text += fh.read()
    return text


def check_text(tap, case, r, out, strings, comments):
    # Every header, and a call of each function the case adds (compiled
    # to assembly: the asm statements are checked too).
    model = load_model(r.spec)
    callees, _ = public(model, out)
    src = write(os.path.join(r.wd, "callers.c"), caller_functions(
        [c for c in callees if "accepted" in c.name], out))
    for v, cmd, c in compile_matrix(src, out):
        tap.ok(c.returncode == 0 and not c.stderr, "accepted: %s: the "
               "headers and a caller of its functions compile (%s, -Wall "
               "-Wextra -Werror)" % (case.name, v.name),
               cmatrix.failed(cmd, c))
    whole = norm(all_headers(out))
    for what, text in sorted(comments.items()):
        tap.ok(norm(text) in whole, "accepted: %s: %s %s is in a comment "
               "as the spec says" % (case.name, what, json.dumps(text)))
    for n, text in sorted(strings.items()):
        tap.ok(norm(text) in whole, "accepted: %s: VM-instruction error %d "
               "%s is in a comment as the spec says" % (case.name, n,
                                                        json.dumps(text)))
    prog = write(os.path.join(r.wd, "print.c"), PRINT_STRINGS % ", ".join(
        str(n) for n in sorted(strings)))
    want = b"".join(strings[n].encode("utf-8") + b"\0"
                    for n in sorted(strings))
    for v, cmd, c, ran in cmatrix.build_and_run(
            cmatrix.variants(stds=("c99", "gnu11"), worlds=("hosted",)),
            prog, r.wd, "print", out, opt="-O0", text=False):
        name = "accepted: %s: every C string holds the spec's text, byte " \
            "for byte (%s)" % (case.name, v.name)
        if cmd is None:
            tap.skip(name, v.skip)
            continue
        got = ran.stdout if ran else None
        tap.ok(got == want, name, cmatrix.failed(cmd, c) +
               "\nwant %r\ngot  %r" % (want, got))


def main():
    forkserver.start()
    tap = Tap()
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".yaml"))
    cases = [(badspec.from_file(os.path.join(CASES, f)), None) for f in files]
    cases += special_cases()
    for (case, seconds), r in zip(cases, parallel(
            lambda c: badspec.run(c[0]), cases)):
        check_refused(tap, case, r, seconds)
    tap.ok(len(files) >= 60, "at least 60 distinct refused specs as files "
           "(%d), %d more here" % (len(files), len(cases) - len(files)))
    check_accepted(tap)
    tap.done()


if __name__ == "__main__":
    main()
