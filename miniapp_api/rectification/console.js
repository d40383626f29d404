/* 差评整改 page: the ticket inbox with deadline colours, the ticket log and its actions. */
(function () {
  "use strict";
  var h = DJ.h;

  /* Replace el's children; arrays are flattened, null/false skipped (Element.append would print them). */
  function fill(el) {
    DJ.clear(el);
    Array.prototype.slice.call(arguments, 1).flat(2).forEach(function (c) { if (c !== null && c !== undefined && c !== false) el.append(c); });
    return el;
  }

  var STATUSES = [["", "全部"], ["pending", "待核实"], ["rectifying", "整改中"], ["callback", "待回访"], ["appealing", "申诉中"], ["closed", "已办结"]];
  var STATUS_KIND = { pending: "red", rectifying: "gold", callback: null, appealing: null, closed: "ok" };
  var DEADLINE = { ok: ["正常", "ok"], due_soon: ["即将到期", "gold"], overdue: ["已超期", "red"], paused: ["申诉暂停", null], done: ["已办结", null] };
  var DISPOSALS = [{ value: "immediate", label: "立行立改" }, { value: "deadline", label: "限期整改" }, { value: "explain", label: "解释说明" }];
  var SATISFACTION = [{ value: "", label: "（不记录）" }, { value: "satisfied", label: "满意" }, { value: "basic", label: "基本满意" }, { value: "unsatisfied", label: "不满意" }];
  var ACTIONS = {
    verify: { text: "核实", fields: [{ name: "disposal", label: "处置方式", type: "select", options: DISPOSALS, value: "deadline" },
      { name: "note", label: "核实情况", type: "textarea", placeholder: "核实结果、与评价人沟通情况" }] },
    callback: { text: "回访", fields: [{ name: "note", label: "回访记录", type: "textarea", placeholder: "联系评价人的情况" }] },
    resolve: { text: "整改完成", fields: [{ name: "note", label: "整改情况", type: "textarea", required: true, placeholder: "采取的整改措施（评价人可见）" }] },
    start: { text: "重新整改", fields: [{ name: "note", label: "说明", type: "textarea" }] },
    close: { text: "办结", fields: [{ name: "note", label: "办结说明", type: "textarea" }] },
    appeal: { text: "申诉", danger: true, fields: [{ name: "note", label: "申诉理由", type: "textarea", required: true, placeholder: "误评、恶意差评的依据" }] },
    decide_appeal: { text: "裁定申诉", fields: [{ name: "upheld", label: "裁定结果", type: "select", options: [{ value: "false", label: "申诉不成立（继续整改）" }, { value: "true", label: "申诉成立（不计入统计）" }] },
      { name: "note", label: "裁定理由", type: "textarea", required: true }] },
  };

  function deadlineBadge(t) { var d = DEADLINE[t.deadline_state] || [t.deadline_state]; return DJ.badge(d[0], d[1]); }
  function statusBadge(t) { return DJ.badge(t.status_label, STATUS_KIND[t.status]); }
  function dueText(t) {
    if (t.status === "pending" && !t.verified_at) return "核实 " + DJ.fmtTime(t.verify_due_at) + " 前";
    if (t.status === "pending" || t.status === "rectifying") return "整改 " + DJ.fmtTime(t.rectify_due_at) + " 前";
    return "";
  }

  async function runAction(t, action, after) {
    var spec = ACTIONS[action];
    var fields = spec.fields.slice();
    if (action === "callback" && t.status === "callback") fields.push({ name: "satisfaction", label: "回访满意度", type: "select", options: SATISFACTION });
    return DJ.formModal(spec.text + " · 工单 #" + t.id, fields, async function (v) {
      var body = { action: action, note: v.note || "" };
      if (v.disposal) body.disposal = v.disposal;
      if (v.satisfaction) body.satisfaction = v.satisfaction;
      if (v.upheld) body.upheld = v.upheld === "true";
      var out = await DJ.api("POST", "/api/v1/rectifications/" + t.id + "/actions", body);
      DJ.toast("已" + spec.text, "ok");
      after();
      return out;
    }, { okText: spec.text });
  }

  async function showTicket(id, onChange) {
    var body = h("div");
    var m;
    async function load() {
      var t = await DJ.api("GET", "/api/v1/rectifications/" + id);
      var contact = h("span", null, t.is_named ? t.contact_masked : "匿名评价");
      var responsible = DJ.isSuper() || (DJ.user.role === "org_admin" && DJ.user.org_id === t.org_id);
      if (t.is_named && responsible) contact.append(" ", DJ.button("查看号码", async function () {
        try {
          var c = await DJ.api("GET", "/api/v1/rectifications/" + t.id + "/contact");
          fill(contact, h("strong", null, c.phone || "无"), h("span", { class: "dj-muted" }, "（已留痕，仅用于回访）"));
        } catch (e) { DJ.fail(e); }
      }, "sm"));
      var facts = [
        ["事项", t.title], ["内容", t.summary], ["组织", t.org_name], ["状态", statusBadge(t)], ["时限", h("span", null, deadlineBadge(t), " ", dueText(t))],
        ["处置方式", t.disposal_label || "—"], ["评价人", contact], ["生成时间", DJ.fmtTime(t.created_at)],
        t.escalated_to_name ? ["督办", DJ.badge("已提请 " + t.escalated_to_name + " 督办", "red")] : null,
        t.resolution ? ["整改情况", t.resolution] : null,
        t.followup_label ? ["整改评价", t.followup_label + (t.followup_by === "source" ? "（评价人）" : "（回访）")] : null,
        t.appeal_result ? ["申诉结果", t.appeal_result === "upheld" ? "申诉成立，不计入统计" : "申诉不成立"] : null,
      ].filter(Boolean);
      var log = h("ol", { class: "dj-timeline", style: { paddingLeft: "18px" } }, t.events.map(function (e) {
        return h("li", { style: { marginBottom: "6px" } }, h("strong", null, e.action_label), " ", h("span", { class: "dj-muted" }, DJ.fmtTime(e.created_at) + " · " + (e.actor_name || DJ.roleLabels[e.actor_role] || e.actor_role)),
          e.note ? h("div", null, e.note) : null);
      }));
      var buttons = h("div", { class: "dj-toolbar" }, t.allowed_actions.map(function (a) {
        return DJ.button(ACTIONS[a].text, function () { runAction(t, a, function () { load().catch(DJ.fail); onChange(); }); }, ACTIONS[a].danger ? "danger" : a === "decide_appeal" ? "primary" : null);
      }));
      fill(body, 
        DJ.table([{ key: 0, title: "项目" }, { key: 1, title: "内容" }], facts.map(function (f) { return { 0: f[0], 1: f[1] }; })),
        h("h3", { class: "dj-section-title" }, "办理记录"), log,
        t.allowed_actions.length ? buttons : null);
    }
    m = DJ.modal("整改工单 #" + id, body, { wide: true });
    await load().catch(function (e) { m.error(DJ.errorText(e)); });
  }

  DJ.register({
    id: "rectification", title: "差评整改", order: 31, description: "差评工单：核实、整改、回访、办结、申诉",
    render: async function (el, route) {
      var state = { org_id: DJ.currentOrgId(), status: route.params.status || "", page: 1, overdue: false, escalated: false, q: "" };
      function filters() {
        return { org_id: state.org_id, status: state.status, q: state.q, overdue: state.overdue ? "true" : "", escalated: state.escalated ? "true" : "" };
      }
      var box = h("div"), tabs = h("div", { class: "dj-toolbar" });
      var picker = DJ.orgPicker({ onChange: function (id) { state.org_id = id; state.page = 1; load().catch(DJ.fail); } });

      async function load() {
        fill(tabs, STATUSES.map(function (s) {
          return h("button", { type: "button", class: "dj-btn dj-btn-sm" + (state.status === s[0] ? " dj-btn-primary" : ""), dataset: { status: s[0] },
            onclick: function () { state.status = s[0]; state.page = 1; load().catch(DJ.fail); } }, s[1]);
        }));
        var data = await DJ.api("GET", "/api/v1/rectifications" + DJ.qs(Object.assign(filters(), { page: state.page, page_size: 20 })));
        fill(box, DJ.table([
          { key: "id", title: "工单", render: function (t) { return h("a", { href: "#/rectification?ticket=" + t.id, onclick: function (e) { e.preventDefault(); showTicket(t.id, load); } }, "#" + t.id); } },
          { key: "title", title: "事项", render: function (t) { return h("span", null, t.title, t.is_named ? [" ", DJ.badge("实名")] : null, t.escalated_to_id ? [" ", DJ.badge("督办", "red")] : null); } },
          { key: "org_name", title: "组织" },
          { key: "status", title: "状态", render: statusBadge },
          { key: "deadline", title: "时限", render: function (t) { return h("span", null, deadlineBadge(t), h("div", { class: "dj-muted" }, dueText(t))); } },
          { key: "created_at", title: "生成时间", render: function (t) { return DJ.fmtTime(t.created_at); } },
          /* 办理 only for who may act on the ticket now (read-only staff never may); everyone else opens it to read. */
          { key: "ops", title: "操作", render: function (t) { return DJ.button(t.allowed_actions.length ? "办理" : "查看", function () { showTicket(t.id, load); }, "sm"); } },
        ], data.items, { empty: "没有工单" }), DJ.pager(data, function (n) { state.page = n; load().catch(DJ.fail); }));
      }
      var timer = null;
      var search = h("input", { type: "search", placeholder: "搜索事项、服务点、内容", "aria-label": "搜索工单", oninput: function () {
        clearTimeout(timer);
        timer = setTimeout(function () { state.q = search.value.trim(); state.page = 1; load().catch(DJ.fail); }, 300);
      } });
      function toggle(label, key) {
        return h("label", null, h("input", { type: "checkbox", onchange: function (e) { state[key] = e.target.checked; state.page = 1; load().catch(DJ.fail); } }), " " + label);
      }
      el.append(h("div", { class: "dj-page-head" }, h("h2", null, "差评整改")),
        h("div", { class: "dj-card dj-toolbar" }, picker, search, toggle("只看超期", "overdue"), toggle("只看督办", "escalated"),
          h("span", { class: "dj-spacer" }),
          DJ.button("导出 Excel", function () { DJ.download("/api/v1/rectifications/export.xlsx" + DJ.qs(filters())).catch(DJ.fail); })),
        tabs, box);
      await load();
      if (route.params.ticket) showTicket(Number(route.params.ticket), load);
    },
  });
})();
