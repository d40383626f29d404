"""Live-room presence kept as spans (joined → left) so joins, leaves and reconnects add up to attended time."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta

from miniapp_api.partyday.models import PresenceSpan


async def open_span(meeting_id: int, member_id: int, now: datetime) -> int:
    span = await PresenceSpan.create(meeting_id=meeting_id, member_id=member_id, joined_at=now, seen_at=now)
    return span.id


async def close_span(span_id: int, now: datetime) -> None:
    await PresenceSpan.filter(id=span_id, left_at=None).update(left_at=now, seen_at=now)


async def touch(span_ids: list[int], now: datetime) -> None:
    """Mark live connections as still there; spans of a crashed worker stop being refreshed."""
    if span_ids:
        await PresenceSpan.filter(id__in=span_ids, left_at=None).update(seen_at=now)


def _end_of(joined: datetime, left: datetime | None, seen: datetime, now: datetime, stale_s: float) -> datetime:
    if left is not None:
        return left
    return max(joined, min(now, seen + timedelta(seconds=stale_s)))


async def close_open(meeting_id: int, now: datetime, stale_s: float) -> None:
    """End every open span (meeting over): a stale one ends where it was last seen alive."""
    spans = await PresenceSpan.filter(meeting_id=meeting_id, left_at=None)
    for span in spans:
        span.left_at = _end_of(span.joined_at, None, span.seen_at, now, stale_s)
    if spans:
        await PresenceSpan.bulk_update(spans, fields=["left_at"])


async def online_seconds(meeting_id: int, start: datetime, end: datetime, now: datetime,
                         stale_s: float) -> dict[int, int]:
    """Seconds each member was in the room within [start, end]; overlapping connections count once."""
    rows = await PresenceSpan.filter(meeting_id=meeting_id, joined_at__lt=end).values_list(
        "member_id", "joined_at", "left_at", "seen_at")
    per_member: dict[int, list[tuple[datetime, datetime]]] = defaultdict(list)
    for member_id, joined, left, seen in rows:
        lo, hi = max(joined, start), min(_end_of(joined, left, seen, now, stale_s), end)
        if hi > lo:
            per_member[int(member_id)].append((lo, hi))
    return {mid: _union_seconds(spans) for mid, spans in per_member.items()}


def _union_seconds(spans: list[tuple[datetime, datetime]]) -> int:
    total = 0.0
    cur_lo: datetime | None = None
    cur_hi: datetime | None = None
    for lo, hi in sorted(spans):
        if cur_hi is None or lo > cur_hi:
            if cur_lo is not None and cur_hi is not None:
                total += (cur_hi - cur_lo).total_seconds()
            cur_lo, cur_hi = lo, hi
        elif hi > cur_hi:
            cur_hi = hi
    if cur_lo is not None and cur_hi is not None:
        total += (cur_hi - cur_lo).total_seconds()
    return int(total)


async def online_now(meeting_id: int, now: datetime, stale_s: float) -> set[int]:
    """Members with a live connection to the room right now (on any worker)."""
    since = now - timedelta(seconds=stale_s)
    rows = await PresenceSpan.filter(meeting_id=meeting_id, left_at=None, seen_at__gte=since).values_list(
        "member_id", flat=True)
    return {int(r) for r in rows}  # type: ignore[call-overload]
