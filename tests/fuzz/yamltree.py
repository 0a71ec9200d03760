# SPDX-License-Identifier: MIT
"""The node tree of a YAML file, editable and printable: what the
structural mutations (mutators.py) edit.  from_yaml() builds it from
PyYAML's composed nodes; emit() prints it back as YAML text (block style,
flow where the original was flow), so that a real spec file printed from
its own tree still generates the same headers (spec-fuzz.py checks it).
"""

import json
import re

import yaml

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
    if not node.style:  # plain: None (SafeLoader) or "" (CSafeLoader)
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

