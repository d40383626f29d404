"""What the database holds after a fault: ratings found, lost and duplicated, tickets, certified study time."""

from __future__ import annotations

from dataclasses import dataclass

import asyncpg

from tests.faults.load import Books


@dataclass
class Outcome:
    found: int
    lost: int
    duplicated: int
    bad_without_ticket: int
    tickets_without_rating: int
    certified_db: dict[int, int]  # learner index → certified seconds in the database


async def outcome(url: str, books: Books, learner_member_ids: list[int]) -> Outcome:
    conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
    try:
        ids = list(books.acknowledged.values())
        found = await conn.fetchval("SELECT count(*) FROM evaluation_rating WHERE id = ANY($1::bigint[])", ids)
        duplicated = await conn.fetchval(
            "SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM evaluation_rating "
            "GROUP BY rater_hash, point_id, day HAVING count(*) > 1) d")
        bad_without_ticket = await conn.fetchval(
            "SELECT count(*) FROM evaluation_rating r WHERE r.score <= 2 AND NOT EXISTS ("
            "SELECT 1 FROM rectification_ticket t WHERE t.source_type = 'rating' AND t.source_id = r.id)")
        tickets_without_rating = await conn.fetchval(
            "SELECT count(*) FROM rectification_ticket t WHERE t.source_type = 'rating' AND NOT EXISTS ("
            "SELECT 1 FROM evaluation_rating r WHERE r.id = t.source_id)")
        rows = await conn.fetch("SELECT member_id, sum(certified_ms) AS ms FROM learning_lesson_progress "
                                "WHERE member_id = ANY($1::int[]) GROUP BY member_id", learner_member_ids)
        by_member = {r["member_id"]: int(r["ms"]) // 1000 for r in rows}
        certified = {i: by_member.get(mid, 0) for i, mid in enumerate(learner_member_ids)}
        return Outcome(int(found), len(ids) - int(found), int(duplicated), int(bad_without_ticket),
                       int(tickets_without_rating), certified)
    finally:
        await conn.close()


async def learner_member_ids(base_url: str, world_learners: list[dict[str, str]]) -> list[int]:
    import aiohttp

    out = []
    async with aiohttp.ClientSession(base_url) as http:
        for headers in world_learners:
            me = await (await http.get("/api/v1/me", headers=headers)).json()
            out.append(int(me["member_id"]))
    return out
