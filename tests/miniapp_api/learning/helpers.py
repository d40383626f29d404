"""Builders for learning tests: courses over the API, a scripted study session, flushing."""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from aiohttp.test_utils import TestClient

from miniapp_api.accounts.models import User
from miniapp_api.accounts.service import principal_of
from miniapp_api.learning.runtime import runtime_of
from miniapp_api.orgs.models import Member
from server.core.appkeys import DB, TOKENS
from server.core.auth import Role
from server.core.clock import ManualClock
from server.core.database import use_database

_titles = itertools.count(1)


def video(duration_s: int = 600, **extra: Any) -> dict[str, Any]:
    return {"title": f"视频{next(_titles)}", "kind": "video", "duration_s": duration_s, **extra}


def article(duration_s: int | None = 300, **extra: Any) -> dict[str, Any]:
    body = {"title": f"文章{next(_titles)}", "kind": "article", "body": "学习内容" * 50, **extra}
    return body if duration_s is None else {**body, "duration_s": duration_s}


async def create_course(client: TestClient, headers: dict[str, str], *, publish: bool = True,
                        lessons: list[dict[str, Any]] | None = None, **fields: Any) -> dict[str, Any]:
    body = {"title": f"课程{next(_titles)}", "topics": ["党章党规"], "credit_hours": 2,
            "lessons": lessons if lessons is not None else [video()], **fields}
    resp = await client.post("/api/v1/learning/courses", json=body, headers=headers)
    assert resp.status == 201, await resp.text()
    course = await resp.json()
    if publish:
        resp = await client.post(f"/api/v1/learning/courses/{course['id']}/publish", headers=headers)
        assert resp.status == 200, await resp.text()
        course = await resp.json()
    return course


async def flush(client: TestClient) -> None:
    app = client.app
    assert app is not None
    with use_database(app[DB]):
        await runtime_of(app).flusher.flush()


@dataclass
class Session:
    """One client session (a tab or a device) studying one lesson, with its own beat sequence."""

    client: TestClient
    headers: dict[str, str]
    lesson_id: int
    session_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    seq: int = 0
    sent: list[dict[str, Any]] = field(default_factory=list)

    async def beat(self, position_s: float, playing: bool = True, visible: bool = True, *, seq: int | None = None) -> None:
        self.seq += 1
        body = {"lesson_id": self.lesson_id, "session_id": self.session_id, "position_s": position_s,
                "playing": playing, "visible": visible, "seq": self.seq if seq is None else seq}
        self.sent.append(body)
        resp = await self.client.post("/api/v1/learning/heartbeats", json=body, headers=self.headers)
        assert resp.status == 204, await resp.text()

    async def replay(self, body: dict[str, Any]) -> None:
        resp = await self.client.post("/api/v1/learning/heartbeats", json=body, headers=self.headers)
        assert resp.status == 204, await resp.text()

    async def watch(self, clock: ManualClock, start: float, seconds: float, step: float = 15) -> float:
        """Play honestly from `start` for `seconds`, beating every `step`; returns the final position."""
        pos = start
        await self.beat(pos)
        left = seconds
        while left > 0:
            dt = min(step, left)
            clock.advance(dt)
            pos += dt
            left -= dt
            await self.beat(pos)
        return pos


async def bulk_member_headers(client: TestClient, members: list[Member]) -> list[dict[str, str]]:
    """Bound WeChat users for many members at once (the WeChat login is rate limited per IP, so tokens are
    issued with the app's own codec, exactly as a login would)."""
    app = client.app
    assert app is not None
    users = [await User.create(openid=f"sim-{m.id}", role=Role.MEMBER, org_id=m.org_id, member_id=m.id) for m in members]
    return [{"Authorization": f"Bearer {app[TOKENS].issue(principal_of(u)).access_token}"} for u in users]


class RawHttp:
    """A lean keep-alive HTTP/1.1 client for load in tests (aiohttp's client costs more than the server path)."""

    def __init__(self, client: TestClient, connections: int) -> None:
        self._host, self._port = str(client.server.host), int(client.server.port or 0)
        self._size = connections
        self._idle: asyncio.Queue[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = asyncio.Queue()
        self._opened = 0

    async def post(self, path: str, body: dict[str, Any], headers: dict[str, str]) -> int:
        if self._idle.empty() and self._opened < self._size:
            self._opened += 1
            await self._idle.put(await asyncio.open_connection(self._host, self._port))
        reader, writer = await self._idle.get()
        data = json.dumps(body).encode()
        head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        writer.write(f"POST {path} HTTP/1.1\r\nHost: test\r\n{head}Content-Type: application/json\r\n"
                     f"Content-Length: {len(data)}\r\n\r\n".encode() + data)
        resp = await reader.readuntil(b"\r\n\r\n")
        length = re.search(rb"(?i)content-length:\s*(\d+)", resp)
        if length and int(length.group(1)):
            await reader.readexactly(int(length.group(1)))
        await self._idle.put((reader, writer))
        return int(resp[9:12])

    async def close(self) -> None:
        while not self._idle.empty():
            _, writer = self._idle.get_nowait()
            writer.close()
            await writer.wait_closed()
