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

Targeted mutations aim at the classes of mistakes the generator must
refuse or get right (issue 11): C names made equal to another table's
generated C name, a C keyword or a reserved spelling; text full of C
metacharacters; numbers in YAML 1.1 disguises; register bindings (one
register twice, r8..r15 or 64-bit widths without 'modes: [64]', clobbers
and status registers that hold operands); encodings that match the same
bytes; and (issue 19) a status register shared with an input of another
width, a guest entry whose host_saved leaves out callee-saved registers.
Applied alone to the real spec, some of them make a spec that is
wrong whatever else holds (a disguised number, one register bound twice, a
second instruction with the same encoding): their label ends with
MUST_REFUSE, and the runner then calls exit 0 a violation.

Inputs start from the real spec or from a seed (runner.seeds()): a spec
change that is one class of mistake, or a valid spec near one.

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
from yamltree import (Map, Raw, Scalar, Seq, emit, from_yaml, get, key_of, put,
                      quote, remove, walk)

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


# The end of the label of a mutation after which exit 0 is a violation;
# with other changes it becomes IF_ALONE.
MUST_REFUSE = " [must refuse]"


def fault_value():
    """A status register's fault value (all ones in 32 bits fits every
    width)."""
    return Map([["value", Scalar("0xffffffff")],
                ["summary", Scalar("faulted")]], flow=True)
IF_ALONE = " [must refuse if alone]"

# C keywords (C89..C23, GNU) and spellings C reserves for itself: a fixed
# list, not the generator's.
C_KEYWORDS = sorted(set("""
    auto break case char const continue default do double else enum extern
    float for goto if inline int long register restrict return short signed
    sizeof static struct switch typedef union unsigned void volatile while
    asm typeof bool true false alignas alignof constexpr nullptr
    static_assert thread_local typeof_unqual
""".split()))
RESERVED_LOWER = ["_x", "__x", "_", "__", "__attribute__", "_vmx"]
# Object-like macros where the headers are used (runner.HOST_MACROS).
FOREIGN_LOWER = ["current", "fallthrough", "noinline", "errno", "linux",
                 "unix", "asmlinkage"]
RESERVED_UPPER = ["_X", "__X", "_", "_FOO_BAR"]
# Names the C backend itself uses: compat types, locals of the wrappers
# and helpers, helper functions and enums (without the ISA's prefix).
INTERNAL_LOWER = ["u8", "u16", "u32", "u64", "status", "failed", "cf", "zf",
                  "invalid", "v", "x", "field", "value", "low", "high",
                  "insn_error", "insn_error_name", "insn_error_description",
                  "exit_reason", "exit_reason_name", "vmcs_field",
                  "vmcs_field_width", "vmcs_field_type", "ctls",
                  "ctls_adjust", "ctls_msr", "ctls_bit_name", "group", "bit",
                  "field_width_16", "field_width_natural",
                  "field_type_control", "field_access_high", "field_index",
                  "field_width", "field_type", "field_writable", "vmxgen",
                  "vmx", "vmcs", "vmx_vmread", "vmx_vmclear", "vmx_u64"]
INTERNAL_UPPER = ["SUCCEED", "FAIL_VALID", "FAIL_INVALID", "FAULT",
                  "FIELD_FITS", "CHECK_FIELD", "CHECK_WRITABLE",
                  "INSN_ERROR_VMCALL", "EXIT_REASON_VMCALL", "MSR_X"]
# Text with what C strings and comments are made of (characters, quoted
# for YAML by yaml_text()).
C_TEXT_PARTS = ['"', "\\", "??/", "??=", "??'", "??(", "/*", "*/", "//", "@",
                "@param", "%s", "%n", "\x01", "\t", "\n", "\r", "\u2028",
                "\x85", "\u2029", "\x7f", "\u00e9", "\U0001F600", "{{ x }}",
                "{%", "#", "#define", "*", "/", "?", "\\n", "'", "`",
                "\u00a0", "\ufeff", "$", "\\\n"]
# Integers in YAML 1.1 disguises: a plain scalar where the spec writes a
# decimal or 0x number.  Each is refused: read as another number (010 is
# octal 8, 1:30 is 90), a float, a boolean or a string.
DISGUISED_NUMBERS = ["010", "0o17", "1_000", "0x1p3", "1:30", "64.0", "0b101",
                     "0x_10", "0x1_0", "00", "08", "0777", "1.0", ".5",
                     "1e3", "yes", "no", "on", "off", "1:00:00", "0b0",
                     "+0b1", "-010", "0.", "6_4"]
