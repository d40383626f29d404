"""党务公开 rules: the items each org must publish (quarterly and per event), publishing them, and their timeliness.

Regular items (工作计划, 党费收缴使用情况…) are due once a quarter, `days` days after the quarter begins; event items
(发展党员公示, 民主评议结果…) are due `days` days after the event. The kinds and their days are configurable.
党务公开 is asked of 机关基层党组织 by 《中国共产党党和国家机关基层组织工作条例》第二十五条, and the use of 党费 is
to be reported to members by 《关于中国共产党党费收缴、使用和管理的规定》; nothing of their text is copied here.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from redis.asyncio import Redis

from miniapp_api.audit import service as audit
from miniapp_api.disclosure.errors import (
    AlreadyPublished,
    ItemNotFound,
    KindNotFound,
    NotEventKind,
    PublicRateLimited,
)
from miniapp_api.disclosure.models import DisclosureItem, DisclosureKind, DueRule, ItemStatus
from miniapp_api.disclosure.schemas import EventItemCreate, ItemOut, ItemQuery, KindUpdate, PublicItem, PublicPage, PublishIn
from miniapp_api.evidence import service as evidence
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Organization, OrgKind
from server.core.auth import Principal
from server.core.clock import LocalZone
from server.core.database import in_transaction
from server.core.errors import RateLimited
from server.core.redis import RateLimiter

# code → (name, rule, days): the defaults a fresh installation starts from; edited rows win.
DEFAULT_KINDS: dict[str, tuple[str, DueRule, int]] = {
    "work_plan": ("工作计划", DueRule.QUARTERLY, 15),
    "dues": ("党费收缴使用情况", DueRule.QUARTERLY, 15),
    "development": ("发展党员公示", DueRule.EVENT, 5),
    "appraisal": ("民主评议党员结果", DueRule.EVENT, 10),
    "election": ("换届选举结果", DueRule.EVENT, 7),
    "other": ("其他重要事项", DueRule.EVENT, 7),
}
PUBLISHING_KINDS = (OrgKind.COMMITTEE, OrgKind.GENERAL_BRANCH, OrgKind.BRANCH)  # a 党小组 publishes nothing itself
PUBLIC_LIMIT_PER_MINUTE = 60  # per client address, the public page and its JSON together
RL_PREFIX = "disclosure:rl"  # disclosure:rl:60:pub:<ip>


def quarter_key(day: date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def quarter_start(day: date) -> date:
    return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


# ---- kinds ---------------------------------------------------------------------------------------


async def kinds() -> dict[str, DisclosureKind]:
    """Every kind, the built-in ones created on first use."""
    rows = {k.code: k for k in await DisclosureKind.all()}
    missing = [
        DisclosureKind(code=code, name=name, rule=rule, days=days)
        for code, (name, rule, days) in DEFAULT_KINDS.items()
        if code not in rows
    ]
    if missing:
        await DisclosureKind.bulk_create(missing, ignore_conflicts=True)
        rows = {k.code: k for k in await DisclosureKind.all()}
    return rows


async def active_kind(code: str) -> DisclosureKind:
    kind = (await kinds()).get(code)
    if kind is None or not kind.is_active:
        raise KindNotFound(details={"kind": code})
    return kind


async def update_kind(principal: Principal, code: str, data: KindUpdate) -> DisclosureKind:
    """Edit a kind's rule; items already registered keep the due date they were given."""
    kind = (await kinds()).get(code)
    if kind is None:
        raise KindNotFound(details={"kind": code})
    async with in_transaction():
        await DisclosureKind.filter(id=kind.id).update(**data.model_dump())
        await audit.record(principal, "disclosure.kind_update", "disclosure_kind", kind.id, detail=data.model_dump())
    await kind.refresh_from_db()
    return kind


# ---- items ---------------------------------------------------------------------------------------


