"""HTTP routes of learning: heartbeats and a member's own study, content management, org views."""

from __future__ import annotations

import secrets

import aiohttp_jinja2
from aiohttp import web

from miniapp_api.learning import admin, content, graph, media, progress, recommend, views
from miniapp_api.learning.certify import Beat
from miniapp_api.learning.models import CourseStatus, LedgerEntry, Quiz, StudyAssignment
from miniapp_api.learning.runtime import runtime_of
from miniapp_api.learning.schemas import (
    AssignmentCreate,
    AssignmentOut,
    AssignmentQuery,
    AssignResult,
    ConfirmIn,
    CourseCreate,
    CourseOut,
    CourseQuery,
    CourseUpdate,
    HeartbeatIn,
    LedgerCreate,
    LedgerOut,
    LedgerQuery,
    LessonDetail,
    LessonIn,
    LessonOut,
    LessonUpdate,
    MemberGraphOut,
    MeOut,
    OrgGraphOut,
    OrgProgressQuery,
    OrgSettingsIn,
    OrgSettingsOut,
    QuizAdminOut,
    QuizIn,
    QuizResult,
    QuizSubmit,
    RankingOut,
    RecommendationList,
    TopicCreate,
    TopicOut,
    TopicUpdate,
    YearQuery,
)
from miniapp_api.learning.service import local_year
from server.core.appkeys import CLOCK, REDIS, SETTINGS
from server.core.auth import Role, require_admin, require_member, require_principal
from server.core.http import XLSX, file_response, json_response, match_int, page_response, read_json, read_query, read_upload
from server.core.openapi import api

routes = web.RouteTableDef()
TAGS = ["learning"]


def _year(request: web.Request, year: int | None = None) -> int:
    return year or local_year(request.config_dict[CLOCK].now(), request.config_dict[SETTINGS].timezone)


# ---- the hot path -------------------------------------------------------------------------------

@routes.post("/api/v1/learning/heartbeats")
@api("学习心跳（约每 15 秒一次）", tags=TAGS, body=HeartbeatIn, status=204, auth="member")
async def heartbeat(request: web.Request) -> web.Response:
    runtime, now = runtime_of(request.app), request.app[CLOCK].time()
    member_id = runtime.tokens.member_id(request, now)
    b = await read_json(request, HeartbeatIn)
    await runtime.certifier.beat(member_id, Beat(b.lesson_id, b.session_id, b.position_s, b.playing, b.visible, b.seq), now)
    return web.Response(status=204)


