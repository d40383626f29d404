"""The knowledge base as the console manages it: knowledge's service calls with their errors as HTTP errors,
every worker's index brought up to date after a change, and each admin write in the audit log."""

from __future__ import annotations

from bot.audit import Editor
from bot.errors import knowledge_errors
from bot.knowledge_schemas import DocumentQuery, IndexStatus
from knowledge import service
from knowledge.runtime import IndexRuntime
from knowledge.schemas import DocumentDetail, DocumentOut, DocumentUpdate, UploadFields, UploadOut

TARGET = "knowledge_document"


async def changed(runtime: IndexRuntime) -> None:
    """Announce the change to every worker and bring this worker's index up to date now."""
    generation = await runtime.announce()
    await runtime.reload(generation)


async def upload(editor: Editor, runtime: IndexRuntime, filename: str, data: bytes, fields: UploadFields) -> UploadOut:
    """Store an uploaded regulation (a changed text of a current title becomes its next version)."""
    with knowledge_errors():
        out = await service.ingest(filename, data, fields, editor.principal.user_id)
    if out.outcome != "unchanged":
        await changed(runtime)
        action = "knowledge.upload" if out.outcome == "added" else "knowledge.replace"
        await editor.audit(action, TARGET, out.document.id, {
            "title": out.document.title, "version": out.document.version, "filename": filename[:100],
            "article_count": out.article_count, "warnings": len(out.warnings)})
    return out


async def update(editor: Editor, runtime: IndexRuntime, doc_id: int, data: DocumentUpdate) -> DocumentOut:
    """Change a version's status, visibility or metadata."""
    with knowledge_errors():
        out = await service.update_document(doc_id, data)
    await changed(runtime)
    action = "knowledge.status" if data.status is not None else "knowledge.update"
    await editor.audit(action, TARGET, out.id, {
        "title": out.title, "version": out.version, **data.model_dump(mode="json", exclude_unset=True)})
    return out


async def delete(editor: Editor, runtime: IndexRuntime, doc_id: int) -> None:
    """Delete a version; deleting the current one brings back the version it replaced."""
    with knowledge_errors():
        doc = await service.delete_document(doc_id)
    await changed(runtime)
    await editor.audit("knowledge.delete", TARGET, doc_id, {
        "title": doc.title, "version": doc.version, "status": doc.status.value})


async def list_documents(query: DocumentQuery) -> tuple[list[DocumentOut], int]:
    return await service.list_documents(text=query.q, status=query.status, all_versions=query.all_versions,
                                        offset=query.offset, limit=query.page_size)


async def document_detail(doc_id: int) -> DocumentDetail:
    with knowledge_errors():
        return await service.document_detail(doc_id)


async def versions(doc_id: int) -> list[DocumentOut]:
    with knowledge_errors():
        return await service.versions(doc_id)


def index_status(runtime: IndexRuntime) -> IndexStatus:
    index = runtime.index
    return IndexStatus(documents=len(index.corpus.documents) if index else 0, articles=len(index) if index else 0,
                       generation=runtime.generation, built_at=runtime.built_at)
