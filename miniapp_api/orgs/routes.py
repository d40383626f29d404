"""HTTP routes of organisations and members (admin console)."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.accounts import service as accounts
from miniapp_api.orgs import roster, service
from miniapp_api.orgs.schemas import (
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
from server.core.appkeys import SETTINGS
from server.core.auth import require_admin
from server.core.http import XLSX, file_response, json_response, match_int, page_response, read_json, read_query, read_upload
from server.core.openapi import api
from server.core.schemas import Schema

routes = web.RouteTableDef()


class ExportQuery(Schema):
    full_phone: bool = False


@routes.post("/api/v1/orgs")
@api("创建组织", tags=["orgs"], body=OrgCreate, response=OrgOut, status=201, auth="admin")
async def create_org(request: web.Request) -> web.Response:
    principal = require_admin(request)
    org = await service.create_org(principal, await read_json(request, OrgCreate))
    return json_response(service.org_out(org), status=201)


@routes.get("/api/v1/orgs/tree")
@api("本辖区组织树", tags=["orgs"], response=OrgTree, auth="admin")
async def org_tree(request: web.Request) -> web.Response:
    principal = require_admin(request, write=False)
    return json_response(OrgTree(roots=await service.org_tree(principal)))


@routes.get("/api/v1/orgs/{id}")
@api("组织详情", tags=["orgs"], response=OrgOut, auth="admin")
async def get_org(request: web.Request) -> web.Response:
    principal = require_admin(request, write=False)
    return json_response(service.org_out(await service.ensure_scope(principal, match_int(request))))


@routes.patch("/api/v1/orgs/{id}")
@api("修改组织（改名、类型、移动）", tags=["orgs"], body=OrgUpdate, response=OrgOut, auth="admin")
async def update_org(request: web.Request) -> web.Response:
    principal = require_admin(request)
    org = await service.update_org(principal, match_int(request), await read_json(request, OrgUpdate))
    return json_response(service.org_out(org))


@routes.post("/api/v1/orgs/{id}/members")
@api("登记党员", tags=["members"], body=MemberCreate, response=MemberOut, status=201, auth="admin")
async def create_member(request: web.Request) -> web.Response:
    principal = require_admin(request)
    member = await service.create_member(principal, match_int(request), await read_json(request, MemberCreate))
    return json_response(service.member_out(member), status=201)


@routes.get("/api/v1/orgs/{id}/members")
@api("党员列表与搜索", tags=["members"], query=MemberQuery, auth="admin")
async def list_members(request: web.Request) -> web.Response:
    principal = require_admin(request, write=False)
    q = read_query(request, MemberQuery)
    rows, total = await service.list_members(principal, match_int(request), q)
    bound = await accounts.bound_member_ids([m.id for m in rows])
    return page_response([service.member_out(m, bound) for m in rows], total, q)


@routes.post("/api/v1/orgs/{id}/members/import")
@api("从 Excel 导入党员花名册", tags=["members"], query=ImportQuery, response=ImportReport, auth="admin",
     content_type="multipart/form-data")
async def import_members(request: web.Request) -> web.Response:
    principal = require_admin(request)
    q = read_query(request, ImportQuery)
    _, _, content = await read_upload(request, request.app[SETTINGS].max_upload_bytes)
    report = await roster.import_members(principal, match_int(request), content, dry_run=q.dry_run)
    return json_response(report)


@routes.get("/api/v1/orgs/{id}/members/export.xlsx")
@api("导出党员花名册（xlsx）", tags=["members"], query=ExportQuery, auth="admin", produces=XLSX)
async def export_members(request: web.Request) -> web.Response:
    principal = require_admin(request)
    q = read_query(request, ExportQuery)
    name, content = await roster.export_members(principal, match_int(request), full_phone=q.full_phone)
    return file_response(content, name, XLSX)


@routes.get("/api/v1/members/import-template.xlsx")
@api("花名册导入模板", tags=["members"], auth="admin", produces=XLSX)
async def import_template(request: web.Request) -> web.Response:
    require_admin(request)
    return file_response(roster.template_bytes(), "党员花名册模板.xlsx", XLSX)


@routes.get("/api/v1/members/{id}")
@api("党员详情", tags=["members"], response=MemberOut, auth="admin")
async def get_member(request: web.Request) -> web.Response:
    principal = require_admin(request, write=False)
    member = await service.get_member(principal, match_int(request))
    return json_response(service.member_out(member, await accounts.bound_member_ids([member.id])))


@routes.patch("/api/v1/members/{id}")
@api("修改党员信息", tags=["members"], body=MemberUpdate, response=MemberOut, auth="admin")
async def update_member(request: web.Request) -> web.Response:
    principal = require_admin(request)
    member = await service.update_member(principal, match_int(request), await read_json(request, MemberUpdate))
    await member.fetch_related("org")
    return json_response(service.member_out(member))


@routes.delete("/api/v1/members/{id}")
@api("删除（停用）党员", tags=["members"], status=204, auth="admin")
async def delete_member(request: web.Request) -> web.Response:
    principal = require_admin(request)
    await service.delete_member(principal, match_int(request))
    return web.Response(status=204)
