"""The knowledge base as the console manages it: knowledge's service calls with their errors as HTTP errors,
every worker's index brought up to date after a change, and each admin write in the audit log."""

from __future__ import annotations

from bot.audit import Editor
from bot.errors import knowledge_errors
from bot.knowledge_schemas import DocumentQuery, IndexStatus
from bot.scope import KbScope
from knowledge import service
from knowledge.runtime import IndexRuntime
from knowledge.schemas import DocumentDetail, DocumentOut, DocumentUpdate, SupersessionNotice, UploadFields, UploadOut

TARGET = "knowledge_document"


async def changed(runtime: IndexRuntime) -> None:
    """Announce the change to every worker and bring this worker's index up to date now."""
    generation = await runtime.announce()
    await runtime.reload(generation)


async def upload(editor: Editor, runtime: IndexRuntime, scope: KbScope, filename: str, data: bytes,
                 fields: UploadFields) -> UploadOut:
    """Store an uploaded regulation in the uploader's org (global for a superadmin); a changed text of a
    current title of the same owner becomes its next version."""
    org_id = scope.upload_org()
    with knowledge_errors():
        out = await service.ingest(filename, data, fields, editor.principal.user_id, org_id)
    if out.outcome != "unchanged":
        await changed(runtime)
        action = "knowledge.upload" if out.outcome == "added" else "knowledge.replace"
        await editor.audit(action, TARGET, out.document.id, {
            "title": out.document.title, "version": out.document.version, "filename": filename[:100],
            "article_count": out.article_count, "warnings": len(out.warnings)})
    return out


async def _owner(doc_id: int) -> int | None:
    with knowledge_errors():
        return (await service.get_document(doc_id)).org_id


async def update(editor: Editor, runtime: IndexRuntime, scope: KbScope, doc_id: int, data: DocumentUpdate) -> DocumentOut:
    """Change a version's status, visibility or metadata (only a document of the editor's subtree)."""
    scope.check_manage(await _owner(doc_id))
    with knowledge_errors():
        out = await service.update_document(doc_id, data)
    await changed(runtime)
    action = "knowledge.status" if data.status is not None else "knowledge.update"
    await editor.audit(action, TARGET, out.id, {
        "title": out.title, "version": out.version, **data.model_dump(mode="json", exclude_unset=True)})
    return out


async def delete(editor: Editor, runtime: IndexRuntime, scope: KbScope, doc_id: int) -> None:
    """Delete a version (only a document of the editor's subtree); deleting the current one brings back the
    version it replaced."""
    scope.check_manage(await _owner(doc_id))
    with knowledge_errors():
        doc = await service.delete_document(doc_id)
    await changed(runtime)
    await editor.audit("knowledge.delete", TARGET, doc_id, {
        "title": doc.title, "version": doc.version, "status": doc.status.value})


async def list_documents(scope: KbScope, query: DocumentQuery) -> tuple[list[DocumentOut], int]:
    return await service.list_documents(text=query.q, status=query.status, all_versions=query.all_versions,
                                        offset=query.offset, limit=query.page_size, org_ids=scope.see)


async def supersession_notices(scope: KbScope) -> list[SupersessionNotice]:
    return await service.supersession_notices(scope.see)


async def document_detail(scope: KbScope, doc_id: int) -> DocumentDetail:
    scope.check_see(await _owner(doc_id))
    with knowledge_errors():
        return await service.document_detail(doc_id)


async def versions(scope: KbScope, doc_id: int) -> list[DocumentOut]:
    scope.check_see(await _owner(doc_id))
    with knowledge_errors():
        return await service.versions(doc_id)


def index_status(runtime: IndexRuntime) -> IndexStatus:
    index = runtime.index
    return IndexStatus(documents=len(index.corpus.documents) if index else 0, articles=len(index) if index else 0,
                       generation=runtime.generation, built_at=runtime.built_at)
