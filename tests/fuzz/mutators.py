# SPDX-License-Identifier: MIT
"""Mutations of the real spec, as hypothesis strategies.

A fuzz input is the real spec/ with one or two files changed.  Changes are
structural (the YAML node tree of a real file edited, yamltree.py: keys
dropped, duplicated or renamed, values of the wrong type, numbers out of
range, strings that are not identifiers, bit ranges reversed or
overlapping, anchors and aliases, tags, very long and non-ASCII strings,
entries copied between files) and textual (bytes flipped, inserted or
deleted, lines duplicated, files truncated, re-encoded, emptied, deleted or
added, in any folder of the spec or a new one).

spec_changes(mutator) draws one input: {path under spec/: new bytes, or
None to delete the file}, and the labels of the mutations applied.
"""

import collections
import copy
import json
import os
import re

import yaml
from hypothesis import strategies as st

from vmxtest import SRCDIR
from yamltree import Map, Raw, Scalar, Seq, emit, get, key_of, put, quote, remove, walk

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

# A folder the spec does not have (removed again after each input).
NEW_FOLDER = "zz"

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
        self.folders = sorted({""} | {os.path.dirname(rel) for rel in texts} |
                              {NEW_FOLDER})

    # Each structural op edits tree in place and returns a label.
    def op_drop(self, draw, tree, slots):
        slot = draw(st.sampled_from(slots))
        label = "drop %s" % (key_of(slot) or "item")
        remove(slot)
        return label

    def op_duplicate(self, draw, tree, slots):
        c, i = draw(st.sampled_from(slots))
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
                              "layout", "capability", "summary",
                              "description", "sdm", "register", "constant",
                              "short_name")]
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
                # Top level, an ISA folder or one below it, a new folder.
                sub = draw(st.sampled_from(mutator.folders))
                new = os.path.join(sub, "fuzz-%s.yaml" % how)
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

