#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""vmxgen: generate C headers (and a reference page) for x86 virtualization
instructions from the YAML spec: spec/<isa>/**/*.yaml.

spec -> specload (YAML, positions, schema) -> model (facts, cross-entry
checks) -> backends (each checks and renders its language) -> outputs.

Exit status: 0 success (or, with --check, everything up to date), 1 with
--check when some output is stale, 2 when the spec has errors or an output
cannot be written.  Outputs are replaced atomically (temporary file and
rename) and only after every output rendered; an unchanged output is not
rewritten, so its timestamp stays and make has nothing to rebuild.  The
temporary files of a run that was killed are removed by the next one.

VMXGEN_TEST_PAUSE=1 in the environment is for tests/fuzz/writes.py only:
see _test_pause().
"""

import argparse
import hashlib
import os
import pickle
import re
import stat
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


def _private_cache(name):
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


# Compiled modules of gen/ (and the libraries) go to a private cache, not
# beside the sources: compiling them was a sixth of a run.
if sys.pycache_prefix is None and __name__ == "__main__":
    _pycache = _private_cache("pycache")
    if _pycache is not None:
        sys.pycache_prefix = _pycache
        sys.dont_write_bytecode = False

import yaml  # noqa: E402

import backends  # noqa: E402
import backends.render  # noqa: E402
import model  # noqa: E402
import specload  # noqa: E402

SCHEMA = os.path.join(HERE, "schema.yaml")
TOP_KEYS_OF_ISA_FILE = {"isa"}


def _read_file(path):
    with open(path, "rb") as f:
        return f.read(specload.MAX_FILE_BYTES + 1)


# Sources already loaded and schema-checked, by (display path, load order,
# bytes): a fuzzer that changes one file of the spec per run does not
# re-parse the others.  What each one reported is kept with it and
# reported again.
_SOURCE_CACHE = {}
_SOURCE_CACHE_SIZE = 256
_SCHEMA = []


def _schema():
    if not _SCHEMA:
        with open(SCHEMA, encoding="utf-8") as f:
            _SCHEMA.append(specload.inline_refs(yaml.load(
                f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))))
    return _SCHEMA[0]


# ... and across runs, on disk, for files read from the spec directory:
# parsing and schema-checking were most of a run.  A file is found by a
# hash of its bytes, its name and place, and of what decides the result
# (the loader's and this file's code, the schema, Python, PyYAML), in a
# directory only this user can write.  Any failure to read or write it
# only means the file is parsed again.
_DISK_CACHE_FILES = 2000        # beyond that, the directory is emptied
_DISK = []


def _disk_cache():
    """(directory, hash of the code that decides a result) or None."""
    if not _DISK:
        path = _private_cache("sources")
        if path is None or os.environ.get("VMXGEN_NO_CACHE"):
            _DISK.append(None)
        else:
            h = hashlib.sha256()
            for f in (__file__, specload.__file__, SCHEMA):
                with open(f, "rb") as fh:
                    h.update(fh.read())
            h.update(repr((sys.version, yaml.__version__,
                           hasattr(yaml, "CSafeLoader"))).encode())
            _DISK.append((path, h.digest()))
    return _DISK[0]


def _disk_path(raw, display, order):
    cache = _disk_cache()
    if cache is None:
        return None
    h = hashlib.sha256(cache[1])
    h.update(repr((display, order, len(raw))).encode())
    h.update(raw)
    return os.path.join(cache[0], h.hexdigest() + ".pickle")


def _disk_get(path):
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except Exception:   # noqa: B902 - absent, stale or damaged: parse again
        return None


def _disk_put(path, value):
    directory = os.path.dirname(path)
    try:
        if len(os.listdir(directory)) > _DISK_CACHE_FILES:
            for name in os.listdir(directory):
                os.unlink(os.path.join(directory, name))
        fd, tmp = tempfile.mkstemp(dir=directory, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except Exception:   # noqa: B902 - a cache that cannot be written
        pass


def _load_checked(raw, display, order, persist=False):
    """Parse and schema-check one file: (source or None, errors, left out).

    Entries that failed the schema become None in source.data, so the
    model checks the others (all errors in one run); left out names them,
    (table, name), or holds True if the whole file is unusable, so that
    the model does not call a reference to them undefined.  persist: keep
    the result in the on-disk cache too (files read from the spec
    directory; not the fuzzer's made-up text)."""
    key = (display, order, raw)
    hit = _SOURCE_CACHE.get(key)
    if hit is not None:
        return hit
    disk = _disk_path(raw, display, order) if persist else None
    hit = _disk_get(disk) if disk else None
    if hit is not None:
        _SOURCE_CACHE[key] = hit
        return hit
    diag = specload.Diagnostics()
    left_out = set()
    try:
        src = _parse_and_check(raw, display, order, diag, left_out)
    except specload.TooManyErrors:
        src = None      # the caller stops at the same limit
    if src is None:
        left_out.add(True)
    if len(_SOURCE_CACHE) >= _SOURCE_CACHE_SIZE:
        _SOURCE_CACHE.clear()
    hit = _SOURCE_CACHE[key] = (src, list(diag.errors), frozenset(left_out))
    if disk:
        _disk_put(disk, hit)
    return hit


def _parse_and_check(raw, display, order, diag, left_out):
    src = specload.load_bytes(raw, display, order, diag)
    if src is not None and not isinstance(src.data, dict):
        diag.error(src.where(()), "a spec file must be a mapping with keys "
                   "like 'instructions:' or 'vmcs_fields:'")
        src = None
    if src is not None:
        failed = specload.check_schema(src, _schema(), diag)
        is_isa_file = os.path.basename(display) == specload.ISA_FILE
        if is_isa_file and "isa" not in src.data:
            diag.error(src.where(()), "isa.yaml must say which ISA its "
                       "folder holds ('isa:' with name, title, manual and "
                       "status)")
            failed = True
        if not is_isa_file and "isa" in src.data:
            diag.error(src.where_key(("isa",)), "'isa:' belongs in the "
                       "folder's isa.yaml, not here")
            failed = True
        if failed is True or (is_isa_file and failed):
            src = None
        for table, index in (failed or ()) if src is not None else ():
            entry = src.data[table][index]
            name = entry.get("name", entry.get("mnemonic")) \
                if isinstance(entry, dict) else None
            left_out.add((table, name) if isinstance(name, str) else True)
            src.data[table][index] = None
    return src


def _read_spec_file(path):
    why = specload.regular_file_error(path)
    if why:
        raise OSError(0, why)
    with open(path, "rb") as f:
        return f.read(specload.MAX_FILE_BYTES + 1)


def load_sources(spec_dir, diag, read=None):
    """Load and schema-check every spec file: [(folder, isa source,
    [sources], left out)], one entry per ISA folder.  read(path) -> bytes
    replaces file reading (the fuzzer feeds its own text this way)."""
    names = specload.spec_files(spec_dir)
    if not names:
        diag.error(specload.Location(spec_dir, 1, 1), "no .yaml files in the "
                   "spec directory")
        return []
    groups, orphans = specload.isa_folders(names)
    spec_name = os.path.basename(os.path.normpath(spec_dir))
    display = {rel: os.path.join(spec_name, rel) for rel in names}
    for rel in orphans:
        diag.error(specload.Location(display[rel], 1, 1, names.index(rel)),
                   "this file is in no ISA folder: spec files go under "
                   "spec/<isa>/, next to an isa.yaml that names the ISA")
    out = []
    for folder, members in sorted(groups.items()):
        isa_source, sources, left_out = None, [], set()
        for rel in members:
            order = names.index(rel)
            try:
                raw = (read or _read_spec_file)(os.path.join(spec_dir, rel))
            except OSError as e:
                diag.error(specload.Location(display[rel], 1, 1, order),
                           "cannot read spec file: %s" % e.strerror)
                left_out.add(True)
                continue
            src, errors, missing = _load_checked(raw, display[rel], order,
                                                 persist=read is None)
            for location, message in errors:
                diag.error(location, message)
            left_out |= missing
            if src is None:
                continue
            if os.path.basename(rel) == specload.ISA_FILE:
                isa_source = src
            # isa.yaml may hold tables too, like any file of its folder.
            sources.append(src)
        if isa_source is not None:
            out.append((folder, isa_source, sources, left_out))
    return out


def load_spec(spec_dir, diag, read=None):
    """The model of the spec in spec_dir, or None if it has errors (they
    are in diag)."""
    groups = load_sources(spec_dir, diag, read)
    spec = model.build(groups, diag)
    if diag:
        return None     # a backend needs a complete model to check
    context = render_context(spec_dir)
    for backend in backends.all_backends():
        backend.check(spec, diag, context)
    return None if diag else spec


def output_names(spec):
    return [path for b in backends.all_backends() for path in b.outputs(spec)]


def render_context(spec_dir):
    """What every output's banner says: the spec folder's name, as text
    (bytes that are not UTF-8, kept by Python as surrogates, become
    U+FFFD; each backend escapes the rest)."""
    name = os.path.basename(os.path.normpath(spec_dir))
    name = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return {"spec_name": name}


def render_all(spec, spec_dir):
    context = render_context(spec_dir)
    rendered = {}
    for backend in backends.all_backends():
        rendered.update(backend.render(spec, context))
    return rendered


def safe_output_path(out_dir, rel):
    """Join, refusing anything that would land outside out_dir."""
    base = os.path.realpath(out_dir)
    full = os.path.realpath(os.path.join(base, rel))
    if os.path.commonpath([base, full]) != base:
        raise ValueError("output path '%s' is outside the output directory" % rel)
    return full


def read_or_none(path):
    """An output's current bytes, None if it does not exist.  Anything but
    a regular file is refused before opening (a FIFO would block)."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(st.st_mode):
        st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise ValueError("output %s is %s, not a regular file" % (
            path, specload.file_kind(st.st_mode)))
    with open(path, "rb") as f:
        return f.read()


def _test_pause(step):
    """Test hook (tests/fuzz/writes.py): with VMXGEN_TEST_PAUSE=1 in the
    environment, name each step of replacing the outputs on stderr and wait
    for a line on stdin, so that the test can kill the generator there."""
    if os.environ.get("VMXGEN_TEST_PAUSE"):
        print("vmxgen: test pause: %s" % step, file=sys.stderr, flush=True)
        sys.stdin.readline()


def _remove_stale_temps(directory):
    """Remove the temporary files of a generator that was killed (SIGKILL
    leaves it no chance to): .vmxgen-PID-*.tmp whose process is gone."""
    try:
        names = os.listdir(directory)
    except OSError:
        return
    for name in names:
        m = re.fullmatch(r"\.vmxgen-(\d+)-.*\.tmp", name)
        if not m:
            continue
        try:
            os.kill(int(m.group(1)), 0)
            continue  # still running
        except ProcessLookupError:
            pass
        except (PermissionError, OverflowError):
            continue
        try:
            os.unlink(os.path.join(directory, name))
        except OSError:
            pass


def write_outputs(out_dir, rendered):
    """Replace each changed output atomically; returns the changed paths."""
    plan = []
    for rel, data in sorted(rendered.items()):
        path = safe_output_path(out_dir, rel)
        if read_or_none(path) != data:
            plan.append((rel, path, data))
    for d in sorted({os.path.dirname(safe_output_path(out_dir, rel))
                     for rel in rendered}):
        _remove_stale_temps(d)
    temps = []
    try:
        # Every temporary file is complete and on disk before the first
        # rename, so an interruption leaves each output old or new.
        for rel, path, data in plan:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".vmxgen-%d-" % os.getpid(),
                                       suffix=".tmp", dir=os.path.dirname(path))
            temps.append(tmp)
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.chmod(tmp, 0o644)
            _test_pause("temporary file for %s written" % rel)
        for (rel, path, data), tmp in zip(plan, temps):
            _test_pause("replacing %s" % rel)
            os.replace(tmp, path)
        _test_pause("all replaced")
    finally:
        for tmp in temps:
            if os.path.exists(tmp):
                os.unlink(tmp)
    return [rel for rel, _, _ in plan]


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="vmxgen",
        description="Generate C headers for Intel VMX instructions, VMCS "
        "fields and VMX tables from a YAML spec.")
    parser.add_argument("--spec", default="spec", metavar="DIR",
                        help="spec directory (default: %(default)s)")
    parser.add_argument("--output", "-o", default="generated", metavar="DIR",
                        help="output directory (default: %(default)s)")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 and name every output "
                        "that differs from what the spec gives")
    parser.add_argument("--list-outputs", action="store_true",
                        help="print the names of the files the spec gives "
                        "and exit")
    parser.add_argument("--names", action="store_true",
                        help="print every identifier the names registries "
                        "handed out (language, scope, kind, name, spec "
                        "location, what) and exit")
    parser.add_argument("--quiet", "-q", action="store_true",
                        help="do not report which files were written")
    args = parser.parse_args(argv)

    diag = specload.Diagnostics()
    try:
        spec = load_spec(args.spec, diag)
    except specload.TooManyErrors:
        spec = None
    if diag or spec is None:
        for line in diag.lines():
            print(line, file=sys.stderr)
        return 2

    if args.list_outputs:
        for rel in output_names(spec):
            print(rel)
        return 0
    if args.names:
        for backend in backends.all_backends():
            reg = getattr(backend, "registry", None)
            for line in reg(spec).dump() if reg else ():
                print("%s\t%s" % (backend.__name__.split(".")[-1], line))
        return 0

    try:
        rendered = render_all(spec, args.spec)
    except backends.render.template_error() as e:
        print("vmxgen: error: template: %s" % e, file=sys.stderr)
        return 2

    if args.check:
        stale = []
        for rel, data in sorted(rendered.items()):
            path = os.path.join(args.output, rel)
            try:
                current = read_or_none(path)
            except (OSError, ValueError) as e:
                print("vmxgen: error: %s" % e, file=sys.stderr)
                return 2
            if current != data:
                stale.append(path)
        for path in stale:
            print("vmxgen: stale: %s" % path, file=sys.stderr)
        return 1 if stale else 0

    if not os.path.isdir(args.output):
        print("vmxgen: error: output directory '%s' %s" % (
            args.output, "is not a directory" if os.path.exists(args.output)
            else "does not exist"), file=sys.stderr)
        return 2
    try:
        changed = write_outputs(args.output, rendered)
    except (OSError, ValueError) as e:
        print("vmxgen: error: cannot write output: %s" % e, file=sys.stderr)
        return 2
    if not args.quiet:
        for rel in changed:
            print("vmxgen: wrote %s" % os.path.join(args.output, rel))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
