"""Endpoints declared once: the declaration documents a handler and parses, validates, authorises and injects its inputs.

A handler is an ``async def`` whose parameters say what it reads::

    routes = Routes("evaluation")

    @routes.post("/api/v1/evaluation/points/{id}/codes", "生成评价码", auth=Auth.ADMIN, status=201,
                 errors=[PointNotFound])
    async def create_code(request: web.Request, principal: Principal, id: int, body: CodeCreate) -> CodeOut:
        \"\"\"What the docs show as the operation's description.\"\"\"

The names mean: ``principal`` (the caller, checked against ``auth``), path parameters by their name in
the path (``int`` ones are positive integers, anything else 404), ``query`` and ``body`` (pydantic models;
a body must be JSON), ``upload`` (a multipart file, see `Upload`), and header or cookie values marked with
``Annotated[str | None, Header("Idempotency-Key")]``. The return annotation is the success schema: a
pydantic model, ``Page[X]``, ``Items[X]`` or ``None`` (no body); a handler returning a ``web.StreamResponse``
declares ``response=`` or ``produces=`` instead. Nothing else of the request is read by handlers — a test
in tests/server walks the domain packages to keep it so.
"""

from __future__ import annotations

import inspect
import json
import re
import typing
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, get_args, get_origin
from urllib.parse import unquote, urlsplit

from aiohttp import BodyPartReader, web
from aiohttp.http_exceptions import HttpProcessingError
from aiohttp.web_routedef import AbstractRouteDef, RouteDef
from pydantic import BaseModel, ValidationError

from server.core.auth import ADMIN_ROLES, CONSOLE_ROLES, Principal, Role, resolve_principal
from server.core.errors import (
    AppError,
    BadOrigin,
    Forbidden,
    InvalidJson,
    InvalidToken,
    MemberRequired,
    NotFound,
    PayloadTooLarge,
    TokenExpired,
    TokenRevoked,
    Unauthorized,
    UnsupportedMediaType,
    UploadMalformed,
    UploadMissingFile,
    ValidationFailed,
)
from server.core.schemas import MAX_ID
from server.core.validation import validation_details

Handler = Callable[..., Awaitable[Any]]
_JSON = "application/json"
_PATH_PARAM = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?\}")
_RESERVED = frozenset({"request", "principal", "body", "query", "upload"})
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class Auth(StrEnum):
    """Who may call an endpoint."""

    NONE = "none"  # public; a bearer token is not read
    OPTIONAL = "optional"  # public; a valid bearer token identifies the caller
    USER = "user"  # any signed-in user (citizen, member, staff, admins)
    MEMBER = "member"  # a WeChat user bound to an active member record
    CONSOLE = "console"  # console readers: staff, org admins, superadmins
    ADMIN = "admin"  # console writers: org admins and superadmins
    SUPERADMIN = "superadmin"

    @property
    def roles(self) -> frozenset[Role] | None:
        """The roles allowed, or None for no role check."""
        return {Auth.CONSOLE: CONSOLE_ROLES, Auth.ADMIN: ADMIN_ROLES,
                Auth.SUPERADMIN: frozenset({Role.SUPERADMIN})}.get(self)

    @property
    def needs_login(self) -> bool:
        return self not in (Auth.NONE, Auth.OPTIONAL)


@dataclass(frozen=True)
class Upload:
    """One uploaded file of a multipart body, plus the other (text) form fields."""

    filename: str
    content_type: str
    data: bytes
    fields: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Header:
    """Marks a handler parameter as a request header: ``Annotated[str | None, Header("Idempotency-Key")]``."""

    name: str
    description: str = ""


@dataclass(frozen=True)
class Cookie:
    """Marks a handler parameter as a cookie value."""

    name: str
    description: str = ""


# ---- the declaration ----------------------------------------------------------------------------


