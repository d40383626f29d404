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
from miniapp_api.appraisal.models import AppraisalEntry, AppraisalRound, RoundStatus
from miniapp_api.assessment.models import Result as AssessmentResult
from miniapp_api.assessment.models import Run as AssessmentRun
from miniapp_api.brand.models import BrandProfile
from miniapp_api.development.models import DevelopmentEntry
from miniapp_api.disclosure.models import DisclosureItem
from miniapp_api.dues.models import DuesPayment, DuesProfile
from miniapp_api.elections.models import Election, ElectionVoter
from miniapp_api.evaluation.models import EvaluationCode as Code
from miniapp_api.evaluation.models import OrgCommentSetting as CommentSetting
from miniapp_api.evaluation.models import Rating
from miniapp_api.evaluation.models import ServicePoint as Point
from miniapp_api.evidence.models import EvidenceFile
from miniapp_api.learning.models import Course, LedgerEntry, Lesson, LessonProgress
from miniapp_api.learning.models import StudyAssignment as Assignment
from miniapp_api.mobility.models import MobilityRecord
from miniapp_api.orgs.models import Member, MemberStatus, Organization, OrgKind
from miniapp_api.partyday.models import Meeting, Notice
from miniapp_api.projects.models import Project
from miniapp_api.rectification.models import Ticket
from miniapp_api.responsibility.models import Accountability, Circular, DutyReport, Exemption, ResponsibilityItem
from miniapp_api.responsibility.models import ResponsibilityList as RespList
from miniapp_api.standards import service as standards_service
from miniapp_api.standards.models import StandardAssessment, StandardItem
from miniapp_api.supervision.models import Finding, Inspection, InspectionTeam, Observer
from miniapp_api.transfers.models import Transfer, TransferStatus
from miniapp_api.volunteer.models import VolunteerActivity, VolunteerRecord
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


# -- supervision: a team formed by branch A (its admin and the committee's are members), its inspection of A


async def _user_id(w: World, caller: str) -> int:
    return int((await ok(await w.call(caller, "GET", "/api/v1/me")))["id"])


async def new_team_in_a(w: World) -> Target:
    return Target({}, json={"committee_id": w.a.id, "name": f"专班{next(_serial)}",
                            "members": [{"name": "组长", "department": "组织", "user_id": await _user_id(w, ADMIN_A)}]},
                  snapshot=count(InspectionTeam, committee_id=w.a.id))


async def _team_of_a(w: World) -> int:
    members = [{"name": f"成员{i}", "department": "纪检", "user_id": await _user_id(w, c)}
               for i, c in enumerate((ADMIN_A, ADMIN_C))]
    team = await ok(await w.call(SUPER, "POST", "/api/v1/supervision/teams", json={
        "committee_id": w.a.id, "name": f"专班{next(_serial)}", "members": members}), 201)
    return int(team["id"])


async def new_inspection_of_a(w: World) -> Target:
    return Target({}, json={"team_id": await _team_of_a(w), "kind": "special", "title": "专项检查",
                            "org_ids": [w.a.id]}, snapshot=count(Inspection, committee_id=w.a.id))


async def inspection_of_a(w: World) -> Target:
    made = await new_inspection_of_a(w)
    ins = await ok(await w.call(SUPER, "POST", "/api/v1/supervision/inspections", json=made.json), 201)
    return Target({"id": ins["id"]}, json={"org_id": w.a.id, "title": f"问题{next(_serial)}"},
                  snapshot=count(Finding, inspection_id=ins["id"]))


def finding_of_a(body: dict[str, Any]) -> Maker:
    async def make(w: World) -> Target:
        ins = await inspection_of_a(w)
        finding = await ok(await w.call(SUPER, "POST", f"/api/v1/supervision/inspections/{ins.params['id']}/findings",
                                        json=ins.json), 201)
        return Target({"id": finding["id"]}, json=body, snapshot=row(Finding, finding["id"]))
    return make


async def new_observer_in_a(w: World) -> Target:
    return Target({}, json={"committee_id": w.a.id, "name": "李代表", "kind": "npc_deputy", "org_ids": [w.a.id]},
                  snapshot=count(Observer, committee_id=w.a.id))


async def observer_of_a(w: World) -> Target:
    made = await new_observer_in_a(w)
    observer = await ok(await w.call(SUPER, "POST", "/api/v1/supervision/observers", json=made.json), 201)
    return Target({"id": observer["id"]}, json={"org_ids": [w.a.id]}, snapshot=row(Observer, observer["id"]))
# -- projects


def project_body(org_id: int) -> dict[str, Any]:
    return {"org_id": org_id, "title": f"项目{next(_serial)}", "goal": "目标", "indicators": [{"name": "指标", "target": 10}],
            "period_start": "2026-01-01", "period_end": "2026-12-31"}


async def new_project_in_a(w: World) -> Target:
    return Target({}, json=project_body(w.a.id), snapshot=count(Project, org_id=w.a.id))


def project_of_a(stage: str = "proposed", body: Any = None) -> Maker:
    """A project of branch A brought to `stage` by the superadmin; `body` may be a function of its detail."""
    async def make(w: World) -> Target:
        pid = (await ok(await w.call(SUPER, "POST", "/api/v1/projects", json=project_body(w.a.id)), 201))["id"]
        steps = ["approved", "in_progress", "evaluated"]
        base = f"/api/v1/projects/{pid}"
        if stage in steps:
            await ok(await w.call(SUPER, "POST", base + "/approve", json={"decision": "approve"}))
        if stage in steps[1:]:
            await ok(await w.call(SUPER, "POST", base + "/milestones", json={"title": "节点", "done_on": "2026-03-01"}),
                     201)
        detail = await ok(await w.call(SUPER, "GET", base))
        actuals = {"actuals": [{"indicator_id": i["id"], "actual": 8} for i in detail["indicators"]]}
        if stage == "evaluated":
            await ok(await w.call(SUPER, "POST", base + "/evaluate", json=actuals))
        json = actuals if body == "actuals" else body
        return Target({"id": pid}, json=json, snapshot=row(Project, pid))
    return make


