"""Real PostgreSQL, Redis and service processes that the fault tests start on free ports, kill and restart.

Nothing here touches the machine's shared servers: each process has its own data directory and port.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, timeout: float = 20, up: bool = True) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                if up:
                    return
        except OSError:
            if not up:
                return
        time.sleep(0.05)
    raise TimeoutError(f"port {port} did not come {'up' if up else 'down'}")


def pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(found[-1]).parent if found else None


def missing_tools() -> str | None:
    if shutil.which("redis-server") is None:
        return "redis-server is not installed"
    if pg_bin() is None:
        return "PostgreSQL server binaries are not installed"
    return None


class RedisServer:
    """redis-server with AOF (appendfsync as given) in a directory of its own."""

    def __init__(self, workdir: Path, fsync: str = "always") -> None:
        self.dir = workdir / "redis"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.fsync = fsync
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [shutil.which("redis-server") or "redis-server", "--bind", "127.0.0.1", "--port", str(self.port), "--dir", str(self.dir), "--save", "",
             "--appendonly", "yes", "--appendfsync", self.fsync, "--daemonize", "no", "--logfile", str(self.dir / "log")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_port(self.port)

    def kill(self) -> None:
        """SIGKILL: what a crash or an OOM kill does (no shutdown, no final fsync)."""
        if self.proc is not None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)
            self.proc = None
        wait_port(self.port, up=False)

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
            self.proc = None


def _cluster_port() -> int:
    """A free port whose cluster bus port (port + 10000) is valid and free too."""
    for _ in range(200):
        port = free_port()
        if port + 10000 > 65535:
            continue
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port + 10000))
            except OSError:
                continue
        return port
    raise RuntimeError("no free port pair for a Redis Cluster node")


class RedisClusterServers:
    """A local Redis Cluster of `masters` primaries (no replicas) on free ports, each in a directory of its own;
    `url` is the redis+cluster:// seed the service takes. Also started by .ci/redis-cluster for the CI pass."""

    def __init__(self, workdir: Path, masters: int = 3) -> None:
        self.dir = workdir / "redis-cluster"
        self.ports = [_cluster_port() for _ in range(masters)]
        self.procs: list[subprocess.Popen[bytes]] = []

    @property
    def url(self) -> str:
        return f"redis+cluster://127.0.0.1:{self.ports[0]}"

    def start(self, timeout: float = 30) -> None:
        server = shutil.which("redis-server") or "redis-server"
        for port in self.ports:
            d = self.dir / str(port)
            d.mkdir(parents=True, exist_ok=True)
            self.procs.append(subprocess.Popen(
                [server, "--bind", "127.0.0.1", "--port", str(port), "--dir", str(d), "--cluster-enabled", "yes",
                 "--cluster-config-file", f"nodes-{port}.conf", "--cluster-node-timeout", "2000", "--appendonly", "no",
                 "--save", "", "--daemonize", "no", "--logfile", str(d / "log")],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        for port in self.ports:
            wait_port(port)
        subprocess.run(
            [shutil.which("redis-cli") or "redis-cli", "--cluster", "create",
             *(f"127.0.0.1:{p}" for p in self.ports), "--cluster-replicas", "0", "--cluster-yes"],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            infos = [subprocess.run([shutil.which("redis-cli") or "redis-cli", "-p", str(p), "cluster", "info"],
                                    capture_output=True, text=True).stdout for p in self.ports]
            if all("cluster_state:ok" in i for i in infos):
                return
            time.sleep(0.1)
        raise TimeoutError("the Redis Cluster did not reach cluster_state:ok")

    def stop(self) -> None:
        for proc in self.procs:
            proc.terminate()
        for proc in self.procs:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=10)
        self.procs.clear()


def _as_postgres(args: list[str]) -> list[str]:
    """initdb and postgres refuse to run as root; CI runs as root, so run them as the postgres user."""
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


class PostgresServer:
    """A throwaway PostgreSQL cluster (trust auth) on a free port."""

    def __init__(self, workdir: Path) -> None:
        bindir = pg_bin()
        assert bindir is not None
        self.bin = bindir
        # Its own folder outside pytest's (which is private to root): the postgres user must reach it.
        self.root = Path(tempfile.mkdtemp(prefix="dj-fault-pg-"))
        self.root.chmod(0o755)
        self.dir = self.root / "pgdata"
        self.sock = self.root / "sock"
        self.port = free_port()
        self.log = self.root / "pg.log"

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def _owned(self) -> None:
        if os.geteuid() == 0:
            for path in (self.root, self.dir, self.sock, self.log):
                if path.exists():
                    shutil.chown(path, "postgres", "postgres")

    def init(self) -> None:
        self.sock.mkdir(parents=True, exist_ok=True)
        self.log.touch()
        self.dir.mkdir(parents=True, exist_ok=True)
        self._owned()
        subprocess.run(_as_postgres([str(self.bin / "initdb"), "-D", str(self.dir), "-U", "postgres", "--auth=trust",
                                     "-E", "UTF8", "--no-sync"]), check=True, capture_output=True)

    def _ctl(self, *args: str) -> None:
        opts = f"-p {self.port} -k {self.sock} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200"
        subprocess.run(_as_postgres([str(self.bin / "pg_ctl"), "-D", str(self.dir), "-l", str(self.log), "-o", opts,
                                     "-w", "-t", "60", *args]), check=True, capture_output=True)

    def start(self) -> None:
        self._ctl("start")
        wait_port(self.port)

    def restart(self) -> None:
        """A fast restart: every client connection is cut, committed data stays."""
        self._ctl("restart", "-m", "fast")
        wait_port(self.port)

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._ctl("stop", "-m", "immediate")
        shutil.rmtree(self.root, ignore_errors=True)


class Service:
    """`python -m server serve` as a child process, on a free port."""

    def __init__(self, workdir: Path, env: dict[str, str]) -> None:
        self.port = free_port()
        self.env = {**{k: v for k, v in os.environ.items() if not k.startswith(("TEST_", "PYTEST"))}, **env,
                    "HOST": "127.0.0.1", "PORT": str(self.port), "ENV": "dev", "LOG_LEVEL": "WARNING"}
        self.out = workdir / f"service-{self.port}.log"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "server", *args], cwd=ROOT, env=self.env, capture_output=True,
                              text=True, timeout=300)

    def start(self, *serve_args: str) -> None:
        with self.out.open("ab") as log:
            self.proc = subprocess.Popen([sys.executable, "-m", "server", "serve", *serve_args], cwd=ROOT, env=self.env,
                                         stdout=log, stderr=log)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.base}/healthz", timeout=1) as resp:  # noqa: S310 (loopback)
                    if resp.status == 200:
                        return
            except OSError:
                pass
            if self.proc.poll() is not None:
                raise RuntimeError(f"service exited: {self.out.read_text()[-2000:]}")
            time.sleep(0.2)
        raise TimeoutError("service did not become healthy")

    def kill(self) -> None:
        """SIGKILL: no graceful shutdown, no final flush."""
        if self.proc is not None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)
            self.proc = None

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
            self.proc = None
