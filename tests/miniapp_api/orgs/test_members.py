"""Members: CRUD, masking, search, Excel import with a per-row report, export, audit entries."""

from __future__ import annotations

import io

from aiohttp import FormData
from aiohttp.test_utils import TestClient
from openpyxl import load_workbook

from miniapp_api.audit.models import AuditEntry
from miniapp_api.orgs.models import Member, OrgKind
from tests.factories import admin_headers, make_member, make_org, roster_xlsx

roster = roster_xlsx


def upload(content: bytes, name: str = "roster.xlsx") -> FormData:
    form = FormData()
    form.add_field("file", content, filename=name,
                   content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return form


async def test_member_crud_masks_phones_and_audits(client: TestClient) -> None:
    org = await make_org()
    headers = await admin_headers(client, org)
    resp = await client.post(f"/api/v1/orgs/{org.id}/members", headers=headers,
                             json={"name": "李四", "phone": "13800138000", "status": "probationary", "posts": ["组织委员"]})
    assert resp.status == 201
    body = await resp.json()
    assert body["phone_masked"] == "138****8000" and "13800138000" not in await resp.text()
    assert body["status_label"] == "预备党员"
    dup = await client.post(f"/api/v1/orgs/{org.id}/members", headers=headers, json={"name": "王五", "phone": "13800138000"})
    assert dup.status == 409 and (await dup.json())["error"]["code"] == "orgs.duplicate_phone"
    bad = await client.post(f"/api/v1/orgs/{org.id}/members", headers=headers, json={"name": "王五", "phone": "12345"})
    assert bad.status == 422
    resp = await client.patch(f"/api/v1/members/{body['id']}", headers=headers, json={"status": "full"})
    assert resp.status == 200 and (await resp.json())["status"] == "full"
    found = await (await client.get(f"/api/v1/orgs/{org.id}/members?q=李", headers=headers)).json()
    assert found["total"] == 1 and found["items"][0]["name"] == "李四"
    by_phone = await (await client.get(f"/api/v1/orgs/{org.id}/members?q=13800138000", headers=headers)).json()
    assert by_phone["total"] == 1
    assert (await client.delete(f"/api/v1/members/{body['id']}", headers=headers)).status == 204
    assert (await client.get(f"/api/v1/members/{body['id']}", headers=headers)).status == 404
    actions = await AuditEntry.filter(target_type="member").order_by("id").values_list("action", flat=True)
    assert actions == ["member.create", "member.update", "member.delete"]
    assert all("13800138000" not in str(e.detail) for e in await AuditEntry.all())


async def test_import_reports_each_row_and_imports_only_valid_ones(client: TestClient) -> None:
    branch = await make_org("第一支部", OrgKind.BRANCH)
    group = await make_org("第一小组", OrgKind.GROUP, branch)
    await make_member(branch, phone="13911110000")
    headers = await admin_headers(client, branch)
    content = roster([
        ["赵一", "13911110001", "正式党员", "书记", "2001-07-01", ""],
        ["钱二", "1391111", "正式党员", "", "", ""],                      # bad phone
        ["孙三", "13911110003", "预备党员", "", "", "不存在的支部"],        # unknown org
        ["李四", "13911110000", "正式党员", "", "", ""],                  # already in the database
        ["周五", "13911110001", "正式党员", "", "", ""],                  # duplicate within the file
        ["吴六", "13911110006", "入党积极分子", "", "", "第一小组"],
        ["郑七", "13911110007", "群众", "", "", ""],                      # bad status
    ])
    resp = await client.post(f"/api/v1/orgs/{branch.id}/members/import", data=upload(content), headers=headers)
    assert resp.status == 200, await resp.text()
    report = await resp.json()
    assert (report["imported"], report["rejected"]) == (2, 5)
    by_row = {r["row"]: r for r in report["rows"]}
    assert by_row[2]["status"] == "imported" and by_row[7]["status"] == "imported"
    assert "手机号" in by_row[3]["reason"] and "组织" in by_row[4]["reason"]
    assert "重复" in by_row[5]["reason"] and "重复" in by_row[6]["reason"] and "状态" in by_row[8]["reason"]
    wu = await Member.get(phone="13911110006")
    assert wu.org_id == group.id and wu.status == "activist"
    zhao = await Member.get(phone="13911110001")
    assert zhao.posts == ["书记"] and str(zhao.joined_at) == "2001-07-01"


async def test_dry_run_imports_nothing(client: TestClient) -> None:
    branch = await make_org()
    headers = await admin_headers(client, branch)
    content = roster([["赵一", "13911110001", "正式党员", "", "", ""]])
    resp = await client.post(f"/api/v1/orgs/{branch.id}/members/import?dry_run=true", data=upload(content), headers=headers)
    assert (await resp.json())["imported"] == 1
    assert await Member.filter(phone="13911110001").count() == 0


async def test_a_bad_file_imports_nothing(client: TestClient) -> None:
    branch = await make_org()
    headers = await admin_headers(client, branch)
    resp = await client.post(f"/api/v1/orgs/{branch.id}/members/import", data=upload(b"PK\x03\x04 not really a zip"), headers=headers)
    assert resp.status == 400 and (await resp.json())["error"]["code"] == "orgs.bad_roster_file"
    resp = await client.post(f"/api/v1/orgs/{branch.id}/members/import",
                             data=upload(roster([["x"]], header=["名字", "电话"])), headers=headers)
    assert resp.status == 400 and (await resp.json())["error"]["details"]["missing"] == ["姓名", "手机号"]
    assert await Member.all().count() == 0


async def test_import_into_another_branch_is_refused(client: TestClient) -> None:
    a, b = await make_org(), await make_org()
    headers = await admin_headers(client, a)
    resp = await client.post(f"/api/v1/orgs/{b.id}/members/import", data=upload(roster([])), headers=headers)
    assert resp.status == 403


async def test_export_is_a_real_workbook_masked_by_default_and_audited(client: TestClient) -> None:
    branch = await make_org()
    group = await make_org(kind=OrgKind.GROUP, parent=branch)
    await make_member(branch, name="甲", phone="13922220001")
    await make_member(group, name="乙", phone="13922220002")
    headers = await admin_headers(client, branch)
    resp = await client.get(f"/api/v1/orgs/{branch.id}/members/export.xlsx", headers=headers)
    assert resp.status == 200
    ws = load_workbook(io.BytesIO(await resp.read())).active
    assert ws is not None
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:2] == ("姓名", "手机号")
    assert {r[0] for r in rows[1:]} == {"甲", "乙"}
    assert all("****" in r[1] for r in rows[1:])
    full = await client.get(f"/api/v1/orgs/{branch.id}/members/export.xlsx?full_phone=true", headers=headers)
    ws = load_workbook(io.BytesIO(await full.read())).active
    assert ws is not None
    assert "13922220001" in [r[1] for r in ws.iter_rows(values_only=True)]
    entries = await AuditEntry.filter(action="member.export").order_by("id")
    assert [e.detail["full_phone"] for e in entries] == [False, True]


