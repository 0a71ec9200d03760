# SPDX-License-Identifier: MIT
"""Load the YAML spec safely, keep every node's position, check the schema.

This module owns reading the spec: finding its files and ISA folders
(load_sources), parsing each one, checking it against gen/schema.yaml,
and the cache of files already parsed and checked (in memory, and on disk
across runs).  The model (gen/model/) gets plain data and positions.

The result of loading is plain Python data (dicts, lists, scalars) plus a
table from each value's path to where it was written, so that every later
check can say file:line:col.  Errors are collected, not raised: a spec with
several mistakes gets all of them reported in one run.
"""

import bisect
import copy
import difflib
import hashlib
import os
import pickle
import re
import stat
import sys
import tempfile

import yaml

import cachedir

MAX_ERRORS = 50
# Nodes one file may hold once aliases are followed.  The largest real spec
# file has a few thousand; an alias bomb ("billion laughs") reaches this in
# microseconds instead of eating all memory.
MAX_NODES = 50000
# Collections nested deeper than this are refused where they start (the
# spec needs six levels; deep nesting would exhaust Python's stack).
MAX_DEPTH = 64
# The largest real spec file is 18 KB (7x below this).  The size bounds the time and memory
# of parsing before it starts (a flat list of this size parses in well
# under a second with libyaml).
MAX_FILE_BYTES = 128 << 10

# libyaml's parser when PyYAML was built with it: ten times faster than the
# pure-Python one, same nodes and marks.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Integers as the spec writes them: decimal or 0x hexadecimal, nothing else
# that YAML 1.1 would read as a number (010 octal, 0b1, 1_000, 1:30).
_PLAIN_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)|0x[0-9a-fA-F]+")
_BIT_RANGE = re.compile(r"[0-9]+:[0-9]+")

STANDARD_TAGS = {
    "tag:yaml.org,2002:" + t
    for t in ("str", "int", "bool", "null", "float", "map", "seq")
}


class Location:
    """A place in a spec file, 1-based like a compiler's diagnostics."""

    def __init__(self, path, line, column, order=0):
        self.path = path
        self.line = line
        self.column = column
        self.order = order  # index of the file in load order

    @classmethod
    def from_mark(cls, source, mark):
        return source.locate(mark.index)

    def key(self):
        return (self.order, self.line, self.column)

    def __str__(self):
        return "%s:%d:%d" % (self.path, self.line, self.column)


class TooManyErrors(Exception):
    pass


class Diagnostics:
    """Collects errors; each is printed once, in file order."""

    def __init__(self, limit=MAX_ERRORS):
        self.errors = []
        self.limit = limit

    def error(self, location, message):
        self.errors.append((location, message))
        if len(self.errors) >= self.limit:
            raise TooManyErrors()

    def __bool__(self):
        return bool(self.errors)

    def lines(self):
        ordered = sorted(self.errors, key=lambda e: e[0].key())
        out = [_printable("%s: error: %s" % (loc, msg))
               for loc, msg in ordered]
        if len(self.errors) >= self.limit:
            out.append("vmxgen: error: too many errors, stopping after %d"
                       % self.limit)
        return out


def _printable(line):
    """One diagnostic, one line: control characters, line separators and
    surrogates (from the spec's own text) shown as escapes."""
    return re.sub("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]",
                  lambda m: "\\x%02x" % ord(m.group()) if ord(m.group()) < 0x100
                  else "\\u%04x" % ord(m.group()), line)