async def new_pool_project_of_a(w: World) -> Target:
    return Target({}, json=project_body(w.a.id), snapshot=count(Project, org_id=w.a.id))


async def pool_project_for_a(w: World) -> Target:
    """Published by the committee: A (or the committee for A) may claim it."""
    out = await ok(await w.call(SUPER, "POST", "/api/v1/projects/pool", json=project_body(w.committee.id)), 201)
    return Target({"id": out["id"]}, json={"org_id": w.a.id}, snapshot=row(Project, out["id"]))


async def brand_for_a(w: World) -> Target:
    return Target({"org_id": w.a.id}, json={"name": f"品牌{next(_serial)}"}, snapshot=count(BrandProfile, org_id=w.a.id))


async def brand_of_a(w: World) -> Target:
    await ok(await w.call(SUPER, "PUT", f"/api/v1/brands/{w.a.id}", json={"name": f"品牌{next(_serial)}"}))

    async def profile() -> Any:
        return await BrandProfile.filter(org_id=w.a.id).values()
    return Target({"org_id": w.a.id}, json={"name": "改名"}, snapshot=profile)
# -- supervision sources: 党务公开


async def new_disclosure_event_in_a(w: World) -> Target:
    return Target({}, json={"org_id": w.a.id, "kind": "development", "title": "发展对象公示", "event_on": "2026-06-10"},
                  snapshot=count(DisclosureItem, org_id=w.a.id))


async def disclosure_item_of_a(w: World) -> Target:
    item = await ok(await w.call(SUPER, "POST", "/api/v1/disclosure/items", json={
        "org_id": w.a.id, "kind": "development", "title": f"公示{next(_serial)}", "event_on": "2026-06-10"}), 201)
    return Target({"id": item["id"]}, json={"body": "公示内容"}, snapshot=row(DisclosureItem, item["id"]))


# -- supervision sources: 标准化建设


async def _standard_item_id() -> int:
    await standards_service.ensure_defaults()
    item = await StandardItem.filter(org_kind=OrgKind.BRANCH).order_by("position").first()
    assert item is not None
    return item.id


async def standards_self_assessment_in_a(w: World) -> Target:
    return Target({"id": w.a.id}, json={"item_id": await _standard_item_id(), "is_compliant": True, "note": "已落实"},
                  snapshot=count(StandardAssessment, org_id=w.a.id))


async def standards_pending_of_a(w: World) -> Target:
    pending = await StandardAssessment.create(org_id=w.a.id, item_id=await _standard_item_id(), is_compliant=True,
                                              note="已落实", submitted_at=TEST_EPOCH, submitted_by_user_id=1)
    return Target({"id": pending.id}, json={"decision": "confirm"}, snapshot=row(StandardAssessment, pending.id))


# -- supervision sources: 志愿服务


async def new_activity_in_a(w: World) -> Target:
    starts = TEST_EPOCH + timedelta(days=3)
    return Target({}, json={"org_id": w.a.id, "title": f"志愿服务{next(_serial)}", "starts_at": starts.isoformat(),
                            "ends_at": (starts + timedelta(hours=2)).isoformat(), "hours": "2"},
                  snapshot=count(VolunteerActivity, org_id=w.a.id))


def activity_of_a(body: Any = None) -> Maker:
    async def make(w: World) -> Target:
        new = await new_activity_in_a(w)
        activity = await ok(await w.call(SUPER, "POST", "/api/v1/volunteer/activities", json=new.json), 201)
        return Target({"id": activity["id"]}, json=body, snapshot=count(VolunteerRecord, activity_id=activity["id"]))
    return make


async def hours_for_member_a(w: World) -> Target:
    target = await activity_of_a()(w)
    target.json = {"entries": [{"member_id": w.member_a.id, "hours": "1.5"}]}
    return target
# -- responsibility


def _year() -> int:
    return 2030 + next(_serial) % 60  # every maker call gets its own list (one per org and year)


def _as(w: World, caller_of_a: str, caller_of_b: str) -> str:
    """The caller that acts for `w.a` (makers also run on the mirrored world, where `w.a` is branch B)."""
    return caller_of_a if SECRET_MARK in w.a.name else caller_of_b


async def _resp_list_of_a(w: World, *, with_item: bool = True) -> tuple[dict[str, Any], dict[str, Any] | None]:
    lst = await ok(await w.call(SUPER, "POST", "/api/v1/responsibility/lists", json={"org_id": w.a.id, "year": _year()}),
                   201)
    item = None
    if with_item:
        item = await ok(await w.call(SUPER, "POST", f"/api/v1/responsibility/lists/{lst['id']}/items", json={
            "kind": "task", "title": "按期召开支委会", "owner_org_id": w.a.id, "owner_post": "书记",
            "due_date": f"{lst['year']}-06-30"}), 201)
    return lst, item


def resp_list(body: Any = None) -> Maker:
    async def make(w: World) -> Target:
        lst, _ = await _resp_list_of_a(w)
        return Target({"id": lst["id"]}, json=body, snapshot=row(RespList, lst["id"]))
    return make


async def new_item_in_list_of_a(w: World) -> Target:
    lst, _ = await _resp_list_of_a(w, with_item=False)
    return Target({"id": lst["id"]}, json={"kind": "duty", "title": "落实一岗双责", "owner_org_id": w.a.id,
                                           "owner_post": "书记", "cadence": "每季度"},
                  snapshot=count(ResponsibilityItem, list_id=lst["id"]))


async def resp_list_to_sign(w: World) -> Target:
    lst, _ = await _resp_list_of_a(w)
    version = lst["version"] + 1  # adding the item raised it
    return Target({"id": lst["id"]}, json={"version": version}, snapshot=row(RespList, lst["id"]))


