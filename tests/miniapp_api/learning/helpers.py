"""Builders for learning tests: courses over the API, a scripted study session, flushing."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass, field
from typing import Any

from aiohttp.test_utils import TestClient

from miniapp_api.accounts.models import User
from miniapp_api.accounts.service import principal_of
from miniapp_api.learning.runtime import app_database, runtime_of
from miniapp_api.orgs.models import Member
from server.core.auth import Role
from server.core.clock import ManualClock
from server.core.keys import TOKENS

_titles = itertools.count(1)


def video(duration_s: int = 600, **extra: Any) -> dict[str, Any]:
    return {"title": f"视频{next(_titles)}", "kind": "video", "duration_s": duration_s, **extra}


def article(duration_s: int = 300, **extra: Any) -> dict[str, Any]:
    return {"title": f"文章{next(_titles)}", "kind": "article", "duration_s": duration_s, "body": "学习内容" * 50, **extra}


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
    with app_database(app):
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
