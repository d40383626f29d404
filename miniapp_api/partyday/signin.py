"""Dynamic sign-in codes: 6 digits and a QR payload from HMAC(meeting, action, time slice), and signing in/out."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import io
from datetime import datetime, timedelta
from functools import lru_cache
from typing import NoReturn
from urllib.parse import parse_qs, urlsplit

import qrcode
import qrcode.image.svg
from redis.asyncio import Redis

from miniapp_api.audit import service as audit
from miniapp_api.partyday.attendance import is_late
from miniapp_api.partyday.errors import BadCode, NotSignedIn, SigninClosed, TooManyCodes
from miniapp_api.partyday.models import Attendee, Meeting, MeetingStatus
from miniapp_api.partyday.schemas import SigninCodeOut, SigninOut
from server.core.auth import Principal
from server.core.database import in_transaction
from server.core.errors import RateLimited
from server.core.redis import RateLimiter
from server.core.settings import Settings

ACTIONS = ("in", "out")
KEY_PREFIX = "partyday:signin"  # partyday:signin:60:m:<member> (wrong-code counter), partyday:signin:block:<member>


def block_key(member_id: int) -> str:
    return f"{KEY_PREFIX}:block:{member_id}"


def _key(settings: Settings) -> bytes:
    return hashlib.sha256(b"partyday-signin:" + settings.secret_key.get_secret_value().encode()).digest()


def derive(key: bytes, meeting_id: int, action: str, slice_no: int) -> str:
    """HOTP-style dynamic truncation of HMAC-SHA256 over (meeting, action, slice) → 6 digits."""
    mac = hmac.new(key, f"{meeting_id}:{action}:{slice_no}".encode(), hashlib.sha256).digest()
    offset = mac[-1] & 0x0F
    value = int.from_bytes(mac[offset:offset + 4], "big") & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


def current(settings: Settings, meeting_id: int, action: str, t: float) -> tuple[str, int]:
    """The code shown now and the seconds until it rotates."""
    slice_s = settings.partyday.signin_slice_s
    slice_no = int(t // slice_s)
    expires_in = max(1, int((slice_no + 1) * slice_s - t + 0.999))
    return derive(_key(settings), meeting_id, action, slice_no), expires_in


def verify(settings: Settings, meeting_id: int, action: str, code: str, t: float) -> bool:
    """The current slice or up to `signin_grace_slices` before it: a forwarded photo soon stops working."""
    cfg = settings.partyday
    now_slice = int(t // cfg.signin_slice_s)
    key = _key(settings)
    ok = False
    for back in range(cfg.signin_grace_slices + 1):
        ok |= hmac.compare_digest(derive(key, meeting_id, action, now_slice - back), code)
    return ok


def qr_payload(settings: Settings, meeting_id: int, action: str, code: str) -> str:
    """What the QR encodes: a URL the mini-program's scanner (or a phone camera) opens."""
    return f"{settings.base_url}/pd/{meeting_id}?a={action}&c={code}"


def parse(raw: str, meeting_id: int, action: str) -> tuple[str, str]:
    """(action, code) from 6 typed digits or a scanned payload; a payload of another meeting is refused."""
    raw = raw.strip()
    if raw.isdigit() and len(raw) == 6:
        return action, raw
    parts = urlsplit(raw)
    query = parse_qs(parts.query)
    if parts.path.rstrip("/").split("/")[-2:] != ["pd", str(meeting_id)]:
        raise BadCode()
    got_action, code = (query.get("a") or [""])[0], (query.get("c") or [""])[0]
    if got_action not in ACTIONS or not (code.isdigit() and len(code) == 6):
        raise BadCode()
    return got_action, code


def qr_signature(settings: Settings, meeting_id: int, action: str, code: str) -> str:
    """Signs a QR image URL: only codes the server issued can be drawn, so the image is no code oracle."""
    mac = hmac.new(_key(settings), f"qr:{meeting_id}:{action}:{code}".encode(), hashlib.sha256)
    return mac.hexdigest()[:20]


