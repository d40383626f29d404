"""Member roster as Excel: import with a per-row report (all-or-nothing per file), and export."""

from __future__ import annotations

import asyncio
import io
import logging
import re
import zipfile
import zlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook, load_workbook
from pydantic import ValidationError

from miniapp_api.audit import service as audit
from miniapp_api.orgs.models import STATUS_LABELS, Member, MemberStatus, Organization, Post
from miniapp_api.orgs.schemas import ImportReport, ImportRow, MemberCreate, mask_phone
from miniapp_api.orgs.service import ensure_scope
from server.core.auth import Principal
from server.core.database import in_transaction
from server.core.errors import BadRequest
from server.core.xlsx import append_row

COLUMNS = ["姓名", "手机号", "党员状态", "职务", "入党日期", "所属组织"]
_STATUS_BY_LABEL = {label: status for status, label in STATUS_LABELS.items()}
# The short forms a secretary writes by hand: 正式 / 预备 / 积极分子 mean the same as the full label.
_STATUS_BY_LABEL.update({"正式": MemberStatus.FULL, "预备": MemberStatus.PROBATIONARY, "积极分子": MemberStatus.ACTIVIST,
                         "入党积极分子": MemberStatus.ACTIVIST})
_STATUS_CHOICES = "、".join(STATUS_LABELS.values())
_POST_CHOICES = "、".join(p.value for p in Post)
EXAMPLE_ROW = ["张三（示例，导入前请删除本行）", "13800000000", "正式党员", "组织委员", "2015-07-01", ""]
MAX_ROWS = 5000


class BadRosterFile(BadRequest):
    code = "orgs.bad_roster_file"
    message = "无法读取花名册文件，请使用模板（.xlsx）"


@dataclass
class _Parsed:
    row: int
    raw: dict[str, Any]


MAX_UNPACKED = 50 * 1024 * 1024  # every part of the file together, unpacked
MAX_SCANNED = MAX_ROWS * 4  # rows read, blank ones included (a sheet can claim a million empty rows)
MAX_COLUMNS = 30
_XML_PARTS = (".xml", ".rels", ".vml")
_DTD = re.compile(rb"<!(doctype|entity)", re.IGNORECASE)
log = logging.getLogger("dangjian.orgs")


