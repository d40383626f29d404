"""The 三会一课 ledger (台账) as xlsx, and the yearly cadence check of which required meetings a branch missed."""

from __future__ import annotations

import asyncio
import io
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from miniapp_api.audit import service as audit
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Organization, OrgKind
from miniapp_api.partyday.attendance import count
from miniapp_api.partyday.models import (
    MODE_LABELS,
    TYPE_LABELS,
    Attendee,
    MakeupStatus,
    Meeting,
    MeetingStatus,
    MeetingType,
    Minutes,
)
from miniapp_api.partyday.records_schemas import CadenceBranch, CadenceItem, CadenceOut, CadencePeriod
from server.core.auth import Principal
from server.core.clock import LocalZone
from server.core.database import reader
from server.core.xlsx import append_row

HELD = (MeetingStatus.ENDED, MeetingStatus.ARCHIVED)


@dataclass(frozen=True)
class Rule:
    meeting_type: MeetingType
    period: str  # month | quarter | year
    text: str
    per_group: bool = False


# 党员教育管理工作条例 第十六条; 中国共产党支部工作条例（试行） 第十一条.
RULES = (
    Rule(MeetingType.BRANCH_ASSEMBLY, "quarter", "一般每季度召开 1 次"),
    Rule(MeetingType.BRANCH_COMMITTEE, "month", "一般每月召开 1 次"),
    Rule(MeetingType.GROUP_MEETING, "month", "各党小组一般每月召开 1 次", per_group=True),
    Rule(MeetingType.PARTY_LECTURE, "quarter", "每季度至少 1 次"),
    Rule(MeetingType.THEME_DAY, "month", "每月相对固定 1 天开展"),
    Rule(MeetingType.LIFE_MEETING, "year", "每年至少召开 1 次"),
)


def _periods(kind: str, year: int) -> list[tuple[str, str, date, date]]:
    """(key, Chinese label, first day, last day) of each period of the year."""
    if kind == "year":
        return [(f"{year}", "全年", date(year, 1, 1), date(year, 12, 31))]
    if kind == "quarter":
        out = []
        for q in range(4):
            last = date(year, 3 * q + 3, 31 if q in (0, 3) else 30)
            out.append((f"{year}-Q{q + 1}", f"第{q + 1}季度", date(year, 3 * q + 1, 1), last))
        return out
    months = []
    for m in range(1, 13):
        end = date.fromordinal(date(year + (m == 12), m % 12 + 1, 1).toordinal() - 1)
        months.append((f"{year}-{m:02d}", f"{m}月", date(year, m, 1), end))
    return months


def held_on(starts_at: datetime, zone: LocalZone) -> date:
    """The local date a meeting was held on: its own date, not when it was started or ended in the system
    (a meeting recorded afterwards, 补录, or one closed days late still counts for the day it was held)."""
    return zone.date(starts_at)


def held_times(m: Meeting) -> tuple[datetime, datetime]:
    """Actual start and actual end once the meeting has happened; the scheduled pair otherwise (never a mix)."""
    if m.started_at and m.ended_at:
        return m.started_at, m.ended_at
    return m.starts_at, m.ends_at


def _status(held: int, first: date, last: date, today: date) -> str:
    if held:
        return "ok"
    if last < today:
        return "missing"
    return "due" if first <= today else "upcoming"


async def _branches(org: Organization) -> list[Organization]:
    """The branches to check; a 党小组 on its own is checked for its 党小组会 only (its branch may be out of scope)."""
    if org.kind in (OrgKind.BRANCH, OrgKind.GROUP):
        return [org]
    return await Organization.filter(path__startswith=org.path, kind=OrgKind.BRANCH, is_active=True).order_by("path")


def _targets(rule: Rule, unit: Organization, groups: list[Organization]) -> list[Organization]:
    if unit.kind is OrgKind.GROUP:
        return [unit] if rule.per_group else []
    return [g for g in groups if g.parent_id == unit.id] if rule.per_group else [unit]


