"""The live-room protocol over WebSocket: authenticate, join, dispatch JSON frames by `type`, leave.

Frames in: chat, hand, lower_hand*, agenda*, close_room*, poll_open*, poll_close*, vote, who, ping (* host).
Events out: welcome, presence, chat, hand, agenda, poll, poll_progress, poll_result, closed, status, error.
A bad frame gets an `error` frame back; the socket and the room carry on.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Annotated, Any, Literal

from aiohttp import WSMsgType, web
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from miniapp_api.partyday import attendance, presence, service, votes
from miniapp_api.partyday.errors import (
    BadFrame,
    ChatRateLimited,
    ChatTooLong,
    HostDoesNotVote,
    HostOnly,
    HostRaisesNoHand,
)
from miniapp_api.partyday.models import Attendee, Meeting
from miniapp_api.partyday.records_schemas import PollCreate, PollOut
from miniapp_api.partyday.rooms import HUB, Conn, RoomHub, parse_frame
from server.core.appkeys import CLOCK, REVOCATIONS, SETTINGS
from server.core.auth import Principal
from server.core.errors import AppError, InternalError, ServiceUnavailable, TokenRevoked
from server.core.settings import Settings

log = logging.getLogger("dangjian.partyday.live")
HANDS_TTL_S = 86400
NAMES_TTL_S = 30.0


class Frame(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    ref: Annotated[str, Field(max_length=64)] | int | None = None


class Chat(Frame):
    type: Literal["chat"]
    text: Annotated[str, Field(min_length=1, max_length=4000)]


class Hand(Frame):
    type: Literal["hand"]
    raised: bool = True


class LowerHand(Frame):
    type: Literal["lower_hand"]
    member_id: int


class Agenda(Frame):
    type: Literal["agenda"]
    item: Annotated[int, Field(ge=0, le=100)]


class CloseRoom(Frame):
    type: Literal["close_room"]


class PollOpen(Frame):
    type: Literal["poll_open"]
    question: Annotated[str, Field(min_length=1, max_length=200)]
    options: Annotated[list[Annotated[str, Field(min_length=1, max_length=50)]], Field(min_length=2, max_length=10)] | None = None
    secret: bool = False
    resolution: bool = False


class PollClose(Frame):
    type: Literal["poll_close"]
    poll_id: int


class Vote(Frame):
    type: Literal["vote"]
    poll_id: int
    option: Annotated[int, Field(ge=0, le=9)]


class Who(Frame):
    type: Literal["who"]


class Ping(Frame):
    type: Literal["ping"]


AnyFrame = Annotated[Chat | Hand | LowerHand | Agenda | CloseRoom | PollOpen | PollClose | Vote | Who | Ping,
                     Field(discriminator="type")]
FRAMES: TypeAdapter[Any] = TypeAdapter(AnyFrame)
WS_SIGNED_OUT = 4401  # the socket's sign-in was revoked while it was open (4000–4999: application codes)
HOST_ONLY = frozenset({"lower_hand", "agenda", "close_room", "poll_open", "poll_close"})


class Session:
    """One socket's view: who it is, which meeting, and the app objects it needs."""

    def __init__(self, hub: RoomHub, settings: Settings, meeting: Meeting, attendee: Attendee | None,
                 principal: Principal, conn: Conn) -> None:
        self.hub, self.settings, self.meeting, self.attendee = hub, settings, meeting, attendee
        self.principal, self.conn = principal, conn

    @property
    def now(self) -> Any:
        return self.hub.clock.now()

    def hands_key(self) -> str:
        return f"partyday:room:{self.meeting.id}:hands"

    async def error(self, err: AppError, ref: Any = None) -> None:
        """An `error` frame back to this socket only; the socket and the room carry on."""
        await self.hub.send(self.conn, {"type": "error", "code": err.error_code, "message": err.text, "ref": ref,
                                        "details": err.details})

    async def welcome(self) -> None:
        m = self.meeting
        online = await presence.online_now(m.id, self.now, attendance.stale_after_s(self.settings.partyday))
        names = await attendee_names(self.hub, m.id)
        hands = await self.hub.redis.hgetall(self.hands_key())
        await self.hub.send(self.conn, {
            "type": "welcome",
            "meeting": {"id": m.id, "title": m.title, "theme": m.theme, "status": m.status.value,
                        "agenda": m.agenda, "current_item": m.current_item},
            "you": {"member_id": self.conn.member_id, "name": self.conn.name, "is_host": self.conn.is_host},
            "online": [{"member_id": i, "name": names.get(i, "")} for i in sorted(online)],
            "hands": [{"member_id": int(k), "name": v} for k, v in hands.items()],
            "polls": [p.model_dump(mode="json") for p in await votes.list_polls(m) if p.is_open],
        })

    async def dispatch(self, raw: str) -> None:
        data = parse_frame(raw)
        if data is None:
            await self.error(BadFrame("消息格式不正确：需要带 type 字段的 JSON 对象"))
            return
        ref = data.get("ref") if isinstance(data.get("ref"), str | int) else None
        try:
            frame = FRAMES.validate_python(data)
        except ValidationError as exc:
            fields = [".".join(str(p) for p in e["loc"]) for e in exc.errors(include_url=False, include_input=False)]
            await self.error(BadFrame(details={"fields": fields[:10]}), ref)
            return
        if frame.type in HOST_ONLY and not self.conn.is_host:
            await self.error(HostOnly(), ref)
            return
        try:
            await HANDLERS[frame.type](self, frame)
        except AppError as exc:
            await self.error(exc, ref)
        except Exception:
            log.exception("room frame failed", extra={"meeting_id": self.meeting.id, "frame": frame.type})
            await self.error(InternalError(), ref)