async def test_an_exported_name_that_looks_like_a_formula_stays_text(client: TestClient) -> None:
    branch = await make_org()
    await make_member(branch, name='=HYPERLINK("http://x.example","点我")', phone="13922220003")
    headers = await admin_headers(client, branch)
    resp = await client.get(f"/api/v1/orgs/{branch.id}/members/export.xlsx", headers=headers)
    ws = load_workbook(io.BytesIO(await resp.read())).active
    assert ws is not None
    cell = ws.cell(2, 1)
    assert cell.data_type == "s" and not str(cell.value).startswith("=")


async def test_audit_log_is_for_superadmins(client: TestClient) -> None:
    branch = await make_org()
    await make_member(branch)
    admin = await admin_headers(client, branch)
    assert (await client.get("/api/v1/audit", headers=admin)).status == 403
    superadmin = await admin_headers(client)
    page = await (await client.get("/api/v1/audit?action=member.", headers=superadmin)).json()
    assert page["total"] >= 1 and page["items"][0]["action"] == "member.create"


async def test_audit_entries_name_the_actor(client: TestClient) -> None:
    from miniapp_api.accounts.schemas import AdminCreate
    from miniapp_api.accounts.service import create_console_user
    from server.core.auth import Role
    from tests.factories import PASSWORD, login

    branch = await make_org()
    await create_console_user(
        None, AdminCreate(username="zhibu", password=PASSWORD, role=Role.ORG_ADMIN, org_id=branch.id, display_name="李书记")
    )
    await create_console_user(None, AdminCreate(username="noname", password=PASSWORD, role=Role.ORG_ADMIN, org_id=branch.id))
    for username, name in (("zhibu", "甲"), ("noname", "乙")):
        headers = await login(client, username)
        resp = await client.post(
            f"/api/v1/orgs/{branch.id}/members", json={"name": name, "phone": f"1392222{ord(name) % 10000:04d}"}, headers=headers
        )
        assert resp.status == 201, await resp.text()
    superadmin = await admin_headers(client)
    page = await (await client.get("/api/v1/audit?action=member.create", headers=superadmin)).json()
    assert [i["actor_name"] for i in page["items"]] == ["noname", "李书记"]


