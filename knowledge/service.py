"""Knowledge-base rules on the database: upload → parse → new document or new version; status; delete."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Collection
from dataclasses import asdict
from pathlib import Path

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from knowledge import supersession
from knowledge.corpus import iter_files, metadata_fields
from knowledge.errors import DocumentNotFound, KnowledgeError, NoArticles, UnreadableFile, UnsupportedFile
from knowledge.file_text import UnsupportedFormat, extract_text, title_from_filename
from knowledge.models import Article, Document, DocumentStatus
from knowledge.parsing import ParsedDocument, parse_text
from knowledge.records import ArticleRecord, Corpus, DocumentMeta, article_count
from knowledge.schemas import (
    ArticleOut,
    DocumentDetail,
    DocumentOut,
    DocumentUpdate,
    SupersessionNotice,
    UploadFields,
    UploadOut,
)

DEMO_DIR = Path(__file__).resolve().parent / "demo"


def _parse(filename: str, data: bytes, title: str) -> ParsedDocument:
    try:
        text = extract_text(data, filename)
    except UnsupportedFormat:
        raise UnsupportedFile() from None
    except Exception:  # a broken docx/pdf is the uploader's problem, not a 500
        raise UnreadableFile() from None
    parsed = parse_text(text, title=title or None)
    parsed.title = parsed.title or title_from_filename(filename)
    return parsed


async def _article_count(doc: Document) -> int:
    numbers = await Article.filter(document_id=doc.id, number__gt=0).distinct().values_list("number", flat=True)
    return len(set(numbers))


async def document_out(doc: Document) -> DocumentOut:
    out = DocumentOut.model_validate(doc)
    out.article_count = await _article_count(doc)
    return out


async def get_document(doc_id: int) -> Document:
    doc = await Document.get_or_none(id=doc_id)
    if doc is None:
        raise DocumentNotFound()
    return doc


async def ingest(filename: str, data: bytes, fields: UploadFields, user_id: int | None,
                 org_id: int | None = None, *, notices: bool = True) -> UploadOut:
    """Store an uploaded regulation; a changed text of a current title becomes its next version.

    `org_id`: the uploading org (None: global). Versions chain within one owner: an org's upload never
    supersedes another org's or a global document of the same title. `notices`: say which supersession
    notices concern the new document (a bulk import asks once, after its last file)."""
    parsed = await asyncio.to_thread(_parse, filename, data, fields.title)
    warnings = [asdict(w) for w in parsed.warnings]
    if not parsed.numbered:
        raise NoArticles(details={"warnings": warnings})
    title = parsed.title
    async with in_transaction():
        current = await Document.filter(title=title, status=DocumentStatus.CURRENT, org_id=org_id) \
            .order_by("-version").first()
        if current is not None and await _same_text(current, parsed):
            return UploadOut(outcome="unchanged", document=await document_out(current),
                             article_count=await _article_count(current), warnings=warnings)
        doc = await _create(title, filename, data, parsed, fields, user_id, org_id, current, warnings)
        if current is not None:
            current.status, current.superseded_by_id = DocumentStatus.REVISED, doc.id
            await current.save(update_fields=["status", "superseded_by_id", "updated_at"])
    outcome = "new_version" if current is not None else "added"
    found = await supersession_notices(None if org_id is None else [org_id]) if notices else []
    return UploadOut(outcome=outcome, document=await document_out(doc),
                     article_count=article_count(parsed.articles), warnings=warnings,
                     notices=[n for n in found if doc.id in (n.document_id, n.by_document_id)])


_REPEAL_WORDS = ("废止", "停止执行", "不再执行")


async def supersession_notices(org_ids: Collection[int] | None = None) -> list[SupersessionNotice]:
    """Current documents (global and `org_ids`' ones; None: all) that another current one states repealed."""
    docs = {d.id: d for d in await Document.filter(visible_to(org_ids), status=DocumentStatus.CURRENT)
            .only("id", "title", "effective_date")}
    if not docs:
        return []
    words = Q(*(Q(text__contains=w) for w in _REPEAL_WORDS), join_type="OR")
    rows = await Article.filter(words, document_id__in=list(docs)).values("document_id", "label", "text")
    stated = [supersession.Stated(r["document_id"], docs[r["document_id"]].title, docs[r["document_id"]].effective_date,
                                  r["label"], r["text"]) for r in rows]
    candidates = [supersession.Candidate(d.id, d.title, d.effective_date) for d in docs.values()]
    return [SupersessionNotice.model_validate(n) for n in supersession.notices(stated, candidates)]


async def _same_text(doc: Document, parsed: ParsedDocument) -> bool:
    texts = await Article.filter(document_id=doc.id).order_by("position").values_list("text", flat=True)
    return list(texts) == [a.text for a in parsed.articles]


async def _create(title: str, filename: str, data: bytes, parsed: ParsedDocument, fields: UploadFields,
                  user_id: int | None, org_id: int | None, current: Document | None,
                  warnings: list[dict[str, object]]) -> Document:
    found = metadata_fields(parsed.metadata)
    doc = await Document.create(
        title=title,
        doc_number=fields.doc_number or str(found.get("doc_number", "")),
        issuer=fields.issuer or str(found.get("issuer", "")),
        level=fields.level,
        effective_date=fields.effective_date or found.get("effective_date"),
        visibility=fields.visibility,
        version=(current.version + 1) if current else 1,
        source_name=filename[:255],
        source_hash=hashlib.sha256(data).hexdigest(),
        warnings=warnings,
        uploaded_by=user_id,
        org_id=org_id,
    )
    await Article.bulk_create([
        Article(document_id=doc.id, position=pos, number=a.number, label=a.label,
                headings=list(a.headings), text=a.text)
        for pos, a in enumerate(parsed.articles)
    ])
    return doc


def visible_to(org_ids: Collection[int] | None) -> Q:
    """Global documents and those of `org_ids` (None: every document)."""
    return Q() if org_ids is None else Q(org_id__isnull=True) | Q(org_id__in=list(org_ids))


async def list_documents(*, text: str = "", status: DocumentStatus | None = None, all_versions: bool = False,
                         offset: int = 0, limit: int = 20,
                         org_ids: Collection[int] | None = None) -> tuple[list[DocumentOut], int]:
    """A page of documents by title, newest version first: current and repealed ones unless a status or
    every version is asked for; `text` matches title or 文号; only global ones and those of `org_ids`
    when given."""
    query = Document.filter(visible_to(org_ids))
    if not all_versions:
        query = query.filter(status__in=[DocumentStatus.CURRENT, DocumentStatus.REPEALED]) if status is None \
            else query.filter(status=status)
    elif status is not None:
        query = query.filter(status=status)
    if text:
        query = query.filter(Q(title__icontains=text) | Q(doc_number__icontains=text))
    total = await query.count()
    docs = await query.order_by("title", "-version").offset(offset).limit(limit)
    return [await document_out(d) for d in docs], total


async def document_detail(doc_id: int) -> DocumentDetail:
    doc = await get_document(doc_id)
    articles = await Article.filter(document_id=doc.id).order_by("position")
    out = await document_out(doc)
    return DocumentDetail(**out.model_dump(), articles=[ArticleOut.model_validate(a) for a in articles])


async def versions(doc_id: int) -> list[DocumentOut]:
    doc = await get_document(doc_id)
    same = Document.filter(title=doc.title, org_id=doc.org_id)  # one owner's versions
    return [await document_out(d) for d in await same.order_by("-version")]


_CLEARED_BY_NULL = frozenset({"doc_number", "issuer", "level"})


async def update_document(doc_id: int, data: DocumentUpdate) -> DocumentOut:
    doc = await get_document(doc_id)
    changes = data.model_dump(exclude_unset=True)
    for key, value in changes.items():
        if value is None and key in _CLEARED_BY_NULL:
            value = ""  # null clears a text field
        elif value is None and key != "effective_date":
            continue  # status and visibility cannot be cleared: null leaves them as they are
        setattr(doc, key, value)
    if changes:
        await doc.save()
    return await document_out(doc)


async def delete_document(doc_id: int) -> Document:
    """Delete a version (returned, for the audit); deleting the current one brings back the version it replaced."""
    doc = await get_document(doc_id)
    async with in_transaction():
        previous = await Document.filter(superseded_by_id=doc.id).order_by("-version").first()
        if previous is not None and doc.status == DocumentStatus.CURRENT:
            previous.status, previous.superseded_by_id = DocumentStatus.CURRENT, None
            await previous.save(update_fields=["status", "superseded_by_id", "updated_at"])
        await doc.delete()
    return doc


async def load_corpus() -> Corpus:
    """Every document version and article, as plain records for the index."""
    corpus = Corpus()
    docs = await Document.all().order_by("id")
    by_doc: dict[int, list[ArticleRecord]] = {d.id: [] for d in docs}
    for a in await Article.all().order_by("document_id", "position"):
        by_doc.setdefault(a.document_id, []).append(  # type: ignore[attr-defined]
            ArticleRecord(str(a.document_id), a.number, a.label, tuple(a.headings), a.text, str(a.id)))  # type: ignore[attr-defined]
    for d in docs:
        superseded = d.superseded_by_id  # type: ignore[attr-defined]
        meta = DocumentMeta(
            doc_id=str(d.id), title=d.title, doc_number=d.doc_number, issuer=d.issuer, level=d.level,
            effective_date=d.effective_date, status=d.status.value, visibility=d.visibility.value,
            superseded_by=str(superseded) if superseded else None, version=d.version,
        )
        corpus.add(meta, by_doc[d.id])
    return corpus


async def seed_demo_pack(folder: Path = DEMO_DIR) -> int:
    """Load the demo knowledge pack (our own FAQ cards) when the knowledge base is empty."""
    if await Document.exists():
        return 0
    files = await asyncio.to_thread(lambda: [(p.name, p.read_bytes()) for p in sorted(folder.glob("*.md"))])
    for name, data in files:
        await ingest(name, data, UploadFields(), None, notices=False)
    return len(files)


async def ingest_paths(paths: list[Path], user_id: int | None = None) -> list[tuple[Path, UploadOut | str]]:
    """Import files or folders into the database (for a server command); errors are reported per file. The
    supersession notices are the caller's to read once the batch is in (`supersession_notices`)."""
    files = await asyncio.to_thread(lambda: [(p, p.read_bytes()) for p in iter_files(paths)])
    results: list[tuple[Path, UploadOut | str]] = []
    for path, data in files:
        try:
            results.append((path, await ingest(path.name, data, UploadFields(), user_id, notices=False)))
        except KnowledgeError as exc:
            results.append((path, exc.message))
    return results
