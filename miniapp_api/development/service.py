"""发展党员 services: record a step (checked against the rules), read one person's file, list and remind."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from miniapp_api.audit import service as audit
from miniapp_api.development import errors as e
from miniapp_api.development.models import DevelopmentEntry
from miniapp_api.development.rules import BY_KEY, STAGE_LABELS, STEPS, Done, History, check_step, due_dates
from miniapp_api.development.schemas import (
    ApplicantOut,
    ApplicantQuery,
    DevelopmentOut,
    EntryOut,
    HistoryOut,
    StepIn,
    StepOut,
)
from miniapp_api.disclosure import service as disclosure
from miniapp_api.disclosure.errors import KindNotFound
from miniapp_api.evidence import service as evidence
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import NON_MEMBER_STATUSES, Member, MemberStatus, Organization
from miniapp_api.partyday import service as partyday
from server.core.auth import Principal
from server.core.clock import LocalZone
from server.core.database import in_transaction
from server.core.settings import DevelopmentSettings

log = logging.getLogger("dangjian.development")
IN_DEVELOPMENT = frozenset({*NON_MEMBER_STATUSES, MemberStatus.PROBATIONARY})
DEADLINES = frozenset(
    {"talk", "review", "branch_meeting", "approval", "oath", "probation_review", "full_meeting", "full_approval"}
)  # a missed one is overdue; the others are "due from" (minimum intervals)


def stage_of(member: Member) -> str:
    return {
        MemberStatus.APPLICANT: "applicant",
        MemberStatus.ACTIVIST: "activist",
        MemberStatus.CANDIDATE: "candidate",
        MemberStatus.PROBATIONARY: "probationary",
    }.get(member.status, "full")


def effective(entries: Sequence[DevelopmentEntry]) -> list[DevelopmentEntry]:
    """The entries in force: those no later entry corrects, in the order they were recorded."""
    corrected = {x.corrects_id for x in entries if x.corrects_id}
    return [x for x in sorted(entries, key=lambda x: x.id) if x.id not in corrected]


def history_of(entries: Sequence[DevelopmentEntry]) -> History:
    return History([Done(x.id, x.key, x.done_at, dict(x.data or {})) for x in effective(entries)])


async def _entries(member_ids: Sequence[int]) -> dict[int, list[DevelopmentEntry]]:
    grouped: dict[int, list[DevelopmentEntry]] = defaultdict(list)
    for row in await DevelopmentEntry.filter(member_id__in=list(member_ids)).order_by("id"):
        grouped[row.member_id].append(row)
    return grouped


def development_out(member: Member, entries: Sequence[DevelopmentEntry], cfg: DevelopmentSettings) -> DevelopmentOut:
    history = history_of(entries)
    due = due_dates(history, cfg)
    steps = []
    for step in STEPS:
        done = history.last(step.key)
        steps.append(StepOut(key=step.key, name=step.name, done_at=done.done_at if done else None, due=due.get(step.key)))
    return DevelopmentOut(stage=stage_of(member), steps=steps)


async def get_development(principal: Principal, member_id: int, cfg: DevelopmentSettings) -> DevelopmentOut:
    member = await orgs.get_member(principal, member_id)
    return development_out(member, (await _entries([member.id]))[member.id], cfg)


async def my_development(member_id: int, cfg: DevelopmentSettings) -> DevelopmentOut:
    member = await Member.get(id=member_id)
    return development_out(member, (await _entries([member.id]))[member.id], cfg)


async def _people(ids: list[int], applicant: Member, org: Organization, exact: int | None, error: type[Exception]) -> None:
    """细则第九条 / 第十四条: contacts and sponsors are 正式党员 of the applicant's org (or below it)."""
    unique = set(ids)
    if applicant.id in unique or len(unique) != len(ids) or (exact and len(unique) != exact) or not 1 <= len(unique) <= 2:
        raise error()
    found = await Member.filter(
        id__in=list(unique), is_active=True, status=MemberStatus.FULL, org__path__startswith=org.path
    ).count()
    if found != len(unique):
        raise error()