@dataclass
class Endpoint:
    """Everything declared about one operation; the OpenAPI document is built from these."""

    method: str
    path: str
    summary: str
    handler: Handler
    tag: str
    auth: Auth = Auth.NONE
    status: int = 200
    errors: tuple[type[AppError], ...] = ()
    response: Any = None  # a pydantic model class, Page[X], or None
    produces: str | None = None  # a non-JSON success body (xlsx, png, html, event-stream)
    path_params: dict[str, type] = field(default_factory=dict)
    query: type[BaseModel] | None = None
    body: type[BaseModel] | None = None
    upload: bool = False
    headers: dict[str, tuple[str, Header]] = field(default_factory=dict)  # parameter → (header name, marker)
    cookies: dict[str, tuple[str, Cookie]] = field(default_factory=dict)
    wants_principal: bool = False
    in_schema: bool = True
    websocket: bool = False
    examples: dict[str, Any] = field(default_factory=dict)  # "request" / "response" → an example value

    @property
    def description(self) -> str:
        return inspect.cleandoc(self.handler.__doc__ or "").strip()

    @property
    def operation_id(self) -> str:
        return f"{self.tag}.{self.handler.__name__}"

    def implied_errors(self) -> list[type[AppError]]:
        """Errors every endpoint of this shape can answer with, beside the declared ones."""
        implied: list[type[AppError]] = []
        if self.method in UNSAFE_METHODS:
            implied.append(BadOrigin)
        if self.auth.needs_login or self.auth is Auth.OPTIONAL:
            implied += [Unauthorized, InvalidToken, TokenExpired, TokenRevoked]
        if self.auth.roles is not None or self.auth is Auth.MEMBER:
            implied.append(Forbidden)
        if self.auth is Auth.MEMBER:
            implied.append(MemberRequired)
        if self.path_params:
            implied.append(NotFound)
        if self.query or self.body:
            implied.append(ValidationFailed)
        if self.body:
            implied += [InvalidJson, UnsupportedMediaType, PayloadTooLarge]
        if self.upload:
            implied += [UploadMalformed, UploadMissingFile, UnsupportedMediaType, PayloadTooLarge]
        return implied

    def allowed_codes(self) -> set[str]:
        return {e.code for e in (*self.errors, *self.implied_errors())}


ENDPOINT_ATTR = "__endpoint__"


def endpoint_of(handler: object) -> Endpoint | None:
    """The declaration behind a routed handler, if it has one."""
    return getattr(handler, ENDPOINT_ATTR, None)


class Routes:
    """A route table of declared endpoints (use like aiohttp's RouteTableDef)."""

    def __init__(self, tag: str) -> None:
        self.tag = tag
        self._defs: list[RouteDef] = []

    def __iter__(self) -> Iterator[AbstractRouteDef]:
        return iter(self._defs)

    def __len__(self) -> int:
        return len(self._defs)

    def get(self, path: str, summary: str, **kw: Any) -> Callable[[Handler], Handler]:
        return self._route("GET", path, summary, **kw)

    def post(self, path: str, summary: str, **kw: Any) -> Callable[[Handler], Handler]:
        return self._route("POST", path, summary, **kw)

    def put(self, path: str, summary: str, **kw: Any) -> Callable[[Handler], Handler]:
        return self._route("PUT", path, summary, **kw)

    def patch(self, path: str, summary: str, **kw: Any) -> Callable[[Handler], Handler]:
        return self._route("PATCH", path, summary, **kw)

    def delete(self, path: str, summary: str, **kw: Any) -> Callable[[Handler], Handler]:
        return self._route("DELETE", path, summary, **kw)

    def page(self, path: str, summary: str, **kw: Any) -> Callable[[Handler], Handler]:
        """An HTML page (GET): declared like an endpoint, left out of the API document."""
        return self._route("GET", path, summary, in_schema=False, produces="text/html", **kw)

    def websocket(self, path: str, summary: str, **kw: Any) -> Callable[[Handler], Handler]:
        """A WebSocket (GET + upgrade); its access token may come as ``?access_token=`` (sockets carry no headers)."""
        return self._route("GET", path, summary, websocket=True, **kw)

    def _route(self, method: str, path: str, summary: str, *, auth: Auth = Auth.NONE, status: int = 200,
               errors: Sequence[type[AppError]] = (), response: Any = None, produces: str | None = None,
               in_schema: bool = True, websocket: bool = False, examples: dict[str, Any] | None = None,
               ) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            ep = Endpoint(method, path, summary, handler, self.tag, auth, status, tuple(errors), response, produces,
                          in_schema=in_schema, websocket=websocket, examples=dict(examples or {}))
            _read_signature(ep)
            wrapped = _wrap(ep)
            self._defs.append(RouteDef(method, path, wrapped, {}))
            return handler

        return register


