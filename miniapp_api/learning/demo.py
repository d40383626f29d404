"""Demo data: a dozen courses across the topics and a few months of study by the demo members (idempotent)."""

from __future__ import annotations

import random
from datetime import date, time, timedelta
from typing import Any

from miniapp_api.learning import service
from miniapp_api.learning.content import ensure_topics
from miniapp_api.learning.models import (
    AssignmentKind,
    Course,
    CourseCompletion,
    CourseStatus,
    LedgerEntry,
    LedgerSource,
    Lesson,
    LessonKind,
    LessonProgress,
    Quiz,
    StudyDay,
)
from miniapp_api.orgs.models import Member
from server.core.domains import DemoContext

V, A, R = LessonKind.VIDEO, LessonKind.AUDIO, LessonKind.ARTICLE

# org key (None = global), title, topics, credit 学时, audience, lessons (kind, title, minutes, text)
COURSES: list[tuple[str | None, str, list[str], float, dict[str, list[str]], list[tuple[LessonKind, str, int, str]]]] = [
    (None, "党章逐章学", ["党章党规"], 4, {}, [
        (V, "总纲：我们为什么出发", 20, ""),
        (V, "党员的义务和权利", 20, ""),
        (R, "学习提示：把党章读成自己的行为清单", 8,
         "读党章不是背条文，而是对照自己。建议每学一章，写下三件事：这一章要求我做什么，我平时哪里做得还不够，"
         "下个月准备从哪件小事改起。党员的八项义务可以逐条对照工作日志，看看哪一条最容易被忽略；党员的权利同样"
         "要会用，比如在党的会议上负责任地发表意见。读完后在支部学习群里分享一条体会，既是复习也是互相提醒。"),
    ]),
    (None, "支部工作条例要点", ["党章党规", "业务知识"], 2, {}, [
        (R, "支部的基本任务与组织设置", 12,
         "党支部是党的基础组织，是团结群众的核心、教育党员的学校、攻坚克难的堡垒。正式党员三人以上就应当成立"
         "党支部；人数较多时可以设支部委员会，并按照工作需要划分党小组。支部书记要熟悉本支部每一名党员的情况，"
         "把组织生活、党员教育和服务群众统筹安排，避免只在检查前突击补材料。"),
        (R, "组织生活的几种形式", 10,
         "支部党员大会、支部委员会会议、党小组会和党课合称“三会一课”。主题党日通常每月开展一次，可以结合学习、"
         "志愿服务和过组织生活。组织生活会一般每年至少召开一次，开展批评和自我批评。记录要真实完整：时间、"
         "参加人、议题、讨论情况和决定事项，缺席的党员应当安排补学。"),
    ]),
    (None, "新时代创新理论专题", ["理论武装"], 4, {}, [
        (V, "专题导读", 30, ""),
        (A, "学习访谈：在岗位上落实理论学习", 20, ""),
    ]),
    (None, "怎样读原著：学习方法分享", ["理论武装"], 0, {}, [
        (R, "三遍读书法", 10,
         "第一遍通读，不急于下结论，只标出不理解的地方；第二遍精读，把关键论断和自己工作中的具体问题对应起来；"
         "第三遍带着问题读，找出能够指导下一步工作的要点。每次读完用三五句话写下收获，坚持下去比一次读很多更重要。"),
    ]),
    (None, "党史上的重要会议", ["党史"], 3, {}, [
        (V, "从一大到遵义会议", 25, ""),
        (V, "改革开放以来的重要会议", 25, ""),
    ]),
    (None, "红色家书诵读", ["党史"], 0, {}, [
        (A, "家书一：写给母亲的信", 12, ""),
        (A, "家书二：写给孩子的嘱托", 12, ""),
    ]),
    (None, "廉洁从政案例警示", ["廉政教育"], 2, {}, [
        (V, "从“小节”到“大错”", 18, ""),
        (R, "案例评析：人情往来的边界", 8,
         "许多违纪问题都始于一次看似普通的吃请或一份“小意思”。判断的办法很简单：这件事能不能公开说，如果不是因为"
         "我的职务，对方还会不会这样做。遇到拿不准的情况，及时向组织报告，比事后解释要主动得多。"),
    ]),
    (None, "中央八项规定精神解读", ["廉政教育"], 2, {}, [
        (R, "作风建设永远在路上", 15,
         "八项规定针对的是群众反映强烈的作风问题：会风文风、调查研究、厉行节约、公务接待等。基层党员要特别注意"
         "节假日前后的风气，不收送礼品礼金，不违规吃喝，不搞形式主义的迎检材料。作风好不好，群众看得最清楚。"),
    ]),
    (None, "党费收缴与使用规范", ["业务知识"], 1, {}, [
        (R, "党费怎么交、交多少", 10,
         "党员应当按月交纳党费，按照本人工资收入的一定比例计算，特殊情况可以按规定减免。党支部要按月收缴、"
         "定期公布收缴情况，党费专款专用，主要用于党员教育和基层组织建设。党员因故不能按时交纳的，可以补交。"),
    ]),
    (None, "发展党员工作流程", ["业务知识"], 2, {}, [
        (V, "从入党申请到转为正式党员", 15, ""),
        (R, "容易出错的几个环节", 10,
         "常见问题包括：培养考察记录不连续、政治审查材料不齐全、预备期满未及时讨论转正。建议支部为每名发展对象"
         "建立时间表，关键节点提前一个月提醒，会议讨论时做好表决记录。"),
    ]),
    ("committee", "园区企业党建工作实务", ["产业党建"], 3, {"org_types": ["开发区"]}, [
        (V, "园区党建与企业发展同频", 20, ""),
        (R, "联合党支部的组建与运行", 12,
         "规模较小的企业可以按照产业相近、地域相邻的原则组建联合党支部。支委会成员最好来自不同企业，定期轮流"
         "在成员企业开展主题党日；把技术攻关、人才培养和安全生产等企业关心的事作为党建活动的切入点。"),
    ]),
    ("committee", "产业链党建联盟案例", ["产业党建"], 2, {"org_types": ["开发区"]}, [
        (A, "上下游企业党组织怎样结对", 15, ""),
        (R, "联盟活动清单示例", 8,
         "一份实用的活动清单通常包括：季度联席会议、供需对接会、党员技术骨干互派交流、联合志愿服务。每项活动都"
         "应明确牵头单位、时间和预期成效，年底一起复盘。"),
    ]),
    ("b_service", "政务服务窗口党员示范岗", ["业务知识"], 1, {}, [
        (V, "窗口服务的细节", 10, ""),
    ]),
]
QUIZZES = {
    "支部工作条例要点": [("“三会一课”不包括下列哪一项？", ["支部党员大会", "党小组会", "年终表彰大会"], [2])],
    "党史上的重要会议": [("遵义会议召开于哪一年？", ["1935 年", "1945 年", "1921 年"], [0])],
    "中央八项规定精神解读": [("下列哪些做法符合作风建设要求？", ["不收礼品礼金", "节日公款吃喝", "轻车简从调研"], [0, 2])],
}
DAYS_BACK = 100