async def _poll_vote(principal: Principal, poll_id: int, org: Organization) -> dict[str, Any]:
    """The counts of a secret ballot held in the party-day room (细则第二十条: 无记名投票), with the quorum as it stood
    when the poll closed; the meeting must be of the person's org or one above it."""
    counts = await partyday.resolution_counts(principal, poll_id)
    if counts is None:
        raise e.PollInvalid()
    meeting_org = await orgs.get_org(int(counts["org_id"]))
    if not org.path.startswith(meeting_org.path):
        raise e.PollInvalid()
    return {k: counts[k] for k in ("eligible", "present", "in_favour", "against", "abstain")}


def _data(body: StepIn) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if body.contact_ids:
        data["contact_ids"] = body.contact_ids
    if body.sponsor_ids:
        data["sponsor_ids"] = body.sponsor_ids
    if body.hours is not None:
        data["hours"] = body.hours
    if body.days is not None:
        data["days"] = body.days
    if body.publicity_end is not None:
        data["publicity_end"] = body.publicity_end.isoformat()
    if body.months is not None:
        data["months"] = body.months
    if body.vote is not None:
        data["vote"] = body.vote.model_dump()
    return data


async def record_step(
    principal: Principal, member_id: int, body: StepIn, *, today: date, now: datetime, cfg: DevelopmentSettings,
    zone: LocalZone | None = None,
) -> DevelopmentOut:
    """Check the step against every rule and append it (a correction is appended too, naming what it replaces);
    the member's status follows 积极分子 / 发展对象 / 预备党员 / 正式党员. All in one transaction under the member's lock.
    A 公示 step is published through 党务公开 (kind 发展党员公示) in the same transaction, when `zone` is given."""
    member = await orgs.get_member(principal, member_id)
    org = member.org
    step = BY_KEY[body.key]
    data = _data(body)
    if step.key == "contacts":
        await _people(body.contact_ids, member, org, None, e.ContactsInvalid)
    if step.key == "sponsors":
        await _people(body.sponsor_ids, member, org, 2, e.SponsorsInvalid)
    await evidence.resolve(body.evidence, org)
    if body.poll_id is not None:
        data["vote"], data["poll_id"] = await _poll_vote(principal, body.poll_id, org), body.poll_id
    async with in_transaction():
        locked = await Member.filter(id=member.id).select_for_update().first()
        if locked is None:
            raise orgs.MemberNotFound()
        entries = (await _entries([member.id]))[member.id]
        live = effective(entries)
        later: list[Done] = []
        if body.corrects is not None:
            target = next((x for x in live if x.id == body.corrects and x.key == step.key), None)
            if target is None:
                raise e.EntryNotFound()
            before = History([Done(x.id, x.key, x.done_at, dict(x.data or {})) for x in live if x.id < target.id])
            later = [Done(x.id, x.key, x.done_at) for x in live if x.id > target.id]
        else:
            if not live and locked.status not in NON_MEMBER_STATUSES:
                raise e.AlreadyMember()
            before = history_of(entries)
        check_step(step, body.done_at, data, before, cfg, today=today, later=later)
        entry = await DevelopmentEntry.create(
            member_id=member.id,
            org_id=member.org_id,
            key=step.key,
            done_at=body.done_at,
            note=body.note,
            evidence=body.evidence,
            data=data,
            corrects_id=body.corrects,
            actor_user_id=principal.user_id,
            actor_name=principal.name[:50],
            created_at=now,
        )
        entries.append(entry)
        changes: dict[str, Any] = {}
        if step.sets_status is not None and body.corrects is None:
            changes["status"] = step.sets_status
            if step.sets_status is MemberStatus.PROBATIONARY:
                meeting = history_of(entries).last("branch_meeting")
                changes["joined_at"] = meeting.done_at if meeting else body.done_at  # 细则第三十一条
            await Member.filter(id=member.id).update(**changes)
            for key, value in changes.items():
                setattr(member, key, value)
        if step.key == "publicity" and body.corrects is None and zone is not None:
            until = data.get("publicity_end", "")
            await _publish_publicity(
                member.org_id, "development", f"发展党员公示：{member.name}",
                f"经支部委员会研究，拟将{member.name}同志列为发展对象，公示期自{body.done_at.isoformat()}起"
                + (f"至{until}" if until else "") + "。如有意见，请向支部委员会反映。",
                now=now, zone=zone, actor=principal, event_on=body.done_at,
            )
        await audit.record(
            principal,
            "development.step",
            "member",
            member.id,
            org_id=member.org_id,
            detail={
                "key": step.key,
                "entry": entry.id,
                "done_at": body.done_at.isoformat(),
                "corrects": body.corrects,
                "status": str(changes.get("status", "")),
            },
        )
    return development_out(member, entries, cfg)