async def new_resp_list_in_a(w: World) -> Target:
    return Target({}, json={"org_id": w.a.id, "year": _year()}, snapshot=count(RespList, org_id=w.a.id))


def resp_item(body: Any = None, *, reported: bool = False) -> Maker:
    async def make(w: World) -> Target:
        _, item = await _resp_list_of_a(w)
        assert item is not None
        if reported:
            await ok(await w.call(_as(w, MEMBER_A, MEMBER_B), "POST",
                                  f"/api/v1/responsibility/items/{item['id']}/reports", json={"note": "已完成"}), 201)
        return Target({"id": item["id"]}, json=body, snapshot=row(ResponsibilityItem, item["id"]))
    return make


async def duty_report_of_a(w: World) -> Target:
    out = await ok(await w.call(_as(w, MEMBER_A, MEMBER_B), "POST", "/api/v1/responsibility/duty-reports", json={
        "org_id": w.a.id, "year": _year(), "content": "述职述廉报告"}), 201)
    return Target({"id": out["id"]}, json={"grade": "good"}, snapshot=row(DutyReport, out["id"]))


async def new_duty_report_of_a(w: World) -> Target:
    return Target({}, json={"org_id": w.a.id, "year": _year(), "content": "述职述廉报告"},
                  snapshot=count(DutyReport, org_id=w.a.id))


async def talk_about_a(w: World) -> Target:
    return Target({}, json={"org_id": w.a.id, "talker": "党委书记", "talkee": "支部书记", "reason": "未按期开会",
                            "talked_on": "2026-06-10"})


def circular_of_a(body: Any = None) -> Maker:
    async def make(w: World) -> Target:
        out = await ok(await w.call(SUPER, "POST", "/api/v1/responsibility/circulars", json={
            "org_id": w.a.id, "title": "情况通报", "body": "正文"}), 201)
        return Target({"id": out["id"]}, json=body, snapshot=row(Circular, out["id"]))
    return make


async def new_circular_to_a(w: World) -> Target:
    return Target({}, json={"org_id": w.a.id, "title": "情况通报", "body": "正文"},
                  snapshot=count(Circular, org_id=w.a.id))


async def _negative_item(w: World) -> int:
    out = await ok(await w.call(SUPER, "POST", "/api/v1/responsibility/negative-list",
                                json={"title": f"问责情形{next(_serial)}"}), 201)
    return int(out["id"])


async def new_decision_about_a(w: World) -> Target:
    return Target({}, json={"org_id": w.a.id, "negative_item_id": await _negative_item(w), "subject": "支部书记",
                            "measure": "通报批评", "reason": "未落实"}, snapshot=count(Accountability, org_id=w.a.id))


def decision_about_a(body: Any = None) -> Maker:
    async def make(w: World) -> Target:
        target = await new_decision_about_a(w)
        out = await ok(await w.call(SUPER, "POST", "/api/v1/responsibility/decisions", json=target.json), 201)
        return Target({"id": out["id"]}, json=body, snapshot=row(Accountability, out["id"]))
    return make


async def exemption_for_a(w: World) -> Target:
    decision = await decision_about_a()(w)
    return Target({}, json={"decision_id": decision.params["id"], "reasons": "已及时纠正"},
                  snapshot=count(Exemption, decision_id=decision.params["id"]))


async def exemption_of_a(w: World) -> Target:
    target = await exemption_for_a(w)
    out = await ok(await w.call(_as(w, ADMIN_A, ADMIN_B), "POST", "/api/v1/responsibility/exemptions",
                                json=target.json), 201)
    return Target({"id": out["id"]}, json={"approve": True}, snapshot=row(Exemption, out["id"]))
# -- dues


async def dues_member_of_a(w: World) -> Member:
    member = await make_member(w.a)
    await ok(await w.call(SUPER, "POST", f"/api/v1/members/{member.id}/dues/profiles",
                          json={"year": 2026, "kind": "student"}), 201)
    return member


async def dues_profile_for_a(w: World) -> Target:
    member = await make_member(w.a)
    return Target({"id": member.id}, json={"year": 2026, "kind": "salaried", "base": "8000"},
                  snapshot=count(DuesProfile, member_id=member.id))


async def dues_payment_in_a(w: World) -> Target:
    member = await dues_member_of_a(w)
    return Target({}, json={"member_id": member.id, "year": 2026, "month": 1, "amount": "0.2"},
                  snapshot=count(DuesPayment, member_id=member.id))


async def dues_payment_of_a(w: World) -> Target:
    """A payment of A's member (A's secretary, so that member's receipt is their own)."""
    if not await DuesProfile.exists(member_id=w.member_a.id):
        await ok(await w.call(SUPER, "POST", f"/api/v1/members/{w.member_a.id}/dues/profiles",
                              json={"year": 2026, "kind": "student"}), 201)
    month = next(_serial) % 6 + 1
    await DuesPayment.filter(member_id=w.member_a.id, year=2026, month=month).delete()
    out = await ok(await w.call(SUPER, "POST", "/api/v1/dues/payments",
                                json={"member_id": w.member_a.id, "year": 2026, "month": month, "amount": "0.2"}), 201)
    return Target({"id": out["id"]}, json={"reason": "误登"}, snapshot=count(DuesPayment, member_id=w.member_a.id))


# -- mobility and elections


async def mobility_new_in_a(w: World) -> Target:
    member = await make_member(w.a)
    return Target({}, json={"member_id": member.id, "destination": "深圳", "since": "2026-01-01",
                            "contact": "13900001111"}, snapshot=count(MobilityRecord, member_id=member.id))


