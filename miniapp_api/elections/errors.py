"""Typed errors of 换届 and elections; each code names the rule."""

from __future__ import annotations

from server.core.errors import Conflict, Forbidden, NotFound, ValidationFailed


class ElectionNotFound(NotFound):
    code = "elections.not_found"
    message = "选举不存在"


class NotCompetitive(ValidationFailed):
    code = "elections.not_competitive"
    message = "候选人数须多于应选人数并达到规定的差额比例（差额选举）"


class CandidateNotEligible(ValidationFailed):
    code = "elections.candidate_not_eligible"
    message = "候选人须为本组织的正式党员（预备党员没有被选举权，党章第七条）"


class ProbationaryExcluded(Forbidden):
    code = "elections.probationary_no_vote"
    message = "预备党员没有表决权、选举权（党章第七条）"


class NotAVoter(Forbidden):
    code = "elections.not_a_voter"
    message = "不在本次选举的选举人名单中"


class NotPresent(Forbidden):
    code = "elections.not_present"
    message = "未登记到会，不能投票"


class AlreadyVoted(Conflict):
    code = "elections.already_voted"
    message = "已经投过票"


class WrongStatus(Conflict):
    code = "elections.wrong_status"
    message = "选举当前状态不允许此操作"


class NoQuorum(Conflict):
    code = "elections.no_quorum"
    message = "到会人数未达到规定比例，不能进行选举"


class BadBallot(ValidationFailed):
    code = "elections.bad_ballot"
    message = "选票无效：只能选择候选人，且不能多于应选人数"


class BadTerm(ValidationFailed):
    code = "elections.bad_term"
    message = "任期数据不正确"
