/* 考核评估 page: run an assessment for a subtree and period, the subtree coloured by result (流动红旗 / 黄色预警 /
 * 正常) on an SVG chart, each org's 12 indicators with the inputs behind every number, its trend across periods,
 * the combined early warnings and the warning tickets. Plain SVG/DOM, no external code. */
(function () {
  "use strict";
  var h = DJ.h;
  var API = "/api/v1/assessment";
  var SVG = "http://www.w3.org/2000/svg";
  var COLOURS = { red_flag: ["流动红旗", "#c8161d", "red"], yellow: ["黄色预警", "#e0a800", "gold"], normal: ["正常", "#2e7d32", "ok"] };
  var DIMENSIONS = ["组织建设", "队伍管理", "服务效能"];

  (function styles() {
    if (document.getElementById("as-styles")) return;
    var css = [
      ".as-tree{width:100%;max-width:900px;display:block}",
      ".as-tree text{font-size:12px;fill:#374151}.as-tree .as-bar{cursor:pointer}",
      ".as-tree .as-bar:hover{opacity:.8}.as-legend{display:flex;gap:12px;margin:6px 0}",
      ".as-dot{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px}",
      ".as-nodata{color:#9ca3af}.as-reasons{margin:4px 0 0 16px;padding:0;color:#6b7280}",
    ].join("\n");
    document.head.appendChild(h("style", { id: "as-styles" }, css));
  })();

  function fill(el) {
    DJ.clear(el);
    Array.prototype.slice.call(arguments, 1).flat(2).forEach(function (c) { if (c !== null && c !== undefined && c !== false) el.append(c); });
    return el;
  }
  function s(tag, attrs, text) {
    var el = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    if (text !== undefined) el.textContent = String(text);
    return el;
  }
  function colourBadge(c) { var x = COLOURS[c] || COLOURS.normal; return DJ.badge(x[0], x[2]); }
  function num(v, digits) { return v === null || v === undefined ? h("span", { class: "as-nodata" }, "无数据") : String(Number(v.toFixed(digits === undefined ? 2 : digits))); }
  function pct(v) { return v === null || v === undefined ? h("span", { class: "as-nodata" }, "无数据") : (v * 100).toFixed(1) + "%"; }
  function currentQuarter() { return DJ.cal ? DJ.cal.year + "-Q" + DJ.cal.quarter : ""; }

  /* The subtree as indented rows: one bar per org, its length the total, its colour the result. */
  function treeChart(results, onPick) {
    var byParent = {};
    results.forEach(function (r) { (byParent[r.parent_id === null ? "root" : r.parent_id] = byParent[r.parent_id === null ? "root" : r.parent_id] || []).push(r); });
    var ids = {};
    results.forEach(function (r) { ids[r.org_id] = true; });
    var ordered = [];
    function walk(list, depth) {
      (list || []).sort(function (a, b) { return (a.rank || 999) - (b.rank || 999) || a.org_id - b.org_id; }).forEach(function (r) {
        ordered.push([r, depth]);
        walk(byParent[r.org_id], depth + 1);
      });
    }
    walk(results.filter(function (r) { return r.parent_id === null || !ids[r.parent_id]; }), 0);
    var rowH = 26, W = 860, labelW = 260, H = ordered.length * rowH + 10;
    var svg = s("svg", { viewBox: "0 0 " + W + " " + H, class: "as-tree", role: "img", "aria-label": "考核结果（按组织层级着色）" });
    ordered.forEach(function (item, i) {
      var r = item[0], depth = item[1], y = 5 + i * rowH;
      svg.appendChild(s("text", { x: 4 + depth * 16, y: y + 16 }, r.org_name));
      var len = r.total === null ? 0 : (W - labelW - 80) * r.total / 100;
      var colour = r.total === null ? "#d1d5db" : COLOURS[r.colour][1];
      var bar = s("rect", { x: labelW, y: y + 3, width: Math.max(4, len), height: rowH - 8, rx: 3, fill: colour, class: "as-bar",
        "data-org": r.org_id, "data-colour": r.colour });
      bar.appendChild(s("title", {}, r.org_name + "：" + (r.total === null ? "无数据" : r.total + " 分") + " · " + COLOURS[r.colour][0]));
      bar.addEventListener("click", function () { onPick(r); });
      svg.appendChild(bar);
      svg.appendChild(s("text", { x: labelW + Math.max(4, len) + 6, y: y + 16 },
        (r.total === null ? "无数据" : r.total) + (r.rank ? "（第 " + r.rank + "/" + r.siblings + " 名）" : "") + (r.colour === "red_flag" ? " ★" : "")));
    });
    var legend = h("div", { class: "as-legend" }, Object.keys(COLOURS).map(function (k) {
      return h("span", null, h("span", { class: "as-dot", style: { background: COLOURS[k][1] } }), COLOURS[k][0]);
    }), h("span", null, h("span", { class: "as-dot", style: { background: "#d1d5db" } }), "无数据"));
    return h("div", { class: "dj-card" }, h("h3", null, "辖区考核结果"), legend, svg);
  }

  function indicatorTable(r) {
    return DJ.table([
      { key: "dimension", title: "维度" },
      { key: "name", title: "指标" },
      { key: "value", title: "值", render: function (i) { return pct(i.value); } },
      { key: "inputs", title: "分子 / 分母", render: function (i) { return i.denominator === null ? "—" : i.numerator + " / " + i.denominator; } },
      { key: "target", title: "目标", render: function (i) { return (i.target * 100).toFixed(0) + "%"; } },
      { key: "weight", title: "权重", render: function (i) { return i.weight + "%"; } },
      { key: "score", title: "得分（水平 + 提升）", render: function (i) {
        return i.score === null ? num(null) : i.score + "（" + i.level + " + " + i.improvement + "）"; } },
      { key: "detail", title: "依据", render: function (i) {
        return h("span", null, i.detail, i.refs.length ? h("div", { class: "dj-muted" }, "记录编号：" + i.refs.slice(0, 12).join("、") + (i.refs.length > 12 ? " 等 " + i.refs.length + " 条" : "")) : null); } },
    ], r.indicators, { empty: "无指标" });
  }

  async function showOrg(r, after) {
    var trend = h("div"), body = h("div", { class: "as-detail" },
      h("p", null, colourBadge(r.colour), " 总分 ", num(r.total), r.rank ? "，同级第 " + r.rank + "/" + r.siblings + " 名" : "",
        r.reward ? "，党建经费奖励 " + r.reward + " 元" : "", r.ticket_id ? [" · ", h("a", { href: "#/rectification?ticket=" + r.ticket_id }, "整改工单 #" + r.ticket_id)] : null),
      h("p", null, DIMENSIONS.map(function (d) { return h("span", { style: { marginRight: "16px" } }, d + "：", num(r.dimensions[d])); })),
      h("ul", { class: "as-reasons" }, r.reasons.map(function (x) { return h("li", null, x); })),
      r.interview && r.interview.interviewer ? h("p", null, "诫勉谈话：" + r.interview.held_on + "，" + r.interview.interviewer + "——" + r.interview.notes) : null,
      indicatorTable(r), h("h4", null, "历次趋势"), trend);
    var m = DJ.modal(r.org_name + " · 考核明细", body, { wide: true });
    if (r.colour === "yellow" && DJ.canWrite()) {
      m.el.querySelector(".dj-modal-foot").append(DJ.button("记录诫勉谈话", function () {
        DJ.formModal("记录诫勉谈话", [
          { name: "interviewer", label: "谈话人", required: true },
          { name: "held_on", label: "谈话日期", type: "date", required: true, value: DJ.cal ? DJ.cal.today : "" },
          { name: "notes", label: "谈话记录", type: "textarea", required: true },
        ], async function (v) {
          var out = await DJ.api("POST", API + "/results/" + r.id + "/interview", v);
          DJ.toast("已记录", "ok"); m.close(); after(); return out;
        });
      }));
    }
    try {
      var hist = await DJ.api("GET", API + "/orgs/" + r.org_id + "/history");
      var labels = hist.points.map(function (p) { return p.period; });
      var series = [{ name: "总分", values: hist.points.map(function (p) { return p.total; }) }].concat(DIMENSIONS.map(function (d) {
        return { name: d, values: hist.points.map(function (p) { return p.dimensions[d]; }) };
      }));
      DJ.chart.line(trend, labels, series, { title: "总分与维度得分", height: 220 });
      trend.append(h("div", { class: "dj-muted" }, hist.points.map(function (p) { return p.period + " " + COLOURS[p.colour][0]; }).join(" · ")));
    } catch (err) { DJ.fail(err); }
  }

  function warningBox(items) {
    return h("div", { class: "dj-card as-warnings" }, h("h3", null, "日常预警"), DJ.table([
      { key: "org_name", title: "组织" },
      { key: "message", title: "预警" },
      { key: "kind", title: "来源", render: function (w) { return DJ.badge(w.kind.split(".")[0]); } },
      { key: "since", title: "起始", render: function (w) { return w.since || ""; } },
      { key: "refs", title: "关联", render: function (w) {
        return w.kind.indexOf("assessment") === 0 && w.refs.length ? h("a", { href: "#/rectification?ticket=" + w.refs[0] }, "工单 #" + w.refs[0]) : String(w.refs.length || ""); } },
    ], items, { empty: "暂无预警" }));
  }

  function ticketBox(items) {
    return h("div", { class: "dj-card as-tickets" }, h("h3", null, "黄色预警整改工单"), DJ.table([
      { key: "id", title: "工单", render: function (t) { return h("a", { href: "#/rectification?ticket=" + t.id }, "#" + t.id); } },
      { key: "title", title: "事项", render: function (t) { return h("span", null, t.title, t.escalated_to_id ? [" ", DJ.badge("督办", "red")] : null); } },
      { key: "status_label", title: "状态" },
      { key: "rectify_due_at", title: "整改期限", render: function (t) { return DJ.fmtTime(t.rectify_due_at); } },
    ], items, { empty: "暂无工单" }));
  }

  DJ.register({
    id: "assessment", title: "考核评估", order: 33, description: "12 项指标、二次量化、流动红旗与黄色预警",
    roles: ["superadmin", "org_admin", "staff"],
    render: async function (el) {
      var state = { org_id: DJ.currentOrgId(), period: currentQuarter(), run: null };
      var head = h("div"), chart = h("div"), table = h("div"), extra = h("div");
      var picker = DJ.orgPicker({ onChange: function (id) { state.org_id = id; load().catch(DJ.fail); } });
      var periodInput = h("input", { type: "text", value: state.period, placeholder: "2026-Q3 或 2026-09", "aria-label": "考核周期", size: 10,
        onchange: function () { state.period = periodInput.value.trim(); load().catch(DJ.fail); } });
      var periodList = h("datalist", { id: "as-periods" });
      periodInput.setAttribute("list", "as-periods");

      async function load() {
        var periods = (await DJ.api("GET", API + "/periods")).items;
        fill(periodList, periods.map(function (p) { return h("option", { value: p.key }, p.key + (p.status === "closed" ? "（已关闭）" : "")); }));
        var period = periods.filter(function (p) { return p.key === state.period; })[0];
        var runs = state.org_id ? (await DJ.api("GET", API + "/runs" + DJ.qs({ org_id: state.org_id, period: state.period, page_size: 1 }))).items : [];
        state.run = runs.length ? await DJ.api("GET", API + "/runs/" + runs[0].id) : null;
        fill(head, h("span", null, period ? ["周期 ", period.key, "（", period.first_day, " 至 ", period.last_day, "，指标体系第 ", period.indicator_set_version,
          " 版）", " ", DJ.badge(period.status === "closed" ? "已关闭" : "进行中", period.status === "closed" ? null : "gold")] : "该周期尚未评估"),
          state.run ? h("span", { class: "dj-muted" }, " · 评估批次 #" + state.run.id + "，" + DJ.fmtTime(state.run.created_at)) : null);
        if (!state.run) { fill(chart); fill(table); } else {
          fill(chart, treeChart(state.run.results, function (r) { showOrg(r, load); }));
          fill(table, h("div", { class: "dj-card" }, DJ.table([
            { key: "org_name", title: "组织", render: function (r) { return h("a", { href: "#/assessment", onclick: function (e) { e.preventDefault(); showOrg(r, load); } }, r.org_name); } },
            { key: "colour", title: "结果", render: function (r) { return colourBadge(r.colour); } },
            { key: "total", title: "总分", render: function (r) { return num(r.total); } },
            { key: "rank", title: "同级排名", render: function (r) { return r.rank ? r.rank + "/" + r.siblings : "—"; } },
          ].concat(DIMENSIONS.map(function (d) { return { key: d, title: d, render: function (r) { return num(r.dimensions[d]); } }; })).concat([
            { key: "reasons", title: "说明", render: function (r) { return r.reasons.join("；"); } },
          ]), state.run.results, { empty: "无结果" })));
        }
        var parts = [];
        if (state.org_id) {
          var warns = (await DJ.api("GET", API + "/warnings" + DJ.qs({ org_id: state.org_id }))).items;
          var tickets = (await DJ.api("GET", "/api/v1/rectifications" + DJ.qs({ org_id: state.org_id, source_type: "assessment", page_size: 50 }))).items;
          parts = [warningBox(warns), ticketBox(tickets)];
        }
        fill(extra, parts);
        closeBtn.hidden = !(period && period.status === "open" && DJ.canWrite());
        closeBtn.dataset.period = period ? period.id : "";
        exportBtn.hidden = !state.run;
      }
      var runBtn = DJ.button("发起评估", async function () {
        try {
          await DJ.api("POST", API + "/runs", { org_id: state.org_id, period: state.period });
          DJ.toast("评估完成", "ok");
          await load();
        } catch (err) { DJ.fail(err); }
      }, "primary");
      runBtn.hidden = !DJ.canWrite();
      var closeBtn = DJ.button("关闭周期", async function () {
        if (!(await DJ.confirm("关闭后结果冻结，黄色预警将生成整改工单，连续两期预警提请上级督办。确定关闭 " + state.period + "？"))) return;
        try {
          var out = await DJ.api("POST", API + "/periods/" + closeBtn.dataset.period + "/close");
          DJ.toast("已关闭：流动红旗 " + out.red_flags + " 个，黄色预警 " + out.warnings + " 个，生成工单 " + out.tickets_opened + " 件", "ok");
          await load();
        } catch (err) { DJ.fail(err); }
      });
      var exportBtn = DJ.button("导出 Excel", function () {
        if (state.run) DJ.download(API + "/runs/" + state.run.id + "/report.xlsx").catch(DJ.fail);
      });
      el.append(h("div", { class: "dj-page-head" }, h("h2", null, "考核评估")),
        h("div", { class: "dj-card dj-toolbar" }, picker, h("label", null, "周期 ", periodInput), periodList, runBtn, closeBtn,
          h("span", { class: "dj-spacer" }), exportBtn),
        h("div", { class: "dj-card" }, head), chart, table, extra);
      await load();
    },
  });
})();
