# SPDX-License-Identifier: MIT
"""The make backend: generated/outputs.mk, the C backend's files as make
variables, which Makefile.am includes to install them (make install) and
ship them (make dist).  The list comes from the generator, so a new ISA
folder needs no edit of Makefile.am; tests/sync.py checks the committed
file like every other output, and that Makefile.am uses it."""

from backends import c as c_backend

OUTPUT = "outputs.mk"
# Variable, what it holds, the file names it takes.
VARIABLES = (
    ("VMXGEN_HEADER_FILES", "the headers a user copies or installs under "
     "$(includedir)/vmxgen/", ".h"),
    ("VMXGEN_ENTRY_FILES", "the guest entries' assembler sources, "
     "installed under $(pkgdatadir)", ".S"),
)


def outputs(model):
    return [OUTPUT]


def check(model, diag, context):
    """File names the C backend made are C identifiers plus a suffix:
    nothing make could misread."""


def render(model, context):
    files = c_backend.outputs(model)
    lines = ["# SPDX-License-Identifier: MIT",
             "# DO NOT EDIT: generated from the spec by gen/vmxgen.py "
             "(gen/backends/make/).",
             "# Included by Makefile.am: the files of generated/ that make "
             "install installs",
             "# and make dist ships, one list per kind."]
    for name, what, suffix in VARIABLES:
        paths = ["generated/%s" % f for f in files if f.endswith(suffix)]
        lines += ["", "# %s" % what[0].upper() + what[1:] + ".",
                  "%s =%s" % (name, " \\" if paths else "")]
        lines += ["\t%s%s" % (p, " \\" if i < len(paths) - 1 else "")
                  for i, p in enumerate(paths)]
    return {OUTPUT: ("\n".join(lines) + "\n").encode("utf-8")}
