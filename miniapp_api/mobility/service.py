"""流动党员 rules (党员教育管理工作条例 第三十二条): the home branch registers a member working elsewhere and keeps the
record, the 流入地 branch may take them into its activities, both keep in touch; a long silence is a warning."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from miniapp_api.audit import service as audit
from miniapp_api.mobility.models import ContactChannel, FlowStatus, MobilityContact, MobilityRecord
from miniapp_api.mobility.schemas import ContactIn, ContactOut, ListQuery, RecordDetail, RecordIn, RecordOut, Side
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Member
from server.core.auth import Principal, Role
from server.core.database import in_transaction
from server.core.errors import BadRequest, Conflict, MemberRequired, NotFound
from server.core.indicators import Warning
from server.core.pii import mask_pii
from server.core.settings import MobilitySettings


class RecordNotFound(NotFound):
    code = "mobility.not_found"
    message = "流动党员记录不存在"


class AlreadyAway(Conflict):
    code = "mobility.already_away"
    message = "该党员已登记为流动党员"


class NotAway(Conflict):
    code = "mobility.not_away"
    message = "该党员当前不是流动党员"


class BadDate(BadRequest):
    code = "mobility.bad_date"
    message = "日期不能晚于今天，也不能早于外出日期或上次联系"


class SameOrg(BadRequest):
    code = "mobility.same_org"
    message = "流入地党组织不能是党员所在的党组织"


def months_between(earlier: date, later: date) -> int:
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return max(0, months - (1 if later.day < earlier.day else 0))


def mask_code(text: str) -> str:
    return text if len(text) <= 4 else f"{text[:2]}{'*' * (len(text) - 4)}{text[-2:]}"


def mask_contact(text: str) -> str:
    masked = mask_pii(text)
    return masked if masked != text else mask_code(text)


def record_out(r: MobilityRecord, name: str, today: date, settings: MobilitySettings, *, full: bool = False) -> RecordOut:
    silent = months_between(r.last_contact_on, today)
    return RecordOut(
        id=r.id,
        member_id=r.member_id,
        member_name=name,
        home_org_id=r.home_org_id,
        receiving_org_id=r.receiving_org_id,
        destination=r.destination,
        since=r.since,
        contact=r.contact if full else mask_contact(r.contact),
        certificate_no=r.certificate_no if full else mask_code(r.certificate_no),
        note=r.note,
        status=r.status,
        returned_on=r.returned_on,
        last_contact_on=r.last_contact_on,
        months_since_contact=silent,
        is_silent=r.status is FlowStatus.AWAY and silent >= settings.silent_months,
        is_long_term=months_between(r.since, r.returned_on or today) >= settings.outflow_months,
    )


async def register(principal: Principal, body: RecordIn, today: date, settings: MobilitySettings) -> RecordOut:
    member = await Member.get_or_none(id=body.member_id, is_active=True)
    if member is None:
        raise orgs.MemberNotFound()
    await orgs.ensure_scope(principal, member.org_id)
    if body.since > today:
        raise BadDate()
    if body.receiving_org_id is not None:
        await orgs.get_org(body.receiving_org_id)
        if body.receiving_org_id == member.org_id:
            raise SameOrg()
    async with in_transaction():
        await Member.select_for_update().get(id=member.id)
        if await MobilityRecord.exists(member_id=member.id, status=FlowStatus.AWAY):
            raise AlreadyAway()
        r = await MobilityRecord.create(
            member_id=member.id,
            home_org_id=member.org_id,
            receiving_org_id=body.receiving_org_id,
            destination=body.destination,
            since=body.since,
            contact=body.contact,
            certificate_no=body.certificate_no,
            note=body.note,
            last_contact_on=today,
            created_by_user_id=principal.user_id,
        )
    await audit.record(
        principal,
        "mobility.register",
        "mobility_record",
        r.id,
        org_id=member.org_id,
        detail={"member_id": member.id, "destination": body.destination, "receiving_org_id": body.receiving_org_id},
    )
    return record_out(r, member.name, today, settings)


async def list_records(
    principal: Principal, org_id: int, q: ListQuery, today: date, settings: MobilitySettings
) -> list[RecordOut]:
    org = await orgs.ensure_scope(principal, org_id)
    ids = await orgs.subtree_ids(org)
    qs = MobilityRecord.filter(home_org_id__in=ids) if q.side is Side.OUT else MobilityRecord.filter(receiving_org_id__in=ids)
    if q.status is not None:
        qs = qs.filter(status=q.status)
    rows = await qs.order_by("last_contact_on", "id")
    names = dict(await Member.filter(id__in=[r.member_id for r in rows]).values_list("id", "name"))
    out = [record_out(r, names.get(r.member_id, ""), today, settings) for r in rows]
    return [r for r in out if r.is_silent] if q.silent else out


async def _record_in_scope(principal: Principal, record_id: int, *, home_only: bool = False) -> tuple[MobilityRecord, bool]:
    """The record if the caller's subtree holds its home org (or, unless ``home_only``, its receiving org);
    the flag says whether it is the home side."""
    r = await MobilityRecord.get_or_none(id=record_id)
    if r is None:
        raise RecordNotFound()
    root = await orgs.scope_root_path(principal)
    home = await orgs.get_org(r.home_org_id)
    if orgs.in_scope(root, home):
        return r, True
    if not home_only and r.receiving_org_id is not None:
        receiving = await orgs.get_org(r.receiving_org_id)
        if orgs.in_scope(root, receiving):
            return r, False
    raise orgs.OutOfScope()


def contact_out(c: MobilityContact) -> ContactOut:
    return ContactOut(id=c.id, on=c.on, channel=c.channel, note=c.note, created_at=c.created_at)


async def get_record(principal: Principal, record_id: int, today: date, settings: MobilitySettings) -> RecordDetail:
    r, home = await _record_in_scope(principal, record_id)
    member = await Member.get(id=r.member_id)
    full = home and principal.role in (Role.ORG_ADMIN, Role.SUPERADMIN)
    contacts = await MobilityContact.filter(record_id=r.id).order_by("-on", "-id")
    base = record_out(r, member.name, today, settings, full=full)
    return RecordDetail(**base.model_dump(), contacts=[contact_out(c) for c in contacts])


async def _add_contact(
    actor: Principal, r: MobilityRecord, on: date, channel: ContactChannel, note: str, today: date
) -> MobilityContact:
    if r.status is not FlowStatus.AWAY:
        raise NotAway()
    if on > today or on < r.since:
        raise BadDate()
    async with in_transaction():
        c = await MobilityContact.create(record_id=r.id, on=on, channel=channel, note=note, recorded_by_user_id=actor.user_id)
        if on > r.last_contact_on:
            await MobilityRecord.filter(id=r.id).update(last_contact_on=on)
    await audit.record(
        actor,
        "mobility.contact",
        "mobility_record",
        r.id,
        org_id=r.home_org_id,
        detail={"on": on.isoformat(), "channel": channel.value},
    )
    return c


async def add_contact(principal: Principal, record_id: int, body: ContactIn, today: date) -> ContactOut:
    r, _ = await _record_in_scope(principal, record_id)
    return contact_out(await _add_contact(principal, r, body.on, body.channel, body.note, today))


async def check_in(principal: Principal, note: str, today: date) -> ContactOut:
    """The member reports in from the mini-program (their own away record)."""
    if principal.member_id is None:
        raise MemberRequired()
    r = await MobilityRecord.get_or_none(member_id=principal.member_id, status=FlowStatus.AWAY)
    if r is None:
        raise NotAway()
    return contact_out(await _add_contact(principal, r, today, ContactChannel.SELF, note, today))


async def mark_returned(
    principal: Principal, record_id: int, on: date, note: str, today: date, settings: MobilitySettings
) -> RecordOut:
    r, _ = await _record_in_scope(principal, record_id, home_only=True)
    if r.status is not FlowStatus.AWAY:
        raise NotAway()
    if on > today or on < r.since:
        raise BadDate()
    await MobilityRecord.filter(id=r.id, status=FlowStatus.AWAY).update(status=FlowStatus.RETURNED, returned_on=on)
    await audit.record(
        principal, "mobility.return", "mobility_record", r.id, org_id=r.home_org_id, detail={"on": on.isoformat(), "note": note}
    )
    await r.refresh_from_db()
    member = await Member.get(id=r.member_id)
    return record_out(r, member.name, today, settings)


async def silent_warnings(org_ids: Sequence[int], today: date, settings: MobilitySettings) -> list[Warning]:
    """第三十二条 asks for regular contact; a member not heard of for ``silent_months`` is warned about (home org)."""
    rows = await MobilityRecord.filter(home_org_id__in=list(org_ids), status=FlowStatus.AWAY)
    names = dict(await Member.filter(id__in=[r.member_id for r in rows]).values_list("id", "name"))
    out = []
    for r in rows:
        months = months_between(r.last_contact_on, today)
        if months >= settings.silent_months:
            out.append(
                Warning(
                    org_id=r.home_org_id,
                    kind="mobility.silent",
                    since=r.last_contact_on,
                    refs=(r.id,),
                    message=f"流动党员{names.get(r.member_id, '')}已{months}个月未联系（党员教育管理工作条例"
                    "第三十二条要求保持经常联系）",
                )
            )
    return out
