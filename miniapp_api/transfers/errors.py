"""Errors of 组织关系转接."""

from __future__ import annotations

from server.core.errors import BadRequest, Conflict, NotFound


class TransferNotFound(NotFound):
    code = "transfers.not_found"
    message = "转接记录不存在"


class TransferOpen(Conflict):
    code = "transfers.already_open"
    message = "该党员已有办理中的组织关系转接"


class BadTarget(BadRequest):
    code = "transfers.bad_target"
    message = "只能转入党支部或党小组，且不能转入原组织"


class LetterRequired(BadRequest):
    code = "transfers.letter_required"
    message = "转往平台外的组织须填写介绍信信息（接收党组织、去往单位、党费交至、联系电话）"


class InvalidState(Conflict):
    code = "transfers.invalid_state"
    message = "当前状态下不能执行该操作"


class MemberMoved(Conflict):
    code = "transfers.member_moved"
    message = "该党员已不在转出组织，转接未执行"


class NoteRequired(BadRequest):
    code = "transfers.note_required"
    message = "请填写退回原因"
