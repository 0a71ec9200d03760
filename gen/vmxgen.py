#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""vmxgen: generate C headers, guest entries, a Rust crate and reference
pages for x86 virtualization instructions from the YAML spec:
spec/<isa>/**/*.yaml.

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
import os
import re
import stat
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cachedir  # noqa: E402  (small: compiled each run, before the rest)


# Compiled modules of gen/ (and the libraries) go to a private cache, not
# beside the sources: compiling them was a sixth of a run.
if sys.pycache_prefix is None and __name__ == "__main__":
    _pycache = cachedir.private("pycache")
    if _pycache is not None:
        sys.pycache_prefix = _pycache
        sys.dont_write_bytecode = False


import backends  # noqa: E402
import backends.render  # noqa: E402
import model  # noqa: E402
import specload  # noqa: E402

def load_spec(spec_dir, diag, read=None, name=None):
    """The model of the spec in spec_dir, or None if it has errors (they
    are in diag, at files named as spec_dir is, or as name if given)."""
    groups = specload.load_sources(spec_dir, diag, read, name)
    spec = model.build(groups, diag)
    if diag:
        return None     # a backend needs a complete model to check
    context = render_context(spec_dir)
    for backend in backends.all_backends():
        backend.check(spec, diag, context)
    return None if diag else spec


def load_or_report(spec_dir, read=None, name=None):
    """load_spec(), its errors printed on stderr as the command prints
    them: the model, or None (the command's exit status 2)."""
    diag = specload.Diagnostics()
    try:
        spec = load_spec(spec_dir, diag, read, name)
    except specload.TooManyErrors:
        spec = None
    if diag or spec is None:
        for line in diag.lines():
            print(line, file=sys.stderr)
        return None
    return spec


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
        description="Generate instruction wrappers and tables for x86 "
        "virtualization instruction sets (one folder of the YAML spec each: "
        "Intel VMX, AMD SVM, ...): C headers, GNU assembler guest entries, "
        "a no_std Rust crate and reference pages.")
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

    spec = load_or_report(args.spec)
    if spec is None:
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
