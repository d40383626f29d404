"""Request and response schemas of login, tokens and the current user."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from miniapp_api.orgs.schemas import Name, Phone
from server.core.auth import Role
from server.core.schemas import OutSchema, Schema


class LoginIn(Schema):
    username: Annotated[str, Field(min_length=1, max_length=64)]
    password: Annotated[str, Field(min_length=1, max_length=128)]


class WeChatLoginIn(Schema):
    code: Annotated[str, Field(min_length=1, max_length=128)]


class RefreshIn(Schema):
    refresh_token: Annotated[str, Field(min_length=10, max_length=2048)]


class BindIn(Schema):
    name: Name
    phone: Phone


class UserOut(OutSchema):
    id: int
    role: Role
    username: str | None = None
    display_name: str = ""
    org_id: int | None = None
    org_name: str | None = None
    member_id: int | None = None
    member_name: str | None = None
    is_bound: bool = False


class TokenOut(OutSchema):
    access_token: str
    refresh_token: str
    token_type: str = "Bearer"
    expires_in: int
    user: UserOut


class AdminCreate(Schema):
    username: Annotated[str, Field(min_length=3, max_length=64, pattern=r"^[A-Za-z0-9_.@-]+$")]
    password: Annotated[str, Field(min_length=8, max_length=128)]
    role: Role = Role.ORG_ADMIN
    org_id: int | None = None
    display_name: Annotated[str, Field(max_length=50)] = ""
