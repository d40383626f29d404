/* 督查与观察员 page: findings with their tickets and re-check state, inspection plans with the drawn orgs,
   督查专班, 党建观察员 and their 评议. */
(function () {
  "use strict";
  var h = DJ.h;

  function fill(el) {
    DJ.clear(el);
    Array.prototype.slice.call(arguments, 1).flat(2).forEach(function (c) { if (c !== null && c !== undefined && c !== false) el.append(c); });
    return el;
  }

  var RECHECK = { rectifying: ["整改中", "gold"], awaiting_recheck: ["待复查", "red"], closed: ["已销号", "ok"], dismissed: ["申诉成立", null] };
  var KINDS = [{ value: "special", label: "专项检查" }, { value: "covert", label: "明察暗访" }, { value: "random", label: "随机抽查" }];
  var OBSERVER_KINDS = [{ value: "npc_deputy", label: "人大代表" }, { value: "cppcc_member", label: "政协委员" }, { value: "public_rep", label: "群众代表" }];
  var TABS = [["findings", "督查问题"], ["inspections", "督查计划"], ["teams", "督查专班"], ["observers", "党建观察员"]];

  function recheckBadge(f) { var r = RECHECK[f.recheck_state] || [f.recheck_state]; return DJ.badge(r[0], r[1]); }
  function orgOptions() { return DJ.orgs.map(function (o) { return { value: String(o.id), label: o.name }; }); }
  function ticketLink(id) { return id ? h("a", { href: "#/rectification?ticket=" + id }, "#" + id) : "—"; }

  async function recheck(f, after) {
    return DJ.formModal("复查 · " + f.title, [
      { name: "result", label: "复查结论", type: "select", options: [{ value: "close", label: "整改到位，销号" }, { value: "reopen", label: "未整改到位，重新交办" }] },
      { name: "note", label: "复查意见", type: "textarea", required: true, placeholder: "现场复查情况" },
    ], async function (v) {
      var out = await DJ.api("POST", "/api/v1/supervision/findings/" + f.id + "/recheck", { result: v.result, note: v.note });
      DJ.toast(v.result === "close" ? "已销号" : "已重新交办", "ok");
      after();
      return out;
    }, { okText: "提交复查" });
  }

  async function showFinding(id, after) {
    var f = await DJ.api("GET", "/api/v1/supervision/findings/" + id);
    var facts = [
      ["问题", f.title], ["情况说明", f.description || "—"], ["组织", f.org_name], ["来源", f.inspection_title],
      ["复查状态", recheckBadge(f)], ["工单", h("span", null, f.ticket_ids.map(function (t) { return [ticketLink(t), " "]; }))],
      ["整改期限", f.due_at ? DJ.fmtTime(f.due_at) : "—"],
      f.is_flagged ? ["标记", DJ.badge(f.flag_label, "red")] : null,
      ["证据", f.evidence.length ? h("span", null, f.evidence.map(function (e) { return [h("a", { href: "#", onclick: function (ev) { ev.preventDefault(); DJ.download(e.url, e.filename).catch(DJ.fail); } }, e.filename), " "]; })) : "无"],
    ].filter(Boolean);
    var log = h("ol", { class: "dj-timeline", style: { paddingLeft: "18px" } }, f.checks.map(function (c) {
      return h("li", null, h("strong", null, c.result === "close" ? "复查通过" : "重新交办"), " ",
        h("span", { class: "dj-muted" }, DJ.fmtTime(c.checked_at) + " · " + c.checked_by_name), h("div", null, c.note));
    }));
    var m = DJ.modal("督查问题 #" + f.id, [
      DJ.table([{ key: 0, title: "项目" }, { key: 1, title: "内容" }], facts.map(function (x) { return { 0: x[0], 1: x[1] }; })),
      h("h3", { class: "dj-section-title" }, "复查记录"), f.checks.length ? log : h("p", { class: "dj-muted" }, "尚未复查"),
      f.can_edit && f.recheck_state === "awaiting_recheck" ? DJ.button("复查", function () { m.close(); recheck(f, after); }, "primary") : null,
    ], { wide: true });
  }

  function findingsTab(box, state) {
    var list = h("div");
    var flagged = h("label", null, h("input", { type: "checkbox", onchange: function (e) { state.flagged = e.target.checked; load().catch(DJ.fail); } }), " 只看“交办-拖延-再交办”");
    async function load() {
      var data = await DJ.api("GET", "/api/v1/supervision/findings" + DJ.qs({ org_id: state.org_id, flagged: state.flagged ? "true" : "", page: state.page, page_size: 20 }));
      fill(list, DJ.table([
        { key: "id", title: "编号", render: function (f) { return h("a", { href: "#", onclick: function (e) { e.preventDefault(); showFinding(f.id, load).catch(DJ.fail); } }, "#" + f.id); } },
        { key: "title", title: "问题", render: function (f) { return h("span", null, f.title, f.is_flagged ? [" ", DJ.badge(f.flag_label, "red")] : null); } },
        { key: "org_name", title: "组织" },
        { key: "inspection_title", title: "来源" },
        { key: "ticket", title: "工单", render: function (f) { return h("span", null, ticketLink(f.ticket_id), " ", f.ticket_status_label || ""); } },
        { key: "recheck", title: "复查", render: recheckBadge },
        { key: "reopen_count", title: "重新交办", render: function (f) { return String(f.reopen_count); } },
        { key: "ops", title: "操作", render: function (f) {
          return f.recheck_state === "awaiting_recheck" && DJ.canWrite() ? DJ.button("复查", function () { recheck(f, load); }, "sm") : DJ.button("查看", function () { showFinding(f.id, load).catch(DJ.fail); }, "sm");
        } },
      ], data.items, { empty: "没有督查问题" }), DJ.pager(data, function (n) { state.page = n; load().catch(DJ.fail); }));
    }
    fill(box, h("div", { class: "dj-card dj-toolbar" }, flagged), list);
    return load();
  }

  async function newInspection(teams, after) {
    if (!teams.length) { DJ.toast("请先组建督查专班", "error"); return; }
    return DJ.formModal("新建督查计划", [
      { name: "team_id", label: "督查专班", type: "select", options: teams.map(function (t) { return { value: String(t.id), label: t.name + "（" + t.committee_name + "）" }; }) },
      { name: "kind", label: "督查方式", type: "select", options: KINDS },
      { name: "title", label: "名称", required: true, placeholder: "如：三会一课落实情况抽查" },
      { name: "planned_on", label: "计划日期", type: "date" },
      { name: "org_ids", label: "督查对象（明察暗访、专项检查）", type: "checks", options: orgOptions() },
      { name: "sample_size", label: "抽查数量（随机抽查）", type: "number" },
      { name: "seed", label: "随机种子（可不填）", type: "number" },
    ], async function (v) {
      var body = { team_id: Number(v.team_id), kind: v.kind, title: v.title, org_ids: (v.org_ids || []).map(Number) };
      if (v.planned_on) body.planned_on = v.planned_on;
      if (v.kind === "random") { body.org_ids = []; body.sample_size = v.sample_size; if (v.seed !== null) body.seed = v.seed; }
      var out = await DJ.api("POST", "/api/v1/supervision/inspections", body);
      DJ.toast("已制定督查计划", "ok");
      after();
      return out;
    }, { okText: "保存", wide: true });
  }

  async function newFinding(ins, after) {
    return DJ.formModal("登记问题 · " + ins.title, [
      { name: "org_id", label: "被督查组织", type: "select", options: ins.targets.map(function (t) { return { value: String(t.org_id), label: t.name }; }) },
      { name: "title", label: "问题", required: true },
      { name: "description", label: "情况说明", type: "textarea" },
      { name: "file", label: "证据（图片、PDF、Word、Excel）", type: "file" },
    ], async function (v) {
      var evidence = [];
      if (v.file) {
        var form = new FormData();
        form.append("org_id", v.org_id);
        form.append("file", v.file);
        evidence.push((await DJ.api("POST", "/api/v1/evidence", form)).token);
      }
      var out = await DJ.api("POST", "/api/v1/supervision/inspections/" + ins.id + "/findings",
        { org_id: Number(v.org_id), title: v.title, description: v.description || "", evidence: evidence });
      DJ.toast("已登记，已生成整改工单 #" + out.ticket_id, "ok");
      after();
      return out;
    }, { okText: "登记" });
  }

  async function inspectionsTab(box, state) {
    var list = h("div");
    var teams = (await DJ.api("GET", "/api/v1/supervision/teams" + DJ.qs({ org_id: state.org_id }))).items;
    async function load() {
      var data = await DJ.api("GET", "/api/v1/supervision/inspections" + DJ.qs({ org_id: state.org_id }));
      fill(list, DJ.table([
        { key: "title", title: "名称" },
        { key: "kind_label", title: "方式" },
        { key: "team_name", title: "专班" },
        { key: "planned_on", title: "计划日期", render: function (i) { return i.planned_on || "—"; } },
        { key: "targets", title: "督查对象", render: function (i) { return i.targets.map(function (t) { return t.name; }).join("、") || "—"; } },
        { key: "seed", title: "随机种子", render: function (i) { return i.seed === null ? "—" : String(i.seed); } },
        { key: "findings", title: "问题数", render: function (i) { return String(i.findings); } },
        { key: "ops", title: "操作", render: function (i) { return i.kind !== "observer" && DJ.canWrite() ? DJ.button("登记问题", function () { newFinding(i, load); }, "sm") : ""; } },
      ], data.items, { empty: "没有督查计划" }));
    }
    fill(box, h("div", { class: "dj-card dj-toolbar" }, DJ.canWrite() ? DJ.button("新建督查计划", function () { newInspection(teams, load); }, "primary") : null), list);
    return load();
  }

  async function teamsTab(box, state) {
    var list = h("div");
    async function load() {
      var data = await DJ.api("GET", "/api/v1/supervision/teams" + DJ.qs({ org_id: state.org_id }));
      fill(list, DJ.table([
        { key: "name", title: "专班" },
        { key: "committee_name", title: "组建单位" },
        { key: "members", title: "成员", render: function (t) { return t.members.map(function (m) { return m.name + "（" + m.department + "·" + m.duty + "）"; }).join("、"); } },
      ], data.items, { empty: "没有督查专班" }));
    }
    function create() {
      return DJ.formModal("组建督查专班", [
        { name: "committee_id", label: "组建单位", type: "select", options: orgOptions(), value: String(state.org_id || "") },
        { name: "name", label: "专班名称", required: true },
        { name: "members", label: "成员（每行：姓名,部门,职责,控制台账号ID）", type: "textarea", required: true, placeholder: "王督查,纪检,组长,5" },
      ], async function (v) {
        var members = v.members.split("\n").map(function (l) { return l.trim(); }).filter(Boolean).map(function (l) {
          var p = l.split(/[,，]/).map(function (x) { return x.trim(); });
          var m = { name: p[0], department: p[1] || "其他", duty: p[2] || "成员" };
          if (p[3]) m.user_id = Number(p[3]);
          return m;
        });
        var out = await DJ.api("POST", "/api/v1/supervision/teams", { committee_id: Number(v.committee_id), name: v.name, members: members });
        DJ.toast("已组建", "ok");
        load().catch(DJ.fail);
        return out;
      }, { okText: "保存" });
    }
    fill(box, h("div", { class: "dj-card dj-toolbar" }, DJ.canWrite() ? DJ.button("组建督查专班", create, "primary") : null), list);
    return load();
  }

  async function observersTab(box, state) {
    var list = h("div");
    async function load() {
      var data = await DJ.api("GET", "/api/v1/supervision/observers" + DJ.qs({ org_id: state.org_id }));
      fill(list, DJ.table([
        { key: "name", title: "观察员" },
        { key: "kind_label", title: "身份" },
        { key: "unit", title: "单位" },
        { key: "orgs", title: "联系的组织", render: function (o) { return o.orgs.map(function (x) { return x.name; }).join("、"); } },
        { key: "bound", title: "绑定", render: function (o) { return o.is_bound ? DJ.badge("已绑定", "ok") : h("span", null, "邀请码 ", h("code", null, o.invite_code)); } },
        { key: "notes", title: "评议", render: function (o) { return String(o.notes); } },
        { key: "is_active", title: "状态", render: function (o) { return o.is_active ? "在聘" : DJ.badge("已解聘"); } },
      ], data.items, { empty: "没有党建观察员" }));
    }
    function create() {
      return DJ.formModal("聘请党建观察员", [
        { name: "committee_id", label: "聘请单位", type: "select", options: orgOptions(), value: String(state.org_id || "") },
        { name: "name", label: "姓名", required: true },
        { name: "kind", label: "身份", type: "select", options: OBSERVER_KINDS },
        { name: "unit", label: "单位或界别" },
        { name: "org_ids", label: "联系的组织", type: "checks", options: orgOptions() },
      ], async function (v) {
        var out = await DJ.api("POST", "/api/v1/supervision/observers", { committee_id: Number(v.committee_id), name: v.name, kind: v.kind, unit: v.unit || "", org_ids: v.org_ids.map(Number) });
        DJ.toast("已聘请，邀请码 " + out.invite_code, "ok");
        load().catch(DJ.fail);
        return out;
      }, { okText: "保存", wide: true });
    }
    fill(box, h("div", { class: "dj-card dj-toolbar" }, DJ.canWrite() ? DJ.button("聘请观察员", create, "primary") : null), list);
    return load();
  }

  var RENDER = { findings: findingsTab, inspections: inspectionsTab, teams: teamsTab, observers: observersTab };

  DJ.register({
    id: "supervision", title: "督查与观察员", order: 33, roles: ["superadmin", "org_admin", "staff"],
    description: "督查专班、督查计划、问题整改复查、党建观察员",
    render: async function (el, route) {
      var state = { org_id: DJ.currentOrgId(), tab: route.params.tab || "findings", page: 1, flagged: false };
      var tabs = h("div", { class: "dj-toolbar" }), box = h("div");
      var picker = DJ.orgPicker({ onChange: function (id) { state.org_id = id; state.page = 1; show().catch(DJ.fail); } });
      function show() {
        fill(tabs, TABS.map(function (t) {
          return h("button", { type: "button", class: "dj-btn dj-btn-sm" + (state.tab === t[0] ? " dj-btn-primary" : ""), dataset: { tab: t[0] },
            onclick: function () { state.tab = t[0]; state.page = 1; show().catch(DJ.fail); } }, t[1]);
        }));
        return RENDER[state.tab](box, state);
      }
      el.append(h("div", { class: "dj-page-head" }, h("h2", null, "督查与观察员")), h("div", { class: "dj-card dj-toolbar" }, picker), tabs, box);
      await show();
    },
  });
})();
