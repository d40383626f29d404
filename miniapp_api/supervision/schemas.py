"""Request and response schemas of supervision (督查专班, inspections, findings, 党建观察员)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import Field

from miniapp_api.supervision.models import FindingStatus, InspectionKind, ObserverKind
from server.core.schemas import Day, OutSchema, PageQuery, Schema

Name = Annotated[str, Field(min_length=1, max_length=50)]
Department = Literal["组织", "纪检", "宣传", "统战", "其他"]
EvidenceToken = Annotated[str, Field(min_length=8, max_length=32, pattern=r"^[A-Za-z0-9_-]+$")]


class TeamMemberIn(Schema):
    name: Name = Field(title="姓名", examples=["王督查"])
    department: Department = Field(title="来自部门", examples=["纪检"])
    duty: Literal["组长", "副组长", "成员"] = Field("成员", title="职责", examples=["组长"])
    user_id: int | None = Field(
        None, ge=1, title="控制台账号", description="以该账号登录即可作为专班成员登记、复查问题", examples=[5]
    )


class TeamCreate(Schema):
    committee_id: int = Field(ge=1, title="组建专班的党委", examples=[1])
    name: Annotated[str, Field(min_length=1, max_length=100)] = Field(title="专班名称", examples=["第一督查专班"])
    members: list[TeamMemberIn] = Field(min_length=1, max_length=30, title="成员")


class TeamMemberOut(OutSchema):
    id: int = Field(examples=[1])
    name: str = Field(examples=["王督查"])
    department: str = Field(examples=["纪检"])
    duty: str = Field(examples=["组长"])
    user_id: int | None = Field(examples=[5])


class TeamOut(OutSchema):
    id: int = Field(examples=[1])
    committee_id: int = Field(examples=[1])
    committee_name: str = Field(examples=["某县直机关工委"])
    name: str = Field(examples=["第一督查专班"])
    members: list[TeamMemberOut]
    created_at: datetime


class ListQuery(Schema):
    org_id: int | None = Field(None, ge=1, title="组织（含下级）", description="不填为本人所在组织的辖区", examples=[1])


class InspectionCreate(Schema):
    team_id: int = Field(ge=1, title="督查专班", examples=[1])
    kind: Literal["covert", "special", "random"] = Field(
        title="督查方式", description="明察暗访 / 专项检查 / 随机抽查", examples=["random"]
    )
    title: Annotated[str, Field(min_length=1, max_length=200)] = Field(title="名称", examples=["三会一课落实情况抽查"])
    scope_org_id: int | None = Field(None, ge=1, title="督查范围（含下级）", description="不填为专班所属党委", examples=[1])
    planned_on: Day | None = Field(None, title="计划日期", examples=["2026-12-10"])
    org_ids: list[Annotated[int, Field(ge=1)]] = Field(
        default_factory=list, max_length=200, title="督查对象", description="明察暗访、专项检查时指定", examples=[[3, 4]]
    )
    sample_size: int | None = Field(None, ge=1, le=200, title="抽查数量", description="随机抽查时必填", examples=[3])
    seed: int | None = Field(
        None,
        ge=0,
        le=2**31 - 1,
        title="随机种子",
        description="不填由系统生成；同一种子、同一范围抽出同样的组织",
        examples=[20261201],
    )


class TargetOut(OutSchema):
    org_id: int = Field(examples=[3])
    name: str = Field(examples=["政务服务中心党支部"])


class InspectionOut(OutSchema):
    id: int = Field(examples=[1])
    committee_id: int = Field(examples=[1])
    team_id: int | None = Field(examples=[1])
    team_name: str = Field(examples=["第一督查专班"])
    kind: InspectionKind = Field(examples=["random"])
    kind_label: str = Field(examples=["随机抽查"])
    title: str = Field(examples=["三会一课落实情况抽查"])
    scope_org_id: int = Field(examples=[1])
    planned_on: date | None = Field(examples=["2026-12-10"])
    seed: int | None = Field(examples=[20261201])
    sample_size: int | None = Field(examples=[3])
    targets: list[TargetOut]
    findings: int = Field(description="登记的问题数", examples=[2])
    created_at: datetime


class FindingCreate(Schema):
    org_id: int = Field(ge=1, title="被督查组织", examples=[3])
    title: Annotated[str, Field(min_length=1, max_length=200)] = Field(title="问题", examples=["三会一课记录不全"])
    description: Annotated[str, Field(max_length=2000)] = Field("", title="情况说明", examples=["10 月支委会无记录"])
    evidence: list[EvidenceToken] = Field(
        default_factory=list,
        max_length=10,
        title="证据文件",
        description="先上传到 /api/v1/evidence，再填它返回的 token",
        examples=[["AbCdEfGhIjKlMnOpQrStUvWx"]],
    )


class FindingUpdate(Schema):
    title: Annotated[str, Field(min_length=1, max_length=200)] | None = Field(None, title="问题", examples=["三会一课记录不全"])
    description: Annotated[str, Field(max_length=2000)] | None = Field(None, title="情况说明", examples=["补充说明"])
    evidence: list[EvidenceToken] | None = Field(None, max_length=10, title="证据文件", examples=[[]])


class RecheckIn(Schema):
    result: Literal["close", "reopen"] = Field(
        title="复查结论", description="close：整改到位，销号；reopen：未整改到位，重新交办", examples=["close"]
    )
    note: Annotated[str, Field(min_length=1, max_length=1000)] = Field(title="复查意见", examples=["已补齐记录，整改到位"])


class FindingQuery(PageQuery):
    org_id: int | None = Field(None, ge=1, title="组织（含下级）", examples=[3])
    inspection_id: int | None = Field(None, ge=1, title="督查任务", examples=[1])
    status: FindingStatus | None = Field(None, title="状态", examples=["open"])
    flagged: bool | None = Field(None, title="只看“交办-拖延-再交办”", examples=[True])


class EvidenceRef(OutSchema):
    token: str
    url: str
    filename: str
    kind: str
    size: int


class FindingOut(OutSchema):
    id: int = Field(examples=[1])
    inspection_id: int = Field(examples=[1])
    inspection_title: str = Field(examples=["三会一课落实情况抽查"])
    kind: InspectionKind = Field(examples=["random"])
    org_id: int = Field(examples=[3])
    org_name: str = Field(examples=["政务服务中心党支部"])
    title: str = Field(examples=["三会一课记录不全"])
    description: str = Field(examples=["10 月支委会无记录"])
    status: FindingStatus = Field(examples=["open"])
    status_label: str = Field(examples=["整改中"])
    recheck_state: Literal["rectifying", "awaiting_recheck", "closed", "dismissed"] = Field(
        description="整改中 / 待复查（工单已整改完成）/ 已销号 / 申诉成立", examples=["awaiting_recheck"]
    )
    reopen_count: int = Field(examples=[0])
    is_flagged: bool = Field(description="交办-拖延-再交办：复查两次未通过", examples=[False])
    flag_label: str | None = Field(examples=[None])
    ticket_id: int | None = Field(examples=[12])
    ticket_status: str | None = Field(examples=["callback"])
    ticket_status_label: str | None = Field(examples=["待回访"])
    due_at: datetime | None
    observer_id: int | None = Field(examples=[None])
    created_at: datetime
    closed_at: datetime | None


class CheckOut(OutSchema):
    id: int
    ticket_id: int | None
    result: str = Field(examples=["reopen"])
    note: str
    checked_by_name: str
    checked_at: datetime


class FindingDetail(FindingOut):
    evidence: list[EvidenceRef]
    ticket_ids: list[int] = Field(description="每一轮整改的工单", examples=[[12, 15]])
    checks: list[CheckOut]
    can_edit: bool = Field(description="当前用户能否修改、复查（本专班成员）", examples=[True])


class ObserverCreate(Schema):
    committee_id: int = Field(ge=1, title="聘请的党委", examples=[1])
    name: Name = Field(title="姓名", examples=["李代表"])
    kind: ObserverKind = Field(title="身份", description="人大代表 / 政协委员 / 群众代表", examples=["npc_deputy"])
    unit: Annotated[str, Field(max_length=100)] = Field("", title="工作单位或界别", examples=["县人大常委会"])
    org_ids: list[Annotated[int, Field(ge=1)]] = Field(min_length=1, max_length=50, title="联系的组织", examples=[[3]])


class ObserverUpdate(Schema):
    org_ids: list[Annotated[int, Field(ge=1)]] | None = Field(
        None, min_length=1, max_length=50, title="联系的组织", examples=[[3, 4]]
    )
    is_active: bool | None = Field(None, title="是否在聘", examples=[True])


class ObserverOut(OutSchema):
    id: int = Field(examples=[1])
    committee_id: int = Field(examples=[1])
    name: str = Field(examples=["李代表"])
    kind: ObserverKind = Field(examples=["npc_deputy"])
    kind_label: str = Field(examples=["人大代表"])
    unit: str = Field(examples=["县人大常委会"])
    orgs: list[TargetOut]
    invite_code: str | None = Field(description="未绑定时给出，观察员在小程序中输入以绑定", examples=["K7Q2M9XA"])
    is_bound: bool = Field(examples=[False])
    is_active: bool = Field(examples=[True])
    notes: int = Field(description="提交的评议数", examples=[1])
    created_at: datetime


class BindObserverIn(Schema):
    invite_code: Annotated[str, Field(min_length=6, max_length=16, pattern=r"^[A-Z0-9]+$")] = Field(
        title="邀请码", examples=["K7Q2M9XA"]
    )


class PublicPoint(OutSchema):
    id: int = Field(examples=[12])
    name: str = Field(examples=["综合受理窗口"])
    category: str = Field(examples=["服务窗口"])


class PublicOrg(OutSchema):
    id: int = Field(examples=[3])
    name: str = Field(examples=["政务服务中心党支部"])
    kind_label: str = Field(examples=["党支部"])
    org_type: str = Field(examples=["机关"])
    region: str = Field(examples=["城关镇"])
    points: list[PublicPoint]


class ObserverMe(OutSchema):
    id: int = Field(examples=[1])
    name: str = Field(examples=["李代表"])
    kind_label: str = Field(examples=["人大代表"])
    committee_name: str = Field(examples=["某县直机关工委"])
    orgs: list[PublicOrg]


class NoteIn(Schema):
    org_id: int = Field(ge=1, title="评议的组织", examples=[3])
    title: Annotated[str, Field(min_length=1, max_length=200)] = Field(title="评议事项", examples=["窗口午休无人值守"])
    content: Annotated[str, Field(min_length=1, max_length=2000)] = Field(title="评议意见", examples=["12 点后窗口无人"])


class NoteOut(OutSchema):
    finding_id: int = Field(examples=[7])
    org_id: int = Field(examples=[3])
    org_name: str = Field(examples=["政务服务中心党支部"])
    title: str = Field(examples=["窗口午休无人值守"])
    status_label: str = Field(examples=["整改中"])
    recheck_state: str = Field(examples=["rectifying"])
    created_at: datetime
