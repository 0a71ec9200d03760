# SPDX-License-Identifier: MIT
"""Fuzzing the spec loader and validator: mutations and the invariant.

A fuzz input is the real spec/ with one or two files changed.  Changes are
structural (the YAML node tree of a real file edited: keys dropped,
duplicated or renamed, values of the wrong type, numbers out of range,
strings that are not identifiers, bit ranges reversed or overlapping,
anchors and aliases, tags, very long and non-ASCII strings, entries copied
between files) and textual (bytes flipped, inserted or deleted, lines
duplicated, files truncated, re-encoded, emptied, deleted or added).

The invariant, for every input (Harness.check):
  - the generator exits 0, or exits 2 with at least one
    'spec/FILE:LINE:COL: error: ...' line, every stderr line being such a
    line (or the 'too many errors' line), in file order, each naming a file
    of the spec and a line that exists in it;
  - no exception escapes main() (that is what prints a traceback);
  - on exit 2 the output directory is exactly as before (bytes and mtimes);
    on exit 0 it holds the outputs and nothing else (no temporary files),
    and they compile (gcc -fsyntax-only -Wall -Wextra -Werror): a spec the
    generator accepts must not give broken C.

The generator runs in-process (vmxgen.main(argv), stderr captured,
SystemExit caught) because a process per input costs ~0.3 s.  Any other
exception escaping main() is exactly what would be an uncaught traceback in
the real command, and is reported as one (tests/fuzz/spec-fuzz.py proves
the harness catches an injected fault).  Spec files that a given input
leaves unchanged are loaded once and reused (their Source objects); the
changed files go through the real loader every time.  Set
VMXGEN_FUZZ_NOCACHE=1 to load every file every time.
"""

import collections
import contextlib
import copy
import difflib
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import traceback

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "lib"))
from vmxtest import SRCDIR, snapshot, workdir  # noqa: E402

import specload  # noqa: E402  (tests/lib/vmxtest.py put gen/ on sys.path)
import vmxgen  # noqa: E402
import yaml  # noqa: E402

from hypothesis import strategies as st  # noqa: E402

SPEC = os.path.join(SRCDIR, "spec")
DIAG = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):(?P<col>\d+): error: "
                  r"(?P<msg>.*)$")
TOO_MANY = re.compile(r"^vmxgen: error: too many errors, stopping after \d+$")
YAML_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
PER_INPUT_SECONDS = 20


# --- the node tree of a YAML file, editable and printable --------------------

class Node:
    anchor = None
    tag = None


class Map(Node):
    def __init__(self, pairs, flow=False):
        self.pairs = pairs  # [[key (str or Raw), Node]]
        self.flow = flow


class Seq(Node):
    def __init__(self, items, flow=False):
        self.items = items
        self.flow = flow


class Scalar(Node):
    def __init__(self, text):
        self.text = text  # as written in the file: plain, quoted, ...


class Raw(Node):
    """YAML text inserted as it is: an alias, a bomb, a deep nest."""

    def __init__(self, text):
        self.text = text


def from_yaml(node):
    if isinstance(node, yaml.MappingNode):
        return Map([[k.value, from_yaml(v)] for k, v in node.value],
                   bool(node.flow_style))
    if isinstance(node, yaml.SequenceNode):
        return Seq([from_yaml(v) for v in node.value], bool(node.flow_style))
    if node.style is None:
        return Scalar(node.value)
    return Scalar(quote(node.value))


def quote(s, ascii_only=True):
    return json.dumps(s, ensure_ascii=ascii_only)


def emit_key(k):
    if isinstance(k, Raw):
        return k.text
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", k):
        return k
    return quote(k)


def _props(node):
    p = []
    if node.anchor:
        p.append("&" + node.anchor)
    if node.tag:
        p.append(node.tag)
    return " ".join(p)


def _inline(node):
    if isinstance(node, (Scalar, Raw)):
        body = node.text
    elif isinstance(node, Map):
        body = "{" + ", ".join("%s: %s" % (emit_key(k), _inline(v))
                               for k, v in node.pairs) + "}"
    else:
        body = "[" + ", ".join(_inline(v) for v in node.items) + "]"
    props = _props(node)
    return (props + " " + body) if props else body


def _is_inline(node):
    if isinstance(node, Map):
        return node.flow or not node.pairs
    if isinstance(node, Seq):
        return node.flow or not node.items
    return True


def _block(node, ind, out):
    if isinstance(node, Map):
        for k, v in node.pairs:
            head = ind + emit_key(k) + ":"
            if _is_inline(v):
                out.append(head + " " + _inline(v))
            else:
                props = _props(v)
                out.append(head + (" " + props if props else ""))
                _block(v, ind + "  ", out)
    else:
        for v in node.items:
            if _is_inline(v):
                out.append(ind + "- " + _inline(v))
            else:
                props = _props(v)
                out.append(ind + "-" + (" " + props if props else ""))
                _block(v, ind + "  ", out)


