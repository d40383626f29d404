"""HTTP routes of rectification tickets (the 差评 inbox) and the overdue/escalation job."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.rectification import service
from miniapp_api.rectification.schemas import ActionIn, ContactOut, TicketDetail, TicketOut, TicketQuery
from miniapp_api.rectification.state import sources_of
from server.core.appkeys import CLOCK, SETTINGS
from server.core.auth import require_admin
from server.core.http import json_response, match_int, page_response, read_json, read_query
from server.core.jobs import Job
from server.core.openapi import api

routes = web.RouteTableDef()


def _sources(request: web.Request) -> dict[str, service.TicketSource]:
    return sources_of(request.app)


@routes.get("/api/v1/rectifications")
@api("整改工单列表（本辖区）", tags=["rectification"], query=TicketQuery, response=TicketOut, auth="admin")
async def list_tickets(request: web.Request) -> web.Response:
    principal = require_admin(request, write=False)
    q = read_query(request, TicketQuery)
    items, total = await service.list_tickets(principal, q, request.app[CLOCK].now())
    return page_response(items, total, q)


@routes.get("/api/v1/rectifications/{id}")
@api("整改工单详情与流转记录", tags=["rectification"], response=TicketDetail, auth="admin")
async def get_ticket(request: web.Request) -> web.Response:
    principal = require_admin(request, write=False)
    return json_response(await service.get_ticket(principal, match_int(request), request.app[CLOCK].now()))


@routes.post("/api/v1/rectifications/{id}/actions")
@api("工单操作：核实/整改/回访/办结/申诉/裁定", tags=["rectification"], body=ActionIn, response=TicketOut, auth="admin")
async def act(request: web.Request) -> web.Response:
    principal = require_admin(request)
    data = await read_json(request, ActionIn)
    out = await service.act(principal, match_int(request), data, request.app[CLOCK].now(), _sources(request))
    return json_response(out)


@routes.get("/api/v1/rectifications/{id}/contact")
@api("回访联系方式（仅责任组织管理员，留痕）", tags=["rectification"], response=ContactOut, auth="admin")
async def contact(request: web.Request) -> web.Response:
    principal = require_admin(request)
    ticket_id = match_int(request)
    phone = await service.contact_for_callback(principal, ticket_id, _sources(request))
    return json_response(ContactOut(ticket_id=ticket_id, phone=phone), headers={"Cache-Control": "no-store"})


def jobs(app: web.Application) -> list[Job]:
    """The deadline checker: marks overdue tickets and escalates them (督办)."""

    async def run() -> None:
        await service.mark_overdue(app[CLOCK].now())

    return [Job("rectification.overdue", app[SETTINGS].evaluation.overdue_check_interval_s, run)]