# Registers, by family: their 64-bit and 32-bit names.
LEGACY_REGS = [("rax", "eax"), ("rbx", "ebx"), ("rcx", "ecx"), ("rdx", "edx"),
               ("rsi", "esi"), ("rdi", "edi")]
EXTENDED_REGS = [("r%d" % n, "r%dd" % n) for n in range(8, 16)]


def c_text(draw):
    """A line of text mixing words and C metacharacters."""
    parts = draw(st.lists(st.one_of(st.sampled_from(C_TEXT_PARTS),
                                    st.sampled_from(["word", "text", " ",
                                                     "a b"])),
                          min_size=1, max_size=8))
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(["??/", "\\", " ", "*", "?"])))
    return "".join(parts)


def yaml_text(draw, text, key):
    """text as a YAML scalar: double-quoted (escapes), single-quoted,
    plain or a literal block, whichever can hold it."""
    styles = ["double"]
    if not re.search("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]", text):
        styles.append("single")
        if re.fullmatch(r"[A-Za-z][^:#'\"{}\[\],&*!|>%@`]*[^ ]", text):
            styles.append("plain")
    style = draw(st.sampled_from(styles))
    if style == "single":
        return "'" + text.replace("'", "''") + "'"
    if style == "plain":
        return text
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or 0x7f <= ord(ch) <= 0x9f:
            out.append("\\x%02x" % ord(ch))
        elif ch in "\u2028\u2029\ufeff":
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


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


# --- what the spec is made of ------------------------------------------------

def entries(tree, key):
    """Every mapping in tree that has key."""
    out = []

    def go(node):
        if isinstance(node, Map):
            if any(k == key for k, _ in node.pairs):
                out.append(node)
            for _, v in node.pairs:
                go(v)
        elif isinstance(node, Seq):
            for v in node.items:
                go(v)
    go(tree)
    return out


def value(m, key):
    """The node at key of mapping m, or None."""
    for k, v in m.pairs:
        if k == key:
            return v
    return None


def text(node):
    """The text of a scalar node, unquoted; None for anything else."""
    if not isinstance(node, Scalar):
        return None
    t = node.text
    if t.startswith('"'):
        try:
            return json.loads(t)
        except ValueError:
            return t
    if t.startswith("'"):
        return t[1:-1].replace("''", "'")
    return t


def depth(node, limit=64):
    """How deeply node nests (counted up to limit)."""
    if limit == 0 or not isinstance(node, (Map, Seq)):
        return 0
    kids = [v for _, v in node.pairs] if isinstance(node, Map) else node.items
    return 1 + max([depth(k, limit - 1) for k in kids] or [0])


def set_key(m, key, node):
    for pair in m.pairs:
        if pair[0] == key:
            pair[1] = node
            return
    m.pairs.append([key, node])


def drop_key(m, key):
    m.pairs = [p for p in m.pairs if p[0] != key]


