"""Request and response schemas of brand profiles."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from server.core.schemas import OutSchema, PageQuery, Schema


class BrandIn(Schema):
    name: str = Field(min_length=1, max_length=60, title="品牌名称", examples=["海棠红·365"])
    slogan: str = Field("", max_length=100, title="品牌口号", examples=["小事不出网格，服务就在身边"])
    story: str = Field("", max_length=5000, title="品牌故事")
    photos: list[str] = Field(
        default_factory=list, max_length=9, title="照片", description="证明材料接口上传的图片的 token（只接受图片）"
    )
    project_ids: list[int] = Field(default_factory=list, max_length=10, title="关联项目")
    is_published: bool = Field(True, title="公开展示")


class BrandQuery(PageQuery):
    org_id: int | None = Field(None, title="组织", description="列出该组织及下级组织的品牌")


class PhotoOut(OutSchema):
    token: str
    url: str = Field(description="公开地址（品牌公开时可直接显示）")
    filename: str


class BrandProjectOut(OutSchema):
    id: int
    title: str
    stage_label: str
    grade_label: str
    score: float | None
    is_secretary_led: bool


class BrandPointOut(OutSchema):
    name: str
    category_label: str
    ratings: int
    average: float | None
    good_rate: float | None


class BrandOut(OutSchema):
    org_id: int
    org_name: str
    name: str
    slogan: str
    story: str
    photos: list[PhotoOut]
    projects: list[BrandProjectOut]
    service_points: list[BrandPointOut] = Field(description="党员示范岗及其评价")
    red_flags: list[str] = Field(description="获得的红旗（无则为空，页面显示“暂无”）")
    is_published: bool
    public_url: str
    updated_at: datetime


class BrandCard(OutSchema):
    org_id: int
    org_name: str
    has_brand: bool
    name: str = ""
    slogan: str = ""
    cover_url: str | None = None
    projects: int = 0
    service_points: int = 0
    ratings: int = 0
    average: float | None = None
    red_flags: int = 0
    is_published: bool = False
