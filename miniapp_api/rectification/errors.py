"""Errors of rectification tickets: each has a fixed code (clients branch on it) and HTTP status."""

from __future__ import annotations

from server.core.errors import Conflict, Forbidden, NotFound, ValidationFailed


class TicketNotFound(NotFound):
    code = "rectification.not_found"
    message = "工单不存在"


class InvalidTransition(Conflict):
    code = "rectification.invalid_transition"
    message = "当前状态下不能执行该操作"


class ParentRequired(Forbidden):
    code = "rectification.parent_required"
    message = "申诉须由上级组织裁定"


class SelfDecision(Forbidden):
    code = "rectification.self_decision"
    message = "申诉人不能裁定自己的申诉"


class ContactForbidden(Forbidden):
    code = "rectification.contact_forbidden"
    message = "只有责任组织的管理员可以查看联系方式"


class FollowupClosed(Conflict):
    code = "rectification.followup_not_open"
    message = "暂时不能评价整改结果"


class NoteRequired(ValidationFailed):
    code = "rectification.note_required"
    message = "请填写说明"


class DisposalRequired(ValidationFailed):
    code = "rectification.disposal_required"
    message = "请选择处置方式"


class UpheldRequired(ValidationFailed):
    code = "rectification.upheld_required"
    message = "请选择申诉是否成立"
