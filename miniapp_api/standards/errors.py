"""Typed errors of 标准化建设."""

from __future__ import annotations

from server.core.errors import BadRequest, Conflict, Forbidden, NotFound


class ItemNotFound(NotFound):
    code = "standards.item_not_found"
    message = "标准化建设项目不存在或不适用于该组织"


class AssessmentNotFound(NotFound):
    code = "standards.assessment_not_found"
    message = "自评记录不存在"


class DuplicateItem(Conflict):
    code = "standards.duplicate_item"
    message = "该组织类型已有同一编码的项目"


class AlreadyPending(Conflict):
    code = "standards.already_pending"
    message = "该项目已有待上级确认的自评"


class NotPending(Conflict):
    code = "standards.not_pending"
    message = "该自评已处理"


class SelfAssessOwnOnly(Forbidden):
    code = "standards.self_assess_own_only"
    message = "自评须由本组织进行"


class OwnOrgReview(Forbidden):
    code = "standards.own_org_review"
    message = "自评须由上级组织确认，不能确认本组织的自评"


class EvidenceOrNoteRequired(BadRequest):
    code = "standards.evidence_required"
    message = "请上传证明材料或填写说明"
