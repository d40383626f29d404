"""Errors of 发展党员: each refused step names the rule (and the article of the 细则 in `details`)."""

from __future__ import annotations

from server.core.errors import BadRequest, Conflict, NotFound


class EntryNotFound(NotFound):
    code = "development.entry_not_found"
    message = "要更正的记录不存在"


class StepSkipped(Conflict):
    code = "development.step_skipped"
    message = "前一步骤尚未完成，不能跳过"


class StepAlreadyDone(Conflict):
    code = "development.step_already_done"
    message = "该步骤已完成；如需更正，请新增一条更正记录"


class DateBeforePrevious(Conflict):
    code = "development.date_before_previous"
    message = "日期早于上一步骤的日期"


class DateInFuture(BadRequest):
    code = "development.date_in_future"
    message = "日期不能晚于今天"


class AlreadyMember(Conflict):
    code = "development.already_member"
    message = "该人员已是党员，不在发展程序中"


class ActivistUnderOneYear(Conflict):
    code = "development.activist_under_one_year"
    message = "入党积极分子培养考察不满一年，不能列为发展对象（细则第十三条）"


class ReviewsMissing(Conflict):
    code = "development.reviews_missing"
    message = "培养期间每半年应有一次考察记录（细则第十一条）"


class PublicityTooShort(BadRequest):
    code = "development.publicity_too_short"
    message = "公示期不少于五个工作日（细则第十三条）"


class PublicityNotEnded(Conflict):
    code = "development.publicity_not_ended"
    message = "公示期未满（细则第十三条）"


class ContactsInvalid(BadRequest):
    code = "development.contacts_invalid"
    message = "培养联系人应为本组织一至两名正式党员（细则第九条）"


class SponsorsInvalid(BadRequest):
    code = "development.sponsors_invalid"
    message = "入党介绍人应为两名正式党员（细则第十四条）"


class TrainingTooShort(BadRequest):
    code = "development.training_too_short"
    message = "集中培训一般不少于三天或二十四个学时（细则第十七条）"


class VoteRequired(BadRequest):
    code = "development.vote_required"
    message = "请填写应到、实到有表决权的党员人数和赞成票数"


class PollInvalid(BadRequest):
    code = "development.poll_invalid"
    message = "只能引用本支部党员大会已结束的表决（决议）"


class QuorumNotMet(Conflict):
    code = "development.quorum_not_met"
    message = "实到有表决权的党员未超过应到人数的半数，会议无效（细则第十九条）"


class VoteNotPassed(Conflict):
    code = "development.vote_not_passed"
    message = "赞成人数未超过应到会有表决权党员的半数，决议未通过（细则第二十条）"


class ApprovalTooLate(Conflict):
    code = "development.approval_too_late"
    message = "党委审批超过了最长期限（细则第二十五条、第三十三条）"


class ProbationNotEnded(Conflict):
    code = "development.probation_not_ended"
    message = "预备期未满（细则第三十一条）"


class ExtensionInvalid(BadRequest):
    code = "development.extension_invalid"
    message = "预备期只能延长一次，延长时间不少于半年、不超过一年（细则第三十一条）"


ALL = [
    EntryNotFound,
    StepSkipped,
    StepAlreadyDone,
    DateBeforePrevious,
    DateInFuture,
    AlreadyMember,
    ActivistUnderOneYear,
    ReviewsMissing,
    PublicityTooShort,
    PublicityNotEnded,
    ContactsInvalid,
    SponsorsInvalid,
    TrainingTooShort,
    VoteRequired,
    PollInvalid,
    QuorumNotMet,
    VoteNotPassed,
    ApprovalTooLate,
    ProbationNotEnded,
    ExtensionInvalid,
]