async def mobility_of_a(w: World, body: Any = None) -> Target:
    member = await make_member(w.a)
    out = await ok(await w.call(SUPER, "POST", "/api/v1/mobility", json={
        "member_id": member.id, "destination": "深圳", "since": "2026-01-01", "contact": "13900001111"}), 201)
    return Target({"id": out["id"]}, json=body, snapshot=row(MobilityRecord, out["id"]))


def mobility_with(body: Any = None) -> Maker:
    async def make(w: World) -> Target:
        return await mobility_of_a(w, body)
    return make


async def election_of_a(w: World, body: Any = None) -> Target:
    members = [await make_member(w.a) for _ in range(2)]
    out = await ok(await w.call(SUPER, "POST", f"/api/v1/orgs/{w.a.id}/elections", json={
        "title": "换届", "seats": 1, "candidates": [{"member_id": m.id} for m in members]}), 201)
    return Target({"id": out["id"]}, json=body, snapshot=row(Election, out["id"]))


def election_with(body: Any = None) -> Maker:
    async def make(w: World) -> Target:
        return await election_of_a(w, body)
    return make


async def new_election_in_a(w: World) -> Target:
    members = [await make_member(w.a) for _ in range(2)]
    return Target({"id": w.a.id}, json={"title": "换届", "seats": 1, "candidates": [{"member_id": m.id} for m in members]},
                  snapshot=count(Election, org_id=w.a.id))


async def open_election_of_a(w: World) -> Target:
    """Voting open, every voter of A (A's secretary among them) present."""
    target = await election_of_a(w, {"candidate_ids": []})
    voters = await ElectionVoter.filter(election_id=target.params["id"]).values_list("member_id", flat=True)
    await ok(await w.call(SUPER, "PUT", f"/api/v1/elections/{target.params['id']}/attendance",
                          json={"member_ids": list(voters)}))
    await ok(await w.call(SUPER, "POST", f"/api/v1/elections/{target.params['id']}/open"))
    return target


# -- development (发展党员), appraisal (民主评议), transfers (组织关系转接)


async def applicant_in_a(w: World) -> Target:
    person = await make_member(w.a, f"申请人{next(_serial)}", status=MemberStatus.APPLICANT)
    return Target({"id": person.id}, json={"key": "application", "done_at": "2026-06-01"},
                  snapshot=count(DevelopmentEntry, member_id=person.id))


async def member_of_a_to_x(w: World) -> Target:
    x = await make_org(f"支部X{next(_serial)}", OrgKind.BRANCH, w.committee)
    member = await make_member(w.a)
    return Target({"id": member.id}, json={"to_org_id": x.id}, snapshot=count(Transfer, member_id=member.id))


def transfer(direction: str, status: TransferStatus = TransferStatus.REQUESTED) -> Maker:
    """A transfer out of A to a third branch X ("out"), out of A to outside the platform ("outside"), or from X
    into A ("in"); X is neither B nor under A, so B's and A's group's admins are outsiders to it."""
    async def make(w: World) -> Target:
        x = await make_org(f"支部X{next(_serial)}", OrgKind.BRANCH, w.committee)
        member = await make_member(x if direction == "in" else w.a)
        to_org = {"out": x.id, "outside": None, "in": w.a.id}[direction]
        letter = {"to_org_name": "平台外党组织", "destination": "外地", "dues_paid_until": "2026-06",
                  "contact_phone": "0871-1234567", "valid_days": 90} if direction == "outside" else {}
        t = await Transfer.create(member_id=member.id, from_org_id=member.org_id, to_org_id=to_org,
                                  is_outside=to_org is None, letter=letter, status=status, requested_at=TEST_EPOCH,
                                  approved_at=TEST_EPOCH if status is TransferStatus.APPROVED else None)
        return Target({"id": t.id}, json={"note": "原因"}, snapshot=row(Transfer, t.id))
    return make


async def new_round_in_a(w: World) -> Target:
    return Target({"id": w.a.id}, json={"year": 2020}, snapshot=count(AppraisalRound, org_id=w.a.id))


def round_of_a(status: RoundStatus = RoundStatus.OPEN, json: Any = None) -> Maker:
    """A 民主评议 round of A (a year of its own each time) with A's secretary and one more member in it."""
    async def make(w: World) -> Target:
        rnd = await AppraisalRound.create(org_id=w.a.id, year=1000 + next(_serial), status=status, opened_at=TEST_EPOCH)
        other = await make_member(w.a)
        for member_id in (w.member_a.id, other.id):
            await AppraisalEntry.create(round_id=rnd.id, member_id=member_id,
                                        proposed_grade="qualified" if status is RoundStatus.PROPOSED else None)
        body = json(other.id) if callable(json) else json
        return Target({"id": rnd.id}, json=body, snapshot=row(AppraisalRound, rnd.id))
    return make


