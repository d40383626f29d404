"""Typed errors of projects: each has a fixed code (clients branch on it) and HTTP status."""

from __future__ import annotations

from server.core.errors import Conflict, Forbidden, NotFound, ValidationFailed


class ProjectNotFound(NotFound):
    code = "projects.not_found"
    message = "项目不存在"


class InvalidStage(Conflict):
    code = "projects.invalid_stage"
    message = "项目当前阶段不能执行该操作"


class ParentRequired(Forbidden):
    code = "projects.parent_required"
    message = "只有上级组织可以审批、督导和评估项目"


class DependencyCycle(Conflict):
    code = "projects.dependency_cycle"
    message = "项目依赖关系形成了循环"


class DependencyNotFound(ValidationFailed):
    code = "projects.dependency_not_found"
    message = "依赖的项目不存在或不在本辖区"


class BadPeriod(ValidationFailed):
    code = "projects.bad_period"
    message = "项目结束日期不能早于开始日期"


class LeaderNotInOrg(ValidationFailed):
    code = "projects.leader_not_in_org"
    message = "领办人须是本组织的党员"


class PreviousNotClosed(Conflict):
    code = "projects.previous_not_closed"
    message = "只能在已结项的项目基础上开启新一轮"


class AlreadyClaimed(Conflict):
    code = "projects.already_claimed"
    message = "该项目已被其他组织认领"


class ClaimedTwice(Conflict):
    code = "projects.claimed_twice"
    message = "本组织已认领该项目"


class NotInPool(Conflict):
    code = "projects.not_in_pool"
    message = "该项目不在认领池中"


class ClaimOutsidePublisher(Forbidden):
    code = "projects.claim_outside_publisher"
    message = "只有发布组织的下级组织可以认领该项目"


class ActualsMismatch(ValidationFailed):
    code = "projects.actuals_mismatch"
    message = "请为项目的每个指标填写实际完成值"


class ReasonRequired(ValidationFailed):
    code = "projects.reason_required"
    message = "退回项目须填写理由"
