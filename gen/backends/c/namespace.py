# SPDX-License-Identifier: MIT
"""The checked C namespace.

Every identifier the C backend emits is registered here with the spec
location that produced it.  A clash is a spec error naming both places:
with another generated name, a C keyword, a reserved identifier, a name of
the hand-written compat header, or a macro that would expand inside it.

C has separate name spaces: ordinary identifiers (functions, enum
constants, typedefs), tags (struct and enum), and macros, which replace
tokens everywhere and so collide with all of them.  Parameters and locals
live in their function, but a file-scope macro or type name would still
reach them, so they must differ from those too.
"""

import re

from backends.c.names import (C_KEYWORDS, COMPAT_MACROS, COMPAT_TYPES,
                              FOREIGN_MACROS)

ORDINARY, TAG, MACRO = "identifier", "tag", "macro"


def _at(where):
    return "%s:%d:%d" % (where.path, where.line, where.column)


class Name:
    def __init__(self, text, space, where, what, internal):
        self.text = text
        self.space = space
        self.where = where
        self.what = what
        self.internal = internal    # the backend's own spelling, not spec text


class Namespace:
    def __init__(self, diag):
        self.diag = diag
        self.names = {}             # text -> [Name]
        for t in COMPAT_TYPES.values():
            self._add(Name(t, ORDINARY, None, "a type of vmx_compat.h", True))
        for m in COMPAT_MACROS:
            self._add(Name(m, MACRO, None, "a macro of vmx_compat.h", True))
        for m, what in FOREIGN_MACROS.items():
            self._add(Name(m, MACRO, None, what, True))

    def _add(self, name):
        self.names.setdefault(name.text, []).append(name)

    def _describe(self, name):
        if name.where is None:
            return name.what
        return "%s (%s)" % (name.what, _at(name.where))

    def _report(self, new, message):
        self.diag.error(new.where, "C name '%s' of %s %s" % (
            new.text, new.what, message))

    def _check_spelling(self, new, file_scope):
        text = new.text
        if text in C_KEYWORDS:
            self._report(new, "is a C keyword; rename it in the spec")
            return False
        if new.internal:
            return True
        if text.startswith("__") or re.match(r"_[A-Z]", text) or \
                (file_scope and text.startswith("_")):
            self._report(new, "is reserved for the C implementation "
                         "(leading underscore%s); rename it in the spec"
                         % (" at file scope" if file_scope and not
                            text.startswith("__") else ""))
            return False
        return True

    def declare(self, text, space, where, what, internal=False, alias=None):
        """A file-scope name.  alias: the name of a function this macro
        stands in for (the 32-bit shims), which is not a clash."""
        new = Name(text, space, where, what, internal)
        if not self._check_spelling(new, file_scope=True):
            return
        for old in self.names.get(text, []):
            if alias is not None and old.space == ORDINARY and alias == text:
                continue
            if old.space == new.space or MACRO in (old.space, new.space):
                self._report(new, "is also the C name of %s"
                             % self._describe(old))
                return
        self._add(new)

    def scope(self, function, where):
        return Scope(self, function, where)


class Scope:
    """Parameters and locals of one generated function."""

    def __init__(self, namespace, function, where):
        self.ns = namespace
        self.function = function
        self.where = where
        self.names = {}

    def declare(self, text, where, what, internal=False, members=False):
        """members: struct members, which only a macro can reach."""
        ns = self.ns
        new = Name(text, ORDINARY, where or self.where,
                   "%s of %s" % (what, self.function), internal)
        if not ns._check_spelling(new, file_scope=False):
            return
        old = self.names.get(text)
        if old is not None:
            ns._report(new, "is also the C name of %s" % ns._describe(old))
            return
        for glob in ns.names.get(text, []):
            if glob.space == MACRO or (glob.space == ORDINARY and
                                       not members):
                ns._report(new, "is also the C name of %s, which would %s it"
                           % (ns._describe(glob), "replace" if glob.space ==
                              MACRO else "be hidden by"))
                return
        self.names[text] = new