def _read_signature(ep: Endpoint) -> None:
    """Turn the handler's parameters and return annotation into the declaration."""
    fn = ep.handler
    hints = typing.get_type_hints(fn, include_extras=True)
    names_in_path = _PATH_PARAM.findall(ep.path)
    params = list(inspect.signature(fn).parameters.values())
    if not params or params[0].name != "request":
        raise TypeError(f"{fn.__qualname__}: the first parameter must be `request`")
    for p in params[1:]:
        hint = hints.get(p.name)
        marker = _marker(hint)
        if isinstance(marker, Header):
            ep.headers[p.name] = (marker.name, marker)
        elif isinstance(marker, Cookie):
            ep.cookies[p.name] = (marker.name, marker)
        elif p.name == "principal":
            ep.wants_principal = True
        elif p.name == "query":
            ep.query = _model(fn, p.name, hint)
        elif p.name == "body":
            ep.body = _model(fn, p.name, hint)
        elif p.name == "upload":
            ep.upload = True
        elif p.name in names_in_path:
            ep.path_params[p.name] = int if hint is int else str
        else:
            raise TypeError(f"{fn.__qualname__}: parameter `{p.name}` is not a declared input")
    missing = set(names_in_path) - set(ep.path_params)
    if missing:
        raise TypeError(f"{fn.__qualname__}: path parameters {sorted(missing)} are not parameters of the handler")
    if ep.wants_principal and ep.auth is Auth.NONE:
        raise TypeError(f"{fn.__qualname__}: `principal` needs auth other than Auth.NONE")
    returned = hints.get("return")
    if ep.response is None and returned is not None and _is_schema(returned):
        ep.response = returned
    if returned is type(None) and ep.status == 200:
        ep.status = 204


def _marker(hint: Any) -> object | None:
    if get_origin(hint) is typing.Annotated:
        return next((m for m in get_args(hint)[1:] if isinstance(m, Header | Cookie)), None)
    return None


def _model(fn: Handler, name: str, hint: Any) -> type[BaseModel]:
    if not (isinstance(hint, type) and issubclass(hint, BaseModel)):
        raise TypeError(f"{fn.__qualname__}: `{name}` must be annotated with a pydantic model")
    return hint


