/* 服务评价 (service points, codes, print sheets, ratings and comment review) and 评价统计 pages. */
(function () {
  "use strict";
  var h = DJ.h;

  /* Replace el's children; arrays are flattened, null/false skipped (Element.append would print them). */
  function fill(el) {
    DJ.clear(el);
    Array.prototype.slice.call(arguments, 1).flat(2).forEach(function (c) { if (c !== null && c !== undefined && c !== false) el.append(c); });
    return el;
  }

  var CATEGORIES = [
    { value: "window", label: "服务窗口" }, { value: "post", label: "服务岗位" }, { value: "team", label: "服务队" },
    { value: "activity", label: "活动" }, { value: "model_post", label: "党员示范岗" },
  ];
  var CATEGORY_LABEL = {};
  CATEGORIES.forEach(function (c) { CATEGORY_LABEL[c.value] = c.label; });
  var SCORE_LABEL = { 5: "非常满意", 4: "满意", 3: "基本满意", 2: "不满意", 1: "非常不满意" };
  var COMMENT_LABEL = { none: "", published: "已公开", held: "待审核", rejected: "不予公开" };

  function pct(v) { return v === null || v === undefined ? "—" : (v * 100).toFixed(1) + "%"; }
  function scoreBadge(score) { return DJ.badge(score + " · " + SCORE_LABEL[score], score <= 2 ? "red" : score >= 4 ? "ok" : "gold"); }
  /* The last second of a local date in the server's zone (what a date-only expiry means), as an ISO instant. */
  function endOfDay(day) { return new Date(new Date(DJ.zoned(day, "23:59")).getTime() + 59000).toISOString(); }
  function qrPath(token, size) { return "/api/v1/evaluation/codes/" + encodeURIComponent(token) + "/qr.png" + (size ? "?size=" + size : ""); }

  /* Open the print-ready A4 sheet in a new tab (fetched with the bearer token, shown from a blob). */
  async function openSheet(params) {
    var win = window.open("", "_blank");
    try {
      var html = await DJ.api("GET", "/api/v1/evaluation/sheet" + DJ.qs(params));
      var url = URL.createObjectURL(new Blob([html], { type: "text/html;charset=utf-8" }));
      if (win) win.location = url; else window.location = url;
      setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    } catch (err) {
      if (win) win.close();
      DJ.fail(err);
    }
  }

  // ---- points & codes -------------------------------------------------------------------

  function createPoint(orgId, done) {
    return DJ.formModal("新建服务点", [
      { name: "org_id", label: "所属组织", type: "select", required: true, value: orgId,
        options: DJ.orgs.map(function (o) { return { value: o.id, label: "\u3000".repeat(o.level) + o.name }; }) },
      { name: "name", label: "名称", required: true, placeholder: "如：综合受理窗口、党员先锋岗" },
      { name: "category", label: "类别", type: "select", options: CATEGORIES, value: "window" },
      { name: "description", label: "说明", placeholder: "可不填" },
    ], async function (v) {
      var point = await DJ.api("POST", "/api/v1/evaluation/points", { org_id: Number(v.org_id), name: v.name, category: v.category, description: v.description });
      await DJ.api("POST", "/api/v1/evaluation/points/" + point.id + "/codes", {});
      DJ.toast("已创建服务点并生成评价码", "ok");
      done();
      showCodes(point, done);
      return point;
    }, { intro: "创建后会自动生成一个评价码，可打印张贴。" });
  }

  function codeCard(point, code, reload) {
    var actions = h("div", { class: "dj-toolbar" });
    if (code.is_active) {
      actions.append(
        DJ.button("打印", function () { openSheet({ point_id: point.id }); }, "sm"),
        DJ.button("下载 PNG", function () { DJ.download(qrPath(code.token, 1024), point.name + "-评价码.png").catch(DJ.fail); }, "sm"));
    }
    if (code.is_active && DJ.canWrite()) {
      actions.append(
        DJ.button("轮换", async function () {
          if (!(await DJ.confirm("轮换后旧二维码立即失效，需要重新打印张贴。确定轮换？", { danger: true }))) return;
          try { await DJ.api("POST", "/api/v1/evaluation/points/" + point.id + "/codes/" + code.id + "/rotate"); DJ.toast("已轮换", "ok"); reload(); } catch (e) { DJ.fail(e); }
        }, "sm"),
        DJ.button("作废", async function () {
          if (!(await DJ.confirm("作废后该二维码不能再评价。确定作废？", { danger: true }))) return;
          try { await DJ.api("POST", "/api/v1/evaluation/points/" + point.id + "/codes/" + code.id + "/revoke"); DJ.toast("已作废", "ok"); reload(); } catch (e) { DJ.fail(e); }
        }, "danger"));
    }
    return h("div", { class: "dj-card", dataset: { code: code.id }, style: { display: "flex", gap: "12px", alignItems: "center", flexWrap: "wrap" } },
      code.is_active ? h("img", { src: qrPath(code.token, 256), alt: "评价二维码", width: 120, height: 120 }) : null,
      h("div", { style: { flex: "1", minWidth: "200px" } },
        h("div", null, code.is_active ? DJ.badge("有效", "ok") : DJ.badge(code.revoked_at ? "已作废" : "已过期"), " ", code.label || ""),
        h("div", { class: "dj-muted" }, "生成于 " + DJ.fmtTime(code.created_at) + (code.expires_at ? "，有效期至 " + DJ.fmtTime(code.expires_at) : "")),
        code.is_active ? h("div", null, h("a", { href: code.url, target: "_blank", rel: "noopener" }, code.url)) : null,
        actions));
  }

  async function showCodes(point, onChange) {
    var body = h("div");
    async function load() {
      var data = await DJ.api("GET", "/api/v1/evaluation/points/" + point.id + "/codes");
      fill(body, data.items.length ? data.items.map(function (c) { return codeCard(point, c, function () { load().catch(DJ.fail); onChange(); }); })
        : h("p", { class: "dj-muted" }, "还没有评价码"));
    }
    var m = DJ.modal("评价码 · " + point.name, body, { wide: true, actions: [
      DJ.canWrite() ? { text: "新增评价码", onClick: async function () {
        await DJ.formModal("新增评价码", [
          { name: "label", label: "备注", placeholder: "如：一楼大厅、2号窗口" },
          { name: "expires_at", label: "有效期至", type: "date", help: "不填则长期有效" },
        ], async function (v) {
          var body = { label: v.label };
          if (v.expires_at) body.expires_at = endOfDay(v.expires_at);
          return DJ.api("POST", "/api/v1/evaluation/points/" + point.id + "/codes", body);
        });
        await load(); onChange(); return false;
      } } : null,
      { text: "关闭", primary: true },
    ].filter(Boolean) });
    await load().catch(function (e) { m.error(DJ.errorText(e)); });
  }

  async function renderPoints(box, state) {
    var data = await DJ.api("GET", "/api/v1/evaluation/points" + DJ.qs({ org_id: state.org_id, page: state.page, page_size: 20, include_inactive: state.inactive }));
    function reload() { renderPoints(box, state).catch(DJ.fail); }
    var cols = [
      { key: "name", title: "服务点", render: function (p) { return h("span", null, h("strong", null, p.name), p.is_active ? null : [" ", DJ.badge("已停用")]); } },
      { key: "category", title: "类别", render: function (p) { return p.category_label; } },
      { key: "org_name", title: "所属组织" },
      { key: "codes", title: "有效评价码", render: function (p) { return p.active_codes ? String(p.active_codes) : DJ.badge("无", "red"); } },
      { key: "total", title: "累计评价", render: function (p) { return String(p.live.total); } },
      { key: "good", title: "好评率", render: function (p) { return pct(p.live.good_rate); } },
      { key: "avg", title: "平均分", render: function (p) { return p.live.average === null ? "—" : p.live.average.toFixed(2); } },
      { key: "ops", title: "操作", render: function (p) {
        var ops = [DJ.button("评价码", function () { showCodes(p, reload); }, "sm")];
        if (p.active_codes) ops.push(DJ.button("打印", function () { openSheet({ point_id: p.id }); }, "sm"));
        ops.push(DJ.button("评价记录", function () { state.tab("ratings", { point_id: p.id }); }, "sm"));
        if (DJ.canWrite()) ops.push(DJ.button(p.is_active ? "停用" : "启用", async function () {
          try { await DJ.api("PATCH", "/api/v1/evaluation/points/" + p.id, { is_active: !p.is_active }); reload(); } catch (e) { DJ.fail(e); }
        }, "sm"));
        return h("span", { class: "dj-toolbar" }, ops);
      } },
    ];
    fill(box, DJ.table(cols, data.items, { empty: "还没有服务点，点击“新建服务点”开始" }),
      DJ.pager(data, function (n) { state.page = n; reload(); }));
  }

  // ---- ratings & review -----------------------------------------------------------------

  function ratingFilters(state) {
    return { org_id: state.org_id, score: state.score, comment_status: state.comment_status, point_id: state.point_id, from: state.from, to: state.to };
  }

  /* The org's comment policy, drawn into box: who sees it may read it, admins may change it (it applies to the subtree). */
  async function policyControl(state, box) {
    box = box || h("span", { class: "dj-comment-policy" });
    if (!state.org_id) return box;
    var p = await DJ.api("GET", "/api/v1/evaluation/orgs/" + state.org_id + "/comment-policy");
    var hint = p.is_own ? "（本组织设置）" : p.inherited_from ? "（沿用上级设置）" : "（默认）";
    if (!DJ.canWrite()) return fill(box, "留言公开方式：" + p.policy_label + hint);
    var sel = h("select", { "aria-label": "留言公开方式", onchange: async function () {
      try {
        await DJ.api("PUT", "/api/v1/evaluation/orgs/" + state.org_id + "/comment-policy", { policy: sel.value });
        DJ.toast("已设置：" + sel.options[sel.selectedIndex].text, "ok");
        await policyControl(state, box);
      } catch (e) { DJ.fail(e); }
    } }, [["hold_all", "全部留言审核后公开"], ["publish_unflagged", "未命中敏感内容的留言直接公开"]].map(function (o) {
      return h("option", { value: o[0], selected: o[0] === p.policy }, o[1]);
    }));
    return fill(box, "留言公开方式 ", sel, h("span", { class: "dj-muted" }, hint));
  }

  async function renderRatings(box, state) {
    var q = Object.assign(ratingFilters(state), { page: state.page, page_size: 20 });
    var data = await DJ.api("GET", "/api/v1/evaluation/ratings" + DJ.qs(q));
    function reload() { renderRatings(box, state).catch(DJ.fail); }
    function review(r, decision) {
      return DJ.button(decision === "publish" ? "公开" : "不予公开", async function () {
        try { await DJ.api("POST", "/api/v1/evaluation/ratings/" + r.id + "/moderation", { decision: decision }); DJ.toast("已处理", "ok"); reload(); } catch (e) { DJ.fail(e); }
      }, "sm");
    }
    var cols = [
      { key: "created_at", title: "时间", render: function (r) { return DJ.fmtTime(r.created_at); } },
      { key: "point_name", title: "服务点" },
      { key: "score", title: "评价", render: function (r) { return scoreBadge(r.score); } },
      { key: "tags", title: "标签", render: function (r) { return r.tags.join("、"); } },
      { key: "comment", title: "留言", render: function (r) {
        if (r.comment_status === "none") return "";
        var out = [h("span", null, r.comment), " ", DJ.badge(COMMENT_LABEL[r.comment_status], r.comment_status === "held" ? "gold" : r.comment_status === "rejected" ? "red" : null)];
        if (r.comment_flagged) out.push(" ", DJ.badge("疑似敏感内容", "red"));
        if (r.comment_status === "held" && DJ.canWrite()) out.push(" ", review(r, "publish"), " ", review(r, "reject"));
        return h("span", null, out);
      } },
      { key: "contact", title: "实名", render: function (r) { return r.is_named ? r.contact_masked : "匿名"; } },
      { key: "ticket", title: "工单", render: function (r) {
        if (r.is_excluded) return DJ.badge("申诉成立·不计入", "gold");
        return r.ticket_id ? h("a", { href: "#/rectification?ticket=" + r.ticket_id }, "#" + r.ticket_id) : "";
      } },
    ];
    fill(box, DJ.table(cols, data.items, { empty: "暂无评价" }), DJ.pager(data, function (n) { state.page = n; reload(); }));
  }

  DJ.register({
    id: "evaluation", title: "服务评价", order: 30, description: "服务点、评价码、打印张贴、评价记录",
    render: async function (el, route) {
      var state = { org_id: DJ.currentOrgId(), page: 1, inactive: false, score: "", comment_status: route.params.comment_status || "", point_id: route.params.point_id || "", view: route.params.view || "points", from: "", to: "" };
      var box = h("div");
      var tabs = h("div", { class: "dj-toolbar" });
      var filters = h("div", { class: "dj-toolbar" });
      state.tab = function (view, extra) { state.view = view; state.page = 1; Object.assign(state, extra || {}); draw(); };
      var picker = DJ.orgPicker({ onChange: function (id) { state.org_id = id; state.page = 1; state.point_id = ""; draw(); } });

      function draw() {
        fill(tabs, 
          h("button", { type: "button", class: "dj-btn" + (state.view === "points" ? " dj-btn-primary" : ""), onclick: function () { state.tab("points"); } }, "服务点与评价码"),
          h("button", { type: "button", class: "dj-btn" + (state.view === "ratings" ? " dj-btn-primary" : ""), onclick: function () { state.tab("ratings", { point_id: "" }); } }, "评价记录"));
        fill(filters, picker);
        if (state.view === "points") {
          if (DJ.canWrite()) filters.append(DJ.button("新建服务点", function () { createPoint(state.org_id, function () { renderPoints(box, state).catch(DJ.fail); }); }, "primary"));
          filters.append(DJ.button("打印本组织全部评价码", function () { openSheet({ org_id: state.org_id }); }),
            h("label", null, h("input", { type: "checkbox", checked: state.inactive, onchange: function (e) { state.inactive = e.target.checked; draw(); } }), " 含已停用"));
          renderPoints(box, state).catch(DJ.fail);
        } else {
          var score = h("select", { "aria-label": "评分", onchange: function (e) { state.score = e.target.value; state.page = 1; renderRatings(box, state).catch(DJ.fail); } },
            h("option", { value: "" }, "全部评分"), [5, 4, 3, 2, 1].map(function (s) { return h("option", { value: s, selected: String(s) === String(state.score) }, s + " · " + SCORE_LABEL[s]); }));
          var cs = h("select", { "aria-label": "留言状态", onchange: function (e) { state.comment_status = e.target.value; state.page = 1; renderRatings(box, state).catch(DJ.fail); } },
            [["", "全部留言"], ["held", "待审核"], ["published", "已公开"], ["rejected", "不予公开"]].map(function (o) { return h("option", { value: o[0], selected: o[0] === state.comment_status }, o[1]); }));
          function period(key, label) {
            return h("input", { type: "date", value: state[key], "aria-label": label, onchange: function (e) { state[key] = e.target.value; state.page = 1; renderRatings(box, state).catch(DJ.fail); } });
          }
          filters.append(score, cs, period("from", "开始日期"), "至", period("to", "结束日期"));
          if (state.point_id) filters.append(DJ.button("× 仅看该服务点", function () { state.point_id = ""; draw(); }, "sm"));
          filters.append(DJ.button("导出 Excel", function () { DJ.download("/api/v1/evaluation/ratings.xlsx" + DJ.qs(ratingFilters(state))).catch(DJ.fail); }));
          var drawn = state.drawn = (state.drawn || 0) + 1;  // a later draw makes this control stale
          policyControl(state).then(function (c) { if (state.drawn === drawn) filters.append(h("span", { class: "dj-spacer" }), c); }).catch(DJ.fail);
          renderRatings(box, state).catch(DJ.fail);
        }
      }
      el.append(h("div", { class: "dj-page-head" }, h("h2", null, "服务评价"), tabs), h("div", { class: "dj-card" }, filters), box);
      draw();
    },
  });

  // ---- statistics -----------------------------------------------------------------------

  function statCard(label, value, hint) {
    return h("div", { class: "dj-card dj-stat" }, h("div", { class: "dj-stat-value" }, value), h("div", { class: "dj-muted" }, label), hint ? h("div", { class: "dj-help" }, hint) : null);
  }
  function groupColumns(first) {
    return [first,
      { key: "total", title: "评价数" }, { key: "good_rate", title: "好评率", render: function (r) { return pct(r.good_rate); } },
      { key: "satisfaction_rate", title: "满意率", render: function (r) { return pct(r.satisfaction_rate); } },
      { key: "bad_count", title: "差评", render: function (r) { return r.bad_count ? DJ.badge(String(r.bad_count), "red") : "0"; } },
      { key: "rectification_rate", title: "整改率", render: function (r) { return pct(r.rectification_rate); } },
      { key: "on_time_rate", title: "按期整改率", render: function (r) { return pct(r.on_time_rate); } }];
  }

  DJ.register({
    id: "evaluation-stats", title: "评价统计", order: 32, description: "好评率、满意率、差评整改与趋势，月报导出",
    render: async function (el) {
      /* The period is the server's: empty dates ask for its default (the last 30 local days up to its today),
         and the dates it answers with fill the inputs. Nothing here reads the browser's clock or zone. */
      var state = { org_id: DJ.currentOrgId(), from: "", to: "" };
      var out = h("div");
      var from = h("input", { type: "date", value: "", "aria-label": "开始日期" });
      var to = h("input", { type: "date", value: "", "aria-label": "结束日期" });
      var month = h("input", { type: "month", value: (DJ.cal && DJ.cal.period_month) || "", "aria-label": "月份" });
      var picker = DJ.orgPicker({ onChange: function (id) { state.org_id = id; load().catch(DJ.fail); } });
      function query() { state.from = from.value; state.to = to.value; load().catch(DJ.fail); }
      from.addEventListener("change", query);
      to.addEventListener("change", query);

      async function load() {
        var s = await DJ.api("GET", "/api/v1/evaluation/stats" + DJ.qs({ org_id: state.org_id, from: state.from, to: state.to }));
        from.value = state.from = s.from;
        to.value = state.to = s.to;
        if (!month.value) month.value = s.to.slice(0, 7);
        var dist = h("div", { class: "dj-card" }), trend = h("div", { class: "dj-card" }), kids = h("div", { class: "dj-card" });
        fill(out, 
          h("div", { class: "dj-stats", id: "eval-kpis" },
            statCard("评价总数", String(s.total), "实时累计 " + s.live.total),
            statCard("好评率", pct(s.good_rate), "4–5 分占比"), statCard("满意率", pct(s.satisfaction_rate), "3–5 分占比"),
            statCard("差评数", String(s.bad_count), "1–2 分"), statCard("差评整改率", pct(s.rectification_rate), s.rectified + "/" + s.tickets + " 件"),
            statCard("按期整改率", pct(s.on_time_rate), "超期 " + s.overdue + " 件"), statCard("回访满意率", pct(s.followup_satisfaction_rate), s.followups + " 次回访"),
            statCard("平均分", s.average === null ? "—" : s.average.toFixed(2), s.appeals_upheld ? "申诉成立 " + s.appeals_upheld + " 件不计入" : null),
            statCard("党建观察员评价", String(s.observers.total), "满意率 " + pct(s.observers.satisfaction_rate) + "，单独统计")),
          dist, trend, kids,
          h("h3", { class: "dj-section-title" }, "下级组织"), DJ.table(groupColumns({ key: "name", title: "组织", render: function (r) { return (r.is_self ? "本级 · " : "") + r.name; } }), s.by_child_org),
          h("h3", { class: "dj-section-title" }, "服务点"), DJ.table(groupColumns({ key: "name", title: "服务点", render: function (r) { return h("span", null, r.name, h("div", { class: "dj-muted" }, r.org_name)); } }), s.by_point, { empty: "暂无服务点" }));
        DJ.chart.bar(dist, [5, 4, 3, 2, 1].map(function (k) { return SCORE_LABEL[k]; }), [5, 4, 3, 2, 1].map(function (k) { return s.distribution[String(k)]; }), { title: "评分分布", unit: " 条" });
        DJ.chart.line(trend, s.trend.map(function (d) { return d.day.slice(5); }), [
          { name: "评价", values: s.trend.map(function (d) { return d.total; }), color: "#409eff" },
          { name: "好评", values: s.trend.map(function (d) { return d.good; }), color: "#67c23a" },
          { name: "差评", values: s.trend.map(function (d) { return d.bad; }), color: "#c8161d" }], { title: "每日趋势" });
        var rated = s.by_child_org.filter(function (r) { return r.total > 0; });
        if (rated.length) DJ.chart.bar(kids, rated.map(function (r) { return r.name; }), rated.map(function (r) { return Math.round((r.good_rate || 0) * 1000) / 10; }), { title: "下级组织好评率（%）", unit: "%", color: "#e6a23c" });
        else kids.remove();
      }
      el.append(h("div", { class: "dj-page-head" }, h("h2", null, "评价统计")),
        h("div", { class: "dj-card dj-toolbar" }, picker, from, "至", to, h("span", { class: "dj-spacer" }), month,
          DJ.button("导出月报", function () { DJ.download("/api/v1/evaluation/report.xlsx" + DJ.qs({ org_id: state.org_id, month: month.value })).catch(DJ.fail); })),
        out);
      await load();
    },
  });
})();
