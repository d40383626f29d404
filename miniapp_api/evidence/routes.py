"""HTTP routes of evidence files: upload (admins for their subtree, members for their branch) and download."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.evidence import service
from miniapp_api.evidence.errors import EvidenceBadType, EvidenceNotFound, EvidenceOrgRequired, EvidenceTooLarge
from miniapp_api.evidence.schemas import EvidenceOut
from miniapp_api.orgs.service import OrgNotFound, OutOfScope
from server.core.appkeys import CLOCK, SETTINGS
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes, Upload
from server.core.errors import Forbidden, ValidationFailed

routes = Routes("evidence")


def _org_id(upload: Upload) -> int | None:
    raw = upload.fields.get("org_id", "").strip()
    if not raw:
        return None
    if not raw.isdigit() or len(raw) > 12:
        raise ValidationFailed(details={"fields": [{"field": "org_id", "label": "所属组织", "type": "int_parsing",
                                                    "message": "所属组织：应为整数"}]})
    return int(raw)


@routes.post("/api/v1/evidence", "上传证明材料", auth=Auth.USER, status=201,
             errors=[EvidenceBadType, EvidenceTooLarge, EvidenceOrgRequired, OrgNotFound, OutOfScope, Forbidden])
async def upload_evidence(request: web.Request, principal: Principal, upload: Upload) -> EvidenceOut:
    """上传一份证明材料（multipart 字段 `file`，可选 `org_id`）：图片（JPG/PNG/WEBP）、PDF、docx、xlsx，按文件内容识别类型，超过大小上限拒绝。返回的 `token` 用于在责任清单汇报、标准化建设自评、督查发现等处引用。组织管理员上传到本辖区内指定组织，党员上传到本人所在支部；留痕。"""
    settings = request.config_dict[SETTINGS]
    return await service.save(principal, _org_id(upload), upload.filename, upload.data, media_dir=settings.media_dir,
                              max_bytes=settings.evidence_max_bytes, now=request.config_dict[CLOCK].now())


@routes.get("/api/v1/evidence/{token}", "下载证明材料", auth=Auth.USER, produces="application/octet-stream",
            errors=[EvidenceNotFound])
async def download_evidence(request: web.Request, principal: Principal, token: str) -> web.StreamResponse:
    """下载证明材料：上传人、所属组织的上级管理员与只读人员、同支部党员可见；其他人一律"不存在"。"""
    path, row = await service.open_file(principal, token, request.config_dict[SETTINGS].media_dir)
    from urllib.parse import quote

    return web.FileResponse(path, headers={
        "Content-Type": row.content_type, "Cache-Control": "private, max-age=3600",
        "Content-Disposition": f"inline; filename*=UTF-8''{quote(row.filename)}", "X-Content-Type-Options": "nosniff"})
