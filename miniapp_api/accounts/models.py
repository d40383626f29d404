"""Tortoise model of user accounts (console logins and WeChat users)."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from miniapp_api.orgs.models import Member, Organization
from server.core.auth import Role


class User(Model):
    """A console account (username + password) or a WeChat user (openid); WeChat users may bind to a member."""

    id = fields.IntField(primary_key=True)
    username = fields.CharField(max_length=64, unique=True, null=True)
    password_hash = fields.CharField(max_length=255, null=True)
    openid = fields.CharField(max_length=64, unique=True, null=True)
    unionid = fields.CharField(max_length=64, null=True)
    role = fields.CharEnumField(Role, max_length=20)
    org: fields.ForeignKeyNullableRelation[Organization] = fields.ForeignKeyField("models.Organization", related_name="users", null=True, on_delete=fields.RESTRICT)
    org_id: int | None
    member: fields.OneToOneNullableRelation[Member] = fields.OneToOneField("models.Member", related_name="user", null=True, on_delete=fields.SET_NULL)
    member_id: int | None
    display_name = fields.CharField(max_length=50, default="")
    is_active = fields.BooleanField(default=True)
    last_login_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "app_user"


class RefreshToken(Model):
    """An issued refresh token. It works once (`used_at`); a replay of a used one revokes its whole `family`
    (every token of that sign-in). Kept in the database so that a Redis flush or restart forgets nothing."""

    id = fields.BigIntField(primary_key=True)
    jti = fields.CharField(max_length=32, unique=True)
    family = fields.CharField(max_length=32, db_index=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField("models.User", related_name="refresh_tokens",
                                                                   on_delete=fields.CASCADE)
    user_id: int
    issued_at = fields.DatetimeField()
    expires_at = fields.DatetimeField(db_index=True)
    used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "refresh_token"
