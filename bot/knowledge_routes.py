"""HTTP routes of the knowledge base (admin console): upload, list, versions, status, delete.

The knowledge package is a library; its web part lives here, with the domain that serves it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from aiohttp import BodyPartReader, web

from bot.state import KNOWLEDGE_INDEX
from knowledge import service
from knowledge.runtime import IndexRuntime
from knowledge.schemas import (
    DocumentDetail,
    DocumentOut,
    DocumentQuery,
    DocumentUpdate,
    IndexStatus,
    UploadFields,
    UploadOut,
)
from server.core.appkeys import AUDIT, SETTINGS
from server.core.auth import Principal, require_admin
from server.core.errors import BadRequest, PayloadTooLarge, UnsupportedMediaType
from server.core.http import json_response, match_int, page_response, parse_model, read_json, read_query
from server.core.openapi import api

routes = web.RouteTableDef()
MAX_FIELD_BYTES = 4096


def index_runtime(app: web.Application) -> IndexRuntime:
    return app[KNOWLEDGE_INDEX]


async def changed(request: web.Request) -> None:
    """Announce the change to every worker and bring this worker's index up to date now."""
    runtime = index_runtime(request.app)
    generation = await runtime.announce()
    await runtime.reload(generation)


async def audit(request: web.Request, principal: Principal, action: str, doc_id: int, detail: dict[str, Any]) -> None:
    """Record an admin write through the app's audit hook (absent when the package runs on its own)."""
    record = request.app.get(AUDIT)
    if record is not None:
        await record(principal, action, "knowledge_document", doc_id, org_id=principal.org_id, detail=detail)


async def read_form(request: web.Request, max_bytes: int) -> tuple[UploadFields, str, bytes]:
    """The multipart body: form fields (validated) and the file part named `file`."""
    if not request.content_type.startswith("multipart/"):
        raise UnsupportedMediaType("请以 multipart/form-data 上传文件")
    reader = await request.multipart()
    values: dict[str, Any] = {}
    filename, data = "", b""
    while (part := await reader.next()) is not None:
        if not isinstance(part, BodyPartReader):
            continue
        if part.name == "file":
            filename, data = part.filename or "", await _read_part(part, max_bytes)
        elif part.name:
            values[part.name] = (await _read_part(part, MAX_FIELD_BYTES)).decode("utf-8", "replace")
    if not filename:
        raise BadRequest("缺少上传文件", code="upload.missing_file", details={"field": "file"})
    values = {k: v for k, v in values.items() if v != ""}
    return parse_model(UploadFields, values), filename, data


async def _read_part(part: BodyPartReader, max_bytes: int) -> bytes:
    chunks, size = [], 0
    while chunk := await part.read_chunk(64 * 1024):
        size += len(chunk)
        if size > max_bytes:
            raise PayloadTooLarge(details={"max_bytes": max_bytes})
        chunks.append(chunk)
    return b"".join(chunks)


@routes.post("/api/v1/knowledge/documents")
@api("上传党内法规文件（txt/md/docx/pdf/html）；同名现行文件的新文本成为新版本", tags=["knowledge"],
     response=UploadOut, status=201, auth="admin", content_type="multipart/form-data",
     errors=["knowledge.no_articles", "knowledge.unsupported_format", "knowledge.unreadable_file"])
async def upload_document(request: web.Request) -> web.Response:
    principal = require_admin(request)
    fields, filename, data = await read_form(request, request.app[SETTINGS].max_upload_bytes)
    out = await service.ingest(filename, data, fields, principal.user_id)
    if out.outcome != "unchanged":
        await changed(request)
        action = "knowledge.upload" if out.outcome == "added" else "knowledge.replace"
        await audit(request, principal, action, out.document.id, {
            "title": out.document.title, "version": out.document.version, "filename": filename[:100],
            "article_count": out.article_count, "warnings": len(out.warnings)})
    return json_response(out, status=200 if out.outcome == "unchanged" else 201)


@routes.get("/api/v1/knowledge/documents")
@api("知识库文件列表", tags=["knowledge"], query=DocumentQuery, response=DocumentOut, auth="admin")
async def list_documents(request: web.Request) -> web.Response:
    require_admin(request, write=False)
    q = read_query(request, DocumentQuery)
    items, total = await service.list_documents(q)
    return page_response(items, total, q)


@routes.get("/api/v1/knowledge/documents/{id}")
@api("文件详情（含条文与解析警告）", tags=["knowledge"], response=DocumentDetail, auth="admin")
async def get_document(request: web.Request) -> web.Response:
    require_admin(request, write=False)
    return json_response(await service.document_detail(match_int(request)))


@routes.get("/api/v1/knowledge/documents/{id}/versions")
@api("同一法规的全部版本", tags=["knowledge"], response=DocumentOut, auth="admin")
async def document_versions(request: web.Request) -> web.Response:
    require_admin(request, write=False)
    items = await service.versions(match_int(request))
    return json_response({"items": [i.model_dump(mode="json") for i in items], "total": len(items)})


@routes.patch("/api/v1/knowledge/documents/{id}")
@api("修改文件状态、可见范围与元数据", tags=["knowledge"], body=DocumentUpdate, response=DocumentOut, auth="admin")
async def update_document(request: web.Request) -> web.Response:
    principal = require_admin(request)
    data = await read_json(request, DocumentUpdate)
    out = await service.update_document(match_int(request), data)
    await changed(request)
    action = "knowledge.status" if data.status is not None else "knowledge.update"
    await audit(request, principal, action, out.id, {
        "title": out.title, "version": out.version, **data.model_dump(mode="json", exclude_unset=True)})
    return json_response(out)


@routes.delete("/api/v1/knowledge/documents/{id}")
@api("删除一个版本（删除现行版本时恢复其上一版本）", tags=["knowledge"], status=204, auth="admin")
async def delete_document(request: web.Request) -> web.Response:
    principal = require_admin(request)
    doc_id = match_int(request)
    doc = await service.delete_document(doc_id)
    await changed(request)
    await audit(request, principal, "knowledge.delete", doc_id, {
        "title": doc.title, "version": doc.version, "status": doc.status.value})
    return web.Response(status=204)


@routes.get("/api/v1/knowledge/status")
@api("检索索引状态", tags=["knowledge"], response=IndexStatus, auth="admin")
async def index_status(request: web.Request) -> web.Response:
    require_admin(request, write=False)
    runtime = index_runtime(request.app)
    index = runtime.index
    built = datetime.fromtimestamp(runtime.built_at, UTC) if runtime.built_at else None
    return json_response(IndexStatus(
        documents=len(index.corpus.documents) if index else 0, articles=len(index) if index else 0,
        generation=runtime.generation, built_at=built,
    ))
