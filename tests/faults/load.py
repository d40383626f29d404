"""A bounded load of rating submits and study heartbeats against a running service, with its books kept.

Every request's outcome is recorded: acknowledged ratings with their ids, 5xx answers (which must be
clean 503s in the error shape), and what each learner's certified study time was before a fault.
"""

from __future__ import annotations

import asyncio
import itertools
import random
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import aiohttp

ADMIN = ("fault-admin", "Fault-Admin-2026!")


@dataclass
class World:
    """What the load runs against: codes to rate, raters, learners and their lesson."""

    tokens: list[str]
    raters: list[dict[str, str]]
    learners: list[dict[str, str]]
    lesson_id: int
    admin: dict[str, str]


@dataclass
class Books:
    submitted: int = 0
    acknowledged: dict[str, int] = field(default_factory=dict)  # idempotency key → rating id
    bad_scores: dict[str, int] = field(default_factory=dict)  # key → score, for acknowledged 差评
    statuses: Counter[int] = field(default_factory=Counter)
    unclean: list[str] = field(default_factory=list)  # 5xx answers that are not a 503 in the error shape
    beats_sent: int = 0
    beats_acked: int = 0
    certified_seen: dict[int, int] = field(default_factory=dict)  # learner index → certified seconds shown

    def line(self, found: int, lost: int, duplicated: int) -> str:
        return (f"ratings submitted={self.submitted} acknowledged={len(self.acknowledged)} found={found} lost={lost} "
                f"duplicated={duplicated}; heartbeats sent={self.beats_sent} acknowledged={self.beats_acked}; "
                f"statuses={dict(sorted(self.statuses.items()))}")


async def _json(resp: aiohttp.ClientResponse) -> Any:
    try:
        return await resp.json(content_type=None)
    except (ValueError, aiohttp.ContentTypeError):
        return None


async def _check_clean(books: Books, resp: aiohttp.ClientResponse, what: str) -> Any:
    books.statuses[resp.status] += 1
    body = await _json(resp)
    if resp.status >= 500:
        shaped = isinstance(body, dict) and isinstance(body.get("error"), dict) and "code" in body["error"]
        if resp.status != 503 or not shaped:
            books.unclean.append(f"{what}: {resp.status} {str(body)[:200]}")
    return body


async def setup_world(base: str, *, points: int = 6, raters: int = 40, learners: int = 12) -> World:
    async with aiohttp.ClientSession(base) as http:
        login = await (await http.post("/api/v1/auth/login", json={"username": ADMIN[0], "password": ADMIN[1]})).json()
        admin = {"Authorization": f"Bearer {login['access_token']}"}

        async def post(path: str, body: dict[str, Any], headers: dict[str, str] = admin) -> Any:
            resp = await http.post(path, json=body, headers=headers)
            assert resp.status in (200, 201), f"{path}: {resp.status} {await resp.text()}"
            return await resp.json()

        tag = uuid.uuid4().hex[:6]
        committee = await post("/api/v1/orgs", {"name": f"故障演练党委{tag}", "kind": "committee"})
        branch = await post("/api/v1/orgs", {"name": f"故障演练支部{tag}", "kind": "branch", "parent_id": committee["id"]})
        tokens = []
        for i in range(points):
            point = await post("/api/v1/evaluation/points", {"org_id": branch["id"], "name": f"窗口{i}", "category": "window"})
            tokens.append((await post(f"/api/v1/evaluation/points/{point['id']}/codes", {}))["token"])
        rater_headers = []
        for i in range(raters):
            body = await post("/api/v1/auth/wechat", {"code": f"stub:fault-rater-{tag}-{i}"}, {})
            rater_headers.append({"Authorization": f"Bearer {body['access_token']}"})
        learner_headers = []
        for i in range(learners):
            phone = f"1370{random.randrange(10**7):07d}"
            member = await post(f"/api/v1/orgs/{branch['id']}/members", {"name": f"学员{tag}{i}", "phone": phone, "status": "full"})
            wx = await post("/api/v1/auth/wechat", {"code": f"stub:fault-learner-{tag}-{i}"}, {})
            bound = await post("/api/v1/me/bind", {"name": member["name"], "phone": phone},
                               {"Authorization": f"Bearer {wx['access_token']}"})
            learner_headers.append({"Authorization": f"Bearer {bound['access_token']}"})
        course = await post("/api/v1/learning/courses", {
            "org_id": branch["id"], "title": f"故障演练课程{tag}", "topics": ["党章党规"], "credit_hours": 1,
            "lessons": [{"title": "长视频", "kind": "video", "duration_s": 7200}]})
        await post(f"/api/v1/learning/courses/{course['id']}/publish", {})
        return World(tokens, rater_headers, learner_headers, course["lessons"][0]["id"], admin)


