# SPDX-License-Identifier: MIT
"""What every model object has: where in the spec it was written."""


class Item:
    """An entry of the spec, remembering its file and path for messages."""

    def __init__(self, source, path):
        self.source = source
        self.path = tuple(path)

    def where(self, *sub):
        return self.source.where(self.path + sub)


def at(where):
    """A Location as a message names it: file:line:col (its one format,
    specload.Location's)."""
    return str(where)


def unique(diag, items, key, what, where):
    """Report every item whose key an earlier one already took."""
    seen = {}
    for item in items:
        k = key(item)
        if k in seen:
            diag.error(where(item), "duplicate %s (first defined at %s)"
                       % (what(item), at(where(seen[k]))))
        else:
            seen[k] = item
