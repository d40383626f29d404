"""Refresh tokens that work once: every issued one has a row; a replay of a used one revokes its sign-in's family.

A sign-in (password, WeChat or binding) starts a family; each refresh marks the presented token used and issues
the next one in the same family. Presenting a used token again means two parties hold it (a stolen token, or a
client that kept an old one): the whole family is revoked and so is every access token of the user
(server/core/revocation.py), so both have to sign in again. The rows live in PostgreSQL: a Redis flush or
restart forgets nothing. Expired rows are purged by a job.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from miniapp_api.accounts.errors import RefreshReused
from miniapp_api.accounts.models import RefreshToken
from miniapp_api.audit import service as audit
from server.core.auth import Principal, TokenCodec, TokenPair
from server.core.errors import InvalidToken
from server.core.revocation import Revocations

PURGE_AFTER = timedelta(days=1)  # rows of expired tokens are kept a day longer (replays of them are still named)


async def issue(codec: TokenCodec, principal: Principal, now: datetime, family: str | None = None) -> TokenPair:
    """A new token pair (in `family`, or a new family) and the row that makes its refresh token usable once."""
    pair = codec.issue(principal, family)
    await RefreshToken.create(jti=pair.refresh_id, family=pair.family, user_id=principal.user_id, issued_at=now,
                              expires_at=now + timedelta(seconds=codec.refresh_ttl_s))
    return pair


async def use(codec: TokenCodec, revocations: Revocations, token: str, now: datetime) -> tuple[int, str]:
    """Spend a refresh token: (user id, family) if it was never used; a replay revokes the family and raises."""
    claims = codec.decode(token, "refresh")
    jti = str(claims.get("jti") or "")
    if not jti or len(jti) > 32:
        raise InvalidToken()
    # One conditional UPDATE: of two requests racing with one token, exactly one wins.
    spent = await RefreshToken.filter(jti=jti, used_at=None, revoked_at=None).update(used_at=now) == 1
    row = await RefreshToken.get_or_none(jti=jti)
    if spent and row is not None:
        return row.user_id, row.family
    if row is None:  # not issued by us as a usable token (or purged long after it expired)
        raise InvalidToken()
    if row.revoked_at is None:  # used before: a replay
        await revoke_family(revocations, row.family, row.user_id, now)
    raise RefreshReused()


async def revoke_family(revocations: Revocations, family: str, user_id: int, now: datetime) -> None:
    await RefreshToken.filter(family=family, revoked_at=None).update(revoked_at=now)
    await revocations.revoke(user_id)
    await audit.record(None, "auth.refresh_replay", "user", user_id, detail={"family": family[:8]})


async def purge_expired(now: datetime) -> int:
    """Delete rows of tokens that expired more than a day ago."""
    return await RefreshToken.filter(expires_at__lt=now - PURGE_AFTER).delete()