async def attendee_names(hub: RoomHub, meeting_id: int) -> dict[int, str]:
    """member id → name for the room, cached briefly: a thousand members joining at once read it once."""
    now = time.monotonic()
    cached = hub.cache.get(("names", meeting_id))
    if cached is not None and cached[0] > now:
        return cached[1]
    names = {int(k): str(v) for k, v in await Attendee.filter(meeting_id=meeting_id).values_list("member_id", "name")}
    hub.cache[("names", meeting_id)] = (now + NAMES_TTL_S, names)
    return names


# ---- frame handlers -------------------------------------------------------------------------


async def on_chat(s: Session, f: Chat) -> None:
    cfg = s.settings.partyday
    if len(f.text) > cfg.chat_max_chars:
        await s.error(ChatTooLong(f"发言不能超过 {cfg.chat_max_chars} 字"), f.ref)
        return
    if not s.conn.is_host:
        times, now = s.conn.chat_times, time.monotonic()
        while times and now - times[0] > 10:
            times.popleft()
        if len(times) >= cfg.chat_per_10s:
            await s.error(ChatRateLimited(), f.ref)
            return
        times.append(now)
    await s.hub.publish(s.meeting.id, {"type": "chat", "text": f.text, "from": {
        "member_id": s.conn.member_id, "name": s.conn.name, "host": s.conn.is_host}})


async def on_hand(s: Session, f: Hand) -> None:
    if s.conn.member_id is None:
        await s.error(HostRaisesNoHand(), f.ref)
        return
    await _set_hand(s, s.conn.member_id, s.conn.name, f.raised)


async def _set_hand(s: Session, member_id: int, name: str, raised: bool) -> None:
    key = s.hands_key()
    if raised:
        await s.hub.redis.hset(key, str(member_id), name)
        await s.hub.redis.expire(key, HANDS_TTL_S)
    else:
        await s.hub.redis.hdel(key, str(member_id))
    await s.hub.publish(s.meeting.id, {"type": "hand", "member_id": member_id, "name": name, "raised": raised})


async def on_lower_hand(s: Session, f: LowerHand) -> None:
    await _set_hand(s, f.member_id, "", False)


async def on_agenda(s: Session, f: Agenda) -> None:
    title = await service.set_agenda_item(s.meeting, f.item)
    await s.hub.publish(s.meeting.id, {"type": "agenda", "item": f.item, "title": title})


async def on_close_room(s: Session, f: CloseRoom) -> None:
    await service.close_room(s.principal, s.meeting)
    await s.hub.redis.delete(s.hands_key())
    await s.hub.publish(s.meeting.id, {"type": "closed", "reason": "host"})


async def on_poll_open(s: Session, f: PollOpen) -> None:
    data = PollCreate(question=f.question, options=f.options, secret=f.secret, resolution=f.resolution)
    await open_poll(s.hub, s.meeting, data)


async def open_poll(hub: RoomHub, meeting: Meeting, data: PollCreate) -> PollOut:
    """Open a poll (host screen or room frame) and announce it to the room."""
    out = await votes.poll_out(await votes.create_poll(meeting, data))
    await hub.publish(meeting.id, {"type": "poll", "poll": out.model_dump(mode="json")})
    return out


async def on_poll_close(s: Session, f: PollClose) -> None:
    await close_poll(s.hub, s.settings, s.meeting, f.poll_id)


