#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Hostile YAML, through the real command: alias bombs rejected fast and in
bounded memory, nesting bounded, no Python object construction from tags, files that are
not UTF-8 or hold characters YAML forbids, numbers PyYAML cannot convert.

Each case: exit 2, the expected 'spec/FILE:LINE:COL: error:', no
traceback, the output directory untouched.  The bombs also run under a
1 GiB address-space limit; their peak memory is checked against a run on
a one-line spec, and a generous time guard catches a hang.
"""

import os
import re
import shutil

import forkserver
from badspec import Case, Expect, run
from vmxtest import SPEC, SRCDIR, Tap, parallel

# Every case's files go into the VMX folder of a spec that holds the real
# isa.yaml files, so that the loader reads them (a file in no ISA folder
# is refused unread).
ISA = "vmx/"

LIMIT_AS = 1 << 30
# A hang guard, not a speed goal (speed lives in benchmarks): a bomb is
# refused in about 1 s because the loader stops at MAX_NODES; what this
# asserts is that it stops at all, in bounded memory.
MAX_SECONDS = 60.0
MAX_EXTRA_RSS_KB = 200 * 1024


def lol(levels, width=9, anchor="a"):
    """'Billion laughs': level n is width aliases of level n-1."""
    lines = ["%s0: &%s0 [%s]" % (anchor, anchor, ", ".join(['"lol"'] * width))]
    for n in range(1, levels):
        lines.append("%s%d: &%s%d [%s]" % (anchor, n, anchor, n, ", ".join(
            ["*%s%d" % (anchor, n - 1)] * width)))
    return "\n".join(lines) + "\n"


def lol_map(levels):
    lines = ["k0: &m0 {a: x, b: x, c: x, d: x, e: x, f: x, g: x, h: x}"]
    for n in range(1, levels):
        lines.append("k%d: &m%d {%s}" % (n, n, ", ".join(
            "%s: *m%d" % (c, n - 1) for c in "abcdefgh")))
    return "\n".join(lines) + "\n"


# name -> (files {relative path: bytes}, [(file, "LINE:COL", message part)])
BOMB = os.path.join(SPEC, "vmx", "instructions", "vmxon.yaml")
with open(BOMB, "rb") as _f:
    VMXON = _f.read()
CASES = {
    "billion laughs (9 levels of 9 aliases)": (
        {"bomb.yaml": lol(9).encode()},
        [("bomb.yaml", "", "more than \\d+ YAML nodes once its aliases are expanded")]),
    "billion laughs of mappings": (
        {"bomb.yaml": lol_map(9).encode()},
        [("bomb.yaml", "", "more than \\d+ YAML nodes once its aliases are expanded")]),
    "alias bomb inside a real instruction's operands": (
        {"instructions/vmxon.yaml": VMXON + b"\n" + lol(12, 4, "z").encode()},
        [("instructions/vmxon.yaml", "", "more than \\d+ YAML nodes once its aliases are expanded")]),
    "one anchor aliased a million times": (
        {"wide.yaml": ("big: &x [%s]\nuse: [%s]\n" % (
            ", ".join(["1"] * 1000), ", ".join(["*x"] * 1000))).encode()},
        [("wide.yaml", "", "more than \\d+ YAML nodes once its aliases are expanded")]),
    "recursive alias": (
        {"rec.yaml": b"instructions: &a\n  - *a\n"},
        [("rec.yaml", "2:5", "anchor here is used \\(by an alias\\) inside "
          "its own value")]),
    # Below the file size limit; refused where the nesting limit is passed.
    "nesting 60000 deep": (
        {"deep.yaml": b"instructions: " + b"[" * 60000 + b"]" * 60000 + b"\n"},
        [("deep.yaml", "1:", "YAML nesting is deeper than \\d+ levels")]),
    "file over 4 MiB": (
        {"big.yaml": b"# " + b"x" * (4 << 20) + b"\n"},
        [("big.yaml", "1:1", "spec file is larger than")]),
}

# Each of these would run code or create a file if it were constructed.
MARKER = "HOSTILE-MARKER"
PYTHON_TAGS = {
    "apply-os-system.yaml": "instructions: !!python/object/apply:os.system "
                            "['touch %s-1']\n",
    "apply-open.yaml": "instructions:\n  - !!python/object/apply:builtins.open "
                       "['%s-2', 'w']\n",
    "new-object.yaml": "enums: !!python/object/new:subprocess.Popen "
                       "[['touch', '%s-3']]\n",
    "name-tag.yaml": "layouts: [!!python/name:os.system ]\n",
    "module-tag.yaml": "capabilities: !!python/module:os ''\n",
    "tag-on-key.yaml": "? !!python/object/apply:os.system ['touch %s-4']\n"
                       ": x\n",
    "long-form-tag.yaml": "vmcs_fields: !<tag:yaml.org,2002:python/object/apply"
                          ":os.system> ['touch %s-5']\n",
    "binary.yaml": "exit_reasons: !!binary aGVsbG8=\n",
    "timestamp.yaml": "exit_reasons: 2001-12-14t21:59:43.10-05:00\n",
    "set.yaml": "exit_reasons: !!set {a, b}\n",
    "local-tag.yaml": "exit_reasons: !vmx [1]\n",
}
PYTHON_TAG_AT = {"apply-os-system.yaml": "1:15", "apply-open.yaml": "2:5",
                 "new-object.yaml": "1:8", "name-tag.yaml": "1:11",
                 "module-tag.yaml": "1:15", "tag-on-key.yaml": "1:3",
                 "long-form-tag.yaml": "1:14", "binary.yaml": "1:15",
                 "timestamp.yaml": "1:15", "set.yaml": "1:15",
                 "local-tag.yaml": "1:15"}

# Not UTF-8, or characters YAML does not allow: byte strings, with where.
ENCODING = {
    "latin1-value.yaml": (b"exit_reasons:\n  - {number: 1, name: caf\xe9}\n",
                          "2:26", "not valid UTF-8 \\(byte 0xe9\\)"),
    "utf16.yaml": ("exit_reasons: []\n".encode("utf-16"), "1:1",
                   "not valid UTF-8 \\(byte 0xff\\)"),
    "bad-byte-in-comment.yaml": (b"# \x80\nexit_reasons: []\n", "1:3",
                                 "not valid UTF-8 \\(byte 0x80\\)"),
    "overlong.yaml": (b"exit_reasons: \xc0\xaf\n", "1:15",
                      "not valid UTF-8 \\(byte 0xc0\\)"),
    "encoded-surrogate.yaml": (b"exit_reasons: [\xed\xa0\x80]\n", "1:16",
                               "not valid UTF-8 \\(byte 0xed\\)"),
    "truncated-sequence.yaml": (b"exit_reasons: [x]\n# \xe2\x82", "2:3",
                                "not valid UTF-8 \\(byte 0xe2\\)"),
    "nul.yaml": (b"exit_reasons:\n  - {number: 1,\x00 name: x}\n", "2:16",
                 "character U\\+0000 is not allowed in YAML"),
    "escape-char.yaml": (b"exit_reasons: []\n# \x1b[31m\n", "2:3",
                         "character U\\+001B is not allowed in YAML"),
    "c1-control.yaml": ("exit_reasons: [\u0091]\n".encode(), "1:16",
                        "character U\\+0091 is not allowed in YAML"),
    # Reported at the escape itself: the backslash, after the quote.
    "lone-surrogate-escape.yaml": (b'exit_reasons:\n  - {number: 1, name: x, '
                                   b'description: "\\ud83d\\ude00"}\n', "2:40",
                                   "half of a UTF-16 surrogate pair "
                                   "\\(\\\\ud83d\\)"),
}

# Scalars PyYAML resolves as numbers or booleans but cannot convert.
NUMBERS = {
    "hex-without-digits.yaml": (b"vmcs_fields:\n  - {name: x, encoding: 0x_, "
                                b"width: 16, type: control, sdm: B}\n", "2:25",
                                "'0x_' is not an integer"),
    "binary-without-digits.yaml": (b"exit_reasons:\n  - {number: 0b_, name: x, "
                                   b"description: y}\n", "2:14",
                                   "'0b_' is not an integer"),
    "int-tag-on-text.yaml": (b"exit_reasons:\n  - {number: !!int eleven, "
                             b"name: x, description: y}\n", "2:14",
                             "'eleven' is not an integer"),
    "empty-int.yaml": (b'exit_reasons:\n  - {number: !!int "", name: x, '
                       b'description: y}\n', "2:14", "'' is not an integer"),
    "bool-tag-on-text.yaml": (b"capabilities:\n  - !!bool maybe\n", "2:5",
                              "'maybe' is not true or false"),
    "float-tag-on-text.yaml": (b"capabilities: [!!float one]\n", "1:16",
                               "'one' is not a number"),
    "5000-digit-number.yaml": (b"exit_reasons:\n  - {number: " + b"9" * 5000 +
                               b", name: x, description: y}\n", "2:14",
                               "is not an integer \\(5000 digits\\)"),
    "huge-hex-number.yaml": (b"exit_reasons:\n  - {number: 0x" + b"f" * 5000 +
                             b", name: x, description: y}\n", "2:14",
                             "does not fit in 64 bits"),
    "huge-bit-range.yaml": (b"layouts:\n  - {name: d, summary: s, sdm: x, "
                            b"bits: 64, fields: [{bits: \"" + b"9" * 5000 +
                            b":0\", name: f}]}\n", "2:61",
                            "'bits': string '9999.*' is not a bit range"),
}


def case(name, files, expect):
    """files: {path in the ISA folder: bytes}; expect: [(path, where, regex)]."""
    return Case(name, {ISA + rel: data for rel, data in files.items()},
                [Expect.at(ISA + rel, at, what) for rel, at, what in expect])


def check(tap, name, expect, r, base_rss):
    missing = r.missing()
    tap.ok(r.refused and not missing, "%s: exit 2, %s, no traceback, output "
           "untouched" % (name, "; ".join("%s:%s %s" % (p, a, w)
                                          for p, a, w in expect)[:200]),
           r.report() + ("\nmissing: %s" % ", ".join(map(str, missing))
                         if missing else ""))
    tap.ok(r.seconds < MAX_SECONDS and r.rss < base_rss + MAX_EXTRA_RSS_KB,
           "%s: refused without hanging (%.2f s, guard %.0f s), peak RSS %d MiB "
           "(a one-line spec: %d MiB; limit +%d MiB)"
           % (name, r.seconds, MAX_SECONDS, r.rss // 1024, base_rss // 1024,
              MAX_EXTRA_RSS_KB // 1024), r.report())


def main():
    forkserver.start()
    tap = Tap()
    # What an ordinary failing run costs, to compare the bombs with; the
    # bombs, each under a 1 GiB address-space limit.
    cases = [case("base", {"a.yaml": b"exit_reasons: 1\n"}, [])] + \
        [case(name, files, expect) for name, (files, expect) in CASES.items()]
    base, *bombs = parallel(lambda c: run(c, limit_as=LIMIT_AS), cases)
    tap.ok(base.rc == 2, "baseline: a one-line bad spec exits 2 (%.2f s, peak RSS "
           "%d MiB)" % (base.seconds, base.rss // 1024), base.stderr)
    for (name, (_, expect)), r in zip(CASES.items(), bombs):
        check(tap, name, expect, r, base.rss)

    # Python tags: one spec holding all of them, run in a directory where
    # constructing any of them would leave a marker file.
    files = {rel: (text.replace("%s", MARKER) if "%s" in text else text)
             .encode() for rel, text in PYTHON_TAGS.items()}
    r = run(case("tags", files, [
        (rel, at, "(?:is not allowed in the spec|keys must be plain)")
        for rel, at in PYTHON_TAG_AT.items()]), keep=True)
    markers = [f for f in os.listdir(r.wd) if f.startswith(MARKER)]
    shutil.rmtree(r.wd)
    tap.ok(r.refused and not markers,
           "python/* and other non-standard tags: exit 2, nothing constructed "
           "(no marker file), no traceback, output untouched",
           "markers %s\n%s" % (markers, r.report()))
    for e in r.expect:
        tap.ok(r.found(e), "tag refused where it is written: %s:%d:%d: error: "
               % (e.where.split(":")[0], e.line, e.col), r.stderr)

    # The loader only ever uses PyYAML's safe loader: yaml.load() only
    # with a SafeLoader named in the call.
    unsafe = []
    for root, _, names in os.walk(os.path.join(SRCDIR, "gen")):
        for n in names:
            if n.endswith(".py"):
                with open(os.path.join(root, n), encoding="utf-8") as f:
                    text = f.read()
                for bad in (r"yaml\.load(?:_all)?\((?![^)]*SafeLoader)",
                            r"yaml\.Loader", "FullLoader", "UnsafeLoader",
                            "unsafe_load", "full_load"):
                    if re.search(bad, text):
                        unsafe.append("%s: %s" % (n, bad))
    tap.ok(not unsafe, "gen/ only loads YAML with the safe loader",
           "\n".join(unsafe))

    # One spec holding every file of a table: each error at its place.
    for title, table in (("not UTF-8 / not printable", ENCODING),
                         ("numbers PyYAML cannot convert", NUMBERS)):
        r = run(case(title, {rel: data for rel, (data, _, _) in table.items()},
                     [(rel, at, what) for rel, (_, at, what) in table.items()]),
                limit_as=LIMIT_AS)
        tap.ok(r.refused, "%s: %d files, exit 2, no traceback, output untouched"
               % (title, len(table)), r.report())
        for e in r.expect:
            tap.ok(r.found(e), "%s: %s" % (title, e), r.stderr)
    tap.done()


if __name__ == "__main__":
    main()
