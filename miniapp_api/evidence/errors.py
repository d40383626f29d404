"""Typed errors of evidence files."""

from __future__ import annotations

from server.core.errors import BadRequest, NotFound, PayloadTooLarge, UnsupportedMediaType


class EvidenceBadType(UnsupportedMediaType):
    code = "evidence.bad_type"
    message = "只支持 JPG/PNG/WEBP 图片、PDF、Word（docx）和 Excel（xlsx）文件"


class EvidenceTooLarge(PayloadTooLarge):
    code = "evidence.too_large"
    message = "文件过大"


class EvidenceNotFound(NotFound):
    code = "evidence.not_found"
    message = "证明材料不存在"


class EvidenceForeign(BadRequest):
    code = "evidence.foreign"
    message = "只能引用本组织上传的证明材料"


class EvidenceOrgRequired(BadRequest):
    code = "evidence.org_required"
    message = "请指定证明材料所属组织"
