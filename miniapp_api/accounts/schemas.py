"""Request and response schemas of login, tokens and the current user."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from miniapp_api.orgs.schemas import Name, Phone
from server.core.auth import Role
from server.core.schemas import OutSchema, Schema

_JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMiJ9.c2lnbmF0dXJl"


class LoginIn(Schema):
    username: Annotated[str, Field(min_length=1, max_length=64)] = Field(title="用户名", examples=["zhibu"])
    password: Annotated[str, Field(min_length=1, max_length=128)] = Field(title="密码", examples=["Zhibu@2026"])


class WeChatLoginIn(Schema):
    code: Annotated[str, Field(min_length=1, max_length=128)] = Field(
        title="登录凭证",
        description="小程序 wx.login() 返回的 code（stub 模式下为 stub:<openid>）",
        examples=["stub:openid-demo-1"],
    )


class RefreshIn(Schema):
    refresh_token: Annotated[str, Field(min_length=10, max_length=2048)] = Field(title="刷新令牌", examples=[_JWT])


class BindIn(Schema):
    name: Name = Field(title="姓名", examples=["张三"])
    phone: Phone = Field(title="手机号", description="登记在花名册上的 11 位手机号", examples=["13912345678"])


class UserOut(OutSchema):
    id: int = Field(examples=[12])
    role: Role = Field(examples=["member"])
    username: str | None = Field(None, examples=[None])
    display_name: str = Field("", examples=["张三"])
    org_id: int | None = Field(None, examples=[5])
    org_name: str | None = Field(None, examples=["政务服务中心党支部"])
    member_id: int | None = Field(None, examples=[21])
    member_name: str | None = Field(None, examples=["张三"])
    is_bound: bool = Field(False, examples=[True])


class TokenOut(OutSchema):
    access_token: str = Field(examples=[_JWT])
    refresh_token: str = Field(examples=[_JWT])
    token_type: str = Field("Bearer", examples=["Bearer"])
    expires_in: int = Field(examples=[7200])
    user: UserOut


class AdminCreate(Schema):
    username: Annotated[str, Field(min_length=3, max_length=64, pattern=r"^[A-Za-z0-9_.@-]+$")] = Field(
        title="用户名", examples=["zhibu2"]
    )
    password: Annotated[str, Field(min_length=8, max_length=128)] = Field(title="密码", examples=["Zhibu@2026!"])
    role: Role = Field(
        Role.ORG_ADMIN,
        title="角色",
        description="org_admin（管理员）、staff（只读工作人员）或 superadmin",
        examples=["org_admin"],
    )
    org_id: int | None = Field(None, title="所属组织", description="超级管理员不填；其他角色必填，且须在本辖区内", examples=[5])
    display_name: Annotated[str, Field(max_length=50)] = Field("", title="显示名称", examples=["第一支部管理员"])
