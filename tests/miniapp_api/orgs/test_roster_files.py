"""Malformed roster files are one clear 400 in the error shape — never a 500 — and import nothing."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import pytest
from aiohttp import FormData
from aiohttp.test_utils import TestClient

from miniapp_api.orgs.models import Member
from tests.factories import admin_headers, make_org, roster_xlsx

SHEET = "xl/worksheets/sheet1.xml"
ROWS = [[f"党员{i}", f"1391111{i:04d}", "正式党员", "", "", ""] for i in range(40)]


def _rewrite(change: Callable[[str, bytes], bytes | None]) -> bytes:
    """The good roster with its parts changed (None drops a part)."""
    source = zipfile.ZipFile(io.BytesIO(roster_xlsx(ROWS)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = change(info.filename, source.read(info.filename))
            if data is not None:
                target.writestr(info.filename, data)
    return out.getvalue()


def _sheet(change: Callable[[bytes], bytes | None]) -> bytes:
    return _rewrite(lambda name, data: change(data) if name == SHEET else data)


LAUGHS = b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'


def _utf16_with_dtd(data: bytes) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-16"?>' + LAUGHS.decode() + data.decode()).encode("utf-16")


BAD_FILES: dict[str, Callable[[], bytes]] = {
    "truncated sheet XML": lambda: _sheet(lambda d: d[: len(d) * 2 // 3]),  # after some rows parsed fine
    "truncated workbook XML": lambda: _rewrite(lambda n, d: d[: len(d) // 2] if n == "xl/workbook.xml" else d),
    "sheet part missing": lambda: _sheet(lambda d: None),
    "entity declarations (billion laughs)": lambda: _sheet(lambda d: LAUGHS + d),
    "a DTD hidden in UTF-16": lambda: _sheet(_utf16_with_dtd),
    "not a zip": lambda: b"\xd0\xcf\x11\xe0 an old .xls or anything else",
    "truncated zip": lambda: roster_xlsx(ROWS)[:2000],
    "empty file": lambda: b"",
    "huge once unpacked": lambda: _sheet(lambda d: d + b" " * (60 * 1024 * 1024)),  # valid XML, 60 MiB of it
}
REASONS = {"entity declarations (billion laughs)": "dtd", "a DTD hidden in UTF-16": "dtd",
           "huge once unpacked": "too_large", "not a zip": "not_xlsx", "truncated sheet XML": "unreadable"}


def _upload(content: bytes) -> FormData:
    form = FormData()
    form.add_field("file", content, filename="roster.xlsx",
                   content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return form


@pytest.mark.parametrize("case", list(BAD_FILES))
async def test_a_malformed_roster_is_refused_cleanly_and_imports_nothing(client: TestClient, case: str) -> None:
    branch = await make_org()
    headers = await admin_headers(client, branch)
    resp = await client.post(f"/api/v1/orgs/{branch.id}/members/import", data=_upload(BAD_FILES[case]()), headers=headers)
    assert resp.status == 400, await resp.text()
    body = await resp.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["code"] == "orgs.bad_roster_file"
    if case in REASONS:
        assert body["error"]["details"]["reason"] == REASONS[case]
    assert await Member.all().count() == 0


async def test_the_good_file_these_are_made_from_imports(client: TestClient) -> None:
    branch = await make_org()
    headers = await admin_headers(client, branch)
    resp = await client.post(f"/api/v1/orgs/{branch.id}/members/import", data=_upload(_sheet(lambda d: d)), headers=headers)
    assert resp.status == 200 and (await resp.json())["imported"] == len(ROWS)


async def test_an_upload_without_a_file_is_a_clear_400(client: TestClient) -> None:
    branch = await make_org()
    headers = await admin_headers(client, branch)
    url = f"/api/v1/orgs/{branch.id}/members/import"
    form = FormData(default_to_multipart=True)
    form.add_field("note", "没有文件")
    no_file = await client.post(url, data=form, headers=headers)
    assert (no_file.status, (await no_file.json())["error"]["code"]) == (400, "upload.missing_file")
    empty = await client.post(url, data=b"", headers={**headers, "Content-Type": "multipart/form-data; boundary=x"})
    assert empty.status == 400 and (await empty.json())["error"]["code"].startswith("upload.")
    assert await Member.all().count() == 0
