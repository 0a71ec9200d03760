# SPDX-License-Identifier: MIT
"""The doc backend: one reference page per ISA (Markdown), with the C
names the C backend gives each entry."""

import os
import re

from backends import render as _render
from backends import c as c_backend
from backends.doc import bitdiagram

TEMPLATES = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                         "templates")


def cell(text):
    """Spec text in a Markdown table cell: one line, no column breaks."""
    text = re.sub(r"[\x00-\x1f\x7f\x85\u2028\u2029]", " ", str(text))
    return text.replace("\\", "\\\\").replace("|", "\\|")


def page(view):
    return "doc/%s-reference.md" % view.isa.name


def outputs(model):
    return [page(v) for v in c_backend.views(model)]


def check(model, diag, context):
    """Markdown can say anything the spec says: nothing to refuse."""


_ENV = None


def render(model, context):
    global _ENV
    if _ENV is None:
        _ENV = _render.environment(TEMPLATES, {
            "bitdiagram": bitdiagram.diagram, "cell": cell})
    rendered = {}
    for view in c_backend.views(model):
        text = _ENV.get_template("reference.md.j2").render(
            v=view, isa=view.isa, n=view.names,
            template="gen/backends/doc/templates/reference.md.j2",
            spec_name=cell(context["spec_name"] + "/").replace("--", "- -"))
        rendered[page(view)] = text.encode("utf-8")
    return rendered
