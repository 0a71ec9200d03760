# SPDX-License-Identifier: MIT
"""The C names registry: the checked namespace of the generated C.

Every identifier the C backend emits is handed out here (by names.IsaNames,
which the templates and the backend call for every name they print) and
recorded with the spec location that produced it.  A clash is a spec error
naming both places: with another generated name, a C keyword, a reserved
identifier, a name of the hand-written compat header, or a macro that
would expand inside it.  The record is what `vmxgen --names` prints and
what tests/namespace.py compares with the names the generated headers
declare, so nothing the templates emit escapes the checks.

C has separate name spaces: ordinary identifiers (functions, enum
constants, typedefs), tags (struct and enum), and macros, which replace
tokens everywhere and so collide with all of them.  Parameters and locals
live in their function, but a file-scope macro or type name would still
reach them, so they must differ from those too.
"""

import re

from backends.c.names import (C_KEYWORDS, COMPAT_MACROS, COMPAT_TYPES,
                              DUMP_LINE_FUNCTIONS, DUMP_LINE_MACROS,
                              DUMP_LINE_TAG, FOREIGN_MACROS)

ORDINARY, TAG, MACRO = "identifier", "tag", "macro"


def _at(where):
    return "%s:%d:%d" % (where.path, where.line, where.column)


def _key(where):
    """A location as a value (Locations compare by identity)."""
    return None if where is None else (where.path, where.line, where.column)


def _order(a, b):
    """Two clashing names as (named, reported): the error is at the spec's
    own name rather than at one the backend spells, else at the later
    place in the spec (what was added last), whatever order the templates
    print them in."""
    if a.where is None or (a.internal and not b.internal):
        return a, b
    if b.where is None or (b.internal and not a.internal):
        return b, a
    return (a, b) if a.where.key() <= b.where.key() else (b, a)


class Name:
    def __init__(self, text, space, where, what, internal):
        self.text = text
        self.space = space
        self.where = where
        self.what = what
        self.internal = internal    # the backend's own spelling, not spec text


def _spelling_key(name):
    """A misspelt spec name is one mistake however many generated
    functions take it (a wrapper and its other forms): what it is, less
    the function it is in."""
    return ("spelling", name.text, re.sub(r" of \w+\(\)$", "", name.what))


