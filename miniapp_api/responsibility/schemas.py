"""Request and response schemas of the responsibility domain."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import Field

from miniapp_api.orgs.models import Post
from miniapp_api.responsibility.models import ExemptionStatus, Grade, ItemKind, ItemStatus
from server.core.schemas import Day, OutSchema, PageQuery, Schema

# The assessment's 12 indicators (product.md §5) an item may feed; stable keys shared with the assessment.
INDICATOR_KEYS: dict[str, str] = {
    "partyday.cadence": "三会一课按期召开率",
    "partyday.theme_day": "主题党日开展率",
    "disclosure.timeliness": "党务公开及时率",
    "standards.compliance": "标准化建设达标率",
    "learning.hours_attainment": "学时达标率",
    "partyday.participation": "组织生活参与率",
    "volunteer.participation": "党员志愿服务参与度",
    "learning.coverage": "党员教育覆盖率",
    "evaluation.satisfaction": "服务评价满意率",
    "rectification.on_time": "差评按期整改率",
    "evaluation.participation": "群众评价参与度",
    "rectification.callback_satisfaction": "回访满意率",
}
IndicatorKey = Literal[
    "partyday.cadence",
    "partyday.theme_day",
    "disclosure.timeliness",
    "standards.compliance",
    "learning.hours_attainment",
    "partyday.participation",
    "volunteer.participation",
    "learning.coverage",
    "evaluation.satisfaction",
    "rectification.on_time",
    "evaluation.participation",
    "rectification.callback_satisfaction",
]
SourceType = Literal["rectification", "finding", "inspection"]
Year = Annotated[int, Field(ge=2000, le=2099)]
Text200 = Annotated[str, Field(min_length=1, max_length=200)]
_AT = "2026-03-01T09:30:00+08:00"


# ---- lists and items ------------------------------------------------------------------------------


class ListCreate(Schema):
    org_id: int = Field(title="组织", examples=[3])
    year: Year = Field(title="年度", examples=[2026])


class ListQuery(PageQuery):
    org_id: int | None = Field(None, title="组织（含下级）", examples=[3])
    year: Year | None = Field(None, title="年度", examples=[2026])


class ItemCreate(Schema):
    kind: ItemKind = Field(title="清单类别", description="duty 责任清单 / task 任务清单 / problem 问题清单", examples=["task"])
    title: Text200 = Field(title="事项", examples=["每季度至少召开一次支委会研究党建工作"])
    owner_org_id: int = Field(title="责任组织", examples=[5])
    owner_post: Post = Field(title="责任岗位", examples=["书记"])
    is_dual_duty: bool = Field(False, title="一岗双责", examples=[False])
    due_date: Day | None = Field(
        None, title="完成时限", description="须在清单年度内；常态化职责可不填，填写频次", examples=["2026-06-30"]
    )
    cadence: Annotated[str, Field(max_length=50)] = Field("", title="频次", examples=["每季度"])
    evidence_required: Annotated[str, Field(max_length=300)] = Field("", title="须提供的证明材料", examples=["会议记录照片"])
    indicator_key: IndicatorKey | None = Field(None, title="关联考核指标", examples=["partyday.cadence"])
    source_type: SourceType | None = Field(
        None,
        title="问题来源",
        description="问题清单必填：rectification 整改工单 / finding 督查发现 / inspection 检查",
        examples=[None],
    )
    source_id: int | None = Field(None, title="来源编号", examples=[None])


class ItemUpdate(Schema):
    title: Text200 | None = Field(None, title="事项", examples=["每季度召开支委会"])
    owner_post: Post | None = Field(None, title="责任岗位", examples=["书记"])
    is_dual_duty: bool | None = Field(None, title="一岗双责", examples=[None])
    due_date: Day | None = Field(None, title="完成时限", examples=["2026-09-30"])
    cadence: Annotated[str, Field(max_length=50)] | None = Field(None, title="频次", examples=[None])
    evidence_required: Annotated[str, Field(max_length=300)] | None = Field(None, title="须提供的证明材料", examples=[None])


class FileOut(OutSchema):
    token: str = Field(examples=["q3Jx0b1nQv2Yw8pR4tZs9kLm"])
    url: str = Field(examples=["/api/v1/evidence/q3Jx0b1nQv2Yw8pR4tZs9kLm"])
    filename: str = Field(examples=["支委会记录.pdf"])
    kind: str = Field(examples=["pdf"])


class ReportIn(Schema):
    note: Annotated[str, Field(min_length=1, max_length=2000)] = Field(title="履责情况", examples=["已召开第一季度支委会"])
    files: list[Annotated[str, Field(min_length=8, max_length=64)]] = Field(
        default_factory=list,
        max_length=20,
        title="证明材料",
        description="上传证明材料后得到的 token",
        examples=[["q3Jx0b1nQv2Yw8pR4tZs9kLm"]],
    )


class ReportOut(OutSchema):
    id: int = Field(examples=[1])
    item_id: int = Field(examples=[7])
    note: str = Field(examples=["已召开第一季度支委会"])
    files: list[FileOut]
    reporter_name: str = Field(examples=["张书记"])
    created_at: datetime = Field(examples=[_AT])


class ReviewIn(Schema):
    decision: Literal["accept", "return"] = Field(title="审核结果", examples=["return"])
    reason: Annotated[str, Field(max_length=1000)] = Field("", title="理由", description="退回时必填", examples=["缺少会议记录"])


class ReviewOut(OutSchema):
    id: int = Field(examples=[1])
    item_id: int = Field(examples=[7])
    report_id: int | None = Field(examples=[1])
    decision: str = Field(examples=["return"])
    reason: str = Field(examples=["缺少会议记录"])
    created_at: datetime = Field(examples=[_AT])


class ItemOut(OutSchema):
    id: int = Field(examples=[7])
    list_id: int = Field(examples=[2])
    list_org_id: int = Field(description="下达该事项的组织", examples=[1])
    list_org_name: str = Field(examples=["星海新区党工委"])
    kind: ItemKind = Field(examples=["task"])
    kind_label: str = Field(examples=["任务清单"])
    title: str = Field(examples=["每季度至少召开一次支委会研究党建工作"])
    owner_org_id: int = Field(examples=[5])
    owner_org_name: str = Field(examples=["综合办公室党支部"])
    owner_post: str = Field(examples=["书记"])
    is_dual_duty: bool = Field(examples=[False])
    due_date: date | None = Field(examples=["2026-06-30"])
    cadence: str = Field(examples=["每季度"])
    evidence_required: str = Field(examples=["会议记录照片"])
    indicator_key: str | None = Field(examples=["partyday.cadence"])
    indicator_name: str | None = Field(examples=["三会一课按期召开率"])
    source_type: str | None = Field(examples=[None])
    source_id: int | None = Field(examples=[None])
    status: ItemStatus = Field(examples=["reported"])
    status_label: str = Field(examples=["待审核"])
    is_overdue: bool = Field(examples=[False])
    is_inherited: bool = Field(description="上级下达的事项（本组织只读）", examples=[False])
    can_edit: bool = Field(examples=[True])
    can_report: bool = Field(examples=[False])
    can_review: bool = Field(examples=[False])
    reports: list[ReportOut] = Field(default_factory=list)
    reviews: list[ReviewOut] = Field(default_factory=list)


class SignatureOut(OutSchema):
    member_id: int = Field(examples=[12])
    member_name: str = Field(examples=["张书记"])
    posts: list[str] = Field(examples=[["书记"]])
    version: int = Field(examples=[3])
    signed_at: datetime = Field(examples=[_AT])


class SignerOut(OutSchema):
    member_id: int = Field(examples=[12])
    member_name: str = Field(examples=["张书记"])
    posts: list[str] = Field(examples=[["书记"]])
    signed_version: int | None = Field(description="最近签署的版本；null 为从未签署", examples=[3])
    is_current: bool = Field(description="已签署当前版本", examples=[True])


class ListOut(OutSchema):
    id: int = Field(examples=[2])
    org_id: int = Field(examples=[5])
    org_name: str = Field(examples=["综合办公室党支部"])
    year: int = Field(examples=[2026])
    version: int = Field(examples=[3])
    item_count: int = Field(examples=[8])
    overdue_count: int = Field(examples=[1])
    signers_total: int = Field(examples=[3])
    signers_signed: int = Field(description="已签署当前版本的责任人数", examples=[2])
    is_signed: bool = Field(description="所有责任人已签署当前版本", examples=[False])
    updated_at: datetime = Field(examples=[_AT])


class ListDetail(ListOut):
    items: list[ItemOut]
    signers: list[SignerOut]
    signatures: list[SignatureOut] = Field(description="签署记录（全部版本）")


class SignIn(Schema):
    version: int = Field(ge=1, le=100000, title="签署的版本", examples=[3])


class MeQuery(Schema):
    year: Year | None = Field(None, title="年度", examples=[2026])


# ---- 述职述廉 ------------------------------------------------------------------------------------------


class DutyReportCreate(Schema):
    org_id: int = Field(title="组织", examples=[5])
    year: Year = Field(title="年度", examples=[2026])
    content: Annotated[str, Field(min_length=1, max_length=20000)] = Field(
        title="述职述廉报告", examples=["一年来履行党建第一责任人职责……"]
    )


class DutyRatingIn(Schema):
    grade: Grade = Field(title="评议等次", description="good 好 / fairly_good 较好 / average 一般 / poor 差", examples=["good"])


class DutyReportQuery(PageQuery):
    org_id: int | None = Field(None, title="组织（含下级）", examples=[3])
    year: Year | None = Field(None, title="年度", examples=[2026])


class DutyReportOut(OutSchema):
    id: int = Field(examples=[1])
    org_id: int = Field(examples=[5])
    org_name: str = Field(examples=["综合办公室党支部"])
    year: int = Field(examples=[2026])
    member_name: str = Field(examples=["张书记"])
    content: str = Field(examples=["一年来履行党建第一责任人职责……"])
    submitted_at: datetime = Field(examples=[_AT])
    tally: dict[str, int] = Field(
        description="各等次票数（好/较好/一般/差）", examples=[{"好": 5, "较好": 2, "一般": 0, "差": 0}]
    )
    parent_grade: str | None = Field(description="上级组织的评议等次", examples=["好"])
    ratings: int = Field(examples=[8])
    my_grade: str | None = Field(description="当前用户的评议等次", examples=[None])


# ---- talks, circulars, accountability ------------------------------------------------------------------


class OrgYearQuery(PageQuery):
    org_id: int | None = Field(None, title="组织（含下级）", examples=[3])


class MeCircularQuery(PageQuery):
    pass


class TalkCreate(Schema):
    org_id: int = Field(title="被约谈组织", examples=[5])
    talker: Annotated[str, Field(min_length=1, max_length=50)] = Field(title="约谈人", examples=["李书记"])
    talkee: Annotated[str, Field(min_length=1, max_length=50)] = Field(title="被约谈人", examples=["张书记"])
    reason: Annotated[str, Field(min_length=1, max_length=2000)] = Field(title="约谈事由", examples=["三会一课未按期召开"])
    follow_up: Annotated[str, Field(max_length=2000)] = Field("", title="跟进要求", examples=["一个月内补开并报送记录"])
    talked_on: Day = Field(title="约谈日期", examples=["2026-05-10"])


class TalkOut(OutSchema):
    id: int = Field(examples=[1])
    org_id: int = Field(examples=[5])
    org_name: str = Field(examples=["综合办公室党支部"])
    talker: str = Field(examples=["李书记"])
    talkee: str = Field(examples=["张书记"])
    reason: str = Field(examples=["三会一课未按期召开"])
    follow_up: str = Field(examples=["一个月内补开并报送记录"])
    talked_on: date = Field(examples=["2026-05-10"])
    created_at: datetime = Field(examples=[_AT])


class CircularCreate(Schema):
    org_id: int = Field(title="通报范围（组织及下级）", examples=[1])
    title: Text200 = Field(title="标题", examples=["关于第一季度责任清单落实情况的通报"])
    body: Annotated[str, Field(min_length=1, max_length=20000)] = Field(title="正文", examples=["第一季度……"])


class ReceiptOut(OutSchema):
    org_id: int = Field(examples=[5])
    org_name: str = Field(examples=["综合办公室党支部"])
    reader_name: str = Field(examples=["张书记"])
    read_at: datetime = Field(examples=[_AT])


class CircularOut(OutSchema):
    id: int = Field(examples=[1])
    org_id: int = Field(examples=[1])
    org_name: str = Field(examples=["星海新区党工委"])
    title: str = Field(examples=["关于第一季度责任清单落实情况的通报"])
    body: str = Field(examples=["第一季度……"])
    created_at: datetime = Field(examples=[_AT])
    orgs_total: int = Field(description="通报范围内的组织数", examples=[8])
    orgs_read: int = Field(description="已阅读的组织数", examples=[5])
    is_read: bool = Field(description="当前用户已阅", examples=[False])


class CircularDetail(CircularOut):
    receipts: list[ReceiptOut]
    unread_orgs: list[str] = Field(examples=[["海棠社区党支部"]])


class NegativeItemCreate(Schema):
    title: Text200 = Field(title="问责情形", examples=["党建工作责任制落实不力，造成严重后果"])
    description: Annotated[str, Field(max_length=2000)] = Field("", title="说明", examples=[""])


class NegativeItemOut(OutSchema):
    id: int = Field(examples=[1])
    title: str = Field(examples=["党建工作责任制落实不力，造成严重后果"])
    description: str = Field(examples=[""])
    is_active: bool = Field(examples=[True])


class DecisionCreate(Schema):
    org_id: int = Field(title="被问责组织", examples=[5])
    negative_item_id: int = Field(title="负面清单情形", examples=[1])
    subject: Annotated[str, Field(min_length=1, max_length=100)] = Field(title="问责对象", examples=["张书记"])
    measure: Annotated[str, Field(min_length=1, max_length=50)] = Field(title="问责方式", examples=["通报批评"])
    reason: Annotated[str, Field(min_length=1, max_length=5000)] = Field(
        title="事实与理由", examples=["连续两个季度未召开支委会"]
    )
    corrects_id: int | None = Field(None, title="更正的决定", description="更正已作出的决定时填写原决定编号", examples=[None])


class DecisionUpdate(Schema):
    subject: Annotated[str, Field(max_length=100)] | None = Field(None, title="问责对象", examples=[None])
    measure: Annotated[str, Field(max_length=50)] | None = Field(None, title="问责方式", examples=["诫勉谈话"])
    reason: Annotated[str, Field(max_length=5000)] | None = Field(None, title="事实与理由", examples=[None])


class ExemptionOut(OutSchema):
    id: int = Field(examples=[1])
    decision_id: int = Field(examples=[3])
    org_id: int = Field(examples=[5])
    reasons: str = Field(examples=["因不可抗力延误，已及时补救"])
    status: ExemptionStatus = Field(examples=["pending"])
    filed_at: datetime = Field(examples=[_AT])
    decided_at: datetime | None = Field(examples=[None])
    note: str = Field(examples=[""])


class DecisionOut(OutSchema):
    id: int = Field(examples=[3])
    org_id: int = Field(examples=[5])
    org_name: str = Field(examples=["综合办公室党支部"])
    negative_item_id: int = Field(examples=[1])
    negative_item_title: str = Field(examples=["党建工作责任制落实不力，造成严重后果"])
    subject: str = Field(examples=["张书记"])
    measure: str = Field(examples=["通报批评"])
    reason: str = Field(examples=["连续两个季度未召开支委会"])
    corrects_id: int | None = Field(examples=[None])
    corrected_by_id: int | None = Field(description="更正本决定的新决定", examples=[None])
    created_at: datetime = Field(examples=[_AT])
    exemptions: list[ExemptionOut] = Field(default_factory=list)


class ExemptionCreate(Schema):
    decision_id: int = Field(title="问责决定", examples=[3])
    reasons: Annotated[str, Field(min_length=1, max_length=5000)] = Field(
        title="容错理由", examples=["因不可抗力延误，已及时补救"]
    )


class ExemptionDecisionIn(Schema):
    approve: bool = Field(title="是否予以容错", examples=[True])
    note: Annotated[str, Field(max_length=2000)] = Field("", title="决定说明", examples=["符合容错情形"])
