/* 审计日志 page (superadmins only): who did what to which record, and when. */
(function () {
  "use strict";
  var h = DJ.h;

  function detailText(d) {
    var keys = Object.keys(d || {});
    return keys.map(function (k) {
      var v = d[k];
      return k + "=" + (typeof v === "object" ? JSON.stringify(v) : v);
    }).join("，");
  }

  DJ.register({
    id: "audit", title: "审计日志", order: 90, roles: ["superadmin"], description: "管理操作与导出记录",
    render: async function (el) {
      var state = { page: 1, action: "", org_id: "" };
      var box = h("div");
      var action = h("input", { type: "search", id: "audit-action", placeholder: "操作，如 member.create", "aria-label": "操作" });
      var picker = DJ.orgPicker({ all: "全部组织", onChange: function (id) { state.org_id = id || ""; state.page = 1; load(); } });
      action.addEventListener("change", function () { state.action = action.value.trim(); state.page = 1; load(); });

      async function load() {
        var data = await DJ.api("GET", "/api/v1/audit" + DJ.qs({ page: state.page, page_size: 30, action: state.action, org_id: state.org_id }));
        DJ.clear(box).append(DJ.table([
          { key: "created_at", title: "时间", render: function (r) { return DJ.fmtTime(r.created_at); } },
          { key: "action", title: "操作", render: function (r) { return h("code", null, r.action); } },
          { key: "actor", title: "操作人", render: function (r) { return (DJ.roleLabels[r.actor_role] || r.actor_role) + (r.actor_user_id ? " #" + r.actor_user_id : ""); } },
          { key: "target", title: "对象", render: function (r) { return r.target_type + " #" + r.target_id; } },
          { key: "org", title: "组织", render: function (r) { var o = r.org_id ? DJ.orgById(r.org_id) : null; return o ? o.name : r.org_id || ""; } },
          { key: "detail", title: "详情", render: function (r) { return detailText(r.detail); } },
          { key: "ip", title: "IP" },
        ], data.items, { empty: "暂无审计记录" }), DJ.pager(data, function (p) { state.page = p; load().catch(DJ.fail); }));
      }

      el.appendChild(h("div", { class: "dj-page-head" }, h("h2", null, "审计日志")));
      el.appendChild(h("div", { class: "dj-card dj-toolbar" }, action, picker, DJ.button("查询", function () { state.action = action.value.trim(); state.page = 1; load().catch(DJ.fail); })));
      el.appendChild(box);
      await load();
    },
  });
})();
