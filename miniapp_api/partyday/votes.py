"""Polls and votes of the live room: open or secret ballots, one vote per member, the 党员大会 quorum rule."""

from __future__ import annotations

from datetime import datetime

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F

from miniapp_api.partyday.errors import AlreadyVoted, BadOption, NoVoteRight, PollClosed, PollNotFound, RoomNotLive
from miniapp_api.partyday.models import Attendee, Ballot, Meeting, MeetingStatus, Poll, PollTally
from miniapp_api.partyday.records_schemas import PollCreate, PollOut, QuorumOut
from server.core.database import in_transaction

RESOLUTION_OPTIONS = ["同意", "不同意", "弃权"]


async def create_poll(meeting: Meeting, data: PollCreate) -> Poll:
    if meeting.status is not MeetingStatus.LIVE:
        raise RoomNotLive()
    options = data.options or RESOLUTION_OPTIONS
    async with in_transaction():
        poll = await Poll.create(meeting_id=meeting.id, question=data.question, options=options,
                                 is_secret=data.secret, is_resolution=data.resolution)
        await PollTally.bulk_create([PollTally(poll_id=poll.id, option=i, count=0) for i in range(len(options))])
    return poll


async def get_poll(meeting_id: int, poll_id: int) -> Poll:
    poll = await Poll.get_or_none(id=poll_id, meeting_id=meeting_id)
    if poll is None:
        raise PollNotFound()
    return poll


async def cast(meeting: Meeting, poll_id: int, attendee: Attendee, option: int) -> Poll:
    """One ballot per member (the unique key refuses a second); a secret ballot keeps no choice."""
    poll = await get_poll(meeting.id, poll_id)
    if not poll.is_open:
        raise PollClosed()
    if poll.is_resolution and not attendee.is_voting:
        raise NoVoteRight()
    if not 0 <= option < len(poll.options):
        raise BadOption()
    if await Ballot.exists(poll_id=poll.id, member_id=attendee.member_id):
        raise AlreadyVoted()
    try:
        async with in_transaction():
            await Ballot.create(poll_id=poll.id, member_id=attendee.member_id, choice=None if poll.is_secret else option)
            await PollTally.filter(poll_id=poll.id, option=option).update(count=F("count") + 1)
    except IntegrityError:
        raise AlreadyVoted() from None  # two sockets of one member racing
    return poll


async def _tally(poll: Poll) -> list[int]:
    rows = await PollTally.filter(poll_id=poll.id).order_by("option").values_list("option", "count")
    counts = [0] * len(poll.options)
    for option, n in rows:
        counts[int(option)] = int(n)
    return counts


def judge(poll: Poll, tally: list[int], voting: int, present: int) -> dict[str, object]:
    """支部工作条例: 到会有表决权的党员超过应到会的半数方可表决; 赞成人数超过应到会有表决权党员的半数方能通过."""
    if not poll.is_resolution:
        return {"quorum": None, "valid": True, "passed": None, "verdict": ""}
    required = voting // 2 + 1
    met = voting > 0 and present >= required
    passed = met and tally[0] > voting / 2
    quorum = QuorumOut(voting_members=voting, present=present, required=required, met=met)
    if not met:
        verdict = f"到会有表决权党员 {present} 人，未超过应到 {voting} 人的半数，表决无效"
    else:
        outcome = "决议通过" if passed else "决议未通过"
        verdict = (f"到会有表决权党员 {present} 人，超过应到 {voting} 人的半数，表决有效；"
                   f"{poll.options[0]} {tally[0]} 票，{outcome}")
    return {"quorum": quorum, "valid": met, "passed": passed, "verdict": verdict}


async def close(meeting: Meeting, poll_id: int, voting: int, present: int, now: datetime) -> Poll:
    """Close the poll and freeze its result (with the quorum as it stood at closing)."""
    poll = await get_poll(meeting.id, poll_id)
    if not poll.is_open:
        raise PollClosed()
    tally = await _tally(poll)
    result = judge(poll, tally, voting, present)
    quorum = result["quorum"]
    stored = {**result, "tally": tally, "quorum": quorum.model_dump() if isinstance(quorum, QuorumOut) else None}
    updated = await Poll.filter(id=poll.id, is_open=True).update(is_open=False, closed_at=now, result=stored)
    if not updated:
        raise PollClosed()
    poll.is_open, poll.closed_at, poll.result = False, now, stored
    return poll


async def close_all(meeting: Meeting, voting: int, present: int, now: datetime) -> list[Poll]:
    return [await close(meeting, p.id, voting, present, now) for p in await Poll.filter(meeting_id=meeting.id, is_open=True)]


async def poll_out(poll: Poll, *, reveal: bool = False) -> PollOut:
    """Open ballots show the live tally; secret ones show only how many voted until closed."""
    cast_n = await Ballot.filter(poll_id=poll.id).count()
    data: dict[str, object] = {
        "id": poll.id, "meeting_id": poll.meeting_id, "question": poll.question, "options": poll.options,
        "secret": poll.is_secret, "resolution": poll.is_resolution, "is_open": poll.is_open,
        "votes_cast": cast_n, "closed_at": poll.closed_at,
    }
    if not poll.is_open:
        data.update({k: v for k, v in poll.result.items() if k in ("tally", "quorum", "valid", "passed", "verdict")})
    elif not poll.is_secret or reveal:
        data["tally"] = await _tally(poll)
    return PollOut.model_validate(data)


async def list_polls(meeting: Meeting) -> list[PollOut]:
    return [await poll_out(p) for p in await Poll.filter(meeting_id=meeting.id).order_by("id")]