async def load_demo(ctx: DemoContext) -> list[str]:
    if await Course.exists(title=COURSES[0][1]):
        return ["learning: demo courses already present"]
    await ensure_topics()
    lessons = await _courses(ctx)
    members = [m for ids in ctx.members.values() for m in ids]
    days = await _study(ctx, lessons, members)
    await _extras(ctx)
    return [f"learning: {len(COURSES)} courses, {sum(len(v) for v in lessons.values())} lessons, "
            f"{days} study days of {len(members)} members"]


async def _courses(ctx: DemoContext) -> dict[int, list[Lesson]]:
    out: dict[int, list[Lesson]] = {}
    for org_key, title, topics, credit, audience, lessons in COURSES:
        course = await Course.create(
            org_id=ctx.orgs[org_key] if org_key else None, title=title, topics=topics, credit_hours=credit,
            audience=audience, status=CourseStatus.PUBLISHED, published_at=ctx.now - timedelta(days=DAYS_BACK + 10),
            summary=f"{'、'.join(topics)}｜{len(lessons)} 个课时",
        )
        rows = [await Lesson.create(course_id=course.id, seq=i, title=t, kind=k, duration_s=minutes * 60, body=text)
                for i, (k, t, minutes, text) in enumerate(lessons, start=1)]
        for text, options, answer in QUIZZES.get(title, []):
            await Quiz.create(lesson_id=rows[0].id, pass_mark=60, questions=[
                {"id": 1, "text": text, "kind": "multiple" if len(answer) > 1 else "single", "options": options,
                 "answer": answer}])
        out[course.id] = rows
    return out


