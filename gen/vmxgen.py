#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""vmxgen: generate C headers for Intel VMX instructions from spec/*.yaml.

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
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import jinja2  # noqa: E402
import yaml  # noqa: E402

import bitdiagram  # noqa: E402
import model  # noqa: E402
import specload  # noqa: E402

# Output file (relative to the output directory) -> template.
OUTPUTS = [
    ("vmxgen/vmx_insn.h", "vmx_insn.h.j2"),
    ("vmxgen/vmcs_fields.h", "vmcs_fields.h.j2"),
    ("vmxgen/vmx_tables.h", "vmx_tables.h.j2"),
    ("vmxgen/vmx.h", "vmx.h.j2"),
    ("doc/vmx-reference.md", "vmx-reference.md.j2"),
]


def load_spec(spec_dir, diag):
    schema_path = os.path.join(HERE, "schema.yaml")
    with open(schema_path, encoding="utf-8") as f:
        schema = yaml.safe_load(f)
    names = specload.spec_files(spec_dir)
    if not names:
        diag.error(specload.Location(spec_dir, 1, 1), "no .yaml files in the "
                   "spec directory")
        return None
    sources = []
    for order, rel in enumerate(names):
        display = os.path.join(os.path.basename(os.path.normpath(spec_dir)), rel)
        src = specload.load_file(os.path.join(spec_dir, rel), display, order,
                                 diag)
        if src is None:
            continue
        before = len(diag.errors)
        if not isinstance(src.data, dict):
            diag.error(src.where(()), "a spec file must be a mapping with keys "
                       "like 'instructions:' or 'vmcs_fields:'")
            continue
        specload.check_schema(src, schema, diag)
        if len(diag.errors) == before:
            sources.append(src)
    if diag:
        return None
    return model.build(sources, diag)


def make_environment():
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(os.path.join(HERE, "templates")),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["hex"] = lambda n, w=2: "0x%0*x" % (w, n)
    env.filters["bitdiagram"] = bitdiagram.diagram
    env.filters["guard"] = lambda p: "VMXGEN_" + "".join(
        c if c.isalnum() else "_" for c in os.path.basename(p)).upper()
    return env


def render_all(spec, spec_dir):
    env = make_environment()
    rendered = {}
    for out, template in OUTPUTS:
        text = env.get_template(template).render(
            spec=spec, output=out, template=template,
            spec_name=os.path.basename(os.path.normpath(spec_dir)))
        rendered[out] = text.encode("utf-8")
    return rendered


def safe_output_path(out_dir, rel):
    """Join, refusing anything that would land outside out_dir."""
    base = os.path.realpath(out_dir)
    full = os.path.realpath(os.path.join(base, rel))
    if os.path.commonpath([base, full]) != base:
        raise ValueError("output path '%s' is outside the output directory" % rel)
    return full


def read_or_none(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


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
                        help="print the output file names and exit")
    parser.add_argument("--quiet", "-q", action="store_true",
                        help="do not report which files were written")
    args = parser.parse_args(argv)

    if args.list_outputs:
        for rel, _ in OUTPUTS:
            print(rel)
        return 0

    diag = specload.Diagnostics()
    try:
        spec = load_spec(args.spec, diag)
    except specload.TooManyErrors:
        spec = None
    if diag or spec is None:
        for line in diag.lines():
            print(line, file=sys.stderr)
        return 2

    try:
        rendered = render_all(spec, args.spec)
    except jinja2.TemplateError as e:
        print("vmxgen: error: template: %s" % e, file=sys.stderr)
        return 2

    if args.check:
        stale = []
        for rel, data in sorted(rendered.items()):
            path = os.path.join(args.output, rel)
            if read_or_none(path) != data:
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