async def rate_forever(base: str, world: World, books: Books, stop: asyncio.Event, per_second: float = 25,
                       share: tuple[int, int] = (0, 1)) -> None:
    """Submit ratings (each rater × code once), retrying a failed one with the same Idempotency-Key.

    `share` (i, n): this task takes every n-th pair from the i-th, so n tasks rate at once without overlap."""
    pairs = list(itertools.product(range(len(world.raters)), range(len(world.tokens))))
    random.Random(7).shuffle(pairs)
    pairs = pairs[share[0]::share[1]]
    async with aiohttp.ClientSession(base, timeout=aiohttp.ClientTimeout(total=10)) as http:
        for rater, code in pairs:
            if stop.is_set():
                return
            key, score = uuid.uuid4().hex, random.choice([1, 2, 3, 4, 5, 5])
            books.submitted += 1
            body = {"score": score, "tags": [], "comment": "故障演练"}
            headers = {**world.raters[rater], "Idempotency-Key": key}
            for _attempt in range(30):
                try:
                    resp = await http.post(f"/api/v1/evaluation/codes/{world.tokens[code]}/ratings", json=body, headers=headers)
                    out = await _check_clean(books, resp, "rating")
                    if resp.status in (200, 201) and isinstance(out, dict):
                        books.acknowledged[key] = int(out["id"])
                        if score <= 2:
                            books.bad_scores[key] = score
                        break
                    if resp.status < 500 and resp.status != 429:
                        break  # refused for good (e.g. duplicate): not acknowledged as a new rating
                except (TimeoutError, aiohttp.ClientError):
                    books.statuses[0] += 1
                await asyncio.sleep(0.3)
            await asyncio.sleep(1 / per_second)


async def study_forever(base: str, world: World, books: Books, stop: asyncio.Event, index: int) -> None:
    """One learner watching the long video: a beat a second, position moving with the wall clock."""
    session = f"fault{index}{uuid.uuid4().hex[:10]}"
    headers = world.learners[index]
    loop = asyncio.get_running_loop()
    started, seq = loop.time(), 0
    async with aiohttp.ClientSession(base, timeout=aiohttp.ClientTimeout(total=5)) as http:
        while not stop.is_set():
            seq += 1
            beat = {"lesson_id": world.lesson_id, "session_id": session, "position_s": round(loop.time() - started, 2),
                    "playing": True, "visible": True, "seq": seq}
            books.beats_sent += 1
            try:
                resp = await http.post("/api/v1/learning/heartbeats", json=beat, headers=headers)
                await _check_clean(books, resp, "heartbeat")
                if resp.status == 204:
                    books.beats_acked += 1
            except (TimeoutError, aiohttp.ClientError):
                books.statuses[0] += 1
            await asyncio.sleep(1)


async def certified_seen(base: str, world: World) -> dict[int, int]:
    """Each learner's certified seconds as the service shows them now (what a member has been told)."""
    seen: dict[int, int] = {}
    async with aiohttp.ClientSession(base) as http:
        for i, headers in enumerate(world.learners):
            resp = await http.get("/api/v1/learning/me", headers=headers)
            assert resp.status == 200, await resp.text()
            seen[i] = int((await resp.json())["certified_seconds"])
    return seen