def emit(root):
    out = ["# SPDX-License-Identifier: MIT"]
    if _is_inline(root):
        out.append(_inline(root))
    else:
        props = _props(root)
        if props:
            out.append("--- " + props)
        _block(root, "", out)
    return "\n".join(out) + "\n"


def walk(root):
    """Every (container, index) slot below root, in document order."""
    slots = []

    def go(node):
        if isinstance(node, Map):
            for i, (_, v) in enumerate(node.pairs):
                slots.append((node, i))
                go(v)
        elif isinstance(node, Seq):
            for i, v in enumerate(node.items):
                slots.append((node, i))
                go(v)
    go(root)
    return slots


def get(slot):
    c, i = slot
    return c.pairs[i][1] if isinstance(c, Map) else c.items[i]


def put(slot, node):
    c, i = slot
    if isinstance(c, Map):
        c.pairs[i][1] = node
    else:
        c.items[i] = node


def key_of(slot):
    c, i = slot
    return c.pairs[i][0] if isinstance(c, Map) else None


def remove(slot):
    c, i = slot
    (c.pairs if isinstance(c, Map) else c.items).pop(i)


# --- what the mutations draw from --------------------------------------------

def _schema_values():
    """key -> values the schema allows there (enums), and all keys."""
    with open(os.path.join(SRCDIR, "gen", "schema.yaml"), encoding="utf-8") as f:
        schema = yaml.safe_load(f)
    values = collections.defaultdict(list)
    keys = set()

    def go(node, key=None):
        if isinstance(node, dict):
            if "enum" in node and key:
                values[key] += node["enum"]
            for k, v in node.get("properties", {}).items():
                keys.add(k)
                go(v, k)
            for k, v in node.items():
                if k not in ("properties", "enum"):
                    go(v, key)
        elif isinstance(node, list):
            for v in node:
                go(v, key)
    go(schema)
    return values, sorted(keys)


SCHEMA_VALUES, SCHEMA_KEYS = _schema_values()

BOUNDARY_INTS = [0, -1, 1, 7, 8, 63, 64, 127, 128, 255, 256, 4095, 4096, 4097,
                 0x6FFF, 0x7000, 65535, 65536, 2**31, 2**32 - 1, 2**32, 2**63,
                 2**64, -2**63, 10**20]
# Texts of numbers YAML may misread or Python may fail to convert.
NUMBER_TEXTS = ["0x_", "0b_", "0_", "+0x10", "-0x10", "0o17", "017", "09",
                "1_000", "0x1_0", "1:30", "190:20:30", "1e3", "1.0e+3", ".inf",
                "-.inf", ".nan", "0.", "._", "1.5", "0xG", "1" + "0" * 4400,
                "0x" + "f" * 5000, "1" + ":00" * 2500, "-" + "9" * 5000,
                "0b" + "1" * 20000, "2001-12-14", "2001-13-45",
                "2001-12-14t21:59:43.10-05:00"]
BAD_NAMES = ["", "1abc", "a-b", "a b", "A", "VMXON", "int", "struct", "_Bool",
             "__x", "_X", "x\n", "vmxon\n", "\tx", "é", "x\u200b", "a.b",
             "*/", "/*", "\\", "\"", "'", "%s", "{{ x }}", "{% if %}",
             "x" * 300, "_", "a\x00b", "\u2028", "#x", "null", "~", "yes"]
TAGS = ["!!str", "!!int", "!!float", "!!bool", "!!null", "!!map", "!!seq",
        "!!binary", "!!timestamp", "!!set", "!!omap", "!!pairs",
        "!!python/object/apply:os.system", "!!python/name:os.system",
        "!!python/object/new:dict", "!!python/module:os", "!vmx", "!",
        "!<tag:yaml.org,2002:int>", "!<tag:example.com,2000:x>"]
BITS = ["0:63", "63:0", "127:64", "64:0", "63:63", "0:0", "15:8", "23:8",
        "4095:0", "4096:0", "127:0", "100000:0", "9" * 5000 + ":0",
        "63:0\n", " 63:0", "63:-1", "63:0:1", "63", "63-0", "٣:0", ":"]


def strings():
    return st.one_of(
        st.sampled_from(BAD_NAMES),
        st.text(max_size=30),
        st.text(alphabet=st.characters(min_codepoint=0x80), min_size=1,
                max_size=20),
        st.builds(lambda c, n: c * n, st.sampled_from("xé😀 \\\"'\n"),
                  st.sampled_from([399, 400, 401, 2000, 2001, 100000])),
    )


def scalar_texts(draw):
    """A scalar as it may appear in a file, of any type."""
    kind = draw(st.sampled_from(["int", "number_text", "str", "bool", "null",
                                 "float", "plain"]))
    if kind == "int":
        v = draw(st.one_of(st.sampled_from(BOUNDARY_INTS),
                           st.integers(-2**70, 2**70)))
        fmt = draw(st.sampled_from(["%d", "0x%x", "0x%X", "0o%o"]))
        return ("-" + fmt % -v) if v < 0 else fmt % v
    if kind == "number_text":
        return draw(st.sampled_from(NUMBER_TEXTS))
    if kind == "str":
        return quote(draw(strings()), ascii_only=draw(st.booleans()))
    if kind == "bool":
        return draw(st.sampled_from(["true", "false", "yes", "No", "on",
                                     "OFF", "True", "y"]))
    if kind == "null":
        return draw(st.sampled_from(["null", "~", "", "Null"]))
    if kind == "float":
        return draw(st.sampled_from(["1.5", "-0.0", "1.0e+400", ".inf",
                                     ".NaN", "3.14159"]))
    return draw(st.text(alphabet="ab0x:_-#&*!|>%@`,[]{}'\" \t", max_size=8))


