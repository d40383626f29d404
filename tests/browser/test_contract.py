"""The DJ contract other domains' pages rely on, exercised in the browser against the real API."""

from __future__ import annotations

import pytest
from playwright.async_api import Page, expect

pytestmark = pytest.mark.browser


async def test_api_throws_the_error_shape_and_parses_json(admin_page: Page) -> None:
    out = await admin_page.evaluate("""async () => {
        const tree = await DJ.api("GET", "/api/v1/orgs/tree");
        try { await DJ.api("GET", "/api/v1/orgs/987654"); return {ok: true}; }
        catch (e) { return {roots: tree.roots.length, status: e.status, code: e.code, message: e.message, isError: e instanceof Error}; }
    }""")
    assert out == {"roots": 1, "status": 404, "code": "orgs.not_found", "message": out["message"], "isError": True}
    assert out["message"]  # the server's Chinese message


async def test_api_returns_null_on_204_and_sends_json(admin_page: Page) -> None:
    out = await admin_page.evaluate("""async () => {
        const org = DJ.orgs.find(o => o.name === "财政局党支部");
        const m = await DJ.api("POST", `/api/v1/orgs/${org.id}/members`, {name: "测试员", phone: "13700001234"});
        const gone = await DJ.api("DELETE", `/api/v1/members/${m.id}`);
        return {masked: m.phone_masked, gone};
    }""")
    assert out == {"masked": "137****1234", "gone": None}


async def test_h_escapes_text_and_refuses_raw_html(admin_page: Page) -> None:
    out = await admin_page.evaluate("""() => {
        const el = DJ.h("div", {class: "x", "data-id": 3}, "<img src=x onerror=alert(1)>", null, ["a", DJ.h("b", null, "b")]);
        let refused = false;
        try { DJ.h("div", {html: "<i>x</i>"}); } catch (e) { refused = true; }
        return {html: el.innerHTML, cls: el.className, id: el.dataset.id, refused};
    }""")
    assert out == {"html": "&lt;img src=x onerror=alert(1)&gt;a<b>b</b>", "cls": "x", "id": "3", "refused": True}


async def test_table_charts_and_org_picker_render(admin_page: Page) -> None:
    out = await admin_page.evaluate("""() => {
        const t = DJ.table([{key: "a", title: "甲"}, {key: "b", title: "乙", render: r => r.b * 2}], [{a: "x", b: 2}]);
        const empty = DJ.table([{key: "a", title: "甲"}], []);
        const bar = DJ.h("div"), line = DJ.h("div");
        DJ.chart.bar(bar, ["一月", "二月", "三月"], [3, 0, 7]);
        DJ.chart.line(line, ["1", "2", "3"], [{name: "评价", values: [1, 2, 3]}, {name: "差评", values: [0, null, 1]}]);
        const picker = DJ.orgPicker();
        return {
            cells: [...t.querySelectorAll("td")].map(td => td.textContent), empty: empty.textContent.includes("暂无数据"),
            bars: bar.querySelectorAll("rect").length, lines: line.querySelectorAll("polyline").length,
            options: picker.options.length, value: picker.value, fmt: DJ.fmtDate("2026-11-22"),
        };
    }""")
    assert out["cells"] == ["x", "4"] and out["empty"]
    assert out["bars"] == 3 and out["lines"] == 2
    assert out["options"] == 4 and out["value"]
    assert out["fmt"] == "2026-11-22"


async def test_home_widgets_render_and_a_failing_one_is_contained(admin_page: Page) -> None:
    await admin_page.evaluate("""() => {
        DJ.widget({id: "ok", title: "本月评价", order: 1, render: async (el) => { el.append(DJ.h("p", {class: "w-ok"}, "42 条")); }});
        DJ.widget({id: "bad", title: "坏组件", order: 2, render: async () => { throw new Error("boom"); }});
        DJ.refresh();
    }""")
    await expect(admin_page.locator("[data-widget=ok] .w-ok")).to_have_text("42 条")
    await expect(admin_page.locator("[data-widget=bad]")).to_contain_text("加载失败")
    await expect(admin_page.locator(".dj-quick-link", has_text="组织架构")).to_be_visible()
