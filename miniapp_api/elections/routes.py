"""HTTP routes of 换届: terms and their reminder, elections with candidates, attendance, voting and the count."""

from __future__ import annotations

from datetime import date

from aiohttp import web

from miniapp_api.elections import service, terms
from miniapp_api.elections.errors import (
    AlreadyVoted,
    BadBallot,
    BadTerm,
    CandidateNotEligible,
    ElectionNotFound,
    NoQuorum,
    NotAVoter,
    NotCompetitive,
    NotPresent,
    ProbationaryExcluded,
    WrongStatus,
)
from miniapp_api.elections.schemas import AttendanceIn, BallotIn, ElectionIn, ElectionOut, TermIn, TermOut, TermsOut, VotedOut
from miniapp_api.orgs.service import OrgNotFound, OutOfScope
from server.core.appkeys import CLOCK, SETTINGS
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes
from server.core.schemas import Items

routes = Routes("elections")
ORG = r"/api/v1/orgs/{id:\d+}"
ELECTION = r"/api/v1/elections/{id:\d+}"
SCOPE = [OrgNotFound, OutOfScope]
FOUND = [ElectionNotFound, OutOfScope]


def _today(request: web.Request) -> date:
    return request.config_dict[SETTINGS].zone.date(request.config_dict[CLOCK].now())


def _settings(request: web.Request):  # type: ignore[no-untyped-def]
    return request.config_dict[SETTINGS].elections


@routes.get(ORG + "/terms", "任期与换届提醒", auth=Auth.CONSOLE, errors=SCOPE)
async def list_terms(request: web.Request, principal: Principal, id: int) -> TermsOut:
    """本届任期（开始、届满日期、剩余天数）、是否进入届满前提醒期（默认提前 6 个月，支部工作条例第二十一条）和历届任期。"""
    return await terms.terms(principal, id, _today(request), _settings(request))


@routes.post(ORG + "/terms", "登记任期", auth=Auth.ADMIN, status=201, errors=[*SCOPE, BadTerm])
async def record_term(request: web.Request, principal: Principal, id: int, body: TermIn) -> TermOut:
    """登记平台外选举产生的一届任期；上一届自动结束。任期年限不填按组织类别取默认值。"""
    return await terms.record_term(principal, id, body, _today(request), _settings(request))


@routes.post(
    ORG + "/elections", "发起换届选举", auth=Auth.ADMIN, status=201, errors=[*SCOPE, NotCompetitive, CandidateNotEligible]
)
async def create_election(request: web.Request, principal: Principal, id: int, body: ElectionIn) -> ElectionOut:
    """设定应选人数和候选人（差额：候选人多于应选人数并达到规定比例）；候选人须为正式党员。选举人名单为本组织全体正式党员。"""
    return await service.create_election(principal, id, body, _settings(request))


@routes.get(ELECTION, "选举详情", auth=Auth.CONSOLE, errors=FOUND)
async def get_election(request: web.Request, principal: Principal, id: int) -> ElectionOut:
    """候选人、应到、实到、已投票人数、开始投票所需人数和当选所需票数；计票后有得票和当选结果。"""
    return await service.get_election(principal, id, _settings(request))


@routes.put(
    ELECTION + "/attendance",
    "登记到会（资格审查）",
    auth=Auth.ADMIN,
    errors=[*FOUND, WrongStatus, ProbationaryExcluded, NotAVoter],
)
async def set_attendance(request: web.Request, principal: Principal, id: int, body: AttendanceIn) -> ElectionOut:
    """登记到会的选举人；预备党员没有选举权（elections.probationary_no_vote），不在名单中的拒绝。"""
    return await service.set_attendance(principal, id, body.member_ids, _settings(request))


@routes.post(ELECTION + "/open", "开始投票", auth=Auth.ADMIN, errors=[*FOUND, WrongStatus, NoQuorum])
async def open_voting(request: web.Request, principal: Principal, id: int) -> ElectionOut:
    """实到人数须超过应到的规定比例（默认五分之四）才能开始投票（elections.no_quorum）。"""
    return await service.open_voting(principal, id, request.config_dict[CLOCK].now(), _settings(request))


@routes.post(ELECTION + "/close", "结束投票并计票", auth=Auth.ADMIN, errors=[*FOUND, WrongStatus])
async def close(request: web.Request, principal: Principal, id: int) -> ElectionOut:
    """计票：得票超过应到人数半数的候选人按得票多少当选，至多应选人数；当选者任新职务，新一届任期开始。"""
    return await service.close(principal, id, _today(request), request.config_dict[CLOCK].now(), _settings(request))


@routes.post(
    ELECTION + "/ballots",
    "投票（无记名）",
    auth=Auth.MEMBER,
    status=201,
    errors=[ElectionNotFound, WrongStatus, ProbationaryExcluded, NotAVoter, NotPresent, AlreadyVoted, BadBallot],
)
async def cast(request: web.Request, principal: Principal, id: int, body: BallotIn) -> VotedOut:
    """到会的正式党员投一次票；选票不记录投票人。"""
    await service.cast(principal, id, body.candidate_ids)
    return VotedOut(election_id=id, voted=True)


@routes.get("/api/v1/me/elections", "我可以参加的选举", auth=Auth.MEMBER)
async def my_elections(request: web.Request, principal: Principal) -> Items[ElectionOut]:
    """本人在选举人名单中、正在投票的选举。"""
    return Items[ElectionOut](items=await service.my_open_elections(principal, _settings(request)))
