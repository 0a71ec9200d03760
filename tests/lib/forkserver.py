# SPDX-License-Identifier: MIT
"""Python functions (and commands) run in children of a fork server.

Tests run the generator hundreds of times; starting Python and importing
gen/ again for each run is most of a run's time, so they run it in a child
forked from a process that has imported it already.  But fork() copies
only the thread that calls it: a child forked while another thread held a
lock (the import lock, a buffered file's) waits for it forever.  The tests
run their cases on threads (vmxtest.parallel), so they never fork
themselves.  start() forks a server while the test is still one thread,
with the generator and the libraries it imports lazily (jinja2,
jsonschema) imported; the server never starts a thread, and every child
is forked from it.

run() sends the server a request over a Unix socket, with the descriptors
of the child's stdin, stdout and stderr and of a socket for the answers;
the server forks the child, answers its pid, kills it after its timeout
(or when asked: Child.kill()), reaps it (wait4: its exit status and peak
RSS) and answers that.  Any thread may call run(), or spawn() for a child
to talk to or kill while it runs.  The server ends when the test closes
its socket (exits or is killed).

The child runs what 'python3 SCRIPT' would: a function's return value or
SystemExit is its exit status, an uncaught exception is a traceback on
stderr and status 1.  The function goes by reference (pickle): it must be
a module-level function of a module the server has, one the test
imported before start() or that the child can import.  A command (a
list) is executed instead, under the same limits.
"""

import atexit
import os
import pickle
import resource
import select
import signal
import socket
import sys
import threading
import time

# A child that outlives this is killed: no run waits forever.
DEFAULT_TIMEOUT = 300

_server = None      # the socket to the server, once started
_MAX_REQUEST = 1 << 20


class Outcome:
    """How a child ended."""

    def __init__(self, returncode, maxrss, seconds, timed_out,
                 cpu_seconds=0.0):
        self.returncode = returncode    # exit status, -N for signal N
        self.maxrss = maxrss            # peak RSS, KiB
        self.seconds = seconds          # from fork to exit
        self.timed_out = timed_out      # killed after its timeout
        # user + system CPU: what the child cost, whatever the load
        self.cpu_seconds = cpu_seconds


def generator_modules():
    """The generator, with every library it imports only when needed."""
    import jinja2       # noqa: F401
    import jsonschema   # noqa: F401
    import backends
    import vmxgen       # noqa: F401
    backends.all_backends()


def start(preload=generator_modules):
    """Fork the server, after preload() (what the children will need
    imported).  Call it first thing in main(), before any thread."""
    global _server
    if _server is not None:
        return
    if threading.active_count() != 1:
        raise RuntimeError("forkserver.start() with %d threads running: "
                           "call it before any thread starts"
                           % threading.active_count())
    if preload is not None:
        preload()
    sys.stdout.flush()
    sys.stderr.flush()
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    pid = os.fork()
    if pid == 0:
        ours.close()
        status = 70
        try:
            _serve(theirs)
            status = 0
        finally:
            os._exit(status)
    theirs.close()
    _server = ours
    atexit.register(_stop, pid)


def _stop(pid):
    """At exit: end the server (it kills what still runs) and reap it, so
    that its children's time counts in this process's."""
    _server.close()
    os.waitpid(pid, 0)


def run(target, args=(), argv=None, stdout=None, stderr=None, cwd=None,
        limit_as=None, timeout=DEFAULT_TIMEOUT, **kw):
    """Run target(*args) (a function) or target (a command: a list) in a
    child of the server, with sys.argv = argv, stdout and stderr into the
    given files (None: /dev/null), in cwd, under an address-space limit
    of limit_as bytes; killed after timeout seconds.  Returns its Outcome
    once it has ended.  kw: what else spawn() takes."""
    return spawn(target, args, argv, stdout=stdout, stderr=stderr, cwd=cwd,
                 limit_as=limit_as, timeout=timeout, **kw).wait()


class Child:
    """A child of the server that runs: its pid, kill(), wait()."""

    def __init__(self, sock, pid):
        self._sock = sock
        self.pid = pid

    def kill(self):
        """SIGKILL it.  The server sends the signal: it has not reaped the
        child yet, so the pid is still this child's."""
        try:
            self._sock.send(b"kill")
        except OSError:
            pass    # it has ended and been answered for

    def wait(self):
        """Its Outcome, once it has ended."""
        with self._sock:
            try:
                answer = self._sock.recv(4096)
            except ConnectionResetError:
                # The server closed its end with our "kill" still unread
                # (the child had ended by itself meanwhile): Linux then
                # reports ECONNRESET before the queued answer, once; the
                # answer, sent before the close, is read next.
                answer = self._sock.recv(4096)
        if not answer:
            raise RuntimeError("the fork server is gone")
        return Outcome(*pickle.loads(answer))


def _fd(f):
    return f if isinstance(f, int) else f.fileno()


def spawn(target, args=(), argv=None, stdin=None, stdout=None, stderr=None,
          cwd=None, limit_as=None, timeout=DEFAULT_TIMEOUT, env=None,
          user=None):
    """run() without waiting: the Child, once it runs.  stdin: a file or
    descriptor to read (None: /dev/null); env: variables set in its
    os.environ; user: {"user": uid, "group": gid, "extra_groups": [...]}
    to run as (subprocess's user=, group=, extra_groups=)."""
    if _server is None:
        raise RuntimeError("forkserver.run() before forkserver.start()")
    call = pickle.dumps((target, tuple(args), argv, cwd, limit_as, env, user))
    null = None
    if stdin is None or stdout is None or stderr is None:
        null = open(os.devnull, "r+b")
    mine, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    try:
        socket.send_fds(_server, [pickle.dumps((timeout, call))], [
            theirs.fileno()] + [_fd(f if f is not None else null)
                                for f in (stdin, stdout, stderr)])
        theirs.close()
        answer = mine.recv(4096)
    except BaseException:
        mine.close()
        raise
    finally:
        theirs.close()
        if null:
            null.close()
    answer = pickle.loads(answer) if answer else "the fork server is gone"
    if isinstance(answer, str):
        mine.close()
        raise RuntimeError("the fork server could not run it: " + answer)
    return Child(mine, answer)


