"""Request and response schemas of 党务公开."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import Field

from miniapp_api.disclosure.models import DueRule, ItemStatus
from server.core.schemas import Day, OutSchema, PageQuery, Schema


class KindOut(OutSchema):
    code: str = Field(examples=["work_plan"])
    name: str = Field(examples=["工作计划"])
    rule: DueRule = Field(description="quarterly：每季度一次，季度开始后 days 天内；event：事项发生后 days 天内")
    days: int = Field(examples=[15])
    is_active: bool


class KindUpdate(Schema):
    name: str = Field(min_length=1, max_length=40, title="名称")
    rule: DueRule = Field(title="公开规则")
    days: int = Field(ge=0, le=90, title="期限天数")
    is_active: bool = Field(True, title="启用")


class ItemQuery(PageQuery):
    org_id: int | None = Field(None, title="组织", description="不填为本辖区全部")
    status: ItemStatus | None = Field(None, title="状态")


class EventItemCreate(Schema):
    org_id: int = Field(title="组织")
    kind: str = Field(min_length=1, max_length=40, title="类别", examples=["development"])
    title: str = Field(min_length=1, max_length=100, title="标题", examples=["2026年第三批发展对象公示"])
    event_on: Day = Field(title="事项发生日期")


class PublishIn(Schema):
    title: str | None = Field(None, min_length=1, max_length=100, title="标题")
    body: str = Field(min_length=1, max_length=5000, title="公开内容")
    evidence_token: str | None = Field(
        None, min_length=8, max_length=32, title="附件", description="先经 POST /api/v1/evidence 上传，再填其 token"
    )


class ItemOut(OutSchema):
    id: int
    org_id: int
    kind: str
    kind_name: str
    period_key: str = Field(examples=["2026-Q3"])
    title: str
    event_on: date | None
    due_on: date
    status: ItemStatus
    is_overdue: bool = Field(description="截止日已过仍未公开")
    is_on_time: bool | None = Field(description="已公开时是否按期；未公开为 null")
    body: str
    attachment: str | None = Field(description="附件文件名")
    evidence_token: str | None
    published_at: datetime | None


class PublicItem(OutSchema):
    id: int
    kind_name: str
    title: str
    body: str
    attachment: str | None
    published_at: datetime


class PublicPage(OutSchema):
    org_id: int
    org_name: str
    items: list[PublicItem]
