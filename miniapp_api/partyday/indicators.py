"""What party days contribute to the assessment: 三会一课按期召开率, 主题党日开展率, 组织生活参与率, and the
early warning of a missed cadence (党员教育管理工作条例 第十六条; 中国共产党支部工作条例（试行） 第十一条)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from aiohttp import web

from miniapp_api.orgs.models import Organization, OrgKind
from miniapp_api.partyday.ledger import HELD, RULES, _periods, held_on
from miniapp_api.partyday.models import PRESENT_STATUSES as PRESENT
from miniapp_api.partyday.models import TYPE_LABELS, Attendee, Meeting, MeetingType
from server.core.appkeys import SETTINGS
from server.core.indicators import SourceValue, Warning, register_source, register_warnings

# The branch's own required meetings counted by the cadence rate (党小组会 are the groups'; 组织生活会 is yearly).
CADENCE_RULES = tuple(r for r in RULES if not r.per_group and r.period in ("month", "quarter"))


async def _branches(org_ids: Sequence[int]) -> list[int]:
    rows = await Organization.filter(id__in=list(org_ids), kind=OrgKind.BRANCH).values_list("id", flat=True)
    return [int(r) for r in rows]  # type: ignore[call-overload]


async def _held(app: web.Application, org_ids: list[int], first: date, last: date) -> list[tuple[int, int, str, date]]:
    """(meeting id, org id, type, local day held) of the meetings held in [first, last]."""
    zone = app[SETTINGS].zone
    rows = (
        await Meeting.filter(
            org_id__in=org_ids,
            status__in=list(HELD),
            starts_at__gte=zone.start_of_day(first - timedelta(days=1)),
            starts_at__lt=zone.start_of_day(last + timedelta(days=2)),
        )
        .order_by("id")
        .values_list("id", "org_id", "meeting_type", "starts_at")
    )
    out = []
    for mid, oid, mtype, starts in rows:
        day = held_on(starts, zone)
        if first <= day <= last:
            out.append((int(mid), int(oid), str(mtype), day))
    return out


def _slots(kind: str, first: date, last: date) -> list[tuple[str, date, date]]:
    """The rule periods of `kind` lying wholly inside [first, last]."""
    out = []
    for year in range(first.year, last.year + 1):
        out += [(key, a, b) for key, _, a, b in _periods(kind, year) if first <= a and b <= last]
    return out


async def cadence(app: web.Application, org_ids: Sequence[int], first: date, last: date) -> dict[int, SourceValue]:
    """按期召开率 of each branch: required (meeting type, month/quarter) slots in the period with a meeting held."""
    branches = await _branches(org_ids)
    held = await _held(app, branches, first, last)
    out: dict[int, SourceValue] = {}
    for org_id in branches:
        due = met = 0
        refs: list[int] = []
        missing: list[str] = []
        for rule in CADENCE_RULES:
            for key, a, b in _slots(rule.period, first, last):
                due += 1
                ids = [m for m, o, t, d in held if o == org_id and t == rule.meeting_type.value and a <= d <= b]
                if ids:
                    met += 1
                    refs += ids
                else:
                    missing.append(f"{key}{TYPE_LABELS[rule.meeting_type]}")
        if due:
            note = f"应召开 {due} 次，按期召开 {met} 次" + (f"；未召开：{'、'.join(missing)}" if missing else "")
            out[org_id] = SourceValue(met, due, tuple(sorted(refs)), note)
    return out


async def theme_day(app: web.Application, org_ids: Sequence[int], first: date, last: date) -> dict[int, SourceValue]:
    """主题党日开展率 of each branch: months of the period with a 主题党日 held / months in the period."""
    branches = await _branches(org_ids)
    held = [h for h in await _held(app, branches, first, last) if h[2] == MeetingType.THEME_DAY.value]
    months = _slots("month", first, last)
    out: dict[int, SourceValue] = {}
    for org_id in branches:
        refs = [m for m, o, _, _ in held if o == org_id]
        done = sum(any(o == org_id and a <= d <= b for _, o, _, d in held) for _, a, b in months)
        out[org_id] = SourceValue(done, len(months), tuple(sorted(refs)), f"{len(months)} 个月中 {done} 个月开展了主题党日")
    return out


async def participation(app: web.Application, org_ids: Sequence[int], first: date, last: date) -> dict[int, SourceValue]:
    """组织生活参与率: attendances (signed in, online or late) / expected attendances of the meetings held."""
    held = await _held(app, list(org_ids), first, last)
    meeting_org = {m: o for m, o, _, _ in held}
    rows = await Attendee.filter(meeting_id__in=list(meeting_org), status__isnull=False).values_list("meeting_id", "status")
    tally: dict[int, list[int]] = {}
    for mid, status in rows:
        t = tally.setdefault(meeting_org[int(mid)], [0, 0])
        t[1] += 1
        t[0] += status in {s.value for s in PRESENT}
    out: dict[int, SourceValue] = {}
    for org_id, (present, expected) in tally.items():
        refs = tuple(sorted(m for m, o in meeting_org.items() if o == org_id))
        out[org_id] = SourceValue(present, expected, refs, f"{len(refs)} 次会议应到 {expected} 人次，实到 {present} 人次")
    return out


async def cadence_warnings(app: web.Application, org_ids: Sequence[int], today: date) -> list[Warning]:
    """A branch whose last finished month (or quarter) passed without a required meeting."""
    branches = await _branches(org_ids)
    month_end = today.replace(day=1) - timedelta(days=1)
    q_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    q_end = q_start - timedelta(days=1)
    windows = {
        "month": (month_end.replace(day=1), month_end),
        "quarter": (date(q_end.year, 3 * ((q_end.month - 1) // 3) + 1, 1), q_end),
    }
    first = min(a for a, _ in windows.values())
    held = await _held(app, branches, first, month_end if month_end > q_end else q_end)
    out = []
    for org_id in branches:
        for rule in CADENCE_RULES:
            a, b = windows[rule.period]
            if not any(o == org_id and t == rule.meeting_type.value and a <= d <= b for _, o, t, d in held):
                label = f"{a.year}年{a.month}月" if rule.period == "month" else f"{a.year}年第{(a.month - 1) // 3 + 1}季度"
                out.append(Warning(org_id, "partyday.cadence_missed", f"{label}未召开{TYPE_LABELS[rule.meeting_type]}", since=b))
    return out


def install_indicators(app: web.Application) -> None:
    register_source(app, "partyday.cadence", cadence)
    register_source(app, "partyday.theme_day", theme_day)
    register_source(app, "partyday.participation", participation)
    register_warnings(app, "partyday.cadence", cadence_warnings)
