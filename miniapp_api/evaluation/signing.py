"""Signed, unguessable evaluation-code tokens, signed device cookies and keyed rater hashes.

A code token is `rid (10) + sig (8)`, 18 characters of [0-9A-Za-z] — inside WeChat's `scene`
alphabet, so one token serves the QR URL and the mini-program code. Only `rid` is stored; the
signature is recomputed from the secret, so a forged token is refused before any database query.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from functools import lru_cache

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
RID_LEN = 10
SIG_LEN = 8
TOKEN_LEN = RID_LEN + SIG_LEN
DEVICE_RID_LEN = 16
DEVICE_SIG_LEN = 10
_ALNUM = frozenset(ALPHABET)


def _b62(data: bytes, length: int) -> str:
    n = int.from_bytes(data, "big")
    out = []
    for _ in range(length):
        n, rem = divmod(n, 62)
        out.append(ALPHABET[rem])
    return "".join(out)


@lru_cache(maxsize=16)
def _derive(secret: str, purpose: str) -> bytes:
    """A separate key per purpose, so a signature of one kind never validates another (cached: hot path)."""
    return hmac.new(secret.encode(), f"dangjian/evaluation/{purpose}".encode(), hashlib.sha256).digest()


def _sign(secret: str, purpose: str, value: str, length: int) -> str:
    digest = hmac.new(_derive(secret, purpose), value.encode(), hashlib.sha256).digest()
    return _b62(digest[:16], length)


def random_id(length: int) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def make_token(secret: str, rid: str) -> str:
    return rid + _sign(secret, "code", rid, SIG_LEN)


def new_code(secret: str) -> tuple[str, str]:
    """A fresh (rid, token) pair."""
    rid = random_id(RID_LEN)
    return rid, make_token(secret, rid)


def verify_token(secret: str, token: str) -> str | None:
    """The rid of a well-formed, correctly signed token, else None (no I/O)."""
    if len(token) != TOKEN_LEN or not _ALNUM.issuperset(token):
        return None
    rid, sig = token[:RID_LEN], token[RID_LEN:]
    return rid if hmac.compare_digest(sig, _sign(secret, "code", rid, SIG_LEN)) else None


def new_device_cookie(secret: str) -> tuple[str, str]:
    """A fresh anonymous device: (device id, cookie value)."""
    rid = random_id(DEVICE_RID_LEN)
    return rid, f"{rid}.{_sign(secret, 'device', rid, DEVICE_SIG_LEN)}"


def verify_device_cookie(secret: str, value: str | None) -> str | None:
    if not value or len(value) != DEVICE_RID_LEN + 1 + DEVICE_SIG_LEN or value[DEVICE_RID_LEN] != ".":
        return None
    rid, sig = value[:DEVICE_RID_LEN], value[DEVICE_RID_LEN + 1:]
    if not _ALNUM.issuperset(rid):
        return None
    return rid if hmac.compare_digest(sig, _sign(secret, "device", rid, DEVICE_SIG_LEN)) else None


def rater_hash(secret: str, identity: str) -> str:
    """The only trace of a rater that is stored: a keyed hash (not reversible without the secret)."""
    return hmac.new(_derive(secret, "rater"), identity.encode(), hashlib.sha256).hexdigest()[:32]