async def ensure_quarter(org_ids: Sequence[int] | None, today: date, now: datetime) -> int:
    """Register this quarter's regular items of every publishing org (all orgs when `org_ids` is None); idempotent."""
    regular = [k for k in (await kinds()).values() if k.rule is DueRule.QUARTERLY and k.is_active]
    qs = Organization.filter(is_active=True, kind__in=list(PUBLISHING_KINDS))
    if org_ids is not None:
        qs = qs.filter(id__in=list(org_ids))
    ids: list[int] = await qs.values_list("id", flat=True)  # type: ignore[assignment]
    if not regular or not ids:
        return 0
    key, start = quarter_key(today), quarter_start(today)
    have = set(await DisclosureItem.filter(org_id__in=list(ids), period_key=key).values_list("org_id", "kind"))
    rows = [
        DisclosureItem(
            org_id=org_id,
            kind=k.code,
            period_key=key,
            title=f"{key.replace('-Q', '年第')}季度{k.name}",
            due_on=start + timedelta(days=k.days),
            created_at=now,
        )
        for org_id in ids
        for k in regular
        if (org_id, k.code) not in have
    ]
    if rows:
        await DisclosureItem.bulk_create(rows, ignore_conflicts=True)
    return len(rows)


async def items_out(rows: Sequence[DisclosureItem], zone: LocalZone, today: date) -> list[ItemOut]:
    names = {k.code: k.name for k in (await kinds()).values()}
    files = {f.token: f.filename for f in await evidence.describe([r.evidence_token for r in rows if r.evidence_token])}
    return [
        ItemOut(
            id=r.id,
            org_id=r.org_id,
            kind=r.kind,
            kind_name=names.get(r.kind, r.kind),
            period_key=r.period_key,
            title=r.title,
            event_on=r.event_on,
            due_on=r.due_on,
            status=r.status,
            is_overdue=r.status is ItemStatus.DUE and r.due_on < today,
            is_on_time=None if r.published_at is None else zone.date(r.published_at) <= r.due_on,
            body=r.body,
            attachment=files.get(r.evidence_token or ""),
            evidence_token=r.evidence_token,
            published_at=r.published_at,
        )
        for r in rows
    ]


async def list_items(principal: Principal, q: ItemQuery, today: date, now: datetime) -> tuple[list[DisclosureItem], int]:
    """Items of the caller's subtree (or one org of it), due first; this quarter's regular items are registered."""
    if q.org_id is not None:
        org = await orgs.ensure_scope(principal, q.org_id)
        path: str | None = org.path
        qs = DisclosureItem.filter(org_id=org.id)
        await ensure_quarter([org.id], today, now)
    else:
        path = await orgs.scope_root_path(principal)
        qs = DisclosureItem.all() if path is None else DisclosureItem.filter(org__path__startswith=path)
        scoped = Organization.all() if path is None else Organization.filter(path__startswith=path)
        scoped_ids: list[int] = await scoped.values_list("id", flat=True)  # type: ignore[assignment]
        await ensure_quarter(scoped_ids, today, now)
    if q.status:
        qs = qs.filter(status=q.status)
    total = await qs.count()
    rows = await qs.order_by("status", "-due_on", "-id").offset(q.offset).limit(q.page_size)
    return rows, total


async def _event_item(org_id: int, kind: DisclosureKind, title: str, event_on: date, now: datetime) -> DisclosureItem:
    return await DisclosureItem.create(
        org_id=org_id,
        kind=kind.code,
        period_key=f"e{secrets.token_hex(8)}",
        title=title,
        event_on=event_on,
        due_on=event_on + timedelta(days=kind.days),
        created_at=now,
    )


async def register_event(principal: Principal, data: EventItemCreate, now: datetime) -> DisclosureItem:
    """An event that must be made public (a 发展党员 公示, a 评议 result…): due `days` after it happened."""
    org = await orgs.ensure_scope(principal, data.org_id)
    kind = await active_kind(data.kind)
    if kind.rule is not DueRule.EVENT:
        raise NotEventKind(details={"kind": kind.code})
    async with in_transaction():
        item = await _event_item(org.id, kind, data.title, data.event_on, now)
        await audit.record(
            principal,
            "disclosure.register",
            "disclosure_item",
            item.id,
            org_id=org.id,
            detail={"kind": kind.code, "due_on": item.due_on.isoformat()},
        )
    return item


