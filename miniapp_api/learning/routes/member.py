"""Mini-program and H5 endpoints of learning: heartbeats (the hot path), a member's own 学时, graph, ledger,
assignments, recommendations and ranking, studying a lesson and its quiz."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.learning import admin, assignments, catalogue, content, graph, progress, recommend
from miniapp_api.learning.certify import Beat, LessonNotFound
from miniapp_api.learning.progress import QuizMissing
from miniapp_api.learning.routes.common import now, year, zone
from miniapp_api.learning.runtime import runtime_of
from miniapp_api.learning.schemas import (
    AssignmentOut,
    ConfirmIn,
    HeartbeatIn,
    LedgerOut,
    LessonDetail,
    MemberGraphOut,
    MeOut,
    MyLedgerQuery,
    QuizResult,
    QuizSubmit,
    RankingOut,
    RecommendationList,
    YearQuery,
)
from server.core.appkeys import CLOCK, REDIS, SETTINGS
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes
from server.core.metrics import metrics_of
from server.core.schemas import Items, Page

routes = Routes("learning")
LESSON = r"/api/v1/learning/lessons/{id:\d+}"


# ---- the hot path -------------------------------------------------------------------------------

@routes.post("/api/v1/learning/heartbeats", "学习心跳（约每 15 秒一次）", auth=Auth.MEMBER, errors=[LessonNotFound],
             examples={"request": {"lesson_id": 31, "session_id": "h5lq8x2k9ab3c4", "position_s": 315.2,
                                   "playing": True, "visible": True, "seq": 12}})
async def heartbeat(request: web.Request, principal: Principal, body: HeartbeatIn) -> None:
    """播放或阅读时约每 15 秒发一次，开始、暂停、切到后台时立即发一次。只有上一次心跳时在播放且页面可见、且持有本人“同一时间只学一个课时”租约的会话才计时；计时不超过实际经过的时间与播放位置的前进，拖动进度、重放或乱序的心跳不计时。服务端不在每次心跳时读写数据库，认证时长每隔几秒批量落库。"""
    certifier, member_id = runtime_of(request.app).certifier, principal.member_id or 0
    if not certifier.admitted(member_id, body.lesson_id):
        # Once per member and lesson on each worker: only a lesson the member may study (their org's, an org's
        # above, or global, published, for their audience) earns time — not another branch's.
        member, org = await content.learner(principal)
        await content.study_lesson(member, org, body.lesson_id)
        certifier.admit(member_id, body.lesson_id)
    beat = Beat(body.lesson_id, body.session_id, body.position_s, body.playing, body.visible, body.seq)
    result = await certifier.beat(member_id, beat, request.config_dict[CLOCK].time())
    metrics_of(request.app).heartbeats.labels("credited" if result.credit_ms > 0 else result.reason or "uncredited").inc()


# ---- a member's own study -----------------------------------------------------------------------

@routes.get("/api/v1/learning/me", "我的学习：本年度学时、认证时长、在学课程与续播位置", auth=Auth.MEMBER)
async def me(request: web.Request, principal: Principal, query: YearQuery) -> MeOut:
    """本人某年度（缺省为本地时区的今年）的学时与目标（普通党员 32 学时，支部书记和委员 56 学时）、认证学习时长（含尚未落库的部分）、待完成的学习任务数，以及在学课程的进度和续播位置。"""
    member, _ = await content.learner(principal)
    return await progress.me(request.config_dict[REDIS], member, year(request, query.year),
                             request.config_dict[SETTINGS].learning)


@routes.get("/api/v1/learning/me/graph", "我的学习图谱（各主题掌握度）", auth=Auth.MEMBER)
async def my_graph(request: web.Request, principal: Principal, query: YearQuery) -> MemberGraphOut:
    """本人某年度在各主题上的认证学习分钟、测验得分和掌握度（0–100：学习时长占 60、测验占 40；没做测验时按时长计 80）。"""
    member, _ = await content.learner(principal)
    return await graph.member_graph(member.id, year(request, query.year), request.config_dict[SETTINGS].learning,
                                    zone(request))


@routes.get("/api/v1/learning/me/ledger", "我的学时明细", auth=Auth.MEMBER)
async def my_ledger(request: web.Request, principal: Principal, query: MyLedgerQuery) -> Page[LedgerOut]:
    """本人某年度（缺省为本地时区的今年）的学时记录，新的在前：完成课程、自由学习折算、主题党日、线下培训等，各带来源和说明。"""
    member, _ = await content.learner(principal)
    rows, total = await admin.my_ledger(member.id, year(request, query.year), query)
    return Page[LedgerOut].of(rows, total, query)


@routes.get("/api/v1/learning/me/assignments", "我的必学与补学任务", auth=Auth.MEMBER)
async def my_assignments(request: web.Request, principal: Principal) -> Items[AssignmentOut]:
    """本人的必学和补学任务：截止日期按本地时区给出（due_date），逾期未完成的 overdue 为 true。关联课程或课时的任务学完即自动完成。"""
    member, _ = await content.learner(principal)
    return Items[AssignmentOut](items=await assignments.my_assignments(member.id, zone(request), now(request)))


@routes.post(r"/api/v1/learning/me/assignments/{id:\d+}/confirm", "确认本人已完成补学（附说明）", auth=Auth.MEMBER,
             errors=[assignments.AssignmentNotFound, assignments.AssignmentDone, assignments.SelfConfirmRefused,
                     assignments.ConfirmElsewhere])
async def confirm_my_assignment(request: web.Request, principal: Principal, id: int, body: ConfirmIn) -> AssignmentOut:
    """党员说明补学内容（如已观看会议录像）后确认本人的补学完成。只适用于不关联课程的补学（self_confirm 为 true）：关联课程的学完即自动完成，必学由管理员确认；主题党日登记的补学请在会议页确认（那里确认后这里同时完成）。"""
    member, _ = await content.learner(principal)
    return await assignments.confirm_own(member.id, id, body.note, zone(request), now(request))


@routes.get("/api/v1/learning/recommendations", "为我推荐（附推荐理由）", auth=Auth.MEMBER)
async def recommendations(request: web.Request, principal: Principal) -> RecommendationList:
    """按优先级推荐课程并说明理由：待完成的必学、补学任务（按截止日期）；本人学得少的主题；同类组织党员在学的课程；本支部、全体党员学得多的课程。已学完的和看不到的课程不推荐。"""
    member, org = await content.learner(principal)
    return RecommendationList(items=await recommend.recommend(member, org, year(request), zone(request)))


@routes.get("/api/v1/learning/ranking", "本组织学时排名（组织开启后可见）", auth=Auth.MEMBER,
            errors=[admin.RankingDisabled])
async def ranking(request: web.Request, principal: Principal, query: YearQuery) -> RankingOut:
    """本人所在组织的党员按年度学时排名。默认关闭，只有组织管理员在学习设置中开启后才可见。"""
    member, org = await content.learner(principal)
    return await admin.ranking(member, org, year(request, query.year))


@routes.get(LESSON, "学习一个课时（内容、测验题目、我的进度）", auth=Auth.MEMBER, errors=[content.LessonMissing])
async def study_lesson(request: web.Request, principal: Principal, id: int) -> LessonDetail:
    """本人可学的已发布课时：媒体链接或正文、测验题目（不含答案）和本人进度（续播位置）。未发布或不在本人可学范围的课时视为不存在。"""
    member, org = await content.learner(principal)
    return await catalogue.study_lesson(request.config_dict[REDIS], member, org, id)


@routes.post(LESSON + "/quiz/attempts", "提交课时测验（提交后返回正确答案）", auth=Auth.MEMBER, status=201,
             errors=[content.LessonMissing, QuizMissing])
async def submit_quiz(request: web.Request, principal: Principal, id: int, body: QuizSubmit) -> QuizResult:
    """提交答案（题号 → 所选选项下标），返回得分、是否及格和每题的正确答案。可多次提交，学习图谱取每个课时的最好成绩。"""
    member, org = await content.learner(principal)
    lesson, _ = await content.study_lesson(member, org, id)
    return await progress.submit_quiz(member, lesson, body.answers, now(request))
