# SPDX-License-Identifier: MIT
"""Jinja2 set-up shared by the backends: strict, whitespace-controlled,
never autoescaping (each backend escapes for its own language)."""

import jinja2


def environment(template_dir, filters):
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_dir),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["hex"] = lambda n, w=2: "0x%0*x" % (w, n)
    env.filters.update(filters)
    return env
