# SPDX-License-Identifier: MIT
"""Jinja2 set-up shared by the backends: strict, whitespace-controlled,
never autoescaping (each backend escapes for its own language)."""

# jinja2 is imported when the first template is rendered: a run that
# stops at a spec error never needs it.

# Compiled templates are kept between runs: compiling them was most of a
# run's time.  Jinja2 finds one by the template's name and checks it
# against a checksum of its text and Jinja2's and Python's versions; what
# it does not check is how this file sets up the environment (trim_blocks
# and the like change the compiled code), so the directory's name holds a
# hash of this file (cachedir.py: private to this user).
_CACHE = None


def _bytecode_cache():
    import hashlib
    import jinja2
    import cachedir
    global _CACHE
    if _CACHE is None:
        with open(__file__, "rb") as f:
            key = hashlib.sha256(f.read()).hexdigest()[:16]
        directory = cachedir.private("jinja2-" + key)

        class Cache(jinja2.FileSystemBytecodeCache):
            # Jinja2 creates its temporary file in the directory without
            # a guard: a directory removed during the run (a tmp cleaner,
            # a user's rm) would end it with a traceback.  Not keeping a
            # compiled template only costs the next run time.
            def dump_bytecode(self, bucket):
                try:
                    super().dump_bytecode(bucket)
                except OSError:
                    pass
        _CACHE = Cache(directory) \
            if directory else False     # no usable cache: compile each time
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
