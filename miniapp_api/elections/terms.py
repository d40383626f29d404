"""Terms of an org's committee: default lengths, the current term, the reminder before its end."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from miniapp_api.audit import service as audit
from miniapp_api.elections.models import ElectionTerm, TermStatus
from miniapp_api.elections.schemas import TermIn, TermOut, TermsOut
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Organization, OrgKind, OrgType
from server.core.auth import Principal
from server.core.indicators import Warning
from server.core.settings import ElectionSettings


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), clamped to the month's last day."""
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, d)
        except ValueError:
            continue
    raise AssertionError("every month has a 28th")


def default_years(org: Organization, settings: ElectionSettings) -> int:
    """支部工作条例 第二十一条: village and community branches 5 years, other branches generally 3; 党章 第三十一条:
    base committees and general branches 3–5 years (5 by default)."""
    if org.kind in (OrgKind.COMMITTEE, OrgKind.GENERAL_BRANCH):
        return settings.committee_term_years
    if org.org_type in (OrgType.RURAL, OrgType.COMMUNITY):
        return settings.rural_term_years
    return settings.branch_term_years


def term_out(t: ElectionTerm) -> TermOut:
    return TermOut(
        id=t.id,
        org_id=t.org_id,
        started_on=t.started_on,
        years=t.years,
        ends_on=t.ends_on,
        status=t.status,
        election_id=t.election_id,
        note=t.note,
    )


def reminds(t: ElectionTerm, today: date, settings: ElectionSettings) -> bool:
    """支部工作条例 第二十一条: the higher org reminds about six months before the term ends."""
    return today >= add_months(t.ends_on, -settings.remind_months_before)


async def terms(principal: Principal, org_id: int, today: date, settings: ElectionSettings) -> TermsOut:
    org = await orgs.ensure_scope(principal, org_id)
    rows = await ElectionTerm.filter(org_id=org.id).order_by("-started_on", "-id")
    current = next((t for t in rows if t.status is TermStatus.CURRENT), None)
    return TermsOut(
        org_id=org.id,
        current=term_out(current) if current else None,
        days_left=(current.ends_on - today).days if current else None,
        remind=bool(current and reminds(current, today, settings)),
        default_years=default_years(org, settings),
        history=[term_out(t) for t in rows],
    )


async def start_term(
    org: Organization, started_on: date, years: int, *, election_id: int | None, note: str, user_id: int | None
) -> ElectionTerm:
    """End the current term (if any) and start the next one; terms are never edited otherwise."""
    await ElectionTerm.filter(org_id=org.id, status=TermStatus.CURRENT).update(status=TermStatus.ENDED)
    return await ElectionTerm.create(
        org_id=org.id,
        started_on=started_on,
        years=years,
        ends_on=add_months(started_on, 12 * years),
        election_id=election_id,
        note=note,
        created_by_user_id=user_id,
    )


async def record_term(principal: Principal, org_id: int, body: TermIn, today: date, settings: ElectionSettings) -> TermOut:
    """Record a term held before the platform (or elected offline)."""
    from miniapp_api.elections.errors import BadTerm

    org = await orgs.ensure_scope(principal, org_id)
    if body.started_on > today:
        raise BadTerm("任期开始日期不能晚于今天")
    years = body.years or default_years(org, settings)
    t = await start_term(org, body.started_on, years, election_id=None, note=body.note, user_id=principal.user_id)
    await audit.record(
        principal,
        "elections.term",
        "org",
        org.id,
        org_id=org.id,
        detail={"started_on": body.started_on.isoformat(), "years": years},
    )
    return term_out(t)


async def term_warnings(org_ids: Sequence[int], today: date, settings: ElectionSettings) -> list[Warning]:
    out = []
    for t in await ElectionTerm.filter(org_id__in=list(org_ids), status=TermStatus.CURRENT):
        if today >= t.ends_on:
            out.append(
                Warning(
                    org_id=t.org_id,
                    kind="elections.term_expired",
                    since=t.ends_on,
                    refs=(t.id,),
                    message=f"本届任期已于{t.ends_on.isoformat()}届满，应按期换届（支部工作条例第二十一条）",
                )
            )
        elif reminds(t, today, settings):
            out.append(
                Warning(
                    org_id=t.org_id,
                    kind="elections.term_ending",
                    since=t.ends_on,
                    refs=(t.id,),
                    message=f"本届任期将于{t.ends_on.isoformat()}届满，请做好换届准备（支部工作条例第二十一条）",
                )
            )
    return out
