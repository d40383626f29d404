"""Elections (换届选举): 差额 candidate lists, the voter roll of 正式党员, the quorum, secret ballots, the count by
majority of 应到, and the result written to the members' posts and a new term."""

from __future__ import annotations

import math
from collections import Counter
from datetime import date, datetime

from miniapp_api.audit import service as audit
from miniapp_api.elections import terms
from miniapp_api.elections.errors import (
    AlreadyVoted,
    BadBallot,
    CandidateNotEligible,
    ElectionNotFound,
    NoQuorum,
    NotAVoter,
    NotCompetitive,
    NotPresent,
    ProbationaryExcluded,
    WrongStatus,
)
from miniapp_api.elections.models import Election, ElectionBallot, ElectionCandidate, ElectionStatus, ElectionVoter
from miniapp_api.elections.schemas import CandidateOut, ElectionIn, ElectionOut
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import LEADER_POSTS, Member, MemberStatus
from server.core.auth import Principal
from server.core.database import in_transaction
from server.core.errors import MemberRequired
from server.core.settings import ElectionSettings


def quorum_needed(expected: int, share: float) -> int:
    """The least number present that is MORE than ``share`` of 应到 (0.8 → more than four fifths)."""
    return math.floor(expected * share) + 1 if expected else 1


def majority_needed(expected: int) -> int:
    """More than half of 应到 (支部工作条例 第十一条: 赞成人数超过应到会有表决权的党员的半数)."""
    return expected // 2 + 1


def min_candidates(seats: int, ratio: float) -> int:
    """差额 (党章 第十一条): more candidates than seats, at least ``ratio`` more (rounded up, at least one)."""
    return seats + max(1, math.ceil(seats * ratio - 1e-9))


async def _election(principal: Principal, election_id: int) -> Election:
    e = await Election.get_or_none(id=election_id)
    if e is None:
        raise ElectionNotFound()
    await orgs.ensure_scope(principal, e.org_id)
    return e


async def election_out(e: Election, settings: ElectionSettings) -> ElectionOut:
    cands = await ElectionCandidate.filter(election_id=e.id).order_by("id")
    names = dict(await Member.filter(id__in=[c.member_id for c in cands]).values_list("id", "name"))
    elected = set(e.result.get("elected", [])) if e.status is ElectionStatus.CLOSED else None
    voted = await ElectionVoter.filter(election_id=e.id, has_voted=True).count()
    present = (
        e.present
        if e.status is not ElectionStatus.DRAFT
        else await ElectionVoter.filter(election_id=e.id, is_present=True).count()
    )
    return ElectionOut(
        id=e.id,
        org_id=e.org_id,
        title=e.title,
        seats=e.seats,
        status=e.status,
        expected=e.expected,
        present=present,
        voted=voted,
        quorum_needed=quorum_needed(e.expected, settings.quorum_share),
        majority_needed=majority_needed(e.expected),
        result=e.result,
        created_at=e.created_at,
        opened_at=e.opened_at,
        closed_at=e.closed_at,
        candidates=[
            CandidateOut(
                member_id=c.member_id,
                name=names.get(c.member_id, ""),
                post=c.post,
                votes=c.votes if elected is not None else None,
                elected=(c.member_id in elected) if elected is not None else None,
            )
            for c in cands
        ],
    )


async def create_election(principal: Principal, org_id: int, body: ElectionIn, settings: ElectionSettings) -> ElectionOut:
    org = await orgs.ensure_scope(principal, org_id)
    ids = [c.member_id for c in body.candidates]
    if len(set(ids)) != len(ids) or len(ids) < min_candidates(body.seats, settings.min_surplus_ratio):
        raise NotCompetitive(
            details={
                "seats": body.seats,
                "candidates": len(set(ids)),
                "min_candidates": min_candidates(body.seats, settings.min_surplus_ratio),
            }
        )
    subtree = await orgs.subtree_ids(org)
    roll = await Member.filter(org_id__in=subtree, is_active=True, status=MemberStatus.FULL).values_list("id", flat=True)
    outside = sorted(set(ids) - set(roll))
    if outside:
        raise CandidateNotEligible(details={"member_ids": outside})  # 党章 第七条: no 被选举权 for 预备党员
    async with in_transaction():
        e = await Election.create(
            org_id=org.id, title=body.title, seats=body.seats, expected=len(roll), created_by_user_id=principal.user_id
        )
        await ElectionCandidate.bulk_create(
            [ElectionCandidate(election_id=e.id, member_id=c.member_id, post=c.post.value) for c in body.candidates]
        )
        await ElectionVoter.bulk_create([ElectionVoter(election_id=e.id, member_id=m) for m in roll])
    await audit.record(
        principal,
        "elections.create",
        "election",
        e.id,
        org_id=org.id,
        detail={"seats": body.seats, "candidates": ids, "expected": len(roll)},
    )
    return await election_out(e, settings)


async def get_election(principal: Principal, election_id: int, settings: ElectionSettings) -> ElectionOut:
    return await election_out(await _election(principal, election_id), settings)


async def _refuse_non_voter(election: Election, member_id: int) -> None:
    member = await Member.get_or_none(id=member_id)
    if member is not None and member.status is MemberStatus.PROBATIONARY:
        raise ProbationaryExcluded(details={"member_id": member_id})  # 党章 第七条
    raise NotAVoter(details={"member_id": member_id})


