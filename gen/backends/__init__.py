# SPDX-License-Identifier: MIT
"""Backends: each turns the model into the files of one language.

A backend module has
    check(model, diag, context) language-level checks, before anything is
                                written (names, escapes, what the language
                                cannot express); errors at spec locations
    render(model, context)      {output path: bytes}
    outputs(model)              the output paths it will write
where context carries what every output's banner says (the spec folder's
name).  The CLI runs every backend in BACKENDS.
"""

import importlib

BACKENDS = ("c", "doc", "make", "rust")


def load(name):
    return importlib.import_module("backends." + name)


def all_backends():
    return [load(name) for name in BACKENDS]