class Source:
    """One loaded spec file: its data and the position of every value."""

    def __init__(self, path, order, text=""):
        self.path = path
        self.order = order
        # Where each line starts, counting lines as editors and compilers
        # do: only \n, \r\n and \r end one (not NEL or U+2028, which
        # YAML's own marks count).
        self.line_starts = [0] + [m.end() for m in
                                  re.finditer("\r\n|\r|\n", text)]
        self.data = None
        self.value_marks = {}  # path tuple -> Location of the value
        self.key_marks = {}    # path tuple -> Location of the mapping key
        # path tuple -> the plain word YAML 1.1 read as a boolean (on,
        # yes, n, ...): where a string belongs, the message says to quote it
        self.boolean_words = {}
        # path tuple -> (style, text) of each string in an expression
        # table (EXPRESSION_TABLES): where_in() finds a token inside it.
        self.string_spans = {}

    def locate(self, index):
        """The Location of character index of the text."""
        line = bisect.bisect_right(self.line_starts, index)
        return Location(self.path, line, index - self.line_starts[line - 1] + 1,
                        self.order)

    def where(self, path):
        """Location of the value at path, or of its closest parent."""
        path = tuple(path)
        while path not in self.value_marks and path:
            path = path[:-1]
        return self.value_marks.get(path, Location(self.path, 1, 1, self.order))

    def where_in(self, path, offset):
        """The Location of character offset of the string at path: a
        token inside an expression.  The value's characters are found in
        the text as written (after the opening quote or the block
        scalar's header); a string written with escapes that change its
        characters falls back to where the string starts."""
        path = tuple(path)
        span = self.string_spans.get(path)
        start = self.where(path)
        if span is None or not isinstance(offset, int):
            return start
        style, raw = span
        value = self.where_value(path)
        if value is None or offset < 0:
            return start
        i = 0
        if style in ("'", '"'):
            i = 1
        elif style in ("|", ">"):
            i = raw.find("\n") + 1
        index = None
        for n, ch in enumerate(value[:offset + 1]):
            if ch.isspace():
                continue
            j = raw.find(ch, i)
            if j < 0:
                return start
            i = j + 1
            if n >= offset:
                index = j
        if index is None:       # offset at blanks: the next token
            rest = value[offset:]
            stripped = len(rest) - len(rest.lstrip())
            if stripped == len(rest):
                return start
            return self.where_in(path, offset + stripped)
        line, col = start.line, start.column
        for ch in raw[:index]:
            if ch == "\n":
                line, col = line + 1, 1
            else:
                col += 1
        return Location(self.path, line, col, self.order)

    def where_value(self, path):
        node = self.data
        for key in path:
            try:
                node = node[key]
            except (KeyError, IndexError, TypeError):
                return None
        return node if isinstance(node, str) else None

    def where_key(self, path):
        path = tuple(path)
        return self.key_marks.get(path) or self.where(path)


class _NodeConverter:
    """Turns a composed YAML node graph into plain data, recording marks."""

    def __init__(self, source, loader, diag, aliases):
        self.source = source
        self.loader = loader
        self.diag = diag
        self.count = 0
        self.open = set()  # collections being converted: to find '&a [*a]'
        self.seen = set()  # nodes converted once: the next visit is an alias
        self.refused = set()  # paths of values refused with an error
        self.aliases = iter(aliases)  # where each alias is, in text order
        self.text = ""

    def convert(self, node, path, at=None):
        """at: the Location of the alias this node is reached through;
        everything inside is reported there, not at the anchor."""
        self.count += 1
        if self.count > MAX_NODES:
            raise _AliasBomb(node)
        if at is None and id(node) in self.seen:
            at = next(self.aliases, None)
        self.seen.add(id(node))
        loc = at or Location.from_mark(self.source, node.start_mark)
        self.source.value_marks.setdefault(path, loc)
        if node.tag not in STANDARD_TAGS:
            self.diag.error(loc, "YAML tag '%s' is not allowed in the spec"
                            % node.tag)
            self.refused.add(path)
            return None
        if id(node) in self.open:
            self.diag.error(loc, "the YAML anchor here is used (by an alias) "
                            "inside its own value")
            self.refused.add(path)
            return None
        if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
            self.open.add(id(node))
            try:
                return self._collection(node, path, at)
            finally:
                self.open.discard(id(node))
        before = len(self.diag.errors)
        value = self._scalar(node, loc, path)
        if len(self.diag.errors) != before:
            self.refused.add(path)
        return value

    def _collection(self, node, path, at):
        if isinstance(node, yaml.MappingNode):
            result = {}
            for key_node, value_node in node.value:
                key_loc = at or Location.from_mark(self.source,
                                                   key_node.start_mark)
                if not isinstance(key_node, yaml.ScalarNode):
                    self.diag.error(key_loc, "mapping keys must be plain names")
                    continue
                key = key_node.value
                if key == "<<":
                    self.diag.error(key_loc, "merge keys ('<<') are not "
                                    "supported in the spec; write the keys out")
                    continue
                if key in result:
                    first = self.source.key_marks[path + (key,)]
                    self.diag.error(key_loc, "duplicate key '%s' (first given "
                                    "at line %d)" % (shown(key), first.line))
                    continue
                self.source.key_marks[path + (key,)] = key_loc
                result[key] = self.convert(value_node, path + (key,), at)
            return result
        return [self.convert(item, path + (i,), at)
                for i, item in enumerate(node.value)]

    def _scalar(self, node, loc, path):
        # Plain (unquoted) scalars: style None in PyYAML's composer, ''
        # in libyaml's.
        if not node.style and _BIT_RANGE.fullmatch(node.value):
            text = node.value
            if path and path[-1] == "bits":
                self.diag.error(loc, "write the bit range %s as a quoted "
                                "string, '%s' (unquoted, YAML reads some of "
                                "them as base-60 numbers)" % (text, text))
            else:
                self.diag.error(loc, "'%s' is not a number here: YAML reads "
                                "it as base-60 (sexagesimal); write numbers "
                                "in decimal or 0x hex, text in quotes" % text)
            return None
        try:
            value = self.loader.construct_object(node, deep=True)
        except (ValueError, KeyError, IndexError) as e:
            # PyYAML's int, float and bool constructors on text they cannot
            # read ('0x_', '!!int abc', '!!int ""', a 5000-digit number).
            what = {"int": "an integer", "float": "a number", "bool":
                    "true or false"}.get(node.tag.rsplit(":", 1)[-1], node.tag)
            why = ""
            if "Exceeds the limit" in str(e):
                why = " (%d digits)" % len(node.value)
            self.diag.error(loc, "'%s' is not %s%s" % (shown(node.value), what,
                                                        why))
            return None
        # A number YAML could read, but not written as the spec writes
        # numbers: decimal or 0x hexadecimal only.
        if not node.style and node.tag.endswith((":int", ":float")) and \
                (node.tag.endswith(":float") or
                 not _PLAIN_INT.fullmatch(node.value)):
            self.diag.error(loc, "'%s' is not written as a decimal or 0x "
                            "hexadecimal integer; write numbers like 8 or "
                            "0x8 (YAML would read this as %s)"
                            % (shown(node.value),
                               _yaml_reading(node.value, node.tag)))
            return None
        if isinstance(value, bool) and not node.style:
            self.source.boolean_words[path] = node.value
        if isinstance(value, int) and not isinstance(value, bool) and \
                value.bit_length() > 64:
            self.diag.error(loc, "integer '%s' does not fit in 64 bits"
                            % shown(node.value))
            return None
        if isinstance(value, str) and path and \
                path[0] in EXPRESSION_TABLES:
            self.source.string_spans[path] = (
                node.style or "", self.text[node.start_mark.index:
                                            node.end_mark.index])
        if isinstance(value, str) and _SURROGATE.search(value):
            self.diag.error(loc, "string has half of a UTF-16 surrogate "
                            "pair (\\u%04x); write the character itself or "
                            "its \\UXXXXXXXX escape"
                            % ord(_SURROGATE.search(value).group()))
            return None
        return value