async def _held_dates(org_ids: list[int], year: int, zone: LocalZone) -> dict[tuple[int, MeetingType], list[date]]:
    rows = await Meeting.filter(org_id__in=org_ids, status__in=list(HELD)).values_list("org_id", "meeting_type", "starts_at")
    out: dict[tuple[int, MeetingType], list[date]] = {}
    for org_id, mtype, starts_at in rows:
        day = held_on(starts_at, zone)
        if day.year == year:
            out.setdefault((int(org_id), MeetingType(mtype)), []).append(day)
    return out


def _item(rule: Rule, org: Organization, days: list[date], year: int, today: date) -> tuple[CadenceItem, list[str]]:
    periods, missing, warnings = [], [], []
    for key, label, first, last in _periods(rule.period, year):
        held = sum(first <= d <= last for d in days)
        status = _status(held, first, last, today)
        periods.append(CadencePeriod(period=key, held=held, status=status))
        if status == "missing":
            missing.append(key)
            who = f"{org.name}" if rule.per_group else ""
            warnings.append(f"{who}{label}未召开{TYPE_LABELS[rule.meeting_type]}")
    item = CadenceItem(meeting_type=rule.meeting_type, label=TYPE_LABELS[rule.meeting_type], rule=rule.text,
                       org_id=org.id, org_name=org.name, periods=periods, missing=missing)
    return item, warnings


async def cadence(principal: Principal, org_id: int, year: int | None, zone: LocalZone, now: datetime) -> CadenceOut:
    """For each branch in the org's subtree: which required meetings were held in which period, and what is missing.

    Periods are local (months and quarters in `zone`); `year` defaults to the local year of `now`."""
    org = await orgs.ensure_scope(principal, org_id)
    today = zone.date(now)
    year = year or today.year
    branches = await _branches(org)
    groups = await Organization.filter(parent_id__in=[b.id for b in branches], kind=OrgKind.GROUP, is_active=True)
    held = await _held_dates([b.id for b in branches] + [g.id for g in groups], year, zone)
    out = []
    for branch in branches:
        items, warnings = [], []
        for rule in RULES:
            for target in _targets(rule, branch, groups):
                item, warn = _item(rule, target, held.get((target.id, rule.meeting_type), []), year, today)
                items.append(item)
                warnings += warn
        out.append(CadenceBranch(org_id=branch.id, org_name=branch.name, items=items, warnings=warnings))
    return CadenceOut(year=year, branches=out, warning_count=sum(len(b.warnings) for b in out))


# ---- the xlsx ledger -------------------------------------------------------------------------

LEDGER_HEADER = ["序号", "组织", "会议类型", "日期", "时间", "标题", "主题", "形式", "地点", "应到", "实到", "请假",
                 "缺席", "缺席人员", "请假人员", "主持人", "记录人", "会议记录摘要", "补学情况", "状态"]


def _summary(minutes: Minutes | None) -> str:
    if minutes is None:
        return "（未填写会议记录）"
    parts = []
    if minutes.topics:
        parts.append("议题：" + "；".join(minutes.topics))
    if minutes.resolutions:
        parts.append("决议：" + "；".join(minutes.resolutions))
    text = "\n".join(parts) or minutes.notes
    return text[:500]


def _makeup(attendees: list[Attendee]) -> str:
    owed = [a for a in attendees if a.makeup_status is not MakeupStatus.NONE]
    if not owed:
        return "无需补学"
    done = sum(a.makeup_status is MakeupStatus.DONE for a in owed)
    pending = [a.name for a in owed if a.makeup_status is MakeupStatus.ASSIGNED]
    return f"已补学 {done}/{len(owed)}" + (f"（待补学：{'、'.join(pending)}）" if pending else "")


