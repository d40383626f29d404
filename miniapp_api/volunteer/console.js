/* 志愿服务 page: activities of the subtree, the on-site sign-in code, participants and confirming their hours. */
(function () {
  "use strict";
  var h = DJ.h;

  DJ.register({
    id: "volunteer", title: "志愿服务", order: 47, description: "活动、现场签到与服务时长",
    render: async function (el) {
      var st = { page: 1, org_id: DJ.currentOrgId() };
      var box = h("div");
      var picker = DJ.orgPicker({ onChange: function (id) { st.org_id = id; st.page = 1; load().catch(DJ.fail); } });

      function create() {
        return DJ.formModal("新建志愿服务活动", [
          { name: "title", label: "活动名称", required: true },
          { name: "place", label: "地点" },
          { name: "starts_at", label: "开始时间", type: "datetime-local", required: true },
          { name: "ends_at", label: "结束时间", type: "datetime-local", required: true },
          { name: "hours", label: "默认时长（小时）", type: "number", value: 2, required: true },
        ], async function (v) {
          await DJ.api("POST", "/api/v1/volunteer/activities", { org_id: st.org_id, title: v.title, place: v.place,
            starts_at: DJ.zoned(v.starts_at.slice(0, 10), v.starts_at.slice(11, 16)), ends_at: DJ.zoned(v.ends_at.slice(0, 10), v.ends_at.slice(11, 16)), hours: v.hours });
          DJ.toast("已创建");
        }).then(function (ok) { if (ok !== null) load().catch(DJ.fail); });
      }

      async function showCode(a) {
        var code = await DJ.api("GET", "/api/v1/volunteer/activities/" + a.id + "/signin-code");
        DJ.modal("现场签到码：" + a.title, [h("p", { class: "dj-muted" }, "党员在小程序中输入此码签到，约每 " + code.slice_s + " 秒更换"),
          h("div", { style: "font-size:40px;letter-spacing:10px;text-align:center", id: "volunteer-code" }, code.code)], { actions: [{ text: "关闭" }] });
      }

      async function records(a) {
        var d = await DJ.api("GET", "/api/v1/volunteer/activities/" + a.id);
        var inputs = {};
        var table = DJ.table([
          { key: "member_name", title: "党员" },
          { key: "signed_in_at", title: "签到", render: function (r) { return r.signed_in_at ? DJ.fmtTime(r.signed_in_at) : "补录"; } },
          { key: "hours", title: "时长（小时）", render: function (r) {
            inputs[r.member_id] = h("input", { type: "number", step: "0.5", min: "0", max: "24", value: r.hours !== null ? r.hours : d.hours, "aria-label": r.member_name + " 时长" });
            return inputs[r.member_id];
          } },
          { key: "confirmed_at", title: "确认", render: function (r) { return r.confirmed_at ? DJ.badge("已确认", "ok") : "待确认"; } },
        ], d.records, { empty: "暂无签到" });
        DJ.modal("参与党员：" + a.title, [table], { wide: true, actions: [{ text: "关闭" }, DJ.canWrite() && d.records.length ? {
          text: "确认时长", primary: true, onClick: async function () {
            var entries = d.records.map(function (r) { return { member_id: r.member_id, hours: Number(inputs[r.member_id].value) }; });
            await DJ.api("PUT", "/api/v1/volunteer/activities/" + a.id + "/hours", { entries: entries });
            DJ.toast("已确认");
            load().catch(DJ.fail);
          } } : null].filter(Boolean) });
      }

      async function load() {
        var data = await DJ.api("GET", "/api/v1/volunteer/activities" + DJ.qs({ org_id: st.org_id, page: st.page, page_size: 20 }));
        DJ.clear(box).append(DJ.table([
          { key: "title", title: "活动" },
          { key: "starts_at", title: "时间", render: function (r) { return DJ.fmtTime(r.starts_at); } },
          { key: "place", title: "地点" },
          { key: "hours", title: "时长" },
          { key: "signed_in", title: "签到 / 已确认", render: function (r) { return r.signed_in + " / " + r.confirmed; } },
          { key: "ops", title: "操作", render: function (r) {
            return h("span", null, DJ.canWrite() ? DJ.button("签到码", function () { showCode(r).catch(DJ.fail); }, "sm") : null,
              DJ.button("参与党员", function () { records(r).catch(DJ.fail); }, "sm"));
          } },
        ], data.items, { empty: "暂无志愿服务活动" }), DJ.pager(data, function (p) { st.page = p; load().catch(DJ.fail); }));
      }

      el.appendChild(h("div", { class: "dj-page-head" }, h("h2", null, "志愿服务")));
      el.appendChild(h("div", { class: "dj-card dj-toolbar" }, picker, DJ.canWrite() ? DJ.button("新建活动", function () { create().catch(DJ.fail); }, "primary") : null));
      el.appendChild(box);
      await load();
    },
  });
})();
