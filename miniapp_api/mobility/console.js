/* 流动党员 page of the admin console: outflow and inflow lists, registration, contacts and return. */
(function () {
  "use strict";
  var h = DJ.h;
  var CHANNELS = [{ value: "phone", label: "电话" }, { value: "wechat", label: "微信" }, { value: "visit", label: "走访" }, { value: "activity", label: "参加活动" }];

  function fill(el, nodes) { DJ.clear(el); [].concat(nodes).forEach(function (n) { if (n) el.appendChild(n); }); }
  function today() { return (DJ.cal && DJ.cal.today) || new Date().toISOString().slice(0, 10); }

  DJ.register({
    id: "mobility", title: "流动党员", order: 46, description: "外出党员登记、联系和返回",
    render: async function (el) {
      var state = { org_id: DJ.currentOrgId(), side: "out", silent: false };
      var box = h("div");
      async function load() {
        var data = await DJ.api("GET", "/api/v1/orgs/" + state.org_id + "/mobility" + DJ.qs({ side: state.side, silent: state.silent ? "true" : "" }));
        fill(box, DJ.table([
          { key: "member_name", title: "姓名", render: function (r) { return h("span", null, r.member_name, r.is_silent ? [" ", DJ.badge(r.months_since_contact + "个月未联系", "red")] : null); } },
          { key: "destination", title: "外出地点" }, { key: "since", title: "外出时间" },
          { key: "contact", title: "联系方式" }, { key: "certificate_no", title: "活动证" },
          { key: "last_contact_on", title: "最近联系" },
          { key: "ops", title: "操作", render: function (r) {
            if (!DJ.canWrite() || r.status !== "away") return r.status === "returned" ? "已返回" : "";
            return h("span", null, DJ.button("登记联系", function () {
              DJ.formModal("登记联系：" + r.member_name, [
                { name: "on", label: "日期", type: "date", value: today(), required: true },
                { name: "channel", label: "方式", type: "select", options: CHANNELS },
                { name: "note", label: "情况" },
              ], async function (v) { await DJ.api("POST", "/api/v1/mobility/" + r.id + "/contacts", v); await load(); });
            }, "sm"), state.side === "out" ? DJ.button("返回", function () {
              DJ.formModal("登记返回：" + r.member_name, [{ name: "on", label: "返回日期", type: "date", value: today(), required: true }],
                async function (v) { await DJ.api("POST", "/api/v1/mobility/" + r.id + "/return", v); await load(); });
            }, "sm") : null);
          } },
        ], data.items, { empty: "没有流动党员" }));
      }
      var picker = DJ.orgPicker({ onChange: function (id) { state.org_id = id; load().catch(DJ.fail); } });
      var side = h("select", { "aria-label": "方向", onchange: function () { state.side = side.value; load().catch(DJ.fail); } },
        h("option", { value: "out" }, "流出"), h("option", { value: "in" }, "流入"));
      var silent = h("label", null, h("input", { type: "checkbox", onchange: function (e) { state.silent = e.target.checked; load().catch(DJ.fail); } }), " 只看超期未联系");
      fill(el, [h("div", { class: "dj-page-head" }, h("h2", null, "流动党员")),
        h("div", { class: "dj-toolbar" }, picker, side, silent, DJ.canWrite() ? DJ.button("登记外出", function () {
          DJ.formModal("登记流动党员", [
            { name: "member_id", label: "党员编号", type: "number", required: true },
            { name: "destination", label: "外出地点/单位", required: true },
            { name: "since", label: "外出时间", type: "date", required: true },
            { name: "contact", label: "联系方式", required: true },
            { name: "certificate_no", label: "流动党员活动证编号" },
            { name: "receiving_org_id", label: "流入地党组织编号", type: "number" },
          ], async function (v) { await DJ.api("POST", "/api/v1/mobility", v); await load(); });
        }, "primary") : null), box]);
      await load();
    },
  });
})();