def nested(depth):
    return "[" * depth + "x" + "]" * depth


# --- mutations ---------------------------------------------------------------

class Mutator:
    """Draws edits of a file's node tree, and of bytes."""

    def __init__(self, trees, texts):
        self.trees = trees    # rel -> pristine Map tree
        self.texts = texts    # rel -> pristine bytes
        self.value_pool = collections.defaultdict(list)
        for tree in trees.values():
            for slot in walk(tree):
                k = key_of(slot)
                node = get(slot)
                if isinstance(k, str) and isinstance(node, Scalar):
                    self.value_pool[k].append(node.text)
        for k, vals in SCHEMA_VALUES.items():
            self.value_pool[k] += [quote(v) if isinstance(v, str) else
                                   str(v) for v in vals]
        for k in self.value_pool:
            self.value_pool[k] = sorted(set(self.value_pool[k]))
        self.anchor_n = 0

    # Each structural op edits tree in place and returns a label.
    def op_drop(self, draw, tree, slots):
        slot = draw(st.sampled_from(slots))
        label = "drop %s" % (key_of(slot) or "item")
        remove(slot)
        return label

    def op_duplicate(self, draw, tree, slots):
        c, i = slot = draw(st.sampled_from(slots))
        if isinstance(c, Map):
            pair = copy.deepcopy(c.pairs[i])
            if draw(st.booleans()):
                pair[1] = Scalar(self._value_for(draw, pair[0]))
            c.pairs.insert(draw(st.integers(i + 1, len(c.pairs))), pair)
            return "duplicate key %s" % pair[0]
        c.items.insert(i + 1, copy.deepcopy(c.items[i]))
        return "duplicate item"

    def op_rename(self, draw, tree, slots):
        maps = [s for s in slots if isinstance(s[0], Map)]
        if not maps:
            return None
        c, i = draw(st.sampled_from(maps))
        old = c.pairs[i][0]
        if not isinstance(old, str):
            return None
        how = draw(st.sampled_from(["typo", "other_key", "text", "case"]))
        if how == "typo" and old:
            pos = draw(st.integers(0, len(old) - 1))
            edit = draw(st.sampled_from(["drop", "swap", "insert", "replace"]))
            ch = draw(st.sampled_from("aeiorstz_"))
            if edit == "drop":
                new = old[:pos] + old[pos + 1:]
            elif edit == "swap" and pos + 1 < len(old):
                new = old[:pos] + old[pos + 1] + old[pos] + old[pos + 2:]
            elif edit == "insert":
                new = old[:pos] + ch + old[pos:]
            else:
                new = old[:pos] + ch + old[pos + 1:]
        elif how == "other_key":
            new = draw(st.sampled_from(SCHEMA_KEYS))
        elif how == "case":
            new = old.upper()
        else:
            new = draw(strings())
        c.pairs[i][0] = new
        return "rename key %s" % old

    def op_wrong_type(self, draw, tree, slots):
        slot = draw(st.sampled_from(slots))
        choice = draw(st.sampled_from(["scalar", "list", "map", "empty_list",
                                       "empty_map"]))
        if choice == "scalar":
            put(slot, Scalar(scalar_texts(draw)))
        elif choice == "list":
            put(slot, Seq([Scalar(scalar_texts(draw))], flow=True))
        elif choice == "map":
            put(slot, Map([[draw(st.sampled_from(SCHEMA_KEYS)),
                            Scalar(scalar_texts(draw))]], flow=True))
        elif choice == "empty_list":
            put(slot, Seq([], flow=True))
        else:
            put(slot, Map([], flow=True))
        return "wrong type at %s (%s)" % (key_of(slot) or "item", choice)

    def op_number(self, draw, tree, slots):
        nums = [s for s in slots if isinstance(get(s), Scalar) and
                re.fullmatch(r"-?(0x[0-9a-fA-F]+|\d+)", get(s).text)]
        slot = draw(st.sampled_from(nums or slots))
        if draw(st.booleans()):
            v = draw(st.sampled_from(BOUNDARY_INTS))
            text = ("-0x%x" % -v) if v < 0 else draw(
                st.sampled_from(["%d", "0x%x"])) % v
        else:
            text = draw(st.sampled_from(NUMBER_TEXTS))
        put(slot, Scalar(text))
        return "number %s at %s" % (text[:20], key_of(slot) or "item")

    def op_name(self, draw, tree, slots):
        strs = [s for s in slots if isinstance(get(s), Scalar) and
                key_of(s) in ("name", "mnemonic", "prefix", "enum",
                              "descriptor", "capability", "summary",
                              "description", "sdm", "register")]
        slot = draw(st.sampled_from(strs or slots))
        value = draw(strings())
        style = draw(st.sampled_from(["json", "json_utf8", "single", "plain"]))
        if style == "single" and "\n" not in value:
            text = "'" + value.replace("'", "''") + "'"
        elif style == "plain":
            text = value.replace("\n", " ")
        else:
            text = quote(value, ascii_only=(style == "json"))
        put(slot, Scalar(text))
        return "string at %s (%s)" % (key_of(slot) or "item", style)

    def op_same_key_value(self, draw, tree, slots):
        """A value that is valid somewhere for this key: reaches the model."""
        cands = [s for s in slots if isinstance(key_of(s), str) and
                 self.value_pool.get(key_of(s))]
        if not cands:
            return None
        slot = draw(st.sampled_from(cands))
        put(slot, Scalar(draw(st.sampled_from(self.value_pool[key_of(slot)]))))
        return "other valid value for %s" % key_of(slot)

    def _value_for(self, draw, key):
        pool = self.value_pool.get(key) if isinstance(key, str) else None
        if pool and draw(st.booleans()):
            return draw(st.sampled_from(pool))
        return scalar_texts(draw)

    def op_bits(self, draw, tree, slots):
        cands = [s for s in slots if key_of(s) == "bits" and
                 isinstance(get(s), Scalar)]
        if not cands:
            return None
        slot = draw(st.sampled_from(cands))
        node = get(slot)
        old = json.loads(node.text) if node.text.startswith('"') else node.text
        how = draw(st.sampled_from(["reverse", "list", "shift", "plain"]))
        if how == "reverse" and ":" in old:
            hi, lo = old.split(":", 1)
            new = "%s:%s" % (lo, hi)
        elif how == "shift" and re.fullmatch(r"\d+:\d+", old):
            hi, lo = (int(x) for x in old.split(":"))
            d = draw(st.sampled_from([-8, -1, 1, 8, 64]))
            which = draw(st.sampled_from(["hi", "lo", "both"]))
            hi += d if which != "lo" else 0
            lo += d if which != "hi" else 0
            new = "%d:%d" % (hi, lo)
        else:
            new = draw(st.sampled_from(BITS))
        put(slot, Scalar(new.replace("\n", " ") if how == "plain" else
                         quote(new)))
        return "bits %r -> %r" % (old, new)

    def op_alias(self, draw, tree, slots):
        """Anchor one node, refer to it from another (maybe before it,
        inside it, or as a key), or insert an alias bomb."""
        how = draw(st.sampled_from(["alias", "alias", "self", "key", "merge",
                                    "undefined", "bomb"]))
        target = draw(st.sampled_from(slots))
        if how == "bomb":
            levels = draw(st.integers(2, 12))
            width = draw(st.integers(2, 10))
            self.anchor_n += 1
            n = "b%d_" % self.anchor_n
            # Each level a list of aliases of the previous one.
            parts = ["&%s0 [%s]" % (n, ", ".join(["lol"] * width))]
            for lvl in range(1, levels):
                parts.append("&%s%d [%s]" % (n, lvl, ", ".join(
                    ["*%s%d" % (n, lvl - 1)] * width)))
            put(target, Raw("[" + ", ".join(parts) + "]"))
            return "alias bomb %d^%d" % (width, levels)
        if how == "undefined":
            put(target, Raw("*nowhere"))
            return "undefined alias"
        self.anchor_n += 1
        name = "a%d" % self.anchor_n
        if how == "self":
            inner = [s for s in walk(get(target))]
            if not inner:
                return None
            get(target).anchor = name
            put(draw(st.sampled_from(inner)), Raw("*" + name))
            return "recursive alias"
        source = draw(st.sampled_from(slots))
        get(source).anchor = name
        if how == "alias":
            put(target, Raw("*" + name))
            return "alias %s -> %s" % (key_of(target) or "item",
                                       key_of(source) or "item")
        maps = [s for s in slots if isinstance(s[0], Map)]
        c, i = draw(st.sampled_from(maps or [target]))
        if not isinstance(c, Map):
            return None
        if how == "key":
            c.pairs[i][0] = Raw("*" + name)
            return "alias as key"
        c.pairs.insert(i, [Raw("<<"), Raw("*" + name)])
        return "merge key"

    def op_tag(self, draw, tree, slots):
        slot = draw(st.sampled_from(slots))
        node = get(slot)
        if isinstance(node, Raw):
            return None
        node.tag = draw(st.sampled_from(TAGS))
        return "tag %s" % node.tag

    def op_nest(self, draw, tree, slots):
        slot = draw(st.sampled_from(slots))
        depth = draw(st.sampled_from([1, 50, 300, 1000, 5000]))
        put(slot, Raw(nested(depth)))
        return "nested %d" % depth

    def op_move(self, draw, tree, slots):
        """Swap two entries, or copy an entry from another file's list."""
        seqs = [s for s in slots if isinstance(s[0], Seq)]
        if not seqs:
            return None
        c, i = draw(st.sampled_from(seqs))
        if draw(st.booleans()):
            j = draw(st.integers(0, len(c.items) - 1))
            c.items[i], c.items[j] = c.items[j], c.items[i]
            return "swap items"
        other = self.trees[draw(st.sampled_from(sorted(self.trees)))]
        oseqs = [s for s in walk(other) if isinstance(s[0], Seq)]
        if not oseqs:
            return None
        c.items.insert(i, copy.deepcopy(get(draw(st.sampled_from(oseqs)))))
        return "copy entry from another file"

    def op_add_key(self, draw, tree, slots):
        maps = [s for s in slots if isinstance(get(s), Map)] or \
            [(tree, None)]
        slot = draw(st.sampled_from(maps))
        node = get(slot) if slot[1] is not None else tree
        key = draw(st.one_of(st.sampled_from(SCHEMA_KEYS), strings()))
        node.pairs.insert(draw(st.integers(0, len(node.pairs))),
                          [key, Scalar(self._value_for(draw, key))])
        return "add key"

    STRUCTURAL = ["drop", "duplicate", "rename", "wrong_type", "number",
                  "name", "same_key_value", "same_key_value", "bits", "alias",
                  "tag", "nest", "move", "add_key"]

    def structural(self, draw, rel):
        tree = copy.deepcopy(self.trees[rel])
        labels = []
        for _ in range(draw(st.integers(1, 3))):
            slots = walk(tree)
            if not slots:
                break
            op = draw(st.sampled_from(self.STRUCTURAL))
            label = getattr(self, "op_" + op)(draw, tree, slots)
            if label:
                labels.append(label)
        return emit(tree), labels

    # Textual edits of the bytes of a file.
    def textual(self, draw, data):
        how = draw(st.sampled_from(["flip", "set", "truncate", "insert",
                                    "delete", "dup_line", "drop_line",
                                    "swap_lines", "indent", "punct",
                                    "encoding"]))
        n = len(data)
        pos = draw(st.integers(0, max(n - 1, 0)))
        if how == "flip" and n:
            mask = draw(st.sampled_from([1, 2, 4, 8, 0x10, 0x20, 0x40, 0x80,
                                         0xff]))
            data = data[:pos] + bytes([data[pos] ^ mask]) + data[pos + 1:]
        elif how == "set" and n:
            data = data[:pos] + bytes([draw(st.integers(0, 255))]) + \
                data[pos + 1:]
        elif how == "truncate":
            data = data[:pos]
        elif how == "insert":
            data = data[:pos] + draw(st.binary(min_size=1, max_size=8)) + \
                data[pos:]
        elif how == "delete":
            data = data[:pos] + data[pos + draw(st.integers(1, 40)):]
        elif how == "punct":
            ch = draw(st.sampled_from([b":", b"-", b"&", b"*", b"!", b"%",
                                       b"{", b"}", b"[", b"]", b'"', b"'",
                                       b"\t", b"#", b"|", b">", b"?", b",",
                                       b"\n", b" ", b"\r", b"\x00", b"@",
                                       b"\xc3", b"\xe2\x80\xa8", b"\xef\xbb\xbf"]))
            data = data[:pos] + ch + data[pos:]
        elif how == "encoding":
            text = data.decode("utf-8", "replace")
            enc = draw(st.sampled_from(["utf-16", "utf-16-be", "utf-32",
                                        "latin-1", "bom", "crlf", "cr"]))
            if enc == "bom":
                data = b"\xef\xbb\xbf" + data
            elif enc == "crlf":
                data = data.replace(b"\n", b"\r\n")
            elif enc == "cr":
                data = data.replace(b"\n", b"\r")
            else:
                data = text.encode(enc, "replace")
        else:
            lines = data.split(b"\n")
            i = draw(st.integers(0, len(lines) - 1))
            if how == "dup_line":
                lines.insert(i, lines[i])
            elif how == "drop_line":
                lines.pop(i)
            elif how == "swap_lines":
                j = draw(st.integers(0, len(lines) - 1))
                lines[i], lines[j] = lines[j], lines[i]
            else:
                lines[i] = draw(st.sampled_from([b"", b" ", b"  ", b"\t",
                                                 b"    "])) + lines[i].lstrip()
            data = b"\n".join(lines)
        return data, "text %s" % how


