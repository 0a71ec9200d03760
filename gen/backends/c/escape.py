# SPDX-License-Identifier: MIT
"""Spec text into C, safely for each context it lands in.

Every string from the spec that reaches C goes through one of these: a
string literal, a block comment, or a kernel-doc comment.  Anything the
spec may hold (quotes, backslashes, trigraphs, comment delimiters, control
characters) comes out as text that compiles and means the same.
"""

import re
import textwrap


def string_literal(text):
    """The body of a C string literal (without the quotes)."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\%03o" % ord(ch))
        else:
            out.append(ch)
    # '??/' and friends are trigraphs under -std=c99: no two '?' in a row
    # (a run of three would keep one pair if only pairs were broken).
    return re.sub(r"(?<=\?)\?", r"\\?", "".join(out))


def comment(text):
    """Text inside a /* ... */ comment, on one line: no delimiter can end
    or nest the comment, no trigraph can splice lines, no control
    character or line separator starts a new line."""
    text = re.sub(r"[\x00-\x1f\x7f\x85\u2028\u2029]", " ", text)
    text = text.replace("*/", "* /").replace("/*", "/ *")
    return re.sub(r"\?(?=\?)", "? ", text)


def kerneldoc(text):
    """Text inside a kernel-doc comment: a comment, where '@' would start
    a parameter description."""
    return comment(text).replace("@", "(at)")


def continued(text, column=72):
    """A multi-line macro with its line continuations aligned, kernel
    style: each backslash at column (tabs of 8), or one space after a
    line that reaches it.  The template's own padding before each
    backslash is dropped, so a name of any length keeps them aligned."""
    out = []
    for line in text.split("\n"):
        if not line.endswith("\\"):
            out.append(line)
            continue
        line = line[:-1].rstrip()
        width = len(line.expandtabs(8))
        pad = column // 8 - width // 8 if width < column else 0
        out.append(line + ("\t" * pad if pad else " ") + "\\")
    return "\n".join(out)


def wrap(text, width=72):
    return textwrap.wrap(text, width, break_on_hyphens=False) or [""]
