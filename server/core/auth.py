"""Authentication kernel: principals, JWT access/refresh tokens, password hashing, role checks."""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

import jwt
from aiohttp import web
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from server.core.appkeys import PRINCIPAL, REQUEST_ID, REVOCATIONS, TOKENS
from server.core.errors import Forbidden, InvalidToken, TokenExpired, TokenRevoked, Unauthorized
from server.core.net import client_ip

_ALGORITHM = "HS256"
_hasher = PasswordHasher()
_VERIFIED_MAX = 50_000


class Role(StrEnum):
    CITIZEN = "citizen"
    MEMBER = "member"
    STAFF = "staff"
    ORG_ADMIN = "org_admin"
    SUPERADMIN = "superadmin"


ADMIN_ROLES = frozenset({Role.ORG_ADMIN, Role.SUPERADMIN})
CONSOLE_ROLES = frozenset({Role.ORG_ADMIN, Role.SUPERADMIN, Role.STAFF})


@dataclass(frozen=True)
class Principal:
    """Who is calling: decoded from the access token, never from client-supplied fields."""

    user_id: int
    role: Role
    org_id: int | None = None
    member_id: int | None = None
    name: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    issued_at: float = 0.0  # when its access token was issued (revocations refuse tokens issued before them)

    @property
    def is_superadmin(self) -> bool:
        return self.role is Role.SUPERADMIN

    @property
    def is_admin(self) -> bool:
        return self.role in ADMIN_ROLES

    @property
    def rater_identity(self) -> str:
        """A stable identity string for per-user rate limits and dedup (hashed before storage)."""
        return f"user:{self.user_id}"


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    refresh_token: str
    expires_in: int
    refresh_id: str = ""  # the refresh token's `jti`: its row in the store that makes it usable once
    family: str = ""  # the sign-in it belongs to (every rotation keeps it; a replay revokes all of it)


class TokenCodec:
    """Signs and verifies JWTs with the app secret."""

    def __init__(
        self, secret: str, access_ttl_s: int, refresh_ttl_s: int, clock: Callable[[], float] = time.time
    ) -> None:
        self._secret = secret
        self._clock = clock
        self.access_ttl_s = access_ttl_s
        self.refresh_ttl_s = refresh_ttl_s
        self._verified: dict[str, tuple[Principal, float]] = {}

    def issue(self, principal: Principal, family: str | None = None) -> TokenPair:
        """An access token and a refresh token; the refresh token carries its id and its sign-in's `family`."""
        now = self._clock()
        jti = secrets.token_urlsafe(12)
        family = family or secrets.token_urlsafe(12)
        claims = {
            "sub": str(principal.user_id),
            "role": principal.role.value,
            "org": principal.org_id,
            "mem": principal.member_id,
            "name": principal.name,
            "iat": round(now, 6),  # sub-second (RFC 7519 allows it): a sign-in right after a revocation stays valid
        }
        access = jwt.encode({**claims, "typ": "access", "exp": int(now) + self.access_ttl_s}, self._secret, _ALGORITHM)
        refresh = jwt.encode(
            {"sub": str(principal.user_id), "typ": "refresh", "jti": jti, "fam": family,
             "iat": int(now), "exp": int(now) + self.refresh_ttl_s},
            self._secret,
            _ALGORITHM,
        )
        return TokenPair(access, refresh, self.access_ttl_s, jti, family)

    def decode(self, token: str, expected_type: str) -> dict[str, Any]:
        """Verify signature, type and expiry (against the injected clock)."""
        try:
            claims: dict[str, Any] = jwt.decode(
                token, self._secret, algorithms=[_ALGORITHM],
                options={"require": ["exp", "sub", "typ"], "verify_exp": False, "verify_iat": False, "verify_nbf": False},
            )
        except jwt.InvalidTokenError:
            raise InvalidToken() from None
        if claims.get("typ") != expected_type:
            raise InvalidToken()
        if not isinstance(claims["exp"], int) or claims["exp"] <= self._clock():
            raise TokenExpired()
        return claims

    def principal_from_access(self, token: str) -> Principal:
        """The principal of a valid access token.

        Verified tokens are remembered until they expire (a member sends ~240 heartbeats an hour), so
        the signature is checked once per token; expiry is still checked on every call.
        """
        hit = self._verified.get(token)
        if hit is not None:
            principal, exp = hit
            if exp <= self._clock():
                raise TokenExpired()
            return principal
        c = self.decode(token, "access")
        try:
            role = Role(c["role"])
        except (KeyError, ValueError):
            raise InvalidToken() from None
        principal = Principal(int(c["sub"]), role, c.get("org"), c.get("mem"), c.get("name") or "",
                              issued_at=float(c.get("iat") or 0))
        if len(self._verified) >= _VERIFIED_MAX:
            self._verified.clear()
        self._verified[token] = (principal, float(c["exp"]))
        return principal


async def hash_password(password: str) -> str:
    """Argon2id hash, computed off the event loop."""
    return await asyncio.to_thread(_hasher.hash, password)


async def verify_password(stored_hash: str, password: str) -> bool:
    def _verify() -> bool:
        try:
            return _hasher.verify(stored_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    return await asyncio.to_thread(_verify)


def bearer_token(request: web.Request) -> str | None:
    header = request.headers.get("Authorization", "")
    if header[:7].lower() == "bearer ":
        return header[7:].strip() or None
    return None


def resolve_principal(request: web.Request, fallback_token: str | None = None) -> Principal | None:
    """The caller if a bearer token was sent (an invalid or expired one is still an error); cached on the request.

    `fallback_token` is used when there is no Authorization header (a WebSocket's ``?access_token=``)."""
    if PRINCIPAL in request:
        return request[PRINCIPAL]
    token = bearer_token(request) or fallback_token
    principal = None
    if token:
        decoded = request.config_dict[TOKENS].principal_from_access(token)
        revocations = request.config_dict.get(REVOCATIONS)
        if revocations is not None and revocations.is_revoked(decoded.user_id, decoded.issued_at):
            raise TokenRevoked()
        meta = {"ip": client_ip(request), "request_id": request.get(REQUEST_ID, "")}
        principal = replace(decoded, extra=meta)
    request[PRINCIPAL] = principal
    return principal


# Transitional names for handlers not yet declared through server.core.endpoints.
optional_principal = resolve_principal


def require_principal(request: web.Request, *roles: Role) -> Principal:
    """The authenticated caller, optionally limited to some roles."""
    principal = resolve_principal(request)
    if principal is None:
        raise Unauthorized()
    if roles and principal.role not in roles:
        raise Forbidden()
    return principal
