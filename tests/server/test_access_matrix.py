"""The access matrix: every operation of the route table × every kind of caller × inside/outside the caller's subtree.

The operations come from the app itself (`routed_endpoints`), so a new endpoint is in the matrix the day it is
mounted: its declared `auth` fixes who is refused before the handler runs, and `DECISIONS` below must say how it
is scoped — an operation without a decision fails `test_every_operation_has_an_access_decision`.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from aiohttp import ClientResponse, FormData, web
from aiohttp.test_utils import TestClient
from openpyxl import load_workbook

from bot.models import UnansweredQuestion
from knowledge import service as knowledge_service
from knowledge.models import Document as KbDocument
from knowledge.schemas import UploadFields
from miniapp_api.accounts.models import User
from miniapp_api.assessment.models import Result as AssessmentResult
from miniapp_api.assessment.models import Run as AssessmentRun
from miniapp_api.evaluation.models import EvaluationCode as Code
from miniapp_api.evaluation.models import OrgCommentSetting as CommentSetting
from miniapp_api.evaluation.models import Rating
from miniapp_api.evaluation.models import ServicePoint as Point
from miniapp_api.evidence.models import EvidenceFile
from miniapp_api.learning.models import Course, LedgerEntry, Lesson, LessonProgress
from miniapp_api.learning.models import StudyAssignment as Assignment
from miniapp_api.orgs.models import Member, Organization, OrgKind
from miniapp_api.partyday.models import Meeting, Notice
from miniapp_api.rectification.models import Ticket
from server.app import create_app
from server.core.auth import Role
from server.core.endpoints import UNSAFE_METHODS, Auth, Endpoint, routed_endpoints
from server.core.http import XLSX
from tests.clock import TEST_EPOCH
from tests.factories import admin_headers, make_member, make_org, member_headers, roster_xlsx, wechat_headers
from tests.images import tiny_png
from tests.miniapp_api.evaluation.helpers import rate

# ---- callers ------------------------------------------------------------------------------------

ANONYMOUS, CITIZEN, MEMBER_A, MEMBER_B = "anonymous", "citizen", "member of A", "member of B"
STAFF, ADMIN_A, ADMIN_B, ADMIN_C, SUPER = "staff of the committee", "admin of A", "admin of B", "admin of the committee", "superadmin"
ADMIN_G = "admin of A's group"  # below A: A's own records are outside their subtree too
STAFF_B = "staff of B"
CALLERS = (ANONYMOUS, CITIZEN, MEMBER_A, MEMBER_B, STAFF, STAFF_B, ADMIN_A, ADMIN_B, ADMIN_G, ADMIN_C, SUPER)
ROLE = {ANONYMOUS: None, CITIZEN: Role.CITIZEN, MEMBER_A: Role.MEMBER, MEMBER_B: Role.MEMBER, STAFF: Role.STAFF,
        STAFF_B: Role.STAFF,
        ADMIN_A: Role.ORG_ADMIN, ADMIN_B: Role.ORG_ADMIN, ADMIN_G: Role.ORG_ADMIN, ADMIN_C: Role.ORG_ADMIN,
        SUPER: Role.SUPERADMIN}

# What "refused because of who you are" looks like; any other answer (404 for a dummy id, 422 for `{}`) is not.
UNAUTHORIZED = (401, "auth.unauthorized")
FORBIDDEN = (403, "auth.forbidden")
MEMBER_REQUIRED = (403, "auth.member_required")
AUTH_CODES = {"auth.unauthorized", "auth.invalid_token", "auth.token_expired", "auth.token_revoked", "auth.forbidden",
              "auth.member_required", "auth.bad_origin"}

_REGEX = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*):[^}]*\}")


def key_of(ep: Endpoint) -> str:
    """"METHOD path" with aiohttp's `{id:\\d+}` written `{id}`."""
    path = _REGEX.sub(lambda m: "{" + m.group(1) + "}", ep.path)
    return f"{ep.method} {path}"


def expected_refusal(auth: Auth, caller: str) -> tuple[int, str] | None:
    """How the kernel refuses `caller` for an operation of this audience (None: not refused for who they are)."""
    role = ROLE[caller]
    if auth in (Auth.NONE, Auth.OPTIONAL):
        return None
    if role is None:
        return UNAUTHORIZED
    if auth is Auth.USER:
        return None
    if auth is Auth.MEMBER:
        return None if caller in (MEMBER_A, MEMBER_B) else MEMBER_REQUIRED
    roles = auth.roles
    assert roles is not None, auth
    return None if role in roles else FORBIDDEN


# ---- the world every call is made in ------------------------------------------------------------

_serial = itertools.count(1)
SECRET_MARK = "甲密"  # in the names of branch A and its secretary: it must not show up in what B is shown


@dataclass
class World:
    """党委 C → 支部 A (→ 小组 A1) and 支部 B; one member in A and B each; one caller of every kind."""

    client: TestClient
    committee: Organization
    a: Organization
    group_a: Organization
    b: Organization
    member_a: Member
    member_b: Member
    headers: dict[str, dict[str, str]] = field(default_factory=dict)

    async def call(self, caller: str, method: str, path: str, *, json: Any = None, query: dict[str, Any] | None = None,
                   data: FormData | None = None) -> ClientResponse:
        kwargs: dict[str, Any] = {"headers": self.headers[caller], "params": query or {}}
        if data is not None:
            kwargs["data"] = data
        elif json is not None:
            kwargs["json"] = json
        return await self.client.request(method, path, allow_redirects=False, **kwargs)


async def build_world(client: TestClient) -> World:
    committee = await make_org(f"党委{next(_serial)}", OrgKind.COMMITTEE)
    a = await make_org(f"{SECRET_MARK}支部{next(_serial)}", OrgKind.BRANCH, committee)
    group_a = await make_org(f"小组A{next(_serial)}", OrgKind.GROUP, a)
    b = await make_org(f"支部B{next(_serial)}", OrgKind.BRANCH, committee)
    world = World(client, committee, a, group_a, b, await make_member(a, f"{SECRET_MARK}书记", posts=["书记"]),
                  await make_member(b, posts=["书记"]))
    world.headers = {
        ANONYMOUS: {}, CITIZEN: (await wechat_headers(client))[0],
        MEMBER_A: await member_headers(client, world.member_a), MEMBER_B: await member_headers(client, world.member_b),
        STAFF: await admin_headers(client, committee, role=Role.STAFF),
        STAFF_B: await admin_headers(client, b, role=Role.STAFF), ADMIN_A: await admin_headers(client, a),
        ADMIN_B: await admin_headers(client, b), ADMIN_G: await admin_headers(client, group_a),
        ADMIN_C: await admin_headers(client, committee),
        SUPER: await admin_headers(client),
    }
    return world


