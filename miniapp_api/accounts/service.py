"""Login (password and WeChat), token refresh with rotation, member binding, console accounts."""

from __future__ import annotations

import logging
from datetime import datetime

from miniapp_api.accounts import tokens
from miniapp_api.accounts.errors import (
    AlreadyBound,
    BadCredentials,
    BadRole,
    BindFailed,
    BindRateLimited,
    BindWeChatOnly,
    DuplicateUsername,
    LoginRateLimited,
    OrgRequired,
    UserDisabled,
    UserNotFound,
    WeChatUserDisabled,
)
from miniapp_api.accounts.models import User
from miniapp_api.accounts.schemas import AdminCreate, BindIn, TokenOut, UserOut
from miniapp_api.accounts.throttle import LoginThrottle
from miniapp_api.audit import service as audit
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Member
from server.core.auth import CONSOLE_ROLES, Principal, Role, TokenCodec, hash_password, verify_password
from server.core.database import in_transaction
from server.core.errors import Forbidden, RateLimited
from server.core.redis import RateLimiter
from server.core.revocation import Revocations
from server.core.wechat import WeChatClient

log = logging.getLogger("dangjian.accounts")

# A fixed dummy hash so that unknown usernames cost as much as wrong passwords (no timing oracle).
_DUMMY_HASH = "$argon2id$v=19$m=65536,t=3,p=4$TbDNgEK1w74BrYhC99DsyQ$eV1wgswhw27RWMN5L6c2aBy6Ap4XwLmMbxCFc9QNoLc"


def principal_of(user: User) -> Principal:
    return Principal(user.id, user.role, user.org_id, user.member_id, user.display_name)


async def user_out(user: User) -> UserOut:
    await user.fetch_related("org", "member")
    return UserOut(
        id=user.id, role=user.role, username=user.username, display_name=user.display_name,
        org_id=user.org_id, org_name=user.org.name if user.org else None,
        member_id=user.member_id, member_name=user.member.name if user.member else None,
        is_bound=user.member_id is not None,
    )