async def test_import_accepts_short_statuses_and_lists_the_allowed_values(client: TestClient) -> None:
    branch = await make_org()
    headers = await admin_headers(client, branch)
    content = roster_xlsx([
        ["张三（示例，导入前请删除本行）", "13800000000", "正式党员", "组织委员", "2015-07-01", ""],  # the template's example
        ["甲", "13933330001", "正式", "", "", ""],
        ["乙", "13933330002", "预备", "", "", ""],
        ["丙", "13933330003", "积极分子", "", "", ""],
        ["丁", "13933330004", "群众", "", "", ""],
        ["戊", "13933330005", "正式党员", "支书", "", ""],
    ])
    resp = await client.post(f"/api/v1/orgs/{branch.id}/members/import", data=upload(content), headers=headers)
    report = await resp.json()
    assert (report["imported"], report["rejected"]) == (3, 2), report
    by_row = {r["row"]: r for r in report["rows"]}
    assert 2 not in by_row  # the example row is skipped, not imported
    assert by_row[6]["reason"] == "党员状态不正确，可选：正式党员、预备党员、入党积极分子、入党申请人、发展对象（也可简写为正式、预备、积极分子）"
    assert by_row[7]["reason"].startswith("职务不正确，可选：书记、副书记")
    statuses = dict(await Member.filter(org_id=branch.id).values_list("name", "status"))
    assert statuses == {"甲": "full", "乙": "probationary", "丙": "activist"}


async def test_import_template_has_an_example_row_and_the_allowed_values(client: TestClient) -> None:
    headers = await admin_headers(client, await make_org())
    resp = await client.get("/api/v1/members/import-template.xlsx", headers=headers)
    wb = load_workbook(io.BytesIO(await resp.read()))
    assert wb.sheetnames == ["党员花名册", "填写说明"]
    rows = list(wb["党员花名册"].iter_rows(values_only=True))
    assert rows[0] == ("姓名", "手机号", "党员状态", "职务", "入党日期", "所属组织")
    assert rows[1][1:4] == ("13800000000", "正式党员", "组织委员") and "示例" in rows[1][0]
    allowed = {r[0]: r[2] for r in wb["填写说明"].iter_rows(min_row=2, values_only=True)}
    assert "正式党员、预备党员、入党积极分子" in allowed["党员状态"] and "组织委员" in allowed["职务"]