@routes.get("/h5/study")
async def h5_study(request: web.Request) -> web.Response:
    """A small H5 study page (login, 学时, resume, recommendations, a player that sends heartbeats)."""
    nonce = secrets.token_urlsafe(12)
    beat_s = request.config_dict[SETTINGS].learning.heartbeat_interval_s
    response = aiohttp_jinja2.render_template("h5_study.html", request, {"nonce": nonce, "beat_s": beat_s})
    response.headers["Cache-Control"] = "no-store"
    response.headers["Content-Security-Policy"] = (
        f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; connect-src 'self'; "
        "media-src 'self' https:; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
    return response


# ---- a member's own study ---------------------------------------------------------------------

@routes.get("/api/v1/learning/me")
@api("我的学习：本年度学时、认证时长、在学课程与续播位置", tags=TAGS, query=YearQuery, response=MeOut, auth="member")
async def me(request: web.Request) -> web.Response:
    member, _ = await content.learner(require_member(request))
    year = _year(request, read_query(request, YearQuery).year)
    return json_response(await progress.me(request.config_dict[REDIS], member, year, request.config_dict[SETTINGS].learning))


@routes.get("/api/v1/learning/me/graph")
@api("我的学习图谱（各主题掌握度）", tags=TAGS, query=YearQuery, response=MemberGraphOut, auth="member")
async def my_graph(request: web.Request) -> web.Response:
    member, _ = await content.learner(require_member(request))
    year = _year(request, read_query(request, YearQuery).year)
    return json_response(await graph.member_graph(member.id, year, request.config_dict[SETTINGS].learning))


@routes.get("/api/v1/learning/me/ledger")
@api("我的学时明细", tags=TAGS, query=LedgerQuery, auth="member")
async def my_ledger(request: web.Request) -> web.Response:
    member, _ = await content.learner(require_member(request))
    q = read_query(request, LedgerQuery)
    qs = LedgerEntry.filter(member_id=member.id, year=_year(request, q.year))
    rows = await qs.order_by("-at", "-id").offset(q.offset).limit(q.page_size)
    return page_response([admin.ledger_out(r) for r in rows], await qs.count(), q)


@routes.get("/api/v1/learning/me/assignments")
@api("我的必学与补学任务", tags=TAGS, auth="member")
async def my_assignments(request: web.Request) -> web.Response:
    member, _ = await content.learner(require_member(request))
    rows = await StudyAssignment.filter(member_id=member.id).order_by("status", "due_at", "id")
    return json_response({"items": [admin.assignment_out(a).model_dump(mode="json") for a in rows]})


@routes.get("/api/v1/learning/recommendations")
@api("为我推荐（附推荐理由）", tags=TAGS, response=RecommendationList, auth="member")
async def recommendations(request: web.Request) -> web.Response:
    member, org = await content.learner(require_member(request))
    return json_response(RecommendationList(items=await recommend.recommend(member, org, _year(request))))


@routes.get("/api/v1/learning/ranking")
@api("本组织学时排名（组织开启后可见）", tags=TAGS, query=YearQuery, response=RankingOut, auth="member")
async def ranking(request: web.Request) -> web.Response:
    member, org = await content.learner(require_member(request))
    return json_response(await admin.ranking(member, org, _year(request, read_query(request, YearQuery).year)))


@routes.get("/api/v1/learning/lessons/{id}")
@api("学习一个课时（内容、测验题目、我的进度）", tags=TAGS, response=LessonDetail, auth="member")
async def study_lesson(request: web.Request) -> web.Response:
    member, org = await content.learner(require_member(request))
    lesson, quiz = await content.study_lesson(member, org, match_int(request))
    states = await progress.lesson_states(request.config_dict[REDIS], member.id, [lesson.id])
    return json_response(views.lesson_detail(lesson, quiz, states.get(lesson.id)))


@routes.post("/api/v1/learning/lessons/{id}/quiz/attempts")
@api("提交课时测验（提交后返回正确答案）", tags=TAGS, body=QuizSubmit, response=QuizResult, status=201, auth="member")
async def submit_quiz(request: web.Request) -> web.Response:
    member, org = await content.learner(require_member(request))
    lesson, _ = await content.study_lesson(member, org, match_int(request))
    result = await progress.submit_quiz(member, lesson, (await read_json(request, QuizSubmit)).answers)
    return json_response(result, status=201)


# ---- courses (both sides) ---------------------------------------------------------------------

@routes.get("/api/v1/learning/topics")
@api("主题分类", tags=TAGS, auth="user")
async def list_topics(request: web.Request) -> web.Response:
    principal = require_principal(request)
    rows = await content.list_topics(include_inactive=principal.is_superadmin)
    return json_response({"items": [TopicOut.model_validate(t).model_dump() for t in rows]})


@routes.get("/api/v1/learning/courses")
@api("课程列表：管理员看所辖课程（含草稿），党员看可学课程", tags=TAGS, query=CourseQuery, auth="user")
async def list_courses(request: web.Request) -> web.Response:
    principal = require_principal(request)
    q = read_query(request, CourseQuery)
    if principal.role in (Role.ORG_ADMIN, Role.SUPERADMIN, Role.STAFF):
        rows, total = await content.admin_courses(principal, q)
        return page_response([await views.course_out(c) for c in rows], total, q)
    member, org = await content.learner(require_member(request))
    rows = [c for c in await content.visible_courses(member, org)
            if (not q.topic or q.topic in c.topics) and (not q.q or q.q in c.title)]
    states = await progress.lesson_states(request.config_dict[REDIS], member.id)
    page = rows[q.offset:q.offset + q.page_size]
    return page_response([await views.course_out(c, states) for c in page], len(rows), q)


@routes.get("/api/v1/learning/courses/{id}")
@api("课程详情（党员附带个人进度）", tags=TAGS, response=CourseOut, auth="user")
async def get_course(request: web.Request) -> web.Response:
    principal = require_principal(request)
    if principal.role in (Role.ORG_ADMIN, Role.SUPERADMIN, Role.STAFF):
        return json_response(await views.course_out(await content.manageable_course(principal, match_int(request))))
    member, org = await content.learner(require_member(request))
    course = await content.visible_course(member, org, match_int(request))
    states = await progress.lesson_states(request.config_dict[REDIS], member.id, [le.id for le in course.lessons])
    return json_response(await views.course_out(course, states))


# ---- content management (admin) ---------------------------------------------------------------

@routes.post("/api/v1/learning/topics")
@api("新增主题（超级管理员）", tags=TAGS, body=TopicCreate, response=TopicOut, status=201, auth="superadmin")
async def create_topic(request: web.Request) -> web.Response:
    principal = require_principal(request, Role.SUPERADMIN)
    data = await read_json(request, TopicCreate)
    return json_response(TopicOut.model_validate(await content.create_topic(principal, data.name, data.sort)), status=201)


@routes.patch("/api/v1/learning/topics/{id}")
@api("修改主题（超级管理员）", tags=TAGS, body=TopicUpdate, response=TopicOut, auth="superadmin")
async def update_topic(request: web.Request) -> web.Response:
    principal = require_principal(request, Role.SUPERADMIN)
    changes = (await read_json(request, TopicUpdate)).model_dump(exclude_unset=True)
    return json_response(TopicOut.model_validate(await content.update_topic(principal, match_int(request), changes)))


@routes.post("/api/v1/learning/courses")
@api("创建课程（可同时创建课时与测验）", tags=TAGS, body=CourseCreate, response=CourseOut, status=201, auth="admin")
async def create_course(request: web.Request) -> web.Response:
    course = await content.create_course(require_admin(request), await read_json(request, CourseCreate))
    return json_response(await views.course_out(course), status=201)


@routes.patch("/api/v1/learning/courses/{id}")
@api("修改课程", tags=TAGS, body=CourseUpdate, response=CourseOut, auth="admin")
async def update_course(request: web.Request) -> web.Response:
    principal = require_admin(request)
    data = await read_json(request, CourseUpdate)
    course = await content.update_course(principal, request.config_dict[REDIS], match_int(request), data)
    return json_response(await views.course_out(course))


async def _set_status(request: web.Request, status: CourseStatus) -> web.Response:
    course = await content.set_status(require_admin(request), request.config_dict[REDIS], match_int(request), status,
                                      request.config_dict[CLOCK].now())
    return json_response(await views.course_out(course))


@routes.post("/api/v1/learning/courses/{id}/publish")
@api("发布课程", tags=TAGS, response=CourseOut, auth="admin")
async def publish_course(request: web.Request) -> web.Response:
    return await _set_status(request, CourseStatus.PUBLISHED)


@routes.post("/api/v1/learning/courses/{id}/archive")
@api("下架课程", tags=TAGS, response=CourseOut, auth="admin")
async def archive_course(request: web.Request) -> web.Response:
    return await _set_status(request, CourseStatus.ARCHIVED)


@routes.post("/api/v1/learning/courses/{id}/lessons")
@api("添加课时", tags=TAGS, body=LessonIn, response=LessonOut, status=201, auth="admin")
async def add_lesson(request: web.Request) -> web.Response:
    lesson = await content.add_lesson(require_admin(request), match_int(request), await read_json(request, LessonIn))
    return json_response(views.lesson_out(lesson, await views.quizzed_lessons([lesson.id])), status=201)


@routes.patch("/api/v1/learning/lessons/{id}")
@api("修改课时", tags=TAGS, body=LessonUpdate, response=LessonOut, auth="admin")
async def update_lesson(request: web.Request) -> web.Response:
    principal = require_admin(request)
    data = await read_json(request, LessonUpdate)
    lesson = await content.update_lesson(principal, request.config_dict[REDIS], match_int(request), data)
    return json_response(views.lesson_out(lesson, await views.quizzed_lessons([lesson.id])))


@routes.delete("/api/v1/learning/lessons/{id}")
@api("删除课时（无人学习过时）", tags=TAGS, status=204, auth="admin")
async def delete_lesson(request: web.Request) -> web.Response:
    await content.delete_lesson(require_admin(request), request.config_dict[REDIS], match_int(request))
    return web.Response(status=204)


@routes.get("/api/v1/learning/lessons/{id}/quiz")
@api("课时测验（管理端，含答案）", tags=TAGS, response=QuizAdminOut, auth="admin")
async def get_quiz(request: web.Request) -> web.Response:
    lesson = await content.manageable_lesson(require_admin(request, write=False), match_int(request))
    quiz = await Quiz.get_or_none(lesson_id=lesson.id)
    if quiz is None:
        return json_response({"pass_mark": 60, "questions": [], "answers": {}})
    return json_response(views.quiz_admin_out(quiz))


@routes.put("/api/v1/learning/lessons/{id}/quiz")
@api("设置课时测验（单选/多选，及格线）", tags=TAGS, body=QuizIn, response=QuizAdminOut, auth="admin")
async def set_quiz(request: web.Request) -> web.Response:
    quiz = await content.set_quiz(require_admin(request), match_int(request), await read_json(request, QuizIn))
    assert quiz is not None
    return json_response(views.quiz_admin_out(quiz))


@routes.delete("/api/v1/learning/lessons/{id}/quiz")
@api("删除课时测验", tags=TAGS, status=204, auth="admin")
async def delete_quiz(request: web.Request) -> web.Response:
    await content.set_quiz(require_admin(request), match_int(request), None)
    return web.Response(status=204)


@routes.post("/api/v1/learning/lessons/{id}/media")
@api("上传课时音视频或文档（multipart，字段 file）", tags=TAGS, response=LessonOut, auth="admin",
     content_type="multipart/form-data")
async def upload_media(request: web.Request) -> web.Response:
    principal = require_admin(request)
    lesson_id = match_int(request)
    await content.manageable_lesson(principal, lesson_id)
    settings = request.config_dict[SETTINGS]
    _, ctype, body = await read_upload(request, settings.max_upload_bytes)
    url = await media.save(settings.media_dir, ctype, body)
    lesson = await content.set_media(principal, request.config_dict[REDIS], lesson_id, url)
    return json_response(views.lesson_out(lesson, await views.quizzed_lessons([lesson.id])))


@routes.get("/api/v1/learning/media/{name}")
@api("课时媒体文件", tags=TAGS, auth="none", produces="application/octet-stream")
async def get_media(request: web.Request) -> web.StreamResponse:
    path, ctype = media.path_of(request.config_dict[SETTINGS].media_dir, request.match_info["name"])
    return web.FileResponse(path, headers={"Content-Type": ctype, "Cache-Control": "public, max-age=86400"})


# ---- org views, ledger and assignments (admin) ---------------------------------------------------

@routes.get("/api/v1/learning/orgs/{id}/progress")
@api("组织学时进度（含下级；可只看未达标）", tags=TAGS, query=OrgProgressQuery, auth="admin")
async def org_progress(request: web.Request) -> web.Response:
    principal = require_admin(request, write=False)
    q = read_query(request, OrgProgressQuery)
    rows, total = await admin.org_progress(principal, match_int(request), q, _year(request, q.year),
                                           request.config_dict[SETTINGS].learning)
    return page_response(rows, total, q)


@routes.get("/api/v1/learning/orgs/{id}/graph")
@api("组织学习图谱：主题热力、达标率、课程完成率", tags=TAGS, query=YearQuery, response=OrgGraphOut, auth="admin")
async def org_graph(request: web.Request) -> web.Response:
    principal = require_admin(request, write=False)
    year = _year(request, read_query(request, YearQuery).year)
    return json_response(await admin.org_graph(principal, match_int(request), year, request.config_dict[SETTINGS].learning))


@routes.get("/api/v1/learning/orgs/{id}/report.xlsx")
@api("导出组织年度学时报表（xlsx）", tags=TAGS, query=YearQuery, auth="admin", produces=XLSX)
async def org_report(request: web.Request) -> web.Response:
    principal = require_admin(request, write=False)
    year = _year(request, read_query(request, YearQuery).year)
    name, body = await admin.org_report(principal, match_int(request), year, request.config_dict[SETTINGS].learning)
    return file_response(body, name, XLSX)


@routes.get("/api/v1/learning/orgs/{id}/settings")
@api("组织学习设置", tags=TAGS, response=OrgSettingsOut, auth="admin")
async def get_org_settings(request: web.Request) -> web.Response:
    return json_response(await admin.get_org_settings(require_admin(request, write=False), match_int(request)))


@routes.put("/api/v1/learning/orgs/{id}/settings")
@api("修改组织学习设置（个人排名默认关闭）", tags=TAGS, body=OrgSettingsIn, response=OrgSettingsOut, auth="admin")
async def set_org_settings(request: web.Request) -> web.Response:
    principal = require_admin(request)  # who may call is checked before the body is read
    data = await read_json(request, OrgSettingsIn)
    return json_response(await admin.set_org_settings(principal, match_int(request), data.show_ranking))


@routes.post("/api/v1/learning/ledger")
@api("登记线下培训等学时", tags=TAGS, body=LedgerCreate, response=LedgerOut, status=201, auth="admin")
async def add_ledger(request: web.Request) -> web.Response:
    entry = await admin.add_offline_entry(require_admin(request), await read_json(request, LedgerCreate),
                                          request.config_dict[CLOCK].now())
    return json_response(admin.ledger_out(entry), status=201)


@routes.get("/api/v1/learning/ledger")
@api("学时台账（按组织或党员）", tags=TAGS, query=LedgerQuery, auth="admin")
async def list_ledger(request: web.Request) -> web.Response:
    principal = require_admin(request, write=False)
    q = read_query(request, LedgerQuery)
    rows, total = await admin.list_ledger(principal, q)
    return page_response(rows, total, q)


@routes.post("/api/v1/learning/assignments")
@api("布置必学/补学任务", tags=TAGS, body=AssignmentCreate, response=AssignResult, status=201, auth="admin")
async def create_assignments(request: web.Request) -> web.Response:
    n = await admin.create_assignments(require_admin(request), await read_json(request, AssignmentCreate))
    return json_response(AssignResult(assigned=n), status=201)


@routes.get("/api/v1/learning/assignments")
@api("学习任务列表", tags=TAGS, query=AssignmentQuery, auth="admin")
async def list_assignments(request: web.Request) -> web.Response:
    principal = require_admin(request, write=False)
    q = read_query(request, AssignmentQuery)
    rows, total = await admin.list_assignments(principal, q)
    return page_response(rows, total, q)


@routes.post("/api/v1/learning/assignments/{id}/confirm")
@api("确认完成学习任务（附说明）", tags=TAGS, body=ConfirmIn, response=AssignmentOut, auth="admin")
async def confirm_assignment(request: web.Request) -> web.Response:
    principal = require_admin(request)
    data = await read_json(request, ConfirmIn)
    out = await admin.confirm_assignment(principal, match_int(request), data.note,
                                         request.config_dict[CLOCK].now())
    return json_response(out)