# --- the server ------------------------------------------------------------

class _Job:
    def __init__(self, pid, reply, timeout):
        self.pid = pid
        self.reply = reply
        self.started = time.monotonic()
        self.deadline = self.started + timeout if timeout else None
        self.killed = False     # at its timeout
        self.listening = True   # to the test's kill request


def _serve(sock):
    """Fork a child per request; answer each when it has ended."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    jobs = {}       # pidfd: _Job
    try:
        while True:
            now = time.monotonic()
            deadlines = [j.deadline for j in jobs.values()
                         if j.deadline and not j.killed]
            wait = max(0.0, min(deadlines) - now) if deadlines else None
            asking = {j.reply: j for j in jobs.values() if j.listening}
            ready, _, _ = select.select([sock] + list(jobs) + list(asking),
                                        [], [], wait)
            for fd in ready:
                if fd is sock:
                    if not _accept(sock, jobs):
                        return
                elif fd in asking:
                    _kill_request(asking[fd])
                elif fd in jobs:
                    _reap(fd, jobs.pop(fd))
            now = time.monotonic()
            for job in jobs.values():
                if job.deadline and not job.killed and now >= job.deadline:
                    os.kill(job.pid, signal.SIGKILL)
                    job.killed = True
    finally:
        for fd, job in jobs.items():
            os.kill(job.pid, signal.SIGKILL)
            os.waitpid(job.pid, 0)


def _kill_request(job):
    """The test wrote on a child's socket: 'kill' is a request to kill it
    (once: a child already killed is only waited for); nothing is the test
    closing its end."""
    try:
        msg = job.reply.recv(16)
    except OSError:
        msg = b""
    if msg == b"kill":
        try:
            os.kill(job.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    job.listening = False


def _accept(sock, jobs):
    """Start the child of one request; False when the test has gone."""
    try:
        msg, fds, flags, _ = socket.recv_fds(sock, _MAX_REQUEST, 4)
    except OSError:
        return False
    if not msg:
        return False
    reply = socket.socket(fileno=fds[0])
    if len(fds) != 4 or flags & socket.MSG_TRUNC:
        reply.send(pickle.dumps("bad request"))
        reply.close()
        for fd in fds[1:]:
            os.close(fd)
        return True
    timeout, call = pickle.loads(msg)
    try:
        pid = os.fork()
    except OSError as e:
        reply.send(pickle.dumps("fork: %s" % e))
        reply.close()
        pid = None
    if pid == 0:
        sock.close()
        reply.close()
        _child(call, fds[1], fds[2], fds[3])
    for fd in fds[1:]:
        os.close(fd)
    if pid:
        jobs[os.pidfd_open(pid)] = _Job(pid, reply, timeout)
        try:
            reply.send(pickle.dumps(pid))
        except OSError:
            pass    # the thread that asked is gone
    return True


def _reap(pidfd, job):
    _, status, usage = os.wait4(job.pid, 0)
    os.close(pidfd)
    try:
        job.reply.send(pickle.dumps((
            os.waitstatus_to_exitcode(status), usage.ru_maxrss,
            time.monotonic() - job.started, job.killed,
            usage.ru_utime + usage.ru_stime)))
    except OSError:
        pass    # the thread that asked is gone
    job.reply.close()


def _child(call, inp, out, err):
    """In the child: set up, run the call as a script would; never
    returns."""
    status = 70
    try:
        target, args, argv, cwd, limit_as, env, user = pickle.loads(call)
        if cwd:
            os.chdir(cwd)
        if limit_as:
            resource.setrlimit(resource.RLIMIT_AS, (limit_as, limit_as))
        if env:
            os.environ.update(env)
        if user:
            os.setgroups(user.get("extra_groups", []))
            os.setgid(user["group"])
            os.setuid(user["user"])
        os.dup2(inp, 0)
        os.dup2(out, 1)
        os.dup2(err, 2)
        os.closerange(3, 1 << 16)
        if isinstance(target, list):
            # As subprocess does: what Python ignores, a command need not.
            for sig in (signal.SIGPIPE, signal.SIGXFSZ):
                signal.signal(sig, signal.SIG_DFL)
            try:
                os.execvp(target[0], target)
            except OSError as e:
                os.write(2, ("%s: %s\n" % (target[0], e)).encode())
                status = 127
            return
        # New objects on the descriptors: nothing buffered in the server's.
        sys.stdin = open(0, closefd=False)
        sys.stdout = open(1, "w", closefd=False)
        sys.stderr = open(2, "w", closefd=False)
        if argv is not None:
            sys.argv = list(argv)
        try:
            status = target(*args)
        except SystemExit as e:
            status = e.code if isinstance(e.code, int) else \
                0 if e.code is None else 1
            if not isinstance(e.code, (int, type(None))):
                print(e.code, file=sys.stderr)
        except BaseException:   # noqa: B902 - as the script would
            import traceback
            traceback.print_exc()
            status = 1
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(status if isinstance(status, int) else 0)
