"""The hub's fan-out: a slow or dead socket is dropped and never stalls the others."""

from __future__ import annotations

import asyncio
import json

from aiohttp import WSMsgType, web

from miniapp_api.partyday.rooms import HUB, Conn, RoomHub
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


async def test_the_hub_is_wired_into_the_app(app: web.Application) -> None:
    assert isinstance(app[HUB], RoomHub) and not app[HUB].closing