NOT_IN_ROUND = (403, "appraisal.not_in_round")
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
NOT_EDITABLE = (403, "learning.not_editable")
CIRCULAR_HIDDEN = (404, "responsibility.circular_not_found")  # learning's refusal for another org's course


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
    "GET /h5/home": PUBLIC,  # the members' H5 home page; what it shows comes from their own API calls
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
    "GET /api/v1/knowledge/notices": LIST,  # computed over the global documents and the caller's subtree's
    "GET /api/v1/knowledge/status": GLOBAL,  # counts of this worker's index
    "GET /api/v1/calendar": GLOBAL,
    # supervision (console): teams, inspections and observers belong to the org that formed/invited them, findings
    # to the inspected org; changing a finding also needs a member of its team (tests/miniapp_api/supervision)
    "POST /api/v1/supervision/teams": Decision("org", new_team_in_a),
    "GET /api/v1/supervision/teams": Decision("list", filter_a()),
    "POST /api/v1/supervision/inspections": Decision("org", new_inspection_of_a),
    "GET /api/v1/supervision/inspections": Decision("list", filter_a()),
    "GET /api/v1/supervision/inspections/{id}": Decision("org", inspection_of_a),
    "POST /api/v1/supervision/inspections/{id}/findings": Decision("org", inspection_of_a),
    "GET /api/v1/supervision/findings": Decision("list", filter_a()),
    "GET /api/v1/supervision/findings/{id}": Decision("org", finding_of_a({})),
    "PATCH /api/v1/supervision/findings/{id}": Decision("org", finding_of_a({"title": "改过"})),
    "POST /api/v1/supervision/findings/{id}/recheck": Decision("org", finding_of_a({"result": "close", "note": "复查"})),
    "POST /api/v1/supervision/observers": Decision("org", new_observer_in_a),
    "GET /api/v1/supervision/observers": Decision("list", filter_a()),
    "PATCH /api/v1/supervision/observers/{id}": Decision("org", observer_of_a),
    # supervision (observers in the mini-program): their own record, bound by an invite code
    "POST /api/v1/me/observer/bind": SELF,
    "GET /api/v1/me/observer": SELF,
    "POST /api/v1/me/observer/notes": SELF,
    "GET /api/v1/me/observer/notes": SELF,
    # projects (PDCA): the parent (the committee here) approves, supervises and evaluates
    "POST /api/v1/projects": Decision("org", new_project_in_a),
    "GET /api/v1/projects": Decision("list", filter_a()),
    "GET /api/v1/projects/{id}": Decision("org", project_of_a()),
    "POST /api/v1/projects/{id}/approve": Decision("org", project_of_a(body={"decision": "approve"}), insiders=(ADMIN_C,)),
    "POST /api/v1/projects/{id}/milestones": Decision("org", project_of_a("approved", {"title": "节点",
                                                                                      "done_on": "2026-03-01"})),
    "POST /api/v1/projects/{id}/notes": Decision("org", project_of_a("approved", {"note": "督导"}), insiders=(ADMIN_C,)),
    "POST /api/v1/projects/{id}/evaluate": Decision("org", project_of_a("in_progress", "actuals"), insiders=(ADMIN_C,)),
    "POST /api/v1/projects/{id}/close": Decision("org", project_of_a("evaluated", {"lessons": "经验"})),
    "PUT /api/v1/projects/{id}/dependencies": Decision("org", project_of_a(body={"depends_on": []})),
    "POST /api/v1/projects/pool": Decision("org", new_pool_project_of_a),
    "GET /api/v1/projects/pool": Decision("list", filter_a()),
    "GET /api/v1/projects/ledger.xlsx": Decision("list", filter_a()),
    "POST /api/v1/projects/{id}/claim": Decision("org", pool_project_for_a),
    # 一组织一品牌
    "PUT /api/v1/brands/{org_id}": Decision("org", brand_for_a),
    "GET /api/v1/brands/{org_id}": Decision("org", brand_of_a),
    "GET /api/v1/brands": Decision("list", filter_a()),
    "GET /brand/{org_id}": PUBLIC,  # the public brand page: only what a published profile shows, no personal data
    "GET /brand/{org_id}/photos/{token}": PUBLIC,  # only the photos a published profile lists
    # 党务公开: kinds are platform-wide (only a superadmin edits them); items belong to their org
    "GET /api/v1/disclosure/kinds": GLOBAL,
    "PUT /api/v1/disclosure/kinds/{code}": GLOBAL,
    "GET /api/v1/disclosure/items": Decision("list", filter_a()),
    "POST /api/v1/disclosure/items": Decision("org", new_disclosure_event_in_a),
    "POST /api/v1/disclosure/items/{id}/publish": Decision("org", disclosure_item_of_a),
    "GET /api/v1/disclosure/orgs/{id}/public": PUBLIC,  # what an org has published is public by design
    "GET /h5/disclosure/{id}": PUBLIC,
    # 标准化建设: the checklist is platform-wide (a superadmin edits it); an org self-assesses (its own admin only),
    # an org above it confirms (never the org itself)
    "GET /api/v1/standards/items": GLOBAL,
    "POST /api/v1/standards/items": GLOBAL,
    "PATCH /api/v1/standards/items/{id}": GLOBAL,
    "GET /api/v1/standards/orgs/{id}/checklist": Decision("org", org_a_with()),
    "POST /api/v1/standards/orgs/{id}/assessments": Decision("org", standards_self_assessment_in_a, insiders=(ADMIN_A,)),
    "POST /api/v1/standards/assessments/{id}/review": Decision("org", standards_pending_of_a, insiders=(ADMIN_C,)),
    # 志愿服务: activities belong to their org; members of the org's subtree sign in, others are told "not found"
    "POST /api/v1/volunteer/activities": Decision("org", new_activity_in_a),
    "GET /api/v1/volunteer/activities": Decision("list", filter_a()),
    "GET /api/v1/volunteer/activities/{id}": Decision("org", activity_of_a()),
    "GET /api/v1/volunteer/activities/{id}/signin-code": Decision("org", activity_of_a()),
    "PUT /api/v1/volunteer/activities/{id}/hours": Decision("org", hours_for_member_a),
    "POST /api/v1/volunteer/activities/{id}/signin": Decision("org", activity_of_a({"code": "000000"}),
                                                              members=(404, "volunteer.activity_not_found")),
    "GET /api/v1/me/volunteer": SELF,
    # responsibility: an org acts on its own lists; only an org above reviews, rates as the parent and decides
    "POST /api/v1/responsibility/lists": Decision("org", new_resp_list_in_a),
    "GET /api/v1/responsibility/lists": Decision("list", filter_a()),
    "GET /api/v1/responsibility/lists/{id}": Decision("org", resp_list(),
                                                      members=(404, "responsibility.list_not_found")),
    "GET /api/v1/responsibility/lists/{id}/export.xlsx": Decision("org", resp_list()),
    "POST /api/v1/responsibility/lists/{id}/items": Decision("org", new_item_in_list_of_a),
    "PATCH /api/v1/responsibility/items/{id}": Decision("org", resp_item({"title": "改过的事项"})),
    "POST /api/v1/responsibility/lists/{id}/sign": Decision("org", resp_list_to_sign, insiders=(MEMBER_A,),
                                                            members=(404, "responsibility.list_not_found")),
    "GET /api/v1/responsibility/me": SELF,
    "POST /api/v1/responsibility/items/{id}/reports": Decision("org", resp_item({"note": "已完成"}),
                                                               insiders=(ADMIN_A, MEMBER_A),
                                                               members=(403, "responsibility.not_owner")),
    "POST /api/v1/responsibility/items/{id}/review": Decision("org", resp_item({"decision": "accept"}, reported=True),
                                                              insiders=(ADMIN_C,)),
    "POST /api/v1/responsibility/duty-reports": Decision("org", new_duty_report_of_a, insiders=(MEMBER_A,),
                                                         members=(403, "responsibility.not_secretary")),
    "GET /api/v1/responsibility/duty-reports": Decision("list", filter_a()),
    "GET /api/v1/responsibility/me/duty-reports": SELF,
    "GET /api/v1/responsibility/duty-reports/{id}": Decision(
        "org", duty_report_of_a, members=(404, "responsibility.duty_report_not_found")),
    "POST /api/v1/responsibility/duty-reports/{id}/ratings": Decision(
        "org", duty_report_of_a, insiders=(ADMIN_C,), members=(403, "responsibility.not_rater")),
    "POST /api/v1/responsibility/talks": Decision("org", talk_about_a),
    "GET /api/v1/responsibility/talks": Decision("list", filter_a()),
    "POST /api/v1/responsibility/circulars": Decision("org", new_circular_to_a),
    "GET /api/v1/responsibility/circulars": Decision("list", filter_a()),
    "GET /api/v1/responsibility/me/circulars": SELF,
    # A's group lies inside a circular sent to A's subtree: its admin is an addressee, not an outsider
    "GET /api/v1/responsibility/circulars/{id}": Decision(
        "org", circular_of_a(), refusal=CIRCULAR_HIDDEN, members=CIRCULAR_HIDDEN, narrowed={ADMIN_G: CIRCULAR_HIDDEN}),
    "POST /api/v1/responsibility/circulars/{id}/read": Decision(
        "org", circular_of_a(), refusal=CIRCULAR_HIDDEN, members=CIRCULAR_HIDDEN, narrowed={ADMIN_G: CIRCULAR_HIDDEN},
        insiders=(ADMIN_A, MEMBER_A)),
    "GET /api/v1/responsibility/negative-list": GLOBAL,
    "POST /api/v1/responsibility/negative-list": GLOBAL,
    "POST /api/v1/responsibility/decisions": Decision("org", new_decision_about_a, insiders=(ADMIN_C,)),
    "GET /api/v1/responsibility/decisions": Decision("list", filter_a()),
    "GET /api/v1/responsibility/decisions/{id}": Decision("org", decision_about_a()),
    "PATCH /api/v1/responsibility/decisions/{id}": Decision("org", decision_about_a({"measure": "诫勉谈话"})),
    "DELETE /api/v1/responsibility/decisions/{id}": Decision("org", decision_about_a()),
    "POST /api/v1/responsibility/exemptions": Decision("org", exemption_for_a, insiders=(ADMIN_A,)),
    "POST /api/v1/responsibility/exemptions/{id}/decision": Decision("org", exemption_of_a, insiders=(ADMIN_C,)),
    # dues: the calculator is public arithmetic; everything else is scoped to the member's or org's subtree
    "GET /api/v1/dues/calc": PUBLIC,
    "GET /api/v1/orgs/{id}/dues": ORG,
    "GET /api/v1/orgs/{id}/dues/arrears": ORG,
    "GET /api/v1/orgs/{id}/dues/ledger.xlsx": ORG,
    "GET /api/v1/orgs/{id}/dues/funds": ORG,
    "POST /api/v1/orgs/{id}/dues/funds": Decision("org", org_a_with({"year": 2026, "kind": "remit", "amount": "1",
                                                                     "on": "2026-01-02"})),
    "POST /api/v1/orgs/{id}/dues/recalculate": Decision("org", org_a_with({"year": 2026})),
    "POST /api/v1/orgs/{id}/dues/funds/publish": Decision("org", org_a_with({"year": 2026})),
    "POST /api/v1/members/{id}/dues/profiles": Decision("org", dues_profile_for_a),
    "GET /api/v1/members/{id}/dues/profiles": Decision("org", member_in_a),
    "POST /api/v1/dues/payments": Decision("org", dues_payment_in_a),
    "POST /api/v1/dues/payments/{id}/reverse": Decision("org", dues_payment_of_a),
    "GET /api/v1/dues/payments/{id}/receipt": Decision("org", dues_payment_of_a,
                                                       members=(404, "dues.payment_not_found")),
    "GET /api/v1/me/dues": SELF,
    "POST /api/v1/me/dues/payments": SELF,
    "POST /api/v1/me/dues/orders/{no}/confirm": SELF,  # a pending order is found only with its member's id
    # mobility: the home org's subtree (the receiving org's too for reading and contacts, tested in its own suite)
    "POST /api/v1/mobility": Decision("org", mobility_new_in_a),
    "GET /api/v1/orgs/{id}/mobility": ORG,
    "GET /api/v1/mobility/{id}": Decision("org", mobility_with()),
    "POST /api/v1/mobility/{id}/contacts": Decision("org", mobility_with({"on": "2026-02-01", "channel": "phone"})),
    "POST /api/v1/mobility/{id}/return": Decision("org", mobility_with({"on": "2026-02-01"})),
    "POST /api/v1/me/mobility/checkins": SELF,
    # elections
    "GET /api/v1/orgs/{id}/terms": ORG,
    "POST /api/v1/orgs/{id}/terms": Decision("org", org_a_with({"started_on": "2025-01-01"})),
    "POST /api/v1/orgs/{id}/elections": Decision("org", new_election_in_a),
    "GET /api/v1/elections/{id}": Decision("org", election_with()),
    "PUT /api/v1/elections/{id}/attendance": Decision("org", election_with({"member_ids": []})),
    "POST /api/v1/elections/{id}/open": Decision("org", election_with()),
    "POST /api/v1/elections/{id}/close": Decision("org", election_with()),
    "POST /api/v1/elections/{id}/ballots": Decision("self", open_election_of_a, insiders=(MEMBER_A,),
                                                     members=(403, "elections.not_a_voter")),
    "GET /api/v1/me/elections": SELF,
    # development (发展党员): an applicant's file belongs to their org
    "GET /api/v1/members/{id}/development": Decision("org", applicant_in_a),
    "POST /api/v1/members/{id}/development/steps": Decision("org", applicant_in_a),
    "GET /api/v1/members/{id}/development/history": Decision("org", applicant_in_a),
    "GET /api/v1/members/{id}/development/file": Decision("org", applicant_in_a),
    "GET /api/v1/orgs/{id}/development": ORG,
    "GET /api/v1/orgs/{id}/development.xlsx": ORG,
    "GET /api/v1/me/development": SELF,
    # transfers (组织关系转接): the outgoing org requests, approves and prints; the receiving org accepts
    "POST /api/v1/members/{id}/transfers": Decision("org", member_of_a_to_x),
    "POST /api/v1/transfers/{id}/approve": Decision("org", transfer("out")),
    "POST /api/v1/transfers/{id}/reject": Decision("org", transfer("out")),
    "POST /api/v1/transfers/{id}/accept": Decision("org", transfer("in", TransferStatus.APPROVED)),
    "GET /api/v1/transfers/{id}": Decision("org", transfer("out")),
    "GET /api/v1/transfers/{id}/letter": Decision("org", transfer("outside", TransferStatus.APPROVED)),
    "GET /api/v1/transfers": Decision("list", filter_a()),
    "GET /api/v1/me/transfers": SELF,
    # appraisal (民主评议): a branch's rounds; members act only in the rounds they are part of
    "POST /api/v1/orgs/{id}/appraisals": Decision("org", new_round_in_a),
    "GET /api/v1/orgs/{id}/appraisals": ORG,
    "GET /api/v1/appraisals/{id}": Decision("org", round_of_a()),
    "POST /api/v1/appraisals/{id}/proposals": Decision("org", round_of_a(json=lambda other: {"grades": [
        {"member_id": other, "grade": "qualified"}]})),
    "POST /api/v1/appraisals/{id}/confirm": Decision("org", round_of_a(RoundStatus.PROPOSED, {"meeting_note": "大会"})),
    "GET /api/v1/appraisals/{id}/results.xlsx": Decision("org", round_of_a()),
    "GET /api/v1/members/{id}/appraisals": Decision("org", member_in_a),
    "GET /api/v1/me/appraisals": SELF,
    "GET /api/v1/me/appraisals/results": SELF,
    "POST /api/v1/me/appraisals/{id}/self": Decision("self", round_of_a(json={"text": "自评"}), members=NOT_IN_ROUND,
                                                    insiders=(MEMBER_A,)),
    "POST /api/v1/me/appraisals/{id}/ratings": Decision("self", round_of_a(json=lambda other: {"ratings": [
        {"member_id": other, "grade": "qualified"}]}), members=NOT_IN_ROUND, insiders=(MEMBER_A,)),
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


