"""Learning endpoints both sides call: the topic taxonomy and courses — the console gets the courses it
manages, a member the catalogue he may study, with his progress."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.learning import catalogue, content
from miniapp_api.learning.schemas import CourseOut, CourseQuery, TopicOut
from miniapp_api.orgs.service import OrgNotFound, OutOfScope
from server.core.appkeys import REDIS
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes
from server.core.errors import Forbidden, MemberRequired
from server.core.schemas import Items, Page

routes = Routes("learning")


@routes.get("/api/v1/learning/topics", "主题分类", auth=Auth.USER)
async def list_topics(request: web.Request, principal: Principal) -> Items[TopicOut]:
    """课程的主题分类（党章党规、理论武装、党史、廉政教育、业务知识、产业党建、时政要闻、基层治理等），按排序号。超级管理员还能看到已停用的主题。"""
    rows = await content.list_topics(include_inactive=principal.is_superadmin)
    return Items[TopicOut](items=[TopicOut.model_validate(t) for t in rows])


@routes.get("/api/v1/learning/courses", "课程列表：管理员看所辖课程（含草稿），党员看可学课程", auth=Auth.USER,
            errors=[OrgNotFound, OutOfScope, Forbidden, MemberRequired])
async def list_courses(request: web.Request, principal: Principal, query: CourseQuery) -> Page[CourseOut]:
    """控制台用户：本组织及下级组织的课程和全局课程（含草稿、已下架），可按组织、状态和名称筛选，新的在前。党员：本人可学的已发布课程（本组织、上级组织和全局课程中符合学习对象的），可按主题和名称搜索，带本人进度。"""
    if catalogue.is_console(principal):
        rows, total = await catalogue.admin_courses(principal, query)
    else:
        member, org = await content.learner(principal)
        rows, total = await catalogue.member_courses(request.config_dict[REDIS], member, org, query)
    return Page[CourseOut].of(rows, total, query)


@routes.get(r"/api/v1/learning/courses/{id:\d+}", "课程详情（党员附带个人进度）", auth=Auth.USER,
            errors=[content.CourseNotFound, content.NotEditable, Forbidden, MemberRequired])
async def get_course(request: web.Request, principal: Principal, id: int) -> CourseOut:
    """课程及其课时。控制台用户只能看本组织及下级组织的课程和全局课程；党员只能看本人可学的已发布课程，并附带每个课时的进度。"""
    if catalogue.is_console(principal):
        return await catalogue.admin_course(principal, id)
    member, org = await content.learner(principal)
    return await catalogue.member_course(request.config_dict[REDIS], member, org, id)