def dummy_path(ep: Endpoint) -> str:
    """The path with every parameter filled by a value that names nothing (ints in range, tokens of the right shape)."""
    return _PARAM.sub(lambda m: "999999999" if ep.path_params.get(m.group(1)) is int else "Zz9Zz9Zz9Zz9Zz9Zz9", ep.path)


_PARAM = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?\}")


def empty_upload() -> FormData:
    form = FormData()
    form.add_field("note", "x")
    return form


async def error_code(resp: ClientResponse) -> str | None:
    if resp.content_type != "application/json":
        return None
    body = await resp.json()
    return body.get("error", {}).get("code") if isinstance(body, dict) else None


# ---- every operation × every caller --------------------------------------------------------------


async def test_every_operation_refuses_exactly_the_callers_its_audience_excludes(client: TestClient) -> None:
    """Dummy ids and `{}` bodies: refused callers get the kernel's 401/403, everyone else gets past it."""
    world = await build_world(client)
    failures = []
    for ep in routed_endpoints(client.app):
        key, auth = key_of(ep), ep.auth
        decision = DECISIONS.get(key)
        narrowed = decision.narrowed if decision else {}
        for caller in CALLERS:
            want = expected_refusal(auth, caller) or narrowed.get(caller)
            resp = await world.call(caller, ep.method, dummy_path(ep), json={} if ep.body is not None or
                                    (ep.method in UNSAFE_METHODS and not ep.upload) else None,
                                    data=empty_upload() if ep.upload else None)
            got = (resp.status, await error_code(resp))
            if want is not None and got != want:
                failures.append(f"{key} as {caller}: want {want}, got {got}")
            elif want is None and ((resp.status in (401, 403) and got[1] in AUTH_CODES) or resp.status >= 500):
                failures.append(f"{key} as {caller} ({auth}): refused or broken: {got}")
    assert not failures, "\n".join(failures)


# ---- the decisions ------------------------------------------------------------------------------

Maker = Callable[[World], Awaitable["Target"]]


@dataclass
class Target:
    """A real resource of branch A, ready to be called: the path's parameters and a valid input."""

    params: dict[str, Any]
    json: Any = None
    query: dict[str, Any] | None = None
    upload: Callable[[], FormData] | None = None
    snapshot: Callable[[], Awaitable[Any]] | None = None  # what must not change when an outsider is refused


@dataclass
class Decision:
    """How an operation is scoped.

    kind: "org" (acts on something owned by an org: outsiders are refused, insiders are not), "self" (the caller's
    own records), "public" (capability URLs and public pages: holding the URL is the permission), "global"
    (platform-wide data: knowledge base, topics, audit, counters), "list" (collections already filtered to the
    caller's subtree; an `org_id` filter outside it is refused — a maker then gives the filter).
    narrowed: callers the audience admits but the operation refuses for who they are (e.g. a citizen on a course).
    """

    kind: str
    make: Maker | None = None
    refusal: tuple[int, str] = (403, "orgs.out_of_scope")
    narrowed: dict[str, tuple[int, str]] = field(default_factory=dict)
    members: tuple[int, str] | None = None  # a member of B is refused so (member-facing operations on A's data)
    inside_404: bool = False  # insiders may get 404 for a sub-resource the maker does not create
    insiders: tuple[str, ...] = (ADMIN_A, ADMIN_C, STAFF, MEMBER_A)  # those the audience admits are called inside


def row(model: Any, id: int) -> Callable[[], Awaitable[Any]]:
    async def values() -> Any:
        return await model.filter(id=id).values()
    return values


def count(model: Any, **where: Any) -> Callable[[], Awaitable[Any]]:
    async def counted() -> Any:
        return await model.filter(**where).count()
    return counted


def png_upload(**fields: str) -> Callable[[], FormData]:
    def form() -> FormData:
        data = FormData()
        for name, value in fields.items():
            data.add_field(name, value)
        data.add_field("file", tiny_png(), filename="a.png", content_type="image/png")
        return data
    return form


async def ok(resp: ClientResponse, status: int = 200) -> Any:
    assert resp.status == status, await resp.text()
    return await resp.json() if resp.content_type == "application/json" else None


# -- orgs and accounts


async def org_a(w: World) -> Target:
    return Target({"id": w.a.id}, json={"region": "某地"}, snapshot=row(Organization, w.a.id))


async def new_org_under_a(w: World) -> Target:
    return Target({}, json={"name": f"小组{next(_serial)}", "kind": "group", "parent_id": w.a.id},
                  snapshot=count(Organization, parent_id=w.a.id))


async def new_member_of_a(w: World) -> Target:
    return Target({"id": w.a.id}, json={"name": "新人", "phone": f"1371{next(_serial):07d}"},
                  snapshot=count(Member, org_id=w.a.id))


