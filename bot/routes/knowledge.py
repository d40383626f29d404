"""The console's knowledge base: upload, list, detail, versions, status changes, delete, and the index status.

The knowledge package is a library; its web part lives here, with the domain that serves it
(bot/knowledge_admin.py does the work: knowledge's service, the index reload on every worker, the audit)."""

from __future__ import annotations

from aiohttp import web

from bot import knowledge_admin
from bot.audit import Editor
from bot.errors import DocumentNotFound, NoArticles, UnreadableFile, UnsupportedFile
from bot.knowledge_schemas import DocumentQuery, IndexStatus
from bot.scope import KbScope, KnowledgeOutOfScope, NoOrgForUpload, kb_scope
from bot.state import KNOWLEDGE_INDEX
from knowledge.runtime import IndexRuntime
from knowledge.schemas import DocumentDetail, DocumentOut, DocumentUpdate, SupersessionNotice, UploadFields, UploadOut
from server.core.appkeys import AUDIT, SETTINGS
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes, Upload, parse_model
from server.core.errors import PayloadTooLarge, UploadMissingFile, ValidationFailed
from server.core.schemas import Items, Page

routes = Routes("knowledge")
DOCUMENT = r"/api/v1/knowledge/documents/{id:\d+}"


def _index(request: web.Request) -> IndexRuntime:
    return request.config_dict[KNOWLEDGE_INDEX]


def _editor(request: web.Request, principal: Principal) -> Editor:
    return Editor(principal, request.config_dict.get(AUDIT))


async def _scope(request: web.Request, principal: Principal) -> KbScope:
    return await kb_scope(request.config_dict, principal)


@routes.post("/api/v1/knowledge/documents", "上传党内法规文件", auth=Auth.ADMIN, status=201, response=UploadOut,
             errors=[NoArticles, UnsupportedFile, UnreadableFile, ValidationFailed, PayloadTooLarge, NoOrgForUpload])
async def upload_document(request: web.Request, principal: Principal, upload: Upload) -> web.Response:
    """上传 txt/md/docx/pdf/html 文件（字段 `file`，不超过 BOT__MAX_DOCUMENT_BYTES，默认 5 MB），可附表单字段
    visibility（公开/内部）、title、doc_number、issuer、level、effective_date（留空则从文件中识别）。文件属于上传者的组织
    （适用于其下级组织），超级管理员上传的为全局文件。返回识别出的条数与解析警告；与本组织现行文件同名且内容有变化时成为
    新版本、原版本标记为已修订（201），内容未变化时不作改动（200）。有改动时各进程重新加载索引，并写入审计日志。"""
    if not upload.filename:
        raise UploadMissingFile(details={"field": "file"})
    limit = request.config_dict[SETTINGS].bot.max_document_bytes
    if len(upload.data) > limit:
        raise PayloadTooLarge(details={"max_bytes": limit})
    fields = parse_model(UploadFields, {k: v for k, v in upload.fields.items() if v != ""})
    out = await knowledge_admin.upload(_editor(request, principal), _index(request), await _scope(request, principal),
                                       upload.filename, upload.data, fields)
    return web.Response(body=out.model_dump_json(), status=200 if out.outcome == "unchanged" else 201,
                        content_type="application/json")


@routes.get("/api/v1/knowledge/documents", "知识库文件列表", auth=Auth.CONSOLE)
async def list_documents(request: web.Request, principal: Principal, query: DocumentQuery) -> Page[DocumentOut]:
    """按标题排列的文件（同一法规新版本在前），含条数与解析警告。默认只列现行有效与已废止的，可按状态筛选、
    含历史版本，或按标题、文号搜索。只列全局文件和本组织及下级组织上传的文件。"""
    items, total = await knowledge_admin.list_documents(await _scope(request, principal), query)
    return Page[DocumentOut].of(items, total, query)


@routes.get(DOCUMENT, "文件详情（含条文与解析警告）", auth=Auth.CONSOLE, errors=[DocumentNotFound, KnowledgeOutOfScope])
async def get_document(request: web.Request, principal: Principal, id: int) -> DocumentDetail:
    """一个文件版本的元数据、解析警告和按原文顺序排列的全部条文（含所在章节）。本组织及下级组织以外上传的文件答复 403。"""
    return await knowledge_admin.document_detail(await _scope(request, principal), id)


@routes.get(DOCUMENT + "/versions", "同一法规的全部版本", auth=Auth.CONSOLE, errors=[DocumentNotFound, KnowledgeOutOfScope])
async def document_versions(request: web.Request, principal: Principal, id: int) -> Items[DocumentOut]:
    """与该文件同标题、同归属的所有版本，新版本在前；被替代的版本标明替代它的版本。"""
    return Items[DocumentOut](items=await knowledge_admin.versions(await _scope(request, principal), id))


@routes.patch(DOCUMENT, "修改文件状态、可见范围与元数据", auth=Auth.ADMIN, errors=[DocumentNotFound, KnowledgeOutOfScope],
              examples={"request": {"status": "已废止"}})
async def update_document(request: web.Request, principal: Principal, id: int, body: DocumentUpdate) -> DocumentOut:
    """修改状态（现行有效/已修订/已废止：只有现行有效的用于回答，问及旧版时除外）、可见范围（内部文件仅党员与
    工作人员可见）、文号、发文机关、层级或施行日期；各进程随即重新加载索引，并写入审计日志。只能修改本组织及下级组织
    上传的文件（全局文件仅超级管理员），否则答复 403。"""
    return await knowledge_admin.update(_editor(request, principal), _index(request), await _scope(request, principal),
                                        id, body)


@routes.delete(DOCUMENT, "删除一个版本", auth=Auth.ADMIN, errors=[DocumentNotFound, KnowledgeOutOfScope])
async def delete_document(request: web.Request, principal: Principal, id: int) -> None:
    """删除一个文件版本及其条文；删除现行版本时，被它替代的上一版本恢复为现行有效。各进程随即重新加载索引，并写入审计日志。
    只能删除本组织及下级组织上传的文件（全局文件仅超级管理员），否则答复 403。"""
    await knowledge_admin.delete(_editor(request, principal), _index(request), await _scope(request, principal), id)


@routes.get("/api/v1/knowledge/notices", "可能已被取代的文件", auth=Auth.CONSOLE)
async def supersession_notices(request: web.Request, principal: Principal) -> Items[SupersessionNotice]:
    """知识库中另一份现行文件载明已废止（"……《某条例》同时废止"）、且不晚于该说明的现行文件：可能已有新版本，
    请核对后上传新版本或将其标为已废止。只看全局文件和本组织及下级组织上传的文件。"""
    return Items[SupersessionNotice](items=await knowledge_admin.supersession_notices(await _scope(request, principal)))


@routes.get("/api/v1/knowledge/status", "检索索引状态", auth=Auth.CONSOLE)
async def index_status(request: web.Request) -> IndexStatus:
    """本进程检索索引收录的文件版本数、条数、对应的知识库变更代数和建立时间。"""
    return knowledge_admin.index_status(_index(request))