async def _observer_of_a_for_b(w: World, _: World) -> tuple[str, str, dict[str, Any]]:
    return "POST", "/api/v1/supervision/observers", {"json": {"committee_id": w.a.id, "name": "李代表",
                                                              "kind": "public_rep", "org_ids": [w.b.id]}}


async def _inspection_of_a_targeting_b(w: World, _: World) -> tuple[str, str, dict[str, Any]]:
    made = await new_inspection_of_a(w)
    return "POST", "/api/v1/supervision/inspections", {"json": {**made.json, "org_ids": [w.b.id]}}


async def _finding_at_b_through_a(w: World, _: World) -> tuple[str, str, dict[str, Any]]:
    ins = await inspection_of_a(w)
    return "POST", f"/api/v1/supervision/inspections/{ins.params['id']}/findings", {"json": {**ins.json,
                                                                                            "org_id": w.b.id}}
async def _project_depending_on_b(w: World, wb: World) -> tuple[str, str, dict[str, Any]]:
    b_project = (await project_of_a()(wb)).params["id"]
    return "POST", "/api/v1/projects", {"json": {**project_body(w.a.id), "depends_on": [b_project]}}


async def _project_led_by_member_of_b(w: World, _: World) -> tuple[str, str, dict[str, Any]]:
    return "POST", "/api/v1/projects", {"json": {**project_body(w.a.id), "leader_member_id": w.member_b.id}}