async def close_poll(hub: RoomHub, settings: Settings, meeting: Meeting, poll_id: int) -> PollOut:
    """Close a poll with the quorum as it stands now and publish the result to the room."""
    voting, present = await attendance.present_voting(meeting, settings, hub.clock.now())
    poll = await votes.close(meeting, poll_id, voting, present, hub.clock.now())
    out = await votes.poll_out(poll)
    await hub.publish(meeting.id, {"type": "poll_result", "poll": out.model_dump(mode="json")})
    return out


async def on_vote(s: Session, f: Vote) -> None:
    if s.attendee is None:
        await s.error(HostDoesNotVote(), f.ref)
        return
    poll = await votes.cast(s.meeting, f.poll_id, s.attendee, f.option)
    await s.hub.send(s.conn, {"type": "voted", "poll_id": poll.id, "ref": f.ref})
    out = await votes.poll_out(poll)
    await s.hub.publish(s.meeting.id, {"type": "poll_progress", "poll_id": poll.id, "votes_cast": out.votes_cast,
                                       "tally": out.tally})


async def on_who(s: Session, f: Who) -> None:
    await s.welcome()


async def on_ping(s: Session, f: Ping) -> None:
    await s.hub.send(s.conn, {"type": "pong", "ref": f.ref})


HANDLERS: dict[str, Callable[[Session, Any], Awaitable[None]]] = {
    "chat": on_chat, "hand": on_hand, "lower_hand": on_lower_hand, "agenda": on_agenda, "close_room": on_close_room,
    "poll_open": on_poll_open, "poll_close": on_poll_close, "vote": on_vote, "who": on_who, "ping": on_ping,
}


# ---- meeting transitions the room follows --------------------------------------------------


async def start_meeting(hub: RoomHub, principal: Principal, meeting_id: int) -> Meeting:
    """已发布 → 进行中, and the room hears of it."""
    meeting = await service.start(principal, meeting_id, hub.clock.now())
    await hub.publish(meeting.id, {"type": "status", "status": meeting.status.value})
    return meeting


async def end_meeting(hub: RoomHub, principal: Principal, meeting_id: int, settings: Settings) -> Meeting:
    """进行中 → 已结束: this worker's sockets are marked seen first (others are at most one touch interval stale),
    attendance is fixed, and every socket of the room is closed."""
    await service.host_meeting(principal, meeting_id)
    await hub.touch_local(meeting_id)
    meeting = await service.end(principal, meeting_id, settings, hub.clock.now())
    await hub.publish(meeting.id, {"type": "closed", "reason": "ended"})
    return meeting


# ---- one socket ------------------------------------------------------------------------------


async def room(request: web.Request, principal: Principal, meeting_id: int) -> web.WebSocketResponse:
    """Join the room: checked before the upgrade (errors are plain HTTP answers), then frames until it closes."""
    meeting, attendee, is_host = await service.room_access(principal, meeting_id)
    hub, settings = request.config_dict[HUB], request.config_dict[SETTINGS]
    if hub.closing:
        raise ServiceUnavailable()
    cfg = settings.partyday
    ws = web.WebSocketResponse(heartbeat=30, compress=False, max_msg_size=cfg.room_max_frame_bytes)
    await ws.prepare(request)
    name = attendee.name if attendee else await service.host_name(principal)
    conn = Conn(ws, meeting.id, attendee.member_id if attendee else None, name, is_host, cfg.room_send_queue)
    conn.transport = request.transport  # compress=False above: the hub's pre-built frames are valid on it
    session = Session(hub, settings, meeting, attendee, principal, conn)
    clock = request.config_dict[CLOCK]
    try:
        if attendee is not None:
            conn.span_id = await presence.open_span(meeting.id, attendee.member_id, clock.now())
        hub.register(conn)
        await session.welcome()
        revocations = request.config_dict[REVOCATIONS]
        async for msg in ws:
            if revocations.is_revoked(principal.user_id, principal.issued_at):  # e.g. the member was deactivated
                err = TokenRevoked()  # written directly: the queued writer may not run before the close
                await ws.send_json({"type": "error", "code": err.error_code, "message": err.text, "ref": None,
                                    "details": err.details})
                await ws.close(code=WS_SIGNED_OUT, message=b"signed out")
                break
            if msg.type is WSMsgType.TEXT:
                await session.dispatch(msg.data)
            elif msg.type is WSMsgType.BINARY:
                await session.error(BadFrame("只接受文本 JSON 消息"))
    finally:
        hub.unregister(conn)
        if conn.span_id is not None:  # shielded: a client that vanishes cancels this handler
            await asyncio.shield(hub.spawn(presence.close_span(conn.span_id, clock.now())))
    return ws
