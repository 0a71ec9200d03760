#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The fork server the tests run the generator in (tests/lib/forkserver.py):
a child's exit status as a script's would be, its output where it was
asked, its timeout (a child that hangs is killed and reported, not waited
for), its address-space limit and peak RSS, a command in place of a
function, a child spawned to talk to (stdin, env) and killed, one run as
another user, and many children asked for at once from many threads while one
of them imports a module: each ends (under a timeout of its own here, so
that a hang is a failure, not a hung test)."""

import concurrent.futures
import importlib
import os
import sys
import tempfile
import time

import forkserver
from vmxtest import Tap, jobs

MIB = 1 << 20


def child_returns(code):
    print("out", sys.argv[1:])
    print("err", file=sys.stderr)
    return code


def child_exits(code):
    sys.exit(code)


def child_raises():
    raise ValueError("raised in the child")


def child_sleeps(seconds):
    time.sleep(seconds)


def child_allocates(mib):
    block = bytearray(mib * MIB)
    block[::4096] = b"x" * len(block[::4096])
    return 0


def child_imports(name):
    """A module imported in the child while the test's threads run."""
    __import__(name)
    return 0


def child_echoes(name):
    """A line of stdin and an environment variable back on stdout, with
    its pid; then it waits for the next line."""
    line = sys.stdin.readline()
    print(os.getpid(), line.strip(), os.environ.get(name), flush=True)
    sys.stdin.readline()
    return 0


def child_ids():
    print(os.getuid(), os.getgid(), os.getgroups())
    return 0


def ran(target, args=(), **kw):
    """(Outcome, stdout, stderr) of one child."""
    with tempfile.TemporaryFile() as so, tempfile.TemporaryFile() as se:
        done = forkserver.run(target, args, stdout=so, stderr=se, **kw)
        so.seek(0)
        se.seek(0)
        return done, so.read().decode(), se.read().decode()


def main():
    forkserver.start()
    tap = Tap()
    done, out, err = ran(child_returns, (3,), argv=["script", "a", "b"])
    tap.ok(done.returncode == 3 and out == "out ['a', 'b']\n" and
           err == "err\n" and not done.timed_out,
           "a function's return value is the exit status; sys.argv, stdout "
           "and stderr as asked", "%d %r %r" % (done.returncode, out, err))
    done, _, err = ran(child_exits, (5,))
    tap.ok(done.returncode == 5, "sys.exit(5) is status 5", err)
    done, _, err = ran(child_exits, (None,))
    tap.ok(done.returncode == 0, "sys.exit() is status 0", err)
    done, _, err = ran(child_raises)
    tap.ok(done.returncode == 1 and "Traceback" in err and
           "ValueError: raised in the child" in err,
           "an uncaught exception is a traceback on stderr and status 1", err)

    t = time.monotonic()
    done, _, _ = ran(child_sleeps, (60,), timeout=0.5)
    tap.ok(done.timed_out and done.returncode == -9 and
           time.monotonic() - t < 30,
           "a child past its timeout is killed (SIGKILL) and reported "
           "(%.2f s)" % done.seconds, "timed out %s, status %d"
           % (done.timed_out, done.returncode))

    small, _, _ = ran(child_allocates, (1,))
    big, _, err = ran(child_allocates, (200,))
    tap.ok(big.returncode == 0 and big.maxrss - small.maxrss >= 190 * 1024,
           "peak RSS (wait4): 200 MiB touched shows (%d KiB against %d)"
           % (big.maxrss, small.maxrss), err)
    limited, _, err = ran(child_allocates, (200,), limit_as=small.maxrss *
                          1024 + 100 * MIB)
    tap.ok(limited.returncode == 1 and "MemoryError" in err,
           "under an address-space limit the allocation fails", err)

    done, out, _ = ran(["sh", "-c", "echo $0; pwd; exit 4", "cmd"],
                       cwd="/")
    tap.ok(done.returncode == 4 and out == "cmd\n/\n",
           "a command is executed, in the directory asked", out)
    done, _, err = ran(["/nonexistent/command"])
    tap.ok(done.returncode == 127 and "/nonexistent/command" in err,
           "a command that does not exist is status 127", err)

    # spawn(): a child to talk to (its stdin a pipe, a variable set) and
    # to kill while it waits.
    child_in, talk = os.pipe()
    listen, child_out = os.pipe()
    child = forkserver.spawn(child_echoes, ("FORKSERVER_TEST",),
                             stdin=child_in, stdout=child_out,
                             env={"FORKSERVER_TEST": "set"}, timeout=30)
    os.close(child_in)
    os.close(child_out)
    with open(talk, "wb", 0) as w, open(listen, "rb") as r:
        w.write(b"hello\n")
        said = r.readline().decode()
        child.kill()
        done = child.wait()
    tap.ok(said == "%d hello set\n" % child.pid and done.returncode == -9
           and not done.timed_out,
           "spawn(): stdin, env and the pid as asked; kill() ends the child "
           "(SIGKILL), not reported as a timeout",
           "%r; status %d" % (said, done.returncode))
    # kill() as the child ends by itself: the server may reap it and close
    # its end with the "kill" unread, which Linux reports to wait()'s recv
    # as ECONNRESET before the answer queued ahead of the close (it failed
    # 25 times in 300 before wait() read past it).
    lost = []
    for i in range(100):
        child = forkserver.spawn(child_returns, (0,), timeout=30)
        time.sleep(0.001 * (i % 5))
        child.kill()
        try:
            done = child.wait()
            if done.returncode not in (0, -9):
                lost.append("status %d" % done.returncode)
        except (OSError, RuntimeError) as e:
            lost.append(repr(e))
    tap.ok(not lost, "kill() racing the child's own end: wait() still gets "
           "the outcome, 100 times", "; ".join(lost[:3]))
    if os.geteuid() == 0:
        done, out, err = ran(child_ids, user={"user": 65534, "group": 65534,
                                              "extra_groups": []})
        tap.ok(out == "65534 65534 []\n", "user=: the child runs as that "
               "user and group, with the extra groups asked", out + err)
    else:
        tap.skip("user=: the child runs as that user", "not root")

    # Many at once from threads that import modules meanwhile (a thread
    # of the test holding the import lock is what a child forked from the
    # test itself would wait for forever): every child ends.
    names = ["json", "csv", "decimal", "email.parser", "xml.dom.minidom",
             "http.client", "sqlite3", "ftplib"] * 4

    def one(name):
        importlib.import_module(name)
        return forkserver.run(child_imports, (name,), timeout=60)
    with concurrent.futures.ThreadPoolExecutor(max(4, jobs() * 2)) as pool:
        outcomes = list(pool.map(one, names))
    bad = [(n, o.returncode, o.timed_out) for n, o in zip(names, outcomes)
           if o.returncode != 0 or o.timed_out]
    tap.ok(not bad, "%d children asked for from %d threads at once, each "
           "importing a module: all end, status 0" % (
               len(names), max(4, jobs() * 2)), repr(bad))
    tap.done()


if __name__ == "__main__":
    main()