async def _publish(
    item: DisclosureItem,
    org: Organization,
    title: str | None,
    body: str,
    evidence_token: str | None,
    actor: Principal | None,
    now: datetime,
) -> DisclosureItem:
    if item.status is ItemStatus.PUBLISHED:
        raise AlreadyPublished()
    if evidence_token:
        await evidence.resolve([evidence_token], org)  # exists and belongs to this org's line
    async with in_transaction():
        updated = await DisclosureItem.filter(id=item.id, status=ItemStatus.DUE).update(
            title=title or item.title,
            body=body,
            evidence_token=evidence_token,
            status=ItemStatus.PUBLISHED,
            published_at=now,
            published_by_user_id=actor.user_id if actor else None,
        )
        if not updated:  # a concurrent publish won
            raise AlreadyPublished()
        await audit.record(
            actor,
            "disclosure.publish",
            "disclosure_item",
            item.id,
            org_id=org.id,
            detail={"kind": item.kind, "due_on": item.due_on.isoformat()},
        )
    await item.refresh_from_db()
    return item


async def publish(principal: Principal, item_id: int, data: PublishIn, now: datetime) -> DisclosureItem:
    item = await DisclosureItem.get_or_none(id=item_id)
    if item is None:
        raise ItemNotFound()
    org = await orgs.ensure_scope(principal, item.org_id)
    return await _publish(item, org, data.title, data.body, data.evidence_token, principal, now)


async def publish_item(
    org_id: int,
    kind: str,
    title: str,
    body: str,
    *,
    now: datetime,
    zone: LocalZone,
    actor: Principal | None = None,
    event_on: date | None = None,
    evidence_token: str | None = None,
) -> DisclosureItem:
    """Publish an item for an org from another domain (e.g. dues publishing its quarterly use).

    A quarterly kind publishes this quarter's regular item; an event kind publishes the oldest open item of that
    kind, or registers the event (`event_on`, default today) and publishes it at once.
    """
    org = await orgs.get_org(org_id)
    k = await active_kind(kind)
    today = zone.date(now)
    if k.rule is DueRule.QUARTERLY:
        await ensure_quarter([org.id], today, now)
        found = await DisclosureItem.get_or_none(org_id=org.id, kind=k.code, period_key=quarter_key(today))
        item = found or await DisclosureItem.create(  # an org that is not asked to publish regularly (a 党小组)
            org_id=org.id,
            kind=k.code,
            period_key=quarter_key(today),
            title=title,
            due_on=quarter_start(today) + timedelta(days=k.days),
            created_at=now,
        )
    else:
        open_item = (
            await DisclosureItem.filter(org_id=org.id, kind=k.code, status=ItemStatus.DUE).order_by("due_on", "id").first()
        )
        item = open_item or await _event_item(org.id, k, title, event_on or today, now)
    return await _publish(item, org, title, body, evidence_token, actor, now)


# ---- the public page ------------------------------------------------------------------------------


async def public_page(redis: Redis, ip: str, org_id: int) -> PublicPage:
    """What an org has published, newest first (no login; limited per address)."""
    try:
        await RateLimiter(redis, RL_PREFIX).check([(f"pub:{ip}", PUBLIC_LIMIT_PER_MINUTE)], 60)
    except RateLimited as exc:
        raise PublicRateLimited(int(exc.details["retry_after"])) from None
    org = await orgs.get_org(org_id)
    rows = await DisclosureItem.filter(org_id=org.id, status=ItemStatus.PUBLISHED).order_by("-published_at").limit(100)
    names = {k.code: k.name for k in (await kinds()).values()}
    files = {f.token: f.filename for f in await evidence.describe([r.evidence_token for r in rows if r.evidence_token])}
    return PublicPage(
        org_id=org.id,
        org_name=org.name,
        items=[
            PublicItem(
                id=r.id,
                kind_name=names.get(r.kind, r.kind),
                title=r.title,
                body=r.body,
                attachment=files.get(r.evidence_token or ""),
                published_at=r.published_at,
            )
            for r in rows
            if r.published_at is not None
        ],
    )
