"""Errors of supervision: each has a fixed code (clients branch on it) and HTTP status."""

from __future__ import annotations

from server.core.errors import BadRequest, Conflict, Forbidden, NotFound


class TeamNotFound(NotFound):
    code = "supervision.team_not_found"
    message = "督查专班不存在"


class InspectionNotFound(NotFound):
    code = "supervision.inspection_not_found"
    message = "督查任务不存在"


class FindingNotFound(NotFound):
    code = "supervision.finding_not_found"
    message = "督查发现的问题不存在"


class ObserverNotFound(NotFound):
    code = "supervision.observer_not_found"
    message = "观察员不存在"


class OtherTeam(Forbidden):
    code = "supervision.other_team"
    message = "只有本督查专班的成员可以修改该问题"


class NotTeamMember(Forbidden):
    code = "supervision.not_team_member"
    message = "只有督查专班成员可以登记问题"


class NotAssigned(Forbidden):
    code = "supervision.not_assigned"
    message = "该组织未分配给您，不能评议"


class NotObserver(Forbidden):
    code = "supervision.not_observer"
    message = "您还不是党建观察员"


class BadInviteCode(NotFound):
    code = "supervision.bad_invite_code"
    message = "邀请码无效或已被使用"


class AlreadyObserver(Conflict):
    code = "supervision.already_observer"
    message = "该微信账号已绑定观察员身份"


class NotInTargets(BadRequest):
    code = "supervision.not_in_targets"
    message = "该组织不在本次督查对象中"


class TargetsRequired(BadRequest):
    code = "supervision.targets_required"
    message = "请指定督查对象，或填写抽查数量"


class NotRectified(Conflict):
    code = "supervision.not_rectified"
    message = "整改完成后才能复查"


class FindingClosed(Conflict):
    code = "supervision.finding_closed"
    message = "该问题已结束，不能再修改"
