"""Routes of responsibility lists: issuing items down the tree, signing (责任书), reports, reviews and 述职述廉."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.evidence.errors import EvidenceForeign, EvidenceNotFound
from miniapp_api.orgs.service import OrgNotFound, OutOfScope
from miniapp_api.rectification.errors import TicketNotFound
from miniapp_api.responsibility import cycle, duty, lists
from miniapp_api.responsibility.errors import (
    AlreadyRated,
    AlreadySigned,
    DeadlineOutsideYear,
    DutyReportExists,
    DutyReportNotFound,
    EvidenceRequired,
    InvalidState,
    ItemNotFound,
    ListExists,
    ListNotFound,
    NotOwner,
    NotRater,
    NotSecretary,
    OwnerOutsideList,
    ParentItem,
    ParentRequired,
    ReasonRequired,
    SourceRequired,
    StaleVersion,
)
from miniapp_api.responsibility.routes.common import now, today
from miniapp_api.responsibility.schemas import (
    DutyRatingIn,
    DutyReportCreate,
    DutyReportOut,
    DutyReportQuery,
    ItemCreate,
    ItemOut,
    ItemUpdate,
    ListCreate,
    ListDetail,
    ListOut,
    ListQuery,
    MeQuery,
    ReportIn,
    ReviewIn,
    SignatureOut,
    SignIn,
)
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes
from server.core.http import XLSX, file_response
from server.core.schemas import Items, Page

routes = Routes("responsibility")
LIST = r"/api/v1/responsibility/lists/{id:\d+}"
ITEM = r"/api/v1/responsibility/items/{id:\d+}"


@routes.post(
    "/api/v1/responsibility/lists", "建立年度责任清单", auth=Auth.ADMIN, status=201, errors=[OrgNotFound, OutOfScope, ListExists]
)
async def create_list(request: web.Request, principal: Principal, body: ListCreate) -> ListDetail:
    """为本组织或下级组织建立某一年度的责任清单（每个组织每年一份；已存在时返回 409 及其编号）。上级向下级下达事项时会自动建立下级的清单。"""
    return await lists.create_list(principal, body, now(request), today(request))


@routes.get("/api/v1/responsibility/lists", "责任清单与签署情况（本辖区）", auth=Auth.CONSOLE, errors=[OrgNotFound, OutOfScope])
async def list_lists(request: web.Request, principal: Principal, query: ListQuery) -> Page[ListOut]:
    """本组织及下级组织的责任清单：事项数、超期数、责任人签署当前版本的情况（未签署的清单上级可见）。"""
    items, total = await lists.list_lists(principal, query, today(request))
    return Page[ListOut].of(items, total, query)


@routes.get(LIST, "责任清单详情", auth=Auth.USER, errors=[ListNotFound, OutOfScope])
async def get_list(request: web.Request, principal: Principal, id: int) -> ListDetail:
    """清单的全部事项（含上级下达、本组织只读的事项），每项的状态、是否超期、履责汇报与审核意见，以及责任人签署情况。本组织党员和本辖区管理员可见。"""
    return await lists.get_list(principal, id, today(request))


@routes.get(LIST + "/export.xlsx", "导出责任清单（Excel）", auth=Auth.CONSOLE, produces=XLSX, errors=[ListNotFound, OutOfScope])
async def export_list(request: web.Request, principal: Principal, id: int) -> web.Response:
    """清单全部事项（含上级下达的事项）：类别、责任组织和岗位、时限、佐证要求、关联指标、状态和是否逾期；导出留痕。"""
    body, name = await lists.export_list(principal, id, today(request))
    return file_response(body, name, XLSX)


@routes.post(
    LIST + "/items",
    "新增清单事项（可下达给下级组织）",
    auth=Auth.ADMIN,
    status=201,
    errors=[ListNotFound, OutOfScope, OrgNotFound, OwnerOutsideList, DeadlineOutsideYear, SourceRequired, TicketNotFound],
)
async def add_item(request: web.Request, principal: Principal, id: int, body: ItemCreate) -> ItemOut:
    """在清单中新增责任/任务/问题事项：责任组织为本组织或下级组织（下达给下级时，下级本年度清单随之建立并须重新签署）；完成时限须在清单年度内；问题清单事项须关联发现问题的工单或督查发现。清单版本随之递增。"""
    return await lists.add_item(principal, id, body, now(request), today(request))


@routes.patch(ITEM, "修改清单事项", auth=Auth.ADMIN, errors=[ItemNotFound, OutOfScope, ParentItem, DeadlineOutsideYear])
async def update_item(request: web.Request, principal: Principal, id: int, body: ItemUpdate) -> ItemOut:
    """修改事项（仅下达该事项的组织及其上级）；上级下达的事项下级只能查看。修改后清单版本递增，已签署的责任书须重新签署。"""
    return await lists.update_item(principal, id, body, now(request), today(request))


@routes.post(
    LIST + "/sign",
    "签署责任书（责任人）",
    auth=Auth.MEMBER,
    status=201,
    errors=[ListNotFound, NotOwner, StaleVersion, AlreadySigned],
)
async def sign_list(request: web.Request, principal: Principal, id: int, body: SignIn) -> SignatureOut:
    """本组织担任清单责任岗位的党员确认责任书：须签署当前版本（记录签署人、时间和版本）；清单修改后须重新签署。"""
    return await lists.sign(principal, id, body.version, now(request))


@routes.get("/api/v1/responsibility/me", "我的责任清单（党员）", auth=Auth.MEMBER, errors=[ListNotFound])
async def my_list(request: web.Request, principal: Principal, query: MeQuery) -> ListDetail:
    """本人所在组织当年（或指定年度）的责任清单（含上级下达的事项），用于查看和签署责任书；本组织还没有清单时为 404。"""
    return await lists.my_list(principal, query.year or today(request).year, today(request))


@routes.post(
    ITEM + "/reports",
    "履责汇报（责任人，附证明材料）",
    auth=Auth.USER,
    status=201,
    errors=[ItemNotFound, OutOfScope, NotOwner, InvalidState, EvidenceRequired, EvidenceNotFound, EvidenceForeign],
)
async def report_item(request: web.Request, principal: Principal, id: int, body: ReportIn) -> ItemOut:
    """事项责任人（责任组织中担任该岗位的党员，或责任组织的管理员）汇报履责情况，`files` 为已上传证明材料的 token；事项要求证明材料时必须附上。汇报后待上级审核。"""
    return await cycle.report(principal, id, body, now(request), today(request))


@routes.post(
    ITEM + "/review",
    "审核履责汇报（上级组织）",
    auth=Auth.ADMIN,
    errors=[ItemNotFound, OutOfScope, ParentRequired, InvalidState, ReasonRequired],
)
async def review_item(request: web.Request, principal: Principal, id: int, body: ReviewIn) -> ItemOut:
    """只有责任组织的上级组织可以审核：通过，或填写理由退回（退回后责任人重新汇报）。记入审计日志。"""
    return await cycle.review(principal, id, body, now(request), today(request))


# ---- 述职述廉 ----------------------------------------------------------------------------------------


@routes.post(
    "/api/v1/responsibility/duty-reports",
    "提交述职述廉报告（书记）",
    auth=Auth.MEMBER,
    status=201,
    errors=[OrgNotFound, NotSecretary, DutyReportExists],
)
async def submit_duty_report(request: web.Request, principal: Principal, body: DutyReportCreate) -> DutyReportOut:
    """本组织书记提交年度述职述廉报告，每个组织每年一份。"""
    return await duty.submit(principal, body, now(request))


@routes.get(
    "/api/v1/responsibility/duty-reports", "述职述廉评议结果（本辖区）", auth=Auth.CONSOLE, errors=[OrgNotFound, OutOfScope]
)
async def list_duty_reports(request: web.Request, principal: Principal, query: DutyReportQuery) -> Page[DutyReportOut]:
    """本组织及下级组织的述职述廉报告，按年度保存，每份带各等次票数和上级评议等次。"""
    items, total = await duty.list_reports(principal, query)
    return Page[DutyReportOut].of(items, total, query)


@routes.get("/api/v1/responsibility/me/duty-reports", "本组织的述职述廉报告（党员）", auth=Auth.MEMBER)
async def my_duty_reports(request: web.Request, principal: Principal, query: MeQuery) -> Items[DutyReportOut]:
    """本人所在组织当年（或指定年度）的述职述廉报告，供党员评议。"""
    return Items[DutyReportOut](items=await duty.my_reports(principal, query.year or today(request).year))


@routes.get(
    r"/api/v1/responsibility/duty-reports/{id:\d+}", "述职述廉报告详情", auth=Auth.USER, errors=[DutyReportNotFound, OutOfScope]
)
async def get_duty_report(request: web.Request, principal: Principal, id: int) -> DutyReportOut:
    """报告内容与评议结果；本组织党员和本辖区管理员可见。"""
    return await duty.get_report(principal, id)


@routes.post(
    r"/api/v1/responsibility/duty-reports/{id:\d+}/ratings",
    "评议述职述廉报告",
    auth=Auth.USER,
    status=201,
    errors=[DutyReportNotFound, OutOfScope, NotRater, AlreadyRated],
)
async def rate_duty_report(request: web.Request, principal: Principal, id: int, body: DutyRatingIn) -> DutyReportOut:
    """本组织党员（报告人除外）和上级组织管理员评议：好、较好、一般、差，每人一次。"""
    return await duty.rate(principal, id, body.grade, now(request))
