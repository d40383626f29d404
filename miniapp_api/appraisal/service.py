"""民主评议党员 (annual): open a round, 个人自评, 党员互评, 支委会 proposals, 党员大会 confirmation, follow-ups.

支部工作条例 第十八条 and 党员教育管理工作条例 第十八条: a branch appraises its members about once a year at a 党员大会,
in the order self-assessment → mutual rating → democratic assessment; the branch committee (or the 党员大会) proposes
the grades from that and from everyday conduct. 党员教育管理工作条例 第三十条: a member found wanting who accepts help
gets a 限期改正 of at most a year with help and education — here a note and a deadline, never an automatic sanction.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime, timedelta

from miniapp_api.appraisal.errors import (
    BadRatee,
    BadYear,
    BranchOnly,
    Incomplete,
    NotInRound,
    RoundClosed,
    RoundExists,
    RoundNotFound,
)
from miniapp_api.appraisal.models import (
    GRADE_LABELS,
    ROUND_LABELS,
    AppraisalEntry,
    AppraisalRound,
    Grade,
    PeerRating,
    RoundStatus,
)
from miniapp_api.appraisal.schemas import (
    ConfirmIn,
    EntryOut,
    MyRoundOut,
    ProposalIn,
    RatingsIn,
    ResultOut,
    RoundCreate,
    RoundOut,
    SelfIn,
)
from miniapp_api.audit import service as audit
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Member, MemberStatus, OrgKind
from server.core.auth import Principal
from server.core.database import in_transaction

APPRAISED = (MemberStatus.FULL, MemberStatus.PROBATIONARY)  # Party members; applicants are not appraised
MAX_FOLLOWUP_DAYS = 366  # 党员教育管理工作条例 第三十条: 限期改正 lasts at most a year


async def open_round(principal: Principal, org_id: int, body: RoundCreate, now: datetime, this_year: int) -> AppraisalRound:
    org = await orgs.ensure_scope(principal, org_id)
    if org.kind is not OrgKind.BRANCH:
        raise BranchOnly()
    if body.year > this_year:
        raise BadYear()
    if await AppraisalRound.exists(org_id=org.id, year=body.year):
        raise RoundExists()
    members = await Member.filter(is_active=True, status__in=APPRAISED, org__path__startswith=org.path).order_by("id")
    async with in_transaction():
        rnd = await AppraisalRound.create(org_id=org.id, year=body.year, opened_at=now)
        await AppraisalEntry.bulk_create([AppraisalEntry(round_id=rnd.id, member_id=m.id) for m in members])
        await audit.record(
            principal, "appraisal.open", "appraisal", rnd.id, org_id=org.id, detail={"year": body.year, "members": len(members)}
        )
    return rnd


async def _round(principal: Principal, round_id: int) -> AppraisalRound:
    rnd = await AppraisalRound.get_or_none(id=round_id).prefetch_related("org")
    if rnd is None:
        raise RoundNotFound()
    await orgs.ensure_scope(principal, rnd.org_id)
    return rnd


async def round_out(rnd: AppraisalRound, *, with_entries: bool = True) -> RoundOut:
    entries: list[EntryOut] = []
    if with_entries:
        rows = await AppraisalEntry.filter(round_id=rnd.id).prefetch_related("member").order_by("member_id")
        counts: dict[int, Counter[str]] = defaultdict(Counter)
        for ratee, grade in await PeerRating.filter(round_id=rnd.id).values_list("ratee_id", "grade"):
            counts[int(ratee)][str(Grade(grade).value)] += 1
        entries = [
            EntryOut(
                member_id=e.member_id,
                name=e.member.name,
                self_submitted=e.self_submitted_at is not None,
                self_assessment=e.self_assessment,
                peer_counts=dict(counts[e.member_id]),
                proposed_grade=e.proposed_grade.value if e.proposed_grade else None,
                final_grade=e.final_grade.value if e.final_grade else None,
                final_label=GRADE_LABELS[e.final_grade] if e.final_grade else "",
                followup_note=e.followup_note,
                followup_due=e.followup_due,
            )
            for e in rows
        ]
    return RoundOut(
        id=rnd.id,
        org_id=rnd.org_id,
        org_name=rnd.org.name,
        year=rnd.year,
        status=rnd.status.value,
        status_label=ROUND_LABELS[rnd.status],
        opened_at=rnd.opened_at,
        confirmed_at=rnd.confirmed_at,
        meeting_note=rnd.meeting_note,
        entries=entries,
    )


async def get_round(principal: Principal, round_id: int) -> RoundOut:
    return await round_out(await _round(principal, round_id))


async def list_rounds(principal: Principal, org_id: int) -> list[RoundOut]:
    org = await orgs.ensure_scope(principal, org_id)
    rounds = await AppraisalRound.filter(org__path__startswith=org.path).prefetch_related("org").order_by("-year", "id")
    return [await round_out(r, with_entries=False) for r in rounds]


async def _my_entry(member_id: int, round_id: int) -> tuple[AppraisalRound, AppraisalEntry]:
    rnd = await AppraisalRound.get_or_none(id=round_id)
    entry = await AppraisalEntry.get_or_none(round_id=round_id, member_id=member_id) if rnd else None
    if rnd is None or entry is None:
        raise NotInRound()
    if rnd.status is not RoundStatus.OPEN:
        raise RoundClosed()
    return rnd, entry


async def submit_self(member_id: int, round_id: int, body: SelfIn, now: datetime) -> None:
    """个人自评: the member's own 党性分析 (may be revised while the round is open)."""
    _, entry = await _my_entry(member_id, round_id)
    await AppraisalEntry.filter(id=entry.id).update(self_assessment=body.text, self_submitted_at=now)


