"""Demo responsibility data for `seed-demo`: this year's lists down the demo tree (items issued by the 党工委 and the
branches' own), signed and unsigned 责任书, accepted, returned and overdue items, a 述职述廉 round with ratings, a
talk, a circular with receipts, and a 问责 decision with its correction and a 容错 application."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from miniapp_api.orgs.models import Member
from miniapp_api.responsibility.models import (
    Accountability,
    Circular,
    CircularReceipt,
    DutyRating,
    DutyReport,
    Exemption,
    Grade,
    ItemKind,
    ItemReport,
    ItemReview,
    ItemStatus,
    NegativeItem,
    ResponsibilityItem,
    ResponsibilityList,
    Signature,
    Talk,
)
from server.core.domains import DemoContext

NEGATIVE_LIST = [
    ("党建工作责任制落实不力，所属组织党建工作问题突出", "对所属组织党建工作长期不重视、不研究、不部署"),
    ("三会一课等组织生活制度长期不落实", "连续两个季度以上未按规定召开支委会、党员大会或上党课"),
    ("对巡察、督查发现的问题整改不力", "问题清单事项超过整改时限且未说明理由"),
    ("违规发展党员或党费收缴管理混乱", ""),
]
BRANCHES = ("b_office", "b_service", "b_community", "b_park")


async def _list(org_id: int, year: int, ctx: DemoContext) -> ResponsibilityList:
    found = await ResponsibilityList.get_or_none(org_id=org_id, year=year)
    return found or await ResponsibilityList.create(
        org_id=org_id, year=year, created_by_user_id=ctx.superadmin_id, created_at=ctx.now, updated_at=ctx.now
    )


async def _item(lst: ResponsibilityList, owner_id: int, title: str, ctx: DemoContext, **fields: Any) -> ResponsibilityItem:
    item = await ResponsibilityItem.create(
        list_id=lst.id,
        owner_org_id=owner_id,
        title=title,
        owner_post=fields.pop("owner_post", "书记"),
        created_at=ctx.now,
        updated_at=ctx.now,
        created_by_user_id=ctx.superadmin_id,
        **fields,
    )
    return item


async def _report(item: ResponsibilityItem, member: Member, note: str, ctx: DemoContext, days_ago: int) -> ItemReport:
    at = ctx.now - timedelta(days=days_ago)
    report = await ItemReport.create(item_id=item.id, note=note, reporter_user_id=0, reporter_name=member.name, created_at=at)
    item.status = ItemStatus.REPORTED
    await item.save(update_fields=["status"])
    return report


async def _review(
    item: ResponsibilityItem, report: ItemReport, decision: str, reason: str, reviewer_org: int, ctx: DemoContext
) -> None:
    await ItemReview.create(
        item_id=item.id,
        report_id=report.id,
        decision=decision,
        reason=reason,
        reviewer_user_id=ctx.superadmin_id,
        reviewer_org_id=reviewer_org,
        created_at=report.created_at + timedelta(days=1),
    )
    item.status = ItemStatus.ACCEPTED if decision == "accept" else ItemStatus.RETURNED
    await item.save(update_fields=["status"])


async def _lists(ctx: DemoContext, year: int, today: date) -> None:
    committee, office, service = ctx.orgs["committee"], ctx.orgs["b_office"], ctx.orgs["b_service"]
    top = await _list(committee, year, ctx)
    overdue_due = max(date(year, 1, 1), today - timedelta(days=20))
    year_end = date(year, 12, 31)
    for key in ("gb_gov", "gb_street"):
        await _item(
            top,
            ctx.orgs[key],
            "每季度专题研究所属支部党建工作",
            ctx,
            kind=ItemKind.DUTY,
            cadence="每季度",
            evidence_required="会议纪要",
            indicator_key="partyday.cadence",
        )
    issued: dict[str, ResponsibilityItem] = {}
    for key in BRANCHES:
        issued[key] = await _item(
            top,
            ctx.orgs[key],
            "按期召开三会一课并如实记录",
            ctx,
            kind=ItemKind.TASK,
            due_date=year_end,
            evidence_required="会议记录",
            indicator_key="partyday.cadence",
        )
        await _item(
            top,
            ctx.orgs[key],
            "党员年度学时达标",
            ctx,
            kind=ItemKind.TASK,
            owner_post="组织委员",
            due_date=year_end,
            indicator_key="learning.hours_attainment",
        )
        await _list(ctx.orgs[key], year, ctx)
    # 综合办公室党支部: its own items, one accepted and one returned; 政务服务中心党支部: one overdue problem
    own = await _list(office, year, ctx)
    secretary = await Member.get(id=ctx.members["b_office"][0])
    duty = await _item(
        own,
        office,
        "落实一岗双责，业务工作与党建工作同部署",
        ctx,
        kind=ItemKind.DUTY,
        is_dual_duty=True,
        owner_post="副书记",
        cadence="每半年",
    )
    report = await _report(issued["b_office"], secretary, "上半年按期召开支委会 6 次、党员大会 2 次、党课 2 次", ctx, 10)
    await _review(issued["b_office"], report, "accept", "", ctx.orgs["gb_gov"], ctx)
    deputy = await Member.get(id=ctx.members["b_office"][1])
    report = await _report(duty, deputy, "已在科室会议上部署党建工作", ctx, 6)
    await _review(duty, report, "return", "缺少会议记录和部署文件，请补充证明材料", ctx.orgs["gb_gov"], ctx)
    svc = await _list(service, year, ctx)
    await _item(
        svc,
        service,
        "整改群众反映的窗口办事拖沓问题",
        ctx,
        kind=ItemKind.PROBLEM,
        due_date=overdue_due,
        source_type="finding",
        source_id=1,
        evidence_required="整改台账",
        indicator_key="rectification.on_time",
    )
    for lst in await ResponsibilityList.filter(year=year):  # versions as if each item had bumped its lists
        lst.version = (
            1
            + await ResponsibilityItem.filter(list_id=lst.id).count()
            + await ResponsibilityItem.filter(owner_org_id=lst.org_id, list__year=year).exclude(list_id=lst.id).count()
        )
        await lst.save(update_fields=["version"])
    # 责任书: 综合办公室 and 海棠社区 signed by their owners, 政务服务中心 and the park not (the parent sees it)
    for key in ("b_office", "b_community"):
        lst = await ResponsibilityList.get(org_id=ctx.orgs[key], year=year)
        for member in await Member.filter(id__in=ctx.members[key][:3]):
            await Signature.create(
                list_id=lst.id,
                member_id=member.id,
                member_name=member.name,
                posts=list(member.posts or []),
                version=lst.version,
                signed_at=ctx.now - timedelta(days=30),
            )


async def _duty_round(ctx: DemoContext, year: int) -> None:
    grades = [Grade.GOOD, Grade.GOOD, Grade.FAIRLY_GOOD, Grade.GOOD, Grade.AVERAGE, Grade.FAIRLY_GOOD]
    for n, key in enumerate(("b_office", "b_service", "b_community")):
        secretary = await Member.get(id=ctx.members[key][0])
        report = await DutyReport.create(
            org_id=ctx.orgs[key],
            year=year,
            member_id=secretary.id,
            member_name=secretary.name,
            submitted_at=ctx.now,
            content=f"{year} 年度，本人认真履行党建工作第一责任人职责，带头落实三会一课，推动责任清单逐项落实；"
            "严格遵守廉洁自律各项规定。存在问题：理论学习深度不够，下一步……",
        )
        for i, member_id in enumerate(ctx.members[key][1:6]):
            await DutyRating.create(
                report_id=report.id,
                rater_user_id=-(member_id),
                rater_kind="member",
                grade=grades[(i + n) % len(grades)],
                created_at=ctx.now,
            )
        await DutyRating.create(
            report_id=report.id,
            rater_user_id=ctx.superadmin_id,
            rater_kind="parent",
            grade=Grade.GOOD if n != 1 else Grade.FAIRLY_GOOD,
            created_at=ctx.now,
        )


async def _oversight(ctx: DemoContext, today: date) -> None:
    for title, description in NEGATIVE_LIST:
        await NegativeItem.get_or_create(title=title, defaults={"description": description, "created_at": ctx.now})
    service, park = ctx.orgs["b_service"], ctx.orgs["b_park"]
    await Talk.create(
        org_id=service,
        talker="党工委副书记",
        talkee="政务服务中心党支部书记",
        reason="问题清单事项超过整改时限",
        follow_up="两周内完成整改并报送整改台账",
        talked_on=today - timedelta(days=3),
        created_by_user_id=ctx.superadmin_id,
        created_at=ctx.now,
    )
    circular = await Circular.create(
        org_id=ctx.orgs["committee"],
        title="关于上半年党建责任清单落实情况的通报",
        body="上半年，各基层党组织……政务服务中心党支部问题清单事项超期未整改，予以通报。",
        issued_by_user_id=ctx.superadmin_id,
        created_at=ctx.now - timedelta(days=5),
    )
    for key in ("gb_gov", "b_office", "b_community"):
        await CircularReceipt.create(
            circular_id=circular.id,
            org_id=ctx.orgs[key],
            user_id=-ctx.orgs[key],
            reader_name="支部书记",
            read_at=ctx.now - timedelta(days=4),
        )
    situation = await NegativeItem.get(title=NEGATIVE_LIST[1][0])
    first = await Accountability.create(
        org_id=park,
        negative_item_id=situation.id,
        subject="智造产业园联合党支部",
        measure="通报批评",
        reason="第一、二季度未召开支委会",
        issued_by_user_id=ctx.superadmin_id,
        issued_by_org_id=ctx.orgs["committee"],
        created_at=ctx.now - timedelta(days=8),
    )
    await Accountability.create(
        org_id=park,
        negative_item_id=situation.id,
        subject="智造产业园联合党支部",
        measure="约谈提醒",
        reason="经核实第二季度已召开支委会，更正为约谈提醒",
        corrects_id=first.id,
        issued_by_user_id=ctx.superadmin_id,
        issued_by_org_id=ctx.orgs["committee"],
        created_at=ctx.now - timedelta(days=6),
    )
    await Exemption.create(
        decision_id=first.id,
        org_id=park,
        reasons="园区企业集中停产检修，党员无法集中",
        filed_by_user_id=ctx.branch_admin_id or ctx.superadmin_id,
        filed_at=ctx.now - timedelta(days=7),
    )


async def load_demo(ctx: DemoContext) -> list[str]:
    """Idempotent: nothing is added when the committee already has this year's list."""
    if not all(k in ctx.orgs for k in ("committee", "gb_gov", "gb_street", *BRANCHES)):
        return []
    today = ctx.settings.zone.date(ctx.now)
    year = today.year
    if await ResponsibilityList.exists(org_id=ctx.orgs["committee"], year=year):
        return ["responsibility: demo lists already present"]
    await _lists(ctx, year, today)
    await _duty_round(ctx, year)
    await _oversight(ctx, today)
    return [
        f"responsibility: {year} lists for the demo tree (signed and unsigned, accepted, returned and overdue "
        "items), a 述职述廉 round, a talk, a circular, a 问责 decision with its correction and a 容错 application"
    ]