def name_material(trees):
    """(lower, upper): names that are, or that make, a C name the spec
    already gives something else (without the ISA prefix): instruction,
    layout and field names, getter and setter stems, VMCS field accessor
    stems, capability helpers; constants of every table.  Keywords and
    reserved spellings on top."""
    lower, upper = set(INTERNAL_LOWER), set(INTERNAL_UPPER)
    for tree in trees:
        for m in entries(tree, "mnemonic"):
            for k in ("mnemonic", "name"):
                n = text(value(m, k))
                if n:
                    lower |= {n, "vmx_" + n, n + "16", n + "32", n + "64",
                              n + "l"}
            ops = value(m, "operands")
            for o in ops.items if isinstance(ops, Seq) else []:
                if isinstance(o, Map) and text(value(o, "name")):
                    lower.add(text(value(o, "name")))
        for m in entries(tree, "fields"):
            ln = text(value(m, "name"))
            fields = value(m, "fields")
            for f in fields.items if isinstance(fields, Seq) else []:
                fn = text(value(f, "name")) if isinstance(f, Map) else None
                if not (ln and fn):
                    continue
                lower |= {ln, fn, ln + "_" + fn, ln + "_set_" + fn,
                          "set_" + fn, ln + "_set"}
                upper.add((ln + "_" + fn + "_MASK").upper())
                vals = value(f, "values")
                for v in vals.items if isinstance(vals, Seq) else []:
                    vn = text(value(v, "name")) if isinstance(v, Map) else None
                    if vn:
                        upper |= {vn, (ln + "_" + fn + "_" + vn).upper()}
        for m in entries(tree, "prefix"):
            en, pre = text(value(m, "name")), text(value(m, "prefix"))
            if en:
                lower |= {en, en + "_supported"}
            vals = value(m, "values")
            for v in vals.items if isinstance(vals, Seq) else []:
                vn = text(value(v, "name")) if isinstance(v, Map) else None
                if vn and pre:
                    upper |= {vn, pre + vn}
        for m in entries(tree, "encoding"):
            if value(m, "width") is None or value(m, "mnemonic") is not None:
                continue
            fn = text(value(m, "name"))     # a VMCS field
            if fn:
                lower |= {fn, "read_" + fn, "write_" + fn, fn + "_high"}
        for m in entries(tree, "short_name"):
            cn, sn = text(value(m, "name")), text(value(m, "short_name"))
            if cn:
                upper.add("MSR_" + cn.upper())
                lower.add(cn)
            bits = value(m, "bits")
            for b in bits.items if isinstance(bits, Seq) else []:
                bn = text(value(b, "name")) if isinstance(b, Map) else None
                if bn and sn:
                    upper.add((sn + "_" + bn + "_BIT").upper())
                    lower.add(bn)
        for m in entries(tree, "fixed0"):
            n = text(value(m, "name"))
            if n:
                lower |= {n, n + "_must_be_1", n + "_must_be_0",
                          n + "_adjust"}
        for m in entries(tree, "true_msr") + entries(tree, "sdm_name"):
            c = text(value(m, "constant"))
            if c:
                upper.add("CTLS_" + c)
            bits = value(m, "bits")
            for b in bits.items if isinstance(bits, Seq) else []:
                bn = text(value(b, "name")) if isinstance(b, Map) else None
                if bn and c:
                    upper.add("CTL_%s_%s" % (c, bn.upper()))
        for m in entries(tree, "number"):
            n = text(value(m, "name"))
            if n:
                lower.add(n)
                upper |= {"EXIT_REASON_" + n.upper(),
                          "INSN_ERROR_" + n.upper()}
    lower = sorted(n for n in lower if re.fullmatch(r"[a-z_][a-z0-9_]*", n))
    upper = sorted(n for n in upper if re.fullmatch(r"[A-Z_][A-Z0-9_]*", n))
    return lower, upper


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
        self.lower, self.upper = name_material(trees.values())
        self.prefixes = sorted({c[:i + 1] for c in self.upper
                                for i, ch in enumerate(c) if ch == "_"})
        self.seeds = []         # [(name, {rel: bytes}, {rel: tree or None})]

    def add_seed(self, name, files):
        """A seed: files put over the real spec (None: deleted)."""
        trees = {}
        for rel, data in files.items():
            trees[rel] = None
            # A tree only for a small file without aliases: an alias bomb
            # would expand in memory (its text still serves textual edits).
            if data is None or len(data) > 64 << 10 or b"*" in data and \
                    b"&" in data:
                continue
            try:
                tree = from_yaml(yaml.compose(data.decode("utf-8"),
                                              Loader=yaml.SafeLoader))
            except (UnicodeDecodeError, yaml.YAMLError, RecursionError,
                    AttributeError):
                continue
            if isinstance(tree, Map) and depth(tree) <= 32:
                trees[rel] = tree   # (deeper ones: copy.deepcopy recurses)
        self.seeds.append((name, files, trees))

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
                key_of(s) in ("name", "prefix", "enum",
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
                 self.value_pool.get(key_of(s)) and key_of(s) != "mnemonic"]
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

    # --- targeted: the classes of issue 11 ------------------------------

    # Not 'mnemonic': it is the assembler's word for the instruction, not
    # a C name (a made-up one is refused by the assembler, not by C).
    NAME_KEYS = ("name", "prefix", "short_name", "constant")

    def op_c_name(self, draw, tree, slots):
        """A name made equal to what another table's name becomes in C,
        to a C keyword, or to a reserved spelling."""
        cands = [s for s in slots if key_of(s) in self.NAME_KEYS and
                 isinstance(get(s), Scalar)]
        if not cands:
            return None
        slot = draw(st.sampled_from(cands))
        old = text(get(slot)) or ""
        if key_of(slot) == "prefix":
            pool = self.prefixes + ["_", "__", "A_"]
        elif key_of(slot) == "constant" or re.fullmatch(r"[A-Z_][A-Z0-9_]*",
                                                       old):
            pool = self.upper + RESERVED_UPPER
        else:
            pool = self.lower + C_KEYWORDS + RESERVED_LOWER + FOREIGN_LOWER
        new = draw(st.sampled_from(pool))
        put(slot, Scalar(new))
        return "c name %s %s -> %s" % (key_of(slot), old, new)

    def op_c_constant(self, draw, tree, slots):
        """An enum's prefix and a value's name that spell a constant the
        spec already has (VMX_<prefix><name>)."""
        enums = [m for m in entries(tree, "prefix")
                 if isinstance(value(m, "values"), Seq) and
                 value(m, "values").items]
        if not enums or not self.upper:
            return None
        m = draw(st.sampled_from(enums))
        target = draw(st.sampled_from([c for c in self.upper if "_" in c]
                                      or self.upper))
        cuts = [i for i, ch in enumerate(target) if ch == "_"
                and i + 1 < len(target)]
        if not cuts:
            return None
        i = draw(st.sampled_from(cuts))
        set_key(m, "prefix", Scalar(target[:i + 1]))
        v = value(m, "values").items[0]
        if not isinstance(v, Map):
            return None
        set_key(v, "name", Scalar(target[i + 1:]))
        return "c constant %s + %s" % (target[:i + 1], target[i + 1:])

    TEXT_KEYS = ("summary", "description", "sdm", "title", "manual", "note",
                 "returns", "sdm_name")

    def op_c_text(self, draw, tree, slots):
        """Text with C metacharacters where spec text reaches C."""
        cands = [s for s in slots if key_of(s) in self.TEXT_KEYS and
                 isinstance(get(s), Scalar)]
        if not cands:
            return None
        slot = draw(st.sampled_from(cands))
        t = c_text(draw)
        put(slot, Scalar(yaml_text(draw, t, key_of(slot))))
        return "c text at %s: %s" % (key_of(slot), json.dumps(t)[:40])

    def op_number_disguise(self, draw, tree, slots):
        """An integer written as YAML 1.1 would read another way."""
        nums = [s for s in slots if isinstance(get(s), Scalar) and
                re.fullmatch(r"-?(0x[0-9a-fA-F]+|\d+)", get(s).text)]
        if not nums:
            return None
        slot = draw(st.sampled_from(nums))
        old = get(slot).text
        new = draw(st.sampled_from(DISGUISED_NUMBERS))
        put(slot, Scalar(new))
        return "disguised number %s at %s (was %s)%s" % (
            new, key_of(slot) or "item", old, MUST_REFUSE)

    def op_bits_unquoted(self, draw, tree, slots):
        """A bit range written without quotes: 63:16 is a base-60 number."""
        cands = [s for s in slots if key_of(s) == "bits" and
                 isinstance(get(s), Scalar) and
                 re.fullmatch(r'"\d+:\d+"', get(s).text)]
        if not cands:
            return None
        slot = draw(st.sampled_from(cands))
        new = json.loads(get(slot).text)
        put(slot, Scalar(new))
        lo = int(new.split(":")[1])
        sexagesimal = lo < 60 and not new.startswith("0")
        return "unquoted bit range %s%s" % (new, MUST_REFUSE if sexagesimal
                                              else "")

    def _instruction(self, draw, tree):
        insns = [m for m in entries(tree, "mnemonic")
                 if isinstance(value(m, "operands"), Seq)]
        return draw(st.sampled_from(insns)) if insns else None

    @staticmethod
    def _bound(insn):
        """{register family: operand map} of the implicit operands."""
        out = {}
        for o in value(insn, "operands").items:
            r = text(value(o, "register")) if isinstance(o, Map) else None
            for fam, r32 in LEGACY_REGS + EXTENDED_REGS:
                if r in (fam, r32):
                    out[fam] = o
        return out

    def _add_operand(self, insn, name, reg, width, role="read", fixed=None):
        pairs = [["name", Scalar(name)], ["role", Scalar(role)],
                 ["kind", Scalar("implicit")], ["register", Scalar(reg)],
                 ["width", Scalar(str(width))]]
        if fixed is not None:
            pairs.append(["value", Scalar(str(fixed))])
        value(insn, "operands").items.append(Map(pairs, flow=True))
        params = value(insn, "parameters")
        if isinstance(params, Seq) and fixed is None:
            params.items.append(Scalar(name))

    def op_register(self, draw, tree, slots):
        """Register bindings: one register twice, a register or width that
        exists only in 64-bit mode without 'modes: [64]', a clobbered or
        status register that holds an operand; or a binding that is fine."""
        insn = self._instruction(draw, tree)
        if insn is None:
            return None
        self.anchor_n += 1
        name = "fz_reg%d" % self.anchor_n
        bound = self._bound(insn)
        how = draw(st.sampled_from(["twice", "only64", "width64", "clobber",
                                    "clobber64", "status", "fine", "fine",
                                    "modes"]))
        fam, r32 = draw(st.sampled_from(LEGACY_REGS))
        if how == "twice":
            if bound:
                fam = draw(st.sampled_from(sorted(bound)))
                r32 = dict(LEGACY_REGS + EXTENDED_REGS)[fam]
            else:
                self._add_operand(insn, name + "a", fam, "native")
            reg = draw(st.sampled_from([fam, r32]))
            self._add_operand(insn, name, reg, 32 if reg == r32 else "native")
            return "register %s bound twice%s" % (fam, MUST_REFUSE)
        if how in ("only64", "width64"):
            if how == "only64":
                reg = draw(st.sampled_from([r for r, _ in EXTENDED_REGS
                                            if r not in bound]))
            else:
                free = [r for r, _ in LEGACY_REGS if r not in bound]
                if not free:
                    return None
                reg = draw(st.sampled_from(free))
            self._add_operand(insn, name, reg, 64)
            drop_key(insn, "modes")
            return "register %s (width 64) without modes: [64]%s" % (
                reg, MUST_REFUSE)
        if how in ("clobber", "clobber64"):
            if how == "clobber":
                if not bound:
                    return None
                reg = draw(st.sampled_from(sorted(bound)))
                why = "%s clobbered, holding an operand" % reg
            else:
                reg = draw(st.sampled_from([r for r, _ in EXTENDED_REGS]))
                drop_key(insn, "modes")
                why = "%s clobbered without modes: [64]" % reg
            set_key(insn, "clobbers", Seq([Scalar(reg)], flow=True))
            return "register " + why + MUST_REFUSE
        if how == "status":
            reg = draw(st.sampled_from(sorted(bound) or ["rax"]))
            set_key(insn, "status", Map([["register", Scalar(reg)],
                                         ["width", Scalar("native")],
                                         ["fault", fault_value()]],
                                        flow=True))
            drop_key(insn, "outcomes")
            drop_key(insn, "success_enters_guest")
            if reg in bound and text(value(bound[reg], "role")) in (
                    "write", "readwrite"):
                return "register status in %s, an output%s" % (reg,
                                                               MUST_REFUSE)
            return "register status in %s" % reg
        if how == "modes":
            set_key(insn, "modes", Seq([Scalar(draw(st.sampled_from(
                ["64", "32"])))], flow=True))
            return "register modes changed"
        free = [r for r, _ in LEGACY_REGS + EXTENDED_REGS if r not in bound]
        if not free:
            return None
        reg = draw(st.sampled_from(free))
        role = draw(st.sampled_from(["read", "write", "readwrite"]))
        width = draw(st.sampled_from(["native", 64, 32]))
        if width == 32:
            reg = dict(LEGACY_REGS + EXTENDED_REGS)[reg]
        fixed = draw(st.sampled_from([None, None, 0, 1, 0x7fffffff]))
        self._add_operand(insn, name, reg, width,
                          role if fixed is None else "read", fixed)
        if reg.startswith("r") and reg[1:2].isdigit() or width == 64:
            set_key(insn, "modes", Seq([Scalar("64")], flow=True))
        return "register %s (%s, width %s%s)" % (
            reg, role, width, "" if fixed is None else ", value %d" % fixed)

    def op_status_sharing(self, draw, tree, slots):
        """A status register that also holds an input (issue 19: PSMASH's
        64-bit address in RAX, its 32-bit status in EAX), the two widths
        drawn independently: accepted, the shared variable as wide as the
        wider, unless a 64-bit width lacks 'modes: [64]'."""
        insn = self._instruction(draw, tree)
        if insn is None:
            return None
        bound = self._bound(insn)
        free = [(f, r) for f, r in LEGACY_REGS if f not in bound]
        if not free:
            return None
        fam, r32 = draw(st.sampled_from(free))
        self.anchor_n += 1
        name = "fz_shared%d" % self.anchor_n
        op_width = draw(st.sampled_from([32, 64, "native"]))
        st_width = draw(st.sampled_from([32, 64, "native"]))
        fixed = draw(st.sampled_from([None, None, 0x7f]))
        self._add_operand(insn, name, r32 if op_width == 32 else fam,
                          op_width, fixed=fixed)
        set_key(insn, "status", Map([
            ["register", Scalar(r32 if st_width == 32 else fam)],
            ["width", Scalar(str(st_width))],
            ["fault", fault_value()]], flow=True))
        drop_key(insn, "outcomes")
        drop_key(insn, "success_enters_guest")
        wide = 64 in (op_width, st_width)
        only64 = draw(st.booleans()) if wide else False
        if only64:
            set_key(insn, "modes", Seq([Scalar("64")], flow=True))
        else:
            drop_key(insn, "modes")
        return "status in %s (width %s) shared with input %s (width %s)%s" % (
            fam, st_width, name, op_width,
            MUST_REFUSE if wide and not only64 else "")

    def op_entry_saved(self, draw, tree, slots):
        """A guest entry whose host_saved leaves out callee-saved registers
        (issue 19: without rbx and rbp the guest's values reached the
        caller), or swaps one for a caller-saved register."""
        entry = value(tree, "guest_entry")
        saved = value(entry, "host_saved") if isinstance(entry, Map) else None
        if not isinstance(saved, Seq) or not saved.items:
            return None
        regs = [text(r) for r in saved.items]
        out = draw(st.lists(st.sampled_from(regs), min_size=1,
                            max_size=len(regs), unique=True))
        keep = [r for r in regs if r not in out]
        how = draw(st.sampled_from(["drop", "swap"]))
        if how == "swap":
            keep.append(draw(st.sampled_from(["rax", "rcx", "r10", "r11"])))
        saved.items = [Scalar(r) for r in keep]
        return "guest entry host_saved without %s%s%s" % (
            ", ".join(out), "" if how == "drop" else " (+ %s)" % keep[-1],
            MUST_REFUSE)

    # Expressions of the rule language (gen/model/rules.py, issue 23): each
    # edit that ends in MUST_REFUSE makes one expression wrong whatever the
    # rest holds; the others may or may not.
    RULE_EDITS = {
        "unknown_name": ("fz_no_such_name", True),
        "outside": (None, True),        # a Python construct the subset refuses
        "wide_constant": ("0x1ffffffffffffffff", True),
        "bit_past": ("[99]", True),
        "deep": ("not " * 60, True),
        "non_ascii": ("\u00e9", True),
        "swap_op": (None, False),
        "truncate": (None, False),
        "typo": (None, False),
    }
    OUTSIDE = [" + 1", " if 1 else 0", " ** 2", " is None", "()", ".x.y",
               " for x in y", "[1:2:3]", " @ 1", " not in (1, 2)"]

    def op_rule_expression(self, draw, tree, slots):
        """An entry check's 'check' or 'when' expression broken one way:
        an unknown name, a construct outside the language, a constant
        wider than 64 bits, a bit past any width, nesting too deep, a
        character outside ASCII (refused, each); an operator swapped, the
        text cut short, a name misspelt (refused or not)."""
        rules = value(tree, "entry_checks")
        if not isinstance(rules, Seq) or not rules.items:
            return None
        rule = draw(st.sampled_from(rules.items))
        if not isinstance(rule, Map):
            return None
        keys = [k for k in ("check", "when") if text(value(rule, k))]
        if not keys:
            return None
        key = draw(st.sampled_from(keys))
        old = text(value(rule, key))
        how = draw(st.sampled_from(sorted(self.RULE_EDITS)))
        piece, refused = self.RULE_EDITS[how]
        names = re.findall(r"[a-z_][a-z0-9_]*", old)
        if how == "unknown_name":
            new = "%s and %s" % (old, piece) if draw(st.booleans()) else \
                old.replace(draw(st.sampled_from(names)), piece, 1)
        elif how == "outside":
            new = "(%s)%s" % (old, draw(st.sampled_from(self.OUTSIDE)))
        elif how == "wide_constant":
            new = "%s and %s == %s" % (old, draw(st.sampled_from(names)),
                                      piece)
        elif how == "bit_past":
            name = draw(st.sampled_from(names))
            new = old.replace(name, name + piece, 1)
        elif how in ("deep", "non_ascii"):
            new = piece + old if how == "deep" else old + piece
        elif how == "swap_op":
            ops = ["==", "!=", "<=", ">=", " and ", " or ", "&", "|"]
            have = [o for o in ops if o in old]
            if not have:
                return None
            new = old.replace(draw(st.sampled_from(have)),
                              draw(st.sampled_from(ops)), 1)
        elif how == "truncate":
            new = old[:draw(st.integers(0, max(len(old) - 1, 0)))]
        else:
            name = draw(st.sampled_from(names))
            pos = draw(st.integers(0, len(name) - 1))
            new = old.replace(name, name[:pos] + name[pos + 1:], 1)
        set_key(rule, key, Scalar(quote(new)))
        return "entry check %s: %s%s" % (key, how,
                                         MUST_REFUSE if refused else "")

    def op_encoding(self, draw, tree, slots):
        """A second instruction with the same bytes, or an encoding moved
        next to another's: /r against /digit, /r against a fixed byte."""
        insn = self._instruction(draw, tree)
        if insn is None:
            return None
        items = next((v.items for _, v in tree.pairs if isinstance(v, Seq)
                      and any(i is insn for i in v.items)), None)
        how = draw(st.sampled_from(["copy", "modrm", "modrm"]))
        if how == "copy" and items is not None:
            twin = copy.deepcopy(insn)
            self.anchor_n += 1
            set_key(twin, "name", Scalar("fz_twin%d" % self.anchor_n))
            items.insert(next(i for i, x in enumerate(items)
                              if x is insn) + 1, twin)
            return "encoding copied with its instruction" + MUST_REFUSE
        enc = value(insn, "encoding")
        if not isinstance(enc, Map):
            return None
        modrm = draw(st.one_of(st.sampled_from(["/r"] + ["/%d" % d for d in
                                                       range(8)]),
                               st.integers(0xc0, 0xff).map(hex)))
        set_key(enc, "modrm", Scalar(modrm))
        if draw(st.booleans()):
            set_key(enc, "opcode", Scalar(draw(st.sampled_from(
                ["0x01", "0xc7", "0x78", "0x79"]))))
            set_key(enc, "map", Scalar("0f"))
            set_key(enc, "prefix", Scalar(draw(st.sampled_from(
                ["none", "0x66", "0xf3"]))))
        return "encoding modrm %s" % modrm

    # Real mnemonics, some of other encodings, some of none of the spec's.
    MNEMONICS = ("vmclear", "vmptrld", "vmptrst", "vmxon", "vmread",
                 "vmwrite", "invept", "invvpid", "vmcall", "vmxoff",
                 "vmlaunch", "invpcid", "vmload", "clflush", "nop")

    def op_asm_text(self, draw, tree, slots):
        """What only the assembler sees: the explicit operands in the
        other order, or the mnemonic of another instruction over this
        encoding (the C compiles; the asm text is refused or encodes
        something else)."""
        insn = self._instruction(draw, tree)
        if insn is None:
            return None
        ops = value(insn, "operands").items
        explicit = [i for i, o in enumerate(ops) if isinstance(o, Map) and
                    text(value(o, "kind")) != "implicit"]
        if len(explicit) == 2 and draw(st.booleans()):
            a, b = explicit
            ops[a], ops[b] = ops[b], ops[a]
            return "explicit operands swapped"
        old = text(value(insn, "mnemonic"))
        new = draw(st.sampled_from([m for m in self.MNEMONICS if m != old]))
        if value(insn, "name") is None:
            set_key(insn, "name", Scalar(old))     # keep the C name
        set_key(insn, "mnemonic", Scalar(new))
        return "mnemonic %s over %s's encoding" % (new, old)

    STRUCTURAL = ["drop", "duplicate", "rename", "wrong_type", "number",
                  "name", "same_key_value", "same_key_value", "bits", "alias",
                  "tag", "nest", "move", "add_key"]
    TARGETED = ["c_name", "c_name", "c_constant", "c_text", "c_text",
                "number_disguise", "bits_unquoted", "register", "register",
                "encoding", "asm_text", "status_sharing", "entry_saved",
                "rule_expression"]

    def structural(self, draw, rel, tree=None, ops=None, count=None):
        """Edit a copy of the file's tree (tree: a seed's instead of the
        real file's) with count (1..3) ops drawn from ops (STRUCTURAL and
        TARGETED)."""
        tree = copy.deepcopy(tree if tree is not None else self.trees[rel])
        labels = []
        for _ in range(count or draw(st.integers(1, 3))):
            slots = walk(tree)
            if not slots:
                break
            op = draw(st.sampled_from(ops or self.STRUCTURAL +
                                      self.TARGETED))
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
def spec_changes(draw, mutator, seeds_only=False):
    """(changes, labels): changes maps a spec file (relative path) to its
    new bytes, or None to delete it.  The input starts from the real spec
    or (a third of the time; always with seeds_only) from a seed.  A label
    keeps the MUST_REFUSE mark only if its mutation is the only change to
    the real spec."""
    seed = None
    if mutator.seeds and (seeds_only or draw(st.integers(0, 2)) == 0):
        seed = draw(st.sampled_from(range(len(mutator.seeds))))
    changes, trees, texts = {}, dict(mutator.trees), dict(mutator.texts)
    labels = []
    if seed is not None:
        name, files, seed_trees = mutator.seeds[seed]
        changes.update(files)
        for rel, data in files.items():
            texts.pop(rel, None)
            trees.pop(rel, None)
            if data is not None:
                texts[rel] = data
                if seed_trees[rel] is not None:
                    trees[rel] = seed_trees[rel]
        labels.append(name)
    files = sorted(texts)
    mode = draw(st.sampled_from(["structural", "structural", "textual",
                                 "both", "file", "targeted", "targeted",
                                 "targeted", "targeted"]))
    if mode == "targeted":
        rel = draw(st.sampled_from(sorted(trees)))
        text, ls = mutator.structural(draw, rel, trees[rel],
                                      Mutator.TARGETED, 1)
        changes[rel] = text.encode("utf-8", "surrogatepass")
        labels += ["%s: %s" % (rel, l) for l in ls]
        if seed is not None:
            labels = [l.replace(MUST_REFUSE, IF_ALONE) for l in labels]
        return changes, labels
    for _ in range(draw(st.sampled_from([1, 1, 1, 2]))):
        if mode == "file":
            rel = draw(st.sampled_from(files))
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
                changes[rel] = texts[rel] + b"---\n" + texts[rel]
            else:
                # Top level, an ISA folder or one below it, a new folder.
                sub = draw(st.sampled_from(mutator.folders))
                new = os.path.join(sub, "fuzz-%s.yaml" % how)
                if how == "new_copy":
                    changes[new] = texts[rel]
                elif how == "new_random":
                    changes[new] = draw(st.binary(max_size=64))
                else:
                    changes[new] = draw(st.text(max_size=64)).encode(
                        "utf-8", "surrogatepass")
                rel = new
            labels.append("file %s (%s)" % (how, rel))
            continue
        if mode in ("structural", "both") and trees:
            rel = draw(st.sampled_from(sorted(trees)))
            text, ls = mutator.structural(draw, rel, trees[rel])
            data = text.encode("utf-8", "surrogatepass")
            labels += ["%s: %s" % (rel, l) for l in ls]
        else:
            rel = draw(st.sampled_from(files))
            data = changes.get(rel) or texts[rel]
        if mode in ("textual", "both"):
            for _ in range(draw(st.integers(1, 2))):
                data, l = mutator.textual(draw, data)
                labels.append("%s: %s" % (rel, l))
        changes[rel] = data
    labels = [l.replace(MUST_REFUSE, IF_ALONE) for l in labels]
    return changes, labels