async def submit_ratings(member_id: int, round_id: int, body: RatingsIn, now: datetime) -> int:
    """党员互评: one grade per other member of the round; a new submission replaces the rater's earlier ones."""
    rnd, _ = await _my_entry(member_id, round_id)
    others = set(await AppraisalEntry.filter(round_id=rnd.id).exclude(member_id=member_id).values_list("member_id", flat=True))
    ids = [r.member_id for r in body.ratings]
    if len(set(ids)) != len(ids) or not set(ids) <= others:
        raise BadRatee()
    async with in_transaction():
        await PeerRating.filter(round_id=rnd.id, rater_id=member_id, ratee_id__in=ids).delete()
        await PeerRating.bulk_create(
            [
                PeerRating(round_id=rnd.id, rater_id=member_id, ratee_id=r.member_id, grade=r.grade, created_at=now)
                for r in body.ratings
            ]
        )
    return len(ids)


async def propose(principal: Principal, round_id: int, body: ProposalIn, now: datetime) -> RoundOut:
    """The branch committee proposes a grade for every member of the round."""
    rnd = await _round(principal, round_id)
    if rnd.status is RoundStatus.CONFIRMED:
        raise RoundClosed()
    grades = {g.member_id: g.grade for g in body.grades}
    entries = await AppraisalEntry.filter(round_id=rnd.id)
    if set(grades) != {e.member_id for e in entries}:
        raise Incomplete(details={"missing": sorted({e.member_id for e in entries} - set(grades))})
    async with in_transaction():
        for e in entries:
            await AppraisalEntry.filter(id=e.id).update(proposed_grade=grades[e.member_id])
        await AppraisalRound.filter(id=rnd.id).update(status=RoundStatus.PROPOSED, proposed_at=now)
        await audit.record(
            principal,
            "appraisal.propose",
            "appraisal",
            rnd.id,
            org_id=rnd.org_id,
            detail={"grades": dict(Counter(g.value for g in grades.values()))},
        )
    return await get_round(principal, rnd.id)


async def confirm(
    principal: Principal, round_id: int, body: ConfirmIn, now: datetime, today: date, followup_days: int
) -> RoundOut:
    """The 党员大会 confirms (possibly changing some grades); 不合格 gets a follow-up note and deadline."""
    rnd = await _round(principal, round_id)
    if rnd.status is not RoundStatus.PROPOSED:
        raise RoundClosed()
    entries = {e.member_id: e for e in await AppraisalEntry.filter(round_id=rnd.id)}
    changes = {c.member_id: c.grade for c in body.changes}
    notes = {f.member_id: f for f in body.followups}
    if not set(changes) <= set(entries) or not set(notes) <= set(entries):
        raise BadRatee()
    default_due = today + timedelta(days=min(followup_days, MAX_FOLLOWUP_DAYS))
    async with in_transaction():
        for member_id, e in entries.items():
            final = changes.get(member_id, e.proposed_grade)
            fields: dict[str, object] = {"final_grade": final}
            if final is Grade.UNQUALIFIED:
                given = notes.get(member_id)
                due = given.due if given and given.due else default_due
                fields["followup_note"] = (
                    given.note if given else "限期改正：党支部指定专人谈心谈话、帮助教育，期满后由党支部评估"
                )
                fields["followup_due"] = min(due, today + timedelta(days=MAX_FOLLOWUP_DAYS))
            await AppraisalEntry.filter(id=e.id).update(**fields)
        await AppraisalRound.filter(id=rnd.id).update(
            status=RoundStatus.CONFIRMED, confirmed_at=now, meeting_note=body.meeting_note
        )
        await audit.record(
            principal, "appraisal.confirm", "appraisal", rnd.id, org_id=rnd.org_id, detail={"changed": sorted(changes)}
        )
    return await get_round(principal, rnd.id)


async def results_of(member_id: int) -> list[ResultOut]:
    """A member's confirmed results, newest year first (the member's profile)."""
    rows = await AppraisalEntry.filter(
        member_id=member_id, round__status=RoundStatus.CONFIRMED, final_grade__isnull=False
    ).prefetch_related("round__org")
    rows.sort(key=lambda e: -e.round.year)
    return [
        ResultOut(
            round_id=e.round_id,
            year=e.round.year,
            org_name=e.round.org.name,
            grade=e.final_grade.value,
            grade_label=GRADE_LABELS[e.final_grade],
            followup_note=e.followup_note,
            followup_due=e.followup_due,
        )
        for e in rows
        if e.final_grade
    ]


async def member_results(principal: Principal, member_id: int) -> list[ResultOut]:
    member = await orgs.get_member(principal, member_id)
    return await results_of(member.id)


async def my_rounds(member_id: int) -> list[MyRoundOut]:
    entries = await AppraisalEntry.filter(member_id=member_id, round__status=RoundStatus.OPEN).prefetch_related("round__org")
    out = []
    for e in entries:
        mine = dict(await PeerRating.filter(round_id=e.round_id, rater_id=member_id).values_list("ratee_id", "grade"))
        peers = await AppraisalEntry.filter(round_id=e.round_id).exclude(member_id=member_id).prefetch_related("member")
        out.append(
            MyRoundOut(
                round_id=e.round_id,
                year=e.round.year,
                org_name=e.round.org.name,
                status=e.round.status.value,
                self_submitted=e.self_submitted_at is not None,
                peers=[
                    {
                        "member_id": p.member_id,
                        "name": p.member.name,
                        "my_grade": str(Grade(mine[p.member_id]).value) if p.member_id in mine else None,
                    }
                    for p in peers
                ],
            )
        )
    return out