@st.composite
def spec_changes(draw, mutator):
    """(changes, labels): changes maps a spec file (relative path) to its
    new bytes, or None to delete it."""
    files = sorted(mutator.texts)
    changes = {}
    labels = []
    for _ in range(draw(st.sampled_from([1, 1, 1, 2]))):
        mode = draw(st.sampled_from(["structural", "structural",
                                     "structural", "textual", "both",
                                     "file"]))
        rel = draw(st.sampled_from(files))
        if mode == "file":
            how = draw(st.sampled_from(["delete", "empty", "comment",
                                        "new_copy", "new_random", "new_text",
                                        "not_mapping", "multi_doc"]))
            if how == "delete":
                changes[rel] = None
            elif how == "empty":
                changes[rel] = b""
            elif how == "comment":
                changes[rel] = b"# nothing here\n"
            elif how == "not_mapping":
                changes[rel] = draw(st.sampled_from(
                    [b"- a\n- b\n", b"42\n", b"just text\n", b"null\n",
                     b"{}\n", b"[]\n", b"---\n...\n"]))
            elif how == "multi_doc":
                changes[rel] = mutator.texts[rel] + b"---\n" + \
                    mutator.texts[rel]
            else:
                sub = draw(st.sampled_from(["", "instructions/", "zz/"]))
                new = sub + "fuzz-%s.yaml" % how
                if how == "new_copy":
                    changes[new] = mutator.texts[rel]
                elif how == "new_random":
                    changes[new] = draw(st.binary(max_size=64))
                else:
                    changes[new] = draw(st.text(max_size=64)).encode(
                        "utf-8", "surrogatepass")
                rel = new
            labels.append("file %s (%s)" % (how, rel))
            continue
        if mode in ("structural", "both"):
            text, ls = mutator.structural(draw, rel)
            data = text.encode("utf-8", "surrogatepass")
            labels += ["%s: %s" % (rel, l) for l in ls]
        else:
            data = changes.get(rel) or mutator.texts[rel]
        if mode in ("textual", "both"):
            for _ in range(draw(st.integers(1, 2))):
                data, l = mutator.textual(draw, data)
                labels.append("%s: %s" % (rel, l))
        changes[rel] = data
    return changes, labels