def _entry_out(x: DevelopmentEntry, corrected: set[int]) -> EntryOut:
    step = BY_KEY[x.key]
    return EntryOut(
        id=x.id,
        key=x.key,
        name=step.name,
        article=step.article,
        done_at=x.done_at,
        note=x.note,
        evidence=list(x.evidence or []),
        data=dict(x.data or {}),
        corrects_id=x.corrects_id,
        is_corrected=x.id in corrected,
        actor_name=x.actor_name,
        created_at=x.created_at,
    )


async def get_history(principal: Principal, member_id: int) -> HistoryOut:
    member = await orgs.get_member(principal, member_id)
    entries = (await _entries([member.id]))[member.id]
    corrected = {x.corrects_id for x in entries if x.corrects_id}
    stage = stage_of(member)
    return HistoryOut(
        member_id=member.id,
        name=member.name,
        org_name=member.org.name,
        stage=stage,
        stage_label=STAGE_LABELS[stage],
        entries=[_entry_out(x, corrected) for x in entries],
    )


def _applicant(member: Member, entries: Sequence[DevelopmentEntry], today: date, cfg: DevelopmentSettings) -> ApplicantOut:
    history = history_of(entries)
    last = history.entries[-1] if history.entries else None
    stage = stage_of(member)
    due = [
        {"key": k, "name": BY_KEY[k].name, "due": d.isoformat(), "overdue": k in DEADLINES and d < today}
        for k, d in sorted(due_dates(history, cfg).items(), key=lambda kv: kv[1])
    ]
    return ApplicantOut(
        member_id=member.id,
        name=member.name,
        org_id=member.org_id,
        org_name=member.org.name if isinstance(member.org, Organization) else "",
        stage=stage,
        stage_label=STAGE_LABELS[stage],
        last_step=BY_KEY[last.key].name if last else "",
        last_done_at=last.done_at if last else None,
        next_due=due,
    )


async def people_in_development(org: Organization, stage: str | None = None, limit: int = 2000) -> list[Member]:
    statuses = [s for s in IN_DEVELOPMENT if stage is None or s.value == stage]  # stage keys are status values
    return (
        await Member.filter(is_active=True, status__in=statuses, org__path__startswith=org.path)
        .prefetch_related("org")
        .order_by("org_id", "id")
        .limit(limit)
    )


async def list_applicants(
    principal: Principal, org_id: int, query: ApplicantQuery, today: date, cfg: DevelopmentSettings
) -> list[ApplicantOut]:
    org = await orgs.ensure_scope(principal, org_id)
    people = await people_in_development(org, query.stage)
    grouped = await _entries([m.id for m in people])
    return [_applicant(m, grouped[m.id], today, cfg) for m in people]


async def overdue_by_org(org_ids: Sequence[int], today: date, cfg: DevelopmentSettings) -> list[tuple[int, Member, str, date]]:
    """(org id, person, step key, due date) of every deadline step past due — the early warnings."""
    people = await Member.filter(is_active=True, status__in=list(IN_DEVELOPMENT), org_id__in=list(org_ids))
    grouped = await _entries([m.id for m in people])
    found = []
    for m in people:
        for key, due in due_dates(history_of(grouped[m.id]), cfg).items():
            if key in DEADLINES and due < today:
                found.append((m.org_id, m, key, due))
    return found


async def _publish_publicity(org_id: int, kind: str, title: str, body: str, **kw: Any) -> None:
    """Publish the 公示 through 党务公开; a kind an administrator switched off publishes nothing (the step stands)."""
    try:
        await disclosure.publish_item(org_id, kind, title, body, **kw)
    except KindNotFound:
        log.warning("党务公开 kind %r is off; the 公示 step is recorded without publishing", kind)
