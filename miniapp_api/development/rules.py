"""The 发展党员 steps and their rules, as plain data and pure functions (no database, no clock).

Every rule cites the article of 《中国共产党发展党员工作细则》 (细则) it comes from; the numbers that are local
choices (days, hours) come from `DevelopmentSettings`. The wording here is ours, not the regulation's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from miniapp_api.development import errors as e
from miniapp_api.orgs.models import MemberStatus
from miniapp_api.rectification.workdays import is_workday
from server.core.settings import DevelopmentSettings

STAGES = ("applicant", "activist", "candidate", "probationary", "full")
STAGE_LABELS = {
    "applicant": "入党申请人",
    "activist": "入党积极分子",
    "candidate": "发展对象",
    "probationary": "预备党员",
    "full": "正式党员",
}


@dataclass(frozen=True)
class Step:
    key: str
    name: str
    stage: str
    article: str
    requires: tuple[str, ...] = ()
    repeatable: bool = False
    optional: bool = False  # may be left out without blocking the steps after it
    sets_status: MemberStatus | None = None
    vote: bool = False  # a 支部大会 resolution: quorum and majority are checked


STEPS: tuple[Step, ...] = (
    # 入党申请人
    Step("application", "递交入党申请书", "applicant", "细则第六条"),
    Step("talk", "党组织派人谈话", "applicant", "细则第七条", ("application",)),
    # 入党积极分子
    Step("activist", "推荐和确定入党积极分子", "activist", "细则第八条", ("talk",), sets_status=MemberStatus.ACTIVIST),
    Step("contacts", "指定培养联系人", "activist", "细则第九条", ("activist",)),
    Step("review", "培养教育考察（每半年一次）", "activist", "细则第十一条", ("contacts",), repeatable=True),
    Step("publicity", "拟列发展对象公示", "activist", "细则第十三条", ("review",)),
    # 发展对象
    Step("candidate", "列为发展对象", "candidate", "细则第十三条", ("publicity",), sets_status=MemberStatus.CANDIDATE),
    Step("sponsors", "确定入党介绍人", "candidate", "细则第十四条", ("candidate",)),
    Step("political_review", "政治审查", "candidate", "细则第十六条", ("candidate",)),
    Step("training", "集中培训", "candidate", "细则第十七条", ("candidate",)),
    Step("pre_review", "支部委员会审查、基层党委预审", "candidate", "细则第十八条", ("sponsors", "political_review", "training")),
    Step("branch_meeting", "支部党员大会讨论接收预备党员", "candidate", "细则第十九条、第二十条", ("pre_review",), vote=True),
    Step("committee_talk", "党委派人谈话", "candidate", "细则第二十三条", ("branch_meeting",)),
    Step(
        "approval",
        "党委审批",
        "candidate",
        "细则第二十四条、第二十五条",
        ("committee_talk",),
        sets_status=MemberStatus.PROBATIONARY,
    ),
    # 预备党员
    Step("oath", "入党宣誓", "probationary", "细则第二十九条", ("approval",)),
    Step("probation_review", "预备期教育考察", "probationary", "细则第三十条", ("oath",), repeatable=True, optional=True),
    Step("full_application", "提交转正申请", "probationary", "细则第三十二条", ("oath",)),
    Step("extension", "延长预备期", "probationary", "细则第三十一条", ("full_application",), optional=True, vote=True),
    Step("full_meeting", "支部党员大会讨论转正", "probationary", "细则第三十二条", ("full_application",), vote=True),
    Step("full_approval", "党委审批转正", "full", "细则第三十三条", ("full_meeting",), sets_status=MemberStatus.FULL),
)
BY_KEY = {s.key: s for s in STEPS}
STEP_KEYS = tuple(BY_KEY)


@dataclass(frozen=True)
class Done:
    """An effective (not corrected) entry, as the rules see it."""

    id: int
    key: str
    done_at: date
    data: dict[str, Any] = field(default_factory=dict)


class History:
    """The effective entries of one person, in the order they were recorded."""

    def __init__(self, entries: Sequence[Done]) -> None:
        self.entries = list(entries)

    def last(self, key: str) -> Done | None:
        found = [d for d in self.entries if d.key == key]
        return found[-1] if found else None

    def count(self, key: str) -> int:
        return sum(1 for d in self.entries if d.key == key)

    def has(self, key: str) -> bool:
        return self.last(key) is not None

    def probation_end(self, cfg: DevelopmentSettings) -> date | None:
        """细则第三十一条: the probation runs a year from the 支部大会 that accepted, plus an extension if any."""
        meeting = self.last("branch_meeting")
        if meeting is None:
            return None
        end = meeting.done_at + timedelta(days=cfg.probation_days)
        extension = self.last("extension")
        if extension is not None:
            end = add_months(end, int(extension.data.get("months", 0)))
        return end


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise ValueError(day)


def working_days(first: date, last: date) -> int:
    """Working days in [first, last] (Chinese holidays and make-up days included)."""
    n, day = 0, first
    while day <= last:
        n += is_workday(day)
        day += timedelta(days=1)
    return n


def check_vote(data: dict[str, Any]) -> None:
    """细则第十九条: more than half of those entitled to vote must be present; 细则第二十条: the resolution passes
    only with more votes in favour (written opinions of the absent counted) than half of those entitled.
    细则第三十二条 applies the same to the 转正 meeting."""
    vote = data.get("vote")
    if not vote:
        raise e.VoteRequired()
    eligible, present, in_favour = int(vote["eligible"]), int(vote["present"]), int(vote["in_favour"])
    if eligible <= 0 or present > eligible or in_favour > eligible:
        raise e.VoteRequired(details={"rule": "counts"})
    if present * 2 <= eligible:
        raise e.QuorumNotMet(details={"article": "细则第十九条", "eligible": eligible, "present": present})
    if in_favour * 2 <= eligible:
        raise e.VoteNotPassed(details={"article": "细则第二十条", "eligible": eligible, "in_favour": in_favour})


def check_step(
    step: Step,
    day: date,
    data: dict[str, Any],
    history: History,
    cfg: DevelopmentSettings,
    *,
    today: date,
    later: Sequence[Done] = (),
) -> None:
    """Refuse `step` on `day` unless every rule holds. `later` are entries recorded after the one a correction
    replaces (its date may not pass them)."""
    if day > today:
        raise e.DateInFuture()
    if not step.repeatable and history.has(step.key):
        raise e.StepAlreadyDone(details={"key": step.key})
    missing = [k for k in step.requires if not history.has(k)]
    if missing:
        raise e.StepSkipped(details={"key": step.key, "missing": missing, "missing_names": [BY_KEY[k].name for k in missing]})
    if history.entries and day < max(d.done_at for d in history.entries):
        raise e.DateBeforePrevious(details={"previous": max(d.done_at for d in history.entries).isoformat()})
    if later and day > min(d.done_at for d in later):
        raise e.DateBeforePrevious(details={"next": min(d.done_at for d in later).isoformat()})
    _RULES.get(step.key, _no_rule)(day, data, history, cfg)


def _no_rule(day: date, data: dict[str, Any], history: History, cfg: DevelopmentSettings) -> None:
    return None


def _publicity(day: date, data: dict[str, Any], history: History, cfg: DevelopmentSettings) -> None:
    """细则第十三条: the publicity before listing as 发展对象 lasts at least five working days."""
    end = data.get("publicity_end")
    if end is None or working_days(day, date.fromisoformat(end)) < cfg.publicity_min_working_days:
        raise e.PublicityTooShort(details={"article": "细则第十三条", "min_working_days": cfg.publicity_min_working_days})


def _candidate(day: date, data: dict[str, Any], history: History, cfg: DevelopmentSettings) -> None:
    """细则第十三条: a year or more of 培养教育和考察 as 积极分子, the half-yearly reviews of 细则第十一条 done, and
    the publicity over."""
    activist = history.last("activist") or Done(0, "activist", day)  # `requires` has checked it is there
    if (day - activist.done_at).days < cfg.activist_min_days:
        earliest = activist.done_at + timedelta(days=cfg.activist_min_days)
        raise e.ActivistUnderOneYear(details={"article": "细则第十三条", "earliest": earliest.isoformat()})
    needed = max(1, -(-cfg.activist_min_days // cfg.review_every_days))  # one per half year of the year
    if history.count("review") < needed:
        raise e.ReviewsMissing(details={"article": "细则第十一条", "needed": needed, "done": history.count("review")})
    publicity = history.last("publicity")
    if publicity is not None and date.fromisoformat(publicity.data["publicity_end"]) >= day:
        raise e.PublicityNotEnded(details={"article": "细则第十三条", "ends": publicity.data["publicity_end"]})


def _training(day: date, data: dict[str, Any], history: History, cfg: DevelopmentSettings) -> None:
    """细则第十七条: the short 集中培训 lasts three days or 24 学时 at least (without it, no admission)."""
    if float(data.get("hours") or 0) < cfg.training_min_hours and int(data.get("days") or 0) < cfg.training_min_days:
        raise e.TrainingTooShort(
            details={"article": "细则第十七条", "min_hours": cfg.training_min_hours, "min_days": cfg.training_min_days}
        )


def _meeting(day: date, data: dict[str, Any], history: History, cfg: DevelopmentSettings) -> None:
    check_vote(data)


def _approval_within(start_key: str) -> Any:
    def rule(day: date, data: dict[str, Any], history: History, cfg: DevelopmentSettings) -> None:
        """细则第二十五条 / 第三十三条: the 党委 decides within three months, extended at most to six."""
        start = history.last(start_key) or Done(0, start_key, day)  # `requires` has checked it is there
        if (day - start.done_at).days > cfg.approval_max_days:
            raise e.ApprovalTooLate(
                details={
                    "article": "细则第二十五条" if start_key == "branch_meeting" else "细则第三十三条",
                    "max_days": cfg.approval_max_days,
                }
            )

    return rule


def _full_meeting(day: date, data: dict[str, Any], history: History, cfg: DevelopmentSettings) -> None:
    """细则第三十一条: the 转正 is discussed when the probation (and any extension) has run; 第三十二条: same vote rules."""
    end = history.probation_end(cfg)
    if end is None or day < end:
        raise e.ProbationNotEnded(details={"article": "细则第三十一条", "ends": end.isoformat() if end else None})
    check_vote(data)


def _extension(day: date, data: dict[str, Any], history: History, cfg: DevelopmentSettings) -> None:
    """细则第三十一条: one extension only, of six to twelve months, decided when the year has run (by a vote)."""
    months = int(data.get("months") or 0)
    if history.has("extension") or not 6 <= months <= 12:
        raise e.ExtensionInvalid(details={"article": "细则第三十一条"})
    end = history.probation_end(cfg)
    if end is None or day < end:
        raise e.ProbationNotEnded(details={"article": "细则第三十一条", "ends": end.isoformat() if end else None})
    check_vote(data)


_RULES = {
    "publicity": _publicity,
    "candidate": _candidate,
    "training": _training,
    "branch_meeting": _meeting,
    "approval": _approval_within("branch_meeting"),
    "full_meeting": _full_meeting,
    "extension": _extension,
    "full_approval": _approval_within("full_meeting"),
}


# ---- what is due --------------------------------------------------------------------------------


def due_dates(history: History, cfg: DevelopmentSettings) -> dict[str, date]:
    """For the steps that can be done next: the date they are due by (deadlines) or due from (minimum intervals)."""
    due: dict[str, date] = {}

    def after(key: str, days: int) -> date | None:
        done = history.last(key)
        return done.done_at + timedelta(days=days) if done else None

    plan: list[tuple[str, date | None]] = [
        ("talk", after("application", cfg.talk_within_days)),  # 细则第七条
        ("review", after("review", cfg.review_every_days) or after("activist", cfg.review_every_days)),  # 第十一条
        ("candidate", after("activist", cfg.activist_min_days)),  # 第十三条 (due from)
        ("branch_meeting", after("pre_review", cfg.meeting_within_days)),  # 第十九条
        ("approval", after("branch_meeting", cfg.approval_within_days)),  # 第二十五条
        ("oath", after("approval", cfg.oath_within_days)),  # 第二十九条
        (
            "probation_review",
            after("probation_review", cfg.review_every_days) or after("oath", cfg.review_every_days),
        ),  # 第三十条
        ("full_application", history.probation_end(cfg)),  # 第三十一条
        ("full_meeting", history.probation_end(cfg)),  # 第三十一条
        ("full_approval", after("full_meeting", cfg.approval_within_days)),  # 第三十三条
    ]
    for key, when in plan:
        step = BY_KEY[key]
        if when is None or any(not history.has(k) for k in step.requires):
            continue
        if not step.repeatable and history.has(key):
            continue
        if step.repeatable and _stage_passed(step, history):
            continue
        due[key] = when
    return due


def _stage_passed(step: Step, history: History) -> bool:
    """A repeatable review stops being due once its stage is over."""
    return history.has("candidate") if step.stage == "activist" else history.has("full_meeting")