async def _dependency_on_b(w: World, wb: World) -> tuple[str, str, dict[str, Any]]:
    mine, theirs = (await project_of_a()(w)).params["id"], (await project_of_a()(wb)).params["id"]
    return "PUT", f"/api/v1/projects/{mine}/dependencies", {"json": {"depends_on": [theirs]}}


async def _claim_for_b(w: World, _: World) -> tuple[str, str, dict[str, Any]]:
    target = await pool_project_for_a(w)
    return "POST", f"/api/v1/projects/{target.params['id']}/claim", {"json": {"org_id": w.b.id}}


async def _brand_with_photo_of_b(w: World, _: World) -> tuple[str, str, dict[str, Any]]:
    out = await ok(await w.call(SUPER, "POST", "/api/v1/evidence", data=png_upload(org_id=str(w.b.id))()), 201)
    return "PUT", f"/api/v1/brands/{w.a.id}", {"json": {"name": "品牌", "photos": [out["token"]]}}


async def _brand_with_project_of_b(w: World, wb: World) -> tuple[str, str, dict[str, Any]]:
    b_project = (await project_of_a("approved")(wb)).params["id"]
    return "PUT", f"/api/v1/brands/{w.a.id}", {"json": {"name": "品牌", "project_ids": [b_project]}}
