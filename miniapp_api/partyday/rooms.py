"""The live-room hub: local sockets per room, one Redis channel per room, fan-out with per-socket send queues.

Every room event is PUBLISHed once to `partyday:room:<id>`; each worker holds one pattern subscription and
fans each event out to its own sockets only. An event is framed once (one WebSocket text frame, the same bytes for
every socket) and written straight to each socket whose transport keeps up; a socket with frames still queued or
a full send buffer gets it through a bounded queue drained by its own writer task, so a slow or dead socket is
closed instead of stalling the room, and a socket's frames keep their order.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections import defaultdict, deque
from collections.abc import AsyncIterator, Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSCloseCode, WSMsgType, web
from redis.asyncio import Redis
from tortoise.context import TortoiseContext

from miniapp_api.partyday import presence
from server.core.appkeys import CLOCK, DB, REDIS, SETTINGS
from server.core.clock import Clock
from server.core.database import use_database
from server.core.http import dumps
from server.core.metrics import Metrics, metrics_of
from server.core.redis import scoped_channel
from server.core.settings import PartydaySettings

log = logging.getLogger("dangjian.partyday.rooms")
CHANNEL_PREFIX = "partyday:room:"
_CLOSE = object()  # queue sentinel: close the socket after what is already queued
DIRECT_WRITE_MAX_BUFFER = 64 * 1024  # bytes a socket may have unsent and still be written to directly


def text_frame(payload: bytes) -> bytes:
    """One unfragmented, unmasked, uncompressed WebSocket text frame (RFC 6455 § 5.2), as a server sends it."""
    n = len(payload)
    if n < 126:
        return bytes((0x81, n)) + payload
    if n < 65536:
        return b"\x81\x7e" + n.to_bytes(2, "big") + payload
    return b"\x81\x7f" + n.to_bytes(8, "big") + payload


@dataclass(eq=False)
class Conn:
    """One socket in one room, on this worker."""

    ws: web.WebSocketResponse
    meeting_id: int
    member_id: int | None
    name: str
    is_host: bool
    queue_size: int
    span_id: int | None = None
    # The socket's transport, for writing a pre-built frame without the writer task (rooms open it uncompressed).
    transport: asyncio.Transport | None = None
    chat_times: deque[float] = field(default_factory=lambda: deque(maxlen=32))
    queue: asyncio.Queue[Any] = field(init=False)
    writer: asyncio.Task[None] | None = None
    sending: bool = False  # the writer task is sending a frame (it may be waiting for the buffer to drain)
    dropped: bool = False
    # Events that arrive while the welcome snapshot is being built wait here, so the welcome goes first.
    held: list[bytes] | None = field(default_factory=list)

    def __post_init__(self) -> None:
        self.queue = asyncio.Queue(maxsize=self.queue_size)

    def offer(self, text: bytes) -> bool:
        """Queue without waiting; False when the socket is too far behind (it is then closed)."""
        if self.dropped:
            return False
        if self.held is not None:
            self.held.append(text)
            self.dropped = len(self.held) > self.queue_size
            return not self.dropped
        try:
            self.queue.put_nowait(text)
        except asyncio.QueueFull:
            self.dropped = True
            return False
        return True

    def push(self, text: bytes, frame: bytes) -> bool:
        """A room event: written directly when nothing is queued before it and the peer keeps up, else queued."""
        transport = self.transport
        if (transport is not None and self.held is None and not self.sending and self.queue.empty()
                and not self.dropped and not self.ws.closed and not transport.is_closing()
                and transport.get_write_buffer_size() <= DIRECT_WRITE_MAX_BUFFER):
            transport.write(frame)
            return True
        return self.offer(text)

    def release(self, first: bytes) -> bool:
        """Send `first` (the welcome), then whatever was held back meanwhile; from now on events flow directly."""
        held, self.held = self.held or [], None
        return all([self.offer(first), *(self.offer(text) for text in held)])


class RoomHub:
    """Per-worker registry of room sockets plus the Redis pub/sub bridge between workers."""

    def __init__(self, redis: Redis, db: TortoiseContext, cfg: PartydaySettings, clock: Clock,
                 metrics: Metrics | None = None) -> None:
        self.redis = redis
        self.metrics = metrics
        self.db = db
        self.cfg = cfg
        self.clock = clock
        self.rooms: dict[int, set[Conn]] = defaultdict(set)
        self._members: dict[tuple[int, int], int] = defaultdict(int)  # (room, member) → local sockets
        self._changes: dict[int, dict[str, dict[int, str]]] = {}
        self.cache: dict[tuple[str, int], tuple[float, Any]] = {}  # small per-room read caches (expiry, value)
        self._tasks: list[asyncio.Task[None]] = []
        self._side: set[asyncio.Task[None]] = set()  # socket closes started from the fan-out path
        self._pubsub: Any = None
        self._prefix = scoped_channel(self.redis, CHANNEL_PREFIX.rstrip(":")) + ":"
        self._stopping = False
        self.closing = False

    # ---- lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        # Classic pub/sub, also on a Redis Cluster: a PUBLISH there is broadcast to every node, so one pattern
        # subscription (on whichever node redis-py picks) hears every room. Sharded pub/sub (SSUBSCRIBE) has no
        # patterns and would need a subscription per room per worker; see docs/adr/0012-redis-cluster.md.
        self._pubsub = self.redis.pubsub(ignore_subscribe_messages=True)
        await self._pubsub.psubscribe(self._prefix + "*")
        for loop in (self._read, self._flush_presence, self._touch_seen):
            self._tasks.append(asyncio.create_task(self._guard(loop), name=f"partyday:{loop.__name__}"))

    async def close_sockets(self, *_: Any) -> None:
        """On shutdown: every socket closes with GOING_AWAY so clients reconnect to another worker."""
        self.closing = True
        conns = [c for room in self.rooms.values() for c in room]
        await asyncio.gather(*(self._close(c, WSCloseCode.GOING_AWAY, "server shutdown") for c in conns),
                             return_exceptions=True)

    async def stop(self) -> None:
        await self.close_sockets()
        if self._side:  # leaving sockets' presence writes finish before the database closes
            await asyncio.wait(set(self._side), timeout=5)
        self._stopping = True
        for task in self._tasks:
            task.cancel()
        if self._tasks:  # bounded: a client library that turns a cancellation into an error must not hang us
            await asyncio.wait(self._tasks, timeout=3)
        if self._pubsub is not None:
            with contextlib.suppress(Exception):
                await self._pubsub.aclose()

    async def _guard(self, loop: Callable[[], Any]) -> None:
        with use_database(self.db):
            await self._run_guarded(loop)

    async def _run_guarded(self, loop: Callable[[], Any]) -> None:
        while not self._stopping:
            try:
                await loop()
            except asyncio.CancelledError:
                raise
            except Exception:
                if self._stopping:
                    return
                log.exception("room hub loop failed; restarting", extra={"loop": loop.__name__})
                await asyncio.sleep(1)

    # ---- registry --------------------------------------------------------------------------

    def register(self, conn: Conn) -> bool:
        """Add a socket; True when it is the member's first socket in this room on this worker."""
        room = self.rooms[conn.meeting_id]
        if conn not in room and self.metrics is not None:
            self.metrics.room_sockets.inc()
        room.add(conn)
        conn.writer = asyncio.create_task(self._write(conn), name=f"partyday:ws:{conn.meeting_id}")
        if conn.member_id is None:
            return False
        key = (conn.meeting_id, conn.member_id)
        self._members[key] += 1
        if self._members[key] == 1:
            self._note(conn.meeting_id, "joined", conn.member_id, conn.name)
            return True
        return False

    def unregister(self, conn: Conn) -> None:
        """Remove a socket. Synchronous on purpose: it runs in a `finally` that a cancellation may hit."""
        room = self.rooms.get(conn.meeting_id)
        if room is not None:
            if conn in room and self.metrics is not None:
                self.metrics.room_sockets.dec()
            room.discard(conn)
            if not room:
                self.rooms.pop(conn.meeting_id, None)
        if conn.writer is not None:
            conn.writer.cancel()
        if conn.member_id is not None:
            key = (conn.meeting_id, conn.member_id)
            self._members[key] -= 1
            if self._members[key] <= 0:
                self._members.pop(key, None)
                self._note(conn.meeting_id, "left", conn.member_id, conn.name)

    def is_local_member(self, meeting_id: int, member_id: int) -> bool:
        return self._members.get((meeting_id, member_id), 0) > 0

    def _note(self, meeting_id: int, kind: str, member_id: int, name: str) -> None:
        changes = self._changes.setdefault(meeting_id, {"joined": {}, "left": {}})
        other = "left" if kind == "joined" else "joined"
        if changes[other].pop(member_id, None) is None:  # a quick leave+join cancels out
            changes[kind][member_id] = name

    # ---- sending ---------------------------------------------------------------------------

    async def publish(self, meeting_id: int, event: dict[str, Any]) -> None:
        """Send an event to every socket of the room on every worker (one PUBLISH)."""
        event.setdefault("at", self.clock.now().isoformat())
        await self.redis.publish(f"{self._prefix}{meeting_id}", dumps(event))

    def fanout(self, meeting_id: int, event: str, *, close_after: bool = False) -> None:
        """Send one event to every local socket of the room; encoded and framed once, shared by all of them."""
        text = event.encode()
        frame = text_frame(text)
        for conn in list(self.rooms.get(meeting_id, ())):
            if not conn.push(text, frame):
                self.spawn(self._close(conn, WSCloseCode.TRY_AGAIN_LATER, "too slow"))
            elif close_after:
                with contextlib.suppress(asyncio.QueueFull):
                    conn.queue.put_nowait(_CLOSE)

    async def send(self, conn: Conn, event: dict[str, Any]) -> None:
        """A direct reply to one socket (errors, acks); the first welcome also releases held events."""
        text = dumps(event).encode()
        if not (conn.release(text) if conn.held is not None else conn.offer(text)):
            await self._close(conn, WSCloseCode.TRY_AGAIN_LATER, "too slow")

    async def _write(self, conn: Conn) -> None:
        try:
            while True:
                item = await conn.queue.get()
                if item is _CLOSE:
                    await self._close(conn, WSCloseCode.OK, "room closed")
                    return
                # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow a cancellation.
                conn.sending = True
                async with asyncio.timeout(self.cfg.room_send_timeout_s):
                    await conn.ws.send_frame(item, WSMsgType.TEXT)
                conn.sending = False
        except asyncio.CancelledError:
            raise
        except Exception:  # a dead or stuck peer: drop this socket, never the room
            conn.dropped = True
            self.spawn(self._close(conn, WSCloseCode.GOING_AWAY, "send failed"))

    def spawn(self, coro: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        """A side task the hub keeps (closes, presence writes of a leaving socket) and awaits on stop."""
        task = asyncio.create_task(coro)
        self._side.add(task)
        task.add_done_callback(self._side_done)
        return task

    def _side_done(self, task: asyncio.Task[None]) -> None:
        self._side.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.warning("room side task failed", exc_info=task.exception())

    async def _close(self, conn: Conn, code: int, message: str) -> None:
        conn.dropped = True
        if not conn.ws.closed:
            with contextlib.suppress(Exception):
                async with asyncio.timeout(2):
                    await conn.ws.close(code=code, message=message.encode())

    # ---- background loops ------------------------------------------------------------------

    async def _read(self) -> None:
        async for msg in self._pubsub.listen():
            if msg.get("type") != "pmessage":
                continue
            name = str(msg["channel"])
            room = name.removeprefix(self._prefix)
            if not room.isdigit() or int(room) not in self.rooms:
                continue
            text = str(msg["data"])
            close_after = text.startswith('{"type":"closed"')
            self.fanout(int(room), text, close_after=close_after)

    async def _flush_presence(self) -> None:
        """Presence changes are batched (a burst of joins is one event per room, not one per join)."""
        while True:
            await asyncio.sleep(self.cfg.room_presence_flush_s)
            changes, self._changes = self._changes, {}
            for meeting_id, change in changes.items():
                if change["joined"] or change["left"]:
                    await self.publish(meeting_id, {
                        "type": "presence",
                        "joined": [{"member_id": k, "name": v} for k, v in change["joined"].items()],
                        "left": [{"member_id": k, "name": v} for k, v in change["left"].items()],
                    })

    async def touch_local(self, meeting_id: int | None = None) -> None:
        """Mark this worker's live connections as seen now (periodically, and right before a meeting ends)."""
        rooms = [self.rooms.get(meeting_id, set())] if meeting_id is not None else list(self.rooms.values())
        spans = [c.span_id for room in rooms for c in room if c.span_id is not None]
        await presence.touch(spans, self.clock.now())

    async def _touch_seen(self) -> None:
        while True:
            await asyncio.sleep(self.cfg.room_seen_interval_s)
            await self.touch_local()


HUB: web.AppKey[RoomHub] = web.AppKey("partyday_rooms", RoomHub)


async def hub_ctx(app: web.Application) -> AsyncIterator[None]:
    """cleanup_ctx: start the hub after the database and Redis; close sockets on shutdown."""
    hub = RoomHub(app[REDIS], app[DB], app[SETTINGS].partyday, app[CLOCK], metrics_of(app))
    await hub.start()
    app[HUB] = hub
    app.on_shutdown.append(hub.close_sockets)
    try:
        yield
    finally:
        await hub.stop()


def parse_frame(raw: str) -> dict[str, Any] | None:
    """A JSON object with a string `type`, or None."""
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("type"), str):
        return None
    return data