def _is_schema(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


# ---- running a declared endpoint ----------------------------------------------------------------


def _wrap(ep: Endpoint) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    unsafe = ep.method in UNSAFE_METHODS

    async def handle(request: web.Request) -> web.StreamResponse:
        kwargs: dict[str, Any] = {}
        if unsafe:
            check_origin(request)
        principal = _authorise(request, ep)
        if ep.wants_principal:
            kwargs["principal"] = principal
        for name, kind in ep.path_params.items():
            kwargs[name] = _path_value(request.match_info.get(name, ""), kind)
        if ep.query is not None:
            kwargs["query"] = _parse_query(request, ep.query)
        for name, (header, _) in ep.headers.items():
            kwargs[name] = request.headers.get(header)
        for name, (cookie, _) in ep.cookies.items():
            kwargs[name] = request.cookies.get(cookie)
        if ep.body is not None:
            kwargs["body"] = await _parse_body(request, ep.body)
        if ep.upload:
            kwargs["upload"] = await _read_upload(request)
        result = await ep.handler(request, **kwargs)
        return _respond(ep, result)

    setattr(handle, ENDPOINT_ATTR, ep)
    handle.__name__ = ep.handler.__name__
    handle.__doc__ = ep.handler.__doc__
    return handle


def check_origin(request: web.Request) -> None:
    """A browser's cross-site write is refused: when Origin is sent it must be this site (its Host or
    PUBLIC_BASE_URL) or one of ALLOWED_ORIGINS. Mini-program and server clients send no Origin."""
    from server.core.appkeys import SETTINGS

    origin = request.headers.get("Origin")
    if origin is None:
        return
    settings = request.config_dict[SETTINGS]
    netloc = urlsplit(origin).netloc if origin != "null" else ""
    if netloc and (netloc == request.host or origin.rstrip("/") in settings.allowed_origin_set):
        return
    raise BadOrigin(details={"origin": origin[:100]})


def _authorise(request: web.Request, ep: Endpoint) -> Principal | None:
    if ep.auth is Auth.NONE:
        return None
    # Browsers and mini-programs cannot set headers on a WebSocket: its token may come as ?access_token=.
    query_token = (request.query.get("access_token", "").strip() or None) if ep.websocket else None
    principal = resolve_principal(request, query_token)
    if principal is None:
        if ep.auth.needs_login:
            raise Unauthorized()
        return None
    roles = ep.auth.roles
    if roles is not None and principal.role not in roles:
        raise Forbidden()
    if ep.auth is Auth.MEMBER and principal.member_id is None:
        raise MemberRequired()
    return principal


def _path_value(raw: str, kind: type) -> int | str:
    if kind is int:  # ids are positive 32-bit serials: anything else names nothing
        if not (raw.isascii() and raw.isdigit()) or len(raw) > 10 or not 0 < int(raw) <= MAX_ID:
            raise NotFound()
        return int(raw)
    return raw


def parse_model(model: type[BaseModel], data: Any) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ValidationFailed(details=validation_details(exc, model)) from None


def _parse_query(request: web.Request, model: type[BaseModel]) -> Any:
    """The query string; repeated keys become lists for list fields."""
    data: dict[str, Any] = {}
    for key in request.query:
        values = request.query.getall(key)
        info = model.model_fields.get(key)
        textual = info is not None and info.annotation is str  # digits in a text field are text, not a number
        if not textual and any(len(v) > 18 and v.lstrip("-").isdigit() for v in values):
            raise ValidationFailed(details={"fields": [{"field": key, "label": key, "type": "int_parsing_size",
                                                        "message": f"{key}：数值超出范围"}]})
        is_list = info is not None and "list" in str(info.annotation).lower()
        data[key] = values if is_list else values[-1]
    return parse_model(model, data)


def _media_type(request: web.Request) -> str:
    return request.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()


async def _parse_body(request: web.Request, model: type[BaseModel]) -> Any:
    """A JSON object body. Only application/json is read: a cross-site form cannot send it without CORS."""
    raw = await request.read()
    if raw and _media_type(request) != _JSON:
        raise UnsupportedMediaType("请以 JSON（application/json）提交", details={"content_type": _media_type(request)})
    if _LONG_DIGITS.search(raw):
        _refuse_huge_ints(raw)
    try:
        return model.model_validate_json(raw or b"{}")
    except ValidationError as exc:
        if any(e["type"] in ("json_invalid", "model_type", "model_attributes_type") and not e["loc"]
               for e in exc.errors()):
            raise InvalidJson() from None
        raise ValidationFailed(details=validation_details(exc, model)) from None


_LONG_DIGITS = re.compile(rb"\d{19,}")
_INT64 = 2**63


def _bounded_int(text: str) -> int:
    value = int(text)
    if not -_INT64 <= value < _INT64:
        raise OverflowError(text)
    return value


def _refuse_huge_ints(raw: bytes) -> None:
    """Integers beyond 64 bits fit no column: a clear 422 instead of a database error later."""
    try:
        json.loads(raw, parse_int=_bounded_int)
    except OverflowError:
        raise ValidationFailed(details={"fields": [{"field": "", "label": "", "type": "int_parsing_size",
                                                    "message": "数值超出范围"}]}) from None
    except ValueError:
        return  # not JSON: the model's own parse reports it


async def _read_upload(request: web.Request) -> Upload:
    """The part named `file` of a multipart body (read in chunks up to the upload limit) and the text fields."""
    from server.core.appkeys import SETTINGS

    if not _media_type(request).startswith("multipart/"):
        raise UnsupportedMediaType("请以 multipart/form-data 上传文件")
    max_bytes = request.config_dict[SETTINGS].max_upload_bytes
    fields: dict[str, str] = {}
    found: tuple[str, str, bytes] | None = None
    try:
        reader = await request.multipart()
        while (part := await reader.next()) is not None:
            if not isinstance(part, BodyPartReader):
                continue
            if part.name == "file" and found is None:
                found = (unquote(part.filename or ""), part.headers.get("Content-Type", "application/octet-stream"),
                         await _read_part(part, max_bytes))
            elif part.name and part.filename is None:
                fields[part.name] = (await _read_part(part, 16 * 1024)).decode("utf-8", "replace")
    except (ValueError, AssertionError, KeyError, HttpProcessingError):  # bad boundary, part headers or encoding
        raise UploadMalformed() from None
    if found is None:
        raise UploadMissingFile(details={"field": "file"})
    return Upload(*found, fields=fields)


async def _read_part(part: BodyPartReader, max_bytes: int) -> bytes:
    chunks, size = [], 0
    while chunk := await part.read_chunk(64 * 1024):
        size += len(chunk)
        if size > max_bytes:
            raise PayloadTooLarge(details={"max_bytes": max_bytes})
        chunks.append(chunk)
    return b"".join(chunks)


def _respond(ep: Endpoint, result: Any) -> web.StreamResponse:
    if isinstance(result, web.StreamResponse):
        return result
    if result is None:
        return web.Response(status=ep.status)
    if isinstance(result, BaseModel):
        return web.Response(body=result.__pydantic_serializer__.to_json(result), status=ep.status, content_type=_JSON)
    return web.Response(text=json.dumps(result, ensure_ascii=False, default=str), status=ep.status, content_type=_JSON)


def routed_endpoints(app: web.Application) -> list[Endpoint]:
    """Every declared endpoint mounted on the app, in router order."""
    found = []
    for route in app.router.routes():
        if route.method == "HEAD":
            continue
        ep = endpoint_of(route.handler)
        if ep is not None:
            found.append(ep)
    return found
