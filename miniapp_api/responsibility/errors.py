"""Errors of the responsibility domain: each has a fixed code (clients branch on it) and HTTP status."""

from __future__ import annotations

from server.core.errors import Conflict, Forbidden, NotFound, ValidationFailed


class ListNotFound(NotFound):
    code = "responsibility.list_not_found"
    message = "责任清单不存在"


class ItemNotFound(NotFound):
    code = "responsibility.item_not_found"
    message = "清单事项不存在"


class ListExists(Conflict):
    code = "responsibility.list_exists"
    message = "该组织本年度的责任清单已存在"


class DeadlineOutsideYear(ValidationFailed):
    code = "responsibility.deadline_outside_year"
    message = "完成时限须在清单所属年度内"


class SourceRequired(ValidationFailed):
    code = "responsibility.source_required"
    message = "问题清单事项须关联发现问题的工单或督查发现"


class OwnerOutsideList(Forbidden):
    code = "responsibility.owner_outside_list"
    message = "责任组织须为清单所属组织或其下级组织"


class ParentItem(Forbidden):
    code = "responsibility.parent_item"
    message = "上级下达的事项只能查看，不能修改"


class NotOwner(Forbidden):
    code = "responsibility.not_owner"
    message = "只有事项的责任人可以执行此操作"


class ParentRequired(Forbidden):
    code = "responsibility.parent_required"
    message = "须由上级组织审核或决定"


class InvalidState(Conflict):
    code = "responsibility.invalid_state"
    message = "当前状态下不能执行该操作"


class EvidenceRequired(ValidationFailed):
    code = "responsibility.evidence_required"
    message = "该事项须附证明材料"


class ReasonRequired(ValidationFailed):
    code = "responsibility.reason_required"
    message = "退回须填写理由"


class StaleVersion(Conflict):
    code = "responsibility.stale_version"
    message = "清单已更新，请查看最新版本后再签署"


class AlreadySigned(Conflict):
    code = "responsibility.already_signed"
    message = "已签署该版本的责任书"


class NotSecretary(Forbidden):
    code = "responsibility.not_secretary"
    message = "述职述廉报告由本组织书记提交"


class DutyReportExists(Conflict):
    code = "responsibility.duty_report_exists"
    message = "本组织本年度已提交述职述廉报告"


class DutyReportNotFound(NotFound):
    code = "responsibility.duty_report_not_found"
    message = "述职述廉报告不存在"


class NotRater(Forbidden):
    code = "responsibility.not_rater"
    message = "述职述廉报告由本组织党员和上级组织评议"


class AlreadyRated(Conflict):
    code = "responsibility.already_rated"
    message = "已评议过该报告"


class CircularNotFound(NotFound):
    code = "responsibility.circular_not_found"
    message = "通报不存在"


class NegativeItemNotFound(NotFound):
    code = "responsibility.negative_item_not_found"
    message = "负面清单中没有该情形"


class NegativeItemExists(Conflict):
    code = "responsibility.negative_item_exists"
    message = "负面清单中已有同名情形"


class DecisionNotFound(NotFound):
    code = "responsibility.decision_not_found"
    message = "问责决定不存在"


class DecisionImmutable(Conflict):
    code = "responsibility.decision_immutable"
    message = "问责决定一经作出不能修改或删除，如需更正请作出新的更正决定"


class AlreadyCorrected(Conflict):
    code = "responsibility.already_corrected"
    message = "该决定已被更正，请更正最新的决定"


class CorrectionMismatch(ValidationFailed):
    code = "responsibility.correction_mismatch"
    message = "更正决定须针对同一组织"


class ExemptionByOrg(Forbidden):
    code = "responsibility.exemption_by_org"
    message = "容错申请由被问责组织提出"


class ExemptionNotFound(NotFound):
    code = "responsibility.exemption_not_found"
    message = "容错申请不存在"


class ExemptionPending(Conflict):
    code = "responsibility.exemption_pending"
    message = "已有待决定的容错申请"


class AlreadyDecided(Conflict):
    code = "responsibility.already_decided"
    message = "该申请已作出决定"
