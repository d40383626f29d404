"""Accuracy: 200 members study for a simulated month through the HTTP API on a manual clock.

Honest viewers (with network jitter and resumes), idlers (paused or hidden), parallel-tab users,
seekers and replayers. Certified time must match the ground truth of honest study within 1 %, and
every cheating pattern must earn nothing.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import random
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from miniapp_api.learning.models import LessonProgress, StudyDay
from miniapp_api.orgs.models import OrgKind, OrgType
from server.core.clock import ManualClock
from server.core.settings import Settings
from tests.factories import admin_headers, make_member, make_org
from tests.miniapp_api.learning.conftest import START
from tests.miniapp_api.learning.helpers import RawHttp, bulk_member_headers, create_course, flush

MEMBERS = 200
DAYS = 30
BATCH = 80  # concurrent requests per gather (below the Redis client's pool size)
PATTERNS = ["honest", "honest", "honest", "honest", "idler", "parallel", "seeker", "replayer"]


@dataclass
class Sim:
    http: RawHttp
    clock: ManualClock
    rng: random.Random
    events: list[tuple[float, int, dict[str, Any], dict[str, str]]] = field(default_factory=list)
    seq: Callable[[], int] = field(default_factory=lambda: itertools.count().__next__)
    beats: int = 0
    second_tab: tuple[int, int] = (0, 0)

    def at(self, t: float, headers: dict[str, str], body: dict[str, Any]) -> None:
        heapq.heappush(self.events, (t, self.seq(), body, headers))

    async def run(self) -> None:
        """Deliver every scheduled beat in time order; beats due at the same instant go concurrently."""
        while self.events:
            now = self.events[0][0]
            due = []
            while self.events and self.events[0][0] == now and len(due) < BATCH:
                due.append(heapq.heappop(self.events))
            self.clock.set(now)
            statuses = await asyncio.gather(*(self._post(body, headers) for _, _, body, headers in due))
            assert set(statuses) == {204}
            self.beats += len(due)

    async def _post(self, body: dict[str, Any], headers: dict[str, str]) -> int:
        return await self.http.post("/api/v1/learning/heartbeats", body, headers)


@dataclass
class Learner:
    member_id: int
    headers: dict[str, str]
    pattern: str
    lessons: list[tuple[int, int]]  # (lesson id, duration)
    lesson_index: int = 0
    position: float = 0
    truth: float = 0
    recorded: list[dict[str, Any]] = field(default_factory=list)

    def session(self, sim: Sim, t0: float, length: float, *, lesson: tuple[int, int] | None = None, honest: bool = True,
                playing: bool = True, visible: bool = True, speed: float = 1.0) -> list[dict[str, Any]]:
        """Schedule one study session: a beat at start, every ~15 s, and a pause beat at the end."""
        lesson_id, duration = lesson or self.lessons[self.lesson_index]
        start = self.position if honest else 0
        length = min(length, duration - start) if honest else length
        sid, bodies, k = uuid.uuid4().hex, [], 0
        while True:
            offset = min(15.0 * k, length)
            final = offset >= length
            pos = min(start + offset * speed, duration)
            body = {"lesson_id": lesson_id, "session_id": sid, "position_s": round(pos, 3), "seq": k,
                    "playing": playing and not final, "visible": visible}
            sim.at(t0 + offset + sim.rng.uniform(0, 0.5), self.headers, body)  # network jitter on arrival
            bodies.append(body)
            if final:
                break
            k += 1
        if honest:
            self.truth += length
            self.position = start + length
            if self.position >= duration - 1:
                self.lesson_index, self.position = (self.lesson_index + 1) % len(self.lessons), 0
        return bodies


async def _setup(client: TestClient) -> list[Learner]:
    committee = await make_org(kind=OrgKind.COMMITTEE, org_type=OrgType.DEV_ZONE)
    admin = await admin_headers(client, committee)
    course = await create_course(client, admin, org_id=committee.id, credit_hours=0, lessons=[
        {"title": "视频一", "kind": "video", "duration_s": 900}, {"title": "音频一", "kind": "audio", "duration_s": 600},
        {"title": "图文一", "kind": "article", "duration_s": 480, "body": "学习" * 500},
        {"title": "视频二", "kind": "video", "duration_s": 1200}])
    lessons = [(le["id"], le["duration_s"]) for le in course["lessons"]]
    branches = [await make_org(parent=committee, org_type=t) for t in (OrgType.DEV_ZONE, OrgType.COMMUNITY,
                                                                      OrgType.GOVERNMENT, OrgType.ENTERPRISE)]
    members = [await make_member(branches[i % 4]) for i in range(MEMBERS)]
    headers = await bulk_member_headers(client, members)
    # Parallel-tab users study the first three lessons honestly; their second tab plays the fourth.
    return [Learner(m.id, h, PATTERNS[i % len(PATTERNS)], lessons[:3] if PATTERNS[i % len(PATTERNS)] == "parallel" else lessons,
                    lesson_index=i % 2) for i, (m, h) in enumerate(zip(members, headers, strict=True))]


def _schedule_day(sim: Sim, learners: list[Learner], day: int) -> None:
    base = (START + timedelta(days=day)).replace(hour=19).timestamp()
    for i, ln in enumerate(learners):
        if (i + day) % 10:
            continue
        t0 = base + (i % 12) * 97.0
        length = sim.rng.choice([240.0, 300.0, 360.0])
        if ln.pattern == "honest":
            ln.session(sim, t0, length)
        elif ln.pattern == "idler":
            ln.session(sim, t0, length, honest=False, playing=i % 2 == 0, visible=i % 2 == 1)
        elif ln.pattern == "seeker":
            ln.session(sim, t0, length, honest=False, speed=8.0)
        elif ln.pattern == "parallel":  # a second tab plays another lesson for as long as the first plays
            played = ln.session(sim, t0, length)
            ln.session(sim, t0 + 1, played[-1]["position_s"] - played[0]["position_s"] - 2, lesson=sim.second_tab,
                       honest=False)
        elif not ln.recorded:
            ln.recorded = ln.session(sim, t0, length)  # the replayer studies once for real …
        else:  # … then replays the captured beats, in order and shuffled
            bodies = list(ln.recorded) if day % 2 else sim.rng.sample(ln.recorded, len(ln.recorded))
            for k, body in enumerate(bodies):
                sim.at(t0 + 15 * k, ln.headers, dict(body))


@pytest.mark.slow
async def test_a_month_of_study_is_certified_within_one_percent(
    make_client: Callable, make_settings: Callable[..., Settings], clock: ManualClock,
) -> None:
    started = time.perf_counter()
    # Tokens are issued on the manual clock; let them outlive the simulated month.
    client = await make_client(make_settings(access_token_ttl_s=40 * 86400), clock=clock)
    learners = await _setup(client)
    sim = Sim(RawHttp(client, BATCH), clock, random.Random(20260302))
    sim.second_tab = next(ln for ln in learners if ln.pattern == "honest").lessons[3]
    for day in range(DAYS):
        _schedule_day(sim, learners, day)
        await sim.run()
        await flush(client)
    await sim.http.close()

    certified: dict[int, float] = defaultdict(float)
    per_lesson: dict[tuple[int, int], float] = {}
    for member_id, lesson_id, ms in await LessonProgress.all().values_list("member_id", "lesson_id", "certified_ms"):
        certified[member_id] += ms / 1000  # type: ignore[index, operator]
        per_lesson[(member_id, lesson_id)] = ms / 1000  # type: ignore[index, operator]
    days_total = sum(await StudyDay.all().values_list("certified_ms", flat=True)) / 1000  # type: ignore[arg-type]
    assert days_total == pytest.approx(sum(certified.values()), abs=0.01)

    groups: dict[str, list[Learner]] = defaultdict(list)
    for ln in learners:
        groups[ln.pattern].append(ln)
    errors = {}
    for pattern in ("honest", "parallel", "replayer"):
        truth = sum(ln.truth for ln in groups[pattern])
        got = sum(certified[ln.member_id] for ln in groups[pattern])
        errors[pattern] = (got - truth) / truth
        assert truth > 0 and abs(got - truth) / truth <= 0.01, (pattern, got, truth)
    assert sum(certified[ln.member_id] for ln in groups["idler"] + groups["seeker"]) == 0
    assert sum(per_lesson.get((ln.member_id, sim.second_tab[0]), 0) for ln in groups["parallel"]) == 0

    for ln in learners[:8]:  # the member's own view agrees with the database
        resp = await client.get("/api/v1/learning/me", headers=ln.headers)
        assert (await resp.json())["certified_seconds"] == int(certified[ln.member_id])
    print(f"\nsimulated {sim.beats} beats for {MEMBERS} members over {DAYS} days in {time.perf_counter() - started:.1f}s;"
          f" relative error {', '.join(f'{k} {v:+.4%}' for k, v in errors.items())}")