async def _ledger_rows(org_ids: list[int], first: date, last: date, zone: LocalZone) -> list[list[Any]]:
    db = reader()  # a large read: the replica when there is one
    meetings = [m for m in await Meeting.filter(org_id__in=org_ids, status__in=list(HELD)).using_db(db).order_by("starts_at", "id")
                if first <= held_on(m.starts_at, zone) <= last]
    ids = [m.id for m in meetings]
    names = dict(await Organization.filter(id__in=org_ids).values_list("id", "name"))
    by_meeting: dict[int, list[Attendee]] = {}
    for att in await Attendee.filter(meeting_id__in=ids).using_db(db).order_by("id"):
        by_meeting.setdefault(att.meeting_id, []).append(att)
    minutes = {m.meeting_id: m for m in await Minutes.filter(meeting_id__in=ids).using_db(db)}
    rows = []
    for n, m in enumerate(meetings, 1):
        atts = by_meeting.get(m.id, [])
        c = count(a.status for a in atts if a.status is not None)
        start, end = held_times(m)
        day = held_on(m.starts_at, zone)
        mins = minutes.get(m.id)
        rows.append([
            n, names.get(m.org_id, ""), TYPE_LABELS[m.meeting_type], day.isoformat(),
            f"{zone.local(start):%H:%M}-{zone.local(end):%H:%M}", m.title, m.theme, MODE_LABELS[m.mode], m.place,
            c.expected, c.present, c.leave, c.absent,
            "、".join(a.name for a in atts if a.status and a.status.value == "absent"),
            "、".join(a.name for a in atts if a.status and a.status.value == "leave"),
            mins.host if mins else "", mins.recorder if mins else "", _summary(mins), _makeup(atts),
            ("已归档" if m.status is MeetingStatus.ARCHIVED else "已结束") + ("（补录）" if m.recorded_at else ""),
        ])
    return rows


def _cadence_rows(report: CadenceOut) -> list[list[Any]]:
    rows = []
    for branch in report.branches:
        for item in branch.items:
            held = sum(p.held for p in item.periods)
            missing = "、".join(item.missing) or "—"
            state = "缺漏" if item.missing else ("正常" if held else "待召开")
            rows.append([branch.org_name, item.org_name, item.label, item.rule, held, missing, state])
    return rows


def _build(title: str, rows: list[list[Any]], cadence_rows: list[list[Any]], warnings: list[str]) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "台账"
    append_row(ws, [title])
    ws["A1"].font = Font(bold=True, size=14)
    append_row(ws, LEDGER_HEADER)
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FDE9E7")
    for row in rows:
        append_row(ws, row)
    for col, width in zip("ABCDEFGHIJKLMNOPQRST", (5, 20, 12, 11, 12, 24, 24, 6, 16, 5, 5, 5, 5, 20, 20, 8, 8, 40, 22, 8),
                          strict=True):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    cs = wb.create_sheet("执行情况")
    cs.append(["支部", "组织", "会议类型", "要求", "已召开次数", "缺漏期间", "状态"])
    for cell in cs[1]:
        cell.font = Font(bold=True)
    for row in cadence_rows:
        append_row(cs, row)
    cs.append([])
    cs.append(["预警"])
    for w in warnings or ["无"]:
        append_row(cs, [w])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


async def ledger_xlsx(principal: Principal, org_id: int, year: int | None, month: int | None, zone: LocalZone,
                      now: datetime) -> tuple[str, bytes]:
    """One row per held meeting of the org's subtree in the local month (or year), plus the cadence sheet.

    `year` defaults to the local year of `now`; a meeting counts on the local date it was held (`held_on`)."""
    org = await orgs.ensure_scope(principal, org_id)
    year = year or zone.year(now)
    first = date(year, month or 1, 1)
    last = _periods("month", year)[(month or 12) - 1][3]
    org_ids = await orgs.subtree_ids(org)
    rows = await _ledger_rows(org_ids, first, last, zone)
    report = await cadence(principal, org_id, year, zone, now)
    warnings = [w for b in report.branches for w in (f"{b.org_name}：{x}" for x in b.warnings)]
    period = f"{year}年{month}月" if month else f"{year}年"
    title = f"{org.name} 三会一课台账（{period}）"
    content = await asyncio.to_thread(_build, title, rows, _cadence_rows(report), warnings)
    await audit.record(principal, "partyday.ledger_export", "organization", org.id, org_id=org.id,
                       detail={"year": year, "month": month, "rows": len(rows)})
    return f"{org.name}-三会一课台账-{period}.xlsx", content
