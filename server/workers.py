"""`python -m server serve --workers N`: one listening socket, N forked worker processes (docs/adr/0011).

The parent binds the socket, then forks the workers; each builds its own application (its own event
loop, database pool and Redis client — nothing is shared but the socket) and accepts from the shared
socket, so the kernel spreads connections over them. The parent only supervises: a worker that dies
is replaced (at most once per second), SIGTERM/SIGINT stop every worker gracefully and wait.

Several workers share state only through PostgreSQL and Redis, so they need real servers: the
embedded in-process Redis (and SQLite, one file written by several processes) are refused.
Metrics of all workers are merged through ``PROMETHEUS_MULTIPROC_DIR`` (set here when unset).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from server.core.settings import Settings


class WorkersRefused(SystemExit):
    """Several workers were asked for with an embedded store."""


def check_shared_stores(settings: Settings) -> None:
    if not settings.redis_url or settings.redis_url.startswith("memory://"):
        raise WorkersRefused("several workers need a Redis server: set REDIS_URL=redis://… (the embedded Redis lives in one process)")
    if settings.database_url.startswith("sqlite"):
        raise WorkersRefused("several workers need PostgreSQL: set DATABASE_URL=postgres://… (SQLite is for one process)")


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def metrics_dir() -> tuple[Path, bool]:
    """The multiprocess metrics directory, emptied (values of a previous run must not be summed in), and
    whether it was made here (then it is removed on exit)."""
    given = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    path = Path(given) if given else Path(tempfile.mkdtemp(prefix="dj-metrics-"))
    path.mkdir(parents=True, exist_ok=True)
    for stale in path.glob("*.db"):
        stale.unlink()
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(path)
    return path, not given


class Supervisor:
    """Fork, watch and stop the workers."""

    def __init__(self, count: int, sock: socket.socket, run_worker: Callable[[socket.socket], None]) -> None:
        self.count = count
        self.sock = sock
        self.run_worker = run_worker
        self.children: set[int] = set()
        self.stopping = False

    def _spawn(self) -> None:
        pid = os.fork()
        if pid == 0:  # the worker
            for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGCHLD):
                signal.signal(sig, signal.SIG_DFL)
            _die_with_parent()
            code = 0
            try:
                self.run_worker(self.sock)
            except SystemExit as exit_:
                code = exit_.code if isinstance(exit_.code, int) else 1
            except BaseException:  # report and leave with a failure code: never fall back into the parent's loop
                import traceback

                traceback.print_exc()
                code = 1
            finally:
                os._exit(code)
        self.children.add(pid)

    def _stop(self, *_: object) -> None:
        self.stopping = True
        for pid in list(self.children):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)

    def run(self) -> int:
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGINT, self._stop)
        for _ in range(self.count):
            self._spawn()
        last_respawn = 0.0
        while self.children:
            try:
                pid, _status = os.wait()
            except ChildProcessError:
                break
            except InterruptedError:  # pragma: no cover — PEP 475 retries; kept for clarity
                continue
            self.children.discard(pid)
            _mark_dead(pid)
            if not self.stopping:
                wait = 1.0 - (time.monotonic() - last_respawn)
                if wait > 0:
                    time.sleep(wait)
                last_respawn = time.monotonic()
                print(f"worker {pid} exited; starting a new one", file=sys.stderr, flush=True)
                self._spawn()
        self.sock.close()
        return 0


def _die_with_parent() -> None:
    """Linux: a worker gets SIGTERM when the supervisor dies (even by SIGKILL), so none keeps serving orphaned."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _mark_dead(pid: int) -> None:
    """Drop a dead worker's live gauges (open sockets) from the merged metrics."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(pid)


def serve_workers(settings: Settings, count: int, run_worker: Callable[[socket.socket], None]) -> int:
    check_shared_stores(settings)
    path, made_here = metrics_dir()
    sock = bind(settings.host, settings.port)
    try:
        return Supervisor(count, sock, run_worker).run()
    finally:
        if made_here:
            shutil.rmtree(path, ignore_errors=True)
