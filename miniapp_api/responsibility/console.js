/* 责任清单 page: the lists of the subtree with signing and overdue state, a list's items grouped by owner org (add,
   review), 述职述廉 results, and the oversight records (约谈、通报、问责与容错). */
(function () {
  "use strict";
  var h = DJ.h;

  function fill(el) {
    DJ.clear(el);
    Array.prototype.slice.call(arguments, 1).flat(2).forEach(function (c) { if (c !== null && c !== undefined && c !== false) el.append(c); });
    return el;
  }

  var KINDS = [{ value: "duty", label: "责任清单" }, { value: "task", label: "任务清单" }, { value: "problem", label: "问题清单" }];
  var POSTS = ["书记", "副书记", "组织委员", "宣传委员", "纪检委员", "委员", "党小组组长", "党员"];
  var STATUS_KIND = { open: null, reported: "gold", accepted: "ok", returned: "red" };
  var TABS = [["lists", "责任清单"], ["duty", "述职述廉"], ["oversight", "约谈·通报·问责"]];

  function statusCell(i) {
    return h("span", null, DJ.badge(i.status_label, STATUS_KIND[i.status]), i.is_overdue ? [" ", DJ.badge("已超期", "red")] : null);
  }
  function signCell(l) {
    if (!l.signers_total) return h("span", { class: "dj-muted" }, "无责任人");
    return DJ.badge(l.is_signed ? "已签署" : "未签署 " + l.signers_signed + "/" + l.signers_total, l.is_signed ? "ok" : "gold");
  }

  function addItem(list, orgs, after) {
    return DJ.formModal("新增事项 · " + list.org_name + " " + list.year + " 年", [
      { name: "kind", label: "清单类别", type: "select", options: KINDS, value: "task" },
      { name: "title", label: "事项", required: true },
      { name: "owner_org_id", label: "责任组织", type: "select", options: orgs.map(function (o) { return { value: o.id, label: "\u3000".repeat(o.level) + o.name }; }), value: list.org_id },
      { name: "owner_post", label: "责任岗位", type: "select", options: POSTS, value: "书记" },
      { name: "is_dual_duty", label: "一岗双责", type: "checkbox" },
      { name: "due_date", label: "完成时限", type: "date", help: "须在 " + list.year + " 年内；常态化职责可不填而填写频次" },
      { name: "cadence", label: "频次", placeholder: "如：每季度" },
      { name: "evidence_required", label: "须提供的证明材料", placeholder: "如：会议记录" },
      { name: "source_type", label: "问题来源（问题清单）", type: "select", options: [{ value: "", label: "（无）" }, { value: "rectification", label: "整改工单" }, { value: "finding", label: "督查发现" }, { value: "inspection", label: "检查" }] },
      { name: "source_id", label: "来源编号", type: "number" },
    ], async function (v) {
      var body = { kind: v.kind, title: v.title, owner_org_id: Number(v.owner_org_id), owner_post: v.owner_post, is_dual_duty: v.is_dual_duty,
        due_date: v.due_date || null, cadence: v.cadence, evidence_required: v.evidence_required };
      if (v.source_type) { body.source_type = v.source_type; body.source_id = v.source_id; }
      var out = await DJ.api("POST", "/api/v1/responsibility/lists/" + list.id + "/items", body);
      DJ.toast("已新增事项", "ok");
      after();
      return out;
    }, { okText: "新增", wide: true });
  }

  function review(item, after) {
    return DJ.formModal("审核 · " + item.title, [
      { name: "decision", label: "审核结果", type: "select", options: [{ value: "accept", label: "通过" }, { value: "return", label: "退回" }] },
      { name: "reason", label: "理由", type: "textarea", placeholder: "退回时必填" },
    ], async function (v) {
      var out = await DJ.api("POST", "/api/v1/responsibility/items/" + item.id + "/review", { decision: v.decision, reason: v.reason });
      DJ.toast(v.decision === "accept" ? "已通过" : "已退回", "ok");
      after();
      return out;
    }, { okText: "提交" });
  }

  async function showList(id, onChange) {
    var body = h("div", { class: "resp-list" });
    async function load() {
      var l = await DJ.api("GET", "/api/v1/responsibility/lists/" + id);
      var here = DJ.orgById(l.org_id);
      var orgs = DJ.orgs.filter(function (o) { var p = DJ.orgById(o.id); return here && p && (o.id === here.id || isBelow(o, here)); });
      var groups = {};
      l.items.forEach(function (i) { (groups[i.owner_org_name] = groups[i.owner_org_name] || []).push(i); });
      var reload = function () { load().catch(DJ.fail); onChange(); };
      fill(body,
        h("div", { class: "dj-toolbar" }, h("span", null, "版本 v" + l.version + " · 事项 " + l.item_count + " · 超期 " + l.overdue_count + " · "), signCell(l),
          h("span", { class: "dj-spacer" }),
          DJ.button("导出 Excel", function () { DJ.download("/api/v1/responsibility/lists/" + id + "/export.xlsx").catch(DJ.fail); }),
          DJ.canWrite() ? DJ.button("新增事项", function () { addItem(l, orgs, reload); }, "primary") : null),
        Object.keys(groups).map(function (name) {
          return [h("h3", { class: "dj-section-title" }, name), DJ.table([
            { key: "kind_label", title: "类别" },
            { key: "title", title: "事项", render: function (i) {
              return h("span", null, i.title, i.is_dual_duty ? [" ", DJ.badge("一岗双责")] : null, i.is_inherited ? [" ", DJ.badge("上级下达")] : null,
                i.reviews.length && i.status === "returned" ? h("div", { class: "dj-muted" }, "退回理由：" + i.reviews[i.reviews.length - 1].reason) : null);
            } },
            { key: "owner_post", title: "责任岗位" },
            { key: "due", title: "时限", render: function (i) { return i.due_date ? DJ.fmtDate(i.due_date) : i.cadence || "—"; } },
            { key: "status", title: "状态", render: statusCell },
            { key: "reports", title: "履责汇报", render: function (i) { var r = i.reports[i.reports.length - 1]; return r ? r.note : "—"; } },
            { key: "ops", title: "操作", render: function (i) { return i.can_review ? DJ.button("审核", function () { review(i, reload); }, "sm") : null; } },
          ], groups[name])];
        }),
        h("h3", { class: "dj-section-title" }, "责任书签署"),
        DJ.table([{ key: "member_name", title: "责任人" }, { key: "posts", title: "岗位", render: function (s) { return s.posts.join("、"); } },
          { key: "is_current", title: "当前版本", render: function (s) { return s.is_current ? DJ.badge("已签署", "ok") : DJ.badge(s.signed_version ? "需重签（已签 v" + s.signed_version + "）" : "未签署", "gold"); } }],
        l.signers, { empty: "本清单暂无责任人" }));
    }
    DJ.modal("责任清单 · #" + id, body, { wide: true });
    await load().catch(DJ.fail);
  }

  function isBelow(o, top) {
    var node = DJ.orgById(o.parent_id);
    while (node) { if (node.id === top.id) return true; node = DJ.orgById(node.parent_id); }
    return false;
  }

  async function renderLists(box, state) {
    var data = await DJ.api("GET", "/api/v1/responsibility/lists" + DJ.qs({ org_id: state.org_id, year: state.year, page: state.page, page_size: 50 }));
    var reload = function () { renderLists(box, state).catch(DJ.fail); };
    fill(box,
      h("div", { class: "dj-toolbar" }, DJ.canWrite() ? DJ.button("建立本年度清单", async function () {
        try {
          await DJ.api("POST", "/api/v1/responsibility/lists", { org_id: state.org_id, year: state.year });
          DJ.toast("已建立", "ok"); reload();
        } catch (e) { DJ.fail(e); }
      }) : null),
      DJ.table([
        { key: "org_name", title: "组织", render: function (l) { return h("a", { href: "#/responsibility", onclick: function (e) { e.preventDefault(); showList(l.id, reload); } }, l.org_name); } },
        { key: "year", title: "年度" },
        { key: "item_count", title: "事项" },
        { key: "overdue_count", title: "超期", render: function (l) { return l.overdue_count ? DJ.badge(String(l.overdue_count), "red") : "0"; } },
        { key: "signed", title: "责任书", render: signCell },
        { key: "ops", title: "操作", render: function (l) { return DJ.button("查看", function () { showList(l.id, reload); }, "sm"); } },
      ], data.items, { empty: "本年度还没有责任清单" }),
      DJ.pager(data, function (n) { state.page = n; reload(); }));
  }

  async function renderDuty(box, state) {
    var data = await DJ.api("GET", "/api/v1/responsibility/duty-reports" + DJ.qs({ org_id: state.org_id, year: state.year, page_size: 100 }));
    fill(box, DJ.table([
      { key: "org_name", title: "组织" }, { key: "member_name", title: "书记" },
      { key: "tally", title: "党员评议（好/较好/一般/差）", render: function (r) { return ["好", "较好", "一般", "差"].map(function (k) { return r.tally[k] || 0; }).join(" / "); } },
      { key: "parent_grade", title: "上级评议", render: function (r) { return r.parent_grade || "—"; } },
      { key: "ops", title: "操作", render: function (r) {
        return h("span", null, DJ.button("报告", function () { DJ.modal("述职述廉 · " + r.org_name, h("div", { style: { whiteSpace: "pre-wrap" } }, r.content)); }, "sm"),
          DJ.canWrite() && !r.my_grade ? DJ.button("评议", function () {
            DJ.formModal("评议 · " + r.org_name, [{ name: "grade", label: "等次", type: "select", options: [{ value: "good", label: "好" }, { value: "fairly_good", label: "较好" }, { value: "average", label: "一般" }, { value: "poor", label: "差" }] }],
              async function (v) { var out = await DJ.api("POST", "/api/v1/responsibility/duty-reports/" + r.id + "/ratings", v); renderDuty(box, state).catch(DJ.fail); return out; }, { okText: "提交" });
          }, "sm") : null);
      } },
    ], data.items, { empty: "本年度还没有述职述廉报告" }));
  }

  async function renderOversight(box, state) {
    var q = DJ.qs({ org_id: state.org_id, page_size: 50 });
    var talks = await DJ.api("GET", "/api/v1/responsibility/talks" + q);
    var negatives = await DJ.api("GET", "/api/v1/responsibility/negative-list");
    var circulars = await DJ.api("GET", "/api/v1/responsibility/circulars" + q);
    var decisions = await DJ.api("GET", "/api/v1/responsibility/decisions" + q);
    var reload = function () { renderOversight(box, state).catch(DJ.fail); };
    var orgOptions = DJ.orgs.map(function (o) { return { value: o.id, label: "\u3000".repeat(o.level) + o.name }; });
    function create(title, path, fields, toBody) {
      return DJ.button(title, function () {
        DJ.formModal(title, fields, async function (v) { var out = await DJ.api("POST", path, toBody(v)); DJ.toast("已保存", "ok"); reload(); return out; }, { okText: "提交", wide: true });
      });
    }
    var tools = !DJ.canWrite() ? null : h("div", { class: "dj-toolbar" },
      create("记录约谈", "/api/v1/responsibility/talks", [
        { name: "org_id", label: "被约谈组织", type: "select", options: orgOptions, value: state.org_id },
        { name: "talker", label: "约谈人", required: true }, { name: "talkee", label: "被约谈人", required: true },
        { name: "reason", label: "约谈事由", type: "textarea", required: true }, { name: "follow_up", label: "跟进要求", type: "textarea" },
        { name: "talked_on", label: "约谈日期", type: "date", required: true, value: DJ.cal ? DJ.cal.today : "" },
      ], function (v) { return Object.assign({}, v, { org_id: Number(v.org_id) }); }),
      create("发布通报", "/api/v1/responsibility/circulars", [
        { name: "org_id", label: "通报范围（组织及下级）", type: "select", options: orgOptions, value: state.org_id },
        { name: "title", label: "标题", required: true }, { name: "body", label: "正文", type: "textarea", required: true },
      ], function (v) { return Object.assign({}, v, { org_id: Number(v.org_id) }); }),
      negatives.items.length ? create("作出问责决定", "/api/v1/responsibility/decisions", [
        { name: "org_id", label: "被问责组织", type: "select", options: orgOptions, value: state.org_id },
        { name: "negative_item_id", label: "负面清单情形", type: "select", options: negatives.items.map(function (n) { return { value: n.id, label: n.title }; }) },
        { name: "subject", label: "问责对象", required: true }, { name: "measure", label: "问责方式", required: true, placeholder: "如：通报批评、诫勉谈话" },
        { name: "reason", label: "事实与理由", type: "textarea", required: true },
        { name: "corrects_id", label: "更正的决定编号", type: "number", help: "决定作出后不能修改；更正时填写原决定编号" },
      ], function (v) { return Object.assign({}, v, { org_id: Number(v.org_id), negative_item_id: Number(v.negative_item_id), corrects_id: v.corrects_id || null }); }) : null);
    fill(box, tools,
      h("h3", { class: "dj-section-title" }, "约谈提醒"),
      DJ.table([{ key: "talked_on", title: "日期", render: function (t) { return DJ.fmtDate(t.talked_on); } }, { key: "org_name", title: "组织" },
        { key: "talker", title: "约谈人" }, { key: "talkee", title: "被约谈人" }, { key: "reason", title: "事由" }, { key: "follow_up", title: "跟进要求" }], talks.items, { empty: "暂无约谈记录" }),
      h("h3", { class: "dj-section-title" }, "情况通报"),
      DJ.table([{ key: "title", title: "标题" }, { key: "org_name", title: "范围" }, { key: "read", title: "已阅组织", render: function (c) { return c.orgs_read + "/" + c.orgs_total; } },
        { key: "created_at", title: "发布时间", render: function (c) { return DJ.fmtTime(c.created_at); } }], circulars.items, { empty: "暂无通报" }),
      h("h3", { class: "dj-section-title" }, "问责决定"),
      DJ.table([{ key: "org_name", title: "组织" }, { key: "negative_item_title", title: "负面清单情形" }, { key: "subject", title: "对象" },
        { key: "measure", title: "方式", render: function (d) { return h("span", null, d.measure, d.corrects_id ? [" ", DJ.badge("更正 #" + d.corrects_id)] : null, d.corrected_by_id ? [" ", DJ.badge("已被 #" + d.corrected_by_id + " 更正", "gold")] : null); } },
        { key: "exemptions", title: "容错申请", render: function (d) {
          var e = d.exemptions[d.exemptions.length - 1];
          if (!e) return "—";
          var label = ({ pending: "待决定", approved: "予以容错", rejected: "不予容错" })[e.status];
          return h("span", { title: e.reasons }, label, e.status === "pending" && DJ.canWrite() ? [" ", DJ.button("决定", function () {
            DJ.formModal("容错申请 · " + d.org_name, [
              { name: "approve", label: "决定", type: "select", options: [{ value: "true", label: "予以容错" }, { value: "false", label: "不予容错" }] },
              { name: "note", label: "决定说明", type: "textarea" },
            ], async function (v) { var out = await DJ.api("POST", "/api/v1/responsibility/exemptions/" + e.id + "/decision", { approve: v.approve === "true", note: v.note }); reload(); return out; }, { okText: "提交", intro: "申请理由：" + e.reasons });
          }, "sm")] : null);
        } },
        { key: "created_at", title: "作出时间", render: function (d) { return DJ.fmtTime(d.created_at); } }], decisions.items, { empty: "暂无问责决定" }));
  }

  DJ.register({
    id: "responsibility", title: "责任清单", order: 40, description: "三级责任清单、责任书签署、述职述廉、约谈通报问责",
    render: async function (el, route) {
      var year = (DJ.cal && DJ.cal.year) || new Date().getFullYear();
      var state = { org_id: DJ.currentOrgId(), year: year, page: 1, tab: route.params.tab || "lists" };
      var box = h("div"), tabs = h("div", { class: "dj-toolbar" });
      var picker = DJ.orgPicker({ onChange: function (id) { state.org_id = id; state.page = 1; load().catch(DJ.fail); } });
      var yearInput = h("input", { type: "number", value: year, min: 2000, max: 2099, "aria-label": "年度", style: { width: "90px" },
        onchange: function () { state.year = Number(yearInput.value) || year; load().catch(DJ.fail); } });
      async function load() {
        fill(tabs, TABS.map(function (t) {
          return h("button", { type: "button", class: "dj-btn dj-btn-sm" + (state.tab === t[0] ? " dj-btn-primary" : ""), dataset: { tab: t[0] },
            onclick: function () { state.tab = t[0]; load().catch(DJ.fail); } }, t[1]);
        }));
        if (state.tab === "duty") return renderDuty(box, state);
        if (state.tab === "oversight") return renderOversight(box, state);
        return renderLists(box, state);
      }
      el.append(h("div", { class: "dj-page-head" }, h("h2", null, "责任清单")),
        h("div", { class: "dj-card dj-toolbar" }, picker, h("label", null, "年度 ", yearInput)), tabs, box);
      await load();
    },
  });
})();