async def roster_for_a(w: World) -> Target:
    def form() -> FormData:
        data = FormData()
        content = roster_xlsx([["张新", f"1372{next(_serial):07d}", "正式党员", "", "", ""]])
        data.add_field("file", content, filename="roster.xlsx",
                       content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        return data
    return Target({"id": w.a.id}, upload=form, snapshot=count(Member, org_id=w.a.id))


async def member_in_a(w: World) -> Target:
    member = await make_member(w.a)
    return Target({"id": member.id}, json={"posts": ["宣传委员"]}, snapshot=row(Member, member.id))


async def console_user_in_a(w: World) -> Target:
    return Target({}, json={"username": f"u{next(_serial)}x", "password": "Passw0rd!new", "role": "org_admin",
                            "org_id": w.a.id}, snapshot=count(User, org_id=w.a.id))


# -- evidence


async def evidence_upload_in_a(w: World) -> Target:
    return Target({}, upload=png_upload(org_id=str(w.a.id)), snapshot=count(EvidenceFile, org_id=w.a.id))


async def evidence_of_a(w: World) -> Target:
    out = await ok(await w.call(SUPER, "POST", "/api/v1/evidence", data=png_upload(org_id=str(w.a.id))()), 201)
    return Target({"token": out["token"]})


# -- evaluation and rectification


async def point_of_a(w: World) -> Target:
    point = await ok(await w.call(SUPER, "POST", "/api/v1/evaluation/points",
                                  json={"org_id": w.a.id, "name": f"窗口{next(_serial)}"}), 201)
    return Target({"id": point["id"]}, json={"name": f"改名{next(_serial)}"}, snapshot=row(Point, point["id"]))


async def code_of_a(w: World) -> Target:
    target = await point_of_a(w)
    code = await ok(await w.call(SUPER, "POST", f"/api/v1/evaluation/points/{target.params['id']}/codes", json={}), 201)
    return Target({"id": target.params["id"], "code_id": code["id"], "token": code["token"]}, json={},
                  snapshot=row(Code, code["id"]))


async def comment_policy_of_a(w: World) -> Target:
    return Target({"id": w.a.id}, json={"policy": "publish_unflagged"},
                  snapshot=count(CommentSetting, org_id=w.a.id))


async def new_point_in_a(w: World) -> Target:
    return Target({}, json={"org_id": w.a.id, "name": f"窗口{next(_serial)}"}, snapshot=count(Point, org_id=w.a.id))


async def bad_rating_in_a(w: World) -> dict[str, Any]:
    code = await code_of_a(w)
    resp = await rate(w.client, code.params["token"], 1, tags=["办事拖沓"], comment="等了很久", contact="13700001234")
    return dict(await ok(resp, 201))


async def rating_of_a(w: World) -> Target:
    rating = await bad_rating_in_a(w)
    return Target({"id": rating["id"]}, json={"decision": "reject"}, snapshot=row(Rating, rating["id"]))


async def ticket_of_a(w: World) -> Target:
    rating = await bad_rating_in_a(w)
    return Target({"id": rating["ticket_id"]}, json={"action": "verify", "disposal": "immediate", "note": "已核实"},
                  snapshot=row(Ticket, rating["ticket_id"]))


def filter_a(**extra: Any) -> Maker:
    async def make(w: World) -> Target:
        return Target({}, query={"org_id": w.a.id, **extra})
    return make


# -- party days


def meeting_of_a(status: str = "draft") -> Maker:
    async def make(w: World) -> Target:
        starts = TEST_EPOCH + timedelta(days=3)
        meeting = await ok(await w.call(SUPER, "POST", "/api/v1/partydays", json={
            "org_id": w.a.id, "meeting_type": "theme_day", "title": "主题党日", "theme": "学习党章",
            "starts_at": starts.isoformat(), "ends_at": (starts + timedelta(hours=1)).isoformat(), "mode": "offline",
            "agenda": ["集中学习"]}), 201)
        if status == "published":
            await ok(await w.call(SUPER, "POST", f"/api/v1/partydays/{meeting['id']}/publish"))
        return Target({"id": meeting["id"], "member_id": w.member_a.id, "leave_id": 999999999, "poll_id": 999999999},
                      json={"title": "改过的标题"}, snapshot=row(Meeting, meeting["id"]))
    return make


def meeting_with(body: Any = None, upload: Callable[[], FormData] | None = None, status: str = "draft") -> Maker:
    async def make(w: World) -> Target:
        target = await meeting_of_a(status)(w)
        target.json, target.upload = body, upload
        return target
    return make


async def notice_of_member_a(w: World) -> Target:
    await meeting_of_a("published")(w)  # publishing notifies the expected members
    notice = await Notice.filter(member_id=w.member_a.id).order_by("-id").first()
    assert notice is not None
    return Target({"id": notice.id}, snapshot=row(Notice, notice.id))


async def new_meeting_in_a(w: World) -> Target:
    starts = TEST_EPOCH + timedelta(days=3)
    return Target({}, json={"org_id": w.a.id, "meeting_type": "theme_day", "title": "主题党日",
                            "starts_at": starts.isoformat(), "ends_at": (starts + timedelta(hours=1)).isoformat()},
                  snapshot=count(Meeting, org_id=w.a.id))


async def past_meeting_in_a(w: World) -> Target:
    starts = TEST_EPOCH - timedelta(days=3)
    return Target({}, json={"org_id": w.a.id, "meeting_type": "branch_committee", "title": "补录的支委会",
                            "starts_at": starts.isoformat(), "ends_at": (starts + timedelta(hours=1)).isoformat()},
                  snapshot=count(Meeting, org_id=w.a.id))


# -- learning


async def course_of_a(w: World, *, publish: bool = False) -> dict[str, Any]:
    course = await ok(await w.call(SUPER, "POST", "/api/v1/learning/courses", json={
        "org_id": w.a.id, "title": f"课程{next(_serial)}", "topics": ["党章党规"], "credit_hours": 1,
        "lessons": [{"title": "第一课", "kind": "article", "body": "学习内容" * 20, "duration_s": 60,
                     "quiz": {"questions": [{"text": "一道题", "options": ["甲", "乙"], "answer": [0]}]}}]}), 201)
    if publish:
        course = await ok(await w.call(SUPER, "POST", f"/api/v1/learning/courses/{course['id']}/publish"))
    return dict(course)


def course(body: Any = None, publish: bool = False) -> Maker:
    async def make(w: World) -> Target:
        c = await course_of_a(w, publish=publish)
        return Target({"id": c["id"]}, json=body, snapshot=row(Course, c["id"]))
    return make


def lesson(body: Any = None, publish: bool = False, upload: Callable[[], FormData] | None = None) -> Maker:
    async def make(w: World) -> Target:
        c = await course_of_a(w, publish=publish)
        lesson_id = c["lessons"][0]["id"]
        return Target({"id": lesson_id}, json=body, upload=upload, snapshot=row(Lesson, lesson_id))
    return make


async def heartbeat_on_lesson_of_a(w: World) -> Target:
    c = await course_of_a(w, publish=True)
    lesson_id = c["lessons"][0]["id"]
    return Target({}, json={"lesson_id": lesson_id, "session_id": f"matrix{next(_serial)}", "position_s": 0,
                            "playing": True, "visible": True, "seq": 1},
                  snapshot=count(LessonProgress, lesson_id=lesson_id))


def org_a_with(body: Any = None, query: dict[str, Any] | None = None) -> Maker:
    async def make(w: World) -> Target:
        return Target({"id": w.a.id}, json=body, query=query)
    return make


async def new_course_in_a(w: World) -> Target:
    return Target({}, json={"org_id": w.a.id, "title": f"课程{next(_serial)}", "topics": ["党章党规"]},
                  snapshot=count(Course, org_id=w.a.id))


async def ledger_entry_for_member_a(w: World) -> Target:
    return Target({}, json={"member_id": w.member_a.id, "hours": 1, "note": "线下培训"},
                  snapshot=count(LedgerEntry, member_id=w.member_a.id))


async def assignment_in_a(w: World) -> Target:
    return Target({}, json={"org_id": w.a.id, "title": f"必学{next(_serial)}", "member_ids": [w.member_a.id]},
                  snapshot=count(Assignment, member_id=w.member_a.id))


async def assignment_of_a(w: World, kind: str = "required") -> Target:
    await ok(await w.call(SUPER, "POST", "/api/v1/learning/assignments", json={
        "org_id": w.a.id, "title": f"任务{next(_serial)}", "kind": kind, "member_ids": [w.member_a.id]}), 201)
    latest = await Assignment.filter(member_id=w.member_a.id).order_by("-id").first()
    assert latest is not None
    return Target({"id": latest.id}, json={"note": "已完成"}, snapshot=row(Assignment, latest.id))


async def makeup_of_member_a(w: World) -> Target:
    return await assignment_of_a(w, "makeup")


# -- knowledge base and bot


async def document_of_a(w: World) -> Target:
    """A regulation uploaded by A's admin: it belongs to A's subtree."""
    text = f"示例规定{next(_serial)}\n第一条　本规定适用于示例支部。\n".encode()
    out = await knowledge_service.ingest("规定.txt", text, UploadFields(), None, w.a.id)
    doc_id = out.document.id
    return Target({"id": doc_id}, json={"doc_number": "示〔2026〕1号"}, snapshot=row(KbDocument, doc_id))


async def unanswered_of_a(w: World) -> Target:
    """A question A's member asked that the bot could not answer."""
    q = await UnansweredQuestion.create(question="巡视组进驻要提前几天通知？", org_id=w.a.id)
    return Target({"id": q.id}, snapshot=row(UnansweredQuestion, q.id))


# -- assessment


async def run_in_a(w: World) -> Target:
    return Target({}, json={"org_id": w.a.id, "period": "2026-05"}, snapshot=count(AssessmentRun, org_id=w.a.id))


async def run_of_a(w: World) -> Target:
    out = await ok(await w.call(SUPER, "POST", "/api/v1/assessment/runs", json={"org_id": w.a.id, "period": "2026-05"}),
                   201)
    return Target({"id": out["id"]})


async def yellow_result_of_a(w: World) -> Target:
    """A has no meetings and no 学时 in the period: its result is a 黄色预警."""
    target = await run_of_a(w)
    run = await ok(await w.call(SUPER, "GET", f"/api/v1/assessment/runs/{target.params['id']}"))
    result = next(r for r in run["results"] if r["org_id"] == w.a.id)
    assert result["colour"] == "yellow", result
    return Target({"id": result["id"]}, json={"interviewer": "组织委员", "held_on": "2026-06-01", "notes": "谈话记录"},
                  snapshot=row(AssessmentResult, result["id"]))


KB_OUT_OF_SCOPE = (403, "knowledge.out_of_scope")
ORG = Decision("org", org_a)
PUBLIC, SELF, GLOBAL, LIST = Decision("public"), Decision("self"), Decision("global"), Decision("list")
HIDDEN_MEETING = (403, "partyday.not_expected")
NOT_HOST = (403, "partyday.not_host")
COURSE_HIDDEN = (404, "learning.course_not_found")
LESSON_HIDDEN = (404, "learning.lesson_not_found")
NOT_EDITABLE = (403, "learning.not_editable")  # learning's refusal for another org's course


def content(make: Maker) -> Decision:
    """A course or lesson of branch A: learning refuses other orgs' content with learning.not_editable."""
    return Decision("org", make, refusal=NOT_EDITABLE)


HOSTS = (ADMIN_A, ADMIN_C, MEMBER_A)  # the live meeting is run by admins in scope and the branch secretary, not staff

DECISIONS: dict[str, Decision] = {
    # orgs and members
    "POST /api/v1/orgs": Decision("org", new_org_under_a),
    "GET /api/v1/orgs/tree": LIST,
    "GET /api/v1/orgs/{id}": ORG,
    "PATCH /api/v1/orgs/{id}": ORG,
    "POST /api/v1/orgs/{id}/members": Decision("org", new_member_of_a),
    "GET /api/v1/orgs/{id}/members": ORG,
    "POST /api/v1/orgs/{id}/members/import": Decision("org", roster_for_a),
    "GET /api/v1/orgs/{id}/members/export.xlsx": ORG,
    "GET /api/v1/members/import-template.xlsx": GLOBAL,
    "GET /api/v1/members/{id}": Decision("org", member_in_a),
    "PATCH /api/v1/members/{id}": Decision("org", member_in_a),
    "DELETE /api/v1/members/{id}": Decision("org", member_in_a),
    # accounts
    "POST /api/v1/auth/login": PUBLIC,
    "POST /api/v1/auth/wechat": PUBLIC,
    "POST /api/v1/auth/refresh": PUBLIC,
    "GET /api/v1/me": SELF,
    "POST /api/v1/me/bind": SELF,
    "POST /api/v1/admin/users": Decision("org", console_user_in_a),
    # audit, evidence
    "GET /api/v1/audit": GLOBAL,
    "POST /api/v1/evidence": Decision("org", evidence_upload_in_a),
    "GET /api/v1/evidence/{token}": Decision("org", evidence_of_a, refusal=(404, "evidence.not_found"),
                                             members=(404, "evidence.not_found")),
    # assessment
    "GET /api/v1/assessment/indicator-sets": GLOBAL,
    "POST /api/v1/assessment/indicator-sets": GLOBAL,  # platform-wide versions: committee admins only (a 403 code)
    "PUT /api/v1/assessment/indicator-sets/{id}": GLOBAL,
    "GET /api/v1/assessment/periods": GLOBAL,
    "POST /api/v1/assessment/periods/{id}/close": GLOBAL,
    "POST /api/v1/assessment/runs": Decision("org", run_in_a),
    "GET /api/v1/assessment/runs": Decision("list", filter_a()),
    "GET /api/v1/assessment/runs/{id}": Decision("org", run_of_a),
    "GET /api/v1/assessment/runs/{id}/report.xlsx": Decision("org", run_of_a),
    "POST /api/v1/assessment/results/{id}/interview": Decision("org", yellow_result_of_a),
    "GET /api/v1/assessment/orgs/{id}/history": ORG,
    "GET /api/v1/assessment/warnings": Decision("list", filter_a()),
    "GET /api/v1/me/assessment": SELF,
    # rectification
    "GET /api/v1/rectifications": Decision("list", filter_a()),
    "GET /api/v1/rectifications/{id}": Decision("org", ticket_of_a),
    "POST /api/v1/rectifications/{id}/actions": Decision("org", ticket_of_a),
    "GET /api/v1/rectifications/{id}/contact": Decision("org", ticket_of_a, insiders=(ADMIN_A,)),
    "GET /api/v1/rectifications/export.xlsx": Decision("list", filter_a()),
    # evaluation (console)
    "POST /api/v1/evaluation/points": Decision("org", new_point_in_a),
    "GET /api/v1/evaluation/points": Decision("list", filter_a()),
    "PATCH /api/v1/evaluation/points/{id}": Decision("org", point_of_a),
    "POST /api/v1/evaluation/points/{id}/codes": Decision("org", code_of_a),
    "GET /api/v1/evaluation/points/{id}/codes": Decision("org", point_of_a),
    "POST /api/v1/evaluation/points/{id}/codes/{code_id}/revoke": Decision("org", code_of_a),
    "POST /api/v1/evaluation/points/{id}/codes/{code_id}/rotate": Decision("org", code_of_a),
    "GET /api/v1/evaluation/sheet": Decision("list", filter_a()),
    "GET /api/v1/evaluation/ratings": Decision("list", filter_a()),
    "POST /api/v1/evaluation/ratings/{id}/moderation": Decision("org", rating_of_a),
    "GET /api/v1/evaluation/stats": Decision("list", filter_a()),
    "GET /api/v1/evaluation/report.xlsx": Decision("list", filter_a()),
    "GET /api/v1/evaluation/ratings.xlsx": Decision("list", filter_a()),
    "GET /api/v1/evaluation/orgs/{id}/comment-policy": ORG,
    "PUT /api/v1/evaluation/orgs/{id}/comment-policy": Decision("org", comment_policy_of_a),
    "POST /api/v1/evaluation/counters/rebuild": GLOBAL,
    # evaluation (public: the code's token is the permission)
    "GET /api/v1/evaluation/codes/{token}": PUBLIC,
    "POST /api/v1/evaluation/codes/{token}/ratings": PUBLIC,
    "POST /api/v1/evaluation/codes/{token}/followups": PUBLIC,
    "GET /api/v1/evaluation/codes/{token}/qr.png": PUBLIC,
    "GET /api/v1/evaluation/codes/{token}/qr.svg": PUBLIC,
    "GET /api/v1/evaluation/codes/{token}/wxacode.png": PUBLIC,
    "GET /e/{token}": PUBLIC,
    # party days (console and host)
    "GET /api/v1/partydays": Decision("list", filter_a()),
    "POST /api/v1/partydays": Decision("org", new_meeting_in_a),
    "POST /api/v1/partydays/backfill": Decision("org", past_meeting_in_a, members=NOT_HOST, insiders=HOSTS),
    "PATCH /api/v1/partydays/{id}": Decision("org", meeting_of_a()),
    "DELETE /api/v1/partydays/{id}": Decision("org", meeting_of_a()),
    "PUT /api/v1/partydays/{id}/attendees": Decision("org", meeting_with({"member_ids": []})),
    "POST /api/v1/partydays/{id}/publish": Decision("org", meeting_with()),
    "POST /api/v1/partydays/{id}/archive": Decision("org", meeting_with()),
    "POST /api/v1/partydays/{id}/start": Decision("org", meeting_with(status="published"), members=NOT_HOST),
    "POST /api/v1/partydays/{id}/end": Decision("org", meeting_with(status="published"), members=NOT_HOST),
    "GET /api/v1/partydays/{id}/signin-code": Decision("org", meeting_with(status="published"), members=NOT_HOST,
                                                       insiders=HOSTS),
    "POST /api/v1/partydays/{id}/signout-all": Decision("org", meeting_with(status="published"), members=NOT_HOST),
    "GET /api/v1/partydays/{id}/attendance": Decision("org", meeting_with(status="published"), members=NOT_HOST),
    "GET /api/v1/partydays/{id}/leaves": Decision("org", meeting_with(status="published"), members=NOT_HOST,
                                                  insiders=HOSTS),
    "POST /api/v1/partydays/{id}/leaves/{leave_id}/decision": Decision(
        "org", meeting_with({"approve": True}, status="published"), members=NOT_HOST, inside_404=True),
    "GET /api/v1/partydays/{id}/minutes": Decision("org", meeting_with(status="published"), members=NOT_HOST),
    "PUT /api/v1/partydays/{id}/minutes": Decision("org", meeting_with({"notes": "记录"}, status="published"),
                                                   members=NOT_HOST),
    "POST /api/v1/partydays/{id}/photos": Decision("org", meeting_with(upload=png_upload(), status="published"),
                                                   members=NOT_HOST),
    "GET /api/v1/partydays/{id}/photos": Decision("org", meeting_with(status="published"), members=NOT_HOST),
    "POST /api/v1/partydays/{id}/makeup/{member_id}": Decision("org", meeting_with({"note": "已补学"}, status="published"),
                                                               members=NOT_HOST),
    "POST /api/v1/partydays/{id}/polls": Decision("org", meeting_with({"question": "是否同意"}, status="published"),
                                                  members=NOT_HOST),
    "POST /api/v1/partydays/{id}/polls/{poll_id}/close": Decision("org", meeting_with(status="published"),
                                                                  members=NOT_HOST, inside_404=True),
    "GET /api/v1/partydays/ledger.xlsx": Decision("list", filter_a()),
    "GET /api/v1/partydays/cadence": Decision("list", filter_a()),
    # party days (members)
    "GET /api/v1/me/partydays": SELF,
    "GET /api/v1/me/notices": SELF,
    "POST /api/v1/me/notices/read-all": SELF,
    "POST /api/v1/me/notices/{id}/read": Decision("self", notice_of_member_a, members=(404, "partyday.notice_not_found")),
    "GET /api/v1/partydays/{id}": Decision("org", meeting_with(status="published"), members=HIDDEN_MEETING),
    "POST /api/v1/partydays/{id}/signin": Decision("org", meeting_with({"code": "000000"}, status="published"),
                                                   members=HIDDEN_MEETING),
    "POST /api/v1/partydays/{id}/signout": Decision("org", meeting_with({"code": "000000"}, status="published"),
                                                    members=HIDDEN_MEETING),
    "POST /api/v1/partydays/{id}/leave": Decision("org", meeting_with({"reason": "出差在外"}, status="published"),
                                                  members=HIDDEN_MEETING),
    "POST /api/v1/partydays/{id}/makeup": Decision("org", meeting_with({"note": "已补学"}, status="published"),
                                                   members=HIDDEN_MEETING),
    "GET /api/v1/partydays/{id}/polls": Decision("org", meeting_with(status="published"), members=HIDDEN_MEETING),
    "GET /api/v1/partydays/{id}/room": Decision("org", meeting_with(status="published"), members=HIDDEN_MEETING,
                                                refusal=HIDDEN_MEETING, insiders=HOSTS),
    "GET /api/v1/partydays/photos/{token}": PUBLIC,
    "GET /api/v1/partydays/{id}/signin-qr.svg": PUBLIC,
    # learning (members)
    "POST /api/v1/learning/heartbeats": Decision("self", heartbeat_on_lesson_of_a, members=LESSON_HIDDEN,
                                                 insiders=(MEMBER_A,)),
    "GET /api/v1/learning/me": SELF,
    "GET /api/v1/learning/me/graph": SELF,
    "GET /api/v1/learning/me/ledger": SELF,
    "GET /api/v1/learning/me/assignments": SELF,
    "POST /api/v1/learning/me/assignments/{id}/confirm": Decision(
        "self", makeup_of_member_a, members=(404, "learning.assignment_not_found"), insiders=(MEMBER_A,)),
    "GET /api/v1/learning/recommendations": SELF,
    "GET /api/v1/learning/ranking": SELF,
    "GET /api/v1/learning/lessons/{id}": Decision("org", lesson(publish=True), members=LESSON_HIDDEN),
    "POST /api/v1/learning/lessons/{id}/quiz/attempts": Decision("org", lesson({"answers": {}}, publish=True),
                                                                 members=LESSON_HIDDEN),
    "GET /api/v1/learning/topics": GLOBAL,
    "GET /api/v1/learning/courses": Decision("list", filter_a(), narrowed={CITIZEN: MEMBER_REQUIRED}),
    "GET /api/v1/learning/courses/{id}": Decision("org", course(publish=True), members=COURSE_HIDDEN,
                                                  refusal=NOT_EDITABLE,                                                  narrowed={CITIZEN: MEMBER_REQUIRED}),
    # learning (console)
    "POST /api/v1/learning/topics": GLOBAL,
    "PATCH /api/v1/learning/topics/{id}": GLOBAL,
    "POST /api/v1/learning/courses": Decision("org", new_course_in_a),
    "PATCH /api/v1/learning/courses/{id}": content(course({"summary": "改过"})),
    "POST /api/v1/learning/courses/{id}/publish": content(course()),
    "POST /api/v1/learning/courses/{id}/archive": content(course(publish=True)),
    "POST /api/v1/learning/courses/{id}/lessons": content(course({"title": "新课", "kind": "article",
                                                                          "body": "内容", "duration_s": 60})),
    "PATCH /api/v1/learning/lessons/{id}": content(lesson({"title": "改名"})),
    "DELETE /api/v1/learning/lessons/{id}": content(lesson()),
    "GET /api/v1/learning/lessons/{id}/quiz": content(lesson()),
    "PUT /api/v1/learning/lessons/{id}/quiz": content(lesson(
        {"questions": [{"text": "题", "options": ["甲", "乙"], "answer": [1]}]})),
    "DELETE /api/v1/learning/lessons/{id}/quiz": content(lesson()),
    "POST /api/v1/learning/lessons/{id}/media": content(lesson(upload=png_upload())),
    "GET /api/v1/learning/media/{name}": PUBLIC,
    "GET /h5/partyday": PUBLIC,  # the members' H5 party-day page; what it shows comes from their own API calls
    "GET /h5/study": PUBLIC,  # the H5 study page; what it shows comes from the member's own API calls
    "GET /api/v1/learning/orgs/{id}/progress": Decision("org", org_a_with()),
    "GET /api/v1/learning/orgs/{id}/graph": Decision("org", org_a_with()),
    "GET /api/v1/learning/orgs/{id}/report.xlsx": Decision("org", org_a_with()),
    "GET /api/v1/learning/orgs/{id}/settings": Decision("org", org_a_with()),
    "PUT /api/v1/learning/orgs/{id}/settings": Decision("org", org_a_with({"show_ranking": True})),
    "POST /api/v1/learning/ledger": Decision("org", ledger_entry_for_member_a),
    "GET /api/v1/learning/ledger": Decision("list", filter_a()),
    "POST /api/v1/learning/assignments": Decision("org", assignment_in_a),
    "GET /api/v1/learning/assignments": Decision("list", filter_a()),
    "POST /api/v1/learning/assignments/{id}/confirm": Decision("org", assignment_of_a),
    # bot and knowledge base: documents belong to the uploading org's subtree (a superadmin's are global);
    # feedback and unanswered questions to the asker's org's subtree
    "POST /api/v1/bot/ask": PUBLIC,
    "GET /api/v1/bot/ask/stream": PUBLIC,
    "POST /api/v1/bot/feedback": PUBLIC,
    "GET /api/v1/bot/feedback": LIST,
    "GET /api/v1/bot/unanswered": LIST,
    "POST /api/v1/bot/unanswered/{id}/resolve": Decision("org", unanswered_of_a, refusal=KB_OUT_OF_SCOPE),
    "POST /api/v1/knowledge/documents": SELF,  # stored under the uploader's own org
    "GET /api/v1/knowledge/documents": LIST,  # the global documents and the caller's subtree's
    "GET /api/v1/knowledge/documents/{id}": Decision("org", document_of_a, refusal=KB_OUT_OF_SCOPE),
    "GET /api/v1/knowledge/documents/{id}/versions": Decision("org", document_of_a, refusal=KB_OUT_OF_SCOPE),
    "PATCH /api/v1/knowledge/documents/{id}": Decision("org", document_of_a, refusal=KB_OUT_OF_SCOPE),
    "DELETE /api/v1/knowledge/documents/{id}": Decision("org", document_of_a, refusal=KB_OUT_OF_SCOPE),
    "GET /api/v1/knowledge/status": GLOBAL,  # counts of this worker's index
    "GET /api/v1/calendar": GLOBAL,
}


# ---- every operation has a decision -------------------------------------------------------------


def route_keys(app: web.Application) -> set[str]:
    """Every mounted route as "METHOD path", declared or not (a page still on a plain handler counts)."""
    keys = set()
    for route in app.router.routes():
        info = route.resource.get_info() if route.resource else {}
        path = _REGEX.sub(lambda m: "{" + m.group(1) + "}", info.get("formatter") or info.get("path") or "")
        keys.add(f"{route.method} {path}")
    return keys


def test_every_operation_has_an_access_decision(make_settings: Callable[..., Any]) -> None:
    app = create_app(make_settings())
    keys = [key_of(ep) for ep in routed_endpoints(app)]
    missing = [k for k in keys if k not in DECISIONS]
    stale = sorted(set(DECISIONS) - route_keys(app))
    assert not missing, "\n".join(f"new endpoint without an access decision: {k} — add it to DECISIONS" for k in missing)
    assert not stale, f"decisions for operations that no longer exist: {stale}"


# ---- inside and outside the caller's subtree ------------------------------------------------------


def fill(path: str, params: dict[str, Any]) -> str:
    return _PARAM.sub(lambda m: str(params[m.group(1)]), path)


async def call_target(w: World, caller: str, ep: Endpoint, target: Target) -> ClientResponse:
    return await w.call(caller, ep.method, fill(ep.path, target.params), query=target.query,
                        json=target.json if target.json is not None else ({} if ep.body is not None else None),
                        data=target.upload() if target.upload else (empty_upload() if ep.upload else None))


async def test_org_owned_operations_refuse_outsiders_and_admit_insiders(client: TestClient) -> None:
    """Each operation on something of branch A: the admins of B and of A's group (and, for member-facing ones,
    a member of B) are refused and nothing changes; the admins of A and of the committee (staff and A's secretary
    where the audience admits them) are not refused."""
    world = await build_world(client)
    failures: list[str] = []
    for ep in routed_endpoints(client.app):
        key, auth = key_of(ep), ep.auth
        decision = DECISIONS.get(key)
        if decision is None or decision.make is None:
            continue
        outsiders = {ADMIN_B: decision.refusal, ADMIN_G: decision.refusal, STAFF_B: decision.refusal}
        if decision.members:
            outsiders.update({MEMBER_B: decision.members, CITIZEN: decision.members})
        shared = await decision.make(world)  # refused calls change nothing, so the outsiders share one record
        for caller, refusal in outsiders.items():
            if expected_refusal(auth, caller) is not None or caller in decision.narrowed or \
                    (caller == STAFF_B and (ep.method != "GET" or STAFF not in decision.insiders)):  # staff only read
                continue
            target = shared
            before = await target.snapshot() if target.snapshot else None
            resp = await call_target(world, caller, ep, target)
            got = (resp.status, await error_code(resp))
            if got != refusal:
                failures.append(f"{key} as {caller} (outside): want {refusal}, got {got}")
            elif target.snapshot and await target.snapshot() != before:
                failures.append(f"{key} as {caller} (outside): refused but changed {before}")
        insiders = [c for c in decision.insiders if expected_refusal(auth, c) is None and c not in decision.narrowed
                    and (c != MEMBER_A or decision.members) and (c != STAFF or ep.method == "GET")]
        for caller in insiders:
            target = shared if ep.method == "GET" else await decision.make(world)  # a write may delete or move it
            resp = await call_target(world, caller, ep, target)
            got = (resp.status, await error_code(resp))
            if resp.status in (401, 403) or resp.status >= 500 or (resp.status == 404 and not decision.inside_404):
                failures.append(f"{key} as {caller} (inside): refused: {got}")
    assert not failures, "\n".join(failures)


# ---- ids of another branch inside an input --------------------------------------------------------

Foreign = Callable[[World, World], Awaitable[tuple[str, str, dict[str, Any]]]]


def mirrored(w: World) -> World:
    """The same world seen from branch B: makers then build B's records."""
    return World(w.client, w.committee, w.b, w.group_a, w.a, w.member_b, w.member_a, w.headers)


async def _move_group_under_b(w: World, _: World) -> tuple[str, str, dict[str, Any]]:
    return "PATCH", f"/api/v1/orgs/{w.group_a.id}", {"json": {"parent_id": w.b.id}}


async def _move_member_to_b(w: World, _: World) -> tuple[str, str, dict[str, Any]]:
    return "PATCH", f"/api/v1/members/{w.member_a.id}", {"json": {"org_id": w.b.id}}


async def _admin_for_b(w: World, _: World) -> tuple[str, str, dict[str, Any]]:
    return "POST", "/api/v1/admin/users", {"json": {"username": f"u{next(_serial)}y", "password": "Passw0rd!new",
                                                    "org_id": w.b.id}}


async def _superadmin(w: World, _: World) -> tuple[str, str, dict[str, Any]]:
    return "POST", "/api/v1/admin/users", {"json": {"username": f"u{next(_serial)}z", "password": "Passw0rd!new",
                                                    "role": "superadmin", "org_id": w.a.id}}


async def _point_with_member_of_b(w: World, _: World) -> tuple[str, str, dict[str, Any]]:
    return "POST", "/api/v1/evaluation/points", {"json": {"org_id": w.a.id, "name": f"岗{next(_serial)}",
                                                          "category": "model_post", "member_id": w.member_b.id}}


async def _revoke_code_of_b(w: World, wb: World) -> tuple[str, str, dict[str, Any]]:
    mine, theirs = await code_of_a(w), await code_of_a(wb)
    return "POST", f"/api/v1/evaluation/points/{mine.params['id']}/codes/{theirs.params['code_id']}/revoke", {}


async def _sheet_of_point_of_b(w: World, wb: World) -> tuple[str, str, dict[str, Any]]:
    theirs = await point_of_a(wb)
    return "GET", "/api/v1/evaluation/sheet", {"query": {"point_id": theirs.params["id"]}}


async def _attendee_of_b(w: World, _: World) -> tuple[str, str, dict[str, Any]]:
    meeting = await meeting_of_a()(w)
    return "PUT", f"/api/v1/partydays/{meeting.params['id']}/attendees", {"json": {"member_ids": [w.member_b.id]}}


async def _course_of_b(w: World, wb: World) -> tuple[str, str, dict[str, Any]]:
    theirs = await course_of_a(wb)
    return "POST", "/api/v1/learning/assignments", {"json": {"org_id": w.a.id, "title": "必学", "course_id": theirs["id"]}}


async def _lesson_of_b(w: World, wb: World) -> tuple[str, str, dict[str, Any]]:
    theirs = await course_of_a(wb)
    return "POST", "/api/v1/learning/assignments", {"json": {"org_id": w.a.id, "title": "必学",
                                                             "lesson_id": theirs["lessons"][0]["id"]}}


async def _ledger_of_member_b(w: World, _: World) -> tuple[str, str, dict[str, Any]]:
    return "GET", "/api/v1/learning/ledger", {"query": {"member_id": w.member_b.id}}


async def _course_for_b(w: World, _: World) -> tuple[str, str, dict[str, Any]]:
    return "POST", "/api/v1/learning/courses", {"json": {"org_id": w.b.id, "title": "课程", "topics": ["党章党规"]}}


async def _evidence_for_b(w: World, _: World) -> tuple[str, str, dict[str, Any]]:
    return "POST", "/api/v1/evidence", {"data": png_upload(org_id=str(w.b.id))()}


OUT_OF_SCOPE = (403, "orgs.out_of_scope")
# (what, caller, the call, the refusal): an admin of A (or A's member) naming B's records in an otherwise valid call.
FOREIGN: list[tuple[str, str, Foreign, tuple[int, str]]] = [
    ("move A's group under B", ADMIN_A, _move_group_under_b, OUT_OF_SCOPE),
    ("move A's member to B", ADMIN_A, _move_member_to_b, OUT_OF_SCOPE),
    ("a console account for B", ADMIN_A, _admin_for_b, OUT_OF_SCOPE),
    ("a superadmin account", ADMIN_A, _superadmin, FORBIDDEN),
    ("a model post for B's member", ADMIN_A, _point_with_member_of_b, OUT_OF_SCOPE),
    ("revoke B's code through A's point", ADMIN_A, _revoke_code_of_b, (404, "evaluation.code_not_found")),
    ("print B's point", ADMIN_A, _sheet_of_point_of_b, OUT_OF_SCOPE),
    ("B's member expected at A's meeting", ADMIN_A, _attendee_of_b, (400, "partyday.bad_attendees")),
    ("assign B's course to A", ADMIN_A, _course_of_b, (404, "learning.course_not_found")),
    ("assign B's lesson to A", ADMIN_A, _lesson_of_b, (404, "learning.course_not_found")),
    ("B's member's study ledger", ADMIN_A, _ledger_of_member_b, OUT_OF_SCOPE),
    ("a course for B", ADMIN_A, _course_for_b, OUT_OF_SCOPE),
    ("evidence filed under B by A's member", MEMBER_A, _evidence_for_b, FORBIDDEN),
]


async def test_ids_of_another_branch_in_the_input_are_refused(client: TestClient) -> None:
    world = await build_world(client)
    failures = []
    for what, caller, build, refusal in FOREIGN:
        method, path, kwargs = await build(world, mirrored(world))
        resp = await world.call(caller, method, path, **kwargs)
        got = (resp.status, await error_code(resp))
        if got != refusal:
            failures.append(f"{what} ({method} {path}) as {caller}: want {refusal}, got {got}")
    assert not failures, "\n".join(failures)


# ---- nothing of branch A in what branch B is shown ------------------------------------------------


def visible_text(body: bytes, content_type: str) -> str:
    if content_type == XLSX:
        book = load_workbook(io.BytesIO(body), read_only=True)
        return " ".join(str(v) for ws in book.worksheets for r in ws.iter_rows(values_only=True) for v in r if v)
    return body.decode("utf-8", "replace")


async def test_what_branch_b_lists_holds_nothing_of_branch_a(client: TestClient) -> None:
    """A's data of every kind exists; every listing, report and export B's admin, B's member, a citizen or an
    anonymous caller can read (no path parameters, default filters) is free of A's names."""
    world = await build_world(client)
    for make in (code_of_a, rating_of_a, ticket_of_a, meeting_of_a("published"), course(publish=True),
                 assignment_of_a, ledger_entry_for_member_a, evidence_of_a):
        target = await make(world)
        if make is ledger_entry_for_member_a:
            await ok(await world.call(SUPER, "POST", "/api/v1/learning/ledger", json=target.json), 201)
    for org in (world.a, world.b):  # rankings are off by default
        await ok(await world.call(SUPER, "PUT", f"/api/v1/learning/orgs/{org.id}/settings", json={"show_ranking": True}))
    leaks = []

    async def check(ep: Endpoint, caller: str, path: str) -> None:
        resp = await world.call(caller, "GET", path)
        text = visible_text(await resp.read(), resp.content_type)
        if SECRET_MARK in text:
            leaks.append(f"{key_of(ep)} as {caller}: {text[max(0, text.find(SECRET_MARK) - 80):][:200]}")

    b_side = mirrored(world)
    for ep in routed_endpoints(client.app):
        decision = DECISIONS.get(key_of(ep), GLOBAL)
        if ep.method != "GET" or ep.websocket or decision.kind == "global":
            continue
        if not ep.path_params:
            for caller in (ADMIN_B, ADMIN_G, MEMBER_B, CITIZEN, ANONYMOUS):
                await check(ep, caller, ep.path)
        elif decision.make is not None:  # B's own record of the same kind, as B sees it
            target = await decision.make(b_side)
            for caller in (ADMIN_B, MEMBER_B):
                if expected_refusal(ep.auth, caller) is None:
                    await check(ep, caller, fill(ep.path, target.params))
    assert not leaks, "\n".join(leaks)