_SURROGATE = re.compile("[\ud800-\udfff]")

# Tables whose strings hold expressions (gen/model/rules.py): the loader
# keeps how each one was written, so that an error names the token.
EXPRESSION_TABLES = ("entry_checks",)


_LINE_BREAK_NAMES = {"\x85": "NEXT LINE", "\u2028": "LINE SEPARATOR",
                     "\u2029": "PARAGRAPH SEPARATOR"}
_LINE_BREAKS = re.compile("[\x85\u2028\u2029]")


def _stray_line_break(text):
    """The index of the first NEL, LS or PS outside a quoted scalar, or
    None.  YAML 1.1 ends a line at them, editors and compilers do not: in a
    comment or a plain value they would silently change what the rest of
    the line means.  Inside quotes they are text, and allowed."""
    if not _LINE_BREAKS.search(text):
        return None
    quoted = []
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if isinstance(token, yaml.ScalarToken) and token.style in ("'", '"'):
                quoted.append((token.start_mark.index, token.end_mark.index))
    except yaml.YAMLError:
        pass    # the first stray one is then the likely cause
    for m in _LINE_BREAKS.finditer(text):
        if not any(a <= m.start() < b for a, b in quoted):
            return m.start()
    return None


def _surrogate_escape(text, mark):
    """libyaml refuses a \\uD800-\\uDFFF escape ("invalid Unicode
    character escape code") with its mark near it: find it."""
    head = text[max(0, mark.index - 6):mark.index + 6]
    m = re.search(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}", head)
    if m is None:
        return None
    start = max(0, mark.index - 6) + m.start()
    return re.compile(r"\\u[0-9a-fA-F]{4}").match(text, start)


def _yaml_reading(text, tag):
    if tag.endswith(":float"):
        return "a floating-point number"
    if re.fullmatch(r"[-+]?0[0-7_]+", text):
        return "an octal number"
    if re.fullmatch(r"[-+]?0b[01_]+", text):
        return "a binary number"
    if ":" in text:
        return "a base-60 number"
    if "_" in text:
        return "a number with digit separators"
    return "a number"