async def _item_owned_by_b(w: World, _: World) -> tuple[str, str, dict[str, Any]]:
    lst, _item = await _resp_list_of_a(w, with_item=False)
    return "POST", f"/api/v1/responsibility/lists/{lst['id']}/items", {"json": {
        "kind": "task", "title": "替乙支部定责", "owner_org_id": w.b.id, "owner_post": "书记"}}


async def _problem_from_ticket_of_b(w: World, wb: World) -> tuple[str, str, dict[str, Any]]:
    lst, _item = await _resp_list_of_a(w, with_item=False)
    theirs = await ticket_of_a(wb)
    return "POST", f"/api/v1/responsibility/lists/{lst['id']}/items", {"json": {
        "kind": "problem", "title": "整改问题", "owner_org_id": w.a.id, "owner_post": "书记",
        "source_type": "rectification", "source_id": theirs.params["id"]}}


async def _report_with_evidence_of_b(w: World, wb: World) -> tuple[str, str, dict[str, Any]]:
    mine = await resp_item()(w)
    theirs = await ok(await w.call(SUPER, "POST", "/api/v1/evidence", data=png_upload(org_id=str(w.b.id))()), 201)
    return "POST", f"/api/v1/responsibility/items/{mine.params['id']}/reports", {"json": {
        "note": "已完成", "files": [theirs["token"]]}}


async def _exemption_for_decision_about_b(w: World, wb: World) -> tuple[str, str, dict[str, Any]]:
    theirs = await decision_about_a()(wb)
    return "POST", "/api/v1/responsibility/exemptions", {"json": {"decision_id": theirs.params["id"], "reasons": "理由"}}


OUT_OF_SCOPE = (403, "orgs.out_of_scope")
# (what, caller, the call, the refusal): an admin of A (or A's member) naming B's records in an otherwise valid call.
async def _disclosure_with_evidence_of_b(w: World, wb: World) -> tuple[str, str, dict[str, Any]]:
    mine, theirs = await disclosure_item_of_a(w), await evidence_of_a(wb)
    return "POST", f"/api/v1/disclosure/items/{mine.params['id']}/publish", {
        "json": {"body": "公开内容", "evidence_token": theirs.params["token"]}}


async def _standards_with_evidence_of_b(w: World, wb: World) -> tuple[str, str, dict[str, Any]]:
    mine, theirs = await standards_self_assessment_in_a(w), await evidence_of_a(wb)
    return "POST", f"/api/v1/standards/orgs/{w.a.id}/assessments", {
        "json": {**mine.json, "evidence_tokens": [theirs.params["token"]]}}


async def _volunteer_hours_of_member_b(w: World, _: World) -> tuple[str, str, dict[str, Any]]:
    mine = await activity_of_a()(w)
    return "PUT", f"/api/v1/volunteer/activities/{mine.params['id']}/hours", {
        "json": {"entries": [{"member_id": w.member_b.id, "hours": "2"}]}}


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
    ("an observer of A assigned to B", ADMIN_A, _observer_of_a_for_b, OUT_OF_SCOPE),
    ("A's team inspecting B", ADMIN_A, _inspection_of_a_targeting_b, OUT_OF_SCOPE),
    ("a finding at B through A's inspection", ADMIN_A, _finding_at_b_through_a, (400, "supervision.not_in_targets")),
    ("A's project depending on B's", ADMIN_A, _project_depending_on_b, (422, "projects.dependency_not_found")),
    ("A's project led by B's member", ADMIN_A, _project_led_by_member_of_b, (422, "projects.leader_not_in_org")),
    ("A's project made to depend on B's", ADMIN_A, _dependency_on_b, (422, "projects.dependency_not_found")),
    ("a pool project claimed for B", ADMIN_A, _claim_for_b, OUT_OF_SCOPE),
    ("A's brand showing B's photo", ADMIN_A, _brand_with_photo_of_b, (400, "evidence.foreign")),
    ("A's brand showing B's project", ADMIN_A, _brand_with_project_of_b, (422, "brand.project_not_own")),
    ("B's file attached to A's 党务公开 item", ADMIN_A, _disclosure_with_evidence_of_b, (400, "evidence.foreign")),
    ("B's file as A's 标准化建设 evidence", ADMIN_A, _standards_with_evidence_of_b, (400, "evidence.foreign")),
    ("hours for B's member at A's activity", ADMIN_A, _volunteer_hours_of_member_b, (400, "volunteer.foreign_member")),
    ("an item of A's list owned by B", ADMIN_A, _item_owned_by_b, (403, "responsibility.owner_outside_list")),
    ("a problem of A raised by B's ticket", ADMIN_A, _problem_from_ticket_of_b, OUT_OF_SCOPE),
    ("B's evidence in A's report", MEMBER_A, _report_with_evidence_of_b, (400, "evidence.foreign")),
    ("an exemption against a decision about B", ADMIN_A, _exemption_for_decision_about_b, OUT_OF_SCOPE),
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
                 assignment_of_a, ledger_entry_for_member_a, evidence_of_a, resp_item(reported=True),
                 duty_report_of_a, decision_about_a(), talk_about_a):
        target = await make(world)
        if make is ledger_entry_for_member_a:
            await ok(await world.call(SUPER, "POST", "/api/v1/learning/ledger", json=target.json), 201)
        if make is talk_about_a:
            await ok(await world.call(SUPER, "POST", "/api/v1/responsibility/talks", json=target.json), 201)
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