def _check_package(content: bytes) -> None:
    """Refuse, before any XML parser sees it, what is not a plain xlsx: not a zip, too big unpacked, or an XML part
    declaring a DTD or entities (entity expansion; an xlsx never has one). NUL bytes are dropped before looking,
    so a UTF-16 or UTF-32 part cannot hide a declaration."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as package:
            parts = package.infolist()
            if sum(p.file_size for p in parts) > MAX_UNPACKED:
                raise BadRosterFile("花名册文件解压后过大", details={"reason": "too_large"})
            for part in parts:
                if part.filename.lower().endswith(_XML_PARTS) and _DTD.search(package.read(part).replace(b"\0", b"")):
                    raise BadRosterFile("花名册文件含有不允许的 DTD 或实体声明", details={"reason": "dtd"})
    except BadRosterFile:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, NotImplementedError,
            RuntimeError, ValueError) as exc:  # RuntimeError: an encrypted part; NotImplementedError: a compression
        raise BadRosterFile(details={"reason": "not_xlsx"}) from exc


def _read_rows(content: bytes) -> list[_Parsed]:
    """Every filled row of the first sheet, keyed by header; any file openpyxl cannot read is one BadRosterFile."""
    _check_package(content)
    try:
        wb = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        try:
            return _rows_of(wb)
        finally:
            wb.close()
    except BadRosterFile:
        raise
    except Exception as exc:  # an untrusted file: whatever breaks the parser makes the file unreadable
        log.info("roster file unreadable", extra={"error": type(exc).__name__})
        raise BadRosterFile(details={"reason": "unreadable"}) from exc


def _rows_of(wb: Any) -> list[_Parsed]:
    if not wb.worksheets:
        raise BadRosterFile("花名册文件中没有工作表", details={"reason": "no_sheet"})
    rows = wb.worksheets[0].iter_rows(max_col=MAX_COLUMNS, values_only=True)
    header = [str(c).strip() if c is not None else "" for c in next(rows, ())]
    missing = [c for c in COLUMNS[:2] if c not in header]
    if missing:
        raise BadRosterFile("花名册缺少必需的列", details={"missing": missing, "expected": COLUMNS})
    out = []
    for i, values in enumerate(rows, start=2):
        if i > MAX_SCANNED:
            raise BadRosterFile(f"一次最多导入 {MAX_ROWS} 行", details={"reason": "too_many_rows"})
        if values is None or all(v in (None, "") for v in values) or values[0] == EXAMPLE_ROW[0]:
            continue  # blank, or the template's example row left in
        out.append(_Parsed(i, {header[j]: v for j, v in enumerate(values) if j < len(header) and header[j]}))
        if len(out) > MAX_ROWS:
            raise BadRosterFile(f"一次最多导入 {MAX_ROWS} 行", details={"reason": "too_many_rows"})
    return out


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _to_create(raw: dict[str, Any]) -> MemberCreate:
    status_text = _cell_text(raw.get("党员状态")) or "正式党员"
    joined = raw.get("入党日期")
    if isinstance(joined, datetime):
        joined = joined.date()
    elif joined not in (None, "") and not isinstance(joined, date):
        joined = _cell_text(joined).replace("/", "-").replace(".", "-")
    posts = [p.strip() for p in _cell_text(raw.get("职务")).replace("，", ",").replace("、", ",").split(",") if p.strip()]
    return MemberCreate.model_validate({
        "name": _cell_text(raw.get("姓名")),
        "phone": _cell_text(raw.get("手机号")),
        "status": _STATUS_BY_LABEL.get(status_text, status_text),
        "posts": posts,
        "joined_at": joined or None,
    })


def _reason(exc: ValidationError) -> str:
    fields = {str(e["loc"][0]) for e in exc.errors()}
    labels = {"name": "姓名为空或过长", "phone": "手机号格式不正确（11 位手机号）",
              "status": f"党员状态不正确，可选：{_STATUS_CHOICES}（也可简写为正式、预备、积极分子）",
              "posts": f"职务不正确，可选：{_POST_CHOICES}（多个职务用顿号分隔）",
              "joined_at": "入党日期格式不正确，请写成 2015-07-01"}
    return "；".join(labels.get(f, f) for f in sorted(fields))


async def import_members(principal: Principal, org_id: int, content: bytes, *, dry_run: bool) -> ImportReport:
    """Validate every row; import the valid ones in one transaction; report each row."""
    target = await ensure_scope(principal, org_id)
    parsed = await asyncio.to_thread(_read_rows, content)
    subtree = {o.name: o for o in await Organization.filter(path__startswith=target.path, is_active=True)}
    phones_in_db = set(await Member.filter(phone__in=[_cell_text(p.raw.get("手机号")) for p in parsed]).values_list("phone", flat=True))
    seen: set[str] = set()
    report: list[ImportRow] = []
    to_create: list[tuple[int, Organization, MemberCreate]] = []
    for p in parsed:
        name = _cell_text(p.raw.get("姓名"))
        try:
            data = _to_create(p.raw)
        except ValidationError as exc:
            report.append(ImportRow(row=p.row, name=name, status="rejected", reason=_reason(exc)))
            continue
        org_name = _cell_text(p.raw.get("所属组织"))
        org = subtree.get(org_name) if org_name else target
        if org is None:
            reason = f"所属组织“{org_name}”不存在或不在本辖区"
        elif data.phone in phones_in_db:
            reason = "手机号已登记为党员（重复）"
        elif data.phone in seen:
            reason = "文件内手机号重复"
        else:
            reason = ""
        seen.add(data.phone)
        if reason:
            report.append(ImportRow(row=p.row, name=name, status="rejected", reason=reason))
            continue
        assert org is not None
        to_create.append((len(report), org, data))
        report.append(ImportRow(row=p.row, name=name, status="imported"))
    if to_create and not dry_run:
        async with in_transaction():
            for idx, org, data in to_create:
                member = await Member.create(org=org, name=data.name, phone=data.phone, status=data.status,
                                             posts=[str(x) for x in data.posts], joined_at=data.joined_at)
                report[idx].member_id = member.id
            await audit.record(principal, "member.import", "organization", target.id, org_id=target.id,
                               detail={"imported": len(to_create), "rejected": len(report) - len(to_create)})
    imported = len(to_create)
    return ImportReport(imported=imported, rejected=len(report) - imported, dry_run=dry_run, rows=report)


def _write_roster(rows: list[tuple[Any, ...]], unmasked: bool) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "党员花名册"
    append_row(ws, COLUMNS)
    for name, phone, status, posts, joined, org_name in rows:  # names are user text: never a formula
        append_row(ws, [name, phone if unmasked else mask_phone(phone), STATUS_LABELS[MemberStatus(status)],
                        "、".join(posts or []), joined, org_name])
    for col, width in zip("ABCDEF", (12, 16, 14, 20, 14, 24), strict=True):
        ws.column_dimensions[col].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


async def export_members(principal: Principal, org_id: int, *, full_phone: bool) -> tuple[str, bytes]:
    """The subtree roster as xlsx; phones are masked unless the admin asks for full numbers (audited)."""
    org = await ensure_scope(principal, org_id)
    members = await Member.filter(is_active=True, org__path__startswith=org.path).order_by("org_id", "id").prefetch_related("org")
    rows = [(m.name, m.phone, m.status, m.posts, m.joined_at, m.org.name) for m in members]
    content = await asyncio.to_thread(_write_roster, rows, full_phone)
    await audit.record(principal, "member.export", "organization", org.id, org_id=org.id,
                       detail={"rows": len(rows), "full_phone": full_phone})
    return f"roster-{org.id}.xlsx", content


def _write_template() -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "党员花名册"
    append_row(ws, COLUMNS)
    append_row(ws, EXAMPLE_ROW)
    for col, width in zip("ABCDEF", (30, 16, 14, 20, 14, 24), strict=True):
        ws.column_dimensions[col].width = width
    help_ws = wb.create_sheet("填写说明")
    append_row(help_ws, ["列", "是否必填", "可填写的值"])
    for row in (
        ["姓名", "必填", "党员姓名"],
        ["手机号", "必填", "11 位手机号，不能与已登记的党员重复"],
        ["党员状态", "选填（默认正式党员）", f"{_STATUS_CHOICES}；也可简写为正式、预备、积极分子"],
        ["职务", "选填", f"{_POST_CHOICES}；多个职务用顿号分隔"],
        ["入党日期", "选填", "日期，如 2015-07-01"],
        ["所属组织", "选填（默认当前组织）", "本辖区内下级组织的全称"],
    ):
        append_row(help_ws, row)
    for col, width in zip("ABC", (12, 22, 70), strict=True):
        help_ws.column_dimensions[col].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def template_bytes() -> bytes:
    """The roster template: the header row, one example row to delete, and a 填写说明 sheet of allowed values."""
    return _write_template()
