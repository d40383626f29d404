"""Evidence files: type read from the bytes, size limit, org-subtree access, and resolve() for other domains."""

from __future__ import annotations

import io

from aiohttp import FormData
from aiohttp.test_utils import TestClient
from openpyxl import Workbook

from miniapp_api.evidence import service
from miniapp_api.evidence.errors import EvidenceForeign
from miniapp_api.orgs.models import OrgKind
from tests.factories import admin_headers, make_member, make_org, member_headers
from tests.images import tiny_png


def _form(content: bytes, filename: str = "f.bin", org_id: int | None = None, ctype: str = "application/octet-stream") -> FormData:
    form = FormData()
    if org_id is not None:
        form.add_field("org_id", str(org_id))
    form.add_field("file", content, filename=filename, content_type=ctype)
    return form


def _xlsx() -> bytes:
    buf = io.BytesIO()
    Workbook().save(buf)
    return buf.getvalue()


async def test_an_admin_uploads_for_an_org_in_scope_and_the_type_comes_from_the_bytes(client: TestClient) -> None:
    committee = await make_org(kind=OrgKind.COMMITTEE)
    branch = await make_org(parent=committee)
    headers = await admin_headers(client, committee)
    resp = await client.post("/api/v1/evidence", data=_form(tiny_png(), "照片.pdf", branch.id, "application/pdf"), headers=headers)
    assert resp.status == 201, await resp.text()
    out = await resp.json()
    assert (out["kind"], out["content_type"], out["org_id"], out["filename"]) == ("image", "image/png", branch.id, "照片.pdf")
    got = await client.get(out["url"], headers=headers)
    assert got.status == 200 and got.headers["Content-Type"] == "image/png" and await got.read() == tiny_png()
    resp = await client.post("/api/v1/evidence", data=_form(_xlsx(), "台账.xlsx", branch.id), headers=headers)
    assert (await resp.json())["kind"] == "xlsx"


async def test_scripts_archives_and_oversized_files_are_refused(client: TestClient, make_settings, make_client) -> None:  # type: ignore[no-untyped-def]
    small = await make_client(make_settings(evidence_max_bytes=2000))
    branch = await make_org()
    headers = await admin_headers(small, branch)
    for content in (b"<script>alert(1)</script>", b"PK\x03\x04not really a zip", b"%PD-1.4 almost"):
        resp = await small.post("/api/v1/evidence", data=_form(content), headers=headers)
        assert (resp.status, (await resp.json())["error"]["code"]) == (415, "evidence.bad_type")
    resp = await small.post("/api/v1/evidence", data=_form(b"%PDF-1.4" + b"0" * 3000), headers=headers)
    assert (resp.status, (await resp.json())["error"]["code"]) == (413, "evidence.too_large")


async def test_other_orgs_cannot_upload_into_or_read_a_subtree(client: TestClient) -> None:
    committee = await make_org(kind=OrgKind.COMMITTEE)
    a, b = await make_org(parent=committee), await make_org(parent=committee)
    admin_a, admin_b = await admin_headers(client, a), await admin_headers(client, b)
    resp = await client.post("/api/v1/evidence", data=_form(b"%PDF-1.4 x", org_id=b.id), headers=admin_a)
    assert (resp.status, (await resp.json())["error"]["code"]) == (403, "orgs.out_of_scope")
    own = await (await client.post("/api/v1/evidence", data=_form(b"%PDF-1.4 x"), headers=admin_a)).json()
    assert own["org_id"] == a.id
    assert (await client.get(own["url"], headers=admin_b)).status == 404
    assert (await client.get(own["url"], headers=await admin_headers(client, committee))).status == 200
    assert (await client.get(own["url"])).status == 401


async def test_a_member_uploads_for_his_branch_and_colleagues_can_read_it(client: TestClient) -> None:
    branch, other = await make_org(), await make_org()
    me, colleague, stranger = await make_member(branch), await make_member(branch), await make_member(other)
    mine = await member_headers(client, me)
    out = await (await client.post("/api/v1/evidence", data=_form(tiny_png()), headers=mine)).json()
    assert out["org_id"] == branch.id
    assert (await client.get(out["url"], headers=await member_headers(client, colleague))).status == 200
    assert (await client.get(out["url"], headers=await member_headers(client, stranger))).status == 404
    resp = await client.post("/api/v1/evidence", data=_form(tiny_png(), org_id=other.id), headers=mine)
    assert resp.status == 403


async def test_resolve_refuses_tokens_of_another_subtree(client: TestClient) -> None:
    committee = await make_org(kind=OrgKind.COMMITTEE)
    a, b = await make_org(parent=committee), await make_org(parent=committee)
    out = await (await client.post("/api/v1/evidence", data=_form(b"%PDF-1.4 x"), headers=await admin_headers(client, a))).json()
    assert [e.token for e in await service.resolve([out["token"]], a)] == [out["token"]]
    assert len(await service.resolve([out["token"]], committee)) == 1  # the parent may cite its branch's file
    try:
        await service.resolve([out["token"]], b)
    except EvidenceForeign:
        pass
    else:
        raise AssertionError("a sibling's file was accepted")