# --- running the generator in-process ------------------------------------------

class Timeout(BaseException):
    pass


class Result:
    def __init__(self, rc, stdout, stderr, exc, seconds):
        self.rc = rc
        self.stdout = stdout
        self.stderr = stderr
        self.exc = exc  # formatted traceback of an exception escaping main()
        self.seconds = seconds


def call_main(argv, limit=PER_INPUT_SECONDS):
    """vmxgen.main(argv) as the command would run it; an exception other
    than SystemExit escaping main() is what prints a traceback there."""
    out, err = io.StringIO(), io.StringIO()
    exc = None
    rc = None

    def alarm(signum, frame):
        raise Timeout("no result after %d s" % limit)
    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(limit)
    t = time.perf_counter()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                rc = vmxgen.main(argv)
            except SystemExit as e:
                rc = e.code if isinstance(e.code, int) else 1
    except KeyboardInterrupt:
        raise
    except BaseException:  # noqa: B902 - anything at all is a traceback
        exc = traceback.format_exc()
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    return Result(rc, out.getvalue(), err.getvalue(), exc,
                  time.perf_counter() - t)


class _SourceCache:
    """Reuse the Source of a spec file that is byte-for-byte pristine."""

    def __init__(self, pristine):
        self.pristine = pristine  # real path -> bytes
        self.cache = {}
        self.real_load = specload.load_file
        self.real_check = specload.check_schema
        self.reused = set()

    def load_file(self, path, display, order, diag):
        data = self.pristine.get(os.path.realpath(path))
        if data is not None:
            with open(path, "rb") as f:
                if f.read() != data:
                    data = None
        if data is None:
            return self.real_load(path, display, order, diag)
        key = (path, display, order)
        if key not in self.cache:
            before = len(diag.errors)
            src = self.real_load(path, display, order, diag)
            if src is None or len(diag.errors) != before:
                return src
            self.real_check(src, vmxgen_schema(), diag)
            if len(diag.errors) != before:
                return src
            self.cache[key] = (src, copy.deepcopy(src.data))
        src = self.cache[key][0]
        self.reused.add(id(src))
        return src

    def check_schema(self, src, schema, diag):
        if id(src) in self.reused:
            return  # checked (clean) when first loaded
        self.real_check(src, schema, diag)

    def verify(self):
        """The generator must not have changed a reused Source's data."""
        return all(src.data == data for src, data in self.cache.values())

    def install(self):
        specload.load_file = self.load_file
        specload.check_schema = self.check_schema

    def uninstall(self):
        specload.load_file = self.real_load
        specload.check_schema = self.real_check


