/* 组织关系转接 page: transfers in and out of the chosen org, approve (outgoing) / accept (receiving) / reject,
   a new transfer (inside the platform, or outside with the 介绍信 data) and the printable 介绍信. */
(function () {
  "use strict";
  var h = DJ.h;
  var KIND = { requested: "warning", approved: "info", accepted: "success", rejected: "danger", cancelled: "" };

  async function openPrint(path) {
    var win = window.open("", "_blank");
    try {
      var html = await DJ.api("GET", path);
      var url = URL.createObjectURL(new Blob([html], { type: "text/html;charset=utf-8" }));
      if (win) win.location = url; else window.location = url;
      setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    } catch (err) {
      if (win) win.close();
      DJ.fail(err);
    }
  }

  function act(t, action, done) {
    var fields = [{ name: "note", label: action === "reject" ? "退回原因" : "说明", type: "textarea", rows: 2, required: action === "reject" }];
    var titles = { approve: "同意转出", accept: "接收转入", reject: "退回" };
    return DJ.formModal(titles[action] + "：" + t.member_name, fields, async function (v) {
      await DJ.api("POST", "/api/v1/transfers/" + t.id + "/" + action, { note: v.note || "" });
      DJ.toast("已办理");
      done();
    });
  }

  function create(done) {
    var targets = DJ.orgs.filter(function (o) { return o.kind === "branch" || o.kind === "group"; })
      .map(function (o) { return { value: o.id, label: o.name }; });
    return DJ.formModal("发起组织关系转接", [
      { name: "member_id", label: "党员编号", type: "number", required: true },
      { name: "to_org_id", label: "转入组织（平台内；转往平台外请留空并填写介绍信信息）", type: "select", options: [{ value: "", label: "（平台外组织）" }].concat(targets) },
      { name: "reason", label: "转接原因" },
      { name: "to_org_name", label: "介绍信：接收党组织名称" },
      { name: "destination", label: "介绍信：去往单位或地区" },
      { name: "dues_paid_until", label: "介绍信：党费交至（年-月，如 2026-06）" },
      { name: "contact_phone", label: "介绍信：转出党组织联系电话" },
    ], async function (v) {
      var body = { reason: v.reason || "" };
      if (v.to_org_id) body.to_org_id = Number(v.to_org_id);
      else body.letter = { to_org_name: v.to_org_name, destination: v.destination, dues_paid_until: v.dues_paid_until, contact_phone: v.contact_phone };
      await DJ.api("POST", "/api/v1/members/" + v.member_id + "/transfers", body);
      DJ.toast("已发起");
      done();
    }, { wide: true });
  }

  DJ.register({
    id: "transfers", title: "组织关系转接", order: 37, roles: ["superadmin", "org_admin", "staff"], description: "转出审批、转入接收、介绍信",
    render: async function (el) {
      var state = { org: DJ.currentOrgId() };
      var box = h("div", { id: "transfer-list" });
      var picker = DJ.orgPicker({ onChange: function (id) { state.org = id; load().catch(DJ.fail); } });

      async function load() {
        var data = await DJ.api("GET", "/api/v1/transfers" + DJ.qs({ org_id: state.org }));
        DJ.clear(box).append(DJ.table([
          { key: "member_name", title: "党员" },
          { key: "from_org_name", title: "转出组织" },
          { key: "to_org_name", title: "转入组织", render: function (t) { return t.to_org_name + (t.is_outside ? "（平台外）" : ""); } },
          { key: "reason", title: "原因" },
          { key: "status", title: "状态", render: function (t) { return DJ.badge(t.status_label, KIND[t.status]); } },
          { key: "requested_at", title: "发起时间", render: function (t) { return DJ.fmtTime(t.requested_at); } },
          { key: "ops", title: "操作", render: function (t) {
            var ops = [];
            if (DJ.canWrite() && t.status === "requested") {
              ops.push(DJ.button("同意转出", function () { act(t, "approve", load); }, "sm"));
              ops.push(DJ.button("退回", function () { act(t, "reject", load); }, "sm"));
            }
            if (DJ.canWrite() && t.status === "approved" && !t.is_outside) {
              ops.push(DJ.button("接收", function () { act(t, "accept", load); }, "sm"));
              ops.push(DJ.button("退回", function () { act(t, "reject", load); }, "sm"));
            }
            if (t.status === "approved" || t.status === "accepted") ops.push(DJ.button("打印介绍信", function () { openPrint("/api/v1/transfers/" + t.id + "/letter"); }, "sm"));
            return h("span", null, ops);
          } },
        ], data.items, { empty: "暂无转接记录" }));
      }

      el.appendChild(h("div", { class: "dj-page-head" }, h("h2", null, "组织关系转接")));
      el.appendChild(h("div", { class: "dj-card dj-toolbar" }, picker,
        DJ.canWrite() ? DJ.button("发起转接", function () { create(load); }, "primary") : null));
      el.appendChild(box);
      await load();
    },
  });
})();