def code_out(settings: Settings, meeting: Meeting, action: str, t: float) -> SigninCodeOut:
    code, expires_in = current(settings, meeting.id, action, t)
    sig = qr_signature(settings, meeting.id, action, code)
    return SigninCodeOut(
        action=action,
        code=code, qr_payload=qr_payload(settings, meeting.id, action, code), expires_in=expires_in,
        qr_svg_url=f"/api/v1/partydays/{meeting.id}/signin-qr.svg?action={action}&code={code}&sig={sig}",
        slice_s=settings.partyday.signin_slice_s,
    )


@lru_cache(maxsize=256)
def _render_svg(payload: str) -> bytes:
    img = qrcode.make(payload, image_factory=qrcode.image.svg.SvgPathImage, box_size=10, border=2)
    buf = io.BytesIO()
    img.save(buf)
    return buf.getvalue()


async def qr_svg(settings: Settings, meeting_id: int, action: str, code: str, sig: str, t: float) -> bytes:
    """The QR of a code the server issued (signed URL) that is still valid: a guessed code and a forged
    signature get the same refusal, so the image cannot be used to test codes."""
    signed = hmac.compare_digest(qr_signature(settings, meeting_id, action, code).encode(), sig.encode())
    if not signed or not verify(settings, meeting_id, action, code, t):
        raise BadCode()
    return await asyncio.to_thread(_render_svg, qr_payload(settings, meeting_id, action, code))


def _check_open(meeting: Meeting, settings: Settings, now: datetime) -> None:
    opens = meeting.starts_at - timedelta(minutes=settings.partyday.signin_opens_minutes_before)
    if meeting.status is MeetingStatus.LIVE or (meeting.status is MeetingStatus.PUBLISHED and now >= opens):
        return
    raise SigninClosed(details={"status": meeting.status.value})


async def _refuse_wrong(redis: Redis, settings: Settings, member_id: int) -> NoReturn:
    """Count a wrong code; past the limit the member is blocked (429) for the rest of the window."""
    limit = settings.partyday.wrong_code_limit_per_minute
    try:
        await RateLimiter(redis, prefix=KEY_PREFIX).check([(f"m:{member_id}", limit)], 60)
    except RateLimited as exc:
        retry_after = int(exc.details["retry_after"])
        await redis.set(block_key(member_id), "1", ex=retry_after)
        raise TooManyCodes(retry_after) from None
    raise BadCode()


async def sign(redis: Redis, settings: Settings, meeting: Meeting, attendee: Attendee, raw: str, action: str,
               t: float, now: datetime) -> SigninOut:
    """Sign in or out with a dynamic code; repeating a successful sign-in changes nothing."""
    ttl = await redis.ttl(block_key(attendee.member_id))
    if ttl and ttl > 0:
        raise TooManyCodes(ttl)
    _check_open(meeting, settings, now)
    action, code = parse(raw, meeting.id, action)
    if not verify(settings, meeting.id, action, code, t):
        await _refuse_wrong(redis, settings, attendee.member_id)
    if action == "in":
        if attendee.signed_in_at is not None and attendee.signed_out_at is None:
            return SigninOut(action="in", at=attendee.signed_in_at, is_late=is_late(meeting, settings.partyday,
                             attendee.signed_in_at), already=True)
        first = attendee.signed_in_at or now  # a return after signing out keeps the first arrival
        await Attendee.filter(id=attendee.id).update(signed_in_at=first, signed_out_at=None)
        return SigninOut(action="in", at=first, is_late=is_late(meeting, settings.partyday, first))
    if attendee.signed_in_at is None:
        raise NotSignedIn()
    if attendee.signed_out_at is not None:
        return SigninOut(action="out", at=attendee.signed_out_at, already=True)
    await Attendee.filter(id=attendee.id).update(signed_out_at=now)
    return SigninOut(action="out", at=now)


async def sign_out_all(principal: Principal, meeting: Meeting, now: datetime) -> int:
    """The host's "全体签退": everyone signed in and not yet out is signed out now."""
    async with in_transaction():
        n = await Attendee.filter(meeting_id=meeting.id, signed_in_at__isnull=False, signed_out_at=None).update(
            signed_out_at=now)
        await audit.record(principal, "partyday.signout_all", "meeting", meeting.id, org_id=meeting.org_id,
                           detail={"count": n})
    return n