async def set_attendance(
    principal: Principal, election_id: int, member_ids: list[int], settings: ElectionSettings
) -> ElectionOut:
    """资格审查 at the door: only voters on the roll (正式党员) can be marked present."""
    e = await _election(principal, election_id)
    if e.status is not ElectionStatus.DRAFT:
        raise WrongStatus()
    roll = set(await ElectionVoter.filter(election_id=e.id).values_list("member_id", flat=True))
    for member_id in member_ids:
        if member_id not in roll:
            await _refuse_non_voter(e, member_id)
    async with in_transaction():
        await ElectionVoter.filter(election_id=e.id).update(is_present=False)
        await ElectionVoter.filter(election_id=e.id, member_id__in=member_ids).update(is_present=True)
    await audit.record(
        principal, "elections.attendance", "election", e.id, org_id=e.org_id, detail={"present": len(set(member_ids))}
    )
    return await election_out(e, settings)


async def open_voting(principal: Principal, election_id: int, now: datetime, settings: ElectionSettings) -> ElectionOut:
    e = await _election(principal, election_id)
    if e.status is not ElectionStatus.DRAFT:
        raise WrongStatus()
    present = await ElectionVoter.filter(election_id=e.id, is_present=True).count()
    needed = quorum_needed(e.expected, settings.quorum_share)
    if present < needed:
        raise NoQuorum(details={"expected": e.expected, "present": present, "needed": needed})
    await Election.filter(id=e.id, status=ElectionStatus.DRAFT).update(status=ElectionStatus.OPEN, present=present, opened_at=now)
    await audit.record(principal, "elections.open", "election", e.id, org_id=e.org_id, detail={"present": present})
    await e.refresh_from_db()
    return await election_out(e, settings)


async def cast(principal: Principal, election_id: int, choices: list[int]) -> None:
    """One secret ballot per voter: the roll marks that the voter voted; the ballot row has no link back."""
    if principal.member_id is None:
        raise MemberRequired()
    e = await Election.get_or_none(id=election_id)
    if e is None:
        raise ElectionNotFound()
    voter = await ElectionVoter.get_or_none(election_id=e.id, member_id=principal.member_id)
    if voter is None:
        await _refuse_non_voter(e, principal.member_id)
        return
    if e.status is not ElectionStatus.OPEN:
        raise WrongStatus()
    if not voter.is_present:
        raise NotPresent()
    candidates = set(await ElectionCandidate.filter(election_id=e.id).values_list("member_id", flat=True))
    if len(set(choices)) != len(choices) or len(choices) > e.seats or not set(choices) <= candidates:
        raise BadBallot()
    async with in_transaction():
        if not await ElectionVoter.filter(id=voter.id, has_voted=False).update(has_voted=True):
            raise AlreadyVoted()
        await ElectionBallot.create(election_id=e.id, choices=sorted(choices))


async def close(principal: Principal, election_id: int, today: date, now: datetime, settings: ElectionSettings) -> ElectionOut:
    """Count; elected are the best-placed candidates with more than half of 应到, up to the seats (a tie across the
    last seat elects neither). The elected take their posts, the former committee's posts are cleared, and a new
    term starts."""
    e = await _election(principal, election_id)
    if e.status is not ElectionStatus.OPEN:
        raise WrongStatus()
    counts: Counter[int] = Counter()
    ballots = await ElectionBallot.filter(election_id=e.id).values_list("choices", flat=True)
    for choice in ballots:
        counts.update(choice)
    cands = await ElectionCandidate.filter(election_id=e.id)
    need = majority_needed(e.expected)
    ranked = sorted((c for c in cands if counts[c.member_id] >= need), key=lambda c: -counts[c.member_id])
    elected = ranked[: e.seats]
    if len(ranked) > e.seats and counts[ranked[e.seats].member_id] == counts[elected[-1].member_id]:
        tie = counts[elected[-1].member_id]
        elected = [c for c in elected if counts[c.member_id] > tie]
    result = {
        "ballots": len(ballots),
        "majority_needed": need,
        "elected": [c.member_id for c in elected],
        "vacant": e.seats - len(elected),
    }
    org = await orgs.get_org(e.org_id)
    async with in_transaction():
        for c in cands:
            await ElectionCandidate.filter(id=c.id).update(votes=counts[c.member_id])
        await Election.filter(id=e.id).update(status=ElectionStatus.CLOSED, result=result, closed_at=now)
        if elected:
            await _apply_posts(org.id, {c.member_id: c.post for c in elected})
            term = await terms.start_term(
                org, today, terms.default_years(org, settings), election_id=e.id, note=e.title, user_id=principal.user_id
            )
            result["term_id"] = term.id
            await Election.filter(id=e.id).update(result=result)
    await audit.record(principal, "elections.close", "election", e.id, org_id=e.org_id, detail=result)
    await e.refresh_from_db()
    return await election_out(e, settings)


async def _apply_posts(org_id: int, posts: dict[int, str]) -> None:
    """The new committee replaces the old: leader posts of the org's members are cleared, the elected get theirs."""
    for m in await Member.filter(org_id=org_id, is_active=True).select_for_update():
        kept = [p for p in (m.posts or []) if p not in LEADER_POSTS]
        new = [*kept, posts[m.id]] if m.id in posts else kept
        if new != (m.posts or []):
            await Member.filter(id=m.id).update(posts=new)
    for member_id, post in posts.items():  # an elected member of a group below the branch
        m = await Member.get(id=member_id)
        if m.org_id != org_id:
            await Member.filter(id=m.id).update(posts=[*[p for p in (m.posts or []) if p not in LEADER_POSTS], post])


async def my_open_elections(principal: Principal, settings: ElectionSettings) -> list[ElectionOut]:
    if principal.member_id is None:
        raise MemberRequired()
    ids = await ElectionVoter.filter(member_id=principal.member_id).values_list("election_id", flat=True)
    rows = await Election.filter(id__in=ids, status=ElectionStatus.OPEN).order_by("-id")
    return [await election_out(e, settings) for e in rows]
