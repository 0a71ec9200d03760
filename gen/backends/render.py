# SPDX-License-Identifier: MIT
"""Jinja2 set-up shared by the backends: strict, whitespace-controlled,
never autoescaping (each backend escapes for its own language)."""

# jinja2 is imported when the first template is rendered: a run that
# stops at a spec error never needs it.

# Compiled templates are kept between runs (keyed by the template's name
# and a checksum of its text, in a private per-user directory under the
# system's temporary directory): compiling them was most of a run's time.
_CACHE = None


def _bytecode_cache():
    import jinja2
    global _CACHE
    if _CACHE is None:
        try:
            _CACHE = jinja2.FileSystemBytecodeCache()
        except (OSError, RuntimeError):
            _CACHE = False      # no usable cache: compile every time
    return _CACHE or None


def environment(template_dir, filters):
    import jinja2
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_dir),
        bytecode_cache=_bytecode_cache(),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["hex"] = lambda n, w=2: "0x%0*x" % (w, n)
    env.filters.update(filters)
    return env


def template_error():
    """The exception a broken template raises."""
    import jinja2
    return jinja2.TemplateError
