"""Request and response schemas of service points, codes, ratings and statistics."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, ConfigDict, Field, field_validator

from miniapp_api.evaluation.models import CommentPolicy, CommentStatus, PointCategory
from miniapp_api.orgs.schemas import check_phone
from miniapp_api.rectification.models import Followup
from server.core.schemas import Day, OutSchema, PageQuery, Schema

_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_TOKEN = "q3ZrT8mKx2Ab4dE9fG"
_API = f"https://dj.example.org/api/v1/evaluation/codes/{_TOKEN}"
_TIME = "2026-11-22T09:30:00+08:00"

# ---- points and codes ---------------------------------------------------------------------------


class PointCreate(Schema):
    org_id: int = Field(title="所属组织", examples=[3])
    name: Annotated[str, Field(min_length=1, max_length=100)] = Field(title="名称", examples=["综合受理窗口"])
    category: PointCategory = Field(PointCategory.WINDOW, title="类别")
    description: Annotated[str, Field(max_length=300)] = Field("", title="说明", examples=["一楼大厅 1–3 号窗口"])
    member_id: int | None = Field(None, title="示范岗党员", description="党员示范岗对应的党员（须属于该组织）", examples=[12])


class PointUpdate(Schema):
    name: Annotated[str, Field(min_length=1, max_length=100)] | None = Field(None, title="名称", examples=["综合受理窗口"])
    category: PointCategory | None = Field(None, title="类别")
    description: Annotated[str, Field(max_length=300)] | None = Field(None, title="说明", examples=["一楼大厅 1–3 号窗口"])
    is_active: bool | None = Field(None, title="启用", description="false 停用：其评价码随即失效")


class PointQuery(PageQuery):
    org_id: int | None = Field(None, title="组织（含下级）", examples=[3])
    include_inactive: bool = Field(False, title="含已停用")


class LiveCounts(OutSchema):
    total: int = Field(0, examples=[128])
    distribution: dict[str, int] = Field(default_factory=dict, examples=[{"1": 2, "2": 4, "3": 10, "4": 40, "5": 72}])
    good_rate: float | None = Field(None, examples=[0.875])
    average: float | None = Field(None, examples=[4.38])


class PointOut(OutSchema):
    id: int = Field(examples=[12])
    org_id: int = Field(examples=[3])
    org_name: str = Field("", examples=["政务服务中心党支部"])
    name: str = Field(examples=["综合受理窗口"])
    category: PointCategory
    category_label: str = Field(examples=["服务窗口"])
    description: str = Field(examples=["一楼大厅 1–3 号窗口"])
    member_id: int | None = Field(examples=[None])
    is_active: bool = Field(examples=[True])
    created_at: datetime = Field(examples=[_TIME])
    active_codes: int = Field(0, examples=[1])
    live: LiveCounts = Field(default_factory=LiveCounts)


class CodeCreate(Schema):
    label: Annotated[str, Field(max_length=50)] = Field("", title="备注", examples=["一楼大厅"])
    expires_at: datetime | None = Field(
        None, title="有效期至", description="不填则长期有效；须晚于当前时间", examples=["2026-12-31T23:59:59+08:00"]
    )


class CodeOut(OutSchema):
    id: int = Field(examples=[21])
    point_id: int = Field(examples=[12])
    token: str = Field(description="18 位字母数字，既是 H5 链接的末段，也是小程序码的 scene", examples=[_TOKEN])
    url: str = Field(examples=[f"https://dj.example.org/e/{_TOKEN}"])
    png_url: str = Field(examples=[f"{_API}/qr.png"])
    svg_url: str = Field(examples=[f"{_API}/qr.svg"])
    wxacode_url: str = Field(examples=[f"{_API}/wxacode.png"])
    label: str = Field(examples=["一楼大厅"])
    expires_at: datetime | None = Field(examples=[None])
    revoked_at: datetime | None = Field(examples=[None])
    created_at: datetime = Field(examples=[_TIME])
    is_active: bool = Field(examples=[True])


class ImageQuery(Schema):
    size: int | None = Field(None, ge=16, le=4096, title="像素", description="128–2048，按 64 取整", examples=[512])


class SheetQuery(Schema):
    org_id: int | None = Field(None, title="组织（含下级的全部服务点）", examples=[3])
    point_id: list[int] = Field(default_factory=list, max_length=200, title="服务点", examples=[[12, 13]])


class CountersRebuilt(OutSchema):
    points: int = Field(description="重建了计数的服务点数", examples=[9])


# ---- rating (public) ----------------------------------------------------------------------------


class RatingIn(Schema):
    score: int = Field(ge=1, le=5, title="评分", description="5 非常满意 … 1 非常不满意", examples=[5])
    tags: list[Annotated[str, Field(max_length=20)]] = Field(
        default_factory=list, max_length=10, title="标签", description="须属于所选评分的标签", examples=[["热情周到"]]
    )
    comment: Annotated[str, Field(max_length=500)] = Field("", title="留言", examples=["办事很快，一次办好"])
    contact: Annotated[str, AfterValidator(check_phone)] | None = Field(
        None, title="联系电话", description="留下则为实名评价，仅用于回访", examples=["13800138000"]
    )
    option_version: int | None = Field(None, title="评价选项版本", description="不填为当前版本", examples=[2])

    @field_validator("contact", mode="before")
    @classmethod
    def _blank_contact(cls, value: Any) -> Any:
        return None if isinstance(value, str) and not value.strip() else value


class RatingAck(OutSchema):
    id: int = Field(examples=[3057])
    score: int = Field(examples=[5])
    option_version: int = Field(examples=[2])
    comment_status: CommentStatus = Field(examples=["published"])
    is_named: bool = Field(examples=[False])
    ticket_id: int | None = Field(None, description="1–2 分（差评）时生成的整改工单", examples=[None])
    created_at: datetime = Field(examples=[_TIME])


class FollowupIn(Schema):
    rating_id: int = Field(title="评价", examples=[3057])
    result: Followup = Field(title="整改评价结果", examples=["satisfied"])


class FollowupAck(OutSchema):
    rating_id: int = Field(examples=[3057])
    result: Followup = Field(examples=["satisfied"])
    ticket_status: str = Field(examples=["closed"])


class PublicPoint(OutSchema):
    name: str = Field(examples=["综合受理窗口"])
    category: str = Field(examples=["服务窗口"])
    description: str = Field(examples=["一楼大厅 1–3 号窗口"])


class PublicOrg(OutSchema):
    name: str = Field(examples=["政务服务中心党支部"])


class Level(OutSchema):
    score: int = Field(examples=[5])
    label: str = Field(examples=["非常满意"])
    is_bad: bool = Field(examples=[False])
    tags: list[str] = Field(examples=[["热情周到", "高效快捷"]])


class RecentComment(OutSchema):
    score: int = Field(examples=[5])
    tags: list[str] = Field(examples=[["热情周到"]])
    comment: str = Field(description="手机号已脱敏", examples=["工作人员很耐心"])
    day: date = Field(examples=["2026-11-21"])


class OpenFollowup(OutSchema):
    rating_id: int = Field(examples=[3057])
    day: date = Field(examples=["2026-11-20"])
    score: int = Field(examples=[2])
    status_label: str = Field(examples=["待回访"])
    resolution: str = Field(examples=["已调整窗口人员并优化叫号流程"])


class PublicCodeInfo(OutSchema):
    point: PublicPoint
    org: PublicOrg
    option_version: int = Field(examples=[2])
    levels: list[Level]
    recent_comments: list[RecentComment] = Field(description="审核后公开的留言；联系方式和本组织人员姓名已脱敏")
    followups: list[OpenFollowup] = Field(description="本人（同一设备或账号）待评价整改结果的差评")
    rated_today: bool = Field(False, description="本人（同一设备或账号）今天（本地日期）已评价过该服务点", examples=[False])
    can_rate: bool = Field(True, description="本人今天还能评价该服务点（未达每日次数上限）", examples=[True])


# ---- ratings (console) --------------------------------------------------------------------------


class RatingFilter(Schema):
    org_id: int | None = Field(None, title="组织（含下级）", examples=[3])
    point_id: int | None = Field(None, title="服务点", examples=[12])
    score: int | None = Field(None, ge=1, le=5, title="评分", examples=[1])
    comment_status: CommentStatus | None = Field(None, title="留言状态")
    from_: Day | None = Field(None, alias="from", title="开始日期", description="本地日期，含当天", examples=["2026-11-01"])
    to: Day | None = Field(None, title="结束日期", description="本地日期，含当天", examples=["2026-11-30"])


class RatingQuery(RatingFilter, PageQuery):
    pass


class RatingExportQuery(RatingFilter):
    pass


class RatingOut(OutSchema):
    id: int = Field(examples=[3057])
    point_id: int = Field(examples=[12])
    point_name: str = Field(examples=["综合受理窗口"])
    org_id: int = Field(examples=[3])
    score: int = Field(examples=[2])
    score_label: str = Field(examples=["不满意"])
    tags: list[str] = Field(examples=[["办事拖沓"]])
    option_version: int = Field(examples=[2])
    comment: str = Field(description="手机号已脱敏；comment_status 为 none 时为空", examples=[""])
    comment_status: CommentStatus = Field(examples=["none"])
    comment_flagged: bool = Field(False, description="留言命中敏感词或内容安全检测（始终待审核）", examples=[False])
    is_named: bool = Field(examples=[True])
    contact_masked: str = Field(examples=["138****8000"])
    rater_kind: str = Field(examples=["anonymous"])
    day: date = Field(examples=["2026-11-22"])
    is_excluded: bool = Field(examples=[False])
    excluded_reason: str = Field(examples=[""])
    ticket_id: int | None = Field(examples=[12])
    created_at: datetime = Field(examples=[_TIME])


class ModerationIn(Schema):
    decision: Literal["publish", "reject"] = Field(title="审核结果", description="publish 公开 / reject 不予公开")


class CommentPolicyIn(Schema):
    policy: CommentPolicy = Field(
        title="留言公开方式",
        description="hold_all 全部审核后公开（默认）/ publish_unflagged 未命中敏感内容的直接公开",
        examples=["hold_all"],
    )


class CommentPolicyOut(OutSchema):
    org_id: int = Field(examples=[3])
    policy: CommentPolicy = Field(examples=["hold_all"])
    policy_label: str = Field(examples=["全部留言审核后公开"])
    is_own: bool = Field(description="本组织自己设置的（否则沿用上级或默认）", examples=[False])
    inherited_from: int | None = Field(description="沿用的上级组织；默认设置时为空", examples=[None])


# ---- statistics ---------------------------------------------------------------------------------


class StatsQuery(Schema):
    org_id: int | None = Field(None, title="组织（含下级）", description="不填为本人所在组织", examples=[3])
    from_: Day | None = Field(
        None, alias="from", title="开始日期", description="本地日期，含当天；不填为近 30 天", examples=["2026-10-24"]
    )
    to: Day | None = Field(None, title="结束日期", description="本地日期，含当天；不填为今天", examples=["2026-11-22"])


class ReportQuery(Schema):
    org_id: int | None = Field(None, title="组织（含下级）", description="不填为本人所在组织", examples=[3])
    month: Annotated[str, Field(pattern=_MONTH.pattern)] | None = Field(
        None, title="月份", description="不填为本月", examples=["2026-11"]
    )


class GroupStats(OutSchema):
    """The numbers of one group (docs/evaluation.md: Statistics); rates are null when their denominator is 0."""

    total: int = Field(examples=[128])
    distribution: dict[str, int] = Field(examples=[{"1": 2, "2": 4, "3": 10, "4": 40, "5": 72}])
    average: float | None = Field(examples=[4.38])
    good_rate: float | None = Field(description="好评率：4–5 分占比", examples=[0.875])
    satisfaction_rate: float | None = Field(description="满意率：3–5 分占比", examples=[0.9531])
    bad_count: int = Field(description="差评数：1–2 分", examples=[6])
    tickets: int = Field(examples=[6])
    rectified: int = Field(examples=[5])
    rectification_rate: float | None = Field(description="差评整改率", examples=[0.8333])
    on_time_rate: float | None = Field(description="按期整改率", examples=[0.8])
    overdue: int = Field(examples=[1])
    followups: int = Field(examples=[4])
    followup_satisfaction_rate: float | None = Field(description="回访满意率", examples=[0.75])


class PointStats(GroupStats):
    point_id: int = Field(examples=[12])
    name: str = Field(examples=["综合受理窗口"])
    org_id: int | None = Field(examples=[3])
    org_name: str = Field(examples=["政务服务中心党支部"])


class ChildOrgStats(GroupStats):
    org_id: int = Field(examples=[3])
    name: str = Field(examples=["政务服务中心党支部"])
    is_self: bool = Field(description="本级（组织自身，不含下级）", examples=[False])


class TrendDay(OutSchema):
    day: date = Field(examples=["2026-11-22"])
    total: int = Field(examples=[6])
    good: int = Field(examples=[5])
    bad: int = Field(examples=[0])
    average: float | None = Field(examples=[4.5])


class StatsOrg(OutSchema):
    id: int = Field(examples=[3])
    name: str = Field(examples=["政务服务中心党支部"])


class ObserverStats(OutSchema):
    """The ratings of 党建观察员 on their assigned orgs, counted apart from citizens' and members'."""

    total: int = Field(examples=[6])
    distribution: dict[str, int] = Field(examples=[{"1": 0, "2": 1, "3": 1, "4": 2, "5": 2}])
    average: float | None = Field(examples=[3.83])
    good_rate: float | None = Field(description="好评率：4–5 分占比", examples=[0.6667])
    satisfaction_rate: float | None = Field(description="满意率：3–5 分占比", examples=[0.8333])


class StatsOut(GroupStats):
    model_config = ConfigDict(serialize_by_alias=True, validate_by_name=True, validate_by_alias=True)

    org: StatsOrg
    from_: date = Field(alias="from", examples=["2026-10-24"])
    to: date = Field(examples=["2026-11-22"])
    appeals_upheld: int = Field(description="申诉成立（不计入统计）的件数", examples=[1])
    observers: ObserverStats = Field(description="党建观察员的评价（单独统计，不计入上面的群众和党员评价）")
    by_point: list[PointStats]
    by_child_org: list[ChildOrgStats] = Field(description="本级在前，然后每个直属下级组织（含其下级）")
    trend: list[TrendDay]
    live: LiveCounts = Field(description="实时累计计数（全部时间）")
