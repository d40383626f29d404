"""Console endpoints of learning: topics, courses, lessons, quizzes and media; the org's 学时 progress, graph,
xlsx report and settings; the 学时 ledger; required and make-up study (必学·补学)."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.learning import admin as org_admin
from miniapp_api.learning import assignments, catalogue, content, media, views
from miniapp_api.learning.models import CourseStatus
from miniapp_api.learning.routes.common import now, year, zone
from miniapp_api.learning.schemas import (
    AssignmentCreate,
    AssignmentOut,
    AssignmentQuery,
    AssignResult,
    ConfirmIn,
    CourseCreate,
    CourseOut,
    CourseUpdate,
    LedgerCreate,
    LedgerOut,
    LedgerQuery,
    LessonIn,
    LessonOut,
    LessonUpdate,
    MemberProgressRow,
    OrgGraphOut,
    OrgProgressQuery,
    OrgSettingsIn,
    OrgSettingsOut,
    QuizAdminOut,
    QuizIn,
    TopicCreate,
    TopicOut,
    TopicUpdate,
    YearQuery,
)
from miniapp_api.orgs.service import MemberNotFound, OrgNotFound, OutOfScope
from server.core.appkeys import REDIS, SETTINGS
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes, Upload
from server.core.http import XLSX, file_response
from server.core.schemas import Page

routes = Routes("learning")
SCOPE = [OrgNotFound, OutOfScope]  # every console call is limited to the caller's subtree
COURSE = [content.CourseNotFound, content.NotEditable]
LESSON_ERRORS = [content.LessonMissing, content.NotEditable]
COURSES = "/api/v1/learning/courses"
LESSON = r"/api/v1/learning/lessons/{id:\d+}"
ORG = r"/api/v1/learning/orgs/{id:\d+}"


# ---- the topic taxonomy (superadmin) ------------------------------------------------------------

@routes.post("/api/v1/learning/topics", "新增主题（超级管理员）", auth=Auth.SUPERADMIN, status=201,
             errors=[content.DuplicateTopic])
async def create_topic(request: web.Request, principal: Principal, body: TopicCreate) -> TopicOut:
    """在主题分类中加一个主题（名称不能重复），课程的主题只能从分类中选；记入审计日志。"""
    return TopicOut.model_validate(await content.create_topic(principal, body.name, body.sort))


@routes.patch(r"/api/v1/learning/topics/{id:\d+}", "修改主题（超级管理员）", auth=Auth.SUPERADMIN,
              errors=[content.TopicNotFound, content.DuplicateTopic])
async def update_topic(request: web.Request, principal: Principal, id: int, body: TopicUpdate) -> TopicOut:
    """改名、调整排序或停用/启用主题。停用的主题不能再用于新课程，已有课程不受影响；记入审计日志。"""
    return TopicOut.model_validate(await content.update_topic(principal, id, body.model_dump(exclude_unset=True)))


# ---- courses, lessons, quizzes, media ----------------------------------------------------------

@routes.post(COURSES, "创建课程（可同时创建课时与测验）", auth=Auth.ADMIN, status=201,
             errors=[*SCOPE, content.UnknownTopic, content.DurationRequired])
async def create_course(request: web.Request, principal: Principal, body: CourseCreate) -> CourseOut:
    """在本组织或下级组织建课程（本组织及其下级可见；超级管理员可建全局课程），可同时带课时和测验。新课程为草稿，发布后党员才能学习。媒体链接只接受 http(s) 网址或本站上传的文件；记入审计日志。"""
    return await views.course_out(await content.create_course(principal, body))


@routes.patch(COURSES + r"/{id:\d+}", "修改课程", auth=Auth.ADMIN, errors=[*COURSE, content.UnknownTopic])
async def update_course(request: web.Request, principal: Principal, id: int, body: CourseUpdate) -> CourseOut:
    """修改名称、简介、主题、学时、学习对象或封面；只能修改本组织及下级组织的课程（全局课程只有超级管理员能改）；记入审计日志。"""
    return await views.course_out(await content.update_course(principal, request.config_dict[REDIS], id, body))


@routes.post(COURSES + r"/{id:\d+}/publish", "发布课程", auth=Auth.ADMIN, errors=[*COURSE, content.EmptyCourse])
async def publish_course(request: web.Request, principal: Principal, id: int) -> CourseOut:
    """发布后党员即可学习（至少要有一个课时）；记入审计日志。"""
    course = await content.set_status(principal, request.config_dict[REDIS], id, CourseStatus.PUBLISHED, now(request))
    return await views.course_out(course)


@routes.post(COURSES + r"/{id:\d+}/archive", "下架课程", auth=Auth.ADMIN, errors=COURSE)
async def archive_course(request: web.Request, principal: Principal, id: int) -> CourseOut:
    """下架后党员不能再学习该课程（已得的学时保留），心跳立即不再计时；记入审计日志。"""
    course = await content.set_status(principal, request.config_dict[REDIS], id, CourseStatus.ARCHIVED, now(request))
    return await views.course_out(course)


@routes.post(COURSES + r"/{id:\d+}/lessons", "添加课时", auth=Auth.ADMIN, status=201,
             errors=[*COURSE, content.DurationRequired])
async def add_lesson(request: web.Request, principal: Principal, id: int, body: LessonIn) -> LessonOut:
    """在课程末尾加一个课时：音视频须填时长，图文不填时按每分钟 400 字估算阅读时间。媒体链接只接受 http(s) 网址或本站上传的文件，javascript:、data: 等会被拒绝；记入审计日志。"""
    lesson = await content.add_lesson(principal, id, body)
    return views.lesson_out(lesson, await views.quizzed_lessons([lesson.id]))


@routes.patch(LESSON, "修改课时", auth=Auth.ADMIN, errors=LESSON_ERRORS)
async def update_lesson(request: web.Request, principal: Principal, id: int, body: LessonUpdate) -> LessonOut:
    """修改标题、类型、时长、媒体链接、正文或序号；媒体链接只接受 http(s) 网址或本站上传的文件。记入审计日志。"""
    lesson = await content.update_lesson(principal, request.config_dict[REDIS], id, body)
    return views.lesson_out(lesson, await views.quizzed_lessons([lesson.id]))


@routes.delete(LESSON, "删除课时（无人学习过时）", auth=Auth.ADMIN, errors=[*LESSON_ERRORS, content.LessonInUse])
async def delete_lesson(request: web.Request, principal: Principal, id: int) -> None:
    """已有党员学习过的课时不能删除（可下架课程）；记入审计日志。"""
    await content.delete_lesson(principal, request.config_dict[REDIS], id)


@routes.get(LESSON + "/quiz", "课时测验（管理端，含答案）", auth=Auth.CONSOLE, errors=LESSON_ERRORS)
async def get_quiz(request: web.Request, principal: Principal, id: int) -> QuizAdminOut:
    """课时的测验题目、及格分和正确答案；没有测验时返回空题目、及格分 60。"""
    return await catalogue.admin_quiz(principal, id)


@routes.put(LESSON + "/quiz", "设置课时测验（单选/多选，及格线）", auth=Auth.ADMIN, errors=LESSON_ERRORS)
async def set_quiz(request: web.Request, principal: Principal, id: int, body: QuizIn) -> QuizAdminOut:
    """整体替换课时的测验（1–50 题，单选或多选，答案为选项下标）；党员看题时不含答案，提交后才看到。记入审计日志。"""
    quiz = await content.set_quiz(principal, id, body)
    return views.quiz_admin_out(quiz) if quiz else QuizAdminOut(pass_mark=body.pass_mark, questions=[], answers={})


@routes.delete(LESSON + "/quiz", "删除课时测验", auth=Auth.ADMIN, errors=LESSON_ERRORS)
async def delete_quiz(request: web.Request, principal: Principal, id: int) -> None:
    """删除课时的测验（已有的测验成绩保留）；记入审计日志。"""
    await content.set_quiz(principal, id, None)


@routes.post(LESSON + "/media", "上传课时音视频或文档（multipart，字段 file）", auth=Auth.ADMIN,
             errors=[*LESSON_ERRORS, media.BadMedia])
async def upload_media(request: web.Request, principal: Principal, id: int, upload: Upload) -> LessonOut:
    """上传 MP4 视频、MP3/M4A 音频或 PDF 文档（按文件内容核对类型），以随机文件名保存，并设为课时的媒体链接；记入审计日志。"""
    await content.manageable_lesson(principal, id)
    url = await media.save(request.config_dict[SETTINGS].media_dir, upload.content_type, upload.data)
    lesson = await content.set_media(principal, request.config_dict[REDIS], id, url)
    return views.lesson_out(lesson, await views.quizzed_lessons([lesson.id]))


# ---- org views ----------------------------------------------------------------------------------

@routes.get(ORG + "/progress", "组织学时进度（含下级；可只看未达标）", auth=Auth.CONSOLE, errors=SCOPE)
async def org_progress(request: web.Request, principal: Principal, id: int,
                       query: OrgProgressQuery) -> Page[MemberProgressRow]:
    """组织及其下级全体在册党员某年度的学时、目标和认证学习分钟，未达标的在前（差得多的更靠前）。"""
    rows, total = await org_admin.org_progress(principal, id, query, year(request, query.year),
                                               request.config_dict[SETTINGS].learning)
    return Page[MemberProgressRow].of(rows, total, query)


@routes.get(ORG + "/graph", "组织学习图谱：主题热力、达标率、课程完成率", auth=Auth.CONSOLE, errors=SCOPE)
async def org_graph(request: web.Request, principal: Principal, id: int, query: YearQuery) -> OrgGraphOut:
    """组织某年度的达标人数和达标率、各主题认证学习分钟、按下级组织的主题热力（人均分钟）和各课程的完成率。"""
    return await org_admin.org_graph(principal, id, year(request, query.year), request.config_dict[SETTINGS].learning)


@routes.get(ORG + "/report.xlsx", "导出组织年度学时报表（xlsx）", auth=Auth.CONSOLE, produces=XLSX, errors=SCOPE)
async def org_report(request: web.Request, principal: Principal, id: int, query: YearQuery) -> web.Response:
    """组织某年度的学时报表：党员学时与达标情况、主题热力、课程完成率、学时明细。导出记入审计日志。"""
    name, body = await org_admin.org_report(principal, id, year(request, query.year),
                                            request.config_dict[SETTINGS].learning)
    return file_response(body, name, XLSX)


@routes.get(ORG + "/settings", "组织学习设置", auth=Auth.CONSOLE, errors=SCOPE)
async def get_org_settings(request: web.Request, principal: Principal, id: int) -> OrgSettingsOut:
    """组织的学习设置：是否向本组织党员显示个人学时排名（默认关闭）。"""
    return await org_admin.get_org_settings(principal, id)


@routes.put(ORG + "/settings", "修改组织学习设置（个人排名默认关闭）", auth=Auth.ADMIN, errors=SCOPE)
async def set_org_settings(request: web.Request, principal: Principal, id: int, body: OrgSettingsIn) -> OrgSettingsOut:
    """开启或关闭本组织党员可见的个人学时排名；记入审计日志。"""
    return await org_admin.set_org_settings(principal, id, body.show_ranking)


# ---- the 学时 ledger ----------------------------------------------------------------------------

@routes.post("/api/v1/learning/ledger", "登记线下培训等学时", auth=Auth.ADMIN, status=201,
             errors=[MemberNotFound, OutOfScope])
async def add_ledger(request: web.Request, principal: Principal, body: LedgerCreate) -> LedgerOut:
    """为本组织或下级组织的党员登记线下培训、主题党日等学时，计入时间所在的本地年度；记入审计日志。"""
    return await org_admin.add_offline_entry(principal, body, zone(request), now(request))


@routes.get("/api/v1/learning/ledger", "学时台账（按组织或党员）", auth=Auth.CONSOLE,
            errors=[*SCOPE, MemberNotFound])
async def list_ledger(request: web.Request, principal: Principal, query: LedgerQuery) -> Page[LedgerOut]:
    """某党员或某组织（含下级，缺省为本人所在组织）的学时记录，新的在前，可按年度筛选。"""
    rows, total = await org_admin.list_ledger(principal, query)
    return Page[LedgerOut].of(rows, total, query)


# ---- 必学与补学 ---------------------------------------------------------------------------------

@routes.post("/api/v1/learning/assignments", "布置必学/补学任务", auth=Auth.ADMIN, status=201,
             errors=[*SCOPE, content.LessonMissing, content.CourseNotFound, assignments.NoMembers])
async def create_assignments(request: web.Request, principal: Principal, body: AssignmentCreate) -> AssignResult:
    """布置给组织（含下级）全体或指定在册党员。截止日期（due_date）按本地时区截止到当天 23:59:59。关联课程或课时的任务在党员学完后自动完成，已学完的立即完成；同一课程重复布置不会重复。记入审计日志。"""
    return AssignResult(assigned=await assignments.create_assignments(principal, body, zone(request), now(request)))


@routes.get("/api/v1/learning/assignments", "学习任务列表", auth=Auth.CONSOLE, errors=SCOPE)
async def list_assignments(request: web.Request, principal: Principal, query: AssignmentQuery) -> Page[AssignmentOut]:
    """组织（含下级）党员的必学、补学任务，可按状态筛选或只看逾期的；截止日期按本地时区给出，逾期未完成的 overdue 为 true。"""
    rows, total = await assignments.list_assignments(principal, query, zone(request), now(request))
    return Page[AssignmentOut].of(rows, total, query)


@routes.post(r"/api/v1/learning/assignments/{id:\d+}/confirm", "确认完成学习任务（附说明）", auth=Auth.ADMIN,
             errors=[assignments.AssignmentNotFound, MemberNotFound, OutOfScope])
async def confirm_assignment(request: web.Request, principal: Principal, id: int, body: ConfirmIn) -> AssignmentOut:
    """管理员确认党员已完成任务（如已线下补学），说明随记录保存；记入审计日志。"""
    return await assignments.confirm_assignment(principal, id, body.note, zone(request), now(request))