class Registry:
    def __init__(self):
        self.names = {}             # text -> [Name]
        self.scopes = {}            # title -> Scope
        self.record = []            # (scope title or None, Name), in order
        self.errors = []            # (location, message) of each clash
        self._reported = set()
        # The names of the hand-written headers (include/vmxgen/), which
        # tests/namespace.py also holds against the hypervisor trees.
        self.handwritten = [
            Name(t, ORDINARY, None, "a type of vmx_compat.h", True)
            for t in COMPAT_TYPES.values()] + [
            Name(m, MACRO, None, "a macro of vmx_compat.h", True)
            for m in COMPAT_MACROS] + [
            Name(f, ORDINARY, None, "a function of dump_line.h", True)
            for f in DUMP_LINE_FUNCTIONS.values()] + [
            Name(DUMP_LINE_TAG, TAG, None, "a struct of dump_line.h", True)
        ] + [Name(m, MACRO, None, "a macro of dump_line.h", True)
             for m in DUMP_LINE_MACROS]
        for name in self.handwritten:
            self._add(name)
        for m, what in FOREIGN_MACROS.items():
            self._add(Name(m, MACRO, None, what, True))

    def _add(self, name):
        self.names.setdefault(name.text, []).append(name)

    def _describe(self, name):
        if name.where is None:
            return name.what
        return "%s (%s)" % (name.what, _at(name.where))

    def _report(self, new, message, once=None):
        """once: a key under which the mistake is reported only once, for
        a spec name that several generated functions take (a wrapper and
        its other forms): its spelling is one mistake at one place."""
        text = "C name '%s' of %s %s" % (new.text, new.what, message)
        key = (_key(new.where), once or text)
        if key not in self._reported:
            self._reported.add(key)
            self.errors.append((new.where, text))

    def _check_spelling(self, new, file_scope):
        text = new.text
        if text in C_KEYWORDS:
            self._report(new, "is a C keyword; rename it in the spec",
                         once=_spelling_key(new))
            return False
        if new.internal:
            return True
        if text.startswith("__") or re.match(r"_[A-Z]", text) or \
                (file_scope and text.startswith("_")):
            self._report(new, "is reserved for the C implementation "
                         "(leading underscore%s); rename it in the spec"
                         % (" at file scope" if file_scope and not
                            text.startswith("__") else ""),
                         once=_spelling_key(new))
            return False
        return True

    def declare(self, text, space, where, what, internal=False, alias=None):
        """A file-scope name; returns text.  Declaring the same name for
        the same thing again (a template prints it twice) is no clash.
        alias: the name of a function this macro stands in for (the
        32-bit shims), which is not a clash."""
        new = Name(text, space, where, what, internal)
        for old in self.names.get(text, []):
            if (old.space, _key(old.where), old.what) == (space, _key(where),
                                                        what):
                return text
        if not self._check_spelling(new, file_scope=True):
            return text
        for old in self.names.get(text, []):
            if alias is not None and old.space == ORDINARY and alias == text:
                continue
            if old.space == new.space or MACRO in (old.space, new.space):
                first, second = _order(old, new)
                self._report(second, "is also the C name of %s"
                             % self._describe(first))
                return text
        self._add(new)
        self.record.append((None, new))
        return text

    def scope(self, function, where):
        """The parameters and locals of one function (or the members of
        one struct): the same title gives the same scope."""
        if function not in self.scopes:
            self.scopes[function] = Scope(self, function, where)
        return self.scopes[function]

    def finish(self):
        """The checks of parameters, locals and members against the
        file-scope names, once every name is in (a template may print a
        function before the file-scope name its local meets)."""
        for scope in self.scopes.values():
            for text, new in scope.names.items():
                for glob in self.names.get(text, []):
                    if glob.space == MACRO or (glob.space == ORDINARY and
                                               not scope.members):
                        self._report(new, "is also the C name of %s, which "
                                     "would %s it" % (self._describe(glob),
                                                      "replace" if glob.space
                                                      == MACRO else
                                                      "be hidden by"))
                        break

    def dump(self):
        """The record as lines: scope, space, name, location, what."""
        out = []
        for scope, name in self.record:
            out.append("\t".join((
                scope or "-", name.space, name.text,
                _at(name.where) if name.where else "-", name.what)))
        return out


class Scope:
    """Parameters and locals of one generated function."""

    def __init__(self, namespace, function, where):
        self.ns = namespace
        self.function = function
        self.where = where
        self.names = {}
        self.members = False

    def declare(self, text, where, what, internal=False, members=False):
        """members: struct members, which only a macro can reach.
        Returns text."""
        ns = self.ns
        new = Name(text, ORDINARY, where or self.where,
                   "%s of %s" % (what, self.function), internal)
        old = self.names.get(text)
        if old is not None and (_key(old.where), old.what) == \
                (_key(new.where), new.what):
            return text
        if not ns._check_spelling(new, file_scope=False):
            return text
        if old is not None:
            ns._report(new, "is also the C name of %s" % ns._describe(old))
            return text
        self.names[text] = new
        self.members = members
        ns.record.append((self.function, new))
        return text

    def copy(self, text, where, what, internal=False):
        """A name checked already in another scope (a wrapper's, whose
        form this scope is): recorded here and met by later names, its own
        mistakes not reported twice.  Returns text."""
        new = Name(text, ORDINARY, where or self.where,
                   "%s of %s" % (what, self.function), internal)
        if text not in self.names:
            self.names[text] = new
            self.ns.record.append((self.function, new))
        return text

    def declare_all(self, *texts):
        """The backend's own parameters and locals of a template's
        function, named beside its text; prints as nothing."""
        for text in texts:
            self.declare(text, None, "a local", internal=True)
        return ""