_SCHEMA = []


def vmxgen_schema():
    if not _SCHEMA:
        with open(os.path.join(vmxgen.HERE, "schema.yaml"), encoding="utf-8") as f:
            _SCHEMA.append(yaml.safe_load(f))
    return _SCHEMA[0]


# --- the harness -----------------------------------------------------------------

class Violation(AssertionError):
    def __init__(self, kind, detail):
        super().__init__("%s\n%s" % (kind, detail))
        self.kind = kind


def error_kind(msg):
    """A diagnostic with names and numbers taken out, for counting kinds."""
    k = re.sub(r"'[^']*'", "'…'", msg)
    k = re.sub(r"\b(0x[0-9a-fA-F]+|\d+)\b", "N", k)
    k = re.sub(r"#x[0-9a-fA-F]+", "#xN", k)
    k = re.sub(r"U\+[0-9A-F]+", "U+N", k)
    k = re.sub(r"\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b", "C_NAME", k)
    k = re.split(r";| \(|, but found| found ", k)[0]
    return k[:90]


class Harness:
    def __init__(self, name="fuzz", cache=None):
        self.wd = workdir(name)
        self.spec = os.path.join(self.wd, "spec")
        self.out = os.path.join(self.wd, "out")
        shutil.copytree(SPEC, self.spec)
        os.makedirs(self.out)
        self.files = specload.spec_files(self.spec)
        self.texts = {}
        for rel in self.files:
            with open(os.path.join(self.spec, rel), "rb") as f:
                self.texts[rel] = f.read()
        self.outputs = [rel for rel, _ in vmxgen.OUTPUTS]
        if cache is None:
            cache = not os.environ.get("VMXGEN_FUZZ_NOCACHE")
        self.cache = _SourceCache({os.path.realpath(os.path.join(self.spec, r)):
                                   d for r, d in self.texts.items()}) \
            if cache else None
        if self.cache:
            self.cache.install()
        r = call_main(self.argv())
        if r.rc != 0:
            raise SystemExit("the real spec does not generate:\n%s%s"
                             % (r.stderr, r.exc or ""))
        self.baseline = snapshot(self.out)
        self.trees = {}
        for rel, data in self.texts.items():
            self.trees[rel] = from_yaml(yaml.compose(data.decode("utf-8"),
                                                     Loader=yaml.SafeLoader))
        self.mutator = Mutator(self.trees, self.texts)
        # Compile the headers of every accepted input (VMXGEN_FUZZ_COMPILE=0:
        # do not).
        cc = (os.environ.get("CC") or "gcc").split()
        self.cc = cc if shutil.which(cc[0]) and os.environ.get(
            "VMXGEN_FUZZ_COMPILE", "1") != "0" else None
        self.use_c = os.path.join(self.wd, "use.c")
        with open(self.use_c, "w") as f:
            f.write("#include <vmxgen/vmx.h>\n")
        self.stats = collections.Counter()
        self.kinds = collections.Counter()
        self.ops = collections.Counter()
        self.slowest = (0.0, None)
        self.progress = 0  # print a line every this many inputs
        self.last_failure = None

    def argv(self):
        return ["-q", "--spec", self.spec, "--output", self.out]

    def close(self, keep=False):
        if self.cache:
            self.cache.uninstall()
        if not keep:
            shutil.rmtree(self.wd, ignore_errors=True)

    def apply(self, changes):
        for rel, data in changes.items():
            path = os.path.join(self.spec, rel)
            if data is None:
                if os.path.exists(path):
                    os.unlink(path)
                continue
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)

    def restore(self, changes):
        for rel in changes:
            path = os.path.join(self.spec, rel)
            if rel in self.texts:
                with open(path, "wb") as f:
                    f.write(self.texts[rel])
            elif os.path.exists(path):
                os.unlink(path)
        for d in ("zz",):
            p = os.path.join(self.spec, d)
            if os.path.isdir(p) and not os.listdir(p):
                os.rmdir(p)

    def run(self, changes, labels=()):
        """Run the generator on the spec with changes; check the invariant.
        Raises Violation (with the reproducing input) if it does not hold."""
        self.apply(changes)
        try:
            lines = {}
            for rel in specload.spec_files(self.spec):
                with open(os.path.join(self.spec, rel), "rb") as f:
                    data = f.read()
                lines[rel] = (data.split(b"\n"), YAML_BREAK.split(
                    data.decode("utf-8", "replace")))
            before = snapshot(self.out)
            r = call_main(self.argv())
            after = snapshot(self.out)
            self.stats["inputs"] += 1
            if self.progress and self.stats["inputs"] % self.progress == 0:
                print("... %d inputs, %d tracebacks" % (
                    self.stats["inputs"], self.stats["traceback"]),
                    flush=True)
            for l in labels:
                words = re.sub(r"^[^:]*: ", "", l).split(" ")
                n = 2 if words[0] in ("text", "file", "wrong", "tag", "alias",
                                      "other", "rename", "duplicate") else 1
                self.ops[" ".join(words[:n]).rstrip(":")] += 1
            if r.seconds > self.slowest[0]:
                self.slowest = (r.seconds, labels)
            problem = self.judge(r, before, after, lines)
            if problem:
                self.stats[problem[0]] += 1
                self.last_failure = (changes, labels, r)
                raise Violation(problem[0], problem[1] + "\n" +
                                self.describe(changes, labels, r))
        finally:
            self.restore(changes)
            if snapshot(self.out) != self.baseline:
                shutil.rmtree(self.out)
                os.makedirs(self.out)
                for rel, (data, mtime) in self.baseline.items():
                    p = os.path.join(self.out, rel)
                    os.makedirs(os.path.dirname(p), exist_ok=True)
                    with open(p, "wb") as f:
                        f.write(data)
                    os.utime(p, ns=(mtime, mtime))
        return r

    def judge(self, r, before, after, lines):
        if r.exc:
            kind = "timeout" if "Timeout" in r.exc.splitlines()[-1] \
                else "traceback"
            return kind, "exception escaped main():\n" + r.exc
        if r.rc not in (0, 2):
            return "bad exit status", "exit status %r" % r.rc
        if r.stdout:
            return "stdout", "printed on stdout with -q:\n" + r.stdout
        if r.rc == 0:
            self.stats["exit 0"] += 1
            if r.stderr:
                return "stderr on success", r.stderr
            if sorted(after) != sorted(self.outputs):
                return "partial write", "output directory after success " \
                    "holds %s, expected %s" % (sorted(after), self.outputs)
            return self.compiles()
        self.stats["exit 2"] += 1
        if after != before:
            changed = sorted(k for k in set(before) | set(after)
                             if before.get(k) != after.get(k))
            return "partial write", "exit 2 but the output directory " \
                "changed: %s" % ", ".join(changed)
        diags = []
        order = {rel: i for i, rel in enumerate(sorted(lines))}
        spec_name = os.path.basename(self.spec)
        out = r.stderr.splitlines()
        for i, line in enumerate(out):
            m = DIAG.match(line)
            if m:
                diags.append(m)
                continue
            if TOO_MANY.match(line) and i == len(out) - 1:
                continue
            return "bad stderr", "stderr line is not 'file:line:col: " \
                "error: ...': %r" % line
        if not diags:
            return "no diagnostic", "exit 2 without a file:line:col: error:"
        keys = []
        for m in diags:
            f = m.group("file")
            rel = f[len(spec_name) + 1:] if f.startswith(spec_name + "/") \
                else None
            if f == spec_name and m.group("line") == m.group("col") == "1":
                keys.append((-1, 1, 1))  # about the spec as a whole
                self.kinds[error_kind(m.group("msg"))] += 1
                continue
            if rel not in lines:
                return "bad position", "diagnostic names %r, not a spec " \
                    "file" % f
            ln, col = int(m.group("line")), int(m.group("col"))
            # Lines as an editor splits them (bytes, at \n), or as YAML
            # does (characters, also at \r, NEL, U+2028 and U+2029).
            ok = False
            for flines in lines[rel]:
                if 1 <= ln <= len(flines) and \
                        1 <= col <= len(flines[ln - 1]) + 1:
                    ok = True
            if not ok:
                return "bad position", "no line %d with a column %d in %s " \
                    "(%d lines): %s" % (ln, col, f, len(lines[rel][0]),
                                        m.group(0)[:300])
            keys.append((order[rel], ln, col))
            self.kinds[error_kind(m.group("msg"))] += 1
        if keys != sorted(keys):
            return "not in file order", r.stderr
        return None

    def compiles(self):
        """A spec the generator accepts must give headers that compile
        (gcc -fsyntax-only -Wall -Wextra -Werror): else the validator let
        through something it should have refused."""
        if not self.cc:
            return None
        self.stats["compiled"] += 1
        r = subprocess.run(self.cc + ["-fsyntax-only", "-std=gnu11", "-Wall",
                                      "-Wextra", "-Werror", self.use_c, "-I",
                                      self.out, "-I", os.path.join(
                                          SRCDIR, "include")],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           universal_newlines=True)
        if r.returncode != 0:
            return "accepted spec gives broken C", r.stdout[:3000]
        return None

    def describe(self, changes, labels, r):
        """The reproducing input, printed with a failure."""
        out = ["mutations: %s" % "; ".join(labels) if labels else
               "mutations: none"]
        for rel, data in sorted(changes.items()):
            if data is None:
                out.append("spec/%s: deleted" % rel)
            elif len(data) <= 3000:
                out.append("spec/%s (%d bytes):" % (rel, len(data)))
                out += ["  " + repr(l)[2:-1] for l in data.split(b"\n")]
            elif rel in self.texts:
                out.append("spec/%s (%d bytes), as a diff from the real "
                           "file:" % (rel, len(data)))
                diff = list(difflib.unified_diff(
                    self.texts[rel].decode("utf-8").splitlines(),
                    data.decode("utf-8", "backslashreplace").splitlines(),
                    lineterm="", n=1))[2:]
                out += ["  " + l[:300] for l in diff[:80]]
            else:
                out.append("spec/%s: %d bytes (in the saved spec "
                           "directory)" % (rel, len(data)))
        out.append("exit %r; stderr:" % r.rc)
        out += ["  " + l for l in r.stderr.splitlines()[:20]]
        return "\n".join(out)

    def save_failure(self):
        """Write the last failing input as a spec directory; return how to
        rerun it with the real command."""
        if not self.last_failure:
            return None
        changes = self.last_failure[0]
        d = workdir("fuzz-repro")
        spec = os.path.join(d, "spec")
        shutil.copytree(SPEC, spec)
        for rel, data in changes.items():
            p = os.path.join(spec, rel)
            if data is None:
                if os.path.exists(p):
                    os.unlink(p)
            else:
                os.makedirs(os.path.dirname(p), exist_ok=True)
                with open(p, "wb") as f:
                    f.write(data)
        os.makedirs(os.path.join(d, "out"))
        return "%s %s --spec %s --output %s" % (
            sys.executable, vmxgen.__file__, spec, os.path.join(d, "out"))
