# SPDX-License-Identifier: MIT
"""Where the generator keeps what it caches between runs: a directory per
cache under the system's temporary directory, private to this user.

Three caches (doc/design.md, "Caches"), each a measured gain:
  sources   parsed and schema-checked spec files (specload.py)
  jinja2    compiled templates (backends/render.py)
  pycache   compiled modules of gen/ and its libraries (vmxgen.py)
Each is keyed by everything that decides what it holds; deleting any of
them at any time only costs time.
"""

import os
import stat
import tempfile


def private(name):
    """A per-user directory under the system's temporary directory that
    only this user can write, or None: for caches that must never land in
    the source tree (make sets PYTHONDONTWRITEBYTECODE to keep it clean)."""
    path = os.path.join(tempfile.gettempdir(), "vmxgen-%s-%d"
                        % (name, os.getuid()))
    try:
        os.makedirs(path, mode=0o700, exist_ok=True)
        st = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid() or \
            st.st_mode & 0o077:
        return None
    return path
