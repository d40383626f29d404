"""The hub's fan-out: a slow or dead socket is dropped and never stalls the others."""

from __future__ import annotations

import asyncio
import json

from aiohttp import WSMsgType, web

from miniapp_api.partyday.rooms import HUB, Conn, RoomHub, text_frame
from server.core.appkeys import DB, REDIS
from server.core.clock import ManualClock
from server.core.settings import PartydaySettings
from tests.clock import TEST_EPOCH


class FakeSocket:
    """Stands in for aiohttp's WebSocketResponse at the network edge: fast, stuck or broken."""

    def __init__(self, mode: str) -> None:
        self.mode, self.sent, self.closed, self.close_code = mode, [], False, None

    async def send_frame(self, data: bytes, opcode: WSMsgType) -> None:
        if self.mode == "stuck":
            await asyncio.Event().wait()  # a peer that stopped reading: the send never completes
        if self.mode == "dead":
            raise ConnectionResetError("peer gone")
        assert opcode is WSMsgType.TEXT
        self.sent.append(data.decode())

    async def close(self, *, code: int, message: bytes = b"") -> None:
        self.closed, self.close_code = True, code


WELCOME = '{"type":"welcome"}'


def _conn(hub: RoomHub, mode: str, queue: int) -> tuple[Conn, FakeSocket]:
    ws = FakeSocket(mode)
    conn = Conn(ws, 1, None, mode, False, queue)  # type: ignore[arg-type]
    hub.register(conn)
    conn.release(WELCOME.encode())
    return conn, ws


async def test_slow_and_dead_sockets_are_dropped_while_the_rest_get_everything(app: web.Application) -> None:
    cfg = PartydaySettings(room_send_queue=4, room_send_timeout_s=0.3)
    hub = RoomHub(app[REDIS], app[DB], cfg, ManualClock(TEST_EPOCH))
    fast = [_conn(hub, "fast", 4) for _ in range(3)]
    _, stuck = _conn(hub, "stuck", 4)
    _, dead = _conn(hub, "dead", 4)
    started = asyncio.get_running_loop().time()
    for i in range(40):
        hub.fanout(1, f'{{"type":"chat","n":{i}}}')
        await asyncio.sleep(0)  # let writers drain, as the event loop would between Redis messages
    async with asyncio.timeout(2):
        while any(len(ws.sent) < 41 for _, ws in fast) or not (stuck.closed and dead.closed):  # noqa: ASYNC110
            await asyncio.sleep(0.01)
    assert asyncio.get_running_loop().time() - started < 1.0  # nobody waited for the stuck peer's timeout
    assert all(ws.sent == [WELCOME] + [f'{{"type":"chat","n":{i}}}' for i in range(40)] for _, ws in fast)
    assert stuck.close_code == 1013 and dead.close_code == 1001  # too slow / send failed
    for conn in list(hub.rooms[1]):
        hub.unregister(conn)
    assert 1 not in hub.rooms


async def test_events_during_the_welcome_snapshot_wait_until_after_the_welcome(app: web.Application) -> None:
    hub = RoomHub(app[REDIS], app[DB], PartydaySettings(), ManualClock(TEST_EPOCH))
    ws = FakeSocket("fast")
    conn = Conn(ws, 2, 7, "甲", False, 8)  # type: ignore[arg-type]
    hub.register(conn)
    hub.fanout(2, '{"type":"presence"}')  # arrives while the welcome is still being built
    assert ws.sent == []
    await hub.send(conn, {"type": "welcome"})
    async with asyncio.timeout(1):
        while len(ws.sent) < 2:  # noqa: ASYNC110
            await asyncio.sleep(0.01)
    assert [json.loads(t)["type"] for t in ws.sent] == ["welcome", "presence"]
    hub.unregister(conn)


class FakeTransport:
    """The socket's transport: what was written, and how much is still unsent (set by the test)."""

    def __init__(self) -> None:
        self.written: list[bytes] = []
        self.backlog = 0

    def write(self, data: bytes) -> None:
        self.written.append(data)

    def is_closing(self) -> bool:
        return False

    def get_write_buffer_size(self) -> int:
        return self.backlog


class GatedSocket(FakeSocket):
    """Sends through the transport, as aiohttp does; a closed gate holds a send in progress."""

    def __init__(self, transport: FakeTransport) -> None:
        super().__init__("fast")
        self.transport, self.gate = transport, asyncio.Event()
        self.gate.set()

    async def send_frame(self, data: bytes, opcode: WSMsgType) -> None:
        await self.gate.wait()
        self.transport.write(text_frame(data))


def _payloads(frames: list[bytes]) -> list[str]:
    assert all(f[0] == 0x81 and f[1] < 126 for f in frames)  # final text frames, unmasked, short
    return [json.loads(f[2:])["n"] if f[2:] != WELCOME.encode() else "welcome" for f in frames]


async def test_a_frame_goes_straight_to_a_keeping_up_socket_and_never_overtakes_a_queued_one(app: web.Application) -> None:
    hub = RoomHub(app[REDIS], app[DB], PartydaySettings(), ManualClock(TEST_EPOCH))
    transport = FakeTransport()
    ws = GatedSocket(transport)
    conn = Conn(ws, 3, None, "甲", False, 8, transport=transport)  # type: ignore[arg-type]
    hub.register(conn)
    conn.release(WELCOME.encode())
    hub.fanout(3, '{"type":"chat","n":0}')  # the welcome is still queued: this waits behind it
    assert transport.written == []
    async with asyncio.timeout(1):
        while len(transport.written) < 2:  # noqa: ASYNC110
            await asyncio.sleep(0.01)
    hub.fanout(3, '{"type":"chat","n":1}')  # nothing queued, buffer empty: written at once, no task switch
    assert _payloads(transport.written) == ["welcome", 0, 1]
    ws.gate.clear()
    transport.backlog = 10**6  # the peer stopped reading: the next event is queued for the writer task
    hub.fanout(3, '{"type":"chat","n":2}')
    await asyncio.sleep(0.01)  # the writer took it and waits in the send
    transport.backlog = 0
    hub.fanout(3, '{"type":"chat","n":3}')  # the buffer is empty again, but a send is in progress: queued
    assert len(transport.written) == 3
    ws.gate.set()
    async with asyncio.timeout(1):
        while len(transport.written) < 5:  # noqa: ASYNC110
            await asyncio.sleep(0.01)
    assert _payloads(transport.written) == ["welcome", 0, 1, 2, 3]
    hub.unregister(conn)


def test_text_frames_carry_the_length_as_rfc_6455_says() -> None:
    assert text_frame(b"x" * 125)[:2] == b"\x81\x7d"
    assert text_frame(b"x" * 126)[:4] == b"\x81\x7e\x00\x7e"
    assert text_frame(b"x" * 70000)[:10] == b"\x81\x7f" + (70000).to_bytes(8, "big")
    assert text_frame(b"x" * 70000)[10:] == b"x" * 70000


async def test_the_hub_is_wired_into_the_app(app: web.Application) -> None:
    assert isinstance(app[HUB], RoomHub) and not app[HUB].closing


