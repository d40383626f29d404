"""HTTP routes of organisations and members (admin console)."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.accounts import service as accounts
from miniapp_api.orgs import roster, service
from miniapp_api.orgs.roster import BadRosterFile
from miniapp_api.orgs.schemas import (
    ExportQuery,
    ImportQuery,
    ImportReport,
    MemberCreate,
    MemberOut,
    MemberQuery,
    MemberUpdate,
    OrgCreate,
    OrgOut,
    OrgTree,
    OrgUpdate,
)
from miniapp_api.orgs.service import (
    BadParent,
    DuplicateOrgName,
    DuplicatePhone,
    MemberNotFound,
    OrgNotFound,
    OutOfScope,
    RootRequiresSuperadmin,
)
from server.core.appkeys import REVOCATIONS
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes, Upload
from server.core.http import XLSX, file_response
from server.core.schemas import Page

routes = Routes("orgs")
members = Routes("members")
IN_SCOPE = [OrgNotFound, OutOfScope]
MEMBER = [MemberNotFound, OutOfScope]


@routes.post("/api/v1/orgs", "创建组织", auth=Auth.ADMIN, status=201,
             errors=[*IN_SCOPE, BadParent, DuplicateOrgName, RootRequiresSuperadmin])
async def create_org(request: web.Request, principal: Principal, body: OrgCreate) -> OrgOut:
    """在本辖区内建立下级组织：党委下可建党委、党总支、党支部，党总支下建党支部，党支部下建党小组。
    同一上级下名称不能重复；顶级组织只有超级管理员能建。留痕。"""
    return service.org_out(await service.create_org(principal, body))


@routes.get("/api/v1/orgs/tree", "本辖区组织树", auth=Auth.CONSOLE)
async def org_tree(request: web.Request, principal: Principal) -> OrgTree:
    """调用者可见的组织（本组织及全部下级；超级管理员为全部）按层级嵌套，附各组织的党员人数。"""
    return OrgTree(roots=await service.org_tree(principal))


@routes.get("/api/v1/orgs/{id}", "组织详情", auth=Auth.CONSOLE, errors=IN_SCOPE)
async def get_org(request: web.Request, principal: Principal, id: int) -> OrgOut:
    """本辖区内一个组织的名称、层级、类型和上级；辖区外的组织一律拒绝。"""
    return service.org_out(await service.ensure_scope(principal, id))


@routes.patch("/api/v1/orgs/{id}", "修改组织（改名、类型、移动）", auth=Auth.ADMIN,
              errors=[*IN_SCOPE, BadParent, DuplicateOrgName, RootRequiresSuperadmin])
async def update_org(request: web.Request, principal: Principal, id: int, body: OrgUpdate) -> OrgOut:
    """改名、改单位类型或地区，或把组织（连同下级）移到本辖区内另一个上级之下；不能移到自己的下级之下，
    也不能移动本人所在的组织。留痕。"""
    return service.org_out(await service.update_org(principal, id, body))


@members.post("/api/v1/orgs/{id}/members", "登记党员", auth=Auth.ADMIN, status=201, errors=[*IN_SCOPE, DuplicatePhone])
async def create_member(request: web.Request, principal: Principal, id: int, body: MemberCreate) -> MemberOut:
    """在本辖区内的组织登记一名党员（或入党积极分子）；手机号全库唯一，返回时中间四位打码。留痕。"""
    return service.member_out(await service.create_member(principal, id, body))


@members.get("/api/v1/orgs/{id}/members", "党员列表与搜索", auth=Auth.CONSOLE, errors=IN_SCOPE)
async def list_members(request: web.Request, principal: Principal, id: int, query: MemberQuery) -> Page[MemberOut]:
    """组织的党员（可含下级组织），按状态筛选、按姓名搜索，或用完整的 11 位手机号精确查找——号码片段（如后四位）
    不匹配任何人，以免只读人员从打码的号码逐位试出完整号码；每次按手机号查找都记入审计日志。手机号一律打码，
    is_bound 表示已绑定微信。"""
    rows, total = await service.list_members(principal, id, query)
    bound = await accounts.bound_member_ids([m.id for m in rows])
    return Page[MemberOut].of([service.member_out(m, bound) for m in rows], total, query)


@members.post("/api/v1/orgs/{id}/members/import", "从 Excel 导入党员花名册", auth=Auth.ADMIN,
              errors=[*IN_SCOPE, BadRosterFile])
async def import_members(request: web.Request, principal: Principal, id: int, query: ImportQuery,
                         upload: Upload) -> ImportReport:
    """上传按模板填写的花名册（multipart 字段 `file`，.xlsx）。逐行校验：姓名、手机号格式、党员状态、所属组织须在本辖区、
    手机号不得与已登记或文件内其他行重复；合格的行在一个事务里导入，不合格的行逐条说明原因。文件本身无法读取时整份拒绝，
    什么也不导入。dry_run=true 只校验不写入。留痕。"""
    return await roster.import_members(principal, id, upload.data, dry_run=query.dry_run)


@members.get("/api/v1/orgs/{id}/members/export.xlsx", "导出党员花名册（xlsx）", auth=Auth.ADMIN, produces=XLSX,
             errors=IN_SCOPE)
async def export_members(request: web.Request, principal: Principal, id: int, query: ExportQuery) -> web.Response:
    """本组织及下级组织全部党员的花名册；手机号默认打码，full_phone=true 导出完整号码。每次导出留痕。"""
    name, content = await roster.export_members(principal, id, full_phone=query.full_phone)
    return file_response(content, name, XLSX)


@members.get("/api/v1/members/import-template.xlsx", "花名册导入模板", auth=Auth.ADMIN, produces=XLSX)
async def import_template(request: web.Request) -> web.Response:
    """花名册模板：首行为导入所需的列（姓名、手机号、党员状态、职务、入党日期、所属组织），第二行是示例（导入时忽略），
    另有“填写说明”工作表列出每列可填写的值。"""
    return file_response(roster.template_bytes(), "党员花名册模板.xlsx", XLSX)


@members.get("/api/v1/members/{id}", "党员详情", auth=Auth.CONSOLE, errors=MEMBER)
async def get_member(request: web.Request, principal: Principal, id: int) -> MemberOut:
    """本辖区内一名党员的信息（手机号打码）；已停用或辖区外的党员视为不存在或拒绝。"""
    member = await service.get_member(principal, id)
    return service.member_out(member, await accounts.bound_member_ids([member.id]))


@members.patch("/api/v1/members/{id}", "修改党员信息", auth=Auth.ADMIN, errors=[*MEMBER, OrgNotFound, DuplicatePhone])
async def update_member(request: web.Request, principal: Principal, id: int, body: MemberUpdate) -> MemberOut:
    """修改姓名、手机号、党员状态、职务、入党日期，或转到本辖区内的另一个组织。留痕。"""
    member = await service.update_member(principal, id, body)
    return service.member_out(member, await accounts.bound_member_ids([member.id]))


@members.delete("/api/v1/members/{id}", "删除（停用）党员", auth=Auth.ADMIN, errors=MEMBER)
async def delete_member(request: web.Request, principal: Principal, id: int) -> None:
    """停用党员：历史记录保留，手机号释放可重新登记；绑定该党员的微信用户随即解除绑定、已登录的凭证全部失效
    （不能再签到、进会议室或投票）。留痕。"""
    await accounts.deactivate_member(request.config_dict[REVOCATIONS], principal, id)