async def _study(ctx: DemoContext, lessons: dict[int, list[Lesson]], member_ids: list[int]) -> int:
    """Each member studies some courses over the last months; the diligent ones finish most of them."""
    rng = random.Random(2026)
    today = ctx.settings.zone.date(ctx.now)
    start = max(today - timedelta(days=DAYS_BACK), date(today.year, 1, 1))
    span = max(1, (today - start).days - 1)
    members = {m.id: m for m in await Member.filter(id__in=member_ids).select_related("org")}
    courses = {c.id: c for c in await Course.filter(id__in=list(lessons))}
    days = 0
    for member_id in member_ids:
        member = members[member_id]
        diligence = rng.choice([0.3, 0.5, 0.8, 1.0])
        visible = [cid for cid, c in courses.items() if _visible(c, member, ctx)]
        for course_id in rng.sample(visible, k=max(1, round(len(visible) * diligence * 0.8))):
            finished = True
            for lesson in lessons[course_id]:
                share = 1.0 if rng.random() < diligence + 0.2 else rng.uniform(0.2, 0.8)
                day = start + timedelta(days=rng.randrange(span))
                await _progress(member_id, lesson, day, share, ctx)
                days += 1
                finished = finished and share >= 0.9
            if finished:
                await _complete(member_id, courses[course_id], start + timedelta(days=span), ctx)
    return days


def _visible(course: Course, member: Member, ctx: DemoContext) -> bool:
    aud = course.audience or {}
    return ((course.org_id is None or f"/{course.org_id}/" in member.org.path)
            and (not aud.get("org_types") or member.org.org_type.value in aud["org_types"]))


async def _progress(member_id: int, lesson: Lesson, day: date, share: float, ctx: DemoContext) -> None:
    seconds = int(lesson.duration_s * share)
    at = ctx.settings.zone.at(day, time(12))
    await StudyDay.create(member_id=member_id, lesson_id=lesson.id, course_id=lesson.course_id, day=day, year=day.year,
                          certified_ms=seconds * 1000)
    await LessonProgress.create(
        member_id=member_id, lesson_id=lesson.id, course_id=lesson.course_id, certified_ms=seconds * 1000,
        position_s=seconds if share < 0.9 else 0, frontier_s=seconds, last_beat_at=at.timestamp(),
        completed_at=at if share >= 0.9 else None,
    )
    course = await Course.get(id=lesson.course_id)
    if not course.credit_hours:  # the same one-row-per-day shape the flusher writes
        total = sum(await StudyDay.filter(member_id=member_id, day=day, course__credit_hours=0)
                    .values_list("certified_ms", flat=True)) // 1000  # type: ignore[arg-type]
        minutes = ctx.settings.learning.minutes_per_credit_hour
        await LedgerEntry.update_or_create(
            {"year": day.year, "hours": service.to_hours(total / (minutes * 60)), "at": at,
             "note": f"自由学习 {total // 60} 分钟（{minutes} 分钟折 1 学时）"},
            member_id=member_id, source=LedgerSource.FREE_STUDY, ref=day.isoformat())


async def _complete(member_id: int, course: Course, latest: date, ctx: DemoContext) -> None:
    zone = ctx.settings.zone
    last = await StudyDay.filter(member_id=member_id, course_id=course.id).order_by("-day").first()
    at = zone.at(last.day if last else latest, time(20))
    await CourseCompletion.create(member_id=member_id, course_id=course.id, completed_at=at, year=zone.year(at))
    if course.credit_hours:
        await service.add_ledger_entry(member_id, float(course.credit_hours), source="course", source_id=course.id,
                                       note=f"完成课程《{course.title}》", at=at, zone=zone)


async def _extras(ctx: DemoContext) -> None:
    """Offline training for the branch secretaries, and a make-up assignment from a missed party day."""
    at = ctx.now - timedelta(days=20)
    for ids in ctx.members.values():
        if ids:
            await service.add_ledger_entry(ids[0], 16, source="offline", source_id=None, note="党支部书记集中轮训（4 天）",
                                           at=at, zone=ctx.settings.zone)
    course = await Course.get(title="支部工作条例要点")
    absent: list[Any] = [ids[-1] for ids in ctx.members.values() if ids]
    await service.assign_makeup(absent, source="demo", source_id=1, title="补学：上月主题党日（支部工作条例）",
                                due_at=ctx.settings.zone.days_later_end(ctx.now, service.MAKEUP_DUE_DAYS), now=ctx.now,
                                course_id=course.id, kind=AssignmentKind.MAKEUP)