async def _limit(limiter: RateLimiter, keys: list[tuple[str, int]], error: type[RateLimited], window_s: int = 60) -> None:
    wait = await limiter.wait_ms(keys, window_s)
    if wait > 0:
        raise error((wait + 999) // 1000)


async def _drop_inactive_member(user: User) -> None:
    """A user bound to a member who is no longer active (停用) is a citizen again: no token says otherwise.

    Deactivation unbinds at once (`deactivate_member`); this also covers bindings left by older releases."""
    if user.member_id is None and user.role is not Role.MEMBER:
        return
    if user.member_id is not None and await Member.exists(id=user.member_id, is_active=True):
        return
    user.member_id, user.role, user.org_id, user.display_name = None, Role.CITIZEN, None, ""
    await user.save(update_fields=["member_id", "role", "org_id", "display_name"])


async def _tokens(codec: TokenCodec, user: User, now: datetime, family: str | None = None) -> TokenOut:
    await _drop_inactive_member(user)
    user.last_login_at = now
    await user.save(update_fields=["last_login_at"])
    pair = await tokens.issue(codec, principal_of(user), now, family)
    return TokenOut(access_token=pair.access_token, refresh_token=pair.refresh_token,
                    expires_in=pair.expires_in, user=await user_out(user))


async def login(codec: TokenCodec, throttle: LoginThrottle, username: str, password: str, ip: str,
                now: datetime) -> TokenOut:
    """Console login; throttled per (address, username) and per address, never per username alone (throttle.py)."""
    await throttle.check(ip, username)
    user = await User.get_or_none(username=username, is_active=True)
    ok = await verify_password(user.password_hash if user and user.password_hash else _DUMMY_HASH, password)
    if user is None or not ok or user.role not in CONSOLE_ROLES:
        raise BadCredentials()
    await throttle.succeeded(ip, username)
    return await _tokens(codec, user, now)


async def wechat_login(codec: TokenCodec, limiter: RateLimiter, wechat: WeChatClient, code: str, ip: str,
                       now: datetime) -> TokenOut:
    """Exchange a wx.login code for our tokens; the session_key never leaves this function."""
    await _limit(limiter, [(f"wxlogin:ip:{ip}", 60)], LoginRateLimited)
    session = await wechat.code2session(code)
    user = await User.get_or_none(openid=session.openid)
    if user is None:
        user = await User.create(openid=session.openid, unionid=session.unionid, role=Role.CITIZEN)
    elif not user.is_active:
        raise WeChatUserDisabled()
    return await _tokens(codec, user, now)


async def refresh(codec: TokenCodec, revocations: Revocations, token: str, now: datetime) -> TokenOut:
    """Rotate: a refresh token works once; a replay revokes its sign-in (accounts/tokens.py)."""
    user_id, family = await tokens.use(codec, revocations, token, now)
    user = await User.get_or_none(id=user_id, is_active=True)
    if user is None:
        raise UserDisabled()
    return await _tokens(codec, user, now, family)


async def bind_member(codec: TokenCodec, limiter: RateLimiter, principal: Principal, data: BindIn,
                      now: datetime) -> TokenOut:
    """A WeChat user claims a pre-imported member by name + phone and becomes a member."""
    await _limit(limiter, [(f"bind:{principal.user_id}", 5)], BindRateLimited, window_s=600)
    user = await User.get_or_none(id=principal.user_id, is_active=True)
    if user is None or user.openid is None:
        raise BindWeChatOnly()
    member = await Member.get_or_none(phone=data.phone, name=data.name, is_active=True)
    if member is None:
        raise BindFailed()
    async with in_transaction():
        holder = await User.get_or_none(member_id=member.id)
        if holder is not None and holder.id != user.id:
            raise AlreadyBound()
        user.member_id, user.role, user.org_id, user.display_name = member.id, Role.MEMBER, member.org_id, member.name
        await user.save(update_fields=["member_id", "role", "org_id", "display_name"])
        await audit.record(principal_of(user), "member.bind", "member", member.id, org_id=member.org_id)
    return await _tokens(codec, user, now)


async def me(principal: Principal) -> UserOut:
    user = await User.get_or_none(id=principal.user_id, is_active=True)
    if user is None:
        raise UserNotFound()
    return await user_out(user)


async def create_console_user(actor: Principal | None, data: AdminCreate) -> User:
    """A console account; superadmins have no org, everyone else is scoped to one."""
    if data.role not in CONSOLE_ROLES:
        raise BadRole()
    if data.role is Role.SUPERADMIN:
        if actor is not None and not actor.is_superadmin:
            raise Forbidden()
        org_id = None
    else:
        if data.org_id is None:
            raise OrgRequired()
        if actor is not None:
            await orgs.ensure_scope(actor, data.org_id)
        else:
            await orgs.get_org(data.org_id)
        org_id = data.org_id
    if await User.filter(username=data.username).exists():
        raise DuplicateUsername()
    user = await User.create(username=data.username, password_hash=await hash_password(data.password),
                             role=data.role, org_id=org_id, display_name=data.display_name or data.username)
    await audit.record(actor, "user.create", "user", user.id, org_id=org_id, detail={"username": data.username, "role": data.role.value})
    return user


async def deactivate_member(revocations: Revocations, principal: Principal, member_id: int) -> None:
    """停用 a member and end its member access at once: the WeChat users bound to it become citizens again and
    every token they hold is refused (server/core/revocation.py).

    The revocation is written inside the transaction (if Redis is down nothing changes and the admin can retry)
    and again after the commit, so a token refreshed between the two still carries the member's role for no
    longer than the instant in between."""
    async with in_transaction():
        member = await orgs.delete_member(principal, member_id)
        users = await User.filter(member_id=member_id).values_list("id", flat=True)
        user_ids = [int(str(u)) for u in users]
        if user_ids:
            await User.filter(id__in=user_ids).update(member_id=None, role=Role.CITIZEN, org_id=None, display_name="")
            await audit.record(principal, "member.unbind", "member", member_id, org_id=member.org_id,
                               detail={"users": len(user_ids), "reason": "deactivated"})
        for user_id in user_ids:
            await revocations.revoke(user_id)
    for user_id in user_ids:
        try:
            await revocations.revoke(user_id)
        except Exception:  # the first revocation stands; this one only narrows a race
            log.warning("second revocation of a deactivated member's user failed", extra={"user_id": user_id})


async def bound_member_ids(member_ids: list[int]) -> set[int]:
    if not member_ids:
        return set()
    rows = await User.filter(member_id__in=member_ids).values_list("member_id", flat=True)
    return {int(str(r)) for r in rows if r is not None}


async def openids_of_members(member_ids: list[int]) -> dict[int, str]:
    """member id → openid of the active WeChat user bound to it (for subscribe messages)."""
    if not member_ids:
        return {}
    rows = await User.filter(member_id__in=member_ids, is_active=True, openid__isnull=False).values_list(
        "member_id", "openid"
    )
    return {int(str(mid)): str(openid) for mid, openid in rows if mid is not None and openid}
