"""Evidence files: the real type is read from the bytes (never the client's word), stored off the event loop,
served only to the uploader's org subtree; other domains attach files by token and check them with `resolve`."""

from __future__ import annotations

import asyncio
import hashlib
import io
import secrets
import zipfile
from datetime import datetime
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from miniapp_api.audit import service as audit
from miniapp_api.evidence.errors import EvidenceBadType, EvidenceForeign, EvidenceNotFound, EvidenceOrgRequired, EvidenceTooLarge
from miniapp_api.evidence.models import EvidenceFile
from miniapp_api.evidence.schemas import EvidenceOut
from miniapp_api.orgs.models import Member, Organization
from miniapp_api.orgs.service import ensure_scope, get_org, in_scope, scope_root_path
from server.core.auth import Principal, Role
from server.core.errors import Forbidden

MAX_PIXELS = 40_000_000
_IMAGES = {"JPEG": ("image/jpeg", "jpg"), "PNG": ("image/png", "png"), "WEBP": ("image/webp", "webp")}
_OFFICE = {  # a zip whose entries say which Office file it is
    "word/document.xml": ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xl/workbook.xml": ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}


def sniff(content: bytes) -> tuple[str, str, str]:
    """(kind, content type, extension) from the bytes; CPU-bound for images, run in a thread."""
    if content.startswith(b"%PDF-"):
        return "pdf", "application/pdf", "pdf"
    if content.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(content)) as zf:
                names = set(zf.namelist())
        except (zipfile.BadZipFile, ValueError):
            raise EvidenceBadType() from None
        for entry, (kind, ctype) in _OFFICE.items():
            if entry in names:
                return kind, ctype, kind
        raise EvidenceBadType()
    try:
        with Image.open(io.BytesIO(content)) as im:
            fmt, (w, h) = im.format or "", im.size
            if fmt not in _IMAGES or w * h > MAX_PIXELS:
                raise EvidenceBadType(details={"format": fmt})
            im.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError):
        raise EvidenceBadType() from None
    ctype, ext = _IMAGES[fmt]
    return "image", ctype, ext


def _out(row: EvidenceFile) -> EvidenceOut:
    return EvidenceOut(token=row.token, url=f"/api/v1/evidence/{row.token}", org_id=row.org_id, kind=row.kind,
                       filename=row.filename, content_type=row.content_type, size=row.size, uploaded_at=row.uploaded_at)


async def _member_org(principal: Principal) -> Organization:
    member = await Member.get_or_none(id=principal.member_id, is_active=True) if principal.member_id else None
    if member is None:
        raise Forbidden()
    return await get_org(member.org_id)


async def upload_org(principal: Principal, org_id: int | None) -> Organization:
    """The org a new file belongs to: an admin names one in scope; a member uploads for his own branch."""
    if principal.role in (Role.ORG_ADMIN, Role.SUPERADMIN):
        if org_id is None:
            if principal.org_id is None:
                raise EvidenceOrgRequired()
            org_id = principal.org_id
        return await ensure_scope(principal, org_id)
    if principal.member_id is not None:
        org = await _member_org(principal)
        if org_id is not None and org_id != org.id:
            raise Forbidden()
        return org
    raise Forbidden()


async def save(principal: Principal, org_id: int | None, filename: str, content: bytes, *, media_dir: Path,
               max_bytes: int, now: datetime) -> EvidenceOut:
    if len(content) > max_bytes:
        raise EvidenceTooLarge(details={"max_bytes": max_bytes})
    org = await upload_org(principal, org_id)
    kind, ctype, ext = await asyncio.to_thread(sniff, content)
    token = secrets.token_urlsafe(18)
    rel = f"evidence/{org.id}/{token}.{ext}"

    def write() -> None:
        path = media_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)

    await asyncio.to_thread(write)
    name = Path(filename or f"evidence.{ext}").name[:120] or f"evidence.{ext}"
    row = await EvidenceFile.create(token=token, org_id=org.id, kind=kind, filename=name, content_type=ctype,
                                    size=len(content), sha256=hashlib.sha256(content).hexdigest(), path=rel,
                                    uploaded_by_user_id=principal.user_id, uploaded_at=now)
    await audit.record(principal, "evidence.upload", "evidence_file", row.id, org_id=org.id,
                       detail={"kind": kind, "size": len(content)})
    return _out(row)


async def _readable(principal: Principal, row: EvidenceFile) -> bool:
    if row.uploaded_by_user_id == principal.user_id:
        return True
    if principal.role in (Role.ORG_ADMIN, Role.SUPERADMIN, Role.STAFF):
        root = await scope_root_path(principal)
        org = await Organization.get_or_none(id=row.org_id)
        return org is not None and in_scope(root, org)
    if principal.member_id is not None:
        return (await _member_org(principal)).id == row.org_id
    return False


async def open_file(principal: Principal, token: str, media_dir: Path) -> tuple[Path, EvidenceFile]:
    row = await EvidenceFile.get_or_none(token=token)
    if row is None or not await _readable(principal, row):
        raise EvidenceNotFound()  # another org's file is "not found", not "forbidden": tokens leak nothing
    path = media_dir / row.path
    if not path.is_file():
        raise EvidenceNotFound()
    return path, row


async def resolve(tokens: list[str], org: Organization) -> list[EvidenceOut]:
    """The files behind `tokens`, each uploaded in `org`'s subtree (what other domains call before attaching)."""
    if not tokens:
        return []
    rows = {r.token: r for r in await EvidenceFile.filter(token__in=list(set(tokens))).prefetch_related("org")}
    out = []
    for token in tokens:
        row = rows.get(token)
        if row is None:
            raise EvidenceNotFound(details={"token": token})
        if not row.org.path.startswith(org.path) and not org.path.startswith(row.org.path):
            raise EvidenceForeign(details={"token": token})
        out.append(_out(row))
    return out


async def describe(tokens: list[str]) -> list[EvidenceOut]:
    """The stored files for tokens (unknown ones are skipped): for showing what a record carries."""
    if not tokens:
        return []
    rows = {r.token: r for r in await EvidenceFile.filter(token__in=list(set(tokens)))}
    return [_out(rows[t]) for t in tokens if t in rows]


async def stored_image(token: str, media_dir: Path) -> tuple[Path, EvidenceOut] | None:
    """The stored file behind an image token, for a domain that publishes images it holds (the brand page's
    photos); None for an unknown token, a file that is not an image, or a file gone from disk."""
    row = await EvidenceFile.get_or_none(token=token)
    if row is None or row.kind != "image":
        return None
    path = media_dir / row.path
    return (path, _out(row)) if path.is_file() else None