def shown(text, limit=40):
    """Text from the spec for a message: not the whole of a huge string."""
    return text if len(text) <= limit else text[:limit - 3] + "..."


class _AliasBomb(Exception):
    def __init__(self, node):
        super().__init__()
        self.node = node


def file_kind(mode):
    """What a non-regular file is, for a message."""
    for test, what in ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO"),
                       (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"),
                       (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return what
    return "not a regular file"


def regular_file_error(path):
    """None if path is a regular file (after symlinks), else why not.
    Checked before opening: opening a FIFO would wait for a writer."""
    try:
        st = os.stat(path)
    except OSError as e:
        return e.strerror
    if not stat.S_ISREG(st.st_mode):
        return "it is %s, not a regular file" % file_kind(st.st_mode)
    return None


def _prescan(source, text, diag):
    """Walk the parser's events once before building anything: refuse a
    file with too many nodes or too deep a nesting where that starts (in
    bounded time: a flat list stops at MAX_NODES events), and list where
    every alias is, so that what an alias repeats is reported there.
    Returns the aliases' Locations in text order, or None."""
    loader = _Loader(text)
    aliases, depth, count = [], 0, 0
    try:
        while loader.check_event():
            event = loader.get_event()
            count += 1
            if isinstance(event, (yaml.MappingStartEvent,
                                  yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    diag.error(Location.from_mark(source, event.start_mark),
                               "YAML nesting is deeper than %d levels here"
                               % MAX_DEPTH)
                    return None
            elif isinstance(event, (yaml.MappingEndEvent,
                                    yaml.SequenceEndEvent)):
                depth -= 1
            elif isinstance(event, yaml.AliasEvent):
                aliases.append(Location.from_mark(source, event.start_mark))
            if count > MAX_NODES:
                diag.error(Location.from_mark(source, event.start_mark),
                           "this file holds more than %d YAML nodes; "
                           "refusing" % MAX_NODES)
                return None
    finally:
        loader.dispose()
    return aliases


def load_bytes(raw, display_path, order, diag):
    """Parse one spec file's bytes into a Source; errors go to diag."""
    top = Location(display_path, 1, 1, order)
    if len(raw) > MAX_FILE_BYTES:
        diag.error(top, "spec file is larger than %d bytes" % MAX_FILE_BYTES)
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        # Lines as everywhere else: \n, \r\n or \r end one.
        head = raw[:e.start]
        breaks = list(re.finditer(b"\r\n|\r|\n", head))
        line = len(breaks) + 1
        col = e.start - (breaks[-1].end() if breaks else 0) + 1
        diag.error(Location(display_path, line, col, order),
                   "spec file is not valid UTF-8 (byte 0x%02x)" % raw[e.start])
        return None
    source = Source(display_path, order, text)
    bad = re.search("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd"
                    "\U00010000-\U0010ffff]", text)
    if bad:
        diag.error(source.locate(bad.start()),
                   "character U+%04X is not allowed in YAML (only printable "
                   "characters are); remove it, or write it as an escape in a "
                   "double-quoted string" % ord(bad.group()))
        return None
    stray = _stray_line_break(text)
    if stray is not None:
        diag.error(source.locate(stray), "character U+%04X (%s) ends a line "
                   "for YAML but not for an editor or a compiler; outside a "
                   "quoted string, remove it (in one, it is kept as text)"
                   % (ord(text[stray]), _LINE_BREAK_NAMES[text[stray]]))
        return None
    try:
        loader = _Loader(text)
    except yaml.reader.ReaderError as e:
        diag.error(source.locate(e.position),
                   "character U+%04X is not allowed in YAML (only printable "
                   "characters are); remove it, or write it as an escape in a "
                   "double-quoted string" % e.character)
        return None
    try:
        aliases = _prescan(source, text, diag)
        if aliases is None:
            return None
        node = loader.get_single_node()
        if node is None:
            diag.error(top, "spec file is empty")
            return None
        before = len(diag.errors)
        converter = _NodeConverter(source, loader, diag, aliases)
        converter.text = text
        source.data = converter.convert(node, ())
        # Values refused here are None in the data; the schema check
        # leaves them alone and checks the rest of the file.
        source.refused = converter.refused
        if len(diag.errors) != before and not isinstance(source.data, dict):
            return None
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        loc = Location.from_mark(source, mark) if mark else top
        problem = e.problem or e.context or "invalid YAML"
        if e.context and e.problem:
            problem = "%s %s" % (e.context, e.problem)
        if e.context_mark and e.problem_mark:
            began = Location.from_mark(source, e.context_mark).line
            if began != loc.line:
                problem += " (the construct began at line %d)" % began
        escape = _surrogate_escape(text, mark) if mark else None
        if escape:
            diag.error(source.locate(escape.start()), "string has half of a "
                       "UTF-16 surrogate pair (%s); write the character "
                       "itself or its \\UXXXXXXXX escape" % escape.group())
            return None
        diag.error(loc, "YAML syntax error: %s" % problem)
        return None
    except yaml.YAMLError as e:
        diag.error(top, "YAML error: %s" % e)
        return None
    except _AliasBomb as e:
        diag.error(Location.from_mark(source, e.node.start_mark),
                   "this file holds more than %d YAML nodes%s; refusing"
                   % (MAX_NODES, " once its aliases are expanded"
                      if "*" in text else ""))
        return None
    except RecursionError:
        diag.error(top, "YAML nesting is too deep")
        return None
    finally:
        loader.dispose()
    return source


def spec_files(spec_dir):
    """The spec's YAML files in a fixed order: sorted relative paths."""
    found = []
    for root, dirs, files in os.walk(spec_dir):
        dirs.sort()
        # A directory named *.yaml is listed, to be refused as a file.
        for name in files + [d for d in dirs if d.endswith(".yaml")]:
            if name.endswith(".yaml"):
                found.append(os.path.relpath(os.path.join(root, name), spec_dir))
    return sorted(found)


ISA_FILE = "isa.yaml"


def isa_folders(names):
    """Group spec files by ISA: each file belongs to the nearest folder
    above it that holds an isa.yaml.  Returns ({folder: [names]}, [names
    that belong to no ISA])."""
    folders = sorted({os.path.dirname(n) for n in names
                      if os.path.basename(n) == ISA_FILE})
    groups = {f: [] for f in folders}
    orphans = []
    for n in names:
        owner = None
        for f in folders:
            if f == "" or n.startswith(f + os.sep):
                if owner is None or len(f) > len(owner):
                    owner = f
        if owner is None:
            orphans.append(n)
        else:
            groups[owner].append(n)
    return groups, orphans


# --- schema checking ----------------------------------------------------

_HEXISH = re.compile(r"^0[xX]")


def _describe(value):
    if isinstance(value, bool):
        return "boolean %s" % ("true" if value else "false")
    if value is None:
        return "null"
    if isinstance(value, int):
        return "integer %d" % value
    if isinstance(value, float):
        return "number %r" % value
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return "string '%s'" % shown
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _type_words(types):
    if isinstance(types, str):
        types = [types]
    words = {"integer": "an integer", "string": "a string", "boolean":
             "true or false", "array": "a list", "object": "a mapping",
             "null": "nothing"}
    return " or ".join(words.get(t, t) for t in types)


def _pattern(validator, pattern, instance, schema):
    """'pattern' with JSON Schema's '$': the end of the string.  Python's
    '$' also matches before a final newline, which let "vmxon\\n" through
    as a C name."""
    if validator.is_type(instance, "string") and \
            not re.search(re.sub(r"\$$", r"\\Z", pattern), instance):
        import jsonschema
        yield jsonschema.ValidationError("%r does not match %r"
                                         % (instance, pattern))


def _validator_class():
    """The schema validator: JSON Schema draft 7 with _pattern, and
    'integer' without JSON's 1.0 (a float would be printed into C as
    "1.0").  jsonschema is imported here, on the first file that is not
    in the generator's cache of checked files (a tenth of a run)."""
    import jsonschema
    return jsonschema.validators.extend(
        jsonschema.Draft7Validator, {"pattern": _pattern},
        type_checker=jsonschema.Draft7Validator.TYPE_CHECKER.redefine(
            "integer", lambda checker, value: isinstance(value, int) and
            not isinstance(value, bool)))


def inline_refs(schema):
    """The schema with every local '$ref' replaced by what it names (the
    spec's schema has no recursion): the validator then follows no
    references, which was most of its time."""
    definitions = schema.get("definitions", {})

    def walk(node):
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/definitions/") \
                    and len(node) == 1:
                return walk(definitions[ref[len("#/definitions/"):]])
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return walk({k: v for k, v in schema.items() if k != "definitions"})


_VALIDATORS = {}


def check_schema(source, schema, diag):
    """Validate source.data against the JSON schema, reporting positions.
    Returns where the errors were: None if there were none, else the set
    of (table, index) entries that failed, or True if the file as a whole
    did (its top level, or a table that is not a list)."""
    validator = _VALIDATORS.get(id(schema))
    if validator is None:
        validator = _VALIDATORS[id(schema)] = _validator_class()(schema)
    failed = set()
    refused = getattr(source, "refused", ())
    for err in sorted(validator.iter_errors(source.data),
                      key=lambda e: source.where(e.absolute_path).key()):
        path = tuple(err.absolute_path)
        if any(path[:len(r)] == r for r in refused):
            # Already reported by the loader (the value is None now); the
            # entry is still left out of the model.
            if len(path) >= 2 and isinstance(path[1], int) and \
                    failed is not True:
                failed.add(path[:2])
            continue
        if len(path) >= 2 and isinstance(path[1], int) and failed is not True:
            failed.add(path[:2])
        else:
            failed = True
        name = "'%s'" % path[-1] if path and isinstance(path[-1], str) \
            else "entry"
        kind = err.validator
        if kind == "additionalProperties":
            allowed = sorted(err.schema.get("properties", {}))
            for key in sorted(err.instance):
                if key in allowed:
                    continue
                msg = "unknown key '%s'" % shown(key)
                close = difflib.get_close_matches(str(key), allowed, 1, 0.6)
                if close:
                    msg += "; did you mean '%s'?" % close[0]
                else:
                    msg += " (allowed here: %s)" % ", ".join(allowed)
                diag.error(source.where_key(path + (key,)), msg)
        elif kind == "required":
            missing = err.message.split("'")[1]
            allowed = sorted(err.schema.get("properties", {}))
            if any(k not in allowed and difflib.get_close_matches(
                    str(k), allowed, 1, 0.6) == [missing]
                    for k in err.instance):
                continue  # misspelt: "unknown key ...; did you mean" says it
            diag.error(source.where(path), "missing required key '%s'" % missing)
        elif kind == "type":
            value = err.instance
            if (isinstance(value, str) and _HEXISH.match(value)
                    and "integer" in err.validator_value):
                msg = "%s: '%s' is not a valid hexadecimal number" % (name, value)
            else:
                msg = "%s must be %s, not %s" % (
                    name, _type_words(err.validator_value), _describe(value))
            word = source.boolean_words.get(path)
            if word is not None and "string" in err.validator_value:
                msg += " (YAML reads a plain %s as a boolean: write it in " \
                    "quotes, \"%s\")" % (word, word)
            diag.error(source.where(path), msg)
        elif kind == "enum":
            choices = ", ".join(str(c) for c in err.validator_value)
            msg = "%s: %s is not one of: %s" % (name, _describe(err.instance),
                                                choices)
            close = difflib.get_close_matches(
                str(err.instance), [str(c) for c in err.validator_value], 1, 0.6)
            if close:
                msg += "; did you mean '%s'?" % close[0]
            diag.error(source.where(path), msg)
        elif kind in ("minimum", "maximum"):
            lo = err.schema.get("minimum")
            hi = err.schema.get("maximum")
            if lo is not None and hi is not None:
                rng = "%s..%s (0x%x..0x%x)" % (lo, hi, lo, hi)
                msg = "%s: %s is out of range; expected %s" % (
                    name, _describe(err.instance), rng)
            else:
                msg = "%s: %s" % (name, err.message)
            diag.error(source.where(path), msg)
        elif kind == "pattern":
            what = err.schema.get("description", "the pattern %s" % err.validator_value)
            diag.error(source.where(path), "%s: %s is not %s" % (
                name, _describe(err.instance), what))
        elif kind == "maxLength":
            diag.error(source.where(path), "%s: %s is longer than %d "
                       "characters (%d)" % (name, _describe(err.instance),
                                            err.validator_value,
                                            len(err.instance)))
        elif kind == "minLength":
            diag.error(source.where(path), "%s must not be empty" % name)
        elif kind in ("minItems", "maxItems"):
            diag.error(source.where(path), "%s: %d entries; %s %d" % (
                name, len(err.instance), "at least" if kind == "minItems"
                else "at most", err.validator_value))
        elif kind == "uniqueItems":
            diag.error(source.where(path), "%s: an entry is repeated" % name)
        elif kind == "minProperties" and not path:
            diag.error(source.where(path), "a spec file needs at least one "
                       "of: %s" % ", ".join(sorted(err.schema["properties"])))
        else:
            diag.error(source.where(path), "%s: %s" % (name, err.message))
    for r in refused:
        if failed is True:
            break
        if len(r) >= 2 and isinstance(r[1], int):
            failed.add(r[:2])
        else:
            failed = True
    return failed or None


# --- the spec: every file read, parsed, checked and cached -------------

SCHEMA = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                      "schema.yaml")


# Sources already loaded and schema-checked, by (display path, bytes),
# least recently used first, each {load order: result}: a fuzzer that
# changes one file of the spec per run does not re-parse the others, nor
# those whose place in the load order a file added before them moved
# (_moved()).  What each one reported is kept with it and reported again.
_SOURCE_CACHE = {}
_SOURCE_CACHE_SIZE = 256
_SCHEMA = []


def _schema():
    if not _SCHEMA:
        with open(SCHEMA, encoding="utf-8") as f:
            _SCHEMA.append(inline_refs(yaml.load(
                f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))))
    return _SCHEMA[0]


# ... and across runs, on disk, for files read from the spec directory:
# parsing and schema-checking were most of a run.  A file is found by a
# hash of its bytes, its name and place, and of what decides the result
# (the loader's and this file's code, the schema, Python, PyYAML), in a
# directory only this user can write.  Any failure to read or write it
# only means the file is parsed again.
_DISK_CACHE_FILES = 2000        # beyond that, the directory is emptied
_DISK = []


def _library_stamp(name):
    """What identifies an installed library without importing it: its
    file, that file's size and time, and the version its package metadata
    names (a -<version>.dist-info or .egg-info beside it).  None if it is
    not installed."""
    import importlib.util
    try:
        found = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if found is None or not found.origin:
        return None
    st = os.stat(found.origin)
    top = os.path.dirname(os.path.dirname(found.origin))
    try:
        meta = sorted(n for n in os.listdir(top) if n.lower().startswith(
            name.lower() + "-") and n.endswith((".dist-info", ".egg-info")))
    except OSError:
        meta = []
    return (found.origin, st.st_size, st.st_mtime_ns, meta)


def _disk_cache():
    """(directory, hash of what decides a result) or None.  A cached file
    holds data and positions (this file's code, the YAML library's parse)
    and error messages (this file's, the schema's, and jsonschema's own
    for the rarer kinds of mistake): each of those is in the key."""
    if not _DISK:
        path = cachedir.private("sources")
        if path is None or os.environ.get("VMXGEN_NO_CACHE"):
            _DISK.append(None)
        else:
            h = hashlib.sha256()
            for f in (__file__, SCHEMA):
                with open(f, "rb") as fh:
                    h.update(fh.read())
            h.update(repr((sys.version, yaml.__version__,
                           hasattr(yaml, "CSafeLoader"),
                           _library_stamp("yaml"),
                           _library_stamp("jsonschema"))).encode())
            _DISK.append((path, h.digest()))
    return _DISK[0]


def _disk_path(raw, display, order):
    cache = _disk_cache()
    if cache is None:
        return None
    h = hashlib.sha256(cache[1])
    h.update(repr((display, order, len(raw))).encode())
    h.update(raw)
    return os.path.join(cache[0], h.hexdigest() + ".pickle")


def _disk_get(path):
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except Exception:   # noqa: B902 - absent, stale or damaged: parse again
        return None


def _disk_put(path, value):
    directory = os.path.dirname(path)
    try:
        if len(os.listdir(directory)) > _DISK_CACHE_FILES:
            for name in os.listdir(directory):
                os.unlink(os.path.join(directory, name))
        fd, tmp = tempfile.mkstemp(dir=directory, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except Exception:   # noqa: B902 - a cache that cannot be written
        pass


def _load_checked(raw, display, order, persist=False):
    """Parse and schema-check one file: (source or None, errors, left out).

    Entries that failed the schema become None in source.data, so the
    model checks the others (all errors in one run); left out names them,
    (table, name), or holds True if the whole file is unusable, so that
    the model does not call a reference to them undefined.  persist: keep
    the result in the on-disk cache too (files read from the spec
    directory; not the fuzzer's made-up text)."""
    key = (display, raw)
    orders = _SOURCE_CACHE.pop(key, {})
    _SOURCE_CACHE[key] = orders     # the most recently used, last
    while len(_SOURCE_CACHE) > _SOURCE_CACHE_SIZE:
        del _SOURCE_CACHE[next(iter(_SOURCE_CACHE))]
    hit = orders.get(order)
    if hit is None and orders:
        hit = _moved(next(iter(orders.values())), order)
    if len(orders) >= 4 and order not in orders:   # a few places, not all
        del orders[next(iter(orders))]
    if hit is not None:
        orders[order] = hit
        return hit
    disk = _disk_path(raw, display, order) if persist else None
    hit = _disk_get(disk) if disk else None
    if hit is not None:
        orders[order] = hit
        return hit
    diag = Diagnostics()
    left_out = set()
    try:
        src = _parse_and_check(raw, display, order, diag, left_out)
    except TooManyErrors:
        src = None      # the caller stops at the same limit
    if src is None:
        left_out.add(True)
    hit = orders[order] = (src, list(diag.errors), frozenset(left_out))
    if disk:
        _disk_put(disk, hit)
    return hit


def _moved(hit, order):
    """A _load_checked() result as the same file would give it at another
    place in the load order: only its Locations' order differs (every
    Location of a file's result is in that file)."""
    src, errors, left_out = hit

    def at(loc):
        return Location(loc.path, loc.line, loc.column, order)
    if src is not None:
        src = copy.copy(src)
        src.order = order
        src.value_marks = {k: at(v) for k, v in src.value_marks.items()}
        src.key_marks = {k: at(v) for k, v in src.key_marks.items()}
    return src, [(at(loc), message) for loc, message in errors], left_out


def _parse_and_check(raw, display, order, diag, left_out):
    src = load_bytes(raw, display, order, diag)
    if src is not None and not isinstance(src.data, dict):
        diag.error(src.where(()), "a spec file must be a mapping with keys "
                   "like 'instructions:' or 'vmcs_fields:'")
        src = None
    if src is not None:
        failed = check_schema(src, _schema(), diag)
        is_isa_file = os.path.basename(display) == ISA_FILE
        if is_isa_file and "isa" not in src.data:
            diag.error(src.where(()), "isa.yaml must say which ISA its "
                       "folder holds ('isa:' with name, title, manual and "
                       "status)")
            failed = True
        if not is_isa_file and "isa" in src.data:
            diag.error(src.where_key(("isa",)), "'isa:' belongs in the "
                       "folder's isa.yaml, not here")
            failed = True
        if failed is True or (is_isa_file and failed):
            src = None
        for table, index in (failed or ()) if src is not None else ():
            entry = src.data[table][index]
            name = entry.get("name", entry.get("mnemonic")) \
                if isinstance(entry, dict) else None
            left_out.add((table, name) if isinstance(name, str) else True)
            src.data[table][index] = None
    return src


def _read_spec_file(path):
    why = regular_file_error(path)
    if why:
        raise OSError(0, why)
    with open(path, "rb") as f:
        return f.read(MAX_FILE_BYTES + 1)


def load_sources(spec_dir, diag, read=None, name=None):
    """Load and schema-check every spec file: [(folder, isa source,
    [sources], left out)], one entry per ISA folder.  read(path) -> bytes
    replaces file reading (the fuzzer feeds its own text this way); name
    is what messages call spec_dir (default: spec_dir as given)."""
    names = spec_files(spec_dir)
    if not names:
        diag.error(Location(spec_dir, 1, 1), "no .yaml files in the "
                   "spec directory")
        return []
    groups, orphans = isa_folders(names)
    # Files are named as the user named the spec directory (--spec
    # some/where/spec: some/where/spec/vmx/isa.yaml), as a compiler names
    # its sources.
    display = {rel: os.path.join(spec_dir if name is None else name, rel)
               for rel in names}
    for rel in orphans:
        diag.error(Location(display[rel], 1, 1, names.index(rel)),
                   "this file is in no ISA folder: spec files go under "
                   "spec/<isa>/, next to an isa.yaml that names the ISA")
    out = []
    for folder, members in sorted(groups.items()):
        isa_source, sources, left_out = None, [], set()
        for rel in members:
            order = names.index(rel)
            try:
                raw = (read or _read_spec_file)(os.path.join(spec_dir, rel))
            except OSError as e:
                diag.error(Location(display[rel], 1, 1, order),
                           "cannot read spec file: %s" % e.strerror)
                left_out.add(True)
                continue
            src, errors, missing = _load_checked(raw, display[rel], order,
                                                 persist=read is None)
            for location, message in errors:
                diag.error(location, message)
            left_out |= missing
            if src is None:
                continue
            if os.path.basename(rel) == ISA_FILE:
                isa_source = src
            # isa.yaml may hold tables too, like any file of its folder.
            sources.append(src)
        if isa_source is not None:
            out.append((folder, isa_source, sources, left_out))
    return out
